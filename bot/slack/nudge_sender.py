"""Slack's `NudgeSender`: posts the nudge as a DM from the app (chat.postMessage to the user id).

`SlackNudgeSender` holds one bot client (SLACK_BOT_TOKEN, one workspace);
`InstalledWorkspacesSender` picks the bot token of the user's own workspace from the install
flow's installations for every nudge.

Maps Slack's answers to the scheduler's outcomes (see `bot/nudge/sending.py`): 429 →
retry after Retry-After; 5xx, timeouts and connection errors → retry with backoff; errors that
mean the user cannot be reached any more → gone; anything else → failed. Only error codes are
logged, never message text.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import aiohttp
import structlog
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.nudge.content import NudgeContent
from bot.nudge.sending import SendResult
from bot.slack.nudge_blocks import nudge_blocks
from bot.store import UserKey

if TYPE_CHECKING:
    from bot.slack.install import Installations

log = structlog.get_logger(__name__)

# The user left, was deactivated, blocked the app's DMs, or the token can no longer DM them.
GONE_ERRORS = frozenset(
    {
        "user_not_found",
        "users_not_found",
        "account_inactive",
        "user_disabled",
        "cannot_dm_bot",
        "not_allowed_token_type",
        "user_is_restricted",
        "messages_tab_disabled",
        "is_archived",
        "channel_not_found",
        "team_access_not_granted",
    }
)
RETRY_ERRORS = frozenset(
    {
        "ratelimited",
        "rate_limited",
        "internal_error",
        "fatal_error",
        "service_unavailable",
        "request_timeout",
    }
)


def _retry_after(headers: object) -> float | None:
    value = None
    if headers is not None and hasattr(headers, "get"):
        value = headers.get("Retry-After") or headers.get("retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except (TypeError, ValueError):
        return None


def classify_slack_error(exc: SlackApiError) -> SendResult:
    """A Slack API error as a scheduler outcome."""
    response = exc.response
    status = getattr(response, "status_code", 200) or 200
    data = getattr(response, "data", None)
    code = str(data.get("error") or "") if isinstance(data, dict) else ""
    if status == 429 or code in ("ratelimited", "rate_limited"):
        after = _retry_after(getattr(response, "headers", None))
        return SendResult.retry(after if after is not None else None, code or "http_429")
    if status >= 500:
        return SendResult.retry(None, code or f"http_{status}")
    if code in GONE_ERRORS:
        return SendResult.gone(code)
    if code in RETRY_ERRORS:
        return SendResult.retry(None, code)
    return SendResult.failed(code or f"http_{status}")


class SlackNudgeSender:
    """Sends nudges with one bot client (single-workspace install)."""

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client

    async def send_nudge(self, key: UserKey, content: NudgeContent) -> SendResult:
        try:
            response = await self.client.chat_postMessage(
                channel=key.user,
                text=content.fallback_text,
                blocks=nudge_blocks(content),
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as exc:
            return classify_slack_error(exc)
        except (TimeoutError, aiohttp.ClientError) as exc:
            return SendResult.retry(None, type(exc).__name__)
        return SendResult.sent(
            channel=str(response.get("channel") or "") or None,
            message_id=str(response.get("ts") or "") or None,
        )


# Errors that concern the workspace's token, not the user: with several workspaces they must
# not switch the user's check-ins off (a reinstall brings the workspace back).
WORKSPACE_ERRORS = frozenset(
    {"account_inactive", "token_revoked", "invalid_auth", "not_authed", "team_access_not_granted"}
)


class InstalledWorkspacesSender:
    """Sends each nudge with the bot token of the user's own workspace (install flow)."""

    def __init__(self, installations: Installations, base_url: str) -> None:
        self.installations = installations
        self.base_url = base_url
        self._clients: dict[str, AsyncWebClient] = {}

    def _client(self, token: str) -> AsyncWebClient:
        client = self._clients.get(token)
        if client is None:
            if len(self._clients) > 1000:  # rotated/reinstalled tokens: start over
                self._clients.clear()
            client = self._clients[token] = AsyncWebClient(token=token, base_url=self.base_url)
        return client

    async def send_nudge(self, key: UserKey, content: NudgeContent) -> SendResult:
        bot = await asyncio.to_thread(self.installations.bot_for_team, key.team)
        if bot is None or not bot.bot_token:  # uninstalled since the scheduler picked the user
            return SendResult.failed("not_installed")
        result = await SlackNudgeSender(self._client(bot.bot_token)).send_nudge(key, content)
        if result.code in WORKSPACE_ERRORS:
            return SendResult.failed(result.code or "token")
        return result
