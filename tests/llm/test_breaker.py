"""The circuit breaker on its own, with a hand-moved clock."""

from __future__ import annotations

import pytest

from bot.llm.breaker import BreakerState, CircuitBreaker
from tests.llm.conftest import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


class TestCircuitBreaker:
    def test_opens_after_threshold_and_closes_after_a_good_trial(self, clock: FakeClock) -> None:
        """Three failures in a row open it; after the cooldown one trial is let through."""
        breaker = CircuitBreaker(threshold=3, cooldown=60, clock=clock)
        for _ in range(2):
            assert breaker.allow()
            breaker.record_failure()
        assert breaker.state is BreakerState.CLOSED
        assert breaker.allow()
        breaker.record_failure()
        assert breaker.state is BreakerState.OPEN
        assert not breaker.allow()
        clock.advance(59)
        assert not breaker.allow()
        clock.advance(1)
        assert breaker.allow()  # the one trial
        assert not breaker.allow()  # nobody else while it runs
        breaker.record_success()
        assert breaker.state is BreakerState.CLOSED
        assert breaker.allow() and breaker.allow()

    def test_failed_trial_opens_again(self, clock: FakeClock) -> None:
        """A failing trial call pauses the stage for another full cooldown."""
        breaker = CircuitBreaker(threshold=1, cooldown=60, clock=clock)
        breaker.record_failure()
        clock.advance(60)
        assert breaker.allow()
        breaker.record_failure()
        assert breaker.state is BreakerState.OPEN
        assert breaker.remaining() == 60

    def test_success_resets_the_count(self, clock: FakeClock) -> None:
        """Failures must be consecutive: a success in between starts counting again."""
        breaker = CircuitBreaker(threshold=3, cooldown=60, clock=clock)
        breaker.record_failure()
        breaker.record_failure()
        breaker.record_success()
        breaker.record_failure()
        breaker.record_failure()
        assert breaker.state is BreakerState.CLOSED

    def test_retry_after_pauses_at_once_and_wins_when_longer(self, clock: FakeClock) -> None:
        """A 429's Retry-After pauses immediately; when the breaker opens, the longer wait wins."""
        breaker = CircuitBreaker(threshold=3, cooldown=60, clock=clock)
        breaker.record_failure(retry_after=10)
        assert not breaker.allow()
        assert breaker.remaining() == 10
        clock.advance(10)
        assert breaker.allow()
        breaker.record_failure(retry_after=300)
        assert breaker.remaining() == 300
