"""Fixtures for the LLM stage: a fake Chat Completions server and ready-made coachings.

The coachings are built directly (not through `coach()`), so these tests do not depend on
what the offline detection and composition produce this week.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.coach.model import (
    Coaching,
    Detection,
    Formality,
    Language,
    Profile,
    Situation,
    Slots,
    Tone,
)
from bot.config import Settings
from tests.support.fake_llm import FakeLLM

# A client message full of personal data (all invented).
CLIENT_DE = (
    "Hallo Frau Vogt,\n\n"
    "können Sie bis Freitag noch zusätzlich drei Social-Media-Grafiken machen? Das war zwar "
    "nicht abgesprochen, aber es eilt. Rufen Sie mich an unter +49 171 9876543 oder schreiben "
    "Sie an m.kranich@kranich-moebel.de. Die Rechnung bitte wie immer auf "
    "DE44 5001 0517 5407 3249 31, Details unter https://kranich-moebel.de/briefing.\n\n"
    "Viele Grüße\nMarkus Kranich"
)
PII_DE = (
    "+49 171 9876543",
    "9876543",
    "m.kranich@kranich-moebel.de",
    "DE44 5001 0517 5407 3249 31",
    "5407 3249",
    "kranich-moebel.de",
    "Kranich",
    "Markus",
    "Vogt",
    "Lena",
)

OFFLINE_DE = (
    "Guten Tag Herr Kranich,\n\n"
    "vielen Dank für Ihre Nachricht. Die drei Grafiken gehören nicht zum vereinbarten Umfang. "
    "Ich biete sie Ihnen gern als Zusatzauftrag an und schicke Ihnen bis morgen ein kurzes "
    "Angebot mit Preis und Termin.\n\n"
    "Viele Grüße\nLena Vogt"
)

# What a well-behaved model would answer, with placeholders the refiner must restore.
GOOD_DE = (
    "Guten Tag Herr {first_name},\n\n"
    "vielen Dank für Ihre Nachricht und die Idee mit den Social-Media-Grafiken. Ich verstehe, "
    "dass es eilt. Die drei Grafiken gehören nicht zum vereinbarten Umfang, deshalb biete ich "
    "sie Ihnen gern als Zusatzauftrag an. Bis morgen schicke ich Ihnen ein kurzes Angebot mit "
    "Preis und einem realistischen Termin, dann können Sie in Ruhe entscheiden.\n\n"
    "Viele Grüße\n{placeholders}"
)

CLIENT_EN = (
    "Hi Lena, we need the full report by tomorrow morning, not next week. Call me on "
    "+44 20 7946 0958 if that's a problem. Cheers, Tom"
)
OFFLINE_EN = (
    "Hi Tom,\n\nthanks for letting me know. By tomorrow morning I can send you the summary "
    "section; the full report follows on Thursday as agreed.\n\nBest,\nLena"
)
GOOD_EN = (
    "Hi Tom,\n\nthanks for your message, I understand the timing matters for you. By tomorrow "
    "morning I can send you the summary section, so you have the key numbers in hand. The full "
    "report follows on Thursday as agreed, and I will let you know if anything changes.\n\n"
    "Best,\nLena"
)


def make_coaching(
    *,
    draft: str = OFFLINE_DE,
    situation: Situation = Situation.SCOPE_CREEP,
    language: Language = Language.DE,
    formality: Formality = Formality.SIE,
    client_name: str | None = "Herr Kranich",
    boundary: str = "Neue Arbeit ist ein neuer Auftrag.",
) -> Coaching:
    detection = Detection(
        situation=situation,
        secondary=(),
        heat=40,
        language=language,
        formality=formality,
        slots=Slots(client_name=client_name, dates=("bis Freitag",)),
    )
    return Coaching(
        detection=detection,
        draft=draft,
        boundary=boundary,
        reply_language=language,
        tone=Tone.NEUTRAL,
    )


@pytest.fixture
def coaching_de() -> Coaching:
    return make_coaching()


@pytest.fixture
def coaching_en() -> Coaching:
    return make_coaching(
        draft=OFFLINE_EN,
        situation=Situation.URGENT_PRESSURE,
        language=Language.EN,
        formality=Formality.NONE,
        client_name="Tom",
        boundary="Don't promise what you can't keep.",
    )


@pytest.fixture
def profile() -> Profile:
    return Profile(name="Lena Vogt", language=Language.DE, signature="Lena Vogt\nGrafikdesign")


@pytest.fixture
def fake_llm() -> Iterator[FakeLLM]:
    server = FakeLLM().start()
    try:
        yield server
    finally:
        server.stop()


def settings_for(server: FakeLLM, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "LLM_BASE_URL": server.base_url,
        "LLM_MODEL": "fake-model",
        "LLM_API_KEY": "sk-test-key",
        "LLM_TIMEOUT_SECONDS": 2.0,
        "_env_file": None,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
