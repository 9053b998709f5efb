"""Incident kinds: a situation's kind is read from the message and changes what the draft says.

The client messages are our own. Each kind is tried in German "Sie", German "du" and English
through `bot.coach.coach`, in every tone, long and short: the draft must address that kind (an
absence draft talks about the absence, not about evening hours), and pass `review_draft`.
Messages of the default kind keep today's drafts; a revision loop without known revision rounds
never claims that rounds are used up; the playbook loader checks `[kind.…]` sections like the
rest; the JSON Lines output does not change.
"""

from __future__ import annotations

import ast
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from bot.coach import Language, Profile, Situation, Tone, incidents
from bot.coach.incidents import DEFAULT_KINDS, KINDS, incident_kind
from bot.coach.normalize import fold
from bot.coach.playbooks import (
    VOICES,
    PlaybookError,
    load_playbooks,
    placeholders_in,
)
from tests.coach.full_arc import coach, compose
from tests.coach.kind_cases import (
    DU,
    EN,
    PROFILE,
    SIE,
    VOICE_OF,
    Case,
    S,
    all_drafts,
    assert_clean,
)

from .conftest import append, edit

CASES = [
    # --- boundary_overstep: absence
    Case(
        S.BOUNDARY_OVERSTEP,
        "absence",
        SIE,
        "Urlaub? Davon wusste ich nichts, ich brauche Sie nächste Woche.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "absence",
        DU,
        "Du bist nächste Woche im Urlaub? Davon wusste ich nichts, ich brauche dich aber für "
        "den Launch.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "absence",
        EN,
        "You're on vacation next week? Nobody told me, I need you for the launch.",
    ),
    # --- boundary_overstep: exclusivity
    Case(
        S.BOUNDARY_OVERSTEP,
        "exclusivity",
        SIE,
        "Ich erwarte, dass Sie ausschließlich für uns arbeiten und jederzeit erreichbar sind.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "exclusivity",
        DU,
        "Ich erwarte, dass du nur für uns arbeitest und keine anderen Kunden annimmst.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "exclusivity",
        EN,
        "You must be reachable at all times, and we don't want you working for other clients.",
    ),
    # --- boundary_overstep: personal errands
    Case(
        S.BOUNDARY_OVERSTEP,
        "personal_errands",
        SIE,
        "Könnten Sie auf dem Heimweg noch meine Anzüge von der Reinigung abholen? Ich erwarte, "
        "dass Sie mir auch privat zur Hand gehen.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "personal_errands",
        DU,
        "Kannst du auf dem Rückweg noch meine Kinder von der Kita abholen? Du bist doch eh "
        "flexibel.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "personal_errands",
        EN,
        "Could you grab me a coffee and pick up my dry cleaning on your way in?",
    ),
    # --- payment_issue: contingent
    Case(
        S.PAYMENT_ISSUE,
        "contingent",
        SIE,
        "Wir bezahlen Sie, sobald der Shop läuft und die ersten Umsätze da sind.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "contingent",
        DU,
        "Ich zahl dich, wenn der Shop läuft. Vorher ist einfach kein Geld da.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "contingent",
        EN,
        "We'll pay your invoice once the investor money comes in.",
    ),
    # --- payment_issue: deduction (and refusal)
    Case(
        S.PAYMENT_ISSUE,
        "deduction",
        SIE,
        "Wir ziehen 20 % von Ihrer Rechnung ab, weil die Lieferung zu spät war.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "deduction",
        DU,
        "Die Rechnung kürze ich um 20 Prozent, weil du zu spät geliefert hast.",
    ),
    Case(
        S.PAYMENT_ISSUE, "deduction", EN, "We'll deduct 20% from your invoice because it was late."
    ),
    # --- payment_issue: unpaid work for exposure or a reference
    Case(
        S.PAYMENT_ISSUE,
        "exposure",
        SIE,
        "Könnten Sie die Broschüre kostenlos gestalten? Das wäre eine gute Referenz für Sie.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "exposure",
        DU,
        "Kannst du den Flyer umsonst machen? Das ist gute Werbung für dich.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "exposure",
        EN,
        "Could you design the flyer for free? It's great exposure for you.",
    ),
    # --- quality_criticism: vague
    Case(
        S.QUALITY_CRITICISM,
        "vague",
        SIE,
        "Das Ergebnis ist enttäuschend, das hatte ich mir von Ihnen anders vorgestellt.",
    ),
    Case(
        S.QUALITY_CRITICISM,
        "vague",
        DU,
        "Hm, ehrlich gesagt gefällt mir dein Entwurf so gar nicht. Irgendwie fehlt der Pep.",
    ),
    Case(S.QUALITY_CRITICISM, "vague", EN, "I don't like the design, it just doesn't feel right."),
    # --- price_pushback: before_quote
    Case(
        S.PRICE_PUSHBACK,
        "before_quote",
        SIE,
        "Was würde so ein Imagefilm bei Ihnen kosten? Ist eigentlich ganz einfach, sollte also "
        "nicht teuer werden.",
    ),
    Case(
        S.PRICE_PUSHBACK,
        "before_quote",
        DU,
        "Was kostet bei dir eine kleine Website? Ist ja nur eine Seite, sollte also nicht viel "
        "kosten, oder?",
    ),
    Case(
        S.PRICE_PUSHBACK,
        "before_quote",
        EN,
        "We need a simple logo. It's simple, so it shouldn't be expensive, right?",
    ),
    # --- unclear_request: new_brief
    Case(
        S.UNCLEAR_REQUEST,
        "new_brief",
        SIE,
        "Wir möchten eine neue Website, irgendwie modern, aber auch seriös. Was meinen Sie?",
    ),
    Case(
        S.UNCLEAR_REQUEST,
        "new_brief",
        DU,
        "Wir brauchen was für Instagram, vielleicht Videos, oder eher Texte? Was meinst du?",
    ),
    Case(
        S.UNCLEAR_REQUEST,
        "new_brief",
        EN,
        "We need something for our launch, not sure what exactly. Ideas?",
    ),
    # --- boundary_overstep: off_hours
    Case(
        S.BOUNDARY_OVERSTEP,
        "off_hours",
        SIE,
        "Ich habe Sie gestern um 22 Uhr dreimal angerufen. Ich erwarte, dass Sie abends "
        "erreichbar sind.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "off_hours",
        DU,
        "Warum antwortest du am Wochenende nicht? Ich hab dir Samstag fünfmal geschrieben.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "off_hours",
        EN,
        "Why didn't you answer my Saturday night messages? I pay you, so be available.",
    ),
    # --- delay_complaint: status
    Case(
        S.DELAY_COMPLAINT,
        "status",
        SIE,
        "Hallo Frau Roth, wie weit sind Sie mit dem Flyer? Gibt es schon einen Zwischenstand?",
    ),
    Case(S.DELAY_COMPLAINT, "status", DU, "Na, wie weit bist du mit dem Logo?"),
    Case(S.DELAY_COMPLAINT, "status", EN, "Hey, how far along is the landing page? Done yet?"),
    # --- delay_complaint: no_reply
    Case(
        S.DELAY_COMPLAINT,
        "no_reply",
        SIE,
        "Sie antworten einfach nicht auf meine E-Mails. Ich warte seit einer Woche auf Antwort "
        "zu meinen drei Fragen zum Layout.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "no_reply",
        DU,
        "Seit Dienstag keine Antwort von dir, dabei habe ich dir zweimal geschrieben.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "no_reply",
        EN,
        "Why haven't you replied to any of my emails this week? I asked about the fonts twice.",
    ),
]

