"""The app on the store as `calm serve` opens it: fresh reads, usage counts buffered.

The ack path then only reads for a returning user (no write, no cache a replica could miss);
counts reach the database on the periodic flush or at shutdown, and every reader (App Home
summary) still sees them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import event

from bot.config import Settings
from bot.slack import ids
from bot.slack.app import build_slack_app, build_web_app, make_client
from bot.slack.deps import SlackDeps
from bot.slack.store_runtime import open_serving_store, start_usage_flusher, stop_usage_flusher
from bot.store import Store, UserKey
from tests.slack.blockkit import all_text
from tests.slack.test_app_home import VALID, form, open_home
from tests.slack.test_calm_command import LATE_EN, SCOPE_DE
from tests.support.fake_slack import FakeSlack
from tests.support.fixtures import BOT_TOKEN, SlackHarness
from tests.support.signing import TEAM_ID, USER_ID, SlackSigner, view_submission

KEY = UserKey("slack", TEAM_ID, USER_ID)


@pytest.fixture
async def serving(
    fake_slack: FakeSlack,
    slack_signer: SlackSigner,
    make_slack_settings: Callable[..., Settings],
) -> AsyncIterator[SlackHarness]:
    settings = make_slack_settings()
    store = open_serving_store(settings.database_url)
    deps = SlackDeps(settings=settings, store=store)
    app = build_slack_app(deps, client=make_client(BOT_TOKEN, fake_slack.api_url))
    http = TestClient(TestServer(build_web_app(app), host="127.0.0.1"))
    await http.start_server()
    yield SlackHarness(fake_slack, slack_signer, deps, http, store)
    await deps.tasks.cancel_all()
    await http.close()
    store.engine.dispose()


def database_statements(store: Store) -> list[str]:
    seen: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(" ".join(statement.split()[:3]).upper())

    return seen


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


async def test_returning_users_ack_only_reads(serving: SlackHarness) -> None:
    """A returning user's /calm reads the profile (settings and capacity in one SELECT) and the
    workspace's LLM switch; counts are buffered. The only write is the card's sealed text for
    its buttons, after the ack, in a worker thread.

    (The first card stores `nudge_offered`; the second request is a plain returning user.)
    """
    for _ in range(2):
        await serving.command(SCOPE_DE)
        await serving.settle()
    statements = database_statements(serving.store)
    resp = await serving.command(LATE_EN)
    assert resp.status == 200
    assert (await resp.json())["response_type"] == "ephemeral"
    await serving.settle()
    assert [s.split()[0] for s in statements] == ["SELECT", "SELECT", "INSERT"], statements
    assert statements[-1] == "INSERT INTO CALM_CARD_TEXTS"


async def test_counts_are_buffered_and_summary_still_sees_them(
    serving: SlackHarness, slack_db_url: str
) -> None:
    """Counts wait in memory (another instance sees none yet); App Home shows them anyway."""
    await serving.command(SCOPE_DE)
    await serving.command(SCOPE_DE)
    await serving.settle()
    elsewhere = Store.from_url(slack_db_url)
    assert elsewhere.usage_between(KEY, today(), today()) == {}
    await open_home(serving)
    text = all_text(serving.fake.calls("views.publish")[-1].body["view"])
    assert "*2*" in text
    assert sum(elsewhere.usage_between(KEY, today(), today()).values()) == 2  # read flushed


async def test_flusher_writes_periodically_and_on_stop(
    serving: SlackHarness, slack_db_url: str
) -> None:
    """The periodic task writes the counts; stopping it writes what is left."""
    elsewhere = Store.from_url(slack_db_url)
    task = start_usage_flusher(serving.store, seconds=0.01)
    assert task is not None
    await serving.command(SCOPE_DE)
    await serving.settle()
    for _ in range(200):
        if elsewhere.usage_between(KEY, today(), today()):
            break
        await asyncio.sleep(0.01)
    assert sum(elsewhere.usage_between(KEY, today(), today()).values()) == 1
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await serving.command(LATE_EN)
    await serving.settle()
    await stop_usage_flusher(None, serving.store)
    assert sum(elsewhere.usage_between(KEY, today(), today()).values()) == 2


async def test_saved_settings_shape_the_next_card_at_once(serving: SlackHarness) -> None:
    """A cached profile is replaced by the settings saved through the same process."""
    first = await (await serving.command(SCOPE_DE)).json()
    assert "Reply draft" not in all_text(first["blocks"])
    await serving.settle()
    await serving.interact(view_submission(ids.VIEW_SETTINGS, form(**VALID)))
    await serving.settle()
    body = await (await serving.command(SCOPE_DE)).json()
    assert "Reply draft" in all_text(body["blocks"])
