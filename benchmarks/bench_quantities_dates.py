"""Quantities and dates: P/R/F1 on the frozen fixture, on a held-out gold file, and speed.

    .venv/bin/python -m benchmarks.bench_quantities_dates \
        ../shared/data/summarization/indosum.jsonl --limit 1000 [--gold-file /tmp/heldout_qd.json]

The gold file (kept outside the repo, the article text stays in IndoSum) is a JSON list of
{"id", "published", "quantities": [{text, value, unit, counts, approx}], "dates": [{text, value}]};
gold spans are found in order in the article text. Scores: exact span + value, relaxed
(overlapping span + value), and for quantities the share of matched ones with the right counts
and approximation marker.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.indosum import load_indosum
from warta.extract.dates import extract_dates
from warta.extract.quantities import extract_quantities

FIXTURE = Path(__file__).parents[1] / "tests" / "fixtures" / "extract" / "quantities_dates.jsonl"


def _scores(key: str, extract: Any) -> tuple[float, float, float, int]:
    tp = n_pred = n_gold = 0
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold, pos = set(), 0
        for item in record[key]:
            start = record["text"].index(item[0], pos)
            gold.add((start, start + len(item[0]), item[1]))
            pos = start + len(item[0])
        pred = {(x["start"], x["end"], x["value"]) for x in extract(record)}
        tp, n_pred, n_gold = tp + len(gold & pred), n_pred + len(pred), n_gold + len(gold)
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9), n_gold


def _locate(text: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold items with start/end: each span found after the previous one, on word bounds."""
    located, pos = [], 0
    for item in items:
        found = re.compile(r"(?<!\w)" + re.escape(item["text"]) + r"(?!\w)").search(text, pos)
        if found is None:  # a span inside a token ("2x" of "2x30")
            found = re.compile(re.escape(item["text"])).search(text, pos)
        if found is None:
            raise SystemExit(f"gold span not found in order: {item['text']!r}")
        located.append({**item, "start": found.start(), "end": found.end()})
        pos = found.end()
    return located


def _prf(tp: int, n_pred: int, n_gold: int) -> str:
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return f"P {p:.3f}  R {r:.3f}  F1 {2 * p * r / max(p + r, 1e-9):.3f}"


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a))
    return bool(a == b)


def _score_gold(
    key: str, pairs: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]], show: bool
) -> None:
    exact = relaxed = n_pred = n_gold = counts_ok = approx_ok = 0
    for gold, pred in pairs:
        n_pred, n_gold = n_pred + len(pred), n_gold + len(gold)
        spans = {(p["start"], p["end"], str(p["value"])) for p in pred}
        exact += sum((g["start"], g["end"], str(g["value"])) in spans for g in gold)
        used: set[int] = set()
        for g in gold:
            hit = next(
                (
                    i
                    for i, p in enumerate(pred)
                    if i not in used
                    and p["start"] < g["end"]
                    and g["start"] < p["end"]
                    and _same(p["value"], g["value"])
                ),
                None,
            )
            if hit is None:
                if show:
                    print(f"  MISS {key}: {g['text']!r} = {g['value']}")
                continue
            used.add(hit)
            relaxed += 1
            if show and (pred[hit]["start"], pred[hit]["end"]) != (g["start"], g["end"]):
                print(f"  SPAN {key}: gold {g['text']!r}, warta {pred[hit]['text']!r}")
            if key == "quantities":
                counts_ok += (pred[hit]["counts"] or "").lower() == (g["counts"] or "").lower()
                approx_ok += pred[hit]["approx"] == g["approx"]
                if show and (pred[hit]["counts"] or "").lower() != (g["counts"] or "").lower():
                    print(f"  COUNTS {g['text']!r}: {pred[hit]['counts']!r} != {g['counts']!r}")
        if show:
            for i, p in enumerate(pred):
                if i not in used:
                    print(f"  FALSE {key}: {p['text']!r} = {p['value']}")
    print(f"gold {key:10s} n={n_gold:3d} exact  {_prf(exact, n_pred, n_gold)}")
    print(f"gold {key:10s} n={n_gold:3d} relaxed {_prf(relaxed, n_pred, n_gold)}")
    if key == "quantities":
        print(
            f"gold quantities counts accuracy {counts_ok / max(relaxed, 1):.3f}, "
            f"approx accuracy {approx_ok / max(relaxed, 1):.3f} (of {relaxed} matched)"
        )


def score_gold_file(indosum: str, gold_file: str, *, show: bool = False) -> None:
    """Print P/R/F1 of both extractors against a hand-annotated gold file of IndoSum ids."""
    records = {r["id"]: r for r in json.loads(Path(gold_file).read_text(encoding="utf-8"))}
    texts = {a.id: a.text for a in load_indosum(indosum) if a.id in records}
    extractors: dict[str, Callable[[str, dict[str, Any]], list[dict[str, Any]]]] = {
        "quantities": lambda text, rec: extract_quantities(text),
        "dates": lambda text, rec: extract_dates(text, published=rec["published"]),
    }
    for key, extract in extractors.items():
        pairs = []
        for doc_id, record in records.items():
            if show:
                print(f"# {doc_id}")
            text = texts[doc_id]
            pairs.append((_locate(text, record[key]), extract(text, record)))
        _score_gold(key, pairs, show)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("indosum", nargs="?")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--gold-file", help="held-out gold JSON (needs the IndoSum path)")
    parser.add_argument("--show", action="store_true", help="list misses and false hits")
    args = parser.parse_args()
    for key, fn in (
        ("quantities", lambda r: extract_quantities(r["text"])),
        ("dates", lambda r: extract_dates(r["text"], published=r["published"])),
    ):
        p, r, f1, n = _scores(key, fn)
        print(f"fixture {key:10s} n={n:3d}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f} (exact span + value)")
    if not args.indosum:
        return
    if args.gold_file:
        score_gold_file(args.indosum, args.gold_file, show=args.show)
    texts = [a.text for a in load_indosum(args.indosum, limit=args.limit)]
    chars = sum(len(t) for t in texts)
    for name, fn2 in (
        ("quantities", lambda t: extract_quantities(t)),
        ("dates", lambda t: extract_dates(t, published="2017-06-01")),
    ):
        started = time.perf_counter()
        found = sum(len(fn2(t)) for t in texts)
        seconds = time.perf_counter() - started
        print(
            f"IndoSum {name:10s} {len(texts)} docs ({chars / 1e6:.1f} M chars): "
            f"{len(texts) / seconds:,.0f} docs/s, {found / len(texts):.1f} per doc"
        )


if __name__ == "__main__":
    main()
