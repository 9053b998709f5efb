"""Every command, callback_id, action_id and view callback calm's Slack app answers.

deploy/slack/manifest.json declares the command and the shortcut; tests check both directions.
"""

COMMAND = "/calm"
SHORTCUT_SUGGEST_REPLY = "suggest_reply"

ACTION_SOFTER = "calm_softer"
ACTION_FIRMER = "calm_firmer"
ACTION_SHORTER = "calm_shorter"
ACTION_LONGER = "calm_longer"
ACTION_LANGUAGE = "calm_language"
ACTION_SITUATION = "calm_situation"  # "Not quite right? → …" select
ACTION_EDIT_POST = "calm_edit_post"
ACTION_EDIT_SETTINGS = "calm_edit_settings"
ACTION_NUDGE_OPT_IN = "nudge_opt_in"  # handled by bot/slack/listeners/nudge.py

VARIANT_ACTIONS = (
    ACTION_SOFTER,
    ACTION_FIRMER,
    ACTION_SHORTER,
    ACTION_LONGER,
    ACTION_LANGUAGE,
)

VIEW_POST_IN_THREAD = "calm_post_in_thread"
VIEW_SETTINGS = "calm_settings"
