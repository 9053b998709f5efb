"""The LLM stage for the synchronous CLI (`calm coach --llm`)."""

from __future__ import annotations

import asyncio
import logging
import sys

import structlog

from bot.coach.model import Coaching, Language, Profile
from bot.config import Settings
from bot.llm.factory import build_refiner

NOT_CONFIGURED = {
    Language.DE: "KI-Verfeinerung ist nicht eingerichtet (LLM_BASE_URL und LLM_MODEL fehlen) – "
    "hier der Offline-Entwurf.",
    Language.EN: "AI refinement is not configured (set LLM_BASE_URL and LLM_MODEL) — "
    "showing the offline draft.",
}


def refine_for_cli(
    coaching: Coaching, text: str, profile: Profile, settings: Settings
) -> tuple[Coaching, str | None]:
    """The refined coaching, or the offline one with a note. Blocks for at most the timeout.

    structlog's unconfigured default prints to stdout, which would mix a log line into the
    CLI's output (and break `--json`): when nobody configured logging, the refiner logs
    warnings only, to stderr. Global logging configuration is left alone.
    """
    refiner = build_refiner(settings)
    if refiner is None:
        return coaching, NOT_CONFIGURED.get(profile.language, NOT_CONFIGURED[Language.EN])
    if not structlog.is_configured():
        refiner.log = _stderr_warnings_logger()

    async def run() -> tuple[Coaching, str | None]:
        try:
            outcome = await refiner.refine(coaching, text, profile)
        finally:
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
