"""Quality gate on frozen, hand-annotated quotes: floors fail the build if accuracy drops."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from warta.extract.quotes import extract_quotes
from warta.extract.quotes.evaluate import QuoteScores, score_article

FIXTURES = Path(__file__).parent / "fixtures" / "quotes"
SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-article.txt"

# Measured 1.00 / 1.00 on the fixture (126 quotes; 133 since tersalin.txt, a scraped copy
# with spaced quotation marks) and the seed article after development on
# them. heldout.json was scored before its fixes: round 1 F1 0.95 / speaker 0.67, round 2
# F1 0.86 / speaker 0.53 (first runs); real unseen news sits nearer those figures.
F1_FLOOR = 0.97
SPEAKER_FLOOR = 0.95

# Every quote in the seed article and who said it. “pemangku kepentingan yang relevan” is
# Elysee's own wording inside its statement (a partial quote), so it counts as a quote.
SEED_GOLD = [
    {"text": "Waktu harus diputuskan", "kind": "direct",
     "speaker": "seorang pejabat senior administrasi", "anonymous": True},
    {"text": "pemangku kepentingan yang relevan", "kind": "direct", "speaker": "Elysee"},
    {"text": "untuk memberikan konsekuensi", "kind": "direct", "speaker": "Gedung Putih"},
    {"text": "Dan saat ini", "kind": "direct", "speaker": "Jen Psaki",
     "role": "sekretaris pers AS"},
    {"text": "provokasi yang dilakukan", "kind": "direct", "speaker": "Vladimir Putin"},
    {"text": "Amerika Serikat dan NATO", "kind": "direct", "speaker": "Vladimir Putin"},
    {"text": "di ambang", "kind": "direct", "speaker": "Antony Blinken",
     "role": "Menteri Luar Negeri AS"},
    {"text": "Kami mendukung intensifikasi", "kind": "direct", "speaker": "Volodymyr Zelenskiy"},
    {"text": "penembakan provokatif baru", "kind": "direct", "speaker": "Volodymyr Zelenskiy"},
    {"text": "peningkatan dramatis", "kind": "direct",
     # an organisation speaks by its name; the bracketed acronym is the same name again
     "speaker": ["pemantau OSCE",
                 "pemantau Organisasi untuk Keamanan dan Kerjasama di Eropa",
                 "pemantau Organisasi untuk Keamanan dan Kerjasama di Eropa (OSCE)"]},
    {"text": "Mereka mulai melacak", "kind": "direct", "speaker": "Oleksiy Kovalenko",
     "role": "tukang berusia 33 tahun"},
    {"text": "melanjutkan inspeksi", "kind": "direct", "speaker": "Belarus"},
    {"text": "eskalasi", "kind": "direct", "speaker": "Belarus"},
    {"text": "Suamiku memberitahuku", "kind": "direct", "speaker": "Anna Tikhonova",
     "role": "perawat berusia 31 tahun"},
]  # fmt: skip


GOLD_FILES = ("gold.json", "heldout.json")


def _articles() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for name in GOLD_FILES:
        found += json.loads((FIXTURES / name).read_text(encoding="utf-8"))["articles"]
    return found


def _fixture_scores() -> QuoteScores:
    scores = QuoteScores()
    for article in _articles():
        text = (FIXTURES / article["file"]).read_text(encoding="utf-8")
        score_article(
            extract_quotes(text),
            article["quotes"],
            article["not_quotes"],
            scores=scores,
            label=article["file"],
        )
    return scores


def test_fixture_has_enough_quotes() -> None:
    quotes = [q for a in _articles() for q in a["quotes"]]
    assert len(quotes) >= 60
    assert {q["kind"] for q in quotes} == {"direct", "indirect"}


def test_quote_detection_and_speaker_floors() -> None:
    scores = _fixture_scores()
    report = "\n".join(scores.errors)
    assert scores.f1 >= F1_FLOOR, report
    assert scores.speaker_accuracy >= SPEAKER_FLOOR, report
    assert scores.role_accuracy >= 0.9, report


def test_quoted_titles_teasers_and_headings_never_come_out() -> None:
    assert _fixture_scores().negatives_hit == 0


@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/examples/seed-article.txt")
def test_seed_article_every_quote_found_and_attributed() -> None:
    text = SEED.read_text(encoding="utf-8")
    quotes = extract_quotes(text)
    scores = score_article(quotes, SEED_GOLD, ["Lihat lagi"], kinds=frozenset({"direct"}))
    report = "\n".join(scores.errors)
    assert scores.false_neg == 0 and scores.false_pos == 0, report
    assert scores.speaker_right == len(SEED_GOLD), report
    assert scores.role_right == scores.role_checked, report
    assert scores.negatives_hit == 0
