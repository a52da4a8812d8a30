"""Roles next to people's names that the rules find after the tagger: a title run over the
bodies and places found ("Kasat Narkoba Polres Metro Bekasi AKBP Hadi Kristanto"), over a
short form in brackets or a body the tagger left out; the place of a title glued before a
name ("Camat Cilawu Dede Suryana"); a calling before initials ("kedua tersangka berinisial
AV (34) dan DK (29)").

Like the rules in `entity_rules`, each takes the article's mentions (dicts with text, label,
start, end; offsets into the clean text) and changes them in place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from warta.extract.body_names import KNOWN_BODY_NAMES
from warta.extract.canonical import known_type
from warta.extract.entity_bodies import FIRMS_ONLY
from warta.extract.ner.lexicon import (
    ADDRESS_WORDS,
    CORPS,
    ENGLISH_PRE_TITLES,
    ENGLISH_TITLE_FIELDS,
    LOC_HEADS,
    MINISTRY_FIELDS,
    NUMBERED_UNITS,
    ORG_HEADS,
    ROLE_MODIFIERS,
    TITLE_WORDS,
)
from warta.extract.ner.roles import (
    FIELD_NOUN,
    OF_SOMEONE,
    ROLE_OPENING,
    SHORT_FORM,
    relatives_joined,
    role_without_trailing_rank,
)
from warta.extract.place_names import plain_place_names
from warta.extract.quotes.lexicon import HONORIFICS
from warta.extract.quotes.speakers import RANKS, REGIONAL_OFFICES, is_known_place, names_a_role

__all__ = [
    "MAX_ROLE_WORDS",
    "ROLE_RUN_WORDS",
    "SHORT_FORM",
    "after_rank",
    "callings_shared_in_lists",
    "initials_take_their_calling",
    "names_inside_roles",
    "offices_name_their_holders",
    "places_open_no_names",
    "roles_across_bodies",
    "roles_set_off_run_over_bodies",
    "sentence_start",
    "titled",
]


ROLE_RUN_WORDS = (
    TITLE_WORDS | ROLE_MODIFIERS | RANKS | CORPS | frozenset({"dari", "di", "untuk", "pada", "of"})
)
_GAP = re.compile(r"[ \t]+$")
# A comma between two fields of one office, maybe with "dan" after it
_FIELD_COMMA = re.compile(r"(?<![\w-])([\w-]+),[ \t]+(?:dan[ \t]+)?$")
MAX_ROLE_WORDS = 16
# The units of an office, capitalised inside a role: "Kepala Subdirektorat Pembinaan dan
# Penegakan Hukum Direktorat Lalu Lintas Polda Metro Jaya …"
_OFFICE_UNITS = frozenset(
    {"direktorat", "subdirektorat", "subdit", "ditjen", "kanwil", "biro", "bagian", "subbagian",
     "subbag", "seksi", "subseksi", "bidang", "subbidang", "divisi", "departemen", "satuan",
     "dinas", "badan", "lembaga", "komisi", "kantor", "balai", "unit", "pusat", "sekretariat"}
)  # fmt: skip
# (words of a field may be joined: "Direktur Feedstock and Product Optimization PT …")
_TITLE_FIELD = re.compile(
    r"(?<![\w-])(?P<title>[A-Za-z]+)[ \t]+[A-Z][a-z]+"
    r"(?:[ \t]+(?:(?:and|dan|&)[ \t]+)?[A-Z][a-z]+){0,3}$"
)


def roles_across_bodies(found: list[dict[str, Any]], text: str) -> None:
    """A person's role runs left over role words and the bodies and places the rules found,
    to the title word that opens it: "Direktur PT Laba Forexindo Berjangka Ibrahim
    Assuaibi" -> role "Direktur PT Laba Forexindo Berjangka"; failing that, over a body the
    tagger left out, when a word of it names a kind of body or place ("Ketua Koperasi
    Pedagang Pasar Induk Beras Cipinang Zulkifli Rasyid"). A role the tagger's reading
    gave is kept unless this one is longer and opens or ends with it. Not for a person in apposition
    to another ("Manajer Raisa, Adryanto Pratono"), whose role moved to the second."""
    ends = {int(m["end"]): m for m in found}
    # the words of the places and bodies the article names ("Desa Sukamaju" … "Kades Sukamaju
    # Asep": the village the tagger left untagged in the title)
    named = frozenset(
        w.lower() for m in found if m["label"] in ("LOC", "ORG") for w in str(m["text"]).split()
    )
    for person in found:
        if person["label"] != "PER":
            continue
        start = int(person["start"])
        specialist = _SPECIALIST.search(text, max(0, start - 80), start)
        given = str(person.get("role") or "")
        if specialist is not None and all(
            w.lower().rstrip(".") in ADDRESS_WORDS for w in given.split()
        ):
            # "Dokter spesialis jantung dr. Budi Santoso": a field in lower case after
            # "spesialis", then the doctor's form of address
            person["role"] = specialist.group("role")
            continue
        opening = _role_opening(text, start, ends, False)
        if opening is None:
            opening = _role_opening(text, start, ends, True, named)
        if opening is None:
            continue
        while (pre := _PRE_TITLE.search(text, max(0, opening - 20), opening)) and (
            pre.group(1).lower() in _PRE_TITLE_WORDS
        ):
            opening = pre.start()  # "Managing Director GrabPay Indonesia"
        full = text[opening:start].strip()
        if relatives_joined(full.split()):
            continue  # "ayah dan saudara Abedi": the name's relatives, not its role
        # (without the rank before the name: "Kapolda Lampung Irjen Pol Suntana")
        role = role_without_trailing_rank(full)
        old = person.get("role")
        if (
            old
            and (
                len(full) <= len(str(old))
                or not (
                    full.startswith(str(old)) or full.endswith(str(old)) or role.endswith(str(old))
                )
            )
        ) or (not old and _in_apposition(person, found, text)):
            continue
        if " " in full or not old:
            person["role"] = role


def _role_opening(
    text: str,
    start: int,
    ends: Mapping[int, dict[str, Any]],
    untagged_ok: bool,
    named: frozenset[str] = frozenset(),
) -> int | None:
    """Where the role before the name at `start` opens, walking left (see
    `roles_across_bodies`); over capitalised words no mention covers when `untagged_ok`."""
    address = _ADDRESS_BEFORE.search(text, max(0, start - 8), start) or _MALAY_TITLE_BEFORE.search(
        text, max(0, start - 24), start
    )
    if address is not None and re.search(r"[A-Z][\w.-]*[ \t]+$", text[: address.start()]):
        # "Kepala Dinkes Jatim dr Erwin": the form of address after an office (not
        # "pengacara Dr David Dao", whose lawyer is meant)
        start = address.start()
    cursor, opening, bodies, fields, words = start, None, False, 0, 0
    untagged: list[str] = []  # capitalised words no mention covers, before any title
    seen: set[str] = set()
    while words < MAX_ROLE_WORDS:
        gap = _GAP.search(text, max(0, cursor - 4), cursor)
        listed = _FIELD_COMMA.search(text, max(0, cursor - 40), cursor)
        if (
            listed is not None
            # (not after a title already walked over: "Ketua Komisi Pendidikan, Wakil Ketua
            # Komisi Kesehatan, dan Anggota Komisi Hukum Budi" lists offices)
            and opening is None
            and listed.end() == cursor
            and (
                _listed_field(_word_at(text, cursor)) or _word_at(text, cursor) in {"dan", "serta"}
            )
            and _listed_field(listed.group(1))
        ):
            # the fields of one office listed with commas: "Anggota Komisi IX bidang Tenaga
            # Kerja, Transmigrasi, Kependudukan, dan Kesehatan DPR RI Okky Asokawati"
            cursor, words = listed.start(1), words + 1
            continue
        if gap is None or gap.end() != cursor:
            break
        before = ends.get(gap.start())
        short = _SHORT_FORM_BEFORE.search(text, max(0, gap.start() - 20), gap.start())
        if before is None and short is not None:
            # "Presiden Konfederasi Serikat Pekerja Indonesia (KSPI) Said Iqbal": the body's
            # short form in brackets, after its name
            before = ends.get(short.start())
        if before is not None and before["label"] == "PER":
            break  # "Christine Hakim dan Djenar Maesa Ayu": another person, no role
        if before is not None:
            cursor, bodies = int(before["start"]), True
            words += len(str(before["text"]).split())
            continue
        word = re.search(r"([\w.-]+)$", text[max(0, gap.start() - 30) : gap.start()])
        if word is None:
            break
        if (
            word.group(1).lower() in ROLE_RUN_WORDS
            or (
                SHORT_FORM.fullmatch(word.group(1))
                # "AKBP AM Dicky Pastika": after a rank, the name's initials
                and not after_rank(text, gap.start() - len(word.group(1)))
            )
            # a unit's number: "Danrem 061 Kolonel Inf Ali Aspar"
            or (
                word.group(1).isdigit()
                and _NUMBERED_UNIT_BEFORE.search(
                    text,
                    max(0, gap.start() - len(word.group(1)) - 12),
                    gap.start() - len(word.group(1)),
                )
                is not None
            )
        ):
            cursor, words = gap.start() - len(word.group(1)), words + 1
            seen.add(word.group(1).lower())
            if (
                word.group(1).lower() in TITLE_WORDS or word.group(1).lower() in RANKS
            ) and not _COORDINATING_MINISTRY.search(
                text, max(0, cursor - 16), cursor + len(word.group(1))
            ):
                opening = cursor
            continue
        if _office_field(word.group(1)) or (
            word.group(1) in {"dan", "serta"}
            and _office_field(_word_at(text, cursor))
            and _office_field(_word_before(text, gap.start() - len(word.group(1))))
        ):
            # the capitalised fields and units of one office: "Kepala Subdirektorat Pembinaan
            # dan Penegakan Hukum …", "Direktur Pencegahan dan Pengendalian Penyakit …"
            cursor, words = gap.start() - len(word.group(1)), words + 1
            seen.add(word.group(1).lower())
            continue
        if (
            untagged_ok
            and opening is None
            and _UNTAGGED_WORD.fullmatch(word.group(1))
            and len(untagged) < 6
            and not sentence_start(text, gap.start() - len(word.group(1)))
        ):
            untagged.append(word.group(1).lower())
            cursor, words = gap.start() - len(word.group(1)), words + 1
            continue
        # a title's field before a body: "Kasat Narkoba Polres …", "Direktur Jenderal Bina
        # Pelayanan Medik Kemenkes …"
        field = _TITLE_FIELD.search(text, max(0, gap.start() - 60), gap.start())
        while field is not None and field.group("title").lower() not in TITLE_WORDS:
            # ("antaranya Direktur Feedstock …": the title may be the next word)
            field = _TITLE_FIELD.search(text, field.end("title") + 1, gap.start())
        if not bodies or fields or field is None:
            break
        cursor = opening = field.start()
        fields, words = 1, words + len(field.group().split())
    if (
        untagged
        and not (set(untagged) | seen) & _BODY_WORDS
        # a field named by pe-…-an nouns: "Direktur Pencegahan dan Pengendalian Penyakit
        # Menular Kemenkes Imran Pambudi"
        and not any(FIELD_NOUN.fullmatch(w) for w in [*untagged, *seen])
        and not all(w in named for w in untagged)
        # the place a body serves, the tagger left out: "Plt Kepala Pelaksana BPBD
        # Banjarnegara Andri Sulistyo"
        and not (bodies and all(w.title() in plain_place_names() for w in untagged))
    ):
        return None
    return opening


_SPECIALIST = re.compile(
    r"(?<![\w-])(?P<role>(?:[Dd]okter|[Pp]erawat)[ \t]+spesialis(?:[ \t]+[a-z]+){1,3}"
    r"(?:[ \t]+(?:di[ \t]+)?[A-Z][\w.-]*){0,5})[ \t]+(?:dr\.?|Dr\.?|drg\.?)?[ \t]*$"
)
# "Kementerian Koordinator Bidang Perekonomian": a ministry, no coordinator
_COORDINATING_MINISTRY = re.compile(
    r"(?i)\b(?:kementerian|menteri|kemenko|menko)[ \t]+koordinator$"
)
_NUMBERED_UNIT_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(NUMBERED_UNITS)) + r")[ \t]+$")
_ADDRESS_BEFORE = re.compile(
    r"(?i)(?<![\w.])(?:" + "|".join(sorted(ADDRESS_WORDS)) + r")\.?[ \t]+$"
)
# Malaysia's honorifics before the name, "Dato'" with its apostrophe ("Sekretaris MASOC
# Dato' Low Beng Choo"; "Dato ' " as tokenised text writes it)
_MALAY_TITLE_BEFORE = re.compile(
    r"(?<![\w.])(?:(?:Tengku|Tunku)[ \t]+)?(?:(?:Tan|Puan|Datuk|Dato[ \t]?['’]?)[ \t]+S(?:e)?ri"
    r"|Datuk|Dato[ \t]?['’]|Datin|Tun|Tengku|Tunku)[ \t]+$"
)
_SHORT_FORM_BEFORE = re.compile(r"[ \t]*\([A-Z][\w&.-]{1,12}\)$")


def _office_field(word: str) -> bool:
    """A capitalised unit or field of an office: "Subdirektorat", "Penegakan", "Pertanian"."""
    low = word.lower()
    return word[:1].isupper() and (
        low in _OFFICE_UNITS or low in MINISTRY_FIELDS or FIELD_NOUN.fullmatch(low) is not None
    )


def _listed_field(word: str) -> bool:
    """A capitalised field of an office, one of a list: "Tenaga Kerja", "Transmigrasi"."""
    low = word.lower()
    return (_office_field(word) or (word[:1].isupper() and low in ROLE_MODIFIERS)) and not (
        low in TITLE_WORDS or low in _NO_FIELDS
    )


# Modifiers of a title, no field of it ("Ketua, Wakil Ketua dan Staf Khusus …": offices)
_NO_FIELDS = frozenset(
    {"staf", "senior", "terpilih", "interim", "sementara", "koordinator", "madya", "muda",
     "pratama", "utama", "harian", "agung", "besar", "tinggi", "khusus", "umum"}
)  # fmt: skip


def _word_at(text: str, at: int) -> str:
    found = re.match(r"[\w.-]+", text[at:])
    return found.group() if found else ""


def _word_before(text: str, at: int) -> str:
    found = re.search(r"([\w.-]+)[ \t]+$", text[max(0, at - 40) : at])
    return found.group(1) if found else ""


_UNTAGGED_WORD = re.compile(r"[A-Z][\w'’-]*")
# Words that name a kind of body or place, inside a body's name the tagger left out
_BODY_WORDS = (
    ORG_HEADS
    | LOC_HEADS
    | frozenset(
        {"koperasi", "pasar", "balai", "unit", "bagian", "seksi", "bidang", "divisi", "cabang",
         "puskesmas", "sd", "smp", "sma", "smk", "madrasah", "pondok", "pesantren", "lapas",
         "rutan", "taman", "terminal", "bandara", "pelabuhan", "stadion", "hotel", "klinik",
         "paguyuban", "komunitas", "forum", "lsm", "ormas", "posko", "kelompok",
         "perkumpulan", "kampus", "fakultas", "program", "studi", "laboratorium", "pusat",
         }
    )
    # firms: "Head of Research Kiwoom Sekuritas Indonesia Liza Camelia Suryanata"
    | FIRMS_ONLY
)  # fmt: skip
_PRE_TITLE = re.compile(r"(?<![\w-])([A-Z][a-z]+)\.?[ \t]+$")
# words before a title that stay in the role: English grades and fields ("Managing
# Director"), acting offices ("Plt. Kepala …")
_PRE_TITLE_WORDS = ENGLISH_PRE_TITLES | ENGLISH_TITLE_FIELDS | {"plt", "plh", "pj", "pjs"}


def _in_apposition(person: dict[str, Any], found: list[dict[str, Any]], text: str) -> bool:
    end = int(person["end"])
    return text[end : end + 2] == ", " and any(
        int(m["start"]) == end + 2 and m["label"] == "PER" for m in found
    )


def titled(text: str, at: int) -> bool:
    """Whether a title, maybe with words that qualify it, stands right before `at`
    ("Bupati ", "Wali Kota ", "Wakil Gubernur ")."""
    words = text[max(0, at - 60) : at].split()  # (a title may open its line: "\n\nBupati ")
    return _runs_to_title(words[-5:])


def _runs_to_title(words: list[str], fields: frozenset[str] = frozenset()) -> bool:
    """Whether `words`, read from the last back, run over words of an office's field (role
    modifiers, `fields`, units, capitalised pe-…-an nouns) to a title word."""
    for word in reversed(words):
        low = word.lower()
        if low in TITLE_WORDS:
            return True
        if not (
            low in ROLE_MODIFIERS
            or low in fields
            # a unit of the body and its field: "Direktur Eksekutif Departemen Komunikasi BI"
            or low in _UNIT_WORDS
            or (word[:1].isupper() and FIELD_NOUN.fullmatch(low) is not None)
        ):
            return False
    return False


_UNIT_WORDS = frozenset(
    {"departemen", "divisi", "bagian", "biro", "bidang", "seksi", "subdit", "direktorat"}
)

# Role modifiers that grade an office rather than name its field ("Direktur Eksekutif",
# "Ketua Umum") or name a place's kind ("Kepala Desa"): a word after them may be a body's or
# a place's name ("Direktur Eksekutif Indef Tauhid Ahmad", "Kepala Desa Sukamaju Tono")
_GRADES = frozenset(
    {"eksekutif", "utama", "umum", "senior", "muda", "madya", "interim", "sementara",
     "terpilih", "harian", "tinggi", "besar", "pelaksana", "tugas", "operasional",
     "independen", "pusat", "dan", "kabinet", "sekretariat", "majelis", "staf", "republik",
     "kota", "kabupaten", "provinsi", "desa", "daerah", "polisi", "angkatan", "agung",
     "pratama", "bidang", "partner", "regional", "corporate", "of"}
)  # fmt: skip


def after_field(text: str, at: int) -> bool:
    """Whether the field of an office ends right before `at`: a title word, then only words
    that name its field, the last a field's own (not a grade): "Menteri Energi dan Sumber
    Daya Mineral ", "Menteri Keuangan ", "Perdana Menteri Datuk Seri " (not "Direktur
    Eksekutif ", "Kepala Desa ")."""
    words = text[max(0, at - 90) : at].split()
    if not words or text[at - 1 : at] != " ":
        return False
    last = words[-1].lower()
    if last in _GRADES or not (
        last in ROLE_MODIFIERS
        or last in MINISTRY_FIELDS
        or (words[-1][:1].isupper() and FIELD_NOUN.fullmatch(last))
    ):
        return False
    return _runs_to_title(words[-9:-1], MINISTRY_FIELDS)


