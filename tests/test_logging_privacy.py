"""No client words in logs: a canary in a client message never reaches structlog's output, stdlib
logging or stderr, whichever way the message travels (coach(), the CLI, the --json stream)."""

from __future__ import annotations

import io
import json
import logging
import sys

import pytest
import structlog

from bot.cli import main
from bot.coach import coach, review_draft
from bot.logging import configure_logging

CANARY = "Quoxxelberg7731"
CLIENT_MESSAGES = [
    f"Hallo, ich bin {CANARY}. Können Sie bis morgen noch drei Seiten mehr machen?",
    f"This is UNACCEPTABLE!!! {CANARY} wants the report NOW or we stop paying the invoice.",
    f"Liebe Frau {CANARY}, wir kündigen den Vertrag zum Monatsende.",
]


@pytest.fixture
def log_sink(caplog: pytest.LogCaptureFixture):
    """Everything structlog and stdlib logging write, at DEBUG, in one string."""
    stream = io.StringIO()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    configure_logging("debug", "json", stream=stream)
    caplog.set_level(logging.DEBUG)
    try:
        yield lambda: stream.getvalue() + caplog.text
    finally:
        structlog.reset_defaults()
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)


class TestNoClientTextInLogs:
    @pytest.mark.parametrize("text", CLIENT_MESSAGES)
    def test_engine(self, log_sink, text: str) -> None:
        """coach() and review_draft() log nothing that contains the message."""
        coach(text)
        coach(text, short=True, language=None)
        review_draft(text)
        assert CANARY not in log_sink()

    @pytest.mark.parametrize("text", CLIENT_MESSAGES)
    def test_cli_readable(self, log_sink, capsys, text: str) -> None:
        """`calm coach TEXT`: the draft may quote the client on stdout, nothing else may."""
        assert main(["coach", text]) == 0
        captured = capsys.readouterr()
        assert CANARY not in captured.err
        assert CANARY not in log_sink()

    def test_cli_json(self, log_sink, capsys, monkeypatch) -> None:
        """--json: answers (and error answers) never echo text on stderr or in logs."""
        lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(CLIENT_MESSAGES)]
        lines += [
            f'{{"id": 90, "text": "{CANARY}", "tone": "{CANARY}"}}',
            f'{{"id": 91, "text": "{CANARY}", "language": "{CANARY}"}}',
            f'{{"id": 92, "text": "{CANARY}" broken json',
            f'["{CANARY}"]',
        ]
        monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
        assert main(["coach", "--json"]) == 0
        captured = capsys.readouterr()
        answers = [json.loads(line) for line in captured.out.split("\n") if line]
        errors = [a["error"] for a in answers if "error" in a]
        assert len(errors) == 4
        assert all(CANARY not in e for e in errors)
        assert CANARY not in captured.err
        assert CANARY not in log_sink()

    def test_cli_refused_message(self, log_sink, capsys) -> None:
        """A message that cannot be coached is refused without quoting it."""
        main(["coach", f"🙄 <@{CANARY}> https://{CANARY}.example"])
        assert CANARY not in capsys.readouterr().err
        assert CANARY not in log_sink()

    def test_engine_fault_does_not_leak(self, log_sink, capsys, monkeypatch) -> None:
        """Even an engine bug whose exception quotes the text yields a text-free error line."""
        import bot.cli.coach as cli_coach

        def broken(text, **_):
            raise ValueError(f"cannot parse {text!r}")

        monkeypatch.setattr(cli_coach, "coach", broken)
        assert main(["coach", CLIENT_MESSAGES[0]]) == 4
        monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"id": 1, "text": CANARY})))
        assert main(["coach", "--json"]) == 0
        captured = capsys.readouterr()
        assert CANARY not in captured.out + captured.err
        assert "Traceback" not in captured.err
        assert CANARY not in log_sink()

    def test_cli_check(self, log_sink, capsys) -> None:
        """`calm check` shows excerpts of the user's own draft on stdout only."""
        main(["check", f"Sorry {CANARY}, kein Problem, mache ich sofort!"])
        captured = capsys.readouterr()
        assert CANARY not in captured.err
        assert CANARY not in log_sink()
