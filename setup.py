"""Packaging beyond what pyproject.toml can say: the folders a coach edits stay at the top of the
repository (prompts/, deploy/teams/), and a wheel carries copies of them inside the package as
`bot/_bundled/…`, where `bot.bundled` finds them with importlib.resources."""

from setuptools import find_packages, setup

BUNDLED = {
    "bot._bundled.prompts.playbooks": "prompts/playbooks",
    "bot._bundled.prompts.llm": "prompts/llm",
    "bot._bundled.teams": "deploy/teams",
}

setup(
    packages=[*find_packages(include=["bot", "bot.*"]), *BUNDLED],
    package_dir=BUNDLED,
    package_data={
        "bot": ["**/*.json", "**/*.toml", "**/*.bin", "**/*.npz", "**/*.gz"],
        "bot._bundled.prompts.playbooks": ["*.toml"],
        "bot._bundled.prompts.llm": ["*.md", "*.toml"],
        "bot._bundled.teams": ["manifest.template.json", "*.png"],
    },
)
