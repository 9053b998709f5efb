"""Two `calm serve` replicas that share nothing but the database, against the local Slack Web
API stand-in: both start at the same moment on an empty database, `/calm` is answered by
either, a capacity answer given on A shapes B's very next draft, and every due user gets
exactly one check-in between the two.

Runs on a fresh PostgreSQL database when DATABASE_URL names a PostgreSQL server (CI starts a
throwaway one; the test creates and drops its own database there), else on a SQLite file.

A card made by A has its buttons and its "Not quite right? → …" select answered by B (the
client text sealed in the database, the key only in the card).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.store import Store, UserKey
from tests.support.fake_slack import FakeSlack
from tests.support.signing import SIGNING_SECRET, TEAM_ID, SlackSigner

REPO = Path(__file__).resolve().parents[2]
SERVER_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRES = SERVER_URL.startswith(("postgres://", "postgresql"))
# Written for this test: a client adding work beyond the agreement.
SCOPE_CREEP = (
    "Hallo Frau Weber, wo Sie gerade an den Flyern sitzen: könnten Sie zusätzlich noch drei "
    "Social-Media-Grafiken und einen Newsletter-Entwurf machen? Das ist ja nur eine "
    "Kleinigkeit nebenbei."
)
NUDGED_USERS = 12


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """An empty database: a new one on the PostgreSQL server, or a new SQLite file."""
    if not ON_POSTGRES:
        yield f"sqlite:///{tmp_path / 'replicas.db'}"
        return
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"calm_replicas_{uuid.uuid4().hex[:10]}"
    server = make_url(SERVER_URL.replace("postgres://", "postgresql://", 1))
    admin = server.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Replica:
    name: str
    port: int
    proc: subprocess.Popen[bytes]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.base}/healthz", timeout=1) as resp:
                return resp.status == 200 and json.load(resp)["ok"] is True
        except OSError:
            return False

    def calm(self, text: str, **who: str) -> dict[str, Any]:
        """A signed `/calm text` from the test user (or `user_id=`, `team_id=`); the answer."""
        req = SlackSigner().slash_command("/calm", text, **who)
        request = urllib.request.Request(
            f"{self.base}/slack/events", data=req.body.encode(), headers=req.headers
        )
        with urllib.request.urlopen(request, timeout=10) as resp:
            return json.load(resp)  # type: ignore[no-any-return]

    def interact(self, payload: dict[str, Any]) -> int:
        """A signed interactivity payload (a button click); the HTTP status."""
        req = SlackSigner().interactivity(payload)
        request = urllib.request.Request(
            f"{self.base}/slack/events", data=req.body.encode(), headers=req.headers
        )
        with urllib.request.urlopen(request, timeout=10) as resp:
            return int(resp.status)


def _start(name: str, env: dict[str, str], cwd: Path) -> Replica:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--port", str(port)],
        cwd=cwd,
        env={**env, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    return Replica(name, port, proc)


def _stop(replica: Replica) -> str:
    if replica.proc.poll() is None:
        replica.proc.send_signal(signal.SIGTERM)
    try:
        out, _ = replica.proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        replica.proc.kill()
        out, _ = replica.proc.communicate()
    return out.decode(errors="replace")


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as server:
        yield server


@contextlib.contextmanager
def running_pair(
    fake: FakeSlack, database_url: str, cwd: Path, **settings: str
) -> Iterator[tuple[Replica, Replica]]:
    """Replicas A and B, started at the same moment on the database, until the block ends."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "LLM_", "TEAMS_", "CALM_")) and k != "DATABASE_URL"
    }
    env |= {
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.api_url,
        "DATABASE_URL": database_url,
        "NUDGE_ENABLED": "true",
        "NUDGE_TICK_SECONDS": "0.2",
        "LOG_FORMAT": "json",
        "HOST": "127.0.0.1",
        **settings,
    }
    a, b = _start("A", env, cwd), _start("B", env, cwd)
    try:
        deadline = time.monotonic() + 60
        while not (a.healthy() and b.healthy()):
            for r in (a, b):
                assert r.proc.poll() is None, f"replica {r.name} died:\n{_stop(r)}"
            assert time.monotonic() < deadline, "the replicas did not come up"
            time.sleep(0.1)
        yield a, b
    finally:
        outputs = {r.name: _stop(r) for r in (a, b)}
        for name, out in outputs.items():
            assert "Traceback" not in out, f"replica {name}:\n{out}"
            assert SCOPE_CREEP[:40] not in out  # no client text in the logs


