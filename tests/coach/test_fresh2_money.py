"""Money kinds after the second fresh-message review (payment_issue and price_pushback).

payment_issue: part paid, the rest to follow (`partial_payment`); the client's own payment terms
(`client_terms`, no amount demanded); an order number the invoice needs (`order_number`); a
request to pay later or hold the invoice (`deferral`); a longer "already paid" note; money back
after choosing someone else (`unused`); "don't remember agreeing to that line" (`disputed_item`);
"won't be paying" (`refusal`). price_pushback: a plain rate question (`rate_question`); many at
once (`volume`). And what no draft may say any more: "I always work for a fee" to a named budget,
a deadline for "the outstanding amount" in the default, the client's "until" in a payment request.

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
P = S.PAYMENT_ISSUE
Q = S.PRICE_PUSHBACK

CASES = [
    Case(
        P,
        "partial_payment",
        SIE,
        "Wir haben heute 300 € überwiesen, den Rest dann nach Quartalsende.",
    ),
    Case(
        P,
        "partial_payment",
        DU,
        "Hab dir schon mal die Hälfte überwiesen, der Rest kommt nächste Woche.",
    ),
    Case(
        P,
        "partial_payment",
        EN,
        "Sent you 400 today, the remainder will follow once our grant clears.",
    ),
    Case(
        P,
        "client_terms",
        SIE,
        "Bei uns gilt grundsätzlich ein Zahlungsziel von 45 Tagen, nur damit Sie es wissen.",
    ),
    Case(
        P,
        "client_terms",
        DU,
        "Kurze Info: unser Zahlungsziel sind 60 Tage, das läuft automatisch so.",
    ),
    Case(
        P, "client_terms", EN, "FYI our accounts team pays all vendors on net 60, hope that works."
    ),
    Case(
        P,
        "order_number",
        SIE,
        "Ohne unsere Bestellnummer kann die Buchhaltung Ihre Rechnung nicht freigeben.",
    ),
    Case(
        P, "order_number", DU, "Kannst du noch die Bestellnummer 4711 auf die Rechnung schreiben?"
    ),
    Case(
        P, "order_number", EN, "Accounts bounced your invoice, it needs our purchase order on it."
    ),
    Case(
        P, "deferral", SIE, "Wäre es in Ordnung, wenn wir die Rechnung erst im Oktober begleichen?"
    ),
    Case(P, "deferral", DU, "Können wir die Zahlung in zwei Raten machen? Ist gerade etwas eng."),
    Case(P, "deferral", EN, "Could you hold off on invoicing until the new quarter starts?"),
    Case(
        P,
        "already_paid",
        DU,
        "Ich hab die Rechnung von März schon vor zehn Tagen bezahlt, schau mal nach.",
    ),
    Case(
        P, "unused", EN, "Could we have the deposit back? We went with another studio in the end."
    ),
    Case(
        P,
        "disputed_item",
        EN,
        "I don't remember agreeing to the travel hours, can we take that line off?",
    ),
    Case(P, "refusal", EN, "We won't be paying for the extra banner, it was never briefed."),
    Case(Q, "rate_question", SIE, "Wie hoch ist Ihr Tagessatz für Lektorat?"),
    Case(Q, "rate_question", DU, "Was nimmst du für ein Porträtshooting im Studio?"),
    Case(Q, "rate_question", EN, "What's your rate for editing a 20-minute podcast episode?"),
    Case(
        Q,
        "volume",
        SIE,
        "Wir würden gern 12 Artikel auf einmal beauftragen, geht da preislich was?",
    ),
]

# What every draft of the kind must say (in any voice).
ADDRESSES = {
    "partial_payment": r"Rest|remain|rest",
    "client_terms": r"Zahlungsziel|Zahlungsbedingungen|terms",
    "order_number": r"Bestellnummer|Nummer|PO number|number",
    "deferral": r"Datum|date",
    "rate_question": r"Angebot|Preis|quote|rate",
}
# What a draft of the kind must never say: a transfer demanded, the price defended.
NEVER = {
    "client_terms": r"offenen Betrag|outstanding|überweis|transfer",
    "order_number": r"offenen Betrag|outstanding|überweis|transfer",
    "deferral": r"offenen Betrag|outstanding|Raten|instal",
    "rate_question": r"Mein Preis|My price|Umfang anpass|scope|Rabatt|discount",
}


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.id}-{c.text[:12]}")
class TestFresh2Money:
    def test_the_kind_is_recognised(self, case: Case) -> None:
        assert incident_kind(case.situation, fold(case.text)) == case.kind

    def test_the_draft_answers_it(self, case: Case) -> None:
        if case.kind not in ADDRESSES:
            return
        for tone, short, coaching in all_drafts(case.text, situation=case.situation):
            assert coaching.detection.kind == case.kind
            assert_clean(coaching, short)
            draft = coaching.draft
            assert re.search(ADDRESSES[case.kind], draft), (tone, short, draft)
            if case.kind in NEVER:
                assert not re.search(NEVER[case.kind], draft), (tone, short, draft)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a rate question that weighs the price is pushback, not a question
        ("What's your rate for a logo? Seems steep from what I've seen.", None),
        # a paid balance is no part payment
        ("I paid the balance on Friday, please check.", "already_paid"),
        # an invoice asked for by a date is no deferral
        ("Kannst du mir die Rechnung bis Ende der Woche schicken?", "invoice_request"),
    ],
)
def test_near_misses(text: str, kind: str | None) -> None:
    situation = Q if "rate" in text else P
    assert incident_kind(situation, fold(text)) == kind


@pytest.mark.parametrize("voice", [SIE, DU, EN])
def test_a_named_budget_is_not_told_you_always_work_for_a_fee(voice: str) -> None:
    text = {
        SIE: "Wir haben für den Flyer 200 € eingeplant, reicht das?",
        DU: "Für das Logo hab ich so 250 € Budget eingeplant, passt das?",
        EN: "Our budget for the flyer is £200, does that work?",
    }[voice]
    for tone, short, coaching in all_drafts(text, situation=Q):
        assert coaching.detection.kind == "low_budget"
        assert not re.search(r"immer gegen Honorar|always work for a fee", coaching.draft), (
            tone,
            short,
            coaching.draft,
        )


@pytest.mark.parametrize(
    "text",
    [
        "Wir brauchen von Ihnen noch das ausgefüllte Lieferantenformular für die Rechnung.",
        "Quick question about your invoice format for next time.",
    ],
)
def test_the_default_demands_no_transfer_by_a_deadline(text: str) -> None:
    for tone, _short, coaching in all_drafts(text, situation=P):
        if coaching.detection.kind is not None or tone.value == "firm":
            continue
        assert not re.search(r"Ende dieser Woche|end of this week", coaching.draft), coaching.draft
