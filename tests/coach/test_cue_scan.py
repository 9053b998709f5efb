"""The one-pass cue scanner (Hyperscan prefilter) never changes a result, only the speed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.coach import cue_scan, situations
from bot.coach.cue_scan import CueScanner, stand_in
from bot.coach.normalize import fold

from .regression_messages import MESSAGES

needs_hyperscan = pytest.mark.skipif(
    not cue_scan.available(), reason="hyperscan has no wheel for this platform"
)

# Words that cues are made of, mixed into random text so that hypothesis meets real matches.
_CUE_WORDS = [
    "can you also",
    "noch schnell",
    "wo bleibt",
    "zu teuer",
    "we are not paying",
    "still waiting",
    "bis morgen",
    "rechnung",
    "€",
    "50 €",
    "café",
    "ñandú",
    "٣ days",
    "!!",
    "WHY",
    "nicht zufrieden",
    "kündigen",
    "sofort",
    "\n",
    "  ",
]


@pytest.fixture(scope="module")
def scanner() -> CueScanner:
    if not situations.warm_up(wait=True, timeout=120):
        pytest.fail("the cue scanner did not become ready")
    found = situations._SCANNER[0]
    assert found is not None
    return found


@needs_hyperscan
class TestSameHitsAsThePythonScan:
    def test_regression_messages(self, scanner: CueScanner) -> None:
        for _, text in MESSAGES:
            folded = fold(text)
            assert situations._prefiltered_hits(folded, scanner) == situations._python_hits(
                folded
            ), text[:40]

    def test_long_repeated_and_shouted_text(self, scanner: CueScanner) -> None:
        for _, text in MESSAGES[::25]:
            for variant in (text * 12, text.upper() * 3, text.replace(" ", "\u00a0")):
                folded = fold(variant)
                assert situations._prefiltered_hits(folded, scanner) == situations._python_hits(
                    folded
                )

    @given(
        st.lists(
            st.one_of(st.sampled_from(_CUE_WORDS), st.text(max_size=12)),
            max_size=30,
        )
    )
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    def test_arbitrary_unicode(self, scanner: CueScanner, parts: list[str]) -> None:
        folded = fold(" ".join(parts))
        assert situations._prefiltered_hits(folded, scanner) == situations._python_hits(folded)

    def test_coaching_uses_it(self, scanner: CueScanner) -> None:
        assert scanner.ready
        assert situations.warm_up(wait=False) is True


class TestStandIn:
    @given(st.text(max_size=60))
    def test_one_ascii_character_of_the_same_kind_per_character(self, text: str) -> None:
        replaced = stand_in(text)
        assert replaced.isascii()
        assert len(replaced) == len(text)
        for original, ascii_char in zip(text, replaced, strict=True):
            assert bool(re.match(r"\w", original)) == bool(re.match(r"\w", ascii_char))
            assert bool(re.match(r"\d", original)) == bool(re.match(r"\d", ascii_char))

    def test_ascii_text_is_left_alone(self) -> None:
        text = "Can you also do the flyer? 50 $ !!"
        assert stand_in(text) is text


@needs_hyperscan
class TestCompiledDatabase:
    SOURCES = (r"\bwo bleibt\b", r"\bzu teuer\b[^.!?]{0,40}\bnicht\b", r"(?:€|\$)\s?\d+")

    def test_is_cached_on_disk_and_loaded_by_the_next_process(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("CALM_CACHE_DIR", str(tmp_path))
        first = CueScanner(self.SOURCES)
        assert not first.load_cached()
        first.build()
        assert list(tmp_path.glob("cues-*.hsdb"))
        second = CueScanner(self.SOURCES)
        assert second.load_cached()
        text = fold("Wo bleibt das? Zu teuer, das zahle ich nicht. € 50 sind genug, wo bleibt")
        assert second.ends(text) == first.ends(text)
        assert set(first.ends(text)) == {0, 1, 2}

    def test_a_damaged_cache_file_is_compiled_again(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("CALM_CACHE_DIR", str(tmp_path))
        CueScanner(self.SOURCES).build()
        (path,) = tmp_path.glob("cues-*.hsdb")
        path.write_bytes(path.read_bytes()[:-100] + b"x" * 100)
        scanner = CueScanner(self.SOURCES)
        assert not scanner.load_cached()
        scanner.build()
        assert scanner.ready and scanner.ends("wo bleibt es") == {0: [9]}

    def test_changed_cues_get_a_new_database(self) -> None:
        assert CueScanner(self.SOURCES).key != CueScanner([*self.SOURCES, r"\bneu\b"]).key

    def test_a_read_only_cache_only_costs_the_cache(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        blocked = tmp_path / "file"
        blocked.write_text("not a directory")
        monkeypatch.setenv("CALM_CACHE_DIR", str(blocked / "calm"))
        scanner = CueScanner(self.SOURCES)
        scanner.build()
        assert scanner.ready and 0 in scanner.ends("wo bleibt es")

    def test_patterns_without_a_stand_in_form_are_left_to_python(self) -> None:
        scanner = CueScanner([r"\bwo bleibt\b", r"[à-ÿ]+ teuer"])
        assert scanner.unsupported == frozenset({1})
        scanner.build()
        assert scanner.ends("wo bleibt es") == {0: [9]}


def test_switched_off_the_python_scan_gives_the_same_coaching() -> None:
    """CALM_CUE_SCAN=off (and platforms without hyperscan) coach exactly alike."""
    script = (
        "import sys\n"
        "from bot.coach import coach, warm_up\n"
        "print(warm_up(wait=True, timeout=120))\n"
        "for line in sys.stdin.read().split('\\x00'):\n"
        "    c = coach(line)\n"
        "    print(c.situation.value, c.detection.secondary, c.detection.heat, repr(c.draft))\n"
    )
    texts = "\x00".join(text for _, text in MESSAGES[::9])
    outputs = []
    for mode in ("on", "off"):
        env = {**os.environ, "CALM_CUE_SCAN": mode}
        done = subprocess.run(
            [sys.executable, "-c", script],
            input=texts,
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=True,
        )
        outputs.append(done.stdout.split("\n", 1))
    (used_on, coached_on), (used_off, coached_off) = outputs
    assert used_off == "False"
    assert used_on == str(cue_scan.available())
    assert coached_on == coached_off
    assert coached_on.count("\n") == len(MESSAGES[::9])
