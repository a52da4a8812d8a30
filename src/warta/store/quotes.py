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
    Rasyid Baswedan"); a name no person entity, or several, has counts on its own."""
    sql = (
        "SELECT speaker, COUNT(*) AS n FROM quotes WHERE speaker IS NOT NULL "
        "GROUP BY speaker COLLATE NOCASE"
    )
    try:
        rows = [(str(name), int(count)) for name, count in conn.execute(sql)]
        people = _people_of(conn, [name for name, _ in rows])
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read speakers: {exc}") from exc
    totals: dict[tuple[int, str], int] = {}
    shown: dict[tuple[int, str], str] = {}
    for name, count in rows:
        entity = people.get(name)
        group = (entity[0], "") if entity else (0, name.casefold())
        shown.setdefault(group, entity[1] if entity else name)
        totals[group] = totals.get(group, 0) + count
    ranked = sorted(((shown[g], n) for g, n in totals.items()), key=lambda r: (-r[1], r[0]))
    return ranked if limit is None else ranked[:limit]


def _people_of(conn: sqlite3.Connection, names: list[str]) -> dict[str, tuple[int, str]]:
    """name → (entity id, entity name) of the one person entity each name is an alias of,
    through the alias keys (indexed); a name of none or of several people is left out."""
    from warta.extract.canonical import canonical_key

    if not names or not _has_entities(conn):
        return {}
    keys = {name: canonical_key(name) for name in names}
    wanted = sorted(set(keys.values()))
    owners: dict[str, set[tuple[int, str]]] = {}
    for at in range(0, len(wanted), _KEYS_PER_QUERY):
        chunk = wanted[at : at + _KEYS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        for key, entity_id, entity_name in conn.execute(
            f"SELECT a.key, e.id, e.name FROM entity_aliases a JOIN entities e "
            f"ON e.id = a.entity_id WHERE a.key IN ({marks}) AND e.type = 'PER' "
            f"UNION SELECT e.key, e.id, e.name FROM entities e "
            f"WHERE e.type = 'PER' AND e.key IN ({marks})",
            (*chunk, *chunk),
        ):
            owners.setdefault(str(key), set()).add((int(entity_id), str(entity_name)))
    out: dict[str, tuple[int, str]] = {}
    for name, key in keys.items():
        found = owners.get(key, set())
        if len(found) == 1:
            out[name] = next(iter(found))
    return out


# Keys looked up per query (SQLite's limit on parameters is far above twice this)
_KEYS_PER_QUERY = 400
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
    try:
        person = _people_of(conn, [name]).get(name)
        if person is None:
            return set()
        return {
            str(r[0])
            for r in conn.execute(
                "SELECT alias FROM entity_aliases WHERE entity_id = ? "
                "UNION SELECT name FROM entities WHERE id = ?",
                (person[0], person[0]),
            )
        }
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read the names of {name!r}: {exc}") from exc
