"""The library functions behind the CLI and the HTTP API: no logic lives only in an edge."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.document import Document
from warta.errors import ConfigError
from warta.execute.runner import Executor, RunPlan, run_pipeline
from warta.execute.sinks import KnowledgeBaseWriter, RecordWriter
from warta.report import RunReport
from warta.stages import PipelineOptions, build_steps, parse_stages

if TYPE_CHECKING:
    from warta.store.knowledge_base import KnowledgeBase

__all__ = [
    "PipelineOptions",
    "analyze",
    "export",
    "make_executor",
    "make_options",
    "run",
    "search",
    "show",
    "workdir_for",
]


# Merging the search index is worth its cost only after a sizeable load.
_OPTIMIZE_AFTER = 5000


def make_options(
    *,
    steps: str | None = None,
    keep_lang: str | None = None,
    drop_duplicates: bool = False,
    dedup_index: str | None = None,
    max_doc_bytes: int = 10_000_000,
) -> PipelineOptions:
    """Options from the user's strings (`--steps clean,dedup`, `--keep-lang id,ms`)."""
    langs = None
    if keep_lang:
        langs = frozenset(code.strip().lower() for code in keep_lang.split(",") if code.strip())
    return PipelineOptions(
        stages=parse_stages(steps),
        keep_lang=langs,
        drop_duplicates=drop_duplicates,
        dedup_index=dedup_index,
        max_doc_bytes=max_doc_bytes,
    )


def make_executor(name: str, *, workers: int = 1, address: str | None = None) -> Executor | None:
    """`local` with one worker streams in-process (None); more workers or `ray` shard the input."""
    if name == "local":
        if workers <= 1:
            return None
        from warta.execute.local import LocalExecutor

        return LocalExecutor(workers=workers)
    if name == "ray":
        from warta.execute.ray_executor import RayExecutor

        return RayExecutor(workers=workers, address=address)
    raise ConfigError(f"unknown executor {name!r}: choose local or ray")


def analyze(
    inputs: Sequence[str],
    *,
    options: PipelineOptions | None = None,
    out: str | None = None,
    fmt: str = "jsonl",
    executor: Executor | None = None,
    on_doc: Callable[[Document], None] | None = None,
) -> RunReport:
    """Process inputs and write one output record per input document."""
    from warta.io.writers import open_writer

    options = options or PipelineOptions()
    with open_writer(out, fmt) as writer:
        return run_pipeline(
            inputs,
            options=options,
            sink=[RecordWriter(writer)],
            executor=executor,
            on_doc=on_doc,
        )


def workdir_for(db: str | Path) -> Path:
    """Shard outputs of a run into `db` live next to it, so an interrupted run can resume."""
    return Path(f"{db}.work")


def dedup_index_for(db: str | Path) -> str:
    """The persistent dedup index lives next to the database."""
    from warta.dedup.index import default_index_path

    return str(default_index_path(db))


def run(
    inputs: Sequence[str],
    *,
    db: str | Path,
    options: PipelineOptions | None = None,
    executor: Executor | None = None,
    fresh: bool = False,
    on_doc: Callable[[Document], None] | None = None,
) -> RunReport:
    """Process inputs into the knowledge base at `db`; the report is stored with the run."""
    from warta.store.knowledge_base import KnowledgeBase

    options = options or PipelineOptions()
    if options.dedup_index is None and {"dedup", "stories"} & set(options.stages):
        options = _replace(options, dedup_index=dedup_index_for(db))
    workdir = workdir_for(db)
    if fresh:
        shutil.rmtree(workdir, ignore_errors=True)
    from warta.dedup.deduplicator import Deduplicator

    steps = build_steps(options)
    with KnowledgeBase.open(db) as kb:
        report = run_pipeline(
            inputs,
            options=options,
            sink=[KnowledgeBaseWriter(kb)],
            executor=executor,
            plan=RunPlan(workdir=workdir, keep_workdir=False),
            on_doc=on_doc,
            steps=steps,
        )
        for step in steps:
            changes = step.changes if isinstance(step, Deduplicator) else None
            if changes:
                # A later copy became canonical for groups stored by earlier runs.
                report.regrouped += kb.apply_group_changes(changes)
        if "extract" in options.stages:
            # documents see only part of a name; the knowledge base sees them all
            report.entities_joined = kb.consolidate_entities()
        if report.docs_in >= _OPTIMIZE_AFTER:
            kb.optimize()
        kb.record_run(report.to_dict())
    return report


def _replace(options: PipelineOptions, **changes: Any) -> PipelineOptions:
    import dataclasses

    return dataclasses.replace(options, **changes)


def search(db: str | Path, query: str, *, limit: int = 10) -> list[dict[str, Any]]:
    """Full-text search; hits as plain dicts (id, title, url, published, snippet, rank)."""
    from dataclasses import asdict

    with _open_existing(db) as kb:
        return [asdict(hit) for hit in kb.search(query, limit=limit)]


def show(db: str | Path, doc_id: str) -> dict[str, Any] | None:
    """One stored record, or None."""

    with _open_existing(db) as kb:
        return kb.get(doc_id)


