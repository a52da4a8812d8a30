"""Boilerplate filter figures: recall and content loss on the held-out real-site set, and every
line it removes from real IndoSum articles (to check by eye that each one is furniture).

    python -m benchmarks.bench_boilerplate heldout [tests/fixtures/boilerplate/heldout.jsonl]
    python -m benchmarks.bench_boilerplate indosum ../shared/data/summarization/indosum.jsonl \
        --limit 300
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.indosum import load_indosum
from warta.clean.boilerplate import BoilerplateFilter
from warta.clean.normalize import LineNormalizer
from warta.document import Document
from warta.pipeline import Pipeline

HELDOUT = Path(__file__).parents[1] / "tests" / "fixtures" / "boilerplate" / "heldout.jsonl"


def _pipeline() -> Pipeline:
    return Pipeline([LineNormalizer(), BoilerplateFilter()])


def heldout(path: Path, *, verbose: bool) -> None:
    """Boilerplate recall and content-line loss on the labelled held-out articles."""
    docs: list[Document] = []
    labels: list[list[tuple[int, str]]] = []
    for row in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(row)
        joiner = article["joiner"]
        step = joiner.count("\n")
        docs.append(Document(id=article["id"], raw=joiner.join(t for _, t in article["lines"])))
        labels.append([(i * step, label) for i, (label, _) in enumerate(article["lines"])])
    start = time.perf_counter()
    out = list(_pipeline().run(docs))
    seconds = time.perf_counter() - start
    counts: Counter[str] = Counter()
    for doc, doc_labels in zip(out, labels, strict=True):
        removed = {span.line: span.reason for span in doc.removed if span.start == 0}
        for line, label in doc_labels:
            hit = line in removed
            counts[f"{label}:{'removed' if hit else 'kept'}"] += 1
            wrong = hit != (label == "boilerplate")
            if verbose and wrong:
                print(f"  MISS {doc.id} [{label}] {removed.get(line, '')!r}: {doc.lines[line]!r}")
    bp = counts["boilerplate:removed"] + counts["boilerplate:kept"]
    content = counts["content:removed"] + counts["content:kept"]
    print(f"held-out: {len(docs)} articles, {bp} boilerplate lines, {content} content lines")
    print(f"boilerplate recall: {counts['boilerplate:removed'] / bp:.3f}")
    print(
        f"content loss:       {counts['content:removed'] / content:.4f}"
        f" ({counts['content:removed']} lines)"
    )
    print(f"docs/s:             {len(docs) / max(seconds, 1e-9):,.0f}")


def indosum(path: Path, *, limit: int) -> None:
    """Every line removed from real articles (which carry no furniture after IndoSum's cleaning
    except what the sites left in): each printed line should be furniture."""
    articles = list(load_indosum(path, limit=limit))
    docs = [Document(id=a.id, raw=a.text, source=a.source) for a in articles]
    start = time.perf_counter()
    out = list(_pipeline().run(docs))
    seconds = time.perf_counter() - start
    lines = sum(1 for d in out for line in d.lines if line.strip())
    removed = [(d.id, s.reason, s.text) for d in out for s in d.removed]
    for doc_id, reason, text in removed:
        print(f"{doc_id}\t{reason}\t{text}")
    print(f"indosum: {len(docs)} articles, {lines} lines, {len(removed)} spans removed")
    print(f"by reason: {dict(Counter(r for _, r, _ in removed))}")
    print(f"docs/s: {len(docs) / max(seconds, 1e-9):,.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    held = sub.add_parser("heldout")
    held.add_argument("path", nargs="?", type=Path, default=HELDOUT)
    held.add_argument("--quiet", action="store_true", help="do not list the mistakes")
    indo = sub.add_parser("indosum")
    indo.add_argument("path", type=Path)
    indo.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()
    if args.cmd == "heldout":
        heldout(args.path, verbose=not args.quiet)
    else:
        indosum(args.path, limit=args.limit)


if __name__ == "__main__":
    main()
