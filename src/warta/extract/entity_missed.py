"""Bodies the tagger leaves out, found by rule where it tagged nothing.

The shipped tagger learned partly from NERP, which leaves most state bodies untagged, and it
does not know many companies and outlets. Three rules add an ORG mention where no mention
overlaps:

- a body written with its head noun: "Kementerian Perindustrian", "Dewan Perwakilan Daerah",
  "Badan Keamanan Laut", "Pusat Penelitian Politik LIPI", "Polres Cilacap";
- a body named inside a person's title: "Menteri KKP Susi Pudjiastuti", "CEO Traveloka Ferry
  Unardi", "Alvin Lie, anggota Ombudsman";
- a body warta knows by name (`body_names.KNOWN_BODY_NAMES`): "Bappenas", "Satpol PP",
  "Tokopedia", "TechCrunch", written as a whole name, not as the start of a longer one
  ("Google Maps" is a product).

Like the rules in `entity_rules`, each takes the article's mentions (dicts with text, label,
start, end; offsets into the clean text) and changes them in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from warta.extract.body_names import COMMON_WORD_BODIES, KNOWN_BODY_NAMES, PLACE_NAMED_BODIES
from warta.extract.canonical import CLUB_NAMES, is_country, known_type
from warta.extract.entity_bodies import BOARDS, CALENDAR_WORDS
from warta.extract.entity_rules import initials_fit
from warta.extract.entity_works import spelled_by_prefixes
from warta.extract.ner.lexicon import (
    ADDRESS_WORDS,
    CORPS,
    LOC_HEADS,
    ORG_LAST_WORDS,
    ROLE_MODIFIERS,
    TITLE_WORDS,
)
from warta.extract.ner.roles import MALAY_HONORIFICS
from warta.extract.place_names import COUNTRY_TAKERS, plain_place_names
from warta.extract.quotes.lexicon import ORG_HEADS
from warta.extract.quotes.speakers import RANKS, common_words, is_known_place

__all__ = [
    "bodies_before_their_acronyms",
    "bodies_by_their_heads",
    "bodies_in_titles",
    "bodies_run_over_field_lists",
    "bodies_take_their_head",
    "firms_by_their_last_word",
    "firms_run_on_to_their_short_form",
    "known_bodies",
    "names_split_before_acronyms",
    "places_run_to_their_full_name",
    "plain_places",
    "short_forms_after_bodies",
    "short_forms_of_bodies",
]

# Head nouns that open a body's name, written capitalised ("Dewan Pers", "Komando Armada
# Kawasan Timur"); the name runs over the capitalised words that follow
_HEAD = re.compile(
    r"(?<![\w-])(?:Kementerian|Kementrian|Kemenko|Badan|Dewan|Komisi|Lembaga|Dinas"
    r"|Departemen|Direktorat|Ditjen|Majelis|Mahkamah|Pengadilan|Kejaksaan|Kepolisian|Komando"
    r"|Korps"
    r"|Detasemen|Pusat|Biro|Sekretariat|Yayasan|Persatuan|Perhimpunan|Asosiasi"
    r"|Ikatan|Himpunan|Gerakan|Front|Aliansi|Koalisi|Forum|Komite|Federasi|Konfederasi|Gabungan"
    r"|Perkumpulan|Paguyuban"
    r"|Serikat|Organisasi|Partai|Fraksi|Universitas|Institut|Politeknik|Akademi|Fakultas"
    r"|Sekolah Tinggi|Rumah Sakit|Angkatan|Tentara|Kedutaan Besar|Kedubes|Konsulat"
    r"|Konjen|Kantor(?! Berita)|Pemprov|Pemkot|Pemko|Pemkab|Pemda|Polda|Polres|Polresta"
    r"|Polrestabes|Polsek|Kodam|Kodim|Korem|Lantamal|Lanud|Kejati|Kejari|DPRD|BPBD"
    # A region's leadership forum: "Muspika Pangatikan", "Forkopimda Jawa Timur"
    r"|Muspika|Muspida|Muspiko|Forkopimda|Forkompimda|Forkopimcam|Forkopimka"
    r"|Pengurus (?:Besar|Pusat|Wilayah|Daerah|Cabang)"
    # Malaysian bodies: "Jabatan Meteorologi Malaysia", "Suruhanjaya Pilihan Raya"
    r"|Jabatan|Suruhanjaya|Majlis|Ibu Pejabat)(?![\w-])"
)

# Heads that only ever open a body's name, never a place's
_BODY_ONLY_HEADS = frozenset(
    {"Kementerian", "Kementrian", "Kemenko", "Badan", "Dewan", "Komisi", "Lembaga", "Dinas",
     "Direktorat", "Ditjen", "Majelis", "Mahkamah", "Pengadilan", "Kejaksaan", "Kepolisian",
     "Yayasan", "Partai", "Fraksi", "Jabatan", "Suruhanjaya", "Majlis", "Komite", "Federasi",
     "Konfederasi", "Asosiasi", "Perhimpunan", "Persatuan", "Organisasi", "Universitas",
     "Muspika", "Muspida", "Muspiko", "Forkopimda", "Forkompimda", "Forkopimcam", "Forkopimka"}
)  # fmt: skip

# Lower-case words inside a body's name, kept when a name word follows ("Kementerian Pemuda
# dan Olahraga", "Entitas PBB untuk Kesetaraan Gender")
_JOINS = frozenset({"dan", "untuk", "&", "of", "for", "and", "the", "serta"})
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.&/-]*|[0-9][\w.-]*)")
_VERB = re.compile(r"^(?:Me|Di|Ber|Ter|Mem|Men|Meng|Meny|Per)\w+(?:kan|lah)$")
_TRAILING = ",.;:)\"”’'!?"
_NEXT_WORD = re.compile(r"[ \t]+(\S+)")
# (a dateline's dashes too: "Jakarta, CNN Indonesia - - Penyidik Komisi …")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“”]\s*|\n\s*|\s[-–—](?:[ \t]*[-–—])?[ \t]*)$")
_SPACED_HYPHEN = re.compile(r"[ \t]+-[ \t]+[a-zA-Z]+(?=[\s,.;:)])")
# Titles that close no body's name: they open the name of the person who follows ("…
# Polda Metro Jaya Inspektur Jenderal …"); not the ones bodies are named by ("Lembaga
# Bantuan Hukum", "Persatuan Wartawan Indonesia")
_PERSON_TITLES = (
    TITLE_WORDS | {"inspektur", "letnan", "sersan", "kopral", "prajurit", "ajun", "akp"}
) - {"hukum", "pers", "besar", "bicara", "staf", "pimpinan", "pemain", "guru", "dokter",
     "hakim", "jaksa", "polisi", "wartawan", "jurnalis", "advokat", "mitra", "peneliti",
     "penulis", "pengacara", "ekonom", "artis", "aktor", "senator", "analis", "humas", "head",
     "partner", "chairman", "president", "director", "manager", "komisioner"}  # fmt: skip
# Boards and units named without their body ("Dewan Pembina", "Majelis Hakim", "Biro Humas"):
# news means the body
_BOARD_HEADS = frozenset({"Dewan", "Majelis", "Komite", "Biro"})
_UNIT_WORDS = BOARDS | frozenset(
    {"hakim", "pengarah", "pertimbangan", "etik", "presidium", "humas", "kehormatan", "umum",
     "profesi"}
)  # fmt: skip
# Names that stay a kind of body whatever follows ("Partai Politik untuk Pilpres")
_GENERIC_OPENERS = (
    "partai politik ", "badan usaha milik ", "organisasi massa ", "lembaga negara ",
    "lembaga swadaya ", "badan hukum ", "perseroan terbatas ", "satuan biaya ",
)  # fmt: skip
# Heads that a body's short form may follow without naming another body ("Kantor LBH",
# "Partai PAN", "Organisasi PSSI": the short form is the body)
_LOOSE_HEADS = frozenset({"Kantor", "Organisasi", "Partai", "Gerakan", "Forum", "Lembaga"})
# "Badan Meteorologi, Klimatologi, dan Geofisika": a list of fields in one name
_FIELD_LIST = re.compile(
    r"(?:[ \t]+[A-Z][\w-]*,)+[ \t]+(?:dan|serta)[ \t]+[A-Z][\w-]*(?=[\s,.;:)(])"
)
_BOARD_WORDS = frozenset({"pimpinan", "besar", "pers", "hukum", "pusat"})
_SHORT_FORM_NEXT = re.compile(r"[ \t]*\([A-Z][\w-]+\)")


def bodies_run_over_field_lists(found: list[dict[str, Any]], text: str) -> None:
    """A body's name that lists its fields ("Kementerian Pendidikan Tinggi, Sains, dan
    Teknologi"), cut by the tagger at the first comma, runs to the list's end where its
    short form follows in brackets or warta knows the whole name; a list of bodies
    ("Kementerian Keuangan, Bappenas, dan BI") stays a list."""
    out: list[dict[str, Any]] = []
    skip_to = -1
    for mention in found:
        if int(mention["start"]) < skip_to:
            continue
        end = int(mention["end"])
        fields = _FIELD_LIST.match(text, end + 1) if text[end : end + 1] == "," else None
        if mention["label"] == "ORG" and fields is not None:
            whole = text[int(mention["start"]) : fields.end()]
            listed = re.findall(r"[A-Z][\w-]*", text[end : fields.end()])
            if not any(w.isupper() or known_type(w) is not None for w in listed) and (
                _SHORT_FORM_NEXT.match(text, fields.end()) or whole in KNOWN_BODY_NAMES
            ):
                mention["end"] = fields.end()
                mention["text"] = whole
                skip_to = fields.end()
        out.append(mention)
    found[:] = out


# A head and words that name a kind of body, not one ("Organisasi Massa", "Lembaga Negara",
# "Pengadilan Tinggi" without its town)
_GENERIC = frozenset(
    {"organisasi massa", "organisasi kemasyarakatan", "lembaga negara", "lembaga non",
     "lembaga swadaya masyarakat", "badan usaha milik negara", "badan usaha milik daerah",
     "badan hukum", "perseroan terbatas", "pengadilan negeri", "pengadilan tinggi",
     "kejaksaan negeri", "kejaksaan tinggi", "rumah sakit umum", "rumah sakit umum daerah",
     "rumah sakit swasta", "partai politik", "sekolah tinggi", "lembaga pemerintah",
     "angkatan bersenjata", "badan usaha", "dinas terkait", "organisasi internasional",
     "dewan nasional", "kepolisian daerah", "detasemen khusus", "badan layanan umum",
     "badan usaha milik desa", "organisasi masyarakat", "lembaga bantuan", "komite nasional",
     "badan pelaksana", "satuan tugas", "komisi perlindungan", "pengadilan agama"}
)  # fmt: skip


# Ranks and forms of address; not "Jenderal", which also names bodies ("Direktorat Jenderal
# Pajak", "Konsulat Jenderal RI")
_RANKS_OPEN_NAMES = (RANKS - {"jenderal", "jendral"}) | ADDRESS_WORDS


def _name_end(text: str, start: int, limit: int = 8) -> int:
    """End of the run of name words from `start` (joining words only between name words)."""
    end = start
    pos = start
    for _ in range(limit):
        if end > start and end == pos and (joined := _SPACED_HYPHEN.match(text, pos)):
            end = pos = joined.end()  # "Perundang - undangan"
            continue
        match = _NEXT_WORD.match(text, pos)
        if match is None:
            break
        word = match.group(1)
        bare = word.rstrip(_TRAILING)
        cut = len(bare) < len(word)
        if bare.lower() in _JOINS and not cut and end > start:
            following = _NEXT_WORD.match(text, match.end())
            if _HEAD.match(text, match.end() + 1) or (
                following and following.group(1).lower() in _PERSON_TITLES
            ):
                break  # "Lembaga Sandi Negara dan Direktorat …": two bodies
            pos = match.end()  # kept only when a name word follows
            continue
        if (
            not bare
            or not _NAME_WORD.fullmatch(bare)
            or bare.lower() in CALENDAR_WORDS
            or _VERB.match(bare)
            # a rank or form of address opens the next person's name ("Kasat Reskrim Polres
            # Metro Bekasi AKBP Sang Ngurah", "Kepala Dinkes Jatim dr Erwin")
            or bare.lower().rstrip(".") in _RANKS_OPEN_NAMES
        ):
            break
        end = match.start(1) + len(bare)
        pos = match.end()
        if cut and word[len(bare)] == "," and (fields := _FIELD_LIST.match(text, pos)):
            end = pos = fields.end()  # "Badan Meteorologi, Klimatologi, dan Geofisika"
            continue
        if cut:
            break
    return _trim(text, start, end)


# Ranks written out in words, closing a unit's name before its officer's name
_RANK_PHRASE = re.compile(
    r"[ \t]+(?:(?:Ajun[ \t]+)?Komisaris?(?:[ \t]+(?:Besar|Jenderal))?|Inspektur[ \t]+Jenderal"
    r"|Brigadir[ \t]+Jenderal|Jenderal)(?:[ \t]+Polisi)?$"
)


def _trim(text: str, start: int, end: int) -> int:
    """`end` without the numbers, titles and joining words that close no name ("Dewan
    Perwakilan Rakyat 2014", "Kepolisian Daerah Metro Jaya Inspektur Jenderal")."""
    end = start + len(text[start:end].rstrip(" \t,"))
    while True:
        rank = _RANK_PHRASE.search(text[start:end])
        if rank is not None and rank.start() > 0:
            end = start + rank.start()  # "Polda Metro Jaya Komisaris Besar (Polisi)"
            continue
        tail = re.search(r"[ \t]+(\S+)$", text[start:end])
        if tail is None or not (
            # a year closes no name; a unit's number after its head does ("Kodim 0501")
            (
                tail.group(1)[:1].isdigit()
                and text[start : start + tail.start()].strip() not in _UNIT_HEADS | {""}
            )
            or tail.group(1).lower() in _PERSON_TITLES | _JOINS
            or (
                # a rank's corps: "Kodim 0501 Letkol Inf", "Korem 061 Kolonel Czi"
                tail.group(1).lower() in CORPS
                and re.search(r"(\S+)[ \t]+$", text[start : start + tail.start() + 1]) is not None
                and text[start : start + tail.start()].rsplit(None, 1)[-1].lower() in _PERSON_TITLES
            )
        ):
            return end
        end = start + tail.start()


# Words that close a body's name after its place ("Kantor Wilayah Jakarta Khusus")
_BODY_ADJECTIVES = (
    ROLE_MODIFIERS
    | LOC_HEADS
    | frozenset(
        {"khusus", "baru", "raya", "besar", "kecil", "lama", "madya", "pratama", "tinggi",
         "swasta", "terpadu", "mandiri", "timur", "barat", "utara", "selatan", "tengah", "jaya",
         "metro", "kota", "kabupaten", "regional", "cabang", "perwakilan", "itu", "ini"}
    )
)  # fmt: skip


def _place_closes(text: str, inside: list[dict[str, Any]], person: dict[str, Any], end: int) -> int:
    """Where a body's name ends before the person after it ("Ketua Dewan Pers Yosep Adi
    Prasetyo"): at a place inside it when one word the article writes nowhere in lower case
    stands between ("Kepala Dinas Sosial Jawa Timur Restu Novi Widiani": his given name)."""
    if person["label"] != "PER":
        return end
    places = [int(m["end"]) for m in inside if m["label"] == "LOC" and int(m["end"]) < end]
    if not places:
        return end
    rest = text[max(places) : end].split()
    if (
        len(rest) == 1
        and _NAME_WORD.fullmatch(rest[0])
        and rest[0].isalpha()
        and rest[0].lower() not in _NOT_GIVEN_NAMES | _PERSON_TITLES | _BODY_ADJECTIVES
        and re.search(r"(?<![\w-])" + rest[0].lower() + r"(?![\w-])", text) is None
    ):
        return max(places)
    return end


def _starts_a_name(text: str, start: int) -> bool:
    """The word before `start` is no capitalised name word (a title word may precede; not
    one that names a board, "Dewan Pimpinan Pusat …", "Pengurus Besar …")."""
    window = text[max(0, start - 40) : start]
    before = re.search(r"(\S+)[ \t]+$", window)
    if before is None:
        return True
    word = before.group(1)
    if word.lower() in _BOARD_WORDS:
        return False  # "pimpinan Pusat Muhammadiyah"
    opens_sentence = _SENTENCE_START.search(window[: before.start()]) is not None
    return (
        not word[:1].isupper()
        or (opens_sentence and word[1:].islower())  # "Menurut Badan Pusat Statistik"
        or (word.lower() in TITLE_WORDS and word.lower() not in _BOARD_WORDS)
        or not word.isalpha()
    )


def _overlapping(found: list[dict[str, Any]], begin: int, end: int) -> list[dict[str, Any]]:
    return [m for m in found if int(m["start"]) < end and begin < int(m["end"])]


def _add(found: list[dict[str, Any]], text: str, begin: int, end: int) -> None:
    found.append({"text": text[begin:end], "label": "ORG", "start": begin, "end": end})


# Police, army and prosecutors' units and local governments: their name opens with the
# head whatever word stands before it ("Kasat Narkoba Polres Metro Bekasi", "Kabid Humas
# Polda Metro Jaya")
_UNIT_HEADS = frozenset(
    {"Polres", "Polresta", "Polrestabes", "Polda", "Polsek", "Kodam", "Kodim", "Korem",
     "Lantamal", "Lanud", "Kejati", "Kejari", "Pemprov", "Pemkot", "Pemko", "Pemkab",
     "Muspika", "Muspida", "Muspiko", "Forkopimda", "Forkompimda", "Forkopimcam", "Forkopimka"}
)  # fmt: skip


def bodies_by_their_heads(found: list[dict[str, Any]], text: str) -> None:
    added = False
    for head in _HEAD.finditer(text):
        begin = head.start()
        if not _starts_a_name(text, begin) and head.group() not in _UNIT_HEADS:
            continue
        end = _name_end(text, head.end())
        if end == head.end():
            continue  # a head alone names no body
        inside = _overlapping(found, begin, end)
        if any(int(m["start"]) <= begin for m in inside):
            for mention in inside:
                if (
                    int(mention["start"]) == begin
                    and mention["label"] in ("LOC", "PER")
                    and head.group() in _BODY_ONLY_HEADS
                ):
                    # "Suruhanjaya Pilihan Raya" read as a place, "Muspika Pangatikan" as a
                    # person
                    mention["label"] = "ORG"
            continue  # a mention covers the head: the tagger's reading stands
        for mention in sorted(inside, key=lambda m: int(m["start"])):
            if mention["label"] == "PER" or int(mention["end"]) > end:
                end = _place_closes(text, inside, mention, int(mention["start"]))
                break
        end = _trim(text, begin, end)
        words = text[head.end() : end].split()
        if (
            not words
            # "jabatan Kepala Staf Angkatan Udara": an office, not a Malaysian department
            or (head.group() == "Jabatan" and words[0].lower() in TITLE_WORDS)
            or text[begin:end].lower() in _GENERIC
            or text[begin:end].lower().startswith(_GENERIC_OPENERS)
            or (head.group() in _BOARD_HEADS and words[0].lower() in _UNIT_WORDS)
            or (
                head.group() in _LOOSE_HEADS
                and (words[0].isupper() or words[0] in KNOWN_BODY_NAMES)
            )
        ):
            continue  # "Kantor LBH Jakarta": the office of a body, named after it
        found[:] = [m for m in found if not (begin <= int(m["start"]) and int(m["end"]) <= end)]
        # "Polres Cilacap", "Fraksi Partai Golkar DPR RI", "Pusat Penelitian Politik LIPI":
        # the name absorbs the place or body the tagger found in it
        _add(found, text, begin, end)
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


# Titles that name the body their holder serves ("Kepala Bappenas", "CEO Traveloka"), not a
# place ("Gubernur Jawa Barat", "Presiden Prancis": the tagger finds those)
_BODY_TITLES = frozenset(
    {"ketua", "kepala", "direktur", "dirut", "menteri", "sekretaris", "sekjen", "jubir",
     "bicara", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "pendiri", "manajer",
     "anggota", "rektor", "dekan", "komisaris", "presdir", "pelatih",
     "peneliti", "pengamat", "analis", "ekonom", "humas", "direktur-jenderal", "dirjen",
     "ketum", "ketua-umum", "kabid", "kadiv", "kapuspen"}
)  # fmt: skip
# Titles only a company has: whatever name follows is the company ("CEO Qerja …")
_COMPANY_TITLES = frozenset(
    {"ceo", "cfo", "coo", "cto", "founder", "co-founder", "pendiri", "presdir", "dirut"}
)
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")


def _title_before(text: str, start: int) -> tuple[str, int, int] | None:
    """(title, begin, end) of "<title> <capitalised words>" right before `start`."""
    end = pos = start
    while (word := _WORD_BEFORE.search(text, max(0, pos - 40), pos)) is not None:
        if word.group(1).lower() in _BODY_TITLES:
            return (word.group(1), word.end(), end) if word.end() < end else None
        if word.group(1).lower() in ROLE_MODIFIERS:
            pass  # "CEO interim eFishery Adhy Wibisono"
        elif not (
            (word.group(1)[:1].isupper() and _NAME_WORD.fullmatch(word.group(1)))
            or _BRAND_WORD.fullmatch(word.group(1))
        ):
            return None
        pos = word.start()
        if end - pos > 80:
            return None
    return None


_ROMAN = re.compile(r"[IVX]{1,4}")
# A brand written with a small letter first: "eFishery", "iFlix", "dMarket"
_BRAND_WORD = re.compile(r"[a-z]{1,2}[A-Z][\w'’.&-]*")


def _body_in_title(
    found: list[dict[str, Any]], text: str, title: str, begin: int, end: int,
    gazetteer: Mapping[tuple[str, ...], str],
) -> bool:  # fmt: skip
    """Add text[begin:end], the words after a title, as a body when they are one."""
    if title.lower() not in _BODY_TITLES:
        return False
    begin += len(text[begin:end]) - len(text[begin:end].lstrip())
    end = begin + len(text[begin:end].rstrip())
    words = text[begin:end].split()
    # (and a title's number: "Menteri Kewangan II Datuk Seri …")
    while words and (
        words[0].lower() in ROLE_MODIFIERS | TITLE_WORDS or _ROMAN.fullmatch(words[0])
    ):
        begin = text.index(words[0], begin) + len(words[0])
        begin += len(text[begin:end]) - len(text[begin:end].lstrip())
        words = words[1:]
    # (a Malaysian honorific opens the name after the body: "Sekretaris MASOC Dato' Low Beng
    # Choo", "Menteri Besar Johor Datuk Onn Hafiz")
    honorific = next(
        (
            k
            for k, w in enumerate(words)
            if w.lower().rstrip("'’") in _MALAY_TITLES
            or (w.lower() in {"tan", "puan"} and k + 1 < len(words) and words[k + 1] == "Sri")
        ),
        None,
    )
    if honorific is not None:
        words = words[:honorific]
        # (where the last word kept ends, whatever spaces stand between the words)
        at = begin
        for word in words:
            at = text.index(word, at) + len(word)
        end = at
    if not words or len(words) > 5 or _overlapping(found, begin, end):
        return False
    name = " ".join(words)
    acronyms = [w for w in words if len(w) >= 2 and w.isupper()]
    if len(words) >= 2 and acronyms == [words[-1]] and title.lower() not in _COMPANY_TITLES:
        # "Direktur Jenderal Pengelolaan Ruang Laut KKP": the ministry is the body named
        begin = end - len(words[-1])
        words, name = words[-1:], words[-1]
    if not (
        title.lower() in _COMPANY_TITLES
        or name in KNOWN_BODY_NAMES
        or any(len(w) >= 2 and (w.isupper() or not w[1:].islower()) for w in words)
    ):
        return False  # "Direktur Kesehatan Masyarakat Veteriner": a field, not a body
    if (
        gazetteer.get(tuple(name.lower().split())) == "LOC"
        or is_country(name)
        or any(w.lower() in CALENDAR_WORDS | TITLE_WORDS | _PERSON_TITLES for w in words)
        or not all(_NAME_WORD.fullmatch(w) or _BRAND_WORD.fullmatch(w) for w in words)
    ):
        return False
    _add(found, text, begin, end)
    return True


# Malaysia's honorifics that open a name alone (not "Tan", "Puan", "Sri": "Tan Sri" is read
# as a pair; "Dato'" is matched without its apostrophe)
_MALAY_TITLES = MALAY_HONORIFICS - {"tan", "puan", "sri", "seri", "dato'"}

_NOT_GIVEN_NAMES = frozenset(
    {"asset", "management", "group", "grup", "capital", "indonesia", "securities", "sekuritas",
     "holdings", "international", "internasional", "corporation", "company", "ventures",
     "syariah", "finance", "investama", "persero", "tbk", "digital", "labs", "studio"}
)  # fmt: skip


def _split_known_body(found: list[dict[str, Any]], person: dict[str, Any], text: str) -> bool:
    """ "CEO Traveloka Ferry Unardi" tagged as one person: the body warta knows splits off."""
    words = str(person["text"]).split()
    title = re.search(
        r"([A-Za-z-]+)[ \t]+$", text[max(0, int(person["start"]) - 30) : int(person["start"])]
    )
    if title is None or title.group(1).lower() not in _BODY_TITLES or len(words) < 3:
        return False
    for size in (2, 1):
        body = " ".join(words[:size])
        if (
            body in KNOWN_BODY_NAMES
            and 2 <= len(words) - size <= 3
            and not {w.lower() for w in words[size:]} & _NOT_GIVEN_NAMES
            and (person["label"] == "PER" or _names_a_person(words[size:], text))
            # (not a firm warta knows by the longer name: "Direktur Toyota Astra Motor")
            and not any(
                k == " ".join(words[: size + n]) for n in (1, 2) for k in _known_longer(body)
            )
        ):
            start = int(person["start"])
            cut = text.index(words[size], start + len(body))
            _add(found, text, start, start + len(body))
            person.update({"text": text[cut : int(person["end"])], "start": cut, "label": "PER"})
            return True
    return False


@lru_cache(maxsize=1 << 10)
def _known_longer(body: str) -> tuple[str, ...]:
    """The known bodies' names that open with `body` and a word more."""
    return tuple(k for k in KNOWN_BODY_NAMES if k.startswith(body + " "))


def _names_a_person(words: list[str], text: str) -> bool:
    """Whether the words after a known body in one body mention are a person's name ("Ketua
    [The Fed Janet Yellen]"): name words the article never writes small, no word of a body,
    place or known name ("Direktur Pertamina Hulu Energi" is a body)."""
    return all(
        _NAME_WORD.fullmatch(w)
        and w[1:].islower()
        and w.lower() not in _BODY_ADJECTIVES | _PERSON_TITLES | TITLE_WORDS
        # (nor a word that ends or heads a body's name: "Honda Prospect Motor", "Yamaha
        # Music Foundation")
        and w.lower() not in ORG_LAST_WORDS | ORG_HEADS
        and known_type(w) is None
        and not is_known_place(w)
        and re.search(r"(?<![\w-])" + re.escape(w.lower()) + r"(?![\w-])", text) is None
        for w in words
    )


# "Alvin Lie, anggota Ombudsman yang …": a title set off after the name
_TITLE_AFTER = re.compile(r",[ \t]+([a-zA-Z-]+)((?:[ \t]+[a-z]+)?)((?:[ \t]+[A-Z][\w.&-]*)+)")


def bodies_in_titles(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    added = False
    for body in [m for m in found if m["label"] == "ORG"]:
        added |= _split_known_body(found, body, text)
    for person in [m for m in found if m["label"] == "PER"]:
        added |= _split_known_body(found, person, text)
        start = int(person["start"])
        if (before := _title_before(text, start)) is not None:
            added |= _body_in_title(found, text, *before, gazetteer)
        after = _TITLE_AFTER.match(text, int(person["end"]))
        if after is not None:
            title = (after.group(2).strip() or after.group(1)).lower()
            name_end = after.start(3) + len(after.group(3).rstrip(_TRAILING))
            added |= _body_in_title(found, text, title, after.start(3), name_end, gazetteer)
    if added:
        found.sort(key=lambda m: int(m["start"]))


# The known names by their first word, longest first: one dictionary look-up per word of the
# article instead of one regular expression alternating every name (0.53 -> 0.13 ms per
# IndoSum article; the same matches on all 2,780)
_TOKEN = re.compile(r"(?<![\w.@/-])\w+")
_KNOWN_AFTER = re.compile(r"[\w@/-]|\.\w")


def _by_first_word(names: frozenset[str]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        index.setdefault(re.split(r"[ .&'’!-]", name)[0], []).append(name)
    return index


_BY_FIRST_WORD = _by_first_word(KNOWN_BODY_NAMES)
# Clubs by their names and short forms, taken in sports news only ("Liverpool" elsewhere is
# the city)
_CLUBS_BY_FIRST_WORD = _by_first_word(CLUB_NAMES)
_CLUBS_IN_FULL = _by_first_word(frozenset(n for n in CLUB_NAMES if " " in n))


def _known_names(
    text: str, index: dict[str, list[str]] = _BY_FIRST_WORD
) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each known body name written whole in `text`, left to right."""
    end = 0
    for token in _TOKEN.finditer(text):
        start = token.start()
        if start < end:
            continue
        for name in index.get(token.group(), ()):
            if text.startswith(name, start) and not _KNOWN_AFTER.match(text, start + len(name)):
                end = start + len(name)
                yield start, end, name
                break


_LEGAL_FORMS_BEFORE = frozenset({"PT", "PT.", "Perum", "PD", "CV"})
# A person's name of two or three words after a body's name
_NAME_AFTER_BODY = re.compile(r"[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2}")


def _person_run_on_after(mention: dict[str, Any], text: str, begin: int, end: int) -> None:
    """A mention opening inside the known body text[begin:end] and running past it into a
    name of two or three words is that name's person: "CTO GO - [JEK Ajey Gore]", the
    firm's second half, cut at its hyphen, run on into the person after it (not a place's or
    body's words: "Mercedes - [Benz Distribusi Indonesia]")."""
    rest = text[end : int(mention["end"])]
    if (
        begin < int(mention["start"]) < end < int(mention["end"])
        and mention["label"] != "LOC"
        and _NAME_AFTER_BODY.fullmatch(rest)
        and not any(w.lower() in ORG_LAST_WORDS or known_type(w) is not None for w in rest.split())
        and known_type(rest.strip()) is None
    ):
        mention["start"] = end + len(rest) - len(rest.lstrip())
        mention["text"] = text[int(mention["start"]) : int(mention["end"])]
        mention["label"] = "PER"
        mention.pop("canonical", None)


# A preposition of place right before a name
_PLACE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:di|ke|dari)[ \t]+$")


def known_bodies(found: list[dict[str, Any]], text: str, sports: bool = False) -> None:
    """Add (and type) the bodies of the known list; in sports news (`sports`), clubs too."""
    added = False
    name_words = {
        w for m in found if m["label"] == "PER" and " " in str(m["text"])
        for w in str(m["text"]).split()
    }  # fmt: skip
    # (not a firm named like a city where the tagger found the place, after a preposition of
    # place: "tinggal di Kingston", the city, not the maker of memory)
    places = [
        m for m in found
        if m["label"] == "LOC"
        and str(m["text"]) in PLACE_NAMED_BODIES
        and _PLACE_BEFORE.search(text, max(0, int(m["start"]) - 12), int(m["start"]))
    ]  # fmt: skip
    for mention in found:
        if (
            mention["label"] != "ORG"
            and str(mention["text"]) in KNOWN_BODY_NAMES
            and not (str(mention["text"]) in name_words and mention["label"] == "PER")
            and not any(mention is m for m in places)
        ):
            mention["label"] = "ORG"  # "Tencent", "Mitsubishi" tagged as people
            mention.pop("role", None)
    names = list(_known_names(text))
    # (clubs of several words anywhere, "Oklahoma City Thunder"; their short forms and
    # one-word names in sports news only)
    names = sorted(
        names + list(_known_names(text, _CLUBS_BY_FIRST_WORD if sports else _CLUBS_IN_FULL))
    )
    for begin, end, name in names:
        for m in _overlapping(found, begin, end):
            _person_run_on_after(m, text, begin, end)
        inside = _overlapping(found, begin, end)
        for m in inside:
            if (
                m["label"] == "ORG"
                and int(m["start"]) < begin
                and int(m["end"]) <= end
                and text[int(m["start"]) : begin].strip() in _LEGAL_FORMS_BEFORE
            ):
                # "PT [Pertamina Patra] Niaga": the tagger's piece opens with the legal form
                begin = int(m["start"])
        if name in name_words or any(
            int(m["start"]) < begin
            or int(m["end"]) > end
            # (a club's nickname read as a person inside its full name: "Oklahoma City
            # [Thunder]")
            or (
                m["label"] == "PER"
                and not (name in CLUB_NAMES and " " in name and " " not in str(m["text"]))
            )
            or any(m is p for p in places)
            for m in inside
        ):
            continue  # "Nike" of "Nike Ardilla"; a longer name the tagger found
        if inside:
            # the tagger found a piece of the name: "Indonesia" of "Garuda Indonesia", "JEK"
            # of "GO - JEK"
            found[:] = [m for m in found if not any(m is i for i in inside)]
            _add(found, text, begin, end)
            added = True
            continue
        initial = _SENTENCE_START.search(text[max(0, begin - 3) : begin]) is not None
        if initial and name in COMMON_WORD_BODIES:
            continue  # "Antara lain …", "Tempo hari …"
        if not _starts_a_name(text, begin):
            continue  # "Honda" of "Astra Honda"
        following = re.match(r"[ \t]+(\S+)", text[end:])
        if following and _NAME_WORD.fullmatch(following.group(1).rstrip(_TRAILING)):
            nxt = begin + len(name) + following.start(1)
            if name.lower() in TITLE_WORDS and any(
                int(m["start"]) == nxt and m["label"] == "PER" for m in found
            ):
                continue  # "Prada Yohanis Kogoya": a rank (or office) before a name, no brand
            if not any(int(m["start"]) == nxt for m in found) and (
                following.group(1).lower() not in TITLE_WORDS
            ):
                continue  # "Google Maps", "Honda Jazz": a longer name, often a product
        _add(found, text, begin, end)
        added = True
    # the first word alone of a firm warta knows and the article names in full ("pengendara
    # Harley" after "Harley Davidson"): the firm, unless a person's name holds the word
    firms = {
        str(m["text"]).split()[0]
        for m in found
        if m["label"] == "ORG" and " " in str(m["text"]) and str(m["text"]) in KNOWN_BODY_NAMES
    }
    people_words = {
        w for m in found if m["label"] == "PER" and " " in str(m["text"])
        for w in str(m["text"]).split()
    }  # fmt: skip
    for mention in found:
        if (
            mention["label"] == "PER"
            and str(mention["text"]) in firms - people_words
            and not mention.get("role")
        ):
            mention["label"] = "ORG"
    if added:
        found.sort(key=lambda m: int(m["start"]))


# Words a body's name may hold that its acronym skips ("Komisi Pemberantasan Korupsi",
# "Institute for Development of Economics and Finance", "Badan Pengawas Obat dan Makanan")
_ACRONYM_SKIPS = frozenset({"dan", "untuk", "serta", "atas", "of", "and", "for", "the", "&"})
_ACRONYM_IN_BRACKETS = re.compile(r"[ \t]*\(([A-Z][A-Z0-9]{1,7})\)")
_WORD_BACK = re.compile(r"[\w'’&.-]+")


_BRACKETED_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z0-9&-]{1,9})\)")


