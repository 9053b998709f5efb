"""Time kinds after a second round of fresh messages: weekend work due on a Monday; a denied
urgency („eilt nicht“, "not urgent"); an ultimatum (a deadline with a lawyer or "consequences");
a nearer date in place of the agreed one; reachability split from exclusivity; an unanswered
message sent late in the evening; surveillance software; a delay message that names no delay;
an urgent question that does not commit before it checks.

The client messages are our own. Each kind is tried in German "Sie", German "du" and English,
coached as its situation in every tone, long and short: the draft must answer that kind, say
nothing it must not, and pass `review_draft`.
"""

from __future__ import annotations

import re

import pytest

from bot.coach.incidents import incident_kind
from bot.coach.normalize import fold
from tests.coach.kind_cases import DU, EN, SIE, Case, S, all_drafts, assert_clean

CASES = [
    # --- urgent_pressure: weekend (the date is a Monday; or "it's Sunday")
    Case(S.URGENT_PRESSURE, "weekend", SIE, "Geht das am Sonntag noch? Am Montag um 9 ist Termin."),
    Case(S.URGENT_PRESSURE, "weekend", DU, "Ich weiß, es ist Samstag, aber kannst du kurz drüber?"),
    Case(S.URGENT_PRESSURE, "weekend", EN, "Can you finish the slides on Sunday for Monday?"),
    # --- urgent_pressure: relaxed (urgency denied)
    Case(S.URGENT_PRESSURE, "relaxed", SIE, "Schicken Sie mir die Logos? Es eilt aber nicht."),
    Case(S.URGENT_PRESSURE, "relaxed", DU, "Magst du mir die Tabelle schicken? Ist nicht eilig."),
    Case(S.URGENT_PRESSURE, "relaxed", EN, "Could you send the brand fonts? Not urgent."),
    # --- urgent_pressure: ultimatum
    Case(
        S.URGENT_PRESSURE,
        "ultimatum",
        SIE,
        "Ich erwarte die Unterlagen bis Freitag, sonst gebe ich die Sache an meinen Anwalt.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "ultimatum",
        DU,
        "Bis morgen früh will ich eine Erklärung, sonst ziehen wir Konsequenzen.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "ultimatum",
        EN,
        "I want the files by Thursday or my lawyer will be in touch.",
    ),
    # --- urgent_pressure: deadline_earlier (a nearer date in place of the agreed one)
    Case(
        S.URGENT_PRESSURE,
        "deadline_earlier",
        SIE,
        "Wir brauchen die Broschüre jetzt schon am Dienstag statt am Freitag.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "deadline_earlier",
        DU,
        "Kannst du die Texte morgen statt nächste Woche liefern?",
    ),
    Case(
        S.URGENT_PRESSURE,
        "deadline_earlier",
        EN,
        "The review has moved forward, so we need the report on Tuesday.",
    ),
    # --- boundary_overstep: reachable
    Case(
        S.BOUNDARY_OVERSTEP,
        "reachable",
        SIE,
        "Wir erwarten, dass Sie tagsüber jederzeit erreichbar sind.",
    ),
    Case(S.BOUNDARY_OVERSTEP, "reachable", DU, "Du solltest schon immer erreichbar sein, oder?"),
    Case(
        S.BOUNDARY_OVERSTEP,
        "reachable",
        EN,
        "We need you to be available at all times on Slack.",
    ),
    # --- boundary_overstep: off_hours (a message late in the evening)
    Case(
        S.BOUNDARY_OVERSTEP,
        "off_hours",
        SIE,
        "Ich habe Ihnen gestern Abend geschrieben und nichts gehört.",
    ),
    Case(S.BOUNDARY_OVERSTEP, "off_hours", DU, "Warum kam gestern Nacht nichts mehr von dir?"),
    Case(
        S.BOUNDARY_OVERSTEP,
        "off_hours",
        EN,
        "You didn't reply to my message at 10 last night.",
    ),
    # --- boundary_overstep: watch (surveillance software)
    Case(
        S.BOUNDARY_OVERSTEP,
        "watch",
        SIE,
        "Bitte installieren Sie unser Tool, das alle fünf Minuten Screenshots macht.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "watch",
        DU,
        "Wir nutzen eine Software mit Bildschirmaufnahme, die musst du auch laufen lassen.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "watch",
        EN,
        "All freelancers run our tracker, it takes screenshots every few minutes.",
    ),
    # --- delay_complaint: a message that names no delay gets the status answer
    Case(S.DELAY_COMPLAINT, "status", SIE, "Haben Sie kurz Zeit für das Projekt?"),
    Case(S.DELAY_COMPLAINT, "status", DU, "Kannst du mal nach der Sache schauen?"),
    Case(S.DELAY_COMPLAINT, "status", EN, "Can we talk about the brochure?"),
]

