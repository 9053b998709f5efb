"""Composition rules beyond test_compose.py: greeting and sign-off, perspective of the
client's words, capacity alternatives, notes, stability across processes, the engine."""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bot.coach.compose import LENGTH_SHORT
from bot.coach.model import (
    Capacity,
    Detection,
    Formality,
    Language,
    Profile,
    Situation,
    Slots,
    Tone,
)
from bot.coach.normalize import MAX_ANALYSED_CHARS
from bot.coach.playbooks import load_playbooks
from tests.coach.full_arc import coach, compose

ROOT = Path(__file__).resolve().parents[2]
SIE_FORMS = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre[nmrs]?)\b")
DU_FORMS = re.compile(r"\b(du|dich|dir|dein[enmrs]?|euch|euer|eure[nmrs]?)\b", re.I)
VOICES = {
    "de.sie": (Language.DE, Formality.SIE),
    "de.du": (Language.DE, Formality.DU),
    "en": (Language.EN, Formality.NONE),
}


def detection(
    situation: Situation = Situation.SCOPE_CREEP,
    voice: str = "de.sie",
    *,
    secondary: tuple[Situation, ...] = (),
    foreign: str | None = None,
    **slots,
) -> Detection:
    language, formality = VOICES[voice]
    return Detection(situation=situation, secondary=secondary, heat=40, language=language,
                     formality=formality, foreign_language=foreign, slots=Slots(**slots))


def draft(det: Detection, text: str = "Eine Nachricht.", **kwargs) -> str:
    kwargs.setdefault("profile", Profile())
    kwargs.setdefault("tone", Tone.NEUTRAL)
    return compose(det, text, **kwargs).draft


def filled(phrases, **facts) -> list[str]:
    return [re.sub(r"\{(\w+)\}", lambda m: facts.get(m.group(1), m.group(0)), p)
            for p in phrases]


class TestVoice:

    def test_forced_english_for_a_german_client(self):
        """The "other language" button gives an English draft, the reminder stays German."""
        coaching = compose(detection(voice="de.du"), "Kannst du das machen?",
                           profile=Profile(language=Language.DE), tone=Tone.NEUTRAL,
                           language=Language.EN)
        assert coaching.reply_language is Language.EN
        assert "Thank" in coaching.draft or "Thanks" in coaching.draft or "Good" in coaching.draft
        assert not DU_FORMS.search(coaching.draft)
        assert coaching.boundary.startswith("Du ")

    def test_forced_german_for_an_english_client_uses_sie(self):
        """An English client answered in German gets the formal register."""
        coaching = compose(detection(voice="en"), "Can you add this?", profile=Profile(),
                           tone=Tone.NEUTRAL, language=Language.DE)
        assert coaching.reply_language is Language.DE
        assert SIE_FORMS.search(coaching.draft)
        assert not DU_FORMS.search(coaching.draft)

    def test_reminder_in_english_for_an_english_user(self):
        """An English-speaking user reads the boundary reminder in English."""
        coaching = compose(detection(voice="de.sie"), "x", profile=Profile(language=Language.EN),
                           tone=Tone.NEUTRAL)
        assert coaching.boundary.startswith("You ")

    def test_paragraphs_are_plain_text(self):
        """Paragraphs are separated by a blank line; no Markdown."""
        text = draft(detection())
        assert "\n\n" in text
        assert not re.search(r"^(#|\*|-)", text, re.M)
        assert "**" not in text


