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
("Sehr geehrte …", "Mit freundlichen Grüßen" vs "Hallo Anna", "LG"). A "Herr/Frau X" in the
greeting is weak evidence, overruled by any du-form.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from bot.coach.caseless import caseless
from bot.coach.model import Formality, Language
from bot.coach.normalize import fold

__all__ = ["detect_formality", "detect_language"]


def _lex(spec: str, weight: float) -> dict[str, float]:
    return dict.fromkeys(spec.split(), weight)


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
            "vielen dank bitte entwurf rechnung angebot nochmal einfach gleich genau",
            1.0,
        ),
        **_lex("die der was man will so in es", 0.4),
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
_DE_CHARS = re.compile(r"[äöüßÄÖÜẞ]")
_DE_SHAPES = re.compile(
    r"sch|(?:ung|keit|heit|lich|chen|ig)\b|\b(?:ge|ver|be|zer|ent)[a-z]{3,}t\b|tz|ck"
)
_EN_SHAPES = re.compile(r"\bth|wh|(?:ing|ly|tion|ed)\b|ght|\b[a-z]+'(?:s|t|re|ll|ve|m|d)\b")


_SHAPES_READ = 400


def _capped(pattern: re.Pattern[str], text: str, cap: int) -> int:
    """How often `pattern` occurs in `text`, counting no further than `cap`."""
    return sum(1 for _ in islice(pattern.finditer(text), cap))


def _merged_lexicon() -> dict[str, tuple[tuple[str, float], ...]]:
    merged: dict[str, list[tuple[str, float]]] = {}
    for code, lexicon in _LEXICON.items():
        for token, weight in lexicon.items():
            if weight:
                merged.setdefault(token, []).append((code, weight))
    return {token: tuple(entries) for token, entries in merged.items()}


_WEIGHTS_OF = _merged_lexicon()  # token -> ((language, weight), ...)


def language_scores(text: str, folded: str | None = None) -> dict[str, float]:
    """Evidence per language code; `folded` is `fold(text)` when the caller has it."""
    folded = fold(text) if folded is None else folded
    scores = dict.fromkeys(_LEXICON, 0.0)
    weights_of = _WEIGHTS_OF.get
    for token, count in Counter(_TOKEN.findall(folded)).items():
        for code, weight in weights_of(token, ()):
            scores[code] += weight * count
    scores["de"] += _capped(_DE_CHARS, text, 6) * 0.8
    # Letters and word shapes only matter when words are few (short messages, near-ties); on a
    # long message the words decide, so these scans read its start only.
    start = folded[:_SHAPES_READ]
    for code, pattern in _FOREIGN_CHARS.items():
        scores[code] += _capped(pattern, start, 4) * 0.7
    scores["de"] += _capped(_DE_SHAPES, start, 4) * 0.15
    scores["en"] += _capped(_EN_SHAPES, start, 4) * 0.15
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
    foreign = max((c for c in scores if c not in ("de", "en")), key=lambda c: scores[c])
    if scores[foreign] >= 2.0 and scores[foreign] > 1.4 * max(de, en):
        return default, foreign
    if de <= 0.3 and en <= 0.3:
        return default, None
    if abs(de - en) < 1e-9:
        return default, None
    return (Language.DE if de > en else Language.EN), None


# --- German register -------------------------------------------------------------------------

