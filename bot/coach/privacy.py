"""Placeholder redaction of personal data before text leaves the process, and its reversal.

E-mail addresses, phone numbers, IBANs, URLs (and bare web domains) and names are replaced by
numbered placeholders such as `[EMAIL_1]`, `[PHONE_1]`, `[IBAN_1]`, `[URL_1]`, `[NAME_1]`; the
mapping stays in memory and `restore` puts the originals back into whatever comes back.

Names come from the caller (the detected client name, the user's profile name) and from the
greeting ("Hallo Frau Berger,", "Hi Tom") and sign-off ("Viele Grüße\nAnna Schmidt") of the
text itself. The same original always gets the same placeholder, also across several texts
redacted by one `Redactor` (client message, offline draft and signature share one mapping).

Pure string work: no network, no logging, nothing stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

__all__ = [
    "PLACEHOLDER",
    "Redaction",
    "Redactor",
    "find_greeting_names",
    "redact",
    "restore",
]


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Any placeholder calm produces, tolerant of the spacing and case a model might introduce.
PLACEHOLDER = re.compile(r"\[\s*(EMAIL|PHONE|IBAN|URL|NAME)\s*_\s*(\d+)\s*\]", re.IGNORECASE)

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'|]+", re.IGNORECASE)
_DOMAIN = re.compile(
    r"(?<![\w@.-])(?:[a-z0-9-]+\.)+(?:de|com|net|org|io|at|ch|eu|co|info|biz|shop|online|app|dev)"
    r"(?:/[^\s<>\"'|]*)?(?![\w-])",
    re.IGNORECASE,
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?\d{1,3})?(?![A-Z0-9])")
_PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}[\s./-]?(?:\(0\)[\s./-]?)?\(?\d[\d\s./()-]{5,}\d"
    r"|(?<![\w.,/-])\(?0\d{1,5}\)?[\s/-]?\d[\d\s/-]{4,}\d"
)
_DATE_LIKE = re.compile(r"\d{1,2}[-/]\d{1,2}[-/]\d{2,4}")
_TRAILING_PUNCT = ".,;:!?)]}'\""

_TITLES = _word_set("frau herr herrn fr hr dr prof mr mrs ms miss mx sir madam familie")
# Capitalised words that follow a greeting or sit on a sign-off line without being names.
_NOT_NAMES = _word_set(
    """
    team zusammen alle all everyone there folks leute nochmal again morgen tag abend
    guten good morning afternoon evening du sie ihr you liebe lieber hallo hi hey hello
    dear grüße gruß gruesse gruss danke dank thanks thank best regards cheers kind viele
    beste herzliche freundliche freundlichen mit mfg lg vg sincerely yours bis dann ciao
    tschüss servus moin grüezi salut warm wishes many vielen und and the das die der ich
    i we wir sorry entschuldigung bitte please hoffe hope kurze kurz frage question
    gmbh ag ug kg ohg gbr ltd inc llc corp co e.k. mbh
    """
)

_NAME_WORD = r"[A-ZÄÖÜ][\w'’-]*\.?"
_GREETING = re.compile(
    r"^\s*(?:hallo|hi|hey|hello|dear|liebe|lieber|sehr\s+geehrte[rs]?|guten\s+(?:tag|morgen|abend)"
    r"|good\s+(?:morning|afternoon|evening)|moin|servus|grüß\s+gott|grüezi|hallöchen)"
    rf"[ \t]*,?[ \t]+((?:{_NAME_WORD}[ \t]+){{0,3}}{_NAME_WORD})",
    re.IGNORECASE | re.MULTILINE,
)
_CLOSING = re.compile(
    r"^\s*(?:(?:viele|beste|liebe|herzliche|freundliche|schöne|sonnige)\s+grüße"
    r"|mit\s+(?:freundlichen|besten|herzlichen)\s+grüßen|(?:viele\s+)?grüße|gruß|lg|vg|mfg"
    r"|(?:best|kind|warm)(?:\s+regards)?|regards|cheers|thanks|thank\s+you|many\s+thanks"
    r"|danke(?:\s+schön)?|vielen\s+dank|sincerely|yours|bis\s+dann|ciao|tschüss|bye)"
    r"\b[ \t]*[,!.]?[ \t]*(.*)$",
    re.IGNORECASE | re.MULTILINE,
)
_NAME_LINE = re.compile(rf"^\s*[-–—~]?\s*((?:{_NAME_WORD}[ \t]+){{0,2}}{_NAME_WORD})\s*$")
_DASH_NAME_LINE = re.compile(rf"^\s*[-–—~]\s*((?:{_NAME_WORD}[ \t]+){{0,2}}{_NAME_WORD})\s*$")


@dataclass(frozen=True, slots=True)
class Redaction:
    """A redacted text and the placeholder → original mapping needed to restore it."""

    text: str
    mapping: Mapping[str, str] = field(default_factory=dict)


def _name_tokens(raw: str, *, capitalised_only: bool = True) -> list[str]:
    """The name words of "Frau Dr. Berger" → ["Berger"]; titles and non-names dropped."""
    tokens = []
    for word in re.split(r"[\s,]+", raw.strip()):
        word = word.strip(".,;:!?()\"'’")
        if len(word) < 2 or (capitalised_only and not word[0].isupper()):
            continue
        if word.lower().rstrip(".") in _TITLES or word.lower() in _NOT_NAMES:
            continue
        tokens.append(word)
    return tokens


def find_greeting_names(text: str) -> list[str]:
    """Names from the greeting and the sign-off of a message (best effort, never raises)."""
    found: list[str] = []
    for match in _GREETING.finditer(text):
        found.extend(_name_tokens(match.group(1)))
    lines = text.splitlines()
    for index, line in enumerate(lines):
        closing = _CLOSING.match(line)
        if closing:
            rest = closing.group(1).strip()
            if rest and _NAME_LINE.match(rest):
                found.extend(_name_tokens(rest))
            following = [ln for ln in lines[index + 1 : index + 4] if ln.strip()][:2]
            for candidate in following:
                name_line = _NAME_LINE.match(candidate)
                if not name_line:
                    break
                found.extend(_name_tokens(name_line.group(1)))
            continue
        dash = _DASH_NAME_LINE.match(line)
        if dash and index == len(lines) - 1:
            found.extend(_name_tokens(dash.group(1)))
    unique: list[str] = []
    for name in found:
        if name not in unique:
            unique.append(name)
    return unique


class Redactor:
    """Redacts several texts with one shared mapping, so equal values get equal placeholders."""

    def __init__(self, names: Iterable[str | None] = ()) -> None:
        self._by_original: dict[tuple[str, str], str] = {}
        self._mapping: dict[str, str] = {}
        self._counts: dict[str, int] = {}
        self._names: list[str] = []
        self.add_names(names)

    @property
    def mapping(self) -> dict[str, str]:
        """Placeholder → original, for `restore`."""
        return dict(self._mapping)

    def add_names(self, names: Iterable[str | None]) -> None:
        """Remember names (full names are split; titles such as "Frau" are kept in clear)."""
        for raw in names:
            if not raw:
                continue
            for token in _name_tokens(raw, capitalised_only=False):
                if token not in self._names:
                    self._names.append(token)

    def add_names_from(self, text: str) -> None:
        """Remember the names found in the greeting and sign-off of `text`."""
        for name in find_greeting_names(text):
            if name not in self._names:
                self._names.append(name)

    def _placeholder(self, kind: str, original: str) -> str:
        key = (kind, original)  # exact: restoring gives back exactly what was there
        existing = self._by_original.get(key)
        if existing:
            return existing
        self._counts[kind] = self._counts.get(kind, 0) + 1
        placeholder = f"[{kind}_{self._counts[kind]}]"
        self._by_original[key] = placeholder
        self._mapping[placeholder] = original
        return placeholder

    def _sub(self, pattern: re.Pattern[str], kind: str, text: str) -> str:
        def replace(match: re.Match[str]) -> str:
            value = match.group(0)
            stripped = value.rstrip(_TRAILING_PUNCT)
            tail = value[len(stripped) :]
            if kind == "PHONE":
                digits = sum(ch.isdigit() for ch in stripped)
                if not 7 <= digits <= 15 or _DATE_LIKE.fullmatch(stripped.strip()):
                    return value
            if not stripped:
                return value
            return self._placeholder(kind, stripped) + tail

        return pattern.sub(replace, text)

    def redact(self, text: str) -> str:
        """`text` with every known kind of personal data replaced by its placeholder."""
        out = self._sub(_EMAIL, "EMAIL", text)
        out = self._sub(_URL, "URL", out)
        out = self._sub(_DOMAIN, "URL", out)
        out = self._sub(_IBAN, "IBAN", out)
        out = self._sub(_PHONE, "PHONE", out)
        # Longest names first, so "Anna-Lena" is not split by "Anna".
        for name in sorted(self._names, key=len, reverse=True):
            first = f"[{re.escape(name[0].upper())}{re.escape(name[0].lower())}]"
            pattern = re.compile(
                rf"(?<![\w\[-]){first}{re.escape(name[1:])}(?=(?:s|'s|’s)?(?![\w-]))"
            )
            out = pattern.sub(lambda m: self._placeholder("NAME", m.group(0)), out)
        return out


def redact(text: str, *, names: Iterable[str | None] = ()) -> Redaction:
    """Redact one text: the given names, names in its greeting/sign-off, and contact data."""
    redactor = Redactor(names)
    redactor.add_names_from(text)
    return Redaction(redactor.redact(text), redactor.mapping)


def restore(text: str, mapping: Mapping[str, str]) -> str:
    """Put the originals back; placeholders not in `mapping` are left as they are."""
    if not mapping:
        return text

    def replace(match: re.Match[str]) -> str:
        key = f"[{match.group(1).upper()}_{int(match.group(2))}]"
        return mapping.get(key, match.group(0))

    return PLACEHOLDER.sub(replace, text)
