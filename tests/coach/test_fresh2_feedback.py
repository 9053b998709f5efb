"""Second fresh-message round for the feedback family: regressions and presumptions.

revision_loop: `revert` only for one whole earlier version – not for a mix of versions, not for
one element taken from an earlier version – and its draft keeps the round limit and invites no
more changes. harsh_tone: no "without more back and forth" / „ohne weitere Rückfragen“, and the
default answers today. quality_criticism: a named property or defect (dark, blurred, stiff, too
literal) is not `vague`, and the default promises no rework before checking. unclear_request:
a client who does not know yet gets ideas to choose from (`wants_ideas`), and the `tension`
question is plain German.

The client messages are our own sentences, in German Sie, German du and English.
"""

from __future__ import annotations

import re

import pytest

from bot.coach.incidents import incident_kind
from bot.coach.normalize import fold
from tests.coach.kind_cases import S, all_drafts, assert_clean

Q, R, U, H = S.QUALITY_CRITICISM, S.REVISION_LOOP, S.UNCLEAR_REQUEST, S.HARSH_TONE


@pytest.mark.parametrize(
    "text",
    [
        "Könnten wir das Grün aus Entwurf 1 nehmen und den Aufbau aus Entwurf 3?",
        "Kannst du bitte wieder die Schrift aus Version 3 nehmen?",
        "Let's use v4 again, but with the header image from v2.",
        "Could we bring back the headline from the first draft?",
        "Bitte wieder die Überschrift wie in der ersten Fassung.",
    ],
)
def test_a_mix_or_one_element_is_no_revert(text: str) -> None:
    assert incident_kind(R, fold(text)) != "revert"


@pytest.mark.parametrize(
    "text",
    [
        "Können wir doch wieder die erste Fassung nehmen?",
        "Lass uns lieber zurück zu Version 2 gehen.",
        "Could we go back to draft 3, please?",
    ],
)
def test_one_whole_version_is_a_revert(text: str) -> None:
    assert incident_kind(R, fold(text)) == "revert"
    for tone, short, coaching in all_drafts(text, situation=R):
        assert_clean(coaching, short)
        body = coaching.draft.split("\n", 2)[-1]
        assert not re.search(
            r"Kleinigkeit|kleine Anpassung|small tweak|anything small", body, re.I
        ), (tone, short, coaching.draft)
        if not short:
            assert re.search(r"Aufwand|effort", body), (tone, short, coaching.draft)


@pytest.mark.parametrize(
    "text",
    [
        "Machen Sie einfach, was man Ihnen sagt.",
        "Mach das jetzt einfach, keine Ausreden.",
        "Just fix it, I don't want excuses.",
    ],
)
def test_taking_it_on_is_no_jab(text: str) -> None:
    for tone, short, coaching in all_drafts(text, situation=H):
        assert not re.search(
            r"Hin und Her|Rückfragen|back and forth|no more questions|not more questions",
            coaching.draft,
            re.I,
        ), (tone, short, coaching.draft)


@pytest.mark.parametrize(
    "text",
    [
        "Warum ist die Einladung an die falsche Liste gegangen???",
        "Du hast schon wieder den falschen Preis eingetragen, unglaublich.",
        "WHY does the banner still show last year's date.",
    ],
)
def test_a_heated_default_answers_today(text: str) -> None:
    for tone, short, coaching in all_drafts(text, situation=H):
        if coaching.detection.kind is not None:
            continue
        assert not re.search(
            r"bis morgen|by tomorrow|den Punkt, den|point you raise", coaching.draft
        ), (tone, short, coaching.draft)


@pytest.mark.parametrize(
    "text",
    [
        "Die Bilder sind recht dunkel geworden, und zwei sind verwackelt.",
        "Der Text klingt ziemlich steif, irgendwie nicht nach uns.",
        "The copy reads quite stiff, not what we expected.",
        "The subtitles are too literal, honestly a bit disappointing.",
        "Die Farben wirken irgendwie blass, so hatten wir uns das nicht vorgestellt.",
    ],
)
def test_a_named_property_is_not_vague(text: str) -> None:
    assert incident_kind(Q, fold(text)) != "vague"
    for tone, short, coaching in all_drafts(text, situation=Q):
        body = coaching.draft.split("\n", 2)[-1]
        assert not re.search(r"am meisten|bother you most", body), (tone, short, coaching.draft)


