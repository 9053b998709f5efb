"""The learned fallback: it reads some cue-less difficult messages, leaves ordinary ones neutral.

Every message here was written for this test (none comes from an eval set or the training data).
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach import InputError, Language, Situation, coach
from bot.coach import detect as detect_module
from bot.coach.detect import detect
from bot.coach.fallback import MAX_CHARS, fallback_guess, posterior
from bot.coach.normalize import fold

S = Situation

# Difficult messages in phrasings no cue knows (when written); the fallback reads them right.
READ_BY_FALLBACK = [
    (
        S.SCOPE_CREEP,
        "Since you're already in the CMS, the careers page could use a refresh as well.",
    ),
    (
        S.SCOPE_CREEP,
        "Der Flyer ist toll. Machst du daraus bitte auch gleich ein Plakat und eine Anzeige?",
    ),
    (
        S.URGENT_PRESSURE,
        "The printer needs the files by 8 tomorrow morning, otherwise we miss the slot.",
    ),
    (
        S.REVISION_LOOP,
        "Das ist jetzt die sechste Version, aber so richtig angekommen sind wir noch nicht.",
    ),
    (S.BOUNDARY_OVERSTEP, "Ab jetzt erwarte ich, dass du auch samstags im Teams-Chat online bist."),
]

# Ordinary client messages: the fallback must not turn them into an alarm.
ORDINARY = [
    "Hallo Frau Berger, anbei die Zugangsdaten für das Kundenportal. Melden Sie sich gern, falls "
    "etwas nicht klappt.",
    "Hi Jana, ich bin nächste Woche im Urlaub, Vertretung macht Tobias. Seine Nummer hast du ja.",
    "Guten Morgen, wir haben einen neuen Ansprechpartner im Marketing: Herr Keller übernimmt ab "
    "Juni.",
    "Das Treffen am Donnerstag verschiebt sich auf 14 Uhr, passt Ihnen das?",
    "Wie besprochen schicke ich Ihnen die Logos als ZIP-Datei. Die Schriften liegen im zweiten "
    "Ordner.",
    "Hallo Max, kurze Info: Die Fotos vom Shooting kommen Ende der Woche, dann kannst du loslegen.",
    "Ich habe Sie in den gemeinsamen Ordner eingeladen, die Einladung müsste per Mail gekommen "
    "sein.",
    "Schönes Wochenende und bis Montag!",
    "Könnten Sie mir Ihre Steuernummer für unsere Unterlagen schicken?",
    "Ich melde mich nach meinem Termin beim Steuerberater noch mal.",
    "Hi Sam, attaching the brand guidelines we talked about. Let me know if anything is unclear.",
    "Quick heads-up: I'll be travelling Tuesday to Thursday, so replies may be slower.",
    "Our new office address is 12 Harbour Street, could you update it in your records?",
    "I've added you to the shared drive, you should have an invite in your inbox.",
    "Just confirming we're still on for the workshop on the 14th.",
    "Meet our new marketing lead, Priya. She'll be your main contact from next month.",
    "The photos from the event are in the Dropbox folder now.",
    "Can you send me your availability for a short intro call next week?",
    "I forwarded your proposal to our CEO, he will have a look after his trip.",
    "We've finalised the product names, see the attached list.",
    "Danke dir!",
    "Thanks, all good.",
    "Passt, bis morgen.",
    "Ok 👍",
    "See you then",
]


def _cues_silent(text: str) -> bool:
    """The cue scores alone would call the message neutral."""
    scores = dict(detect(text).scores)
    neutral = scores.get(S.NEUTRAL, 0.0)
    return all(v < neutral for s, v in scores.items() if s is not S.NEUTRAL)


class TestReadsWhatTheCuesMiss:
    @pytest.mark.parametrize(("situation", "text"), READ_BY_FALLBACK)
    def test_detect_names_the_situation(self, situation: Situation, text: str) -> None:
        assert detect(text).situation is situation

    @pytest.mark.parametrize(("situation", "text"), READ_BY_FALLBACK)
    def test_the_fallback_alone_reads_it(self, situation: Situation, text: str) -> None:
        guess = fallback_guess(fold(text))
        assert guess is not None and guess[0] is situation
        assert 0.5 < guess[1] <= 1.0

    def test_examples_in_both_languages(self) -> None:
        languages = {detect(text).language for _, text in READ_BY_FALLBACK}
        assert languages == {Language.DE, Language.EN}

    def test_coaching_follows_the_fallback(self) -> None:
        situation, text = READ_BY_FALLBACK[2]
        result = coach(text)
        assert result.situation is situation
        assert result.draft.strip() and result.boundary.strip()
        assert result.detection.heat > 5  # the neutral base heat is 5; this situation is tenser


class TestWiring:
    """`detect` asks the fallback exactly when the cues are silent, and follows its answer."""

    def test_asked_when_no_cue_fires(self, monkeypatch: pytest.MonkeyPatch) -> None:
        asked: list[int] = []

        def fake(folded: str) -> tuple[Situation, float]:
            asked.append(len(folded))
            return S.TERMINATION, 0.9

        monkeypatch.setattr(detect_module, "fallback_guess", fake)
        result = detect("Ok, bis dann.")
        assert asked and result.situation is S.TERMINATION
        assert S.TERMINATION not in result.secondary

    def test_not_asked_when_a_cue_fires(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def fake(folded: str) -> tuple[Situation, float]:
            raise AssertionError("the fallback was asked although a cue fired")

        monkeypatch.setattr(detect_module, "fallback_guess", fake)
        text = "Die Rechnung ist seit drei Wochen überfällig, wann zahlen Sie endlich?"
        assert detect(text).situation is not S.NEUTRAL

    def test_abstaining_keeps_neutral(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(detect_module, "fallback_guess", lambda folded: None)
        assert detect("Ok, bis dann.").situation is S.NEUTRAL


class TestOrdinaryMessagesStayNeutral:
    @pytest.mark.parametrize("text", ORDINARY)
    def test_fallback_abstains(self, text: str) -> None:
        assert fallback_guess(fold(text)) is None

    @pytest.mark.parametrize("text", ORDINARY)
    def test_detect_keeps_them_neutral_where_no_cue_fires(self, text: str) -> None:
        if _cues_silent(text):
            assert detect(text).situation is S.NEUTRAL


class TestOddInput:
    @pytest.mark.parametrize(
        "folded",
        [
            "",
            " ",
            "\n\n\t",
            "🙂🙂🙂",
            "0000 1111 2222",
            "''' \"\" ,,, ...",
            "a",
            "\x00\x01\x02 zero bytes",
            "日本語のテキスト",
            "x" * 50_000,
            "word " * 20_000,
        ],
    )
    def test_fallback_never_raises(self, folded: str) -> None:
        guess = fallback_guess(folded)
        assert guess is None or (guess[0] is not S.NEUTRAL and 0.0 < guess[1] <= 1.0)

    @given(st.text(max_size=400))
    @settings(max_examples=200, deadline=None, database=None)
    def test_any_text(self, text: str) -> None:
        folded = fold(text)
        guess = fallback_guess(folded)
        assert guess is None or guess[0] is not S.NEUTRAL
        probabilities = [p for _, p in posterior(folded)]
        assert math.isclose(sum(probabilities), 1.0, rel_tol=1e-9)
        assert fallback_guess(folded) == guess  # deterministic

    def test_reads_only_the_start_of_a_long_text(self) -> None:
        start = fold(READ_BY_FALLBACK[0][1])
        padding = " und dann noch mehr Text" * 2_000
        assert fallback_guess(start + " " * MAX_CHARS + padding) == fallback_guess(start)

    @pytest.mark.parametrize("text", ["", "   ", "🙂🙂", "!!!", "<@U123ABC>"])
    def test_detect_answers_empty_or_wordless_input_with_an_input_error(self, text: str) -> None:
        with pytest.raises(InputError):
            coach(text)


class TestModelIsCurrent:
    def test_committed_model_is_what_the_training_script_generates(self) -> None:
        """After changing the regression messages, `normalize.fold` or the fallback's features,
        run `.venv/bin/python tools/train_fallback.py` and commit `_fallback_model.py`."""
        from tools.train_fallback import TARGET, generate

        assert TARGET.read_text(encoding="utf-8") == generate(), (
            "stale bot/coach/_fallback_model.py: run .venv/bin/python tools/train_fallback.py"
        )
