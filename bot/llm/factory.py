"""Build the LLM stage from settings: one place, used by `calm serve` and the CLI."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from bot.config import Settings
from bot.llm.breaker import CircuitBreaker
from bot.llm.client import ChatClient
from bot.llm.endpoint import Endpoint
from bot.llm.refiner import LLMRefiner

BREAKER_THRESHOLD = 3  # consecutive failures before the stage pauses itself
BREAKER_COOLDOWN_SECONDS = 60.0
# A model on a laptop takes 10-60 s for a reply; unless LLM_TIMEOUT_SECONDS says otherwise, a
# local endpoint is given this long instead of the default meant for hosted APIs.
LOCAL_TIMEOUT_SECONDS = 90.0


def timeout_for(settings: Settings, endpoint: Endpoint) -> float:
    """`LLM_TIMEOUT_SECONDS` when set; else the default, or `LOCAL_TIMEOUT_SECONDS` locally."""
    if "llm_timeout_seconds" in settings.model_fields_set or not endpoint.is_local:
        return settings.llm_timeout_seconds
    return LOCAL_TIMEOUT_SECONDS


def new_breaker(clock: Callable[[], float] = time.monotonic) -> CircuitBreaker:
    return CircuitBreaker(
        threshold=BREAKER_THRESHOLD, cooldown=BREAKER_COOLDOWN_SECONDS, clock=clock
    )


def endpoint_from_settings(settings: Settings) -> Endpoint | None:
    if not settings.llm_enabled:
        return None
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    return Endpoint(
        base_url=str(settings.llm_base_url), model=str(settings.llm_model), api_key=key or None
    )


def build_refiner(
    settings: Settings,
    *,
    http: httpx.AsyncClient | None = None,
    clock: Callable[[], float] = time.monotonic,
    stream: bool | None = None,
    breaker: CircuitBreaker | None = None,
) -> LLMRefiner | None:
    """The refiner for `SlackDeps.refiner` (and Teams), or None when no LLM is configured.

    `LLM_BASE_URL` and `LLM_MODEL` switch it on; `LLM_TIMEOUT_SECONDS` bounds every call
    (unset: 20 s, or 90 s for an endpoint on this machine or the local network);
    `LLM_STREAM` (default on) receives the answer as server-sent events. `http` and `clock` are
    seams for tests (a client aimed at a fake server, a fake clock); `breaker` lets several
    refiners share one circuit breaker (the CLI's `--json` batch).
    """
    endpoint = endpoint_from_settings(settings)
    if endpoint is None:
        return None
    timeout = timeout_for(settings, endpoint)
    return LLMRefiner(
        ChatClient(endpoint, http=http, timeout=timeout),
        timeout=timeout,
        breaker=breaker or new_breaker(clock),
        stream=settings.llm_stream if stream is None else stream,
    )
