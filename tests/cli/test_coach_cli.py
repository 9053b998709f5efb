"""`calm coach`: the readable result, options, input from argv and stdin, errors, --llm, and the
JSON Lines contract of DESIGN.md."""

from __future__ import annotations

import json
import select
import subprocess
import sys
import types

import pytest

from bot.cli import EXIT_CONFIG, EXIT_INPUT, EXIT_OK, EXIT_USAGE, main
from bot.coach import Coaching, Situation

from .conftest import REPO, TtyStringIO

GERMAN_SCOPE = "Können Sie bitte noch schnell zwei weitere Seiten anlegen? Das war nicht geplant."
ENGLISH_DELAY = "Where is the report? This is the third time I am asking and it is late again."

CONTRACT_KEYS = {
    "id", "situation", "secondary", "language", "formality", "heat", "draft", "boundary",
    "engine", "heat_label", "notes", "reply_language", "tone",
}
SITUATIONS = {s.value for s in Situation}


def assert_contract(obj: dict) -> None:
    """The object satisfies the JSON Lines contract (DESIGN.md, 'Machine-readable contract')."""
    assert obj.keys() >= CONTRACT_KEYS, obj
    assert obj["situation"] in SITUATIONS
    assert isinstance(obj["secondary"], list)
    assert set(obj["secondary"]) <= SITUATIONS
    assert obj["language"] in ("de", "en")
    assert obj["reply_language"] in ("de", "en")
    assert obj["formality"] in ("sie", "du", "none")
    assert isinstance(obj["heat"], int) and 0 <= obj["heat"] <= 100
    assert obj["heat_label"] in ("calm", "tense", "heated", "hot")
    assert isinstance(obj["draft"], str) and obj["draft"].strip()
    assert isinstance(obj["boundary"], str) and obj["boundary"].strip()
    assert obj["engine"] in ("offline", "llm")
    assert obj["tone"] in ("warm", "neutral", "firm")
    assert isinstance(obj["notes"], list)


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.split("\n") if line]


class TestReadableResult:
    def test_example_shows_situation_draft_and_boundary(self, capsys) -> None:
        """--example coaches the built-in German Sie scope-creep message."""
        assert main(["coach", "--example"]) == EXIT_OK
        out = capsys.readouterr().out
        assert "Scope creep" in out
        assert "formal Sie" in out
        assert "Reply draft" in out and "Boundary" in out
        assert "heat " in out

    def test_message_as_argument(self, capsys) -> None:
        """The message can be given as one or several words on the command line."""
        assert main(["coach", *ENGLISH_DELAY.split()]) == EXIT_OK
        out = capsys.readouterr().out
        assert "client writes English" in out
        assert "Reply draft" in out

    def test_message_from_stdin(self, capsys, stdin) -> None:
        """Without text, the message is read from stdin until EOF."""
        stdin(GERMAN_SCOPE + "\n\nViele Grüße\nJan\n")
        assert main(["coach"]) == EXIT_OK
        assert "client writes German" in capsys.readouterr().out

    def test_tty_without_text_prints_usage(self, capsys, tty_stdin) -> None:
        """On an interactive terminal without text calm explains itself instead of waiting."""
        assert main(["coach"]) == EXIT_USAGE
        err = capsys.readouterr().err
        assert "usage: calm coach" in err
        assert "Traceback" not in err

    def test_no_colour_when_not_a_terminal(self, capsys, monkeypatch) -> None:
        """Piped output carries no ANSI escapes."""
        monkeypatch.delenv("NO_COLOR", raising=False)
        main(["coach", GERMAN_SCOPE])
        assert "\x1b[" not in capsys.readouterr().out

    def test_colour_on_a_terminal(self, monkeypatch) -> None:
        """On a terminal the headings are coloured."""
        monkeypatch.delenv("NO_COLOR", raising=False)
        monkeypatch.delenv("TERM", raising=False)
        out = TtyStringIO()
        monkeypatch.setattr(sys, "stdout", out)
        assert main(["coach", GERMAN_SCOPE]) == EXIT_OK
        assert "\x1b[" in out.getvalue()

    def test_no_colour_with_no_color_set(self, monkeypatch) -> None:
        """NO_COLOR switches colour off even on a terminal."""
        monkeypatch.setenv("NO_COLOR", "1")
        out = TtyStringIO()
        monkeypatch.setattr(sys, "stdout", out)
        assert main(["coach", GERMAN_SCOPE]) == EXIT_OK
        assert "\x1b[" not in out.getvalue()
        assert "Reply draft" in out.getvalue()

    def test_reply_language_and_tone_options(self, capsys) -> None:
        """--language and --tone and --short reach the coaching."""
        assert main(["coach", "--language", "en", "--tone", "firm", "--short", GERMAN_SCOPE]) == 0
        out = capsys.readouterr().out
        assert "client writes German" in out
        assert "reply in English, firm tone, short" in out

    def test_long_gives_the_full_arc(self, capsys) -> None:
        """--long asks for the full arc; the default draft is the short one."""
        assert main(["coach", GERMAN_SCOPE]) == EXIT_OK
        default = capsys.readouterr().out
        assert main(["coach", "--long", GERMAN_SCOPE]) == EXIT_OK
        longer = capsys.readouterr().out
        assert ", long" in longer and ", long" not in default
        assert len(longer.split()) > len(default.split())

    def test_short_and_long_exclude_each_other(self, capsys) -> None:
        assert main(["coach", "--short", "--long", GERMAN_SCOPE]) == 2
        assert "not allowed with" in capsys.readouterr().err

    def test_name_signs_the_draft(self, capsys) -> None:
        """--name is the user's name for the sign-off."""
        assert main(["coach", "--name", "Zorana", GERMAN_SCOPE]) == EXIT_OK
        assert "Zorana" in capsys.readouterr().out

    def test_profile_options_are_accepted(self, capsys) -> None:
        """All profile options parse and coaching still succeeds."""
        code = main([
            "coach", "--capacity", "overbooked", "--revision-rounds", "2", "--payment-terms",
            "14", "--working-hours", "Mo–Fr 9–17 Uhr", GERMAN_SCOPE,
        ])
        assert code == EXIT_OK
        assert "Reply draft" in capsys.readouterr().out

    @pytest.mark.parametrize(
        "args",
        [
            ["--tone", "angry"],
            ["--capacity", "lots"],
            ["--revision-rounds", "-1"],
            ["--payment-terms", "soon"],
            ["--language", "fr"],
        ],
    )
    def test_bad_option_is_a_usage_error(self, capsys, args: list[str]) -> None:
        assert main(["coach", *args, GERMAN_SCOPE]) == EXIT_USAGE
        assert "Traceback" not in capsys.readouterr().err


