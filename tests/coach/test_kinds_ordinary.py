"""Every kind test of the ordinary family: neutral messages and endings (termination).

neutral: go_ahead (also in more shapes), view, apology, apology_delay, request, problem,
expectation, urgent_question, event_booking, confirm_receipt, gift, awaits_work, proposes_time
(also a talk in a named week), help_request, alternative, guarded, guarded_threat and
guarded_insult (also sarcasm), thanks_question, wishes, away_cover, client_away (also a closure
with dates), order_number, documents, new_work_offer, call_request and farewell; thanks,
file_request, enquiry, task, status and scheduling in more shapes; and the plain statement (the
neutral default), which gets no "noted" for news nobody gave and agrees to nothing. termination: a
lost bid, a client who keeps the door open, a client who felt offended, a threat (also without
"if"), a pause, notice with an end date still to come, a named ending (`ends`, also a stop with
immediate effect) and the default for a message that names no ending (it asks how to go on and
thanks for no decision; sarcasm is no ending).

Kinds that confirm what the message says instead of asking for it (noted news with wishes, a
notice with a handover, …); answers the user can give at once, a blank to fill in and never "by
tomorrow" (`time_offer`, `choice`, `capacity`, `question`, `proposes_time`, `paid_question`, a
warm notice); the common moves answered as asked (`confirms_time`, `postpone`, a link to find
again, `away_approvals`, `option_chosen`, `handed_over`, the user's own tax number or bank
details, `invoice_details`, `stop_and_send`, a notice to a future date); a complaint read as
termination asks no way forward.

The client messages are our own. Each kind is tried in German "Sie", German "du" and English:
the kind is read from the folded text, and the draft – in every tone, default, short and long –
says what the kind needs and never what it must not (a plain remark is not "looked into", a
lost bid is not told that nothing new will be started, a one-line task has no instructions to
follow "exactly").
"""

from __future__ import annotations

import re

import pytest

from bot.coach import Language, Profile, Situation, Tone, review_draft
from bot.coach import coach as coach_default
from bot.coach.compose import LENGTH_DEFAULT, LENGTH_SHORT
from bot.coach.incidents import incident_kind
from bot.coach.normalize import fold
from tests.coach.full_arc import coach as coach_long
from tests.coach.kind_cases import DU, EN, PROFILE, SIE, VOICE_OF, Case, S, assert_answers

N, T = S.NEUTRAL, S.TERMINATION

# --- one case per kind and voice: default, short and long drafts --------------------------------

