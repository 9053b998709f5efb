"""Card buttons across instances and days, and card size: the text stays sealed in the
database, the card carries only its key, so any message calm accepts gets a card well within
Teams' ~28 KB limit, with every button."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import text as sql

from bot.coach import coach
from bot.config import Settings
from bot.store import Store
from bot.teams.card_state import SITUATION_INPUT, Verb
from tests.teams.conftest import NOW, running_harness
from tests.teams.fake_engine import FakeEngine, draft_for
from tests.teams.harness import (
    FakeConnector,
    LoopbackJwks,
    TeamsHarness,
    action_data,
    all_actions_of,
    card_action,
    card_of,
    fetch_task,
    inputs_of,
    message,
    texts_of,
)

TEAMS_CARD_LIMIT = 28 * 1024
CLIENT_TEXT = "Können Sie die Broschüre bitte noch bis Montag in zwei weiteren Sprachen liefern?"
# Our own Japanese client message (a delay complaint), repeated to the sizes under test.
JAPANESE = (
    "お世話になっております。先週お願いしたパンフレットの修正版がまだ届いておりません。"
    "社内の締め切りが迫っておりますので、いつ頃いただけるか至急ご連絡ください。"
)


def japanese(chars: int) -> str:
    return (JAPANESE * (chars // len(JAPANESE) + 1))[:chars]


def size_of(payload: Any) -> int:
    """Bytes of the JSON Teams receives (as the SDK serialises it: non-ASCII escaped)."""
    return len(json.dumps(payload).encode("utf-8"))


async def coach_in_chat(teams: TeamsHarness, text: str) -> dict[str, Any]:
    await teams.post(message(teams.service_url, text))
    [sent] = teams.connector.posted()[-1:]
    assert size_of(sent.body) < TEAMS_CARD_LIMIT, size_of(sent.body)
    return card_of(sent)


class TestAcrossInstancesAndDays:
    async def test_a_fresh_instance_answers_the_buttons_next_day(
        self,
        settings: Settings,
        connector: FakeConnector,
        jwks: LoopbackJwks,
        engine: FakeEngine,
    ) -> None:
        """A card made by one app instance is answered by a new one on the same database
        (restart, deploy, another replica) 25 hours later: buttons and the choice set."""
        first_store = Store.from_url(settings.database_url)
        async with running_harness(
            settings, first_store, clock=lambda: NOW, connector=connector, jwks=jwks, engine=engine
        ) as teams:
            card = await coach_in_chat(teams, CLIENT_TEXT)
        first_store.engine.dispose()

        later = NOW + dt.timedelta(hours=25)
        second_store = Store.from_url(settings.database_url)
        async with running_harness(
            settings,
            second_store,
            clock=lambda: later,
            connector=connector,
            jwks=jwks,
            engine=FakeEngine(),
        ) as fresh:
            firmer = await fresh.post(
                card_action(fresh.service_url, action_data(card, Verb.FIRMER))
            )
            choice = action_data(card, Verb.SITUATION, **{SITUATION_INPUT: "revision_loop"})
            chosen = await fresh.post(card_action(fresh.service_url, choice))
        second_store.engine.dispose()

        assert inputs_of(firmer.json()["value"])["draft"].startswith("draft lang=de tone=firm")
        assert "situation=revision_loop" in inputs_of(chosen.json()["value"])["draft"]

    async def test_three_day_old_card_asks_to_send_again(
        self,
        settings: Settings,
        store: Store,
        connector: FakeConnector,
        jwks: LoopbackJwks,
        engine: FakeEngine,
    ) -> None:
        """After the sealed text expired, a button (or a situation choice) gets a friendly
        "send the message again"; nothing is counted."""
        now = [NOW]
        async with running_harness(
            settings, store, clock=lambda: now[0], connector=connector, jwks=jwks, engine=engine
        ) as teams:
            card = await coach_in_chat(teams, CLIENT_TEXT)
            now[0] = NOW + dt.timedelta(days=3)
            softer = await teams.post(
                card_action(teams.service_url, action_data(card, Verb.SOFTER))
            )
            choice = action_data(card, Verb.SITUATION, **{SITUATION_INPUT: "termination"})
            chosen = await teams.post(card_action(teams.service_url, choice))

        for response in (softer, chosen):
            assert response.status_code == 200
            assert "noch einmal" in " ".join(texts_of(response.json()["value"]))
        assert store.corrections_between(dt.date(2000, 1, 1), dt.date(2100, 1, 1)) == {}

    async def test_database_holds_ciphertext_only(self, teams: TeamsHarness, store: Store) -> None:
        """The sealed row neither contains the text nor the card's key."""
        card = await coach_in_chat(teams, CLIENT_TEXT)
        token = action_data(card, Verb.SOFTER)["card"]
        with store.engine.connect() as conn:
            rows = list(conn.execute(sql("SELECT id, sealed FROM calm_card_texts")))
        assert len(rows) == 1
        dump = repr(rows)
        assert "Broschüre" not in dump and "Broschüre".encode() not in rows[0][1]
        assert token.partition(".")[2] not in dump

    async def test_no_database_means_no_buttons_and_says_how(
        self, teams: TeamsHarness, store: Store
    ) -> None:
        """When the text cannot be sealed, the card still comes, without buttons, and says
        how to get variants."""
        with store.engine.begin() as conn:
            conn.execute(sql("DROP TABLE calm_card_texts"))
        card = await coach_in_chat(teams, CLIENT_TEXT)

        assert inputs_of(card)["draft"] == draft_for(CLIENT_TEXT)
        assert all_actions_of(card) == []
        assert any("noch einmal" in t and "andere Situation" in t for t in texts_of(card))


class TestCardSize:
    async def test_long_japanese_messages_get_a_card_with_every_button(
        self,
        settings: Settings,
        store: Store,
        clock: Callable[[], dt.datetime],
        connector: FakeConnector,
        jwks: LoopbackJwks,
    ) -> None:
        """With the real engine, a 2,990-character Japanese message and one beyond the
        8,000 characters calm reads each get a card under 28 KB, with the situation picker
        and the buttons; a button's answer and the dialog stay under it too."""
        async with running_harness(
            settings, store, clock=clock, connector=connector, jwks=jwks, engine=coach
        ) as teams:
            for chars in (2990, 9000):
                card = await coach_in_chat(teams, japanese(chars))
                verbs = {a.get("verb") or a["data"]["verb"] for a in all_actions_of(card)}
                assert {Verb.SOFTER, Verb.FIRMER, Verb.LANGUAGE, Verb.SITUATION} <= verbs
                choice = action_data(card, Verb.SITUATION, **{SITUATION_INPUT: "harsh_tone"})
                response = await teams.post(card_action(teams.service_url, choice))
                assert size_of(response.json()) < TEAMS_CARD_LIMIT
                assert inputs_of(response.json()["value"])["draft"].strip()
                dialog = await teams.post(
                    fetch_task(teams.service_url, f"<p>{japanese(chars)}</p>")
                )
                assert size_of(dialog.json()) < TEAMS_CARD_LIMIT
                assert dialog.json()["task"]["type"] == "continue"
