"""Turn a pasted client message into the client's own words.

People paste whatever they have: Slack mrkdwn with mentions and links, a mail with the quoted
thread below it, a signature, a legal disclaimer, HTML left over from an editor. Detection must
read only what the client wrote now, so `clean_text` removes the rest. `message_parts` also
hands back the sign-off block (closing phrase plus the lines after it), because the client's
name lives there and slot extraction needs it after the body has been cut.

`MAX_ANALYSED_CHARS` bounds the work per message: detection reads at most that many characters
of the cleaned text. `len(clean_text(text)) > MAX_ANALYSED_CHARS` tells a caller the message was
cut (composition adds a note then).

`fold` is the matching form used by the cue tables: lower case, umlauts written out
(ä → ae, ß → ss), typographic quotes and dashes made plain, so "für", "fuer" and "FÜR" match one
pattern.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from bot.coach.caseless import caseless

__all__ = ["MAX_ANALYSED_CHARS", "MessageParts", "clean_text", "fold", "has_words", "message_parts"]

MAX_ANALYSED_CHARS = 8_000
# Cleaning is linear, but a 10 MB paste should not cost 10 MB of regex work: anything beyond this
# many raw characters cannot survive into the analysed window except in pathological markup.
_MAX_RAW_CHARS = MAX_ANALYSED_CHARS * 8

# --- Slack mrkdwn and HTML -------------------------------------------------------------------

_SLACK_LINK_LABEL = re.compile(r"<(?:https?://|mailto:|tel:)[^>|\s]*\|([^>]*)>")
_SLACK_ANGLE = re.compile(r"<(?:[@#!]|https?://|mailto:|tel:)[^>]*>")
_BARE_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
_HTML_BREAK = re.compile(r"<\s*(?:br|/p|p|/div|div|/li|li|/tr|tr|hr)\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]{0,500}>")
_CODE_BLOCK = re.compile(r"```(.*?)```", re.S)
_INLINE = [  # (the character the markup needs, its pattern)
    ("*", re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")),
    ("_", re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")),
    ("~", re.compile(r"(?<![\w~])~(?=\S)([^~\n]+?)(?<=\S)~(?![\w~])")),
    ("`", re.compile(r"`([^`\n]+)`")),
]
_EMOJI_CODE = re.compile(r":[a-z0-9][a-z0-9_+'\-]*[a-z_][a-z0-9_+'\-]*:(?::skin-tone-\d:)?", re.I)

# --- Quoted mail, signatures, disclaimers ----------------------------------------------------

_QUOTE_LINE = re.compile(r"^\s*>")
_QUOTE_HEADER = re.compile(
    r"^\s*(?:"
    r"am\s.{3,120}?\sschrieb\s.{0,120}:|"
    r"on\s.{3,120}?\swrote\s*:|"
    r"-{2,}\s*(?:original message|ursprüngliche nachricht|forwarded message|"
    r"weitergeleitete nachricht)\s*-{2,}|"
    r"_{10,}\s*$|"
    r"(?:von|from)\s*:\s*\S.*$"
    r")",
    re.I,
)
_HEADER_FIELD = re.compile(r"^\s*(?:gesendet|sent|an|to|betreff|subject|datum|date|cc)\s*:", re.I)
_SIG_DASHES = re.compile(r"^--\s*$")
_CLOSING = re.compile(
    r"^\s*(?:"
    r"mit\s+(?:den\s+)?(?:besten\s+|freundlichen\s+|herzlichen\s+|lieben\s+|sonnigen\s+)*"
    r"gr(?:ü|ue|u)(?:ß|ss|s)(?:en)?|"
    r"(?:viele|liebe|beste|herzliche|freundliche|schöne|sonnige|ganz\s+liebe)\s+gr(?:ü|ue|u)(?:ß|ss"
    r"|s)e|"
    r"(?:liebe|viele)\s+gr(?:ü|ue|u)(?:ß|ss|s)e\s+(?:aus\s+\S+)?|"
    r"gr(?:ü|ue|u)(?:ß|ss|s)(?:e)?(?:\s+aus\s+\S+)?|"
    r"lg|vg|mfg|bg|"
    r"danke\s+(?:und|&)\s+gr(?:ü|ue|u)(?:ß|ss|s)|"
    r"(?:best|kind|warm|warmest|many)\s+(?:regards|wishes)|"
    r"regards|best|cheers|sincerely|yours(?:\s+(?:truly|sincerely))?|"
    r"thanks(?:\s+again)?|thank\s+you|many\s+thanks|thx|danke(?:\s+dir|\s+ihnen)?(?:\s+schön)?|"
    r"vielen\s+dank|tschüss|ciao|bis\s+bald"
    r")\s*[,.!]*\s*(?P<rest>.*)$",
    re.I,
)
_DISCLAIMER = caseless(
    r"(?:this\s+e-?mail\s+(?:and\s+any\s+attachments?\s+)?(?:is|may\s+be|contains)\s+"
    r"(?:confidential|privileged|intended)|"
    r"if\s+you\s+are\s+not\s+the\s+intended\s+recipient|"
    r"diese\s+e-?mail\s+(?:enthält|kann|ist)\s+(?:vertrauliche|rechtlich|ausschließlich)|"
    r"wenn\s+sie\s+nicht\s+der\s+(?:richtige\s+)?adressat|"
    r"sent\s+from\s+my\s+(?:iphone|ipad|android|samsung|mobile)|"
    r"von\s+meinem\s+(?:iphone|ipad|android|smartphone|samsung)\s+gesendet|"
    r"get\s+outlook\s+for|"
    r"gesch(?:ä|ae)ftsf(?:ü|ue)hrer\s*:|registergericht|amtsgericht\s+\S+\s+hrb|ust-?id)",
    words="mail* intended* adressat* iphone* ipad* android* samsung* mobile* gesendet* outlook* "
    "gesch* registergericht* amtsgericht* ust-id* ustid*",  # literals, one in every match
)
_NAME_LINE = re.compile(
    r"^(?:(?:Dr|Prof)\.?\s+)?[A-ZÄÖÜ][\w'’\-]+\.?(?:\s+(?:von\s+|van\s+|de\s+)?[A-ZÄÖÜ][\w'’\-]+){0"
    r",2}\s*$"
)

_SPACE_CHARS = " \t\u00a0\u2000-\u200b\u202f\u205f\u3000"
# A run of spaces to become one " ": a single plain " " is already that and is not matched,
# which halves the cost on ordinary text (one match per word otherwise).
_SPACES = re.compile(rf" [{_SPACE_CHARS}]+|[{_SPACE_CHARS[1:]}][{_SPACE_CHARS}]*")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_CONTROL = re.compile(
    r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200c-\u200f\u2028-\u202e\ufeff]"
)
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class MessageParts:
    """The client's words (`body`) and the sign-off block cut from its end (may be empty)."""

    body: str
    signoff: str = ""


