"""Fresh-message round for the feedback family: the shapes and drafts that had to hold up on
messages nobody tuned them on.

quality_criticism: a default that presumes nothing broken, `not_working` for technical faults,
`errors` (typos, wrong figures), `prefers_earlier`, vague criticism with adverbs, direction by
comparison. revision_loop: revert shapes without a noun or with a number, attached feedback and
late rounds are no `sends_change`. unclear_request: `tension`, `look_at`, "what would you
suggest", and no concrete change for a vague quality. harsh_tone: `our_tone`, `not_listened`,
`slow_fix`, `today`, and demands_action without "that part is mine".

The client messages are our own sentences, in German Sie, German du and English.
"""

from __future__ import annotations

import re

import pytest

from bot.coach.incidents import incident_kind
from bot.coach.normalize import fold
from tests.coach.kind_cases import DU, EN, SIE, Case, S, all_drafts, assert_clean

Q, R, U, H = S.QUALITY_CRITICISM, S.REVISION_LOOP, S.UNCLEAR_REQUEST, S.HARSH_TONE

CASES = [
    # quality: an earlier version was better
    Case(Q, "prefers_earlier", SIE, "Ehrlich gesagt gefiel mir die erste Fassung deutlich besser."),
    Case(Q, "prefers_earlier", DU, "Hm, vorher fand ich das irgendwie besser."),
    Case(Q, "prefers_earlier", EN, "To be honest I preferred the original layout."),
    # quality: something technical does not work
    Case(Q, "not_working", SIE, "Das Kontaktformular auf der Seite funktioniert leider nicht."),
    Case(
        Q, "not_working", DU, "Der Download-Link geht bei mir nicht, kommt nur eine Fehlermeldung."
    ),
    Case(Q, "not_working", EN, "The checkout button won't load on my phone."),
    # quality: plain errors
    Case(Q, "errors", SIE, "In der Broschüre ist unser Firmenname falsch geschrieben."),
    Case(
        Q,
        "errors",
        DU,
        "Auf Seite zwei sind ein paar Tippfehler, und die Telefonnummer ist falsch.",
    ),
    Case(Q, "errors", EN, "The totals in table 3 don't add up, and my surname is misspelt."),
    # quality: vague, with an adverb or lukewarm
    Case(Q, "vague", SIE, "Das ist leider nicht ganz das, was wir uns gedacht hatten."),
    Case(Q, "vague", DU, "Das war so nicht wirklich meine Idee."),
    Case(Q, "vague", EN, "Hmm, it's not exactly what we were hoping for."),
    # quality: direction by comparison
    Case(Q, "direction", SIE, "Die Slogans wirken ziemlich austauschbar."),
    Case(Q, "direction", DU, "Die Bilder sehen aus wie aus einem Katalog."),
    Case(Q, "direction", EN, "The homepage copy feels generic, it could be for any agency."),
    # revision: back to an earlier version
    Case(R, "revert", SIE, "Können wir bitte zurück auf die alte? Die war doch stimmiger."),
    Case(R, "revert", DU, "Nimm doch lieber wieder den Entwurf von vor zwei Wochen."),
    Case(R, "revert", EN, "Could we switch back to option 1 after all?"),
    # revision: a late round with feedback attached is another round
    Case(R, "repeated", SIE, "Im Anhang unsere Anmerkungen zur Runde 4."),
    Case(R, "repeated", DU, "Anbei die Korrekturen für die 6. Runde."),
    Case(R, "repeated", EN, "Attached are our notes for round 4."),
    # unclear: two wishes pulling apart
    Case(U, "tension", SIE, "Das Design soll edel wirken, aber auch nahbar und günstig."),
    Case(U, "tension", DU, "Mach es bitte verspielt und gleichzeitig ganz sachlich."),
    Case(U, "tension", EN, "We'd like it bold but also understated, if possible."),
    # unclear: please have a look
    Case(U, "look_at", SIE, "Könnten Sie bei Gelegenheit mal über den Entwurf drüberschauen?"),
    Case(U, "look_at", DU, "Kannst du dir die Präsentation mal anschauen?"),
    Case(U, "look_at", EN, "Could you have a quick look at the landing page?"),
    # unclear: what would you suggest
    Case(U, "wants_ideas", SIE, "Für den Stand brauchen wir noch was. Was schlagen Sie vor?"),
    Case(U, "wants_ideas", DU, "Was würdest du uns für den Blog empfehlen?"),
    Case(U, "wants_ideas", EN, "What would you suggest for the newsletter banner?"),
    # harsh: the client objects to the freelancer's tone
    Case(H, "our_tone", SIE, "Ihr Ton in der letzten Mail war ziemlich herablassend."),
    Case(H, "our_tone", DU, "So lasse ich nicht mit mir reden, echt nicht."),
    Case(H, "our_tone", EN, "Your reply yesterday was frankly condescending."),
    # harsh: not read, not listened to
    Case(H, "not_listened", SIE, "Das habe ich Ihnen doch schon dreimal geschrieben!"),
    Case(H, "not_listened", DU, "Hörst du mir eigentlich zu? Wie oft denn noch?"),
    Case(H, "not_listened", EN, "As I already said twice, the logo goes top left."),
    # harsh: sarcasm about a mistake that took several tries
    Case(H, "slow_fix", SIE, "Super, beim dritten Anlauf stimmt endlich das Datum."),
    Case(H, "slow_fix", DU, "Hat ja nur vier Versuche gebraucht, bis der Preis richtig war."),
    Case(H, "slow_fix", EN, "Wow, only took five emails to get the address right."),
    # harsh: today named as the deadline
    Case(H, "today", SIE, "Das muss bis heute Abend erledigt sein, sonst reicht es mir."),
    Case(H, "today", DU, "Ich erwarte, dass das heute noch geklärt wird. Langsam reicht es."),
    Case(H, "today", EN, "I expect this fixed by today, or I'm done being patient."),
]

