"""Benchmark the SQLite knowledge base: insert rate, idempotent re-add, search latency, size.

    python benchmarks/bench_store.py [--docs 20000] [--db PATH]

Records are generated (seeded) news-like articles over a Zipf-distributed vocabulary,
with removed spans and annotations. Baselines measured in the same run: a LIKE scan of
the same table instead of the FTS5 index, and one transaction per record, not batches.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from warta.document import Document
from warta.store import KnowledgeBase, StoreOptions

_SYLLABLES = tuple(
    f"{consonant}{vowel}" for consonant in ("", *"bdgjklmnprstw", "ng") for vowel in "aeiu"
)
_PLACES = ("Jakarta", "Bandung", "Surabaya", "Medan", "Makassar", "Semarang", "Yogyakarta")
_VOCABULARY_SIZE = 20_000


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Made-up words with Zipf frequencies (rank ** -1), as word counts in real news have."""
    words: set[str] = set()
    while len(words) < _VOCABULARY_SIZE:
        words.add("".join(rng.choices(_SYLLABLES, k=rng.randint(2, 4))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    cumulative: list[float] = []
    total = 0.0
    for rank in range(1, len(ordered) + 1):
        total += 1 / rank
        cumulative.append(total)
    return ordered, cumulative


def _record(
    rng: random.Random, number: int, vocabulary: tuple[list[str], list[float]]
) -> dict[str, Any]:
    words, cumulative = vocabulary
    place = rng.choice(_PLACES)
    title = " ".join(rng.choices(words, cum_weights=cumulative, k=6)).capitalize() + f" {place}"
    paragraphs = [
        " ".join(rng.choices(words, cum_weights=cumulative, k=rng.randint(30, 60))).capitalize()
        + "."
        for _ in range(rng.randint(4, 9))
    ]
    raw = "\n".join([title, f"{place.upper()} - " + paragraphs[0], *paragraphs[1:], "Baca juga: x"])
    doc = Document(
        id=f"bench-{number:07d}",
        raw=raw,
        source="bench.example",
        url=f"https://bench.example/{number}",
        title=title,
        published=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        language="id",
        annotations={
            "entities": [{"text": place, "label": "LOC", "start": 0, "end": len(place)}],
            "group": f"g-{number // 7}",
        },
    )
    doc.remove_line(len(doc.lines) - 1, "boilerplate: baca juga")
    if number % 20 == 0:
        doc.drop("spam: generated")
    return doc.to_dict(include_raw=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--db", type=Path, default=None, help="database file (default: a temp dir)")
    args = parser.parse_args()
    rng = random.Random(13)
    vocabulary = _vocabulary(rng)
    records = [_record(rng, n, vocabulary) for n in range(args.docs)]
    workdir = Path(tempfile.mkdtemp(prefix="warta-bench-"))
    path = args.db or workdir / "kb.sqlite"

    with KnowledgeBase.open(path) as kb:
        started, cpu = time.perf_counter(), time.process_time()
        result = kb.add(records)
        insert_s = time.perf_counter() - started
        insert_cpu = time.process_time() - cpu
        started = time.perf_counter()
        again = kb.add(records)
        readd_s = time.perf_counter() - started
        # Two topical words per query (frequency ranks 20-2000), not stop-word-like ones.
        queries = [" ".join(rng.sample(vocabulary[0][20:2000], 2)) for _ in range(100)]
        latencies = []
        for query in queries:
            started = time.perf_counter()
            kb.search(query, limit=10)
            latencies.append(time.perf_counter() - started)
        like_latencies = []
        for query in queries[:20]:
            first, second = query.split()
            started = time.perf_counter()
            kb._conn.execute(
                "SELECT id FROM documents WHERE status = 'kept' AND (title LIKE ? OR text LIKE ?)"
                " AND (title LIKE ? OR text LIKE ?) LIMIT 10",
                (f"%{first}%", f"%{first}%", f"%{second}%", f"%{second}%"),
            ).fetchall()
            like_latencies.append(time.perf_counter() - started)
        started = time.perf_counter()
        kb.optimize()
        optimize_s = time.perf_counter() - started
        optimized = []
        for query in queries:
            started = time.perf_counter()
            kb.search(query, limit=10)
            optimized.append(time.perf_counter() - started)
        kb._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size

    subset = records[:2000]
    single = StoreOptions(batch_size=1)
    with KnowledgeBase.open(workdir / "single.sqlite", options=single) as kb:
        started = time.perf_counter()
        kb.add(subset)
        single_s = time.perf_counter() - started

    text_mb = sum(len(r["raw"].encode()) + len(r["text"].encode()) for r in records) / 1e6
    search_ms = statistics.median(latencies) * 1000
    like_ms = statistics.median(like_latencies) * 1000
    batched_rate = len(records) / insert_s
    single_rate = len(subset) / single_s
    print(f"records:               {len(records)} ({text_mb:.1f} MB raw+text)")
    print(f"insert:                {insert_s:.2f} s, {batched_rate:,.0f} records/s ({result})")
    print(f"  CPU time {insert_cpu:.2f} s: {len(records) / insert_cpu:,.0f} records per CPU second")
    print(f"re-add (idempotent):   {readd_s:.2f} s ({again})")
    print(f"search median:         {search_ms:.2f} ms over {len(latencies)} two-word queries")
    optimized_ms = statistics.median(optimized) * 1000
    print(f"after optimize():      {optimized_ms:.2f} ms median (optimize took {optimize_s:.2f} s)")
    print(f"LIKE scan median:      {like_ms:.2f} ms for the first 10 matches, unranked")
    print(f"  FTS5 (ranked) is {like_ms / search_ms:.1f}x faster")
    print(f"one commit per record: {single_rate:,.0f} records/s on {len(subset)} records")
    print(f"  batching is {batched_rate / single_rate:.1f}x faster")
    print(f"database size:         {size / 1e6:.1f} MB ({size / len(records) / 1e3:.1f} kB/record)")


if __name__ == "__main__":
    main()
