"""Entity tables of the knowledge base: canonical entities, their aliases and their mentions.

Needs only a `sqlite3.Connection`. Mentions of one document are replaced as a whole, so
storing a document twice changes nothing. Names meet on `canonical_key` (case, diacritics,
spelling variants, alias table), per entity type.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from warta.errors import StoreError
from warta.extract.canonical import (
    canonical_key,
    is_known_name,
    known_type,
    spells_out,
    typed_key,
    typed_name,
)
from warta.store.schema import savepoint

__all__ = [
    "EntityDetail",
    "EntityDocument",
    "EntityMention",
    "EntitySummary",
    "add_document_entities",
    "consolidate_entities",
    "ensure_schema",
    "get_entity",
    "list_entities",
]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    key TEXT NOT NULL,
    UNIQUE (type, key)
);
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX IF NOT EXISTS entity_aliases_key ON entity_aliases(key);
CREATE TABLE IF NOT EXISTS entity_mentions (
    doc_id TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    role TEXT
);
CREATE INDEX IF NOT EXISTS entity_mentions_doc ON entity_mentions(doc_id);
CREATE INDEX IF NOT EXISTS entity_mentions_entity ON entity_mentions(entity_id);
"""


@dataclass(slots=True, frozen=True)
class EntitySummary:
    """One canonical entity with how often and in how many documents it is mentioned."""

    name: str
    type: str
    mentions: int
    documents: int


@dataclass(slots=True, frozen=True)
class EntityMention:
    doc_id: str
    text: str
    start: int
    end: int
    role: str | None


@dataclass(slots=True, frozen=True)
class EntityDocument:
    doc_id: str
    mentions: int


@dataclass(slots=True)
class EntityDetail:
    """An entity with its aliases, the documents that mention it and every mention."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    documents: list[EntityDocument] = field(default_factory=list)
    mentions: list[EntityMention] = field(default_factory=list)


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the entity tables if they are missing."""
    try:
        conn.executescript(_SCHEMA)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot create entity tables: {exc}") from exc


def _entity_id(conn: sqlite3.Connection, name: str, label: str) -> int:
    key = typed_key(name, label)
    row = conn.execute(
        "SELECT id, name FROM entities WHERE type = ? AND key = ?", (label, key)
    ).fetchone()
    if row is not None:
        shown = typed_name(name, label)
        stored = str(row[1])
        if (_shouting(stored) and not _shouting(shown)) or _lower_words(stored) > _lower_words(
            shown
        ):
            # first stored from a results table in capitals, or with words in lower case
            # ("timnas Indonesia", "Haruna soemitro"): a name is shown as running text
            # writes it, capitalised
            conn.execute("UPDATE entities SET name = ? WHERE id = ?", (shown, row[0]))
        return int(row[0])
    if (
        row is None
        and (label == "ORG" or (label == "PER" and " " in key))
        and not is_known_name(name)
    ):
        # A name joined to a fuller one earlier ("Persib" of "Persib Bandung", see
        # `consolidate_entities`), or written so by a document that gave the full name: the
        # one entity of that type that has it as an alias. Not for places ("Bandung" is
        # also named "Kota Bandung", but the regency "Kabupaten Bandung" is another place)
        # nor for a one-word person (given names are shared), nor for a name the alias
        # tables hold: "PBB" is the United Nations, though a document gave it to the party
        # "Partai Bulan Bintang".
        rows = conn.execute(
            "SELECT DISTINCT a.entity_id FROM entity_aliases a JOIN entities e "
            "ON e.id = a.entity_id WHERE a.key = ? AND e.type = ? LIMIT 2",
            (key, label),
        ).fetchall()
        if len(rows) == 1:
            row = rows[0]
    if row is None and label == "PER" and " " not in key:
        # A bare surname ("Putin") joins the one known person whose name ends with it; with
        # several candidates (two "Widodo"s) it stays on its own rather than guess.
        rows = conn.execute(
            "SELECT id FROM entities WHERE type = 'PER' AND key LIKE ? LIMIT 2", (f"% {key}",)
        ).fetchall()
        if len(rows) == 1:
            row = rows[0]
    if row is not None:
        return int(row[0])
    cur = conn.execute(
        "INSERT INTO entities (name, type, key) VALUES (?, ?, ?)",
        (typed_name(name, label), label, key),
    )
    return int(cur.lastrowid or 0)


