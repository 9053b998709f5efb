"""Fixtures for the nudge tests: a fake clock, a file-backed SQLite store, the fake Slack API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import Store
from tests.nudge.helpers import FakeClock
from tests.support.fixtures import *  # noqa: F403


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'calm.db'}"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store.from_url(db_url)
    yield s
    s.engine.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 5, 3, 12, 0, tzinfo=dt.UTC))  # a Sunday
