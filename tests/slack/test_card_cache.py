"""Sealed card texts: readable only with the card's key, only by their user, for two days."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import text

from bot.slack.card_cache import DEFAULT, SHORT, CardCache, CardSource, CardVariant
from bot.store import Store
from bot.store.card_texts import CardRef, CardTexts

NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
CANARY = "Seegurke5M2W"


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def db_path(tmp_path) -> str:
    return str(tmp_path / "calm.db")


@pytest.fixture
def store(db_path: str) -> Store:
    store = Store.from_url(f"sqlite:///{db_path}")
    yield store
    store.engine.dispose()


def cache_on(store: Store, clock: Clock | None = None) -> CardCache:
    return CardCache(CardTexts(store, clock=clock or Clock()))


def test_text_round_trips_on_another_instance(store: Store) -> None:
    """A second cache on the same database (a restart, a replica) opens the card."""
    token = cache_on(store).put(
        CardSource(text="Bitte bis morgen", team="T", user="U", channel="C1", thread_ts="1.2")
    )
    found = cache_on(store).get(token, team="T", user="U")
    assert found == CardSource("Bitte bis morgen", "T", "U", "C1", "1.2")


def test_entries_live_two_days(store: Store) -> None:
    """Found after 47 hours, gone after 49."""
    clock = Clock()
    cache = cache_on(store, clock)
    token = cache.put(CardSource(text="x", team="T", user="U"))
    clock.now = NOW + dt.timedelta(hours=47)
    assert cache.get(token, team="T", user="U") is not None
    clock.now = NOW + dt.timedelta(hours=49)
    assert cache.get(token, team="T", user="U") is None


def test_expired_rows_are_deleted(store: Store) -> None:
    """Writing a card after the others expired purges them from the database."""
    clock = Clock()
    cache = cache_on(store, clock)
    cache.put(CardSource(text="old", team="T", user="U"))
    clock.now = NOW + dt.timedelta(days=3)
    cache_on(store, clock).put(CardSource(text="new", team="T", user="U"))
    assert store.purge_sealed(clock.now) == 0  # the old row went with the second write
    with store.session() as s:
        assert s.execute(text("select count(*) from calm_card_texts")).scalar() == 1


def test_other_users_and_wrong_keys_get_nothing(store: Store) -> None:
    """Another user, another workspace, a changed key or garbage find nothing."""
    cache = cache_on(store)
    token = cache.put(CardSource(text="secret", team="T", user="U1"))
    assert cache.get(token, team="T", user="U2") is None
    assert cache.get(token, team="T2", user="U1") is None
    card_id, _, _ = token.partition(".")
    forged = CardRef(card_id, b"\x00" * 32).token
    assert cache.get(forged, team="T", user="U1") is None
    for junk in ("", "nonsense", "a.b", token + "x", "." * 60):
        assert cache.get(junk, team="T", user="U1") is None


def test_database_holds_no_readable_text(store: Store, db_path: str) -> None:
    """The database file holds ciphertext only: neither the text nor the key (canary)."""
    cache = cache_on(store)
    token = cache.put(CardSource(text=f"Hallo {CANARY}, wir zahlen nicht.", team="T", user="U"))
    variant = CardVariant(token, "firm", SHORT, "de")
    cache.remember_draft(variant, f"Guten Tag {CANARY}", team="T", user="U")
    cache.remember_draft(variant, f"Guten Tag {CANARY}!", team="T", user="U")  # replaced
    assert cache.draft_for(variant, team="T", user="U") == f"Guten Tag {CANARY}!"
    assert cache.draft_for(variant, team="T", user="U2") is None
    store.engine.dispose()
    with sqlite3.connect(db_path) as db:
        dump = "\n".join(db.iterdump())
    raw = open(db_path, "rb").read()  # noqa: SIM115
    key = token.partition(".")[2]
    for needle in (CANARY, "zahlen", key):
        assert needle not in dump and needle.encode() not in raw


def test_variant_value_round_trip_and_garbage() -> None:
    """Button values parse back; anything else is None."""
    variant = CardVariant("tok", "firm", SHORT, "de", "price_pushback")
    assert CardVariant.from_value(variant.to_value()) == variant
    assert CardVariant.from_value(CardVariant("t", "warm", DEFAULT, "en").to_value()) is not None
    junk_values = (
        "nonsense",
        "a|b|x|d",
        "t|firm|s|de|no_such_situation",
        "t|loud|s|de|",
        "t|firm|x|de|",
    )
    for junk in junk_values:
        assert CardVariant.from_value(junk) is None


def test_queued_cards_are_found_before_and_after_the_batch_write(store: Store) -> None:
    """A queued card opens on its own process at once; one flush writes all queued cards in
    one go, and another instance then opens them too."""
    cache = cache_on(store)
    issued = [cache.issue(CardSource(text=f"Nachricht {i}", team="T", user="U")) for i in range(3)]
    starts = [cache.queue(sealed) for _token, sealed in issued]
    assert starts == [True, False, False]  # one flush picks up all three
    token = issued[1][0]
    assert cache.get(token, team="T", user="U") == CardSource("Nachricht 1", "T", "U")
    assert cache_on(store).get(token, team="T", user="U") is None  # not written yet
    cache.flush()
    for i, (token, _sealed) in enumerate(issued):
        found = cache_on(store).get(token, team="T", user="U")
        assert found is not None and found.text == f"Nachricht {i}"
    assert cache.queue(cache.issue(CardSource(text="later", team="T", user="U"))[1])
