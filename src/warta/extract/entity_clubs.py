"""Clubs the tagger glued to the country named before them or to the player named after
them, as football reports write them:

- "klub Siprus Apollon", "klub Kazakhstan Astana": after the word "klub", a country and then
  a name are the country and the club; a name right after "klub Israel" is the club
  ("Maccabi Tel Aviv", which the tagger read as a person).
- "ditahan 1-1 oleh Hercules", "menang 2-0 atas Hercules": a name right after a scoreline
  and the word for whom it was against is a team, in every mention.
- "winger Lyon Maxwell Cornet", "Mantan penyerang Chelsea Bertrand Traore": after a
  player's position, a club's name and then a name of two words or more are the club and the
  player, whose role is the position at that club ("winger Lyon").
- "terinspirasi oleh Fleetwood Mac dan The Eagles": outside sports news, a club's English
  nickname names the club only where the article names a club otherwise.

Like the rules in `entity_rules`, each takes the article's mentions (dicts with text, label,
start, end; offsets into the clean text) and changes them in place.
"""

from __future__ import annotations

import re
from typing import Any

from warta.extract.canonical import CLUB_ALIASES, CLUB_NAMES, is_country, known_type
from warta.extract.ner.lexicon import LOC_HEADS
from warta.extract.quotes.speakers import is_known_place

__all__ = [
    "club_aliases_outside_sports",
    "clubs_after_scorelines",
    "clubs_after_their_country",
    "clubs_open_no_players",
    "firms_after_their_origin",
    "teams_before_origins",
]

# "klub", "tim", with "asal" after it, right before the country
_CLUB_BEFORE = re.compile(r"(?i)\b(?:klub|tim)(?:[ \t]+asal)?[ \t]+$")

# A player's position, with "mantan"/"eks" and "sang" before it, right before the club
POSITION_BEFORE = re.compile(
    r"(?i)\b((?:(?:mantan|eks|sang)[ \t]+)?(?:bek(?:[ \t]+(?:kanan|kiri|tengah))?|gelandang"
    r"|striker|penyerang|kiper|winger|playmaker|penjaga[ \t]+gawang|pemain|kapten"
    # and the club's staff: "Direktur Olahraga Lille Luis Campos", "pelatih Lyon Bruno Genesio"
    r"|(?:asisten[ \t]+)?pelatih|manajer|juru[ \t]+taktik|direktur[ \t]+(?:olahraga|teknik)))"
    r"[ \t]+$"
)

# Words of a region after a country's name: "Amerika Tengah", "Afrika Selatan"
_COMPASS = frozenset(
    {"utara", "selatan", "barat", "timur", "tengah", "tenggara", "barat daya", "timur laut",
     "latin", "raya", "serikat", "north", "south", "east", "west", "central"}
)  # fmt: skip

_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


def clubs_after_their_country(found: list[dict[str, Any]], text: str) -> None:
    """After "klub" (or "tim"), a country that opens a name splits off as the place, and the
    rest is the club; a person or place named right after "klub <country>" is the club."""
    out: list[dict[str, Any]] = []
    for mention in found:
        start = int(mention["start"])
        words = str(mention["text"]).split(" ")
        before = _CLUB_BEFORE.search(text, max(0, start - 20), start)
        cut = None
        if before is not None:
            for size in (2, 1):
                if len(words) > size and is_country(" ".join(words[:size])):
                    cut = size
                    break
        if (
            cut is not None
            and all(_NAME_WORD.fullmatch(w) for w in words[cut:])
            # (a place's name that opens with a country's: "Amerika Tengah", "Korea Utara")
            and not is_known_place(str(mention["text"]))
            and known_type(str(mention["text"])) is None
            and words[cut].lower() not in _COMPASS
        ):
            country = " ".join(words[:cut])
            club_start = start + len(country) + 1
            out.append({"text": country, "label": "LOC", "start": start,
                        "end": start + len(country)})  # fmt: skip
            out.append({"text": text[club_start : int(mention["end"])], "label": "ORG",
                        "start": club_start, "end": int(mention["end"])})  # fmt: skip
            continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and mention["label"] in ("PER", "LOC")
            and prev["label"] == "LOC"
            and is_country(str(prev["text"]))
            and text[int(prev["end"]) : start] == " "
            and _CLUB_BEFORE.search(text, max(0, int(prev["start"]) - 20), int(prev["start"]))
            and not is_country(str(mention["text"]))
            and known_type(str(mention["text"])) is None
        ):
            mention["label"] = "ORG"  # "klub Israel Maccabi Tel Aviv"
            mention.pop("role", None)
        out.append(mention)
    found[:] = out


# Each other name of a club, by the club it names
_CLUB_OF_ALIAS = {form: club for club, forms in CLUB_ALIASES.items() for form in forms}


