"""Detection: situation, secondary situation, heat, language, register and slots.

The pipeline: `normalize` cuts the message down to the client's own words (no markup, quoted
mail or signature; at most `MAX_ANALYSED_CHARS`), `language` decides de/en and Sie/du, the
learned `situation_model` gives a probability per situation (from the sentence embedding,
character n-grams and the cue scores of `situations`), `heat` measures escalation and `slots`
collects what a draft can pick up. A message costs a few milliseconds, most of it the sentence
encoder.
"""

from __future__ import annotations

from bot.coach.errors import EmptyMessageError, NoWordsError
from bot.coach.heat import heat_score
from bot.coach.incidents import incident_kind
from bot.coach.language import detect_formality, detect_language
from bot.coach.model import Detection, Formality, Profile, Situation
from bot.coach.normalize import MAX_ANALYSED_CHARS, fold, has_words, message_parts
from bot.coach.situation_model import situation_model
from bot.coach.situations import cue_scores, tone_signals
from bot.coach.slots import extract_slots

__all__ = ["detect", "model_view"]

# The runner-up is named as a second situation (on the card, and blended into the draft) from
# this probability on, and when it is at least this share of the primary's. Set by reading
# cards, not tuned: the scorer's top-2 uses the ranked alternatives, not the secondary.
_SECONDARY_MIN = 0.25
_SECONDARY_RATIO = 0.5
# How many other situations the card and the JSON list, ranked.
_ALTERNATIVES = 4
# From this heat on, a harsh tone is named as secondary even when its cues are weak.
_HARSH_HEAT = 60
# Situation cues read at most this much of a long message: its start and its end, where a
# client states what they want. The cues run in one C pass (`cue_scan`), so this can be wide.
_SCORED_HEAD = 1_200
_SCORED_TAIL = 400
# Language, register, tone, heat and slots read a smaller sample the same way: what they look
# for shows early (the greeting, the first lines, the sign-off), and their cost per character
# is Python's. Together the two windows bound the cost of a long message.
_SAMPLE_HEAD = 500
_SAMPLE_TAIL = 200
# The register shows in the greeting, the first request and the sign-off.
_REGISTER_HEAD = 400
_REGISTER_TAIL = 200


def _window(body: str, head: int, tail: int) -> str:
    if len(body) <= head + tail:
        return body
    return f"{body[:head]}\n{body[-tail:]}"


def model_view(text: str) -> tuple[str, str]:
    """What the situation model reads of a message: the client's own words (the start and end
    of a long message) and their folded form. Training reads messages through this too."""
    body = message_parts(text).body[:MAX_ANALYSED_CHARS]
    scored = _window(body, _SCORED_HEAD, _SCORED_TAIL)
    return scored, fold(scored)


def detect(
    text: str, *, profile: Profile | None = None, situation: Situation | None = None
) -> Detection:
    """Read one client message. Raises `EmptyMessageError` / `NoWordsError` (text-free).

    `situation` is the user's own choice ("not quite right? → …"): the message is read as
    usual, then coached as that situation; `detected` keeps what the engine had read.
    """
    profile = profile or Profile()
    if not text or not text.strip():
        raise EmptyMessageError()
    parts = message_parts(text)
    body = parts.body[:MAX_ANALYSED_CHARS]
    if not has_words(body):
        raise NoWordsError()

    scored = _window(body, _SCORED_HEAD, _SCORED_TAIL)
    sample = _window(body, _SAMPLE_HEAD, _SAMPLE_TAIL)
    folded = fold(scored)
    folded_sample = folded if sample is scored else fold(sample)
    language, foreign = detect_language(sample, profile.language, folded_sample)
    if foreign is None:
        register_part = _window(body, _REGISTER_HEAD, _REGISTER_TAIL)
        formality = detect_formality(f"{register_part}\n{parts.signoff[:500]}", language)
    else:
        formality = Formality.NONE

    cues = cue_scores(folded)
    probabilities = situation_model().probabilities(scored, folded, cues)
    ranked = sorted(probabilities.items(), key=lambda kv: -kv[1])
    detected, confidence = ranked[0]
    secondary = _secondary(ranked)
    primary = situation or detected
    if primary is not detected:
        secondary = tuple(s for s in secondary if s is not primary)
    alternatives = tuple((s, round(p, 3)) for s, p in ranked if s is not primary)[:_ALTERNATIVES]

    harsh = cues[Situation.HARSH_TONE] + tone_signals(sample, folded_sample).shouting
    heat = heat_score(sample, primary, harsh)
    if heat >= _HARSH_HEAT and Situation.HARSH_TONE not in (primary, *secondary):
        secondary = (*secondary, Situation.HARSH_TONE)

    return Detection(
        situation=primary,
        secondary=secondary,
        heat=heat,
        language=language,
        formality=formality,
        foreign_language=foreign,
        slots=extract_slots(sample, parts.signoff, language, formality),
        scores=tuple((s, round(p, 3)) for s, p in ranked if p >= 0.01),
        truncated=len(parts.body) > MAX_ANALYSED_CHARS,
        kind=incident_kind(primary, folded),  # which playbook variant fits (`incidents`)
        confidence=round(confidence, 3),
        alternatives=alternatives,
        chosen_by_user=situation is not None,
        detected=detected,
    )


def _secondary(ranked: list[tuple[Situation, float]]) -> tuple[Situation, ...]:
    """The runner-up as a second situation where the model sees both in the message."""
    (first, p1), (second, p2) = ranked[0], ranked[1]
    if Situation.NEUTRAL in (first, second):
        return ()
    if p2 >= _SECONDARY_MIN and p2 >= _SECONDARY_RATIO * p1:
        return (second,)
    return ()
