"""The scheduler against a real SQLite file and the local Slack Web API stand-in.

Time is a fake clock; the scheduler is ticked by hand at chosen instants.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
from collections.abc import AsyncIterator

import pytest
from slack_sdk.web.async_client import AsyncWebClient
from structlog.testing import capture_logs

from bot.coach.model import Capacity
from bot.nudge.scheduler import NudgeScheduler
from bot.nudge.sending import SendResult
from bot.slack.nudge_sender import SlackNudgeSender
from bot.store import Store, UserKey
from bot.store.store import NudgeClaim
from tests.nudge.helpers import FakeClock, RecordingSender, add_user, local
from tests.support.fake_slack import FakeSlack

UTC = dt.UTC
MONDAY = dt.date(2026, 5, 4)


@pytest.fixture
async def slack_client(fake_slack: FakeSlack) -> AsyncIterator[AsyncWebClient]:
    yield AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)


def slack_scheduler(store: Store, client: AsyncWebClient, clock: FakeClock) -> NudgeScheduler:
    return NudgeScheduler(store, SlackNudgeSender(client), platform="slack", clock=clock)


def posted_to(fake: FakeSlack, user: str) -> int:
    return sum(1 for c in fake.calls("chat.postMessage") if c.body.get("channel") == user)


def claim(store: Store, key: UserKey, day: dt.date) -> NudgeClaim | None:
    return store.get_nudge_claim(key, day)


async def tick_hourly(scheduler: NudgeScheduler, clock: FakeClock, hours: int) -> None:
    for _ in range(hours):
        await scheduler.tick()
        clock.advance(hours=1)


class TestDelivery:
    async def test_nine_local_in_three_zones_on_workdays_only(
        self, store: Store, clock: FakeClock, fake_slack: FakeSlack, slack_client: AsyncWebClient
    ) -> None:
        """Over a week, each user gets one DM per workday at 09:00 local, none at weekends."""
        clock.set(dt.datetime(2026, 5, 2, 0, 0, tzinfo=UTC))  # Saturday
        zones = {"UBER": "Europe/Berlin", "UNYC": "America/New_York", "UTYO": "Asia/Tokyo"}
        keys = {u: add_user(store, u, tz, clock()) for u, tz in zones.items()}
        scheduler = slack_scheduler(store, slack_client, clock)

        await tick_hourly(scheduler, clock, 24 * 10)  # Sat 2 May .. Mon 11 May

        workdays = [dt.date(2026, 5, d) for d in (4, 5, 6, 7, 8, 11)]
        for user, tz in zones.items():
            assert posted_to(fake_slack, user) == 6, (user, fake_slack.methods())
            for day in workdays:
                c = claim(store, keys[user], day)
                assert c is not None and c.status == "sent"
                assert c.sent_at == local(day, 9, 0, tz).astimezone(UTC).replace(tzinfo=None)
            for weekend in (dt.date(2026, 5, 2), dt.date(2026, 5, 3), dt.date(2026, 5, 9)):
                assert claim(store, keys[user], weekend) is None

    async def test_dm_has_four_buttons_a_tip_and_yesterdays_count(
        self, store: Store, clock: FakeClock, fake_slack: FakeSlack, slack_client: AsyncWebClient
    ) -> None:
        """The DM carries the question, free/some/full/overbooked, a tip, yesterday's count."""
        clock.set(local(MONDAY, 8, 0, "Europe/Berlin"))
        key = add_user(store, "U1", "Europe/Berlin", clock())
        store.record_usage(key, MONDAY - dt.timedelta(days=1), "scope_creep")
        store.record_usage(key, MONDAY - dt.timedelta(days=1), "harsh_tone")
        clock.set(local(MONDAY, 9, 0, "Europe/Berlin"))
        await slack_scheduler(store, slack_client, clock).tick()

        [call] = fake_slack.calls("chat.postMessage")
        blocks = call.body["blocks"]
        buttons = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
        assert [b["text"]["text"] for b in buttons] == ["frei", "etwas Luft", "voll", "überbucht"]
        assert [b["action_id"] for b in buttons] == [
            "nudge_capacity_free",
            "nudge_capacity_some",
            "nudge_capacity_full",
            "nudge_capacity_overbooked",
        ]
        context = [b["elements"][0]["text"] for b in blocks if b["type"] == "context"]
        assert len(context) == 2 and "Gestern: 2 Kundennachrichten" in context[1]
        assert "Guten Morgen" in call.body["text"]

    async def test_an_answered_day_gets_no_nudge(
        self, store: Store, clock: FakeClock, fake_slack: FakeSlack, slack_client: AsyncWebClient
    ) -> None:
        """Who already said `/calm capacity voll` today is not asked again."""
        clock.set(local(MONDAY, 7, 0, "Europe/Berlin"))
        key = add_user(store, "U1", "Europe/Berlin", clock())
        store.set_capacity(key, MONDAY, Capacity.FULL)
        scheduler = slack_scheduler(store, slack_client, clock)
        await tick_hourly(scheduler, clock, 24 + 4)
        assert posted_to(fake_slack, "U1") == 1  # only Tuesday's
        assert claim(store, key, MONDAY) is None


