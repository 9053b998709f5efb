"""`serve_teams` binds the given loopback address, serves /api/messages, and stops on cancel."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import httpx
import pytest
from structlog.testing import capture_logs

from bot.coach.errors import ConfigError
from bot.teams.server import serve_teams
from tests.teams.conftest import make_settings
from tests.teams.harness import FakeConnector, message


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _wait_until_up(url: str) -> httpx.Response:
    async with httpx.AsyncClient() as client:
        for _ in range(200):
            try:
                return await client.get(url)
            except httpx.ConnectError:
                await asyncio.sleep(0.02)
    raise AssertionError("server did not come up")


async def test_refuses_to_start_without_credentials(tmp_path: Path) -> None:
    """No credentials and no local switch: ConfigError before anything is bound."""
    settings = make_settings(tmp_path, TEAMS_CLIENT_ID=None, TEAMS_TENANT_ID=None)

    with pytest.raises(ConfigError, match="TEAMS_CLIENT_ID"):
        await serve_teams(settings, host="127.0.0.1", port=_free_port())


async def test_serves_messages_on_loopback_until_cancelled(
    tmp_path: Path, connector: FakeConnector
) -> None:
    """In local mode the endpoint answers on host:port, and cancelling stops it cleanly."""
    settings = make_settings(
        tmp_path,
        TEAMS_CLIENT_ID=None,
        TEAMS_TENANT_ID=None,
        TEAMS_INSECURE_LOCAL_DEV_NO_AUTH=True,
    )
    port = _free_port()
    with capture_logs() as logs:
        task = asyncio.create_task(serve_teams(settings, host="127.0.0.1", port=port))
        health = await _wait_until_up(f"http://127.0.0.1:{port}/healthz")
        async with httpx.AsyncClient() as client:
            response = await client.post(
                f"http://127.0.0.1:{port}/api/messages", json=message(connector.url, "help")
            )
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    assert health.json() == {"status": "ok"}
    assert response.status_code == 200
    assert len(connector.posted()) == 1
    # without a client id there are no proactive messages, and the log says why
    assert any(e["event"] == "teams.nudges_off" for e in logs)
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0  # the port is released


async def test_port_in_use_raises_os_error(tmp_path: Path) -> None:
    """A taken port is an OSError for `calm serve` to report, not a process exit."""
    settings = make_settings(
        tmp_path,
        TEAMS_CLIENT_ID=None,
        TEAMS_TENANT_ID=None,
        TEAMS_INSECURE_LOCAL_DEV_NO_AUTH=True,
    )
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        with pytest.raises(OSError):
            await serve_teams(settings, host="127.0.0.1", port=port)