# A capitalised run after a body's head, up to the bracket: "Suku Dinas Penanggulangan
# Kebakaran dan Penyelamatan "
_BODY_RUN_BEFORE = re.compile(
    _HEAD.pattern + r"(?:[ \t]+(?:[A-Z][\w'’-]*|dan|&|serta|untuk)){0,10}[ \t]*$"
)


def short_forms_after_bodies(found: list[dict[str, Any]], text: str) -> None:
    """A short form in brackets right after a body's name is the body's, not a person's:
    "Kepala Suku Dinas Penanggulangan Kebakaran dan Penyelamatan (Sudin Gulkarmat) Jakarta
    Utara" (the tagger read "Sudin Gulkarmat" as a person; the body it missed)."""
    people_end = {int(m["end"]) for m in found if m["label"] == "PER"}
    for mention in found:
        start, end = int(mention["start"]), int(mention["end"])
        if (
            mention["label"] != "PER"
            or text[start - 1 : start] != "("
            # (a person's short name after the person: "Said Abdullah (Said)")
            or len(text[: start - 1].rstrip()) in people_end
            or text[end : end + 1] != ")"
        ):
            continue
        run = _BODY_RUN_BEFORE.search(text, max(0, start - 120), start - 1)
        # (its letters in order in the body's words: "Sudin Gulkarmat" of "Suku Dinas
        # Penanggulangan Kebakaran …"; not a person set off after an office, "Komandan Korps
        # Penjaga Provinsi Kerman (Sarallah)")
        short = str(mention["text"]).replace(" ", "")
        before = text[max(0, run.start() - 40) : start - 1].split() if run is not None else []
        if run is None or not any(
            word[:1].isupper() and initials_fit(short, " ".join(before[k:]))
            for k, word in enumerate(before)
        ):
            continue
        mention["label"] = "ORG"
        mention.pop("role", None)