class TestGreetingAndSignoff:
    @pytest.mark.parametrize(
        ("voice", "name", "first_only", "options"),
        [
            ("de.sie", "Frau Berger", False, {"Guten Tag Frau Berger,", "Hallo Frau Berger,"}),
            ("de.du", "Anna", True, {"Hallo Anna,", "Hi Anna,"}),
            ("en", "Tom", True, {"Hi Tom,", "Hello Tom,"}),
            ("de.sie", None, False, {"Guten Tag,", "Hallo,"}),
            ("de.du", None, False, {"Hallo,"}),
            ("en", None, False, {"Hi,", "Hello,"}),
        ],
    )
    def test_salutation(self, voice, name, first_only, options):
        """The salutation fits the register and uses the client's name when known."""
        det = detection(voice=voice, client_name=name, client_first_name_only=first_only)
        for i in range(6):
            assert draft(det, f"message {i}").split("\n", 1)[0] in options

    def test_german_text_continues_in_lower_case_after_salutation(self):
        """After "Hallo Anna," the letter goes on in lower case ("vielen Dank …")."""
        det = detection(Situation.NEUTRAL, "de.du")
        starts = {draft(det, f"m{i}").split("\n\n")[1][:1] for i in range(30)}
        assert starts <= set("abcdefghijklmnopqrstuvwxyzäöü")

    def test_signs_with_the_profile_name(self):
        """Without a signature, the user's name follows the closing words."""
        text = draft(detection(voice="en"), profile=Profile(name="Mia"))
        closing, name = text.rsplit("\n", 2)[-2:]
        assert name == "Mia"
        assert closing.endswith(",")

    def test_signature_wins_over_name(self):
        """The signature from the settings is used instead of the bare name."""
        profile = Profile(name="Mia", signature="Mia Schulz\nVirtuelle Assistenz")
        assert draft(detection(), profile=profile).endswith("\nMia Schulz\nVirtuelle Assistenz")

    def test_signature_with_its_own_closing_is_used_as_is(self):
        """A signature that already says "Beste Grüße" is not given a second closing."""
        profile = Profile(signature="Beste Grüße\nMia Schulz")
        text = draft(detection(), profile=profile)
        assert text.endswith("\n\nBeste Grüße\nMia Schulz")
        assert text.count("Grüße") == 1

    def test_foreign_closing_in_signature_is_replaced(self):
        """A German closing in the signature is not used for an English draft."""
        profile = Profile(signature="Viele Grüße\nMia Schulz")
        text = draft(detection(voice="en"), profile=profile)
        assert text.endswith("\nMia Schulz")
        assert "Grüße" not in text

    @pytest.mark.parametrize("voice", ["de.sie", "de.du", "en"])
    def test_a_heated_client_gets_a_sober_closing_in_every_tone(self, voice):
        """No „Herzliche“ or „Liebe Grüße“, no "Warm regards" or "All the best" to an angry
        client, even in the warm tone; a calm message may get them."""
        warm_words = r"Herzlich|Liebe|Warm|All the best|Best wishes"
        for heat, allowed in ((80, False), (10, True)):
            det = replace(detection(Situation.HARSH_TONE, voice), heat=heat)
            closings = {
                draft(det, f"message {i}", tone=tone).rsplit("\n\n", 1)[-1]
                for i in range(12)
                for tone in Tone
            }
            assert any(re.match(warm_words, c) for c in closings) is allowed, closings

    def test_a_formal_letter_gets_a_formal_closing(self):
        """„Sehr geehrte … Mit freundlichen Grüßen“ is not answered with „Herzliche Grüße“."""
        det = detection(Situation.NEUTRAL, "de.sie")
        letters = [
            f"Sehr geehrte Frau Roth, anbei Teil {i}. Mit freundlichen Grüßen, Ute Lang"
            for i in range(12)
        ]
        closings = {
            draft(det, text, tone=tone).rsplit("\n\n", 1)[-1] for text in letters for tone in Tone
        }
        assert closings <= {"Freundliche Grüße", "Viele Grüße"}, closings

    def test_without_a_name_ends_with_closing_words(self):
        """Without a name, the draft ends with "Viele Grüße" (or similar), no empty line."""
        text = draft(detection())
        assert text.rsplit("\n\n", 1)[-1] in {"Viele Grüße", "Beste Grüße", "Freundliche Grüße"}


