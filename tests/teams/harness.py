"""Test helpers for the Teams adapter: a loopback fake connector, a loopback JWKS with a token
minter, activity builders, and `TeamsHarness` that posts activities in-process over ASGI.

Nothing here listens on anything but 127.0.0.1, and no token endpoint is ever called: the app
gets a `token=` provider returning a JWT-shaped string.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import jwt
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa

BOT_ISSUER = "https://api.botframework.com"
CLIENT_ID = "00000000-0000-4000-8000-00000000c1a1"
TENANT_ID = "11111111-1111-4111-8111-111111111111"
USER_AAD_ID = "22222222-2222-4222-8222-222222222222"
CONVERSATION_ID = "a:1calm-personal-chat"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# A JWT-shaped outbound token: the SDK decodes the token it gets from a provider (a plain string
# crashes with "Not enough segments"), but nobody checks its signature on the fake connector.
OUTBOUND_TOKEN = ".".join(
    (
        _b64url(json.dumps({"alg": "none", "typ": "JWT"}).encode()),
        _b64url(json.dumps({"aud": "https://api.botframework.com", "exp": 4102444800}).encode()),
        _b64url(b"fake-signature"),
    )
)


def fake_token_provider(scope: Any = None, tenant_id: Any = None) -> str:
    return OUTBOUND_TOKEN


@dataclass
class Recorded:
    method: str
    path: str
    body: dict[str, Any]
    authorization: str | None


@dataclass
class FakeConnector:
    """The Bot Framework connector, on 127.0.0.1: records activity POSTs and PUT updates."""

    calls: list[Recorded] = field(default_factory=list)
    fail_status: int | None = None  # answer every call with this status when set
    retry_after: str | None = None
    _runner: web.AppRunner | None = None
    url: str = ""
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    async def start(self) -> FakeConnector:
        app = web.Application()
        app.router.add_post("/v3/conversations/{cid}/activities", self._create)
        app.router.add_post("/v3/conversations/{cid}/activities/{aid}", self._create)
        app.router.add_put("/v3/conversations/{cid}/activities/{aid}", self._update)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/"
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _record(self, request: web.Request) -> web.Response | None:
        body = await request.json() if request.can_read_body else {}
        self.calls.append(
            Recorded(request.method, request.path, body, request.headers.get("Authorization"))
        )
        if self.fail_status:
            headers = {"Retry-After": self.retry_after} if self.retry_after else None
            return web.json_response(
                {"error": {"code": "x"}}, status=self.fail_status, headers=headers
            )
        return None

    async def _create(self, request: web.Request) -> web.Response:
        failed = await self._record(request)
        return failed or web.json_response({"id": f"activity-{next(self._ids)}"})

    async def _update(self, request: web.Request) -> web.Response:
        failed = await self._record(request)
        return failed or web.json_response({"id": request.match_info["aid"]})

    def posted(self) -> list[Recorded]:
        return [c for c in self.calls if c.method == "POST"]

    def updated(self) -> list[Recorded]:
        return [c for c in self.calls if c.method == "PUT"]


class LoopbackJwks:
    """An RSA key pair whose public half is served as a JWKS on 127.0.0.1.

    It runs in its own thread: the SDK fetches the JWKS with blocking urllib from inside the
    event loop, so a server on that same loop could never answer.
    """

    key_id = "calm-test-key"

    def __init__(self) -> None:
        self._private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        public_jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self._private.public_key()))
        public_jwk.update({"kid": self.key_id, "use": "sig", "alg": "RS256"})
        payload = json.dumps({"keys": [public_jwk]}).encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/keys"

    def start(self) -> LoopbackJwks:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def mint(self, *, audience: str = CLIENT_ID, service_url: str, **extra: Any) -> str:
        now = int(time.time())
        claims = {
            "iss": BOT_ISSUER,
            "aud": audience,
            "iat": now,
            "nbf": now,
            "exp": now + 600,
            "serviceurl": service_url,
            **extra,
        }
        return jwt.encode(claims, self._private, algorithm="RS256", headers={"kid": self.key_id})


def trust_loopback_jwks(app: Any, jwks: LoopbackJwks) -> None:
    """Point the app's inbound JWT validation at the loopback JWKS.

    HACK, kept in this one place: the SDK hard-codes the Bot Framework JWKS URL
    (login.botframework.com) in `InboundActivityTokenValidator`, with no public option to
    change it. Tests swap the private `app.server._token_validator` for a `TokenValidator` with
    the same issuer and audience rules but our JWKS. Everything else (header parsing, 401s,
    the serviceurl check) is the SDK's real code path.
    """
    from microsoft_teams.apps.auth.token_validator import JwtValidationOptions, TokenValidator

    assert app.server._token_validator is not None, "the app should validate tokens"
    app.server._token_validator = TokenValidator(
        JwtValidationOptions(
            valid_issuers=[BOT_ISSUER],
            valid_audiences=[CLIENT_ID, f"api://{CLIENT_ID}", f"api://botid-{CLIENT_ID}"],
            jwks_uri=jwks.url,
        )
    )


# --- activities --------------------------------------------------------------------------------
_activity_ids = itertools.count(1)


def _base(service_url: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"in-{next(_activity_ids)}",
        "channelId": "msteams",
        "serviceUrl": service_url,
        "timestamp": dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC).isoformat(),
        "from": {"id": "29:calm-test-user", "name": "Test User", "aadObjectId": USER_AAD_ID},
        "recipient": {"id": f"28:{CLIENT_ID}", "name": "calm"},
        "conversation": {
            "id": CONVERSATION_ID,
            "conversationType": "personal",
            "tenantId": TENANT_ID,
        },
        "channelData": {"tenant": {"id": TENANT_ID}},
        **fields,
    }


def message(service_url: str, text: str, **fields: Any) -> dict[str, Any]:
    return _base(service_url, type="message", text=text, **fields)


def card_action(service_url: str, data: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return _base(
        service_url,
        type="invoke",
        name="adaptiveCard/action",
        replyToId="activity-1",
        value={
            "action": {"type": "Action.Execute", "verb": data.get("verb"), "data": data},
            "trigger": "manual",
        },
        **fields,
    )


def fetch_task(
    service_url: str, html: str, *, command_id: str = "suggestReply", **payload: Any
) -> dict[str, Any]:
    return _base(
        service_url,
        type="invoke",
        name="composeExtension/fetchTask",
        value={
            "commandId": command_id,
            "commandContext": "message",
            "messagePayload": {
                "id": "1700000000000",
                "body": {"contentType": "html", "content": html},
                **payload,
            },
        },
    )


def submit_action(service_url: str, data: dict[str, Any]) -> dict[str, Any]:
    return _base(
        service_url,
        type="invoke",
        name="composeExtension/submitAction",
        value={"commandId": "suggestReply", "commandContext": "message", "data": data},
    )


def installed(service_url: str) -> dict[str, Any]:
    return _base(service_url, type="installationUpdate", action="add")


# --- the harness -------------------------------------------------------------------------------
@dataclass
class TeamsHarness:
    """An initialized app, reachable in-process through ASGI, with a valid token per request."""

    app: Any
    connector: FakeConnector
    jwks: LoopbackJwks
    client: httpx.AsyncClient

    async def post(
        self, activity: dict[str, Any], *, token: str | None = "valid"
    ) -> httpx.Response:
        headers = {}
        if token == "valid":
            token = self.jwks.mint(service_url=activity["serviceUrl"])
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return await self.client.post("/api/messages", json=activity, headers=headers)

    @property
    def service_url(self) -> str:
        return self.connector.url


def card_of(recorded: Recorded) -> dict[str, Any]:
    """The Adaptive Card in an outbound activity."""
    attachments = recorded.body.get("attachments") or []
    assert attachments, f"no card in {recorded.method} {recorded.path}"
    return attachments[0]["content"]


def inputs_of(card: dict[str, Any]) -> dict[str, str]:
    """Input ids → values anywhere in a card body."""
    found: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type", "").startswith("Input.") and "id" in node:
                found[node["id"]] = node.get("value", "")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card.get("body", []))
    return found


def texts_of(card: dict[str, Any]) -> list[str]:
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "TextBlock":
                out.append(node.get("text", ""))
            if node.get("type") == "FactSet":
                out.extend(f"{f['title']}: {f['value']}" for f in node.get("facts", []))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card.get("body", []))
    return out


def actions_of(card: dict[str, Any]) -> list[dict[str, Any]]:
    return list(card.get("actions") or [])


def all_actions_of(card: dict[str, Any]) -> list[dict[str, Any]]:
    """Every action on a card: the card's own and those in ActionSets in its body."""
    found = list(card.get("actions") or [])

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "ActionSet":
                found.extend(node.get("actions") or [])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card.get("body", []))
    return found


def action_data(card: dict[str, Any], verb: str, **inputs: str) -> dict[str, Any]:
    """The data the button for `verb` sends, with `inputs` as Teams adds the card's inputs."""
    for action in all_actions_of(card):
        data = action.get("data") or {}
        if data.get("verb") == verb or action.get("verb") == verb:
            return {**data, **inputs}
    raise AssertionError(f"no {verb} button on the card")


def choice_set_of(card: dict[str, Any], input_id: str) -> dict[str, Any]:
    """The Input.ChoiceSet with `input_id` anywhere in a card body."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "Input.ChoiceSet" and node.get("id") == input_id:
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card.get("body", []))
    assert len(found) == 1, f"{len(found)} choice sets {input_id}"
    return found[0]