def after_rank(text: str, at: int) -> bool:
    """Whether a military or police rank stands right before `at` ("AKBP AM …")."""
    before = re.search(r"(\S+)[ \t]+$", text[max(0, at - 20) : at])
    return before is not None and before.group(1).lower().rstrip(".") in RANKS


def places_open_no_names(found: list[dict[str, Any]], text: str) -> None:
    """A place the article names, glued by the tagger before a name after a title, is the
    title's place: "Camat Cilawu Dede Suryana" (the article writes "Kecamatan Cilawu") →
    LOC "Cilawu", PER "Dede Suryana". Not a word that is part of another person's name."""
    places = {
        str(m["text"]).split()[-1]
        for m in found
        if m["label"] == "LOC" and str(m["text"])[:1].isupper()
    }
    bodies = {str(m["text"]) for m in found if m["label"] == "ORG" and " " not in str(m["text"])}
    name_words = {w for m in found if m["label"] == "PER" for w in str(m["text"]).split()[1:]}
    out: list[dict[str, Any]] = []
    for mention in found:
        words = str(mention["text"]).split(" ")
        start = int(mention["start"])
        if (
            mention["label"] != "PER"
            or len(words) < 3
            or not (mention.get("role") or titled(text, start))
            # (a short form in brackets closed the role: "kader Partai Solidaritas Indonesia
            # (PSI) Dyann Kemala Arrizzqi", whom the article calls "Dyann" alone later)
            or text[:start].rstrip().endswith(")")
        ):
            out.append(mention)
            continue
        # (and a body the article names, or a place warta knows by its short form, then the
        # place: "Koordinator Jatam Sulteng Moh Taufik")
        cut = 0
        # (a place's last word the article names counts right after a title only: "Presiden
        # Korea Selatan Moon Jae-in", "kiper Puerto Riko Cody Laurendi" keep their names)
        near = titled(text, start)
        while len(words) >= 3 and words[0] not in name_words:
            size = 2 if len(words) >= 4 and known_type(" ".join(words[:2])) == "LOC" else 1
            lead = " ".join(words[:size])
            kind = (
                "LOC"
                # (a short form warta knows only where it is no short word a name may be:
                # "Sulteng", not "Ri" or "Moon")
                if (near and lead in places)
                or (lead[:1].isupper() and len(lead) >= 5 and known_type(lead) == "LOC")
                else "ORG"
                if lead in bodies
                else None
            )
            if kind is None:
                break
            out.append(
                {"text": lead, "label": kind, "start": start + cut, "end": start + cut + len(lead)}
            )
            cut += len(lead) + 1
            words = words[size:]
        if not cut:
            out.append(mention)
            continue
        rest = {**mention, "text": str(mention["text"])[cut:], "start": start + cut}
        rest.pop("role", None)
        out.append(rest)
    found[:] = out