class TestFacts:
    def test_a_colloquial_german_weekday_reads_as_a_date(self):
        """„bis montags früh“ (the client's colloquial weekday) becomes „bis Montag früh“."""
        text = draft(detection(Situation.URGENT_PRESSURE, dates=("bis montags früh",)))
        assert "bis Montag früh" in text

    def test_deliverable_and_date_are_picked_up(self):
        """The draft names the deliverable and the date the client mentioned."""
        text = draft(detection(deliverable="den Flyer", dates=("Freitag",)))
        assert "den Flyer" in text or "zum Flyer" in text
        assert "bis Freitag" in text

    def test_date_keeps_its_preposition(self):
        """A date written with its preposition is used as written."""
        text = draft(detection(Situation.URGENT_PRESSURE, "en", dates=("by Monday EOD",)))
        assert "by Monday EOD" in text
        assert "by by" not in text

    def test_amount_and_invoice_are_picked_up(self):
        """A payment draft refers to the invoice and its amount."""
        text = draft(detection(Situation.PAYMENT_ISSUE, amounts=("480 €",),
                               invoice_numbers=("RE-2024-017",)))
        assert "480 €" in text
        assert "RE-2024-017" in text

    @pytest.mark.parametrize(
        ("voice", "client_words", "reply_words"),
        [
            ("de.sie", "meine Website", "Ihre Website|zu Ihrer Website"),
            ("de.du", "meine Website", "deine Website|zu deiner Website"),
            ("de.du", "unsere Website", "eure Website|zu eurer Website"),
            ("de.sie", "Ihren Entwurf", "meinen Entwurf|zu meinem Entwurf"),
            ("en", "my website", "your website"),
            ("en", "your draft", "my draft"),
            # a masculine thing in the client's nominative is accusative in the reply
            ("de.sie", "unser Flyer", "Ihren Flyer|zu Ihrem Flyer"),
            ("de.du", "mein Kalender", "deinen Kalender|zu deinem Kalender"),
        ],
    )
    def test_possessives_change_perspective(self, voice, client_words, reply_words):
        """The client's "meine Website" becomes "Ihre Website" (or, after „zu“, "Ihrer
        Website") in the reply."""
        text = draft(detection(Situation.SCOPE_CREEP, voice, deliverable=client_words))
        assert re.search(reply_words, text), text

    @pytest.mark.parametrize(
        ("client_words", "reply_words"),
        [
            ("das logo", "das Logo|zum Logo"),
            ("die neue website", "die neue Website|zur neuen Website"),
        ],
    )
    def test_a_german_noun_typed_in_lower_case_is_capitalised(self, client_words, reply_words):
        """„kannst du das logo schicken?“: the reply writes „das Logo“, as German spells it."""
        text = draft(detection(Situation.SCOPE_CREEP, "de.du", deliverable=client_words))
        assert re.search(reply_words, text), text

    def test_bare_german_noun_is_not_forced_into_a_sentence(self):
        """A deliverable without article ("Logo") is left out rather than used ungrammatically."""
        text = draft(detection(deliverable="Logo"))
        assert "Logo" not in text
        assert "{" not in text

    def test_quoted_client_words_never_break_the_register(self):
        """A deliverable containing "Sie" is not quoted into a du reply."""
        text = draft(detection(voice="de.du", deliverable="die Texte, die Sie wollten"))
        assert not SIE_FORMS.search(text)

    def test_no_placeholder_is_ever_left_over(self):
        """With no facts at all, every situation still gives a complete draft."""
        for situation, voice in itertools.product(Situation, VOICES):
            for tone in Tone:
                text = draft(detection(situation, voice), tone=tone)
                assert not re.search(r"[{}]", text), (situation, voice, tone)





    def test_unknown_profile_facts_are_not_invented(self):
        """Without revision rounds in the profile, no number of rounds is claimed."""
        text = draft(detection(Situation.REVISION_LOOP, "en"))
        assert not re.search(r"\b(one|two|three) revision rounds?\b", text)


