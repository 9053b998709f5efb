"""The LLM stage for the synchronous CLI (`calm coach --llm`, also `--json --llm` batches).

A batch is one process with one `Settings` object: every line of it shares one circuit breaker,
so an endpoint that fails `BREAKER_THRESHOLD` times in a row is not called again until its
cooldown is over, and the remaining lines are coached offline with a note that says why.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from dataclasses import dataclass, field

import structlog

from bot.coach.model import Coaching, Language, Profile
from bot.config import Settings
from bot.llm.breaker import CircuitBreaker
from bot.llm.factory import build_refiner, new_breaker

NOT_CONFIGURED = {
    Language.DE: "Kein Sprachmodell eingerichtet (LLM_BASE_URL und LLM_MODEL fehlen) – "
    "hier der Offline-Entwurf.",
    Language.EN: "No language model is configured (set LLM_BASE_URL and LLM_MODEL) — "
    "showing the offline draft.",
}


@dataclass
class _BatchState:
    """What the lines of one batch share: the breaker, and whether the server takes JSON mode."""

    settings: Settings
    breaker: CircuitBreaker = field(default_factory=new_breaker)
    json_mode_supported: bool = True


# One state per settings object (the CLI loads settings once per process). The settings are
# kept referenced, so their id cannot be reused by another object while the entry lives.
_BATCHES: dict[int, _BatchState] = {}


def _batch_for(settings: Settings) -> _BatchState:
    state = _BATCHES.get(id(settings))
    if state is None or state.settings is not settings:
        state = _BatchState(settings)
        _BATCHES[id(settings)] = state
    return state


def refine_for_cli(
    coaching: Coaching, text: str, profile: Profile, settings: Settings
) -> tuple[Coaching, str | None]:
    """The refined coaching, or the offline one with a note. Blocks for at most the timeout.

    structlog's unconfigured default prints to stdout, which would mix a log line into the
    CLI's output (and break `--json`): when nobody configured logging, the refiner logs
    warnings only, to stderr. Global logging configuration is left alone.
    """
    batch = _batch_for(settings)
    refiner = build_refiner(settings, breaker=batch.breaker)
    if refiner is None:
        return coaching, NOT_CONFIGURED.get(profile.language, NOT_CONFIGURED[Language.EN])
    refiner.client.json_mode_supported = batch.json_mode_supported
    if not structlog.is_configured():
        refiner.log = _stderr_warnings_logger()

    async def run() -> tuple[Coaching, str | None]:
        try:
            outcome = await refiner.refine(coaching, text, profile)
        finally:
            batch.json_mode_supported = refiner.client.json_mode_supported
            await refiner.aclose()
        return (outcome.coaching or coaching), outcome.note

    return asyncio.run(run())


def _stderr_warnings_logger() -> structlog.typing.FilteringBoundLogger:
    return structlog.wrap_logger(
        structlog.PrintLogger(sys.stderr),
        processors=[
            structlog.processors.add_log_level,
            structlog.dev.ConsoleRenderer(colors=False),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING),
    )
