"""End to end with the real engine: a Teams message in, the engine's coaching on the card."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.coach import coach
from bot.config import Settings
from bot.store import Store
from tests.teams.conftest import running_harness
from tests.teams.harness import (
    FakeConnector,
    LoopbackJwks,
    card_of,
    fetch_task,
    inputs_of,
    message,
    texts_of,
)

CLIENT_TEXT = (
    "Hallo, ich warte jetzt seit zwei Wochen auf die überarbeiteten Folien. "
    "Wann kann ich endlich damit rechnen?"
)


async def test_chat_and_message_action_show_the_engines_coaching(
    settings: Settings,
    store: Store,
    clock: Callable[[], dt.datetime],
    connector: FakeConnector,
    jwks: LoopbackJwks,
) -> None:
    """The card's draft and boundary are exactly what `coach` says for a new user."""
    expected = coach(CLIENT_TEXT)
    async with running_harness(
        settings, store, clock=clock, connector=connector, jwks=jwks, engine=coach
    ) as teams:
        await teams.post(message(teams.service_url, f"calm {CLIENT_TEXT}"))
        dialog = await teams.post(fetch_task(teams.service_url, f"<p>{CLIENT_TEXT}</p>"))

    card = card_of(connector.posted()[0])
    assert inputs_of(card)["draft"] == expected.draft
    assert expected.boundary in texts_of(card)
    dialog_card = dialog.json()["task"]["value"]["card"]["content"]
    assert inputs_of(dialog_card)["draft"] == expected.draft
