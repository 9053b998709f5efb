"""The coaching card's controls: softer, firmer, shorter, longer, other language, "Not quite
right? → …" (another situation), and "Edit & post".

A variant button or a situation choice coaches the same client text again (opened from its
sealed record with the key the click carries, on whichever replica gets the click) and
REPLACES the card in place through the click's response_url. A situation choice also counts
the correction (calm's reading → the user's choice), never text. "Edit & post" opens a modal
with the draft (the submission is handled in post_in_thread.py).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import structlog
from slack_bolt.async_app import AsyncApp

from bot.coach import InputError, review_draft
from bot.coach.model import Language, Situation, Tone
from bot.slack import ids
from bot.slack.card_cache import DEFAULT, LONG, SHORT, CardSource, CardVariant
from bot.slack.coaching_flow import (
    UserContext,
    coach_for,
    count_correction,
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

_SHORTER = {LONG: DEFAULT, DEFAULT: SHORT, SHORT: SHORT}
_LONGER = {SHORT: DEFAULT, DEFAULT: LONG, LONG: LONG}


def next_variant(action_id: str, current: CardVariant) -> CardVariant:
    """The card state a button asks for (softer = warm, firmer = firm, shorter/longer one step
    of short · default · long, language the other one)."""
    if action_id == ids.ACTION_SOFTER:
        return replace(current, tone=Tone.WARM.value)
    if action_id == ids.ACTION_FIRMER:
        return replace(current, tone=Tone.FIRM.value)
    if action_id == ids.ACTION_SHORTER:
        return replace(current, length=_SHORTER[current.length])
    if action_id == ids.ACTION_LONGER:
        return replace(current, length=_LONGER[current.length])
    if action_id == ids.ACTION_LANGUAGE:
        other = Language.EN if current.language == Language.DE.value else Language.DE
        return replace(current, language=other.value)
    return current


def _value_of(action: dict) -> str:
    """A button's value, or the chosen option's value of the situation select."""
    if action.get("type") == "static_select" or "selected_option" in action:
        return str((action.get("selected_option") or {}).get("value") or "")
    return str(action.get("value") or "")


def _lookup(
    deps: SlackDeps, body: dict, action: dict
) -> tuple[UserContext, CardVariant | None, CardSource | None]:
    """Blocking (database reads): call it in a worker thread."""
    team = (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id", "")
    user = (body.get("user") or {}).get("id", "")
    ctx = load_user(deps, team, user)
    variant = CardVariant.from_value(_value_of(action))
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

    for action_id in (*ids.VARIANT_ACTIONS, ids.ACTION_SITUATION):
        app.action(action_id)(variant_clicked)

    async def edit_post_clicked(ack: Any, body: dict, action: dict, client: Any) -> None:
        await ack()
        deps.tasks.spawn(open_post_modal(deps, body, action, client), name="card.edit_post")

    app.action(ids.ACTION_EDIT_POST)(edit_post_clicked)


async def replace_card(deps: SlackDeps, body: dict, action: dict, respond: Any) -> None:
    ctx, current, source = await asyncio.to_thread(_lookup, deps, body, action)
    ui = ctx.ui

    async def send(blocks: list[dict], fallback: str) -> None:
        await respond(
            blocks=blocks, text=fallback, replace_original=True, response_type="ephemeral"
        )

    action_id = action.get("action_id", "")
    if action_id == ids.ACTION_SITUATION and current is None:
        # A value calm did not make (or an old card's): say so, keep it friendly.
        log.info("situation_choice_rejected")
        await send(notice(t("unknown_situation", ui)), t("unknown_situation", ui))
        return
    if current is None or source is None:
        log.info("card_state_gone", action=action_id)
        await send(notice(t("expired", ui)), t("expired", ui))
        return
    wanted = next_variant(action_id, current)
    try:
        coaching = coach_for(
            ctx,
            source.text,
            tone=Tone(wanted.tone),
            short=wanted.short,
            long=wanted.long,
            language=Language(wanted.language),
            situation=Situation(wanted.situation) if wanted.situation else None,
            surface="situation" if action_id == ids.ACTION_SITUATION else "button",
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
    # Not counted as a use again: a variant is the same client message, the weekly summary
    # counts messages. A situation choice counts as a correction.
    await send(coaching_card(coaching, opts), card_text(coaching, ui))
    if action_id == ids.ACTION_SITUATION:
        deps.tasks.spawn(
            asyncio.to_thread(count_correction, deps, ctx, coaching), name="card.correction"
        )
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
    ctx, current, source = await asyncio.to_thread(_lookup, deps, body, action)
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
            long=current.long,
            language=Language(current.language),
            situation=current.chosen,
            surface="edit_post",
        )
    except Exception as exc:
        log.error("coach_failed", surface="edit_post", error=type(exc).__name__)
        return
    # The refined draft when the card showed one, else the (deterministic) offline draft.
    draft = (
        await asyncio.to_thread(
            deps.cards.draft_for, current, team=ctx.key.team, user=ctx.key.user
        )
        or coaching.draft
    )
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