class TestExactlyOnce:
    async def test_restart_does_not_send_again(
        self, db_url: str, store: Store, clock: FakeClock, fake_slack: FakeSlack,
        slack_client: AsyncWebClient,
    ) -> None:
        """A new scheduler on the same database, even with a stale due row, sends nothing twice."""
        clock.set(local(MONDAY, 9, 0, "Europe/Berlin"))
        key = add_user(store, "U1", "Europe/Berlin", clock() - dt.timedelta(minutes=1))
        await slack_scheduler(store, slack_client, clock).tick()
        assert posted_to(fake_slack, "U1") == 1

        # Simulate a crash after the claim but before next_nudge_at moved on.
        store.update_user(key, next_nudge_at=dt.datetime(2026, 5, 4, 7, 0))
        restarted = Store.from_url(db_url)
        try:
            clock.advance(minutes=5)
            again = slack_scheduler(restarted, slack_client, clock)
            outcomes = await again.tick()
            assert outcomes["already_claimed"] == 1
            await tick_hourly(again, clock, 3)
        finally:
            restarted.engine.dispose()
        assert posted_to(fake_slack, "U1") == 1
        assert restarted is not store

    async def test_two_instances_on_one_sqlite_file(
        self, db_url: str, store: Store, clock: FakeClock, fake_slack: FakeSlack,
        slack_client: AsyncWebClient,
    ) -> None:
        """Two schedulers with their own engines tick concurrently; every user gets one DM."""
        clock.set(local(MONDAY, 8, 0, "Europe/Berlin"))
        users = [f"U{i:03d}" for i in range(40)]
        for u in users:
            add_user(store, u, "Europe/Berlin", clock())
        clock.set(local(MONDAY, 9, 0, "Europe/Berlin"))
        a_store, b_store = Store.from_url(db_url), Store.from_url(db_url)
        try:
            a = slack_scheduler(a_store, slack_client, clock)
            b = slack_scheduler(b_store, slack_client, clock)
            ra, rb = await asyncio.gather(a.tick(), b.tick())
            await asyncio.gather(a.tick(), b.tick())
        finally:
            a_store.engine.dispose()
            b_store.engine.dispose()
        assert ra["sent"] + rb["sent"] == len(users)
        assert sorted(c.body["channel"] for c in fake_slack.calls("chat.postMessage")) == users


