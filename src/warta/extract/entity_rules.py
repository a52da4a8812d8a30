"""Rules over an article's entity mentions, after the tagger: what is no entity (lower-case
misreads, bare titles, products, events), spans to split or retype (glued bodies and people,
venues and cities, institutions, clubs in sports news, news sites and dateline agencies),
short forms defined in brackets, and one type per entity.

Each rule takes the article's mentions (dicts with text, label, start, end; offsets into the
clean text) and changes them in place; `find_entities` runs them in order.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from itertools import groupby, pairwise
from typing import Any

from warta.extract.body_names import KNOWN_BODY_NAMES
from warta.extract.canonical import (
    BODY_ALIASES,
    CLUB_ALIASES,
    CLUB_FIRST_WORDS,
    FIRM_ENDS,
    PEOPLE_ALIAS_FORMS,
    PEOPLE_ALIASES,
    PLACE_ALIASES,
    UNIT_WORDS,
    canonical_name,
    is_country,
    is_indonesian_place_name,
    known_name_cut_into_role,
    known_type,
    one_letter_off,
    org_short_form,
)
from warta.extract.entity_bodies import FIRM_ENDINGS, short_form_inside
from warta.extract.entity_clubs import POSITION_BEFORE
from warta.extract.entity_people import (
    NAMED_THING_BEFORE,
    korean_syllable,
    quoted_as_a_person,
    quoted_by,
    title_opening,
    written_small,
)
from warta.extract.hijri_dates import HIJRI_MONTH_NAMES
from warta.extract.ner.lexicon import (
    ENGLISH_PRE_TITLES,
    KNOWN_LOCS,
    LOC_HEADS,
    MINISTRY_FIELDS,
    NAME_TITLES,
    OFFICE_TITLES,
    ORG_LAST_WORDS,
    ROLE_MODIFIERS,
    TITLE_WORDS,
    VENUE_HEADS,
)
from warta.extract.ner.policy import AMBIGUOUS_ORGS
from warta.extract.ner.roles import OF_SOMEONE, ROLE_OPENING, named_after_people, own_role
from warta.extract.ner.tagger import shipped_gazetteer
from warta.extract.place_names import COUNTRY_TAKERS, PROVINCES, plain_place_names
from warta.extract.quantity_units import UNITS
from warta.extract.quotes.lexicon import (
    ABBREVIATED_OFFICE,
    ABBREVIATED_ORG,
    AUXILIARIES,
    BALINESE_NAMES,
    CORE_SPEECH_VERBS,
    DAYS,
    HYPHENED_PARTICLE,
    MONTHS,
    ORG_HEADS,
    POST_CUES,
)
from warta.extract.quotes.speakers import (
    NATURAL_FEATURES,
    RANKS,
    SENTENCE_WORDS,
    is_known_place,
)

__all__ = [
    "DEMONSTRATIVE_AFTER",
    "RACING_TEAMS",
    "VENUE_HEADS",
    "balinese_openers",
    "body_names_in_headline",
    "bracketed_aliases",
    "clubs_in_sports_news",
    "clubs_named_by_klub",
    "dated_names_keep_their_month",
    "dateline_places",
    "glued_bodies",
    "heads_before_people_name_places",
    "hyphenated_names",
    "initials_are_people",
    "initials_fit",
    "institutions_are_bodies",
    "known_names_keep_their_type",
    "line_up_players",
    "lists_share_a_type",
    "mayors_cities",
    "months_are_no_names",
    "names_split_at_wide_gaps",
    "natural_places_named_alone",
    "news_sites",
    "no_bare_titles",
    "no_lower_case_names",
    "one_type_per_entity",
    "pairs_of_people",
    "pairs_split_at_hyphens",
    "places_are_not_people",
    "places_in_capitals",
    "places_in_event_names",
    "places_keep_their_heads",
    "quoted_towns_are_people",
    "roles_of_whose_staff",
    "routes_and_brands",
    "saints_are_no_given_names",
    "saints_close_no_names",
    "short_forms_of_offices_are_bodies",
    "short_forms_of_people",
    "speakers_are_people",
    "split_headline_names",
    "split_places_at_heads",
    "split_subheading_names",
    "split_venue_and_city",
    "sports_news",
    "teams_in_sports_news",
    "terms_left_by_trimming",
    "titled_nicknames",
    "truecase_headline",
    "units_of_bodies",
    "venues_take_their_names",
]


# A list of names: "Dayeuhkolot, Baleendah, dan Bojongsoang" (one to three capitalised
# words an item, commas between, "dan"/"serta"/"atau" before the last)
_LIST_ITEM = r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}"
_NAME_LIST = re.compile(
    rf"(?<=[a-z] ){_LIST_ITEM}(?:,[ \t]+{_LIST_ITEM})*,?[ \t]+(?:dan|serta|atau)[ \t]+"
    rf"{_LIST_ITEM}(?![\w'’-])"
)
_ITEM = re.compile(_LIST_ITEM)


# A list of names each with a count in brackets: "AS Roma (19 gol), Borussia Dortmund (18),
# …, Rosenborg (14)", "Suharti (54), Rina Marlina (41), …"
_COUNTED_ITEM = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z0-9][\w'’.-]*){0,3}[ \t]*\([ \t]*\d+[^()\n]{0,12}\)"
_COUNTED_LIST = re.compile(
    rf"{_COUNTED_ITEM}(?:(?:,[ \t]*|,?[ \t]+(?:dan|serta)[ \t]+){_COUNTED_ITEM}){{2,}}"
)
_COUNTED_NAME = re.compile(r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z0-9][\w'’.-]*){0,3})[ \t]*\(")


def counted_lists_share_a_type(found: list[dict[str, Any]], text: str) -> None:
    """A list of names each with a count in brackets ("AS Roma (19 gol), Borussia Dortmund
    (18), …, Rosenborg (14)") names one kind of thing: where two thirds of its tagged items or
    more share a type, the few the tagger gave another type take it."""
    for listed in _COUNTED_LIST.finditer(text):
        items = [
            next((f for f in found if f["start"] == m.start(1) and f["end"] == m.end(1)), None)
            for m in _COUNTED_NAME.finditer(text, listed.start(), listed.end())
        ]
        tagged = [f for f in items if f is not None]
        if len(tagged) < 3:
            continue
        votes = Counter(str(f["label"]) for f in tagged)
        kind, count = votes.most_common(1)[0]
        if count * 3 < len(tagged) * 2 or count == len(tagged):
            continue
        for mention in tagged:
            if mention["label"] != kind:
                mention["label"] = kind
                mention.pop("role", None)


# A kind of place announcing the list after it: "lima kecamatan, yakni …", "Kecamatan yang
# terdampak yaitu …", "desa-desa tersebut meliputi …"
_PLACE_KIND_LIST = re.compile(
    r"\b(?:[Kk]ecamatan|[Dd]esa|[Kk]elurahan|[Kk]abupaten|[Kk]ota|[Pp]rovinsi|[Nn]egara|"
    r"[Pp]ulau|[Kk]ampung|[Dd]usun)(?:-\w+)?\b[^.;:\n]{0,40}?\b(?:yaitu|yakni|antara lain|"
    r"meliputi|di antaranya|adalah|ialah|seperti)[ \t:,]*$"
)


def lists_share_a_type(found: list[dict[str, Any]], text: str) -> None:
    """An untagged item of a list of people or places whose tagged items all have one type
    has that type ("di Temanggung, Wonosobo, dan Magelang" with two places tagged). The list
    follows a lower-case word; initials, days, months and words the article also writes in
    lower case are left. Lists of bodies are left: products and departments look alike."""
    lower = set(re.findall(r"\b[a-z]+\b", text))
    added = False
    for listed in _NAME_LIST.finditer(text):
        spans = [m.span() for m in _ITEM.finditer(text, listed.start(), listed.end())]
        if len(spans) < 3:
            continue
        tagged = [
            next((f for f in found if f["start"] == a and f["end"] == b), None) for a, b in spans
        ]
        labels = {str(f["label"]) for f in tagged if f is not None}
        kind = _PLACE_KIND_LIST.search(text, max(0, listed.start() - 60), listed.start())
        if kind is not None and labels <= {"LOC", "PER"}:
            # "Kecamatan yang terdampak yaitu Dayeuhkolot, Baleendah, …": a kind of place
            # announces the list; one-word items the tagger took for people are places too
            labels = {"LOC"}
            for hit in tagged:
                if hit is not None and " " not in str(hit["text"]):
                    hit["label"] = "LOC"
                    hit.pop("role", None)
        elif (
            labels == {"LOC", "PER"}
            and tagged[0] is not None
            and tagged[0]["label"] == "LOC"
            and re.search(
                # (not "dari", which also says whose: "Musisi dari Club Eighties, Lembu dan
                # Desta")
                r"\b(?:di|ke)[ \t]+$",
                text[max(0, listed.start() - 6) : listed.start()],
            )
        ):
            # "layanan di Arafah, Muzdalifah, dan Mina": after a preposition of place, one-word
            # "people" the article names nowhere else are the list's places
            elsewhere = Counter(str(m["text"]) for m in found if m["label"] == "PER")
            for hit in tagged:
                if (
                    hit is not None
                    and hit["label"] == "PER"
                    and " " not in str(hit["text"])
                    and elsewhere[str(hit["text"])] == 1
                    and not any(
                        str(hit["text"]) in str(m["text"]).split()
                        for m in found
                        if m["label"] == "PER" and m is not hit
                    )
                ):
                    hit["label"] = "LOC"
                    hit.pop("role", None)
            continue
        elif len(labels) != 1 or sum(f is not None for f in tagged) < 2 or "ORG" in labels:
            continue
        elif len(spans) == 3 and tagged[0] is None:
            continue  # "Dua bintang Liga Primer Inggris, Michael Essien dan Didier Drogba"
        label = labels.pop()
        for (a, b), hit in zip(spans, tagged, strict=True):
            name = text[a:b]
            if hit is not None or _overlaps({"start": a, "end": b}, found):
                continue
            words = name.lower().split()
            if (name.isupper() and len(name) <= 3) or any(
                w in DAYS or w in MONTHS or w in lower for w in words
            ):
                continue  # initials ("RB (24), warga …"), days, months, common words
            found.append({"text": name, "label": label, "start": a, "end": b})
            added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


_ROUTE_LINK = frozenset({" ke ", " hingga ", " sampai ", " menuju "})
_BRAND_BEFORE = re.compile(r"\b(?:ber)?mer[e]?k[ \t]+$|\bbrand[ \t]+$", re.IGNORECASE)
_BRAND_INSIDE = re.compile(r"^.*?[ \t](?:ber)?mer[e]?k[ \t]+(?=[A-Z])")
_BRAND_LIST_LINK = re.compile(
    r"[ \t]*,[ \t]*(?:(?:dan|serta|atau)[ \t]+)?|[ \t]+(?:dan|serta|atau)[ \t]+"
)


def routes_and_brands(found: list[dict[str, Any]], text: str) -> None:
    """The end of a route is a place ("laluan Keningau ke Nabawan": one word the tagger took
    for a person, named nowhere else as one), and a name after "merek" is a brand, a body
    ("teh China bermerek Guanyinwang")."""
    people = Counter(w for m in found if m["label"] == "PER" for w in str(m["text"]).split())
    for before, mention in pairwise(found):
        name = str(mention["text"])
        if (
            mention["label"] == "PER"
            and before["label"] == "LOC"
            and " " not in name
            and people[name] == 1
            and text[int(before["end"]) : int(mention["start"])] in _ROUTE_LINK
        ):
            mention["label"] = "LOC"
            mention.pop("role", None)
    for mention in found:
        inside = _BRAND_INSIDE.search(str(mention["text"]))
        if inside is not None:
            # "[Mi instan merk Indomie]": the product's noun read into the brand's name
            mention["start"] = int(mention["start"]) + inside.end()
            mention["text"] = str(mention["text"])[inside.end() :]
            mention.pop("role", None)
    ordered = sorted(found, key=lambda m: int(m["start"]))
    for at, mention in enumerate(ordered):
        start = int(mention["start"])
        if not _BRAND_BEFORE.search(text, max(0, start - 12), start):
            continue
        # (and the brands listed after it: "merek Ramayana, Robinson, serta Cahaya")
        for brand, prior in zip(ordered[at:], [None, *ordered[at:]], strict=False):
            if prior is not None and not _BRAND_LIST_LINK.fullmatch(
                text, int(prior["end"]), int(brand["start"])
            ):
                break
            if (
                brand["label"] != "ORG"
                # (not "merek Indonesia": where the brand is from)
                and known_type(str(brand["text"])) is None
                and str(brand["text"]) not in plain_place_names()
            ):
                brand["label"] = "ORG"
                brand.pop("role", None)


_PAIR_LINK = re.compile(r"[ \t]+(?:dan|serta|atau)[ \t]+$")


def pairs_of_people(found: list[dict[str, Any]], text: str) -> None:
    """A two-word name the tagger read as a body, joined by "dan" to a person and made of
    words no body's name has, is a person too: "di antaranya Joe Taslim dan Chelsea Islan".
    Not a band or a car ("The Beatles", "Toyota Innova 2014"), nor a body the article names
    more than once ("Semen Padang")."""
    bodies = Counter(str(m["text"]) for m in found if m["label"] == "ORG")
    for first, second in pairwise(found):
        if first["label"] == "PER" and second["label"] == "ORG":
            person, body, between = first, second, (int(first["end"]), int(second["start"]))
        elif first["label"] == "ORG" and second["label"] == "PER":
            body, person, between = first, second, (int(first["end"]), int(second["start"]))
        else:
            continue
        words = str(body["text"]).split()
        if (
            len(words) == 2
            and " " in str(person["text"])
            and _PAIR_LINK.fullmatch(text, *between)
            and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words)
            and not any(w.lower() in ORG_HEADS | FIRM_ENDINGS | ORG_LAST_WORDS for w in words)
            and known_type(str(body["text"])) is None
            and not written_small(words[1], text)
            and words[0].lower() not in {"the", "one", "new", "big", "little", "young"}
            and bodies[str(body["text"])] == 1
            and not re.match(r"[ \t]+\d", text[int(body["end"]) :])
        ):
            body["label"] = "PER"


# The comma closing a name set off in apposition, then a lower-case word ("…, Adryanto
# Pratono, membenarkan"), an age in brackets allowed before it
_APPOSITION_END = re.compile(r"(?:[ \t]*\(\d{1,3}\))?,[ \t]+([a-z]+)\b")
_LIST_GOES_ON = frozenset({"dan", "serta", "atau", "hingga", "sampai", "maupun"})


def roles_of_whose_staff(found: list[dict[str, Any]], text: str) -> None:
    """ "Manajer Raisa, Adryanto Pratono, membenarkan": a role before a person followed by
    another person set off by commas is the second one's role, of the first ("Manajer
    Raisa"); the first has none. Not in a list of people with their own roles."""
    people = [m for m in found if m["label"] == "PER"]
    for first, second in pairwise(people):
        role = first.get("role")
        gap = text[int(first["end"]) : int(second["start"])]
        # (what the office serves may come between: "Utusan khusus Trump untuk Timur Tengah,
        # Steve Witkoff")
        scope = _STAFF_SCOPE.fullmatch(gap)
        if (
            not role
            or second.get("role")
            or (gap != ", " and scope is None)
            # the role stands before the first name ("Manajer Raisa"), not after it
            or not text[: int(first["start"])].rstrip().endswith(str(role))
        ):
            continue
        closing = _APPOSITION_END.match(text, int(second["end"]))
        if (
            closing is None
            and _works_for_the_one_named(str(role))
            and not _governed(text, len(text[: int(first["start"])].rstrip()) - len(role))
        ):
            # "Kuasa hukum Rizieq Shihab, Sugito Atmo Pawiro menyebut …": a relation needs no
            # comma to close the apposition, the predicate may follow the name (not after an
            # adverbial: "Didampingi istri Ani Yudhoyono, Susilo Bambang Yudhoyono tiba …")
            closing = _PREDICATE_AFTER.match(text, int(second["end"]))
            if closing is None and _SENTENCE_ENDS.match(text, int(second["end"])):
                # "… sebagai pelatih Pazienza, Kevin Rooney.": the apposition closes the
                # sentence
                closing = _SENTENCE_ENDS.match(text, int(second["end"]))
        if closing is not None and closing.group(1) not in _LIST_GOES_ON:
            served = scope.group(1) if scope is not None else ""
            second["role"] = f"{role} {first['text']}{served}"
            # the first keeps an office of their own ("Juru bicara Wakil Presiden Jusuf
            # Kalla, Husain Abdullah …": Kalla is "Wakil Presiden")
            mine = own_role(str(role))
            if mine and mine != role:
                first["role"] = mine
            else:
                del first["role"]


def _governed(text: str, at: int) -> bool:
    """Whether the words at `text[at:]` are governed by the word before them, a verb or a
    preposition of an adverbial ("Didampingi istri …", "Usai menjenguk istri …", "Bersama
    anak …"), so that what a comma sets off after them is the sentence's subject."""
    before = re.search(r"(\w+)[ \t]+$", text[max(0, at - 40) : at])
    word = before.group(1).lower() if before is not None else ""
    # ("menurut kuasa hukum Novel, Haris Azhar …": the source, whom the comma names)
    return word != "menurut" and _GOVERNING.fullmatch(word) is not None


_GOVERNING = re.compile(
    r"(?:di|me[mnr]?|meng|meny|ber)[a-z]{3,}|bersama|dengan|tanpa|bantuan|ditemani|seperti"
)


# A word written small right after a name, no comma between ("… Pawiro menyebut")
_PREDICATE_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_SENTENCE_ENDS = re.compile(r"[ \t]*(\.)(?:\s|$)")
# Words for someone who works for or belongs to the one named after them
_OF_THE_ONE_NAMED = OF_SOMEONE | {
    "manajer",
    "asisten",
    "staf",
    "agen",
    "pelatih",
    "dokter",
    "sopir",
    "pengawal",
}


def _works_for_the_one_named(role: str) -> bool:
    """Whether a role ends in a relation, titles at most after it ("kuasa hukum", "istri",
    "juru bicara Presiden"): the role of someone of the person named next."""
    words = role.split()
    last = max(
        (
            i
            for i, w in enumerate(words)
            if w.lower() in _OF_THE_ONE_NAMED and (i == 0 or w.islower())
        ),
        default=None,
    )
    return (
        last is not None
        # ("sang istri Vicky": the wife herself, named)
        and not (last > 0 and words[last - 1].lower() == "sang")
        and all(
            w.lower() in TITLE_WORDS or w.lower() in {"hukum", "bicara", "dari"}
            for w in words[last + 1 :]
        )
    )


# The field or region an office of someone's serves, between the two names
_STAFF_SCOPE = re.compile(
    r"([ \t]+(?:untuk|bagi|urusan|for)[ \t]+[A-Z][\w'-]*(?:[ \t]+(?:[A-Z][\w'-]*|dan))*), "
)


_MAYOR_BEFORE = re.compile(r"\b[Ww]ali[ \t]+$")


def mayors_cities(found: list[dict[str, Any]], text: str) -> None:
    # "Wali Kota Kyiv Vitali Klitschko": "Wali Kota" is the office; the place is "Kyiv"
    for mention in found:
        name = str(mention["text"])
        start = int(mention["start"])
        if (
            mention["label"] == "LOC"
            and name.startswith("Kota ")
            and len(name) > 5
            and _MAYOR_BEFORE.search(text, max(0, start - 8), start)
        ):
            mention["text"] = name[5:]
            mention["start"] = start + 5


def places_in_capitals(
    found: list[dict[str, Any]], gazetteer: Mapping[tuple[str, ...], str], text: str = ""
) -> None:
    # "NEW YORK", "JAKARTA" of a dateline: a place the gazetteer knows, named as news writes
    # it; opening a line, it is the dateline's place whatever the tagger thought
    for mention in found:
        name = str(mention["canonical"])
        if not (
            name.isupper() and len(name) > 3 and gazetteer.get(tuple(name.lower().split())) == "LOC"
        ):
            continue
        start = int(mention["start"])
        if mention["label"] == "ORG" and (start == 0 or text[start - 1] == "\n"):
            mention["label"] = "LOC"
        if mention["label"] == "LOC":
            mention["canonical"] = canonical_name(name.title())


# Racing teams and makers that results tables print after a rider's or driver's name
# ("Lewis Hamilton Mercedes", "Jorge Lorenzo Ducati")
RACING_TEAMS = frozenset(
    {"mercedes", "ferrari", "red bull", "mclaren", "williams", "renault", "toro rosso", "haas",
     "sauber", "force india", "yamaha", "honda", "ducati", "suzuki", "ktm", "aprilia",
     "repsol honda", "movistar yamaha", "lcr honda", "tech3", "pramac", "avintia", "gresini"}
)  # fmt: skip


def glued_bodies(
    found: list[dict[str, Any]], known: Mapping[tuple[str, ...], str], text: str
) -> None:
    # "Cashlez Teddy Setiawan", "Aji Arema": the tagger glued a body the article names alone
    # elsewhere (as ORG) to a person's name; the body splits off when a name of at least
    # one word remains
    # (a body the article names as an organisation at least twice)
    counts = Counter(str(m["text"]).lower() for m in found if m["label"] == "ORG")
    bodies = {b for b, n in counts.items() if n >= 2}
    if not bodies:
        return
    out: list[dict[str, Any]] = []
    # (a name the tagger reads whole in several places is one: "Norman Nato", not NATO)
    people = Counter(str(m["text"]) for m in found if m["label"] == "PER")
    for mention in found:
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        cut = None
        if mention["label"] == "PER" and len(words) >= 2 and people[str(mention["text"])] < 3:
            for size in range(min(3, len(words) - 1), 0, -1):
                lead = " ".join(w for w, _ in words[:size]).lower()
                tail = " ".join(w for w, _ in words[-size:]).lower()
                if lead in bodies and len(words) - size >= 2 and not _speaks(lead, text):
                    cut = ("lead", size)
                    break
                if (
                    tail in bodies
                    and (known.get(tuple(tail.split())) == "ORG" or tail in _CLUBS | RACING_TEAMS)
                    and words[0][0].lower() not in TITLE_WORDS
                    # (not a name after a calling: "Gelandang asal Jepang Keisuke Honda")
                    and not mention.get("role")
                ):
                    # (only a body warta knows: NER also tags surnames as bodies, "Mbappe")
                    cut = ("tail", size)
                    break
        if cut is None:
            out.append(mention)
            continue
        side, size = cut
        split = size if side == "lead" else len(words) - size
        start = int(mention["start"])
        text = str(mention["text"])
        first_end = words[split - 1][1] + len(words[split - 1][0])
        second = words[split][1]
        labels = ("ORG", "PER") if side == "lead" else ("PER", "ORG")
        out.append({"text": text[:first_end], "label": labels[0], "start": start,
                    "end": start + first_end})  # fmt: skip
        out.append({"text": text[second:], "label": labels[1], "start": start + second,
                    "end": int(mention["end"])})  # fmt: skip
    found[:] = out


def _speaks(lead: str, text: str) -> bool:
    """Whether the article quotes someone by `lead` alone ("ujar Sony"): the person's given
    name ("Sony Dwi Kuncoro"), though a firm bears it too and the tagger typed it so."""
    spans = [
        (m.start(), m.end())
        for m in re.finditer(r"(?<![\w-])" + re.escape(lead) + r"(?![\w-])", text, re.IGNORECASE)
    ]
    return quoted_as_a_person(text, spans)


# Months written where a date is ("pada Agustus lalu", "Juni 2017", "sejak Maret"): no name
_MONTHS = frozenset(
    {"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
     "oktober", "november", "desember",
     # Malay's own ("hingga Mac tahun depan", "31 Ogos")
     "mac", "jun", "julai", "ogos", "disember"}
)  # fmt: skip
_DATE_BEFORE = re.compile(
    r"(?:\b(?:pada|bulan|sejak|hingga|sehingga|sampai|akhir|awal|pertengahan|medio|per"
    r"|tanggal|sepanjang|selama|menjelang|jelang)|\d)[^\S\n]+$",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(
    r"^\s+(?:lalu|ini|mendatang|depan|nanti|kemarin|\d|tahun\s+(?:ini|lalu|depan|hadapan))"
)
# Before the month of fasting, words of a time ("selama Ramadhan", "bulan suci Ramadan")
_HIJRI_BEFORE = re.compile(
    r"(?:\b(?:pada|bulan|suci|selama|saat|sepanjang|jelang|menjelang|sebelum|setelah|usai"
    r"|akhir|awal|pertengahan|hingga|sampai|sejak)|\d)\s+$",
    re.IGNORECASE,
)
_HIJRI_AFTER = re.compile(r"^\s+(?:tahun|lalu|ini|mendatang|nanti|\d)")


_ENGLISH_DATE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
)


# A day and month closing a name after its number ("Universitas Sebelas Maret", "Institut
# Teknologi 10 November", "Universitas 17 Agustus 1945"), and the year after it
_MONTH_AFTER_NUMBER = re.compile(
    r"[ \t]+(" + "|".join(m.capitalize() for m in sorted(_MONTHS)) + r")(?:[ \t]+(?:19|20)\d\d)?"
    r"(?![\w-])"
)
_DAY_NUMBERS = frozenset(
    {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
     "sebelas", "belas", "puluh"}
)  # fmt: skip


def dated_names_keep_their_month(found: list[dict[str, Any]], text: str) -> None:
    """ "Universitas Negeri Sebelas [Maret]": a body or place named after a date keeps the
    month the tagger left out, after the day's number as a word or in digits."""
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    for mention in found:
        words = str(mention["text"]).split()
        if mention["label"] == "PER" or len(words) < 2:
            continue
        last = words[-1]
        if not (last.isdigit() and 1 <= int(last) <= 31) and last.lower() not in _DAY_NUMBERS:
            continue
        month = _MONTH_AFTER_NUMBER.match(text, int(mention["end"]))
        if month is None or any(a < month.end() and int(mention["end"]) < b for a, b in taken):
            continue
        mention["end"] = month.end()
        mention["text"] = text[int(mention["start"]) : month.end()]


def months_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A month is no name where it dates something ("pada Januari", "bulan Ramadhan",
    "selama Ramadan", "Ramadhan tahun lalu", "10 Zulhijah"); a Hijri month stays a person's
    name when the article names someone with it ("Ramadhan Sananta" … "Ramadhan"). Nor is a
    feast ("Idul Adha", "Natal", "Imlek")."""
    name_words = {
        w.lower()
        for m in found
        if m["label"] == "PER"
        and " " in str(m["text"])
        and not str(m["text"]).lower().startswith("bulan ")
        for w in str(m["text"]).split()
    }

    def dates(m: dict[str, Any]) -> bool:
        word = str(m["text"]).lower()
        start, end = int(m["start"]), int(m["end"])
        if _ENGLISH_DATE.fullmatch(str(m["text"])):
            return True  # "JAKARTA, Nov 19 (Reuters)": a wire's dateline in English
        if word in _MONTHS:
            return bool(
                _DATE_BEFORE.search(text, max(0, start - 16), start)
                or _DATE_AFTER.match(text[end : end + 12])
            )
        if word.startswith("bulan ") and word[6:] in HIJRI_MONTH_NAMES:
            return True  # "Bulan Ramadhan"
        return (
            word in HIJRI_MONTH_NAMES
            and word not in name_words
            and bool(
                _HIJRI_BEFORE.search(text, max(0, start - 16), start)
                or _HIJRI_AFTER.match(text[end : end + 12])
            )
        )

    found[:] = [m for m in found if not dates(m) and not _HOLIDAY.fullmatch(str(m["text"]))]


# Feasts and holidays, which date things: no names ("pada Idul Adha", "libur Natal")
_HOLIDAY = re.compile(
    r"(?i)(?:hari\s+raya\s+)?(?:idul\s?(?:fitri|adha|fitr)|iduladha|idulfitri|lebaran|natal"
    r"|imlek|nyepi|waisak|waisyak|galungan|maulid(?:\s+nabi(?:\s+muhammad(?:\s+saw)?)?)?"
    r"|isra(?:'|’)?\s?mi(?:'|’)?raj|tahun\s+baru\s+(?:islam|hijriah|imlek))"
)


# A title or calling alone ("Konsul", "Koki") is nobody's name.
_BARE_TITLES = TITLE_WORDS | {
    "koki", "chef", "pelatih", "wasit", "kiper", "bek", "striker", "cto", "cmo", "vp", "cio",
}  # fmt: skip


# Ranks and offices written before a name; unlike other title words ("Putri", "Ratu"),
# never the end of a name
_RANKS = (
    OFFICE_TITLES - {"humas", "komisioner", "head", "partner", "president", "chairman", "perwira"}
) | RANKS


# An academic degree after a name ("S.E.", "M.M.", "S.H.", "M.Si"): no entity of its own
_DEGREE = re.compile(r"(?:[A-Z][a-z]{0,2}\.){1,3}(?:[A-Z][a-z]{0,2}\.?)?")
_SPECIALTY = re.compile(r"Sp\.?[A-Z][A-Za-z.]{0,5}(?:[-–][A-Z]{1,5})?(?:\(K\))?")


# A specialist's degree and its pieces right before a mention: "Sp.", "Sp. Rad (K) ", "Sp.Rad(K)"
_SPECIALTY_BEFORE = re.compile(
    r"(?<![\w.])Sp\.?[ \t]?(?:[A-Z][A-Za-z.]{0,6}[ \t]?(?:\(K\)[ \t]?)?)?$"
)


def specialties_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A word of a physician's specialty after a name ("Soehartati Gondhowiardjo, Sp.Rad(K)
    OnkRad", "Sp. Rad (K) Onk.Rad"), which the tagger read as a name of its own: no entity."""
    found[:] = [
        m
        for m in found
        if " " in str(m["text"])
        or _SPECIALTY_BEFORE.search(text, max(0, int(m["start"]) - 16), int(m["start"])) is None
    ]


def _title_words_only(words: list[str]) -> bool:
    return (
        len(words) >= 2
        and all(w in _BARE_TITLES | ROLE_MODIFIERS and w not in NAME_TITLES for w in words)
        and any(w in _BARE_TITLES for w in words)
    )


# The grade that follows a rank written out ("Laksamana Madya", "Marsekal Pertama")
_RANK_GRADE = re.compile(r"(?i:laksamana|marsekal|letnan)[ \t]+$")
_GRADES = frozenset({"madya", "muda", "pertama", "utama", "satu", "dua", "kolonel", "jenderal"})


def rank_grades_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """ "Laksamana Madya TNI Erwin Aldedharma": the rank's grade the tagger took for a person
    is part of the rank, the person's role."""
    found[:] = [
        m
        for m in found
        if not (
            m["label"] == "PER"
            and str(m["text"]).lower() in _GRADES
            and _RANK_GRADE.search(text, max(0, int(m["start"]) - 12), int(m["start"]))
        )
    ]


# Heads of a section or unit ("Kasi Intel Kejari Samarinda", "Kanit Intel Polsek …")
_SECTION_HEADS = frozenset({"kasi", "kasat", "kanit", "kaur", "kabag", "kasubag", "kasubsi"})


def intelligence_sections_are_no_firm(found: list[dict[str, Any]], text: str) -> None:
    """ "Kasi Intel Kejari Samarinda": after the head of a section, "Intel" is the section
    (intelligence), part of the office, not the chip maker; the body or place after it
    stands alone ("Kejari Samarinda"; "Kasi Intel Samarinda" → the place)."""
    out: list[dict[str, Any]] = []
    for mention in found:
        name, start = str(mention["text"]), int(mention["start"])
        head = re.search(r"(\w+)[ \t]+$", text[max(0, start - 12) : start])
        if (
            mention["label"] != "ORG"
            or not (name.startswith("Intel ") or name == "Intel")
            or head is None
            or head.group(1).lower() not in _SECTION_HEADS
        ):
            out.append(mention)
            continue
        if name == "Intel":
            continue
        rest = name[len("Intel") :].lstrip()
        cut = len(name) - len(rest)
        label = "LOC" if known_type(rest) == "LOC" or rest in plain_place_names() else "ORG"
        out.append({**mention, "text": rest, "start": start + cut, "label": label})
    found[:] = out


# A military or police rank (with its grade and corps) right before a name
_RANK_RUN = re.compile(
    r"[ \t]+(?:" + "|".join(sorted(RANKS | {"laksamana", "marsekal", "letnan", "brigadir",
                                             "jenderal"}, key=len, reverse=True))
    + r")\.?(?:[ \t]+(?:madya|muda|pertama|utama|satu|dua|tni|pol|inf|kav|arh|czi|pnb|mar))*"
    r"[ \t]+$",
    re.IGNORECASE,
)  # fmt: skip
_OFFICE_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]+$")


