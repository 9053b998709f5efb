"""Kinds about time and scope: watching the work, status chasing, an unanswered message (also
about an emergency), an instant demand, an emergency, a named or comfortable deadline, an urgent
question, an announced extra, work that arrived late (also with a question about it), a new date in
a delay complaint, and the dates a draft may quote.

The client messages are our own. Each kind is tried in German "Sie", German "du" and English,
coached as its situation in every tone, long and short: the draft must answer that kind and pass
`review_draft`. Near misses keep the default kind.
"""

from __future__ import annotations

import re

import pytest

from bot.coach import Formality, Language, Situation, Tone
from bot.coach import coach as default_coach
from bot.coach.incidents import incident_kind
from bot.coach.normalize import fold
from bot.coach.slots import extract_slots
from tests.coach.kind_cases import DU, EN, SIE, VOICE_OF, Case, S, all_drafts, assert_clean

CASES = [
    # --- boundary_overstep: watch
    Case(
        S.BOUNDARY_OVERSTEP,
        "watch",
        SIE,
        "Ich würde Ihnen beim Gestalten gern über die Schulter schauen.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "watch",
        DU,
        "Teil doch mal deinen Bildschirm, dann sehe ich, was du machst.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "watch",
        EN,
        "It would be easier if I could sit next to you while you edit.",
    ),
    # --- boundary_overstep: status
    Case(
        S.BOUNDARY_OVERSTEP,
        "status",
        SIE,
        "Sind Sie jetzt endlich fertig? Ich frage heute zum dritten Mal.",
    ),
    Case(S.BOUNDARY_OVERSTEP, "status", DU, "Solltest du nicht längst an meinen Folien sitzen?"),
    Case(
        S.BOUNDARY_OVERSTEP,
        "status",
        EN,
        "Shouldn't you be working on my slides? Is it finished yet?",
    ),
    # --- boundary_overstep: absence ("leave")
    Case(
        S.BOUNDARY_OVERSTEP,
        "absence",
        EN,
        "So you're really going to leave us right before the launch?",
    ),
    # --- boundary_overstep: no_reply
    Case(S.BOUNDARY_OVERSTEP, "no_reply", SIE, "Ich habe Ihnen schon zweimal geschrieben!"),
    Case(
        S.BOUNDARY_OVERSTEP,
        "no_reply",
        DU,
        "Ich hab dich heute dreimal angerufen, warum gehst du nicht ran?",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "no_reply",
        EN,
        "We've messaged you twice this week and still nothing.",
    ),
    # --- boundary_overstep: no_reply about an emergency
    Case(
        S.BOUNDARY_OVERSTEP,
        "no_reply_emergency",
        SIE,
        "Ich habe Sie heute dreimal angerufen, es ist ein Notfall!",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "no_reply_emergency",
        DU,
        "Warum meldest du dich nicht? Bei uns geht nichts mehr!",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "no_reply_emergency",
        EN,
        "Why are you not answering? Our shop is down since this morning!",
    ),
    # --- boundary_overstep: instant_demand
    Case(
        S.BOUNDARY_OVERSTEP,
        "instant_demand",
        SIE,
        "Haben Sie kurz? Ich bräuchte noch einen Slogan, dauert ja nur fünf Minuten.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "instant_demand",
        DU,
        "Mach mir doch mal eben schnell ein Banner, am besten jetzt gleich.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "instant_demand",
        EN,
        "Quick one: can you just rename the files for me? Shouldn't take long.",
    ),
    # --- urgent_pressure: emergency
    Case(
        S.URGENT_PRESSURE,
        "emergency",
        SIE,
        "Notfall: Unser Buchungsformular funktioniert nicht mehr. Können Sie bitte schauen?",
    ),
    Case(
        S.URGENT_PRESSURE,
        "emergency",
        DU,
        "Hilfe, der Newsletter-Server ist komplett abgestürzt, kannst du schauen?",
    ),
    Case(
        S.URGENT_PRESSURE,
        "emergency",
        EN,
        "The booking page stopped working an hour ago and we open at nine!",
    ),
    # --- urgent_pressure: deadline
    Case(
        S.URGENT_PRESSURE,
        "deadline",
        SIE,
        "Können Sie uns die Broschüre bis spätestens morgen schicken?",
    ),
    Case(S.URGENT_PRESSURE, "deadline", DU, "Kannst du mir die Präsentation bis Freitag machen?"),
    Case(S.URGENT_PRESSURE, "deadline", EN, "We need the banner by Thursday for the fair."),
    # --- urgent_pressure: relaxed
    Case(
        S.URGENT_PRESSURE,
        "relaxed",
        SIE,
        "Es reicht völlig, wenn Sie uns die Texte Ende nächster Woche schicken.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "relaxed",
        DU,
        "Kein Stress, schick mir die Grafiken einfach bis zum Monatsende.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "relaxed",
        EN,
        "There's no rush, the end of the month is fine for the report.",
    ),
    # --- urgent_pressure: question
    Case(
        S.URGENT_PRESSURE,
        "question",
        SIE,
        "Es ist dringend: Haben Sie die Druckdaten vom Frühjahr noch?",
    ),
    Case(
        S.URGENT_PRESSURE,
        "question",
        DU,
        "Ganz dringend, kannst du mir die Schriftdatei noch mal schicken?",
    ),
    Case(
        S.URGENT_PRESSURE,
        "question",
        EN,
        "This is urgent. Could you send me the logo files again?",
    ),
    # --- delay_complaint: arrived_late
    Case(
        S.DELAY_COMPLAINT,
        "arrived_late",
        SIE,
        "Ihre Broschüren sind gestern endlich angekommen, leider viel zu spät.",
    ),
    Case(S.DELAY_COMPLAINT, "arrived_late", DU, "Deine Fotos kamen leider zu spät bei mir an."),
    Case(
        S.DELAY_COMPLAINT,
        "arrived_late",
        EN,
        "We finally got the brochures this morning, far too late.",
    ),
    # --- delay_complaint: arrived_late, with a question about it
    Case(
        S.DELAY_COMPLAINT,
        "arrived_late_question",
        SIE,
        "Ihre Plakate sind endlich angekommen, viel zu spät. Warum fehlt das Logo unten?",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "arrived_late_question",
        DU,
        "Deine Karten kamen viel zu spät bei mir an. Sind die Umschläge noch unterwegs?",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "arrived_late_question",
        EN,
        "Got the prints at last, far too late. Why are they glossy and not matte?",
    ),
    # --- delay_complaint: new_date
    Case(
        S.DELAY_COMPLAINT,
        "new_date",
        SIE,
        "Wir brauchen Ihre Texte spätestens bis Donnerstag, das zieht sich ewig!",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "new_date",
        DU,
        "Ich brauche dein Video bis Freitag, es dauert schon viel zu lange.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "new_date",
        EN,
        "We need it finished by Friday, this is taking far too long.",
    ),
    # --- scope_creep: announced
    Case(
        S.SCOPE_CREEP,
        "announced",
        SIE,
        "Bevor Sie abschließen: Ich hätte da noch eine kleine Bitte.",
    ),
    Case(S.SCOPE_CREEP, "announced", DU, "Du, ich hab da noch ne Kleinigkeit für dich…"),
    Case(
        S.SCOPE_CREEP,
        "announced",
        EN,
        "Great work so far! One more quick thing before you wrap up.",
    ),
]

