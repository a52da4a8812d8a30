"""Entity tables on a real SQLite file: idempotent storing, listing, aliases and lookup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from warta.store.entities import add_document_entities, ensure_schema, get_entity, list_entities


def _mention(text: str, label: str, start: int, canonical: str | None = None) -> dict[str, object]:
    return {
        "text": text,
        "label": label,
        "start": start,
        "end": start + len(text),
        "canonical": canonical or text,
    }


def _db(tmp_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "kb.db")
    ensure_schema(conn)
    ensure_schema(conn)  # idempotent
    return conn


def test_storing_a_document_twice_replaces_its_mentions(tmp_path: Path) -> None:
    conn = _db(tmp_path)
    ents = [_mention("Vladimir Putin", "PER", 0), _mention("Putin", "PER", 40, "Vladimir Putin")]
    add_document_entities(conn, "d1", ents)
    add_document_entities(conn, "d1", ents)
    conn.commit()
    [summary] = list_entities(conn)
    assert (summary.name, summary.type, summary.mentions, summary.documents) == (
        "Vladimir Putin",
        "PER",
        2,
        1,
    )


def test_aliases_and_spelling_variants_are_one_entity(tmp_path: Path) -> None:
    conn = _db(tmp_path)
    add_document_entities(conn, "d1", [_mention("Kiev", "LOC", 0), _mention("Zelenskiy", "PER", 9)])
    add_document_entities(conn, "d2", [_mention("Kyiv", "LOC", 3), _mention("Zelensky", "PER", 20)])
    add_document_entities(conn, "d3", [_mention("AS", "LOC", 0, "Amerika Serikat")])
    add_document_entities(conn, "d4", [_mention("Amerika Serikat", "LOC", 0)])
    conn.commit()
    kyiv = get_entity(conn, "Kiev")
    assert kyiv is not None and kyiv.name == "Kyiv" and kyiv.type == "LOC"
    assert [d.doc_id for d in kyiv.documents] == ["d1", "d2"]
    zel = get_entity(conn, "Zelenskyy")
    assert zel is not None and len(zel.mentions) == 2
    us = get_entity(conn, "AS")
    assert us is not None and us.name == "Amerika Serikat" and len(us.documents) == 2
    assert "AS" in us.aliases


def test_bare_surname_joins_the_known_full_name_across_documents(tmp_path: Path) -> None:
    conn = _db(tmp_path)
    add_document_entities(conn, "d1", [_mention("Emmanuel Macron", "PER", 0)])
    add_document_entities(conn, "d2", [_mention("Macron", "PER", 5)])
    conn.commit()
    people = list_entities(conn, type="PER")
    assert [(p.name, p.mentions, p.documents) for p in people] == [("Emmanuel Macron", 2, 2)]


def test_list_filters_by_type_and_unknown_entity_is_none(tmp_path: Path) -> None:
    conn = _db(tmp_path)
    add_document_entities(
        conn,
        "d1",
        [_mention("NATO", "ORG", 0), _mention("Rusia", "LOC", 10), _mention("Rusia", "LOC", 30)],
    )
    conn.commit()
    assert [e.name for e in list_entities(conn, type="LOC")] == ["Rusia"]
    assert [e.name for e in list_entities(conn)] == ["Rusia", "NATO"]
    assert get_entity(conn, "Atlantis") is None


def test_role_is_kept_with_the_mention(tmp_path: Path) -> None:
    conn = _db(tmp_path)
    ent = _mention("Emmanuel Macron", "PER", 17)
    ent["role"] = "Presiden Prancis"
    add_document_entities(conn, "d1", [ent])
    conn.commit()
    detail = get_entity(conn, "emmanuel macron")
    assert detail is not None and detail.mentions[0].role == "Presiden Prancis"