def firms_run_on_to_their_short_form(found: list[dict[str, Any]], text: str) -> None:
    """A firm opened by its legal form that the tagger cut in two, its short form in brackets
    after the second part, is one body: "PT Indonesia Morowali Industrial Park (IMIP)" (tagged
    "PT Indonesia" and the place "Morowali Industrial Park")."""
    out: list[dict[str, Any]] = []
    skip = False
    for mention, after in zip(found, [*found[1:], None], strict=False):
        if skip:
            skip = False
            continue
        words = str(mention["text"]).split()
        if (
            after is not None
            and mention["label"] == "ORG"
            and len(words) >= 2
            and words[0].rstrip(".") in {"PT", "CV", "Perum", "Perseroan"}
            and after["label"] in ("ORG", "LOC")
            and str(after["text"]).split()[0].rstrip(".") not in {"PT", "CV", "Perum"}
            and text[int(mention["end"]) : int(after["start"])] == " "
        ):
            short = _BRACKETED_AFTER.match(text, int(after["end"]))
            whole = text[int(mention["start"]) : int(after["end"])]
            if short is not None and initials_fit(short.group(1), " ".join(whole.split()[1:])):
                out.append({**mention, "text": whole, "end": int(after["end"])})
                skip = True
                continue
        out.append(mention)
    found[:] = out


