"""Train the fallback situation classifier (`bot/coach/fallback.py`) and write its weights.

    .venv/bin/python tools/train_fallback.py          # rewrite bot/coach/_fallback_model.py
    .venv/bin/python tools/train_fallback.py --check  # exit 1 if the committed model is stale
    .venv/bin/python tools/train_fallback.py --cv     # cross-validation report and grid search

The training data is `tests/coach/regression_messages.py` (calm's own hand-written messages)
plus the ordinary messages in `tools/neutral_messages.py`, read as `detect` reads a message:
`message_parts` -> body -> `fold`, then the runtime's own `fallback.features`. The model is a
multinomial naive Bayes over binary features with uniform class priors. The model file stores
counts (in how many training messages of a class a feature occurs), grouped per class and count
as plain lists of features, so it stays small and compiles fast; `bot/coach/fallback.py` turns
them into weights log(1 + count / alpha) when it first needs them.

`PARAMS` holds the features, smoothing, temperature, neutral head start and threshold that `--cv`
chose (10-fold, stratified, deterministic; see `cross_validate` and `utility`). Generation uses
`PARAMS` only and does not depend on the cues, so editing a cue never makes the model stale;
changing the training messages, `normalize.fold` or the features does, and
`tests/coach/test_fallback.py` then asks for a rerun of this script. It reads only calm's own
written messages, never a client's, and prints no message text.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "bot" / "coach" / "_fallback_model.py"
FOLDS = 10


@dataclass(frozen=True)
class Params:
    bigrams: bool  # word pairs as features
    affix: int  # letters of a word's start and end used as features (0: none)
    min_df: int  # a feature must occur in at least this many training messages
    alpha: float  # additive smoothing
    temperature: float  # posterior = softmax(score / temperature)
    neutral_bias: float  # added to neutral's log score (nats): a prior for "stay neutral"
    threshold: float  # least posterior with which the fallback names a situation


# Chosen by `--cv` (see eval/README.md for the figures).
PARAMS = Params(
    bigrams=True,
    affix=0,
    min_df=1,
    alpha=1.0,
    temperature=1.0,
    neutral_bias=3.0,
    threshold=0.6,
)


def _repo_on_path() -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def load_messages() -> list[tuple[str, str]]:
    """(situation, text): the regression messages, then the extra neutral ones."""
    _repo_on_path()
    from tests.coach.regression_messages import MESSAGES
    from tools.neutral_messages import NEUTRAL_MESSAGES

    return [*MESSAGES, *(("neutral", text) for text in NEUTRAL_MESSAGES)]


def prepare(text: str) -> str:
    """The folded text `detect` scores (messages here are far shorter than its head+tail cut)."""
    from bot.coach.normalize import MAX_ANALYSED_CHARS, fold, message_parts

    return fold(message_parts(text).body[:MAX_ANALYSED_CHARS])


def labels() -> tuple[str, ...]:
    from bot.coach.model import Situation

    return tuple(s.value for s in Situation)


def featurize(folded: str, params: Params) -> set[str]:
    """The runtime's features, a word pair written as "word word" (as the model file has it)."""
    from bot.coach.fallback import features

    return {
        f if isinstance(f, str) else " ".join(f)
        for f in features(folded, bigrams=params.bigrams, affix=params.affix)
    }


@dataclass(frozen=True)
class Model:
    counts: dict[str, tuple[tuple[int, int], ...]]  # feature -> ((class index, messages), ...)
    unseen: tuple[float, ...]  # per class: log P(a known feature | class) when never seen in it


def train(examples: list[tuple[str, set[str]]], params: Params) -> Model:
    """Naive Bayes counts over binary features (in how many messages of each class)."""
    names = labels()
    index = {name: i for i, name in enumerate(names)}
    doc_freq: Counter[str] = Counter()
    for _, feats in examples:
        doc_freq.update(feats)
    vocab = sorted(f for f, n in doc_freq.items() if n >= params.min_df)
    kept = set(vocab)
    counts: dict[str, list[int]] = {f: [0] * len(names) for f in vocab}
    mass = [0] * len(names)
    for label, feats in examples:
        c = index[label]
        for f in feats & kept:
            counts[f][c] += 1
            mass[c] += 1
    a = params.alpha
    unseen = tuple(round(math.log(a / (mass[c] + a * len(vocab))), 4) for c in range(len(names)))
    rows = {f: tuple((c, n) for c, n in enumerate(counts[f]) if n) for f in vocab}
    return Model(counts=rows, unseen=unseen)