def places_of_regional_offices(found: list[dict[str, Any]], text: str) -> None:
    """One word after a regional office ("Camat", "Bupati", "Kapolres") that is the last
    word of a place the article names is the office's place, not its holder: "Camat
    Kutabaharu, Sofyan" where the article writes "Kecamatan Kutabaharu" → LOC "Kutabaharu".
    A place read with the office in it ("Camat Kutabaharu" as LOC) loses the office."""
    places = {
        str(m["text"]).split()[-1]
        for m in found
        if m["label"] == "LOC"
        and " " in str(m["text"])
        and str(m["text"]).split()[0].lower() in LOC_HEADS
    }
    for mention in found:
        name, start = str(mention["text"]), int(mention["start"])
        words = name.split()
        if (
            mention["label"] == "LOC"
            and len(words) >= 2
            and words[0].lower() in REGIONAL_OFFICES
            and words[0][:1].isupper()
        ):
            cut = re.match(r"\S+\s+", name).end()  # type: ignore[union-attr]
            mention.update(text=name[cut:], start=start + cut)
            continue
        if mention["label"] != "PER" or len(words) != 1 or name not in places:
            continue
        office = re.search(r"(\S+)[ \t]+$", text[max(0, start - 20) : start])
        if office is not None and office.group(1).lower() in REGIONAL_OFFICES:
            mention["label"] = "LOC"
            mention.pop("role", None)
    _places_of_local_units(found, text)


