"""CI quality gate for cleaning: recall and content loss on a frozen fixture written for warta.

tests/fixtures/clean/articles.json holds Indonesian articles with planted spam (whole lines,
appended to a real paragraph, look-alike Unicode brands, "By xxx88" bylines), site furniture,
section headings and gambling-news hard negatives. The floors fail the build on regression.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from warta.clean.stage import CleanOptions, clean_steps
from warta.document import Document
from warta.pipeline import Pipeline

FIXTURE = Path(__file__).parent / "fixtures" / "clean" / "articles.json"


@dataclass
class Planted:
    doc: Document
    labels: dict[int, str]  # raw line number -> content / spam / boilerplate / inline
    inline_start: dict[int, int]
    hard_negative: bool


def load_planted() -> list[Planted]:
    out = []
    for article in json.loads(FIXTURE.read_text(encoding="utf-8")):
        lines: list[str] = []
        labels: dict[int, str] = {}
        inline: dict[int, int] = {}
        for label, text, *tail in article["lines"]:
            labels[len(lines)] = label
            if label == "inline":
                inline[len(lines)] = len(text) + 1
                text = f"{text} {tail[0]}"
            lines.extend([text, ""])
        doc = Document(id=article["id"], raw="\n".join(lines))
        out.append(Planted(doc, labels, inline, article["hard_negative"]))
    return out


@dataclass
class Scores:
    spam_recall: float
    content_loss: float
    boilerplate_recall: float
    hard_negative_loss: float
    docs_correct: float


def score(planted: list[Planted]) -> Scores:
    spam = spam_hit = content = lost = bp = bp_hit = hard = hard_lost = correct = 0
    for item in planted:
        spans: dict[int, list[tuple[int, int]]] = {}
        for span in item.doc.removed:
            spans.setdefault(span.line, []).append((span.start, span.end))
        ok = item.doc.kept
        for line, label in item.labels.items():
            cuts = spans.get(line, [])
            if label == "inline":
                start = item.inline_start[line]
                hit = any(s <= start and e >= len(item.doc.lines[line]) for s, e in cuts)
                loss = any(s < start - 1 for s, _ in cuts)
                spam, spam_hit = spam + 1, spam_hit + hit
                content, lost = content + 1, lost + loss
                ok = ok and hit and not loss
                hard, hard_lost = (
                    hard + item.hard_negative,
                    hard_lost + (loss and item.hard_negative),
                )
            elif label == "spam":
                hit = bool(cuts)
                spam, spam_hit, ok = spam + 1, spam_hit + hit, ok and hit
            elif label == "boilerplate":
                hit = bool(cuts)
                bp, bp_hit, ok = bp + 1, bp_hit + hit, ok and hit
            else:
                loss = bool(cuts)
                content, lost, ok = content + 1, lost + loss, ok and not loss
                hard, hard_lost = (
                    hard + item.hard_negative,
                    hard_lost + (loss and item.hard_negative),
                )
        correct += ok
    return Scores(
        spam_recall=spam_hit / spam,
        content_loss=lost / content,
        boilerplate_recall=bp_hit / bp,
        hard_negative_loss=hard_lost / hard,
        docs_correct=correct / len(planted),
    )


@pytest.fixture(scope="module")
def scores() -> Scores:
    planted = load_planted()
    list(Pipeline(clean_steps(CleanOptions(language=False))).run(p.doc for p in planted))
    return score(planted)


def test_gate_spam_recall(scores: Scores) -> None:
    assert scores.spam_recall >= 1.0, scores


def test_gate_content_loss(scores: Scores) -> None:
    assert scores.content_loss <= 0.0, scores


def test_gate_hard_negatives_kept_whole(scores: Scores) -> None:
    assert scores.hard_negative_loss == 0.0, scores


def test_gate_boilerplate_recall(scores: Scores) -> None:
    assert scores.boilerplate_recall >= 0.95, scores


def test_gate_documents_fully_correct(scores: Scores) -> None:
    assert scores.docs_correct >= 0.85, scores


def test_gate_fixture_covers_every_case() -> None:
    planted = load_planted()
    labels = {label for item in planted for label in item.labels.values()}
    assert labels == {"content", "spam", "boilerplate", "inline"}
    assert sum(item.hard_negative for item in planted) >= 3
