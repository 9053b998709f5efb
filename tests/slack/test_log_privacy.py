"""A forged Slack request carries a canary in its body: no log line at any level repeats it.

Bolt logs the raw body of a request whose signature check fails; slack-sdk, aiohttp and httpx
log request details at DEBUG. calm's record factory (bot.log_privacy) cuts every framework
record to its wording, so none of that reaches a handler, whatever the levels are.
"""

from __future__ import annotations

import io
import logging
import time

import pytest
import structlog

from bot.logging import configure_logging
from tests.support.signing import block_actions, message_shortcut

CANARY = "Zitronenfalter4QX9"
CLIENT = f"Hallo, hier ist {CANARY}. Wir zahlen die Rechnung erst, wenn {CANARY} zufrieden ist."
FRAMEWORKS = ("slack_bolt", "slack_sdk", "aiohttp", "httpx", "httpcore", "asyncio", "")


@pytest.fixture
def every_log(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]):
    """Everything logged anywhere, at DEBUG, as one string: structlog's stream, every stdlib
    record (caplog), and the process's stdout and stderr."""
    stream = io.StringIO()
    configure_logging("debug", "json", stream=stream)
    levels = {name: logging.getLogger(name).level for name in FRAMEWORKS}
    for name in FRAMEWORKS:  # "any level": open the frameworks up completely
        logging.getLogger(name).setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)

    def text() -> str:
        out, err = capfd.readouterr()
        return stream.getvalue() + caplog.text + out + err

    yield text
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    structlog.reset_defaults()


async def test_forged_requests_leave_no_canary_in_any_log(make_slack_harness, every_log) -> None:
    h = await make_slack_harness()
    signer = h.signer
    forged = [
        signer.slash_command("/calm", CLIENT, forge=True),
        signer.slash_command("/calm", CLIENT, timestamp=time.time() - 600),
        signer.interactivity(block_actions("calm_softer", CLIENT), forge=True),
        signer.interactivity(
            message_shortcut({"ts": "1700000100.000200", "text": CLIENT}), forge=True
        ),
        signer.event({"type": "message", "channel_type": "im", "text": CLIENT}, forge=True),
    ]
    for request in forged:
        response = await h.post(request)
        assert response.status == 401
    unsigned = {"content-type": "application/x-www-form-urlencoded"}
    response = await h.http.post("/slack/events", data=f"text={CANARY}", headers=unsigned)
    assert response.status == 401
    await h.settle()

    logs = every_log()
    assert "Invalid request signature detected" in logs  # Bolt did log the rejections
    assert CANARY not in logs
    assert h.fake.calls() == []


@pytest.mark.parametrize(
    "name",
    [
        "slack_bolt.AsyncApp",
        "slack_sdk.web.async_base_client",
        "aiohttp.server",
        "uvicorn.error",
        "microsoft_teams.apps.http.http_server",
        "httpx",
        "some.other.library",
    ],
)
def test_framework_records_keep_wording_and_numbers_only(every_log, name: str) -> None:
    """The rules, through stdlib logging, for every framework's logger: %-arguments that are
    text become "…", numbers stay; an f-string line is cut where data starts; exceptions keep
    only their type."""
    logger = logging.getLogger(name)
    logger.info("Invalid request signature detected (body: text=%s)", CANARY)
    logger.debug(f"Sending a request - url: https://x, body: {CANARY}")
    logger.warning("HTTP Request: %s %s %d", "POST", f"/x?{CANARY}", 401)
    logger.error(f"Unhandled request ?text={CANARY}&user=U1")
    logger.debug(f"Received the following response - status: 200, body: {CANARY}")
    try:
        raise ValueError(CANARY)
    except ValueError:
        logger.exception(f"Failed to run listener function (error: {CANARY})")

    logs = every_log()
    assert CANARY not in logs
    assert "Traceback" not in logs
    assert "Invalid request signature detected (body: text=…)" in logs
    assert "Sending a request - url" in logs
    assert "HTTP Request: … … 401" in logs
    assert "Failed to run listener function [ValueError; details withheld]" in logs
