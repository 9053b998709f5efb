"""Where a user's next nudge sits in time: recomputed whenever their nudge settings change.

Call `reschedule_user` after any write to `nudge_enabled`, `nudge_time`, `nudge_days` or
`timezone` (the `/calm nudge` command, the opt-in button, the App Home settings modal, Teams
settings). The scheduler only ever reads users whose `next_nudge_at` has come.
"""

from __future__ import annotations

import datetime as dt

import structlog

from bot.nudge.schedule import next_due, parse_days_csv, parse_time, zone
from bot.store import Store, UserKey, UserSettings

log = structlog.get_logger(__name__)

DEFAULT_TIME = dt.time(9, 0)


def nudge_time_of(settings: UserSettings) -> dt.time:
    """The stored local time; a malformed value falls back to 09:00."""
    try:
        return parse_time(settings.nudge_time or "")
    except ValueError:
        return DEFAULT_TIME


def next_nudge_for(settings: UserSettings, now: dt.datetime) -> dt.datetime | None:
    """The UTC instant of the next nudge strictly after `now`, or None when it is off."""
    if not settings.nudge_enabled:
        return None
    due = next_due(
        now,
        nudge_time_of(settings),
        parse_days_csv(settings.nudge_days),
        zone(settings.timezone),
    )
    return due[1] if due else None


def reschedule_user(store: Store, key: UserKey, now: dt.datetime) -> None:
    """Recompute and store `next_nudge_at` from the user's current settings.

    A nudge already claimed for today is never sent twice: if the new time is later today,
    the scheduler finds today's claim and moves on to the next day.
    """
    settings = store.get_user(key)
    nxt = next_nudge_for(settings, now)
    store.update_user(
        key, next_nudge_at=None if nxt is None else nxt.astimezone(dt.UTC).replace(tzinfo=None)
    )
    log.info(
        "nudge.rescheduled",
        platform=key.platform,
        enabled=settings.nudge_enabled,
        scheduled=nxt is not None,
    )
