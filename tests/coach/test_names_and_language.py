"""The frame around a draft: whom it greets, how it signs off, which language it is in, and how
a date taken from the client's message reads inside a sentence.

All messages here are written for these tests, in German Sie, German du and English.
"""

from __future__ import annotations

import pytest

from bot.coach import Formality, Language, Profile, Situation, Tone, coach


def _greeting(text: str, **kwargs) -> str:
    return coach(text, **kwargs).draft.split("\n")[0]


def _signoff(text: str, **kwargs) -> str:
    return coach(text, **kwargs).draft.split("\n")[-1]


class TestASurnameIsNoFirstName:
    """A name signed on its own is greeted only when it is a first name: never "Hallo Krause,"."""

    @pytest.mark.parametrize(
        ("text", "surname"),
        [
            ("Bitte passen Sie die Farben im Kopfbereich noch an. Gruß Krause", "Krause"),
            ("Können Sie mir das Angebot bis Freitag schicken? MfG, Zimmermann", "Zimmermann"),
            ("Kannst du die Farben im Kopfbereich noch anpassen? LG Schmitt", "Schmitt"),
            ("Could you tweak the colours in the header? Regards, Morrison", "Morrison"),
        ],
    )
    def test_a_bare_surname_is_not_greeted(self, text: str, surname: str) -> None:
        c = coach(text)
        assert c.detection.slots.client_name is None
        assert surname not in c.draft
        assert _greeting(text) in ("Guten Tag,", "Hallo,", "Hi,", "Hello,")

    def test_a_known_first_name_on_its_own_is_greeted(self) -> None:
        assert _greeting("Können Sie das Logo etwas größer machen? Gruß Henning") == (
            "Hallo Henning,"
        )
        assert _greeting("Could you make the logo a bit bigger? Cheers, Graham") in (
            "Hi Graham,", "Hello Graham,"
        )

    def test_a_du_client_signs_with_a_first_name_even_an_unlisted_one(self) -> None:
        assert coach("Kannst du mir die Datei nochmal schicken? Gruß, Flocke").detection.slots \
            .client_name == "Flocke"

    def test_an_english_client_signs_with_a_first_name_even_an_unlisted_one(self) -> None:
        """English sign-offs are first names; only a common surname alone is left out."""
        c = coach("Could you send the file again? Cheers, Tavi")
        assert c.detection.slots.client_name == "Tavi"
        assert c.draft.split("\n")[0] in ("Hi Tavi,", "Hello Tavi,")

    def test_a_title_gives_the_formal_form(self) -> None:
        text = "Bitte senden Sie mir die Unterlagen bis Montag. Viele Grüße, Frau Dr. Krause"
        assert coach(text).detection.slots.client_name == "Frau Dr. Krause"
        text = "Could you resend the slides by Monday?\n\nKind regards,\nMs Khan"
        c = coach(text)
        assert c.detection.slots.client_name == "Ms Khan"
        assert c.draft.split("\n")[0] in ("Hello Ms Khan,", "Dear Ms Khan,")


class TestADepartmentIsNoName:
    """A department or role under the closing is not greeted as if it were a first name."""

    @pytest.mark.parametrize(
        "text",
        [
            "Bitte prüfen Sie die offene Position.\n\nFreundliche Grüße\nBuchhaltung",
            "Kannst du die Rechnung noch einmal schicken?\n\nLG\nEinkauf",
            "Please confirm the new payment terms.\n\nRegards,\nAccounts",
        ],
    )
    def test_the_greeting_has_no_name(self, text: str) -> None:
        c = coach(text)
        assert c.detection.slots.client_name is None
        assert _greeting(text) in ("Guten Tag,", "Hallo,", "Hi,", "Hello,")