def units_between_offices_and_ranks(found: list[dict[str, Any]], text: str) -> None:
    """ "Danlanud Halim Marsekal Pertama Budi Santoso": a one-word "person" between an office
    and the rank of the person named after it is the office's unit or base, part of the
    role, nobody of its own."""
    people = sorted((m for m in found if m["label"] == "PER"), key=lambda m: int(m["start"]))
    dropped: list[dict[str, Any]] = []
    for one, after in pairwise(people):
        if " " in str(one["text"]):
            continue
        gap = text[int(one["end"]) : int(after["start"])]
        office = _OFFICE_BEFORE.search(text, max(0, int(one["start"]) - 25), int(one["start"]))
        if (
            len(gap) <= 40
            and _RANK_RUN.fullmatch(gap)
            and office is not None
            and office.group(1).lower() in OFFICE_TITLES
        ):
            dropped.append(one)
    if dropped:
        found[:] = [m for m in found if not any(m is d for d in dropped)]


def names_the_article_writes_whole(found: list[dict[str, Any]], text: str) -> None:
    """Two mentions next to each other that the article also writes as one body or place
    ("RSUD Al Ihsan" … "Direktur [RSUD] [Al Ihsan] dr. Hj. Yani Sumarni") are that one."""
    whole = {
        str(m["text"]): str(m["label"])
        for m in found
        if m["label"] in ("ORG", "LOC") and " " in str(m["text"])
    }
    if not whole:
        return

    def join(one: dict[str, Any], two: dict[str, Any]) -> str | None:
        joined = text[int(one["start"]) : int(two["end"])]
        if text[int(one["end"]) : int(two["start"])] == " " and joined in whole:
            return whole[joined]
        return None

    join_neighbours(found, text, join)


def join_neighbours(
    found: list[dict[str, Any]],
    text: str,
    join: Callable[[dict[str, Any], dict[str, Any]], str | None],
) -> None:
    """Each two mentions next to each other that `join` names a type for (None: keep them
    apart) become one mention of that type, over both and what stands between them."""
    ordered = sorted(found, key=lambda m: int(m["start"]))
    dropped: list[dict[str, Any]] = []
    for one, two in pairwise(ordered):
        if any(one is d for d in dropped):
            continue
        label = join(one, two)
        if label is not None:
            one.update(text=text[int(one["start"]) : int(two["end"])], end=int(two["end"]))
            one["label"] = label
            one.pop("role", None)
            one.pop("canonical", None)
            dropped.append(two)
    if dropped:
        found[:] = [m for m in found if not any(m is d for d in dropped)]


# Heads of places' and bodies' names, which name nothing alone
_HEADS_ALONE = frozenset(
    {"kota", "kabupaten", "provinsi", "desa", "kecamatan", "kelurahan", "gang", "jalan",
     "benua", "tanjung", "vihara", "klenteng", "kelenteng", "masjid", "gereja", "pura",
     "kementerian", "mahkamah", "pengadilan", "kantor", "gedung", "pasar", "pulau", "sungai",
     "gunung", "danau", "teluk", "bandara", "pelabuhan", "stadion", "universitas", "dinas",
     "badan", "lembaga", "partai"}
)  # fmt: skip


def no_bare_titles(found: list[dict[str, Any]], text: str) -> None:
    for mention in found:
        words = str(mention["text"]).split()
        if mention["label"] != "PER" and len(words) > 1 and words[-1].lower() in _RANKS:
            # "Kota Kombespol": a rank closing a place or body belongs to the person after it
            keep = " ".join(words[:-1])
            mention["text"] = keep
            mention["end"] = int(mention["start"]) + len(keep)
            if keep.lower() in _ADMIN_HEADS:
                mention["text"] = ""
    heads_of_names = {str(m["text"]).split(" ")[0] + " " for m in found if " " in str(m["text"])}
    found[:] = [
        m
        for m in found
        if m["text"]
        and not _DEGREE.fullmatch(str(m["text"]))
        # a physician's specialty after the name: "SpPD-KGH", "Sp.OG(K)", "SpA"
        and not _SPECIALTY.fullmatch(str(m["text"]))
        # "Bpk" is "Bapak" shortened (the audit board is written "BPK")
        and str(m["text"]).rstrip(".") not in {"Bpk", "Bp", "Sdr", "Sdri", "Yth"}
    ]
    found[:] = [
        m
        for m in found
        if not (
            (
                m["label"] == "PER"
                and str(m["text"]).lower().rstrip(".") in _BARE_TITLES
                and (
                    # (a rank: "Laksamana Mustika" is a name, "Laksamana" alone the rank)
                    str(m["text"]).lower().rstrip(".") in RANKS
                    or not _surname_of_someone(str(m["text"]), text)
                )
            )
            # "Chief Technology Officer": title words only, no name ("Agung" alone is one)
            or (m["label"] == "PER" and _title_words_only(str(m["text"]).lower().split()))
            # "Mendikbud", "Kapolri" tagged as a body: an office, which is a person's
            or (m["label"] == "ORG" and str(m["text"]).lower() in TITLE_WORDS)
            # "Klenteng tertua", "Benua": a place's or body's head alone names none (unless it
            # points back to a name it opens: "Mahkamah Konstitusi" … "Mahkamah")
            or (
                m["label"] in ("LOC", "ORG")
                and str(m["text"]).lower() in _HEADS_ALONE
                and str(m["text"]) + " " not in heads_of_names
            )
            # "Kadispamal", "Kadispenal": a short form of an office, no one's name
            or (
                m["label"] == "PER"
                and " " not in str(m["text"])
                and ABBREVIATED_OFFICE.fullmatch(str(m["text"]).lower()) is not None
            )
            # "Associate" of "Olivia Lautner, Associate Country Manager …": the grade that
            # opens an English office
            or (m["label"] == "PER" and _opens_an_english_office(m, text))
        )
    ]


# Capitalised words, then an office in English: " Country Manager", " President"
_ENGLISH_OFFICE_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+){1,3}\b")


def _opens_an_english_office(mention: dict[str, Any], text: str) -> bool:
    """Whether a one-word mention is an English grade ("Associate", "Vice", "Senior") right
    before the office it opens."""
    name = str(mention["text"])
    if " " in name or name.lower() not in ENGLISH_PRE_TITLES or not name[:1].isupper():
        return False
    after = _ENGLISH_OFFICE_AFTER.match(text, int(mention["end"]))
    return after is not None and any(w.lower() in TITLE_WORDS for w in after.group(0).split())


def _surname_of_someone(word: str, text: str) -> bool:
    """Whether the article writes `word`, an office's short form ("Mendes": Menteri Desa),
    after a given name ("Sam Mendes", "Shawn Mendes"): a surname there, and where it stands
    alone. (Not after another office or a word opening a sentence.)"""
    for match in re.finditer(
        r"(?<![\w-])([A-Z][a-z]+)[ \t]+" + re.escape(word) + r"(?![\w-])", text
    ):
        given = match.group(1)
        opens = re.search(r"(?:^|[.!?\n][\"”']?)[ \t]*$", text[: match.start()]) is not None
        if given.lower() not in TITLE_WORDS | _BARE_TITLES | ROLE_MODIFIERS and not opens:
            return True
    return False


# Heads that make a name an institution's whatever the tagger thought ("Pengadilan Negeri
# Jakarta Utara", "RS Kramat Jati", "Polres Cilacap"): warta's policy types them ORG
_INSTITUTION_HEADS = frozenset(
    {"pengadilan", "mahkamah", "kejaksaan", "kejari", "kejati", "rs", "rsud", "rsup", "rspad",
     "universitas", "institut", "politeknik", "akademi", "polda", "polres", "polresta",
     "polrestabes", "polrestro", "polsek", "kodim", "korem", "kodam", "lantamal", "lanud", "dinas",
     "badan", "kementerian", "komisi", "partai", "bank", "pt", "yayasan", "lembaga", "dprd",
     "pemkab", "pemkot", "pemko", "pemprov", "sekretariat", "direktorat", "satgas", "kepolisian",
     "fakultas", "rsb", "rsia", "rsu", "rsj", "rsi", "rsal", "rsau",
     # clinics, like hospitals ("Puskesmas Jalancagak"); schools stay places, as the sets tag
     # them
     "puskesmas", "klinik"}
)  # fmt: skip


# Units named by the body or place they serve: "Polda Sumatera Utara", "Bareskrim Mabes
# Polri", "Pemkot Bandung", "BPBD Jember" (the tagger often leaves the unit word out)
_UNIT_BEFORE = re.compile(r"\b([A-Z][A-Za-z]{2,})[^\S\n]+$")


_PROVINCE_BEFORE = re.compile(r"\b([A-Z][A-Za-z]{2,})[^\S\n]+(Provinsi)[^\S\n]+$")


def units_of_bodies(found: list[dict[str, Any]], text: str) -> None:
    out: list[dict[str, Any]] = []
    for mention in found:
        if mention["label"] == "PER":
            out.append(mention)
            continue
        words = str(mention["text"]).split()
        if (
            mention["label"] == "LOC"
            and len(words) > 1
            and words[0].lower() in UNIT_WORDS - {"mabes"}
            and words[0][:1].isupper()
        ):
            # "Panwaslu DKI Jakarta", "Polres Bogor" read as a place: the unit of the place
            mention["label"] = "ORG"
        start = int(mention["start"])
        # ("BPBD Provinsi Jawa Barat": the province's head word the tagger left out)
        province = (
            _PROVINCE_BEFORE.search(text, max(0, start - 40), start)
            if mention["label"] == "LOC"
            else None
        )
        if province is not None and province.group(1).lower() in UNIT_WORDS:
            start = province.start(2)
        while (match := _UNIT_BEFORE.search(text, max(0, start - 30), start)) and (
            match.group(1).lower() in UNIT_WORDS
        ):
            start = match.start(1)
        if start == int(mention["start"]):
            out.append(mention)
            continue
        # a unit word the tagger took for a mention of its own joins this one
        while out and int(out[-1]["start"]) >= start:
            out.pop()
        out.append(
            {**mention, "text": text[start : int(mention["end"])], "label": "ORG",
             "start": start}
        )  # fmt: skip
    found[:] = out


# A body's generic head, and the generic words its name opens with after it ("Perusahaan
# Daerah Bhakti Praja", "Perusahaan Umum Bulog", "Badan Usaha Milik Desa")
_GENERIC_HEADS = frozenset({"Perusahaan", "Badan", "Lembaga", "Yayasan", "Koperasi"})
_GENERIC_OPENINGS = frozenset({"daerah", "umum", "negara", "nasional", "usaha", "milik"})


def generic_heads_join_bodies(found: list[dict[str, Any]], text: str) -> None:
    """ "Perusahaan [Daerah Bhakti Praja]": a body's generic head the tagger left out before
    the generic word its name goes on with is the name's first word."""
    for mention in found:
        start = int(mention["start"])
        words = str(mention["text"]).split()
        head = re.search(r"([A-Z][a-z]+)[ \t]$", text[max(0, start - 14) : start])
        if (
            mention["label"] == "ORG"
            and len(words) >= 2
            and words[0].lower() in _GENERIC_OPENINGS
            and head is not None
            and head.group(1) in _GENERIC_HEADS
            and not any(int(m["end"]) > start - len(head.group(0)) and m is not mention
                        and int(m["start"]) < start for m in found)
        ):  # fmt: skip
            begin = start - len(head.group(0))
            mention["start"] = begin
            mention["text"] = text[begin : int(mention["end"])]


# Institution heads that are never a person's first name (not "Dinas", "Klinik" …)
_NO_GIVEN_NAMES = frozenset(
    {"bank", "pt", "partai", "universitas", "kementerian", "kepolisian", "pengadilan",
     "mahkamah", "kejaksaan", "institut", "politeknik", "yayasan", "lembaga", "badan",
     "direktorat", "sekretariat", "fakultas", "rsud", "rsup", "puskesmas", "komisi"}
)  # fmt: skip
_HOSPITAL_SHORT = re.compile(r"RS[A-Z]{1,4}")
_TWO_WORD_INSTITUTIONS = frozenset({"rumah sakit", "perguruan tinggi", "sekolah tinggi"})


def short_forms_of_offices_are_bodies(found: list[dict[str, Any]]) -> None:
    """A ministry's or local office's short form ("Kemnakertrans", "Kemendiknas", "Dispar
    Aceh") is a body, even where the sentence puts it as a place ("kasus di Kemnakertrans")
    or the article gives it after a building's name ("Gedung Kementerian Pariwisata
    (Kemenpar)"): it names the body, not the building."""
    for mention in found:
        words = str(mention["text"]).split()
        if mention["label"] == "ORG" or not ABBREVIATED_ORG.fullmatch(words[0].lower()):
            continue
        mention["label"] = "ORG"
        mention.pop("role", None)
        canonical = str(mention.get("canonical") or "").split()
        if canonical and canonical[0].lower() in {"gedung", "kantor", "wisma", "graha"}:
            mention["canonical"] = mention["text"]


def institutions_are_bodies(found: list[dict[str, Any]]) -> None:
    for mention in found:
        words = str(mention["text"]).lower().split()
        if (
            mention["label"] == "LOC"
            and (
                (
                    len(words) >= 2
                    and (
                        words[0] in _INSTITUTION_HEADS
                        # (and colleges: "Perguruan Tinggi Ilmu Kepolisian", "Sekolah Tinggi
                        # Hukum Indonesia Jentera")
                        or " ".join(words[:2]) in _TWO_WORD_INSTITUTIONS
                    )
                )
                # a hospital by its short form: "RSCM", "RSPP", "RSAD", "RSD dr Haryoto"
                or _HOSPITAL_SHORT.fullmatch(str(mention["text"]).split()[0]) is not None
                # a short form alone: "dibawa ke RSUD", "DPRD menolak"
                or (
                    len(words) == 1
                    and words[0] in _INSTITUTION_HEADS
                    and str(mention["text"]).isupper()
                )
            )
        ):
            mention["label"] = "ORG"
        elif (
            mention["label"] == "PER"
            and len(words) >= 2
            and words[0] in _NO_GIVEN_NAMES
            and str(mention["text"])[:1].isupper()
        ):
            # "Bank Surya (Sudwikatmono)": a bank named by a word that is also a given name
            mention["label"] = "ORG"
            mention.pop("role", None)


# Heads of an armed group's or unit's name: "Brigade Al-Qassam", "Batalyon Azov", "Laskar
# Jihad", "Pasukan Pertahanan Israel"
_ARMED_HEADS = frozenset(
    {"brigade", "batalyon", "batalion", "milisi", "laskar", "pasukan", "detasemen", "resimen",
     "legiun", "faksi",
     # Arabic names of armed groups: "Jaish Ahrar al Ashaer", "Jabhat al-Nusra"
     "jaish", "jabhat", "harakat", "kataib", "liwa", "ahrar"}
)  # fmt: skip


_ARMED_HEAD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]+$")


def armed_groups_are_bodies(found: list[dict[str, Any]], text: str) -> None:
    """A name opened by the head of an armed group's or unit's name is a body, not a person
    or a place ("Juru bicara Brigade Al-Qassam, Abu Ubaidah")."""
    for mention in found:
        words = str(mention["text"]).split()
        if (
            mention["label"] != "ORG"
            and len(words) >= 2
            and words[0][:1].isupper()
            and words[0].lower() in _ARMED_HEADS
        ):
            mention["label"] = "ORG"
            mention.pop("role", None)
            continue
        start = int(mention["start"])
        head = _ARMED_HEAD_BEFORE.search(text, max(0, start - 12), start)
        if (
            mention["label"] == "PER"
            and head is not None
            and head.group(1).lower() in _ARMED_HEADS - {"pasukan", "faksi"}
            and not any(int(m["end"]) > head.start(1) and int(m["start"]) < start for m in found)
        ):
            # "pejabat dari Brigade [Ahmed Abdo Martir FSA]": a brigade named after a martyr,
            # its head word left out
            mention["start"] = head.start(1)
            mention["text"] = text[head.start(1) : int(mention["end"])]
            mention["label"] = "ORG"
            mention.pop("role", None)


# Words that say what kind of venue it is, not which: a venue named by them and a place has
# the place in its name
_VENUE_WORDS = frozenset(
    {"gelora", "utama", "raya", "agung", "besar", "kota", "kabupaten", "daerah", "umum",
     "internasional", "olahraga", "serbaguna", "negeri", "indoor", "sport", "sports"}
)  # fmt: skip


# Words that say what kind a venue is, after its head ("Pasar Induk", "Terminal Bus")
_VENUE_KINDS = _VENUE_WORDS | frozenset(
    {
        "induk",
        "tradisional",
        "modern",
        "bus",
        "kereta",
        "terpadu",
        "sentral",
        "lama",
        "baru",
        "mrt",
        "lrt",
        "krl",
        "brt",
        "busway",
        "api",
        "ka",
    }
)


def venues_take_their_names(found: list[dict[str, Any]], text: str) -> None:
    """A venue named only by its kind, then its name read as a place of its own, is one
    place: "Pasar Induk" + "Caringin"; so are two names joined by a capitalised particle
    ("Jalan Cik" + "Di" + "Tiro")."""
    out: list[dict[str, Any]] = []
    for mention in found:
        words = str(mention["text"]).lower().split()
        last = out[-1] if out else None
        if (
            last is not None
            and last["label"] == "LOC"
            and mention["label"] == "LOC"
            and int(mention["start"]) == int(last["end"]) + 1
            and text[int(last["end"])] == " "
            and words[0] not in _ADMIN_HEADS
        ):
            kind = str(last["text"]).lower().split()
            if kind[0] in VENUE_HEADS and all(w in _VENUE_KINDS for w in kind[1:]):
                last["text"] = text[int(last["start"]) : int(mention["end"])]
                last["end"] = mention["end"]
                continue
        if (
            last is not None
            and last["label"] in ("LOC", "PER")
            and mention["label"] in ("LOC", "PER")
            and text[int(last["end"]) : int(mention["start"])] == " Di "
        ):
            # "Jalan Cik Di Tiro": a name's particle, capitalised, which the tagger took for
            # the preposition
            last["text"] = text[int(last["start"]) : int(mention["end"])]
            last["end"] = mention["end"]
            continue
        out.append(mention)
    found[:] = out


# Administrative heads that open a place of their own inside a longer place span: "Jalan
# Pembangunan 2 Desa Sekip", "Kecamatan Sei Kepayang Kabupaten Asahan" are two places each
# ("Balai Kota DKI" is one: a head opens a place only after two words)
_ADMIN_HEADS = frozenset(
    {"jalan", "jl", "jl.", "jln", "jln.", "gang", "gg", "gg.", "dusun", "desa", "kampung",
     "kelurahan", "kel", "kel.", "kecamatan", "kec", "kec.", "kabupaten", "kab", "kab.",
     "kota", "provinsi", "prov", "prov."}
)  # fmt: skip


# The house number of an address inside a place span: "Jalan Halimun No. 6 Bogor Tengah"
_HOUSE_NUMBER = re.compile(r"\s(?:No|Nomor|no)\.?\s?\d+[A-Za-z]?(?:/\d+)?,?(?:\s|$)")


def _split_addresses(found: list[dict[str, Any]]) -> None:
    out: list[dict[str, Any]] = []
    for mention in found:
        text = str(mention["text"])
        number = _HOUSE_NUMBER.search(text) if mention["label"] == "LOC" else None
        if number is None:
            out.append(mention)
            continue
        start = int(mention["start"])
        out.append({**mention, "text": text[: number.start()], "end": start + number.start()})
        rest = text[number.end() :].strip()
        if rest[:1].isupper():
            at = start + text.index(rest, number.end())
            out.append({"text": rest, "label": "LOC", "start": at, "end": at + len(rest)})
    found[:] = out


def split_places_at_heads(found: list[dict[str, Any]]) -> None:
    _split_addresses(found)
    out: list[dict[str, Any]] = []
    for mention in found:
        text = str(mention["text"])
        words = list(re.finditer(r"\S+", text))
        lows = [w.group().lower() for w in words]
        cuts = [
            i for i in range(2, len(words) - 1)
            # (or the head the name opened with, again: "Pulau Batam Pulau Bintan")
            if (lows[i] in _ADMIN_HEADS or (lows[i] == lows[0] and lows[0] in LOC_HEADS))
            and words[i].group()[0].isupper()
            and words[i + 1].group()[0].isupper()
            # "Masjid Raya Kota Bogor": a venue named by what kind it is has the place in
            # its name
            and not set(lows[:i]) <= VENUE_HEADS | _VENUE_WORDS
        ] if mention["label"] == "LOC" else []  # fmt: skip
        if not cuts:
            out.append(mention)
            continue
        start = int(mention["start"])
        bounds = [0, *cuts, len(words)]
        for a, b in pairwise(bounds):
            lo, hi = words[a].start(), words[b - 1].end()
            part = {"text": text[lo:hi], "label": "LOC", "start": start + lo, "end": start + hi}
            out.append({**mention, **part} if a == 0 else part)
    found[:] = out


def _one_place(name: str) -> bool:
    """Whether `name` as a whole is a place warta knows by that name ("Jawa Barat", "Banda
    Aceh"), not two it knows run together."""
    return (
        known_type(name) is not None
        or name in plain_place_names()
        or shipped_gazetteer().get(tuple(name.lower().split())) == "LOC"
    )


def places_run_into_their_province(found: list[dict[str, Any]]) -> None:
    """A town run into its province with no comma between ("Sukabumi Jawa Barat", "Padang
    Sumbar", "Jakarta Timur DKI Jakarta") is two places: the town and the province."""
    out: list[dict[str, Any]] = []
    for mention in found:
        name = str(mention["text"])
        words = list(re.finditer(r"\S+", name))
        cut = (
            next(
                (
                    k
                    for k in range(1, len(words))
                    if (
                        name[words[k].start() :] in PROVINCES
                        or canonical_name(name[words[k].start() :]) in PROVINCES
                    )
                    and is_known_place(name[: words[k - 1].end()])
                    and name[: words[k - 1].end()].split()[0].lower() not in LOC_HEADS
                ),
                None,
            )
            if mention["label"] == "LOC" and len(words) >= 2 and not _one_place(name)
            else None
        )
        if cut is None:
            out.append(mention)
            continue
        start = int(mention["start"])
        head_end, tail_start = words[cut - 1].end(), words[cut].start()
        out.append({**mention, "text": name[:head_end], "end": start + head_end})
        out.append(
            {"text": name[tail_start:], "label": "LOC", "start": start + tail_start,
             "end": int(mention["end"])}
        )  # fmt: skip
    found[:] = out


# Nouns that head a natural feature's name ("Laut Jawa", "Selat Malaka", "Gunung Merapi"): a
# place tagged without its head gets it back, so the sea is not the island.
_FEATURE_HEADS = frozenset(
    {"laut", "selat", "teluk", "samudra", "samudera", "gunung", "pegunungan", "danau",
     "sungai", "pulau", "kepulauan", "tanjung", "semenanjung", "lembah", "gurun", "jazirah"}
)  # fmt: skip
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+) $")


def places_keep_their_heads(found: list[dict[str, Any]], text: str) -> None:
    ends = {int(m["end"]) for m in found}
    for mention in found:
        if mention["label"] != "LOC":
            continue
        start = int(mention["start"])
        head = _WORD_BEFORE.search(text, max(0, start - 14), start)
        if (
            head is None
            or head.group(1).lower() not in _FEATURE_HEADS
            or start - 1 in ends
            or str(mention["text"]).split()[0].lower() in _ADMIN_HEADS
        ):
            continue  # ("Komunitas Lima Gunung | Kabupaten Magelang": a regency has no head)
        mention["start"] = head.start(1)
        mention["text"] = text[head.start(1) : int(mention["end"])]


# A capitalised word right before a mention: a head it may have left out
_HEAD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+\.?) $")


def heads_before_people_name_places(found: list[dict[str, Any]], text: str) -> None:
    """A person's name right after the capitalised head of a place or a body named after
    someone, which the tagger left out, is that place's or body's name: "program [Bandara]
    Soekarno - Hatta" (and the second name after a hyphen with it), "kampus [Universitas]
    Bung Karno"."""
    ends = {int(m["end"]) for m in found}
    gone: list[dict[str, Any]] = []
    for i, mention in enumerate(found):
        start = int(mention["start"])
        head = _HEAD_BEFORE.search(text, max(0, start - 14), start)
        label = (
            named_after_people([head.group(1), *str(mention["text"]).split()])
            if head is not None
            and mention["label"] == "PER"
            and start - 1 not in ends
            # (not after a capitalised word, an office or a longer name: "GM Bandara Budi
            # Santoso", "Polsek Kawasan Pelabuhan Budi Santoso")
            and not re.search(
                r"[A-Z][\w.-]*[ \t]+$", text[max(0, head.start(1) - 30) : head.start(1)]
            )
            else None
        )
        if head is None or label is None:
            continue
        end = int(mention["end"])
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and nxt["label"] == "PER"
            and text[end : int(nxt["start"])] in (" - ", "-")
        ):
            end = int(nxt["end"])  # "Soekarno - Hatta": two people, one airport
            gone.append(nxt)
        mention["start"] = head.start(1)
        mention["end"] = end
        mention["text"] = text[head.start(1) : end]
        mention["label"] = label
        mention.pop("role", None)
    if gone:
        found[:] = [m for m in found if not any(m is g for g in gone)]


# A place's side or a river's reach, capitalised, right after the place's name and closing it
# (" Hulu", " Utara"; not a word that goes on into another name)
_PLACE_SIDE_WORDS = frozenset(
    {"hulu", "hilir", "utara", "selatan", "barat", "timur", "tengah", "tenggara", "laut", "daya"}
)
_SIDE_AFTER = re.compile(
    r"[ \t]+(" + "|".join(sorted(w.title() for w in _PLACE_SIDE_WORDS)) + r")(?![\w-])"
    r"(?![ \t]+[A-Z])"
)


def places_keep_their_sides(found: list[dict[str, Any]], text: str) -> None:
    """A place's name runs on over its side or reach written right after it, which the tagger
    left out: "Bendungan Way Rarem [Hulu]", "Kecamatan Lore [Utara]"."""
    starts = {int(m["start"]) for m in found}
    for mention in found:
        side = _SIDE_AFTER.match(text, int(mention["end"]))
        if (
            mention["label"] != "LOC"
            or side is None
            or side.start(1) in starts
            or str(mention["text"]).split()[-1].lower() in _PLACE_SIDE_WORDS
        ):
            continue
        mention["end"] = side.end(1)
        mention["text"] = text[int(mention["start"]) : side.end(1)]


