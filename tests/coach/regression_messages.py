"""Client messages calm's builders wrote in earlier rounds, with their situation.

They live in `data/corpus/builder.jsonl` (ids `b-reg-…`), where they also train the situation
model; tests use them as a wide sample of shapes a draft must cope with. Not from any real set.
"""

from __future__ import annotations

import json
from pathlib import Path

_FILE = Path(__file__).resolve().parents[2] / "data" / "corpus" / "builder.jsonl"

MESSAGES: tuple[tuple[str, str], ...] = tuple(
    (row["situation"], row["text"])
    for row in map(json.loads, _FILE.read_text(encoding="utf-8").splitlines())
    if row["id"].startswith("b-reg-")
)

# Ordinary messages (ids `b-neu-…`), written to teach what an everyday message looks like.
NEUTRAL_MESSAGES: tuple[str, ...] = tuple(
    row["text"]
    for row in map(json.loads, _FILE.read_text(encoding="utf-8").splitlines())
    if row["id"].startswith("b-neu-")
)
