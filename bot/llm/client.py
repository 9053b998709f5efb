"""An async Chat Completions client over httpx, JSON or streaming (server-sent events).

The `httpx.AsyncClient` is injected (tests point it at a loopback fake server; production
lets the client create its own). Every transport fault and every unusable answer becomes an
`LLMError` from `bot.llm.errors`; nothing from a request or response body ends up in an
exception or a log line.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from bot.llm.endpoint import Endpoint
from bot.llm.errors import (
    LLMAuthError,
    LLMBadResponse,
    LLMRateLimited,
    LLMRefused,
    LLMServerError,
    LLMTimeout,
    LLMUnavailable,
)

Message = Mapping[str, str]  # {"role": "system" | "user" | "assistant", "content": "…"}

_MAX_RETRY_AFTER = 3600.0  # a server asking for more than an hour is treated as an hour
_COMPLETE_FINISH_REASONS = frozenset({"stop", "eos", "end_turn", "stop_sequence"})


@dataclass(frozen=True, slots=True)
class Completion:
    """The model's answer: its text, the model that produced it, and why it stopped."""

    text: str
    model: str
    finish_reason: str | None
    streamed: bool


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds from a `Retry-After` header (delta-seconds or an HTTP date), capped at an hour."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        seconds = (when - (now or dt.datetime.now(dt.UTC))).total_seconds()
    return min(max(seconds, 0.0), _MAX_RETRY_AFTER)


def _raise_for_status(response: httpx.Response) -> None:
    status = response.status_code
    if status < 300:
        return
    if status in (401, 403):
        raise LLMAuthError(f"The LLM endpoint refused the credentials (HTTP {status}).")
    if status == 429:
        raise LLMRateLimited(parse_retry_after(response.headers.get("retry-after")))
    raise LLMServerError(status)


