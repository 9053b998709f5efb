"""`calm coach --situation ID` (the user's correction on the terminal) and `calm corrections`
(the counts across users as a confusion table)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.cli import EXIT_CONFIG, EXIT_OK, EXIT_USAGE, main
from bot.coach import Situation
from bot.coach.labels import SITUATION_LABELS
from bot.store import Store, UserKey

SCOPE_DE = "Können Sie bis Freitag noch zwei weitere Seiten bauen? Das war nicht geplant."


class TestSituationOption:
    def test_coaches_for_the_chosen_situation(self, capsys, no_settings) -> None:
        """--situation coaches the message as that situation and says calm read another."""
        assert main(["coach", "--situation", "price_pushback", SCOPE_DE]) == EXIT_OK
        out = capsys.readouterr().out
        first = out.splitlines()[0]
        assert first.startswith("Price pushback")
        assert "your choice; calm read: Scope creep" in first

    def test_json_defaults_and_lines(self, capsys, stdin, no_settings) -> None:
        """--situation is the default for --json lines; a line's own "situation" wins."""
        stdin(
            json.dumps({"id": 1, "text": SCOPE_DE})
            + "\n"
            + json.dumps({"id": 2, "text": SCOPE_DE, "situation": "termination"})
            + "\n"
        )
        assert main(["coach", "--json", "--situation", "payment_issue"]) == EXIT_OK
        first, second = (json.loads(x) for x in capsys.readouterr().out.splitlines())
        assert (first["situation"], first["chosen_by_user"]) == ("payment_issue", True)
        assert second["situation"] == "termination"

    def test_help_lists_every_id_with_its_labels(self, capsys) -> None:
        """`calm coach --help` lists each situation id with its English and German name."""
        assert main(["coach", "--help"]) == EXIT_OK
        out = capsys.readouterr().out
        for situation in Situation:
            line = next(x for x in out.splitlines() if x.strip().startswith(situation.value))
            for labels in SITUATION_LABELS.values():
                assert labels[situation] in line

    def test_unknown_id_is_a_usage_error(self, capsys) -> None:
        """An id calm does not know: exit 2 and the valid ids."""
        assert main(["coach", "--situation", "pricing", SCOPE_DE]) == EXIT_USAGE
        assert "price_pushback" in capsys.readouterr().err


@pytest.fixture
def database(no_settings, monkeypatch: pytest.MonkeyPatch) -> Store:
    url = f"sqlite:///{no_settings / 'calm.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    store = Store.from_url(url)
    yield store
    store.engine.dispose()


class TestCorrectionsCommand:
    def test_confusion_table_sums_users(self, capsys, database: Store) -> None:
        """Counts of several users and days add up; rows are calm's reading, columns the
        choice; no user id is printed."""
        today = dt.datetime.now(dt.UTC).date()
        anna, ben = UserKey("slack", "T1", "U0ANNA"), UserKey("teams", "tenant", "U0BEN")
        for key, day in ((anna, today), (anna, today - dt.timedelta(days=2)), (ben, today)):
            database.record_correction(key, day, "scope_creep", "price_pushback")
        database.record_correction(ben, today, "harsh_tone", "delay_complaint")
        database.record_correction(ben, today - dt.timedelta(days=90), "neutral", "termination")
        database.record_usage(anna, today, "scope_creep", 10)
        database.record_usage(ben, today, "scope_creep", 5)

        assert main(["corrections"]) == EXIT_OK
        out = capsys.readouterr().out
        header = next(x for x in out.splitlines() if x.startswith("calm read"))
        assert header.split()[-3:] == ["price_pushback", "delay_complaint", "corrected/cards"]
        scope = next(x for x in out.splitlines() if x.startswith("scope_creep"))
        assert scope.split()[1:] == ["3", ".", "3/15"]
        assert "termination" not in out  # older than 30 days
        assert "U0ANNA" not in out and "T1" not in out and "(4 in all)" in out

    def test_json_and_platform(self, capsys, database: Store) -> None:
        """--json prints one object per pair; --platform keeps one platform's counts."""
        today = dt.datetime.now(dt.UTC).date()
        database.record_correction(UserKey("slack", "T", "U"), today, "scope_creep", "neutral")
        database.record_correction(UserKey("teams", "T", "U"), today, "harsh_tone", "neutral")
        assert main(["corrections", "--json", "--platform", "teams"]) == EXIT_OK
        lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
        assert lines == [{"detected": "harsh_tone", "chosen": "neutral", "count": 1}]

    def test_no_corrections_says_so(self, capsys, database: Store) -> None:
        """An empty table is a sentence, not an empty grid."""
        assert main(["corrections", "--days", "7"]) == EXIT_OK
        assert capsys.readouterr().out == "No situation corrections in the last 7 days.\n"

    def test_unreadable_database_is_one_line(self, capsys, no_settings, monkeypatch) -> None:
        """A database calm never served on ends in one line on stderr and exit code 3."""
        monkeypatch.setenv("DATABASE_URL", f"sqlite:///{no_settings / 'empty.db'}")
        assert main(["corrections"]) == EXIT_CONFIG
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "DATABASE_URL" in err
