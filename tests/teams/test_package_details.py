"""`calm teams-package`: files readable by everyone, a German localisation, and a loud word
when placeholder privacy/terms URLs are used."""

from __future__ import annotations

import json
import re
import stat
import zipfile
from pathlib import Path

import pytest

from bot.cli import EXIT_OK, main
from bot.teams.text import CommandKind, parse_command
from tests.teams.harness import CLIENT_ID

URLS = [
    "--website-url", "https://calm.example.org",
    "--privacy-url", "https://calm.example.org/privacy",
    "--terms-url", "https://calm.example.org/terms",
]  # fmt: skip


@pytest.fixture
def build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TEAMS_CLIENT_ID", CLIENT_ID)

    def run(*args: str) -> Path:
        output = tmp_path / "calm.zip"
        assert main(["teams-package", "--output", str(output), *args]) == EXIT_OK
        return output

    return run


def _resolve(manifest: dict, path: str) -> object:
    node: object = manifest
    for name, index in re.findall(r"([A-Za-z]+)(?:\[(\d+)\])?", path):
        node = node[name]  # type: ignore[index]
        if index:
            node = node[int(index)]  # type: ignore[index]
    return node


def test_every_file_is_0644(build) -> None:
    with zipfile.ZipFile(build(*URLS)) as zf:
        for info in zf.infolist():
            assert stat.S_IMODE(info.external_attr >> 16) == 0o644, info.filename


def test_german_localisation_matches_the_manifest(build) -> None:
    with zipfile.ZipFile(build(*URLS)) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        languages = manifest["localizationInfo"]["additionalLanguages"]
        assert [(lang["languageTag"], lang["file"]) for lang in languages] == [("de", "de.json")]
        german = json.loads(zf.read("de.json"))
    for key, value in german.items():
        if key.startswith("$"):
            continue
        assert isinstance(_resolve(manifest, key), str), key  # the key names a real string
        assert value.strip(), key
    assert german["composeExtensions[0].commands[0].title"] == "Antwort vorschlagen"
    titles = [v for k, v in german.items() if k.endswith(".title") and k.startswith("bots")]
    for title in titles:  # a German menu entry is a command, not a client message
        assert parse_command(title).kind is not CommandKind.COACH, title


def test_placeholder_urls_are_announced(build, capsys) -> None:
    build()
    err = capsys.readouterr().err
    assert "WARNING" in err and "PLACEHOLDER" in err and "--privacy-url" in err
    build(*URLS)
    assert "WARNING" not in capsys.readouterr().err
