"""Privacy canary: client words never reach the logs or the database, on any Slack path."""

from __future__ import annotations

import io
import logging
import sqlite3

import pytest
import structlog

from bot.logging import configure_logging
from bot.slack import ids
from bot.slack.post_modal import DRAFT_ACTION, DRAFT_BLOCK
from tests.slack.test_calm_command import actions
from tests.slack.test_card_buttons import select_payload, situation_select
from tests.slack.test_refinement import FakeRefiner
from tests.support.fixtures import USER_TOKEN
from tests.support.signing import (
    USER_ID,
    app_home_opened,
    block_actions,
    message_shortcut,
    view_submission,
)

CANARY = "Quastenflosser7Q3X"
CLIENT = (
    f"Hallo, hier ist {CANARY} von der Agentur. Wir brauchen bis morgen früh noch drei weitere "
    f"Entwürfe, sonst zahlen wir die Rechnung nicht. Schreiben Sie an {CANARY.lower()}@example.com"
)


@pytest.fixture
def captured_logs(caplog: pytest.LogCaptureFixture):
    stream = io.StringIO()
    configure_logging("debug", "json", stream=stream)
    caplog.set_level(logging.DEBUG)
    yield stream, caplog
    structlog.reset_defaults()


async def test_canary_never_logged_or_stored(make_slack_harness, captured_logs) -> None:
    """Command, buttons, a situation choice, shortcut (with fallback), post-as-user and Home
    leave no client words."""
    stream, caplog = captured_logs
    h = await make_slack_harness(
        refiner=FakeRefiner(refine=False, note="off"), user_token=USER_TOKEN
    )

    body = await (await h.command(CLIENT)).json()
    await h.settle()
    for action_id in ids.VARIANT_ACTIONS:
        value = actions(body["blocks"])[action_id]["value"]
        await h.interact(block_actions(action_id, value, response_url=h.fake.webhook_url("b")))
    option = situation_select(body["blocks"])["options"][0]["value"]
    await h.interact(select_payload(option, response_url=h.fake.webhook_url("b")))
    await h.settle()
    assert "situation_corrected" in stream.getvalue()  # the correction really ran

    h.fake.script("chat.postEphemeral", body={"ok": False, "error": "not_in_channel"})
    message = {"ts": "1700000100.000200", "text": CLIENT}
    await h.interact(message_shortcut(message, response_url=h.fake.webhook_url("s")))
    await h.settle()
    card = h.fake.webhook_calls("s")[0].body["blocks"]
    value = actions(card)[ids.ACTION_EDIT_POST]["value"]
    await h.interact(block_actions(ids.ACTION_EDIT_POST, value))
    await h.settle()
    view = h.fake.calls("views.open")[-1].body["view"]
    reply = f"Liebe {CANARY}, danke für Ihre Nachricht."
    await h.interact(
        view_submission(
            ids.VIEW_POST_IN_THREAD,
            {DRAFT_BLOCK: {DRAFT_ACTION: {"type": "plain_text_input", "value": reply}}},
            private_metadata=view["private_metadata"],
        )
    )
    await h.event(app_home_opened(USER_ID))
    await h.settle()

    assert len(h.fake.calls("chat.postMessage")) == 1  # the paths really ran
    logs = stream.getvalue()
    assert "coached" in logs  # logging was captured at all
    assert CANARY not in logs and CANARY.lower() not in logs
    assert CANARY not in caplog.text and CANARY.lower() not in caplog.text

    db_path = h.deps.settings.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(db_path) as conn:
        dump = "\n".join(conn.iterdump())
    assert "calm_users" in dump
    assert CANARY not in dump and CANARY.lower() not in dump
