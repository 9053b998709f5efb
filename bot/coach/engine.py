"""The engine's front door: one client message in, coaching out.

`coach` is what every surface calls. It is pure and deterministic: the same text, profile and
options give the same coaching, so a button that asks for "softer" can simply coach again.
"""

from __future__ import annotations

import functools

from bot.coach.compose import compose
from bot.coach.detect import detect
from bot.coach.model import Coaching, Detection, Language, Profile, Situation, Tone

__all__ = ["coach"]


def coach(
    text: str,
    *,
    profile: Profile | None = None,
    tone: Tone | None = None,
    short: bool = False,
    long: bool = False,
    language: Language | None = None,
    situation: Situation | None = None,
) -> Coaching:
    """Coach one client message.

    `tone` defaults to the profile's tone; `language` forces the reply language (default: the
    client's). Raises `InputError` (with a friendly, text-free message) when there is nothing
    to coach. `situation` coaches for the situation the user chose instead of the detected one.
    """
    profile = profile or Profile()
    detection = _detect(text, profile, situation)
    return compose(
        detection,
        text,
        profile=profile,
        tone=tone or profile.tone,
        short=short,
        long=long,
        language=language,
    )


@functools.lru_cache(maxsize=64)
def _detect(text: str, profile: Profile, situation: Situation | None) -> Detection:
    """`detect`, remembered for the last few messages: "Softer", "Firmer", "Shorter" and the
    other language coach the same text again, and reading it (the sentence model) is the
    expensive part. Only in this process's memory, like the request itself."""
    return detect(text, profile=profile, situation=situation)
