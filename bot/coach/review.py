"""Review of the user's own reply: what tends to make a client conversation escalate.

INTERIM minimal version; the composition work replaces the internals, keeping
`review_draft(text, language=None) -> list[Finding]`.
"""

from __future__ import annotations

from bot.coach.model import Finding, Language


def review_draft(text: str, *, language: Language | None = None) -> list[Finding]:
    return []
