"""The optional language model, over any OpenAI-compatible endpoint: it reads the message and
writes the reply; calm guards it.

Off unless `LLM_BASE_URL` and `LLM_MODEL` are set. Wiring: `build_refiner(settings)` gives the
`Refiner` for the chat surfaces (None when off); `refine_for_cli(...)` serves `calm coach --llm`
(one circuit breaker per batch). One structured call per coaching (`prompts`, `reading`);
personal data is replaced by placeholders before anything is sent (`bot.coach.privacy`), every
draft is verified (`verify`) and every fault falls back to the offline card with a note.
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
    LLMRefused,
    LLMServerError,
    LLMTimeout,
    LLMUnavailable,
)
from bot.llm.factory import build_refiner
from bot.llm.reading import ModelReading, ReadingError, parse_reading
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
    "LLMRefused",
    "LLMServerError",
    "LLMTimeout",
    "LLMUnavailable",
    "ModelReading",
    "ReadingError",
    "Verdict",
    "build_refiner",
    "parse_reading",
    "refine_for_cli",
    "verify_draft",
]
