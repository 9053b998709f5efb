"""Time and scope kinds widened or added after a round of fresh messages: a past, unannounced
absence; private errands; an unanswered phone; an emergency after silence and a night before a
morning deadline in urgent_pressure; a Saturday or Sunday that is only a deadline; a status
question with a deadline in hours; a past-due complaint worded as a status question; a client who
says the delay is no big deal; an extra the client assumed was included; praise before an extra.

The client messages are our own. Each new or widened kind is tried in German "Sie", German "du"
and English, coached as its situation in every tone, long and short: the draft must answer that
kind, say nothing it must not, and pass `review_draft`.
"""

from __future__ import annotations

import re

import pytest

from bot.coach.incidents import incident_kind
from bot.coach.normalize import fold
from tests.coach.kind_cases import DU, EN, SIE, Case, S, all_drafts, assert_clean

CASES = [
    # --- boundary_overstep: absence_past
    Case(
        S.BOUNDARY_OVERSTEP,
        "absence_past",
        SIE,
        "Sie waren die ganze letzte Woche verreist, und keiner wusste davon.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "absence_past",
        DU,
        "Hättest du mir nicht vorher Bescheid sagen können, dass du weg bist?",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "absence_past",
        EN,
        "So you were off on a trip for five days? A heads-up would have been helpful.",
    ),
    # --- boundary_overstep: personal_errands (private matters, family appointments)
    Case(
        S.BOUNDARY_OVERSTEP,
        "personal_errands",
        SIE,
        "Könnten Sie auch meine privaten Termine in meinen Kalender eintragen?",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "personal_errands",
        DU,
        "Buch doch bitte noch einen Friseurtermin für meine Frau am Donnerstag.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "personal_errands",
        EN,
        "Could you also book a vet appointment for my dog and tidy my personal inbox?",
    ),
    # --- boundary_overstep: no_reply (a phone that goes unanswered, no subject)
    Case(S.BOUNDARY_OVERSTEP, "no_reply", SIE, "Warum gehen Sie nicht ans Telefon?"),
    Case(S.BOUNDARY_OVERSTEP, "no_reply", DU, "Hab dich zweimal angerufen."),
    Case(S.BOUNDARY_OVERSTEP, "no_reply", EN, "Why aren't you picking up?"),
    # --- urgent_pressure: no_reply_emergency
    Case(
        S.URGENT_PRESSURE,
        "no_reply_emergency",
        SIE,
        "Unser Shop ist seit heute früh offline, und Sie melden sich einfach nicht!",
    ),
    Case(
        S.URGENT_PRESSURE,
        "no_reply_emergency",
        DU,
        "Notfall! Die Buchungsseite lädt nicht mehr und du antwortest einfach nicht.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "no_reply_emergency",
        EN,
        "The checkout stopped working an hour ago and nobody is answering my calls.",
    ),
    # --- urgent_pressure: overnight
    Case(
        S.URGENT_PRESSURE,
        "overnight",
        SIE,
        "Schaffen Sie die Folien heute Abend noch? Der Termin ist morgen um 9.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "overnight",
        DU,
        "Kannst du heute Nacht noch ran? Ich präsentiere morgen früh.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "overnight",
        EN,
        "Can you finish the report tonight? The board sees it tomorrow morning.",
    ),
    # --- urgent_pressure: deadline (a Saturday or Sunday that is only a deadline)
    Case(S.URGENT_PRESSURE, "deadline", SIE, "Bekomme ich die Broschüre bis Samstag?"),
    Case(S.URGENT_PRESSURE, "deadline", DU, "Reicht es dir bis spätestens Sonntag?"),
    Case(S.URGENT_PRESSURE, "deadline", EN, "Could I have the menu cards by Saturday?"),
    # --- delay_complaint: due_soon
    Case(
        S.DELAY_COMPLAINT,
        "due_soon",
        SIE,
        "Wie ist der Stand? Die Agentur braucht die Bilder in einer Stunde.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "due_soon",
        DU,
        "Wo stehen wir? Ich brauche die Texte bis heute Mittag.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "due_soon",
        EN,
        "Any update? The printer needs the files within the next 2 hours.",
    ),
    # --- delay_complaint: status (new shapes)
    Case(S.DELAY_COMPLAINT, "status", SIE, "Wo stehen wir eigentlich bei der Broschüre?"),
    Case(S.DELAY_COMPLAINT, "status", DU, "Wie kommst du mit den Illustrationen voran?"),
    Case(S.DELAY_COMPLAINT, "status", EN, "Where are we at with the menu design?"),
    # --- delay_complaint: mild
    Case(
        S.DELAY_COMPLAINT,
        "mild",
        SIE,
        "Die Bilder waren doch für Montag geplant, oder? Ist nicht schlimm.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "mild",
        DU,
        "Die Fotos sollten eigentlich schon gestern kommen, aber halb so wild.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "mild",
        EN,
        "Weren't the banners meant to arrive on Tuesday? No big deal, I just need a date.",
    ),
    # --- scope_creep: assumed_included
    Case(
        S.SCOPE_CREEP,
        "assumed_included",
        SIE,
        "Wir sind davon ausgegangen, dass die Übersetzung im Paket enthalten ist.",
    ),
    Case(
        S.SCOPE_CREEP,
        "assumed_included",
        DU,
        "Kannst du noch die Social-Media-Grafiken machen? Ich dachte, die sind inklusive.",
    ),
    Case(
        S.SCOPE_CREEP,
        "assumed_included",
        EN,
        "Could you add the blog setup? We figured that was part of the website package.",
    ),
    # --- scope_creep: praise
    Case(
        S.SCOPE_CREEP,
        "praise",
        SIE,
        "Die Broschüre sieht wirklich toll aus! Könnten Sie auch noch Plakate gestalten?",
    ),
    Case(
        S.SCOPE_CREEP,
        "praise",
        DU,
        "Super Arbeit! Kannst du jetzt auch noch die Visitenkarten machen?",
    ),
    Case(
        S.SCOPE_CREEP,
        "praise",
        EN,
        "We're really happy with the logo. Could you design the letterhead too?",
    ),
]

