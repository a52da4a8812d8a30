"""Works and groups, told apart by the noun news names them with.

- A film, show, song, album, book or game is no entity ("serial The Sopranos", "lagu '
  Despacito '", "film berjudul Dilan"), nor are its other mentions in the article. A person
  after the noun is its maker ("lagu Raisa", "film Garin Nugroho") and stays, unless the
  title is quoted or introduced ("berjudul"); a country is the work's ("film Indonesia").
- An acronym the article spells out in lower case is a term, no name: "demam berdarah
  dengue (DBD)", "pedagang kaki lima (PKL)", "aparatur sipil negara (ASN)".
- A band or group is an organisation ("band Radiohead", "grup idola Wanna One", "personel
  SHINee"), in all its mentions in the article.

Like the rules in `entity_rules`, each takes the article's mentions (dicts with text, label,
start, end; offsets into the clean text) and changes them in place.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from warta.extract.body_names import KNOWN_BODY_NAMES
from warta.extract.canonical import CLUB_NAMES, is_country, known_type
from warta.extract.ner.lexicon import OFFICE_TITLES, ROLE_WORDS
from warta.extract.quotes.speakers import is_known_place

__all__ = [
    "features_are_no_entities",
    "french_named_things_are_no_people",
    "groups_are_bodies",
    "i_products_are_no_people",
    "lettered_models_are_no_entities",
    "nominees_works_are_no_entities",
    "numbered_products_are_their_makers",
    "products_are_no_entities",
    "products_are_their_makers",
    "spelled_by_prefixes",
    "terms_are_no_entities",
    "vehicles_are_no_entities",
    "works_are_no_entities",
]

# Nouns that name a work, with an optional word of its kind ("film laga", "serial TV", "lagu
# terbaru") and an optional opening quote; then the title
_WORK_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<titled>berjudul|bertajuk|judul|membintangi)|film|filmnya|serial|sinetron|episode"
    r"|sekuel|prekuel|trilogi|franchise|waralaba|gim|game|musikal"
    r"|(?P<sung>pelantun|penyanyi lagu)"
    r"|(?P<made>lagu|lagunya|single|singel|album|albumnya|tembang|novel|buku|komik|drama"
    r"|video musik|video klip|klip video|video clip))"
    r"(?:[ \t]+(?:laga|horor|animasi|dokumenter|terbaru|terbarunya|anyar|hits|populer|lawas"
    r"|televisi|tv|TV|komedi|pendek|fiksi|superhero|pahlawan super|remake|garapan ulang"
    r"|baru|klasik|legendaris|berjudul|bertajuk|kartun|Hollywood|Korea|Jepang))?"
    r"[ \t]+[\"'‘“]?[ \t]*$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"'‘“][ \t]*$")
# Who made or sings a work, named after its title
_MAKER_AFTER = re.compile(
    r"[\"'’”]?[ \t]*,?[ \t]*(?:milik|karya|ciptaan|gubahan|garapan|besutan|yang (?:dinyanyikan|"
    r"dibawakan|dipopulerkan|ditulis|diciptakan|dirilis|digarap))\b"
)
# The rest of a title after its first words: capitalised words and the small words of
# English and Indonesian titles ("Run the World", "Cinta di Ujung Jalan")
_TITLE_GOES_ON = re.compile(
    r"(?:[ \t]+(?:[A-Z0-9][\w'’&!?.-]*|the|of|a|an|in|on|to|and|for|my|me|you|your|is|it|at"
    r"|dan|di|ke|yang|untuk|dari))*"
)


def _maker_after(text: str, end: int) -> bool:
    """Whether the maker follows the title that the mention at `end` opens or is: "lagu One
    Dance milik Drake", "lagu [Who] Run the World milik Beyonce"."""
    rest = _TITLE_GOES_ON.match(text, end)
    return bool(
        _MAKER_AFTER.match(text, end) or (rest is not None and _MAKER_AFTER.match(text, rest.end()))
    )


