"""Exactly-once across two scheduler instances on PostgreSQL (runs only with DATABASE_URL).

Set DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/db to run it; the test uses its own
platform name so it never touches other rows, and deletes what it wrote.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import delete

from bot.nudge.scheduler import NudgeScheduler
from bot.store import Store
from bot.store.schema import CapacityRow, NudgeClaimRow, UserRow
from tests.nudge.helpers import FakeClock, RecordingSender, add_user, local

DATABASE_URL = os.environ.get("DATABASE_URL", "")

pytestmark = pytest.mark.skipif(
    not DATABASE_URL.startswith(("postgres://", "postgresql")),
    reason="PostgreSQL test: set DATABASE_URL=postgresql://… to run it",
)

MONDAY = dt.date(2026, 5, 4)


@pytest.fixture
def platform() -> Iterator[str]:
    name = f"pg{uuid.uuid4().hex[:10]}"
    yield name
    store = Store.from_url(DATABASE_URL)
    with store.session() as s, s.begin():
        for table in (NudgeClaimRow, CapacityRow, UserRow):
            s.execute(delete(table).where(table.platform == name))
    store.engine.dispose()


async def test_two_instances_send_each_nudge_once(platform: str) -> None:
    """Two schedulers with separate engines tick at once; every user gets exactly one nudge."""
    clock = FakeClock(local(MONDAY, 8, 0, "Europe/Berlin"))
    setup = Store.from_url(DATABASE_URL)
    users = [f"U{i:03d}" for i in range(30)]
    for u in users:
        add_user(setup, u, "Europe/Berlin", clock(), platform=platform)
    setup.engine.dispose()
    clock.set(local(MONDAY, 9, 0, "Europe/Berlin"))

    a_store, b_store = Store.from_url(DATABASE_URL), Store.from_url(DATABASE_URL)
    a_sender, b_sender = RecordingSender(delay=0.002), RecordingSender(delay=0.002)
    try:
        a = NudgeScheduler(a_store, a_sender, platform=platform, clock=clock)
        b = NudgeScheduler(b_store, b_sender, platform=platform, clock=clock)
        await asyncio.gather(a.tick(), b.tick())
        clock.advance(minutes=1)
        await asyncio.gather(a.tick(), b.tick())
    finally:
        a_store.engine.dispose()
        b_store.engine.dispose()
    delivered = sorted(k.user for k, _ in a_sender.sent + b_sender.sent)
    assert delivered == users
