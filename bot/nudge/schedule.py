"""Scheduling math for the daily nudge: local wall-clock times, weekdays, DST and deadlines.

Pure functions over `zoneinfo`; no database, no platform. All instants that leave this module
are timezone-aware UTC.

Rules:
- The nudge is due at the user's local `HH:MM` on selected weekdays.
- DST: 09:00 local on a switch day is still 09:00 local. A local time that does not exist
  (02:30 on spring-forward) moves forward by the length of the gap (→ 03:30); an ambiguous one
  (02:30 on fall-back) is the first occurrence.
- A nudge that could not go out on time (app down, retries) is still sent until the day's
  deadline: 12:00 local for morning nudges; for a nudge at or after noon, three hours after it
  (never past midnight). After the deadline the day is skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WORKDAYS: frozenset[int] = frozenset(range(5))
NOON = dt.time(12, 0)
LATE_GRACE = dt.timedelta(hours=3)
UTC = dt.UTC

_TIME_RE = re.compile(r"^([01]?\d|2[0-3])[:.h]([0-5]\d)$")


def parse_time(text: str) -> dt.time:
    """"08:30", "8:30", "8.30", "8h30" → 08:30. Raises `ValueError` otherwise."""
    m = _TIME_RE.match(text.strip().lower())
    if not m:
        raise ValueError("not a time of day")
    return dt.time(int(m.group(1)), int(m.group(2)))


def format_time(t: dt.time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def parse_days_csv(stored: str | None) -> frozenset[int]:
    """The stored form "mon,tue,wed" → weekday numbers (Monday = 0). Unknown parts are ignored."""
    if not stored:
        return frozenset()
    return frozenset(
        WEEKDAY_NAMES.index(part) for part in stored.split(",") if part in WEEKDAY_NAMES
    )


def days_csv(days: frozenset[int] | set[int]) -> str:
    """Weekday numbers → the stored form, in week order."""
    return ",".join(WEEKDAY_NAMES[d] for d in sorted(days))


def zone(name: str | None) -> ZoneInfo:
    """The user's zone; an unknown or missing name falls back to UTC."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return ZoneInfo("UTC")


def to_utc(instant: dt.datetime) -> dt.datetime:
    """Aware → UTC; naive values are taken as UTC (that is how the database stores them)."""
    if instant.tzinfo is None:
        return instant.replace(tzinfo=UTC)
    return instant.astimezone(UTC)


def local_date(now: dt.datetime, tz: ZoneInfo) -> dt.date:
    """The user's calendar day at `now`."""
    return to_utc(now).astimezone(tz).date()


def local_instant(day: dt.date, at: dt.time, tz: ZoneInfo) -> dt.datetime:
    """The UTC instant of wall-clock `at` on `day` in `tz`, with the DST rules above."""
    # PEP 495: fold=0 resolves a gap with the offset from before the transition, which lands
    # "gap length" later on the wall clock (02:30 → 03:30), and an ambiguous time to its
    # first occurrence.
    return dt.datetime.combine(day, at).replace(tzinfo=tz, fold=0).astimezone(UTC)


def deadline(day: dt.date, at: dt.time, tz: ZoneInfo) -> dt.datetime:
    """The last UTC instant at which the nudge for `day` may still go out."""
    if at < NOON:
        return local_instant(day, NOON, tz)
    due = local_instant(day, at, tz)
    midnight = local_instant(day + dt.timedelta(days=1), dt.time(0, 0), tz)
    return min(due + LATE_GRACE, midnight)


def next_due(
    now: dt.datetime,
    at: dt.time,
    days: frozenset[int],
    tz: ZoneInfo,
    *,
    after_day: dt.date | None = None,
) -> tuple[dt.date, dt.datetime] | None:
    """The next (local day, UTC instant) when a nudge is due, or None when no day is selected.

    Without `after_day`: the first selected day whose nudge time is strictly after `now`.
    With `after_day`: the first selected day after it (used after a day was handled), whose
    instant may already be past — the scheduler then catches up until the deadline.
    """
    if not days:
        return None
    now = to_utc(now)
    if after_day is not None:
        day = after_day + dt.timedelta(days=1)
        for _ in range(8):
            if day.weekday() in days:
                return day, local_instant(day, at, tz)
            day += dt.timedelta(days=1)
        return None
    day = local_date(now, tz) - dt.timedelta(days=1)  # a west-of-UTC "yesterday" may be due
    for _ in range(10):
        if day.weekday() in days:
            instant = local_instant(day, at, tz)
            if instant > now:
                return day, instant
        day += dt.timedelta(days=1)
    return None
