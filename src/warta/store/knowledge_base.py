"""The SQLite knowledge base: idempotent storage of output records, full-text search, export."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self, TextIO

from warta.errors import ConfigError, StoreError
from warta.store.entities import (
    EntityDetail,
    EntitySummary,
    consolidate_entities,
    get_entity,
    list_entities,
)
from warta.store.groups import GroupChangeLike, apply_group_changes
from warta.store.quotes import QuoteRow, list_quotes
from warta.store.quotes import speakers as quote_speakers
from warta.store.records import (
    RECORD_COLUMNS,
    DocumentRow,
    compress_raw,
    span_dict,
    to_record,
    to_row,
)
from warta.store.schema import check_is_knowledge_base, ensure_schema
from warta.store.search import SearchHit, SearchOptions, search_index
from warta.store.stats import count_documents, list_documents, list_runs
from warta.store.tables import RecordTables, default_tables


@dataclass(frozen=True, slots=True)
class StoreOptions:
    """How a knowledge base is opened and written.

    `create`: make the file and schema when missing (readers such as `warta search` pass
    False so a mistyped path is an error, not a new empty database). `batch_size`: records
    per transaction. `store_raw`: keep the raw text (zlib-compressed) so documents can be
    re-analysed without their source. `busy_timeout_ms`: how long to wait for another writer.
    `tables`: extra tables fed from each stored record (entities by default).
    """

    create: bool = True
    batch_size: int = 500
    store_raw: bool = True
    busy_timeout_ms: int = 5000
    tables: tuple[RecordTables, ...] = field(default_factory=default_tables)

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, not {self.batch_size}")
        if self.busy_timeout_ms < 0:
            raise ConfigError(f"busy_timeout_ms must not be negative, not {self.busy_timeout_ms}")


@dataclass(slots=True)
class AddResult:
    """What `KnowledgeBase.add` did with each record it was given."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.inserted + self.updated + self.unchanged

    def merge(self, other: AddResult) -> None:
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged

    def to_dict(self) -> dict[str, int]:
        return {"inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged}


class RecordSink(Protocol):
    """Anything records can be written to (the writers of `warta.io.writers`, a test list)."""

    def write(self, record: dict[str, Any]) -> None: ...


class KnowledgeBase:
    """An embedded SQLite knowledge base of warta output records.

    One instance holds one connection: use it from one thread, and open another instance
    per thread or process (WAL mode lets readers run while a writer commits).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | str, options: StoreOptions) -> None:
        self._conn = conn
        self.path = path
        self.options = options

    # -- opening and closing ------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, options: StoreOptions | None = None) -> KnowledgeBase:
        """Open (creating if allowed) the knowledge base at `path`; ":memory:" works for tests."""
        options = options or StoreOptions()
        in_memory = str(path) == ":memory:"
        if not in_memory:
            path = Path(path)
            if not path.exists() and not options.create:
                raise StoreError(f"no knowledge base at {path}")
            if path.is_dir():
                raise StoreError(f"{path} is a directory, not a knowledge base file")
            if options.create:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"cannot create the folder of {path}: {exc}") from exc
        try:
            # Transactions are explicit (BEGIN/COMMIT below), hence isolation_level=None.
            conn = sqlite3.connect(str(path), isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open knowledge base {path}: {exc}") from exc
        kb = cls(conn, path, options)
        try:
            with kb._errors("open"):
                conn.execute(f"PRAGMA busy_timeout = {int(options.busy_timeout_ms)}")
                check_is_knowledge_base(conn, path)
                # WAL before the schema is written: WAL with synchronous=NORMAL does not
                # sync on every commit, which makes creating a new file cheap too.
                if not in_memory:
                    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                    if str(mode).lower() != "wal":
                        raise StoreError(f"cannot switch {path} to WAL mode (it is in {mode} mode)")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute("PRAGMA foreign_keys = ON")
                ensure_schema(conn, path)
                for tables in options.tables:
                    tables.ensure_schema(conn)
                conn.execute("PRAGMA temp_store = MEMORY")
        except BaseException:
            conn.close()
            raise
        return kb

    def close(self) -> None:
        """Close the connection; the instance cannot be used afterwards."""
        with self._errors("close"):
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"KnowledgeBase({str(self.path)!r})"

    # -- writing --------------------------------------------------------------------
    def add(self, records: Iterable[dict[str, Any]]) -> AddResult:
        """Store output records (`Document.to_dict(include_raw=True)`), idempotently.

        A record whose id is new is inserted; one identical to the stored record (same
        content hash and same analysis) is left alone; otherwise the row and its removed
        spans are replaced. Each batch of `options.batch_size` records is one transaction.
        """
        result = AddResult()
        iterator = iter(records)
        while batch := list(islice(iterator, self.options.batch_size)):
            rows = [to_row(record, store_raw=self.options.store_raw) for record in batch]
            with self._errors("write to"), self._transaction():
                for record, row in zip(batch, rows, strict=True):
                    if self._add_row(row, result):
                        for tables in self.options.tables:
                            tables.store(self._conn, record)
        return result

    def record_run(self, report: dict[str, Any]) -> int:
        """Keep a run report (counters, options, timings); returns the run's id."""
        now = _now()
        try:
            report_json = json.dumps(report, ensure_ascii=False, default=str)
        except (TypeError, ValueError) as exc:
            raise StoreError(f"run report cannot be stored in {self.path}: {exc}") from exc
        with self._errors("write to"), self._transaction():
            cursor = self._conn.execute(
                "INSERT INTO runs (started, finished, report) VALUES (?, ?, ?)",
                (
                    str(report.get("started") or now),
                    str(report.get("finished") or now),
                    report_json,
                ),
            )
        return int(cursor.lastrowid or 0)

    def _add_row(self, row: DocumentRow, result: AddResult) -> bool:
        """Insert or replace one row; False when the stored row is already identical."""
        conn = self._conn
        stored = conn.execute(
            "SELECT record_digest FROM documents WHERE id = ?", (row.id,)
        ).fetchone()
        if stored is not None and stored[0] == row.record_digest:
            result.unchanged += 1
            return False
        now = _now()
        values = (
            row.content_hash,
            row.record_digest,
            row.source,
            row.url,
            row.title,
            row.published,
            row.language,
            row.text,
            row.status,
            row.reason,
            row.annotations,
        )
        raw = compress_raw(row.raw)
        if stored is None:
            conn.execute(
                "INSERT INTO documents (content_hash, record_digest, source, url, title,"
                " published, language, text, status, reason, annotations, raw, added_at,"
                " updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, raw, now, now, row.id),
            )
            result.inserted += 1
        else:
            # UPDATE, not INSERT OR REPLACE: a replace deletes without firing the FTS trigger.
            conn.execute(
                "UPDATE documents SET content_hash = ?, record_digest = ?, source = ?, url = ?,"
                " title = ?, published = ?, language = ?, text = ?, status = ?, reason = ?,"
                " annotations = ?, raw = ?, updated_at = ? WHERE id = ?",
                (*values, raw, now, row.id),
            )
            conn.execute("DELETE FROM removed_spans WHERE doc_id = ?", (row.id,))
            result.updated += 1
        conn.executemany(
            'INSERT INTO removed_spans (doc_id, seq, line, "start", "end", text, reason)'
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(row.id, *span) for span in row.spans],
        )
        return True

    # -- reading --------------------------------------------------------------------
    def get(self, doc_id: str) -> dict[str, Any] | None:
        """The full stored record of `doc_id` (raw included when stored), or None."""
        with self._errors("read"):
            row = self._conn.execute(
                f"SELECT {RECORD_COLUMNS} FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            return None if row is None else to_record(row, self._spans(doc_id))

    def iter_records(
        self, *, status: str | None = None, include_raw: bool = False
    ) -> Iterator[dict[str, Any]]:
        """Stream stored records ordered by id, optionally only those with `status`."""
        columns = RECORD_COLUMNS if include_raw else RECORD_COLUMNS.replace(", raw", ", NULL")
        sql = f"SELECT {columns} FROM documents"
        params: tuple[str, ...] = ()
        if status is not None:
            sql += " WHERE status = ?"
            params = (status,)
        with self._errors("read"):
            cursor = self._conn.execute(sql + " ORDER BY id", params)
            while rows := cursor.fetchmany(256):
                for row in rows:
                    yield to_record(row, self._spans(row[0]))

    def list_documents(
        self, *, limit: int = 20, offset: int = 0, status: str | None = None
    ) -> list[dict[str, Any]]:
        """A page of document summaries (id, title, url, published, language, status, reason)."""
        with self._errors("read"):
            return list_documents(self._conn, limit=limit, offset=offset, status=status)

    def entities(self, *, type: str | None = None, limit: int = 50) -> list[EntitySummary]:
        """Canonical entities by number of mentions in kept documents, optionally of one type."""
        with self._errors("read"):
            return list_entities(self._conn, type=type, limit=limit)

    def entity(self, name: str) -> EntityDetail | None:
        """One entity by name, alias or spelling variant, with its mentions; None if unknown."""
        with self._errors("read"):
            return get_entity(self._conn, name)

    def consolidate_entities(self) -> int:
        """Join entities that are one across documents (surnames, bodies named without
        their town, people without a middle name); returns how many were joined."""
        with self._errors("write"), self._transaction():
            return consolidate_entities(self._conn)

    def apply_group_changes(self, changes: Iterable[GroupChangeLike]) -> int:
        """Rewrite `group`/`duplicate_of` of stored members of re-grouped copies."""
        with self._errors("write"), self._transaction():
            return apply_group_changes(self._conn, changes)

    def quotes(self, *, speaker: str | None = None, limit: int = 100) -> list[QuoteRow]:
        """Stored quotes, optionally by one speaker (full name, short form or alias)."""
        with self._errors("read"):
            return list_quotes(self._conn, speaker=speaker, limit=limit)

    def speakers(self, *, limit: int | None = None) -> list[tuple[str, int]]:
        """Speakers by number of quotes."""
        with self._errors("read"):
            return quote_speakers(self._conn, limit=limit)

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        offset: int = 0,
        raw: bool = False,
        markers: tuple[str, str] = ("«", "»"),
    ) -> list[SearchHit]:
        """Full-text search over the title and text of kept documents, best match first.

        A plain query is a list of words (all must occur; "quoted phrases" and a trailing
        `*` for prefixes work) and no character in it can break the search. `raw=True`
        passes the query to FTS5 as written (AND/OR/NOT/NEAR, column filters).
        `markers` wrap the matched words in the snippet.
        """
        return search_index(
            self._conn,
            self.path,
            query,
            options=SearchOptions(limit=limit, offset=offset, raw=raw, markers=markers),
        )

    def counts(self) -> dict[str, Any]:
        """Documents by status, dropped/errored documents and removed spans by reason kind."""
        with self._errors("read"):
            return count_documents(self._conn)

    def runs(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Recorded runs, newest first."""
        with self._errors("read"):
            return list_runs(self._conn, limit=limit)

    # -- export -----------------------------------------------------------------------
    def export_to(
        self, sink: RecordSink, *, status: str | None = None, include_raw: bool = False
    ) -> int:
        """Write stored records to any object with `.write(record)`; returns how many."""
        written = 0
        for record in self.iter_records(status=status, include_raw=include_raw):
            sink.write(record)
            written += 1
        return written

    def export(
        self,
        target: str | Path | TextIO | None,
        *,
        fmt: str,
        status: str | None = None,
        include_raw: bool = False,
    ) -> int:
        """Export records as JSONL or Parquet through warta.io.writers; returns how many.

        `target` is a file path, an open text stream (JSONL only) or None for stdout.
        """
        # The io package owns the file formats.
        from warta.io.writers import JsonlWriter, open_writer

        if target is None or isinstance(target, str | Path):
            writer = open_writer(None if target is None else str(target), fmt)
        elif fmt == "jsonl":
            writer = JsonlWriter(target)
        else:
            raise ConfigError(f"{fmt} export needs a file path, not a stream")
        with writer:
            return self.export_to(writer, status=status, include_raw=include_raw)

    def optimize(self) -> None:
        """Merge the search index into one segment and refresh query statistics.

        Worth it after a large load (faster searches); it rewrites the index, so it is
        not done on every commit.
        """
        with self._errors("optimize"), self._transaction():
            self._conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('optimize')")
        with self._errors("optimize"):
            self._conn.execute("PRAGMA optimize")

    # -- helpers ----------------------------------------------------------------------
    def _spans(self, doc_id: str) -> list[dict[str, Any]]:
        return [
            span_dict(*row)
            for row in self._conn.execute(
                'SELECT line, "start", "end", text, reason FROM removed_spans'
                " WHERE doc_id = ? ORDER BY seq",
                (doc_id,),
            )
        ]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock up front, so two writers wait (busy_timeout)
        # instead of failing with a lock upgrade deadlock halfway through a batch.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Turn sqlite3 errors into StoreError naming the database."""
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"cannot {action} knowledge base {self.path}: {exc}") from exc


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
