"""Message shortcut "Suggest reply": an ephemeral card in the message's thread, with fallbacks."""

from __future__ import annotations

import time

import pytest

from bot.slack import ids
from tests.slack.blockkit import all_text, assert_blocks_within_limits
from tests.slack.test_calm_command import actions
from tests.support.fixtures import SlackHarness
from tests.support.signing import CHANNEL_ID, USER_ID, message_shortcut

CLIENT_TEXT = (
    "Guten Morgen, wir haben jetzt schon die vierte Korrekturrunde und das Logo gefällt uns "
    "immer noch nicht. Können Sie bitte noch ein paar Varianten machen?"
)


async def run_shortcut(h: SlackHarness, message: dict, *, webhook: str = "sc") -> None:
    payload = message_shortcut(message, response_url=h.fake.webhook_url(webhook))
    started = time.perf_counter()
    resp = await h.interact(payload)
    ack_seconds = time.perf_counter() - started
    assert resp.status == 200
    assert ack_seconds < 3
    await h.settle()


@pytest.mark.parametrize(
    ("message", "thread"),
    [
        ({"ts": "1700000100.000200", "text": CLIENT_TEXT}, "1700000100.000200"),
        (
            {"ts": "1700000300.000400", "thread_ts": "1700000100.000200", "text": CLIENT_TEXT},
            "1700000100.000200",
        ),
    ],
    ids=["top-level", "reply-in-thread"],
)
async def test_card_goes_ephemeral_into_the_thread(
    slack_harness: SlackHarness, message: dict, thread: str
) -> None:
    """chat.postEphemeral to the user, in the channel, with the thread's ts."""
    await run_shortcut(slack_harness, message)
    [call] = slack_harness.fake.calls("chat.postEphemeral")
    assert call.body["channel"] == CHANNEL_ID
    assert call.body["user"] == USER_ID
    assert call.body["thread_ts"] == thread
    assert_blocks_within_limits(call.body["blocks"])
    assert set(ids.VARIANT_ACTIONS) <= set(actions(call.body["blocks"]))
    assert slack_harness.fake.calls("chat.postMessage") == []


async def test_rich_text_only_message_is_coached(slack_harness: SlackHarness) -> None:
    """A message whose words are only in rich_text blocks is read."""
    message = {
        "ts": "1700000100.000200",
        "text": "",
        "blocks": [
            {
                "type": "rich_text",
                "elements": [
                    {
                        "type": "rich_text_section",
                        "elements": [{"type": "text", "text": CLIENT_TEXT}],
                    }
                ],
            }
        ],
    }
    await run_shortcut(slack_harness, message)
    [call] = slack_harness.fake.calls("chat.postEphemeral")
    assert ids.ACTION_SOFTER in actions(call.body["blocks"])


async def test_file_only_message_gets_a_clear_answer(slack_harness: SlackHarness) -> None:
    """A message with only an image says so instead of coaching nothing."""
    await run_shortcut(slack_harness, {"ts": "1.2", "text": "", "files": [{"id": "F1"}]})
    [call] = slack_harness.fake.calls("chat.postEphemeral")
    text = all_text(call.body["blocks"])
    assert "Datei" in text or "file" in text
    assert ids.ACTION_SOFTER not in actions(call.body["blocks"])


@pytest.mark.parametrize("error", ["not_in_channel", "channel_not_found"])
async def test_falls_back_to_response_url(slack_harness: SlackHarness, error: str) -> None:
    """Where the bot cannot post, the card comes through the shortcut's response_url."""
    slack_harness.fake.script("chat.postEphemeral", body={"ok": False, "error": error})
    await run_shortcut(slack_harness, {"ts": "1.2", "text": CLIENT_TEXT}, webhook="fb")
    [call] = slack_harness.fake.webhook_calls("fb")
    assert call.body["response_type"] == "ephemeral"
    assert_blocks_within_limits(call.body["blocks"])
    text = all_text(call.body["blocks"])
    assert "Thread" in text or "thread" in text  # the card says why it is here
    assert ids.ACTION_SOFTER in actions(call.body["blocks"])


async def test_falls_back_to_dm_when_nothing_else_works(slack_harness: SlackHarness) -> None:
    """If the response_url fails too, the card arrives as a DM and says so."""
    slack_harness.fake.script("chat.postEphemeral", body={"ok": False, "error": "not_in_channel"})
    slack_harness.fake.script("webhook", status=404, body="no_text")
    await run_shortcut(slack_harness, {"ts": "1.2", "text": CLIENT_TEXT}, webhook="dead")
    [opened] = slack_harness.fake.calls("conversations.open")
    assert opened.body["users"] == USER_ID
    [dm] = slack_harness.fake.calls("chat.postMessage")
    assert dm.body["channel"].startswith("D")
    assert "Direktnachricht" in all_text(dm.body["blocks"])
    assert ids.ACTION_SOFTER in actions(dm.body["blocks"])
