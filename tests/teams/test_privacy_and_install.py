"""Client text stays out of logs and the database; installation and the first message store
where to reach the user."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text as sql
from structlog.testing import capture_logs

from bot.store import Store, UserKey
from bot.teams.card_state import SITUATION_INPUT, Verb
from tests.teams.harness import (
    CONVERSATION_ID,
    TENANT_ID,
    USER_AAD_ID,
    TeamsHarness,
    action_data,
    card_action,
    card_of,
    fetch_task,
    installed,
    message,
    texts_of,
)

SECRET = "Quittengelee-Rabattaktion"  # a phrase that must never leave the request
CLIENT_TEXT = f"Können Sie die {SECRET} bitte noch heute fertig machen? Das ist dringend."
KEY = UserKey("teams", TENANT_ID, USER_AAD_ID)


def _database_dump(store: Store) -> str:
    with store.engine.connect() as conn:
        tables = [
            row[0] for row in conn.execute(sql("SELECT name FROM sqlite_master WHERE type='table'"))
        ]
        return repr([list(conn.execute(sql(f"SELECT * FROM {t}"))) for t in tables])


class TestPrivacy:
    async def test_client_text_never_reaches_logs_or_database(
        self, teams: TeamsHarness, store: Store, caplog: pytest.LogCaptureFixture
    ) -> None:
        """Coaching, a button press, the message action and a malformed activity leave no
        trace of the client's words in structlog events, stdlib logs or any table."""
        caplog.set_level(logging.DEBUG)
        with capture_logs() as events:
            await teams.post(message(teams.service_url, f"calm {CLIENT_TEXT}"))
            card = card_of(teams.connector.posted()[-1])
            await teams.post(card_action(teams.service_url, action_data(card, Verb.SOFTER)))
            choice = action_data(card, Verb.SITUATION, **{SITUATION_INPUT: "harsh_tone"})
            await teams.post(card_action(teams.service_url, choice))
            await teams.post(fetch_task(teams.service_url, f"<p>{CLIENT_TEXT}</p>"))
            broken = message(teams.service_url, CLIENT_TEXT)
            broken["conversation"] = SECRET  # fails the SDK's activity validation
            response = await teams.post(broken)

        assert response.status_code in (400, 500)
        assert events, "the handlers should have logged their events"
        assert SECRET not in repr(events)
        assert SECRET not in caplog.text
        assert "details withheld" in caplog.text  # the SDK's own error log was scrubbed
        assert SECRET not in _database_dump(store)


class TestConversationReference:
    async def test_install_stores_reference_and_says_hello(
        self, teams: TeamsHarness, store: Store
    ) -> None:
        """Installing calm in the personal scope stores the chat and sends the help card."""
        response = await teams.post(installed(teams.service_url))

        assert response.status_code == 200
        assert store.get_conversation_ref(KEY) == (CONVERSATION_ID, teams.service_url)
        [sent] = teams.connector.posted()
        assert any(t.startswith("calm ") for t in texts_of(card_of(sent)))

    async def test_first_message_stores_reference_and_time_zone(
        self, teams: TeamsHarness, store: Store
    ) -> None:
        """A message from the 1:1 chat stores the chat and the client's time zone once."""
        await teams.post(message(teams.service_url, "help", localTimezone="Europe/Berlin"))
        await teams.post(message(teams.service_url, "help", localTimezone="Asia/Tokyo"))

        assert store.get_conversation_ref(KEY) == (CONVERSATION_ID, teams.service_url)
        assert store.get_user(KEY).timezone == "Europe/Berlin"

    async def test_group_chat_is_not_stored(self, teams: TeamsHarness, store: Store) -> None:
        """Only the 1:1 chat is a place for nudges."""
        activity = message(teams.service_url, "help")
        activity["conversation"]["conversationType"] = "groupChat"
        await teams.post(activity)

        assert store.get_conversation_ref(KEY) is None
