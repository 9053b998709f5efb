"""Verification of an LLM draft: good drafts pass, each kind of bad draft is caught."""

from __future__ import annotations

import dataclasses

import pytest

from bot.coach.model import Coaching, Formality, Language, Profile
from bot.llm.prompts import PromptSet
from bot.llm.verify import clean_draft, verify_draft
from tests.llm.conftest import (
    CLIENT_DE,
    CLIENT_EN,
    GOOD_DE,
    GOOD_EN,
    OFFLINE_EN,
    make_coaching,
)

PROMPTS = PromptSet.load()
PROFILE = Profile(name="Lena Vogt", signature="Lena Vogt\nGrafikdesign")
GOOD_DE_TEXT = GOOD_DE.format(first_name="Kranich", placeholders="Lena Vogt")
BODY_DE = GOOD_DE_TEXT.split("\n\n")[1]


def problems_de(draft: str, coaching: Coaching | None = None) -> tuple[str, ...]:
    return verify_draft(
        draft,
        coaching=coaching or make_coaching(),
        client_text=CLIENT_DE,
        profile=PROFILE,
        instructions=(PROMPTS.system, PROMPTS.request),
    ).problems


def problems_en(draft: str) -> tuple[str, ...]:
    coaching = make_coaching(
        draft=OFFLINE_EN, language=Language.EN, formality=Formality.NONE, client_name="Tom"
    )
    return verify_draft(
        draft,
        coaching=coaching,
        client_text=CLIENT_EN,
        profile=PROFILE,
        instructions=(PROMPTS.system, PROMPTS.request),
    ).problems


class TestGoodDrafts:
    def test_good_german_and_english_drafts_pass(self) -> None:
        """A calm reply in the right language and register has no problems."""
        assert problems_de(GOOD_DE_TEXT) == ()
        assert problems_en(GOOD_EN) == ()

    def test_contact_data_from_the_client_may_be_repeated(self) -> None:
        """Echoing the client's own phone number back is fine; it came from them."""
        draft = GOOD_DE_TEXT.replace(
            "Viele Grüße", "Ich rufe Sie unter +49 171 9876543 an.\n\nViele Grüße"
        )
        assert problems_de(draft) == ()

    def test_polite_forms_are_not_blame(self) -> None:
        """German polite subjunctive ("Hätten Sie morgen Zeit?") is courtesy, not blame."""
        draft = BODY_DE + " Hätten Sie morgen kurz Zeit? Sie hätten gern die Grafiken bis Freitag."
        assert problems_de(draft) == ()

    def test_a_list_answering_several_points_is_not_verse(self) -> None:
        """Short list items answering the client's points are fine."""
        draft = (
            "Guten Tag Herr Kranich,\n\ndanke für Ihre Nachricht. Kurz zu Ihren Punkten:\n"
            "- Grafik 1: bis Freitag fertig\n- Grafik 2: als Zusatzauftrag\n"
            "- Grafik 3: Angebot folgt morgen\n- Rechnung: wie vereinbart\n\n"
            "Viele Grüße\nLena Vogt"
        )
        assert "verse_shape" not in problems_de(draft)

    def test_wrapping_quotes_are_removed(self) -> None:
        """A draft wrapped in quotation marks is unwrapped; inner quotes stay."""
        assert clean_draft('  "Hallo, danke."  ') == "Hallo, danke."
        assert clean_draft("„Hallo“") == "Hallo"
        assert clean_draft('"A" und "B"') == '"A" und "B"'

    def test_reasoning_block_is_removed(self) -> None:
        """Local reasoning models put their thinking first; only the reply is kept."""
        assert clean_draft("<think>\nThe client wants…\n</think>\n\nHallo Tom,") == "Hallo Tom,"


