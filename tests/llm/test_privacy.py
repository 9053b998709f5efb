"""Placeholder redaction (bot.coach.privacy): what is replaced, what stays, and the way back."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach.privacy import (
    Redactor,
    find_greeting_names,
    find_names,
    leftover_placeholders,
    redact,
    restore,
)
from tests.llm.conftest import CLIENT_DE, PII_DE


class TestRedact:
    def test_contact_data_and_names_leave_no_trace(self) -> None:
        """Phone, e-mail, IBAN, URL and the names in greeting and sign-off are all replaced."""
        result = redact(CLIENT_DE, names=["Lena Vogt"])
        for secret in PII_DE:
            assert secret not in result.text, secret
        for kind in ("EMAIL", "PHONE", "IBAN", "URL", "NAME"):
            assert f"[{kind}_1]" in result.text

    def test_ordinary_facts_stay_readable(self) -> None:
        """Dates, amounts, times, invoice numbers and titles are not personal data."""
        text = (
            "Hallo Herr Brandt, die Rechnung RE-2024-017 über 1.200 Euro war am 03.03.2025 "
            "fällig, spätestens 14-03-2025. Termin um 09:30, Budget $480."
        )
        result = redact(text)
        for kept in ("RE-2024-017", "1.200 Euro", "03.03.2025", "14-03-2025", "09:30", "$480"):
            assert kept in result.text
        assert "Herr [NAME_1]" in result.text

    def test_same_value_same_placeholder(self) -> None:
        """A name or address that occurs twice gets one placeholder, numbered in order."""
        result = redact("Hi Anna, mail anna@example.org or anna@example.org. Thanks, Anna")
        assert result.text.count("[EMAIL_1]") == 2
        assert "[EMAIL_2]" not in result.text
        assert result.text.count("[NAME_1]") == 2

    def test_explicit_names_are_found_anywhere(self) -> None:
        """Names the caller knows (client slot, profile) are replaced in the middle of text too."""
        result = redact("Das hat Jörg gestern zugesagt, Jörgs Team weiß Bescheid.", names=["Jörg"])
        assert "Jörg" not in result.text
        assert result.text.startswith("Das hat [NAME_1] gestern")

    def test_shared_mapping_across_texts(self) -> None:
        """One Redactor numbers consistently across client message and offline draft."""
        redactor = Redactor(["Frau Stein"])
        first = redactor.redact("Liebe Frau Stein, bitte an info@stein.de.")
        second = redactor.redact("Guten Tag Frau Stein, ich schreibe an info@stein.de.")
        assert "[NAME_1]" in first and "[NAME_1]" in second
        assert "[EMAIL_1]" in first and "[EMAIL_1]" in second
        assert len(redactor.mapping) == 2


class TestGreetingNames:
    def test_greetings_and_signoffs(self) -> None:
        """Names after a greeting and in a sign-off are found; titles and 'Team' are not names."""
        assert find_greeting_names("Sehr geehrte Frau Dr. Albers,\n...") == ["Albers"]
        assert find_greeting_names("Hi Sam,\nok.\nCheers, Priya") == ["Sam", "Priya"]
        assert find_greeting_names("Hallo zusammen,\nDanke!\nLG\nChris Meier") == [
            "Chris",
            "Meier",
        ]
        assert find_greeting_names("Hallo Team,\ngeht das?") == []
        assert find_greeting_names("Sounds good.\n\n– Ravi") == ["Ravi"]


class TestNamesAnywhere:
    def test_sign_off_on_the_same_line(self) -> None:
        """One-line pastes: the sign-off sits at the end of the text line."""
        assert find_names("Bitte bis Freitag. Mit freundlichen Grüßen Thomas Krüger") == [
            "Thomas",
            "Krüger",
        ]
        assert find_names("Das passt so nicht. Gruß, Thomas Krüger") == ["Thomas", "Krüger"]
        assert find_names("Schickst du mir das bis morgen?, LG Sabine") == ["Sabine"]
        assert find_names("Any news on the launch? Cheers, Dan") == ["Dan"]

    def test_titled_names_in_the_body(self) -> None:
        """A title marks a name wherever it stands."""
        text = "Wie mit Herrn Schneider besprochen; Frau Yilmaz wartet. Mr. Brown agrees."
        assert find_names(text) == ["Schneider", "Yilmaz", "Brown"]
        assert find_names("Herr Prof. Dr. Albers hat angerufen.") == ["Albers"]
        assert find_names("Bitte Frau Anna Schmidt fragen") == ["Anna", "Schmidt"]
        assert find_names("Bitte Frau Yilmaz Bescheid geben") == ["Yilmaz"]

    def test_common_first_names_in_the_body(self) -> None:
        """A common first name is a name even without greeting or title."""
        assert find_names("Thomas meinte, das sei inklusive.") == ["Thomas"]

    def test_ordinary_words_are_not_names(self) -> None:
        """Sign-off words before a place, a plain closing, month-like and word-like names."""
        assert find_names("Beste Grüße aus Berlin") == []
        assert find_names("Sehr geehrte Damen und Herren, danke Ihnen") == []
        assert find_names("Will you send it in May? I'll mark it.") == []
        assert find_names("Hey, I've got a question") == []
        assert find_names("Guten Tag, was kostet eine Website?") == []

    def test_the_users_own_name_is_replaced_everywhere(self) -> None:
        """The profile's name, passed by the caller, is replaced wherever it appears."""
        result = redact("Liebe Lena, Lenas Entwurf ist gut.", names=["Lena Vogt"])
        assert "Lena" not in result.text