DEFAULT_CASES = [
    Case(
        S.BOUNDARY_OVERSTEP,
        None,
        SIE,
        "Ich erwarte, dass Sie sofort antworten, wenn ich Ihnen schreibe.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        None,
        DU,
        "Warum gehst du nie gleich ans Handy? Du musst doch erreichbar sein.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        None,
        EN,
        "Why do you never pick up right away? I pay you, so be available.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        None,
        SIE,
        "Ihre Rechnung zahlen wir etwas später, aktuell ist es bei uns knapp.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        None,
        EN,
        "Your invoice will have to wait a little, things are hectic here.",
    ),
    # quality_criticism: the client names what is wrong
    Case(
        S.QUALITY_CRITICISM,
        None,
        SIE,
        "Die Fotos auf der Startseite sind unscharf und das Logo fehlt im Footer. Bitte "
        "korrigieren Sie das.",
    ),
    Case(
        S.QUALITY_CRITICISM,
        None,
        DU,
        "In deinem Newsletter fehlt das Impressum, und die Bilder sind unscharf.",
    ),
    Case(
        S.QUALITY_CRITICISM,
        None,
        EN,
        "The brochure is missing our address and the logo on page 2 is blurry.",
    ),
]

# What each kind's draft must say (checked in every tone, long and short) …
ADDRESSES = {
    "no_reply": r"Antwort|antworte|beantworte|Nachrichten|reply|answer|messages",
    "absence": r"Abwesenheit|freien Tage|Auszeit|Rückkehr|time off|days off|away|break",
    "exclusivity": r"Exklusivität|exklusive|mehrere[nm]? Kund|rund um die Uhr|exclusiv|"
    r"several clients|round-the-clock|on call",
    "personal_errands": r"Besorgung|Erledigung|außerhalb meines Auftrags|errand|"
    r"outside my assignment",
    "contingent": r"hängt nicht|unabhängig|nicht vereinbart|weder|doesn't depend|regardless|"
    r"isn't tied|not agreed|didn't agree",
    "deduction": r"Kürzung|Abzug|in voller Höhe|volle|vollständig|reduction|deduction|in full|"
    r"full amount|full invoiced",
    "exposure": r"Honorar|Bezahlung|bezahlt|Unentgeltlich|Kostenlos|fee|paid|unpaid|payment",
    "vague": r"\?|Beispiel|example|wichtigsten Punkte|most important points",
    "status": r"Stand|status",
    "off_hours": r"Arbeitszeit|working hours",
    "before_quote": r"Umfang|scope",
    "new_brief": r"Ziel|Umfang|Termin|bis wann|Beispiel|goal|scope|timeline|by when|example",
}
# … and what it must not say: the default kind's wording that misses the point.
MISSES = {
    "no_reply": r"Liefertermin|neuen Termin|Verzögerung|delivery date|new date|the delay",
    "absence": r"Abend|Wochenende|Werktag|evening|weekend|working day",
    "exclusivity": r"am Abend oder am Wochenende|evening and weekend",
    "personal_errands": r"Abend|Wochenende|Werktag|evening|weekend|working day",
    "contingent": r"untergehen|untergeht|slip",
    "deduction": r"untergehen|untergeht|slip",
    "exposure": r"offenen Betrag|open amount|überweis|transfer|untergehen|slip",
    "vague": r"korrigierte Fassung|corrected version|korrigiere, was|fix whatever|"
    r"correct whatever",
    "status": r"recht|länger|Verzögerung|neuen? (?:Liefer)?termin|right|longer|delay|new date|"
    r"sorry|leid",
    "before_quote": r"bleibe ich|keeping my price|Rabatt|discount|price stays|Preis bleibt|"
    r"Preis halte",
    "new_brief": r"Änderung|ändere|the change|change anything|Varianten|variants",
    "off_hours": r"wöchentlich|weekly",
}


def body_of(draft: str) -> str:
    """The draft without the greeting line and the sign-off block."""
    return "\n\n".join(draft.split("\n\n")[1:-1])


# --- recognition -------------------------------------------------------------------------------


