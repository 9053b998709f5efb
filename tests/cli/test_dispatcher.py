"""The `calm` dispatcher: help, usage errors, and a cheap start for `calm coach`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bot.cli import EXIT_OK, EXIT_USAGE, main

from .conftest import REPO

# What `calm coach` must not pay for at start-up.
HEAVY = (
    "slack_bolt", "slack_sdk", "microsoft_teams", "httpx", "sqlalchemy", "pydantic",
    "pydantic_settings", "aiohttp", "fastapi", "uvicorn",
)


class TestDispatcher:
    def test_help_lists_every_command(self, capsys) -> None:
        assert main(["--help"]) == EXIT_OK
        out = capsys.readouterr().out
        for command in ("coach", "check", "serve", "teams-package"):
            assert command in out

    def test_no_command_prints_help(self, capsys) -> None:
        assert main([]) == EXIT_USAGE
        assert "COMMAND" in capsys.readouterr().err

    def test_unknown_command_is_usage_error(self, capsys) -> None:
        assert main(["coax"]) == EXIT_USAGE
        assert "invalid choice" in capsys.readouterr().err

    @pytest.mark.parametrize("command", ["coach", "check"])
    def test_command_help_has_examples(self, capsys, command: str) -> None:
        assert main([command, "--help"]) == EXIT_OK
        assert "examples:" in capsys.readouterr().out

    def test_version(self, capsys) -> None:
        assert main(["--version"]) == EXIT_OK
        assert capsys.readouterr().out.startswith("calm ")


class TestStartupCost:
    @pytest.mark.parametrize(
        "argv", [["coach", "--example"], ["coach", "--json"], ["check", "Danke, bis Montag."]]
    )
    def test_offline_commands_import_nothing_heavy(self, argv: list[str]) -> None:
        """The coach and check paths load no Slack, Teams, HTTP, database or pydantic module."""
        script = (
            "import io, json, sys\n"
            "sys.stdin = io.StringIO('{\"id\": 1, \"text\": \"Hallo, wo bleibt die Datei?\"}\\n')\n"
            "from bot.cli import main\n"
            f"main({argv!r})\n"
            f"heavy = {HEAVY!r}\n"
            "loaded = sorted({m.split('.')[0] for m in sys.modules} & set(heavy))\n"
            "print('LOADED=' + json.dumps(loaded))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO,
            timeout=30, check=False,
        )
        marker = [line for line in result.stdout.splitlines() if line.startswith("LOADED=")]
        assert marker, result.stderr
        assert json.loads(marker[0].removeprefix("LOADED=")) == []
