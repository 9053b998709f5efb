"""A stand-in for `bot.coach.coach` with the same signature and error contract.

The real engine is tested on its own (tests/coach); the Teams tests check what the adapter
does with the engine's answer, so they need a deterministic one whose draft spells out the
options it was called with, and a record of the texts the engine received.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.coach.errors import EmptyMessageError, NoWordsError
from bot.coach.model import (
    Coaching,
    Detection,
    Formality,
    Language,
    Profile,
    Situation,
    Tone,
)

_WORD = re.compile(r"[^\W\d_]{2,}")
_GERMAN = re.compile(r"\b(Sie|Ihnen|und|bitte|noch|das)\b")
BOUNDARY = "Neue Arbeit ist eine neue Vereinbarung."


def draft_for(
    text: str,
    *,
    profile: Profile | None = None,
    tone: Tone | None = None,
    short: bool = False,
    long: bool = False,
    language: Language | None = None,
    situation: Situation | None = None,
) -> str:
    """The draft `FakeEngine` writes for these inputs."""
    profile = profile or Profile()
    detected = Language.DE if _GERMAN.search(text) else Language.EN
    reply = language or detected
    capacity = profile.capacity.value if profile.capacity else "unknown"
    situation = situation or Situation.SCOPE_CREEP
    return (
        f"draft lang={reply.value} tone={(tone or profile.tone).value} short={short} "
        f"long={long and not short} situation={situation.value} "
        f"capacity={capacity} chars={len(text)}"
    )


# What the fake engine reads in every message: scope creep, price pushback a close second.
ALTERNATIVES = ((Situation.PRICE_PUSHBACK, 0.3), (Situation.URGENT_PRESSURE, 0.1))


@dataclass
class FakeEngine:
    texts: list[str] = field(default_factory=list)
    confidence: float = 0.9  # below 0.55 the card says calm is unsure

    def __call__(
        self,
        text: str,
        *,
        profile: Profile | None = None,
        tone: Tone | None = None,
        short: bool = False,
        long: bool = False,
        language: Language | None = None,
        situation: Situation | None = None,
    ) -> Coaching:
        self.texts.append(text)
        if not text or not text.strip():
            raise EmptyMessageError()
        if not _WORD.search(text):
            raise NoWordsError()
        profile = profile or Profile()
        detected = Language.DE if _GERMAN.search(text) else Language.EN
        read = Situation.SCOPE_CREEP
        shown = situation or read
        alternatives = ALTERNATIVES
        if shown is not read:
            alternatives = tuple(
                (s, p) for s, p in ((read, self.confidence), *ALTERNATIVES) if s is not shown
            )
        detection = Detection(
            situation=shown,
            secondary=(Situation.URGENT_PRESSURE,) if shown is read else (),
            heat=55,
            language=detected,
            formality=Formality.SIE if detected is Language.DE else Formality.NONE,
            confidence=self.confidence,
            alternatives=alternatives,
            chosen_by_user=situation is not None,
            detected=read,
        )
        draft = draft_for(
            text,
            profile=profile,
            tone=tone,
            short=short,
            long=long,
            language=language,
            situation=situation,
        )
        return Coaching(
            detection=detection,
            draft=draft,
            boundary=BOUNDARY,
            reply_language=language or detected,
            tone=tone or profile.tone,
            short=short,
            long=long and not short,
            notes=("Nenne einen Preis für die Zusatzarbeit.",),
        )
