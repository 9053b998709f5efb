"""The 1:1 chat: "calm <message>", help, bad input, and the card buttons."""

from __future__ import annotations

import pytest

from bot.coach.model import Capacity, Language, Situation, Tone
from bot.store import Store, UserKey
from bot.teams.card_state import SITUATION_INPUT, Verb
from tests.teams.conftest import NOW
from tests.teams.fake_engine import BOUNDARY, FakeEngine, draft_for
from tests.teams.harness import (
    OUTBOUND_TOKEN,
    TENANT_ID,
    USER_AAD_ID,
    TeamsHarness,
    action_data,
    actions_of,
    all_actions_of,
    card_action,
    card_of,
    choice_set_of,
    inputs_of,
    message,
    texts_of,
)

CLIENT_TEXT = (
    "Hallo Frau Roth, können Sie bis morgen früh noch drei weitere Varianten vom Flyer "
    "machen? Das war ja eigentlich schon mit drin, oder?"
)
KEY = UserKey("teams", TENANT_ID, USER_AAD_ID)


class TestCommand:
    async def test_calm_message_answers_with_coaching_card(self, teams: TeamsHarness) -> None:
        """`calm <message>` gets one outbound card with the engine's draft and boundary."""
        response = await teams.post(message(teams.service_url, f"calm {CLIENT_TEXT}"))

        assert response.status_code == 200
        [sent] = teams.connector.posted()
        assert sent.path == "/v3/conversations/a:1calm-personal-chat/activities"
        card = card_of(sent)
        assert inputs_of(card)["draft"] == draft_for(CLIENT_TEXT)
        assert BOUNDARY in texts_of(card)
        assert "Situation: Mehr Arbeit als vereinbart" in texts_of(card)
        assert "Auch: Zeitdruck" in texts_of(card)
        verbs = {a.get("verb") for a in actions_of(card)}
        assert {Verb.SOFTER, Verb.FIRMER, Verb.SHORTER, Verb.LANGUAGE} <= verbs

    async def test_pasted_message_without_keyword_is_coached(
        self, teams: TeamsHarness, engine: FakeEngine
    ) -> None:
        """A message pasted on its own is coached like `calm <message>`."""
        await teams.post(message(teams.service_url, CLIENT_TEXT))

        assert engine.texts == [CLIENT_TEXT]
        assert inputs_of(card_of(teams.connector.posted()[0]))["draft"] == draft_for(CLIENT_TEXT)

    async def test_mentions_and_markup_are_stripped(
        self, teams: TeamsHarness, engine: FakeEngine
    ) -> None:
        """A bot mention and HTML around the text do not reach the engine."""
        text = f"<at>calm</at> calm <p>{CLIENT_TEXT}</p>"
        await teams.post(message(teams.service_url, text))

        assert engine.texts == [CLIENT_TEXT]

    async def test_outbound_calls_carry_the_injected_token(self, teams: TeamsHarness) -> None:
        """Replies authenticate with the token provider; no token endpoint is involved."""
        await teams.post(message(teams.service_url, CLIENT_TEXT))

        assert teams.connector.posted()[0].authorization == f"Bearer {OUTBOUND_TOKEN}"

    async def test_usage_counts_situation_for_local_day(
        self, teams: TeamsHarness, store: Store
    ) -> None:
        """Each coached message counts once, by situation, on the user's day."""
        await teams.post(message(teams.service_url, CLIENT_TEXT))

        assert store.usage_between(KEY, NOW.date(), NOW.date()) == {"scope_creep": 1}

    async def test_profile_and_capacity_are_used(self, teams: TeamsHarness, store: Store) -> None:
        """The stored tone and today's capacity answer reach the engine."""
        store.update_user(KEY, tone="firm")
        store.set_capacity(KEY, NOW.date(), Capacity.FULL)
        await teams.post(message(teams.service_url, CLIENT_TEXT))

        draft = inputs_of(card_of(teams.connector.posted()[0]))["draft"]
        assert "tone=firm" in draft and "capacity=full" in draft


class TestHelp:
    async def test_help_explains_with_an_example(self, teams: TeamsHarness) -> None:
        """The word `help` is answered with how to use calm and an example command."""
        await teams.post(message(teams.service_url, "help"))

        texts = texts_of(card_of(teams.connector.posted()[0]))
        assert any(t.startswith("calm ") for t in texts)

    async def test_empty_and_keyword_only_get_help(self, teams: TeamsHarness) -> None:
        """A bare `calm` or a bare mention is answered with help, not silence."""
        await teams.post(message(teams.service_url, "calm"))
        await teams.post(message(teams.service_url, "<at>calm</at>"))

        assert len(teams.connector.posted()) == 2
        for sent in teams.connector.posted():
            assert any(t.startswith("calm ") for t in texts_of(card_of(sent)))


