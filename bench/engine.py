"""Engine benchmark: coaching throughput and latency, start-up time, and peak memory.

Run from the repository root:  .venv/bin/python bench/engine.py  [--messages N] [--spawns N]

It synthesises a few thousand client messages from its own templates (German Sie/du and
English, every situation, with chat markup, mentions, links, emoji and typos; deterministic
for a given seed), coaches each one and prints:

- throughput (messages per second) and p50/p99 latency per message, in-process;
- process start -> first result of `python -m bot coach --example` (median of several spawns);
- peak RSS of a child process that imports the engine and coaches every message.

Targets are printed beside the figures. The bench reports; it never fails (exit 0).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_P99_MS = 15.0
TARGET_FIRST_RESULT_MS = 2000.0
TARGET_RSS_MB = 300.0
SHORT_CHARS = 500  # a typical pasted chat message is shorter than this

# --- message synthesis -----------------------------------------------------------------------

# {you} / {your} are filled per register; {name}, {date}, {amount}, {thing} from the pools.
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "scope_creep": {
        "de": [
            "Könn{en_st} {you} bei der Gelegenheit noch schnell {thing} mitmachen? Ist ja nur "
            "eine Kleinigkeit.",
            "Ach, und {thing} {sollst} {you} bitte auch noch übernehmen, das gehört doch dazu.",
            "Wäre super, wenn {you} zusätzlich noch {thing} erstell{st_en} – ohne Aufpreis, oder?",
        ],
        "en": [
            "Could you also quickly do {thing}? It's just a small extra.",
            "While you're at it, please add {thing} as well, that should be included.",
            "One more thing: can you throw in {thing}? Shouldn't take long.",
        ],
    },
    "urgent_pressure": {
        "de": [
            "Ich brauche {thing} unbedingt heute noch, spätestens {date}!",
            "Kann{st_en} {you} {thing} bis heute Abend fertig machen? Es ist dringend.",
            "Der Termin ist vorgezogen: {thing} muss schon {date} raus.",
        ],
        "en": [
            "I need {thing} today, no later than {date}. It's urgent!",
            "Can you get {thing} done tonight? The deadline moved up.",
            "We need {thing} by {date} at the latest, this weekend if possible.",
        ],
    },
    "delay_complaint": {
        "de": [
            "Wo bleibt {thing}? Das sollte schon seit {date} fertig sein.",
            "Schon wieder verspätet. Ich warte jetzt seit einer Woche auf {thing}.",
        ],
        "en": [
            "Where is {thing}? It was due on {date}.",
            "This is the third time I'm asking about {thing}. Why is it late again?",
        ],
    },
    "quality_criticism": {
        "de": [
            "Ehrlich gesagt gefällt mir {thing} gar nicht. Das sieht unprofessionell aus.",
            "Mit {thing} bin ich nicht zufrieden, die alte Version war besser.",
        ],
        "en": [
            "Honestly, I don't like {thing} at all. It looks amateurish.",
            "I'm not happy with {thing}, the previous version was much better.",
        ],
    },
    "revision_loop": {
        "de": [
            "Noch eine kleine Änderung an {thing}, dann ist es aber wirklich final.",
            "Können {you} {thing} nochmal überarbeiten? Das wäre dann Runde sechs.",
        ],
        "en": [
            "Just one more round of changes on {thing}, then it's final, promise.",
            "Can we do another revision of {thing}? I know it's the fifth one.",
        ],
    },
    "payment_issue": {
        "de": [
            "Die Rechnung über {amount} zahlen wir erst, wenn das Projekt live ist.",
            "Wir haben {amount} überwiesen statt der vollen Summe, der Rest ist zu viel.",
        ],
        "en": [
            "We'll pay the invoice of {amount} once the campaign performs.",
            "We only paid {amount} of the invoice, the rest seems too much.",
        ],
    },
    "price_pushback": {
        "de": [
            "{amount} für {thing}? Das ist viel zu teuer, geht da was am Preis?",
            "Ihr neuer Stundensatz ist uns zu hoch. Bleiben {you} beim alten Preis?",
        ],
        "en": [
            "{amount} for {thing}? That's way too expensive. Can you do a discount?",
            "Your new rate is too high for us. Can we keep the old price?",
        ],
    },
    "harsh_tone": {
        "de": [
            "Das ist doch lächerlich!!! Was machen {you} eigentlich den ganzen Tag?",
            "Unfassbar. So eine Arbeit habe ich noch nie gesehen. UNZUMUTBAR.",
        ],
        "en": [
            "This is RIDICULOUS!!! What do you even do all day?",
            "Unbelievable. I have never seen such sloppy work. UNACCEPTABLE.",
        ],
    },
    "unclear_request": {
        "de": [
            "Mach{st_en} das mal irgendwie moderner, aber nicht zu modern, {you} {weisst} schon.",
            "Können {you} da mal drüberschauen und das Übliche machen?",
        ],
        "en": [
            "Make it pop a bit more, but not too much, you know what I mean.",
            "Can you have a look at it and do the usual thing?",
        ],
    },
    "boundary_overstep": {
        "de": [
            "Warum antwort{est_en} {you} nicht? Ich habe um 22 Uhr geschrieben!",
            "Ich erwarte, dass {you} auch am Wochenende erreichbar {bist_sind}.",
        ],
        "en": [
            "Why didn't you answer? I texted you at 11 pm!",
            "I expect you to be available on weekends too, that's what we pay for.",
        ],
    },
    "termination": {
        "de": [
            "Wir beenden die Zusammenarbeit zum Monatsende.",
            "Wenn das nicht besser wird, suchen wir uns jemand anderen.",
        ],
        "en": [
            "We've decided to end our collaboration at the end of the month.",
            "If this doesn't improve, we'll find someone else.",
        ],
    },
    "neutral": {
        "de": [
            "Danke für die Dateien, alles angekommen. Schönes Wochenende!",
            "Kurze Frage: Passt {you_dat} der Termin am {date}?",
        ],
        "en": [
            "Thanks for the files, all received. Have a nice weekend!",
            "Quick question: does {date} work for a call?",
        ],
    },
}

REGISTERS = {
    "sie": {
        "you": "Sie",
        "you_dat": "Ihnen",
        "en_st": "en",
        "st_en": "en",
        "est_en": "en",
        "sollst": "sollen",
        "bist_sind": "sind",
        "weisst": "wissen",
    },
    "du": {
        "you": "du",
        "you_dat": "dir",
        "en_st": "st",
        "st_en": "st",
        "est_en": "est",
        "sollst": "sollst",
        "bist_sind": "bist",
        "weisst": "weißt",
    },
}
POOLS = {
    "de": {
        "thing": [
            "den Flyer",
            "zwei weitere Landingpages",
            "die Buchhaltung für März",
            "das Logo",
            "die Präsentation",
            "den Newsletter",
            "die Social-Media-Posts",
        ],
        "date": ["Freitag", "morgen früh", "dem 3. März", "Montag 9 Uhr", "Ende der Woche"],
        "amount": ["480 €", "1.200 Euro", "€ 95", "3.750,00 EUR"],
        "greeting": [
            "Hallo {first},",
            "Liebe {first},",
            "Sehr geehrte Frau {last},",
            "Guten Tag Herr {last},",
            "Hi,",
            "",
        ],
        "closing": [
            "Viele Grüße\n{first}",
            "LG {first}",
            "Mit freundlichen Grüßen\n{first} {last}",
            "",
            "Danke!",
        ],
    },
    "en": {
        "thing": [
            "the flyer",
            "two more landing pages",
            "the March bookkeeping",
            "the logo",
            "the deck",
            "the newsletter",
            "the social posts",
        ],
        "date": ["Friday", "tomorrow morning", "March 3", "Monday 9 am", "end of week"],
        "amount": ["$480", "€1,200", "USD 95", "£3,750.00"],
        "greeting": ["Hi {first},", "Dear {first},", "Hello,", "Hey {first}!", ""],
        "closing": ["Best,\n{first}", "Thanks,\n{first} {last}", "Cheers", "", "Regards"],
    },
}
FIRST = ["Anna", "Jonas", "Mara", "Tom", "Leyla", "Sam", "Jürgen", "Chloé"]
LAST = ["Berger", "Kaya", "Hoffmann", "Smith", "Nowak", "Öztürk"]
MARKUP = [
    lambda t, r: f"*{t}*",
    lambda t, r: f"> {t}",
    lambda t, r: f"<@U{r.randrange(10**8, 10**9)}> {t}",
    lambda t, r: f"{t} https://drive.example.com/file/{r.randrange(10**6)}?usp=sharing",
    lambda t, r: f"{t} {r.choice(['🙄', '🔥', '😡', '🙏', '👍'])}",
    lambda t, r: f"_{t}_ &amp; `v{r.randrange(9)}.pdf`",
    lambda t, r: t.upper(),
    lambda t, r: t.replace(". ", ".\n\n"),
]


def _typo(text: str, rng: random.Random) -> str:
    """One keyboard slip: swap, drop or double a letter."""
    positions = [i for i, c in enumerate(text[:-1]) if c.isalpha() and text[i + 1].isalpha()]
    if not positions:
        return text
    i = rng.choice(positions)
    kind = rng.randrange(3)
    if kind == 0:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if kind == 1:
        return text[:i] + text[i + 1 :]
    return text[:i] + text[i] + text[i:]


def synthesise(count: int, seed: int = 20261122) -> list[str]:
    """`count` varied client messages, the same for the same seed."""
    rng = random.Random(seed)
    situations = sorted(TEMPLATES)
    messages = []
    for n in range(count):
        situation = situations[n % len(situations)]
        lang = "de" if rng.random() < 0.6 else "en"
        register = REGISTERS[rng.choice(["sie", "du"])] if lang == "de" else REGISTERS["sie"]
        pool = POOLS[lang]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        body = [rng.choice(TEMPLATES[situation][lang])]
        if rng.random() < 0.3:  # a second situation in the same message
            other = rng.choice(situations)
            body.append(rng.choice(TEMPLATES[other][lang]))
        if rng.random() < 0.05:  # a long rant
            body *= rng.randrange(5, 30)
        fill = {
            **register,
            **{k: rng.choice(v) for k, v in pool.items() if k not in ("greeting", "closing")},
        }
        text = " ".join(part.format(**fill) for part in body)
        for _ in range(rng.choice([0, 0, 1, 2])):
            text = _typo(text, rng)
        if rng.random() < 0.35:
            text = rng.choice(MARKUP)(text, rng)
        greeting = rng.choice(pool["greeting"]).format(first=first, last=last)
        closing = rng.choice(pool["closing"]).format(first=first, last=last)
        messages.append("\n\n".join(p for p in (greeting, text, closing) if p))
    return messages


# --- measurements ----------------------------------------------------------------------------


def prepare_scanner() -> str:
    """Load the situation model and (or compile, the first time on a machine) the one-pass cue
    scanner, as servers do."""
    from bot.coach import cue_scan, warm_up
    from bot.coach.situation_model import situation_model

    situation_model()
    if os.environ.get("CALM_CUE_SCAN") == "off":
        return "off (CALM_CUE_SCAN=off): cue by cue in Python"
    if not cue_scan.available():
        return "hyperscan not installed: cue by cue in Python"
    t0 = time.perf_counter()
    ready = warm_up(wait=True, timeout=300)
    took = time.perf_counter() - t0
    return f"one pass (ready in {took:.2f} s)" if ready else "FAILED to build: cue by cue"


def measure_latency(messages: list[str]) -> dict[str, float]:
    from bot.coach import InputError, coach

    coach("Warm-up: Können Sie das bis Freitag schaffen?")  # loads the playbooks once
    timings: list[float] = []
    short_timings: list[float] = []  # chat-sized messages, to tell length from per-call cost
    refused = failed = 0
    started = time.perf_counter()
    for text in messages:
        t0 = time.perf_counter()
        try:
            coach(text)
        except InputError:
            refused += 1
        except Exception:  # the bench reports engine bugs, it does not stop on them
            failed += 1
        elapsed = (time.perf_counter() - t0) * 1000
        timings.append(elapsed)
        if len(text) <= SHORT_CHARS:
            short_timings.append(elapsed)
    total = time.perf_counter() - started
    return {
        "throughput": len(messages) / total,
        "p50_ms": statistics.median(timings),
        "p99_ms": _p99(timings),
        "max_ms": max(timings),
        "short_share": len(short_timings) / len(timings),
        "short_p99_ms": _p99(short_timings) if short_timings else 0.0,
        "refused": refused,
        "failed": failed,
    }


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def measure_first_result(spawns: int) -> tuple[float, float, int]:
    """Median and max ms from spawning `python -m bot coach --example` to its first line."""
    samples = []
    failures = 0
    for _ in range(spawns):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "coach", "--example"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            env={**os.environ, "NO_COLOR": "1"},
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()
        samples.append((time.perf_counter() - t0) * 1000)
        proc.stdout.read()
        proc.stdout.close()
        if proc.wait() != 0 or not first:
            failures += 1
    return statistics.median(samples), max(samples), failures


def measure_peak_rss(count: int, seed: int) -> tuple[float, int]:
    """Peak RSS (MB) of a fresh child that imports the engine and coaches every message."""
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", "--messages", str(count), "--seed", str(seed)],
        stdout=subprocess.DEVNULL,
        cwd=ROOT,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    kb = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024
    return kb / 1024, proc.returncode


def _child(count: int, seed: int) -> None:
    from bot.coach import coach

    prepare_scanner()
    done = 0
    for text in synthesise(count, seed):
        try:
            coach(text)
            done += 1
        except Exception:  # refused or failing messages still count for memory
            pass
    print(json.dumps({"coached": done}))


def _row(label: str, value: str, target: str, ok: bool) -> str:
    return f"  {label:<38} {value:>14}   target {target:<10} {'ok' if ok else 'MISSED'}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--spawns", type=int, default=7)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument(
        "--python-scan",
        action="store_true",
        help="measure without the one-pass cue scanner (as on platforms without hyperscan)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.python_scan:
        os.environ["CALM_CUE_SCAN"] = "off"  # children inherit it
    if args.child:
        _child(args.messages, args.seed)
        return 0

    messages = synthesise(args.messages, args.seed)
    chars = sum(len(m) for m in messages)
    print(
        f"engine bench: {len(messages)} synthetic messages, {chars / len(messages):.0f} chars "
        f"on average, {max(len(m) for m in messages)} max (seed {args.seed})"
    )
    print(f"  cue scan: {prepare_scanner()}")
    lat = measure_latency(messages)
    first_median, first_max, spawn_failures = measure_first_result(args.spawns)
    rss, rc = measure_peak_rss(args.messages, args.seed)
    print(_row("throughput", f"{lat['throughput']:,.0f} msg/s", "-", True))
    print(_row("latency p50", f"{lat['p50_ms']:.3f} ms", "-", True))
    print(
        _row(
            "latency p99",
            f"{lat['p99_ms']:.3f} ms",
            f"< {TARGET_P99_MS:g} ms",
            lat["p99_ms"] < TARGET_P99_MS,
        )
    )
    print(
        _row(
            f"latency p99, <= {SHORT_CHARS} chars ({lat['short_share']:.0%})",
            f"{lat['short_p99_ms']:.3f} ms",
            "-",
            True,
        )
    )
    print(_row("latency max", f"{lat['max_ms']:.3f} ms", "-", True))
    print(
        _row(
            f"start -> first result (median of {args.spawns})",
            f"{first_median:.0f} ms",
            f"< {TARGET_FIRST_RESULT_MS:g} ms",
            first_median < TARGET_FIRST_RESULT_MS,
        )
    )
    print(_row("start -> first result (max)", f"{first_max:.0f} ms", "-", True))
    print(
        _row(
            "peak RSS, coaching all messages",
            f"{rss:.1f} MB",
            f"< {TARGET_RSS_MB:g} MB",
            rss < TARGET_RSS_MB,
        )
    )
    notes = []
    if lat["refused"]:
        notes.append(f"{lat['refused']} messages refused as input errors")
    if lat["failed"]:
        notes.append(f"{lat['failed']} messages FAILED with an engine error")
    if spawn_failures:
        notes.append(f"{spawn_failures} of {args.spawns} spawns of 'calm coach --example' failed")
    if rc:
        notes.append(f"the memory child exited with {rc}")
    for note in notes:
        print(f"  note: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
