"""Quotes in the SQLite knowledge base: one row per quote, queried by speaker (name, short form
or alias). Needs only a `sqlite3.Connection`; the knowledge base module owns the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from warta.errors import InputError, StoreError
from warta.store.schema import savepoint

_SCHEMA = """
CREATE TABLE IF NOT EXISTS quotes (
    doc_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    speaker_mention TEXT,
    role TEXT,
    anonymous INTEGER NOT NULL DEFAULT 0,
    cue TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker COLLATE NOCASE);
"""


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One stored quote."""

    doc_id: str
    text: str
    kind: str
    speaker: str | None
    speaker_mention: str | None
    role: str | None
    anonymous: bool
    cue: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "role": self.role,
            "anonymous": self.anonymous,
            "cue": self.cue,
            "start": self.start,
            "end": self.end,
        }


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the quotes table and its speaker index if they are missing."""
    try:
        # statement by statement: executescript() would commit the caller's transaction
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot create the quotes table: {exc}") from exc


def add_document_quotes(
    conn: sqlite3.Connection, doc_id: str, quotes: Iterable[Mapping[str, Any]]
) -> int:
    """Replace the quotes stored for `doc_id` with `quotes` (idempotent); returns how many.

    Runs in a savepoint: atomic, and it nests inside a transaction the caller has open (the
    caller commits; outside a transaction the savepoint's release commits).
    """
    rows = []
    for seq, quote in enumerate(quotes):
        try:
            rows.append(
                (
                    doc_id,
                    seq,
                    str(quote["text"]),
                    str(quote["kind"]),
                    quote.get("speaker"),
                    quote.get("speaker_mention"),
                    quote.get("role"),
                    int(bool(quote.get("anonymous", False))),
                    quote.get("cue"),
                    int(quote["start"]),
                    int(quote["end"]),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"quote {seq} of document {doc_id} is malformed: {exc!r}") from exc
    with savepoint(conn, "warta_quotes", f"cannot store quotes of document {doc_id}"):
        conn.execute("DELETE FROM quotes WHERE doc_id = ?", (doc_id,))
        conn.executemany(
            "INSERT INTO quotes (doc_id, seq, text, kind, speaker, speaker_mention, role, "
            'anonymous, cue, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            rows,
        )
    return len(rows)


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def list_quotes(
    conn: sqlite3.Connection, *, speaker: str | None = None, limit: int = 100
) -> list[QuoteRow]:
    """Quotes, newest documents last; `speaker` matches case-insensitively the full name, any
    word run of it ("Psaki" finds "Jen Psaki") or the form used at the attribution."""
    if limit < 1:
        raise InputError(f"limit must be at least 1, got {limit}")
    sql = (
        'SELECT doc_id, text, kind, speaker, speaker_mention, role, anonymous, cue, start, "end" '
        "FROM quotes"
    )
    params: list[Any] = []
    if speaker is not None and speaker.strip():
        name = " ".join(speaker.split())
        # a whole-word match inside the name: "Psaki" matches "Jen Psaki", not "Psakis"
        pattern = f"% {_escape_like(name)} %"
        sql += (
            " WHERE ' ' || speaker || ' ' LIKE ? ESCAPE '\\' COLLATE NOCASE"
            " OR ' ' || speaker_mention || ' ' LIKE ? ESCAPE '\\' COLLATE NOCASE"
        )
        params += [pattern, pattern]
        # and every name of the person the knowledge base knows by it ("Anies Baswedan" finds
        # the quotes of "Anies Rasyid Baswedan")
        names = sorted(_person_names(conn, name))[:_MAX_NAMES]
        if names:
            marks = ", ".join("?" * len(names))
            sql += f" OR speaker COLLATE NOCASE IN ({marks})"
            params += names
    sql += " ORDER BY doc_id, seq LIMIT ?"
    params.append(limit)
    try:
        cursor = conn.execute(sql, params)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read quotes: {exc}") from exc
    return [
        QuoteRow(
            doc_id=row[0],
            text=row[1],
            kind=row[2],
            speaker=row[3],
            speaker_mention=row[4],
            role=row[5],
            anonymous=bool(row[6]),
            cue=row[7],
            start=row[8],
            end=row[9],
        )
        for row in cursor
    ]


def speakers(conn: sqlite3.Connection, *, limit: int | None = None) -> list[tuple[str, int]]:
    """Speakers with how many quotes each, most quoted first. Names of one person in the
    knowledge base count together under the entity's name ("Anies Baswedan" and "Anies
    Rasyid Baswedan"); a name no person entity has counts on its own."""
    sql = (
        "SELECT speaker, COUNT(*) AS n FROM quotes WHERE speaker IS NOT NULL "
        "GROUP BY speaker COLLATE NOCASE"
    )
    try:
        rows = [(str(name), int(count)) for name, count in conn.execute(sql)]
        people = _people_by_name(conn)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read speakers: {exc}") from exc
    totals: dict[str, int] = {}
    shown: dict[str, str] = {}
    for name, count in rows:
        group = people.get(name.casefold(), name.casefold())
        shown.setdefault(group, people.get(f"\0{group}", name))
        totals[group] = totals.get(group, 0) + count
    ranked = sorted(((shown[g], n) for g, n in totals.items()), key=lambda r: (-r[1], r[0]))
    return ranked if limit is None else ranked[:limit]


# At most this many names of one person in a speaker query
_MAX_NAMES = 200


def _has_entities(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entity_aliases'"
    ).fetchone()
    return row is not None


def _person_names(conn: sqlite3.Connection, name: str) -> set[str]:
    """Every name (aliases) of the one person entity known by `name`; empty if none or
    several are."""
    from warta.extract.canonical import canonical_key

    if not _has_entities(conn):
        return set()
    key = canonical_key(name)
    try:
        ids = [
            int(r[0])
            for r in conn.execute(
                "SELECT DISTINCT e.id FROM entities e LEFT JOIN entity_aliases a "
                "ON a.entity_id = e.id WHERE e.type = 'PER' AND (e.key = ? OR a.key = ?) "
                "LIMIT 2",
                (key, key),
            )
        ]
        if len(ids) != 1:
            return set()
        return {
            str(r[0])
            for r in conn.execute(
                "SELECT alias FROM entity_aliases WHERE entity_id = ? "
                "UNION SELECT name FROM entities WHERE id = ?",
                (ids[0], ids[0]),
            )
        }
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read the names of {name!r}: {exc}") from exc


def _people_by_name(conn: sqlite3.Connection) -> dict[str, str]:
    """Casefolded name of a person → a group key (the entity's id), and "\\0" + group key →
    the entity's name, for names that belong to exactly one person entity."""
    if not _has_entities(conn):
        return {}
    owners: dict[str, set[int]] = {}
    names: dict[int, str] = {}
    for entity_id, entity_name, alias in conn.execute(
        "SELECT e.id, e.name, a.alias FROM entities e JOIN entity_aliases a "
        "ON a.entity_id = e.id WHERE e.type = 'PER'"
    ):
        names[int(entity_id)] = str(entity_name)
        for form in (str(alias), str(entity_name)):
            owners.setdefault(form.casefold(), set()).add(int(entity_id))
    out: dict[str, str] = {}
    for form, ids in owners.items():
        if len(ids) == 1:
            (entity_id,) = ids
            out[form] = f"#{entity_id}"
            out[f"\0#{entity_id}"] = names[entity_id]
    return out
