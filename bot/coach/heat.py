"""How escalated a client message is, 0 (calm) to 100 (explosive).

Heat is not a situation: a payment reminder can be polite or furious. It rises with insults,
profanity (also censored, "f***"), threats, shouting in capitals, piled-up "!!!" and "?!",
sarcasm markers and ultimatums; it falls with politeness ("bitte", "danke", "please"). The
harsh-tone cue score from `situations` carries the insults and threats.
"""

from __future__ import annotations

import re
from itertools import islice

from bot.coach.caseless import caseless
from bot.coach.model import Situation

__all__ = ["heat_score"]

# A capitalised word of three letters or more: `\b[A-ZÄÖÜ]{3,}\b`, written with its first
# letter first so that `re` skips to capitals in C. After that letter, `(?<!\w\w)` tests what
# `\b` before it would: whether the character before the (word) letter is a word character.
_CAPS_WORD = re.compile(r"[A-ZÄÖÜ](?<!\w\w)[A-ZÄÖÜ]{2,}\b")
_WORD = re.compile(r"\b[^\W\d_]{3,}\b")
_BANGS = re.compile(r"!{2,}|\?!|!\?|\?{2,}")
_BANG_STARTS = ("!!", "?!", "!?", "??")  # every `_BANGS` match starts with one of these
_POLITE = caseless(
    r"\b(?:bitte|danke|vielen\s+dank|gerne?|freundlich\w*|please|thanks|thank\s+you|"
    r"appreciate|kindly|sorry|entschuldig\w*|leider|would\s+you\s+mind|könnten|koennten|"
    r"wäre|waere|würde|wuerde)\b",
)
_ULTIMATUM = caseless(
    r"\b(?:last\s+chance|final\s+warning|or\s+else|otherwise\s+i|sonst\s+(?:werde|gehe|muss)|"
    r"letzte\s+(?:chance|warnung)|frist\s+bis|ansonsten)\b",
    words="chance* warning* else* otherwise* sonst* letzte* frist*",  # one is in every match
)
_SARCASM = caseless(
    r"\b(?:oh\s+(?:great|wonderful|wow)|thanks\s+a\s+lot|na\s+toll|wie\s+schön|ganz\s+toll|"
    r"super\s+gemacht|great\s+job\s+(?:again|as\s+usual))\b",
    words="great* wonderful* wow* thanks* toll* schön* gemacht*",  # one is in every match
)

# Some situations are tense by nature even when the words are polite.
_BASE = {
    Situation.NEUTRAL: 5,
    Situation.UNCLEAR_REQUEST: 15,
    Situation.SCOPE_CREEP: 15,
    Situation.REVISION_LOOP: 20,
    Situation.URGENT_PRESSURE: 25,
    Situation.PRICE_PUSHBACK: 25,
    Situation.BOUNDARY_OVERSTEP: 25,
    Situation.QUALITY_CRITICISM: 30,
    Situation.DELAY_COMPLAINT: 35,
    Situation.PAYMENT_ISSUE: 35,
    Situation.TERMINATION: 40,
    Situation.HARSH_TONE: 45,
}


def heat_score(text: str, primary: Situation, harsh_cues: float) -> int:
    """Heat 0–100 of the client's words `text` (already cleaned)."""
    heat = float(_BASE[primary])
    heat += min(harsh_cues, 10.0) * 6.0
    caps = [w for w in _CAPS_WORD.findall(text) if len(w) > 3 or w not in ("EOD", "ASAP", "CEO")]
    # Without capitalised words there is nothing to add. Each is also a `_WORD` (a whole word of
    # letters), so the words need counting only when there are some.
    if caps:
        words = len(_WORD.findall(text))
        if len(caps) / words > 0.6 and words >= 3:
            heat += 25  # the whole message shouted
        else:
            heat += min(len(caps), 3) * 6
    heat += min(text.count("!"), 4) * 3
    if any(map(text.__contains__, _BANG_STARTS)):
        heat += sum(1 for _ in islice(_BANGS.finditer(text), 3)) * 5
    lower = text.lower()
    if _ULTIMATUM.search(text, lower):
        heat += 12
    if _SARCASM.search(text, lower):
        heat += 10
    heat -= min(_POLITE.findall_count(text, lower), 3) * 5
    return max(0, min(100, round(heat)))
