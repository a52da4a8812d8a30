"""Rules that build a body's whole name from the pieces the tagger found: an organ of a body
("Dewan Keamanan PBB", "Komisi III DPR"), a national team ("Timnas Argentina"), and Indonesian
clubs named with their town ("Persewangi Banyuwangi", "PSBK Kota Blitar", "Mojokerto Putra").

Like the rules in `entity_rules`, each takes the article's mentions (dicts with text, label,
start, end; offsets into the clean text) and changes them in place.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import Any

from warta.extract.canonical import (
    BODY_ALIASES,
    SHORT_FORM_INSIDE,
    canonical_name,
    is_country,
    known_type,
)
from warta.extract.ner.lexicon import COMMON_CALLINGS, TITLE_WORDS

__all__ = [
    "BOARDS",
    "FIRMS_ONLY",
    "FIRM_ENDINGS",
    "LEGAL_FORMS",
    "businesses_are_bodies",
    "clubs_named_with_their_town",
    "legal_forms_close_one_firm",
    "legal_forms_open_bodies",
    "lists_of_bodies",
    "local_governments",
    "members_glued_before_their_group",
    "military_units",
    "national_teams",
    "organs_of_bodies",
    "party_branches",
    "short_form_inside",
    "sponsors_name_teams",
    "units_around_their_short_forms",
    "units_by_their_short_forms",
]

# An organ of a body written before it: "Dewan Keamanan PBB", "Majelis Umum PBB", "Komisi III
# DPR", "Badan Anggaran DPR", "Komisi Disiplin PSSI"
_ORGAN = re.compile(
    r"\b((?:Dewan|Majelis|Komisi|Komite|Badan|Divisi|Biro|Sekretariat|Mahkamah|Pengadilan)"
    r"(?: (?:[A-Z][\w-]*|[IVX]+)){0,5}) $"
)


# Boards of a body, which news names as the body's: no body of their own
BOARDS = frozenset(
    {"pembina", "komisioner", "pengawas", "direksi", "pengurus", "penasihat", "pakar",
     "redaksi", "komisaris", "guru", "syuro", "pimpinan"}
)  # fmt: skip


def _widen(
    found: list[dict[str, Any]], mention: dict[str, Any], text: str, begin: int, end: int
) -> None:
    """Make `mention` the body named by text[begin:end], absorbing the mentions inside."""
    mention.update({"text": text[begin:end], "label": "ORG", "start": begin, "end": end})
    found[:] = [
        m for m in found if m is mention or not (begin <= int(m["start"]) and int(m["end"]) <= end)
    ]


def organs_of_bodies(found: list[dict[str, Any]], text: str) -> None:
    for mention in list(found):
        if mention["label"] != "ORG" or mention not in found:
            continue
        start = int(mention["start"])
        organ = _ORGAN.search(text, max(0, start - 70), start)
        if organ is None:
            continue
        begin = organ.start(1)
        if set(organ.group(1).lower().split()) & BOARDS:
            continue  # "Dewan Pembina Gerindra", "Dewan Komisioner OJK": the body's own board
        if any(
            m["label"] == "PER" and begin <= int(m["start"]) < start for m in found
        ):  # "Komisi … Irjen X Polri": a person stands between
            continue
        _widen(found, mention, text, begin, int(mention["end"]))


# "Timnas Argentina", "timnas Indonesia U-19", "Tim Nasional Jepang": the team, not the country
_TEAM_BEFORE = re.compile(r"\b(?:[Tt]imnas|Tim Nasional|Tim nasional) $")
_AGE_GROUP = re.compile(r" U-? ?\d{2}\b")
_AGE_GROUP_ALONE = re.compile(r"U[ \t]*-?[ \t]*\d{2}")
_NATIONAL_TEAM_BEFORE = re.compile(r"\b(?:[Tt]imnas|[Tt]im [Nn]asional)[ \t]+$")


def national_teams(found: list[dict[str, Any]], text: str) -> None:
    for mention in found:
        start = int(mention["start"])
        team = _TEAM_BEFORE.search(text, max(0, start - 14), start)
        if (
            mention["label"] == "ORG"
            and _AGE_GROUP_ALONE.fullmatch(str(mention["text"]))
            and (team := _NATIONAL_TEAM_BEFORE.search(text, max(0, start - 14), start))
        ):
            # "timnas U - 22": the age group alone is the national team of that age
            mention.update(
                {"text": text[team.start() : int(mention["end"])], "start": team.start()}
            )
            continue
        if mention["label"] != "LOC" or team is None or not is_country(str(mention["text"])):
            continue
        end = int(mention["end"])
        if age := _AGE_GROUP.match(text, end):
            end = age.end()
        mention.update(
            {"text": text[team.start() : end], "label": "ORG", "start": team.start(), "end": end}
        )


# Indonesian clubs: "Persib", "Persikad", "PSBK", "PS TNI" before their town, and a town with
# "Putra" or "United" after it ("Mojokerto Putra", "Gresik United")
_CLUB_WORD = re.compile(r"\b(Pers(?!ero|atuan|ekutuan|ada|en\b)[a-z]{2,9}|PS[A-Z]{0,4}) $")
_CLUB_TAILS = frozenset({"putra", "united", "fc", "jaya"})


def clubs_named_with_their_town(found: list[dict[str, Any]], text: str, sports: bool) -> None:
    if not sports:
        return
    for mention in list(found):
        if mention not in found:
            continue
        words = str(mention["text"]).split()
        if mention["label"] == "LOC" and len(words) >= 2 and words[-1].lower() in _CLUB_TAILS:
            mention["label"] = "ORG"
        if mention["label"] not in ("LOC", "ORG"):
            continue
        start = int(mention["start"])
        club = _CLUB_WORD.search(text, max(0, start - 14), start)
        if club is None:
            continue
        begin = club.start(1)
        _widen(found, mention, text, begin, int(mention["end"]))


# A party's regional boards ("DPD Golkar Jawa Timur", "DPC PDIP Solo"): "DPD" there is the
# party's regional board, not the Dewan Perwakilan Daerah (the central board, "DPP Partai
# Golkar", news uses for the party itself)
_BOARD_BEFORE = re.compile(r"\b(DPD|DPW|DPC)(?:[ \t]+II?)?\s$")
_PARTIES = frozenset(
    form.lower()
    for name, aliases in BODY_ALIASES.items()
    if name.startswith(("Partai", "PDI"))
    for form in (name, *aliases)
)


def _is_party(name: str) -> bool:
    return name.lower() in _PARTIES or name.startswith("Partai ")


def _opens_with_party(name: str) -> bool:
    """Whether `name` is a party, or a party and then its region ("Golkar Purwakarta")."""
    words = name.split()
    return any(_is_party(" ".join(words[:k])) for k in range(len(words), 0, -1))


def _mass_body(name: str) -> bool:
    """Whether `name` opens with the short form of a body with regional boards, not a party
    ("FPI" of "Ketua DPD FPI DKI", "KNPI"): capitals, no state body's."""
    first = name.split()[0]
    return (
        2 <= len(first) <= 6
        and first.isupper()
        and first.isalpha()
        and first not in {"DPR", "DPD", "DPRD", "MPR", "RI", "NKRI"}
    )


