"""Bench: what the LLM stage costs a Slack user. Run: `.venv/bin/python bench/llm_refine.py`.

Everything runs on 127.0.0.1: the real Bolt app behind aiohttp (signed `/calm` requests), the
real `LLMRefiner`, a fake Slack (records the response_url posts) and a fake model that answers
after `--model-ms` (default 500 ms). Measured, per request, sequentially:

  * ack latency of `/calm` without the LLM stage, and with it configured: the stage runs after
    the ack, so the difference should be about zero;
  * request → refined card on the response_url: should be about model time + small overhead;
  * `LLMRefiner.refine` alone (redact, request, restore, verify) for the same model time.

Prints the figures next to their targets and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.coach import coach
from bot.coach.model import Profile
from bot.config import Settings
from bot.llm.factory import build_refiner
from bot.logging import configure_logging
from tests.llm.slack_harness import slack_harness
from tests.support.fake_llm import FakeLLM

MESSAGES = [
    "Hallo Frau Albers, können Sie bis Freitag noch zwei zusätzliche Banner machen? Das war "
    "nicht geplant, eilt aber. Schreiben Sie an j.roth@example.org.\nViele Grüße\nJonas Roth",
    "Hi Priya, the landing page was due yesterday and I still have nothing. This is really "
    "not OK. Call me on +44 20 7946 0123.\nCheers, Dan",
    "Hey Lena, kannst du mir die Rechnung RE-2025-044 nochmal schicken? Ich zahle dann nächste "
    "Woche, gerade ist es knapp.\nLG Sam",
]


def model_answer(body: dict[str, Any]) -> str:
    """A well-behaved model: a plain reply in the requested language and register."""
    user = body["messages"][1]["content"]
    if "Reply language: English" in user:
        return (
            "Hi,\n\nthank you for your message, I understand this matters to you. I will send "
            "you a short update with the next concrete date by tomorrow noon, so you can plan "
            "with it.\n\nBest regards"
        )
    if "'du'" in user:
        return (
            "Hallo,\n\ndanke für deine Nachricht, ich verstehe, dass dir das wichtig ist. Bis "
            "morgen Mittag schicke ich dir einen kurzen Stand mit dem nächsten konkreten "
            "Termin, damit du gut planen kannst.\n\nViele Grüße"
        )
    return (
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht, ich verstehe, dass Ihnen das wichtig ist. "
        "Bis morgen Mittag schicke ich Ihnen einen kurzen Stand mit dem nächsten konkreten "
        "Termin, damit Sie gut planen können.\n\nViele Grüße"
    )


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def line(label: str, values: list[float], target: str) -> str:
    return (
        f"{label:<44} p50 {statistics.median(values):7.1f} ms   p95 {pct(values, 0.95):7.1f} ms"
        f"   max {max(values):7.1f} ms   target: {target}"
    )


async def ack_latencies(tmp: Path, llm: FakeLLM | None, n: int) -> tuple[list[float], list[float]]:
    """Ack latencies, and (with an LLM) request → refined card on the response_url."""
    acks: list[float] = []
    refined: list[float] = []
    async with slack_harness(tmp, llm=llm, timeout=5.0) as h:
        await h.command(MESSAGES[0], webhook_id="warmup")  # first request imports and connects
        await h.deps.tasks.drain(timeout=10)
        for i in range(n):
            hook = f"r{i}"
            started = time.monotonic()
            await h.command(MESSAGES[i % len(MESSAGES)], webhook_id=hook)
            acks.append((time.monotonic() - started) * 1000)
            if llm is not None:
                await h.deps.tasks.drain(timeout=10)
                [call] = h.slack.webhook_calls(hook)
                assert "✨" in str(call.body.get("blocks")), "the refined card did not arrive"
                refined.append((call.at - started) * 1000)
    return acks, refined


async def direct_refine(llm: FakeLLM, n: int) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            _env_file=None,
            LLM_BASE_URL=llm.base_url,
            LLM_MODEL="fake-model",
            LLM_TIMEOUT_SECONDS=5.0,
            DATABASE_URL=f"sqlite:///{tmp}/calm.db",
        )
        refiner = build_refiner(settings)
        assert refiner is not None
        times = []
        for i in range(n):
            text = MESSAGES[i % len(MESSAGES)]
            coaching = coach(text)
            started = time.perf_counter()
            outcome = await refiner.refine(coaching, text, Profile())
            times.append((time.perf_counter() - started) * 1000)
            assert outcome.coaching is not None, outcome.note
        await refiner.aclose()
    return times


async def main(n: int, model_ms: float) -> None:
    configure_logging("warning", "console", stream=sys.stderr)
    llm = FakeLLM().start()
    llm.answer(model_answer, delay=model_ms / 1000)
    try:
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            off, _ = await ack_latencies(Path(a), None, n)
            on, refined = await ack_latencies(Path(b), llm, n)
        direct = await direct_refine(llm, n)
    finally:
        llm.stop()
    added = statistics.median(on) - statistics.median(off)
    print(f"LLM refinement bench: {n} sequential /calm requests, model time {model_ms:.0f} ms")
    print(line("ack of /calm, LLM stage off", off, "< 3000 ms (Slack), small"))
    print(line("ack of /calm, LLM stage on", on, "same as off"))
    print(f"{'added ack latency (p50 on - p50 off)':<44} {added:+.1f} ms{'':<40} target: ≈ 0")
    print(line("request → refined card (response_url)", refined, f"≈ {model_ms:.0f} ms + small"))
    overhead = statistics.median(refined) - model_ms
    print(f"{'overhead beyond the model (p50)':<44} {overhead:+.1f} ms")
    print(line("LLMRefiner.refine alone", direct, f"≈ {model_ms:.0f} ms + small"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20, help="requests per measurement")
    parser.add_argument("--model-ms", type=float, default=500.0, help="fake model answer time")
    args = parser.parse_args()
    asyncio.run(main(args.requests, args.model_ms))
