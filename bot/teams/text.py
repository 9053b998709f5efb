"""Turn what Teams delivers into plain client text: HTML to text, mentions out, command parsed.

Teams gives the bot a message's text as plain text with `<at>…</at>` mention tags, and the
message action's payload as HTML (`<p>…</p>`, `<br>`, entities, `<at>` mentions, emoji as
`<emoji alt="…">`). The engine wants the words only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from html.parser import HTMLParser

MAX_TEXT_CHARS = 8000  # longer pastes are trimmed (with a note on the card)

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "hr",
        "section",
        "article",
        "header",
        "footer",
        "address",
        "dd",
        "dt",
    ]
)
_SOFT_BREAK = "\x01"
_SKIP_TAGS = frozenset({"script", "style", "at", "head", "title", "template"})
_HTML_HINT = re.compile(
    r"</?(?:p|div|br|span|b|i|u|s|strong|em|ul|ol|li|a|img|table|tr|td|th|h[1-6]|blockquote|"
    r"pre|code|at|emoji|font|hr)\b[^>]*>",
    re.IGNORECASE,
)
_AT_TAG = re.compile(r"<at\b[^>]*>.*?</at>", re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(r"[ \t\u00a0\u200b\u202f]+")
_LEADING_PUNCT = re.compile(r"^[\s,;:]+")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
            return
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append(_SOFT_BREAK)
        if tag == "li":
            self.parts.append("- ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append(_SOFT_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag in _BLOCK_TAGS and tag != "br":
            self.parts.append(_SOFT_BREAK)
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data.replace(_SOFT_BREAK, ""))


def tidy(text: str) -> str:
    """Collapse spaces per line, drop blank runs and leading separators left by mentions."""
    lines = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        lines.append(_LEADING_PUNCT.sub("", line) if line else "")
    joined = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", joined).strip()


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: block elements become line breaks, entities decode,
    `<at>` mentions, scripts and styles disappear. Never raises on malformed markup."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient; this is only a last resort
        return tidy(re.sub(r"<[^>]*>", " ", html))
    # Block boundaries are "soft": any run of them is one line break, so <p>a</p><p>b</p> is two
    # lines (Teams makes a <p> per line) and an empty <p>&nbsp;</p> between them a blank line.
    text = re.sub(_SOFT_BREAK + "+", "\n", "".join(parser.parts))
    return tidy(text)


def strip_mentions(text: str) -> str:
    return _AT_TAG.sub(" ", text)


def message_text(raw: str | None) -> str:
    """What the user wrote in the chat, as plain text (mentions and markup removed)."""
    if not raw:
        return ""
    without_mentions = strip_mentions(raw)
    if _HTML_HINT.search(without_mentions):
        return html_to_text(without_mentions)
    return tidy(without_mentions)


def trim(text: str) -> tuple[str, bool]:
    """The text cut to `MAX_TEXT_CHARS` (at a word boundary where possible), and whether it was."""
    if len(text) <= MAX_TEXT_CHARS:
        return text, False
    cut = text[:MAX_TEXT_CHARS]
    space = cut.rfind(" ", MAX_TEXT_CHARS - 200)
    return (cut[:space] if space > 0 else cut).rstrip(), True


class CommandKind(StrEnum):
    HELP = "help"
    COACH = "coach"
    NUDGE = "nudge"  # daily check-in settings: "calm nudge on", "calm nudge 08:30 mo-fr"
    CAPACITY = "capacity"  # today's capacity: "calm capacity voll"
    SETTINGS = "settings"  # "calm settings" / "calm einstellungen": what can be set, and how


@dataclass(frozen=True, slots=True)
class ChatCommand:
    kind: CommandKind
    text: str = ""  # the client message for COACH, the arguments for NUDGE and CAPACITY


HELP_WORDS = frozenset({"help", "hilfe", "?", "/help", "/hilfe", "start", "/start", "hi", "hallo"})
SETTINGS_WORDS = frozenset({"settings", "setting", "einstellungen", "einstellung", "preferences"})
_CALM_PREFIX = re.compile(r"^/?calm\b[\s:,-]*", re.IGNORECASE)
_SUBCOMMAND = re.compile(
    r"^(?P<word>nudge|check-in|checkin|capacity|kapazität|kapazitaet)\b(?P<args>.{0,80})$",
    re.IGNORECASE | re.DOTALL,
)
_SUBCOMMAND_KINDS = {
    "nudge": CommandKind.NUDGE,
    "check-in": CommandKind.NUDGE,
    "checkin": CommandKind.NUDGE,
}


def parse_command(text: str) -> ChatCommand:
    """Parse a chat message: `calm <message>`, a pasted message on its own, `help` (also
    `calm` alone, or empty), `calm nudge …` or `calm capacity …` (short settings commands of
    a few words; a longer text starting with those words is a client message)."""
    body = _CALM_PREFIX.sub("", text.strip(), count=1).strip()
    if not body or body.lower() in HELP_WORDS:
        return ChatCommand(CommandKind.HELP)
    if body.lower().rstrip("?!.") in SETTINGS_WORDS:
        return ChatCommand(CommandKind.SETTINGS)
    sub = _SUBCOMMAND.match(body)
    if sub and "\n" not in sub.group("args"):
        kind = _SUBCOMMAND_KINDS.get(sub.group("word").lower(), CommandKind.CAPACITY)
        return ChatCommand(kind, sub.group("args").strip())
    return ChatCommand(CommandKind.COACH, body)
