"""What a card button carries so that "softer", "firmer", "shorter" and "other language" can
coach the same client message again.

Where the client text lives between the first answer and a button press: in the button's own
action data, not in calm's database and not in an in-process cache. Reasons:

- The card is posted only into the user's 1:1 chat with calm (or only into their own dialog for
  the message action), where the user has pasted or opened that very text already, so the data
  adds no new place where the text is visible or stored.
- The engine is deterministic: the same text and options give the same coaching, so the card
  can be rebuilt from its data on any instance, after a restart, days later. A TTL cache would
  break buttons after a restart or behind a load balancer and would hold many users' client
  texts in the process memory for its whole lifetime.
- Nothing is written to calm's database or logs; the data is read, validated and dropped.

The cost is card size: Teams caps a message at roughly 28 KB, and each of the four buttons
carries the text. Texts longer than `MAX_ACTION_TEXT_CHARS` get the card without buttons and a
note saying why.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from bot.coach.model import Capacity, Language, Tone

MAX_ACTION_TEXT_CHARS = 3000
STATE_MARKER = "calm"  # key present in every data payload calm puts on a card


class Verb(StrEnum):
    SOFTER = "calm.softer"
    FIRMER = "calm.firmer"
    SHORTER = "calm.shorter"
    LONGER = "calm.longer"
    LANGUAGE = "calm.language"
    INSERT = "calm.insert"  # message-action dialog: put the (edited) draft into the compose box
    CAPACITY = "calm.capacity"  # nudge card answer


ADJUST_VERBS = frozenset({Verb.SOFTER, Verb.FIRMER, Verb.SHORTER, Verb.LONGER, Verb.LANGUAGE})

_SOFTER = {Tone.FIRM: Tone.NEUTRAL, Tone.NEUTRAL: Tone.WARM}
_FIRMER = {Tone.WARM: Tone.NEUTRAL, Tone.NEUTRAL: Tone.FIRM}


class CardDataError(ValueError):
    """The action data is not something calm put on a card (old, foreign or tampered)."""


@dataclass(frozen=True, slots=True)
class CoachingState:
    """The options a coaching card was made with, plus the client text to coach again."""

    text: str
    tone: Tone
    short: bool
    language: Language  # the reply language shown

    def fits_in_card(self) -> bool:
        return len(self.text) <= MAX_ACTION_TEXT_CHARS

    def can(self, verb: Verb) -> bool:
        if verb is Verb.SOFTER:
            return self.tone in _SOFTER
        if verb is Verb.FIRMER:
            return self.tone in _FIRMER
        if verb is Verb.SHORTER:
            return not self.short
        if verb is Verb.LONGER:
            return self.short
        return verb is Verb.LANGUAGE

    def apply(self, verb: Verb) -> CoachingState:
        """The state after pressing `verb`; a verb that does not apply changes nothing."""
        if verb is Verb.SOFTER:
            return replace(self, tone=_SOFTER.get(self.tone, self.tone))
        if verb is Verb.FIRMER:
            return replace(self, tone=_FIRMER.get(self.tone, self.tone))
        if verb is Verb.SHORTER:
            return replace(self, short=True)
        if verb is Verb.LONGER:
            return replace(self, short=False)
        if verb is Verb.LANGUAGE:
            other = Language.EN if self.language is Language.DE else Language.DE
            return replace(self, language=other)
        return self

    def to_data(self, verb: Verb) -> dict[str, Any]:
        return {
            STATE_MARKER: 1,
            "verb": verb.value,
            "text": self.text,
            "tone": self.tone.value,
            "short": self.short,
            "lang": self.language.value,
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
    text = data.get("text")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_ACTION_TEXT_CHARS:
        raise CardDataError("bad text")
    try:
        return CoachingState(
            text=text,
            tone=Tone(str(data.get("tone"))),
            short=bool(data.get("short")),
            language=Language(str(data.get("lang"))),
        )
    except ValueError:
        raise CardDataError("bad option") from None


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
