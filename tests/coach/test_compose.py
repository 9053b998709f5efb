"""Composition behaviour beyond the golden set: profile, capacity, variation, notes, language.

Detection is constructed directly, so these tests do not depend on the detector.
"""

from __future__ import annotations

import re

import pytest

from bot.coach.compose import LENGTH_LONG, LENGTH_SHORT
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
from tests.coach.full_arc import coach, compose

SIE_FORMS = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre[nmrs]?)\b")
DU_FORMS = re.compile(r"\b(du|dich|dir|dein[enmrs]?|euch|euer|eure[nmrs]?)\b", re.I)
OVER_PROMISE = re.compile(
    r"\b(sofort|umgehend|kein problem|no problem|right away|immediately|asap)\b", re.I
)


def detection(
    situation: Situation,
    language: Language = Language.DE,
    formality: Formality = Formality.SIE,
    *,
    secondary: tuple[Situation, ...] = (),
    foreign: str | None = None,
    **slots,
) -> Detection:
    return Detection(situation=situation, secondary=secondary, heat=40, language=language,
                     formality=formality, foreign_language=foreign, slots=Slots(**slots))


VOICES = [
    (Language.DE, Formality.SIE),
    (Language.DE, Formality.DU),
    (Language.EN, Formality.NONE),
]


def draft(det: Detection, text: str = "Eine Nachricht.", **kwargs) -> str:
    kwargs.setdefault("profile", Profile(name="Jana Roth"))
    kwargs.setdefault("tone", Tone.NEUTRAL)
    return compose(det, text, **kwargs).draft


class TestCapacity:
    # full/overbooked: a later date, a smaller part, a colleague
    ALTERNATIVE = re.compile(r"später|Teil|Kolleg|later|part|colleague", re.I)

    def test_capacity_changes_scope_creep_and_urgent_drafts(self):
        """Full and free capacity give different drafts than unknown capacity, per voice."""
        for situation in (Situation.SCOPE_CREEP, Situation.URGENT_PRESSURE):
            for language, formality in VOICES:
                det = detection(situation, language, formality)
                texts = {
                    capacity: draft(det, "Bitte noch das hier dazu.",
                                    profile=Profile(name="Jana", capacity=capacity))
                    for capacity in (None, Capacity.FREE, Capacity.FULL)
                }
                assert len(set(texts.values())) == 3, (situation, language, formality)

    def test_full_capacity_says_no_with_an_alternative(self):
        """Overbooked: the draft declines in full and offers a later date, a part or a colleague."""
        for situation in (Situation.SCOPE_CREEP, Situation.URGENT_PRESSURE):
            for language, formality in VOICES:
                for capacity in (Capacity.FULL, Capacity.OVERBOOKED):
                    text = draft(detection(situation, language, formality), "Noch das hier?",
                                 profile=Profile(capacity=capacity))
                    assert re.search(r"voll|ausgebucht|verplant|full|fully booked|committed",
                                     text, re.I), text
                    assert self.ALTERNATIVE.search(text), text

    def test_free_capacity_offers_the_add_on_with_time_and_price(self):
        """With room in the calendar the draft offers the work, naming time and price."""
        for situation in (Situation.SCOPE_CREEP, Situation.URGENT_PRESSURE):
            for language, formality in VOICES:
                for capacity in (Capacity.FREE, Capacity.SOME):
                    for seed in ("a", "b", "c", "d"):
                        text = draft(detection(situation, language, formality), seed,
                                     profile=Profile(capacity=capacity))
                        assert re.search(r"Preis|Aufschlag|price|fee", text, re.I), text
                        assert re.search(r"Termin|Zeitrahmen|date|timeline", text, re.I), text

    def test_capacity_picks_the_reminder_variant(self):
        """The reminder to the user mentions being full only when the user is full."""
        det = detection(Situation.SCOPE_CREEP)
        tight = compose(det, "x", profile=Profile(capacity=Capacity.FULL), tone=Tone.NEUTRAL)
        open_ = compose(det, "x", profile=Profile(capacity=Capacity.FREE), tone=Tone.NEUTRAL)
        assert tight.boundary != open_.boundary
        assert "ausgelastet" in tight.boundary


