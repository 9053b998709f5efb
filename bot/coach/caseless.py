r"""Case-insensitive patterns that run on lower-cased text instead of with `re.IGNORECASE`.

Python's `re` is several times slower with IGNORECASE: every literal becomes a case-folding
comparison and the engine loses its fast literal checks. The engine lower-cases a message once
and runs these patterns on that. Spans stay valid for the original text as long as lower-casing
kept its length (`same_length`), which holds for everything but a few exotic letters ("İ");
callers fall back to the IGNORECASE pattern then.

A scan costs time at every position of the text, so a pattern is not run where it cannot
match. Without more knowledge that is where none of its needles (literals every match begins
with) occurs. A pattern can also name *words*: a word every match contains whole, as a maximal
run of `\w` characters ("du" for `\bdu\b`, "sie" for `\s+sie\b`). A caller that tries several
patterns on one text lists its words once (`words_of`); each pattern then costs a set test (in
C) where it cannot match. A pattern of several alternatives (`caseless_any`) names words per
alternative and is scanned without the alternatives whose words the text lacks: they could not
match at any position, so the others match exactly as they would with them.

Words must be complete: a word missing from the list makes its matches go unseen. A list is
space-separated; "stem*" stands for every word beginning with "stem" (looked for as a
substring, which also fits a literal that is no word, such as "?*"), and `DIGIT` for a
character `\d` matches. "a b & c d" asks for a word of each group: "a" or "b", and "c" or "d".
"""

from __future__ import annotations

import re
from collections.abc import Set

from bot.coach.needles import prefixes

__all__ = ["DIGIT", "CaselessPattern", "caseless", "caseless_any", "words_of"]

DIGIT = r"\d"  # a pseudo-word of `words_of`: the text may hold a digit

_WORD_RUN = re.compile(r"\w+")
_WITH_DIGIT = frozenset((DIGIT,))
_NO_WORDS: frozenset[str] = frozenset()


def words_of(lower: str) -> frozenset[str]:
    r"""The whole words of a lower-cased text (its maximal runs of `\w`), and maybe `DIGIT`.

    A digit is a word character but no letter, so `DIGIT` is there whenever the words hold
    something other than letters (a digit, or "_", "²"…): a cheap test that never misses one.
    """
    words = frozenset(_WORD_RUN.findall(lower))
    return words if "".join(words).isalpha() else words | _WITH_DIGIT


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


def _shortest(needles: tuple[str, ...]) -> tuple[str, ...]:
    """The needles without those that contain another one: it occurs wherever they do."""
    return tuple(n for n in needles if not any(m != n and m in n for m in needles))


