"""App Home: publish the Home tab, open the settings modal, save settings.

Saving validates with field errors, persists via `Store.update_user`, asks the nudge planner
to reschedule (if installed) and re-publishes the Home tab.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

import structlog
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import ids
from bot.slack.coaching_flow import load_user
from bot.slack.deps import SlackDeps
from bot.slack.home_view import home_view, parse_settings, settings_modal
from bot.store import UserKey

log = structlog.get_logger(__name__)


async def publish_home(deps: SlackDeps, client: AsyncWebClient, team: str, user: str) -> None:
    ctx = load_user(deps, team, user)
    start = ctx.today - dt.timedelta(days=6)
    week = deps.store.usage_between(ctx.key, start, ctx.today)
    corrections = deps.store.corrections_between(start, ctx.today, key=ctx.key)
    view = home_view(ctx.settings, week, ctx.ui, corrections)
    await client.views_publish(user_id=user, view=view)


async def remember_timezone(deps: SlackDeps, client: AsyncWebClient, key: UserKey) -> None:
    """Store the user's Slack time zone once (the nudge and "today" use it)."""
    if deps.store.get_user(key).timezone:
        return
    try:
        info = await client.users_info(user=key.user)
    except SlackApiError as exc:
        log.info("users_info_failed", error=exc.response.get("error"))
        return
    tz = (info.get("user") or {}).get("tz")
    if tz:
        deps.store.update_user(key, timezone=str(tz))


def reschedule(deps: SlackDeps, key: UserKey) -> None:
    try:
        planning = importlib.import_module("bot.nudge.planning")
    except ImportError:
        return
    reschedule_user = getattr(planning, "reschedule_user", None)
    if reschedule_user is not None:
        reschedule_user(deps.store, key, deps.clock())


def _team_user(body: dict) -> tuple[str, str]:
    user = body.get("user") or {}
    if isinstance(user, str):  # events: "user": "U…"
        return str(body.get("team_id") or body.get("team") or ""), user
    team = (body.get("team") or {}).get("id") or user.get("team_id", "")
    return str(team), str(user.get("id", ""))


def register(app: AsyncApp, deps: SlackDeps) -> None:
    async def home_opened(event: dict, body: dict, client: AsyncWebClient) -> None:
        if event.get("tab") != "home":
            return
        team = str(body.get("team_id") or "")
        user = str(event.get("user") or "")

        async def work() -> None:
            await remember_timezone(deps, client, UserKey("slack", team, user))
            await publish_home(deps, client, team, user)

        deps.tasks.spawn(work(), name="app_home.publish")

    app.event("app_home_opened")(home_opened)

    async def edit_settings(ack: Any, body: dict, client: AsyncWebClient) -> None:
        await ack()
        team, user = _team_user(body)
        ctx = load_user(deps, team, user)
        view = settings_modal(ctx.settings, ctx.ui, deps.settings.default_language)
        deps.tasks.spawn(
            client.views_open(trigger_id=body.get("trigger_id"), view=view),
            name="app_home.open_settings",
        )

    app.action(ids.ACTION_EDIT_SETTINGS)(edit_settings)

    async def settings_submitted(ack: Any, body: dict, view: dict, client: AsyncWebClient):
        team, user = _team_user(body)
        ctx = load_user(deps, team, user)
        changes, errors = parse_settings((view.get("state") or {}).get("values") or {}, ctx.ui)
        if errors:
            await ack(response_action="errors", errors=errors)
            return
        deps.store.update_user(ctx.key, **changes)
        log.info("settings_saved", fields=len(changes))
        await ack()

        async def after_save() -> None:
            reschedule(deps, ctx.key)
            await publish_home(deps, client, team, user)

        deps.tasks.spawn(after_save(), name="app_home.after_save")

    app.view(ids.VIEW_SETTINGS)(settings_submitted)
