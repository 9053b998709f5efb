"""The card's buttons replace the card in place with the asked-for variant."""

from __future__ import annotations

import pytest

from bot.slack import ids
from bot.slack.card_cache import CardVariant
from tests.slack.blockkit import all_text, assert_blocks_within_limits
from tests.slack.test_calm_command import SCOPE_DE, actions
from tests.support.fixtures import SlackHarness
from tests.support.signing import block_actions


async def card_from_command(h: SlackHarness, text: str = SCOPE_DE) -> list[dict]:
    body = await (await h.command(text)).json()
    return body["blocks"]


async def click(h: SlackHarness, blocks: list[dict], action_id: str, **kw) -> list[dict]:
    """Click a card button; return the blocks that replaced the card."""
    value = actions(blocks)[action_id]["value"]
    hook = f"click-{len(h.fake.webhook_calls())}"
    resp = await h.interact(
        block_actions(action_id, value, response_url=h.fake.webhook_url(hook), **kw)
    )
    assert resp.status == 200
    await h.settle()
    [call] = h.fake.webhook_calls(hook)
    assert call.body["replace_original"] is True
    assert call.body["response_type"] == "ephemeral"
    assert_blocks_within_limits(call.body["blocks"])
    return call.body["blocks"]


def state(blocks: list[dict]) -> CardVariant:
    variant = CardVariant.from_value(actions(blocks)[ids.ACTION_SOFTER]["value"])
    assert variant is not None
    return variant


@pytest.mark.parametrize(
    ("action_id", "expected"),
    [
        (ids.ACTION_SOFTER, {"tone": "warm"}),
        (ids.ACTION_FIRMER, {"tone": "firm"}),
        (ids.ACTION_SHORTER, {"short": True}),
        (ids.ACTION_LANGUAGE, {"language": "en"}),
    ],
)
async def test_button_replaces_card_with_variant(
    slack_harness: SlackHarness, action_id: str, expected: dict
) -> None:
    """Each button gives a new card in the wanted state, in place of the old one."""
    card = await card_from_command(slack_harness)
    before = state(card)
    after = state(await click(slack_harness, card, action_id))
    assert after.token == before.token
    for name, value in expected.items():
        assert getattr(after, name) == value


async def test_state_accumulates(slack_harness: SlackHarness) -> None:
    """Firmer, then shorter, then English: the card keeps every choice."""
    card = await card_from_command(slack_harness)
    card = await click(slack_harness, card, ids.ACTION_FIRMER)
    card = await click(slack_harness, card, ids.ACTION_SHORTER)
    card = await click(slack_harness, card, ids.ACTION_LANGUAGE)
    assert state(card) == CardVariant(state(card).token, "firm", True, "en")
    assert "Full length" in all_text(card) or "Ausführlicher" in all_text(card)


async def test_expired_card_says_run_again(slack_harness: SlackHarness) -> None:
    """After a restart (unknown token) the card turns into a friendly "run /calm again"."""
    fake_card = [
        {
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    "action_id": ids.ACTION_SOFTER,
                    "value": "gone-token|neutral|0|de",
                    "text": {"type": "plain_text", "text": "x"},
                }
            ],
        }
    ]
    blocks = await click(slack_harness, fake_card, ids.ACTION_SOFTER)
    assert "/calm" in all_text(blocks)
    assert ids.ACTION_SOFTER not in actions(blocks)


async def test_someone_elses_token_finds_nothing(slack_harness: SlackHarness) -> None:
    """A token clicked by another user is treated as expired; no text leaks."""
    card = await card_from_command(slack_harness)
    blocks = await click(slack_harness, card, ids.ACTION_SOFTER, user_id="U0INTRUDER")
    assert ids.ACTION_SOFTER not in actions(blocks)
    assert "Kessler" not in all_text(blocks)
