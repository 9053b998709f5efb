"""Reading a shortcut's message: text, rich text, attachments, quotes, markup."""

from __future__ import annotations

from bot.slack.message_text import clean_markup, has_files, message_text


def test_plain_text_with_markup_is_cleaned() -> None:
    """Links keep their label, mentions go, entities are unescaped, quote markers removed."""
    text = "&gt; Hi <@U123>, see <https://ex.example/a|the brief> &amp; <https://ex.example/b>"
    assert clean_markup(text) == "Hi , see the brief & https://ex.example/b"


def test_rich_text_blocks_when_text_is_missing() -> None:
    """Rich text sections, quotes, lists and links are read in order."""
    message = {
        "ts": "1.1",
        "text": "",
        "blocks": [
            {
                "type": "rich_text",
                "elements": [
                    {
                        "type": "rich_text_section",
                        "elements": [
                            {"type": "text", "text": "Where is the logo? "},
                            {"type": "link", "url": "https://ex.example", "text": "brief"},
                        ],
                    },
                    {
                        "type": "rich_text_quote",
                        "elements": [{"type": "text", "text": "You promised Friday."}],
                    },
                    {
                        "type": "rich_text_list",
                        "style": "bullet",
                        "elements": [
                            {
                                "type": "rich_text_section",
                                "elements": [{"type": "text", "text": "colours"}],
                            }
                        ],
                    },
                ],
            }
        ],
    }
    text = message_text(message)
    assert "Where is the logo? brief" in text
    assert "You promised Friday." in text
    assert "colours" in text


def test_attachments_and_forwarded_messages_are_read() -> None:
    """A bot message or a shared message carries its words in attachments."""
    message = {
        "ts": "1.1",
        "text": "",
        "attachments": [
            {"fallback": "fb", "pretext": "From the client:", "text": "Pay later, okay?"},
            {
                "message_blocks": [
                    {
                        "message": {
                            "blocks": [
                                {
                                    "type": "rich_text",
                                    "elements": [
                                        {
                                            "type": "rich_text_section",
                                            "elements": [{"type": "text", "text": "Forwarded"}],
                                        }
                                    ],
                                }
                            ]
                        }
                    }
                ]
            },
        ],
    }
    text = message_text(message)
    assert "Pay later, okay?" in text and "From the client:" in text and "Forwarded" in text


def test_file_only_message() -> None:
    """A message with only a file has no text, and we know it had a file."""
    message = {"ts": "1.1", "text": "", "files": [{"id": "F1"}]}
    assert message_text(message) == ""
    assert has_files(message)
