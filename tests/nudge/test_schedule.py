"""Scheduling math: wall-clock times across DST, weekdays, deadlines."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.nudge.schedule import (
    WORKDAYS,
    days_csv,
    deadline,
    local_instant,
    next_due,
    parse_days_csv,
    parse_time,
    zone,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
UTC = dt.UTC


class TestParsing:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [("08:30", dt.time(8, 30)), ("8:30", dt.time(8, 30)), ("8.30", dt.time(8, 30)),
         ("23:59", dt.time(23, 59)), ("0:00", dt.time(0, 0))],
    )
    def test_times_people_type_are_understood(self, text: str, expected: dt.time) -> None:
        """Common ways of writing a time of day parse to that time."""
        assert parse_time(text) == expected

    @pytest.mark.parametrize("text", ["24:00", "8", "08:60", "morgen", ""])
    def test_other_text_is_not_a_time(self, text: str) -> None:
        """Anything that is not a clock time raises ValueError."""
        with pytest.raises(ValueError):
            parse_time(text)

    def test_days_round_trip_in_week_order(self) -> None:
        """Stored weekday lists come back as the same set, written in week order."""
        assert parse_days_csv("fri,mon,wed") == frozenset({0, 2, 4})
        assert days_csv({4, 0, 2}) == "mon,wed,fri"

    def test_unknown_zone_falls_back_to_utc(self) -> None:
        """A zone name Python does not know means UTC, not a crash."""
        assert zone("Mars/Olympus") == ZoneInfo("UTC")
        assert zone(None) == ZoneInfo("UTC")


class TestLocalInstant:
    def test_nine_am_stays_nine_am_on_both_switch_days(self) -> None:
        """09:00 in Berlin is 08:00 UTC in winter and 07:00 UTC in summer, switch days included."""
        assert local_instant(dt.date(2026, 3, 28), dt.time(9), BERLIN).hour == 8
        assert local_instant(dt.date(2026, 3, 29), dt.time(9), BERLIN).hour == 7
        assert local_instant(dt.date(2026, 10, 24), dt.time(9), BERLIN).hour == 7
        assert local_instant(dt.date(2026, 10, 25), dt.time(9), BERLIN).hour == 8

    def test_nonexistent_time_moves_forward_by_the_gap(self) -> None:
        """02:30 on spring-forward does not exist; it becomes 03:30 local."""
        instant = local_instant(dt.date(2026, 3, 29), dt.time(2, 30), BERLIN)
        assert instant.astimezone(BERLIN).time() == dt.time(3, 30)
        assert instant == dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)

    def test_ambiguous_time_is_its_first_occurrence(self) -> None:
        """02:30 on fall-back happens twice; the nudge takes the first one."""
        instant = local_instant(dt.date(2026, 10, 25), dt.time(2, 30), BERLIN)
        assert instant == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)

    @given(
        day=st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)),
        minute=st.integers(0, 24 * 60 - 1),
        tz=st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC"]),
    )
    def test_instant_is_on_the_same_local_day_and_not_earlier(
        self, day: dt.date, minute: int, tz: str
    ) -> None:
        """The UTC instant shows the asked wall time, or a later one in a DST gap, same day."""
        at = dt.time(minute // 60, minute % 60)
        shown = local_instant(day, at, ZoneInfo(tz)).astimezone(ZoneInfo(tz))
        assert shown.date() == day
        assert shown.replace(tzinfo=None) >= dt.datetime.combine(day, at)
        assert shown.replace(tzinfo=None) - dt.datetime.combine(day, at) <= dt.timedelta(hours=1)


class TestNextDue:
    def test_friday_afternoon_leads_to_monday_morning(self) -> None:
        """After Friday's nudge time the next workday nudge is Monday's."""
        friday_afternoon = dt.datetime(2026, 5, 8, 13, 0, tzinfo=UTC)
        day, instant = next_due(friday_afternoon, dt.time(9), WORKDAYS, BERLIN)
        assert day == dt.date(2026, 5, 11)
        assert instant == dt.datetime(2026, 5, 11, 7, 0, tzinfo=UTC)

    def test_later_today_is_still_today(self) -> None:
        """Before today's nudge time, today's nudge is next."""
        day, _ = next_due(dt.datetime(2026, 5, 5, 5, 0, tzinfo=UTC), dt.time(9), WORKDAYS, BERLIN)
        assert day == dt.date(2026, 5, 5)

    def test_local_day_differs_from_utc_day(self) -> None:
        """At 02:00 UTC on Tuesday it is still Monday evening in New York; next is Tuesday."""
        day, instant = next_due(
            dt.datetime(2026, 5, 5, 2, 0, tzinfo=UTC), dt.time(9), WORKDAYS, NEW_YORK
        )
        assert day == dt.date(2026, 5, 5)
        assert instant == dt.datetime(2026, 5, 5, 13, 0, tzinfo=UTC)

    def test_no_days_selected_means_never(self) -> None:
        """An empty day selection schedules nothing."""
        now = dt.datetime(2026, 5, 5, tzinfo=UTC)
        assert next_due(now, dt.time(9), frozenset(), BERLIN) is None

    def test_after_day_skips_to_the_next_selected_day(self) -> None:
        """After handling Wednesday with Mon/Wed/Fri selected, Friday is next."""
        day, _ = next_due(
            dt.datetime(2026, 5, 6, 8, tzinfo=UTC),
            dt.time(9),
            frozenset({0, 2, 4}),
            BERLIN,
            after_day=dt.date(2026, 5, 6),
        )
        assert day == dt.date(2026, 5, 8)


class TestDeadline:
    def test_morning_nudges_may_be_late_until_noon(self) -> None:
        """A 09:00 nudge may still go out until 12:00 local."""
        assert deadline(dt.date(2026, 5, 5), dt.time(9), BERLIN) == dt.datetime(
            2026, 5, 5, 10, 0, tzinfo=UTC
        )

    def test_afternoon_nudges_get_three_hours(self) -> None:
        """A 14:00 nudge may still go out until 17:00 local."""
        assert deadline(dt.date(2026, 5, 5), dt.time(14), BERLIN) == dt.datetime(
            2026, 5, 5, 15, 0, tzinfo=UTC
        )

    def test_late_evening_nudges_end_at_midnight(self) -> None:
        """A 22:30 nudge is not delivered on the next day."""
        assert deadline(dt.date(2026, 5, 5), dt.time(22, 30), BERLIN) == dt.datetime(
            2026, 5, 5, 22, 0, tzinfo=UTC
        )
