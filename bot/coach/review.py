"""Review of the user's own reply: what tends to make a client conversation escalate.

`review_draft` reads the reply the USER is about to send (never the client's message) and
returns findings: over-promising, blame, sarcasm, mirrored harshness, piled-up apologies,
apologising for being paid or for having working hours, no concrete next step, and length.
Each finding carries a one-line message and a one-line suggestion in the draft's language and
the phrases of the draft it is about (joined by " · ": one finding per kind, never the same
advice twice). A German suggestion's example uses the draft's register (Sie or du).
The rules are plain regular expressions so that a coach can read them; they are tuned to stay
quiet on a calm, concrete, professional reply.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from bot.coach.language import detect_language, formality_scores
from bot.coach.model import Finding, Language

__all__ = ["review_draft"]

MAX_WORDS = 180  # a reply longer than this is hard to read on a phone
MAX_SENTENCE_WORDS = 40
MIN_WORDS_FOR_NEXT_STEP = 12  # a two-line "thanks, received" needs no next step
MAX_FINDINGS_PER_CODE = 3
_EXCERPT_CHARS = 80

_I = re.IGNORECASE


class _LazyPattern:
    """A regular expression compiled on first use.

    `bot.coach` imports this module, and compiling these patterns takes about as long as
    the rest of the import; `calm coach` (start-up budget 300 ms) never reviews a draft.
    """

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._get().search(text, pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._get().finditer(text)

    def findall(self, text: str) -> list[str]:
        return self._get().findall(text)


_lazy = _LazyPattern


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class _Text:
    """A finding's message and suggestion in both languages; `suggestion_de_du` is the German
    suggestion for a reply written with "du" (its example then uses "du" too)."""

    message_de: str
    suggestion_de: str
    message_en: str
    suggestion_en: str
    suggestion_de_du: str | None = None

    def finding(self, code: str, language: Language, excerpt: str, *, du: bool = False) -> Finding:
        if language is Language.DE:
            suggestion = (self.suggestion_de_du if du else None) or self.suggestion_de
            return Finding(code, self.message_de, suggestion, excerpt)
        return Finding(code, self.message_en, self.suggestion_en, excerpt)


_TEXTS: dict[str, _Text] = {
    "over_promise": _Text(
        "Zu viel versprochen: Das legt dich auf etwas fest, das du vielleicht nicht halten kannst.",
        "Sag, was realistisch ist und bis wann, z. B. „Eine erste Version schicke ich "
        "bis Donnerstag, 12 Uhr.“",
        "Over-promise: this commits you to something you may not be able to keep.",
        'Say what is realistic and by when, e.g. "I can send a first version by Thursday noon."',
    ),
    "blame": _Text(
        "Schuldzuweisung: Das klingt nach Vorwurf und lädt zum Gegenangriff ein.",
        "Beschreib die Lage ohne „Sie hätten …“ oder „Sie haben schon wieder nicht …“, z. B. "
        "„Damit ich das bis Freitag schaffe, brauche ich die Texte bis Mittwoch.“",
        "Blame: this reads as an accusation and invites a counter-attack.",
        'Describe the situation instead, e.g. "To deliver by Friday, I need the texts by '
        'Wednesday."',
        "Beschreib die Lage ohne „du hättest …“ oder „du hast schon wieder nicht …“, z. B. "
        "„Damit ich das bis Freitag schaffe, brauche ich die Texte bis Mittwoch.“",
    ),
    "sarcasm": _Text(
        "Sarkasmus: Das kann spitz oder ironisch ankommen, auch wenn es nicht so gemeint ist.",
        "Schreib es sachlich und direkt, z. B. „Das ist die fünfte Änderung; gern biete ich "
        "Ihnen dafür ein Zusatzpaket an.“",
        "Sarcasm: this can come across as pointed or ironic, even if you don't mean it.",
        'Say it plainly, e.g. "This is the fifth change; I\'m happy to offer an add-on for it."',
        "Schreib es sachlich und direkt, z. B. „Das ist die fünfte Änderung; gern biete ich "
        "dir dafür ein Zusatzpaket an.“",
    ),
    "mirrored_harshness": _Text(
        "Harter Ton: Beleidigungen, Schimpfwörter, GROSSBUCHSTABEN oder „!!!“ spiegeln die "
        "Wut des Kunden.",
        "Bleib ruhig und sachlich: ein normaler Satz, ein Punkt am Ende, dann der nächste Schritt.",
        'Harsh tone: insults, swearing, ALL CAPS or "!!!" mirror the client\'s anger.',
        "Stay calm and factual: plain sentences, a full stop, then the next step.",
    ),
    "apology_pile": _Text(
        "Zu viele Entschuldigungen: Das wirkt unsicher und schwächt deine Position.",
        "Eine Entschuldigung für das, was wirklich deins ist, genügt; dann sag, was du tust.",
        "Too many apologies: this sounds unsure and weakens your position.",
        "One apology for what is really yours is enough; then say what you will do.",
    ),
    "apology_for_boundary": _Text(
        "Unnötige Entschuldigung: Für deine Rechnung, deinen Preis oder deine Arbeitszeiten "
        "musst du dich nicht entschuldigen.",
        "Sag es freundlich und sachlich, z. B. „Die Rechnung vom 3. März ist seit Montag "
        "fällig.“ oder „Ich bin Mo–Fr von 9 bis 17 Uhr erreichbar.“",
        "Needless apology: you don't have to apologise for your invoice, your price or your "
        "working hours.",
        'State it kindly and plainly, e.g. "Invoice 1043 was due on Monday." or "I\'m '
        'available Mon–Fri, 9 to 5."',
    ),
    "no_next_step": _Text(
        "Kein konkreter nächster Schritt: Kein Datum, keine Uhrzeit, kein Angebot und keine Frage.",
        "Schließ mit einem konkreten Schritt, z. B. „Bis Freitag, 12 Uhr schicke ich Ihnen "
        "die überarbeitete Version.“ oder einer klaren Frage.",
        "No concrete next step: no date, no time, no offer and no question.",
        "End with something concrete, e.g. \"You'll have the revised version by Friday "
        'noon." or a clear question.',
        "Schließ mit einem konkreten Schritt, z. B. „Bis Freitag, 12 Uhr schicke ich dir "
        "die überarbeitete Version.“ oder einer klaren Frage.",
    ),
    "mixed_register": _Text(
        "Sie und du gemischt: Die Antwort siezt und duzt zugleich.",
        "Bleib bei einer Anrede, der deines Kunden: durchgehend „Sie/Ihnen“ (mit „Sehr "
        "geehrte …“, „Guten Tag Herr …“) oder durchgehend „du/dir“ (mit „Hallo Tom“).",
        "Sie and du mixed: the German reply is formal and informal at once.",
        'Keep one register, your client\'s: "Sie/Ihnen" throughout, or "du/dir" throughout.',
    ),
    "too_long": _Text(
        "Zu lang: Lange Antworten werden überflogen, und das Wichtige geht unter.",
        "Kürz auf drei bis fünf Sätze: verstehen, Grenze, nächster Schritt.",
        "Too long: long replies get skimmed and the important part gets lost.",
        "Cut it to three to five sentences: acknowledge, boundary, next step.",
    ),
    "long_sentence": _Text(
        "Sehr langer Satz: Mehr als 40 Wörter sind schwer zu lesen.",
        "Teil den Satz in zwei oder drei kurze Sätze.",
        "Very long sentence: more than 40 words are hard to follow.",
        "Split it into two or three short sentences.",
    ),
}

# --- phrase rules: one compiled pattern per code; each match becomes a finding -------------

_OVER_PROMISE = _lazy(
    r"(?<!ab )\bsofort\b"
    r"|\b(?:gar |überhaupt )?kein problem\b"
    r"|\b(?:mach|erledig|schick|liefer|bekomm|krieg)\w* (?:ich |du |sie |ihr |wir )?"
    r"(?:(?:ihnen|dir|euch) )?(?:das |es |den \w+ |die \w+ )?(?:heute noch|noch heute)\b"
    r"|\bgarantiert\b|\bich garantiere\b|\bich verspreche\b"
    r"|\b(?:wird|kommt) (?:nie wieder|nicht wieder) vor\w*\b"
    r"|\bhundertprozentig\b|\b100\s?(?:%|prozent)\b"
    r"|\bright away\b|\bstraight away\b|\bimmediately\b|\bno problem\b"
    r"|\basap\b|\bas soon as possible\b|\bi promise\b|\bi guarantee\b|\bguaranteed\b"
    r"|\bwon'?t happen again\b|\bwill never happen again\b"
    r"|\bi'?ll (?:do|finish|fix|get|have) (?:it|this|that|them)(?: done| ready| fixed)? "
    r"(?:today|tonight|right now)\b",
    _I,
)

# The client's wish, paraphrased around an urgency word: "you'd like it right away", "dass
# Sie das sofort brauchen" is listening, not promising, unless the user then takes it on ("I
# know you want it, I'll do it ASAP").
_WISH = _lazy(
    r"\b(?:you|they|sie|du)(?:'d| would)?\s+(?:\w+\s+){0,2}(?:like|want|need|wish|prefer|"
    r"möchten|möchtest|brauchen|brauchst|wünschen|wünschst|hätten|hättest|wollen|willst)\b",
    _I,
)
_WISH_AFTER = _lazy(
    r"^\s*(?:brauchen|brauchst|möchten|möchtest|wünschen|wünschst|wollen|willst|benötigen|"
    r"benötigst|haben (?:möchten|wollen)|hätten|hättest)\b",
    _I,
)
_FIRST_PERSON = _lazy(r"\b(?:i|i'?ll|i'?m|ich|we|we'?ll|wir|mache|erledige)\b", _I)


def _paraphrases_a_wish(text: str, start: int, end: int) -> bool:
    """True when the urgency phrase at text[start:end] restates what the client wants."""
    window = text[max(0, start - 80) : start]
    before = window[max(window.rfind(c) for c in ".!?\n") + 1 :]
    wishes = list(_WISH.finditer(before))
    if wishes:
        tail = before[wishes[-1].end() :]
        if len(tail) <= 40 and not _FIRST_PERSON.search(tail):
            return True
    return _WISH_AFTER.search(text[end : end + 30]) is not None


_BLAME = _lazy(
    r"\bwie (?:ich )?(?:(?:ihnen|dir|euch) )?(?:bereits |schon )"
    r"(?:erwähnt|gesagt|geschrieben|mitgeteilt|erklärt)\b"
    r"|\bwie ich (?:ihnen|dir|euch) (?:gesagt|geschrieben|mitgeteilt|erklärt) habe\b"
    r"|\bwie (?:in meiner|meiner) (?:letzten |vorigen )?(?:e-?mail|mail|nachricht) "
    r"(?:bereits |schon )?(?:erwähnt|geschrieben|gesagt)\b"
    r"|\b(?:ihre|deine|eure) schuld\b|\b(?:ihr|dein|euer) fehler\b"
    r"|\bdas liegt (?:an ihnen|an dir|an euch)\b"
    r"|\bhätten sie (?:mir |uns )?(?:das |es )?(?:doch|halt|eben|früher|vorher|rechtzeitig)\b"
    r"|\bhättest du (?:mir |uns )?(?:das |es )?(?:doch|halt|eben|früher|vorher|rechtzeitig)\b"
    r"|\bwenn (?:sie|du) (?:doch |mal |einfach )?(?:richtig )?(?:gelesen|zugehört)\b"
    r"|\byou should(?:n'?t| not)? have\b|\bas i (?:already |previously )?"
    r"(?:told you|said|mentioned|explained|wrote)\b"
    r"|\bas (?:previously|already) (?:stated|mentioned|explained)\b"
    r"|\b(?:as )?per my (?:last|previous) (?:e-?mail|message)\b"
    r"|\b(?:your|ur) fault\b|\byou failed to\b|\bthat'?s on you\b"
    r"|\bif you had (?:read|listened)\b|\byou (?:never|didn'?t) (?:read|listen)\w*\b",
    _I,
)
# "du hast schon wieder nicht bezahlt": a second person plus "again/still" plus a negation is
# a reproach, whatever polite word ("leider", "unfortunately") sits in it.
_REPROACH = _lazy(
    r"\b(?:du hast|hast du|sie haben|haben sie|ihr habt|habt ihr|du bist|sie sind|ihr seid)\b"
    r"[^.!?\n]{0,40}\b(?:schon wieder|wieder einmal|wieder|immer noch|noch immer|erneut|"
    r"zum (?:\w+ten|x-ten|zigsten) mal)\b[^.!?\n]{0,40}?\b(?:nicht|kein\w*|nie)\b"
    r"|\byou(?:'ve| have)? (?:still|again|once again)\b[^.!?\n]{0,30}?"
    r"(?:\bnot\b|n't\b|\bnever\b)"
    r"|\byou (?:still )?(?:haven't|have not|didn't|did not)\b[^.!?\n]{0,40}?"
    r"\b(?:again|still)\b"
    r"|\bonce again,? you\b",
    _I,
)
# "Sie hätten das früher schicken müssen" blames; "Sie hätten die Grafiken gern bis Freitag"
# paraphrases a wish. Case matters: lower-case "sie hätten" is "they would have".
_SIE_HAETTEN = _lazy(r"\b(?:Sie hätten|[Dd]u hättest)\b")
# In the clause after "Sie hätten": a modal infinitive or a reproachful particle makes it a
# reproach ("… früher sagen müssen", "Sie hätten doch …") whatever else the sentence says.
_REPROACH_IN_CLAUSE = _lazy(
    r"\b(?:müssen|sollen|können|dürfen|brauchen|doch|eben|halt|wenigstens|zumindest)\b", _I
)
# Anywhere in the sentence: a wish, an interest or an option makes it a polite conditional.
_POLITE_CONDITIONAL = _lazy(
    r"\b(?:gerne?|lieber|am liebsten|interesse|lust|zeit|fragen?|wunsch|wünsche|bedarf|"
    r"recht|möglichkeit|wahl|auswahl|verfügung|anspruch)\b",
    _I,
)
# How far after "Sie hätten" the rest of its sentence is looked for (bounds the work on
# pasted walls of text without full stops).
_CONDITIONAL_WINDOW = 300
_CLAUSE_END = _lazy(r"[,;:.!?…\n–—]")
_SENTENCE_END_CHAR = _lazy(r"[;.!?…\n]")


def _conditional_blame(text: str) -> Iterator[re.Match[str]]:
    """The "Sie hätten" / "du hättest" that reproach, skipping polite conditionals."""
    for m in _SIE_HAETTEN.finditer(text):
        window = min(len(text), m.end() + _CONDITIONAL_WINDOW)
        clause_end = _CLAUSE_END.search(text, m.end(), window)
        sentence_end = _SENTENCE_END_CHAR.search(text, m.end(), window)
        clause = text[m.end() : clause_end.start() if clause_end else window]
        sentence = text[m.end() : sentence_end.start() if sentence_end else window]
        if _REPROACH_IN_CLAUSE.search(clause) or not _POLITE_CONDITIONAL.search(sentence):
            yield m


_SARCASM = _lazy(
    r"\bwie schön,? dass\b|\bna (?:toll|super|prima|klasse)\b"
    r"|\b(?:vielen|herzlichen) dank auch(?=\s*[.!]|\s*$)"
    r"|\bdanke (?:auch )?für (?:die|den|das|ihre|deine|eure) "
    r"(?:\d+\.|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|x-te|zigste|"
    r"hundertste|gefühlt \w+)\s*\w*"
    r"|\b(?:sie haben|du hast) offensichtlich\b|\boffensichtlich (?:haben sie|hast du)\b"
    r"|\bwie überraschend\b|\bwelch(?:e)? überraschung\b|\bviel glück damit\b"
    r"|\bthanks? (?:you )?for (?:the |your |yet )?(?:\d+\s*(?:st|nd|rd|th)|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|hundredth|another) "
    r"(?:\w+ )?(?:change|revision|request|round|correction|edit|tweak)s?\b"
    r"|\bobviously\b|\bclearly,? you\b|\bwhat a surprise\b|\bsurprise,? surprise\b"
    r"|\boh,? great\b|\bgreat,? (?:another|yet another)\b|\bmust be nice\b"
    r"|\bgood luck with that\b",
    _I,
)

_INSULT = _lazy(
    r"\b(?:idiot\w*|dumm(?:e|er|es|en|em|heit|kopf)?|blöd\w*|bescheuert\w*|unverschämt\w*|lächerlich\w*|"
    r"inkompetent\w*|schwachsinn\w*|quatsch|schei(?:ß|ss)\w*|verdammt\w*|mist|unsinn|"
    r"frechheit|zumutung|spinnen sie|spinnst du|geht'?s noch|halt die klappe|"
    r"stupid\w*|ridiculous|incompetent|nonsense|shit\w*|fuck\w*|damn\w*|crap\w*|"
    r"bullshit|pathetic|moron\w*|shut up|absurd|"
    r"you(?:'re| are) (?:so |totally |completely )?unprofessional|"
    r"(?:sie sind|du bist) (?:so |total |völlig )?unprofessionell)\b",
    _I,
)
_CAPS_WORD = _lazy(r"\b[A-ZÄÖÜ]{2,}\b")
# Short words in capitals are acronyms (PDF, SEO, CET) unless they are shouted words.
_SHORT_SHOUTS = _words("NO NOT NOW YOU WHY WTF OMG HEY NIE JA DU SIE NUR WAS WIE SO")
# Acronyms and names that are written in capitals on purpose.
_ACRONYMS = _words(
    "ASAP HTML JSON IBAN HTTP HTTPS DSGVO GDPR CEST MESZ DATEV ELSTER NATO UEFA SEPA "
    "CMYK FTP SFTP VIES GOBD HGB USTG AGB AGBS KSK ZUGFERD XRECHNUNG"
)
_SHOUT_PUNCT = _lazy(r"(?:!\s*){2,}|\?!|!\?")

_APOLOGY = _lazy(
    r"\b(?:es )?tut mir (?:sehr |wirklich |echt |furchtbar )?leid\b"
    r"|\bentschuldig\w*|\bverzeih\w*"
    r"|\bsorry\b|\bleider\b|\bi apologi[sz]e\b|\b(?:my )?apologies\b|\bunfortunately\b",
    _I,
)
_BOUNDARY_TOPIC = _lazy(
    r"\b(?:rechnung\w*|zahlung\w*|bezahl\w*|überweis\w*|honorar\w*|mahnung\w*|"
    r"preis\w*|stundensatz\w*|tagessatz\w*|"
    r"arbeitszeit\w*|bürozeit\w*|feierabend|wochenende\w*|"
    r"(?:bin|sind) (?:\w+ )?(?:nicht |nur )?erreichbar|"
    r"arbeite (?:nur|bis)|abends|"
    r"invoice\w*|payment\w*|pay|paid|fees?|rates?|prices?|pricing|"
    r"working hours|office hours|business hours|work until|only work|weekends?|evenings?|"
    r"after hours|(?:i'?m|i am|we'?re|we are) (?:\w+ )?(?:not |only )?available)\b",
    _I,
)

# --- next step: any of these counts as something concrete ----------------------------------

_NEXT_STEP = _lazy(
    r"\?"
    r"|\b\d{1,2}\.\s?\d{1,2}\.|\b\d{1,2}\.\s?(?:januar|februar|märz|april|mai|juni|juli|august|"
    r"september|oktober|november|dezember)\b"
    r"|\b\d{1,2}(?::\d{2})?\s?(?:uhr|h|am|pm)\b|\b\d{1,2}:\d{2}\b"
    r"|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\w*"
    r"|\b(?:morgen|übermorgen|heute|(?:nächste[nrs]?|kommende[nrs]?|diese[nrs]?) "
    r"(?:woche|monat)|nächsten \w+|(?:anfang|mitte|ende) (?:der|nächster|dieser|kommender) "
    r"woche|spätestens|innerhalb (?:von|der|des|einer|eines)|"
    r"in \d+ (?:tagen|stunden|days|hours)|kw\s?\d+|"
    r"binnen|by the end of|no later than|"
    r"(?:within|in|innerhalb von) (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"fourteen|thirty|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|vierzehn|"
    r"dreißig) (?:business |working |werk)?(?:days?|hours?|weeks?|tagen?|stunden?|wochen?)|"
    r"tomorrow|today|tonight|next week|next (?:working|business) day|"
    r"end of (?:the )?(?:day|week|month)|eod|this "
    r"(?:afternoon|morning|evening|week))\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|june|"
    r"july|august|september|october|november|december)\b"
    r"|\b(?:biete|bieten|anbieten|angebot|vorschlag|vorschlagen|schlage (?:\w+ ){1,3}vor|"
    r"alternative|option|\w*termin|telefonat|bescheid|rückmeldung bis|kostenvoranschlag|"
    r"variante|zusatzpaket|zeige ich|nennen sie mir|nenn mir|sagen sie mir|sag mir|"
    r"wenn (?:sie|du) (?:möchten|möchtest|magst|mögen)|wenn es (?:ihnen |dir )?hilft|"
    r"offer|propose|suggest|call|let me know|quote|estimate|add-on|"
    r"if you(?:'d| would)? like|if it helps|tell me|send me)\w*"
    # delivering the thing itself is a next step too
    r"|\b(?:anbei|im anhang|hier (?:ist|sind|kommt|kommen)|attached|here (?:is|are)|here's)\b",
    _I,
)

# --- language and text helpers --------------------------------------------------------------

_WORD = _lazy(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = _lazy(r"(?<=[.!?…])\s+|\n+")


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    """Sentences with their start offset; splitting on end punctuation and line breaks."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[start : match.start()].strip():
            yield start, text[start : match.start()]
        start = match.end()
    if text[start:].strip():
        yield start, text[start:]


