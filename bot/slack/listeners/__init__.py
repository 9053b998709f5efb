"""The routing table of calm's Slack app: every listener module, registered in one place.

Each module exposes `register(app, deps)`. The nudge module belongs to the capacity nudge
(bot/slack/listeners/nudge.py): the daily DM and its buttons, and `nudge_opt_in`.
"""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.slack.deps import SlackDeps
from bot.slack.listeners import (
    app_home,
    calm_command,
    card_actions,
    direct_message,
    nudge,
    post_in_thread,
    suggest_reply,
)

MODULES = (
    calm_command,
    card_actions,
    suggest_reply,
    post_in_thread,
    app_home,
    nudge,
    direct_message,
)


def register(app: AsyncApp, deps: SlackDeps) -> None:
    for module in MODULES:
        module.register(app, deps)
