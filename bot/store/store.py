"""Persistence for settings, capacity answers, usage and correction counts, nudge claims and
sealed card texts (SQLAlchemy).

SQLite by default (`sqlite:///calm.db`), PostgreSQL through `DATABASE_URL`. Calls are short and
synchronous; async adapters may call them directly (sub-millisecond on SQLite) or through
`asyncio.to_thread` on a remote database.

Two opt-in speed-ups for a serving process (both off by default, so tools and tests that open
several stores on one database see every write at once):
- `cache_seconds > 0`: `get_user`/`get_capacity` (and so `profile_for`) answer from a
  per-process cache for that long; every write through this Store updates or drops the entry at
  once. Writes by other processes show up within `cache_seconds` (see read_cache.py).
- `buffer_usage=True`: `record_usage` only counts in memory; `flush_usage()` writes the counts
  in one transaction (the owner calls it periodically and on shutdown). `usage_between` flushes
  first, so it always sees every count (see usage_buffer.py).
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import and_, create_engine, delete, event, func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.coach.model import Capacity, Language, Profile, Tone
from bot.store.read_cache import ReadCache
from bot.store.schema import (
    Base,
    CapacityRow,
    ConversationRefRow,
    CorrectionRow,
    NudgeClaimRow,
    SealedCardTextRow,
    UsageRow,
    UserRow,
    WorkspaceRow,
)
from bot.store.usage_buffer import UsageBuffer

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True, slots=True)
class UserKey:
    """Who a user is: platform ("slack"/"teams"), workspace or tenant, user id."""

    platform: str
    team: str
    user: str


@dataclass(frozen=True, slots=True)
class UserSettings:
    """A user's stored settings, with defaults for a user calm has never seen."""

    name: str | None = None
    language: str | None = None
    tone: str | None = None
    working_hours: str | None = None
    revision_rounds: int | None = None
    payment_terms_days: int | None = None
    signature: str | None = None
    timezone: str | None = None
    nudge_enabled: bool = False
    nudge_offered: bool = False
    nudge_time: str = "09:00"
    nudge_days: str = "mon,tue,wed,thu,fri"
    next_nudge_at: dt.datetime | None = None

    def to_profile(self, *, capacity: Capacity | None, default_language: str = "de") -> Profile:
        return Profile(
            name=self.name,
            language=Language(self.language or default_language),
            tone=Tone(self.tone or "neutral"),
            working_hours=self.working_hours,
            revision_rounds=self.revision_rounds,
            payment_terms_days=self.payment_terms_days,
            capacity=capacity,
            signature=self.signature,
        )


_SETTING_FIELDS = {f.name for f in fields(UserSettings)}


@dataclass(frozen=True, slots=True)
class NudgeClaim:
    """One user-day's nudge: claimed (in flight), sent, retry, failed, gone, expired, cancelled."""

    day: dt.date
    status: str
    attempts: int
    retry_at: dt.datetime | None  # naive UTC
    sent_at: dt.datetime | None  # naive UTC
    channel: str | None
    message_ts: str | None


def _naive_utc(instant: dt.datetime | None) -> dt.datetime | None:
    """Aware → naive UTC, as the DateTime columns store it; naive values are taken as UTC."""
    if instant is None or instant.tzinfo is None:
        return instant
    return instant.astimezone(dt.UTC).replace(tzinfo=None)


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL and a busy timeout so instances can share a file."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 15, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            if ":memory:" not in url and url not in ("sqlite://", "sqlite:///"):
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=15000")
            cur.close()

        return engine
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return create_engine(url, pool_pre_ping=True)


