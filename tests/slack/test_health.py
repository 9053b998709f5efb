"""`GET /healthz` as `calm serve` wires it: 200 while the database answers, 503 when it does
not (a proxy then stops routing to this replica)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlalchemy.exc
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import event

from bot.config import Settings
from bot.slack.app import build_slack_app, build_web_app, make_client
from bot.slack.deps import SlackDeps
from bot.store import Store
from tests.support.fake_slack import FakeSlack
from tests.support.fixtures import BOT_TOKEN


async def test_healthz_reports_the_database(
    tmp_path: Path, fake_slack: FakeSlack, make_slack_settings: Callable[..., Settings]
) -> None:
    settings = make_slack_settings()
    store = Store.from_url(settings.database_url)
    app = build_slack_app(
        SlackDeps(settings=settings, store=store), client=make_client(BOT_TOKEN, fake_slack.api_url)
    )
    http = TestClient(TestServer(build_web_app(app, store=store), host="127.0.0.1"))
    await http.start_server()
    try:
        ok = await http.get("/healthz")
        assert ok.status == 200 and (await ok.json())["database"] is True

        @event.listens_for(store.engine, "before_cursor_execute")
        def _down(*_args: object) -> None:
            raise sqlalchemy.exc.OperationalError("SELECT 1", {}, Exception("server closed"))

        down = await http.get("/healthz")
        assert down.status == 503 and (await down.json())["ok"] is False

        event.remove(store.engine, "before_cursor_execute", _down)
        assert (await http.get("/healthz")).status == 200
    finally:
        await http.close()
        store.engine.dispose()