CASES = [
    # go_ahead: the client says to start
    Case(
        S.NEUTRAL,
        "go_ahead",
        SIE,
        "Passt alles, legen Sie gern los, wir freuen uns auf Ihren Entwurf.",
    ),
    Case(S.NEUTRAL, "go_ahead", DU, "Klingt gut, machen wir so – du kannst loslegen!"),
    Case(S.NEUTRAL, "go_ahead", EN, "Sounds fair to us. Please go ahead with the brochure."),
    # view: the client wants the freelancer's reasoning
    Case(S.NEUTRAL, "view", SIE, "Was meinen Sie, passt die dunkle Variante besser zu uns?"),
    Case(S.NEUTRAL, "view", DU, "Warum gefällt dir die runde Schrift eigentlich besser?"),
    Case(S.NEUTRAL, "view", EN, "Not sure yet. Tell me why you went for the green one."),
    # apology: the client apologises or owns up
    Case(
        S.NEUTRAL,
        "apology",
        SIE,
        "Es tut mir leid, dass ich mich so lange nicht bei Ihnen gemeldet habe.",
    ),
    Case(S.NEUTRAL, "apology", DU, "Sorry, das war mein Fehler, ich hatte deine Mail übersehen."),
    Case(S.NEUTRAL, "apology", EN, "I'm so sorry for going quiet on you these last weeks."),
    # request: something asked that no other kind catches
    Case(S.NEUTRAL, "request", SIE, "Wir brauchen Ihren Entwurf noch etwas seriöser."),
    Case(
        S.NEUTRAL,
        "request",
        DU,
        "Für die Messe bräuchten wir bitte noch eine blaue Variante von dir.",
    ),
    Case(S.NEUTRAL, "request", EN, "We'd also like a Spanish version of the flyer, please."),
    # problem: something broken, not working, a detector score, help asked for
    Case(S.NEUTRAL, "problem", SIE, "Seit Ihrem Update lädt die Startseite bei uns nicht mehr."),
    Case(S.NEUTRAL, "problem", DU, "Ich krieg die Druckdatei nicht hin, kannst du mir da helfen?"),
    Case(S.NEUTRAL, "problem", EN, "The AI checker rates the second post at 80% generated."),
    # expectation: the client states a standard
    Case(
        S.NEUTRAL,
        "expectation",
        SIE,
        "Für den Preis muss es dann aber auch perfekt sitzen, das erwarten wir von Ihnen.",
    ),
    Case(
        S.NEUTRAL,
        "expectation",
        DU,
        "Wenn wir dich schon dafür bezahlen, soll es auch richtig gut werden.",
    ),
    Case(S.NEUTRAL, "expectation", EN, "We expect top quality for our launch materials."),
    # urgent_question: a question marked urgent is answered today
    Case(S.NEUTRAL, "urgent_question", SIE, "Es ist dringend: Haben Sie die offenen Dateien noch?"),
    Case(
        S.NEUTRAL,
        "urgent_question",
        DU,
        "Ganz eilig – weißt du, wo das Passwort für den Shop liegt?",
    ),
    Case(S.NEUTRAL, "urgent_question", EN, "Urgent: do you still have the layered files?"),
    # event_booking: the client wants the freelancer at an event
    Case(S.NEUTRAL, "event_booking", SIE, "Wir würden Sie gern für unsere Firmenfeier buchen."),
    Case(
        S.NEUTRAL,
        "event_booking",
        DU,
        "Magst du auf unserem Sommerfest fotografieren? Was nimmst du?",
    ),
    Case(S.NEUTRAL, "event_booking", EN, "Would you photograph our wedding in the spring?"),
    # confirm_receipt: the client will send something and wants its arrival confirmed
    Case(
        S.NEUTRAL,
        "confirm_receipt",
        SIE,
        "Ich schicke Ihnen die Fotos heute Abend. Bitte bestätigen Sie kurz, wenn alles ankommt.",
    ),
    Case(
        S.NEUTRAL,
        "confirm_receipt",
        DU,
        "Ich schick dir das Paket morgen, gib mir kurz Bescheid, sobald das Paket da ist.",
    ),
    Case(
        S.NEUTRAL,
        "confirm_receipt",
        EN,
        "We'll post the samples tomorrow, so please confirm once they arrive.",
    ),
    # apology_delay: the client is sorry that their own material is late
    Case(
        S.NEUTRAL,
        "apology_delay",
        SIE,
        "Es tut mir leid, die Texte kann ich Ihnen erst nächste Woche schicken.",
    ),
    Case(
        S.NEUTRAL,
        "apology_delay",
        DU,
        "Tut mir leid, ich warte selbst noch auf die Fotos für dich.",
    ),
    Case(
        S.NEUTRAL, "apology_delay", EN, "I'm so sorry, we're still waiting for the product shots."
    ),
    # gift: a gift in the freelancer's name, thanked as a gesture
    Case(S.NEUTRAL, "gift", SIE, "Als Dank haben wir in Ihrem Namen an die Tafel gespendet."),
    Case(S.NEUTRAL, "gift", DU, "Zum Jahresende haben wir in deinem Namen etwas gespendet."),
    Case(S.NEUTRAL, "gift", EN, "We've made a donation to the food bank in your name."),
    # awaits_work: paying now and asking for the work
    Case(S.NEUTRAL, "awaits_work", SIE, "Ich überweise heute, schicken Sie mir dann die Dateien?"),
    Case(S.NEUTRAL, "awaits_work", DU, "Ich überweise jetzt, dann schick mir bitte die Bilder."),
    Case(S.NEUTRAL, "awaits_work", EN, "I'm sending the payment now, please send the files."),
    # general (the default): a plain remark, nothing to look into
    Case(S.NEUTRAL, None, SIE, "Wir überlegen, Ihr Motiv auch für die Messe zu nutzen."),
    Case(S.NEUTRAL, None, DU, "Übrigens kennt mein Bruder dich noch aus der Schule."),
    Case(S.NEUTRAL, None, EN, "We were thinking of using the photos for our annual report too."),
    # proposes_time: a day or a time for a call or meeting is already named
    Case(
        S.NEUTRAL,
        "proposes_time",
        SIE,
        "Guten Tag, können wir das Gespräch auf Mittwoch 11 Uhr legen? Ich schicke Ihnen den Link.",
    ),
    Case(
        S.NEUTRAL,
        "proposes_time",
        DU,
        "Können wir den Call auf Montag 9:30 schieben? Ich schick dir dann den Link.",
    ),
    Case(S.NEUTRAL, "proposes_time", EN, "Could we push the meeting to Thursday at 2pm?"),
    # help_request: a bare request for help that names nothing yet
    Case(S.NEUTRAL, "help_request", SIE, "Guten Morgen, könnten Sie mir vielleicht helfen?"),
    Case(S.NEUTRAL, "help_request", DU, "Hey, kannst du mir mal kurz helfen?"),
    Case(S.NEUTRAL, "help_request", EN, "Hi there, could you please help me out?"),
    # alternative: the client's own mishap, with another way offered
    Case(
        S.NEUTRAL,
        "alternative",
        SIE,
        "Bei uns funktioniert der Upload gerade nicht. Kann ich Ihnen die Bilder auch per USB-Stick"
        " bringen?",
    ),
    Case(
        S.NEUTRAL,
        "alternative",
        DU,
        "Mein Scanner ist kaputt, darf ich dir die Skizzen stattdessen abfotografiert schicken?",
    ),
    Case(
        S.NEUTRAL,
        "alternative",
        EN,
        "Our upload portal is down today. Would it be okay if we posted the USB stick instead?",
    ),
    # guarded: the default would do harm after a price, free-work or insult cue
    Case(S.NEUTRAL, "guarded", SIE, "Ihr Kollege hat uns nur 8 Cent pro Zeile berechnet."),
    Case(S.NEUTRAL, "guarded", DU, "Mach das doch umsonst, ist doch gute Werbung für dich."),
    # guarded_insult: the default would read as sarcasm after an insult
    Case(S.NEUTRAL, "guarded_insult", SIE, "Ehrlich gesagt finde ich das dreist von Ihnen."),
    Case(S.NEUTRAL, "guarded_insult", DU, "Ehrlich gesagt finde ich das ziemlich dreist von dir."),
    Case(S.NEUTRAL, "guarded_insult", EN, "Frankly, that is a pretty cheeky thing to say."),
    Case(S.NEUTRAL, "guarded", EN, "A student would do this for free, you know."),
    # guarded_threat: a threat read as neutral is taken seriously, never "noted"
    Case(
        S.NEUTRAL, "guarded_threat", SIE,
        "Dann schalte ich eben meinen Anwalt ein, das sage ich Ihnen.",
    ),
    Case(
        S.NEUTRAL, "guarded_threat", DU,
        "Wenn die Fotos wieder so spät kommen, such ich mir halt wen anderen, das weißt du.",
    ),
    Case(
        S.NEUTRAL, "guarded_threat", EN,
        "Unless the menu is fixed this week, we'll be taking our business elsewhere.",
    ),
    # ends: a stop with immediate effect is an ending, not a question of how to go on
    Case(
        S.TERMINATION, "ends", SIE,
        "Bitte stellen Sie sämtliche Arbeiten an der Kampagne mit sofortiger Wirkung ein.",
    ),
    Case(
        S.TERMINATION, "ends", EN,
        "Please stop all work on the brochure, we won't be proceeding.",
    ),
    # lost_bid: the client chose someone else before any work ran
    Case(
        S.TERMINATION,
        "lost_bid",
        SIE,
        "Danke für Ihr Angebot, wir haben uns aber für eine andere Agentur entschieden.",
    ),
    Case(
        S.TERMINATION,
        "lost_bid",
        DU,
        "Danke für dein Angebot, wir haben uns aber für jemand anderen entschieden.",
    ),
    Case(
        S.TERMINATION, "lost_bid", EN, "Thanks for the proposal, but we went with another studio."
    ),
    # keeps_door_open: no new work, but the client may come back
    Case(
        S.TERMINATION,
        "keeps_door_open",
        SIE,
        "Neue Projekte vergeben wir intern, aber vielleicht kommen wir später wieder auf Sie zu.",
    ),
    Case(
        S.TERMINATION,
        "keeps_door_open",
        DU,
        "Wir machen erst mal selbst weiter, ab und zu brauchen wir dich aber sicher noch.",
    ),
    Case(
        S.TERMINATION,
        "keeps_door_open",
        EN,
        "We're bringing design in-house, though we may still call on you for the odd job.",
    ),
    # offended: the client felt insulted and ends it
    Case(
        S.TERMINATION,
        "offended",
        SIE,
        "Ihre Antwort finde ich unverschämt. Wir suchen uns jemand anderen.",
    ),
    Case(
        S.TERMINATION, "offended", DU, "Ich fühle mich von dir echt beleidigt, das war's mit uns."
    ),
    Case(S.TERMINATION, "offended", EN, "That reply was rude. We'll find another designer."),
    # received_check: the client has sent something and asks whether it arrived – a short blank
    Case(
        S.NEUTRAL,
        "received_check",
        SIE,
        "Ich habe Ihnen gestern die Vertragsunterlagen gemailt. Können Sie kurz bestätigen, dass"
        " alles angekommen ist?",
    ),
    Case(
        S.NEUTRAL,
        "received_check",
        DU,
        "Hast du die Fotos vom Wochenende bekommen? Ich hab sie dir per Mail geschickt.",
    ),
    Case(
        S.NEUTRAL,
        "received_check",
        EN,
        "I've attached the floor plans here – could you confirm you've received them?",
    ),
    # threat_deadline: elsewhere unless it is done by a date – the date taken up, no fault presumed
    Case(
        S.TERMINATION,
        "threat_deadline",
        SIE,
        "Wenn Sie den Onlineshop bis Ende März nicht live bringen, suchen wir uns eine andere"
        " Agentur.",
    ),
    Case(
        S.TERMINATION,
        "threat_deadline",
        DU,
        "Wenn du die Broschüre bis nächsten Mittwoch nicht fertig hast, such ich mir jemand"
        " anderen.",
    ),
    Case(
        S.TERMINATION,
        "threat_deadline",
        EN,
        "If the app isn't ready by the 15th, we'll have to find another developer.",
    ),
    # new_order: another service, or the same work for something new – yes, and a quote
    Case(S.SCOPE_CREEP, "new_order", SIE, "Bieten Sie eigentlich auch Lektorat für Fachbücher an?"),
    Case(
        S.SCOPE_CREEP,
        "new_order",
        DU,
        "Könntest du das Gleiche auch für unseren zweiten Standort in Köln machen?",
    ),
    Case(
        S.SCOPE_CREEP,
        "new_order",
        EN,
        "Do you also do packaging design? We're launching a new product line.",
    ),
]

