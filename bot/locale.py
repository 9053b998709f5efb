"""A platform's locale tag ("en-US", "de-DE", "de_AT") → the language calm speaks to the user.

Slack (`users.info` with `include_locale`) and Teams (`activity.locale`) say which language a
user runs their client in. Until a user picks a language in calm's settings, that is a better
default than the server-wide CALM_DEFAULT_LANGUAGE: an English-speaking VA gets English cards.
Locales in a language calm does not speak give None (the server default applies).
"""

from __future__ import annotations

from bot.coach.model import Language


def language_of_locale(tag: object) -> Language | None:
    if not isinstance(tag, str) or not tag.strip():
        return None
    primary = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    try:
        return Language(primary)
    except ValueError:
        return None