@pytest.fixture
def replicas(
    fake: FakeSlack, database_url: str, tmp_path: Path
) -> Iterator[tuple[Replica, Replica]]:
    """Two single-workspace replicas (one bot token) on the empty database."""
    with running_pair(fake, database_url, tmp_path, SLACK_BOT_TOKEN="xoxb-replica-test") as pair:
        yield pair


def draft_of(answer: dict[str, Any]) -> str:
    pieces = []
    for block in answer.get("blocks", []):
        if block["type"] == "rich_text":
            for element in block["elements"]:
                pieces.extend(e.get("text", "") for e in element.get("elements", []))
    return "".join(pieces)


def _card_id(blocks: list[dict[str, Any]]) -> str:
    """The id of a card's sealed text: the first part of its buttons' token."""
    for block in blocks:
        for element in block.get("elements", []) if block["type"] == "actions" else []:
            return str(element["value"]).split("|")[0].split(".")[0]
    raise AssertionError("no buttons on the card")


def _nine_oclock_zone(now: dt.datetime) -> str:
    """An Etc/GMT zone in which it is between 09:00 and 10:00 now (nudges due at 09:00)."""
    offset = 9 - now.hour
    if offset < -12:
        offset += 24
    return f"Etc/GMT{-offset:+d}"


def make_due(database_url: str, keys: list[UserKey]) -> None:
    """Check-ins on, due at 09:00 today in a zone where it is 09:xx now."""
    now = dt.datetime.now(dt.UTC)
    zone = _nine_oclock_zone(now)
    due = now.astimezone(ZoneInfo(zone)).replace(hour=9, minute=0, second=0, microsecond=0)
    store = Store.from_url(database_url)
    for key in keys:
        store.update_user(
            key,
            nudge_enabled=True,
            timezone=zone,
            nudge_time="09:00",
            nudge_days="mon,tue,wed,thu,fri,sat,sun",
            next_nudge_at=due.astimezone(dt.UTC).replace(tzinfo=None),
        )
    store.engine.dispose()


class TestTwoReplicas:
    def test_both_start_together_and_share_everything_but_memory(
        self, replicas: tuple[Replica, Replica], fake: FakeSlack, database_url: str
    ) -> None:
        a, b = replicas
        assert a.proc.poll() is None and b.proc.poll() is None  # both came up on one empty db

        first = a.calm(SCOPE_CREEP)
        assert first["response_type"] == "ephemeral"
        before = draft_of(first)
        assert before and draft_of(b.calm(SCOPE_CREEP)) == before

        noted = a.calm("capacity full")
        assert noted["response_type"] == "ephemeral"
        after = draft_of(b.calm(SCOPE_CREEP))  # at once, on the other replica
        assert after and after != before
        assert draft_of(a.calm(SCOPE_CREEP)) == after

    def test_a_card_from_a_is_answered_by_b(
        self, replicas: tuple[Replica, Replica], fake: FakeSlack, database_url: str
    ) -> None:
        """B replaces A's card in place: "Softer", then another situation from the select."""
        from bot.slack import ids
        from tests.slack.test_calm_command import actions
        from tests.slack.test_card_buttons import select_payload, situation_select
        from tests.support.signing import block_actions

        a, b = replicas
        card = a.calm(SCOPE_CREEP)["blocks"]
        store = Store.from_url(database_url)  # A writes the sealed text right after its ack
        deadline = time.monotonic() + 10
        while store.get_sealed(_card_id(card), dt.datetime.now(dt.UTC)) is None:
            assert time.monotonic() < deadline, "A never sealed the card's text"
            time.sleep(0.05)
        store.engine.dispose()

        value = actions(card)[ids.ACTION_SOFTER]["value"]
        hook = fake.webhook_url("softer-on-b")
        assert b.interact(block_actions(ids.ACTION_SOFTER, value, response_url=hook)) == 200
        [softer] = [c for c in fake.wait_for("webhook") if c.webhook_id == "softer-on-b"]
        assert softer.body["replace_original"] is True
        assert draft_of(softer.body) and "|warm|" in actions(softer.body["blocks"])[
            ids.ACTION_SOFTER
        ]["value"]

        option = situation_select(softer.body["blocks"])["options"][0]
        hook = fake.webhook_url("choice-on-b")
        assert b.interact(select_payload(option["value"], response_url=hook)) == 200
        deadline = time.monotonic() + 10
        while not fake.webhook_calls("choice-on-b"):
            assert time.monotonic() < deadline, "B did not answer the situation choice"
            time.sleep(0.05)
        [chosen] = fake.webhook_calls("choice-on-b")
        assert option["text"]["text"] in chosen.body["blocks"][0]["text"]["text"]

    def test_one_check_in_per_user_across_the_two(
        self, replicas: tuple[Replica, Replica], fake: FakeSlack, database_url: str
    ) -> None:
        users = [f"U0R{i:03d}" for i in range(NUDGED_USERS)]
        make_due(database_url, [UserKey("slack", TEAM_ID, user) for user in users])
        dms = fake.wait_for("chat.postMessage", count=NUDGED_USERS, timeout=20)
        time.sleep(1.0)  # several more ticks of both replicas
        dms = fake.calls("chat.postMessage")
        assert sorted(dm.body["channel"] for dm in dms) == users


