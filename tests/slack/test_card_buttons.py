"""The card's buttons and "Not quite right? → …" replace the card in place, on any app instance
that shares the database, for two days; corrections are counted without text."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from bot.coach.model import Situation
from bot.slack import ids
from bot.slack.card_cache import DEFAULT, LONG, SHORT, CardVariant
from bot.store import UserKey
from tests.slack.blockkit import all_text, assert_blocks_within_limits
from tests.slack.test_calm_command import SCOPE_DE, actions
from tests.support.fixtures import SlackHarness
from tests.support.signing import (
    TEAM_ID,
    USER_ID,
    app_home_opened,
    block_actions,
    message_shortcut,
)

KEY = UserKey("slack", TEAM_ID, USER_ID)
CANARY = "Perlboot4Z9K"
# Our own example: a German Sie client asking for more work, with a word no draft would use.
CANARY_MESSAGE = (
    f"Guten Tag, hier {CANARY}. Könnten Sie bis Freitag noch zwei zusätzliche Landingpages "
    "bauen? Das ist ja eigentlich im Paket mit drin, oder?"
)


async def card_from_command(h: SlackHarness, text: str = SCOPE_DE) -> list[dict]:
    body = await (await h.command(text)).json()
    await h.settle()  # the sealed text is written after the ack
    return body["blocks"]


def situation_select(blocks: list[dict]) -> dict:
    [select] = [
        b["accessory"]
        for b in blocks
        if b.get("accessory", {}).get("action_id") == ids.ACTION_SITUATION
    ]
    return select


def select_payload(value: str, **kw) -> dict:
    """A block_actions payload for choosing the option with `value` in the situation select."""
    payload = block_actions(ids.ACTION_SITUATION, **kw)
    action = payload["actions"][0]
    action.pop("text", None)
    action.update(
        type="static_select",
        block_id="calm_card_situation",
        selected_option={"text": {"type": "plain_text", "text": "x"}, "value": value},
    )
    return payload


async def send_and_get_card(h: SlackHarness, payload: dict, hook: str) -> list[dict]:
    resp = await h.interact(payload)
    assert resp.status == 200
    await h.settle()
    [call] = h.fake.webhook_calls(hook)
    assert call.body["replace_original"] is True
    assert call.body["response_type"] == "ephemeral"
    assert_blocks_within_limits(call.body["blocks"])
    return call.body["blocks"]


async def click(h: SlackHarness, blocks: list[dict], action_id: str, **kw) -> list[dict]:
    """Click a card button; return the blocks that replaced the card."""
    value = actions(blocks)[action_id]["value"]
    hook = f"click-{len(h.fake.webhook_calls())}"
    payload = block_actions(action_id, value, response_url=h.fake.webhook_url(hook), **kw)
    return await send_and_get_card(h, payload, hook)


async def choose(h: SlackHarness, blocks: list[dict], situation: Situation, **kw) -> list[dict]:
    """Pick `situation` in the card's "Not quite right?" select; return the new card."""
    [value] = [
        o["value"]
        for o in situation_select(blocks)["options"]
        if CardVariant.from_value(o["value"]).situation == situation.value  # type: ignore[union-attr]
    ]
    hook = f"choose-{len(h.fake.webhook_calls())}"
    return await send_and_get_card(
        h, select_payload(value, response_url=h.fake.webhook_url(hook), **kw), hook
    )


def state(blocks: list[dict]) -> CardVariant:
    variant = CardVariant.from_value(actions(blocks)[ids.ACTION_SOFTER]["value"])
    assert variant is not None
    return variant


@pytest.mark.parametrize(
    ("action_id", "expected"),
    [
        (ids.ACTION_SOFTER, {"tone": "warm"}),
        (ids.ACTION_FIRMER, {"tone": "firm"}),
        (ids.ACTION_SHORTER, {"length": SHORT}),
        (ids.ACTION_LONGER, {"length": LONG}),
        (ids.ACTION_LANGUAGE, {"language": "en"}),
    ],
)
async def test_button_replaces_card_with_variant(
    slack_harness: SlackHarness, action_id: str, expected: dict
) -> None:
    """Each button gives a new card in the wanted state, in place of the old one."""
    card = await card_from_command(slack_harness)
    before = state(card)
    assert before.length == DEFAULT
    after = state(await click(slack_harness, card, action_id))
    assert after.token == before.token
    for name, value in expected.items():
        assert getattr(after, name) == value


