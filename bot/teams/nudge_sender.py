"""Teams' `NudgeSender`: a proactive 1:1 message with the check-in card, and its scheduler.

The conversation to write to is stored when calm is installed or the user first writes to it
(`remember_conversation` in handlers.py). Teams answers are mapped to the scheduler's outcomes
(`bot/nudge/sending.py`): 429 → retry after Retry-After; 5xx, timeouts, connection errors →
retry with backoff; 403/404 (app removed, user gone, conversation unknown) → gone; no stored
conversation → gone; anything else → failed. Only status codes are logged.

The answer buttons are `Action.Execute` with the day they answer; `handlers.card_for_button`
stores `store.set_capacity(key, day, capacity)` and replaces the card in place.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import structlog

from bot.config import Settings
from bot.nudge.content import NudgeContent
from bot.nudge.scheduler import NudgeScheduler
from bot.nudge.sending import SendResult
from bot.store import Store, UserKey
from bot.teams import cards
from bot.teams.service import PLATFORM

log = structlog.get_logger(__name__)

GONE_STATUSES = frozenset({403, 404, 410})


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def classify_teams_error(exc: BaseException) -> SendResult:
    """A failed proactive send as a scheduler outcome."""
    if isinstance(exc, httpx.HTTPStatusError):
        status = exc.response.status_code
        if status == 429:
            return SendResult.retry(_retry_after(exc.response), "http_429")
        if status >= 500:
            return SendResult.retry(None, f"http_{status}")
        if status in GONE_STATUSES:
            return SendResult.gone(f"http_{status}")
        return SendResult.failed(f"http_{status}")
    if isinstance(exc, (httpx.TransportError, TimeoutError)):
        return SendResult.retry(None, type(exc).__name__)
    return SendResult.retry(None, type(exc).__name__)


class TeamsNudgeSender:
    """Sends the nudge card with `app.send` to the user's stored 1:1 conversation."""

    def __init__(self, app: Any, store: Store) -> None:
        self.app = app
        self.store = store

    async def send_nudge(self, key: UserKey, content: NudgeContent) -> SendResult:
        ref = self.store.get_conversation_ref(key)
        if ref is None:
            return SendResult.gone("no_conversation")
        conversation_id, service_url = ref
        try:
            sent = await self.app.send(
                conversation_id, cards.nudge_card(content), service_url=service_url
            )
        except Exception as exc:
            result = classify_teams_error(exc)
            log.info("teams.nudge_send_failed", status=result.status.value, code=result.code)
            return result
        return SendResult.sent(channel=conversation_id, message_id=getattr(sent, "id", None))


def start_nudge_scheduler(settings: Settings, store: Store, app: Any) -> asyncio.Task[Any] | None:
    """Run the shared scheduler for Teams users in the current loop; None when it cannot run.

    Proactive messages need app credentials, so in insecure local mode without a client id
    there are no nudges (the log says so).
    """
    if not settings.nudge_enabled:
        log.info("teams.nudges_off", reason="NUDGE_ENABLED=false")
        return None
    if not getattr(app, "id", None):
        log.warning("teams.nudges_off", reason="no TEAMS_CLIENT_ID, proactive messages need it")
        return None
    scheduler = NudgeScheduler(
        store,
        TeamsNudgeSender(app, store),
        platform=PLATFORM,
        default_language=_language_of_user(app, settings),
    )
    return asyncio.create_task(scheduler.run(settings.nudge_tick_seconds), name="teams-nudges")


def _language_of_user(app: Any, settings: Settings) -> str | Callable[[UserKey], str]:
    """Each user's Teams language where calm has seen it (the handlers' service), else
    CALM_DEFAULT_LANGUAGE."""
    service = getattr(app, "calm", None)
    if service is None:
        return settings.default_language
    return lambda key: service.default_language(key).value
