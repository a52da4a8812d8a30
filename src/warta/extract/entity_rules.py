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
from collections.abc import Mapping
from itertools import groupby
from typing import Any

from warta.extract.canonical import PEOPLE_ALIAS_FORMS, canonical_name
from warta.extract.ner.lexicon import ROLE_WORDS
from warta.extract.ner.policy import AMBIGUOUS_ORGS
from warta.extract.tokenize import headline_end

__all__ = [
    "bracketed_aliases",
    "clubs_in_sports_news",
    "glued_bodies",
    "institutions_are_bodies",
    "known_names_keep_their_type",
    "news_sites",
    "no_bare_titles",
    "no_lower_case_names",
    "one_type_per_entity",
    "places_are_not_people",
    "places_in_capitals",
    "short_forms_of_people",
    "split_headline_names",
    "split_venue_and_city",
]


def places_in_capitals(
    found: list[dict[str, Any]], gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    # "NEW YORK", "JAKARTA" of a dateline: a place the gazetteer knows, named as news writes it
    for mention in found:
        name = str(mention["canonical"])
        if (
            mention["label"] == "LOC"
            and name.isupper()
            and len(name) > 3
            and gazetteer.get(tuple(name.lower().split())) == "LOC"
        ):
            mention["canonical"] = canonical_name(name.title())


def glued_bodies(found: list[dict[str, Any]], known: Mapping[tuple[str, ...], str]) -> None:
    # "Cashlez Teddy Setiawan", "Aji Arema": the tagger glued a body the article names alone
    # elsewhere (as ORG) to a person's name; the body splits off when a name of at least
    # one word remains
    # (a body the article names as an organisation at least twice)
    counts = Counter(str(m["text"]).lower() for m in found if m["label"] == "ORG")
    bodies = {b for b, n in counts.items() if n >= 2}
    if not bodies:
        return
    out: list[dict[str, Any]] = []
    for mention in found:
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        cut = None
        if mention["label"] == "PER" and len(words) >= 2:
            for size in range(min(3, len(words) - 1), 0, -1):
                lead = " ".join(w for w, _ in words[:size]).lower()
                tail = " ".join(w for w, _ in words[-size:]).lower()
                if lead in bodies and len(words) - size >= 2:
                    cut = ("lead", size)
                    break
                if (
                    tail in bodies
                    and (known.get(tuple(tail.split())) == "ORG" or tail in _CLUBS)
                    and words[0][0].lower() not in ROLE_WORDS
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


# A title or calling alone ("Konsul", "Koki") is nobody's name.
_BARE_TITLES = ROLE_WORDS | {"koki", "chef", "pelatih", "wasit", "kiper", "bek", "striker"}


def no_bare_titles(found: list[dict[str, Any]]) -> None:
    found[:] = [
        m
        for m in found
        if not (m["label"] == "PER" and str(m["text"]).lower().rstrip(".") in _BARE_TITLES)
    ]


# Heads that make a name an institution's whatever the tagger thought ("Pengadilan Negeri
# Jakarta Utara", "RS Kramat Jati", "Polres Cilacap"): warta's policy types them ORG
_INSTITUTION_HEADS = frozenset(
    {"pengadilan", "mahkamah", "kejaksaan", "kejari", "kejati", "rs", "rsud", "rsup", "rspad",
     "universitas", "institut", "politeknik", "akademi", "polda", "polres", "polresta",
     "polrestabes", "polsek", "kodim", "korem", "kodam", "lantamal", "lanud", "dinas",
     "badan", "kementerian", "komisi", "partai", "bank", "pt", "yayasan", "lembaga", "dprd",
     "pemkab", "pemkot", "pemprov", "sekretariat", "direktorat", "satgas", "kepolisian",
     "fakultas"}
)  # fmt: skip


def institutions_are_bodies(found: list[dict[str, Any]]) -> None:
    for mention in found:
        words = str(mention["text"]).lower().split()
        if (
            mention["label"] == "LOC"
            and len(words) >= 2
            and (words[0] in _INSTITUTION_HEADS or words[:2] == ["rumah", "sakit"])
        ):
            mention["label"] = "ORG"


# Heads of a venue's name: a city written after the venue is a place of its own ("Istana
# Merdeka Jakarta", "Staples Center Los Angeles")
_VENUE_HEADS = frozenset(
    {"istana", "stadion", "gedung", "aula", "hotel", "sirkuit", "bandara", "masjid", "gereja",
     "pura", "vihara", "klenteng", "balai", "pendopo", "alun-alun", "lapangan", "taman",
     "museum", "monumen", "gelanggang", "arena", "plaza", "mall", "mal", "pasar", "terminal",
     "stasiun", "pelabuhan", "jembatan", "kampus", "rumah", "wisma", "graha", "convention",
     "center", "centre", "hall", "stadium", "square", "garden", "gardens"}
)  # fmt: skip


def split_venue_and_city(
    found: list[dict[str, Any]], gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    out: list[dict[str, Any]] = []
    for mention in found:
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        lows = [w.lower() for w, _ in words]
        split = None
        if mention["label"] == "LOC" and len(words) >= 3 and (set(lows[:-1]) & _VENUE_HEADS):
            for size in (2, 1):
                if len(words) - size >= 2 and gazetteer.get(tuple(lows[-size:])) == "LOC":
                    split = len(words) - size
                    break
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
     "penalti", "tandang", "kandang", "stadion", "suporter", "winger", "bertanding"}
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
     "sriwijaya", "pss", "psis", "bali united", "madura united", "borneo fc", "barito putera"}
)  # fmt: skip