class TestInputErrors:
    @pytest.mark.parametrize("text", ["", "   \n\t"])
    def test_empty_message(self, capsys, text: str) -> None:
        """Nothing to coach: one friendly line on stderr, exit 1."""
        assert main(["coach", text]) == EXIT_INPUT
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.count("\n") == 1
        assert "empty" in captured.err

    def test_emoji_only(self, capsys) -> None:
        assert main(["coach", "🙄🙄🔥"]) == EXIT_INPUT
        assert "no words" in capsys.readouterr().err

    def test_empty_stdin(self, capsys, stdin) -> None:
        stdin("")
        assert main(["coach"]) == EXIT_INPUT

    def test_example_with_text_is_usage_error(self, capsys) -> None:
        assert main(["coach", "--example", "hello"]) == EXIT_USAGE


class TestLlmOption:
    def test_not_configured_shows_offline_draft_with_note(self, capsys, no_settings) -> None:
        """Without LLM_BASE_URL/LLM_MODEL: a clear note and the offline result."""
        assert main(["coach", "--llm", GERMAN_SCOPE]) == EXIT_OK
        captured = capsys.readouterr()
        assert "AI refinement is not configured (set LLM_BASE_URL and LLM_MODEL)" in captured.err
        assert "Reply draft" in captured.out

    def test_malformed_settings_exit_3(self, capsys, no_settings, monkeypatch) -> None:
        """A malformed setting is a configuration error naming the setting, not a traceback."""
        monkeypatch.setenv("PORT", "not-a-port")
        assert main(["coach", "--llm", GERMAN_SCOPE]) == EXIT_CONFIG
        err = capsys.readouterr().err
        assert "PORT" in err and "Traceback" not in err

    def _fake_cli_support(self, monkeypatch, refine) -> list[tuple]:
        calls: list[tuple] = []

        def refine_for_cli(coaching, text, profile, settings):
            calls.append((coaching, text, profile, settings))
            return refine(coaching)

        module = types.ModuleType("bot.llm.cli_support")
        module.refine_for_cli = refine_for_cli
        monkeypatch.setitem(sys.modules, "bot.llm.cli_support", module)
        monkeypatch.setenv("LLM_BASE_URL", "http://127.0.0.1:9/v1")
        monkeypatch.setenv("LLM_MODEL", "tiny")
        return calls

    def test_configured_llm_refines_the_draft(self, capsys, no_settings, monkeypatch) -> None:
        """With an LLM configured, refine_for_cli gets the coaching and the client text."""
        from dataclasses import replace

        calls = self._fake_cli_support(
            monkeypatch,
            lambda c: (replace(c, draft="REFINED DRAFT", engine="llm"), None),
        )
        assert main(["coach", "--llm", "--name", "Ida", GERMAN_SCOPE]) == EXIT_OK
        out = capsys.readouterr().out
        assert "REFINED DRAFT" in out and "refined by llm" in out
        (coaching, text, profile, settings), = calls
        assert isinstance(coaching, Coaching) and coaching.engine == "offline"
        assert text == GERMAN_SCOPE
        assert profile.name == "Ida"
        assert settings.llm_model == "tiny"

    def test_llm_fault_keeps_offline_draft(self, capsys, no_settings, monkeypatch) -> None:
        """If the refinement raises anyway, the offline draft is shown with a note."""

        def boom(c):
            raise RuntimeError("connection refused")

        self._fake_cli_support(monkeypatch, boom)
        assert main(["coach", "--llm", GERMAN_SCOPE]) == EXIT_OK
        captured = capsys.readouterr()
        assert "offline draft" in captured.err
        assert "Reply draft" in captured.out and "refined by" not in captured.out

    def test_llm_in_json_mode(self, capsys, no_settings, monkeypatch, stdin) -> None:
        """--json --llm: each line is refined; engine says llm."""
        from dataclasses import replace

        self._fake_cli_support(monkeypatch, lambda c: (replace(c, engine="llm"), "refined"))
        stdin(json.dumps({"id": 1, "text": GERMAN_SCOPE}) + "\n")
        assert main(["coach", "--json", "--llm"]) == EXIT_OK
        (obj,) = json_lines(capsys.readouterr().out)
        assert_contract(obj)
        assert obj["engine"] == "llm"
        assert "refined" in obj["notes"]

    def test_offline_path_does_not_read_settings(self, capsys, no_settings, monkeypatch) -> None:
        """Without --llm no settings are read: a malformed setting cannot break offline coaching."""
        monkeypatch.setenv("PORT", "not-a-port")
        assert main(["coach", GERMAN_SCOPE]) == EXIT_OK


