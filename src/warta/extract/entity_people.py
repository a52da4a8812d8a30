"""People as an article marks them in so many words: their age, the name they go by, their
title and the bodies and places in it, their degrees and forms of address.

- "Warga Desa Sarampad, Enah (52), mengaku panik": a name with an age in brackets is a
  person, whatever the tagger thought (it read "Enah" as a place).
- "Direktur PT Laba Forexindo Berjangka Ibrahim Assuaibi": a body in a title that the
  tagger ran on into the person's name splits where a person the article names elsewhere
  ("Ibrahim") begins; the person takes the title as role.
- "dr Yunita Dyah Suminar MSc", "Bambang Sutrisno SH MH": degrees after a name are no part
  of it.
- "Direktur RSUP dr Kariadi Semarang": a hospital named after a doctor is a body, not the
  doctor.
- "Menteri Haji dan Umrah Arab Saudi Tawfiq F. Al-Rabiah": a country after a title, run on
  into a name, splits off it: the place, then the person with the title as role.
- "eFishery", "eBay", "iFlix": a name written in camel case is a company's, never a person's.
- "Menteri Keuangan Purbaya Yudhi Sadewa … kata Purbaya": a capitalised word the tagger
  left out before a person's name, that the article also calls the person by alone, is
  the name's first word.
- "Munafri Arifuddin yang akrab disapa Appi", "Suparman alias Pak Man": the name after
  "akrab disapa", "biasa dipanggil", "dikenal dengan nama" or "alias" is the same person.
  It becomes a PER mention wherever the article writes it, and an alias of the full name,
  so "Menurut Appi, …" counts for Munafri Arifuddin.

Roles the rules find after the tagger are `entity_roles`'. Like the rules in
`entity_rules`, each takes the article's mentions (dicts with text, label,
start, end; offsets into the clean text) and changes them in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from itertools import pairwise
from typing import Any

from warta.extract.body_names import KNOWN_BODY_NAMES
from warta.extract.canonical import (
    CLUB_NAMES,
    FIRM_ENDS,
    GENERATIONS,
    PEOPLE_ALIAS_FORMS,
    canonical_name,
    is_country,
    known_type,
)
from warta.extract.entity_bodies import FIRM_ENDINGS, LEGAL_FORMS
from warta.extract.entity_roles import (
    MAX_ROLE_WORDS,
    ROLE_RUN_WORDS,
    SHORT_FORM,
    after_field,
    after_rank,
    sentence_start,
    titled,
)
from warta.extract.hijri_dates import HIJRI_MONTH_NAMES
from warta.extract.ner.lexicon import (
    COMMON_CALLINGS,
    CORPS,
    KNOWN_LOCS,
    LOC_HEADS,
    MINISTRY_FIELDS,
    NAME_TITLES,
    ORG_HEADS,
    ORG_LAST_WORDS,
    ROLE_MODIFIERS,
    TITLE_WORDS,
)
from warta.extract.ner.roles import (
    FIELD_NOUN,
    GIVEN_NAME_MODIFIERS,
    OF_SOMEONE,
    ORDINAL,
    ROLE_OPENING,
    named_after_people,
)
from warta.extract.place_names import plain_place_names
from warta.extract.quotes.lexicon import (
    ABBREVIATED_OFFICE,
    BALINESE_NAMES,
    CORE_SPEECH_VERBS,
    DAY_MARKED,
    DAYS,
    DEGREES,
    HONORIFICS,
    MONTHS,
    POST_CUES,
    TITLES,
    is_degree,
    without_degrees,
)
from warta.extract.quotes.speakers import (
    HUMAN_ROLES,
    INTRODUCED_HUMANS,
    RANKS,
    common_words,
    is_known_place,
)

__all__ = [
    "aged_are_people",
    "aged_names_left_out",
    "arabic_surnames_left_out",
    "balinese_names_cut_short",
    "balinese_names_split_off",
    "bodies_before_people_named_alone",
    "bodies_between_offices_and_people",
    "bodies_cut_short",
    "bung_names_people",
    "camel_case_names_are_bodies",
    "clerics_split_off_places",
    "company_words_open_no_names",
    "court_titles_name_people",
    "cues_after_quotes_open_no_names",
    "degree_lists_are_no_names",
    "degrees_close_no_names",
    "double_surnames_quoted",
    "firms_named_in_offices",
    "given_names_after_honorifics",
    "given_names_glued_to_bodies",
    "given_names_glued_to_bodies_before_people",
    "given_names_left_out",
    "given_names_tagged_as_bodies",
    "hospitals_named_after_people",
    "known_bodies_before_people_in_titles",
    "known_bodies_run_into_people",
    "names_glued_to_places_after_titles",
    "names_of_people_typed_as_bodies",
    "names_run_on_after_known_bodies",
    "nicknames",
    "owners_of_sites_are_bodies",
    "people_after_bodies_in_titles",
    "people_after_places_in_titles",
    "people_named_again",
    "people_quoted_by_one_word",
    "places_after_short_forms_in_titles",
    "places_named_after_people",
    "quoted_as_a_person",
    "quoted_people_named_like_bodies",
    "relatives_set_off",
    "scorers_are_people",
    "slash_partners",
    "speakers_after_quote_cues",
    "speakers_after_titles",
    "surnames_written_like_acronyms",
    "title_words_inside_names",
]

# "Enah (52)," "AS (34) dan", "Budi (7 tahun)": an age in brackets right after the name
# An age after a name: in brackets, "Enah (52)", or set off by commas as some outlets write
# it, "membuat Satim, 45, lupa diri"
_AGE_AFTER = re.compile(
    r"[ \t]*\((\d{1,3})(?:[ \t]*(?:tahun|th|thn|bulan|bln|hari|minggu|pekan))?\)"
    r"(?=[ \t]*[,.;:)]|[ \t]+[a-z])"
    # (not a list of numbers: "Blok, 12, dan 14")
    r"|,[ \t]*(\d{1,2})(?:[ \t]+(?:tahun|th|thn))?,"
    r"(?=[ \t]+(?!(?:dan|atau|hingga|sampai|s\.d\.?)[ \t]+\d)[a-z])"
)
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")

# Forms of address a name someone goes by may carry ("Pak Tris", "Gus Ipul")
_NICK_ADDRESS = frozenset(
    {"Pak", "Bu", "Bang", "Mas", "Mbak", "Kak", "Cak", "Daeng", "Uda", "Ustaz", "Kiai", "Gus",
     "Ning", "Bung", "Ki", "Nyi"}
)  # fmt: skip
_ADDRESS_ALT = "|".join(sorted(_NICK_ADDRESS))
# The name a person goes by: "yang akrab disapa Appi", "atau (yang) biasa dipanggil Ucok",
# "(akrab disapa Appi)", "dikenal dengan nama Pak Raden", "atau yang lebih dikenal dengan
# Haji Doni", "alias Pak Man", "pemain beralias Bepe itu"
_NICKNAME = re.compile(
    r"[ \t]*[,(]?[ \t]*"
    # ("Armantha, pria yang akrab disapa Tata")
    r"(?:(?:pria|wanita|perempuan|lelaki|sosok|gadis|bocah|remaja)[ \t]+(?=yang))?"
    r"(?:(?:atau[ \t]+)?(?:yang[ \t]+)?(?:(?:lebih|juga)[ \t]+)?"
    r"(?:akrab|biasa|kerap|sering|karib|populer)?[ \t]*"
    r"(?:di(?:sapa|panggil|kenal[ \t]+(?:dengan(?:[ \t]+(?:nama|sapaan|panggilan))?|sebagai))"
    # ("perempuan yang akrab dengan sapaan Angie")
    r"|dengan[ \t]+(?:sapaan|panggilan)(?:[ \t]+(?:akrab|karib))?)"
    r"|alias|beralias)"
    r"[ \t]+[\"“'‘]?"
    r"((?:" + _ADDRESS_ALT + r")?[ \t]*"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
)


def _epithet_owner(
    people: list[dict[str, Any]], text: str, at: int, nick: str
) -> dict[str, Any] | None:
    """Whom an epithet at `at` ("pria yang akrab disapa Tris") names: initials go to the
    person they abbreviate ("AQ": Achsanul Qosasi); other names to the subject of the last
    sentence before it that names someone, named near the sentence's start (not the first of
    a list of players: "… seperti kiper I Made Wirawan, …")."""
    here = _sentence_start(text, at)
    before = [m for m in people if int(m["end"]) <= here and not _quoted(text, int(m["start"]))]
    if re.fullmatch(r"[A-Z]{2,4}", nick):
        fits = [m for m in before if "".join(w[0] for w in str(m["text"]).split()) == nick]
        return fits[-1] if fits else None
    if not before:
        return None
    there = _sentence_start(text, int(before[-1]["start"]))
    first = next(m for m in before if int(m["start"]) >= there)
    listed = any(int(m["start"]) == int(first["end"]) + 2 for m in before) and text.startswith(
        ", ", int(first["end"])
    )
    return first if int(first["start"]) - there <= 60 and not listed else None


def _quoted(text: str, at: int) -> bool:
    """Whether offset `at` lies inside a quotation of its paragraph."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` begins (after a line break or a full stop)."""
    ends = [(text.rfind(mark, 0, at), len(mark)) for mark in ("\n", ". ", '." ')]
    return max((found + size for found, size in ends if found >= 0), default=0)


_EPITHET_NICKNAME = re.compile(
    r"\b(?:pria|wanita|perempuan|lelaki|sosok|gadis|bocah|remaja|ibu|bapak|kakek|nenek"
    # (or a calling: "Penyanyi yang kerap disapa Iyek ini")
    r"|[Pp]enyanyi|[Aa]ktor|[Aa]ktris|[Mm]usisi|[Pp]emain|[Pp]elatih|[Pp]olitikus|[Pp]olitisi"
    r"|[Pp]engusaha|[Pp]ebalap|[Pp]etinju|[Aa]tlet|[Kk]omedian|[Pp]resenter|[Pp]esinetron)"
    r"[ \t]+yang[ \t]+(?:(?:lebih|juga)[ \t]+)?(?:(?:akrab|biasa|kerap|sering|karib)[ \t]+)?"
    r"(?:di(?:sapa|panggil)|dengan[ \t]+(?:sapaan|panggilan))[ \t]+[\"“'‘]?"
    r"((?:(?:" + _ADDRESS_ALT + r")[ \t]+)?[A-Z][\w'’-]*)"
)


_EPITHET_CALLINGS = frozenset(
    {"penyanyi", "aktor", "aktris", "musisi", "pemain", "pelatih", "politikus", "politisi",
     "pengusaha", "pebalap", "petinju", "atlet", "komedian", "presenter", "pesinetron"}
)  # fmt: skip


# "pebulutangkis yang akrab disapa Owi itu": any noun before the nickname, which must then
# be made from the name of whom it calls (Owi, of Tontowi Ahmad)
_ANY_NICKNAME = re.compile(
    r"\b[a-z]+[ \t]+yang[ \t]+(?:akrab|biasa|karib)[ \t]+di(?:sapa|panggil)[ \t]+[\"“'‘]?"
    r"([A-Z][a-z]{2,})(?![\w-])"
)


# A noun that brings in someone new ("seorang nenek", "salah satu warga") or someone's
# relation ("putrinya", "rekannya") before "yang akrab disapa": not the person named before
_ANOTHER_PERSON = re.compile(
    r"(?:\b(?:seorang|sesosok|salah[ \t]+(?:seorang|satu))(?:[ \t]+[a-z]+){1,3}|\b[a-z]+nya)"
    r"[ \t]+yang[ \t]+(?:akrab|biasa|karib)[ \t]+di(?:sapa|panggil)\b"
)


# "pemain beralias Bepe itu": an epithet with the name its subject goes by
_EPITHET_ALIAS = re.compile(
    r"\b(?:pemain|pria|wanita|perempuan|lelaki|sosok|gadis|bocah|remaja|penyanyi|aktor"
    r"|aktris|pebalap|petinju|pelatih|politikus|politisi|pengusaha)[ \t]+beralias[ \t]+"
    r"[\"“'‘]?([A-Z][\w'’-]+)[\"”'’]?"
    # (pointing back, "… itu"; not one newly named: "memburu pria beralias Kevin yang …")
    r"(?=[ \t]+(?:itu|tersebut|ini)\b)"
)


# A relative named after the relation and a comma: "bersama sang istri, Audy Item,",
# "putranya, Muhammad Wirajuda."
_RELATIVE_SET_OFF = re.compile(
    r"\b(?:sang[ \t]+)?(?:istri|isteri|suami|anak|putra|putri|ayah|ibu|adik|kakak|kekasih"
    r"|pacar|cucu)(?:nya|[ \t]+(?:sulung|bungsu|kedua|ketiga|pertama))?[ \t]*,[ \t]+"
    r"([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3})(?=[ \t]*[,.(])"
)


# Nouns for a human being that may come right before "bernama" and a name: "seorang janda
# bernama Marlina", "Bayi bernama Karam", "tokoh antagonis yang bernama …"
_PEOPLE_NOUNS = (
    (HUMAN_ROLES - {"orang", "seorang", "salah", "kepala", "ketua", "direktur", "manajer",
                    "pemilik"})
    | INTRODUCED_HUMANS
    | frozenset(
        {"balita", "bayi", "janda", "duda", "ksatria", "kesatria", "pendaki", "peternak",
         "pilot", "kapten", "tokoh", "antagonis", "protagonis", "putra", "putri", "adik",
         "kakak", "cucu", "tersangka", "tahanan", "narapidana", "napi", "perampok", "pencuri"}
    )
)  # fmt: skip
_PERSON_NAMED = re.compile(
    r"(?<![\w-])(?:(?P<one>[Ss]eorang)[ \t]+[a-z-]+|(?P<noun>[A-Za-z-]+))"
    r"[ \t]+(?:yang[ \t]+(?:diketahui[ \t]+)?)?bernama[ \t]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})(?![\w'’-])"
)


def people_named_after_person_nouns(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """The name after a noun for a human being and "bernama" is a person's: "seorang
    ksatria bernama Trigger" (read as a body), "Bayi bernama Karam" (not read at all). Not a
    body or place warta knows, and not where the noun is a body's ("anak usaha bernama …")."""
    _names_are_people(
        found,
        text,
        gazetteer,
        [
            match
            for match in _PERSON_NAMED.finditer(text)
            if match.group("noun") is None or match.group("noun").lower() in _PEOPLE_NOUNS
        ],
    )


def _names_are_people(
    found: list[dict[str, Any]],
    text: str,
    gazetteer: Mapping[tuple[str, ...], str],
    names: list[re.Match[str]],
) -> None:
    """Each match's "name" group is a person: the mention the tagger read there as a body or
    place becomes one, or a new mention where it read nothing. Not where a word of the name
    is one warta knows or the article writes small, nor a body or place warta knows."""
    spans: list[tuple[int, int]] = []
    for match in names:
        begin, end = match.span("name")
        if any(
            _known_word(w, gazetteer) or written_small(w, text) for w in match.group("name").split()
        ):
            continue
        inside = [m for m in found if int(m["start"]) < end and begin < int(m["end"])]
        if not inside:
            spans.append((begin, end))
            continue
        first = min(inside, key=lambda m: int(m["start"]))
        if (
            int(first["start"]) == begin
            and first["label"] in ("ORG", "LOC")
            and known_type(str(first["text"])) is None
            and str(first["text"]) not in KNOWN_BODY_NAMES
            and str(first["text"]) not in plain_place_names()
        ):
            first["label"] = "PER"
            first.pop("role", None)
    _add_people(found, text, spans)


def relatives_set_off(found: list[dict[str, Any]], text: str) -> None:
    """A name in two words or more set off after a relation ("sang istri, Audy Item") is a
    person, where the tagger found nothing there (no title, place or body warta knows); so is
    one word the tagger read as a body right after a spouse or parent ("suami Gigi")."""
    added = False
    for match in _RELATIVE_SET_OFF.finditer(text):
        begin, end = match.span(1)
        name = match.group(1)
        inside = [m for m in found if int(m["start"]) < end and begin < int(m["end"])]
        if inside and all(
            m["label"] != "PER"
            and begin < int(m["start"])
            and int(m["end"]) <= end
            and known_type(str(m["text"])) is None
            and str(m["text"]) not in KNOWN_BODY_NAMES
            for m in inside
        ):
            # "putrinya, Blue Ivy,": the tagger read the name's last word as a body
            for m in inside:
                found.remove(m)
            inside = []
        if (
            inside
            or known_type(name) is not None
            or name.split()[0].lower() in TITLE_WORDS
            or name in plain_place_names()
        ):
            continue
        found.append({"text": name, "label": "PER", "start": begin, "end": end})
        added = True
    for person in [m for m in found if m["label"] == "PER"]:
        start, end = int(person["start"]), int(person["end"])
        after = _NAME_SET_OFF_AFTER.match(text, end)
        relation = _RELATIVE_OF.search(text, max(0, start - 40), start)
        calling = relation.group("calling") if relation else None
        serves = (
            re.search(
                r"(?<![\w-])(\w+)[ \t]+$", text[max(0, relation.start() - 30) : relation.start()]
            )
            if relation
            else None
        )
        if serves and (serves.group(1).lower() in _SERVING or serves.group(1).lower() == "hukum"):
            continue  # ("pengacara istri mendiang Vanessa Angel, Hotman Paris": her lawyer)
        if calling and (
            calling.lower() in _SERVING
            or calling.lower() not in TITLE_WORDS | COMMON_CALLINGS | HONORIFICS
        ):
            continue  # ("ibu rumah tangga", "anak yakni …": no relation of the one named)
        if (
            after is None
            or relation is None
            # (a name's word, not a relation: "Ida Pedanda … Pradnya Putra dari Geriya …")
            or re.search(
                r"[A-Z][\w'’-]*[ \t]+$", text[max(0, relation.start() - 30) : relation.start()]
            )
        ):
            continue
        name = after.group(1)
        begin, stop = after.span(1)
        tagged = next((m for m in found if (int(m["start"]), int(m["end"])) == (begin, stop)), None)
        if (
            tagged is not None
            and tagged["label"] == "PER"
            and not tagged.get("role")
            and not _in_a_fronted_clause(text, relation.start())
        ):
            # "Putri sulung Presiden Joko Widodo, Kahiyang Ayu menghadiri …", found by the
            # tagger: the relation is her role
            tagged["role"] = text[relation.start() : end]
            continue
        if (
            # a name running on into its clause after a fronted clause that holds the
            # relation is that sentence's subject, not the relative ("Usai menjenguk ayah
            # Ferdy Sambo, Kuat mengaku …", "Tanpa bantuan ayah Kiki, Tegar …"; not "Putra
            # aktor Will Smith, Jaden meluncurkan …")
            (not re.match(r"[ \t]*,", text[stop:]) and _in_a_fronted_clause(text, relation.start()))
            or any(int(m["start"]) < stop and begin < int(m["end"]) for m in found)
            or known_type(name) is not None
            or name in KNOWN_BODY_NAMES
            or name.split()[0].lower() in TITLE_WORDS
            or name in plain_place_names()
            or any(written_small(w, text) for w in name.split())
        ):
            continue
        # "Putra aktor Will Smith, Jaden meluncurkan …": the relative of the one named,
        # set off after them
        found.append(
            {"text": name, "label": "PER", "start": begin, "end": stop,
             "role": text[relation.start() : end]}
        )  # fmt: skip
        _mark_everywhere(found, text, name)
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))
    for mention in found:
        start = int(mention["start"])
        if (
            mention["label"] == "ORG"
            and " " not in str(mention["text"])
            and _RELATION_BEFORE.search(text, max(0, start - 12), start)
            and known_type(str(mention["text"])) is None
            and str(mention["text"]) not in KNOWN_BODY_NAMES
        ):
            mention["label"] = "PER"  # "tulis suami Gigi tersebut": a wife, no body


# A relation before the person it relates to, perhaps with their calling: "Putra aktor ",
# "istri mendiang ", "anak sulung Presiden "
_RELATIVE_OF = re.compile(
    r"(?<![\w-])(?:[Ss]ang[ \t]+)?(?:[Ii]stri|[Ii]steri|[Ss]uami|[Aa]nak|[Pp]utra|[Pp]utri|[Aa]yah"
    r"|[Ii]bu|[Aa]dik|[Kk]akak|[Kk]ekasih|[Pp]acar|[Cc]ucu|[Mm]enantu|[Kk]eponakan|[Ss]epupu)"
    r"(?:[ \t]+(?:laki-laki|perempuan|lelaki|pria|wanita))?"
    r"(?:[ \t]+(?:sulung|bungsu|pertama|kedua|ketiga|keempat|semata[ \t]+wayang))?"
    r"(?:[ \t]+dari)?(?:[ \t]+(?:mendiang|almarhum|almarhumah))?"
    # (and the calling of the one related to: "Putra aktor Will Smith")
    r"(?:[ \t]+(?P<calling>[A-Za-z]+))?[ \t]+$"
)
# Callings of someone who serves another, before that other's name: "suami dari ajudan
# Clinton, Huma Abedin" (Huma is the aide, not the husband)
_SERVING = OF_SOMEONE | frozenset(
    {
        "asisten",
        "sekretaris",
        "staf",
        "staff",
        "manajer",
        "sopir",
        "pengawal",
        "pembantu",
        "mantan",
        "bekas",
        "eks",
    }
)
# A name set off after a person, then what they do: ", Jaden meluncurkan …"
_NAME_SET_OFF_AFTER = re.compile(
    r"[ \t]*,[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})(?=[ \t]+[a-z]|[ \t]*,)"
)


# Words that open a clause put before the sentence's subject: "Usai …, ", "Tanpa …, "
_FRONTING = frozenset(
    {"usai", "setelah", "sesudah", "sebelum", "saat", "ketika", "sewaktu", "tatkala", "tanpa",
     "dalam", "dengan", "meski", "meskipun", "walau", "walaupun", "karena", "sejak", "selama",
     "seperti", "selain", "bagi", "untuk", "demi", "atas", "berkat", "akibat", "menurut",
     "kepada", "bersama", "begitu", "di", "pada", "jika", "kalau", "apabila", "agar", "supaya",
     "sambil", "seusai", "selepas", "sehabis", "menjelang", "jelang", "terkait", "soal",
     "mengenai", "tentang", "sementara", "ketimbang", "daripada"}
)  # fmt: skip


def _in_a_fronted_clause(text: str, at: int) -> bool:
    """Whether `at` lies in a clause opened by a subordinator or preposition at the start of
    its sentence or after a comma ("Usai menjenguk ayah …")."""
    head = text[_sentence_start(text, at) : at]
    clause = head[head.rfind(",") + 1 :].split()
    return bool(clause) and clause[0].lower() in _FRONTING


# A relation right before a name: "suami Gigi", "istri Raffi"
_RELATION_BEFORE = re.compile(r"\b(?:istri|isteri|suami|ayah|ibunda|ayahanda|kekasih)[ \t]+$")


# A child or baby right before a name whose age is given in months or days ("anaknya Venesia
# Aulia Andriani (2 bulan)")
_INFANT_BEFORE = re.compile(
    r"\b(?:anak|anaknya|bayi|putra|putri|putranya|putrinya|cucu|cucunya|adik|adiknya|balita)"
    r"(?:[ \t]+[a-z]+){0,2}[ \t]+$"
)


def _span_of_time(age: re.Match[str], text: str, start: int) -> bool:
    """Whether an age in months, weeks or days after the name at `start` is a span of time:
    no child's word before the name ("anaknya Venesia (2 bulan)" is an infant's age)."""
    return re.search(r"bulan|bln|hari|minggu|pekan", age.group()) is not None and not (
        _INFANT_BEFORE.search(text, max(0, start - 30), start)
    )


def aged_are_people(
    found: list[dict[str, Any]],
    text: str,
    gazetteer: Mapping[tuple[str, ...], str],
    sports: bool = False,
) -> None:
    """A name followed by an age in brackets ("Enah (52), mengaku …") is a person, unless
    warta knows it as a place or body. Not in sports news, where a bracketed number after a
    name is a score or a minute."""
    if sports:
        return
    for mention in found:
        age = _AGE_AFTER.match(text, int(mention["end"]))
        name = str(mention["text"])
        if age is None or not 1 <= int(age.group(1) or age.group(2)) <= 110:
            continue
        if _span_of_time(age, text, int(mention["start"])):
            continue  # an infant's age after a child's word only: not "hingga Lebaran (1 bulan)"
        if mention["label"] == "PER":
            _title_as_given_name(mention, text)
            continue
        if age.group(2) is not None and (
            _LIST_GOES_ON.match(text, age.end())
            or known_type(name) is not None
            or tuple(name.lower().split()) in gazetteer
            or name.split()[0].lower() in LOC_HEADS | ORG_HEADS
            or any(is_known_place(w) for w in name.split())
        ):
            # a number set off by commas after a place or body warta knows is a count or a
            # score, not an age ("di Kecamatan Cilandak, 12, kemudian …", "Borneo, 42,
            # disusul …"); brackets are proof enough against it, commas are not
            continue
        if (
            not all(_NAME_WORD.fullmatch(word) for word in name.split())
            # a place or body warta knows counts something: "Thailand (72)", "Aceh (1)";
            # initials are someone's: "Sopir bus, AS (45), selamat"
            or (
                (known_type(name) is not None or tuple(name.lower().split()) in gazetteer)
                # (after a form of address, "Bu Sumi (60)", a person's name all the same)
                and not _ADDRESS_BEFORE.search(
                    text, max(0, int(mention["start"]) - 12), int(mention["start"])
                )
                and not (
                    _INITIALS.fullmatch(name)
                    # after a calling: "Sopir bus, AS (45)"; not after another body, "Golkar,
                    # PKB (47)", a party's seats
                    and _calling_before(text, int(mention["start"]))
                )
            )
        ):
            continue
        mention["label"] = "PER"


# A list that goes on after a number set off by commas: "Kebayoran Lama, 8, dan Tebet, 5"
_LIST_GOES_ON = re.compile(
    r"[ \t]+(?:dan|atau|serta|kemudian|lalu|disusul|diikuti|hingga|sampai|sedangkan)\b"
)


# The minute of a goal or card after a name: "Nguyen Tien Linh (51')", "Hodak (45+2')",
# "Struick (pen. 70')"
_MINUTE_AFTER = re.compile(r" ?\((?:pen\.? |p\.? |og |bd )?\d{1,3}(?:\+\d{1,2})?['’]\)")
_MINUTE_CLOSING = re.compile(r"[ \t]\d{1,3}$")
_MINUTE_WRITTEN_AFTER = re.compile(r"[ \t]+(?:pada[ \t]+)?menit[ \t]+ke[ \t]*-?[ \t]*\d{1,3}\b")


def scorers_are_people(found: list[dict[str, Any]], text: str) -> None:
    """A name followed by the minute of a goal or card in brackets is a player, unless
    warta knows it as a place or body ("Vietnam membalas lewat Nguyen Tien Linh (51')"); so
    is one the tagger ran on over the minute written without brackets ("[Andrej Kramaric
    21] '": the name ends before the number)."""
    scorers: set[str] = set()
    for mention in found:
        name = str(mention["text"])
        minute = _MINUTE_CLOSING.search(name)
        if (
            minute is not None
            and re.match(r"[ \t]?['’]", text[int(mention["end"]) :])
            and " " in name[: minute.start()]
        ):
            name = name[: minute.start()]
            mention["text"], mention["end"] = name, int(mention["start"]) + len(name)
        if (
            mention["label"] == "PER"
            or (
                _MINUTE_AFTER.match(text, int(mention["end"])) is None
                and not re.match(r"[ \t]\d{1,3}[ \t]?['’]", text[int(mention["end"]) :])
                # "dicetak oleh Rakitic menit ke - 59": the minute written out
                and _MINUTE_WRITTEN_AFTER.match(text, int(mention["end"])) is None
            )
            or known_type(name) is not None
            or name.lower() in KNOWN_LOCS
            or not all(_NAME_WORD.fullmatch(word) for word in name.split())
        ):
            continue
        mention["label"] = "PER"
        mention.pop("role", None)
        scorers.add(name)
    for mention in found:
        # (the scorer wherever the article names him so: "lewat sepakan kaki kiri Rakitic")
        if mention["label"] in ("ORG", "LOC") and str(mention["text"]) in scorers:
            mention["label"] = "PER"


_AGED_RUN = re.compile(
    r"(?<![\w'’.-])[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){0,3}(?=" + _AGE_AFTER.pattern + ")"
)


# Forms of address and kinship words before an aged name ("Nenek Iyah (72)", "Bu Sumi (60)")
_FORMS_BEFORE_AGED = HONORIFICS | frozenset(
    {"nenek", "kakek", "nek", "kek", "bu", "ibu", "pak", "bapak", "mak", "emak", "uwak", "wak",
     "bocah", "balita", "bayi", "mbah", "engkong", "oma", "opa", "abah", "umi", "ummi"}
)  # fmt: skip


_ADDRESS_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted((w.capitalize() for w in _FORMS_BEFORE_AGED), key=len,
                                        reverse=True)) + r")\.?[ \t]+$"
)  # fmt: skip


def aged_names_left_out(found: list[dict[str, Any]], text: str, sports: bool = False) -> None:
    """Capitalised words with an age in brackets after them, which the tagger left out, are
    a person ("Korban meninggal masing-masing Suharti (54), Rina Marlina (41)"): not a word
    warta knows as a title, place or body, nor one the article also writes in lower case.
    Not in sports news (scores and minutes)."""
    if sports:
        return
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    added: list[str] = []
    for run in _AGED_RUN.finditer(text):
        begin, end = run.span()
        if any(a < end and begin < b for a, b in taken):
            continue
        age = _AGE_AFTER.match(text, end)
        if age is not None and _span_of_time(age, text, begin):
            continue  # a span of time: "hingga Lebaran (1 bulan)"
        words = run.group().split()
        lead = 0
        while lead < len(words) - 1 and words[lead].lower() in _FORMS_BEFORE_AGED:
            lead += 1  # "Nenek Iyah (72)": how she is called, then her name
        if lead:
            begin = run.start() + run.group().index(words[lead], len(" ".join(words[:lead])))
            words = words[lead:]
        if any(
            (_known_word(w, {}) and not (k and w.lower() in NAME_TITLES)) or written_small(w, text)
            for k, w in enumerate(words)
        ):
            # (a title after a given name is a name, "Nadia Putri (22)"; a town only geonames
            # knows is no proof against one)
            continue
        found.append({"text": text[begin:end], "label": "PER", "start": begin, "end": end})
        added.append(text[begin:end])
    for name in added:
        # the article names the same person again without the age: "Satim yang sudah …"
        _mark_everywhere(found, text, name)
    found.sort(key=lambda m: int(m["start"]))


_INITIALS = re.compile(r"[A-Z]{2,3}")
_WORD_BEFORE_INITIALS = re.compile(r"(?<![\w-])([A-Za-z]+)(,?)[ \t]+$")