# A work set off by a comma after its noun and which of the maker's it is ("album debutnya,
# Pure Heroine", "single terbarunya, 'Havana'"; not a clause's end: "sebelum merilis album
# baru, Avril memilih …")
_WORK_SET_OFF = re.compile(
    r"(?<![\w-])(?:lagu|single|singel|album|mini[ \t]+album|film|novel|buku|serial)"
    r"(?:[ \t]+(?:debut|kedua|ketiga|keempat|kelima|pertama|terbaru|baru|perdana|solo"
    r"|terakhir|anyar))*[ \t]+(?:debut|kedua|ketiga|keempat|kelima|pertama|terbaru|baru|perdana"
    r"|solo|terakhir|anyar)nya,[ \t]+[\"'‘“]?[ \t]*$",
    re.IGNORECASE,
)
# The lead single set off after its noun ("lagu andalan dari album itu, Ko Ko Bop"): a work,
# whatever the sentence goes on with
_LEAD_SINGLE_SET_OFF = re.compile(
    r"(?<![\w-])(?:lagu|single|singel)[ \t]+(?:andalan|utama)(?:nya)?"
    r"(?:[ \t]+(?:dari|di)[ \t]+album(?:[ \t]+(?:itu|ini|tersebut))?)?,[ \t]+[\"'‘“]?[ \t]*$",
    re.IGNORECASE,
)
# What only a work is, said right after its name: set off as a series, film or album, or
# starring someone ("Stained, serial drama televisi lainnya", "Stained akan dibintangi")
_WORK_NOUN_AFTER = re.compile(
    r"(?:,[ \t]+(?:sebuah[ \t]+)?(?:serial[ \t]+(?:drama|televisi|TV|tv|animasi|komedi)"
    r"|sinetron|drama[ \t]+(?:televisi|TV|tv|seri|Korea|musikal))\b"
    r"|[ \t]+(?:akan[ \t]+|juga[ \t]+)?dibintangi\b)"
)
# Words that open a phrase set off before the sentence's subject ("Selain Pitt, film …")
_FRONTED_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:selain|seperti|bersama|dengan|setelah|sebelum|bagi|menurut|kata)[ \t]+$"
)
# A word written small after the name that goes on with a sentence it is the subject of
# ("…, Raisa banyak menulis", "…, Reza Rahadian berperan"), not with a title's aside
_CLAUSE_GOES_ON = re.compile(
    r"[ \t]+(?!(?:yang|pada|di|ke|dari|dan|serta|atau|itu|ini|tersebut|tahun|sejak|dengan"
    r"|bersama|hingga|sampai|pun|karya|milik|garapan|arahan|produksi|rilisan)\b)[a-z]"
)
# A genre between the noun and the name makes the name a title, even a person-like one
# ("film komedi Bodied"); "film terbaru Garin Nugroho" is still his
_GENRE_BEFORE = re.compile(
    r"(?<![\w-])(?:film|serial|sinetron|gim|game)[ \t]+(?:laga|horor|animasi|dokumenter"
    r"|komedi|fiksi|superhero|kartun|thriller|romantis|biopik)[ \t]+[\"'‘“]?[ \t]*$",
    re.IGNORECASE,
)
# Works listed after their noun: "game legendaris pun dirilis, seperti Super Mario, The
# Legend of Zelda dan Mario Kart", "Tiga film itu … adalah A, B dan C"
_LIST_OF_WORKS = re.compile(
    r"(?<![\w-])(?:film|film-film|serial|sinetron|gim|game|lagu|lagu-lagu|album|novel|buku)"
    r"\b(?P<between>[^.\n]{0,45}?)\b(?:seperti|yaitu|yakni|antara lain|adalah|di antaranya)"
    r"[ \t]*:?[ \t]+",
    re.IGNORECASE,
)
# Words that say the list is of people or companies ("film yang dibintangi aktor seperti …",
# "para penyanyi … di tangga lagu seperti …", "game BMX, brand seperti Red Bull")
_NOT_WORKS_BETWEEN = re.compile(
    r"\b(?:dibintangi|bintang|aktor|aktris|pemain|pemeran|sutradara|penyanyi|musisi|karya"
    r"|garapan|penulis|produser|sineas|band|grup|idola|artis|selebriti|rapper|tangga|brand"
    r"|merek|perusahaan|pengembang|developer|studio|penerbit|platform|produsen|tim|klub)\b",
    re.IGNORECASE,
)
# Verbs of making or performing works, which make a list after them one of works
_MAKING_WORKS = re.compile(
    r"\b(?:merilis|dirilis|meluncurkan|membawakan|bawakan|menyanyikan|menggarap|membintangi"
    r"|berkarya|menulis|menyutradarai|memproduksi|menciptakan|mengeluarkan|menelurkan)\b",
    re.IGNORECASE,
)
_LIST_GLUE = re.compile(r"[ \t]*(?:,[ \t]*(?:dan[ \t]+)?|[ \t]+dan[ \t]+|[ \t]+serta[ \t]+)")


def _listed_works(found: list[dict[str, Any]], text: str) -> set[int]:
    """ids of the mentions that a list of works after its noun holds."""
    listed: set[int] = set()
    by_start = {int(m["start"]): m for m in found}
    for match in _LIST_OF_WORKS.finditer(text):
        # (the sentence so far: "para penyanyi … di tangga lagu 2017 seperti BTS, EXO"; not
        # a word far before a verb of making the works, "penyanyi asal negeri Kiwi ini telah
        # merilis empat lagu, yaitu Green Light, …")
        opening = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()))
        near = max(opening + 1, match.start() - 30)
        if _NOT_WORKS_BETWEEN.search(text, near, match.end()):
            continue
        before = list(_NOT_WORKS_BETWEEN.finditer(text, opening + 1, near))
        if before and not _MAKING_WORKS.search(text, before[-1].end(), match.start()):
            continue
        at = match.end()
        while True:
            mention = by_start.get(at)
            if mention is not None:
                listed.add(id(mention))
                end = int(mention["end"])
            elif (untagged := _UNTAGGED_ITEM.match(text, at)) is not None:
                end = untagged.end()  # (an item the tagger left: "Green Light, Liability, …")
            else:
                break
            glue = _LIST_GLUE.match(text, end)
            if glue is None:
                break
            at = glue.end()
    return listed


