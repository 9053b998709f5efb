"""Bench: what the LLM stage costs a Slack user. Run: `.venv/bin/python bench/llm_refine.py`.

Everything runs on 127.0.0.1: the real Bolt app behind aiohttp (signed `/calm` requests), the
real `LLMRefiner`, a fake Slack (records the response_url posts) and a fake model that answers
after `--model-ms` (default 500 ms). Measured, per request, sequentially:

  * ack latency of `/calm` without the LLM stage, and with it configured: the stage runs after
    the ack, so the difference should be about zero;
  * request → model card on the response_url: should be about model time + < 50 ms;
  * `LLMRefiner.refine` alone (redact, structured request, parse, restore, re-coach for the
    model's situation, verify) for the same model time.

The fake model answers calm's JSON and, every other request, a different situation than the
offline engine, so the re-coaching for the model's situation is part of what is measured.

Prints the figures next to their targets and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
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
from tests.support.fake_llm import FakeLLM, polite_model

MESSAGES = [
    "Hallo Frau Albers, können Sie bis Freitag noch zwei zusätzliche Banner machen? Das war "
    "nicht geplant, eilt aber. Schreiben Sie an j.roth@example.org.\nViele Grüße\nJonas Roth",
    "Hi Priya, the landing page was due yesterday and I still have nothing. This is really "
    "not OK. Call me on +44 20 7946 0123.\nCheers, Dan",
    "Hey Lena, kannst du mir die Rechnung RE-2025-044 nochmal schicken? Ich zahle dann nächste "
    "Woche, gerade ist es knapp.\nLG Sam",
]


# A well-behaved model: calm's JSON with a plain reply in the requested language and register.
_flip = {"n": 0}


def _situation(hint: str | None) -> str:
    _flip["n"] += 1
    if _flip["n"] % 2:
        return hint or "neutral"
    return "payment_issue" if hint != "payment_issue" else "delay_complaint"


model_answer = polite_model(_situation)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def line(label: str, values: list[float], target: str) -> str:
    return (
        f"{label:<44} p50 {statistics.median(values):7.1f} ms   p95 {pct(values, 0.95):7.1f} ms"
        f"   max {max(values):7.1f} ms   target: {target}"
    )


async def ack_latencies(
    tmp: Path, llm: FakeLLM | None, n: int, pause: float
) -> tuple[list[float], list[float]]:
    """Ack latencies, and (with an LLM) request → model card on the response_url.

    Without an LLM the loop pauses `pause` seconds between requests, as the loop with one does
    while it waits for the model: an idle process answers its next request a little slower
    (cold caches, CPU clock), and that must not be counted as the LLM stage's cost.
    """
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
            else:
                await asyncio.sleep(pause)
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


class RemoteModel:
    """The fake model in a process of its own, so that its request parsing does not compete
    with calm for the interpreter lock: what is measured is calm's cost, not the stand-in's."""

    def __init__(self, model_ms: float) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._stop = ctx.Event()
        ports = ctx.Queue()
        self._process = ctx.Process(
            target=_serve_model, args=(model_ms, ports, self._stop), daemon=True
        )
        self._process.start()
        self.base_url = f"http://127.0.0.1:{ports.get(timeout=30)}/v1"

    def stop(self) -> None:
        self._stop.set()
        self._process.join(timeout=5)


def _serve_model(model_ms: float, ports: Any, stop: Any) -> None:
    llm = FakeLLM().start()
    llm.answer(model_answer, delay=model_ms / 1000)
    ports.put(llm.port)
    stop.wait()
    llm.stop()


async def main(n: int, model_ms: float) -> None:
    configure_logging("warning", "console", stream=sys.stderr)
    llm: Any = RemoteModel(model_ms)
    try:
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            off, _ = await ack_latencies(Path(a), None, n, model_ms / 1000)
            on, refined = await ack_latencies(Path(b), llm, n, model_ms / 1000)
        direct = await direct_refine(llm, n)
    finally:
        llm.stop()
    added = statistics.median(on) - statistics.median(off)
    print(f"LLM refinement bench: {n} sequential /calm requests, model time {model_ms:.0f} ms")
    print(line("ack of /calm, LLM stage off", off, "< 3000 ms (Slack), small"))
    print(line("ack of /calm, LLM stage on", on, "same as off"))
    print(f"{'added ack latency (p50 on - p50 off)':<44} {added:+.1f} ms{'':<40} target: ≈ 0")
    print(line("request → model card (response_url)", refined, f"≈ {model_ms:.0f} ms + < 50"))
    overhead = statistics.median(refined) - model_ms
    worst = pct(refined, 0.95) - model_ms
    print(f"{'overhead beyond the model (p50 / p95)':<44} {overhead:+.1f} ms / {worst:+.1f} ms")
    print(line("LLMRefiner.refine alone", direct, f"≈ {model_ms:.0f} ms + < 50"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20, help="requests per measurement")
    parser.add_argument("--model-ms", type=float, default=500.0, help="fake model answer time")
    args = parser.parse_args()
    asyncio.run(main(args.requests, args.model_ms))
