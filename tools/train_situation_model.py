"""Train calm's situation model, or cross-validate it on real client messages.

    .venv/bin/python -m tools.train_situation_model          # train on all data, write the model
    .venv/bin/python -m tools.train_situation_model --cv     # 5-fold CV over real messages only

Needs the development extra (scikit-learn). The model reads a message exactly as `detect` does
(`detect.model_view`: the client's own words, windowed, and their folded form) and learns a
multinomial logistic regression over the sentence embedding, character n-grams (TF-IDF) and
calm's cue scores (`bot/coach/situation_model.py`). Real messages weigh 1; written ones weigh
what `Settings.weights` says, chosen by `--cv`. Cross-validation folds split the REAL
messages only (stratified, several shuffles); a written variant trains only in folds where
its original is not being tested, and no written message is ever scored. The temperature that
calibrates the probabilities is fitted on the out-of-fold predictions. Prints figures, never
message text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import sys
from dataclasses import dataclass

import numpy as np

from bot.coach.detect import model_view
from bot.coach.encoder import MAX_ENCODED_CHARS, cache_dir, encoder
from bot.coach.model import Situation
from bot.coach.situation_model import MODEL_FILE, cue_features
from bot.coach.situations import cue_scores
from tools.situation_data import ROOT, Example, digest, load_real, load_written

TARGET = ROOT / "bot" / "coach" / "data" / MODEL_FILE
SITUATIONS = tuple(s.value for s in Situation)
NGRAM_RANGE = (2, 5)
MAX_NGRAMS = 40_000


@dataclass(frozen=True)
class Settings:
    c: float = 4.0  # inverse regularisation strength of the logistic regression
    cue_scale: float = 1.0  # how strongly the cue scores enter (0: not at all)
    # Per corpus file (its stem): variants of real messages weigh most, written ones less.
    weights: tuple[tuple[str, float], ...] = (
        ("variants", 0.5), ("variants_r2a", 0.5), ("variants_r2b", 0.5),
        ("variants_r3a", 0.5), ("variants_r3b", 0.5), ("variants_r3c", 0.5), ("variants_r3d", 0.5),
        ("fresh_de", 0.3), ("fresh_en", 0.3), ("confusable", 0.3), ("builder", 0.3),
    )
    ngrams: bool = True

    def weight(self, source: str) -> float:
        if source == "real":
            return 1.0
        weights = dict(self.weights)
        if source not in weights:
            raise SystemExit(
                f"no training weight for corpus file {source!r}: add it to Settings.weights"
            )
        return weights[source]


SETTINGS = Settings()


# --- features ---------------------------------------------------------------------------------


class Features:
    """Embeddings (cached on disk by text hash) and cue scores of every example, computed once."""

    def __init__(self, examples: list[Example]) -> None:
        views = [model_view(e.text) for e in examples]
        self.texts = [v[0] for v in views]
        self.embeddings = _embed(self.texts)
        self.cues = np.stack([cue_features(cue_scores(v[1])) for v in views])

    def dense(self, index: np.ndarray, settings: Settings) -> np.ndarray:
        parts = [self.embeddings[index]]
        if settings.cue_scale:
            parts.append(self.cues[index] * settings.cue_scale)
        return np.hstack(parts)


def _embed(texts: list[str]) -> np.ndarray:
    path = cache_dir() / "train-embeddings.npz"
    keys = [hashlib.sha1(t[:MAX_ENCODED_CHARS].encode()).hexdigest() for t in texts]
    known: dict[str, np.ndarray] = {}
    if path.is_file():
        with np.load(path) as z:
            known = dict(zip(z["keys"].tolist(), z["vectors"], strict=True))
    todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
    if todo:
        vectors = encoder().encode_many([t for _, t in todo])
        known.update(zip([k for k, _ in todo], vectors, strict=True))
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, keys=np.array(list(known)), vectors=np.stack(list(known.values())))
    return np.stack([known[k] for k in keys])


def _fit(feats: Features, labels: np.ndarray, weights: np.ndarray, index: np.ndarray,
         settings: Settings):
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    x = feats.dense(index, settings)
    vectorizer = None
    if settings.ngrams:
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAM_RANGE, min_df=2,
                                     sublinear_tf=True, max_features=MAX_NGRAMS, dtype=np.float64)
        grams = vectorizer.fit_transform([feats.texts[i] for i in index])
        x = hstack([csr_matrix(x), grams]).tocsr()
    clf = LogisticRegression(C=settings.c, max_iter=4000)
    clf.fit(x, labels[index], sample_weight=weights[index])
    return clf, vectorizer


def _logits(clf, vectorizer, feats: Features, index: np.ndarray,
            settings: Settings) -> np.ndarray:
    from scipy.sparse import csr_matrix, hstack

    x = feats.dense(index, settings)
    if vectorizer is not None:
        x = hstack([csr_matrix(x), vectorizer.transform([feats.texts[i] for i in index])]).tocsr()
    z = np.full((len(index), len(SITUATIONS)), -1e9)
    z[:, clf.classes_] = clf.decision_function(x)
    return z


# --- cross-validation --------------------------------------------------------------------------


def cross_validate(settings: Settings, seeds: tuple[int, ...] = (0, 1, 2),
                   folds: int = 5) -> dict[str, object]:
    from sklearn.model_selection import StratifiedKFold

    real, written = load_real(), load_written()
    examples = real + written
    feats = Features(examples)
    labels = np.array([SITUATIONS.index(e.situation) for e in examples])
    weights = np.array([settings.weight(e.source) for e in examples])
    n_real = len(real)
    # the annotator's second situation, where there is one (-1: none)
    seconds = np.array([SITUATIONS.index(e.secondary) if e.secondary in SITUATIONS else -1
                        for e in real])
    accuracies, top2s, logits_all, labels_all = [], [], [], []
    confusion = np.zeros((len(SITUATIONS), len(SITUATIONS)), dtype=int)
    for seed in seeds:
        splitter = StratifiedKFold(folds, shuffle=True, random_state=seed)
        for train_real, test in splitter.split(np.zeros(n_real), labels[:n_real]):
            held_out = {real[i].group for i in test}
            train = np.concatenate([
                train_real,
                [n_real + i for i, e in enumerate(written) if e.group not in held_out],
            ]).astype(int)
            clf, vectorizer = _fit(feats, labels, weights, train, settings)
            z = _logits(clf, vectorizer, feats, test, settings)
            ranked = np.argsort(-z, axis=1)
            truth = labels[test]
            accuracies.append(float((ranked[:, 0] == truth).mean()))
            # as ../shared/eval/score counts it: the truth among the first two guesses, or the
            # first guess is the annotator's second situation
            top2s.append(float(((ranked[:, 0] == truth) | (ranked[:, 1] == truth)
                                | (ranked[:, 0] == seconds[test])).mean()))
            np.add.at(confusion, (truth, ranked[:, 0]), 1)
            logits_all.append(z)
            labels_all.append(truth)
    z, y = np.vstack(logits_all), np.concatenate(labels_all)
    return {
        "accuracy_mean": round(float(np.mean(accuracies)), 4),
        "accuracy_std": round(float(np.std(accuracies)), 4),
        "top2_mean": round(float(np.mean(top2s)), 4),
        "folds": len(accuracies),
        "real_messages": n_real,
        "temperature": _temperature(z, y),
        "confusion": confusion.tolist(),
        "_logits": z,
        "_labels": y,
    }


def _temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature with the lowest negative log-likelihood on out-of-fold predictions."""
    best, best_t = np.inf, 1.0
    for t in np.arange(0.3, 3.01, 0.05):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        nll = -(z[np.arange(len(labels)), labels] - np.log(np.exp(z).sum(axis=1))).mean()
        if nll < best:
            best, best_t = nll, float(t)
    return round(best_t, 2)