def add_document_entities(
    conn: sqlite3.Connection, doc_id: str, entities: Iterable[Mapping[str, Any]]
) -> None:
    """Store the entity mentions of one document, replacing any it had before.

    `entities` are the dicts of `doc.annotations["entities"]` (text, label, start, end,
    canonical, optional role). Runs in a savepoint: atomic, and it nests inside a
    transaction the caller has open (the caller commits).
    """
    with savepoint(conn, "warta_entities", f"cannot store entities of document {doc_id}"):
        conn.execute("DELETE FROM entity_mentions WHERE doc_id = ?", (doc_id,))
        for ent in entities:
            label = str(ent["label"])
            text = str(ent["text"])
            canonical = str(ent.get("canonical") or text)
            entity_id = _entity_id(conn, canonical, label)
            for alias in {text, canonical}:
                conn.execute(
                    "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, key) VALUES (?, ?, ?)",
                    (entity_id, alias, typed_key(alias, label)),
                )
            conn.execute(
                'INSERT INTO entity_mentions (doc_id, entity_id, text, start, "end", role) '
                "VALUES (?, ?, ?, ?, ?, ?)",
                (doc_id, entity_id, text, int(ent["start"]), int(ent["end"]), ent.get("role")),
            )


def _is_subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    words = iter(long)
    return all(word in words for word in short)


def _is_place(words: Sequence[str]) -> bool:
    from warta.extract.ner.tagger import shipped_gazetteer

    return known_type(" ".join(words)) == "LOC" or shipped_gazetteer().get(tuple(words)) == "LOC"


# A surname alone stands for the best-known of several people bearing it when that one has
# at least this many mentions and this many times those of the next
_DOMINANT_MIN = 10
_DOMINANT_SHARE = 10


# What follows a body's name without making it another body: its legal form, its club's
# letters
_DESIGNATORS = (
    "Inc",
    "Corp",
    "Corporation",
    "Ltd",
    "LLC",
    "Plc",
    "Tbk",
    "Group",
    "FC",
    "AFC",
    "CF",
)


@lru_cache(maxsize=1)
def _designator_keys() -> tuple[str, ...]:
    """`_DESIGNATORS` as keys hold them ("Inc" → "ink")."""
    return tuple(canonical_key(word) for word in _DESIGNATORS)


# "M. VINALES", "A. Marquez": an initial, then the surname
_INITIAL = re.compile(r"[A-Z]\.\s*\w")


def _lower_words(name: str) -> int:
    """How many words of a name start in lower case."""
    return sum(1 for word in name.split() if word[:1].islower())


def _shouting(name: str) -> bool:
    """A name written in capitals throughout ("DANILO PETRUCCI"), not an acronym ("DPR RI")."""
    return name.isupper() and any(sum(ch.isalpha() for ch in w) >= 4 for w in name.split())


