"""One error tree for calm. No error ever carries client text: messages are fixed strings.

    CalmError
    ├── InputError            the message cannot be coached as given (user-facing, friendly)
    │   ├── EmptyMessageError   nothing but whitespace
    │   └── NoWordsError        only emoji, mentions, links or a file: no words to read
    └── ConfigError           a setting is missing or malformed (names the setting, not values)
"""

from __future__ import annotations


class CalmError(Exception):
    """Base of every error calm raises on purpose."""


class InputError(CalmError):
    """The client message cannot be coached; the message is safe to show to the user."""

    code = "input"


class EmptyMessageError(InputError):
    code = "empty"

    def __init__(self) -> None:
        super().__init__("The message is empty. Paste the client's message after the command.")


class NoWordsError(InputError):
    code = "no_words"

    def __init__(self) -> None:
        super().__init__(
            "I found no words to read in that message (only emoji, mentions, links or a file). "
            "Paste the client's text and I'll suggest a reply."
        )


class ConfigError(CalmError):
    """A setting is missing or malformed. The message names settings, never their values."""
