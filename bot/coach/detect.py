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

# From this heat on, a harsh tone is named as secondary even when its cues are weak.
_HARSH_HEAT = 60
# Situation and language cues read at most this much of a long message: its start and its end,
# where a client states what they want. Bounds the cost per message; slots read everything.
_SCORED_HEAD = 2_000
_SCORED_TAIL = 600


def _scored_part(body: str) -> str:
    if len(body) <= _SCORED_HEAD + _SCORED_TAIL:
        return body
    return f"{body[:_SCORED_HEAD]}\n{body[-_SCORED_TAIL:]}"


def detect(text: str, *, profile: Profile | None = None) -> Detection:
    """Read one client message. Raises `EmptyMessageError` / `NoWordsError` (text-free)."""
    profile = profile or Profile()
    if not text or not text.strip():
        raise EmptyMessageError()
    parts = message_parts(text)
    body = parts.body[:MAX_ANALYSED_CHARS]
    if not has_words(body):
        raise NoWordsError()

    scored = _scored_part(body)
    language, foreign = detect_language(scored, profile.language)
    if foreign is None:
        formality = detect_formality(f"{scored}\n{parts.signoff[:500]}", language)
    else:
        formality = Formality.NONE

    folded = fold(scored)
    scores = score_situations(folded, tone_signals(scored, folded))
    primary, secondary = pick(scores)
    heat = heat_score(scored, primary, scores[Situation.HARSH_TONE])
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
        truncated=len(parts.body) > MAX_ANALYSED_CHARS,
    )
