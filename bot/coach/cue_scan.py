"""All situation cues in one pass over the text, through Hyperscan when it is installed.

Trying ~600 cue patterns one by one costs Python work per word (and per needle occurrence), which
dominates the engine on long messages. Hyperscan compiles every cue into one automaton and scans
the text once in C. It serves only as a **prefilter**: it reports, per cue, the offsets where a
match *may* end (prefiltering mode: no false negatives, false positives allowed); Python's `re`
then finds the actual matches near those offsets, so a cue's result is exactly what the pure
Python scan gives (a test compares the two).

Two details make Hyperscan's byte offsets usable as `str` indexes with Python's semantics:

- The text is scanned as one byte per character: every non-ASCII character is replaced by an
  ASCII stand-in of the same kind (`x` for a word character, `0` for a digit, `\\x01` for
  anything else), and the pattern sources get the same treatment. `\\b`, `\\w` and `\\d` then agree
  with Python's Unicode rules on which characters are word characters; a stand-in can only make
  the prefilter match more, never less.
- Bounded gaps such as `[^.!?]{0,40}` become unbounded (`[^.!?]*`) for the prefilter: a superset
  again, and a much smaller automaton.

Compiling the automaton takes seconds, so it is built once in a background thread and cached on
disk (`CALM_CACHE_DIR`, else `$XDG_CACHE_HOME/calm`, else `~/.cache/calm`); a later process
loads it in milliseconds. Until it is ready, and where Hyperscan has no wheel (Linux on ARM),
`situations` uses its pure-Python scan: same results, only slower.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

try:  # optional: no wheel for every platform
    import hyperscan
except ImportError:  # pragma: no cover - depends on the platform
    hyperscan = None

__all__ = ["CueScanner", "available", "cache_dir", "stand_in"]

# Bounded repeats at least this long become unbounded in the prefilter (see the docstring).
_RELAX_FROM = 8
_BOUNDED = re.compile(r"(?<!\\)\{(\d+),(\d+)\}")
_NON_WORD_STAND_IN = "\x01"
_NON_ASCII_RANGE = re.compile(r"[^\x00-\x7f]-|-[^\x00-\x7f]")


def available() -> bool:
    """Whether Hyperscan is installed on this platform."""
    return hyperscan is not None


class _StandIns(dict[int, str]):
    """`str.translate` table: each non-ASCII character -> one ASCII character of its kind."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isdecimal():
            value = "0"
        elif char.isalnum() or char == "_":
            value = "x"
        else:
            value = _NON_WORD_STAND_IN
        self[code] = value
        return value


_STAND_INS = _StandIns({code: chr(code) for code in range(128)})


def stand_in(text: str) -> str:
    """`text` with one ASCII character for each character, of the same kind (word/digit/other)."""
    return text if text.isascii() else text.translate(_STAND_INS)


def _prefilter_source(source: str) -> bytes | None:
    """A pattern source for Hyperscan that matches at least what `source` matches in Python."""
    relaxed = _BOUNDED.sub(
        lambda m: f"{{{m.group(1)},}}" if int(m.group(2)) >= _RELAX_FROM else m.group(0),
        source,
    )
    if not relaxed.isascii():
        if _NON_ASCII_RANGE.search(relaxed):
            return None  # a range like [à-ÿ] has no stand-in form: Python scans this cue
        relaxed = "".join(
            c if c.isascii() else r"\x01" if stand_in(c) == _NON_WORD_STAND_IN else stand_in(c)
            for c in relaxed
        )
    return relaxed.encode("ascii")