class TestRecognition:
    @pytest.mark.parametrize("case", CASES + DEFAULT_CASES, ids=lambda c: c.id)
    def test_the_messages_are_read_as_their_situation_and_kind(self, case: Case) -> None:
        """Detection names the situation; the kind comes with it (None for the default)."""
        detection = coach(case.text, profile=PROFILE).detection
        assert detection.situation is case.situation
        assert detection.kind == case.kind
        assert (detection.language, detection.formality) == VOICE_OF[case.voice]

    @pytest.mark.parametrize(
        ("situation", "text", "kind"),
        [
            # spelled with umlauts, with ae/oe/ue, and without (typed on an English keyboard)
            (S.PAYMENT_ISSUE, "Ich zahl dich, wenn der Shop läuft.", "contingent"),
            (S.PAYMENT_ISSUE, "Ich zahl dich, wenn der Shop laeuft.", "contingent"),
            (S.PAYMENT_ISSUE, "Ich zahl dich, wenn der Shop lauft.", "contingent"),
            (S.PAYMENT_ISSUE, "Sobald die Förderung da ist, überweisen wir.", "contingent"),
            (S.PAYMENT_ISSUE, "Sobald die Foerderung da ist, ueberweisen wir.", "contingent"),
            (S.PAYMENT_ISSUE, "Payment after the next round of changes.", "contingent"),
            (S.PAYMENT_ISSUE, "We'll pay it when our client pays us.", "pay_when_paid"),
            (S.PAYMENT_ISSUE, "Wir bieten dir eine Umsatzbeteiligung statt Honorar.", "contingent"),
            (S.PAYMENT_ISSUE, "Das Honorar kürzen wir um 30 Prozent.", "deduction"),
            (S.PAYMENT_ISSUE, "Das Honorar kuerzen wir um 30 Prozent.", "deduction"),
            (S.PAYMENT_ISSUE, "We won't pay this invoice.", "refusal"),
            (S.PAYMENT_ISSUE, "We want a refund.", "refund"),
            (S.PAYMENT_ISSUE, "I'm taking 15% off the invoice for the delay.", "deduction"),
            (S.PAYMENT_ISSUE, "We'll pay once the app is making money.", "contingent"),
            (S.PAYMENT_ISSUE, "You'll get paid when the studio breaks even.", "contingent"),
            (S.PAYMENT_ISSUE, "Machst du das kostenlos? Ist gute Werbung für dich.", "exposure"),
            (S.PAYMENT_ISSUE, "It's unpaid, but think of the exposure!", "exposure"),
            (S.PAYMENT_ISSUE, "Damit machst du super Werbung für dich.", "exposure"),
            (S.PAYMENT_ISSUE, "Die Fotos gibt es bei anderen zum Nulltarif.", "unpaid_work"),
            (S.PAYMENT_ISSUE, "Warum sollte ich für so einen Text bezahlen?", "refusal"),
            (S.PAYMENT_ISSUE, "Why should we pay for a logo we never use?", "unused"),
            (S.PAYMENT_ISSUE, "Keine Sorge, wir überweisen das heute noch.", "already_paid"),
            (S.PAYMENT_ISSUE, "Don't worry, we'll pay you today.", "already_paid"),
            (S.PAYMENT_ISSUE, "Wir haben leider kein Budget dafür.", "unpaid_work"),
            (S.PAYMENT_ISSUE, "We have no budget for this one.", "unpaid_work"),
            (S.PAYMENT_ISSUE, "Problem with this invoice: we agreed to $600.", "disputed_item"),
            (S.PAYMENT_ISSUE, "Vereinbart waren 800 Euro, nicht 950.", "disputed_item"),
            (S.BOUNDARY_OVERSTEP, "Schon wieder Ferien? Ich brauche Sie!", "absence"),
            (S.BOUNDARY_OVERSTEP, "Why are you out of office all week?", "absence"),
            (S.BOUNDARY_OVERSTEP, "Du musst 24/7 erreichbar sein.", "reachable"),
            (S.BOUNDARY_OVERSTEP, "Sie müssen immer ereichbar sein.", "reachable"),
            (S.BOUNDARY_OVERSTEP, "Arbeiten Sie etwa auch für die Konkurrenz?", "exclusivity"),
            (S.BOUNDARY_OVERSTEP, "Can you walk my dog this afternoon?", "personal_errands"),
            (S.BOUNDARY_OVERSTEP, "Hol mir bitte noch Kaffe.", "personal_errands"),
            (S.DELAY_COMPLAINT, "Wie ist der Stand bei den Texten?", "status"),
            (S.UNCLEAR_REQUEST, "Wir planen einen neuen Auftritt, Ideen?", "new_brief"),
            (S.UNCLEAR_REQUEST, "We'd like a new logo, something fresh but classic.", "new_brief"),
            (S.UNCLEAR_REQUEST, "Mach das Logo größer, aber nicht größer wirken.", None),
            (S.UNCLEAR_REQUEST, "Can you make it pop more but keep it as it is?", "tension"),
            (S.DELAY_COMPLAINT, "Und wann, meinen Sie, ist die Broschüre fertig?", "status"),
            (S.DELAY_COMPLAINT, "When will the video be ready?", "when_done"),
            (S.DELAY_COMPLAINT, "Kann man schon was sehen?", "status"),
            (S.DELAY_COMPLAINT, "Ich will schon was sehen, die Frist ist längst vorbei!", None),
            (S.PRICE_PUSHBACK, "Was kostet das? Ist ja ganz einfach.", "before_quote"),
            (S.PRICE_PUSHBACK, "How much would it cost? Should be cheap.", "before_quote"),
            (S.PRICE_PUSHBACK, "Over 300 for one logo? I was thinking more like 150.", None),
            (
                S.NEUTRAL,
                "Anbei der Text (ca. 4.000 Wörter). Können Sie mir bitte ein Angebot erstellen.",
                "enquiry",
            ),
            (S.NEUTRAL, "Attached is the brochure, could you send me a quote.", "enquiry"),
            (S.NEUTRAL, "I'm looking for a quote to film our company event.", "enquiry"),
            (S.NEUTRAL, "I need you to design tickets for our gala.", "enquiry"),
            (S.NEUTRAL, "Hast du mal Zeit, unsere Hochzeit zu fotografieren?", "event_booking"),
            (S.NEUTRAL, "Thanks so much, love it!", "thanks"),
            (S.NEUTRAL, "Would love it ASAP please", "request"),
            (S.QUALITY_CRITICISM, "Honestly, I am disappointed with the result.", "vague"),
            (S.UNCLEAR_REQUEST, "Kein Briefing, lassen Sie der Idee freien Lauf.", "new_brief"),
            (S.UNCLEAR_REQUEST, "Just do what you think is best.", "new_brief"),
            (S.UNCLEAR_REQUEST, "Nice, but could you make it smaller?", "concrete_change"),
            (S.UNCLEAR_REQUEST, "Is there something you could add to the footer?", "wants_ideas"),
            (S.NEUTRAL, "The flyers still need to be printed.", "task"),
            (
                S.NEUTRAL,
                "A colleague said I should reach out to you for the translation of the attached "
                "contract.",
                "enquiry",
            ),
            # the client will send something: no file request, nothing received yet
            (S.NEUTRAL, "Ich schicke dir morgen die Fotos.", "sends_later"),
            (S.NEUTRAL, "I'll send the files tomorrow.", "sends_later"),
            (S.NEUTRAL, "Kannst du mir die Fotos schicken?", "file_request"),
            (S.NEUTRAL, "Could you send me the final files?", "file_request"),
            (S.NEUTRAL, "Could you give me an update on the progress of the site?", "status"),
            (S.NEUTRAL, "Hallo Frau Roth, wie ist denn der Stand beim Flyer?", "status"),
            (S.DELAY_COMPLAINT, "Any news on the video? How's it going?", "status"),
            (S.DELAY_COMPLAINT, "Any update? It's been three weeks!", None),
            (S.DELAY_COMPLAINT, "Ich warte immer noch, wie ist der Stand?", None),
            (S.QUALITY_CRITICISM, "Im Text sind drei Rechtschreibfehler.", "errors"),
            (S.QUALITY_CRITICISM, "Auf Seite 4 ist das Bild verpixelt.", None),
            (S.QUALITY_CRITICISM, "The download button doesn't work.", "not_working"),
            (S.QUALITY_CRITICISM, "Changes:\n- logo bigger\n- other font", None),
            # the default kind (a later date named is pay_later)
            (S.PAYMENT_ISSUE, "Die Rechnung RE-2031 zahlen wir erst nächsten Monat.", "pay_later"),
            (S.PAYMENT_ISSUE, "Ich überweise dir erstmal nur 300 Euro, der Rest kommt.", None),
            (S.BOUNDARY_OVERSTEP, "Get me the report by lunch, even on Sunday.", "off_hours"),
            (S.BOUNDARY_OVERSTEP, "Warum sind Sie freitags nie erreichbar?", None),
            (S.QUALITY_CRITICISM, "Da fehlt mir irgendwie der Pep.", "vague"),
            (S.QUALITY_CRITICISM, "Something is missing, it just doesn't feel right.", "vague"),
            (S.QUALITY_CRITICISM, "This doesn't work for me at all.", "vague"),
            (S.QUALITY_CRITICISM, "Ich hatte vergessen zu sagen: gefällt mir nicht.", "vague"),
        ],
    )
    def test_kind_of_a_folded_message(self, situation, text, kind) -> None:
        assert incident_kind(situation, fold(text)) == kind

    def test_only_the_given_situation_is_looked_at(self) -> None:
        """The same words mean nothing for a situation whose kinds they do not fit."""
        text = fold("Urlaub? Ich zahl dich, wenn der Shop läuft. Gefällt mir nicht.")
        assert incident_kind(S.SCOPE_CREEP, text) is None
        assert incident_kind(S.TERMINATION, text) is None
        assert incident_kind(S.BOUNDARY_OVERSTEP, text) == "absence"
        assert incident_kind(S.PAYMENT_ISSUE, text) == "contingent"
        assert incident_kind(S.QUALITY_CRITICISM, text) == "vague"

    def test_stems_never_hide_a_match(self) -> None:
        """Each shape is tried only when one of its stems occurs; that must never skip a match."""
        texts = [fold(c.text) for c in CASES + DEFAULT_CASES]
        for recogniser in incidents._RECOGNISERS.values():
            for _, shape in recogniser._shapes:
                for text in texts:
                    if shape.pattern.search(text):
                        assert any(stem in text for stem in shape.stems), (shape.stems, text)

    def test_the_scan_finds_every_stem(self) -> None:
        """The one scan over all stems of a situation (a trie) finds each stem as a whole."""
        for recogniser in incidents._RECOGNISERS.values():
            recogniser.kind("")  # the scan is compiled on first use
            for _, shape in recogniser._shapes:
                for stem in shape.stems:
                    match = recogniser._scan.match(stem)
                    assert match is not None and match.group() == stem, stem

    def test_every_shape_is_written_for_folded_text(self) -> None:
        """Shapes match the folded text, which has no „ä/ö/ü/ß“: a condition passed to `unless`
        or `requiring` without `translated` would never see „müssen“ or „für“."""
        for situation, recogniser in incidents._RECOGNISERS.items():
            for name, shape in recogniser._shapes:
                assert not re.search("[äöüß]", shape._source), (situation.value, name)

    def test_kinds_and_defaults_are_declared_together(self) -> None:
        assert set(KINDS) == set(DEFAULT_KINDS)
        for situation, kinds in KINDS.items():
            assert DEFAULT_KINDS[situation] not in kinds


