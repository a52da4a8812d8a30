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