class TestCapacity:
    @pytest.mark.parametrize("situation", [Situation.SCOPE_CREEP, Situation.URGENT_PRESSURE])
    @pytest.mark.parametrize("voice", list(VOICES))
    def test_capacity_changes_the_draft(self, situation, voice):
        """Full, free and unknown capacity each give a different draft."""
        det = detection(situation, voice)
        drafts = {
            capacity: draft(det, "Same message", profile=Profile(capacity=capacity))
            for capacity in (None, Capacity.FREE, Capacity.FULL)
        }
        assert len(set(drafts.values())) == 3

    @pytest.mark.parametrize("situation", [Situation.SCOPE_CREEP, Situation.URGENT_PRESSURE])
    @pytest.mark.parametrize("voice", list(VOICES))
    @pytest.mark.parametrize("capacity", [Capacity.FULL, Capacity.OVERBOOKED])
    def test_full_offers_a_positive_no_with_alternatives(self, situation, voice, capacity):
        """When full, the draft offers an alternative (later date, smaller part, colleague)."""
        book = load_playbooks()[situation]
        for i in range(5):
            text = draft(detection(situation, voice), f"m{i}", profile=Profile(capacity=capacity))
            alternatives = book.phrases(voice, Tone.NEUTRAL, "alternatives", "tight")
            tight_steps = book.phrases(voice, Tone.NEUTRAL, "next_step", "tight")
            assert any(a in text for a in alternatives)
            assert any(step in text for step in tight_steps)

    @pytest.mark.parametrize("capacity", [Capacity.FREE, Capacity.SOME])
    def test_room_offers_the_add_on(self, capacity):
        """With room, the scope-creep draft offers the add-on with time and price."""
        book = load_playbooks()[Situation.SCOPE_CREEP]
        text = draft(detection(), profile=Profile(capacity=capacity))
        assert any(p in text for p in book.phrases("de.sie", Tone.NEUTRAL, "next_step", "open"))
        assert not any(a in text for a in book.phrases("de.sie", Tone.NEUTRAL, "alternatives",
                                                        "tight"))

    def test_unknown_capacity_offers_to_check(self):
        """Unknown capacity gives the neutral version: check and send a date and quote."""
        book = load_playbooks()[Situation.SCOPE_CREEP]
        text = draft(detection())
        assert any(p in text for p in book.phrases("de.sie", Tone.NEUTRAL, "next_step", None))

    def test_full_capacity_short_draft_is_still_short(self):
        """The short draft stays short when it has to say no."""
        coaching = compose(detection(), "x", profile=Profile(capacity=Capacity.OVERBOOKED),
                           tone=Tone.NEUTRAL, short=True)
        assert LENGTH_SHORT[0] <= len(coaching.draft.split()) <= LENGTH_SHORT[1]

    def test_capacity_does_not_change_other_situations(self):
        """Capacity only shapes the situations where taking on work is the question."""
        det = detection(Situation.QUALITY_CRITICISM)
        assert draft(det, profile=Profile(capacity=Capacity.FULL)) == draft(det)

    def test_reminder_has_a_capacity_variant(self):
        """When full, the scope-creep reminder speaks to being at capacity."""
        coaching = compose(detection(), "x", profile=Profile(capacity=Capacity.FULL),
                           tone=Tone.NEUTRAL)
        relaxed = compose(detection(), "x", profile=Profile(), tone=Tone.NEUTRAL)
        assert coaching.boundary != relaxed.boundary