# Local units named after their district: "Polsek Sumbersari", "Kodim Jember"
_LOCAL_UNITS = frozenset(
    {"polsek", "polres", "polresta", "polrestabes", "polrestro", "kodim", "koramil", "korem",
     "kejari",
     "pemkab", "pemkot", "pemko", "puskesmas", "kua", "kelurahan", "kecamatan", "desa"}
)  # fmt: skip


def _places_of_local_units(found: list[dict[str, Any]], text: str) -> None:
    """One word the tagger read as a person, right after a body's name, that a local unit of
    the article is named after is the place of the body's branch: "Kantor Telkom
    [Sumbersari]" where the article writes "Polsek Sumbersari" → LOC "Sumbersari". Not a word
    of a person's full name."""
    places = {
        str(m["text"]).split()[-1]
        for m in found
        if len(str(m["text"]).split()) == 2 and str(m["text"]).split()[0].lower() in _LOCAL_UNITS
    }
    if not places:
        return
    name_words = {
        w
        for m in found
        if m["label"] == "PER" and " " in str(m["text"])
        for w in str(m["text"]).split()
    }
    body_ends = {int(m["end"]) for m in found if m["label"] in ("ORG", "LOC")}
    for mention in found:
        word = str(mention["text"])
        if (
            mention["label"] == "PER"
            and word in places - name_words
            and int(mention["start"]) - 1 in body_ends
            and text[int(mention["start"]) - 1] == " "
        ):
            mention["label"] = "LOC"
            mention.pop("role", None)