# --- drafts ------------------------------------------------------------------------------------


class TestKindDrafts:
    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_draft_addresses_the_kind_and_passes_review(self, case: Case) -> None:
        for tone, short, coaching in all_drafts(case.text, situation=case.situation):
            assert coaching.detection.kind == case.kind
            assert_clean(coaching, short)
            assert re.search(ADDRESSES[case.kind], coaching.draft, re.I), (tone, short, coaching)
            assert not re.search(MISSES[case.kind], coaching.draft, re.I), (tone, short, coaching)

    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_draft_differs_from_the_default_kind(self, case: Case) -> None:
        detection = coach(case.text, profile=PROFILE).detection
        for tone in Tone:
            with_kind = compose(detection, case.text, profile=PROFILE, tone=tone).draft
            default = compose(
                replace(detection, kind=None), case.text, profile=PROFILE, tone=tone
            ).draft
            assert with_kind != default

    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_reminder_is_about_the_kind(self, case: Case) -> None:
        for language in Language:
            profile = Profile(language=language)
            detection = coach(case.text, profile=profile).detection
            with_kind = compose(detection, case.text, profile=profile, tone=Tone.NEUTRAL)
            default = compose(
                replace(detection, kind=None), case.text, profile=profile, tone=Tone.NEUTRAL
            )
            assert with_kind.boundary != default.boundary

    @pytest.mark.parametrize("voice", [SIE, DU, EN])
    def test_contingent_payment_is_declined_and_the_terms_restated(self, voice: str) -> None:
        """Payment is not made to depend on the shop's success; the agreed terms stand."""
        case = next(c for c in CASES if c.kind == "contingent" and c.voice == voice)
        terms = r"vereinbart|Vereinbarung|agreed|agreement"
        for _, _, coaching in all_drafts(case.text, Profile(payment_terms_days=14), case.situation):
            assert re.search(terms, coaching.draft, re.I), coaching.draft
            assert re.search(ADDRESSES["contingent"], coaching.draft, re.I), coaching.draft

    @pytest.mark.parametrize("voice", [SIE, DU, EN])
    def test_named_defects_get_the_fix_not_a_question(self, voice: str) -> None:
        """The client names what is wrong (the default kind): the draft says it is looked at and
        by tomorrow how it is solved and by when (no rework promised before checking); it asks no
        question."""
        case = next(
            c for c in DEFAULT_CASES if c.situation is S.QUALITY_CRITICISM and c.voice == voice
        )
        for tone, short, coaching in all_drafts(case.text, situation=case.situation):
            assert "?" not in body_of(coaching.draft), (tone, short, coaching.draft)
            assert re.search(r"morgen|tomorrow", coaching.draft, re.I), (
                tone, short, coaching.draft
            )
            assert re.search(r"beheben|korrigieren|fix|correct", coaching.draft), (
                tone, short, coaching.draft
            )

    def test_deduction_amount_is_not_quoted_as_the_invoice(self) -> None:
        """In "we'll knock $200 off" the amount is the cut, not what the invoice says."""
        coaching = coach("We'll knock $200 off your fee because you were late.")
        assert coaching.detection.kind == "deduction"
        assert "$200" not in coaching.draft

    def test_absence_draft_never_mentions_working_hours(self) -> None:
        case = next(c for c in CASES if c.kind == "absence" and c.voice == SIE)
        profile = Profile(name="Jana Roth", working_hours="Mo–Fr 9–17 Uhr")
        for tone, short, coaching in all_drafts(case.text, profile, case.situation):
            assert "9–17" not in coaching.draft, (tone, short)


