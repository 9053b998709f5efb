"""Build the Teams SDK `App` with calm's credentials, auth mode and handlers.

Credentials come only from `Settings` (TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID).
The SDK would otherwise also read CLIENT_ID / CLIENT_SECRET / TENANT_ID from the environment,
and a client id without a secret means "managed identity" (a call to the Azure instance
metadata service); `build_teams_app` refuses both surprises with a `ConfigError`.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable
from typing import Any

import structlog

from bot import log_privacy
from bot.coach import coach
from bot.coach.errors import ConfigError
from bot.coach.model import Coaching
from bot.coach.refine import Refiner
from bot.config import Settings
from bot.store import Store
from bot.teams.sdk import load_sdk
from bot.teams.service import TeamsDeps, utc_now

log = structlog.get_logger(__name__)

MESSAGING_ENDPOINT = "/api/messages"
HEALTH_ENDPOINT = "/healthz"
_SDK_ENV_NAMES = ("CLIENT_ID", "CLIENT_SECRET", "TENANT_ID", "MANAGED_IDENTITY_CLIENT_ID")

TokenProvider = Callable[..., Any]


def missing_credentials(settings: Settings, *, token: TokenProvider | None = None) -> list[str]:
    """Names of the Teams settings still needed for authenticated operation."""
    missing = []
    if not settings.teams_client_id:
        missing.append("TEAMS_CLIENT_ID")
    if token is None and not (
        settings.teams_client_secret and settings.teams_client_secret.get_secret_value()
    ):
        missing.append("TEAMS_CLIENT_SECRET")
    if not settings.teams_tenant_id:
        missing.append("TEAMS_TENANT_ID")
    return missing


def check_teams_settings(settings: Settings, *, token: TokenProvider | None = None) -> bool:
    """Raise `ConfigError` unless the Teams endpoint can run; True means insecure local mode.

    Without credentials the endpoint would reject every request (or, worse, accept forged
    ones), so it refuses to start unless TEAMS_INSECURE_LOCAL_DEV_NO_AUTH=true says otherwise.
    """
    stray = [name for name in _SDK_ENV_NAMES if os.environ.get(name)]
    if stray and not settings.teams_client_id:
        verb = "is" if len(stray) == 1 else "are"
        raise ConfigError(
            f"{', '.join(stray)} {verb} set in the environment, but calm reads Teams credentials "
            "only from TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID. Move the "
            "values there (or unset the others)."
        )
    if settings.teams_client_id and not _is_guid(settings.teams_client_id):
        raise ConfigError(
            "TEAMS_CLIENT_ID must be the app registration's Application (client) ID, a GUID "
            "like 00000000-0000-0000-0000-000000000000 (Entra ID › App registrations › "
            "Overview)."
        )
    missing = missing_credentials(settings, token=token)
    if not missing:
        return settings.teams_insecure_local_dev
    if settings.teams_insecure_local_dev:
        if settings.teams_client_id and "TEAMS_CLIENT_SECRET" in missing:
            # A client id alone makes the SDK use managed identity; never do that implicitly.
            raise ConfigError(
                "TEAMS_CLIENT_ID is set without TEAMS_CLIENT_SECRET. Set both, or neither for "
                "local development with TEAMS_INSECURE_LOCAL_DEV_NO_AUTH=true."
            )
        return True
    raise ConfigError(
        f"Microsoft Teams is not configured: missing {', '.join(missing)}. Set them from the "
        "Entra app registration (see the README, section Microsoft Teams), or for local "
        "development only set TEAMS_INSECURE_LOCAL_DEV_NO_AUTH=true."
    )


def _is_guid(value: str) -> bool:
    try:
        uuid.UUID(value.strip())
    except ValueError:
        return False
    return True


def build_teams_app(
    settings: Settings,
    store: Store,
    *,
    clock: Callable[[], dt.datetime] = utc_now,
    token: TokenProvider | None = None,
    http_adapter: Any | None = None,
    coach_fn: Callable[..., Coaching] = coach,
    refiner: Refiner | None = None,
) -> Any:
    """The SDK `App` with calm's handlers; call `await app.initialize()` before use.

    `token` replaces the client-secret flow with a token provider (tests pass one returning a
    JWT-shaped string so no token endpoint is ever called). `http_adapter` defaults to a
    `FastAPIAdapter`; the ASGI app is `app.server.adapter.app` (served by `serve_teams`).
    `coach_fn` is the engine's `coach` (a seam for tests); `refiner` the optional LLM stage
    (`bot.llm.build_refiner(settings)`): chat cards are then refined in the background and
    updated in place.
    """
    insecure = check_teams_settings(settings, token=token)
    log_privacy.install()  # the SDK and its web stack log activities and exception details
    sdk = load_sdk()
    from bot.teams.handlers import register_handlers
    from bot.teams.http_adapter import CheckedBodyFastAPIAdapter

    options: dict[str, Any] = {
        "dangerously_allow_unauthenticated_requests": insecure,
        "messaging_endpoint": MESSAGING_ENDPOINT,
        "http_server_adapter": (
            http_adapter or CheckedBodyFastAPIAdapter(authenticated=not insecure)
        ),
        "state": False,
    }
    if settings.teams_client_id:
        options["client_id"] = settings.teams_client_id
        options["tenant_id"] = settings.teams_tenant_id
        if token is not None:
            options["token"] = token
        elif settings.teams_client_secret:
            options["client_secret"] = settings.teams_client_secret.get_secret_value()
    if insecure:
        log.warning(
            "teams.INSECURE_LOCAL_DEV_NO_AUTH",
            message=(
                "TEAMS_INSECURE_LOCAL_DEV_NO_AUTH=true: /api/messages accepts UNAUTHENTICATED "
                "requests. Anyone who can reach this port can act as any Teams user. Local "
                "development only; never on a reachable server."
            ),
        )
    app = sdk.App(**options)
    _add_health_route(app)
    register_handlers(
        app,
        TeamsDeps(settings=settings, store=store, clock=clock, coach_fn=coach_fn, refiner=refiner),
    )
    return app


def _add_health_route(app: Any) -> None:
    fastapi_app = getattr(app.server.adapter, "app", None)
    if fastapi_app is None:
        return

    async def health() -> dict[str, str]:
        return {"status": "ok"}

    fastapi_app.get(HEALTH_ENDPOINT)(health)
