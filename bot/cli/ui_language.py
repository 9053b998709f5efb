"""The one language the terminal commands speak: labels, boundary reminders and notes alike.

`CALM_DEFAULT_LANGUAGE` (the same setting the chat apps use, from the environment or `./.env`)
wins; without it, the terminal's own locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, e.g.
`en_US.UTF-8`); without a German or English locale, German (calm's default). The reply draft
still follows the client's language; only what calm says to *you* follows this.

Standard library only: `calm coach` must start fast, so `.env` is scanned for this one line
instead of loading the settings machinery.
"""

from __future__ import annotations

import os
from pathlib import Path

from bot.coach.model import Language

SETTING = "CALM_DEFAULT_LANGUAGE"
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def ui_language() -> Language:
    configured = os.environ.get(SETTING) or _from_dotenv(Path(".env"))
    for candidate in (configured, *(os.environ.get(name) for name in _LOCALE_VARIABLES)):
        language = _language(candidate)
        if language is not None:
            return language
    return Language.DE


def _language(value: str | None) -> Language | None:
    if not value:
        return None
    primary = value.strip().strip("\"'").split(".")[0].replace("_", "-").split("-")[0].lower()
    try:
        return Language(primary)
    except ValueError:
        return None


def _from_dotenv(path: Path) -> str | None:
    try:
        lines = path.read_text("utf-8", "replace").splitlines()
    except OSError:
        return None
    for line in lines:
        name, sep, value = line.strip().removeprefix("export ").partition("=")
        if sep and name.strip().upper() == SETTING:
            return value.split("#", 1)[0].strip()
    return None
