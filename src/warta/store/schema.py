"""The knowledge base's SQLite schema: tables, FTS5 index and triggers, and the version check."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from warta.errors import StoreError

SCHEMA_VERSION = 1

# `doc_no` is an INTEGER PRIMARY KEY so the FTS index can point at a rowid that VACUUM
# never renumbers; `id` is the document's own identifier.
_TABLES = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE documents (
    doc_no        INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    content_hash  TEXT NOT NULL,
    record_digest TEXT NOT NULL,
    source        TEXT NOT NULL DEFAULT '',
    url           TEXT,
    title         TEXT,
    published     TEXT,
    language      TEXT,
    text          TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL CHECK (status IN ('kept', 'dropped', 'error')),
    reason        TEXT,
    annotations   TEXT NOT NULL DEFAULT '{}',
    raw           BLOB,
    added_at      TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX documents_status ON documents (status);
CREATE INDEX documents_url ON documents (url);
CREATE INDEX documents_published ON documents (published);
CREATE TABLE removed_spans (
    doc_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE ON UPDATE CASCADE,
    seq     INTEGER NOT NULL,
    line    INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    text    TEXT NOT NULL,
    reason  TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
CREATE INDEX removed_spans_reason ON removed_spans (reason);
CREATE TABLE runs (
    id       INTEGER PRIMARY KEY,
    started  TEXT NOT NULL,
    finished TEXT NOT NULL,
    report   TEXT NOT NULL
);
"""

# External-content FTS5 over title + text of kept documents only. The triggers keep it in
# step with `documents`: an external-content index must be told the exact old values to
# forget, so every change deletes the old entry (when it was indexed) before adding the new.
_SEARCH_INDEX = """
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text,
    content = 'documents', content_rowid = 'doc_no',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO documents_fts (documents_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents WHEN new.status = 'kept'
BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.doc_no, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents WHEN old.status = 'kept'
BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.doc_no, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF doc_no, title, text, status ON documents
BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    SELECT 'delete', old.doc_no, old.title, old.text WHERE old.status = 'kept';
    INSERT INTO documents_fts (rowid, title, text)
    SELECT new.doc_no, new.title, new.text WHERE new.status = 'kept';
END;
"""


def check_is_knowledge_base(conn: sqlite3.Connection, path: Path | str) -> None:
    """Fail before touching a file that is not SQLite or is another program's database."""
    _check_tables({row[0] for row in conn.execute("SELECT name FROM sqlite_master")}, path)


def _check_tables(tables: set[str], path: Path | str) -> None:
    if tables and "meta" not in tables:
        raise StoreError(
            f"{path} is an SQLite database but not a warta knowledge base "
            f"(it has tables {', '.join(sorted(tables)[:5])} and no meta table)"
        )


def ensure_schema(conn: sqlite3.Connection, path: Path | str) -> None:
    """Create the schema in an empty database, or check the version of an existing one.

    Raises StoreError for a database another program made, or one a newer warta wrote.
    """
    conn.execute("BEGIN IMMEDIATE")  # two processes opening a new file must not both create
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        _check_tables(tables, path)
        if tables:
            _check_version(conn, path)
        else:
            for statement in _statements(_TABLES + _SEARCH_INDEX):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _check_version(conn: sqlite3.Connection, path: Path | str) -> None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        raise StoreError(f"{path}: meta has no schema_version; not a warta knowledge base")
    try:
        version = int(row[0])
    except ValueError:
        raise StoreError(f"{path}: schema_version {row[0]!r} is not a number") from None
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} has schema version {version}, newer than this warta understands "
            f"({SCHEMA_VERSION}); upgrade warta to open it"
        )
    if version < SCHEMA_VERSION:
        # No older version has shipped yet; a migration goes here when one does.
        raise StoreError(f"{path} has unknown schema version {version} (expected {SCHEMA_VERSION})")


def _statements(script: str) -> list[str]:
    """Split a DDL script into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    current: list[str] = []
    for line in script.splitlines():
        if not line.strip():
            continue
        current.append(line)
        candidate = "\n".join(current)
        if sqlite3.complete_statement(candidate):
            statements.append(candidate)
            current = []
    if current:
        raise StoreError("internal error: incomplete statement in the warta schema")
    return statements


@contextmanager
def savepoint(conn: sqlite3.Connection, name: str, failure: str) -> Iterator[None]:
    """Run the block in a savepoint: all of it or none, nested inside any transaction the
    caller has open (the caller commits). sqlite3 errors become StoreError(`failure`: …)."""
    try:
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            raise
        finally:
            conn.execute(f"RELEASE {name}")
    except sqlite3.Error as exc:
        raise StoreError(f"{failure}: {exc}") from exc
