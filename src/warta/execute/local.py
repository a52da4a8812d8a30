"""The local executor: shards run in this process or in a pool of worker processes."""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from warta.execute.shards import Shard, ShardResult, process_shard
from warta.stages import PipelineOptions


class LocalExecutor:
    """Runs `process_shard` for every shard; `workers=1` stays in-process (no pickling)."""

    name = "local"

    def __init__(self, *, workers: int = 1) -> None:
        self.workers = max(1, workers)

    def map_shards(
        self, shards: Sequence[Shard], options: PipelineOptions, workdir: str
    ) -> list[ShardResult]:
        if self.workers == 1 or len(shards) <= 1:
            return [process_shard(shard, options, workdir) for shard in shards]
        # spawn: forked children would inherit the parent's threads and open handles.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=context) as pool:
            futures = [pool.submit(process_shard, shard, options, workdir) for shard in shards]
            return [future.result() for future in futures]
