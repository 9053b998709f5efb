"""Sealed card texts and correction counts on PostgreSQL (bytea, grouping), two engines
standing in for two replicas. Skipped unless DATABASE_URL points at PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import uuid

import pytest

from bot.slack.card_cache import CardCache, CardSource
from bot.store import Store, UserKey
from bot.store.card_texts import CardTexts

DATABASE_URL = os.environ.get("DATABASE_URL", "")

pytestmark = pytest.mark.skipif(
    not DATABASE_URL.startswith(("postgres://", "postgresql")),
    reason="PostgreSQL test: set DATABASE_URL=postgresql://… to run it",
)


def test_a_card_sealed_on_one_replica_opens_on_another() -> None:
    """Replica A seals (batched), replica B opens; counts group across users."""
    a, b = Store.from_url(DATABASE_URL), Store.from_url(DATABASE_URL)
    try:
        cards_a, cards_b = CardCache(CardTexts(a)), CardCache(CardTexts(b))
        token, sealed = cards_a.issue(CardSource(text="Bitte bis Freitag", team="T", user="U"))
        assert cards_a.queue(sealed)
        cards_a.flush()
        assert cards_b.get(token, team="T", user="U") == CardSource("Bitte bis Freitag", "T", "U")
        assert cards_b.get(token, team="T", user="U2") is None

        platform = f"pg{uuid.uuid4().hex[:10]}"
        day = dt.date(2026, 5, 4)
        for user in ("U1", "U2"):
            a.record_correction(UserKey(platform, "T", user), day, "scope_creep", "neutral")
        counts = b.corrections_between(day, day, platform=platform)
        assert counts == {("scope_creep", "neutral"): 2}
    finally:
        a.engine.dispose()
        b.engine.dispose()