class _Names:
    """The PER or ORG names of the knowledge base with their mention counts, indexed by
    first and last word, for finding the fuller name a shorter one stands for."""

    def __init__(
        self,
        label: str,
        counts: dict[tuple[str, ...], int],
        cased: set[tuple[str, ...]],
        initialled: set[tuple[str, ...]] | None = None,
    ):
        self.label = label
        self.counts = counts
        self.cased = cased  # names written with a capital (no "versus Daryatmo")
        self.initialled = initialled or set()  # an initial and a surname: "M. Vinales"
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        for key in counts:
            if len(key) > 1:
                self.by_first.setdefault(key[0], []).append(key)
                self.by_last.setdefault(key[-1], []).append(key)

    def fuller(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        """The one fuller name `key` stands for, or None."""
        mentions = self.counts[key]
        if self.label == "ORG":
            # a body named without its legal form or its club's letters: "Acer" / "Acer
            # Inc", "Liverpool" / "Liverpool FC" (the name kept is the more mentioned)
            longer = [(*key, word) for word in _designator_keys()]
            designated = [k for k in longer if k in self.counts and k in self.cased]
            if len(designated) == 1:
                return designated[0]
        if len(key) == 1 and self.label == "PER":
            # a surname: one word that ends exactly one longer name ("Putin"; a given name
            # alone proves too little)
            edges = set(self.by_last.get(key[0], ()))
        elif key in self.initialled:
            # results tables and captions: "M. VINALES" is Maverick Vinales, "A. Marquez" is
            # not Marc Marquez
            edges = {
                k for k in self.by_last.get(key[-1], ())
                if len(k) > 1 and len(k[0]) > 1 and k[0][0] == key[0]
            }  # fmt: skip
        elif len(key) == 1:
            # a body named without its town: "Persib" / "Persib Bandung", "PSM" / "PSM
            # Makassar" (not "Google" / "Google Allo", "EA" / "EA Access")
            edges = {k for k in self.by_first.get(key[0], ()) if _is_place(k[1:])}
        elif self.label == "PER":
            # a person named without a middle name: "Anies Baswedan" / "Anies Rasyid
            # Baswedan"
            edges = {
                k for k in self.by_first.get(key[0], ())
                if len(k) > len(key) and k[-1] == key[-1] and _is_subsequence(key, k)
            }  # fmt: skip
        else:
            return None
        edges = {k for k in edges if k in self.counts and k in self.cased}
        if (
            len(edges) > 1
            and len(key) == 1
            and self.label == "PER"
            and all(self.counts.get(k, 0) < 2 for k in self.by_first.get(key[0], ()))
        ):
            # a surname several people share, one of them far better known: news means
            # him ("Trump": Donald Trump 153 mentions, Ivanka Trump 12). Not a word that
            # also opens a name mentioned more than once: a given name alone ("James",
            # "Indra", "Ismail") may be anyone's
            ranked = sorted(edges, key=lambda k: -self.counts[k])
            top, second = self.counts[ranked[0]], self.counts[ranked[1]]
            if top >= max(_DOMINANT_MIN, 3 * mentions) and top >= _DOMINANT_SHARE * second:
                edges = {ranked[0]}
        if len(edges) != 1:
            return None
        (found,) = edges
        # only into a name mentioned at least as often and more than once, so that a
        # well-known body does not vanish into one of its branches ("Google" / "Google
        # Indonesia")
        if len(key) == 1 and not self.counts[found] >= max(2, mentions):
            return None
        return found


def _alias_joins(conn: sqlite3.Connection) -> list[tuple[int, int, str]]:
    """(from, into, name) for each body or place stored under a short form in capitals
    ("PKPI") that another document gave as the alias of exactly one longer name whose
    initials it spells ("Partai Keadilan dan Persatuan Indonesia (PKPI)"): stored the other
    way round, the short form would have found the long one (`_entity_id`), so the
    knowledge base does not depend on the order documents come in. Only short forms the
    alias tables do not hold ("PBB" stays the United Nations, whatever party a document
    spells so) and only spelt out: a document's other aliases may be its own mistake
    ("Robert Federer" for "Roger Federer"), which one document must not carry into all."""
    try:
        rows = conn.execute(
            "SELECT e.id, e.name, o.id, o.name FROM entities e "
            "JOIN entity_aliases a ON a.key = e.key AND a.entity_id != e.id "
            "JOIN entities o ON o.id = a.entity_id AND o.type = e.type "
            "WHERE e.type IN ('ORG', 'LOC')"
        ).fetchall()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read entity aliases: {exc}") from exc
    holders: dict[int, set[int]] = {}
    spelled: dict[int, tuple[int, str]] = {}
    for entity_id, name, other_id, other_name in rows:
        holders.setdefault(int(entity_id), set()).add(int(other_id))
        if spells_out(str(name), str(other_name)):
            spelled[int(entity_id)] = (int(other_id), str(other_name))
    # (a long name is never a short form, so no join leads on to another)
    return [
        (entity_id, *spelled[entity_id])
        for entity_id, others in sorted(holders.items())
        if len(others) == 1 and entity_id in spelled  # an alias of several: no guess
    ]


def _join(conn: sqlite3.Connection, joins: Sequence[tuple[int, int, str]]) -> None:
    with savepoint(conn, "warta_consolidate", "cannot join entities"):
        for from_id, into_id, name in joins:
            conn.execute(
                "UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?",
                (into_id, from_id),
            )
            conn.execute(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, key) "
                "SELECT ?, alias, key FROM entity_aliases WHERE entity_id = ?",
                (into_id, from_id),
            )
            conn.execute(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, key) "
                "SELECT ?, name, key FROM entities WHERE id = ?",
                (into_id, from_id),
            )
            conn.execute("DELETE FROM entity_aliases WHERE entity_id = ?", (from_id,))
            conn.execute("DELETE FROM entities WHERE id = ?", (from_id,))
            conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, into_id))


