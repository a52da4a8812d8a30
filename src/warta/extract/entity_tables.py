"""Result tables and ranked lists: rows that open with a rank ("1. ", "10. ") and give one
name each, then a time, a gap or points.

- A racing team written after its driver in a row is the team, not the end of the
  driver's name ("1. Nico Rosberg Mercedes 1 menit 32,431 detik", "7. Nico Hulkenberg Force
  India + 2,099 detik").
- The rows of one table name one kind of thing: a row's name the tagger typed as a body,
  in a table whose other rows name people, is a person too ("5. Jonas FOLGER (Monster
  Yamaha Tech 3) 1'28.210" among riders).

Like the rules in `entity_rules`, each takes the article's mentions (dicts with text, label,
start, end; offsets into the clean text) and changes them in place.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from warta.extract.body_names import KNOWN_BODY_NAMES
from warta.extract.canonical import known_type
from warta.extract.entity_rules import RACING_TEAMS

__all__ = ["riders_keep_their_team_apart", "table_rows_share_a_type"]

# A row's rank at the start of its line
_RANK = re.compile(r"(?m)^[ \t]*\d{1,2}\.[ \t]+")

# What closes a row after its name: a time, a gap, points, laps, a team in brackets
_RESULT_AFTER = re.compile(
    r"[ \t]*(?:\+[ \t]*\d|\(|\d+[ \t]*(?:menit|detik|lap|poin|pts)\b|\d+[:'.,]\d|\d+[ \t]*$"
    r"|[ \t]*$)",
    re.MULTILINE,
)


# Words of a motor race's report
_RACE_REPORT = re.compile(
    r"\b(?:pebalap|pembalap|MotoGP|Formula[ \t]+(?:1|One|Satu)|F1|grand[ \t]+prix|Moto2|Moto3)\b",
    re.IGNORECASE,
)


# Words that open a racing team's full name
_TEAM_HEADS = frozenset({"scuderia", "team", "tim"})


def _row_starts(text: str) -> dict[int, int]:
    """Where each ranked row's name starts, mapped to the row's line number."""
    line_of = 0
    rows: dict[int, int] = {}
    last = 0
    for match in _RANK.finditer(text):
        line_of += text.count("\n", last, match.start())
        last = match.start()
        rows[match.end()] = line_of
    return rows


def riders_keep_their_team_apart(found: list[dict[str, Any]], text: str) -> None:
    """A driver's or rider's name that runs on into a racing team's in a results row splits
    into the person and the team; the team's name may go on into a place the tagger found
    ("Force" + "India"). A racing team in brackets after a driver is the team ("Kevin
    Magnussen (Haas)", "Andrea Iannone (Suzuki Ecstar)"), and so is its name alone anywhere
    in a race report."""
    rows = _row_starts(text)
    out: list[dict[str, Any]] = []
    skip: set[int] = set()
    for i, mention in enumerate(found):
        if i in skip:
            continue
        words = str(mention["text"]).split(" ")
        start = int(mention["start"])
        if mention["label"] != "PER" or start not in rows or len(words) < 3:
            out.append(mention)
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        cut = None
        for size in (2, 1):
            tail = " ".join(words[-size:]).lower()
            if len(words) - size < 2:
                continue
            if tail in RACING_TEAMS and _RESULT_AFTER.match(text, int(mention["end"])):
                cut = size
                break
            # "Nico Hulkenberg Force" + "India"
            if (
                nxt is not None
                and int(nxt["start"]) == int(mention["end"]) + 1
                and f"{tail} {str(nxt['text']).lower()}" in RACING_TEAMS
                and _RESULT_AFTER.match(text, int(nxt["end"]))
            ):
                cut = size
                skip.add(i + 1)
                break
        if cut is None:
            out.append(mention)
            continue
        name = " ".join(words[:-cut])
        team_start = start + len(name) + 1
        team_end = int(found[i + 1]["end"]) if i + 1 in skip else int(mention["end"])
        out.append({"text": name, "label": "PER", "start": start, "end": start + len(name)})
        out.append(
            {"text": text[team_start:team_end], "label": "ORG", "start": team_start,
             "end": team_end}
        )  # fmt: skip
    found[:] = out
    # "Kevin Magnussen (Haas)": a racing team in brackets after a driver is the team (named
    # with its sponsor too: "Andrea Iannone (Suzuki Ecstar)")
    for person, team in pairwise(found):
        if (
            person["label"] == "PER"
            and team["label"] != "ORG"
            and (
                str(team["text"]).lower() in RACING_TEAMS
                or any(w in RACING_TEAMS for w in str(team["text"]).lower().split(" "))
            )
            and re.fullmatch(r"[ \t]*\(", text[int(person["end"]) : int(team["start"])])
            and text.startswith(")", int(team["end"]))
        ):
            team["label"] = "ORG"
            team.pop("role", None)
    if _RACE_REPORT.search(text):
        # "pebalap Haas, Romain Grosjean": in a race report a team's name alone is the team,
        # unless it ends someone's name there ("Keisuke Honda")
        surnames = {
            str(m["text"]).split(" ")[-1].lower()
            for m in found
            if m["label"] == "PER" and " " in str(m["text"])
        }
        for mention in found:
            name = str(mention["text"]).lower()
            head, _, rest = name.partition(" ")
            if head in _TEAM_HEADS and rest in RACING_TEAMS:
                name = rest  # "Scuderia Toro Rosso"
            # (or of teams' words only: "Pramac Ducati", "Monster Yamaha Tech3" keeps apart)
            teams_words = " " in name and all(w in RACING_TEAMS for w in name.split(" "))
            if (
                mention["label"] == "PER"
                and (name in RACING_TEAMS or teams_words)
                and name not in surnames
            ):
                mention["label"] = "ORG"
                mention.pop("role", None)


def table_rows_share_a_type(found: list[dict[str, Any]], text: str) -> None:
    """In a table of ranked rows one after another, where at least three rows' names are
    people and those are more than half of them, a row's name typed as a body is a person too:
    a name of two or three words none of which warta knows as a body's or place's."""
    rows = _row_starts(text)
    heads = [m for m in found if int(m["start"]) in rows]
    tables: list[list[dict[str, Any]]] = []
    for mention in heads:
        line = rows[int(mention["start"])]
        if tables and line - rows[int(tables[-1][-1]["start"])] <= 2:
            tables[-1].append(mention)
        else:
            tables.append([mention])
    for table in tables:
        people = sum(m["label"] == "PER" for m in table)
        if people < 3 or people * 2 <= len(table):
            continue
        for mention in table:
            name = str(mention["text"])
            words = name.split()
            if (
                mention["label"] == "ORG"
                and 2 <= len(words) <= 3
                and all(w[:1].isupper() for w in words)
                and name not in KNOWN_BODY_NAMES
                and not any(known_type(w) for w in words)
                and known_type(name) is None
            ):
                mention["label"] = "PER"
