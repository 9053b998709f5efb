"""A message to calm's Messages tab is read like `/calm <text>` and answered in that DM."""

from __future__ import annotations

import pytest

from bot.slack import ids
from tests.slack.test_calm_command import actions
from tests.support.fake_slack import BOT_ID, BOT_USER_ID
from tests.support.fixtures import SlackHarness
from tests.support.signing import USER_ID, block_actions, direct_message

CLIENT = "Können Sie bis morgen früh noch drei weitere Banner machen? Das geht doch schnell."


def _texts(blocks: list[dict]) -> str:
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                out.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(blocks)
    return "\n".join(out)


async def test_a_pasted_client_message_gets_a_coaching_card(slack_harness: SlackHarness) -> None:
    h = slack_harness
    response = await h.event(direct_message(CLIENT))
    assert response.status == 200
    await h.settle()

    posted = h.fake.calls("chat.postMessage")
    assert len(posted) == 1
    body = posted[0].body
    assert body["channel"] == f"D{USER_ID.lstrip('U')}"
    blocks = body["blocks"]
    assert ids.ACTION_SOFTER in actions(blocks)  # a coaching card, with its buttons
    assert "Antwortentwurf" in _texts(blocks)  # situation, draft, boundary: the card

    # The buttons work on the DM card like on any other.
    value = actions(blocks)[ids.ACTION_SOFTER]["value"]
    await h.interact(block_actions(ids.ACTION_SOFTER, value, response_url=h.fake.webhook_url("d")))
    await h.settle()
    assert h.fake.webhook_calls("d")[0].body["replace_original"] is True


@pytest.mark.parametrize(
    "event",
    [
        direct_message(CLIENT, subtype="message_changed"),  # an edit
        direct_message(CLIENT, subtype="message_deleted"),
        direct_message(CLIENT, bot_id=BOT_ID, user=BOT_USER_ID),  # calm's own card / check-in
        direct_message(CLIENT, bot_id="BOTHER"),  # another bot
        direct_message(CLIENT, channel_type="channel"),  # not a DM
    ],
    ids=["edited", "deleted", "own", "other-bot", "channel"],
)
async def test_edits_bots_and_own_messages_are_ignored(
    slack_harness: SlackHarness, event: dict
) -> None:
    response = await slack_harness.event(event)
    assert response.status == 200
    await slack_harness.settle()
    assert slack_harness.fake.calls("chat.postMessage") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hilfe", "calm"),
        ("help", "calm"),
        ("einstellungen", "Home"),
        ("settings", "Home"),
        ("kapazität voll", "voll"),
    ],
)
async def test_commands_in_the_dm(slack_harness: SlackHarness, text: str, expected: str) -> None:
    await slack_harness.event(direct_message(text))
    await slack_harness.settle()
    posted = slack_harness.fake.calls("chat.postMessage")
    assert len(posted) == 1
    blocks = posted[0].body["blocks"]
    assert ids.ACTION_SOFTER not in actions(blocks)  # not coached as a client message
    assert expected in _texts(blocks)


async def test_a_file_alone_gets_a_friendly_answer(slack_harness: SlackHarness) -> None:
    event = direct_message("", subtype="file_share", files=[{"id": "F1", "name": "brief.pdf"}])
    await slack_harness.event(event)
    await slack_harness.settle()
    [posted] = slack_harness.fake.calls("chat.postMessage")
    assert "Datei" in _texts(posted.body["blocks"])
