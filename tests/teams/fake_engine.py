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
    language: Language | None = None,
) -> str:
    """The draft `FakeEngine` writes for these inputs."""
    profile = profile or Profile()
    detected = Language.DE if _GERMAN.search(text) else Language.EN
    reply = language or detected
    capacity = profile.capacity.value if profile.capacity else "unknown"
    return (
        f"draft lang={reply.value} tone={(tone or profile.tone).value} short={short} "
        f"capacity={capacity} chars={len(text)}"
    )


@dataclass
class FakeEngine:
    texts: list[str] = field(default_factory=list)

    def __call__(
        self,
        text: str,
        *,
        profile: Profile | None = None,
        tone: Tone | None = None,
        short: bool = False,
        language: Language | None = None,
    ) -> Coaching:
        self.texts.append(text)
        if not text or not text.strip():
            raise EmptyMessageError()
        if not _WORD.search(text):
            raise NoWordsError()
        profile = profile or Profile()
        detected = Language.DE if _GERMAN.search(text) else Language.EN
        detection = Detection(
            situation=Situation.SCOPE_CREEP,
            secondary=(Situation.URGENT_PRESSURE,),
            heat=55,
            language=detected,
            formality=Formality.SIE if detected is Language.DE else Formality.NONE,
        )
        return Coaching(
            detection=detection,
            draft=draft_for(text, profile=profile, tone=tone, short=short, language=language),
            boundary=BOUNDARY,
            reply_language=language or detected,
            tone=tone or profile.tone,
            short=short,
            notes=("Nenne einen Preis für die Zusatzarbeit.",),
        )
