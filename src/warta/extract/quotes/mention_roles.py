"""Roles the quote attribution read next to a speaker's name, given back to the entity mention.

The entity step finds a role by walking the words around a person's name; the quote step parses
the whole subject of a speech verb ("MX Product Marketing Senior Manager Samsung Electronics
Indonesia, Verry Octavianus, mengatakan …") and sometimes reads a role the walk missed. Where it
did, and the role stands verbatim right next to a mention of that speaker, the mention takes it.
"""

from __future__ import annotations

import re
from typing import Any

from warta.extract.ner.lexicon import ENGLISH_PRE_TITLES, ENGLISH_TITLE_FIELDS, ROLE_MODIFIERS
from warta.extract.ner.roles import OF_SOMEONE, ROLE_OPENING
from warta.extract.quotes.lexicon import ABBREVIATED_OFFICE, CLERICAL_ADDRESS
from warta.extract.quotes.speakers import names_a_role

# between a role and the name it describes: a comma, forms of address ("dr.", "Pak")
_GAP_BEFORE = re.compile(
    r"[ \t]*,?[ \t]+(?:(?:dr|drg|Dr|Prof|Ir|H|Hj|KH|Pak|Bu|Bapak|Ibu|Mbah|Mas|Mbak|Datuk|Dato['’]?"
    r"|Datin|Tan|Puan|Toh|Seri|Sri|Tun|Tengku|Tunku|Ustadz|Ustaz|Ustad|Kiai|Kyai|Buya|Gus|Habib"
    r"|Syekh)\.?[ \t]+)*$"
)
# (or no comma, where the attribution ran the name on into the role: "kata Edi Syahputra
# asisten pelatih PSMS Medan")
_GAP_AFTER = re.compile(r"[ \t]*(?:\(\d{1,3}\))?[ \t]*,?[ \t]+(?:(?:an?|the)[ \t]+)?")
# an English role's article ("Enrico Tanuwidjaja, an economist at Bank UOB Indonesia")
_ARTICLE = re.compile(r"^(?:an?|the)\s+(?=\S)", re.IGNORECASE)


# Words before an office that keep it the person's ("mantan Gubernur", "Bakal calon …")
_MODIFIERS = frozenset(
    {"mantan", "eks", "bekas", "calon", "bakal", "petahana", "kandidat", "wakil", "pelaksana",
     "plt", "pj", "penjabat", "timbalan"}
)  # fmt: skip
_OPENING = ROLE_OPENING | ROLE_MODIFIERS | ENGLISH_PRE_TITLES | ENGLISH_TITLE_FIELDS | _MODIFIERS
# "… yang juga …", "… bernama …", "menurut penuturan": a clause, no role the entity keeps
_CLAUSE = re.compile(r"\b(?:yang|bernama|menurut|adalah)\b", re.IGNORECASE)
# Who speaks for the person named after them: their role is no role of that person
_FOR_THE_NAMED = frozenset({"tim kuasa hukum", "kuasa hukum", "perwakilan", "pengacara"})


def _entity_role(role: str) -> bool:
    """Whether a speaker's role as the attribution read it is one the person's mention keeps:
    it opens on an office, calling or grade ("Gelandang Real Madrid", "Wakapolres Temanggung
    Kompol"; not "Keberhasilan pebalap Mercedes", "Dihubungi DailySocial, Vice President …"),
    is no clause and names no relation of someone else ("putri", "Tim kuasa hukum")."""
    words = role.split()
    first, last = words[0].lower().rstrip("."), words[-1].lower()
    if first in {"media", "data", "content", "government", "human"} and words[0].islower():
        return False  # "kepada media CEO Mimpi": Indonesian words too, not the English field
    return (
        (
            first in _OPENING
            or names_a_role(first)
            or ABBREVIATED_OFFICE.fullmatch(first.removeprefix("wa")) is not None
        )
        and role.count("(") == role.count(")")
        and (role[-1].isalnum() or role[-1] in ").")  # not "analis politik Jerome Sainte -"
        and _CLAUSE.search(role) is None
        and last not in OF_SOMEONE
        and not (last.endswith("nya") and last[:-3] in OF_SOMEONE)
        and role.lower() not in _FOR_THE_NAMED
    )


def _speaks(mention: dict[str, Any], speaker: str) -> bool:
    names = {str(mention.get("canonical") or ""), str(mention.get("text") or "")}
    return speaker in names


def roles_from_quotes(
    text: str, entities: list[dict[str, Any]], quotes: list[dict[str, Any]]
) -> None:
    """Set "role" on person mentions without one (or with the end of it only) where a quote of
    that person names the role right before the mention ("Kepala Ekonom PT Bank Central Asia
    Tbk. David Sumual") or set off right after it ("Siti Aminah (52), pedagang sayur, …"); the
    role is the text as written."""
    roles: dict[str, set[str]] = {}
    for quote in quotes:
        speaker, role = quote.get("speaker"), _ARTICLE.sub("", str(quote.get("role") or ""))
        if speaker and role and not quote.get("anonymous") and _entity_role(role):
            roles.setdefault(str(speaker), set()).add(role.lower())
    if not roles:
        return
    lowered = text.lower()
    for mention in entities:
        if mention.get("label") != "PER":
            continue
        start, end = int(mention["start"]), int(mention["end"])
        had = str(mention.get("role") or "").lower()
        if had in CLERICAL_ADDRESS:
            had = ""  # "Ustadz": how a cleric is addressed; an office the quote reads wins
        for speaker, roles_of_speaker in roles.items():
            # (a role the walk cut short is widened: "[Marketing] Director PT Toyota-Astra")
            wanted = {r for r in roles_of_speaker if not had or (r.endswith(had) and r != had)}
            if not wanted or not _speaks(mention, speaker):
                continue
            found = _role_before(text, lowered, start, wanted) or _role_after(
                text, lowered, end, wanted
            )
            if found is not None:
                mention["role"] = found
                break


def _spaced(role: str) -> str:
    """A pattern for a role as the article may write it, with any run of spaces between its
    words ("Komisi Pemberantasan   Korupsi")."""
    return r"[^\S\n]+".join(re.escape(w) for w in role.split())


def _role_before(text: str, lowered: str, start: int, wanted: set[str]) -> str | None:
    gap = _GAP_BEFORE.search(text, max(0, start - 24), start)
    if gap is None:
        return None
    for role in sorted(wanted, key=len, reverse=True):
        window = max(0, gap.start() - 3 * len(role) - 8)
        found = re.search(r"(?<![^\W_])" + _spaced(role) + r"$", lowered[window : gap.start()])
        if found is not None:
            return " ".join(text[window + found.start() : gap.start()].split())
    return None


def _role_after(text: str, lowered: str, end: int, wanted: set[str]) -> str | None:
    gap = _GAP_AFTER.match(text, end)
    if gap is None:
        return None
    for role in sorted(wanted, key=len, reverse=True):
        found = re.compile(_spaced(role) + r"(?![^\W_])").match(lowered, gap.end())
        if found is not None:
            return " ".join(text[gap.end() : found.end()].split())
    return None