class TestDefaultKind:
    @pytest.mark.parametrize("case", DEFAULT_CASES, ids=lambda c: c.id)
    def test_default_messages_keep_the_situations_own_phrases(self, case: Case) -> None:
        """No kind: the playbook is the situation's own, so the drafts are today's drafts."""
        books = load_playbooks()
        book = books[case.situation]
        assert book.for_kind(None) is book
        for tone, short, coaching in all_drafts(case.text, situation=case.situation):
            assert coaching.detection.kind is None
            assert_clean(coaching, short)
            kinded = compose(
                replace(coaching.detection, kind="no such kind"),
                case.text,
                profile=PROFILE,
                tone=tone,
                short=short,
            )
            assert kinded.draft == coaching.draft

    def test_default_boundary_overstep_still_talks_about_working_hours(self) -> None:
        for case in DEFAULT_CASES:
            if case.situation is S.BOUNDARY_OVERSTEP:
                draft = coach(case.text, profile=PROFILE).draft
                assert re.search(r"Arbeitszeit|Arbeits- und|Werktag|working|weekend", draft)

    def test_vague_quality_criticism_asks_what_should_change(self) -> None:
        for case in CASES:
            if case.situation is S.QUALITY_CRITICISM:
                draft = coach(case.text, profile=PROFILE).draft
                assert re.search(r"\?|Beispiel|example", body_of(draft)), draft

    def test_a_situation_without_kinds_has_no_kind(self) -> None:
        detection = coach("Können Sie bis Freitag noch den Flyer dazu machen?").detection
        assert detection.situation is S.SCOPE_CREEP
        assert detection.kind is None


# --- revision rounds the profile does not know -----------------------------------------------

USED_UP = re.compile(
    r"ausgeschöpft|aufgebraucht|verbraucht|(?:Runden|runden) (?:\w+ )?(?:sind|haben wir) "
    r"(?:damit |nun |jetzt )?(?:abgeschlossen|umgesetzt|genutzt|erledigt)|haben wir genutzt|"
    r"used up|rounds? (?:are|is|have been) (?:now )?(?:done|complete|used|over)|have used|"
    r"\b(?:eine|zwei|drei|vier|keine|\d+) Korrekturrunden?\b|"
    r"\b(?:one|two|three|four|no|\d+) revision rounds?\b",
)
CONSOLIDATED = re.compile(
    r"einer Runde|gebündelt|gesammelt|einem Durchgang|abschließenden Runde|gemeinsamen Runde|"
    r"letzte Runde|eine Liste|one round|consolidated|together|one pass|single round|final round|"
    r"one list",
    re.I,
)
TAKEN_ON = re.compile(
    r"\bsetze\b|übernehme ich|baue ich|happy to|work (?:that|them) in|take care of|"
    r"make that change",
    re.I,
)
SEPARATELY = re.compile(
    r"gesondert|Angebot|Erweiterung|Aufwand|separately|quote|extension|paid|effort", re.I
)
REVISION_MESSAGES = [
    "Können wir noch eine Runde Änderungen am Flyer machen? Der Chef hat wieder Anmerkungen.",
    "Könnten Sie die Einleitung noch einmal überarbeiten? Der Vorstand hat wieder Anmerkungen.",
    "Noch eine kleine Runde am Menü bitte, dann ist es wirklich final, versprochen!",
    "Kannst du die Farben nochmal ändern? Und die Schrift auch noch mal, bitte.",
    "Sorry, one more round on the brochure? The CEO saw it and has a few notes again.",
    "Could we do another round of tweaks on the slides? Just a few more changes.",
]


class TestRevisionRoundsUnknown:
    @pytest.mark.parametrize("text", REVISION_MESSAGES)
    def test_no_number_and_no_used_up_rounds(self, text: str) -> None:
        """Without revision rounds in the profile the draft says further rounds are agreed
        separately and never claims the rounds are used up; another round on top of earlier ones
        (`repeated`) offers one consolidated round, one change asked for (the default kind) is
        taken on."""
        assert coach(text).situation is S.REVISION_LOOP
        for n in range(8):  # the phrases are chosen by the text: vary it for more choices
            variant = f"{text} ({n})" if n else text
            for tone, short, coaching in all_drafts(variant, Profile(revision_rounds=None)):
                draft = coaching.draft
                assert not USED_UP.search(draft), (tone, short, draft)
                if coaching.detection.kind is None:
                    assert TAKEN_ON.search(draft), (tone, short, draft)
                else:
                    assert CONSOLIDATED.search(draft), (tone, short, draft)
                assert SEPARATELY.search(draft), (tone, short, draft)
                assert_clean(coaching, short)

    def test_known_rounds_are_still_named(self) -> None:
        for text in REVISION_MESSAGES:
            draft = coach(text, profile=Profile(revision_rounds=2)).draft
            assert re.search(r"zwei Korrekturrunden|two revision rounds", draft), draft

    def test_plain_revision_phrases_never_claim_used_up_rounds(self) -> None:
        """The phrases used without known rounds (no placeholder) make no such claim."""
        book = load_playbooks()[S.REVISION_LOOP]
        for bank in book.banks.values():
            for stage, phrases in bank.items():
                for phrase in phrases:
                    if not placeholders_in(phrase):
                        assert not USED_UP.search(phrase), (stage, phrase)