def cache_dir() -> Path:
    """Where compiled automatons are kept between processes."""
    configured = os.environ.get("CALM_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "calm"


class CueScanner:
    """One Hyperscan database for a list of patterns; reports where each may match."""

    def __init__(self, sources: Sequence[str]) -> None:
        if hyperscan is None:
            raise RuntimeError("hyperscan is not installed")
        expressions = [_prefilter_source(s) for s in sources]
        self._expressions = expressions
        self._flags = hyperscan.HS_FLAG_PREFILTER
        digest = hashlib.sha256()
        for part in (hyperscan.__version__, platform.machine(), str(self._flags)):
            digest.update(part.encode() + b"\0")
        for expression in expressions:
            digest.update((expression or b"-") + b"\0")
        self.key = digest.hexdigest()[:24]
        self._database = None
        # Scratch space must not be shared by threads scanning at the same time.
        self._scratch = threading.local()
        self._unsupported = frozenset(i for i, e in enumerate(expressions) if e is None)
        self._ready = threading.Event()
        self._lock = threading.Lock()

    # --- building ---------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    @property
    def unsupported(self) -> frozenset[int]:
        """Indexes of patterns Hyperscan could not take: the caller scans those itself."""
        return self._unsupported

    def load_cached(self) -> bool:
        """Use a database compiled earlier by any process, if there is one. Cheap."""
        path = self._cache_path()
        try:
            blob = path.read_bytes()
        except OSError:
            return False
        # The checksum reads a memoryview and the file is dropped before unpacking: the database
        # is megabytes, and copies of it would set the process's peak memory.
        view = memoryview(blob)
        first = blob.find(b"\n")
        second = blob.find(b"\n", first + 1)
        if first < 0 or second < 0:
            return False
        if blob[:first] != hashlib.sha256(view[first + 1 :]).hexdigest().encode():
            return False
        header = blob[first + 1 : second]
        serialized = blob[second + 1 :]  # `loadb` wants bytes
        view.release()
        del blob  # before the database is unpacked
        try:
            unsupported = _indexes(header)
            database = hyperscan.loadb(serialized, hyperscan.HS_MODE_BLOCK)
            self._install(database, unsupported)
        except Exception:  # built for another CPU, or damaged: compile again
            return False
        return True

    def build(self) -> None:
        """Compile the database (seconds; releases the GIL) and cache it on disk."""
        with self._lock:
            if self.ready:
                return
            database, unsupported = self._compile()
            self._install(database, unsupported)
            self._save(database, unsupported)

    def build_in_background(self) -> threading.Thread:
        """Compile in a daemon thread; on failure the Python scan simply stays in use."""

        def build_quietly() -> None:
            try:
                self.build()
            except Exception:  # a missing prefilter only costs speed
                return

        thread = threading.Thread(target=build_quietly, name="calm-cue-scan", daemon=True)
        thread.start()
        return thread

    def wait(self, timeout: float | None = None) -> bool:
        return self._ready.wait(timeout)

    def _compile(self):  # -> (database, indexes of the patterns left to Python)
        unsupported = set(self._unsupported)
        usable = [i for i in range(len(self._expressions)) if i not in unsupported]
        try:
            return self._database_of(usable), frozenset(unsupported)
        except hyperscan.error:
            pass
        # Some pattern is refused (rare: a new cue with an exotic construct). Find which; those
        # stay with the Python scan.
        for index in usable:
            try:
                self._database_of([index])
            except hyperscan.error:
                unsupported.add(index)
        usable = [i for i in usable if i not in unsupported]
        return self._database_of(usable), frozenset(unsupported)

    def _database_of(self, indexes: list[int]):
        database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        database.compile(
            expressions=[self._expressions[i] for i in indexes],
            ids=indexes,
            elements=len(indexes),
            flags=[self._flags] * len(indexes),
        )
        return database

    def _install(self, database, unsupported: frozenset[int]) -> None:
        self._database = database
        self._unsupported = unsupported
        self._ready.set()

    def _cache_path(self) -> Path:
        return cache_dir() / f"cues-{self.key}.hsdb"

    def _save(self, database, unsupported: frozenset[int]) -> None:
        payload = b",".join(str(i).encode() for i in sorted(unsupported))
        payload += b"\n" + hyperscan.dumpb(database)
        blob = hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
        path = self._cache_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
                handle.write(blob)
            os.replace(handle.name, path)
        except OSError:  # read-only home or full disk: keep the database in memory only
            return

    # --- scanning ---------------------------------------------------------------------------

    def ends(self, text: str) -> dict[int, list[int]]:
        """Pattern index -> offsets (ascending) where a match of it may end in `text`."""
        found: dict[int, list[int]] = {}

        def on_match(index: int, _start: int, end: int, _flags: int, _context: object) -> None:
            offsets = found.get(index)
            if offsets is None:
                found[index] = [end]
            else:
                offsets.append(end)

        scratch = getattr(self._scratch, "space", None)
        if scratch is None:
            scratch = self._scratch.space = hyperscan.Scratch(self._database)
        self._database.scan(
            stand_in(text).encode("ascii"), match_event_handler=on_match, scratch=scratch
        )
        return found


def _indexes(raw: bytes) -> frozenset[int]:
    return frozenset(int(part) for part in raw.split(b",") if part)
