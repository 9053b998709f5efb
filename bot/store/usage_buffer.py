"""Usage counts gathered in memory and written in one transaction now and then.

A count per coaching is bookkeeping, not something the user waits for; one commit per request
(about a millisecond on SQLite, a round trip on PostgreSQL) was the largest cost of the Slack
ack path. The buffer holds only `(user key, day, situation) → count` (never text). Whoever owns
the process flushes it periodically and on shutdown (`Store.flush_usage`); `Store.usage_between`
flushes before it reads, so readers never miss a count. A hard kill
loses at most the counts of one flush interval.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Hashable
from typing import Any

UsageCell = tuple[Any, dt.date, str]  # (UserKey, day, situation)


class UsageBuffer:
    def __init__(self) -> None:
        self._counts: dict[UsageCell, int] = {}
        self._lock = threading.Lock()

    def add(self, key: Hashable, day: dt.date, situation: str, count: int = 1) -> None:
        with self._lock:
            cell = (key, day, situation)
            self._counts[cell] = self._counts.get(cell, 0) + count

    def take(self) -> dict[UsageCell, int]:
        """Everything buffered so far; the buffer starts empty again."""
        with self._lock:
            taken, self._counts = self._counts, {}
        return taken

    def put_back(self, counts: dict[UsageCell, int]) -> None:
        """Return counts whose write failed, so the next flush tries again."""
        with self._lock:
            for cell, n in counts.items():
                self._counts[cell] = self._counts.get(cell, 0) + n

    def __len__(self) -> int:
        return len(self._counts)