def _calling_before(text: str, at: int) -> bool:
    """Whether a word of calling, a rank or a lower-case noun stands before initials at `at`
    ("Sopir bus, AS", "Bripka AS", "Korban SR"); not a conjunction or another name."""
    before = _WORD_BEFORE_INITIALS.search(text, max(0, at - 30), at)
    if before is None:
        return False
    word = before.group(1)
    return (word.islower() and word not in {"dan", "serta", "atau"}) or (
        word.lower() in TITLE_WORDS | COMMON_CALLINGS | RANKS and not before.group(2)
    )


_GIVEN_THEN_TITLE = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*)[ \t]+([A-Z][a-z]+)[ \t]+$")


def title_words_inside_names(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A given name, a title word that is also a name ("Putri", "Putra", "Ratu"), then the rest
    of the name: one person, "beranggotakan [Nadia] Putri [Ramadhani]" (the tagger split at
    the title, reading the given name as a place). Not after a place or body the title is
    of ("Bupati Lebak Ratu Tatu Chasanah"), nor after a title; only a given name the tagger
    found as a mention of its own."""
    out: list[dict[str, Any]] = []
    for mention in found:
        start = int(mention["start"])
        run = _GIVEN_THEN_TITLE.search(text, max(0, start - 40), start)
        given, title = (run.group(1), run.group(2)) if run else ("", "")
        before = text[max(0, run.start() - 30) : run.start()] if run else ""
        word_before = before.split()[-1] if before.split() else ""
        if (
            run is None
            or mention["label"] != "PER"
            or mention.get("role", title) != title
            or title.lower() not in NAME_TITLES
            # (a town only geonames knows is no proof against a given name: "Nadia")
            or _known_word(given, {})
            or gazetteer.get((given.lower(),)) == "ORG"
            or written_small(given, text)
            or word_before.lower() in TITLE_WORDS
            or word_before[:1].isupper()
        ):
            out.append(mention)
            continue
        # the given name, which the tagger took for a mention of its own (not a noun before
        # a daughter's father: "Tangisan Putri Amien Rais"), goes into the name
        own = [m for m in out if int(m["start"]) == run.start(1) and int(m["end"]) == run.end(1)]
        if not own:
            out.append(mention)
            continue
        out.remove(own[0])
        mention["start"] = run.start(1)
        mention["text"] = text[run.start(1) : int(mention["end"])]
        mention.pop("role", None)
        out.append(mention)
    found[:] = out


# Titles of Yogyakarta's and Surakarta's courts, written before the name in capitals
_COURT_TITLED = re.compile(
    r"(?<![\w.-])(?:GKR|KGPAA|KGPH|GPH|GBPH|GKBRAy|BRAy|BRM|KRT|KRMT|GRAj)\.?"
    r"[^\S\n]+[A-Z][\w'’-]+(?:[^\S\n]+(?:[A-Z][\w'’-]+|[IVX]+\b)){0,3}"
)


def court_titles_name_people(found: list[dict[str, Any]], text: str) -> None:
    """A name after a Javanese court title ("GKR Hemas", "KGPAA Mangkunegara X", "GPH
    Paundrakarna") is a person, with the title, as the press writes it; the tagger read the
    capitals as a body's short form or missed the name."""
    added = False
    for match in _COURT_TITLED.finditer(text):
        a, b = match.span()
        for word in reversed(list(re.finditer(r"\S+", match.group()))[1:]):
            # (not the clause's next capitalised word: "… GKR Hemas Senin …")
            if word.group().lower() in _CALENDAR_WORDS:
                b = a + word.start() - 1
        found[:] = [m for m in found if int(m["end"]) <= a or int(m["start"]) >= b]
        found.append({"text": text[a:b], "label": "PER", "start": a, "end": b})
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


_CALENDAR_WORDS = frozenset(
    {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "pagi", "siang", "sore",
     "malam"}
)  # fmt: skip


# An initial, then a surname's particle and the surname: "S de Vrij", "R. van Persie"
_INITIAL_PARTICLE_NAME = re.compile(
    r"[A-Z]\.?[ \t]+(?:de|van|von|der|den|da|di|del|della|dos|du|le|la)[ \t]+[A-Z][\w'’-]+"
)


def initials_before_particles_are_people(found: list[dict[str, Any]]) -> None:
    """An initial, a surname's particle and the surname are a person, whatever the tagger
    read them as: "gol cepat S de Vrij menit ketiga" (read as a body)."""
    for mention in found:
        if mention["label"] != "PER" and _INITIAL_PARTICLE_NAME.fullmatch(str(mention["text"])):
            mention["label"] = "PER"


# A list item's ending after a name: a comma, a semicolon, a bracket, "dan", a full stop
_LIST_ITEM_END = re.compile(r"[ \t]*(?:[,;.(]|dan\b)")


def titles_listed_as_given_names(found: list[dict[str, Any]], text: str) -> None:
    """A title that is also a given name ("Sultan", "Putra"), read as the role of a name listed
    between commas, opens the name: "Asri Akbar, Sultan Samma (Riswan 76'), Terens Puhiri"."""
    for mention in found:
        role = str(mention.get("role") or "")
        start = int(mention["start"])
        if (
            mention["label"] == "PER"
            and role.lower() in NAME_TITLES
            and text[max(0, start - len(role) - 3) : start].endswith((f", {role} ", f"; {role} "))
            and _LIST_ITEM_END.match(text, int(mention["end"]))
            # (not after a word written small, a relation: "ayahnya, Pangeran Charles")
            and not re.search(
                r"(?:^|\W)[a-z]+$", text[max(0, start - len(role) - 30) : start - len(role) - 3]
            )
        ):
            name = str(mention["text"])
            _title_as_given_name(mention, text)
            if mention.get("canonical") == name:
                mention["canonical"] = mention["text"]


def _title_as_given_name(person: dict[str, Any], text: str) -> None:
    """ "Putri Amelia (16)": a title word that is also a given name ("Putri", "Ratu") right
    before a person listed with an age is the first word of the name."""
    role = str(person.get("role") or "")
    start = int(person["start"])
    if role.lower() in NAME_TITLES and text[max(0, start - len(role) - 1) : start] == role + " ":
        person["text"] = f"{role} {person['text']}"
        person["start"] = start - len(role) - 1
        del person["role"]


_GOES_BY = re.compile(
    # (the comma left out too: "kata Soni sapaan karib Sumarsono"; or a dash or bracket for
    # it: "Mbah Rono — sapaan Surono —", "Ucok (panggilan Rizal)")
    r"(?:[ \t]*,[ \t]*|[ \t]+|[ \t]*[—–-]{1,2}[ \t]*|[ \t]*\([ \t]*)"
    r"(?:sapaan|panggilan|nama[ \t]+panggilan)"
    r"(?:[ \t]+(?:akrab|karib|populer))?"
    r"[ \t]+(?:dari[ \t]+|bagi[ \t]+|untuk[ \t]+)?"
)


_GOES_BY_ITS = re.compile(
    r"[ \t]*,[ \t]*(?:(?:sapaan|panggilan|nama[ \t]+panggilan)(?:[ \t]+(?:akrab|karib))?nya\b"
    # "Menurut Nita, demikian dia kerap disapa, …"
    r"|demikian[ \t]+(?:dia|ia|beliau)[ \t]+(?:(?:kerap|akrab|biasa|sering)[ \t]+)?"
    r"(?:disapa|dipanggil)\b)"
)


def nicknames_of_full_names(
    found: list[dict[str, Any]], aliases: Mapping[str, str]
) -> dict[str, str]:
    """More names people go by, as aliases for `resolve_in_document`:
    - a short form in capitals written once in title case ("OSO" of Oesman Sapta Odang, then
      "Oso") stands for what the capitals stand for;
    - a one-word name made of the openings of two words of one person's full name, the way
      Indonesians shorten names ("Herkis" of Herry Kiswanto, "Djanur" of Djadjang
      Nurdjaman, "Zulhas" of Zulkifli Hasan), stands for that name when it fits only one
      and uses part of both words ("Budiman" is no Budi Manurung)."""
    people = [str(m["text"]) for m in found if m["label"] == "PER"]
    full = {name for name in people if 2 <= len(name.split()) <= 4}
    out: dict[str, str] = {}
    for name in people:
        if " " in name or name in aliases or not name.isalpha() or name.isupper():
            continue
        capitals = aliases.get(name.upper())
        if capitals is not None and name.upper() in people:
            out[name] = capitals
            continue
        if 5 <= len(name) <= 10:
            fits = {person for person in full if _opens_two_words(name.lower(), person)}
            if len(fits) == 1:
                out[name] = fits.pop()
    return out


def _opens_two_words(short: str, person: str) -> bool:
    """Whether `short` is part of the opening of one word of `person` (two letters at least)
    then part of the opening of the next word (two letters at least)."""
    words = [w.lower() for w in person.split()]
    return any(
        first.startswith(short[:cut])
        and second.startswith(short[cut:])
        and 2 <= len(short) - cut < len(second)
        and cut < len(first)
        for first, second in pairwise(words)
        for cut in range(2, len(short) - 1)
    )


def nicknames(found: list[dict[str, Any]], text: str) -> dict[str, str]:
    """Names people go by ("… yang akrab disapa Appi"): each maps to the person's name as
    written before it, and is a PER mention wherever the article writes it."""
    aliases: dict[str, str] = {}
    for person in [m for m in found if m["label"] == "PER"]:
        match = _NICKNAME.match(text, int(person["end"]))
        if match is None:
            continue
        nick = match.group(1).strip()
        full = str(person["text"])
        if nick == full or nick in full.split() or nick in aliases or nick.lower() in TITLE_WORDS:
            continue  # ("Moch Ramuji alias Kapten": a title elsewhere in the article)
        if nick in PEOPLE_ALIAS_FORMS:
            # "Ahok", "Jokowi": the alias table knows whom, whatever spelling precedes it;
            # still a person wherever the article writes it
            _mark_everywhere(found, text, nick)
            continue
        if "kenal" in match.group(0) and full not in aliases:
            # "Nur Chotib atau dikenal dengan Yusuf Mansur": the name the public knows is the
            # one that stands for the person (the name given first stands for it)
            aliases[full] = nick
            _mark_everywhere(found, text, nick)
            continue
        aliases[nick] = full
    people = [m for m in found if m["label"] == "PER"]
    for match in [*_EPITHET_NICKNAME.finditer(text), *_EPITHET_ALIAS.finditer(text)]:
        # "…," tutur pria yang akrab disapa Pak Tris itu: an epithet for the subject of the
        # last sentence before this one that names someone (not "… kondisi terakhir Jupe,
        # namun perempuan yang akrab dipanggil Jedar", where the sentence before names her)
        nick = match.group(1).strip()
        noun = match.group(0).split()[0].lower()
        if noun in _EPITHET_CALLINGS:
            # ("Penyanyi yang kerap disapa Iyek ini"): the one named before with that calling,
            # "penyanyi senior Ahmad Albar", not whoever else the sentence names
            owner = next(
                (
                    m
                    for m in reversed(people)
                    if int(m["end"]) <= match.start()
                    and noun in str(m.get("role") or "").lower().split()
                ),
                None,
            )
            if owner is None and match.re is _EPITHET_ALIAS:
                # ("pemain beralias Bepe itu": the name it goes by says enough)
                owner = _epithet_owner(people, text, match.start(), nick)
        else:
            owner = _epithet_owner(people, text, match.start(), nick)
        if owner is None or nick in aliases:
            continue
        full = str(owner["text"])
        if nick != full and nick not in full.split() and nick.lower() not in TITLE_WORDS:
            aliases[nick] = full
    for match in _ANY_NICKNAME.finditer(text):
        nick = match.group(1)
        if _ANOTHER_PERSON.search(text, max(0, match.start() - 30), match.end()):
            continue  # "seorang nenek yang akrab disapa Ani", "putrinya yang …": someone else
        made_from = {
            str(m["text"])
            for m in people
            if int(m["start"]) < match.start()
            and " " in str(m["text"])
            and nick not in str(m["text"]).split()
            and any(nick.lower() in w.lower() for w in str(m["text"]).split())
        }
        if nick not in aliases and len(made_from) == 1:
            aliases[nick] = made_from.pop()
    for nick, full in list(aliases.items()):
        # ("Pak Tris" … "Tris": the name without its form of address is the same one)
        address, _, bare = nick.partition(" ")
        if bare and address in _NICK_ADDRESS and bare not in aliases and bare not in full.split():
            aliases[bare] = full
    for nick_mention, person in pairwise(people):
        # "Gus Ipul, sapaan akrab Menteri Sosial Saifullah Yusuf, …": the name first, then
        # whose it is
        goes_by = _GOES_BY.match(text, int(nick_mention["end"]))
        nick, full = str(nick_mention["text"]), str(person["text"])
        if (
            goes_by is None
            or int(person["start"]) - goes_by.end() > 60
            or re.search(r"[.,;:!?\n]", text[goes_by.end() : int(person["start"])])
            or nick == full
            or nick in aliases
        ):
            continue
        aliases[nick] = full
    for nick_mention in people:
        # "… bagi Jojo, sapaan akrabnya, sepanjang musim": the name the subject goes by
        nick = str(nick_mention["text"])
        if " " in nick or nick in aliases or not _GOES_BY_ITS.match(text, int(nick_mention["end"])):
            continue
        # (whose: the last person named before it whose name the nickname is made from,
        # "Tiko" of Kartika Wirjoatmodjo, "Ani" of Sri Mulyani, "Jojo" of Jonatan Christie)
        low = nick.lower()
        owner = next(
            (
                m
                for m in reversed(people)
                if int(m["end"]) <= int(nick_mention["start"])
                and " " in str(m["text"])
                and nick not in str(m["text"]).split()
                and (
                    low[:3] in str(m["text"]).lower().replace(" ", "")
                    or any(w.lower().startswith(low[:2]) for w in str(m["text"]).split())
                )
            ),
            None,
        )
        if owner is not None:
            aliases[nick] = str(owner["text"])
    for person in people:
        # "Tjokorda Oka Artha Ardana Sukawati atau Cok Ace menyebut …": a long name, then
        # "atau" and a short name nothing else knows (not "Prabowo atau Gibran": two people)
        match = _OR_NICKNAME.match(text, int(person["end"]))
        if match is None:
            continue
        nick, full = match.group(1), str(person["text"])
        words = full.split()
        tagged = next((m for m in found if int(m["start"]) == match.start(1)), None)
        if (
            nick in aliases
            or nick in words
            or nick.isupper()  # "… Louis Vuitton atau LVMH": a body's short form
            or (tagged is not None and tagged["label"] == "PER")
            or any(known_type(w) is not None or w.lower() in TITLE_WORDS for w in nick.split())
            or not (
                len(words) >= 3
                or any(w.lower().startswith(nick.split()[0].lower()[:3]) for w in words)
            )
        ):
            continue
        aliases[nick] = full
    for nick in [n for n in aliases if n.split()[-1] in ("Gate", "gate")]:
        del aliases[nick]  # "Basuki Tjahaja Purnama atau Ahok Gate": a scandal named after him
    for nick in list(aliases):
        # "Abu Nusaibah alias Abu Hilyah alias Abu Husnia": every name of a chain is the
        # first one's
        seen, full = {nick}, aliases[nick]
        while full in aliases and full not in seen:
            seen.add(full)
            full = aliases[full]
        aliases[nick] = full
    for nick in aliases:
        _mark_everywhere(found, text, nick)
    return aliases


# A person's short name after "atau": "… Sukawati atau Cok Ace menyebut", "… atau Sandi,"
_OR_NICKNAME = re.compile(
    r"[ \t]+atau[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)(?=[ \t]*[,.;:)]|[ \t]+[a-z])"
)


def _mark_spans(found: list[dict[str, Any]], name: str, spans: list[tuple[int, int]]) -> None:
    """Mark `name` a person at each of `spans` no mention covers yet."""
    for begin, end in spans:
        if not any(int(m["start"]) < end and begin < int(m["end"]) for m in found):
            found.append({"text": name, "label": "PER", "start": begin, "end": end})
    found.sort(key=lambda m: int(m["start"]))


def _mark_everywhere(found: list[dict[str, Any]], text: str, nick: str) -> None:
    added = False
    for occurrence in re.finditer(r"(?<![\w-])" + re.escape(nick) + r"(?![\w-])", text):
        begin, end = occurrence.span()
        overlapping = [m for m in found if int(m["start"]) < end and begin < int(m["end"])]
        if not overlapping:
            found.append({"text": nick, "label": "PER", "start": begin, "end": end})
            added = True
        elif len(overlapping) == 1 and (
            int(overlapping[0]["start"]),
            int(overlapping[0]["end"]),
        ) == (begin, end):
            overlapping[0]["label"] = "PER"
    if added:
        found.sort(key=lambda m: int(m["start"]))


def people_after_bodies_in_titles(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A body after a title word, run on into a person's name ("Direktur PT Laba Forexindo
    Berjangka Ibrahim Assuaibi"), splits where the person begins: its last two or three
    words are a person the article names elsewhere, in full or by the first of them. One
    last word ("Sekretaris DPRD Kota Bekasi Junaedi") only after a place, an acronym or a
    known body: "CEO Global Future Gurnek Bains" may be Gurnek's surname."""
    people = {str(m["text"]) for m in found if m["label"] == "PER"}
    firsts = {name for name in people if " " not in name}
    out: list[dict[str, Any]] = []
    for mention in found:
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        # (a title's field between: "Kepala Pelaksana BPBD Sumatera Utara Tuahta …")
        title = _title_before(text, int(mention["start"]), fields=1)
        size = 0
        # (one word of the body is enough when it is a short form the body is known by,
        # "Peneliti LIPI Hurriyah"; not a firm's legal form, "Direktur PT Djarum")
        body_words = (
            1
            if words and SHORT_FORM.fullmatch(words[0][0]) and words[0][0] not in LEGAL_FORMS
            else 2
        )
        if mention["label"] == "ORG" and len(words) > body_words and title is not None:
            size = max(
                (
                    n
                    for n in range(1, min(3, len(words) - body_words) + 1)
                    if (" ".join(w for w, _ in words[-n:]) in people or words[-n][0] in firsts)
                    and (n > 1 or _closes_a_body(words[-2][0], gazetteer))
                ),
                default=0,
            )
        if not size or title is None or not all(_NAME_WORD.fullmatch(w) for w, _ in words[-size:]):
            out.append(mention)
            continue
        lead_end = words[-size - 1][1] + len(words[-size - 1][0])
        out += _split_off_person(mention, text, lead_end, words[-size][1], "ORG", title)
    found[:] = out


def names_run_on_after_known_bodies(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A body warta knows by its whole name with one more capitalised word after it, in a
    title ("ujar Pelaksana Tugas Dirjen Bina Keuangan Daerah [Kementerian Dalam Negeri
    Syarifuddin] …"), is the body, then the person: the word is one warta does not know and
    the article never writes small."""
    out: list[dict[str, Any]] = []
    # (or a body the article names alone, before a word it names alone as a person:
    # "Direktur Utama [Perum Peruri] Prasetio" … "Perum Peruri" … "kata Prasetio")
    bodies = {str(m["text"]) for m in found if m["label"] == "ORG"}
    people = {str(m["text"]) for m in found if m["label"] == "PER"}
    for mention in found:
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        body = " ".join(w for w, _ in words[:-1])
        last = words[-1][0] if words else ""
        title = title_opening(text, int(mention["start"]))
        if (
            mention["label"] != "ORG"
            or len(words) < 3
            or title is None
            or not (
                body in KNOWN_BODY_NAMES
                or known_type(body) == "ORG"
                or (body in bodies and last in people)
            )
            or known_type(str(mention["text"])) is not None
            or not _NAME_WORD.fullmatch(last)
            or last.isupper()
            or _known_word(last, gazetteer)
            or written_small(last, text)
            # (a name that runs on: "Grup Sinar Mas Land Michael Widjaja", "Perum Bulog Divre
            # DKI Jakarta", where the last word is the body's)
            or re.match(r"[ \t]+[A-Z]", text[int(mention["end"]) :]) is not None
        ):
            out.append(mention)
            continue
        lead_end = words[-2][1] + len(words[-2][0])
        out += _split_off_person(mention, text, lead_end, words[-1][1], "ORG", title)
    found[:] = out


# words that head places and bodies or address people: no part of a name after a body
_NOT_NAME_WORDS = LOC_HEADS | ORG_HEADS | HONORIFICS
_SHORT_FORM_AFTER = re.compile(r"[ \t]*\(([A-Z][\w&-]{1,15})\)")


def bodies_opening_people_in_titles(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A person's name after a title that opens with a body the article names on its own
    ("Badan Pangan Nasional (Bapanas) … Kepala Bapanas Arief Prasetyo Adi"): the body, then
    the person, whose role is the title and the body. Two name words must remain."""
    bodies = {str(m["text"]) for m in found if m["label"] == "ORG"}
    defined: set[str] = set()  # short forms the article defines in brackets
    for body in [m for m in found if m["label"] == "ORG"]:
        short = _SHORT_FORM_AFTER.match(text, int(body["end"]))
        if short is not None:
            bodies.add(short.group(1))  # "Badan Pangan Nasional (Bapanas)"
            defined.add(short.group(1))
    # a company the article names with its legal form ("PT Timah Tbk"): written without it
    # ("mantan Direktur Keuangan PT Timah Emil Ermindra"), what follows is no more of its name
    unlisted = {_LISTED.sub("", b) for b in bodies} - bodies
    bodies |= unlisted
    out: list[dict[str, Any]] = []
    for mention in found:
        label = mention["label"]
        if label == "ORG" and _HOSPITAL_NAME.match(str(mention["text"])):
            out.append(mention)  # "RSUP Dr. Hasan Sadikin": a hospital named after someone
            continue
        title = _title_before(text, int(mention["start"])) if label in {"PER", "ORG"} else None
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        if title is None and label in {"PER", "ORG"} and _body_opens(words, gazetteer):
            # "Direktur Olahraga Ducati Paolo Ciabatti": a title and its field
            title = _title_before(text, int(mention["start"]), fields=2)
        size = next(
            (
                n
                for n in (3, 2, 1)
                # (one name word after a short form the article defines: "Ketua Umum Aprindo
                # Solihin", where lower case or a stop follows; not "MASOC Sports & …")
                if len(words) - n
                >= (1 if n == 1 and words[0][0] in defined and _ends_clause(text, mention) else 2)
                and " ".join(w for w, _ in words[:n]) in bodies - {str(mention["text"])}
            ),
            0,
        )
        if title is None and size:
            # (its field between: "Direktur Keuangan PT Timah Emil Ermindra", "Ketua Umum")
            title = _title_before(text, int(mention["start"]), fields=2)
        if (
            size <= 1
            and label == "ORG"
            and title is not None
            and _body_opens(words, gazetteer)
            and not re.match(r"[ \t]+[A-Z]", text[int(mention["end"]) :])
        ):
            # "Pelatih Persib Bojan Hodak" tagged one body, "Persib" a body warta knows: the
            # body, then the person
            size = 1
        elif size and label == "ORG":
            # "Pelatih Persib Bojan Hodak" tagged one body: what follows the body the article
            # names alone must be a name (two or three capitalised words nothing knows)
            rest = [w for w, _ in words[size:]]
            after = text[int(mention["end"]) :]
            before = text[: int(mention["start"])]
            if not (
                len(rest) <= 3
                # (the body's name may run on: "IPB Science Techno" … "Park")
                and not re.match(r"[ \t]+[A-Z]", after)
                and all(_NAME_WORD.fullmatch(w) and not w.isupper() for w in rest)
                and known_type(" ".join(rest)) is None
                and not any(
                    known_type(w) is not None
                    or w.lower() in _NOT_NAME_WORDS
                    or gazetteer.get((w.lower(),)) is not None
                    for w in rest
                )
                # the article calls the person by a part of the name again ("… kata Hodak")
                and (
                    " ".join(w for w, _ in words[:size]) in unlisted
                    or any(
                        re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", before + " " + after)
                        for w in (rest[0], rest[-1])
                    )
                )
            ):
                size = 0
        if not size and label == "PER" and title is not None and _body_opens(words, gazetteer):
            size = 1  # "Ekonom Indef Bhima Yudhistira", "Kepala PVMBG Kasbani Hadi"
        if title is None or not size:
            out.append(mention)
            continue
        lead_end = words[size - 1][1] + len(words[size - 1][0])
        out += _split_off_person(mention, text, lead_end, words[size][1], "ORG", title)
    found[:] = out


def _ends_clause(text: str, mention: dict[str, Any]) -> bool:
    return re.match(r"[ \t]+[a-z]|[,.;:]", text[int(mention["end"]) :]) is not None


_LISTED = re.compile(r"(?:[ \t]+\(Persero\))?[ \t]*,?[ \t]+Tbk\.?$|[ \t]+\(Persero\)$")
_CAPITALS_BODY = re.compile(r"[A-Z]{3,}(?:-[A-Z]+)?")
_ROMAN = re.compile(r"[IVXL]+")
_CAPITALS_THEN_SMALL = re.compile(r"[A-Z]{3,}[a-z]{2,}")


def _body_opens(words: list[tuple[str, int]], gazetteer: Mapping[tuple[str, ...], str]) -> bool:
    """Whether the first of a person's name words, after a title, is a body: a short form in
    capitals of three letters or more (not a rank, title or Roman numeral) or a body warta
    knows, and two name words nothing knows follow."""
    first = words[0][0]
    rest = [w for w, _ in words[1:]]
    low = first.lower().rstrip(".")
    return (
        2 <= len(rest) <= 3
        and (
            (
                # (or capitals, then small letters: "SAFEnet")
                (_CAPITALS_BODY.fullmatch(first) or _CAPITALS_THEN_SMALL.fullmatch(first))
                and _ROMAN.fullmatch(first) is None
                and low not in RANKS | TITLE_WORDS | HONORIFICS | NAME_TITLES
            )
            or first in KNOWN_BODY_NAMES
            # (not a short name that spells one: "pelatih Ma Se Hong", not the court MA)
            or (known_type(first) == "ORG" and (first.isupper() or len(first) >= 4))
        )
        and low not in _JAVANESE_TITLES
        and all(_NAME_WORD.fullmatch(w) and not w.isupper() for w in rest)
        and not any(
            known_type(w) is not None
            or w.lower() in _NOT_NAME_WORDS | ORG_LAST_WORDS | FIRM_ENDINGS
            or gazetteer.get((w.lower(),)) is not None
            for w in rest
        )
    )


# Javanese royal titles in capitals ("GKR Hemas", "KGPAA Mangkunegara"): a person's, no body
_JAVANESE_TITLES = frozenset(
    {"gkr", "gph", "kgph", "kgpaa", "gbph", "kph", "krt", "krmt", "brm", "bra", "bray", "brt"}
)
_DIRECTIONS = frozenset(
    {"utara", "selatan", "barat", "timur", "tengah", "raya", "baru", "lama", "kota", "hilir",
     "hulu", "darat", "laut", "besar", "kecil", "atas", "bawah", "dalam", "luar"}
)  # fmt: skip


def short_forms_keep_their_qualifiers(found: list[dict[str, Any]], text: str) -> None:
    """A body's short form in a title, then a person whose name the tagger opened with the
    words that go with the short form elsewhere in the article ("Balai Besar Wilayah Sungai
    (BBWS) Serayu Opak" … "Kepala BBWS [Serayu Opak Maryadi]"): those words are the body's,
    the person begins after them."""
    for body, person in pairwise(found):
        short = str(body["text"])
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(person["text"]))]
        if not (
            body["label"] == "ORG"
            and person["label"] == "PER"
            and int(person["start"]) == int(body["end"]) + 1
            and re.fullmatch(r"[A-Z][A-Za-z]{1,7}", short)
            and sum(c.isupper() for c in short) >= 2
            and len(words) >= 2
            and _title_before(text, int(body["start"]), fields=2) is not None
        ):
            continue
        size = next(
            (
                k
                for k in range(min(3, len(words) - 1), 0, -1)
                if re.search(
                    r"(?<![\w-])"
                    + re.escape(short)
                    + r"\)?[ \t]+"
                    + re.escape(" ".join(w for w, _ in words[:k]))
                    + r"(?![\w-])(?![ \t]+"
                    + re.escape(words[k][0])
                    + r"(?![\w-]))",
                    text,
                )
            ),
            0,
        )
        if not size:
            continue
        cut = words[size][1]
        lead = str(person["text"])[: words[size - 1][1] + len(words[size - 1][0])]
        body["text"] = f"{short} {lead}"
        body["end"] = int(person["start"]) + len(lead)
        person["start"] = int(person["start"]) + cut
        person["text"] = text[int(person["start"]) : int(person["end"])]
        role = str(person.get("role") or "")
        if role.endswith(short):
            person["role"] = f"{role} {lead}"


def given_names_tagged_as_bodies(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """One word the tagger took for a body of its own, between a body and a person after a
    title, is the person's given name: "Bos [Ducati Corse] [Gigi] [Dall'Igna] mengatakan"."""
    out: list[dict[str, Any]] = []
    skip = False
    for index, word in enumerate(found):
        if skip:
            skip = False
            continue
        before = found[index - 1] if index > 0 else None
        person = found[index + 1] if index + 1 < len(found) else None
        name = str(word["text"])
        if (
            before is not None
            and person is not None
            and word["label"] == "ORG"
            and before["label"] in ("ORG", "LOC")
            and person["label"] == "PER"
            and int(word["start"]) == int(before["end"]) + 1
            and int(person["start"]) == int(word["end"]) + 1
            and _NAME_WORD.fullmatch(name)
            and name.isalpha()
            and not name.isupper()
            and known_type(name) is None
            and name not in KNOWN_BODY_NAMES  # "Direktur GMM [Audi] [Agung Arianto]"
            and gazetteer.get((name.lower(),)) is None
            and name.lower() not in ORG_HEADS | ORG_LAST_WORDS | FIRM_ENDINGS
            and not written_small(name, text)
            and (
                person.get("role")
                or _title_before(text, int(before["start"]), fields=2) is not None
                or title_opening(text, int(before["start"])) is not None
            )
        ):
            joined = {**person, "text": text[int(word["start"]) : int(person["end"])],
                      "start": int(word["start"])}  # fmt: skip
            role = str(joined.get("role") or "")
            if role.endswith(" " + name):
                joined["role"] = role[: -len(name) - 1]
            out.append(joined)
            skip = True
            continue
        out.append(word)
    found[:] = out


def given_names_glued_to_bodies(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A body warta knows, or a place, run on by the tagger over the given name of the person
    after it, in a title: "ketua umum [Persipura Benhur] [Tommy Mano]" → "Persipura",
    "Benhur Tommy Mano"; "Bupati [Sambas Atbah] [Romin Suhaili]"."""
    places = {str(m["text"]) for m in found if m["label"] == "LOC"}
    for body, person in pairwise(found):
        words = str(body["text"]).split(" ")
        last = words[-1]
        head = " ".join(words[:-1])
        if not (
            person["label"] == "PER"
            and len(words) >= 2
            and int(person["start"]) == int(body["end"]) + 1
            and (
                (body["label"] == "ORG" and (head in KNOWN_BODY_NAMES or known_type(head) == "ORG"))
                # "Bupati [Sambas Atbah] [Romin Suhaili]": a place the article names alone
                or (
                    body["label"] == "LOC"
                    and (head in places or head in plain_place_names() or known_type(head) == "LOC")
                )
            )
            and _NAME_WORD.fullmatch(last)
            and last.isalpha()
            and not last.isupper()
            and known_type(last) is None
            and gazetteer.get((last.lower(),)) is None
            and last.lower() not in _NOT_NAME_WORDS | ORG_LAST_WORDS | FIRM_ENDINGS
            and _title_before(text, int(body["start"]), fields=2) is not None
            # (not a whole name warta knows: "Gubernur Jawa Barat Ahmad Heryawan", "Manajer
            # Newcastle United Rafa Benitez")
            and known_type(str(body["text"])) is None
            and str(body["text"]) not in CLUB_NAMES
            and str(body["text"]) not in plain_place_names()
            and gazetteer.get(tuple(str(body["text"]).lower().split())) is None
            and last.lower() not in _DIRECTIONS
            and not re.search(r"[a-z][A-Z]", last)  # a firm's word: "Freeport McMoran"
            # the article writes the word nowhere but before this name ("Newcastle United" …
            # "United Rafa Benitez" is the club's name, written alone elsewhere), or alone
            # only as someone who speaks ("Kepala BPOM Taruna Ikrar" … "tegas Taruna")
            and all(
                text.startswith(" " + str(person["text"]).split(" ")[0], m.end())
                or quoted_by(text, [m.span()])
                for m in re.finditer(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", text)
            )
        ):
            continue
        body["text"], body["end"] = head, int(body["start"]) + len(head)
        person["start"] = int(person["start"]) - len(last) - 1
        person["text"] = text[int(person["start"]) : int(person["end"])]
        role = str(person.get("role") or "")
        if role.endswith(" " + last):
            person["role"] = role[: -len(last) - 1]


# Words that close a region's name ("Sulawesi Tenggara", "Jakarta Pusat")
_REGION_CLOSERS = _DIRECTIONS | frozenset({"tenggara", "daya", "pusat"})


def names_glued_to_places_after_titles(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A place closing an office, run on by the tagger over the one-word name of who holds
    it: "kata Kepala Suku Dinas Penanggulangan Kebakaran dan Penyelamatan [Jakarta Pusat
    Hardisiswan]" → the place "Jakarta Pusat" and the person "Hardisiswan", with the office
    as the role; so too a body warta knows, where the article names the person by that word
    alone elsewhere ("… [Kementerian Perdagangan Pradnyawati]" … "kata Pradnyawati")."""
    # (a body's name, where the article also names the person by that one word alone:
    # "Direktur … Kementerian Perdagangan Pradnyawati menuturkan" … "kata Pradnyawati")
    alone = {str(m["text"]) for m in found if m["label"] == "PER" and " " not in str(m["text"])}
    # (a person the tagger found right after: "Kabupaten Banyumas [Deskart] Sotyo Jatmiko"
    # gives the person the word)
    people_at = {int(m["start"]): m for m in found if m["label"] == "PER"}
    out: list[dict[str, Any]] = []
    for mention in found:
        words = str(mention["text"]).split(" ")
        head, last = " ".join(words[:-1]), words[-1]
        start, end = int(mention["start"]), int(mention["end"])
        next_person = people_at.get(end + 1) if text[end : end + 1] == " " else None
        body = (
            mention["label"] == "ORG"
            and last in alone
            and (known_type(head) == "ORG" or head in KNOWN_BODY_NAMES)
        )
        opening = title_opening(text, start) if mention["label"] == "LOC" or body else None
        if (
            opening is None
            or len(words) < 2
            or not (body or _names_a_place(head))
            # (not a place in its own right: "Sulawesi Tenggara", "Lebak Bulus")
            or is_known_place(str(mention["text"]))
            or gazetteer.get(tuple(w.lower() for w in words)) is not None
            # (the office, not where it sits: "Kantor Wali Kota … di Lebak Bulus")
            or re.search(r"(?<![\w-])(?:di|ke|dari|pada)(?![\w-])", text[opening:start])
            or not _NAME_WORD.fullmatch(last)
            or not last.isalpha()
            or last.isupper()
            or known_type(last) is not None
            or gazetteer.get((last.lower(),)) is not None
            or last.lower() in _NOT_NAME_WORDS | ORG_LAST_WORDS | _REGION_CLOSERS
            or written_small(last, text)
            # (the name goes on after it: not one word)
            or (re.match(r"[ \t]+[A-Z]", text[end : end + 3]) and next_person is None)
        ):
            out.append(mention)
            continue
        cut = start + len(head)
        out.append({**mention, "text": head, "end": cut})
        if next_person is not None:
            begin = end - len(last)
            next_person.update(
                {"text": text[begin : int(next_person["end"])], "start": begin,
                 "role": text[opening:cut]}
            )  # fmt: skip
            continue
        out.append(
            {"text": last, "label": "PER", "start": end - len(last), "end": end,
             "role": text[opening:cut]}
        )  # fmt: skip
    found[:] = out


def _names_a_place(name: str) -> bool:
    """Whether `name` is a place warta knows, or a regency's or city's head and one
    ("Kabupaten Banyumas")."""
    if name in plain_place_names() or known_type(name) == "LOC":
        return True
    head, _, rest = name.partition(" ")
    return head in {"Kabupaten", "Kota", "Provinsi"} and bool(rest) and _names_a_place(rest)


def bodies_opening_people_after_their_heads(found: list[dict[str, Any]], text: str) -> None:
    """A body's head word closing an office ("Kuasa Hukum Partai") and the rest of the
    body's name, which the article writes whole elsewhere ("Partai Idaman"), that the tagger
    ran into the person's: "Kuasa Hukum Partai [Idaman Heriyanto]" → ORG "Partai Idaman",
    PER "Heriyanto" with the office "Kuasa Hukum Partai Idaman"."""
    bodies = {str(m["text"]) for m in found if m["label"] == "ORG" and " " in str(m["text"])}
    if not bodies:
        return
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    out: list[dict[str, Any]] = []
    for mention in found:
        start = int(mention["start"])
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        head = _HEAD_BEFORE.search(text, max(0, start - 30), start)
        cut = (
            next(
                (
                    k
                    for k in range(1, len(words))
                    if f"{head.group(1)} {' '.join(w for w, _ in words[:k])}" in bodies
                    and text[head.start(1) : start + words[k - 1][1] + len(words[k - 1][0])]
                    == f"{head.group(1)} {' '.join(w for w, _ in words[:k])}"
                ),
                None,
            )
            if mention["label"] == "PER" and head is not None and len(words) >= 2
            else None
        )
        if head is None or cut is None or any(a <= head.start(1) < b for a, b in taken):
            out.append(mention)
            continue
        body_end = start + words[cut - 1][1] + len(words[cut - 1][0])
        out.append(
            {"text": text[head.start(1) : body_end], "label": "ORG", "start": head.start(1),
             "end": body_end}
        )  # fmt: skip
        person = {**mention, "start": start + words[cut][1]}
        person["text"] = text[int(person["start"]) : int(mention["end"])]
        role = str(mention.get("role") or "")
        if role.endswith(head.group(1)):
            person["role"] = role[: -len(head.group(1))] + text[head.start(1) : body_end]
        out.append(person)
    found[:] = out


# A capitalised word right before a mention: a body's head that may close an office
_HEAD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]+$")


def _split_off_person(
    mention: dict[str, Any], text: str, lead_end: int, cut: int, label: str, title: int
) -> list[dict[str, Any]]:
    """The mention as two: its lead (to `lead_end`, of `label`) and the person from `cut`,
    whose role runs from the title at `title` over the lead."""
    start, name = int(mention["start"]), str(mention["text"])
    return [
        {"text": name[:lead_end], "label": label, "start": start, "end": start + lead_end},
        {
            "text": name[cut:],
            "label": "PER",
            "start": start + cut,
            "end": int(mention["end"]),
            "role": text[title : start + lead_end],
        },
    ]


# A title word among the words before a mention, in the same clause ("Ketua tim Percepatan
# … Kementerian Pariwisata Revita Datau Mesakh")
_CLAUSE_BEFORE = re.compile(r"[^.,;:!?\n\"“”()]{0,160}$")


def given_names_glued_to_bodies_before_people(found: list[dict[str, Any]], text: str) -> None:
    """A body's mention whose last word opens the person's name right after it, as the
    article writes that word with the name again elsewhere, gives the word back: "Direktur
    Kelembagaan [BRI Sis] [Apik Wijayanto]" … "Menurut Sis Apik, …" is BRI and "Sis Apik
    Wijayanto"."""
    bodies = {str(m["text"]) for m in found if m["label"] == "ORG"}
    given: set[str] = set()
    gone: list[dict[str, Any]] = []
    for body, person in pairwise(found):
        words = str(body["text"]).split()
        first = str(person["text"]).split()[0] if str(person["text"]).split() else ""
        if (
            body["label"] != "ORG"
            or person["label"] != "PER"
            or not words
            or text[int(body["end"]) : int(person["start"])] != " "
        ):
            continue
        word, rest = words[-1], " ".join(words[:-1])
        together = re.compile(r"(?<![\w-])" + re.escape(f"{word} {first}") + r"(?![\w-])")
        before = re.search(
            r"(\S+)[ \t]+$", text[max(0, int(body["start"]) - 30) : int(body["start"])]
        )
        if (
            re.fullmatch(r"[A-Z][a-z]+", word) is None
            or known_type(word) is not None
            or word.lower() in ORG_LAST_WORDS | TITLE_WORDS
            # (the body the word is glued to: in the mention, or the one right before it,
            # "[BRI] [Sis] [Apik Wijayanto]")
            or not (
                (rest and (known_type(rest) == "ORG" or rest in bodies))
                or (not rest and before is not None and known_type(before.group(1)) == "ORG")
            )
            or not any(m.start() != int(body["end"]) - len(word) for m in together.finditer(text))
        ):
            continue
        cut = int(body["end"]) - len(word)
        if rest:
            body["end"] = cut - 1
            body["text"] = text[int(body["start"]) : cut - 1]
        else:
            gone.append(body)
        person["start"] = cut
        person["text"] = text[cut : int(person["end"])]
        role = str(person.get("role") or "")
        if role.endswith(" " + word):
            person["role"] = role[: -len(word) - 1]
        given.add(word)
    found[:] = [m for m in found if not any(m is g for g in gone)]
    for mention in found:
        # (and the word alone is the person elsewhere: "Menurut [Sis] Apik")
        if mention["label"] == "ORG" and str(mention["text"]) in given:
            mention["label"] = "PER"


# Capitalised words of a body's name right before its closing word ("Mandiri [Sekuritas]")
_BODY_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w&'’.-]*[ \t]+){1,3})$")


def company_words_open_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A person's mention opening with the word that closes a company's name takes the
    company out: "Analis Mandiri [Sekuritas Hadiansyah]" is Hadiansyah, an analyst of the
    body "Mandiri Sekuritas"."""
    added: list[dict[str, Any]] = []
    for person in found:
        words = str(person["text"]).split()
        start = int(person["start"])
        before = _BODY_WORDS_BEFORE.search(text, max(0, start - 60), start)
        if person["label"] != "PER" or len(words) < 2 or before is None:
            continue
        if words[0].lower() not in ORG_LAST_WORDS:
            continue
        # (the body's own words, after the title: "Analis [Mandiri] Sekuritas")
        body = list(re.finditer(r"\S+", before.group(1)))
        while body and body[0].group().lower() in TITLE_WORDS:
            body = body[1:]
        if not body or any(known_type(w.group()) == "LOC" for w in body):
            continue
        body_start = before.start(1) + body[0].start()
        cut = start + len(words[0])
        added.append(
            {"text": text[body_start:cut], "label": "ORG", "start": body_start, "end": cut}
        )
        rest = re.match(r"\s+", text[cut:])
        person["start"] = cut + (rest.end() if rest else 0)
        person["text"] = text[int(person["start"]) : int(person["end"])]
        role = str(person.get("role") or "")
        if role.endswith(text[body_start:start].strip()):
            person["role"] = f"{role} {words[0]}"  # "Analis Mandiri Sekuritas"
    if added:
        covered = [(int(m["start"]), int(m["end"])) for m in found]
        found.extend(
            m for m in added if not any(a < m["end"] and m["start"] < b for a, b in covered)
        )
        found.sort(key=lambda m: int(m["start"]))


def known_bodies_run_into_people(found: list[dict[str, Any]], text: str) -> None:
    """A body's mention right before a person's, whose name warta knows with the person's
    first word, takes that word: "mantan kiper [Athletic] [Bilbao Iraizoz]" is Athletic
    Bilbao's keeper Iraizoz."""
    for body, person in pairwise(found):
        words = str(person["text"]).split()
        if (
            body["label"] != "ORG"
            or person["label"] != "PER"
            or len(words) < 2
            or text[int(body["end"]) : int(person["start"])] != " "
            or known_type(f"{body['text']} {words[0]}") != "ORG"
        ):
            continue
        cut = int(person["start"]) + len(words[0])
        role = str(person.get("role") or "")
        if role.endswith(str(body["text"])):
            person["role"] = f"{role} {words[0]}"  # "mantan kiper Athletic Bilbao"
        body["end"] = cut
        body["text"] = text[int(body["start"]) : cut]
        rest = re.match(r"\s+", text[cut:])
        person["start"] = cut + (rest.end() if rest else 0)
        person["text"] = text[int(person["start"]) : int(person["end"])]


def known_bodies_before_people_in_titles(found: list[dict[str, Any]], text: str) -> None:
    """A body warta knows whole, run on into two or three name words nothing knows, after a
    title in the same clause, splits there: the body, then the person holding the office
    ("Ketua tim … Kementerian Pariwisata [Revita Datau Mesakh] dalam paparannya …")."""
    out: list[dict[str, Any]] = []
    for mention in found:
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        start = int(mention["start"])
        cut = next(
            (
                k
                for k in range(len(words) - 2, 1, -1)
                if 2 <= len(words) - k <= 3
                and known_type(str(mention["text"])[: words[k - 1][1] + len(words[k - 1][0])])
                == "ORG"
            ),
            None,
        )
        clause = _CLAUSE_BEFORE.search(text, max(0, start - 160), start)
        title = (
            next(
                (
                    clause.start() + t.start()
                    for t in re.finditer(r"[A-Za-z]+", clause.group())
                    if t.group().lower() in TITLE_WORDS
                ),
                None,
            )
            if clause is not None
            else None
        )
        if (
            mention["label"] != "ORG"
            or cut is None
            or title is None
            or not all(
                re.fullmatch(r"[A-Z][a-z]+", w)
                and known_type(w) is None
                and w not in plain_place_names()
                and not is_known_place(w)
                and w.lower() not in TITLE_WORDS | ORG_LAST_WORDS | ORG_HEADS | LOC_HEADS
                and not written_small(w, text)
                for w, _ in words[cut:]
            )
        ):
            out.append(mention)
            continue
        lead_end = words[cut - 1][1] + len(words[cut - 1][0])
        out += _split_off_person(mention, text, lead_end, words[cut][1], "ORG", title)
    found[:] = out


def bodies_before_people_named_alone(found: list[dict[str, Any]], text: str) -> None:
    """A title, then a body's name the tagger ran into the person's ("CEO Mecimapro Fransiska
    Dimitri Inkiriwang"): where the article calls the person by the word after the body alone
    ("ujar Fransiska") and writes the body's name alone too ("Promotor Mecimapro melalui …"),
    the body ends there and the person begins."""
    alone = {str(m["text"]) for m in found if m["label"] == "PER" and " " not in str(m["text"])}
    whole = {str(m["text"]) for m in found if m["label"] == "PER" and " " in str(m["text"])}
    named_bodies = {
        str(m["text"]) for m in found if m["label"] == "ORG" and " " not in str(m["text"])
    }
    bodies: set[str] = set()
    out: list[dict[str, Any]] = []
    for mention in found:
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        if (
            mention["label"] == "ORG"
            and len(words) >= 2
            and words[-1][0] in alone
            and words[-1][0].lower() not in ORG_LAST_WORDS
            and known_type(words[-1][0]) is None
            and known_type(str(mention["text"])[: words[-1][1]].rstrip()) == "ORG"
        ):
            # "Gelandang Real Madrid Isco berharap …": a body warta knows, then the person
            # the article calls by that word alone ("Masa depan Isco …")
            calling = re.search(
                r"([A-Za-z]+)[ \t]+$",
                text[max(0, int(mention["start"]) - 30) : int(mention["start"])],
            )
            title = (
                int(mention["start"]) - len(calling.group(0))
                if calling is not None and calling.group(1).lower() in ROLE_OPENING
                else None
            )
            if title is not None:
                lead_end = words[-2][1] + len(words[-2][0])
                out += _split_off_person(mention, text, lead_end, words[-1][1], "ORG", title)
                continue
        tail = next(
            (
                k
                for k in range(1, len(words) - 1)
                if " ".join(w for w, _ in words[k:]) in whole
                and known_type(" ".join(w for w, _ in words[:k])) != "PER"
            ),
            None,
        )
        if mention["label"] == "ORG" and tail is not None:
            # "kiper SFC Teja Paku Alam": after a calling, a body, then a person the article
            # names in full elsewhere ("12 Teja Paku Alam;" in the line-up)
            calling = re.search(
                r"([A-Za-z]+)[ \t]+$",
                text[max(0, int(mention["start"]) - 30) : int(mention["start"])],
            )
            if calling is not None and calling.group(1).lower() in ROLE_OPENING:
                title = int(mention["start"]) - len(calling.group(0))
                lead_end = words[tail - 1][1] + len(words[tail - 1][0])
                out += _split_off_person(mention, text, lead_end, words[tail][1], "ORG", title)
                continue
        if (
            mention["label"] == "ORG"
            and len(words) >= 3
            and words[-1][0] in alone
            and words[-1][0].lower() not in ORG_LAST_WORDS
            and known_type(words[-1][0]) is None
            and _NAME_WORD.fullmatch(words[-2][0])
            and words[-2][0].isalpha()
            and known_type(words[-2][0]) is None
            and words[0][0].lower() not in ORG_HEADS
            and known_type(str(mention["text"])) is None
        ):
            # "pebalap Red Bull Racing Max Verstappen": after a calling, a team, then a person
            # the article calls by the surname alone ("manuver Verstappen")
            calling = re.search(
                r"([A-Za-z]+)[ \t]+$",
                text[max(0, int(mention["start"]) - 30) : int(mention["start"])],
            )
            if calling is not None and calling.group(1).lower() in ROLE_OPENING:
                title = int(mention["start"]) - len(calling.group(0))
                lead_end = words[-3][1] + len(words[-3][0])
                out += _split_off_person(mention, text, lead_end, words[-2][1], "ORG", title)
                continue
        # (two words, the first a body the article names on its own: "Vice President Indana
        # Steven" … "PT Inti Daya Guna Aneka Warna (Indana)" … "kata Steven")
        pair = (
            mention["label"] == "PER"
            and len(words) == 2
            and words[0][0] in named_bodies
            and known_type(words[1][0]) is None
        )
        if mention["label"] != "PER" or (str(mention["text"]).count(" ") < 2 and not pair):
            out.append(mention)
            continue
        title = _title_before(text, int(mention["start"]))
        cut = next(
            (
                k
                for k in ((1,) if pair else (1, 2))
                if (len(words) - k >= 2 or pair)
                and words[k][0] in alone
                and all(_NAME_WORD.fullmatch(w) for w, _ in words[:k])
                and _written_alone(" ".join(w for w, _ in words[:k]), words[k][0], text)
            ),
            None,
        )
        if title is None or cut is None:
            out.append(mention)
            continue
        lead_end = words[cut - 1][1] + len(words[cut - 1][0])
        out += _split_off_person(mention, text, lead_end, words[cut][1], "ORG", title)
        bodies.add(str(mention["text"])[:lead_end])
    for mention in out:
        if mention["label"] == "PER" and str(mention["text"]) in bodies:
            mention["label"] = "ORG"  # the body the tagger took for a person elsewhere too
            mention.pop("role", None)
    found[:] = out


def _written_alone(name: str, after: str, text: str) -> bool:
    """Whether the article writes `name` somewhere without `after` following it."""
    return any(
        not text.startswith(after, m.end() + 1)
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)
    )


def _closes_a_body(word: str, gazetteer: Mapping[tuple[str, ...], str]) -> bool:
    """Whether a body's name can end with `word`: an acronym, a place or body warta knows."""
    return (
        (word.isupper() and word.isalpha())
        or known_type(word) is not None
        or (word.lower(),) in gazetteer
    )


def _title_before(text: str, start: int, fields: int = 0) -> int | None:
    """Where the title word right before `start` begins ("Direktur " → its offset); with
    `fields`, up to that many words of its field may stand between ("Direktur Olahraga ",
    "Trainer GMM ")."""
    end = start
    for _ in range(fields + 1):
        match = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, end - 30) : end])
        if match is None:
            return None
        at = max(0, end - 30) + match.start(1)
        if match.group(1).lower() in TITLE_WORDS:
            return at
        # (a body's short form in capitals is its field too: "Trainer GMM ")
        if match.group(1).lower() not in ROLE_MODIFIERS and not _SHORT_BODY.fullmatch(
            match.group(1)
        ):
            return None
        end = at
    return None


