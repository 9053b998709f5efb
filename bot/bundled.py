"""Where calm finds the files a coach can edit: playbooks, LLM prompts and the Teams templates.

In a source checkout (and an editable install) they are read where the README says they live:
`prompts/playbooks/`, `prompts/llm/`, `deploy/teams/` and `deploy/slack/` at the top of the
repository. A wheel
(`pip install calm`, pipx) carries copies of the same folders inside the package, under
`bot/_bundled/` (see setup.py), and they are read from there with `importlib.resources`.

A coach who edits playbooks or prompts of an installed calm copies the folder and points calm at
the copy with an environment variable: CALM_PLAYBOOKS_DIR or CALM_LLM_PROMPTS_DIR. Only the
environment is read here (not `.env`): `calm coach` must start without loading the settings
machinery.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[1]

# name -> (path in a source checkout, path inside the installed package, override variable)
_FOLDERS: dict[str, tuple[str, str, str | None]] = {
    "playbooks": ("prompts/playbooks", "_bundled/prompts/playbooks", "CALM_PLAYBOOKS_DIR"),
    "llm_prompts": ("prompts/llm", "_bundled/prompts/llm", "CALM_LLM_PROMPTS_DIR"),
    "teams": ("deploy/teams", "_bundled/teams", None),
    "slack": ("deploy/slack", "_bundled/slack", None),
}


def folder(name: str) -> Path:
    """The directory that holds `name` ("playbooks", "llm_prompts", "teams" or "slack").

    Order: the override variable when set, the source checkout, the copy inside the package.
    When none exists the checkout path is returned, so the error names the folder the README
    documents.
    """
    checkout, packaged, variable = _FOLDERS[name]
    override = os.environ.get(variable, "").strip() if variable else ""
    if override:
        return Path(override).expanduser()
    in_checkout = _CHECKOUT / checkout
    if in_checkout.is_dir():
        return in_checkout
    # A regular wheel install unpacks files on disk, so the traversable is a real path.
    in_package = Path(str(resources.files("bot").joinpath(packaged)))
    return in_package if in_package.is_dir() else in_checkout


def playbook_dir() -> Path:
    return folder("playbooks")


def llm_prompt_dir() -> Path:
    return folder("llm_prompts")


def teams_template_dir() -> Path:
    return folder("teams")


def slack_template_dir() -> Path:
    return folder("slack")
