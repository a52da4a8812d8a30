"""The persistent dedup index: a SQLite file next to the knowledge base (`<db>.dedup.sqlite`).

It keeps, per document already seen, its group, exact key, canonical-rule facts, LSH band keys
and shingle set, plus each group's canonical and each story's centroid, so a later run assigns
new documents to existing groups and stories without reprocessing the corpus.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from warta.dedup.groups import Member
from warta.dedup.verify import ShingleSet
from warta.errors import StoreError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, grp TEXT NOT NULL, exact TEXT,
    published TEXT, length INTEGER NOT NULL, source TEXT NOT NULL, shingles BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_exact ON docs (exact);
CREATE INDEX IF NOT EXISTS docs_grp ON docs (grp);
CREATE TABLE IF NOT EXISTS bands (key INTEGER NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS bands_key ON bands (key);
CREATE TABLE IF NOT EXISTS groups (id TEXT PRIMARY KEY, canonical TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY, label TEXT NOT NULL, start REAL NOT NULL, end REAL NOT NULL,
    start_text TEXT, end_text TEXT, size INTEGER NOT NULL, centroid TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS story_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class IndexedDoc:
    member: Member
    group: str
    shingles: ShingleSet


@dataclass(slots=True)
class StoredStory:
    id: str
    label: str
    start: float
    end: float
    start_text: str | None
    end_text: str | None
    size: int
    centroid: dict[str, float]


def default_index_path(db_path: str | Path) -> Path:
    """Where the dedup index of a knowledge base lives."""
    return Path(f"{db_path}.dedup.sqlite")


class DedupIndex:
    """Read and write the dedup index; use `DedupIndex.open(path)` and `close()` (or `with`)."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    @classmethod
    def open(cls, path: str | Path) -> DedupIndex:
        target = Path(path)
        try:
            connection = sqlite3.connect(target)
            connection.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open dedup index {target}: {exc}") from exc
        return cls(connection, target)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> DedupIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            with self.connection:
                yield self.connection
        except sqlite3.Error as exc:
            raise StoreError(f"dedup index {self.path}: {exc}") from exc

    # -- settings ---------------------------------------------------------------
    def check_settings(self, settings: dict[str, Any]) -> None:
        """Signatures from different settings cannot be compared: refuse to mix them."""
        wanted = json.dumps(settings, sort_keys=True)
        row = self.connection.execute("SELECT value FROM meta WHERE key='settings'").fetchone()
        if row is None:
            with self.transaction() as db:
                db.execute("INSERT INTO meta VALUES ('settings', ?)", (wanted,))
        elif row[0] != wanted:
            raise StoreError(
                f"dedup index {self.path} was built with {row[0]}, this run uses {wanted}"
            )

    # -- documents and groups -----------------------------------------------------
    def next_seq(self) -> int:
        row = self.connection.execute("SELECT COALESCE(MAX(seq) + 1, 0) FROM docs").fetchone()
        return int(row[0])

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        found: set[str] = set()
        chunk: list[str] = []
        for doc_id in [*ids, None]:
            if doc_id is not None:
                chunk.append(doc_id)
            if chunk and (doc_id is None or len(chunk) >= 500):
                marks = ",".join("?" * len(chunk))
                rows = self.connection.execute(f"SELECT id FROM docs WHERE id IN ({marks})", chunk)
                found.update(row[0] for row in rows)
                chunk = []
        return found

    def candidates(self, keys: npt.NDArray[np.uint64], exact: list[str]) -> dict[int, set[str]]:
        """Stored documents sharing a band key or the exact key with each new row."""
        out: dict[int, set[str]] = {}
        db = self.connection
        db.execute("CREATE TEMP TABLE IF NOT EXISTS probe (row INTEGER, key INTEGER)")
        db.execute("DELETE FROM probe")
        signed = keys.view(np.int64)
        db.executemany(
            "INSERT INTO probe VALUES (?, ?)",
            ((row, int(key)) for row in range(len(signed)) for key in signed[row]),
        )
        query = (
            "SELECT DISTINCT probe.row, bands.doc FROM probe JOIN bands ON bands.key = probe.key"
        )
        for row, doc in db.execute(query):
            out.setdefault(int(row), set()).add(str(doc))
        for row, key in enumerate(exact):
            for (doc,) in db.execute("SELECT id FROM docs WHERE exact = ?", (key,)):
                out.setdefault(row, set()).add(str(doc))
        db.execute("DELETE FROM probe")
        return out

    def load_docs(self, ids: Iterable[str]) -> dict[str, IndexedDoc]:
        out: dict[str, IndexedDoc] = {}
        for doc_id in ids:
            row = self.connection.execute(
                "SELECT id, seq, grp, published, length, source, shingles FROM docs WHERE id = ?",
                (doc_id,),
            ).fetchone()
            if row is not None:
                member = Member(row[0], row[3], int(row[4]), row[5], int(row[1]))
                out[doc_id] = IndexedDoc(member, row[2], np.frombuffer(row[6], dtype=np.uint32))
        return out

    def group_members(self, group: str) -> list[Member]:
        rows = self.connection.execute(
            "SELECT id, published, length, source, seq FROM docs WHERE grp = ? ORDER BY seq",
            (group,),
        )
        return [Member(r[0], r[1], int(r[2]), r[3], int(r[4])) for r in rows]

    def canonical(self, group: str) -> str | None:
        row = self.connection.execute(
            "SELECT canonical FROM groups WHERE id = ?", (group,)
        ).fetchone()
        return None if row is None else str(row[0])

    def add_docs(
        self,
        rows: list[tuple[Member, str, str, ShingleSet]],
        keys: npt.NDArray[np.uint64],
    ) -> None:
        """Store new documents (member, group, exact key, shingles) with their band keys."""
        signed = keys.view(np.int64)
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (m.id, m.seq, grp, exact, m.published, m.length, m.source, sh.tobytes())
                    for m, grp, exact, sh in rows
                ),
            )
            db.executemany(
                "INSERT INTO bands VALUES (?, ?)",
                (
                    (int(key), rows[number][0].id)
                    for number in range(len(rows))
                    for key in signed[number]
                ),
            )

    def set_groups(self, canonicals: dict[str, str], moved: dict[str, str]) -> None:
        """Record group canonicals, and move the members of merged groups (`old -> new`)."""
        with self.transaction() as db:
            for old, new in moved.items():
                db.execute("UPDATE docs SET grp = ? WHERE grp = ?", (new, old))
                db.execute("DELETE FROM groups WHERE id = ?", (old,))
            db.executemany("INSERT OR REPLACE INTO groups VALUES (?, ?)", canonicals.items())

    # -- stories ----------------------------------------------------------------
    def load_stories(self, since: float) -> list[StoredStory]:
        rows = self.connection.execute(
            "SELECT id, label, start, end, start_text, end_text, size, centroid FROM stories "
            "WHERE end >= ?",
            (since,),
        )
        return [
            StoredStory(r[0], r[1], r[2], r[3], r[4], r[5], int(r[6]), json.loads(r[7]))
            for r in rows
        ]

    def save_stories(self, stories: Iterable[StoredStory]) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        s.id,
                        s.label,
                        s.start,
                        s.end,
                        s.start_text,
                        s.end_text,
                        s.size,
                        json.dumps(s.centroid),
                    )
                    for s in stories
                ),
            )

    def term_frequencies(self) -> tuple[int, dict[str, int]]:
        """Documents seen by the story clusterer so far, and document frequency per term."""
        row = self.connection.execute("SELECT value FROM meta WHERE key='story_docs'").fetchone()
        total = int(row[0]) if row else 0
        return total, dict(self.connection.execute("SELECT term, df FROM story_terms"))

    def add_term_frequencies(self, docs: int, counts: dict[str, int]) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO meta VALUES ('story_docs', ?) ON CONFLICT(key) DO UPDATE "
                "SET value = CAST(value AS INTEGER) + excluded.value",
                (str(docs),),
            )
            db.executemany(
                "INSERT INTO story_terms VALUES (?, ?) ON CONFLICT(term) DO UPDATE "
                "SET df = df + excluded.df",
                counts.items(),
            )