# A capitalised item of a list that the tagger left untagged
_UNTAGGED_ITEM = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}(?![\w'’-])")


# The rest of an English publication's title after a name in it: "(East Asia) and Pacific
# Economic Update", "(World) Economic Outlook", "(Asian) Development Outlook"
_PUBLICATION_REST = re.compile(
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|and|of|the|&)){0,5}[ \t]+(?:Update|Outlook|Report|Review|"
    r"Survey|Index|Monitor|Prospects|Yearbook)\b"
)


def _in_a_publication_title(mention: dict[str, Any], text: str) -> bool:
    return _PUBLICATION_REST.match(text, int(mention["end"])) is not None


_CLOSING_QUOTE = re.compile(r"[\"'’”]")


def _quoted_title(text: str, start: int) -> str:
    """The whole title quoted around the mention at `start`, when it has three words or more
    and closes within 100 characters; "" otherwise."""
    close = _CLOSING_QUOTE.search(text, start, min(len(text), start + 100))
    if close is None:
        return ""
    title = text[start : close.start()].strip()
    return title if len(title.split()) >= 3 and "\n" not in title else ""


# A year in brackets right after a title: "Trainwreck (2015)"
_YEAR_AFTER = re.compile(r"[ \t]*\((?:19|20)\d\d\)")


def _dated_work(mention: dict[str, Any], text: str) -> bool:
    """ "terlibat dalam King: Skull Island (2017) bersama Tom Hiddleston dan Trainwreck
    (2015)": a name the article writes only with the year of its release after it is a
    work, not a person or a body (a known body keeps its name, "Persija (1928)", and a
    person their title, "Presiden Soeharto (1998)")."""
    name = str(mention["text"])
    if (
        mention["label"] == "LOC"
        or mention.get("role")  # "Presiden Soeharto (1998)": a titled person
        or name in KNOWN_BODY_NAMES
        or known_type(name) is not None
    ):
        return False
    spots = [m.end() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
    if not spots or not all(_YEAR_AFTER.match(text, end) for end in spots):
        return False
    # (in a sentence about works, or closing a longer title: "The Curious Case of [Benjamin
    # Button] (2008)"; not a year of a prize or a source, "Kevin Durant (2014)", "data
    # Jambeck (2015)")
    start = int(mention["start"])
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return bool(
        _WORK_WORDS.search(text, opening, start)
        or re.search(r"[A-Z][\w'’]*[ \t]+(?:of|the|and|&)[ \t]+$", text[max(0, start - 40) : start])
    )


_WORK_WORDS = re.compile(
    r"\b(?:film|filmnya|album|albumnya|lagu|single|novel|buku|serial|drama|game|gim|judul|"
    r"membintangi|dibintangi|bermain|berperan|terlibat|tampil|merilis|dirilis)\b",
    re.IGNORECASE,
)


def _said_twice(name: str) -> bool:
    words = name.lower().split()
    return len(words) >= 2 and len(set(words)) < len(words)


_LEAD_SINGLE_NAMED = re.compile(
    r"(?i:(?<![\w-])(?:lagu|single|singel)[ \t]+(?:andalan|utama)(?:nya)?"
    r"(?:[ \t]+(?:dari|di)[ \t]+album(?:[ \t]+(?:itu|ini|tersebut))?)?,[ \t]+)"
    r"(?P<title>[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,4})"
)


# A work's noun the tagger took into the title, at a sentence's start ("Serial House of Cards
# dilaporkan …")
_WORK_NOUNS_OPENING = frozenset({"Serial", "Sinetron", "Film", "Novel", "Lagu", "Album"})


def _without_work_noun(mention: dict[str, Any]) -> dict[str, Any]:
    """The mention without the work's noun that opens it: the noun then stands before the
    title, as the rules below read it."""
    noun, _, rest = str(mention["text"]).partition(" ")
    # (a person's name may open on such a word: "Novel Baswedan")
    if mention["label"] == "PER" or noun not in _WORK_NOUNS_OPENING or not rest[:1].isupper():
        return mention
    start = int(mention["start"]) + len(noun) + 1
    return {**mention, "text": rest, "start": start}


def works_are_no_entities(found: list[dict[str, Any]], text: str) -> None:
    found[:] = [
        _without_work_noun(m)
        for m in found
        if not _in_a_publication_title(m, text) and not _dated_work(m, text)
    ]
    titles: set[str] = set()
    set_off: set[str] = set()
    whole_titles: set[str] = set()
    dropped: list[dict[str, Any]] = []
    listed = _listed_works(found, text)
    for mention in found:
        name = str(mention["text"])
        place = mention["label"] == "LOC"
        if (
            name in KNOWN_BODY_NAMES
            or (place and (" " not in name or is_known_place(name)))
            or is_country(name)
        ):
            # "film Disney", "film Indonesia": the studio's, the country's film (a name of
            # several words no place list knows is the title: "film Shanghai Noon 2")
            continue
        start = int(mention["start"])
        if not place and (
            id(mention) in listed or _GENRE_BEFORE.search(text, max(0, start - 30), start)
        ):
            dropped.append(mention)
            if mention["label"] != "PER":
                titles.add(name)
            continue
        if (
            _WORK_SET_OFF.search(text, max(0, start - 50), start)
            and not _CLAUSE_GOES_ON.match(text, int(mention["end"]))
        ) or _LEAD_SINGLE_SET_OFF.search(text, max(0, start - 50), start):
            # "album debutnya, Pure Heroine": the work set off after its noun (not the
            # subject after a clause that ends there: "Di album keduanya, Raisa menulis …")
            dropped.append(mention)
            if mention["label"] != "PER":
                titles.add(name)
            continue
        if _WORK_NOUN_AFTER.match(text, int(mention["end"])) and not _FRONTED_BEFORE.search(
            text, max(0, start - 12), start
        ):
            # "Fox juga tengah menyiapkan Stained, serial drama televisi lainnya …", "Stained
            # akan dibintangi oleh …": a work by what is said of it, wherever it is named
            dropped.append(mention)
            set_off.add(name)
            continue
        cue = _WORK_BEFORE.search(text, max(0, start - 40), start)
        if cue is None:
            continue
        quoted = _QUOTED.search(text, max(0, start - 3), start) is not None
        if (
            cue.group("titled")
            # ("konser pelantun Hysteria itu": the singer of the song, which is no one)
            or cue.group("sung")
            or quoted
            or _maker_after(text, int(mention["end"]))
            # (or a word said twice, no one's name: "lagu Swish Swish")
            or _said_twice(name)
        ):
            # (or the maker named after it: "lagu One Dance milik Drake", "novel Laskar
            # Pelangi karya Andrea Hirata")
            dropped.append(mention)  # "album dengan judul Miley Cyrus & Her Dead Petz"
            if mention["label"] != "PER":
                titles.add(name)
            if quoted:
                whole_titles.add(_quoted_title(text, start))
        elif mention["label"] != "PER" and (not cue.group("made") or place):
            # (a place of several words no list knows makes no song: "video musik Galway Girl")
            # a maker stays: "lagu Raisa", "album BTS", "film Garin Nugroho"
            titles.add(name)
    # (the lead single named after its noun, tagged there or not: "lagu andalan dari album
    # itu, Ko Ko Bop dituding …" … "Ko Ko Bop menerima …")
    for lead in _LEAD_SINGLE_NAMED.finditer(text):
        titles.add(lead.group("title"))
    # a title of several words quoted after its noun holds no entity wherever the article
    # writes it again ("film ' Marlina Si Pembunuh dalam Empat Babak '" … "' Marlina Si
    # Pembunuh dalam Empat Babak ' juga mampu …")
    for title in whole_titles - {""}:
        for again in re.finditer(re.escape(title), text, re.IGNORECASE):
            # (quoted again, or after a work's noun; unmarked, a name of one word is the
            # name: "Buku ' Habibie dan Ainun ' laris. Habibie dan Ainun menikah …")
            marked = (
                _QUOTED.search(text, max(0, again.start() - 3), again.start()) is not None
                or _WORK_BEFORE.search(text, max(0, again.start() - 40), again.start()) is not None
            )
            dropped.extend(
                m
                for m in found
                if again.start() <= int(m["start"])
                and int(m["end"]) <= again.end()
                and (marked or " " in str(m["text"]).strip())
            )
    if titles or dropped:
        gone = {id(m) for m in dropped}
        # (written again with other capitals: "House Of Cards")
        titles = {t.lower() for t in titles}
        found[:] = [
            m for m in found
            if id(m) not in gone
            and not (str(m["text"]).lower() in titles and m["label"] != "PER")
            and str(m["text"]) not in set_off
        ]  # fmt: skip


# Nouns that name a band or group ("band heavy metal Iron Maiden", "grup idola Wanna One")
_GROUP_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<member>personel|vokalis|gitaris|bassis|basis|drummer|penabuh drum"
    r"|kibordis|keyboardis)|band|grup band|grup musik|grup vokal|grup idola"
    r"|grup idol|grup lawak|grup K-?pop|boyband|boy band|boygroup|boy group|girlband"
    r"|girl band|girl group|girlgroup)"
    r"(?:[ \t]+(?:rock|pop|metal|heavy metal|indie|punk|jazz|legendaris|kenamaan))?"
    # (where it comes from, set off before the name: "Grup band asal Yogyakarta, Senandung
    # Senja")
    r"(?:[ \t]+asal[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?[ \t]*,)?"
    r"[ \t]+[\"'‘“]?[ \t]*$",
    re.IGNORECASE,
)


def groups_are_bodies(found: list[dict[str, Any]], text: str) -> None:
    groups: set[str] = set()
    for index, mention in enumerate(found):
        start = int(mention["start"])
        cue = _GROUP_BEFORE.search(text, max(0, start - 60), start)
        if cue is None or mention["label"] == "LOC" or is_country(str(mention["text"])):
            continue
        if cue.group("member") and mention["label"] == "PER":
            # "personel SHINee Taemin": a group, then its member; "personel Budi": a person
            following = found[index + 1] if index + 1 < len(found) else None
            joined = (
                following is not None
                and following["label"] == "PER"
                and (text[int(mention["end"]) : int(following["start"])].strip() in {"", ","})
                # (a player's calling, then a full name: "Vokalis Senandung Senja, Yudhistira
                # Wardhana"; not "sang vokalis Jonghyun, Taemin urung …")
                and (cue.group("member").lower() == "personel" or " " in str(following["text"]))
            )
            if not joined:
                continue
        groups.add(str(mention["text"]))
    for mention in found:
        if str(mention["text"]) in groups:
            mention["label"] = "ORG"
            mention.pop("role", None)


# A model designation, letters and digits in one word ("MT6735", "GL702ZC", "x360", "A7R"),
# not an age group ("U19") or a year
_MODEL = re.compile(r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])(?![Uu]\d\d$)[A-Za-z\d]{2,}")