class TestLateAndDst:
    async def test_catch_up_before_noon(
        self, store: Store, clock: FakeClock, fake_slack: FakeSlack, slack_client: AsyncWebClient
    ) -> None:
        """Down at 09:00, back at 11:40: the nudge goes out once, right away."""
        clock.set(local(MONDAY, 6, 0, "Europe/Berlin"))
        add_user(store, "U1", "Europe/Berlin", clock())
        clock.set(local(MONDAY, 11, 40, "Europe/Berlin"))
        scheduler = slack_scheduler(store, slack_client, clock)
        assert (await scheduler.tick())["sent"] == 1
        clock.advance(minutes=30)
        await scheduler.tick()
        assert posted_to(fake_slack, "U1") == 1

    async def test_none_after_noon_then_next_day_as_usual(
        self, store: Store, clock: FakeClock, fake_slack: FakeSlack, slack_client: AsyncWebClient
    ) -> None:
        """Back at 12:05: Monday is skipped, Tuesday's nudge comes at 09:00."""
        clock.set(local(MONDAY, 6, 0, "Europe/Berlin"))
        key = add_user(store, "U1", "Europe/Berlin", clock())
        clock.set(local(MONDAY, 12, 5, "Europe/Berlin"))
        scheduler = slack_scheduler(store, slack_client, clock)
        assert (await scheduler.tick())["skipped_late"] == 1
        assert posted_to(fake_slack, "U1") == 0
        assert store.get_user(key).next_nudge_at == dt.datetime(2026, 5, 5, 7, 0)
        clock.set(local(dt.date(2026, 5, 5), 9, 0, "Europe/Berlin"))
        await scheduler.tick()
        assert posted_to(fake_slack, "U1") == 1

    async def test_down_for_days_sends_only_today(
        self, store: Store, clock: FakeClock, fake_slack: FakeSlack, slack_client: AsyncWebClient
    ) -> None:
        """After three days offline, only today's nudge goes out (once), not the missed ones."""
        clock.set(local(MONDAY, 6, 0, "Europe/Berlin"))
        add_user(store, "U1", "Europe/Berlin", clock())
        clock.set(local(dt.date(2026, 5, 7), 10, 0, "Europe/Berlin"))
        scheduler = slack_scheduler(store, slack_client, clock)
        await scheduler.tick()
        await scheduler.tick()
        assert posted_to(fake_slack, "U1") == 1

    @pytest.mark.parametrize(
        ("tz", "switch_day", "days"),
        [
            ("Europe/Berlin", dt.date(2026, 3, 29), "mon,tue,wed,thu,fri,sat,sun"),
            ("Europe/Berlin", dt.date(2026, 10, 25), "mon,tue,wed,thu,fri,sat,sun"),
            ("America/New_York", dt.date(2026, 3, 9), "mon,tue,wed,thu,fri"),  # Monday after
        ],
    )
    async def test_dst_switch_keeps_local_wall_time(
        self, store: Store, clock: FakeClock, fake_slack: FakeSlack,
        slack_client: AsyncWebClient, tz: str, switch_day: dt.date, days: str,
    ) -> None:
        """Around a DST switch nudges keep local wall time; 02:30 on spring-forward is 03:30."""
        start = switch_day - dt.timedelta(days=2)
        clock.set(local(start, 0, 0, tz))
        nine = add_user(store, "U9", tz, clock(), days=days)
        early = add_user(store, "U2", tz, clock(), time="02:30", days=days)
        scheduler = slack_scheduler(store, slack_client, clock)
        for _ in range(4 * 24 * 4):  # every 15 minutes for four days
            await scheduler.tick()
            clock.advance(minutes=15)
        for offset in range(4):
            day = start + dt.timedelta(days=offset)
            if day.strftime("%a").lower() not in days:
                continue
            c = claim(store, nine, day)
            assert c is not None and c.sent_at is not None
            assert c.sent_at.replace(tzinfo=UTC).astimezone(local(day, 0, 0, tz).tzinfo).time() == (
                dt.time(9, 0)
            )
            c2 = claim(store, early, day)
            assert c2 is not None and c2.sent_at is not None
            shown = c2.sent_at.replace(tzinfo=UTC).astimezone(local(day, 0, 0, tz).tzinfo)
            gap_day = day == switch_day and day == dt.date(2026, 3, 29)
            expected = dt.time(3, 30) if gap_day else dt.time(2, 30)
            assert (shown.date(), shown.time()) == (day, expected)


