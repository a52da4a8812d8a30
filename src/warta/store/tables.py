"""Extra tables fed from stored records (entities today): a small protocol the store calls."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any, Protocol

from warta.store import entities, quotes

_MENTION_KEYS = ("text", "label", "start", "end")
_QUOTE_KEYS = ("text", "kind", "start", "end")


class RecordTables(Protocol):
    """Tables derived from a record's annotations, kept in step with the documents table.

    `store` runs inside the transaction that writes the record, for every record that is
    inserted or changed (whatever its status), so it must replace what it kept before.
    """

    def ensure_schema(self, conn: sqlite3.Connection) -> None: ...

    def store(self, conn: sqlite3.Connection, record: Mapping[str, Any]) -> None: ...


class EntityTables:
    """Entities, aliases and mentions (warta.store.entities) from the `entities` annotation.

    Only kept documents contribute mentions: a document dropped on a later run loses
    them. Mentions without text, label or offsets are skipped, not fatal, so one odd
    annotation cannot stop a batch of records from being stored.
    """

    def ensure_schema(self, conn: sqlite3.Connection) -> None:
        entities.ensure_schema(conn)

    def store(self, conn: sqlite3.Connection, record: Mapping[str, Any]) -> None:
        mentions: list[Mapping[str, Any]] = []
        found = record.get("entities")
        if record.get("status", "kept") == "kept" and isinstance(found, list):
            mentions = [m for m in found if isinstance(m, Mapping) and _complete(m)]
        entities.add_document_entities(conn, str(record["id"]), mentions)


class QuoteTables:
    """Quotes (warta.store.quotes) from the `quotes` annotation of kept documents."""

    def ensure_schema(self, conn: sqlite3.Connection) -> None:
        quotes.ensure_schema(conn)

    def store(self, conn: sqlite3.Connection, record: Mapping[str, Any]) -> None:
        found = record.get("quotes")
        kept: list[Mapping[str, Any]] = []
        if record.get("status", "kept") == "kept" and isinstance(found, list):
            kept = [q for q in found if isinstance(q, Mapping) and _complete(q, _QUOTE_KEYS)]
        quotes.add_document_quotes(conn, str(record["id"]), kept)


def default_tables() -> tuple[RecordTables, ...]:
    return (EntityTables(), QuoteTables())


def _complete(item: Mapping[str, Any], keys: tuple[str, ...] = _MENTION_KEYS) -> bool:
    if any(item.get(key) is None for key in keys):
        return False
    try:
        int(item["start"])
        int(item["end"])
    except (TypeError, ValueError):
        return False
    return True
