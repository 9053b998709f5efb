"""`bot/coach` is the pure core: no Slack, Teams, database or network import, neither written in
its source nor pulled in when it is imported."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "bot" / "coach"

FORBIDDEN = (
    "slack_bolt", "slack_sdk", "microsoft_teams", "sqlalchemy", "httpx", "aiohttp", "socket",
    "urllib", "http", "requests", "psycopg", "fastapi", "uvicorn", "websockets", "ssl",
    # calm's own adapters depend on the core, never the reverse
    "bot.slack", "bot.teams", "bot.store", "bot.llm", "bot.nudge", "bot.cli", "bot.config",
)
# At run time the standard library's pathlib loads urllib.parse (pure string functions), and
# importlib.metadata (with which the sentence-encoder package reads its own version) loads
# email.utils, which imports socket for a host name. What must never be loaded is a client that
# opens connections; that the engine opens none is tested with sockets refused
# (tests/coach/test_situation_model.py).
LOADED_OK = ("urllib", "urllib.parse", "socket")
CORE_MODULES = sorted(CORE.rglob("*.py"))


def _is_forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def imported_modules(path: Path, root: Path = ROOT) -> set[str]:
    """Every module an import statement in `path` names (relative imports resolved)."""
    package = path.relative_to(root).with_suffix("").parts[:-1]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package[: len(package) - (node.level - 1)])
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.add(str(node.args[0].value))
    return names


class TestCoreImports:
    def test_core_has_modules(self) -> None:
        """The scan sees the core (guards against a wrong path making the test vacuous)."""
        names = {p.stem for p in CORE_MODULES}
        assert {"engine", "model", "review"} <= names

    @pytest.mark.parametrize("path", CORE_MODULES, ids=lambda p: p.stem)
    def test_no_platform_or_network_import(self, path: Path) -> None:
        bad = sorted(m for m in imported_modules(path) if _is_forbidden(m))
        assert bad == [], f"{path.relative_to(ROOT)} imports {bad}"

    def test_detector_catches_a_forbidden_import(self, tmp_path: Path) -> None:
        """The AST scan recognises plain, from-, relative and importlib imports."""
        probe = tmp_path / "bot" / "coach" / "probe.py"
        probe.parent.mkdir(parents=True)
        probe.write_text(
            "import httpx\nfrom urllib.parse import quote\nfrom ..slack import app\n"
            "def f():\n    import socket\n    importlib.import_module('sqlalchemy')\n"
        )
        names = imported_modules(probe, tmp_path)
        assert {"httpx", "urllib.parse", "bot.slack", "socket", "sqlalchemy"} <= names
        assert all(_is_forbidden(n) for n in ("httpx", "urllib.parse", "bot.slack.app"))

    def test_importing_the_core_loads_nothing_forbidden(self) -> None:
        """A fresh interpreter importing bot.coach (and coaching once) loads none of them."""
        script = (
            "import json, sys\n"
            "import bot.coach\n"
            "from bot.coach import coach, review_draft\n"
            "try:\n"
            "    coach('Können Sie das bis morgen noch schnell machen?')\n"
            "except Exception:\n"
            "    pass\n"
            "review_draft('Kein Problem, mache ich sofort!')\n"
            "print(json.dumps(sorted(sys.modules)))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
            timeout=60, check=False,
        )
        assert result.returncode == 0, result.stderr
        loaded = json.loads(result.stdout.strip().splitlines()[-1])
        bad = sorted(m for m in loaded if _is_forbidden(m) and m not in LOADED_OK)
        assert bad == []

