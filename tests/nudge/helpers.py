"""Small helpers shared by the nudge tests (fake clock, user set-up, a recording sender)."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from bot.nudge.content import NudgeContent
from bot.nudge.planning import reschedule_user
from bot.nudge.sending import SendResult
from bot.store import Store, UserKey

UTC = dt.UTC


class FakeClock:
    """A settable clock returning aware UTC datetimes."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def set(self, instant: dt.datetime) -> None:
        self.now = instant.astimezone(UTC)

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def local(day: dt.date, hour: int, minute: int, tz: str) -> dt.datetime:
    """An aware datetime for local wall time in `tz` (first occurrence)."""
    return dt.datetime.combine(day, dt.time(hour, minute)).replace(tzinfo=ZoneInfo(tz))


def add_user(
    store: Store,
    user: str,
    tz: str | None,
    now: dt.datetime,
    *,
    team: str = "T0CALM",
    platform: str = "slack",
    time: str = "09:00",
    days: str = "mon,tue,wed,thu,fri",
    language: str | None = None,
) -> UserKey:
    key = UserKey(platform, team, user)
    store.update_user(
        key,
        nudge_enabled=True,
        timezone=tz,
        nudge_time=time,
        nudge_days=days,
        language=language,
    )
    reschedule_user(store, key, now)
    return key


class RecordingSender:
    """A `NudgeSender` that records deliveries and answers from a script (default: sent)."""

    def __init__(self, results: Iterable[SendResult] = (), delay: float = 0.0) -> None:
        self.results = list(results)
        self.delay = delay
        self.sent: list[tuple[UserKey, NudgeContent]] = []
        self.calls = 0

    async def send_nudge(self, key: UserKey, content: NudgeContent) -> SendResult:
        self.calls += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        result = self.results.pop(0) if self.results else SendResult.sent(channel="D1")
        if result.status == "sent":
            self.sent.append((key, content))
        return result