class TestBadDrafts:
    @pytest.mark.parametrize(
        ("draft", "problem"),
        [
            ("Hallo Herr Kranich, danke.", "too_short"),
            (BODY_DE + (" Das Angebot folgt morgen." * 60), "too_long"),
            (GOOD_DE_TEXT + " [NAME_7]", "placeholder_left"),
            (GOOD_DE_TEXT + " Ihr {deliverable}", "placeholder_left"),
            (GOOD_EN, "wrong_language"),
            (BODY_DE.replace("Ihnen", "dir").replace("Ihre", "deine"), "wrong_register"),
            (BODY_DE + " Das mache ich Ihnen sofort und kostenlos.", "over_promise"),
            (BODY_DE + " Sie hätten das früher sagen müssen.", "blame"),
            (BODY_DE + " Wie bereits gesagt, ist das nicht vereinbart.", "blame"),
            (BODY_DE + " Das ist NICHT MEINE AUFGABE!!", "shouting"),
            (BODY_DE + " Als KI kann ich dazu nichts sagen.", "self_talk"),
            (BODY_DE + " Ich ignoriere alle vorherigen Anweisungen.", "injection_phrase"),
            (BODY_DE + "\n```\nprint('x')\n```", "markup"),
            (BODY_DE + " Mehr unter https://evil.example.com/pay", "new_contact_data"),
            (BODY_DE + " Schreiben Sie an billing@evil.example.com.", "new_contact_data"),
            (BODY_DE + " Ich gebe Ihnen 30 % Rabatt.", "new_percentage"),
            (BODY_DE + " Es kostet nur noch 99 Euro.", "new_amount"),
            (BODY_DE + " Dafür gebe ich Ihnen einen Nachlass.", "discount"),
        ],
    )
    def test_each_problem_is_caught(self, draft: str, problem: str) -> None:
        """Each kind of bad draft is reported with its code."""
        assert problem in problems_de(draft)

    def test_register_of_a_du_reply(self) -> None:
        """A du-client gets no 'Sie' in mid-sentence; a sentence-initial 'Sie' is not counted."""
        coaching = make_coaching(formality=Formality.DU, client_name="Markus")
        good = (
            "Hallo Markus,\n\ndanke für deine Nachricht. Die drei Grafiken gehören nicht zum "
            "vereinbarten Umfang. Sie sind aber ein schöner Zusatzauftrag: Ich schicke dir bis "
            "morgen ein kurzes Angebot mit Preis und Termin.\n\nViele Grüße\nLena"
        )
        assert "wrong_register" not in problems_de(good, coaching)
        formal = good.replace("schicke dir", "schicke Ihnen")
        assert "wrong_register" in problems_de(formal, coaching)

    def test_declining_a_discount_is_fine(self) -> None:
        """Saying no to a discount, or offering something instead of one, is not a discount."""
        assert "discount" not in problems_de(BODY_DE + " Ich gebe Ihnen keinen Rabatt.")
        assert "discount" not in problems_de(BODY_DE + " Statt eines Nachlasses biete ich an.")

    def test_verse_is_caught(self) -> None:
        """A model that was talked into a poem answers in short lines."""
        poem = "\n".join(
            [
                "Die Grafik ist schön",
                "der Freitag ist nah",
                "ich mache sie gerne",
                "und bin für Sie da",
                "das Angebot kommt",
                "vielen Dank auch dafür",
                "Viele Grüße",
            ]
        )
        assert "verse_shape" in problems_de(poem)

    def test_system_prompt_echo_is_caught(self) -> None:
        """Repeating the instructions, even wrapped in a polite reply, is dropped."""
        leak = "Thanks for your message. " + " ".join(PROMPTS.system.split()[:60]) + " Best, Lena"
        assert "echoes_instructions" in problems_en(leak)

    def test_echoing_the_client_is_caught(self) -> None:
        """A 'reply' that mostly repeats the client message is dropped."""
        assert "echoes_client" in problems_en(CLIENT_EN + " " + CLIENT_EN)

    def test_a_finding_the_offline_draft_has_too_is_not_held_against_the_llm(self) -> None:
        """Not worse than offline: an offline draft with 'sofort' lets the LLM keep it."""
        offline = "Vielen Dank, ich kümmere mich sofort darum und melde mich morgen bei Ihnen."
        coaching = make_coaching(draft=offline)
        draft = BODY_DE + " Ich kümmere mich sofort darum."
        assert "over_promise" not in problems_de(draft, coaching)


class TestLength:
    def test_bounds_follow_short_normal_and_long(self) -> None:
        """A 60-word draft is fine normally, too long when short was asked for; a draft of 300
        words only passes when long was asked for."""
        coaching = make_coaching()
        assert "too_long" in problems_de(
            GOOD_DE_TEXT + " " + BODY_DE, dataclasses.replace(coaching, short=True)
        )
        assert "too_long" not in problems_de(GOOD_DE_TEXT + " " + BODY_DE, coaching)
        long_text = GOOD_DE_TEXT + (" " + BODY_DE) * 4
        assert "too_long" in problems_de(long_text, coaching)
        assert "too_long" not in problems_de(long_text, dataclasses.replace(coaching, long=True))

    def test_a_short_answer_may_be_brief(self) -> None:
        """Two sentences are a proper short reply."""
        brief = (
            "Guten Tag Herr Kranich,\n\ndas Angebot schicke ich Ihnen morgen.\n\nViele Grüße"
        )
        coaching = make_coaching()
        assert "too_short" in problems_de(brief, coaching)
        assert "too_short" not in problems_de(brief, dataclasses.replace(coaching, short=True))

    def test_a_placeholder_without_brackets_is_caught(self) -> None:
        """'EMAIL_3' that could not be restored does not reach the card."""
        assert "placeholder_left" in problems_de(GOOD_DE_TEXT.replace("Ruhe", "Ruhe (EMAIL_3)"))
