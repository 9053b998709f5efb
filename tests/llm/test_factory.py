"""Wiring: `build_refiner(settings)` and the CLI's synchronous `refine_for_cli`."""

from __future__ import annotations

import pytest
import structlog

from bot.coach.model import Coaching, Language, Profile
from bot.config import Settings
from bot.llm.cli_support import refine_for_cli
from bot.llm.factory import build_refiner
from bot.llm.refiner import LLMRefiner
from tests.llm.conftest import CLIENT_DE, GOOD_DE, PII_DE, settings_for
from tests.support.fake_llm import FakeLLM, echo_placeholders, structured


class TestBuildRefiner:
    def test_off_unless_base_url_and_model_are_set(self) -> None:
        """No LLM_BASE_URL or no LLM_MODEL: no refiner, the offline engine alone."""
        assert build_refiner(Settings(_env_file=None)) is None  # type: ignore[call-arg]
        only_url = Settings(_env_file=None, LLM_BASE_URL="http://127.0.0.1:9/v1")  # type: ignore[call-arg]
        assert build_refiner(only_url) is None

    def test_configured(self, fake_llm: FakeLLM) -> None:
        """With both set, a refiner bounded by LLM_TIMEOUT_SECONDS."""
        refiner = build_refiner(settings_for(fake_llm, LLM_TIMEOUT_SECONDS=7.5))
        assert isinstance(refiner, LLMRefiner)
        assert refiner.timeout == 7.5
        assert refiner.client.endpoint.api_key == "sk-test-key"


    def test_a_local_model_gets_more_time_unless_told_otherwise(self) -> None:
        """Unset LLM_TIMEOUT_SECONDS: 90 s for a model on this machine, 20 s for a hosted API."""
        local = Settings(  # type: ignore[call-arg]
            _env_file=None, LLM_BASE_URL="http://127.0.0.1:11434/v1", LLM_MODEL="qwen2.5:7b"
        )
        hosted = Settings(  # type: ignore[call-arg]
            _env_file=None, LLM_BASE_URL="https://api.openai.com/v1", LLM_MODEL="gpt-4o-mini"
        )
        told = Settings(  # type: ignore[call-arg]
            _env_file=None,
            LLM_BASE_URL="http://localhost:1234/v1",
            LLM_MODEL="m",
            LLM_TIMEOUT_SECONDS=15,
        )
        timeouts = [build_refiner(s).timeout for s in (local, hosted, told)]  # type: ignore[union-attr]
        assert timeouts == [90.0, 20.0, 15.0]


class TestRefineForCli:
    def test_refined(self, fake_llm: FakeLLM, coaching_de: Coaching, profile: Profile) -> None:
        """The CLI gets the refined coaching and no note; nothing personal was sent."""
        fake_llm.answer(structured(echo_placeholders(GOOD_DE)))
        refined, note = refine_for_cli(coaching_de, CLIENT_DE, profile, settings_for(fake_llm))
        assert note is None
        assert refined.engine == "llm:fake-model"
        assert refined.draft.startswith("Guten Tag Herr Kranich")
        sent = fake_llm.bodies_text()
        assert not any(secret in sent for secret in PII_DE)

    def test_fault_gives_offline_and_note(
        self, fake_llm: FakeLLM, coaching_de: Coaching, profile: Profile
    ) -> None:
        """A failing endpoint: the offline coaching comes back unchanged, with a note."""
        fake_llm.behave("error")
        coaching, note = refine_for_cli(coaching_de, CLIENT_DE, profile, settings_for(fake_llm))
        assert coaching is coaching_de
        assert note and "Offline-Entwurf" in note

    def test_stdout_stays_clean(
        self,
        fake_llm: FakeLLM,
        coaching_de: Coaching,
        profile: Profile,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """With logging unconfigured (as in `calm coach`), nothing is printed to stdout."""
        fake_llm.answer(structured(echo_placeholders(GOOD_DE)))
        was_configured, saved = structlog.is_configured(), structlog.get_config()
        structlog.reset_defaults()
        try:
            refine_for_cli(coaching_de, CLIENT_DE, profile, settings_for(fake_llm))
            assert not structlog.is_configured()  # global configuration left alone
        finally:
            if was_configured:
                structlog.configure(**saved)
        assert capsys.readouterr().out == ""

    def test_not_configured(self, coaching_de: Coaching) -> None:
        """Without settings the CLI says how to switch it on (in the user's language)."""
        settings = Settings(_env_file=None)  # type: ignore[call-arg]
        coaching, note = refine_for_cli(
            coaching_de, CLIENT_DE, Profile(language=Language.EN), settings
        )
        assert coaching is coaching_de
        assert note and "LLM_BASE_URL" in note
