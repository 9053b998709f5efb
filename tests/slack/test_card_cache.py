"""The in-memory card cache: bounded, expiring, bound to its user."""

from __future__ import annotations

from bot.slack.card_cache import CardCache, CardSource, CardVariant


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_entries_expire_after_ttl() -> None:
    """An entry is found until its TTL passes."""
    clock = Clock()
    cache = CardCache(ttl_seconds=60, clock=clock)
    token = cache.put(CardSource(text="x", team="T", user="U"))
    clock.now = 59
    assert cache.get(token, team="T", user="U") is not None
    clock.now = 61
    assert cache.get(token, team="T", user="U") is None


def test_bounded_evicts_least_recently_used() -> None:
    """Past max_entries the least recently used entry goes."""
    cache = CardCache(max_entries=2)
    a = cache.put(CardSource(text="a", team="T", user="U"))
    b = cache.put(CardSource(text="b", team="T", user="U"))
    assert cache.get(a, team="T", user="U") is not None  # a is now the most recent
    cache.put(CardSource(text="c", team="T", user="U"))
    assert len(cache) == 2
    assert cache.get(b, team="T", user="U") is None
    assert cache.get(a, team="T", user="U") is not None


def test_other_users_get_nothing() -> None:
    """A token from someone else's card finds nothing."""
    cache = CardCache()
    token = cache.put(CardSource(text="secret", team="T", user="U1"))
    assert cache.get(token, team="T", user="U2") is None
    assert cache.get(token, team="T2", user="U1") is None


def test_variant_value_round_trip_and_garbage() -> None:
    """Button values parse back; anything else is None."""
    variant = CardVariant("tok", "firm", True, "de")
    assert CardVariant.from_value(variant.to_value()) == variant
    assert CardVariant.from_value("nonsense") is None
    assert CardVariant.from_value("a|b|x|d") is None
