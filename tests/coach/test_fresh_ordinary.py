"""Ordinary messages and endings, widened for messages nobody tuned them on: the neutral kinds
thanks_question, wishes, away_cover, client_away, order_number, documents, new_work_offer,
call_request and farewell; thanks, file_request, enquiry and go_ahead in more shapes; the plain
default without "noted" for news nobody gave; and in termination a threat, a pause, notice with
an end date still to come, a named ending (`ends`) and the default for a message that names no
ending (it asks how to go on and thanks for no decision).

The client messages are our own. Each kind is tried in German "Sie", German "du" and English.
"""

from __future__ import annotations

import re

import pytest

from bot.coach import Situation, Tone, review_draft
from bot.coach import coach as coach_default
from bot.coach.compose import LENGTH_DEFAULT, LENGTH_SHORT
from bot.coach.incidents import incident_kind
from bot.coach.normalize import fold
from tests.coach.kind_cases import DU, EN, PROFILE, SIE, S

CASES = [
    # thanks, then a question: thank back and say when the answer comes
    (
        S.NEUTRAL,
        "thanks_question",
        SIE,
        "Toll, danke! Eine Frage noch: Kommt der Flyer auch als A5?",
    ),
    (S.NEUTRAL, "thanks_question", DU, "Super, vielen Dank! Kurze Frage: Reicht dir das Foto so?"),
    (S.NEUTRAL, "thanks_question", EN, "Thanks, love it! One question – is the font free to use?"),
    # season's wishes
    (S.NEUTRAL, "wishes", SIE, "Frohe Weihnachten und einen guten Rutsch ins neue Jahr!"),
    (S.NEUTRAL, "wishes", DU, "Schöne Feiertage dir und bis bald!"),
    (S.NEUTRAL, "wishes", EN, "Merry Christmas, and have a restful break!"),
    # the client goes away and names a stand-in
    (
        S.NEUTRAL,
        "away_cover",
        SIE,
        "Ich bin ab Montag im Urlaub, meine Vertretung ist Herr Kaiser.",
    ),
    (S.NEUTRAL, "away_cover", DU, "Bin nächste Woche nicht erreichbar, wende dich an Mara."),
    (S.NEUTRAL, "away_cover", EN, "I'm on leave until the 3rd, Tom will handle anything urgent."),
    # the client goes away, no stand-in
    (S.NEUTRAL, "client_away", SIE, "Wir sind vom 4. bis 11. August im Urlaub."),
    (S.NEUTRAL, "client_away", DU, "Ich bin ab morgen für zwei Wochen in Elternzeit."),
    (S.NEUTRAL, "client_away", EN, "Heads up, I'll be out of office Thursday and Friday."),
    # an order number to quote on the invoices
    (S.NEUTRAL, "order_number", SIE, "Für Ihre Rechnung: Unsere Bestellnummer lautet 55-2041."),
    (S.NEUTRAL, "order_number", DU, "Hier noch die Auftragsnummer für deine Rechnung: A-7781."),
    (S.NEUTRAL, "order_number", EN, "Our purchase order for this job is PO-90312."),
    # a signed contract or quote comes back
    (S.NEUTRAL, "documents", SIE, "Anbei das unterschriebene Angebot zurück."),
    (S.NEUTRAL, "documents", DU, "Den Vertrag hab ich unterschrieben und hochgeladen."),
    (S.NEUTRAL, "documents", EN, "Attached is the signed agreement for your files."),
    # more work offered by a client who knows the user
    (S.NEUTRAL, "new_work_offer", SIE, "Hätten Sie Lust, auch unseren Jahresbericht zu gestalten?"),
    (S.NEUTRAL, "new_work_offer", DU, "Magst du den Newsletter im Herbst auch wieder übernehmen?"),
    (S.NEUTRAL, "new_work_offer", EN, "Fancy doing the summer mailer for us too?"),
    # a call asked for
    (S.NEUTRAL, "call_request", SIE, "Bitte rufen Sie mich kurz an, wenn Sie können."),
    (S.NEUTRAL, "call_request", DU, "Ruf mich mal kurz an, wenn du das liest."),
    (S.NEUTRAL, "call_request", EN, "Could you give me a ring when you get a sec"),
    # thanks for the collaboration as it ends
    (
        S.NEUTRAL,
        "farewell",
        SIE,
        "Herzlichen Dank für die schöne Zusammenarbeit in den letzten Jahren.",
    ),
    (S.NEUTRAL, "farewell", DU, "Danke dir für die tolle Zusammenarbeit, mach's gut!"),
    (S.NEUTRAL, "farewell", EN, "It's been a real pleasure working with you. All the best."),
    # termination: a warning, not an ending
    (S.TERMINATION, "threat", SIE, "Wenn sich das wiederholt, suchen wir uns eine andere Agentur."),
    (S.TERMINATION, "threat", DU, "Letzte Chance, noch ein Patzer und wir sind raus."),
    (S.TERMINATION, "threat", EN, "If this keeps happening we'll have to look elsewhere."),
    # termination: a pause
    (S.TERMINATION, "pause", SIE, "Wir müssen das Projekt leider vorerst auf Eis legen."),
    (S.TERMINATION, "pause", DU, "Lass uns die Kampagne erst mal pausieren, das Budget fehlt."),
    (S.TERMINATION, "pause", EN, "We need to put the rebrand on hold for a few months."),
    # termination: notice with an end date still to come
    (S.TERMINATION, "notice", SIE, "Wir kündigen den Betreuungsvertrag zum 30.06."),
    (S.TERMINATION, "notice", DU, "Ab Juli machen wir die Posts intern, danke bis dahin."),
    (S.TERMINATION, "notice", EN, "We'll stop the retainer at the end of next month."),
    # termination: an ending is named
    (S.TERMINATION, "ends", SIE, "Wir haben beschlossen, die Zusammenarbeit zu beenden."),
    (S.TERMINATION, "ends", DU, "Wir machen das ab sofort selbst, danke trotzdem."),
    (S.TERMINATION, "ends", EN, "We're cancelling the project, sorry."),
    # termination: no ending named (often a misread) – the default
    (S.TERMINATION, None, SIE, "So hatten wir uns das nicht vorgestellt."),
    (S.TERMINATION, None, DU, "Ehrlich, so kann ich nicht arbeiten."),
    (S.TERMINATION, None, EN, "You clearly don't get what we need here."),
]