class TestSecondary:
    def test_secondary_situation_adds_one_blend_sentence(self):
        """A harsh tone behind a delay complaint adds one calming sentence."""
        blends = load_playbooks()[Situation.HARSH_TONE].phrases(
            "de.sie", Tone.NEUTRAL, "blend", None
        )
        with_harsh = draft(detection(Situation.DELAY_COMPLAINT,
                                     secondary=(Situation.HARSH_TONE,)))
        without = draft(detection(Situation.DELAY_COMPLAINT))
        assert sum(b in with_harsh for b in blends) == 1
        assert not any(b in without for b in blends)


class TestToneAndLength:
    def test_firm_is_shorter_than_warm(self):
        """Firm drafts are on average shorter than warm ones."""
        def words(tone):
            return sum(
                len(draft(detection(s, v), f"m{i}", tone=tone).split())
                for s in Situation for v in VOICES for i in range(3)
            )
        assert words(Tone.FIRM) < words(Tone.NEUTRAL) < words(Tone.WARM)


class TestDeterminismAndVariation:

    def test_stable_across_processes(self):
        """The choice does not depend on Python's per-process hash seed."""
        script = (
            "from bot.coach.compose import compose;"
            "from bot.coach.model import *;"
            "d=Detection(situation=Situation.HARSH_TONE,secondary=(),heat=80,"
            "language=Language.DE,formality=Formality.DU);"
            "print(compose(d,'Was soll das?',profile=Profile(),tone=Tone.WARM).draft)"
        )
        outputs = {
            subprocess.run(
                [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                env={**os.environ, "PYTHONHASHSEED": seed}, check=True,
            ).stdout
            for seed in ("1", "2")
        }
        assert len(outputs) == 1

    @pytest.mark.parametrize("situation", list(Situation))
    @pytest.mark.parametrize("voice", list(VOICES))
    def test_different_messages_mostly_different_drafts(self, situation, voice):
        """Across 70 different messages, at least 90 % of the drafts differ."""
        det = detection(situation, voice)
        drafts = {draft(det, f"Nachricht Nummer {i}: bitte kurz melden.") for i in range(70)}
        assert len(drafts) / 70 >= 0.9

    def test_short_drafts_vary_too(self):
        """Short drafts are not all the same either."""
        det = detection(Situation.NEUTRAL)
        drafts = {draft(det, f"m{i}", short=True) for i in range(30)}
        assert len(drafts) >= 10


class TestNotes:
    def test_foreign_language_note_in_reply_language(self):
        """A French client gets a German draft and a note saying so, in German."""
        coaching = compose(detection(Situation.NEUTRAL, "de.sie", foreign="fr"), "Bonjour",
                           profile=Profile(), tone=Tone.NEUTRAL)
        assert any("Französisch" in n and "Deutsch" in n for n in coaching.notes)

    def test_foreign_language_note_in_english(self):
        """For an English-speaking user, the note is in English (like their boundary)."""
        coaching = compose(detection(Situation.NEUTRAL, "en", foreign="es"), "Hola",
                           profile=Profile(language=Language.EN), tone=Tone.NEUTRAL)
        assert any("Spanish" in n and "English" in n for n in coaching.notes)

    def test_unknown_language_code_is_shown_as_is(self):
        """A language calm has no name for is still mentioned."""
        coaching = compose(detection(Situation.NEUTRAL, "en", foreign="fi"), "Hei",
                           profile=Profile(), tone=Tone.NEUTRAL)
        assert any("fi" in n for n in coaching.notes)

    def test_long_message_note(self):
        """A message longer than calm reads gets a note that only the start was read."""
        long_text = "Bitte noch den Flyer machen. " * (MAX_ANALYSED_CHARS // 20)
        coaching = coach(long_text, profile=Profile(), tone=Tone.NEUTRAL)
        assert coaching.detection.truncated
        assert any("8.000" in n for n in coaching.notes)

    def test_normal_message_has_no_notes(self):
        """An ordinary message gets no notes."""
        assert compose(detection(), "Kurz", profile=Profile(), tone=Tone.NEUTRAL).notes == ()


class TestThroughTheEngine:
    def test_coach_returns_offline_coaching(self):
        """The public front door returns a complete offline coaching."""
        coaching = coach("Können Sie mir bitte die Unterlagen schicken?")
        assert coaching.engine == "offline"
        assert coaching.draft and coaching.boundary
        assert coaching.tone is Tone.NEUTRAL
        assert not coaching.short

    def test_coach_passes_tone_short_and_language(self):
        """Tone, short and the forced language reach the draft."""
        coaching = coach("Können Sie mir bitte die Unterlagen schicken?", tone=Tone.FIRM,
                         short=True, language=Language.EN)
        assert coaching.tone is Tone.FIRM
        assert coaching.short
        assert coaching.reply_language is Language.EN
        assert len(coaching.draft.split()) <= LENGTH_SHORT[1]

    def test_coaching_serialises_to_json(self):
        """Draft, boundary and notes are plain strings the JSON contract can carry."""
        coaching = coach("Thanks, the files arrived.")
        json.dumps({"draft": coaching.draft, "boundary": coaching.boundary,
                    "notes": list(coaching.notes)})


class TestNeutralNeverAgrees:
    """Neutral is also the fallback for a difficult message detection missed ("I'll pay you when
    it sells"), so its draft acknowledges and promises an answer, never the work itself."""

    _AGREEING = re.compile(
        r"kümmere mich darum|plane das|nehme das (?:gern )?auf|nehme ich in meine planung|"
        r"take care of it|plan (?:it|this) into|adding it to my plan|take this on board",
        re.I,
    )

    @pytest.mark.parametrize("voice", ["de.sie", "de.du", "en"])
    @pytest.mark.parametrize("tone", list(Tone))
    @pytest.mark.parametrize("short", [False, True])
    def test_no_draft_agrees_to_the_request(self, voice: str, tone: Tone, short: bool) -> None:
        for n in range(40):  # the phrase choice is seeded by the text: many texts, many choices
            text = f"Nachricht Nummer {n}."
            result = draft(detection(Situation.NEUTRAL, voice), text, tone=tone, short=short)
            assert not self._AGREEING.search(result), result


class TestNoRepeatedSentence:
    """A draft never says the same sentence twice, not even inside a longer one (a short phrase
    that already holds the next step, a blend that repeats the main stage). Checked over every
    regression message and kind case, every tone, long and short."""

    def test_no_sentence_twice(self) -> None:
        from tests.coach.regression_messages import MESSAGES
        from tests.coach.test_incidents import CASES

        texts = [text for _, text in MESSAGES] + [case.text for case in CASES]
        repeated = []
        for text in texts:
            for tone, short in itertools.product(Tone, (False, True)):
                found = coach(text, tone=tone, short=short).draft
                sentences = [
                    s.strip().lower()
                    for s in re.split(r"(?<=[.!?])\s+", found)
                    if len(s.strip()) > 20
                ]
                # the same words again, also inside a longer sentence ("…, and you'll have my
                # answers today. You'll have my answers today.")
                if any(
                    a.rstrip(".!?") in b
                    for i, a in enumerate(sentences)
                    for j, b in enumerate(sentences)
                    if i != j
                ):
                    repeated.append((tone.value, short, len(text)))
        assert not repeated

    def test_short_phrases_do_not_hold_a_next_step(self) -> None:
        """The short draft is a short phrase plus a next step: the phrase must not say it too."""
        from bot.coach.playbooks import VOICES

        books = load_playbooks()
        clashes = []
        for situation, book in books.situations.items():
            for kind_book in (book, *book.kinds.values()):
                for voice, tone in itertools.product(VOICES, Tone):
                    steps = kind_book.phrases(voice, tone, "next_step", None)
                    for short in kind_book.phrases(voice, tone, "short", None):
                        for step in steps:
                            if step.rstrip(".!?").lower() in short.lower():
                                clashes.append((situation.value, voice, tone.value, step))
        assert not clashes