def clubs_in_sports_news(found: list[dict[str, Any]], text: str) -> None:
    # (after the one-type vote: the gazetteer knows "Barcelona" as the city)
    words = set(re.findall(r"[a-z]+", text.lower()))
    if len(words & _SPORTS_WORDS) < 4:
        return
    for mention in found:
        name = str(mention.get("canonical") or mention["text"]).lower()
        if mention["label"] == "LOC" and name in _CLUBS:
            mention["label"] = "ORG"


# News sites named as a source ("Dilansir Merdeka.com", "JUARA.net")
_SITE = re.compile(
    r"\b[A-Z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|id|co\.id|co|org|tv|news)\b"
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


_CASED_WORD = re.compile(r"\b[A-Z][a-z]")
_BRACKETED = re.compile(r"[ \t]*\(([^()\n]{1,40})\)")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&-]{1,11}")


# Products and platforms news names like companies, and legal forms alone ("(Persero)"):
# no organisation, person or place
_NOT_ENTITIES = frozenset(
    {"android", "ios", "iphone", "ipad", "ipod", "macbook", "imac", "windows", "macos",
     "playstation", "xbox", "whatsapp web", "apple watch", "galaxy", "pixel", "chromebook",
     "persero", "tbk", "pt", "cv",
     # competitions and events
     "motogp", "moto2", "moto3", "formula 1", "f1", "formula e", "liga 1", "liga 2",
     "liga champions", "liga europa", "liga inggris", "liga spanyol", "liga italia",
     "serie a", "la liga", "premier league", "liga primer", "bundesliga", "ligue 1",
     "piala dunia", "piala fa", "piala aff", "piala asia", "sea games", "asian games",
     "olimpiade", "pilkada", "pilpres", "pileg", "pemilu", "pilgub", "pilbup", "piala oscar",
     "oscar", "grammy", "grammy awards", "golden globe", "golden globes"}
)  # fmt: skip


def no_lower_case_names(found: list[dict[str, Any]], text: str) -> None:
    # In a text written with capitals, a name written without any ("manik", "asa") is a
    # word the tagger misread; in a text in lower case throughout, names are lower case too.
    # Product names ("Android", "iPhone") are no entities either.
    found[:] = [m for m in found if str(m["text"]).lower() not in _NOT_ENTITIES]
    if len(_CASED_WORD.findall(text)) < 3:
        return
    found[:] = [m for m in found if any(ch.isupper() for ch in str(m["text"]))]


def _initials_fit(acronym: str, name: str) -> bool:
    """Whether `acronym` can abbreviate `name`: its letters appear in order in the name, the
    first one opening it ("IPB" of "Institut Pertanian Bogor", "Kemenkeu" of "Kementerian
    Keuangan"; not "ANTARA" of "Jakarta")."""
    letters = [ch for ch in acronym.lower() if ch.isalnum()]
    full = name.lower()
    if not letters or not full or letters[0] != full[0]:
        return False
    at = 0
    for ch in letters:
        at = full.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


def bracketed_aliases(found: list[dict[str, Any]], text: str) -> dict[str, str]:
    """Short forms an article defines in brackets right after a name: "Institut Pertanian
    Bogor (IPB)", "Basuki Tjahaja Purnama (Ahok)". Each maps to the full name, and a short
    form the tagger missed inside the brackets becomes a mention of the same type."""
    aliases: dict[str, str] = {}
    starts = {int(m["start"]) for m in found}
    added: list[dict[str, Any]] = []
    for mention in found:
        match = _BRACKETED.match(text, int(mention["end"]))
        if match is None:
            continue
        short = match.group(1).strip()
        full = str(mention["text"])
        label = mention["label"]
        if label == "PER":
            ok = (
                " " not in short
                and short[:1].isupper()
                and short.isalpha()
                and short.lower() not in full.lower().split()
            )
        else:
            ok = (
                _ACRONYM.fullmatch(short) is not None
                and sum(ch.isupper() for ch in short) >= 2
                and len(short) < len(full)
                and _initials_fit(short, full)
            )
        if not ok:
            continue
        aliases.setdefault(short, full)
        at = match.start(1) + match.group(1).index(short)
        if at not in starts:
            added.append({"text": short, "label": label, "start": at, "end": at + len(short)})
            starts.add(at)
    if added:
        found.extend(added)
        found.sort(key=lambda m: int(m["start"]))
    return aliases


