"""Money kinds widened after the fresh-message review (payment_issue and price_pushback).

payment_issue: money back or no payment because the work went unused or the project was dropped
(`unused`); a message that names no invoice and nothing owed (`no_money_owed`, no payment
demanded); a paid note without a subject (`already_paid`); "taken N% off" (`deduction`, whose
reply presumes no complaint and sets no deadline of its own); a doubt about paying (`refusal`);
a corrected invoice asked for (`disputed_item`); "mach ich nächste Woche" (`promised`).
price_pushback: "new rates", an hourly price from a month (`rate_increase`); a commitment over
months (`volume`); an amount set aside or no budget (`low_budget`); a link, a mention or the
sponsor wall instead of a fee (`exposure`).

The client messages are our own, in German Sie, German du and English.
"""

from __future__ import annotations

import re

import pytest

from bot.coach import Situation
from bot.coach.incidents import incident_kind
from bot.coach.normalize import fold
from tests.coach.kind_cases import DU, EN, SIE, Case, all_drafts, assert_clean

S = Situation

CASES = [
    # payment_issue: unused
    Case(
        S.PAYMENT_ISSUE,
        "unused",
        SIE,
        "Wir hätten gern unsere Vorauszahlung zurück, der Auftrag wurde intern gestoppt.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "unused",
        DU,
        "Die Stunden aus dem Paket hab ich kaum genutzt, kann ich da was zurückbekommen?",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "unused",
        EN,
        "The campaign was scrapped, so could we get the deposit back?",
    ),
    # payment_issue: no_money_owed
    Case(
        S.PAYMENT_ISSUE,
        "no_money_owed",
        SIE,
        "Unser Budget für dieses Quartal wurde gestrichen, wir machen erst einmal Pause.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "no_money_owed",
        DU,
        "Wir müssen leider sparen, die Kampagne liegt erstmal auf Eis.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "no_money_owed",
        EN,
        "The project is on hold for now, management wants to rethink it.",
    ),
    # payment_issue: already_paid, without a subject
    Case(S.PAYMENT_ISSUE, "already_paid", SIE, "Die Überweisung ist gestern veranlasst worden."),
    Case(S.PAYMENT_ISSUE, "already_paid", DU, "Geld ist unterwegs, müsste bald da sein!"),
    Case(S.PAYMENT_ISSUE, "already_paid", EN, "sent it this morning, let me know when it lands"),
    # payment_issue: deduction, "taken N% off"
    Case(
        S.PAYMENT_ISSUE,
        "deduction",
        SIE,
        "Wegen der Verspätung haben wir 10 % abgezogen und den Rest überwiesen.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "deduction",
        DU,
        "Ich hab dir abzüglich 50 Euro überwiesen, weil der Termin nicht gehalten hat.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "deduction",
        EN,
        "We took 10 percent off because the shoot ran late, and paid the rest.",
    ),
    # payment_issue: refusal, a doubt about paying
    Case(
        S.PAYMENT_ISSUE,
        "refusal",
        SIE,
        "Ich sehe nicht ein, warum wir für die Entwürfe zahlen sollen, die waren unbrauchbar.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "refusal",
        DU,
        "Ich bin nicht sicher, ob wir das überhaupt bezahlen müssen, ehrlich gesagt.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "refusal",
        EN,
        "I don't really see why we should pay for the second draft at all.",
    ),
    # payment_issue: disputed_item, a corrected invoice
    Case(
        S.PAYMENT_ISSUE,
        "disputed_item",
        SIE,
        "Die Anfahrt war im Pauschalpreis enthalten, bitte schicken Sie eine korrigierte Rechnung.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "disputed_item",
        DU,
        "Die Telefonate sind nicht extra zu berechnen, kannst du die Rechnung korrigieren?",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "disputed_item",
        EN,
        "The setup call shouldn't be billed separately, can you send a corrected invoice?",
    ),
    # payment_issue: promised, "mach ich" with a day
    Case(
        S.PAYMENT_ISSUE,
        "promised",
        SIE,
        "Die Rechnung habe ich gesehen, das erledige ich Anfang nächster Woche.",
    ),
    Case(
        S.PAYMENT_ISSUE,
        "promised",
        DU,
        "Ach ja, die Rechnung! Mach ich nächste Woche, versprochen.",
    ),
    Case(S.PAYMENT_ISSUE, "promised", EN, "Got the invoice, I'll sort it at the end of month."),
    # price_pushback: rate_increase
    Case(
        S.PRICE_PUSHBACK,
        "rate_increase",
        SIE,
        "Ihr neuer Stundensatz übersteigt unsere Planung deutlich.",
    ),
    Case(
        S.PRICE_PUSHBACK,
        "rate_increase",
        DU,
        "90 Euro pro Stunde ab März? Das ist für uns echt viel.",
    ),
    Case(
        S.PRICE_PUSHBACK,
        "rate_increase",
        EN,
        "Saw your new pricing for next year, that's quite a jump for us.",
    ),
    # price_pushback: volume
    Case(
        S.PRICE_PUSHBACK,
        "volume",
        SIE,
        "Wenn wir Sie für zwölf Monate fest buchen, geht dann etwas am Preis?",
    ),
    Case(
        S.PRICE_PUSHBACK,
        "volume",
        DU,
        "Wir bräuchten 8 Texte pro Monat, machst du uns da einen Preis?",
    ),
    Case(S.PRICE_PUSHBACK, "volume", EN, "What if we commit to twelve months, can you do better?"),
    # price_pushback: low_budget, an amount set aside or no budget
    Case(
        S.PRICE_PUSHBACK,
        "low_budget",
        SIE,
        "Für die Broschüre sind bei uns etwa 400 € vorgesehen, reicht das?",
    ),
    Case(
        S.PRICE_PUSHBACK,
        "low_budget",
        DU,
        "Ehrlich gesagt haben wir gar kein Budget, du kennst das ja.",
    ),
    Case(S.PRICE_PUSHBACK, "low_budget", EN, "We've set aside about $300 for the whole site."),
    # price_pushback: exposure
    Case(
        S.PRICE_PUSHBACK,
        "exposure",
        SIE,
        "Bezahlen können wir nicht viel, aber wir erwähnen Sie in unserem Newsletter.",
    ),
    Case(
        S.PRICE_PUSHBACK,
        "exposure",
        DU,
        "Geld ist gerade knapp, dafür kommt dein Logo auf unsere Sponsorenwand.",
    ),
    Case(
        S.PRICE_PUSHBACK,
        "exposure",
        EN,
        "We can't pay much, but we'll mention you to our 12k subscribers.",
    ),
]

