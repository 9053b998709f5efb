"""The daily-nudge scheduler: runs inside the app process, one tick every few seconds.

A tick costs what is DUE, not what exists: it reads claim rows whose retry time has come and
users whose `next_nudge_at <= now` (both indexed), nothing else.

Exactly one nudge per user and local day, across restarts and across several instances on one
database: before sending, the user-day is claimed with an INSERT guarded by a unique
constraint (`store.claim_nudge`). Whoever wins sends; everybody else only moves the user's
`next_nudge_at` on. The claim row then carries the delivery state (sent / retry with
`retry_at` / failed / gone / expired). A retry is taken by a compare-and-set on that row, so two
instances never retry the same nudge. A crash between claim and send leaves the row "claimed":
that nudge is lost rather than risked twice (at most once by design).

Late delivery (app down, retries) is allowed until the day's deadline (see `schedule.deadline`,
12:00 local for morning nudges); after it the day is skipped. A day the user already answered
(`/calm capacity …`) gets no nudge.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import Any, TypeVar

import structlog

from bot.nudge.content import build_nudge_content
from bot.nudge.planning import nudge_time_of
from bot.nudge.schedule import deadline, local_date, local_instant, parse_days_csv, to_utc, zone
from bot.nudge.sending import NudgeSender, SendResult, SendStatus
from bot.store import Store, UserKey, UserSettings

log = structlog.get_logger(__name__)

T = TypeVar("T")
Clock = Callable[[], dt.datetime]
# The workspaces (or tenants) this process may nudge, asked once per tick; None: all of them.
Workspaces = Callable[[], Awaitable[Sequence[str] | None]]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _runs_in_process(store: Store) -> bool:
    """An in-memory SQLite database lives in one connection; do not hop threads for it."""
    url = store.engine.url
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


class NudgeScheduler:
    """Sends due nudges for one platform through a `NudgeSender`.

    `workspaces` names the workspaces this process holds a token for (Slack: its own workspace
    with SLACK_BOT_TOKEN, every installed one with the install flow); users of any other
    workspace are left to the process that can reach them, never messaged with a wrong token.

    `clock` returns aware UTC datetimes (tests inject a fake one). Database calls run in a
    worker thread so the event loop keeps acknowledging chat requests meanwhile; up to
    `concurrency` users are handled at once (sends are network-bound).
    """

    def __init__(
        self,
        store: Store,
        sender: NudgeSender,
        *,
        platform: str,
        clock: Clock = _utc_now,
        max_attempts: int = 4,
        base_backoff_seconds: float = 30.0,
        send_timeout_seconds: float = 20.0,
        batch_size: int = 200,
        concurrency: int = 8,
        default_language: str | Callable[[UserKey], str] = "de",
        workspaces: Workspaces | None = None,
    ) -> None:
        """`default_language`: the check-in's language for users who chose none; a function
        of the user gives each their Slack/Teams client language where it is known."""
        self.store = store
        self.sender = sender
        self.platform = platform
        self.clock = clock
        self.max_attempts = max_attempts
        self.base_backoff = base_backoff_seconds
        self.send_timeout = send_timeout_seconds
        self.batch_size = batch_size
        self.concurrency = max(1, concurrency)
        self.default_language = default_language
        self.workspaces = workspaces
        self._inline_db = _runs_in_process(store)

    async def _db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        if self._inline_db:
            return fn(*args, **kwargs)
        return await asyncio.to_thread(partial(fn, *args, **kwargs))

    # --- the loop -----------------------------------------------------------------------
    async def run(
        self,
        interval_seconds: float,
        *,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        """Tick forever; a failing tick is logged and the next one tries again."""
        log.info("nudge.scheduler_started", platform=self.platform, interval=interval_seconds)
        while True:
            try:
                await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("nudge.tick_failed", platform=self.platform)
            await sleep(interval_seconds)

    async def tick(self) -> Counter[str]:
        """Handle every retry and every user that is due now; returns outcome counts."""
        now = to_utc(self.clock())
        outcomes: Counter[str] = Counter()
        gate = asyncio.Semaphore(self.concurrency)

        async def retry(key: UserKey, day: dt.date) -> str:
            async with gate:
                if not await self._db(self.store.take_nudge_retry, key, day, now):
                    return "retry_taken_elsewhere"
                settings = await self._db(self.store.get_user, key)
                return await self._attempt(key, settings, day, now)

        async def due_one(key: UserKey, settings: UserSettings) -> str:
            async with gate:
                return await self._handle_due(key, settings, now)

        teams = await self.workspaces() if self.workspaces is not None else None
        retries = await self._db(
            self.store.due_nudge_retries, self.platform, now, limit=self.batch_size, teams=teams
        )
        outcomes.update(await asyncio.gather(*(retry(k, d) for k, d in retries)))
        for _round in range(50):  # a backlog is worked off in batches; bounded per tick
            due = await self._db(
                self.store.due_nudge_users, self.platform, now, limit=self.batch_size, teams=teams
            )
            outcomes.update(await asyncio.gather(*(due_one(k, s) for k, s in due)))
            if len(due) < self.batch_size:
                break
        if outcomes:
            log.info("nudge.tick", platform=self.platform, **outcomes)
        return outcomes

    # --- one user ---------------------------------------------------------------------------
    async def _handle_due(self, key: UserKey, settings: UserSettings, now: dt.datetime) -> str:
        due_at = settings.next_nudge_at
        assert due_at is not None  # the query selects only rows with a due instant
        tz = zone(settings.timezone)
        at = nudge_time_of(settings)
        days = parse_days_csv(settings.nudge_days)
        day = local_date(due_at, tz)
        following = self._following_due(day, at, days, tz, now)
        if not settings.nudge_enabled:
            following, outcome = None, "disabled"
        elif day.weekday() not in days:
            outcome = "rescheduled"
        elif local_instant(day, at, tz) > now:
            # Time or zone changed without `reschedule_user`: wait for the right instant.
            following, outcome = local_instant(day, at, tz), "rescheduled"
        elif now > deadline(day, at, tz):
            outcome = "skipped_late"
        elif await self._db(self.store.get_capacity, key, day) is not None:
            outcome = "skipped_answered"
        elif not await self._db(self.store.claim_nudge, key, day):
            outcome = "already_claimed"
        else:
            outcome = ""
        await self._db(self.store.move_next_nudge, key, due_at, following)
        if outcome:
            log.info("nudge.not_sent", platform=self.platform, reason=outcome, day=str(day))
            return outcome
        return await self._attempt(key, settings, day, now)

    @staticmethod
    def _following_due(
        day: dt.date, at: dt.time, days: frozenset[int], tz: Any, now: dt.datetime
    ) -> dt.datetime | None:
        """The next selected day after `day` whose deadline has not passed yet."""
        if not days:
            return None
        candidate = day
        for _ in range(370):
            candidate += dt.timedelta(days=1)
            if candidate.weekday() in days and deadline(candidate, at, tz) >= now:
                return local_instant(candidate, at, tz)
        return None

    async def _attempt(
        self, key: UserKey, settings: UserSettings, day: dt.date, now: dt.datetime
    ) -> str:
        """Send the claimed nudge for `day` once and record the outcome on its claim row."""
        if not settings.nudge_enabled:
            await self._db(self.store.record_nudge_attempt, key, day, status="cancelled")
            return "cancelled"
        yesterday = day - dt.timedelta(days=1)
        counts = await self._db(self.store.usage_between, key, yesterday, yesterday)
        default = self.default_language
        language = default(key) if callable(default) else default
        content = build_nudge_content(key, settings, day, counts, default_language=language)
        try:
            result = await asyncio.wait_for(
                self.sender.send_nudge(key, content), timeout=self.send_timeout
            )
        except TimeoutError:
            result = SendResult.retry(None, "timeout")
        except Exception as exc:  # a sender bug or an unmapped transport error
            log.warning("nudge.send_error", platform=self.platform, error=type(exc).__name__)
            result = SendResult.retry(None, type(exc).__name__)

        if result.status is SendStatus.SENT:
            await self._db(
                self.store.record_nudge_attempt,
                key,
                day,
                status="sent",
                sent_at=now,
                channel=result.channel,
                message_ts=result.message_id,
            )
            log.info("nudge.sent", platform=self.platform, day=str(day))
            return "sent"
        if result.status is SendStatus.GONE:
            await self._db(self.store.record_nudge_attempt, key, day, status="gone")
            await self._db(self.store.update_user, key, nudge_enabled=False, next_nudge_at=None)
            log.warning(
                "nudge.user_unreachable_nudge_off", platform=self.platform, code=result.code
            )
            return "gone"
        if result.status is SendStatus.FAILED:
            await self._db(self.store.record_nudge_attempt, key, day, status="failed")
            log.warning("nudge.failed", platform=self.platform, code=result.code)
            return "failed"

        claim = await self._db(self.store.get_nudge_claim, key, day)
        attempts = (claim.attempts if claim else 0) + 1
        if result.retry_after is not None:
            delay = max(0.0, float(result.retry_after))
        else:
            delay = self.base_backoff * 2 ** (attempts - 1)
        retry_at = now + dt.timedelta(seconds=delay)
        at = nudge_time_of(settings)
        if attempts >= self.max_attempts or retry_at > deadline(day, at, zone(settings.timezone)):
            await self._db(self.store.record_nudge_attempt, key, day, status="expired")
            log.warning(
                "nudge.gave_up", platform=self.platform, attempts=attempts, code=result.code
            )
            return "gave_up"
        await self._db(
            self.store.record_nudge_attempt, key, day, status="retry", retry_at=retry_at
        )
        log.info(
            "nudge.retry_scheduled",
            platform=self.platform,
            attempts=attempts,
            delay_seconds=round(delay, 1),
            code=result.code,
        )
        return "retry"