def bodies_before_their_acronyms(found: list[dict[str, Any]], text: str) -> None:
    """The words before an acronym in brackets whose initials spell it are the body's (or
    place's) full name, taken where the tagger saw only the acronym: "Kepala Pelaksana Badan
    Penanggulangan Bencana Daerah (BPBD)" -> "Badan Penanggulangan Bencana Daerah"."""
    added = False
    # (an acronym the tagger left out, with the name before it: "Free Democrat Party (FDP)")
    untagged = [
        {"text": match.group(1), "label": "ORG", "start": match.start(1), "end": match.end(1)}
        for match in _UNTAGGED_ACRONYM.finditer(text)
        if not any(int(m["start"]) < match.end(1) and match.start(1) < int(m["end"]) for m in found)
    ]
    for acronym in [
        m
        for m in found
        # (a short form the tagger read as initials: "Koalisi Indonesia Maju (KIM)")
        if m["label"] in ("ORG", "LOC") or str(m["text"]).isupper()
    ] + untagged:
        letters = str(acronym["text"])
        start = int(acronym["start"])
        bracket = text.rfind("(", max(0, start - 3), start)
        match = _ACRONYM_IN_BRACKETS.match(text, bracket) if bracket >= 0 else None
        # (or of syllables: "Asosiasi Modal Ventura untuk Startup Indonesia (Amvesindo)")
        syllables = _SYLLABIC_IN_BRACKETS.match(text, bracket) if bracket >= 0 else None
        syllabic = match is None and syllables is not None and syllables.group(1) == letters
        if not syllabic and (
            match is None or match.group(1) != letters or match.end(1) != int(acronym["end"])
        ):
            continue
        end = len(text[:bracket].rstrip())
        begin = (
            _prefixes_span(text, end, letters.lower())
            if syllabic
            else _initials_span(text, end, letters.lower())
        )
        label = "ORG" if acronym["label"] == "PER" else str(acronym["label"])
        if begin is None:
            continue
        # (a body's kind in small letters before it: "grup Ramayana Ballet Purawisata (RBP)")
        kind = _BODY_KIND_BEFORE.search(text, max(0, begin - 16), begin) is not None
        if not kind and not _names_a_body(text[begin:end], label):
            continue
        if (
            acronym in untagged
            and not kind
            and not _names_one_body(text, text[begin:end], acronym, found)
        ):
            continue
        acronym["label"] = label
        reaching = [
            m
            for m in found
            if int(m["start"]) < end and begin < int(m["end"]) and int(m["start"]) < begin
        ]
        if reaching and not _unit_of_the_body(reaching, text, begin, end):
            continue  # a mention reaching into it from before: the tagger's reading stands
        for unit in reaching:
            # "Pusat Gempa Bumi dan Tsunami | Badan Meteorologi, Klimatologi, dan Geofisika
            # (BMKG)": the unit, then the body the acronym spells
            unit["end"] = len(text[:begin].rstrip())
            unit["text"] = text[int(unit["start"]) : int(unit["end"])]
        inside = [m for m in found if begin <= int(m["start"]) and int(m["end"]) <= end]
        if len(inside) == 1 and inside[0]["start"] == begin and inside[0]["end"] == end:
            continue
        found[:] = [m for m in found if m not in inside]
        found.append({"text": text[begin:end], "label": label, "start": begin, "end": end})
        if acronym in untagged:
            found.append(acronym)
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


