"""Persistence for settings, capacity answers, usage and correction counts, nudge claims and
sealed card texts (SQLAlchemy).

SQLite by default (`sqlite:///calm.db`), PostgreSQL through `DATABASE_URL`. Calls are short and
synchronous; async adapters may call them directly (sub-millisecond on SQLite) or through
`asyncio.to_thread` on a remote database.

Every read goes to the database, so several `calm serve` replicas on one database see each
other's writes at once: a capacity answer given through one replica shapes the next draft on any
other. `profile_for` reads settings and the day's capacity in one round trip.

Schema creation (`create_all`) is idempotent and safe when replicas start together: see
bot/store/schema_setup.py.

One opt-in speed-up for a serving process (off by default, so tools and tests see every count
at once):
- `buffer_usage=True`: `record_usage` only counts in memory; `flush_usage()` writes the counts
  in one transaction (the owner calls it periodically and on shutdown). `usage_between` flushes
  first, so it always sees every count (see usage_buffer.py).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import (
    MetaData,
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    literal,
    select,
    update,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.coach.errors import ConfigError
from bot.coach.model import Capacity, Language, Profile, Tone
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
from bot.store.schema_setup import create_schema
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


# The reads every card makes, as Core statements (compiled once, no ORM session): on SQLite
# ~0.1 ms for settings and capacity together, where ORM `Session.get` took ~0.7 ms.
_U, _C, _W = UserRow.__table__, CapacityRow.__table__, WorkspaceRow.__table__
_IS_KEY = and_(
    _U.c.platform == bindparam("platform"),
    _U.c.team == bindparam("team"),
    _U.c.user == bindparam("user"),
)
_USER_BY_KEY = select(*(_U.c[name] for name in sorted(_SETTING_FIELDS))).where(_IS_KEY)
_CAPACITY = select(_C.c.capacity).where(
    _C.c.platform == bindparam("platform"),
    _C.c.team == bindparam("team"),
    _C.c.user == bindparam("user"),
    _C.c.day == bindparam("day"),
)
_PROFILE = (
    select(*(_U.c[name] for name in sorted(_SETTING_FIELDS)), _C.c.capacity)
    .select_from(
        _U.outerjoin(
            _C,
            and_(
                _C.c.platform == _U.c.platform,
                _C.c.team == _U.c.team,
                _C.c.user == _U.c.user,
                _C.c.day == bindparam("day"),
            ),
        )
    )
    .where(_IS_KEY)
)
_LLM_SWITCH = select(_W.c.llm_enabled).where(
    _W.c.platform == bindparam("platform"), _W.c.team == bindparam("team")
)


_PING = select(literal(1))


def _key_params(key: UserKey) -> dict[str, str]:
    return {"platform": key.platform, "team": key.team, "user": key.user}


def _settings_of(row: Mapping[str, Any] | None) -> UserSettings:
    if row is None:
        return UserSettings()
    return UserSettings(**{name: row[name] for name in _SETTING_FIELDS})


class DatabaseUnavailable(ConfigError):
    """The database in DATABASE_URL cannot be opened: no driver, unreachable, refused."""


def _shown(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "DATABASE_URL"


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:300]


def _missing_driver(url: str, exc: ImportError) -> str:
    if url.startswith(("postgres", "postgresql")):
        return (
            "DATABASE_URL names PostgreSQL, but its driver (psycopg) is not installed. Install "
            "calm with the PostgreSQL extra: pip install 'calm[postgres]' (from a checkout: "
            "pip install '.[postgres]')"
        )
    return f"DATABASE_URL needs a database driver that is not installed ({exc.name or exc})"


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
        buffer_usage: bool = False,
    ) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._usage = UsageBuffer() if buffer_usage else None
        self._flush_lock = threading.Lock()

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        create: bool = True,
        buffer_usage: bool = False,
    ) -> Store:
        """A store on `url`; a missing driver or a database that cannot be used raises
        `DatabaseUnavailable` (a `ConfigError`: one line, exit code 3), never a traceback."""
        try:
            store = cls(make_engine(url), buffer_usage=buffer_usage)
        except ImportError as exc:
            raise DatabaseUnavailable(_missing_driver(url, exc)) from None
        except (SQLAlchemyError, ValueError) as exc:
            raise DatabaseUnavailable(
                f"DATABASE_URL cannot be used ({type(exc).__name__}); see .env.example"
            ) from None
        if create:
            try:
                store.create_all()
            except SQLAlchemyError as exc:
                store.engine.dispose()
                raise DatabaseUnavailable(
                    f"cannot use the database at {_shown(url)}: {_reason(exc)}"
                ) from None
        return store

    def create_all(self, *extra: MetaData) -> None:
        """Create calm's tables (and those of `extra` metadata) unless they exist.

        Safe when several processes start together on an empty database.
        """
        create_schema(self.engine, Base.metadata, *extra)

    def ping(self) -> None:
        """One `SELECT 1`: raises when the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.execute(_PING)

    def session(self) -> Session:
        return self._sessions()

    # --- user settings -------------------------------------------------------------------
    @property
    def buffers_usage(self) -> bool:
        """True when `record_usage` only counts in memory (no database work, loop-safe)."""
        return self._usage is not None

    def get_user(self, key: UserKey) -> UserSettings:
        with self.engine.connect() as conn:
            row = conn.execute(_USER_BY_KEY, _key_params(key)).mappings().first()
        return _settings_of(row)

    def update_user(self, key: UserKey, **changes: Any) -> UserSettings:
        """Set some settings; unknown names raise `TypeError` (a programming error)."""
        unknown = set(changes) - _SETTING_FIELDS
        if unknown:
            raise TypeError(f"unknown user settings: {sorted(unknown)}")
        try:
            return self._update_user(key, changes)
        except IntegrityError:  # another process inserted this user's first row meanwhile
            return self._update_user(key, changes)

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

    def settings_and_capacity(
        self, key: UserKey, today_of: Callable[[UserSettings], dt.date]
    ) -> tuple[UserSettings, dt.date, Capacity | None]:
        """Settings, the user's local today (`today_of(settings)`) and that day's capacity
        answer, over one connection: what every card reads first."""
        params = _key_params(key)
        with self.engine.connect() as conn:
            settings = _settings_of(conn.execute(_USER_BY_KEY, params).mappings().first())
            today = today_of(settings)
            answer = conn.execute(_CAPACITY, {**params, "day": today}).scalar()
        return settings, today, Capacity(answer) if answer else None

    def profile_for(self, key: UserKey, *, today: dt.date, default_language: str = "de") -> Profile:
        """The coaching profile of a user: stored settings plus today's capacity answer.

        One round trip (the user row joined with the day's capacity row), never cached: an
        answer given through another replica counts at once.
        """
        with self.engine.connect() as conn:
            found = conn.execute(_PROFILE, {**_key_params(key), "day": today}).mappings().first()
        if found is None:  # never saved settings; a capacity answer may still exist
            settings, capacity = UserSettings(), self.get_capacity(key, today)
        else:
            settings = _settings_of(found)
            capacity = Capacity(found["capacity"]) if found["capacity"] else None
        return settings.to_profile(capacity=capacity, default_language=default_language)

    # --- workspace switches ---------------------------------------------------------------
    def llm_enabled_for(self, platform: str, team: str) -> bool:
        with self.engine.connect() as conn:
            enabled = conn.execute(_LLM_SWITCH, {"platform": platform, "team": team}).scalar()
        return True if enabled is None else bool(enabled)

    def set_llm_enabled(self, platform: str, team: str, enabled: bool) -> None:
        with self.session() as s, s.begin():
            row = s.get(WorkspaceRow, (platform, team))
            if row is None:
                s.add(WorkspaceRow(platform=platform, team=team, llm_enabled=enabled))
            else:
                row.llm_enabled = enabled

    # --- capacity -------------------------------------------------------------------------
    def set_capacity(self, key: UserKey, day: dt.date, capacity: Capacity) -> None:
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
        with self.engine.connect() as conn:
            answer = conn.execute(_CAPACITY, {**_key_params(key), "day": day}).scalar()
        return Capacity(answer) if answer else None

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
        cells = [
            (
                UsageRow,
                {"platform": key.platform, "team": key.team, "user": key.user, "day": day,
                 "situation": situation},
                n,
            )
            for (key, day, situation), n in counts.items()
            if n > 0
        ]
        self._add_counts(cells)

    def _add_counts(self, cells: list[tuple[type, dict[str, object], int]]) -> None:
        """Add `n` to the `count` of each (row class, primary key) in one transaction, inserting
        rows that do not exist yet; retried when another instance inserted one first."""
        if not cells:
            return
        for attempt in range(3):
            try:
                with self.session() as s, s.begin():
                    for model, fields, n in cells:
                        row = s.get(model, tuple(fields.values()))
                        if row is None:
                            s.add(model(**fields, count=n))
                        else:
                            row.count += n
                return
            except IntegrityError:  # another instance inserted the same row first
                if attempt == 2:
                    raise

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
        fields = {"platform": key.platform, "team": key.team, "user": key.user, "day": day,
                  "detected": detected, "chosen": chosen}
        self._add_counts([(CorrectionRow, fields, 1)])

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
        self,
        platform: str,
        now: dt.datetime,
        *,
        limit: int = 200,
        teams: Sequence[str] | None = None,
    ) -> list[tuple[UserKey, UserSettings]]:
        """Users whose nudge is due (`next_nudge_at <= now`), earliest first; an index scan.

        `teams` limits the answer to those workspaces (or tenants): a process only nudges the
        workspaces it holds a token for. None means every workspace of the platform.
        Includes users who switched the nudge off without a reschedule; the scheduler clears
        their `next_nudge_at`.
        """
        if teams is not None and not teams:
            return []
        where = [UserRow.next_nudge_at <= _naive_utc(now), UserRow.platform == platform]
        if teams is not None:
            where.append(UserRow.team.in_(list(teams)))
        with self.session() as s:
            rows = s.scalars(
                select(UserRow)
                .where(*where)
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
        self,
        platform: str,
        now: dt.datetime,
        *,
        limit: int = 200,
        teams: Sequence[str] | None = None,
    ) -> list[tuple[UserKey, dt.date]]:
        """Claim rows waiting for a retry whose time has come (an index scan on `retry_at`);
        `teams` as in `due_nudge_users`."""
        if teams is not None and not teams:
            return []
        where = [
            NudgeClaimRow.retry_at <= _naive_utc(now),
            NudgeClaimRow.status == "retry",
            NudgeClaimRow.platform == platform,
        ]
        if teams is not None:
            where.append(NudgeClaimRow.team.in_(list(teams)))
        with self.session() as s:
            rows = s.execute(
                select(
                    NudgeClaimRow.platform,
                    NudgeClaimRow.team,
                    NudgeClaimRow.user,
                    NudgeClaimRow.day,
                )
                .where(*where)
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