class TestFailures:
    async def test_429_with_retry_after_then_exactly_one_message(
        self, store: Store, clock: FakeClock, fake_slack: FakeSlack, slack_client: AsyncWebClient
    ) -> None:
        """Rate limited: the retry waits for Retry-After, then one message is delivered."""
        clock.set(local(MONDAY, 8, 0, "Europe/Berlin"))
        key = add_user(store, "U1", "Europe/Berlin", clock())
        fake_slack.script("chat.postMessage", status=429, headers={"Retry-After": "90"})
        clock.set(local(MONDAY, 9, 0, "Europe/Berlin"))
        scheduler = slack_scheduler(store, slack_client, clock)
        assert (await scheduler.tick())["retry"] == 1
        clock.advance(seconds=60)
        assert not await scheduler.tick()  # still waiting
        clock.advance(seconds=30)
        assert (await scheduler.tick())["sent"] == 1
        clock.advance(minutes=10)
        await scheduler.tick()
        calls = fake_slack.calls("chat.postMessage")
        assert len(calls) == 2  # one rejected with 429, one delivered
        c = claim(store, key, MONDAY)
        assert c is not None and (c.status, c.attempts) == ("sent", 2)
        assert c.message_ts and c.channel == "U1"

    async def test_user_who_left_is_not_retried_and_nudge_goes_off(
        self, store: Store, clock: FakeClock, fake_slack: FakeSlack, slack_client: AsyncWebClient
    ) -> None:
        """`user_not_found`: one attempt, the nudge is switched off, a log line says so."""
        clock.set(local(MONDAY, 8, 0, "Europe/Berlin"))
        key = add_user(store, "U1", "Europe/Berlin", clock())
        fake_slack.script("chat.postMessage", body={"ok": False, "error": "user_not_found"})
        clock.set(local(MONDAY, 9, 0, "Europe/Berlin"))
        scheduler = slack_scheduler(store, slack_client, clock)
        with capture_logs() as logs:
            assert (await scheduler.tick())["gone"] == 1
        await tick_hourly(scheduler, clock, 48)
        assert len(fake_slack.calls("chat.postMessage")) == 1
        settings = store.get_user(key)
        assert not settings.nudge_enabled and settings.next_nudge_at is None
        assert any(
            e["event"] == "nudge.user_unreachable_nudge_off" and e["code"] == "user_not_found"
            for e in logs
        )

    async def test_server_errors_back_off_then_give_up(
        self, store: Store, clock: FakeClock, fake_slack: FakeSlack, slack_client: AsyncWebClient
    ) -> None:
        """503s are retried with growing delays, at most four attempts in all."""
        clock.set(local(MONDAY, 8, 0, "Europe/Berlin"))
        key = add_user(store, "U1", "Europe/Berlin", clock())
        fake_slack.script("chat.postMessage", status=503, times=10)
        clock.set(local(MONDAY, 9, 0, "Europe/Berlin"))
        scheduler = slack_scheduler(store, slack_client, clock)
        attempt_times = []
        for _ in range(60):  # ten minutes in 10 s steps
            before = len(fake_slack.calls("chat.postMessage"))
            await scheduler.tick()
            if len(fake_slack.calls("chat.postMessage")) > before:
                attempt_times.append(clock())
            clock.advance(seconds=10)
        gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(attempt_times)]
        assert gaps == [30, 60, 120]
        c = claim(store, key, MONDAY)
        assert c is not None and (c.status, c.attempts) == ("expired", 4)
        assert store.get_user(key).nudge_enabled  # tomorrow is another day

    async def test_retry_stops_at_the_deadline(self, store: Store, clock: FakeClock) -> None:
        """A Retry-After that ends after noon is not waited for."""
        clock.set(local(MONDAY, 8, 0, "Europe/Berlin"))
        key = add_user(store, "U1", "Europe/Berlin", clock())
        sender = RecordingSender([SendResult.retry(3600.0, "ratelimited")])
        clock.set(local(MONDAY, 11, 30, "Europe/Berlin"))
        scheduler = NudgeScheduler(store, sender, platform="slack", clock=clock)
        assert (await scheduler.tick())["gave_up"] == 1
        clock.advance(hours=2)
        await scheduler.tick()
        assert sender.calls == 1 and claim(store, key, MONDAY).status == "expired"

    async def test_a_hanging_send_times_out_and_is_retried(
        self, store: Store, clock: FakeClock
    ) -> None:
        """A send that does not return in time counts as a failed attempt, retried later."""
        clock.set(local(MONDAY, 8, 0, "Europe/Berlin"))
        add_user(store, "U1", "Europe/Berlin", clock())
        sender = RecordingSender(delay=0.2)
        clock.set(local(MONDAY, 9, 0, "Europe/Berlin"))
        scheduler = NudgeScheduler(
            store, sender, platform="slack", clock=clock, send_timeout_seconds=0.02
        )
        assert (await scheduler.tick())["retry"] == 1
        sender.delay = 0
        clock.advance(seconds=30)
        assert (await scheduler.tick())["sent"] == 1

    async def test_only_its_own_platform(self, store: Store, clock: FakeClock) -> None:
        """A Slack scheduler leaves Teams users to the Teams scheduler."""
        clock.set(local(MONDAY, 8, 0, "Europe/Berlin"))
        add_user(store, "U1", "Europe/Berlin", clock(), platform="teams")
        sender = RecordingSender()
        clock.set(local(MONDAY, 9, 0, "Europe/Berlin"))
        await NudgeScheduler(store, sender, platform="slack", clock=clock).tick()
        assert sender.calls == 0


