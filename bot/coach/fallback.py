"""A small learned fallback for messages on which no situation cue fires.

The phrase cues in `situations` are precise but cannot know every phrasing: a difficult message
in words nobody wrote a cue for scores nothing and is read as `neutral`. `detect` then asks this
fallback. It is a multinomial naive Bayes over binary word and word-pair features of the folded
text, trained offline on calm's own hand-written messages (`tools/train_fallback.py` writes the
counts to `_fallback_model.py`). It names a situation only when that situation's posterior
clears `THRESHOLD` against all others, neutral included, with neutral given a head start
(`NEUTRAL_BIAS`); both were chosen by cross-validation. Otherwise it abstains and the message
stays neutral.

Pure Python and dictionary look-ups: some 20 microseconds for an ordinary message, at most
`MAX_CHARS` characters read, deterministic, and nothing of the text kept. The model is loaded on
the first call (some 20 ms), so a process that never needs it pays nothing.
"""

from __future__ import annotations

import math
from itertools import pairwise, repeat
from operator import sub

from bot.coach.model import Situation

__all__ = ["MAX_CHARS", "fallback_guess", "features", "posterior"]

# Characters read from the start of the folded text (about 100 words): bounds the cost of a long
# message; the training messages are all shorter.
MAX_CHARS = 600

# Punctuation (but the apostrophe of "don't") separates words; digits all read as "0", so
# "3 weeks" and "4 weeks" share a feature. One `str.translate` and `split` tokenise.
_SEPARATORS = (
    '!"#$%&()*+,-./:;<=>?@[\\]^`{|}~\u00a0\u00ab\u00bb\u2010\u2011\u201a\u201e\u2022\u2026'
)
_TOKENS = str.maketrans({**dict.fromkeys(_SEPARATORS, " "), **dict.fromkeys("123456789", "0")})


def features(
    folded: str, *, bigrams: bool, affix: int = 0, max_chars: int = MAX_CHARS
) -> set[str | tuple[str, str]]:
    """The binary features of a folded text: its words, word pairs and (optionally) affixes.

    A word pair is a tuple (no string to build). With `affix`, a longer word also gives its
    first and last `affix` letters (marked "<" and ">"), so a German compound or an inflected
    form shares evidence with related words.
    """
    words = folded[:max_chars].translate(_TOKENS).split()
    feats: set[str | tuple[str, str]] = set(words)
    if bigrams:
        feats.update(pairwise(words))
    if affix:
        longer = affix + 2
        for word in words:
            if len(word) > longer:
                feats.add("<" + word[:affix])
                feats.add(">" + word[-affix:])
    return feats


# Scores are added in C: each feature's weights for the 12 classes (in thousandths of a nat) are
# packed into one integer, `_FIELD` bits per class, with a 1 above them that counts the known
# features. Summing the integers sums every class at once. A field cannot overflow: `MAX_CHARS`
# allows some 600 distinct features, each weighing under 6 000 (log(1 + 180) nats), far below
# 2**24.
_FIELD = 24
_MASK = (1 << _FIELD) - 1


class _Model:
    __slots__ = (
        "affix",
        "bias",
        "bigrams",
        "labels",
        "neutral",
        "temperature",
        "threshold",
        "unseen",
        "weights",
    )

    def __init__(self) -> None:
        from bot.coach import _fallback_model as data

        self.labels = tuple(Situation(value) for value in data.LABELS)
        self.neutral = self.labels.index(Situation.NEUTRAL)
        self.bias = tuple(
            data.NEUTRAL_BIAS if i == self.neutral else 0.0 for i in range(len(self.labels))
        )
        self.unseen = data.UNSEEN
        self.temperature = data.TEMPERATURE
        self.threshold = data.THRESHOLD
        self.bigrams = data.BIGRAMS
        self.affix = data.AFFIX
        # Feature -> its packed weights, log(1 + messages / alpha) per class, from the counts.
        counts: dict[str, list[int]] = {}
        for (index, count), names in data.COUNTS.items():
            for feat in names.split("\n"):
                if feat:
                    counts.setdefault(feat, [0] * len(self.labels))[index] = count
        known = 1 << (_FIELD * len(self.labels))
        packed: dict[tuple[int, ...], int] = {}
        weights: dict[str | tuple[str, str], int] = {}
        for feat, row in counts.items():
            key = tuple(row)
            if key not in packed:
                packed[key] = known + sum(
                    round(1000 * math.log1p(n / data.ALPHA)) << (_FIELD * i)
                    for i, n in enumerate(row)
                )
            first, space, second = feat.partition(" ")
            weights[(first, second) if space else feat] = packed[key]
        self.weights = weights

    def scores(self, folded: str) -> list[float]:
        """Log posterior (up to a constant) of each class, neutral's head start included."""
        feats = features(folded, bigrams=self.bigrams, affix=self.affix)
        total = sum(filter(None, map(self.weights.get, feats)))  # the known features
        n = len(self.labels)
        known = total >> (_FIELD * n)
        temperature = self.temperature
        return [
            ((total >> (_FIELD * i) & _MASK) / 1000 + b + known * u) / temperature
            for i, b, u in zip(range(n), self.bias, self.unseen, strict=True)
        ]


_MODEL: _Model | None = None


def _model() -> _Model:
    global _MODEL
    if _MODEL is None:
        _MODEL = _Model()
    return _MODEL


def posterior(folded: str) -> tuple[tuple[Situation, float], ...]:
    """Probability of each situation for the text, most likely first (for tests and tuning)."""
    model = _model()
    scores = model.scores(folded)
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    return tuple((model.labels[i], exps[i] / total) for i in ranked)


def fallback_guess(folded: str) -> tuple[Situation, float] | None:
    """The situation of a message the cues found nothing in, with its probability, or None.

    `folded` is the text as `normalize.fold` returns it. None means: not confident, keep the
    message neutral. Never raises for any string.
    """
    if not folded:
        return None
    model = _model()
    scores = model.scores(folded)
    best = scores.index(max(scores))  # the first of equals; scores are finite
    if best == model.neutral:
        return None
    top = scores[best]
    probability = 1.0 / sum(map(math.exp, map(sub, scores, repeat(top))))
    if probability < model.threshold:
        return None
    return model.labels[best], probability