def _strip_markup(text: str) -> str:
    # Each pattern needs a character most messages lack; checking for it first (str `in`, C
    # speed) saves a regex pass over a long message.
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "```" in text:
        text = _CODE_BLOCK.sub(lambda m: m.group(1), text)
    if "<" in text:
        text = _SLACK_LINK_LABEL.sub(lambda m: m.group(1), text)
        text = _SLACK_ANGLE.sub(" ", text)
        text = _HTML_BREAK.sub("\n", text)
        text = _HTML_TAG.sub(" ", text)
    # Slack escapes &, < and >; mails pasted from HTML bring &nbsp; and friends.
    text = html.unescape(html.unescape(text)) if "&" in text else text
    lower = text.lower()
    if "http" in lower or "www." in lower:
        text = _BARE_URL.sub(" ", text)
    for marker, pattern in _INLINE:
        if marker in text:
            text = pattern.sub(lambda m: m.group(1), text)
    return _EMOJI_CODE.sub(" ", text) if ":" in text else text


def _drop_quotes(lines: list[str]) -> list[str]:
    """Cut the quoted earlier mail: everything from a reply header on, and `>` lines."""
    kept: list[str] = []
    for i, line in enumerate(lines):
        if _QUOTE_HEADER.match(line):
            is_from = re.match(r"^\s*(?:von|from)\s*:", line, re.I)
            if not is_from or any(_HEADER_FIELD.match(n) for n in lines[i + 1 : i + 5]):
                break
        if _QUOTE_LINE.match(line):
            continue
        kept.append(line)
    return kept


