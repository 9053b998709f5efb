"""All of calm's settings in one typed place, read from the environment and `.env`.

Slack's settings keep Slack's usual names (`SLACK_BOT_TOKEN`, …); the rest have plain names.
Tests pass values to the constructor instead of mutating the environment.
"""

from __future__ import annotations

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.coach.errors import ConfigError

DEFAULT_DATABASE_URL = "sqlite:///calm.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    # --- general -------------------------------------------------------------------------
    database_url: str = Field(DEFAULT_DATABASE_URL, alias="DATABASE_URL")
    log_level: str = Field("info", alias="LOG_LEVEL")
    log_format: str = Field("auto", alias="LOG_FORMAT")  # auto | console | json
    host: str = Field("127.0.0.1", alias="HOST")
    port: int = Field(3000, alias="PORT", ge=1, le=65535)
    default_language: str = Field("de", alias="CALM_DEFAULT_LANGUAGE", pattern="^(de|en)$")

    # --- Slack ---------------------------------------------------------------------------
    slack_bot_token: SecretStr | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(None, alias="SLACK_APP_TOKEN")
    slack_user_token: SecretStr | None = Field(None, alias="SLACK_USER_TOKEN")
    slack_api_url: str = Field("https://slack.com/api/", alias="SLACK_API_URL")
    # The install flow ("Add to Slack", one calm for many workspaces): set both instead of
    # SLACK_BOT_TOKEN. SLACK_REDIRECT_URL is the public https URL of /slack/oauth_redirect
    # (optional when the app has exactly one redirect URL in its manifest).
    slack_client_id: str | None = Field(None, alias="SLACK_CLIENT_ID")
    slack_client_secret: SecretStr | None = Field(None, alias="SLACK_CLIENT_SECRET")
    slack_redirect_url: str | None = Field(None, alias="SLACK_REDIRECT_URL")

    # --- daily capacity nudge ----------------------------------------------------------
    nudge_enabled: bool = Field(True, alias="NUDGE_ENABLED")
    nudge_tick_seconds: float = Field(30.0, alias="NUDGE_TICK_SECONDS", gt=0)

    # --- LLM refinement (off unless LLM_BASE_URL is set) --------------------------------
    llm_base_url: str | None = Field(None, alias="LLM_BASE_URL")
    llm_api_key: SecretStr | None = Field(None, alias="LLM_API_KEY")
    llm_model: str | None = Field(None, alias="LLM_MODEL")
    llm_timeout_seconds: float = Field(20.0, alias="LLM_TIMEOUT_SECONDS", gt=0)
    llm_stream: bool = Field(True, alias="LLM_STREAM")

    # --- Microsoft Teams -----------------------------------------------------------------
    teams_client_id: str | None = Field(None, alias="TEAMS_CLIENT_ID")
    teams_client_secret: SecretStr | None = Field(None, alias="TEAMS_CLIENT_SECRET")
    teams_tenant_id: str | None = Field(None, alias="TEAMS_TENANT_ID")
    teams_port: int = Field(3978, alias="TEAMS_PORT", ge=1, le=65535)
    teams_insecure_local_dev: bool = Field(
        False, alias="TEAMS_INSECURE_LOCAL_DEV_NO_AUTH"
    )

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)


def load_settings(**overrides: object) -> Settings:
    """Read settings; a malformed value becomes one `ConfigError` that names the setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        names = ", ".join(
            sorted({str(err["loc"][0]) for err in exc.errors() if err.get("loc")})
        )
        raise ConfigError(f"Invalid setting(s): {names}. See .env.example.") from None