_UNTAGGED_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
# A kind of body in small letters right before its name
_BODY_KIND_BEFORE = re.compile(
    r"(?<![\w-])(?:grup|kelompok|perusahaan|organisasi|komunitas|yayasan|firma|startup)[ \t]+$"
)
# Words that make a spelled-out name one body's, not a kind of office ("Unit Pelaksana
# Teknis", "Rumah Sakit Umum Daerah", "Pengadilan Negeri" name kinds)
_ONE_BODY_WORDS = frozenset({"indonesia", "nasional", "internasional", "dunia", "republik"})
# English names of competitions, no bodies ("Indonesian Basketball League (IBL)")
_COMPETITIONS = frozenset({"league", "cup", "championship", "championships", "series", "open"})


def _names_one_body(
    text: str, name: str, acronym: dict[str, Any], found: list[dict[str, Any]]
) -> bool:
    """Whether a name spelled before an acronym the tagger left out is one body's: an
    English body's name ("Free Democratic Party (FDP)") or one that says whose it is
    ("Badan Kepegawaian Nasional", "Dewan Kesenian Jakarta"), with no qualifier after the
    brackets ("Rumah Sakit Umum Daerah (RSUD) Cibinong": the kind, then the name; a person
    may follow: "… Badan Kepegawaian Nasional (BKN) Iwan Hermanto")."""
    words = name.split()
    closed = int(acronym["end"]) + 1
    after = text[closed : closed + 2].strip()
    person_after = any(m["label"] == "PER" and int(m["start"]) == closed + 1 for m in found)
    if (after[:1].isupper() and not person_after) or words[-1].lower() in _COMPETITIONS:
        return False
    return _english_body(words) or any(
        w.lower() in _ONE_BODY_WORDS or is_known_place(w) for w in words[1:]
    )