# --- the JSON contract -----------------------------------------------------------------------


def test_json_output_does_not_carry_the_kind() -> None:
    """DESIGN.md's JSON Lines contract is unchanged: the kind is internal."""
    from bot.cli.coach import run_json_stream

    lines = "".join(json.dumps({"id": i, "text": c.text}) + "\n" for i, c in enumerate(CASES))
    out = io.StringIO()
    run_json_stream(io.StringIO(lines), out, profile=Profile())
    objects = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(objects) == len(CASES)
    for obj in objects:
        assert "kind" not in obj
        assert not any("kind" in key for key in obj)


# --- the playbooks ---------------------------------------------------------------------------


class TestShippedKinds:
    def test_no_shape_name_is_defined_twice(self) -> None:
        """A second module-level `_NAME = …` would silently replace the first for every recogniser
        built after it (two kinds once shared `_URGENT_QUESTION` that way). The same holds across
        the package's modules: two shapes of one name would leave it to an import which one a
        kind gets. So every module-level name is defined once in the whole package."""
        paths = sorted(Path(incidents.__file__).parent.glob("*.py"))
        assert {p.stem for p in paths} >= {"__init__", "shape", "common", "money", "ordinary"}
        defined: dict[str, list[str]] = {}
        for path in paths:
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.Assign):
                    targets = node.targets
                elif isinstance(node, ast.AnnAssign):
                    targets = [node.target]
                elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                    defined.setdefault(node.name, []).append(path.stem)
                    continue
                else:
                    continue
                for target in targets:
                    if isinstance(target, ast.Name):
                        defined.setdefault(target.id, []).append(path.stem)
        assert {name: where for name, where in defined.items() if len(where) > 1} == {}

    def test_every_kind_has_a_section_for_every_voice(self) -> None:
        books = load_playbooks()
        for situation, kinds in KINDS.items():
            book = books[situation]
            assert set(book.kinds) == set(kinds), situation
            for kind in kinds:
                for voice in VOICES:
                    for tone in Tone:
                        assert (
                            book.for_kind(kind).banks[(voice, tone)] != book.banks[(voice, tone)]
                        ), (situation, kind, voice, tone)

    def test_rewritten_main_stages_offer_several_alternatives(self) -> None:
        books = load_playbooks()
        for situation, kinds in KINDS.items():
            book = books[situation]
            for kind in kinds:
                kind_book = book.for_kind(kind)
                for voice in VOICES:
                    for stage in ("acknowledge", "validate", "clarify", "boundary", "next_step"):
                        phrases = kind_book.phrases(voice, Tone.NEUTRAL, stage, None)
                        if phrases == book.phrases(voice, Tone.NEUTRAL, stage, None):
                            continue
                        plain = [p for p in phrases if not placeholders_in(p)]
                        assert len(plain) >= 3, (situation, kind, voice, stage)

    def test_kinds_have_their_own_reminder_in_both_languages(self) -> None:
        books = load_playbooks()
        for situation, kinds in KINDS.items():
            book = books[situation]
            for kind in kinds:
                for language in Language:
                    own = book.for_kind(kind).reminder(language, tight=False)
                    assert own != book.reminder(language, tight=False), (situation, kind)


def load_error(directory: Path) -> str:
    with pytest.raises(PlaybookError) as info:
        load_playbooks(directory)
    return str(info.value)


