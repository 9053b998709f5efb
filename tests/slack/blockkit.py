"""Assertions that what we send to Slack fits Block Kit's limits (as Slack would reject it)."""

from __future__ import annotations

import json
from typing import Any

from slack_sdk.models.blocks import Block

from bot.slack import block_limits as lim


def _walk_text_len(node: Any) -> int:
    if isinstance(node, dict):
        total = 0
        for key, value in node.items():
            if key == "text" and isinstance(value, str):
                total += len(value)
            else:
                total += _walk_text_len(value)
        return total
    if isinstance(node, list):
        return sum(_walk_text_len(v) for v in node)
    return 0


def _text(obj: Any) -> str:
    if isinstance(obj, dict):
        return str(obj.get("text", ""))
    return str(obj or "")


def assert_select_within_limits(select: dict, where: str) -> None:
    """A static select: ≤ 100 options, option text ≤ 75, option value ≤ 150, placeholder ≤ 150."""
    options = select.get("options") or []
    assert 0 < len(options) <= 100, f"{where}: {len(options)} options"
    assert len(_text(select.get("placeholder"))) <= 150, f"{where}: placeholder too long"
    values = [o["value"] for o in options]
    assert len(values) == len(set(values)), f"{where}: duplicate option values"
    for option in options:
        assert len(_text(option.get("text"))) <= lim.BUTTON_TEXT, f"{where}: option text"
        assert len(option["value"]) <= lim.OPTION_VALUE, f"{where}: option value too long"


def assert_blocks_within_limits(blocks: list[dict], *, surface: str = "message") -> None:
    """Fail with a precise message when `blocks` break a Block Kit limit."""
    max_blocks = lim.MESSAGE_BLOCKS if surface == "message" else lim.VIEW_BLOCKS
    assert isinstance(blocks, list) and blocks, "no blocks"
    # slack_sdk's own models read the JSON back unchanged (and their validators pass).
    assert [b.to_dict() for b in Block.parse_all(blocks)] == blocks, "not valid Block Kit"
    assert len(blocks) <= max_blocks, f"{len(blocks)} blocks > {max_blocks}"
    block_ids = [b["block_id"] for b in blocks if "block_id" in b]
    assert len(block_ids) == len(set(block_ids)), f"duplicate block_id: {block_ids}"
    for i, block in enumerate(blocks):
        kind = block.get("type")
        where = f"block {i} ({kind})"
        assert kind, f"{where}: no type"
        assert len(block.get("block_id", "")) <= 255, f"{where}: block_id too long"
        if kind == "section":
            assert "text" in block or "fields" in block, f"{where}: empty section"
            accessory = block.get("accessory") or {}
            if accessory.get("type") == "static_select":
                assert_select_within_limits(accessory, where)
            assert len(_text(block.get("text"))) <= lim.SECTION_TEXT, f"{where}: text too long"
            fields = block.get("fields") or []
            assert len(fields) <= 10, f"{where}: {len(fields)} fields"
            for f in fields:
                assert len(_text(f)) <= 2000, f"{where}: field too long"
        elif kind == "header":
            assert len(_text(block.get("text"))) <= lim.HEADER_TEXT, f"{where}: header too long"
        elif kind == "context":
            elements = block.get("elements") or []
            assert 0 < len(elements) <= lim.CONTEXT_ELEMENTS, f"{where}: {len(elements)} elements"
            for el in elements:
                assert len(_text(el)) <= lim.CONTEXT_TEXT, f"{where}: context text too long"
        elif kind == "actions":
            elements = block.get("elements") or []
            assert 0 < len(elements) <= lim.ACTIONS_ELEMENTS, f"{where}: {len(elements)} elements"
            ids = [el.get("action_id") for el in elements]
            assert len(ids) == len(set(ids)), f"{where}: duplicate action_id"
            for el in elements:
                if el.get("type") == "button":
                    assert len(_text(el.get("text"))) <= lim.BUTTON_TEXT, f"{where}: button text"
                    assert len(el.get("value", "")) <= lim.BUTTON_VALUE, f"{where}: button value"
                assert len(el.get("action_id", "")) <= 255, f"{where}: action_id too long"
        elif kind == "rich_text":
            assert block.get("elements"), f"{where}: empty rich_text"
            assert _walk_text_len(block) <= 4000, f"{where}: rich text too long"
        elif kind == "input":
            element = block.get("element") or {}
            if "initial_value" in element:
                assert len(element["initial_value"]) <= lim.INPUT_VALUE, f"{where}: initial value"
    if surface == "message":
        total = _walk_text_len(blocks)
        assert total <= lim.MESSAGE_TEXT_BUDGET, f"message text {total} > budget"


def assert_view_within_limits(view: dict) -> None:
    title = _text(view.get("title"))
    assert len(title) <= lim.MODAL_TITLE, f"title {title!r} too long"
    for key in ("submit", "close"):
        if key in view:
            assert len(_text(view[key])) <= lim.MODAL_TITLE, f"{key} too long"
    assert len(view.get("private_metadata", "")) <= lim.PRIVATE_METADATA
    assert len(view.get("callback_id", "")) <= 255
    assert_blocks_within_limits(view["blocks"], surface=view.get("type", "modal"))


def all_text(obj: Any) -> str:
    """Everything in a payload as one string (for "the canary is (not) in there")."""
    return json.dumps(obj, ensure_ascii=False)
