"""Keeping stored `group` / `duplicate_of` annotations right when a later run re-groups copies.

An incremental run can find a better canonical copy for a group that is already stored, or
merge stored groups; the deduplicator reports those changes and this module rewrites the
affected records' annotations in place.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Protocol


class GroupChangeLike(Protocol):
    @property
    def group(self) -> str: ...

    @property
    def new_canonical(self) -> str: ...

    @property
    def merged(self) -> tuple[str, ...]: ...


def apply_group_changes(conn: sqlite3.Connection, changes: Iterable[GroupChangeLike]) -> int:
    """Point every member of each changed (or absorbed) group at its new canonical copy.

    Runs inside the caller's transaction; returns the number of records rewritten.
    """
    rewritten = 0
    for change in changes:
        groups = (change.group, *change.merged)
        marks = ", ".join("?" for _ in groups)
        cursor = conn.execute(
            "UPDATE documents SET annotations = json_set(annotations,"
            " '$.group', ?,"
            " '$.duplicate_of', CASE WHEN id = ? THEN json('null') ELSE ? END)"
            f" WHERE json_extract(annotations, '$.group') IN ({marks})",
            (change.group, change.new_canonical, change.new_canonical, *groups),
        )
        rewritten += cursor.rowcount
    return rewritten
