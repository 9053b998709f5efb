"""Facts in a client message that a draft can pick up: name, dates, amounts, invoice, deliverable.

Whose name is whose: the client writes TO the user, so a name in the greeting ("Hallo Frau
Berger", "Hi Anna") is the user's, not the client's. The client's name comes from the sign-off
("Viele Grüße\\nSabine Berger", "Thanks, Tom") or, in a one-line paste, from the end of the
message ("… Danke, Kevin", "…, Gruß Jan", "… get back to you. Tom"). `Slots.client_name` is how
the reply should address the client, never as a bare full name:

- a sign-off with "Frau"/"Herr" keeps it, with an academic title: "Frau Berger",
  "Herr Dr. Brandt";
- a full name (or "Dr." + name) in a German Sie message becomes "Frau/Herr [Dr.] Surname" when
  the first name is a common one whose gender is clear ("Thomas Krüger" -> "Herr Krüger");
  with a first name we do not know, no name at all (the draft says "Guten Tag,"): "Guten Tag
  Kim Berger" or a wrong "Herr" would both be worse than no name;
- otherwise the first name ("Sabine", "Tom"), with `client_first_name_only=True`;
- a name signed on its own ("Gruß Brandt", "Thanks, Jo") only when it is a first name (the
  lists in `data/names.txt`; from a du client any name but a common surname): "Hallo Brandt,"
  is wrong in any register. An initial and a surname ("M. Brandt") is formal: "Frau"/"Herr"
  only from a title, else no name. English titles stay: "Ms Khan", "Dr. Patel".

Dates, amounts and invoice numbers are kept as written ("bis Freitag", "by Monday EOD",
"1.200 €"), so the draft quotes the client's own terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import resources

from bot.coach.caseless import DIGIT, CaselessPattern, caseless, caseless_any, words_of
from bot.coach.model import Formality, Language, Slots

__all__ = ["extract_slots"]

# "Weber", "Anna-Lena", "O'Neill", and one inner capital: "MacLeod", "McKenzie", "DeWitt"
_NAME_WORD = r"[A-ZÄÖÜ][a-zäöüßéèáàóòíìúç'’\-]+(?:[A-Z][a-zäöüßéèáàóòíìúç]+)?"
_TITLE = r"(?:Frau|Herr|Hr\.|Fr\.|Dr\.|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Miss)"
_SIGNOFF_NAME = re.compile(
    rf"^\s*(?P<title>(?:{_TITLE}\s+){{0,2}})(?P<first>{_NAME_WORD}|[A-ZÄÖÜ]\.)"
    rf"(?:\s+(?P<last>(?:(?:von|van|de|zu)\s+)?{_NAME_WORD}))?"
    r"(?:\s*[,|]\s*[A-ZÄÖÜ][\w&.'’ -]{1,40})?"  # the role or company: "Petra Lind, HR"
    r"\s*[.!]?\s*$"
)
_CLOSING_WORDS = re.compile(
    r"^\s*(?:(?:danke|thanks|thank\s+you)\s*(?:und|and|&|\+)\s*)?(?:mit\s+)?(?:den\s+)?"
    r"(?:(?:besten|freundlichen|herzlichen|lieben|viele|liebe|beste|herzliche|freundliche|"
    r"schöne|sonnige|ganz|kind|best|warm|warmest|many)\b)?\s*"
    r"(?:(?:grü(?:ß|ss)e?n?|gruesse|gru(?:ß|ss)|grüße|regards|wishes|thanks|thank\s+you|cheers|"
    r"danke|dank|lg|vg|mfg|bg|best|sincerely|yours|thx|ta|ciao|tschüss)\b)?\s*"
    r"(?:(?:again|schön|dir|euch|ihnen|so\s+much|a\s+lot)\b)?"
    r"\s*[,.!]*\s*",
    re.I,
)
_NOT_NAMES = frozenset(
    {
        "Danke",
        "Dank",
        "Thanks",
        "Cheers",
        "Best",
        "Regards",
        "Gruss",
        "Grüße",
        "Gruesse",
        "Viele",
        "Liebe",
        "Team",
        "Sent",
        "Gesendet",
        "Von",
        "From",
        "Mit",
        "Freundlichen",
        "Herzliche",
        "Beste",
        "Kind",
        "Warm",
        "Sincerely",
        "Yours",
        "Tel",
        "Mobil",
        "Phone",
        "Fax",
        "Hallo",
        "Hi",
        "Hey",
        "Bitte",
        "Please",
        "Ok",
        "Okay",
        "Ja",
        "Nein",
        "Yes",
        "No",
        "Sorry",
        "Heute",
        "Morgen",
        "Today",
        "Tomorrow",
    }
)

_EN_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_DE_MONTH = (
    r"(?:januar|jänner|jaenner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|"
    r"november|dezember)"
)
_DATE_PATTERNS = (
    # German
    r"\b(?:bis|spätestens|spaetestens|am|zum|ab|vor|bis\s+zum|bis\s+spätestens)\s+"
    r"(?:(?:kommenden|nächsten|naechsten|diesen)\s+)?"
    # "bis montags früh" (a weekday with its colloquial "s"), "bis Montag früh um sieben Uhr"
    r"(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?|wochenende|monatsende|"
    r"feierabend|mittag|ende\s+der\s+woche|ende\s+des\s+monats)"
    r"(?:\s+(?:früh|frueh|morgen|mittag|abend|nachmittag|vormittag|\d{1,2}(?:[.:]\d{2})?\s*uhr))?"
    r"(?:\s+(?:um|gegen)\s+(?:\d{1,2}(?:[.:]\d{2})?|eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|"
    r"acht|neun|zehn|elf|zwölf|zwoelf)\s+uhr)?\b",
    r"\b(?:bis\s+(?:zum\s+)?|am\s+|zum\s+|vom\s+|ab\s+)?\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?",
    r"\b(?:bis\s+(?:zum\s+)?|am\s+|zum\s+|vom\s+)?\d{1,2}\.\s+(?:januar|februar|märz|maerz|april|mai|juni|"
    r"juli|august|september|oktober|november|dezember)\b",
    r"\b(?:bis\s+)?(?:heute\s+(?:abend|nachmittag|mittag)|heute\s+noch|noch\s+heute|"
    r"morgen\s+(?:früh|frueh|vormittag|mittag|nachmittag|abend)|übermorgen|uebermorgen|"
    r"nächste\s+woche|naechste\s+woche|ende\s+der\s+woche|diese\s+woche)\b",
    r"\b(?:bis\s+(?:spätestens\s+|spaetestens\s+)?|spätestens\s+|spaetestens\s+)morgen\b",
    # a clock time as a deadline: "bis 16 Uhr", "heute bis spätestens 14:30 Uhr"
    r"\b(?:heute\s+)?(?:bis|spätestens|spaetestens|vor)\s+(?:spätestens\s+|spaetestens\s+)?"
    r"\d{1,2}(?:[.:]\d{2})?\s*uhr\b",
    # English
    r"\b(?:by|until|till|before|on|due)\s+(?:(?:this|next|the)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tomorrow|tonight|"
    r"noon|midnight|end\s+of\s+(?:the\s+)?(?:day|week|month)|eod|cob)"
    r"(?:\s+(?:morning|afternoon|evening|night|eod|cob|noon))?\b",
    # a day of the month needs its ordinal or its month: "agreed on 8" (hours) is no date
    r"\b(?:by|on|until|before|due)\s+(?:the\s+)?\d{1,2}(?:(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b)|(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?)",
    r"\b(?:by|on|until|before|due)\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?\b",
    r"\b(?:tomorrow(?:\s+(?:morning|afternoon|evening|eod))?|tonight|next\s+week|end\s+of\s+"
    r"(?:the\s+)?(?:day|week|month)|this\s+(?:afternoon|evening|week))\b",
    # a clock time as a deadline: "by 4:30pm", "today, before 3 pm" (not "at 4pm": a meeting)
    r"\b(?:today,?\s+)?(?:by|before|until|till|no\s+later\s+than)\s+\d{1,2}(?::\d{2})?\s?"
    r"(?:am|pm|a\.m\.|p\.m\.)(?!\w)",
    # a month with its part or its day in words: "mid-February", "the September first launch"
    r"\b(?:(?:mid|early|late)[- ]|end\s+of\s+)" + _EN_MONTH + r"\b",
    r"\b" + _EN_MONTH + r"\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|\w{3,6}teenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)\b",
    # a month as the deadline: "by June", "bis Ende März" ("Ende Mai hatten wir gesagt" may be
    # the date that was missed)
    r"\b(?:by|until|till|before)\s+" + _EN_MONTH + r"\b",
    r"\bbis\s+(?:spätestens\s+|spaetestens\s+)?(?:(?:anfang|mitte|ende)\s+)?" + _DE_MONTH
    + r"\b",
    # a deadline in hours: "in zwei Stunden", "within the hour"
    r"\b(?:in|innerhalb\s+von)\s+(?:einer\s+(?:halben\s+)?|zwei\s+|drei\s+|vier\s+|"
    r"\d{1,2}\s+)stunden?\b",
    r"\b(?:in|within)\s+(?:an?|one|two|three|four|\d{1,2}|half\s+an)\s+hours?\b|"
    r"\bwithin\s+the\s+hour\b",
)
# For each date pattern, the words its matches hold (see `caseless`): the day, the month, a
# digit. A text without them is scanned without the pattern.
_EN_BY = "by on until before due"
_DATE_WORDS = (
    "montag* dienstag* mittwoch* donnerstag* freitag* samstag* sonntag* wochenende monatsende "
    "feierabend mittag ende",
    DIGIT,
    "januar februar märz maerz april mai juni juli august september oktober november dezember"
    f" & {DIGIT}",
    "heute morgen übermorgen uebermorgen woche",
    "morgen",
    f"uhr & {DIGIT}",
    "monday tuesday wednesday thursday friday saturday sunday weekend tomorrow tonight noon "
    "midnight end eod cob",
    f"{_EN_BY} & {DIGIT}",
    "january february march april may june july august september october november december"
    f" & {_EN_BY} & {DIGIT}",
    "tomorrow tonight week end afternoon evening",
    f"by before until till later & {DIGIT}",
    "january february march april may june july august september october november december",
    "january february march april may june july august september october november december",
    "january february march april may june july august september october november december "
    "& by until till before",
    "januar jänner jaenner februar märz maerz april mai juni juli august september oktober "
    "november dezember & bis",
    "stunde stunden",
    "hour hours",
)
_DATES = caseless_any(
    *((f"(?:{p})", words) for p, words in zip(_DATE_PATTERNS, _DATE_WORDS, strict=True))
)

_AMOUNT = caseless(
    # "$12m" (a figure, not an amount to quote as "$12") is no amount
    r"(?:(?:€|\$|£|EUR|USD|CHF)\s?\d{1,3}(?:[.,' ]?\d{3})*(?:[.,]\d{1,2})?(?:\s?(?:k|tsd)\b)?"
    r"(?![^\W_]))"
    r"|(?:\b\d{1,3}(?:[.,' ]?\d{3})*(?:[.,]\d{1,2})?\s?"
    r"(?:€|EUR|Euro|USD|CHF|dollars?|Dollar|£|bucks)\b)"
    r"|(?:\b\d{1,3}(?:[.,' ]?\d{3})*(?:[.,]\d{1,2})?\s?€)",
    words=f"€* $* £* eur* usd* chf* dollar* bucks* & {DIGIT}",  # a currency and a number
)
_INVOICE = caseless_any(
    (
        r"\b(?:(?:rechnung(?:snummer|snr\.?)?|invoice)\s*(?:nr\.?|no\.?|number|#|nummer)?\s*:?\s*"
        r"(?P<a>#?[A-Z]{0,4}-?\d[\w\-/]{1,18}))",
        f"rechnung* invoice* & {DIGIT}",
    ),
    (r"(?P<b>\bRE-?\d[\w\-/]{1,15})", DIGIT),
    (r"(?:\binvoice\s+(?P<c>#\d[\w\-]{0,15}))", f"invoice & {DIGIT}"),
)

_DELIVERABLE_NOUNS_DE = (
    "logo|logos|flyer|website|webseite|homepage|landingpage|landing\\s?page|newsletter|broschüre|"
    "broschuere|präsentation|praesentation|entwurf|entwürfe|entwuerfe|video|film|text|texte|"
    "banner|plakat|poster|visitenkarten|katalog|bericht|angebot|konzept|layout|design|shop|"
    "onlineshop|artikel|blogartikel|beitrag|beiträge|beitraege|posts|übersetzung|uebersetzung|"
    "korrektorat|lektorat|buchhaltung|unterlagen|tabelle|excel|dokument|dokumente|datei|"
    "dateien|bilder|fotos|grafik|grafiken|anzeige|etiketten|verpackung|drucke|präsentationen|"
    "kalender|postfach|podcast|episode|aufnahme|aufnahmen|thumbnail|thumbnails|kapitel|"
    "manuskript|skript|abrechnung|lohnabrechnung|steuererklärung|steuererklaerung|buchungen|"
    "formular|kontaktformular|menü|menue|startseite|plugin|kurs|onlinekurs|modul|renderings|"
    "visualisierung|visualisierungen|vorlage|vorlagen|folien|untertitel|bildunterschriften|"
    "farben|schnitte|übergänge|uebergaenge|button|buttons|schrift|schriften"
)
_DELIVERABLE_NOUNS_EN = (
    "logo|logos|flyer|flyers|website|site|landing\\s+page|homepage|newsletter|brochure|"
    "presentation|deck|slides|draft|drafts|design|designs|mockup|mockups|video|copy|article|"
    "articles|blog\\s+post|post|posts|banner|poster|posters|report|proposal|layout|shop|store|"
    "translation|spreadsheet|document|documents|files|photos|images|map|illustration|book|"
    "cover|ad|ads|campaign|app|prints|cards|business\\s+cards|labels|packaging|videos|"
    "checkout|ledger|calendar|diary|inbox|podcast|episode|episodes|audio|recording|recordings|"
    "thumbnail|thumbnails|captions|reel|reels|plugin|contact\\s+form|form|menu|pitch\\s+deck|"
    "course|module|transcript|chapter|chapters|manuscript|script|voiceover|renderings|renders|"
    "payroll|template|templates|subtitles|spreadsheets|newsletters|page|pages|colours|colors|"
    "cuts|edits|transitions|button|buttons|fonts|font"
)


def _noun_words(nouns: str) -> str:
    r"""The words the nouns of an alternation are found by: each noun's first word.

    A noun follows `\s+` and ends at `\b`, so it is a whole word. "landing\s?page" can also
    be written as one word.
    """
    words: list[str] = []
    for noun in nouns.split("|"):
        if "\\s?" in noun:
            words.append(noun.replace("\\s?", ""))
        words.append(re.split(r"\\s[?+]", noun)[0])
    return " ".join(words)


_NOUN_WORDS_DE = _noun_words(_DELIVERABLE_NOUNS_DE)
_NOUN_WORDS_EN = _noun_words(_DELIVERABLE_NOUNS_EN)
_DELIVERABLE_DE = caseless(
    r"\b(?P<det>der|die|das|den|dem|des|meine[nmrs]?|mein|unsere[nmrs]?|unser|"
    r"Ihre[nmrs]?|Ihr|deine[nmrs]?|dein|eure[nmrs]?|euer|diese[nmrs]?)\s+"
    r"(?:(?:neue[nmrs]?|finale[nmrs]?|fertige[nmrs]?|ersten?|zweiten?)\s+)?"
    rf"(?P<noun>(?:{_DELIVERABLE_NOUNS_DE}))\b",
    words=_NOUN_WORDS_DE,
)
_DELIVERABLE_EN = caseless(
    r"\b(?P<det>the|my|our|your|this|that|these|those)\s+"
    r"(?:(?:new|final|first|second|revised)\s+)?"
    rf"(?P<noun>{_DELIVERABLE_NOUNS_EN})\b",
    words=_NOUN_WORDS_EN,
)
# language -> (its pattern, the words its nouns are found by)
_DELIVERABLES = {
    Language.DE: (_DELIVERABLE_DE, frozenset(_NOUN_WORDS_DE.split())),
    Language.EN: (_DELIVERABLE_EN, frozenset(_NOUN_WORDS_EN.split())),
}


def _load_names() -> dict[str, frozenset[str]]:
    """The name lists of `data/names.txt`: letter (f, m, u, s, r) -> names in lower case."""
    lists: dict[str, set[str]] = {"f": set(), "m": set(), "u": set(), "s": set(), "r": set()}
    text = resources.files("bot.coach").joinpath("data", _NAMES_FILE).read_text("utf-8")
    for line in text.splitlines():
        letter, *names = line.split("#", 1)[0].split() or ("",)
        if letter:
            lists[letter].update(names)
    return {letter: frozenset(names) for letter, names in lists.items()}


_NAMES_FILE = "names.txt"
_NAME_LISTS = _load_names()
# Common first names whose gender is clear, for "Herr"/"Frau" before a surname in a German
# Sie reply. A name not listed gets no title, never a guessed one.
_FEMALE = _NAME_LISTS["f"]
_MALE = _NAME_LISTS["m"]
_EITHER = _NAME_LISTS["u"]  # first names, but no title is guessed from them
_SURNAMES = _NAME_LISTS["s"]
_ROLES = _NAME_LISTS["r"]  # "Regards, Procurement": a department signs, nobody to greet


def _listed(name: str, names: frozenset[str]) -> bool:
    """Whether `name` is in `names`, or, hyphenated ("Anna-Lena"), its first part is."""
    name = name.lower()
    return name in names or ("-" in name and name.split("-", 1)[0] in names)


def _honorific(first: str) -> str | None:
    """ "Frau" or "Herr" for a first name whose gender is clear, else None."""
    if _listed(first, _FEMALE):
        return "Frau"
    if _listed(first, _MALE):
        return "Herr"
    return None


def _not_a_name(word: str) -> bool:
    """A closing word, a date word or a department that can end a sign-off."""
    return word in _NOT_NAMES or word.lower() in _ROLES


def _known_first_name(name: str) -> bool:
    """Whether `name` is in the first-name lists."""
    return _honorific(name) is not None or _listed(name, _EITHER)


def _is_first_name(name: str, formality: Formality, language: Language) -> bool:
    """Whether a name signed on its own ("Gruß Jan", "Thanks, Brandt") is a first name.

    A listed first name is one. A client who writes "du", or in English, signs with a first
    name, so there any name but a common surname is taken for one; a German "Sie" client may
    sign with the surname alone, and "Hallo Brandt," is wrong in any register: no name then.
    """
    if _known_first_name(name):
        return True
    casual = formality is Formality.DU or language is Language.EN
    return casual and not _listed(name, _SURNAMES)


def _formal_name(title: str, first: str, last: str | None, language: Language) -> str | None:
    """How a German Sie reply addresses "[title] first [last]"; None when unsure.

    `title` holds "Frau"/"Herr" and the academic titles; an English reply keeps "Dr." alone.
    """
    academic = " ".join(t for t in title.split() if t in ("Dr.", "Prof."))
    honorific = next((t for t in title.split() if t in ("Frau", "Herr")), None)
    if honorific is None and last and not _INITIAL.fullmatch(first):
        honorific = _honorific(first)
    surname = last or first
    if honorific is None:
        if academic and last and language is Language.EN:
            return f"{academic} {surname}"
        return None
    return " ".join(p for p in (honorific, academic, surname) if p)


def _client_name(
    signoff: str, formality: Formality, language: Language = Language.DE, letter: bool = False
) -> tuple[str | None, bool]:
    if not signoff or signoff.isspace():
        return None, False  # most messages: no lines below
    lines = [line.strip() for line in signoff.split("\n") if line.strip()]
    if not lines:
        return None, False
    candidates: list[str] = []
    first_line = lines[0]
    rest = _CLOSING_WORDS.sub("", first_line, count=1).strip()
    if rest and rest != first_line:
        candidates.append(rest)
    candidates.extend(lines[1:3])
    for candidate in candidates:
        m = _SIGNOFF_NAME.match(candidate)
        if m is None:
            continue
        first, last = m.group("first"), m.group("last")
        title = " ".join(m.group("title").split())
        if _not_a_name(first) or (last and _not_a_name(last)):
            continue
        return _address(title, first, last, formality, language, letter)
    return None, False


_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")
_EN_TITLES = {"Herr": "Mr", "Frau": "Ms"}


def _address(
    title: str, first: str, last: str | None, formality: Formality, language: Language,
    letter: bool = False,
) -> tuple[str | None, bool]:
    """How the reply addresses a client who signed "[title] first [last]".

    `first` may be an initial ("M. Brandt"): then only a title tells Frau or Herr. A name
    signed on its own is used only if it is a first name (`_is_first_name`). `letter`: an
    English client wrote a formal letter ("Dear Ms Collins, … Yours sincerely").
    """
    title = re.sub(r"\b(?:Hr\.)", "Herr", re.sub(r"\b(?:Fr\.)", "Frau", title))
    title = re.sub(r"\bMr\b\.?", "Herr", title)
    title = re.sub(r"\b(?:Mrs|Ms)\b\.?|\bMiss\b", "Frau", title)
    initial = _INITIAL.fullmatch(first) is not None
    if language is Language.EN:
        if title and (last or not initial):
            surname = last or first
            academic = next((t for t in title.split() if t in ("Dr.", "Prof.")), None)
            honorific = next((t for t in title.split() if t in _EN_TITLES), None)
            if academic or honorific:
                return f"{academic or _EN_TITLES[str(honorific)]} {surname}", False
        if initial or (not last and not _is_first_name(first, formality, language)):
            return None, False
        if last and letter:
            # a formal English letter signed "Stefan Hofer": "Dear Mr Hofer", or the full name
            # when the first name does not say Mr or Ms ("Dear Kim Novak")
            honorific = _honorific(first)
            return (f"{_EN_TITLES[honorific]} {last}" if honorific else f"{first} {last}"), False
        return first, True
    if title or (last and formality is not Formality.DU):
        return _formal_name(title, first, last, language), False
    if initial or (not last and not _is_first_name(first, formality, language)):
        return None, False
    return first, True


# The client's name at the very end of a one-line paste: "… Danke, Kevin", "…, Gruß Jan",
# "… LG Sabine Berger", "🙏 LG Sabine", "danke dir, Mia", "Many thanks, Oliver", "Danke und LG,
# Petra Lenz", "Gruß, M. Brandt", "Viele Grüße, Markus Weber, Weber GmbH". A thanks needs its
# comma: "Super, danke Anna" thanks the user. The closing follows a punctuation mark or a
# symbol (an emoji); "LG"/"VG"/"MfG", which are nothing but a closing, may follow a plain space.
_TAIL_CLOSING = re.compile(
    r"(?:^|[^\w\s]\s*|\s[-–]\s*|\s(?=(?i:lg|vg|mfg|bg)\b))"
    r"(?:(?i:(?:vielen|tausend|many)\s+)?(?i:danke|dank|thanks|thank you|thx|merci|ta)"
    r"(?:\s+(?i:dir|euch|ihnen|schön|sehr|so much|a lot|again))?,|"
    r"(?:(?i:danke|thanks|thank you)\s*(?i:und|and|&|\+)\s*)?"
    r"(?i:lg|vg|mfg|bg|cheers|gru(?:ß|ss)|grü(?:ß|ss)e|(?:mit\s+)?(?:viele|liebe|besten?|"
    r"herzlichen?|freundlichen?|schönen?)\s+grü(?:ß|ss)en?|(?:best|kind|warm)\s+"
    r"(?:regards|wishes)|regards|best),?)\s+"
    r"(?:(?P<title>(?:Frau|Herr|Prof\.|Dr\.|Mrs?\.?|Ms\.?)(?:\s+(?:Prof\.|Dr\.))?)\s+)?"
    rf"(?P<first>{_NAME_WORD}|[A-ZÄÖÜ]\.)(?:\s+(?P<last>{_NAME_WORD}))?"
    r"(?:,\s*[A-ZÄÖÜ][\w&.'’ -]{1,40})?"  # the company: ", Weber & Partner"
    r"[\s.!]*(?:[^\w\s,;:?]+\s*)?$"  # an emoji may end it
)
# A bare first name after the last sentence ("… get back to you. Tom"), if it is a known one.
_TAIL_NAME = re.compile(
    rf"(?:[.!?…]|[^\w\s,;:'’\"()\-])\s+(?P<first>{_NAME_WORD})[\s.!]*(?:[^\w\s,;:?]+\s*)?$"
)


def _tail_name(body: str, formality: Formality, language: Language) -> tuple[str | None, bool]:
    tail = body[-80:]
    m = _TAIL_CLOSING.search(tail)
    if m is not None and not any(_not_a_name(w) for w in (m.group("first"), m.group("last")) if w):
        title = m.group("title") or ""
        return _address(title, m.group("first"), m.group("last"), formality, language)
    m = _TAIL_NAME.search(tail)
    # A capitalised last word with no closing before it ("… call me back. Tomorrow") is a name
    # only when the lists know it.
    if m is not None and _known_first_name(m.group("first")):
        return m.group("first"), True
    return None, False


def _unique(items: Iterable[str], limit: int) -> tuple[str, ...]:
    seen: list[str] = []
    for item in items:
        item = " ".join(item.split()).strip(" ,;")
        if item and item.lower() not in (s.lower() for s in seen):
            seen.append(item)
        if len(seen) >= limit:
            break
    return tuple(seen)


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# A request sentence has a "?" or one of these words.
_REQUEST_WORDS = caseless(
    r"\b(?:bitte|könnt|koennt|kannst|können|koennen|würden|wuerden|brauche|brauchen|"
    r"please|can you|could you|would you|need|want)\b",
    words="bitte könnt koennt kannst können koennen würden wuerden brauche brauchen please can "
    "could would need want",
)


def _deliverable(body: str, lower: str, words: frozenset[str], language: Language) -> str | None:
    """The thing the client asks about: the first one named in a request sentence.

    Clients often thank for earlier work before they ask for something ("Danke für die
    Entwürfe … Könnten Sie noch die Texte schreiben?"): the thing in the ask is the one the reply
    should name, so request sentences win over the rest, later ones over earlier ones. Only
    sentences that name a thing are asked whether they are a request.
    """
    deliverable, nouns = _DELIVERABLES[Language.DE if language is Language.DE else Language.EN]
    selected = deliverable.select(body, lower, words)
    if selected is None:
        return None
    pattern, subject = selected
    # A thing is named by a noun the text has; a sentence without one of those is not searched.
    # (When the IGNORECASE pattern runs on `body` itself, its words are not known.)
    present = tuple(words & nouns) if subject is lower else ("",)
    named = []  # (sentence, its first thing), in text order
    for sentence in _SENTENCE.finditer(body):
        start, end = sentence.span()
        text = subject[start:end]
        if any(noun in text for noun in present):
            m = next(
                (m for m in pattern.finditer(subject, start, end)
                 if not _ALREADY_HELD.search(subject, _clause_start(subject, start, m.start()),
                                             m.start())
                 and not _NEGATED.search(subject, max(start, m.start() - 8), m.start())),
                None,
            )
            if m is not None:
                named.append((start, end, m))
    if not named:
        return None
    m = named[0][2]
    if len(named) > 1:  # which one is asked for
        request = _REQUEST_WORDS.select(body, lower, words)
        asked = (m for start, end, m in reversed(named) if _asks(subject, start, end, request))
        m = next(asked, m)
    noun_end = m.end("noun")
    # The client's article goes with the whole compound: "die Newsletter-Vorlage" is the
    # deliverable, not "die Newsletter", and "the logo files" not "the logo"; "die logo datei"
    # (a German compound typed apart) names no thing the reply could repeat with the right
    # article, so none is taken.
    tail = _COMPOUND_TAIL.match(body, noun_end)
    if tail is not None:
        if tail.group("hyphen") is None and language is Language.DE:
            return None
        noun_end = tail.end()
    return f"{body[slice(*m.span('det'))]} {body[m.start('noun'):noun_end]}"


# "since you've got the audio anyway, can you also …": the thing the user already holds is
# the reason given for the new ask, never the thing asked for.
_ALREADY_HELD = re.compile(
    r"\b(?:since|as|now that) you(?:'ve| have)? (?:got|have|already|are (?:in|on|doing))\b"
    r"|\bwhile you(?:'re| are) (?:in|on|working on) (?!there\b|it\b)"
    r"|\b(?:da|wo|wenn|nachdem|weil) (?:Sie|du) (?:jetzt |nun )?(?:eh|ja|doch|sowieso|schon|"
    r"gerade)\b",
    re.IGNORECASE,
)

# "Das hätte unser Lehrling in einer Stunde gemacht", "my nephew could've done it in an hour":
# hours in a boast or a past clause are no deadline.
_HOURS = re.compile(r"\b(?:stunden?|hours?)\b", re.IGNORECASE)
_BOAST = re.compile(
    r"\b(?:hätte|hätten|hättest|haette|haetten|würde|würden|wäre|könnte|could|would|could've|"
    r"would've|did|done|took|dauerte|gemacht|hinbekommen|geschafft)\b",
    re.IGNORECASE,
)


def _hours_boasted(date: str, text: str) -> bool:
    """A deadline in hours whose clause boasts or looks back, not one to answer."""
    if not _HOURS.search(date) or (at := text.find(date)) < 0:
        return False
    start = max(text.rfind(mark, 0, at) for mark in ".!?;,\n") + 1
    ends = [i for i in (text.find(mark, at) for mark in ".!?;,\n") if i >= 0]
    return _BOAST.search(text, start, min(ends, default=len(text))) is not None


# "Nicht die Farben – die Stimmung": the thing waved away is not the one to name.
_NEGATED = re.compile(r"\b(?:nicht|not|kein|no)\s+$", re.IGNORECASE)


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the clause holding `end` begins: after the last comma, colon or dash before it."""
    return max(start, *(text.rfind(mark, start, end) + 1 for mark in ",:;–"))


_COMPOUND_TAIL = re.compile(
    r"(?P<hyphen>-[^\W\d_]+)|\s(?:datei|dateien|vorlage|vorlagen|entwurf|entwürfe|grafik|"
    r"grafiken|version|versionen|seite|seiten|texte|file|files|template|templates|draft|"
    r"drafts|mockup|mockups)\b",
    re.IGNORECASE,
)


def _asks(subject: str, start: int, end: int, request: tuple[re.Pattern[str], str] | None) -> bool:
    """Whether the sentence `subject[start:end]` is a request: it has a "?" or a request word.

    `request` is what `_REQUEST_WORDS.select` gave (None: the text has no request word).
    """
    if subject.find("?", start, end) >= 0:
        return True
    return request is not None and request[0].search(subject, start, end) is not None


def _found(
    pattern: CaselessPattern,
    body: str,
    lower: str,
    words: frozenset[str],
    *,
    first_group: bool = False,
) -> Iterator[str]:
    """The matches of `pattern` (or their first matched group), as written in `body`.

    Lazy: callers stop after the first few.
    """
    selected = pattern.select(body, lower, words)
    if selected is None:
        return
    compiled, subject = selected
    for m in compiled.finditer(subject):
        span = m.span()
        if first_group:
            span = next(m.span(g) for g in range(1, compiled.groups + 1) if m.group(g))
        yield body[span[0] : span[1]]


# A farewell that closes the message ("Passt, bis morgen!", "See you Monday.") names no date to
# work to; the situation cues read it the same way (`situations`, "Bis morgen!" on its own).
_FAREWELL = re.compile(
    r"(?:^|(?<=[.!?,]))\s*(?:(?:passt|ok|okay|gut|super|prima|perfekt|alles klar|top|danke|cool|"
    r"great|thanks|perfect|sounds good)\s*[,!.]?\s*)?(?:bis (?:morgen|dann|später|nachher|gleich|"
    r"bald|montag|dienstag|mittwoch|donnerstag|freitag)|(?:see|talk to|speak to) you (?:tomorrow|"
    r"later|then|soon|on \w+))\s*[.!]*\s*$",
    re.IGNORECASE,
)


# A date in a clause where the client sends the material ("we'll make sure it's in your inbox
# first thing tomorrow", "morgen schicke ich Ihnen die Texte") is when the work can start, not
# when it is due: quoting it back as the deadline would promise the wrong day.
_ARRIVAL_HINTS = ("send", "mail", "upload", "inbox", "deliver", "forward", "schick", "liefer")
_ARRIVAL = re.compile(
    r"\b(?:i|we)(?:'ll| will| shall| can)?\s+(?:also\s+|just\s+|then\s+|definitely\s+)?"
    r"(?:send|e-?mail|upload|forward|deliver)\b|\bin your inbox\b"
    r"|\byou(?:'ll| will) (?:have|get|receive)\b[^,;.!?\n]{0,40}\bfrom (?:me|us)\b"
    r"|\b(?:ich|wir)\s+(?:auch\s+|dann\s+|gleich\s+)?(?:schicke|schicken|sende|senden|"
    r"liefere|liefern|maile|mailen|lade|laden)\b"
    r"|\b(?:schicke|sende|liefere|maile) ich\b|\b(?:schicken|senden|liefern|mailen) wir\b"
    r"|\bin (?:ihrem|deinem|eurem) postfach\b",
)
_CLAUSE = re.compile(r"[^,;.!?\n]+")


def _without_arrival(text: str, lower: str) -> tuple[str, str]:
    """`text` and `lower` with each clause about the client sending material blanked.

    Both keep their length, so spans found in `lower` still fit `text`.
    """
    if len(lower) != len(text) or not any(hint in lower for hint in _ARRIVAL_HINTS):
        return text, lower
    spans = [m.span() for m in _CLAUSE.finditer(lower) if _ARRIVAL.search(m.group())]
    for start, end in spans:
        gap = " " * (end - start)
        text, lower = text[:start] + gap + text[end:], lower[:start] + gap + lower[end:]
    return text, lower


# An English formal letter: "Dear Ms Collins," … "Yours sincerely" (not "Dear team," alone:
# the sign-off decides how the client is named).
_ENGLISH_LETTER_OPENING = re.compile(r"\s*dear\s+(?:mr|mrs|ms|miss|dr|sir|madam)\b", re.I)
_ENGLISH_LETTER_CLOSING = re.compile(
    r"\byours (?:sincerely|faithfully|truly)\b|^\s*sincerely\b", re.I
)


# A weekday on its own ("Steht Freitag noch?", "Board meets Thursday"): the date of last resort,
# when no date with its preposition is found. Not a past or habitual one ("letzten Freitag",
# "since Monday", "every Friday"); the word before it decides.
_BARE_WEEKDAY = re.compile(
    r"(?:\b(?P<before>[^\W\d_]+)\s+)?\b(?P<day>montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s)",
    re.IGNORECASE,
)
_NOT_A_DEADLINE_BEFORE = frozenset((
    "letzten", "letzter", "letztem", "vergangenen", "vergangener", "seit", "jeden", "jeder",
    "jedem", "last", "since", "every", "each", "past",
    "statt", "anstatt", "anstelle", "of", "than",  # "today instead of Friday": the old date
    "you",  # "see you Monday" says goodbye
))
# The words before a weekday that already make it a date phrase: kept with it.
_WEEKDAY_QUALIFIERS = frozenset(
    ("diesen", "kommenden", "nächsten", "naechsten", "this", "next", "coming")
)


# "Heute ist Montag", "today's Friday": today, no date to answer.
_TODAY_IS = re.compile(r"(?:heute ist|wir haben|today is|today's|it's|it is)\s+$", re.IGNORECASE)
# "Dienstag früh statt Freitag": the weekday before "statt" is the new date; it wins.
_INSTEAD = re.compile(r"(?:\s+\w+){0,2}\s+(?:statt|anstatt|instead of|rather than)\b", re.I)


def _bare_weekday(text: str, language: Language) -> str | None:
    """The first bare weekday of `text` as a date phrase ("am Freitag", "on Thursday").

    A weekday in place of another ("Dienstag statt Freitag") wins over an earlier one.
    """
    found: list[str] = []
    for m in _BARE_WEEKDAY.finditer(text):
        before = (m.group("before") or "").lower()
        if before in _NOT_A_DEADLINE_BEFORE or _TODAY_IS.search(text, 0, m.start("day")):
            continue
        day = m.group("day").capitalize()
        if (day.endswith("tag") or day == "Mittwoch") != (language is Language.DE):
            continue  # a German weekday in an English reply, or the other way round
        if before in _WEEKDAY_QUALIFIERS:
            phrase = f"{before} {day}"
        else:
            phrase = f"am {day}" if language is Language.DE else f"on {day}"
        if _INSTEAD.match(text, m.end("day")):
            return phrase
        found.append(phrase)
    return found[0] if found else None


def extract_slots(body: str, signoff: str, language: Language, formality: Formality) -> Slots:
    """Slots from the client's words (`body`) and their sign-off block."""
    letter = language is Language.EN and bool(
        _ENGLISH_LETTER_OPENING.match(body) or _ENGLISH_LETTER_CLOSING.search(signoff)
    )
    name, first_only = _client_name(signoff, formality, language, letter)
    if name is None and not signoff.strip():
        name, first_only = _tail_name(body, formality, language)
    lower = body.lower()
    words = words_of(lower)
    dated, dated_lower = body, lower
    if ("bis " in lower or "you" in lower) and (farewell := _FAREWELL.search(body)):
        dated = body[: farewell.start()]
        dated_lower = lower[: farewell.start()] if len(lower) == len(body) else dated.lower()
    dated, dated_lower = _without_arrival(dated, dated_lower)
    dates = _unique(
        (d for d in _found(_DATES, dated, dated_lower, words) if not _hours_boasted(d, dated)), 3
    )
    if not dates and (weekday := _bare_weekday(dated, language)):
        dates = (weekday,)
    return Slots(
        client_name=name,
        client_first_name_only=first_only,
        dates=dates,
        amounts=_unique(_found(_AMOUNT, body, lower, words), 3),
        invoice_numbers=_unique(_found(_INVOICE, body, lower, words, first_group=True), 2),
        deliverable=_deliverable(body, lower, words, language),
    )
