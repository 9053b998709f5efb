"""The `calm` command line: `calm coach`, `calm check`, `calm serve`, `calm teams-package`.

Each subcommand lives in its own module exposing `register(subparsers)`, which adds its parser
and sets `handler` (a function taking the parsed args and returning an exit code).

Exit codes: 0 ok; 1 input could not be coached or a review found problems (see each command);
2 usage error; 3 configuration error; 4 runtime failure (e.g. a server could not start).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bot import __version__

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_CONFIG = 3
EXIT_RUNTIME = 4

_SUBCOMMAND_MODULES = ("coach", "check", "serve", "teams_package")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="calm",
        description=(
            "calm coaches you when a client writes something difficult: it names the "
            "situation, drafts a calm reply in the client's language and register, and "
            "reminds you of the boundary that matters."
        ),
        epilog='Example: calm coach "Können Sie das bitte noch heute fertig machen?"',
    )
    parser.add_argument("--version", action="version", version=f"calm {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _SUBCOMMAND_MODULES:
        module = importlib.import_module(f"bot.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        return 130
