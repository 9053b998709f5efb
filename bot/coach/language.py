"""Which language the client wrote in, and (for German) whether they write "Sie" or "du".

Language is decided by function words (the short words every sentence needs: "und", "nicht",
"the", "you"), weighted by how unambiguous they are, plus character evidence (umlauts, "ß",
English contractions) for very short messages. Umlaut-less German ("fuer", "koennen") and all
caps read the same because matching happens on the folded form. Mixed messages go to the
language with more evidence. French, Spanish, Dutch, Italian and Portuguese are recognised so
the caller can say it coaches in the user's language instead; with no evidence at all the
profile's language is used.

Register: capitalised "Sie/Ihnen/Ihr…" in mid-sentence means formal; at a sentence start "Sie"
may be "they", so it counts less. du-forms ("du, dich, dir, dein…, euch, euer", plural "ihr"
with a verb) mean informal. Greetings and closings tip the balance when pronouns are absent
("Sehr geehrte …", "Mit freundlichen Grüßen" vs "Hallo Anna", "LG", "thx"). A "Herr/Frau X" in the
greeting is weak evidence, overruled by any du-form.
"""

from __future__ import annotations

import re
import string
from collections import Counter

from bot.coach.caseless import caseless, caseless_any, words_of
from bot.coach.model import Formality, Language
from bot.coach.normalize import fold

__all__ = ["detect_formality", "detect_language"]


def _lex(spec: str, weight: float) -> dict[str, float]:
    return dict.fromkeys(spec.split(), weight)


# Words of very short chat replies that are (nearly) unique to one language. "ok", "super",
# "cool" and "top" are written in both and tell nothing.
_SHORT_REPLY_DE = (
    "passt alles klar gut perfekt jo jep jup joa ne nee lg vg mfg moin servus tschuess mach "
    "machs erledigt bescheid gemacht"
)
_SHORT_REPLY_EN = (
    "sounds good great perfect go ahead thx ty pls plz lol tbh btw fyi np yep yup nope sure "
    "noted awesome lgtm thoughts eta update"
)

# Folded forms (ä -> ae, ß -> ss). Strong words are (nearly) unique to the language; weak ones
# are shared with a neighbour or are also content words.
_LEXICON: dict[str, dict[str, float]] = {
    "de": {
        **_lex(
            "und ich nicht ist das wir sie ihr ihnen ihre ihren ihrem dass mit auf fuer fur "
            "bitte danke auch noch schon mir mich dich dir du ein eine einen einem einer den "
            "dem des wenn aber oder sind haben habe hab hat wird werden wurde kann koennen "
            "koennte kannst muss muessen mussen soll sollte sollen waere ware hatte haette "
            "doch mal nur sehr gerne gern heute morgen jetzt immer wieder warum wieso weshalb "
            "wann wie viel viele keine kein keinen nichts etwas sich uns unser unsere euch "
            "euer eure dein deine deinen ihnen bis zum zur vom beim ueber uber unter nach "
            "bei aus ohne gegen weil damit also dann denn bereits eigentlich leider bisher "
            "sehr schoen gruesse gruss hallo liebe lieber geehrte geehrter herr frau "
            "vielen dank bitte entwurf rechnung angebot nochmal einfach gleich genau uhr",
            1.0,
        ),
        **_lex("die der was man will so in es", 0.4),
        # Short chat replies ("passt", "alles klar", "jo, mach mal", "lg"): weak, so that the
        # words of a real sentence outweigh them, but enough to read "passt 👍" as German.
        **_lex(_SHORT_REPLY_DE, 0.4),
    },
    "en": {
        **_lex(
            "the and you your yours i i'm i've i'll i'd you're you've you'll we we're we've "
            "it's that's don't doesn't didn't can't won't isn't aren't wasn't wouldn't "
            "couldn't shouldn't is are was were be been have has had this that these those "
            "with for of to not please thanks thank can could would should will just what "
            "when where why how which who my me our us they them their there here about "
            "from into if but or because still already really very again also only need "
            "want like get got send sent do does did done any some more than then yeah yes "
            "hi hey dear regards cheers tomorrow today week asap anyway sorry okay",
            1.0,
        ),
        **_lex("so in it no was man will", 0.3),
        **_lex(_SHORT_REPLY_EN, 0.4),  # "ok sounds good 👍", "perfect, go ahead"
        # Everyday words German clients do not borrow, for short lines without a function
        # word ("Mostly small stuff, maybe a few comments").
        **_lex(
            "maybe small stuff attached mostly little quick next new old now ready much many "
            "something anything nothing everything around comments",
            0.6,
        ),
    },
    "fr": _lex(
        "le la les des est pas je vous nous que pour avec une dans ce cette merci bonjour "
        "tres mais sont votre vos notre nos c'est j'ai qui sur aussi bien tout fait faire "
        "il elle ils au aux du ou comme plus avez sommes suis besoin demain aujourd'hui "
        "salut cordialement",
        1.0,
    ),
    "es": _lex(
        "el los las que por para con una es esta esto muy gracias hola pero usted ustedes "
        "necesito hoy manana tengo tiene como mas del al su sus nosotros yo lo le porque "
        "cuando donde estoy somos trabajo saludos ya todo bien",
        1.0,
    ),
    "nl": _lex(
        "het een niet ik jij jullie wij met voor van maar dat dit zijn ook nog graag "
        "bedankt dank hoi hallo alsjeblieft alstublieft moet kunnen wil morgen vandaag "
        "heb hebben wordt worden naar uw onze mijn geen wel nu al groeten",
        1.0,
    ),
    "it": _lex(
        "il gli che non per con una sono grazie ciao anche molto questo questa della "
        "delle del nel alla sul mi ti ci vi lei voi loro perche quando dove oggi domani "
        "buongiorno saluti cordiali ho hai abbiamo essere lavoro",
        1.0,
    ),
    "pt": _lex(
        "nao voce obrigado obrigada com uma para muito isso esta estou vou hoje amanha "
        "tenho temos seu sua nos eles quando onde porque tambem bom dia ola",
        1.0,
    ),
}
_FOREIGN_CHARS = {
    "fr": re.compile(r"[éèêàçœ]|\b(?:qu|c|j|l|d|n)'[a-zéè]"),
    "es": re.compile(r"[ñ¿¡áíóú]"),
    "pt": re.compile(r"[ãõç]|ção"),
    "it": re.compile(r"\b(?:è|perché|così|più)\b"),
}
_TOKEN = re.compile(r"[a-zà-ÿ]+(?:'[a-z]+)?")


