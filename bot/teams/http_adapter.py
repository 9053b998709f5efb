"""The Teams SDK's FastAPI adapter, with a body check in front of it.

The SDK's route reads `await request.json()` before it authenticates: a request without a
token whose body is not JSON ends in an unhandled `JSONDecodeError`, HTTP 500 and a traceback
(with a piece of the body in it) in the log. Here a body that is not a JSON object never reaches
the SDK: with authentication on it gets 401 — the Bot Framework token is bound to the
activity's `serviceUrl`, so a request without a readable activity cannot be authenticated —
and, in the insecure local mode, 400. Nothing is logged beyond the outcome.

An authenticated activity the SDK cannot read (no `from`, no `conversation`) fails the SDK's
validation after authentication, which the SDK answers with 500; that is the sender's fault,
so it becomes 400. Authentication still runs first: an unauthenticated sender gets 401.
"""

from __future__ import annotations

import json
from typing import Any

import structlog
from fastapi import Request, Response
from fastapi.responses import JSONResponse
from microsoft_teams.api import ActivityTypeAdapter
from microsoft_teams.apps.events import CoreActivity
from microsoft_teams.apps.http.adapter import HttpMethod, HttpRequest, HttpRouteHandler
from microsoft_teams.apps.http.fastapi_adapter import FastAPIAdapter
from pydantic import ValidationError

log = structlog.get_logger(__name__)


class CheckedBodyFastAPIAdapter(FastAPIAdapter):
    """`FastAPIAdapter` whose POST routes answer a non-JSON-object body without the SDK."""

    def __init__(self, *, authenticated: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._authenticated = authenticated

    def register_route(self, method: HttpMethod, path: str, handler: HttpRouteHandler) -> None:
        if method != "POST":
            raise ValueError(f"Unsupported HTTP method: {method}")
        authenticated = self._authenticated

        async def route(request: Request) -> Response:
            body = _json_object(await request.body())
            if body is None:
                status = 401 if authenticated else 400
                log.info("teams.request_rejected", reason="body_not_an_activity", status=status)
                error = "Unauthorized" if status == 401 else "Bad request"
                return JSONResponse({"error": error}, status_code=status)
            result = await handler(HttpRequest(body=body, headers=dict(request.headers)))
            status = result["status"]
            if status == 500 and not _is_activity(body):
                log.info("teams.request_rejected", reason="activity_invalid", status=400)
                return JSONResponse({"error": "Bad request"}, status_code=400)
            content = result.get("body")
            if content is not None:
                return JSONResponse(content=content, status_code=status)
            return Response(status_code=status)

        self.app.post(path)(route)


def _json_object(raw: bytes) -> dict[str, Any] | None:
    """The body as a JSON object, or None when it is anything else."""
    try:
        value = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


def _is_activity(body: dict[str, Any]) -> bool:
    """Whether the SDK can read `body` as an activity (the two validations it runs)."""
    try:
        core = CoreActivity.model_validate(body)
        ActivityTypeAdapter.validate_python(core.model_dump(by_alias=True, exclude_none=True))
    except ValidationError:
        return False
    return True
