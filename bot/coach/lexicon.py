"""Word-level evidence for each situation: the vocabulary a kind of message tends to use.

The phrase cues in `situations` are precise but narrow; a client who writes "We were promised
the site by the 1st. It's the 10th." uses no complaint phrase, yet its content words point at a
delay. This lexicon adds small weights for such words (stems on the folded text, German and
English). Each distinct word counts once (0.5 × weight) and the total per situation is capped,
so it decides only where the phrase cues are silent or close and never outvotes a decisive
phrase. Words that ordinary friendly messages use all the time ("also", "now", "team", "look")
are deliberately left out.
"""

from __future__ import annotations

import re

from bot.coach.model import Situation

__all__ = ["LEXICON_CAP", "LEXICON_WEIGHT", "lexicon_scores"]

S = Situation

LEXICON_CAP = 2.4
# Scale applied by `situations.score_situations` (phrase cues stay the main evidence).
LEXICON_WEIGHT = 0.4

# Stem patterns on the folded text (lower case, ae/oe/ue/ss), with a weight.
_WORDS: dict[Situation, tuple[tuple[float, str], ...]] = {
    S.PAYMENT_ISSUE: (
        (1.0, r"ueberweis\w*|bezahl\w*|zahl(?:e|en|t|ung\w*)|anzahlung\w*|vorkasse|investor\w*|"
              r"gutschrift\w*|honorar\w*|mahn\w*|inkasso|geld\w*|zahlungsfrist\w*|rechnung\w*"),
        (1.0, r"pay\w*|paid|invoice\w*|deposit\w*|cheque\w*|credited|reimburs\w*|money|"
              r"funds?|compensat\w*|net[- ]?\d+|upfront|installment\w*|payout"),
        (0.6, r"sponsor\w*|kasse|konto|bank\w*|transfer\w*"),
    ),
    S.PRICE_PUSHBACK: (
        (1.0, r"preis\w*|teuer\w*|guenstig\w*|billig\w*|rabatt\w*|nachlass\w*|kosten\w*|"
              r"stundensatz\w*|tagessatz\w*|pauschal\w*|angebot\w*|entgegenkommen|konkurrenz\w*"),
        (1.0, r"price\w*|pricing|expensive|cheap\w*|discount\w*|rate|rates|quote\w*|afford\w*|"
              r"reasonable|fiverr|competitor\w*|markup|fee|fees|overcharg\w*|negotiat\w*"),
    ),
    S.SCOPE_CREEP: (
        (1.0, r"zusaetzlich\w*|ausserdem|nebenbei|uebrigens|erweiter\w*|zusatz\w*|mitmachen|"
              r"kleinigkeit"),
        (1.0, r"additional\w*|extra|add|adding|include|included|including|bonus"),
    ),
    S.URGENT_PRESSURE: (
        (1.0, r"heute|morgen|wochenende|dringend\w*|eilig\w*|eilt|frist\w*|vorgezogen|vorziehen"),
        (1.0, r"today|tonight|tomorrow|weekend|deadline\w*|launch\w*|urgent\w*|rush\w*|asap"),
    ),
    S.DELAY_COMPLAINT: (
        (1.0, r"gestern|vorgestern|seit|vergessen|versproch\w*|zugesagt|gemeldet|warte\w*|"
              r"noch nichts|verspaet\w*|verzoeg\w*"),
        (1.0, r"yesterday|promised|ago|forgot\w*|late|delay\w*|waiting|status|eta|behind|"
              r"overdue|supposed"),
    ),
    S.QUALITY_CRITICISM: (
        (1.0, r"ergebnis\w*|erwartung\w*|qualitaet\w*|falsch\w*|fehler\w*|schlecht\w*|"
              r"enttaeusch\w*|ueberzeug\w*|gefaell\w*|wirkt|lieblos|schlampig|"
              r"unprofessionell\w*|korrigier\w*"),
        (1.0, r"quality|expectations?|wrong|mistake\w*|typo\w*|error\w*|bad|poor|sloppy|rushed|"
              r"hate|dislike|ugly|blurry|amateur\w*|generic"),
    ),
    S.REVISION_LOOP: (
        (1.0, r"version\w*|variante\w*|aenderung\w*|korrektur\w*|runde\w*|freigabe\w*|"
              r"vorstand\w*|nochmal|feedback\w*|anmerkung\w*"),
        (1.0, r"version\w*|variation\w*|revision\w*|round\w*|again|tweak\w*|approv\w*|"
              r"committee|previous|original"),
    ),
    S.HARSH_TONE: (
        (1.0, r"unfassbar|schaem\w*|schlampig\w*|frech\w*|unverschaem\w*|laecherlich\w*|mist|"
              r"schwachsinn|katastroph\w*|bloed\w*|dumm\w*"),
        (1.0, r"dare|mess|shame|pathetic|ridiculous|disgust\w*|hate|stupid|idiot\w*|"
              r"incompeten\w*|worst|terrible|awful|garbage|trash|joke|clueless"),
    ),
    S.UNCLEAR_REQUEST: (
        (1.0, r"irgend\w*|vision|beschreib\w*|gefuehl|ahnung|vielleicht|eventuell|vage|unklar|"
              r"sowas"),
        (1.0, r"edgy|vibe|somehow|maybe|perhaps|describe|vision|whatever|unsure|vague"),
    ),
    S.BOUNDARY_OVERSTEP: (
        (1.0, r"erreichbar\w*|handy\w*|privat\w*|jederzeit|nachts|abends|wochenende\w*|"
              r"urlaub\w*|feierabend|sonntag\w*|samstag\w*|whatsapp|telefon\w*|anruf\w*|"
              r"angestellt\w*|exklusiv\w*|einchecken"),
        (1.0, r"available|reachable|phone|cell|standups?|weekend\w*|night|evening|vacation|"
              r"holiday|staff|employee\w*|schedule\w*|whatsapp|anytime|exclusive\w*|mandatory"),
    ),
    S.TERMINATION: (
        (1.0, r"kuendig\w*|beend\w*|fortsetz\w*|quartalsende|monatsende|trennen|aufhoer\w*|"
              r"abbrech\w*|anderweitig|quitt|verabschied\w*"),
        (1.0, r"notice|terminat\w*|cancel\w*|in-house|inhouse|goodbye|farewell|quit|"
              r"moving on|no longer|elsewhere|indefinitely"),
    ),
}

