"""With an LLM configured, the chat card is refined in the background and updated in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field, replace

import pytest

from bot.coach.model import Coaching, Profile
from bot.coach.refine import RefineOutcome
from bot.config import Settings
from bot.store import Store
from bot.teams.card_state import Verb
from tests.teams.conftest import running_harness
from tests.teams.fake_engine import FakeEngine, draft_for
from tests.teams.harness import (
    TENANT_ID,
    FakeConnector,
    LoopbackJwks,
    TeamsHarness,
    action_data,
    card_action,
    card_of,
    inputs_of,
    message,
    texts_of,
)

CLIENT_TEXT = "Können Sie das bitte noch bis Freitag zusätzlich machen?"


@dataclass
class FakeRefiner:
    note: str | None = None  # when set: fail with this note instead of refining
    seen: list[str] = field(default_factory=list)

    async def refine(self, coaching: Coaching, text: str, profile: Profile) -> RefineOutcome:
        self.seen.append(text)
        if self.note:
            return RefineOutcome(None, self.note)
        return RefineOutcome(replace(coaching, draft="refined " + coaching.draft, engine="llm"))


@pytest.fixture
def refiner() -> FakeRefiner:
    return FakeRefiner()


@pytest.fixture
async def teams_llm(
    settings: Settings,
    store: Store,
    clock: Callable[[], dt.datetime],
    connector: FakeConnector,
    jwks: LoopbackJwks,
    engine: FakeEngine,
    refiner: FakeRefiner,
) -> AsyncIterator[TeamsHarness]:
    async with running_harness(
        settings,
        store,
        clock=clock,
        connector=connector,
        jwks=jwks,
        engine=engine,
        refiner=refiner,
    ) as harness:
        yield harness


async def test_offline_card_first_then_refined_in_place(teams_llm: TeamsHarness) -> None:
    """The offline card is posted, then the same message is updated with the refined draft."""
    await teams_llm.post(message(teams_llm.service_url, CLIENT_TEXT))
    await teams_llm.app.calm.drain()

    [posted] = teams_llm.connector.posted()
    [put] = teams_llm.connector.updated()
    assert inputs_of(card_of(posted))["draft"] == draft_for(CLIENT_TEXT)
    assert put.path.endswith("/activities/activity-1")
    assert inputs_of(card_of(put))["draft"] == "refined " + draft_for(CLIENT_TEXT)


async def test_llm_fault_keeps_offline_draft_with_note(
    teams_llm: TeamsHarness, refiner: FakeRefiner
) -> None:
    """A failed refinement leaves the offline draft and adds the LLM stage's short note."""
    refiner.note = "KI-Verfeinerung gerade nicht verfügbar."
    await teams_llm.post(message(teams_llm.service_url, CLIENT_TEXT))
    await teams_llm.app.calm.drain()

    [put] = teams_llm.connector.updated()
    assert inputs_of(card_of(put))["draft"] == draft_for(CLIENT_TEXT)
    assert refiner.note in texts_of(card_of(put))


async def test_button_card_is_refined_too(teams_llm: TeamsHarness) -> None:
    """After "softer" (answered in place), the refined card updates the card message."""
    await teams_llm.post(message(teams_llm.service_url, CLIENT_TEXT))
    await teams_llm.app.calm.drain()
    card = card_of(teams_llm.connector.posted()[0])
    teams_llm.connector.calls.clear()
    await teams_llm.post(card_action(teams_llm.service_url, action_data(card, Verb.SOFTER)))
    await teams_llm.app.calm.drain()

    [put] = teams_llm.connector.updated()
    assert put.path.endswith("/activities/activity-1")  # the card's replyToId
    assert inputs_of(card_of(put))["draft"].startswith("refined ")


async def test_tenant_switch_off_means_no_llm(
    teams_llm: TeamsHarness, store: Store, refiner: FakeRefiner
) -> None:
    """A tenant with the LLM switched off gets the offline card only; no text goes out."""
    store.set_llm_enabled("teams", TENANT_ID, False)
    await teams_llm.post(message(teams_llm.service_url, CLIENT_TEXT))
    await teams_llm.app.calm.drain()

    assert refiner.seen == []
    assert teams_llm.connector.updated() == []