_SHORT_BODY = re.compile(r"[A-Z]{2,6}")


def degrees_set_off_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A degree set off after a person's name ("dr. Imran Pambudi, MPHM menyebutkan") is no
    body or person of its own."""
    people_end = {int(m["end"]) for m in found if m["label"] == "PER"}
    found[:] = [
        m
        for m in found
        if not (
            str(m["text"]).replace(".", "").lower() in DEGREES
            and sum(ch.isupper() for ch in str(m["text"])) >= 2
            and any(
                _degrees_between(text[end : int(m["start"])])
                for end in people_end
                if end < int(m["start"])
            )
        )
        # "Mike Boge Dipl. Ing.": the German engineer's degree, whose second word is no name
        and not _DIPLOMA_BEFORE.search(text, max(0, int(m["start"]) - 8), int(m["start"]))
    ]


_DIPLOMA_BEFORE = re.compile(r"(?<![\w-])Dipl\.?[ \t]*$")


def _degrees_between(gap: str) -> bool:
    """Whether a name and a degree after it are apart by a comma or a space only, or by
    other degrees set off with commas ("drg. Djamilah Tohirah, Sp. Pros, MPH")."""
    if gap in (", ", " "):
        return True
    pieces = gap.split(",")
    return (
        len(pieces) >= 3
        and not pieces[0].strip()
        and pieces[-1] == " "
        and all(
            0 < len(p.strip()) <= 12 and p.strip()[:1].isupper() and "  " not in p.strip()
            for p in pieces[1:-1]
        )
    )


def degrees_close_no_names(found: list[dict[str, Any]], text: str) -> None:
    """Academic and medical degrees closing a person's name are no part of it: "Yunita Dyah
    Suminar MSc" -> "Yunita Dyah Suminar", "Bambang Sutrisno SH MH" -> "Bambang Sutrisno".
    A degree is written with a second capital ("MSc", "SH", "S.Pd"), so "Ma" or "Se" are
    not; two name words stay."""
    for mention in found:
        name = str(mention["text"])
        if name.endswith(" Sp") and text.startswith(".", int(mention["end"])):
            # "Hengky Setyahadi Sp. B": the tagger stopped at the specialty's dot
            name = name[:-3]
        kept = without_degrees(name)
        if kept == mention["text"]:
            continue
        if mention["label"] != "PER":
            # "Noorwat S. SpPD" tagged a body: a physician's or a graduate's degree ("SpPD",
            # "S.H.") makes the name a person's; not a firm's ending ("Allianz SE")
            cut = str(mention["text"])[len(kept) :].split()
            if not any(w.startswith("Sp") or "." in w for w in cut):
                continue
            mention["label"] = "PER"
        mention["text"] = kept
        mention["end"] = int(mention["start"]) + len(kept)


# A degree (or a specialty, "Sp. B", "SpPD-KGEH", "Sp.OG(K)") set off by a comma right before
# a mention
_DEGREE_FIELD_BEFORE = re.compile(
    r"(?:(?<![\w.])Sp\.?[ \t]?[A-Z][A-Za-z.]{0,6}(?:[-–][A-Z]{1,6})?(?:[ \t]?\(K\))?"
    r"|(?<![\w.])(?P<word>[A-Z][A-Za-z.]{1,9}))[ \t]*,[ \t]*$"
)


def degree_lists_are_no_names(found: list[dict[str, Any]], text: str) -> None:
    """The letters of degrees and fellowships listed after a specialist's name ("dr. Hengky
    Setyahadi Sp. B, FINACS, FICS", "Noorwat S. SpPD, KHOM") are no bodies: a word in
    capitals set off by a comma right after a degree, one after the other."""
    people_end = [int(m["end"]) for m in found if m["label"] == "PER"]
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    dropped: list[tuple[int, int]] = []
    kept: list[dict[str, Any]] = []
    for mention in found:
        name = str(mention["text"])
        start = int(mention["start"])
        before = _DEGREE_FIELD_BEFORE.search(text, max(0, start - 24), start)
        if before is None or not re.fullmatch(r"[A-Z]{2,8}", name.replace("-", "")):
            kept.append(mention)
            continue
        word = before.group("word")
        # the list goes on: "Sp. B, FINACS, FICS"
        goes_on = word is not None and any(a == before.start() for a, _ in dropped)
        # the first degree closes a person's name ("Hengky Setyahadi Sp. B, FINACS"), and is
        # no name of its own ("Y, AK, AR, SH": suspects' initials)
        opens = (
            (word is None or is_degree(word))
            and not any(a <= before.start() < b for a, b in taken)
            and any(
                re.fullmatch(r"[ \t]*,?[ \t]*", text[end : before.start()])
                for end in people_end
                if end <= before.start()
            )
        )
        if goes_on or opens:
            dropped.append((start, int(mention["end"])))
            continue
        kept.append(mention)
    if dropped:
        found[:] = kept


# A hospital's head, then the doctor it is named after: "RSUP dr ", "RSUD Dr. ", "Rumah Sakit
# Umum Daerah dr. "
_HOSPITAL_NAME = re.compile(r"(?:RSU?[A-Z]{0,4}|Rumah[ \t]+Sakit)[ \t]+(?:dr|Dr|Prof)\.?[ \t]")
_HOSPITAL_BEFORE = re.compile(
    r"(?<![\w-])(?:RSU?[A-Z]{0,4}|Rumah[ \t]+Sakit(?:[ \t]+[A-Z][a-z]+){0,3})[ \t]+"
    r"(?:(?:dr|Dr|Prof)\.?[ \t]+)?$"
)


# The capitalised words after a Balinese name's opening words, up to four, each a word or
# an initial with its dot
_NAME_WORDS_RUN = re.compile(r"(?:[ \t]+(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)){1,4}(?![\w'’.-])")


def balinese_names_cut_short(found: list[dict[str, Any]], text: str) -> None:
    """A person the tagger closed on a Balinese birth-order word ("I Made", "Ni Luh") has
    a name of their own after it: the capitalised words that follow, and a person the tagger
    found right after them, are the rest of the name ("Presiden IOI, I Made Dana M. Tangkas"
    read as "I Made" and "M. Tangkas", the given name "Dana" also a word for funds)."""
    starts = {int(m["start"]): m for m in found}
    gone: set[int] = set()
    for mention in found:
        words = str(mention["text"]).split()
        if (
            mention["label"] != "PER"
            or id(mention) in gone
            or len(words) < 2
            or words[0] not in {"I", "Ni"}
            or not all(w.lower() in BALINESE_NAMES for w in words[1:])
        ):
            continue
        run = _NAME_WORDS_RUN.match(text, int(mention["end"]))
        if run is None:
            continue
        end = int(mention["end"])
        for word in re.finditer(r"\S+", run.group()):
            at = run.start() + word.start()
            other = starts.get(at)
            if other is not None and other["label"] != "PER":
                break  # a body or a place after the name: "I Made Kemenkeu"
            end = int(other["end"]) if other is not None else at + len(word.group())
            if other is not None:
                gone.add(id(other))
                break
            if word.group().lower() in TITLE_WORDS | ORG_HEADS | LOC_HEADS:
                end = at
                break
        mention["text"] = text[int(mention["start"]) : end].rstrip()
        mention["end"] = int(mention["start"]) + len(mention["text"])
    found[:] = [m for m in found if id(m) not in gone]


_PLACES_NAMED_AFTER = frozenset(
    {"jalan", "jl", "jln", "kompleks", "stadion", "gedung", "bandara", "puri", "lapangan",
     "taman", "gang", "gg", "rumah", "rs", "rsud", "rsup", "universitas", "sekolah"}
)  # fmt: skip


def balinese_names_split_off(found: list[dict[str, Any]], text: str) -> None:
    """A Balinese name run into a place or body after an office ("Bendesa Adat Kuta Komang
    Alit Ardana", "Kelian Banjar Tegal I Ketut Suarsa") is a person from its birth-order or
    caste word on, two name words at least; the office before it is the role."""
    out: list[dict[str, Any]] = []
    for mention in found:
        words = list(re.finditer(r"\S+", str(mention["text"])))
        cut = next(
            (
                i
                for i in range(1, len(words) - 1)
                if words[i].group().lower() in BALINESE_NAMES
                or (
                    words[i].group() in {"I", "Ni"}
                    and words[i + 1].group().lower() in BALINESE_NAMES
                )
            ),
            None,
        )
        lead = [w.group().lower() for w in words[:cut]] if cut else []
        if (
            mention["label"] == "PER"
            and cut is not None
            and words[cut].group() in {"I", "Ni"}
            and all(w.group()[:1].isupper() for w in words[:cut])
            and lead[0] not in TITLE_WORDS
            and lead[0] not in {"jero", "jro", "mangku", "pemangku", "pedanda"}
        ):
            # "kuasa hukum Ahok I Wayan Sudirta": "I"/"Ni" opens a Balinese name, so the
            # name before it is someone else's
            start = int(mention["start"])
            first = {
                "text": str(mention["text"])[: words[cut - 1].end()],
                "label": "PER",
                "start": start,
                "end": start + words[cut - 1].end(),
            }
            out.append(first)
            out.append(
                {
                    "text": str(mention["text"])[words[cut].start() :],
                    "label": "PER",
                    "start": start + words[cut].start(),
                    "end": int(mention["end"]),
                }
            )
            continue
        start = int(mention["start"])
        titled = _title_before(text, start, fields=2)
        if (
            mention["label"] != "PER"
            and cut is not None
            and words[cut].group() in {"I", "Ni"}
            and titled is not None
            and not set(lead) & (LOC_HEADS | _PLACES_NAMED_AFTER | TITLE_WORDS)
        ):
            # "Direktur Utama [Hutama Karya] I Gusti Ngurah Putra": after an office, a body
            # run on into a Balinese name; the body stays, the office over it is the role
            lead_end = words[cut - 1].end()
            out += _split_off_person(mention, text, lead_end, words[cut].start(), "ORG", titled)
            continue
        if (
            mention["label"] == "PER"
            or cut is None
            # the office opens the mention; no street, venue or place named after someone
            # ("Stadion Kapten I Wayan Dipta", "Jalan Ki Gede Sebayu")
            or lead[0] not in TITLE_WORDS
            or set(lead) & (LOC_HEADS | _PLACES_NAMED_AFTER)
        ):
            out.append(mention)
            continue
        start = int(mention["start"])
        out.append(
            {
                "text": str(mention["text"])[words[cut].start() :],
                "label": "PER",
                "start": start + words[cut].start(),
                "end": int(mention["end"]),
                "role": str(mention["text"])[: words[cut - 1].end()],
            }
        )
    found[:] = out


# "RA Kartini", "R.A. Kartini": Raden Ajeng (Raden Ayu), a Javanese noblewoman's title,
# no body's initials
_RADEN_AJENG = re.compile(r"R\.?[ \t]?A(?:y)?\.?[ \t]+(?=[A-Z][a-z])")


def noble_titles_open_no_bodies(found: list[dict[str, Any]], text: str) -> None:
    # (not where the article writes the letters as someone's initials: "tersangka
    # berinisial RA … RA Sutrisno")
    if re.search(r"\bR\.?[ \t]?A\.?(?![\w.])(?![ \t]+[A-Z][a-z])", text):
        return
    for mention in found:
        name = str(mention["text"])
        opener = _RADEN_AJENG.match(name)
        if opener is None or not all(w[:1].isupper() for w in name[opener.end() :].split()):
            continue
        mention["text"] = name[opener.end() :]
        mention["start"] = int(mention["start"]) + opener.end()
        mention["label"] = "PER"
        mention.pop("role", None)


def days_are_no_people(found: list[dict[str, Any]], text: str) -> None:
    """ "Peringatan Hari Kartini": a day named after someone, no person called "Hari"."""
    found[:] = [
        m
        for m in found
        if not (
            m["label"] == "PER"
            and str(m["text"]).startswith("Hari ")
            and DAY_MARKED.search(text, max(0, int(m["start"]) - 16), int(m["start"]))
        )
    ]


def hospitals_named_after_people(found: list[dict[str, Any]], text: str) -> None:
    """A person's name right after a hospital's head ("RSUP dr Kariadi Semarang", "RSUD
    Dr. Moewardi Solo") is the hospital's name: one body, from the head on."""
    dropped: list[dict[str, Any]] = []
    for mention in found:
        start = int(mention["start"])
        if mention["label"] == "ORG":
            continue
        # (the tagger may take the form of address along: "RSUP [Dr. Hasan Sadikin]")
        address = re.match(r"(?:dr|Dr|Prof)\.?[ \t]+", str(mention["text"]))
        head = _HOSPITAL_BEFORE.search(
            text, max(0, start - 40), start + (address.end() if address else 0)
        )
        if head is None:
            continue
        inside = [
            m
            for m in found
            if m is not mention and int(m["start"]) < start and head.start() < int(m["end"])
        ]
        if mention["label"] == "LOC" and not re.search(r"(?:dr|Dr|Prof)\.?[ \t]+$", head.group()):
            continue  # ("RSUD Bantul": the place the hospital serves)
        if any(not (int(m["start"]) == head.start() and " " not in str(m["text"])) for m in inside):
            continue  # (the short form of the head alone may be its own mention: "RSUP")
        dropped += inside
        mention["label"] = "ORG"
        mention["start"] = head.start()
        mention["text"] = text[head.start() : int(mention["end"])]
        mention.pop("role", None)
    if dropped:
        found[:] = [m for m in found if not any(m is d for d in dropped)]


# A road's head, capitalised, right before a person's name: "Jalan Tol Layang Mohamed Bin
# Zayed", "Jl. Jenderal Sudirman", "Flyover Mahmud Yunus"
_ROAD_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:Jalan|Jl\.?|Jln\.?)(?:[ \t]+(?:Tol|Layang|Raya|Lingkar|Arteri|Lintas))*"
    r"|Tol(?:[ \t]+Layang)?|Flyover|Underpass|Jembatan|Terowongan)[ \t]+"
    r"(?:(?:Sheikh|Syekh|Jenderal|Jend\.|Sultan|Pangeran|Sunan|Raja|KH|Prof\.?|Dr\.?)[ \t]+)?$"
)


