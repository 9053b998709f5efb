"""`calm slack-manifest`: the Slack app manifest for your deployment, ready to paste.

    calm slack-manifest                                  Socket Mode (no public URL needed)
    calm slack-manifest --url https://calm.example.com   HTTP mode: the URL in all three places
    calm slack-manifest --url … --post-as-user           also ask for the "Edit & post" scope
    calm slack-manifest --output manifest.json           write a file instead of printing
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "slack-manifest",
        help="print or write the Slack app manifest for your URL",
        description=(
            "Print the Slack app manifest (paste it at api.slack.com/apps → Create New App → "
            "From a manifest). With --url, calm's request URL goes into the /calm command, "
            "Interactivity and Event Subscriptions, and Socket Mode is off; without it the "
            "manifest is for Socket Mode."
        ),
        epilog=(
            "examples:\n"
            "  calm slack-manifest\n"
            "  calm slack-manifest --url https://calm.example.com --output manifest.json\n"
            "  calm slack-manifest --url https://calm.example.com --post-as-user"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--url",
        help="calm's public HTTPS address (…/slack/events is added); omit for Socket Mode",
    )
    p.add_argument(
        "--post-as-user",
        action="store_true",
        help='ask for the user scope chat:write, for "Edit & post" (needs SLACK_USER_TOKEN)',
    )
    p.add_argument("--output", type=Path, help="write the manifest to this file (default: print)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from bot.cli import EXIT_OK, EXIT_RUNTIME, EXIT_USAGE
    from bot.slack.manifest import ManifestError, slack_manifest

    try:
        manifest = slack_manifest(url=args.url, post_as_user=args.post_as_user)
    except ManifestError as exc:
        print(f"calm slack-manifest: {exc}.", file=sys.stderr)
        return EXIT_USAGE
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, "utf-8")
        os.chmod(args.output, 0o644)
    except OSError as exc:
        print(f"calm slack-manifest: cannot write {args.output}: {exc.strerror}.", file=sys.stderr)
        return EXIT_RUNTIME
    mode = "HTTP mode, " + args.url if args.url else "Socket Mode"
    print(
        f"Wrote {args.output} ({mode}). Paste it at https://api.slack.com/apps → Create New App "
        "→ From a manifest, or into your app's App Manifest page.",
        file=sys.stderr,
    )
    return EXIT_OK