# A hyphen inside a name, spaced as some sources tokenise it ("Jean - Michel Aulas",
# "Kim Jong - un"): the tagger sees two names, or a name and a syllable
_NAME_HYPHEN = re.compile(r" ?- ?")
_SYLLABLE_AFTER = re.compile(
    # the second syllable of a Korean given name: "Son Heung - min", "Ahn Byung - keon"
    r" ?- ?((?:[gkndrmbsjchtp]{1,2}|ng)?[yw]?(?:ae|eo|eu|oe|ui|ee|oo|[aeiou])(?:ng|[knlmpt])?)"
    r"(?![\w-])"
)
# Particles that follow a name after a hyphen: not a syllable of it
_NOT_SYLLABLES = frozenset(
    {"pun", "lah", "kah", "nya", "tah", "dong", "kan", "an", "i", "yang", "dan", "di", "ke",
     "tak", "sang", "si", "ya", "pak", "bu", "tuh", "nah", "kok", "deh", "sih", "loh", "yah"}
)  # fmt: skip


# Balinese names open with "I" (men) or "Ni" (women) before the birth-order or caste name:
# "I Gusti Putu Suryawirawan", "Ni Luh Putu …"; taggers often leave the "I" out
# (and the castes' titles that open a name: "Anak Agung Gede Ngurah", "Ida Bagus Rai")
_BALINESE_OPENER = re.compile(
    r"(?<![\w.])(?:I|Ni|Anak Agung|Ida Bagus|Ida Ayu|Cokorda|Tjokorda|Desak|Sang Ayu) $"
)


def _opened_by(
    mention: dict[str, Any], text: str, opener: re.Pattern[str], reach: int
) -> int | None:
    """Widen a person's mention to the name word `opener` finds right before it; where the
    name now starts, or None."""
    start = int(mention["start"])
    found = opener.search(text, max(0, start - reach), start)
    if found is None:
        return None
    mention["start"] = found.start()
    mention["text"] = text[found.start() : int(mention["end"])]
    return found.start()


def balinese_openers(found: list[dict[str, Any]], text: str) -> None:
    for mention in found:
        words = str(mention["text"]).split()
        if mention["label"] != "PER" or words[0].lower() not in BALINESE_NAMES:
            continue
        begin = _opened_by(mention, text, _BALINESE_OPENER, 11)
        if begin is None:
            continue
        opener = str(mention["text"]).split(" " + words[0], 1)[0]
        role = str(mention.get("role") or "")
        if role.endswith(opener):  # "Anak Agung" read as a role: it is the name's opening
            mention["role"] = role[: -len(opener)].strip()
            if not mention["role"]:
                del mention["role"]
        for other in found:
            # "Kementerian Perindustrian I": the tagger's roman numeral is the name's "I"
            if other is not mention and int(other["start"]) < begin < int(other["end"]):
                other["end"] = begin - 1
                other["text"] = text[int(other["start"]) : int(other["end"])]


# "…, Yang Liwei mengaku": in the middle of a sentence "yang" is written small; capitalised
# right before a person's name, it is the Chinese family name (not "Yang Mulia")
_YANG_BEFORE = re.compile(r"(?<=[\w,;)] )Yang $")


def chinese_yang(found: list[dict[str, Any]], text: str) -> None:
    for mention in found:
        if mention["label"] == "PER" and " " not in str(mention["text"]):
            _opened_by(mention, text, _YANG_BEFORE, 8)
        elif mention["label"] == "PER" and _opened_by(mention, text, _SASAK_BEFORE, 8):
            # "Gubernur NTB Lalu Muhamad Iqbal": Lombok's noble title opens the name, no
            # part of the role
            role = str(mention.get("role") or "")
            title = str(mention["text"]).split(" ", 1)[0]
            if role.endswith(" " + title):
                mention["role"] = role[: -len(title) - 1]


# Common Chinese family names in pinyin
_CHINESE_FAMILY_NAMES = frozenset(
    {"Bai", "Cai", "Cao", "Chen", "Cheng", "Dai", "Deng", "Ding", "Dong", "Du", "Fan", "Fang",
     "Feng", "Fu", "Gao", "Gong", "Guo", "Han", "He", "Hou", "Hu", "Huang", "Jia", "Jiang",
     "Jin", "Kong", "Lai", "Li", "Liang", "Liao", "Lin", "Liu", "Lu", "Luo", "Lyu", "Ma", "Mao",
     "Meng", "Pan", "Peng", "Qian", "Qin", "Qiu", "Ren", "Shao", "Shen", "Shi", "Song", "Su",
     "Sun", "Tan", "Tang", "Tian", "Wan", "Wang", "Wei", "Wen", "Wu", "Xi", "Xia", "Xiao", "Xie",
     "Xu", "Xue", "Yan", "Yang", "Yao", "Ye", "Yin", "Yu", "Yuan", "Zeng", "Zhang", "Zhao", "Zheng",
     "Zhong", "Zhou", "Zhu", "Zou"}
)  # fmt: skip
# One syllable of pinyin, capitalised: "Yu", "Qi", "Keng"
_PINYIN = re.compile(
    r"(?:[BPMFDTNLGKHJQXRZCSYW]|Zh|Ch|Sh)?(?:[aoeiu]|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|"
    r"iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ue)|(?:A|O|E)(?:i|o|u|n|ng|r)?"
)
# A given name of two pinyin syllables written as one word, capitalised only at its start:
# "Jinping", "Keqiang"
_PINYIN_TWICE = re.compile(f"(?:{_PINYIN.pattern}){{2}}", re.IGNORECASE)


def _pinyin_joined(word: str) -> bool:
    return word[1:].islower() and _PINYIN_TWICE.fullmatch(word) is not None


_KOREAN_FAMILY_NAMES = frozenset(
    {"Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Jo", "Yoon", "Yun",
     "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong",
     "Jeon", "Moon", "Son", "Yang", "Bae", "Baek", "Heo", "Nam", "Noh", "Kwak", "Sung", "Cha",
     "Joo", "Min", "Ryu", "Jin", "Byun", "Chae", "Chun", "Gong", "Hyun", "Go", "Ko", "Ha"}
)  # fmt: skip
_FAMILY_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{1,4})[ \t]$")


def chinese_family_names(found: list[dict[str, Any]], text: str) -> None:
    """A Chinese family name the tagger left out before a given name of two pinyin
    syllables opens the name: "antara [Shi] Yu Qi dan Anders Antonsen", "Liang Wei Keng";
    so does a Korean one before two Korean syllables ("kunjungan [Song] Joong Ki")."""
    ends = {int(m["end"]) for m in found}
    for mention in found:
        words = str(mention["text"]).split()
        if (
            mention["label"] in {"ORG", "LOC"}
            and len(set(words)) == 3  # (not a song's refrain: "Ko Ko Bop")
            and (
                (words[0] in _KOREAN_FAMILY_NAMES and all(korean_syllable(w) for w in words[1:]))
                or (
                    words[0] in _CHINESE_FAMILY_NAMES
                    and all(_PINYIN.fullmatch(w) for w in words[1:])
                )
            )
            and known_type(str(mention["text"])) is None
        ):
            # "paman dari Kim Jong Un, [Jang Song Thaek]": a family name and two syllables
            # are a person's name, whatever the tagger read
            mention["label"] = "PER"
        start = int(mention["start"])
        family = _FAMILY_BEFORE.search(text, max(0, start - 7), start)
        if (
            mention["label"] == "PER"
            and family is not None
            and (
                (
                    len(words) == 2
                    and all(_PINYIN.fullmatch(w) for w in words)
                    and family.group(1) in _CHINESE_FAMILY_NAMES
                )
                # (or of two syllables written as one word: "[Xi] Jinping")
                or (
                    len(words) == 1
                    and _pinyin_joined(words[0])
                    and family.group(1) in _CHINESE_FAMILY_NAMES
                )
                # "Song Joong Ki", "Park Seo Joon": a Korean family name
                or (
                    len(words) == 2
                    and all(korean_syllable(w) for w in words)
                    and family.group(1) in _KOREAN_FAMILY_NAMES
                )
            )
            and family.start(1) - 1 not in ends
        ):
            mention["start"] = family.start(1)
            mention["text"] = text[family.start(1) : int(mention["end"])]


# "Dan" closing a Chinese name, then a word written small or a stop: "Lin Dan atau …"
_DAN_AFTER = re.compile(r"[ \t]Dan(?=[ \t]+[a-z]|[,.;:)!?]|[ \t]*$|[ \t]*\n)")


def chinese_names_close_with_dan(found: list[dict[str, Any]], text: str) -> None:
    """A Chinese family name read as a person alone, then "Dan" written capitalised inside a
    sentence, is one name ("mengandalkan Lin Dan atau …"): the tagger read "Dan" as "dan"."""
    ends = {int(m["start"]) for m in found}
    for mention in found:
        end = int(mention["end"])
        if (
            mention["label"] == "PER"
            and str(mention["text"]) in _CHINESE_FAMILY_NAMES
            and _DAN_AFTER.match(text, end)
            and end + 1 not in ends
            and not _title_cased_line(text, end)
        ):
            mention["end"] = end + 4
            mention["text"] = text[int(mention["start"]) : end + 4]


# Words between two people that join them, not their name ("Ahok Dan Djarot", "Anies Vs
# Ahok", "Sandi Atau Anies")
_BETWEEN_TWO_PEOPLE = frozenset(
    {"dan", "atau", "vs", "versus", "lawan", "dengan", "serta", "bersama", "ke", "di", "dari",
     "untuk", "bagi", "kepada", "pada", "tapi", "usai", "saat", "kala", "soal"}
)  # fmt: skip


def _title_cased_line(text: str, at: int) -> bool:
    """Whether the line around `at` is a headline written with a capital to every word but a
    few ("Ahok Minta Anies Lanjutkan Program Normalisasi Sungai")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = re.findall(r"[^\W\d_]+", text[start : end if end >= 0 else len(text)])
    small = sum(1 for w in words if w[:1].islower())
    return (
        len(words) >= 4
        and small * 4 <= len(words)
        and len(words) - small >= 4
        and (small == 0 or len(words) <= 14)
    )


def names_split_at_a_word(found: list[dict[str, Any]], text: str) -> None:
    """Two people's names with one capitalised word between them and nothing else are one
    name the tagger broke at a word of the language: "Kwik Kian Gie" ("kian", more and
    more), tagged "Kwik" and "Gie". Not where the word is a title or one warta knows."""
    out: list[dict[str, Any]] = []
    for mention in found:
        prev = out[-1] if out else None
        between = text[int(prev["end"]) : int(mention["start"])] if prev is not None else ""
        middle = between.strip(" ")
        if (
            prev is not None
            and prev["label"] == mention["label"] == "PER"
            and between == f" {middle} "
            and re.fullmatch(r"[A-Z][a-z]{1,5}", middle)
            and all(
                re.fullmatch(r"[A-Z][a-z]{1,5}", w)
                for w in (str(prev["text"]).split()[-1], str(mention["text"]).split()[0])
            )
            and middle.lower() not in TITLE_WORDS | NAME_TITLES | _BETWEEN_TWO_PEOPLE
            and known_type(middle) is None
            and not prev.get("role")
            and not mention.get("role")
            # (nor in a headline written in capitals: "Ahok Minta Anies Lanjutkan …")
            and not _title_cased_line(text, int(prev["start"]))
        ):
            prev["end"] = mention["end"]
            prev["text"] = text[int(prev["start"]) : int(prev["end"])]
            continue
        if (
            prev is not None
            and prev["label"] == mention["label"] == "PER"
            and between == f" {middle} "
            and middle in _NAME_WORDS_LIKE_TITLES
            # (the role finder read the word as the second name's title)
            and mention.get("role") in (None, middle)
            # (not a rank: "Laksamana Muda", "Jaksa Agung")
            and str(prev["text"]).split()[-1].lower() not in TITLE_WORDS | NAME_TITLES
        ):
            # "Herlambang Perdana Wiratman": a name word that also opens a title ("Perdana
            # Menteri"), which the tagger left out of the name
            prev["end"] = mention["end"]
            prev["text"] = text[int(prev["start"]) : int(prev["end"])]
            continue
        out.append(mention)
    found[:] = out


# Words of Indonesian names that also open or close a title or body's name ("Perdana
# Menteri", "Jaksa Agung"); between two parts of a person's name they are part of it
_NAME_WORDS_LIKE_TITLES = frozenset({"Perdana", "Agung", "Utama", "Pratama", "Mulia"})


# A name with a nickname in quotes between its given name and surname: 'Giuseppe "Beppe"
# Marotta', "Alessio 'Uccio' Salucci" (quotes written tight or spaced)
_NAME_WITH_NICKNAME = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)? ['‘\"“] ?[A-Z][a-z]+ ?['’\"”] "
    r"[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?(?![\w'’-])"
)


def names_with_quoted_nicknames(found: list[dict[str, Any]], text: str) -> None:
    """A person's name with a nickname in quotes inside it is one person's mention, however
    the tagger cut it at the quotes ('[Beppe" Marotta]', "[Giuseppe 'Beppe' Marotta]" as a
    body): where a person's mention lies inside it, or the tagger read it whole."""
    for match in _NAME_WITH_NICKNAME.finditer(text):
        begin, end = match.span()
        first = match.group().split()[0]
        if first.lower() in TITLE_WORDS | ROLE_OPENING and match.group()[len(first) :][:1] in " \t":
            begin += len(first) + 1  # "Pebalap Alessio 'Uccio' Salucci": the calling is no name
        inside = [m for m in found if int(m["start"]) < end and int(m["end"]) > begin]
        if not inside or not all(int(m["start"]) >= begin and int(m["end"]) <= end for m in inside):
            continue
        if not any(m["label"] == "PER" for m in inside) and not (
            len(inside) == 1 and (int(inside[0]["start"]), int(inside[0]["end"])) == (begin, end)
        ):
            continue
        role = next((m.get("role") for m in inside if m.get("role")), None)
        whole: dict[str, Any] = {
            "text": text[begin:end],
            "label": "PER",
            "start": begin,
            "end": end,
        }
        if role:
            whole["role"] = role
        found[:] = [m for m in found if m not in inside]
        found.append(whole)
    found.sort(key=lambda m: int(m["start"]))


# Lombok's (Sasak) noble titles before a name, capitalised in mid-sentence ("Lalu Muhamad
# Iqbal", "Baiq Nuril"); at a sentence's start "Lalu" is "then"
_SASAK_BEFORE = re.compile(r"(?<=[\w,;)] )(?:Lalu|Baiq) $")


def hyphenated_names(found: list[dict[str, Any]], text: str) -> None:
    """Names the tagger split at a hyphen or a space are one: "Jean - Michel Aulas", "Brigjen
    Pol Petrus Patrige Rudolf Renwarin" (tagged "Petrus Patrige" and "Rudolf Renwarin")."""
    out: list[dict[str, Any]] = []
    for mention in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev["label"] == mention["label"] == "PER"
            and (
                # a given name joined to a full name; "Ronaldo - Messi" are two people
                (
                    " " not in str(prev["text"])
                    and " " in str(mention["text"])
                    and _NAME_HYPHEN.fullmatch(text, int(prev["end"]), int(mention["start"]))
                    # (not a pair whose first the article names elsewhere without the
                    # hyphen: "elektabilitas Anies - Sandiaga Uno" … "suara Anies dan Ahok")
                    and not _named_apart(
                        str(prev["text"]), int(prev["start"]), text, str(mention["text"]).split()[0]
                    )
                )
                or (
                    # "Alex Oxlade - Chamberlain" tagged as two: a second surname the article
                    # writes nowhere but after the hyphen (not a pair: "pasangan Anies - Sandi")
                    " " not in str(mention["text"])
                    and " " in str(prev["text"])  # ("Anies - Sandi", "Ahok - Djarot": pairs)
                    and _NAME_HYPHEN.fullmatch(text, int(prev["end"]), int(mention["start"]))
                    and "-" in text[int(prev["end"]) : int(mention["start"])]
                    and not _hyphened_elsewhere(str(mention["text"]), text)
                    # ("dua pasangan lainnya yakni Sudrajat - Achmad Syaikhu dan TB Hasanudin
                    # - Anton": in a sentence about pairs)
                    and not _PAIRS_NEAR.search(
                        text, max(0, int(prev["start"]) - 80), int(prev["start"])
                    )
                    # (nor one the article names by a word of the first name apart: "Cristiano
                    # Ronaldo - Messi" … "Ronaldo mencetak dua gol")
                    and not _first_named_apart(str(prev["text"]), text)
                    and not _WORK_NEAR.search(
                        text, max(0, int(prev["start"]) - 30), int(prev["start"])
                    )
                )
                or (
                    text[int(prev["end"]) : int(mention["start"])] == " "
                    and str(mention["text"])[:1].isupper()
                    # not "Kahiyang Ayu binti" + "Joko Widodo": her father's name
                    and str(prev["text"]).split()[-1][:1].isupper()
                )
            )
        ):
            prev["end"] = mention["end"]
            prev["text"] = text[int(prev["start"]) : int(prev["end"])]
            continue
        if (
            prev is not None
            and prev["label"] in ("LOC", "ORG")
            and (mention["label"] == "PER" or str(prev["text"]).split()[0].lower() == "bandara")
            # "Bandara Soekarno - Hatta": a place named after two people, read as one and a
            # person; two places set against each other ("Jakarta - Bandung") stay two
            and " " in str(prev["text"])
            and " " not in str(mention["text"])
            # (not a dash closing an aside: "The Red Devils - julukan United - Cole")
            and not any(w[:1].islower() for w in str(prev["text"]).split())
            and _NAME_HYPHEN.fullmatch(text, int(prev["end"]), int(mention["start"]))
        ):
            prev["end"] = mention["end"]
            prev["text"] = text[int(prev["start"]) : int(prev["end"])]
            continue
        if (
            prev is not None
            and _NAME_HYPHEN.fullmatch(text, int(prev["end"]), int(mention["start"]))
            and "-" in text[int(prev["end"]) : int(mention["start"])]
            and (joined := known_type(f"{prev['text']}-{mention['text']}")) in ("LOC", "ORG")
            and known_type(str(mention["text"])) is None
        ):
            # "Bosnia - Herzegovina": one country warta knows, read as a place and a person
            prev["end"] = mention["end"]
            prev["text"] = text[int(prev["start"]) : int(prev["end"])]
            prev["label"] = joined
            prev.pop("role", None)
            continue
        out.append(mention)
    for mention in out:
        syllable = _SYLLABLE_AFTER.match(text, int(mention["end"]))
        if (
            mention["label"] == "PER"
            and syllable
            and syllable.group(1) not in _NOT_SYLLABLES
            and " " in str(mention["text"])
        ):
            mention["end"] = syllable.end()
            mention["text"] = text[int(mention["start"]) : int(mention["end"])]
    # (a second surname the tagger read as a body or place of its own, which warta does not
    # know: "Kyle Walker - [Peters]")
    misread = {
        (int(m["start"]), int(m["end"])): m
        for m in out
        if m["label"] != "PER"
        and " " not in str(m["text"])
        and known_type(str(m["text"])) is None
        and str(m["text"]) not in KNOWN_BODY_NAMES
    }
    taken = [(int(m["start"]), int(m["end"])) for m in out]
    surnames: set[str] = set()
    gone: list[dict[str, Any]] = []
    for mention in out:
        second = _SECOND_SURNAME.match(text, int(mention["end"]))
        if (
            mention["label"] == "PER"
            and second is not None
            and " " in str(mention["text"])
            and all(w[:1].isupper() for w in str(mention["text"]).split())
            # (no name of its own: "Prabowo Subianto - Gibran" is a pair, tagged as two)
            and not any(
                a < second.end() and second.start() < b and (a, b) not in misread for a, b in taken
            )
            and not _PAIR_BEFORE.search(
                text, max(0, int(mention["start"]) - 60), int(mention["start"])
            )
            and not _PAIRS_NEAR.search(
                text, max(0, int(mention["start"]) - 80), int(mention["start"])
            )
            and not _first_named_apart(str(mention["text"]), text)
            # (a work's title after its maker: "lagu ciptaan Afgan Syahreza - Sabar")
            and not _WORK_NEAR.search(
                text, max(0, int(mention["start"]) - 30), int(mention["start"])
            )
            and known_type(second.group(1)) is None
            and not written_small(second.group(1), text)
        ):
            # "Alex Oxlade - Chamberlain", "Hal Robson - Kanu": a double surname
            mention["end"] = second.end()
            mention["text"] = text[int(mention["start"]) : second.end()]
            gone.extend(m for (a, b), m in misread.items() if (a, b) == second.span(1))
    out = [m for m in out if not any(m is g for g in gone)]
    for mention in out:
        double = _DOUBLE_SURNAME.search(str(mention["text"]))
        if mention["label"] == "PER" and double is not None:
            surnames.add(double.group(1))
    for surname in surnames:
        # and so is the surname alone: "untuk bisa menggaet Oxlade - Chamberlain"
        for match in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", text):
            inside = [
                m for m in out if int(m["start"]) < match.end() and match.start() < int(m["end"])
            ]
            if not inside:
                out.append(
                    {"text": surname, "label": "PER", "start": match.start(), "end": match.end()}
                )
            elif (
                len(inside) == 1
                and int(inside[0]["start"]) == match.start()
                and inside[0]["label"] == "PER"
            ):
                inside[0]["end"] = match.end()
                inside[0]["text"] = surname
    out.sort(key=lambda m: int(m["start"]))
    found[:] = out
    _izafet_names(found, text)


# A double surname closing a person's name after a given name ("Alex Oxlade - Chamberlain")
_DOUBLE_SURNAME = re.compile(r"(?<=\w )([A-Z][a-z]{2,}[ \t]?-[ \t]?[A-Z][a-z]{2,})$")
# The second part of a double surname after a person's name, no capitalised word after it
_SECOND_SURNAME = re.compile(r"[ \t]?-[ \t]?([A-Z][a-z]{2,})(?![\w-])(?![ \t]+[A-Z])")


# Urdu and Persian names joined by "-e-" ("Lashkar-e-Taiba", "Tehreek-e-Insaf"), spaced or
# not, with an Arabic "al-" word after ("Lashkar - e - Jhangvi al - Alami")
_IZAFET = re.compile(
    r"(?:[ \t]*-[ \t]*e[ \t]*-[ \t]*[A-Z][\w'’]*)+(?:[ \t]+(?:al|el)[ \t]*-[ \t]*[A-Z][\w'’]*)?"
)


_IZAFET_INSIDE = re.compile(r"[a-z][ \t]*-[ \t]*e[ \t]*-[ \t]*[A-Z]")


def _izafet_names(found: list[dict[str, Any]], text: str) -> None:
    """A name the tagger cut before "-e-" runs over it: "Lashkar - e - Jhangvi al - Alami" is
    one name, a group's (a body, where the tagger took it for a person: "Jaish-e-Mohammed");
    a place stays a place ("Mazar-e-Sharif")."""
    ends: list[tuple[int, int]] = []
    for mention in found:
        joined = _IZAFET.match(text, int(mention["end"]))
        if joined is not None and str(mention["text"])[:1].isupper():
            ends.append((int(mention["start"]), joined.end()))
            mention["end"] = joined.end()
            mention["text"] = text[int(mention["start"]) : joined.end()]
        if mention["label"] == "PER" and _IZAFET_INSIDE.search(str(mention["text"])):
            mention["label"] = "ORG"
            mention.pop("role", None)
    found[:] = [
        m
        for m in found
        if not any(
            a <= int(m["start"]) < b and (a, b) != (int(m["start"]), int(m["end"])) for a, b in ends
        )
    ]


# (and doubles, duels: "ganda putra Hendra Setiawan - Ahsan", "duel Lionel Messi - Ronaldo")
_PAIRS_NEAR = re.compile(
    r"(?i)(?<!\w)(?:pasangan|paslon|duet|tandem|cagub|cawagub|ganda|duel|rivalitas)(?!\w)"
)


_WORK_NEAR = re.compile(r"(?i)(?<!\w)(?:lagu|single|singel|album|film|novel|buku)(?!\w)[^.\n]*$")


