"""Case-insensitive patterns that run on lower-cased text instead of with `re.IGNORECASE`.

Python's `re` is several times slower with IGNORECASE: every literal becomes a case-folding
comparison and the engine loses its fast literal checks. The engine lower-cases a message once
and runs these patterns on that. Spans stay valid for the original text as long as lower-casing
kept its length (`same_length`), which holds for everything but a few exotic letters ("İ");
callers fall back to the IGNORECASE pattern then.
"""

from __future__ import annotations

import re

from bot.coach.needles import prefixes

__all__ = ["CaselessPattern", "caseless"]


def _lower_source(source: str) -> str:
    """The pattern source with its literal letters lower-cased (escapes and `(?P<` kept)."""
    out: list[str] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            out.append(source[i : i + 2])
            i += 2
            continue
        if source.startswith("(?P", i):
            out.append("(?P")
            i += 3
            continue
        out.append(char.lower())
        i += 1
    return "".join(out)


class CaselessPattern:
    """A pattern compiled twice: for lower-cased text (fast) and with IGNORECASE (fallback)."""

    __slots__ = ("folded", "ignorecase", "needles")

    def __init__(self, source: str, flags: int = 0) -> None:
        lowered = _lower_source(source)
        self.folded = re.compile(lowered, flags)
        self.ignorecase = re.compile(source, flags | re.IGNORECASE)
        # Substrings one of which every match begins with (few and selective, or none).
        needles = prefixes(lowered, flags=flags)
        self.needles = needles if len(needles) <= 24 else ()

    def may_match(self, text: str, lower: str) -> bool:
        """False when no match is possible in the text (a cheap pre-check on `lower`)."""
        if not self.needles or len(lower) != len(text):
            return True
        return any(needle in lower for needle in self.needles)

    def pick(self, text: str, lower: str) -> tuple[re.Pattern[str], str]:
        """The pattern and the string to run it on; spans of its matches are spans in `text`.

        `lower` is `text.lower()`; when lower-casing changed the length, the IGNORECASE pattern
        runs on `text` itself.
        """
        if len(lower) == len(text):
            return self.folded, lower
        return self.ignorecase, text

    def search(self, text: str, lower: str) -> re.Match[str] | None:
        if not self.may_match(text, lower):
            return None
        pattern, subject = self.pick(text, lower)
        return pattern.search(subject)

    def findall_count(self, text: str, lower: str) -> int:
        if not self.may_match(text, lower):
            return 0
        pattern, subject = self.pick(text, lower)
        return len(pattern.findall(subject))


def caseless(source: str, flags: int = 0) -> CaselessPattern:
    return CaselessPattern(source, flags)
