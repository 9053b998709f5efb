"""The Web API stand-in behaves like the parts of Slack the app relies on."""

from __future__ import annotations

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from tests.support.fake_slack import FakeSlack


async def test_records_calls_and_answers_canned(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    posted = await client.chat_postMessage(channel="C1", text="hi", thread_ts="1.2")
    assert posted["ts"]
    eph = await client.chat_postEphemeral(channel="C1", user="U1", text="x", blocks=[])
    assert eph["message_ts"]
    fake_slack.set_user("U1", tz="America/New_York")
    info = await client.users_info(user="U1")
    assert info["user"]["tz"] == "America/New_York"
    opened = await client.conversations_open(users="U1")
    assert opened["channel"]["id"].startswith("D")
    view = await client.views_open(trigger_id="t", view={"type": "modal", "blocks": []})
    assert view["view"]["id"]
    [call] = fake_slack.calls("chat.postMessage")
    assert call.body["thread_ts"] == "1.2"
    assert call.token == "xoxb-test"
    assert fake_slack.calls("users.info")[0].body["user"] == "U1"


async def test_scripted_error_then_canned(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    fake_slack.script("chat.postEphemeral", body={"ok": False, "error": "channel_not_found"})
    with pytest.raises(SlackApiError) as err:
        await client.chat_postEphemeral(channel="C1", user="U1", text="x")
    assert err.value.response["error"] == "channel_not_found"
    assert (await client.chat_postEphemeral(channel="C1", user="U1", text="x"))["ok"]


async def test_scripted_rate_limit_is_retried(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=1))
    fake_slack.script("chat.postMessage", status=429, headers={"Retry-After": "0"})
    assert (await client.chat_postMessage(channel="C1", text="x"))["ok"]
    assert len(fake_slack.calls("chat.postMessage")) == 2


async def test_webhook_records_json(fake_slack: FakeSlack) -> None:
    hook = AsyncWebhookClient(fake_slack.webhook_url("abc"))
    resp = await hook.send(text="hello", replace_original=True)
    assert resp.status_code == 200
    [call] = await fake_slack.wait_for_async("webhook", 1)
    assert call.webhook_id == "abc"
    assert call.body == {"text": "hello", "replace_original": True}


def test_wait_for_times_out_with_a_useful_message(fake_slack: FakeSlack) -> None:
    with pytest.raises(AssertionError, match=r"chat\.update"):
        fake_slack.wait_for("chat.update", 1, timeout=0.05)
