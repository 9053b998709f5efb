"""The coaching card's buttons: softer, firmer, shorter, other language, and "Edit & post".

A variant button coaches the same client text again (from the in-memory card cache) and
REPLACES the card in place through the click's response_url. "Edit & post" opens a modal with
the draft (the submission is handled in post_in_thread.py).
"""

from __future__ import annotations

from typing import Any

import structlog
from slack_bolt.async_app import AsyncApp

from bot.coach import InputError, review_draft
from bot.coach.model import Language, Tone
from bot.slack import ids
from bot.slack.card_cache import CardSource, CardVariant
from bot.slack.coaching_flow import (
    UserContext,
    coach_for,
    input_error_text,
    load_user,
    refine_and_send,
    refining,
)
from bot.slack.deps import SlackDeps
from bot.slack.labels import t
from bot.slack.post_modal import post_modal
from bot.slack.render import CardOptions, card_text, coaching_card, notice

log = structlog.get_logger(__name__)


def next_variant(action_id: str, current: CardVariant) -> CardVariant:
    """The card state a button asks for (softer = warm, firmer = firm, shorter toggles)."""
    if action_id == ids.ACTION_SOFTER:
        return CardVariant(current.token, Tone.WARM.value, current.short, current.language)
    if action_id == ids.ACTION_FIRMER:
        return CardVariant(current.token, Tone.FIRM.value, current.short, current.language)
    if action_id == ids.ACTION_SHORTER:
        return CardVariant(current.token, current.tone, not current.short, current.language)
    if action_id == ids.ACTION_LANGUAGE:
        other = Language.EN if current.language == Language.DE.value else Language.DE
        return CardVariant(current.token, current.tone, current.short, other.value)
    return current


def _lookup(
    deps: SlackDeps, body: dict, action: dict
) -> tuple[UserContext, CardVariant | None, CardSource | None]:
    team = (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id", "")
    user = (body.get("user") or {}).get("id", "")
    ctx = load_user(deps, team, user)
    variant = CardVariant.from_value(action.get("value", ""))
    source = deps.cards.get(variant.token, team=team, user=user) if variant else None
    return ctx, variant, source


async def can_offer_post(deps: SlackDeps, source: CardSource) -> bool:
    return bool(
        deps.poster is not None and source.channel and await deps.poster.can_post_for(source.user)
    )


def register(app: AsyncApp, deps: SlackDeps) -> None:
    async def variant_clicked(ack: Any, body: dict, action: dict, respond: Any) -> None:
        await ack()
        deps.tasks.spawn(
            replace_card(deps, body, action, respond), name=f"card.{action.get('action_id')}"
        )

    for action_id in ids.VARIANT_ACTIONS:
        app.action(action_id)(variant_clicked)

    async def edit_post_clicked(ack: Any, body: dict, action: dict, client: Any) -> None:
        await ack()
        deps.tasks.spawn(open_post_modal(deps, body, action, client), name="card.edit_post")

    app.action(ids.ACTION_EDIT_POST)(edit_post_clicked)


async def replace_card(deps: SlackDeps, body: dict, action: dict, respond: Any) -> None:
    ctx, current, source = _lookup(deps, body, action)
    ui = ctx.ui

    async def send(blocks: list[dict], fallback: str) -> None:
        await respond(
            blocks=blocks, text=fallback, replace_original=True, response_type="ephemeral"
        )

    if current is None or source is None:
        await send(notice(t("expired", ui)), t("expired", ui))
        return
    wanted = next_variant(action.get("action_id", ""), current)
    try:
        coaching = coach_for(
            ctx,
            source.text,
            tone=Tone(wanted.tone),
            short=wanted.short,
            language=Language(wanted.language),
            surface="button",
        )
    except InputError as exc:
        await send(notice(input_error_text(exc, ui)), input_error_text(exc, ui))
        return
    except Exception as exc:
        log.error("coach_failed", surface="button", error=type(exc).__name__)
        await send(notice(t("failed", ui)), t("failed", ui))
        return
    refine = refining(deps, ctx.key.team)
    opts = CardOptions(
        token=current.token,
        ui=ui,
        offer_post=await can_offer_post(deps, source),
        status=t("refining", ui) if refine else None,
    )
    # Not counted again: a variant is the same client message, the weekly summary counts messages.
    await send(coaching_card(coaching, opts), card_text(coaching, ui))
    if refine:
        await refine_and_send(
            deps,
            ctx,
            coaching,
            source.text,
            CardOptions(token=opts.token, ui=ui, offer_post=opts.offer_post),
            send,
            follows=False,
        )


async def open_post_modal(deps: SlackDeps, body: dict, action: dict, client: Any) -> None:
    ctx, current, source = _lookup(deps, body, action)
    if current is None or source is None or not source.channel:
        await client.chat_postEphemeral(
            channel=(body.get("channel") or {}).get("id") or ctx.key.user,
            user=ctx.key.user,
            text=t("expired", ctx.ui),
        )
        return
    try:
        coaching = coach_for(
            ctx,
            source.text,
            tone=Tone(current.tone),
            short=current.short,
            language=Language(current.language),
            surface="edit_post",
        )
    except Exception as exc:
        log.error("coach_failed", surface="edit_post", error=type(exc).__name__)
        return
    # The refined draft when the card showed one, else the (deterministic) offline draft.
    draft = deps.cards.draft_for(current) or coaching.draft
    findings = review_draft(draft, language=coaching.reply_language)
    await client.views_open(
        trigger_id=body.get("trigger_id"),
        view=post_modal(
            draft,
            findings,
            channel=source.channel,
            thread_ts=source.thread_ts,
            ui=ctx.ui,
        ),
    )
