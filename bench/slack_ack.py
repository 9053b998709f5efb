"""Slack ack latency: signed `/calm` requests against calm's HTTP endpoint vs a bare Bolt app.

    .venv/bin/python bench/slack_ack.py [--requests N] [--requests-c1 N]

Each app runs in its own process (server on one core, this load generator on the other), on
127.0.0.1, with a local stand-in for the Slack Web API. "bare" is an AsyncApp with the same
configuration whose `/calm` handler only acks; "calm" is `build_slack_app` with a fresh SQLite
store, coaching every message into the ephemeral card of the ack. Requests are correctly
signed and use a few users and a pool of client messages. The run is bounded (request counts)
and stops by itself.

Both apps keep Bolt's default `process_before_response=False`: Bolt runs the listener as a task
and polls for its ack every 10 ms, which sets the ~11 ms floor at concurrency 1 for both alike.
calm's store is opened as `calm serve` opens it (buffered usage counts flushed by a background
task; no read cache, so replicas see each other's writes at once): a returning user's ack reads
the profile in one SELECT and the workspace's LLM switch in another, and writes nothing.

Before the load runs, the bench times the engine (`coach()`) and the card rendering in-process
on the same messages and prints the throughput ceiling they leave: whatever Bolt/aiohttp cost,
calm's request costs at least bare's request plus the engine plus the card.

Targets: calm ≥ 0.8 × bare throughput, calm p99 < 50 ms at concurrency 32.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

MESSAGES = [  # our own examples, German Sie/du and English, several situations
    "Hallo Frau Kessler, könnten Sie bis Freitag noch zwei zusätzliche Landingpages bauen? "
    "Das ist ja im Paket mit drin.",
    "Hi Sam, the newsletter was due on Monday and I still have nothing. What is going on?",
    "Ehrlich gesagt finde ich die Entwürfe enttäuschend. Das sieht nicht professionell aus.",
    "Can you lower your rate to 30 an hour? Other freelancers charge much less.",
    "Hey, kannst du heute Abend noch schnell die Präsentation fertig machen? Brauche sie um 8.",
    "We have decided to end the collaboration at the end of the month.",
    "Die Rechnung zahlen wir erst, wenn die nächste Runde Korrekturen durch ist.",
    "WHY IS THIS STILL NOT DONE?? This is completely unacceptable!!!",
]
USERS = [f"U0BENCH{i}" for i in range(8)]


# --- server side (child process) ----------------------------------------------------------------
async def _serve(variant: str, db_dir: str) -> None:
    from aiohttp import web
    from slack_bolt.async_app import AsyncApp

    from bot.config import Settings
    from bot.logging import configure_logging
    from bot.slack.app import build_slack_app, build_web_app, make_client
    from bot.slack.deps import SlackDeps
    from bot.slack.store_runtime import (
        open_serving_store,
        start_usage_flusher,
        stop_usage_flusher,
    )
    from tests.support.fake_slack import FakeSlack
    from tests.support.signing import SIGNING_SECRET

    # Log as in production (info, JSON), into the void: a pipe nobody reads would block.
    configure_logging("info", "json", stream=open(os.devnull, "w"))  # noqa: SIM115
    fake = FakeSlack().start()
    client = make_client("xoxb-bench", fake.api_url)
    if variant == "bare":
        app = AsyncApp(client=client, signing_secret=SIGNING_SECRET)

        @app.command("/calm")
        async def only_ack(ack):
            await ack()

    else:
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            SLACK_BOT_TOKEN="xoxb-bench",
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_API_URL=fake.api_url,
            DATABASE_URL=f"sqlite:///{db_dir}/bench.db",
            NUDGE_ENABLED=False,
            LLM_BASE_URL=None,
        )
        from bot.coach import warm_up

        warm_up(wait=True, timeout=300)  # `calm serve` starts it too (in the background)
        store = open_serving_store(settings.database_url)  # as `calm serve` opens it
        usage_task = start_usage_flusher(store)
        deps = SlackDeps(settings=settings, store=store)
        app = build_slack_app(deps, client=client)
    runner = web.AppRunner(build_web_app(app), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    print(f"READY {port}", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)  # until closed
    await runner.cleanup()
    if variant != "bare":
        await stop_usage_flusher(usage_task, store)
    fake.stop()


# --- load side ----------------------------------------------------------------------------------
async def _load(port: int, total: int, concurrency: int) -> tuple[float, list[float], int]:
    import aiohttp

    from tests.support.signing import SlackSigner

    signer = SlackSigner()
    requests = [
        signer.slash_command(
            "/calm",
            # a distinct text per request (its number appended): calm remembers the reading of
            # the last few messages (for the card's buttons), which a repeated text would hit
            f"{MESSAGES[i % len(MESSAGES)]} ({i})",
            user_id=USERS[i % len(USERS)],
            response_url="http://127.0.0.1:9/unused",
        )
        for i in range(total)
    ]
    url = f"http://127.0.0.1:{port}/slack/events"
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue = asyncio.Queue()
    for req in requests:
        queue.put_nowait(req)

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as http:

        async def worker() -> None:
            nonlocal errors
            while not queue.empty():
                req = queue.get_nowait()
                started = time.perf_counter()
                async with http.post(url, data=req.body.encode(), headers=req.headers) as resp:
                    await resp.read()
                    if resp.status != 200:
                        errors += 1
                latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - started
    return total / wall, latencies, errors


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000


Figures = tuple[float, float, float, int]  # req/s, p50 ms, p99 ms, errors


def _measure(variant: str, runs: list[tuple[int, int]]) -> dict[int, Figures]:
    with tempfile.TemporaryDirectory() as db_dir:
        proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", variant, "--db-dir", db_dir],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        try:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            if not line.startswith("READY"):
                raise SystemExit(f"{variant} server did not start")
            port = int(line.split()[1])
            asyncio.run(_load(port, 200, 8))  # warm-up: imports, first auth.test, caches
            results = {}
            for total, concurrency in runs:
                rps, lat, errors = asyncio.run(_load(port, total, concurrency))
                results[concurrency] = (rps, _pct(lat, 50), _pct(lat, 99), errors)
            return results
        finally:
            proc.stdin.close()  # type: ignore[union-attr]
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _engine_costs(rounds: int = 50) -> tuple[float, float]:
    """µs per `coach()` and per card render (in-process, the bench's messages, default profile)."""
    from bot.coach import coach, warm_up
    from bot.slack.render import CardOptions, card_text, coaching_card
    from bot.store import UserSettings

    warm_up(wait=True, timeout=300)  # as the server does
    profile = UserSettings().to_profile(capacity=None)
    coachings = [coach(m, profile=profile) for m in MESSAGES]  # warm caches
    started = time.perf_counter()
    for n in range(rounds):
        for message in MESSAGES:
            coach(f"{message} ({n})", profile=profile)  # distinct texts: no remembered reading
    engine_us = (time.perf_counter() - started) / (rounds * len(MESSAGES)) * 1e6
    opts = CardOptions(token="bench", ui=profile.language)
    started = time.perf_counter()
    for _ in range(rounds):
        for coaching in coachings:
            coaching_card(coaching, opts)
            card_text(coaching, profile.language)
    card_us = (time.perf_counter() - started) / (rounds * len(coachings)) * 1e6
    return engine_us, card_us


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000, help="requests at concurrency 32")
    parser.add_argument("--requests-c1", type=int, default=500, help="requests at concurrency 1")
    parser.add_argument("--serve", choices=["bare", "calm"], help=argparse.SUPPRESS)
    parser.add_argument("--db-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(_serve(args.serve, args.db_dir))
        return 0

    runs = [(args.requests_c1, 1), (args.requests, 32)]
    print(f"signed /calm over HTTP on 127.0.0.1, {os.cpu_count()} cores; requests: {runs}")
    print("both apps: Bolt defaults (process_before_response=False, 10 ms ack polling)")
    engine_us, card_us = _engine_costs()
    results = {variant: _measure(variant, runs) for variant in ("bare", "calm")}
    print(f"{'concurrency':>11} | {'app':>4} | {'req/s':>7} | {'p50 ms':>7} | {'p99 ms':>7} | err")
    for _total, conc in runs:
        for variant in ("bare", "calm"):
            rps, p50, p99, errors = results[variant][conc]
            print(f"{conc:>11} | {variant:>4} | {rps:7.0f} | {p50:7.2f} | {p99:7.2f} | {errors}")
    bare_us = 1e6 / results["bare"][32][0]
    calm_us = 1e6 / results["calm"][32][0]
    ceiling = bare_us / (bare_us + engine_us + card_us)
    print(
        f"per request at 32: bare {bare_us:.0f} µs, calm {calm_us:.0f} µs; in-process: engine "
        f"coach() {engine_us:.0f} µs + card {card_us:.0f} µs → best possible calm/bare "
        f"{ceiling:.2f} (calm's other overhead: {calm_us - bare_us - engine_us - card_us:.0f} µs)"
    )
    ratio = results["calm"][32][0] / results["bare"][32][0]
    p99_1, p99_32 = results["calm"][1][2], results["calm"][32][2]
    print(
        f"calm throughput at 32: {results['calm'][32][0]:.0f} req/s ({ratio:.2f} × bare); "
        f"calm p99 at 1: {p99_1:.1f} ms (target < 50 ms: {'met' if p99_1 < 50 else 'MISSED'}); "
        f"at 32: {p99_32:.1f} ms (target < 250 ms: {'met' if p99_32 < 250 else 'MISSED'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
