"""Quantities and dates: P/R/F1 on the frozen fixture, and speed (docs/s) on IndoSum articles.

    .venv/bin/python -m benchmarks.bench_quantities_dates \
        ../shared/data/summarization/indosum.jsonl --limit 1000
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("indosum", nargs="?")
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()
    for key, fn in (
        ("quantities", lambda r: extract_quantities(r["text"])),
        ("dates", lambda r: extract_dates(r["text"], published=r["published"])),
    ):
        p, r, f1, n = _scores(key, fn)
        print(f"fixture {key:10s} n={n:3d}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f} (exact span + value)")
    if not args.indosum:
        return
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
