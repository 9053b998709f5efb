"""Names for situations and heat levels, as every surface shows them (German and English).

One table for the command line, Slack and Teams, so a user sees the same words everywhere.
"""

from __future__ import annotations

from bot.coach.model import Detection, Language, Situation

__all__ = [
    "HEAT_WORDS",
    "SITUATION_LABELS",
    "correction_choices",
    "heat_word",
    "situation_label",
    "unsure_line",
]

SITUATION_LABELS: dict[Language, dict[Situation, str]] = {
    Language.DE: {
        Situation.SCOPE_CREEP: "Mehr Arbeit als vereinbart",
        Situation.URGENT_PRESSURE: "Zeitdruck",
        Situation.DELAY_COMPLAINT: "Beschwerde über Verzögerung",
        Situation.QUALITY_CRITICISM: "Kritik am Ergebnis",
        Situation.REVISION_LOOP: "Korrekturschleife",
        Situation.PAYMENT_ISSUE: "Zahlungsproblem",
        Situation.PRICE_PUSHBACK: "Preisdiskussion",
        Situation.HARSH_TONE: "Harter Ton",
        Situation.UNCLEAR_REQUEST: "Unklare Anfrage",
        Situation.BOUNDARY_OVERSTEP: "Grenzüberschreitung",
        Situation.TERMINATION: "Ende der Zusammenarbeit",
        Situation.NEUTRAL: "Normale Nachricht",
    },
    Language.EN: {
        Situation.SCOPE_CREEP: "Scope creep",
        Situation.URGENT_PRESSURE: "Urgent pressure",
        Situation.DELAY_COMPLAINT: "Delay complaint",
        Situation.QUALITY_CRITICISM: "Criticism of the work",
        Situation.REVISION_LOOP: "Revision loop",
        Situation.PAYMENT_ISSUE: "Payment issue",
        Situation.PRICE_PUSHBACK: "Price pushback",
        Situation.HARSH_TONE: "Harsh tone",
        Situation.UNCLEAR_REQUEST: "Unclear request",
        Situation.BOUNDARY_OVERSTEP: "Boundary overstep",
        Situation.TERMINATION: "Ending the collaboration",
        Situation.NEUTRAL: "Normal message",
    },
}

HEAT_WORDS: dict[Language, dict[str, str]] = {
    Language.DE: {"calm": "ruhig", "tense": "angespannt", "heated": "hitzig", "hot": "heiß"},
    Language.EN: {"calm": "calm", "tense": "tense", "heated": "heated", "hot": "hot"},
}


def situation_label(situation: Situation, language: Language) -> str:
    return SITUATION_LABELS[language][situation]


def heat_word(heat_label: str, language: Language) -> str:
    """The word for a `heat_label` ("calm", "tense", "heated", "hot") in `language`."""
    return HEAT_WORDS[language][heat_label]


# "… — or is it about scope?": how a card names the runner-up when calm is unsure (after "or").
_OR_IS_IT: dict[Language, dict[Situation, str]] = {
    Language.DE: {
        Situation.SCOPE_CREEP: "geht es eher um den Umfang?",
        Situation.URGENT_PRESSURE: "geht es eher um Zeitdruck?",
        Situation.DELAY_COMPLAINT: "ist es eine Beschwerde über eine Verzögerung?",
        Situation.QUALITY_CRITICISM: "ist es Kritik am Ergebnis?",
        Situation.REVISION_LOOP: "geht es um Korrekturrunden?",
        Situation.PAYMENT_ISSUE: "geht es um die Bezahlung?",
        Situation.PRICE_PUSHBACK: "geht es um den Preis?",
        Situation.HARSH_TONE: "ist es vor allem der Ton?",
        Situation.UNCLEAR_REQUEST: "ist es eine unklare Anfrage?",
        Situation.BOUNDARY_OVERSTEP: "geht es um deine Grenzen und Arbeitszeiten?",
        Situation.TERMINATION: "geht es um das Ende der Zusammenarbeit?",
        Situation.NEUTRAL: "ist es eine ganz normale Nachricht?",
    },
    Language.EN: {
        Situation.SCOPE_CREEP: "is it about scope?",
        Situation.URGENT_PRESSURE: "is it about time pressure?",
        Situation.DELAY_COMPLAINT: "is it a complaint about a delay?",
        Situation.QUALITY_CRITICISM: "is it criticism of the work?",
        Situation.REVISION_LOOP: "is it about revision rounds?",
        Situation.PAYMENT_ISSUE: "is it about payment?",
        Situation.PRICE_PUSHBACK: "is it about price?",
        Situation.HARSH_TONE: "is it mainly the tone?",
        Situation.UNCLEAR_REQUEST: "is it an unclear request?",
        Situation.BOUNDARY_OVERSTEP: "is it about your boundaries and hours?",
        Situation.TERMINATION: "is it about ending the collaboration?",
        Situation.NEUTRAL: "is it just a normal message?",
    },
}


def unsure_line(situation: Situation, runner_up: Situation, language: Language) -> str:
    """"Price pushback — or is it about scope?": calm's reading and its runner-up, as a question."""
    joint = " – oder " if language is Language.DE else " — or "
    return SITUATION_LABELS[language][situation] + joint + _OR_IS_IT[language][runner_up]


def correction_choices(detection: Detection) -> list[Situation]:
    """What "Not quite right? → …" offers: the runner-ups first (most likely first), then the
    other situations in the usual order; never the one the card shows."""
    ranked = [s for s, _p in detection.alternatives]
    rest = [s for s in Situation if s not in ranked]
    return [s for s in (*ranked, *rest) if s is not detection.situation]
