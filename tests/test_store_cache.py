"""The store as serving replicas use it: every read fresh (one round trip per profile), schema
creation safe at a simultaneous start, and buffered usage counts."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import event

from bot.coach import Capacity, Language
from bot.store import Store, UserKey, make_engine

KEY = UserKey("slack", "T1", "U1")
OTHER = UserKey("slack", "T1", "U2")
DAY = dt.date(2026, 11, 23)


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'calm.db'}"


@pytest.fixture
def cached(url: str) -> Store:
    store = Store(make_engine(url), buffer_usage=True)
    store.create_all()
    return store


def count_selects(store: Store) -> list[str]:
    seen: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    return seen


class TestReplicasSeeEachOther:
    def test_profile_is_one_round_trip(self, cached: Store) -> None:
        """Settings and today's capacity come back in one SELECT."""
        cached.update_user(KEY, language="en")
        selects = count_selects(cached)
        cached.profile_for(KEY, today=DAY)
        assert len(selects) == 1

    def test_another_stores_writes_are_seen_at_once(self, cached: Store, url: str) -> None:
        """Settings, a capacity answer and the LLM switch written through another process's
        store shape the very next read (no cache between replicas)."""
        assert cached.profile_for(KEY, today=DAY).capacity is None
        elsewhere = Store.from_url(url)
        elsewhere.update_user(KEY, name="Bea", language="en")
        elsewhere.set_capacity(KEY, DAY, Capacity.FULL)
        elsewhere.set_llm_enabled("slack", "T1", False)
        profile = cached.profile_for(KEY, today=DAY)
        assert (profile.name, profile.language, profile.capacity) == (
            "Bea",
            Language.EN,
            Capacity.FULL,
        )
        assert cached.llm_enabled_for("slack", "T1") is False
        elsewhere.set_capacity(KEY, DAY, Capacity.FREE)
        assert cached.profile_for(KEY, today=DAY).capacity is Capacity.FREE

    def test_capacity_without_saved_settings_counts(self, cached: Store, url: str) -> None:
        """A user who only answered the check-in (no settings row) still gets the answer."""
        Store.from_url(url).set_capacity(OTHER, DAY, Capacity.SOME)
        assert cached.profile_for(OTHER, today=DAY).capacity is Capacity.SOME
        assert cached.profile_for(OTHER, today=DAY + dt.timedelta(days=1)).capacity is None


class TestSchemaCreation:
    def test_processes_starting_together_all_come_up(self, tmp_path: Path) -> None:
        """Eight stores creating the schema at the same moment on an empty SQLite file."""
        url = f"sqlite:///{tmp_path / 'race.db'}"
        barrier = threading.Barrier(8)
        errors: list[BaseException] = []

        def start() -> None:
            barrier.wait()
            try:
                Store.from_url(url).update_user(KEY, name="x")
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=start) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []

    def test_create_is_idempotent(self, cached: Store) -> None:
        cached.update_user(KEY, name="kept")
        cached.create_all()
        assert cached.get_user(KEY).name == "kept"


class TestBufferedUsage:
    def test_counts_stay_in_memory_until_flushed(self, cached: Store, url: str) -> None:
        """record_usage does no database work; flush_usage writes all cells in one go."""
        selects = count_selects(cached)
        for _ in range(5):
            cached.record_usage(KEY, DAY, "scope_creep")
        cached.record_usage(OTHER, DAY, "harsh_tone", count=2)
        assert selects == []
        elsewhere = Store.from_url(url)
        assert elsewhere.usage_between(KEY, DAY, DAY) == {}
        assert cached.flush_usage() == 2
        assert elsewhere.usage_between(KEY, DAY, DAY) == {"scope_creep": 5}
        assert elsewhere.usage_between(OTHER, DAY, DAY) == {"harsh_tone": 2}
        assert cached.flush_usage() == 0

    def test_reads_include_buffered_counts(self, cached: Store) -> None:
        """usage_between (App Home summary, nudge "yesterday") sees counts not yet flushed."""
        cached.record_usage(KEY, DAY, "scope_creep")
        cached.flush_usage()
        cached.record_usage(KEY, DAY, "scope_creep")
        cached.record_usage(KEY, DAY - dt.timedelta(days=1), "late_payment")
        assert cached.usage_between(KEY, DAY - dt.timedelta(days=1), DAY) == {
            "scope_creep": 2,
            "late_payment": 1,
        }

    def test_failed_flush_keeps_the_counts(self, cached: Store) -> None:
        """A database error during a flush puts the counts back for the next flush."""
        cached.record_usage(KEY, DAY, "scope_creep", count=4)

        @event.listens_for(cached.engine, "before_cursor_execute")
        def _fail(*_args) -> None:  # type: ignore[no-untyped-def]
            raise RuntimeError("disk on fire")

        with pytest.raises(RuntimeError):
            cached.flush_usage()
        event.remove(cached.engine, "before_cursor_execute", _fail)
        assert cached.flush_usage() == 1
        assert cached.usage_between(KEY, DAY, DAY) == {"scope_creep": 4}

    def test_concurrent_counting_and_flushing_lose_nothing(self, cached: Store) -> None:
        """Threads counting while another flushes: every count arrives exactly once."""
        stop = threading.Event()

        def count() -> None:
            for _ in range(500):
                cached.record_usage(KEY, DAY, "scope_creep")

        def flush() -> None:
            while not stop.is_set():
                cached.flush_usage()

        flusher = threading.Thread(target=flush)
        flusher.start()
        counters = [threading.Thread(target=count) for _ in range(4)]
        for t in counters:
            t.start()
        for t in counters:
            t.join()
        stop.set()
        flusher.join()
        assert cached.usage_between(KEY, DAY, DAY) == {"scope_creep": 2000}
