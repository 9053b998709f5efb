"""Money kinds from the client's-eye review: payment_issue and price_pushback.

payment_issue: a client who says when they will pay (`promised`), apologises or forgot
(`excuse`), refuses the expenses (`expenses`), refuses a contract (`no_contract`), or pays and
asks for the work (`awaits_work`); more shapes of unpaid work. price_pushback: more work offered
for a better price (`volume`), a doubt that the work is worth it (`value_doubt`), a price asked
before any quote (`before_quote`, "wie viel das kosten würde").

The client messages are our own, in German Sie, German du and English. The situation is given
(the kind's draft is under test, not the situation model).
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.coach import Situation, Tone
from bot.coach.incidents import incident_kind
from bot.coach.normalize import fold
from tests.coach.full_arc import coach, compose
from tests.coach.test_incidents import DU, EN, PROFILE, SIE, Case, all_drafts, assert_clean

S = Situation

CASES = [
    # payment_issue: promised
    Case(S.PAYMENT_ISSUE, "promised", SIE, "Das Geld überweise ich Ihnen Ende des Monats."),
    Case(S.PAYMENT_ISSUE, "promised", DU, "Die Zahlung kommt nächste Woche, versprochen."),
    Case(S.PAYMENT_ISSUE, "promised", EN, "The transfer goes out next Tuesday, promise!"),
    # payment_issue: excuse
    Case(
        S.PAYMENT_ISSUE,
        "excuse",
        SIE,
        "Oh, das tut mir leid, die Rechnung ist bei mir untergegangen.",
    ),
    Case(S.PAYMENT_ISSUE, "excuse", DU, "Mist, die Überweisung hab ich total vergessen."),
    Case(S.PAYMENT_ISSUE, "excuse", EN, "My mistake, your invoice slipped through the cracks."),
    # payment_issue: expenses
    Case(S.PAYMENT_ISSUE, "expenses", SIE, "Fahrtkosten übernehmen wir bei diesem Auftrag nicht."),
    Case(S.PAYMENT_ISSUE, "expenses", DU, "Für das Hotel gibt's keine Spesen von uns, sorry."),
    Case(S.PAYMENT_ISSUE, "expenses", EN, "We won't cover your travel expenses for the shoot."),
    # payment_issue: no_contract
    Case(
        S.PAYMENT_ISSUE,
        "no_contract",
        SIE,
        "Einen Vertrag brauchen wir nicht, das machen wir per Handschlag.",
    ),
    Case(S.PAYMENT_ISSUE, "no_contract", DU, "Ach komm, ohne Vertrag geht das doch auch."),
    Case(
        S.PAYMENT_ISSUE,
        "no_contract",
        EN,
        "We never sign contracts with freelancers, it's just our policy.",
    ),
    # payment_issue: awaits_work
    Case(
        S.PAYMENT_ISSUE,
        "awaits_work",
        SIE,
        "Ich überweise heute noch, schicken Sie mir dann bitte die Dateien?",
    ),
    Case(S.PAYMENT_ISSUE, "awaits_work", DU, "Hab gerade überwiesen, wann schickst du die Fotos?"),
    Case(S.PAYMENT_ISSUE, "awaits_work", EN, "I've just paid, so when do we get the files?"),
    # price_pushback: volume
    Case(
        S.PRICE_PUSHBACK,
        "volume",
        SIE,
        "Danach kommen noch zwei Kataloge, da ist beim Preis doch sicher etwas drin?",
    ),
    Case(
        S.PRICE_PUSHBACK,
        "volume",
        DU,
        "Wenn das klappt, gibt es weitere Aufträge. Geht da was beim Preis?",
    ),
    Case(
        S.PRICE_PUSHBACK, "volume", EN, "There will be lots of future work, so sharpen your pencil."
    ),
    # price_pushback: value_doubt
    Case(
        S.PRICE_PUSHBACK,
        "value_doubt",
        SIE,
        "Und das bringt uns dann wirklich mehr Kunden? Können Sie das garantieren?",
    ),
    Case(
        S.PRICE_PUSHBACK, "value_doubt", DU, "Lohnt sich das überhaupt, so viel Geld für ein Logo?"
    ),
    Case(
        S.PRICE_PUSHBACK, "value_doubt", EN, "Is it really worth it? Will this bring us more sales?"
    ),
    # price_pushback: before_quote, asked the long way round
    Case(
        S.PRICE_PUSHBACK,
        "before_quote",
        SIE,
        "Könnten Sie mir sagen, wie viel so ein Flyer ungefähr kosten würde?",
    ),
    Case(S.PRICE_PUSHBACK, "before_quote", DU, "Sag mal, was das Ganze kosten würde?"),
    Case(S.PRICE_PUSHBACK, "before_quote", EN, "Could you tell me how much it would cost?"),
]

# What each kind's draft says, and what it must never say.
SAYS = {
    "promised": r"Ausschau|im Blick|nachschauen|schaue|look out|keep an eye|check",
    "excuse": r"passieren|Alles gut|happen|all right|offenen Betrag|open amount",
    "expenses": r"Spesen|Nebenkosten|Fahrt|Kosten|expenses|costs|flat rate",
    "no_contract": r"E-Mail|email|schriftlich|in writing|Umfang und Preis|scope and (?:the )?price",
    "awaits_work": r"Ergebnis|Arbeit|the work",
    "volume": r"Gesamtumfang|zusammen|total scope|whole scope|together",
    "value_doubt": r"niemand|no one|can't promise|bewirken|leisten|achieve|should do|is for",
    "before_quote": r"Angebot|Umfang|quote|scope",
}
NEVER = {
    "promised": r"genaue Datum|exact date|bis wann|by when|fällig|due",
    "excuse": r"Vorwurf|schuld|fault|exact date|genaue Datum",
    "expenses": r"Kürzung|reduction|Abzug|deduction",
    "no_contract": r"Rechnung|invoice|fällig|due",
    "awaits_work": r"Bankdaten|bank details|fällig|due",
    "volume": r"verkleinern|kleiner|Rabatt|smaller|trim|discount|lower",
    "value_doubt": r"garantiere ich|I guarantee|Rabatt|discount|kleiner|smaller",
    "before_quote": r"Mein Preis|My price|bleibt|stays|Rabatt|discount",
}


class TestRecognition:
    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_kind_is_read(self, case: Case) -> None:
        assert incident_kind(case.situation, fold(case.text)) == case.kind

    @pytest.mark.parametrize(
        ("situation", "text", "kind"),
        [
            # today or now is already_paid, a deferral past the terms stays the default
            (S.PAYMENT_ISSUE, "Ich überweise heute noch.", "already_paid"),
            (S.PAYMENT_ISSUE, "Wir zahlen erst Ende nächsten Monats.", None),
            (S.PAYMENT_ISSUE, "We can't pay until the end of next month.", None),
            (S.PAYMENT_ISSUE, "The invoice will be paid tomorrow.", "promised"),
            # a "Guten Morgen" is no date
            (S.PAYMENT_ISSUE, "Guten Morgen, die Rechnung ist noch offen?", None),
            # paid, with no question about the work: already_paid
            (S.PAYMENT_ISSUE, "I already paid your invoice yesterday.", "already_paid"),
            # a hotel the client forgot about is an excuse, not a refusal of expenses
            (S.PAYMENT_ISSUE, "Das Hotel hab ich vergessen zu überweisen, sorry.", "excuse"),
            # "sorry" with a refusal stays a refusal
            (S.PAYMENT_ISSUE, "Sorry, but we won't pay this invoice.", "refusal"),
            # unpaid work: budget gone, goods instead of a fee, a favour, the pictures
            (S.PAYMENT_ISSUE, "Unser Budget ist leider komplett verplant.", "unpaid_work"),
            (S.PAYMENT_ISSUE, "Our budget is frozen until next year, sadly.", "unpaid_work"),
            (S.PAYMENT_ISSUE, "Statt Honorar bekommen Sie Gutscheine von uns.", "unpaid_work"),
            (S.PAYMENT_ISSUE, "We could pay you in products instead.", "unpaid_work"),
            (S.PAYMENT_ISSUE, "Ich tue dir doch einen Gefallen damit!", "unpaid_work"),
            (S.PAYMENT_ISSUE, "Die Agentur wäre an Ihren Fotos sehr interessiert.", "unpaid_work"),
            # a discount without more work stays a discount; a price named stays the default
            (S.PRICE_PUSHBACK, "Geht da noch ein Rabatt?", "discount"),
            (S.PRICE_PUSHBACK, "The others charge less.", None),
            (S.PRICE_PUSHBACK, "Wie viel kostet das denn bei Ihnen?", "before_quote"),
        ],
    )
    def test_kind_of_a_folded_message(self, situation, text, kind) -> None:
        assert incident_kind(situation, fold(text)) == kind


class TestDrafts:
    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_draft_answers_the_kind(self, case: Case) -> None:
        for tone, short, coaching in all_drafts(case.text, situation=case.situation):
            assert coaching.detection.kind == case.kind
            assert_clean(coaching, short)
            assert re.search(SAYS[case.kind], coaching.draft, re.I), (tone, short, coaching.draft)
            assert not re.search(NEVER[case.kind], coaching.draft, re.I), (
                tone,
                short,
                coaching.draft,
            )

    @pytest.mark.parametrize(
        "case", [c for c in CASES if c.kind != "before_quote"], ids=lambda c: c.id
    )
    def test_the_draft_differs_from_the_default_kind(self, case: Case) -> None:
        detection = coach(case.text, profile=PROFILE, situation=case.situation).detection
        for tone in Tone:
            with_kind = compose(detection, case.text, profile=PROFILE, tone=tone).draft
            default = compose(
                replace(detection, kind=None), case.text, profile=PROFILE, tone=tone
            ).draft
            assert with_kind != default

    @pytest.mark.parametrize("voice", [SIE, DU, EN])
    def test_an_excuse_with_a_date_asks_for_that_date(self, voice: str) -> None:
        text = {
            SIE: "Entschuldigung, das ist untergegangen, bitte bis zum 14. Mai Geduld.",
            DU: "Sorry, das ist untergegangen, bitte bis zum 14. Mai Geduld.",
            EN: "Sorry, it slipped through, please bear with me until May 14.",
        }[voice]
        coaching = coach(
            text, situation=S.PAYMENT_ISSUE, tone=Tone.NEUTRAL, short=False, long=False
        )
        assert coaching.detection.kind == "excuse"
        assert re.search(r"14\. Mai|May 14", coaching.draft), coaching.draft


class TestDefaultWording:
    """The default payment letter asks softly when the payment comes; firm asks for the date."""

    @pytest.mark.parametrize("voice", [SIE, DU, EN])
    def test_neutral_never_demands_the_exact_date(self, voice: str) -> None:
        text = {
            SIE: "Ihre Rechnung ist bei uns noch offen, es ist gerade viel los.",
            DU: "Deine Rechnung ist bei uns noch offen, es ist gerade viel los.",
            EN: "Your invoice is still open on our side, it's been busy.",
        }[voice]
        for tone in (Tone.NEUTRAL, Tone.WARM):
            for short in (False, True):
                draft = coach(text, situation=S.PAYMENT_ISSUE, tone=tone, short=short).draft
                assert not re.search(r"genaue Datum|exact date", draft), draft

    def test_refusal_and_refund_do_not_presume_a_reason(self) -> None:
        for text in ("We're not paying before it's all done.", "I'd like a refund, please."):
            for tone, short, coaching in all_drafts(text, situation=S.PAYMENT_ISSUE):
                assert not re.search(
                    r"what's behind it|what's wrong|what didn't work|not happy|hoped for",
                    coaching.draft,
                ), (tone, short, coaching.draft)