def roads_named_after_people(found: list[dict[str, Any]], text: str) -> None:
    """A person's name right after a road's head ("Jalan Tol Layang Mohamed Bin Zayed (MBZ)",
    where the tagger took "Tol Layang" for a place of its own) is the road's name: one place,
    from the head on; its short form in brackets names the road too."""
    dropped: list[dict[str, Any]] = []
    for mention in found:
        if mention["label"] != "PER":
            continue
        start = int(mention["start"])
        head = _ROAD_BEFORE.search(text, max(0, start - 40), start)
        if head is None:
            continue
        inside = [
            m
            for m in found
            if m is not mention and int(m["start"]) < start and head.start() < int(m["end"])
        ]
        if any(m["label"] != "LOC" or int(m["start"]) < head.start() for m in inside):
            continue
        dropped += inside
        mention.update(
            label="LOC", start=head.start(), text=text[head.start() : int(mention["end"])]
        )
        mention.pop("role", None)
        short = re.match(r"[ \t]*\(([A-Z]{2,6})\)", text[int(mention["end"]) :])
        for other in found:
            if short is not None and other["text"] == short.group(1):
                other["label"] = "LOC"  # "(MBZ)": the road's, not the sheikh's
                other.pop("role", None)
    if dropped:
        found[:] = [m for m in found if not any(m is d for d in dropped)]


def venues_named_again(found: list[dict[str, Any]], text: str) -> None:
    """A "person" right after a capitalised word, where the article names the two as one
    place elsewhere, is that place: a venue and its head ("Kepala Humas Bandara
    [Soekarno-Hatta]" … "di Bandara Soekarno-Hatta"), or a place's name ("Kramat Lontar")."""
    places = {_fold_dashes(str(m["text"])) for m in found if m["label"] == "LOC"}
    for mention in found:
        if mention["label"] != "PER":
            continue
        start = int(mention["start"])
        head = re.search(
            r"(?<![\w-])([A-Z][a-z]+(?:[ \t]+Udara)?)[ \t]+$", text[max(0, start - 20) : start]
        )
        if head is None:
            continue
        begin = start - len(head.group(0))
        whole = text[begin : int(mention["end"])]
        if _fold_dashes(whole) in places and not any(
            m is not mention and int(m["start"]) < start and begin < int(m["end"]) for m in found
        ):
            mention.update(label="LOC", start=begin, text=whole)
            mention.pop("role", None)


def _fold_dashes(name: str) -> str:
    return re.sub(r"[ \t]*-[ \t]*", "-", name)


# Someone's or something's origin: "pengungsi asal Khan Younis", "klub asal Andalusia" (not
# "negara asal Frank De Witte", the country a person comes from)
_ORIGIN_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)[ \t]+asal[ \t]+$")
_ORIGIN_OF_SOMEONE = frozenset(
    {"negara", "kota", "kampung", "daerah", "desa", "tanah", "tempat", "halaman", "provinsi",
     "kabupaten", "wilayah", "pulau"}
)  # fmt: skip
_ORIGIN_ENDS = re.compile(r"[ \t]*(?:[,.;:)]|$|[ \t](?:itu|ini|tersebut|yang|sudah|telah)\b)")


def origins_are_places(found: list[dict[str, Any]], text: str) -> None:
    """A "person" right after "<noun> asal", that ends the phrase, is where someone or
    something comes from: a place ("seorang pengungsi asal Khan Younis, Umm Mohammed")."""
    for mention in found:
        if mention["label"] != "PER" or len(str(mention["text"]).split()) > 3:
            continue
        start = int(mention["start"])
        origin = _ORIGIN_BEFORE.search(text, max(0, start - 30), start)
        if (
            origin is not None
            and origin.group(1).lower() not in _ORIGIN_OF_SOMEONE
            and _ORIGIN_ENDS.match(text, int(mention["end"]))
        ):
            mention["label"] = "LOC"
            mention.pop("role", None)


# A camp or a prison is named by where it is: "di kamp Ain Issa", "di penjara Kobane" (not
# "Kepala Rutan Budi", the one who heads it)
_CAMP_BEFORE = re.compile(
    r"(?<![\w-])(?<!Kepala )(?<!kepala )(?:[Kk]amp|[Pp]enjara|[Ll]apas|[Rr]utan)"
    r"(?:[ \t]+(?:pengungsi|pengungsian|tahanan|militer|konsentrasi|narkoba))?[ \t]+$"
)


def camps_are_places(found: list[dict[str, Any]], text: str) -> None:
    """A "person" right after "kamp"/"penjara"/"lapas"/"rutan" is the place the camp or
    prison is named by ("di Kamp Ain Issa", "mendekam di penjara Kobane")."""
    for mention in found:
        if mention["label"] != "PER" or len(str(mention["text"]).split()) > 3:
            continue
        start = int(mention["start"])
        if _CAMP_BEFORE.search(text, max(0, start - 40), start) is not None:
            mention["label"] = "LOC"
            mention.pop("role", None)


# An Arabic kunya opens a name: "Umm Mohammed", "Abu Ubaidah"
_KUNYA_BEFORE = re.compile(r"(?<![\w-])(?:Umm|Ummu|Abu)[ \t]+$")


def kunyas_open_names(found: list[dict[str, Any]], text: str) -> None:
    """ "pengungsi asal Khan Younis, Umm Mohammed (45)": "mother of" is part of her name."""
    taken = {int(m["end"]) for m in found}
    for mention in found:
        start = int(mention["start"])
        kunya = _KUNYA_BEFORE.search(text, max(0, start - 6), start)
        if mention["label"] == "PER" and kunya is not None and kunya.start() not in taken:
            mention["start"] = kunya.start()
            mention["text"] = text[kunya.start() : int(mention["end"])]


# A phrase about a body that sets its name off: "Perusahaan rintisan agritech asal Indonesia,
# Eden Farm, mengumumkan …", "Maskapai berbiaya rendah, AirAsia, …"
_BODY_PHRASE_BEFORE = re.compile(
    r"(?:^|[.!?\-–—][ \t]+|\n|\b(?:oleh|dari|kepada|bahwa|dan|yakni|yaitu)[ \t]+"
    # (or a word citing a source: "Mengutip kantor berita lokal, Sanook, …")
    r"|\b(?:[Mm]engutip|[Mm]elansir|[Dd]ilansir|[Dd]ikutip(?:[ \t]+dari)?)[ \t]+)"
    r"(?:[Ss]ebuah |[Ss]alah satu )?"
    r"(?:[Pp]erusahaan|[Pp]erseroan|[Ss]tartup|[Ee]miten|[Mm]askapai|[Pp]abrikan|[Pp]rodusen|"
    r"[Pp]latform|[Aa]plikasi|[Ll]embaga|[Oo]rganisasi|[Yy]ayasan|[Kk]omunitas|[Kk]elompok|"
    r"[Bb]ank|[Rr]umah produksi|[Jj]enama|[Mm]erek|[Gg]rup|[Uu]nicorn|[Dd]ecacorn|"
    r"[Kk]antor berita|[Ss]urat kabar|[Kk]oran|[Mm]ajalah|[Tt]abloid|[Pp]ortal berita|"
    r"[Ss]itus berita|[Mm]edia|[Ss]tasiun televisi|[Ss]tasiun TV)"
    r"\b[^,.;:\n\"“”()]{0,70},[ \t]+$"
)


# A body's noun, then the name after "bernama": "sebuah startup asal Hong Kong bernama Mad
# Gaze", "yayasan bernama Rumah Harapan"
_BODY_NAMED_BEFORE = re.compile(
    r"\b(?:[Pp]erusahaan|[Pp]erseroan|[Ss]tartup|[Mm]askapai|[Pp]abrikan|[Pp]rodusen|"
    r"[Ll]embaga|[Oo]rganisasi|[Yy]ayasan|[Kk]omunitas|[Kk]elompok|[Bb]and|[Gg]rup|[Kk]lub|"
    r"[Pp]artai|[Aa]gensi|[Pp]enerbit|[Kk]operasi|[Ff]irma)"
    r"\b[^,.;:\n\"“”()]{0,60}?\bbernama[ \t]+$"
)
# A person, or "dari", right before a body's noun: the name after "bernama" is that person's
_SOMEONE_OF_BODY = re.compile(
    r"(?i)\b(?:seorang|pria|wanita|perempuan|laki-laki|lelaki|sopir|warga|karyawan|pegawai|"
    r"anggota|pekerja|petugas|staf|bos|pemilik|pendiri|ketua|pimpinan|direktur|manajer|dari|"
    r"milik|bekas|mantan|eks)[ \t]+(?:sebuah[ \t]+)?$"
)
# Words that name a body's people, not the body: "Grup yang beranggotakan Perrie Edwards, …"
_ITS_PEOPLE = re.compile(
    r"(?i)\b(?:beranggota\w*|anggota\w*|personel\w*|personil\w*|pemilik\w*|pendiri\w*|"
    r"milik\w*|dipimpin|bos\w*|ceo|direktur\w*|ketua\w*|kepala\w*|pemain\w*|vokalis\w*|"
    r"pimpinan\w*|karyawan\w*|pegawai\w*|pekerja\w*)\b"
)


def bodies_set_off_after_body_nouns(found: list[dict[str, Any]], text: str) -> None:
    """A name set off by commas after a phrase that opens with a body's noun ("Perusahaan
    rintisan agritech asal Indonesia, Eden Farm, mengumumkan …") is that body, not a person.
    The phrase opens the sentence or follows a preposition ("dipimpin oleh perusahaan modal
    ventura, East Ventures, …"); not after an owner's or worker's calling ("pemilik
    perusahaan, Budi, …", which the noun's position already rules out)."""
    for mention in found:
        start, end = int(mention["start"]), int(mention["end"])
        phrase = (
            _BODY_PHRASE_BEFORE.search(text, max(0, start - 100), start)
            if mention["label"] == "PER" and text[end : end + 1] == ","
            else None
        )
        if (
            phrase is None
            and mention["label"] == "LOC"
            and text[end : end + 1] == ","
            and known_type(str(mention["text"])) is None
            and str(mention["text"]) not in plain_place_names()
        ):
            # "Perusahaan rintisan … asal Bandung, [Kelasku]," read as a place after the town
            phrase = _BODY_PHRASE_BEFORE.search(text, max(0, start - 100), start)
            if phrase is not None and not _FROM_PLACE_END.search(phrase.group()):
                phrase = None
        if phrase is None and mention["label"] == "PER":
            phrase = _BODY_NAMED_BEFORE.search(text, max(0, start - 80), start)
            if phrase is not None and _SOMEONE_OF_BODY.search(
                text, max(0, phrase.start() - 30), phrase.start()
            ):
                # "seorang pria dari kelompok tani bernama Joko", "sopir perusahaan ekspedisi
                # bernama Andi": the name is the person's, whom the body's noun describes
                phrase = None
        if (
            phrase is not None
            and _OUTLET_NOUN.search(phrase.group())
            and _person_not_outlet(phrase.group(), text, end)
        ):
            phrase = None
        if phrase is not None and not _ITS_PEOPLE.search(phrase.group()):
            mention["label"] = "ORG"
            mention.pop("role", None)


# A news outlet's noun in a phrase citing it ("Mengutip kantor berita lokal, Sanook, …")
_OUTLET_NOUN = re.compile(
    r"\b(?:[Kk]antor berita|[Ss]urat kabar|[Kk]oran|[Mm]ajalah|[Tt]abloid|[Pp]ortal berita|"
    r"[Ss]itus berita|[Mm]edia|[Ss]tasiun televisi|[Ss]tasiun TV)\b"
)
# An apposition closed by a comma after a name ("…, Budi Santoso, warga desa, meninggal")
_APPOSITION_AFTER = re.compile(r",[ \t]+[a-z][^,.;:!?\n\"“”()]{0,60},")


def _person_not_outlet(phrase: str, text: str, end: int) -> bool:
    """Whether the name set off after an outlet's phrase is a person, not the outlet: the
    phrase names the outlet already ("Mengutip majalah Tempo, Setya Novanto, …"; not a
    place: "media Jepang") or means social media, or an apposition describes the name
    ("Dikutip dari media setempat, Budi Santoso, warga desa, meninggal")."""
    noun = _OUTLET_NOUN.search(phrase)
    assert noun is not None
    rest = phrase[noun.end() :]
    named = [w for w in re.findall(r"[A-Z][\w&.-]*", rest) if not is_known_place(w.rstrip(".,"))]
    return (
        bool(named)
        or re.match(r"[ \t]+sosial\b", rest) is not None
        or _APPOSITION_AFTER.match(text, end) is not None
    )


# A firm's phrase that ends with where it comes from: "Perusahaan rintisan asal Bandung, "
_FROM_PLACE_END = re.compile(r"(?i:perusahaan|startup|pabrikan|produsen|jenama|merek|platform)"
                             r"\b.*\basal(?:[ \t]+[A-Z][\w-]*)+,[ \t]+$")  # fmt: skip

# Offices in a body, written before the body's name: "CEO Kelasku, Rizky …"
_OFFICE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:ceo|cfo|coo|cto|direktur(?:[ \t]+utama)?|dirut|presdir|founder|"
    r"co-?founder|pendiri|komisaris(?:[ \t]+utama)?|chairman|head)[ \t]+$"
)


# An apposition after a person's name that runs to an office in a body: ", pendiri dan CEO "
# (offices and what joins them only: not ", mantan sopir direktur Sutrisno,", who is a person)
_APPOSITION_TO_OFFICE = re.compile(
    r",[ \t]+(?:(?:salah[ \t]+satu|mantan|eks|wakil|pendiri|co-?founder|founder|direktur|utama"
    r"|komisaris|dan|serta|sekaligus|merangkap|&)[ \t]+){0,3}[A-Za-z-]+[ \t]+$"
)


def bodies_between_offices_and_people(found: list[dict[str, Any]], text: str) -> None:
    """One word after an office in a body and before a person's full name set off by a
    comma is the body, not a person: "Co-founder sekaligus CEO [Kelasku], Rizky Aditya
    Pratama, mengatakan …"; so is one word closing an office set off after a person's
    name ("Joshua Shadle, pendiri dan CEO [Fuelary], melakukan …"). The article's other
    mentions of the word are the body too."""
    bodies: set[str] = set()
    for mention, person in pairwise(found):
        word = str(mention["text"])
        start = int(mention["start"])
        if (
            mention["label"] == "PER"
            and person["label"] == "PER"
            and " " not in word
            and " " in str(person["text"])
            and text[int(mention["end"]) : int(person["start"])] == ", "
            and _OFFICE_BEFORE.search(text, max(0, start - 30), start)
            and known_type(word) is None
        ):
            bodies.add(word)
    for person, mention in pairwise(found):
        word = str(mention["text"])
        start, end = int(mention["start"]), int(mention["end"])
        if (
            mention["label"] == "PER"
            and person["label"] == "PER"
            and " " not in word
            and _APPOSITION_TO_OFFICE.fullmatch(text, int(person["end"]), start)
            and _OFFICE_BEFORE.search(text, max(0, start - 30), start)
            and text[end : end + 1] in {",", ".", ";"}
            and known_type(word) is None
        ):
            bodies.add(word)
    if not bodies:
        return
    in_names = {
        w for m in found if m["label"] == "PER" and " " in str(m["text"])
        for w in str(m["text"]).split()
    }  # fmt: skip
    for mention in found:
        if str(mention["text"]) in bodies - in_names:
            mention["label"] = "ORG"
            mention.pop("role", None)


_SANG_BEFORE = re.compile(r"(?<![\w-])Sang[ \t]+$")


def balinese_sang_opens_names(found: list[dict[str, Any]], text: str) -> None:
    """ "Penjabat Gubernur Bali Sang Made Mahendra Jaya": "Sang" before a Balinese name
    (birth order, caste) is its first word, not the role's."""
    for mention in found:
        start = int(mention["start"])
        words = str(mention["text"]).split()
        sang = _SANG_BEFORE.search(text, max(0, start - 6), start)
        if mention["label"] == "PER" and sang is not None and words[0].lower() in BALINESE_NAMES:
            mention["start"] = sang.start()
            mention["text"] = text[sang.start() : int(mention["end"])]
            role = str(mention.get("role") or "")
            if role.endswith(" Sang"):
                mention["role"] = role[: -len(" Sang")]


# Camel case: "eFishery"; or a capital after four letters or more ("SwiftKey", "WhatsApp";
# not a name's particle: "McDonald", "MacArthur", "DiCaprio", "LeBron")
_CAMEL = re.compile(r"[a-z]{1,2}[A-Z][a-z]|[A-Z][a-z]{3,}[A-Z][a-z]+$")
# Two romanised Korean syllables, each capitalised: a K-pop idol's name ("ChanYeol",
# "BaekHyun", "JungKook", "DongHae"), not a firm's
_KOREAN_SYLLABLE = re.compile(
    r"(?:ch|kk|ss|jj|tt|pp|[bcdghjkmnprstwy])?h?[wy]?(?:ae|eo|eu|ui|oo|oe|ee|a|e|i|o|u)"
    r"(?:ng|n|k|l|m|p|t)?"
)


def korean_syllable(word: str) -> bool:
    """Whether a capitalised word is one romanised Korean syllable ("Joong", "Kyo")."""
    return word[:1].isupper() and _KOREAN_SYLLABLE.fullmatch(word.lower()) is not None


def _korean_name(name: str) -> bool:
    parts = re.findall(r"[A-Z][a-z]+", name)
    return (
        len(parts) == 2
        and "".join(parts) == name
        and all(_KOREAN_SYLLABLE.fullmatch(p.lower()) for p in parts)
    )


def _family_name_first(name: str) -> bool:
    """Whether a name is three romanised syllables, as Korean and Chinese names written in
    the order they are said, family name first: "Song Hye Kyo", "Shi Yu Qi"."""
    words = name.split()
    return len(words) == 3 and all(_KOREAN_SYLLABLE.fullmatch(w.lower()) for w in words)


def camel_case_names_are_bodies(found: list[dict[str, Any]]) -> None:
    """A one-word name in camel case ("eFishery mengklaim …", "pengembang di balik
    SwiftKey") is a company or its product, not a person."""
    for mention in found:
        name = str(mention["text"])
        if (
            mention["label"] == "PER"
            and " " not in name
            and _CAMEL.match(name)
            and not _korean_name(name)
        ):
            mention["label"] = "ORG"
            mention.pop("role", None)


# The last word of a company's name ("Samyang Foods", "Lion Air Group", "Sony Pictures")
_COMPANY_ENDS = frozenset(
    {"foods", "food", "group", "corp", "corporation", "inc", "ltd", "holdings", "airlines",
     "airways", "industries", "pharmaceuticals", "pharma", "studios", "records", "pictures",
     "technologies", "company", "limited", "llc", "gmbh", "plc", "bhd", "tbk"}
)  # fmt: skip
# Legal forms opening a company's name in Indonesia
_LEGAL_FORMS = frozenset({"PT", "CV"})


# A body's kind set off after its name: "Patrick Ryan dari Eventellect, perusahaan penjual
# tiket …", "Squawka, situs statistik sepak bola, …"
_BODY_KIND_AFTER = re.compile(
    # (or after a copula: "Atnic merupakan nama perusahaan pengembang …")
    r"(?:[ \t]*,|[ \t]+(?:merupakan|adalah)(?:[ \t]+nama)?)[ \t]+"
    r"(?:sebuah[ \t]+|salah[ \t]+satu[ \t]+)?(?:perusahaan|lembaga|organisasi|situs|"
    r"firma|startup|perusahaan rintisan|produsen|pabrikan|yayasan|kelompok|grup|band|maskapai|"
    r"platform|aplikasi|layanan|media|portal|harian|majalah|stasiun|jaringan)\b"
)


def _firm_before_officer(person: dict[str, Any], firm: str) -> bool:
    """A person's name that opens on the firm, after the person's office, with two words or
    more of name after it: "CEO [Kulina] Andy Fajar Handika"."""
    words = str(person["text"]).split(" ")
    return bool(person.get("role")) and words[0] == firm and len(words) >= 3


def kinds_of_bodies_set_off(found: list[dict[str, Any]], text: str) -> None:
    """A name the tagger read as a person, set off before what kind of body it is
    ("Eventellect, perusahaan penjual tiket"), is that body, unless a person of the
    article bears it."""
    people = [m for m in found if m["label"] == "PER"]
    for mention in people:
        name = str(mention["text"])
        # (set off there or where the article first writes the name, untagged: "Kioson,
        # startup e-commerce …" … "CEO Kioson Jasin Halim")
        at = int(mention["end"])
        if not _BODY_KIND_AFTER.match(text, at):
            first = re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)
            if first is not None and first.start() < int(mention["start"]):
                at = first.end()
        start = at - len(name)
        if (
            mention.get("role")
            or len(name.split()) > 3
            or not (kind := _BODY_KIND_AFTER.match(text, at))
            or re.match(r"[ \t]+(?:itu|tersebut|ini|milik\w*|\w+nya)\b", text[kind.end() :])
            or re.search(
                r"\b(?:[Mm]enurut|kata|ujar)[ \t]+$",
                text[max(0, start - 12) : start],
            )
            or any(
                other is not mention
                and name in str(other["text"]).split()
                and other["text"] != name
                and not _firm_before_officer(other, name)
                for other in people
            )
        ):
            continue
        for other in people:
            if other["text"] == name and not other.get("role"):
                other["label"] = "ORG"


# A kind of news outlet right before its name: "harian Sacramento Bee melaporkan …"
_OUTLET_KIND_BEFORE = re.compile(
    r"(?<![\w-])(?:harian|koran|surat[ \t]+kabar|majalah|tabloid|kantor[ \t]+berita|penerbit|"
    r"stasiun[ \t]+(?:televisi|tv|TV|radio)|jaringan[ \t]+televisi)"
    # (its country or city set off before it: "surat kabar Korea Selatan, Joongang Ilbo")
    r"(?:[ \t]+(?P<place>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?),)?[ \t]+$"
)


def outlets_named_after_their_kind(found: list[dict[str, Any]], text: str) -> None:
    """A name the tagger read as a person right after the kind of news outlet it is
    ("harian Sacramento Bee", "surat kabar Daily Mail") is that outlet, written so anywhere
    in the article, unless a person of the article bears it with a role."""
    outlets = {
        str(m["text"])
        for m in found
        if m["label"] == "PER"
        and not m.get("role")
        and (
            kind := _OUTLET_KIND_BEFORE.search(text, max(0, int(m["start"]) - 50), int(m["start"]))
        )
        # (not the outlet's person: "kritikus film di majalah Forbes, Roger Ebert")
        and (kind.group("place") is None or is_known_place(kind.group("place")))
    }
    for mention in found:
        if (
            mention["label"] == "PER"
            and str(mention["text"]) in outlets
            and not mention.get("role")
        ):
            mention["label"] = "ORG"


# A member of a group, the group named right after ("personel Backstreet Boys", "anggota
# Snada", "pentolan Soundgarden")
_MEMBER_BEFORE = re.compile(r"(?<![\w-])(?:personel|personil|anggota|pentolan|member)[ \t]+$")
# Words that close a band's or a group's name ("Backstreet Boys", "Crayon Pop", "Super Junior")
_GROUP_ENDS = frozenset(
    {"boys", "girls", "junior", "pop", "band", "brothers", "sisters", "project", "crew",
     "family", "generation", "singers", "voices"}
)  # fmt: skip


def groups_after_member_nouns(found: list[dict[str, Any]], text: str) -> None:
    """A name the tagger read as a person right after a member noun ("kata sang personel
    Backstreet Boys", "lima personel Snada", "pentolan Soundgarden") is the group: one word
    no person of the article bears, a name a group's word closes, or a name the member
    follows, set off ("salah satu personel WINNER, Kim Jong Min"). Written so anywhere in the
    article it is the group, unless a person bears it with a role."""
    people_words = {
        word
        for m in found
        if m["label"] == "PER" and " " in str(m["text"])
        for word in str(m["text"]).split()
    }
    starts = {int(m["start"]): m for m in found}
    groups: set[str] = set()
    for mention in found:
        name = str(mention["text"])
        if (
            mention["label"] != "PER"
            or not _member_noun_only(mention.get("role"))
            or not _MEMBER_BEFORE.search(
                text, max(0, int(mention["start"]) - 20), int(mention["start"])
            )
        ):
            continue
        after = re.match(r"[ \t]*,[ \t]*", text[int(mention["end"]) :])
        member = starts.get(int(mention["end"]) + after.end()) if after else None
        if (
            (" " not in name and name not in people_words)
            or name.split()[-1].lower() in _GROUP_ENDS
            or (member is not None and member["label"] == "PER")
        ):
            groups.add(name.lower())
    for mention in found:
        if (
            mention["label"] == "PER"
            and str(mention["text"]).lower() in groups
            and _member_noun_only(mention.get("role"))
        ):
            mention["label"] = "ORG"
            mention.pop("role", None)  # ("kelima personel" is no role of the group's)


def _member_noun_only(role: object) -> bool:
    """Whether a role read before a group's name is none, or only the member noun before it
    ("anggota", "kelima personel", "sang personel")."""
    return not role or (
        _MEMBER_BEFORE.search(str(role) + " ") is not None and len(str(role).split()) <= 2
    )


# Words that close a company's name, never open one ("MD Pictures", "Kejora Group"; not
# "Food", which opens "Food Station Tjipinang Jaya")
_NAME_CLOSING_ENDS = frozenset(
    {"pictures", "records", "studios", "group", "holdings", "corp", "corporation", "inc",
     "ltd", "airlines", "airways", "industries", "technologies", "foods"}
)  # fmt: skip


def people_after_company_endings(found: list[dict[str, Any]], text: str) -> None:
    """ "kata produser MD Pictures Manoj Punjabi": a body the tagger ran on past the word
    that ends a company's name ("Pictures", "Records", "Group") over two or three more
    capitalised words is the company, then a person; a short form in capitals right before
    it is the company's ("MD Pictures")."""
    out: list[dict[str, Any]] = []
    starts = {int(m["start"]) for m in found}
    ends = {int(m["end"]) for m in found}
    for mention in found:
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        cut = next(
            (
                k
                for k in range(len(words) - 1)
                if words[k][0].lower().strip(".") in _NAME_CLOSING_ENDS
                and 2 <= len(words) - k - 1 <= 3
            ),
            None,
        )
        if (
            mention["label"] != "ORG"
            or cut is None
            # (a firm with its legal form is one name: "PT Food Station Tjipinang Jaya")
            or words[0][0] in LEGAL_FORMS
            or not all(
                _NAME_WORD.fullmatch(w)
                and w.isalpha()
                and not w.isupper()
                and w.lower() not in _COMPANY_ENDS | ORG_LAST_WORDS | FIRM_ENDINGS
                and w.lower() not in {"entertainment", "international", "global", "asia"}
                and known_type(w) is None
                for w, _ in words[cut + 1 :]
            )
        ):
            out.append(mention)
            continue
        start, name = int(mention["start"]), str(mention["text"])
        head_end = words[cut][1] + len(words[cut][0])
        body = {**mention, "text": name[:head_end], "end": start + head_end}
        short = re.search(r"(?<![\w-])([A-Z]{2,5})[ \t]+$", text[max(0, start - 8) : start])
        if short is not None and start - len(short.group(0)) not in starts | ends:
            body["start"] = start - len(short.group(0))
            body["text"] = text[int(body["start"]) : int(body["end"])]
        elif cut == 0:
            out.append(mention)  # ("Pictures" alone is no company's name)
            continue
        out.append(body)
        person_start = start + words[cut + 1][1]
        out.append({"text": name[words[cut + 1][1] :], "label": "PER", "start": person_start,
                    "end": int(mention["end"])})  # fmt: skip
    found[:] = out


