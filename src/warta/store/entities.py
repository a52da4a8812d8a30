"""Entity tables of the knowledge base: canonical entities, their aliases and their mentions.

Needs only a `sqlite3.Connection`. Mentions of one document are replaced as a whole, so
storing a document twice changes nothing. Names meet on `canonical_key` (case, diacritics,
spelling variants, alias table), per entity type.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from warta.errors import StoreError
from warta.extract.canonical import canonical_key, canonical_name

__all__ = [
    "EntityDetail",
    "EntityDocument",
    "EntityMention",
    "EntitySummary",
    "add_document_entities",
    "ensure_schema",
    "get_entity",
    "list_entities",
]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    key TEXT NOT NULL,
    UNIQUE (type, key)
);
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX IF NOT EXISTS entity_aliases_key ON entity_aliases(key);
CREATE TABLE IF NOT EXISTS entity_mentions (
    doc_id TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    role TEXT
);
CREATE INDEX IF NOT EXISTS entity_mentions_doc ON entity_mentions(doc_id);
CREATE INDEX IF NOT EXISTS entity_mentions_entity ON entity_mentions(entity_id);
"""


@dataclass(slots=True, frozen=True)
class EntitySummary:
    """One canonical entity with how often and in how many documents it is mentioned."""

    name: str
    type: str
    mentions: int
    documents: int


@dataclass(slots=True, frozen=True)
class EntityMention:
    doc_id: str
    text: str
    start: int
    end: int
    role: str | None


@dataclass(slots=True, frozen=True)
class EntityDocument:
    doc_id: str
    mentions: int


@dataclass(slots=True)
class EntityDetail:
    """An entity with its aliases, the documents that mention it and every mention."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    documents: list[EntityDocument] = field(default_factory=list)
    mentions: list[EntityMention] = field(default_factory=list)


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the entity tables if they are missing."""
    try:
        conn.executescript(_SCHEMA)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot create entity tables: {exc}") from exc


def _entity_id(conn: sqlite3.Connection, name: str, label: str) -> int:
    key = canonical_key(name)
    row = conn.execute(
        "SELECT id FROM entities WHERE type = ? AND key = ?", (label, key)
    ).fetchone()
    if row is None and label == "PER" and " " not in key:
        # A bare surname ("Putin") joins the one known person whose name ends with it; with
        # several candidates (two "Widodo"s) it stays on its own rather than guess.
        rows = conn.execute(
            "SELECT id FROM entities WHERE type = 'PER' AND key LIKE ? LIMIT 2", (f"% {key}",)
        ).fetchall()
        if len(rows) == 1:
            row = rows[0]
    if row is not None:
        return int(row[0])
    cur = conn.execute(
        "INSERT INTO entities (name, type, key) VALUES (?, ?, ?)",
        (canonical_name(name), label, key),
    )
    return int(cur.lastrowid or 0)


def add_document_entities(
    conn: sqlite3.Connection, doc_id: str, entities: Iterable[Mapping[str, Any]]
) -> None:
    """Store the entity mentions of one document, replacing any it had before.

    `entities` are the dicts of `doc.annotations["entities"]` (text, label, start, end,
    canonical, optional role). Runs in a savepoint: atomic, and it nests inside a
    transaction the caller has open (the caller commits).
    """
    try:
        conn.execute("SAVEPOINT warta_entities")
        try:
            conn.execute("DELETE FROM entity_mentions WHERE doc_id = ?", (doc_id,))
            for ent in entities:
                label = str(ent["label"])
                text = str(ent["text"])
                canonical = str(ent.get("canonical") or text)
                entity_id = _entity_id(conn, canonical, label)
                for alias in {text, canonical}:
                    conn.execute(
                        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, key) "
                        "VALUES (?, ?, ?)",
                        (entity_id, alias, canonical_key(alias)),
                    )
                conn.execute(
                    'INSERT INTO entity_mentions (doc_id, entity_id, text, start, "end", role) '
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (doc_id, entity_id, text, int(ent["start"]), int(ent["end"]), ent.get("role")),
                )
        except BaseException:
            conn.execute("ROLLBACK TO warta_entities")
            raise
        finally:
            conn.execute("RELEASE warta_entities")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot store entities of document {doc_id}: {exc}") from exc


def list_entities(
    conn: sqlite3.Connection, *, type: str | None = None, limit: int = 50
) -> list[EntitySummary]:
    """Entities by number of mentions (then documents, then name), optionally of one type."""
    sql = (
        "SELECT e.name, e.type, COUNT(*) AS n, COUNT(DISTINCT m.doc_id) AS d "
        "FROM entities e JOIN entity_mentions m ON m.entity_id = e.id "
        + ("WHERE e.type = ? " if type else "")
        + "GROUP BY e.id ORDER BY n DESC, d DESC, e.name LIMIT ?"
    )
    params: tuple[Any, ...] = (type.upper(), limit) if type else (limit,)
    try:
        rows = conn.execute(sql, params).fetchall()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot list entities: {exc}") from exc
    return [EntitySummary(str(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in rows]


def get_entity(conn: sqlite3.Connection, name: str) -> EntityDetail | None:
    """The entity named `name` or any of its aliases or spelling variants; None if unknown.

    Where a name fits entities of several types, the most mentioned one is returned.
    """
    key = canonical_key(name)
    try:
        row = conn.execute(
            "SELECT e.id, e.name, e.type FROM entities e "
            "JOIN entity_aliases a ON a.entity_id = e.id "
            "LEFT JOIN entity_mentions m ON m.entity_id = e.id "
            "WHERE a.key = ? OR e.key = ? GROUP BY e.id ORDER BY COUNT(m.doc_id) DESC LIMIT 1",
            (key, key),
        ).fetchone()
        if row is None:
            return None
        entity_id = int(row[0])
        aliases = [
            str(r[0])
            for r in conn.execute(
                "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (entity_id,)
            )
        ]
        mentions = [
            EntityMention(str(r[0]), str(r[1]), int(r[2]), int(r[3]), r[4])
            for r in conn.execute(
                'SELECT doc_id, text, start, "end", role FROM entity_mentions '
                "WHERE entity_id = ? ORDER BY doc_id, start",
                (entity_id,),
            )
        ]
        documents = [
            EntityDocument(str(r[0]), int(r[1]))
            for r in conn.execute(
                "SELECT doc_id, COUNT(*) FROM entity_mentions WHERE entity_id = ? "
                "GROUP BY doc_id ORDER BY COUNT(*) DESC, doc_id",
                (entity_id,),
            )
        ]
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read entity {name!r}: {exc}") from exc
    return EntityDetail(str(row[1]), str(row[2]), aliases, documents, mentions)