def _word_initial(stem: str) -> str:
    r"""The regex `\b` + `stem` (which starts with a letter), in a form `re` scans faster.

    When every alternative of a pattern starts with a literal letter, `re` skips in C to the
    positions holding one of them; a leading `\b` hides the letter and makes it try every
    position. After the first letter, `(?<!\w\w)` tests the same as `\b` before it: that
    letter is a word character, so both ask whether the character before it is one.
    """
    return f"{stem[0]}(?<!\\w\\w){stem[1:]}"


# Word shapes. Plainly written, German is
#     sch|(?:ung|keit|heit|lich|chen|ig)\b|\b(?:ge|ver|be|zer|ent)[a-z]{3,}t\b|tz|ck
# and English is `_EN_SHAPES`. The fast forms match exactly the same, in the same order of
# alternatives: the group followed by `\b` is spread over its alternatives, and `\b` + letter
# is `_word_initial`.
_DE_SHAPES = re.compile(
    r"sch|ung\b|keit\b|heit\b|lich\b|chen\b|ig\b|"
    + "|".join(_word_initial(stem) + r"[a-z]{3,}t\b" for stem in ("ge", "ver", "be", "zer", "ent"))
    + "|tz|ck"
)
_EN_SHAPES = re.compile(r"\bth|wh|(?:ing|ly|tion|ed)\b|ght|\b[a-z]+'(?:s|t|re|ll|ve|m|d)\b")
# `_EN_SHAPES` for a text without an apostrophe, which no contraction can match in.
_EN_SHAPES_PLAIN = re.compile(_word_initial("th") + r"|wh|ing\b|ly\b|tion\b|ed\b|ght")


_SHAPES_READ = 400
# German letters: each occurrence is evidence, counted with `str.count` (C speed).
_DE_LETTERS = "äöüßÄÖÜẞ"
# Every match of the "es", "pt" and "it" patterns holds a letter outside ASCII; a "fr" match
# holds one or an apostrophe ("l'idée"). Folded German and English text is mostly plain ASCII,
# so an `isascii` test (C speed) usually spares these scans.
_NEEDS_NON_ASCII = ("es", "pt", "it")


def _capped(pattern: re.Pattern[str], text: str, cap: int) -> int:
    """How often `pattern` occurs in `text`, counting no further than `cap`.

    `findall` counts in C; callers pass a bounded `text`, so listing every match stays cheap.
    """
    return min(len(pattern.findall(text)), cap)


