"""The "Suggest reply" message action: fetchTask opens the coaching dialog, submitAction
inserts the (edited) draft or re-coaches the dialog."""

from __future__ import annotations

from typing import Any

from bot.coach.model import Situation, Tone
from bot.store import Store, UserKey
from bot.teams.card_state import SITUATION_INPUT, Verb
from tests.teams.conftest import NOW
from tests.teams.fake_engine import BOUNDARY, FakeEngine, draft_for
from tests.teams.harness import (
    TENANT_ID,
    USER_AAD_ID,
    TeamsHarness,
    action_data,
    all_actions_of,
    choice_set_of,
    fetch_task,
    inputs_of,
    submit_action,
    texts_of,
)

CLIENT_HTML = (
    "<div><p>Hi Mara,</p><p>the invoice &amp; the logo&nbsp;files are <b>still</b> missing."
    "<br>I need them TODAY.</p><p><at>Mara Lenz</at> please confirm.</p></div>"
)
CLIENT_TEXT = (
    "Hi Mara,\nthe invoice & the logo files are still missing.\nI need them TODAY.\nplease confirm."
)


def dialog_card(body: dict[str, Any]) -> dict[str, Any]:
    task = body["task"]
    assert task["type"] == "continue"
    return task["value"]["card"]["content"]


class TestFetchTask:
    async def test_opens_dialog_with_coaching_and_editable_draft(
        self, teams: TeamsHarness, engine: FakeEngine
    ) -> None:
        """The message's HTML is reduced to text, coached, and shown with the draft editable."""
        response = await teams.post(fetch_task(teams.service_url, CLIENT_HTML))

        assert response.status_code == 200
        card = dialog_card(response.json())
        assert engine.texts == [CLIENT_TEXT]
        assert inputs_of(card)["draft"] == draft_for(CLIENT_TEXT)
        assert BOUNDARY in texts_of(card)
        submit_verbs = [a["data"]["verb"] for a in card["actions"]]
        assert submit_verbs[0] == Verb.INSERT
        assert all(a["type"] == "Action.Submit" for a in card["actions"])
        assert teams.connector.calls == []  # the dialog is the invoke response

    async def test_message_without_words_gets_a_message(self, teams: TeamsHarness) -> None:
        """An emoji-only message gets a friendly message instead of a dialog."""
        response = await teams.post(fetch_task(teams.service_url, "<p>👍 🎉</p>"))

        task = response.json()["task"]
        assert task["type"] == "message"
        assert "Emoji" in task["value"]

    async def test_file_only_message_gets_a_message(self, teams: TeamsHarness) -> None:
        """A message that is only a file says calm reads text."""
        attachment = {
            "contentType": "reference",
            "contentUrl": "http://127.0.0.1:9/f",
            "name": "a.pdf",
        }
        response = await teams.post(fetch_task(teams.service_url, "", attachments=[attachment]))

        assert "Dateien" in response.json()["task"]["value"]

    async def test_unknown_command_id_is_answered(self, teams: TeamsHarness) -> None:
        """A command id calm does not know gets a message, not an error."""
        response = await teams.post(
            fetch_task(teams.service_url, CLIENT_HTML, command_id="somethingElse")
        )

        assert response.status_code == 200
        assert response.json()["task"]["type"] == "message"


class TestSubmitAction:
    async def test_insert_puts_edited_draft_into_compose_box(self, teams: TeamsHarness) -> None:
        """Insert returns a compose-extension result with a card holding the edited draft."""
        edited = "Hallo Herr Berg, danke für Ihre Nachricht. Ich melde mich bis Freitag."
        response = await teams.post(
            submit_action(teams.service_url, {"calm": 1, "verb": Verb.INSERT, "draft": edited})
        )

        result = response.json()["composeExtension"]
        assert result["type"] == "result"
        assert result["attachmentLayout"] == "list"
        [attachment] = result["attachments"]
        assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
        assert texts_of(attachment["content"]) == [edited]

    async def test_adjust_button_recoaches_the_dialog(self, teams: TeamsHarness) -> None:
        """The Firmer button in the dialog answers with the dialog for the firmer draft."""
        opened = dialog_card((await teams.post(fetch_task(teams.service_url, CLIENT_HTML))).json())
        data = action_data(opened, Verb.FIRMER)
        response = await teams.post(submit_action(teams.service_url, data))

        card = dialog_card(response.json())
        assert inputs_of(card)["draft"] == draft_for(CLIENT_TEXT, tone=Tone.FIRM)

    async def test_situation_choice_recoaches_the_dialog(
        self, teams: TeamsHarness, store: Store
    ) -> None:
        """The dialog's "Not quite right? → …" choice set and its Submit button answer with
        the dialog for the chosen situation, and count the correction."""
        opened = dialog_card((await teams.post(fetch_task(teams.service_url, CLIENT_HTML))).json())
        assert choice_set_of(opened, SITUATION_INPUT)["choices"][0]["value"] == "price_pushback"
        assert all(a["type"] == "Action.Submit" for a in all_actions_of(opened))
        data = action_data(opened, Verb.SITUATION, **{SITUATION_INPUT: "payment_issue"})
        response = await teams.post(submit_action(teams.service_url, data))

        card = dialog_card(response.json())
        assert inputs_of(card)["draft"] == draft_for(
            CLIENT_TEXT, situation=Situation.PAYMENT_ISSUE
        )
        key = UserKey("teams", TENANT_ID, USER_AAD_ID)
        assert store.corrections_between(NOW.date(), NOW.date(), key=key) == {
            ("scope_creep", "payment_issue"): 1
        }

    async def test_no_situation_chosen_keeps_the_dialog(
        self, teams: TeamsHarness, store: Store
    ) -> None:
        """Pressing the situation button without a choice keeps the dialog's coaching, says
        what to do, and counts nothing."""
        opened = dialog_card((await teams.post(fetch_task(teams.service_url, CLIENT_HTML))).json())
        data = action_data(opened, Verb.SITUATION)
        response = await teams.post(submit_action(teams.service_url, data))

        card = dialog_card(response.json())
        assert "Situation kenne ich nicht" in texts_of(card)[0]
        assert inputs_of(card)["draft"] == draft_for(CLIENT_TEXT)
        assert store.corrections_between(NOW.date(), NOW.date()) == {}

    async def test_empty_draft_is_not_inserted(self, teams: TeamsHarness) -> None:
        """Inserting an emptied draft gets a message instead of an empty card."""
        response = await teams.post(
            submit_action(teams.service_url, {"calm": 1, "verb": Verb.INSERT, "draft": "  "})
        )

        assert response.json()["task"]["type"] == "message"

    async def test_foreign_data_is_answered_politely(self, teams: TeamsHarness) -> None:
        """Data calm did not make gets a "send it again" message."""
        response = await teams.post(submit_action(teams.service_url, {"foo": "bar"}))

        assert response.status_code == 200
        assert response.json()["task"]["type"] == "message"
