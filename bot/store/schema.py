"""Database tables. No column ever holds readable client message text: settings, capacity
answers, per-situation counts, correction counts, the nudge bookkeeping, and the sealed card
texts (ciphertext whose key only the card's buttons carry; see card_texts.py).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    metadata = MetaData()


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class UserRow(Base):
    """A user's settings. `platform` is "slack" or "teams"; `team` the workspace or tenant."""

    __tablename__ = "calm_users"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    team: Mapped[str] = mapped_column(String(64), primary_key=True)
    user: Mapped[str] = mapped_column(String(128), primary_key=True)

    name: Mapped[str | None] = mapped_column(String(120))
    language: Mapped[str | None] = mapped_column(String(2))
    tone: Mapped[str | None] = mapped_column(String(16))
    working_hours: Mapped[str | None] = mapped_column(String(120))
    revision_rounds: Mapped[int | None] = mapped_column(Integer)
    payment_terms_days: Mapped[int | None] = mapped_column(Integer)
    signature: Mapped[str | None] = mapped_column(String(500))

    timezone: Mapped[str | None] = mapped_column(String(64))  # IANA name, e.g. Europe/Berlin
    nudge_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    nudge_offered: Mapped[bool] = mapped_column(Boolean, default=False)
    nudge_time: Mapped[str] = mapped_column(String(5), default="09:00")  # HH:MM local
    nudge_days: Mapped[str] = mapped_column(String(40), default="mon,tue,wed,thu,fri")
    # Next nudge instant in UTC (naive). Indexed so a scheduler tick reads only due users.
    next_nudge_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow, onupdate=_utcnow)


class WorkspaceRow(Base):
    """Per-workspace (or tenant) switches."""

    __tablename__ = "calm_workspaces"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    team: Mapped[str] = mapped_column(String(64), primary_key=True)
    llm_enabled: Mapped[bool] = mapped_column(Boolean, default=True)


class CapacityRow(Base):
    """The user's capacity answer for one local day."""

    __tablename__ = "calm_capacity"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    team: Mapped[str] = mapped_column(String(64), primary_key=True)
    user: Mapped[str] = mapped_column(String(128), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    capacity: Mapped[str] = mapped_column(String(16))
    answered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow)


class UsageRow(Base):
    """How many messages of a situation a user had coached on a day. Counts only."""

    __tablename__ = "calm_usage"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    team: Mapped[str] = mapped_column(String(64), primary_key=True)
    user: Mapped[str] = mapped_column(String(128), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    situation: Mapped[str] = mapped_column(String(32), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class NudgeClaimRow(Base):
    """One row per user and local day on which a nudge was claimed for sending.

    The unique constraint is what makes "exactly one nudge per user per day" hold across
    restarts and across several app instances sharing one database.
    """

    __tablename__ = "calm_nudge_claims"
    __table_args__ = (UniqueConstraint("platform", "team", "user", "day", name="uq_nudge_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    platform: Mapped[str] = mapped_column(String(16))
    team: Mapped[str] = mapped_column(String(64))
    user: Mapped[str] = mapped_column(String(128))
    day: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="claimed")  # claimed|sent|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    retry_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    claimed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    channel: Mapped[str | None] = mapped_column(String(64))
    message_ts: Mapped[str | None] = mapped_column(String(64))


class ConversationRefRow(Base):
    """Where to reach a user proactively (Teams conversation reference, Slack DM channel)."""

    __tablename__ = "calm_conversation_refs"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    team: Mapped[str] = mapped_column(String(64), primary_key=True)
    user: Mapped[str] = mapped_column(String(128), primary_key=True)
    conversation_id: Mapped[str] = mapped_column(String(256))
    service_url: Mapped[str | None] = mapped_column(String(512))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow, onupdate=_utcnow)


class CorrectionRow(Base):
    """How often a user corrected the situation on a day: detected → chosen. Counts only."""

    __tablename__ = "calm_corrections"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    team: Mapped[str] = mapped_column(String(64), primary_key=True)
    user: Mapped[str] = mapped_column(String(128), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    detected: Mapped[str] = mapped_column(String(32), primary_key=True)
    chosen: Mapped[str] = mapped_column(String(32), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class SealedCardTextRow(Base):
    """A card's client text, encrypted with a key that only the card's buttons carry.

    Without the button value the row cannot be read; rows are deleted after they expire.
    """

    __tablename__ = "calm_card_texts"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