class RaisingSender:
    calls = 0

    async def send_nudge(self, key: UserKey, content: object) -> SendResult:
        self.calls += 1
        raise RuntimeError("boom")


class TestLoop:
    async def test_a_crashing_sender_counts_as_a_retry(
        self, store: Store, clock: FakeClock
    ) -> None:
        """An exception from the sender is a failed attempt to retry, not a dead scheduler."""
        clock.set(local(MONDAY, 8, 0, "Europe/Berlin"))
        key = add_user(store, "U1", "Europe/Berlin", clock())
        clock.set(local(MONDAY, 9, 0, "Europe/Berlin"))
        outcomes = await NudgeScheduler(
            store, RaisingSender(), platform="slack", clock=clock
        ).tick()
        assert outcomes["retry"] == 1
        assert claim(store, key, MONDAY).status == "retry"

    async def test_run_keeps_ticking_after_a_failing_tick(
        self, store: Store, clock: FakeClock
    ) -> None:
        """A tick that raises is logged; the loop sleeps and ticks again."""
        clock.set(local(MONDAY, 8, 0, "Europe/Berlin"))
        add_user(store, "U1", "Europe/Berlin", clock())
        clock.set(local(MONDAY, 9, 0, "Europe/Berlin"))
        sender = RecordingSender()
        scheduler = NudgeScheduler(store, sender, platform="slack", clock=clock)
        real_tick, ticks = scheduler.tick, []

        async def flaky_tick() -> object:
            ticks.append(1)
            if len(ticks) == 1:
                raise OSError("database went away")
            return await real_tick()

        scheduler.tick = flaky_tick  # type: ignore[method-assign]
        sleeps: list[float] = []

        async def fake_sleep(seconds: float) -> None:
            sleeps.append(seconds)
            if len(sleeps) == 2:
                raise asyncio.CancelledError

        with capture_logs() as logs, pytest.raises(asyncio.CancelledError):
            await scheduler.run(30.0, sleep=fake_sleep)
        assert sleeps == [30.0, 30.0] and len(sender.sent) == 1
        assert any(e["event"] == "nudge.tick_failed" for e in logs)

    async def test_zone_learned_later_moves_the_nudge_to_local_nine(
        self, store: Store, clock: FakeClock
    ) -> None:
        """Enabled without a zone (UTC), zone stored later without a reschedule: 09:00 local."""
        clock.set(dt.datetime(2026, 5, 4, 6, 0, tzinfo=UTC))
        key = add_user(store, "U1", None, clock())  # due 09:00 UTC
        store.update_user(key, timezone="America/New_York")  # e.g. App Home learned it
        sender = RecordingSender()
        scheduler = NudgeScheduler(store, sender, platform="slack", clock=clock)
        clock.set(dt.datetime(2026, 5, 4, 9, 0, tzinfo=UTC))
        assert (await scheduler.tick())["rescheduled"] == 1
        clock.set(local(MONDAY, 9, 0, "America/New_York"))
        assert (await scheduler.tick())["sent"] == 1
        assert claim(store, key, MONDAY).sent_at == dt.datetime(2026, 5, 4, 13, 0)
