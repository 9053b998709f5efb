"""`/calm nudge …` and `/calm capacity …` through their public handlers."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.coach.model import Capacity
from bot.nudge.commands import handle_capacity_command, handle_nudge_command, parse_capacity
from bot.store import Store, UserKey

KEY = UserKey("slack", "T0CALM", "U1")
MONDAY_6_UTC = dt.datetime(2026, 5, 4, 6, 0, tzinfo=dt.UTC)


class TestNudgeCommand:
    def test_on_uses_defaults_and_the_given_zone(self, store: Store) -> None:
        """`on` enables 09:00 Mon–Fri in the user's zone and schedules today's nudge."""
        reply = handle_nudge_command(store, KEY, "on", MONDAY_6_UTC, timezone="Europe/Berlin")
        settings = store.get_user(KEY)
        assert settings.nudge_enabled
        assert settings.timezone == "Europe/Berlin"
        assert settings.next_nudge_at == dt.datetime(2026, 5, 4, 7, 0)  # 09:00 CEST, naive UTC
        assert "09:00 (Europe/Berlin)" in reply and "Mo–Fr" in reply

    def test_english_users_get_the_english_confirmation(self, store: Store) -> None:
        """The confirmation follows the user's language."""
        store.update_user(KEY, language="en")
        reply = handle_nudge_command(store, KEY, "on", MONDAY_6_UTC, timezone="Europe/Berlin")
        assert reply.startswith("Done — I'll check in at 09:00 (Europe/Berlin), Mon–Fri.")

    def test_time_and_days_combine(self, store: Store) -> None:
        """`08:30 mon,wed,fri` stores both and implies on."""
        reply = handle_nudge_command(store, KEY, "08:30 mon,wed,fri", MONDAY_6_UTC)
        settings = store.get_user(KEY)
        assert (settings.nudge_enabled, settings.nudge_time, settings.nudge_days) == (
            True,
            "08:30",
            "mon,wed,fri",
        )
        assert "08:30" in reply and "Mo, Mi, Fr" in reply

    @pytest.mark.parametrize(
        ("args", "stored"),
        [
            ("mon-fri", "mon,tue,wed,thu,fri"),
            ("mo-fr", "mon,tue,wed,thu,fri"),
            ("daily", "mon,tue,wed,thu,fri,sat,sun"),
            ("täglich", "mon,tue,wed,thu,fri,sat,sun"),
            ("mon, wed", "mon,wed"),
            ("fri-mon", "mon,fri,sat,sun"),
        ],
    )
    def test_day_spellings(self, store: Store, args: str, stored: str) -> None:
        """English and German day names, ranges (also across the weekend) and lists work."""
        handle_nudge_command(store, KEY, args, MONDAY_6_UTC)
        assert store.get_user(KEY).nudge_days == stored

    def test_without_known_zone_utc_applies_with_a_note(self, store: Store) -> None:
        """No zone known and none given: UTC, and the answer says so."""
        reply = handle_nudge_command(store, KEY, "on", MONDAY_6_UTC)
        assert "UTC" in reply and "Zeitzone" in reply
        assert store.get_user(KEY).next_nudge_at == dt.datetime(2026, 5, 4, 9, 0)

    def test_off_clears_the_schedule(self, store: Store) -> None:
        """`off` disables and removes the pending nudge."""
        handle_nudge_command(store, KEY, "on", MONDAY_6_UTC, timezone="Europe/Berlin")
        reply = handle_nudge_command(store, KEY, "aus", MONDAY_6_UTC)
        settings = store.get_user(KEY)
        assert not settings.nudge_enabled and settings.next_nudge_at is None
        assert "/calm nudge on" in reply

    @pytest.mark.parametrize("args", ["25:00", "sometimes", "on off", "off 08:00", "8 9"])
    def test_bad_input_gets_a_usage_line_and_changes_nothing(
        self, store: Store, args: str
    ) -> None:
        """Unparseable or contradictory input answers with usage and stores nothing."""
        reply = handle_nudge_command(store, KEY, args, MONDAY_6_UTC)
        assert "/calm nudge on | off | 08:30" in reply
        assert not store.get_user(KEY).nudge_enabled

    def test_status_describes_the_current_setting(self, store: Store) -> None:
        """No arguments reports whether the check is on and when."""
        assert "aus" in handle_nudge_command(store, KEY, "", MONDAY_6_UTC)
        handle_nudge_command(store, KEY, "07:45", MONDAY_6_UTC, timezone="Asia/Tokyo")
        assert "07:45 (Asia/Tokyo)" in handle_nudge_command(store, KEY, "status", MONDAY_6_UTC)


class TestCapacityCommand:
    @pytest.mark.parametrize(
        ("word", "capacity"),
        [
            ("voll", Capacity.FULL),
            ("Full", Capacity.FULL),
            ("frei", Capacity.FREE),
            ("etwas Luft", Capacity.SOME),
            ("some room", Capacity.SOME),
            ("überbucht", Capacity.OVERBOOKED),
            ("overbooked", Capacity.OVERBOOKED),
        ],
    )
    def test_words_in_both_languages(self, word: str, capacity: Capacity) -> None:
        """German and English answers map to the same capacity."""
        assert parse_capacity(word) is capacity

    def test_stored_for_the_users_local_date(self, store: Store) -> None:
        """At 23:30 UTC it is already tomorrow in Tokyo; the answer belongs to that day."""
        store.update_user(KEY, timezone="Asia/Tokyo")
        late = dt.datetime(2026, 5, 4, 23, 30, tzinfo=dt.UTC)
        reply = handle_capacity_command(store, KEY, "voll", late)
        assert reply.startswith("Notiert: heute voll")
        assert store.get_capacity(KEY, dt.date(2026, 5, 5)) is Capacity.FULL
        assert store.get_capacity(KEY, dt.date(2026, 5, 4)) is None
        assert store.profile_for(KEY, today=dt.date(2026, 5, 5)).capacity is Capacity.FULL

    def test_unknown_word_explains_and_stores_nothing(self, store: Store) -> None:
        """A word that is no capacity gets the choices and leaves the day unknown."""
        reply = handle_capacity_command(store, KEY, "vielleicht", MONDAY_6_UTC)
        assert "frei / etwas Luft / voll / überbucht" in reply
        assert store.get_capacity(KEY, dt.date(2026, 5, 4)) is None

    def test_empty_shows_today(self, store: Store) -> None:
        """No argument shows today's answer, or that there is none yet."""
        assert "noch keine Angabe" in handle_capacity_command(store, KEY, "", MONDAY_6_UTC)
        handle_capacity_command(store, KEY, "frei", MONDAY_6_UTC)
        assert "Heute: frei" in handle_capacity_command(store, KEY, " ", MONDAY_6_UTC)