class TestNamesAtTheEndOfAOneLinePaste:
    """The general rule: a closing (with or without a thanks before it), after a punctuation
    mark or a symbol, then a name – a first name, an initial and a surname, or a title."""

    def test_an_emoji_before_the_closing(self) -> None:
        text = "hab die datei hochgeladen, schau mal bitte rein 🙏 LG Nele"
        assert _greeting(text) in ("Hallo Nele,", "Hi Nele,")
        assert _greeting("Uploaded the files, have a look when you can 👍 Cheers, Fiona") in (
            "Hi Fiona,", "Hello Fiona,"
        )

    def test_a_thanks_with_a_pronoun_or_many(self) -> None:
        assert coach("schaffst du das bis morgen? danke dir, Jule").detection.slots.client_name \
            == "Jule"
        text = "Können Sie die Texte bis Freitag prüfen? Vielen Dank, Markus Winter"
        assert coach(text).detection.slots.client_name == "Herr Winter"
        assert _greeting("Could you resend the deck today? Many thanks, Fiona") in (
            "Hi Fiona,", "Hello Fiona,"
        )

    def test_thanks_and_a_closing(self) -> None:
        text = "Können Sie uns die Rechnung nochmal senden? Danke und LG, Sonja Roth"
        assert _greeting(text) in ("Guten Tag Frau Roth,", "Hallo Frau Roth,")

    def test_an_initial_and_a_surname_is_formal_and_without_gender_no_name(self) -> None:
        text = "Können Sie mir die Präsentation nochmal senden? Danke, K. Krause"
        c = coach(text)
        assert c.detection.slots.client_name is None
        assert "Krause" not in c.draft and "K." not in c.draft
        assert coach("Could you resend the deck? Thanks, J. Morrison").detection.slots \
            .client_name is None
        text = "Könnten Sie die Datei anpassen? Gruß, Frau K. Krause"
        assert coach(text).detection.slots.client_name == "Frau Krause"

    def test_a_company_after_the_name(self) -> None:
        text = "Was würde eine Broschüre bei Ihnen kosten? Viele Grüße, Sonja Roth, Roth Druck"
        assert coach(text).detection.slots.client_name == "Frau Roth"

    def test_thanks_to_the_user_is_still_no_sign_off(self) -> None:
        assert coach("Passt so. Super, danke Nele").detection.slots.client_name is None


class TestVeryShortMessages:
    """Short chat replies have no function words; their chat words tell the language, weakly."""

    @pytest.mark.parametrize(
        "text",
        [
            "sounds good, go ahead 👍", "perfect thx", "great, ty!", "Thoughts?", "eta?",
            "Version 4 attached. Mostly small stuff, maybe a dozen notes.",
        ],
    )
    def test_short_english_replies_are_english(self, text: str) -> None:
        c = coach(text, profile=Profile(language=Language.DE))
        assert c.detection.language is Language.EN
        assert c.draft.split("\n")[0] in ("Hi,", "Hello,")

    @pytest.mark.parametrize(
        "text", ["passt, mach mal 👍", "jo, alles klar", "super, lg", "fr 10 uhr geht 👍"]
    )
    def test_short_german_replies_are_german(self, text: str) -> None:
        c = coach(text, profile=Profile(language=Language.EN))
        assert c.detection.language is Language.DE

    def test_real_words_outweigh_chat_words(self) -> None:
        text = "Das Logo ist great, aber die Farben passen noch nicht."
        assert coach(text, profile=Profile(language=Language.EN)).detection.language \
            is Language.DE
        text = "The layout passt now, but could you send the files again?"
        assert coach(text, profile=Profile(language=Language.DE)).detection.language \
            is Language.EN


class TestADateInsideASentence:
    """A date slot that starts with an adverb or a preposition is lower case mid-sentence."""

    def test_german_sie(self) -> None:
        c = coach("Sorry für die Verspätung. Spätestens Freitag ist der Betrag überwiesen.")
        assert c.detection.slots.dates == ("Spätestens Freitag",)
        assert "Spätestens" not in c.draft and "spätestens Freitag" in c.draft
        for tone in Tone:
            draft = coach("Spätestens Freitag zahlen wir, versprochen.", tone=tone).draft
            assert "Spätestens" not in draft, tone

    def test_german_du_keeps_the_noun(self) -> None:
        c = coach("Kannst du das schaffen? Bis Ende der Woche brauche ich es.")
        assert "Bis Ende der Woche" not in c.draft
        assert "bis Ende der Woche" in c.draft  # "Ende" keeps its capital

    def test_english(self) -> None:
        c = coach("By Friday please, our client is waiting for the banner.")
        assert "By Friday" not in c.draft.split("\n", 1)[1]
        assert "by Friday" in c.draft


