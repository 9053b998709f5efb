"""The generated needle cache matches the cues (else start-up gets ~100 ms slower)."""

from __future__ import annotations

from bot.coach._cue_needles import NEEDLES
from bot.coach.situations import _CUES, _source_key, needles_of


class TestNeedleCache:
    def test_every_cue_is_in_the_cache(self) -> None:
        """After changing cues, run `python -m bot.coach.needle_cache` to refresh the cache."""
        missing = [c.source[:60] for c in _CUES if _source_key(c.source) not in NEEDLES]
        assert not missing, "stale _cue_needles.py: run python -m bot.coach.needle_cache"

    def test_cached_needles_are_what_parsing_finds(self) -> None:
        """The cache only saves time; it never changes which cues are tried."""
        for cue in _CUES:
            assert NEEDLES[_source_key(cue.source)] == needles_of(cue.source)
