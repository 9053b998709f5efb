"""Checking the Slack settings before `calm serve` binds anything: one clear message."""

from __future__ import annotations

import re

from bot.coach.errors import ConfigError
from bot.config import Settings

_SIGNING_SECRET = re.compile(r"[0-9a-f]{32}", re.IGNORECASE)
_WHERE = 'Set it in .env (see .env.example and the README section "Slack").'


def _value(secret: object) -> str:
    return secret.get_secret_value().strip() if secret is not None else ""  # type: ignore[attr-defined]


def check_slack_settings(settings: Settings) -> str:
    """Return the mode ("socket" or "http"); raise one `ConfigError` listing every problem."""
    problems: list[str] = []
    bot = _value(settings.slack_bot_token)
    app_token = _value(settings.slack_app_token)
    user = _value(settings.slack_user_token)
    secret = _value(settings.slack_signing_secret)
    if not bot:
        problems.append(
            'SLACK_BOT_TOKEN is missing (the Bot User OAuth Token from "OAuth & Permissions", '
            "starts with xoxb-)"
        )
    elif not bot.startswith("xoxb-"):
        problems.append("SLACK_BOT_TOKEN must start with xoxb- (the Bot User OAuth Token)")
    if app_token and not app_token.startswith("xapp-"):
        problems.append(
            "SLACK_APP_TOKEN must start with xapp- (an app-level token with connections:write)"
        )
    if user and not user.startswith("xoxp-"):
        problems.append("SLACK_USER_TOKEN must start with xoxp- (a user token with chat:write)")
    mode = "socket" if app_token else "http"
    if secret and not _SIGNING_SECRET.fullmatch(secret):
        problems.append(
            "SLACK_SIGNING_SECRET does not look like a signing secret (32 hex characters from "
            '"Basic Information" → App Credentials → Signing Secret; not the Verification Token '
            "or a bot token)"
        )
    if mode == "http" and not secret:
        problems.append(
            'SLACK_SIGNING_SECRET is missing ("Basic Information" → Signing Secret); HTTP mode '
            "needs it to verify requests. Or set SLACK_APP_TOKEN to use Socket Mode"
        )
    if problems:
        noun = "setting needs" if len(problems) == 1 else "settings need"
        raise ConfigError(f"Slack {noun} attention: " + "; ".join(problems) + f". {_WHERE}")
    return mode
