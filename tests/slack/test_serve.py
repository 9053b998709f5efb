"""`calm serve`: one clear message and exit 3 for bad settings; a real HTTP server otherwise."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import structlog

from bot.cli import EXIT_CONFIG, main
from tests.support.fake_slack import FakeSlack
from tests.support.signing import SIGNING_SECRET, SlackSigner

REPO = Path(__file__).parents[2]
SLACK_ENV = (
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "SLACK_USER_TOKEN",
    "SLACK_CLIENT_ID",
    "SLACK_CLIENT_SECRET",
    "SLACK_REDIRECT_URL",
)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[pytest.MonkeyPatch]:
    """No Slack settings from the environment or a .env file; logging config restored after."""
    for name in SLACK_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'calm.db'}")
    root = logging.getLogger()
    handlers = list(root.handlers)
    yield monkeypatch
    structlog.reset_defaults()
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxp-wrong-kind"}, "xoxb-"),
        ({"SLACK_BOT_TOKEN": "xoxb-ok"}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_BOT_TOKEN": "xoxb-ok", "SLACK_APP_TOKEN": "xoxb-not-app"}, "SLACK_APP_TOKEN"),
        (
            {
                "SLACK_BOT_TOKEN": "xoxb-ok",
                "SLACK_SIGNING_SECRET": "5ec7e75ec7e75ec7e75ec7e75ec7e75e",
                "SLACK_USER_TOKEN": "not-a-user-token",
            },
            "SLACK_USER_TOKEN",
        ),
        ({"SLACK_CLIENT_ID": "111.222", "SLACK_SIGNING_SECRET": "x-sign-7"}, "CLIENT_SECRET"),
        (
            {
                "SLACK_CLIENT_ID": "111.222",
                "SLACK_CLIENT_SECRET": "client-secret-value",
                "SLACK_SIGNING_SECRET": "sec-ret-value",
                "SLACK_BOT_TOKEN": "xoxb-also-set",
            },
            "SLACK_BOT_TOKEN must be empty",
        ),
    ],
    ids=[
        "no-bot-token",
        "bot-token-prefix",
        "http-without-secret",
        "app-token-prefix",
        "user",
        "install-flow-without-client-secret",
        "install-flow-with-a-bot-token",
    ],
)
def test_bad_settings_exit_3_with_one_message(
    clean_env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    env: dict[str, str],
    named: str,
) -> None:
    """Each problem is named with where to fix it; no traceback, exit code 3."""
    for name, value in env.items():
        clean_env.setenv(name, value)
    assert main(["serve"]) == EXIT_CONFIG
    err = capsys.readouterr().err
    assert named in err and ".env" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    for value in env.values():  # settings values are never echoed
        assert value not in err


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_http_mode_serves_health_and_commands(tmp_path: Path) -> None:
    """`calm serve --port N` answers /healthz and a signed /calm, and stops on SIGTERM."""
    port = _free_port()
    with FakeSlack() as fake:
        env = {
            **{k: v for k, v in os.environ.items() if k not in SLACK_ENV},
            "SLACK_BOT_TOKEN": "xoxb-serve-test",
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": fake.api_url,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'calm.db'}",
            "NUDGE_ENABLED": "false",
            "LOG_FORMAT": "json",
            "HOST": "127.0.0.1",
        }
        env.pop("LLM_BASE_URL", None)
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--port", str(port)],
            cwd=tmp_path,
            env={**env, "PYTHONPATH": str(REPO)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 20
            while True:
                try:
                    with urllib.request.urlopen(f"{base}/healthz", timeout=1) as resp:
                        assert resp.status == 200
                        assert json.load(resp)["ok"] is True
                    break
                except OSError:
                    assert proc.poll() is None, proc.stderr.read().decode()  # type: ignore[union-attr]
                    assert time.monotonic() < deadline, "server did not come up"
                    time.sleep(0.1)
            req = SlackSigner().slash_command("/calm", "help")
            request = urllib.request.Request(
                f"{base}/slack/events", data=req.body.encode(), headers=req.headers
            )
            with urllib.request.urlopen(request, timeout=5) as resp:
                body = json.load(resp)
            assert body["response_type"] == "ephemeral"
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                out, err = proc.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                raise
        assert proc.returncode == 0, err.decode()
        assert b"slack_serving" in out + err


@pytest.mark.parametrize(
    ("method", "env", "named"),
    [
        ("auth.test", {"SLACK_SIGNING_SECRET": "5ec" * 10 + "5e"}, "SLACK_BOT_TOKEN"),
        ("apps.connections.open", {"SLACK_APP_TOKEN": "xapp-revoked"}, "SLACK_APP_TOKEN"),
    ],
    ids=["bot-token-rejected", "app-token-rejected"],
)
def test_tokens_slack_rejects_exit_3_before_serving(
    clean_env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fake_slack: FakeSlack,
    method: str,
    env: dict[str, str],
    named: str,
) -> None:
    """A token Slack refuses is one message at start (no endless Socket Mode retries)."""
    fake_slack.script(method, body={"ok": False, "error": "invalid_auth"})
    clean_env.setenv("SLACK_BOT_TOKEN", "xoxb-maybe")
    clean_env.setenv("SLACK_API_URL", fake_slack.api_url)
    clean_env.setenv("NUDGE_ENABLED", "false")
    for name, value in env.items():
        clean_env.setenv(name, value)
    assert main(["serve", "--port", str(_free_port())]) == EXIT_CONFIG
    err = capsys.readouterr().err
    assert named in err and "invalid_auth" in err and "Traceback" not in err


def test_cli_parser_does_not_import_slack() -> None:
    """`calm serve` registers without importing Slack, aiohttp or SQLAlchemy."""
    code = (
        "import sys, bot.cli; bot.cli.build_parser(); "
        "print(sorted(m for m in ('slack_bolt', 'slack_sdk', 'aiohttp', 'sqlalchemy') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