# Between a party's board and its region: a space, or the region's head ("Provinsi")
_REGION_BETWEEN = re.compile(r"[ \t](?:(?:Provinsi|Kabupaten|Kota|Kab\.)[ \t])?")


_ACRONYM_AFTER_BOARD = re.compile(r"[ \t]([A-Z]{2,6})\b(?![.-])")


def _boards_of_mass_bodies(found: list[dict[str, Any]], text: str) -> None:
    """ "DPD" read alone before a body's short form ("Ketua DPD FPI DKI", "DPD KNPI Jatim"):
    the body's regional board, not the Dewan Perwakilan Daerah."""
    for mention in list(found):
        if mention not in found or mention["label"] != "ORG":
            continue
        if str(mention["text"]) not in {"DPD", "DPW", "DPC"}:
            continue
        after = _ACRONYM_AFTER_BOARD.match(text, int(mention["end"]))
        if after is None or not _mass_body(after.group(1)):
            continue
        _widen(found, mention, text, int(mention["start"]), after.end())


def party_branches(found: list[dict[str, Any]], text: str) -> None:
    _boards_of_mass_bodies(found, text)
    for index, mention in enumerate(found):
        name = str(mention["text"])
        if mention["label"] != "ORG":
            continue
        start = int(mention["start"])
        head, _, rest = name.partition(" ")
        if head in {"DPD", "DPW", "DPC"} and (_is_party(rest) or (rest and _mass_body(rest))):
            begin = start  # "DPD Golkar" tagged whole
        elif (_opens_with_party(name) or _mass_body(name)) and (
            board := _BOARD_BEFORE.search(text, max(0, start - 8), start)
        ):
            # ("diperluas DPD Golkar Purwakarta": the party and its region tagged as one)
            begin = board.start(1)
        else:
            continue
        end = int(mention["end"])
        after = found[index + 1] if index + 1 < len(found) else None
        if (
            after is not None
            and after["label"] == "LOC"
            and _REGION_BETWEEN.fullmatch(text, end, int(after["start"])) is not None
            and not is_country(str(after["text"]))
        ):
            # "DPD Golkar Jawa Timur", "DPD Partai Golkar Provinsi Jawa Barat": the region's
            # board
            end = int(after["end"])
        _widen(found, mention, text, begin, end)


# "Pemerintah Kabupaten Jombang", "Pemerintah Kota Bandung": the local government, a body
_GOVERNMENT_BEFORE = re.compile(r"\bPemerintah\s$")
_REGION_HEADS = ("Kabupaten ", "Kota ", "Provinsi ")


def local_governments(found: list[dict[str, Any]], text: str) -> None:
    for mention in found:
        start = int(mention["start"])
        if (
            mention["label"] == "LOC"
            and str(mention["text"]).startswith(_REGION_HEADS)
            and (government := _GOVERNMENT_BEFORE.search(text, max(0, start - 11), start))
        ):
            begin = government.start()
            mention.update({"text": text[begin : int(mention["end"])], "label": "ORG",
                            "start": begin})  # fmt: skip


