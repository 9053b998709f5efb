"""An English-speaking Slack user gets English cards until they choose a language."""

from __future__ import annotations

from bot.store import UserKey
from tests.support.fixtures import SlackHarness
from tests.support.signing import TEAM_ID, USER_ID

CLIENT = "Können Sie bis morgen noch drei weitere Banner machen?"


def _first_section(body: dict) -> str:
    return next(b["text"]["text"] for b in body["blocks"] if b["type"] == "section")


async def test_english_slack_locale_gives_english_cards(slack_harness: SlackHarness) -> None:
    slack_harness.fake.set_user(USER_ID, locale="en-US")
    body = await (await slack_harness.command("help")).json()
    assert "calm helps you" in _first_section(body)
    looked_up = slack_harness.fake.calls("users.info")
    assert len(looked_up) == 1

    await slack_harness.command(CLIENT)  # asked once per user, not per request
    assert len(slack_harness.fake.calls("users.info")) == 1


async def test_german_and_unknown_locales_keep_the_default(slack_harness: SlackHarness) -> None:
    slack_harness.fake.set_user(USER_ID, locale="fr-FR")
    body = await (await slack_harness.command("help")).json()
    assert "calm hilft dir" in _first_section(body)


async def test_chosen_language_wins_and_skips_the_lookup(slack_harness: SlackHarness) -> None:
    slack_harness.fake.set_user(USER_ID, locale="en-US")
    slack_harness.store.update_user(UserKey("slack", TEAM_ID, USER_ID), language="de")
    body = await (await slack_harness.command("help")).json()
    assert "calm hilft dir" in _first_section(body)
    assert slack_harness.fake.calls("users.info") == []


async def test_slack_down_means_default_language_not_a_late_ack(
    make_slack_harness,
) -> None:
    h = await make_slack_harness()
    h.fake.script("users.info", status=500, times=3)
    response = await h.command("help")
    assert response.status == 200
    assert "calm hilft dir" in _first_section(await response.json())


async def test_command_answers_follow_the_slack_language(slack_harness: SlackHarness) -> None:
    slack_harness.fake.set_user(USER_ID, locale="en-GB")
    body = await (await slack_harness.command("capacity full")).json()
    assert "Today's drafts take it into account" in _first_section(body)
