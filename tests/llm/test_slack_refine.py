"""End to end through Slack: a signed `/calm` shows the offline card at once, marked
"refining", and the refined card (or the offline one with a note) follows on the response_url."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.coach.model import Language, Situation
from bot.slack.labels import situation_name, t
from tests.llm.slack_harness import card_text, slack_harness
from tests.support.fake_llm import FakeLLM, offline_hint, polite_model

CLIENT = (
    "Hallo Frau Vogt, können Sie bis Freitag noch drei zusätzliche Grafiken für die Messe "
    "machen? Das war nicht abgesprochen, eilt aber. Antworten Sie gern an "
    "m.kranich@kranich-moebel.de oder rufen Sie an: 0171 9876543.\nViele Grüße\nMarkus Kranich"
)
REFINED_MARK = "Zusatzauftrag mit eigenem Termin"


def draft_in_register(body: dict[str, Any]) -> str:
    """A well-behaved model's draft: German, in the register the request asks for."""
    user = body["messages"][1]["content"]
    if "'du'" in user:
        return (
            "Hallo,\n\nvielen Dank für deine Nachricht, ich verstehe, dass es eilt. Die "
            "zusätzlichen Grafiken plane ich gern als Zusatzauftrag mit eigenem Termin ein. Bis "
            "morgen schicke ich dir ein kurzes Angebot mit Aufwand und Preis, dann kannst du in "
            "Ruhe entscheiden.\n\nViele Grüße"
        )
    return (
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht, ich verstehe, dass es eilt. Die "
        "zusätzlichen Grafiken plane ich gern als Zusatzauftrag mit eigenem Termin ein. Bis "
        "morgen schicke ich Ihnen ein kurzes Angebot mit Aufwand und Preis, dann können Sie in "
        "Ruhe entscheiden.\n\nViele Grüße"
    )


answer_in_register = polite_model(draft=draft_in_register)


class TestSlackRefine:
    async def test_offline_card_first_then_refined_card(
        self, tmp_path: Path, fake_llm: FakeLLM
    ) -> None:
        """The ack carries the offline card marked as refining; the refined card follows."""
        fake_llm.answer(answer_in_register)
        async with slack_harness(tmp_path, llm=fake_llm) as h:
            ack = await h.command(CLIENT)
            assert t("refining", Language.DE) in card_text(ack["blocks"])
            assert ack["response_type"] == "ephemeral"
            await h.deps.tasks.drain()
            [posted] = h.slack.webhook_calls("1")
        shown = card_text(posted.body["blocks"])
        assert REFINED_MARK in shown
        assert t("refined_follow", Language.DE) in shown
        assert posted.body.get("response_type") == "ephemeral"
        sent = fake_llm.bodies_text()
        for secret in ("m.kranich@kranich-moebel.de", "9876543", "Kranich", "Markus", "Vogt"):
            assert secret not in sent

    async def test_failing_llm_leaves_the_offline_card_with_a_note(
        self, tmp_path: Path, fake_llm: FakeLLM
    ) -> None:
        """A 500 from the model: the follow-up is the offline card with the refiner's note."""
        fake_llm.behave("error")
        async with slack_harness(tmp_path, llm=fake_llm) as h:
            ack = await h.command(CLIENT)
            await h.deps.tasks.drain()
            [posted] = h.slack.webhook_calls("1")
        shown = card_text(posted.body["blocks"])
        assert "Offline-Entwurf" in shown
        assert REFINED_MARK not in shown
        # the follow-up shows the same offline draft as the ack
        offline_draft = [b for b in ack["blocks"] if b["type"] == "rich_text"]
        assert offline_draft and all(block in posted.body["blocks"] for block in offline_draft)

    async def test_workspace_switch_turns_the_stage_off(
        self, tmp_path: Path, fake_llm: FakeLLM
    ) -> None:
        """With the LLM switched off for the workspace nothing is sent and no mark is shown."""
        fake_llm.answer(answer_in_register)
        async with slack_harness(tmp_path, llm=fake_llm) as h:
            h.deps.store.set_llm_enabled("slack", "T0CALM", False)
            ack = await h.command(CLIENT)
            await h.deps.tasks.drain()
            assert h.slack.webhook_calls("1") == []
        assert t("refining", Language.DE) not in card_text(ack["blocks"])
        assert fake_llm.requests == []

    async def test_the_card_shows_the_models_situation_and_draft(
        self, tmp_path: Path, fake_llm: FakeLLM
    ) -> None:
        """The model reads another situation than the offline engine: the refined card names
        the model's situation, shows its draft, and still offers the offline reading."""
        hints: list[str | None] = []

        def model_situation(hint: str | None) -> str:
            hints.append(hint)
            return "payment_issue" if hint != "payment_issue" else "delay_complaint"

        fake_llm.answer(polite_model(model_situation, draft=draft_in_register))
        async with slack_harness(tmp_path, llm=fake_llm) as h:
            ack = await h.command(CLIENT)
            await h.deps.tasks.drain()
            [posted] = h.slack.webhook_calls("1")
        [hint] = hints
        assert hint is not None and hint == offline_hint(fake_llm.requests[0].body)
        offline_name = situation_name(Situation(hint), Language.DE)
        model_name = situation_name(Situation(model_situation(hint)), Language.DE)
        assert offline_name in card_text(ack["blocks"])
        shown = card_text(posted.body["blocks"])
        assert model_name in shown
        assert REFINED_MARK in shown

    async def test_an_invalid_answer_keeps_the_offline_card_with_a_note(
        self, tmp_path: Path, fake_llm: FakeLLM
    ) -> None:
        """A situation id outside calm's twelve: the offline card again, with a note."""
        fake_llm.answer('{"situation": "emergency", "draft": "Guten Tag, gern."}')
        async with slack_harness(tmp_path, llm=fake_llm) as h:
            ack = await h.command(CLIENT)
            await h.deps.tasks.drain()
            [posted] = h.slack.webhook_calls("1")
        shown = card_text(posted.body["blocks"])
        assert "Situation genannt, die calm nicht kennt" in shown
        offline_draft = [b for b in ack["blocks"] if b["type"] == "rich_text"]
        assert offline_draft and all(block in posted.body["blocks"] for block in offline_draft)

    async def test_a_one_line_paste_sends_no_names(
        self, tmp_path: Path, fake_llm: FakeLLM
    ) -> None:
        """The usual `/calm` paste: one line, names in the body and in the sign-off."""
        fake_llm.answer(answer_in_register)
        paste = (
            "Hallo Frau Vogt, wie mit Herrn Schneider besprochen fehlen noch zwei Grafiken, "
            "Frau Yilmaz wartet schon. Erreichbar unter 0171 2345678 oder "
            "t.krueger@moebel-krueger.de. Mit freundlichen Grüßen Thomas Krüger"
        )
        async with slack_harness(tmp_path, llm=fake_llm) as h:
            await h.command(paste)
            await h.deps.tasks.drain()
            [posted] = h.slack.webhook_calls("1")
        assert REFINED_MARK in card_text(posted.body["blocks"])
        sent = fake_llm.bodies_text()
        secrets = ("Vogt", "Schneider", "Yilmaz", "2345678", "moebel-krueger", "Thomas", "Krüger")
        for secret in secrets:
            assert secret not in sent, secret
