"""Reading a Slack message as plain text: its text, rich text blocks, attachments and quotes.

Slack markup is turned back into words: `<https://x|label>` → `label`, `<https://x>` → the
URL, user/channel mentions and `<!here>` are dropped, `&amp; &lt; &gt;` unescaped and quote
markers (`> `) removed.
"""

from __future__ import annotations

import re
from typing import Any

_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>")
_MENTION = re.compile(r"<[@#!][^>]*>")
_QUOTE = re.compile(r"^(?:>|&gt;)\s?", re.MULTILINE)


def clean_markup(text: str) -> str:
    """Slack mrkdwn markup → the words a person reads."""
    text = _LINK.sub(lambda m: m.group(2) or m.group(1).removeprefix("mailto:"), text)
    text = _MENTION.sub("", text)
    text = _QUOTE.sub("", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


def _rich_text(elements: list[Any], out: list[str]) -> None:
    for el in elements:
        if not isinstance(el, dict):
            continue
        kind = el.get("type")
        if kind == "text":
            out.append(str(el.get("text", "")))
        elif kind == "link":
            out.append(str(el.get("text") or el.get("url", "")))
        elif kind == "emoji":
            out.append(f":{el.get('name', '')}:")
        elif "elements" in el:
            _rich_text(el["elements"], out)
            if kind in ("rich_text_section", "rich_text_preformatted", "rich_text_quote"):
                out.append("\n")
            elif kind == "rich_text_list":
                pass


def _blocks_text(blocks: list[Any]) -> str:
    parts: list[str] = []
    for block in blocks or []:
        if not isinstance(block, dict):
            continue
        if block.get("type") == "rich_text":
            out: list[str] = []
            _rich_text(block.get("elements", []), out)
            parts.append("".join(out))
        elif block.get("type") in ("section", "header", "markdown"):
            text = block.get("text")
            parts.append(text.get("text", "") if isinstance(text, dict) else str(text or ""))
            for field in block.get("fields") or []:
                if isinstance(field, dict):
                    parts.append(str(field.get("text", "")))
        elif block.get("type") == "context":
            for el in block.get("elements") or []:
                if isinstance(el, dict) and "text" in el:
                    parts.append(str(el["text"]))
    return "\n".join(p.strip() for p in parts if p and p.strip())


def _attachment_text(att: dict[str, Any]) -> str:
    parts = [str(att.get(k) or "") for k in ("pretext", "title", "text")]
    for field in att.get("fields") or []:
        if isinstance(field, dict):
            parts.append(str(field.get("value", "")))
    for message_block in att.get("message_blocks") or []:
        msg = message_block.get("message") if isinstance(message_block, dict) else None
        if isinstance(msg, dict):
            parts.append(_blocks_text(msg.get("blocks") or []))
    joined = "\n".join(p for p in parts if p.strip())
    return joined or str(att.get("fallback") or "")


def message_text(message: dict[str, Any]) -> str:
    """All readable text of a message payload (as the shortcut delivers it), cleaned."""
    parts: list[str] = []
    text = str(message.get("text") or "")
    rich = _blocks_text(message.get("blocks") or [])
    # `text` is Slack's rendering of the rich text; prefer the blocks when text is missing.
    parts.append(text if text.strip() else rich)
    for att in message.get("attachments") or []:
        if isinstance(att, dict):
            parts.append(_attachment_text(att))
    return clean_markup("\n\n".join(p for p in parts if p and p.strip()))


def has_files(message: dict[str, Any]) -> bool:
    return bool(message.get("files")) or message.get("upload") is True