# What the draft of each kind must say, and must never say.
SAYS = {
    "watch": r"Zwischenst|auf dem Laufenden|keep you posted|progress|work in progress",
    "status": r"Stand|Zwischenstand|status|how far",
    "absence": r"Abwesenheit|time off|away|freie Tage|return|back",
    "deadline": r"Termin|klappt|make it|deadline|date|in time",
    "relaxed": r"Termin|Kalender|schedule|date|plan",
    "announced": r"worum es geht|what it is|what you have in mind",
    # an apology for the silence, then the answer today
    "no_reply": r"(?:tut mir leid|entschuldig|sorry)[\s\S]*(?:heute|today)",
    # not squeezed in on the spot, and today the client hears when
    "instant_demand": r"(?:spontan|zwischendurch|auf der stelle|drop everything|squeeze|"
    r"on the spot)[\s\S]*(?:heute|today)",
    "question": r"heute|today",
    "arrived_late": r"später als geplant|länger gedauert|later than planned|took longer",
    "new_date": r"(?:prüfe|check)[^.]*(?:Donnerstag|Freitag|Friday)",
    # on it, looking now, and what can be done within the hour
    "emergency": r"(?:jetzt|now)[\s\S]*(?:einer Stunde|an hour)|(?:einer Stunde|an hour)[\s\S]*"
    r"(?:jetzt|now)",
    "no_reply_emergency": r"(?:tut mir leid|entschuldig|sorry)[\s\S]*(?:einer Stunde|an hour)",
    "arrived_late_question": r"(?:später als geplant|länger gedauert|later than planned|"
    r"took longer)[\s\S]*(?:(?:Frage|question)[^.]*(?:heute|today)|(?:heute|today)[^.]*Frage)",
}
NEVER = {
    "watch": r"Zeitfenster|set blocks|nicht warten|can't wait",
    "status": r"Zeitfenster|set blocks|nicht warten|can't wait|entschuldig|sorry|apolog",
    "absence": r"Zeitfenster|set blocks",
    "deadline": r"das ist dringend|this is urgent|wann Sie es haben|when you can have it",
    "relaxed": r"dringend|urgent|eilt|rush job|Eil",
    "announced": r"geht über|hinaus|outside|beyond|isn't part|separate add-on|gehört nicht",
    "no_reply": r"Zeitfenster|set blocks|Arbeitszeit|working hours",
    "instant_demand": r"Zeitfenster|set blocks|Dringendes zuerst|anything urgent first",
    "question": r"ob und wann|whether and when|was ich rechtzeitig|what I can manage|bis morgen|"
    r"by tomorrow",
    "arrived_late": r"neuen Termin|new date|bis morgen|by tomorrow|wann Sie alles|wann du alles|"
    r"when you'll have",
    "new_date": r"Bis morgen bestätige|By tomorrow I'll confirm|alle zwei Tage|every two days",
    # no weighing of what is realistic, no "right away" / „sofort“
    "emergency": r"ob und wann|whether and when|realistisch|realistic|zu viel zu versprechen|"
    r"promise too much|sofort|right away|bis morgen|by tomorrow",
    "no_reply_emergency": r"später am Tag|heute noch|later today|Zeitfenster|set blocks|"
    r"working hours",
    "arrived_late_question": r"neuen Termin|new date|bis morgen|by tomorrow|fehlt|missing",
}


