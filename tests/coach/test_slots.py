"""Slots: what a draft can pick up from the client's message (names, dates, money, the thing)."""

from __future__ import annotations

import pytest

from bot.coach import Formality, Language
from bot.coach.detect import detect


class TestClientName:
    def test_greeting_names_the_user_and_sign_off_names_the_client(self) -> None:
        """'Hallo Frau Berger' addresses the user; the client is who signs."""
        slots = detect(
            "Hallo Frau Berger,\nkönnen Sie mir die Datei schicken?\n\nViele Grüße\nThomas Brandt"
        ).slots
        assert slots.client_name == "Herr Brandt"
        assert slots.client_first_name_only is False

    def test_titled_sign_off_keeps_the_title(self) -> None:
        """A client who signs with 'Frau' or 'Dr.' is addressed that way."""
        slots = detect(
            "Bitte melden Sie sich bis Freitag.\n\nMit freundlichen Grüßen\nFrau Lehmann"
        ).slots
        assert slots.client_name == "Frau Lehmann"

    def test_first_name_on_the_closing_line(self) -> None:
        """'Thanks, Paul' gives the first name."""
        slots = detect("Can you send the deck by Monday EOD?\nThanks, Paul").slots
        assert slots.client_name == "Paul"
        assert slots.client_first_name_only is True

    def test_sign_off_on_the_same_line_as_the_last_sentence(self) -> None:
        """'… bis Freitag. LG Sabine' is cut off as the sign-off; the body keeps the ask."""
        d = detect("Bitte schick mir die Dateien bis Freitag. Danke. LG Sabine")
        assert d.slots.client_name == "Sabine"
        assert detect("Can you send it over by Monday? Cheers, Tom").slots.client_name == "Tom"

    def test_thanks_with_a_name_thanks_the_user(self) -> None:
        """'Super, danke Anna' thanks the user: Anna is not the client."""
        assert detect("Sieht gut aus. Super, danke Anna").slots.client_name is None

    def test_no_sign_off_no_name(self) -> None:
        """Without a sign-off, no name is guessed."""
        assert detect("Wo bleibt denn der Entwurf?").slots.client_name is None


