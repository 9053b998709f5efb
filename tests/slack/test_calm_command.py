"""`/calm` over signed HTTP: the card in the ack, help, subcommands, bad input, signatures."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from bot.coach.model import Capacity
from bot.slack import ids
from bot.store import UserKey
from tests.slack.blockkit import all_text, assert_blocks_within_limits
from tests.support.fixtures import SlackHarness
from tests.support.signing import TEAM_ID, USER_ID

# Our own examples (not from the eval set).
SCOPE_DE = (
    "Hallo Frau Kessler, könnten Sie bis Freitag noch zwei zusätzliche Landingpages bauen? "
    "Das ist ja eigentlich im Paket mit drin, oder?"
)
LATE_EN = "Hi Sam, the newsletter was due on Monday and I still have nothing. What is going on?"
KEY = UserKey("slack", TEAM_ID, USER_ID)


def actions(blocks: list[dict]) -> dict[str, dict]:
    return {el["action_id"]: el for b in blocks if b["type"] == "actions" for el in b["elements"]}


class TestCoachingCardInAck:
    async def test_card_is_ephemeral_and_in_the_ack(self, slack_harness: SlackHarness) -> None:
        """The HTTP answer itself is the ephemeral card; no message is posted anywhere."""
        resp = await slack_harness.command(SCOPE_DE)
        assert resp.status == 200
        body = await resp.json()
        assert body["response_type"] == "ephemeral"
        assert_blocks_within_limits(body["blocks"])
        assert any(b["type"] == "rich_text" for b in body["blocks"])
        assert set(ids.VARIANT_ACTIONS) <= set(actions(body["blocks"]))
        assert "Frau Kessler, könnten" not in body["text"]  # fallback text holds no client words
        await slack_harness.settle()
        posted = {"chat.postMessage", "chat.postEphemeral", "webhook"}
        assert not posted & set(slack_harness.fake.methods())

    async def test_usage_is_counted(self, slack_harness: SlackHarness) -> None:
        """Each coaching adds one to the user's count for its situation."""
        await slack_harness.command(SCOPE_DE)
        await slack_harness.command(LATE_EN)
        await slack_harness.settle()
        today = dt.datetime.now(dt.UTC).date()
        week = slack_harness.store.usage_between(KEY, today - dt.timedelta(days=1), today)
        assert sum(week.values()) == 2

    async def test_nudge_offer_only_on_first_card(self, slack_harness: SlackHarness) -> None:
        """The daily-check offer shows once, then `nudge_offered` is stored."""
        first = await (await slack_harness.command(SCOPE_DE)).json()
        assert ids.ACTION_NUDGE_OPT_IN in actions(first["blocks"])
        await slack_harness.settle()
        assert slack_harness.store.get_user(KEY).nudge_offered
        second = await (await slack_harness.command(SCOPE_DE)).json()
        assert ids.ACTION_NUDGE_OPT_IN not in actions(second["blocks"])

    async def test_no_nudge_offer_when_nudge_enabled(self, slack_harness: SlackHarness) -> None:
        """A user who already gets the nudge is not offered it."""
        slack_harness.store.update_user(KEY, nudge_enabled=True)
        body = await (await slack_harness.command(SCOPE_DE)).json()
        assert ids.ACTION_NUDGE_OPT_IN not in actions(body["blocks"])

    async def test_user_language_sets_the_interface(self, slack_harness: SlackHarness) -> None:
        """A user with English as their language gets English labels."""
        slack_harness.store.update_user(KEY, language="en")
        body = await (await slack_harness.command(SCOPE_DE)).json()
        assert "Reply draft" in all_text(body["blocks"])


