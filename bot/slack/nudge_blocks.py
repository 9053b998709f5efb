"""Block Kit for the daily nudge: the question with four buttons, and the answered version.

The four buttons have action ids `nudge_capacity_<capacity>` (free/some/full/overbooked) and
carry the capacity as their value; `bot/slack/listeners/nudge.py` handles them.
"""

from __future__ import annotations

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.coach.model import Capacity, Language
from bot.nudge.content import NudgeContent, capacity_label, noted_text

CAPACITY_ACTION_PREFIX = "nudge_capacity_"
NUDGE_BLOCK_ID = "calm_nudge"


def capacity_action_id(capacity: Capacity) -> str:
    return f"{CAPACITY_ACTION_PREFIX}{capacity.value}"


def _context_lines(content: NudgeContent) -> list[Block]:
    lines = [content.tip] + ([content.yesterday] if content.yesterday else [])
    return [ContextBlock(elements=[MarkdownTextObject(text=line)]) for line in lines]


def nudge_blocks(content: NudgeContent) -> list[dict]:
    """The check-in DM: greeting and question, four buttons, the tip, yesterday's count."""
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text=f"{content.greeting} {content.question}")),
        ActionsBlock(
            block_id=NUDGE_BLOCK_ID,
            elements=[
                ButtonElement(
                    text=option.label,
                    action_id=capacity_action_id(option.capacity),
                    value=option.capacity.value,
                    style="danger" if option.capacity is Capacity.OVERBOOKED else None,
                )
                for option in content.options
            ],
        ),
        *_context_lines(content),
    ]
    return [b.to_dict() for b in blocks]


def answered_blocks(capacity: Capacity, language: Language) -> list[dict]:
    """What the nudge turns into once answered: the noted capacity and how to change it."""
    labels = " | ".join(
        capacity_label(c, language)
        for c in (Capacity.FREE, Capacity.SOME, Capacity.FULL, Capacity.OVERBOOKED)
    )
    hint = (
        f"Ändern: /calm capacity {labels}"
        if language is Language.DE
        else f"Change it: /calm capacity {labels}"
    )
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text=f"*{noted_text(capacity, language)}*")),
        ContextBlock(elements=[MarkdownTextObject(text=hint)]),
    ]
    return [b.to_dict() for b in blocks]
