"""Composition of the reply draft and the boundary reminder from the playbooks in prompts/.

The words live in `prompts/playbooks/*.toml` (see `bot.coach.playbooks`); this module only
decides which phrase goes where:

- the voice: German "Sie", German "du" (only when the client wrote "du") or English;
- the arc of the situation for the tone (warm, neutral, firm) or the short form;
- for each stage one alternative, chosen deterministically from a SHA-256 of the client's
  message, preferring a phrase that picks up something the client said (the deliverable, the
  date, the amount, the invoice) or a fact from the profile (revision rounds, payment terms,
  working hours) that the draft has not mentioned yet;
- capacity variants (`_tight` for full/overbooked, `_open` for free/some room);
- the incident kind (`Detection.kind`, see `bot.coach.incidents`): a kind's own stages in the
  playbook (`[kind.absence.…]`) replace the situation's default ones;
- one sentence for a secondary situation, from that situation's `blend` bank.

Pure: nothing here logs (the surfaces log one line per request) and nothing raises with
client text.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from bot.coach.model import (
    Capacity,
    Coaching,
    Detection,
    Formality,
    Language,
    Profile,
    Situation,
    Slots,
    Tone,
)
from bot.coach.normalize import MAX_ANALYSED_CHARS
from bot.coach.playbooks import (
    Alternatives,
    Playbook,
    Playbooks,
    Template,
    load_playbooks,
    template,
)

__all__ = ["LENGTH_DEFAULT", "LENGTH_LONG", "LENGTH_SHORT", "compose"]

LENGTH_DEFAULT = (25, 60)  # words in the draft shown first, greeting and sign-off included
LENGTH_LONG = (40, 150)  # the full arc ("Longer", --long)
LENGTH_SHORT = (15, 50)  # "Shorter"
# Stages dropped, in this order, if a draft would run longer than its length allows.
_TRIM_ORDER = ("summary", "alternatives", "clarify", "validate", "blend")
# Short and default drafts prefer phrases of at most this many words, tighter on each retry.
_SHORT_PHRASE_CAPS = (22, 16, 12)
_DEFAULT_PHRASE_CAPS = (None, 24, 18, 14)


def compose(
    detection: Detection,
    text: str,
    *,
    profile: Profile,
    tone: Tone,
    short: bool = False,
    long: bool = False,
    language: Language | None = None,
) -> Coaching:
    """Write the draft and the boundary reminder for one detected client message.

    `language` forces the reply language (the "other language" button); by default the reply
    is in the client's language. The boundary reminder is in the user's language.
    """
    books = load_playbooks()
    reply_language = language or detection.language
    voice = _voice(reply_language, detection.formality)
    # The playbook of the situation, with the stages of its incident kind (absence, contingent
    # payment, …) laid over the default ones; the secondary situation's blend stays as it is.
    book = books[detection.situation].for_kind(detection.kind)
    capacity = _capacity_mode(profile.capacity)
    # The client's own words (the thing, the date) only fit a reply in the client's language;
    # a reply in the other language keeps numbers (amounts, invoice numbers) and drops them.
    slots = detection.slots
    if reply_language is not detection.language:
        slots = replace(slots, deliverable=None, dates=())
    if detection.kind == "deduction":  # "we'll knock $200 off": the amount is the cut
        slots = replace(slots, amounts=())
    elif (
        detection.situation is Situation.PAYMENT_ISSUE
        and slots.amounts
        and not slots.invoice_numbers
        and not _ABOUT_THE_BILL.search(text)
    ):
        # "… sell it for $10,000,000": an amount is the invoice's only when the bill is named.
        slots = replace(slots, amounts=())
    # The reminder is in the user's language, the draft often too: work out the profile's
    # facts (working hours in English, …) once for both then.
    user_facts = _profile_facts(profile, profile.language)
    reply_facts = (
        user_facts
        if reply_language is profile.language
        else _profile_facts(profile, reply_language)
    )
    facts = _facts(slots, reply_facts, reply_language, voice)
    picker = _Picker(text, detection.situation)

    long = long and not short
    if short:
        arc_key, caps, limit = "short", _SHORT_PHRASE_CAPS, LENGTH_SHORT[1]
    elif long:
        arc_key, caps, limit = f"long_{tone.value}", (None,), LENGTH_LONG[1]
    else:
        arc_key, caps, limit = tone.value, _DEFAULT_PHRASE_CAPS, LENGTH_DEFAULT[1]
    arc = book.arcs[arc_key]
    secondary = _secondary(detection, books)
    # A client who writes a formal letter („Sehr geehrte …“, „Mit freundlichen Grüßen“, "MfG")
    # is answered in kind: „Guten Tag,“ rather than „Hallo,“ and „Freundliche Grüße“; an angry
    # client gets a sober sign-off in any tone: no "All the best" to a furious client.
    formal = bool(_FORMAL_OPENING.match(text) or _FORMAL_CLOSING.search(text))
    greeting_tone = Tone.FIRM if formal else tone
    greeting = _greeting(books, voice, greeting_tone, detection.slots, picker, text)
    sober = formal or detection.heat_label in ("heated", "hot")
    signoff_tone = Tone.FIRM if sober else tone
    closing = _closing(
        books, voice, reply_language, signoff_tone, profile, picker, formal=formal
    )
    skip: set[str] = set()
    cap_iter = iter(caps)
    max_words = next(cap_iter)
    while True:
        paragraphs = _body(
            book, secondary, arc, voice, tone, capacity, facts, picker, skip, max_words
        )
        draft = _letter(greeting, paragraphs, closing, reply_language)
        if len(draft.split()) <= limit:
            break
        # Too long: first tighter phrases, then (the full arc) fewer stages.
        if (tighter := next(cap_iter, False)) is not False:
            max_words = tighter
            continue
        droppable = [s for s in _TRIM_ORDER if s not in skip and any(s in p for p in arc)]
        if short or not droppable:
            break
        skip.add(droppable[0])

    boundary = _reminder(book, profile.language, user_facts, capacity)
    notes = _notes(books, detection, reply_language, ui=profile.language, draft=draft)
    return Coaching(
        detection=detection,
        draft=draft,
        boundary=boundary,
        reply_language=reply_language,
        tone=tone,
        short=short,
        long=long,
        notes=notes,
        engine="offline",
    )


# A message that names the bill: only then is an amount in it the invoice's amount.
_ABOUT_THE_BILL = re.compile(
    r"invoice|bill\b|rechnung|betrag|zahl|pay|überweis|ueberweis|honorar|fee\b|owe", re.I
)


# --- choosing --------------------------------------------------------------------------------


_UINT64 = struct.Struct(">Q")  # int.from_bytes(digest[:8], "big"), without the slice


class _Picker:
    """Deterministic choices seeded by the message text (hashlib, stable across runs)."""

    def __init__(self, text: str, situation: Situation) -> None:
        data = f"{situation.value}\n{text}".encode("utf-8", "surrogatepass")
        seed = hashlib.sha256(data).digest()
        # Each choice hashes seed + key: the seed is fed in once here, and copied per key.
        self._seeded = hashlib.sha256(seed)

    def index(self, key: str, n: int) -> int:
        """A number below `n` from SHA-256(seed + key), the first 8 bytes read big-endian."""
        if n == 1:
            return 0  # any number modulo 1: no need to hash
        hasher = self._seeded.copy()
        hasher.update(key.encode())
        return _UINT64.unpack_from(hasher.digest())[0] % n

    def phrase(
        self,
        alternatives: Alternatives,
        facts: Mapping[str, str],
        known: frozenset[str],
        used: set[str],
        max_words: int | None = None,
    ) -> str | None:
        """One phrase whose placeholders are all `known` (the keys of `facts`).

        Preferred: a phrase that mentions only facts not yet in the draft, then one that adds at
        least one new fact, then one without placeholders.

        With `max_words`, phrases up to that length are preferred (for the short draft).
        """
        if max_words is None:
            named: Sequence[Template] = [t for t in alternatives.named if t.names <= known]
            plain: Sequence[Template] = alternatives.plain
        else:
            named, plain = _brief(alternatives, facts, known, max_words)
        pool = _preferred(named, plain, used)
        if not pool:
            return None
        chosen = pool[self.index(alternatives.key, len(pool))]
        used.update(_facts_named(chosen))
        return chosen.fill(facts)


def _brief(
    alternatives: Alternatives, facts: Mapping[str, str], known: frozenset[str], max_words: int
) -> tuple[list[Template], list[Template]]:
    """The usable phrases of at most `max_words` words (else the shortest one), split into
    those with placeholders and those without."""
    usable = [t for t in alternatives.templates if t.names <= known]
    brief = [t for t in usable if t.word_count(facts) <= max_words]
    if not brief and usable:
        brief = [min(usable, key=lambda t: t.word_count(facts))]  # the first of the shortest
    return [t for t in brief if t.names], [t for t in brief if not t.names]


# Placeholders that name the same fact in another form: a draft names the thing once.
_SAME_FACT = {"deliverable_zu": "deliverable"}


def _facts_named(template: Template) -> frozenset[str]:
    return frozenset(_SAME_FACT.get(name, name) for name in template.names)


def _preferred(
    named: Sequence[Template], plain: Sequence[Template], used: set[str]
) -> Sequence[Template]:
    """The phrases to choose from, in the order of preference described in `_Picker.phrase`.

    `named` are the usable phrases with placeholders, `plain` those without, each in playbook
    order.
    """
    if named:
        new_only = [t for t in named if _facts_named(t).isdisjoint(used)]
        if new_only:
            return new_only
        # With nothing new-only, a phrase adding a fact mentions an old one too.
        fresh = [t for t in named if not _facts_named(t) <= used]
        if fresh:
            return fresh
    return plain or named  # without plain phrases, all usable ones are named


def _voice(language: Language, formality: Formality) -> str:
    if language is Language.EN:
        return "en"
    return "de.du" if formality is Formality.DU else "de.sie"


def _capacity_mode(capacity: Capacity | None) -> str | None:
    if capacity is None:
        return None
    return "tight" if capacity.is_tight else "open"


def _secondary(detection: Detection, books: Playbooks) -> Playbook | None:
    if detection.situation is Situation.NEUTRAL:
        return None  # nothing to defuse: a stray secondary would only add an odd sentence
    for situation in detection.secondary:
        if situation not in (detection.situation, Situation.NEUTRAL):
            return books[situation]
    return None


def _body(
    book: Playbook,
    secondary: Playbook | None,
    arc: Iterable[tuple[str, ...]],
    voice: str,
    tone: Tone,
    capacity: str | None,
    facts: Mapping[str, str],
    picker: _Picker,
    skip: set[str],
    max_words: int | None = None,
) -> list[str]:
    used: set[str] = set()
    known = frozenset(facts)
    paragraphs = []
    for paragraph in arc:
        sentences = []
        for stage in paragraph:
            if stage in skip:
                continue
            source = book
            if stage == "blend":
                if secondary is None:
                    continue
                source = secondary
            if stage == "alternatives" and not (
                book.offer_alternatives_when_full and capacity == "tight"
            ):
                continue
            alternatives = source.alternatives(voice, tone, stage, capacity)
            sentence = picker.phrase(alternatives, facts, known, used, max_words)
            if sentence:
                sentences.append(sentence)
        if sentences:
            paragraphs.append(" ".join(sentences))
    return paragraphs


# --- the letter around the body --------------------------------------------------------------

# German words that are written in lower case when they open the text after "Hallo Anna,".
_LOWER_AFTER_SALUTATION = frozenset(
    {
        "vielen", "danke", "herzlichen", "ich", "es", "das", "da", "wie", "gut", "schön", "gerne",
        "gern", "zunächst", "kurz", "was", "wenn", "dass", "auch", "klar", "mit", "bei", "für",
        "um",
        "nach", "vor", "zu", "im", "in", "am", "so", "danach", "erst", "jetzt", "hier", "diese",
        "dieser", "dieses", "dies", "mir", "wir", "ein", "eine", "einen", "leider", "schade",
        "ehrlich", "verstanden", "verstehe", "oh", "ja", "nein", "bevor", "damit", "seit",
        "natürlich", "sehr", "der", "die", "den", "mein", "meine", "meinen", "sobald", "falls",
        "lass", "beim", "ob", "alles", "prima", "super", "sicher", "gute",
        # adverbs, conjunctions and verbs that open a reply sentence
        "dafür", "dazu", "daran", "dabei", "darum", "darüber", "daher", "deshalb", "dann",
        "doch", "noch", "schon", "gerade", "gleich", "bitte", "okay", "sorry", "genau",
        "stimmt", "richtig", "einverstanden", "selbstverständlich", "wirklich", "anbei",
        "tut", "freut", "entschuldige", "entschuldigen", "keine", "kein", "nichts", "heute",
        "bis", "ab", "nun", "also", "aber", "und", "oder",
    }
)
_CLOSING_WORDS = {
    Language.DE: re.compile(
        r"^(viele|beste|liebe|herzliche|freundliche|mit \w+ grüßen|schöne|grüße|gruß)\b", re.I
    ),
    Language.EN: re.compile(
        r"^(best|kind|warm|many thanks|regards|cheers|thanks|thank you|sincerely|all the best|"
        r"yours)\b",
        re.I,
    ),
}


def _letter(greeting: str, paragraphs: list[str], closing: str, language: Language) -> str:
    if paragraphs and language is Language.DE:
        first, _, rest = paragraphs[0].partition(" ")
        if first.lower().strip(",.") in _LOWER_AFTER_SALUTATION:
            paragraphs = [first[:1].lower() + first[1:] + (" " + rest if rest else ""),
                          *paragraphs[1:]]
    return "\n\n".join([greeting, *paragraphs, closing])


# The client opened formally: the reply answers in kind ("Sehr geehrte Frau Weber,").
_FORMAL_OPENING = re.compile(r"\s*(?:sehr geehrte|dear\b)", re.I)
# ... or closed formally („Mit freundlichen Grüßen“, "Yours sincerely"): a formal sign-off too.
_FORMAL_CLOSING = re.compile(
    r"(?:mit )?freundliche[n]? gr(?:ü|ue)(?:ß|ss)e[n]?|\bmfg\b"
    r"|\byours (?:sincerely|faithfully|truly)\b|(?:^|\n)\s*sincerely\b",
    re.I,
)
# Any letter-like frame: a formal opening or closing, or "regards".
_LETTERLIKE = re.compile(rf"^{_FORMAL_OPENING.pattern}|{_FORMAL_CLOSING.pattern}|\bregards\b", re.I)
# The sign-offs that answer a formal letter („Freundliche Grüße“, "Kind regards").
_FORMAL_SIGNOFF = re.compile(r"freundlich|regards|sincerely", re.I)


def _greeting(
    books: Playbooks, voice: str, tone: Tone, slots: Slots, picker: _Picker, text: str = ""
) -> str:
    bank = books.common.greetings[(voice, tone)]
    name = _clean_name(slots.client_name)
    if name is None:
        kind = "unnamed"
    elif slots.client_first_name_only or " " not in name:
        kind = "first_name"
    else:
        kind = "named"
    if name is not None and _FORMAL_OPENING.match(text):
        honorific = name.split()[0]
        formal = {"Frau": "formal_female", "Herr": "formal_male"}.get(honorific, "formal")
        if voice == "de.du":
            formal = "first_name" if kind == "first_name" else kind
        kind = formal if bank.get(formal) else kind
    options = bank[kind]
    if kind == "unnamed" and _LETTERLIKE.search(text):
        # "Regards, H. Becker" or "Dear team": a letter is not answered with "Hi,"
        options = [o for o in options if not o.startswith("Hi")] or options
    chosen = options[picker.index(f"greeting.{kind}", len(options))]
    return template(chosen).fill({"client": name or ""})


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    name = " ".join(name.split()).strip(" ,.;:!?")
    if not name or len(name) > 40 or len(name.split()) > 3:
        return None
    return name


def _closing(
    books: Playbooks, voice: str, language: Language, tone: Tone, profile: Profile,
    picker: _Picker, *, formal: bool = False,
) -> str:
    signature = (profile.signature or "").strip() or (profile.name or "").strip()
    if signature:
        first_line, _, rest = signature.partition("\n")
        if _CLOSING_WORDS[language].match(first_line):
            return signature  # the user's signature brings its own closing words
        if any(p.match(first_line) for p in _CLOSING_WORDS.values()):
            signature = rest.strip()  # a closing in the other language: use ours instead
    options = books.common.signoffs[(voice, tone)]
    if formal:
        options = [o for o in options if _FORMAL_SIGNOFF.search(o)] or options
    words = options[picker.index("signoff", len(options))]
    if not signature:
        return words
    comma = "," if language is Language.EN else ""
    return f"{words}{comma}\n{signature}"


# --- facts the phrases can pick up ------------------------------------------------------------

_NUMBER_WORDS = {
    Language.DE: (
        "keine", "eine", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
        "zehn", "elf", "zwölf",
    ),
    Language.EN: (
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ),
}
_ROUNDS_NOUN = {
    Language.DE: ("Korrekturrunde", "Korrekturrunden"),
    Language.EN: ("revision round", "revision rounds"),
}
_DE_DATE_LEAD = re.compile(
    r"^(bis|am|an|zum|zur|ab|vor|nach|spätestens|innerhalb|in|im|heute|morgen|übermorgen|"
    r"diese[nmrs]?|nächste[nmrs]?|kommende[nmrs]?|noch|seit|gestern|jetzt)\b",
    re.I,
)
_EN_DATE_LEAD = re.compile(
    r"^(by|on|until|till|before|after|in|within|next|this|today|tomorrow|tonight|at|from|"
    r"no later than|since|yesterday|now|end of|first thing)\b",
    re.I,
)
_EN_DETERMINER = re.compile(
    r"^(the|a|an|my|our|your|this|that|these|those|his|her|their|its)\b", re.I
)
_DE_DETERMINER = re.compile(
    r"^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|diese[nmrs]?|"
    r"mein|meine[nmrs]?|unser|unsere[nmrs]?|unsre[nmrs]?|ihr|ihre[nmrs]?|dein|deine[nmrs]?|"
    r"euer|eure[nmrs]?|sein|seine[nmrs]?|alle|beide)\b",
    re.I,
)


def _facts(
    slots: Slots, profile_facts: Mapping[str, str], language: Language, voice: str
) -> dict[str, str]:
    """Placeholder values for one reply; a placeholder is absent when its fact is unknown.

    `profile_facts` are those of `_profile_facts` for the reply's language.
    """
    facts: dict[str, str] = {}
    if deliverable := _deliverable(slots.deliverable, language, voice):
        facts["deliverable"] = deliverable
        if language is Language.DE and (dative := _zu_dative(deliverable)):
            facts["deliverable_zu"] = dative
    if slots.dates and (date := _date(_deadline(slots.dates), language)):
        facts["date"] = date
    if slots.amounts and (amount := _short_value(slots.amounts[0], 25)):
        facts["amount"] = _grouped(amount, language)
    if slots.invoice_numbers and (invoice := _invoice(slots.invoice_numbers[0])):
        facts["invoice"] = invoice
    facts.update(profile_facts)
    return facts


# "by Wednesday noon" is what the client works to, not "the auditors come on Thursday".
_DEADLINE_DATE = re.compile(
    r"(?:by|until|till|before|no later than|bis|spätestens|vor)\b", re.I
)


def _deadline(dates: tuple[str, ...]) -> str:
    """The date to answer: the first one with a deadline word, else the first one."""
    return next((d for d in dates if _DEADLINE_DATE.match(d)), dates[0])


# Thousands written the other language's way: "2.000 EUR" in an English reply reads as two.
_GROUPED = {
    Language.EN: (re.compile(r"\b(\d{1,3}(?:\.\d{3})+)(?:,(\d{2}))?(?![\d.,]\d)"), "."),
    Language.DE: (re.compile(r"\b(\d{1,3}(?:,\d{3})+)(?:\.(\d{2}))?(?![\d.,]\d)"), ","),
}


def _grouped(amount: str, language: Language) -> str:
    """`amount` with its digits grouped as a reader of `language` expects ("2,000" in English)."""
    pattern, foreign = _GROUPED.get(language, (None, ""))
    if pattern is None:
        return amount
    own = {".": ",", ",": "."}[foreign]  # the separator this language groups with

    def swap(m: re.Match[str]) -> str:
        whole = m.group(1).replace(foreign, own)
        return whole + (foreign + m.group(2) if m.group(2) else "")

    return pattern.sub(swap, amount)


def _profile_facts(profile: Profile, language: Language) -> dict[str, str]:
    facts: dict[str, str] = {}
    if profile.revision_rounds is not None and profile.revision_rounds >= 0:
        n = profile.revision_rounds
        words = _NUMBER_WORDS[language]
        count = words[n] if n < len(words) else str(n)
        singular, plural = _ROUNDS_NOUN[language]
        if n == 0 and language is Language.DE:
            facts["rounds"] = f"keine {singular}"
        else:
            facts["rounds"] = f"{count} {singular if n == 1 else plural}"
    if profile.payment_terms_days:
        facts["payment_days"] = str(profile.payment_terms_days)
    if profile.working_hours and (hours := _short_value(profile.working_hours, 60)):
        facts["working_hours"] = _hours_in(hours, language)
    return facts


# German day names and words in working hours ("Mo–Fr 9–17 Uhr") for an English draft.
_EN_HOURS_WORDS = {
    "mo": "Mon", "montag": "Monday", "di": "Tue", "dienstag": "Tuesday", "mi": "Wed",
    "mittwoch": "Wednesday", "do": "Thu", "donnerstag": "Thursday", "fr": "Fri",
    "freitag": "Friday", "sa": "Sat", "samstag": "Saturday", "so": "Sun", "sonntag": "Sunday",
    "bis": "to", "und": "and", "von": "from", "uhr": "",
}
_GERMAN_HOURS = re.compile(
    r"\b(Uhr|Mo|Di|Mi|Fr|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|bis)\b"
)
# The lookahead on the first letters finds the same words; it only spares the regex engine
# trying every alternative wherever a word starts (half the time of the bare alternation).
_HOURS_WORD = re.compile(
    r"\b(?=[" + "".join(sorted({w[0] for w in _EN_HOURS_WORDS})) + "])"
    r"(" + "|".join(_EN_HOURS_WORDS) + r")\b\.?",
    re.I,
)


def _hours_in(hours: str, language: Language) -> str:
    """The user's working hours as they read in the draft's language."""
    if language is not Language.EN or not _GERMAN_HOURS.search(hours):
        return hours
    english = _HOURS_WORD.sub(lambda m: _EN_HOURS_WORDS[m.group(1).lower()], hours)
    return " ".join(english.split()).strip(" ,")


def _short_value(value: str | None, limit: int) -> str | None:
    if not value:
        return None
    value = " ".join(value.split()).strip(" ,;:!?\"'“”„«»")
    return value if 0 < len(value) <= limit else None


_ORDINAL_END = re.compile(r"\d\.$")  # "am 3." keeps its full stop
_DUE = re.compile(r"^(due|fällig)\s+", re.I)


_DE_WEEKDAY_S = re.compile(
    r"\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?\b", re.I
)


# The words that open a date and are written in lower case mid-sentence: the client's
# „Spätestens Ende des Monats“ began a sentence; the reply says „… spätestens Ende des Monats“.
# Nouns (Montag, Ende, Januar) keep their capital. "Morgen" is the adverb only as the first word
# („am Morgen“ is the noun).
_DE_DATE_ADVERB_WORDS = (
    "bis am an zum zur vom ab vor nach spätestens spaetestens frühestens innerhalb in im heute "
    "morgen übermorgen uebermorgen noch seit gestern jetzt gleich sofort früh frueh um gegen "
    "diese dieser diesen diesem dieses nächste nächster nächsten nächstem nächstes naechste "
    "naechsten kommende kommenden kommender kommendem"
)
_EN_DATE_ADVERB_WORDS = (
    "by on until till before after in within next this today tomorrow tonight at from no later "
    "than since yesterday now end of first thing the"
)
_DE_DATE_ADVERBS = frozenset(_DE_DATE_ADVERB_WORDS.split())
_EN_DATE_ADVERBS = frozenset(_EN_DATE_ADVERB_WORDS.split())


def _lower_lead(value: str, language: Language) -> str:
    """`value` with its leading adverbs and prepositions in lower case (see above)."""
    adverbs = _DE_DATE_ADVERBS if language is Language.DE else _EN_DATE_ADVERBS
    words = value.split(" ")
    for i, word in enumerate(words):
        lower = word.lower()
        if lower not in adverbs or (i and lower == "morgen" and language is Language.DE):
            break
        if word[:1].isupper() and word[1:] == lower[1:]:  # "Bis", not "BIS" or "EOD"
            words[i] = lower
    return " ".join(words)


def _date(value: str, language: Language) -> str | None:
    value = _short_value(value, 40)
    if value is None:
        return None
    value = value.rstrip(".") if not _ORDINAL_END.search(value) else value
    value = _DUE.sub("", value)  # "due Monday" -> "by Monday"
    if not value:
        return None
    value = _lower_lead(value, language)
    if language is Language.DE:
        # "bis montags früh" is the client's colloquial weekday: the reply says "bis Montag früh"
        value = _DE_WEEKDAY_S.sub(lambda m: m.group(1).capitalize(), value)
        if _DE_DATE_LEAD.match(value):
            return value
        return f"bis zum {value}" if value[0].isdigit() else f"bis {value}"
    if _EN_DATE_LEAD.match(value):
        return value
    return f"by {value}"


_INVOICE_WORD = re.compile(
    r"^(rechnung|invoice|rechnungsnummer|rechnungsnr\.?|nr\.?|no\.?)\s*", re.I
)


def _invoice(value: str) -> str | None:
    value = _short_value(value, 30)
    if value is None:
        return None
    value = _INVOICE_WORD.sub("", value)
    return value or None


# Possessives swap perspective: the client's "meine Website" is "Ihre Website" in the reply.
_DE_POSSESSIVE = re.compile(r"(mein|dein|unser|unsr|ihr|euer|eur)(e|en|em|er|es)?")
# Determiners that cannot stand in the accusative slot the German phrases give {deliverable}.
_DE_NOT_ACCUSATIVE = re.compile(
    r"der|dem|des|einem|einer|eines|diesem|dieser|(mein|dein|sein|ihr|unser|unsr|eur|euer)(em|er|es)"
)
# Masculine things: the client's nominative "mein Flyer ist …" is "deinen Flyer" in the
# accusative the phrases need.
_DE_MASCULINE = frozenset((
    "flyer", "entwurf", "text", "banner", "katalog", "bericht", "shop", "onlineshop", "artikel",
    "blogartikel", "beitrag", "film", "podcast", "kalender", "kurs", "onlinekurs", "newsletter",
))
_EN_POSSESSIVE_SWAP = {"my": "your", "our": "your", "your": "my"}
_SIE_FORMS = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre[nmrs]?)\b")
_DU_FORMS = re.compile(r"\b(du|dich|dir|dein[enmrs]?|euch|euer|eure[nmrs]?)\b", re.I)


def _unshout(value: str, language: Language) -> str:
    """A client's shouted word ("die BUCHHALTUNG") is quoted in normal case, never mirrored.

    Words of five or more capitals only: shorter ones are usually acronyms (PDF, SEO, CRM).
    """
    words = value.split()
    if not any(len(w) >= 5 and w.isupper() for w in words):
        return value
    if value.isupper():  # all of it shouted: "THE CONTACT FORM" has no acronym to keep
        words = [w.lower() for w in words]
        if language is Language.DE:
            words[1:] = [w.capitalize() for w in words[1:]]
        return " ".join(words)
    fixed = [words[0].lower() if words[0].isupper() else words[0]]
    for word in words[1:]:
        if len(word) >= 5 and word.isupper():
            word = word.capitalize() if language is Language.DE else word.lower()
        fixed.append(word)
    return " ".join(fixed)


def _deliverable(value: str | None, language: Language, voice: str) -> str | None:
    value = _short_value(value, 60)
    if value is None or len(value.split()) > 6:
        return None
    value = _unshout(value, language)
    first, _, rest = value.partition(" ")
    if language is Language.EN:
        swap = _EN_POSSESSIVE_SWAP.get(first.lower())
        if swap and rest:
            return f"{swap} {rest}"
        if _EN_DETERMINER.match(value):
            # "The photos" opened the client's sentence; inside the reply it is "the photos".
            return f"{first.lower()} {rest}" if rest and first[1:].islower() else value
        return f"the {value}"
    if not rest or not _DE_DETERMINER.match(value):
        return None  # a bare noun ("Logo") does not fit into a German sentence
    if _DE_NOT_ACCUSATIVE.fullmatch(first.lower()):
        return None  # the phrases need the accusative ("um den Flyer"), not "um der Website"
    if first.lower() == "den" and rest.split()[-1].split("-")[0].lower() in _DE_SAME_PLURAL:
        first = "die"  # "auf den Fotos" is a dative plural: the reply says "die Fotos"
    swapped = _swap_de_possessive(first, voice)
    if swapped is not None:
        first = swapped
        head = rest.split()[-1].split("-")[-1].lower()
        if first.lower() in ("mein", "dein", "ihr", "unser", "euer") and head in _DE_MASCULINE:
            first = ("eur" if first == "euer" else first) + "en"
    elif not first.startswith("ihr"):  # lower-case "ihre" is "her"/"their": leave it
        first = first.lower()
    # "das logo" typed in lower case: the noun is capitalised ("das Logo", "die neue Website")
    words = rest.split()
    if len(words) <= 2 and words[-1].isalpha() and words[-1].islower():
        words[-1] = words[-1].capitalize()
        rest = " ".join(words)
    value = f"{first} {rest}"
    return value if _fits_voice(value, voice) else None


# Plural things (their accusative article is "die", like a feminine one's) and the plurals
# that look like their singular ("die Flyer"); anything else after "die"/"-e" is feminine.
_DE_PLURAL = frozenset((
    "logos", "entwürfe", "entwuerfe", "texte", "visitenkarten", "beiträge", "beitraege", "posts",
    "unterlagen", "dokumente", "dateien", "bilder", "fotos", "grafiken", "etiketten", "drucke",
    "präsentationen", "praesentationen", "aufnahmen", "thumbnails", "buchungen", "renderings",
    "visualisierungen", "vorlagen", "folien", "untertitel", "bildunterschriften", "versionen",
    "seiten", "flyer", "artikel", "blogartikel", "kalender", "kapitel", "banner", "plakate",
    "farben", "schnitte", "übergänge", "uebergaenge", "buttons", "schriften", "videos",
))
# Plurals whose dative has the same form ("auf den Fotos", "in den Unterlagen"): after "den"
# they are plural, as the accusative singular "den Flyer" never is.
_DE_SAME_PLURAL = frozenset(w for w in _DE_PLURAL if w.endswith(("n", "s")))
_DE_FEMININE = frozenset((
    "website", "webseite", "homepage", "landingpage", "broschüre", "broschuere", "präsentation",
    "praesentation", "übersetzung", "uebersetzung", "buchhaltung", "tabelle", "datei", "grafik",
    "anzeige", "verpackung", "episode", "aufnahme", "abrechnung", "lohnabrechnung",
    "steuererklärung", "steuererklaerung", "startseite", "visualisierung", "vorlage", "version",
    "seite", "schrift",
))
_DE_DATIVE_ARTICLE = {"m": "zum", "n": "zum", "f": "zur", "pl": "zu den"}
_DE_DATIVE_ENDING = {"m": "em", "n": "em", "f": "er", "pl": "en"}


def _zu_dative(accusative: str) -> str | None:
    """ "den Flyer" -> "zum Flyer", "Ihre Website" -> "zu Ihrer Website", "die Folien" -> "zu
    den Folien": the thing after „Danke für Ihre Nachricht …“; None where its gender is unsure.

    The accusative article tells masculine („den“, „-en“) and neuter („das“, bare „Ihr“) apart;
    „die“/„-e“ is feminine or plural, which the noun decides.
    """
    first, _, rest = accusative.partition(" ")
    words = rest.split()
    if not words or len(words) > 3:
        return None
    head = words[-1].split("-")[-1].lower()
    det = first.lower()
    m = re.fullmatch(r"(mein|dein|ihr|unser|eur|euer|dies)(e[nrs]?|)", det)
    stem, ending = (m.group(1), m.group(2)) if m else (det, None)
    if ending is None:  # an article
        kind = {"den": "m", "das": "n", "die": "f"}.get(det)
    else:
        kind = {"en": "m", "": "n", "es": "n", "e": "f"}.get(ending)
    if kind is None:
        return None
    if kind == "f" and head in _DE_PLURAL:
        kind = "pl"
    elif kind == "f" and head not in _DE_FEMININE and not head.endswith(
        ("ung", "ion", "ik", "ei", "heit", "keit", "tät", "e")
    ):
        return None  # neither a known feminine nor a feminine ending: unsure
    adjectives = [_dative_adjective(w) for w in words[:-1]]
    noun = words[-1]
    if kind == "pl" and not noun.endswith(("n", "s")):
        noun += "n"  # "den Bildern", "den Entwürfen"
    tail = " ".join([*adjectives, noun])
    if ending is None:
        return f"{_DE_DATIVE_ARTICLE[kind]} {tail}"
    stem = {"euer": "eur"}.get(stem, stem)
    stem = first[: len(stem)] if first[:1].isupper() else stem  # „Ihr“ keeps its capital
    return f"zu {stem}{_DE_DATIVE_ENDING[kind]} {tail}"


def _dative_adjective(word: str) -> str:
    """"neue"/"neuen"/"neues" -> "neuen": after an article every dative adjective ends in -en."""
    base = re.sub(r"(?:e[nmrs]?)$", "", word)
    return base + "en"


def _swap_de_possessive(word: str, voice: str) -> str | None:
    """The reply's possessive for the client's ("mein" -> "Ihr"/"dein"), or None."""
    m = _DE_POSSESSIVE.fullmatch(word.lower())
    if m is None or (m.group(1) == "ihr" and not word[:1].isupper()):
        return None
    stem, ending = m.group(1), m.group(2) or ""
    if stem in ("ihr", "dein"):
        return "mein" + ending
    if stem in ("euer", "eur"):
        return "unser" + ending
    if voice == "de.sie":
        return "Ihr" + ending
    if stem == "mein":
        return "dein" + ending
    return ("eur" if ending else "euer") + ending


def _fits_voice(value: str, voice: str) -> bool:
    """Client words quoted in a German reply must not break its register."""
    if voice == "de.du":
        return not _SIE_FORMS.search(value)
    if voice == "de.sie":
        return not _DU_FORMS.search(value)
    return True


# --- reminder and notes -----------------------------------------------------------------------


def _reminder(
    book: Playbook, language: Language, facts: Mapping[str, str], capacity: str | None
) -> str:
    """The boundary reminder in the user's `language`; `facts` are the profile's in it."""
    for phrase in book.reminder(language, tight=capacity == "tight"):
        reminder = template(phrase)
        if reminder.names <= facts.keys():
            return reminder.fill(facts)
    return book.reminder(language, tight=False)[-1]  # loader guarantees a plain one


# A blank the user fills in before sending: "[Tag und Uhrzeit] passt mir gut" (prompts/README).
_BLANK = re.compile(r"\[[^\]\n]{1,60}\]")


def _notes(
    books: Playbooks, detection: Detection, reply_language: Language, *, ui: Language,
    draft: str = "",
) -> tuple[str, ...]:
    """Notes to the user, in the user's language `ui` (like the boundary reminder, so a card
    never switches language between them); they name the reply's language."""
    notes = []
    texts = books.common.notes[ui.value]
    names = books.common.language_names[ui.value]
    if detection.foreign_language:
        code = detection.foreign_language.lower()
        notes.append(
            _fill_notes(
                texts["foreign"],
                {"language": names.get(code, code), "reply_language": names[reply_language.value]},
            )
        )
    if detection.truncated:
        limit = f"{MAX_ANALYSED_CHARS:,}"
        if ui is Language.DE:
            limit = limit.replace(",", ".")
        notes.append(_fill_notes(texts["truncated"], {"limit": limit}))
    if _BLANK.search(draft):
        notes.append(texts["blank"])
    return tuple(notes)


def _fill_notes(text: str, values: Mapping[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)
