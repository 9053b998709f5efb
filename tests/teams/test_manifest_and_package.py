"""The Teams manifest matches the handlers, the icons are valid, and `calm teams-package`
builds the upload zip."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from bot.cli import EXIT_CONFIG, EXIT_OK, main
from bot.teams.handlers import MESSAGE_ACTION_COMMANDS
from bot.teams.package import DEPLOY_DIR, PackageError, render_manifest
from bot.teams.text import CommandKind, parse_command
from tests.teams.harness import CLIENT_ID, TeamsHarness, fetch_task, message


@pytest.fixture
def manifest() -> dict:
    return render_manifest(client_id=CLIENT_ID, version="1.0.0")


def _bot_commands(manifest: dict) -> list[str]:
    return [
        command["title"]
        for bot in manifest["bots"]
        for command_list in bot["commandLists"]
        for command in command_list["commands"]
    ]


def _action_ids(manifest: dict) -> set[str]:
    return {c["id"] for ext in manifest["composeExtensions"] for c in ext["commands"]}


class TestManifestMatchesHandlers:
    async def test_every_bot_command_has_a_handler(
        self, manifest: dict, teams: TeamsHarness
    ) -> None:
        """Each command in the bot's menu is routed (not taken for a client message) and
        answered in the chat."""
        titles = _bot_commands(manifest)
        assert "help" in titles
        for title in titles:
            assert parse_command(title).kind is not CommandKind.COACH, title
            before = len(teams.connector.posted())
            await teams.post(message(teams.service_url, title))
            assert len(teams.connector.posted()) == before + 1, title

    async def test_every_message_action_has_a_handler(
        self, manifest: dict, teams: TeamsHarness
    ) -> None:
        """Each message action id opens calm's dialog, and calm handles no id the manifest
        does not declare."""
        ids = _action_ids(manifest)
        assert ids == set(MESSAGE_ACTION_COMMANDS)
        for command_id in ids:
            response = await teams.post(
                fetch_task(
                    teams.service_url, "<p>Wann kommt die Rechnung?</p>", command_id=command_id
                )
            )
            assert response.json()["task"]["type"] == "continue", command_id

    def test_message_action_shape(self, manifest: dict) -> None:
        """suggestReply is an action on messages that fetches its dialog from the bot."""
        [command] = manifest["composeExtensions"][0]["commands"]
        assert command["type"] == "action"
        assert command["context"] == ["message"]
        assert command["fetchTask"] is True
        assert manifest["bots"][0]["scopes"] == ["personal"]
        assert manifest["bots"][0]["botId"] == manifest["id"] == CLIENT_ID

    def test_texts_fit_the_schema_limits(self, manifest: dict) -> None:
        """Names, descriptions and command texts stay within the manifest schema's limits."""
        assert len(manifest["name"]["short"]) <= 30 and len(manifest["name"]["full"]) <= 100
        assert len(manifest["description"]["short"]) <= 80
        assert len(manifest["description"]["full"]) <= 4000
        commands = [c for b in manifest["bots"] for cl in b["commandLists"] for c in cl["commands"]]
        commands += [c for e in manifest["composeExtensions"] for c in e["commands"]]
        assert len(commands) <= 12 + 10
        for command in commands:
            assert len(command["title"]) <= 32 and len(command["description"]) <= 128


class TestIcons:
    def test_color_icon_is_192_square(self) -> None:
        with Image.open(DEPLOY_DIR / "color.png") as image:
            assert image.format == "PNG" and image.size == (192, 192)

    def test_outline_icon_is_32_white_on_transparent(self) -> None:
        """Every visible pixel of the outline icon is white; the rest is transparent."""
        with Image.open(DEPLOY_DIR / "outline.png") as image:
            assert image.format == "PNG" and image.size == (32, 32)
            raw = image.convert("RGBA").tobytes()
        pixels = [tuple(raw[i : i + 4]) for i in range(0, len(raw), 4)]
        visible = [p for p in pixels if p[3] > 0]
        assert visible and len(visible) < len(pixels)
        assert all(p[:3] == (255, 255, 255) for p in visible)


class TestPackage:
    def test_cli_writes_zip_with_manifest_and_icons_at_root(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
    ) -> None:
        """`calm teams-package --version 1.2.3` writes the three files at the zip root."""
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("TEAMS_CLIENT_ID", CLIENT_ID)
        output = tmp_path / "out" / "calm-teams.zip"

        code = main(["teams-package", "--version", "1.2.3", "--output", str(output)])

        assert code == EXIT_OK
        with zipfile.ZipFile(output) as zf:
            assert sorted(zf.namelist()) == ["color.png", "de.json", "manifest.json", "outline.png"]
            packaged = json.loads(zf.read("manifest.json"))
        assert packaged["version"] == "1.2.3"
        assert packaged["id"] == CLIENT_ID
        assert str(output) in capsys.readouterr().out

    def test_cli_without_client_id_explains(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
    ) -> None:
        """Without TEAMS_CLIENT_ID the command fails with a configuration error that says so."""
        monkeypatch.chdir(tmp_path)
        monkeypatch.delenv("TEAMS_CLIENT_ID", raising=False)

        code = main(["teams-package", "--output", str(tmp_path / "x.zip")])

        assert code == EXIT_CONFIG
        assert "TEAMS_CLIENT_ID" in capsys.readouterr().err
        assert not (tmp_path / "x.zip").exists()

    @pytest.mark.parametrize(
        ("field", "value"),
        [("version", "1.0"), ("client_id", "not-a-guid"), ("website_url", "http://x.test")],
    )
    def test_bad_values_are_refused(self, field: str, value: str) -> None:
        """A non-semver version, a non-GUID id or a non-https URL is refused."""
        args = {"client_id": CLIENT_ID, "version": "1.0.0", field: value}
        with pytest.raises(PackageError):
            render_manifest(**args)