class Store:
    """The one place that reads and writes calm's tables."""

    def __init__(
        self,
        engine: Engine,
        *,
        cache_seconds: float = 0.0,
        buffer_usage: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._cache = ReadCache(cache_seconds, clock=clock) if cache_seconds > 0 else None
        self._usage = UsageBuffer() if buffer_usage else None
        self._flush_lock = threading.Lock()

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        create: bool = True,
        cache_seconds: float = 0.0,
        buffer_usage: bool = False,
    ) -> Store:
        store = cls(make_engine(url), cache_seconds=cache_seconds, buffer_usage=buffer_usage)
        if create:
            store.create_all()
        return store

    def create_all(self) -> None:
        Base.metadata.create_all(self.engine)

    def session(self) -> Session:
        return self._sessions()

    # --- user settings -------------------------------------------------------------------
    @property
    def buffers_usage(self) -> bool:
        """True when `record_usage` only counts in memory (no database work, loop-safe)."""
        return self._usage is not None

    def get_user(self, key: UserKey) -> UserSettings:
        cache = self._cache
        if cache is None:
            return self._read_user(key)
        cached = cache.get(("user", key))
        if cached is not ReadCache.missing:
            return cached  # type: ignore[no-any-return]
        generation = cache.generation()
        settings = self._read_user(key)
        cache.put(("user", key), settings, generation)
        return settings

    def _read_user(self, key: UserKey) -> UserSettings:
        with self.session() as s:
            row = s.get(UserRow, (key.platform, key.team, key.user))
            if row is None:
                return UserSettings()
            return UserSettings(**{name: getattr(row, name) for name in _SETTING_FIELDS})

    def _wrote_user(self, key: UserKey) -> None:
        """Drop the cached settings after a write (not replace them: two concurrent writers
        could put their results into the cache in the other order than they committed)."""
        if self._cache is not None:
            self._cache.write(("user", key))

    def update_user(self, key: UserKey, **changes: Any) -> UserSettings:
        """Set some settings; unknown names raise `TypeError` (a programming error)."""
        unknown = set(changes) - _SETTING_FIELDS
        if unknown:
            raise TypeError(f"unknown user settings: {sorted(unknown)}")
        try:
            return self._update_user(key, changes)
        finally:
            self._wrote_user(key)

    def _update_user(self, key: UserKey, changes: dict[str, Any]) -> UserSettings:
        with self.session() as s, s.begin():
            row = s.get(UserRow, (key.platform, key.team, key.user))
            if row is None:
                defaults = UserSettings()
                row = UserRow(
                    platform=key.platform,
                    team=key.team,
                    user=key.user,
                    **{n: getattr(defaults, n) for n in _SETTING_FIELDS},
                )
                s.add(row)
            for name, value in changes.items():
                setattr(row, name, value)
            current = UserSettings(**{n: getattr(row, n) for n in _SETTING_FIELDS})
        return replace(current)

    def profile_for(self, key: UserKey, *, today: dt.date, default_language: str = "de") -> Profile:
        """The coaching profile of a user: stored settings plus today's capacity answer."""
        return self.get_user(key).to_profile(
            capacity=self.get_capacity(key, today), default_language=default_language
        )

    # --- workspace switches ---------------------------------------------------------------
    def llm_enabled_for(self, platform: str, team: str) -> bool:
        cache = self._cache
        if cache is None:
            return self._read_llm_enabled(platform, team)
        cached = cache.get(("llm", platform, team))
        if cached is not ReadCache.missing:
            return cached  # type: ignore[no-any-return]
        generation = cache.generation()
        enabled = self._read_llm_enabled(platform, team)
        cache.put(("llm", platform, team), enabled, generation)
        return enabled

    def _read_llm_enabled(self, platform: str, team: str) -> bool:
        with self.session() as s:
            row = s.get(WorkspaceRow, (platform, team))
            return True if row is None else bool(row.llm_enabled)

    def set_llm_enabled(self, platform: str, team: str, enabled: bool) -> None:
        try:
            self._set_llm_enabled(platform, team, enabled)
        finally:
            if self._cache is not None:
                self._cache.write(("llm", platform, team))

    def _set_llm_enabled(self, platform: str, team: str, enabled: bool) -> None:
        with self.session() as s, s.begin():
            row = s.get(WorkspaceRow, (platform, team))
            if row is None:
                s.add(WorkspaceRow(platform=platform, team=team, llm_enabled=enabled))
            else:
                row.llm_enabled = enabled

    # --- capacity -------------------------------------------------------------------------
    def set_capacity(self, key: UserKey, day: dt.date, capacity: Capacity) -> None:
        try:
            self._set_capacity(key, day, capacity)
        finally:
            if self._cache is not None:
                self._cache.write(("capacity", key, day))

    def _set_capacity(self, key: UserKey, day: dt.date, capacity: Capacity) -> None:
        with self.session() as s, s.begin():
            row = s.get(CapacityRow, (key.platform, key.team, key.user, day))
            if row is None:
                s.add(
                    CapacityRow(
                        platform=key.platform,
                        team=key.team,
                        user=key.user,
                        day=day,
                        capacity=capacity.value,
                    )
                )
            else:
                row.capacity = capacity.value
                row.answered_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    def get_capacity(self, key: UserKey, day: dt.date) -> Capacity | None:
        """Today's answer, or None: no answer means unknown, never "free"."""
        cache = self._cache
        if cache is None:
            return self._read_capacity(key, day)
        cached = cache.get(("capacity", key, day))
        if cached is not ReadCache.missing:
            return cached  # type: ignore[no-any-return]
        generation = cache.generation()
        capacity = self._read_capacity(key, day)
        cache.put(("capacity", key, day), capacity, generation)
        return capacity

    def _read_capacity(self, key: UserKey, day: dt.date) -> Capacity | None:
        with self.session() as s:
            row = s.get(CapacityRow, (key.platform, key.team, key.user, day))
            return Capacity(row.capacity) if row else None

    # --- usage counts (never text) ----------------------------------------------------------
    def record_usage(self, key: UserKey, day: dt.date, situation: str, count: int = 1) -> None:
        """Add `count` uses of `situation` on `day` (buffered in memory when `buffer_usage`)."""
        if count <= 0:
            return
        if self._usage is not None:
            self._usage.add(key, day, situation, count)
            return
        self.record_usage_many({(key, day, situation): count})

    def record_usage_many(self, counts: Mapping[tuple[UserKey, dt.date, str], int]) -> None:
        """Add many counts in one transaction (retried when another instance raced us)."""
        cells = [(cell, n) for cell, n in counts.items() if n > 0]
        if not cells:
            return
        for attempt in range(3):
            try:
                with self.session() as s, s.begin():
                    for (key, day, situation), n in cells:
                        pk = (key.platform, key.team, key.user, day, situation)
                        row = s.get(UsageRow, pk)
                        if row is None:
                            s.add(
                                UsageRow(
                                    platform=key.platform,
                                    team=key.team,
                                    user=key.user,
                                    day=day,
                                    situation=situation,
                                    count=n,
                                )
                            )
                        else:
                            row.count += n
                return
            except IntegrityError:  # another instance inserted the same row first
                if attempt == 2:
                    raise
                continue

    def flush_usage(self) -> int:
        """Write the buffered counts in one transaction; returns how many cells were written.

        On a database error the counts go back into the buffer (the next flush retries) and
        the error propagates. A no-op without `buffer_usage`.
        """
        if self._usage is None:
            return 0
        with self._flush_lock:
            counts = self._usage.take()
            if not counts:
                return 0
            try:
                self.record_usage_many(counts)
            except BaseException:
                self._usage.put_back(counts)
                raise
            return len(counts)

    def usage_between(self, key: UserKey, start: dt.date, end: dt.date) -> dict[str, int]:
        """Counts per situation for days in [start, end] (buffered counts included)."""
        self.flush_usage()
        with self.session() as s:
            rows = s.scalars(
                select(UsageRow).where(
                    UsageRow.platform == key.platform,
                    UsageRow.team == key.team,
                    UsageRow.user == key.user,
                    UsageRow.day >= start,
                    UsageRow.day <= end,
                )
            ).all()
        totals: dict[str, int] = {}
        for row in rows:
            totals[row.situation] = totals.get(row.situation, 0) + row.count
        return dict(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))

    def usage_totals(
        self, start: dt.date, end: dt.date, *, platform: str | None = None
    ) -> dict[str, int]:
        """Counts per situation for days in [start, end], summed over all users."""
        self.flush_usage()
        query = select(UsageRow.situation, func.sum(UsageRow.count)).where(
            UsageRow.day >= start, UsageRow.day <= end
        )
        if platform is not None:
            query = query.where(UsageRow.platform == platform)
        with self.session() as s:
            rows = s.execute(query.group_by(UsageRow.situation)).all()
        return {situation: int(n or 0) for situation, n in rows}

    # --- situation corrections ("not quite right?"; counts only, never text) --------------
    def record_correction(self, key: UserKey, day: dt.date, detected: str, chosen: str) -> None:
        """Count one correction from the `detected` situation to the user's `chosen` one."""
        for attempt in range(3):
            try:
                with self.session() as s, s.begin():
                    pk = (key.platform, key.team, key.user, day, detected, chosen)
                    row = s.get(CorrectionRow, pk)
                    if row is None:
                        s.add(
                            CorrectionRow(
                                platform=key.platform,
                                team=key.team,
                                user=key.user,
                                day=day,
                                detected=detected,
                                chosen=chosen,
                                count=1,
                            )
                        )
                    else:
                        row.count += 1
                return
            except IntegrityError:  # another instance inserted the same row first
                if attempt == 2:
                    raise

    def corrections_between(
        self,
        start: dt.date,
        end: dt.date,
        *,
        key: UserKey | None = None,
        platform: str | None = None,
    ) -> dict[tuple[str, str], int]:
        """(detected, chosen) → count for days in [start, end]: one user's, or everyone's."""
        query = select(
            CorrectionRow.detected, CorrectionRow.chosen, func.sum(CorrectionRow.count)
        ).where(CorrectionRow.day >= start, CorrectionRow.day <= end)
        if key is not None:
            query = query.where(
                CorrectionRow.platform == key.platform,
                CorrectionRow.team == key.team,
                CorrectionRow.user == key.user,
            )
        elif platform is not None:
            query = query.where(CorrectionRow.platform == platform)
        query = query.group_by(CorrectionRow.detected, CorrectionRow.chosen)
        with self.session() as s:
            rows = s.execute(query).all()
        counts = {(d, c): int(n or 0) for d, c, n in rows}
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    # --- sealed card texts (ciphertext only; the key travels in the card, see card_texts) --
    def put_sealed(
        self, row_id: str, sealed: bytes, expires_at: dt.datetime, *, replace: bool = False
    ) -> None:
        """Store sealed bytes under a new `row_id` (or over an existing one with `replace`)."""
        row = SealedCardTextRow(id=row_id, sealed=sealed, expires_at=_naive_utc(expires_at))
        with self.session() as s, s.begin():
            if replace:
                s.merge(row)
            else:
                s.add(row)

    def put_sealed_many(self, rows: list[tuple[str, bytes, dt.datetime]]) -> None:
        """Store several new sealed records in one transaction."""
        with self.session() as s, s.begin():
            s.add_all(
                SealedCardTextRow(id=row_id, sealed=sealed, expires_at=_naive_utc(expires_at))
                for row_id, sealed, expires_at in rows
            )

    def get_sealed(self, row_id: str, now: dt.datetime) -> bytes | None:
        """The sealed bytes stored under `row_id`, unless missing or expired."""
        with self.session() as s:
            row = s.get(SealedCardTextRow, row_id)
            if row is None or row.expires_at <= _naive_utc(now):
                return None
            return bytes(row.sealed)

    def purge_sealed(self, now: dt.datetime) -> int:
        """Delete expired sealed texts; returns how many went."""
        with self.session() as s, s.begin():
            result = s.execute(
                delete(SealedCardTextRow).where(SealedCardTextRow.expires_at <= _naive_utc(now))
            )
            return int(result.rowcount or 0)

    # --- conversation references (where to send proactive messages) ------------------------
    def save_conversation_ref(
        self, key: UserKey, conversation_id: str, service_url: str | None = None
    ) -> None:
        with self.session() as s, s.begin():
            row = s.get(ConversationRefRow, (key.platform, key.team, key.user))
            if row is None:
                s.add(
                    ConversationRefRow(
                        platform=key.platform,
                        team=key.team,
                        user=key.user,
                        conversation_id=conversation_id,
                        service_url=service_url,
                    )
                )
            else:
                row.conversation_id = conversation_id
                row.service_url = service_url

    def get_conversation_ref(self, key: UserKey) -> tuple[str, str | None] | None:
        with self.session() as s:
            row = s.get(ConversationRefRow, (key.platform, key.team, key.user))
            return (row.conversation_id, row.service_url) if row else None

    # --- nudge claims ---------------------------------------------------------------------
    def claim_nudge(self, key: UserKey, day: dt.date) -> bool:
        """Claim the user-day for sending. True for exactly one caller, ever, per user-day."""
        try:
            with self.session() as s, s.begin():
                s.add(NudgeClaimRow(platform=key.platform, team=key.team, user=key.user, day=day))
            return True
        except IntegrityError:
            return False

    # --- nudge scheduling (the scheduler in bot/nudge reads only due rows) ----------------
    def due_nudge_users(
        self, platform: str, now: dt.datetime, *, limit: int = 200
    ) -> list[tuple[UserKey, UserSettings]]:
        """Users whose nudge is due (`next_nudge_at <= now`), earliest first; an index scan.

        Includes users who switched the nudge off without a reschedule; the scheduler clears
        their `next_nudge_at`.
        """
        with self.session() as s:
            rows = s.scalars(
                select(UserRow)
                .where(
                    UserRow.next_nudge_at <= _naive_utc(now),
                    UserRow.platform == platform,
                )
                .order_by(UserRow.next_nudge_at)
                .limit(limit)
            ).all()
            return [
                (
                    UserKey(r.platform, r.team, r.user),
                    UserSettings(**{n: getattr(r, n) for n in _SETTING_FIELDS}),
                )
                for r in rows
            ]

    def move_next_nudge(
        self, key: UserKey, expected: dt.datetime | None, new: dt.datetime | None
    ) -> bool:
        """Compare-and-set `next_nudge_at`: only if it still holds `expected`.

        A settings change that rescheduled the user meanwhile wins over the scheduler.
        """
        try:
            return self._move_next_nudge(key, expected, new)
        finally:
            self._wrote_user(key)

    def _move_next_nudge(
        self, key: UserKey, expected: dt.datetime | None, new: dt.datetime | None
    ) -> bool:
        cond = (
            UserRow.next_nudge_at.is_(None)
            if expected is None
            else UserRow.next_nudge_at == _naive_utc(expected)
        )
        with self.session() as s, s.begin():
            result = s.execute(
                update(UserRow)
                .where(
                    UserRow.platform == key.platform,
                    UserRow.team == key.team,
                    UserRow.user == key.user,
                    cond,
                )
                .values(next_nudge_at=_naive_utc(new))
            )
            return bool(result.rowcount)

    def _claim_where(self, key: UserKey, day: dt.date) -> Any:
        return and_(
            NudgeClaimRow.platform == key.platform,
            NudgeClaimRow.team == key.team,
            NudgeClaimRow.user == key.user,
            NudgeClaimRow.day == day,
        )

    def get_nudge_claim(self, key: UserKey, day: dt.date) -> NudgeClaim | None:
        with self.session() as s:
            row = s.scalars(select(NudgeClaimRow).where(self._claim_where(key, day))).first()
            if row is None:
                return None
            return NudgeClaim(
                day=row.day,
                status=row.status,
                attempts=row.attempts,
                retry_at=row.retry_at,
                sent_at=row.sent_at,
                channel=row.channel,
                message_ts=row.message_ts,
            )

    def record_nudge_attempt(
        self,
        key: UserKey,
        day: dt.date,
        *,
        status: str,
        retry_at: dt.datetime | None = None,
        sent_at: dt.datetime | None = None,
        channel: str | None = None,
        message_ts: str | None = None,
    ) -> None:
        """Store the outcome of one send attempt on the claim row (attempts + 1)."""
        with self.session() as s, s.begin():
            s.execute(
                update(NudgeClaimRow)
                .where(self._claim_where(key, day))
                .values(
                    status=status,
                    attempts=NudgeClaimRow.attempts + 1,
                    retry_at=_naive_utc(retry_at),
                    sent_at=_naive_utc(sent_at),
                    channel=channel,
                    message_ts=message_ts,
                )
            )

    def due_nudge_retries(
        self, platform: str, now: dt.datetime, *, limit: int = 200
    ) -> list[tuple[UserKey, dt.date]]:
        """Claim rows waiting for a retry whose time has come (an index scan on `retry_at`)."""
        with self.session() as s:
            rows = s.execute(
                select(
                    NudgeClaimRow.platform,
                    NudgeClaimRow.team,
                    NudgeClaimRow.user,
                    NudgeClaimRow.day,
                )
                .where(
                    NudgeClaimRow.retry_at <= _naive_utc(now),
                    NudgeClaimRow.status == "retry",
                    NudgeClaimRow.platform == platform,
                )
                .order_by(NudgeClaimRow.retry_at)
                .limit(limit)
            ).all()
            return [(UserKey(p, t, u), d) for p, t, u, d in rows]

    def take_nudge_retry(self, key: UserKey, day: dt.date, now: dt.datetime) -> bool:
        """Atomically move a due retry back to "claimed"; True for exactly one caller."""
        with self.session() as s, s.begin():
            result = s.execute(
                update(NudgeClaimRow)
                .where(
                    self._claim_where(key, day),
                    NudgeClaimRow.status == "retry",
                    NudgeClaimRow.retry_at <= _naive_utc(now),
                )
                .values(status="claimed", retry_at=None)
            )
            return bool(result.rowcount)
