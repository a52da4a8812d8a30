"""Read-only summaries of the knowledge base: counts by status and reason, runs, document pages."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from warta.document import STATUSES, reason_kind

_SUMMARY_FIELDS = ("id", "title", "url", "published", "language", "status", "reason")


def count_documents(conn: sqlite3.Connection) -> dict[str, Any]:
    """Documents by status, dropped/errored ones and removed spans by reason kind."""
    by_status = dict.fromkeys(STATUSES, 0)
    for status, n in conn.execute("SELECT status, count(*) FROM documents GROUP BY status"):
        by_status[status] = n
    reasons: dict[str, dict[str, int]] = {"dropped": {}, "error": {}}
    for status, reason, n in conn.execute(
        "SELECT status, reason, count(*) FROM documents"
        " WHERE status != 'kept' GROUP BY status, reason"
    ):
        kind = reason_kind(reason)
        reasons[status][kind] = reasons[status].get(kind, 0) + n
    spans: dict[str, int] = {}
    # Grouping by the full reason walks the reason index; kinds are folded here.
    for reason, n in conn.execute("SELECT reason, count(*) FROM removed_spans GROUP BY reason"):
        kind = reason_kind(reason)
        spans[kind] = spans.get(kind, 0) + n
    return {
        "documents": by_status,
        "total": sum(by_status.values()),
        "reasons": reasons,
        "spans": spans,
    }


def list_runs(conn: sqlite3.Connection, *, limit: int | None) -> list[dict[str, Any]]:
    """Recorded runs, newest first."""
    sql = "SELECT id, started, finished, report FROM runs ORDER BY id DESC"
    params: tuple[int, ...] = ()
    if limit is not None:
        sql += " LIMIT ?"
        params = (max(limit, 0),)
    return [
        {"id": r[0], "started": r[1], "finished": r[2], "report": json.loads(r[3])}
        for r in conn.execute(sql, params)
    ]


def list_documents(
    conn: sqlite3.Connection, *, limit: int, offset: int, status: str | None
) -> list[dict[str, Any]]:
    """A page of document summaries (no text), ordered by id."""
    sql = f"SELECT {', '.join(_SUMMARY_FIELDS)} FROM documents"
    params: list[Any] = []
    if status is not None:
        sql += " WHERE status = ?"
        params.append(status)
    sql += " ORDER BY id LIMIT ? OFFSET ?"
    params += [max(limit, 0), max(offset, 0)]
    return [dict(zip(_SUMMARY_FIELDS, row, strict=True)) for row in conn.execute(sql, params)]
