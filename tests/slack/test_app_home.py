"""App Home: the Home tab, the settings modal, validation and saving."""

from __future__ import annotations

import pytest

from bot.coach.model import Language
from bot.slack import ids
from bot.slack.home_view import ACTION, parse_settings, settings_modal
from bot.store import UserKey, UserSettings
from tests.slack.blockkit import all_text, assert_view_within_limits
from tests.slack.test_calm_command import SCOPE_DE, actions
from tests.support.fixtures import SlackHarness
from tests.support.signing import TEAM_ID, USER_ID, app_home_opened, block_actions, view_submission

KEY = UserKey("slack", TEAM_ID, USER_ID)


def form(**fields: str | list[str] | None) -> dict:
    """Modal state values as Slack sends them, for the given settings."""
    values: dict = {}
    for name, value in fields.items():
        if name in ("language", "tone"):
            values[name] = {ACTION: {"type": "static_select", "selected_option": {"value": value}}}
        elif name in ("nudge_enabled", "nudge_days"):
            chosen = [{"value": v} for v in (value or [])]
            values[name] = {ACTION: {"type": "checkboxes", "selected_options": chosen}}
        else:
            values[name] = {ACTION: {"type": "plain_text_input", "value": value}}
    return values


VALID = {
    "name": "Mara",
    "language": "en",
    "tone": "warm",
    "working_hours": "Mon–Thu 9–15",
    "revision_rounds": "2",
    "payment_terms_days": "14",
    "signature": "Best, Mara",
    "timezone": "Europe/Vienna",
    "nudge_enabled": ["on"],
    "nudge_time": "8:30",
    "nudge_days": ["mon", "wed"],
}


class TestParseSettings:
    def test_valid_form_becomes_changes(self) -> None:
        """Every field maps to a stored setting; the time is normalised to HH:MM."""
        changes, errors = parse_settings(form(**VALID), Language.EN)
        assert errors == {}
        assert changes["revision_rounds"] == 2 and changes["payment_terms_days"] == 14
        assert changes["nudge_time"] == "08:30" and changes["nudge_days"] == "mon,wed"
        assert changes["nudge_enabled"] is True and changes["timezone"] == "Europe/Vienna"
        assert UserSettings(**changes)  # only known setting names

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("payment_terms_days", "366"),
            ("payment_terms_days", "-1"),
            ("revision_rounds", "21"),
            ("revision_rounds", "zwei"),
            ("nudge_time", "25:00"),
            ("nudge_time", "9 Uhr"),
            ("timezone", "Mars/Olympus"),
            ("nudge_days", []),
        ],
    )
    def test_invalid_fields_get_errors(self, field: str, value: str) -> None:
        """Out-of-range numbers, bad times, unknown zones, no days: an error on that field."""
        _, errors = parse_settings(form(**{**VALID, field: value}), Language.DE)
        assert set(errors) == {field}

    def test_empty_optional_fields_clear_settings(self) -> None:
        """Blank optional fields store None; nudge off needs no time or days."""
        changes, errors = parse_settings(
            form(language="de", tone="neutral", revision_rounds="", nudge_time=""), Language.DE
        )
        assert errors == {}
        assert changes["revision_rounds"] is None and changes["nudge_enabled"] is False

    def test_modal_fits_limits(self) -> None:
        """The settings modal is valid Block Kit for both languages."""
        for ui in Language:
            assert_view_within_limits(settings_modal(UserSettings(name="A" * 120), ui))


async def open_home(h: SlackHarness, tab: str = "home") -> None:
    resp = await h.event(app_home_opened(USER_ID, tab=tab))
    assert resp.status == 200
    await h.settle()


async def test_home_tab_is_published(slack_harness: SlackHarness) -> None:
    """Opening Home publishes the view with settings and the edit button, and stores the tz."""
    slack_harness.fake.set_user(USER_ID, tz="Europe/Zurich")
    await open_home(slack_harness)
    [published] = slack_harness.fake.calls("views.publish")
    assert published.body["user_id"] == USER_ID
    view = published.body["view"]
    assert view["type"] == "home"
    assert_view_within_limits(view)
    assert ids.ACTION_EDIT_SETTINGS in actions(view["blocks"])
    assert slack_harness.store.get_user(KEY).timezone == "Europe/Zurich"


async def test_messages_tab_publishes_nothing(slack_harness: SlackHarness) -> None:
    """The messages tab is left alone."""
    await open_home(slack_harness, tab="messages")
    assert slack_harness.fake.calls("views.publish") == []


async def test_weekly_summary_counts_situations(slack_harness: SlackHarness) -> None:
    """After a coaching, Home shows a count for its situation (and never the text)."""
    await slack_harness.command(SCOPE_DE)
    await slack_harness.settle()
    await open_home(slack_harness)
    text = all_text(slack_harness.fake.calls("views.publish")[-1].body["view"])
    assert "*1*" in text
    assert "Kessler" not in text


async def test_edit_settings_opens_modal(slack_harness: SlackHarness) -> None:
    """The Edit settings button opens the settings modal with the trigger id."""
    payload = block_actions(
        ids.ACTION_EDIT_SETTINGS, view={"id": "VHOME", "type": "home"}, trigger_id="trig-9"
    )
    resp = await slack_harness.interact(payload)
    assert resp.status == 200
    await slack_harness.settle()
    [opened] = slack_harness.fake.calls("views.open")
    assert opened.body["trigger_id"] == "trig-9"
    assert opened.body["view"]["callback_id"] == ids.VIEW_SETTINGS


async def test_invalid_submission_returns_field_errors(slack_harness: SlackHarness) -> None:
    """Bad values come back as response_action errors; nothing is stored."""
    payload = view_submission(ids.VIEW_SETTINGS, form(**{**VALID, "payment_terms_days": "400"}))
    body = await (await slack_harness.interact(payload)).json()
    assert body["response_action"] == "errors"
    assert set(body["errors"]) == {"payment_terms_days"}
    assert slack_harness.store.get_user(KEY) == UserSettings()


async def test_valid_submission_saves_reschedules_and_republishes(
    slack_harness: SlackHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving stores the settings, asks the nudge planner to reschedule, re-publishes Home."""
    import bot.nudge.planning as planning

    rescheduled: list[UserKey] = []
    monkeypatch.setattr(
        planning, "reschedule_user", lambda store, key, now: rescheduled.append(key)
    )
    resp = await slack_harness.interact(view_submission(ids.VIEW_SETTINGS, form(**VALID)))
    assert resp.status == 200 and (await resp.text()) == ""
    await slack_harness.settle()
    stored = slack_harness.store.get_user(KEY)
    assert (stored.name, stored.language, stored.tone) == ("Mara", "en", "warm")
    assert (stored.payment_terms_days, stored.nudge_time) == (14, "08:30")
    assert rescheduled == [KEY]
    [published] = slack_harness.fake.calls("views.publish")
    assert "Mara" in all_text(published.body["view"])


async def test_settings_shape_the_next_card(slack_harness: SlackHarness) -> None:
    """After saving English as language, the next /calm card speaks English."""
    await slack_harness.interact(view_submission(ids.VIEW_SETTINGS, form(**VALID)))
    await slack_harness.settle()
    body = await (await slack_harness.command(SCOPE_DE)).json()
    assert "Reply draft" in all_text(body["blocks"])
