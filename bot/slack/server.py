"""Running the Slack app: Socket Mode or HTTP, the nudge scheduler, a clean shutdown.

Used by `calm serve`. `serve_slack` returns when `stop` is set (SIGINT/SIGTERM).
"""

from __future__ import annotations

import asyncio
import importlib
import os
from collections.abc import Awaitable
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import structlog
from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.coach.errors import ConfigError
from bot.coach.refine import Refiner
from bot.config import Settings
from bot.slack.app import (
    HEALTH_PATH,
    build_slack_app,
    build_web_app,
    health_with_database,
    make_client,
)
from bot.slack.deps import SlackDeps
from bot.slack.settings_check import check_slack_settings
from bot.slack.store_runtime import (
    open_serving_store,
    start_usage_flusher,
    stop_usage_flusher,
)
from bot.startup import PortUnavailable, mark_serving

log = structlog.get_logger(__name__)

SLACK_CHECK_SECONDS = 15.0
_PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")


def _refiner(settings: Settings) -> Refiner | None:
    if not settings.llm_enabled:
        return None
    try:
        from bot.llm import build_refiner
    except ImportError:
        log.warning("llm_stage_unavailable")
        return None
    return build_refiner(settings)


def _start_nudges(app: AsyncApp, deps: SlackDeps) -> asyncio.Task | None:
    try:
        nudge = importlib.import_module("bot.slack.listeners.nudge")
    except ImportError:
        return None
    start = getattr(nudge, "start_background", None)
    return start(app, deps) if start is not None else None


class SlackUnreachable(Exception):
    """Slack's Web API could not be reached at start (network, DNS, proxy): says which."""


async def check_tokens(client: AsyncWebClient, settings: Settings, mode: str) -> None:
    """Ask Slack once whether the tokens work, so a wrong token is one clear message at start
    (the Socket Mode client would otherwise retry forever, logging tracebacks). A network
    failure is `SlackUnreachable`, not mistaken for a problem with calm's own port."""
    try:
        await _reaching_slack(client.auth_test(), settings)
    except SlackApiError as exc:
        raise ConfigError(
            f"Slack rejected SLACK_BOT_TOKEN ({exc.response.get('error')}). Copy the Bot User "
            'OAuth Token (xoxb-) from "OAuth & Permissions" into .env.'
        ) from None
    if mode == "socket" and settings.slack_app_token is not None:
        try:
            await _reaching_slack(
                client.apps_connections_open(
                    app_token=settings.slack_app_token.get_secret_value()
                ),
                settings,
            )
        except SlackApiError as exc:
            raise ConfigError(
                f"Slack rejected SLACK_APP_TOKEN ({exc.response.get('error')}). Generate an "
                'app-level token with connections:write under "Basic Information" and put it '
                "in .env."
            ) from None


async def _reaching_slack(call: Awaitable[Any], settings: Settings) -> Any:
    try:
        return await asyncio.wait_for(call, SLACK_CHECK_SECONDS)
    except SlackApiError:
        raise
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        host = urlsplit(settings.slack_api_url).hostname or settings.slack_api_url
        reason = _network_reason(exc)
        proxy = " (through the proxy in HTTPS_PROXY)" if _proxy_env() else ""
        raise SlackUnreachable(
            f"could not reach Slack at {host}{proxy}: {reason}. Check the network connection"
            + (", HTTPS_PROXY and NO_PROXY" if _proxy_env() else "")
            + "; calm's own port was not the problem."
        ) from None


def _proxy_env() -> str | None:
    return next((os.environ[n] for n in _PROXY_VARIABLES if os.environ.get(n)), None)


def _network_reason(exc: BaseException) -> str:
    """A short, text-free reason: the OS error's message, or the exception's type."""
    if isinstance(exc, TimeoutError):
        return f"no answer within {SLACK_CHECK_SECONDS:.0f} s"
    inner = getattr(exc, "os_error", None) or exc
    return getattr(inner, "strerror", None) or type(exc).__name__


async def serve_slack(settings: Settings, *, host: str, port: int, stop: asyncio.Event) -> None:
    mode = check_slack_settings(settings)
    if mode != "oauth":  # with the install flow the tokens come with each installation
        token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
        probe = make_client(token, settings.slack_api_url)
        await check_tokens(probe, settings, mode)  # before anything is opened or bound
    store = open_serving_store(settings.database_url)
    deps = SlackDeps(settings=settings, store=store, refiner=_refiner(settings))
    user_token = settings.slack_user_token.get_secret_value() if settings.slack_user_token else None
    app = build_slack_app(deps, user_client_token=user_token or None)
    web_app = build_web_app(app, store=store)
    if mode == "socket":  # Slack's requests come over the socket; keep only the health check
        web_app = web.Application()
        web_app.router.add_get(HEALTH_PATH, health_with_database(store))
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    socket_handler = None
    nudge_task: asyncio.Task | None = None
    usage_task = start_usage_flusher(store)
    try:
        try:
            await web.TCPSite(runner, host, port).start()
        except OSError as exc:
            raise PortUnavailable(host, port, exc) from None
        if mode == "socket":
            from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler

            assert settings.slack_app_token is not None
            socket_handler = AsyncSocketModeHandler(
                app, settings.slack_app_token.get_secret_value()
            )
            await socket_handler.connect_async()
        nudge_task = _start_nudges(app, deps)
        mark_serving()
        log.info(
            "slack_serving",
            mode=mode,
            host=host,
            port=port,
            llm=deps.refiner is not None,
            post_as_user=bool(user_token),
            nudges=nudge_task is not None,
            install_flow=mode == "oauth",
        )
        await stop.wait()
    finally:
        log.info("slack_stopping")
        if nudge_task is not None:
            nudge_task.cancel()
            await asyncio.gather(nudge_task, return_exceptions=True)
        if socket_handler is not None:
            await socket_handler.close_async()
        await deps.tasks.cancel_all()
        await runner.cleanup()
        await stop_usage_flusher(usage_task, store)
        aclose = getattr(deps.refiner, "aclose", None)
        if aclose is not None:  # the LLM client's connection pool
            await aclose()
        store.engine.dispose()