_GROUPS: tuple[tuple[Situation, float], ...] = tuple(
    (situation, weight) for situation, groups in _WORDS.items() for weight, _ in groups
)
_SOURCES: tuple[str, ...] = tuple(source for groups in _WORDS.values() for _, source in groups)


def _split(source: str) -> tuple[list[str], list[str]]:
    """A group's alternatives that match single words, and those that span more (phrases)."""
    alternatives, depth, start = [], 0, 0
    for i, char in enumerate(source):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(source[start:i])
            start = i + 1
    alternatives.append(source[start:])
    words, phrases = [], []
    for alternative in alternatives:
        (phrases if re.search(r"[ \[-]", alternative) else words).append(alternative)
    return words, phrases


_WORD_PATTERNS = tuple(re.compile(f"(?:{'|'.join(_split(s)[0])})") for s in _SOURCES)
_PHRASE_PATTERNS = tuple(
    (index, re.compile(rf"\b(?:{'|'.join(phrases)})\b"))
    for index, phrases in enumerate(_split(s)[1] for s in _SOURCES)
    if phrases
)
_TOKEN = re.compile(r"\w+")
_SITUATIONS = tuple(Situation)
# word -> indexes of the groups it belongs to (memoised; distinct words are a few thousand)
_GROUPS_OF: dict[str, tuple[int, ...]] = {}


def _groups_of(word: str) -> tuple[int, ...]:
    found = _GROUPS_OF.get(word)
    if found is None:
        found = tuple(i for i, pattern in enumerate(_WORD_PATTERNS) if pattern.fullmatch(word))
        if len(_GROUPS_OF) > 50_000:
            _GROUPS_OF.clear()
        _GROUPS_OF[word] = found
    return found


def lexicon_scores(folded: str) -> dict[Situation, float]:
    """Capped word evidence per situation (each distinct matching word counts 0.5 × weight)."""
    counts = [0] * len(_GROUPS)
    memo = _GROUPS_OF.get
    for word in set(_TOKEN.findall(folded)):
        groups = memo(word)
        if groups is None:
            groups = _groups_of(word)
        for index in groups:
            counts[index] += 1
    for index, pattern in _PHRASE_PATTERNS:
        counts[index] += len(set(pattern.findall(folded)))
    scores = dict.fromkeys(_SITUATIONS, 0.0)
    for (situation, weight), count in zip(_GROUPS, counts, strict=True):
        if count:
            scores[situation] = min(scores[situation] + 0.5 * weight * count, LEXICON_CAP)
    return scores