# The word for a feature of an app or a device, right before its name
_FEATURE_BEFORE = re.compile(r"(?<![\w-])[Ff]itur[ \t]+$")


# Last words of a car's or a device's aids ("Lane Keeping Assist", "Blind Spot Warning")
_AID_ENDINGS = frozenset({"Assist", "Warning", "Alert"})
_SHORT_FORM_AFTER = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")


def features_are_no_entities(found: list[dict[str, Any]], text: str) -> None:
    """A name an article writes as an app's or a device's feature ("fitur Cash Link",
    "fitur Instagram Story", "fitur Hair Trigger Mode") is a product, in every mention; not
    a body or place warta knows, nor a name the article also calls a person or place."""
    featured = {
        str(m["text"])
        for m in found
        if m["label"] == "ORG"
        and _FEATURE_BEFORE.search(text, max(0, int(m["start"]) - 8), int(m["start"]))
    }
    featured -= {str(m["text"]) for m in found if m["label"] != "ORG"}
    # (a driver's aid named for what it does: "High Beam Assist", "Rear Cross - Traffic
    # Collision Warning", "Rear Cross Traffic Alert"; with its short form in brackets)
    for mention in found:
        words = [w for w in str(mention["text"]).split() if w not in {"-", "–"}]
        if len(words) >= 3 and words[-1] in _AID_ENDINGS and all(w[:1].isupper() for w in words):
            featured.add(str(mention["text"]))
            short = _SHORT_FORM_AFTER.match(text, int(mention["end"]))
            if short is not None:
                featured.add(short.group(1))
    featured = {n for n in featured if n not in KNOWN_BODY_NAMES and not known_type(n)}
    if not featured:
        return
    found[:] = [m for m in found if str(m["text"]) not in featured]
    # (a feature named after its maker: "fitur Seekmi Agent" … "CEO Seekmi", the firm)
    makers = {n.split()[0] for n in featured if " " in n}
    for mention in found:
        if mention["label"] == "PER" and str(mention["text"]) in makers:
            mention["label"] = "ORG"
            mention.pop("role", None)


def products_are_no_entities(found: list[dict[str, Any]]) -> None:
    """ "MediaTek MT6735", "ROG Strix GL702ZC", "HP Envy x360": a name with a model number in
    it is a product; a body the article names elsewhere keeps its name without the number
    ("Lion Air JT610" -> "Lion Air")."""
    bodies = {str(m["text"]) for m in found if m["label"] == "ORG"}
    out: list[dict[str, Any]] = []
    for mention in found:
        words = str(mention["text"]).split()
        models = [i for i, w in enumerate(words) if _MODEL.fullmatch(w)]
        if (
            len(words) < 2
            or not models
            or models[0] == 0
            or mention["label"] == "LOC"
            # (a club of the list: "Philadelphia 76ers")
            or str(mention["text"]) in CLUB_NAMES
        ):
            # ("3M Indonesia": the number opens a company's name; "Terminal 1B", "Jalan
            # Veteran 1A": a place's number)
            out.append(mention)
            continue
        rest = " ".join(words[: models[0]])
        if models == [len(words) - 1] and (rest in bodies or rest in KNOWN_BODY_NAMES):
            end = int(mention["start"]) + len(rest)
            out.append({**mention, "text": rest, "end": end, "label": "ORG"})
    found[:] = out


