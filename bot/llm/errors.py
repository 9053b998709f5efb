"""Faults of the LLM endpoint, translated at the HTTP boundary into one small tree.

    LLMError (a CalmError)
    ├── LLMUnavailable        the endpoint could not be reached (refused, DNS, reset)
    │   └── LLMTimeout          no complete answer within the time limit
    ├── LLMAuthError          401/403: the key is missing or wrong
    ├── LLMRateLimited        429; `retry_after` seconds when the server said so
    ├── LLMServerError        5xx or another unexpected status
    ├── LLMBadResponse        200 but unusable: not JSON, no text, a stream cut short
    └── LLMRefused            200, but the model declined to answer (a `refusal` instead of text)

Messages are fixed strings plus status codes: never request or response content, which could
hold client text.
"""

from __future__ import annotations

from bot.coach.errors import CalmError


class LLMError(CalmError):
    """Base of every LLM fault; `code` is a short, log-friendly outcome name."""

    code = "llm_error"


class LLMUnavailable(LLMError):
    code = "unavailable"


class LLMTimeout(LLMUnavailable):
    code = "timeout"


class LLMAuthError(LLMError):
    code = "auth"


class LLMRateLimited(LLMError):
    code = "rate_limited"

    def __init__(self, retry_after: float | None = None) -> None:
        super().__init__("The LLM endpoint is rate-limiting requests (HTTP 429).")
        self.retry_after = retry_after


class LLMServerError(LLMError):
    code = "server_error"

    def __init__(self, status: int) -> None:
        super().__init__(f"The LLM endpoint answered HTTP {status}.")
        self.status = status


class LLMBadResponse(LLMError):
    code = "bad_response"


class LLMRefused(LLMError):
    """The model declined (OpenAI-style `refusal`, or a content filter): the endpoint is fine."""

    code = "refused"