def _first_named_apart(name: str, text: str) -> bool:
    """Whether the article writes the person's name `name` as one of a pair elsewhere: its
    last word alone, with no hyphen after it ("Cristiano Ronaldo - Messi" … "Ronaldo
    mencetak dua gol"; but "Oxlade - Chamberlain", the double surname again), or a word of it
    before a hyphen and another name ("Prabowo Subianto - Sandi" … "kubu Prabowo - Sandi").
    A given name alone says nothing: "Prayuth Chan - ocha" … "Prayuth"."""
    words = name.split()
    if any(
        not re.match(r"[ \t]?-", text[m.end() :])
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)
    ):
        return True  # the whole name, a person of its own ("Kyle Walker - Peters" … "menjual
        # Kyle Walker ke Manchester City")
    rest = re.sub(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", " ", text)
    last = words[-1]
    for match in re.finditer(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", rest):
        if not re.match(r"[ \t]?-", rest[match.end() :]):
            return True
    first = words[0]
    return len(words) > 1 and any(
        re.finditer(r"(?<![\w-])" + re.escape(first) + r"[ \t]?-[ \t]?[A-Z]", rest)
    )


def _hyphened_elsewhere(word: str, text: str) -> bool:
    """Whether the article writes `word` anywhere but right after a hyphen."""
    return any(
        not re.search(r"-[ \t]*$", text[max(0, m.start() - 3) : m.start()])
        for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)
    )


def _named_apart(word: str, at: int, text: str, after: str) -> bool:
    """Whether the article writes `word` elsewhere than at `at` with no hyphen after it, nor
    the word `after` ("Hans Peter Schaller" is "Hans - Peter Schaller" without its hyphen)."""
    return any(
        m.start() != at
        for m in re.finditer(
            r"(?<![\w-])"
            + re.escape(word)
            + r"(?![\w-])(?![ \t]*-)(?![ \t]+"
            + re.escape(after)
            + ")",
            text,
        )
    )


# Words that name a pair of people written with a hyphen ("pasangan Pramono Anung-Rano
# Karno", "paslon Ridwan Kamil-Suswono", "pemerintahan Prabowo-Gibran")
_PAIR_BEFORE = re.compile(
    r"(?i)\b(?:pasangan|paslon|duet|tandem|duo|kubu|koalisi|pemerintahan|kabinet|rezim|era"
    r"|pernikahan|perkawinan|pertunangan|perceraian"
    r"|capres-cawapres|cagub-cawagub|cabup-cawabup|cawalkot-cawawalkot|nomor[ \t]+urut"
    r"[ \t]+\d+)[ \t]+(?:[a-z]+[ \t]+){0,3}$"
)
_PAIR_HYPHEN = re.compile(r"(?<=[a-z])(?:-| - )(?=[A-Z][a-z])")
# Particles a hyphen joins to the name after them ("Al-Hafiz", "Abu-Bakar")
_HYPHEN_PARTICLES = frozenset({"al", "el", "abu", "bin", "ibn", "ben", "ould", "ait", "ter"})


def pairs_split_at_hyphens(found: list[dict[str, Any]], text: str) -> None:
    """Two people written as a pair with a hyphen are two names: "Pramono Anung-Rano Karno"
    (both full names), "pasangan Ridwan Kamil-Suswono", "pemerintahan Prabowo-Gibran" (after
    a word that names a pair). Not one name with a hyphen ("Trent Alexander-Arnold",
    "Jean-Claude Juncker", "Kim Won-ho")."""
    out: list[dict[str, Any]] = []
    for mention in found:
        name, start = str(mention["text"]), int(mention["start"])
        hyphens = list(_PAIR_HYPHEN.finditer(name)) if mention["label"] == "PER" else []
        if len(hyphens) != 1:
            out.append(mention)
            continue
        cut, after = hyphens[0].span()
        left, right = name[:cut], name[after:]
        both_full = " " in left and " " in right
        if left.split()[-1].lower() in _HYPHEN_PARTICLES or not (
            both_full or _PAIR_BEFORE.search(text, max(0, start - 60), start)
        ):
            out.append(mention)
            continue
        out.append({**mention, "text": left, "end": start + cut})
        second = {"text": right, "label": "PER", "start": start + after, "end": mention["end"]}
        out.append(second)
    found[:] = out
    _routes_split_at_dashes(found, text)
    _toll_roads_joined(found, text)


def _toll_roads_joined(found: list[dict[str, Any]], text: str) -> None:
    """A toll road named after the two towns it joins, spaced around its dash: "Tol Jakarta"
    and "Cikampek" of "ruas Tol Jakarta - Cikampek" are one road."""

    def join(one: dict[str, Any], two: dict[str, Any]) -> str | None:
        gap = text[int(one["end"]) : int(two["start"])]
        words = str(one["text"]).lower().split()
        if (
            one["label"] == "LOC"
            and two["label"] == "LOC"
            and gap.strip() in {"-", "–"}
            and len(gap) <= 3
            and "tol" in words[:2]
            and len(words) >= 2
            and " " not in str(two["text"]).strip()
        ):
            return "LOC"
        return None

    join_neighbours(found, text, join)


def places_split_at_hyphens(found: list[dict[str, Any]], text: str) -> None:
    """Two known places joined by a hyphen are the two places, whether the tagger read them
    as one place or as nothing ("kereta cepat Jakarta-Bandung", "penerbangan
    Jakarta-Surabaya"); not a road named after them ("Tol Jakarta-Cikampek", "ruas
    Cikopo-Palimanan")."""
    added = False
    for match in _HYPHEN_PAIR.finditer(text):
        start = match.start()
        before = re.search(r"(\S+)[ \t]+$", text[max(0, start - 20) : start])
        if (before is not None and before.group(1).lower().rstrip(".") in _ROAD_WORDS) or not (
            is_known_place(match.group(1)) and is_known_place(match.group(2))
        ):
            continue
        added = _split_hyphen_pair(found, match, "LOC") or added
    if added:
        found.sort(key=lambda m: int(m["start"]))


def _split_hyphen_pair(found: list[dict[str, Any]], match: re.Match[str], label: str) -> bool:
    """Two mentions of `label` for the two words of a hyphen pair, where nothing or one
    mention of that label covering exactly the pair stood; whether it split."""
    start, end = match.span()
    inside = [m for m in found if int(m["start"]) < end and start < int(m["end"])]
    if inside and not (
        len(inside) == 1
        and inside[0]["label"] == label
        and (int(inside[0]["start"]), int(inside[0]["end"])) == (start, end)
    ):
        return False
    found[:] = [m for m in found if m not in inside]
    cut = start + len(match.group(1))
    found.append({"text": match.group(1), "label": label, "start": start, "end": cut})
    found.append({"text": match.group(2), "label": label, "start": cut + 1, "end": end})
    return True


# Two capitalised words joined by a hyphen: "Raisa-Hamish"
_HYPHEN_PAIR = re.compile(r"(?<![\w-])([A-Z][a-z]+)-([A-Z][a-z]+)(?![\w-])")


def pairs_named_elsewhere(found: list[dict[str, Any]], text: str) -> None:
    """Two words joined by a hyphen, each of which the article names as a person on its own,
    are those two people: "pernikahan Raisa-Hamish" where "Raisa" and "Hamish Daud" stand
    elsewhere, whether the tagger read the pair as nothing or as one name."""
    people = {
        word
        for m in found
        if m["label"] == "PER" and "-" not in str(m["text"])
        for word in str(m["text"]).split()
    }
    added = False
    for match in _HYPHEN_PAIR.finditer(text):
        left, right = match.group(1), match.group(2)
        if left in people and right in people:
            added = _split_hyphen_pair(found, match, "PER") or added
    if added:
        found.sort(key=lambda m: int(m["start"]))


# A route's ends, spaced around a dash: "rute Blok M - Bandara Soekarno-Hatta"
_ROUTE_DASH = re.compile(r" [-–] (?=[A-Z])")
_ROAD_HEADS = frozenset({"jalan", "jl", "jl.", "tol", "jalur", "ruas", "lintas", "rute"})
# Words that name a road after the places it joins (a route's ends are two places)
_ROAD_WORDS = (_ROAD_HEADS - {"rute"}) | {"gerbang", "simpang"}


_ROUTE_BEFORE = re.compile(
    r"\b(?:rute|trayek|koridor|jurusan|relasi|lintasan)"
    r"(?:[ \t]+[a-z]+){0,2}[ \t]+$"
)


def _routes_split_at_dashes(found: list[dict[str, Any]], text: str) -> None:
    """A place whose two capitalised parts a spaced dash joins is a route's two ends; not a
    road named after them ("Tol Jakarta - Cikampek")."""
    out: list[dict[str, Any]] = []
    for mention in found:
        name, start = str(mention["text"]), int(mention["start"])
        dashes = list(_ROUTE_DASH.finditer(name))
        if (
            # (only after a word for a route: sources that space every hyphen write "Masjid
            # Al - Huda", "Bandara Soekarno - Hatta")
            not _ROUTE_BEFORE.search(text, max(0, start - 30), start)
            or mention["label"] != "LOC"
            or len(dashes) != 1
            or name.split()[0].lower() in _ROAD_HEADS
            or not name[:1].isupper()
        ):
            out.append(mention)
            continue
        cut = dashes[0]
        left, right = name[: cut.start()], name[cut.end() :]
        out.append({**mention, "text": left, "end": start + len(left), "canonical": left})
        out.append({"text": right, "label": "LOC", "start": start + cut.end(),
                    "end": int(mention["end"])})  # fmt: skip
    found[:] = out


# A team's line-up: "Liverpool (4-3-3): Mignolet; Alexander-Arnold, Matip, …; Salah,
# Firmino (Oxlade-Chamberlain 79'), Sturridge." Every name in it is a player, whatever the
# word means elsewhere ("Salah", "Can")
_LINE_UP = re.compile(
    r"(?m)^(?P<team>[A-Z][^\n():]{1,40}?)\s*\(\s*\d(?:\s?-\s?\d){2,4}\s*\)\s*:\s*(?P<players>[^\n]+)$"
)
_LINE_UP_BY_LINES = re.compile(
    r"(?m)^[ \t]*(?P<team>[A-Z][^\n():;,]{1,40}?)[ \t]*:[ \t]*(?P<players>[^\n]+?)[ \t.]*$"
)
_PLAYER = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’.]+(?:(?: - |-| )(?:[A-Z]|de |van |da |dos |di )[\w'’.]*"
    r"|(?: - |-)[a-z]{2,5}(?![\w'’])){0,3}"
    r"(?![\w'’-])"
)


# A player by shirt number in a line-up, after a line's start or a separator: "; 22 Marckho
# Sandy Merauje,", "(8 - Aaron Ramsey 59 ')"
_NUMBERED_PLAYER = re.compile(
    r"(?:^|(?<=[;,:])[ \t]|(?<=\())[ \t]*\d{1,2}[ \t]*(?:[-–][ \t]*)?"
    r"(?P<name>[A-Z][\w'’.]*(?:(?: - |-| )(?:[A-Z]|de |van |da |dos |di )[\w'’.]*"
    r"|(?: - |-)[a-z]{2,5}(?![\w'’])){0,4})"
    r"(?=[ \t]*(?:[;,()]|\d|$))",
    re.MULTILINE,
)


def line_up_players(found: list[dict[str, Any]], text: str) -> None:
    added: list[dict[str, Any]] = []
    line_ups: list[list[tuple[int, int, str]]] = []
    for line in _LINE_UP.finditer(text):
        team_start, team_end = line.span("team")
        spans = [(team_start, team_end, "ORG")]
        for player in _PLAYER.finditer(text, line.start("players"), line.end("players")):
            spans.append((player.start(), player.end(), "PER"))
        line_ups.append(spans)
    for line in _LINE_UP_BY_LINES.finditer(text):
        # "Manchester United: De Gea; Valencia, Smalling, Jones, Young; Matic, Pogba; …": the
        # lines of a formation set apart by semicolons, each item a player's name (not a
        # table or a list with words in lower case between)
        players = line.group("players")
        items = [item.strip() for item in re.split(r"[;,]", players)]
        if (
            players.count(";") < 2
            or len(items) < 7
            or not all(item and _PLAYER.fullmatch(item) for item in items)
            or _LINE_UP.match(text, line.start())
        ):
            continue
        team_start, team_end = line.span("team")
        spans = [(team_start, team_end, "ORG")]
        for player in _PLAYER.finditer(text, line.start("players"), line.end("players")):
            spans.append((player.start(), player.end(), "PER"))
        line_ups.append(spans)
    for line in re.finditer(r"[^\n]+", text):
        # a line-up by shirt numbers: "12 Teja Paku Alam; 22 Marckho Sandy Merauje, 45 Bio
        # Paulin, …", "Cadangan: 51 Dikri Yusron Afafa, …" (three numbered names at least;
        # not a table of clubs, "1 Persib, 2 Persija, 3 Arema": names warta knows stay)
        numbered = list(_NUMBERED_PLAYER.finditer(text, line.start(), line.end()))
        # (the line holds no word in lower case but in a label before a colon: not "3 gelar
        # La Liga, 2 Piala Super Spanyol, 1 Piala Super Eropa, dan …")
        rest = line.group()
        for item in reversed(numbered):
            a, b = item.start() - line.start(), item.end() - line.start()
            rest = rest[:a] + rest[b:]
        rest = re.sub(r"^[^:\n]{0,40}:", "", rest)
        if len(numbered) >= 3 and not re.search(r"(?<![\w'’])[a-z]", rest):
            line_ups.append(
                [
                    (m.start("name"), m.end("name"), "PER")
                    for m in numbered
                    if known_type(m.group("name")) is None
                    and m.group("name").lower() not in KNOWN_LOCS
                    # (nor a unit: "Kapasitas: 2 TB, 4 TB, 6 TB")
                    and m.group("name").lower() not in UNITS
                    and not m.group("name").isupper()
                ]
            )
    for start, end, label in (span for spans in line_ups for span in spans):
        name = text[start:end].rstrip(".")
        end = start + len(name)
        found[:] = [m for m in found if not (int(m["start"]) < end and start < int(m["end"]))]
        added.append({"text": name, "label": label, "start": start, "end": end})
    if added:
        found.extend(added)
        found.sort(key=lambda m: int(m["start"]))
    for mention in found:
        number = _GLUED_NUMBER.match(str(mention["text"]))
        if mention["label"] == "PER" and number is not None:
            # "Lee Yoo Joon, 6Evan Dimas, 23 - Wahyu": a shirt number glued to the name
            mention["start"] = int(mention["start"]) + number.end()
            mention["text"] = str(mention["text"])[number.end() :]


_GLUED_NUMBER = re.compile(r"\d{1,2}(?=[A-Z][a-z])")


# Titles of the people venues are named after ("Stadion Gelora Bung Karno", "Bandara Sultan
# Hasanuddin"): the word after them is the person's name, not a town
_HONOURED_BEFORE = frozenset(
    {"bung", "haji", "sultan", "raden", "pangeran", "jenderal", "jend", "letjen", "kh", "ki",
     "nyi", "pahlawan", "presiden", "raja", "ratu", "sri", "teuku", "cut", "saint", "st",
     "san", "santa", "santo", "sint"}
)  # fmt: skip


def split_venue_and_city(
    found: list[dict[str, Any]], gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    out: list[dict[str, Any]] = []
    for mention in found:
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        lows = [w.lower() for w, _ in words]
        split = None
        if mention["label"] == "LOC" and len(words) >= 3 and (set(lows[:-1]) & VENUE_HEADS):
            for size in (2, 1):
                if len(words) - size >= 2 and gazetteer.get(tuple(lows[-size:])) == "LOC":
                    split = len(words) - size
                    break
            if split is not None and set(lows[:split]) <= VENUE_HEADS | _VENUE_KINDS:
                # "Stadion Gelora Bangkalan", "Masjid Raya Bandung", "Stasiun MRT Jurong
                # East": one name (no name of its own before the place)
                split = None
            elif split is not None and (
                lows[split - 1] in _HONOURED_BEFORE
                or any(
                    known_type(" ".join(w for w, _ in words[i:])) == "LOC" for i in range(1, split)
                )
            ):
                split = None  # "Stadion Gelora Bung Karno": a venue named after a person
        if split is None:
            out.append(mention)
            continue
        start = int(mention["start"])
        head_end = start + words[split - 1][1] + len(words[split - 1][0])
        city_start = start + words[split][1]
        text = str(mention["text"])
        out.append({**mention, "text": text[: head_end - start], "end": head_end})
        out.append(
            {"text": text[city_start - start :], "label": "LOC", "start": city_start,
             "end": int(mention["end"])}
        )  # fmt: skip
    found[:] = out


# Words of football reporting: an article with several of them is sports news
_SPORTS_WORDS = frozenset(
    {"gol", "laga", "pertandingan", "klub", "pelatih", "skuat", "striker", "gelandang",
     "kiper", "bek", "liga", "transfer", "musim", "juara", "menang", "kalah", "imbang",
     "penalti", "tandang", "kandang", "stadion", "suporter", "winger", "bertanding",
     "pemain", "sepak", "sepakbola", "gawang", "klasemen", "wasit", "penyerang", "trofi",
     "mencetak", "timnas", "fullback", "playmaker", "bomber"}
)  # fmt: skip
# Clubs named like their city ("Liverpool", "Valencia") or often tagged as a place: in sports
# news they are the club
_CLUBS = frozenset(
    {"liverpool", "newcastle", "everton", "leicester", "southampton", "bournemouth",
     "watford", "stoke", "burnley", "brighton", "wolves", "chelsea", "arsenal", "tottenham",
     "manchester city", "manchester united", "west ham", "aston villa", "leeds", "fulham",
     "valencia", "sevilla", "villarreal", "getafe", "levante", "eibar", "espanyol",
     "real madrid", "atletico madrid", "barcelona", "napoli", "lazio", "juventus", "fiorentina",
     "sampdoria", "genoa", "torino", "atalanta", "udinese", "benfica", "ajax", "psv",
     "feyenoord", "schalke", "wolfsburg", "roma", "as roma", "milan", "ac milan", "inter",
     "inter milan", "hoffenheim", "moenchengladbach", "gladbach",
     "leverkusen", "marseille", "monaco", "lyon", "galatasaray", "fenerbahce", "besiktas",
     "celtic", "rangers", "persib", "persija", "arema", "persebaya", "psm", "persipura",
     "sriwijaya", "pss", "psis", "bali united", "madura united", "borneo fc", "barito putera",
     "blackburn", "portsmouth", "birmingham", "sunderland", "middlesbrough", "norwich",
     "swansea", "cardiff", "derby", "bolton", "wigan", "bristol city", "nottingham forest",
     "huddersfield", "crystal palace", "west brom", "ipswich", "brentford", "bayern",
     "dortmund", "frankfurt", "bremen", "stuttgart", "mainz", "augsburg", "freiburg",
     "porto", "anderlecht", "bologna", "cagliari", "parma", "empoli", "girona", "alaves",
     "osasuna", "malaga", "bordeaux", "lille", "nantes", "rennes", "persela", "persiba",
     "persik", "persita", "psms", "perseru", "persiwa", "persiraja", "persijap", "psim"}
)  # fmt: skip


@lru_cache(maxsize=4)
def sports_news(text: str) -> bool:
    """Whether an article is sports news: several words of football reporting."""
    return len(set(re.findall(r"[a-z]+", text.lower())) & _SPORTS_WORDS) >= 4


def _name_of(mention: Mapping[str, Any]) -> str:
    """A mention's canonical name, or its text before names are resolved."""
    return str(mention.get("canonical") or mention["text"])


def _as_bodies(found: list[dict[str, Any]], retyped: list[dict[str, Any]]) -> None:
    # mentions now typed ORG take the article's fuller body names ("Milan" of "AC Milan")
    orgs = [str(m["canonical"]) for m in found if m["label"] == "ORG" and "canonical" in m]
    for mention in retyped:
        if mention.get(DATELINE_KEY):
            continue  # (a dateline's city stays the city: "WOLFSBURG, JUARA.net - …")
        mention["label"] = "ORG"
        mention.pop("role", None)
        if "canonical" in mention:
            mention["canonical"] = org_short_form(str(mention["canonical"]), orgs)


# Before a club's town standing for the club: a word written small, or a sentence's end; not
# one that makes it where someone goes or comes from, or the next of a list ("ke Madrid")
_CLUB_TOWN_AFTER = re.compile(r"(?:(?<![\w-])[a-z]+|[.!?][\"”]?)[ \t]+$")
_TOWN_AS_GOAL = re.compile(r"\b(?:ke|dari|menuju|dan)[^\S\n]+$")
_TOWN_SAYS = re.compile(r"[ \t]+([a-z]+)\b")


def clubs_in_sports_news(found: list[dict[str, Any]], text: str) -> None:
    # (after the one-type vote: the gazetteer knows "Barcelona" as the city)
    # a club's town right after a player's or a club officer's post, before a name, is the
    # club in any news: "direktur olahraga Roma, Monchi", "pelatih Lyon Bruno Genesio"
    people_at = {int(m["start"]) for m in found if m["label"] == "PER"}
    _as_bodies(
        found,
        [
            m
            for m in found
            if m["label"] == "LOC"
            and _name_of(m).lower() in _CLUBS
            and POSITION_BEFORE.search(text, max(0, int(m["start"]) - 40), int(m["start"]))
            and (after := re.match(r",?[ \t]+", text[int(m["end"]) :])) is not None
            and int(m["end"]) + after.end() in people_at
        ],
    )
    # a town that closes the name of the one club the article names ("Real Madrid" …
    # "membawa Madrid juara Liga Champions") is that club, in any news, where the sentence
    # does not put it as a town ("di Madrid", "kota Madrid")
    clubs_by_town: dict[str, list[str]] = {}
    for m in found:
        words = str(m["text"]).split()
        if m["label"] == "ORG" and len(words) >= 2 and str(m["text"]).lower() in _CLUB_FORMS:
            # (by the club's own name: "Olympique Marseille" and "Olympique de Marseille"
            # are one club)
            club = _CLUB_OF_FORM[str(m["text"]).lower()]
            clubs_by_town.setdefault(words[-1], []).append(club)
    _as_bodies(
        found,
        [
            m
            for m in found
            if m["label"] == "LOC"
            and len(set(clubs_by_town.get(str(m["text"]), []))) == 1
            # (a town at home is more often the town: "Walikota Bandung"; nor a dateline's,
            # opening its line; nor one after a comma, "Gatot Subroto, Bandung", or inside a
            # longer name, "Stadion Mandala Jayapura", "1860 Muenchen")
            and not is_indonesian_place_name(str(m["text"]))
            and (
                (
                    not (int(m["start"]) == 0 or text[int(m["start"]) - 1] == "\n")
                    and _CLUB_TOWN_AFTER.search(text, max(0, int(m["start"]) - 30), int(m["start"]))
                )
                # (set off or opening a paragraph, then speaking as the club: "…, Madrid
                # menilai Ronaldo tak …", "Marseille menyatakan akan …")
                or (
                    (
                        int(m["start"]) == 0
                        or text[max(0, int(m["start"]) - 2) : int(m["start"])] in (", ", "\n\n")
                    )
                    and (says := _TOWN_SAYS.match(text, int(m["end"]))) is not None
                    and says.group(1) in CORE_SPEECH_VERBS
                )
            )
            and not _THE_TOWN_BEFORE.search(text, max(0, int(m["start"]) - 40), int(m["start"]))
            and not _TOWN_AS_GOAL.search(text, max(0, int(m["start"]) - 12), int(m["start"]))
            and not m.get(DATELINE_KEY)
        ],
    )
    if not sports_news(text):
        return
    _as_bodies(
        found,
        [
            m
            for m in found
            if m["label"] == "LOC"
            and _name_of(m).lower() in _CLUBS
            and not _THE_TOWN_BEFORE.search(text, max(0, int(m["start"]) - 40), int(m["start"]))
        ],
    )
    # "Deportivo Alaves" … "Alaves", "pelatih Alaves": a club's last word alone, taken for a
    # person, is the club (not where a person of the article bears it)
    bodies = {str(m["text"]) for m in found if m["label"] == "ORG"}
    club_ends = {
        words[-1]
        for m in found
        if m["label"] == "ORG"
        and len(words := str(m["text"]).split()) >= 2
        # (not "penjaga gawang Persela Ferdiansyah", a club and its player run together)
        and " ".join(words[:-1]) not in bodies
    }
    person_words = {
        word
        for m in found
        if m["label"] == "PER" and " " in str(m.get("canonical") or m["text"])
        for word in str(m.get("canonical") or m["text"]).split()
    }
    _as_bodies(
        found,
        [
            m
            for m in found
            if m["label"] == "PER"
            and " " not in str(m["text"])
            and str(m["text"]) in club_ends - person_words
            # (one the article knows by a fuller name is a person: "Seknas Jokowi" … "Jokowi")
            and " " not in str(m.get("canonical") or m["text"])
        ],
    )


# Where sports news names the town, not its club: "kalah 1-4 di Cardiff", "kota Porto"
# (not "bermain di Liverpool", where a player plays for the club)
_THE_TOWN_BEFORE = re.compile(
    r"(?:(?<!\bbermain)(?<!\bberkarier)(?<!\bbertahan)(?<!\bmain)(?<!\bbergabung)"
    r"(?<!\bkariernya)(?<!\bkarier)[^\S\n]+di|\bkota|\bwaktu|\bkelahiran|\blahir|\basal|\bluar"
    # (a venue, then its town: "di Stadion Millennium, Cardiff")
    r"|\b(?:Stadion|Stadium|Arena|Sirkuit|Circuit|Estadio|Estádio|Stadio|Stade)\b[^,.\n]{0,40},)"
    r"[^\S\n]+$",
    re.IGNORECASE,
)


# Where sports news names a team: "menghadapi Alaves", "Barcelona vs Alaves", "menang 1-0 atas
# tim tuan rumah Crotone", "Swansea City 0-4 Manchester United"
_BEFORE_TEAM = re.compile(
    r"(?:\b(?:vs|v|versus|kontra|melawan|lawan|menghadapi|menjamu|dijamu|menundukkan|"
    r"mengalahkan|menaklukkan|membekuk|menekuk|menggasak|menghajar|membantai|menumbangkan|"
    r"bekuk|tekuk|kalahkan|taklukkan|gasak|hajar|bantai|tumbangkan|klub|kalah dari|"
    r"(?:imbang|bermain imbang)(?: \d+-\d+)? (?:dengan|kontra|lawan))\.?"
    r"|\b(?:menang|unggul|kemenangan)\b[^.\n]{0,30}\batas(?: tim)?(?: tuan rumah)?)[^\S\n]+$",
    re.IGNORECASE,
)
_KLUB_JUST_BEFORE = re.compile(r"(?i)\bklub[ \t]+$")
_AFTER_TEAM = re.compile(r"^\s*(?:(?:vs|versus|kontra)\b|v\.|\d+\s?-\s?\d+\b)", re.IGNORECASE)
# Continents and world regions: a player's origin, never a club
_REGIONS = frozenset(
    {"asia", "eropa", "afrika", "amerika", "amerika latin", "amerika selatan", "amerika utara",
     "amerika tengah", "asia tenggara", "asia timur", "asia selatan", "asia tengah",
     "timur tengah", "eropa timur", "eropa barat", "skandinavia", "balkan", "karibia",
     "oseania", "asia pasifik"}
)  # fmt: skip
# A player's or coach's club named by its town: "bek Venezia", "striker Inter", "pelatih Persib"
_POSITION_BEFORE = re.compile(
    r"\b(?:bek|gelandang|striker|penyerang|kiper|winger|playmaker|bomber|kapten|pemain|"
    r"pelatih|penjaga gawang)[^\S\n]+$",
    re.IGNORECASE,
)
# First or last words of a club's name ("AS Monaco", "Real Betis", "Swansea City")
_CLUB_FIRST = CLUB_FIRST_WORDS
_CLUB_LAST = frozenset(
    {"fc", "cf", "sc", "united", "city", "rovers", "wanderers", "albion", "hotspur", "county",
     "athletic"}
)  # fmt: skip


# "ke klub Liga Pro Arab Saudi, Al-Qadsiah,", "bergabung dengan klub Al-Qadsiah": what the
# noun "klub" names; "hengkang dari Cremonese ke klub …": the club left, too
_KLUB_BEFORE = re.compile(r"\bklub(?:(?:[ \t]+[A-Z][\w'’-]*){1,6},)?[ \t]+$")
# Someone's club, set off before its name: "klubnya, ", "klub lamanya, "
_HIS_CLUB_SET_OFF = re.compile(
    r"\bklub(?:nya|[ \t]+(?:baru|lama|sebelum|asal|terdahulu|saat[ \t]+ini)nya),[ \t]+$"
)
_LEFT_FOR_A_CLUB = re.compile(r"\bdari[ \t]+$")
_FOR_A_CLUB_AFTER = re.compile(r"[ \t]+ke[ \t]+klub\b")
_LEFT_FOR_A_CLUB_RUN = re.compile(r"\bdari[ \t]+([A-Z][\w'’-]+)[ \t]+ke[ \t]+klub\b")


def titled_nicknames(found: list[dict[str, Any]], text: str) -> None:
    """A nickname that opens with a title word ("Pangeran Biru", Persib's) read as a title
    and a person is the body the alias tables know it for."""
    for mention in found:
        role = str(mention.get("role") or "")
        start = int(mention["start"])
        if (
            mention["label"] != "PER"
            or not role
            or text[max(0, start - len(role) - 1) : start] != role + " "
        ):
            continue
        whole = f"{role} {mention['text']}"
        if known_type(whole) == "ORG":
            mention.update({"text": whole, "label": "ORG", "start": start - len(role) - 1,
                            "canonical": canonical_name(whole)})  # fmt: skip
            mention.pop("role", None)


def clubs_named_by_klub(found: list[dict[str, Any]], text: str) -> None:
    """A one-word "person" (or a hyphened one) that the noun "klub" names, or that a player
    leaves for a club, is a club, in every mention: "Al-Qadsiah", "Cremonese"."""
    clubs = set()
    for mention in found:
        name = str(mention["text"])
        start, end = int(mention["start"]), int(mention["end"])
        if mention["label"] == "PER" and _HIS_CLUB_SET_OFF.search(text, max(0, start - 30), start):
            # "untuk membantu klubnya, Istanbul Basaksehir, menjadi runner-up": his club, set
            # off, whatever its words
            clubs.add(name)
            continue
        if mention["label"] != "PER" or " " in name:
            continue
        klub = _KLUB_BEFORE.search(text, max(0, start - 70), start)
        if (
            # (set off on both sides where a description comes between: "ke klub Liga Pro
            # Arab Saudi, Al-Qadsiah, pada …"; not "Di klub Portugal …, Martunis tetap")
            klub is not None and ("," not in klub.group() or text[end : end + 1] == ",")
        ) or (
            _LEFT_FOR_A_CLUB.search(text, max(0, start - 6), start)
            and _FOR_A_CLUB_AFTER.match(text, end)
        ):
            clubs.add(name)
    # (where the tagger left the club itself untagged)
    clubs.update(m.group(1) for m in _LEFT_FOR_A_CLUB_RUN.finditer(text))
    for mention in found:
        if mention["label"] == "PER" and str(mention["text"]) in clubs:
            mention["label"] = "ORG"
            mention["canonical"] = canonical_name(str(mention["text"]))
            mention.pop("role", None)


def teams_in_sports_news(found: list[dict[str, Any]], text: str) -> None:
    # In a match report a town's name is mostly its club: a place named where a team is
    # played or beaten, or named like a club, is the club in every mention. Countries stay
    # places (national teams are named by them, and so are their countries).
    if not sports_news(text):
        return
    teams: set[str] = set()
    for mention in found:
        name = str(mention["text"])
        parts = name.lower().split()
        if mention["label"] != "LOC" or known_type(name) == "LOC" or parts[0] in _ADMIN_HEADS:
            continue
        if parts[0] in VENUE_HEADS:
            continue  # a ground, whatever closes its name ("Stadion Bacolod City")
        start, end = int(mention["start"]), int(mention["end"])
        if _KLUB_JUST_BEFORE.search(text, max(0, start - 10), start) and DEMONSTRATIVE_AFTER.match(
            text, end
        ):
            continue  # "di klub London itu": the club of that town, the town named
        if (
            (len(parts) >= 2 and (parts[0] in _CLUB_FIRST or parts[-1] in _CLUB_LAST))
            # Turkish clubs ("Sivasspor", "Akhisar Belediyespor") and "Dynamos"
            or (parts[-1].endswith("spor") and len(parts[-1]) > len("spor") + 2)
            or parts[-1] in {"dynamos", "dynamo", "dinamo"}
            or _BEFORE_TEAM.search(text[max(0, start - 60) : start])
            or (
                _POSITION_BEFORE.search(text[max(0, start - 20) : start])
                # ("penyerang Amerika Latin", "pemain Jepang": where the player is from)
                and name.lower() not in _REGIONS
                and name not in plain_place_names()
            )
            or _AFTER_TEAM.match(text[end : end + 12])
            or name.lower() in RACING_TEAMS  # "Mercedes", "Ferrari" in a race report
        ):
            teams.add(_name_of(mention))
    # "Madrid" where the article names "Real Madrid" and no other body ending in that town:
    # the club's short name
    bodies = [_name_of(m) for m in found if m["label"] == "ORG"]
    clubs = {b for b in bodies if b.split()[0].lower() in _CLUB_FIRST}
    towns = Counter(b.split()[-1] for b in set(bodies))
    for mention in found:
        name = _name_of(mention)
        if (
            mention["label"] == "LOC"
            and " " not in name
            and towns[name] == 1
            and any(c.split()[-1] == name for c in clubs)
            # (a continent or region closing a federation's name is no club's town:
            # "Persatuan Asosiasi Sepak Bola Eropa" … "antarklub Eropa")
            and name.lower() not in _REGIONS
            and not is_country(name)
        ):
            teams.add(name)
    _as_bodies(found, [m for m in found if m["label"] == "LOC" and _name_of(m) in teams])


# News sites named as a source ("Dilansir Merdeka.com", "JUARA.net")
_SITE = re.compile(
    r"(?<![@/.\w])(?!www\.)[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*"
    r"\.(?:com|net|id|co\.id|co|org|tv|news|ai|io|app)"
    # (a country's domain after a generic one: "dailymail.co.uk", "abc.net.au")
    r"(?:\.(?:uk|au|jp|sg|my|nz|za|kr|in|th|ph|hk|tw|vn|cn|br|tr|ar|mx|pk|bd|eg|sa))?\b",
    re.IGNORECASE,
)


# A wire agency credited in brackets: "(Antara)", "(ANTARA/Reuters)", "(AFP/nm)"
_AGENCY_CREDIT = re.compile(
    r"(?<=\()(?:Antara|ANTARA|AFP|Reuters|REUTERS|AP|Xinhua|XINHUA|Bernama|BERNAMA|Kyodo|Yonhap|"
    r"Sputnik|TASS|dpa|EFE|ANSA)(?=\s*[/)])|(?<=/)(?:Antara|ANTARA|AFP|Reuters|AP|Xinhua)(?=\))"
)
# The agency in a dateline: "Jakarta (ANTARA) - ", "MANILA (Reuters) - "
_DATELINE_AGENCY = re.compile(
    r"(?m)^[A-Z][\w .'-]{1,30}?\s\(([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})\)\s*(?:-{1,2}|–|—)"
)


def news_sites(found: list[dict[str, Any]], text: str) -> None:
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    added = False
    spans = [m.span() for m in _SITE.finditer(text)]
    spans += [m.span(1) for m in _DATELINE_AGENCY.finditer(text)]
    spans += [m.span() for m in _AGENCY_CREDIT.finditer(text)]
    spans = sorted(set(spans))
    for start, end in sorted(spans):
        match_text = text[start:end]
        inside = [m for m in found if int(m["start"]) >= start and int(m["end"]) <= end]
        if any(s < end and start < e for s, e in taken if not (s >= start and e <= end)):
            continue  # part of a longer name
        for m in inside:
            found.remove(m)  # "Merdeka" of "Merdeka.com": the site is the name
        found.append({"text": match_text, "label": "ORG", "start": start, "end": end})
        taken.append((start, end))
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


# Words that cite the outlet a story comes from: "seperti dikutip dari Boxingscene",
# "dilansir Goal", "lansiran Dailymail"
_CITED_FROM = re.compile(
    r"(?:\b(?:[Dd]ilansir|[Mm]elansir|[Ll]ansiran)(?:[ \t]+dari)?"
    r"|\b[Dd]ikutip[ \t]+dari|\b[Mm]engutip(?:[ \t]+dari)?"
    # (a report the story rests on: "menurut laporan Foot Mercato", "Menurut laporan yang
    # diturunkan oleh Foot Mercato")
    r"|\b[Mm]enurut[ \t]+laporan(?:[ \t]+yang[ \t]+(?:di)?[a-z]+(?:[ \t]+oleh)?)?)[ \t]+$"
)


# Marks a mention as an outlet cited by name, whose canonical name is its own text
OUTLET_KEY = "_cited_outlet"
# A marker on a dateline's place that a body shares the name of ("BARCELONA, JUARA.net -"):
# it keeps its type; `find_entities` removes the marker before returning
DATELINE_KEY = "_dateline_place"


def cited_outlets_are_bodies(found: list[dict[str, Any]], text: str) -> None:
    """The name an article cites a story from ("seperti dikutip dari Boxingscene") is an
    outlet, not a person, unless the article names a person so elsewhere."""
    people = [m for m in found if m["label"] == "PER"]
    for mention in people:
        start, name = int(mention["start"]), str(mention["text"])
        if len(name.split()) > 3 or not _CITED_FROM.search(text, max(0, start - 48), start):
            continue
        if re.search(r"\byang[ \t]+\S+[ \t]+(?:dari[ \t]+)?$", text[max(0, start - 30) : start]):
            continue  # "survei yang dilansir Denny JA": the one who released it
        if any(
            other is not mention and other["text"] != name and name in str(other["text"]).split()
            for other in people
        ):
            continue  # "dilansir Bild" where "Max Bild" plays: a surname read alone
        if any(other["text"] == name and other.get("role") for other in people):
            continue
        if re.search(r"\b[Mm]engutip[ \t]+$", text[max(0, start - 12) : start]) and (
            re.match(r"(?:Bung|Gus|Pak|Bu|Ibu|Bapak|Kiai|Buya)[ \t]", name)
            or any(
                other is not mention
                and other["text"] == name
                and not _CITED_FROM.search(
                    text, max(0, int(other["start"]) - 24), int(other["start"])
                )
                for other in people
            )
        ):
            continue  # "Mengutip Sri Mulyani, …" … "Sri Mulyani juga …": whose words are cited
        mention["label"] = "ORG"
        mention.pop("role", None)
    for mention in found:
        start = int(mention["start"])
        if (
            mention["label"] == "LOC"
            and _CITED_FROM.search(text, max(0, start - 24), start)
            # (not what a story quotes from a place: "mengutip Jepang" is rare, but "mengutip
            # data dari Jepang" is no citation of an outlet at all)
            and not re.search(r"\b[Mm]engutip[ \t]+$", text[max(0, start - 12) : start])
        ):
            # "seperti dikutip dari AS": the Spanish daily, under its own name (not the
            # country's the short form stands for elsewhere)
            mention["label"] = "ORG"
            mention[OUTLET_KEY] = True
    for mention in found:
        start = int(mention["start"])
        outlet = (
            _OUTLET_NOUN_BEFORE.search(text, max(0, start - 60), start)
            if mention["label"] == "PER"
            else None
        )
        if (
            outlet is not None
            # (not its staff: "pemimpin redaksi majalah itu Budi Santoso")
            and not _OUTLET_STAFF.search(text, max(0, outlet.start() - 30), outlet.start())
            and not re.search(r"\b(?:itu|ini|tersebut)\b", outlet.group())
        ):
            # "surat kabar resmi Korut Rodong Sinmun", "surat kabar sayap kiri Israel Haaretz"
            mention["label"] = "ORG"
            mention.pop("role", None)


# An outlet's noun, up to two words on it and perhaps its country, right before its name
_OUTLET_NOUN_BEFORE = re.compile(
    r"\b(?:[Ss]urat[ \t]+kabar|[Kk]oran|[Kk]antor[ \t]+berita|[Tt]abloid|[Mm]ajalah"
    r"|[Ss]tasiun[ \t]+(?:televisi|TV))"
    r"(?:[ \t]+[a-z]+){0,3}(?:[ \t]+[A-Z][a-z]+)?[ \t]+$"
)


_OUTLET_STAFF = re.compile(
    r"\b(?:redaksi|wartawan|wartawati|jurnalis|editor|kolumnis|pemimpin|pendiri|pemilik"
    r"|penulis|reporter|koresponden|kontributor|fotografer|redaktur|direktur|bos)[ \t]+$",
    re.IGNORECASE,
)


# A dateline whose place follows the outlet: "JUARA.NET, PUNE - ", "TRIBUNJATENG.COM,
# SEMARANG - ", "Liputan6.com, Jakarta - "
_SITE_THEN_PLACE = re.compile(
    r"(?m)^[ \t]*(?i:" + _SITE.pattern + r"),[ \t]*([A-Z][\w'.]*(?:[ \t][A-Z][\w'.]*){0,3})"
    r"[ \t]*(?:\([^()\n]{2,30}\)[ \t]*)?(?:-[ \t]-|-{1,2}|–|—)[ \t]"
)


def dateline_places(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    # The place of a dateline after its outlet is a place, written in capitals ("PUNE") or
    # known to the gazetteer; the tagger, seeing an outlet before it, can miss it
    added = False
    for match in _SITE_THEN_PLACE.finditer(text):
        start, end = match.span(1)
        place = match.group(1)
        if _overlaps({"start": start, "end": end}, found):
            # (the place in capitals read as a body or a person: "JUARA.NET, MISANO
            # ADRIATICO - ")
            for mention in found:
                if (
                    (int(mention["start"]), int(mention["end"])) == (start, end)
                    and mention["label"] != "LOC"
                    and place.isupper()
                    and known_type(place) != "ORG"
                ):
                    mention["label"] = "LOC"
                    mention.pop("role", None)
            continue
        if place.isupper() or gazetteer.get(tuple(place.lower().split())) == "LOC":
            found.append({"text": place, "label": "LOC", "start": start, "end": end})
            added = True
    # a line opening with a place the gazetteer knows, then a dash, is a dateline: the
    # place is no person whatever the tagger read ("Hangzhou - Ganda putra …")
    for match in _DATELINE.finditer(text):
        start, end = match.span(1)
        place = match.group(1)
        known = gazetteer.get(tuple(place.lower().split())) == "LOC"
        # a town in capitals before the outlet that the gazetteer lacks: "SERANG, iNews.id -"
        # (one it knows, read as a body, stays for the rules on capitals and clubs to settle)
        unknown_capitals = (
            not known and place.isupper() and "." not in place and "," in match.group()
        )
        # (a place before its outlet is the dateline's, even one that is a club's name too:
        # "BARCELONA, JUARA.net - …" is the city the story was filed from)
        credited = ("," in match.group() or "(" in match.group()) and (
            is_known_place(place)
            # (a wire agency's credit in brackets follows the place the story was filed
            # from, whatever the place: "Semarapura (ANTARA News) -", "Jakart (ANTARA News)")
            or _WIRE_CREDIT.search(match.group()) is not None
        )
        if not (known or unknown_capitals or credited) or (
            known_type(place) == "ORG" and not credited
        ):
            continue
        after_comma = match.group()[end - match.start() :].strip(" \t,–—-")
        if not _overlaps({"start": start, "end": end}, found):
            # (one the tagger left out, a word too: "SOLO, JUARA.net - …"; not a word
            # doubled over a spaced hyphen, "Kota - kota yang …", nor an outlet before the
            # place in capitals, "JUARA, GLASGOW - …")
            doubled = text[match.end() : match.end() + len(place)].lower() == place.lower()
            if doubled or (after_comma.isupper() and "." not in after_comma):
                continue
            mention = {"text": place, "label": "LOC", "start": start, "end": end}
            if credited:
                mention[DATELINE_KEY] = True
            found.append(mention)
            added = True
            continue
        for mention in found:
            if (int(mention["start"]), int(mention["end"])) == (start, end) and (
                mention["label"] == "PER"
                or (mention["label"] == "ORG" and (unknown_capitals or credited))
            ):
                mention["label"] = "LOC"
                mention.pop("role", None)
                if credited:
                    mention[DATELINE_KEY] = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


def residents_places(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """The town after "warga" or "asal" that the tagger left out is a place where the
    gazetteer knows it so: "Kasno (60), warga Batang", "pemain asal Pemalang"."""
    added = False
    for match in _RESIDENT_OF.finditer(text):
        start, end = match.span(1)
        place = match.group(1)
        if _overlaps({"start": start, "end": end}, found):
            continue
        if gazetteer.get(tuple(place.lower().split())) == "LOC" or is_indonesian_place_name(place):
            found.append({"text": place, "label": "LOC", "start": start, "end": end})
            added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


_RESIDENT_OF = re.compile(
    r"\b(?:warga|penduduk|asal)[ \t]+([A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?)(?![\w-])"
)
_DATELINE = re.compile(
    r"(?m)^([A-Z][\w.'’]+(?:[ \t][A-Z][\w.'’]+){0,3})"
    r"(?:[ \t]*,[^\n,–—-]{1,40}|[ \t]*\([^\n()]{1,30}\))?[ \t]+[-–—][ \t]"
)
# A wire agency's credit in a dateline's brackets: "(ANTARA News)", "(Antara)", "(Reuters)"
_WIRE_CREDIT = re.compile(
    r"\((?:ANTARA|Antara|AFP|Reuters|REUTERS|AP|Xinhua|XINHUA|Bernama|BERNAMA|Kyodo|Yonhap)"
    r"\b[^()]*\)"
)
_CASED_WORD = re.compile(r"\b[A-Z][a-z]")
_ENGLISH_PREPOSITIONS = frozenset({"of", "for", "with", "from", "in", "on", "at", "to", "into"})


def english_preposition_in(name: str) -> bool:
    """Whether an English preposition stands as a word in `name` ("Sign of the Times"; not
    the hyphened end of "Moon Jae - in")."""
    words = name.split()
    return any(w in _ENGLISH_PREPOSITIONS and words[i - 1] != "-" for i, w in enumerate(words) if i)


# Last words of the names of natural phenomena, syndromes and indices written in English
_PHENOMENA = frozenset(
    {"oscillation", "oscillations", "effect", "phenomenon", "phenomena", "anomaly", "dipole",
     "index"}
)  # fmt: skip
# First words of such names written in Indonesian ("Osilasi Akustik Baryon")
_PHENOMENA_HEADS = frozenset({"osilasi", "fenomena", "anomali"})
_BRACKETED = re.compile(r"[ \t]*\(([^()\n]{1,40})\)")
# a listed company's stock code after its legal form: "(Persero) Tbk (BBRI)", "Tbk. (GOTO)"
_TICKER_AFTER = re.compile(
    r"(?:[ \t]*\((?:Persero|Perseroda)\))?[ \t]*,?[ \t]*Tbk\.?[ \t]*\(([A-Z]{4})\)"
)
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&-]{1,11}(?: [A-Z][A-Z0-9&-]{1,11})?")


# Products and platforms news names like companies, and legal forms alone ("(Persero)"):
# no organisation, person or place
_NOT_ENTITIES = frozenset(
    {"android", "ios", "iphone", "ipad", "ipod", "macbook", "imac", "windows", "macos",
     "playstation", "xbox", "whatsapp web", "apple watch", "galaxy", "pixel", "chromebook",
     "persero", "tbk", "pt", "cv", "r&d",
     # currency codes in a rate table ("- SGD: Rp 12.815")
     "usd", "sgd", "eur", "jpy", "cny", "myr", "aud", "gbp", "idr", "hkd", "krw", "sar", "thb",
     "chf", "cad", "nzd",
     # competitions and events
     "motogp", "moto2", "moto3", "formula 1", "f1", "formula e", "liga 1", "liga 2",
     "liga champions", "liga europa", "liga inggris", "liga spanyol", "liga italia",
     "serie a", "la liga", "premier league", "liga primer", "bundesliga", "ligue 1",
     "eredivisie", "el clasico", "el clásico", "derby della madonnina", "derby d'italia",
     "piala dunia", "piala fa", "piala aff", "piala asia", "sea games", "asian games",
     "olimpiade", "pilkada", "pilpres", "pileg", "pemilu", "pilgub", "pilbup", "piala oscar",
     "oscar", "grammy", "grammy awards", "golden globe", "golden globes", "plus",
     # taxes, budgets and documents by their short forms: terms, never bodies
     "ppn", "pph", "apbn", "apbd", "pdb", "pnbp", "bbm", "umr", "ump", "npwp", "nik", "ktp",
     "stnk", "thr", "phk", "dpt", "tps", "ruu", "kuhp", "rkuhp", "het", "psbb", "ppkm", "lpg",
     "njop", "skck", "cpns", "asn", "pns", "gdp", "bphtb", "kpr", "rdp", "rdpu",
     # kinds of place, group and procedure by their short forms ("hadirnya SPBU di Paloh",
     # "sesuai SOP", "LSM lokal", "pelaku UMKM", "WNI di Jepang", "terjaring OTT")
     "spbu", "spbe", "atm", "pltu", "pltd", "plts", "pltp", "pltn", "sop", "lsm", "ormas",
     "umkm", "pkl", "tki", "tkw", "tka", "wni", "wna", "ott", "dpo", "bap", "sdm",
     "rth", "amdal", "imb",
     # parts, kinds of vehicle and technical terms ("SSD 128 GB", "mobil jenis SUV", "drone
     # atau UAV", "kamera CCTV", "dirawat di UGD")
     "ssd", "hdd", "hdmi", "usb", "cpu", "gpu", "nfc", "gps", "lte", "oled", "amoled", "lcd",
     "suv", "mpv", "lcgc", "uav", "iot", "cctv", "ugd", "igd", "icu",
     # weather phenomena and age groups ("akibat El Nino", "pelatih timnas U-17")
     "el nino", "el niño", "la nina", "la niña",
     *(f"u-{age}" for age in range(12, 24)), *(f"u{age}" for age in range(12, 24))}
)  # fmt: skip


# Words that open the name of an event or competition: a place after them is part of that
# name ("GP Ceko", "Liga Inggris", "Pilkada DKI Jakarta"), no mention of the place
_EVENT_BEFORE = re.compile(
    r"\b(?:GP|Grand Prix|Liga|Liga Primer|Piala|Pilkada|Pilgub|Pilbup|Pilwalkot|Pilpres|"
    r"Pileg|Kejuaraan|Kejurnas|Olimpiade|Paralimpiade|Olympic Games|Expo)[^\S\n]+$"
)


# A tournament named after its place: "China Masters", "Indonesia Open", "Malaysia Terbuka"
_EVENT_NAME = re.compile(r".+ (?:Open|Terbuka|Masters|Championships?|Cup|Marathon|Super Series)")
_EVENT_AFTER = re.compile(r"[ \t]+(?:Open|Terbuka|Masters|Super Series)\b")
# A league's sponsors before its name ("Gojek Traveloka Liga 1"; not "klub Indonesia Liga 1")
_LEAGUE_AFTER = re.compile(r"[ \t]+Liga[ \t]+\d\b")


# (an event no person's name closes with: "Badminton Asia Championships")
_EVENT_NAMED_AS_A_PERSON = re.compile(
    r".+ (?:Open|Terbuka|Championships?|Cup|Marathon|Super Series|Grand Prix)"
)


# A noun for an event written small right before its name: "ajang Triathlon", "balapan
# Nascar", "gelaran Met Gala"
_EVENT_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:ajang|balapan|gelaran|turnamen|kompetisi|kejuaraan)[^\S\n]+$"
)


def places_in_event_names(found: list[dict[str, Any]], text: str) -> None:
    # (an event named after its noun, where no mention elsewhere makes it someone:
    # "berkarier di balapan Nascar", "ajang Triathlon")
    after_noun = {
        str(m["text"])
        for m in found
        if m["label"] == "PER"
        and _EVENT_NOUN_BEFORE.search(text, max(0, int(m["start"]) - 16), int(m["start"]))
    }
    after_noun -= {
        str(m["text"])
        for m in found
        if m["label"] == "PER"
        and str(m["text"]) in after_noun
        and (
            m.get("role")
            or not _EVENT_NOUN_BEFORE.search(text, max(0, int(m["start"]) - 16), int(m["start"]))
        )
    }
    found[:] = [
        m
        for m in found
        if not (m["label"] == "PER" and _EVENT_NAMED_AS_A_PERSON.fullmatch(str(m["text"])))
        and not (m["label"] == "PER" and str(m["text"]) in after_noun)
    ]
    found[:] = [
        m
        for m in found
        if m["label"] != "LOC"
        or not (
            _EVENT_BEFORE.search(text, max(0, int(m["start"]) - 20), int(m["start"]))
            or _EVENT_NAME.fullmatch(str(m["text"]))
            or _EVENT_AFTER.match(text, int(m["end"]))
            or (
                _LEAGUE_AFTER.match(text, int(m["end"]))
                and not is_country(str(m["text"]))
                and str(m["text"]) not in plain_place_names()
            )
        )
    ]


# Initials news gives for suspects, victims and minors: "berinisial MK", "inisial IY"
_INITIALS = re.compile(r"\b(?:ber)?inisial\s+((?:[A-Z]{1,3}\.?\s?){1,3})(?=\W|$)")
# Short forms for kinds of people, no one's initials: "tersangka ASN", "pelaku OTK"
_KINDS_OF_PEOPLE = frozenset(
    {"ASN", "PNS", "TKI", "TKA", "PMI", "WNA", "WNI", "ABK", "ODGJ", "OTK", "DPO", "PSK", "ART",
     "BUMN", "BUMD", "ODP", "PDP", "OTG", "UKM", "UMKM", "IKM", "UMK", "KUR"}
)  # fmt: skip
_CASE_INITIALS = re.compile(
    r"\b(?:[Tt]ersangka|[Tt]erdakwa|[Tt]erpidana|[Tt]erduga|[Tt]erlapor|[Pp]elaku)"
    # ("tiga tersangka lain, yakni YM, TBS dan SHW": the ones named after "yakni")
    r"(?:[ \t]+(?:lain|lainnya|baru|tersebut)[ \t]*,?[ \t]+(?:yakni|yaitu|masing-masing)"
    r"|[ \t]*,?[ \t]+(?:yakni|yaitu|masing-masing))?[ \t]+"
    r"([A-Z]{2,4})(?![\w.-])"
)
_INITIALS_ONLY = re.compile(r"(?:[A-Z]{1,3}\.?\s?){1,3}(?=\W|$)")
_MORE_INITIALS = re.compile(
    r"(?:\s*\(\d{1,3}\))?\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)"
    r"((?:[A-Z]{1,3}\.?\s?){1,3})(?=\W|$)"
)


# "berinisial HL selaku pemilik PT A, SG selaku direktur CV B, dan RI selaku …": each listed
# with what they are
_DESCRIBED_INITIALS = re.compile(
    r"\s+(?:selaku|sebagai)\b[^,.;()\n]{1,80}(?:,\s*(?:dan\s+|serta\s+)?|\s+dan\s+|\s+serta\s+)"
    r"((?:[A-Z]{1,3}\.?\s?){1,3})(?=\s+(?:selaku|sebagai)\b)"
)


# "berinisial RH (34), warga Bengkalis; MZ (29), warga Dumai; dan SA alias Ucok (41)": a list
# whose items are set off by semicolons
_SEMICOLON_INITIALS = re.compile(
    r"(?:\s*\(\d{1,3}\))?[^;.\n]{0,60};\s*(?:dan\s+|serta\s+)?((?:[A-Z]{1,3}\.?\s?){1,3})(?=\W|$)"
)


# (and a court: "putusan MA", "hakim MA")
_TAKES_A_COUNTRY = re.compile(
    r"\b(?:" + "|".join(sorted(COUNTRY_TAKERS | {"hakim", "putusan"})) + r")[ \t]+$",
    re.IGNORECASE,
)


# Initials with an age, after a calling or a comma: "pemilik warung kelontong, SR (54)",
# "anaknya, RA (19)" (not a party's seats, "Golkar, PKB (47)", which follow a name, nor a
# club's points, "Sementara itu, WBA (29)")
_AGED_INITIALS = re.compile(
    r"(?<![\w-])(?!(?:dan|serta|atau|dengan|di|ke|dari|oleh|untuk|yakni|yaitu|itu|ini|lalu"
    r"|kemudian|namun|adapun|sedangkan|melawan|kontra|atas)\b)(?:[a-z]+|Korban|Pelaku|Tersangka"
    r"|Terdakwa|Saksi|Warga|Pria|Wanita|Perempuan|Bocah|Remaja|Siswa|Sopir|Pengemudi|(?i:"
    + "|".join(sorted(RANKS))
    + r")),?[ \t]([A-Z]{2,3})(?=[ \t]?\(\d{1,2}\))"
)


def initials_are_people(found: list[dict[str, Any]], text: str) -> None:
    # the initials are a person wherever the article uses them, whatever the tagger thought
    # ("pengacara SN"); missed after "berinisial", they become a mention
    initials: set[str] = set()
    listed: set[int] = set()
    starts = {int(m["start"]) for m in found}
    added: list[dict[str, Any]] = []
    named = [*_INITIALS.finditer(text)]
    # "Tersangka AAZ diduga …": initials after a word of a case, that name no body the
    # article spells out in brackets ("tersangka KPK" is the body's)
    named += [
        m
        for m in _CASE_INITIALS.finditer(text)
        if known_type(m.group(1)) is None
        and f"({m.group(1)})" not in text
        and m.group(1) not in _KINDS_OF_PEOPLE
        # ("PELAKU JUGA LEMPAR …": a headline in capitals, a word of the language)
        and not written_small(m.group(1), text)
        and m.group(1).lower() not in AUXILIARIES | SENTENCE_WORDS
    ]
    at_named = {m.start(1) for m in named}
    aged = [m for m in _AGED_INITIALS.finditer(text) if m.start(1) not in at_named]
    for match in named + aged:
        spans = [match.span(1)]
        # "berinisial AS (34) dan MA (27)": the initials listed after the first
        at = match.end(1)
        while more := (
            _MORE_INITIALS.match(text, at)
            or _DESCRIBED_INITIALS.match(text, at)
            or _SEMICOLON_INITIALS.match(text, at)
        ):
            spans.append(more.span(1))
            at = more.end(1)
        listed.update(begin for begin, _ in spans)
        for begin, _ in spans:
            name = _INITIALS_ONLY.match(text, begin)
            if name is None:
                continue
            stripped = name.group().strip()
            if stripped.endswith(".") and stripped.count(".") == 1:
                stripped = stripped[:-1]  # "berinisial IY." ends the sentence
            initials.add(stripped)
            if begin not in starts:
                added.append(
                    {"text": stripped, "label": "PER", "start": begin,
                     "end": begin + len(stripped)}
                )  # fmt: skip
    if not initials:
        return
    found[:] = [m for m in found if not _overlaps(m, added)] + added
    found.sort(key=lambda m: int(m["start"]))
    for mention in found:
        written = str(mention["text"])
        if written.endswith(".") and written[:-1] in initials and int(mention["start"]) in listed:
            # "berinisial TN." closing a sentence, read with its full stop
            mention["text"], mention["end"] = written[:-1], int(mention["end"]) - 1
        if mention["text"] in initials and (
            # initials that are also a country's or body's ("AS", "MA") stay the country or
            # body after a word that takes one ("pemerintah AS", "kasasi ke MA")
            known_type(str(mention["text"])) is None
            or int(mention["start"]) in listed
            or not _TAKES_A_COUNTRY.search(
                text, max(0, int(mention["start"]) - 20), int(mention["start"])
            )
        ):
            mention["label"] = "PER"


def _overlaps(mention: dict[str, Any], others: list[dict[str, Any]]) -> bool:
    return any(
        int(mention["start"]) < int(o["end"]) and int(o["start"]) < int(mention["end"])
        for o in others
    )


# Product lines, and makers whose name opens a model's ("Samsung Galaxy S8", "Oppo F5",
# "Google Assistant", "Xbox One"): a product is no organisation
_PRODUCT_LINES = frozenset(
    {"iphone", "ipad", "ipod", "macbook", "imac", "galaxy", "xperia", "redmi", "pixel",
     "xbox", "playstation", "surface", "snapdragon", "exynos", "helio", "geforce", "radeon",
     "ryzen", "thinkpad", "zenfone", "vivobook", "ideapad", "windows", "android", "ios"}
)  # fmt: skip
_MAKERS = frozenset(
    {"samsung", "oppo", "vivo", "xiaomi", "huawei", "asus", "lenovo", "nokia", "sony", "lg",
     "realme", "infinix", "advan", "google", "apple", "microsoft", "nintendo", "toyota",
     "honda", "yamaha", "suzuki", "kawasaki", "daihatsu", "mitsubishi", "nissan", "bmw",
     "audi", "porsche", "hyundai", "kia", "wuling", "canon", "nikon", "intel", "amd",
     "nvidia", "qualcomm", "instagram", "facebook", "whatsapp", "youtube", "twitter",
     "mercedes", "mercedes-benz", "ferrari", "mclaren", "renault", "ford", "chevrolet",
     "volkswagen", "vw", "tesla", "byd", "chery", "mazda", "isuzu", "hino", "lexus", "ducati",
     "ktm", "aprilia", "piaggio", "volvo", "peugeot", "subaru", "geely", "dfsk", "mg"}
)  # fmt: skip
_MODEL = re.compile(
    r"\S*\d\S*|[A-Z]|One|Pro|Plus|Max|Mini|Lite|Note|Edge|Ultra|Stories|Assistant|Duo|"
    r"Allo|Home|Live|Lens|Stadia|Go|Hello"
)


# A vehicle or device, then its model: "menabrak sebuah mobil Feroza", "ponsel Redmi"
_DEVICE_BEFORE = re.compile(
    r"(?<![\w-])(?:mobil|motor|truk|minibus|sedan|pikap|kendaraan|helikopter|ponsel|"
    r"smartphone|laptop|skuter)(?:[ \t]+(?:jenis|merek|merk|tipe|model|bermerek|berjenis))?"
    r"[ \t]+$"
)


def models_after_devices(found: list[dict[str, Any]], text: str) -> None:
    """One word after a vehicle's or device's noun ("sebuah mobil Feroza") is its model: no
    entity, unless it is a maker warta knows ("mobil Toyota": the company), or a person the
    article names again ("motor Budi dicuri … kata Budi": his motorbike)."""
    found[:] = [
        m
        for m in found
        if not (
            " " not in str(m["text"])
            and m["label"] != "LOC"  # ("pasar smartphone Indonesia": the market's country)
            and str(m["text"]).lower() not in _MAKERS
            and str(m["text"]) not in KNOWN_BODY_NAMES
            and _DEVICE_BEFORE.search(text, max(0, int(m["start"]) - 30), int(m["start"]))
            and not (
                m["label"] == "PER"
                and len(re.findall(r"(?<![\w-])" + re.escape(str(m["text"])) + r"(?![\w-])", text))
                > 1
            )
        )
    ]


def _is_product(mention: Mapping[str, Any]) -> bool:
    words = str(mention["text"]).split()
    if mention["label"] != "ORG" or len(words) < 2:
        return False
    first = words[0].lower()
    return bool({w.lower() for w in words} & _PRODUCT_LINES) or (
        first in _MAKERS and _MODEL.fullmatch(words[-1]) is not None
    )


# A name word: a capital, then letters written small
_PLAIN_NAME_WORD = re.compile(r"[A-Z][a-z]+")


def officers_after_product_lines(found: list[dict[str, Any]], text: str) -> None:
    """A product line the tagger ran into the name after it, after an office ("bos
    pemasaran Xbox Mike Nichols", read as one body), leaves that name a person: the office is
    the product's."""
    for mention in found:
        words = str(mention["text"]).split(" ")
        start = int(mention["start"])
        before = text[max(0, start - 30) : start].split()[-3:]
        if (
            mention["label"] == "ORG"
            and len(words) in (3, 4)
            and words[0].lower() in _PRODUCT_LINES
            and all(_PLAIN_NAME_WORD.fullmatch(w) for w in words[1:])
            and not any(w.lower() in _PRODUCT_LINES for w in words[1:])
            and any(w.lower() in TITLE_WORDS for w in before)
        ):
            cut = len(words[0]) + 1
            mention.update(text=str(mention["text"])[cut:], start=start + cut, label="PER")


# Words that end a place's or body's name, which sloppy writing leaves small
_NAME_ENDINGS = frozenset(
    {"utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya", "laut", "raya", "jaya",
     "baru", "lama", "kota", "pusat", "besar", "agung", "indah", "permai", "asri"}
)  # fmt: skip


def _not_of_the_name(word: str) -> bool:
    """Whether a lower-case word closing a place's or body's mention is no part of its name
    ("Honda Jazz facelift", "Toyota Avanza putih", "Pondok Aren resah"): no word that ends or
    fields such names ("Jawa tengah", "Kementerian kesehatan", "Persija jakarta", "Bank
    bjb")."""
    titled = word[:1].upper() + word[1:]
    return (
        word.isalpha()
        and len(word) >= 4
        and word not in _NAME_ENDINGS
        and word not in LOC_HEADS | ORG_HEADS | MINISTRY_FIELDS | VENUE_HEADS
        and known_type(titled) is None
        and titled not in plain_place_names()
    )


def terms_left_by_trimming(found: list[dict[str, Any]]) -> None:
    """A name a later rule trimmed down to a term or competition ("Eredivisie antara Utrecht"
    → "Eredivisie") is no entity either."""
    found[:] = [m for m in found if str(m["text"]).lower() not in _NOT_ENTITIES]


_INTERJECTIONS = frozenset(
    {
        "Ah",
        "Oh",
        "Wah",
        "Eh",
        "Duh",
        "Aduh",
        "Astaga",
        "Wow",
        "Hah",
        "Lho",
        "Loh",
        "Nah",
        "Yap",
        "Yup",
        "Yep",
        "Waduh",
        "Wih",
        "Hmm",
        "Yah",
    }
)
# Words of praise opening a sentence: "Puji syukur", "Puji Tuhan"
_PRAISE = re.compile(r"Puji[ \t]+(?:syukur|Syukur|Tuhan|tuhan)\b")
# A quotation mark opening what is said, then any spaces; a word written small after a space
_QUOTATION_OPENS = re.compile(r"[\"“‘][ \t]*$")
_SMALL_WORD_AFTER = re.compile(r"[ \t]+[a-z]")


def _interjection_opening_a_quotation(mention: dict[str, Any], text: str) -> bool:
    """ "“Ah ngaco, belum ada,” sergahnya": an interjection opening a quotation before a word
    written small is no name, nor is the tagger's span from it ("Ah ngaco")."""
    start = int(mention["start"])
    word = str(mention["text"]).split(" ", 1)[0]
    return (
        word in _INTERJECTIONS
        and _QUOTATION_OPENS.search(text, max(0, start - 3), start) is not None
        and _SMALL_WORD_AFTER.match(text, start + len(word)) is not None
    )


# The rest of an editor's code after the initials in brackets: "/Y003)"
_EDITOR_CODE_AFTER = re.compile(r"/[A-Z]{0,3}\d{2,4}\)")


def no_lower_case_names(
    found: list[dict[str, Any]],
    text: str,
    gazetteer: Mapping[tuple[str, ...], str] | None = None,
) -> None:
    # In a text written with capitals, a name written without any ("manik", "asa") is a
    # word the tagger misread; in a text in lower case throughout, names are lower case too.
    # Product names ("Android", "iPhone") are no entities either.
    found[:] = [
        m
        for m in found
        if str(m["text"]).lower() not in _NOT_ENTITIES
        # "AI": artificial intelligence taken for a body (initials of a person stay)
        and not (m["label"] == "ORG" and str(m["text"]) == "AI")
        # an interjection before its comma ("Ah, semuanya masih menjadi misteri."; not the
        # initials "AH"), or opening a quotation before a word written small ("“Ah ngaco,
        # belum ada,” sergahnya")
        and not (
            str(m["text"]) in _INTERJECTIONS and text[int(m["end"]) : int(m["end"]) + 1] in ",!"
        )
        and not _interjection_opening_a_quotation(m, text)
        # "Puji syukur", "Puji Tuhan": praise be (the name "Puji" stands alone)
        and not (
            (praise := _PRAISE.match(text, int(m["start"]))) is not None
            and int(m["end"]) <= praise.end()
        )
        and not _is_product(m)
        # an editor's code closing a wire story: "(T.K010/R010)", "(U.KR - ASP/Y003)"
        and not (
            any(ch.isdigit() for ch in str(m["text"]))
            and text[int(m["start"]) - 1 : int(m["start"])] in ("(", "/")
            and text[int(m["end"]) : int(m["end"]) + 1] in ("/", ")")
            and "/" in text[int(m["start"]) - 1 : int(m["end"]) + 1]
        )
        and not (
            text[int(m["start"]) - 1 : int(m["start"])] == "("
            and _EDITOR_CODE_AFTER.match(text, int(m["end"]))
        )
        # "Madden-Julian Oscillation", "El Nino Southern Oscillation": a phenomenon
        and not (" " in str(m["text"]) and str(m["text"]).split()[-1].lower() in _PHENOMENA)
        and not (" " in str(m["text"]) and str(m["text"]).split()[0].lower() in _PHENOMENA_HEADS)
        # "penyanyi Sign of the Times", "Fifty Shades of Grey": a work's English title (a
        # person's name holds no English preposition)
        and not (m["label"] == "PER" and english_preposition_in(str(m["text"])))
        # "Ahok Gate", "Papa Minta Saham Gate": a scandal named after someone (no person;
        # a place or body so named stays: "Jembatan Golden Gate")
        and not (
            m["label"] == "PER"
            and " " in str(m["text"])
            and str(m["text"]).split()[-1] in ("Gate", "gate")
        )
    ]
    if len(_CASED_WORD.findall(text)) < 3:
        return
    found[:] = [m for m in found if any(ch.isupper() for ch in str(m["text"]))]
    for mention in found:
        # "Ronaldo murka", "David Cassidy kritis": a word after a name that the text writes in
        # lower case is no part of it (name particles and the parts of a
        # hyphenated name, "van", "al", "Moon Jae - in", stay)
        words = str(mention["text"]).split(" ")
        if len(words) < 2:
            continue
        cut = len(words)
        while (
            cut > 1
            and words[cut - 1][:1].islower()
            # ("Toyota Kijang Innova Zenix hybrid" is no name of a body, but bodies and places
            # are written small often enough: "Jakarta pusat", "Kementerian kesehatan")
            and (
                mention["label"] == "PER"
                # "Kementerian Perindustrian tengah mengembangkan", "Gwangju tengah terjadi":
                # "in the middle of" doing, before a verb, is no side of the name
                or (
                    cut == len(words)
                    and words[cut - 1] in _ASPECT_WORDS
                    and _VERB_NEXT.match(text, int(mention["end"])) is not None
                    # (not a place of that side warta knows: "Jawa tengah memiliki …")
                    and not is_known_place(" ".join([*words[:-1], words[-1].title()]))
                )
                or (
                    _not_of_the_name(words[cut - 1])
                    and (gazetteer or {}).get((words[cut - 1],)) is None  # "Semen padang"
                    # (nor the head that would stay alone: "Kebon jeruk", "Jembatan kaca")
                    and not (cut == 2 and words[0].lower() in _LONE_HEADS)
                )
            )
            and words[cut - 2] != "-"
            and words[cut - 1].lower() not in _NAME_PARTICLES
            # "Khalil al-Hayya", "Abdel Fattah el-Sisi": a particle hyphened to the name
            and not HYPHENED_PARTICLE.match(words[cut - 1])
        ):
            cut -= 1
        if cut < len(words) and words[cut - 1][:1].isupper():
            kept = " ".join(words[:cut])
            mention["text"] = kept
            mention["end"] = int(mention["start"]) + len(kept)
    _split_places_at_lower_heads(found)
    _clauses_are_no_names(found)
    # "The fund, which …": an article and words written small (or alone, once they went)
    found[:] = [m for m in found if not _article_and_small_words(str(m["text"]))]


# Words of aspect that are also sides of a place ("tengah": in the middle; "sedang")
_ASPECT_WORDS = frozenset({"tengah", "sedang"})
# A verb (or "terjadi") next, after spaces
_VERB_NEXT = re.compile(
    r"[ \t]+(?!(?:bersama|beserta|berikut|berbagai|terhadap|tersebut|terkait|termasuk|terutama"
    r"|terakhir|terbesar|tertinggi|terdekat|dimana|diantara)\b)"
    r"(?:me|ber|di|ter)[a-z]{3,}\b"
)


def _article_and_small_words(name: str) -> bool:
    first, _, rest = name.partition(" ")
    return first.lower() in _ARTICLES and all(w[:1].islower() for w in rest.split())


_ARTICLES = frozenset({"the", "a", "an", "sang", "si", "para"})


# Small words a name may hold ("Bank of America", "Universitas Islam Negeri Sunan Kalijaga
# dan …"): the rest, written small, are a sentence's words
_NAME_JOINERS = frozenset(
    {"of", "and", "the", "for", "de", "la", "le", "du", "van", "von", "der", "di", "da", "al",
     "el", "bin", "binti", "dan", "untuk", "dari", "&", "-", "y", "e", "on", "in", "at"}
)  # fmt: skip


def _clauses_are_no_names(found: list[dict[str, Any]]) -> None:
    """A mention that runs on over three or more words written small is a clause, not a name
    ("Indonesia's central bank holds rate steady as", an English headline in sentence
    case): it keeps its capitalised opening only where that is a place or body warta knows."""
    out: list[dict[str, Any]] = []
    for mention in found:
        words = str(mention["text"]).split(" ")
        small = [i for i, w in enumerate(words) if w[:1].islower() and w not in _NAME_JOINERS]
        if len(small) < 3:
            out.append(mention)
            continue
        head = " ".join(words[: small[0]])
        head = re.sub(r"['’]s$", "", head).strip()
        kind = known_type(head) if head else None
        if kind is not None:
            out.append({**mention, "text": head, "end": int(mention["start"]) + len(head),
                        "label": kind})  # fmt: skip
    found[:] = out


# Kinds of places a text with capitals writes in lower case between two names
# ("kecamatan Gajahmungkur kota Semarang")
_LOWER_PLACE_HEADS = frozenset(
    {"kota", "kabupaten", "kecamatan", "desa", "kelurahan", "provinsi", "kampung", "dusun",
     # a line's or route's way to a place: "KRL Commuter Line lintas Bogor", "bus jurusan
     # Merak", "kawasan Puncak"
     "lintas", "jurusan", "rute", "arah", "menuju", "wilayah", "kawasan", "daerah"}
)  # fmt: skip


def _split_places_at_lower_heads(found: list[dict[str, Any]]) -> None:
    """ "Gajahmungkur kota Semarang" tagged as one place is two: "Gajahmungkur", "Semarang"."""
    added: list[dict[str, Any]] = []
    for mention in found:
        words = str(mention["text"]).split(" ")
        if mention["label"] != "LOC" or len(words) < 3:
            continue
        at = next(
            (
                i
                for i in range(1, len(words) - 1)
                if words[i] in _LOWER_PLACE_HEADS and words[i + 1][:1].isupper()
            ),
            None,
        )
        if at is None:
            continue
        start = int(mention["start"])
        first = " ".join(words[:at])
        second_start = start + len(" ".join(words[: at + 1])) + 1
        second = str(mention["text"])[second_start - start :]
        mention["text"], mention["end"] = first, start + len(first)
        mention.pop("canonical", None)
        second_end = second_start + len(second)
        added.append({"text": second, "label": "LOC", "start": second_start, "end": second_end})
    if added:
        found.extend(added)
        found.sort(key=lambda m: int(m["start"]))


# A list of capitalised words spelled out before its acronym: "Lesbian, Gay, Biseksual, dan
# Transgender (LGBT)"
_SPELLED_LIST = re.compile(
    r"(?P<words>[A-Z][\w-]*(?:(?:,[ \t]+|[ \t]+)(?:(?:dan|and|serta)[ \t]+)?[A-Z][\w-]*){2,7})"
    r"[ \t]*\((?P<acronym>[A-Z]{3,8})\)"
)


def spelled_out_terms_are_no_people(found: list[dict[str, Any]], text: str) -> None:
    """ "Lesbian, Gay, Biseksual, dan Transgender (LGBT)": the words an acronym spells out,
    each opening with its letter and listed with commas, are a term, so no one of them is a
    person; the tagger's "Lesbian" goes."""
    spans = []
    for match in _SPELLED_LIST.finditer(text):
        words = re.findall(r"[A-Z][\w-]*", match.group("words"))
        acronym = match.group("acronym")
        # the last words, one for each letter, open with the acronym's letters
        if len(words) >= len(acronym) and all(
            w[0] == ch for w, ch in zip(words[-len(acronym) :], acronym, strict=True)
        ):
            lead = match.group("words")
            start = match.start("words") + lead.find(words[-len(acronym)])
            # (a list, with its commas: a person's name and initials, "Oesman Sapta Odang
            # (OSO)", "Susilo Bambang Yudhoyono (SBY)", has none)
            if "," in text[start : match.end("words")]:
                spans.append((start, match.end("words")))
    if spans:
        found[:] = [
            m
            for m in found
            if not (
                m["label"] == "PER"
                and any(lo <= int(m["start"]) and int(m["end"]) <= hi for lo, hi in spans)
            )
        ]


def initials_fit(acronym: str, name: str) -> bool:
    """Whether `acronym` can abbreviate `name`: its letters appear in order in the name, the
    first one opening it ("IPB" of "Institut Pertanian Bogor", "Kemenkeu" of "Kementerian
    Keuangan", "GBK" of "Stadion Gelora Bung Karno"; not "ANTARA" of "Jakarta")."""
    letters = [ch for ch in acronym.lower() if ch.isalnum()]
    full = name.lower()
    head, _, rest = full.partition(" ")
    if letters and rest and letters[0] != full[0] and head in VENUE_HEADS:
        full = rest  # a venue's short form may leave out its head word: "GBK", "GBLA"
    if not letters or not full or letters[0] != full[0]:
        return False
    at = 0
    for ch in letters:
        at = full.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


def _clipped_name(short: str, full: str) -> bool:
    """A short form written like a word ("Indef", "Bappenas", "Dinkes"), clipped from the
    syllables of more than one word of the name."""
    first = full.split(" ", 1)[0]
    return (
        len(short) >= 4 and short[1:].islower() and " " in full and not initials_fit(short, first)
    )


def _tails(name: str) -> list[str]:
    """The name less its first word, less its first two, …, down to its last two words."""
    words = name.split(" ")
    return [" ".join(words[i:]) for i in range(1, len(words) - 1)]


# The head of a region's name, which its acronym may leave out
_REGION_HEAD = re.compile(r"^(?:Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan)[ \t]+")


# Words that open a film's or show's cast earlier in the sentence: the names in brackets
# after the players are the parts they play, no nicknames
_CAST_BEFORE = re.compile(
    r"\b(?:dibintangi|diperankan|dimainkan|pemeran|para[ \t]+pemain|pemain(?:nya)?[ \t]+film"
    r"|memerankan|berperan|jajaran[ \t]+pemain|deretan[ \t]+pemain|starring|cast)\b[^.!?\n]*$"
)


# A firm's legal name opening on its legal form ("PT First Anugerah")
_LEGAL_NAME = re.compile(r"(?:PT|CV)\.?[ \t]+[A-Z]")
# Capitalised words, then a bracket: the rest of a firm's legal name before its brand
_NAME_RUN_TO_BRACKET = re.compile(r"(?:[ \t]+[A-Z][\w'’&.-]*){1,3}(?=[ \t]*\()")
# A brand in brackets: one to three capitalised words ("First Travel", "Gojek")
_BRAND = re.compile(r"[A-Z][\w'’&-]+(?: [A-Z0-9][\w'’&-]*){0,2}")


def firms_run_to_their_brackets(found: list[dict[str, Any]], text: str) -> None:
    """A firm's legal name the tagger cut short before its brand in brackets ("PT First
    Anugerah [Kaya Wisata] (First Travel)"): the capitalised words up to the bracket are
    the name's."""
    spans = [(int(m["start"]), int(m["end"])) for m in found]
    for mention in found:
        end = int(mention["end"])
        run = _NAME_RUN_TO_BRACKET.match(text, end)
        if (
            mention["label"] != "ORG"
            or not _LEGAL_NAME.match(str(mention["text"]))
            or run is None
            or any(end <= b < run.end() for b, _ in spans)
        ):
            continue
        mention["end"] = run.end()
        mention["text"] = text[int(mention["start"]) : run.end()]


def known_people_joined(found: list[dict[str, Any]], text: str) -> None:
    """Two mentions side by side that together are a person warta knows ("Aung San" +
    "Suu Kyi", read as a place and a person) are that person."""

    def join(last: dict[str, Any], mention: dict[str, Any]) -> bool:
        if not (
            text[int(last["end"]) : int(mention["start"])] == " "
            and f"{last['text']} {mention['text']}" in PEOPLE_ALIASES
        ):
            return False
        if last["label"] != "PER":
            last.pop("role", None)
        last.update(text=f"{last['text']} {mention['text']}", label="PER", end=int(mention["end"]))
        if mention.get("role") and not last.get("role"):
            last["role"] = mention["role"]
        return True

    _join_side_by_side(found, join)


def _join_side_by_side(
    found: list[dict[str, Any]], join: Callable[[dict[str, Any], dict[str, Any]], bool]
) -> None:
    """Walk the mentions in order; where `join(last, mention)` takes a mention into the one
    before it (and says so), the mention is gone."""
    found.sort(key=lambda m: int(m["start"]))
    out: list[dict[str, Any]] = []
    for mention in found:
        if out and join(out[-1], mention):
            continue
        out.append(mention)
    found[:] = out


def known_people_out_of_roles(found: list[dict[str, Any]], text: str) -> None:
    """A person warta knows whose first words the role took ("pemimpin Myanmar Aung San" +
    "Suu Kyi"): the mention runs over them, and the role stops before."""
    for mention in found:
        role = str(mention.get("role") or "")
        name, start = str(mention["text"]), int(mention["start"])
        cut = known_name_cut_into_role(name, role) if mention["label"] == "PER" else None
        lead = cut[0][: -len(name) - 1] if cut is not None else ""
        if cut is None or not text[:start].endswith(lead + " "):
            continue
        mention["start"] = start - len(lead) - 1
        mention["text"] = cut[0]
        if cut[1]:
            mention["role"] = cut[1]
        else:
            mention.pop("role")
        for other in found:
            # (a place read over the name's first words: "Myanmar Aung San")
            if (
                other is not mention
                and int(other["start"]) < int(mention["start"]) < int(other["end"])
                and int(other["end"]) <= start
            ):
                kept_text = text[int(other["start"]) : int(mention["start"])].rstrip()
                other["text"] = kept_text
                other["end"] = int(other["start"]) + len(kept_text)
                other["canonical"] = canonical_name(kept_text)


def _line_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole line, but for spaces."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip() and (
        not text[end:].split("\n", 1)[0].strip()
    )