class TestRestore:
    def test_altered_placeholders_are_restored(self) -> None:
        """Brackets lost or changed, case changed, doubled brackets: the original comes back."""
        mapping = {"[EMAIL_1]": "a@b.de", "[NAME_1]": "Tom", "[PHONE_1]": "0171 2345678"}
        answer = "Hi NAME_1, mail EMAIL_1 or (email_1), call <Phone 1>, [[Name_1]]."
        assert restore(answer, mapping) == "Hi Tom, mail a@b.de or a@b.de, call 0171 2345678, Tom."

    def test_a_placeholder_without_its_number_is_left_for_the_checks(self) -> None:
        """'[NAME]' could mean anybody (the only name may be the user's own): not guessed."""
        assert restore("Hallo [NAME]", {"[NAME_1]": "Ada"}) == "Hallo [NAME]"
        assert leftover_placeholders("Hallo [NAME]") == ["[NAME]"]

    def test_ordinary_words_are_not_placeholders(self) -> None:
        """Without brackets the underscore is required: 'name 1' is just text."""
        assert leftover_placeholders("Your name 1 and URL 2 and email address") == []

    def test_restore_puts_originals_back(self) -> None:
        """Placeholders come back as the original values, even with a model's odd spacing."""
        result = redact(CLIENT_DE)
        answer = "Danke [NAME_1], ich rufe unter [ phone_1 ] an und schreibe an [EMAIL_1]."
        restored = restore(answer, result.mapping)
        assert "+49 171 9876543" in restored
        assert "m.kranich@kranich-moebel.de" in restored
        assert "[" not in restored

    def test_unknown_placeholders_stay(self) -> None:
        """A placeholder the mapping does not know is left visible (verification catches it)."""
        assert restore("Hallo [NAME_9]", {"[NAME_1]": "Ada"}) == "Hallo [NAME_9]"

    @settings(max_examples=150, deadline=None)
    @given(
        st.lists(
            st.one_of(
                st.text(alphabet=string.ascii_letters + " ,.\n+-/@:0123456789äöüÄÖÜß", max_size=30),
                st.sampled_from(
                    [
                        "Hallo Frau Weber,\n",
                        "Hi Sam, ",
                        "\nViele Grüße\nIda Kern",
                        " x.y@mail.example.com ",
                        " +49 30 1234567 ",
                        " 0171/2345678 ",
                        " DE89 3704 0044 0532 0130 00 ",
                        " https://example.org/a?b=1. ",
                        " www.example.de ",
                    ]
                ),
            ),
            max_size=8,
        ),
        st.lists(st.sampled_from(["Ida Kern", "Frau Weber", "sam", None]), max_size=3),
    )
    def test_round_trip_is_exact(self, pieces: list[str], names: list[str | None]) -> None:
        """restore(redact(text)) gives back exactly the text, whatever it contains."""
        text = "".join(pieces)
        result = redact(text, names=names)
        assert restore(result.text, result.mapping) == text
