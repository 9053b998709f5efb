"""A local stand-in for the Slack Web API and for response_url webhooks, on 127.0.0.1.

It runs a threaded `http.server` on a random free port in a background thread, so it serves
both sync code and async code (an `AsyncWebClient` in the test's event loop talks to it over
loopback while the loop keeps running).

    server = FakeSlack().start()
    client = AsyncWebClient(token="xoxb-test", base_url=server.api_url)
    ...
    [call] = server.calls("chat.postEphemeral")
    call.body["thread_ts"]            # parsed JSON or form body (JSON-in-form values decoded)
    await server.wait_for_async("chat.postMessage", count=1, timeout=2)   # in async tests
    server.wait_for("chat.postMessage", count=1, timeout=2)               # in sync code
    server.stop()

Routes:
  * `/api/<method>` (GET or POST, form or JSON): recorded, answered with a canned reply
    (see `_canned`), or with the next scripted reply for that method (`script`).
  * `/webhook/<id>` (POST JSON): a response_url; recorded under method name `"webhook"`
    (`call.webhook_id` holds `<id>`). Build URLs with `webhook_url(id)`.

Scripting: `server.script("chat.postMessage", status=429, headers={"Retry-After": "1"})`
answers the next call with a 429 (body defaults to `{"ok": false, "error": "ratelimited"}`);
`server.script("chat.postEphemeral", body={"ok": False, "error": "channel_not_found"},
times=2)` answers the next two calls with that error. `server.script("webhook", status=404)`
applies to any webhook. Scripts are consumed first-in first-out per method.

Workspaces (the install flow): `server.add_workspace("T0AAA", code="code-a",
bot_token="xoxb-a", enterprise_id=None)` makes `oauth.v2.access` with that code answer as Slack
does after an install (client id and secret must be present); `auth.test` with that bot token
then answers that workspace. `server.revoke("xoxb-a")` makes every later call with the token
fail with `token_revoked`.

Users: `users.info` answers with `tz` from `server.set_user(user_id, tz="America/New_York")`,
else `server.default_tz` (Europe/Berlin). `auth.test` with a `xoxp-` token answers
`user_id=server.user_token_owner` (default "U0USER", the signing helpers' default user); with
any other token the bot user `UCALMBOT`. A call without a token gets `not_authed`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

BOT_USER_ID = "UCALMBOT"
BOT_ID = "BCALMBOT"
TEAM_ID = "T0CALM"
ENTERPRISE_ID = None


@dataclass(frozen=True)
class Call:
    """One recorded request."""

    method: str  # "chat.postMessage", …, or "webhook"
    path: str
    http_method: str  # GET / POST
    headers: dict[str, str]  # lower-case names
    body: dict[str, Any]  # parsed JSON, or form/query fields (JSON-looking values decoded)
    raw: bytes
    webhook_id: str | None = None
    at: float = field(default_factory=time.monotonic)

    @property
    def token(self) -> str | None:
        """The bearer token of the call (header or `token` form field)."""
        auth = self.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return auth[7:].strip()
        token = self.body.get("token")
        return str(token) if token else None


@dataclass(frozen=True)
class _Workspace:
    team_id: str
    code: str
    bot_token: str
    enterprise_id: str | None
    installer: str


@dataclass
class _Scripted:
    status: int
    headers: dict[str, str]
    body: Any  # dict (sent as JSON), str or bytes (sent as is)


@dataclass
class _User:
    tz: str
    tz_offset: int
    name: str
    real_name: str
    is_bot: bool = False
    locale: str | None = None


def _decode_form(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        decoded: Any = value
        if value[:1] in ("[", "{"):
            try:
                decoded = json.loads(value)
            except ValueError:
                decoded = value
        out[key] = decoded
    return out


class FakeSlack:
    """The fake Slack Web API server. Thread-safe; start once, reuse, `reset()` between uses."""

    def __init__(
        self,
        *,
        default_tz: str = "Europe/Berlin",
        default_tz_offset: int = 3600,
        user_token_owner: str = "U0USER",
    ):
        self.default_tz = default_tz
        self.default_tz_offset = default_tz_offset
        # `auth.test` with a user token (xoxp-) answers this user id: the installing user.
        self.user_token_owner = user_token_owner
        self._calls: list[Call] = []
        self._scripts: dict[str, deque[_Scripted]] = {}
        self._users: dict[str, _User] = {}
        self._cond = threading.Condition()
        self._ts = itertools.count(1)
        self._view_ids = itertools.count(1)
        self._workspaces: dict[str, _Workspace] = {}  # by OAuth code
        self._revoked: set[str] = set()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -------------------------------------------------------------------------
    def start(self) -> FakeSlack:
        server = self

        class Handler(_Handler):
            fake = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="fake-slack",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "FakeSlack not started"
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """Pass as `AsyncWebClient(base_url=...)` / `SLACK_API_URL`."""
        return f"{self.base_url}/api/"

    def webhook_url(self, webhook_id: str = "1") -> str:
        """A response_url that records what is posted to it."""
        return f"{self.base_url}/webhook/{webhook_id}"

    # --- configuration ---------------------------------------------------------------------
    def reset(self) -> None:
        """Forget recorded calls and pending scripts (users stay)."""
        with self._cond:
            self._calls.clear()
            self._scripts.clear()

    def set_user(
        self,
        user_id: str,
        *,
        tz: str | None = None,
        tz_offset: int | None = None,
        name: str | None = None,
        real_name: str | None = None,
        is_bot: bool = False,
        locale: str | None = None,
    ) -> None:
        """Configure what `users.info` answers for `user_id` (`locale` only when asked with
        `include_locale`, as Slack does)."""
        with self._cond:
            self._users[user_id] = _User(
                tz=tz or self.default_tz,
                tz_offset=self.default_tz_offset if tz_offset is None else tz_offset,
                name=name or user_id.lower(),
                real_name=real_name or name or user_id,
                is_bot=is_bot,
                locale=locale,
            )

    def add_workspace(
        self,
        team_id: str,
        *,
        code: str,
        bot_token: str,
        enterprise_id: str | None = None,
        installer: str = "U0INSTALL",
    ) -> None:
        """A workspace whose install (OAuth `code`) yields `bot_token`."""
        with self._cond:
            self._workspaces[code] = _Workspace(team_id, code, bot_token, enterprise_id, installer)

    def revoke(self, token: str) -> None:
        with self._cond:
            self._revoked.add(token)

    def _workspace_of(self, token: str) -> _Workspace | None:
        return next((w for w in self._workspaces.values() if w.bot_token == token), None)

    def _oauth_access(self, call: Call) -> dict[str, Any]:
        body = call.body
        has_client = (body.get("client_id") and body.get("client_secret")) or call.headers.get(
            "authorization", ""
        ).lower().startswith("basic ")
        if not has_client:
            return {"ok": False, "error": "invalid_client_id"}
        workspace = self._workspaces.get(str(body.get("code", "")))
        if workspace is None:
            return {"ok": False, "error": "invalid_code"}
        enterprise = None
        if workspace.enterprise_id:
            enterprise = {"id": workspace.enterprise_id, "name": "Calm Grid"}
        return {
            "ok": True,
            "app_id": "A0CALM",
            "authed_user": {"id": workspace.installer},
            "scope": "commands,chat:write,im:write,im:history,users:read",
            "token_type": "bot",
            "access_token": workspace.bot_token,
            "bot_user_id": BOT_USER_ID,
            "team": {"id": workspace.team_id, "name": f"Team {workspace.team_id}"},
            "enterprise": enterprise,
            "is_enterprise_install": False,
        }

    def script(
        self,
        method: str,
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        body: Any = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` calls of `method` (or "webhook") with this response.

        `body` defaults to `{"ok": true}` for 2xx, `{"ok": false, "error": "ratelimited"}`
        for 429, and `{"ok": false, "error": "fatal_error"}` otherwise.
        """
        if body is None:
            if 200 <= status < 300:
                body = {"ok": True}
            elif status == 429:
                body = {"ok": False, "error": "ratelimited"}
            else:
                body = {"ok": False, "error": "fatal_error"}
        with self._cond:
            queue = self._scripts.setdefault(method, deque())
            for _ in range(times):
                queue.append(_Scripted(status, dict(headers or {}), body))

    # --- inspection --------------------------------------------------------------------------
    def calls(self, method: str | None = None) -> list[Call]:
        """Recorded calls, oldest first; all of them, or those of one method (or "webhook")."""
        with self._cond:
            return [c for c in self._calls if method is None or c.method == method]

    def webhook_calls(self, webhook_id: str | None = None) -> list[Call]:
        return [
            c for c in self.calls("webhook") if webhook_id is None or c.webhook_id == webhook_id
        ]

    def methods(self) -> list[str]:
        """Method names of all recorded calls, in order (handy in assertion messages)."""
        return [c.method for c in self.calls()]

    def wait_for(self, method: str, count: int = 1, timeout: float = 2.0) -> list[Call]:
        """Block until `method` was called `count` times; return those calls.

        Blocking: do not call it from a coroutine running in the loop that must make the
        calls; use `wait_for_async` there.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c for c in self._calls if c.method == method]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(self._timeout_message(method, count, len(found)))
                self._cond.wait(remaining)

    async def wait_for_async(self, method: str, count: int = 1, timeout: float = 2.0) -> list[Call]:
        """Like `wait_for`, but yields to the event loop while waiting."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.calls(method)
            if len(found) >= count:
                return found
            if time.monotonic() >= deadline:
                raise AssertionError(self._timeout_message(method, count, len(found)))
            await asyncio.sleep(0.005)

    def _timeout_message(self, method: str, count: int, got: int) -> str:
        return f"expected {count} call(s) of {method}, got {got}; all calls: {self.methods()}"

    # --- request handling (called from server threads) -----------------------------------------
    def _record(self, call: Call) -> None:
        with self._cond:
            self._calls.append(call)
            self._cond.notify_all()

    def _next_script(self, method: str) -> _Scripted | None:
        with self._cond:
            queue = self._scripts.get(method)
            if queue:
                return queue.popleft()
            return None

    def _next_ts(self) -> str:
        return f"{1_700_000_000 + next(self._ts)}.{next(self._ts):06d}"

    def _user(self, user_id: str) -> _User:
        with self._cond:
            return self._users.get(user_id) or _User(
                tz=self.default_tz,
                tz_offset=self.default_tz_offset,
                name=user_id.lower(),
                real_name=user_id,
            )

    def _canned(self, call: Call) -> dict[str, Any]:
        body = call.body
        method = call.method
        if method == "oauth.v2.access":
            return self._oauth_access(call)
        if not call.token:
            return {"ok": False, "error": "not_authed"}
        if call.token in self._revoked:
            return {"ok": False, "error": "token_revoked"}
        if method == "auth.test":
            token = call.token or ""
            workspace = self._workspace_of(token)
            answer = {
                "ok": True,
                "url": "https://calm-test.slack.com/",
                "team": "Calm Test",
                "team_id": workspace.team_id if workspace else TEAM_ID,
                "is_enterprise_install": False,
            }
            if workspace and workspace.enterprise_id:
                answer["enterprise_id"] = workspace.enterprise_id
            if token.startswith("xoxp-"):
                answer.update(user="installer", user_id=self.user_token_owner)
            else:
                answer.update(user="calm", user_id=BOT_USER_ID, bot_id=BOT_ID)
            return answer
        if method == "chat.postMessage":
            ts = self._next_ts()
            return {
                "ok": True,
                "channel": body.get("channel"),
                "ts": ts,
                "message": {
                    "type": "message",
                    "text": body.get("text", ""),
                    "ts": ts,
                    "thread_ts": body.get("thread_ts"),
                    "bot_id": BOT_ID,
                },
            }
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self._next_ts()}
        if method == "chat.update":
            return {
                "ok": True,
                "channel": body.get("channel"),
                "ts": body.get("ts"),
                "text": body.get("text", ""),
            }
        if method == "users.info":
            user_id = str(body.get("user", ""))
            user = self._user(user_id)
            extra = {}
            if user.locale and str(body.get("include_locale", "")).lower() in ("true", "1"):
                extra["locale"] = user.locale
            return {
                "ok": True,
                "user": {
                    **extra,
                    "id": user_id,
                    "team_id": TEAM_ID,
                    "name": user.name,
                    "real_name": user.real_name,
                    "tz": user.tz,
                    "tz_offset": user.tz_offset,
                    "is_bot": user.is_bot,
                    "profile": {"real_name": user.real_name, "display_name": user.name},
                },
            }
        if method == "conversations.open":
            users = str(body.get("users", "") or body.get("user", ""))
            first = users.split(",")[0] or "UNKNOWN"
            return {"ok": True, "channel": {"id": f"D{first.lstrip('U')}"}}
        if method in ("views.publish", "views.open", "views.update", "views.push"):
            view = body.get("view") or {}
            if isinstance(view, str):
                try:
                    view = json.loads(view)
                except ValueError:
                    view = {}
            view_id = body.get("view_id") or f"V{next(self._view_ids):08d}"
            return {
                "ok": True,
                "view": {**view, "id": view_id, "hash": f"h{next(self._ts)}"},
            }
        return {"ok": True}