class TestTimeKinds:
    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_kind_is_read(self, case: Case) -> None:
        assert incident_kind(case.situation, fold(case.text)) == case.kind

    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_draft_answers_the_kind(self, case: Case) -> None:
        language, formality = VOICE_OF[case.voice]
        for tone, short, coaching in all_drafts(case.text, situation=case.situation):
            assert coaching.detection.kind == case.kind
            if case.voice != EN:
                assert (coaching.reply_language, coaching.detection.formality) == (
                    language,
                    formality,
                )
            assert_clean(coaching, short)
            assert re.search(SAYS[case.kind], coaching.draft, re.I), (tone, short, coaching.draft)
            assert not re.search(NEVER[case.kind], coaching.draft, re.I), (
                tone,
                short,
                coaching.draft,
            )


# Messages that look close but are not the kind.
NEAR_MISSES = [
    (S.BOUNDARY_OVERSTEP, "Can you leave the header as it is?"),
    (S.BOUNDARY_OVERSTEP, "Ich schaue mir Ihren Entwurf morgen an."),
    (S.URGENT_PRESSURE, "Den Entwurf brauche ich heute noch, bis 16 Uhr!"),
    (S.URGENT_PRESSURE, "I need it right away, by Friday at the latest!"),
    (S.URGENT_PRESSURE, "May I ask how soon you could start?"),
    (S.URGENT_PRESSURE, "For me “no rush” means “today”."),
    (S.SCOPE_CREEP, "Können Sie noch zwei Seiten anlegen? Ist ja nur eine Kleinigkeit."),
    (S.SCOPE_CREEP, "One more thing: please add a contact form to the site."),
    (S.SCOPE_CREEP, "Ich hab noch eine Kleinigkeit: das Logo bitte auch als PNG."),
    # the contact is not the complaint when what was sent follows
    (S.BOUNDARY_OVERSTEP, "Ich habe Ihnen gestern geschrieben, dass das Logo blau sein soll."),
    (S.BOUNDARY_OVERSTEP, "I emailed you the brief last week."),
    # instant replies or a call, not an instant task
    (S.BOUNDARY_OVERSTEP, "Können Sie bitte sofort antworten, wenn ich schreibe?"),
    (S.BOUNDARY_OVERSTEP, "Haben Sie kurz Zeit für ein Telefonat?"),
    # a push dressed as a question, and a question that opens with a question word
    (S.URGENT_PRESSURE, "Can't you just do it faster? It's urgent!"),
    (S.URGENT_PRESSURE, "Bis wann brauchst du es? Morgen früh muss es fertig sein."),
    (S.URGENT_PRESSURE, "Hast du kurz? Ich brauche dringend zwei Slogans."),
    # nothing has arrived; a missed date is no new one
    (S.DELAY_COMPLAINT, "We haven't received anything and it's three weeks late."),
    (S.DELAY_COMPLAINT, "We needed it by Friday, and it's still not done."),
    (S.DELAY_COMPLAINT, "You promised it by Friday and it's still not here."),
    # a date or a person that "doesn't work" is no outage
    (S.URGENT_PRESSURE, "You are not working on it fast enough, I need it today!"),
    (S.URGENT_PRESSURE, "Das geht so nicht mehr weiter, ich brauche es heute!"),
    (S.URGENT_PRESSURE, "Monday is not working for us, it has to be today."),
]