def club_aliases_outside_sports(found: list[dict[str, Any]], sports: bool) -> None:
    """Outside sports news, a club's English nickname ("The Eagles", "The Blues") names the
    club only where the article names a club otherwise: "terinspirasi oleh Fleetwood Mac dan
    The Eagles" is the band, not Crystal Palace."""
    if sports or any(
        m.get("canonical") in CLUB_NAMES and m["text"] not in _CLUB_OF_ALIAS for m in found
    ):
        return
    for mention in found:
        text = str(mention["text"])
        if text.startswith("The ") and mention.get("canonical") == _CLUB_OF_ALIAS.get(text):
            mention["canonical"] = text


# The towns that close clubs' names, which reports name the clubs by ("Lyon" of "Olympique
# Lyon"); not a place's head word ("Kota"), nor a word that is no place ("Putra", "Dea")
_CLUB_TOWNS = frozenset(
    town
    for town in (n.split(" ")[-1] for n in CLUB_NAMES if " " in n)
    if is_known_place(town) and town.lower() not in LOC_HEADS
)


def _club(name: str, bodies: set[str]) -> bool:
    return name in CLUB_NAMES or name in _CLUB_TOWNS or name in bodies


def _club_town(name: str) -> bool:
    """A town (not a country, nor a name warta types) a club is named by ("Lille")."""
    return (
        " " not in name
        and is_known_place(name)
        and not is_country(name)
        and known_type(name) is None
        and name.lower() not in LOC_HEADS
    )


def clubs_open_no_players(found: list[dict[str, Any]], text: str) -> None:
    """After a player's position (or a coach's, a sporting director's), a club warta knows
    (or the article names as a body) that opens a name of three words or more splits off: the
    club, then the player, whose role is the position at the club. A town opens a club's name
    there too ("Direktur Olahraga Lille Luis Campos"), and a club warta knows in two words
    opens a one-word player's name ("Direktur Olahraga AS Roma Monchi")."""
    bodies = {str(m["text"]) for m in found if m["label"] == "ORG"}
    bodies |= {str(m["text"]).split(" ")[-1] for m in found if m["label"] == "ORG"}
    alone = {str(m["text"]) for m in found if m["label"] == "ORG" and " " not in str(m["text"])}
    people = {str(m["text"]) for m in found if m["label"] == "PER" and " " not in str(m["text"])}
    out: list[dict[str, Any]] = []
    for mention in found:
        words = str(mention["text"]).split(" ")
        start = int(mention["start"])
        position = POSITION_BEFORE.search(text, max(0, start - 40), start)
        cut = None
        if (
            mention["label"] in ("PER", "ORG", "LOC")
            and position is not None
            and len(words) >= 3
            and known_type(str(mention["text"])) is None
        ):
            for size in (2, 1):
                club = " ".join(words[:size])
                if len(words) - size >= 2 and (
                    _club(club, bodies) or (mention["label"] == "PER" and _club_town(club))
                ):
                    cut = size
                    break
                # a known club of two words, then a one-word name: "AS Roma Monchi"
                if size == 2 and len(words) == 3 and club in CLUB_NAMES:
                    cut = size
                    break
        elif (
            mention["label"] == "ORG"
            and position is not None
            and len(words) == 2
            and words[0] in bodies
            and words[0] in alone
            and words[1] in people
            and known_type(words[1]) is None
        ):
            # a club the article names alone, then a one-word player the article names alone
            # too: "penjaga gawang Persela Ferdiansyah"
            cut = 1
        if cut is None or not all(_NAME_WORD.fullmatch(w) for w in words[cut:]):
            out.append(mention)
            continue
        club = " ".join(words[:cut])
        person_start = start + len(club) + 1
        out.append({"text": club, "label": "ORG", "start": start, "end": start + len(club)})
        out.append(
            {"text": text[person_start : int(mention["end"])], "label": "PER",
             "start": person_start, "end": int(mention["end"]),
             "role": f"{position.group(1) if position else ''} {club}".strip()}
        )  # fmt: skip
    found[:] = out


# An athlete's calling or position right before the team: "Pebalap Marc VDS asal Australia"
_ATHLETE_BEFORE = re.compile(
    r"(?i)\b(?:pebalap|pembalap|rider|petenis|pegolf|pebasket|pebulu[ \t]?tangkis|atlet"
    r"|bek(?:[ \t]+(?:kanan|kiri|tengah))?|gelandang|striker|penyerang|kiper|winger|pemain"
    r"|penjaga[ \t]+gawang)[ \t]+$"
)
# Where the athlete comes from, then the athlete's name set off: " asal Australia, "
_ORIGIN_THEN_NAME = re.compile(r"[ \t]+asal[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*,[ \t]+")