def _english_body(words: list[str]) -> bool:
    """Whether English words name a body by their last word ("Human Rights Watch") or by the
    first, then what it is for or of ("Centre for Strategic and International Studies")."""
    return words[-1].lower() in _ENGLISH_BODY_ENDS or (
        len(words) >= 3
        and words[0].lower() in _ENGLISH_BODY_ENDS
        and words[1].lower() in {"for", "of", "on"}
    )


def _unit_of_the_body(reaching: list[dict[str, Any]], text: str, begin: int, end: int) -> bool:
    """Whether the one mention reaching into a spelled-out body from before is a unit named
    by its own head, then the body: it ends with the body and opens on a head ("Pusat …")."""
    if len(reaching) != 1 or reaching[0]["label"] != "ORG" or int(reaching[0]["end"]) != end:
        return False
    unit = text[int(reaching[0]["start"]) : begin].strip()
    return len(unit.split()) >= 2 and _HEAD.match(unit) is not None


def short_forms_of_bodies(
    found: list[dict[str, Any]], text: str, gazetteer: Mapping[tuple[str, ...], str]
) -> None:
    """One word in brackets right after a body, read as a place, is the body's short form
    when no place is known by it: "Jabatan Meteorologi Malaysia (MetMalaysia)"."""
    body_ends = {int(m["end"]) for m in found if m["label"] == "ORG"}
    for mention in found:
        start, word = int(mention["start"]), str(mention["text"])
        if (
            mention["label"] == "LOC"
            and " " not in word
            and text[start - 2 : start] == " ("
            and text[int(mention["end"]) : int(mention["end"]) + 1] == ")"
            and start - 2 in body_ends
            and known_type(word) is None
            and (word.lower(),) not in gazetteer
            and word not in plain_place_names()
        ):
            mention["label"] = "ORG"


def names_split_before_acronyms(found: list[dict[str, Any]], text: str) -> None:
    """A name the tagger cut in pieces, all of whose words the acronym in brackets after it
    spells, is one name: "Center Point of" + "Indonesia" before "(CPI)" -> "Center Point of
    Indonesia", of the first piece's type."""
    joined = False
    for match in _ACRONYM_IN_BRACKETS.finditer(text):
        end = len(text[: match.start()].rstrip())
        begin = _initials_span(text, end, match.group(1).lower())
        if begin is None:
            continue
        inside = [m for m in found if begin <= int(m["start"]) and int(m["end"]) <= end]
        if len(inside) < 2 or any(
            int(m["start"]) < end and begin < int(m["end"]) and m not in inside for m in found
        ):
            continue
        covered = [(int(m["start"]), int(m["end"])) for m in inside]
        words = _WORD_BACK.finditer(text, begin, end)
        if any(
            w.group().lower() not in _ACRONYM_SKIPS
            and not any(a <= w.start() and w.end() <= b for a, b in covered)
            for w in words
        ):
            continue
        label = inside[0]["label"]
        found[:] = [m for m in found if m not in inside]
        found.append({"text": text[begin:end], "label": label, "start": begin, "end": end})
        joined = True
    if joined:
        found.sort(key=lambda m: int(m["start"]))