# What every draft of the kind must say (in any voice).
ADDRESSES = {
    "unused": r"Aufstellung|overview",
    "no_money_owed": r"morgen|tomorrow",
    "already_paid": r"Konto|Eingang|Zahlungseingang|account|look out|check",
    "deduction": r"voller Höhe|vollen|Differenzbetrag|Abzug|Kürzung|in full|full|difference|deduct",
    "refusal": r"Rechnung|invoice",
    "disputed_item": r"Rechnung|invoice|Unterlagen|records|Absprache|agreement|prüfe|check",
    "promised": r"Zahlung|Betrag|Geld|payment|it",
    "rate_increase": r"Satz|Erhöhung|rate|increase",
    "volume": r"Angebot|Umfang|quote|scope|plan",
    "low_budget": r"Honorar|Budget|fee|budget",
    "exposure": r"Honorar|Bezahlung|bezahlt|fee|paid",
}
# What a draft of the kind must never say: a deadline or a complaint it invents, a payment
# demanded from a message that named none, "open amount", the price defended before one was named.
NEVER = {
    "unused": r"erbracht|geliefert|delivered|Ergebnis|result|Rückerstattung|refund",
    "no_money_owed": r"überweis|fällig|Betrag|transfer|due|outstanding|amount",
    "deduction": r"Ende der Woche|end of the week|Ergebnis|result|nicht gepasst|wasn't right",
    "exposure": r"Bei meinem Preis|My price|The price",
    "low_budget": r"Bei meinem Preis|My price",
    "rate_increase": r"\bRate\b|Summe|monthly",
}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
class TestFreshMoney:
    def test_the_kind_is_recognised(self, case: Case) -> None:
        assert incident_kind(case.situation, fold(case.text)) == case.kind

    def test_the_draft_answers_it(self, case: Case) -> None:
        for tone, short, coaching in all_drafts(case.text, situation=case.situation):
            assert coaching.detection.kind == case.kind
            assert_clean(coaching, short)
            draft = coaching.draft
            assert re.search(ADDRESSES[case.kind], draft), (tone, short, draft)
            if case.kind in NEVER:
                assert not re.search(NEVER[case.kind], draft), (tone, short, draft)
            assert "open amount" not in draft, draft


@pytest.mark.parametrize(
    ("situation", "text", "kind"),
    [
        # an amount owed or a payment named keeps the default reminder
        (S.PAYMENT_ISSUE, "Die Zahlung kommt, keine Sorge.", None),
        (S.PAYMENT_ISSUE, "Your pay is safe, relax.", None),
        (S.PAYMENT_ISSUE, "We still owe you for March, right?", None),
        # "can't use it like this" is a complaint about the work, not work left unused
        (
            S.PAYMENT_ISSUE,
            "Die Texte kann ich so nicht verwenden, dafür zahle ich nicht.",
            "refusal",
        ),
        # "time off" is no deduction
        (S.PAYMENT_ISSUE, "I'm taking a few days off, I'll pay the invoice next week.", "promised"),
        # a past stretch of work is no commitment to more
        (S.PRICE_PUSHBACK, "We've worked together for six months and the quote is high.", None),
        # "die Rechnung steht noch aus" asks for the invoice, it disputes nothing
        (
            S.PAYMENT_ISSUE,
            "Ihre Rechnung steht noch aus, schicken Sie sie bitte.",
            "invoice_request",
        ),
    ],
)
def test_the_shapes_stay_narrow(situation: Situation, text: str, kind: str | None) -> None:
    assert incident_kind(situation, fold(text)) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Your rate is calculated way too high for a small shop like ours.",
        "Hi, thanks for the proposal. The figure is above what we planned. Any flexibility?",
    ],
)
def test_price_drafts_sound_english(text: str) -> None:
    for tone, short, coaching in all_drafts(text, situation=S.PRICE_PUSHBACK):
        draft = coaching.draft
        assert not re.search(r"calculated tightly|key points|so direct", draft), (
            tone,
            short,
            draft,
        )