def teams_before_origins(found: list[dict[str, Any]], text: str) -> None:
    """Between an athlete's calling and where the athlete comes from, with the athlete named
    after a comma, a name is the team: "Pebalap Marc VDS asal Australia, Jack Miller" (the
    tagger read a person), "Pebalap Mercedes asal Finlandia, Valtteri Bottas" (a place)."""
    people = {int(m["start"]) for m in found if m["label"] == "PER"}
    for mention in found:
        start = int(mention["start"])
        origin = _ORIGIN_THEN_NAME.match(text, int(mention["end"]))
        if (
            mention["label"] in ("PER", "LOC")
            and origin is not None
            and origin.end() in people
            and _ATHLETE_BEFORE.search(text, max(0, start - 30), start)
            and not is_country(str(mention["text"]))
        ):
            mention["label"] = "ORG"
            mention.pop("role", None)


# A firm's or team's noun, up to three words on its trade, and where it comes from set off
# right before the name: "perusahaan konstruksi asal Swedia, ", "tim asal Brasil, "
_FIRM_ORIGIN_BEFORE = re.compile(
    r"(?<![\w-])(?:[Pp]erusahaan|[Ss]tartup|[Pp]rodusen|[Pp]abrikan|[Mm]askapai|[Kk]lub"
    r"|[Tt]im|[Ll]abel|[Ss]tudio|[Oo]perator|[Pp]eritel|[Mm]ere[kc]|[Bb]rand)"
    r"(?:[ \t]+[a-z][\w-]*){0,3}[ \t]+asal[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?[ \t]*,[ \t]*$"
)
# One whose noun such a phrase is part of ("pelatih tim asal Jepang, Budi"): a person
_PERSON_OF = re.compile(r"(?i)(?<![\w-])(?:pelatih|pemain|pendiri|bos|ceo|direktur|pemilik)[ \t]+$")


def firms_after_their_origin(found: list[dict[str, Any]], text: str) -> None:
    """A name set off after a firm's or team's noun and where it comes from is that firm
    or team in every mention: "perusahaan konstruksi asal Swedia, Vipp" (the tagger read a
    place), "tim asal Brasil, Chapecoense"; not a place the article lists there
    ("perusahaan satelit asal Malaysia, Thailand"), nor one the phrase belongs to ("pelatih
    tim asal Jepang, Budi Santoso")."""
    firms: set[str] = set()
    for mention in found:
        start = int(mention["start"])
        name = str(mention["text"])
        cue = _FIRM_ORIGIN_BEFORE.search(text, max(0, start - 90), start)
        if (
            cue is None
            or mention["label"] not in ("LOC", "PER")
            or is_country(name)
            or is_known_place(name)
            or _PERSON_OF.search(text, max(0, cue.start() - 20), cue.start())
        ):
            continue
        firms.add(name)
    for mention in found:
        if str(mention["text"]) in firms:
            mention["label"] = "ORG"
            mention.pop("role", None)


# A scoreline and the word for whom it was against, right before the name: "ditahan 1-1 oleh",
# "menang 2-0 atas", "kalah 0-3 dari", "bermain imbang 1-1 melawan"
_SCORELINE_BEFORE = re.compile(
    r"(?<![\w-])\d[ \t]?[-–][ \t]?\d[ \t]+(?:oleh|atas|dari|melawan|kontra|lawan)[ \t]+$"
)
# Words of a football match in the sentence
_FOOTBALL = re.compile(
    r"(?i)(?<![\w-])(?:gol|leg|klub|liga|kiper|penalti|stadion|copa|derbi|derby|striker"
    r"|gelandang|sepak[ \t]?bola)(?![\w-])"
)


def _sentence_around(text: str, at: int) -> str:
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(".", at), text.find("\n", at)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def clubs_after_scorelines(found: list[dict[str, Any]], text: str) -> None:
    """A one-word name the tagger read as a person, right after a scoreline and the word for
    whom it was against ("Barcelona ditahan 1-1 oleh Hercules"), is a team: every mention of
    it (not a word of a person's name the article gives in full)."""
    name_words = {
        w
        for m in found
        if m["label"] == "PER" and " " in str(m["text"])
        for w in str(m["text"]).split()
    }
    teams = {
        str(m["text"])
        for m in found
        if m["label"] == "PER"
        and " " not in str(m["text"])
        and str(m["text"]) not in name_words
        and _SCORELINE_BEFORE.search(text, max(0, int(m["start"]) - 30), int(m["start"]))
        # (a football match: a tennis player beaten 6-2 is a person)
        and _FOOTBALL.search(_sentence_around(text, int(m["start"])))
    }
    for mention in found:
        if mention["label"] == "PER" and str(mention["text"]) in teams:
            mention["label"] = "ORG"
            mention.pop("role", None)