def render(model: Model, params: Params) -> str:
    """The text of `_fallback_model.py`."""
    names = labels()
    groups: dict[tuple[int, int], list[str]] = {}
    for feat, row in model.counts.items():
        for c, n in row:
            groups.setdefault((c, n), []).append(feat)
    lines = [
        '"""Weights of the fallback situation classifier (`bot/coach/fallback.py`).',
        "",
        "Generated by `.venv/bin/python tools/train_fallback.py` from the messages in",
        "tests/coach/regression_messages.py and tools/neutral_messages.py; do not edit. Rerun it",
        "after changing those messages, `normalize.fold`, the features in `fallback.py` or the",
        "script's PARAMS (tests/coach/test_fallback.py checks that this file is current).",
        "",
        f"{len(model.counts)} features. Parameters:",
        *(f"    {name} = {value!r}" for name, value in vars(params).items()),
        '"""',
        "",
        "LABELS = (",
        *(f'    "{name}",' for name in names),
        ")",
        f"BIGRAMS = {params.bigrams!r}",
        f"AFFIX = {params.affix!r}",
        f"ALPHA = {params.alpha!r}",
        f"TEMPERATURE = {params.temperature!r}",
        f"NEUTRAL_BIAS = {params.neutral_bias!r}",
        f"THRESHOLD = {params.threshold!r}",
        "# Per class: log P(feature | class) of a known feature never seen with that class.",
        "UNSEEN = (",
        *(f"    {value!r},  # {name}" for name, value in zip(names, model.unseen, strict=True)),
        ")",
        "# (class index, in how many of its training messages) -> the features, one a line.",
        "# A feature's weight for a class is log(1 + messages / ALPHA).",
        "COUNTS = {",
    ]
    for (c, n), feats in sorted(groups.items()):
        lines.append(f"    # {names[c]}, {n}")
        lines.append(f'    ({c}, {n}): """')
        lines.extend(sorted(feats))
        lines.append('""",')
    lines.append("}")
    return "\n".join(lines) + "\n"


def generate(params: Params = PARAMS) -> str:
    """Train on every regression message with `params` and render the model module."""
    examples = [(label, featurize(prepare(text), params)) for label, text in load_messages()]
    return render(train(examples, params), params)


# --- cross-validation ------------------------------------------------------------------------


def _fold_of(messages: list[tuple[str, str]]) -> list[int]:
    """Stratified fold of each message: the n-th message of a situation goes to fold n % FOLDS."""
    seen: Counter[str] = Counter()
    out = []
    for label, _ in messages:
        out.append(seen[label] % FOLDS)
        seen[label] += 1
    return out


def _cue_only(text: str) -> str:
    """What detection says from the cues alone: `detect` with the fallback switched off."""
    from bot.coach import detect as detect_module

    asked = detect_module.fallback_guess
    detect_module.fallback_guess = lambda folded: None
    try:
        return detect_module.detect(text).situation.value
    finally:
        detect_module.fallback_guess = asked


def _without_cues(folded: str) -> str:
    """The folded text with every span a situation cue matches blanked out.

    Simulates the case the fallback exists for: a message whose phrasing no cue knows. Only the
    evaluation uses it (private API of `situations`), never the training.
    """
    from bot.coach.situations import _CUES

    spans = sorted(m.span() for cue in _CUES for m in cue.pattern.finditer(folded))
    out, last = [], 0
    for start, end in spans:
        if start > last:
            out.append(folded[last:start])
        last = max(last, end)
    out.append(folded[last:])
    return " ".join(out)


def _raw_scores(model: Model, feats: set[str], alpha: float) -> list[float]:
    totals = [0.0] * len(model.unseen)
    known = 0
    for f in feats:
        row = model.counts.get(f)
        if row is not None:
            known += 1
            for c, n in row:
                totals[c] += round(1000 * math.log1p(n / alpha)) / 1000  # as the runtime adds
    return [t + known * u for t, u in zip(totals, model.unseen, strict=True)]


def _decide(scores: list[float], neutral: int, p: Params) -> int | None:
    s = [
        (v + (p.neutral_bias if i == neutral else 0.0)) / p.temperature
        for i, v in enumerate(scores)
    ]
    best = max(range(len(s)), key=s.__getitem__)
    if best == neutral:
        return None
    prob = 1.0 / sum(math.exp(v - s[best]) for v in s)
    return best if prob >= p.threshold else None


@dataclass
class Figures:
    combined: float  # accuracy of cues + fallback where the cues say neutral
    cues: float  # accuracy of the cues alone
    rescued: int  # messages the fallback turned from a neutral miss into the right situation
    broken: int  # messages the fallback turned from right to wrong
    recall: float  # cue-blind: non-neutral messages the fallback names right (cues masked)
    wrong: float  # cue-blind: non-neutral messages the fallback names wrongly (cues masked)
    false_alarm: float  # neutral messages the fallback fires on (full text)
    false_alarm_masked: float  # the same with cue spans masked