# A product's name opening with a small "i" before a capital: "iPod", "iPhone", "iMac"
_I_PRODUCT = re.compile(r"i[A-Z][A-Za-z]+")


def i_products_are_no_people(found: list[dict[str, Any]]) -> None:
    """ "iPod Shuffle", "iPhone X": a name opening with a word like "iPod" is a product, no
    person; nor is a later word of it alone ("Shuffle") read as one."""
    products = [
        str(m["text"]).split()
        for m in found
        if m["label"] == "PER" and _I_PRODUCT.fullmatch(str(m["text"]).split()[0])
    ]
    if not products:
        return
    names = {" ".join(words) for words in products} | {w for words in products for w in words}
    found[:] = [m for m in found if not (m["label"] == "PER" and str(m["text"]) in names)]


# Words of an award's nominees earlier in the sentence: the names in brackets after the
# nominees are their works ("nominasi Aktor Terbaik yakni Timothée Chalamet (Call Me By Your
# Name), Daniel Day - Lewis (Phantom Thread), Tom Hanks (The Post)")
_NOMINEES_BEFORE = re.compile(
    r"(?i)\b(?:nominasi|nominator|nomine|nominee|dinominasikan|masuk[ \t]+nominasi"
    r"|kategori|peraih|pemenang)\b[^.!?\n]*$"
)
_IN_BRACKETS = re.compile(r"[ \t]*\(([^()\n]{2,80})\)")


def nominees_works_are_no_entities(found: list[dict[str, Any]], text: str) -> None:
    """In a sentence of an award's nominees or winners, what stands in brackets after each
    person is the work the person is named for: no entity (a country, a club or a body
    warta knows stays: "Tom Hanks (Amerika Serikat)")."""
    spans: list[tuple[int, int]] = []
    for mention in found:
        if mention["label"] != "PER":
            continue
        end = int(mention["end"])
        brackets = _IN_BRACKETS.match(text, end)
        if brackets is None or not _NOMINEES_BEFORE.search(
            text, max(0, int(mention["start"]) - 300), int(mention["start"])
        ):
            continue
        spans.append(brackets.span(1))
    if not spans:
        return
    found[:] = [
        m
        for m in found
        if not any(
            a <= int(m["start"])
            and int(m["end"]) <= b
            and (
                # (a known name is kept only filling the brackets: "Denzel Washington
                # (Roman J. Israel, ESQ)" names a film, "Tom Hanks (Amerika Serikat)" a country)
                text[a:b].strip() != str(m["text"])
                or not (
                    is_country(str(m["text"]))
                    or known_type(str(m["text"])) is not None
                    or str(m["text"]) in KNOWN_BODY_NAMES
                    or is_known_place(str(m["text"]))
                )
            )
            for a, b in spans
        )
    ]


# A model named by a letter after its line's name ("Moto Z", "Galaxy S", "Mi A"): the name
# of one or two capitalised words, then a capital letter alone
_LETTERED = re.compile(r"[A-Z][\w-]+(?: [A-Z][\w-]+)? [A-Z]")
# Nouns of a device, or of a line of models, right before a model's name
_MODEL_NOUN_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:ponsel|smartphone|handphone|gawai|perangkat|laptop|tablet|kamera|mobil"
    r"|motor|seri|varian|tipe)[ \t]+$"
)


def lettered_models_are_no_entities(found: list[dict[str, Any]], text: str) -> None:
    """A name closed by a capital letter alone that the article writes right after a
    device's noun or a maker's name somewhere ("seri Moto Z", "Lenovo Moto Z") is a model,
    in all its mentions: no entity. A person named with an initial ("Malcolm X") has no
    such noun before."""
    models: set[str] = set()
    for name in {str(m["text"]) for m in found if _LETTERED.fullmatch(str(m["text"]))}:
        for again in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            before = text[max(0, again.start() - 30) : again.start()]
            maker = re.search(r"([A-Z][\w-]*)[ \t]+$", before)
            if _MODEL_NOUN_BEFORE.search(before) or (
                maker is not None and maker.group(1) in _MAKERS
            ):
                models.add(name)
                break
    if models:
        found[:] = [
            m
            for m in found
            if str(m["text"]) not in models
            and not any(str(m["text"]).endswith(" " + name) for name in models)
        ]


# Makers whose name opens their products' names ("Honda Civic", "Hyundai Kona", "Samsung
# Galaxy S9"); not the ones that are also given names or surnames news puts first
# ("Mercedes", "Ford", "Sharp"), or a word too ("HP" is also a handphone)
_MAKERS = frozenset(
    {"Toyota", "Honda", "Suzuki", "Yamaha", "Kawasaki", "Daihatsu", "Mitsubishi", "Nissan",
     "Hyundai", "Kia", "Wuling", "DFSK", "Chery", "BMW", "Mercedes-Benz", "Audi",
     "Volkswagen", "Porsche", "Lamborghini", "Tesla", "Chevrolet", "Mazda", "Subaru",
     "Lexus", "Isuzu", "Hino", "Vespa", "Ducati", "KTM", "Samsung", "Xiaomi", "Oppo", "Vivo",
     "Realme", "Huawei", "Asus", "Acer", "Lenovo", "Sony", "LG", "Nokia", "Infinix", "Advan",
     "Evercoss", "Polytron", "Panasonic", "Canon", "Nikon", "Fujifilm", "Leica", "GoPro",
     "DJI", "JBL", "Bose", "Logitech", "Razer", "MSI", "Dell", "Apple", "Microsoft", "Google",
     "Adobe", "Intel", "AMD", "Nvidia", "Qualcomm", "MediaTek"}
)  # fmt: skip
# Words after a maker's name that name the company, a unit or a team, not a product
_COMPANY_WORDS = frozenset(
    {"indonesia", "motor", "motors", "group", "corporation", "corp", "co", "ltd", "inc",
     "tbk", "electronics", "mobile", "racing", "team", "factory", "ecstar", "repsol",
     "astra", "prospect", "indomobil", "sales", "financial", "finance", "services",
     "service", "japan", "jepang", "korea", "china", "global", "asia", "pacific",
     "international", "official", "store", "music", "pictures", "entertainment",
     "interactive", "division", "research", "foundation", "device", "devices", "capital",
     "ventures", "cloud", "ai", "deepmind", "lab", "labs", "tech"}
)  # fmt: skip