class TestBrokenKinds:
    def test_unknown_kind_names_the_known_ones(self, playbook_dir: Path) -> None:
        edit(
            playbook_dir,
            "boundary_overstep.toml",
            "[kind.absence.reminder]",
            "[kind.holiday.reminder]",
        )
        assert load_error(playbook_dir) == (
            "boundary_overstep.toml: kind.holiday: unknown kind "
            "(known: personal_errands, staff, absence_past, absence, exclusivity, reachable, "
            "set_hours, weekend, worried, channel, off_hours, no_reply_emergency, no_reply, watch, "
            "status, instant_demand)"
        )

    def test_default_kind_has_no_section(self, playbook_dir: Path) -> None:
        append(playbook_dir, "payment_issue.toml", '[kind.overdue.reminder]\nde = "x"\nen = "y"\n')
        message = load_error(playbook_dir)
        assert message.startswith("payment_issue.toml: kind.overdue: is the default kind")

    def test_unknown_placeholder_in_a_kind(self, playbook_dir: Path) -> None:
        edit(
            playbook_dir,
            "payment_issue.toml",
            '"The invoice for {amount} is due as agreed, regardless of what happens next.",',
            '"The invoice for {amout} is due as agreed, regardless of what happens next.",',
        )
        message = load_error(playbook_dir)
        assert message.startswith("payment_issue.toml: kind.contingent.en.neutral.boundary[5]: ")
        assert "unknown placeholder {amout}" in message

    def test_wrong_register_in_a_kind(self, playbook_dir: Path) -> None:
        edit(
            playbook_dir,
            "boundary_overstep.toml",
            '"Ich verstehe, dass Sie das überrascht, gerade wenn bei Ihnen viel ansteht.",',
            '"Ich verstehe, dass dich das überrascht, gerade wenn bei Ihnen viel ansteht.",',
        )
        message = load_error(playbook_dir)
        assert message.startswith("boundary_overstep.toml: kind.absence.de.sie.neutral.validate[1]")
        assert "Sie text" in message

    def test_over_promise_in_a_kind(self, playbook_dir: Path) -> None:
        edit(
            playbook_dir,
            "quality_criticism.toml",
            '"Damit ich gezielt nachbessern kann: Was genau stört Sie am meisten, und was gefällt '
            'Ihnen schon?",',
            '"Damit ich gezielt nachbessern kann: Ich korrigiere alles sofort.",',
        )
        message = load_error(playbook_dir)
        assert message.startswith("quality_criticism.toml: kind.vague.de.sie.neutral.clarify[1]")
        assert "over-promises" in message

    def test_stage_rewritten_in_one_voice_only(self, playbook_dir: Path) -> None:
        """A kind that rewrites a stage for English only would leave German on the default."""
        edit(
            playbook_dir,
            "quality_criticism.toml",
            "[kind.vague.en.neutral]\n",
            '[kind.vague.en.neutral]\nsummary = ["I will send a short note."]\n',
        )
        assert load_error(playbook_dir) == (
            "quality_criticism.toml: kind.vague.de.sie.neutral.summary: missing (the kind "
            "rewrites it in another voice; write it for de.sie, de.du and en)"
        )

    def test_stage_missing_in_a_voice(self, playbook_dir: Path) -> None:
        edit(
            playbook_dir,
            "payment_issue.toml",
            "[kind.unpaid_work.de.du.neutral]\nacknowledge = [",
            "[kind.unpaid_work.de.du.neutral]\nacknowledge_removed = [",
        )
        message = load_error(playbook_dir)
        assert "kind.unpaid_work.de.du.neutral.acknowledge_removed: unknown stage" in message
        edit(playbook_dir, "payment_issue.toml", "acknowledge_removed = [", "summary = [")
        message = load_error(playbook_dir)
        assert message.startswith(
            "payment_issue.toml: kind.unpaid_work.de.sie.neutral.summary: "
            "missing (the kind rewrites it in another voice"
        )

    def test_blend_is_refused_in_a_kind(self, playbook_dir: Path) -> None:
        edit(
            playbook_dir,
            "boundary_overstep.toml",
            "[kind.absence.en.firm]\n",
            '[kind.absence.en.firm]\nblend = ["I am away."]\n',
        )
        message = load_error(playbook_dir)
        assert message.startswith("boundary_overstep.toml: kind.absence.en.firm.blend: not used")

    def test_tone_only_stage_is_refused(self, playbook_dir: Path) -> None:
        edit(
            playbook_dir,
            "payment_issue.toml",
            "[kind.deduction.en.warm]\n",
            '[kind.deduction.en.warm]\nacknowledge = ["Thanks for your note."]\n',
        )
        message = load_error(playbook_dir)
        assert message == (
            "payment_issue.toml: kind.deduction.en.warm.acknowledge: only in warm: write it in "
            "kind.deduction.en.neutral too"
        )

    def test_unknown_key_in_a_kind(self, playbook_dir: Path) -> None:
        edit(
            playbook_dir,
            "boundary_overstep.toml",
            "[kind.absence.reminder]",
            "[kind.absence.reminders]",
        )
        message = load_error(playbook_dir)
        assert message.startswith("boundary_overstep.toml: kind.absence.reminders: unknown key")

    def test_unknown_reminder_language_in_a_kind(self, playbook_dir: Path) -> None:
        edit(
            playbook_dir,
            "quality_criticism.toml",
            "[kind.vague.reminder]\n",
            '[kind.vague.reminder]\nfr = "Merci."\n',
        )
        message = load_error(playbook_dir)
        assert message.startswith("quality_criticism.toml: kind.vague.reminder.fr: unknown key")

    def test_unknown_stage_in_a_kind_arc(self, playbook_dir: Path) -> None:
        edit(
            playbook_dir,
            "boundary_overstep.toml",
            'long_neutral = ["acknowledge validate blend", "clarify boundary", "next_step"]\n'
            "long_firm",
            'long_neutral = ["acknowledge validate blend", "clarify boundary", "nextstep"]\n'
            "long_firm",
        )
        message = load_error(playbook_dir)
        assert message.startswith(
            "boundary_overstep.toml: kind.personal_errands.arc.long_neutral[3]: unknown stage"
        )

    def test_kind_stage_needs_a_plain_phrase(self, playbook_dir: Path) -> None:
        edit(
            playbook_dir,
            "payment_issue.toml",
            "[kind.deduction.en.firm]\n",
            '[kind.deduction.en.firm]\nshort = ["About invoice {invoice}."]\n',
        )
        message = load_error(playbook_dir)
        assert message.startswith(
            "payment_issue.toml: kind.deduction.en.firm.short: "
            "needs at least one phrase without placeholders"
        )

    def test_kind_stage_replaces_the_capacity_variants(self, playbook_dir: Path) -> None:
        """A kind's boundary wins over the default boundary_tight when you are full."""
        edit(
            playbook_dir,
            "boundary_overstep.toml",
            "[de.sie.neutral]\n",
            '[de.sie.neutral]\nboundary_tight = ["Gerade bin ich voll ausgelastet."]\n',
        )
        book = load_playbooks(playbook_dir)[S.BOUNDARY_OVERSTEP]
        assert book.phrases(SIE, Tone.NEUTRAL, "boundary", "tight") == (
            "Gerade bin ich voll ausgelastet.",
        )
        absence = book.for_kind("absence")
        assert absence.phrases(SIE, Tone.NEUTRAL, "boundary", "tight") == absence.phrases(
            SIE, Tone.NEUTRAL, "boundary", None
        )
        assert "Abwesenheit" in " ".join(absence.phrases(SIE, Tone.NEUTRAL, "boundary", "tight"))


class TestSignOffThanksIsNoPraise:
    """"Thanks, Priya" at the end of a one-line paste signs off a request; it thanks for nothing,
    so the ordinary-message draft must not answer it as praise."""

    @pytest.mark.parametrize(
        "text",
        [
            "The report has 12 pages but we asked for 8. Please shorten it. Thanks, Priya",
            "Bitte schick mir die Zugangsdaten noch mal. Danke, Kevin",
        ],
    )
    def test_sign_off_thanks_is_not_the_thanks_kind(self, text: str) -> None:
        assert incidents.incident_kind(Situation.NEUTRAL, fold(text)) != "thanks"

    def test_real_thanks_still_is(self) -> None:
        text = "Thanks, the slides look great!"
        assert incidents.incident_kind(Situation.NEUTRAL, fold(text)) == "thanks"