# Words for those who work for, follow or back a person ("manajer Raisa, Budi")
_FOR_A_PERSON = OF_SOMEONE | frozenset(
    {"manajer", "asisten", "agen", "staf", "sopir", "pengawal", "pembantu", "kubu", "tim",
     "pendukung", "relawan", "simpatisan", "loyalis", "penggemar", "fans", "promotor"}
)  # fmt: skip


def callings_are_no_bodies(found: list[dict[str, Any]], text: str) -> None:
    """ "Menurut [Perencana Keuangan] Ahmad Gozali": a calling and its field written with
    capitals right before the name is the person's role, no body. Not where a body
    is named in it ("Direktur Keuangan Pertamina", "Kepala BPS")."""
    people_at = {int(p["start"]) for p in found if p["label"] == "PER"}
    kept = []
    for mention in found:
        words = str(mention["text"]).split()
        if (
            mention["label"] == "ORG"
            and int(mention["end"]) + 1 in people_at
            and text[int(mention["end"])] == " "
            and len(words) >= 2
            and words[0].lower() not in ORG_HEADS
            and names_a_role(words[0])
            and not any(w.isupper() or w.lower() in ORG_HEADS for w in words[1:])
            and known_type(" ".join(words[1:])) is None
            and " ".join(words[1:]) not in KNOWN_BODY_NAMES
        ):
            continue
        kept.append(mention)
    found[:] = kept


