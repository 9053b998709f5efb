"""What one nudge-scheduler tick costs with 10,000 users in SQLite.

A tick reads only due rows (indexed `next_nudge_at`, due retries by `retry_at`), so its cost
should follow the number of DUE users, not the number of users. Prints p50/max of ticks when
nobody is due (target < 50 ms) and of ticks with N due users, with a sender that answers
"sent" at once (calm's own database work) and one that takes `--send-ms` like a real API
(up to 8 sends run at once).

    .venv/bin/python bench/nudge_tick.py [--users 10000] [--due 100] [--ticks 20] [--send-ms 100]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

import structlog
from sqlalchemy import update

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.nudge.content import NudgeContent
from bot.nudge.scheduler import NudgeScheduler
from bot.nudge.sending import SendResult
from bot.store import Store, UserKey
from bot.store.schema import UserRow

ZONES = ("Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London", "UTC")
START = dt.datetime(2026, 5, 4, 3, 0, tzinfo=dt.UTC)  # Monday, before anyone's 09:00


class NoopSender:
    def __init__(self) -> None:
        self.sent = 0
        self.latency = 0.0  # seconds; simulates the chat API's round trip

    async def send_nudge(self, key: UserKey, content: NudgeContent) -> SendResult:
        if self.latency:
            await asyncio.sleep(self.latency)
        self.sent += 1
        return SendResult.sent(channel=key.user, message_id="1.0")


def populate(store: Store, users: int) -> None:
    """`users` enabled users, nudges due over the coming hours (none due at START)."""
    rows = []
    for i in range(users):
        due = START + dt.timedelta(hours=6, minutes=10 + (i % 600))  # after the due waves below
        rows.append(
            UserRow(
                platform="slack",
                team="TBENCH",
                user=f"U{i:06d}",
                timezone=ZONES[i % len(ZONES)],
                nudge_enabled=True,
                nudge_offered=True,
                nudge_time="09:00",
                nudge_days="mon,tue,wed,thu,fri",
                next_nudge_at=due.replace(tzinfo=None),
            )
        )
    with store.session() as s, s.begin():
        s.add_all(rows)


def make_due(store: Store, users: list[str], now: dt.datetime) -> None:
    """Make these users due now (a 09:00 wave in Berlin)."""
    with store.session() as s, s.begin():
        s.execute(
            update(UserRow)
            .where(UserRow.user.in_(users))
            .values(
                next_nudge_at=now.replace(tzinfo=None) - dt.timedelta(seconds=1),
                timezone="Europe/Berlin",
            )
        )


async def measure(scheduler: NudgeScheduler, ticks: int, before_each=None) -> list[float]:
    times = []
    for _ in range(ticks):
        if before_each:
            before_each()
        t0 = time.perf_counter()
        await scheduler.tick()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def fmt(ms: list[float]) -> str:
    return f"p50 {statistics.median(ms):7.2f} ms   max {max(ms):7.2f} ms   (n={len(ms)})"


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--due", type=int, default=100)
    parser.add_argument("--ticks", type=int, default=20)
    parser.add_argument("--send-ms", type=int, default=100, help="simulated API latency")
    args = parser.parse_args()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.from_url(f"sqlite:///{Path(tmp) / 'bench.db'}")
        t0 = time.perf_counter()
        populate(store, args.users)
        print(f"populated {args.users} users in {time.perf_counter() - t0:.1f} s")

        now = START
        sender = NoopSender()
        scheduler = NudgeScheduler(store, sender, platform="slack", clock=lambda: now)
        await scheduler.tick()  # warm-up (connections, statement cache)
        idle = await measure(scheduler, args.ticks)
        ok = statistics.median(idle) < 50 and max(idle) < 50
        verdict = "ok" if ok else "MISSED"
        print(f"tick, nobody due           : {fmt(idle)}   target < 50 ms: {verdict}")

        # The due waves run at 09:30 in Berlin, when a 09:00 nudge there is really due to go out.
        now = START.replace(hour=7, minute=30)
        waves = max(3, args.ticks // 4)
        for n, latency_ms in enumerate((0, args.send_ms)):
            sender.latency = latency_ms / 1000
            due_times = []
            for wave in range(n * waves, (n + 1) * waves):
                users = [f"U{i:06d}" for i in range(wave * args.due, (wave + 1) * args.due)]
                make_due(store, users, now)
                due_times += await measure(scheduler, 1)
            per_user = statistics.median(due_times) / args.due
            print(
                f"tick, {args.due} due, send {latency_ms:3d} ms: {fmt(due_times)}   "
                f"≈ {per_user:.2f} ms per due user"
            )
        print(f"nudges sent: {sender.sent}")
        store.engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
