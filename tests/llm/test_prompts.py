"""What the model is told: the editable prompt files, the facts, the playbook's phrasings."""

from __future__ import annotations

from pathlib import Path

from bot.coach.model import Capacity, Profile, Situation, Tone
from bot.coach.playbooks import load_playbooks
from bot.llm.prompts import PromptSet, build_request
from tests.llm.conftest import CLIENT_DE, make_coaching


class TestPromptFiles:
    def test_every_situation_has_a_reply_shape(self) -> None:
        """situations.toml covers all twelve situations."""
        prompts = PromptSet.load()
        assert set(prompts.reply_shapes) == {s.value for s in Situation}

    def test_edited_prompt_files_are_used(self, tmp_path: Path) -> None:
        """A coach's edit of the prompt files changes what is sent, no code involved."""
        source = PromptSet.load()
        (tmp_path / "system.md").write_text("Be brief, coach.", encoding="utf-8")
        (tmp_path / "request.md").write_text(
            "{situation}|{language}|{register}|<client_message>{client_message}</client_message>"
            "{secondary}{heat}{heat_label}{tone}{short}{reply_shape}{examples}{boundary}{facts}"
            "{user}{draft}",
            encoding="utf-8",
        )
        (tmp_path / "situations.toml").write_text(
            "\n".join(f'[{k}]\nreply_shape = "shape {k}"' for k in source.reply_shapes),
            encoding="utf-8",
        )
        prompts = PromptSet.load(tmp_path)
        request = build_request(make_coaching(), CLIENT_DE, Profile(), prompts)
        assert request.messages[0]["content"] == "Be brief, coach."
        assert request.messages[1]["content"].startswith("scope_creep|German|formal")
        assert "shape scope_creep" in request.messages[1]["content"]


class TestRequest:
    def test_carries_detection_slots_and_profile(self) -> None:
        """Situation, language, register, dates and the user's terms reach the model."""
        profile = Profile(
            name="Lena Vogt",
            working_hours="Mo–Fr 9–17 Uhr",
            revision_rounds=2,
            payment_terms_days=14,
            capacity=Capacity.FULL,
        )
        user = build_request(make_coaching(), CLIENT_DE, profile, PromptSet.load()).messages[1]
        content = user["content"]
        for expected in (
            "scope_creep",
            "German",
            "'Sie'",
            "bis Freitag",
            "Mo–Fr 9–17 Uhr",
            "2 revision rounds",
            "14 days",
            "capacity today: full",
        ):
            assert expected in content, expected

    def test_guidance_comes_from_the_offline_playbooks(self) -> None:
        """The boundary and next-step phrasings are the playbook's, for voice and capacity."""
        playbook = load_playbooks()[Situation.SCOPE_CREEP]
        tight = [
            p for p in playbook.phrases("de.sie", Tone.NEUTRAL, "boundary", "tight") if "{" not in p
        ]
        request = build_request(
            make_coaching(), CLIENT_DE, Profile(capacity=Capacity.OVERBOOKED), PromptSet.load()
        )
        assert tight and tight[0] in request.messages[1]["content"]
        assert "Neue Arbeit ist ein neuer Auftrag." in request.messages[1]["content"]
