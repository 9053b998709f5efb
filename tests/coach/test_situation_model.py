"""The learned situation model: packaged, current, calibrated, and read the way it was trained."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from bot.coach import Situation, coach
from bot.coach.detect import detect, model_view
from bot.coach.situation_model import char_ngrams, situation_model
from tools.situation_data import REAL_FILES, digest


def test_committed_model_is_trained_on_the_current_data() -> None:
    """Editing a corpus file (or the real sets) without retraining fails here."""
    if not all(p.is_file() for p in REAL_FILES):
        pytest.skip("the real labelled messages in ../shared are not beside this checkout")
    meta = situation_model().meta
    assert meta["data_digest"] == digest(), (
        "the situation model is stale: run `python -m tools.train_situation_model`"
    )


def test_char_ngrams_match_scikit_learn() -> None:
    """The runtime's n-grams are exactly those the model was trained on."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    samples = ("Wo bleibt   die Rechnung?!", "a bb ccc dddd eeeee", "ÄRGER über\tdas Logo 😡", "")
    for text in samples:
        assert char_ngrams(text, 2, 5) == analyzer(text)


def test_probabilities_cover_every_situation_and_sum_to_one() -> None:
    text, folded = model_view("Können Sie das Logo bis morgen früh noch in drei Varianten liefern?")
    probabilities = situation_model().probabilities(text, folded)
    assert set(probabilities) == set(Situation)
    assert sum(probabilities.values()) == pytest.approx(1.0)


def test_detection_ranks_the_alternatives_below_a_calibrated_confidence() -> None:
    detection = detect("We'll pay the invoice once our client has paid us, probably March.")
    assert 0.0 < detection.confidence <= 1.0
    probabilities = [p for _, p in detection.alternatives]
    assert probabilities == sorted(probabilities, reverse=True)
    assert detection.situation not in {s for s, _ in detection.alternatives}
    assert all(p <= detection.confidence for p in probabilities)


def test_a_users_choice_replaces_the_situation_and_keeps_what_was_read() -> None:
    read = detect("Das ist mir zu teuer, geht das auch günstiger?")
    chosen = coach(
        "Das ist mir zu teuer, geht das auch günstiger?", situation=Situation.SCOPE_CREEP
    )
    assert chosen.situation is Situation.SCOPE_CREEP
    assert chosen.detection.chosen_by_user
    assert chosen.detection.detected is read.situation
    assert Situation.SCOPE_CREEP not in {s for s, _ in chosen.detection.alternatives}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitte schicken Sie mir noch die Rechnung für Oktober, unsere Buchhaltung braucht sie.",
         Situation.NEUTRAL),
        ("Thanks so much, the slides look great!", Situation.NEUTRAL),
        ("Wir werden die Zusammenarbeit zum Monatsende beenden.", Situation.TERMINATION),
        ("Your invoice is 60 days overdue? We pay when our client pays us.",
         Situation.PAYMENT_ISSUE),
    ],
)
def test_plain_messages_are_read_right(text: str, expected: Situation) -> None:
    assert detect(text).situation is expected


def test_model_weights_are_a_data_file_in_the_package() -> None:
    from importlib import resources

    data = resources.files("bot.coach").joinpath("data", "situation_model.npz")
    with data.open("rb") as f, np.load(f, allow_pickle=False) as z:
        assert z["w_embedding"].shape == (len(Situation), 512)
        assert json.loads(str(z["meta"]))["cross_validation"]["real_messages"] >= 300


def test_a_fresh_process_coaches_with_the_model_offline() -> None:
    """The encoder is built (or loaded from the cache) without any network."""
    script = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network used')\n"
        "socket.socket.connect = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from bot.coach import coach\n"
        "c = coach('Where is the report? This is the third time I am asking.')\n"
        "print(c.situation.value, round(c.detection.confidence, 2))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    situation, confidence = result.stdout.split()
    assert situation in {s.value for s in Situation}
    assert 0.0 < float(confidence) <= 1.0


def test_the_terminal_names_the_runner_up_when_unsure() -> None:
    from dataclasses import replace

    from bot.cli.coach import render
    from bot.cli.terminal import Palette
    from bot.coach import Language

    coaching = coach("Das ist mir zu teuer.")
    unsure = replace(
        coaching.detection,
        situation=Situation.PRICE_PUSHBACK,
        confidence=0.35,
        alternatives=((Situation.SCOPE_CREEP, 0.3), (Situation.NEUTRAL, 0.1)),
    )
    shown = render(replace(coaching, detection=unsure), Palette(False), Language.EN)
    assert shown.splitlines()[0].startswith("Price pushback — or is it about scope")
    sure = replace(unsure, confidence=0.9)
    shown = render(replace(coaching, detection=sure), Palette(False), Language.EN)
    assert "or is it" not in shown.splitlines()[0]
