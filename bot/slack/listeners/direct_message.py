"""A direct message to calm (its Messages tab): read it like `/calm <text>`, answer in the DM.

The manifest enables the Messages tab and subscribes to `message.im`, so writing to calm there
is a natural way to use it: a pasted client message gets a coaching card, `help` / `hilfe` the
usage card, `settings` / `einstellungen` where the settings are, `nudge …` / `capacity …`
(`kapazität …`) the nudge commands. The DM holds only the user and calm, so the card is a
normal message there; a refined draft (LLM) replaces it in place.

Ignored: calm's own messages (its check-ins, its cards), other bots, and every message with a
subtype (edits, deletions, joins, thread broadcasts): one answer per message the user wrote,
never an answer to an edit. A file share is a message the user wrote: its text is coached, a
file alone gets the friendly "I can't read files" answer.
"""

from __future__ import annotations

import asyncio
from typing import Any

import structlog
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.coach import InputError
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
from bot.slack.listeners.calm_command import (
    is_help,
    is_settings,
    run_subcommand,
    settings_reply,
    split_subcommand,
)
from bot.slack.message_text import message_text
from bot.slack.render import CardOptions, card_text, coaching_card, help_card, notice

log = structlog.get_logger(__name__)

_ANSWERED_SUBTYPES = frozenset({None, "", "file_share"})


def is_user_message(event: dict, bot_user_id: str | None) -> bool:
    """A message a person wrote to calm in its DM (not an edit, not calm's own, not a bot's)."""
    return (
        event.get("channel_type") == "im"
        and event.get("subtype") in _ANSWERED_SUBTYPES
        and not event.get("bot_id")
        and not event.get("bot_profile")
        and bool(event.get("user"))
        and event.get("user") != bot_user_id
    )


def register(app: AsyncApp, deps: SlackDeps) -> None:
    async def direct_message(event: dict, context: Any, client: AsyncWebClient) -> None:
        if not is_user_message(event, context.get("bot_user_id")):
            return
        team = context.get("team_id") or event.get("team") or ""
        deps.tasks.spawn(
            answer(deps, event, client, team=team, app_id=context.get("app_id")),
            name="direct_message",
        )

    app.event("message")(direct_message)


async def answer(
    deps: SlackDeps, event: dict, client: AsyncWebClient, *, team: str, app_id: str | None
) -> None:
    user, channel = event["user"], event.get("channel", "")
    thread_ts = event.get("thread_ts")
    ctx = load_user(deps, team, user)
    ui = ctx.ui

    async def post(blocks: list[dict], fallback: str) -> dict:
        return await client.chat_postMessage(
            channel=channel, thread_ts=thread_ts, blocks=blocks, text=fallback
        )

    raw = str(event.get("text") or "")
    if not raw.strip() and event.get("files"):
        await post(notice(t("no_text_in_message", ui)), t("no_text_in_message", ui))
        return
    if is_help(raw):
        await post(help_card(ui), "calm – /calm <client message>")
        return
    if is_settings(raw):
        reply = settings_reply(ui, team=team, app_id=app_id)
        await post(notice(reply), reply)
        return
    sub = split_subcommand(raw)
    if sub is not None:
        reply = await run_subcommand(deps, client, ctx.key, *sub, ui) or t("unavailable", ui)
        await post(notice(reply), reply[:300])
        return

    text = message_text(event)
    if not text:
        key = "no_text_in_message" if event.get("files") else "no_words"
        await post(notice(t(key, ui)), t(key, ui))
        return
    try:
        coaching = coach_for(ctx, text, surface="direct_message")
    except InputError as exc:
        await post(notice(input_error_text(exc, ui)), input_error_text(exc, ui))
        return
    except Exception as exc:
        log.error("coach_failed", surface="direct_message", error=type(exc).__name__)
        await post(notice(t("failed", ui)), t("failed", ui))
        return

    token = remember(deps, ctx, text)
    refine = refining(deps, team)
    offer_nudge = should_offer_nudge(ctx)
    opts = CardOptions(
        token=token, ui=ui, offer_nudge=offer_nudge, status=t("refining", ui) if refine else None
    )
    sent = await post(coaching_card(coaching, opts), card_text(coaching, ui))
    log.info("direct_message_card_sent")
    counted = count_in_memory(deps, ctx, coaching)
    if offer_nudge or not counted:
        await asyncio.to_thread(
            after_card, deps, ctx, coaching, offered_nudge=offer_nudge, counted=counted
        )
    if refine:
        card_ts = sent.get("ts")

        async def replace(blocks: list[dict], fallback: str) -> None:
            await client.chat_update(channel=channel, ts=card_ts, blocks=blocks, text=fallback)

        await refine_and_send(
            deps, ctx, coaching, text, CardOptions(token=token, ui=ui), replace, follows=False
        )