# A list's item: a name, then a word or name in brackets (not a short form in capitals),
# then the list goes on
_NAME_THEN_BRACKET = re.compile(
    r"[A-Z][\w'’-]+[ \t]*\([ \t]*[A-Z][a-z][^()\n]{0,40}\)(?=[ \t]*(?:[,;.]|dan\b|serta\b))"
)
_BRACKETED_LIST_ITEMS = 3


def _bracketed_list(text: str, start: int) -> bool:
    """Whether the line at `start` lists three names or more, each with a word in brackets."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[begin : end if end >= 0 else len(text)]
    return len(_NAME_THEN_BRACKET.findall(line)) >= _BRACKETED_LIST_ITEMS


def bracketed_lists_of_affiliations(found: list[dict[str, Any]], text: str) -> None:
    """In a list of people each with their club or body in brackets ("Guy Roux (Auxerre), Sir
    Alex Ferguson (Manchester United), Dario Gradi (Crewe Alexandra)"), a bracket the tagger
    read as a person is a body like the others, where another bracket of the list holds one."""
    bracketed: list[dict[str, Any]] = []
    for person, inside in pairwise(found):
        between = text[int(person["end"]) : int(inside["start"])]
        if (
            person["label"] == "PER"
            and re.fullmatch(r"[ \t]*\([ \t]*", between)
            and text[int(inside["end"]) :].lstrip(" \t").startswith(")")
            and _bracketed_list(text, int(person["start"]))
        ):
            bracketed.append(inside)
    if any(m["label"] == "ORG" for m in bracketed):
        for mention in bracketed:
            if mention["label"] == "PER":
                mention["label"] = "ORG"
                mention.pop("role", None)


def bracketed_aliases(found: list[dict[str, Any]], text: str) -> dict[str, str]:
    """Short forms an article defines in brackets right after a name: "Institut Pertanian
    Bogor (IPB)", "Basuki Tjahaja Purnama (Ahok)". Each maps to the full name, and a short
    form the tagger missed inside the brackets becomes a mention of the same type."""
    aliases: dict[str, str] = {}
    starts = {int(m["start"]) for m in found}
    added: list[dict[str, Any]] = []
    # a word in brackets after two different people is their team or country, no nickname
    # ("Sebastian Vettel (Ferrari)", "Kimi Raikkonen (Ferrari)")
    owners: dict[str, set[str]] = defaultdict(set)
    for after in re.finditer(r"([A-Z][\w'-]*)[ \t]*\([ \t]*([A-Z][\w'-]*)[ \t]*\)", text):
        owners[after.group(2)].add(after.group(1))
    for mention in found:
        match = _BRACKETED.match(text, int(mention["end"]))
        ticker = _TICKER_AFTER.match(text, int(mention["end"]))
        listed = re.search(r"\bTbk\.?$", str(mention["text"]))
        if listed and match is None and text.startswith(".", int(mention["end"])):
            match = _BRACKETED.match(text, int(mention["end"]) + 1)  # "Tbk. (BBCA)"
        if (
            mention["label"] == "ORG"
            and ticker is None
            and match is not None
            and listed
            and re.fullmatch(r"[A-Z]{4}", match.group(1))
        ):
            ticker = match  # "PT Indofood Sukses Makmur Tbk (INDF)"
        if ticker is not None and mention["label"] == "ORG":
            # "PT Bank Rakyat Indonesia (Persero) Tbk (BBRI)": the listed company's code
            match = ticker
        if match is None:
            continue
        short = match.group(1).strip()
        full = str(mention["text"])
        label = mention["label"]
        if match is ticker:
            ok = True
        elif label == "PER":
            ok = (
                " " not in short
                # a full name before it: "Mike (Jordan)" says who Mike is, no short form
                and " " in full
                and short[:1].isupper()
                and short.isalpha()
                and short.lower() not in full.lower().split()
                # "Savitree Amitrapai (Thailand)": her country, no name of hers
                and (known_type(short) in (None, "PER") or initials_fit(short, full))
                # an acronym must be the name's ("SBY"), not a country code, a position or
                # an office after it ("(JPN)", "(PG)", "(CEO)")
                and (not short.isupper() or initials_fit(short, full))
                and len(owners[short]) < 2
                # (a racer's team: "Sebastian Vettel (Ferrari)")
                and short.lower() not in RACING_TEAMS
                # "Kim Jungjun (Korea)": where the player comes from, no nickname
                and not is_known_place(short)
                # "dibintangi Marsha Timothy (Marlina), Dea Panendra (Novi)": the part played
                and not _CAST_BEFORE.search(
                    text, max(0, int(mention["start"]) - 200), int(mention["start"])
                )
                # "Riri Riza (Athirah)" as a line of its own: a list's item, the work after
                # the name (a nominee's film, a player's club)
                and not _line_of_its_own(text, int(mention["start"]), match.end())
                # "Guy Roux (Auxerre), Sir Alex Ferguson (Manchester United), …": a list of
                # people each with their club or country
                and not _bracketed_list(text, int(mention["start"]))
            )
        elif (
            label == "ORG"
            and _LEGAL_NAME.match(full)
            and _BRAND.fullmatch(short)
            and len(full.split()) >= 3
            and not is_known_place(short)
            and known_type(short) in (None, "ORG")
            and short.lower() not in {"persero", "perseroda", "tbk"}
        ):
            ok = True  # "PT First Anugerah Kaya Wisata (First Travel)": the firm's brand
        else:
            ok = (
                _ACRONYM.fullmatch(short) is not None
                and (sum(ch.isupper() for ch in short) >= 2 or _clipped_name(short, full))
                and len(short) < len(full)
                and (
                    initials_fit(short, full)
                    # (without the legal form: "PT Indonesia Morowali Industrial Park (IMIP)")
                    or initials_fit(short, re.sub(r"^(?:PT|CV|Perum)\.? ", "", full))
                    # (or the region's head: "Kabupaten Timor Tengah Selatan (TTS)")
                    or (
                        label == "LOC"
                        and short.isupper()
                        and initials_fit(short, _REGION_HEAD.sub("", full))
                    )
                    # "Pengadilan Tindak Pidana Korupsi (Tipikor)": a clipped word may leave
                    # out the body's head word, or more ("Badan Pengelola Investasi Daya
                    # Anagata Nusantara (Danantara)")
                    # (a short form the alias tables know keeps its own meaning: "Gedung
                    # Djuanda I Kementerian Keuangan (Kemenkeu)" is no building "Kemenkeu")
                    or (
                        known_type(short) is None
                        and any(
                            _clipped_name(short, tail) and initials_fit(short, tail)
                            for tail in _tails(full)
                        )
                    )
                )
            )
        if not ok:
            continue
        aliases.setdefault(short, full)
        at = match.start(1) + match.group(1).index(short)
        if at not in starts:
            added.append({"text": short, "label": label, "start": at, "end": at + len(short)})
            starts.add(at)
        if label != "PER":
            # the body's short form wherever else the article writes it ("peneliti Indef")
            for again in re.finditer(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", text):
                here = {"start": again.start(), "end": again.end()}
                if not _overlaps(here, found) and not _overlaps(here, added):
                    begin, stop = again.span()
                    added.append({"text": short, "label": label, "start": begin, "end": stop})
                    starts.add(begin)
    for mention in found:
        # "Tim Nasional (Timnas) Indonesia" … "dipanggil ke Timnas": the short form a unit's
        # name holds in brackets, wherever else the article writes it
        short = short_form_inside(str(mention["text"])) if mention["label"] == "ORG" else None
        if short is None or short in aliases:
            continue
        for again in re.finditer(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", text):
            here = {"start": again.start(), "end": again.end()}
            if not _overlaps(here, found) and not _overlaps(here, added):
                added.append({"text": short, "label": "ORG", "start": here["start"],
                              "end": here["end"]})  # fmt: skip
    if added:
        found.extend(added)
        found.sort(key=lambda m: int(m["start"]))
    return aliases


def short_forms_of_people(
    found: list[dict[str, Any]], gazetteer: Mapping[tuple[str, ...], str], text: str
) -> None:
    # "Essien" tagged ORG in an article about "Michael Essien": one word that ends a person's
    # name the article gives in full is that person, unless the gazetteer knows the word as a
    # place or body (a first word proves less: places glue on before names, "Sambas Atbah …")
    edges = {
        str(m["text"]).split()[-1].lower()
        for m in found
        if m["label"] == "PER" and " " in str(m["text"])
    }
    # a family name first, before a hyphenated given name ("Moon Jae-in", "Kim Jong - un"):
    # "Moon" alone is the person, even where geonames knows a town of that name
    family = {
        str(m["text"]).split()[0].lower()
        for m in found
        if m["label"] == "PER" and " " in str(m["text"]) and "-" in str(m["text"])
    }
    # a given name the article quotes its owner by ("…," ujar Gatra) after naming "Gatra
    # Vaganza": the person, even where the tagger read it as the magazine
    given = {
        str(m["text"]).split()[0].lower()
        for m in found
        if m["label"] == "PER" and " " in str(m["text"])
    }
    alone = Counter(str(m["text"]) for m in found if m["label"] == "PER")
    others = Counter(str(m["text"]) for m in found if m["label"] != "PER")
    for mention in found:
        word = str(mention["text"])
        if (
            mention["label"] != "PER"
            and " " not in word
            and word.lower() in given
            and not word.isupper()
            and _sure_type(word, gazetteer) is None
            and (word.lower(),) not in gazetteer
            and word not in plain_place_names()
            and quoted_by(text, [(int(mention["start"]), int(mention["end"]))])
        ):
            mention["label"] = "PER"
            continue
        if mention["label"] != "PER" and word in PEOPLE_ALIAS_FORMS:
            mention["label"] = "PER"  # "Aher", "Jokowi": known short names of people
            continue
        if (
            mention["label"] != "PER"
            and word.lower() in family
            and _sure_type(word, gazetteer) is None
        ):
            mention["label"] = "PER"
            continue
        if (
            mention["label"] != "PER"
            and " " not in word
            and word.lower() in edges
            # (not the firm or prize named after the person: "laptop Dell", "penghargaan Nobel")
            and not NAMED_THING_BEFORE.search(
                text, max(0, int(mention["start"]) - 20), int(mention["start"])
            )
            and (
                ((word.lower(),) not in gazetteer and word not in plain_place_names())
                # a place's name the article takes alone for the person more often than
                # not ("Joaquin Phoenix" … "Status Phoenix" … "Selain Phoenix")
                or (alone[word] > others[word] and _sure_type(word, gazetteer) is None)
            )
            and not word.isupper()
        ):
            mention["label"] = "PER"


def firms_named_by_their_first_word(found: list[dict[str, Any]]) -> None:
    """One word the tagger took for a person that opens a body's name in the article, and
    that is no one's name there, is that body ("Rovio" of "Rovio Entertainment", "Valve" of
    "Valve Corp", "Leica" of "Leica CL"); not a name of two words or more, which a body may
    be named after ("Sutrisno Bachir" of "Sutrisno Bachir Foundation")."""
    bodies = [str(m["text"]) for m in found if m["label"] == "ORG"]
    # the names firms go by before a legal or group ending ("Lippo" of "Lippo Group")
    stems = {
        b.rsplit(" ", 1)[0]
        for b in bodies
        if " " in b and b.rsplit(" ", 1)[1].lower().rstrip(".") in FIRM_ENDS
    }
    for mention in found:
        name = str(mention["text"])
        if (
            " " not in name
            and str(mention.get("canonical", name)) == name
            and (
                (
                    mention["label"] == "PER"
                    and any(
                        body.startswith(name + " ")
                        # (not a member's name before the group's, which the article names
                        # alone: "Taeyang BIGBANG", of "personel boyband BIGBANG, Taeyang")
                        and not (
                            body[len(name) + 1 :] in bodies
                            and len(body[len(name) + 1 :]) >= 4
                            and not any(ch.isdigit() for ch in body[len(name) + 1 :])
                        )
                        for body in bodies
                    )
                )
                # (a place only before a firm's legal or group ending, and no place warta
                # knows: "Lippo" of "Lippo Group"; not "Jakarta" of "Jakarta Post")
                or (
                    mention["label"] == "LOC"
                    and name in stems
                    and known_type(name) is None
                    and not is_known_place(name)
                )
            )
        ):
            mention["label"] = "ORG"
            mention.pop("role", None)
            # (and the body's name where the short form is that firm: "Juru bicara Acme" is
            # "Acme Holdings")
            mention["canonical"] = org_short_form(name, bodies)


def one_type_per_entity(
    found: list[dict[str, Any]], gazetteer: Mapping[tuple[str, ...], str] | None = None
) -> None:
    # One entity, one type in an article: "Napoli" tagged ORG four times and LOC once is the
    # club each time (the most frequent type wins; on a tie, the first mention's). A
    # canonical name the gazetteer knows ("PBB") keeps the gazetteer's type, unless the
    # article speaks of it as a person.
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    first: dict[str, str] = {}
    for mention in found:
        name = str(mention["text"])
        # (a short form in capitals of a longer name votes half: "SYL" tagged ORG three
        # times does not outvote "Syahrul Yasin Limpo" named twice as a person)
        # (and so does one word standing for a fuller name, a surname or a nickname in
        # brackets: "Lutviah Sari (Vivi)" … "Orang tua Vivi", the tagger's places)
        short = " " not in name and name != str(mention["canonical"])
        votes[str(mention["canonical"])][str(mention["label"])] += 0.5 if short else 1.0
        first.setdefault(str(mention["canonical"]), str(mention["label"]))
    known = gazetteer or {}
    for mention in found:
        if mention.get(OUTLET_KEY) or mention.get(DATELINE_KEY):
            # an outlet cited by its name ("dikutip dari AS") keeps its type, and so does a
            # dateline's city that a club shares the name of
            continue
        canonical = str(mention["canonical"])
        count = votes[canonical]
        kind = _sure_type(canonical, known)
        if (
            kind is None
            and canonical in KNOWN_BODY_NAMES
            and " " not in canonical
            and "LOC" not in count
        ):
            # "Audi" tagged a person: a firm warta knows, named by one word that is no one's
            # name in the article (not "Ford" of "Harrison Ford", whose canonical is his; not
            # a place: "tinggal di Kingston")
            kind, count = "ORG", defaultdict(float)
        if kind is not None and "PER" not in count and mention["label"] != kind:
            mention["label"] = kind
            mention.pop("role", None)
            continue
        if len(count) > 1:
            top = max(count.values())
            best = first[canonical]
            if count[best] < top:
                best = next(label for label, n in count.items() if n == top)
            if mention["label"] != best:
                mention["label"] = best
                if best != "PER":
                    mention.pop("role", None)


# A saint's name opens places and clubs ("Paris St Germain", "Saint Etienne"): the word after
# it is no person's first name
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint|Sint|San|Santa|Santo|Sao|São)[^\S\n]+$")


def saints_are_no_given_names(found: list[dict[str, Any]], text: str) -> None:
    # "Striker Paris St Germain Edinson Cavani": the tagger took "Germain" into his name
    for mention in found:
        start = int(mention["start"])
        words = str(mention["text"]).split(" ")
        if (
            mention["label"] == "PER"
            and len(words) >= 3
            and _SAINT_BEFORE.search(text, max(0, start - 8), start)
        ):
            cut = len(words[0]) + 1
            mention["text"] = str(mention["text"])[cut:]
            mention["start"] = start + cut


_SAINT_LAST = re.compile(r"(?:^|\s)(?:St\.?|Saint|Sint|San|Santa|Santo|Sao|São)$")


def saints_close_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A body's or place's name the tagger closed on a saint's word runs on over the name
    after it ("Universitas Saint [Louis]"): no person there."""

    def join(last: dict[str, Any], mention: dict[str, Any]) -> bool:
        if not (
            last["label"] in ("ORG", "LOC")
            and _SAINT_LAST.search(str(last["text"]))
            and re.fullmatch(r"[ \t]", text[int(last["end"]) : int(mention["start"])])
            and " " not in str(mention["text"])
        ):
            return False
        last["end"] = mention["end"]
        last["text"] = text[int(last["start"]) : int(mention["end"])]
        last.pop("canonical", None)
        return True

    _join_side_by_side(found, join)


