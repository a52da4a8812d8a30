"""Local and Ray executors: same output for the same input, resumable shards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta import api
from warta.execute.local import LocalExecutor
from warta.execute.runner import RunPlan, run_pipeline
from warta.execute.shards import make_shards, process_shard, shard_paths
from warta.io.sources import discover
from warta.stages import PipelineOptions


def _analyze(samples: Path, out: Path, executor: object | None) -> list[dict[str, object]]:
    api.analyze([str(samples)], out=str(out), executor=executor)  # type: ignore[arg-type]
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_sharded_local_run_matches_in_process_run(samples_dir: Path, tmp_path: Path) -> None:
    streamed = _analyze(samples_dir, tmp_path / "a.jsonl", None)
    sharded_run = run_pipeline(
        [str(samples_dir)],
        options=PipelineOptions(),
        executor=LocalExecutor(workers=2),
        plan=RunPlan(workdir=tmp_path / "work", shard_files=3),
    )
    assert sharded_run.shards > 1
    sharded = _analyze(samples_dir, tmp_path / "b.jsonl", LocalExecutor(workers=2))
    assert streamed == sharded
    assert len(streamed) == sharded_run.docs_in


def test_rerun_after_interruption_skips_finished_shards(samples_dir: Path, tmp_path: Path) -> None:
    options = PipelineOptions(stages=("clean",))
    shards = make_shards(discover([str(samples_dir)]), max_files=2)
    assert len(shards) >= 3
    workdir = tmp_path / "work"
    workdir.mkdir()
    # An "interrupted" run: only the first two shards finished and left their markers,
    # the third died half-way and left a partial temporary file but no marker.
    for shard in shards[:2]:
        assert not process_shard(shard, options, str(workdir)).skipped
    out, _, marker = shard_paths(workdir, shards[2])
    out.with_suffix(".jsonl.tmp").write_text('{"partial": ', encoding="utf-8")
    assert not marker.exists()

    report = run_pipeline(
        [str(samples_dir)],
        options=options,
        executor=LocalExecutor(workers=1),
        plan=RunPlan(workdir=workdir, shard_files=2),
    )
    assert report.shards == len(shards)
    assert report.shards_skipped == 2
    fresh = run_pipeline([str(samples_dir)], options=options)
    assert report.docs_in == fresh.docs_in
    assert report.kept == fresh.kept
    assert report.removed == fresh.removed


def test_changed_options_invalidate_finished_shards(samples_dir: Path, tmp_path: Path) -> None:
    shards = make_shards(discover([str(samples_dir)]), max_files=100)
    workdir = tmp_path / "work"
    workdir.mkdir()
    process_shard(shards[0], PipelineOptions(stages=("clean",)), str(workdir))
    again = process_shard(shards[0], PipelineOptions(stages=("clean", "extract")), str(workdir))
    assert not again.skipped


def test_run_into_knowledge_base_is_idempotent(samples_dir: Path, tmp_path: Path) -> None:
    from warta.store.knowledge_base import KnowledgeBase

    db = tmp_path / "warta.db"
    first = api.run([str(samples_dir)], db=db, options=PipelineOptions(stages=("clean",)))
    with KnowledgeBase.open(db) as kb:
        before = kb.counts()
    second = api.run([str(samples_dir)], db=db, options=PipelineOptions(stages=("clean",)))
    with KnowledgeBase.open(db) as kb:
        after = kb.counts()
    assert first.docs_in == second.docs_in
    assert before == after
    assert not api.workdir_for(db).exists(), "a finished run clears its shard directory"


@pytest.mark.slow
def test_ray_executor_matches_local_on_a_real_local_ray(samples_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("ray")
    from warta.execute.ray_executor import RayExecutor

    local = _analyze(samples_dir, tmp_path / "local.jsonl", LocalExecutor(workers=1))
    on_ray = _analyze(samples_dir, tmp_path / "ray.jsonl", RayExecutor(workers=2))
    assert local == on_ray
    assert any(record["removed"] for record in on_ray)
