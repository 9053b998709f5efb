"""The serving speed-ups of the store: the profile read cache and buffered usage counts."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import event

from bot.coach import Capacity, Language
from bot.store import Store, UserKey, make_engine
from bot.store.read_cache import ReadCache

KEY = UserKey("slack", "T1", "U1")
OTHER = UserKey("slack", "T1", "U2")
DAY = dt.date(2026, 11, 23)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'calm.db'}"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cached(url: str, clock: Clock) -> Store:
    store = Store(make_engine(url), cache_seconds=30, buffer_usage=True, clock=clock)
    store.create_all()
    return store


def count_selects(store: Store) -> list[str]:
    seen: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    return seen


class TestProfileCache:
    def test_second_read_within_ttl_does_not_touch_the_database(self, cached: Store) -> None:
        """Settings, capacity and the LLM switch are read once, then served from memory."""
        selects = count_selects(cached)
        for _ in range(3):
            cached.profile_for(KEY, today=DAY)
            cached.llm_enabled_for("slack", "T1")
        assert len(selects) == 3  # user, capacity, workspace — once each

    def test_writes_through_the_same_store_are_seen_at_once(self, cached: Store) -> None:
        """update_user, set_capacity, set_llm_enabled and move_next_nudge invalidate at once."""
        assert cached.profile_for(KEY, today=DAY).language is Language.DE
        cached.update_user(KEY, language="en", name="Anna")
        cached.set_capacity(KEY, DAY, Capacity.FULL)
        profile = cached.profile_for(KEY, today=DAY)
        assert (profile.language, profile.name, profile.capacity) == (
            Language.EN,
            "Anna",
            Capacity.FULL,
        )
        assert cached.llm_enabled_for("slack", "T1") is True
        cached.set_llm_enabled("slack", "T1", False)
        assert cached.llm_enabled_for("slack", "T1") is False

        planned = dt.datetime(2026, 11, 24, 8, 0)
        cached.update_user(KEY, nudge_enabled=True, next_nudge_at=planned)
        assert cached.move_next_nudge(KEY, planned, planned + dt.timedelta(days=1)) is True
        assert cached.get_user(KEY).next_nudge_at == planned + dt.timedelta(days=1)

    def test_other_instances_writes_show_after_the_ttl(
        self, cached: Store, url: str, clock: Clock
    ) -> None:
        """Documented staleness: another process's write is seen once the entry expires."""
        assert cached.get_user(KEY).name is None
        assert cached.get_capacity(KEY, DAY) is None
        elsewhere = Store.from_url(url)
        elsewhere.update_user(KEY, name="Bea")
        elsewhere.set_capacity(KEY, DAY, Capacity.SOME)
        clock.now += 29
        assert cached.get_user(KEY).name is None
        assert cached.get_capacity(KEY, DAY) is None
        clock.now += 2
        assert cached.get_user(KEY).name == "Bea"
        assert cached.get_capacity(KEY, DAY) is Capacity.SOME

    def test_cache_off_by_default(self, url: str) -> None:
        """A plain store reads every time: another store's write is seen immediately."""
        plain, elsewhere = Store.from_url(url), Store.from_url(url)
        assert plain.get_user(KEY).name is None
        elsewhere.update_user(KEY, name="Cem")
        assert plain.get_user(KEY).name == "Cem"

    def test_a_read_racing_a_write_is_not_cached(self, clock: Clock) -> None:
        """A value read before a write committed must not be cached over the write."""
        cache = ReadCache(30, clock=clock)
        generation = cache.generation()  # reader starts reading the old value …
        cache.write("k")  # … a writer commits and drops the entry …
        cache.put("k", "old", generation)  # … the reader's old value is refused
        assert cache.get("k") is ReadCache.missing
        cache.put("k", "new", cache.generation())  # the next read caches again
        assert cache.get("k") == "new"

    def test_cache_stays_bounded(self, clock: Clock) -> None:
        """Past max_entries, expired entries go first, then the oldest."""
        cache = ReadCache(30, max_entries=10, clock=clock)
        for i in range(25):
            cache.put(i, i, cache.generation())
        assert len(cache) <= 10
        assert cache.get(24) == 24
        assert cache.get(0) is ReadCache.missing


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