# A word inside a sentence (not its first): how the body writes it mid-sentence
_INNER_WORD = re.compile(r"(?<=[^\s.!?\"“”'] )[^\W\d_]+\b")


def _verb_forms(root: str) -> set[str]:
    """Prefixed forms of a verb's root ("tinjau" → "meninjau", "ditinjau", …), with the
    nasal that meN- brings (t → n, p → m, k → ng, s → ny)."""
    if len(root) < 4:
        return set()
    forms = {"di" + root, "ter" + root, "ber" + root}
    first, rest = root[0], root[1:]
    if first in "lmnrwy":
        forms.add("me" + root)
    elif first in "bfv":
        forms.add("mem" + root)
    elif first == "p":
        forms.add("mem" + rest)
    elif first in "cdjz":
        forms.add("men" + root)
    elif first == "t":
        forms.add("men" + rest)
    elif first in "aiueogh":
        forms.add("meng" + root)
    elif first == "k":
        forms.add("meng" + rest)
    elif first == "s":
        forms.add("meny" + rest)
    return forms


def truecase_headline(text: str, end: int) -> str:
    """The text with its headline (ending at `end`), written in title case ("Harga Cabai
    Naik di Pasar Induk") or in capitals ("HARGA CABAI NAIK"), in running-text case, for the
    tagger and the rules, whose sense of a name's bounds rests on capitals. Each word takes
    the form the body writes it in most often mid-sentence ("naik", "Pasar", "KPK",
    "Jakarta"); ties and words the body lacks stay as they are (in a capitals headline, a
    word of five letters or more the body lacks is lowered: no acronym is that long), and so
    does the first word of a title-case headline (a capitals headline opens with its body
    form, capitalised). Offsets are unchanged."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for word in _INNER_WORD.findall(text, end):
        forms[word.lower()][word] += 1
    head = text[:end]
    words = list(re.finditer(r"[^\W\d_]+", head))
    shouting = sum(w.group().isupper() for w in words) > len(words) / 2
    cased = list(text)
    changed = False
    for index, match in enumerate(words):
        word = match.group()
        if not word[0].isupper() or (index == 0 and not shouting):
            continue
        seen = forms.get(word.lower())
        if not seen:
            if (
                not shouting
                and index > 0
                and word[1:].islower()
                and any(forms.get(form) for form in _verb_forms(word.lower()))
            ):
                # "Pj Gubernur Jateng Tinjau Lokasi Longsor": a headline's bare verb whose
                # prefixed form the body writes ("meninjau") is no name
                cased[match.start() : match.end()] = word.lower()
                changed = True
                continue
            if shouting and word.isupper() and len(word) >= 5 and index > 0:
                # a long word in capitals the body never writes is no acronym ("RENDAM")
                cased[match.start() : match.end()] = word.lower()
                changed = True
            continue
        top = max(seen.values())
        if seen.get(word) == top:
            continue  # the headline writes it as the body does most often
        best = min(form for form, count in seen.items() if count == top)
        if index == 0 and best[0].islower():
            best = best[0].upper() + best[1:]
        if best != word and len(best) == len(word):
            cased[match.start() : match.end()] = best
            changed = True
    return "".join(cased) if changed else text


def known_bodies_in_headline(found: list[dict[str, Any]], text: str, end: int) -> None:
    """A headline in title case glues its verb to the body before it ("Ditjen Pajak Bidik
    2.000 Wajib Pajak"): a headline body that opens with a body warta knows, and is written
    nowhere in the article below, is that body."""
    if end == 0:
        return
    body = text[end:]
    for mention in found:
        name = str(mention["text"])
        if int(mention["start"]) >= end or mention["label"] != "ORG" or name in body:
            continue
        words = name.split()
        for size in range(len(words) - 1, 0, -1):
            known = " ".join(words[:size])
            if known in KNOWN_BODY_NAMES:
                mention["text"] = known
                mention["end"] = int(mention["start"]) + len(known)
                break


def body_names_in_headline(found: list[dict[str, Any]], text: str, end: int) -> None:
    """A name the body tags, written in the title-case headline ending at `end`, is that
    entity there too ("Tidur di Rapat, Kim Jong Un Hukum Mati Pejabat"): it replaces the
    headline mentions it overlaps, whose bounds a headline's capitals make unsure."""
    if end == 0:
        return
    votes: dict[str, dict[str, float]] = {}
    for mention in found:
        name = str(mention["text"])
        if mention["start"] >= end and len(name) > 2:
            # (a dateline in capitals counts less: "VALENCIA -" is typed after this step)
            weight = 1 if not name.isupper() or len(name) <= 5 else 0.5
            tally = votes.setdefault(name.casefold(), {})
            tally[str(mention["label"])] = tally.get(str(mention["label"]), 0) + weight
    # each name's most frequent type in the body, the first on a tie
    names = {name: max(tally, key=tally.__getitem__) for name, tally in votes.items()}
    if not names:
        return
    head = text[:end]
    folded = head.casefold()
    if len(folded) != len(head):  # casefold changed lengths: offsets would not line up
        return
    taken: list[tuple[int, int, str]] = []
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", folded):
            start, stop = match.span()
            if not head[start].isupper() and not head[start].isdigit():
                continue
            if any(start < b and a < stop for a, b, _ in taken):
                continue
            taken.append((start, stop, names[name]))
    if not taken:
        return
    kept = [
        m for m in found
        if m["start"] >= end or not any(m["start"] < b and a < m["end"] for a, b, _ in taken)
    ]  # fmt: skip
    for start, stop, label in taken:
        kept.append({"text": text[start:stop], "label": label, "start": start, "end": stop})
    kept.sort(key=lambda m: int(m["start"]))
    found[:] = kept


def split_headline_names(found: list[dict[str, Any]], text: str, end: int) -> None:
    # A title-case headline capitalises its verbs, and the tagger glues them to the names
    # around ("Sinner Kalahkan Alcaraz"): a headline PER span keeps only runs of words that
    # some person named in the body also has ("Sinner" of "Jannik Sinner"), when the body
    # names people at all. `end`: where the headline ends (0: no headline).
    if end == 0:
        return
    body_words = {
        w.lower() for m in found if m["label"] == "PER" and m["start"] >= end
        for w in str(m["text"]).split()
    }  # fmt: skip
    if not body_words:
        return
    out: list[dict[str, Any]] = []
    for mention in found:
        if mention["label"] != "PER" or mention["start"] >= end:
            out.append(mention)
            continue
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        if all(w.lower() in body_words for w, _ in words):
            out.append(mention)
            continue
        out.extend(_named_runs(mention, words, [w.lower() in body_words for w, _ in words], text))
    found[:] = out


def _named_runs(
    mention: dict[str, Any], words: list[tuple[str, int]], named: list[bool], text: str
) -> list[dict[str, Any]]:
    """The runs of `words` (each with its offset in `mention`) flagged as name words, each a
    person's mention of its own."""
    runs: list[dict[str, Any]] = []
    for is_name, group in groupby(zip(words, named, strict=True), key=lambda p: p[1]):
        run = [word for word, _ in group]
        if is_name:
            start = int(mention["start"]) + run[0][1]
            stop = int(mention["start"]) + run[-1][1] + len(run[-1][0])
            runs.append({"text": text[start:stop], "label": "PER", "start": start, "end": stop})
    return runs


def _heading_word(word: str, text: str) -> bool:
    """Whether a capitalised word of a heading is a verb ("Berangkatkan") or a word the
    article writes small elsewhere: no name's."""
    low = word.lower()
    return (len(low) > 6 and low.endswith("kan")) or (
        re.search(r"(?<![\w-])" + re.escape(low) + r"(?![\w-])", text) is not None
    )


# A gap of four spaces or more inside a span: where a scraped page ran links or headings
# together ("Barisan Muda Chelsea Puaskan Antonio Conte     Danny Drinkwater Lega …")
_WIDE_GAP = re.compile(r"[ \t\xa0]{4,}")


def names_split_at_wide_gaps(found: list[dict[str, Any]], text: str) -> None:
    """A span across a wide gap of spaces is two names, one on each side of it, of the
    label the tagger gave ("Antonio Conte     Danny Drinkwater")."""
    out: list[dict[str, Any]] = []
    for mention in found:
        start = int(mention["start"])
        span = text[start : int(mention["end"])]
        if not _WIDE_GAP.search(span):
            out.append(mention)
            continue
        at, first = 0, True
        for gap in [*_WIDE_GAP.finditer(span), None]:
            end = gap.start() if gap else len(span)
            if span[at:end].strip():
                # (the first part keeps what was read before the span: its role)
                part = dict(mention) if first else {"label": mention["label"]}
                part.update(text=span[at:end], start=start + at, end=start + end)
                out.append(part)
                first = False
            at = gap.end() if gap else at
    found[:] = out


def split_subheading_names(found: list[dict[str, Any]], text: str) -> None:
    """A section's heading inside the article is written in title case too ("Syaiful
    Berangkatkan Hatf"): a person's span on such a line keeps only the runs of words that
    people named elsewhere in the article have, as in the headline."""
    lines: dict[int, bool] = {}
    for mention in found:
        if mention["label"] != "PER" or " " not in str(mention["text"]):
            continue
        start = text.rfind("\n", 0, int(mention["start"])) + 1
        if start not in lines:
            end = text.find("\n", start)
            line = text[start : end if end >= 0 else len(text)].strip()
            words = re.findall(r"[^\W\d_]+", line)
            lines[start] = (
                start > 0
                and 3 <= len(words) <= 10
                and sum(1 for w in words if w[:1].islower()) * 4 <= len(words)
                and not line.endswith((".", "!", "?", ",", ":", ";", '"', "”", ")"))
            )
    headings = {start for start, heading in lines.items() if heading}
    if not headings:
        return

    def line_of(mention: dict[str, Any]) -> int:
        return text.rfind("\n", 0, int(mention["start"])) + 1

    out: list[dict[str, Any]] = []
    for mention in found:
        at = line_of(mention)
        if mention["label"] != "PER" or at not in headings:
            out.append(mention)
            continue
        elsewhere = {
            w.lower()
            for m in found
            if m["label"] == "PER" and line_of(m) != at
            for w in str(m["text"]).split()
        }
        bodies = {w.lower() for m in found if m["label"] != "PER" for w in str(m["text"]).split()}
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        # (a verb of the heading, "Berangkatkan", or a word the article writes small, breaks
        # the name; any other word may be a name's the article gives only here: "Carla Bruni
        # Sarkozy")
        known = [w.lower() in elsewhere or not _heading_word(w, text) for w, _ in words]
        # (but a person the article names in full elsewhere, then words no person's name has
        # there, is that person before the heading's words: "Prilly Latuconsina Kebal
        # Dijodohkan …")
        # (not a body's name after the person's, as a table of results writes them:
        # "Sebastian Vettel Ferrari")
        whole = {str(m["text"]) for m in found if m["label"] == "PER" and line_of(m) != at}
        # (one word named alone before one heading word too: "Efek Trump Nihil")
        for size in range(len(words) - 1, 0 if len(words) == 2 else 1, -1):
            if " ".join(w for w, _ in words[:size]) in whole and not any(
                w.lower() in elsewhere or w.lower() in bodies for w, _ in words[size:]
            ):
                known = [i < size for i in range(len(words))]
                break
        if all(known) or not any(w.lower() in elsewhere for w, _ in words):
            out.append(mention)
            continue
        out.extend(_named_runs(mention, words, known, text))
    found[:] = out


# Words before a place, not before a person: "di Hamilton", "warga Bambang", the offices
# and units of a town ("Pemkot Bima", "Kapolrestabes Bandung"; not an office, "Gubernur
# Aher"), a club's opponent ("laga melawan Hull")
_PLACE_CUE_BEFORE = re.compile(
    r"\b(?:di|ke|dari|menuju|asal|kota|kabupaten|desa|kampung|dusun|kecamatan|distrik|"
    r"provinsi|negara|negeri|wilayah|kawasan|daerah|warga|penduduk|ibu\s+kota|"
    r"pem(?:kot|ko|kab|prov|da)|kapol\w*|polres\w*|polsek\w*|polda|kodim|korem|kodam|dandim|"
    r"danrem|pangdam|kajari|kajati|kejari|kejati|bpbd|dprd|kpud|rsud|melawan|kontra|menjamu|"
    r"dijamu)[^\S\n]*$",
    re.IGNORECASE,
)


_PREPOSITION_BEFORE = re.compile(r"\b(?:di|ke|dari|menuju)[^\S\n]+$", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"(?:\s*\([^()\n]{1,24}\))?,?\s(?:dan|serta|atau)\s+$")


# (and the lakes and reservoirs of Java, a tectonic plate, a fault: "Ranu Kumbolo", "Situ
# Gintung", "patahan Lembang")
_NATURAL_HEADS = NATURAL_FEATURES | {"ranu", "situ", "waduk", "lempeng", "patahan"}


# Heads whose place the article goes on to name without them ("Gunung Semeru" … "Semeru")
_DROPPED_HEADS = frozenset({"gunung", "danau", "sungai", "pulau", "kawah", "waduk"})


def natural_places_named_alone(found: list[dict[str, Any]], text: str) -> None:
    """A mountain's, lake's, river's or island's name written later without its head, which
    the tagger left untagged, is that place: "Gunung Semeru" … "setelah Semeru mengeluarkan
    awan panas". Not inside another mention ("BBWS Citarum")."""
    names = {
        " ".join(str(m["text"]).split()[1:])
        for m in found
        if m["label"] == "LOC"
        and len(str(m["text"]).split()) >= 2
        and str(m["text"]).split()[0].lower() in _DROPPED_HEADS
        and str(m["text"]).split()[1][:1].isupper()
        and len(str(m["text"]).split()[1]) >= 4
    }
    added = False
    for name in names:
        if re.search(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])", text):
            continue  # words of the language: "Pulau Panas Bumi" … "energi panas bumi"
        for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            begin, end = match.span()
            if any(int(m["start"]) < end and begin < int(m["end"]) for m in found):
                continue
            found.append({"text": name, "label": "LOC", "start": begin, "end": end})
            added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


