"""`/calm <client message>`: the coaching card, ephemeral, inside the ack.

`/calm` or `/calm help` (`hilfe`) shows the usage card; `/calm settings` (`einstellungen`) says
where the settings are; `/calm nudge …` and `/calm capacity …` (`kapazität …`) go to the nudge
commands. Everything slow (usage count, refinement) runs after the ack. A direct message to calm
is read the same way (see direct_message.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
from typing import Any

import structlog
from slack_bolt.async_app import AsyncApp

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
from bot.slack.message_text import clean_markup
from bot.slack.render import CardOptions, card_text, coaching_card, help_card, notice

log = structlog.get_logger(__name__)

HELP_WORDS = {"", "help", "hilfe", "?", "-h", "--help"}
SETTINGS_WORDS = {"settings", "setting", "einstellungen", "einstellung", "preferences"}
# `/calm nudge …` / `/calm capacity …`; longer text starting with these words is a client
# message ("Capacity is a problem for us …"), not a subcommand.
SUBCOMMANDS = {"nudge": "handle_nudge_command", "capacity": "handle_capacity_command"}
SUBCOMMAND_ALIASES = {"kapazität": "capacity", "kapazitaet": "capacity", "check-in": "nudge"}
SUBCOMMAND_MAX_ARGS = 40


def split_subcommand(text: str) -> tuple[str, str] | None:
    """`("nudge", "08:30 mon-fri")` for a subcommand (German words too), else None."""
    first, _, rest = text.strip().partition(" ")
    name = first.lower()
    name = SUBCOMMAND_ALIASES.get(name, name)
    if name in SUBCOMMANDS and len(rest) <= SUBCOMMAND_MAX_ARGS and "\n" not in rest:
        return name, rest.strip()
    return None


def is_help(text: str) -> bool:
    return text.strip().lower() in HELP_WORDS


def is_settings(text: str) -> bool:
    """`settings` / `einstellungen` on its own (a sentence about settings is a client message)."""
    return text.strip().lower().rstrip("?!.") in SETTINGS_WORDS


def settings_reply(ui: Language, *, team: str, app_id: str | None) -> str:
    """Where the settings are, with a link that opens calm's Home tab when the app id is known."""
    link = ""
    if app_id and team:
        link = f" (<slack://app?team={team}&id={app_id}&tab=home|{t('settings_link', ui)}>)"
    return t("settings_where", ui, link=link)


def register(app: AsyncApp, deps: SlackDeps) -> None:
    async def calm_command(ack: Any, command: dict, respond: Any, client: Any) -> None:
        team, user = command.get("team_id", ""), command.get("user_id", "")
        raw = command.get("text") or ""
        try:
            ctx = load_user(deps, team, user)
        except Exception as exc:
            log.error("user_load_failed", error=type(exc).__name__)
            await ack(text="calm is having trouble right now. Please try again in a moment.")
            return
        ui = ctx.ui

        if is_help(raw):
            await ack(
                blocks=help_card(ui),
                text="calm – /calm <client message>",
                response_type="ephemeral",
            )
            return

        if is_settings(raw):
            reply = settings_reply(ui, team=team, app_id=command.get("api_app_id"))
            await ack(blocks=notice(reply), text=reply, response_type="ephemeral")
            return

        sub = split_subcommand(raw)
        if sub is not None:
            reply = await run_subcommand(deps, client, ctx.key, *sub, ui) or t("unavailable", ui)
            await ack(blocks=notice(reply), text=reply[:300], response_type="ephemeral")
            return

        text = clean_markup(raw)
        if not text:
            message = t("no_words", ui)
            await ack(blocks=notice(message), text=message, response_type="ephemeral")
            return
        try:
            coaching = coach_for(ctx, text, surface="command")
        except InputError as exc:
            message = input_error_text(exc, ui)
            await ack(blocks=notice(message), text=message, response_type="ephemeral")
            return
        except Exception as exc:
            log.error("coach_failed", surface="command", error=type(exc).__name__)
            await ack(
                blocks=notice(t("failed", ui)), text=t("failed", ui), response_type="ephemeral"
            )
            return

        token = remember(deps, ctx, text)
        refine = refining(deps, team)
        offer_nudge = should_offer_nudge(ctx)
        opts = CardOptions(
            token=token,
            ui=ui,
            offer_nudge=offer_nudge,
            status=t("refining", ui) if refine else None,
        )
        await ack(
            blocks=coaching_card(coaching, opts),
            text=card_text(coaching, ui),
            response_type="ephemeral",
        )

        # A buffered count costs nothing; database writes (the nudge offer shown once, or a
        # store that writes counts directly) go to a worker thread: a commit may wait on disk.
        counted = count_in_memory(deps, ctx, coaching)
        if offer_nudge or not counted:
            deps.tasks.spawn(
                asyncio.to_thread(
                    after_card, deps, ctx, coaching, offered_nudge=offer_nudge, counted=counted
                ),
                name="calm_command.bookkeeping",
            )
        if refine:

            async def send(blocks: list[dict], fallback: str) -> None:
                await respond(
                    blocks=blocks, text=fallback, response_type="ephemeral", replace_original=False
                )

            deps.tasks.spawn(
                refine_and_send(
                    deps,
                    ctx,
                    coaching,
                    text,
                    CardOptions(token=token, ui=ui),
                    send,
                    follows=True,
                ),
                name="calm_command.refine",
            )

    app.command(ids.COMMAND)(calm_command)


TIMEZONE_LOOKUP_SECONDS = 1.5  # `/calm nudge` may ask Slack for the time zone before the ack


async def run_subcommand(
    deps: SlackDeps,
    client: Any,
    key: Any,
    name: str,
    args: str,
    language: Language = Language.DE,
) -> str | None:
    """Run `/calm nudge|capacity <args>` through the nudge module; None when not installed.

    `/calm nudge` goes through the Slack nudge listener's `nudge_command_reply`, which fills in
    the user's time zone from Slack when calm does not know it; if Slack is slow, the plain
    command runs without it (the ack must not wait).
    """
    try:
        commands = importlib.import_module("bot.nudge.commands")
    except ImportError:
        return None
    handler = getattr(commands, SUBCOMMANDS[name], None)
    if handler is None:
        return None
    try:
        if name == "nudge":
            slack_nudge = importlib.import_module("bot.slack.listeners.nudge")
            reply_with_tz = getattr(slack_nudge, "nudge_command_reply", None)
            if reply_with_tz is not None:
                with contextlib.suppress(TimeoutError):
                    return str(
                        await asyncio.wait_for(
                            reply_with_tz(client, deps, key, args, language.value),
                            TIMEZONE_LOOKUP_SECONDS,
                        )
                    )
        return str(handler(deps.store, key, args, deps.clock(), default_language=language.value))
    except Exception as exc:
        log.error("subcommand_failed", subcommand=name, error=type(exc).__name__)
        return None