class TestJsonLines:
    def test_one_object_per_line_with_the_contract(self, capsys, stdin) -> None:
        """Good lines give the contract's fields; ids are echoed as given."""
        stdin(
            json.dumps({"id": 1, "text": GERMAN_SCOPE}) + "\n"
            + json.dumps({"id": "b-2", "text": ENGLISH_DELAY}) + "\n"
        )
        assert main(["coach", "--json"]) == EXIT_OK
        first, second = json_lines(capsys.readouterr().out)
        assert_contract(first)
        assert_contract(second)
        assert (first["id"], second["id"]) == (1, "b-2")
        assert (first["language"], second["language"]) == ("de", "en")
        assert first["formality"] == "sie"
        assert first["engine"] == "offline"

    def test_per_line_options(self, capsys, stdin) -> None:
        """"language" is the reply language; "tone" and "short" apply to that line only."""
        stdin(
            json.dumps({"id": 1, "text": GERMAN_SCOPE, "language": "en", "tone": "warm",
                        "short": True}) + "\n"
            + json.dumps({"id": 2, "text": GERMAN_SCOPE}) + "\n"
        )
        assert main(["coach", "--json", "--tone", "firm"]) == EXIT_OK
        first, second = json_lines(capsys.readouterr().out)
        assert (first["reply_language"], first["tone"], first["short"]) == ("en", "warm", True)
        assert first["language"] == "de"
        assert (second["reply_language"], second["tone"], second["short"]) == ("de", "firm", False)

    def test_long_per_line(self, capsys, stdin) -> None:
        """"long" asks for the full arc on that line; the output says which length it is."""
        stdin(
            json.dumps({"id": 1, "text": GERMAN_SCOPE, "long": True}) + "\n"
            + json.dumps({"id": 2, "text": GERMAN_SCOPE}) + "\n"
        )
        assert main(["coach", "--json"]) == EXIT_OK
        first, second = json_lines(capsys.readouterr().out)
        assert (first["long"], second["long"]) == (True, False)
        assert len(first["draft"].split()) > len(second["draft"].split())

    @pytest.mark.parametrize(
        ("line", "ident", "fragment"),
        [
            ("{not json", None, "not valid JSON"),
            ("[1, 2]", None, "JSON object"),
            ('"just a string"', None, "JSON object"),
            ('{"id": 7}', 7, '"text"'),
            ('{"id": 8, "text": 42}', 8, '"text"'),
            ('{"id": 9, "text": ""}', 9, "empty"),
            ('{"id": 10, "text": "   "}', 10, "empty"),
            ('{"id": 11, "text": "Hallo", "tone": "angry"}', 11, "tone"),
            ('{"id": 12, "text": "Hallo", "language": "fr"}', 12, "language"),
            ('{"id": 13, "text": "Hallo", "short": "yes"}', 13, "short"),
            ('{"id": 15, "text": "Hallo", "long": 1}', 15, "long"),
            ('{"id": 14, "text": "🙂🙂"}', 14, "no words"),
            ('{"id": NaN, "text": "Hallo"}', None, "not valid JSON"),
        ],
    )
    def test_bad_line_gets_an_error_and_the_stream_goes_on(
        self, capsys, stdin, line: str, ident: object, fragment: str
    ) -> None:
        stdin(line + "\n" + json.dumps({"id": "next", "text": ENGLISH_DELAY}) + "\n")
        assert main(["coach", "--json"]) == EXIT_OK
        captured = capsys.readouterr()
        error, after = json_lines(captured.out)
        assert set(error) == {"id", "error"}
        assert error["id"] == ident
        assert fragment in error["error"]
        assert_contract(after)
        assert captured.err == ""

    def test_blank_lines_are_skipped(self, capsys, stdin) -> None:
        stdin("\n   \n" + json.dumps({"id": 1, "text": GERMAN_SCOPE}) + "\n\n")
        assert main(["coach", "--json"]) == EXIT_OK
        assert len(json_lines(capsys.readouterr().out)) == 1

    def test_lone_surrogate_escape_is_survivable(self, capsys, stdin) -> None:
        """A JSON escape of half a surrogate pair does not break the output encoding."""
        stdin('{"id": "\\ud800", "text": "Hallo \\udc00 wo bleibt die Rechnung?"}\n')
        assert main(["coach", "--json"]) == EXIT_OK
        (obj,) = json_lines(capsys.readouterr().out)
        assert_contract(obj)
        obj["draft"].encode("utf-8")

    def test_text_with_json_is_usage_error(self, capsys) -> None:
        assert main(["coach", "--json", "hello"]) == EXIT_USAGE
        assert "stdin" in capsys.readouterr().err


