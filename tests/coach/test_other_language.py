"""The 'other language' reply: no words of the client's language leak into the draft."""

from __future__ import annotations

from bot.coach import Language, coach


class TestOtherLanguageReply:
    def test_english_reply_to_german_client_quotes_no_german_words(self) -> None:
        """The client's deliverable and date stay out of a reply in the other language."""
        text = "Kannst du mir bitte die Präsentation bis heute Abend schicken?"
        draft = coach(text, language=Language.EN).draft
        for german in ("Präsentation", "heute Abend", "bis ", " die "):
            assert german not in draft

    def test_german_reply_to_english_client_quotes_no_english_words(self) -> None:
        """And the same the other way round."""
        draft = coach("Can you send me the deck by tonight?", language=Language.DE).draft
        for english in ("deck", "tonight", " the "):
            assert english not in draft

    def test_numbers_survive_the_switch(self) -> None:
        """Amounts are language-neutral and are still picked up."""
        text = "Wir zahlen die 480 € erst, wenn der Kunde bezahlt hat."
        draft = coach(text, language=Language.EN).draft
        assert "480" in draft


class TestNoMirroredShouting:
    def test_a_shouted_deliverable_is_quoted_in_normal_case(self) -> None:
        """'DIE BUCHHALTUNG' from a shouting client is not echoed in capitals."""
        draft = coach("WO BLEIBT DIE BUCHHALTUNG?? ICH WARTE SEIT TAGEN!").draft
        assert "BUCHHALTUNG" not in draft
