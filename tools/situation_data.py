"""The labelled messages the situation model learns from, and their fingerprint.

Two kinds, kept apart because only one may decide between models:

- **real** client messages, quoted from public sources and labelled: `../shared/data/
  real_train.jsonl` and `../shared/eval/dev.jsonl` beside the repository. Cross-validation over
  them chooses features and settings; they also train the final model.
- **written** messages in `data/corpus/*.jsonl` (see its README): variants of the real ones
  (`origin` names the real message, so a variant stays in its original's fold) and fresh ones.
  They train, never decide.

`digest()` fingerprints every file the model is trained from; the model stores it, and a test
fails when the committed model no longer matches the data (retrain with
`python -m tools.train_situation_model`). No message text is printed anywhere.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REAL_FILES = (SHARED / "data" / "real_train.jsonl", SHARED / "eval" / "dev.jsonl")
CORPUS_DIR = ROOT / "data" / "corpus"

__all__ = ["Example", "corpus_files", "digest", "load_real", "load_written"]


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    situation: str
    group: str  # the real message this one belongs with in cross-validation
    source: str  # "real", or the corpus file's stem
    secondary: str | None = None  # a second situation the annotator saw in it, if any


def _read(path: Path, source: str) -> list[Example]:
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        ident = str(row.get("id") or f"{path.stem}:{number}")
        group = str(row.get("origin") or ident)
        examples.append(
            Example(ident, row["text"], row["situation"], group, source, row.get("secondary"))
        )
    return examples


def load_real() -> list[Example]:
    missing = [str(p) for p in REAL_FILES if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"real labelled messages not found: {', '.join(missing)}")
    return [e for path in REAL_FILES for e in _read(path, "real")]


def corpus_files() -> list[Path]:
    return sorted(CORPUS_DIR.glob("*.jsonl"))


def load_written() -> list[Example]:
    return [e for path in corpus_files() for e in _read(path, path.stem)]


def digest(paths: list[Path] | None = None) -> str:
    """sha256 over the names and bytes of the training files (real ones where present)."""
    paths = paths if paths is not None else [*REAL_FILES, *corpus_files()]
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes() if path.is_file() else b"<missing>")
        h.update(b"\0")
    return h.hexdigest()
