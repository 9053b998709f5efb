"""What a Teams card's buttons carry so that "softer", "firmer", "shorter", "longer", "other
language" and "not quite right? → …" can coach the same client message again.

The client text does not travel in the card: it is sealed in calm's database with a key that
only the card carries (bot/store/card_texts.py), and every button carries the card's token
(60 characters) with the options. So:

- any instance behind a load balancer, after a restart or a deploy, answers any button for two
  days (the sealed text then expires and the user is asked to send the message again);
- the database holds ciphertext only, and the logs nothing;
- a card stays small whatever the message's length or script: a 3,000-character Japanese
  message used to make a 37 KB card (four buttons, each with the text), above Teams' ~28 KB
  limit. Now every message calm accepts gets its buttons.

When the text could not be sealed (the database is unreachable), the card comes without
buttons and says how to get variants (send the message again).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from bot.coach.model import Capacity, Language, Situation, Tone

STATE_MARKER = "calm"  # key present in every data payload calm puts on a card
SITUATION_INPUT = "calm_situation"  # id of the "Not quite right? → …" choice set
SHORT, DEFAULT, LONG = "s", "d", "l"
_LENGTHS = (SHORT, DEFAULT, LONG)
_TOKEN_MAX = 80


class Verb(StrEnum):
    SOFTER = "calm.softer"
    FIRMER = "calm.firmer"
    SHORTER = "calm.shorter"
    LONGER = "calm.longer"
    LANGUAGE = "calm.language"
    SITUATION = "calm.situation"  # coach for the situation chosen in the choice set
    INSERT = "calm.insert"  # message-action dialog: put the (edited) draft into the compose box
    CAPACITY = "calm.capacity"  # nudge card answer


ADJUST_VERBS = frozenset(
    {Verb.SOFTER, Verb.FIRMER, Verb.SHORTER, Verb.LONGER, Verb.LANGUAGE, Verb.SITUATION}
)

_SOFTER = {Tone.FIRM: Tone.NEUTRAL, Tone.NEUTRAL: Tone.WARM}
_FIRMER = {Tone.WARM: Tone.NEUTRAL, Tone.NEUTRAL: Tone.FIRM}
_SHORTER = {LONG: DEFAULT, DEFAULT: SHORT}
_LONGER = {SHORT: DEFAULT, DEFAULT: LONG}


class CardDataError(ValueError):
    """The action data is not something calm put on a card (old, foreign or tampered)."""


class UnknownSituationError(CardDataError):
    """The choice set answered with a situation calm does not know (or none)."""


@dataclass(frozen=True, slots=True)
class CoachingState:
    """The options a coaching card was made with, and the token of its sealed client text
    (None when the text could not be sealed: the card then has no buttons)."""

    token: str | None
    tone: Tone
    length: str  # SHORT | DEFAULT | LONG
    language: Language  # the reply language shown
    situation: Situation | None = None  # chosen by the user; None = calm's own reading

    @property
    def short(self) -> bool:
        return self.length == SHORT

    @property
    def long(self) -> bool:
        return self.length == LONG

    def has_buttons(self) -> bool:
        return self.token is not None

    def can(self, verb: Verb) -> bool:
        if verb is Verb.SOFTER:
            return self.tone in _SOFTER
        if verb is Verb.FIRMER:
            return self.tone in _FIRMER
        if verb is Verb.SHORTER:
            return self.length in _SHORTER
        if verb is Verb.LONGER:
            return self.length in _LONGER
        return verb in (Verb.LANGUAGE, Verb.SITUATION)

    def apply(self, verb: Verb, situation: Situation | None = None) -> CoachingState:
        """The state after pressing `verb` (`situation`: the choice for `Verb.SITUATION`); a
        verb that does not apply changes nothing."""
        if verb is Verb.SOFTER:
            return replace(self, tone=_SOFTER.get(self.tone, self.tone))
        if verb is Verb.FIRMER:
            return replace(self, tone=_FIRMER.get(self.tone, self.tone))
        if verb is Verb.SHORTER:
            return replace(self, length=_SHORTER.get(self.length, self.length))
        if verb is Verb.LONGER:
            return replace(self, length=_LONGER.get(self.length, self.length))
        if verb is Verb.LANGUAGE:
            other = Language.EN if self.language is Language.DE else Language.DE
            return replace(self, language=other)
        if verb is Verb.SITUATION and situation is not None:
            return replace(self, situation=situation)
        return self

    def to_data(self, verb: Verb) -> dict[str, Any]:
        return {
            STATE_MARKER: 1,
            "verb": verb.value,
            "card": self.token,
            "tone": self.tone.value,
            "len": self.length,
            "lang": self.language.value,
            "sit": self.situation.value if self.situation else "",
        }


def is_calm_data(data: object) -> bool:
    return isinstance(data, dict) and STATE_MARKER in data


def verb_of(data: object) -> Verb:
    if not isinstance(data, dict) or STATE_MARKER not in data:
        raise CardDataError("not calm card data")
    try:
        return Verb(str(data.get("verb")))
    except ValueError:
        raise CardDataError("unknown verb") from None


def state_from_data(data: object) -> CoachingState:
    """Read a `CoachingState` back from action data; `CardDataError` when it is not valid."""
    if not isinstance(data, dict) or STATE_MARKER not in data:
        raise CardDataError("not calm card data")
    token = data.get("card")
    if not isinstance(token, str) or not token or len(token) > _TOKEN_MAX:
        raise CardDataError("no card token")
    length = data.get("len")
    if length not in _LENGTHS:
        raise CardDataError("bad length")
    try:
        situation = data.get("sit") or None
        return CoachingState(
            token=token,
            tone=Tone(str(data.get("tone"))),
            length=str(length),
            language=Language(str(data.get("lang"))),
            situation=Situation(str(situation)) if situation else None,
        )
    except ValueError:
        raise CardDataError("bad option") from None


def chosen_situation(data: object) -> Situation:
    """The situation picked in the card's choice set; `UnknownSituationError` otherwise."""
    value = data.get(SITUATION_INPUT) if isinstance(data, dict) else None
    try:
        return Situation(str(value or "").strip())
    except ValueError:
        raise UnknownSituationError("unknown situation") from None


def capacity_data(capacity: Capacity, day: str) -> dict[str, Any]:
    """Data for a nudge button: the answer and the local day it answers (ISO date)."""
    return {STATE_MARKER: 1, "verb": Verb.CAPACITY.value, "capacity": capacity.value, "day": day}


def capacity_from_data(data: object) -> tuple[Capacity, str]:
    if not isinstance(data, dict) or STATE_MARKER not in data:
        raise CardDataError("not calm card data")
    try:
        return Capacity(str(data.get("capacity"))), str(data.get("day"))
    except ValueError:
        raise CardDataError("bad capacity") from None
