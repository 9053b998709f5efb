"""Turning slack_sdk block models into the JSON Slack receives, quickly.

`JsonObject.to_dict()` re-validates every nested object on each call (it walks `dir()` of each
object, once per nesting level), which is slow for the views and notices built from models (the
coaching card, on every ack, is written as JSON directly: see `render`). `to_json` produces the
same dict without those checks for the model classes calm renders; classes with their own
`to_dict` use it. The tests read every block calm renders back through slack_sdk's models and
compare (`tests/slack/blockkit.py`), so the shipped output is validated there.
"""

from __future__ import annotations

from typing import Any

from slack_sdk.models.basic_objects import EMPTY_ALLOWED_TYPE_AND_PROPERTY_LIST, JsonObject

_PLAIN_TO_DICT = JsonObject.to_dict
_EMPTY_ALLOWED = {(e["type"], e["property"]) for e in EMPTY_ALLOWED_TYPE_AND_PROPERTY_LIST}


def to_json(value: Any) -> Any:
    """A JSON-ready copy of a model (or a list/dict of models), as `to_dict()` would give."""
    if isinstance(value, JsonObject):
        if type(value).to_dict is not _PLAIN_TO_DICT:
            return {k: to_json(v) for k, v in value.to_dict().items()}
        kind = getattr(value, "type", None)
        out: dict[str, Any] = {}
        for key in sorted(value.attributes):
            item = getattr(value, key, None)
            if item is None:
                continue
            if hasattr(item, "__len__") and len(item) == 0 and (kind, key) not in _EMPTY_ALLOWED:
                continue
            out[key] = to_json(item)
        return out
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value
