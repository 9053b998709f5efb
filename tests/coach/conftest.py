"""Fixtures shared by the engine tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.coach.playbooks import DEFAULT_PLAYBOOK_DIR


@pytest.fixture
def playbook_dir(tmp_path: Path) -> Path:
    """A copy of the shipped playbooks that a test may edit."""
    target = tmp_path / "playbooks"
    shutil.copytree(DEFAULT_PLAYBOOK_DIR, target)
    return target


def edit(directory: Path, name: str, old: str, new: str) -> None:
    """Replace `old` (which must be there) by `new` in playbook file `name`."""
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append(directory: Path, name: str, toml: str) -> None:
    """Add a TOML snippet at the end of playbook file `name`."""
    path = directory / name
    path.write_text(path.read_text(encoding="utf-8") + "\n" + toml, encoding="utf-8")
