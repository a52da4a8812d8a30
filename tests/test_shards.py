"""Large JSONL files are cut into line-aligned byte ranges that read back as the whole file."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from warta.execute.local import LocalExecutor
from warta.execute.runner import RunPlan, run_pipeline
from warta.execute.shards import make_shards, split_source
from warta.io.readers import ReadOptions, read_source
from warta.io.sources import Source
from warta.stages import PipelineOptions


def _jsonl(path: Path, n: int) -> Path:
    lines = []
    for i in range(n):
        if i == 7:
            lines.append("{rusak")  # a broken record keeps its line number
        elif i == 11:
            lines.append("")  # blank lines are not records
        else:
            record = {
                "text": f"Berita nomor {i}. " + "Warga kota berkumpul di alun-alun. " * (i % 5)
            }
            lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _read(source: Source) -> list[tuple[str, str, str | None]]:
    return [(d.id, d.status, d.raw) for d in read_source(source, options=ReadOptions())]


@pytest.mark.parametrize("max_bytes", [1, 50, 333, 10_000])
def test_ranges_read_back_as_the_whole_file(tmp_path: Path, max_bytes: int) -> None:
    path = _jsonl(tmp_path / "besar.jsonl", 40)
    whole = Source(str(path), "jsonl")
    parts = split_source(whole, max_bytes)
    if max_bytes < path.stat().st_size:
        assert len(parts) > 1
    assert [r for part in parts for r in _read(part)] == _read(whole)
    assert parts[0].start == 0 and parts[-1].end == -1
    for left, right in itertools.pairwise(parts):
        assert left.end == right.start


def test_compressed_jsonl_is_never_split(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "besar.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl(tmp_path / "a.jsonl", 40).read_bytes()))
    assert split_source(Source(str(path), "jsonl"), 10) == [Source(str(path), "jsonl")]


def test_sharded_run_of_one_big_file_matches_streaming(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "besar.jsonl", 60)
    assert len(make_shards([Source(str(path), "jsonl")], max_bytes=400)) > 3
    options = PipelineOptions(stages=("clean", "dedup"))
    out_a: list[dict[str, object]] = []
    out_b: list[dict[str, object]] = []

    class _Collect:
        name = "collect"
        parallel = False

        def __init__(self, out: list[dict[str, object]]) -> None:
            self.out = out

        def run(self, docs):  # type: ignore[no-untyped-def]
            for doc in docs:
                self.out.append(doc.to_dict())
                yield doc

    run_pipeline([str(path)], options=options, sink=[_Collect(out_a)])
    report = run_pipeline(
        [str(path)],
        options=options,
        sink=[_Collect(out_b)],
        executor=LocalExecutor(workers=2),
        plan=RunPlan(workdir=tmp_path / "work", shard_bytes=400),
    )
    assert report.shards > 3
    assert out_a == out_b
