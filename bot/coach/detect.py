"""Detection: situation, secondary situation, heat, language, register and slots.

The pipeline: `normalize` cuts the message down to the client's own words (no markup, quoted
mail or signature; at most `MAX_ANALYSED_CHARS`), `language` decides de/en and Sie/du,
`situations` scores weighted cues on the folded text, `heat` measures escalation and `slots`
collects what a draft can pick up. Everything is precompiled at import; a message costs well
under a millisecond.
"""

from __future__ import annotations

from bot.coach.errors import EmptyMessageError, NoWordsError
from bot.coach.heat import heat_score
from bot.coach.language import detect_formality, detect_language
from bot.coach.model import Detection, Formality, Profile, Situation
from bot.coach.normalize import MAX_ANALYSED_CHARS, fold, has_words, message_parts
from bot.coach.situations import pick, score_situations, tone_signals
from bot.coach.slots import extract_slots

__all__ = ["detect"]

# Below this score nothing specific was recognised: the message is treated as neutral.
_MIN_SCORE = 2.0
# A second situation is named when it has at least this score and this share of the first.
_MIN_SECONDARY = 1.5
_SECONDARY_SHARE = 0.35
# From this heat on, a harsh tone is named as secondary even when its cues are weak.
_HARSH_HEAT = 60

# When two situations score the same, the one the user must act on first wins.
_PRIORITY = (
    Situation.TERMINATION,
    Situation.PAYMENT_ISSUE,
    Situation.HARSH_TONE,
    Situation.PRICE_PUSHBACK,
    Situation.DELAY_COMPLAINT,
    Situation.URGENT_PRESSURE,
    Situation.SCOPE_CREEP,
    Situation.REVISION_LOOP,
    Situation.QUALITY_CRITICISM,
    Situation.BOUNDARY_OVERSTEP,
    Situation.UNCLEAR_REQUEST,
    Situation.NEUTRAL,
)
_RANK = {s: i for i, s in enumerate(_PRIORITY)}


def _choose(scores: dict[Situation, float]) -> tuple[Situation, tuple[Situation, ...]]:
    ranked = sorted(
        (s for s in Situation if s is not Situation.NEUTRAL),
        key=lambda s: (-scores[s], _RANK[s]),
    )
    top = ranked[0]
    top_score = scores[top]
    neutral_score = scores[Situation.NEUTRAL]
    if top_score < _MIN_SCORE or (neutral_score >= top_score and top_score < 3.0):
        secondary = (top,) if top_score >= _MIN_SECONDARY else ()
        return Situation.NEUTRAL, secondary
    runner_up = ranked[1]
    if scores[runner_up] >= max(_MIN_SECONDARY, _SECONDARY_SHARE * top_score):
        return top, (runner_up,)
    return top, ()


def detect(text: str, *, profile: Profile | None = None) -> Detection:
    """Read one client message. Raises `EmptyMessageError` / `NoWordsError` (text-free)."""
    profile = profile or Profile()
    if not text or not text.strip():
        raise EmptyMessageError()
    parts = message_parts(text)
    body = parts.body[:MAX_ANALYSED_CHARS]
    if not has_words(body):
        raise NoWordsError()

    language, foreign = detect_language(body, profile.language)
    if foreign is None:
        formality = detect_formality(f"{body}\n{parts.signoff}", language)
    else:
        formality = Formality.NONE

    folded = fold(body)
    scores = score_situations(folded, tone_signals(body, folded))
    primary, secondary = pick(scores)
    heat = heat_score(body, primary, scores[Situation.HARSH_TONE])
    if heat >= _HARSH_HEAT and Situation.HARSH_TONE not in (primary, *secondary):
        secondary = (*secondary, Situation.HARSH_TONE)

    return Detection(
        situation=primary,
        secondary=secondary,
        heat=heat,
        language=language,
        formality=formality,
        foreign_language=foreign,
        slots=extract_slots(body, parts.signoff, language, formality),
        scores=tuple(
            sorted(((s, v) for s, v in scores.items() if v), key=lambda kv: -kv[1])
        ),
    )
