"""Quality gate on news quotes: eight sets of articles written for warta (W1, W2 translated
wire copy; W3, W4 half wire copy, half Indonesian outlets' own style; W5, W7 mostly and W6, W8
only domestic news in the outlets' own style), each with every
quote and its speaker annotated, run through the whole pipeline (clean, NER, quotes) as
`warta analyze` does. Each set was scored once before any rule was fitted to it (W1: F1 0.86,
speaker 0.64 with the code of the time; W2: F1 0.92, speaker 0.67 after the W1 fixes; W3:
F1 0.95, speaker 0.87 after the W2 fixes; W4: F1 0.98, speaker 0.89 after the W3 fixes;
W5: F1 0.98, speaker 0.88 after the W4 fixes; W6: F1 0.96, speaker 0.77 after the W5 fixes;
W7: F1 0.97, speaker 0.93 after the W6 fixes; W8: F1 0.99, speaker 0.91 after the second
round of W6 fixes); the floors sit just under the figures after development, so a regression
fails CI.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_quotes import pipeline_scores  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "quotes"

FLOORS = {  # F1, speaker accuracy
    "wire_w1.json": (0.94, 0.87),
    "wire_w2.json": (0.95, 0.78),
    "wire_w3.json": (0.95, 0.90),
    "wire_w4.json": (0.97, 0.91),
    "wire_w5.json": (0.97, 0.95),
    "wire_w6.json": (0.98, 0.95),
    "wire_w7.json": (0.96, 0.92),
    "wire_w8.json": (0.97, 0.89),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_wire_copy_quotes_meet_the_floor(name: str) -> None:
    articles = json.loads((FIXTURES / name).read_text(encoding="utf-8"))["articles"]
    scores = pipeline_scores((a["id"], a["text"], a) for a in articles)
    f1_floor, speaker_floor = FLOORS[name]
    assert scores.true_pos >= 70
    assert scores.f1 >= f1_floor, scores.errors
    assert scores.speaker_accuracy >= speaker_floor, scores.errors
