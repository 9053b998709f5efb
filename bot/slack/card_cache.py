"""Where a coaching card's client text waits for a button click, in memory only.

The client's words must not reach the database or the logs, yet "softer" needs them again.
So each card gets a random token, carried in its button values; the text stays in this
bounded in-process cache (LRU, default 2,000 entries, 24 h). After a restart or eviction the
token finds nothing and the user is asked to run /calm again.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CardSource:
    """What a card was made from. `channel`/`thread_ts` are set when the card can post back."""

    text: str
    team: str
    user: str
    channel: str | None = None
    thread_ts: str | None = None


class CardCache:
    def __init__(
        self,
        *,
        max_entries: int = 2000,
        ttl_seconds: float = 24 * 3600,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_entries = max_entries
        self.ttl_seconds = ttl_seconds
        self._clock = clock
        self._entries: OrderedDict[str, tuple[float, CardSource]] = OrderedDict()
        # Refined (LLM) drafts shown on a card, by button value, so "Edit & post" offers the
        # draft the user actually saw. Bounded like the entries; dropped with their token.
        self._drafts: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, source: CardSource) -> str:
        """Store `source`; return the token that finds it again."""
        token = secrets.token_urlsafe(12)
        with self._lock:
            self._entries[token] = (self._clock() + self.ttl_seconds, source)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
        return token

    def get(self, token: str, *, team: str, user: str) -> CardSource | None:
        """The source for `token`, only for the user it was made for; None when gone."""
        with self._lock:
            entry = self._entries.get(token)
            if entry is None:
                return None
            expires, source = entry
            if expires <= self._clock():
                del self._entries[token]
                return None
            self._entries.move_to_end(token)
        if source.team != team or source.user != user:
            return None
        return source

    def remember_draft(self, variant: CardVariant, draft: str) -> None:
        with self._lock:
            if variant.token not in self._entries:
                return
            self._drafts[variant.to_value()] = draft
            while len(self._drafts) > self.max_entries:
                self._drafts.popitem(last=False)

    def draft_for(self, variant: CardVariant) -> str | None:
        with self._lock:
            if variant.token not in self._entries:
                return None
            return self._drafts.get(variant.to_value())

    def __len__(self) -> int:
        return len(self._entries)


@dataclass(frozen=True, slots=True)
class CardVariant:
    """The state of a card, carried in its buttons: `token|tone|short|language`."""

    token: str
    tone: str  # Tone value
    short: bool
    language: str  # reply Language value

    def to_value(self) -> str:
        return f"{self.token}|{self.tone}|{int(self.short)}|{self.language}"

    @classmethod
    def from_value(cls, value: str) -> CardVariant | None:
        parts = (value or "").split("|")
        if len(parts) != 4 or parts[2] not in ("0", "1"):
            return None
        return cls(token=parts[0], tone=parts[1], short=parts[2] == "1", language=parts[3])
