"""Incident kinds for feedback situations: harsh_tone (no_contact, ai_suspicion, insult,
demands_action, insists, jab and the concrete-point default), quality_criticism (ai_suspicion,
process, vague – never on a named property –, open_direction and direction), revision_loop
(revert, restart, sends_change, pending_review, repeated, concrete_change, vague) and
unclear_request (pdf_export, word_export, file_format, firm_change, concrete_change,
price_question, repeat_info, quick_question, question).

The client messages are our own. Each kind is read from the folded text of the situation given,
and its drafts (every tone, long and short) in German Sie, German du and English must say what
the kind needs and never what it must not.
"""

from __future__ import annotations

import re

import pytest

from bot.coach import Language, Situation, Tone, review_draft
from bot.coach import coach as default_coach
from bot.coach.incidents import incident_kind
from bot.coach.normalize import fold
from tests.coach.kind_cases import DU, EN, SIE, Case, all_drafts, assert_clean

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
    Case(S.REVISION_LOOP, "revert", SIE, "Die erste Fassung war besser, nehmen wir die wieder."),
    Case(S.REVISION_LOOP, "revert", DU, "Mach es doch wieder so wie vorher, das war schöner."),
    Case(S.REVISION_LOOP, "revert", EN, "Honestly, can we go back to the original layout?"),
    Case(S.UNCLEAR_REQUEST, "price_question", SIE, "Und was würde Sie so etwas ungefähr kosten?"),
    Case(S.UNCLEAR_REQUEST, "price_question", DU, "Wie teuer wäre das bei dir mit Shop?"),
    Case(S.UNCLEAR_REQUEST, "price_question", EN, "How much would a thing like that be?"),
    # harsh_tone: the client breaks off the conversation
    Case(S.HARSH_TONE, "no_contact", SIE, "Mit Ihnen rede ich nicht mehr, das war es."),
    Case(S.HARSH_TONE, "no_contact", DU, "Lass mich einfach in Ruhe mit dem Kram!"),
    Case(S.HARSH_TONE, "no_contact", EN, "I don't want to be talking to you anymore. Goodbye!"),
    Case(S.HARSH_TONE, "no_contact", EN, "Seriously, I'm done. Don't contact me again."),
    # harsh_tone and quality_criticism: the work is said to be made with AI
    Case(S.HARSH_TONE, "ai_suspicion", SIE, "Das hat doch ChatGPT geschrieben, unverschämt!"),
    Case(S.HARSH_TONE, "ai_suspicion", DU, "Der Blogtext ist doch KI-generiert, ehrlich jetzt!"),
    Case(S.HARSH_TONE, "ai_suspicion", EN, "You obviously used AI for this, what a rip-off!"),
    Case(S.QUALITY_CRITICISM, "ai_suspicion", SIE, "Unser KI-Detektor schlägt bei Ihrem Text an."),
    Case(S.QUALITY_CRITICISM, "ai_suspicion", DU, "Der Text klingt nach künstlicher Intelligenz."),
    Case(S.QUALITY_CRITICISM, "ai_suspicion", EN, "The checker says 85% of the blog post is AI."),
    # harsh_tone: the client has decided or overrules
    Case(S.HARSH_TONE, "insists", SIE, "Das ist mir völlig egal, das will ich so haben!"),
    Case(S.HARSH_TONE, "insists", DU, "Ich kenne meine Kunden, die wollen das genau so!"),
    Case(S.HARSH_TONE, "insists", EN, "I don't care what you think. I know my audience."),
    Case(S.HARSH_TONE, "insists", EN, "We don't want a blog, full stop!"),
    # quality_criticism: a named direction, not a broken thing
    Case(S.QUALITY_CRITICISM, "direction", SIE, "Die Farben sind uns viel zu grell."),
    Case(S.QUALITY_CRITICISM, "direction", DU, "Das Plakat wirkt noch zu verspielt."),
    Case(S.QUALITY_CRITICISM, "direction", EN, "The flyer is way too busy, can you tone it down?"),
    # revision_loop: another round on top of earlier ones
    Case(S.REVISION_LOOP, "repeated", SIE, "Der Chef hat schon wieder Anmerkungen zum Katalog."),
    Case(S.REVISION_LOOP, "repeated", DU, "Können wir noch eine Runde an den Farben drehen?"),
    Case(S.REVISION_LOOP, "repeated", EN, "Could you change the headline again? Sorry!"),
    # revision_loop: the client sends the change itself
    Case(S.REVISION_LOOP, "sends_change", SIE, "Anbei die neue Preisliste, bitte so übernehmen."),
    Case(S.REVISION_LOOP, "sends_change", DU, "Im Anhang findest du den neuen Text für die Seite."),
    Case(S.REVISION_LOOP, "sends_change", EN, "Here is the new wording for the About page."),
    # revision_loop: the feedback is still being gathered
    Case(S.REVISION_LOOP, "pending_review", SIE, "Wir müssen das erst intern abstimmen."),
    Case(S.REVISION_LOOP, "pending_review", DU, "Ich geb das an unser Team weiter zur Freigabe."),
    Case(S.REVISION_LOOP, "pending_review", EN, "We'll circulate it internally and come back."),
    # unclear_request: a file format
    Case(S.UNCLEAR_REQUEST, "file_format", SIE, "Bitte schicken Sie uns das Ganze als EPS-Datei."),
    Case(S.UNCLEAR_REQUEST, "file_format", DU, "Kannst du mir die Tabelle im Excel-Format geben?"),
    Case(S.UNCLEAR_REQUEST, "file_format", EN, "I need the brochure as an InDesign file."),
    # unclear_request: an imperative after a "no", a spec with a number
    Case(S.UNCLEAR_REQUEST, "firm_change", SIE, "Nein, so nicht. Nehmen Sie das blaue Foto!"),
    Case(S.UNCLEAR_REQUEST, "firm_change", DU, "Wir wollen eine 2 Minuten lange Version."),
    Case(S.UNCLEAR_REQUEST, "firm_change", EN, "No, that's wrong. Use the square logo!"),
    Case(S.UNCLEAR_REQUEST, "firm_change", EN, "We want a 300 words summary on top."),
    Case(S.UNCLEAR_REQUEST, "firm_change", EN, "The intro needs to be 20 seconds, max."),
    # unclear_request: a tentative change, to try out
    Case(S.UNCLEAR_REQUEST, "concrete_change", SIE, "Könnten Sie das Foto etwas heller machen?"),
    Case(S.UNCLEAR_REQUEST, "concrete_change", DU, "Kannst du den Titel etwas größer machen?"),
    Case(S.UNCLEAR_REQUEST, "concrete_change", EN, "Couldn't we move the logo to the left?"),
    # unclear_request: something asked for again
    Case(S.UNCLEAR_REQUEST, "repeat_info", SIE, "Wie war nochmal die Adresse der Druckerei?"),
    Case(S.UNCLEAR_REQUEST, "repeat_info", DU, "Kannst du mir den Link nochmal schicken?"),
    Case(S.UNCLEAR_REQUEST, "repeat_info", EN, "Sorry, what was the login for the preview again?"),
    # unclear_request: a quick or short follow-up question
    Case(S.UNCLEAR_REQUEST, "quick_question", SIE, "Kurze Frage: Ist das Foto lizenzfrei?"),
    Case(S.UNCLEAR_REQUEST, "quick_question", DU, "Ach so, das geht also nicht? Warum nicht?"),
    Case(S.UNCLEAR_REQUEST, "quick_question", EN, "Quick one: which font did we pick?"),
    # unclear_request: a standard export
    Case(S.UNCLEAR_REQUEST, "pdf_export", SIE, "Können Sie mir die Preisliste als PDF schicken?"),
    Case(S.UNCLEAR_REQUEST, "pdf_export", DU, "Schick mir das Angebot bitte als PDF."),
    Case(S.UNCLEAR_REQUEST, "pdf_export", EN, "Could you convert it to a PDF, please?"),
    Case(S.UNCLEAR_REQUEST, "word_export", SIE, "Ich bräuchte den Text als Word-Datei."),
    Case(S.UNCLEAR_REQUEST, "word_export", DU, "Kannst du mir das im Word-Format geben?"),
    Case(S.UNCLEAR_REQUEST, "word_export", EN, "Please send the script in Word so I can edit it."),
    # revision_loop: one concrete change
    Case(S.REVISION_LOOP, "concrete_change", SIE, "Können wir den Kasten etwas kleiner machen?"),
    Case(S.REVISION_LOOP, "concrete_change", DU, "Könntest du das Foto etwas heller machen?"),
    Case(S.REVISION_LOOP, "concrete_change", EN, "Can't we make the button green instead?"),
    # revision_loop: disapproval that names no point
    Case(S.REVISION_LOOP, "vague", SIE, "So kann ich das leider nicht freigeben."),
    Case(S.REVISION_LOOP, "vague", DU, "Hm, so richtig überzeugt bin ich noch nicht."),
    Case(S.REVISION_LOOP, "vague", EN, "Hmm, none of these options works for me."),
    Case(S.REVISION_LOOP, "vague", EN, "Honestly, the one we wanted is not there."),
    # quality_criticism: a new direction with no target
    Case(S.QUALITY_CRITICISM, "open_direction", SIE, "Wir hätten gern eine andere Farbe dafür."),
    Case(S.QUALITY_CRITICISM, "open_direction", DU, "Nimm bitte eine andere Schrift."),
    Case(S.QUALITY_CRITICISM, "open_direction", EN, "It has the wrong vibe. A different shade?"),
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
    "revert": r"frühere|earlier",
    "price_question": r"Angebot|quote",
    "question": r"bis morgen|by tomorrow",
    "no_contact": r"Bescheid|wieder auf|let me know|tell me|pick this up|I'm here",
    "ai_suspicion": r"Entwürfe|drafts|wie der Text entstanden|how the text came",
    "insists": r"entscheid|Entscheidung|your call|decision",
    "direction": r"entsprechend|accordingly|adjust|überarbeit|rework|revised",
    "repeated": r"bezahlte|kostenpflichtig|\bpaid\b|gesondert|separately",
    "sends_change": r"Version|version",
    "pending_review": r"einer Runde|one round|single round|one go",
    "file_format": r"Format|format",
    "concrete_change": r"Version|version",
    "firm_change": r"ändere es so|genau so|change it that way|build that in|exactly like that",
    "repeat_info": r"heute noch einmal|again today|email it to you again",
    "quick_question": r"heute|today",
    "pdf_export": r"als PDF|as a PDF",
    "word_export": r"als Word-Datei|as a Word file",
    "vague": r"Punkte|ansetze|ändern|points|start|change most",
    "open_direction": r"Farbton|Beispiel|Vorbild|shade|example",
}
NEVER = {
    "insult": r"Telefonat|call\b|Entschuldig|sorry|apolog",
    "demands_action": r"\?|wo es|was genau|where I|what exactly|Telefonat|call\b",
    "jab": r"Telefonat|call\b",
    "process": r"überarbeit|Korrektur|rework|revis|fix\b",
    "restart": r"Schuld|fault|hätten|should have|aufgebraucht|verbraucht|used up",
    # an earlier version back is no new round: no quote, no billing, no question what to change
    "revert": r"Angebot|quote|Runde|round|bezahlt|paid|welche Punkte|which points",
    # no figure before the scope is known, and no "what should the result achieve?"
    "price_question": r"\d|bewirken|achieve",
    "question": r"was genau|schwebt|what exactly|have in mind|Varianten|variants",
    "no_contact": r"Telefonat|call\b|kümmere|look into|bis morgen|by tomorrow|\?",
    "ai_suspicion": r"Korrektur|überarbeit|in Ordnung|\bfix|rework|sort it out|put it right|"
    r"sorry|Entschuldig|leid",
    "insists": r"bis morgen|by tomorrow|gehe den Punkt|go through|\?",
    "direction": r"Ursache|woran es liegt|\bcause|Korrektur|the fix|put it right|sort it out",
    "repeated": r"aufgebraucht|verbraucht|used up",
    "sends_change": r"Erweiterung|extension|paid|bezahlt|Aufwand|effort|Runde|round|have in mind|"
    r"schwebt",
    "pending_review": r"bezahlt|\bpaid\b|Erweiterung|extension",
    "file_format": r"schwebt|have in mind|Varianten|variants|\?",
    "concrete_change": r"schwebt|have in mind|was genau|what exactly",
    "firm_change": r"zurück|bisherige|jetzige Version|switch back|previous|current version|"
    r"\btry|probier|Vergleich|prefer",
    "repeat_info": r"bis morgen|by tomorrow|properly|genau an|\?",
    "quick_question": r"bis morgen|by tomorrow|properly|rough guess|Ungefähres|raten|\bguess",
    "pdf_export": r"nichts verloren|möglich|gets lost|possible|bis morgen|by tomorrow|prüfe|check",
    "word_export": r"nichts verloren|möglich|gets lost|possible|bis morgen|by tomorrow|prüfe|check",
    "vague": r"noch einmal so genau|another close look|feedback on this|weitere Änderungsrunde|"
    r"another round",
    "open_direction": r"in diese Richtung|in that direction|Werktag|working day|übermorgen|"
    r"day after tomorrow",
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
    # a named property is not vague: it names the direction
    (S.QUALITY_CRITICISM, "Gefällt mir nicht, viel zu dunkel.", "direction"),
    (
        S.QUALITY_CRITICISM,
        "So hab ich mir das nicht vorgestellt, nicht so bunt bitte.",
        "direction",
    ),
    (S.QUALITY_CRITICISM, "I don't like it, the text is too small.", "direction"),
    (S.QUALITY_CRITICISM, "Not happy with it, the photo is not bright enough.", "direction"),
    (S.QUALITY_CRITICISM, "Not quite right yet, the background could be whiter.", "direction"),
    # a broken thing keeps the default (check, fix)
    (S.QUALITY_CRITICISM, "Der Link im Footer führt ins Leere.", None),
    (S.QUALITY_CRITICISM, "The logo on the invoice template is the old one.", None),
    # still vague when nothing is named
    (S.QUALITY_CRITICISM, "Irgendwie gefällt mir das nicht.", "vague"),
    (S.QUALITY_CRITICISM, "It just doesn't feel right to me.", "vague"),
    # a request or a suggestion is no question
    (S.UNCLEAR_REQUEST, "Can you make the title bigger?", "concrete_change"),
    (S.UNCLEAR_REQUEST, "What if we put the logo on the left instead?", None),
    (S.UNCLEAR_REQUEST, "Why don't you try a few options there?", None),
    (S.UNCLEAR_REQUEST, "Wie wäre es größer, aber nicht größer?", None),
    # another round is not a restart
    (S.REVISION_LOOP, "Können wir noch eine Runde am Text machen?", "repeated"),
    (S.REVISION_LOOP, "One more round on the colours, please.", "repeated"),
    # one small request is no repeated round: a concrete change
    (S.REVISION_LOOP, "Könnten Sie die Überschrift etwas kleiner setzen?", "concrete_change"),
    (S.REVISION_LOOP, "Can you swap the two photos on page three?", "concrete_change"),
    # a repeated round with a change stays a repeated round
    (S.REVISION_LOOP, "Could you make the title bigger again?", "repeated"),
    # a named point keeps the revision default
    (S.REVISION_LOOP, "Bitte noch das Datum im Footer ergänzen.", None),
    # a target named: direction, not open_direction
    (S.QUALITY_CRITICISM, "A different green, please – a bit darker.", "direction"),
    (S.QUALITY_CRITICISM, "Eine andere Farbe, gern etwas heller.", "direction"),
    # a plain question keeps the question kind; a tentative change keeps concrete_change
    (S.UNCLEAR_REQUEST, "Why does the footer show last year's date?", "question"),
    (S.UNCLEAR_REQUEST, "Could you make the photo brighter?", "concrete_change"),
    # "again" in a change request is no repeat_info
    (S.UNCLEAR_REQUEST, "Can you make the logo bigger again?", "concrete_change"),
    # a price question is no question about the job: it is answered with what the price needs
    (S.UNCLEAR_REQUEST, "Hallo, was kostet denn so ein Imagefilm?", "price_question"),
    (S.UNCLEAR_REQUEST, "How much would a landing page cost?", "price_question"),
    (S.UNCLEAR_REQUEST, "Das ist doch Unsinn! Was können Sie eigentlich?", None),
    # "I want a" + a spec is no new brief; a deliverable or "new" is
    (S.UNCLEAR_REQUEST, "And I want a darker shade in the header.", None),
    (S.UNCLEAR_REQUEST, "Ich möchte eine Schrift, die freundlicher wirkt.", None),
    (S.UNCLEAR_REQUEST, "We need a brochure for the trade fair.", "new_brief"),
    (S.UNCLEAR_REQUEST, "Wir brauchen einen neuen Flyer für den Sommer.", "new_brief"),
    # a "no" with no imperative after it stays unclear
    (S.UNCLEAR_REQUEST, "No, no. It just has to feel magical somehow.", None),
    # "in a word" is no file format
    (S.UNCLEAR_REQUEST, "In a word: it should feel lighter.", None),
    # a format only mentioned is no format request
    (S.UNCLEAR_REQUEST, "Sie hat das Plakat in Word gemacht, ist das okay?", "question"),
    (S.UNCLEAR_REQUEST, "My nephew made the menu in Canva. Make it nicer.", None),
    # harsh_tone: a masked swear word without a concrete point is an insult
    (S.HARSH_TONE, "You are a f***ing joke, mate.", "insult"),
    # a masked swear word with a concrete point keeps the default
    (S.HARSH_TONE, "The f***ing export still crashes on every file!", None),
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


# --- a threat of violence ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ich weiß, wo Sie wohnen. Überlegen Sie sich gut, was Sie jetzt tun.", Language.DE),
        ("Pass bloß auf, sonst bring ich dich um.", Language.DE),
        ("If you post those photos I will hurt you. I know where you live.", Language.EN),
    ],
)
def test_a_threat_of_violence_ends_the_conversation(text: str, language: Language) -> None:
    """No apology, no offer, no call: the draft only ends the conversation, and the user is told
    to keep the message and get help."""
    assert incident_kind(S.HARSH_TONE, fold(text)) == "violent_threat"
    for tone in Tone:
        for short in (False, True):
            coaching = default_coach(text, situation=S.HARSH_TONE, tone=tone, short=short)
            assert coaching.reply_language is language
            draft = coaching.draft
            assert review_draft(draft, language=coaching.reply_language) == [], draft
            assert re.search(r"Drohung|threat", draft), draft
            assert not re.search(
                r"leid|Entschuldig|sorry|apolog|Telefonat|call|Angebot|quote|verstehe|understand",
                draft,
                re.I,
            ), draft
            assert re.search(r"Polizei|police", coaching.boundary), coaching.boundary


@pytest.mark.parametrize(
    "text",
    ["Your photos were the bomb, thanks!", "Can you blow up the photo to A3 for the lobby?"],
)
def test_slang_and_enlargements_are_no_threat(text: str) -> None:
    assert incident_kind(S.HARSH_TONE, fold(text)) != "violent_threat"