def _merged_lexicon() -> dict[str, tuple[tuple[str, float], ...]]:
    merged: dict[str, list[tuple[str, float]]] = {}
    for code, lexicon in _LEXICON.items():
        for token, weight in lexicon.items():
            if weight:
                merged.setdefault(token, []).append((code, weight))
    return {token: tuple(entries) for token, entries in merged.items()}


_WEIGHTS_OF = _merged_lexicon()  # token -> ((language, weight), ...)
_FOREIGN = tuple(code for code in _LEXICON if code not in ("de", "en"))


def language_scores(text: str, folded: str | None = None) -> dict[str, float]:
    """Evidence per language code; `folded` is `fold(text)` when the caller has it."""
    folded = fold(text) if folded is None else folded
    scores = dict.fromkeys(_LEXICON, 0.0)
    # Only lexicon words add anything; dropping the others first (in C) keeps the order in
    # which the known words first occur, and so the order of the float additions.
    known = Counter(filter(_WEIGHTS_OF.__contains__, _TOKEN.findall(folded)))
    for token, count in known.items():
        for code, weight in _WEIGHTS_OF[token]:
            scores[code] += weight * count
    if not text.isascii():  # the German letters are not ASCII
        scores["de"] += min(sum(map(text.count, _DE_LETTERS)), 6) * 0.8
    # Letters and word shapes only matter when words are few (short messages, near-ties); on a
    # long message the words decide, so these scans read its start only.
    start = folded[:_SHAPES_READ]
    # A scan that cannot match would add 0.0, which leaves a score as it is.
    plain = start.isascii()
    if not plain:
        for code in _NEEDS_NON_ASCII:
            scores[code] += _capped(_FOREIGN_CHARS[code], start, 4) * 0.7
    if not plain or "'" in start:
        scores["fr"] += _capped(_FOREIGN_CHARS["fr"], start, 4) * 0.7
    scores["de"] += _capped(_DE_SHAPES, start, 4) * 0.15
    en_shapes = _EN_SHAPES if "'" in start else _EN_SHAPES_PLAIN
    scores["en"] += _capped(en_shapes, start, 4) * 0.15
    return scores


def detect_language(
    text: str, default: Language, folded: str | None = None
) -> tuple[Language, str | None]:
    """(language of the client's words, foreign code or None).

    For a foreign language the first element is `default`: coaching continues in the user's
    language and the caller mentions the foreign language.
    """
    scores = language_scores(text, folded)
    de, en = scores["de"], scores["en"]
    foreign = max(_FOREIGN, key=scores.__getitem__)  # the first of equals, as listed
    if scores[foreign] >= 2.0 and scores[foreign] > 1.4 * max(de, en):
        return default, foreign
    if de <= 0.3 and en <= 0.3:
        return default, None
    if abs(de - en) < 1e-9:
        return default, None
    return (Language.DE if de > en else Language.EN), None


# --- German register -------------------------------------------------------------------------

# "Sie", "Ihnen", "Ihr…" as words; `_SIE_MID` is one not at the start of a sentence.
_SIE_WORD = re.compile(
    "(?:" + "|".join(map(_word_initial, ("Sie", "Ihnen", "Ihre[nmrs]?", "Ihr"))) + r")\b"
)
_SIE_MID = re.compile(
    r"(?<![.!?:;\n\"„“(]\s)(?<![.!?:;\n\"„“(])(?<!^)\b(?:Sie|Ihnen|Ihre[nmrs]?|Ihr)\b"
)
_SIE_CAPS = re.compile(r"\b(?:SIE|IHNEN)\b")
_HERR_FRAU = re.compile(r"\b(?:Herr|Frau|Hr\.|Fr\.)\s+(?:Dr\.\s*)?[A-ZÄÖÜ\[]")
_TITLES = ("Herr", "Frau", "Hr.", "Fr.")  # one of which every `_HERR_FRAU` match starts with

