"""Every request to /api/messages is authenticated; missing credentials stop the start-up;
the insecure local mode is explicit and loud; importing the adapter has no side effects."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from structlog.testing import capture_logs

from bot.coach.errors import ConfigError
from bot.store import Store
from bot.teams.app import build_teams_app
from tests.teams.conftest import make_settings
from tests.teams.fake_engine import FakeEngine
from tests.teams.harness import FakeConnector, TeamsHarness, message

REPO = Path(__file__).resolve().parents[2]


class TestJwt:
    async def test_missing_token_is_rejected(self, teams: TeamsHarness) -> None:
        """No Authorization header: 401 and nothing is sent."""
        response = await teams.post(message(teams.service_url, "calm Hallo"), token=None)

        assert response.status_code == 401
        assert teams.connector.calls == []

    async def test_wrong_audience_is_rejected(self, teams: TeamsHarness) -> None:
        """A token minted for another bot: 401."""
        activity = message(teams.service_url, "calm Hallo")
        token = teams.jwks.mint(audience="some-other-bot", service_url=teams.service_url)

        response = await teams.post(activity, token=token)

        assert response.status_code == 401
        assert teams.connector.calls == []

    async def test_service_url_must_match_the_token(self, teams: TeamsHarness) -> None:
        """A valid token for another service URL cannot redirect replies: 401."""
        activity = message(teams.service_url, "calm Hallo")
        token = teams.jwks.mint(service_url="http://127.0.0.1:1/")

        assert (await teams.post(activity, token=token)).status_code == 401

    async def test_garbage_token_is_rejected(self, teams: TeamsHarness) -> None:
        """A token that is not a JWT: 401."""
        response = await teams.post(message(teams.service_url, "calm Hallo"), token="abc")

        assert response.status_code == 401

    async def test_valid_token_is_accepted(self, teams: TeamsHarness) -> None:
        """A token signed by the trusted key, for this bot and service URL: 200 and a reply."""
        response = await teams.post(message(teams.service_url, "calm Können Sie das machen?"))

        assert response.status_code == 200
        assert len(teams.connector.posted()) == 1


class TestStartupChecks:
    def test_missing_credentials_name_the_settings(self, tmp_path: Path) -> None:
        """Without credentials the app refuses to build and says which settings are missing."""
        settings = make_settings(tmp_path, TEAMS_CLIENT_ID=None, TEAMS_TENANT_ID=None)

        with pytest.raises(ConfigError) as caught:
            build_teams_app(settings, Store.from_url(settings.database_url))

        text = str(caught.value)
        for name in ("TEAMS_CLIENT_ID", "TEAMS_CLIENT_SECRET", "TEAMS_TENANT_ID"):
            assert name in text
        assert "TEAMS_INSECURE_LOCAL_DEV_NO_AUTH" in text

    def test_secret_is_required_without_token_provider(self, tmp_path: Path) -> None:
        """A client id alone would mean managed identity; calm asks for the secret instead."""
        settings = make_settings(tmp_path)

        with pytest.raises(ConfigError, match="TEAMS_CLIENT_SECRET"):
            build_teams_app(settings, Store.from_url(settings.database_url))

    def test_client_id_without_secret_is_refused_even_in_local_mode(self, tmp_path: Path) -> None:
        """Local mode with only a client id is refused (it would call the metadata service)."""
        settings = make_settings(tmp_path, TEAMS_INSECURE_LOCAL_DEV_NO_AUTH=True)

        with pytest.raises(ConfigError, match="TEAMS_CLIENT_SECRET"):
            build_teams_app(settings, Store.from_url(settings.database_url))

    def test_sdk_environment_names_are_refused(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """CLIENT_ID in the environment (read by the SDK, not by calm) is reported."""
        monkeypatch.setenv("CLIENT_ID", "from-env")
        settings = make_settings(
            tmp_path,
            TEAMS_CLIENT_ID=None,
            TEAMS_TENANT_ID=None,
            TEAMS_INSECURE_LOCAL_DEV_NO_AUTH=True,
        )

        with pytest.raises(ConfigError, match="CLIENT_ID"):
            build_teams_app(settings, Store.from_url(settings.database_url))

    def test_secret_configuration_builds(self, tmp_path: Path) -> None:
        """Client id, secret and tenant are enough (no network at build time)."""
        settings = make_settings(tmp_path, TEAMS_CLIENT_SECRET="s3cret")

        app = build_teams_app(settings, Store.from_url(settings.database_url))

        assert app.id == settings.teams_client_id


class TestInsecureLocalMode:
    async def test_accepts_unauthenticated_requests_and_warns(
        self, tmp_path: Path, connector: FakeConnector
    ) -> None:
        """With the switch and no credentials, requests need no token, and a warning is logged."""
        settings = make_settings(
            tmp_path,
            TEAMS_CLIENT_ID=None,
            TEAMS_TENANT_ID=None,
            TEAMS_INSECURE_LOCAL_DEV_NO_AUTH=True,
        )
        with capture_logs() as logs:
            app = build_teams_app(
                settings, Store.from_url(settings.database_url), coach_fn=FakeEngine()
            )
        await app.initialize()
        transport = httpx.ASGITransport(app=app.server.adapter.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://calm.test") as client:
            response = await client.post(
                "/api/messages", json=message(connector.url, "calm Können Sie das machen?")
            )

        assert response.status_code == 200
        [sent] = connector.posted()
        assert sent.authorization is None
        assert any(e["log_level"] == "warning" and "INSECURE" in e["event"] for e in logs)


def test_import_has_no_sdk_side_effects(tmp_path: Path) -> None:
    """Importing bot.teams loads no SDK; loading the SDK does not read a stray .env."""
    (tmp_path / ".env").write_text("CALM_DOTENV_PROBE=leaked\n")
    code = (
        "import os, sys, warnings\n"
        "warnings.simplefilter('error')\n"
        "import bot.teams, bot.teams.server, bot.teams.app, bot.cli.teams_package\n"
        "print('sdk_loaded_on_import', 'microsoft_teams.apps' in sys.modules)\n"
        "from bot.teams.sdk import load_sdk\n"
        "load_sdk()\n"
        "print('dotenv_probe', os.environ.get('CALM_DOTENV_PROBE'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr[-2000:]
    assert "sdk_loaded_on_import False" in result.stdout
    assert "dotenv_probe None" in result.stdout