def consolidate_entities(conn: sqlite3.Connection) -> int:
    """Join the entities of people and organisations that are one across documents, where
    each document could only see part of it: a surname or one word of exactly one longer
    name ("Putin" → "Vladimir Putin", "Persib" → "Persib Bandung"; a surname also of the one
    far better known person bearing it, "Trump" → "Donald Trump"), a body named without its
    legal form or club letters ("Acer" → "Acer Inc") and a person's name
    without a middle name ("Anies Baswedan" → "Anies Rasyid Baswedan"), and a name stored on
    its own before a document gave it as another entity's alias (`_alias_joins`). Places are left
    alone ("Jawa" is not "Jawa Barat"). The joined entity keeps the name with more mentions
    and every alias; later documents find it by any of them. Returns how many entities were
    joined into others. Runs in a savepoint, like `add_document_entities`.
    """
    aliased = _alias_joins(conn)
    if aliased:
        _join(conn, aliased)
    try:
        rows = conn.execute(
            "SELECT e.id, e.name, e.type, e.key, COUNT(m.entity_id) FROM entities e "
            "JOIN entity_mentions m ON m.entity_id = e.id "
            "WHERE e.type IN ('PER', 'ORG') GROUP BY e.id"
        ).fetchall()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read entities: {exc}") from exc
    by_type: dict[str, dict[tuple[str, ...], tuple[int, str, int]]] = {}
    for entity_id, name, label, key, count in rows:
        by_type.setdefault(str(label), {})[tuple(str(key).split())] = (
            int(entity_id),
            str(name),
            int(count),
        )
    joins: list[tuple[int, int, str]] = []  # (from, into, name to keep)
    for label, entities in by_type.items():
        cased = {k for k, v in entities.items() if v[1][:1].isupper()}
        initialled: set[tuple[str, ...]] = {
            k for k, v in entities.items()
            if label == "PER" and len(k) == 2 and len(k[0]) == 1 and _INITIAL.match(v[1])
        }  # fmt: skip
        names = _Names(label, {k: v[2] for k, v in entities.items()}, cased, initialled)
        counts = names.counts
        # longest first, so that a name joins its final, fullest form
        for key in sorted(entities, key=lambda k: (-len(k), k)):
            fuller = names.fuller(key) if key in counts else None
            if fuller is None:
                continue
            source, target = entities[key], entities[fuller]
            if len(key) == 1 and source[1].isupper() and len(source[1]) <= 4:
                continue  # initials ("AH", a suspect) are no surname of anyone's
            total = counts.pop(key) + counts[fuller]
            keep = target[1] if counts[fuller] >= source[2] else source[1]
            if key in initialled:
                keep = target[1]  # the name in full
            if _shouting(keep):
                # "DANILO PETRUCCI" from a results table: as running text writes it
                other = source[1] if keep == target[1] else target[1]
                whole = not _shouting(other) and len(other.split()) >= len(keep.split())
                keep = other if whole else keep.title()
            counts[fuller] = total
            entities[fuller] = (target[0], keep, total)
            joins.append((source[0], target[0], keep))
    if joins:
        _join(conn, joins)
    return len(aliased) + len(joins)


def list_entities(
    conn: sqlite3.Connection, *, type: str | None = None, limit: int = 50
) -> list[EntitySummary]:
    """Entities by number of mentions (then documents, then name), optionally of one type."""
    sql = (
        "SELECT e.name, e.type, COUNT(*) AS n, COUNT(DISTINCT m.doc_id) AS d "
        "FROM entities e JOIN entity_mentions m ON m.entity_id = e.id "
        + ("WHERE e.type = ? " if type else "")
        + "GROUP BY e.id ORDER BY n DESC, d DESC, e.name LIMIT ?"
    )
    params: tuple[Any, ...] = (type.upper(), limit) if type else (limit,)
    try:
        rows = conn.execute(sql, params).fetchall()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot list entities: {exc}") from exc
    return [EntitySummary(str(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in rows]


def get_entity(conn: sqlite3.Connection, name: str) -> EntityDetail | None:
    """The entity named `name` or any of its aliases or spelling variants; None if unknown.

    Where a name fits entities of several types, the most mentioned one is returned.
    """
    # (also as a person's own spelling: "MK", someone's initials, besides Mahkamah Konstitusi)
    key, own = canonical_key(name), typed_key(name, "PER")
    try:
        row = conn.execute(
            "SELECT e.id, e.name, e.type FROM entities e "
            "JOIN entity_aliases a ON a.entity_id = e.id "
            "LEFT JOIN entity_mentions m ON m.entity_id = e.id "
            "WHERE a.key IN (?, ?) OR e.key IN (?, ?) "
            "GROUP BY e.id ORDER BY COUNT(m.doc_id) DESC LIMIT 1",
            (key, own, key, own),
        ).fetchone()
        if row is None:
            return None
        entity_id = int(row[0])
        aliases = [
            str(r[0])
            for r in conn.execute(
                "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (entity_id,)
            )
        ]
        mentions = [
            EntityMention(str(r[0]), str(r[1]), int(r[2]), int(r[3]), r[4])
            for r in conn.execute(
                'SELECT doc_id, text, start, "end", role FROM entity_mentions '
                "WHERE entity_id = ? ORDER BY doc_id, start",
                (entity_id,),
            )
        ]
        documents = [
            EntityDocument(str(r[0]), int(r[1]))
            for r in conn.execute(
                "SELECT doc_id, COUNT(*) FROM entity_mentions WHERE entity_id = ? "
                "GROUP BY doc_id ORDER BY COUNT(*) DESC, doc_id",
                (entity_id,),
            )
        ]
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read entity {name!r}: {exc}") from exc
    return EntityDetail(str(row[1]), str(row[2]), aliases, documents, mentions)
