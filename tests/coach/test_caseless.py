"""Case-insensitive patterns run on lower-cased text find what IGNORECASE finds."""

from __future__ import annotations

import re

from bot.coach import heat, language, normalize, slots
from bot.coach.caseless import CaselessPattern, caseless
from bot.coach.needles import prefixes

from .regression_messages import MESSAGES

_ENGINE_PATTERNS = [
    value
    for module in (heat, language, normalize, slots)
    for value in vars(module).values()
    if isinstance(value, CaselessPattern)
]


def _spans(pattern: CaselessPattern, text: str) -> list[tuple[int, int]]:
    if not pattern.may_match(text, text.lower()):
        return []
    compiled, subject = pattern.pick(text, text.lower())
    return [m.span() for m in compiled.finditer(subject)]


class TestCaseless:
    def test_the_engine_uses_caseless_patterns(self) -> None:
        assert len(_ENGINE_PATTERNS) >= 10

    def test_same_matches_as_ignorecase_on_real_messages(self) -> None:
        for pattern in _ENGINE_PATTERNS:
            for _, text in MESSAGES:
                for variant in (text, text.upper(), text.title()):
                    expected = [m.span() for m in pattern.ignorecase.finditer(variant)]
                    assert _spans(pattern, variant) == expected, (pattern.folded.pattern[:40], text)

    def test_spans_give_the_words_as_written(self) -> None:
        pattern = caseless(r"\bbis\s+(?:freitag|montag)\b")
        text = "Das brauche ich BIS Freitag."
        compiled, subject = pattern.pick(text, text.lower())
        found = compiled.search(subject)
        assert found is not None
        assert text[slice(*found.span())] == "BIS Freitag"

    def test_letters_that_change_length_fall_back_to_ignorecase(self) -> None:
        """"İ" lower-cases to two characters: spans would shift, so IGNORECASE runs instead."""
        pattern = caseless(r"\brechnung\b")
        text = "İİ Die RECHNUNG bitte"
        assert len(text.lower()) != len(text)
        compiled, subject = pattern.pick(text, text.lower())
        assert compiled.flags & re.IGNORECASE and subject is text
        found = compiled.search(subject)
        assert found is not None and text[slice(*found.span())] == "RECHNUNG"

    def test_escapes_and_group_names_survive_lower_casing(self) -> None:
        pattern = caseless(r"(?P<Word>\bRE-?\d\S*)\W")
        assert pattern.folded.pattern == r"(?P<word>\bre-?\d\S*)\W"
        assert pattern.search("Rechnung RE-2041, danke", "rechnung re-2041, danke") is not None

    def test_needles_only_skip_texts_without_them(self) -> None:
        pattern = caseless(r"\b(?:last\s+chance|letzte\s+warnung)\b")
        assert pattern.needles == ("last", "letzte")
        assert not pattern.may_match("alles gut", "alles gut")
        assert pattern.findall_count("LETZTE  Warnung!", "letzte  warnung!") == 1


class TestNeedles:
    def test_optional_words_branches_and_classes(self) -> None:
        assert prefixes(r"\b(?:noch\s+)?gerne\b") == ("gerne", "noch")
        assert prefixes(r"\bnet[- ]?x") == ("net ", "net-", "netx")
        assert prefixes(r"\bi\s+am\b", spaces=frozenset(" \n")) == ("i\n", "i ")

    def test_patterns_that_can_start_anywhere_have_none(self) -> None:
        assert prefixes(r"\w*rabatt") == ()
        assert prefixes(r"(?:foo)?") == ()
        assert prefixes(r"abc", flags=re.IGNORECASE) == ()