def company_ends_are_bodies(found: list[dict[str, Any]]) -> None:
    """A name ending in a company's word ("perwakilan Samyang Foods") is a company, not a
    person; so is its first word alone ("Samyang"), unless another person bears it."""
    companies = [
        m
        for m in found
        if m["label"] == "PER"
        and len(str(m["text"]).split()) >= 2
        and str(m["text"]).split()[-1].lower().strip(".") in _COMPANY_ENDS
    ]
    heads = set()
    for mention in companies:
        mention["label"] = "ORG"
        mention.pop("role", None)
        heads.add(str(mention["text"]).split()[0])
    people = [str(m["text"]).split() for m in found if m["label"] == "PER"]
    for mention in found:
        if (
            mention["label"] == "PER"
            and str(mention["text"]) in heads
            and not mention.get("role")
            and not any(len(words) >= 2 and mention["text"] in words for words in people)
        ):
            mention["label"] = "ORG"


def brands_of_companies(found: list[dict[str, Any]]) -> None:
    """A "person" opening with the first word of a company the article names ("Samyang
    Foods", "Lily Robotics") is the company or its product: "penggemar Samyang", "nama
    Samyang Green", "Lily Camera". Not a person a company is named after ("Sutrisno Bachir"
    of "Sutrisno Bachir Foundation"), nor a word in capitals (a person's initials too), nor
    a word another person's name holds past its first ("Tanoto" of "Sukanto Tanoto")."""
    # (past its legal form: "PT Ramayana Lestari Sentosa Tbk" → "Ramayana …", a firm's name
    # whose opening words name no person: "Narindo Solusi" of "PT Narindo Solusi Komunikasi")
    legal = [
        words[1:]
        for m in found
        if m["label"] == "ORG"
        and len(words := str(m["text"]).split()) > 2
        and words[0].rstrip(".") in _LEGAL_FORMS
    ]
    companies = [
        words
        for m in found
        if m["label"] == "ORG"
        and len(words := str(m["text"]).split()) >= 2
        and words[-1].lower().strip(".") in _COMPANY_ENDS | ORG_LAST_WORDS
        and words[0].rstrip(".") not in _LEGAL_FORMS
    ]
    heads = {words[0] for words in companies + legal if not words[0].isupper()}
    if not heads:
        return
    surnames = {w for m in found if m["label"] == "PER" for w in str(m["text"]).split()[1:]}
    for mention in found:
        words = str(mention["text"]).split()
        if (
            mention["label"] == "PER"
            and not mention.get("role")
            and words[0] in heads
            and words[0] not in surnames
            # (a product's model in capitals keeps its own reading: "Suzuki GSX"; and three
            # words are a body run on into a name: "Pelni Harry Boediarto")
            and len(words) <= 2
            and not words[-1].isupper()
            and not any(len(words) >= 2 and company[: len(words)] == words for company in companies)
        ):
            mention["label"] = "ORG"


_NAME_PART = re.compile(r"(?:[A-Z][\w'’-]*|[A-Z]\.|(?:al|el|bin|binti|van|de)(?:-[A-Z][\w'’]*)?)")


# A verb in active (meN-, ber-) or passive (di-, ter-) form after a name
_VERB_AFTER = re.compile(r"[ \t]+(?:me[mn]?|meng|meny|ber|di|ter)[a-z]{3,}\b")


# Clerics' forms of address, which open a person's name ("Pdt. Andrikus Mofu", "KH Miftachul
# Akhyar", "Romo Benny Susetyo")
_CLERICS = frozenset(
    {"pdt", "pendeta", "pastor", "romo", "ustaz", "ustadz", "ustad", "kh", "habib", "uskup",
     "bhante", "pandita", "biksu"}
)  # fmt: skip


# An owner's or founder's calling set off after a person, then what they own: "Gunawan
# Setiawan (58), pemilik Batik Putra Laweyan, …"
_OWNER_AFTER_PERSON = re.compile(
    r"(?:[ \t]*\(\d{1,3}\))?,[ \t]+(?:pemilik|pendiri|pengelola|owner|founder)[ \t]+"
    r"(?=[A-Z])"
)


def businesses_of_owners(found: list[dict[str, Any]], text: str) -> None:
    """What an owner set off after a person's name owns is a business, whatever names the
    tagger read into it ("pemilik Batik Putra Laweyan": no person "Laweyan" with the role
    "Putra"): the capitalised words after the calling are one body."""
    people_end = {int(m["end"]): m for m in found if m["label"] == "PER"}
    out: list[dict[str, Any]] = []
    for person_end, person in people_end.items():
        owner = _OWNER_AFTER_PERSON.match(text, person_end)
        if owner is None:
            continue
        run = re.match(r"[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,5}", text[owner.end() :])
        if run is None:
            continue
        begin, end = owner.end(), owner.end() + run.end()
        inside = [m for m in found if begin <= int(m["start"]) and int(m["end"]) <= end]
        if not any(m["label"] == "PER" for m in inside) or any(
            int(m["start"]) < end and begin < int(m["end"]) and m not in inside for m in found
        ):
            continue  # (only where the tagger read a person into it)
        out.append({"text": text[begin:end], "label": "ORG", "start": begin, "end": end})
        found[:] = [m for m in found if m not in inside]
        calling = text.rfind(",", person_end, begin) + 1
        if str(person.get("role") or "") == text[calling:begin].strip():
            person["role"] = text[calling:end].strip()  # "pemilik Batik Putra Laweyan"
    if out:
        found.extend(out)
        found.sort(key=lambda m: int(m["start"]))


# Malaysia's honorifics, then a given name the tagger left out of the person: "Datuk Seri
# [Ayob] Khan Mydin Pitchay"
_MALAY_HONORIFIC_THEN_NAME = re.compile(
    r"\b(?:Tan[ \t]+Sri|Puan[ \t]+Sri|Toh[ \t]+Puan|Datuk[ \t]+Seri|Dato(?:[ \t]?['’])?[ \t]+Sri"
    r"|Datuk|Dato(?:[ \t]?['’])?|Datin|Tun|Tengku|Tunku)[ \t]+([A-Z][a-z]+)[ \t]+$"
)


_HONORIFIC_BEFORE_SRI = re.compile(r"\b(?:Tan|Puan|Datuk|Dato(?:[ \t]?['’])?)[ \t]+$")
_MALAY_HONORIFIC_WORDS = frozenset(
    {"tan", "puan", "toh", "datuk", "dato", "datin", "tun", "tengku", "tunku"}
)


def given_names_after_honorifics(found: list[dict[str, Any]], text: str) -> None:
    """A capitalised word between a Malaysian honorific and a person's name is the person's
    given name, not part of the role ("Timbalan Ketua Polis Negara Datuk Seri Ayob Khan
    Mydin Pitchay")."""
    for mention in found:
        start = int(mention["start"])
        if mention["label"] != "PER":
            continue
        match = _MALAY_HONORIFIC_THEN_NAME.search(text, max(0, start - 40), start)
        if match is None or match.group(1).lower() in TITLE_WORDS | HONORIFICS:
            continue
        mention["start"] = match.start(1)
        mention["text"] = text[match.start(1) : int(mention["end"])]
        role = str(mention.get("role") or "")
        if role.endswith(" " + match.group(1)):
            mention["role"] = role[: -len(match.group(1)) - 1]
    for mention in found:
        # "Dato' Sri Najib Razak": "Sri" after the honorific is the honorific's, no given name
        start = int(mention["start"])
        words = str(mention["text"]).split()
        if (
            mention["label"] == "PER"
            and len(words) >= 2
            and words[0] in {"Sri", "Seri"}
            and _HONORIFIC_BEFORE_SRI.search(text, max(0, start - 12), start)
        ):
            cut = start + len(words[0]) + 1
            cut += len(text[cut : int(mention["end"])]) - len(
                text[cut : int(mention["end"])].lstrip()
            )
            mention["text"], mention["start"] = text[cut : int(mention["end"])], cut
    # (a mention the tagger made of the honorific alone, "Dato", or of the honorific and the
    # given name, is no other entity: "Datuk Seri Ramli" of "Datuk Seri Ramli Mohamed Yoosuf")
    found[:] = [
        m
        for m in found
        if not (
            all(
                w.lower().rstrip("'’") in _MALAY_HONORIFIC_WORDS | {"sri", "seri", ""}
                for w in str(m["text"]).split()
            )
            # ("Sri" and "Tan" alone are names: "kata Sri", Sri Mulyani)
            and {w.lower().rstrip("'’") for w in str(m["text"]).split()}
            & {"datuk", "dato", "datin", "tun", "tengku", "tunku"}
        )
    ]
    people = [(int(m["start"]), int(m["end"])) for m in found if m["label"] == "PER"]
    found[:] = [
        m
        for m in found
        # (a person mention too: "Datuk Onn" of "Menteri Besar Johor Datuk Onn Hafiz
        # Maghribi", split off a place before the name was widened)
        if not any(a < int(m["end"]) <= b and int(m["start"]) < a for a, b in people)
        or str(m["text"]).split()[0].lower().rstrip("'’") not in _MALAY_HONORIFIC_WORDS
    ]
    for mention in found:
        # "Pemilik Bank Mayapada Dato Sri Tahir" read as one person: the name begins after
        # the honorific inside it
        parts = list(re.finditer(r"\S+", str(mention["text"])))
        inner = next(
            (
                k
                for k, w in enumerate(parts)
                if 0 < k < len(parts) - 1
                and w.group().lower().rstrip("'’") in {"datuk", "dato", "datin"}
            ),
            None,
        )
        if mention["label"] != "PER" or inner is None:
            continue
        while inner + 1 < len(parts) - 1 and parts[inner + 1].group() in {"Sri", "Seri"}:
            inner += 1
        cut = int(mention["start"]) + parts[inner + 1].start()
        mention["text"], mention["start"] = text[cut : int(mention["end"])], cut


def clerics_split_off_places(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A cleric's form of address inside a place or body the tagger ran on, after a place or
    body warta knows, opens a person ("Ketua Sinode GKI di Tanah Papua Pdt. Andrikus Mofu"
    tagged one place "Papua Pdt. Andrikus Mofu"); a street or venue named after a cleric
    ("Jalan KH Ahmad Dahlan") starts with no known place, so it stays whole."""
    out: list[dict[str, Any]] = []
    for mention in found:
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        at = next(
            (
                k
                for k, (w, _) in enumerate(words)
                if 0 < k < len(words) - 1 and w.lower().rstrip(".") in _CLERICS
            ),
            None,
        )
        lead = " ".join(w for w, _ in words[:at]) if at is not None else ""
        if (
            mention["label"] == "PER"
            or at is None
            or not all(_NAME_WORD.fullmatch(w) for w, _ in words[at + 1 :])
            or not (
                known_type(lead) is not None
                or (lead.lower(),) in gazetteer
                or lead in plain_place_names()
            )
        ):
            out.append(mention)
            continue
        start = int(mention["start"])
        out.append({**mention, "text": lead, "end": start + len(lead)})
        name_at = words[at + 1][1]
        out.append(
            {"text": str(mention["text"])[name_at:], "label": "PER", "start": start + name_at,
             "end": int(mention["end"])}
        )  # fmt: skip
    found[:] = out


def people_after_places_in_titles(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A place after a title word, run on into a person's name ("Menteri Haji dan Umrah Arab
    Saudi Tawfiq F. Al-Rabiah"), splits after the longest opening words that name a country
    or a place warta knows, when two name words or more follow, or one and a verb of saying.
    A body tagged from inside the title ("Menteri Luar [Negeri RI Sugiono] menyatakan")
    first loses the title's words."""
    out: list[dict[str, Any]] = []
    # (a body's name the tagger ran over a person's, whom the article names by the surname
    # alone: "Wakil Jaksa Penuntut Umum [Milan Paolo Storari]" … "Storari menambahkan")
    surnames = {str(m["text"]) for m in found if m["label"] == "PER" and " " not in str(m["text"])}
    for original in found:
        mention = _without_title_words(original, text)
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        title = title_opening(text, int(mention["start"]))
        size = 0
        # one name word is enough before a verb: "Bupati Demak Eisti'anah meminta warga"
        says = _VERB_AFTER.match(text, int(mention["end"])) is not None
        if (
            (
                mention["label"] == "LOC"
                or (
                    mention["label"] == "ORG"
                    and words[-1][0] in surnames
                    and known_type(str(mention["text"])) is None
                    and not any(w.lower() in ORG_HEADS for w, _ in words)
                )
            )
            and len(words) >= (2 if says else 3)
            and title is not None
            # the whole a place warta knows: "Presiden Amerika Serikat menyatakan"
            and not _is_place(str(mention["text"]), gazetteer)
        ):
            # after a police or army unit's head the unit's own place name runs on ("Kapolsek
            # Metro Tanah Abang"): there only a country or province is sure to end it
            unit = text[title : title + 8].lower().startswith(_UNIT_HEADS)
            for n in range(min(3, len(words) - (1 if says else 2)), 0, -1):
                if _is_place(" ".join(w for w, _ in words[:n]), {} if unit else gazetteer):
                    size = n
                    break
        rest = [w for w, _ in words[size:]]
        if (
            not size
            or title is None
            or (len(rest) == 1 and _known_word(rest[0], gazetteer))
            or not all(_NAME_PART.fullmatch(w) for w in rest)
            # "Kapolsek Metro Tanah Abang", "Bea dan Cukai Tanjung Priok …": a place goes on
            or any(_is_place(" ".join(rest[:n]), gazetteer) for n in (1, 2))
            or rest[0].lower() in _PLACE_GOES_ON  # "Jakarta Pusat Hardisiswan"
        ):
            out.append(original)
            continue
        lead_end = words[size - 1][1] + len(words[size - 1][0])
        out += _split_off_person(mention, text, lead_end, words[size][1], "LOC", title)
    found[:] = out


# A calling in lower case right before a mention: "pengusaha China Jisheng Gao"
_CALLING_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")


def people_after_countries_of_callings(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A calling, a country and a name run together into one body or place ("pengusaha
    China Jisheng Gao"): the country, then the person, whose role is the calling and the
    country. Two or three name words must follow, none of them one warta knows."""
    out: list[dict[str, Any]] = []
    for mention in found:
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        start = int(mention["start"])
        calling = _CALLING_BEFORE.search(text, max(0, start - 20), start)
        size = next(
            (n for n in (2, 1) if len(words) > n and is_country(" ".join(w for w, _ in words[:n]))),
            0,
        )
        rest = [w for w, _ in words[size:]]
        if (
            mention["label"] not in ("ORG", "LOC")
            or not size
            or calling is None
            or calling.group(1) not in TITLE_WORDS | COMMON_CALLINGS
            or not 2 <= len(rest) <= 3
            or not all(_NAME_PART.fullmatch(w) and not w.isupper() for w in rest)
            # (a surname may be a town's too: "Gao"; not the given name, nor the whole)
            or _known_word(rest[0], gazetteer)
            or any(_is_place(" ".join(rest[:n]), gazetteer) for n in (2, len(rest)))
        ):
            out.append(mention)
            continue
        lead_end = words[size - 1][1] + len(words[size - 1][0])
        out += _split_off_person(mention, text, lead_end, words[size][1], "LOC", calling.start(1))
    found[:] = out


_LIST_GLUE = re.compile(r",[ \t]+(?:dan[ \t]+|serta[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+")


def list_items_take_the_lists_type(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """One name the tagger typed as a body or place in a list of people ("Burt Clements,
    Dave Moretti, dan Guido Cavalleri") is a person too: two or three name words, none one
    warta knows, a body's or place's head or ending, or written small."""
    runs: list[list[dict[str, Any]]] = []
    for mention in found:
        if runs and _LIST_GLUE.fullmatch(text[int(runs[-1][-1]["end"]) : int(mention["start"])]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    for run in runs:
        people = sum(m["label"] == "PER" for m in run)
        others = [m for m in run if m["label"] != "PER"]
        if people < 3 or len(others) != 1:
            continue
        odd = others[0]
        name = str(odd["text"])
        words = name.split()
        if _reads_as_a_persons_name(name, text, gazetteer) or (
            # (a given name that is also a place's or a club's, before a surname warta
            # does not know: "Fedi Nuril, Tatjana Saphira, Dewi Sandra, dan Chelsea Islan")
            len(words) == 2
            and _NAME_WORD.fullmatch(words[0]) is not None
            and not words[0].isupper()
            and not written_small(words[0], text)
            and words[0].lower() not in _NOT_NAME_WORDS | TITLE_WORDS | TITLES | HONORIFICS
            and _unknown_name_word(words[1], text, gazetteer)
            and known_type(name) is None
            and name not in KNOWN_BODY_NAMES
            and tuple(name.lower().split()) not in gazetteer
        ):
            odd["label"] = "PER"
            odd.pop("role", None)


def _reads_as_a_persons_name(
    name: str, text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> bool:
    """Whether a name another mention's type was given reads as a person's: two or three
    name words, none warta knows, a body's or place's head or ending, or written small."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(_unknown_name_word(w, text, gazetteer) for w in words)
        and known_type(name) is None
        and name not in KNOWN_BODY_NAMES
    )


def _unknown_name_word(word: str, text: str, gazetteer: Mapping[tuple[str, ...], str]) -> bool:
    """Whether `word` reads as a word of a person's name: capitalised, not in capitals, none
    warta knows, a body's or place's head or ending, and never written small."""
    return (
        _NAME_WORD.fullmatch(word) is not None
        and not word.isupper()
        and not _known_word(word, gazetteer)
        and not written_small(word, text)
        and word.lower() not in _NOT_NAME_WORDS | ORG_LAST_WORDS | FIRM_ENDINGS
    )


# A team in brackets right after a name: "Sebastian Vettel (Ferrari)", "(Yamaha Tech3)"
_TEAM_IN_BRACKETS = re.compile(r"[ \t]*\(([A-Z][\w&.-]*(?:[ \t]+[A-Z0-9][\w&.-]*){0,3})\)")


def names_before_teams_in_brackets(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """Where an article writes people with their team or party in brackets after them, twice
    or more ("Sebastian Vettel (Ferrari)", "Vinales (Movistar Yamaha)"), a name the tagger
    typed as a body in that same form is a person too ("Valtteri Bottas (Mercedes)", "Jonas
    Folger (Yamaha Tech3)"): two or three name words, none warta knows, a body's or place's
    head or ending, or written small; not a body before its own short form ("Komisi
    Pemilihan Umum (KPU)"), nor a name before a place ("Barcelona (Spanyol)")."""
    starts = {int(m["start"]): m for m in found}
    before_brackets: list[dict[str, Any]] = []
    for mention in found:
        team = _TEAM_IN_BRACKETS.match(text, int(mention["end"]))
        if team is None:
            continue
        inside = starts.get(team.start(1))
        initials = "".join(w[0] for w in str(mention["text"]).split())
        if (inside is None or inside["label"] == "ORG") and team.group(1) != initials:
            before_brackets.append(mention)
    if sum(m["label"] == "PER" for m in before_brackets) < 2:
        return
    for odd in before_brackets:
        if (
            odd["label"] == "ORG"
            and all(w.isalpha() for w in str(odd["text"]).split())
            and _reads_as_a_persons_name(str(odd["text"]), text, gazetteer)
        ):
            odd["label"] = "PER"
            odd.pop("role", None)


# Provinces' short forms ("Kaltim", "Jabar", "Sumut")
_PROVINCE_SHORT = frozenset(
    {"Jabar", "Jateng", "Jatim", "Sumut", "Sumbar", "Sumsel", "Kalbar", "Kalteng", "Kalsel",
     "Kaltim", "Kaltara", "Sulut", "Sulteng", "Sulsel", "Sultra", "Sulbar", "Kepri", "Babel",
     "Malut", "DIY", "NTB", "NTT"}
)  # fmt: skip


def province_short_forms_open_no_names(found: list[dict[str, Any]], text: str) -> None:
    """ "Kasi Intel Kejari Samarinda Kaltim Bramantyo": after a title, a province's short form
    the alias tables know, run on into a person's name, is the place of the office; the
    person begins after it."""
    out: list[dict[str, Any]] = []
    for mention in found:
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        if (
            mention["label"] != "PER"
            or not mention.get("role")
            or len(words) < 2
            or words[0][0] not in _PROVINCE_SHORT
            or not all(_NAME_WORD.fullmatch(w) for w, _ in words[1:])
            # (the office's place may be set off: "Kejari Samarinda, Kaltim Bramantyo")
            or not text[: int(mention["start"])]
            .rstrip()
            .rstrip(",")
            .rstrip()
            .endswith(str(mention["role"]))
        ):
            out.append(mention)
            continue
        start, name = int(mention["start"]), str(mention["text"])
        place_end = len(words[0][0])
        comma = "," if text[: int(mention["start"])].rstrip().endswith(",") else ""
        out.append({"text": name[:place_end], "label": "LOC", "start": start,
                    "end": start + place_end})  # fmt: skip
        out.append({**mention, "text": name[words[1][1]:], "start": start + words[1][1],
                    "role": f"{mention['role']}{comma} {words[0][0]}"})  # fmt: skip
    found[:] = out


def places_after_short_forms_in_titles(found: list[dict[str, Any]], text: str) -> None:
    """A place warta knows, after a title's bracketed short form, run on by the tagger into
    the person's name: "Kepala Kantor Pencarian dan Pertolongan (Basarnas) [Gorontalo
    Heriyanto]" is the place, then the person, whose role runs over the place."""
    out: list[dict[str, Any]] = []
    for mention in found:
        start = int(mention["start"])
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", str(mention["text"]))]
        title = title_opening(text, start) if text[max(0, start - 2) : start] == ") " else None
        size = next(
            (
                n
                for n in (2, 1)
                if len(words) - n >= 1
                and _is_place(" ".join(w for w, _ in words[:n]), {})
                # (not a person's initials: "(Panselnas) A.S. Pudjoharsoyo")
                and not any(w.isupper() or "." in w for w, _ in words[:n])
            ),
            0,
        ) if mention["label"] == "PER" and title is not None else 0  # fmt: skip
        if not size or title is None or not all(_NAME_PART.fullmatch(w) for w, _ in words[size:]):
            out.append(mention)
            continue
        lead_end = words[size - 1][1] + len(words[size - 1][0])
        out += _split_off_person(mention, text, lead_end, words[size][1], "LOC", title)
    found[:] = out


def _without_title_words(mention: dict[str, Any], text: str) -> dict[str, Any]:
    """A body that opens with the words of the title before it ("Negeri" of "Menteri Luar
    [Negeri RI Sugiono]"), as a place mention after them; any other mention as it is."""
    words = list(re.finditer(r"\S+", str(mention["text"])))
    start = int(mention["start"])
    lead = 0
    while lead < len(words) - 1 and words[lead].group().lower() in ROLE_MODIFIERS:
        lead += 1
    if (
        mention["label"] != "ORG"
        or not lead
        or not re.search(r"[A-Za-z][ \t]+$", text[max(0, start - 2) : start])
        or not titled(text, start)
    ):
        return mention
    cut = words[lead].start()
    return {**mention, "label": "LOC", "text": str(mention["text"])[cut:], "start": start + cut}


_PLACE_GOES_ON = frozenset(
    {"pusat", "utara", "selatan", "barat", "timur", "tengah", "raya", "baru", "daya", "laut",
     "kota", "kabupaten", "city"}
)  # fmt: skip
_UNIT_HEADS = ("kapol", "wakapol", "kasat", "kanit", "dandim", "danrem", "danramil", "pangdam")


# A region's head before its name: "Kabupaten Bandung" is the place "Bandung" is
_REGION_HEADS = frozenset({"kabupaten", "kab.", "kota", "provinsi", "kecamatan", "desa"})


def _is_place(name: str, gazetteer: Mapping[tuple[str, ...], str]) -> bool:
    head, _, rest = name.partition(" ")
    if rest and head.lower() in _REGION_HEADS and head[:1].isupper():
        name = rest
    return (
        name in plain_place_names()
        or known_type(name) == "LOC"
        or gazetteer.get(tuple(name.lower().split())) == "LOC"
    )


_PLACE_OR_TIME_WORDS = frozenset({"di", "ke", "dari", "pada", "saat", "usai", "seusai"})


def title_opening(text: str, start: int) -> int | None:
    """Where the title opening the words right before `start` begins: "Menteri" of "Menteri
    Haji dan Umrah " (up to ten words of a title's field, capitalised or linking)."""
    words = list(re.finditer(r"[\w.-]+", text[max(0, start - 120) : start]))
    base = max(0, start - 120)
    # (a bracketed short form may close the body: "Kepala Dinas … (KPKP) DKI Jakarta …")
    if not words or text[base + words[-1].end() : start].strip() not in ("", ")"):
        return None
    opening = None
    right: re.Match[str] | None = None  # the word after this one
    for word in reversed(words[-10:]):
        low = word.group().lower()
        if opening is not None and "," in text[base + word.end() : opening]:
            break  # "Gubernur Papua Mathius Fakhiri, Bupati Kepulauan Talaud …": a list's item
        if (
            right is not None
            and right.group() in _PLACE_OR_TIME_WORDS
            and "," in text[base + word.end() : base + right.start()]
        ):
            break  # "wakil Jepang, Kodai Naraoka, di Shenzhen …": a new phrase of place
        right = word
        if low in TITLE_WORDS:
            opening = base + word.start()
        elif not (word.group()[:1].isupper() or low in ROLE_RUN_WORDS):
            break
    return opening


_WORD_BEFORE = re.compile(r"(?<![\w.-])([A-Z][a-z][\w'’-]*) $")


def _known_word(word: str, gazetteer: Mapping[tuple[str, ...], str]) -> bool:
    """Whether warta knows `word` as other than a name: a title, a form of address, a place
    or body."""
    low = word.lower()
    return (
        ORDINAL.fullmatch(low) is not None  # "Presiden RI Pertama Soekarno"
        or low in TITLE_WORDS
        or low in HONORIFICS
        or low in TITLES
        or known_type(word) is not None
        or (low,) in gazetteer
        or word in plain_place_names()
    )


def written_small(word: str, text: str) -> bool:
    """Whether the article also writes `word` in lower case: a word of the language, no name."""
    return re.search(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])", text) is not None


def quoted_by(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the article quotes someone by the word at one of `spans`: "kata Purbaya",
    "Purbaya menambahkan"."""
    return any(
        _SAYS_BEFORE.search(text, max(0, start - 12), start) or _SAYS_AFTER.match(text, end)
        for start, end in spans
    )


_PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari", "kota", "kabupaten", "provinsi", "wilayah"})
# Words that date things, capitalised before a name in "sejak Maret Novanto …", "digelar
# Kamis Ahok …", "sebelum Ramadan Raisa …": a day, a month (Gregorian or Hijri), a feast
_DATING_WORDS = (
    DAYS
    | MONTHS
    | HIJRI_MONTH_NAMES
    | {"lebaran", "natal", "imlek", "nyepi", "waisak", "paskah", "galungan"}
)


# Words for the dead before their names: "untuk Mendiang Glenn"
_THE_LATE = frozenset({"mendiang", "almarhum", "almarhumah", "alm", "almh"})


def _first_naming(person: dict[str, Any], word: str, at: int, text: str) -> bool:
    """Whether `word`, written at `at` right before the one-word name `person` and nowhere
    else, is the given name of a person the article names first there and by that one word
    after ("bagi Cara Delevingne … Delevingne menggambarkan"): a capitalised word after a
    word written small, warta knows as nothing else (checked before), never written small."""
    name = str(person["text"])
    if " " in name or not (word.isalpha() and word[1:].islower() and len(word) >= 3):
        return False
    if word.lower() in (
        ORG_LAST_WORDS | ORG_HEADS | LOC_HEADS | _FUNCTION_WORDS | _DATING_WORDS | _THE_LATE
    ):
        return False
    # (after a word written small, not after a comma or a bracket: a list or an aside)
    # (nor after a conjunction: "Menteri Komunikasi dan Informatika Rudiantara")
    prev = re.search(r"(?<![\w-])([a-z]+) $", text[max(0, at - 20) : at])
    if prev is None or prev.group(1) in _PLACE_PREPOSITIONS | {"dan", "serta", "atau"}:
        return False
    named = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
    # first named here, then by that name alone at least once more
    return named[:1] == [int(person["start"])] and len(named) >= 2


_RANK_AND_CORPS = re.compile(
    r"(?<![\w.])(?:" + "|".join(sorted(RANKS, key=len, reverse=True)) + r")\.?"
    r"(?:[ \t]+(?:Pol|TNI|Inf|Kav|Arh|Czi|Mar|Pnb|Laut|\(Purn\))\.?)?[ \t]+$",
    re.IGNORECASE,
)


# Corps and service words written between a rank and the name ("Kolonel Inf", "Kolonel
# Pelaut", "Irjen Pol")
_NOT_GIVEN_AFTER_RANK = CORPS | {"pol", "tni", "pelaut", "laut", "udara", "marinir", "penerbang"}


def given_names_left_out(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A capitalised word right before a person's name, that the tagger left out and the
    article also writes alone as a name ("… kata Purbaya dalam …"), opens the name:
    "Menteri Keuangan Purbaya Yudhi Sadewa". Not a title, a place or body warta knows, nor a
    word the article puts after a place preposition ("di Sambas")."""
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    place_ends = {int(m["end"]): int(m["start"]) for m in found if m["label"] in ("LOC", "ORG")}
    added: list[str] = []
    for person in found:
        start = int(person["start"])
        if person["label"] != "PER":
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is None:
            continue
        word = before.group(1)
        low = word.lower()
        if len(low) >= 9 and FIELD_NOUN.fullmatch(low):
            continue  # "Direktur Jenderal Perkeretaapian Risal Wasal": the office's field
        if low in {"sri", "seri"} and _HONORIFIC_BEFORE_SRI.search(
            text, max(0, before.start(1) - 12), before.start(1)
        ):
            continue  # "Dato' Sri Najib": the honorific's
        if (
            low in GIVEN_NAME_MODIFIERS
            and not any(a <= before.start(1) < b for a, b in taken)
            and _RANK_AND_CORPS.search(text, max(0, before.start(1) - 24), before.start(1))
        ):
            # "Kapolda Brigjen Pol Agung Budi Maryoto": after a rank, "Agung" is a given name
            _open_name(person, word, before.start(1))
            continue
        if (
            _known_word(word, gazetteer)
            # ("Brigjen Pol Agung Budi Maryoto": a modifier that is also a given name, after
            # a rank, may open the name)
            or low in ROLE_MODIFIERS
            # (a ministry's field: "Menteri Sumber Manusia Steven Sim")
            or low in MINISTRY_FIELDS
            or low in _ADDRESS
            or any(a <= before.start(1) < b for a, b in taken)
        ):
            continue
        if sentence_start(text, before.start(1)) or written_small(word, text):
            continue  # "Namun Andi …", "Pendidikan dan Kebudayaan …": the article's own words
        if (
            word.isalpha()
            and low not in _NOT_GIVEN_AFTER_RANK
            and _RANK_AND_CORPS.search(text, max(0, before.start(1) - 24), before.start(1))
        ):
            # "Kapolda Jawa Tengah Irjen Pol Ribut Hari Wibowo": after a rank (and its
            # corps) the name begins, whatever else the word means
            _open_name(person, word, before.start(1))
            continue
        place = place_ends.get(before.start(1) - 1)
        if (
            place is not None
            and text[before.start(1) - 1] == " "
            and titled(text, place)
            and word.isalpha()
            and len(word) >= 3
            and low not in ORG_LAST_WORDS | FIRM_ENDINGS | _FUNCTION_WORDS
        ):
            # "Bupati Pegunungan Bintang Spei Yan Bidana", "Kepala Dinas Sosial Jawa Timur
            # Restu Novi Widiani": between the place or body of a title and the name, a word
            # the article writes nowhere else in lower case is the given name
            _open_name(person, word, before.start(1))
            continue
        if (
            word.isalpha()
            and len(word) >= 3
            and " " not in str(person["text"])
            and low not in ORG_LAST_WORDS | ORG_HEADS | LOC_HEADS | _FUNCTION_WORDS
            and after_field(text, before.start(1))
        ):
            # "Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia" (the tagger found only
            # "Lahadalia"): right after the field of an office, a word warta does not know
            # opens the name
            _open_name(person, word, before.start(1))
            continue
        first = str(person["text"]).split(" ", 1)[0]
        alone = [
            m
            for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)
            if not text.startswith(" " + first, m.end())
        ]
        if not alone and _first_naming(person, word, before.start(1), text):
            # "… tidak cukup bagi Cara Delevingne. … Delevingne menggambarkan …": the article
            # names the person in full once, then by the surname alone
            _open_name(person, word, before.start(1))
            continue
        if (
            not alone
            or any(_word_before(text, m.start()) in _PLACE_PREPOSITIONS for m in alone)
            # the article quotes the person by that word: "kata Purbaya", "Purbaya menambahkan"
            or not quoted_by(text, [m.span() for m in alone])
            # "Menko Polhukam Wiranto … jelas Menko Polhukam": always after the same word, it
            # is that title's field, not a name
            or len(
                {_word_before(text, m.start()) for m in alone}
                | {_word_before(text, before.start(1))}
            )
            == 1
        ):
            continue
        _open_name(person, word, before.start(1))
        added.append(word)
    for word in added:
        _mark_everywhere(found, text, word)


# Two or three capitalised words followed by a verb of saying, bare or after a comma
_NAME_BEFORE_SAYING = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*){1,2})"
    r"(?:,)?[ \t]+(?P<verb>[a-z]+)\b"
)