async def test_state_accumulates(slack_harness: SlackHarness) -> None:
    """Firmer, then shorter, then English: the card keeps every choice; Shorter is gone once
    the draft is short, Longer brings it back."""
    card = await card_from_command(slack_harness)
    card = await click(slack_harness, card, ids.ACTION_FIRMER)
    card = await click(slack_harness, card, ids.ACTION_SHORTER)
    card = await click(slack_harness, card, ids.ACTION_LANGUAGE)
    assert state(card) == CardVariant(state(card).token, "firm", SHORT, "en")
    assert ids.ACTION_SHORTER not in actions(card)
    card = await click(slack_harness, card, ids.ACTION_LONGER)
    card = await click(slack_harness, card, ids.ACTION_LONGER)
    assert state(card).length == LONG
    assert ids.ACTION_LONGER not in actions(card)
    assert "ausführlich" in all_text(card)


class TestNotQuiteRight:
    async def test_select_lists_every_other_situation_runner_ups_first(
        self, slack_harness: SlackHarness
    ) -> None:
        """The select sits next to the situation, offers the 11 other situations, and the
        options start with the engine's runner-ups in their order."""
        card = await card_from_command(slack_harness)
        select = situation_select(card)
        assert select["placeholder"]["text"] == "Nicht ganz richtig? → …"
        chosen = [CardVariant.from_value(o["value"]) for o in select["options"]]
        offered = [Situation(v.situation) for v in chosen if v is not None]
        assert len(offered) == len(Situation) - 1
        assert Situation.SCOPE_CREEP not in offered
        for option in select["options"]:
            assert len(option["value"]) <= 150  # Slack's limit for an option value

    async def test_choice_replaces_card_with_that_situation(
        self, slack_harness: SlackHarness
    ) -> None:
        """Choosing "price pushback" on a firm, short, English card gives price coaching in
        place, same tone, length and language, marked as chosen by the user."""
        h = slack_harness
        card = await card_from_command(h)
        card = await click(h, card, ids.ACTION_FIRMER)
        card = await click(h, card, ids.ACTION_SHORTER)
        card = await click(h, card, ids.ACTION_LANGUAGE)
        before = state(card)
        card = await choose(h, card, Situation.PRICE_PUSHBACK)
        text = all_text(card)
        assert "Preisdiskussion" in text and "von dir gewählt" in text
        assert "calm las: Mehr Arbeit als vereinbart" in text
        after = state(card)
        assert (after.tone, after.length, after.language) == (
            before.tone,
            before.length,
            before.language,
        )
        assert after.situation == Situation.PRICE_PUSHBACK.value
        # The buttons keep the chosen situation.
        card = await click(h, card, ids.ACTION_SOFTER)
        assert "Preisdiskussion" in all_text(card)
        assert state(card).situation == Situation.PRICE_PUSHBACK.value
        # calm's own reading is offered back, named as such.
        labels = [o["text"]["text"] for o in situation_select(card)["options"]]
        assert "Mehr Arbeit als vereinbart (calms Lesart)" in labels

    async def test_correction_is_counted_without_text(self, slack_harness: SlackHarness) -> None:
        """Each choice counts (calm's reading → the choice) for the user; the database holds
        no client words (canary)."""
        h = slack_harness
        card = await card_from_command(h, CANARY_MESSAGE)
        card = await choose(h, card, Situation.PRICE_PUSHBACK)
        await choose(h, card, Situation.PAYMENT_ISSUE)
        today = dt.datetime.now(dt.UTC).date()
        counts = h.store.corrections_between(today - dt.timedelta(days=1), today, key=KEY)
        assert counts == {("scope_creep", "price_pushback"): 1, ("scope_creep", "payment_issue"): 1}
        path = h.deps.settings.database_url.removeprefix("sqlite:///")
        h.store.engine.dispose()
        with sqlite3.connect(path) as db:
            dump = "\n".join(db.iterdump())
        raw = open(path, "rb").read()  # noqa: SIM115 - whole file, pages included
        for needle in (CANARY, "Landingpages"):
            assert needle not in dump and needle.encode() not in raw

    async def test_home_tab_shows_the_weeks_corrections(self, slack_harness: SlackHarness) -> None:
        """The Home tab's weekly summary lists the user's corrections, reading → choice."""
        h = slack_harness
        card = await card_from_command(h)
        await choose(h, card, Situation.PRICE_PUSHBACK)
        await h.event(app_home_opened(USER_ID))
        await h.settle()
        text = all_text(h.fake.calls("views.publish")[-1].body["view"])
        assert "Von dir korrigiert" in text
        assert "Mehr Arbeit als vereinbart → Preisdiskussion: *1*" in text
        assert "Kessler" not in text

    async def test_unknown_selection_gets_a_friendly_answer(
        self, slack_harness: SlackHarness
    ) -> None:
        """An option value calm did not make turns the card into a friendly explanation."""
        h = slack_harness
        payload = select_payload("tampered|nope", response_url=h.fake.webhook_url("u"))
        blocks = await send_and_get_card(h, payload, "u")
        assert "Situation kenne ich nicht" in all_text(blocks)
        assert "/calm" in all_text(blocks)

    async def test_stale_selection_says_run_again(self, make_slack_harness) -> None:
        """Three days later the card's text is gone: choosing a situation says run /calm
        again, and nothing is counted."""
        h = await make_slack_harness()
        card = await card_from_command(h)
        [option, *_] = situation_select(card)["options"]
        later = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
        h2 = await make_slack_harness(clock=lambda: later)
        payload = select_payload(option["value"], response_url=h2.fake.webhook_url("late"))
        blocks = await send_and_get_card(h2, payload, "late")
        assert "/calm" in all_text(blocks) and "zwei Tage" in all_text(blocks)
        assert not h2.store.corrections_between(dt.date(2000, 1, 1), dt.date(2100, 1, 1))