# The caseless patterns name the words one of which every match holds (`caseless.words_of`):
# a text without them is not scanned.
_DU_WORDS = (
    "du dich dir dein deine deinen deinem deiner deines euch euer eure euren eurem eurer haste "
    "kannste willste"
)
# Second-person singular verbs are du even when chat German drops the pronoun ("kannst mal
# schauen?", "weißt eh"); every one of them is a verb form only, never a noun or an adverb.
_DU_VERBS = (
    "kannst hast bist willst musst weißt weisst brauchst solltest könntest koenntest würdest "
    "wuerdest magst darfst hättest haettest wärst waerst warst wirst machst schickst siehst "
    "meinst denkst findest gibst sagst schaffst bekommst kriegst kommst gehst"
)
_DU_VERB = caseless(rf"\b(?:{'|'.join(_DU_VERBS.split())})\b", words=_DU_VERBS)
_DU = caseless(
    rf"\b(?:{'|'.join(_DU_WORDS.split())}|hast du|biste)\b",
    words=_DU_WORDS + " biste",  # "hast du" holds "du"
)
# "ihr" as plural informal subject: "ihr habt", "habt ihr", "könnt ihr"
_IHR_PLURAL = caseless(
    r"\bihr\s+(?:habt|seid|könnt|koennt|müsst|muesst|wollt|solltet|macht|schickt|wisst|"
    r"braucht|hättet|haettet|würdet|wuerdet|dürft|duerft|bekommt|kriegt|werdet|sollt|"
    r"kommt|geht|wartet)\b|"
    r"\b(?:habt|seid|könnt|koennt|müsst|muesst|wollt|macht|schickt|wisst|braucht|hättet|"
    r"haettet|würdet|wuerdet|bekommt|kriegt|werdet|sollt)\s+ihr\b",
    words="ihr",
)
# lowercase "sie" right after a verb at the start of a question or request: "können sie mir…"
_FORMAL_VERBS = (
    "können koennen könnten koennten würden wuerden haben hätten haetten wären waeren schicken "
    "senden rufen melden geben sagen machen dürfen duerfen"
)
_SIE_LOWER_FORMAL = caseless(
    rf"(?:^|[.!?]\s+|,\s*)(?:bitte\s+)?(?:{'|'.join(_FORMAL_VERBS.split())})\s+sie\b",
    words=f"sie & {_FORMAL_VERBS}",
)
_SIE_GREETING = caseless_any(
    (r"\bsehr\s+geehrte[rn]?\b", "geehrte geehrter geehrten"),
    (r"\bmit\s+freundlichen\s+gr", "freundlichen"),
    (r"\bmfg\b", "mfg"),
    (r"\bfreundliche\s+gr(?:ü|ue)(?:ß|ss)e\b", "freundliche"),
    (r"\bguten\s+tag\s+(?:herr|frau)\b", "tag"),
)
_DU_GREETING = caseless_any(
    (
        r"^\s*(?:hallo|hi|hey|moin|servus|huhu|liebe[rs]?|hello)\s+[A-ZÄÖÜ][a-zäöüß]+\s*[,!\n]",
        "hallo hi hey moin servus huhu liebe lieber liebes hello",
    ),
    (
        r"\b(?:lg|vg|liebe\s+grüße|liebe\s+gruesse|ganz\s+liebe|bis\s+dann|ciao|tschüss|tschuess|"
        r"thx)\b",
        "lg vg liebe dann ciao tschüss tschuess thx",  # "ganz liebe", "bis dann"
    ),
    (r"^\s*(?:hey|hi|huhu|moin)\b", "hey hi huhu moin"),
    flags=re.M,
)
# du-imperatives after "bitte" ("bitte schick mir…", "bitte kürze…"); the Sie form would be
# "schicken Sie".
_DU_IMPERATIVE = caseless(
    r"\bbitte\s+(?:schick|sende|mach|ruf|meld|sag|gib|schau|guck|denk|kürze|kuerze|änder|"
    r"aender|pass|nimm|bring|hör|hoer|lies|check|überarbeite|ueberarbeite|korrigier|"
    r"vergiss|beeil|antworte|erledige|schreib)(?:e)?\b(?!\s+sie\b)",
)
# ... and at the start of a sentence or after "und" (maybe after "jetzt", "dann" …), followed
# by what a request goes on with ("Schick mir alle Dateien", "Jetzt hör mir mal zu"); "Schicken
# Sie mir" does not match, nor "und melde mich" (the client's own plan).
_IMPERATIVES = (
    "schick sende mach ruf meld sag gib schau guck denk nimm bring lies check vergiss beeil "
    "antworte erledige schreib änder aender lass hör hoer kümmer kuemmer zeig überleg ueberleg"
)
_DU_IMPERATIVE_START = caseless(
    rf"(?:^|[.!?:;,]\s*|\n\s*|\bund\s+(?!\w+\s+mich\b))(?:(?:jetzt|nun|dann|also|und|so)\s+)?"
    rf"(?:{'|'.join(_IMPERATIVES.split())})(?:e)?(?:\s+(?:mir|mich|uns|"
    r"mal|einfach|doch|bitte|das|die|den|dich|schon|endlich|jetzt|noch|nochmal|nochmals|gleich|"
    r"dieses|diesen|diese|deine|deinen|"
    r"es|dir|dem|sofort|bescheid|kurz|gern|gerne|ruhig)\b|\s*!|\.(?:\s|$)|['’]s\b)",
    words=" ".join(f"{verb} {verb}e" for verb in _IMPERATIVES.split()),
)


