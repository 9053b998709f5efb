"""`/calm` subcommands in German and English are commands, not client messages."""

from __future__ import annotations

import pytest

from bot.slack import ids
from tests.slack.test_calm_command import actions
from tests.support.fixtures import SlackHarness


def _text(blocks: list[dict]) -> str:
    return " ".join(b["text"]["text"] for b in blocks if b.get("type") == "section")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kapazität voll", "voll"),
        ("Kapazität überbucht", "überbucht"),
        ("capacity full", "voll"),
        ("einstellungen", "Tab *Home*"),
        ("Einstellungen", "Tab *Home*"),
        ("settings", "Tab *Home*"),
        ("hilfe", "calm hilft dir"),
        ("help", "calm hilft dir"),
    ],
)
async def test_subcommand_is_answered_not_coached(
    slack_harness: SlackHarness, text: str, expected: str
) -> None:
    body = await (await slack_harness.command(text)).json()

    assert ids.ACTION_SOFTER not in actions(body["blocks"])
    assert expected in _text(body["blocks"])


async def test_settings_answer_links_to_the_home_tab(slack_harness: SlackHarness) -> None:
    body = await (await slack_harness.command("einstellungen")).json()
    assert "slack://app?team=T0CALM&id=A0CALM&tab=home" in _text(body["blocks"])


@pytest.mark.parametrize(
    "text",
    [
        "Kapazität ist bei uns gerade ein großes Thema, können Sie trotzdem bis Freitag liefern?",
        "Die Einstellungen im Newsletter-Tool sind falsch, bitte bis morgen korrigieren.",
    ],
)
async def test_sentences_starting_with_those_words_are_coached(
    slack_harness: SlackHarness, text: str
) -> None:
    body = await (await slack_harness.command(text)).json()
    assert ids.ACTION_SOFTER in actions(body["blocks"])
