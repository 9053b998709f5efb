"""A circuit breaker, so a broken LLM endpoint costs one timeout, not one per request.

Closed: calls go through. After `threshold` consecutive failures it opens for `cooldown`
seconds (or the server's Retry-After, when that is longer); while open, `allow()` is False and
the refiner answers at once with a note. When the pause is over one trial call is let through
(half-open): success closes the breaker, failure opens it again. A 429 with Retry-After pauses
the stage for that long straight away: the server said when to come back.

`open_reason` says why the breaker is open, so a note can tell the truth: "rate_limited" (the
server asked for a pause) or "failures" (`threshold` failures in a row, or a failed trial).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    def __init__(
        self,
        *,
        threshold: int = 3,
        cooldown: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if threshold < 1 or cooldown < 0:
            raise ValueError("threshold must be >= 1 and cooldown >= 0")
        self.threshold = threshold
        self.cooldown = cooldown
        self._clock = clock
        self._failures = 0
        self._open_until: float | None = None
        self._trial_running = False
        self.open_reason: str | None = None

    @property
    def state(self) -> BreakerState:
        if self._open_until is None:
            return BreakerState.CLOSED
        if self._clock() < self._open_until:
            return BreakerState.OPEN
        return BreakerState.HALF_OPEN

    @property
    def consecutive_failures(self) -> int:
        return self._failures

    def remaining(self) -> float:
        """Seconds until the next trial call is allowed (0 when not open)."""
        if self._open_until is None:
            return 0.0
        return max(0.0, self._open_until - self._clock())

    def allow(self) -> bool:
        """May a call go out now? In half-open state only one trial at a time."""
        state = self.state
        if state is BreakerState.CLOSED:
            return True
        if state is BreakerState.OPEN or self._trial_running:
            return False
        self._trial_running = True
        return True

    def record_success(self) -> None:
        self._failures = 0
        self._open_until = None
        self._trial_running = False
        self.open_reason = None

    def record_failure(self, *, retry_after: float | None = None) -> None:
        was_trial = self._trial_running
        self._trial_running = False
        self._failures += 1
        now = self._clock()
        pause, reason = 0.0, None
        if was_trial or self._failures >= self.threshold:
            pause, reason = max(self.cooldown, retry_after or 0.0), "failures"
        elif retry_after:
            pause, reason = retry_after, "rate_limited"
        if pause > 0:
            until = now + pause
            self._open_until = max(until, self._open_until or until)
            self.open_reason = reason
        elif self._open_until is not None and now >= self._open_until:
            self._open_until = None
            self.open_reason = None

    def record_neutral(self) -> None:
        """The call went out and came back but says nothing about health (e.g. cancelled)."""
        self._trial_running = False