# Shops and eateries named by their kind ("Apotek Roxy", "Warung Pasta Bulungan", "Kedai Kopi
# Kulo"): a business, whatever name follows
_BUSINESS_HEADS = frozenset(
    {"apotek", "toko", "warung", "waroeng", "kedai", "rumah makan", "restoran", "resto",
     "kafe", "cafe", "bengkel", "salon", "klinik", "butik", "swalayan", "minimarket"}
)  # fmt: skip


LEGAL_FORMS = frozenset({"PT", "PT.", "CV", "CV.", "PO", "UD", "Tbk", "Perum", "Perumda"})


def businesses_are_bodies(found: list[dict[str, Any]]) -> None:
    for mention in found:
        words = str(mention["text"]).lower().split()
        if (
            mention["label"] == "PER"
            and len(words) >= 2
            and (
                words[0] in _BUSINESS_HEADS
                or " ".join(words[:2]) in _BUSINESS_HEADS
                # a company's legal form, as written: "PT …", "CV …", "PO Trans Jaya Abadi"
                or str(mention["text"]).split()[0] in LEGAL_FORMS
            )
        ):
            mention["label"] = "ORG"


# A legal form written before a name, which the tagger left outside it
_FORM_BEFORE = re.compile(
    r"(?<![\w.-])("
    + "|".join(re.escape(f) for f in sorted(LEGAL_FORMS - {"Tbk"}, key=len, reverse=True))
    + r")[^\S\n]$"
)


def legal_forms_open_bodies(found: list[dict[str, Any]], text: str) -> None:
    """A name right after a legal form the tagger left out is the firm or state enterprise
    the form makes of it: "Kepala Bidang Perumda [Pasar Jaya]" (read as a market place) is
    the body "Perumda Pasar Jaya"; "PT [Sinar Jaya]" is no person."""
    covered = [(int(m["start"]), int(m["end"])) for m in found]
    for mention in found:
        start = int(mention["start"])
        form = _FORM_BEFORE.search(text, max(0, start - 9), start)
        if form is None or any(a <= form.start(1) < b for a, b in covered):
            continue
        mention["start"] = form.start(1)
        mention["text"] = text[form.start(1) : int(mention["end"])]
        mention["label"] = "ORG"
        mention.pop("role", None)
    starts = {int(m["start"]) for m in found}
    for mention in found:
        words = str(mention["text"]).split()
        after = _WORD_LEFT_OUT.match(text, int(mention["end"]))
        if (
            mention["label"] == "ORG"
            and len(words) == 2
            and words[0] in LEGAL_FORMS
            and after is not None
            and after.start(1) not in starts
            and after.group(1).lower() not in TITLE_WORDS | COMMON_CALLINGS
            and known_type(after.group(1)) is None
            # (not a day or month it was on: "saham PT Timah Senin kemarin …")
            and after.group(1).lower() not in CALENDAR_WORDS
        ):
            # "PT First Travel terhadap …" tagged "PT First": a firm's one-word name runs on
            # over a capitalised word before the sentence goes on in lower case
            mention["end"] = after.end(1)
            mention["text"] = text[int(mention["start"]) : after.end(1)]
    for mention in found:
        run = _NAME_BEFORE_SHORT_FORM.match(text, int(mention["end"]))
        if (
            mention["label"] == "ORG"
            and str(mention["text"]).split()[0] in LEGAL_FORMS
            and run is not None
            and not any(int(mention["end"]) < a < run.end(1) for a in starts)
        ):
            # "PT [Inti] Daya Guna Aneka Warna (Indana)": a firm's name runs on to the short
            # form given for it in brackets
            mention["end"] = run.end(1)
            mention["text"] = text[int(mention["start"]) : run.end(1)]
    for mention, person in pairwise(sorted(found, key=lambda m: int(m["start"]))):
        words = str(mention["text"]).split()
        between = _WORDS_LEFT_OUT.fullmatch(text, int(mention["end"]), int(person["start"]))
        if (
            mention["label"] == "ORG"
            and words[0] in LEGAL_FORMS
            and person["label"] == "PER"
            and between is not None
            and (
                title := _WORD_BEFORE.search(
                    text, max(0, int(mention["start"]) - 30), int(mention["start"])
                )
            )
            is not None
            and title.group(1).lower() in TITLE_WORDS
            and not any(
                w.lower() in TITLE_WORDS | COMMON_CALLINGS | CALENDAR_WORDS
                or known_type(w) is not None
                for w in between.group().split()
            )
        ):
            # "Direktur PT [Indo] Beras Unggul [Jo Tjong Seng]": after an office, the firm's
            # name runs on to the person who holds it
            mention["end"] = int(person["start"]) - 1
            mention["text"] = text[int(mention["start"]) : int(mention["end"])]


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# Capitalised words left out after a firm's name, up to its short form in brackets
_NAME_BEFORE_SHORT_FORM = re.compile(r"((?:[^\S\n][A-Z][a-z]+){1,5})[^\S\n]*\([A-Z][\w&-]{1,15}\)")
# Capitalised words the tagger left out between a firm and a person: " Beras Unggul "
_WORDS_LEFT_OUT = re.compile(r"(?:[^\S\n][A-Z][a-z]{2,}){1,3}[^\S\n]")


