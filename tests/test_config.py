"""Settings come from the environment with Slack's usual names; bad values fail clearly."""

from __future__ import annotations

import pytest

from bot.coach import ConfigError
from bot.config import load_settings


class TestSettings:
    def test_defaults_need_no_keys(self) -> None:
        """A fresh install runs with no keys: SQLite, local host, LLM off."""
        settings = load_settings(_env_file=None)
        assert settings.database_url.startswith("sqlite")
        assert settings.host == "127.0.0.1"
        assert settings.llm_enabled is False

    def test_slack_names_are_read_from_the_environment(self, monkeypatch) -> None:
        """SLACK_BOT_TOKEN and SLACK_API_URL use Slack's own names."""
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
        monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9/api/")
        settings = load_settings(_env_file=None)
        assert settings.slack_bot_token is not None
        assert settings.slack_bot_token.get_secret_value() == "xoxb-test"
        assert settings.slack_api_url == "http://127.0.0.1:9/api/"

    def test_malformed_value_names_the_setting_not_the_value(self, monkeypatch) -> None:
        """A bad value gives one ConfigError naming the setting, without echoing secrets."""
        monkeypatch.setenv("PORT", "not-a-port-secret123")
        with pytest.raises(ConfigError) as info:
            load_settings(_env_file=None)
        assert "PORT" in str(info.value)
        assert "secret123" not in str(info.value)

    def test_llm_enabled_needs_url_and_model(self) -> None:
        """The LLM stage is on only when both the endpoint and the model are set."""
        only_url = load_settings(_env_file=None, LLM_BASE_URL="http://127.0.0.1:1/v1")
        assert only_url.llm_enabled is False
        assert load_settings(
            _env_file=None, LLM_BASE_URL="http://127.0.0.1:1/v1", LLM_MODEL="m"
        ).llm_enabled is True