class TestBadInput:
    async def test_only_emoji_gets_friendly_answer(self, teams: TeamsHarness, store: Store) -> None:
        """Only emoji: a friendly explanation, no stack trace, no usage counted."""
        response = await teams.post(message(teams.service_url, "calm 😡😡😡"))

        assert response.status_code == 200
        [sent] = teams.connector.posted()
        assert "Emoji" in " ".join(texts_of(card_of(sent)))
        assert store.usage_between(KEY, NOW.date(), NOW.date()) == {}

    async def test_engine_fault_gets_apology_not_silence(
        self, teams: TeamsHarness, engine: FakeEngine, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An unexpected fault in the engine becomes a short apology, not a 500."""

        def broken(*args: object, **kwargs: object) -> None:
            raise RuntimeError(CLIENT_TEXT)

        monkeypatch.setattr(FakeEngine, "__call__", broken)
        response = await teams.post(message(teams.service_url, CLIENT_TEXT))

        assert response.status_code == 200
        assert "schiefgegangen" in " ".join(texts_of(card_of(teams.connector.posted()[0])))

    async def test_only_a_file_gets_friendly_answer(self, teams: TeamsHarness) -> None:
        """A file without text: calm says it reads text only."""
        attachment = {
            "contentType": "application/vnd.microsoft.teams.file.download.info",
            "name": "brief.pdf",
            "content": {"downloadUrl": "http://127.0.0.1:9/x", "fileType": "pdf"},
        }
        await teams.post(message(teams.service_url, "", attachments=[attachment]))

        assert "Dateien" in " ".join(texts_of(card_of(teams.connector.posted()[0])))

    async def test_markup_only_gets_help_not_silence(self, teams: TeamsHarness) -> None:
        """Markup without words is answered."""
        await teams.post(message(teams.service_url, "<p><br></p>"))

        assert len(teams.connector.posted()) == 1

    async def test_huge_message_is_trimmed_and_keeps_its_buttons(
        self, teams: TeamsHarness, engine: FakeEngine
    ) -> None:
        """A very long paste is coached from its first 8,000 characters, with a note; its
        buttons still work (they carry a token, not the text)."""
        huge = (CLIENT_TEXT + " ") * 200
        await teams.post(message(teams.service_url, huge))

        assert len(engine.texts[0]) <= 8000
        card = card_of(teams.connector.posted()[0])
        joined = " ".join(texts_of(card))
        assert "8.000" in joined
        response = await teams.post(
            card_action(teams.service_url, action_data(card, Verb.FIRMER))
        )
        assert inputs_of(response.json()["value"])["draft"] == draft_for(
            engine.texts[0], tone=Tone.FIRM
        )

    async def test_english_user_gets_english_labels(
        self, teams: TeamsHarness, store: Store
    ) -> None:
        """Card labels follow the user's language setting."""
        store.update_user(KEY, language="en")
        await teams.post(message(teams.service_url, "calm 🙂"))

        assert "emoji" in " ".join(texts_of(card_of(teams.connector.posted()[0])))


async def first_card(teams: TeamsHarness, text: str = CLIENT_TEXT) -> dict:
    """Send `text` to calm; return the coaching card it posts."""
    await teams.post(message(teams.service_url, text))
    return card_of(teams.connector.posted()[-1])


async def press(teams: TeamsHarness, card: dict, verb: str, **inputs: str) -> dict:
    """Press `verb` on `card` (Action.Execute); return the card that replaces it in place."""
    calls = len(teams.connector.calls)
    response = await teams.post(card_action(teams.service_url, action_data(card, verb, **inputs)))
    assert response.status_code == 200
    body = response.json()
    assert body["type"] == "application/vnd.microsoft.card.adaptive"
    assert len(teams.connector.calls) == calls  # in place: no new message
    return body["value"]


class TestButtons:
    async def test_softer_replaces_card_in_place(self, teams: TeamsHarness) -> None:
        """Action.Execute "softer" answers with the warmer card in the invoke response."""
        card = await press(teams, await first_card(teams), Verb.SOFTER)
        assert inputs_of(card)["draft"] == draft_for(CLIENT_TEXT, tone=Tone.WARM)

    async def test_buttons_carry_no_client_text(self, teams: TeamsHarness) -> None:
        """The card's buttons carry a token and options, never the client's words."""
        card = await first_card(teams)
        for verb in (Verb.SOFTER, Verb.FIRMER, Verb.SHORTER, Verb.LONGER, Verb.SITUATION):
            data = action_data(card, verb)
            assert "Flyer" not in repr(data) and "text" not in data
            assert len(data["card"]) == 60

    async def test_shorter_longer_and_other_language(self, teams: TeamsHarness) -> None:
        """Shorter, longer and other language coach the same text with those options; a short
        card has no Shorter, a long one no Longer."""
        card = await first_card(teams)
        shorter = await press(teams, card, Verb.SHORTER)
        longer = await press(teams, card, Verb.LONGER)
        english = await press(teams, card, Verb.LANGUAGE)

        assert inputs_of(shorter)["draft"] == draft_for(CLIENT_TEXT, short=True)
        assert inputs_of(longer)["draft"] == draft_for(CLIENT_TEXT, long=True)
        assert inputs_of(english)["draft"] == draft_for(CLIENT_TEXT, language=Language.EN)
        assert Verb.SHORTER not in {a.get("verb") for a in actions_of(shorter)}
        assert Verb.LONGER not in {a.get("verb") for a in actions_of(longer)}
        back = await press(teams, shorter, Verb.LONGER)
        assert inputs_of(back)["draft"] == draft_for(CLIENT_TEXT)

    async def test_button_presses_are_not_counted_again(
        self, teams: TeamsHarness, store: Store
    ) -> None:
        """Adjusting a draft does not count as another coached message."""
        await press(teams, await first_card(teams), Verb.FIRMER)

        assert store.usage_between(KEY, NOW.date(), NOW.date()) == {"scope_creep": 1}

    async def test_submit_button_updates_the_message_with_put(self, teams: TeamsHarness) -> None:
        """An Action.Submit button (message with value) updates the card message via PUT."""
        data = action_data(await first_card(teams), Verb.FIRMER)
        await teams.post(message(teams.service_url, "", value=data, replyToId="activity-7"))

        [put] = teams.connector.updated()
        assert put.path.endswith("/activities/activity-7")
        assert inputs_of(card_of(put))["draft"] == draft_for(CLIENT_TEXT, tone=Tone.FIRM)

    async def test_tampered_data_gets_friendly_answer(self, teams: TeamsHarness) -> None:
        """Data calm did not make (a changed token, a bad option) gets "send it again"."""
        data = action_data(await first_card(teams), Verb.SOFTER)
        for changed in ({"card": data["card"][:-2] + "AA"}, {"len": "x"}, {"card": None}):
            response = await teams.post(card_action(teams.service_url, {**data, **changed}))
            assert response.status_code == 200
            assert "noch einmal" in " ".join(texts_of(response.json()["value"]))

    async def test_softest_card_offers_no_softer_button(self, teams: TeamsHarness) -> None:
        """At the warmest tone the "softer" button is gone."""
        card = await press(teams, await first_card(teams), Verb.SOFTER)

        verbs = {a.get("verb") for a in actions_of(card)}
        assert Verb.SOFTER not in verbs and Verb.FIRMER in verbs


class TestNotQuiteRight:
    async def test_choice_set_lists_runner_ups_first(self, teams: TeamsHarness) -> None:
        """Next to the situation: a choice set of the other situations, runner-ups first, and
        an Action.Execute button that coaches for the choice."""
        card = await first_card(teams)
        choices = choice_set_of(card, SITUATION_INPUT)
        assert choices["label"] == "Nicht ganz richtig? → …"
        values = [c["value"] for c in choices["choices"]]
        assert values[:2] == ["price_pushback", "urgent_pressure"]
        assert "scope_creep" not in values and len(values) == len(Situation) - 1
        [button] = [a for a in all_actions_of(card) if a.get("verb") == Verb.SITUATION]
        assert button["type"] == "Action.Execute"

    async def test_unsure_card_names_the_runner_up_first(
        self, teams: TeamsHarness, engine: FakeEngine
    ) -> None:
        """When calm is unsure the card's first line asks about the runner-up."""
        engine.confidence = 0.4
        card = await first_card(teams)
        assert texts_of(card)[0] == "Mehr Arbeit als vereinbart – oder geht es um den Preis?"

    async def test_choice_replaces_card_and_counts_the_correction(
        self, teams: TeamsHarness, store: Store
    ) -> None:
        """Choosing price pushback on a firm card gives price coaching in place, same tone,
        marked as chosen; the pair is counted, no text stored; later buttons keep it."""
        card = await press(teams, await first_card(teams), Verb.FIRMER)
        card = await press(teams, card, Verb.SITUATION, **{SITUATION_INPUT: "price_pushback"})
        assert inputs_of(card)["draft"] == draft_for(
            CLIENT_TEXT, tone=Tone.FIRM, situation=Situation.PRICE_PUSHBACK
        )
        assert "Situation: Preisdiskussion (von dir gewählt)" in texts_of(card)
        assert "calm las: Mehr Arbeit als vereinbart" in texts_of(card)
        counts = store.corrections_between(NOW.date(), NOW.date(), key=KEY)
        assert counts == {("scope_creep", "price_pushback"): 1}
        softer = await press(teams, card, Verb.SOFTER)
        assert "situation=price_pushback" in inputs_of(softer)["draft"]

    async def test_no_or_unknown_choice_keeps_the_card_and_says_so(
        self, teams: TeamsHarness, store: Store
    ) -> None:
        """Pressing the button without a (known) choice keeps the coaching with a friendly
        line on top, and counts nothing."""
        card = await first_card(teams)
        for inputs in ({}, {SITUATION_INPUT: "made_up"}):
            again = await press(teams, card, Verb.SITUATION, **inputs)
            assert "Situation kenne ich nicht" in texts_of(again)[0]
            assert inputs_of(again)["draft"] == draft_for(CLIENT_TEXT)
        assert store.corrections_between(NOW.date(), NOW.date()) == {}