# Days and months, capitalised where a date is ("PT Timah Senin kemarin", "sejak Maret")
CALENDAR_WORDS = frozenset(
    {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari",
     "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
     "desember"}
)  # fmt: skip
# A capitalised word after a name, then a word written small
_WORD_LEFT_OUT = re.compile(r"[^\S\n]([A-Z][a-z]{2,})(?=[^\S\n]+[a-z])")


# Words that close a racing or cycling team's name after its sponsors
_TEAM_END = re.compile(r"[^\S\n]((?:[A-Z][\w-]*[^\S\n]+){0,2}(?:Team|Racing))\b")
_TEAM_WORD = re.compile(r"\b(?:Team|Racing)$")


def sponsors_name_teams(found: list[dict[str, Any]], text: str) -> None:
    """A team named by its sponsors, then "Team" or "Racing", is one body: "Pebalap [Ducati]
    [Lenovo] Team Marc Marquez" → "Ducati Lenovo Team"; a rider right after it, after a
    calling, takes the calling and the team as role ("Pebalap Ducati Lenovo Team")."""
    taken = {int(m["start"]) for m in found}
    out: list[dict[str, Any]] = []
    covered = -1  # the end of the last team built: mentions inside it are its words
    for index, mention in enumerate(found):
        if int(mention["start"]) < covered:
            continue
        if mention["label"] != "ORG":
            out.append(mention)
            continue
        end = _TEAM_END.match(text, int(mention["end"]))
        if end is not None and end.start(1) not in taken:
            close = end.end(1)
        elif _TEAM_WORD.search(str(mention["text"])):
            close = int(mention["end"])  # "Pramac Racing", read whole by the tagger
        else:
            out.append(mention)
            continue
        start = int(mention["start"])
        before = out[-1] if out else None
        if (
            before is not None
            and before["label"] == "ORG"
            and text[int(before["end"]) : start] == " "
        ):
            start = int(before["start"])  # "Ducati" and "Lenovo": both sponsors of the team
            out.pop()
        while (
            (sponsor := _SPONSOR_BEFORE.search(text, max(0, start - 30), start)) is not None
            # (only a maker or sponsor warta knows: not "Head Engineering", "Konsultan")
            and known_type(sponsor.group(1)) == "ORG"
            and sponsor.group(1).lower() not in TITLE_WORDS | COMMON_CALLINGS | _TEAM_NOUNS
            and (before is None or int(before["end"]) <= sponsor.start(1))
        ):
            start = sponsor.start(1)  # a sponsor the tagger left out
        out.append({"text": text[start:close], "label": "ORG", "start": start, "end": close})
        # a rider's calling before the team, and any sponsor the tagger left out between:
        # "Pebalap [Ducati] Lenovo Team Marc Marquez"
        racer = _RACER_BEFORE.search(text, max(0, start - 60), start)
        if racer is not None:
            team = out.pop()
            start = racer.end(1) + 1
            out[:] = [m for m in out if int(m["end"]) <= start]
            out.append({**team, "text": text[start:close], "start": start})
        covered = close
        rider = next((m for m in found[index + 1 :] if int(m["start"]) >= close), None)
        calling = racer or _CALLING_BEFORE.search(text, max(0, start - 30), start)
        if (
            rider is not None
            and rider["label"] == "PER"
            and not rider.get("role")
            and text[close : int(rider["start"])] == " "
            and calling is not None
            and calling.group(1).lower() in TITLE_WORDS | COMMON_CALLINGS | _RACERS
        ):
            rider["role"] = text[calling.start(1) : close]
    found[:] = out
    # a team the tagger missed altogether, between a racer's calling and the rider: "Rider
    # Gresini Racing Alex Marquez"
    starts = {int(m["start"]): m for m in found}
    spans = [(int(m["start"]), int(m["end"])) for m in found]
    for match in _RACER_TEAM.finditer(text):
        a, b = match.span("team")
        glued = starts.get(a)
        if glued is not None and glued["label"] == "PER" and int(glued["end"]) > b + 1:
            # "Pebalap [Gresini Racing Alex Marquez]": the team, then the rider
            glued.update(text=text[b + 1 : int(glued["end"])], start=b + 1)
            glued.pop("role", None)
            starts = {int(m["start"]): m for m in found}
            spans = [(int(m["start"]), int(m["end"])) for m in found]
        rider = starts.get(b + 1)
        if rider is None or rider["label"] != "PER" or any(x < b and a < y for x, y in spans):
            continue
        found.append({"text": text[a:b], "label": "ORG", "start": a, "end": b})
        rider.setdefault("role", text[match.start(1) : b])
    found.sort(key=lambda m: int(m["start"]))


_RACERS = frozenset({"pebalap", "pembalap", "rider", "driver", "pesepeda", "pengemudi"})
# A racer's calling, then the sponsors' names up to the team's first word found
_RACER_BEFORE = re.compile(
    r"(?i:\b(pebalap|pembalap|rider|driver|pesepeda|pengemudi))"
    r"(?:[^\S\n]+[A-Z][\w&-]*){1,3}[^\S\n]$"
)
_RACER_TEAM = re.compile(
    r"(?i:\b(pebalap|pembalap|rider|driver|pesepeda|pengemudi))[^\S\n]+"
    r"(?P<team>(?:[A-Z][\w&-]*[^\S\n]+){1,3}(?:Team|Racing))(?=[^\S\n][A-Z])"
)
_TEAM_NOUNS = frozenset({"tim", "skuad", "pabrikan", "regu", "kesebelasan", "klub"})
_SPONSOR_BEFORE = re.compile(r"(?<![\w.-])([A-Z][\w&-]*)[^\S\n]$")
_CALLING_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)[^\S\n]$")


