"""Full-text search over the knowledge base's FTS5 index: query escaping, bm25 ranking, snippets."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.errors import StoreError
from warta.store.fts_query import plain_query


@dataclass(frozen=True, slots=True)
class SearchOptions:
    """`raw`: the query is FTS5 syntax, not plain words; `markers` wrap matches in snippets."""

    limit: int = 10
    offset: int = 0
    raw: bool = False
    markers: tuple[str, str] = ("«", "»")
    snippet_tokens: int = 24


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result; `rank` is FTS5 bm25 (title weighted 5x): lower is a better match."""

    id: str
    title: str | None
    url: str | None
    published: str | None
    snippet: str
    rank: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "snippet": self.snippet,
            "rank": self.rank,
        }


# The ranking function (bm25 with weights title 5, text 1) is configured on the index
# itself (see schema.py), so ORDER BY rank lets FTS5 use its fast path.
_SQL = (
    "SELECT d.id, d.title, d.url, d.published,"
    " snippet(documents_fts, 1, ?, ?, '…', ?), documents_fts.rank"
    " FROM documents_fts JOIN documents AS d ON d.doc_no = documents_fts.rowid"
    " WHERE documents_fts MATCH ? ORDER BY documents_fts.rank LIMIT ? OFFSET ?"
)


# OperationalErrors that are the database's fault, not the raw query's.
_NOT_QUERY_FAULTS = ("locked", "busy", "disk", "readonly", "no such table", "corrupt", "memory")


def search_index(
    conn: sqlite3.Connection, path: Path | str, query: str, *, options: SearchOptions
) -> list[SearchHit]:
    """Run `query` against the index; StoreError for a broken raw query or a database fault."""
    expression = query if options.raw else plain_query(query)
    if not expression.strip() or options.limit < 1:
        return []
    params = (
        options.markers[0],
        options.markers[1],
        max(1, min(options.snippet_tokens, 64)),  # FTS5 caps snippets at 64 tokens
        expression,
        options.limit,
        max(options.offset, 0),
    )
    try:
        rows = conn.execute(_SQL, params).fetchall()
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if options.raw and not any(word in message for word in _NOT_QUERY_FAULTS):
            raise StoreError(f"invalid search query {query!r}: {message}") from exc
        raise StoreError(f"cannot search knowledge base {path}: {message}") from exc
    except sqlite3.Error as exc:
        raise StoreError(f"cannot search knowledge base {path}: {exc}") from exc
    # Snippets are one line for lists and terminals: line breaks of the text become spaces.
    return [
        SearchHit(r[0], r[1], r[2], r[3], " ".join((r[4] or "").split()), float(r[5])) for r in rows
    ]
