"""The pipeline's stages and how they become a list of steps.

clean → dedup → extract → summarize → stories.

A stage is a named, ordered group of steps. Users pick any subset (`--steps clean,dedup`);
the pipeline is always laid out in the canonical order. Whole-stream steps (deduplication,
stories) run after every shard-parallel step, so that extraction can run on workers and
grouping sees every document; no parallel step reads what a whole-stream step writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from warta.errors import ConfigError
from warta.pipeline import Pipeline, Step

STAGES: tuple[str, ...] = ("clean", "dedup", "extract", "summarize", "stories")
DEFAULT_STAGES: tuple[str, ...] = STAGES


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """Everything that decides what the pipeline does; picklable, so workers rebuild it."""

    stages: tuple[str, ...] = DEFAULT_STAGES
    keep_lang: frozenset[str] | None = None
    drop_duplicates: bool = False
    dedup_index: str | None = None
    max_doc_bytes: int = 10_000_000
    extra: dict[str, str] = field(default_factory=dict)


def parse_stages(spec: str | None) -> tuple[str, ...]:
    """Parse `--steps clean,dedup` into canonical order; unknown names are a ConfigError."""
    if spec is None or not spec.strip():
        return DEFAULT_STAGES
    names = [name.strip().lower() for name in spec.split(",") if name.strip()]
    aliases = {"summary": "summarize", "summarise": "summarize", "extraction": "extract"}
    names = [aliases.get(name, name) for name in names]
    unknown = [name for name in names if name not in STAGES]
    if unknown:
        raise ConfigError(f"unknown stage(s) {', '.join(unknown)}: choose from {', '.join(STAGES)}")
    return tuple(stage for stage in STAGES if stage in names)


def stage_steps(stage: str, options: PipelineOptions, *, parallel_only: bool = False) -> list[Step]:
    """The steps of one stage, imported lazily so a subset loads only what it needs.

    `parallel_only` builds just the shard-parallel steps, as workers need: whole-stream
    steps (which open the persistent dedup index) are built on the driver alone.
    """
    if stage == "clean":
        from warta.clean.stage import CleanOptions, clean_steps

        return clean_steps(CleanOptions(keep_lang=options.keep_lang))
    if stage == "dedup":
        from pathlib import Path

        from warta.dedup.options import DedupOptions
        from warta.dedup.stage import dedup_steps

        index = Path(options.dedup_index) if options.dedup_index else None
        dedup_options = DedupOptions(drop_duplicates=options.drop_duplicates, index_path=index)
        if parallel_only:
            from warta.dedup.signature import MinHashSignature

            return [MinHashSignature(dedup_options)]
        return dedup_steps(dedup_options)
    if stage == "stories":
        from pathlib import Path

        from warta.dedup.options import StoryOptions
        from warta.dedup.stage import story_steps

        if parallel_only:
            return []
        index = Path(options.dedup_index) if options.dedup_index else None
        return story_steps(StoryOptions(index_path=index))
    if stage == "extract":
        from warta.extract.stage import extract_steps

        return extract_steps()
    if stage == "summarize":
        from warta.extract.summary import summarize_steps

        return list(summarize_steps())
    raise ConfigError(f"unknown stage {stage!r}: choose from {', '.join(STAGES)}")


def build_steps(options: PipelineOptions, *, parallel_only: bool = False) -> list[Step]:
    """All steps of the chosen stages: shard-parallel ones first, whole-stream ones after."""
    steps = [
        step
        for stage in options.stages
        for step in stage_steps(stage, options, parallel_only=parallel_only)
    ]
    parallel = [step for step in steps if getattr(step, "parallel", True)]
    if parallel_only:
        return parallel
    rest = [step for step in steps if not getattr(step, "parallel", True)]
    return parallel + rest


def build_pipeline(options: PipelineOptions) -> Pipeline:
    return Pipeline(build_steps(options))