def print_report(report: dict[str, object], out: io.TextIOBase = sys.stdout) -> None:
    print(f"real messages: {report['real_messages']}, folds: {report['folds']}", file=out)
    print(f"accuracy {report['accuracy_mean']:.3f} ± {report['accuracy_std']:.3f}  "
          f"top-2 {report['top2_mean']:.3f}  temperature {report['temperature']}", file=out)
    short = [s[:5] for s in SITUATIONS]
    print("truth \\ read  " + " ".join(f"{s:>5}" for s in short), file=out)
    for name, row in zip(SITUATIONS, report["confusion"], strict=True):
        print(f"{name[:13]:<13} " + " ".join(f"{v:>5}" for v in row), file=out)


# --- the final model ---------------------------------------------------------------------------


def train(settings: Settings, report: dict[str, object]) -> None:
    examples = load_real() + load_written()
    feats = Features(examples)
    labels = np.array([SITUATIONS.index(e.situation) for e in examples])
    weights = np.array([settings.weight(e.source) for e in examples])
    everything = np.arange(len(examples))
    clf, vectorizer = _fit(feats, labels, weights, everything, settings)
    n_dense = feats.embeddings.shape[1]
    coef = np.zeros((len(SITUATIONS), clf.coef_.shape[1]))
    coef[clf.classes_] = clf.coef_
    bias = np.full(len(SITUATIONS), -1e9)
    bias[clf.classes_] = clf.intercept_
    w_embedding = coef[:, :n_dense]
    n_cues = len(SITUATIONS) if settings.cue_scale else 0
    w_cues = np.zeros((len(SITUATIONS), len(SITUATIONS)))
    if n_cues:
        w_cues = coef[:, n_dense : n_dense + n_cues] * settings.cue_scale
    if vectorizer is not None:
        vocabulary = vectorizer.get_feature_names_out()
        idf = vectorizer.idf_
        w_ngrams = coef[:, n_dense + n_cues :]
    else:
        vocabulary, idf, w_ngrams = np.array([], dtype=str), np.zeros(0), np.zeros((12, 0))
    meta = {
        "trained": dt.date.today().isoformat(),
        "data_digest": digest(),
        "settings": {"c": settings.c, "cue_scale": settings.cue_scale,
                     "weights": dict(settings.weights), "ngrams": settings.ngrams},
        "ngram_range": list(NGRAM_RANGE),
        "examples": {"real": sum(e.source == "real" for e in examples),
                     "written": sum(e.source != "real" for e in examples)},
        "cross_validation": {
            k: v for k, v in report.items() if k != "confusion" and not k.startswith("_")
        },
    }
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        TARGET,
        classes=np.array(SITUATIONS),
        bias=bias.astype(np.float32),
        w_embedding=w_embedding.astype(np.float32),
        w_cues=w_cues.astype(np.float32),
        w_ngrams=w_ngrams.astype(np.float32),
        ngram_vocabulary=np.array([str(v) for v in vocabulary], dtype=str),
        ngram_idf=idf.astype(np.float32),
        temperature=np.float32(report["temperature"]),
        meta=np.array(json.dumps(meta, sort_keys=True)),
    )
    print(f"wrote {TARGET.relative_to(ROOT)} ({TARGET.stat().st_size // 1024} KiB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate only; write nothing")
    parser.add_argument("--seeds", type=int, default=3, help="CV shuffles (default 3)")
    args = parser.parse_args(argv)
    report = cross_validate(SETTINGS, seeds=tuple(range(args.seeds)))
    print_report(report)
    if not args.cv:
        train(SETTINGS, report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
