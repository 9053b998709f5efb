"""The deployment files work as written: .env.example does not override what a container needs,
ports are published on 127.0.0.1 only, compose waits for a healthy PostgreSQL, and the replica
setup routes only to healthy replicas on /healthz."""

from __future__ import annotations

import re
from pathlib import Path

from bot.config import load_settings

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
COMPOSE_FILES = sorted(DEPLOY.glob("docker-compose*.yml"))


def _set_in_env_example() -> dict[str, str]:
    lines = (ROOT / ".env.example").read_text("utf-8").splitlines()
    pairs = (line.split("=", 1) for line in lines if re.match(r"^[A-Z_]+=", line))
    return {name: value for name, value in pairs}


def test_env_example_leaves_the_container_settings_to_the_image() -> None:
    """`--env-file .env`/`env_file:` beat the image's ENV: HOST, PORT and DATABASE_URL must not
    be set there, or HTTP mode listens on the container's loopback and SQLite writes to /app."""
    assert {"HOST", "PORT", "DATABASE_URL"}.isdisjoint(_set_in_env_example())
    dockerfile = (DEPLOY / "Dockerfile").read_text("utf-8")
    assert "HOST=0.0.0.0" in dockerfile and "DATABASE_URL=sqlite:////data/calm.db" in dockerfile


def test_a_copy_of_env_example_loads(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every value in .env.example is valid as written (empty means "not set")."""
    for name in [*_set_in_env_example(), "HOST", "PORT", "DATABASE_URL"]:
        monkeypatch.delenv(name, raising=False)
    env = tmp_path / ".env"
    env.write_text((ROOT / ".env.example").read_text("utf-8"), "utf-8")
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.host == "127.0.0.1" and settings.database_url == "sqlite:///calm.db"
    assert not settings.slack_client_id and not settings.llm_enabled


def test_compose_publishes_on_loopback_and_waits_for_a_healthy_database() -> None:
    assert len(COMPOSE_FILES) == 2
    for path in COMPOSE_FILES:
        text = path.read_text("utf-8")
        published = re.findall(r'^\s+- "([^"]+:\d+)"\s*$', text, flags=re.MULTILINE)
        assert published, path.name
        assert all(p.startswith("127.0.0.1:") for p in published), (path.name, published)
        assert "condition: service_healthy" in text and "pg_isready" in text, path.name
        assert "${POSTGRES_PASSWORD:?" in text, path.name  # no password written in the file


def test_slack_and_teams_each_have_command_port_and_health_check() -> None:
    text = (DEPLOY / "docker-compose.yml").read_text("utf-8")
    assert 'command: ["calm", "serve"]' in text and '"127.0.0.1:3000:3000"' in text
    assert 'command: ["calm", "serve", "--teams"]' in text and '"127.0.0.1:3978:3978"' in text
    assert 'HEALTH_PORT: "3978"' in text
    assert "HEALTH_PORT" in (DEPLOY / "Dockerfile").read_text("utf-8")


def test_replicas_sit_behind_a_proxy_that_checks_healthz() -> None:
    text = (DEPLOY / "docker-compose.replicas.yml").read_text("utf-8")
    assert re.search(r"^  calm-1:", text, re.MULTILINE) and re.search(r"^  calm-2:", text, re.M)
    caddy = (DEPLOY / "Caddyfile.replicas").read_text("utf-8")
    assert "reverse_proxy calm-1:3000 calm-2:3000" in caddy and "health_uri /healthz" in caddy
