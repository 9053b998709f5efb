"""Composition of the reply draft from the playbooks in prompts/.

INTERIM minimal version so the adapters can be built against the real API; the composition
work replaces the internals, keeping `compose(detection, text, profile=, tone=, short=,
language=) -> Coaching`.
"""

from __future__ import annotations

from bot.coach.model import Coaching, Detection, Language, Profile, Tone


def compose(
    detection: Detection,
    text: str,
    *,
    profile: Profile,
    tone: Tone,
    short: bool = False,
    language: Language | None = None,
) -> Coaching:
    lang = language or detection.language
    if lang is Language.DE:
        draft = "Vielen Dank für Ihre Nachricht. Ich schaue mir das an und melde mich morgen."
        boundary = "Nichts zu entschärfen: kurz und klar antworten."
    else:
        draft = "Thanks for your message. I'll look into it and get back to you tomorrow."
        boundary = "Nothing to defuse: keep it short and clear."
    return Coaching(
        detection=detection,
        draft=draft,
        boundary=boundary,
        reply_language=lang,
        tone=tone,
        short=short,
    )
