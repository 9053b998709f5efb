"""What the model is told: the editable prompt files, the hint, the length, the user's terms."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from bot.coach.model import Capacity, Profile, Situation
from bot.llm.prompts import PromptSet, build_request
from tests.llm.conftest import CLIENT_DE, make_coaching


def user_message(coaching=None, profile: Profile | None = None) -> str:
    request = build_request(
        coaching or make_coaching(), CLIENT_DE, profile or Profile(), PromptSet.load()
    )
    return request.messages[1]["content"]


class TestPromptFiles:
    def test_every_situation_is_described(self) -> None:
        """situations.toml covers all twelve situations, and the system message lists them."""
        prompts = PromptSet.load()
        assert set(prompts.reply_shapes) == {s.value for s in Situation}
        for situation in Situation:
            assert f"- {situation.value}: the client " in prompts.system
        assert '"situation"' in prompts.system and '"draft"' in prompts.system

    def test_edited_prompt_files_are_used(self, tmp_path: Path) -> None:
        """A coach's edit of the prompt files changes what is sent, no code involved."""
        source = PromptSet.load()
        (tmp_path / "system.md").write_text("Be brief, coach.\n{situations}", encoding="utf-8")
        (tmp_path / "request.md").write_text(
            "{hint}|{language}|{register}|{length}|{json}|"
            "<client_message>{client_message}</client_message>",
            encoding="utf-8",
        )
        (tmp_path / "situations.toml").write_text(
            "\n".join(
                f'[{k}]\nclient = "does {k}"\nreply_shape = "shape {k}"'
                for k in source.reply_shapes
            ),
            encoding="utf-8",
        )
        prompts = PromptSet.load(tmp_path)
        request = build_request(make_coaching(), CLIENT_DE, Profile(), prompts)
        assert request.messages[0]["content"].startswith("Be brief, coach.\n- scope_creep: ")
        assert "the client does neutral. Reply: shape neutral" in request.messages[0]["content"]
        user = request.messages[1]["content"]
        assert user.startswith("scope_creep (confidence 1.00)|German|formal")
        assert "|{json}|" in user  # unknown fields stay as written


class TestRequest:
    def test_carries_hint_slots_and_profile(self) -> None:
        """The offline hint, language, register, dates and the user's terms reach the model."""
        profile = Profile(
            name="Lena Vogt",
            working_hours="Mo–Fr 9–17 Uhr",
            revision_rounds=2,
            payment_terms_days=14,
            capacity=Capacity.FULL,
        )
        content = user_message(profile=profile)
        for expected in (
            "first guess (a hint, not a fact): scope_creep",
            "German",
            "'Sie'",
            "bis Freitag",
            "Mo–Fr 9–17 Uhr",
            "2 revision rounds",
            "14 days",
            "capacity today: full",
        ):
            assert expected in content, expected
        assert "The user has chosen" not in content

    def test_alternatives_are_part_of_the_hint(self) -> None:
        """The offline runner-ups are named with their probabilities."""
        coaching = make_coaching()
        detection = dataclasses.replace(
            coaching.detection,
            confidence=0.41,
            alternatives=((Situation.URGENT_PRESSURE, 0.3), (Situation.NEUTRAL, 0.1)),
        )
        content = user_message(dataclasses.replace(coaching, detection=detection))
        assert "scope_creep (confidence 0.41); other candidates: urgent_pressure 0.30" in content

    def test_length_follows_short_and_long(self) -> None:
        """short, normal and long ask for different lengths."""
        coaching = make_coaching()
        assert "at most 70 words" in user_message(dataclasses.replace(coaching, short=True))
        assert "the full arc" in user_message(dataclasses.replace(coaching, long=True))
        assert "40 to 150 words" in user_message(coaching)

    def test_a_situation_the_user_chose_is_an_order(self) -> None:
        """After "not quite right? → …" the model writes for the user's situation."""
        coaching = make_coaching(situation=Situation.PRICE_PUSHBACK)
        detection = dataclasses.replace(
            coaching.detection, chosen_by_user=True, detected=Situation.SCOPE_CREEP
        )
        content = user_message(dataclasses.replace(coaching, detection=detection))
        assert 'The user has chosen the situation price_pushback: answer with "situation": ' in (
            content
        )
        assert "a hint, not a fact): scope_creep" in content
