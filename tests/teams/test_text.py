"""HTML to text, mention stripping and command parsing for what Teams delivers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.teams.text import (
    MAX_TEXT_CHARS,
    CommandKind,
    html_to_text,
    message_text,
    parse_command,
    trim,
)


class TestHtmlToText:
    def test_blocks_breaks_and_entities(self) -> None:
        """Paragraphs and <br> become line breaks, an empty paragraph a blank line."""
        html = (
            "<p>Guten Tag,</p><p>bitte bis Montag&nbsp;&amp; danke.<br>Gruß</p>"
            "<p>&nbsp;</p><p>A</p>"
        )
        assert html_to_text(html) == "Guten Tag,\nbitte bis Montag & danke.\nGruß\n\nA"

    def test_mentions_scripts_and_styles_disappear(self) -> None:
        """<at> mentions and script/style content are not text of the message."""
        html = "<at>Lena</at>, wo bleibt das Logo?<style>p{}</style><script>x()</script>"
        assert html_to_text(html) == "wo bleibt das Logo?"

    def test_lists_keep_their_items(self) -> None:
        """List items stay on their own lines."""
        assert html_to_text("<ul><li>eins</li><li>zwei</li></ul>") == "- eins\n- zwei"

    def test_malformed_markup_still_gives_text(self) -> None:
        """Unclosed tags and stray brackets do not lose the words."""
        assert html_to_text("<div><p>Hallo <b>Welt") == "Hallo Welt"

    @given(st.text(max_size=300))
    def test_never_raises(self, html: str) -> None:
        """Any input yields a string."""
        assert isinstance(html_to_text(html), str)


class TestMessageText:
    def test_plain_text_with_angle_brackets_is_kept(self) -> None:
        """A plain "<" in a client message is not taken for markup."""
        assert message_text("Budget < 500 € bitte") == "Budget < 500 € bitte"

    def test_bot_mention_is_removed(self) -> None:
        """The bot's own mention is not part of the client message."""
        assert message_text("<at>calm</at> calm Hallo") == "calm Hallo"


class TestParseCommand:
    def test_calm_prefix_and_plain_paste(self) -> None:
        """Both `calm <message>` and a bare paste both coach the message."""
        assert parse_command("calm Wo bleibt die Rechnung?").text == "Wo bleibt die Rechnung?"
        assert parse_command("Wo bleibt die Rechnung?").kind is CommandKind.COACH

    def test_help_words(self) -> None:
        """help, Hilfe, calm alone and empty input ask for help."""
        for text in ("help", "Hilfe", "calm", "", "calm help"):
            assert parse_command(text).kind is CommandKind.HELP

    def test_settings_commands(self) -> None:
        """Short "nudge"/"capacity" commands are settings, long texts are client messages."""
        assert parse_command("calm nudge 08:30 mo-fr").kind is CommandKind.NUDGE
        assert parse_command("calm capacity voll").text == "voll"
        long_text = "Kapazität ist bei Ihnen offenbar ein Fremdwort. " * 5
        assert parse_command(long_text).kind is CommandKind.COACH


def test_trim_cuts_long_text_at_a_word() -> None:
    """Texts over the limit are cut below it, at a space, and flagged."""
    text, trimmed = trim("wort " * 3000)
    assert trimmed and len(text) <= MAX_TEXT_CHARS and text.endswith("wort")