# Words a firm's name ends with before the country it trades in ("Mirae Asset Sekuritas
# Indonesia", "Samuel Sekuritas Indonesia", "Manulife Aset Manajemen Indonesia")
FIRM_ENDINGS = frozenset(
    {"sekuritas", "securities", "asset", "aset", "manajemen", "management", "capital",
     "kapital", "finance", "investama", "investment", "investasi", "asuransi", "insurance",
     "life", "syariah", "multifinance", "group", "grup", "teknologi", "technology", "digital",
     "energi", "energy", "resources", "mining", "industri", "industries", "farma", "pharma",
     "logistik", "logistics", "ventura", "ventures", "properti", "property", "realty",
     "land", "motor", "motors", "airlines", "airways", "consulting", "research", "riset",
     "berjangka", "futures"}
)  # fmt: skip


# Endings only a firm's name has ("Ventura", "Land", "Motor" end people's names too)
FIRMS_ONLY = frozenset(
    {"sekuritas", "securities", "asset", "aset", "manajemen", "management", "capital",
     "kapital", "finance", "multifinance", "investama", "asuransi", "insurance", "group",
     "grup", "holdings", "tbk", "berjangka", "futures"}
)  # fmt: skip
_NEXT_NAME_WORD = re.compile(r" ([A-Z][\w&-]*)(?![\w&-])")


def _firms_read_as_people(found: list[dict[str, Any]], text: str) -> None:
    starts = {int(m["start"]) for m in found}
    for mention in found:
        if mention["label"] != "PER" or " " not in str(mention["text"]):
            continue
        end = int(mention["end"])
        while (
            (after := _NEXT_NAME_WORD.match(text, end)) is not None
            and after.group(1).lower() in FIRMS_ONLY
            and after.start(1) not in starts
        ):
            end = after.end(1)
        if end == int(mention["end"]) and str(mention["text"]).split()[-1].lower() not in (
            FIRMS_ONLY
        ):
            continue
        mention.update(label="ORG", end=end, text=text[int(mention["start"]) : end])
        mention.pop("role", None)


def _local_arms_read_as_people(found: list[dict[str, Any]]) -> None:
    """A 'person' whose name closes on "Indonesia" is a firm's local arm ("Associate Country
    Manager Carousell Indonesia"), unless the article names the person without it."""
    people = {str(m["text"]) for m in found if m["label"] == "PER"}
    for mention in found:
        words = str(mention["text"]).split()
        if (
            mention["label"] == "PER"
            and len(words) >= 2
            and words[-1] == "Indonesia"
            and " ".join(words[:-1]) not in people
        ):
            mention["label"] = "ORG"
            mention.pop("role", None)


def firms_keep_their_country(found: list[dict[str, Any]], text: str) -> None:
    """A firm's name runs on over the country it trades in, which the tagger split off as a
    place: "Mirae Asset Sekuritas" + "Indonesia" → "Mirae Asset Sekuritas Indonesia". A firm
    the tagger read as a person before its ending ("Mirae Asset" + "Sekuritas") is the firm,
    as is one closing on "Indonesia" ("Carousell Indonesia")."""
    _firms_read_as_people(found, text)
    _local_arms_read_as_people(found)
    starts = {int(m["start"]) for m in found}
    for mention in found:
        # "PT Laba Forexindo" + "Berjangka": an ending only a firm has, left out, is its own
        while (
            mention["label"] == "ORG"
            and (after := _NEXT_NAME_WORD.match(text, int(mention["end"]))) is not None
            and after.group(1).lower() in FIRMS_ONLY
            and after.start(1) not in starts
        ):
            mention["end"] = after.end(1)
            mention["text"] = text[int(mention["start"]) : after.end(1)]
    out: list[dict[str, Any]] = []
    for mention in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev["label"] == "ORG"
            and mention["label"] == "LOC"
            and str(mention["text"]) == "Indonesia"
            and int(mention["start"]) == int(prev["end"]) + 1
            and text[int(prev["end"])] == " "
            and str(prev["text"]).split()[-1].lower() in FIRM_ENDINGS
        ):
            prev["end"] = int(mention["end"])
            prev["text"] = text[int(prev["start"]) : int(prev["end"])]
            continue
        out.append(mention)
    found[:] = out


# A military unit by its number and name: "Kodam XVII/Cenderawasih", "Yonif 500/Sikatan",
# "Kodim 0501/Jakarta Pusat"
_MILITARY_UNIT = re.compile(
    r"\b(?:(?P<head>Kodam|Kodim|Korem|Koramil|Yon[a-z]{2,7}|Batalyon|Brigif|Lanud|Lanal"
    r"|Lantamal|Kodaeral|Pomdam|Rindam)[ \t]+)?"
    r"(?P<number>[IVXL]{1,6}|\d{1,4})[ \t]?/[ \t]?"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t](?:Pusat|Utara|Selatan|Barat|Timur|Tengah|Jaya|Raya)\b)?)"
)
# A commander's or officer's title before the unit's number alone: "Pangdam XVII/Cenderawasih",
# "Dandim 0621/Kabupaten Bogor", "Kapendam Jaya", "Danyon"
_UNIT_TITLE_BEFORE = re.compile(
    r"(?i)\b(?:pang|kas|kapen|wadan|dan|ir)(?:dam|dim|rem|yon|ramil|lanud|lanal|lantamal|brigif)"
    r"[a-z]*\)?[ \t]+$"
)