SAYS = {
    "thanks_question": r"Frage|question",
    "wishes": r"alles Gute|eine schöne Zeit|to you too|all the best|great time too",
    "away_cover": r"Vertretung|covering|stand-in",
    "client_away": r"vorher|before then|your dates|Abwesenheit",
    "order_number": r"Rechnung|invoice|alles ist angekommen|all received",
    "documents": r"unterschrieben|signed",
    "new_work_offer": r"Kalender|Zeitplan|starte|Starttermin|loslegen|schedule|calendar|start",
    "call_request": r"rufe|telefonisch|call|ring|by phone",
    "farewell": r"Zusammenarbeit|pleasure|collaboration",
    "threat": r"ernst|seriously",
    "pause": r"paus|ruht|halte die Arbeit an|pick it up|continue|stays where",
    "notice": r"Übergabe|handover|bis dahin|Bis zum Ende|until then|until the end",
    "ends": r"Entscheidung|fertig|Rechnung|decision|already done|invoice|Bescheid|let me know"
    r"|get in touch|Nachricht",
    None: r"weitergehen|wünsch|go on|go from here|like from me",
}
NEVER = {
    "thanks_question": r"Zusammenarbeit mit (?:Ihnen|dir) macht|enjoy working",
    "wishes": r"notiert|made a note",
    "away_cover": r"wenn in der Zwischenzeit noch etwas ansteht",
    "client_away": r"Vertretung|covering|stand-in",
    "order_number": r"\?",
    "documents": r"Bestellnummer|PO number",
    "new_work_offer": r"Bis wann|By when|Für wann",
    "call_request": r"Welche Zeit|Which time|Suggest a time",
    "farewell": r"gefällt|glad you like",
    "threat": r"nichts Neues|anything new|Entscheidung|decision|Good luck|alles Gute",
    "pause": r"Good luck|Viel Erfolg|alles Gute|decision|Entscheidung",
    "notice": r"nichts Neues|anything new|stop here|aufhören",
    "ends": r"weitergehen soll|go on from here",
    None: r"Entscheidung|decision|nichts Neues|anything new|in Rechnung|invoice|Good luck"
    r"|alles Gute",
}


