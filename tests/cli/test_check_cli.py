"""`calm check`: review of the user's own reply on the terminal."""

from __future__ import annotations

import json

import pytest

from bot.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, main

RISKY_DE = "Sorry sorry, kein Problem, mache ich sofort!"
CLEAN_DE = (
    "Guten Tag Herr Kaya, danke für Ihre Nachricht. Die zweite Korrekturrunde ist im Angebot "
    "enthalten; die überarbeitete Fassung schicke ich Ihnen bis Donnerstag, 15 Uhr."
)
CLEAN_EN = "Thanks, Ana. The revised draft will be with you on Thursday by 3 pm."


class TestCheck:
    def test_findings_with_suggestions_exit_1(self, capsys) -> None:
        """Problems are listed with the phrase and a suggestion; exit 1."""
        assert main(["check", RISKY_DE]) == EXIT_INPUT
        out = capsys.readouterr().out
        assert "kein Problem" in out
        assert "Vorschlag:" in out
        assert out.count("•") >= 2

    def test_clean_reply_exit_0(self, capsys) -> None:
        assert main(["check", CLEAN_EN]) == EXIT_OK
        assert "No problems found" in capsys.readouterr().out

    def test_clean_german_reply_answers_in_german(self, capsys) -> None:
        assert main(["check", CLEAN_DE]) == EXIT_OK
        assert "Keine Probleme gefunden" in capsys.readouterr().out

    def test_reads_stdin(self, capsys, stdin) -> None:
        stdin("As I already told you, the files were due on Monday.\n")
        assert main(["check"]) == EXIT_INPUT
        assert "As I already told you" in capsys.readouterr().out

    def test_language_option_sets_the_findings_language(self, capsys) -> None:
        """--language en gives English messages for a German draft."""
        assert main(["check", "--language", "en", RISKY_DE]) == EXIT_INPUT
        out = capsys.readouterr().out
        assert "Try:" in out and "Vorschlag" not in out

    def test_json_output(self, capsys) -> None:
        """--json prints one object with the language and the findings."""
        assert main(["check", "--json", RISKY_DE]) == EXIT_INPUT
        obj = json.loads(capsys.readouterr().out)
        assert obj["language"] == "de"
        assert {"over_promise", "apology_pile"} <= {f["code"] for f in obj["findings"]}
        for f in obj["findings"]:
            assert set(f) == {"code", "message", "suggestion", "excerpt"}

    def test_json_clean(self, capsys) -> None:
        assert main(["check", "--json", CLEAN_EN]) == EXIT_OK
        assert json.loads(capsys.readouterr().out) == {"language": "en", "findings": []}

    @pytest.mark.parametrize("text", ["", "   "])
    def test_empty_reply_is_a_usage_error(self, capsys, text: str) -> None:
        assert main(["check", text]) == EXIT_USAGE
        err = capsys.readouterr().err
        assert "empty" in err and "Traceback" not in err

    def test_tty_without_text_prints_usage(self, capsys, tty_stdin) -> None:
        assert main(["check"]) == EXIT_USAGE
        assert "usage: calm check" in capsys.readouterr().err

    def test_help_has_examples(self, capsys) -> None:
        assert main(["check", "--help"]) == EXIT_OK
        out = capsys.readouterr().out
        assert "examples:" in out and "calm check" in out

    def test_via_subprocess(self, run_calm) -> None:
        result = run_calm("check", input=RISKY_DE)
        assert result.returncode == EXIT_INPUT
        assert "sofort" in result.stdout
        assert result.stderr == ""