def short_forms_of_people(
    found: list[dict[str, Any]], gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    # "Essien" tagged ORG in an article about "Michael Essien": one word that ends a person's
    # name the article gives in full is that person, unless the gazetteer knows the word as a
    # place or body (a first word proves less: places glue on before names, "Sambas Atbah …")
    edges = {
        str(m["text"]).split()[-1].lower()
        for m in found
        if m["label"] == "PER" and " " in str(m["text"])
    }
    for mention in found:
        word = str(mention["text"])
        if mention["label"] != "PER" and word in PEOPLE_ALIAS_FORMS:
            mention["label"] = "PER"  # "Aher", "Jokowi": known short names of people
            continue
        if (
            mention["label"] != "PER"
            and " " not in word
            and word.lower() in edges
            and (word.lower(),) not in gazetteer
            and not word.isupper()
        ):
            mention["label"] = "PER"


def one_type_per_entity(
    found: list[dict[str, Any]], gazetteer: Mapping[tuple[str, ...], str] | None = None
) -> None:
    # One entity, one type in an article: "Napoli" tagged ORG four times and LOC once is the
    # club each time (the most frequent type wins; on a tie, the first mention's). A
    # canonical name the gazetteer knows ("PBB") keeps the gazetteer's type, unless the
    # article speaks of it as a person.
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    first: dict[str, str] = {}
    for mention in found:
        votes[str(mention["canonical"])][str(mention["label"])] += 1
        first.setdefault(str(mention["canonical"]), str(mention["label"]))
    known = gazetteer or {}
    for mention in found:
        canonical = str(mention["canonical"])
        count = votes[canonical]
        kind = known.get(tuple(canonical.lower().split()))
        if kind is not None and "PER" not in count and mention["label"] != kind:
            mention["label"] = kind
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


def split_headline_names(found: list[dict[str, Any]], text: str) -> None:
    # A title-case headline capitalises its verbs, and the tagger glues them to the names
    # around ("Sinner Kalahkan Alcaraz"): a headline PER span keeps only runs of words that
    # some person named in the body also has ("Sinner" of "Jannik Sinner"), when the body
    # names people at all.
    end = headline_end(text)
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
        for named, group in groupby(words, key=lambda w: w[0].lower() in body_words):
            run = list(group)
            if named:
                start = mention["start"] + run[0][1]
                stop = mention["start"] + run[-1][1] + len(run[-1][0])
                out.append({"text": text[start:stop], "label": "PER", "start": start, "end": stop})
    found[:] = out


def places_are_not_people(
    found: list[dict[str, Any]], gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    # A lone word tagged PER that is a known place ("Rusia", "Moskow") is the place, and a
    # known body ("Kremlin", "Gedung Putih") is the body, unless the document names a person
    # with that word in it ("Michael Jordan" … "Jordan"); ambiguous bodies ("Mandiri") stay.
    name_words = {
        w.lower() for m in found if m["label"] == "PER" for w in str(m["text"]).split()[1:]
    } | {w.lower() for m in found if m["label"] == "PER" for w in str(m["text"]).split()[:-1]}
    for mention in found:
        text = str(mention["text"])
        if mention["label"] != "PER" or text.lower() in name_words:
            continue
        kind = gazetteer.get(tuple(text.lower().split()))
        if kind == "LOC" and " " not in text:
            mention["label"] = "LOC"
            mention.pop("role", None)
        elif kind == "ORG" and text.lower() not in AMBIGUOUS_ORGS:
            # "bahwa Kremlin telah memerintahkan": the hand-made list of bodies is sure
            mention["label"] = "ORG"
            mention.pop("role", None)


def known_names_keep_their_type(
    found: list[dict[str, Any]], gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    # One policy for names the gazetteer knows: "Gedung Putih" is always ORG, "Rusia" always
    # LOC (places that act, GPE-like, stay places), whatever the sentence suggested.
    for mention in found:
        kind = gazetteer.get(tuple(str(mention["text"]).lower().split()))
        if kind is not None and mention["label"] != "PER" and mention["label"] != kind:
            mention["label"] = kind
