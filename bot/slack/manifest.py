"""The Slack app manifest for your deployment, from `deploy/slack/manifest.json`.

The manifest in the repository is the Socket Mode one. For HTTP mode Slack needs your public
URL in three places (the `/calm` command, Interactivity, Event Subscriptions);
`slack_manifest(url=…)` puts it in all three, adds the install flow's redirect URL
(`/slack/oauth_redirect`) and turns Socket Mode off. The user scope for
"Edit & post" (posting the draft into the thread as you) is added only when asked for: every
installer would otherwise be asked to grant it, though only the installer's token is used.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.bundled import slack_template_dir
from bot.slack.app import EVENTS_PATH
from bot.slack.install import REDIRECT_PATH

# deploy/slack/manifest.json in a checkout, the copy inside the package when installed.
MANIFEST = slack_template_dir() / "manifest.json"
POST_AS_USER_SCOPES = ["chat:write"]


class ManifestError(ValueError):
    """The manifest cannot be made as asked (a URL Slack would not accept)."""


def events_url(url: str) -> str:
    """`https://host[/prefix]` → `https://host[/prefix]/slack/events` (kept if already there)."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ManifestError(
            "--url must be your public https:// address, e.g. https://calm.example.com "
            "(Slack sends requests only to HTTPS)"
        )
    if parts.query or parts.fragment:
        raise ManifestError("--url takes no ?query or #fragment")
    base = url.rstrip("/")
    return base if base.endswith(EVENTS_PATH) else base + EVENTS_PATH


def slack_manifest(
    *, url: str | None = None, post_as_user: bool = False, source: Path = MANIFEST
) -> dict[str, Any]:
    """The manifest: HTTP mode with `url` everywhere Slack needs it, else Socket Mode."""
    manifest = copy.deepcopy(json.loads(source.read_text("utf-8")))
    features, settings = manifest["features"], manifest["settings"]
    target = events_url(url) if url is not None else None
    for command in features.get("slash_commands", []):
        _set_or_drop(command, "url", target)
    _set_or_drop(settings["event_subscriptions"], "request_url", target)
    _set_or_drop(settings["interactivity"], "request_url", target)
    settings["socket_mode_enabled"] = target is None
    # The install flow's redirect ("Add to Slack" for other workspaces) needs the public URL.
    oauth = manifest["oauth_config"]
    if target is None:
        oauth.pop("redirect_urls", None)
    else:
        oauth["redirect_urls"] = [target.removesuffix(EVENTS_PATH) + REDIRECT_PATH]
    scopes = manifest["oauth_config"]["scopes"]
    if post_as_user:
        scopes["user"] = list(POST_AS_USER_SCOPES)
    else:
        scopes.pop("user", None)
    return manifest


def _set_or_drop(section: dict[str, Any], key: str, value: str | None) -> None:
    if value is None:
        section.pop(key, None)
    else:
        section[key] = value
