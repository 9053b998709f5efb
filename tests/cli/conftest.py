"""Helpers for running the `calm` CLI in-process: fake stdin/stdout and a clean environment."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


class TtyStringIO(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def _english_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI speaks the user's language (CALM_DEFAULT_LANGUAGE, else the terminal locale);
    these tests read its English output. Tests of the German output set the variable."""
    monkeypatch.setenv("CALM_DEFAULT_LANGUAGE", "en")


@pytest.fixture
def stdin(monkeypatch: pytest.MonkeyPatch):
    """`stdin("text")` makes the CLI read `text` from stdin (not a terminal)."""

    def feed(text: str) -> None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(text))

    return feed


@pytest.fixture
def tty_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    """stdin is an interactive terminal with nothing typed."""
    monkeypatch.setattr(sys, "stdin", TtyStringIO(""))


@pytest.fixture
def no_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No LLM (or other) settings from the environment or a .env file."""
    for name in list(os.environ):
        if name.startswith(("LLM_", "SLACK_", "TEAMS_")) or name in ("PORT", "DATABASE_URL"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run_calm(
    *args: str, input: str | None = None, env: dict[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot ARGS` in a fresh process."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("LLM_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=input,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=full_env,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def run_calm():
    """`run_calm(*args, input=, env=)` runs `python -m bot` in a subprocess."""
    return _run_calm