def bodies_inside_roles(found: list[dict[str, Any]], text: str) -> None:
    """One word the tagger read as a person, which ends the role of the person named right
    after it, is whom that role serves, not a person: "Pebalap Haas, Romain Grosjean",
    "Pebalap McLaren Fernando Alonso" → ORG "Haas", "McLaren" (a place the gazetteer knows
    is LOC). Not someone a relation or a follower belongs to ("istri Budi, Ani", "kubu
    Prabowo, Fadli"), nor a word the article names as part of a person's full name."""
    name_words = {
        w
        for m in found
        if m["label"] == "PER" and " " in str(m["text"])
        for w in str(m["text"]).split()
    }
    for person in [m for m in found if m["label"] == "PER" and m.get("role")]:
        role = str(person["role"])
        before = text[: int(person["start"])].rstrip()
        if before.endswith(","):
            before = before[:-1].rstrip()
        if not before.endswith(role):
            continue
        role_start = len(before) - len(role)
        for mention in found:
            word = str(mention["text"])
            if (
                mention["label"] != "PER"
                or " " in word
                or int(mention["end"]) != len(before)
                or int(mention["start"]) <= role_start
                or word in name_words
            ):
                continue
            calling = text[role_start : int(mention["start"])].lower().split()
            if any(w in _FOR_A_PERSON for w in calling):
                continue
            # (a regency or town after a regional office: "Bupati Abdya, Akmal Ibrahim")
            regional = bool(calling) and calling[-1] in REGIONAL_OFFICES
            mention["label"] = "LOC" if regional or is_known_place(word) else "ORG"
            mention.pop("role", None)


# "kedua tersangka berinisial AV (34) dan DK (29)": a calling, then initials in a list
_CALLING_BY_INITIALS = re.compile(r"(?<![\w-])(?P<role>[A-Za-z]+)[ \t]+berinisial[ \t]+")
_NEXT_IN_LIST = re.compile(
    r"[ \t]*(?:\(\d{1,3}(?:[ \t]*(?:tahun|th))?\))?[ \t]*(?:,[ \t]*(?:dan|serta)?|dan|serta)[ \t]+"
)


