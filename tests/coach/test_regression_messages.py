"""Detection keeps reading the regression set of hand-written client messages right."""

from __future__ import annotations

from collections import Counter

from bot.coach.detect import detect
from tests.coach.regression_messages import MESSAGES


class TestRegressionMessages:
    def test_situation_accuracy_stays_high(self) -> None:
        """At least 93 % of the hand-written messages get their situation as primary."""
        misses = Counter()
        for gold, text in MESSAGES:
            if detect(text).situation.value != gold:
                misses[gold] += 1
        accuracy = 1 - sum(misses.values()) / len(MESSAGES)
        assert accuracy >= 0.93, f"accuracy {accuracy:.3f}; misses per situation: {dict(misses)}"

    def test_primary_or_secondary_almost_always_right(self) -> None:
        """At least 97 % have the right situation as primary or secondary."""
        hits = 0
        for gold, text in MESSAGES:
            d = detect(text)
            hits += gold in {d.situation.value, *(s.value for s in d.secondary)}
        assert hits / len(MESSAGES) >= 0.97

    def test_every_situation_is_covered(self) -> None:
        """The set has examples of every situation, in both languages."""
        assert len({gold for gold, _ in MESSAGES}) == 12