# A rank right after a unit's name: " Mayor", " Kolonel"
_RANK_AFTER_UNIT = re.compile(
    r"[ \t]+(?:Mayor|Kolonel|Letnan|Brigadir|Jenderal|Laksamana|Marsekal|Kapten|Mayjen|Brigjen"
    r"|Kolonel|Letkol|Laksma|Laksda|Marsma|Marsda)"
)


def military_units(found: list[dict[str, Any]], text: str) -> None:
    """A unit named by its number and name is one body, whatever the tagger made of its
    pieces: "Kodam XVII/Cenderawasih", "Yonif 500/Sikatan" (not a person "Yonif"); after a
    commander's title only the number and name ("Pangdam XVII/Cenderawasih Mayjen TNI Rudi":
    the title is his role)."""
    added = False
    for match in _MILITARY_UNIT.finditer(text):
        if match.group("head") is None and not _UNIT_TITLE_BEFORE.search(
            text, max(0, match.start() - 16), match.start()
        ):
            continue
        begin, end = match.start(), match.end()
        inside = [m for m in found if int(m["start"]) < end and begin < int(m["end"])]
        if any(
            int(m["start"]) < begin
            or (
                int(m["end"]) > end
                # (not a "person" of the unit's name and the rank after it: "Pangdam
                # IX/[Udayana Mayor] Jenderal TNI Komaruddin Simanjuntak")
                and _RANK_AFTER_UNIT.fullmatch(text, end, int(m["end"])) is None
            )
            for m in inside
        ):
            continue  # a mention reaching out of it: the tagger's reading stands
        found[:] = [m for m in found if m not in inside]
        found.append({"text": text[begin:end], "label": "ORG", "start": begin, "end": end})
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


_OPENING_FORM = re.compile(r"(?:PT|PT\.|Perum|Perumda|Persero|CV)[ \t]")
_CLOSING_FORM = re.compile(r"[ \t](?:Tbk\.?|\(Persero\)(?:[ \t]Tbk\.?)?)$")


def legal_forms_close_one_firm(found: list[dict[str, Any]], text: str) -> None:
    """A firm the tagger cut in two between its legal forms ("[PT Bank China Construction]
    [Bank Indonesia Tbk]") is one: a name opened by a legal form, then, a space apart, one
    closed by a legal form that opens none, is one firm (not the central bank)."""
    ordered = sorted(found, key=lambda m: int(m["start"]))
    dropped: list[dict[str, Any]] = []
    for one, two in pairwise(ordered):
        if (
            one["label"] == "ORG"
            and two["label"] == "ORG"
            and not any(one is d for d in dropped)
            and text[int(one["end"]) : int(two["start"])] == " "
            and _OPENING_FORM.match(str(one["text"]))
            and not _CLOSING_FORM.search(str(one["text"]))
            and _CLOSING_FORM.search(str(two["text"]))
            and not _OPENING_FORM.match(str(two["text"]))
        ):
            one["end"] = int(two["end"])
            one["text"] = text[int(one["start"]) : int(one["end"])]
            dropped.append(two)
    if dropped:
        found[:] = [m for m in found if not any(m is d for d in dropped)]


def bodies_run_over_their_address(found: list[dict[str, Any]]) -> None:
    """A body the article also names alone, run on by the tagger over the places where it
    sits: "Kementerian Pertanian Ragunan Jakarta Selatan" (with "Kementerian Pertanian"
    elsewhere) is the body, then the places. Two places at least, inside a country (a known
    province, regency or city, or a place the article names alone), so "Kementerian Luar
    Negeri Rusia" and "Dinas Pendidikan Jawa Barat" stay whole."""
    from warta.extract.place_names import PROVINCES, REGENCIES

    bodies = {str(m["text"]) for m in found if m["label"] == "ORG"}
    places = (
        {str(m["text"]) for m in found if m["label"] == "LOC" and not is_country(str(m["text"]))}
        | PROVINCES
        | REGENCIES
    )
    out: list[dict[str, Any]] = []
    for mention in found:
        name, start = str(mention["text"]), int(mention["start"])
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", name)]
        split = None
        if mention["label"] == "ORG" and len(words) >= 3:
            for cut in range(len(words) - 1, 1, -1):
                if name[: words[cut - 1][1] + len(words[cut - 1][0])] in bodies:
                    rest = _as_places([w for w, _ in words[cut:]], places)
                    # (two places at least, an address: one is the body's own region, as in
                    # "Dinas Pendidikan Jawa Barat")
                    if rest is not None and len(rest) >= 2:
                        split = (cut, rest)
                    break
        if split is None:
            out.append(mention)
            continue
        cut, sizes = split
        head_end = words[cut - 1][1] + len(words[cut - 1][0])
        out.append({**mention, "text": name[:head_end], "end": start + head_end})
        index = cut
        for size in sizes:
            lo = words[index][1]
            hi = words[index + size - 1][1] + len(words[index + size - 1][0])
            out.append({"text": name[lo:hi], "label": "LOC", "start": start + lo,
                        "end": start + hi})  # fmt: skip
            index += size
    found[:] = out


