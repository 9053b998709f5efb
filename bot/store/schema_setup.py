"""Creating the tables when several processes start together on an empty database.

`MetaData.create_all` checks, then creates: two replicas starting at the same moment both see
"no table" and the second CREATE fails (`table calm_users already exists`, or on PostgreSQL a
duplicate key in `pg_type`). Here the check-and-create runs under a lock:

- PostgreSQL: a transaction-scoped advisory lock (`pg_advisory_xact_lock`) serialises the
  creators; the second one waits, then finds every table and creates nothing. PostgreSQL's DDL
  is transactional, so a creator that dies half-way leaves nothing behind.
- SQLite: a file has one writer at a time (busy timeout 15 s); a creator that lost the race
  for a table or index gets "already exists" and runs the check-and-create again. Each such
  failure means one more of them exists, so at most one retry per table and index is needed.

Why not Alembic migrations: calm has one schema version so far, and `alembic upgrade` run by
two replicas at once races in the same way unless it, too, takes a lock. An idempotent create
under a lock is the smaller thing that is correct today; when a column changes, Alembic (with
this same lock around `upgrade`) is the step to take.
"""

from __future__ import annotations

import time

from sqlalchemy import MetaData, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

# How often a SQLite creator refused with "database is locked" tries again (≈ 15 s in all).
_LOCKED_RETRIES = 80
# Any fixed 64-bit number; it names calm's schema lock among other advisory locks.
_ADVISORY_LOCK_ID = 0x63616C6D  # "calm"


def create_schema(engine: Engine, *metadatas: MetaData) -> None:
    """Create every table of `metadatas` that does not exist yet; safe to run concurrently."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _ADVISORY_LOCK_ID})
            for metadata in metadatas:
                metadata.create_all(conn)
        return
    attempts = 1 + sum(
        1 + len(table.indexes) for metadata in metadatas for table in metadata.tables.values()
    )
    # A creator whose read of the schema went stale before it could write is refused at once
    # ("database is locked": SQLite does not wait for a lock a reader would upgrade), so that
    # case is retried too, after a short pause, for as long as the busy timeout would wait.
    locked = 0
    attempt = 0
    while True:
        try:
            with engine.begin() as conn:
                for metadata in metadatas:
                    metadata.create_all(conn)
            return
        except DBAPIError as exc:
            message = str(exc.orig)
            if "database is locked" in message and locked < _LOCKED_RETRIES:
                locked += 1
                time.sleep(0.02 * min(locked, 10))
                continue
            attempt += 1
            if "already exists" not in message or attempt >= attempts:
                raise
