"""Posting a reply into a thread as the user, with a user token that has `chat:write`.

In a single-workspace install the token (SLACK_USER_TOKEN) belongs to the installing user, so
"Edit & post" is offered only to that user: calm never posts as someone else.
"""

from __future__ import annotations

import asyncio

import structlog
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = structlog.get_logger(__name__)


class UserPoster:
    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client
        self._owner: str | None = None
        self._lock = asyncio.Lock()

    async def owner(self) -> str | None:
        """The user id the token belongs to (auth.test, cached); None if it cannot be read."""
        if self._owner is not None:
            return self._owner
        async with self._lock:
            if self._owner is None:
                try:
                    resp = await self.client.auth_test()
                    self._owner = resp.get("user_id")
                except SlackApiError as exc:
                    log.warning("user_token_check_failed", error=exc.response.get("error"))
                    return None
        return self._owner

    async def can_post_for(self, user_id: str) -> bool:
        return (await self.owner()) == user_id

    async def post(self, *, channel: str, thread_ts: str | None, text: str) -> str:
        """Post `text` as the user; returns the message ts. Raises SlackApiError."""
        resp = await self.client.chat_postMessage(
            channel=channel, thread_ts=thread_ts, text=text, unfurl_links=False
        )
        return str(resp.get("ts"))
