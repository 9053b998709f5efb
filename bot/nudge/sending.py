"""The seam between the scheduler and a chat platform: `NudgeSender` and its `SendResult`.

A platform (Slack now, Teams later) implements one async method:

    async def send_nudge(self, key: UserKey, content: NudgeContent) -> SendResult

and maps its own errors to four outcomes:

- `SendResult.sent(channel=, message_id=)` — delivered; the ids let the answer update the
  message in place later.
- `SendResult.retry(after)` — transient: rate limited (pass Retry-After seconds), 5xx,
  timeout, connection error (`after=None`: the scheduler backs off exponentially).
- `SendResult.gone(code)` — the user cannot be reached any more (left the workspace, account
  deactivated, DM blocked, app removed): the scheduler switches their nudge off, no retries.
- `SendResult.failed(code)` — any other permanent error: logged, no retries today.

`code` is the platform's error code ("user_not_found", "http_503"), never message text. A
sender should not retry on its own; the scheduler owns retries so that they survive restarts
and are never duplicated. An exception escaping `send_nudge` counts as `retry(None)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bot.nudge.content import NudgeContent
from bot.store import UserKey


class SendStatus(StrEnum):
    SENT = "sent"
    RETRY = "retry"
    GONE = "gone"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class SendResult:
    status: SendStatus
    retry_after: float | None = None  # seconds, only for RETRY; None = choose a backoff
    code: str | None = None  # platform error code, for logs
    channel: str | None = None  # where the message went (Slack DM channel, Teams conversation)
    message_id: str | None = None  # Slack ts, Teams activity id

    @classmethod
    def sent(cls, *, channel: str | None = None, message_id: str | None = None) -> SendResult:
        return cls(SendStatus.SENT, channel=channel, message_id=message_id)

    @classmethod
    def retry(cls, after: float | None = None, code: str | None = None) -> SendResult:
        return cls(SendStatus.RETRY, retry_after=after, code=code)

    @classmethod
    def gone(cls, code: str) -> SendResult:
        return cls(SendStatus.GONE, code=code)

    @classmethod
    def failed(cls, code: str) -> SendResult:
        return cls(SendStatus.FAILED, code=code)


class NudgeSender(Protocol):
    """Delivers one day's nudge to one user on one platform."""

    async def send_nudge(self, key: UserKey, content: NudgeContent) -> SendResult: ...
