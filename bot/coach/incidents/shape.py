"""The machinery of the incident kinds: a phrase shape (`shape`), the umlaut tables, the
one-scan `Recogniser` of a situation and `requiring`. No phrase shapes live here."""

from __future__ import annotations

import functools
import operator
import re

UMLAUTS = {"ä": "ae?", "ö": "oe?", "ü": "ue?", "ß": "ss?"}
_FOLDED = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_BARE = {"ä": "a", "ö": "o", "ü": "u", "ß": "s"}
# Within one sentence: a gap between two parts of a shape never crosses . ! ? or a new line.
GAP = r"[^.!?\n]{0,60}?"


class Shape:
    """A phrase shape: `pattern` can only match a text that contains one of its `stems`.

    Compiled on first use: most processes never meet most kinds, and compiling all of them
    would add ~30 ms to every start of `calm coach`.
    """

    __slots__ = ("_compiled", "_source", "stems")

    def __init__(self, stems: tuple[str, ...], source: str) -> None:
        self.stems = stems
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled


def shape(stems: str, *sources: str) -> Shape:
    """`stems` separated by "|" (every match contains one); `sources` are alternatives."""
    variants: list[str] = []
    for stem in stems.split("|"):
        for table in (_FOLDED, _BARE):
            variant = "".join(table.get(c, c) for c in stem)
            if variant not in variants:
                variants.append(variant)
    return Shape(tuple(variants), translated("|".join(f"(?:{s})" for s in sources)))


def translated(source: str) -> str:
    """`source` with „ä“, „ö“, „ü“, „ß“ matching the folded spelling and the bare vowel."""
    return "".join(UMLAUTS.get(c, c) for c in source)


def _trie(words: list[str]) -> str:
    """A regex matching any of `words`, as a trie ("ab|ac" -> "a(?:b|c)"): one fast scan."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" not in node:
            return group
        return f"(?:{group})?" if len(branches) == 1 else f"{group}?"

    return emit(root)


class Recogniser:
    """The kinds of one situation: one scan for all stems, then only the shapes they open."""

    def __init__(self, kinds: tuple[tuple[str, tuple[Shape, ...]], ...]) -> None:
        # A kind may be tried at two places in the order (payment's "declined": first "never
        # mind", later "can't afford" once an amount owed has been ruled out); it is listed once.
        self.kinds = tuple(dict.fromkeys(name for name, _ in kinds))
        self._shapes = tuple((name, shape) for name, shapes in kinds for shape in shapes)
        owners: dict[str, int] = {}  # stem -> bit mask of the shapes it opens
        for index, (_, shape) in enumerate(self._shapes):
            for stem in shape.stems:
                owners[stem] = owners.get(stem, 0) | 1 << index
        # The scan finds the longest stem at a position; a shorter stem there opens its shapes too.
        self._opens = {
            stem: functools.reduce(
                operator.or_, (mask for other, mask in owners.items() if stem.startswith(other))
            )
            for stem in owners
        }
        self._stems = sorted(owners)
        self._scan: re.Pattern[str] | None = None  # compiled on first use, like the shapes

    def kind(self, folded: str) -> str | None:
        if self._scan is None:
            self._scan = re.compile(_trie(self._stems))
        opened = 0
        search = self._scan.search
        pos = 0
        while (m := search(folded, pos)) is not None:
            opened |= self._opens[m.group()]
            pos = m.start() + 1
        if opened:
            for index, (name, shape) in enumerate(self._shapes):
                if opened >> index & 1 and shape.pattern.search(folded):
                    return name
        return None


def unless(condition: str, shapes: tuple[Shape, ...]) -> tuple[Shape, ...]:
    """`shapes` that do not match where `condition` (a translated source) is found in the text."""
    return tuple(
        Shape(shape.stems, rf"^(?![\s\S]*?(?:{condition}))[\s\S]*?(?:{shape._source})")
        for shape in shapes
    )


def requiring(condition: str, shapes: tuple[Shape, ...]) -> tuple[Shape, ...]:
    """`shapes` that match only where `condition` (a translated source) is found in the text."""
    return tuple(
        Shape(shape.stems, rf"^(?=[\s\S]*?(?:{condition}))[\s\S]*?(?:{shape._source})")
        for shape in shapes
    )
