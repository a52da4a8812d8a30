"""The SQLite knowledge base: schema, idempotent storage, round trips, counts, errors."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from store_records import fixture_documents, fixture_records, generated_record

from warta.document import Document
from warta.errors import ConfigError, StoreError
from warta.store import SCHEMA_VERSION, KnowledgeBase, StoreOptions


def _table_count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _indexed_count(path: Path) -> int:
    # An external-content FTS table reads counts through to `documents`; the docsize
    # shadow table holds one row per document actually in the index.
    return _table_count(path, "documents_fts_docsize")


def _fts_integrity_ok(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')")


def test_open_creates_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    with KnowledgeBase.open(path):
        pass
    with sqlite3.connect(path) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert {"documents", "removed_spans", "runs", "meta", "documents_fts"} <= names
    assert "removed_spans_reason" in names
    assert mode == "wal"
    assert version == (str(SCHEMA_VERSION),)


def test_open_creates_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "out" / "kb" / "warta.db"
    with KnowledgeBase.open(path) as kb:
        kb.add([generated_record(1)])
    assert path.is_file()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        assert kb._conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert kb._conn.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL


def test_reopen_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    with KnowledgeBase.open(path) as kb:
        kb.add(fixture_records())
    with KnowledgeBase.open(path) as kb:
        assert kb.counts()["total"] == 5


def test_add_counts_inserted(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        result = kb.add(fixture_records())
    assert result.to_dict() == {"inserted": 5, "updated": 0, "unchanged": 0}


def test_readding_same_records_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    with KnowledgeBase.open(path) as kb:
        kb.add(fixture_records())
        before = (
            _table_count(path, "documents"),
            _table_count(path, "removed_spans"),
            _indexed_count(path),
        )
        result = kb.add(fixture_records())
        after = (
            _table_count(path, "documents"),
            _table_count(path, "removed_spans"),
            _indexed_count(path),
        )
        hits = kb.search("banjir")
    assert result.to_dict() == {"inserted": 0, "updated": 0, "unchanged": 5}
    assert before == after == (5, 2, 3)
    assert [hit.id for hit in hits] == ["kompas-0001"]  # one hit, not one per add
    _fts_integrity_ok(path)


def test_duplicate_ids_in_one_batch_leave_one_row(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    first = generated_record(1, word="gempa")
    second = generated_record(1, word="tsunami")
    with KnowledgeBase.open(path) as kb:
        result = kb.add([first, second, first])
        stored = kb.get("gen-000001")
    assert result.to_dict() == {"inserted": 1, "updated": 2, "unchanged": 0}
    assert _table_count(path, "documents") == 1
    assert _indexed_count(path) == 1
    assert stored == first
    _fts_integrity_ok(path)


def test_new_content_replaces_row_spans_and_index(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    doc = fixture_documents()[0]
    with KnowledgeBase.open(path) as kb:
        kb.add([doc.to_dict(include_raw=True)])
        changed = Document(id=doc.id, raw="Gempa Guncang Cianjur\nGempa magnitudo 5,6.\nIklan")
        changed.remove_line(2, "ads")
        result = kb.add([changed.to_dict(include_raw=True)])
        spans = kb._conn.execute("SELECT reason FROM removed_spans").fetchall()
        assert kb.search("Citarum") == []
        assert [hit.id for hit in kb.search("cianjur")] == [doc.id]
        assert kb.get(doc.id) == changed.to_dict(include_raw=True)
    assert result.to_dict() == {"inserted": 0, "updated": 1, "unchanged": 0}
    assert spans == [("ads",)]
    assert _table_count(path, "documents") == 1
    _fts_integrity_ok(path)


def test_reanalysis_of_same_raw_updates_annotations(tmp_path: Path) -> None:
    # Same raw text, better extraction: the stored record must follow the new analysis.
    record = fixture_records()[1]
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add([record])
        reanalysed = {**record, "entities": [{"text": "KPU", "label": "ORG"}]}
        result = kb.add([reanalysed])
        assert kb.get(record["id"]) == reanalysed
    assert result.updated == 1


def test_kept_document_later_dropped_leaves_index(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    record = fixture_records()[1]
    with KnowledgeBase.open(path) as kb:
        kb.add([record])
        assert kb.search("debat")
        kb.add([{**record, "status": "dropped", "reason": "duplicate: of x"}])
        assert kb.search("debat") == []
        assert kb.get(record["id"])["status"] == "dropped"  # type: ignore[index]
    assert _indexed_count(path) == 0
    _fts_integrity_ok(path)


def test_get_round_trips_every_fixture_record(tmp_path: Path) -> None:
    records = fixture_records()
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add(records)
        for record in records:
            assert kb.get(record["id"]) == record


def test_get_rebuilds_an_equal_document(tmp_path: Path) -> None:
    doc = fixture_documents()[0]
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add([doc.to_dict(include_raw=True)])
        stored = kb.get(doc.id)
    assert stored is not None
    again = Document.from_dict(stored)
    assert again.text == doc.text
    assert again.removed == doc.removed
    assert again.annotations == doc.annotations


def test_get_unknown_id_is_none(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        assert kb.get("nope") is None


def test_raw_is_stored_compressed_and_optional(tmp_path: Path) -> None:
    record = generated_record(7)
    with KnowledgeBase.open(tmp_path / "a.sqlite") as kb:
        kb.add([record])
        blob = kb._conn.execute("SELECT raw FROM documents").fetchone()[0]
    assert isinstance(blob, bytes)
    assert record["raw"].encode() not in blob
    options = StoreOptions(store_raw=False)
    with KnowledgeBase.open(tmp_path / "b.sqlite", options=options) as kb:
        kb.add([record])
        stored = kb.get(record["id"])
    assert stored is not None
    assert "raw" not in stored
    assert stored == {k: v for k, v in record.items() if k != "raw"}


def test_internal_annotations_are_not_stored(tmp_path: Path) -> None:
    record = {**generated_record(3), "_minhash": [1, 2, 3]}
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add([record])
        stored = kb.get(record["id"])
    assert stored is not None
    assert "_minhash" not in stored


def test_record_without_raw_hashes_text(tmp_path: Path) -> None:
    record = {k: v for k, v in generated_record(4).items() if k != "raw"}
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        assert kb.add([record]).inserted == 1
        assert kb.add([record]).unchanged == 1
        assert kb.add([{**record, "text": "lain"}]).updated == 1


def test_record_without_id_is_store_error(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb, pytest.raises(StoreError, match="id"):
        kb.add([{"text": "tanpa id"}])


def test_unserialisable_annotation_names_the_record(tmp_path: Path) -> None:
    record: dict[str, Any] = {**generated_record(5), "vector": object()}
    with (
        KnowledgeBase.open(tmp_path / "kb.sqlite") as kb,
        pytest.raises(StoreError, match="gen-000005"),
    ):
        kb.add([record])


def test_failed_batch_is_rolled_back(tmp_path: Path) -> None:
    records = [generated_record(1), generated_record(2), {"id": "bad", "status": "weird"}]
    with KnowledgeBase.open(tmp_path / "kb.sqlite", options=StoreOptions(batch_size=10)) as kb:
        with pytest.raises(StoreError, match="status"):
            kb.add(records)
        assert kb.counts()["total"] == 0


def test_batches_commit_separately(tmp_path: Path) -> None:
    options = StoreOptions(batch_size=2)
    with KnowledgeBase.open(tmp_path / "kb.sqlite", options=options) as kb:
        result = kb.add(generated_record(n) for n in range(7))
        assert result.inserted == 7
        assert kb.counts()["total"] == 7


def test_counts_by_status_and_reason(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add(fixture_records())
        counts = kb.counts()
    assert counts == {
        "documents": {"kept": 3, "dropped": 1, "error": 1},
        "total": 5,
        "reasons": {"dropped": {"spam": 1}, "error": {"decode": 1}},
        "spans": {"boilerplate": 1, "spam": 1},
    }


def test_record_run_and_list_runs(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        first = kb.record_run({"started": "2024-01-01T00:00:00+00:00", "steps": [{"name": "x"}]})
        second = kb.record_run({"docs": 2})
        runs = kb.runs()
    assert second > first
    assert [run["id"] for run in runs] == [second, first]
    assert runs[1]["started"] == "2024-01-01T00:00:00+00:00"
    assert runs[1]["report"] == {"started": "2024-01-01T00:00:00+00:00", "steps": [{"name": "x"}]}


def test_list_documents_pages_summaries(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add(fixture_records())
        first = kb.list_documents(limit=2)
        rest = kb.list_documents(limit=10, offset=2)
        errored = kb.list_documents(status="error")
    assert [d["id"] for d in first + rest] == sorted(r["id"] for r in fixture_records())
    assert errored == [
        {
            "id": "broken-0005",
            "title": None,
            "url": None,
            "published": None,
            "language": None,
            "status": "error",
            "reason": "decode: undecodable bytes",
        }
    ]


def test_iter_records_streams_by_id_and_filters_status(tmp_path: Path) -> None:
    records = fixture_records()
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add(records)
        everything = list(kb.iter_records())
        dropped = list(kb.iter_records(status="dropped"))
        with_raw = list(kb.iter_records(include_raw=True))
    assert [r["id"] for r in everything] == sorted(r["id"] for r in records)
    assert all("raw" not in r for r in everything)
    assert [r["id"] for r in dropped] == ["spam-0004"]
    assert sorted(with_raw, key=lambda r: r["id"]) == sorted(records, key=lambda r: r["id"])


class _ListSink:
    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        self.records.append(record)


def test_export_to_sink_writes_output_records(tmp_path: Path) -> None:
    records = fixture_records()
    sink = _ListSink()
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add(records)
        assert kb.export_to(sink, status="kept") == 3
    expected = {r["id"]: {k: v for k, v in r.items() if k != "raw"} for r in records}
    assert {r["id"]: r for r in sink.records} == {
        key: value for key, value in expected.items() if value["status"] == "kept"
    }


def test_export_jsonl_file(tmp_path: Path) -> None:
    pytest.importorskip("warta.io.writers", reason="warta.io.writers not written yet")
    out = tmp_path / "out.jsonl"
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add(fixture_records())
        assert kb.export(out, fmt="jsonl") == 5
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == sorted(r["id"] for r in fixture_records())


def test_export_jsonl_to_stream(tmp_path: Path) -> None:
    pytest.importorskip("warta.io.writers", reason="warta.io.writers not written yet")
    stream = io.StringIO()
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add(fixture_records())
        assert kb.export(stream, fmt="jsonl", status="dropped") == 1
        with pytest.raises(ConfigError, match="file path"):
            kb.export(io.StringIO(), fmt="parquet")
    [line] = stream.getvalue().splitlines()
    assert json.loads(line)["id"] == "spam-0004"


def test_export_parquet_file(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    pytest.importorskip("warta.io.writers", reason="warta.io.writers not written yet")
    out = tmp_path / "out.parquet"
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add(fixture_records())
        assert kb.export(out, fmt="parquet") == 5
    table = pq.read_table(out)
    assert table.num_rows == 5
    assert sorted(table.column("id").to_pylist()) == sorted(r["id"] for r in fixture_records())


def test_optimize_keeps_search_results(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    with KnowledgeBase.open(path, options=StoreOptions(batch_size=3)) as kb:
        kb.add(generated_record(n, word="gempa") for n in range(10))
        before = [hit.id for hit in kb.search("gempa", limit=20)]
        kb.optimize()
        assert [hit.id for hit in kb.search("gempa", limit=20)] == before
    assert len(before) == 10
    _fts_integrity_ok(path)


def test_not_sqlite_file_is_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("ini bukan basis data SQLite\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match=str(path)):
        KnowledgeBase.open(path)


def test_foreign_sqlite_database_is_store_error(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE pelanggan (id INTEGER)")
    with pytest.raises(StoreError, match="not a warta knowledge base"):
        KnowledgeBase.open(path)
    with sqlite3.connect(path) as conn:  # left as it was: not switched to WAL
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert names == {"pelanggan"}


def test_newer_schema_is_store_error(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    KnowledgeBase.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION + 1,)
        )
    with pytest.raises(StoreError, match="newer"):
        KnowledgeBase.open(path)


def test_missing_file_without_create_is_store_error(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite"
    with pytest.raises(StoreError, match="no knowledge base"):
        KnowledgeBase.open(path, options=StoreOptions(create=False))
    assert not path.exists()


def test_directory_path_is_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="directory"):
        KnowledgeBase.open(tmp_path)


def test_closed_knowledge_base_raises_store_error(tmp_path: Path) -> None:
    kb = KnowledgeBase.open(tmp_path / "kb.sqlite")
    kb.close()
    with pytest.raises(StoreError, match=r"kb\.sqlite"):
        kb.get("x")


def test_invalid_batch_size_is_config_error() -> None:
    with pytest.raises(ConfigError, match="batch_size"):
        StoreOptions(batch_size=0)


def test_in_memory_database_works() -> None:
    with KnowledgeBase.open(":memory:") as kb:
        kb.add(fixture_records())
        assert kb.counts()["total"] == 5