# What each kind's draft says, and what it must never say.
SAYS = {
    "weekend": r"Wochenende|weekend",
    "relaxed": r"Kalender|schedule|plan",
    "ultimatum": r"Frist|deadline",
    "deadline_earlier": r"früher|jetzt|sooner|earlier|now",
    "reachable": r"Arbeitszeit|erreichbar|working hours|reachable|set times|response times",
    "off_hours": r"Abend|Wochenende|evening|weekend",
    "watch": r"Zwischenst|Fortschritt|progress|update",
    "status": r"Stand|status|how far",
}
NEVER = {
    "weekend": r"ob es am (?:Samstag|Sonntag)|whether I can make it",
    "relaxed": r"dringend|urgent|eilt|rush",
    "ultimatum": r"Danke, dass Sie mir sagen, bis wann|Thanks for telling me when|Planung|schedule",
    "deadline_earlier": r"proposing a time|Zeit vorschlagen",
    "reachable": r"Exklusiv|exclusiv|einen Kunden|one client",
    "off_hours": r"Entschuldig|tut mir leid|sorry|apolog",
    "watch": r"\{",
    "status": r"Entschuldig|tut mir leid|sorry|apolog",
}


class TestFresh2TimeKinds:
    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_kind_is_read(self, case: Case) -> None:
        assert incident_kind(case.situation, fold(case.text)) == case.kind

    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_draft_answers_the_kind(self, case: Case) -> None:
        for tone, short, coaching in all_drafts(case.text, situation=case.situation):
            assert coaching.detection.kind == case.kind
            assert_clean(coaching, short)
            draft = coaching.draft
            assert re.search(SAYS[case.kind], draft, re.I | re.S), (tone, short, draft)
            assert not re.search(NEVER[case.kind], draft, re.I), (tone, short, draft)


def test_an_urgent_question_does_not_commit_before_it_checks() -> None:
    for text in ("Können Sie mir die Datei heute noch schicken?", "Can you send it today?"):
        for _tone, _short, coaching in all_drafts(text, situation=S.URGENT_PRESSURE):
            assert coaching.detection.kind == "question"
            assert not re.search(
                r"als Erstes|Vorrang|first task|top of my list|comes first|it's urgent|eilt",
                coaching.draft,
                re.I,
            ), coaching.draft


# Messages that look close but are not the kind.
NEAR_MISSES = [
    # a weekday before the weekend is still the date, the weekend the occasion
    (S.URGENT_PRESSURE, "deadline", "Bitte bis Donnerstag, die Feier ist am Samstag."),
    # a deadline without a threat stays a deadline
    (S.URGENT_PRESSURE, "deadline", "I need your answer by Friday, the board decides then."),
    # a quoted "no rush" is no relaxed deadline
    (S.URGENT_PRESSURE, None, 'Your "no rush" is not ok, I need it now.'),
    # a later date instead of today is no earlier deadline
    (S.URGENT_PRESSURE, None, "Let's do it tomorrow instead of today, I need it now though."),
    # working only for the client is exclusivity, not reachability
    (S.BOUNDARY_OVERSTEP, "exclusivity", "We'd like you to work only for us from now on."),
    # a time tracker without screenshots is no surveillance
    (S.BOUNDARY_OVERSTEP, None, "Please log your hours in our time tracking tool."),
    # a delay that is named keeps the default, which owns it
    (S.DELAY_COMPLAINT, None, "Where is the logo? I expected it last week."),
    (S.DELAY_COMPLAINT, None, "Das dauert jetzt echt zu lange mit den Texten."),
]


@pytest.mark.parametrize(("situation", "kind", "text"), NEAR_MISSES)
def test_near_misses(situation, kind, text) -> None:
    assert incident_kind(situation, fold(text)) == kind
