"""A per-process read cache for the profile inputs of a user: settings and a day's capacity.

Every coaching needs the user's `UserSettings` and today's capacity answer; reading them from
the database costs about half a millisecond per request on SQLite (more on a remote database).
The cache keeps each for a short time (`ttl` seconds) and is invalidated at once by every write
made through the same `Store` (settings, capacity, nudge schedule, LLM switch).

Staleness across instances: a write made by ANOTHER process (a second `calm serve`, the Teams
adapter in its own process, a manual SQL update) is seen here only when the entry expires, so
at most `ttl` seconds later. Within one process there is no staleness: writes drop the
entries, and a read that raced with a write is not cached (generation check below).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any

_MISSING: Any = object()


class ReadCache:
    """Bounded TTL map, safe for the event loop and worker threads together.

    `generation()` before a database read and `put(key, value, generation)` after it: if any
    write invalidated anything in between, the value read may be older than that write and is
    not cached.
    """

    def __init__(
        self,
        ttl: float,
        *,
        max_entries: int = 20_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._clock = clock
        self._entries: dict[Hashable, tuple[float, Any]] = {}
        self._generation = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        """The cached value, or `MISSING` (compare with `ReadCache.missing`)."""
        entry = self._entries.get(key)
        if entry is None:
            return _MISSING
        expires, value = entry
        if expires <= self._clock():
            self._entries.pop(key, None)
            return _MISSING
        return value

    missing = _MISSING

    def generation(self) -> int:
        return self._generation

    def put(self, key: Hashable, value: Any, generation: int) -> None:
        """Cache `value` read from the database unless a write happened since `generation`."""
        with self._lock:
            if generation != self._generation:
                return
            self._store(key, value)

    def write(self, key: Hashable) -> None:
        """A write went to the database: drop the entry; reads in flight will not cache."""
        with self._lock:
            self._generation += 1
            self._entries.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._generation += 1
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)

    def _store(self, key: Hashable, value: Any) -> None:
        if len(self._entries) >= self.max_entries and key not in self._entries:
            now = self._clock()
            for stale in [k for k, (exp, _) in self._entries.items() if exp <= now]:
                del self._entries[stale]
            if len(self._entries) >= self.max_entries:  # still full: drop the oldest tenth
                for old in list(self._entries)[: max(1, self.max_entries // 10)]:
                    del self._entries[old]
        self._entries.pop(key, None)  # re-insert so dict order stays oldest-first
        self._entries[key] = (self._clock() + self.ttl, value)