@lru_cache(maxsize=1)
def _plain_place_pattern() -> re.Pattern[str]:
    names = sorted(plain_place_names(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


# "AS" is the United States after words that take a country ("Menteri Luar Negeri AS",
# "warga AS", "dolar AS", "ke AS"); elsewhere it may be someone's initials ("berinisial AS")
_AS_COUNTRY = re.compile(
    r"\b(?i:" + "|".join(sorted(COUNTRY_TAKERS)) + r")[ \t]+(AS)\b(?![ \t]*\(\d)"
)
_NAME_LINKS = frozenset({"de", "del", "della", "du", "la", "le", "van", "von", "of", "the"})
_PLACE_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]+$")
_PLACE_WORD_AFTER = re.compile(r"[ \t]+([\w'’-]+)")


_NAMING_HEADS = ORG_HEADS | {"piala", "timnas", "kejuaraan", "grand", "tour", "seri", "gp"}


_SENTENCE_ENDS = frozenset('.!?\n"“')


def _common_opener(before: re.Match[str], text: str, common: frozenset[str]) -> bool:
    """Whether the word before a place opens its sentence and is a common word, which the
    article also writes in lower case ("Warga Palestina …", "Sementara Israel …"), and no
    head of a body or a competition ("Pemerintah Iran", "Liga Inggris", "Piala Eropa")."""
    start = before.start(1)
    previous = text[max(0, start - 2) : start].rstrip(" \t")[-1:]
    word = before.group(1)
    return (
        (not previous or previous in _SENTENCE_ENDS)
        and word[:1].isupper()
        and word[1:].islower()
        and word.lower() not in _NAMING_HEADS
        and word.lower() in common
    )


@lru_cache(maxsize=1)
def _longer_place_names() -> Mapping[str, tuple[str, ...]]:
    """The rest of each longer country, province or regency name, by its first words:
    "Papua" → (" Pegunungan", " Barat Daya", …), longest first."""
    rests: dict[str, list[str]] = {}
    for name in plain_place_names():
        words = name.split()
        for k in range(1, len(words)):
            rests.setdefault(" ".join(words[:k]), []).append(" " + " ".join(words[k:]))
    return {head: tuple(sorted(rest, key=len, reverse=True)) for head, rest in rests.items()}


def places_run_to_their_full_name(found: list[dict[str, Any]], text: str) -> None:
    """A place the tagger cut inside a longer name warta knows runs on to its end: "Provinsi
    Papua [Pegunungan]", "Papua Barat [Daya]" (the new provinces). A person's name the
    tagger opened with the rest gives it back: "Bawaslu Papua [Tengah] Markus Madai"."""
    for mention in found:
        if mention["label"] != "LOC":
            continue
        end = int(mention["end"])
        for rest in _longer_place_names().get(str(mention["text"]), ()):
            after = end + len(rest)
            if not text.startswith(rest, end) or re.match(r"[\w-]", text[after : after + 1]):
                continue
            inside = [m for m in found if end < int(m["start"]) < after]
            person = next((m for m in found if int(m["start"]) == end + 1), None)
            if inside and not (
                inside == [person]
                and person is not None
                and person["label"] == "PER"
                and int(person["end"]) > after + 1
            ):
                continue
            if person is not None and inside:
                person["start"] = after + 1
                person["text"] = text[after + 1 : int(person["end"])]
                role = str(person.get("role") or "")
                if role.endswith(str(mention["text"])):
                    # "Kiper Puerto [Riko] Cody Laurendi": the role read the place cut short
                    person["role"] = role + rest
            mention["end"] = after
            mention["text"] = text[int(mention["start"]) : after]
            break


def plain_places(found: list[dict[str, Any]], text: str) -> None:
    """A country, an Indonesian province or a main island the tagger left untagged ("warga
    Sudan", "Israel beberapa waktu lalu") is a place, when it stands alone: no capitalised
    word around it that could make it part of a longer name ("Liga Primer Inggris", "Pos
    Indonesia", "GP Prancis"), unless a title comes before it ("Presiden Israel Reuven
    Rivlin")."""
    added = False
    common = common_words(text)
    people_at = {int(m["start"]) for m in found if m["label"] == "PER"}
    spans = [(*m.span(), False) for m in _plain_place_pattern().finditer(text)]
    spans += [(*m.span(1), True) for m in _AS_COUNTRY.finditer(text)]
    for begin, end, sure in sorted(spans):
        if any(int(m["start"]) < end and begin < int(m["end"]) for m in found):
            continue
        if sure:
            found.append({"text": "AS", "label": "LOC", "start": begin, "end": end})
            added = True
            continue
        before = _PLACE_WORD_BEFORE.search(text, max(0, begin - 40), begin)
        titled = before is not None and (
            before.group(1).lower() in TITLE_WORDS or _common_opener(before, text, common)
        )
        after = _PLACE_WORD_AFTER.match(text, end)
        if (
            before is not None
            and not titled
            and before.group(1)[:1].isupper()
            and _office_field_before(text, begin)
            and (
                after is None
                or after.group(1).lower() in TITLE_WORDS
                or after.start(1) in people_at
            )
        ):
            # an office's field before the country, a person or title after it: "Menteri
            # Luar Negeri Arab Saudi Pangeran Faisal", "Menteri Pendidikan Israel Naftali
            # Bennett" (not "pemain untuk Indonesia Super League")
            titled = True
        if (
            before is not None
            and not titled
            and (
                before.group(1)[:1].isupper()
                # "Liga 1 Indonesia", "Tour de Flores", "Giro d'Italia"
                or before.group(1)[:1].isdigit()
                or before.group(1).lower() in _NAME_LINKS
            )
        ):
            continue
        if re.search(r"\b[dD]['’]$", text[max(0, begin - 2) : begin]):
            continue
        if after is not None and after.group(1)[:1].isupper() and not titled:
            continue
        found.append({"text": text[begin:end], "label": "LOC", "start": begin, "end": end})
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


_CAPITALISED_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+){1,4})$")


def _office_field_before(text: str, begin: int) -> bool:
    """Whether an office's title and its capitalised field stand right before `begin`:
    "Menteri Luar Negeri ", "Putra Mahkota ", "Kepala Rutan " (not "ibu kota Negara ")."""
    run = _CAPITALISED_BEFORE.search(text, max(0, begin - 60), begin)
    return run is not None and any(w.lower() in TITLE_WORDS for w in run.group(1).split())


# The last word of a body's name in English word order ("Indonesia Corruption Watch")
_ENGLISH_BODY_ENDS = frozenset(
    {"watch", "institute", "organization", "organisation", "foundation", "council", "center",
     "centre", "association", "agency", "forum", "federation", "union", "network", "society",
     "committee", "commission", "alliance", "coalition", "group", "corporation", "company",
     "university", "college", "school", "fund", "party", "league", "club"}
)  # fmt: skip


def _names_a_body(name: str, label: str) -> bool:
    """Whether a spelled-out acronym names a body by its head ("Badan …", "Front …", "…
    Watch") or a place by its own ("Daerah Istimewa Yogyakarta", "Bumi Serpong Damai" is
    left to the tagger): programmes, terms and offices ("Bantuan Likuiditas Bank Indonesia",
    "Dana Pihak Ketiga", "Kepala Staf Angkatan Darat") are not."""
    words = name.split()
    if words[0].lower() in TITLE_WORDS:
        return False
    if label == "LOC":
        return words[0].lower() in LOC_HEADS
    return _HEAD.match(name) is not None or words[0] in _SPELLED_BODY_HEADS or _english_body(words)


# Heads that open a body's name spelled out before its acronym, though alone they may open
# other names ("Bursa Efek Indonesia (BEI)", "Otoritas Jasa Keuangan (OJK)", "Balai Besar
# Wilayah Sungai (BBWS)", "Palang Merah Indonesia (PMI)")
_SPELLED_BODY_HEADS = frozenset(
    {"Bursa", "Otoritas", "Otorita", "Bank", "Balai", "Satuan", "Markas",
     "Palang", "Koperasi", "Gugus", "Perum", "Persero", "Induk", "Unit"}
)  # fmt: skip


# A short form made of the words' first syllables, in brackets: "(Amvesindo)", "(Bappenas)"
_SYLLABIC_IN_BRACKETS = re.compile(r"[ \t]*\(([A-Z][a-z]+(?:[A-Z][a-z]*)*)\)")