@pytest.mark.parametrize(("situation", "text"), NEAR_MISSES)
def test_near_misses_keep_the_default_kind(situation: Situation, text: str) -> None:
    assert incident_kind(situation, fold(text)) is None


class TestNearerKinds:
    def test_an_unanswered_message_without_an_emergency_is_plain_no_reply(self) -> None:
        for text in ("I called you three times today!", "Ich habe Ihnen gestern geschrieben!"):
            assert incident_kind(S.BOUNDARY_OVERSTEP, fold(text)) == "no_reply"

    def test_late_work_without_a_question_is_plain_arrived_late(self) -> None:
        text = "The posters finally arrived, two days late."
        assert incident_kind(S.DELAY_COMPLAINT, fold(text)) == "arrived_late"

    def test_an_emergency_comes_before_a_weekend_or_a_question(self) -> None:
        for text in (
            "Our site is down and it's Saturday, can you help?",
            "Notfall! Können Sie am Sonntag kurz draufschauen?",
        ):
            assert incident_kind(S.URGENT_PRESSURE, fold(text)) == "emergency"


class TestScopeDefault:
    TEXTS = (
        "Could you also build a members area for the site?",
        "Kannst du auch noch die Flyer für die Messe machen?",
        "Können Sie zusätzlich noch den Jahresbericht setzen?",
    )

    def test_the_default_says_what_it_costs_and_does_not_repeat_itself(self) -> None:
        for text in self.TEXTS:
            for _, _, coaching in all_drafts(text, situation=S.SCOPE_CREEP):
                draft = coaching.draft
                assert re.search(r"Preis|kostet|Angebot|price|cost|quote", draft), draft
                assert len(re.findall(r"add-on|\bextra\b|Zusatz", draft, re.I)) <= 1, draft
                assert (
                    len(
                        re.findall(
                            r"Termin und (?:eigenem )?Preis|timing and price|"
                            r"timeline and price",
                            draft,
                        )
                    )
                    <= 1
                ), draft
                assert len(re.findall(r"\bAuftrag\b", draft)) <= 2, draft


