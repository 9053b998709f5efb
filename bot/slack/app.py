"""Building calm's Slack app: the Bolt AsyncApp with every listener, and its HTTP endpoint.

`build_slack_app` is the one place that wires Slack: `calm serve`, the tests and the bench all
use it. `build_web_app` serves `POST /slack/events` (commands, interactivity, events) and
`GET /healthz` on aiohttp, plus `GET /slack/install` and `GET /slack/oauth_redirect` with the
install flow (SLACK_CLIENT_ID; see install.py).

The app keeps Bolt's default `process_before_response=False`: the HTTP answer goes out as soon
as a listener calls `ack()`, whatever the listener does afterwards, so no listener (ours or the
nudge's) can hold up an ack. calm's listeners also hand their slow work to `deps.tasks` (see
background.py) so tests and shutdown can wait for it. (Bolt notices the ack by polling every
10 ms; `process_before_response=True` would save those 10 ms but make every listener's
post-ack work delay its HTTP answer.)
"""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import logging
import os
import urllib.parse
import urllib.request
from collections.abc import Awaitable, Callable

import structlog
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot import log_privacy
from bot.slack import listeners
from bot.slack.deps import SlackDeps
from bot.slack.install import (
    INSTALL_PATH,
    REDIRECT_PATH,
    authorize,
    oauth_flow,
    prepare_install_flow,
    register_revocation_listeners,
)
from bot.slack.post_as_user import UserPoster
from bot.slack.user_locale import locale_middleware
from bot.store import Store

log = structlog.get_logger(__name__)
Handler = Callable[[web.Request], Awaitable[web.Response]]

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


def make_client(token: str | None, base_url: str) -> AsyncWebClient:
    """A Web API client that retries twice on HTTP 429, honouring Retry-After, and uses the
    proxy from the environment the way other programs do: slack-sdk reads HTTPS_PROXY but
    ignores NO_PROXY, so a host listed there would still be sent through the proxy."""
    client = AsyncWebClient(token=token, base_url=base_url)
    client.proxy = proxy_for(base_url)
    client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=2))
    return client