def _split_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split body lines from a trailing sign-off/signature block."""
    n = len(lines)
    # One search over the whole text rules out most messages before the per-line search.
    joined = "\n".join(lines)
    marked = "\n--" in f"\n{joined}" or _DISCLAIMER.search(joined, joined.lower()) is not None
    for i, line in enumerate(lines if marked else ()):
        if _SIG_DASHES.match(line) or _DISCLAIMER.search(line, line.lower()):
            body, sig = lines[:i], lines[i:]
            inner_body, inner_sig = _split_signature(body) if body else (body, [])
            return inner_body, inner_sig + sig
    # A closing phrase counts only on a short line near the end, followed by at most a short
    # block (name, company, phone...) - "Thanks for the draft, but ..." is content, not a closing.
    for i in range(n - 1, -1, -1):
        line = lines[i].strip()
        if not line:
            continue
        m = _CLOSING.match(line)
        if m is None or len(line) > 60:
            continue
        rest = m.group("rest").strip()
        if rest and not _NAME_LINE.match(rest):
            continue
        tail = [t for t in lines[i + 1 :] if t.strip()]
        if len(tail) > 8:
            break
        if i == 0 and not rest and not tail:
            break  # a lone "Danke!" is the whole message, not a sign-off
        return lines[:i], lines[i:]
    return _split_inline_closing(lines)


# A greeting-type closing and a name at the very end of the last line, after a sentence:
# "… bis Freitag. LG Sabine", "… thanks! Cheers, Tom". "Danke"/"thanks" + name is left alone:
# "Super, danke Anna" thanks the user, it is no sign-off.
_INLINE_CLOSING = re.compile(
    r"(?:[.!?]|\s[-–])\s+(?P<closing>(?i:lg|vg|mfg|bg|(?:viele|liebe|beste|herzliche|freundliche|"
    r"sonnige)\s+gr(?:ü|ue|u)(?:ß|ss|s)e|gr(?:ü|ue|u)(?:ß|ss|s)e?|cheers|(?:best|kind|warm)\s+"
    r"(?:regards|wishes)|regards|best))[,!]?\s+(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?)"
    r"\s*[.!]?\s*$"
)


def _may_end_with_name(line: str) -> bool:
    r"""False when `line` cannot end the way `_INLINE_CLOSING` needs: with a capitalised name.

    The name's last word, `[A-ZÄÖÜ][\w'’-]+`, follows white space and is followed by nothing but
    white space and at most one "." or "!". A cheap test that spares most lines the search.
    """
    tail = line.rstrip()
    if tail.endswith((".", "!")):
        tail = tail[:-1].rstrip()
    last = tail.rsplit(None, 1)[-1] if tail else ""
    return len(last) > 1 and last[0] in _NAME_INITIALS


_NAME_INITIALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def _split_inline_closing(lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut a sign-off written on the same line as the last sentence."""
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i].strip():
            continue
        m = _INLINE_CLOSING.search(lines[i]) if _may_end_with_name(lines[i]) else None
        if m is None:
            break
        start = m.start("closing")
        return [*lines[:i], lines[i][:start].rstrip()], [lines[i][start:].strip()]
    return lines, []


def _tidy(text: str) -> str:
    if not text:
        return text  # most messages have no sign-off
    # In ASCII text `_SPACES` can only match two spaces or a tab.
    if not text.isascii() or "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    text = "\n".join(map(str.strip, text.split("\n")))
    return (_MANY_NEWLINES.sub("\n\n", text) if "\n\n\n" in text else text).strip()


def message_parts(text: str) -> MessageParts:
    """Split a pasted message into the client's words and the sign-off block."""
    text = _strip_markup(text[:_MAX_RAW_CHARS])
    lines = text.split("\n")
    kept = _drop_quotes(lines)
    if not has_words("\n".join(kept)):
        # Everything was quoted (a forwarded mail): the quote IS the client's message.
        kept = [re.sub(r"^\s*(?:>\s?)+", "", line) for line in lines]
    body, sig = _split_signature(kept)
    if not has_words("\n".join(body)):
        body, sig = kept, []
    return MessageParts(body=_tidy("\n".join(body)), signoff=_tidy("\n".join(sig)))


def clean_text(text: str) -> str:
    """The client's own words: no markup, quoted mail, signature or disclaimer."""
    return message_parts(text).body


def has_words(text: str) -> bool:
    """True when the text holds at least one word of two or more letters."""
    return _WORD.search(text) is not None


# The characters `\s` matches, other than " " and "\n".
FOLDED_SPACES = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

_FOLD_TABLE = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "ẞ": "ss",
        "’": "'",
        "‘": "'",
        "´": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "…": "...",
        # Every other whitespace character becomes a plain space (newlines stay), so that a
        # cue's `\s` can only meet " " or "\n" in folded text (see `situations.needles_of`).
        **dict.fromkeys(FOLDED_SPACES, " "),
    }
)


# The characters `_FOLD_TABLE` changes. Most text holds few of them, and replacing just those
# through a regex is ~5x faster than `str.translate` with a table of multi-character values.
_TO_FOLD = re.compile("[" + re.escape("".join(chr(c) for c in _FOLD_TABLE)) + "]")


def _folded_char(match: re.Match[str]) -> str:
    return _FOLD_TABLE[ord(match.group())]


# Decimal digits of other scripts ("٣", "３"): `\d` in a Python cue matches them, the scanner's
# does not, so they are folded to 0-9 and both read "٣ days overdue" as "3 days overdue".
_OTHER_DIGITS = re.compile(r"(?![0-9])\d")


def _ascii_digit(match: re.Match[str]) -> str:
    return str(unicodedata.digit(match.group()))


def fold(text: str) -> str:
    """Lower-case matching form: umlauts spelled out, quotes and dashes made plain, digits 0-9."""
    folded = _TO_FOLD.sub(_folded_char, unicodedata.normalize("NFC", text).lower())
    if folded.isascii():
        return folded
    return _OTHER_DIGITS.sub(_ascii_digit, folded)
