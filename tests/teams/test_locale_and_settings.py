"""The Teams client's language is the default for the cards; `calm einstellungen` / `settings`
and `calm kapazität voll` are commands, not client messages."""

from __future__ import annotations

import pytest

from bot.store import Store, UserKey
from tests.teams.harness import (
    TENANT_ID,
    USER_AAD_ID,
    TeamsHarness,
    card_of,
    message,
    texts_of,
)

KEY = UserKey("teams", TENANT_ID, USER_AAD_ID)


async def _help_text(teams: TeamsHarness, **fields: object) -> str:
    assert (await teams.post(message(teams.service_url, "hilfe", **fields))).status_code == 200
    return "\n".join(texts_of(card_of(teams.connector.posted()[-1])))


async def test_english_teams_client_gets_english_cards(teams: TeamsHarness) -> None:
    text = await _help_text(teams, locale="en-US")
    assert "On any message" in text


async def test_german_or_unknown_locale_gets_the_server_default(teams: TeamsHarness) -> None:
    assert "Antwort vorschlagen" in await _help_text(teams, locale="de-AT")
    assert "Antwort vorschlagen" in await _help_text(teams)  # no locale at all
    assert "Antwort vorschlagen" in await _help_text(teams, locale="fr-FR")


async def test_a_chosen_language_wins_over_the_locale(teams: TeamsHarness, store: Store) -> None:
    store.update_user(KEY, language="de")
    assert "Antwort vorschlagen" in await _help_text(teams, locale="en-US")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("calm einstellungen", "calm nudge on"),
        ("settings", "calm nudge on"),
        ("calm kapazität voll", "voll"),
    ],
)
async def test_settings_words_are_commands(
    teams: TeamsHarness, text: str, expected: str
) -> None:
    assert (await teams.post(message(teams.service_url, text))).status_code == 200
    sent = teams.connector.posted()[-1].body
    assert not sent.get("attachments")  # an answer, not a coaching card
    assert expected in sent["text"]


async def test_command_answers_follow_the_teams_language(teams: TeamsHarness) -> None:
    activity = message(teams.service_url, "calm capacity full", locale="en-US")
    assert (await teams.post(activity)).status_code == 200
    assert "Today's drafts take it into account" in teams.connector.posted()[-1].body["text"]


async def test_check_in_follows_the_teams_language(
    teams: TeamsHarness, store: Store, settings
) -> None:
    import datetime as dt

    from bot.nudge.planning import reschedule_user
    from bot.nudge.scheduler import NudgeScheduler
    from bot.teams.nudge_sender import TeamsNudgeSender, _language_of_user
    from tests.teams.conftest import NOW

    await teams.post(message(teams.service_url, "help", locale="en-US"))  # calm sees en-US
    store.update_user(KEY, nudge_enabled=True, timezone="Europe/Berlin", nudge_time="09:00")
    reschedule_user(store, KEY, NOW - dt.timedelta(minutes=5))
    scheduler = NudgeScheduler(
        store,
        TeamsNudgeSender(teams.app, store),
        platform="teams",
        clock=lambda: NOW,
        default_language=_language_of_user(teams.app, settings),
    )
    assert (await scheduler.tick())["sent"] == 1
    card = card_of(teams.connector.posted()[-1])
    titles = [b["title"] for b in card["body"][-1]["actions"]]
    assert "overbooked" in " ".join(titles).lower() and "überbucht" not in " ".join(titles)