@pytest.mark.parametrize(("situation", "kind", "voice", "text"), CASES)
def test_the_kind_is_read(situation: Situation, kind: str | None, voice: str, text: str) -> None:
    assert incident_kind(situation, fold(text)) == kind


def drafts(text: str, situation: Situation):
    """The draft calm shows first and the short one, in every tone."""
    for tone in Tone:
        for short in (False, True):
            yield (
                short,
                coach_default(text, profile=PROFILE, tone=tone, short=short, situation=situation),
            )


def assert_clean(coaching, short: bool) -> None:
    draft = coaching.draft
    assert review_draft(draft, language=coaching.reply_language) == [], draft
    low, high = LENGTH_SHORT if short else LENGTH_DEFAULT
    assert low <= len(draft.split()) <= high, draft
    assert not re.search(r"[{}]", draft), draft


@pytest.mark.parametrize(("situation", "kind", "voice", "text"), CASES)
def test_the_draft_answers_the_kind(
    situation: Situation, kind: str | None, voice: str, text: str
) -> None:
    for short, coaching in drafts(text, situation):
        assert coaching.detection.kind == kind
        assert_clean(coaching, short)
        draft = coaching.draft
        assert re.search(SAYS[kind], draft, re.I), draft
        assert not re.search(NEVER[kind], draft, re.I), draft


@pytest.mark.parametrize(
    ("situation", "text", "kind"),
    [
        # "danke dir!" is thanks, not a sign-off; a praise word carries it
        (S.NEUTRAL, "Der Launch lief mega, danke dir!", "thanks"),
        # a thanks that ends a request or a question is no praise
        (S.NEUTRAL, "Bitte setzen Sie die Korrekturen so um. Danke.", "go_ahead"),
        (S.NEUTRAL, "Can you check the second page? Thanks, Lou", "question"),
        (S.NEUTRAL, "Danke! Kannst du mir noch sagen, wie lange das dauert?", "thanks_question"),
        # file requests in more shapes
        (S.NEUTRAL, "Could you send over the print files when you get a chance", "file_request"),
        (S.NEUTRAL, "Schick mir bitte die Bannerdateien noch mal.", "file_request"),
        (S.NEUTRAL, "Hast du die Titelbilder auch in hoher Auflösung?", "file_request"),
        (S.NEUTRAL, "Haben Sie die alten Dateien noch?", "question"),
        # enquiries in more shapes
        (S.NEUTRAL, "Are you currently taking on new clients?", "enquiry"),
        (S.NEUTRAL, "We're looking for a copywriter to help with our blog.", "enquiry"),
        (S.NEUTRAL, "Nehmen Sie derzeit neue Aufträge an?", "enquiry"),
        (S.NEUTRAL, "Wir suchen jemanden für unsere Pressetexte.", "enquiry"),
        # a "you" on holiday is no client away
        (S.NEUTRAL, "Are you on holiday next week?", "question"),
        # a first enquiry without "also/again/next" stays an enquiry
        (S.NEUTRAL, "Hätten Sie Lust und Zeit für unser Projekt?", "enquiry"),
        # "don't call me" asks for no call
        (S.NEUTRAL, "Please don't call me, email is better.", "request"),
        # termination: a plain ending is no threat, a conditional one is
        (S.TERMINATION, "We've found someone else for the job.", "ends"),
        (S.TERMINATION, "If the next draft misses again, we'll find someone else.", "threat"),
    ],
)
def test_the_kind_does_not_overreach(situation: Situation, text: str, kind: str | None) -> None:
    assert incident_kind(situation, fold(text)) == kind


def test_the_plain_default_notes_no_news() -> None:
    """A plain remark (the neutral default) gets no "noted" unless a date was named."""
    for text in ("ok, sounds good", "Alles klar, passt so.", "Okay, verstanden."):
        for short, coaching in drafts(text, S.NEUTRAL):
            if coaching.detection.kind is None:
                assert_clean(coaching, short)
                assert not re.search(r"notiert|made a note|noted", coaching.draft), coaching.draft