class TestBoundaryDefault:
    def test_the_default_next_step_does_not_ask_to_be_told_it_cannot_wait(self) -> None:
        text = "Ich brauche noch drei Überschriften, am besten sofort."
        for _, _, coaching in all_drafts(text, situation=S.BOUNDARY_OVERSTEP):
            assert not re.search(r"nicht warten|can't wait", coaching.draft), coaching.draft

    def test_the_default_does_not_answer_a_status_chase_nobody_made(self) -> None:
        for text in ("Why do you only answer during the day?", "Warum antworten Sie nie abends?"):
            for _, _, coaching in all_drafts(text, situation=S.BOUNDARY_OVERSTEP):
                assert not re.search(
                    r"don't need to ask|über den Stand auf dem Laufenden", coaching.draft
                ), coaching.draft


class TestDeadlineDrafts:
    def test_a_found_date_is_the_one_the_draft_asks_about(self) -> None:
        draft = default_coach("I need the flyer on Thursday.", situation=S.URGENT_PRESSURE).draft
        assert "whether I can make it on Thursday" in draft
        assert "urgent" not in draft

    def test_without_a_date_the_draft_says_your_deadline(self) -> None:
        text = "Our deadline still stands, and we'd like to keep it."
        draft = default_coach(text, situation=S.URGENT_PRESSURE, tone=Tone.NEUTRAL).draft
        assert re.search(r"deadline|date|in time", draft), draft
        assert "when you can have it" not in draft


def dates(text: str, language: Language = Language.EN) -> tuple[str, ...]:
    return extract_slots(text, "", language, Formality.SIE).dates


class TestDates:
    def test_latest_tomorrow_is_a_date(self) -> None:
        assert dates("Die Folien bräuchten wir bis spätestens morgen.", Language.DE) == (
            "bis spätestens morgen",
        )

    def test_a_clock_time_deadline_is_a_date(self) -> None:
        assert dates("We have to send it out today, by 3:30pm.") == ("today, by 3:30pm",)
        assert dates("Wir brauchen es heute bis 14 Uhr.", Language.DE) == ("heute bis 14 Uhr",)
        assert dates("Let's talk at 4pm.") == ()  # a meeting time, no deadline

    def test_month_parts_and_this_week_are_dates(self) -> None:
        assert dates("We need the photos mid-March.") == ("mid-March",)
        assert dates("Are we still on track for the October third release?") == ("October third",)
        assert dates("I need the edits this week.") == ("this week",)

    def test_a_weekday_with_its_s_and_a_time_in_words_is_a_date(self) -> None:
        text = "Es genügt uns völlig, wenn die Texte bis dienstags früh um acht Uhr da sind."
        assert dates(text, Language.DE) == ("bis dienstags früh um acht Uhr",)
        assert dates("Wir treffen uns montags im Büro.", Language.DE) == ()
        draft = default_coach(text, situation=S.URGENT_PRESSURE).draft
        assert "bis Dienstag früh um acht Uhr" in draft, draft

    def test_a_new_date_in_a_delay_complaint_is_the_one_checked(self) -> None:
        text = "I want the slides done by Friday! This is taking ages."
        draft = default_coach(text, situation=S.DELAY_COMPLAINT).draft
        assert "whether I can have it all with you by Friday" in draft, draft

    def test_an_urgent_question_with_a_date_asks_about_that_date(self) -> None:
        text = "Es ist dringend: Schaffen Sie das bis 16 Uhr?"
        draft = default_coach(text, situation=S.URGENT_PRESSURE).draft
        assert "ob es bis 16 Uhr klappt" in draft, draft

    def test_the_day_material_arrives_is_not_the_deadline(self) -> None:
        text = "We need it by Friday, so we'll send you the texts tomorrow."
        assert dates(text) == ("by Friday",)
        text = "Morgen schicke ich dir die Bilder, fertig sein muss es bis Mittwoch."
        assert dates(text, Language.DE) == ("bis Mittwoch",)
        assert dates("The files will be in your inbox first thing tomorrow.") == ()