# Fields of a ministry or office, capitalised after "Menteri" ("Menteri Luar Negeri Sugiono")
_OFFICE_FIELDS = frozenset(
    {"luar", "dalam", "negeri", "keuangan", "agama", "pertahanan", "kesehatan", "pendidikan",
     "perhubungan", "pertanian", "perdagangan", "perindustrian", "sosial", "hukum", "koperasi",
     "pariwisata", "kelautan", "perikanan", "lingkungan", "kehutanan", "energi", "investasi",
     "ketenagakerjaan", "pemuda", "olahraga", "desa", "transmigrasi", "kebudayaan",
     "komunikasi", "informatika", "sekretaris", "negara", "bumn", "perumahan", "agraria"}
)  # fmt: skip


def speakers_after_titles(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """Words the tagger left untagged between a title and a verb of saying are the speaker's
    name: "Juru bicara TPNPB-OPM Sebby Sambom mengklaim …". The title may run over role
    words, the bodies and places found and short forms in capitals; no name word is one
    warta knows or the article writes small."""
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    bodies = {int(m["end"]): int(m["start"]) for m in found if m["label"] in ("ORG", "LOC")}
    added = False
    for match in _NAME_BEFORE_SAYING.finditer(text):
        a, b = match.span("name")
        words = match.group("name").split()
        if words[0] == "Sang" and after_rank(text, a):
            words = words[1:]  # "AKBP Sang Ngurah Wiratama": a Balinese name, not "the"
        while len(words) > 1 and words[0].lower() in _OFFICE_FIELDS | MINISTRY_FIELDS:
            # "Menteri Luar Negeri Sugiono mengatakan": the ministry's field, then the name
            a += len(words[0]) + 1
            words = words[1:]
        if (
            match.group("verb") not in CORE_SPEECH_VERBS
            or any(x < b and a < y for x, y in taken)
            or any(_known_word(w, gazetteer) or written_small(w, text) for w in words)
        ):
            continue
        # set off by commas: "Kepala Dinas PUPR Kabupaten Bogor, Ajat Rochmat Jatnika,
        # mengatakan …" (the title read as if the name followed it directly)
        set_off = (
            len(words) >= 2
            and text[max(0, a - 2) : a] == ", "
            and text[b : b + 1] == ","
            and _title_run_before(text[: a - 2] + " ", a - 1, bodies)
        )
        if not (_title_run_before(text, a, bodies) or set_off):
            continue
        person: dict[str, Any] = {"text": text[a:b], "label": "PER", "start": a, "end": b}
        opening = title_opening(text, a - 2) if set_off else None
        if opening is not None:
            person["role"] = text[opening : a - 2]
        found.append(person)
        taken.append((a, b))
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


# A cue after a closing quote ('," tanya ketua majelis hakim Jhon Halasan Butarbutar di …'),
# then a title in lower case and a name of two or three words
_CUE_AFTER_QUOTE = re.compile(
    r"[”\"][ \t]*,?[ \t]*(?:kata|ujar|ucap|tutur|jelas|ungkap|imbuh|tegas|terang|papar|tambah"
    r"|lanjut|tanya|jawab|sebut|pungkas|timpal|sahut)[ \t]+"
    r"(?P<title>(?:[a-z]+[ \t]+){1,5})"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*){1,2})"
    r"(?=[ \t]+[a-z(]|[ \t]*[,.;!?]|[ \t]*$)",
    re.MULTILINE,
)


def speakers_after_quote_cues(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A name the tagger left untagged after a quote's cue and a title in lower case is the
    speaker's ('," tanya ketua majelis hakim Jhon Halasan Butarbutar di Pengadilan …'), the
    title their role: every title word is a title or a word of a role run, the first a title;
    no name word is one warta knows or the article writes small."""
    added = False
    for match in _CUE_AFTER_QUOTE.finditer(text):
        a, b = match.span("name")
        title = match.group("title").split()
        inside = [m for m in found if int(m["start"]) < b and a < int(m["end"])]
        if (
            title[0] not in TITLE_WORDS
            or any(w not in TITLE_WORDS and w not in ROLE_RUN_WORDS for w in title)
            # (the tagger's part of the name, its last words, gives way: "Martua Sinaga" of
            # "hakim Sahala Martua Sinaga")
            or any(m["label"] != "PER" or int(m["start"]) < a or int(m["end"]) != b for m in inside)
            or any(
                _known_word(w, gazetteer) or written_small(w, text)
                for w in match.group("name").split()
            )
        ):
            continue
        role = " ".join(title)
        found[:] = [m for m in found if not any(m is x for x in inside)]
        found.append({"text": text[a:b], "label": "PER", "start": a, "end": b, "role": role})
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


# Callings written small before a name the tagger may miss ("musisi veteran Iggy Pop")
_NAMING_CALLINGS = (
    COMMON_CALLINGS
    | frozenset(
        {"penyanyi", "aktor", "aktris", "artis", "pemain", "pelatih", "seniman", "penulis",
         "novelis", "penyair", "pianis", "pengacara", "jurnalis", "wartawan", "peneliti",
         "ilmuwan", "dokter", "profesor", "dosen", "pengamat", "ekonom", "analis"}
    )
) - frozenset({"warga", "korban", "saksi", "pelaku", "tersangka", "terdakwa", "tunggal",
               "ganda", "bintang", "tokoh", "pemilik", "kader", "promotor", "utusan"})  # fmt: skip
# Words between the calling and the name ("musisi veteran", "penyanyi senior")
_CALLING_MODIFIERS = frozenset(
    # (not "asal": a place comes after it, "investor asal Silicon Valley")
    {"veteran", "senior", "muda", "kawakan", "legendaris", "ternama", "terkenal", "kondang",
     "gaek", "cantik", "tampan", "berbakat", "papan", "atas", "top", "andal", "handal",
     "kenamaan", "populer"}
)  # fmt: skip
# Words of an event's or a place's English name: "relawan Asian Games", "Silicon Valley"
_EVENT_WORDS = frozenset(
    {"games", "awards", "award", "festival", "cup", "league", "valley", "expo"}
)
_NOUN_MADE = re.compile(r"(?:Pe[nmr]?|Peng|Peny|Ke)[a-z]{4,}an")
# (a lookahead, so that matches overlap: "enam tahun penyanyi Audy Item" must be tried
# from "penyanyi" too, not only from "enam")
_CALLING_THEN_NAME = re.compile(
    r"(?<![\w-])(?=(?P<calling>[a-z]+)(?P<mods>(?:[ \t]+[a-z]+){0,2})[ \t]+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){1,2})(?=[ \t]+[a-z]|[,.;:!?)]))"
)


def people_after_callings(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """Two or three capitalised words the tagger left untagged right after a calling written
    small ("musisi veteran Iggy Pop rela …", "penyanyi Raisa Andriana"), a modifier or two
    between, are a person: no word warta knows as other than a name, none the article also
    writes small."""
    spans: list[tuple[int, int]] = []
    for match in _CALLING_THEN_NAME.finditer(text):
        mods = match.group("mods").split()
        if (
            match.group("calling") not in _NAMING_CALLINGS
            or any(w not in _CALLING_MODIFIERS for w in mods)
            # (a work or a body: "produser The Simpsons")
            or match.group("name").split()[0] in {"The", "Les", "Los", "Las", "Die", "Der"}
            or any(
                _known_word(w, gazetteer)
                or written_small(w, text)
                or w.lower() in _NOT_NAME_WORDS | _EVENT_WORDS
                # (a noun made with pe-…-an: "petugas Penanganan Prasarana dan Sarana Umum")
                or _NOUN_MADE.fullmatch(w) is not None
                for w in match.group("name").split()
            )
        ):
            continue
        spans.append(match.span("name"))
    _add_people(found, text, spans)


def _add_people(found: list[dict[str, Any]], text: str, spans: list[tuple[int, int]]) -> None:
    """A person's mention for each span that overlaps no mention yet, in text order."""
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    added = False
    for a, b in spans:
        if any(x < b and a < y for x, y in taken):
            continue
        found.append({"text": text[a:b], "label": "PER", "start": a, "end": b})
        taken.append((a, b))
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


# A quote's closing mark, then the space before its cue
_CLOSED_QUOTE_BEFORE = re.compile(r"[\"”’'][ \t]*$")


def cues_after_quotes_open_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A quote's cue written capitalised after the closing mark is no part of the speaker's
    name ('… selfie." Beber Irfan.', '…." Ujar Budi.'): the name starts after it."""
    for mention in found:
        name = str(mention["text"])
        first, _, rest = name.partition(" ")
        start = int(mention["start"])
        if (
            mention["label"] != "PER"
            or not rest
            or first.lower() not in POST_CUES
            or not _CLOSED_QUOTE_BEFORE.search(text, max(0, start - 3), start)
        ):
            continue
        mention["start"] = start + len(first) + 1
        mention["text"] = rest


# Words that close a body's name beyond ORG_LAST_WORDS ("Transparency International",
# "Human Rights Watch")
_BODY_ENDS = frozenset(
    {"alliance", "center", "centre", "club", "coalition", "federation", "forum", "indonesia",
     "international", "league", "party", "school", "union", "watch"}
)  # fmt: skip
# "Menurut peneliti Giuseppe Crippa, …", "Menurut Giuseppe Crippa, …": a source by name
_SOURCE_AFTER_MENURUT = re.compile(
    r"\b[Mm]enurut[ \t]+(?P<title>(?:[a-z]+[ \t]+){0,3})"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*){1,2}),"
)


# Where someone named after "menurut" comes from, set off: ", dari Galeri Nasional"
_FROM_A_BODY_AFTER = re.compile(r",[ \t]+(?:dari|asal)[ \t]+[A-Z]")


def sources_after_menurut(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """Two or three capitalised words the tagger left untagged after "Menurut" (and a title
    in lower case) and before a comma name the source: "Menurut peneliti Giuseppe Crippa,
    MD, …". No word is one warta knows or the article writes small."""
    spans: list[tuple[int, int]] = []
    for match in _SOURCE_AFTER_MENURUT.finditer(text):
        a, b = match.span("name")
        words = match.group("name").split()
        title = match.group("title").split()
        body = next((m for m in found if (int(m["start"]), int(m["end"])) == (a, b)), None)
        if (
            body is not None
            and body["label"] == "ORG"
            and _FROM_A_BODY_AFTER.match(text, b)
            # (its first word no word warta knows, no word a body's name opens or closes on)
            and not _known_word(words[0], gazetteer)
            and not any(
                w.lower() in ORG_HEADS | ORG_LAST_WORDS | FIRM_ENDINGS | _BODY_ENDS for w in words
            )
        ):
            # "menurut Zamrud Setya Negara, dari Galeri Nasional Indonesia": someone from a
            # body, not a body
            body["label"] = "PER"
            continue
        if any(w not in TITLES and w not in TITLE_WORDS for w in title) or any(
            _known_word(w, gazetteer)
            or written_small(w, text)
            # (a body's head or ending: "Menurut Transparency International, …")
            or w.lower() in _NOT_NAME_WORDS | ORG_LAST_WORDS | FIRM_ENDINGS | _BODY_ENDS
            for w in words
        ):
            continue
        spans.append((a, b))
    _add_people(found, text, spans)


# A title's short form in brackets right before a name: "Menteri Keuangan (Menkeu) Purbaya"
_SHORT_TITLE_BEFORE = re.compile(r" \(([A-Z][A-Za-z]{2,14})\) $")


# Words closing a place's name: its side, or a river's reach ("Cibitung Hilir", "Padang Utara")
_PLACE_SIDES = frozenset(
    {"utara", "selatan", "barat", "timur", "tengah", "hilir", "hulu", "ilir", "ulu", "kidul",
     "lor", "wetan", "kulon"}
)  # fmt: skip
# A place set off after another: ", Sumut", ", Jawa Timur"
_PLACE_SET_OFF_AFTER = re.compile(r",[ \t]+(?:[A-Z][\w-]*[ \t]*){1,3}(?=[,.(]|$)")


# A subject's sentence going on after a name: an adverb then a verb, or a verb of saying
_SUBJECT_GOES_ON = re.compile(
    r"[ \t]+(?:(?:juga|pun|lantas|kemudian|pun|sendiri|bahkan)[ \t]+(?:me|ber|di|ter)[a-z]{3,}"
    r"|(?:mengatakan|menyatakan|menjelaskan|menegaskan|menambahkan|menuturkan"
    r"|mengungkapkan|menilai|menyebut|berkata|mengaku|menerangkan)\b)"
)


def people_set_off_after_titles(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """Two or three name words set off by commas after a title ("Pelatih Persib Bandung,
    Bojan Hodak, menutup musim …"), or after a title and its short form in brackets
    ("Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa optimistis …"), are a person the tagger
    took for a body: no word of them one warta knows, a body's head or ending, or one the
    article writes small."""
    bodies = {int(m["end"]): int(m["start"]) for m in found if m["label"] in ("ORG", "LOC")}
    for mention in found:
        start, end = int(mention["start"]), int(mention["end"])
        words = str(mention["text"]).split()
        short = _SHORT_TITLE_BEFORE.search(text, max(0, start - 20), start)
        if not (
            # (or a place: "kardinal Regensburg, [Gerhard Ludwig Mueller], tidak bisa …")
            mention["label"] in ("ORG", "LOC")
            and 2 <= len(words) <= 4
            and (
                (
                    len(words) <= 3
                    and text[max(0, start - 2) : start] == ", "
                    and (
                        text[end : end + 1] == ","
                        # (or the sentence's subject: "Asisten pelatih di timnas, Kit Symons
                        # juga meninggalkan …", "…, Bojan Hodak mengatakan …")
                        or _SUBJECT_GOES_ON.match(text, end) is not None
                    )
                )
                or (short is not None and text[end : end + 1] in (" ", ","))
            )
            and all(_NAME_WORD.fullmatch(w) and not w.isupper() for w in words)
            and not any(
                _known_word(w, gazetteer)
                or written_small(w, text)
                or w.lower() in ORG_HEADS | ORG_LAST_WORDS | FIRM_ENDINGS | LOC_HEADS
                for w in words
            )
            and known_type(str(mention["text"])) is None
            and str(mention["text"]) not in KNOWN_BODY_NAMES
            # (a place the gazetteer knows, or one set off before another: "Kapolsek
            # Torgamba, Labuhan Batu, Sumut")
            and not (
                mention["label"] == "LOC"
                and (
                    gazetteer.get(tuple(w.lower() for w in words)) is not None
                    or _PLACE_SET_OFF_AFTER.match(text, end) is not None
                    # (or one named by its side or a river's reach: "Kepala Desa Wanasari,
                    # Cibitung Hilir, kepada wartawan")
                    or words[-1].lower() in _PLACE_SIDES
                )
            )
        ):
            continue
        # (the title before the comma or bracket, read as if the name followed it directly)
        comma = start - 2 if short is None else short.start()
        if _title_run_before(text[:comma] + " ", comma + 1, bodies):
            mention["label"] = "PER"
            stop = text.rfind(". ", 0, comma)
            opening = max(text.rfind("\n", 0, comma) + 1, stop + 2 if stop >= 0 else 0)
            title = next(
                (
                    m.start()
                    for m in re.finditer(r"[A-Za-z]+", text[opening:comma])
                    if m.group().lower() in TITLE_WORDS | COMMON_CALLINGS
                ),
                None,
            )
            if title is not None:
                mention["role"] = text[opening + title : comma]
            for other in found:
                # the same person by one word elsewhere, read as a body too ("Cengiz")
                if other["label"] == "ORG" and str(other["text"]) in (words[0], words[-1]):
                    other["label"] = "PER"


# A calling of someone from a place, then the name set off: "pebalap asal Jepang, Noboru
# Ueda," (the name read as a place after the place)
_CALLING_FROM_PLACE = re.compile(r"\b([A-Za-z][a-z]+)[ \t]+(?:asal|dari)[ \t]+$")


def one_word_names_paired_with_people(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """One capitalised word the tagger read as a body or place, joined by "dan" to a person
    named in full, is a person too ("nomor punggung yang ditinggalkan Pepe dan Fabio
    Coentrao", "desainer kondang seperti Brutus dan Wong Hang"): not a word warta knows, a
    short form in capitals, nor one the article writes small."""
    for mention, other in pairwise(found):
        word = str(mention["text"])
        if (
            mention["label"] in ("ORG", "LOC")
            and other["label"] == "PER"
            and " " in str(other["text"])
            and text[int(mention["end"]) : int(other["start"])] == " dan "
            and _NAME_WORD.fullmatch(word)
            and not word.isupper()
            and word[1:].islower()
            and not _known_word(word, gazetteer)
            and known_type(word) is None
            and word not in KNOWN_BODY_NAMES
            and not is_known_place(word)
            and not written_small(word, text)
            and word.lower() not in ORG_HEADS | LOC_HEADS
            # (nor a word of a body's or place's name the article gives: "duel antara Garuda
            # dan Bima Perkasa" after "Bank BJB Garuda Bandung")
            and not any(
                m is not mention and m["label"] in ("ORG", "LOC") and word in str(m["text"]).split()
                for m in found
            )
        ):
            mention["label"] = "PER"


_PRONOUN_WORDS = frozenset({"saya", "aku", "kami", "kita", "dia", "ia", "mereka", "anda", "kamu"})
_WORD_AFTER_DAN = re.compile(r"[ \t]+dan[ \t]+([A-Z][a-z]{2,})(?=[ \t]*[,.;]|[ \t]+[a-z])")


def untagged_words_paired_with_people(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """One capitalised word the tagger left out, joined by "dan" right after a person, is a
    person too ("dua sahabatnya, Dono dan Kasino, …": a word the language also has, which
    the tagger does not read as a name): not a word warta knows, nor one the article writes
    small or gives inside a body's or place's name."""
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    spans: list[tuple[int, int]] = []
    for mention in found:
        if mention["label"] != "PER":
            continue
        match = _WORD_AFTER_DAN.match(text, int(mention["end"]))
        if match is None:
            continue
        begin, end = match.span(1)
        word = match.group(1)
        if (
            any(a < end and begin < b for a, b in taken)
            or _known_word(word, gazetteer)
            # ("Andi dan Timnya", "Pak Deddy dan Saya": a possessive, a pronoun)
            or word.lower().endswith("nya")
            # (a field of study: "Obstetri dan Ginekologi")
            or word.lower().endswith(("logi", "grafi", "nomi"))
            or word.lower() in _PRONOUN_WORDS
            # ("lagu One Dance milik Drake dan Closer milik The Chainsmokers": a work)
            or text.startswith(" milik", end)
            # (a part the article says someone plays: "berperan sebagai Ygritte")
            or re.search(r"\b(?:sebagai|memerankan|karakter)[ \t]+" + word + r"\b", text)
            or word in KNOWN_BODY_NAMES
            or is_known_place(word)
            or written_small(word, text)
            or word.lower() in ORG_HEADS | LOC_HEADS
            or any(m["label"] in ("ORG", "LOC") and word in str(m["text"]).split() for m in found)
        ):
            continue
        spans.append((begin, end))
    _add_people(found, text, spans)


_PLAYED_BY = re.compile(
    r"\b(?:di(?:bintangi|perankan|sutradarai|nyanyikan|besut))(?:[ \t]+oleh)?[ \t]+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2})(?![\w'’-])"
)


def people_who_star_or_direct(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """The name after "dibintangi", "diperankan", "disutradarai" or "dinyanyikan" is a
    person's: "film … yang dibintangi Benedict Cumberbatch itu" (which the tagger missed in a
    long sentence), "Spielman yang diperankan Wolf Roth" (read as a body)."""
    _names_are_people(found, text, gazetteer, list(_PLAYED_BY.finditer(text)))


def people_set_off_after_origins(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """Two or three name words set off by a comma after a calling and its place of origin
    ("pebalap asal Jepang, Noboru Ueda, …") are a person the tagger took for a place: no
    word of them one warta knows, a place's head, or one the article writes small. So is one
    word, even a town's, that speaks right after ("Fotografer asal Romania, Alexandria
    mengatakan …")."""
    places = {int(m["end"]): m for m in found if m["label"] == "LOC"}
    for mention in found:
        start, end = int(mention["start"]), int(mention["end"])
        words = str(mention["text"]).split()
        origin = places.get(start - 2)
        if (
            mention["label"] == "LOC"
            and origin is not None
            and origin is not mention
            and len(words) == 1
            and text[start - 2 : start] == ", "
            and _NAME_WORD.fullmatch(words[0])
            and not words[0].isupper()
            and words[0].lower() not in LOC_HEADS
            and _SAYS_AFTER.match(text, end)
        ):
            calling = _CALLING_FROM_PLACE.search(
                text, max(0, int(origin["start"]) - 30), int(origin["start"])
            )
            if calling is not None and calling.group(1).lower() in TITLE_WORDS | COMMON_CALLINGS:
                mention["label"] = "PER"
            continue
        if (
            mention["label"] != "LOC"
            or origin is None
            or origin is mention
            or not 2 <= len(words) <= 3
            or text[start - 2 : start] != ", "
            # (then a comma, or the sentence goes on: "nominator asal Vietnam, Ngoc Thanh
            # Tam lewat film …")
            or not re.match(r"[,.]|[ \t]+[a-z]", text[end : end + 3])
            or not all(_NAME_WORD.fullmatch(w) and not w.isupper() for w in words)
            # (a surname may be a town's too: "Ueda"; not the given name)
            or _known_word(words[0], gazetteer)
            or tuple(w.lower() for w in words) in gazetteer
            or any(written_small(w, text) or w.lower() in LOC_HEADS for w in words)
            or known_type(str(mention["text"])) is not None
            or str(mention["text"]) in plain_place_names()
        ):
            continue
        calling = _CALLING_FROM_PLACE.search(
            text, max(0, int(origin["start"]) - 30), int(origin["start"])
        )
        if calling is not None and calling.group(1).lower() in TITLE_WORDS | COMMON_CALLINGS:
            mention["label"] = "PER"


_BRACKETED_SHORT_END = re.compile(r"\([A-Z][\w-]{1,14}\)$")


def _title_run_before(text: str, at: int, bodies: Mapping[int, int]) -> bool:
    """Whether a role opened by a title stands right before `at`: role words, bodies and
    places found, and short forms in capitals, back to a title word."""
    cursor = at
    for _ in range(MAX_ROLE_WORDS):
        if text[cursor - 1 : cursor] != " ":
            return False
        cursor -= 1
        if cursor in bodies:
            cursor = bodies[cursor]
            continue
        bracket = _BRACKETED_SHORT_END.search(text, max(0, cursor - 20), cursor)
        if bracket is not None:
            cursor = bracket.start()  # "Kepala Dinas … Penataan Ruang (PUPR) Kabupaten Bogor"
            continue
        word = re.search(r"([\w.-]+)$", text[max(0, cursor - 30) : cursor])
        if word is None:
            return False
        low = word.group(1).lower()
        if low in TITLE_WORDS:
            return True
        if low not in ROLE_RUN_WORDS and not SHORT_FORM.fullmatch(word.group(1)):
            return False
        cursor -= len(word.group(1))
    return False


_PARTNER_BEFORE = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*){0,3})[ \t]?/[ \t]?$"
)
_PARTNER_AFTER = re.compile(
    r"[ \t]?/[ \t]?([A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*){0,3})(?![\w'’-])"
)


# Capitalised words after a name, up to a slash: " Yang/"
_NAME_RUN_TO_SLASH = re.compile(r"((?:[ \t]+[A-Z][a-z][\w'’-]*){1,2})[ \t]?/")
# Doubles in badminton and tennis, whose pairs are written with a slash
_DOUBLES = re.compile(r"(?i)\bganda\b|\bdoubles?\b")


def slash_partners(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str], sports: bool
) -> None:
    """In sports news a pair of players written with a slash are both people: "Liang
    Weikeng/Wang Chang" when the tagger found only one of them. Not words warta knows as
    something else (elsewhere slashes join places and products: "Sims Drive/Kallang Way",
    "Rift/Vive")."""
    if not (sports or _DOUBLES.search(text)):
        return
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    added = False
    for person in [m for m in found if m["label"] == "PER"]:
        start, end = int(person["start"]), int(person["end"])
        rest = _NAME_RUN_TO_SLASH.match(text, end)
        if rest is not None and not any(end <= x < rest.end(1) for x, _ in taken):
            # "Lee Yang/Hsu Ya Ching": the tagger stopped at a word of the language ("Yang"),
            # but the name runs to the slash
            end = rest.end(1)
            person["end"] = end
            person["text"] = text[start:end]
        before = _PARTNER_BEFORE.search(text, max(0, start - 60), start)
        after = _PARTNER_AFTER.match(text, end)
        for match in (before, after):
            if match is None:
                continue
            a, b = match.span(1)
            if re.match(r"[ \t]+(?:-|[A-Z])", text[b : b + 3]):
                continue  # the name goes on ("Baek Ha - na"): not all of it is here
            body = next((m for m in found if (int(m["start"]), int(m["end"])) == (a, b)), None)
            if (
                body is not None
                and body["label"] != "PER"
                and " " in match.group(1)
                and known_type(match.group(1)) is None
                and gazetteer.get(tuple(match.group(1).lower().split())) is None
            ):
                # the partner of several words read as a body: "Anders Skaarup Rasmussen/Line
                # Hojmark Kjaersfeldt"
                body["label"] = "PER"
                continue
            if any(x < b and a < y for x, y in taken) or any(
                _known_word(w, gazetteer) or written_small(w, text) for w in match.group(1).split()
            ):
                continue
            found.append({"text": match.group(1), "label": "PER", "start": a, "end": b})
            taken.append((a, b))
            added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


# Words of the language that a typo or a capital can put before a name ("… Selatan Itu Tri")
_FUNCTION_WORDS = frozenset(
    {"itu", "ini", "yang", "dan", "atau", "dari", "pada", "untuk", "juga", "pun", "saat",
     "ketika", "tersebut", "para", "sang", "kini", "lagi", "bahwa", "oleh", "dengan"}
)  # fmt: skip


def _open_name(person: dict[str, Any], word: str, at: int) -> None:
    person["text"] = f"{word} {person['text']}"
    person["start"] = at
    role = str(person.get("role") or "")
    if role.endswith(word):  # the tagger's reading took the given name into the role
        person["role"] = role[: -len(word)].strip()
        if not person["role"]:
            del person["role"]


_WORD_AFTER = re.compile(r" ([A-Z][a-z][\w'’-]*)(?![\w'’-])")


# Capitalised particles that open a surname ("Di Maria", "De Bruyne", "Van Dijk")
_SURNAME_PARTICLE_BEFORE = re.compile(
    r"(?<![\w-])(Di|De|Van|Da|Dos|Del|Della|Le|La|Von|Du|Ter|Al|El)[ \t]+$"
)


# A word written small, then the space before the next word
_SMALL_WORD_BEFORE = re.compile(r"(?<![\w'’-])[a-z]+[ \t]+$")
# A given name after a word written small, right before a surname's particle
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’-])[a-z]+[ \t]+([A-Z][a-z]{2,})[ \t]+$")