_SIE_MID = re.compile(
    r"(?<![.!?:;\n\"„“(]\s)(?<![.!?:;\n\"„“(])(?<!^)\b(?:Sie|Ihnen|Ihre[nmrs]?|Ihr)\b"
)
_SIE_ANY = re.compile(r"\b(?:Sie|Ihnen|Ihre[nmrs]?)\b")
_IHNEN = re.compile(r"\bIhnen\b")
_DU = caseless(
    r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|"
    r"eurer|haste|kannste|willste|hast du|biste)\b",
)
# "ihr" as plural informal subject: "ihr habt", "habt ihr", "könnt ihr"
_IHR_PLURAL = caseless(
    r"\bihr\s+(?:habt|seid|könnt|koennt|müsst|muesst|wollt|solltet|macht|schickt|wisst|"
    r"braucht|hättet|haettet|würdet|wuerdet|dürft|duerft)\b|"
    r"\b(?:habt|seid|könnt|koennt|müsst|muesst|wollt|macht|schickt|wisst|braucht|hättet|"
    r"haettet|würdet|wuerdet)\s+ihr\b",
)
# lowercase "sie" right after a verb at the start of a question or request: "können sie mir…"
_SIE_LOWER_FORMAL = caseless(
    r"(?:^|[.!?]\s+|,\s*)(?:bitte\s+)?(?:können|koennen|könnten|koennten|würden|wuerden|haben|"
    r"hätten|haetten|wären|waeren|schicken|senden|rufen|melden|geben|sagen|machen|"
    r"dürfen|duerfen)\s+sie\b",
)
_SIE_GREETING = caseless(
    r"\bsehr\s+geehrte[rn]?\b|\bmit\s+freundlichen\s+gr|\bmfg\b|\bfreundliche\s+gr(?:ü|ue)(?:ß|ss)e"
    r"\b|"
    r"\bguten\s+tag\s+(?:herr|frau)\b",
)
_HERR_FRAU = re.compile(r"\b(?:Herr|Frau|Hr\.|Fr\.)\s+(?:Dr\.\s*)?[A-ZÄÖÜ\[]")
_DU_GREETING = caseless(
    r"^\s*(?:hallo|hi|hey|moin|servus|huhu|liebe[rs]?|hello)\s+[A-ZÄÖÜ][a-zäöüß]+\s*[,!\n]|"
    r"\b(?:lg|vg|liebe\s+grüße|liebe\s+gruesse|ganz\s+liebe|bis\s+dann|ciao|tschüss|tschuess)\b|"
    r"^\s*(?:hey|hi|huhu|moin)\b",
    re.M,
)
# du-imperatives after "bitte" ("bitte schick mir…", "bitte kürze…"); the Sie form would be
# "schicken Sie".
_DU_IMPERATIVE = caseless(
    r"\bbitte\s+(?:schick|sende|mach|ruf|meld|sag|gib|schau|guck|denk|kürze|kuerze|änder|"
    r"aender|pass|nimm|bring|hör|hoer|lies|check|überarbeite|ueberarbeite|korrigier|"
    r"vergiss|beeil|antworte|erledige|schreib)(?:e)?\b(?!\s+sie\b)",
)
# ... and at the start of a sentence, followed by what a request goes on with ("Schick mir alle
# Dateien", "Mach einfach schon mal los"); "Schicken Sie mir" does not match.
_DU_IMPERATIVE_START = caseless(
    r"(?:^|[.!?:;,]\s*|\n\s*)(?:schick|sende|mach|ruf|meld|sag|gib|schau|guck|denk|nimm|bring|"
    r"lies|check|vergiss|beeil|antworte|erledige|schreib|änder|aender|lass|hör|hoer|kümmer|"
    r"kuemmer|zeig|überleg|ueberleg)(?:e)?(?:\s+(?:mir|mich|uns|mal|einfach|doch|bitte|das|"
    r"die|den|dich|schon|endlich|jetzt|noch|nochmal|nochmals|gleich|es|dir|dem|sofort)\b|"
    r"\s*!|\.(?:\s|$))",
)


def formality_scores(text: str) -> tuple[float, float]:
    """(Sie evidence, du evidence) in a German text."""
    lower = text.lower()
    caps_text = sum(map(str.isupper, text)) > 0.6 * max(1, sum(map(str.isalpha, text)))
    sie = 0.0
    if caps_text:
        sie += 0.7 * len(re.findall(r"\b(?:SIE|IHNEN)\b", text))
    else:
        mid = len(_SIE_MID.findall(text))
        anywhere = len(_SIE_ANY.findall(text))
        sie += 1.0 * mid + 0.45 * (anywhere - min(anywhere, mid))
        sie += 0.5 * len(_IHNEN.findall(text))  # "Ihnen" is formal even at a sentence start
    sie += 0.6 * _SIE_LOWER_FORMAL.findall_count(text, lower)
    sie += 0.8 * _SIE_GREETING.findall_count(text, lower)
    # "Frau Berger" with no pronoun at all: German business mail with a surname is Sie; any
    # du-form overrules it.
    sie += 0.45 * min(1, len(_HERR_FRAU.findall(text)))
    du = 1.2 * _DU.findall_count(text, lower) + 1.0 * _IHR_PLURAL.findall_count(text, lower)
    du += 0.5 * _DU_GREETING.findall_count(text, lower)
    du += 0.6 * _DU_IMPERATIVE.findall_count(text, lower)
    du += 0.6 * _DU_IMPERATIVE_START.findall_count(text, lower)
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