# A sea, an ocean or a strait by its Indonesian head, after a word in lower case or a stop
# ("perairan Laut Hitam", "di Samudra Hindia"; not "Angkatan Laut Amerika Serikat")
_SEA = re.compile(
    r"(?<![\w-])(?:Laut|Samudra|Samudera|Selat)(?:[ \t]+[A-Z][a-z]{2,}){1,2}(?![\w'’-])"
)
_SEA_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")


def seas_by_their_heads(found: list[dict[str, Any]], text: str) -> None:
    """A sea, ocean or strait the tagger left untagged is a place: "perairan Laut Hitam
    berubah warna", "Samudra Hindia". Its words stop before a place warta knows after it
    ("Laut Merah Zabid"): only the sea then."""
    added = False
    for match in _SEA.finditer(text):
        begin, end = match.span()
        before = _SEA_WORD_BEFORE.search(text, max(0, begin - 40), begin)
        if before is not None and not before.group(1).islower():
            continue  # (inside a name: "Gugus Keamanan Laut Barat", "Angkatan Laut AS")
        words = match.group().split()
        if len(words) == 3 and is_known_place(words[2]) and not is_known_place(match.group()):
            end = begin + len(" ".join(words[:2]))
        if any(int(m["start"]) < end and begin < int(m["end"]) for m in found):
            continue
        found.append({"text": text[begin:end], "label": "LOC", "start": begin, "end": end})
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


# The head of a town or village right before its name, not in an office ("Wali Kota Bima
# Arya", "Kepala Desa Sutrisno"): "kota Hama", "Kota Kecil Khan Sheikhoun", "desa Ngablak"
_TOWN_HEAD_BEFORE = re.compile(
    r"(?<!wali )(?<!kepala )(?<!Wali )(?<!Kepala )(?<![\w-])"
    r"(?:[Kk]ota|[Dd]esa|[Kk]ampung|[Dd]usun|[Kk]elurahan|[Kk]ecamatan|[Dd]istrik)"
    r"(?:[ \t]+(?:[Kk]ecil|[Tt]ua|[Kk]uno|[Pp]erbatasan|[Pp]elabuhan))?[ \t]+$"
)


# Heads of regions, whose name the article goes on to use alone ("Kecamatan Paloh" … "Paloh")
_REGION_HEADS = frozenset(
    {"kecamatan", "kabupaten", "desa", "kelurahan", "provinsi", "distrik", "dusun", "kampung",
     "kota"}
)  # fmt: skip


def places_are_not_people(
    found: list[dict[str, Any]], gazetteer: Mapping[tuple[str, ...], str], text: str = ""
) -> None:
    # A lone word tagged PER that is a known place ("Rusia", "Moskow") is the place, and a
    # known body ("Kremlin", "Gedung Putih") is the body, unless the document names a person
    # with that word in it ("Michael Jordan" … "Jordan"); ambiguous bodies ("Mandiri") stay.
    # A word the gazetteer holds only as some town of geonames is a given name as often
    # ("ujar Nelson", "Hamilton menjadi pebalap", "melihat Bambang"): the tagger's PER
    # stands unless a word of place comes right before it ("di Hamilton", "warga Bambang").
    name_words = {
        w.lower() for m in found if m["label"] == "PER" for w in str(m["text"]).split()[1:]
    } | {w.lower() for m in found if m["label"] == "PER" for w in str(m["text"]).split()[:-1]}
    places_end = {
        int(m["end"])
        for m in found
        if m["label"] in ("LOC", "ORG") or known_type(str(m["text"])) in ("LOC", "ORG")
    }
    # "Gunung Lewotobi" … "Petugas Pos PGA Lewotobi": a mountain's, lake's or island's name
    # alone is that place
    natural = {
        str(m["text"]).split()[1]
        for m in found
        if m["label"] == "LOC"
        and len(str(m["text"]).split()) >= 2
        and str(m["text"]).split()[0].lower() in _NATURAL_HEADS
    } | {
        # (or after the head written small, no mention: "di sepanjang pegunungan Kendeng" …
        # "petani Kendeng")
        match.group(2)
        for match in re.finditer(r"(?<![\w-])([a-z]+)[ \t]+([A-Z][a-z]{2,})(?![\w-])", text)
        # ("di situ Ahmad …": "there", no lake)
        if match.group(1) in _NATURAL_HEADS - {"situ", "ranu", "lempeng"}
    }
    # "terhadap Kota Kecil Khan Sheikhoun" … "di Khan Sheikhoun": a name of two words or more
    # after the head of a town or village is the place, wherever the article names it
    towns = {
        str(m["text"])
        for m in found
        if m["label"] == "PER"
        and " " in str(m["text"])
        and _TOWN_HEAD_BEFORE.search(text, max(0, int(m["start"]) - 30), int(m["start"]))
    }
    # "Kecamatan Paloh" … "di Paloh ini": the region the article named with its head
    regions = {
        str(m["text"]).split(" ", 1)[1]
        for m in found
        if m["label"] == "LOC"
        and " " in str(m["text"])
        and str(m["text"]).split()[0].lower() in _REGION_HEADS
    }
    for mention in found:
        name = str(mention["text"])
        if mention["label"] == "PER" and (
            name in towns or (name in regions and name.lower() not in name_words)
        ):
            mention["label"] = "LOC"
            mention.pop("role", None)
            continue
        if mention["label"] != "PER" or name.lower() in name_words:
            continue
        if name in natural or (
            # "Lempeng Indo-Australia", "Selat Sunda": a natural feature's head opens a place
            " " in name and name.split()[0].lower() in _NATURAL_HEADS | _FEATURE_HEADS
        ):
            mention["label"] = "LOC"
            mention.pop("role", None)
            continue
        kind = gazetteer.get(tuple(name.lower().split()))
        listed = _LISTED_AFTER.search(text, max(0, mention["start"] - 40), mention["start"])
        sure = (
            name in plain_place_names()
            # the next of a list of places or clubs: "Kabupaten Dompu serta Bima", "Schalke
            # (216,6), dan Moenchengladbach"
            or (listed is not None and listed.start() in places_end)
            or name.lower() in KNOWN_LOCS
            or known_type(name) == "LOC"
            or name.isupper()  # a country's code in results ("INA", "MAS")
            or not text
            or _PLACE_CUE_BEFORE.search(text, max(0, mention["start"] - 20), mention["start"])
        )
        # a town of two words or more after a preposition of place or in a list of places
        # ("ke Rafah dan Khan Younis", "di Khan Younis")
        placed = " " in name and (
            (listed is not None and listed.start() in places_end)
            or _PREPOSITION_BEFORE.search(text, max(0, mention["start"] - 8), mention["start"])
        )
        if (kind == "LOC" and (" " not in name or placed) and sure) or name in plain_place_names():
            # also a regency the gazetteer lacks ("BPBD Luwu", "warga Gowa")
            mention["label"] = "LOC"
            mention.pop("role", None)
        elif kind == "ORG" and name.lower() not in AMBIGUOUS_ORGS:
            # "bahwa Kremlin telah memerintahkan": the hand-made list of bodies is sure
            mention["label"] = "ORG"
            mention.pop("role", None)


def _sure_type(name: str, gazetteer: Mapping[tuple[str, ...], str]) -> str | None:
    """The type of a name warta knows for sure: a body of the hand-written lists, a place or
    body of the alias tables, a country. A town the gazetteer took from geonames is no proof
    ("Mercedes", "Swansea" and "Hamas" are also a team, a club and a movement)."""
    kind = known_type(name)
    if kind is not None:
        return kind
    key = name.lower()
    found = gazetteer.get(tuple(key.split()))
    if found == "ORG" or (found == "LOC" and key in KNOWN_LOCS):
        return found
    return None


# A club as the alias table writes it (exactly, without spelling folds: "Moe" is no "MU"),
# and a body of the alias table in more than one word ("Al Qaeda", "Partai Golkar")
_CLUB_OF_FORM = {
    form.lower(): name for name, aliases in CLUB_ALIASES.items() for form in (name, *aliases)
}
_CLUB_FORMS = frozenset(_CLUB_OF_FORM)
_BODY_FORMS = frozenset(
    form.lower()
    for name, aliases in BODY_ALIASES.items()
    for form in (name, *aliases)
    if " " in form
)


_SPACED_HYPHEN = re.compile(r"[ \t]+-[ \t]+")


def known_names_keep_their_type(
    found: list[dict[str, Any]], gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    # One policy for names warta knows: "Gedung Putih" is always ORG, "Rusia" always LOC
    # (places that act, GPE-like, stay places), whatever the sentence suggested. A person
    # stays a person ("Jordan"), but an acronym tagged as one does not ("MA": Mahkamah Agung).
    name_words = {
        w.lower() for m in found if m["label"] == "PER" for w in str(m["text"]).split()
        if " " in str(m["text"])
    }  # fmt: skip
    for mention in found:
        # ("Al - Qaidah": the page's spaces around a hyphen are no part of the name)
        text = _SPACED_HYPHEN.sub("-", str(mention["text"]))
        kind = _sure_type(text, gazetteer)
        if kind is None or mention["label"] == kind:
            continue
        own_name = text.lower() not in name_words
        spaced = _SPACED_HYPHEN.sub(" ", str(mention["text"])).lower()
        club = (
            text.lower() in _CLUB_FORMS or text.lower() in _BODY_FORMS or spaced in _BODY_FORMS
        ) and own_name
        # "Belarusia" tagged PER: a country (one word, not part of a person's name here)
        # ("Jordan", the English name, is more often a person in Indonesian news; a venue of
        # the alias tables, "Stamford Bridge", is a place in any number of words)
        country = (
            kind == "LOC"
            and own_name
            and is_indonesian_place_name(text)
            and (" " not in text or text in PLACE_ALIASES)
        )
        if (
            mention["label"] == "PER"
            and not (text.isupper() and text not in PEOPLE_ALIAS_FORMS)
            and not club  # "Bajul Ijo", "Giallorossi": a club's nickname is no person
            and not country
        ):
            continue
        mention["label"] = kind
        mention.pop("role", None)


# A place word right after these is the place ("di Jordan", "ke Georgia")
# (and a noun of an administrative area before its name: "distrik Isa", "desa Kramas")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:di|ke|asal|kota|negara|negeri|wilayah|daerah|distrik|desa|dusun|kampung|kelurahan"
    r"|kecamatan|kabupaten|provinsi|prefektur|pulau)[^\S\n]+$",
    re.I,
)


