"""The store keeps settings, capacity, counts and nudge claims — and never message text."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from bot.coach import Capacity, Language, Tone
from bot.store import Store, UserKey

KEY = UserKey("slack", "T1", "U1")
DAY = dt.date(2026, 11, 23)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.from_url(f"sqlite:///{tmp_path / 'calm.db'}")


class TestUserSettings:
    def test_unknown_user_gets_defaults(self, store: Store) -> None:
        """A user calm has never seen has the documented defaults (nudge off, 09:00, Mon–Fri)."""
        settings = store.get_user(KEY)
        assert settings.name is None
        assert settings.nudge_enabled is False
        assert settings.nudge_time == "09:00"
        assert settings.nudge_days == "mon,tue,wed,thu,fri"

    def test_update_persists_and_shapes_profile(self, store: Store) -> None:
        """Saved settings come back in the coaching profile."""
        store.update_user(KEY, name="Anna", language="en", tone="warm", revision_rounds=2,
                          payment_terms_days=14, working_hours="Mo–Fr 9–17 Uhr")
        profile = store.profile_for(KEY, today=DAY)
        assert profile.name == "Anna"
        assert profile.language is Language.EN
        assert profile.tone is Tone.WARM
        assert profile.revision_rounds == 2
        assert profile.payment_terms_days == 14
        assert profile.working_hours == "Mo–Fr 9–17 Uhr"

    def test_unknown_setting_is_rejected(self, store: Store) -> None:
        """A typo in a setting name is a programming error, not a silent no-op."""
        with pytest.raises(TypeError):
            store.update_user(KEY, nmae="Anna")

    def test_users_are_separated_by_platform_and_team(self, store: Store) -> None:
        """The same user id in another workspace or platform is another user."""
        store.update_user(KEY, name="Anna")
        assert store.get_user(UserKey("slack", "T2", "U1")).name is None
        assert store.get_user(UserKey("teams", "T1", "U1")).name is None


class TestCapacity:
    def test_no_answer_means_unknown(self, store: Store) -> None:
        """Without an answer the capacity is unknown (None), never "free"."""
        assert store.get_capacity(KEY, DAY) is None
        assert store.profile_for(KEY, today=DAY).capacity is None

    def test_answer_is_per_day_and_can_change(self, store: Store) -> None:
        """An answer holds for its day only; a later answer the same day replaces it."""
        store.set_capacity(KEY, DAY, Capacity.SOME)
        store.set_capacity(KEY, DAY, Capacity.FULL)
        assert store.profile_for(KEY, today=DAY).capacity is Capacity.FULL
        assert store.get_capacity(KEY, DAY + dt.timedelta(days=1)) is None


class TestUsage:
    def test_counts_per_situation_in_range(self, store: Store) -> None:
        """Usage is counted per situation and day, and summed over a range."""
        store.record_usage(KEY, DAY, "scope_creep")
        store.record_usage(KEY, DAY, "scope_creep")
        store.record_usage(KEY, DAY - dt.timedelta(days=1), "harsh_tone")
        store.record_usage(KEY, DAY - dt.timedelta(days=10), "neutral")
        week = store.usage_between(KEY, DAY - dt.timedelta(days=6), DAY)
        assert week == {"scope_creep": 2, "harsh_tone": 1}

    def test_count_argument_and_bulk_add(self, store: Store) -> None:
        """`count=n` adds n at once; `record_usage_many` adds many cells in one go."""
        store.record_usage(KEY, DAY, "scope_creep", count=3)
        store.record_usage_many(
            {(KEY, DAY, "scope_creep"): 2, (KEY, DAY, "late_payment"): 1}
        )
        store.record_usage(KEY, DAY, "harsh_tone", count=0)
        assert store.usage_between(KEY, DAY, DAY) == {"scope_creep": 5, "late_payment": 1}

    def test_direct_store_does_not_buffer(self, store: Store) -> None:
        """Without `buffer_usage` a count is in the database at once (another store sees it)."""
        assert store.buffers_usage is False
        store.record_usage(KEY, DAY, "scope_creep")
        other = Store.from_url(str(store.engine.url))
        assert other.usage_between(KEY, DAY, DAY) == {"scope_creep": 1}
        assert store.flush_usage() == 0


class TestNudgeClaims:
    def test_only_one_claim_per_user_day(self, store: Store) -> None:
        """The first claim wins; every later claim of the same user-day loses."""
        assert store.claim_nudge(KEY, DAY) is True
        assert store.claim_nudge(KEY, DAY) is False
        assert store.claim_nudge(KEY, DAY + dt.timedelta(days=1)) is True

    def test_two_instances_on_one_file_claim_once(self, tmp_path: Path) -> None:
        """Two stores (two app instances) racing on one SQLite file: exactly one claim wins."""
        url = f"sqlite:///{tmp_path / 'shared.db'}"
        first, second = Store.from_url(url), Store.from_url(url)
        results: list[bool] = []
        barrier = threading.Barrier(2)

        def claim(store: Store) -> None:
            barrier.wait()
            results.append(store.claim_nudge(KEY, DAY))

        threads = [threading.Thread(target=claim, args=(s,)) for s in (first, second)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results) == [False, True]


class TestConversationRefs:
    def test_saved_reference_is_returned_and_updated(self, store: Store) -> None:
        """The latest conversation reference of a user is kept."""
        key = UserKey("teams", "tenant", "aad-1")
        assert store.get_conversation_ref(key) is None
        store.save_conversation_ref(key, "conv-1", "http://127.0.0.1:1/")
        store.save_conversation_ref(key, "conv-2", "http://127.0.0.1:2/")
        assert store.get_conversation_ref(key) == ("conv-2", "http://127.0.0.1:2/")


class TestWorkspaceSwitch:
    def test_llm_is_on_by_default_and_can_be_switched_off(self, store: Store) -> None:
        """The LLM stage is allowed unless a workspace switched it off."""
        assert store.llm_enabled_for("slack", "T1") is True
        store.set_llm_enabled("slack", "T1", False)
        assert store.llm_enabled_for("slack", "T1") is False
        assert store.llm_enabled_for("slack", "T2") is True