def surname_particles_left_out(found: list[dict[str, Any]], text: str) -> None:
    """A surname's particle that the tagger left out before it, where the article writes the
    person's full name with it: "umpan silang Di Maria" (after "Angel Di Maria") → "Di
    Maria", not "Maria" (a capitalised "Di" mid-sentence is no preposition there). After a
    word written small, the capitalised particle opens the name all the same: "sebelumnya
    Della Destiara Haris" (the tagger took "Della" for the Italian particle)."""
    full = [str(m["text"]) for m in found if m["label"] == "PER" and " " in str(m["text"])]
    for mention in found:
        start = int(mention["start"])
        particle = _SURNAME_PARTICLE_BEFORE.search(text, max(0, start - 6), start)
        if mention["label"] != "PER" or particle is None:
            continue
        surname = f"{particle.group(1)} {mention['text']}"
        small_before = _SMALL_WORD_BEFORE.search(
            text, max(0, particle.start(1) - 30), particle.start(1)
        )
        given = _GIVEN_NAME_BEFORE.search(text, max(0, particle.start(1) - 40), particle.start(1))
        if (
            small_before is None
            and given is not None
            and not any(int(m["end"]) > given.start(1) and m is not mention and
                        int(m["start"]) < particle.start(1) for m in found)
            and given.group(1).lower() not in TITLE_WORDS | HONORIFICS | NAME_TITLES
            and known_type(given.group(1)) is None
            and not is_known_place(given.group(1))
            and not written_small(given.group(1), text)
        ):  # fmt: skip
            # "mengungguli Alfredo Di Stefano": the given name before the particle, which
            # the tagger left out with it
            mention["start"] = given.start(1)
            mention["text"] = text[given.start(1) : int(mention["end"])]
        elif (
            any(name.endswith(" " + surname) or name == surname for name in full)
            or small_before is not None
        ):
            mention["start"] = particle.start(1)
            mention["text"] = text[particle.start(1) : int(mention["end"])]


# Particles written small inside a name: "Ronaldo da Lima", "Bas van Dijk", "Ali bin Abdullah"
_NAME_PARTICLES = frozenset(
    {"da", "de", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "du", "di",
     "le", "la", "bin", "binti", "al", "el"}
)  # fmt: skip
_NAME_WORDS_AFTER = re.compile(
    r"(?:[ \t]*-[ \t]*|[ \t]+)((?:[A-Z][\w'’-]*)(?:[ \t]+[A-Z][\w'’-]*)?)(?![\w'’-])"
)
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)[ \t]+$")


def _named_apart(person: dict[str, Any], found: list[dict[str, Any]]) -> bool:
    """Whether the article names `person` again on their own, elsewhere."""
    return any(
        m is not person and m["label"] == "PER" and m["text"] == person["text"] for m in found
    )


# A particle and a family name after a person's mention ("el - Sisi", "bin Salman", "van
# Dijk"); not "di"/"da"/"la"/"le", words of Indonesian too
_PARTICLE_LEFT_OUT = re.compile(
    r"[ \t]+(?:al|el|bin|binti|van|von|de|del|della|dos|das|du)(?:[ \t]*-[ \t]*|[ \t]+)"
    r"([A-Z][\w'’]+)(?![\w'’-])"
)
# Capitalised words that open a sentence or a clause, no given name: "Menurut van Gaal"
_CLAUSE_OPENERS = _FUNCTION_WORDS | frozenset(
    {"menurut", "kata", "ujar", "namun", "bahkan", "selain", "bagi", "meski", "kepada",
     "bersama", "melawan", "setelah", "sebelum", "sedangkan", "sementara", "tapi", "tetapi",
     "jika", "kalau", "seperti", "hingga", "sejak", "tanpa", "di", "ke", "sebab", "karena"}
)  # fmt: skip


def particles_inside_names(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A person's name the tagger closed on a particle or opened with one takes the
    capitalised words on its other side: "[Ronaldo da] Lima" (read as the Peruvian capital
    or left out), "Bas [van Dijk]"; a particle with no name after it is no part of the
    name."""
    taken = {int(m["start"]): m for m in found}
    gone: set[int] = set()
    for mention in found:
        if mention["label"] != "PER" or id(mention) in gone:
            continue
        words = str(mention["text"]).split()
        left_out = _PARTICLE_LEFT_OUT.match(text, int(mention["end"]))
        following = next(
            (m for m in found if left_out is not None and int(m["start"]) == left_out.start(1)),
            None,
        )
        patronym = left_out is not None and left_out.group().split()[0] in {"bin", "binti"}
        if left_out is not None and (
            following is None
            # (a father the tagger found after "bin"/"binti" is his own person: "Kahiyang
            # Ayu binti [Joko Widodo]")
            or (following["label"] == "PER" and not patronym and not _named_apart(following, found))
        ):
            # "Presiden [Abdel Fattah] el - Sisi", "[Mohammed] bin [Salman]": the particle
            # and the family name the tagger left out or tagged apart
            end = int(following["end"]) if following is not None else left_out.end()
            if following is not None:
                gone.add(id(following))
            mention["end"] = end
            mention["text"] = text[int(mention["start"]) : end]
            continue
        if len(words) >= 2 and words[-1] in _NAME_PARTICLES:
            after = _NAME_WORDS_AFTER.match(text, int(mention["end"]))
            if after is None:
                _without_last_word(mention)
                continue
            rest = after.group(1).split()
            if len(rest) == 2 and rest[1].lower() in TITLE_WORDS | _CLAUSE_OPENERS:
                rest = rest[:1]
            end = after.start(1) + len(" ".join(rest))
            if any(
                other["label"] == "PER"
                and after.start(1) <= int(other["start"]) < end
                and (words[-1] in {"bin", "binti"} or _named_apart(other, found))
                for other in found
            ):
                # "Kahiyang Ayu binti [Joko Widodo]", "Bobby Nasution bin Ir [Erwin
                # Nasution]": the father, his own person
                _without_last_word(mention)
                continue
            for other in found:
                if other["label"] == "PER" and after.start(1) <= int(other["start"]) < end:
                    # "[Marlon da] [Silva Santos]": the rest of the name, tagged apart
                    end = max(end, int(other["end"]))
            for other in found:
                if (
                    other is not mention
                    and int(mention["end"]) < int(other["end"])
                    and (int(other["start"]) < end)
                ):
                    gone.add(id(other))  # ("Lima", the capital of Peru, is his surname)
            mention["end"] = end
            mention["text"] = text[int(mention["start"]) : end]
        elif len(words) >= 2 and words[0] in _NAME_PARTICLES and words[0] not in {"di", "la"}:
            before = _NAME_WORD_BEFORE.search(
                text, max(0, int(mention["start"]) - 30), int(mention["start"])
            )
            if before is None or before.start(1) in taken:
                continue
            word = before.group(1)
            if (
                word.lower() in _CLAUSE_OPENERS | TITLE_WORDS
                or gazetteer.get((word.lower(),)) is not None
                or known_type(word) is not None
                or written_small(word, text)
            ):
                continue
            mention["start"] = before.start(1)
            mention["text"] = text[before.start(1) : int(mention["end"])]
    if gone:
        found[:] = [m for m in found if id(m) not in gone]


def _without_last_word(mention: dict[str, Any]) -> None:
    """The mention without its last word ("Ronaldo da" with no name after it → "Ronaldo")."""
    text = str(mention["text"])
    mention["text"] = text[: len(text) - len(text.split()[-1])].rstrip()
    mention["end"] = int(mention["start"]) + len(str(mention["text"]))


# A word written small, or a comma, right before: the word after stands in running text
_RUNNING_BEFORE = re.compile(r"(?:(?<![\w'’-])[a-z][\w-]*|,)[ \t]+$")


def surnames_left_out(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A capitalised word right after a person's name, that the tagger left out and the
    article quotes the person by alone ("pelatih Persija Carlos Pena mengakui …. Pena
    menyebut …") or that follows a given name after its title, closes the name: "Carlos
    Pena". Not a word the article also writes in lower case, nor a place or body warta
    knows."""
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    added: list[str] = []
    for person in found:
        end = int(person["end"])
        if person["label"] != "PER":
            continue
        after = _WORD_AFTER.match(text, end)
        if after is None or any(a <= after.start(1) < b for a, b in taken):
            continue
        word = after.group(1)
        if re.match(r"\.[\w-]", text[after.end(1) : after.end(1) + 2]):
            continue  # a degree's short form: "Mike Boge Dipl.-Ing."
        if word == str(person["text"]).split()[-1]:
            continue  # "mobil Suryo Suryo sempat …": the name written twice by mistake
        alone = [
            m
            for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)
            if m.start() != after.start(1)
        ]
        # a word of the language the article writes capitalised inside its sentences again
        # and again is a name there: "penyerang sayap Roma, Mohamed [Salah]" … "untuk
        # mendapatkan Salah." … "kontribusi Salah yang …" ("salah satu" elsewhere)
        # (in running text: after a word written small or a comma, not after another
        # capitalised word, "Swift Sport", "Chroma Pro")
        inside = [
            m
            for m in alone
            if not sentence_start(text, m.start())
            and _RUNNING_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ]
        common = written_small(word, text)
        # (once inside a sentence is enough where the name is written whole twice: "winger
        # AS Roma, [Mohamed] Salah" … "mendatangkan [Mohamed] Salah" … "menilai Salah adalah")
        pairs = len(re.findall(re.escape(f"{person['text']} {word}") + r"(?![\w-])", text))
        # (or where a given name the tagger took alone never stands without it: "umpan
        # satu-dua dengan [Mohamed] Salah" … "setelah melanggar Salah di kotak terlarang")
        given = " " not in str(person["text"]) and pairs == len(
            re.findall(r"(?<![\w-])" + re.escape(str(person["text"])) + r"(?![\w-])", text)
        )
        enough = 1 if given or (common and pairs >= 2) else 2
        if _known_word(word, gazetteer) or (common and len(inside) < enough):
            continue
        if common:
            alone = inside
        titled = (
            # a given name alone after a title, then a word nothing knows and lower case:
            # "pelatih Persija Carlos Pena kecewa …" (the tagger read "pena", a pen)
            person.get("role")
            and " " not in str(person["text"])
            and re.match(r"[ \t]+[a-z]|[,.;:]", text[after.end(1) :]) is not None
        )
        if (
            not titled
            and not quoted_by(text, [m.span() for m in alone])
            # (or written capitalised inside sentences twice more: "tembakan Salah dan Can";
            # a name's word, not a degree or a field: "Dipl", "Permulaan")
            and (
                len(inside) < enough
                or word.lower() in _CALENDAR_WORDS
                or len(word) < 3
                or FIELD_NOUN.fullmatch(word.lower()) is not None
            )
        ):
            continue
        person["text"] = f"{person['text']} {word}"
        person["end"] = after.end(1)
        if common:
            _mark_spans(found, word, [m.span() for m in alone])
        else:
            added.append(word)
    for word in added:
        _mark_everywhere(found, text, word)


# An Arabic article glued to a family name: "el-Sisi", "al-Ansari", "asy-Syaibani"
_ARTICLE_NAME_AFTER = re.compile(r"[^\S\n]((?:al|el|ad|an|ar|as|asy|at|az|ash)[-‑][A-Z][\w'’]+)\b")


def arabic_surnames_left_out(found: list[dict[str, Any]], text: str) -> None:
    """A family name written with its Arabic article right after a person's name, which the
    tagger left out, closes the name: "Presiden Mesir [Abdel Fattah] el-Sisi"."""
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    for person in found:
        after = _ARTICLE_NAME_AFTER.match(text, int(person["end"]))
        if (
            person["label"] != "PER"
            or after is None
            or any(a <= after.start(1) < b for a, b in taken)
        ):
            continue
        person["end"] = after.end(1)
        person["text"] = text[int(person["start"]) : after.end(1)]


