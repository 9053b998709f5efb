"""A local stand-in for an OpenAI-compatible Chat Completions server, on 127.0.0.1.

A threaded `http.server` on a random free port in a background thread, so both sync code (the
CLI's `asyncio.run`) and async code (an `httpx.AsyncClient` in the test's loop) can talk to it.

    server = FakeLLM().start()
    settings = Settings(LLM_BASE_URL=server.base_url, LLM_MODEL="fake-model")
    server.answer("Hallo [NAME_1], …")            # every following request gets this draft
    server.script("rate_limited", retry_after=120)  # the next request only
    ...
    server.requests[-1].body["messages"]           # every request body, parsed
    server.bodies_text()                           # all raw bodies, decoded, for searching
    server.stop()

Behaviours (`Behaviour.kind`):
  * `ok` — answer `draft` (a string, or a callable taking the request body and returning one);
    as JSON, or as server-sent events when the request asked for `"stream": true`.
  * `slow` — like `ok` after `delay` seconds (the other behaviours honour `delay` too).
  * `error` (HTTP 500), `unauthorized` (401), `rate_limited` (429 with `Retry-After`),
    `bad_request` (400, as servers answer a parameter they do not support).
  * `refusal` — 200 with an OpenAI-style `refusal` and no content (streamed: the refusal in a
    delta).
  * `garbage` — 200 with a body that is not JSON; `empty` — 200 with an empty message content.
  * `truncate` — JSON: a `Content-Length` longer than the body, then the connection closes;
    streaming: half of the events, no finish reason, no `[DONE]`, then the connection closes.

`structured(draft, situation=…)` wraps a draft (a string or a callable) into the JSON object calm
asks the model for; `draft` strings that are not JSON are sent as they are (a model that ignored
the format).

`echo_placeholders(template)` builds a `draft` callable that fills `{placeholders}` with every
placeholder found in the request (proving the refiner restores what comes back).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Draft = str | Callable[[dict[str, Any]], str]

PLACEHOLDER = re.compile(r"\[(?:EMAIL|PHONE|IBAN|URL|NAME)_\d+\]")


@dataclass(frozen=True)
class Behaviour:
    kind: str = "ok"
    draft: Draft = "Thank you for your message. I will look into it and get back to you."
    delay: float = 0.0
    retry_after: float | None = None
    chunks: int = 6  # SSE events the draft is split into


@dataclass(frozen=True)
class Recorded:
    """One request the server received."""

    path: str
    headers: dict[str, str]  # lower-case names
    raw: bytes
    body: Any  # parsed JSON, or None when the body was not JSON
    at: float = field(default_factory=time.monotonic)


def structured(
    draft: Draft,
    *,
    situation: str = "scope_creep",
    secondary: str | list[str] | None = None,
    confidence: object = 0.85,
    client_wants: str = "The client wants the extra work done soon.",
    fenced: bool = False,
) -> Callable[[dict[str, Any]], str]:
    """A model answer in calm's JSON format around `draft` (a string or a callable)."""

    def build(body: dict[str, Any]) -> str:
        text = draft(body) if callable(draft) else draft
        answer = json.dumps(
            {
                "situation": situation,
                "secondary": secondary,
                "confidence": confidence,
                "client_wants": client_wants,
                "draft": text,
            },
            ensure_ascii=False,
        )
        return f"```json\n{answer}\n```" if fenced else answer

    return build


_HINT = re.compile(r"a hint, not a fact\): ([a-z_]+)")
_DRAFTS = {
    "en": (
        "Hi,\n\nthank you for your message, I understand this matters to you. I will look into "
        "it and send you a short update with the next concrete step by tomorrow noon, so you "
        "can plan with it.\n\nBest regards"
    ),
    "du": (
        "Hallo,\n\ndanke für deine Nachricht, ich verstehe, dass dir das wichtig ist. Ich sehe "
        "mir das genau an und schicke dir bis morgen Mittag einen kurzen Stand mit dem "
        "nächsten konkreten Schritt, damit du gut planen kannst.\n\nViele Grüße"
    ),
    "sie": (
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht, ich verstehe, dass Ihnen das wichtig "
        "ist. Ich sehe mir das genau an und schicke Ihnen bis morgen Mittag einen kurzen Stand "
        "mit dem nächsten konkreten Schritt, damit Sie gut planen können.\n\nViele Grüße"
    ),
}


def offline_hint(body: dict[str, Any]) -> str | None:
    """The offline situation calm sent as a hint (None when the request has none)."""
    match = _HINT.search(user_message(body))
    return match.group(1) if match else None


def polite_model(
    situation: str | Callable[[str | None], str] | None = None,
    *,
    draft: Draft | None = None,
    confidence: object = 0.8,
    client_wants: str = "Eine verlässliche Antwort mit dem nächsten Schritt.",
) -> Callable[[dict[str, Any]], str]:
    """A well-behaved model: JSON with a calm draft in the language and register asked for.

    `situation` is an id, a function of the offline hint, or None to agree with the hint.
    """

    def build(body: dict[str, Any]) -> str:
        user = user_message(body)
        hint = offline_hint(body)
        chosen = situation(hint) if callable(situation) else (situation or hint or "neutral")
        if draft is not None:
            text = draft(body) if callable(draft) else draft
        elif "Reply language: English" in user:
            text = _DRAFTS["en"]
        else:
            text = _DRAFTS["du" if "'du'" in user else "sie"]
        return json.dumps(
            {
                "situation": chosen,
                "secondary": None,
                "confidence": confidence,
                "client_wants": client_wants,
                "draft": text,
            },
            ensure_ascii=False,
        )

    return build


def user_message(body: dict[str, Any]) -> str:
    """The user message(s) of a recorded request body."""
    return "\n".join(
        str(m.get("content", "")) for m in body.get("messages", []) if m.get("role") == "user"
    )


