"""ROUGE-1/2/L F of warta's extractive summary vs lead-k baselines on IndoSum gold summaries.

    .venv/bin/python benchmarks/bench_summary.py ../shared/data/summarization/indosum.jsonl \
        --limit 1000 [--sweep]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.indosum import load_indosum
from warta.extract.summary import SummaryOptions, summarize
from warta.extract.tokenize import sentences

_TOKEN = re.compile(r"\w+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _f(overlap: int, cand: int, ref: int) -> float:
    if not overlap or not cand or not ref:
        return 0.0
    p, r = overlap / cand, overlap / ref
    return 2 * p * r / (p + r)


def _ngrams(tokens: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _lcs(a: list[str], b: list[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge(candidate: str, reference: str) -> tuple[float, float, float]:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 on lower-cased word tokens (no stemming)."""
    c, r = _tokens(candidate), _tokens(reference)
    scores = []
    for n in (1, 2):
        cn, rn = _ngrams(c, n), _ngrams(r, n)
        scores.append(_f(sum((cn & rn).values()), sum(cn.values()), sum(rn.values())))
    scores.append(_f(_lcs(c, r), len(c), len(r)))
    return scores[0], scores[1], scores[2]


def _lead(k: int) -> Callable[[str], str]:
    def run(text: str) -> str:
        return " ".join(text[s:e] for s, e in sentences(text)[:k])

    return run


def _ours(options: SummaryOptions) -> Callable[[str], str]:
    def run(text: str) -> str:
        return " ".join(text[s:e] for s, e in summarize(text, options=options))

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("indosum")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--sweep", action="store_true", help="also try other lead weights")
    args = parser.parse_args()
    articles = list(load_indosum(args.indosum, limit=args.limit))
    systems: dict[str, Callable[[str], str]] = {"lead-2": _lead(2), "lead-3": _lead(3)}
    systems["warta (default)"] = _ours(SummaryOptions())
    systems["warta k=2"] = _ours(SummaryOptions(sentences=2))
    if args.sweep:
        for weight in (0.0, 0.3, 0.5, 0.7, 0.8, 0.9):
            systems[f"warta w={weight}"] = _ours(SummaryOptions(lead_weight=weight))
    print(f"{len(articles)} IndoSum articles; ROUGE F1 vs gold abstractive-ish summaries")
    for name, system in systems.items():
        started = time.perf_counter()
        outputs = [system(a.text) for a in articles]
        seconds = time.perf_counter() - started
        triples = [rouge(o, a.summary) for o, a in zip(outputs, articles, strict=True)]
        r1, r2, rl = (statistics.fmean(t[i] for t in triples) for i in range(3))
        rate = len(articles) / seconds if seconds else float("inf")
        print(f"{name:18s} R1 {r1:.4f}  R2 {r2:.4f}  RL {rl:.4f}  {rate:8.0f} docs/s")


if __name__ == "__main__":
    main()