_PRODUCT_WORDS = frozenset(
    {"cloud", "music", "store", "mobile", "service", "services", "device", "devices"}
)
# Makers of software and chips: what follows their name is a product ("Adobe Creative
# Cloud", "Google Maps"), never a person of a team
_SOFTWARE_MAKERS = frozenset(
    {"Adobe", "Microsoft", "Google", "Apple", "Intel", "AMD", "Nvidia", "Qualcomm", "MediaTek"}
)


# "tim" or "pabrikan" right before a name: a team or a maker, no person
_TEAM_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]im|[Pp]abrikan)[ \t]+$")


def teams_named_after_makers(found: list[dict[str, Any]], text: str) -> None:
    """ "Manajer tim Ecstar Suzuki Davide Brivio": a name after "tim" that closes with a
    maker's name is the maker's team, no person, and so is the maker's name alone in the
    article ("Suzuki"), unless a person of the article bears it ("Keisuke Honda")."""
    surnames = {
        str(m["text"]).split()[-1]
        for m in found
        if m["label"] == "PER" and " " in str(m["text"]) and m.get("role")
    }
    makers: set[str] = set()
    for mention in found:
        words = str(mention["text"]).split()
        start = int(mention["start"])
        if (
            mention["label"] == "PER"
            and len(words) >= 2
            and words[-1] in _MAKERS
            and words[-1] not in surnames
            and _TEAM_BEFORE.search(text, max(0, start - 10), start)
        ):
            mention["label"] = "ORG"
            mention.pop("role", None)
            makers.add(words[-1])
    for mention in found:
        if mention["label"] == "PER" and str(mention["text"]) in makers:
            mention["label"] = "ORG"
            mention.pop("role", None)


def products_are_their_makers(found: list[dict[str, Any]]) -> None:
    """ "Hyundai Kona", "Suzuki Jimny", "Panasonic Eluga C" tagged as a person: a maker's
    name followed by a model is a product, and what it names is the maker ("Hyundai"), an
    organisation, as is the maker alone in that article; the maker's company, units and
    teams stay whole ("Hyundai Motor Group", "Suzuki Indomobil Sales", "Suzuki Ecstar").
    Not a person named after the maker ("Ducati Paolo Ciabatti": a team and its manager),
    nor a maker word that closes someone's name in the article ("Keisuke Honda")."""
    surnames = {
        str(m["text"]).split()[-1] for m in found if m["label"] == "PER" and " " in str(m["text"])
    }
    makers: set[str] = set()
    for mention in found:
        words = str(mention["text"]).split()
        if (
            len(words) < 2
            or words[0] not in _MAKERS
            or words[0] in surnames
            # only a product taken for a person: one taken for a body stays whole, so that
            # its model word stays covered ("Toyota Calya" … "Calya varian G, jelas Henry"),
            # and a place is a venue ("Volkswagen Arena")
            or mention["label"] != "PER"
        ):
            continue
        rest = words[1:]
        # (a software maker's cloud, store or service is its product: "Adobe Creative Cloud")
        company = (
            _COMPANY_WORDS - _PRODUCT_WORDS if words[0] in _SOFTWARE_MAKERS else _COMPANY_WORDS
        )
        if any(w.lower() in company for w in rest) or not (
            rest[0][:1].isupper() or rest[0][:1].isdigit()
        ):
            continue
        if (
            len(rest) >= 2
            and not (
                words[0] in _SOFTWARE_MAKERS and any(w.lower() in _PRODUCT_WORDS for w in rest)
            )
            and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in rest)
        ):
            continue  # "Ducati Paolo Ciabatti": a name after the maker
        mention["text"] = words[0]
        mention["end"] = int(mention["start"]) + len(words[0])
        makers.add(words[0])
    for mention in found:
        # the maker alone is the company too ("Dedengkot kamera asal Jerman, Leica, …")
        if str(mention["text"]) in makers:
            mention["label"] = "ORG"
            mention.pop("role", None)


def models_named_after_makers(found: list[dict[str, Any]], text: str) -> None:
    """A model the tagger took for a person right after its maker ("[Suzuki] [Baleno
    Hatchback]"), or written alone where the article also writes it after its maker ("Suzuki
    Jimny" … "Permintaan [Jimny] terus naik"), is a product: no entity. Not a person with a
    title before the maker ("Direktur Ducati Paolo Ciabatti"), nor one the article quotes."""
    makers = "|".join(re.escape(m) for m in sorted(_MAKERS, key=len, reverse=True))
    models: set[str] = set()
    for maker, person in pairwise(found):
        if (
            maker["label"] == "ORG"
            and str(maker["text"]) in _MAKERS
            and person["label"] == "PER"
            and text[int(maker["end"]) : int(person["start"])] == " "
            and not person.get("role")
            and not _titled_before(text, int(maker["start"]))
            # (not the firm's own name: "Suzuki [Indomobil Sales] (SIS)")
            and not _COMPANY_WORDS & set(str(person["text"]).lower().split())
        ):
            models.add(str(person["text"]))
    for mention in found:
        name = str(mention["text"])
        if (
            mention["label"] == "PER"
            and " " not in name
            and not mention.get("role")
            and re.search(rf"(?<![\w-])(?:{makers})[ \t]+{re.escape(name)}(?![\w-])", text)
        ):
            models.add(name)
    if models:
        found[:] = [m for m in found if not (m["label"] == "PER" and str(m["text"]) in models)]


