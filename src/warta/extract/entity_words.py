"""Rules on the words inside an entity mention, after the tagger: a clause word ends a name
("Thurman seraya", "Warners Bros ingin DiCaprio"), an English head word types it ("Nida
Rooms", "Northumbria University", "Convention Exhibition"), and corporate titles, citation
words, legal forms, scores and prices are no part of it ("CMO Jakmall", "Lansiran Dailymail",
"Persero) Tbk", "Crystal Palace 1" of "1-2"). Also: "dan" joining two fields of one body, a
score between two teams, a roman numeral closing a company, a town set off before its country.

Like the rules in `entity_rules`, each takes the article's mentions (dicts with text, label,
start, end; offsets into the clean text) and changes them in place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise
from typing import Any

from warta.extract.body_names import KNOWN_BODY_NAMES
from warta.extract.canonical import (
    CLUB_NAMES,
    PEOPLE_ALIASES,
    is_country,
    is_indonesian_place_name,
    known_type,
)
from warta.extract.entity_people import written_small
from warta.extract.entity_rules import VENUE_HEADS, english_preposition_in, initials_fit
from warta.extract.ner.lexicon import (
    ADDRESS_WORDS,
    COMMON_CALLINGS,
    ENGLISH_TITLE_FIELDS,
    NAME_TITLES,
    OFFICE_TITLES,
    ORG_LAST_WORDS,
    TITLE_WORDS,
)
from warta.extract.ner.roles import UNIT_HEADS
from warta.extract.numbers import SCALES
from warta.extract.place_names import REGENCIES
from warta.extract.quantity_units import CLASSIFIERS, MEASURE, PEOPLE, PERCENT, TIME
from warta.extract.quotes.lexicon import BALINESE_NAMES
from warta.extract.quotes.speakers import RANKS

__all__ = [
    "amounts_close_no_names",
    "benches_are_no_part_of_courts",
    "bodies_across_dan",
    "callings_open_no_names",
    "clause_words_end_names",
    "conditions_are_no_names",
    "countries_open_no_bodies",
    "cups_are_no_people",
    "english_heads_type_names",
    "english_offices_are_no_people",
    "event_codes_are_no_names",
    "full_stops_close_no_names",
    "grades_open_no_bodies",
    "languages_are_no_people",
    "misspelt_weekdays_are_no_names",
    "no_titles_or_legal_forms",
    "numerals_close_bodies",
    "places_after_offices_open_no_people",
    "plates_are_no_names",
    "reference_numbers_are_no_names",
    "religions_are_no_names",
    "sayings_are_no_places",
    "scores_split_names",
    "short_forms_of_common_nouns",
    "sign_offs_are_no_people",
    "sports_grounds_are_places",
    "titles_glued_to_names",
    "towns_with_their_country",
    "units_are_no_names",
]

# Lower-case words a name may hold: particles of people's names ("Edwin van der Sar",
# "Mohammed bin Salman") and the joining words of bodies' and places' names ("Kementerian
# Hukum dan HAM", "University of Edinburgh", "Parc des Princes").
_NAME_PARTICLES = frozenset(
    {"bin", "binti", "van", "von", "der", "den", "de", "di", "da", "das", "do", "dos", "del",
     "della", "dello", "degli", "al", "el", "la", "le", "les", "des", "du", "y", "e", "zu",
     "ter", "ten", "ibn", "bte", "dan", "untuk", "of", "and", "the", "for", "on", "in", "a",
     "au", "und", "et", "se"}
)  # fmt: skip

# Words that open the rest of a clause, never part of a body's or place's name: a verb or a
# connective the tagger ran on into ("Warners Bros ingin DiCaprio", "Freeport antara
# Indonesia", "Palapa D milik Indosat")
_CLAUSE_WORDS = frozenset(
    {"ingin", "akan", "antara", "milik", "karya", "julukan", "seberang", "yang", "adalah",
     "merupakan", "ialah", "yakni", "yaitu", "bersama", "kepada", "seraya", "sambil", "saat",
     "ketika", "usai", "telah", "sudah", "juga", "pun", "itu", "ini", "tersebut", "kata",
     "ujar", "bahwa", "dikurangi", "lawan", "kontra", "versus", "vs", "atau", "serta",
     # ("Christiano Ronaldo plus Karim Benzema", "Raisa x Isyana": two names joined)
     "plus", "x", "hingga", "sampai", "dengan",
     # ("Los Blancos atas La Coruna": a win over)
     "atas"}
)  # fmt: skip
_JOINING = frozenset({"plus", "x", "serta", "atau", "dengan", "versus", "vs", "lawan", "kontra"})
# Heads that name nothing alone
_BARE_HEADS = frozenset(
    {"partai", "jembatan", "majelis", "lembaga", "bank", "timnas", "tim", "klub", "kota",
     "kabupaten", "desa", "gedung", "stadion", "universitas", "kementerian", "dinas", "badan"}
)  # fmt: skip
_VERB = re.compile(r"(?:me|ber|mem|men|meng|meny|di|ter)[a-z]{4,}")

_WORD = re.compile(r"\S+")


def _cased(text: str) -> bool:
    return len(re.findall(r"\b[A-Z][a-z]", text)) >= 3


def _name_words(mention: dict[str, Any]) -> list[re.Match[str]]:
    return list(_WORD.finditer(str(mention["text"])))


def _ends_name(word: str, previous: str) -> bool:
    """Whether a lower-case `word` inside a name span ends the name before it."""
    if not (word.isalpha() and word.islower()) or word in _NAME_PARTICLES:
        return False
    if previous == "-" and len(word) <= 3:
        return False  # "Son Heung - min": a Korean given name's second syllable
    # ("Haruna soemitro": a surname written small is still part of the name)
    return word in _CLAUSE_WORDS or _VERB.fullmatch(word) is not None


# A name glued to the title that opens the next line ("Zlatan IbrahimovicPelatih: Jose
# Mourinho"), a page's line break lost
_GLUED_TITLE = re.compile(r"(?<=[a-z]{2})([A-Z][a-z]+)$")


def titles_glued_to_names(found: list[dict[str, Any]]) -> None:
    """A person's last word that runs on into a title word, a line break lost between them,
    ends before it: "Zlatan IbrahimovicPelatih" is "Zlatan Ibrahimovic"."""
    for mention in found:
        glued = _GLUED_TITLE.search(str(mention["text"]))
        if (
            mention["label"] == "PER"
            and glued is not None
            and glued.group(1).lower() in TITLE_WORDS
        ):
            mention["end"] = int(mention["end"]) - len(glued.group(1))
            mention["text"] = str(mention["text"])[: glued.start(1)]


# Callings that are also given names or words of a name: they stay inside it
_CALLINGS_IN_NAMES = frozenset({"bintang", "tunggal", "ganda", "tokoh", "pakar", "kader"})


def callings_open_no_names(found: list[dict[str, Any]]) -> None:
    """A calling written capitalised at a sentence's start, read into a name of two words or
    more after it, is the person's role: "Pesinetron Soraya Larasati baru saja melahirkan" →
    "Soraya Larasati", role "Pesinetron"."""
    for mention in found:
        words = str(mention["text"]).split(" ")
        first = words[0]
        if (
            mention["label"] == "PER"
            and len(words) >= 3
            and first[:1].isupper()
            and first[1:].islower()
            and first.lower() in COMMON_CALLINGS - _CALLINGS_IN_NAMES - NAME_TITLES
            and not mention.get("role")
        ):
            mention["start"] = int(mention["start"]) + len(first) + 1
            mention["text"] = " ".join(words[1:])
            mention["role"] = first


def clause_words_end_names(found: list[dict[str, Any]], text: str) -> None:
    """In cased text, a lower-case word that is no name particle ends a name: the words before
    keep the label; the capitalised words after stay a mention only when the article names
    them so elsewhere ("… ingin DiCaprio" where "DiCaprio" is a person)."""
    if not _cased(text):
        return
    labels = {str(m["text"]): m["label"] for m in found}
    for m in found:  # a surname alone names the person: "DiCaprio" of "Leonardo DiCaprio"
        if m["label"] == "PER" and " " in str(m["text"]):
            labels.setdefault(str(m["text"]).split()[-1], "PER")
    out: list[dict[str, Any]] = []
    for mention in found:
        words = _name_words(mention)
        cut = next(
            (i for i in range(1, len(words)) if _ends_name(words[i].group(), words[i - 1].group())),
            None,
        )
        if cut is None:
            out.append(mention)
            continue
        start = int(mention["start"])
        rest_from = cut
        while cut > 1 and not any(ch.isalnum() for ch in words[cut - 1].group()):
            cut -= 1  # a dash before the aside ("The Red Devils - julukan United")
        head = str(mention["text"])[: words[cut - 1].end()]
        if cut > 1 or head.lower() not in _BARE_HEADS:  # "Partai antara …": no name left
            out.append({**mention, "text": head, "end": start + len(head)})
        rest = next(
            (i for i in range(rest_from + 1, len(words)) if words[i].group()[:1].isupper()), None
        )
        if rest is not None:
            tail = str(mention["text"])[words[rest].start() :]
            # (two of a kind joined: "Christiano Ronaldo plus Karim Benzema" names two
            # people, the second in full)
            joined = (
                words[rest_from].group() in _JOINING
                and rest == rest_from + 1
                and mention["label"] == "PER"
                and len(words) - rest >= 2
            )
            if (tail in labels or joined) and not any(w.group().islower() for w in words[rest:]):
                begin = start + words[rest].start()
                out.append(
                    {**mention, "text": tail, "label": labels.get(tail, mention["label"]),
                     "start": begin, "end": begin + len(tail)}
                )  # fmt: skip
    found[:] = out


# Lower-case words that may close a place's name ("Jawa tengah", "Suriah utara")
_PLACE_CLOSERS = frozenset(
    {"utara", "selatan", "barat", "timur", "tengah", "tenggara", "laut", "daya", "raya", "baru",
     "besar", "kecil", "atas", "bawah", "hulu", "hilir", "dalam", "luar", "pusat", "jaya"}
)  # fmt: skip


def common_words_close_no_places(found: list[dict[str, Any]], text: str) -> None:
    """A word of the language written small at the end of a place, which the article also
    writes elsewhere, is no part of it: "tanggul Kali Ciliwung [Kampung Pulo air] sudah tak
    tersisa" → "Kampung Pulo"."""
    if not _cased(text):
        return
    for mention in found:
        name = str(mention["text"])
        head, _, last = name.rpartition(" ")
        if (
            mention["label"] != "LOC"
            or not head
            or not (last.isalpha() and last.islower())
            or last in _PLACE_CLOSERS
            or last in _NAME_PARTICLES
            or not head.split()[-1][:1].isupper()
            # (a head that names nothing alone: "Jembatan kaca", "Kota bandung")
            or head.split()[-1].lower() in _BARE_HEADS | {"pendopo", "kampung", "pantai"}
            or len(re.findall(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", text)) < 2
            # (a name written small once: "Kota bandung" where "Bandung" is written too)
            # (not after a sentence's end: "Air hanya tinggal …")
            or re.search(r"[\w,][ \t]+" + re.escape(last.capitalize()) + r"(?![\w-])", text)
        ):
            continue
        mention["text"] = head
        mention["end"] = int(mention["start"]) + len(head)


# English head words that close a body's name ("Nida Rooms", "Northumbria University", "New
# York Times") or a venue's ("Indonesia Convention Exhibition", "Staples Center")
_ORG_FIRST = frozenset({"university", "universitas", "bank", "institute"})
# Short words for a government's units that open their names ("Sudin", a Suku Dinas)
_UNIT_FIRST = frozenset({"sudin", "kasudin"})
# (not words that are also surnames: "Nathan Hall", "James Bay", "Albert Park")
_VENUE_LAST = frozenset(
    {"center", "centre", "arena", "stadium", "gardens", "mall", "plaza", "exhibition",
     "convention", "hotel", "resort", "airport", "avenue", "beach", "island", "islands",
     "valley", "circuit", "waterpark", "waterboom", "zoo", "museum", "cafe", "café",
     "restaurant", "resto", "bistro",
     # (not "park", "hall", "lake": "Grace Park", "Kevin Hall", "Ricki Lake")
     "place", "palace", "square", "street", "road", "tower", "towers", "building", "castle"}
)  # fmt: skip


# Heads that close a venue's name and never a body's
_VENUE_ONLY = frozenset({"theater", "theatre", "stadium", "arena", "airport", "circuit"})
_AT = re.compile(r"\b(?:di|ke|dari|menuju|at)\s$")


# Words that open the name of a sports ground: what follows is the ground's name, whoever it
# is named after ("Stadion H Agus Salim", "Estadio Ramon Sanchez Pizjuan") or whatever the
# tagger took it for ("Stadio Olimpico Grande Torino" as a body)
_GROUND_HEADS = frozenset(
    {"stadion", "stadio", "estadio", "stade", "stadium", "sirkuit", "circuit"}
)
# Two words that open a zoo's or a park's name
_PARK_HEADS = frozenset(
    {"kebun binatang", "kebun raya", "taman safari", "taman margasatwa", "taman nasional",
     "taman hutan"}
)  # fmt: skip
_GROUND_BEFORE = re.compile(
    r"(?<![\w-])(?:Stadion|Stadio|Estadio|Stade|Stadium|Sirkuit|Circuit)"
    r"(?:[ \t]+(?:[A-Z][\w'’-]*\.?|de|del|da|do|di))*[ \t]+$"
)


def sports_grounds_are_places(found: list[dict[str, Any]], text: str) -> None:
    """A body whose name opens with a ground's head ("Stadio Olimpico Grande Torino") is a
    place, and so is a person or body named right after a head the tagger left out, with any
    capitalised words between ("Stadion H Agus Salim", "Estadio Ramon Sanchez Pizjuan"): the
    ground is named after them. A place named so is the ground too ("Stadion Si Jalak
    Harupat")."""
    ends = {int(m["end"]) for m in found}
    for mention in found:
        words = str(mention["text"]).split()
        if mention["label"] == "ORG" and words[0].lower() in _GROUND_HEADS and len(words) > 1:
            mention["label"] = "LOC"
            continue
        if (
            mention["label"] != "LOC"
            and len(words) > 2
            and " ".join(words[:2]).lower() in _PARK_HEADS
        ):
            # "Kebun Binatang Taronga", "Taman Safari Indonesia": a zoo or park, a place
            mention["label"] = "LOC"
            mention.pop("role", None)
            continue
        start = int(mention["start"])
        head = _GROUND_BEFORE.search(text, max(0, start - 60), start)
        if head is None or any(head.start() < end <= start for end in ends):
            continue  # (a mention of the ground's own runs up to the name: other rules')
        mention["start"] = head.start()
        mention["text"] = text[head.start() : int(mention["end"])]
        mention["label"] = "LOC"
        mention.pop("role", None)


# Performers, named right after their profession ("aktris Chelsea Islan"); not players or
# band members, whose club or band may come first ("pemain Chelsea", "vokalis Coldplay"), nor
# directors and writers, whose work may ("sutradara The Dark Knight")
_ONE_PERSON = re.compile(
    r"\b(?:aktris|aktor|artis|penyanyi|pedangdut|presenter|model|komedian|pelawak|rapper"
    r"|selebgram|youtuber|pesinetron|selebritas)[^\S\n]+$",
    re.IGNORECASE,
)


# A performer's profession right before a one-word name ("musisi Macklemore", "rapper Eminem")
_PERFORMER = re.compile(
    r"\b(?:aktris|aktor|penyanyi|pedangdut|rapper|musisi|komedian|pelawak|presenter|selebgram"
    r"|youtuber|pesinetron)[^\S\n]+$",
    re.IGNORECASE,
)


def professions_name_people(found: list[dict[str, Any]], text: str) -> None:
    """A name right after a profession of one person is a person's, though the tagger took
    a club or brand word in it for a body ("aktris Chelsea Islan")."""
    people = {
        str(m["text"])
        for m in found
        if m["label"] == "ORG"
        and " " in str(m["text"])
        and not str(m["text"]).startswith("The ")  # "aktor The Walking Dead": his series
        and str(m["text"]) not in KNOWN_BODY_NAMES
        # ("penyanyi Sign of the Times": a work of the singer's)
        and not english_preposition_in(str(m["text"]))
        and _ONE_PERSON.search(text, max(0, int(m["start"]) - 14), int(m["start"]))
    }
    # (one word too, after a performer's profession: "musisi Macklemore"; not an acronym
    # nor a body warta knows)
    people |= {
        str(m["text"])
        for m in found
        if m["label"] == "ORG"
        and " " not in str(m["text"])
        and not str(m["text"]).isupper()
        and str(m["text"]) not in KNOWN_BODY_NAMES
        and known_type(str(m["text"])) is None
        and _PERFORMER.search(text, max(0, int(m["start"]) - 14), int(m["start"]))
    }
    for mention in found:  # in all the article's mentions of the name
        if mention["label"] == "ORG" and str(mention["text"]) in people:
            mention["label"] = "PER"


_SHARES_OF = re.compile(r"(?:Shares|Stocks|Stakes?|Units|Bonds) (?:of|in) (?=[A-Z])")


# English words of a firm's trade that no person's name holds, inside a name of three words
# or more ("Marza Animation Planet", "Legendary Entertainment Group")
_FIRMS_INNER_WORDS = frozenset(
    {"animation", "entertainment", "studios", "pictures", "records", "media", "technologies",
     "capital", "ventures", "motors", "airlines", "productions", "games", "interactive",
     "software", "pharmaceuticals", "logistics", "insurance"}
)  # fmt: skip


def english_heads_type_names(found: list[dict[str, Any]], text: str) -> None:
    """A name of two or more capitalised words that an English head closes is a body's (or a
    venue's), whatever the tagger thought: no person is called "Nida Rooms". A company's
    shares opening an English sentence are no part of its name ("Shares of Bank Central
    Asia rose …")."""
    for mention in found:
        shares = _SHARES_OF.match(str(mention["text"]))
        if shares is not None and len(str(mention["text"])) > shares.end():
            mention["start"] = int(mention["start"]) + shares.end()
            mention["text"] = str(mention["text"])[shares.end() :]
        words = str(mention["text"]).split()
        if len(words) < 2 or not all(
            w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words
        ):
            continue
        last, first = words[-1].lower(), words[0].lower()
        if (
            mention["label"] in ("PER", "LOC")
            # "Stadion Selayang Municipal Council": a venue named after its owner
            and first not in VENUE_HEADS
            and (
                last in ORG_LAST_WORDS
                or (first in _ORG_FIRST and words[1].lower() == "of")
                # "Sudin Perpustakaan", "Sudin UKM": a city's sub-agency
                or first in _UNIT_FIRST
                # "Marza Animation Planet": a firm's word inside the name
                or any(w.lower() in _FIRMS_INNER_WORDS for w in words[1:-1])
            )
        ):
            mention["label"] = "ORG"
            mention.pop("role", None)  # ("analis Indosurya Sekuritas": no role of a body)
        elif mention["label"] == "PER" and last in _VENUE_LAST:
            mention["label"] = "LOC"
        elif (
            mention["label"] == "ORG"
            and last in _VENUE_ONLY
            and _AT.search(text, max(0, int(mention["start"]) - 8), int(mention["start"]))
        ):
            # "di Microsoft Theater", "ke King Power Stadium": a venue ("Dream Theater" the
            # band, "GSM Arena" the site, are named without a preposition of place)
            mention["label"] = "LOC"


# Corporate titles that open a body's span ("CMO Jakmall Tommy Lim" tagged "CMO Jakmall"), and
# words that cite a source ("Lansiran Dailymail", "Dilansir Reuters")
_OPENERS = frozenset(
    {"ceo", "cmo", "cto", "coo", "cfo", "cio", "cpo", "founder", "co-founder", "pendiri",
     "lansiran", "dilansir", "melansir", "mengutip", "dikutip", "via", "sumber"}
)  # fmt: skip
# An office of two words before the town or region it serves, read as part of a place
_TWO_WORD_OFFICE = re.compile(
    r"(?:Wakil[ \t]+)?(?:Wali[ \t]+Kota|Walikota|Wakil[ \t]+Bupati|Wakil[ \t]+Gubernur)"
    r"[ \t]+(?=[A-Z])"
)
# A company's legal form alone ("PT Semen Gresik (Persero) Tbk" tagged "… Gresik" and
# "Persero) Tbk"): no name of its own
_LEGAL_FORM = re.compile(r"\(?(?:Persero|Tbk|Ltd|Inc)\)?\.?(?:\s+(?:Tbk|Ltd|Inc)\.?)?")


# A score or a price read into a name: "Marc Zwiebler 21" (of "21-15"), "Crystal Palace 1-2",
# "SGD 248"
_TRAILING_NUMBER = re.compile(r"(?:\s+\d+)+$")
_KILOMETRE_POST = re.compile(r"\s+(?:Km|KM|km)\.?\s*\d+(?:[.,+]\d+)?$")
_TRAILING_SCORE = re.compile(r"\s+\d{1,3}\s?[-–]\s?\d{1,3}$")
_SCORE_NEXT = re.compile(r"\s?[-–]\s?\d")
_PRICE = re.compile(r"(?:SGD|USD|IDR|MYR|EUR|GBP|JPY|AUD|HKD|Rp|US\$)\s?\d[\d.,]*")


# Titles of heads of state written before their country
_RULERS = frozenset({"emir", "presiden", "raja", "ratu", "sultan", "kaisar", "kanselir"})


# Honorifics of clerics and scholars, which only people's names follow
_HONOURED = frozenset(
    {"buya", "abuya", "habib", "ustaz", "ustadz", "kiai", "kyai", "syekh", "syeikh", "syaikh"}
)


def no_titles_or_legal_forms(found: list[dict[str, Any]], article: str = "") -> None:
    found[:] = [m for m in found if not _PRICE.fullmatch(str(m["text"]))]
    for mention in found:
        text = str(mention["text"])
        number = _TRAILING_NUMBER.search(text)
        if mention["label"] != "PER" and not _SCORE_NEXT.match(article, int(mention["end"])):
            # ("Crystal Palace 1" of "1-2": the first half of a score)
            number = _TRAILING_SCORE.search(text)
        if mention["label"] == "LOC":
            # "Tol Cipularang Km 92": the kilometre post says where on the road, no name
            number = _KILOMETRE_POST.search(text) or number
        if number and number.start() > 0:
            mention["text"] = text[: number.start()]
            mention["end"] = int(mention["start"]) + number.start()
    for mention in found:
        office = _TWO_WORD_OFFICE.match(str(mention["text"]))
        if mention["label"] == "LOC" and office is not None:
            # "rumah dinas Wali Kota Madiun" read as one place: the office, then its town
            mention["start"] = int(mention["start"]) + office.end()
            mention["text"] = str(mention["text"])[office.end() :]
    for mention in found:
        words = _name_words(mention)
        if (
            len(words) > 1
            and (
                words[0].group().lower() in _OPENERS
                # "Kelian Banjar Tegal": an office before the place it serves, read as one place
                or (mention["label"] == "LOC" and words[0].group().lower() in OFFICE_TITLES)
                # "Emir Qatar" read as a body: the ruler's title, then the country
                or (
                    words[0].group().lower() in _RULERS
                    and is_country(str(mention["text"])[words[1].start() :])
                )
            )
        ):
            text = str(mention["text"])[words[1].start() :]
            mention["start"] = int(mention["end"]) - len(text)
            mention["text"] = text
            if words[0].group().lower() in _RULERS and is_country(text):
                mention["label"] = "LOC"
                mention.pop("role", None)
            elif mention["label"] == "LOC" and words[0].group().lower() in _HONOURED:
                # "rumah Abuya Majid": a cleric's honorific opens a person's name
                mention["label"] = "PER"
                mention["role"] = words[0].group()
        elif (
            len(words) > 1
            and words[0].group().endswith(".")
            and words[0].group().lower().rstrip(".") in ADDRESS_WORDS
            and words[1].group()[:1].isupper()
        ):
            # "Capt. Hasudungan Tambunan" read as a body: a form of address with its dot opens
            # a person's name, and is no part of it
            text = str(mention["text"])[words[1].start() :]
            mention["start"] = int(mention["end"]) - len(text)
            mention["text"] = text
            mention["label"] = "PER"
    found[:] = [m for m in found if not _LEGAL_FORM.fullmatch(str(m["text"]))]


_NUMERALS = frozenset({"I", "II", "III", "IV", "V", "VI"})


# English office words that name no one alone ("Chief Technology [Officer] (CTO) Jeremy King")
_ENGLISH_OFFICE_WORDS = frozenset(
    {"officer", "manager", "director", "president", "chairman", "chairwoman", "executive",
     "secretary", "founder", "co-founder", "head", "chief", "partner", "analyst", "economist",
     "ceo", "cfo", "cto", "coo", "vp", "svp", "evp", "principal", "lead", "specialist"}
)  # fmt: skip


def english_offices_are_no_people(found: list[dict[str, Any]], text: str) -> None:
    """A person's mention of English office words only, the rest of a title the tagger read
    as a name ("Chief Technology [Officer] (CTO) Jeremy King"), is no one."""
    found[:] = [
        m
        for m in found
        if not (
            m["label"] == "PER"
            and all(w.lower() in _ENGLISH_OFFICE_WORDS for w in str(m["text"]).split())
            and not str(m["text"]).isupper()
        )
    ]


def numerals_close_bodies(found: list[dict[str, Any]], text: str) -> None:
    """A roman numeral opening a person's span belongs to the body before it ("PT Angkasa
    Pura I Sujiastono": the company is Angkasa Pura I), unless a Balinese name follows ("I
    Wayan Koster")."""
    for index, mention in enumerate(found):
        words = _name_words(mention)
        if (
            mention["label"] != "PER"
            or len(words) < 2
            or words[0].group() not in _NUMERALS
            or words[1].group().lower() in BALINESE_NAMES
        ):
            continue
        start = int(mention["start"])
        body = found[index - 1] if index else None
        if body is None or body["label"] != "ORG" or text[int(body["end"]) : start] != " ":
            continue
        body["end"] = start + words[0].end()
        body["text"] = text[int(body["start"]) : int(body["end"])]
        mention["start"] = start + words[1].start()
        mention["text"] = text[int(mention["start"]) : int(mention["end"])]


# Roman numerals a company's or a unit's name carries inside it ("Pelindo III Tanjung Emas",
# "Kodam IV Diponegoro"); a person's numeral closes the name ("Hamengku Buwono X")
_INNER_NUMERALS = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"})


def numbered_names_are_bodies(found: list[dict[str, Any]]) -> None:
    """A "person" with a roman numeral inside the name, after a capitalised word, is a
    numbered body or its branch: "General Manager Pelindo III Tanjung Emas, Agus …"; so is
    the body alone, read as a person elsewhere ("Pelindo III")."""
    bodies: set[str] = set()
    for mention in found:
        words = str(mention["text"]).split()
        at = next(
            (
                i
                for i, word in enumerate(words[1:-1], start=1)
                if word in _INNER_NUMERALS and words[i - 1][:1].isupper()
            ),
            None,
        )
        if mention["label"] == "PER" and at is not None:
            mention["label"] = "ORG"
            mention.pop("role", None)
            bodies.add(" ".join(words[: at + 1]))
    for mention in found:
        if mention["label"] == "PER" and str(mention["text"]) in bodies:
            mention["label"] = "ORG"
            mention.pop("role", None)


# Words that open a place's name and never close it: a cape's, a bay's ("Pelabuhan Tanjung
# Emas", where the tagger stops before a common word)
_CAPE_WORDS = frozenset({"Tanjung", "Teluk"})
_NEXT_NAME_WORD = re.compile(r"[ \t]([A-Z][a-z]{2,})\b")


def capes_close_no_places(found: list[dict[str, Any]], text: str) -> None:
    """A place or body ending in "Tanjung"/"Teluk" takes the capitalised word after it:
    "Pelabuhan Tanjung Emas" (not where another mention starts there)."""
    starts = {int(m["start"]) for m in found}
    for mention in found:
        words = str(mention["text"]).split()
        if mention["label"] not in ("LOC", "ORG") or len(words) < 2 or words[-1] not in _CAPE_WORDS:
            continue
        after = _NEXT_NAME_WORD.match(text, int(mention["end"]))
        if after is not None and after.start(1) not in starts:
            mention["end"] = after.end(1)
            mention["text"] = text[int(mention["start"]) : after.end(1)]


# A number closing a name, then a unit: "Eks Kadis PUPR 8 Tahun Penjara" (not "Liga 1 tahun
# ini", where the unit is a time of the sentence)
_AMOUNT_AFTER = re.compile(r"[^\S\n]*(?:%|(\w+)(?![^\S\n]+(?:ini|lalu|depan|mendatang)\b))")


def amounts_close_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A number at the end of a name, with a unit of time, a share, a scale or a count of
    people or things after it, is an amount: the name ends before it."""
    # (and a count of people or things: "Kabupaten Tanah Datar 9 orang")
    units = set(TIME) | set(PERCENT) | set(SCALES) | PEOPLE | CLASSIFIERS
    for mention in found:
        words = str(mention["text"]).rsplit(" ", 1)
        if len(words) != 2 or not words[1].isdigit():
            continue
        after = _AMOUNT_AFTER.match(text, int(mention["end"]))
        if after is None or (after.group(1) is not None and after.group(1).lower() not in units):
            continue
        mention["text"] = words[0]
        mention["end"] = int(mention["start"]) + len(words[0])


_NUMBER_BEFORE = re.compile(r"\d[^\S\n]?$")


def units_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A unit after a number is no name: "memori internal hingga 1 TB" (read as someone's
    initials), "12 GB", "45 MW"."""
    found[:] = [
        m
        for m in found
        if not (
            str(m["text"]).lower() in MEASURE
            and _NUMBER_BEFORE.search(text, max(0, int(m["start"]) - 2), int(m["start"]))
        )
    ]


# (Indonesian's seven only: `date_patterns.WEEKDAYS` adds "Ahad", one letter from "Ahmad")
_WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
# A comma before the word and a day's date in brackets after it: ", Mingu (17/9)"
_COMMA_BEFORE = re.compile(r",[^\S\n]+$")
_DATE_AFTER = re.compile(r"[^\S\n]*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter left out, added or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def misspelt_weekdays_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A weekday misspelt by a letter in a dateline, after a comma and before its date in
    brackets, names nothing: "di San Siro, Mingu (17/9)" (read as a place)."""
    found[:] = [
        m
        for m in found
        if not (
            " " not in str(m["text"])
            and any(_one_edit_apart(str(m["text"]).lower(), day) for day in _WEEKDAYS)
            and _COMMA_BEFORE.search(text, max(0, int(m["start"]) - 3), int(m["start"]))
            and _DATE_AFTER.match(text, int(m["end"]))
        )
    ]


# Offices of a region or of a unit named for one, which a place follows ("Bupati
# Trenggalek", "Kapolres Purworejo", "Kepala Rutan Purworejo")
_OFFICES_OF_REGIONS = frozenset(
    {"bupati", "wabup", "kota", "walikota", "walkot", "gubernur", "wagub", "kapolres",
     "kapolresta", "kapolrestabes", "kapolda", "kajari", "kajati", "dandim", "rutan", "lapas",
     "sekda"}
)  # fmt: skip


def places_after_offices_open_no_people(found: list[dict[str, Any]], text: str) -> None:
    """A place warta knows by its Indonesian name (a province's short form, a country)
    opening a person of three words or more, right after the office read as the person's
    role, is the office's place: "Ketua Asprov PSSI [Sumsel] Musni Wijaya" → LOC "Sumsel",
    PER "Musni Wijaya" with role "Ketua Asprov PSSI Sumsel"; the place alone elsewhere is
    the place ("Sumsel sangat berminat")."""
    out: list[dict[str, Any]] = []
    places: set[str] = set()
    for mention in found:
        words = str(mention["text"]).split(" ")
        start = int(mention["start"])
        role = str(mention.get("role") or "")
        if (
            mention["label"] == "PER"
            and (
                len(words) >= 3
                # ("Kepala Rutan Purworejo Cahyono": an office of a region wants its place)
                or (len(words) == 2 and role.rsplit(" ", 1)[-1].lower() in _OFFICES_OF_REGIONS)
            )
            and role
            and text[max(0, start - len(role) - 1) : start] == role + " "
            and (
                (known_type(words[0]) == "LOC" and is_indonesian_place_name(words[0]))
                or words[0] in REGENCIES
            )
            and all(w[:1].isupper() for w in words[1:])
            and known_type(str(mention["text"])) is None
        ):
            place_end = start + len(words[0])
            out.append({"text": words[0], "label": "LOC", "start": start, "end": place_end})
            mention["start"] = place_end + 1
            mention["text"] = text[place_end + 1 : int(mention["end"])]
            mention["role"] = f"{role} {words[0]}"
            places.add(words[0])
        out.append(mention)
    for mention in out:
        if mention["label"] == "PER" and str(mention["text"]) in places:
            mention["label"] = "LOC"
            mention.pop("role", None)
    found[:] = out


# Heads of police and army units named for the place they serve ("Kapolsek Sukowono"; not
# the Kodam and Korem, named after heroes: "Pangdam Diponegoro")
_HEADS_OF_PLACED_UNITS = UNIT_HEADS - {"pangdam", "danrem"}
_RANK_AFTER = re.compile(r",?[ \t]+([A-Za-z]+)\b")


def units_places_before_ranks(found: list[dict[str, Any]], text: str) -> None:
    """A "person" right after the head of a police or army unit, a rank after it, is the
    unit's place and the name follows the rank: "Kapolsek Sukowono AKP Hardjito",
    "Menurut Kapolsek Antang Kalang, Iptu Afif Hasan, …"."""
    places: set[str] = set()
    for mention in found:
        role = str(mention.get("role") or "")
        start = int(mention["start"])
        after = _RANK_AFTER.match(text, int(mention["end"]))
        if (
            mention["label"] == "PER"
            and role.lower() in _HEADS_OF_PLACED_UNITS
            and text[max(0, start - len(role) - 1) : start] == role + " "
            and len(str(mention["text"]).split()) <= 3
            and after is not None
            and after.group(1).lower() in RANKS
        ):
            mention["label"] = "LOC"
            mention.pop("role", None)
            holder = next((m for m in found if int(m["start"]) > after.start(1)), None)
            if (
                holder is not None
                and holder["label"] == "PER"
                and str(holder.get("role") or "").lower() in RANKS | {""}
                and re.fullmatch(
                    r"[ \t]*(?:[A-Za-z]+\.?[ \t]+){0,2}", text[after.end(1) : int(holder["start"])]
                )
            ):
                holder["role"] = f"{role} {mention['text']}"
            places.add(str(mention["text"]))
    for mention in found:
        # the place alone elsewhere ("anggota Kepolisian Sektor Sukowono")
        if mention["label"] == "PER" and str(mention["text"]) in places:
            mention["label"] = "LOC"
            mention.pop("role", None)


_LANGUAGE_BEFORE = re.compile(r"\b[Bb]ahasa[^\S\n]+$")


def languages_are_no_people(found: list[dict[str, Any]], text: str) -> None:
    """A name right after "bahasa" is a language, no person: "Menggunakan bahasa Zulu, dia
    mengaku …"."""
    found[:] = [
        m
        for m in found
        if not (
            m["label"] == "PER"
            and _LANGUAGE_BEFORE.search(text, max(0, int(m["start"]) - 8), int(m["start"]))
        )
    ]


_CUP_BEFORE = re.compile(r"\bPiala[^\S\n]+$")


def cups_are_no_people(found: list[dict[str, Any]], text: str) -> None:
    """A one-word name right after "Piala" names a trophy, not a person ("Piala Thomas",
    "Piala Uber", "Piala Emmy"); so does each mention of that word alone in the article
    ("Saya kacau oleh Emmy")."""
    cups = {
        str(m["text"])
        for m in found
        if m["label"] == "PER"
        and " " not in str(m["text"])
        and _CUP_BEFORE.search(text, max(0, int(m["start"]) - 8), int(m["start"]))
    }
    if cups:
        found[:] = [m for m in found if not (m["label"] == "PER" and str(m["text"]) in cups)]


# A vehicle's registration plate: "AB 4521 JK", "B 1234 XYZ" (region, number, suffix)
_PLATE = re.compile(r"(?<![\w-])[A-Z]{1,2}[^\S\n]?\d{3,4}[^\S\n]?[A-Z]{1,3}(?![\w-])")


def plates_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A registration plate names no one: "sepeda motor bernomor polisi AB 4521 JK" (read as
    a body "AB" and "JK", Jusuf Kalla's initials)."""
    plates = [m.span() for m in _PLATE.finditer(text)]
    if plates:
        found[:] = [
            m
            for m in found
            if not any(a <= int(m["start"]) and int(m["end"]) <= b for a, b in plates)
        ]


# A letter's or ruling's number: "S-217/MK.02/2017", "Nomor 1/PUU-XVIII/2020", "B/1234/VII/2017";
# parts joined by two slashes or more, one of them with a digit
_REFERENCE = re.compile(r"(?<![\w/.-])[A-Za-z0-9][\w.-]*(?:/[\w.-]*[A-Za-z0-9]){2,}(?![\w/])")


def reference_numbers_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """The code of the office that issued a letter, inside its number, names no one where it
    stands: "surat bernomor S-217/MK.02/2017" (read as "MK", the Constitutional Court, where
    the minister of finance signed)."""
    codes = [m.span() for m in _REFERENCE.finditer(text) if any(c.isdigit() for c in m.group())]
    if codes:
        found[:] = [
            m
            for m in found
            if not any(a <= int(m["start"]) and int(m["end"]) <= b for a, b in codes)
        ]


# A bracket closing the article: the writer's or editor's initials or name ("(Tri)",
# "[Dimas]", "(Ant/Bud)")
_SIGN_OFF = re.compile(r"[(\[]([A-Z][\w.]*(?:[ /][A-Z][\w.]*)?)[)\]][ \t.]*\s*\Z")


# Badminton's events in a results list: men's and women's singles and doubles, mixed doubles
_EVENT_CODES = frozenset({"MS", "WS", "MD", "WD", "XD"})


def event_codes_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """ "MS: Tommy Sugiarto vs Wong Wing Ki Vincent", "WD: Greysia Polii/Apriani Rahayu":
    the code of an event opening a line of results, followed by its colon, names no one."""
    found[:] = [
        m
        for m in found
        if not (
            str(m["text"]) in _EVENT_CODES
            and re.match(r"[ \t]*:", text[int(m["end"]) :]) is not None
            and (int(m["start"]) == 0 or text[: int(m["start"])].rstrip(" \t")[-1:] == "\n")
        )
    ]


def sign_offs_are_no_people(found: list[dict[str, Any]], text: str) -> None:
    """The writer's name or initials in a bracket closing the article names no one the story
    is about: "… tak menepati janji dalam kontrak anyar. (Tri)". A body stays, the agency
    a story is credited to: "(Reuters)"."""
    sign_off = _SIGN_OFF.search(text, max(0, len(text) - 40))
    # (after the last sentence's end, not a short form after a name: "… Joko Widodo (Jokowi)")
    if sign_off is None or text[: sign_off.start()].rstrip()[-1:] not in {
        "",
        ".",
        "!",
        "?",
        '"',
        "”",
    }:
        return
    a, b = sign_off.span(1)
    found[:] = [
        m
        for m in found
        if not (m["label"] == "PER" and a <= int(m["start"]) and int(m["end"]) <= b)
    ]


# A calling written capitalised right before the word: "Dokter Gigi, Matthew Messina"
_CALLING_BEFORE = re.compile(r"(?<![\w-])(?:Dokter|Guru|Ahli|Dosen|Pakar|Spesialis)[ \t]+$")


def fields_of_callings_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A word the tagger read as a body or place right after a calling, which the article
    also writes small, is the calling's field: "Dokter Gigi, Matthew Messina" (teeth)."""
    found[:] = [
        m
        for m in found
        if not (
            m["label"] != "PER"
            and " " not in str(m["text"])
            and _CALLING_BEFORE.search(text, max(0, int(m["start"]) - 14), int(m["start"]))
            and written_small(str(m["text"]), text)
        )
    ]


# Nicknames of famous people that a tagger reads as bodies ("The Special One")
_FAMOUS_NICKNAMES = {
    alias: name for name, forms in PEOPLE_ALIASES.items() for alias in forms if " " in alias
}


def nicknames_of_people_named(found: list[dict[str, Any]]) -> None:
    """A famous person's nickname read as a body or place is the person, where the article
    names the person too ("Jose Mourinho" … "The Special One")."""
    surnames = {str(m["text"]).split()[-1] for m in found if m["label"] == "PER" and m["text"]}
    for mention in found:
        whose = _FAMOUS_NICKNAMES.get(str(mention["text"]))
        if mention["label"] != "PER" and whose is not None and whose.split()[-1] in surnames:
            mention["label"] = "PER"


# Cycling's stage races by name ("Giro d’Italia", "Vuelta a Espana", "Santos Tour Down
# Under", "Tour de France", "Tour de Singkarak"): events, no names of people or places
_STAGE_RACE = re.compile(
    r"(?<![\w-])(?:Giro[ \t]+d['’][ \t]?Italia|Vuelta[ \t]+a[ \t]+Espa[nñ]a"
    r"|(?:[A-Z]\w+[ \t]+)?Tour[ \t]+(?:de|Down)[ \t]+[A-Z]\w+(?:[ \t]+Under)?)"
)


def stage_races_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """Words of a stage race's name are no person, place or sponsor of their own: "Giro",
    "Vuelta a Espana", "Santos" of "Santos Tour Down Under"."""
    races = [m.span() for m in _STAGE_RACE.finditer(text)]
    if races:
        found[:] = [
            m
            for m in found
            if not any(a <= int(m["start"]) and int(m["end"]) <= b for a, b in races)
        ]


# Faiths named alone: no body, place or person ("negara Islam", "umat Kristen"); a body
# named after one keeps it ("Partai Islam", "Universitas Kristen Indonesia")
_RELIGIONS = frozenset(
    {"Islam", "Kristen", "Katolik", "Protestan", "Hindu", "Buddha", "Budha", "Konghucu",
     "Khonghucu", "Yahudi", "Yudaisme", "Sikh", "Kejawen"}
)  # fmt: skip


# Heads of a condition or a germ named after someone or somewhere ("Sindrom Gilbert", "Virus
# Nipah", "Penyakit Parkinson")
_CONDITION_HEADS = frozenset(
    {"sindrom", "sindroma", "syndrome", "penyakit", "virus", "bakteri", "kanker", "tumor"}
)


def conditions_are_no_names(found: list[dict[str, Any]]) -> None:
    """ "didiagnosis Sindrom Gilbert": a condition named after a physician, which the tagger
    read as a person, is no entity; nor is a germ named after a place."""
    found[:] = [
        m
        for m in found
        if not (" " in str(m["text"]) and str(m["text"]).split()[0].lower() in _CONDITION_HEADS)
    ]


def religions_are_no_names(found: list[dict[str, Any]]) -> None:
    """A faith named alone is no entity: "bukan negara Islam", "umat Kristen dan Hindu"."""
    found[:] = [m for m in found if str(m["text"]) not in _RELIGIONS]


# Formats of records and files, written as short forms
_FORMATS = frozenset({"EP", "LP", "CD", "DVD", "VCD", "MP3", "MP4", "PDF", "JPEG", "JPG"})
# Initials given for someone's name, before a list of them ("berinisial CD, N, D")
_INITIALS_BEFORE = re.compile(r"\b(?:ber)?inisial\b[^.\n]{0,60}$", re.IGNORECASE)


def formats_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A record's or a file's format is no entity ("merilis EP berjudul LøVë", "dokumen
    PDF"), unless it stands among someone's initials ("berinisial CD, N, D")."""
    found[:] = [
        m
        for m in found
        if str(m["text"]) not in _FORMATS
        or _INITIALS_BEFORE.search(text, max(0, int(m["start"]) - 80), int(m["start"]))
    ]


# A generation by its letter: "Gen Z", "generasi Y dan Z"
_GENERATION = re.compile(r"(?:(?:Gen|Generasi)[ \t]+)?[XYZ]|(?:Gen|Generasi)[ \t]+(?:Alpha|Alfa)")
_GENERATION_BEFORE = re.compile(r"(?<![\w-])(?:[Gg]en|[Gg]enerasi)[ \t]+(?:[XYZ][ \t]+dan[ \t]+)?$")


def generations_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A generation named by its letter is no body: "Gen Z", "generasi Y dan Z"."""
    found[:] = [
        m
        for m in found
        if not (
            _GENERATION.fullmatch(str(m["text"]))
            and (
                " " in str(m["text"])
                or _GENERATION_BEFORE.search(text, max(0, int(m["start"]) - 20), int(m["start"]))
            )
        )
    ]


# (a list inside it has its commas: "mandi, cuci dan kakus (MCK)")
_SHORT_FORM_AFTER = re.compile(r"((?:[a-z][a-z-]*,?[ \t]+){0,5}[a-z][a-z-]*)[ \t]*\(([A-Z]{2,6})\)")
_FORM_SKIPS = frozenset({"dan", "atau", "serta", "untuk", "di", "ke", "dari", "yang"})


def _spelled_by(words: list[str], letters: str) -> bool:
    """Whether the last of `words` (function words aside) spell `letters` in order, the
    first letter opening the first of them: "tuberkulosis" for TB, "demam berdarah dengue"
    for DBD."""
    content = [w for w in words if w not in _FORM_SKIPS]
    for first in range(len(content)):
        if content[first][0] != letters[0]:
            continue
        rest, at = "".join(content[first:]), 0
        for letter in letters:
            at = rest.find(letter, at) + 1
            if at == 0:
                break
        else:
            # (each word the letters pass through gives one at least: not "penyakit" for PK)
            return len(content) - first <= len(letters)
    return False


def short_forms_of_common_nouns(found: list[dict[str, Any]], text: str) -> None:
    """A short form in brackets after words written small is a thing's, not a name: "HIV dan
    tuberculosis (TB)", "bahan bakar minyak (BBM)", "demam berdarah dengue (DBD)"; none of
    its mentions in the article is an entity. Bodies named small stay ("lembaga antirasuah
    (KPK)" spells no KPK; known bodies are never dropped)."""
    dropped = set()
    for match in _SHORT_FORM_AFTER.finditer(text):
        short = match.group(2)
        if short in KNOWN_BODY_NAMES or known_type(short) is not None:
            continue
        if _spelled_by(match.group(1).replace(",", " ").split(), short.lower()):
            dropped.add(short)
    if dropped:
        found[:] = [m for m in found if str(m["text"]) not in dropped]


# Words that grade an office, written capitalised after its title ("Direktur Eksekutif",
# "Ketua Umum"): no part of the body named after them
_GRADES = frozenset({"eksekutif", "utama", "umum", "senior", "harian", "pelaksana"})
_TITLE_BEFORE = re.compile(r"([A-Za-z]+)[^\S\n]+$")


def grades_open_no_bodies(found: list[dict[str, Any]], text: str) -> None:
    """ "Direktur [Eksekutif Center of Economic and Law Studies]": the grade belongs to the
    title, the body is "Center of Economic and Law Studies"; so does an English title's field
    ("Head of [Research Kiwoom Sekuritas]")."""
    for mention in found:
        first, _, rest = str(mention["text"]).partition(" ")
        if mention["label"] != "ORG" or not rest or first.lower() not in _GRADES:
            continue
        title = _TITLE_BEFORE.search(
            text, max(0, int(mention["start"]) - 20), int(mention["start"])
        )
        if title is None or title.group(1).lower() not in TITLE_WORDS:
            continue
        mention["text"] = rest
        mention["start"] = int(mention["start"]) + len(first) + 1
    for mention in found:
        # "Head of [Research Kiwoom Sekuritas Indonesia]": the field is the title's
        words = str(mention["text"]).split(" ")
        if mention["label"] != "ORG" or not re.search(
            r"\b(?:Head|Director|Chief|VP|President|Manager)\s+of\s+$",
            text[max(0, int(mention["start"]) - 20) : int(mention["start"])],
        ):
            continue
        cut = 0
        while cut < len(words) - 1 and words[cut].lower() in ENGLISH_TITLE_FIELDS | {"&", "and"}:
            cut += 1
        if 0 < cut < len(words) and words[cut - 1].lower() not in {"&", "and"}:
            lead = len(" ".join(words[:cut])) + 1
            mention["text"] = str(mention["text"])[lead:]
            mention["start"] = int(mention["start"]) + lead


# The bench of a court, written before it: "Majelis hakim Pengadilan Tipikor Jakarta"
_BENCH = re.compile(r"Majelis[^\S\n]+[Hh]akim[^\S\n]+(?=(?:Pengadilan|Mahkamah)\b)")


def benches_are_no_part_of_courts(found: list[dict[str, Any]]) -> None:
    """ "Majelis hakim Pengadilan Tindak Pidana Korupsi" is the court's bench: the court is
    the body named."""
    for mention in found:
        bench = _BENCH.match(str(mention["text"]))
        if bench is not None and mention["label"] != "PER":
            mention["text"] = str(mention["text"])[bench.end() :]
            mention["start"] = int(mention["start"]) + bench.end()
            mention["label"] = "ORG"


# A score between two names ("Phoenix Suns 122-114 Brooklyn Nets"): two names, not one
_SCORE = re.compile(r"\s+\d{1,3}\s?[-–]\s?\d{1,3}\s+")


def scores_split_names(found: list[dict[str, Any]]) -> None:
    out: list[dict[str, Any]] = []
    for mention in found:
        text = str(mention["text"])
        score = _SCORE.search(text)
        if score is None:
            out.append(mention)
            continue
        start = int(mention["start"])
        left, right = text[: score.start()], text[score.end() :]
        out.append({**mention, "text": left, "end": start + len(left)})
        if right[:1].isupper():
            out.append({**mention, "text": right, "start": start + score.end()})
    found[:] = out


# Heads of a body's name that may join two fields with "dan" ("Dinas Peternakan dan Kesehatan
# Hewan Provinsi Bali", "Ditjen Peternakan dan Kesehatan Hewan"): the tagger often stops at it
_DAN_HEADS = frozenset(
    {"dinas", "kementerian", "kemenko", "badan", "direktorat", "ditjen", "departemen",
     "komisi", "lembaga", "pusat", "balai", "biro", "fakultas", "institut", "sekolah",
     "deputi", "asisten", "asosiasi", "gabungan", "perhimpunan", "himpunan", "ikatan",
     "persatuan", "perkumpulan", "serikat", "federasi", "konfederasi", "forum", "dewan",
     "yayasan", "majelis"}
)  # fmt: skip
# What opens a body of its own after "dan": "Kementerian Keuangan dan Bank Indonesia"
_OWN_HEADS = _DAN_HEADS | {
    "bank", "polri", "tni", "pemprov", "pemkot", "pemko", "pemkab", "dprd", "dpr", "kepolisian",
    "kejaksaan", "pengadilan", "mahkamah", "universitas", "pt", "partai", "polda", "polres",
    "pemerintah", "presiden", "kpk", "kpu", "bawaslu", "ojk",
}  # fmt: skip
_DAN_RUN = re.compile(r" dan ((?:[A-Z][\w-]*)(?: [A-Z][\w-]*)*)")
# An abbreviated ministry is a body of its own too: "Kementerian PDT dan Kemendagri"
_ABBREVIATED_BODY = re.compile(r"(?:kemen|kemenko|kem|dit|bad)[a-z]{2,}")


_SHORT_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z0-9]{1,9})\)")


def bodies_across_dan(found: list[dict[str, Any]], text: str) -> None:
    """A body whose name joins two fields with "dan" is one name ("Kementerian Pemuda dan
    Olahraga"), unless what follows is a body of its own ("… dan Bank Indonesia", "… dan
    Kemendagri") or the first name is whole already ("Lembaga Ilmu Pengetahuan Indonesia dan
    Jaringan Damai Papua", "Dinas Pariwisata NTB dan …"); a person named after it stays."""
    people = sorted(int(m["start"]) for m in found if m["label"] == "PER")
    out: list[dict[str, Any]] = []
    for mention in found:
        if out and int(mention["start"]) < int(out[-1]["end"]):
            continue  # taken into the body before
        words = str(mention["text"]).split()
        run = _DAN_RUN.match(text, int(mention["end"]))
        if run is None:
            out.append(mention)
            continue
        first = run.group(1).split()[0]
        # (or a whole name the alias tables hold: "Negara Islam Irak dan Syam")
        known_whole = known_type(text[int(mention["start"]) : run.end(1)]) == "ORG"
        if (mention["label"] != "ORG" or not known_whole) and (
            mention["label"] != "ORG"
            or words[0].lower() not in _DAN_HEADS
            or run is None
            or first.lower() in _OWN_HEADS
            or first.isupper()  # an acronym: a body of its own
            or _ABBREVIATED_BODY.fullmatch(first.lower()) is not None
            or words[-1].isupper()
            or is_indonesian_place_name(words[-1])
            or is_indonesian_place_name(first)
            or "dan" in words  # joined already: a second "dan" joins two bodies
            # a whole name warta knows: "Dewan Perwakilan Rakyat dan …"
            or known_type(str(mention["text"])) is not None
        ):
            out.append(mention)
            continue
        end = run.end(1)
        person = next((p for p in people if run.start(1) <= p < end), None)
        if known_whole:
            person = None  # ("Syam" of "Negara Islam Irak dan Syam" is no person)
        short = _SHORT_AFTER.match(text, end)
        if (
            person is not None
            and short
            and initials_fit(short.group(1), text[int(mention["start"]) : end])
        ):
            # "Badan Siber dan Sandi Negara (BSSN)": the short form spells the whole name, so
            # "Sandi Negara" is no person
            person = None
            found[:] = [m for m in found if not (run.start(1) <= int(m["start"]) < end)]
        if person is not None:
            end = person - 1  # "Kementerian Pemuda dan Olahraga Gatot S. Dewa Broto"
        if end <= run.start(1):
            out.append(mention)
            continue
        out.append({**mention, "text": text[int(mention["start"]) : end], "end": end})
    found[:] = out


def towns_with_their_country(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A town set off before its country is the town, whatever else it names ("roker asal
    Liverpool, Inggris": the city, not the club)."""
    for mention, after in pairwise(found):
        name = str(mention["text"])
        if (
            mention["label"] == "ORG"
            and after["label"] == "LOC"
            and text[int(mention["end"]) : int(after["start"])] == ", "
            and gazetteer.get(tuple(name.lower().split())) == "LOC"
            and is_country(str(after["text"]))
        ):
            mention["label"] = "LOC"


# A place's or body's last word, one capital letter, then the sentence's full stop
_LETTER_THEN_STOP = re.compile(r"(?<=\s[A-Z])\.$")
_NEXT_SENTENCE = re.compile(r"[ \t]+[\"“]?[A-Z]|[ \t]*(?:\n|$)")


def full_stops_close_no_names(found: list[dict[str, Any]], text: str) -> None:
    """ "di salah satu kios di Blok B. Tidak ada korban …": the full stop after a closing
    letter ends the sentence, no part of the place's or body's name (the tokenizer read "B."
    as an initial). A person keeps it ("Jongkie D." only ends a name that is cut)."""
    for mention in found:
        end = int(mention["end"])
        if (
            mention["label"] != "PER"
            and _LETTER_THEN_STOP.search(str(mention["text"]))
            and _NEXT_SENTENCE.match(text, end)
            # ("Stadion H. Agus Salim", "Jalan R. Soeprapto": the initial of a name's honorific
            # or given name, which the sentences were split at)
            and str(mention["text"])[-2] not in "HRM"
        ):
            mention["text"] = str(mention["text"])[:-1]
            mention["end"] = end - 1


_CAPITALS = re.compile(r"[A-Z]{2,6}")


def countries_open_no_bodies(found: list[dict[str, Any]]) -> None:
    """ "Merek asal China BYD mencatat …": a country, then a body's short form in capitals
    (or a word the article names as a body elsewhere: "terbesar di Indonesia Cermati"), read
    as one place, is the country and the body; so is a country, then a club warta knows, read
    as one body ("Liga Primer Skotlandia Celtic")."""
    bodies = {str(m["text"]) for m in found if m["label"] == "ORG" and " " not in str(m["text"])}
    out: list[dict[str, Any]] = []
    for mention in found:
        words = str(mention["text"]).split(" ")
        if (
            (
                mention["label"] == "LOC"
                and 2 <= len(words) <= 4
                and (_CAPITALS.fullmatch(words[-1]) or words[-1] in bodies)
                and is_country(" ".join(words[:-1]))
            )
            # (or a club warta knows, read as one body with its country: "Liga Primer
            # Skotlandia Celtic")
            or (
                mention["label"] == "ORG"
                and 2 <= len(words) <= 4
                and words[-1] in CLUB_NAMES
                and known_type(" ".join(words[:-1])) == "LOC"
                and is_indonesian_place_name(" ".join(words[:-1]))
            )
        ):
            start = int(mention["start"])
            country = " ".join(words[:-1])
            out.append({**mention, "text": country, "label": "LOC", "end": start + len(country)})
            out.append(
                {"text": words[-1], "label": "ORG", "start": int(mention["end"]) - len(words[-1]),
                 "end": int(mention["end"])}
            )  # fmt: skip
            continue
        out.append(mention)
    found[:] = out


# "Malang tak dapat ditolak, untung tak dapat diraih": a saying of bad luck, no city
_BAD_LUCK = re.compile(r"[ \t]+(?:tak|tidak|tiada)[ \t]+(?:dapat|bisa|boleh)[ \t]+ditolak\b")


# Arabic phrases of the faith written in Latin letters: "Islam rahmatan lil 'alamin", the
# takbir "Allahu Akbar"
_ARABIC_PHRASES = re.compile(
    r"(?i)\brahmatan[ \t]+lil[ \t]*['’]?[ \t]*['’a]?[ \t]*alamin\b|\ballahu[ \t]+akbar\b"
)


def sayings_are_no_places(found: list[dict[str, Any]], text: str) -> None:
    """ "Malang tak dapat ditolak" (bad luck cannot be refused) names no city; a phrase of
    the faith in Arabic ("Islam Rahmatan lil'Alamin", "Allahu Akbar") names no one."""
    phrases = [match.span() for match in _ARABIC_PHRASES.finditer(text)]
    found[:] = [
        m
        for m in found
        if not (str(m["text"]) == "Malang" and _BAD_LUCK.match(text, int(m["end"])))
        and not any(a <= int(m["start"]) and int(m["end"]) <= b for a, b in phrases)
    ]
