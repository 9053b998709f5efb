"""`calm serve` start-up failures say what failed, and a failed start leaves nothing behind."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import pytest

from bot.cli import EXIT_CONFIG, EXIT_RUNTIME, main
from bot.slack.app import build_slack_app, make_client
from bot.slack.deps import SlackDeps
from bot.store import Store
from tests.slack.test_serve import _free_port, clean_env  # noqa: F401 (fixture)
from tests.support.fake_slack import FakeSlack
from tests.support.signing import SIGNING_SECRET

REPO = Path(__file__).parents[2]


def _closed_port_url() -> str:
    return f"http://127.0.0.1:{_free_port()}/api/"


@pytest.fixture
def http_env(clean_env: pytest.MonkeyPatch, fake_slack: FakeSlack) -> pytest.MonkeyPatch:  # noqa: F811
    clean_env.setenv("SLACK_BOT_TOKEN", "xoxb-start")
    clean_env.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    clean_env.setenv("SLACK_API_URL", fake_slack.api_url)
    clean_env.setenv("NUDGE_ENABLED", "false")
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"):
        clean_env.delenv(name, raising=False)
    return clean_env


def _database(tmp_path: Path) -> list[Path]:
    return sorted(tmp_path.glob("calm.db*"))


def test_slack_unreachable_is_named_and_leaves_no_database(
    http_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    http_env.setenv("SLACK_API_URL", _closed_port_url())
    assert main(["serve", "--port", str(_free_port())]) == EXIT_RUNTIME
    err = capsys.readouterr().err
    assert "could not reach Slack at 127.0.0.1" in err
    assert "in use" not in err and "Traceback" not in err
    assert _database(tmp_path) == []


def test_port_in_use_is_named_and_leaves_no_database(
    http_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == EXIT_RUNTIME
    err = capsys.readouterr().err
    assert f"could not listen on 127.0.0.1:{port}" in err and "already in use" in err
    assert "Slack" not in err
    assert _database(tmp_path) == []


def test_proxy_without_no_proxy_is_named(
    http_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    http_env.setenv("HTTPS_PROXY", _closed_port_url().removesuffix("/api/"))
    assert main(["serve", "--port", str(_free_port())]) == EXIT_RUNTIME
    err = capsys.readouterr().err
    assert "could not reach Slack" in err and "HTTPS_PROXY" in err and "NO_PROXY" in err


async def test_no_proxy_is_honoured(fake_slack: FakeSlack, monkeypatch) -> None:
    """slack-sdk alone would send this through the (dead) proxy; calm's client does not."""
    monkeypatch.setenv("HTTPS_PROXY", _closed_port_url().removesuffix("/api/"))
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    client = make_client("xoxb-proxy", fake_slack.api_url)
    assert client.proxy is None
    assert (await client.auth_test())["ok"] is True
    monkeypatch.delenv("NO_PROXY")
    assert make_client("xoxb-proxy", fake_slack.api_url).proxy is not None


@pytest.mark.parametrize("secret", ["abc", "xoxb-1234", "a" * 24])
def test_signing_secret_must_look_like_one(
    http_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], secret: str
) -> None:
    http_env.setenv("SLACK_SIGNING_SECRET", secret)
    assert main(["serve"]) == EXIT_CONFIG
    err = capsys.readouterr().err
    assert "SLACK_SIGNING_SECRET does not look like a signing secret" in err
    assert secret not in err


def test_errors_say_where_settings_come_from(
    clean_env: pytest.MonkeyPatch,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    assert main(["serve"]) == EXIT_CONFIG
    assert f"there is no .env in {tmp_path.resolve()}" in capsys.readouterr().err
    (tmp_path / ".env").write_text("SLACK_BOT_TOKEN=xoxp-wrong\n", "utf-8")
    assert main(["serve"]) == EXIT_CONFIG
    err = capsys.readouterr().err
    assert f"environment and {(tmp_path / '.env').resolve()}" in err


class TestTeamsStart:
    def test_client_id_must_be_a_guid(
        self, clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]  # noqa: F811
    ) -> None:
        clean_env.setenv("TEAMS_CLIENT_ID", "calm-bot")
        clean_env.setenv("TEAMS_CLIENT_SECRET", "s3cret")
        clean_env.setenv("TEAMS_TENANT_ID", "11111111-1111-4111-8111-111111111111")
        assert main(["serve", "--teams"]) == EXIT_CONFIG
        err = capsys.readouterr().err
        assert "TEAMS_CLIENT_ID must be the app registration's Application (client) ID" in err
        assert "s3cret" not in err

    def test_sdk_variables_are_named_with_plural_grammar(
        self, clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]  # noqa: F811
    ) -> None:
        for name in ("TEAMS_CLIENT_ID", "TEAMS_CLIENT_SECRET", "TEAMS_TENANT_ID"):
            clean_env.delenv(name, raising=False)
        clean_env.setenv("CLIENT_ID", "x")
        clean_env.setenv("TENANT_ID", "y")
        assert main(["serve", "--teams"]) == EXIT_CONFIG
        assert "CLIENT_ID, TENANT_ID are set in the environment" in capsys.readouterr().err


def test_no_token_will_be_unused_warning(
    make_slack_settings, monkeypatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Bolt would warn on every start that SLACK_BOT_TOKEN "will be unused"."""
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-from-env")
    caplog.set_level(logging.DEBUG)
    settings = make_slack_settings()
    deps = SlackDeps(settings=settings, store=Store.from_url(settings.database_url))
    build_slack_app(deps)
    assert "will be unused" not in caplog.text


def test_gitignore_covers_the_sqlite_side_files() -> None:
    ignored = (REPO / ".gitignore").read_text("utf-8").split()
    assert {"calm.db", "calm.db-wal", "calm.db-shm"} <= set(ignored)
