"""The daily capacity nudge in Teams: the proactive card, its answer, and the shared scheduler."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from bot.coach.model import Capacity
from bot.config import Settings
from bot.nudge.content import build_nudge_content
from bot.nudge.planning import reschedule_user
from bot.nudge.scheduler import NudgeScheduler
from bot.nudge.sending import SendStatus
from bot.store import Store, UserKey
from bot.teams.card_state import Verb
from bot.teams.nudge_sender import TeamsNudgeSender, start_nudge_scheduler
from tests.teams.conftest import NOW, make_settings
from tests.teams.harness import (
    CONVERSATION_ID,
    TENANT_ID,
    USER_AAD_ID,
    TeamsHarness,
    card_action,
    card_of,
    inputs_of,
    message,
    texts_of,
)

KEY = UserKey("teams", TENANT_ID, USER_AAD_ID)
TODAY = dt.date(2026, 11, 23)


def _content(store: Store):  # type: ignore[no-untyped-def]
    return build_nudge_content(KEY, store.get_user(KEY), TODAY, {"scope_creep": 2})


class TestSender:
    async def test_sends_card_with_four_answers_to_stored_chat(
        self, teams: TeamsHarness, store: Store
    ) -> None:
        """The nudge goes to the stored 1:1 chat as a card with free/some/full/overbooked."""
        store.save_conversation_ref(KEY, CONVERSATION_ID, teams.service_url)

        result = await TeamsNudgeSender(teams.app, store).send_nudge(KEY, _content(store))

        assert result.status is SendStatus.SENT
        [sent] = teams.connector.posted()
        assert sent.path == f"/v3/conversations/{CONVERSATION_ID}/activities"
        assert result.message_id == "activity-1"
        card = card_of(sent)
        buttons = card["body"][-1]["actions"]
        assert [b["data"]["capacity"] for b in buttons] == ["free", "some", "full", "overbooked"]
        assert all(b["verb"] == Verb.CAPACITY and b["data"]["day"] == "2026-11-23" for b in buttons)
        assert any("2 Kundennachrichten" in t for t in texts_of(card))

    async def test_no_stored_chat_means_gone(self, teams: TeamsHarness, store: Store) -> None:
        """Without a stored conversation the user cannot be reached."""
        result = await TeamsNudgeSender(teams.app, store).send_nudge(KEY, _content(store))

        assert result.status is SendStatus.GONE
        assert teams.connector.calls == []

    @pytest.mark.parametrize(
        ("status", "outcome", "retry_after"),
        [
            (429, SendStatus.RETRY, 7.0),
            (503, SendStatus.RETRY, None),
            (403, SendStatus.GONE, None),
            (404, SendStatus.GONE, None),
            (400, SendStatus.FAILED, None),
        ],
    )
    async def test_connector_errors_map_to_outcomes(
        self,
        teams: TeamsHarness,
        store: Store,
        status: int,
        outcome: SendStatus,
        retry_after: float | None,
    ) -> None:
        """429 → retry after Retry-After, 5xx → retry, 403/404 → gone, other 4xx → failed."""
        store.save_conversation_ref(KEY, CONVERSATION_ID, teams.service_url)
        teams.connector.fail_status = status
        teams.connector.retry_after = "7" if status == 429 else None

        result = await TeamsNudgeSender(teams.app, store).send_nudge(KEY, _content(store))

        assert result.status is outcome
        assert result.retry_after == retry_after
        assert result.code == f"http_{status}"


class TestAnswer:
    async def test_answer_is_stored_and_shapes_coaching(
        self, teams: TeamsHarness, store: Store
    ) -> None:
        """Pressing "full" stores today's capacity, replaces the card, and the next draft
        is written for a full day."""
        data = {"calm": 1, "verb": Verb.CAPACITY.value, "capacity": "full", "day": "2026-11-23"}

        response = await teams.post(card_action(teams.service_url, data))

        assert response.json()["type"] == "application/vnd.microsoft.card.adaptive"
        assert "voll" in " ".join(texts_of(response.json()["value"]))
        assert store.get_capacity(KEY, TODAY) is Capacity.FULL

        await teams.post(message(teams.service_url, "calm Können Sie das bitte noch machen?"))
        assert "capacity=full" in inputs_of(card_of(teams.connector.posted()[-1]))["draft"]


class TestScheduler:
    async def test_due_teams_user_gets_exactly_one_nudge(
        self, teams: TeamsHarness, store: Store
    ) -> None:
        """The shared scheduler with the Teams sender nudges a due user once per day."""
        store.update_user(KEY, nudge_enabled=True, timezone="Europe/Berlin", nudge_time="09:00")
        reschedule_user(store, KEY, NOW - dt.timedelta(minutes=5))
        store.save_conversation_ref(KEY, CONVERSATION_ID, teams.service_url)
        scheduler = NudgeScheduler(
            store, TeamsNudgeSender(teams.app, store), platform="teams", clock=lambda: NOW
        )

        first = await scheduler.tick()
        second = await scheduler.tick()

        assert first["sent"] == 1 and not second.get("sent")
        assert len(teams.connector.posted()) == 1


class TestSettingsCommands:
    async def test_nudge_on_in_chat(self, teams: TeamsHarness, store: Store) -> None:
        """`calm nudge 08:30 mo-fr` switches the check-in on; the answer uses Teams' words."""
        await teams.post(
            message(teams.service_url, "calm nudge 08:30 mo-fr", localTimezone="Europe/Berlin")
        )

        user = store.get_user(KEY)
        assert user.nudge_enabled and user.nudge_time == "08:30"
        assert user.next_nudge_at is not None
        answer = teams.connector.posted()[0].body["text"]
        assert "/calm" not in answer

    async def test_capacity_command_in_chat(self, teams: TeamsHarness, store: Store) -> None:
        """The chat command `calm capacity voll` stores today's answer."""
        await teams.post(message(teams.service_url, "calm capacity voll"))

        assert store.get_capacity(KEY, TODAY) is Capacity.FULL


class TestSchedulerStart:
    async def test_runs_only_with_credentials_and_when_enabled(
        self, teams: TeamsHarness, settings: Settings, store: Store, tmp_path: Path
    ) -> None:
        """The Teams scheduler starts for an app with a client id, not when nudges are off."""
        off = make_settings(tmp_path, NUDGE_ENABLED=False)
        assert start_nudge_scheduler(off, store, teams.app) is None

        task = start_nudge_scheduler(settings, store, teams.app)
        assert task is not None
        await asyncio.sleep(0)  # one tick runs (nobody is due)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert teams.connector.calls == []
