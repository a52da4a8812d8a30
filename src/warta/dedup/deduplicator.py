"""The whole-stream half of dedup: exact and near-duplicate grouping, canonical choice.

Consumes documents signed by `MinHashSignature` (or signs them itself), buffers the run so the
canonical of each group is chosen with every copy in view, and sets the public annotations
`group` and `duplicate_of`. With a `DedupIndex`, new documents join groups from earlier runs;
when a new copy beats a group's stored canonical, the change is listed in `changes` so the
knowledge base can re-point the older records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from warta.dedup.groups import Member, UnionFind, canonical_key, group_id
from warta.dedup.index import DedupIndex
from warta.dedup.minhash import band_keys, candidate_pairs
from warta.dedup.normalize import normalize_utf8
from warta.dedup.options import DedupOptions
from warta.dedup.shingles import shingle_hashes_utf8
from warta.dedup.signature import (
    SHINGLES_META,
    SIGNATURE_META,
    MinHashSignature,
    decode_signature,
)
from warta.dedup.verify import ShingleSet, is_copy, overlap, shingle_set
from warta.document import Document

_EMPTY_SIGNATURE = 0xFFFFFFFF


@dataclass(frozen=True, slots=True)
class GroupChange:
    """A stored group whose canonical changed, or which absorbed other stored groups."""

    group: str
    old_canonical: str
    new_canonical: str
    merged: tuple[str, ...] = ()


@dataclass(slots=True)
class DedupReport:
    documents: int = 0
    groups: int = 0
    duplicates: int = 0
    exact_duplicates: int = 0
    candidate_pairs: int = 0
    verified_pairs: int = 0
    changes: list[GroupChange] = field(default_factory=list)


class Deduplicator:
    """Groups copies; every kept document gets `group`, copies get `duplicate_of`."""

    name = "dedup"
    parallel = False

    def __init__(self, options: DedupOptions | None = None, *, index: DedupIndex | None = None):
        self.options = options or DedupOptions()
        self.index = index
        self.report = DedupReport()
        if index is not None:
            index.check_settings(self._settings())

    def _settings(self) -> dict[str, Any]:
        o = self.options
        return {"k": o.shingle_size, "num_perm": o.num_perm, "bands": o.bands, "rows": o.rows}

    @property
    def changes(self) -> list[GroupChange]:
        return self.report.changes

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        buffered = list(docs)
        self.assign([doc for doc in buffered if doc.kept])
        for doc in buffered:
            doc.meta.pop(SHINGLES_META, None)
            doc.meta.pop(SIGNATURE_META, None)
        yield from buffered

    # -- the work -----------------------------------------------------------------
    def assign(self, docs: list[Document]) -> None:
        """Set `group` / `duplicate_of` on `docs` (all kept) and update the index."""
        report = self.report
        report.documents += len(docs)
        if self.index is not None:
            known = self.index.known_ids(doc.id for doc in docs)
            for doc in docs:
                if doc.id in known:
                    self._annotate_known(doc)
            docs = [doc for doc in docs if doc.id not in known]
        if not docs:
            return
        missing = [doc for doc in docs if "_minhash" not in doc.annotations]
        if missing:
            MinHashSignature(self.options)._sign(missing)
        sigs = np.stack([_signature(doc) for doc in docs])
        keys = band_keys(sigs, bands=self.options.bands, rows=self.options.rows)
        signed = np.flatnonzero(sigs[:, 0] != _EMPTY_SIGNATURE)
        exact = [str(doc.annotations.get("_exact", "")) for doc in docs]
        sets = _LazyShingles(docs, self.options.shingle_size)
        links = UnionFind()
        links.add(range(len(docs)))
        first_exact: dict[str, int] = {}
        for row in signed.tolist():
            if not exact[row]:
                continue
            seen = first_exact.setdefault(exact[row], row)
            if seen != row:
                links.union(seen, row)
                report.exact_duplicates += 1
        pairs: list[list[int]] = []
        if len(signed) > 1:
            pairs = signed[candidate_pairs(keys[signed])].tolist()
        report.candidate_pairs += len(pairs)
        sets.prefetch(sorted({row for pair in pairs for row in pair}))
        for left, right in pairs:
            if links.find(left) == links.find(right):
                continue
            if is_copy(overlap(sets[left], sets[right]), self.options):
                report.verified_pairs += 1
                links.union(left, right)
        stored: dict[str, Member] = {}
        if self.index is not None:
            stored = self._link_stored(docs, keys, exact, signed, sets, links)
        self._finish(docs, links, stored, keys, exact, sets)

    def _link_stored(
        self,
        docs: list[Document],
        keys: npt.NDArray[np.uint64],
        exact: list[str],
        signed: npt.NDArray[np.intp],
        sets: _LazyShingles,
        links: UnionFind,
    ) -> dict[str, Member]:
        """Union new rows with stored groups; return the stored canonicals of those groups."""
        assert self.index is not None
        rows = signed.tolist()
        found = self.index.candidates(keys[signed], [exact[row] for row in rows])
        wanted = {doc_id for ids in found.values() for doc_id in ids}
        stored_docs = self.index.load_docs(wanted)
        sets.prefetch(sorted(rows[probe] for probe in found))
        for probe, ids in found.items():
            row = rows[probe]
            for doc_id in ids:
                old = stored_docs.get(doc_id)
                if old is None or links.find(row) == links.find(("G", old.group)):
                    continue
                if is_copy(overlap(sets[row], old.shingles), self.options):
                    self.report.verified_pairs += 1
                    links.union(row, ("G", old.group))
        canonicals: dict[str, Member] = {}
        groups = {doc.group for doc in stored_docs.values()}
        for gid in groups:
            canonical = self.index.canonical(gid)
            if canonical is not None:
                loaded = self.index.load_docs([canonical]).get(canonical)
                if loaded is not None:
                    canonicals[gid] = loaded.member
        return canonicals

    def _finish(
        self,
        docs: list[Document],
        links: UnionFind,
        stored: dict[str, Member],
        keys: npt.NDArray[np.uint64],
        exact: list[str],
        sets: _LazyShingles,
    ) -> None:
        priority = self.options.source_priority
        base = self.index.next_seq() if self.index is not None else self.report.documents
        members = [
            Member(doc.id, doc.published, len(doc.text), doc.source, base + row)
            for row, doc in enumerate(docs)
        ]
        group_of_row: dict[int, str] = {}
        canonicals: dict[str, str] = {}
        moved: dict[str, str] = {}
        for nodes in links.components().values():
            if len(nodes) == 1 and isinstance(nodes[0], int):
                # Most documents have no copy: skip the canonical rule (it parses dates).
                row = nodes[0]
                gid = group_id(members[row].id)
                self.report.groups += 1
                canonicals[gid] = members[row].id
                group_of_row[row] = gid
                continue
            rows = sorted(node for node in nodes if isinstance(node, int))
            if not rows:
                continue
            old_groups = [node[1] for node in nodes if isinstance(node, tuple)]
            candidates = [members[row] for row in rows]
            candidates += [stored[gid] for gid in old_groups if gid in stored]
            best = min(candidates, key=lambda member: canonical_key(member, priority))
            if old_groups:
                # Keep the id of the stored group with the best canonical; absorb the others.
                ranked = sorted(
                    (gid for gid in old_groups if gid in stored),
                    key=lambda gid: canonical_key(stored[gid], priority),
                )
                gid = ranked[0] if ranked else sorted(old_groups)[0]
                for other in old_groups:
                    if other != gid:
                        moved[other] = gid
                previous = stored[gid].id if gid in stored else best.id
                if previous != best.id or len(old_groups) > 1:
                    merged = tuple(sorted(other for other in old_groups if other != gid))
                    self.report.changes.append(GroupChange(gid, previous, best.id, merged))
            else:
                gid = group_id(best.id)
                self.report.groups += 1
            canonicals[gid] = best.id
            for row in rows:
                group_of_row[row] = gid
        for row, doc in enumerate(docs):
            gid = group_of_row[row]
            canonical = canonicals[gid]
            doc.annotations["group"] = gid
            doc.annotations["duplicate_of"] = canonical if canonical != doc.id else None
            if canonical != doc.id:
                self.report.duplicates += 1
                if self.options.drop_duplicates:
                    doc.drop(f"duplicate: {canonical}")
        if self.index is not None:
            sets.prefetch(list(range(len(docs))))
            stored_rows = [
                (members[row], group_of_row[row], exact[row], sets[row]) for row in range(len(docs))
            ]
            self.index.add_docs(stored_rows, keys)
            self.index.set_groups(canonicals, moved)

    def _annotate_known(self, doc: Document) -> None:
        assert self.index is not None
        loaded = self.index.load_docs([doc.id])[doc.id]
        canonical = self.index.canonical(loaded.group) or doc.id
        doc.annotations["group"] = loaded.group
        doc.annotations["duplicate_of"] = canonical if canonical != doc.id else None
        if canonical != doc.id and self.options.drop_duplicates:
            doc.drop(f"duplicate: {canonical}")

    def __repr__(self) -> str:
        return f"Deduplicator(index={self.index.path if self.index else None})"


def _signature(doc: Document) -> npt.NDArray[np.uint32]:
    """The signature handed over in `meta` on the local path, else decoded from `_minhash`."""
    cached = doc.meta.pop(SIGNATURE_META, None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    return decode_signature(doc.annotations["_minhash"])


class _LazyShingles:
    """Exact shingle sets of the new documents, computed in one batch on first use."""

    def __init__(self, docs: list[Document], k: int) -> None:
        self.docs = docs
        self.k = k
        self.cache: dict[int, ShingleSet] = {}

    def __getitem__(self, row: int) -> ShingleSet:
        if row not in self.cache:
            self.prefetch([row])
        return self.cache[row]

    def prefetch(self, rows: list[int]) -> None:
        """Compute the sets of `rows` in numpy batches (verification needs only these)."""
        todo = []
        for row in rows:
            if row in self.cache:
                continue
            cached = self.docs[row].meta.pop(SHINGLES_META, None)
            if cached is not None:
                self.cache[row] = shingle_set(cached)
            else:
                todo.append(row)
        for start in range(0, len(todo), 256):
            chunk = todo[start : start + 256]
            texts = [normalize_utf8(self.docs[row].text) for row in chunk]
            hashes, offsets = shingle_hashes_utf8(texts, k=self.k)
            for number, row in enumerate(chunk):
                self.cache[row] = shingle_set(hashes[offsets[number] : offsets[number + 1]])