class TestProfileFacts:
    def test_revision_rounds_appear_in_revision_loop_drafts(self):
        """The included rounds from the profile are named in every voice."""
        expected = {Language.DE: "zwei Korrekturrunden", Language.EN: "two revision rounds"}
        for language, formality in VOICES:
            for seed in ("eins", "zwei", "drei"):
                text = draft(detection(Situation.REVISION_LOOP, language, formality), seed,
                             profile=Profile(revision_rounds=2))
                assert expected[language] in text, text

    def test_one_revision_round_is_singular(self):
        det = detection(Situation.REVISION_LOOP, Language.EN, Formality.NONE)
        assert "one revision round" in draft(det, profile=Profile(revision_rounds=1))

    def test_payment_terms_appear_in_payment_drafts(self):
        """Known payment terms ("14 days") are mentioned in payment-issue drafts."""
        for language, formality in VOICES:
            for seed in ("eins", "zwei", "drei"):
                text = draft(detection(Situation.PAYMENT_ISSUE, language, formality), seed,
                             profile=Profile(payment_terms_days=14))
                assert "14" in text, text

    def test_working_hours_appear_in_boundary_overstep_drafts(self):
        expected = {Language.DE: "Mo–Fr 9–17 Uhr", Language.EN: "Mon–Fri 9–17"}
        for language, formality in VOICES:
            text = draft(detection(Situation.BOUNDARY_OVERSTEP, language, formality),
                         profile=Profile(working_hours="Mo–Fr 9–17 Uhr"))
            assert expected[language] in text, text

    def test_german_working_hours_read_in_english_in_an_english_draft(self):
        det = detection(Situation.BOUNDARY_OVERSTEP, Language.EN, Formality.NONE)
        text = draft(det, profile=Profile(working_hours="Mo–Fr 9–17 Uhr"))
        assert "Mon–Fri 9–17" in text
        assert "Uhr" not in text
        english = draft(det, profile=Profile(working_hours="Mon-Fri, so 9am-5pm"))
        assert "Mon-Fri, so 9am-5pm" in english

    def test_unknown_profile_facts_leave_no_placeholder(self):
        for situation in Situation:
            for language, formality in VOICES:
                text = draft(detection(situation, language, formality), profile=Profile())
                assert "{" not in text and "}" not in text

    def test_signature_replaces_the_name_and_no_name_ends_with_closing(self):
        det = detection(Situation.NEUTRAL)
        signed = draft(det, profile=Profile(name="Jana", signature="Jana Roth\nDesign & Text"))
        assert signed.endswith("Jana Roth\nDesign & Text")
        unsigned = draft(det, profile=Profile())
        assert unsigned.rsplit("\n", 1)[-1] in {"Viele Grüße", "Beste Grüße", "Freundliche Grüße"}


