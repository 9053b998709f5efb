"""Small builders of core objects for render tests (no engine involved)."""

from __future__ import annotations

from bot.coach.model import Coaching, Detection, Formality, Language, Situation, Tone


def make_coaching(
    *,
    draft: str = "Guten Tag Frau Berger,\n\nvielen Dank für Ihre Nachricht.",
    boundary: str = "Neue Arbeit ist eine neue Vereinbarung.",
    situation: Situation = Situation.SCOPE_CREEP,
    secondary: tuple[Situation, ...] = (),
    heat: int = 40,
    language: Language = Language.DE,
    formality: Formality = Formality.SIE,
    tone: Tone = Tone.NEUTRAL,
    short: bool = False,
    notes: tuple[str, ...] = (),
    engine: str = "offline",
    confidence: float = 1.0,
    alternatives: tuple[tuple[Situation, float], ...] = (),
) -> Coaching:
    return Coaching(
        detection=Detection(
            situation=situation,
            secondary=secondary,
            heat=heat,
            language=language,
            formality=formality,
            confidence=confidence,
            alternatives=alternatives,
        ),
        draft=draft,
        boundary=boundary,
        reply_language=language,
        tone=tone,
        short=short,
        notes=notes,
        engine=engine,
    )