def _excerpt(fragment: str) -> str:
    fragment = " ".join(fragment.split())
    if len(fragment) <= _EXCERPT_CHARS:
        return fragment
    return fragment[: _EXCERPT_CHARS - 1].rstrip() + "…"


# --- the review ----------------------------------------------------------------------------


def review_draft(text: str, *, language: Language | None = None) -> list[Finding]:
    """Findings in the user's own reply `text`, in the order they occur; [] when it reads well.

    `language` is the language of the draft (and of the findings); detected when not given,
    German when the draft gives no clue (most users write German).
    """
    if not text or not text.strip():
        return []
    lang = language or detect_language(text, Language.DE)[0]
    hits: list[tuple[int, str, str]] = []  # (offset, code, excerpt)

    def add(code: str, start: int, fragment: str) -> None:
        hits.append((start, code, _excerpt(fragment)))

    for code, pattern in (
        ("over_promise", _OVER_PROMISE),
        ("blame", _BLAME),
        ("sarcasm", _SARCASM),
        ("mirrored_harshness", _INSULT),
        ("mirrored_harshness", _SHOUT_PUNCT),
    ):
        for m in pattern.finditer(text):
            if code == "over_promise" and _paraphrases_a_wish(text, m.start(), m.end()):
                continue  # "you'd like this as soon as possible" paraphrases, it promises nothing
            add(code, m.start(), m.group(0).strip())
    for m in _conditional_blame(text):
        add("blame", m.start(), m.group(0))
    for m in _CAPS_WORD.finditer(text):
        word = m.group(0)
        if (len(word) >= 4 and word not in _ACRONYMS) or word in _SHORT_SHOUTS:
            add("mirrored_harshness", m.start(), word)

    apologies = 0
    for start, sentence in _sentences(text):
        reproach = _REPROACH.search(sentence)
        if reproach is not None:
            # "leider" in a reproach is not an apology: it is the blame that escalates.
            add("blame", start + reproach.start(), reproach.group(0))
            continue
        found = list(_APOLOGY.finditer(sentence))
        apologies += len(found)
        if len(found) >= 2:
            add("apology_pile", start, sentence)
        if found and _BOUNDARY_TOPIC.search(sentence):
            add("apology_for_boundary", start, sentence)
        if len(_WORD.findall(sentence)) > MAX_SENTENCE_WORDS:
            add("long_sentence", start, sentence)
    if apologies >= 3 and not any(code == "apology_pile" for _, code, _ in hits):
        first = _APOLOGY.search(text)
        assert first is not None  # apologies >= 3 means there is a first one
        add("apology_pile", first.start(), first.group(0))

    du = False
    if lang is Language.DE:
        sie_score, du_score = formality_scores(text)
        du = du_score >= 0.5 and du_score > sie_score
        du_word = _DU_WORD.search(text)
        if du_word is not None and sie_score >= _MIXED_SIE and du_score >= _MIXED_DU:
            add("mixed_register", du_word.start(), _sentence_at(text, du_word.start()))

    findings = _select(hits, lang, du=du)
    word_count = len(_WORD.findall(text))
    if word_count >= MIN_WORDS_FOR_NEXT_STEP and not _NEXT_STEP.search(text):
        findings.append(_TEXTS["no_next_step"].finding("no_next_step", lang, "", du=du))
    if word_count > MAX_WORDS:
        findings.append(_TEXTS["too_long"].finding("too_long", lang, "", du=du))
    return findings


