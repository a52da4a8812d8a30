"""People called by their initials after the article names them in full.

Indonesian news often names someone once and then writes only the initials of that name,
without brackets: "presiden klub Achsanul Qosasi … ungkap AQ", "Miryam S. Haryani … ibu
MSH", "Jennifer Dunn … dikhawatirkan JD melarikan diri". The initials are that person: a
PER mention wherever the article writes them, with the full name as canonical.

Like the rules in `entity_rules`, the rule takes the article's mentions (dicts with text,
label, start, end; offsets into the clean text) and changes them in place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from warta.extract.canonical import known_type
from warta.extract.entity_bodies import LEGAL_FORMS
from warta.extract.entity_rules import initials_fit

__all__ = ["initials_of_people_named"]

# Two to four capitals standing alone: not part of a code or a site ("FY.SN/PID",
# "KPK.go.id") nor a hyphened word ("SN-1")
_CAPITALS = re.compile(r"(?<![\w./@&-])[A-Z]{2,4}(?![\w/@&-])(?!\.\w)")

# What may follow the initials of a person: no capitalised word or number that would make
# them the start of a longer name ("NT Tower", "PB XIII", "AC Milan", "OSO Securitas")
_NAME_GOES_ON = re.compile(r"[ \t]+(?:[A-Z0-9]|&)")

# A capitalised word right before the initials ("PT RDS", "Ramayana RBP"): they may close a
# body's name
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w.'’-]*)[ \t]+$")

# A word for a person right before initials ("korban MA", "saudara MA", "berinisial MA")
_PERSON_BEFORE = re.compile(
    r"(?<![\w-])(?:korban|saudara|saudari|sdr\.?|tersangka|terdakwa|terpidana|pelaku|saksi"
    r"|inisial|berinisial|pria|wanita|perempuan|bocah)[ \t]+$",
    re.IGNORECASE,
)

# What a person is named as right after the initials ("menetapkan BI sebagai tersangka")
_PERSON_AFTER = re.compile(
    r"[ \t]+(?:sebagai|selaku|menjadi)[ \t]+(?:tersangka|terdakwa|terpidana|saksi|pelaku)\b",
    re.IGNORECASE,
)

# What comes before a sentence's first word: its start, a line break, a full stop, a quote
_SENTENCE_START = re.compile(r"(?:^|[.!?\n][\"'“”’ \t]*|[\"“”][ \t]*)$")


def _initials(name: str) -> str | None:
    """The initials of a person's name of two words or more, each word opening with a
    capital ("Miryam S. Haryani" → "MSH"); None for a name of one word or with words in
    lower case ("bin", "van"), whose initials papers write in more than one way."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() and w[:1].isalpha() for w in words):
        return None
    return "".join(w[0] for w in words)


def initials_of_people_named(found: list[dict[str, Any]], text: str) -> dict[str, str]:
    """Initials that stand for one person the article named in full before them are that
    person: the mention there becomes PER (or is added where the tagger missed it), and the
    returned map takes the initials to the name as written, for the document's canonical
    names.

    Left alone: initials of more than one person in the article; initials the alias tables
    know ("BI", "AS"); initials the article defines in brackets (`bracketed_aliases` reads
    those); initials a body's or place's name of the article fits ("KPK" of "Komisi
    Pemberantasan Korupsi"); initials inside a longer mention or running on into a
    capitalised word ("AC Milan", "PB XIII", "PT RDS")."""
    owners: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    for mention in found:
        if mention["label"] != "PER":
            continue
        initials = _initials(str(mention["text"]))
        if initials is None:
            continue
        owners[initials].add(str(mention["text"]))
        first.setdefault(initials, int(mention["start"]))
    if not owners:
        return {}
    bodies = [
        str(m["text"]) for m in found if m["label"] != "PER" and " " in str(m["text"]).strip()
    ]
    aliases: dict[str, str] = {}
    added: list[dict[str, Any]] = []
    for match in _CAPITALS.finditer(text):
        short = match.group()
        names = owners.get(short)
        if not names or first[short] >= match.start():
            continue
        # one person only: the longest way the article writes the name ("Achsanul Qosasi")
        full = max(names, key=len)
        if any(other not in full for other in names):
            continue
        # (a word for a person right before them makes them a person's, whatever body or
        # short form the letters also fit: "membakar korban MA", "saudara MA"; so does what
        # they are named as after them: "menetapkan BI sebagai tersangka")
        personal = _PERSON_BEFORE.search(
            text, max(0, match.start() - 20), match.start()
        ) or _PERSON_AFTER.match(text, match.end())
        if (
            (personal is None and known_type(short) is not None)
            # (defined in brackets or after a slash: "(Harmonized System/HS)")
            or f"({short})" in text
            or re.search(r"\w/" + short + r"\b", text)
            or (personal is None and any(initials_fit(short, body) for body in bodies))
            or _NAME_GOES_ON.match(text, match.end())
        ):
            continue
        before = _CAPITALISED_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before is not None and (
            before.group(1).rstrip(".") in LEGAL_FORMS
            or any(int(m["end"]) == before.end(1) for m in found)
            # a capitalised word inside the sentence ("agensi Label SJ"); a sentence's first
            # word is no name ("Menurut JK, …")
            or not _SENTENCE_START.search(text, max(0, before.start() - 4), before.start())
        ):
            continue
        covering = [
            m for m in found if int(m["start"]) < match.end() and match.start() < int(m["end"])
        ]
        if any((int(m["start"]), int(m["end"])) != match.span() for m in covering):
            continue  # inside a longer name
        for mention in covering:
            mention["label"] = "PER"
        if not covering:
            added.append(
                {"text": short, "label": "PER", "start": match.start(), "end": match.end()}
            )
        aliases[short] = full
    if added:
        found.extend(added)
        found.sort(key=lambda m: int(m["start"]))
    return aliases
