"""`LLMRefiner`: the real `Refiner` — redact, ask the model, restore, verify, or fall back.

It never raises and never makes the user wait longer than `timeout` seconds: every fault
becomes `RefineOutcome(None, note)` and the user keeps the offline draft. After repeated faults
the circuit breaker pauses the stage, so a dead endpoint is not waited for on every request.
One log line per call records model, latency, outcome and counts; never text.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Callable
from typing import Any

import structlog

from bot.coach.model import Coaching, Language, Profile
from bot.coach.privacy import restore
from bot.coach.refine import RefineOutcome
from bot.llm.breaker import CircuitBreaker
from bot.llm.client import ChatClient
from bot.llm.errors import LLMAuthError, LLMError, LLMRateLimited, LLMTimeout
from bot.llm.prompts import PromptSet, build_request
from bot.llm.verify import clean_draft, verify_draft

log = structlog.get_logger(__name__)

ENGINE = "llm"

# User-facing notes, in the user's language (the profile's), short enough for a card context.
NOTES: dict[str, dict[Language, str]] = {
    "unavailable": {
        Language.DE: "KI-Verfeinerung gerade nicht verfügbar – hier der Offline-Entwurf.",
        Language.EN: "AI refinement unavailable right now — showing the offline draft.",
    },
    "timeout": {
        Language.DE: "Die KI hat zu lange gebraucht – hier der Offline-Entwurf.",
        Language.EN: "The AI took too long — showing the offline draft.",
    },
    "auth": {
        Language.DE: "KI-Verfeinerung ist nicht richtig eingerichtet (Zugang abgelehnt) – "
        "hier der Offline-Entwurf.",
        Language.EN: "AI refinement is not set up correctly (access refused) — "
        "showing the offline draft.",
    },
    "rate_limited": {
        Language.DE: "Der KI-Dienst ist gerade ausgelastet – hier der Offline-Entwurf.",
        Language.EN: "The AI service is busy right now — showing the offline draft.",
    },
    "paused": {
        Language.DE: "KI-Verfeinerung pausiert kurz nach mehreren Fehlern – "
        "hier der Offline-Entwurf.",
        Language.EN: "AI refinement is paused for a moment after several failures — "
        "showing the offline draft.",
    },
    "rejected": {
        Language.DE: "Der KI-Entwurf hat calms Prüfung nicht bestanden – hier der Offline-Entwurf.",
        Language.EN: "The AI draft did not pass calm's checks — showing the offline draft.",
    },
}


def note_for(kind: str, language: Language) -> str:
    notes = NOTES.get(kind, NOTES["unavailable"])
    return notes.get(language, notes[Language.EN])


class LLMRefiner:
    """Refines offline coaching through an OpenAI-compatible endpoint (see `bot.llm.endpoint`)."""

    def __init__(
        self,
        client: ChatClient,
        *,
        timeout: float,
        prompts: PromptSet | None = None,
        breaker: CircuitBreaker | None = None,
        stream: bool = False,
        timer: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.client = client
        self.timeout = timeout
        self.prompts = prompts or PromptSet.load()
        self.breaker = breaker or CircuitBreaker()
        self.stream = stream
        self._timer = timer
        self.log: Any = log  # a structlog logger; the CLI swaps in a quieter one

    async def aclose(self) -> None:
        await self.client.aclose()

    async def refine(self, coaching: Coaching, text: str, profile: Profile) -> RefineOutcome:
        """Refine `coaching`; on any fault keep the offline draft and say why in a note."""
        started = self._timer()
        outcome, extra = "error", {}
        try:
            result, outcome, extra = await self._refine(coaching, text, profile)
            return result
        except asyncio.CancelledError:
            outcome = "cancelled"
            self.breaker.record_neutral()
            raise
        except Exception as exc:  # the promise is "never raises"; log the type, not the text
            self.breaker.record_neutral()  # a bug here says nothing about the endpoint
            extra = {"error_type": type(exc).__name__}
            return RefineOutcome(None, note_for("unavailable", profile.language))
        finally:
            self.log.info(
                "llm_refine",
                model=self.client.endpoint.model,
                outcome=outcome,
                latency_ms=round((self._timer() - started) * 1000),
                situation=coaching.detection.situation.value,
                language=coaching.reply_language.value,
                client_chars=len(text),
                breaker=self.breaker.state.value,
                **extra,
            )

    async def _refine(
        self, coaching: Coaching, text: str, profile: Profile
    ) -> tuple[RefineOutcome, str, dict[str, object]]:
        lang = profile.language
        if not self.breaker.allow():
            remaining = round(self.breaker.remaining(), 1)
            return (
                RefineOutcome(None, note_for("paused", lang)),
                "paused",
                {"retry_in_s": remaining},
            )
        request = build_request(coaching, text, profile, self.prompts)
        try:
            async with asyncio.timeout(self.timeout):
                completion = await self.client.complete(request.messages, stream=self.stream)
        except TimeoutError:
            self.breaker.record_failure()
            return RefineOutcome(None, note_for("timeout", lang)), "timeout", {}
        except LLMRateLimited as exc:
            self.breaker.record_failure(retry_after=exc.retry_after)
            return (
                RefineOutcome(None, note_for("rate_limited", lang)),
                exc.code,
                {"retry_after_s": exc.retry_after},
            )
        except LLMError as exc:
            self.breaker.record_failure()
            kind = (
                "timeout"
                if isinstance(exc, LLMTimeout)
                else ("auth" if isinstance(exc, LLMAuthError) else "unavailable")
            )
            return RefineOutcome(None, note_for(kind, lang)), exc.code, {}
        except asyncio.CancelledError:
            self.breaker.record_neutral()
            raise
        self.breaker.record_success()

        draft = restore(clean_draft(completion.text), request.mapping)
        verdict = verify_draft(
            draft,
            coaching=coaching,
            client_text=text,
            profile=profile,
            instructions=(self.prompts.system, self.prompts.request),
        )
        counts: dict[str, object] = {
            "draft_words": len(draft.split()),
            "placeholders": len(request.mapping),
            "streamed": completion.streamed,
            "served_by": completion.model[:80],
        }
        if not verdict.ok:
            counts["problems"] = list(verdict.problems)
            return RefineOutcome(None, note_for("rejected", lang)), "rejected", counts
        refined = dataclasses.replace(coaching, draft=draft, engine=ENGINE)
        return RefineOutcome(refined, None), "refined", counts