@pytest.mark.parametrize(
    "text",
    [
        "Gefällt mir irgendwie nicht.",
        "It just doesn't feel right.",
        "Das haut mich nicht vom Hocker.",
    ],
)
def test_nothing_named_stays_vague(text: str) -> None:
    assert incident_kind(Q, fold(text)) == "vague"


@pytest.mark.parametrize(
    "text",
    [
        "Die Aufnahmen vom Sommerfest sind fast alle unscharf.",
        "Auf dem Tablet verrutscht bei dir die ganze Navigation.",
        "The product shots came out blurry.",
    ],
)
def test_the_default_promises_no_rework_before_checking(text: str) -> None:
    for tone, short, coaching in all_drafts(text, situation=Q):
        if coaching.detection.kind is not None:
            continue
        assert_clean(coaching, short)
        assert not re.search(
            r"überarbeitete Version|bessere es nach|revised version|improve it",
            coaching.draft,
        ), (tone, short, coaching.draft)


@pytest.mark.parametrize(
    "text",
    [
        "Ich weiß selbst nicht so genau, wie es aussehen soll. Lass dir was einfallen.",
        "Wir wissen es auch noch nicht. Schauen Sie mal, ob Ihnen etwas einfällt.",
        "Honestly I don't know what I need for the banner. See what you come up with.",
    ],
)
def test_not_knowing_gets_ideas_not_a_question(text: str) -> None:
    assert incident_kind(U, fold(text)) == "wants_ideas"
    for tone, short, coaching in all_drafts(text, situation=U):
        assert not re.search(r"schwebt|have in mind", coaching.draft), (tone, short, coaching.draft)


def test_not_knowing_what_the_freelancer_meant_is_no_wish_for_ideas() -> None:
    assert incident_kind(U, fold("Ich weiß nicht genau, was Sie mit dem Entwurf B meinen.")) != (
        "wants_ideas"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Wir brauchen Flyer, modern und gleichzeitig klassisch.",
        "Die Seite soll verspielt sein, aber auch seriös wirken.",
    ],
)
def test_the_tension_question_is_plain_german(text: str) -> None:
    for tone, short, coaching in all_drafts(text, situation=U):
        assert not re.search(r"reiben|Rückmeldung", coaching.draft), (tone, short, coaching.draft)


@pytest.mark.parametrize(
    "text",
    [
        "Die Präsentation soll kürzer werden, aber bitte noch zwei Folien zum Budget dazu.",
        "Weniger Text auf der Startseite, aber alle Angebote sollen sichtbar bleiben.",
        "Keep the flyer minimal but list every opening time and all prices.",
    ],
)
def test_less_but_all_of_it_is_a_tension(text: str) -> None:
    assert incident_kind(U, fold(text)) == "tension"


@pytest.mark.parametrize(
    "text",
    ["Mach es bitte kürzer.", "Can you make the intro shorter?", "Bitte etwas weniger Text."],
)
def test_plain_shortening_is_no_tension(text: str) -> None:
    assert incident_kind(U, fold(text)) != "tension"


@pytest.mark.parametrize(
    "text",
    [
        "Ich hatte Grün gesagt, nicht Oliv. Wie oft noch.",
        "Wir wollten Hochformat, nicht Querformat!",
        "I asked for the PDF. not the Word file. Again.",
    ],
)
def test_a_correction_of_what_was_said_is_not_listened(text: str) -> None:
    assert incident_kind(H, fold(text)) == "not_listened"


@pytest.mark.parametrize(
    "text",
    ["Ich wollte das eigentlich nicht so haben.", "We wanted it done, not really a big ask."],
)
def test_a_plain_not_is_no_correction(text: str) -> None:
    assert incident_kind(H, fold(text)) != "not_listened"
