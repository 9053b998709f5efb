"""`calm teams-package`: build the Teams app package (the zip you upload to Teams).

Reads `deploy/teams/manifest.template.json` (the copy inside the package when calm is installed
from a wheel), fills in TEAMS_CLIENT_ID (the bot id and app id) and the version, and writes
`deploy/teams/build/calm-teams.zip` in a source checkout (`./calm-teams.zip` when installed; or
`--output`) with `manifest.json`, `color.png`, `outline.png` and the German localisation
`de.json` at the zip root. Without your privacy/terms/website URLs it says loudly that it uses
placeholders.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

_CHECKOUT_DEPLOY = Path(__file__).resolve().parents[2] / "deploy" / "teams"
# In a source checkout the zip goes next to the template; an installed calm writes it into the
# current directory (never into site-packages).
DEFAULT_OUTPUT = (
    _CHECKOUT_DEPLOY / "build" / "calm-teams.zip"
    if _CHECKOUT_DEPLOY.is_dir()
    else Path("calm-teams.zip")
)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "teams-package",
        help="build the Microsoft Teams app package (zip) for upload",
        description=(
            "Build the Teams app package from deploy/teams/manifest.template.json using "
            "TEAMS_CLIENT_ID (from the environment or .env)."
        ),
    )
    p.add_argument(
        "--version",
        dest="app_version",
        default="1.0.0",
        help="app version in the manifest, e.g. 1.2.0 (default: 1.0.0)",
    )
    p.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help=f"where to write the zip (default: {DEFAULT_OUTPUT})",
    )
    p.add_argument("--developer-name", default="calm")
    p.add_argument("--website-url", help="your website (https://…)")
    p.add_argument("--privacy-url", help="your privacy statement (https://…)")
    p.add_argument("--terms-url", help="your terms of use (https://…)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from bot.cli import EXIT_CONFIG, EXIT_OK, EXIT_USAGE
    from bot.coach.errors import ConfigError
    from bot.config import load_settings
    from bot.teams.package import PLACEHOLDER_URLS, PackageError, build_package

    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"calm teams-package: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if not settings.teams_client_id:
        print(
            "calm teams-package: TEAMS_CLIENT_ID is not set. Put the application (client) id "
            "of your Entra app registration into .env (TEAMS_CLIENT_ID=...) and run again.",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    given = {"website": args.website_url, "privacy": args.privacy_url, "terms": args.terms_url}
    missing = [name for name, url in given.items() if not url]
    if missing:
        flags = ", ".join(f"--{name}-url" for name in missing)
        print(
            f"calm teams-package: WARNING: no {flags} given, so the package uses PLACEHOLDER "
            "pages on example.com. That is fine to try calm in your own tenant; before an "
            "admin publishes it to the organisation, run this again with your own URLs.",
            file=sys.stderr,
        )
    urls = {name: url or PLACEHOLDER_URLS[name] for name, url in given.items()}
    try:
        path = build_package(
            client_id=settings.teams_client_id,
            version=args.app_version,
            output=args.output,
            developer_name=args.developer_name,
            website_url=urls["website"],
            privacy_url=urls["privacy"],
            terms_url=urls["terms"],
        )
    except PackageError as exc:
        print(f"calm teams-package: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Wrote {path}. Upload it in Teams: Apps › Manage your apps › Upload an app.")
    return EXIT_OK
