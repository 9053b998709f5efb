"""`calm coach` (INTERIM minimal: --json contract only; the CLI work completes it)."""

from __future__ import annotations

import argparse
import json
import sys

from bot.coach import InputError, coach


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("coach", help="coach one client message")
    p.add_argument("text", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.json:
        for line in sys.stdin:
            if not line.strip():
                continue
            obj = json.loads(line)
            try:
                c = coach(obj["text"])
                d = c.detection
                out = {
                    "id": obj.get("id"),
                    "situation": d.situation.value,
                    "secondary": [s.value for s in d.secondary],
                    "language": d.language.value,
                    "formality": d.formality.value,
                    "heat": d.heat,
                    "draft": c.draft,
                    "boundary": c.boundary,
                    "engine": c.engine,
                }
            except InputError as exc:
                out = {"id": obj.get("id"), "error": str(exc)}
            print(json.dumps(out, ensure_ascii=False), flush=True)
        return 0
    c = coach(args.text or sys.stdin.read())
    print(c.detection.situation, c.draft)
    return 0
