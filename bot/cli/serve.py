"""`calm serve`: run the Slack app (Socket Mode or HTTP) and/or the Teams endpoint.

    calm serve                 Slack (Socket Mode when SLACK_APP_TOKEN is set, else HTTP;
                               the install flow for many workspaces with SLACK_CLIENT_ID)
    calm serve --port 8080     Slack over HTTP on HOST:8080 (POST /slack/events, GET /healthz)
    calm serve --teams         Teams only (POST /api/messages on HOST:TEAMS_PORT)
    calm serve --slack --teams both in one event loop

Heavy modules (Bolt, aiohttp, SQLAlchemy) are imported inside the handler so `calm coach`
stays fast. A missing or malformed setting ends with one message and exit code 3.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from bot.cli import EXIT_CONFIG, EXIT_OK, EXIT_RUNTIME

if TYPE_CHECKING:
    from bot.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run calm for Slack (and/or Microsoft Teams)",
        description=(
            "Run calm for Slack: Socket Mode when SLACK_APP_TOKEN is set, otherwise an HTTP "
            "server (POST /slack/events, GET /healthz) on HOST and --port. With "
            "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET instead of SLACK_BOT_TOKEN, any number of "
            "workspaces install calm from GET /slack/install (HTTP mode). Settings come from "
            "the environment and .env (see .env.example)."
        ),
    )
    parser.add_argument(
        "--port", type=int, default=None, help="HTTP port for Slack (default: PORT, 3000)"
    )
    parser.add_argument("--slack", action="store_true", help="run the Slack app (the default)")
    parser.add_argument(
        "--teams", action="store_true", help="run the Microsoft Teams endpoint (TEAMS_PORT)"
    )
    parser.set_defaults(handler=run)


def _fail(message: str, code: int) -> int:
    print(f"calm serve: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    import asyncio

    from slack_sdk.errors import SlackApiError

    from bot import startup
    from bot.coach.errors import ConfigError
    from bot.config import load_settings
    from bot.logging import configure_logging
    from bot.slack.server import SlackUnreachable
    from bot.startup import PortUnavailable

    slack = args.slack or not args.teams
    teams = bool(args.teams)
    source = settings_source()
    try:
        settings = load_settings()
        if slack:
            from bot.slack.settings_check import check_slack_settings

            check_slack_settings(settings)
        if teams:
            from bot.teams.app import check_teams_settings

            check_teams_settings(settings)
    except ConfigError as exc:
        return _fail(f"{exc} ({source})", EXIT_CONFIG)
    if args.port is not None and not 1 <= args.port <= 65535:
        return _fail("--port must be between 1 and 65535.", EXIT_CONFIG)

    configure_logging(settings.log_level, settings.log_format)
    new_database_files = _missing_sqlite_files(settings.database_url)
    startup.reset()
    try:
        asyncio.run(serve(settings, slack=slack, teams=teams, port=args.port, source=source))
    except ConfigError as exc:
        return _fail(f"{exc} ({source})", EXIT_CONFIG)
    except SlackApiError as exc:  # e.g. a revoked token while connecting in Socket Mode
        error = exc.response.get("error", "error")
        return _fail(
            f"Slack refused the connection ({error}). Check SLACK_BOT_TOKEN and SLACK_APP_TOKEN "
            f"({source}).",
            EXIT_CONFIG,
        )
    except (SlackUnreachable, PortUnavailable) as exc:
        return _fail(str(exc), EXIT_RUNTIME)
    except OSError as exc:
        return _fail(f"could not start: {exc.strerror or type(exc).__name__}", EXIT_RUNTIME)
    finally:
        if not startup.has_served():  # a failed start leaves no empty database behind
            _remove(new_database_files)
    return EXIT_OK


def settings_source() -> str:
    """Where settings come from, for messages: the environment and `.env` in this folder."""
    from pathlib import Path

    env_file = Path(".env").resolve()
    if env_file.is_file():
        return f"settings are read from the environment and {env_file}"
    return f"settings are read from the environment; there is no .env in {env_file.parent}"


def _missing_sqlite_files(database_url: str) -> list[str]:
    """The SQLite database's files that do not exist yet (empty for other databases)."""
    import os

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(database_url)
    except ArgumentError:
        return []
    if not url.drivername.startswith("sqlite") or url.database in (None, "", ":memory:"):
        return []
    path = os.path.abspath(url.database)
    files = [path, f"{path}-wal", f"{path}-shm", f"{path}-journal"]
    return [f for f in files if not os.path.exists(f)]


def _remove(paths: list[str]) -> None:
    import contextlib
    import os

    for path in paths:
        with contextlib.suppress(OSError):
            os.remove(path)


async def serve(
    settings: Settings, *, slack: bool, teams: bool, port: int | None, source: str = ""
) -> None:
    """Run the chosen surfaces until SIGINT/SIGTERM."""
    import asyncio
    import contextlib
    import signal

    import structlog

    from bot.coach import warm_up

    if source:
        structlog.get_logger(__name__).info("settings_source", source=source)
    # The one-pass cue scanner: loaded from its disk cache, or compiled in the background (the
    # first start on a machine); coaching works meanwhile, only slower.
    warm_up(wait=False)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # non-Unix
            loop.add_signal_handler(sig, stop.set)

    jobs: list[asyncio.Task] = []
    if slack:
        from bot.slack.server import serve_slack

        jobs.append(
            asyncio.create_task(
                serve_slack(settings, host=settings.host, port=port or settings.port, stop=stop),
                name="slack",
            )
        )
    if teams:
        from bot.teams.server import serve_teams

        teams_port = port if (port and not slack) else settings.teams_port
        jobs.append(
            asyncio.create_task(
                serve_teams(settings, host=settings.host, port=teams_port), name="teams"
            )
        )
    waiter = asyncio.create_task(stop.wait(), name="stop")
    try:
        done, _ = await asyncio.wait([*jobs, waiter], return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task is not waiter and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
    finally:
        stop.set()
        for task in [*jobs, waiter]:
            if not task.done():
                task.cancel()
        await asyncio.gather(*jobs, waiter, return_exceptions=True)
