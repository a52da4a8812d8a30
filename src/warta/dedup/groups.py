"""Duplicate groups: the canonical-copy rule, group ids, union-find, and groups read from records.

Canonical rule (first difference wins): earliest `published` date (documents without a date
come after dated ones), then the longest clean text, then the source listed first in
`source_priority`, then the copy seen first. The original wire story is usually the earliest
and the most complete copy; run order makes the choice deterministic.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Member:
    """What the canonical rule needs to know about one copy."""

    id: str
    published: str | None
    length: int
    source: str
    seq: int  # order of arrival (run order, then index order for incremental runs)


@dataclass(slots=True)
class Group:
    """A syndication group: one canonical copy and every copy of it (canonical included)."""

    id: str
    canonical: str
    members: list[str] = field(default_factory=list)

    @property
    def duplicates(self) -> list[str]:
        return [member for member in self.members if member != self.canonical]


def group_id(first_member: str) -> str:
    """Stable group id derived from the document that founded the group."""
    return "g-" + hashlib.blake2b(first_member.encode("utf-8"), digest_size=6).hexdigest()


def published_timestamp(published: str | None) -> float:
    """Seconds since the epoch, or +inf when the date is missing or unreadable."""
    if not published:
        return math.inf
    try:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return math.inf
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def canonical_key(member: Member, source_priority: tuple[str, ...]) -> tuple[float, int, int, int]:
    """Sort key of the canonical rule: the smallest key is the canonical copy."""
    rank = (
        source_priority.index(member.source)
        if member.source in source_priority
        else len(source_priority)
    )
    return (published_timestamp(member.published), -member.length, rank, member.seq)


def choose_canonical(members: Iterable[Member], source_priority: tuple[str, ...] = ()) -> Member:
    return min(members, key=lambda member: canonical_key(member, source_priority))


class UnionFind:
    """Disjoint sets over hashable nodes, with path halving."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def add(self, nodes: Iterable[Any]) -> None:
        """Make each of `nodes` a set of its own (those already known are left alone)."""
        for node in nodes:
            self.parent.setdefault(node, node)

    def find(self, node: Any) -> Any:
        parent = self.parent.setdefault(node, node)
        while parent != node:
            grand = self.parent[parent]
            self.parent[node] = grand
            node, parent = parent, grand
        return node

    def union(self, left: Any, right: Any) -> None:
        root_left, root_right = self.find(left), self.find(right)
        if root_left != root_right:
            self.parent[root_right] = root_left

    def components(self) -> dict[Any, list[Any]]:
        out: dict[Any, list[Any]] = {}
        for node in list(self.parent):
            out.setdefault(self.find(node), []).append(node)
        return out


def groups_from_records(records: Iterable[dict[str, Any]]) -> list[Group]:
    """Rebuild groups from output records (`id`, `group`, `duplicate_of`), largest first.

    Records without a `group` (dropped before dedup, or dedup not run) are skipped. The
    canonical is the member whose `duplicate_of` is empty; the order of members follows the
    records.
    """
    groups: dict[str, Group] = {}
    for record in records:
        gid = record.get("group")
        if not gid:
            continue
        group = groups.setdefault(str(gid), Group(id=str(gid), canonical=""))
        doc_id = str(record["id"])
        group.members.append(doc_id)
        pointer = record.get("duplicate_of")
        if pointer:
            group.canonical = group.canonical or str(pointer)
        else:
            group.canonical = doc_id
    for group in groups.values():
        if not group.canonical and group.members:
            group.canonical = group.members[0]
    return sorted(groups.values(), key=lambda group: (-len(group.members), group.id))
