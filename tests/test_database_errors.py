"""A database calm cannot use ends `calm serve` with one line and exit code 3: no driver for a
postgresql:// URL, a server that refuses, a SQLite file that cannot be written."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import structlog

from bot.cli import EXIT_CONFIG, main
from bot.coach.errors import ConfigError
from bot.store import Store
from tests.support.fake_slack import FakeSlack
from tests.support.signing import SIGNING_SECRET

PASSWORD = "s3cret-canary"


@pytest.fixture
def serve_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[pytest.MonkeyPatch]:
    for name in ("SLACK_APP_TOKEN", "SLACK_USER_TOKEN", "SLACK_CLIENT_ID", "LLM_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    fake = FakeSlack().start()  # the token check at start talks to the Web API stand-in
    monkeypatch.setenv("SLACK_API_URL", fake.api_url)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-db-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    monkeypatch.setenv("NUDGE_ENABLED", "false")
    root = logging.getLogger()
    handlers = list(root.handlers)
    yield monkeypatch
    fake.stop()
    structlog.reset_defaults()
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)


def serve_fails(capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["serve", "--port", "9"]) == EXIT_CONFIG
    err = capsys.readouterr().err
    assert "Traceback" not in err
    messages = [line for line in err.splitlines() if not line.startswith("{")]  # JSON logs
    assert len(messages) == 1 and messages[0].startswith("calm serve: "), err
    assert PASSWORD not in err
    return err


def test_postgresql_without_the_driver_names_the_extra(
    serve_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_env.setitem(sys.modules, "psycopg", None)  # as if calm[postgres] was not installed
    serve_env.setenv("DATABASE_URL", f"postgresql://calm:{PASSWORD}@127.0.0.1:1/calm")
    err = serve_fails(capsys)
    assert "calm[postgres]" in err


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://calm:{PASSWORD}@127.0.0.1:1/calm",  # nothing listens on port 1
        "sqlite:////nonexistent-dir/calm.db",
    ],
    ids=["postgres-refused", "sqlite-unwritable"],
)
def test_a_database_that_cannot_be_used_is_one_line(
    serve_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    serve_env.setenv("DATABASE_URL", url)
    err = serve_fails(capsys)
    assert "database" in err.lower()


def test_store_error_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        Store.from_url("sqlite:////nonexistent-dir/calm.db")
