"""`LLMRefiner`: the real `Refiner` — the model reads the message and writes the reply; calm
guards it.

One structured call per coaching (`bot.llm.prompts`): the model answers JSON with the situation,
an optional secondary one, its confidence, a one-line reading of what the client wants, and the
draft. calm's offline reading goes in as a hint the model may overrule. The answer is parsed
(`bot.llm.reading`), its placeholders restored, and the draft verified (`bot.llm.verify`)
against the offline coaching for the model's situation. The result carries a `Detection` with
the model's situation (the offline one first among the alternatives when they differ), the
boundary for that situation, and `engine="llm:<model>"`, so cards and `--json` show it as is.

It never raises and never makes the user wait longer than `timeout` seconds: every fault
becomes `RefineOutcome(None, note)` and the user keeps the offline card. After repeated faults
the circuit breaker pauses the stage. One log line per call records model, latency, outcome and
counts; never text.
"""

from __future__ import annotations

import asyncio
import dataclasses
import math
import time
from collections.abc import Callable
from typing import Any

import structlog

from bot.coach.engine import coach
from bot.coach.model import Coaching, Detection, Language, Profile, Situation
from bot.coach.privacy import leftover_placeholders, restore
from bot.coach.refine import RefineOutcome
from bot.llm.breaker import CircuitBreaker
from bot.llm.client import ChatClient
from bot.llm.errors import LLMError, LLMRateLimited, LLMRefused
from bot.llm.prompts import PromptSet, build_request
from bot.llm.reading import ModelReading, ReadingError, parse_reading
from bot.llm.verify import clean_draft, reading_is_clean, verify_draft

log = structlog.get_logger(__name__)

ENGINE = "llm"  # the engine prefix; a model's coaching says "llm:<model>"
# From this heat on (calm's own measure) the harsh tone is named as a secondary situation, as
# the offline engine does.
HARSH_HEAT = 60
# The model's confidence when it gave none it could be held to.
DEFAULT_CONFIDENCE = 0.7

# User-facing notes, in the user's language (the profile's), short enough for a card context.
NOTES: dict[str, dict[Language, str]] = {
    "unavailable": {
        Language.DE: "KI gerade nicht verfügbar – hier der Offline-Entwurf.",
        Language.EN: "The AI is unavailable right now — showing the offline draft.",
    },
    "server_error": {
        Language.DE: "Der KI-Dienst hat einen Fehler gemeldet – hier der Offline-Entwurf.",
        Language.EN: "The AI service reported an error — showing the offline draft.",
    },
    "bad_response": {
        Language.DE: "Die KI-Antwort kam unvollständig oder unlesbar an – hier der "
        "Offline-Entwurf.",
        Language.EN: "The AI's answer arrived incomplete or unreadable — showing the offline "
        "draft.",
    },
    "timeout": {
        Language.DE: "Die KI hat zu lange gebraucht – hier der Offline-Entwurf.",
        Language.EN: "The AI took too long — showing the offline draft.",
    },
    "auth": {
        Language.DE: "Die KI ist nicht richtig eingerichtet (Zugang abgelehnt) – "
        "hier der Offline-Entwurf.",
        Language.EN: "The AI is not set up correctly (access refused) — "
        "showing the offline draft.",
    },
    "rate_limited": {
        Language.DE: "Der KI-Dienst ist gerade ausgelastet (Rate-Limit) – hier der "
        "Offline-Entwurf.",
        Language.EN: "The AI service is busy right now (rate limit) — showing the offline "
        "draft.",
    },
    "paused_rate_limited": {
        Language.DE: "Der KI-Dienst hat um eine Pause gebeten (Rate-Limit); calm fragt {when} "
        "wieder – hier der Offline-Entwurf.",
        Language.EN: "The AI service asked for a pause (rate limit); calm asks again {when} — "
        "showing the offline draft.",
    },
    "paused_failures": {
        Language.DE: "KI pausiert nach {count} Fehlern in Folge; nächster Versuch {when} – "
        "hier der Offline-Entwurf.",
        Language.EN: "The AI is paused after {count} failures in a row; next try {when} — "
        "showing the offline draft.",
    },
    "refused": {
        Language.DE: "Die KI hat die Antwort abgelehnt – hier der Offline-Entwurf.",
        Language.EN: "The AI declined to answer — showing the offline draft.",
    },
    "invalid_answer": {
        Language.DE: "Die KI-Antwort hatte nicht das verlangte Format – hier der "
        "Offline-Entwurf.",
        Language.EN: "The AI's answer was not in the required format — showing the offline "
        "draft.",
    },
    "unknown_situation": {
        Language.DE: "Die KI hat eine Situation genannt, die calm nicht kennt – hier der "
        "Offline-Entwurf.",
        Language.EN: "The AI named a situation calm does not know — showing the offline draft.",
    },
    "rejected": {
        Language.DE: "Der KI-Entwurf hat calms Prüfung nicht bestanden – hier der Offline-Entwurf.",
        Language.EN: "The AI draft did not pass calm's checks — showing the offline draft.",
    },
}
READING_LABEL = {Language.DE: "Anliegen", Language.EN: "What the client wants"}
_WHEN = {
    Language.DE: ("in {n} s", "in {n} min"),
    Language.EN: ("in {n} s", "in {n} min"),
}


def note_for(kind: str, language: Language, **values: object) -> str:
    notes = NOTES.get(kind, NOTES["unavailable"])
    text = notes.get(language, notes[Language.EN])
    return text.format(**values) if values else text


