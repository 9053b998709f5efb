"""Shared pytest fixtures for the Slack-facing tests (Slack app, nudge).

Import them into a conftest: `from tests.support.fixtures import *  # noqa: F403`.

  * `fake_slack` — a started `FakeSlack` (tests/support/fake_slack.py) on 127.0.0.1, stopped
    after the test. Point clients at `fake_slack.api_url`; response_urls at
    `fake_slack.webhook_url("x")`.
  * `slack_signer` — a `SlackSigner` with `SIGNING_SECRET` (tests/support/signing.py).
  * `slack_db_url` — a fresh SQLite file URL in tmp_path.
  * `make_slack_settings(**overrides)` — `Settings` for tests: bot token, signing secret,
    SLACK_API_URL at the fake server, the tmp database, nudges off. No .env is read.
  * `make_slack_harness(...)` (async factory) / `slack_harness` — the real Bolt app behind a
    loopback aiohttp test server, driven with signed requests (see `SlackHarness`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer

from bot.coach.refine import Refiner
from bot.config import Settings
from bot.slack.app import EVENTS_PATH, build_slack_app, build_web_app, make_client
from bot.slack.deps import SlackDeps, utc_now
from bot.store import Store
from tests.support.fake_slack import FakeSlack
from tests.support.signing import SIGNING_SECRET, SignedRequest, SlackSigner

__all__ = [
    "SlackHarness",
    "fake_slack",
    "make_slack_harness",
    "make_slack_settings",
    "slack_db_url",
    "slack_harness",
    "slack_signer",
]

BOT_TOKEN = "xoxb-calm-test"
USER_TOKEN = "xoxp-calm-test"


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    server = FakeSlack().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def slack_signer() -> SlackSigner:
    return SlackSigner(SIGNING_SECRET)


@pytest.fixture
def slack_db_url(tmp_path: Any) -> str:
    return f"sqlite:///{tmp_path / 'calm.db'}"


@pytest.fixture
def make_slack_settings(fake_slack: FakeSlack, slack_db_url: str) -> Callable[..., Settings]:
    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": fake_slack.api_url,
            "DATABASE_URL": slack_db_url,
            "NUDGE_ENABLED": False,
            "LLM_BASE_URL": None,
            "LLM_MODEL": None,
        }
        values.update(overrides)
        return Settings(_env_file=None, **values)  # type: ignore[call-arg]

    return make


@dataclass
class SlackHarness:
    """The real app over HTTP on loopback, the fake Web API, and the store behind them."""

    fake: FakeSlack
    signer: SlackSigner
    deps: SlackDeps
    http: TestClient
    store: Store
    responses: list[ClientResponse] = field(default_factory=list)

    async def post(self, req: SignedRequest) -> ClientResponse:
        resp = await self.http.post(EVENTS_PATH, data=req.body.encode(), headers=req.headers)
        await resp.read()
        self.responses.append(resp)
        return resp

    async def command(
        self, text: str, *, webhook: str = "cmd", command: str = "/calm", **kw: Any
    ) -> ClientResponse:
        """Send `/calm <text>`; its response_url is `fake.webhook_url(webhook)`."""
        kw.setdefault("response_url", self.fake.webhook_url(webhook))
        return await self.post(self.signer.slash_command(command, text, **kw))

    async def interact(self, payload: dict[str, Any], **kw: Any) -> ClientResponse:
        return await self.post(self.signer.interactivity(payload, **kw))

    async def event(self, event: dict[str, Any], **kw: Any) -> ClientResponse:
        return await self.post(self.signer.event(event, **kw))

    async def settle(self, timeout: float = 5.0) -> None:
        """Wait until the app's background work (after the acks) is done."""
        await self.deps.tasks.drain(timeout)


@pytest.fixture
async def make_slack_harness(
    fake_slack: FakeSlack,
    slack_signer: SlackSigner,
    make_slack_settings: Callable[..., Settings],
) -> AsyncIterator[Callable[..., Any]]:
    made: list[tuple[TestClient, SlackDeps]] = []

    async def make(
        *,
        refiner: Refiner | None = None,
        user_token: str | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        **settings_overrides: Any,
    ) -> SlackHarness:
        settings = make_slack_settings(**settings_overrides)
        store = Store.from_url(settings.database_url)
        deps = SlackDeps(settings=settings, store=store, clock=clock, refiner=refiner)
        app = build_slack_app(
            deps,
            client=make_client(BOT_TOKEN, fake_slack.api_url),
            user_client_token=user_token,
        )
        http = TestClient(TestServer(build_web_app(app), host="127.0.0.1"))
        await http.start_server()
        made.append((http, deps))
        return SlackHarness(fake_slack, slack_signer, deps, http, store)

    yield make
    for http, deps in made:
        await deps.tasks.cancel_all()
        await http.close()
        deps.store.engine.dispose()


@pytest.fixture
async def slack_harness(make_slack_harness: Callable[..., Any]) -> SlackHarness:
    return await make_slack_harness()
