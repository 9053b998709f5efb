"""The model's structured answer: what is accepted, what is repaired, what is refused."""

from __future__ import annotations

import json

import pytest

from bot.coach.model import Situation
from bot.llm.reading import ReadingError, parse_reading


def answer(**fields: object) -> str:
    base: dict[str, object] = {
        "situation": "scope_creep",
        "secondary": None,
        "confidence": 0.8,
        "client_wants": "Drei Grafiken mehr bis Freitag.",
        "draft": "Guten Tag,\n\ngern.\n\nViele Grüße",
    }
    base.update(fields)
    return json.dumps(base, ensure_ascii=False)


class TestAccepted:
    def test_a_clean_answer(self) -> None:
        reading = parse_reading(answer())
        assert reading.situation is Situation.SCOPE_CREEP
        assert reading.secondary == ()
        assert reading.confidence == 0.8
        assert reading.client_wants == "Drei Grafiken mehr bis Freitag."
        assert reading.draft == "Guten Tag,\n\ngern.\n\nViele Grüße"

    def test_wrapping_that_models_add(self) -> None:
        """A code fence, a sentence before the object, a reasoning block: all tolerated."""
        for text in (
            f"```json\n{answer()}\n```",
            f"Here is my answer:\n{answer()}\nHope this helps.",
            f"<think>scope creep, clearly</think>\n{answer()}",
        ):
            assert parse_reading(text).situation is Situation.SCOPE_CREEP

    def test_real_line_breaks_inside_the_draft(self) -> None:
        """Local models often write the draft with raw line breaks inside the JSON string."""
        raw = '{"situation": "delay_complaint", "draft": "Hallo,\n\nich melde mich morgen."}'
        assert parse_reading(raw).draft == "Hallo,\n\nich melde mich morgen."

    def test_a_draft_escaped_twice(self) -> None:
        """Literal backslash-n sequences become line breaks when there are no real ones."""
        reading = parse_reading(answer(draft="Hallo,\\n\\nich melde mich morgen."))
        assert reading.draft == "Hallo,\n\nich melde mich morgen."

    @pytest.mark.parametrize(
        ("value", "expected"),
        [(0.9, 0.9), ("0.7", 0.7), ("85%", 0.85), (85, 0.85), ("high", 0.85), (-1, 0.0),
         ("sure", None), (None, None), (True, None)],
    )
    def test_confidence(self, value: object, expected: float | None) -> None:
        assert parse_reading(answer(confidence=value)).confidence == expected

    def test_situation_spelling_and_secondary(self) -> None:
        """'Delay Complaint' is delay_complaint; unknown, neutral, repeated secondaries drop."""
        reading = parse_reading(
            answer(
                situation="Delay Complaint",
                secondary=["harsh-tone", "delay_complaint", "neutral", "chaos", "harsh_tone"],
            )
        )
        assert reading.situation is Situation.DELAY_COMPLAINT
        assert reading.secondary == (Situation.HARSH_TONE,)

    def test_the_reading_is_one_short_line(self) -> None:
        reading = parse_reading(answer(client_wants="Line one\nline two " + "x" * 300))
        assert "\n" not in reading.client_wants and len(reading.client_wants) == 200


class TestRefused:
    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("Guten Tag, gern erledige ich das.", "not_json"),
            ("[1, 2, 3]", "not_json"),
            ('{"situation": "scope_creep", "draft": "Guten', "not_json"),
            (answer(situation="emergency"), "unknown_situation"),
            (answer(situation=None), "unknown_situation"),
            (answer(draft=""), "no_draft"),
            (answer(draft=["Guten Tag"]), "no_draft"),
        ],
    )
    def test_unusable_answers(self, text: str, code: str) -> None:
        with pytest.raises(ReadingError) as caught:
            parse_reading(text)
        assert caught.value.code == code