def _as_places(words: list[str], places: set[str] | frozenset[str]) -> list[int] | None:
    """The words read as a run of places (the sizes of each, longest first), or None."""
    sizes: list[int] = []
    index = 0
    while index < len(words):
        size = next(
            (n for n in (3, 2, 1) if index + n <= len(words)
             and _inner_place(" ".join(words[index : index + n]), places)),
            None,
        )  # fmt: skip
        if size is None:
            return None
        sizes.append(size)
        index += size
    return sizes


def _inner_place(name: str, places: set[str] | frozenset[str]) -> bool:
    return name in places or (known_type(name) == "LOC" and not is_country(name))


# Forms of address that also close the names of hospitals and foundations ("RS Kasih Ibu",
# "RSIA Bunda", "Rumah Sakit Haji"), and the small words after such a name
_NAME_CLOSING_TITLES = re.compile(
    r"[ \t]+(Ibu|Bunda|Haji)(?=[ \t]+(?:yang|di|ke|dari|juga)\b|[.,;)])"
)


def bodies_close_with_a_title(found: list[dict[str, Any]], text: str) -> None:
    """A body's name the tagger cut before a closing "Ibu"/"Bunda"/"Haji" runs over it where
    no name follows ("pihak RS Kasih [Ibu] juga …"): no person opens there."""
    for mention in found:
        if mention["label"] != "ORG":
            continue
        closing = _NAME_CLOSING_TITLES.match(text, int(mention["end"]))
        if closing is not None and not any(int(m["start"]) == closing.start(1) for m in found):
            _widen(found, mention, text, int(mention["start"]), closing.end())


# A commission of a parliament run on into a party's faction: two bodies ("Komisi I DPR |
# Fraksi Golkar")
_COMMISSION_THEN_FACTION = re.compile(r"(Komisi [IVX]+ DPRD?(?: RI)?) (Fraksi \S.*)")
# The corruption court named in small letters: "pengadilan Tindak Pidana Korupsi Jakarta"
_CORRUPTION_COURT = re.compile(r"(?:Tindak Pidana Korupsi|Tipikor)\b")


def commissions_and_factions(found: list[dict[str, Any]], text: str) -> None:
    """Split a commission run on into a faction; the corruption court named in small letters
    is a body, no place ("di pengadilan Tindak Pidana Korupsi Jakarta")."""
    added: list[dict[str, Any]] = []
    for mention in found:
        name = str(mention["text"])
        if mention["label"] == "LOC" and _CORRUPTION_COURT.match(name):
            mention["label"] = "ORG"
        split = _COMMISSION_THEN_FACTION.fullmatch(name) if mention["label"] == "ORG" else None
        if split is None:
            continue
        start = int(mention["start"])
        faction = start + split.start(2)
        added.append(
            {"text": split.group(2), "label": "ORG", "start": faction, "end": int(mention["end"])}
        )
        mention["end"] = start + split.end(1)
        mention["text"] = text[start : int(mention["end"])]
    if added:
        found.extend(added)
        found.sort(key=lambda m: int(m["start"]))


# The unit an office's head word names ("Kapolda" heads a Polda): written right before the
# unit's place, read as the body ("Kapolda [Metro Jaya]", "Kepolisian Daerah (Polda) [Metro
# Jaya]")
_UNIT_OF_HEAD = {
    "kapolda": "Polda", "kapolres": "Polres", "kapolresta": "Polresta",
    "kapolrestabes": "Polrestabes", "kapolrestro": "Polrestro", "kapolsek": "Polsek",
    "kapolsekta": "Polsekta",
    "pangdam": "Kodam", "danrem": "Korem", "dandim": "Kodim", "danramil": "Koramil",
    "danlanal": "Lanal", "danlanud": "Lanud", "kajati": "Kejati", "kajari": "Kejari",
    "polda": "Polda", "polres": "Polres",
}  # fmt: skip
_HEAD_BEFORE = re.compile(r"(?<![\w-])\(?([A-Za-z]+)\)?[ \t]+$")


def units_named_by_their_heads(found: list[dict[str, Any]], text: str) -> dict[str, str]:
    """Aliases for a unit's place read as the body after its head's office or its own
    bracketed short form: "Metro Jaya" of "Kapolda Metro Jaya" is "Polda Metro Jaya"."""
    aliases: dict[str, str] = {}
    for mention in found:
        if mention["label"] != "ORG":
            continue
        name = str(mention["text"])
        start = int(mention["start"])
        head = _HEAD_BEFORE.search(text, max(0, start - 20), start)
        unit = _UNIT_OF_HEAD.get(head.group(1).lower()) if head is not None else None
        if unit is None or name.split()[0].lower() in _UNIT_OF_HEAD:
            continue
        aliases.setdefault(name, f"{unit} {name}")
    return aliases


