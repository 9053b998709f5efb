"""The playbooks in prompts/playbooks load, and a broken playbook fails loudly and precisely."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from bot.coach.errors import ConfigError
from bot.coach.model import Language, Situation, Tone
from bot.coach.playbooks import (
    DEFAULT_PLAYBOOK_DIR,
    PLACEHOLDERS,
    REQUIRED_STAGES,
    VOICES,
    PlaybookError,
    load_playbooks,
    placeholders_in,
)

from .conftest import edit


def load_error(directory: Path) -> PlaybookError:
    with pytest.raises(PlaybookError) as info:
        load_playbooks(directory)
    return info.value


class TestShippedPlaybooks:
    def test_every_situation_has_a_playbook(self):
        """All twelve situations of DESIGN.md have a playbook."""
        books = load_playbooks()
        assert set(books.situations) == set(Situation)

    def test_no_list_offers_the_same_text_twice(self):
        """A text listed twice in one stage is drawn twice as often (and reads like a slip)."""
        def lists(node, path):
            if isinstance(node, dict):
                for key, value in node.items():
                    yield from lists(value, f"{path}.{key}")
            elif isinstance(node, list):
                yield path, node

        for file in sorted(Path(DEFAULT_PLAYBOOK_DIR).glob("*.toml")):
            for path, texts in lists(tomllib.loads(file.read_text(encoding="utf-8")), file.name):
                assert len(texts) == len(set(map(str, texts))), path

    def test_every_voice_and_tone_has_every_required_stage(self):
        """German Sie, German du and English exist for each tone with all required stages."""
        books = load_playbooks()
        for situation in Situation:
            for voice in VOICES:
                for tone in Tone:
                    for stage in REQUIRED_STAGES:
                        phrases = books[situation].phrases(voice, tone, stage, None)
                        assert phrases, (situation, voice, tone, stage)

    def test_main_stages_offer_several_alternatives(self):
        """The stages that shape a draft have at least three alternatives, for variation."""
        books = load_playbooks()
        for situation in Situation:
            for voice in VOICES:
                for stage in ("acknowledge", "validate", "clarify", "boundary", "next_step"):
                    phrases = books[situation].phrases(voice, Tone.NEUTRAL, stage, None)
                    plain = [p for p in phrases if not placeholders_in(p)]
                    assert len(plain) >= 3, (situation, voice, stage)

    def test_reminders_exist_in_both_languages(self):
        """Each situation has a boundary reminder for German and English users."""
        books = load_playbooks()
        for situation in Situation:
            for language in Language:
                assert books[situation].reminder(language, tight=False)

    def test_capacity_aware_situations_have_tight_and_open_variants(self):
        """Scope creep and urgent pressure answer differently when full and when free."""
        books = load_playbooks()
        for situation in (Situation.SCOPE_CREEP, Situation.URGENT_PRESSURE):
            book = books[situation]
            assert book.offer_alternatives_when_full
            for voice in VOICES:
                base = book.phrases(voice, Tone.NEUTRAL, "next_step", None)
                assert book.phrases(voice, Tone.NEUTRAL, "next_step", "tight") != base
                assert book.phrases(voice, Tone.NEUTRAL, "next_step", "open") != base

    def test_only_known_placeholders_are_used(self):
        """Every placeholder in a phrase is one calm can fill."""
        books = load_playbooks()
        for book in books.situations.values():
            for bank in book.banks.values():
                for phrases in bank.values():
                    for phrase in phrases:
                        assert placeholders_in(phrase) <= PLACEHOLDERS

    def test_loading_twice_returns_the_cached_playbooks(self):
        """The default playbooks are read from disk once."""
        assert load_playbooks() is load_playbooks()


class TestBrokenPlaybooks:
    def test_error_is_a_config_error(self, playbook_dir: Path):
        """A playbook mistake is a configuration error, so `calm check` can report it."""
        (playbook_dir / "termination.toml").unlink()
        assert isinstance(load_error(playbook_dir), ConfigError)

    def test_missing_file_is_named(self, playbook_dir: Path):
        """A missing situation file is reported by its name."""
        (playbook_dir / "termination.toml").unlink()
        assert str(load_error(playbook_dir)) == "termination.toml: file is missing"

    def test_unknown_file_is_named(self, playbook_dir: Path):
        """A stray file (e.g. a misspelt situation) is not silently ignored."""
        shutil.copy(playbook_dir / "neutral.toml", playbook_dir / "scope_crepe.toml")
        assert str(load_error(playbook_dir)).startswith("scope_crepe.toml: unknown playbook file")

    def test_unknown_placeholder_names_file_field_and_placeholder(self, playbook_dir: Path):
        """A misspelt placeholder points at the file, the list and the position in it."""
        edit(
            playbook_dir,
            "revision_loop.toml",
            '"Our agreement includes {rounds}; anything beyond that is a paid extension, and',
            '"Our agreement includes {round}; anything beyond that is a paid extension, and',
        )
        error = load_error(playbook_dir)
        assert str(error).startswith("revision_loop.toml: en.firm.boundary[1]: ")
        assert "unknown placeholder {round}" in str(error)
        assert (error.source, error.field) == ("revision_loop.toml", "en.firm.boundary[1]")

    def test_sie_form_in_du_text_is_refused(self, playbook_dir: Path):
        """A du bank that slips into "Sie/Ihnen" is caught on load."""
        edit(
            playbook_dir,
            "scope_creep.toml",
            '"Danke, dass du das ansprichst."',
            '"Danke, dass Sie das ansprechen."',
        )
        message = str(load_error(playbook_dir))
        assert message.startswith("scope_creep.toml: de.du.neutral.acknowledge[2]: ")
        assert "du text" in message

    def test_du_form_in_sie_text_is_refused(self, playbook_dir: Path):
        """A Sie bank that slips into "dir/dein" is caught on load."""
        edit(
            playbook_dir,
            "harsh_tone.toml",
            '"Ich habe Ihre Nachricht erhalten."',
            '"Ich habe deine Nachricht erhalten."',
        )
        message = str(load_error(playbook_dir))
        assert message.startswith("harsh_tone.toml: de.sie.firm.acknowledge[1]: ")
        assert "Sie text" in message

    @pytest.mark.parametrize(
        ("phrase", "word"),
        [("Das erledige ich sofort.", "sofort"), ("That is no problem at all.", "no problem")],
    )
    def test_over_promise_is_refused(self, playbook_dir: Path, phrase: str, word: str):
        """Over-promising words never make it into a playbook."""
        edit(
            playbook_dir,
            "neutral.toml",
            '"Alles Weitere läuft wie besprochen.",',
            f'"Alles Weitere läuft wie besprochen.", "{phrase}",',
        )
        message = str(load_error(playbook_dir))
        assert message.startswith("neutral.toml: de.sie.neutral.blend[3]: over-promises")
        assert word in message

    def test_blame_is_refused(self, playbook_dir: Path):
        """Blaming phrases are refused."""
        edit(
            playbook_dir,
            "delay_complaint.toml",
            '"Danke für Ihre Nachricht zum Zeitplan."',
            '"Sie hätten früher Bescheid geben können."',
        )
        assert "blames the client" in str(load_error(playbook_dir))

    def test_missing_register_names_the_section(self, playbook_dir: Path):
        """A playbook without its du section says which section is missing."""
        path = playbook_dir / "price_pushback.toml"
        text = path.read_text(encoding="utf-8")
        start = text.index("[de.du.neutral]")
        end = text.index("# --- English")
        path.write_text(text[:start] + text[end:], encoding="utf-8")
        message = str(load_error(playbook_dir))
        assert message.startswith("price_pushback.toml: de.du.neutral: missing")

    def test_empty_stage_is_refused(self, playbook_dir: Path):
        """An emptied stage is reported with its field."""
        path = playbook_dir / "termination.toml"
        text = path.read_text(encoding="utf-8")
        start = text.index("[en.neutral]\nacknowledge = [")
        end = text.index("]", start + len("[en.neutral]"))
        path.write_text(
            text[:start] + "[en.neutral]\nacknowledge = [" + text[end:], encoding="utf-8"
        )
        message = str(load_error(playbook_dir))
        assert message.startswith("termination.toml: en.neutral.acknowledge: ")

    def test_misspelt_stage_is_refused(self, playbook_dir: Path):
        """A typo in a stage name is not silently ignored."""
        edit(
            playbook_dir,
            "unclear_request.toml",
            "[en.firm]\nacknowledge =",
            "[en.firm]\naknowledge =",
        )
        message = str(load_error(playbook_dir))
        assert message.startswith("unclear_request.toml: en.firm.aknowledge: unknown stage")

    def test_invalid_toml_names_the_file(self, playbook_dir: Path):
        """A syntax error (e.g. a missing quote) names the file and the line."""
        edit(
            playbook_dir,
            "payment_issue.toml",
            '"Danke für Ihre Nachricht.",',
            '"Danke für Ihre Nachricht.,',
        )
        message = str(load_error(playbook_dir))
        assert message.startswith("payment_issue.toml: not valid TOML")
        assert "line" in message

    def test_stage_without_plain_phrase_is_refused(self, playbook_dir: Path):
        """Each stage needs a phrase without placeholders for messages that name nothing."""
        path = playbook_dir / "neutral.toml"
        text = path.read_text(encoding="utf-8")
        start = text.index("[en.firm]")
        path.write_text(
            text[:start] + '[en.firm]\nvalidate = ["Noted for {deliverable}."]\n',
            encoding="utf-8",
        )
        message = str(load_error(playbook_dir))
        assert message.startswith("neutral.toml: en.firm.validate: needs at least one phrase")

    def test_situation_name_must_match_file(self, playbook_dir: Path):
        """A file copied under another name but not updated is caught."""
        edit(playbook_dir, "termination.toml", 'situation = "termination"', 'situation = "neutral"')
        assert str(load_error(playbook_dir)).startswith("termination.toml: situation: ")

    def test_missing_reminder_language(self, playbook_dir: Path):
        """A boundary reminder is needed in both languages."""
        path = playbook_dir / "harsh_tone.toml"
        lines = [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if not line.startswith("en = ")
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert str(load_error(playbook_dir)) == "harsh_tone.toml: reminder.en: missing"

    def test_missing_directory(self, tmp_path: Path):
        """Pointing at a directory that does not exist is a clear error."""
        assert "playbook directory not found" in str(load_error(tmp_path / "nope"))
