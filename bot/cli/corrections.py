"""`calm corrections`: how often users corrected calm's situation, across all users.

Each time a user picks another situation on a card ("Not quite right? → …"), calm counts the
pair (what it read → what the user chose) for that user and day, never any text. This command
adds the counts up across users and prints them as a confusion table (rows: calm's reading,
columns: the users' choice; the last column: how many of the cards calm read as that
situation were corrected), or as JSON Lines with `--json`. No user ids are printed.

    calm corrections                 the last 30 days, Slack and Teams
    calm corrections --days 7 --platform slack
    calm corrections --json          one {"detected", "chosen", "count"} object per line
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Mapping

from bot.cli import EXIT_CONFIG, EXIT_OK

Counts = Mapping[tuple[str, str], int]


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "corrections",
        help="situation corrections across users, as a confusion table (counts only)",
        description=(
            "Print how often users corrected calm's reading of a situation: rows are what\n"
            "calm read, columns what the users chose instead. Counts only, summed over all\n"
            "users; calm never stores the messages. Reads DATABASE_URL (environment or .env)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--days", type=_days, default=30, help="count the last N days, today included (30)"
    )
    p.add_argument("--platform", choices=["slack", "teams"], help="one platform only")
    p.add_argument("--json", action="store_true", help="JSON Lines: detected, chosen, count")
    p.set_defaults(handler=run)


def _days(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a whole number of days, e.g. 30") from None
    if not 1 <= days <= 3660:
        raise argparse.ArgumentTypeError("expected 1 to 3660 days")
    return days


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from bot.coach.errors import ConfigError
    from bot.config import load_settings
    from bot.store import Store

    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"calm corrections: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    end = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)  # users ahead of UTC
    start = end - dt.timedelta(days=args.days)
    try:
        store = Store.from_url(settings.database_url, create=False)
        try:
            counts = store.corrections_between(start, end, platform=args.platform)
            coached = store.usage_totals(start, end, platform=args.platform)
        finally:
            store.engine.dispose()
    except SQLAlchemyError as exc:
        print(
            f"calm corrections: could not read the database ({type(exc).__name__}); "
            "check DATABASE_URL, and that calm has served there at least once.",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    if args.json:
        for (detected, chosen), count in counts.items():
            line = {"detected": detected, "chosen": chosen, "count": count}
            sys.stdout.write(json.dumps(line) + "\n")
        return EXIT_OK
    sys.stdout.write(confusion_table(counts, days=args.days, coached=coached))
    return EXIT_OK


def confusion_table(
    counts: Counts, *, days: int, coached: Mapping[str, int] | None = None
) -> str:
    """Rows: calm's reading; columns: the users' choice; only situations that occur. With
    `coached` (cards per situation) a last column says how many of a row's cards were
    corrected."""
    if not counts:
        return f"No situation corrections in the last {days} days.\n"
    read: dict[str, int] = {}
    chosen: dict[str, int] = {}
    for (detected, choice), n in counts.items():
        read[detected] = read.get(detected, 0) + n
        chosen[choice] = chosen.get(choice, 0) + n
    rows = sorted(read, key=lambda s: (-read[s], s))
    cols = sorted(chosen, key=lambda s: (-chosen[s], s))
    corner = "calm read \\ chosen"
    first = max(len(corner), *(len(r) for r in rows))
    widths = [max(len(c), 5) for c in cols]
    header = [corner.ljust(first), *(c.rjust(w) for c, w in zip(cols, widths, strict=True))]
    if coached is not None:
        header.append("corrected/cards")
    lines = [
        f"Situation corrections, last {days} days, all users ({sum(counts.values())} in all):",
        "",
        "  ".join(header),
    ]
    for row in rows:
        cells = [
            str(counts.get((row, c)) or ".").rjust(w) for c, w in zip(cols, widths, strict=True)
        ]
        if coached is not None:
            cards = coached.get(row) or "–"  # usage counts not flushed yet
            cells.append(f"{read[row]}/{cards}".rjust(len("corrected/cards")))
        lines.append("  ".join([row.ljust(first), *cells]))
    return "\n".join(lines) + "\n"