SAYS = {
    "go_ahead": r"lege (?:ich )?los|fange|get started|get going",
    "view": r"Überlegungen|Gründe|wie ich das sehe|reasoning|thoughts|how I see it",
    "apology": r"entschuldigen|apologi[sz]e",
    "request": r"sehe mir das an|sehe es mir an|schaue mir an|look into it|look at what",
    # a plain remark: no "noted" for news nobody gave; an offer to help, or the named date noted
    None: r"etwas (?:für (?:Sie|dich) )?tun|etwas von mir|beitragen|notiert|anything I can do"
    r"|anything from me|help with anything|noted",
    "lost_bid": r"Erfolg|Alles Gute|best|success|Good luck",
    "proposes_time": r"Kalender|calendar",
    "problem": r"sehe mir das an|schaue (?:es|mir das) (?:mir )?an|look into it",
    "expectation": r"mein Anspruch|genauso|my standard|standard I hold|same way",
    "urgent_question": r"heute|today",
    "event_booking": r"welche[nm]? Tag|Which day|What's the date",
    "confirm_receipt": r"angekommen|Eingang|arrive|confirmation",
    "apology_delay": r"entschuldigen|apologi[sz]e",
    "gift": r"Geste|gesture",
    "awaits_work": r"Ergebnis|Arbeit|the work",
    "keeps_door_open": r"gern für (?:Sie|dich) da|helfe gern|glad to help|happy to stay",
    "offended": r"tut mir leid|I'm sorry",
    "help_request": r"worum geht es|what's it about|what do you need help with",
    "alternative": r"ob das (?:bei mir|auf meiner Seite)|whether that works|if that works",
    "guarded": r"Umfang|Aufwand|effort|scope",
    "guarded_insult": r"verärgert|unzufrieden|ärger|annoyed|unhappy|frustrated",
    "guarded_threat": r"ernst|seriously",
    "ends": r"Entscheidung|fertig|Rechnung|decision|already done|invoice|Bescheid|let me know",
    "received_check": r"\[(?:ja|yes)\]",
    "threat_deadline": r"bis morgen|by tomorrow",
    "new_order": r"\b(?:ja|gern|yes|gladly|happily)\b",
}
NEVER = {
    "go_ahead": r"sehe mir das an|look into|Frage|question\?",
    "view": r"sehe mir das an|look into it",
    "apology": r"sehe mir das an|sehe es mir an|look into|bis morgen|by tomorrow",
    "request": r"genau so|exactly",
    None: r"sehe mir das an|sehe es mir an|schaue mir an|look into|look at what|bis morgen"
    r"|by tomorrow|sonst noch etwas für|anything else I can do",
    "lost_bid": r"nichts Neues|anything new|Rechnung|invoice|fertig ist|already done",
    # the client has just named the time: no request for times
    "proposes_time": r"\bZeiten\b|Welche Zeit|schlag(?:en Sie)? mir|Which time|times that"
    r"|Suggest a time that",
    # a problem is looked into, not noted, not a new need
    "problem": r"notiert|made a note|was das für die weitere Arbeit|what this means",
    "expectation": r"notiert|made a note|sehe mir das an|look into",
    "urgent_question": r"bis morgen|by tomorrow",
    "event_booking": r"Bis wann|Für wann|By when|when do you need",
    "confirm_receipt": r"Lass dir|Lassen Sie sich|Take your time|Take all the time",
    "apology_delay": r"sehe mir das an|look into|bis morgen|by tomorrow",
    "gift": r"Feedback|Rückmeldung",
    "awaits_work": r"\bpayment\b[^.]*\.[^.]*\bpayment\b",
    # the client keeps the door open: no stopping, no invoicing
    "keeps_door_open": r"Rechnung|invoice|nichts Neues|anything new",
    "offended": r"Rechnung|invoice|fertig ist|already done",
    # nothing named yet: nothing looked into, nothing noted
    "help_request": r"notiert|made a note|melde mich|get back to you|come back to you",
    # the client's own mishap: nothing of ours to look into, no "kein Problem" promise
    "alternative": r"sehe mir das an|look into|kein Problem|no problem|auffällt|notice anything",
    # never reads as agreeing, as sarcasm, or as a promise
    "guarded": r"notiert|made a note|noted|gut zu wissen|good to know|berücksichtige|into account"
    r"|verstanden|understood|gern für|happy to",
    # after an insult: no "noted", no apology, no promise of a result
    "guarded_insult": r"notiert|made a note|noted|gut zu wissen|good to know|leid|sorry"
    r"|apologi|entschuldig",
    # a threat is not shrugged off: no "noted", no "have a great day", no apology
    "guarded_threat": r"notiert|made a note|noted|gut zu wissen|good to know|schönen Tag"
    r"|great day|leid|sorry|apologi|entschuldig",
    # the client has ended it: never asked how to go on
    "ends": r"weitergehen soll|go on from here|how you'd like to go on",
    # it has been sent: no "once it arrives", no blank for a whole answer
    "received_check": r"sobald|as soon as|bis morgen|by tomorrow|\[Antwort\]|\[your answer\]",
    # no fault presumed, nothing asked back
    "threat_deadline": r"was ich ändere|anders mache|what I'm changing|do differently|\?",
    # a new order, not an extra squeezed into the current one
    "new_order": r"hinaus|bisher Vereinbarte|bisherigen Auftrag|beyond|agreed so far",
}


def drafts(case: Case):
    """The default draft in every tone, the short one, and the long one (the "Longer" button)."""
    for tone in Tone:
        yield (
            "default",
            coach_default(case.text, profile=PROFILE, tone=tone, situation=case.situation),
        )
        yield (
            "short",
            coach_default(
                case.text, profile=PROFILE, tone=tone, short=True, situation=case.situation
            ),
        )
        yield "long", coach_long(case.text, profile=PROFILE, tone=tone, situation=case.situation)


class TestKinds:
    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_kind_is_read(self, case: Case) -> None:
        assert incident_kind(case.situation, fold(case.text)) == case.kind


    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_draft_answers_the_kind(self, case: Case) -> None:
        language, formality = VOICE_OF[case.voice]
        for length, coaching in drafts(case):
            draft = coaching.draft
            assert coaching.detection.kind == case.kind
            assert coaching.reply_language is language
            if case.voice != EN:
                assert coaching.detection.formality is formality
            assert review_draft(draft, language=coaching.reply_language) == [], draft
            assert not re.search(r"[{}]", draft), draft
            words = len(draft.split())
            if length == "default":
                assert LENGTH_DEFAULT[0] <= words <= LENGTH_DEFAULT[1], draft
            elif length == "short":
                assert LENGTH_SHORT[0] <= words <= LENGTH_SHORT[1], draft
            assert re.search(SAYS[case.kind], draft, re.I), (length, draft)
            assert not re.search(NEVER[case.kind], draft, re.I), (length, draft)


# --- more kinds and shapes, for messages nobody tuned them on: the first and the short draft ----