async def test_a_fresh_instance_answers_the_buttons(make_slack_harness) -> None:
    """A card made by one app instance is answered by a new instance on the same database
    (a restart, another replica), the next day, for buttons and the select alike."""
    first = await make_slack_harness()
    card = await card_from_command(first)
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(hours=25)
    second = await make_slack_harness(clock=lambda: tomorrow)
    softer = await click(second, card, ids.ACTION_SOFTER)
    assert state(softer).tone == "warm"
    chosen = await choose(second, softer, Situation.DELAY_COMPLAINT)
    assert "Beschwerde über Verzögerung" in all_text(chosen)


async def test_expired_card_says_run_again(slack_harness: SlackHarness) -> None:
    """A value whose sealed text is unknown turns into a friendly "run /calm again"."""
    fake_card = [
        {
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    "action_id": ids.ACTION_SOFTER,
                    "value": f"{'A' * 16}.{'A' * 43}|neutral|d|de|",
                    "text": {"type": "plain_text", "text": "x"},
                }
            ],
        }
    ]
    blocks = await click(slack_harness, fake_card, ids.ACTION_SOFTER)
    assert "/calm" in all_text(blocks)
    assert ids.ACTION_SOFTER not in actions(blocks)


async def test_someone_elses_token_finds_nothing(slack_harness: SlackHarness) -> None:
    """A card's value clicked by another user is treated as expired; no text leaks."""
    card = await card_from_command(slack_harness)
    blocks = await click(slack_harness, card, ids.ACTION_SOFTER, user_id="U0INTRUDER")
    assert ids.ACTION_SOFTER not in actions(blocks)
    assert "Kessler" not in all_text(blocks)


class TestLargestMessages:
    # Our own long German message: a request for more work, many times over.
    LONG = (
        "Sehr geehrte Frau Kessler, könnten Sie bis Freitag noch zwei zusätzliche Landingpages "
        "bauen und die Texte dafür schreiben? Das ist ja eigentlich im Paket mit drin. "
    )

    async def test_longest_command_card_fits_and_corrects(
        self, slack_harness: SlackHarness
    ) -> None:
        """A /calm beyond the 8,000 characters calm reads gives a card within Slack's limits
        (select included); its buttons and the select work."""
        h = slack_harness
        card = await card_from_command(h, (self.LONG * 80)[:12_000])
        assert_blocks_within_limits(card)
        card = await click(h, card, ids.ACTION_LONGER)
        card = await choose(h, card, Situation.URGENT_PRESSURE)
        assert "Zeitdruck" in all_text(card)

    async def test_longest_shortcut_message_card_fits_and_corrects(
        self, slack_harness: SlackHarness
    ) -> None:
        """"Suggest reply" on a 40,000-character message (Slack's maximum): a card within the
        limits, in the thread, whose select works."""
        h = slack_harness
        message = {"ts": "1700000100.000200", "text": (self.LONG * 300)[:40_000]}
        resp = await h.interact(message_shortcut(message, response_url=h.fake.webhook_url("s")))
        assert resp.status == 200
        await h.settle()
        [posted] = h.fake.calls("chat.postEphemeral")
        card = posted.body["blocks"]
        assert_blocks_within_limits(card)
        chosen = await choose(h, card, Situation.QUALITY_CRITICISM)
        assert "Kritik am Ergebnis" in all_text(chosen)
