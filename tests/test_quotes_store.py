"""Quotes in a real SQLite file: idempotent per document, found by speaker name or alias."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from warta.errors import InputError
from warta.extract.quotes import extract_quotes
from warta.store.quotes import add_document_quotes, ensure_schema, list_quotes, speakers

TEXT = (
    "Ketua MPR Bambang Soesatyo (Bamsoet) meminta partai menahan diri.\n\n"
    '"Perbedaan pilihan itu biasa," ujar Bamsoet.\n\n'
    '"Kami juga meminta aparat bersikap netral," katanya.\n\n'
    "“Dan saat ini, Rusia bergerak maju,” kata Jen Psaki, sekretaris pers AS."
)


@pytest.fixture()
def conn(tmp_path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(tmp_path / "kb.sqlite")
    ensure_schema(connection)
    ensure_schema(connection)  # twice is harmless
    return connection


def test_add_is_idempotent_per_document(conn: sqlite3.Connection) -> None:
    quotes = extract_quotes(TEXT)
    # the request ("meminta partai menahan diri") is reported speech too
    assert add_document_quotes(conn, "doc-1", quotes) == len(quotes) == 4
    add_document_quotes(conn, "doc-1", quotes)
    assert len(list_quotes(conn)) == 4
    add_document_quotes(conn, "doc-1", quotes[:1])
    assert len(list_quotes(conn)) == 1


def test_speaker_search_by_partial_name_and_alias(conn: sqlite3.Connection) -> None:
    add_document_quotes(conn, "doc-1", extract_quotes(TEXT))
    assert [q.speaker for q in list_quotes(conn, speaker="psaki")] == ["Jen Psaki"]
    assert [q.role for q in list_quotes(conn, speaker="Jen Psaki")] == ["sekretaris pers AS"]
    assert len(list_quotes(conn, speaker="Bamsoet")) == 1  # the form used at the attribution
    assert len(list_quotes(conn, speaker="soesatyo")) == 3
    assert list_quotes(conn, speaker="Psak") == []  # whole words only
    assert list_quotes(conn, speaker="100%") == []


def test_speakers_counts(conn: sqlite3.Connection) -> None:
    add_document_quotes(conn, "doc-1", extract_quotes(TEXT))
    add_document_quotes(conn, "doc-2", extract_quotes(TEXT))
    assert speakers(conn) == [("Bambang Soesatyo", 6), ("Jen Psaki", 2)]


def test_malformed_quote_is_an_input_error(conn: sqlite3.Connection) -> None:
    with pytest.raises(InputError, match="doc-9"):
        add_document_quotes(conn, "doc-9", [{"text": "x"}])
    with pytest.raises(InputError):
        list_quotes(conn, limit=0)


def test_add_leaves_the_callers_transaction_open(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    conn = sqlite3.connect(path)
    ensure_schema(conn)
    conn.commit()
    conn.execute("BEGIN")
    add_document_quotes(conn, "doc-1", extract_quotes(TEXT))
    assert conn.in_transaction  # the store commits its whole batch itself
    conn.rollback()
    assert list_quotes(conn) == []
    add_document_quotes(conn, "doc-1", extract_quotes(TEXT))
    conn.commit()
    assert len(list_quotes(sqlite3.connect(path))) == 4


def _said(speaker: str, start: int) -> dict[str, object]:
    return {"text": "Kami siap.", "kind": "direct", "speaker": speaker, "start": start,
            "end": start + 10}  # fmt: skip


def test_every_name_of_one_person_finds_and_counts_their_quotes(
    conn: sqlite3.Connection,
) -> None:
    from warta.store.entities import add_document_entities, consolidate_entities
    from warta.store.entities import ensure_schema as ensure_entities

    ensure_entities(conn)

    def person(doc: str, name: str, times: int) -> None:
        mention = {"text": name, "label": "PER", "start": 0, "end": len(name), "canonical": name}
        add_document_entities(conn, doc, [mention] * times)

    person("d1", "Anies Baswedan", 3)
    person("d2", "Anies Rasyid Baswedan", 1)  # joined into "Anies Baswedan"
    person("d3", "Agus Widodo", 2)
    person("d4", "Joko Widodo", 2)
    assert consolidate_entities(conn) == 1
    add_document_quotes(conn, "d1", [_said("Anies Baswedan", 0), _said("Anies Baswedan", 20)])
    add_document_quotes(conn, "d2", [_said("Anies Rasyid Baswedan", 0)])
    add_document_quotes(conn, "d3", [_said("Agus Widodo", 0)])
    add_document_quotes(conn, "d4", [_said("Joko Widodo", 0), _said("seorang warga", 30)])
    found = {q.speaker for q in list_quotes(conn, speaker="Anies Baswedan")}
    assert found == {"Anies Baswedan", "Anies Rasyid Baswedan"}
    # a surname two people share finds both by the word, and no one else
    assert {q.speaker for q in list_quotes(conn, speaker="Widodo")} == {
        "Agus Widodo",
        "Joko Widodo",
    }
    assert speakers(conn) == [
        ("Anies Baswedan", 3),
        ("Agus Widodo", 1),
        ("Joko Widodo", 1),
        ("seorang warga", 1),
    ]
    assert speakers(conn, limit=1) == [("Anies Baswedan", 3)]
