"""The "Edit & post" modal: the draft, editable, with the engine's review of it.

`private_metadata` holds only where to post (channel, thread) – never client text.
"""

from __future__ import annotations

import json

from slack_sdk.models.blocks import (
    ContextBlock,
    InputBlock,
    MarkdownTextObject,
    PlainTextInputElement,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.coach.model import Finding, Language
from bot.slack import block_limits as lim
from bot.slack import ids

DRAFT_BLOCK = "draft"
DRAFT_ACTION = "text"

_T = {
    "title": {Language.DE: "Antwort posten", Language.EN: "Post reply"},
    "submit": {Language.DE: "Im Thread posten", Language.EN: "Post in thread"},
    "close": {Language.DE: "Abbrechen", Language.EN: "Cancel"},
    "label": {Language.DE: "Deine Antwort (als du)", Language.EN: "Your reply (as you)"},
    "review_ok": {
        Language.DE: "✅ Keine typischen Eskalations-Fallen im Entwurf gefunden.",
        Language.EN: "✅ No typical escalation traps found in the draft.",
    },
    "review_head": {Language.DE: "*Check deines Entwurfs*", Language.EN: "*Check of your draft*"},
    "hint": {
        Language.DE: "Wird mit deinem Namen in den Thread gepostet. Prüfe den Text vorher.",
        Language.EN: "Posted into the thread under your name. Read it over first.",
    },
    "empty": {Language.DE: "Bitte gib einen Text ein.", Language.EN: "Please enter some text."},
    "not_allowed": {
        Language.DE: "Posten als du ist für dein Konto nicht eingerichtet.",
        Language.EN: "Posting as you is not set up for your account.",
    },
    "post_failed": {
        Language.DE: "Slack hat das Posten abgelehnt ({error}). Bist du Mitglied des Kanals?",
        Language.EN: "Slack refused the post ({error}). Are you a member of the channel?",
    },
}


def text(key: str, ui: Language, **fmt: str) -> str:
    value = _T[key][ui]
    return value.format(**fmt) if fmt else value


def pack_metadata(channel: str, thread_ts: str | None) -> str:
    return json.dumps({"c": channel, "t": thread_ts})


def unpack_metadata(raw: str) -> tuple[str, str | None] | None:
    try:
        data = json.loads(raw or "")
        return str(data["c"]), (str(data["t"]) if data.get("t") else None)
    except (ValueError, KeyError, TypeError):
        return None


def review_blocks(findings: list[Finding], ui: Language) -> list:
    if not findings:
        return [ContextBlock(elements=[MarkdownTextObject(text=text("review_ok", ui))])]
    lines = [text("review_head", ui)]
    for f in findings[:8]:
        line = f"• {lim.escape_mrkdwn(f.message)} → _{lim.escape_mrkdwn(f.suggestion)}_"
        if f.excerpt:
            line += f"  (“{lim.escape_mrkdwn(lim.trim(f.excerpt, 80))}”)"
        lines.append(lim.trim(line, 400))
    return [SectionBlock(text=MarkdownTextObject(text=lim.trim("\n".join(lines), 2900)))]


def post_modal(
    draft: str, findings: list[Finding], *, channel: str, thread_ts: str | None, ui: Language
) -> dict:
    view = View(
        type="modal",
        callback_id=ids.VIEW_POST_IN_THREAD,
        title=text("title", ui),
        submit=text("submit", ui),
        close=text("close", ui),
        private_metadata=pack_metadata(channel, thread_ts),
        blocks=[
            InputBlock(
                block_id=DRAFT_BLOCK,
                label=text("label", ui),
                element=PlainTextInputElement(
                    action_id=DRAFT_ACTION,
                    multiline=True,
                    initial_value=lim.trim(draft, lim.INPUT_VALUE),
                    max_length=lim.INPUT_VALUE,
                ),
            ),
            *review_blocks(findings, ui),
            ContextBlock(elements=[MarkdownTextObject(text=text("hint", ui))]),
        ],
    )
    return view.to_dict()
