"""Dedup quality and speed: warta vs datasketch MinHashLSH, rensa and exact hashing, same run.

    python -m benchmarks.bench_dedup --dev /tmp/dedup-dev/main.jsonl \
        --scale /tmp/dedup-dev/scale.jsonl

Quality: pair precision/recall/F1 against the `gold` clusters of build_dedup_devset.py.
Speed: each method runs as a whole command in a subprocess (start-up, reading and writing
included) on the scale set; wall time and peak memory (maxrss) are reported per command.
Run one baseline alone: `python -m benchmarks.bench_dedup --baseline datasketch --threshold 0.5
--input FILE --out OUT`.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from warta.dedup.groups import UnionFind
from warta.dedup.normalize import normalize

NUM_PERM = 128
K = 5


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _shingles(text: str) -> set[str]:
    words = normalize(text).split()
    if len(words) < K:
        return {" ".join(words)}
    return {" ".join(words[i : i + K]) for i in range(len(words) - K + 1)}


def run_baseline(method: str, threshold: float, source: Path, out: Path) -> None:
    records = [json.loads(line) for line in _lines(source)]
    ids = [str(r["id"]) for r in records]
    links = UnionFind()
    for row in range(len(ids)):
        links.find(row)
    if method == "exact":
        first: dict[str, int] = {}
        for row, record in enumerate(records):
            flat = " ".join(normalize(record["text"]).split()).encode("utf-8")
            key = hashlib.blake2b(flat, digest_size=16).hexdigest()
            links.union(first.setdefault(key, row), row)
    elif method == "datasketch":
        from datasketch import MinHash, MinHashLSH

        lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        for row, record in enumerate(records):
            sig = MinHash(num_perm=NUM_PERM)
            sig.update_batch([s.encode("utf-8") for s in _shingles(record["text"])])
            for other in lsh.query(sig):
                links.union(other, row)
            lsh.insert(row, sig)
    elif method == "rensa":
        from rensa import RMinHash, RMinHashLSH

        # rensa needs bands dividing num_perm: take the one whose S-curve midpoint
        # (1/b)^(1/r) is closest to the threshold (0.5 -> 32 × 4, 0.8 -> 16 × 8).
        bands = min((8, 16, 32, 64), key=lambda b: abs((1 / b) ** (b / NUM_PERM) - threshold))
        lsh = RMinHashLSH(threshold, NUM_PERM, bands)
        sigs = []
        for row, record in enumerate(records):
            sig = RMinHash(NUM_PERM, 42)
            sig.update(list(_shingles(record["text"])))
            sigs.append(sig)
            for other in lsh.query(sig):
                if sig.jaccard(sigs[other]) >= threshold:  # rensa's documented usage
                    links.union(other, row)
            lsh.insert(row, sig)
    else:
        raise SystemExit(f"unknown baseline {method}")
    with open(out, "w", encoding="utf-8") as sink:
        for row, doc_id in enumerate(ids):
            sink.write(json.dumps({"id": doc_id, "group": str(links.find(row))}) + "\n")


def pair_scores(gold_path: Path, pred_path: Path) -> tuple[float, float, float]:
    gold = {r["id"]: r["gold"] for r in map(json.loads, _lines(gold_path))}
    pred = {r["id"]: r["group"] for r in map(json.loads, _lines(pred_path))}

    def pairs(mapping: dict[str, str]) -> set[tuple[str, str]]:
        clusters: dict[str, list[str]] = defaultdict(list)
        for doc_id, cluster in mapping.items():
            clusters[cluster].append(doc_id)
        return {
            (a, b) if a < b else (b, a)
            for members in clusters.values()
            for a, b in itertools.combinations(members, 2)
        }

    truth, found = pairs(gold), pairs(pred)
    hits = len(truth & found)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _measure(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak resident memory (MiB) of a command.

    CPU seconds are the fairer figure on a shared machine, where wall time includes waiting.
    The command runs under a small launcher process: a child forked straight from this
    (large) process would inherit its peak memory figure.
    """
    launcher = (
        "import os, subprocess, sys, json; p = subprocess.Popen(sys.argv[1:]); "
        "_, st, ru = os.wait4(p.pid, 0); "
        "print(json.dumps([st, ru.ru_utime + ru.ru_stime, ru.ru_maxrss]))"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", launcher, *command], capture_output=True, text=True, check=True
    )
    wall = time.perf_counter() - started
    status, cpu, maxrss = json.loads(done.stdout.strip().splitlines()[-1])
    if status != 0:
        raise SystemExit(f"command failed ({status}): {' '.join(command)}\n{done.stderr}")
    return wall, cpu, maxrss / 1024


def _commands(source: Path, out: Path) -> dict[str, list[str]]:
    py = sys.executable
    base = [py, "-m", "benchmarks.bench_dedup", "--input", str(source), "--out", str(out)]
    return {
        # The real command a user runs, start-up, reading and record writing included.
        "warta": [
            py,
            "-m",
            "warta.cli",
            "analyze",
            str(source),
            "--steps",
            "dedup",
            "--out",
            str(out),
        ],
        "exact": [*base, "--baseline", "exact"],
        "datasketch@0.5": [*base, "--baseline", "datasketch", "--threshold", "0.5"],
        "datasketch@0.8": [*base, "--baseline", "datasketch", "--threshold", "0.8"],
        "rensa@0.5": [*base, "--baseline", "rensa", "--threshold", "0.5"],
        "rensa@0.8": [*base, "--baseline", "rensa", "--threshold", "0.8"],
    }


def compare(source: Path, label: str, methods: list[str] | None = None) -> dict[str, float]:
    print(f"\n{label}: {source} ({len(_lines(source))} docs)")
    print(f"{'method':16} {'P':>7} {'R':>7} {'F1':>7} {'wall s':>8} {'cpu s':>8} {'MiB':>7}")
    cpus: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "groups.jsonl"
        for name, command in _commands(source, out).items():
            if methods and name not in methods:
                continue
            wall, cpu, rss = _measure(command)
            precision, recall, f1 = pair_scores(source, out)
            cpus[name] = cpu
            print(
                f"{name:16} {precision:7.4f} {recall:7.4f} {f1:7.4f} {wall:8.2f} {cpu:8.2f} "
                f"{rss:7.0f}",
                flush=True,
            )
    for name in ("datasketch@0.5", "datasketch@0.8", "rensa@0.5", "rensa@0.8"):
        if name in cpus and "warta" in cpus:
            print(f"warta vs {name}: {cpus[name] / cpus['warta']:.2f}x less CPU time")
    return cpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, help="main.jsonl of build_dedup_devset")
    parser.add_argument("--scale", type=Path, help="scale.jsonl of build_dedup_devset")
    parser.add_argument("--baseline", choices=["exact", "datasketch", "rensa"])
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--methods", nargs="*", help="subset, e.g. warta rensa@0.5")
    parser.add_argument("--input", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.baseline:
        run_baseline(args.baseline, args.threshold, args.input, args.out)
        return
    if args.dev:
        compare(args.dev, "quality (dev set)", args.methods)
    if args.scale:
        compare(args.scale, "scale", args.methods)


if __name__ == "__main__":
    main()