class TestFormalLetters:
    """„Sehr geehrte …“ / „Mit freundlichen Grüßen“ / "MfG" is answered in kind."""

    def test_no_hallo_under_a_formal_letter_without_a_usable_name(self) -> None:
        text = ("Sehr geehrte Damen und Herren,\n\nbitte senden Sie uns die Unterlagen bis "
                "Monatsende.\n\nMit freundlichen Grüßen\nK. Krause")
        assert _greeting(text) == "Guten Tag,"
        assert _signoff(text) == "Freundliche Grüße"

    def test_a_formal_closing_gets_a_formal_sign_off_in_every_tone(self) -> None:
        text = "Bitte schicken Sie mir das Angebot bis Freitag. MfG, Zimmermann"
        for tone in Tone:
            assert _signoff(text, tone=tone) == "Freundliche Grüße"
            assert _greeting(text, tone=tone) == "Guten Tag,"

    def test_english_formal_letter(self) -> None:
        text = ("Dear Sir or Madam,\n\nplease send us the documents by Friday.\n\n"
                "Yours sincerely,\nJ. Morrison")
        assert _signoff(text) in ("Kind regards", "Regards")
        assert _greeting(text) == "Hello,"

    @pytest.mark.parametrize(
        ("signed", "greeting"),
        [
            ("Kind regards\nDaniel Fischer", "Dear Mr Fischer,"),
            ("Best regards\nLaura Meyer, Accounts", "Dear Ms Meyer,"),
            ("Yours sincerely\nRobin Kessler", "Dear Robin Kessler,"),
        ],
    )
    def test_an_english_letter_is_answered_with_the_surname(self, signed: str, greeting: str):
        text = f"Dear Ms Adler,\n\ncould you confirm the start date for the audit?\n\n{signed}"
        assert _greeting(text) == greeting

    def test_an_english_chat_signed_with_a_full_name_keeps_the_first_name(self) -> None:
        assert _greeting("can you confirm the start date? thanks, Daniel Fischer") in (
            "Hi Daniel,", "Hello Daniel,")

    def test_regards_without_a_name_is_no_hi(self) -> None:
        text = "Please add our VAT number to the invoice.\n\nRegards,\nB. Hartley"
        assert _greeting(text) == "Hello,"

    def test_thx_makes_an_unpronounced_german_message_du(self) -> None:
        text = "die rechnung ist untergegangen, zahl ich morgen, ok? thx, Jonas"
        c = coach(text)
        assert c.detection.formality is Formality.DU
        assert c.draft.startswith(("Hallo Jonas,", "Hi Jonas,"))


class TestFactsAsTheClientMeantThem:
    """Dates and amounts picked up from the message are the ones the reply should answer."""

    def test_the_deadline_wins_over_an_earlier_date(self) -> None:
        c = coach("The inspectors arrive on Thursday. Can you have the stock list ready by "
                  "Tuesday noon?", situation=Situation.URGENT_PRESSURE)
        assert "by Tuesday noon" in c.draft
        assert "Thursday" not in c.draft

    def test_german_thousands_read_as_thousands_in_an_english_reply(self) -> None:
        c = coach("Thanks for the quote. Our committee set 3.500 EUR as the limit for the "
                  "whole brochure, is that workable?", situation=Situation.PRICE_PUSHBACK)
        assert "3,500 EUR" in c.draft
        assert "3.500" not in c.draft


class TestDuImperatives:
    """A du imperative without a pronoun ("Sag Bescheid") makes a message du; Sie forms do not."""

    @pytest.mark.parametrize(
        "text",
        ["Die Fotos sind hochgeladen. Sag Bescheid, wenn eins fehlt.",
         "Gib kurz Bescheid, sobald die Druckdaten fertig sind."],
    )
    def test_du_imperative(self, text: str) -> None:
        assert coach(text).detection.formality is Formality.DU

    def test_sie_imperative(self) -> None:
        text = "Die Fotos sind hochgeladen. Sagen Sie Bescheid, wenn eins fehlt."
        assert coach(text).detection.formality is Formality.SIE