class TestHelpAndSubcommands:
    @pytest.mark.parametrize("text", ["", "help", "  Hilfe  "])
    async def test_help_card(self, slack_harness: SlackHarness, text: str) -> None:
        """`/calm` alone or with help shows usage with an example and the subcommands."""
        body = await (await slack_harness.command(text)).json()
        assert body["response_type"] == "ephemeral"
        assert_blocks_within_limits(body["blocks"])
        text_all = all_text(body["blocks"])
        assert "/calm nudge" in text_all and "/calm capacity" in text_all

    async def test_nudge_subcommand_turns_the_nudge_on(self, slack_harness: SlackHarness) -> None:
        """`/calm nudge 08:30 mon-fri` answers ephemerally and stores the schedule with the
        user's Slack time zone."""
        slack_harness.fake.set_user(USER_ID, tz="Europe/Vienna")
        body = await (await slack_harness.command("nudge 08:30 mon-fri")).json()
        assert body["response_type"] == "ephemeral"
        assert ids.ACTION_SOFTER not in actions(body["blocks"])
        stored = slack_harness.store.get_user(KEY)
        assert stored.nudge_enabled and stored.nudge_time == "08:30"
        assert stored.timezone == "Europe/Vienna"
        assert "08:30" in all_text(body["blocks"])

    async def test_capacity_subcommand_stores_today(self, slack_harness: SlackHarness) -> None:
        """`/calm Capacity full` stores today's capacity and confirms it."""
        body = await (await slack_harness.command("Capacity full")).json()
        assert body["response_type"] == "ephemeral"
        assert ids.ACTION_SOFTER not in actions(body["blocks"])
        today = dt.datetime.now(dt.UTC).date()
        assert slack_harness.store.get_capacity(KEY, today) is Capacity.FULL

    async def test_long_text_starting_with_capacity_is_coached(
        self, slack_harness: SlackHarness
    ) -> None:
        """A client message that starts with "Capacity" is a message, not a subcommand."""
        text = "Capacity is not our problem. We need the whole campaign redone by Monday, " * 2
        body = await (await slack_harness.command(text)).json()
        assert set(ids.VARIANT_ACTIONS) <= set(actions(body["blocks"]))


BAD_INPUTS = {
    "whitespace": "   \n\t ",
    "huge": ("Bitte liefern Sie endlich die Dateien, wir warten seit Wochen. " * 700)[:40_000],
    "only_emoji": "😡😡😡 🔥🔥",
    "only_mention": "<@U0SOMEONE>",
    "other_language": "Bonjour, pourriez-vous nous envoyer la facture corrigée avant vendredi ?",
    "markup": "*Warum* _dauert_ das so lange?! ```<script>alert(1)</script>``` <!channel> &amp;",
    "only_link": "<https://files.example/brief.pdf>",
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
async def test_bad_input_gets_a_valid_card_or_a_friendly_message(
    slack_harness: SlackHarness, name: str
) -> None:
    """Odd input never errors: a valid ephemeral card or a short friendly notice."""
    resp = await slack_harness.command(BAD_INPUTS[name])
    assert resp.status == 200
    body = await resp.json()
    assert body["response_type"] == "ephemeral"
    assert_blocks_within_limits(body["blocks"])
    text = all_text(body["blocks"])
    is_card = set(ids.VARIANT_ACTIONS) <= set(actions(body["blocks"]))
    assert is_card or len(text) < 1000
    assert "Traceback" not in text and "Error" not in text
    if name in ("only_emoji", "only_mention"):
        assert not is_card
    if name == "huge":
        assert is_card


class TestSignatures:
    async def test_forged_signature_is_rejected(self, slack_harness: SlackHarness) -> None:
        """A request signed with another secret gets 401 and calm calls no Web API."""
        resp = await slack_harness.post(
            slack_harness.signer.slash_command("/calm", SCOPE_DE, forge=True)
        )
        assert resp.status == 401
        await slack_harness.settle()
        assert slack_harness.fake.calls() == []

    async def test_stale_timestamp_is_rejected(self, slack_harness: SlackHarness) -> None:
        """A correctly signed request older than five minutes gets 401 and no Web API call."""
        resp = await slack_harness.post(
            slack_harness.signer.slash_command("/calm", SCOPE_DE, timestamp=time.time() - 600)
        )
        assert resp.status == 401
        await slack_harness.settle()
        assert slack_harness.fake.calls() == []
        assert (
            slack_harness.store.usage_between(KEY, dt.date(2000, 1, 1), dt.date(2100, 1, 1)) == {}
        )

    async def test_forged_interactivity_is_rejected(self, slack_harness: SlackHarness) -> None:
        """Button clicks are verified the same way."""
        from tests.support.signing import block_actions

        payload = block_actions(ids.ACTION_SOFTER, "x|warm|0|de")
        resp = await slack_harness.interact(payload, forge=True)
        assert resp.status == 401
        assert slack_harness.fake.calls() == []


async def test_healthz(slack_harness: SlackHarness) -> None:
    """GET /healthz answers 200 JSON."""
    resp = await slack_harness.http.get("/healthz")
    assert resp.status == 200
    assert (await resp.json())["ok"] is True
