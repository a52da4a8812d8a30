"""The persistent dedup index: incremental runs join existing groups and stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.dedup import (
    DedupIndex,
    Deduplicator,
    DedupOptions,
    StoryClusterer,
    StoryOptions,
    default_index_path,
)
from warta.document import Document
from warta.errors import StoreError

FIXTURE = Path(__file__).parent / "fixtures" / "dedup" / "articles.jsonl"


def _docs(*ids: str) -> list[Document]:
    records = {r["id"]: r for r in map(json.loads, FIXTURE.read_text("utf-8").splitlines())}
    return [Document.from_dict(records[doc_id]) for doc_id in ids]


def _run(index_path: Path, docs: list[Document]) -> tuple[dict[str, Document], Deduplicator]:
    with DedupIndex.open(index_path) as index:
        step = Deduplicator(DedupOptions(), index=index)
        out = {doc.id: doc for doc in step.run(docs)}
    return out, step


def test_new_copy_joins_a_group_stored_by_an_earlier_run(tmp_path: Path) -> None:
    path = default_index_path(tmp_path / "kb.sqlite")
    first, _ = _run(path, _docs("banjir-a", "gempa", "timnas"))
    second, _ = _run(path, _docs("banjir-a-spam", "banjir-b"))
    assert second["banjir-a-spam"].annotations["group"] == first["banjir-a"].annotations["group"]
    assert second["banjir-a-spam"].annotations["duplicate_of"] == "banjir-a"
    assert second["banjir-b"].annotations["group"] not in {
        doc.annotations["group"] for doc in first.values()
    }


def test_earlier_copy_arriving_later_repoints_the_stored_canonical(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite.dedup.sqlite"
    first, _ = _run(path, _docs("kpk"))
    second, step = _run(path, _docs("kpk-early"))
    group = first["kpk"].annotations["group"]
    assert second["kpk-early"].annotations["group"] == group
    assert second["kpk-early"].annotations["duplicate_of"] is None
    [change] = step.changes
    assert (change.group, change.old_canonical, change.new_canonical) == (group, "kpk", "kpk-early")
    with DedupIndex.open(path) as index:
        assert index.canonical(group) == "kpk-early"


def test_rerunning_the_same_documents_keeps_their_groups(tmp_path: Path) -> None:
    path = tmp_path / "idx.sqlite"
    first, _ = _run(path, _docs("bi-rate", "bi-rate-exact"))
    again, step = _run(path, _docs("bi-rate", "bi-rate-exact"))
    assert {k: d.annotations["group"] for k, d in again.items()} == {
        k: d.annotations["group"] for k, d in first.items()
    }
    assert again["bi-rate-exact"].annotations["duplicate_of"] == "bi-rate"
    assert step.report.groups == 0


def test_index_refuses_signatures_from_other_settings(tmp_path: Path) -> None:
    path = tmp_path / "idx.sqlite"
    _run(path, _docs("bi-rate"))
    with DedupIndex.open(path) as index, pytest.raises(StoreError):
        Deduplicator(DedupOptions(bands=32, rows=4), index=index)


def test_story_continues_across_runs(tmp_path: Path) -> None:
    path = tmp_path / "idx.sqlite"
    with DedupIndex.open(path) as index:
        first = {d.id: d for d in StoryClusterer(StoryOptions(), index=index).run(_docs("gempa"))}
    with DedupIndex.open(path) as index:
        clusterer = StoryClusterer(StoryOptions(), index=index)
        second = {d.id: d for d in clusterer.run(_docs("gempa-followup", "festival"))}
    assert second["gempa-followup"].annotations["story"] == first["gempa"].annotations["story"]
    assert second["festival"].annotations["story"] != first["gempa"].annotations["story"]
    [story] = [s for s in clusterer.stories() if s.id == first["gempa"].annotations["story"]]
    assert story.start == "2024-03-04T13:00:00+07:00"
    assert story.end == "2024-03-05T07:00:00+07:00"