def _titled_before(text: str, at: int) -> bool:
    """A title or a calling in the three words right before a maker ("Brand Director Advan
    [Andy Gusena]", "pebalap tim Ducati …"): its firm or team, then a person's name."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    words = re.findall(r"[\w-]+", line.split(",")[-1])[-3:]
    return any(
        w.lower() in ROLE_WORDS or w.lower() in OFFICE_TITLES or w.lower() in _CALLINGS
        for w in words
    )


# Callings of racers and teams that come before their team's maker
_CALLINGS = frozenset({"pebalap", "pembalap", "pilot", "rider", "tim", "team", "bos"})

# An Indonesian number plate ("B 4446 SBC", "F 1423 NH", "AG 4999 AK")
_PLATE = re.compile(r"\b[A-Z]{1,2} \d{1,4} [A-Z]{1,3}$")


def vehicles_are_no_entities(found: list[dict[str, Any]]) -> None:
    """ "sepeda motor Honda Vario B 4446 SBC": a vehicle with its number plate is no entity;
    a maker it opens with is the maker ("Honda")."""
    out: list[dict[str, Any]] = []
    for mention in found:
        name = str(mention["text"])
        if _PLATE.search(name) is None or mention["label"] == "PER":
            out.append(mention)
            continue
        first = name.split()[0]
        if first in _MAKERS:
            end = int(mention["start"]) + len(first)
            out.append({**mention, "text": first, "end": end, "label": "ORG"})
    found[:] = out


# A model's number after a maker's product line ("Dell XPS 13", "Samsung Galaxy Note 8"):
# one to three digits, not a year
_LINE_NUMBER = re.compile(r"\d{1,3}")


def numbered_products_are_their_makers(found: list[dict[str, Any]]) -> None:
    """ "Dell XPS 13", "Samsung Galaxy Note 8": a maker's name, its product line and a model
    number is the product; what it names is the maker, and the line and number the article
    writes alone ("XPS 13") are no entity either."""
    lines: set[str] = set()
    for mention in found:
        words = str(mention["text"]).split()
        if (
            mention["label"] == "LOC"
            or len(words) < 3
            or words[0] not in _MAKERS
            or not _LINE_NUMBER.fullmatch(words[-1])
            or not all(w[:1].isupper() or w[:1].isdigit() for w in words[1:])
            or any(w.lower() in _COMPANY_WORDS for w in words[1:])
        ):
            continue
        lines.add(" ".join(words[1:]))
        mention["text"] = words[0]
        mention["end"] = int(mention["start"]) + len(words[0])
        mention["label"] = "ORG"
        mention.pop("role", None)
    if lines:
        found[:] = [m for m in found if str(m["text"]) not in lines]


# Stock market indices: a figure, no organisation, person or place ("IHSG ditutup menguat",
# "indeks Hang Seng di Hong Kong turun 0,46 persen", "Dow Jones menguat 0,2 persen").
_INDEX_NAMES = frozenset(
    {"ihsg", "lq45", "lq 45", "idx30", "idx80", "jii", "kospi", "nikkei", "nikkei 225",
     "nikkei225", "hang seng", "straits times", "dow jones", "dow", "nasdaq", "s&p",
     "s&p 500", "s&p500", "ftse", "ftse 100", "ftse100", "dax", "cac", "cac 40", "cac40",
     "stoxx", "stoxx 600", "euro stoxx", "shanghai composite", "sensex", "asx 200",
     "indeks harga saham gabungan"}
)  # fmt: skip
INDEX_NAMES = _INDEX_NAMES
# Unambiguous whatever follows; the others are also a newspaper, a news agency or an
# exchange ("dilansir Straits Times", "Nikkei Asian Review", "melantai di Nasdaq").
_ALWAYS_INDICES = frozenset({"ihsg", "lq45", "lq 45", "idx30", "idx80", "kospi", "nikkei 225",
                             "nikkei225", "s&p 500", "s&p500", "ftse 100", "ftse100",
                             "cac 40", "cac40", "indeks harga saham gabungan"})  # fmt: skip
_POLICY_RATE = re.compile(r"\S.*[ -](?:Rate|RATE)|BI7DRR|BI-7DRR")
_INDEX_BEFORE = re.compile(r"\bindeks[ \t]+$", re.IGNORECASE)
_INDEX_MOVES = re.compile(
    r"[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?"
    # (where it trades: "Hang Seng di Hong Kong menguat")
    r"(?:di[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+)?"
    r"(?:(?:juga|sempat|pun|kembali|justru|masih|hari ini|pada)[ \t]+)*"
    r"(?:ditutup|dibuka|menguat|melemah|naik|turun|anjlok|merosot|"
    r"terkoreksi|jatuh|melonjak|menanjak|tergelincir|bertambah|berkurang|stagnan|bergerak|"
    r"terpangkas|terdongkrak|tertekan|mencatat|mencetak|berakhir|menutup|membuka|"
    r"memerah|menghijau|di[ \t]+(?:level|posisi|zona)|ke[ \t]+(?:level|posisi))\b",
    re.IGNORECASE,
)


def market_indices_are_no_entities(found: list[dict[str, Any]], text: str) -> None:
    """A stock index is a figure: no mention where the name is an index's ("IHSG",
    "indeks Hang Seng", "Dow Jones menguat 0,2 persen"). A body glued after one keeps its own
    name ("IHSG BEI" -> ORG "BEI")."""
    out: list[dict[str, Any]] = []
    for mention in found:
        name = str(mention["text"])
        start, end = int(mention["start"]), int(mention["end"])
        lower = name.lower()
        words = name.split()
        after_indeks = _INDEX_BEFORE.search(text, max(0, start - 10), start) is not None
        if (
            len(words) > 1
            and words[0].lower() in _ALWAYS_INDICES
            and mention["label"] == "ORG"
            and lower not in _INDEX_NAMES
        ):
            rest = name[len(words[0]) :].lstrip()
            out.append({**mention, "text": rest, "start": end - len(rest)})
            continue
        if lower in _ALWAYS_INDICES or _POLICY_RATE.fullmatch(name):
            continue  # (a policy rate is a figure too: "BI Rate", "Fed Funds Rate")
        if lower in _INDEX_NAMES and (after_indeks or _INDEX_MOVES.match(text, end)):
            continue
        if after_indeks and mention["label"] != "LOC":
            continue  # "indeks DAX di Jerman", "indeks Bisnis-27": the index's own name
        out.append(mention)
    found[:] = out


# A French particle glued to the next word, right after a name: " d'Or", " d’Italia"
_FRENCH_PARTICLE_AFTER = re.compile(r"[ \t]+d['’][A-Z]")


def french_named_things_are_no_people(found: list[dict[str, Any]], text: str) -> None:
    """One word the tagger read as a person, right before a French particle ("Ballon d'Or",
    "Samba d'Or", "Giro d’Italia"), opens the name of a prize or an event: no one. A person's
    name of two words or more keeps its particle out ("Bianca Brandolini d’Adda")."""
    found[:] = [
        m
        for m in found
        if not (
            m["label"] == "PER"
            and " " not in str(m["text"])
            and _FRENCH_PARTICLE_AFTER.match(text, int(m["end"]))
        )
    ]


# Lower-case words, then an acronym in brackets: "demam berdarah dengue (DBD)"
_TERM_THEN_ACRONYM = re.compile(
    r"(?<![\w-])((?:[a-z][a-z-]*[ \t]+){1,11}[a-z][a-z-]*)[ \t]*"
    r"\(([A-Z]{2,7}(?:/[A-Z]{2,7})?)\)"
)
# A term in capitals by its head noun: a cost, price, fund, aid, tax, wage, index, card,
# permit or budget, then the acronym its initials spell
_TITLED_TERM = re.compile(
    r"(?<![\w-])((?:Biaya|Harga|Dana|Bantuan|Tunjangan|Pajak|Bea|Cukai|Subsidi|Kredit|Upah"
    r"|Indeks|Kartu|Surat|Izin|Nomor|Anggaran|Produk|Pendapatan|Penerimaan|Belanja|Tarif"
    r"|Suku)(?:[ \t]+(?:[A-Z][a-z]+|dan|untuk|atas)){1,7})[ \t]*\(([A-Z][A-Za-z]{1,7})\)"
)
# Words between two terms whose acronyms share brackets ("rasio alat likuid terhadap dana
# pihak ketiga (AL/DPK)")
# Terms news writes in Indonesian with the English acronym after them
_TRANSLATED_TERMS = {
    "kecerdasan artifisial": "AI", "kecerdasan buatan": "AI", "kendaraan listrik": "EV",
    "domestik bruto": "GDP", "pusat data": "DC",
}  # fmt: skip
# A natural phenomenon's English name, then its acronym
_PHENOMENON_THEN_ACRONYM = re.compile(
    r"(?:Oscillation|Effect|Dipole|Anomaly|Phenomenon)[ \t]*\(([A-Z]{2,6})\)"
)
_BETWEEN_TERMS = frozenset({"terhadap", "per", "dengan", "versus", "vs", "atas", "dan", "atau"})
_TERM_SKIPS = frozenset({"dan", "atau", "serta", "untuk", "di", "ke", "dari", "yang", "atas"})


def terms_are_no_entities(found: list[dict[str, Any]], text: str) -> None:
    """An acronym the article introduces by lower-case words whose initials spell it is a
    term ("demam berdarah dengue (DBD)", "pedagang kaki lima (PKL)"): no mention of it is an
    entity. Not in a text written in lower case throughout, nor for a body or place warta
    knows by that acronym."""
    if sum(1 for word in re.findall(r"\b[A-Z][a-z]+", text[:2000])) < 3:
        return
    terms: set[str] = set()
    for match in _TITLED_TERM.finditer(text):
        # "Biaya Penyelenggaraan Ibadah Haji (BPIH)", "Harga Eceran Tertinggi (HET)": a cost,
        # a price, an aid or a tax written in capitals is still a term
        words = [w.lower() for w in match.group(1).split()]
        acronym = match.group(2)
        if (
            _spelled_by_last(words, acronym.lower()) == len(words)
            # or by the first letters of each word: "Biaya Perjalanan Ibadah Haji (Bipih)"
            or spelled_by_prefixes([w for w in words if w not in _TERM_SKIPS], acronym.lower())
        ) and known_type(acronym) is None:
            terms.add(acronym)
    for match in _TERM_THEN_ACRONYM.finditer(text):
        words = match.group(1).split()
        if _TRANSLATED_TERMS.get(" ".join(words[-2:]).lower()) == match.group(2):
            terms.add(match.group(2))  # "kecerdasan artifisial (AI)": the English term's
            continue
        for acronym in reversed(match.group(2).split("/")):
            size = _spelled_by_last(words, acronym)
            if size is None:
                break
            if known_type(acronym) is None:
                terms.add(acronym)
            words = words[:-size]
            while words and words[-1] in _BETWEEN_TERMS:
                words.pop()
    for match in _PHENOMENON_THEN_ACRONYM.finditer(text):
        terms.add(match.group(1))  # "Madden-Julian Oscillation (MJO)"
    if terms:
        found[:] = [m for m in found if str(m["text"]) not in terms]


def spelled_by_prefixes(words: list[str], acronym: str) -> bool:
    """Whether `acronym` is the words' opening letters in order, one or more of each
    ("bipih": "bi" + "p" + "i" + "h" of "biaya perjalanan ibadah haji")."""
    if not words:
        return not acronym
    word = words[0]
    return any(
        acronym[:size] == word[:size] and spelled_by_prefixes(words[1:], acronym[size:])
        for size in range(1, min(len(word), len(acronym) - len(words) + 1) + 1)
    )


def _spelled_by_last(words: list[str], acronym: str) -> int | None:
    """How many last `words` spell `acronym` by their initials ("dan", "untuk" skipped)."""
    for size in range(1, min(len(words), 8) + 1):
        run = words[-size:]
        letters = "".join(w[0] for w in run if w not in _TERM_SKIPS)
        if run[0] not in _TERM_SKIPS and letters == acronym.lower():
            return size
    return None


# An amount written with its currency glued on ("RM1.99", "Rp15.000", "US$2"): no name
_AMOUNT = re.compile(r"(?:Rp|RM|US\$|S\$|HK\$|A\$|NT\$|\$|€|£|¥)\.?\s?\d[\d.,]*", re.IGNORECASE)


def amounts_are_no_entities(found: list[dict[str, Any]]) -> None:
    """An amount the tagger read as a name ("RM1" of "RM1.99") is no entity."""
    found[:] = [m for m in found if not _AMOUNT.fullmatch(str(m["text"]))]
