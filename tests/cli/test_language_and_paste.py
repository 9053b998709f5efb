"""The terminal speaks one language (CALM_DEFAULT_LANGUAGE, else the locale), and `calm coach`
on a terminal without text asks for a paste and reads it up to Ctrl-D."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time

import pytest

from bot.cli import main
from tests.cli.conftest import REPO

GERMAN_SCOPE = "Können Sie bis morgen noch zwei weitere Seiten anlegen? Ist nur eine Kleinigkeit."
ENGLISH_DELAY = "Where is the report? This is the third time I'm asking."


class TestOneLanguage:
    def test_english_setting_gives_english_labels_and_boundary(self, capsys) -> None:
        assert main(["coach", GERMAN_SCOPE]) == 0  # CALM_DEFAULT_LANGUAGE=en (conftest)
        out = capsys.readouterr().out
        assert "Reply draft" in out and "Boundary" in out
        boundary = out.split("Boundary", 1)[1]
        assert " Sie " not in boundary and " du " not in boundary and " und " not in boundary

    def test_german_setting_gives_german_labels_and_boundary(self, capsys, monkeypatch) -> None:
        monkeypatch.setenv("CALM_DEFAULT_LANGUAGE", "de")
        assert main(["coach", ENGLISH_DELAY]) == 0
        out = capsys.readouterr().out
        assert "Antwortentwurf" in out and "Deine Grenze" in out
        assert "Kunde schreibt Englisch" in out and "Antwort auf Englisch" in out
        assert "Reply draft" not in out and "client writes" not in out
        assert "Dear" in out or "Hi" in out or "Hello" in out  # the draft stays English

    def test_locale_decides_without_the_setting(self, capsys, monkeypatch, tmp_path) -> None:
        monkeypatch.delenv("CALM_DEFAULT_LANGUAGE")
        monkeypatch.chdir(tmp_path)  # no .env
        monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
        assert main(["coach", ENGLISH_DELAY]) == 0
        assert "Antwortentwurf" in capsys.readouterr().out
        monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
        assert main(["coach", GERMAN_SCOPE]) == 0
        assert "Reply draft" in capsys.readouterr().out

    def test_dotenv_setting_counts(self, capsys, monkeypatch, tmp_path) -> None:
        monkeypatch.delenv("CALM_DEFAULT_LANGUAGE")
        monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
        monkeypatch.chdir(tmp_path)
        (tmp_path / ".env").write_text("# calm\nCALM_DEFAULT_LANGUAGE=en\n", "utf-8")
        assert main(["coach", GERMAN_SCOPE]) == 0
        assert "Reply draft" in capsys.readouterr().out

    def test_engine_notes_in_the_same_language(self, capsys) -> None:
        """A French client: the draft is German or English, the note about it is English like
        every other word calm says to this user."""
        assert main(["coach", "--language", "de", "Bonjour, où en est la facture ?"]) == 0
        out = capsys.readouterr().out
        notes = out.split("Notes", 1)[1]
        assert "French" in notes and "German" in notes
        assert "Französisch" not in out

    def test_llm_note_in_the_same_language(self, capsys, monkeypatch, no_settings) -> None:
        monkeypatch.setenv("CALM_DEFAULT_LANGUAGE", "de")
        assert main(["coach", "--llm", ENGLISH_DELAY]) == 0
        captured = capsys.readouterr()
        assert "KI-Verfeinerung ist nicht eingerichtet" in captured.err
        assert "Antwortentwurf" in captured.out


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_paste_then_ctrl_d_on_a_terminal() -> None:
    """`calm coach` with stdin on a terminal: a prompt on stderr, then the pasted text (with
    `!!` and quotes, no shell quoting needed) is coached after Ctrl-D."""
    controller, terminal = pty.openpty()
    env = {**os.environ, "CALM_DEFAULT_LANGUAGE": "en", "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "coach"],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=env,
    )
    os.close(terminal)
    try:
        time.sleep(0.5)
        pasted = "Where is the report?!! It's \"urgent\" – I've asked 3 times.\n"
        os.write(controller, pasted.encode())
        os.write(controller, b"\x04")  # Ctrl-D at the start of a line: end of file
        out, err = proc.communicate(timeout=30)
    finally:
        os.close(controller)
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err.decode()
    assert "Paste the client's message, then press Ctrl-D." in err.decode()
    assert "Reply draft" in out.decode()


def test_empty_paste_explains_and_exits_with_usage(capsys, tty_stdin) -> None:
    assert main(["coach"]) == 2
    err = capsys.readouterr().err
    assert "Paste the client's message, then press" in err
    assert "no message arrived" in err
