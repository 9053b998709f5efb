"""Signed Slack HTTP requests for tests: slash commands, interactivity payloads, events.

Slack signs `v0:{timestamp}:{raw body}` with the app's signing secret (HMAC-SHA256). These
helpers build the raw body, the headers and the payload shapes Slack sends, so tests drive the
real Bolt app over HTTP.

    signer = SlackSigner(SIGNING_SECRET)
    req = signer.slash_command("/calm", "Können Sie das bis morgen?", response_url=url)
    resp = await http.post("/slack/events", data=req.body, headers=req.headers)

`timestamp=` makes a stale request (`time.time() - 600`); `forge=True` signs with a wrong
secret. The payload builders (`block_actions`, `message_shortcut`, `view_submission`,
`app_home_opened`) return dicts; pass them to `interactivity(...)` / `event(...)`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from slack_sdk.signature import SignatureVerifier

SIGNING_SECRET = "0123456789abcdef0123456789abcdef"  # the shape of a real one
TEAM_ID = "T0CALM"
USER_ID = "U0USER"
CHANNEL_ID = "C0CHAN"


@dataclass(frozen=True)
class SignedRequest:
    body: str  # raw body, exactly as signed
    headers: dict[str, str]


class SlackSigner:
    def __init__(self, secret: str = SIGNING_SECRET, clock: Callable[[], float] = time.time):
        self.secret = secret
        self.clock = clock

    def sign(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: float | None = None,
        forge: bool = False,
    ) -> SignedRequest:
        ts = str(int(self.clock() if timestamp is None else timestamp))
        secret = self.secret + "-forged" if forge else self.secret
        signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
        return SignedRequest(
            body=body,
            headers={
                "content-type": content_type,
                "x-slack-request-timestamp": ts,
                "x-slack-signature": signature,
            },
        )

    # --- request kinds ------------------------------------------------------------------------
    def slash_command(
        self,
        command: str,
        text: str,
        *,
        user_id: str = USER_ID,
        team_id: str = TEAM_ID,
        channel_id: str = CHANNEL_ID,
        response_url: str = "http://127.0.0.1:9/webhook/none",
        trigger_id: str = "111.222.trigger",
        timestamp: float | None = None,
        forge: bool = False,
    ) -> SignedRequest:
        form = {
            "token": "verification-token-unused",
            "team_id": team_id,
            "team_domain": "calm-test",
            "channel_id": channel_id,
            "channel_name": "client-work",
            "user_id": user_id,
            "user_name": "tester",
            "command": command,
            "text": text,
            "api_app_id": "A0CALM",
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": trigger_id,
        }
        return self.sign(
            urlencode(form),
            "application/x-www-form-urlencoded",
            timestamp=timestamp,
            forge=forge,
        )

    def interactivity(
        self, payload: dict[str, Any], *, timestamp: float | None = None, forge: bool = False
    ) -> SignedRequest:
        body = "payload=" + quote(json.dumps(payload))
        return self.sign(
            body, "application/x-www-form-urlencoded", timestamp=timestamp, forge=forge
        )

    def event(
        self,
        event: dict[str, Any],
        *,
        team_id: str = TEAM_ID,
        timestamp: float | None = None,
        forge: bool = False,
    ) -> SignedRequest:
        envelope = {
            "token": "verification-token-unused",
            "team_id": team_id,
            "api_app_id": "A0CALM",
            "event": event,
            "type": "event_callback",
            "event_id": f"Ev{int(self.clock() * 1000)}",
            "event_time": int(self.clock()),
            "authorizations": [{"team_id": team_id, "user_id": "UCALMBOT", "is_bot": True}],
        }
        return self.sign(json.dumps(envelope), "application/json", timestamp=timestamp, forge=forge)


# --- payload builders -------------------------------------------------------------------------
def _user(user_id: str, team_id: str) -> dict[str, Any]:
    return {"id": user_id, "username": "tester", "name": "tester", "team_id": team_id}


def block_actions(
    action_id: str,
    value: str | None = None,
    *,
    user_id: str = USER_ID,
    team_id: str = TEAM_ID,
    channel_id: str = CHANNEL_ID,
    response_url: str | None = None,
    trigger_id: str = "333.444.trigger",
    container: dict[str, Any] | None = None,
    view: dict[str, Any] | None = None,
    block_id: str = "b1",
) -> dict[str, Any]:
    """A `block_actions` payload for a button click (ephemeral message unless `view`)."""
    action: dict[str, Any] = {
        "type": "button",
        "action_id": action_id,
        "block_id": block_id,
        "text": {"type": "plain_text", "text": action_id},
        "action_ts": f"{int(time.time())}.000100",
    }
    if value is not None:
        action["value"] = value
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": _user(user_id, team_id),
        "api_app_id": "A0CALM",
        "token": "verification-token-unused",
        "trigger_id": trigger_id,
        "team": {"id": team_id, "domain": "calm-test"},
        "actions": [action],
    }
    if view is not None:
        payload["view"] = view
        payload["container"] = container or {"type": "view", "view_id": view.get("id", "V1")}
    else:
        payload["container"] = container or {
            "type": "message",
            "message_ts": "1700000000.000100",
            "channel_id": channel_id,
            "is_ephemeral": True,
        }
        payload["channel"] = {"id": channel_id, "name": "client-work"}
    if response_url is not None:
        payload["response_url"] = response_url
    return payload


def message_shortcut(
    message: dict[str, Any],
    *,
    callback_id: str = "suggest_reply",
    user_id: str = USER_ID,
    team_id: str = TEAM_ID,
    channel_id: str = CHANNEL_ID,
    response_url: str = "http://127.0.0.1:9/webhook/none",
    trigger_id: str = "555.666.trigger",
) -> dict[str, Any]:
    """A `message_action` payload; `message` needs at least `ts` (and `text`/`blocks`/…)."""
    return {
        "type": "message_action",
        "token": "verification-token-unused",
        "action_ts": f"{int(time.time())}.000200",
        "team": {"id": team_id, "domain": "calm-test"},
        "user": _user(user_id, team_id),
        "channel": {"id": channel_id, "name": "client-work"},
        "is_enterprise_install": False,
        "callback_id": callback_id,
        "trigger_id": trigger_id,
        "message_ts": message.get("ts"),
        "message": {"type": "message", "user": "U0CLIENT", **message},
        "response_url": response_url,
    }


def view_submission(
    callback_id: str,
    values: dict[str, dict[str, dict[str, Any]]],
    *,
    private_metadata: str = "",
    user_id: str = USER_ID,
    team_id: str = TEAM_ID,
    view_id: str = "V0MODAL",
) -> dict[str, Any]:
    """A `view_submission` payload; `values` is `{block_id: {action_id: {type, value…}}}`."""
    return {
        "type": "view_submission",
        "team": {"id": team_id, "domain": "calm-test"},
        "user": _user(user_id, team_id),
        "api_app_id": "A0CALM",
        "token": "verification-token-unused",
        "trigger_id": "777.888.trigger",
        "view": {
            "id": view_id,
            "team_id": team_id,
            "type": "modal",
            "callback_id": callback_id,
            "private_metadata": private_metadata,
            "blocks": [],
            "state": {"values": values},
            "hash": "h1",
        },
    }


def app_home_opened(user_id: str = USER_ID, tab: str = "home") -> dict[str, Any]:
    """An `app_home_opened` event (wrap with `SlackSigner.event`)."""
    return {
        "type": "app_home_opened",
        "user": user_id,
        "channel": f"D{user_id.lstrip('U')}",
        "tab": tab,
        "event_ts": f"{int(time.time())}.000300",
    }


def direct_message(
    text: str, user_id: str = USER_ID, **fields: Any
) -> dict[str, Any]:
    """A `message.im` event: `user_id` writes `text` in calm's Messages tab (wrap with
    `SlackSigner.event`). `fields` adds or overrides keys (`subtype`, `bot_id`, `thread_ts`)."""
    event: dict[str, Any] = {
        "type": "message",
        "channel_type": "im",
        "channel": f"D{user_id.lstrip('U')}",
        "user": user_id,
        "text": text,
        "ts": f"{int(time.time())}.000400",
        "event_ts": f"{int(time.time())}.000400",
    }
    event.update(fields)
    return event
