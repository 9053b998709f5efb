"""The `calm` command line: `calm coach`, `calm check`, `calm serve`, `calm teams-package`,
`calm slack-manifest`, `calm corrections`.

Each subcommand lives in its own module exposing `register(subparsers)`, which adds its parser
and sets `handler` (a function taking the parsed args and returning an exit code).

Only the module of the command being run is imported: `calm coach` must print its first result
fast, so it may not pay for Slack, Teams, httpx, SQLAlchemy or pydantic. The other commands
appear in `calm --help` from the table below without being imported.

Logging goes to stderr (structlog's unconfigured default is stdout, where results and the
`--json` stream go); see `bot.cli.stderr_logging`. `serve` configures logging from its settings.

Exit codes: 0 ok; 1 input could not be coached or a review found problems (see each command);
2 usage error; 3 configuration error; 4 runtime failure (e.g. a server could not start).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from bot import __version__

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_CONFIG = 3
EXIT_RUNTIME = 4

# command name -> (module under bot.cli, one-line help shown in `calm --help`)
_SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "coach": ("coach", "coach one client message: situation, reply draft, boundary"),
    "check": ("check", "review your own reply before you send it"),
    "serve": ("serve", "run the Slack and/or Teams bot"),
    "teams-package": ("teams_package", "build the Teams app package (manifest + icons)"),
    "slack-manifest": ("slack_manifest", "print or write the Slack app manifest for your URL"),
    "corrections": ("corrections", "situation corrections across users (counts only)"),
}


def _command_in(argv: Sequence[str]) -> str | None:
    """The subcommand named in `argv` (top-level options take no values), or None."""
    for arg in argv:
        if arg == "--":
            return None
        if not arg.startswith("-"):
            name = arg.replace("_", "-")
            return name if name in _SUBCOMMANDS else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The `calm` parser; only `command`'s module is imported and registers its full parser."""
    parser = argparse.ArgumentParser(
        prog="calm",
        description=(
            "calm coaches you when a client writes something difficult: it names the\n"
            "situation, drafts a calm reply in the client's language and register, and\n"
            "reminds you of the boundary that matters."
        ),
        epilog=(
            "Examples:\n  calm coach 'Können Sie das bitte noch heute fertig machen?!'\n"
            "  calm coach --example\n"
            "  calm check 'Sorry, kein Problem, mache ich sofort!'\n"
            "Run 'calm COMMAND --help' for the options of a command."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"calm {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in _SUBCOMMANDS.items():
        if name == command:
            _register_real(subparsers, name, module_name, help_text)
        else:
            subparsers.add_parser(name, help=help_text, add_help=False)
    return parser


def _register_real(
    subparsers: argparse._SubParsersAction, name: str, module_name: str, help_text: str
) -> None:
    """Let the module register its parser; fall back to a placeholder that explains."""
    try:
        module = importlib.import_module(f"bot.cli.{module_name}")
    except ImportError as exc:
        missing = exc.name or "a dependency"
        _add_unavailable(subparsers, name, help_text, f"'{missing}' could not be imported")
        subparsers.choices.setdefault(module_name, subparsers.choices[name])
        return
    module.register(subparsers)
    if subparsers.choices.get(name) is None and subparsers.choices.get(module_name) is None:
        _add_unavailable(subparsers, name, help_text, "it is not available in this version")
    # accept both spellings, teams-package and teams_package
    registered = subparsers.choices.get(name) or subparsers.choices[module_name]
    subparsers.choices.setdefault(name, registered)
    subparsers.choices.setdefault(module_name, registered)


def _add_unavailable(
    subparsers: argparse._SubParsersAction, name: str, help_text: str, reason: str
) -> None:
    def unavailable(_args: argparse.Namespace) -> int:
        print(f"calm {name}: {reason}.", file=sys.stderr)
        return EXIT_RUNTIME

    sub = subparsers.add_parser(name, help=help_text)
    sub.set_defaults(handler=unavailable)


# Commands that configure logging themselves, from their settings.
_OWN_LOGGING = frozenset({"serve"})


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = _command_in(argv)
    if command in _OWN_LOGGING:
        return _run(argv, command)
    # structlog's unconfigured default prints to stdout, where the results go: log to stderr.
    from bot.cli.stderr_logging import stderr_logging

    with stderr_logging():
        return _run(argv, command)


def _run(argv: list[str], command: str | None) -> int:
    parser = build_parser(command)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version exit 0, usage errors exit 2
        return int(exc.code or 0) if isinstance(exc.code, int | None) else EXIT_USAGE
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`calm coach --json … | head -1`)
        _silence_stdout()
        return EXIT_OK


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
