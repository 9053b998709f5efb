"""Malformed requests to /api/messages: a clean 401/400, never a 500, a traceback or the body
in a log line."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
import structlog

from bot.logging import configure_logging
from tests.teams.harness import TeamsHarness, message

CANARY = "Wasserläufer83KQ"


@pytest.fixture
def every_log(
    caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> Iterator[object]:
    stream = io.StringIO()
    configure_logging("debug", "json", stream=stream)
    caplog.set_level(logging.DEBUG)

    def text() -> str:
        out, err = capfd.readouterr()
        return stream.getvalue() + caplog.text + out + err

    yield text
    structlog.reset_defaults()


@pytest.mark.parametrize(
    "body",
    [
        f'{{"type": "message", "text": "{CANARY}"'.encode(),  # cut-off JSON
        f"text={CANARY}".encode(),  # a form, not JSON
        f'["{CANARY}"]'.encode(),  # JSON, but not an object
        b"\xff\xfe" + CANARY.encode(),  # not even UTF-8
    ],
)
async def test_broken_body_without_token_gets_401_and_no_traceback(
    teams: TeamsHarness, every_log, body: bytes
) -> None:
    response = await teams.client.post(
        "/api/messages", content=body, headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 401
    logs = every_log()
    assert "Traceback" not in logs
    assert CANARY not in logs and CANARY not in response.text
    assert teams.connector.calls == []


async def test_broken_body_with_a_token_gets_401(teams: TeamsHarness) -> None:
    """A token is bound to the activity's serviceUrl; without a readable activity it cannot be
    checked, so the request is not authenticated."""
    token = teams.jwks.mint(service_url=teams.service_url)
    response = await teams.client.post(
        "/api/messages",
        content=b"{not json",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )

    assert response.status_code == 401


@pytest.mark.parametrize("missing", ["from", "conversation"])
async def test_authenticated_activity_without_sender_or_conversation_gets_400(
    teams: TeamsHarness, every_log, missing: str
) -> None:
    activity = message(teams.service_url, f"calm {CANARY} Können Sie das bis morgen machen?")
    del activity[missing]

    response = await teams.post(activity)

    assert response.status_code == 400
    logs = every_log()
    assert "Traceback" not in logs and CANARY not in logs
    assert teams.connector.calls == []


@pytest.mark.parametrize("missing", ["from", "conversation"])
async def test_unauthenticated_activity_without_sender_still_gets_401(
    teams: TeamsHarness, missing: str
) -> None:
    """Authentication comes first: the 400 tells nothing to someone without a token."""
    activity = message(teams.service_url, "calm Hallo")
    del activity[missing]

    assert (await teams.post(activity, token=None)).status_code == 401


async def test_broken_body_in_insecure_local_mode_gets_400(tmp_path) -> None:
    """Without authentication there is nothing to hide: the sender learns the body is bad."""
    import httpx

    from bot.store import Store
    from bot.teams.app import build_teams_app
    from tests.teams.conftest import make_settings
    from tests.teams.fake_engine import FakeEngine

    settings = make_settings(
        tmp_path, TEAMS_CLIENT_ID=None, TEAMS_TENANT_ID=None, TEAMS_INSECURE_LOCAL_DEV_NO_AUTH=True
    )
    app = build_teams_app(settings, Store.from_url(settings.database_url), coach_fn=FakeEngine())
    await app.initialize()
    transport = httpx.ASGITransport(app=app.server.adapter.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://calm.test") as client:
        response = await client.post("/api/messages", content=b"{nope")
    assert response.status_code == 400
