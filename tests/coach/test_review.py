"""Review of the user's own reply: each kind of escalating phrase, in German and English, and
silence on a calm, concrete reply."""

from __future__ import annotations

import pytest

from bot.coach import Finding, Language, Tone, coach, review_draft

DE, EN = Language.DE, Language.EN


def codes(text: str, language: Language | None = None) -> list[str]:
    return [f.code for f in review_draft(text, language=language)]


def finding(text: str, code: str, language: Language | None = None) -> Finding:
    matches = [f for f in review_draft(text, language=language) if f.code == code]
    assert matches, f"expected a {code} finding, got {codes(text, language)}"
    return matches[0]


# (draft, code, a phrase the excerpt must contain) — each draft also has a next step, so only
# the code under test is expected.
FLAGGED = [
    # over-promising
    ("Kein Problem, das mache ich sofort! Bis gleich.", "over_promise", "Kein Problem"),
    ("Klar, mache ich heute noch, versprochen ist versprochen. Morgen ist es da.", "over_promise",
     "mache ich heute noch"),
    ("Die neue Version ist garantiert bis Montag fertig.", "over_promise", "garantiert"),
    ("No problem, I'll send it over tomorrow.", "over_promise", "No problem"),
    ("I'll get on it right away and send it tomorrow.", "over_promise", "right away"),
    ("I promise the files will be there on Monday.", "over_promise", "I promise"),
    ("Will do ASAP, see you on Monday.", "over_promise", "ASAP"),
    # blame
    ("Wie bereits erwähnt, brauche ich die Texte bis Montag.", "blame", "Wie bereits erwähnt"),
    ("Sie hätten mir die Bilder früher schicken müssen. Ab Montag geht es weiter.", "blame",
     "Sie hätten"),
    ("Das war dein Fehler, nicht meiner. Morgen schaue ich es mir an.", "blame", "dein Fehler"),
    ("You should have sent the files earlier. I'll start on Monday.", "blame",
     "You should have"),
    ("As I already told you, the deadline is Friday.", "blame", "As I already told you"),
    ("The delay is your fault. I'll send the report on Monday.", "blame", "your fault"),
    # sarcasm
    ("Wie schön, dass Sie sich auch mal melden. Ich schicke es morgen.", "sarcasm",
     "Wie schön, dass"),
    ("Danke für die fünfte Änderung. Die Datei kommt am Montag.", "sarcasm",
     "Danke für die fünfte Änderung"),
    ("Thanks for the 5th change request. I'll update the file on Monday.", "sarcasm",
     "5th change request"),
    ("Obviously the brief was unclear. I'll send a new draft on Monday.", "sarcasm", "Obviously"),
    ("Clearly you did not read the proposal. It is attached again; can we talk on Monday?",
     "sarcasm", "Clearly you"),
    # mirrored harshness
    ("Das ist doch lächerlich. Die Datei kommt am Montag.", "mirrored_harshness", "lächerlich"),
    ("Ich mache das NICHT noch einmal. Am Montag bekommen Sie die Datei.",
     "mirrored_harshness", "NICHT"),
    ("Die Datei kommt am Montag!!!", "mirrored_harshness", "!!!"),
    ("What a stupid request. The file comes on Monday.", "mirrored_harshness", "stupid"),
    ("I will NOT redo this for free. The invoice stands; can we talk tomorrow?",
     "mirrored_harshness", "NOT"),
    ("This is the last time I say it!! See you Monday.", "mirrored_harshness", "!!"),
    # piled-up apologies
    ("Es tut mir leid, entschuldigen Sie bitte die Verzögerung. Morgen um 10 Uhr ist es da.",
     "apology_pile", "Es tut mir leid"),
    ("Sorry! Leider klappt es nicht. Entschuldigung nochmal. Die Datei kommt am Montag.",
     "apology_pile", "Sorry"),
    ("Sorry, I'm so sorry for the delay. You'll have it on Monday.", "apology_pile", "Sorry"),
    ("Sorry. Unfortunately it slipped. My apologies. You'll have it tomorrow.",
     "apology_pile", "Sorry"),
    # apologising for being paid or for having working hours
    ("Entschuldigung, dass ich wegen der Rechnung nachfrage. Sie war am Montag fällig.",
     "apology_for_boundary", "wegen der Rechnung"),
    ("Tut mir leid, am Wochenende arbeite ich nicht. Am Montag um 9 Uhr melde ich mich.",
     "apology_for_boundary", "Wochenende"),
    ("Sorry to bother you about the invoice. It was due on Monday.", "apology_for_boundary",
     "about the invoice"),
    ("Sorry, I only work until 5. I'll reply tomorrow morning.", "apology_for_boundary",
     "I only work until 5"),
]


