"""Needles: the literal strings one of which every match of a regular expression begins with.

A pattern that needs "warte" cannot match a text without that substring, so it need not run.
The engine uses this twice: situation cues are tried only at word starts where one of their
needles begins (`situations`), and case-insensitive patterns are skipped when none of their
needles occurs in the text at all (`caseless`). Needles are a necessary condition, never a
sufficient one: a shorter, cut or missing needle set only costs speed.

The pattern is parsed with the standard library's own regex parser (a private module; if it
changes shape, `prefixes` reports "no needles" and everything still works, only slower).
"""

from __future__ import annotations

import re
from re import _constants as _sre  # type: ignore[attr-defined]
from re._parser import parse as _sre_parse  # type: ignore[import-not-found]

__all__ = ["FOLDED_SPACES", "KEY", "prefixes", "starts_at_word"]

KEY = 4  # needles are cut to this many characters when there would be too many
_LIMIT = 96  # most needles a pattern may have
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_DIGITS = frozenset("0123456789")
# What `\s` can meet in text folded by `normalize.fold` (other whitespace becomes a space).
FOLDED_SPACES = frozenset(" \n")


class _NoNeedles(Exception):
    """The matches do not start with a manageable set of literals."""


class _Prefixes:
    """The parse-tree walk, for one notion of what `\\s` can meet."""

    def __init__(self, spaces: frozenset[str] | None) -> None:
        self.spaces = spaces

    def join(self, prefixes: set[str], alternatives: set[str]) -> tuple[set[str], bool]:
        """Every prefix followed by every alternative, cut to `KEY` chars when too many.

        Returns the joined set and whether it is still exact (not cut).
        """
        joined = {p + q for p in prefixes for q in alternatives}
        if len(joined) <= _LIMIT:
            return joined, True
        cut = {p[:KEY] for p in joined}
        if len(cut) > _LIMIT:
            raise _NoNeedles
        return cut, False

    def chars(self, items: list) -> set[str]:
        """The characters a class (`[...]`, `\\s`, `\\d`) matches, if few and known."""
        chars: set[str] = set()
        for kind, value in items:
            if kind is _sre.LITERAL:
                chars.add(chr(value))
            elif kind is _sre.CATEGORY and value is _sre.CATEGORY_SPACE and self.spaces:
                chars |= self.spaces
            elif kind is _sre.CATEGORY and value is _sre.CATEGORY_DIGIT:
                chars |= _DIGITS
            elif kind is _sre.RANGE and value[1] - value[0] < 10:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            else:
                raise _NoNeedles
        if len(chars) > 12:
            raise _NoNeedles
        return chars

    def item(self, op: object, av: object) -> tuple[set[str], bool]:
        """Literal beginnings of one parsed item, and whether they are its whole matches."""
        if op is _sre.LITERAL:
            return {chr(av)}, True  # type: ignore[arg-type]
        if op is _sre.IN:
            return self.chars(av), True  # type: ignore[arg-type]
        if op is _sre.SUBPATTERN:
            return self.sequence(list(av[-1]))  # type: ignore[index]
        if op is _sre.BRANCH:
            alternatives: set[str] = set()
            complete = True
            for branch in av[1]:  # type: ignore[index]
                sub, sub_complete = self.sequence(list(branch))
                alternatives |= sub
                complete = complete and sub_complete
            return alternatives, complete
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:  # type: ignore[index]
            return self.sequence(list(av[2]))[0], False  # type: ignore[index]
        raise _NoNeedles

    def sequence(self, items: list) -> tuple[set[str], bool]:
        """Literal strings one of which every match of `items` starts with, and if exact.

        A set holding "" means "no usable prefix".
        """
        prefixes = {""}
        for position, (op, av) in enumerate(items):
            if op in _ZERO_WIDTH:
                continue
            if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] == 0:
                # Optional: a match goes on with the item or with what follows it.
                inner, _ = self.sequence(list(av[2]))
                try:
                    rest, _ = self.sequence(items[position + 1 :])
                except _NoNeedles:
                    rest = {""}
                return self.join(prefixes, inner | rest)[0], False
            try:
                alternatives, complete = self.item(op, av)
            except _NoNeedles:
                return prefixes, False
            prefixes, exact = self.join(prefixes, alternatives)
            if not (complete and exact):
                return prefixes, False
        return prefixes, True


def _parse(source: str, flags: int) -> list | None:
    try:
        return list(_sre_parse(source, flags))
    except Exception:  # private API changed, or a pattern it cannot read: no needles
        return None


def prefixes(
    source: str, *, spaces: frozenset[str] | None = None, flags: int = 0
) -> tuple[str, ...]:
    """The needles of a pattern (sorted), or () when its matches can begin with anything.

    `spaces`: the characters `\\s` can meet in the texts it runs on (`FOLDED_SPACES` for folded
    text); None when that is not known, so `\\s` ends a needle.
    """
    if flags & re.IGNORECASE:
        return ()  # literals would have to be case-folded; callers lower-case instead
    parsed = _parse(source, flags)
    if parsed is None:
        return ()
    try:
        found, _ = _Prefixes(spaces).sequence(parsed)
    except _NoNeedles:
        return ()
    if not found or "" in found:
        return ()
    return tuple(sorted(found))


def starts_at_word(source: str, flags: int = 0) -> bool:
    """Whether every match begins with `\\b` (at a word start, for needles starting a word)."""
    parsed = _parse(source, flags)
    return parsed is not None and _starts_at_word(parsed)


def _starts_at_word(items: list) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is _sre.AT:
        return av is _sre.AT_BOUNDARY
    if op is _sre.SUBPATTERN:
        return _starts_at_word(list(av[-1]))
    if op is _sre.BRANCH:
        return all(_starts_at_word(list(branch)) for branch in av[1])
    return False
