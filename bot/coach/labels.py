"""Names for situations and heat levels, as every surface shows them (German and English).

One table for the command line, Slack and Teams, so a user sees the same words everywhere.
"""

from __future__ import annotations

from bot.coach.model import Language, Situation

__all__ = ["HEAT_WORDS", "SITUATION_LABELS", "heat_word", "situation_label"]

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
