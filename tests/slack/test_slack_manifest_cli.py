"""`calm slack-manifest`: the public URL in every place Slack needs it, no user scope unless
"Edit & post" is wanted, written with mode 0644."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from bot.cli import EXIT_OK, EXIT_USAGE, main


def _manifest(capsys, *args: str) -> dict:
    assert main(["slack-manifest", *args]) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def _urls(manifest: dict) -> list[str]:
    settings = manifest["settings"]
    return [
        *(c.get("url") for c in manifest["features"]["slash_commands"]),
        settings["event_subscriptions"].get("request_url"),
        settings["interactivity"].get("request_url"),
    ]


@pytest.mark.parametrize(
    "url",
    ["https://calm.example.org", "https://calm.example.org/", "https://calm.example.org/slack/events"],
)
def test_url_goes_into_all_three_places(capsys, url: str) -> None:
    manifest = _manifest(capsys, "--url", url)
    assert _urls(manifest) == ["https://calm.example.org/slack/events"] * 3
    assert manifest["settings"]["socket_mode_enabled"] is False


def test_without_url_it_is_a_socket_mode_manifest(capsys) -> None:
    manifest = _manifest(capsys)
    assert _urls(manifest) == [None, None, None]
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert "message.im" in manifest["settings"]["event_subscriptions"]["bot_events"]


def test_user_scope_only_when_asked(capsys) -> None:
    assert "user" not in _manifest(capsys)["oauth_config"]["scopes"]
    asked = _manifest(capsys, "--post-as-user")
    assert asked["oauth_config"]["scopes"]["user"] == ["chat:write"]


@pytest.mark.parametrize("url", ["http://calm.example.org", "calm.example.org", "https://x/?a=1"])
def test_url_slack_would_refuse_is_a_usage_error(capsys, url: str) -> None:
    assert main(["slack-manifest", "--url", url]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("calm slack-manifest: --url") and "Traceback" not in err


def test_output_file_is_0644(tmp_path: Path, capsys) -> None:
    output = tmp_path / "out" / "manifest.json"
    assert main(["slack-manifest", "--url", "https://c.example.org", "--output", str(output)]) == 0
    assert stat.S_IMODE(output.stat().st_mode) == 0o644
    assert json.loads(output.read_text("utf-8"))["settings"]["socket_mode_enabled"] is False
    assert str(output) in capsys.readouterr().err


def test_slack_app_icon_has_the_size_slack_accepts() -> None:
    from PIL import Image

    icon = Path(__file__).parents[2] / "deploy" / "slack" / "icon.png"
    with Image.open(icon) as image:
        assert image.format == "PNG"
        assert image.size[0] == image.size[1] and 512 <= image.size[0] <= 2000


def test_the_install_flow_redirect_follows_the_url() -> None:
    """With --url the manifest carries /slack/oauth_redirect on that host (the install flow);
    the Socket Mode manifest carries no redirect URL (nothing to redirect to)."""
    from bot.slack.manifest import slack_manifest

    http = slack_manifest(url="https://calm.example.org/")
    assert http["oauth_config"]["redirect_urls"] == ["https://calm.example.org/slack/oauth_redirect"]
    assert "redirect_urls" not in slack_manifest()["oauth_config"]