def _when(seconds: float, language: Language) -> str:
    secs, mins = _WHEN.get(language, _WHEN[Language.EN])
    if seconds < 90:
        return secs.format(n=max(1, math.ceil(seconds)))
    return mins.format(n=math.ceil(seconds / 60))


def engine_name(model: str) -> str:
    """`engine` of a model's coaching: "llm:<model>" (the configured model name)."""
    return f"{ENGINE}:{model}" if model else ENGINE


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
            remaining = self.breaker.remaining()
            when = _when(remaining, lang)
            if self.breaker.open_reason == "rate_limited":
                note = note_for("paused_rate_limited", lang, when=when)
            else:
                count = max(self.breaker.consecutive_failures, 1)
                note = note_for("paused_failures", lang, count=count, when=when)
            return RefineOutcome(None, note), "paused", {"retry_in_s": round(remaining, 1)}
        request = build_request(coaching, text, profile, self.prompts)
        try:
            async with asyncio.timeout(self.timeout):
                completion = await self.client.complete(
                    request.messages, stream=self.stream, json_mode=True
                )
        except TimeoutError:
            self.breaker.record_failure()
            return RefineOutcome(None, note_for("timeout", lang)), "timeout", {}
        except LLMRefused as exc:
            self.breaker.record_success()  # the endpoint answered; the model said no
            return RefineOutcome(None, note_for(exc.code, lang)), exc.code, {}
        except LLMRateLimited as exc:
            self.breaker.record_failure(retry_after=exc.retry_after)
            return (
                RefineOutcome(None, note_for("rate_limited", lang)),
                exc.code,
                {"retry_after_s": exc.retry_after},
            )
        except LLMError as exc:
            self.breaker.record_failure()
            return RefineOutcome(None, note_for(exc.code, lang)), exc.code, {}
        except asyncio.CancelledError:
            self.breaker.record_neutral()
            raise
        self.breaker.record_success()

        counts: dict[str, object] = {
            "placeholders": len(request.mapping),
            "streamed": completion.streamed,
            "served_by": completion.model[:80],
        }
        try:
            reading = parse_reading(completion.text)
        except ReadingError as exc:
            kind = "unknown_situation" if exc.code == "unknown_situation" else "invalid_answer"
            return RefineOutcome(None, note_for(kind, lang)), f"invalid_{exc.code}", counts

        situation = coaching.situation if coaching.detection.chosen_by_user else reading.situation
        base = self._offline_for(coaching, text, profile, situation)
        draft = restore(clean_draft(reading.draft), request.mapping)
        verdict = verify_draft(
            draft,
            coaching=base,
            client_text=text,
            profile=profile,
            instructions=(self.prompts.system, self.prompts.request),
        )
        counts.update(
            draft_words=len(draft.split()),
            model_situation=reading.situation.value,
            agrees=reading.situation is coaching.situation,
        )
        if not verdict.ok:
            counts["problems"] = list(verdict.problems)
            return RefineOutcome(None, note_for("rejected", lang)), "rejected", counts
        refined = dataclasses.replace(
            base,
            detection=merged_detection(coaching.detection, base.detection, reading, situation),
            draft=draft,
            notes=(*_reading_note(reading, request.mapping, lang), *base.notes),
            engine=engine_name(self.client.endpoint.model),
        )
        return RefineOutcome(refined, None), "refined", counts

    @staticmethod
    def _offline_for(
        coaching: Coaching, text: str, profile: Profile, situation: Situation
    ) -> Coaching:
        """The offline coaching for `situation`: its boundary, and the draft the model's draft
        is held against ("not worse than offline")."""
        if situation is coaching.situation:
            return coaching
        return coach(
            text,
            profile=profile,
            tone=coaching.tone,
            short=coaching.short,
            long=coaching.long,
            language=coaching.reply_language,
            situation=situation,
        )


def merged_detection(
    offline: Detection, base: Detection, reading: ModelReading, situation: Situation
) -> Detection:
    """The model's reading as a `Detection`: its situation, secondary and confidence; the
    offline situation first among the alternatives when the two differ. Heat, language,
    register and slots stay calm's own. A situation the user chose stays theirs."""
    if offline.chosen_by_user:
        return offline
    alternatives: list[tuple[Situation, float]] = []
    if offline.situation is not situation:
        alternatives.append((offline.situation, round(offline.confidence, 3)))
    for alt, probability in offline.alternatives:
        if alt is not situation and all(alt is not a for a, _ in alternatives):
            alternatives.append((alt, probability))
    confidence = reading.confidence if reading.confidence is not None else DEFAULT_CONFIDENCE
    secondary = tuple(s for s in reading.secondary if s is not situation)
    # As offline: a heated message names the harsh tone, whatever else the model read.
    if base.heat >= HARSH_HEAT and Situation.HARSH_TONE not in (situation, *secondary):
        secondary = (*secondary, Situation.HARSH_TONE)
    return dataclasses.replace(
        base,
        situation=situation,
        secondary=secondary,
        confidence=confidence,
        alternatives=tuple(alternatives[:3]),
        chosen_by_user=False,
        detected=situation,
    )


def _reading_note(
    reading: ModelReading, mapping: dict[str, str], lang: Language
) -> tuple[str, ...]:
    """"What the client wants: …" for the card, when the model's line survives the checks."""
    if not reading.client_wants:
        return ()
    line = restore(reading.client_wants, mapping)
    if leftover_placeholders(line) or not reading_is_clean(line):
        return ()
    label = READING_LABEL.get(lang, READING_LABEL[Language.EN])
    return (f"{label}: {line}",)
