"""`calm check` on German replies: mixed Sie/du is flagged, a reproach with "leider" is blame,
a du reply gets du suggestions, and no advice is listed twice."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.coach import Language, review_draft


def codes(text: str) -> list[str]:
    return [f.code for f in review_draft(text)]


class TestMixedRegister:
    @pytest.mark.parametrize(
        "text",
        [
            "Sehr geehrter Herr Brandt, kannst du mir bis Freitag die Unterlagen schicken?",
            "Hallo Tom, vielen Dank für Ihre Nachricht. Ich schicke dir die Datei bis Freitag.",
            "Guten Tag Frau Kessler, ich melde mich bei Ihnen bis Mittwoch, dann zeige ich dir "
            "die Entwürfe.",
        ],
    )
    def test_sie_and_du_in_one_reply_is_flagged(self, text: str) -> None:
        assert "mixed_register" in codes(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Sehr geehrter Herr Brandt, gern schicke ich Ihnen die Unterlagen bis Freitag.",
            "Hallo Tom, ich schicke dir die Unterlagen bis Freitag. Passt dir das?",
            "Hallo Anna, ich habe mit Frau Berger gesprochen, sie schickt dir die Datei bis "
            "Freitag.",
            "Hi Tom, I'll send you the files by Friday, Sie know the drill.",
        ],
    )
    def test_one_register_is_fine(self, text: str) -> None:
        assert "mixed_register" not in codes(text)


class TestReproachIsBlame:
    @pytest.mark.parametrize(
        "text",
        [
            "Hallo Tom, du hast leider schon wieder nicht bezahlt. Bitte überweise bis Freitag.",
            "Sie haben leider immer noch keine Freigabe geschickt. Ich brauche sie bis Montag.",
            "Unfortunately you still haven't paid the invoice. Please pay by Friday.",
        ],
    )
    def test_reproach_with_leider_is_blame_not_an_apology(self, text: str) -> None:
        found = codes(text)
        assert "blame" in found
        assert "apology_for_boundary" not in found and "apology_pile" not in found

    def test_a_real_needless_apology_still_counts(self) -> None:
        text = "Es tut mir leid, aber die Rechnung ist seit Montag fällig."
        assert "apology_for_boundary" in codes(text)


class TestSuggestionsInTheReplysRegister:
    def test_du_reply_gets_du_suggestions(self) -> None:
        text = "Hey Lisa, danke für die fünfte Änderung. Wie ich dir bereits gesagt habe: so ist es"
        for f in review_draft(text):
            assert " Ihnen " not in f.suggestion and "„Sie " not in f.suggestion, f.code
        assert any("dir" in f.suggestion for f in review_draft(text))

    def test_sie_reply_keeps_sie_suggestions(self) -> None:
        text = "Danke für die fünfte Änderung. Wie ich Ihnen bereits gesagt habe, das ist so."
        assert any("Ihnen" in f.suggestion for f in review_draft(text))


class TestNoFindingTwice:
    def test_one_finding_per_kind_with_every_phrase(self) -> None:
        text = "Sorry sorry, kein Problem, mache ich sofort!"
        findings = review_draft(text, language=Language.DE)
        kinds = [f.code for f in findings]
        assert len(kinds) == len(set(kinds))
        promise = next(f for f in findings if f.code == "over_promise")
        assert "kein Problem" in promise.excerpt and "sofort" in promise.excerpt

    def test_cli_lists_each_message_once(self, capsys, monkeypatch) -> None:
        monkeypatch.setenv("CALM_DEFAULT_LANGUAGE", "de")
        main(["check", "Das ist UNVERSCHÄMT!!! Kein Problem, mache ich sofort."])
        out = capsys.readouterr().out
        messages = [line for line in out.splitlines() if line.startswith("•")]
        assert len(messages) == len(set(messages)) >= 2
