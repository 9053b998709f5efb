"""Submission of the "Edit & post" modal: post the edited reply into the thread as the user."""

from __future__ import annotations

import asyncio
from typing import Any

import structlog
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError

from bot.slack import ids
from bot.slack.coaching_flow import load_user
from bot.slack.deps import SlackDeps
from bot.slack.post_modal import DRAFT_ACTION, DRAFT_BLOCK, text, unpack_metadata

log = structlog.get_logger(__name__)

POST_TIMEOUT_SECONDS = 2.0  # the view submission must be answered within 3 s


def register(app: AsyncApp, deps: SlackDeps) -> None:
    async def post_submitted(ack: Any, body: dict, view: dict) -> None:
        user = (body.get("user") or {}).get("id", "")
        team = (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id", "")
        ui = load_user(deps, team, user).ui
        values = (view.get("state") or {}).get("values") or {}
        reply = ((values.get(DRAFT_BLOCK) or {}).get(DRAFT_ACTION) or {}).get("value") or ""
        where = unpack_metadata(view.get("private_metadata", ""))

        def error(message: str) -> dict:
            return {"response_action": "errors", "errors": {DRAFT_BLOCK: message}}

        if not reply.strip():
            await ack(**error(text("empty", ui)))
            return
        if where is None or deps.poster is None or not await deps.poster.can_post_for(user):
            log.warning("post_in_thread_refused", reason="not_allowed")
            await ack(**error(text("not_allowed", ui)))
            return
        channel, thread_ts = where
        try:
            await asyncio.wait_for(
                deps.poster.post(channel=channel, thread_ts=thread_ts, text=reply),
                POST_TIMEOUT_SECONDS,
            )
        except SlackApiError as exc:
            code = str(exc.response.get("error", "error"))
            log.warning("post_in_thread_failed", error=code)
            await ack(**error(text("post_failed", ui, error=code)))
            return
        except TimeoutError:
            log.warning("post_in_thread_failed", error="timeout")
            await ack(**error(text("post_failed", ui, error="timeout")))
            return
        log.info("posted_in_thread", length=len(reply))
        await ack()

    app.view(ids.VIEW_POST_IN_THREAD)(post_submitted)
