"""Placeholder redaction of personal data before text leaves the process, and its reversal.

E-mail addresses, phone numbers, IBANs, URLs (and bare web domains) and names are replaced by
numbered placeholders such as `[EMAIL_1]`, `[PHONE_1]`, `[IBAN_1]`, `[URL_1]`, `[NAME_1]`; the
mapping stays in memory and `restore` puts the originals back into whatever comes back.

Names come from the caller (the detected client name, the user's profile name and signature)
and from the text itself (`find_names`): the greeting ("Hallo Frau Berger,", "Hi Tom"), the
sign-off on its own line or at the end of a line ("Viele Grüße\nAnna Schmidt", "… Mit
freundlichen Grüßen Thomas Krüger", "…, LG Sabine"), a title with a name anywhere ("wie mit
Herrn Schneider besprochen", "Frau Yilmaz wartet", "Mr. Brown", "Dr. Albers") and common first
names anywhere ("Thomas meinte …"). Once found, a name is replaced wherever it occurs. The same
original always gets the same placeholder, also across several texts
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
    "find_names",
    "leftover_placeholders",
    "redact",
    "restore",
]


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


KINDS = ("EMAIL", "PHONE", "IBAN", "URL", "NAME")
_KIND = "|".join(KINDS)
# Any placeholder calm produces, tolerant of the spacing and case a model might introduce.
PLACEHOLDER = re.compile(rf"\[\s*({_KIND})\s*_\s*(\d+)\s*\]", re.IGNORECASE)
# What a model makes of a placeholder: brackets changed or lost ("(EMAIL_1)", "EMAIL_1",
# "{Name_1}", "[[NAME_1]]", "<PHONE 1>") or the number dropped ("[NAME]"). Bare words need the
# underscore, so ordinary text ("name 1") is never taken for a placeholder.
_ALTERED = re.compile(
    rf"[\[(<{{]{{1,2}}\s*({_KIND})\s*[_ -]?\s*(\d*)\s*[\])>}}]{{1,2}}"
    rf"|(?<![\w\[(<{{])({_KIND})_(\d+)(?![\w\])>}}])",
    re.IGNORECASE,
)

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
    gmbh ag ug kg ohg gbr ltd inc llc corp co e.k. mbh ihnen dir dich euch voraus vorab
    sehr geehrte geehrter damen herren ladies gentlemen sirs i've i'm i'll i'd it's that's
    we're we've there's here's what's
    """
)
# Common first names, found anywhere in a text when capitalised ("Thomas meinte, …"). Names that
# are also ordinary words or month names (Mark, Will, May, Jan, Don, Grace, Frank …) are left
# out: they are found only through a greeting, a sign-off or a title.
_FIRST_NAMES = _word_set(
    """
    Alexander Alexandra Andrea Andreas Angelika Anja Anke Anna Anne Annika Antje Barbara Bastian
    Benjamin Bernd Birgit Björn Carina Carsten Charlotte Christian Christiane Christina Christine
    Christoph Claudia Daniel Daniela David Denise Dennis Dieter Dirk Dominik Doris Elena
    Elisabeth Emma Erik Eva Fabian Felix Florian Franziska Frauke Gabriele Georg Gerhard Hannah
    Hans Harald Heike Helga Helmut Henrik Holger Ingrid Jana Janina Jannik Jens Jessica Joachim
    Johanna Johannes Jonas Jörg Julia Julian Jürgen Kai Karin Karl Katharina Kathrin Katja
    Kerstin Klaus Kristina Lara Laura Lea Lena Leonie Lisa Lukas Manfred Manuela Marco Marcus
    Maria Marie Marina Mario Markus Martin Martina Matthias Maximilian Melanie Michael Michaela
    Monika Nadine Natalie Nicole Niklas Nils Nina Olaf Oliver Patrick Paul Petra Philipp Ralf
    Ralph Regina Renate Robert Sabine Sandra Sarah Sascha Sebastian Silke Simon Simone Sonja
    Stefan Stefanie Steffen Stephan Susanne Sven Swantje Svenja Tanja Thomas Thorsten Tim Tobias
    Torsten Ulrich Ursula Ute Uwe Valentina Verena Werner Wolfgang Yvonne
    Aaron Adam Alice Amanda Amy Andrew Anthony Ashley Brian Catherine Charles Chris Christopher
    Daniel Dave Deborah Emily Emma Eric Ethan George Hannah Heather Jacob James Jason Jennifer
    Jeremy Jessica John Jonathan Joseph Joshua Karen Kate Katie Kevin Kimberly Laura Lauren
    Linda Lisa Lucy Margaret Matthew Megan Melissa Michelle Mike Natalie Nicholas Nick Olivia
    Patricia Peter Priya Rachel Rebecca Richard Ryan Samantha Sarah Scott Sophie Stephanie
    Steve Steven Susan Thomas Timothy Tom Tyler William Zoe Ahmed Ali Fatima Mehmet Mohammed
    Murat Yusuf Ayşe Elif Emre Giulia Luca Marco Pierre Sofia Lucas
    """
)