def initials_take_their_calling(found: list[dict[str, Any]], text: str) -> None:
    """People named by initials after a calling ("kedua tersangka berinisial AV (34) dan DK
    (29)", "Korban berinisial RS") take that calling as their role, each of a list."""
    starts = {int(m["start"]): m for m in found if m["label"] == "PER"}
    for match in _CALLING_BY_INITIALS.finditer(text):
        role = match.group("role")
        if role.lower() not in ROLE_OPENING:
            continue  # "Seorang pria berinisial AB": no calling
        person = starts.get(match.end())
        while person is not None and str(person["text"]).isupper():
            person.setdefault("role", role)
            after = _NEXT_IN_LIST.match(text, int(person["end"]))
            person = starts.get(after.end()) if after else None


# Callings one writes before a list of names that each hold it, beyond the common ones
_LISTED_CALLINGS = frozenset(
    {"ibu", "bapak", "asisten", "pembantu", "dokter", "guru", "dosen", "wartawan", "jurnalis",
     "advokat", "pengacara", "pemain", "penyanyi", "aktor", "aktris", "artis", "model",
     "anggota", "petugas", "pegawai", "peneliti", "pelatih", "hakim",
     "jaksa", "polisi", "prajurit", "santri"}
)  # fmt: skip
# A list's joint between names: a comma, "dan", "serta" (", dan"), maybe after an age
_LIST_JOINT = re.compile(
    r"[ \t]*(?:\(\d{1,3}(?:[ \t]*(?:tahun|th))?\))?[ \t]*"
    r"(?P<joint>,[ \t]*(?:dan|serta)?|dan|serta)[ \t]+"
)


def callings_shared_in_lists(found: list[dict[str, Any]], text: str) -> None:
    """A calling written small right before a list of names is each one's: "pengusaha yakni
    Gunawan dan Lie Samsudin", "ibu rumah tangga Lydia Kristiana, Merry Pardi, dan Ranti
    Widowati" (not an office, which one person holds: "Presiden Jokowi dan Iriana"; nor a
    relation, "anak Budi dan Ani"; a list only where "dan"/"serta" closes it)."""
    starts = {int(m["start"]): m for m in found if m["label"] == "PER"}
    for first in found:
        role = str(first.get("role") or "")
        words = role.split()
        if (
            first["label"] != "PER"
            or not words
            or not all(w.isalpha() and w.islower() for w in words)
            or not (words[0] in ROLE_OPENING or words[0] in _LISTED_CALLINGS)
            or words[0] in TITLE_WORDS - _LISTED_CALLINGS
            or (any(w in OF_SOMEONE for w in words) and role not in _SHARED_RELATIONS)
            or not _NAMING.sub("", text[: int(first["start"])]).endswith(role)
        ):
            continue
        chain, person, closed = [], first, False
        while True:
            joint = _LIST_JOINT.match(text, int(person["end"]))
            if joint is None:
                break
            following = starts.get(joint.end())
            if following is None or following.get("role"):
                break
            chain.append(following)
            person = following
            if joint.group("joint") == "," and words[0] in _POSITIONS:
                break  # "kiper I Made Wirawan, Supardi Nasir, …": a squad, one keeper
            if joint.group("joint") != ",":
                closed = True
                break
        if not closed:
            continue
        own = _OWN_CALLING_AFTER.match(text, int(person["end"]))
        if own is not None and own.end() not in starts:
            # "…dan Budi, guru SD itu": the last one's own calling follows (not the next
            # one's: "…dan Lie Samsudin, ibu rumah tangga Lydia Kristiana")
            continue
        for person in chain:
            person["role"] = role


# Positions in a team, which a list of players does not share
_POSITIONS = frozenset(
    {"kiper", "bek", "gelandang", "striker", "penyerang", "winger", "playmaker", "libero",
     "kapten", "pivot", "center", "tosser", "spiker"}
)  # fmt: skip
# What may stand between a calling and the names: "pengusaha yakni Gunawan"
_NAMING = re.compile(r"(?:[ \t]+(?:yakni|yaitu|bernama|macam|seperti|semisal))?[ \t]*:?[ \t]*$")
# A calling set off after a name, written small: ", guru SD" (not a clause: ", kata …")
_OWN_CALLING_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?!(?:dan|serta|yang|kata|ujar|ucap|tutur|jelas|lanjut)\b)(?:[a-z]+[ \t]+)*"
)
# Callings of a household, no relation to anyone
# (and a lawyer's calling, which the role rules already told from "pengacara Ahok")
_SHARED_RELATIONS = frozenset({"ibu rumah tangga", "bapak rumah tangga", "pengacara"})


