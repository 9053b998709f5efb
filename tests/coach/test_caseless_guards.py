"""The word guards of `caseless` patterns never hide a match (checked on calm's own messages).

A guarded pattern skips the alternatives whose words a text lacks; a word missing from a
hand-written list would make real matches go unseen. Every guarded pattern of the engine is
run here over the regression messages (and their case variants), guarded and unguarded: the
results must be equal. Edit a pattern without its word list and this fails.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from types import ModuleType

import pytest

from bot.coach.caseless import CaselessPattern, words_of
from tests.coach.regression_messages import MESSAGES, NEUTRAL_MESSAGES

ENGINE_MODULES = ("language", "slots", "heat", "normalize", "incidents", "situations", "lexicon")


def _patterns_in(value: object, depth: int = 0) -> Iterator[CaselessPattern]:
    if isinstance(value, CaselessPattern):
        yield value
    elif depth < 3 and isinstance(value, tuple | list):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def _engine_modules() -> Iterator[tuple[str, ModuleType]]:
    """The engine's modules; a package (`incidents`) with each of its modules."""
    for name in ENGINE_MODULES:
        module = importlib.import_module(f"bot.coach.{name}")
        yield name, module
        for sub in pkgutil.iter_modules(getattr(module, "__path__", [])):
            yield f"{name}.{sub.name}", importlib.import_module(f"bot.coach.{name}.{sub.name}")


def _guarded_patterns() -> list[tuple[str, CaselessPattern]]:
    found: dict[int, tuple[str, CaselessPattern]] = {}
    for name, module in _engine_modules():
        for attr, value in vars(module).items():
            for pattern in _patterns_in(value):
                if pattern._guarded:  # the guard is what is under test
                    found.setdefault(id(pattern), (f"{name}.{attr}", pattern))
    return list(found.values())


def _corpus() -> list[str]:
    texts = [text for _, text in MESSAGES] + list(NEUTRAL_MESSAGES)
    return texts + [t.upper() for t in texts] + [t.title() for t in texts]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    """Each match's span and the named groups it filled (a reduced pattern has fewer groups)."""
    return [
        (m.span(), sorted((k, v) for k, v in m.groupdict().items() if v is not None))
        for m in pattern.finditer(text)
    ]


GUARDED = _guarded_patterns()
CORPUS = _corpus()


def test_the_engine_has_guarded_patterns() -> None:
    assert len(GUARDED) >= 10  # the lookup below finds them (a rename would make this vacuous)


@pytest.mark.parametrize(("name", "pattern"), GUARDED, ids=[name for name, _ in GUARDED])
def test_guard_hides_no_match(name: str, pattern: CaselessPattern) -> None:
    hidden = 0
    for text in CORPUS:
        lower = text.lower()
        if len(lower) != len(text):
            continue
        expected = _matches(pattern.folded, lower)
        selected = pattern.select(text, lower, words_of(lower))
        got = [] if selected is None else _matches(*selected)
        hidden += got != expected
    assert hidden == 0, f"{name}: the word guard hid matches in {hidden} texts"