class TestRegisterAndLanguage:
    def test_no_register_in_german_defaults_to_sie(self):
        text = draft(detection(Situation.DELAY_COMPLAINT, Language.DE, Formality.NONE))
        assert SIE_FORMS.search(text)
        assert not DU_FORMS.search(text)

    def test_client_words_that_break_the_register_are_not_quoted(self):
        """A deliverable quoted from the client must not bring "Ihre" into a du draft."""
        det = detection(Situation.SCOPE_CREEP, Language.DE, Formality.DU,
                        deliverable="Ihre Broschüre")
        for seed in ("a", "b", "c", "d", "e"):
            assert not SIE_FORMS.search(draft(det, seed))

    def test_possessive_is_turned_around(self):
        """The client's "meine Website" is "Ihre Website" / "deine Website" in the reply."""
        found = {Formality.SIE: "Ihre Website", Formality.DU: "deine Website"}
        for formality, phrase in found.items():
            det = detection(Situation.URGENT_PRESSURE, Language.DE, formality,
                            deliverable="meine Website", dates=("bis Freitag",))
            drafts = [draft(det, seed) for seed in ("a", "b", "c", "d", "e", "f")]
            assert any(phrase in d for d in drafts)
            assert not any("meine Website" in d for d in drafts)

    def test_article_from_a_sentence_start_is_lower_case_inside_the_reply(self):
        """"The photos are blurry" must not become "your notes on The photos"."""
        det = detection(Situation.QUALITY_CRITICISM, Language.EN, Formality.NONE,
                        deliverable="The photos")
        drafts = [draft(det, seed) for seed in ("a", "b", "c", "d", "e", "f")]
        assert any("the photos" in d for d in drafts)
        assert not any("The photos" in d for d in drafts)

    def test_deliverable_in_the_wrong_case_is_not_quoted(self):
        """"neben der Website" must not become "wenn es um der Website geht"."""
        det = detection(Situation.SCOPE_CREEP, Language.DE, Formality.SIE,
                        deliverable="der Website")
        for seed in ("a", "b", "c", "d", "e", "f"):
            assert "der Website" not in draft(det, seed)

    def test_a_dative_plural_deliverable_is_quoted_as_a_plural(self):
        """"auf den Grafiken" is quoted "die Grafiken" or "zu den Grafiken", never "um den
        Grafiken"."""
        det = detection(Situation.QUALITY_CRITICISM, Language.DE, Formality.SIE,
                        deliverable="den Grafiken")
        drafts = [draft(det, seed) for seed in ("a", "b", "c", "d", "e", "f")]
        assert not any(re.search(r"(?<!zu )den Grafiken", d) for d in drafts)
        assert any(re.search(r"die Grafiken|zu den Grafiken", d) for d in drafts)

    @pytest.mark.parametrize(
        ("client_words", "reply_words"),
        [
            ("den Flyer", "zum Flyer"),
            ("die Website", "zur Website"),
            ("die Bilder", "zu den Bildern"),
            ("meine Broschüre", "zu Ihrer Broschüre"),
            ("unser Logo", "zu Ihrem Logo"),
        ],
    )
    def test_thanks_for_a_message_about_a_thing_take_its_dative(
        self, client_words: str, reply_words: str
    ) -> None:
        """„Danke für Ihre Nachricht zum Flyer“ – the article follows the thing's gender and
        number, never „was den Flyer angeht“."""
        det = detection(Situation.UNCLEAR_REQUEST, Language.DE, Formality.SIE,
                        deliverable=client_words)
        drafts = [draft(det, seed) for seed in "abcdefghijkl"]
        assert any(reply_words in d for d in drafts), drafts
        assert not any("angeht" in d for d in drafts)

    def test_language_argument_forces_the_reply_language(self):
        det = detection(Situation.DELAY_COMPLAINT, Language.DE, Formality.SIE)
        coaching = compose(det, "Wo bleibt das?", profile=Profile(), tone=Tone.NEUTRAL,
                           language=Language.EN)
        assert coaching.reply_language is Language.EN
        assert coaching.draft.splitlines()[0] in ("Hi,", "Hello,")

    def test_foreign_language_gets_a_note_in_the_users_language(self):
        """The note speaks to the user, like the boundary: in the user's language, naming the
        reply's language (the card never switches language between them)."""
        det = detection(Situation.NEUTRAL, Language.DE, Formality.NONE, foreign="fr")
        coaching = compose(det, "Bonjour", profile=Profile(), tone=Tone.NEUTRAL)
        assert any("Französisch" in note for note in coaching.notes)
        coaching = compose(det, "Bonjour", profile=Profile(), tone=Tone.NEUTRAL,
                           language=Language.EN)
        assert any("Französisch" in n and "Englisch" in n for n in coaching.notes)
        coaching = compose(det, "Bonjour", profile=Profile(language=Language.EN),
                           tone=Tone.NEUTRAL, language=Language.EN)
        assert any("French" in note for note in coaching.notes)

    def test_long_message_gets_a_truncation_note(self):
        long_text = "Bitte schauen Sie sich das an. " * (MAX_ANALYSED_CHARS // 20)
        assert coach(long_text, profile=Profile(), tone=Tone.NEUTRAL).notes
        assert not coach("Kurz, bitte.", profile=Profile(), tone=Tone.NEUTRAL).notes

    def test_boundary_follows_the_user_language(self):
        det = detection(Situation.PRICE_PUSHBACK, Language.EN, Formality.NONE)
        german_user = compose(det, "x", profile=Profile(language=Language.DE), tone=Tone.NEUTRAL)
        english_user = compose(det, "x", profile=Profile(language=Language.EN), tone=Tone.NEUTRAL)
        assert german_user.boundary != english_user.boundary
        assert german_user.draft == english_user.draft


class TestSecondarySituation:
    def test_secondary_adds_one_sentence_from_its_playbook(self):
        plain = detection(Situation.PAYMENT_ISSUE, Language.EN, Formality.NONE)
        blended = detection(Situation.PAYMENT_ISSUE, Language.EN, Formality.NONE,
                            secondary=(Situation.QUALITY_CRITICISM,))
        a, b = draft(plain, "same text"), draft(blended, "same text")
        assert a != b
        assert len(b.split()) > len(a.split())

    def test_neutral_message_gets_no_blended_sentence(self):
        base = detection(Situation.NEUTRAL)
        blended = detection(Situation.NEUTRAL, secondary=(Situation.URGENT_PRESSURE,))
        assert draft(base, "t") == draft(blended, "t")

    def test_due_date_reads_naturally(self):
        det = detection(Situation.DELAY_COMPLAINT, Language.EN, Formality.NONE,
                        dates=("due Monday",), deliverable="the report")
        drafts = [draft(det, seed) for seed in ("a", "b", "c", "d", "e", "f")]
        assert not any("due Monday" in d for d in drafts)
        assert any("by Monday" in d for d in drafts)

    def test_secondary_equal_to_primary_or_neutral_is_ignored(self):
        base = detection(Situation.HARSH_TONE)
        same = detection(Situation.HARSH_TONE, secondary=(Situation.HARSH_TONE, Situation.NEUTRAL))
        assert draft(base, "t") == draft(same, "t")


class TestVariationAndDeterminism:
    def test_same_input_gives_the_same_draft(self):
        det = detection(Situation.SCOPE_CREEP, deliverable="den Flyer")
        assert draft(det, "Noch den Flyer bitte.") == draft(det, "Noch den Flyer bitte.")

    def test_different_messages_give_mostly_different_drafts(self):
        """Across 72 messages (6 per situation) at least 90 % of drafts are distinct."""
        drafts = []
        for situation in Situation:
            for i, (language, formality) in enumerate(VOICES * 2):
                det = detection(situation, language, formality)
                drafts.append(draft(det, f"Nachricht Nummer {i} zu {situation.value}"))
        assert len(set(drafts)) / len(drafts) >= 0.9

    def test_every_situation_voice_tone_and_length_is_in_band(self):
        """Full ("Longer") drafts: 40–150 words; short ones 15–50; with all slots filled."""
        slots = dict(client_name="Frau Berger", deliverable="den Flyer",
                     dates=("bis Freitag",), amounts=("480 €",), invoice_numbers=("RE-17",))
        profile = Profile(name="Jana Roth", revision_rounds=2, payment_terms_days=14,
                          working_hours="Mo–Fr 9–17 Uhr", capacity=Capacity.FULL)
        for situation in Situation:
            for language, formality in VOICES:
                det = detection(situation, language, formality, **slots)
                for tone in Tone:
                    normal = draft(det, "t", profile=profile, tone=tone)
                    assert LENGTH_LONG[0] <= len(normal.split()) <= LENGTH_LONG[1]
                    assert not OVER_PROMISE.search(normal)
                short = draft(det, "t", profile=profile, short=True)
                assert LENGTH_SHORT[0] <= len(short.split()) <= LENGTH_SHORT[1], short

    def test_short_flag_and_tone_are_reported(self):
        coaching = compose(detection(Situation.NEUTRAL), "x", profile=Profile(), tone=Tone.FIRM,
                           short=True)
        assert coaching.short and coaching.tone is Tone.FIRM and coaching.engine == "offline"