# The joint between two items of a list: a comma, maybe "dan"/"serta"/"atau", or these alone
_ITEM_JOINT = re.compile(
    r"[ \t]*(?:,[ \t]*(?:(?:dan|serta|atau|ataupun)[ \t]+)?"
    r"|[ \t]+(?:dan|serta|atau|ataupun)[ \t]+)"
)


# A group's name: four letters or more, no digits ("BIGBANG", "Wanna One")
_GROUP_NAME = re.compile(r"(?=(?:\S*[^\W\d_]){4})[^\d]+")


def members_glued_before_their_group(found: list[dict[str, Any]]) -> None:
    """A body's name that is a person's name the article gives alone, then a body it names
    alone ("Taeyang BIGBANG" in a headline, where "Taeyang" is a person and "BIGBANG" a
    band) is the two: the person, then the body."""
    people = Counter(str(m["text"]) for m in found if m["label"] == "PER")
    bodies = {str(m["text"]) for m in found if m["label"] == "ORG"}
    out: list[dict[str, Any]] = []
    for mention in found:
        name = str(mention["text"])
        head, _, rest = name.partition(" ")
        if (
            mention["label"] == "ORG"
            and people[head] >= 2
            and rest in bodies
            # (not a maker's model: "Leica CL", "Sphero BB")
            and _GROUP_NAME.fullmatch(rest) is not None
        ):
            start = int(mention["start"])
            out.append({"text": head, "label": "PER", "start": start, "end": start + len(head)})
            at = start + len(head) + 1
            out.append({"text": rest, "label": "ORG", "start": at, "end": at + len(rest)})
            continue
        out.append(mention)
    found[:] = out


def lists_of_bodies(found: list[dict[str, Any]], text: str) -> None:
    """In a list of bodies ("Skype, Google Hangouts, Zoom ataupun Slack"), one name the
    tagger read as a person's, one word with no role, is a body like the rest: three items
    at least, all the others bodies, and "dan"/"atau" closing the list."""
    index = 0
    while index < len(found):
        chain, closed = [found[index]], False
        while (k := index + len(chain)) < len(found):
            joint = _ITEM_JOINT.fullmatch(text, int(found[k - 1]["end"]), int(found[k]["start"]))
            if joint is None:
                break
            chain.append(found[k])
            # (a conjunction closes the list, a comma before it or not: "…, Petronas, dan
            # Marubeni")
            if re.search(r"\b(?:dan|serta|atau|ataupun)\b", joint.group()):
                closed = True
                break
        index += len(chain)
        people = [m for m in chain if m["label"] == "PER"]
        if (
            closed
            and len(chain) >= 3
            and len(people) == 1
            and all(m["label"] == "ORG" for m in chain if m is not people[0])
            and " " not in str(people[0]["text"])
            and not people[0].get("role")
            and not any(
                m["label"] == "PER" and m["text"] == people[0]["text"] and m is not people[0]
                for m in found
            )
        ):
            people[0]["label"] = "ORG"


_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][a-z]+[ \t]+){1,4}$")


def units_around_their_short_forms(found: list[dict[str, Any]], text: str) -> None:
    """A regional unit spelled out, its short form in brackets, then its region, is one body
    where the spelled-out unit and the short form name the same unit of that region
    ("Kepolisian Daerah (Polda) Metro Jaya": the tagger found only "Metro Jaya")."""
    starts = {int(m["start"]): m for m in found}
    gone: set[int] = set()
    added: list[dict[str, Any]] = []
    for bracket in SHORT_FORM_INSIDE.finditer(text):
        region = starts.get(bracket.end())
        if region is None or region["label"] != "LOC":
            continue
        place = str(region["text"])
        short = bracket.group(1)
        run = _CAPITALISED_BEFORE.search(text, max(0, bracket.start() - 60), bracket.start() + 1)
        if run is None:
            continue
        words = list(re.finditer(r"\S+", run.group()))
        begin = next(
            (
                run.start() + words[k].start()
                for k in range(len(words) - 1)
                if canonical_name(" ".join([*(w.group() for w in words[k:]), place]))
                == canonical_name(f"{short} {place}")
            ),
            None,
        )
        if begin is None:
            continue
        end = int(region["end"])
        gone |= {id(m) for m in found if int(m["start"]) < end and int(m["end"]) > begin}
        added.append({"text": text[begin:end], "label": "ORG", "start": begin, "end": end})
    if added:
        found[:] = sorted(
            [m for m in found if id(m) not in gone] + added, key=lambda m: int(m["start"])
        )


def short_form_inside(name: str) -> str | None:
    """The short form a unit's name holds in brackets ("Polda" of "Kepolisian Daerah (Polda)
    Metro Jaya"), or None."""
    inside = SHORT_FORM_INSIDE.search(name)
    return inside.group(1) if inside is not None else None


def units_by_their_short_forms(found: list[dict[str, Any]]) -> dict[str, str]:
    """The short form a unit's name holds in brackets, for the unit, where the article names
    one such unit."""
    units: dict[str, set[str]] = {}
    for mention in found:
        short = short_form_inside(str(mention["text"]))
        if mention["label"] == "ORG" and short is not None:
            units.setdefault(short, set()).add(str(mention["text"]))
    return {short: names.pop() for short, names in units.items() if len(names) == 1}
