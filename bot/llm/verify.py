"""Trust, then verify: the checks an LLM draft must pass before it replaces the offline draft.

A model can be wrong in the ordinary ways (wrong language, "du" in a "Sie" reply, too long,
over-promising) and in the adversarial way: the client message may carry instructions ("ignore
previous instructions…") that a model follows. Both end the same way: the draft is dropped and
the user keeps the offline draft. Each failed check is a short code; codes are logged, never
the draft.

The rule for promises, blame and the engine's own draft review is "not worse than the offline
draft": a finding that the offline draft has too is not held against the LLM.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from bot.coach.model import Coaching, Formality, Language, Profile
from bot.coach.privacy import PLACEHOLDER, Redactor, leftover_placeholders
from bot.coach.review import review_draft
from bot.llm.language import guess_language, register_counts, reply_register

# Words a draft may have: (min, max) per length asked for. The model is asked for at most 70
# (short), about 40-150 (normal) and 120-250 (long) words; the bounds leave room for greeting
# and sign-off.
WORD_BOUNDS = {"short": (8, 110), "normal": (15, 220), "long": (40, 330)}
MIN_WORDS, MAX_WORDS = WORD_BOUNDS["normal"]

_WORD = re.compile(r"\[[A-Z]+_\d+\]|[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)

_LEFTOVER = re.compile(
    r"\[\s*[A-Z]{2,}\s*_\s*\d+\s*\]|\{[^{}\n]{0,60}\}|\{\{|\}\}|</?\s*(?:client_message|offline_draft)",
    re.IGNORECASE,
)

_OVER_PROMISE = re.compile(
    r"\bsofort\b|\bumgehend\b|\bkein problem\b|\bnoch heute\b|\bheute noch\b|\bkostenlos\b"
    r"|\bgratis\b|\bumsonst\b|\bohne (?:zusätzliche |extra |weitere )?kosten\b|\bohne aufpreis\b"
    r"|\bgarantier\w*|\bverspreche\b|\brund um die uhr\b|\bjederzeit erreichbar\b"
    r"|\bright away\b|\bimmediately\b|\bno problem\b|\bfor free\b|\bfree of charge\b"
    r"|\bat no (?:extra |additional )?(?:cost|charge)\b|\bi promise\b|\bguarantee\w*"
    r"|\b24/7\b|\baround the clock\b|\bwhatever you (?:want|need)\b",
    re.IGNORECASE,
)
_BLAME = re.compile(
    r"\b(?:ihre|deine|eure) schuld\b|\bselbst schuld\b|\bnicht mein problem\b"
    r"|\b(?:sie hätten|hätten sie|du hättest|hättest du) (?:das|es|mir|mich)? ?(?:doch )?"
    r"(?:früher|eher|rechtzeitig|vorher|besser|genauer|richtig)\b"
    r"|\bwie (?:ich )?(?:bereits|schon) (?:gesagt|erwähnt|geschrieben|erklärt)\b"
    r"|\b(?:sie haben|du hast) (?:es )?versäumt\b"
    r"|\byour fault\b|\bnot my problem\b|\byou failed to\b"
    r"|\byou should have (?:told|said|asked|checked|read|known|mentioned|sent|let)\b"
    r"|\bif you had (?:read|checked|told|sent|answered|replied|listened)\b"
    r"|\byou never (?:told|said|sent|answered|replied|mentioned)\b"
    r"|\bas i (?:already |have already )?(?:said|mentioned|told you|explained)\b",
    re.IGNORECASE,
)
_SHOUTING = re.compile(r"!!|\?!|\b[A-ZÄÖÜ]{4,}\b(?:\s+\b[A-ZÄÖÜ]{4,}\b){1,}")
_SELF_TALK = re.compile(
    r"\bas an ai\b|\ban ai (?:language )?model\b|\blanguage model\b|\bi am an ai\b|\bi'm an ai\b"
    r"|\bchatgpt\b|\bopenai\b|\bgpt-?\d|\bllm\b|\bals (?:eine )?ki\b|\bki-\w*modell|\bsprachmodell"
    r"|\bkünstliche intelligenz\b|\bsystem ?prompt\b|\bsystem message\b|\bthe prompt\b"
    r"|\bmy instructions\b|\bthese instructions\b|\bmeine (?:anweisungen|instruktionen)\b"
    r"|\bdiese anweisungen\b|\bsystemanweisung|\bi cannot comply\b|\bi can't (?:help|comply)\b"
    r"|\bas instructed\b|\bi was instructed\b|\bich wurde angewiesen\b|\bi'm sorry, but i\b",
    re.IGNORECASE,
)
_INJECTION = re.compile(
    r"\bignor\w* (?:all |any |the )?(?:previous|prior|above|earlier|preceding)\b"
    r"|\bignorier\w*\b|\b(?:vorherigen|bisherigen|obigen) (?:anweisungen|instruktionen)\b"
    r"|\bdisregard\b|\bjailbreak|\bdeveloper mode\b|\bdo anything now\b|\bnew instructions\b"
    r"|\bneue anweisungen\b",
    re.IGNORECASE,
)
_MARKUP = re.compile(
    r"```|~~~|^\s{0,3}#{1,6}\s|<\s*/?\s*[a-z][a-z0-9]*(?:\s[^>]*)?>|\bjavascript:",
    re.IGNORECASE | re.MULTILINE,
)
_MONEY = re.compile(
    r"[€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur\b|euro\b|usd\b|\$|£|dollars?\b|chf\b|franken\b)",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?(?:%|prozent\b|percent\b|per cent\b)", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d.,]*")
_DISCOUNT = re.compile(
    r"\b(?:gewähr\w*|geb\w*|gib|biete\w*|räum\w*|offer\w*|give|giving|grant\w*|take)\b"
    r"[^.!?\n]{0,50}?\b(?:rabatt\w*|nachlass|preisnachlass|discount\w*|\w*% off)",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:kein\w*|nicht|statt|anstelle|no|not|instead|rather than)\b", re.I)
_THINK = re.compile(r"^\s*<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*]|\d{1,2}[.)])\s")
_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "»": "«", "'": "'", "‘": "’"}


@dataclass(frozen=True, slots=True)
class Verdict:
    """The result of verification: `problems` holds short codes, empty when the draft passes."""

    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def clean_draft(text: str) -> str:
    """Drop a reasoning model's `<think>…</think>` block, trim, unwrap one pair of quotes."""
    text = _THINK.sub("", text).strip()
    if len(text) > 2 and text[0] in _QUOTES and text[-1] == _QUOTES[text[0]]:
        inner = text[1:-1]
        if text[0] not in inner:
            text = inner.strip()
    return text


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _ngrams(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@lru_cache(maxsize=64)
def _review_codes(draft: str, language: Language) -> frozenset[str]:
    """The review's findings on an offline draft (the same draft is checked on every retry)."""
    return frozenset(f.code for f in review_draft(draft, language=language))


@lru_cache(maxsize=8)
def _instruction_ngrams(texts: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """The 6-word sequences of the prompts (the same few texts on every call: cached)."""
    found: set[tuple[str, ...]] = set()
    for text in texts:
        found |= _ngrams(_words(text), 6)
    return frozenset(found)


def _number_key(raw: str) -> str:
    digits = re.sub(r"[.,]\d{2}$", "", raw.strip(".,"))  # "480,00" and "480" are the same
    return re.sub(r"\D", "", digits)


def _new_matches(pattern: re.Pattern[str], draft: str, offline: str) -> bool:
    """Does `draft` match `pattern` with a phrase that the offline draft does not use?"""
    seen = {m.group(0).lower() for m in pattern.finditer(offline)}
    return any(m.group(0).lower() not in seen for m in pattern.finditer(draft))


def _contact_data(text: str) -> list[str]:
    redactor = Redactor()
    redactor.redact(text)
    return [value for key, value in redactor.mapping.items() if not key.startswith("[NAME")]


def reading_is_clean(line: str) -> bool:
    """May the model's one-line reading of the client go on the card? No instructions talk, no
    markup, no injection phrases, no contact data, one short line."""
    return not (
        _SELF_TALK.search(line)
        or _INJECTION.search(line)
        or _MARKUP.search(line)
        or _LEFTOVER.search(line)
        or _contact_data(line)
        or "\n" in line
    )


def verify_draft(
    draft: str,
    *,
    coaching: Coaching,
    client_text: str,
    profile: Profile,
    instructions: Iterable[str] = (),
) -> Verdict:
    """Check a restored LLM draft against the offline coaching it is meant to replace.

    `instructions` are the texts the model was given as instructions (system prompt, request
    template); a draft that repeats them is dropped.
    """
    problems: list[str] = []
    words = _words(draft)
    if not words:
        return Verdict(("empty",))
    length = "short" if coaching.short else ("long" if coaching.long else "normal")
    min_words, max_words = WORD_BOUNDS[length]
    if len(words) < min_words:
        problems.append("too_short")
    if len(words) > max_words:
        problems.append("too_long")

    if PLACEHOLDER.search(draft) or _LEFTOVER.search(draft) or leftover_placeholders(draft):
        problems.append("placeholder_left")

    language = guess_language(draft)
    if language is not None and language is not coaching.reply_language:
        problems.append("wrong_language")
    elif language is None and len(words) >= min_words:
        problems.append("language_unclear")

    if coaching.reply_language is Language.DE:
        du, sie = register_counts(draft)
        register = reply_register(coaching)
        if (register is Formality.SIE and du) or (register is Formality.DU and sie):
            problems.append("wrong_register")
        elif register is Formality.NONE and du and sie:
            problems.append("mixed_register")

    offline = coaching.draft
    if _new_matches(_OVER_PROMISE, draft, offline):
        problems.append("over_promise")
    if _new_matches(_BLAME, draft, offline):
        problems.append("blame")
    if _SHOUTING.search(draft) and not _SHOUTING.search(offline):
        problems.append("shouting")
    offline_codes = _review_codes(offline, coaching.reply_language)
    for finding in review_draft(draft, language=coaching.reply_language):
        code = f"review_{finding.code}"
        if finding.code not in offline_codes and code not in problems:
            problems.append(code)

    if _SELF_TALK.search(draft):
        problems.append("self_talk")
    if _INJECTION.search(draft):
        problems.append("injection_phrase")
    if _MARKUP.search(draft):
        problems.append("markup")

    sources = "\n".join(
        s for s in (client_text, offline, profile.signature or "", profile.working_hours or "") if s
    )
    sources_folded = sources.casefold()
    if any(value.casefold() not in sources_folded for value in _contact_data(draft)):
        problems.append("new_contact_data")
    known_numbers = {_number_key(m) for m in _NUMBER.findall(sources)}
    if any(_number_key(m.group(0)) not in known_numbers for m in _MONEY.finditer(draft)):
        problems.append("new_amount")
    # Percentages and discounts are commitments: only the offline draft may bring them in,
    # a client asking for "50 % Rabatt" is no reason to grant it.
    if _new_matches(_PERCENT, draft, offline):
        problems.append("new_percentage")
    offered = [m.group(0) for m in _DISCOUNT.finditer(draft) if not _NEGATION.search(m.group(0))]
    if offered and not _DISCOUNT.search(offline):
        problems.append("discount")

    # Verse: many short lines. List items ("- …", "1. …") answering several points are not.
    lines = [ln for ln in draft.splitlines() if ln.strip()]
    short_lines = sum(len(_words(ln)) <= 7 and not _LIST_ITEM.match(ln) for ln in lines)
    if len(lines) >= 6 and short_lines >= 0.8 * len(lines):
        problems.append("verse_shape")

    draft_6 = _ngrams(words, 6)
    instruction_6 = _instruction_ngrams(tuple(instructions))
    if len(draft_6 & instruction_6) >= 2:
        problems.append("echoes_instructions")
    client_6 = _ngrams(_words(client_text), 6)
    if draft_6 and len(draft_6 & client_6) >= max(3, len(draft_6) // 2):
        problems.append("echoes_client")

    return Verdict(tuple(problems))
