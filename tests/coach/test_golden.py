"""Golden examples: every situation in German "Sie", German "du" and English.

The client messages are our own. Detection is a colleague's work, so each example states the
detection it expects (situation, language, register, slots) and we check the draft composed
for it: language, register, salutation, sign-off, the facts picked up, length, and that nothing
is left over from the templates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from bot.coach.compose import LENGTH_LONG, LENGTH_SHORT
from bot.coach.model import Detection, Formality, Language, Profile, Situation, Slots, Tone
from tests.coach.full_arc import compose

S = Situation


@dataclass(frozen=True)
class Golden:
    situation: Situation
    language: Language
    formality: Formality
    text: str
    slots: Slots = field(default_factory=Slots)
    expect: tuple[str, ...] = ()  # facts the draft must pick up
    greeting: str = ""  # the salutation line the draft must start with (one of the options)

    @property
    def id(self) -> str:
        return f"{self.situation.value}-{self.language.value}-{self.formality.value}"


_GERMAN_ARTICLE = re.compile(r"(?:der|die|das|den|dem|ein\w*|mein\w*|dein\w*|ihr\w*|unser\w*) ",
                             re.I)


def _picked_up(fact: str, draft: str) -> bool:
    """The fact is in the draft; a German thing also in another case („zur Broschüre“ for „die
    Broschüre“, „zu den Fotos“ for „die Fotos“)."""
    if fact in draft:
        return True
    m = _GERMAN_ARTICLE.match(fact)
    return m is not None and re.search(rf"\bzu(?:m|r| \w+) {re.escape(fact[m.end():])}n?\b",
                                       draft) is not None


def sie(situation, text, *, expect=(), **slots) -> Golden:
    return Golden(situation, Language.DE, Formality.SIE, text, Slots(**slots), expect)


def du(situation, text, *, expect=(), **slots) -> Golden:
    return Golden(situation, Language.DE, Formality.DU, text, Slots(**slots), expect)


def en(situation, text, *, expect=(), **slots) -> Golden:
    return Golden(situation, Language.EN, Formality.NONE, text, Slots(**slots), expect)


GOLDEN = [
    # --- scope_creep
    sie(S.SCOPE_CREEP,
        "Frau Weber hier. Könnten Sie bis Freitag noch schnell den Flyer für die Messe mitmachen? "
        "Ist ja nur eine Kleinigkeit.",
        client_name="Frau Weber", deliverable="den Flyer", dates=("bis Freitag",),
        expect=("Frau Weber", "den Flyer", "bis Freitag")),
    du(S.SCOPE_CREEP,
       "Hey, kannst du mir bis Montag auch noch die Social-Media-Grafiken bauen? Wäre mega. Lisa",
       client_name="Lisa", client_first_name_only=True, deliverable="die Social-Media-Grafiken",
       dates=("bis Montag",), expect=("Lisa", "die Social-Media-Grafiken", "bis Montag")),
    en(S.SCOPE_CREEP,
       "While you're at it, could you also write the newsletter by Thursday? Shouldn't take long. "
       "Cheers, Mark",
       client_name="Mark", client_first_name_only=True, deliverable="the newsletter",
       dates=("by Thursday",), expect=("Mark", "the newsletter", "by Thursday")),
    # --- urgent_pressure
    sie(S.URGENT_PRESSURE,
        "Herr Albers: Wir brauchen die Präsentation doch schon morgen früh, nicht erst Mittwoch.",
        client_name="Herr Albers", deliverable="die Präsentation", dates=("morgen früh",),
        expect=("Herr Albers", "die Präsentation", "morgen früh")),
    du(S.URGENT_PRESSURE,
       "Kannst du die Landingpage bis heute Abend fertig machen? Der Launch wurde vorgezogen.",
       deliverable="die Landingpage", dates=("bis heute Abend",),
       expect=("die Landingpage", "bis heute Abend")),
    en(S.URGENT_PRESSURE,
       "Hi, I need the pitch deck by tomorrow 9am, the investor meeting moved. "
       "Can you work tonight?",
       deliverable="the pitch deck", dates=("by tomorrow 9am",),
       expect=("the pitch deck", "by tomorrow 9am")),
    # --- delay_complaint
    sie(S.DELAY_COMPLAINT,
        "Sehr geehrte Frau Kaya, ich warte nun schon eine Woche auf den Bericht. "
        "So geht das nicht.",
        client_name="Frau Kaya", deliverable="den Bericht", expect=("Frau Kaya", "den Bericht")),
    du(S.DELAY_COMPLAINT,
       "Wo bleibt eigentlich das Logo? Du wolltest es doch letzte Woche schicken.",
       deliverable="das Logo", expect=("das Logo",)),
    en(S.DELAY_COMPLAINT,
       "Dear Sam, the translations were due on Monday and I still have nothing. This is late.",
       client_name="Sam", client_first_name_only=True, deliverable="the translations",
       dates=("on Monday",), expect=("Sam", "the translations", "on Monday")),
    # --- quality_criticism
    sie(S.QUALITY_CRITICISM,
        "Der Entwurf für die Broschüre gefällt uns überhaupt nicht. Das wirkt billig.",
        deliverable="die Broschüre", expect=("die Broschüre",)),
    du(S.QUALITY_CRITICISM,
       "Ehrlich gesagt finde ich die neuen Fotos zu dunkel, das ist nicht, was ich wollte.",
       deliverable="die neuen Fotos", expect=("die neuen Fotos",)),
    en(S.QUALITY_CRITICISM,
       "Hi Jo, honestly the new banner looks amateurish. Not what we discussed.",
       client_name="Jo", client_first_name_only=True, deliverable="the new banner",
       expect=("the new banner",)),
    # --- revision_loop
    sie(S.REVISION_LOOP,
        "Können wir die Einleitung noch einmal umschreiben? "
        "Und danach vielleicht nochmal das Fazit.",
        deliverable="die Einleitung", expect=("die Einleitung",)),
    du(S.REVISION_LOOP,
       "Noch eine kleine Runde am Menü bitte, dann ist es wirklich final, versprochen!",
       expect=()),
    en(S.REVISION_LOOP,
       "Sorry, one more round on the brochure? The CEO saw it and has a few notes again.",
       deliverable="the brochure", expect=("the brochure",)),
    # --- payment_issue
    sie(S.PAYMENT_ISSUE,
        "Die Rechnung RE-2031 über 1.450 € zahlen wir erst nächsten Monat, aktuell ist es knapp.",
        invoice_numbers=("RE-2031",), amounts=("1.450 €",), expect=("RE-2031", "1.450 €")),
    du(S.PAYMENT_ISSUE,
       "Ich überweise dir erstmal nur 300 Euro, der Rest kommt irgendwann.",
       amounts=("300 Euro",), expect=("300 Euro",)),
    en(S.PAYMENT_ISSUE,
       "Invoice #2207 for $860 — we'll pay it when the next client pays us.",
       invoice_numbers=("#2207",), amounts=("$860",), expect=("#2207", "$860")),
    # --- price_pushback
    sie(S.PRICE_PUSHBACK,
        "2.400 Euro für die Website? Das ist uns deutlich zu teuer, geht da noch was?",
        amounts=("2.400 Euro",), deliverable="die Website", expect=("2.400 Euro",)),
    du(S.PRICE_PUSHBACK,
       "Dein neuer Stundensatz von 75 € ist echt happig. Machst du mir einen Freundschaftspreis?",
       amounts=("75 €",), expect=("75 €",)),
    en(S.PRICE_PUSHBACK,
       "Your quote of £1,900 is way over what we expected. Can you do it for less?",
       amounts=("£1,900",), expect=("£1,900",)),
    # --- harsh_tone
    sie(S.HARSH_TONE,
        "Das ist UNPROFESSIONELL. Herr Brandt, so arbeitet man nicht mit Kunden!!!",
        client_name="Herr Brandt", expect=("Herr Brandt",)),
    du(S.HARSH_TONE,
       "Was soll der Mist? Ich hab dir dreimal gesagt, wie das Video aussehen soll!",
       deliverable="das Video", expect=("das Video",)),
    en(S.HARSH_TONE,
       "This is ridiculous. Do you even read my emails?? Fix the report NOW.",
       deliverable="the report", expect=("the report",)),
    # --- unclear_request
    sie(S.UNCLEAR_REQUEST,
        "Wir bräuchten bis Ende März irgendwas für Instagram, vielleicht Videos, oder eher Texte?",
        dates=("bis Ende März",), deliverable="die Inhalte",
        expect=("die Inhalte", "bis Ende März")),
    du(S.UNCLEAR_REQUEST,
       "Mach mal was Schönes für die Einladung, du weißt schon, so modern aber klassisch.",
       deliverable="die Einladung", expect=("die Einladung",)),
    en(S.UNCLEAR_REQUEST,
       "We need some kind of onboarding thing by next week, not sure what exactly. Ideas?",
       deliverable="the onboarding material", dates=("by next week",),
       expect=("the onboarding material", "by next week")),
    # --- boundary_overstep
    sie(S.BOUNDARY_OVERSTEP,
        "Ich habe Sie gestern um 22 Uhr dreimal angerufen. Ich erwarte, dass Sie erreichbar sind.",
        expect=()),
    du(S.BOUNDARY_OVERSTEP,
       "Schreib mir bitte auch am Wochenende zurück, ich brauche dich einfach immer verfügbar.",
       expect=()),
    en(S.BOUNDARY_OVERSTEP,
       "Why didn't you answer my Saturday night messages? I pay you, so be available.",
       expect=()),
    # --- termination
    sie(S.TERMINATION,
        "Wir beenden die Zusammenarbeit zum Monatsende. Den Newsletter schicken Sie bitte noch.",
        deliverable="den Newsletter", dates=("zum Monatsende",),
        expect=("den Newsletter", "zum Monatsende")),
    du(S.TERMINATION,
       "Ich glaube, wir sollten das Projekt beenden. Schick mir bitte die offenen Dateien.",
       deliverable="die offenen Dateien", expect=("die offenen Dateien",)),
    en(S.TERMINATION,
       "We've decided to end our contract. Please wrap up the blog posts by Friday.",
       deliverable="the blog posts", dates=("by Friday",),
       expect=("the blog posts", "by Friday")),
    # --- neutral
    sie(S.NEUTRAL,
        "Guten Morgen, anbei die Unterlagen. Passt Ihnen Donnerstag für die Abstimmung?",
        client_name="Frau Lenz", deliverable="die Unterlagen", dates=("am Donnerstag",),
        expect=("Frau Lenz", "die Unterlagen", "am Donnerstag")),
    du(S.NEUTRAL,
       "Danke dir für die Datei! Ich schau sie mir morgen an.",
       deliverable="die Datei", dates=("morgen",), expect=("die Datei",)),
    en(S.NEUTRAL,
       "Thanks for the draft, I'll review it over the weekend.",
       deliverable="the draft", expect=("the draft",)),
]

PROFILE = Profile(name="Jana Roth", revision_rounds=2, payment_terms_days=14,
                  working_hours="Mo–Fr 9–17 Uhr")

SIE_FORMS = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre[nmrs]?)\b")
DU_FORMS = re.compile(r"\b(du|dich|dir|dein[enmrs]?|euch|euer|eure[nmrs]?)\b", re.I)
GERMAN = frozenset(
    {"und", "der", "die", "das", "ich", "nicht", "ist", "ein", "eine", "zu", "mit", "für",
     "bitte", "danke", "wir", "gern", "ihnen", "dir"}
)
ENGLISH = frozenset(
    {"the", "and", "you", "your", "i", "is", "it", "to", "of", "for", "with", "on", "this",
     "that", "please", "thanks", "we", "can", "will"}
)
OVER_PROMISE = re.compile(
    r"\b(sofort|umgehend|kein problem|no problem|right away|immediately|asap)\b", re.I
)
BLAME = re.compile(r"\b(your fault|you should have|sie hätten|ihre schuld|du hättest)\b", re.I)
LEFTOVER = re.compile(r"[{}]|\bTODO\b")


def detection_for(g: Golden) -> Detection:
    return Detection(situation=g.situation, secondary=(), heat=40, language=g.language,
                     formality=g.formality, slots=g.slots)


def language_of(draft: str) -> Language:
    words = re.findall(r"[a-zäöüß]+", draft.lower())
    de = sum(w in GERMAN for w in words) + 2 * sum(c in "äöüß" for c in draft.lower())
    return Language.DE if de > sum(w in ENGLISH for w in words) else Language.EN


def body_of(draft: str) -> str:
    """The draft without the greeting line and the sign-off block."""
    paragraphs = draft.split("\n\n")
    return "\n\n".join(paragraphs[1:-1])


def assert_well_formed(
    g: Golden, draft: str, band: tuple[int, int], *, addresses_client: bool = False
) -> None:
    words = len(draft.split())
    assert band[0] <= words <= band[1], words
    assert language_of(draft) is g.language
    assert not LEFTOVER.search(draft)
    assert not OVER_PROMISE.search(draft)
    assert not BLAME.search(draft)
    assert "#" not in draft.split("\n", 1)[0]  # no Markdown header
    if g.formality is Formality.SIE:
        assert not DU_FORMS.search(draft), DU_FORMS.search(draft)
        assert SIE_FORMS.search(draft) or not addresses_client
    if g.formality is Formality.DU:
        assert not SIE_FORMS.search(draft), SIE_FORMS.search(draft)
        assert DU_FORMS.search(draft) or not addresses_client


@pytest.fixture(params=GOLDEN, ids=lambda g: g.id)
def golden(request) -> Golden:
    return request.param


class TestGoldenDrafts:
    def test_examples_cover_every_situation_and_voice(self):
        """The golden set has German Sie, German du and English for all twelve situations."""
        covered = {(g.situation, g.language, g.formality) for g in GOLDEN}
        for situation in Situation:
            for language, formality in (
                (Language.DE, Formality.SIE), (Language.DE, Formality.DU),
                (Language.EN, Formality.NONE),
            ):
                assert (situation, language, formality) in covered

    def test_normal_draft(self, golden: Golden):
        """The full draft ("Longer"): client's language and register, 40–150 words, clean."""
        coaching = compose(detection_for(golden), golden.text, profile=PROFILE, tone=Tone.NEUTRAL)
        assert_well_formed(golden, coaching.draft, LENGTH_LONG, addresses_client=True)
        assert coaching.reply_language is golden.language
        assert coaching.engine == "offline"

    def test_picks_up_what_the_client_said(self, golden: Golden):
        """The client's name, the deliverable, the date and the amount appear in the draft."""
        coaching = compose(detection_for(golden), golden.text, profile=PROFILE, tone=Tone.NEUTRAL)
        for fact in golden.expect:
            assert _picked_up(fact, coaching.draft), fact

    def test_greets_by_name_and_signs_with_the_users_name(self, golden: Golden):
        """The salutation uses the client's name when known; the user's name closes the draft."""
        coaching = compose(detection_for(golden), golden.text, profile=PROFILE, tone=Tone.NEUTRAL)
        first_line = coaching.draft.split("\n", 1)[0]
        assert first_line.endswith(",")
        if golden.slots.client_name:
            assert golden.slots.client_name in first_line
        else:
            assert first_line in ("Guten Tag,", "Hallo,", "Hi,", "Hello,")
        assert coaching.draft.endswith("\nJana Roth")

    @pytest.mark.parametrize("tone", list(Tone))
    def test_every_tone_is_well_formed(self, golden: Golden, tone: Tone):
        """Warm, neutral and firm drafts all keep language, register and length."""
        coaching = compose(detection_for(golden), golden.text, profile=PROFILE, tone=tone)
        assert_well_formed(golden, coaching.draft, LENGTH_LONG)
        assert coaching.tone is tone

    def test_short_draft(self, golden: Golden):
        """The short draft has 15–50 words, a salutation and two or three sentences."""
        coaching = compose(detection_for(golden), golden.text, profile=PROFILE,
                           tone=Tone.NEUTRAL, short=True)
        assert_well_formed(golden, coaching.draft, LENGTH_SHORT)
        assert coaching.short
        first_line = coaching.draft.split("\n", 1)[0]
        assert first_line.endswith(",")
        sentences = re.findall(r"[.!?](?:\s|$)", body_of(coaching.draft))
        assert 2 <= len(sentences) <= 3

    def test_tones_and_short_differ(self, golden: Golden):
        """Softer, firmer and shorter each give a different draft."""
        drafts = {
            compose(detection_for(golden), golden.text, profile=PROFILE, tone=tone).draft
            for tone in Tone
        }
        drafts.add(compose(detection_for(golden), golden.text, profile=PROFILE,
                           tone=Tone.NEUTRAL, short=True).draft)
        assert len(drafts) == 4

    def test_reminder_is_in_the_users_language(self, golden: Golden):
        """The boundary reminder follows the user's language, not the client's."""
        for language in Language:
            profile = Profile(language=language)
            coaching = compose(detection_for(golden), golden.text, profile=profile,
                               tone=Tone.NEUTRAL)
            assert coaching.boundary
            assert language_of(coaching.boundary) is language
            assert not LEFTOVER.search(coaching.boundary)
