"""Fixtures for the Teams adapter tests: settings, a SQLite store, a fixed clock, the fake
connector, the loopback JWKS, and `teams` (an initialized app behind an ASGI client).

The suite-wide guard in tests/conftest.py fails any non-loopback connect or name lookup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest

from bot.coach.refine import Refiner
from bot.config import Settings
from bot.store import Store
from tests.teams.fake_engine import FakeEngine
from tests.teams.harness import (
    CLIENT_ID,
    TENANT_ID,
    FakeConnector,
    LoopbackJwks,
    TeamsHarness,
    fake_token_provider,
    trust_loopback_jwks,
)

NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)  # a Monday, 09:00 in Berlin

_SDK_ENV = (
    "CLIENT_ID",
    "CLIENT_SECRET",
    "TENANT_ID",
    "MANAGED_IDENTITY_CLIENT_ID",
    "SERVICE_URL",
    "DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS",
    "CLOUD",
)


@pytest.fixture(autouse=True)
def _clean_sdk_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK falls back to these environment variables; tests must not depend on them."""
    for name in _SDK_ENV:
        monkeypatch.delenv(name, raising=False)


def make_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'calm.db'}",
        "TEAMS_CLIENT_ID": CLIENT_ID,
        "TEAMS_TENANT_ID": TENANT_ID,
        "NUDGE_ENABLED": True,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def store(settings: Settings) -> Store:
    return Store.from_url(settings.database_url)


@pytest.fixture
def clock() -> Callable[[], dt.datetime]:
    return lambda: NOW


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    server = await FakeConnector().start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture(scope="session")
def jwks() -> Iterator[LoopbackJwks]:
    """One key pair and JWKS server for the session (key generation is the slow part)."""
    server = LoopbackJwks().start()
    try:
        yield server
    finally:
        server.stop()


@asynccontextmanager
async def running_harness(
    settings: Settings,
    store: Store,
    *,
    clock: Callable[[], dt.datetime],
    connector: FakeConnector,
    jwks: LoopbackJwks,
    engine: FakeEngine,
    refiner: Refiner | None = None,
) -> AsyncIterator[TeamsHarness]:
    """An initialized app trusting the loopback JWKS, behind an in-process ASGI client."""
    from bot.teams.app import build_teams_app

    app = build_teams_app(
        settings,
        store,
        clock=clock,
        token=fake_token_provider,
        coach_fn=engine,
        refiner=refiner,
    )
    await app.initialize()
    trust_loopback_jwks(app, jwks)
    transport = httpx.ASGITransport(app=app.server.adapter.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://calm.test") as client:
        yield TeamsHarness(app=app, connector=connector, jwks=jwks, client=client)
        await app.calm.drain()


@pytest.fixture
async def teams(
    settings: Settings,
    store: Store,
    clock: Callable[[], dt.datetime],
    connector: FakeConnector,
    jwks: LoopbackJwks,
    engine: FakeEngine,
) -> AsyncIterator[TeamsHarness]:
    async with running_harness(
        settings, store, clock=clock, connector=connector, jwks=jwks, engine=engine
    ) as harness:
        yield harness