def _shouted(text: str) -> bool:
    """True when over 60 % of the letters are capitals (`str.isupper`, `str.isalpha`).

    ASCII characters are counted with `bytes.translate` (C speed), the others one by one, and
    only when it matters: not when the text falls short even if all of them were capitals.
    """
    plain = text.encode("ascii", "ignore")
    upper = len(plain) - len(plain.translate(None, _ASCII_UPPER))
    letters = len(plain) - len(plain.translate(None, _ASCII_LETTERS))
    if upper + len(text) - len(plain) <= 0.6 * max(1, letters):
        return False  # more letters can only raise the bar
    if not text.isascii():
        others = _NON_ASCII.findall(text)
        upper += sum(map(str.isupper, others))
        letters += sum(map(str.isalpha, others))
    return upper > 0.6 * max(1, letters)


_ASCII_UPPER = string.ascii_uppercase.encode()
_ASCII_LETTERS = string.ascii_letters.encode()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


# "Ihr Lieben" / "Ihr Beiden" address several people (plural "ihr"), not "Your …".
_IHR_BEFORE_NOUN = re.compile(
    r"Ihr\s+(?!(?:Lieben|Beiden|Süßen|Zwei|Drei|Alle)\b)(?:[a-zäöüß]+e[nmrs]?\s+)?[A-ZÄÖÜ][a-zäöüß]"
)


def _sie_counts(text: str) -> tuple[int, int, int]:
    """How many "Sie/Ihnen/Ihr…" words: mid-sentence, any but "Ihr", and "Ihnen".

    One scan finds the words; each is a whole word, so they cannot overlap, and `_SIE_MID`
    matches exactly those of them its look-behinds admit.
    """
    mid = anywhere = ihnen = 0
    if "Sie" not in text and "Ih" not in text:
        return mid, anywhere, ihnen
    for m in _SIE_WORD.finditer(text):
        word = m.group()
        mid += _SIE_MID.match(text, m.start()) is not None
        # A bare "Ihr" may be plural "ihr" ("Ihr habt …"); before a noun it is "Your".
        anywhere += word != "Ihr" or _IHR_BEFORE_NOUN.match(text, m.start()) is not None
        ihnen += word == "Ihnen"
    return mid, anywhere, ihnen


def formality_scores(text: str) -> tuple[float, float]:
    """(Sie evidence, du evidence) in a German text."""
    lower = text.lower()
    words = words_of(lower)
    sie = 0.0
    if _shouted(text):
        if "SIE" in text or "IHNEN" in text:
            sie += 0.7 * len(_SIE_CAPS.findall(text))
    else:
        mid, anywhere, ihnen = _sie_counts(text)
        sie += 1.0 * mid + 0.45 * (anywhere - min(anywhere, mid))
        sie += 0.5 * ihnen  # "Ihnen" is formal even at a sentence start
    sie += 0.6 * _SIE_LOWER_FORMAL.findall_count(text, lower, words)
    sie += 0.8 * _SIE_GREETING.findall_count(text, lower, words)
    # "Frau Berger" with no pronoun at all: German business mail with a surname is Sie; any
    # du-form overrules it.
    if any(title in text for title in _TITLES) and _HERR_FRAU.search(text):
        sie += 0.6  # above a "LG"/"VG" sign-off, which also closes Sie mail
    du = 1.2 * _DU.findall_count(text, lower, words)
    du += 0.8 * _DU_VERB.findall_count(text, lower, words)
    du += 1.0 * _IHR_PLURAL.findall_count(text, lower, words)
    du += 0.5 * _DU_GREETING.findall_count(text, lower, words)
    du += 0.6 * _DU_IMPERATIVE.findall_count(text, lower, words)
    du += 0.6 * _DU_IMPERATIVE_START.findall_count(text, lower, words)
    return sie, du


def detect_formality(text: str, language: Language) -> Formality:
    """The German register of the client; `none` for English or when nothing tells."""
    if language is not Language.DE:
        return Formality.NONE
    sie, du = formality_scores(text)
    if du >= 0.5 and du > sie:
        return Formality.DU
    if sie >= 0.4 and sie >= du:
        return Formality.SIE
    return Formality.NONE
