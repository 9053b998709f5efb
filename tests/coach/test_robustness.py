"""Whatever a user pastes, the engine and the CLI answer: a valid coaching or a friendly
`InputError`, never a crash; the --json stream answers every non-blank line with one object."""

from __future__ import annotations

import io
import json
import random
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.cli import main
from bot.coach import (
    Coaching,
    Detection,
    Formality,
    InputError,
    Language,
    Situation,
    Tone,
    coach,
    review_draft,
)
from bot.coach.review import EXCERPT_SEPARATOR

SETTINGS = settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# Text a client might paste: words in both languages, markup, mentions, emoji and noise.
FRAGMENTS = [
    "Können Sie", "bitte", "noch schnell", "bis morgen", "Rechnung", "zu teuer", "ASAP",
    "where is", "the invoice", "too expensive", "one more thing", "!!!", "???", "<@U123ABC>",
    "*bold*", "_it_", "`code`", "> quote", "https://example.org/x?y=1", "🙄", "🔥", "\n",
    "\t", "  ", "Sie", "du", "Frau Berger", "€480", "RE-2024-017", "…", "—", "ß", "DRINGEND",
]
client_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join),
)


def assert_valid(c: Coaching) -> None:
    """Every field of a coaching is there and typed."""
    assert isinstance(c, Coaching)
    d = c.detection
    assert isinstance(d, Detection)
    assert isinstance(d.situation, Situation)
    assert all(isinstance(s, Situation) for s in d.secondary)
    assert isinstance(d.heat, int) and 0 <= d.heat <= 100
    assert isinstance(d.language, Language)
    assert isinstance(d.formality, Formality)
    assert isinstance(c.reply_language, Language)
    assert isinstance(c.tone, Tone)
    assert isinstance(c.draft, str) and c.draft.strip()
    assert isinstance(c.boundary, str) and c.boundary.strip()
    assert all(isinstance(n, str) for n in c.notes)
    assert c.engine == "offline"


def coach_or_input_error(text: str, **options) -> Coaching | None:
    try:
        c = coach(text, **options)
    except InputError as exc:
        assert str(exc)  # friendly, never empty
        return None
    assert_valid(c)
    return c


class TestEngineNeverCrashes:
    @SETTINGS
    @given(client_text, st.sampled_from(list(Tone)), st.booleans(),
           st.sampled_from([None, *Language]))
    def test_arbitrary_text(self, text: str, tone: Tone, short: bool, language) -> None:
        """Any Unicode text gives a valid coaching or an InputError."""
        coach_or_input_error(text, tone=tone, short=short, language=language)

    @SETTINGS
    @given(st.text(alphabet=" \t\n\r\x0b\x0c\u00a0\u2003\u3000"))
    def test_whitespace_is_an_input_error(self, text: str) -> None:
        """Empty and whitespace-only messages are an InputError, not a coaching."""
        with pytest.raises(InputError):
            coach(text)

    @pytest.mark.parametrize("seed", [1, 2])
    def test_huge_input(self, seed: int) -> None:
        """100 kB of mixed text is coached (or refused) without a crash."""
        rng = random.Random(seed)
        words = [*FRAGMENTS, "".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(50))]
        text = ""
        while len(text) < 100_000:
            text += rng.choice(words) + " "
        coach_or_input_error(text)

    def test_huge_single_word(self) -> None:
        coach_or_input_error("a" * 100_000)


class TestReviewNeverCrashes:
    @SETTINGS
    @given(client_text, st.sampled_from([None, *Language]))
    def test_arbitrary_draft(self, text: str, language) -> None:
        """Every finding is complete and each phrase of its excerpt comes from the draft."""
        flattened = " ".join(text.split())
        for f in review_draft(text, language=language):
            assert f.code and f.message and f.suggestion
            for phrase in f.excerpt.split(EXCERPT_SEPARATOR):
                assert phrase.removesuffix("…") in flattened

    def test_huge_draft(self) -> None:
        findings = review_draft("Sorry, kein Problem! " * 5_000)
        assert {"apology_pile", "over_promise", "too_long"} <= {f.code for f in findings}

    def test_huge_draft_without_full_stops_stays_fast(self) -> None:
        """Looking ahead from every "Sie hätten" is bounded: 100 kB take well under 10 s (an
        unbounded look-ahead took over a minute)."""
        started = time.perf_counter()
        findings = review_draft("Sie hätten das " * 7_000)
        assert time.perf_counter() - started < 10
        assert "blame" in {f.code for f in findings}


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=6,
)
line_without_newline = st.text(
    alphabet=st.characters(blacklist_characters="\n\ufeff", blacklist_categories=["Cs"]),
    max_size=200,
)
json_line = st.one_of(
    line_without_newline,
    st.fixed_dictionaries(
        {"id": json_value, "text": st.one_of(client_text, json_value)},
        optional={
            "language": st.sampled_from(["de", "en", "fr", 3, None]),
            "tone": st.sampled_from(["warm", "neutral", "firm", "rude", None]),
            "short": st.sampled_from([True, False, "yes", None]),
        },
    ).map(json.dumps),
    json_value.map(json.dumps),
)


class TestJsonStream:
    @SETTINGS
    @given(st.lists(json_line, max_size=8))
    def test_one_object_per_non_blank_line(self, monkeypatch, capsys, lines) -> None:
        """Arbitrary lines: each non-blank one yields exactly one JSON object with an id."""
        monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
        assert main(["coach", "--json"]) == 0
        captured = capsys.readouterr()
        answers = [json.loads(line) for line in captured.out.split("\n") if line]
        assert len(answers) == sum(1 for line in lines if line.strip())
        for answer in answers:
            assert isinstance(answer, dict) and "id" in answer
            assert ("error" in answer) != ("draft" in answer)
        assert captured.err == ""
