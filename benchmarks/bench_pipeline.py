"""Reader + pipeline-overhead throughput and peak memory on a generated corpus.

    python benchmarks/bench_pipeline.py --docs 10000 --docs 40000

For each size it writes a seeded corpus of Indonesian-news-like documents (JSONL, and a
directory of .txt files for the smaller size), then runs the whole `warta analyze` path
(discover → read → pipeline → JSONL writer to /dev/null) in a fresh subprocess with no
stages (pure overhead) and with the clean stage, and prints docs/s and peak RSS. Peak RSS
that stays flat as the corpus grows is what streaming means.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_WORDS = [
    "pemerintah",
    "kota",
    "warga",
    "jalan",
    "banjir",
    "presiden",
    "menteri",
    "polisi",
    "ekonomi",
    "harga",
    "pasar",
    "rupiah",
    "persen",
    "sekolah",
    "rumah",
    "sakit",
    "desa",
    "kabupaten",
    "provinsi",
    "rapat",
    "anggaran",
    "proyek",
    "pembangunan",
    "pelabuhan",
    "bandara",
    "kereta",
    "listrik",
    "air",
    "bersih",
    "petani",
    "nelayan",
    "beras",
    "cabai",
]

_CHILD = """
import json, resource, sys, time
from warta import api
from warta.stages import PipelineOptions
stages = tuple(s for s in sys.argv[2].split(",") if s)
start = time.perf_counter()
report = api.analyze([sys.argv[1]], options=PipelineOptions(stages=stages), out="/dev/null")
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"docs": report.docs_in, "kept": report.kept, "seconds": seconds, "rss_mb": rss}))
"""


# Function words at about the rate of real Indonesian news, so that language ID and the
# other cleaning steps see text shaped like the real thing.
_FUNCTION = [
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "pada",
    "itu",
    "ini",
    "akan",
    "tidak",
    "telah",
    "dalam",
    "juga",
]


def _paragraph(rng: random.Random) -> str:
    words = [
        rng.choice(_FUNCTION) if rng.random() < 0.35 else rng.choice(_WORDS)
        for _ in range(rng.randint(25, 60))
    ]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def _article(rng: random.Random, number: int) -> dict[str, str]:
    paragraphs = [_paragraph(rng) for _ in range(rng.randint(5, 12))]
    if rng.random() < 0.3:
        paragraphs.insert(rng.randint(1, len(paragraphs)), "Baca juga: " + _paragraph(rng)[:60])
    if rng.random() < 0.2:
        paragraphs.append(f"slot gacor{rng.randint(10, 99)} maxwin hari ini")
    title = " ".join(rng.choice(_WORDS) for _ in range(6)).title()
    return {
        "id": f"gen-{number:06d}",
        "title": title,
        "text": title + "\n\n" + "\n\n".join(paragraphs),
        "published": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "source": "generated",
    }


def write_corpus(root: Path, n_docs: int, *, seed: int, txt_dir: bool) -> Path:
    rng = random.Random(seed)
    path = root / f"corpus-{n_docs}.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(n_docs):
            handle.write(json.dumps(_article(rng, number), ensure_ascii=False) + "\n")
    if txt_dir:
        folder = root / f"txt-{n_docs}"
        folder.mkdir()
        rng = random.Random(seed)
        for number in range(n_docs):
            (folder / f"{number:06d}.txt").write_text(_article(rng, number)["text"], "utf-8")
    return path


def measure(target: Path, stages: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(target), stages],
        check=True,
        capture_output=True,
        text=True,
    )
    data: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, action="append", help="corpus sizes (repeatable)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--stages", default=",clean", help="comma list of stage sets; '' = none")
    args = parser.parse_args()
    sizes = args.docs or [10_000, 40_000]
    stage_sets = args.stages.split(";") if ";" in args.stages else ["", "clean"]
    print(f"{'input':<22}{'stages':<10}{'docs':>8}{'seconds':>10}{'docs/s':>10}{'peak MB':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for index, size in enumerate(sizes):
            started = time.perf_counter()
            corpus = write_corpus(root, size, seed=args.seed, txt_dir=index == 0)
            print(f"# generated {size} docs in {time.perf_counter() - started:.1f}s")
            targets = [(f"jsonl ({size})", corpus)]
            if index == 0:
                targets.append((f"txt dir ({size})", root / f"txt-{size}"))
            for label, target in targets:
                for stages in stage_sets:
                    row = measure(target, stages)
                    rate = row["docs"] / row["seconds"]
                    print(
                        f"{label:<22}{stages or '(none)':<10}{int(row['docs']):>8}"
                        f"{row['seconds']:>10.2f}{rate:>10.0f}{row['rss_mb']:>10.0f}"
                    )


if __name__ == "__main__":
    main()
