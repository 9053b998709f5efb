"""Slack listeners for the daily nudge, and the background task that sends it.

  * `nudge_opt_in` (button on the first coaching card): enable the nudge with the defaults
    (09:00 in the user's Slack time zone, Mon–Fri) and confirm.
  * `nudge_capacity_<free|some|full|overbooked>` (buttons in the nudge DM): store the answer for
    the user's local today and update the DM in place.
  * `start_background(app, deps)`: the scheduler's tick loop as an asyncio task.

`nudge_command_reply` is the `/calm nudge …` entry for the command router: it looks the time
zone up in Slack when calm does not know it yet, then calls `handle_nudge_command`.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

import structlog
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.coach.model import Capacity
from bot.nudge.commands import describe_schedule, handle_nudge_command
from bot.nudge.content import language_of, noted_text
from bot.nudge.planning import reschedule_user
from bot.nudge.schedule import local_date, zone
from bot.nudge.scheduler import NudgeScheduler
from bot.nudge.sending import NudgeSender
from bot.slack.deps import SlackDeps
from bot.slack.install import Installations
from bot.slack.nudge_blocks import CAPACITY_ACTION_PREFIX, answered_blocks
from bot.slack.nudge_sender import InstalledWorkspacesSender, SlackNudgeSender
from bot.store import UserKey

log = structlog.get_logger(__name__)

OPT_IN_ACTION_ID = "nudge_opt_in"
PLATFORM = "slack"


def user_key(body: dict[str, Any]) -> UserKey:
    """The clicking user, from an interactivity payload."""
    user = body.get("user") or {}
    team = (body.get("team") or {}).get("id") or user.get("team_id") or ""
    return UserKey(PLATFORM, str(team), str(user.get("id") or ""))


async def lookup_timezone(client: AsyncWebClient, user_id: str) -> str | None:
    """The user's IANA zone from `users.info`, or None when Slack does not tell."""
    try:
        response = await client.users_info(user=user_id)
    except SlackApiError as exc:
        log.warning("nudge.tz_lookup_failed", error=str(exc.response.get("error", "")))
        return None
    tz = (response.get("user") or {}).get("tz")
    return str(tz) if tz else None


async def nudge_command_reply(
    client: AsyncWebClient, deps: SlackDeps, key: UserKey, args: str, language: str = "de"
) -> str:
    """`/calm nudge <args>` for Slack: fills in the time zone from Slack if unknown; answers
    in `language` unless the user chose one."""
    timezone = None
    if not deps.store.get_user(key).timezone:
        timezone = await lookup_timezone(client, key.user)
    return handle_nudge_command(
        deps.store, key, args, deps.clock(), timezone=timezone, default_language=language
    )


def _without_opt_in(blocks: list[dict[str, Any]], note: str) -> list[dict[str, Any]]:
    """The message's blocks with the opt-in button removed and `note` in its place."""
    out: list[dict[str, Any]] = []
    replaced = False
    for block in blocks:
        if block.get("type") == "actions":
            elements = [
                e for e in block.get("elements", []) if e.get("action_id") != OPT_IN_ACTION_ID
            ]
            if len(elements) != len(block.get("elements", [])):
                replaced = True
                if elements:
                    out.append({**block, "elements": elements})
                out.append({"type": "context", "elements": [{"type": "mrkdwn", "text": note}]})
                continue
        out.append(block)
    if not replaced:
        out.append({"type": "context", "elements": [{"type": "mrkdwn", "text": note}]})
    return out


