"""The LLM seam: offline card first (marked), the refined card after, never delaying the ack."""

from __future__ import annotations

import asyncio
import dataclasses
import time

from bot.coach.model import Coaching, Profile
from bot.coach.refine import RefineOutcome
from bot.slack import ids
from tests.slack.blockkit import all_text, assert_blocks_within_limits
from tests.slack.test_calm_command import SCOPE_DE, actions
from tests.support.signing import TEAM_ID, block_actions

REFINED_DRAFT = "Refined draft: thank you, here is what I can offer."


class FakeRefiner:
    """Records calls; returns a refined coaching, or None with a note; can be held open."""

    def __init__(self, *, refine: bool = True, note: str | None = None) -> None:
        self.refine_ok = refine
        self.note = note
        self.calls: list[tuple[Coaching, str, Profile]] = []
        self.gate: asyncio.Event | None = None

    async def refine(self, coaching: Coaching, text: str, profile: Profile) -> RefineOutcome:
        self.calls.append((coaching, text, profile))
        if self.gate is not None:
            await self.gate.wait()
        if not self.refine_ok:
            return RefineOutcome(coaching=None, note=self.note)
        refined = dataclasses.replace(coaching, draft=REFINED_DRAFT, engine="llm")
        return RefineOutcome(coaching=refined)


async def test_refined_card_follows_the_offline_card(make_slack_harness) -> None:
    """The ack carries a "refining" mark; the refined card follows via response_url."""
    refiner = FakeRefiner()
    h = await make_slack_harness(refiner=refiner)
    body = await (await h.command(SCOPE_DE, webhook="r1")).json()
    assert "⏳" in all_text(body["blocks"])
    await h.settle()
    [(_coaching, text, profile)] = refiner.calls
    assert text == SCOPE_DE and isinstance(profile, Profile)
    [follow] = h.fake.webhook_calls("r1")
    assert follow.body["replace_original"] is False
    assert follow.body["response_type"] == "ephemeral"
    assert_blocks_within_limits(follow.body["blocks"])
    text_all = all_text(follow.body["blocks"])
    assert REFINED_DRAFT in text_all and "✨" in text_all and "⏳" not in text_all


async def test_no_refinement_sends_offline_card_with_note(make_slack_harness) -> None:
    """When the refiner gives up, the offline card comes again with its short note."""
    h = await make_slack_harness(refiner=FakeRefiner(refine=False, note="AI is resting"))
    await h.command(SCOPE_DE, webhook="r2")
    await h.settle()
    [follow] = h.fake.webhook_calls("r2")
    text_all = all_text(follow.body["blocks"])
    assert "AI is resting" in text_all and REFINED_DRAFT not in text_all and "⏳" not in text_all


async def test_workspace_switch_off_means_no_refinement(make_slack_harness) -> None:
    """With the LLM disabled for the workspace, no mark and no refiner call."""
    refiner = FakeRefiner()
    h = await make_slack_harness(refiner=refiner)
    h.store.set_llm_enabled("slack", TEAM_ID, False)
    body = await (await h.command(SCOPE_DE, webhook="r3")).json()
    await h.settle()
    assert "⏳" not in all_text(body["blocks"])
    assert refiner.calls == [] and h.fake.webhook_calls("r3") == []


async def test_slow_refiner_does_not_delay_the_ack(make_slack_harness) -> None:
    """The ack returns while the refiner is still waiting."""
    refiner = FakeRefiner()
    refiner.gate = asyncio.Event()
    h = await make_slack_harness(refiner=refiner)
    started = time.perf_counter()
    resp = await h.command(SCOPE_DE, webhook="r4")
    assert resp.status == 200 and time.perf_counter() - started < 1.0
    assert h.fake.webhook_calls("r4") == []
    refiner.gate.set()
    await h.settle()
    assert len(h.fake.webhook_calls("r4")) == 1


async def test_button_variant_is_replaced_twice(make_slack_harness) -> None:
    """A button replaces the card offline first, then with the refined variant, in place."""
    h = await make_slack_harness(refiner=FakeRefiner())
    body = await (await h.command(SCOPE_DE, webhook="cmd")).json()
    await h.settle()
    value = actions(body["blocks"])[ids.ACTION_FIRMER]["value"]
    await h.interact(block_actions(ids.ACTION_FIRMER, value, response_url=h.fake.webhook_url("b")))
    await h.settle()
    first, second = h.fake.webhook_calls("b")
    assert first.body["replace_original"] is True and second.body["replace_original"] is True
    assert "⏳" in all_text(first.body["blocks"])
    assert REFINED_DRAFT in all_text(second.body["blocks"])
