"""Detection: situation, secondary situation, heat, language, register and slots.

INTERIM minimal version so the adapters can be built against the real API; the detection
work replaces the internals, keeping `detect(text, profile=...) -> Detection`.
"""

from __future__ import annotations

import re

from bot.coach.errors import EmptyMessageError, NoWordsError
from bot.coach.model import Detection, Formality, Language, Profile, Situation

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_DE = set("und der die das ich sie nicht ist ein eine zu mit auf für bitte danke wir du".split())


def detect(text: str, *, profile: Profile | None = None) -> Detection:
    if not text or not text.strip():
        raise EmptyMessageError()
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        raise NoWordsError()
    de = sum(w in _DE for w in words) + sum(c in "äöüß" for c in text.lower())
    language = Language.DE if de > 1 else Language.EN
    formality = Formality.NONE
    if language is Language.DE:
        if re.search(r"\b(du|dich|dir|dein\w*)\b", text, re.I):
            formality = Formality.DU
        elif re.search(r"\b(Sie|Ihnen|Ihr\w*)\b", text):
            formality = Formality.SIE
    return Detection(
        situation=Situation.NEUTRAL,
        secondary=(),
        heat=10,
        language=language,
        formality=formality,
    )