def names_quoted_alone(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """The first or last word of a person's full name, written alone where the article quotes
    someone by it and the tagger found nothing ("Carlos Pena … Pena menyebut"), is that
    person. Not a word the article also writes in lower case, nor one warta knows."""
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    words = {
        w
        for m in found
        if m["label"] == "PER" and " " in str(m["text"])
        for w in (str(m["text"]).split()[0], str(m["text"]).split()[-1])
        if len(w) >= 3 and w[:1].isupper() and not w.isupper()
    }
    added = False
    for word in sorted(words):
        if _known_word(word, gazetteer) or written_small(word, text):
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
            if any(a < m.end() and m.start() < b for a, b in taken) or not quoted_by(
                text, [m.span()]
            ):
                continue
            found.append({"text": word, "label": "PER", "start": m.start(), "end": m.end()})
            added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


_SAID_BY_ONE_WORD = re.compile(
    r"\b(?:kata|ujar|tutur|ucap|imbuh|tegas|ungkap|papar|terang|tambah|sambung|lanjut|tulis"
    r"|tandas|pungkas|tukas|timpal|kicau|cuit)"
    r"[ \t]+(?P<name>[A-Z][a-z][\w'’-]{2,})(?![\w'’-])"
    r"(?=[ \t]*[,.]|[ \t]+(?:kepada|di|saat|ketika|usai|seusai|dalam|pada)\b"
    # (or the statement goes on after it: "Makanya, kata Bustang listrik … dibutuhkan")
    r"|[ \t]+[a-z])"
)


_SAID_BY_ONE_WORD_CLOSED = re.compile(
    r"[ \t]*[,.]|[ \t]+(?:kepada|di|saat|ketika|usai|seusai|dalam|pada)\b"
)


def people_quoted_by_one_word(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A one-word name the tagger never found, that the article quotes someone by ("…,"
    kata Neymar.") and writes more than once, is a person wherever it is written: "Neymar
    membantah …". Not a word warta knows or the article writes small."""
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    for match in _SAID_BY_ONE_WORD.finditer(text):
        word = match.group("name")
        if any(a <= match.start("name") < b for a, b in taken):
            continue
        if _known_word(word, gazetteer) or written_small(word, text) or _in_a_mention(word, found):
            continue
        if not _SAID_BY_ONE_WORD_CLOSED.match(text, match.end("name")) and not re.search(
            r"(?:^|[,\n\"”])[ \t]*$", text[max(0, match.start() - 4) : match.start()]
        ):
            continue  # (the statement going on only after a comma: "Makanya, kata Bustang
            # listrik …"; not "penggunaan kata Allah oleh …", a word spoken of)
        if len(re.findall(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)) < 2:
            continue
        _mark_everywhere(found, text, word)
        _given_names_after_titles(found, text, word, gazetteer)
        _surnames_after(found, text, word, gazetteer)
        taken = [(int(m["start"]), int(m["end"])) for m in found]


# A cue of quoted words that names a speaker, never a thing: after the closing quote ('…,"
# kata Sony'), or a verb that is no noun ("ujar", unlike "kata ThinkPad", the word)
_QUOTED_AS_A_PERSON = re.compile(
    r"(?:[”\"],?[ \t]*(?:kata|ujar|ucap|tutur|jelas|imbuh|tegas|ungkap|papar|terang|tambah"
    r"|sambung|lanjut)|\b(?:ujar|ucap|tutur|imbuh|tandas|pungkas|tukas|timpal)(?:nya)?)[ \t]+$"
)


def quoted_as_a_person(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the article quotes someone by the word at one of `spans` in a way only a
    person is: '…," kata Sony', "ujar Sony" (not "pada kata ThinkPad", nor "Sony menyatakan",
    which a firm does too)."""
    return any(_QUOTED_AS_A_PERSON.search(text, max(0, start - 16), start) for start, _ in spans)


# Two capitalised name words joined by a hyphen, spaced or not: "Oviedo - Joekes"
_HYPHENED_PAIR = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})[ \t]?-[ \t]?([A-Z][a-z]{2,})(?![\w-])")
# Up to two capitalised given names right before the pair: "Eugenia Oviedo - Joekes"
_GIVEN_BEFORE_PAIR = re.compile(r"(?:[A-Z][a-z]+[ \t]+){1,2}")


def double_surnames_quoted(found: list[dict[str, Any]], text: str) -> None:
    """A double surname joined by a hyphen that the article quotes someone by, and writes
    twice or more, is that person whatever the tagger made of its parts (a Spanish town,
    "Oviedo"): "Menurut Eugenia Oviedo - Joekes, profesor di …" … "kata Oviedo - Joekes"."""
    pairs: dict[str, list[re.Match[str]]] = {}
    for match in _HYPHENED_PAIR.finditer(text):
        key = f"{match.group(1)}-{match.group(2)}"
        pairs.setdefault(key, []).append(match)
    for matches in pairs.values():
        spans = [m.span() for m in matches]
        first, second = matches[0].group(1), matches[0].group(2)
        if (
            len(matches) < 2
            or first.lower() == second.lower()  # "Undang-Undang": a word doubled
            or written_small(first, text)
            or written_small(second, text)
            or not (quoted_as_a_person(text, spans) or quoted_by(text, spans))
            or any(known_type(w) == "ORG" for w in (first, second))
        ):
            continue
        for index, match in enumerate(matches):
            start, end = match.span()
            inside = [m for m in found if int(m["start"]) < end and start < int(m["end"])]
            opening = min([start, *(int(m["start"]) for m in inside)])
            # (given names only where the article introduces the person, at the first)
            if opening < start and (
                index > 0 or _GIVEN_BEFORE_PAIR.fullmatch(text, opening, start) is None
            ):
                continue  # (a longer name the pair closes, as the tagger read it)
            if any(int(m["end"]) > end for m in inside):
                continue  # (nor a pair inside a longer name)
            # (with the given names the tagger ran into the first part: "[Eugenia Oviedo]")
            start = opening
            found[:] = [m for m in found if not any(m is i for i in inside)]
            found.append({"text": text[start:end], "label": "PER", "start": start, "end": end})
    found.sort(key=lambda m: int(m["start"]))


def quoted_people_named_like_bodies(found: list[dict[str, Any]], text: str) -> None:
    """A word the tagger took for a body wherever the article writes it alone ("Sony"), that
    opens or closes a person's name in the article ("Sony Dwi Kuncoro") and that the article
    quotes someone by ('…," ujar Sony'): the person, each time; and so is a body of two or
    three name words quoted by its last ("Jonas Folger" … '…," kata Folger'). (Not a body
    of its own the article quotes: '…," tutur Lucasfilm', "ungkap Telegraph".)"""
    names = {
        part
        for m in found
        if m["label"] == "PER" and " " in str(m["text"])
        for part in (str(m["text"]).split()[0], str(m["text"]).split()[-1])
    }
    bodies = {
        str(m["text"])
        for m in found
        if m["label"] == "ORG"
        and _NAME_WORD.fullmatch(str(m["text"]))
        and not str(m["text"]).isupper()
        and str(m["text"]) in names
    }
    for word in bodies:
        spans = [
            (m.start(), m.end())
            for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)
            if not any(
                int(f["start"]) <= m.start() < int(f["end"]) and f["text"] != word for f in found
            )
        ]
        if not quoted_as_a_person(text, spans):
            continue
        for mention in found:
            if mention["text"] == word and mention["label"] == "ORG":
                mention["label"] = "PER"
    for mention in found:
        # "Kabar buruk datang dari [Jonas Folger]" … '…," kata Folger': a body of two or three
        # name words the article quotes by its last one, as it quotes people by surname
        words = str(mention["text"]).split()
        if (
            mention["label"] != "ORG"
            or not 2 <= len(words) <= 3
            or not all(_NAME_WORD.fullmatch(w) and not w.isupper() for w in words)
            or any(w.lower() in ORG_HEADS | ORG_LAST_WORDS | FIRM_ENDINGS for w in words)
            or known_type(str(mention["text"])) is not None
            or str(mention["text"]) in KNOWN_BODY_NAMES
        ):
            continue
        last = words[-1]
        spans = [
            (m.start(), m.end())
            for m in re.finditer(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", text)
            if not any(int(f["start"]) <= m.start() < int(f["end"]) for f in found)
        ]
        if quoted_as_a_person(text, spans):
            mention["label"] = "PER"


def names_of_people_typed_as_bodies(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """One word the tagger took for a body ("Sheila"), that opens or closes the name of a
    person the article names in full ("artis Sheila Marcia") and that is no body warta knows:
    the person, wherever it stands alone ("kondisi kesehatan Sheila"). Only a name of two
    words: a longer one is as often a body the tagger glued to a name ("Vice President
    [Indana Steven Antonius Sugiharto]")."""
    names = {
        part
        for m in found
        if m["label"] == "PER" and len(str(m["text"]).split()) == 2
        for part in str(m["text"]).split()
    }
    # (not a word of a body's longer name, nor one the article defines as a body's short form:
    # "PT Ramayana Lestari Sentosa", "PT Inti Daya Guna Aneka Warna (Indana)")
    bodies = {
        w
        for m in found
        if m["label"] == "ORG" and " " in str(m["text"])
        for w in str(m["text"]).split()
    }
    for mention in found:
        word = str(mention["text"])
        if (
            mention["label"] == "ORG"
            and word in names
            and word not in bodies
            and f"({word})" not in text
            and _NAME_WORD.fullmatch(word)
            and not word.isupper()
            and known_type(word) is None
            and word not in KNOWN_BODY_NAMES
            and gazetteer.get((word.lower(),)) is None
            and word.lower() not in ORG_HEADS | ORG_LAST_WORDS | FIRM_ENDINGS
        ):
            mention["label"] = "PER"


def _surnames_after(
    found: list[dict[str, Any]], text: str, word: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """A capitalised word right after a given name found by its quotes, that the article never
    writes small and writes alone at least twice or after a word written small, closes the
    name: "giliran [Lindsay] Lohan yang …" … "tulis Lindsay" … "tujuan Lohan ke sana"."""
    merged: list[dict[str, Any]] = []
    for mention in found:
        if mention["text"] != word or mention["label"] != "PER":
            continue
        after = _WORD_AFTER.match(text, int(mention["end"]))
        if after is None:
            continue
        covering = [m for m in found if int(m["start"]) <= after.start(1) < int(m["end"])]
        # (the tagger's one-word person there joins: "ilusionis Demian [Aditya]")
        if covering and not (
            len(covering) == 1
            and covering[0]["label"] == "PER"
            and (int(covering[0]["start"]), int(covering[0]["end"]))
            == (after.start(1), after.end(1))
        ):
            continue
        surname = after.group(1)
        alone = [
            m.start()
            for m in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", text)
            if m.start() != after.start(1)
        ]
        running = re.search(
            r"[a-z][ \t]+$", text[max(0, int(mention["start"]) - 3) : int(mention["start"])]
        )
        if (
            # (written alone again, or the name stands in running text: "ilusionis Demian
            # Aditya, …")
            (len(alone) < 2 and running is None)
            or _known_word(surname, gazetteer)
            or written_small(surname, text)
            or not surname[1:].islower()
        ):
            continue
        mention["end"] = after.end(1)
        mention["text"] = text[int(mention["start"]) : after.end(1)]
        merged.extend(covering)
    if merged:
        found[:] = [m for m in found if not any(m is gone for gone in merged)]


_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z'’-]+)[ \t]$")


def _given_names_after_titles(
    found: list[dict[str, Any]], text: str, word: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """Where a title (and its field) stands before a name word the tagger left untagged and
    a surname found by its quotes, the name word is the person's given name: "Perdana
    Menteri Lebanon Nawaf Salam mengutuk …" … "kata Salam"."""
    bodies = {int(m["end"]): int(m["start"]) for m in found if m["label"] in ("ORG", "LOC")}
    ends = {int(m["end"]) for m in found}
    for mention in found:
        if mention["text"] != word or mention["label"] != "PER":
            continue
        start = int(mention["start"])
        given = _GIVEN_BEFORE.search(text, max(0, start - 25), start)
        if (
            given is None
            or given.start(1) in ends
            or (given.start(1) - 1 in ends and given.start(1) - 1 not in bodies)
            or _known_word(given.group(1), gazetteer)
            or written_small(given.group(1), text)
            or not _title_run_before(text, given.start(1), bodies)
            or _closes_a_body_named(found, text, given.start(1), given.end(1))
        ):
            continue
        mention["start"] = given.start(1)
        mention["text"] = text[given.start(1) : int(mention["end"])]


def _closes_a_body_named(found: list[dict[str, Any]], text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] closes the field of a body the article names, its
    other words right before it: "Menteri Komunikasi dan [Digital] Laras Wibisana" of
    "Kementerian Komunikasi dan Digital"."""
    word = text[start:end]
    for body in found:
        words = str(body["text"]).split()
        if body["label"] != "ORG" or len(words) < 3 or words[-1] != word:
            continue
        field = " ".join(words[1:-1])
        if text[max(0, start - len(field) - 1) : start].rstrip() == field:
            return True
    return False


def small_words_are_no_people(found: list[dict[str, Any]], text: str) -> None:
    """A one-word "person" that the article also writes in lower case (not as the slip of a
    name: "Barack obama"), never quotes and names in no longer name is a word of the language
    the tagger misread ("Asma", "Zumba", "Triathlon"). After a title, with the person set off
    after it (Malay "Ketua Pengarah Imigresen, Datuk Zakaria …", "depoh imigresen"), it is
    the body the title is of. Not in a text written in lower case throughout."""
    if len(re.findall(r"\b[A-Z][a-z]", text)) < 3:
        return
    in_names = {
        w.lower() for m in found if m["label"] == "PER" and " " in str(m["text"])
        for w in str(m["text"]).split()
    }  # fmt: skip
    others = [(int(m["start"]), int(m["end"])) for m in found if m["label"] != "PER"]
    out: list[dict[str, Any]] = []
    for index, mention in enumerate(found):
        word = str(mention["text"])
        if (
            mention["label"] != "PER"
            or " " in word
            or not word.isalpha()
            or word.isupper()
            or word.lower() in in_names
            or not _written_small_alone(word, text, others)
            or _in_a_name_run(word, text, others)
            or quoted_by(
                text, [(int(m["start"]), int(m["end"])) for m in found if m["text"] == word]
            )
        ):
            out.append(mention)
            continue
        if _title_before(text, int(mention["start"]), fields=1) is None:
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        if (
            after is not None
            and after["label"] == "PER"
            and re.fullmatch(
                r",?[ \t]+(?:\w+[ \t]+){0,2}", text[int(mention["end"]) : int(after["start"])]
            )
        ):
            out.append({**mention, "label": "ORG"})
            out[-1].pop("role", None)
        else:
            out.append(mention)  # "Aiptu Sutisna": a rank, then the person
    found[:] = out


def _written_small_alone(word: str, text: str, others: list[tuple[int, int]]) -> bool:
    """Whether the article writes `word` in lower case (not right after a capitalised word,
    "Barack obama", nor as who speaks, "kata eko") at least as often as capitalised inside a
    sentence, outside the bodies and places found: a name written carelessly once ("ke
    martial") stays a name."""
    small = sum(
        1
        for m in re.finditer(r"(?<![\w@./-])" + re.escape(word.lower()) + r"(?![\w-])", text)
        if not re.search(r"[A-Z][\w'’-]*[ \t]+$", text[max(0, m.start() - 30) : m.start()])
        and not quoted_by(text, [m.span()])
    )
    inside = sum(
        1
        for m in re.finditer(r"(?<![\w@./-])" + re.escape(word) + r"(?![\w-])", text)
        # (after a word in lower case: capitals around it may be a headline's or a title's)
        if re.search(r"(?:\b[a-z]\w*|[,)])[ \t]+$", text[max(0, m.start() - 20) : m.start()])
        and not any(a <= m.start() < b for a, b in others)
    )
    return small > 0 and small >= inside


def _in_a_name_run(word: str, text: str, others: list[tuple[int, int]]) -> bool:
    """Whether the article writes `word` next to another capitalised word that heads no body
    or place, outside the bodies and places found ("Boy Rafli Amar", not "Jabatan Imigresen
    Malaysia")."""
    pattern = (
        r"(?:(?P<before>[A-Z][\w'’-]*)[ \t]+)?(?<![\w-])" + re.escape(word)
        + r"(?![\w-])(?:[ \t]+(?P<after>[A-Z][\w'’-]*))?"
    )  # fmt: skip
    for m in re.finditer(pattern, text):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in others):
            continue
        for side in ("before", "after"):
            near = m.group(side)
            if near and near.lower() not in _NOT_NAME_WORDS | TITLE_WORDS | ROLE_MODIFIERS:
                return True
    return False


def _in_a_mention(word: str, found: list[dict[str, Any]]) -> bool:
    """Whether a mention found already holds `word` (as a body, a place or a name part)."""
    return any(word in str(m["text"]).split() for m in found)


# Forms of address that open a name without being part of it ("Mbah Ponco Sutiyem")
_ADDRESS = frozenset(
    {"mbah", "eyang", "abah", "umi", "abi", "ustaz", "ustadz", "ustad", "habib", "gus", "ning",
     "cak", "uda", "uni", "daeng", "opung", "ompung", "inang", "mama", "papa", "tante",
     "om", "oma", "opa", "engku", "datuk", "tuan", "puan", "sir", "dame", "lord", "lady"}
)  # fmt: skip
_SAYS_BEFORE = re.compile(
    r"\b(?:kata|ujar|tutur|ucap|jelas|imbuh|tegas|ungkap|papar|sebut|terang|tambah|sambung"
    r"|lanjut|menurut)[ \t]+$",
    re.IGNORECASE,  # "Menurut Purbaya, …" opens its sentence
)
_SAYS_AFTER = re.compile(
    r"[ \t]+(?:mengatakan|menyatakan|menjelaskan|menegaskan|menambahkan|menuturkan"
    r"|mengungkapkan|menilai|menyebut|menyebutkan|berkata|mengaku|menerangkan)\b"
)


def _word_before(text: str, at: int) -> str:
    match = re.search(r"(\w+)\W*$", text[max(0, at - 20) : at])
    return match.group(1).lower() if match else ""


def _named_as_a_person(name: str, people: list[dict[str, Any]], text: str) -> bool:
    """Whether the tagger's reading of `name` as a person has support beyond itself (products
    and games it reads as people, "WannaCry", "Gboard", have none): a role next to it, a
    quote it names the speaker of, or a fuller name it closes ("Lionel Messi" … "Messi"; not
    "Ransomware WannaCry", whose first word the article writes in lower case)."""
    for person in people:
        full = str(person["text"])
        if (
            (full == name and person.get("role"))
            # (or the article quotes the person by it: "kata Lorde", "Lorde mengungkapkan")
            or (full == name and quoted_by(text, [(int(person["start"]), int(person["end"]))]))
            or (
                " " not in name
                and full.endswith(" " + name)
                and not is_known_place(name)  # "Han Solo" … "Solo", a city
                and not any(
                    written_small(w, text) or known_type(w) is not None for w in full.split()[:-1]
                )
            )
        ):
            return True
    return False


# Words closing a name that name no one alone: "Jr.", "Sr", "III"
_NO_NAMES_ALONE = GENERATIONS | frozenset({"bin", "binti"}) | TITLE_WORDS


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")
# Goods, shares and prizes named after a person, before the name: "laptop Dell", "mobil
# Ford", "saham Disney", "penghargaan Nobel", "hadiah Pulitzer": the firm or prize, not them
NAMED_THING_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:saham|merek|merk|produk|produsen|pabrikan|mobil|motor|sepeda[ \t]+motor"
    r"|laptop|ponsel|gawai|pesawat|dealer|diler|gerai|penghargaan|hadiah|anugerah|piala|trofi)"
    r"[ \t]+$"
)
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z0-9]")


def surnames_written_like_acronyms(found: list[dict[str, Any]]) -> None:
    """A family name written like an acronym some papers spell in lower case ("Nato" of
    NATO) is the person named in full before it ("pebalap Norman Nato … Nato sudah harus
    meninggalkan lintasan"); the body itself in capitals ("NATO") stays the body."""
    seen: set[str] = set()
    # (a body someone's office names is the body: "Sekjen Nato Jens Stoltenberg")
    offices = {w for m in found if m["label"] == "PER" for w in str(m.get("role") or "").split()}
    for mention in found:
        name = str(mention["text"])
        if name in offices:
            continue
        if mention["label"] == "PER" and " " in name:
            seen.add(name.split()[-1])
            continue
        if (
            mention["label"] != "PER"
            and name in seen
            and name[:1].isupper()
            and name[1:].islower()
            and canonical_name(name).isupper()
        ):
            mention["label"] = "PER"


# "Bung" before a one-word name in running text (not inside a venue's name, "Gelora Bung
# Karno", "Universitas Bung Karno")
_BUNG_BEFORE = re.compile(r"(?:^|[^\w\s'’-]\s*|(?<![\w'’-])[a-z][\w-]*[ \t]+)(Bung)[ \t]+$")


def bung_names_people(found: list[dict[str, Any]], text: str) -> None:
    """A one-word name after "Bung" in running text is the person so called, whatever the
    tagger typed it: "ketika Bung Karno berada di Hotel Imperial" (a place, "Karno", to the
    tagger)."""
    for mention in found:
        start = int(mention["start"])
        bung = _BUNG_BEFORE.search(text, max(0, start - 40), start)
        if (
            bung is None
            or " " in str(mention["text"])
            or not _NAME_WORD.fullmatch(str(mention["text"]))
        ):
            continue
        mention["start"] = bung.start(1)
        mention["text"] = text[bung.start(1) : int(mention["end"])]
        mention["label"] = "PER"
        mention.pop("role", None)


def people_named_again(found: list[dict[str, Any]], text: str) -> None:
    """A person's name the tagger found somewhere is the person wherever the article writes
    it alone again ("Putra aktor Will Smith, Jaden …" … "Dalam video itu Jaden berubah …"):
    where no mention covers it, no capitalised word runs on into it (a street or body named
    after the person: "Jalan Sudirman") and the article never writes it in lower case ("Bagus",
    "Indah" as words)."""
    # (not a name the article's mentions also read as a body or place: "Ford", "Tinder")
    other = {str(m["text"]) for m in found if m["label"] != "PER"}
    people = [m for m in found if m["label"] == "PER"]
    # the names, and the family names closing them ("Michael Schumacher" … "Schumacher")
    forms = {str(m["text"]) for m in people} | {
        str(m["text"]).rsplit(" ", 1)[-1] for m in people if " " in str(m["text"])
    }
    names = {
        name
        for name in forms
        if name not in other
        and len(name) >= 3
        and all(_NAME_WORD.fullmatch(w) and not w.isupper() for w in name.split())
        and name.lower().rstrip(".") not in _NO_NAMES_ALONE
        # (an office's short form: "jelas Kadiskes")
        and not ABBREVIATED_OFFICE.fullmatch(name.lower())
        and _named_as_a_person(name, people, text)
    }
    names = {
        name
        for name in names
        if not any(written_small(w, text) for w in name.split()) and known_type(name) is None
    }
    _write_again(found, text, names, "PER", not_after=NAMED_THING_BEFORE)
    _write_again(
        found, text, _given_names_used_alone(people, other, text), "PER", NAMED_THING_BEFORE
    )
    _given_names_again_after_titles(found, text, people)


_ENGLISH_BEFORE_NAMES = frozenset(
    {"the", "new", "old", "officer", "chief", "mr", "mrs", "ms", "sir", "lord", "lady", "king",
     "queen", "prince", "princess", "pope", "saint", "san", "santa", "leader", "director"}
)  # fmt: skip


def given_names_before_surnames_alone(found: list[dict[str, Any]], text: str) -> None:
    """A person the tagger found by one word only ("Matic"), written elsewhere after a
    capitalised word no mention covers ("Conte lebih memilih Nemanja Matic"), is named in
    full there: that word is the given name. Not a word at a sentence's start, a title, a
    head of a place or body, a word of the language, nor one after a place's preposition."""
    people = [m for m in found if m["label"] == "PER"]
    words_of_full = {w for m in people if " " in str(m["text"]) for w in str(m["text"]).split()}
    alone = {
        str(m["text"])
        for m in people
        if " " not in str(m["text"])
        and str(m["text"]) not in words_of_full
        and len(str(m["text"])) >= 4
        and _NAME_WORD.fullmatch(str(m["text"]))
        and not str(m["text"]).isupper()
    }
    if not alone:
        return
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    added = False
    for surname in alone:
        for match in re.finditer(
            r"(?<=[a-z,] )([A-Z][a-z]{2,}) " + re.escape(surname) + r"(?![\w'’-])", text
        ):
            given = match.group(1)
            low = given.lower()
            before = text[max(0, match.start() - 12) : match.start()].split()
            if (
                any(a < match.end() and match.start() < b for a, b in taken)
                or low in TITLE_WORDS | LOC_HEADS | ORG_HEADS | HONORIFICS | NAME_TITLES
                or known_type(given) is not None
                or is_known_place(given)
                or written_small(given, text)
                or (before and before[-1].lower() in _PLACE_PREPOSITIONS)
                # (after a capitalised word, a name of something runs on: "Kawasan Wisata
                # Baturraden", "Keamanan Siber Bima Laga")
                or not before
                or not (before[-1][:1].islower() or before[-1].endswith(","))
                or low in _ENGLISH_BEFORE_NAMES
                # (a word the article writes elsewhere too is no given name of this one:
                # "Hari Kartini", "Xbox Mike", "Wisata Baturraden")
                or len(re.findall(r"(?<![\w-])" + re.escape(given) + r"(?![\w-])", text)) > 1
            ):
                continue
            found.append(
                {"text": match.group(0), "label": "PER", "start": match.start(),
                 "end": match.end()}
            )  # fmt: skip
            taken.append((match.start(), match.end()))
            added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


def _given_names_used_alone(people: list[dict[str, Any]], other: set[str], text: str) -> set[str]:
    """The given names of people named in full that the article calls them by alone, where
    the tagger read the word as one of the language ("Novel Baswedan" … "melaporkan Novel ke
    polisi"): one person's name opens with it, no other's closes with it, the article never
    writes it small, and it stands alone twice, or its person has a role or speaks."""
    opening: dict[str, set[str]] = {}
    closing: set[str] = set()
    for person in people:
        words = str(person["text"]).split()
        if len(words) >= 2:
            opening.setdefault(words[0], set()).add(str(person["text"]))
        closing.add(words[-1])
    tagged = {str(p["text"]) for p in people}
    out: set[str] = set()
    for first, fulls in opening.items():
        if (
            len(fulls) != 1
            or first in closing
            or first in tagged
            or first in other
            or len(first) < 3
            or not _NAME_WORD.fullmatch(first)
            or first.isupper()
            or first.lower().rstrip(".") in _NO_NAMES_ALONE | HONORIFICS | NAME_TITLES
            or known_type(first) is not None
            or written_small(first, text)
            or not all(_NAME_WORD.fullmatch(w) for w in next(iter(fulls)).split())
            # (a Korean or Chinese name opens with the family name: "Song" of "Song Hye Kyo"
            # may be "Song Joong Ki")
            or _family_name_first(next(iter(fulls)))
        ):
            continue
        full = next(iter(fulls))
        alone = len(re.findall(r"(?<![\w'’@./-])" + re.escape(first) + r"(?![\w'’-])", text))
        alone -= len(re.findall(re.escape(full) + r"(?![\w'’-])", text))
        backed = any(
            str(p["text"]) == full
            and (p.get("role") or quoted_by(text, [(int(p["start"]), int(p["end"]))]))
            for p in people
        )
        if alone >= 2 or (alone >= 1 and backed):
            out.add(first)
    return out


# A title right before a word: "tanya hakim Jhon", "Hakim Jhon kemudian …"
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z]+)[ \t]+$")


def _after_a_title(text: str, begin: int) -> bool:
    title = _TITLE_WORD_BEFORE.search(text, max(0, begin - 30), begin)
    return title is not None and title.group(1).lower() in TITLE_WORDS


def _given_names_again_after_titles(
    found: list[dict[str, Any]], text: str, people: list[dict[str, Any]]
) -> None:
    """The given name of one person the article names in full, written again alone right
    after a title ("ketua majelis hakim Jhon Halasan Butarbutar" … "tanya hakim Jhon"): where no
    mention covers it, no capitalised word follows it and the article never writes it small or
    opens another person's name with it."""
    opening: dict[str, set[str]] = {}
    for person in people:
        words = str(person["text"]).split()
        if len(words) >= 2:
            opening.setdefault(words[0], set()).add(str(person["text"]))
    names = {
        first
        for first, fulls in opening.items()
        if len(fulls) == 1
        and len(first) >= 3
        and _NAME_WORD.fullmatch(first)
        and not first.isupper()
        and first.lower() not in TITLE_WORDS
        and not written_small(first, text)
        and known_type(first) is None
        and not is_known_place(first)
    }
    _write_again(found, text, names, "PER", after_title=True)


def _write_again(
    found: list[dict[str, Any]],
    text: str,
    names: set[str],
    label: str,
    not_after: re.Pattern[str] | None = None,
    after_title: bool = False,
) -> None:
    """Mentions of `names` with `label` wherever the article writes one untagged: no mention
    covers it, no capitalised word runs on into it or before it (but a word of the language
    opening the sentence: "Kemudian Jaden …"), nor `not_after` right before it; with
    `after_title`, only right after a title ("tanya hakim Jhon")."""
    taken = [(int(m["start"]), int(m["end"])) for m in found]
    common = common_words(text)
    added = False
    for name in sorted(names):
        for match in re.finditer(r"(?<![\w'’@./-])" + re.escape(name) + r"(?![\w'’-])", text):
            begin, end = match.span()
            before = _CAPITALISED_BEFORE.search(text, max(0, begin - 30), begin)
            if (
                any(a < end and begin < b for a, b in taken)
                or (
                    before is not None
                    and not (
                        sentence_start(text, before.start())
                        and before.group().strip().lower() in common
                    )
                    # ("disebut Jaksa Iskandar": a title before a person's name; not one it
                    # goes on: "Jaksa Agung")
                    and not (
                        label == "PER"
                        and before.group().strip().lower() in TITLE_WORDS
                        and name.lower() not in ROLE_MODIFIERS
                    )
                )
                or _CAPITALISED_AFTER.match(text, end)
                or (not_after is not None and not_after.search(text, max(0, begin - 20), begin))
                or (after_title and not _after_a_title(text, begin))
            ):
                continue
            found.append({"text": name, "label": label, "start": begin, "end": end})
            taken.append((begin, end))
            added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


def bodies_named_again(found: list[dict[str, Any]], text: str) -> None:
    """A body's name the tagger found somewhere is the body wherever the article writes it
    again untagged ("kata Founder [Otenta] Anton Liu" … "Hadirnya Otenta diharapkan …",
    "mitra Otenta"): where no mention covers it, no capitalised word runs on into it or
    before it, and the article never writes it in lower case; not a name the article's
    mentions also read as a person or place, nor a body's generic head ("Kementerian")."""
    other = {str(m["text"]) for m in found if m["label"] != "ORG"}
    ends = {int(m["end"]) for m in found if m["label"] == "ORG"}
    names = {
        str(m["text"])
        for m in found
        if m["label"] == "ORG"
        and str(m["text"]) not in other
        # (with support beyond the tagger's reading, which may be a product's or a work's: a
        # body warta knows, one an office names, or a short form set off in brackets)
        and (
            known_type(str(m["text"])) == "ORG"
            or _OFFICE_BEFORE.search(text, max(0, int(m["start"]) - 30), int(m["start"]))
            # ("Komisi Pemberantasan Korupsi (KPK)"; not a person's nickname, "(Ibran)")
            or (
                text[int(m["start"]) - 1 : int(m["start"])] == "("
                and len(text[: int(m["start"]) - 1].rstrip()) in ends
            )
        )
        and len(str(m["text"])) >= 3
        and all(_BODY_WORD.fullmatch(w) for w in str(m["text"]).split())
        and not all(w.lower() in ORG_HEADS | TITLE_WORDS for w in str(m["text"]).split())
    }
    names |= _firms_without_their_ending(found)
    names = {name for name in names if not any(written_small(w, text) for w in name.split())}
    _write_again(found, text, names, "ORG")


def _firms_without_their_ending(found: list[dict[str, Any]]) -> set[str]:
    """The names of firms the article named with a legal or group ending, without it: not a
    place's, a body's generic head, nor a word of a person's name in the article ("Salim
    Group" … "Anthony Salim")."""
    people_words = {
        w for m in found if m["label"] == "PER" for w in str(m["text"]).split()
    }  # fmt: skip
    stems: set[str] = set()
    for mention in found:
        words = str(mention["text"]).split()
        if (
            mention["label"] != "ORG"
            or len(words) < 2
            or words[-1].lower().rstrip(".,") not in FIRM_ENDS
        ):
            continue
        stem = " ".join(words[:-1]).rstrip(",")
        if (
            len(stem) >= 3
            and all(_BODY_WORD.fullmatch(w) for w in stem.split())
            and not all(w.lower() in ORG_HEADS | TITLE_WORDS | LOC_HEADS for w in stem.split())
            and not any(w in people_words for w in stem.split())
            and known_type(stem) in (None, "ORG")
            and not is_known_place(stem)
        ):
            stems.add(stem)
    return stems


def bodies_cut_short(found: list[dict[str, Any]], text: str) -> None:
    """A body the tagger read without its first words where the article writes it whole
    elsewhere, and those words stand right before it ("bernama Internet Research Agency
    LLC" … "(Internet [Research Agency LLC])"): the whole name."""
    whole = sorted(
        {str(m["text"]) for m in found if m["label"] == "ORG" and " " in str(m["text"])},
        key=len,
        reverse=True,
    )
    spans = [(int(m["start"]), int(m["end"])) for m in found]
    for mention in found:
        name = str(mention["text"])
        if mention["label"] != "ORG":
            continue
        for full in whole:
            if len(full) <= len(name) or not full.endswith(" " + name):
                continue
            lead = full[: -len(name)]
            start = int(mention["start"]) - len(lead)
            if (
                start >= 0
                and text[start : int(mention["start"])] == lead
                and (start == 0 or not text[start - 1].isalnum())
                # (no other mention over the words: "(Diskar [PB])" where "Diskar PB" is one)
                and not any(b < int(mention["start"]) and e > start for b, e in spans)
            ):
                mention["start"] = start
                mention["text"] = full
                break


# A word of a body's name: capitalised, an acronym, camel case ("Otenta", "BPS", "GrabPay")
_BODY_WORD = re.compile(r"[A-Z][\w&'’.-]*")


# English venues' last words, and a place preposition (with a capitalised word) before
_VENUE_LAST_WORDS = frozenset(
    {"hall", "arena", "center", "centre", "stadium", "theatre", "theater", "garden", "gardens",
     "square", "dome", "auditorium", "coliseum", "pavilion"}
)  # fmt: skip
_AT_A_PLACE_RIGHT_BEFORE = re.compile(r"\b(?:di|ke|dari)[ \t]+(?:[A-Z][a-z]+[ \t]+)?$")


def places_named_after_people(found: list[dict[str, Any]], text: str) -> None:
    """A "person" whose first word is the head of a place or body ("Bandara Soekarno-Hatta",
    "Universitas Gadjah Mada", "Rumah Sakit Cipto Mangunkusumo") is that place or body."""
    for mention in found:
        words = str(mention["text"]).split()
        if mention["label"] != "PER" or len(words) < 2:
            continue
        label = named_after_people(words)
        if (
            label is None
            and words[-1].lower() in _VENUE_LAST_WORDS
            and _AT_A_PLACE_RIGHT_BEFORE.search(
                text, max(0, int(mention["start"]) - 16), int(mention["start"])
            )
        ):
            label = "LOC"  # "di Royal Albert Hall", "ke Madison Square Garden": a venue
        if label is not None and not mention.get("role"):
            # (with a role before it, the holder of an office there, glued to its name:
            # "Imam Masjid Raya Baiturrahman Tgk Faizal Adnan")
            mention["label"] = label
            mention.pop("role", None)
    # the name alone, after the article named the place in full ("Bandar Udara Soekarno
    # Hatta" … "Kenaikan tertinggi ada di Soekarno Hatta"): the place, where no mention of it
    # carries a person's role
    named: dict[str, str] = {}
    for mention in found:
        words = str(mention["text"]).split()
        head = (
            2 if [w.lower() for w in words[:2]] in (["bandar", "udara"], ["rumah", "sakit"]) else 1
        )
        if (
            mention["label"] in ("LOC", "ORG")
            and len(words) > head + 1
            and (words[0].lower() in _VENUES_NAMED_AFTER or head == 2)
        ):
            named[" ".join(words[head:])] = str(mention["label"])
    people = [m for m in found if m["label"] == "PER" and m["text"] in named]
    if any(m.get("role") for m in people):
        return
    for name in {str(m["text"]) for m in people}:
        alone = [m for m in people if m["text"] == name]
        words = name.split()
        if any(
            m["label"] == "PER"
            and len(str(m["text"]).split()) > len(words)
            and str(m["text"]).split()[-len(words) :] == words
            for m in found
        ) or not any(_AT_A_PLACE.search(text, 0, int(m["start"])) for m in alone):
            continue  # ("Abdul Halim Perdanakusuma" named; "Lukas Enembe meninggal dunia")
        for mention in alone:
            mention["label"] = named[name]


# A word that puts a place after it: "ada di ", "tiba ke ", "berangkat dari "
_AT_A_PLACE = re.compile(r"(?<![\w-])(?:di|ke|dari|menuju|hingga|sampai|lewat|via)[ \t]+\Z")


# Heads of venues that may be named after people, then called by those names alone
# ("Bandara Soekarno Hatta" … "Soekarno Hatta")
# (not universities, "Universitas Bung Karno", whose name alone is more often the person's)
def venues_take_their_namesakes(found: list[dict[str, Any]], text: str) -> None:
    """A body or place closing on the head of a venue named after someone, then the
    "person" it is named after, is one name ("Polres [Bandara] [Soekarno Hatta]" → "Polres
    Bandara Soekarno Hatta"); not a title and its body before a person ("GM Bandara Budi
    Santoso"), unless the name is a national hero's that airports and stadiums bear."""
    merged: list[dict[str, Any]] = []
    for mention in found:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev["label"] in ("ORG", "LOC")
            and mention["label"] == "PER"
            and (
                str(mention["text"]).replace("-", " ").lower() in _VENUE_NAMESAKES
                # (another's name only where the sentence does not go on with what the
                # person did: "Setibanya di Bandara Jokowi langsung menuju …", "Polsek
                # Kawasan Pelabuhan Budi Santoso menangkap …")
                or (
                    not mention.get("role")
                    and _VENUE_NAME_GOES_ON.match(text, int(mention["end"])) is None
                )
            )
            and int(mention["start"]) == int(prev["end"]) + 1
            and text[int(prev["end"])] == " "
            and str(prev["text"]).split()[-1].lower() in _VENUES_NAMED_AFTER
        ):
            prev["end"] = int(mention["end"])
            prev["text"] = text[int(prev["start"]) : int(prev["end"])]
            continue
        merged.append(mention)
    found[:] = merged


# What a person does, after the name: a verb or an adverb of its clause
_VENUE_NAME_GOES_ON = re.compile(
    r"[ \t]+(?:(?:me|mem|men|meng|meny|ber|di|ter)[a-z]{3,}|langsung|sudah|telah|akan|"
    r"tidak|tak|belum|juga|pun|mengaku|kembali|segera)\b"
)
# National heroes Indonesia's airports and stadiums are named after
_VENUE_NAMESAKES = frozenset(
    {"soekarno hatta", "soekarno", "ngurah rai", "juanda", "adisucipto", "adi sucipto",
     "adisutjipto", "sultan hasanuddin", "halim perdanakusuma", "husein sastranegara",
     "ahmad yani", "sam ratulangi", "hang nadim", "radin inten", "sultan syarif kasim",
     "sultan mahmud badaruddin", "frans kaisiepo", "el tari", "bung karno", "bung tomo",
     "sultan aji muhammad sulaiman", "sultan iskandar muda", "supadio"}
)  # fmt: skip
_VENUES_NAMED_AFTER = frozenset(
    {"bandara", "stadion", "pelabuhan", "stasiun", "terminal", "gelora"}
)


_SITE_NAME = re.compile(r"([A-Z][\w-]+)\.(?:co\.id|id|com|net|org|io|co|tv|app|ai|my|sg)")


def owners_of_sites_are_bodies(found: list[dict[str, Any]]) -> None:
    """A word read as a person that is the name of a site the article names as a body
    ("Djaring.id" … "platform Djaring") is that body. (Run on into a person's name, "CEO
    Djaring Laksamana Mustika", it is left to the quote step, which reads the name.)"""
    stems = {
        match.group(1)
        for m in found
        if m["label"] == "ORG" and (match := _SITE_NAME.fullmatch(str(m["text"])))
    }
    for mention in found:
        if mention["label"] == "PER" and mention["text"] in stems:
            mention["label"] = "ORG"
            mention.pop("role", None)


# A kind of body, or of thing, in small letters right before a one-word name: the name is
# that body's ("grup Srimulat", "startup Grammarly", "platform Chatzbro") or a thing's, no
# one's ("ransomware WannaCry", "fitur Vine", "game Airmash")
_BODY_KINDS = frozenset({"grup", "startup", "platform", "aplikasi", "situs"})
_BODY_KIND_OPENS = re.compile(r"(?<![\w-])(" + "|".join(sorted(_BODY_KINDS)) + r")[ \t]+$")
_THING_KIND_OPENS = re.compile(
    r"(?<![\w-])(ransomware|malware|virus|fitur|game|gim|aplikasi)[ \t]+$"
)


def _role_not_of_a_kind(mention: dict[str, Any]) -> bool:
    """Whether a "person" has a role that does not close on a kind of body ("pengurus grup"
    before "Saracen" is whose member, not a calling of the name)."""
    role = str(mention.get("role") or "")
    return bool(role) and role.split()[-1].lower() not in _BODY_KINDS


def kinds_name_no_people(found: list[dict[str, Any]], text: str) -> None:
    """A one-word "person" after a kind of body in small letters is the body; after a kind
    of thing, no name of anyone; and so is the same word alone elsewhere in the article (not
    a word a person's fuller name holds)."""
    # (the words after a name's first: "Grammarly Keyboard" opens with the body's name, a
    # product of it)
    people_words = {
        w for m in found if m["label"] == "PER" and " " in str(m["text"])
        for w in str(m["text"]).split()[1:]
    }  # fmt: skip
    bodies: set[str] = set()
    things: set[str] = set()
    for mention in found:
        name = str(mention["text"])
        if mention["label"] != "PER" or " " in name or _role_not_of_a_kind(mention):
            continue
        if name in people_words:
            continue
        start = int(mention["start"])
        window = text[max(0, start - 14) : start]
        if _THING_KIND_OPENS.search(window) and not _BODY_KIND_OPENS.search(window):
            things.add(name)
        elif _BODY_KIND_OPENS.search(window):
            bodies.add(name)
    if not bodies and not things:
        return
    for mention in found:
        if (
            mention["label"] == "PER"
            and not _role_not_of_a_kind(mention)
            and str(mention["text"]) in bodies
        ):
            mention["label"] = "ORG"
            mention.pop("role", None)
    found[:] = [
        m
        for m in found
        if not (
            m["label"] == "PER"
            and not m.get("role")
            and (
                str(m["text"]) in things
                # "Grammarly Keyboard", "Grammarly Premium": the body's products, no one
                or str(m["text"]).split()[0] in bodies
            )
        )
    ]


def _people_of_three_words_with_an_office(
    found: list[dict[str, Any]],
) -> Iterator[tuple[dict[str, Any], list[str], str]]:
    """(mention, words, role) of each person of three words or more with a role."""
    for mention in found:
        words = str(mention["text"]).split()
        if mention["label"] == "PER" and len(words) >= 3 and mention.get("role"):
            yield mention, words, str(mention["role"])


def _first_word_to_role(mention: dict[str, Any], text: str, office: str) -> bool:
    """Cut the first word off a person's mention, which then holds `office`; False where no
    space follows the word."""
    start = int(mention["start"])
    first = len(str(mention["text"]).split()[0])
    rest = re.match(r"\s+", text[start + first :])
    if rest is None:
        return False
    mention["start"] = start + first + rest.end()
    mention["text"] = text[int(mention["start"]) : int(mention["end"])]
    mention["role"] = office
    return True


def employers_glued_to_their_staff(found: list[dict[str, Any]], text: str) -> None:
    """A person whose role ends in a serving word ("juru bicara", "ajudan", "pengacara"),
    whose name opens with the surname another person of the article holds, is that other
    person's staff: "juru bicara [Duterte] Harry Roque" is Harry Roque, "juru bicara
    Duterte", next to the president Rodrigo Duterte."""
    surnames = {
        str(m["text"]).split()[-1]
        for m in found
        if m["label"] == "PER" and len(str(m["text"]).split()) >= 2
    }
    added: list[dict[str, Any]] = []
    for mention, words, role in _people_of_three_words_with_an_office(found):
        if (
            role.split()[-1].lower() not in _SERVING
            or words[0] not in surnames
            or any(m is not mention and str(m["text"]) == " ".join(words) for m in found)
        ):
            continue
        start = int(mention["start"])
        if _first_word_to_role(mention, text, f"{role} {words[0]}"):
            added.append(
                {"text": words[0], "label": "PER", "start": start, "end": start + len(words[0])}
            )
    if added:
        found.extend(added)
        found.sort(key=lambda m: int(m["start"]))


# Offices of a firm, in English and Indonesian
_FIRMS_OFFICES = frozenset(
    {"president", "director", "ceo", "cfo", "coo", "cto", "cmo", "manager", "head", "chief",
     "officer", "partner", "founder", "co-founder", "vp", "chairman", "direktur", "dirut",
     "presdir", "manajer", "pendiri", "komisaris"}
)  # fmt: skip


def firms_glued_before_their_officers(found: list[dict[str, Any]], text: str) -> None:
    """A person of three words or more, with an office before the name, whose first word is
    the first word of a firm the article names ("Direktur Utama [Waskita] Muhammad Choliq",
    "CEO [Djaring] Laksamana Mustika") or closes the firm the office names ("Direktur IPB
    Science Techno [Park] Meika Syahbana Rusli"): the word is the firm's, the office's."""
    bodies = [str(m["text"]) for m in found if m["label"] == "ORG"]
    heads = set()
    # (the first words of each firm's name: "Marga Abhinaya" of "PT Marga Abhinaya Abadi Tbk")
    openings: set[tuple[str, ...]] = set()
    for body in bodies:
        words = body.split()
        if words[0].rstrip(".") in _LEGAL_FORMS and len(words) > 1:
            words = words[1:]
        if not words[0].isupper():
            heads.add(words[0])
        openings.update(tuple(words[:n]) for n in range(2, len(words)))
    for mention, words, role in _people_of_three_words_with_an_office(found):
        # (not before a word that is also a rank or title, which would open the name left:
        # "CEO Djaring Laksamana Mustika")
        if words[1].lower() in TITLE_WORDS:
            continue
        office = f"{role} {words[0]}"
        # (or a firm warta knows, after a firm's office: "Vice President [Garmin] Asia Scott
        # Lin"; not after a calling, "Pebulu tangkis … Indonesia Sony Dwi Kuncoro")
        if (
            words[0] in heads
            or (words[0] in KNOWN_BODY_NAMES and bool(_FIRMS_OFFICES & set(role.lower().split())))
            or any(office.endswith(body) for body in bodies)
            # (or goes on with the firm's name the office opened: "Direktur Operasional Marga
            # [Abhinaya] Indra Setiawan" of "PT Marga Abhinaya Abadi Tbk")
            or any(tuple(office.split()[-n:]) in openings for n in range(2, 5))
        ):
            _first_word_to_role(mention, text, office)


def roles_set_off_run_into_their_body(found: list[dict[str, Any]], text: str) -> None:
    """A role set off after a name that stops right before a body the rules found later
    ("Alvin Lie, anggota Ombudsman yang juga …" read as "anggota"): the role takes the body
    in ("anggota Ombudsman")."""
    bodies = {int(m["start"]): m for m in found if m["label"] == "ORG"}
    for mention in found:
        role = str(mention.get("role") or "")
        if mention["label"] != "PER" or not role:
            continue
        after = re.match(r",[ \t]+" + re.escape(role) + r"[ \t]+", text[int(mention["end"]) :])
        body = bodies.get(int(mention["end"]) + after.end()) if after is not None else None
        if body is not None:
            mention["role"] = f"{role} {body['text']}"


# Offices in a firm, which name the firm after them ("CEO Gilkor", "Founder dan CEO Wavecell")
_FIRM_OFFICES = frozenset(
    {"ceo", "cto", "coo", "cfo", "cmo", "founder", "co-founder", "cofounder", "pendiri",
     "presdir", "dirut", "chairman", "vp"}
)  # fmt: skip


def firms_named_in_offices(found: list[dict[str, Any]]) -> None:
    """One word read as a person that closes another person's office in a firm ("Sinartus
    Sosrodjojo", CEO Gilkor; "Petra Barus", CTO UrbanIndo) is that firm wherever the article
    writes it alone ("Gilkor telah memiliki …"): not a word of a person's fuller name."""
    firms = {
        str(m["role"]).split()[-1].lower()
        for m in found
        if m["label"] == "PER"
        and m.get("role")
        and str(m["role"]).split()[0].lower() in _FIRM_OFFICES
        and len(str(m["role"]).split()) >= 2
    }
    if not firms:
        return
    name_words = {
        w.lower()
        for m in found
        if m["label"] == "PER"
        for name in (str(m["text"]), str(m.get("canonical") or m["text"]))
        if " " in name
        for w in name.split()
    }
    for mention in found:
        word = str(mention["text"])
        if (
            mention["label"] == "PER"
            and " " not in word
            and word.lower() in firms - name_words
            and str(mention.get("canonical") or word) == word
        ):
            mention["label"] = "ORG"
            mention.pop("role", None)


def known_bodies_named_in_offices(found: list[dict[str, Any]]) -> None:
    """A "person" named as a body warta knows, which another person's office names ("CEO
    Starbucks" of Howard Schultz), is the body; and so is a "person" of several words that
    holds it with no office of its own ("Roastery Starbucks")."""
    office_words = {
        w for m in found if m["label"] == "PER" and m.get("role")
        for w in str(m["role"]).split()[1:]
    } & KNOWN_BODY_NAMES  # fmt: skip
    if not office_words:
        return
    # (not a person's name a body's runs on into: "Marc Marquez SPA Honda")
    name_words = {
        w for m in found if m["label"] == "PER" and len(str(m["text"]).split()) >= 2
        and not office_words & set(str(m["text"]).split())
        for w in str(m["text"]).split()
    }  # fmt: skip
    for mention in found:
        words = str(mention["text"]).split()
        if mention["label"] != "PER" or not office_words & set(words):
            continue
        if len(words) == 1 or (
            not mention.get("role") and not (set(words) - office_words) & name_words
        ):
            mention["label"] = "ORG"
            mention.pop("role", None)