def test_many_starting_together_create_the_schema_once(database_url: str) -> None:
    """Eight stores (with the install flow's tables) creating the schema at the same moment on
    the empty database all come up; a plain check-then-create fails here."""
    from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def start() -> None:
        barrier.wait()
        try:
            store = Store.from_url(database_url, create=False)
            installs = SQLAlchemyInstallationStore(client_id="1.2", engine=store.engine)
            states = SQLAlchemyOAuthStateStore(expiration_seconds=60, engine=store.engine)
            store.create_all(installs.metadata, states.metadata)
            store.update_user(UserKey("slack", TEAM_ID, "U0SCHEMA"), name="x")
            store.engine.dispose()
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_install_flow_across_replicas(fake: FakeSlack, database_url: str, tmp_path: Path) -> None:
    """Install pages served by one replica, Slack's redirect landing on the other; both
    workspaces then served and nudged, each with its own token, once per user."""
    tokens = {"T0AAA": "xoxb-replica-a", "T0BBB": "xoxb-replica-b"}
    fake.add_workspace("T0AAA", code="code-a", bot_token=tokens["T0AAA"])
    fake.add_workspace("T0BBB", code="code-b", bot_token=tokens["T0BBB"])
    with running_pair(
        fake, database_url, tmp_path, SLACK_CLIENT_ID="111.222", SLACK_CLIENT_SECRET="cs"
    ) as (a, b):
        for page, redirect, code in ((a, b, "code-a"), (b, a, "code-b")):
            with urllib.request.urlopen(f"{page.base}/slack/install", timeout=5) as resp:
                html = resp.read().decode()
                cookie = resp.headers["Set-Cookie"].split(";")[0]
            state = re.search(r"state=([^&\"]+)", html).group(1)  # type: ignore[union-attr]
            request = urllib.request.Request(
                f"{redirect.base}/slack/oauth_redirect?code={code}&state={state}",
                headers={"Cookie": cookie},
            )
            with urllib.request.urlopen(request, timeout=10) as resp:
                assert resp.status == 200

        fake.reset()
        answer = b.calm(SCOPE_CREEP, team_id="T0BBB", user_id="U0BEA")
        assert answer["response_type"] == "ephemeral" and draft_of(answer)
        assert {c.token for c in fake.calls() if c.method != "webhook"} == {tokens["T0BBB"]}

        fake.reset()
        keys = [UserKey("slack", team, f"U0{team[-1]}{i}") for team in tokens for i in range(4)]
        make_due(database_url, keys)
        fake.wait_for("chat.postMessage", count=len(keys), timeout=20)
        time.sleep(1.0)
        sent = sorted((dm.body["channel"], dm.token) for dm in fake.calls("chat.postMessage"))
        assert sent == sorted((k.user, tokens[k.team]) for k in keys)
