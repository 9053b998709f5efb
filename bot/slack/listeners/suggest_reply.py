"""Message shortcut "Suggest reply": coach that message, card ephemeral in its thread.

Ack first, then work. The card goes to the user only (`chat.postEphemeral` with the thread's
ts). Where the bot cannot post there (not in the channel, Slack Connect, …) it falls back to
the shortcut's response_url, then to a DM, and says so on the card.
"""

from __future__ import annotations

import asyncio
from typing import Any

import structlog
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.coach import InputError
from bot.coach.model import Language
from bot.slack import ids
from bot.slack.coaching_flow import (
    after_card,
    coach_for,
    count_in_memory,
    input_error_text,
    load_user,
    refine_and_send,
    refining,
    remember,
    should_offer_nudge,
)
from bot.slack.deps import SlackDeps
from bot.slack.labels import t
from bot.slack.message_text import has_files, message_text
from bot.slack.render import CardOptions, card_text, coaching_card, notice

log = structlog.get_logger(__name__)


class Delivery:
    """Sends blocks to the user about one message: in its thread, else response_url, else DM."""

    def __init__(
        self,
        client: AsyncWebClient,
        respond: Any,
        *,
        channel: str,
        user: str,
        thread_ts: str | None,
        ui: Language,
    ) -> None:
        self.client, self.respond = client, respond
        self.channel, self.user, self.thread_ts, self.ui = channel, user, thread_ts, ui
        self.route: str | None = None  # "thread" | "response_url" | "dm", once one worked

    async def send(self, blocks: list[dict], fallback: str) -> str:
        if self.route in (None, "thread"):
            try:
                await self.client.chat_postEphemeral(
                    channel=self.channel,
                    user=self.user,
                    thread_ts=self.thread_ts,
                    blocks=blocks,
                    text=fallback,
                )
                self.route = "thread"
                return self.route
            except SlackApiError as exc:
                log.info("ephemeral_in_thread_failed", error=exc.response.get("error"))
        if self.route in (None, "thread", "response_url") and self.respond is not None:
            resp = await self.respond(
                blocks=self._with_note(blocks, "fallback_response_url"),
                text=fallback,
                response_type="ephemeral",
                replace_original=False,
            )
            if getattr(resp, "status_code", 200) == 200:
                self.route = "response_url"
                return self.route
            log.info("response_url_failed", status=getattr(resp, "status_code", None))
        opened = await self.client.conversations_open(users=self.user)
        await self.client.chat_postMessage(
            channel=opened["channel"]["id"],
            blocks=self._with_note(blocks, "fallback_dm"),
            text=fallback,
        )
        self.route = "dm"
        return self.route

    def _with_note(self, blocks: list[dict], key: str) -> list[dict]:
        note = {"type": "context", "elements": [{"type": "mrkdwn", "text": t(key, self.ui)}]}
        return [note, *blocks][:50]


def register(app: AsyncApp, deps: SlackDeps) -> None:
    async def suggest_reply(ack: Any, shortcut: dict, client: AsyncWebClient, respond: Any):
        await ack()
        deps.tasks.spawn(coach_shortcut(deps, shortcut, client, respond), name="suggest_reply")

    app.shortcut({"type": "message_action", "callback_id": ids.SHORTCUT_SUGGEST_REPLY})(
        suggest_reply
    )


async def coach_shortcut(
    deps: SlackDeps, shortcut: dict, client: AsyncWebClient, respond: Any
) -> None:
    team = (shortcut.get("team") or {}).get("id") or (shortcut.get("user") or {}).get("team_id", "")
    user = (shortcut.get("user") or {}).get("id", "")
    channel = (shortcut.get("channel") or {}).get("id", "")
    message = shortcut.get("message") or {}
    thread_ts = message.get("thread_ts") or message.get("ts") or shortcut.get("message_ts")
    ctx = load_user(deps, team, user)
    ui = ctx.ui
    delivery = Delivery(client, respond, channel=channel, user=user, thread_ts=thread_ts, ui=ui)

    text = message_text(message)
    if not text:
        key = "no_text_in_message" if has_files(message) else "no_words"
        await delivery.send(notice(t(key, ui)), t(key, ui))
        return
    try:
        coaching = coach_for(ctx, text, surface="shortcut")
    except InputError as exc:
        await delivery.send(notice(input_error_text(exc, ui)), input_error_text(exc, ui))
        return
    except Exception as exc:
        log.error("coach_failed", surface="shortcut", error=type(exc).__name__)
        await delivery.send(notice(t("failed", ui)), t("failed", ui))
        return

    token = remember(deps, ctx, text, channel=channel or None, thread_ts=thread_ts)
    refine = refining(deps, team)
    offer_nudge = should_offer_nudge(ctx)
    offer_post = deps.poster is not None and bool(channel) and await deps.poster.can_post_for(user)
    opts = CardOptions(
        token=token,
        ui=ui,
        offer_post=offer_post,
        offer_nudge=offer_nudge,
        status=t("refining", ui) if refine else None,
    )
    route = await delivery.send(coaching_card(coaching, opts), card_text(coaching, ui))
    log.info("shortcut_card_sent", route=route)
    counted = count_in_memory(deps, ctx, coaching)
    if offer_nudge or not counted:
        await asyncio.to_thread(
            after_card, deps, ctx, coaching, offered_nudge=offer_nudge, counted=counted
        )
    if refine:
        await refine_and_send(
            deps,
            ctx,
            coaching,
            text,
            CardOptions(token=token, ui=ui, offer_post=offer_post),
            delivery.send,
            follows=True,
        )