def register(app: AsyncApp, deps: SlackDeps) -> None:
    """Attach the nudge listeners to `app`."""

    async def opt_in(
        ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        await ack()
        deps.tasks.spawn(enable(body, client, respond), name="nudge.opt_in")

    async def enable(body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond) -> None:
        key = user_key(body)
        settings = deps.store.get_user(key)
        timezone = await lookup_timezone(client, key.user) or settings.timezone
        deps.store.update_user(key, nudge_enabled=True, nudge_offered=True, timezone=timezone)
        reschedule_user(deps.store, key, deps.clock())
        text = describe_schedule(deps.store.get_user(key))
        log.info("nudge.opted_in", platform=PLATFORM, tz_known=timezone is not None)
        message = body.get("message") or {}
        if message.get("blocks"):
            await respond(
                text=text, blocks=_without_opt_in(message["blocks"], text), replace_original=True
            )
        else:  # ephemeral cards come without their content: answer in a new ephemeral line
            await respond(text=text, response_type="ephemeral", replace_original=False)

    async def capacity_answer(
        ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        await ack()
        deps.tasks.spawn(store_answer(body, client, respond), name="nudge.capacity_answer")

    async def store_answer(
        body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        action = (body.get("actions") or [{}])[0]
        raw = str(action.get("value") or action.get("action_id", "")[len(CAPACITY_ACTION_PREFIX) :])
        try:
            capacity = Capacity(raw)
        except ValueError:
            log.warning("nudge.unknown_capacity_value")
            return
        key = user_key(body)
        settings = deps.store.get_user(key)
        today = local_date(deps.clock(), zone(settings.timezone))
        deps.store.set_capacity(key, today, capacity)
        language = language_of(
            settings, deps.locales.language_for(key, deps.settings.default_language)
        )
        text = noted_text(capacity, language)
        blocks = answered_blocks(capacity, language)
        log.info("nudge.capacity_answered", platform=PLATFORM, capacity=capacity.value)
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
            "channel_id"
        )
        ts = (body.get("message") or {}).get("ts") or (body.get("container") or {}).get(
            "message_ts"
        )
        is_ephemeral = bool((body.get("container") or {}).get("is_ephemeral"))
        if channel and ts and not is_ephemeral:
            try:
                await client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
                return
            except SlackApiError as exc:
                log.warning("nudge.update_failed", error=str(exc.response.get("error", "")))
        if body.get("response_url"):
            await respond(text=text, blocks=blocks, replace_original=True)

    app.action(OPT_IN_ACTION_ID)(opt_in)
    app.action(re.compile(f"^{CAPACITY_ACTION_PREFIX}"))(capacity_answer)


def start_background(app: AsyncApp, deps: SlackDeps) -> asyncio.Task[None] | None:
    """Start the nudge scheduler loop on the running event loop; None when nudges are off.

    Call it from inside the running loop (e.g. an aiohttp `on_startup` hook). Cancel the task
    on shutdown.

    With one bot token the scheduler nudges only that token's workspace (asked once from
    `auth.test`): another calm on the same database with another workspace's token keeps its
    own users. With the install flow it nudges every installed workspace, each user with their
    own workspace's token.
    """
    if not deps.settings.nudge_enabled:
        log.info("nudge.scheduler_disabled")
        return None
    installations = app.installation_store
    sender: NudgeSender
    if isinstance(installations, Installations):
        sender = InstalledWorkspacesSender(installations, str(app.client.base_url))

        async def workspaces() -> list[str]:
            return await asyncio.to_thread(installations.installed_teams)

    else:
        # A client of its own without the app's 429 auto-retry: the scheduler owns retries
        # (they survive restarts and never block a tick while sleeping through Retry-After).
        client = AsyncWebClient(token=app.client.token, base_url=app.client.base_url)
        sender = SlackNudgeSender(client)
        own: list[str] = []

        async def workspaces() -> list[str]:
            if not own:  # an auth.test failure fails this tick; the next one asks again
                own.append(str((await client.auth_test())["team_id"]))
            return own

    scheduler = NudgeScheduler(
        deps.store,
        sender,
        platform=PLATFORM,
        clock=deps.clock,
        default_language=lambda key: deps.locales.language_for(
            key, deps.settings.default_language
        ),
        workspaces=workspaces,
    )
    return asyncio.get_running_loop().create_task(
        scheduler.run(deps.settings.nudge_tick_seconds), name="calm-nudge-scheduler"
    )