_NAME_WORD = r"[A-ZÄÖÜ][\w'’-]*\.?"
_GREETING = re.compile(
    r"^\s*(?:hallo|hi|hey|hello|dear|liebe|lieber|sehr\s+geehrte[rs]?|guten\s+(?:tag|morgen|abend)"
    r"|good\s+(?:morning|afternoon|evening)|moin|servus|grüß\s+gott|grüezi|hallöchen)"
    rf"[ \t]*,?[ \t]+((?-i:(?:{_NAME_WORD}[ \t]+){{0,3}}{_NAME_WORD}))",
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
# A closing at the end of a line that also holds text: "… Mit freundlichen Grüßen Thomas
# Krüger", "… Gruß, Thomas Krüger", "…, LG Sabine", "… Cheers, Dan".
_INLINE_CLOSING = re.compile(
    r"(?:^|(?<=[\s.,;:!?…)–—-]))(?:(?:viele|beste|liebe|herzliche|freundliche|schöne|sonnige)\s+"
    r"grüße|mit\s+(?:freundlichen|besten|herzlichen|lieben)\s+grüßen|(?:viele\s+)?grüße|gruß|lg"
    r"|vg|mfg|(?:best|kind|warm)\s+regards|regards|best|cheers|thanks|thank\s+you|many\s+thanks"
    r"|danke(?:\s+schön)?|vielen\s+dank|sincerely|yours|ciao|tschüss|bye)"
    rf"\b[ \t]*[,!.:–—-]?[ \t]*((?-i:(?:{_NAME_WORD}[ \t]+){{0,2}}{_NAME_WORD}))[ \t]*[.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A title before a name, anywhere: "Herrn Schneider", "Frau Dr. Yilmaz", "Mr. Brown".
_TITLED = re.compile(
    r"(?<![\w-])(?:Herrn?|Frau|Hr\.|Fr\.|Familie|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Dr\.|Prof\.)"
    r"(?:[ \t]+(?:Dr\.|Prof\.|med\.|rer\.|nat\.|Dipl\.-\w+\.?))*"
    r"[ \t]+((?:von|van|de|zu|del|da)[ \t]+)?([A-ZÄÖÜ][\w'’-]+)(?:[ \t]+([A-ZÄÖÜ][\w'’-]+))?"
)
_CAPITALISED = re.compile(r"(?<![\w\[-])[A-ZÄÖÜ][a-zäöüßéèçğşı]+(?![\w-])")
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
    for match in _INLINE_CLOSING.finditer(text):
        found.extend(_name_tokens(match.group(1)))
    unique: list[str] = []
    for name in found:
        if name not in unique:
            unique.append(name)
    return unique


def find_names(text: str) -> list[str]:
    """Every name calm can find in `text`: greeting, sign-off, titled names, first names."""
    found = find_greeting_names(text)
    for match in _TITLED.finditer(text):
        first, second = match.group(2), match.group(3)
        words = [first]
        # "Frau Anna Schmidt": after a first name the next capitalised word is the surname; after
        # a surname it is a noun ("Frau Yilmaz Bescheid geben") and stays.
        if second and first in _FIRST_NAMES:
            words.append(second)
        found.extend(_name_tokens(" ".join(words)))
    for match in _CAPITALISED.finditer(text):
        if match.group(0) in _FIRST_NAMES:
            found.append(match.group(0))
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
        """Remember every name `find_names` finds in `text`."""
        for name in find_names(text):
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
    """Redact one text: the given names, the names found in it, and contact data."""
    redactor = Redactor(names)
    redactor.add_names_from(text)
    return Redaction(redactor.redact(text), redactor.mapping)


def restore(text: str, mapping: Mapping[str, str]) -> str:
    """Put the originals back, also for placeholders a model altered.

    "[EMAIL_1]", "[email_1]", "EMAIL_1", "(EMAIL_1)", "[[EMAIL_1]]" all become the address. A
    placeholder without its number ("[NAME]") is left as it is, even when there is only one
    name: a model writes "[Name]" for "a name goes here", and that one name may be the user's
    own. `leftover_placeholders` finds what is left, and the draft is dropped.
    """
    if not mapping:
        return text

    def replace(match: re.Match[str]) -> str:
        kind = (match.group(1) or match.group(3)).upper()
        number = match.group(2) if match.group(1) else match.group(4)
        if not number:
            return match.group(0)
        return mapping.get(f"[{kind}_{int(number)}]", match.group(0))

    return _ALTERED.sub(replace, text)


def leftover_placeholders(text: str) -> list[str]:
    """Placeholder-like tokens in `text` (after `restore`: ones that could not be restored)."""
    return [m.group(0) for m in _ALTERED.finditer(text)]
