"""The cue prefilter: trying cues only where their needles start a word never changes a result."""

from __future__ import annotations

import re

from bot.coach.normalize import fold
from bot.coach.situations import _CUES, _cue_hits

from .regression_messages import MESSAGES


class TestPrefilter:
    """Trying a cue only where one of its needles starts a word finds what a full scan finds."""

    @staticmethod
    def _full_scan(folded: str) -> dict[int, int]:
        hits = {}
        for index, cue in enumerate(_CUES):
            count = min(2, sum(1 for _ in cue.pattern.finditer(folded)))
            if count:
                hits[index] = count
        return hits

    def test_regression_messages_score_as_with_a_full_scan(self) -> None:
        for _, text in MESSAGES:
            folded = fold(text)
            assert _cue_hits(folded) == self._full_scan(folded), text[:40]

    def test_odd_whitespace_and_shouting(self) -> None:
        """Tabs, no-break and ideographic spaces fold to " ", so `\\s` cues still match."""
        for _, text in MESSAGES[::7]:
            for space in ("\t", "\u00a0", "\u3000", "\r\n"):
                folded = fold(text.replace(" ", space).upper())
                assert _cue_hits(folded) == self._full_scan(folded), text[:40]

    def test_digits_of_other_scripts_read_as_0_to_9(self) -> None:
        """`\\d` in a cue means the same to the scanner and to Python: "٣ days" is "3 days"."""
        assert fold("٣ days OVERDUE, ３ Tage") == "3 days overdue, 3 tage"
        folded = fold("٣ days OVERDUE")
        assert _cue_hits(folded) == self._full_scan(folded)

    def test_fold_leaves_only_spaces_and_newlines_for_backslash_s(self) -> None:
        every_space = "".join(
            chr(c) for c in range(0x3001) if re.match(r"\s", chr(c)) and chr(c) not in " \n"
        )
        assert set(fold(every_space)) == {" "}
