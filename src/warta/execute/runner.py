"""Running a pipeline: shards on an executor, whole-stream steps and the sink on the driver.

This is the one library entry point under `warta analyze`, `warta run` and the HTTP API.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from warta.document import Document
from warta.execute.shards import (
    Shard,
    ShardResult,
    make_shards,
    read_shard_output,
    read_shard_stats,
)
from warta.io.readers import ReadOptions, read_source
from warta.io.sources import Source, discover
from warta.pipeline import Pipeline, Step
from warta.report import RunReport
from warta.stages import PipelineOptions, build_steps


class Executor(Protocol):
    name: str

    def map_shards(
        self, shards: Sequence[Shard], options: PipelineOptions, workdir: str
    ) -> list[ShardResult]: ...


@dataclass(frozen=True, slots=True)
class RunPlan:
    """Where a run keeps its shard outputs.

    `keep_workdir=False` removes them once the run has finished; an interrupted run leaves
    them, and the rerun skips every shard whose `.done` marker matches.
    """

    workdir: Path | None = None
    keep_workdir: bool = True
    shard_files: int = 64
    shard_bytes: int = 64 * 1024 * 1024


def run_pipeline(
    inputs: Sequence[str],
    *,
    options: PipelineOptions,
    sink: Sequence[Step] = (),
    executor: Executor | None = None,
    plan: RunPlan | None = None,
    on_doc: Callable[[Document], None] | None = None,
    steps: Sequence[Step] | None = None,
) -> RunReport:
    """Process `inputs` end to end and return the run report.

    Without an executor the whole pipeline streams in this process. With one, the input is
    split into file shards that the executor processes (resumably, in `plan.workdir`); the
    driver then streams the shard outputs, in shard order, through the whole-stream steps
    and the sink, so every executor gives the same output for the same input.

    `steps` (default: built from `options`) lets a caller keep handles on the step objects
    that run on the driver, to read what they found once the run is over.
    """
    plan = plan or RunPlan()
    report = RunReport()
    clock = time.perf_counter()
    try:
        built = list(steps) if steps is not None else build_steps(options)
        _run(inputs, options, built, sink, executor, plan, on_doc, report)
    finally:
        report.seconds = time.perf_counter() - clock
    return report


def _run(
    inputs: Sequence[str],
    options: PipelineOptions,
    steps: list[Step],
    sink: Sequence[Step],
    executor: Executor | None,
    plan: RunPlan,
    on_doc: Callable[[Document], None] | None,
    report: RunReport,
) -> None:
    sources = discover(inputs)
    whole_stream = [step for step in steps if not getattr(step, "parallel", True)]
    if executor is None or any(source.kind == "stdin" for source in sources):
        stream: Iterator[Document] = _read_all(sources, options)
        pipeline = Pipeline([*steps, *sink])
        _drain(pipeline.run(stream), report, on_doc)
        report.merge_steps(pipeline.stats)
        return

    shards = make_shards(sources, max_files=plan.shard_files, max_bytes=plan.shard_bytes)
    workdir = plan.workdir or Path(tempfile.mkdtemp(prefix="warta-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        results = executor.map_shards(shards, options, str(workdir))
        report.shards = len(shards)
        report.shards_skipped = sum(1 for result in results if result.skipped)
        for shard in shards:
            report.merge_steps(read_shard_stats(workdir, shard))
        driver = Pipeline([*whole_stream, *sink])
        _drain(driver.run(_shard_outputs(workdir, shards)), report, on_doc)
        report.merge_steps(driver.stats)
    finally:
        if plan.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    # Only a finished run clears its shards: an interrupted one leaves them for the rerun.
    if not plan.keep_workdir:
        shutil.rmtree(workdir, ignore_errors=True)


def _read_all(sources: Sequence[Source], options: PipelineOptions) -> Iterator[Document]:
    read_options = ReadOptions(max_doc_bytes=options.max_doc_bytes)
    for source in sources:
        yield from read_source(source, options=read_options)


def _shard_outputs(workdir: Path, shards: Sequence[Shard]) -> Iterator[Document]:
    for shard in shards:
        yield from read_shard_output(workdir, shard)


def _drain(
    docs: Iterator[Document], report: RunReport, on_doc: Callable[[Document], None] | None
) -> None:
    for doc in report.observe(docs):
        if on_doc is not None:
            on_doc(doc)
