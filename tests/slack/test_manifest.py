"""deploy/slack/manifest.json and the app agree: every command and shortcut has a listener,
every listener id is declared, and every button calm renders is answered."""

from __future__ import annotations

import json
from pathlib import Path

from bot.slack import ids
from tests.support.fixtures import SlackHarness
from tests.support.signing import block_actions, message_shortcut, view_submission

MANIFEST = json.loads(
    (Path(__file__).parents[2] / "deploy" / "slack" / "manifest.json").read_text("utf-8")
)


def test_manifest_declares_exactly_our_command_and_shortcut() -> None:
    """The manifest's command and callback_ids are exactly the ones the app routes."""
    features = MANIFEST["features"]
    assert {c["command"] for c in features["slash_commands"]} == {ids.COMMAND}
    assert {s["callback_id"] for s in features["shortcuts"]} == {ids.SHORTCUT_SUGGEST_REPLY}
    assert all(s["type"] == "message" for s in features["shortcuts"])


def test_manifest_scopes_events_and_settings() -> None:
    """Only the scopes calm uses (no user scope: "Edit & post" is opt-in, see the README);
    App Home tabs, interactivity, the events, Socket Mode."""
    scopes = MANIFEST["oauth_config"]["scopes"]
    assert set(scopes["bot"]) == {"commands", "chat:write", "im:write", "im:history", "users:read"}
    assert "user" not in scopes
    settings = MANIFEST["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {
        "app_home_opened",
        "message.im",
        "app_uninstalled",  # the install flow deletes the workspace's tokens
        "tokens_revoked",
    }
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is True
    home = MANIFEST["features"]["app_home"]
    assert home["home_tab_enabled"] and home["messages_tab_enabled"]


def test_manifest_fits_the_install_flow() -> None:
    """The install flow asks for exactly the manifest's bot scopes and Slack may redirect to
    calm's /slack/oauth_redirect."""
    from bot.slack.install import BOT_SCOPES, REDIRECT_PATH

    oauth = MANIFEST["oauth_config"]
    assert set(BOT_SCOPES) == set(oauth["scopes"]["bot"])
    assert [url.endswith(REDIRECT_PATH) for url in oauth["redirect_urls"]] == [True]


async def test_every_manifest_entry_has_a_listener(slack_harness: SlackHarness) -> None:
    """Bolt answers 404 to unrouted requests; every declared entry gets 200."""
    for command in MANIFEST["features"]["slash_commands"]:
        assert (await slack_harness.command("help", command=command["command"])).status == 200
    assert (await slack_harness.command("help", command="/not-ours")).status == 404
    for shortcut in MANIFEST["features"]["shortcuts"]:
        payload = message_shortcut({"ts": "1.2", "text": "hi"}, callback_id=shortcut["callback_id"])
        assert (await slack_harness.interact(payload)).status == 200
    unknown = message_shortcut({"ts": "1.2", "text": "hi"}, callback_id="not_ours")
    assert (await slack_harness.interact(unknown)).status == 404
    await slack_harness.settle()


async def test_every_action_and_view_id_has_a_listener(slack_harness: SlackHarness) -> None:
    """Each action_id and view callback calm renders is routed (nudge_opt_in included)."""
    action_ids = [
        *ids.VARIANT_ACTIONS,
        ids.ACTION_SITUATION,
        ids.ACTION_EDIT_POST,
        ids.ACTION_EDIT_SETTINGS,
        ids.ACTION_NUDGE_OPT_IN,
    ]
    for action_id in action_ids:
        payload = block_actions(
            action_id, "gone|neutral|0|de", response_url=slack_harness.fake.webhook_url("m")
        )
        resp = await slack_harness.interact(payload)
        assert resp.status == 200, action_id
    for callback_id in (ids.VIEW_POST_IN_THREAD, ids.VIEW_SETTINGS):
        resp = await slack_harness.interact(view_submission(callback_id, {}))
        assert resp.status == 200, callback_id
    await slack_harness.settle()