# Mixed Sie/du: clear Sie evidence (a "Sehr geehrte" greeting, "Ihnen", a mid-sentence "Sie";
# a "Frau Berger" alone is not enough, the reply may talk about her) and a du pronoun.
_MIXED_SIE = 0.8
_MIXED_DU = 1.0
_DU_WORD = _lazy(r"\b(?:du|dich|dir|dein(?:e[nmrs]?)?)\b", _I)


def _sentence_at(text: str, offset: int) -> str:
    for start, sentence in _sentences(text):
        if start <= offset < start + len(sentence):
            return sentence
    return text[offset:]


EXCERPT_SEPARATOR = " · "


def _select(hits: list[tuple[int, str, str]], lang: Language, *, du: bool) -> list[Finding]:
    """One finding per code, in the order codes first occur; its excerpt names each distinct
    phrase (at most a few), so the same advice is never listed twice."""
    excerpts: dict[str, list[str]] = {}
    for _, code, excerpt in sorted(hits, key=lambda hit: (hit[0], hit[1])):
        phrases = excerpts.setdefault(code, [])
        known = {p.casefold() for p in phrases}
        if excerpt.casefold() not in known and len(phrases) < MAX_FINDINGS_PER_CODE:
            phrases.append(excerpt)
    return [
        _TEXTS[code].finding(code, lang, EXCERPT_SEPARATOR.join(phrases), du=du)
        for code, phrases in excerpts.items()
    ]
