"""`serve_teams`: run the Teams endpoint (and the Teams nudges) until cancelled.

The SDK's own `App.start()` binds 0.0.0.0; calm binds `host` itself (default 127.0.0.1 from
HOST) and runs uvicorn on that socket, so the endpoint is only as public as the reverse proxy
in front of it.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

import structlog

from bot.coach.refine import Refiner
from bot.config import Settings
from bot.startup import PortUnavailable, mark_serving
from bot.store import Store
from bot.teams.app import MESSAGING_ENDPOINT, build_teams_app, check_teams_settings

log = structlog.get_logger(__name__)


async def serve_teams(settings: Settings, *, host: str, port: int) -> None:
    """Serve POST /api/messages on host:port and send Teams nudges; runs until cancelled.

    Raises `ConfigError` before binding anything when credentials are missing (unless
    TEAMS_INSECURE_LOCAL_DEV_NO_AUTH=true).
    """
    check_teams_settings(settings)
    import uvicorn

    store = Store.from_url(settings.database_url)
    app = build_teams_app(settings, store, refiner=_refiner(settings))
    await app.initialize()
    config = uvicorn.Config(
        app.server.adapter.app,
        host=host,
        port=port,
        log_config=None,  # keep calm's logging; uvicorn's access log holds paths, not bodies
        lifespan="off",
    )
    server = uvicorn.Server(config)
    try:
        listener = bind_listener(host, port)  # before serving: a clear message, nothing half up
    except OSError as exc:
        raise PortUnavailable(host, port, exc) from None
    serving = asyncio.ensure_future(server.serve(sockets=[listener]))
    background = start_teams_nudges(settings, store, app)
    mark_serving()
    log.info("teams.serving", host=host, port=port, endpoint=MESSAGING_ENDPOINT)
    try:
        await asyncio.shield(serving)
    except asyncio.CancelledError:
        server.should_exit = True
        with contextlib.suppress(Exception):
            await serving
        raise
    finally:
        await _drain_refinements(app)
        for task in background:
            task.cancel()
        for task in background:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        log.info("teams.stopped")


def bind_listener(host: str, port: int) -> socket.socket:
    """Bind host:port ourselves: uvicorn would `sys.exit(1)` on a bind error, which would take
    a Slack adapter running in the same loop down with it."""
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    return socket.create_server((host, port), family=family)


async def _drain_refinements(app: Any, timeout: float = 5.0) -> None:
    """Give in-flight LLM refinements a moment to update their cards before exiting."""
    service = getattr(app, "calm", None)
    if service is not None and service.background:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(service.drain(), timeout)


def _refiner(settings: Settings) -> Refiner | None:
    if not settings.llm_enabled:
        return None
    from bot.llm import build_refiner

    return build_refiner(settings)


def start_teams_nudges(settings: Settings, store: Store, app: Any) -> list[asyncio.Task[Any]]:
    """Start the shared nudge scheduler for Teams users (see `bot.teams.nudge_sender`)."""
    from bot.teams.nudge_sender import start_nudge_scheduler

    task = start_nudge_scheduler(settings, store, app)
    return [task] if task is not None else []