def _prefixes_span(text: str, end: int, letters: str) -> int | None:
    """Start of the fewest capitalised words ending at `end` (at least two) whose openings,
    one or more letters of each, spell `letters` ("Asosiasi Modal Ventura untuk Startup
    Indonesia" of "amvesindo"), or None."""
    words = list(_WORD_BACK.finditer(text, max(0, end - 160), end))[-8:]
    for index in range(len(words) - 2, -1, -1):
        run = [w.group() for w in words[index:]]
        if _name_broken(text[words[index].start() : end]):
            return None
        picked = [w for w in run if w.lower() not in _ACRONYM_SKIPS]
        if run[0].lower() in _ACRONYM_SKIPS or not all(w[:1].isupper() for w in picked):
            continue
        if len(picked) >= 2 and spelled_by_prefixes([w.lower() for w in picked], letters):
            return words[index].start()
    return None


# A comma inside a spelled-out name lists its fields ("Badan Meteorologi, Klimatologi, dan
# Geofisika"); any other ends the name
_ODD_COMMA = re.compile(r",(?![ \t]+(?:[A-Z]|dan\b|serta\b))")


def _name_broken(span: str) -> bool:
    """Whether a spelled-out name cannot run over `span`: a line break, a bracket, a quote or
    a stop, or a comma that lists no field."""
    return (
        "\n" in span or any(ch in span for ch in ';:()"“”') or _ODD_COMMA.search(span) is not None
    )


def _initials_span(text: str, end: int, letters: str) -> int | None:
    """Start of the capitalised words ending at `end` whose initials are `letters` (skipped
    words aside), or None."""
    words = list(_WORD_BACK.finditer(text, max(0, end - 160), end))
    want = len(letters)
    for index in range(len(words) - 1, -1, -1):
        picked = [w.group() for w in words[index:] if w.group().lower() not in _ACRONYM_SKIPS]
        if len(picked) > want:
            return None
        if len(picked) == want:
            if words[index].group().lower() in _ACRONYM_SKIPS:
                continue
            if _name_broken(text[words[index].start() : end]):
                return None
            if (
                all(w[:1].isupper() for w in picked)
                and "".join(w[0] for w in picked).lower() == letters
            ):
                return words[index].start()
            return None
    return None


# Famous venues of several words news names bare, which the tagger cuts or takes for a person
# ("di White Hart Lane" read as "Hart Lane", a person)
_VENUES = (
    "White Hart Lane", "Old Trafford", "Stamford Bridge", "Goodison Park", "Villa Park",
    "Selhurst Park", "St James Park", "St James' Park", "St. James Park", "Turf Moor",
    "Emirates Stadium", "Etihad Stadium", "King Power Stadium", "London Stadium",
    "Tottenham Hotspur Stadium", "Camp Nou", "Santiago Bernabeu", "Wanda Metropolitano",
    "Estadio Metropolitano", "San Siro", "Giuseppe Meazza", "Allianz Arena", "Allianz Stadium",
    "Juventus Stadium", "Signal Iduna Park", "Parc des Princes", "Stadio Olimpico",
    "Estadio da Luz", "Johan Cruijff Arena", "Gelora Bung Karno", "Jakarta International Stadium",
    "Si Jalak Harupat", "Gelora Bandung Lautan Api", "Gelora Sriwijaya", "Jakabaring",
    "Phillip Island", "Twin Ring Motegi", "Marina Bay", "Yas Marina", "Red Bull Ring",
    "Circuit of the Americas", "Madison Square Garden", "Staples Center", "Istora Senayan",
)  # fmt: skip
_VENUE_NAME = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(re.escape(v) for v in sorted(_VENUES, key=len, reverse=True))
    + r")(?![\w'’-])"
)


def known_venues(found: list[dict[str, Any]], text: str) -> None:
    """A famous venue named bare is one place, whatever pieces the tagger made of it; a
    longer name around it ("Stadion Old Trafford") stays, typed as a place."""
    added = False
    for match in _VENUE_NAME.finditer(text):
        begin, end = match.span()
        inside = _overlapping(found, begin, end)
        if any(int(m["start"]) < begin or int(m["end"]) > end for m in inside):
            for m in inside:
                if int(m["start"]) <= begin and int(m["end"]) >= end and m["label"] == "PER":
                    m["label"] = "LOC"
                    m.pop("role", None)
            continue
        found[:] = [m for m in found if not any(m is i for i in inside)]
        found.append({"text": text[begin:end], "label": "LOC", "start": begin, "end": end})
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


# The last word of a firm's, a foundation's or a team's name in English ("Kaspersky Lab",
# "YG Entertainment", "Setara Institute", "East Ventures")
_FIRM_LAST_WORDS = frozenset(
    {"Lab", "Labs", "Ventures", "Entertainment", "Institute", "Foundation", "Technologies",
     "Inc", "Corp", "Corporation", "Ltd", "Holdings",
     # a racing team's ("Ducati Lenovo Team", "Gresini Racing")
     "Team", "Racing"}
)  # fmt: skip
_FIRM_BY_LAST_WORD = re.compile(
    r"(?<![\w.@/-])((?:[A-Z][\w&'’.-]*[ \t]+){1,3})(" + "|".join(sorted(_FIRM_LAST_WORDS)) + r")\b"
)
# (or an English name goes on: "National Institute of Health")
_CAPITALISED_NEXT = re.compile(r"[ \t]+(?:(?:of|for|on|and|&)[ \t]+)?[A-Z0-9]")


def firms_by_their_last_word(found: list[dict[str, Any]], text: str) -> None:
    """A run of capitalised words closed by a firm's or foundation's English last word,
    where the tagger found nothing, is that body: "penelitian Kaspersky Lab", "agensi YG
    Entertainment" (not where the name goes on: "Entertainment Weekly", "National Institute
    of Health").
    Words the article writes small open a sentence, not the name ("Menurut Setara
    Institute")."""
    common = common_words(text)
    added = False
    for match in _FIRM_BY_LAST_WORD.finditer(text):
        if _CAPITALISED_NEXT.match(text, match.end()):
            continue
        words = [w for w in re.finditer(r"\S+", match.group(1))]
        while words and (
            (low := words[0].group().lower()) in common
            or low in TITLE_WORDS
            or _VERB.match(words[0].group())
        ):
            words = words[1:]
        if not words:
            continue
        begin = match.start(1) + words[0].start()
        if _overlapping(found, begin, match.end()):
            continue
        _add(found, text, begin, match.end())
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


# A body's head noun the tagger left out, right before the name it found ("Dewan [Masjid
# Indonesia]", "Yayasan [Nurul Iman]"), not inside a run of capitals before it
_BODY_HEAD_BEFORE = re.compile(
    r"(?<![\w-])(Dewan|Majelis|Yayasan|Himpunan|Perhimpunan|Ikatan"
    r"|Asosiasi|Perkumpulan|Balai)[ \t]+$"
)


def bodies_take_their_head(found: list[dict[str, Any]], text: str) -> None:
    """A name right after a body's head noun, written capitalised, that the tagger left out
    is the body: "Muktamar Dewan Masjid Indonesia" (not the place "Masjid Indonesia"),
    "SPP Yayasan Nurul Iman" (not a person)."""
    ends = {int(m["end"]) for m in found}
    for mention in found:
        start = int(mention["start"])
        head = _BODY_HEAD_BEFORE.search(text, max(0, start - 16), start)
        if (
            head is None
            or head.end(1) in ends
            or mention.get("role")
            # (a word of a name before the head: "Antar Lembaga", "Komisi Dewan …")
            or re.search(
                r"(?<![\w-])[A-Z][a-z]+[ \t]+$", text[max(0, head.start(1) - 30) : head.start(1)]
            )
        ):
            continue
        mention["start"] = head.start(1)
        mention["text"] = text[head.start(1) : int(mention["end"])]
        mention["label"] = "ORG"