SHAPES = [
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
    # termination: a threat that names no reason asks what should change first
    (S.TERMINATION, "threat_vague", SIE, "Wenn das so weitergeht, sehen wir uns woanders um."),
    (S.TERMINATION, "threat_vague", DU, "Wenn sich nichts bessert, suchen wir uns jemand anderen."),
    (S.TERMINATION, "threat_vague", EN, "If things don't improve, we'll find someone else."),
    # neutral: attachment to check / to work in, a question needed today, a time
    # offered with a short weekday, an enquiry that names a time for a call, regional thanks,
    # praise without a thank-you, where the files are
    (S.NEUTRAL, "attachment_check", SIE, "Im Anhang der Entwurf, bitte schauen Sie kurz drüber."),
    (S.NEUTRAL, "attachment_work", DU, "Anbei meine Anmerkungen, bitte einarbeiten."),
    (S.NEUTRAL, "attachment_check", EN, "Contract attached, could you review and let me know?"),
    (S.NEUTRAL, "question_today", DU, "Hast du die Schriftdatei noch? Die Druckerei wartet."),
    (S.NEUTRAL, "question_today", EN, "Is the banner ready? I need it today please."),
    (
        S.NEUTRAL,
        "enquiry_meet_time",
        SIE,
        "Wir suchen jemanden für unseren Newsletter. Gern vorab ein kurzes Telefonat, am "
        "besten donnerstags.",
    ),
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

SHAPE_SAYS = {
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
    "threat_vague": r"ändern|anders|change|differently|stört|bother",
    "attachment_check": r"Anhang|attachment",
    "attachment_work": r"Anhang|attachment",
    "question_today": r"heute|today",
    "enquiry_meet_time": r"Gespräch|call|chat",
    "thanks": r"Dank|thank",
    "file_request": r"schick|send",
    "proposes_time": r"Kalender|calendar",
    "pause": r"paus|ruht|halte die Arbeit an|pick it up|continue|stays where",
    "notice": r"Übergabe|handover|bis dahin|Bis zum Ende|until then|until the end",
    "ends": r"Entscheidung|fertig|Rechnung|decision|already done|invoice|Bescheid|let me know"
    r"|get in touch|Nachricht",
    None: r"weitergehen|wünsch|go on|go from here|like from me",
}
SHAPE_NEVER = {
    "threat_vague": r"alles Gute|Entscheidung|good luck|decision",
    "attachment_check": r"notiert|vermerkt|keep that in mind|noted",
    "attachment_work": r"notiert|vermerkt|keep that in mind|noted",
    "question_today": r"bis morgen|by tomorrow",
    "enquiry_meet_time": r"Welche Zeiten|Which times|Nennen Sie mir|Send me two",
    "thanks": r"\?",
    "file_request": r"notiert|made a note",
    "proposes_time": r"Schlagen Sie mir einen Termin|suggest a time",
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


def shown_drafts(text: str, situation: Situation):
    """The draft calm shows first and the short one, in every tone."""
    for tone in Tone:
        for short in (False, True):
            yield (
                short,
                coach_default(text, profile=PROFILE, tone=tone, short=short, situation=situation),
            )


def assert_shown_clean(coaching, short: bool) -> None:
    draft = coaching.draft
    assert review_draft(draft, language=coaching.reply_language) == [], draft
    low, high = LENGTH_SHORT if short else LENGTH_DEFAULT
    assert low <= len(draft.split()) <= high, draft
    assert not re.search(r"[{}]", draft), draft


class TestShapes:
    @pytest.mark.parametrize(("situation", "kind", "voice", "text"), SHAPES)
    def test_the_kind_is_read(
        self, situation: Situation, kind: str | None, voice: str, text: str
    ) -> None:
        assert incident_kind(situation, fold(text)) == kind

    @pytest.mark.parametrize(("situation", "kind", "voice", "text"), SHAPES)
    def test_the_draft_answers_the_kind(
        self, situation: Situation, kind: str | None, voice: str, text: str
    ) -> None:
        for short, coaching in shown_drafts(text, situation):
            assert coaching.detection.kind == kind
            assert_shown_clean(coaching, short)
            draft = coaching.draft
            assert re.search(SHAPE_SAYS[kind], draft, re.I), draft
            assert not re.search(SHAPE_NEVER[kind], draft, re.I), draft


# --- boundaries and near misses -------------------------------------------------------------

# Messages and the kind they must get (None: the default): where the kinds must not fire, and
# the shapes of other kinds.
BOUNDARIES = [
    # a softened complaint is no apology: the wait is looked into
    (S.NEUTRAL, "Sorry, I'm still waiting for the second draft.", "problem"),
    (S.NEUTRAL, "Tut mir leid, aber wir warten immer noch auf die Dateien.", "problem"),
    (S.NEUTRAL, "I'm sorry, but the login page still doesn't load.", "problem"),
    # one's own mistake is an apology, not a problem to look into
    (S.NEUTRAL, "Mein Fehler, ich hatte die alte Adresse angegeben.", "apology"),
    # a deliverable for an event is an ordinary enquiry (by when?), not a booking
    (S.NEUTRAL, "I need you to design invitations for our company party.", "enquiry"),
    (S.NEUTRAL, "Thanks for photographing our wedding, the pictures are lovely!", "thanks"),
    # "hier ist der Tom, …" introduces the writer; it sends nothing
    (S.NEUTRAL, "Hallo, hier ist der Ben, wir hatten letzte Woche telefoniert.", None),
    (S.NEUTRAL, "Hallo Anna, hier ist der Link zum Ordner.", "information"),
    # a question not marked urgent is answered by tomorrow; a date question is no
    # expectation
    (S.NEUTRAL, "Haben Sie die offenen Dateien noch?", "question"),
    (S.NEUTRAL, "Muss das Logo genau in der Mitte sitzen?", "question"),
    (S.NEUTRAL, "Falls das nicht passen sollte, sagen Sie Bescheid.", None),
    # a payment without a word about the work is already_paid
    (S.NEUTRAL, "I've just paid the invoice.", "already_paid"),
    # did it arrive? (already sent) is answered at once, not a promise to confirm later
    (S.NEUTRAL, "Could you confirm if you got my email?", "received_check"),
    # "können Sie" inside a statement asks for nothing
    (S.NEUTRAL, "Mit so einem Projekt können Sie sich gut einen Namen machen.", None),
    # a question whether one could start is no go-ahead
    (S.NEUTRAL, "Können Sie nächste Woche schon anfangen?", "question"),
    (S.NEUTRAL, "Before you get started, one more thing about the colours.", None),
    # a go-ahead to send a file is the file request
    (S.NEUTRAL, "Go ahead and send me the final files.", "file_request"),
    # help asked about something named is a problem to look into, not a bare help request
    (S.NEUTRAL, "Kannst du mir bei der Rechnungsvorlage helfen?", "problem"),
    (S.NEUTRAL, "Can you help? The contact form stopped sending emails.", "problem"),
    # an alternative without a mishap of one's own is a question; a mishap alone a problem
    (S.NEUTRAL, "Is it okay if I send the texts on Friday instead?", "question"),
    (S.NEUTRAL, "Die Seite lädt bei uns nicht, können Sie bitte nachsehen?", "problem"),
    # praise around an exposure cue is no thanks; plain remarks stay the default
    (S.NEUTRAL, "Great news: this will be amazing exposure for you!", "guarded"),
    (S.NEUTRAL, "Wir planen, das Motiv auch im Treppenhaus aufzuhängen.", None),
    (S.NEUTRAL, "Thanks so much, the brochure looks great!", "thanks"),
    # a change of freelancer in the middle of the work is no lost bid
    # (an ending is named: `ends`)
    (S.TERMINATION, "We've decided to go with another agency for the rest of the project.", "ends"),
    (S.TERMINATION, "Ab sofort haben wir uns für eine andere Agentur entschieden.", "ends"),
    (S.TERMINATION, "We'll have to let you go.", "ends"),
    # "danke dir!" is thanks, not a sign-off; a praise word carries it
    (S.NEUTRAL, "Der Launch lief mega, danke dir!", "thanks"),
    # a thanks that ends a request or a question is no praise
    (S.NEUTRAL, "Bitte setzen Sie die Korrekturen so um. Danke.", "go_ahead"),
    (S.NEUTRAL, "Can you check the second page? Thanks, Lou", "question"),
    (N, "Danke! Kannst du mir noch sagen, wie lange das dauert?", "thanks_question"),
    # file requests in more shapes
    (N, "Could you send over the print files when you get a chance", "file_request"),
    (N, "Could you resend the banner files, please?", "file_request"),
    (S.NEUTRAL, "Schick mir bitte die Bannerdateien noch mal.", "file_request"),
    (S.NEUTRAL, "Hast du die Titelbilder auch in hoher Auflösung?", "file_request"),
    (S.NEUTRAL, "Haben Sie die alten Dateien noch?", "question"),
    # enquiries in more shapes
    (S.NEUTRAL, "Are you currently taking on new clients?", "capacity"),
    (S.NEUTRAL, "We're looking for a copywriter to help with our blog.", "enquiry"),
    (S.NEUTRAL, "Nehmen Sie derzeit neue Aufträge an?", "capacity"),
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
    # a task that names appointments is no meeting time proposed
    (
        S.NEUTRAL,
        "Ab Montag bitte die Terminbestätigungen mit der neuen Vorlage verschicken.",
        "request",
    ),
    # an invoice question with two answers is a choice; a payment is no file received
    (S.NEUTRAL, "Stellen Sie die Rechnung an mich oder an die Firma?", "choice"),
    (S.NEUTRAL, "Did my payment arrive?", "question"),
    (S.NEUTRAL, "Die Scans liegen jetzt im Projektordner.", "handed_over"),
    # a handover named without „Sie“ / „du“
    (
        S.TERMINATION,
        "Zugangsdaten bitte bis Ende der Woche zurücksetzen und alles übergeben.",
        "handover_named",
    ),
    # an extra for the running job is no new order
    (S.SCOPE_CREEP, "Can you also do the header while you're at it?", None),
    (S.SCOPE_CREEP, "Machst du auch noch schnell den Newsletter mit?", None),
    # neutral shapes
    # praise without a thank-you word
    (N, "You're the best proofreader I've ever worked with.", "thanks"),
    (N, "Du bist mit Abstand der beste Fotograf, den wir je hatten.", "thanks"),
    (N, "In gratitude for your help we planted a tree in your name.", "thanks"),
    (N, "In gratitude for your help we made a donation in your name.", "gift"),
    # a thank-you with a request is the request's message
    (
        N,
        "Thanks, that's great. Could you acknowledge the files when they arrive?",
        "confirm_receipt",
    ),
    (N, "Thanks, great. We'll send it to you tonight.", "sends_later"),
    (N, "We're finishing the copy and will send it to you later today.", "sends_later"),
    # "einen Gefallen tun" is a favour, not "gefallen" (to like) – and free work: guarded
    (N, "Ich dachte, ich tue Ihnen damit einen Gefallen.", "guarded"),
    # booking with a few words between
    (N, "Ich würde dich gern als DJ buchen.", "enquiry"),
    (N, "Wir möchten Sie gern als Sprecherin buchen.", "enquiry"),
    # a small task asked as a question is the task, not a question to look into
    (N, "Could you print 50 copies of the flyer for Friday?", "task"),
    (N, "Können Sie bitte die neue Adresse ins Impressum eintragen?", "task"),
    (N, "Kannst du die Preise in der Karte ergänzen?", "task"),
    (N, "Can you update me on where things stand?", "status"),
    # a call without a day or time asks for times
    (N, "Wann passt Ihnen ein kurzes Telefonat?", "scheduling"),
    (N, "jump on a call tomorrow?", "scheduling"),
    # sarcasm, closures, call slots, notice and threat shapes
    # sarcasm is no thanks and no question to look into
    (N, "Super. Echt super gelaufen 👏", "guarded_insult"),
    (N, "Kannst du eigentlich lesen? Das stand doch in der Mail.", "guarded_insult"),
    (N, "Wow. Just great. Thanks for nothing.", "guarded_insult"),
    # a thank-you with a money-back demand or a complaint is no thanks
    (N, "Wir möchten den Rest der Anzahlung erstattet haben. Danke", "request"),
    (N, "Great effort but honestly we're disappointed, thanks", None),
    (N, "Great work on the launch 👏 thank you so much!", "thanks"),
    # a closure with dates is noted, not only wished back
    (N, "Wir haben vom 22.12. bis 6.1. geschlossen. Schöne Feiertage!", "client_away"),
    (N, "Heads up: we're closed over Easter until the 22nd. Happy Easter!", "client_away"),
    (N, "Frohe Ostern und schöne Feiertage!", "wishes"),
    # urgency that is denied
    (N, "Können Sie mir die Rohdaten schicken? Eilt aber nicht.", "file_request"),
    (N, "where do I find the final photos?", "file_request"),
    # a talk in a named week
    (N, "Hättest du in KW 12 Zeit für ein Gespräch?", "proposes_time"),
    # an update that asks nothing
    (N, "Quick update from our side: the launch moved, just flagging it.", "information"),
    # forwarded elsewhere, with thanks
    (N, "Received the files, I'll forward them to our printer. Thank you for the good work!",
     "thanks"),
    # termination: sarcasm is no ending; a threat without "if"; notice with a coming date
    # (a complaint, no ending: `complaint`, no "how would you like to go on")
    (T, "sure, I'll just do it myself like always 🙄 what am I paying you for", "complaint"),
    (T, "Noch so ein Patzer und wir schauen uns nach jemand anderem um.", "threat"),
    (T, "One more late delivery and we go with someone else.", "threat"),
    (T, "Ab dem 1. des kommenden Monats machen wir das intern.", "notice"),
    # a time offered with a short weekday, regional thanks, praise without thanks,
    # where the files are
    (S.NEUTRAL, "Geht Mi 10h für das Telefonat? Sonst Di nachmittag.", "time_offer"),
    (S.NEUTRAL, "Vergelt's Gott, hat tipptopp gepasst!", "thanks"),
    (S.NEUTRAL, "Honestly you're a legend, the team loved it.", "thanks"),
    (S.NEUTRAL, "Where are the source files again?", "file_request"),
    (S.NEUTRAL, "Could we do 3 instead of 2 for the call?", "scheduling"),
    (S.NEUTRAL, "Today we had a visitor. Could you explain the backlinks?", "question"),
    (T, "Wenn Antworten weiter Tage dauern, suchen wir uns jemand anderen.", "threat"),
    # a decision already made stays a lost bid; only the hedge is a threat
    (T, "We've decided to go with another studio this time.", "lost_bid"),
    (T, "Might go with someone else next year, the last two launches slipped.", "threat"),
    # moving a call to another hour names the time: no rate increase, no "suggest a time"
    (N, "could we push the call to 4 instead of 3?", "proposes_time"),
    # a question about an approval is no approval
    (N, "Ist der Entwurf schon freigegeben?", "question"),
    # "we'll send you everything so far" is the client's own sending, not a handover
    (T, "We're cancelling the contract. We'll send the final invoice details.", "ends"),
    # a course not carried on to a date is a notice; a stop with immediate effect an ending
    (T, "Wir haben beschlossen, das Coaching zum Jahresende nicht fortzusetzen.", "notice"),
    (T, "We've decided we won't be proceeding after the end of this month.", "notice"),
    (T, "Stell bitte alle Arbeiten an der App ein, wir ziehen das nicht weiter durch.", "ends"),
    (T, "We have decided not to proceed with the second phase.", "ends"),
    # a threat read as neutral; a stand-in, a lawyer reading a contract or praise are none
    (N, "You'll hear from my lawyer about these invoices.", "guarded_threat"),
    (N, "Eine schlechte Bewertung ist Ihnen sicher, das verspreche ich.", "guarded_threat"),
    (N, "If it's late again, I'll find someone else.", "guarded_threat"),
    # a withheld payment next to praise is no thank-you
    (N, "we'll hold off on the rest until the prints arrive, the gallery was gorgeous", None),
    # news with wishes AND a question is the question's
    (
        N,
        "Kurze Info: wir sind ab 23.12. zu. Brauchen Sie noch etwas? Frohe Weihnachten!",
        "question",
    ),
    # a deadline is no time offer; a tag question is no choice
    (S.NEUTRAL, "Geht das bis Donnerstag?", "question"),
    (S.NEUTRAL, "Can you have it ready by Monday?", "question"),
    (S.NEUTRAL, "Die Zahlung kommt nächste Woche, passt doch, oder?", "question"),
    (S.NEUTRAL, "That's fine with you, or not?", "question"),
    # a small extra task for a running client is no capacity enquiry
    (S.NEUTRAL, "Do you have capacity for a quick tweak to the banner?", "enquiry"),
    # a go-ahead next to a payment note is a go-ahead; the note alone stays already paid
    (S.NEUTRAL, "Alles klar, legen Sie los. Die Anzahlung haben wir überwiesen.", "go_ahead"),
    (S.NEUTRAL, "Looks good, please go ahead. The deposit was paid today.", "go_ahead"),
    # an agreement to the plan is a go-ahead; the same words as a question are not
    (S.NEUTRAL, "Okay, so machen wir das. Bis bald!", "go_ahead"),
    (S.NEUTRAL, "Gut, so machen wir es?", "question"),
    (S.NEUTRAL, "Die Anzahlung haben wir heute überwiesen.", "already_paid"),
    # a call that took place is no wish for one
    (S.NEUTRAL, "Can you fix the chart thing from the call?", "question"),
    (S.NEUTRAL, "Was wir im letzten Call besprochen haben, klappt das so?", "question"),
    # praise with a date stays praise
    (S.NEUTRAL, "Die Entwürfe gefallen uns sehr! Dann bis Montag.", "thanks"),
    # a new day named is a proposal, not a bare postponement
    (S.NEUTRAL, "Können wir den Termin auf Freitag 11 Uhr verschieben?", "proposes_time"),
    # an either/or question is no choice made
    (S.NEUTRAL, "Variante A oder B?", "choice"),
    # the client will send later: nothing handed over yet
    (S.NEUTRAL, "I'll send the logins tomorrow.", "sends_later"),
    # an address for the website is a task, not an invoice detail
    (S.NEUTRAL, "Können Sie bitte die neue Adresse ins Impressum eintragen?", "task"),
    # a notice to a future date asking for the files by then stays a notice
    (
        S.TERMINATION,
        "Ab März machen wir das intern. Schicken Sie uns bis dahin alles, was "
             "Sie bisher haben.",
        "notice",
    ),
    # a stop until the client says how it goes on is a pause
    (S.TERMINATION, "Bitte stoppen Sie alle Arbeiten, wir melden uns nächste Woche.", "pause"),
    (S.TERMINATION, "Stopp bitte erstmal alles, wir geben dir Bescheid.", "pause"),
    (
        S.TERMINATION,
        "Please stop work on the app, we'll be in touch once finance decides.",
        "pause",
    ),
    # an ending said softly
    (S.TERMINATION, "I think we should call it here, it's not working for either of us.", "ends"),
    # no ending, a complaint
    (S.TERMINATION, "Ich bin echt enttäuscht, jedes Mal muss ich nachhaken.", "complaint"),
    (S.TERMINATION, "This is ridiculous, I have to chase you every single week.", "complaint"),
    # a month named with availability is a capacity enquiry, a call is scheduling
    (S.NEUTRAL, "Sind Sie im Oktober verfügbar? Es geht um eine Broschüre.", "capacity"),
    (S.NEUTRAL, "Any availability in September for a website refresh?", "capacity"),
    (S.NEUTRAL, "Hast du im Mai Zeit für einen kurzen Call?", "scheduling"),
    # things the client put in a folder are handed over
    (S.NEUTRAL, "Die Rechnungen für Juni liegen jetzt im geteilten Ordner.", "handed_over"),
    (S.NEUTRAL, "The new photos are now in the shared folder.", "handed_over"),
    # the subject left out: the client will come back
    (
        S.NEUTRAL,
        "Cheers! Will go through it tonight and get back to you Thursday.",
        "client_follows_up",
    ),
    # going on leave with a new contact
    (S.NEUTRAL, "Ab Juli bin ich in Elternzeit, Ansprechpartner ist dann Herr Lutz.", "away_cover"),
    # a typo reported with a question is a problem, not a question to answer
    (S.NEUTRAL, "Im Flyer ist ein Tippfehler. Haben Sie das nicht gesehen?", "problem"),
]

# Messages that look close to a kind but must not get it.
NEAR_MISSES = [
    # a date refused or asked is no confirmation
    (N, "Thanks, but Tuesday doesn't work for me.", "confirms_time"),
    (N, "Dann Donnerstag um 10?", "confirms_time"),
    # a deadline moved is no meeting moved
    (N, "Can we push the deadline to next week?", "postpone"),
    (N, "Können wir die Abgabe auf nächste Woche schieben?", "postpone"),
    # no threat: a stand-in, a lawyer who reads the contract, a kind review, someone else's task
    (N, "Wenn ich im Urlaub bin, übernimmt jemand anderes die Freigaben.", "guarded_threat"),
    (N, "If I'm out, someone else from the team will sign it off.", "guarded_threat"),
    (N, "Our lawyer needs to see the contract before we sign, send it?", "guarded_threat"),
    (N, "Danke! Ich schreibe Ihnen gern eine Bewertung auf Google.", "guarded_threat"),
    (N, "I'll tell everyone about you, the video is amazing!", "guarded_threat"),
]


class TestRecognition:
    @pytest.mark.parametrize(("situation", "text", "kind"), BOUNDARIES)
    def test_boundaries(self, situation: Situation, text: str, kind: str | None) -> None:
        assert incident_kind(situation, fold(text)) == kind

    @pytest.mark.parametrize(("situation", "text", "kind"), NEAR_MISSES)
    def test_near_misses(self, situation: Situation, text: str, kind: str) -> None:
        assert incident_kind(situation, fold(text)) != kind


class TestNeutralWording:
    def test_a_one_line_task_is_taken_care_of_without_instructions_to_follow(self) -> None:
        for text in (
            "Please update the phone number on the contact page.",
            "Bitte tragen Sie die neue Adresse im Impressum ein.",
        ):
            for tone in Tone:
                draft = coach_default(text, profile=PROFILE, tone=tone, situation=S.NEUTRAL).draft
                assert not re.search(r"exactly|just as you|genau so|wie Sie es", draft), draft
                assert re.search(
                    r"take care|get that done|see to it|kümmere|übernehme", draft
                ), draft


    def test_a_payment_on_its_way_does_not_say_payment_three_times(self) -> None:
        text = "I'm transferring the money now, please start the next stage."
        for tone in Tone:
            for short in (False, True):
                coaching = coach_default(
                    text, profile=PROFILE, tone=tone, short=short, situation=S.NEUTRAL
                )
                assert coaching.detection.kind == "already_paid"
                assert len(re.findall(r"\bpayment\b", coaching.draft, re.I)) <= 2, coaching.draft


    def test_already_paid_promises_no_work_the_client_did_not_ask_for(self) -> None:
        for text in ("I've just paid the invoice.", "Ich habe die Rechnung heute überwiesen."):
            for tone in Tone:
                for short in (False, True):
                    coaching = coach_default(
                        text, profile=PROFILE, tone=tone, short=short, situation=S.NEUTRAL
                    )
                    assert coaching.detection.kind == "already_paid"
                    assert not re.search(r"the work|Ergebnis|weitergeht", coaching.draft), (
                        coaching.draft
                    )


    def test_the_plain_default_agrees_to_nothing(self) -> None:
        """A remark about someone else's price lands in the default: noted, never "taken into
        account" (that would read as agreeing to the lower price)."""
        for text in (
            "Meine letzte Grafikerin hat nur die Hälfte genommen.",
            "Our last copywriter charged a lot less per word.",
        ):
            for tone in Tone:
                draft = coach_default(text, profile=PROFILE, tone=tone, situation=S.NEUTRAL).draft
                assert not re.search(
                    r"berücksichtige|Hinterkopf|into account|keep that in mind|factor"
                    r"|nehme ich so mit",
                    draft,
                ), draft


    def test_a_noted_date_reads_right_with_and_without_bis(self) -> None:
        """„Den Termin bis Freitag …“ is wrong German; the noted date keeps its own preposition."""
        for text in (
            "Es genügt, wenn Sie es bis Freitag um zehn Uhr einreichen.",
            "Die Präsentation bei der Geschäftsführung ist am 12. März.",
        ):
            for seed_tone in Tone:
                draft = coach_default(
                    text, profile=PROFILE, tone=seed_tone, situation=S.NEUTRAL
                ).draft
                assert not re.search(r"\bTermin (?:bis|am)\b", draft), draft

    def test_the_plain_default_notes_no_news(self) -> None:
        """A plain remark (the neutral default) gets no "noted" unless a date was named."""
        for text in ("ok, sounds good", "Alles klar, passt so.", "Okay, verstanden."):
            for short, coaching in shown_drafts(text, S.NEUTRAL):
                if coaching.detection.kind is None:
                    assert_shown_clean(coaching, short)
                    assert not re.search(r"notiert|made a note|noted", coaching.draft), (
                        coaching.draft
                    )


# --- kinds that confirm what the message says instead of asking for it -------------------------

CONFIRMED = [
    # news that closes with season's wishes: noted, and the wishes returned
    (
        Case(
            N, "noted_wishes", SIE, "Kurze Info: Wir sind ab Montag zwei Wochen zu. Schöne Ostern!"
        ),
        r"Wünsch|alles Gute",
        r"frage ich|Rückfragen",
    ),
    (
        Case(
            N,
            "noted_wishes",
            DU,
            "Zur Info: deine Unterlagen kommen erst im März. Frohe Weihnachten dir!",
        ),
        r"Wünsch|alles Gute",
        r"frage ich|Rückfragen",
    ),
    (
        Case(
            N, "noted_wishes", EN, "Heads up, invoices will be paid after the 5th. Merry Christmas!"
        ),
        r"wish|same to you",
        r"I'll ask",
    ),
    # the client will send material later: wait for it; nothing to review yet
    (
        Case(N, "sends_later", SIE, "Wir schicken Ihnen die Fotos nächste Woche."),
        r"warte|Ausschau|sobald",
        r"Zeit, die Sie|gespannt|Rückmeldung",
    ),
    (
        Case(N, "sends_later", DU, "Ich schick dir die Liste später noch."),
        r"warte|Ausschau|sobald",
        r"Zeit, die du|gespannt|Rückmeldung",
    ),
    (
        Case(N, "sends_later", EN, "The brief I will send tomorrow, start with the homepage."),
        r"wait|watch|keep an eye|look out",
        r"take your time|all the time|what you think",
    ),
    # pure praise is thanked
    (
        Case(N, "thanks", EN, "wow the photos look stunning, my dad loved them"),
        r"thank",
        r"anything I can do",
    ),
    (
        Case(N, "thanks", DU, "Die Bilder sind traumhaft geworden!"),
        r"[Dd]ank",
        r"etwas für dich tun",
    ),
    # paid, with praise or a rebooking: thanks for both, no account check
    (
        Case(N, "paid_thanks", SIE, "Die Rechnung ist überwiesen. Danke für die tolle Arbeit!"),
        r"Zahlung|Überweisung",
        r"Konto|Kontoauszug",
    ),
    (
        Case(N, "paid_thanks", DU, "Hab bezahlt – gerne wieder!"),
        r"Zahlung|Überweisung",
        r"Konto|Kontoauszug",
    ),
    (
        Case(
            N,
            "paid_thanks",
            EN,
            "Just paid the invoice – thanks for all the help, see you next time!",
        ),
        r"payment|paying",
        r"account",
    ),
    # a referral is thanked; nothing presumed about the person
    (
        Case(N, "referral", SIE, "Ich habe Sie an einen Kollegen weiterempfohlen."),
        r"Empfehlung|empfohlen",
        None,
    ),
    (
        Case(N, "referral", DU, "Hab deine Nummer an meinen Nachbarn weitergegeben."),
        r"Empfehlung|empfohlen",
        None,
    ),
    (
        Case(N, "referral", EN, "I passed your details to a friend who runs a bakery."),
        r"recommend|passing my name",
        r"quote|offer",
    ),
    # a bare approval: thanks, on as agreed – not "I'll get started"
    (Case(N, "approval", SIE, "Freigegeben, danke."), r"Freigabe", r"lege ich los|fange"),
    (Case(N, "approval", DU, "alles freigegeben 👍"), r"Freigabe", r"lege ich los|fange"),
    (
        Case(N, "approval", EN, "All approved from our side, thanks!"),
        r"approv|sign",
        r"get started",
    ),
    # an enquiry that wants to meet first: the call is offered, times asked for
    (
        Case(
            N,
            "enquiry_meet",
            SIE,
            "Wir suchen eine Texterin für den Katalog. Gern würden wir Sie vorher kennenlernen.",
        ),
        r"Gespräch",
        r"für das Angebot wissen",
    ),
    (
        Case(
            N,
            "enquiry_meet",
            DU,
            "Wir suchen jemanden für unsere Fotos. Sollen wir uns erst kennenlernen?",
        ),
        r"Gespräch",
        r"für das Angebot wissen",
    ),
    (
        Case(
            N,
            "enquiry_meet",
            EN,
            "We are looking for a podcast editor. Could we have a quick call first?",
        ),
        r"call|chat",
        r"know for the quote",
    ),
    # a hedge or a condition is a threat: no goodbye, no question back, a concrete proposal
    (
        # no reason named: what should change first is asked, nothing presumed
        Case(
            T, "threat_vague", SIE, "Wir überlegen, ob wir nicht zu einer anderen Agentur wechseln."
        ),
        r"bis morgen",
        r"alles Gute|Entscheidung",
    ),
    (
        Case(
            T,
            "threat_deadline",
            DU,
            "Wenn die Seite bis Montag nicht online ist suchen wir uns jemand anderen.",
        ),
        r"bis morgen",
        r"alles Gute|Entscheidung|\?",
    ),
    (
        Case(
            T,
            "threat",
            EN,
            "Honestly, we're considering moving to another agency. Replies take days.",
        ),
        r"by tomorrow",
        r"good luck|decision|\?",
    ),
    # the client asks what you need: a list is promised, the question not handed back
    (
        Case(
            T,
            "asks_what_needed",
            SIE,
            "Wir beenden den Vertrag zum Jahresende. Was brauchen Sie noch von uns?",
        ),
        r"Liste",
        r"sagen Sie mir|\?",
    ),
    (
        Case(
            T,
            "asks_what_needed",
            DU,
            "Wir machen ab Mai alles intern. Was brauchst du noch von uns?",
        ),
        r"Liste",
        r"sag mir|\?",
    ),
    (
        Case(
            T,
            "asks_what_needed",
            EN,
            "We're ending the retainer. What do you need from us to wrap up?",
        ),
        r"list",
        r"tell me what|\?",
    ),
    # the handover is named: confirmed, not asked for
    (
        Case(
            T,
            "handover_named",
            SIE,
            "Wir beenden die Zusammenarbeit. Bitte übergeben Sie alle Zugänge an Frau Kraus.",
        ),
        r"Übergabe",
        r"was Sie .*brauchen|\?",
    ),
    (
        Case(
            T,
            "handover_named",
            DU,
            "Wir hören auf. Schick mir bitte die Quelldateien und die Logins.",
        ),
        r"Übergabe",
        r"was du .*brauchst|\?",
    ),
    (
        Case(
            T,
            "handover_named",
            EN,
            "We're cancelling. Please hand the project over to our new designer.",
        ),
        r"handover",
        r"what you need|\?",
    ),
    (
        Case(
            T,
            "notice_handover",
            EN,
            "We won't renew after this month. Please send over all the logins by then.",
        ),
        r"until|as agreed",
        r"what you need|\?",
    ),
    (
        Case(
            T,
            "notice_handover",
            SIE,
            "Wir kündigen zum 31.05. Bitte übergeben Sie bis dahin die Zugangsdaten.",
        ),
        r"Übergabe|bis dahin",
        r"was Sie .*brauchen|\?",
    ),
]


@pytest.mark.parametrize(("case", "says", "never"), CONFIRMED, ids=[c.id for c, _, _ in CONFIRMED])
def test_kinds_confirm_instead_of_asking(case: Case, says: str, never: str | None) -> None:
    assert incident_kind(case.situation, fold(case.text)) == case.kind
    for short, coaching in shown_drafts(case.text, case.situation):
        assert coaching.detection.kind == case.kind
        if short:  # a one-line thank-you needs no next step
            assert LENGTH_SHORT[0] <= len(coaching.draft.split()) <= LENGTH_SHORT[1]
        else:
            assert_shown_clean(coaching, short)
            assert re.search(says, coaching.draft, re.I), coaching.draft
        if never:
            assert not re.search(never, coaching.draft, re.I), coaching.draft


# --- answers the user can give at once: a blank to fill in, never "by tomorrow" ---------------

AT_ONCE = [
    # a time offered in a question is confirmed (the user fills in the slot)
    Case(S.NEUTRAL, "time_offer", SIE, "Wäre Ihnen Montag um 9 Uhr recht? Sonst auch Dienstag."),
    Case(S.NEUTRAL, "time_offer", DU, "Passt dir Freitag um 11 für die Abstimmung?"),
    Case(S.NEUTRAL, "time_offer", EN, "Would you be free Wednesday at 4 for a quick catch-up?"),
    # a plain either/or question is answered; where to send something is the client's question
    Case(S.NEUTRAL, "choice", SIE, "Hätten Sie die Porträts gern in Farbe oder in Schwarz-Weiß?"),
    Case(S.NEUTRAL, "choice", DU, "Magst du die Texte lieber als Word-Datei oder im Google Doc?"),
    Case(S.NEUTRAL, "choice", EN, "Should I loop in just you or your assistant too?"),
    Case(S.NEUTRAL, "choice", SIE, "An welche Adresse soll ich Ihnen die Fotos schicken?"),
    Case(S.NEUTRAL, "choice", DU, "An wen soll ich die Zugangsdaten weiterleiten?"),
    Case(S.NEUTRAL, "choice", EN, "Where should I send the passwords for the shop?"),
    # a capacity enquiry gets yes/no and a call
    Case(S.NEUTRAL, "capacity", SIE, "Hätten Sie ab Juni Kapazität für unsere Pressearbeit?"),
    Case(S.NEUTRAL, "capacity", DU, "Nimmst du gerade neue Kunden an? Wir bräuchten Hilfe."),
    Case(S.NEUTRAL, "capacity", EN, "Are you taking on new clients this spring? We run a café."),
    # a warm notice is thanked for
    Case(
        S.TERMINATION, "notice_warm", SIE,
        "Wir übernehmen den Blog ab Oktober selbst. Danke Ihnen für alles, es war toll.",
    ),
    Case(
        S.TERMINATION, "notice_warm", DU,
        "Ab nächstem Monat machen wir das intern. Danke dir für alles!",
    ),
    Case(
        S.TERMINATION, "notice_warm", EN,
        "We won't be renewing in March, budgets got cut. It's been great working together.",
    ),
    # a question the user can answer gets the answer (a blank)
    Case(S.NEUTRAL, "question", SIE, "Haben Sie die Druckfreigabe inzwischen bekommen?"),
    Case(S.NEUTRAL, "question", DU, "Hast du den Zugang zum Kalender jetzt?"),
    Case(S.NEUTRAL, "question", EN, "Did the new brand guidelines reach you okay?"),
    # a time the client names is confirmed (a blank)
    Case(S.NEUTRAL, "proposes_time", SIE, "Können wir das Gespräch auf Mittwoch 15 Uhr legen?"),
    Case(S.NEUTRAL, "proposes_time", DU, "Lass uns den Call auf Freitag 10 Uhr verschieben."),
    Case(S.NEUTRAL, "proposes_time", EN, "Could we shift our call to Monday at 11am?"),
    # a payment with a question answers the question
    Case(
        S.NEUTRAL, "paid_question", SIE,
        "Die Anzahlung ist gestern überwiesen worden. Können Sie nächste Woche beginnen?",
    ),
    Case(
        S.NEUTRAL, "paid_question", DU,
        "Hab die Rechnung eben bezahlt. Kannst du schon mit Kapitel zwei anfangen?",
    ),
    Case(
        S.NEUTRAL, "paid_question", EN,
        "Just sent the payment over. Can you start on the menu designs next week?",
    ),
]
SAYS_AT_ONCE = {
    "time_offer": r"\[(?:tag und uhrzeit|day and time)\]",
    "choice": r"\[(?:antwort|your answer)\]",
    "capacity": r"\[(?:ja|yes),",
    "notice_warm": r"worte|words",
    "question": r"\[(?:antwort|your answer)\]",
    "proposes_time": r"\[[^\]]*(?:passt|klappt|works|suits)[^\]]*\]",
    "paid_question": r"\[(?:antwort|your answer)\]",
}
# never "by tomorrow" for what the user can answer, no deposit presumed, no promise to send
NOT_AT_ONCE = r"bis morgen|by tomorrow|anzahlung|deposit"
NOT_PROMISED = r"bis morgen|by tomorrow|bekommen Sie gern von mir|you'll have it from me"
NEVER_AT_ONCE = {
    "time_offer": NOT_AT_ONCE,
    # the answer in a plain frame, never the stilted "to answer your question:"
    "choice": (NOT_AT_ONCE, NOT_PROMISED, r"zu beantworten|Antwort auf|answer your question"),
    "capacity": NOT_AT_ONCE,
    "notice_warm": NOT_AT_ONCE,
    "question": (NOT_PROMISED, r"zu beantworten|Antwort auf|answer your question|answer it"),
    "proposes_time": NOT_PROMISED,
    "paid_question": NOT_PROMISED,
}


@pytest.mark.parametrize("case", AT_ONCE, ids=lambda c: c.id)
def test_answers_the_user_can_give_at_once(case: Case) -> None:
    assert_answers(case, SAYS_AT_ONCE[case.kind], NEVER_AT_ONCE[case.kind])


def test_a_draft_with_a_blank_tells_the_user_to_fill_it() -> None:
    """A blank ("[your answer]") in the draft comes with a note in the user's language; a draft
    without one has no such note."""
    with_blank = coach_default("Do you want the files as PDF or PNG?", situation=S.NEUTRAL)
    assert "[" in with_blank.draft
    assert any("eckigen Klammern" in note for note in with_blank.notes)
    english_user = coach_default(
        "Do you want the files as PDF or PNG?", situation=S.NEUTRAL,
        profile=Profile(language=Language.EN),
    )
    assert any("square brackets" in note for note in english_user.notes)
    plain = coach_default("Danke, die Dateien sind angekommen.", situation=S.NEUTRAL)
    assert "[" not in plain.draft and not plain.notes


# --- the common moves of ordinary messages, answered as asked ----------------------------------

COMMON_MOVES = [
    # an appointment confirmed: confirmed back, no "kind words"
    (Case(S.NEUTRAL, "confirms_time", SIE, "In Ordnung, danke. Dann Mittwoch um 14 Uhr bei "
          "uns im Laden."), r"termin|notiert|kalender"),
    (Case(S.NEUTRAL, "confirms_time", DU, "Super, dann sehen wir uns Freitag um 9!"),
     r"termin|notiert|kalender"),
    (Case(S.NEUTRAL, "confirms_time", EN, "Okay, thanks. Speak Thursday."),
     r"calendar|note|settled|confirmed"),
    # a planned call moved, no new time named: new times asked for, no "a call is a good idea"
    (Case(S.NEUTRAL, "postpone", SIE, "Könnten wir unseren Termin verschieben?"),
     r"verschieben.*(?:zeiten|passt)"),
    (Case(S.NEUTRAL, "postpone_reason", DU, "Können wir das Meeting nach hinten schieben? "
          "Bei uns brennt gerade die Hütte."), r"alles gut|beruhigt"),
    (Case(S.NEUTRAL, "postpone_unwell", EN, "Could we push tomorrow's call to next week? "
          "I've come down with the flu."), r"get well"),
    # a link or a login to be found again: sent, not "answered by tomorrow"
    (Case(S.NEUTRAL, "file_request", SIE, "Wo war nochmal der Link zu den Bildern?"),
     r"schick|postfach|e-mail"),
    (Case(S.NEUTRAL, "file_request", DU, "Ich finde den Zugang zum Kundenportal nicht mehr."),
     r"schick|postfach|e-mail"),
    (Case(S.NEUTRAL, "file_request", EN, "Sorry, I can't find the link to the shared drive."),
     r"send|inbox|email"),
    # away, and a named stand-in approves meanwhile
    (Case(S.NEUTRAL, "away_approvals", SIE, "Ich bin nächste Woche im Urlaub, Freigaben "
          "erteilt in der Zeit Herr Brandt."), r"freigab"),
    (Case(S.NEUTRAL, "away_approvals", DU, "Bin ab Montag in Elternzeit, Entscheidungen "
          "trifft solange Mia."), r"freigab"),
    (Case(S.NEUTRAL, "away_approvals", EN, "I'm on leave from Friday, approvals go through "
          "Dana until I'm back."), r"approv"),
    # an option chosen: confirmed, what comes next
    (Case(S.NEUTRAL, "option_chosen", SIE, "Wir entscheiden uns für Variante C."),
     r"variante|wahl"),
    (Case(S.NEUTRAL, "option_chosen", DU, "Wir nehmen den zweiten Entwurf."),
     r"variante|wahl"),
    (Case(S.NEUTRAL, "option_chosen", EN, "We'll take option 2, thanks."), r"option|choice"),
    # a handover: thanks, and a word if anything is missing
    (Case(S.NEUTRAL, "handed_over", SIE, "Die Zugangsdaten zum Shop sind eben per Mail "
          "raus."), r"fehlt"),
    (Case(S.NEUTRAL, "handed_over", DU, "Hab dir die Rohdaten gerade in den Ordner "
          "hochgeladen."), r"fehlt"),
    (Case(S.NEUTRAL, "handed_over", EN, "I've just sent over the logins for the CMS."),
     r"missing"),
    # the user's own tax number or bank details asked for: a blank, not "by tomorrow"
    (Case(S.NEUTRAL, "details_tax", SIE, "Für unsere Buchhaltung bräuchte ich noch Ihre "
          "Steuernummer."), r"\[ust-idnr\. / steuernummer\]"),
    (Case(S.NEUTRAL, "details_bank", DU, "Schickst du mir bitte deine Bankverbindung?"),
     r"\[kontoinhaber, iban, bic\]"),
    (Case(S.NEUTRAL, "details_tax", EN, "Could you share your VAT number for our records?"),
     r"\[vat / tax number\]"),
    # the invoice lacks a detail: reissued with it
    (Case(S.NEUTRAL, "invoice_details", SIE, "Auf der Rechnung fehlt noch unsere "
          "Kostenstelle."), r"neu aus|ergänze"),
    (Case(S.NEUTRAL, "invoice_details", EN, "Could you add our company name to the invoice?"),
     r"reissue|issue it again"),
    # an ending with an instruction: work stops, what exists is sent, only the work done billed
    (Case(S.TERMINATION, "stop_and_send", SIE, "Wir ziehen das Projekt zurück. Schicken Sie "
          "uns bitte den bisherigen Stand."), r"rechnung|rechne"),
    (Case(S.TERMINATION, "stop_and_send", DU, "Wir lassen es. Schick mir bitte einfach alles, "
          "was du bisher hast."), r"rechnung|rechne"),
    (Case(S.TERMINATION, "stop_and_send", EN, "We're ending the project here. Please send us "
          "whatever you have so far."), r"invoice"),
    # a future end date: until then as agreed, no "nothing new"
    (Case(S.TERMINATION, "notice", SIE, "Wir übernehmen den Newsletter ab dem 1. selbst."),
     r"vereinbart|bis dahin|bis zum"),
]


@pytest.mark.parametrize(("case", "says"), COMMON_MOVES, ids=[c.id for c, _ in COMMON_MOVES])
def test_common_moves_are_answered_as_asked(case: Case, says: str) -> None:
    """The draft shown first and the short one, in every tone: clean, of the kind, saying what
    the move needs – never "by tomorrow" for an answer the user has, "kind words", "nothing new"
    or "a call is a good idea"."""
    never = (
        r"bis morgen bescheid|answer by tomorrow|kind words|freundlichen worte|nichts neues"
        r"|anything new|gute idee|good idea"
    )
    for short, coaching in shown_drafts(case.text, case.situation):
        assert coaching.detection.kind == case.kind
        assert_shown_clean(coaching, short)
        assert re.search(says, coaching.draft, re.I | re.S), coaching.draft
        assert not re.search(never, coaching.draft, re.I), coaching.draft


# a complaint read as termination that names no ending gets no "how would you like to go on"
@pytest.mark.parametrize("voice", [SIE, DU, EN])
def test_a_complaint_asks_no_way_forward(voice: str) -> None:
    text = {
        SIE: "Unprofessionell, ich muss Ihnen ständig hinterherlaufen.",
        DU: "Echt unprofessionell, ständig muss ich dir hinterherlaufen.",
        EN: "Honestly unprofessional, I keep having to chase you for everything.",
    }[voice]
    assert_answers(
        Case(S.TERMINATION, "complaint", voice, text),
        r"\[(?:was und bis wann|what and by when)\]",
        never=r"weitergehen|go from here|go on from here",
    )
