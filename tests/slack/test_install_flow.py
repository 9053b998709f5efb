"""The Slack install flow end to end: "Add to Slack" page, Slack's redirect, `oauth.v2.access`
on the local Web API stand-in, two workspaces on one calm, each served and nudged with its own
token; an uninstalled or revoked workspace is skipped while the other keeps its nudges.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.config import Settings
from bot.slack.app import EVENTS_PATH, build_slack_app, build_web_app
from bot.slack.deps import SlackDeps
from bot.slack.listeners.nudge import start_background
from bot.store import Store, UserKey
from tests.nudge.helpers import FakeClock, local
from tests.support.fake_slack import FakeSlack
from tests.support.signing import SIGNING_SECRET, SlackSigner, app_home_opened

TEAM_A, TEAM_B = "T0AAA", "T0BBB"
TOKEN_A, TOKEN_B = "xoxb-workspace-a", "xoxb-workspace-b"
ENTERPRISE_B = "E0GRID"
ANNA, BERT = UserKey("slack", TEAM_A, "U0ANNA"), UserKey("slack", TEAM_B, "U0BERT")
MONDAY = dt.date(2026, 5, 4)
BERLIN = "Europe/Berlin"
# Written for this test: a client adding work beyond the agreement.
SCOPE_CREEP = "Could you also redo the landing page while you're at it? Should be quick."


@dataclass
class Flow:
    http: TestClient
    fake: FakeSlack
    signer: SlackSigner
    deps: SlackDeps
    app: Any
    clock: FakeClock
    answer: bytes = b""

    async def install(self, code: str) -> str:
        """Open the install page, follow its link as Slack would, return the success page."""
        page = await self.http.get("/slack/install")
        assert page.status == 200
        html = await page.text()
        assert "Add calm to your Slack workspace" in html
        link = re.search(r'href="(https://slack\.com/oauth/v2/authorize\?[^"]+)"', html)
        assert link, "the install page links to Slack's authorize URL"
        query = parse_qs(urlsplit(link.group(1).replace("&amp;", "&")).query)
        assert query["client_id"] == ["111.222"]
        assert set(query["scope"][0].split(",")) == {
            "commands", "chat:write", "im:write", "im:history", "users:read"
        }
        state = query["state"][0]
        cookie = page.headers["Set-Cookie"].split(";")[0]
        answer = await self.http.get(
            "/slack/oauth_redirect",
            params={"code": code, "state": state},
            headers={"Cookie": cookie},
        )
        assert answer.status == 200, await answer.text()
        return await answer.text()

    async def post(self, body: str, headers: dict[str, str]) -> int:
        resp = await self.http.post(EVENTS_PATH, data=body.encode(), headers=headers)
        self.answer = await resp.read()
        await self.deps.tasks.drain()
        return resp.status

    async def nudges_until(self, count: int) -> list[Any]:
        task = start_background(self.app, self.deps)
        assert task is not None
        try:
            return await self.fake.wait_for_async("chat.postMessage", count=count, timeout=3)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


@pytest.fixture
async def flow(
    tmp_path: Any, fake_slack: FakeSlack, slack_signer: SlackSigner
) -> AsyncIterator[Flow]:
    fake_slack.add_workspace(TEAM_A, code="code-a", bot_token=TOKEN_A)
    fake_slack.add_workspace(
        TEAM_B, code="code-b", bot_token=TOKEN_B, enterprise_id=ENTERPRISE_B
    )
    settings = Settings(
        _env_file=None,
        DATABASE_URL=f"sqlite:///{tmp_path / 'calm.db'}",
        SLACK_CLIENT_ID="111.222",
        SLACK_CLIENT_SECRET="client-secret",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
        NUDGE_TICK_SECONDS=0.01,
    )
    store = Store.from_url(settings.database_url)
    clock = FakeClock(local(MONDAY, 9, 0, BERLIN))
    deps = SlackDeps(settings=settings, store=store, clock=clock)
    app = build_slack_app(deps)
    http = TestClient(TestServer(build_web_app(app), host="127.0.0.1"))
    await http.start_server()
    try:
        yield Flow(http, fake_slack, slack_signer, deps, app, clock)
    finally:
        await deps.tasks.cancel_all()
        await http.close()
        store.engine.dispose()


def grid_event(signer: SlackSigner, event: dict[str, Any]) -> Any:
    """An Events API request from workspace B, which belongs to an Enterprise Grid org (Slack
    then names the enterprise in the envelope)."""
    envelope = {
        "team_id": TEAM_B,
        "enterprise_id": ENTERPRISE_B,
        "api_app_id": "A0CALM",
        "event": event,
        "type": "event_callback",
        "event_id": "Ev0GRID",
        "event_time": 1,
        "authorizations": [
            {"enterprise_id": ENTERPRISE_B, "team_id": TEAM_B, "user_id": "UCALMBOT",
             "is_bot": True, "is_enterprise_install": False}
        ],
    }
    return signer.sign(json.dumps(envelope), "application/json")


def web_api_calls(fake: FakeSlack) -> list[Any]:
    return [c for c in fake.calls() if c.method not in ("webhook", "oauth.v2.access")]


def due_monday(store: Store, *keys: UserKey) -> None:
    for key in keys:
        store.update_user(
            key,
            nudge_enabled=True,
            timezone=BERLIN,
            next_nudge_at=local(MONDAY, 9, 0, BERLIN).astimezone(dt.UTC).replace(tzinfo=None),
        )


async def install_both(flow: Flow) -> None:
    for code in ("code-a", "code-b"):
        await flow.install(code)
    flow.fake.reset()


class TestInstall:
    async def test_add_to_slack_then_redirect_stores_the_workspace(self, flow: Flow) -> None:
        done = await flow.install("code-a")
        assert "Thank you" in done or "installed" in done.lower()
        [access] = flow.fake.calls("oauth.v2.access")
        assert access.body["code"] == "code-a"
        assert flow.app.installation_store.installed_teams() == [TEAM_A]

    async def test_a_forged_state_is_refused(self, flow: Flow) -> None:
        answer = await flow.http.get(
            "/slack/oauth_redirect", params={"code": "code-a", "state": "forged"}
        )
        assert answer.status in (400, 401)
        assert flow.fake.calls("oauth.v2.access") == []

    async def test_each_workspace_is_served_with_its_own_token(self, flow: Flow) -> None:
        await install_both(flow)
        slash = flow.signer.slash_command(
            "/calm", SCOPE_CREEP, team_id=TEAM_A, user_id=ANNA.user,
            response_url=flow.fake.webhook_url("a"),
        )
        assert await flow.post(slash.body, slash.headers) == 200
        assert json.loads(flow.answer)["response_type"] == "ephemeral"  # the coaching card
        assert {c.token for c in web_api_calls(flow.fake)} == {TOKEN_A}

        flow.fake.reset()
        home = grid_event(flow.signer, app_home_opened(BERT.user))
        assert await flow.post(home.body, home.headers) == 200
        [publish] = await flow.fake.wait_for_async("views.publish", count=1)
        assert publish.token == TOKEN_B
        assert {c.token for c in web_api_calls(flow.fake)} == {TOKEN_B}

    async def test_enterprise_id_is_carried_with_the_installation(self, flow: Flow) -> None:
        await install_both(flow)
        bot = flow.app.installation_store.bot_for_team(TEAM_B)
        assert (bot.enterprise_id, bot.team_id, bot.bot_token) == (ENTERPRISE_B, TEAM_B, TOKEN_B)


class TestNudgesPerWorkspace:
    async def test_each_user_is_nudged_with_their_workspace_token(self, flow: Flow) -> None:
        await install_both(flow)
        due_monday(flow.deps.store, ANNA, BERT)
        dms = await flow.nudges_until(2)
        assert {(dm.body["channel"], dm.token) for dm in dms} == {
            (ANNA.user, TOKEN_A),
            (BERT.user, TOKEN_B),
        }

    @pytest.mark.parametrize("how", ["app_uninstalled", "tokens_revoked"])
    async def test_a_removed_workspace_is_skipped_the_other_keeps_its_nudges(
        self, flow: Flow, how: str
    ) -> None:
        await install_both(flow)
        event: dict[str, Any] = {"type": how}
        if how == "tokens_revoked":
            event["tokens"] = {"bot": ["UCALMBOT"]}
        removed = grid_event(flow.signer, event)
        assert await flow.post(removed.body, removed.headers) == 200
        for _ in range(200):  # Bolt runs event listeners after the ack
            if flow.app.installation_store.installed_teams() == [TEAM_A]:
                break
            await asyncio.sleep(0.01)
        assert flow.app.installation_store.installed_teams() == [TEAM_A]

        due_monday(flow.deps.store, ANNA, BERT)
        [dm] = await flow.nudges_until(1)
        assert (dm.body["channel"], dm.token) == (ANNA.user, TOKEN_A)
        await asyncio.sleep(0.1)  # more ticks: still nothing for the removed workspace
        assert len(flow.fake.calls("chat.postMessage")) == 1
        bert = flow.deps.store.get_user(BERT)
        assert bert.nudge_enabled  # a reinstall resumes the check-ins
        assert flow.deps.store.get_nudge_claim(BERT, MONDAY) is None

    async def test_a_token_revoked_without_the_event_does_not_switch_nudges_off(
        self, flow: Flow
    ) -> None:
        """The uninstall event got lost: the send fails for today, the user keeps the nudge."""
        await install_both(flow)
        flow.fake.revoke(TOKEN_B)
        due_monday(flow.deps.store, ANNA, BERT)
        task = start_background(flow.app, flow.deps)
        assert task is not None
        try:
            for _ in range(300):
                claims = [flow.deps.store.get_nudge_claim(k, MONDAY) for k in (ANNA, BERT)]
                if all(c is not None and c.status != "claimed" for c in claims):
                    break
                await asyncio.sleep(0.01)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        assert flow.deps.store.get_nudge_claim(BERT, MONDAY).status == "failed"
        assert flow.deps.store.get_user(BERT).nudge_enabled
        assert flow.deps.store.get_nudge_claim(ANNA, MONDAY).status == "sent"


class TestSingleWorkspace:
    async def test_a_bot_token_process_nudges_only_its_own_workspace(
        self, tmp_path: Any, fake_slack: FakeSlack
    ) -> None:
        """Two single-workspace calms on one database no longer message each other's users
        (with the wrong token) nor switch their check-ins off."""
        settings = Settings(
            _env_file=None,
            DATABASE_URL=f"sqlite:///{tmp_path / 'calm.db'}",
            SLACK_BOT_TOKEN="xoxb-calm-test",
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_API_URL=fake_slack.api_url,
            NUDGE_TICK_SECONDS=0.01,
        )
        store = Store.from_url(settings.database_url)
        own, other = UserKey("slack", "T0CALM", "U0OWN"), UserKey("slack", "T0ELSE", "U0ELSE")
        due_monday(store, own, other)
        clock = FakeClock(local(MONDAY, 9, 0, BERLIN))
        deps = SlackDeps(settings=settings, store=store, clock=clock)
        app = build_slack_app(deps)
        task = start_background(app, deps)
        assert task is not None
        try:
            [dm] = await fake_slack.wait_for_async("chat.postMessage", count=1, timeout=3)
            await asyncio.sleep(0.1)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        assert dm.body["channel"] == own.user
        assert len(fake_slack.calls("chat.postMessage")) == 1
        untouched = store.get_user(other)
        assert untouched.nudge_enabled and untouched.next_nudge_at is not None
        store.engine.dispose()


async def test_empty_client_settings_in_the_environment_keep_the_bot_token(
    monkeypatch: pytest.MonkeyPatch, fake_slack: FakeSlack, tmp_path: Any
) -> None:
    """`docker run --env-file` exports empty lines: an empty SLACK_CLIENT_ID/SECRET must not
    switch Bolt into its own OAuth mode (which would ignore SLACK_BOT_TOKEN)."""
    monkeypatch.setenv("SLACK_CLIENT_ID", "")
    monkeypatch.setenv("SLACK_CLIENT_SECRET", "")
    settings = Settings(
        _env_file=None,
        DATABASE_URL=f"sqlite:///{tmp_path / 'calm.db'}",
        SLACK_BOT_TOKEN="xoxb-calm-test",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
    )
    store = Store.from_url(settings.database_url)
    app = build_slack_app(SlackDeps(settings=settings, store=store))
    assert app.oauth_flow is None and app.client.token == "xoxb-calm-test"
    store.engine.dispose()