class TestFindings:
    @pytest.mark.parametrize(("draft", "code", "phrase"), FLAGGED)
    def test_phrase_is_flagged_with_its_excerpt(self, draft: str, code: str, phrase: str) -> None:
        """Each escalating phrase is found, and the excerpt quotes it from the draft."""
        f = finding(draft, code)
        assert phrase.lower() in f.excerpt.lower()

    @pytest.mark.parametrize(("draft", "code", "phrase"), FLAGGED)
    def test_flagged_draft_has_no_unrelated_findings(
        self, draft: str, code: str, phrase: str
    ) -> None:
        """Apart from mirrored tone (which may co-occur), only the code under test fires."""
        others = set(codes(draft)) - {code, "mirrored_harshness", "apology_pile"}
        assert others == set()

    @pytest.mark.parametrize(("draft", "code", "phrase"), FLAGGED)
    def test_message_and_suggestion_are_single_lines(
        self, draft: str, code: str, phrase: str
    ) -> None:
        """A finding reads as one line of message and one line of suggestion."""
        f = finding(draft, code)
        for line in (f.message, f.suggestion):
            assert line.strip()
            assert "\n" not in line

    def test_no_next_step_in_german(self) -> None:
        """A reply without date, time, offer or question is flagged."""
        draft = (
            "Vielen Dank für Ihre Nachricht. Ich habe alles verstanden und kümmere mich darum, "
            "sobald ich dazu komme."
        )
        assert codes(draft) == ["no_next_step"]

    def test_no_next_step_in_english(self) -> None:
        """The same in English."""
        draft = "Thanks for your message. I understand and will look into it when I find the time."
        assert codes(draft) == ["no_next_step"]

    @pytest.mark.parametrize(
        "draft",
        [
            "Danke für Ihre Nachricht, ich schicke Ihnen die Datei bis Freitag, 12 Uhr zu.",
            "Danke für Ihre Nachricht. Passt Ihnen ein kurzes Telefonat, um das zu klären?",
            "Thanks for the note. I can offer a smaller package that fits the budget you named.",
            "Thanks for the note, I will send the revised layout by Thursday afternoon.",
            "Thanks for the note. Please settle the open amount within seven days, as agreed.",
            "Danke für die Nachricht. Bitte begleichen Sie den Betrag innerhalb von sieben Tagen.",
            "Thanks for asking. I'm happy to estimate the effort and send you a short quote.",
            "Thanks for the message, I will answer it first thing on my next working day.",
        ],
    )
    def test_date_offer_or_question_is_a_next_step(self, draft: str) -> None:
        """A date, a time, an offer or a question counts as a concrete next step."""
        assert "no_next_step" not in codes(draft)

    def test_too_long_in_german(self) -> None:
        """More than 180 words is too long, even with short sentences."""
        draft = " ".join(["Ich schicke Ihnen die Datei am Montag."] * 30)
        assert "too_long" in codes(draft)

    def test_too_long_in_english(self) -> None:
        draft = " ".join(["I will send you the file on Monday."] * 30)
        assert "too_long" in codes(draft)

    def test_long_sentence_in_both_languages(self) -> None:
        """A sentence of more than 40 words is flagged, with the start of it as excerpt."""
        de = "Ich schicke Ihnen " + "und dann noch die Datei " * 10 + "am Montag."
        en = "I will send you " + "and then also the file " * 10 + "on Monday."
        for draft in (de, en):
            f = finding(draft, "long_sentence")
            assert draft.startswith(f.excerpt.rstrip("…"))
            assert "too_long" not in codes(draft)


