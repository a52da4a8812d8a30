"""The Ray executor: one Ray task per file shard (pip install 'warta[ray]').

Workers write shard outputs into the work directory, which must be on storage every node
sees (a shared filesystem) when the cluster has more than one machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from warta.errors import require
from warta.execute.shards import Shard, ShardResult, process_shard
from warta.stages import PipelineOptions


class RayExecutor:
    """Maps shards onto Ray tasks; connects to `address` or starts a local Ray instance."""

    name = "ray"

    def __init__(self, *, workers: int | None = None, address: str | None = None) -> None:
        require("ray", "ray")
        self.workers = workers
        self.address = address

    def map_shards(
        self, shards: Sequence[Shard], options: PipelineOptions, workdir: str
    ) -> list[ShardResult]:
        import ray

        started_here = False
        if not ray.is_initialized():
            init_args: dict[str, Any] = {
                "include_dashboard": False,
                "log_to_driver": False,
                "configure_logging": False,
            }
            if self.address:
                init_args["address"] = self.address  # the cluster decides its resources
            else:
                # Without this, a RAY_ADDRESS left in the environment would be joined.
                init_args["address"] = "local"
                if self.workers:
                    init_args["num_cpus"] = self.workers
            ray.init(**init_args)
            started_here = True
        try:
            task = ray.remote(num_cpus=1)(process_shard)
            refs = [task.remote(shard, options, workdir) for shard in shards]
            results: list[ShardResult] = ray.get(refs)
            return results
        finally:
            if started_here:
                ray.shutdown()