class TestFacts:
    def test_dates_amounts_and_invoice_numbers_are_kept_as_written(self) -> None:
        """The draft can quote the client's own terms."""
        slots = detect(
            "Die Rechnung Nr. 2025-031 über 1.200 € zahlen wir erst bis Ende der Woche."
        ).slots
        assert "1.200 €" in slots.amounts
        assert "2025-031" in slots.invoice_numbers
        assert any("Ende der Woche" in d for d in slots.dates)

    def test_the_deliverable_is_the_whole_compound(self) -> None:
        """The client's article belongs to the compound: never "die Newsletter" for a template."""
        slots = detect("Könnten Sie die Flyer-Vorlage bis Donnerstag anpassen?").slots
        assert slots.deliverable == "die Flyer-Vorlage"
        assert detect("Can you resend the flyer files?").slots.deliverable == "the flyer files"
        # typed apart, the German compound has no noun the reply could repeat with its article
        assert detect("kannst du mir die flyer datei nochmal schicken?").slots.deliverable is None

    def test_a_figure_with_a_unit_is_no_amount(self) -> None:
        """"a $3m villa" is no amount to quote back as "$3"; "$5k" is one."""
        assert detect("Our client has a $3m villa and wants prints.").slots.amounts == ()
        assert detect("Our budget is $5k at most.").slots.amounts == ("$5k",)

    def test_english_deadline(self) -> None:
        """'by Monday EOD' is one date slot."""
        assert "by Monday EOD" in detect("I need the report by Monday EOD.").slots.dates

    def test_a_weekday_on_its_own_is_the_date_of_last_resort(self) -> None:
        """"Steht Freitag noch?" names Friday: the draft can say "am Freitag" / "on Friday"."""
        assert detect("Steht Freitag noch? Der Vorstand wartet.").slots.dates == ("am Freitag",)
        assert detect("Board meets next Thursday, we good?").slots.dates == ("next Thursday",)
        assert detect("Can you have it ready Monday?").slots.dates == ("on Monday",)
        # a date with its preposition wins; a past, habitual or possessive weekday is none
        assert detect("Montag ist Termin, aber bis Freitag brauche ich den Entwurf.").slots.dates \
            == ("bis Freitag",)
        assert detect("Letzten Freitag habe ich überwiesen.").slots.dates == ()
        assert detect("We post every Monday, can you take that over?").slots.dates == ()
        assert detect("Please send the checklist for Saturday's inspection.").slots.dates == ()
        # today's weekday is no date; the one in place of another is the new date
        assert detect("Das war für Dienstag zugesagt. Heute ist Donnerstag.").slots.dates == (
            "am Dienstag",
        )
        assert detect("Wir haben Freitag, wo bleibt das?").slots.dates == ()
        assert detect(
            "Meeting moved to Thursday, so I need the slides Tuesday instead of Friday."
        ).slots.dates == ("on Tuesday",)
        # the weekday after "instead of" / "statt" is the old date, never the one to answer
        assert detect("Need the report today instead of Friday.").slots.dates == ()
        assert detect("Brauche die Folien heute statt Freitag.").slots.dates == ()

    def test_a_month_or_hours_as_the_deadline(self) -> None:
        """"bis Ende März", "by June" and "in zwei Stunden" are dates the draft can answer; a
        month alone may be the date that was missed, so it is none."""
        assert detect("Bis Ende März muss der Shop stehen.").slots.dates == ("Bis Ende März",)
        assert detect("We can settle it by June.").slots.dates == ("by June",)
        assert detect("Die Druckerei braucht es in zwei Stunden.").slots.dates == (
            "in zwei Stunden",
        )
        assert detect("Can you send it within the hour?").slots.dates == ("within the hour",)
        # hours in a boast are no deadline
        assert detect("Das hätte unser Praktikant in einer Stunde geschafft.").slots.dates == ()
        assert detect("My nephew could have done this in two hours.").slots.dates == ()
        assert detect("Ende Mai sollte das fertig sein, jetzt ist Juli.").slots.dates == ()

    def test_a_closing_farewell_is_no_date(self) -> None:
        """"Passt, bis morgen!" says goodbye; a deadline before the farewell still counts."""
        assert detect("Passt, bis morgen!").slots.dates == ()
        assert detect("Great, see you Monday.").slots.dates == ()
        dates = detect("Wir brauchen die Folien bis morgen 9 Uhr. Bis dann!").slots.dates
        assert any("bis morgen" in d for d in dates)

    def test_deliverable_comes_from_the_request_not_the_thanks(self) -> None:
        """Thanks for earlier work first, then the ask: the ask's thing is named."""
        slots = detect(
            "Danke für das Logo, sieht super aus. Könnten Sie noch schnell den Flyer machen?"
        ).slots
        assert slots.deliverable == "den Flyer"

    def test_the_thing_already_held_is_no_deliverable(self) -> None:
        """"Since you've got the audio anyway, can you also …": the new ask is the thing, the
        work the user already holds is only the reason given for it."""
        assert detect(
            "Wo Sie eh schon an der Website sitzen, könnten Sie auch den Newsletter aufsetzen?"
        ).slots.deliverable == "den Newsletter"
        assert detect(
            "Since you've got the recording anyway, can you cut some reels too?"
        ).slots.deliverable is None
        assert detect(
            "While you're working on the shop, could you set up the newsletter as well?"
        ).slots.deliverable == "the newsletter"
        assert detect(
            "Nachdem du jetzt eh das Postfach machst, kannst du auch den Kalender übernehmen?"
        ).slots.deliverable == "den Kalender"

    def test_things_of_assistants_and_studios_are_named(self) -> None:
        """Calendars, ledgers, episodes and renderings are things a draft can name."""
        assert detect("Kannst du meinen Kalender aufräumen?").slots.deliverable \
            == "meinen Kalender"
        assert detect("The episode sounds muddy. Can you redo the audio?").slots.deliverable \
            == "the audio"
        assert detect("Those renders look flat, can you light them again?").slots \
            .deliverable == "Those renders"
        # the thing waved away is not the one to name
        assert detect("Not the colours, the mood feels cold.").slots.deliverable is None

    def test_register_and_language_travel_with_the_slots(self) -> None:
        """Detection reports the register the draft must use."""
        d = detect("Kannst du mir die Präsentation bis morgen früh schicken?")
        assert d.language is Language.DE
        assert d.formality is Formality.DU
        assert any("morgen früh" in x for x in d.slots.dates)


