"""A non-editable install of the built wheel coaches and builds the Teams package.

The wheel is built once (`pip wheel --no-deps --no-build-isolation`, nothing is downloaded) and
installed with `--no-deps` into a fresh venv that sees this environment's dependencies through a
path entry, but not its editable `calm`. Every command runs outside the source tree, so the
playbooks, prompts and Teams templates can only come from inside the installed package.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLIENT_ID = "00000000-0000-4000-8000-000000000abc"


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 180):
    return subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `calm` script of a fresh venv holding only the wheel (dependencies seen via .pth)."""
    base = tmp_path_factory.mktemp("wheel")
    # pip builds in the tree: a stale build/ could carry files that no longer exist.
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    dist = base / "dist"
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "-q", "-w", str(dist), str(ROOT)],
        cwd=base,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = dist.glob("calm-*.whl")
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], base
    ).stdout.strip()
    # Only a plain path line: the .pth files in that directory (the editable calm's finder) are
    # not processed, so `bot` can only be imported from the wheel.
    Path(purelib, "calm-test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         "--no-index", str(wheel)],
        cwd=base,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    return env_dir / "bin" / "calm"


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CALM_", "SLACK_", "TEAMS_"))}
    env.pop("DATABASE_URL", None)
    return env | {"HOME": str(home), "CALM_DEFAULT_LANGUAGE": "en"}


class TestInstalledWheel:
    def test_wheel_carries_the_editable_folders(self, installed: Path):
        site = installed.parent.parent / "lib"
        bundled = next(site.glob("python*/site-packages/bot/_bundled"))
        assert sorted(p.name for p in (bundled / "prompts" / "playbooks").glob("*.toml")) == sorted(
            p.name for p in (ROOT / "prompts" / "playbooks").glob("*.toml")
        )
        assert (bundled / "prompts" / "llm" / "system.md").is_file()
        assert (bundled / "teams" / "manifest.template.json").is_file()

    def test_coach_example_runs_from_the_package(self, installed: Path, tmp_path: Path):
        result = _run([str(installed), "coach", "--example"], tmp_path, _clean_env(tmp_path),
                      timeout=60)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Scope creep")
        assert "Reply draft" in result.stdout and "Boundary" in result.stdout

    def test_coach_reads_an_edited_copy_of_the_playbooks(self, installed: Path, tmp_path: Path):
        copy = tmp_path / "my-playbooks"
        copy.mkdir()
        for path in (ROOT / "prompts" / "playbooks").glob("*.toml"):
            (copy / path.name).write_bytes(path.read_bytes())
        (copy / "termination.toml").unlink()
        env = _clean_env(tmp_path) | {"CALM_PLAYBOOKS_DIR": str(copy)}
        result = _run([str(installed), "coach", "--example"], tmp_path, env, timeout=60)
        assert result.returncode == 3
        assert "termination.toml" in result.stderr

    def test_teams_package_builds_outside_the_tree(self, installed: Path, tmp_path: Path):
        env = _clean_env(tmp_path) | {"TEAMS_CLIENT_ID": CLIENT_ID}
        result = _run([str(installed), "teams-package"], tmp_path, env, timeout=60)
        assert result.returncode == 0, result.stderr
        with zipfile.ZipFile(tmp_path / "calm-teams.zip") as zf:
            assert sorted(zf.namelist()) == ["color.png", "de.json", "manifest.json", "outline.png"]
            assert json.loads(zf.read("manifest.json"))["id"] == CLIENT_ID

    def test_slack_manifest_comes_from_the_package(self, installed: Path, tmp_path: Path):
        result = _run(
            [str(installed), "slack-manifest", "--url", "https://calm.example.org"],
            tmp_path, _clean_env(tmp_path), timeout=60,
        )
        assert result.returncode == 0, result.stderr
        manifest = json.loads(result.stdout)
        assert manifest["settings"]["event_subscriptions"]["request_url"] == (
            "https://calm.example.org/slack/events"
        )
        assert manifest["oauth_config"]["redirect_urls"] == [
            "https://calm.example.org/slack/oauth_redirect"
        ]