def cross_validate(grid: list[Params]) -> list[tuple[Params, Figures]]:
    """10-fold CV of every parameter set in `grid` on the regression messages."""
    messages = load_messages()
    names = labels()
    neutral = names.index("neutral")
    gold = [names.index(label) for label, _ in messages]
    folds = _fold_of(messages)
    cue = [names.index(_cue_only(text)) for _, text in messages]
    folded = [prepare(text) for _, text in messages]
    masked = [_without_cues(f) for f in folded]
    cue_acc = sum(c == g for c, g in zip(cue, gold, strict=True)) / len(gold)
    n_neutral = sum(g == neutral for g in gold)
    n_other = len(gold) - n_neutral

    results = []
    by_training: dict[tuple, tuple[list, list]] = {}
    for p in grid:
        key = (p.bigrams, p.affix, p.min_df, p.alpha)
        if key not in by_training:
            full_feats = [featurize(f, p) for f in folded]
            masked_feats = [featurize(f, p) for f in masked]
            full_scores: list = [None] * len(gold)
            masked_scores: list = [None] * len(gold)
            for k in range(FOLDS):
                train_set = [
                    (messages[i][0], full_feats[i]) for i in range(len(gold)) if folds[i] != k
                ]
                model = train(train_set, p)
                for i in range(len(gold)):
                    if folds[i] == k:
                        full_scores[i] = _raw_scores(model, full_feats[i], p.alpha)
                        masked_scores[i] = _raw_scores(model, masked_feats[i], p.alpha)
            by_training[key] = (full_scores, masked_scores)
        full_scores, masked_scores = by_training[key]
        right = rescued = broken = hit = miss = alarm = alarm_masked = 0
        for i, g in enumerate(gold):
            pred = cue[i]
            if pred == neutral:
                guess = _decide(full_scores[i], neutral, p)
                if guess is not None:
                    pred = guess
                    rescued += guess == g
                    broken += g == neutral
            right += pred == g
            guess_full = _decide(full_scores[i], neutral, p)
            guess_masked = _decide(masked_scores[i], neutral, p)
            if g == neutral:
                alarm += guess_full is not None
                alarm_masked += guess_masked is not None
            elif guess_masked is not None:
                hit += guess_masked == g
                miss += guess_masked != g
        results.append(
            (
                p,
                Figures(
                    combined=right / len(gold),
                    cues=cue_acc,
                    rescued=rescued,
                    broken=broken,
                    recall=hit / n_other,
                    wrong=miss / n_other,
                    false_alarm=alarm / n_neutral,
                    false_alarm_masked=alarm_masked / n_neutral,
                ),
            )
        )
    return results


def utility(f: Figures) -> float:
    """What the grid search maximises, on a pool of cue-silent messages.

    Half neutral, half difficult (a cue-silent message is far more often neutral than in the
    training set): a right name gains, a wrong name costs half, and a neutral message that
    raises an alarm costs twice what a rescue gains. Parameter sets whose CV combined accuracy
    falls below the cues' own, or that alarm on more than 3 % of neutral messages, are not
    eligible.
    """
    return 0.5 * (f.recall - 0.5 * f.wrong) - max(f.false_alarm, f.false_alarm_masked)


def eligible(f: Figures) -> bool:
    return f.combined >= f.cues and max(f.false_alarm, f.false_alarm_masked) <= 0.03


def default_grid() -> list[Params]:
    grid = []
    for bigrams in (False, True):
        for affix in (0, 5):
            for min_df in (1, 2):
                for alpha in (0.25, 0.5, 1.0):
                    for temperature in (1.0, 2.0):
                        for bias in (2.0, 3.0, 4.0, 5.0, 6.0, 8.0):
                            for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
                                grid.append(
                                    Params(
                                        bigrams,
                                        affix,
                                        min_df,
                                        alpha,
                                        temperature,
                                        bias,
                                        threshold,
                                    )
                                )
    return grid


def _show(p: Params, f: Figures) -> str:
    return (
        f"bigrams={p.bigrams!s:5} affix={p.affix} min_df={p.min_df} alpha={p.alpha:<4} "
        f"T={p.temperature:<3} bias={p.neutral_bias:<3} thr={p.threshold:<3} | "
        f"combined={f.combined:.3f} (cues {f.cues:.3f}, +{f.rescued} -{f.broken}) "
        f"cue-blind recall={f.recall:.3f} wrong={f.wrong:.3f} "
        f"false-alarm={f.false_alarm:.3f}/{f.false_alarm_masked:.3f} U={utility(f):.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed model is stale")
    ap.add_argument("--cv", action="store_true", help="cross-validate the grid and PARAMS")
    args = ap.parse_args(argv)
    if args.cv:
        results = cross_validate(default_grid())
        ranked = sorted((r for r in results if eligible(r[1])), key=lambda r: -utility(r[1]))
        print(f"{len(results)} parameter sets, {len(ranked)} eligible; best 15:")
        for p, f in ranked[:15]:
            print(" ", _show(p, f))
        print("PARAMS:")
        for p, f in cross_validate([PARAMS]):
            print(" ", _show(p, f))
        return 0
    text = generate()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is stale: run tools/train_fallback.py")
            return 1
        print(f"{TARGET.relative_to(ROOT)} is up to date")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