def surnames_are_people(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A lone word tagged as a place that closes the name of a person the article names in
    full is that person ("Michael Jordan" … "rekor Jordan"), unless the sentence puts it
    where a place stands ("di Jordan"). A word that is also a known place needs the full
    name twice: one misread name ("… Indonesia") does not make the country a person; a town
    only the geonames part of the gazetteer holds needs it once, where the article never
    writes the word after a word of place ("Demi Moore" … "Moore", not "di Jeddah"). A given
    name warta does not know as a place needs no more ("Riva Siahaan" … "Selain Riva"), and
    a two-word place whose last word the article takes alone for a person is that person
    ("Kodai Naraoka" … "Naraoka bermain")."""
    full_names = Counter(
        str(m["text"])
        for m in found
        if m["label"] == "PER"
        and " " in str(m["text"])
        # ("Olympique Lyon" read as a person is still the club)
        and str(m["text"]).split()[0].lower() not in CLUB_FIRST_WORDS
    )
    surnames: Counter[str] = Counter()
    # (and a given or middle name, when it is no place: "Muhammad Amien Rais" … "kata Amien")
    other_names: set[str] = set()
    # (a place name too, when the article also takes it alone for the person: "Amien")
    lone_people = {str(m["text"]) for m in found if m["label"] == "PER"}
    given_names = {
        str(m["text"]).split()[0]
        for m in found
        if m["label"] == "PER"
        and len(str(m["text"]).split()) >= 2
        and str(m["text"]).split()[0].isalpha()
        and len(str(m["text"]).split()[0]) >= 3
        # (not right after a title, where the tagger may have run the body into the name:
        # "CEO [Gogobli Joyce Lim]")
        and title_opening(text, int(m["start"])) is None
        # (nor one whose other words the article names alone: "kiper [Soton Fraser Forster]"
        # … "Fraser Forster")
        and str(m["text"]).split(" ", 1)[1] not in full_names
    }
    for name, count in full_names.items():
        surnames[name.split()[-1]] += count
        other_names.update(w for w in name.split()[:-1] if len(w) >= 3 and w[:1].isupper())
    # "Perdana Menteri Queensland Annastacia Palaszczuk": right after a title, the tagger may
    # have run the place of the office into the name (not "Ketua MPR Amien Rais" … "kata
    # Amien")
    run_in = {
        str(m["text"]).split()[0]
        for m in found
        if m["label"] == "PER"
        and " " in str(m["text"])
        and title_opening(text, int(m["start"])) is not None
        and str(m["text"]).split()[0] not in lone_people
    }
    for mention in found:
        name = str(mention["text"])
        start = int(mention["start"])
        if (
            mention["label"] == "LOC"
            and len(name.split()) == 2
            and name.split()[-1] in lone_people
            and name.split()[0] not in lone_people
            and _may_open_a_name(name.split()[0], text, gazetteer)
            and _sure_type(name, gazetteer) is None
            and gazetteer.get(tuple(name.lower().split())) is None
            and not _placed(name, text)
        ):
            # "wakil tuan rumah Kodai Naraoka" … "Naraoka bermain sangat sabar": a name the
            # article then takes by its last word for a person is that person
            mention["label"] = "PER"
            continue
        if (
            mention["label"] == "ORG"
            and 2 <= len(name.split()) <= 3
            and name.split()[-1] in lone_people
            and all(w[:1].isupper() and w[1:].islower() for w in name.split())
            and all(_may_open_a_name(w, text, gazetteer) for w in name.split()[:-1])
            and not {w.lower() for w in name.split()} & (ORG_HEADS | ORG_LAST_WORDS)
            and _sure_type(name, gazetteer) is None
            and gazetteer.get(tuple(name.lower().split())) is None
        ):
            # "tutur big man Knicks, Enes Kanter" … "kata Kanter": the article takes the
            # last word alone for a person
            mention["label"] = "PER"
            continue
        if (
            mention["label"] == "ORG"
            and (name in surnames or name in other_names)
            and " " not in name
            and known_type(name) is None
            and gazetteer.get((name.lower(),)) is None
            and (
                quoted_by(text, [(start, int(mention["end"]))])
                # (or a given name of a person the article names in full: "Dyann Kemala
                # Arrizzqi" … "Dyann memang tak mendekam di penjara", "Sheila Marcia" …
                # "Sheila bersama dua rekannya"; not a firm warta knows, "tim Shell
                # Wearables" … "Shell menyajikan", nor a short form, "ELYS Gilkor")
                or (name in given_names and name not in KNOWN_BODY_NAMES and not name.isupper())
            )
        ):
            # "… Multazam Lisendra …" then "ujar Multazam": the tagger's body is the person
            # the article quotes by a part of the name
            mention["label"] = "PER"
            continue
        if (
            mention["label"] != "LOC"
            or (name not in surnames and name not in other_names)
            or (
                _LOCATIVE_BEFORE.search(text, max(0, start - 12), start)
                # (after "ke", a name the article also takes alone for the person, and warta
                # knows as no place for sure, is still the person: "Aliran uang ke Amien")
                and (name not in lone_people or _sure_type(name, gazetteer) is not None)
            )
        ):
            continue
        if name in plain_place_names():
            continue  # a country, province or regency ("Tenun Mamasa" … "warga Mamasa")
        place = known_type(name) == "LOC" or gazetteer.get((name.lower(),)) == "LOC"
        # (a town only geonames holds, which the article quotes someone by: "Menurut Bimo")
        quoted = (
            _sure_type(name, gazetteer) is None
            and not _placed(name, text)
            and quoted_by(text, [(start, int(mention["end"]))])
        )
        if name not in surnames and (
            " " in name
            or (name in run_in and not quoted)
            or (place and name not in lone_people and not quoted)
        ):
            # a given name counts ("Riva Siahaan" … "Selain Riva, penyidik …"); one that is
            # also a place, where the article takes it alone for the person elsewhere
            continue
        if (
            not place
            or surnames[name] >= 2
            or name not in surnames
            # a town the gazetteer took from geonames is no proof ("Demi Moore" … "Moore"),
            # unless the article puts the word where a place stands ("di Jeddah")
            or (_sure_type(name, gazetteer) is None and not _placed(name, text))
        ):
            mention["label"] = "PER"


# First words of Indonesian place names that are no given names ("Pondok Gede", "Tanjung
# Priok", "Muara Angke")
_PLACE_OPENERS = frozenset(
    {"pondok", "kampung", "dusun", "bukit", "tanjung", "teluk", "muara", "ujung", "kali",
     "rawa", "pasir", "batu", "air", "lubuk", "sungai", "padang", "tanah", "kebun", "kebon",
     "cipta"}
)  # fmt: skip
# Heads a place's or body's name may not be cut down to
_LONE_HEADS = LOC_HEADS | ORG_HEADS | VENUE_HEADS | _PLACE_OPENERS


def _may_open_a_name(word: str, text: str, gazetteer: Mapping[tuple[str, ...], str]) -> bool:
    """Whether `word` may be a given name: no head of a place, title or club's first word
    ("Camat", "Deportivo"), no place ("Sulawesi Vixen"), no word the article writes in lower
    case ("Pondok Gandul": "pondok")."""
    low = word.lower()
    return (
        low not in LOC_HEADS | VENUE_HEADS | TITLE_WORDS | CLUB_FIRST_WORDS | _PLACE_OPENERS
        and gazetteer.get((low,)) is None
        and known_type(word) is None
        and word not in plain_place_names()
        and not written_small(word, text)
    )


def _placed(name: str, text: str) -> bool:
    """Whether the article writes `name` right after a word of place ("di Jeddah")."""
    return any(
        _LOCATIVE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)
    )


# The speaker's slot right after a direct quote: '"…," kata Nadia'
_AFTER_A_QUOTE = re.compile(r"[\"”],?[ \t]*(?:kata|ujar|ucap|tutur|tegas|imbuh|jelas)[ \t]+$")


def quoted_towns_are_people(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A one-word name tagged as a place in the speaker's slot after a direct quote (""…,"
    kata Nadia") is that person wherever it is written, when only geonames knows a town by it,
    no longer name holds it ("Real Madrid") and the article never puts it where a place stands
    ("di Nadia")."""
    people: set[str] = set()
    for mention in found:
        name = str(mention["text"])
        if (
            mention["label"] == "LOC"
            and " " not in name
            and name[:1].isupper()
            and not name.isupper()
            and _AFTER_A_QUOTE.search(
                text, max(0, int(mention["start"]) - 16), int(mention["start"])
            )
            and not re.match(r"[ \t]+[A-Z]", text[int(mention["end"]) :])
            and not any(name in str(m["text"]).split() for m in found if " " in str(m["text"]))
            and _sure_type(name, gazetteer) is None
            and name not in plain_place_names()
            and not _placed(name, text)
        ):
            people.add(name)
    for mention in found:
        if mention["label"] == "LOC" and str(mention["text"]) in people:
            mention["label"] = "PER"


# An appositive name set off by commas, then a verb of saying: ", Uka Suska, mengatakan"
_SAYS_AFTER = re.compile(r",[ \t]*([a-z]+)\b")
_CLAUSE_START = re.compile(r"[.!?\n\"“”]\s*|,\s+(?:dan|sedangkan|sementara)\s+")
_PLACE_HEAD_WORDS = LOC_HEADS | VENUE_HEADS
_CUE_THEN_TITLE = re.compile(
    r"(?:kata|ujar|ucap|tutur|jelas|ungkap|imbuh|tegas|terang|papar|tambah|lanjut)[^\S\n]+"
    r"(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _headless_body_or_place(mention: dict[str, Any]) -> bool:
    """Whether a mention is a body or place of two capitalised words or more, none of them a
    head of places or bodies: a name the tagger may have typed wrong."""
    words = str(mention["text"]).split()
    return (
        mention["label"] in ("LOC", "ORG")
        and len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and not any(w.lower() in _PLACE_HEAD_WORDS or w.lower() in ORG_HEADS for w in words)
    )


def speakers_are_people(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A name tagged as a place, set off by commas and followed by a verb of saying, is the
    speaker ("Kepala BPBD Kabupaten Bandung, Uka Suska Puji Utama, mengatakan …"): a person,
    when it has two words or more, no place or body head and is no known name ("…, Jawa
    Barat, mengatakan" stays a place). A name tagged as a body must follow a title too."""
    for mention in found:
        name = str(mention["text"])
        start, end = int(mention["start"]), int(mention["end"])
        if not _headless_body_or_place(mention) or not text[max(0, start - 2) : start].endswith(
            (", ", ",")
        ):
            continue
        clause = _CLAUSE_START.split(text[max(0, start - 200) : start])[-1].strip()
        # '"…," kata Staf Ahli Menteri Komunikasi dan Informasi, Gun Gun Siswadi di Painan':
        # the cue, a title, then the name set off
        cue_title = _CUE_THEN_TITLE.match(clause) if mention["label"] == "ORG" else None
        says = _SAYS_AFTER.match(text, end)
        if cue_title is None and (says is None or says.group(1) not in CORE_SPEECH_VERBS):
            continue
        if known_type(name) is not None or gazetteer.get(tuple(name.lower().split())):
            continue
        if (
            mention["label"] == "ORG"
            and cue_title is None
            and clause.split(" ", 1)[0].lower() not in TITLE_WORDS
        ):
            # a body speaks too ("…, Bank Mandiri, menyatakan"): only after a title
            # ("Kepala Pelaksana BPBD Kabupaten Bandung, Uka Suska Puji Utama, mengatakan")
            continue
        mention["label"] = "PER"
        role = (
            clause[cue_title.end() - len(cue_title.group(0).split()[-1]) :]
            if cue_title
            else (clause if clause.split(" ", 1)[0].lower() in TITLE_WORDS else "")
        )
        role = role.rstrip(" ,")
        if role and not mention.get("role") and len(role.split()) <= 12 and "," not in role:
            mention["role"] = role  # (the tagger's body had none)


def _headless_names(
    found: list[dict[str, Any]], most: int
) -> Iterator[tuple[dict[str, Any], str, int, int]]:
    """(mention, text, start, end) of each body or place of `most` words or fewer that may be
    a person the tagger typed wrong (see `_headless_body_or_place`)."""
    for mention in found:
        name = str(mention["text"])
        if _headless_body_or_place(mention) and len(name.split()) <= most:
            yield mention, name, int(mention["start"]), int(mention["end"])


def names_set_off_after_offices(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A name tagged as a place or body, set off by a comma after an office and closing the
    sentence, is the person who holds it ("… dengan Software Engineer lulusan Universitas
    Carnegie Mellon Amerika Serikat, Imre Nagi."): two or three name-like words, no head of
    a place or body, no name warta or the gazetteer knows."""
    for mention, name, start, end in _headless_names(found, 3):
        if (
            not all(w[:1].isupper() and w[1:2].islower() for w in name.split())
            or not text[max(0, start - 2) : start].endswith((", ", ","))
            or not re.match(r"[ \t]*(?:\.|$|\n)", text[end : end + 2])
            or known_type(name) is not None
            or gazetteer.get(tuple(name.lower().split()))
            or is_known_place(name)
        ):
            continue
        clause = _CLAUSE_START.split(text[max(0, start - 200) : start])[-1].rstrip(" ,")
        clause = clause.rsplit(",", 1)[-1].strip()
        said = clause.split()
        # (a title in lower case too, of the body named right before the comma: "timnas Turki
        # besutan mantan pelatih AC Milan, Fatih Terim.")
        body_before = any(m["label"] == "ORG" and int(m["end"]) == start - 2 for m in found)
        opening = next(
            (
                i
                for i, w in enumerate(said)
                if w.lower() in TITLE_WORDS and (w[:1].isupper() or body_before)
            ),
            None,
        )
        if opening is None:
            continue
        while opening > 0 and said[opening - 1][:1].isupper():
            opening -= 1  # (the capitalised words of the office before: "Software Engineer")
        mention["label"] = "PER"
        role = " ".join(said[opening:])
        if not mention.get("role") and len(role.split()) <= 12:
            mention["role"] = role


# A calling in lower case set off after a name, then a verb of saying: ", dokter di sebuah
# rumah sakit di Sargodha, memaparkan"
_CALLING_SET_OFF_THEN_SAYS = re.compile(
    r",[ \t]+(?P<calling>[a-z]+)(?P<rest>[^,.;!?\n\"“”]{0,80}),[ \t]*(?P<verb>[a-z]+)\b"
)


# An office opening with a capitalised title, set off by commas, then a verb
_TITLE_SET_OFF_THEN_ACTS = re.compile(
    r",[ \t]+(?P<calling>[A-Z][a-z]+|[A-Z]{2,4})(?P<rest>[^,.;!?\n\"“”]{0,80}),[ \t]*"
    r"(?P<verb>(?:me|di|ber|ter)[a-z]{3,})\b"
)


def callings_set_off_name_people(found: list[dict[str, Any]], text: str) -> None:
    """A name tagged as a body or place that opens its sentence, then a calling in lower case
    set off by commas and a verb of saying, is a person with that role ("Pervaiz Haider,
    dokter di sebuah rumah sakit di Sargodha, memaparkan …"): two words or more, no head of a
    place or body, no name warta knows."""
    for mention, name, start, end in _headless_names(found, 4):
        if (
            not all(w[1:2].islower() for w in name.split())
            or not (start == 0 or _SENTENCE_START.search(text, max(0, start - 3), start))
            or known_type(name) is not None
        ):
            continue
        after = _CALLING_SET_OFF_THEN_SAYS.match(text, end)
        titled = _TITLE_SET_OFF_THEN_ACTS.match(text, end) if after is None else None
        if titled is not None and (
            titled.group("calling").lower() not in TITLE_WORDS
            # (a person named in it: "Jawa Barat, Gubernur Ridwan Kamil, mengatakan")
            or any(
                m["label"] == "PER" and titled.start() < int(m["start"]) < titled.end()
                for m in found
            )
        ):
            titled = None
        if titled is not None:
            # "Gao Guangxi, Direktur Kepolisian Chengnan, ditemukan …": an office set off after
            # the name, then what the person did
            mention["label"] = "PER"
            mention["role"] = (titled.group("calling") + titled.group("rest")).strip()
            continue
        if (
            after is None
            or after.group("calling") not in ROLE_OPENING
            or after.group("verb") not in CORE_SPEECH_VERBS
        ):
            continue
        mention["label"] = "PER"
        mention["role"] = (after.group("calling") + after.group("rest")).strip()


# A cue of saying or writing right before a name ("ditulis Caesar Sengupta", "kata …")
_CUE_RIGHT_BEFORE = re.compile(
    r"(?<![\w-])(?:kata|ujar|tutur|ucap|ungkap|tulis|ditulis|dikatakan|disampaikan"
    r"|diungkapkan|dijelaskan|ditegaskan|diutarakan|dituturkan)[ \t]+$"
    # (or any cue that follows a quotation: '"…," sambut Petra Barus, CTO UrbanIndo.')
    r"|[\"”’][ \t]*(?:" + "|".join(sorted(POST_CUES, key=len, reverse=True)) + r")[ \t]+$"
)
# An office set off after the name, up to the next comma ("…, VP, Next Billion Users Team,")
_OFFICE_SET_OFF = re.compile(
    r",[ \t]+(?P<calling>[A-Za-z][\w-]*)(?P<rest>[^,.;!?\n\"“”]{0,60})[,.]"
)


def people_set_off_after_cues(found: list[dict[str, Any]], text: str) -> None:
    """A name tagged as a body, right after a cue of saying or writing and followed by an
    office set off by commas, is the person who said it ("Konfirmasi Google ditulis Caesar
    Sengupta, VP, Next Billion Users Team, …"): two to four name-like words, no head of a
    place or body, no name warta knows."""
    for mention in found:
        name = str(mention["text"])
        start, end = int(mention["start"]), int(mention["end"])
        words = name.split()
        if (
            mention["label"] != "ORG"
            or not _headless_body_or_place(mention)
            or not 2 <= len(words) <= 4
            or not all(w[:1].isupper() and w[1:2].islower() for w in words)
            or known_type(name) is not None
            or not _CUE_RIGHT_BEFORE.search(text, max(0, start - 16), start)
        ):
            continue
        office = _OFFICE_SET_OFF.match(text, end)
        if office is None or office.group("calling").lower() not in TITLE_WORDS:
            continue
        mention["label"] = "PER"
        # (with the body it names: "CTO UrbanIndo")
        mention["role"] = (office.group("calling") + office.group("rest")).strip()


# A quotation closing, then a cue of saying right before a name: '…," lanjut Mertesacker.'
_CUE_AFTER_QUOTATION = re.compile(
    r"[\"”’'][ \t]*(?:kata|ujar|ungkap|lanjut|tutur|ucap|jelas|tambah|imbuh|tegas|terang|tukas"
    r"|pungkas|sambung|papar|tandas|seru|kilah)[ \t]+$"
)
_NAME_WORD_ONLY = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?")
_FIRST_PERSON = re.compile(r"(?i)(?<![\w-])(?:saya|aku|gue|gua|ku)(?![\w-])")


def speakers_after_quotations_are_people(found: list[dict[str, Any]], text: str) -> None:
    """One name word the tagger read as a body, right after a quotation in which someone
    speaks of themself ("saya", "aku") closes and a cue of saying, is the person quoted ('"Saya
    merasa …," lanjut Mertesacker.'), in every mention of it: no short form in capitals, no
    body or club warta knows."""
    speakers = {
        str(m["text"])
        for m in found
        if m["label"] == "ORG"
        and _NAME_WORD_ONLY.fullmatch(str(m["text"]))
        and known_type(str(m["text"])) is None
        and str(m["text"]) not in KNOWN_BODY_NAMES
        and (
            cue := _CUE_AFTER_QUOTATION.search(text, max(0, int(m["start"]) - 16), int(m["start"]))
        )
        # (who speaks of themself: a body says "kami", the paper "Telegraph" says neither)
        and _FIRST_PERSON.search(text[text.rfind("\n", 0, cue.start()) + 1 : cue.start()])
    }
    for mention in found:
        name = str(mention["text"])
        if mention["label"] == "ORG" and (
            # (and the name one letter off: "Mertsacker" of "Mertesacker")
            name in speakers or any(one_letter_off(name, s) for s in speakers)
        ):
            mention["label"] = "PER"


# Name particles written capitalised at a sentence's start ("Van Dijk", "De Bruyne")
_NAME_PARTICLES = frozenset(
    {"van", "von", "de", "del", "della", "der", "den", "di", "da", "dos", "du", "la", "le",
     "al", "el", "bin", "ter", "ten", "mac", "mc", "o", "st", "san", "santa"}
)  # fmt: skip


def _adverb_of_comment(mention: dict[str, Any], text: str, name_words: set[str]) -> bool:
    """ "Lucunya, jersey yang …", "Celakanya, …": a word of "-nya" opening a sentence before
    a comma is the writer's comment on what follows, no one's name; not a word of a name
    the article gives in full, nor one it writes where no sentence opens."""
    name, start = str(mention["text"]), int(mention["start"])
    return (
        mention["label"] == "PER"
        and _COMMENT_ADVERB.fullmatch(name) is not None
        and name not in name_words
        and text.startswith(",", int(mention["end"]))
        and all(
            m.start() == 0 or _SENTENCE_START.search(text, max(0, m.start() - 3), m.start())
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)
        )
        and (start == 0 or _SENTENCE_START.search(text, max(0, start - 3), start) is not None)
    )


# A word of "-nya" with a root of three letters at least: "Lucunya", "Sayangnya"
_COMMENT_ADVERB = re.compile(r"[A-Z][a-z]{2,}nya")


def sentence_openers_are_no_given_names(found: list[dict[str, Any]], text: str) -> None:
    """A word opening a sentence, glued by the tagger before the surname of someone the
    article names in full, is no given name when the article also writes it in lower case:
    "Novel Grafton menampilkan …" (Sue Grafton; "novel"), "Sundulan Kalinic …" (Nikola
    Kalinic; "sundulan"). One word opening a sentence with a demonstrative after it, that
    the article also writes small, is a noun, no one's name ("Beleid itu diteken …")."""
    full = {str(m["text"]) for m in found if m["label"] == "PER" and " " in str(m["text"])}
    name_words = {w for name in full for w in name.split()}
    alone = {str(m["text"]) for m in found if " " not in str(m["text"])}
    found[:] = [
        m
        for m in found
        if not (
            # "Beleid itu diteken Presiden …": a noun with its demonstrative, no one's name
            m["label"] == "PER"
            and " " not in str(m["text"])
            and str(m["text"]) not in name_words
            and (
                int(m["start"]) == 0
                or _SENTENCE_START.search(text, max(0, int(m["start"]) - 3), int(m["start"]))
            )
            and DEMONSTRATIVE_AFTER.match(text, int(m["end"]))
            # (which the article writes small elsewhere: "AHY ini pembawa pesan" is a name)
            and written_small(str(m["text"]), text)
        )
        and not _adverb_of_comment(m, text, name_words)
    ]
    for mention in found:
        name = str(mention["text"])
        words = name.split(" ")
        start = int(mention["start"])
        if (
            mention["label"] == "ORG"
            and len(words) >= 2
            and _NOUN_OF_QUALITY.fullmatch(words[0])
            and is_known_place(name[len(words[0]) + 1 :])
            and (start == 0 or _SENTENCE_START.search(text, max(0, start - 3), start))
        ):
            # "Superioritas Cile tidak lepas dari …": a noun opening the sentence, then a
            # country
            mention.update(
                {"text": name[len(words[0]) + 1 :], "start": start + len(words[0]) + 1,
                 "label": "LOC"}
            )  # fmt: skip
            continue
        if mention["label"] != "PER" or len(words) < 2:
            continue
        first = words[0]
        opens = start == 0 or _SENTENCE_START.search(text, max(0, start - 3), start)
        if first.lower() in _NAME_PARTICLES or not first[:1].isupper() or not opens:
            continue
        rest = name[len(first) + 1 :]
        if (
            " " not in rest
            and rest in alone
            and (_NOUN_OF_QUALITY.fullmatch(first) or first.lower() in _PLAYS | _ASKING | _STANDING)
        ):
            # "Totalitas Sphero rupanya …" … "Sphero kembali mengungkap …": a noun opening
            # the sentence before a name the article writes alone
            mention["text"] = rest
            mention["start"] = start + len(first) + 1
            continue
        # (the rest is a full name the article gives elsewhere, alone or after more words:
        # "Armada Aji Santoso lebih banyak menunggu" … "Pelatih: Aji Santoso")
        if not any(
            f != name and (f == rest or f.lower().endswith(" " + rest.lower())) for f in full
        ):
            continue
        if re.search(r"\b" + re.escape(first.lower()) + r"\b", text) is None and not (
            _NOUN_OF_STATE.fullmatch(first) or first.lower() in _PLAYS | _ASKING | _SQUADS
        ):
            continue  # never written in lower case: a given name ("Sue Grafton")
        mention["text"] = rest
        mention["start"] = start + len(first) + 1


def common_nouns_before_places_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A word the article writes small, read as a given name before a place the article names
    or warta knows, is a common noun of that place: "memperkenalkan Tenun Mamasa" where it
    also writes "kain tenun" and "Mamasa" is a place gives the place, no person. That word
    read alone as a person is no one either."""
    places = {str(m["text"]) for m in found if m["label"] == "LOC"}
    nouns: set[str] = set()
    for mention in found:
        first, _, rest = str(mention["text"]).partition(" ")
        if (
            mention["label"] == "PER"
            and rest
            and first[:1].isupper()
            and first[1:].islower()
            and (rest in places or known_type(rest) == "LOC")
            and written_small(first, text)
        ):
            nouns.add(first)
            mention.update(
                {"text": rest, "start": int(mention["start"]) + len(first) + 1, "label": "LOC"}
            )
            mention.pop("role", None)
    if nouns:
        found[:] = [m for m in found if not (m["label"] == "PER" and m["text"] in nouns)]


def letters_glued_before_names(found: list[dict[str, Any]]) -> None:
    """A capital letter glued before a person's name the article gives elsewhere is no part of
    it (a table's cell run on into the next: "Grup BTontowi Ahmad/Liliyana Natsir" →
    "Tontowi Ahmad")."""
    people = {str(m["text"]) for m in found if m["label"] == "PER"}
    for mention in found:
        name = str(mention["text"])
        if (
            mention["label"] == "PER"
            and len(name) > 3
            and name[0].isupper()
            and name[1].isupper()
            and name[2].islower()
            and name[1:] in people
        ):
            mention["text"] = name[1:]
            mention["start"] = int(mention["start"]) + 1


def remains_open_no_names(found: list[dict[str, Any]], text: str) -> None:
    """What is left of someone, opening a sentence before the name, is no part of it:
    "Arwah Diana muncul di …" → "Diana", "Jasad Fendi Timah ditemukan …" → "Fendi Timah".
    (After the name is found again alone: the fuller reading is what supports "Diana".)"""
    for mention in found:
        words = str(mention["text"]).split(" ")
        start = int(mention["start"])
        if (
            mention["label"] == "PER"
            and len(words) >= 2
            and words[0].lower() in _REMAINS
            and (start == 0 or _SENTENCE_START.search(text, max(0, start - 3), start))
        ):
            mention["start"] = start + len(words[0]) + 1
            mention["text"] = " ".join(words[1:])


_SENTENCE_START = re.compile(r"(?:^|[.!?\n\"“”]\s*)$")
# A demonstrative right after a name: "klub London itu", "mantan pengacara Setya Novanto itu"
DEMONSTRATIVE_AFTER = re.compile(r"[ \t]+(?:itu|ini|tersebut)\b")
# A noun made with ke-…-an or pe-…-an ("Kegeraman", "Kemenangan", "Penampilan"): no given
# name even where the article writes it only once, capitalised
# A player's shots and passes, opening a sentence before the player's surname ("Sundulan Kane
# dari jarak dekat …", "Tendangan Messi …")
_PLAYS = frozenset(
    {"sundulan", "tendangan", "sepakan", "tandukan", "tembakan", "sontekan", "operan", "umpan",
     "lemparan", "pukulan", "smes", "servis", "gol", "assist", "aksi", "penalti", "lesakan",
     "gocekan", "tusukan", "sapuan", "tepisan", "cungkilan", "tekel"}
)  # fmt: skip
# What is left of someone, opening a sentence before the name ("Arwah Diana muncul di …",
# "Jenazah Budi dimakamkan …")
_REMAINS = frozenset({"arwah", "hantu", "roh", "jenazah", "jasad", "mayat", "jenasah"})
# Someone's standing or fortune, opening a sentence before the name ("Pamor Egy kembali
# disorot", "Nasib Sanchez kini …")
_STANDING = frozenset({"pamor", "kiprah", "nasib", "sosok", "reputasi", "karier", "karir"})
# A coach's or leader's men, opening a sentence before his name ("Armada Aji Santoso lebih
# banyak menunggu …")
_SQUADS = frozenset({"armada", "pasukan", "skuad", "skuat", "punggawa", "penggawa"})
# Questions with "-kah" opening a sentence before a surname ("Benarkah Navas tak menjadi
# prioritas …?")
_ASKING = frozenset(
    {"benarkah", "apakah", "siapakah", "mampukah", "bisakah", "akankah", "haruskah",
     "sanggupkah", "mungkinkah", "perlukah", "pantaskah", "layakkah", "adakah", "sudahkah",
     "masihkah", "bukankah", "dapatkah", "maukah", "beranikah", "relakah"}
)  # fmt: skip
# Nouns of quality borrowed with "-itas" ("Totalitas", "Kualitas", "Popularitas"), not a
# body's head ("Universitas", "Komunitas", "Otoritas")
_NOUN_OF_QUALITY = re.compile(r"(?!Universitas|Komunitas|Otoritas)[A-Z][a-z]{3,}itas")
_NOUN_OF_STATE = re.compile(r"(?:Ke|Pe[nmr]?|Pem|Peng|Peny)[a-z]{4,}an")