class TestConditionalBlame:
    """'Sie hätten …' is a reproach unless it paraphrases a wish or an option."""

    @pytest.mark.parametrize(
        "draft",
        [
            "Sie hätten die Grafiken gern bis Freitag, richtig? Dann plane ich das so ein.",
            "Sie hätten die Grafiken also am liebsten schon am Donnerstag.",
            "Sie hätten, wie Sie schreiben, gerne eine zweite Variante. Passt Ihnen Montag?",
            "Sie hätten Interesse an einem Wartungspaket? Ein Angebot schicke ich Ihnen morgen.",
            "Du hättest lieber ein helleres Blau, verstehe ich das richtig?",
            "Sie hätten dann beide Entwürfe zur Auswahl und entscheiden bis Mittwoch.",
        ],
    )
    def test_polite_conditional_is_not_blame(self, draft: str) -> None:
        assert "blame" not in codes(draft)

    @pytest.mark.parametrize(
        ("draft", "excerpt"),
        [
            ("Sie hätten das früher sagen können. Ab Montag geht es weiter.", "Sie hätten"),
            ("Sie hätten mir die Texte schicken müssen, dann hätte ich es gern gemacht. "
             "Bis Montag.", "Sie hätten"),
            ("Du hättest die Datei halt vorher prüfen sollen. Morgen schaue ich es mir an.",
             "Du hättest"),
            ("Sie hätten doch gern früher Bescheid geben dürfen. Bis Montag.", "Sie hätten"),
        ],
    )
    def test_reproach_is_blame_even_with_a_wish_word_later(self, draft: str, excerpt: str) -> None:
        assert finding(draft, "blame").excerpt == excerpt

    def test_lower_case_sie_is_they(self) -> None:
        """Mid-sentence 'sie hätten' means 'they would have'."""
        draft = "Die Kollegen meinten, sie hätten die Datei am Montag geschickt. Ich prüfe das."
        assert "blame" not in codes(draft)


class TestParaphrasedUrgency:
    """Restating the client's wish ("you'd like it as soon as possible") is listening, not an
    over-promise; taking it on ("I'll do it ASAP") is."""

    @pytest.mark.parametrize(
        "draft",
        [
            "I understand that you'd like this as soon as possible. I'll send it on Friday.",
            "Ich verstehe, dass Sie das sofort brauchen. Bis Freitag schicke ich es Ihnen.",
            "Du möchtest die Grafik am liebsten sofort, verstehe. Morgen um 10 Uhr ist sie da.",
        ],
    )
    def test_paraphrase_is_not_a_promise(self, draft: str) -> None:
        assert "over_promise" not in codes(draft)

    @pytest.mark.parametrize(
        "draft",
        [
            "I know you want it, I will do it ASAP. Talk on Monday.",
            "Sie möchten es schnell, ich mache es sofort. Bis Montag.",
        ],
    )
    def test_taking_it_on_is_a_promise(self, draft: str) -> None:
        assert "over_promise" in codes(draft)

    @pytest.mark.parametrize(
        "draft",
        [
            "Danke für Ihre Rückmeldung. Nennen Sie mir gern Ihr Budget, dann schlage ich Ihnen "
            "eine passende Lösung vor.",
            "Danke für Ihre Nachricht. Gern vereinbaren wir einen kurzen Übergabetermin mit "
            "Ihrem Team.",
            "Danke dir. Ich bereite die Übergabe vor und schicke dir innerhalb einer Woche alle "
            "Unterlagen.",
            "Thanks for asking. If you like, I'll put this together as an add-on with the effort "
            "involved.",
        ],
    )
    def test_offers_and_requests_are_next_steps(self, draft: str) -> None:
        assert "no_next_step" not in codes(draft)


class TestLanguage:
    def test_findings_speak_the_language_of_the_draft(self) -> None:
        """A German draft gets German messages, an English draft English ones."""
        de = finding("Kein Problem, mache ich sofort. Bis Montag.", "over_promise")
        en = finding("No problem, I'll do it right away. Until Monday.", "over_promise")
        assert de.message != en.message
        assert de.suggestion != en.suggestion
        assert de == finding("Kein Problem, mache ich sofort. Bis Montag.", "over_promise", DE)
        assert en == finding("No problem, I'll do it right away. Until Monday.", "over_promise", EN)

    def test_language_can_be_forced(self) -> None:
        """With language=EN a German draft gets English messages, same codes."""
        draft = "Wie bereits erwähnt: Die Rechnung ist fällig. Sorry, leider, Entschuldigung."
        assert codes(draft, DE) == codes(draft, EN)
        assert [f.message for f in review_draft(draft, language=DE)] != [
            f.message for f in review_draft(draft, language=EN)
        ]


