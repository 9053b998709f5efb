"""The model's structured answer: parse it and hold it to the contract, or say why not.

The model is asked for one JSON object: `situation` (one of the twelve ids), `secondary` (an id,
a list of ids, or null), `confidence` (0-1), `client_wants` (one line) and `draft`. Models wrap
JSON in code fences, put a sentence before it or think aloud first; all of that is tolerated.
What is not: no JSON object at all, a situation that is not one of calm's, no draft. Those raise
`ReadingError` with a short code, and the user keeps the offline card.

Secondary situations and the confidence are lenient: an unknown secondary id is dropped, a
confidence that is not a number becomes None (the caller picks a default).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from bot.coach.model import Situation

MAX_READING_CHARS = 200

_THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)
_CONFIDENCE_WORDS = {"high": 0.85, "medium": 0.65, "low": 0.4}


class ReadingError(Exception):
    """The answer breaks the contract; `code` is "not_json", "unknown_situation" or "no_draft"."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class ModelReading:
    """What the model read and wrote (texts still hold placeholders)."""

    situation: Situation
    secondary: tuple[Situation, ...]
    confidence: float | None
    client_wants: str
    draft: str


def _situation(value: Any) -> Situation | None:
    if not isinstance(value, str):
        return None
    key = re.sub(r"[\s-]+", "_", value.strip().lower())
    try:
        return Situation(key)
    except ValueError:
        return None


def _object(text: str) -> dict[str, Any]:
    text = _FENCE.sub("", _THINK.sub("", text).strip())
    # strict=False: local models often put real line breaks inside the draft string.
    try:
        value = json.loads(text, strict=False)
    except ValueError:
        start, end = text.find("{"), text.rfind("}")
        if start < 0 or end <= start:
            raise ReadingError("not_json") from None
        try:
            value = json.loads(text[start : end + 1], strict=False)
        except ValueError:
            raise ReadingError("not_json") from None
    if not isinstance(value, dict):
        raise ReadingError("not_json")
    return value


def _confidence(value: Any) -> float | None:
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _CONFIDENCE_WORDS:
            return _CONFIDENCE_WORDS[word]
        try:
            value = float(word.rstrip("%"))
        except ValueError:
            return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return None
    if 1 < value <= 100:  # a percentage
        value = value / 100
    return min(max(float(value), 0.0), 1.0)


def _line_breaks(draft: str) -> str:
    """Real line breaks; a draft escaped twice ("Hallo,\\n\\nich …") gets them back."""
    draft = draft.replace("\r\n", "\n")
    if "\n" not in draft and "\\n" in draft:
        draft = draft.replace("\\n", "\n")
    return draft.strip()


def parse_reading(text: str) -> ModelReading:
    """The model's answer as a `ModelReading`; raises `ReadingError` when it is unusable."""
    obj = _object(text)
    situation = _situation(obj.get("situation"))
    if situation is None:
        raise ReadingError("unknown_situation")
    draft = obj.get("draft")
    if not isinstance(draft, str) or not draft.strip():
        raise ReadingError("no_draft")
    raw_secondary = obj.get("secondary")
    if not isinstance(raw_secondary, list):
        raw_secondary = [raw_secondary]
    secondary: list[Situation] = []
    for value in raw_secondary:
        found = _situation(value)
        if found is None or found in (situation, Situation.NEUTRAL) or found in secondary:
            continue
        secondary.append(found)
    wants = obj.get("client_wants")
    reading = " ".join(wants.split())[:MAX_READING_CHARS] if isinstance(wants, str) else ""
    return ModelReading(
        situation=situation,
        secondary=tuple(secondary[:2]),
        confidence=_confidence(obj.get("confidence")),
        client_wants=reading,
        draft=_line_breaks(draft),
    )