def test_a_quick_check_is_no_deduction() -> None:
    """"bitte kurz prüfen" after a payment is not "kürzen": the client paid, nothing was cut."""
    text = fold("Die Rechnung haben wir gestern überwiesen, bitte kurz prüfen.")
    assert incidents.incident_kind(Situation.PAYMENT_ISSUE, text) != "deduction"
    cut = fold("Wir haben Ihre Rechnung um 20 Prozent gekürzt.")
    assert incidents.incident_kind(Situation.PAYMENT_ISSUE, cut) == "deduction"


# --- kinds whose situation is given (the drafts under test, not detection) ----------------------

# Our own messages for kinds read inside a situation the user picked or the model named; each in
# German Sie, German du and English. What the draft must say, and what it must not.
GIVEN = [
    Case(S.PAYMENT_ISSUE, "declined", SIE, "Ach so, dann hat sich das erledigt, danke Ihnen."),
    Case(S.PAYMENT_ISSUE, "declined", DU, "Na gut, dann machen wir das selbst. Danke dir."),
    Case(S.PAYMENT_ISSUE, "declined", EN, "Never mind then, we'll do it ourselves."),
    Case(S.PRICE_PUSHBACK, "declined", SIE, "So teuer? Dann hat sich das erledigt, danke Ihnen."),
    Case(S.PRICE_PUSHBACK, "declined", DU, "Zu teuer für dich? Dann eben nicht."),
    Case(S.PRICE_PUSHBACK, "declined", EN, "That much? Forget it, we'll look elsewhere."),
    Case(S.PAYMENT_ISSUE, "free_sample", SIE, "Schreiben Sie uns vorab einen Probetext?"),
    Case(S.PAYMENT_ISSUE, "free_sample", DU, "Machst du erst mal eine Testaufgabe für uns?"),
    Case(S.PAYMENT_ISSUE, "free_sample", EN, "Could you do a free sample edit of the first page?"),
    Case(S.HARSH_TONE, "legal_threat", SIE, "Das gebe ich jetzt meinem Anwalt, das sag ich Ihnen."),
    Case(S.HARSH_TONE, "legal_threat", DU, "Wenn das nicht passt, siehst du mich vor Gericht."),
    Case(S.HARSH_TONE, "legal_threat", EN, "You'll be hearing from my lawyer."),
    Case(S.REVISION_LOOP, "accepts", SIE, "Wissen Sie was, lassen wir es so."),
    Case(S.REVISION_LOOP, "accepts", DU, "Ach, passt so, lass es einfach."),
    Case(S.REVISION_LOOP, "accepts", EN, "Actually, let's leave it as it is."),
    Case(S.UNCLEAR_REQUEST, "concrete_change", SIE, "Können Sie den Titel größer machen?"),
    Case(S.UNCLEAR_REQUEST, "concrete_change", DU, "Kannst du den Button mal rot machen?"),
    Case(S.UNCLEAR_REQUEST, "concrete_change", EN, "Could we make the header a bit darker?"),
    Case(S.UNCLEAR_REQUEST, "wants_ideas", SIE, "Haben Sie ein paar Ideen für die leere Seite?"),
    Case(S.UNCLEAR_REQUEST, "wants_ideas", DU, "Mach mal was Schönes für die Einladung."),
    Case(S.UNCLEAR_REQUEST, "wants_ideas", EN, "Can you cook something up for the banner?"),
    Case(S.NEUTRAL, "task", SIE, "Bitte tragen Sie die neue Adresse im Impressum ein."),
    Case(S.NEUTRAL, "task", DU, "Trag bitte noch die neue Nummer ein, danke dir."),
    Case(S.NEUTRAL, "task", EN, "Please update the opening hours on the contact page."),
]
GIVEN_SAYS = {
    "declined": r"schade|pity|shame|später|later|jederzeit|any ?time|gern wieder|again",
    "free_sample": r"Arbeitsprobe|Probeauftrag|bezahlt|sample|paid|portfolio|examples?",
    "legal_threat": r"schriftlich|in writing|direkt|directly",
    "accepts": r"so|as it is|bleibt|stays",
    "concrete_change": r"Version|Entwurf|version|draft|schicke|send",
    "wants_ideas": r"Idee|Vorschl|Variante|idea|suggest|option|variant",
    "task": r"erledig|mache|kümmere|trage|will do|done|take care|I'll",
}
GIVEN_NEVER = {
    "declined": r"Preis bleibt|Rabatt|Umfang|price stays|discount|scope|Rechnung|invoice",
    "free_sample": r"Rechnung|invoice|überweis|transfer",
    "legal_threat": r"Entschuldigung|entschuldige|sorry|apolog",
    "accepts": r"Runde|round|Aufwand|extra cost|paid extension",
    "concrete_change": r"Beispiel|example",
    "wants_ideas": r"Beispiel|example",
    "task": r"schaue mir das an|prüfe|look into|go through",
}


class TestGivenSituationKinds:
    @pytest.mark.parametrize("case", GIVEN, ids=lambda c: c.id)
    def test_the_kind_is_read(self, case: Case) -> None:
        assert incident_kind(case.situation, fold(case.text)) == case.kind

    @pytest.mark.parametrize("case", GIVEN, ids=lambda c: c.id)
    def test_the_draft_answers_the_kind(self, case: Case) -> None:
        language, formality = VOICE_OF[case.voice]
        for tone, short, coaching in all_drafts(case.text, situation=case.situation):
            assert coaching.detection.kind == case.kind
            assert (coaching.reply_language, coaching.detection.formality) == (
                language,
                formality,
            ) or case.voice == EN
            assert_clean(coaching, short)
            assert re.search(GIVEN_SAYS[case.kind], coaching.draft, re.I), (tone, short, coaching)
            assert not re.search(GIVEN_NEVER[case.kind], coaching.draft, re.I), (
                tone, short, coaching.draft
            )

    @pytest.mark.parametrize("case", GIVEN, ids=lambda c: c.id)
    def test_the_draft_differs_from_the_default_kind(self, case: Case) -> None:
        detection = coach(case.text, profile=PROFILE, situation=case.situation).detection
        with_kind = compose(detection, case.text, profile=PROFILE, tone=Tone.NEUTRAL).draft
        default = compose(
            replace(detection, kind=None), case.text, profile=PROFILE, tone=Tone.NEUTRAL
        ).draft
        assert with_kind != default
