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

    from bot.coach.errors import ConfigError
    from bot.config import load_settings
    from bot.logging import configure_logging

    slack = args.slack or not args.teams
    teams = bool(args.teams)
    try:
        settings = load_settings()
        if slack:
            from bot.slack.settings_check import check_slack_settings

            check_slack_settings(settings)
    except ConfigError as exc:
        return _fail(str(exc), EXIT_CONFIG)
    if args.port is not None and not 1 <= args.port <= 65535:
        return _fail("--port must be between 1 and 65535.", EXIT_CONFIG)

    configure_logging(settings.log_level, settings.log_format)
    try:
        asyncio.run(serve(settings, slack=slack, teams=teams, port=args.port))
    except ConfigError as exc:
        return _fail(str(exc), EXIT_CONFIG)
    except SlackApiError as exc:  # e.g. a revoked token while connecting in Socket Mode
        error = exc.response.get("error", "error")
        return _fail(
            f"Slack refused the connection ({error}). Check SLACK_BOT_TOKEN and SLACK_APP_TOKEN "
            "in .env.",
            EXIT_CONFIG,
        )
    except OSError as exc:  # e.g. the port is taken
        return _fail(f"could not start the server: {exc.strerror or exc}", EXIT_RUNTIME)
    return EXIT_OK


async def serve(settings: Settings, *, slack: bool, teams: bool, port: int | None) -> None:
    """Run the chosen surfaces until SIGINT/SIGTERM."""
    import asyncio
    import contextlib
    import signal

    from bot.coach import warm_up

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