def _content_text(content: Any) -> str:
    """Message content as text: a string, or a list of parts (some servers send that)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return ""


def _first_choice(payload: Any) -> Mapping[str, Any]:
    if not isinstance(payload, dict):
        raise LLMBadResponse("The LLM answer was not a JSON object.")
    if "error" in payload and not payload.get("choices"):
        raise LLMBadResponse("The LLM endpoint reported an error inside its answer.")
    choices = payload.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise LLMBadResponse("The LLM answer had no choices.")
    return choices[0]


def _check_complete(text: str, finish_reason: str | None) -> None:
    if finish_reason == "content_filter":
        raise LLMRefused("The endpoint's content filter stopped the answer.")
    if not text.strip():
        raise LLMBadResponse("The LLM answer was empty.")
    if finish_reason is not None and finish_reason not in _COMPLETE_FINISH_REASONS:
        # "length" (cut at the token limit), "content_filter", "tool_calls": not a full draft.
        raise LLMBadResponse(f"The LLM answer stopped early ({finish_reason[:20]}).")


class ChatClient:
    """Calls one endpoint. Create it inside the event loop that uses it; `aclose` when done."""

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        http: httpx.AsyncClient | None = None,
        timeout: float = 20.0,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        # Extra body fields such as {"temperature": 0.3, "max_tokens": 600}. None by default:
        # some models reject them (reasoning models refuse `temperature`/`max_tokens`).
        self.params = dict(params or {})
        self._http = http
        self._owns_http = http is None
        # Ask for `response_format: json_object` until the server refuses it once (HTTP 400/422:
        # LM Studio and some older servers only take a JSON schema or nothing).
        self.json_mode_supported = True

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=httpx.Timeout(self.timeout), trust_env=True)
        return self._http

    async def aclose(self) -> None:
        if self._owns_http and self._http is not None:
            await self._http.aclose()
            self._http = None

    def _body(
        self, messages: Sequence[Message], *, stream: bool, json_mode: bool = False
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.endpoint.model,
            "messages": [dict(m) for m in messages],
            **self.params,
            "stream": stream,
        }
        if json_mode:
            body["response_format"] = {"type": "json_object"}
        return body

    async def complete(
        self, messages: Sequence[Message], *, stream: bool = False, json_mode: bool = False
    ) -> Completion:
        """One chat completion. Raises an `LLMError` for every fault, never anything else.

        `json_mode` asks the server for a JSON object; a server that rejects the parameter is
        asked once more without it, and not asked with it again.
        """
        want_json = json_mode and self.json_mode_supported
        try:
            return await self._complete(messages, stream=stream, json_mode=want_json)
        except LLMServerError as exc:
            if not (want_json and exc.status in (400, 422)):
                raise
            self.json_mode_supported = False
        return await self._complete(messages, stream=stream, json_mode=False)

    async def _complete(
        self, messages: Sequence[Message], *, stream: bool, json_mode: bool
    ) -> Completion:
        try:
            if stream:
                return await self._complete_streaming(messages, json_mode)
            return await self._complete_json(messages, json_mode)
        except httpx.TimeoutException:
            raise LLMTimeout("The LLM endpoint did not answer in time.") from None
        except httpx.TransportError as exc:
            raise LLMUnavailable(
                f"The LLM endpoint could not be reached ({type(exc).__name__})."
            ) from None

    async def _complete_json(self, messages: Sequence[Message], json_mode: bool) -> Completion:
        response = await self._client().post(
            self.endpoint.url,
            json=self._body(messages, stream=False, json_mode=json_mode),
            headers=self.endpoint.headers(),
            timeout=self.timeout,
        )
        _raise_for_status(response)
        try:
            payload = response.json()
        except ValueError:
            raise LLMBadResponse("The LLM answer was not JSON.") from None
        choice = _first_choice(payload)
        message = choice.get("message") if isinstance(choice.get("message"), dict) else {}
        text = _content_text(message.get("content")) if message else ""
        if not text.strip() and message and message.get("refusal"):
            raise LLMRefused("The model declined to answer.")
        finish_reason = choice.get("finish_reason")
        _check_complete(text, finish_reason if isinstance(finish_reason, str) else None)
        return Completion(
            text=text,
            model=str(payload.get("model") or self.endpoint.model),
            finish_reason=finish_reason if isinstance(finish_reason, str) else None,
            streamed=False,
        )

    async def _complete_streaming(
        self, messages: Sequence[Message], json_mode: bool
    ) -> Completion:
        headers = {**self.endpoint.headers(), "Accept": "text/event-stream"}
        async with self._client().stream(
            "POST",
            self.endpoint.url,
            json=self._body(messages, stream=True, json_mode=json_mode),
            headers=headers,
            timeout=self.timeout,
        ) as response:
            if response.status_code >= 300:
                await response.aread()
                _raise_for_status(response)
            parts: list[str] = []
            refused = False
            model = self.endpoint.model
            finish_reason: str | None = None
            done = False
            try:
                async for line in response.aiter_lines():
                    if not line.startswith("data:"):
                        continue  # comments (": keep-alive"), event:, id:, blank separators
                    data = line[len("data:") :].strip()
                    if data == "[DONE]":
                        done = True
                        break
                    try:
                        chunk = json.loads(data)
                    except ValueError:
                        raise LLMBadResponse("The LLM stream carried a malformed event.") from None
                    choice = _first_choice(chunk)
                    model = str(chunk.get("model") or model)
                    delta = choice.get("delta")
                    if isinstance(delta, dict):
                        parts.append(_content_text(delta.get("content")))
                        refused = refused or bool(delta.get("refusal"))
                    reason = choice.get("finish_reason")
                    if isinstance(reason, str):
                        finish_reason = reason
            except (httpx.RemoteProtocolError, httpx.ReadError):
                raise LLMBadResponse("The LLM stream broke off.") from None
        if not done and finish_reason is None:
            raise LLMBadResponse("The LLM stream ended before the answer was complete.")
        text = "".join(parts)
        if refused and not text.strip():
            raise LLMRefused("The model declined to answer.")
        _check_complete(text, finish_reason)
        return Completion(text=text, model=model, finish_reason=finish_reason, streamed=True)