def proxy_for(url: str) -> str | None:
    """The proxy URL for `url` from the environment (HTTPS_PROXY/HTTP_PROXY), or None when
    there is none or NO_PROXY lists the host."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    proxies = urllib.request.getproxies_environment()
    proxy = proxies.get(parts.scheme or "https") or proxies.get("https") or proxies.get("http")
    if not proxy or not host or urllib.request.proxy_bypass_environment(host, proxies):
        return None
    return proxy


class _QuietBoltStart(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment even when given a client, then warns on
    every start that the token "will be unused" — the client carries that very token."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("As you gave `client` as well")


def _bolt_logger() -> logging.Logger:
    logger = logging.getLogger("slack_bolt.AsyncApp")
    if not any(isinstance(f, _QuietBoltStart) for f in logger.filters):
        logger.addFilter(_QuietBoltStart())
    return logger


def build_slack_app(
    deps: SlackDeps,
    *,
    client: AsyncWebClient | None = None,
    user_client_token: str | None = None,
) -> AsyncApp:
    """The Bolt app with all of calm's listeners.

    `client` defaults to one for `SLACK_BOT_TOKEN` at `SLACK_API_URL`. `user_client_token`
    (a `xoxp-` token with `chat:write`) enables "Edit & post"; None leaves it out.
    With SLACK_CLIENT_ID the app runs the install flow instead: no token of its own, each
    request authorised with its workspace's installation (see install.py).
    """
    log_privacy.install()  # Bolt logs the body of a request that fails the signature check
    settings = deps.settings
    install_flow = bool(settings.slack_client_id)
    if client is None:
        token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
        client = make_client(None if install_flow else token, settings.slack_api_url)
    if user_client_token and deps.poster is None:
        user_client = make_client(user_client_token, str(client.base_url))
        deps = dataclasses.replace(deps, poster=UserPoster(user_client))
    secret = settings.slack_signing_secret
    options: dict[str, object] = {}
    if not install_flow:
        # Bolt switches to its own OAuth defaults (a file store, the bot token ignored) when
        # SLACK_CLIENT_ID and SLACK_CLIENT_SECRET exist in the environment, even empty, as
        # `docker run --env-file` exports every empty line. calm's settings say they are empty.
        for name in ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET"):
            if not os.environ.get(name, "x").strip():
                os.environ.pop(name, None)
    if install_flow:
        installations, states = prepare_install_flow(settings, deps.store)
        options = {
            "installation_store": installations,
            "oauth_flow": oauth_flow(settings, installations, states),
            "authorize": authorize(installations, client),
        }
    app = AsyncApp(
        client=client,
        signing_secret=secret.get_secret_value() if secret else "",
        process_before_response=False,
        name="calm",
        logger=_bolt_logger(),
        **options,  # type: ignore[arg-type]
    )
    if install_flow:
        register_revocation_listeners(app, options["installation_store"])  # type: ignore[arg-type]
    app.use(locale_middleware(deps.locales, deps.store))
    listeners.register(app, deps)
    return app


async def health(_request: web.Request) -> web.Response:
    """`GET /healthz`: 200 JSON while the process serves."""
    return web.json_response({"ok": True, "service": "calm", "slack": True})


def health_with_database(store: Store, timeout: float = 2.0) -> Handler:
    """`GET /healthz` that also asks the database (`SELECT 1`): 503 when it cannot be reached,
    so a proxy stops sending requests to a replica that lost its database (readiness), and
    an orchestrator may restart it (liveness)."""

    async def handler(_request: web.Request) -> web.Response:
        try:
            await asyncio.wait_for(asyncio.to_thread(store.ping), timeout)
        except Exception as exc:  # unreachable, refused, timed out
            log.warning("health_database_unreachable", error=type(exc).__name__)
            return web.json_response(
                {"ok": False, "service": "calm", "slack": True, "database": False}, status=503
            )
        return web.json_response({"ok": True, "service": "calm", "slack": True, "database": True})

    return handler


_startup_heap_frozen = False


def freeze_startup_heap() -> None:
    """Move everything alive now (imports, the engine's tables, the app) out of the garbage
    collector's reach, once per process.

    Those objects live as long as the process; without this every full collection walks all of
    them (tens of milliseconds with the engine loaded) while requests wait, which showed up as
    the p99 of the ack. Objects made later are collected as usual.
    """
    global _startup_heap_frozen
    if _startup_heap_frozen:
        return
    _startup_heap_frozen = True
    gc.collect()
    gc.freeze()


def build_web_app(app: AsyncApp, *, store: Store | None = None) -> web.Application:
    """aiohttp application: `POST /slack/events` → Bolt, `GET /healthz` → 200 JSON, and with
    the install flow `GET /slack/install` (the "Add to Slack" page) and
    `GET /slack/oauth_redirect` (Slack's redirect after the installer approved).

    With `store`, `/healthz` also checks the database (`health_with_database`).
    Serving starts here, so the start-up heap is frozen (see `freeze_startup_heap`).
    """
    freeze_startup_heap()

    async def events(request: web.Request) -> web.Response:
        bolt_request = await to_bolt_request(request)
        bolt_response = await app.async_dispatch(bolt_request)
        return await to_aiohttp_response(bolt_response)

    web_app = web.Application()
    web_app.router.add_post(EVENTS_PATH, events)
    web_app.router.add_get(HEALTH_PATH, health if store is None else health_with_database(store))
    flow = app.oauth_flow
    if flow is not None:

        async def install(request: web.Request) -> web.Response:
            bolt_response = await flow.handle_installation(await to_bolt_request(request))
            return await to_aiohttp_response(bolt_response)

        async def oauth_redirect(request: web.Request) -> web.Response:
            bolt_response = await flow.handle_callback(await to_bolt_request(request))
            return await to_aiohttp_response(bolt_response)

        web_app.router.add_get(INSTALL_PATH, install)
        web_app.router.add_get(REDIRECT_PATH, oauth_redirect)
    return web_app
