"""Slack's Block Kit limits, and cutting text to fit them (never an API error for long text).

Numbers from slack_sdk's models and Slack's reference: a message holds 50 blocks (modal and
Home: 100), a section's text 3,000 characters, a context element 3,000 (we keep them far
shorter), a button value 2,000, a plain-text input's initial value 3,000, a modal's
private_metadata 3,000. Slack also rejects messages whose blocks add up to roughly 13k
characters, so a card spends at most `MESSAGE_TEXT_BUDGET` on text.
"""

from __future__ import annotations

MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
SECTION_TEXT = 3000
CONTEXT_TEXT = 3000
CONTEXT_ELEMENTS = 10
ACTIONS_ELEMENTS = 25
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
HEADER_TEXT = 150
INPUT_VALUE = 3000
PRIVATE_METADATA = 3000
MODAL_TITLE = 24
OPTION_VALUE = 150
MESSAGE_TEXT_BUDGET = 12000  # below Slack's ~13.2k cumulative block text limit

ELLIPSIS = "…"


def trim(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def chunks(text: str, size: int, *, max_chunks: int) -> tuple[list[str], bool]:
    """Split `text` into at most `max_chunks` pieces of at most `size` characters.

    Splits at a line break or space where possible. Returns the pieces and whether text was
    dropped (the last piece then ends with an ellipsis).
    """
    pieces: list[str] = []
    rest = text
    while rest and len(pieces) < max_chunks:
        if len(rest) <= size:
            pieces.append(rest)
            rest = ""
            break
        cut = rest.rfind("\n", 0, size)
        if cut < size * 0.5:
            cut = rest.rfind(" ", 0, size)
        if cut < size * 0.5:
            cut = size
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    dropped = bool(rest)
    if dropped and pieces:
        pieces[-1] = pieces[-1][: size - 1] + ELLIPSIS
    return pieces, dropped


def escape_mrkdwn(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