class TestHowTheClientIsAddressed:
    """Never a bare full name: "Herr Dr. Brandt", "Frau Weber", a first name for du, or none."""

    def test_doctor_with_a_known_first_name_gets_herr(self) -> None:
        slots = detect("Bitte senden Sie die Unterlagen.\n\nMit freundlichen Grüßen\n"
                       "Dr. Thomas Brandt").slots
        assert slots.client_name == "Herr Dr. Brandt"

    def test_a_full_name_in_a_sie_message_gets_frau_or_herr(self) -> None:
        text = "Können Sie das bitte ändern?\n\nViele Grüße\n{}"
        assert detect(text.format("Sabine Maier")).slots.client_name == "Frau Maier"
        assert detect(text.format("Thomas Krüger")).slots.client_name == "Herr Krüger"

    def test_an_unknown_first_name_gets_no_guessed_title(self) -> None:
        text = "Können Sie das bitte ändern?\n\nViele Grüße\nKim Berger"
        assert detect(text).slots.client_name is None

    def test_a_du_client_is_addressed_by_first_name(self) -> None:
        slots = detect("Kannst du das noch ändern?\n\nLG\nJan Hoffmann").slots
        assert (slots.client_name, slots.client_first_name_only) == ("Jan", True)

    def test_a_one_line_paste_yields_the_name(self) -> None:
        assert detect("Bitte schick mir die Datei. Danke, Kevin").slots.client_name == "Kevin"
        assert detect("Das passt so noch nicht, Gruß Jan").slots.client_name == "Jan"
        assert detect("Kannst du das bis morgen machen? LG Sabine").slots.client_name == "Sabine"
        slots = detect("Thanks for the draft, looks great, I'll review tomorrow and get back to "
                       "you. Tom").slots
        assert slots.client_name == "Tom"

    def test_a_word_at_the_end_is_not_taken_for_a_name(self) -> None:
        assert detect("Sieht gut aus. Super, danke Anna").slots.client_name is None
        assert detect("Can you send the file? Thanks.").slots.client_name is None
        assert detect("Please call me back. Tomorrow").slots.client_name is None


class TestOneLinePasteSignOffs:
    """A `/calm` paste keeps the sign-off on the same line as the text; the name still counts."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Bitte schicken Sie die Rechnung. Mit freundlichen Grüßen Thomas Krüger",
             "Herr Krüger"),
            ("Wir beenden die Zusammenarbeit. Mit freundlichen Grüßen Dr. Thomas Brandt",
             "Herr Dr. Brandt"),
            ("Bitte schicken Sie die Datei. Freundliche Grüße Anna Lehmann", "Frau Lehmann"),
            # „Gruß“ with a u, comma or not
            ("Können Sie die alte Fassung nehmen? Gruß, Markus Weber", "Herr Weber"),
            ("Können Sie die alte Fassung nehmen? Gruß Markus Weber", "Herr Weber"),
        ],
    )
    def test_formal_closing_with_full_name(self, text: str, name: str) -> None:
        assert detect(text).slots.client_name == name
