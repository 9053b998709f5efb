"""Terminal plumbing shared by `calm coach` and `calm check`: input, colour, safe output.

Kept import-light (standard library only) because `calm coach` must start fast.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import ClassVar, TextIO


def clean_text(text: str) -> str:
    """Replace lone surrogates (undecodable bytes from argv or JSON escapes) so output never
    fails to encode."""
    return text.encode("utf-8", "replace").decode("utf-8")


# What ends a paste on this system's terminal.
EOF_KEYS = "Ctrl-Z, then Enter" if os.name == "nt" else "Ctrl-D"


def read_text(
    words: Sequence[str], stdin: TextIO | None, *, prompt: str | None = None
) -> str | None:
    """The text from the command line, else all of stdin; None when there is none.

    On an interactive terminal, `prompt` (e.g. "Paste the client's message, then press
    Ctrl-D.") goes to stderr and the pasted text is read up to end-of-file; a paste that is
    only whitespace counts as none. Without a prompt a terminal gives None at once, so the
    caller can show usage instead of waiting. A paste is read as a whole, not line by line,
    so text with `!!` or quotes needs no shell quoting at all.
    """
    if words:
        return clean_text(" ".join(words))
    if stdin is None or stdin.closed:
        return None
    if _isatty(stdin):
        if prompt is None:
            return None
        print(prompt, file=sys.stderr, flush=True)
        pasted = clean_text(stdin.read())
        return pasted if pasted.strip() else None
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return buffer.read().decode("utf-8", "replace")
    return clean_text(stdin.read())


def stdin_lines(stdin: TextIO) -> Iterator[str]:
    """Lines of stdin as they arrive, decoded leniently (a bad byte never stops the stream)."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        for raw in buffer:
            yield raw.decode("utf-8", "replace")
    else:
        for line in stdin:
            yield clean_text(line)


def prepare_stdout(stream: TextIO) -> None:
    """Never crash on a character the terminal's encoding cannot show."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        # a detached or exotic stream: leave it as it is
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")


def write_json_line(stream: TextIO, obj: dict[str, object]) -> None:
    """One JSON object per line, flushed so a reading process sees it at once."""
    stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
    stream.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (ValueError, OSError):
        return False


def use_colour(stream: TextIO) -> bool:
    """ANSI colour only on a terminal, and never when NO_COLOR is set or TERM is dumb."""
    if "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb":
        return False
    return _isatty(stream)


class Palette:
    """ANSI styles, or plain text when colour is off."""

    _CODES: ClassVar[dict[str, str]] = {
        "bold": "1",
        "dim": "2",
        "red": "31",
        "green": "32",
        "yellow": "33",
        "blue": "34",
        "magenta": "35",
        "cyan": "36",
    }

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, *styles: str) -> str:
        if not self.enabled or not styles:
            return text
        codes = ";".join(self._CODES[s] for s in styles)
        return f"\x1b[{codes}m{text}\x1b[0m"
