"""Stand-alone dedup command for benchmarks until `warta analyze --steps dedup` is wired.

    python -m warta.dedup.cli_bench DOCS.jsonl --out GROUPS.jsonl

Reads JSONL records, runs `dedup_steps()` and writes id, group and duplicate_of per document.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from warta.dedup.options import DedupOptions
from warta.dedup.stage import dedup_steps
from warta.document import Document
from warta.pipeline import Pipeline


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Group duplicate documents of a JSONL file.")
    parser.add_argument("input", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--index", type=Path, default=None, help="persistent dedup index")
    args = parser.parse_args(argv)
    pipeline = Pipeline(dedup_steps(DedupOptions(index_path=args.index)))
    with open(args.input, encoding="utf-8") as source, open(args.out, "w") as sink:
        docs = (Document.from_dict(json.loads(line)) for line in source if line.strip())
        for doc in pipeline.run(docs):
            row = {
                "id": doc.id,
                "group": doc.annotations.get("group"),
                "duplicate_of": doc.annotations.get("duplicate_of"),
            }
            sink.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