class _Handler(BaseHTTPRequestHandler):
    fake: FakeSlack  # set on the per-server subclass
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def _handle(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        body: dict[str, Any] = _decode_form(parse_qsl(parts.query, keep_blank_values=True))
        ctype = headers.get("content-type", "")
        if raw:
            if "json" in ctype:
                try:
                    parsed = json.loads(raw.decode("utf-8"))
                except ValueError:
                    parsed = {"_unparsed": raw.decode("utf-8", "replace")}
                body.update(parsed if isinstance(parsed, dict) else {"_json": parsed})
            else:
                body.update(_decode_form(parse_qsl(raw.decode("utf-8"), keep_blank_values=True)))
        path = parts.path
        if path.startswith("/api/"):
            method, webhook_id = path[len("/api/") :].strip("/"), None
        elif path.startswith("/webhook/"):
            method, webhook_id = "webhook", path[len("/webhook/") :].strip("/")
        else:
            self._send(404, {}, {"ok": False, "error": "unknown_path"})
            return
        call = Call(
            method=method,
            path=path,
            http_method=self.command,
            headers=headers,
            body=body,
            raw=raw,
            webhook_id=webhook_id,
        )
        self.fake._record(call)
        scripted = self.fake._next_script(method)
        if scripted is not None:
            self._send(scripted.status, scripted.headers, scripted.body)
        elif method == "webhook":
            self._send(200, {}, {"ok": True})
        else:
            self._send(200, {}, self.fake._canned(call))

    def _send(self, status: int, headers: dict[str, str], body: Any) -> None:
        if isinstance(body, bytes):
            payload, ctype = body, "application/octet-stream"
        elif isinstance(body, str):
            payload, ctype = body.encode("utf-8"), "text/plain; charset=utf-8"
        else:
            payload, ctype = json.dumps(body).encode("utf-8"), "application/json; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)