def export(
    db: str | Path, *, out: str | None, fmt: str = "jsonl", status: str | None = None
) -> int:
    """Write every stored record (optionally one status) as JSONL or Parquet; returns the count."""
    from warta.io.writers import open_writer

    count = 0
    with _open_existing(db) as kb, open_writer(out, fmt) as writer:
        for record in kb.iter_records(status=status):
            record.pop("raw", None)
            writer.write(record)
            count += 1
    return count


def _open_existing(db: str | Path) -> KnowledgeBase:
    """Readers open an existing knowledge base: a mistyped path is an error, not a new file."""
    from warta.store.knowledge_base import KnowledgeBase, StoreOptions

    return KnowledgeBase.open(db, options=StoreOptions(create=False))


def version() -> str:
    from warta import __version__

    return __version__


def stats(db: str | Path) -> dict[str, Any]:
    """Counts of documents by status and removed spans by reason, and the latest runs."""

    with _open_existing(db) as kb:
        counts = kb.counts()
        counts["runs"] = kb.runs(limit=5)
        return counts


def list_documents(
    db: str | Path, *, limit: int = 20, offset: int = 0, status: str | None = None
) -> list[dict[str, Any]]:
    """A page of stored documents (id, title, url, published, language, status, reason)."""

    with _open_existing(db) as kb:
        return kb.list_documents(limit=limit, offset=offset, status=status)


def analyze_text(
    text: str,
    *,
    options: PipelineOptions | None = None,
    doc_id: str = "text",
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> dict[str, Any]:
    """Run the pipeline over one text in memory and return its output record."""
    from warta.io.decode import clean_text
    from warta.pipeline import Pipeline
    from warta.stages import build_steps

    doc = Document(
        id=doc_id,
        raw=clean_text(text),
        source="api",
        url=url,
        title=title,
        published=published,
    )
    pipeline = Pipeline(build_steps(options or PipelineOptions()))
    (result,) = list(pipeline.run([doc]))
    return result.to_dict()


def entities(db: str | Path, *, type: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Canonical entities by mentions: name, type, mentions, documents."""
    from dataclasses import asdict

    with _open_existing(db) as kb:
        return [asdict(item) for item in kb.entities(type=type, limit=limit)]


def entity(db: str | Path, name: str) -> dict[str, Any] | None:
    """One entity by name, alias or spelling variant, with documents and mentions."""
    from dataclasses import asdict

    with _open_existing(db) as kb:
        found = kb.entity(name)
        return asdict(found) if found is not None else None


def quotes(db: str | Path, *, speaker: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Stored quotes, optionally of one speaker."""
    with _open_existing(db) as kb:
        return [row.to_dict() for row in kb.quotes(speaker=speaker, limit=limit)]


def speakers(db: str | Path, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Speakers by number of quotes."""
    with _open_existing(db) as kb:
        return [{"speaker": name, "quotes": count} for name, count in kb.speakers(limit=limit)]


def groups(db: str | Path, *, min_size: int = 2) -> list[dict[str, Any]]:
    """Syndication groups with at least `min_size` copies, largest first.

    Each: id, canonical, title (of the canonical), duplicates, size, titles (id → title).
    """
    from warta.dedup.groups import groups_from_records

    with _open_existing(db) as kb:
        records = list(kb.iter_records(status="kept"))
    titles = {str(r["id"]): r.get("title") for r in records}
    found = [g for g in groups_from_records(records) if len(g.members) >= min_size]
    found.sort(key=lambda g: (-len(g.members), g.id))
    return [
        {
            "id": g.id,
            "canonical": g.canonical,
            "title": titles.get(g.canonical),
            "duplicates": g.duplicates,
            "size": len(g.members),
            "titles": {member: titles.get(member) for member in g.members},
        }
        for g in found
    ]


def stories(db: str | Path, *, min_size: int = 1) -> list[dict[str, Any]]:
    """Developing stories, largest first: id, label, start, end, members, titles."""
    from warta.dedup.stories import stories_from_records

    with _open_existing(db) as kb:
        records = list(kb.iter_records(status="kept"))
    titles = {str(r["id"]): r.get("title") for r in records}
    display = _display_names(records)
    found = [s for s in stories_from_records(records) if len(s.members) >= min_size]
    found.sort(key=lambda s: (-len(s.members), s.start or "", s.id))
    return [
        {
            "id": s.id,
            "label": ", ".join(display.get(term, term) for term in s.label.split(", ")),
            "start": s.start,
            "end": s.end,
            "members": s.members,
            "titles": {member: titles.get(member) for member in s.members},
        }
        for s in found
    ]


def _display_names(records: list[dict[str, Any]]) -> dict[str, str]:
    """Story labels are built from case-folded terms: show entities as the articles write them."""
    names: dict[str, str] = {}
    for record in records:
        for item in record.get("entities") or []:
            name = str(item.get("canonical") or item.get("text") or "")
            names.setdefault(" ".join(name.casefold().split()), name)
    return names