class TestSubprocess:
    def test_example_via_python_m_bot(self, run_calm) -> None:
        """`python -m bot coach --example` works from a fresh process."""
        result = run_calm("coach", "--example")
        assert result.returncode == 0, result.stderr
        assert "Reply draft" in result.stdout
        assert result.stderr == ""

    def test_stdin_via_pipe(self, run_calm) -> None:
        result = run_calm("coach", input=ENGLISH_DELAY)
        assert result.returncode == 0, result.stderr
        assert "client writes English" in result.stdout

    def test_invalid_utf8_on_stdin(self, tmp_path) -> None:
        """Undecodable bytes become replacement characters, not a crash."""
        proc = subprocess.run(
            [sys.executable, "-m", "bot", "coach", "--json"],
            input=b'{"id": 1, "text": "Hallo \xff\xfe wo bleibt die Datei?"}\n\xff\n',
            capture_output=True,
            cwd=REPO,
            timeout=30,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        first, second = json_lines(proc.stdout.decode("utf-8"))
        assert_contract(first)
        assert second == {"id": None, "error": "This line is not valid JSON."}

    def test_json_answers_each_line_as_it_arrives(self) -> None:
        """Each answer is flushed: a caller can write a line and read its answer at once."""
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "coach", "--json"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=REPO,
        )
        try:
            for ident in (1, 2):
                line = json.dumps({"id": ident, "text": GERMAN_SCOPE}) + "\n"
                proc.stdin.write(line.encode())
                proc.stdin.flush()
                ready, _, _ = select.select([proc.stdout], [], [], 20)
                assert ready, "no answer while stdin is still open"
                assert json.loads(proc.stdout.readline())["id"] == ident
        finally:
            proc.stdin.close()
            assert proc.wait(timeout=20) == 0
            proc.stdout.close()
            proc.stderr.close()


class TestHeadline:
    """The first line names the situation and what else is in the message, once each."""

    def test_other_situations_keep_german_capitals_and_are_not_repeated(self) -> None:
        from bot.cli.coach import Palette, render
        from bot.coach import Language
        from tests.slack.factories import make_coaching

        coaching = make_coaching(
            situation=Situation.PRICE_PUSHBACK,
            confidence=0.4,
            alternatives=((Situation.SCOPE_CREEP, 0.35),),
            secondary=(Situation.SCOPE_CREEP, Situation.HARSH_TONE),
        )
        first = render(coaching, Palette(False), Language.DE).split("\n")[0]
        assert "+ Harter Ton" in first, first
        assert "Mehr Arbeit" not in first, first  # the question already names it
        english = render(coaching, Palette(False), Language.EN).split("\n")[0]
        assert "+ harsh tone" in english, english
