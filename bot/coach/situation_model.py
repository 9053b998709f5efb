"""The learned situation model: probabilities over the twelve situations for one message.

A multinomial logistic regression over three kinds of evidence, trained by
`python -m tools.train_situation_model` on real client messages and a written corpus
(`data/corpus/`, see its README):

- what the message means: its sentence embedding (`encoder`, multilingual USE);
- how it is written: character n-grams of its words (TF-IDF, as scikit-learn's `char_wb`);
- what calm's hand-written cues see (`situations.cue_scores`), squashed to log scale.

Its weights are one data file inside the package (`data/situation_model.npz`); nothing here is
generated Python. Probabilities are temperature-scaled on held-out real messages, so the top
probability can be shown as calm's confidence.
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass
from importlib import resources

import numpy as np

from bot.coach.encoder import encoder
from bot.coach.model import Situation
from bot.coach.situations import cue_scores
from bot.coach.situations import warm_up as _warm_up_cues

__all__ = [
    "MODEL_FILE",
    "SituationModel",
    "char_ngrams",
    "cue_features",
    "situation_model",
    "warm_up",
]

MODEL_FILE = "situation_model.npz"


def char_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside word boundaries, exactly as scikit-learn's `char_wb`.

    Each whitespace-separated word is padded with one space on each side; a word shorter than
    n yields itself once.
    """
    grams: list[str] = []
    for word in text.lower().split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            if size <= n:
                grams.append(padded)
                break
            grams.extend(padded[i : i + n] for i in range(size - n + 1))
    return grams


def cue_features(scores: dict[Situation, float]) -> np.ndarray:
    """The hand-written cues' scores (`situations.cue_scores`) in model order, squashed:
    sign·log(1+|x|)."""
    values = np.array([scores[s] for s in Situation], dtype=np.float32)
    return np.sign(values) * np.log1p(np.abs(values))


@dataclass(frozen=True, slots=True)
class _Ngrams:
    low: int
    high: int
    index: dict[str, int]
    idf: np.ndarray


class SituationModel:
    """Loaded weights; `probabilities` is pure and safe to call from many threads."""

    def __init__(self, data: dict[str, np.ndarray]) -> None:
        self.situations = tuple(Situation(str(s)) for s in data["classes"])
        self.meta = json.loads(str(data["meta"]))
        self._bias = data["bias"].astype(np.float64)
        self._w_embedding = data["w_embedding"]
        self._w_cues = data["w_cues"]
        self._temperature = float(data["temperature"])
        vocabulary = [str(g) for g in data["ngram_vocabulary"]]
        self._w_ngrams = data["w_ngrams"]
        self._ngrams = _Ngrams(
            low=int(self.meta["ngram_range"][0]),
            high=int(self.meta["ngram_range"][1]),
            index={g: i for i, g in enumerate(vocabulary)},
            idf=data["ngram_idf"],
        )

    def ngram_vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Sparse TF-IDF of `text`: (column indexes, L2-normalised sublinear tf·idf values)."""
        counts: dict[int, int] = {}
        index = self._ngrams.index
        for gram in char_ngrams(text, self._ngrams.low, self._ngrams.high):
            column = index.get(gram)
            if column is not None:
                counts[column] = counts.get(column, 0) + 1
        if not counts:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.float64)
        columns = np.fromiter(counts, dtype=np.intp, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        values = (1.0 + np.log(tf)) * self._ngrams.idf[columns]
        return columns, values / math.sqrt(float(values @ values))

    def logits(self, embedding: np.ndarray, text: str, cues: np.ndarray) -> np.ndarray:
        columns, values = self.ngram_vector(text)
        z = self._bias + self._w_embedding @ embedding + self._w_cues @ cues
        if len(columns):
            z = z + self._w_ngrams[:, columns] @ values
        return z

    def probabilities(
        self, text: str, folded: str, cues: dict[Situation, float] | None = None
    ) -> dict[Situation, float]:
        """P(situation | message), calibrated. `folded` is `normalize.fold` of `text`; `cues`
        its `situations.cue_scores`, when the caller has them already."""
        cues = cue_scores(folded) if cues is None else cues
        z = self.logits(encoder().encode(text), text, cue_features(cues))
        z = z / self._temperature
        z = np.exp(z - z.max())
        p = z / z.sum()
        return {s: float(v) for s, v in zip(self.situations, p, strict=True)}


_lock = threading.Lock()
_model: SituationModel | None = None


def _load() -> SituationModel:
    source = resources.files("bot.coach").joinpath("data", MODEL_FILE)
    with source.open("rb") as f, np.load(f, allow_pickle=False) as data:
        return SituationModel({k: data[k] for k in data.files})


def situation_model() -> SituationModel:
    """The packaged model, loaded once on first use (with the sentence encoder)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _load()
    encoder()
    return _model


def warm_up(*, wait: bool = True, timeout: float | None = None) -> bool:
    """Load the model and the sentence encoder, and get the cue scanner ready.

    Servers call this at start (`wait=False`: in a background thread, so the first request
    does not pay for it); the first coaching otherwise loads them itself. Returns whether
    everything is ready.
    """
    loader = threading.Thread(target=situation_model, name="calm-model-load", daemon=True)
    loader.start()
    cues_ready = _warm_up_cues(wait=wait, timeout=timeout)
    if wait:
        loader.join(timeout)
    return cues_ready and not loader.is_alive()