def echo_placeholders(template: str) -> Callable[[dict[str, Any]], str]:
    """A draft that puts every placeholder of the request into `template`'s `{placeholders}`.

    Use `{first_name}` for the first `[NAME_n]` placeholder found in the user message.
    """

    def build(body: dict[str, Any]) -> str:
        user = "\n".join(
            str(m.get("content", "")) for m in body.get("messages", []) if m.get("role") == "user"
        )
        found = list(dict.fromkeys(PLACEHOLDER.findall(user)))
        names = [p for p in found if p.startswith("[NAME_")]
        return template.format(
            placeholders=" ".join(found), first_name=names[0] if names else "there"
        )

    return build


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stall between headers and body

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.server.owner._record(Recorded(self.path, headers, raw, body))
        behaviour = self.server.owner._next()
        if behaviour.delay and self.server.owner._stopping.wait(behaviour.delay):
            self.close_connection = True
            return
        stream = isinstance(body, dict) and bool(body.get("stream"))
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send(404, {"error": {"message": "not found"}})
            return
        kind = behaviour.kind
        if kind == "error":
            self._send(500, {"error": {"message": "internal error"}})
        elif kind == "bad_request":
            self._send(400, {"error": {"message": "response_format is not supported"}})
        elif kind == "unauthorized":
            self._send(401, {"error": {"message": "invalid api key"}})
        elif kind == "rate_limited":
            extra = {}
            if behaviour.retry_after is not None:
                extra["Retry-After"] = str(int(behaviour.retry_after))
            self._send(429, {"error": {"message": "rate limited"}}, extra)
        elif kind == "refusal" and not stream:
            refusal = {"role": "assistant", "content": None, "refusal": "I can't help with that."}
            self._send(200, {**_completion(""), "choices": [
                {"index": 0, "message": refusal, "finish_reason": "stop"}
            ]})
        elif kind == "garbage":
            self._send_raw(200, b"<html>surprise</html>", "text/html")
        else:
            draft = behaviour.draft(body or {}) if callable(behaviour.draft) else behaviour.draft
            if kind == "empty":
                draft = ""
            if stream:
                self._stream(
                    draft,
                    truncate=kind == "truncate",
                    chunks=behaviour.chunks,
                    refusal=kind == "refusal",
                )
            elif kind == "truncate":
                payload = json.dumps(_completion(draft)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload) * 2))
                self.end_headers()
                self.wfile.write(payload[: len(payload) // 2])
                self.wfile.flush()
                self.close_connection = True
            else:
                self._send(200, _completion(draft))

    def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self._send_raw(status, json.dumps(payload).encode(), "application/json", headers)

    def _send_raw(
        self, status: int, data: bytes, ctype: str, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _stream(
        self, draft: str, *, truncate: bool, chunks: int, refusal: bool = False
    ) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        size = max(1, -(-len(draft) // max(1, chunks)))
        pieces = [draft[i : i + size] for i in range(0, len(draft), size)] or [""]
        events = [{"role": "assistant", "content": ""}] + [{"content": p} for p in pieces]
        if refusal:
            events = [{"role": "assistant", "content": None, "refusal": "I can't help with that."}]
        if truncate:
            events = events[: max(1, len(events) // 2)]
        self.wfile.write(b": keep-alive\n\n")
        for delta in events:
            chunk = {
                "id": "chatcmpl-fake",
                "object": "chat.completion.chunk",
                "model": "fake-model",
                "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
            }
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.flush()
        if truncate:
            return
        final = {
            "id": "chatcmpl-fake",
            "object": "chat.completion.chunk",
            "model": "fake-model",
            "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
        }
        self.wfile.write(f"data: {json.dumps(final)}\n\ndata: [DONE]\n\n".encode())
        self.wfile.flush()


def _completion(draft: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "model": "fake-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": draft},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: FakeLLM

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (timeout) leaves a broken pipe behind; that is expected."""


class FakeLLM:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._default = Behaviour()
        self._script: deque[Behaviour] = deque()
        self._requests: list[Recorded] = []
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -----------------------------------------------------------------------
    def start(self) -> FakeLLM:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.owner = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeLLM:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "start() the server first"
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # --- behaviour -----------------------------------------------------------------------
    def behave(self, kind: str = "ok", **options: Any) -> None:
        """Set the behaviour for every request that is not scripted."""
        with self._lock:
            self._default = (
                Behaviour(kind, **options)
                if "draft" in options
                else Behaviour(kind, draft=self._default.draft, **options)
            )

    def answer(self, draft: Draft, **options: Any) -> None:
        """Answer every following request with `draft`."""
        self.behave("ok", draft=draft, **options)

    def script(self, kind: str, *, times: int = 1, **options: Any) -> None:
        """Behave as `kind` for the next `times` requests, then fall back to the default."""
        with self._lock:
            base = self._default
            behaviour = Behaviour(kind, **{"draft": base.draft, **options})
            self._script.extend([behaviour] * times)

    def _next(self) -> Behaviour:
        with self._lock:
            return self._script.popleft() if self._script else self._default

    # --- recording -----------------------------------------------------------------------
    def _record(self, request: Recorded) -> None:
        with self._lock:
            self._requests.append(request)

    @property
    def requests(self) -> list[Recorded]:
        with self._lock:
            return list(self._requests)

    def bodies_text(self) -> str:
        """Every recorded body, decoded (JSON escapes resolved), for searching."""
        parts = []
        for request in self.requests:
            if request.body is not None:
                parts.append(json.dumps(request.body, ensure_ascii=False))
            else:
                parts.append(request.raw.decode("utf-8", "replace"))
        return "\n".join(parts)
