"""Slack's `NudgeSender`: posts the nudge as a DM from the app (chat.postMessage to the user id).

Maps Slack's answers to the scheduler's outcomes (see `bot/nudge/sending.py`): 429 →
retry after Retry-After; 5xx, timeouts and connection errors → retry with backoff; errors that
mean the user cannot be reached any more → gone; anything else → failed. Only error codes are
logged, never message text.
"""

from __future__ import annotations

import aiohttp
import structlog
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.nudge.content import NudgeContent
from bot.nudge.sending import SendResult
from bot.slack.nudge_blocks import nudge_blocks
from bot.store import UserKey

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
