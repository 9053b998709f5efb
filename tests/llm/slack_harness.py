"""The whole `/calm` path over HTTP, for the Slack end-to-end test and `bench/llm_refine.py`.

Real pieces: the Bolt app from `build_slack_app` behind aiohttp on 127.0.0.1, a SQLite store,
the real `LLMRefiner` from `build_refiner`. Fakes: Slack's Web API and response_url
(`FakeSlack`) and the model (`FakeLLM`). Requests are signed like Slack signs them.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient, TestServer

from bot.config import Settings
from bot.llm.factory import build_refiner
from bot.slack.app import build_slack_app, build_web_app, make_client
from bot.slack.deps import SlackDeps
from bot.store import Store
from tests.support.fake_llm import FakeLLM
from tests.support.fake_slack import FakeSlack
from tests.support.signing import SIGNING_SECRET, SlackSigner


@dataclass
class SlackHarness:
    http: TestClient
    deps: SlackDeps
    slack: FakeSlack
    llm: FakeLLM | None
    signer: SlackSigner

    async def command(self, text: str, *, webhook_id: str = "1") -> dict[str, Any]:
        """POST a signed `/calm text`; return the ack body (the ephemeral card)."""
        req = self.signer.slash_command(
            "/calm", text, response_url=self.slack.webhook_url(webhook_id)
        )
        resp = await self.http.post("/slack/events", data=req.body, headers=req.headers)
        assert resp.status == 200, resp.status
        return json.loads(await resp.text() or "{}")


def card_text(blocks: list[dict[str, Any]]) -> str:
    """All visible text of a Block Kit card, flattened (for assertions)."""
    return json.dumps(blocks, ensure_ascii=False)


@asynccontextmanager
async def slack_harness(
    tmp_path: Path, *, llm: FakeLLM | None, timeout: float = 2.0
) -> AsyncIterator[SlackHarness]:
    slack = FakeSlack().start()
    try:
        values: dict[str, Any] = {
            "_env_file": None,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_API_URL": slack.api_url,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'calm.db'}",
            "NUDGE_ENABLED": False,
        }
        if llm is not None:
            values.update(
                LLM_BASE_URL=llm.base_url, LLM_MODEL="fake-model", LLM_TIMEOUT_SECONDS=timeout
            )
        settings = Settings(**values)
        refiner = build_refiner(settings)
        deps = SlackDeps(
            settings=settings, store=Store.from_url(settings.database_url), refiner=refiner
        )
        app = build_slack_app(deps, client=make_client("xoxb-test", slack.api_url))
        server = TestServer(build_web_app(app), host="127.0.0.1")
        async with TestClient(server) as http:
            try:
                yield SlackHarness(http, deps, slack, llm, SlackSigner(SIGNING_SECRET))
            finally:
                await deps.tasks.cancel_all()
                if refiner is not None:
                    await refiner.aclose()
    finally:
        slack.stop()