def sentence_start(text: str, at: int) -> bool:
    """Whether `at` opens a sentence, a quote or a line."""
    head = text[max(0, at - 3) : at].rstrip(" \t")
    return not head or head.endswith(("\n", ".", "!", "?", '"', "”", ":"))


_OFFICE_OF = re.compile(r"Kantor[ \t]+(?P<title>(?P<first>[A-Za-z]+)\b.*)")


def offices_name_their_holders(found: list[dict[str, Any]], text: str) -> None:
    """A person named right after the office of a post ("Kantor Perdana Menteri Israel
    Benjamin Netanyahu") holds that post: role "Perdana Menteri Israel"."""
    ends = {int(m["end"]): m for m in found if m["label"] in ("ORG", "LOC")}
    for person in found:
        if person["label"] != "PER" or person.get("role"):
            continue
        start = int(person["start"])
        gap = _GAP.search(text, max(0, start - 4), start)
        office = ends.get(gap.start()) if gap is not None else None
        if office is None:
            continue
        title = _OFFICE_OF.fullmatch(str(office["text"]))
        if (
            title is not None
            and title.group("first").lower() in TITLE_WORDS
            and " " in title.group("title")  # whose post: "Kantor Presiden Jokowi" is no role
        ):
            person["role"] = title.group("title")


def roles_set_off_run_over_bodies(found: list[dict[str, Any]], text: str) -> None:
    """A role set off after a name runs on over the body or place right after it, to the
    punctuation that closes it ("Martin Lau, Presiden Tencent, mengabarkan …", where the
    tagger read "Tencent" as a person when the role was found)."""
    starts = {int(m["start"]): m for m in found if m["label"] in ("ORG", "LOC")}
    for person in found:
        role = str(person.get("role") or "")
        end = int(person["end"])
        if person["label"] != "PER" or not role:
            continue
        set_off = re.match(r"[ \t]*,[ \t]+" + re.escape(role) + r"[ \t]+", text[end:])
        if set_off is None:
            continue
        body = starts.get(end + set_off.end())
        if body is None or not re.match(r"[ \t]*(?:[,.;:)\"”]|$)", text[int(body["end"]) :]):
            continue
        person["role"] = f"{role} {body['text']}"


# An office in brackets right after a name: "Bu Ani (Menkeu)", "Pak Jonan (Menteri ESDM)"
_OFFICE_IN_BRACKETS = re.compile(r"[ \t]*\((?P<office>[A-Za-z][^()\n]{1,60})\)")


def offices_in_brackets(found: list[dict[str, Any]], text: str) -> None:
    """A person with no role, right after whose name the article gives the office in
    brackets ("Itu tanya Bu Ani (Menkeu), Pak Jonan (Menteri ESDM) …"), holds that office;
    not an age, a short form or a place ("Budi (45)", "Hasan (Bogor)")."""
    for mention in found:
        role = str(mention.get("role") or "")
        # (a form of address is no office: "Bu Ani (Menkeu)")
        if mention["label"] != "PER" or (role and role.lower().strip(".") not in HONORIFICS):
            continue
        match = _OFFICE_IN_BRACKETS.match(text, int(mention["end"]))
        if match is None:
            continue
        office = match.group("office").strip()
        words = office.split()
        if len(words) <= 8 and words[0].lower() in TITLE_WORDS and not words[0].isupper():
            mention["role"] = office


# Titles only a firm has: the name they are held at is the firm's ("CEO Gilkor")
_FIRM_TITLES = frozenset(
    {"ceo", "cfo", "coo", "cto", "founder", "co-founder", "pendiri", "presdir", "dirut"}
)


def names_inside_roles(found: list[dict[str, Any]]) -> None:
    """A name inside the role written right before another person ("kapten dari tim Essien,
    Dani Hamdani", "CEO Gilkor Sinartus Sosrodjojo") holds no role of its own: the words
    before it are the other's. A name after a firm's title there ("Founder dan CEO
    Wavecell") is the firm."""
    for holder in found:
        role = str(holder.get("role") or "")
        if holder["label"] != "PER" or " " not in role:
            continue
        for inner in found:
            own = str(inner.get("role") or "")
            if (
                inner is holder
                or inner["label"] != "PER"
                or not own
                or int(inner["end"]) > int(holder["start"])
                or int(holder["start"]) - int(inner["end"]) > 3
                or role != f"{own} {inner['text']}"
            ):
                continue
            inner.pop("role", None)
            if own.split()[0].lower() in _FIRM_TITLES or own.split()[-1].lower() in _FIRM_TITLES:
                inner["label"] = "ORG"
