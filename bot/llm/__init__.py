"""Optional LLM refinement of the offline coaching, over any OpenAI-compatible endpoint.

Off unless `LLM_BASE_URL` and `LLM_MODEL` are set. Wiring: `build_refiner(settings)` gives the
`Refiner` for the chat surfaces (None when off); `refine_for_cli(...)` serves `calm coach --llm`.
Personal data is replaced by placeholders before anything is sent (`bot.coach.privacy`), every
draft is verified (`bot.llm.verify`) and every fault falls back to the offline draft.
"""

from bot.llm.breaker import BreakerState, CircuitBreaker
from bot.llm.cli_support import refine_for_cli
from bot.llm.client import ChatClient, Completion
from bot.llm.endpoint import Endpoint
from bot.llm.errors import (
    LLMAuthError,
    LLMBadResponse,
    LLMError,
    LLMRateLimited,
    LLMServerError,
    LLMTimeout,
    LLMUnavailable,
)
from bot.llm.factory import build_refiner
from bot.llm.refiner import LLMRefiner
from bot.llm.verify import Verdict, verify_draft

__all__ = [
    "BreakerState",
    "ChatClient",
    "CircuitBreaker",
    "Completion",
    "Endpoint",
    "LLMAuthError",
    "LLMBadResponse",
    "LLMError",
    "LLMRateLimited",
    "LLMRefiner",
    "LLMServerError",
    "LLMTimeout",
    "LLMUnavailable",
    "Verdict",
    "build_refiner",
    "refine_for_cli",
    "verify_draft",
]
