"""Packaging beyond what pyproject.toml can say: the folders a coach edits stay at the top of the
repository (prompts/, deploy/teams/, deploy/slack/), and a wheel carries copies of them inside
the package as `bot/_bundled/…`, where `bot.bundled` finds them with importlib.resources."""

from setuptools import find_packages, setup

BUNDLED = {
    "bot._bundled.prompts.playbooks": "prompts/playbooks",
    "bot._bundled.prompts.llm": "prompts/llm",
    "bot._bundled.teams": "deploy/teams",
    "bot._bundled.slack": "deploy/slack",
}

setup(
    packages=[*find_packages(include=["bot", "bot.*"]), *BUNDLED],
    package_dir=BUNDLED,
    package_data={
        # Data files inside the package itself (e.g. a learned model next to its module);
        # tests/test_wheel.py fails if one the engine needs is left out.
        "bot": [
            f"**/*.{ext}"
            for ext in ("json", "jsonl", "toml", "txt", "tsv", "csv", "bin", "npz", "npy",
                        "gz", "zst", "pkl", "joblib", "onnx", "msgpack")
        ],
        "bot._bundled.prompts.playbooks": ["*.toml"],
        "bot._bundled.prompts.llm": ["*.md", "*.toml"],
        "bot._bundled.teams": ["*.json", "*.png"],
        "bot._bundled.slack": ["*.json", "*.png"],
    },
)
