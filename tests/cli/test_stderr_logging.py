"""Log lines never land on stdout, where `calm coach` writes its results (and `--json` its
contract): the CLI points structlog and stdlib logging at stderr, whether structlog was loaded
before the command started or is first imported while it runs, and undoes that afterwards."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys

import pytest
import structlog

from bot.cli import EXIT_OK, main

from .conftest import REPO

# A child process whose engine logs (structlog and stdlib) while `calm coach --json` runs.
# IMPORT_FIRST decides whether structlog is loaded before main() or only inside the engine.
_SCRIPT = """
import io, sys
IMPORT_FIRST = {import_first!r}
if IMPORT_FIRST:
    import structlog
sys.stdin = io.StringIO('{{"id": 1, "text": "Wo bleibt die Datei?"}}\\n'
                        '{{"id": 2, "text": "Could you add two more pages?"}}\\n')
import bot.cli.coach as cli_coach
real_coach = cli_coach.coach

def logging_coach(text, **options):
    import logging
    import structlog
    structlog.get_logger("probe").warning("probe_structlog", length=len(text))
    logging.getLogger("probe").warning("probe_stdlib")
    return real_coach(text, **options)

cli_coach.coach = logging_coach
from bot.cli import main
code = main(["coach", "--json"])
import structlog
print("CONFIGURED_AFTER=" + str(structlog.is_configured()), file=sys.stderr)
raise SystemExit(code)
"""


@pytest.mark.parametrize("import_first", [False, True], ids=["imported-while-running", "preloaded"])
def test_engine_logs_go_to_stderr_and_stdout_stays_json(import_first: bool) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT.format(import_first=import_first)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=False,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == EXIT_OK, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["id"] for a in answers] == [1, 2]
    assert "probe" not in result.stdout
    assert result.stderr.count("probe_structlog") == 2
    assert result.stderr.count("probe_stdlib") == 2
    assert "CONFIGURED_AFTER=False" in result.stderr


@pytest.fixture
def unconfigured_structlog():
    """structlog as a fresh process has it; whatever was configured before is put back."""
    was_configured, saved = structlog.is_configured(), structlog.get_config()
    structlog.reset_defaults()
    yield
    if was_configured:
        structlog.configure(**saved)
    else:
        structlog.reset_defaults()


@pytest.mark.usefixtures("unconfigured_structlog")
class TestInProcess:
    def test_leaves_no_global_state_behind(self, capsys) -> None:
        """After main(), structlog is unconfigured again and stdlib logging is as it was."""
        root = logging.getLogger()
        handlers, level = list(root.handlers), root.level
        meta_path = list(sys.meta_path)
        assert main(["coach", "--example"]) == EXIT_OK
        assert not structlog.is_configured()
        assert root.handlers == handlers and root.level == level
        assert sys.meta_path == meta_path

    def test_logs_during_the_command_go_to_stderr(self, capsys, monkeypatch) -> None:
        import bot.cli.coach as cli_coach

        real_coach = cli_coach.coach

        def logging_coach(text, **options):
            structlog.get_logger("probe").warning("probe_in_process")
            return real_coach(text, **options)

        monkeypatch.setattr(cli_coach, "coach", logging_coach)
        monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": 7, "text": "Wo bleibt das?"}\n'))
        assert main(["coach", "--json"]) == EXIT_OK
        captured = capsys.readouterr()
        assert json.loads(captured.out)["id"] == 7
        assert "probe_in_process" in captured.err

    def test_a_callers_configuration_is_kept(self, capsys, monkeypatch) -> None:
        """A program (or test) that configured structlog itself keeps its own sink."""
        sink = io.StringIO()
        structlog.configure(logger_factory=structlog.PrintLoggerFactory(file=sink))
        try:
            import bot.cli.coach as cli_coach

            real_coach = cli_coach.coach

            def logging_coach(text, **options):
                structlog.get_logger("probe").warning("probe_own_sink")
                return real_coach(text, **options)

            monkeypatch.setattr(cli_coach, "coach", logging_coach)
            assert main(["coach", "--example"]) == EXIT_OK
            assert structlog.is_configured()
        finally:
            structlog.reset_defaults()  # the fixture puts back the configuration from before
        assert "probe_own_sink" in sink.getvalue()
        assert "probe_own_sink" not in capsys.readouterr().out