# Messages that must NOT get the kind named (or must keep the default).
NOT_CASES = [
    (Q, "Ich habe heute die Texte gelesen – die Einleitung ist mir zu lang.", "direction"),
    (Q, "This design doesn't really work for us.", "vague"),
    (Q, "Thanks, but the headline should be shorter.", "direction"),
    (R, "Anbei die neue Version des Textes, bitte so einbauen.", "sends_change"),
    (R, "I've attached the photo we want to use instead.", "sends_change"),
    (U, "Can you make it look fresher somehow?", None),
    (U, "Kannst du das etwas moderner machen?", None),
    (U, "Könnten Sie die Überschrift etwas größer machen?", "concrete_change"),
    (U, "Ich brauche das Logo als PNG, aber auch als SVG.", "file_format"),
    (H, "I bought a new laptop today and nothing you sent opens. Useless.", None),
    (H, "Sorry for my tone yesterday, but the files are still wrong.", None),
]

# What each kind's draft must say and must never say (every tone, long and short).
SAYS = {
    "prefers_earlier": (r"früher|earlier", r"überarbeite es entsprechend|rework it accordingly"),
    "not_working": (r"Ursache|woran|woher|cause|caus", None),
    "errors": (r"korrigier|correct|fix", r"Ursache|woran es liegt|\bcause"),
    "vague": (r"\?", r"Ursache|\bcause"),
    "direction": (r"überarbeit|passe|rework|adjust", r"Ursache|\bcause"),
    "revert": (r"frühere|earlier", None),
    "repeated": (r"Runde|round", r"So ist klar|makes it clear"),
    "tension": (
        r"Vorrang|wichtiger|Ton angeben|win|matters more|lead",
        r"Was genau schwebt|what exactly do you have in mind",
    ),
    "look_at": (
        r"an(zu)?sehen|anschauen|schaue|look|Einschätzung|assessment|thoughts|stands",
        r"bewirken|achieve",
    ),
    "wants_ideas": (r"Variante|Vorschläge|Ideen|einfallen|idea|option|suggestion|variant", None),
    "our_tone": (r"leid|bedauere|sorry|regret", None),
    "not_listened": (r"heute|today", r"\?"),
    "slow_fix": (r"leid|Entschuldig|entschuldig|sorry|Apologies", r"herausfinde|what I find"),
    "today": (r"heute|today|end of the day", r"bis morgen|by tomorrow"),
}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_the_kind_is_read(case: Case) -> None:
    assert incident_kind(case.situation, fold(case.text)) == case.kind


@pytest.mark.parametrize(("situation", "text", "kind"), NOT_CASES)
def test_near_misses_keep_their_reading(situation, text: str, kind: str | None) -> None:
    got = incident_kind(situation, fold(text))
    if kind is None:
        assert got is None, got
    elif kind in ("sends_change", "concrete_change", "file_format"):
        assert got == kind, got
    else:
        assert got != kind or kind == "direction", got


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_the_draft_answers_the_kind(case: Case) -> None:
    must, never = SAYS[case.kind]
    for tone, short, coaching in all_drafts(case.text, situation=case.situation):
        assert coaching.detection.kind == case.kind
        assert_clean(coaching, short)
        if not short or case.kind in ("prefers_earlier", "tension", "look_at", "our_tone"):
            assert re.search(must, coaching.draft, re.I), (tone, short, coaching.draft)
        if never:
            body = coaching.draft.split("\n", 2)[-1]
            assert not re.search(never, body, re.I), (tone, short, coaching.draft)


@pytest.mark.parametrize(
    "text",
    [
        "Die Fotos der Produktseite wirken blass und das Team-Bild ist unscharf.",
        "Deine Zusammenfassung lässt die Ergebnisse vom März weg.",
        "The summary section is much weaker than the rest of the report.",
    ],
)
def test_the_default_presumes_nothing_broken(text: str) -> None:
    """A named point that is neither technical nor a plain error: revised, no cause hunted."""
    for tone, short, coaching in all_drafts(text, situation=Q):
        assert coaching.detection.kind is None
        assert_clean(coaching, short)
        assert not re.search(
            r"Ursache|woran es liegt|\bcause|day after tomorrow", coaching.draft, re.I
        ), (tone, short, coaching.draft)


def test_no_english_draft_says_the_translated_phrases() -> None:
    texts = [
        (H, "You are an absolute clown, honestly."),
        (H, "Don't ever email me again."),
        (H, "Stop making excuses and just do your job."),
        (Q, "The colours are too loud."),
    ]
    for situation, text in texts:
        for _, _, coaching in all_drafts(text, situation=situation):
            assert not re.search(
                r"has reached me|day after tomorrow|part of the job is mine|that part is mine",
                coaching.draft,
            ), coaching.draft
