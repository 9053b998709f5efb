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
    """Return the mode: "socket" or "http" (one workspace, SLACK_BOT_TOKEN) or "oauth" (the
    install flow over HTTP, any number of workspaces); raise one `ConfigError` listing every
    problem."""
    problems: list[str] = []
    bot = _value(settings.slack_bot_token)
    app_token = _value(settings.slack_app_token)
    user = _value(settings.slack_user_token)
    secret = _value(settings.slack_signing_secret)
    client_id = (settings.slack_client_id or "").strip()
    client_secret = _value(settings.slack_client_secret)
    if client_id or client_secret:
        return _check_oauth(settings, client_id, client_secret, bot, app_token, user, secret)
    if not bot:
        problems.append(
            'SLACK_BOT_TOKEN is missing (the Bot User OAuth Token from "OAuth & Permissions", '
            "starts with xoxb-; or set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for the install "
            "flow)"
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


def _check_oauth(
    settings: Settings,
    client_id: str,
    client_secret: str,
    bot: str,
    app_token: str,
    user: str,
    secret: str,
) -> str:
    problems: list[str] = []
    if not client_id:
        problems.append('SLACK_CLIENT_ID is missing ("Basic Information" → App Credentials)')
    if not client_secret:
        problems.append('SLACK_CLIENT_SECRET is missing ("Basic Information" → App Credentials)')
    if not secret:
        problems.append(
            'SLACK_SIGNING_SECRET is missing ("Basic Information" → Signing Secret); the install '
            "flow runs in HTTP mode and needs it to verify requests"
        )
    for name, value in (
        ("SLACK_BOT_TOKEN", bot),
        ("SLACK_APP_TOKEN", app_token),
        ("SLACK_USER_TOKEN", user),
    ):
        if value:
            problems.append(
                f"{name} must be empty with SLACK_CLIENT_ID: with the install flow every "
                "workspace's token comes from its installation (remove it, or remove "
                "SLACK_CLIENT_ID/SLACK_CLIENT_SECRET for a single workspace)"
            )
    redirect = (settings.slack_redirect_url or "").strip()
    if redirect and not redirect.startswith(("https://", "http://127.0.0.1", "http://localhost")):
        problems.append(
            "SLACK_REDIRECT_URL must be an https:// URL ending in /slack/oauth_redirect"
        )
    if problems:
        noun = "setting needs" if len(problems) == 1 else "settings need"
        raise ConfigError(f"Slack {noun} attention: " + "; ".join(problems) + f". {_WHERE}")
    return "oauth"