class CaselessPattern:
    """A pattern compiled twice: for lower-cased text (fast) and with IGNORECASE (fallback).

    `alternatives` are the pattern's top-level alternatives, each with its words (see the
    module docstring) or None when it names none.
    """

    __slots__ = (
        "_alternatives",
        "_flags",
        "_guarded",
        "_ignorecase",
        "_opens",
        "_reduced",
        "_sources",
        "_stems",
        "_wanted",
        "_word_needs",
        "_words",
        "folded",
        "needles",
    )

    def __init__(self, alternatives: tuple[tuple[str, str | None], ...], flags: int = 0) -> None:
        lowered = tuple(_lower_source(source) for source, _ in alternatives)
        self.folded = re.compile("|".join(lowered), flags)
        # The IGNORECASE twin is for the rare text whose length lower-casing changes ("İ"):
        # compiled when first needed, which most processes never do.
        self._sources = "|".join(source for source, _ in alternatives)
        self._ignorecase: re.Pattern[str] | None = None
        # Substrings one of which every match begins with (few and selective, or none).
        needles = prefixes(self.folded.pattern, flags=flags)
        self.needles = _shortest(needles) if len(needles) <= 24 else ()
        self._flags = flags
        # One bit per distinct group of words; an alternative needs the bits of its groups.
        groups: dict[str, int] = {}
        needs: list[int] = []
        for _, words in alternatives:
            need = 0
            for group in (words or "").split("&"):
                if group.strip():
                    need |= groups.setdefault(" ".join(group.split()), 1 << len(groups))
            needs.append(need)
        self._alternatives = tuple(zip(lowered, needs, strict=True))
        self._guarded = bool(groups)
        self._opens: dict[str, int] = {}  # whole word -> the bits of the groups it is in
        stems: dict[int, list[str]] = {}
        for group, bit in groups.items():
            for word in group.split():
                if word.endswith("*"):
                    stems.setdefault(bit, []).append(word[:-1])
                else:
                    self._opens[word] = self._opens.get(word, 0) | bit
        self._stems = tuple((bit, tuple(group)) for bit, group in stems.items())
        self._words = frozenset(self._opens)
        # The stems of an alternative matter only once its groups of whole words are there.
        word_groups = (1 << len(groups)) - 1 - sum(bit for bit, _ in self._stems)
        self._word_needs = tuple(
            (need & word_groups, need) for need in dict.fromkeys(needs) if need & word_groups
        )
        self._wanted = 0  # the groups always worth looking for
        for need in needs:
            if not need & word_groups:
                self._wanted |= need
        # Bits of the groups found -> the pattern of the alternatives they leave in. Compiled on
        # first use; there are at most 2 ** len(groups) of them.
        self._reduced: dict[int, re.Pattern[str] | None] = {(1 << len(groups)) - 1: self.folded}

    @property
    def ignorecase(self) -> re.Pattern[str]:
        """The pattern with IGNORECASE, for text whose length lower-casing changes."""
        if self._ignorecase is None:
            self._ignorecase = re.compile(self._sources, self._flags | re.IGNORECASE)
        return self._ignorecase

    def _opened(self, lower: str, words: Set[str]) -> int:
        """The bits of the groups the text has a word of, as far as they matter.

        Stems are looked for (a substring test each) only for the alternatives whose groups of
        whole words are all there; the others are left out whatever the stems say.
        """
        opened = 0
        for word in words & self._words:
            opened |= self._opens[word]
        if self._stems:
            wanted = self._wanted
            for word_need, need in self._word_needs:
                if word_need & opened == word_need:
                    wanted |= need
            for bit, stems in self._stems:
                if wanted & bit and not opened & bit and any(map(lower.__contains__, stems)):
                    opened |= bit
        return opened

    def _reduction(self, opened: int) -> re.Pattern[str] | None:
        """The pattern without the alternatives whose words are missing (None: nothing left)."""
        if opened not in self._reduced:
            kept = [source for source, need in self._alternatives if need & opened == need]
            self._reduced[opened] = re.compile("|".join(kept), self._flags) if kept else None
        return self._reduced[opened]

    def select(
        self, text: str, lower: str, words: Set[str] | None = None
    ) -> tuple[re.Pattern[str], str] | None:
        """The pattern to run and the string to run it on, or None where it cannot match.

        `lower` is `text.lower()` and `words` is `words_of(lower)` when the caller has it.
        Spans of the matches are spans in `text`: when lower-casing changed the length, the
        IGNORECASE pattern runs on `text` itself (its words are not known then).
        """
        if len(lower) != len(text):
            return self.ignorecase, text
        if self._guarded and (words is not None or not self._words):
            # Without `words`, a pattern that names only stems can still be reduced.
            pattern = self._reduction(self._opened(lower, _NO_WORDS if words is None else words))
            return None if pattern is None else (pattern, lower)
        return (self.folded, lower) if self._has_needle(lower) else None

    def _has_needle(self, lower: str) -> bool:
        return not self.needles or any(map(lower.__contains__, self.needles))

    def may_match(self, text: str, lower: str, words: Set[str] | None = None) -> bool:
        """False when no match is possible in the text (a cheap pre-check, see `select`)."""
        return self.select(text, lower, words) is not None

    def pick(self, text: str, lower: str) -> tuple[re.Pattern[str], str]:
        """The whole pattern and the string to run it on (see `select`)."""
        if len(lower) == len(text):
            return self.folded, lower
        return self.ignorecase, text

    def search(self, text: str, lower: str, words: Set[str] | None = None) -> re.Match[str] | None:
        selected = self.select(text, lower, words)
        return None if selected is None else selected[0].search(selected[1])

    def findall_count(self, text: str, lower: str, words: Set[str] | None = None) -> int:
        selected = self.select(text, lower, words)
        return 0 if selected is None else len(selected[0].findall(selected[1]))


def caseless(source: str, flags: int = 0, words: str | None = None) -> CaselessPattern:
    """The pattern `source`; `words`, if given, are what every match holds (see above)."""
    return CaselessPattern(((source, words),), flags)


def caseless_any(*alternatives: tuple[str, str | None], flags: int = 0) -> CaselessPattern:
    """The pattern `alternative|alternative|…`, each given with its words (or None)."""
    return CaselessPattern(alternatives, flags)
