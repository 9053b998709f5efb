"""Incident kinds for feedback situations: harsh_tone (insult, demands_action, jab and the
concrete-point default), quality_criticism (process, and vague never on a named property),
revision_loop (restart) and unclear_request (question).

The client messages are our own. Each kind is read from the folded text of the situation given,
and its drafts (every tone, long and short) in German Sie, German du and English must say what
the kind needs and never what it must not.
"""

from __future__ import annotations

import re

import pytest

from bot.coach import Situation
from bot.coach.incidents import incident_kind
from bot.coach.normalize import fold
from tests.coach.test_incidents import DU, EN, SIE, Case, all_drafts, assert_clean

S = Situation

CASES = [
    # harsh_tone: insults with no concrete complaint
    Case(S.HARSH_TONE, "insult", SIE, "Sie sind ein Stümper, das sag ich Ihnen ganz ehrlich."),
    Case(S.HARSH_TONE, "insult", DU, "Du bist echt so was von unfähig."),
    Case(S.HARSH_TONE, "insult", EN, "Honestly, you are a clueless amateur."),
    # harsh_tone: the client wants action, not a question
    Case(S.HARSH_TONE, "demands_action", SIE, "Sie sind doch der Profi, machen Sie das einfach!"),
    Case(S.HARSH_TONE, "demands_action", DU, "Keine Ausreden mehr, bring das endlich in Ordnung."),
    Case(S.HARSH_TONE, "demands_action", EN, "What's so hard about this? Just fix it."),
    # harsh_tone: a bare jab that names nothing
    Case(S.HARSH_TONE, "jab", SIE, "Wissen Sie eigentlich, was Sie da tun?"),
    Case(S.HARSH_TONE, "jab", DU, "Na toll. Verstehst du das überhaupt?"),
    Case(S.HARSH_TONE, "jab", EN, "Do you even know what a style guide is?"),
    # quality_criticism: the way the work was done, not the result
    Case(S.QUALITY_CRITICISM, "process", SIE, "Bitte bauen Sie nichts mehr ohne Rücksprache ein."),
    Case(S.QUALITY_CRITICISM, "process", DU, "Halt dich bitte an das, was wir vereinbart haben."),
    Case(S.QUALITY_CRITICISM, "process", EN, "You added two pages without checking with us."),
    # revision_loop: starting again
    Case(S.REVISION_LOOP, "restart", SIE, "Können wir das Ganze noch einmal von vorne beginnen?"),
    Case(S.REVISION_LOOP, "restart", DU, "Ich glaube, wir machen das Plakat komplett neu."),
    Case(S.REVISION_LOOP, "restart", EN, "We'd like to start over with a completely new concept."),
    # unclear_request: a concrete question inside the job
    Case(S.UNCLEAR_REQUEST, "question", SIE, "Geht das Menü auch ohne Unterpunkte?"),
    Case(S.UNCLEAR_REQUEST, "question", DU, "Ich wollte mal fragen, wie wir die Bilder benennen."),
    Case(S.UNCLEAR_REQUEST, "question", EN, "Is it possible to have the form in two languages?"),
]

SAYS = {
    "insult": r"respektvoll|respectful",
    "demands_action": r"heute|today",
    "jab": r"hakt|nicht stimmt|passt es|missed the mark|isn't right|fall short",
    "process": r"vereinbar|Vereinbarte|agree",
    "restart": r"Angebot|quote",
    "question": r"bis morgen|by tomorrow",
}
NEVER = {
    "insult": r"Telefonat|call\b|Entschuldig|sorry|apolog",
    "demands_action": r"\?|wo es|was genau|where I|what exactly|Telefonat|call\b",
    "jab": r"Telefonat|call\b",
    "process": r"überarbeit|Korrektur|rework|revis|fix\b",
    "restart": r"Schuld|fault|hätten|should have|aufgebraucht|verbraucht|used up",
    "question": r"was genau|schwebt|what exactly|have in mind|Varianten|variants",
}


class TestFeedbackKinds:
    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_kind_is_read(self, case: Case) -> None:
        assert incident_kind(case.situation, fold(case.text)) == case.kind

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


# Messages that must keep another kind (or the default).
NOT_THE_KIND = [
    # a concrete point named: the default, which asks nothing back
    (S.HARSH_TONE, "Das Logo ist schon wieder verpixelt, das ist doch lächerlich!", None),
    (S.HARSH_TONE, "Die Rechnung ist doppelt so hoch wie abgesprochen, unverschämt!", None),
    (S.HARSH_TONE, "Seriously? The invoice is twice what we agreed on!", None),
    # an insult with a demand is about the demand
    (S.HARSH_TONE, "You idiot, just fix the header.", "demands_action"),
    # a jab in a long message that names the point keeps the default
    (
        S.HARSH_TONE,
        "Kennen Sie das Programm überhaupt? Seit dem Update stürzt der Export bei jedem Versuch "
        "ab, die Kunden beschweren sich schon, und die Dateien für die Messe fehlen immer noch "
        "komplett.",
        None,
    ),
    # a named property is not vague
    (S.QUALITY_CRITICISM, "Gefällt mir nicht, viel zu dunkel.", None),
    (S.QUALITY_CRITICISM, "So habe ich mir das nicht vorgestellt, nicht so bunt bitte.", None),
    (S.QUALITY_CRITICISM, "I don't like it, the text is too small.", None),
    (S.QUALITY_CRITICISM, "Not happy with it, the photo is not bright enough.", None),
    (S.QUALITY_CRITICISM, "Not quite right yet, the background could be whiter.", None),
    # still vague when nothing is named
    (S.QUALITY_CRITICISM, "Irgendwie gefällt mir das nicht.", "vague"),
    (S.QUALITY_CRITICISM, "It just doesn't feel right to me.", "vague"),
    # a request or a suggestion is no question
    (S.UNCLEAR_REQUEST, "Can you make the title bigger?", "concrete_change"),
    (S.UNCLEAR_REQUEST, "What if we put the logo on the left instead?", None),
    (S.UNCLEAR_REQUEST, "Why don't you try a few options there?", None),
    (S.UNCLEAR_REQUEST, "Wie wäre es größer, aber nicht größer?", None),
    # another round is not a restart
    (S.REVISION_LOOP, "Können wir noch eine Runde am Text machen?", None),
    (S.REVISION_LOOP, "One more round on the colours, please.", None),
]


@pytest.mark.parametrize(("situation", "text", "kind"), NOT_THE_KIND)
def test_other_messages_keep_their_kind(situation: Situation, text: str, kind: str | None) -> None:
    assert incident_kind(situation, fold(text)) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Das Logo ist schon wieder verpixelt, das ist doch lächerlich!",
        "Du hast schon wieder die falsche Schrift genommen, echt jetzt?",
        "Seriously? The invoice is twice what we agreed on!",
    ],
)
def test_heated_default_neither_asks_back_nor_offers_a_call(text: str) -> None:
    """A client who named the point is not asked where it went wrong, and nobody gets a call."""
    for tone, short, coaching in all_drafts(text, situation=S.HARSH_TONE):
        assert coaching.detection.kind is None
        assert_clean(coaching, short)
        assert not re.search(
            r"Telefonat|\bcall\b|wo es (?:gerade )?hakt|missed the mark|missed something|"
            r"welcher Punkt|which point|\?",
            coaching.draft,
        ), (tone, short, coaching.draft)