CLEAN = [
    (
        "Guten Tag Frau Berger,\n\nvielen Dank für Ihre Nachricht. Die zusätzliche Landingpage "
        "war nicht Teil unseres Angebots. Gern erstelle ich sie als Zusatzleistung für 380 Euro; "
        "fertig wäre sie bis Freitag, 12 Uhr. Passt das für Sie?\n\nViele Grüße\nMara"
    ),
    (
        "Hallo Tim, danke dir für das Feedback. Damit ich die Änderungen gezielt umsetze: "
        "Was hat dir an der ersten Version besser gefallen? Eine überarbeitete Fassung "
        "schicke ich dir dann bis Mittwoch."
    ),
    (
        "Sie hätten also gern noch eine dritte Variante. Das ist möglich: Ab sofort plane ich "
        "dafür einen halben Tag ein, die Variante bekommen Sie am Donnerstag."
    ),
    (
        "Hi Tom,\n\nthanks for flagging this. The extra landing page wasn't part of our "
        "agreement. I can build it as an add-on for $400 and deliver it by Friday noon. "
        "Shall I go ahead?\n\nBest,\nMara"
    ),
    (
        "Thanks for your patience, Anna. As promised, the revised report is attached. I'll "
        "call you on Tuesday at 10 am to go through the open points."
    ),
    (
        "Hi Sam, I understand the timing is tight. I can deliver the first two sections by "
        "Wednesday and the rest by next Monday. Would that work for you?"
    ),
    "Danke, ist angekommen.",
    "Thanks, got it!",
]


class TestNoFalseAlarms:
    @pytest.mark.parametrize("draft", CLEAN)
    def test_calm_concrete_reply_has_no_findings(self, draft: str) -> None:
        """A professional reply with a next step yields no findings at all."""
        assert review_draft(draft) == []

    @pytest.mark.parametrize("draft", ["", "   ", "\n\t"])
    def test_empty_draft_has_no_findings(self, draft: str) -> None:
        assert review_draft(draft) == []

    def test_acronyms_are_not_shouting(self) -> None:
        """Capitals that are acronyms (IBAN, DSGVO, HTML) are not read as shouting."""
        draft = "Die IBAN steht auf der Rechnung; das HTML-Template ist DSGVO-konform. Bis Montag."
        assert "mirrored_harshness" not in codes(draft)

    def test_one_apology_for_a_real_mistake_is_fine(self) -> None:
        """A single apology for one's own slip is not a pile."""
        draft = "Entschuldigung, da habe ich die falsche Datei angehängt. Hier ist die richtige."
        assert codes(draft) == []


# Client messages of every kind (written for this test) whose coached drafts must pass review:
# DESIGN.md says a draft never over-promises, blames, mirrors rudeness or apologises for being
# paid, so calm's own drafts are the largest set of "good replies" there is.
CLIENT_MESSAGES = [
    "Könnten Sie bei der Gelegenheit noch zwei Produktseiten mehr anlegen? Ist ja nur eine "
    "Kleinigkeit.",
    "Kannst du mir die Präsentation bitte bis heute Abend fertig machen? Ist dringend!",
    "Wo bleibt der Monatsbericht? Der war schon letzte Woche fällig.",
    "Ehrlich gesagt gefällt mir der neue Entwurf gar nicht, der alte war besser.",
    "Noch eine kleine Änderungsrunde am Flyer bitte, dann ist er wirklich final.",
    "Ihre Rechnung über 480 Euro zahlen wir erst, wenn das Projekt live ist.",
    "1.200 Euro für den Relaunch? Das ist uns viel zu teuer.",
    "Das ist doch lächerlich!!! Was machen Sie eigentlich den ganzen Tag?",
    "Mach das mal irgendwie moderner, du weißt schon.",
    "Warum antworten Sie nicht? Ich habe Ihnen um 22 Uhr geschrieben.",
    "Wir beenden die Zusammenarbeit zum Monatsende.",
    "Danke für die Dateien, alles gut angekommen.",
    "Could you also quickly set up the newsletter template? Shouldn't take long.",
    "Where is the report? This is the third time I'm asking.",
    "We'll pay the invoice once the campaign performs.",
    "Your new rate is too high for us. Can we keep the old price?",
    "This is UNACCEPTABLE. Fix it NOW.",
    "I expect you to answer on weekends too.",
]


class TestCalmsOwnDraftsPassReview:
    @pytest.mark.parametrize("message", CLIENT_MESSAGES)
    def test_every_tone_and_length(self, message: str) -> None:
        """The engine's drafts, in every tone, long and short, yield no findings."""
        for tone in Tone:
            for short in (False, True):
                c = coach(message, tone=tone, short=short)
                findings = review_draft(c.draft, language=c.reply_language)
                assert findings == [], (c.situation, tone, short, findings)
