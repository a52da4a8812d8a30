"""Entity tables fed by KnowledgeBase.add: kept in step with re-adds, drops and odd annotations."""

from __future__ import annotations

from pathlib import Path

from store_records import fixture_records, generated_record

from warta.store import EntityTables, KnowledgeBase, QuoteTables, StoreOptions


def _mentions(kb: KnowledgeBase) -> int:
    return int(kb._conn.execute("SELECT count(*) FROM entity_mentions").fetchone()[0])


def test_added_records_feed_entity_tables(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add(fixture_records())
        [summary] = kb.entities()
        detail = kb.entity("sungai citarum")
    assert (summary.name, summary.type, summary.mentions, summary.documents) == (
        "Sungai Citarum",
        "LOC",
        1,
        1,
    )
    assert detail is not None
    assert [m.doc_id for m in detail.mentions] == ["kompas-0001"]


def test_readding_does_not_duplicate_mentions(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add(fixture_records())
        kb.add(fixture_records())
        record = fixture_records()[0]
        kb.add([{**record, "summary": "ringkasan baru"}])  # updated row, same entities
        assert _mentions(kb) == 1


def test_dropped_document_loses_its_mentions(tmp_path: Path) -> None:
    record = fixture_records()[0]
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add([record])
        kb.add([{**record, "status": "dropped", "reason": "duplicate: of x"}])
        assert _mentions(kb) == 0
        assert kb.entities() == []


def test_incomplete_mentions_are_skipped_not_fatal(tmp_path: Path) -> None:
    record = {
        **fixture_records()[1],
        "entities": [
            {"text": "KPU", "label": "ORG"},
            {"text": "KPU", "label": "ORG", "start": "x", "end": 3},
            "not a mention",
            {"text": "Jakarta", "label": "LOC", "start": 10, "end": 17},
        ],
    }
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        assert kb.add([record]).inserted == 1
        assert [e.name for e in kb.entities()] == ["Jakarta"]


def test_store_without_extra_tables(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite", options=StoreOptions(tables=())) as kb:
        kb.add(fixture_records())
        names = {r[0] for r in kb._conn.execute("SELECT name FROM sqlite_master")}
    assert "entity_mentions" not in names


def test_quote_tables_keep_the_batch_transaction(tmp_path: Path) -> None:
    record = {
        **fixture_records()[0],
        "quotes": [
            {"text": "Kami sudah mengevakuasi warga", "kind": "direct", "start": 5, "end": 33}
        ],
    }
    options = StoreOptions(tables=(EntityTables(), QuoteTables()))
    with KnowledgeBase.open(tmp_path / "kb.sqlite", options=options) as kb:
        assert kb.add([record, generated_record(1)]).inserted == 2
        count = kb._conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    assert count == 1