# What each kind's draft says, and what it must never say.
SAYS = {
    "absence_past": r"recht|right|fair",
    "personal_errands": r"privat|Erledigung|Auftrag|personal|errand|assignment",
    "no_reply": r"tut mir leid|Entschuldig|sorry|apolog",
    "no_reply_emergency": r"(?:tut mir leid|Entschuldig|sorry).*(?:Stunde|hour)",
    "overnight": r"morgen|morning|tomorrow",
    "deadline": r"Termin|Samstag|Sonntag|Saturday|deadline|date|timing",
    "due_soon": r"in Kürze|gleich|shortly|now",
    "status": r"Stand|Nachfrage|status|checking in|asking",
    "mild": r"später als geplant|later than planned",
    "assumed_included": r"nicht enthalten|nicht zum vereinbarten|wasn't part|isn't included|"
    r"wasn't in",
    "praise": r"freut|Feedback|gefällt|glad|kind words|pleased",
}
NEVER = {
    "absence_past": r"fest eingeplant|is planned|stays as planned",
    "personal_errands": r"Zeitfenster|set blocks",
    "no_reply": r"Zeitfenster|set blocks",
    "no_reply_emergency": r"später am Tag|later today|Zeitfenster|set blocks",
    "overnight": r"nächsten Arbeitstag|next working day",
    "deadline": r"Wochenende|weekend",
    "due_soon": r"bis morgen|by tomorrow|Entschuldig|sorry",
    "status": r"Entschuldig|tut mir leid|sorry|apolog",
    "mild": r"zu lange dauert|taking too long|offen sagen|openly",
    "assumed_included": r"\{",
    "praise": r"Thanks for thinking of me|an mich denk",
}


class TestFreshTimeKinds:
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


# Messages that look close but are not the kind.
NEAR_MISSES = [
    # a weekend demand stays one; a weekday named with it is the date
    (S.URGENT_PRESSURE, "weekend", "Können Sie am Sonntag noch die Grafiken machen?"),
    (S.URGENT_PRESSURE, "weekend", "Any chance you could work on it over the weekend?"),
    (S.URGENT_PRESSURE, "deadline", "Send it by Friday please, the fair opens on Saturday."),
    # tonight without a morning deadline is plain after_hours
    (S.URGENT_PRESSURE, "after_hours", "Kannst du das heute Abend noch erledigen?"),
    # being online in the evening is no absence
    (S.BOUNDARY_OVERSTEP, None, "Du warst gestern online, warum kam nichts zurück?"),
    # "bis heute" as "up to today" is no deadline in hours
    (S.DELAY_COMPLAINT, None, "Bis heute habe ich nichts von Ihnen bekommen."),
    # a past date in a status question keeps the default (owning the delay)
    (S.DELAY_COMPLAINT, None, "Wie sieht's aus? Die Texte sollten doch Freitag schon da sein."),
    (S.DELAY_COMPLAINT, None, "Was this meant to be done last week? Where are we at?"),
    # a plain extra has no kind
    (S.SCOPE_CREEP, None, "Could you also add a newsletter signup form to the site?"),
]


@pytest.mark.parametrize(("situation", "kind", "text"), NEAR_MISSES)
def test_near_misses(situation, kind, text) -> None:
    assert incident_kind(situation, fold(text)) == kind
