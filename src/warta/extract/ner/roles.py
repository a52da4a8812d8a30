"""Roles and titles next to person names: "Presiden Prancis Emmanuel Macron", "Jen Psaki,
sekretaris pers AS". Titles are not names; they become the mention's `role`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from warta.extract.canonical import is_indonesian_place_name, known_type
from warta.extract.date_patterns import FULL_MONTHS
from warta.extract.ner.features import is_lower_case
from warta.extract.ner.lexicon import (
    ADDRESS_WORDS,
    COMMON_CALLINGS,
    CORPS,
    ENGLISH_PRE_TITLES,
    ENGLISH_TITLE_FIELDS,
    KNOWN_LOCS,
    MINISTRY_FIELDS,
    NAME_TITLES,
    NUMBERED_UNITS,
    OFFICE_CLAUSE_OPENERS,
    ORG_HEADS,
    ORG_LAST_WORDS,
    ROLE_MODIFIERS,
    TITLE_WORDS,
)
from warta.extract.ner.tagger import TokenSpan

__all__ = [
    "FIELD_NOUN",
    "GIVEN_NAME_MODIFIERS",
    "MALAY_HONORIFICS",
    "OF_SOMEONE",
    "ORDINAL",
    "SHORT_FORM",
    "SUBORDINATORS",
    "UNIT_HEADS",
    "brand_word",
    "find_role",
    "own_role",
    "relatives_joined",
    "split_titles",
]

_ROLE_OR_MODIFIER = TITLE_WORDS | ROLE_MODIFIERS
# Words that qualify a role ("Jaksa Agung", "Bintara Pratama") and are also given names
GIVEN_NAME_MODIFIERS = frozenset({"agung", "pratama"})
# in a role run, also the team ("Kapten tim Jay Idzes", "Manajer Tim Persib"); not in
# split_titles, where "Tim" opens a name ("Tim Cook")
_ROLE_RUN = _ROLE_OR_MODIFIER | COMMON_CALLINGS | {"tim"}
# Words that open a role next to a name: titles and callings ("tersangka", "korban")
ROLE_OPENING = TITLE_WORDS | COMMON_CALLINGS
# Words that may join a role to a place or body ("timpalannya dari AS", "Menteri Luar
# Negeri AS", "juru bicara untuk Kremlin").
_LINKS = frozenset({"dari", "di", "untuk", "asal", "pada", "of", "the"})
_KIN = frozenset(
    {"putra", "putri", "anak", "cucu", "istri", "suami", "adik", "kakak", "keturunan", "generasi"}
)
# An office's number written after it, in words or figures: "Presiden ke-7", "Presiden RI
# Pertama", "Presiden terakhir Uni Soviet"
ORDINAL = re.compile(
    r"ke-?\d+|ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)"
    r"|pertama|terakhir|\d+(?:st|nd|rd|th)"
)
# Lower-case words that can open a name ("bin Laden", "van Gaal", "al-Assad").
_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "di", "da", "al", "el", "la", "le"})
# Country spellings Indonesian news uses that the gazetteer (CLDR names) lacks; only for
# splitting a place off a person ("Perdana Menteri Hongaria Viktor Orban"), so the model's
# features, and its training, stay as they are.
_MORE_PLACES = frozenset(
    {"hongaria", "libanon", "slowakia", "skotlandia", "palestina", "kongo", "chili"}
)
_ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")
# Words that name whom a role describes, right after it ("…, yakni Taylor Hawkins")
_NAMING_WORDS = frozenset({"yakni", "yaitu"})
# Years of an office's term and what joins them ("periode 2012-2014", "periode 2009 - 2014")
_YEARS = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)\d\d)?|[-–/]|s\.?d\.?|sampai|hingga")
# "saat itu", "ketika itu" between an office and its holder then
_AT_THE_TIME = frozenset({"saat", "ketika", "kala", "waktu"})
# Police and military ranks: inside a tagged span the name begins after one
_RANKS = frozenset(
    {"kompol", "akbp", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigadir", "briptu",
     "bripda", "kombes", "kombespol", "brigjen", "brigjenpol", "irjen", "irjenpol", "komjen",
     "komjenpol", "letda", "lettu", "kapten", "mayor", "letkol", "kolonel", "mayjen",
     "letjen", "marsekal", "marsda", "marsdya", "marsma", "laksda", "laksma", "laksdya",
     "serda", "sertu", "serka", "serma", "pelda", "peltu", "pratu", "prada", "praka", "kopda",
     "koptu", "kopka", "bharada", "bharatu", "bharaka"}
)  # fmt: skip
# Ranks, written short or out, that a corps follows ("Letkol Inf", "Letnan Kolonel Czi")
_RANK_WORDS = _RANKS | {"jenderal", "laksamana", "madya", "muda", "pertama"}
# Ranks written out in several words ("Komisaris Besar Polisi", "Ajun Komisaris Polisi",
# "Letnan Kolonel", "Brigadir Jenderal", "Inspektur Polisi Dua")
_LONG_RANK_WORDS = frozenset(
    {"komisaris", "besar", "ajun", "inspektur", "letnan", "sersan", "kopral", "jenderal",
     "jendral", "brigadir", "kolonel", "mayor", "kepala", "satu", "dua", "madya", "muda",
     "pertama", "utama"}
)  # fmt: skip


def _inside_a_long_rank(tokens: Sequence[str], k: int) -> bool:
    """Whether tokens[k] is a word of a rank written out in several words, capitalised, in a
    run that holds a rank's opening word ("Komisaris Besar", "Letnan Kolonel")."""
    # (the force may stand inside the rank: "Inspektur Polisi Satu")
    words = _LONG_RANK_WORDS | {"polisi", "pol"}
    if not tokens[k][:1].isupper() or tokens[k].lower() not in words:
        return False
    lo = k
    while lo > 0 and tokens[lo - 1].lower() in words and tokens[lo - 1][:1].isupper():
        lo -= 1
    hi = k
    while hi + 1 < len(tokens) and tokens[hi + 1].lower() in words and tokens[hi + 1][:1].isupper():
        hi += 1
    run = [t.lower() for t in tokens[lo : hi + 1]]
    return (
        len(run) >= 2
        and run[0]
        in {"komisaris", "ajun", "inspektur", "letnan", "sersan", "kopral", "brigadir", "mayor"}
        and (run[1] in _LONG_RANK_WORDS | {"polisi"})
    )


# Police offices whose holder's rank "Komisaris" may follow them ("Kapolsek Taman Sari
# Komisaris Erick Frendriz"), where the word is no commissioner's office
_POLICE_OFFICES = frozenset(
    {"kapolsek", "wakapolsek", "kapolres", "wakapolres", "kapolresta", "kapolrestabes",
     "kapolrestro", "kasat", "kasatreskrim", "kasatlantas", "kasatreskoba", "kasatnarkoba",
     "kanit", "kanitreskrim", "kabag", "kasubag", "kasubbag", "kasubdit", "kabid", "kapolsubsektor"}
)  # fmt: skip


def _rank_word(tokens: Sequence[str], k: int) -> bool:
    low = tokens[k].lower().rstrip(".")
    if (
        low == "komisaris"
        and (
            k + 1 >= len(tokens)
            or (
                tokens[k + 1][:1].isupper()
                and tokens[k + 1].lower() not in {"besar", "polisi", "pol", "jenderal"}
            )
        )
        and (k == 0 or tokens[k - 1].lower() != "ajun")
        and any(tokens[j].lower() in _POLICE_OFFICES for j in range(max(0, k - 6), k))
    ):
        return True
    if low in {"madya", "muda", "pertama"}:
        # a grade of a rank only after one ("Laksamana Muda"; not "Pemain muda")
        return k > 0 and tokens[k - 1].lower().rstrip(".") in _RANK_WORDS
    return low in _RANK_WORDS or _inside_a_long_rank(tokens, k)


def _without_trailing_rank(tokens: Sequence[str], found: tuple[int, int]) -> tuple[int, int]:
    """A role without the rank between the office and the name: "Kapolda Lampung [Irjen Pol]
    Suntana", "Kepala Pusat Penerangan TNI [Mayjen] Wuryanto", "Panglima TNI [Jenderal TNI]
    Gatot Nurmantyo" hold the offices "Kapolda Lampung", "Kepala Pusat Penerangan TNI" and
    "Panglima TNI". A role of ranks only stays as it is."""
    start, end = found
    k = end
    suffix = k
    while suffix - 1 > start and (
        tokens[suffix - 1].lower().strip(".()") in _RANK_SUFFIXES
        # (its brackets, tokens of their own: "Marsekal Madya ( Purn )")
        or tokens[suffix - 1] in {"(", ")"}
    ):
        suffix -= 1
    if suffix < k and suffix - 1 >= start and _rank_word(tokens, suffix - 1):
        # the rank's force after it: "Irjen Pol", "Jenderal TNI", "Mayjen (Purn)", "Kolonel
        # Laut (P)"
        k = suffix
    ranked = k
    while k > start and _rank_word(tokens, k - 1):
        if (
            tokens[k - 1].lower() in {"jenderal", "jendral"}
            and k - 2 >= start
            and tokens[k - 2].lower() in _GENERAL_OFFICES
        ):
            break  # "Sekretaris Jenderal", "Direktur Jenderal": one office, no rank
        k -= 1
    if k in (ranked, start):
        return found
    if not any(tokens[j].lower() in TITLE_WORDS | COMMON_CALLINGS for j in range(start, k)):
        return found
    return start, k


def role_without_praise(role: str) -> str:
    """ "artis cantik" → "artis": the praise after a calling is no part of it."""
    words = role.split(" ")
    while len(words) > 1 and words[-1].lower() in _PRAISE:
        words.pop()
    if len(words) > 2 and words[0].lower() in {"mega", "super"} and words[1].lower() == "bintang":
        # "Mega bintang Real Madrid" → "Bintang Real Madrid" (written as it opened)
        words = [words[1].capitalize() if words[0][:1].isupper() else words[1], *words[2:]]
    return " ".join(words)


# Forms of address a record or a letter puts before a name ("pemain PSM Makassar Sdr. Marc
# Anthony Klok", "Tuan Trump"): no part of an office
_ADDRESS_CLOSING = re.compile(r"(?:^|[ \t]+)(?:Sdr|Sdri|Saudara|Saudari|Tuan|Nyonya)\.?$")


def role_without_address(role: str) -> str:
    """`role` without the capitalised form of address that closes it ("" when it is all)."""
    return _ADDRESS_CLOSING.sub("", role)


def role_without_trailing_rank(role: str) -> str:
    """`role` without the rank that closes it, as `_without_trailing_rank` reads tokens."""
    spans = [m.span() for m in re.finditer(r"\S+", role)]
    if not spans:
        return role
    _, end = _without_trailing_rank([role[a:b] for a, b in spans], (0, len(spans)))
    return role[: spans[end - 1][1]] if end < len(spans) else role


# Offices that "Jenderal" completes ("Sekretaris Jenderal PBB", "Konsul Jenderal RI"), where
# it is no rank ("Inspektur Jenderal" is also the police rank Irjen)
_GENERAL_OFFICES = frozenset({"sekretaris", "direktur", "konsul", "gubernur"})
# The force written after a rank: "Irjen Pol", "Jenderal TNI", "Laksamana TNI"
_RANK_SUFFIXES = frozenset(
    {"pol", "polisi", "tni", "purn", "purnawirawan",
     # the army's corps, the navy's and air force's branches: "Kolonel Inf", "Letkol Czi",
     # "Kolonel Laut", "Marsma TNI (Pnb)"
     "inf", "kav", "arm", "art", "arh", "czi", "cpn", "cba", "chb", "ckm", "cku", "caj",
     "cpm", "chk", "mar", "pnb", "nav", "tek", "lek", "adm", "kal", "pas", "sus", "laut"}
)  # fmt: skip


# Heads of units named for a place ("Kapolsek Koja", "Dandim Sleman")
UNIT_HEADS = frozenset(
    {"kapolsek", "kapolsekta", "kapolres", "kapolresta", "kapolrestabes", "kapolrestro", "kapolda",
     "dandim",
     "danramil", "danrem", "pangdam", "danlanal", "danlanud", "kajari", "kajati", "kapolairud"}
)  # fmt: skip
# Malay honorifics of two words whose first word alone is no title ("Tan" is a surname)
_HONORIFIC_PAIRS = frozenset({("tan", "sri"), ("toh", "puan"), ("dato'", "sri"), ("dato", "sri")})
# Honorifics inside a tagged span: the name begins after the last of them
_INNER_HONORIFICS = frozenset({"dr", "prof", "ir", "drs", "dra", "drg", "kh"})
# A short form in capitals ("RT", "TPNPB-OPM", "DPD"), inside a role
SHORT_FORM = re.compile(r"[A-Z][A-Z0-9]+(?:-[A-Z][A-Z0-9]+)*")
# a short form in brackets, in capitals or not ("(BPBD)", "(Jampidsus)", "(Pj)")
_BRACKETED = re.compile(r"[A-Z][A-Za-z0-9]+(?:-[A-Z][A-Za-z0-9]+)*")
# Ministries by their short names: "Kemenperin", "Kemenkeu", "Kemendikbud"
_MINISTRY = re.compile(r"kemen[a-z]{2,12}")


def _coordinating_ministry(tokens: Sequence[str], i: int) -> bool:
    """Whether "Koordinator" at `i` names a coordinating ministry ("Kementerian Koordinator
    Bidang Perekonomian"), not a coordinator."""
    return (
        tokens[i].lower() == "koordinator"
        and i > 0
        and tokens[i - 1].lower() in {"kementerian", "menteri", "kemenko", "menko"}
    )


def _role_before(tokens: Sequence[str], start: int) -> bool:
    """Whether a role word stands shortly before `start`, no punctuation between but the
    office's short form in brackets ("Menteri Pemuda dan Olahraga (Menpora) Imam Nahrawi")."""
    if (
        start >= 4
        and tokens[start - 1] == ")"
        and tokens[start - 3] == "("
        and _BRACKETED.fullmatch(tokens[start - 2])
    ):
        start -= 3
    for i in range(start - 1, max(-1, start - 5), -1):
        if tokens[i] in _STOP:
            return False
        if tokens[i].lower() in TITLE_WORDS:
            return True
    return False


# A lower-case word naming a role's field ("herpetologi", "gizi klinik"), not a verb
# ("mengatakan", "ditemui", "berharap"), a clause ("yang") or a connective
_FIELD_WORD = re.compile(
    r"(?!(?:me|di|ber|ter|per|ke|se)[a-z])(?!(?:yang|itu|ini|dan|atau|juga|saat|ketika|kepada"
    r"|pada|sudah|akan|telah|tidak|bahwa|saja|pun|lagi|kini|asal|saya|kami|kita|dia|mereka"
    r"|anda|kamu|beliau|bakal|masih|belum|hanya|bisa|dapat|harus|mau|ingin|pernah|sedang"
    r"|tengah|mulai|baru|sempat|segera|langsung|belajar|bekerja|usai|setelah|sesudah|selepas"
    r"|sehabis|sebelum|jelang|selama|sewaktu|tatkala|dalam|lantas|lalu|kemudian|pula|tentu"
    r"|memang|justru|malah|bahkan|tetap|terus|kembali)\b)(?![a-z]+nya\b)[a-z]{3,}"
)
# Family, written small: "istri Budi" is Budi's wife
_FAMILY = frozenset(
    {"istri", "suami", "anak", "putra", "putri", "ayah", "ibu", "ayahanda", "ibunda", "kakak",
     "adik", "cucu", "paman", "bibi", "keponakan", "sepupu", "mertua", "menantu"}
)  # fmt: skip
# Nouns for someone of a person: "kuasa hukum Setya Novanto", "putra Presiden Joko Widodo"
OF_SOMEONE = _FAMILY | frozenset(
    {"kekasih", "pacar", "tunangan", "sahabat", "teman", "rekan", "kuasa", "pengacara",
     "ajudan", "bicara", "jubir", "penasihat"}
)  # fmt: skip
# Roles after a name are set off by a comma; the phrase stops at these.
_STOP = frozenset({",", ".", ";", ":", "(", ")", '"', "“", "”", "—", "–"})


def own_role(role: str) -> str:
    """The part of a role written before a name that is the person's own: after a relation or
    "untuk" that a title or calling follows, from that word ("putra Presiden" → "Presiden",
    "saksi untuk terdakwa" → "terdakwa"); the whole role otherwise ("Duta Besar RI untuk
    Jepang", "Juru Bicara KPK", "kuasa hukum")."""
    words = role.split()
    for k in range(len(words) - 1, -1, -1):
        # (not "Pemain Mojokerto Putra": a capitalised word inside the role is a name's)
        relation = words[k].lower() in OF_SOMEONE and (k == 0 or words[k].islower())
        if relation or words[k] == "untuk":
            after = k + 1
            while after < len(words) and words[after].lower() in {"dari", "hukum"}:
                after += 1
            if after < len(words) and words[after].lower() in ROLE_OPENING:
                return " ".join(words[after:])
            if after == len(words) and (
                words[k] == "untuk"
                # (not "Putri Diana", "Putra Mahkota": capitalised, a royal title)
                or words[k].lower() in _FAMILY
            ):
                return ""  # "saksi untuk Andi", "kata istri Budi": someone else's role
            return role
    return role


_VERB = re.compile(r"(?:me[mnr]?|meng|meny|di)[a-z]{3,}(?:kan|i)?")
_BEING = frozenset(
    {"menjadi", "menjabat", "merupakan", "memiliki", "mempunyai", "menduduki", "ditunjuk",
     "diangkat", "dilantik", "dipilih", "menjelang", "mengurus", "memimpin"}
)  # fmt: skip


# Words opening a clause that comes before the sentence's subject ("Sejak menjadi gubernur
# Banten, Atut …", "Meski … mengurus ibu kota, Djarot mengatakan …")
SUBORDINATORS = frozenset(
    {"sejak", "sebelum", "selain", "usai", "seusai", "ketika", "saat", "setelah", "sesudah",
     "meski", "meskipun", "walaupun", "walau", "karena", "sebagai", "untuk", "jika", "bila",
     "apabila", "kalau", "agar", "supaya", "sambil", "sembari", "begitu", "namun", "tetapi",
     "maka", "demi", "guna", "hingga", "sehingga", "dalam", "tanpa", "selama", "tatkala",
     "sewaktu"}
)  # fmt: skip


def _subordinate(tokens: Sequence[str], verb: int) -> bool:
    """Whether the verb at `verb` stands in a clause a subordinating word opens."""
    for i in range(verb - 1, -1, -1):
        if tokens[i] in {".", "!", "?", ",", ";", ":", '"', "“", "”"} or tokens[i] == "yang":
            return False  # (a relative clause: "majelis yang dipimpin hakim agung, Irfan")
        if tokens[i].lower() in SUBORDINATORS:
            return True
    return False


# Malaysia's honorifics between an office and the name: "Tan Sri", "Datuk Seri", "Tengku
# Datuk Seri", "Tun", "Puan Sri" (not "Sri" alone, an Indonesian given name, nor "Tan")
MALAY_HONORIFICS = frozenset(
    {"tan", "sri", "seri", "datuk", "dato", "dato'", "datin", "tun", "tengku", "tunku", "puan",
     "toh"}
)  # fmt: skip
_MALAY_HONORIFIC_HEADS = frozenset({"datuk", "dato", "dato'", "datin", "tun", "tengku", "tunku"})
# Forms of address between the comma and the name ("…, Datuk Seri …", "…, dr. …")
_SET_OFF_ADDRESS = (
    ADDRESS_WORDS
    | MALAY_HONORIFICS
    | frozenset(
        {"haji", "ustadz", "ustaz", "ustad", "kiai", "kyai", "habib", "syekh", "buya", "gus"}
    )
)


def _before_malay_honorific(tokens: Sequence[str], i: int) -> int:
    """The index before the Malaysian honorific that ends at `i`, or `i` when there is none."""
    k = i
    if k >= 1 and tokens[k] in {"'", "’"} and tokens[k - 1].lower() == "dato":
        k -= 1  # "Dato' Low Beng Choo": the apostrophe is the title's
    while k >= 0 and tokens[k].lower() in MALAY_HONORIFICS:
        k -= 1
    words = [t.lower() for t in tokens[k + 1 : i + 1]]
    if not words or not (
        set(words) & _MALAY_HONORIFIC_HEADS
        or any(a in {"tan", "puan"} and b == "sri" for a, b in pairwise(words))
    ):
        return i
    return k


def _in_bidang_fields(tokens: Sequence[str], i: int, end: int) -> bool:
    """Whether `tokens[i]` is among the fields listed after "Bidang" ("Bidang Protokol, Pers
    dan Media"): a capitalised word, a comma or "dan", with only such tokens back to
    "Bidang" (eight at most), and a capitalised word right after it; the name begins at
    `end`."""
    word = tokens[i]
    if not (word[:1].isupper() or word in {",", "dan", "serta", "&"}):
        return False
    for j in range(i - 1, max(-1, i - 9), -1):
        low = tokens[j].lower()
        if low == "bidang":
            if not tokens[j + 1][:1].isupper():
                return False
            run = j + 1
            while run < end and (
                tokens[run][:1].isupper() or tokens[run].lower() in {",", "dan", "serta", "&"}
            ):
                run += 1
            if run == end and tokens[run - 1] == ",":
                run -= 1  # (the comma that sets the name off: "…, Puan Maharani")
            words = [t.lower() for t in tokens[j + 1 : run]]
            # (a comma lists fields only up to "dan": not "Bidang Humas Polda Jawa Barat,
            # Komisaris Besar Polisi Yusri", the rank set off)
            return "," not in words or bool({"dan", "serta", "&"} & set(words[words.index(",") :]))
        if not (tokens[j][:1].isupper() or low in {",", "dan", "serta", "&"}):
            return False
    return False


def _field_word(word: str) -> bool:
    """A capitalised word of an office's field: "Politik", "Pembangunan", "Pelaburan"."""
    low = word.lower()
    return word[:1].isupper() and (
        low in ROLE_MODIFIERS or low in MINISTRY_FIELDS or bool(FIELD_NOUN.fullmatch(low))
    )


def _listed_field(
    tokens: Sequence[str], comma: int, in_entity: Mapping[int, str], end: int
) -> bool:
    """Whether the comma at `comma` joins the fields of one office ("Bidang Politik, Hukum, dan
    Keamanan"): a field word on each side, in no mention, and no new title after it."""
    after = comma + 1
    if after < end and tokens[after].lower() == "dan":
        after += 1
    return (
        comma >= 1
        and after < end
        and in_entity.get(comma - 1) is None
        and _field_word(tokens[comma - 1])
        and _field_word(tokens[after])
        # (a title after it opens another office: "Menteri BUMN, Menteri Keuangan …")
        and (tokens[after].lower() not in ROLE_OPENING or tokens[after].lower() in ROLE_MODIFIERS)
    )


_SPELLING_SKIPS = frozenset({"dan", "and", "of", "&", "serta", "untuk", "for"})


def _spelled_out(tokens: Sequence[str], bracket: int, short: str) -> int | None:
    """Index of the first of the capitalised words right before `tokens[bracket]` ("(")
    whose initials spell `short` ("Penyelenggaraan Haji dan Umrah" before "(PHU)"), or None."""
    if not SHORT_FORM.fullmatch(short) or not short.isalpha() or len(short) < 2:
        return None
    letters, i = short.lower(), bracket - 1
    while letters and i >= 0:
        word = tokens[i]
        if word.lower() in _SPELLING_SKIPS:
            i -= 1
            continue
        if not word[:1].isupper() or word[0].lower() != letters[-1]:
            return None
        letters, i = letters[:-1], i - 1
    return i + 1 if not letters and tokens[i + 1].lower() not in _SPELLING_SKIPS else None


# English titles a body or country comes before ("Bank Indonesia Governor", "Indonesian
# Finance Minister" is a field, "Apple Chief Executive" a grade)
_ENGLISH_TITLES_AFTER_BODY = frozenset(
    {"governor", "minister", "president", "director", "chairman", "chairwoman", "chairperson",
     "spokesman", "spokeswoman", "spokesperson", "secretary", "ambassador", "commissioner",
     "mayor", "chief", "ceo", "cfo", "coo", "cto", "head", "executive", "envoy", "premier",
     "chancellor", "general", "commander", "coach", "manager", "analyst", "economist"}
)  # fmt: skip


# English titles a grade comes before ("Vice President", "Senior Officer")
_ENGLISH_GRADED = frozenset({"officer", "secretary", "partner", "vp", "svp", "evp"})


def _plain_office_set_off(tokens: Sequence[str], start: int, in_entity: Mapping[int, str]) -> bool:
    """Whether the words from `start` to the next comma or full stop are one office and no
    more: no person named in them (the next item of a list: "…, General Manager MOR VI PT
    Pertamina (Persero) Yanuar Budi Hartanto, …") and no link the office would run on over
    ("Vice President of Strategy …", "Managing Director dan Co - Founder …")."""
    for k in range(start, len(tokens)):
        if tokens[k] in {",", ".", ";", "!", "?"}:
            return True
        if in_entity.get(k) == "PER" or tokens[k].lower() in {"of", "-", "dan", "&", "and"}:
            return False
    return True


def _english_opening(
    tokens: Sequence[str], role_start: int, in_entity: Mapping[int, str] | None = None
) -> int:
    """Where a role opening on an English title starts: over the capitalised grades and fields
    written before it ("Managing Director", "Product Marketing Senior Manager"), and the body
    or country named right before ("Bank Indonesia Governor Perry Warjiyo")."""
    if (
        in_entity
        and role_start > 0
        and tokens[role_start].lower() in _ENGLISH_TITLES_AFTER_BODY
        and tokens[role_start][:1].isupper()
        and in_entity.get(role_start - 1) in ("ORG", "LOC")
    ):
        kind = in_entity[role_start - 1]
        while role_start > 0 and in_entity.get(role_start - 1) == kind:
            role_start -= 1
        return role_start
    while (
        role_start > 0
        and tokens[role_start - 1].lower() in ENGLISH_PRE_TITLES | ENGLISH_TITLE_FIELDS
        and tokens[role_start - 1][:1].isupper()
    ):
        role_start -= 1
    if (
        role_start > 0
        and tokens[role_start].lower() in ENGLISH_TITLE_FIELDS
        and SHORT_FORM.fullmatch(tokens[role_start - 1])
    ):
        role_start -= 1  # the unit's short form before its field: "MX Product Marketing …"
    return role_start


def _acting_spelt_out(tokens: Sequence[str], i: int) -> bool:
    """Whether `tokens[i]` closes an acting office spelt out with its short form in brackets:
    "Pelaksana tugas (Plt)", "Pelaksana Harian (Plh)"."""
    return (
        tokens[i] == ")"
        and i >= 4
        and tokens[i - 2] == "("
        and tokens[i - 1].lower().rstrip(".") in _ACTING
        and tokens[i - 3].lower() in {"tugas", "harian"}
        and tokens[i - 4].lower() == "pelaksana"
    )


def _short_form_of_two_words(tokens: Sequence[str], i: int) -> bool:
    """Whether `tokens[i]` closes a short form of two words in brackets: "(PB IPSI)", "(Karo
    Penmas)", "(Ketum PSSI)"."""
    return (
        tokens[i] == ")"
        and i >= 4
        and tokens[i - 3] == "("
        and _BRACKETED.fullmatch(tokens[i - 2]) is not None
        and _BRACKETED.fullmatch(tokens[i - 1]) is not None
    )


def _role_before_comma(
    tokens: Sequence[str], start: int, in_entity: Mapping[int, str], end_of_name: int
) -> tuple[int, int] | None:
    """ "kata pelatih Timnas Indonesia, Patrick Kluivert, …": a role set off before the name by
    a comma, opening with a role word after a cue or a sentence start; not the last of a list
    ("Joko Widodo, Ketua KPK, Budi …": a person before the role)."""
    while start > 2 and tokens[start - 1].lower().rstrip(".") in _SET_OFF_ADDRESS:
        start -= 1  # "Ketua Polis Johor, Datuk M Kumar": a form of address after the comma
    if start < 2 or tokens[start - 1] != ",":
        return None
    end = start - 1
    i, role_start = end - 1, None
    while i >= 0:
        word = tokens[i].lower()
        kind = in_entity.get(i)
        if kind == "PER":
            return None
        if word == ")" and i >= 3 and tokens[i - 2] == "(" and _BRACKETED.fullmatch(tokens[i - 1]):
            i -= 3  # a short form in brackets: "Kepala Pelaksana … Daerah (BPBD) Demak, Agus",
            continue  # "Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Kejagung, Abdul …"
        if _short_form_of_two_words(tokens, i):
            i -= 4  # of two words: "Ketua Pengurus Besar … Indonesia (PB PBSI), Wiranto"
            continue
        if word == "," and in_entity.get(i + 1) == "LOC" and in_entity.get(i - 1) == "LOC":
            i -= 1  # the district of a village: "Kepala Desa Sukamaju, Kecamatan Cibeber, Asep"
            continue
        if (word.isdigit() and i > 0 and tokens[i - 1].lower() in _NUMBERED_UNITS) or (
            word == "/" and i > 0 and tokens[i - 1].isdigit()
        ):
            i -= 1  # a unit's number: "Ketua RT 05/RW 03 Kelurahan Cempaka Putih, Slamet"
            continue
        if (
            word.isdigit()
            and i == end - 1
            and i > 1
            and tokens[i - 1][:1].isupper()
            and tokens[i - 1].lower() not in FULL_MONTHS
            and tokens[i - 2] not in _STOP
        ):
            i -= 1  # a number closing a body's name: "Ketua Umum Persaudaraan Alumni 212, …"
            continue
        if kind is None and word in {"sekaligus", "merangkap"} and role_start is not None:
            i -= 1  # "pemerhati terorisme sekaligus pemilik situs Arrahmah.com, Jibriel": two
            continue  # callings of one person
        if (
            kind is None
            and word not in _ROLE_RUN
            and word not in _LINKS
            # what a calling serves, in lower case, right before the comma ("Takmir masjid,
            # Haji Muhammad Rofiq")
            # (or anywhere in the role: "penulis biografi Keluarga Kerajaan, Penny Junior")
            # (or a team's: "Pelatih tim nasional Indonesia, Alfred Riedl")
            and not (
                tokens[i].isalpha()
                and tokens[i].islower()
                and i > 0
                and tokens[i - 1].lower() in ROLE_OPENING | {"tim"}
                and (i == end - 1 or not _VERB_FORM.fullmatch(tokens[i]))
            )
            # a body the tagger left out, inside the role ("Juru bicara Komisi Eropa, Olof
            # Gill", "pendiri eFishery"): the role must still open on a role word after a cue
            # or sentence start
            and not (
                (tokens[i][:1].isupper() or brand_word(tokens[i]))
                and i > 0
                and (
                    tokens[i - 1] not in _STOP
                    # after a short form in brackets: "… Hukum (Gakkum) KLHK Wilayah
                    # Kalimantan, David Muhammad"
                    or (tokens[i - 1] == ")" and i >= 3 and tokens[i - 3] == "(")
                )
            )
        ):
            break
        if kind is None and word in ROLE_OPENING:
            role_start = i
        i -= 1
    if role_start is None:
        return None
    # "Product Marketing Senior Manager Samsung Electronics Indonesia, Verry Octavianus"
    role_start = _english_opening(tokens, role_start)
    if role_start > 0 and tokens[role_start - 1].lower().rstrip(".") in _ACTING:
        role_start -= 1  # "ditandatangani Plt. Sekjen PSSI, Joko Driyono"
    elif role_start >= 1 and _acting_spelt_out(tokens, role_start - 1):
        role_start -= 5  # "Pelaksana tugas (Plt) Gubernur DKI Jakarta, Sumarsono"
    if role_start > 0 and tokens[role_start - 1].lower() in {"mantan", "eks", "bekas"}:
        role_start -= 1  # "kepada mantan Direktur Utama …, Hendro": a former office
    relations = [k for k in range(role_start, end) if tokens[k].lower() in OF_SOMEONE]
    if relations and any(
        tokens[k].lower() in TITLE_WORDS - {"hukum"} for k in range(relations[-1] + 1, end)
    ):
        # "kata putra dari pendiri Nahdlatul Ulama, KH Hasyim Asy'ari ini": the founder's
        # name; not "Kuasa hukum terdakwa, Lisa Rachmat" or "Ayah korban, Ismail", who are
        # the lawyer and the father
        return None
    # what opens the role: the text's start, a sentence end, or a word of saying (before
    # the article of one among many: "Salah satu pendiri eFishery, Gibran Huzaifah")
    at = role_start
    if at >= 2 and tokens[at - 2].lower() == "salah" and tokens[at - 1].lower() in _ONE_OF:
        at -= 2
    elif at >= 1 and tokens[at - 1].lower() in {"seorang", "the", "a", "an"}:
        at -= 1  # (and English's articles: "The head of the … Authority, Basuki")
    opener = tokens[at - 1].lower() if at > 0 else "."
    said = (
        opener in _SAID_NOUNS
        and tokens[role_start][:1].isupper()
        and tokens[role_start].lower() in TITLE_WORDS
    )
    # a second office after the first ("Ketua Umum … 212 yang juga Juru Bicara DPP Front
    # Pembela Islam, Slamet Marif"): the one set off next to the name
    also = (
        opener == "juga"
        and at >= 3
        and tokens[at - 2].lower() == "yang"
        # (of an office, not of someone named: "Budi yang juga Ketua RT, …")
        and in_entity.get(at - 3) != "PER"
    )
    if (
        opener not in _ROLE_OPENERS
        and not said
        and not also
        # a verb whose object the person is, set off by commas: "KPK menuntut mantan Kepala
        # Dinas PUPR Kabupaten Pemalang, Heru Sutrisno, …" (not a clause's end before the
        # subject: "Usai ditunjuk menjadi Ketua DPR, Bambang Soesatyo mengatakan …")
        and not (
            at > 0
            and tokens[at - 1].islower()
            and _VERB.fullmatch(opener)
            and opener not in _BEING
            # (a body's head shaped like one: "… divisi humas (Karopenmas Divhumas) Polri")
            and opener not in ORG_HEADS | {"divisi", "direktorat"}
            and not _subordinate(tokens, at - 1)
        )
        and not (at == 0 or tokens[at - 1] in {".", "!", "?"})
        # a linking phrase opening the sentence: "Sementara itu, Wakil Ketua Komisi IX DPR dari
        # Fraksi PDI Perjuangan, Charles Honoris, …"
        and not _after_linking_phrase(tokens, at - 1, in_entity)
        # a capitalised office after "dengan"/"bersama" ("bertemu dengan Wakil Presiden Apple
        # untuk Asia Pasifik, Ryan Chen"; not a clause, "Dalam berkomunikasi dengan warga,
        # Sylvi tampak …")
        and not (
            opener in {"dengan", "bersama", "bertemu", "berjumpa"}
            # (set off on both sides, or closing the sentence: "dengan Menteri Keuangan, Sri
            # Mulyani mengatakan …" is a clause, then its subject)
            and (end_of_name >= len(tokens) or tokens[end_of_name] in {",", "."})
            and tokens[role_start][:1].isupper()
            and tokens[role_start].lower() in TITLE_WORDS
            # (after "bertemu", not a name whose own role follows it: "Saat bertemu Wali Kota,
            # Budi Santoso, warga Cibubur, mengatakan …" met the mayor)
            and not (
                opener in {"bertemu", "berjumpa"}
                and end_of_name + 1 < len(tokens)
                and tokens[end_of_name + 1].lower() in ROLE_OPENING
            )
        )
        # an office after a preposition, the name set off on both sides ("lawan yang familier
        # bagi pelatih Real Madrid, Zinedine Zidane, di Liga Champions"; not a clause, then its
        # subject: "Bagi pemain muda, Zidane selalu …")
        and not (
            opener in _PREPOSITIONS_BEFORE_OFFICE
            and end_of_name < len(tokens)
            and tokens[end_of_name] == ","
            and tokens[role_start].lower() in TITLE_WORDS
        )
        # one of a pair after "antara", then "dengan"/"dan" the other ("konflik antara
        # manajer Chelsea, Antonio Conte dengan Costa")
        and not (
            opener == "antara"
            and end_of_name < len(tokens)
            and tokens[end_of_name].lower() in {"dengan", "dan"}
            and tokens[role_start].lower() in TITLE_WORDS
        )
        # a concession opening the sentence, the name set off on both sides ("Meski direktur
        # olahraga Roma, Monchi, belum lama ini menegaskan …")
        and not (
            opener in CONCESSIONS
            and (at == 1 or tokens[at - 2] in {".", "!", "?", "\n", '"', "”"})
            and end_of_name < len(tokens)
            and tokens[end_of_name] == ","
        )
        # after a copula, the name closing the sentence or set off ("diduga adalah politisi
        # Fraksi Golkar, Fayakhun Andriadi."; not "Yang terpenting adalah kinerja, Budi
        # mengatakan …", whose name opens a clause)
        and not (
            opener in {"adalah", "ialah", "yakni", "yaitu", "antaranya", "seperti"}
            and (
                end_of_name >= len(tokens)
                # (or a relative clause about the name: "…, Irjen M Iriawan yang digantikan";
                # or the name's other name: "di antaranya Bos PT RDS, Rico Dian Sari alias …")
                or tokens[end_of_name] in {",", ".", ";", "yang", "alias"}
            )
        )
        # after a day's date set off before it, the name set off too: "Dilansir dari laman
        # Reuters, Selasa (15/8), Wakil Menteri Dalam Negeri India, Kiren Rijiju, …"
        and not (
            opener == ","
            and at >= 4
            and tokens[at - 2] == ")"
            and tokens[at - 4] == "("
            and _DAY_DATE.fullmatch(tokens[at - 3]) is not None
            and end_of_name < len(tokens)
            and tokens[end_of_name] == ","
        )
        # a counterpart, after whatever noun: "menerima kunjungan timpalannya dari Iran,
        # Abbas Araghchi"
        and tokens[role_start].lower() not in {"timpalan", "timpalannya"}
    ):
        return None
    if (
        opener == "menurut"
        and end - role_start == 1
        and not (end_of_name < len(tokens) and tokens[end_of_name] in {",", "."})
    ):
        # "Menurut Kapolsek, S mengaku anggota polisi": an office alone closes what "menurut"
        # opened, and the name after the comma opens what the office says
        return None
    return role_start, end


# A day's date in brackets: "15/8", "15/8/2017"
_DAY_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")


# The last words of phrases that link a sentence to the one before: "Sementara itu,",
# "Di tempat terpisah,", "Selain itu,", "Sebelumnya,"
_LINKING_PHRASES = frozenset(
    {("sementara", "itu"), ("selain", "itu"), ("di", "sisi", "lain"), ("di", "lain", "pihak"),
     ("di", "tempat", "terpisah"), ("secara", "terpisah"), ("terpisah",), ("sebelumnya",),
     ("namun",), ("adapun",), ("sedangkan",), ("selanjutnya",), ("kemudian",),
     ("dalam", "kesempatan", "itu"), ("pada", "kesempatan", "itu")}
)  # fmt: skip


_SENTENCE_ENDS = frozenset({".", "!", "?", "\n", '"', "”"})


def _after_linking_phrase(
    tokens: Sequence[str], comma: int, in_entity: Mapping[int, str] | None = None
) -> bool:
    """Whether the comma at `comma` closes a linking phrase that opens its sentence, or a
    short phrase opening it that names no one and holds no office ("Kemarin, Ketua IOI,
    Budi …", "Menanggapi hal itu, Kepala Dinas Pendidikan, Budi …")."""
    if comma < 1 or tokens[comma] != ",":
        return False
    for size in (1, 2, 3):
        begin = comma - size
        if begin < 0:
            break
        if tuple(t.lower() for t in tokens[begin:comma]) in _LINKING_PHRASES and (
            begin == 0 or tokens[begin - 1] in _SENTENCE_ENDS
        ):
            return True
    for begin in range(comma - 1, max(-1, comma - 7), -1):
        if tokens[begin] in _STOP:
            return False
        if begin == 0 or tokens[begin - 1] in _SENTENCE_ENDS:
            return in_entity is not None and all(
                in_entity.get(k) != "PER" and tokens[k].lower() not in TITLE_WORDS | ROLE_OPENING
                for k in range(begin, comma)
            )
    return False


def _office_before_rank(
    tokens: Sequence[str], rank: int, in_entity: Mapping[int, str]
) -> int | None:
    """Where an office opens, up to seven tokens before a rank, over its unit's name written
    capitalised or numbered ("Kapen Koops Habema", "Kapenrem 172/PWY", "Kepala Divisi
    Hubungan Masyarakat Polri Inspektur Jenderal"); None if none."""
    for k in range(rank - 1, max(-1, rank - 8), -1):
        word = tokens[k]
        if in_entity.get(k) == "PER":
            return None
        if word.lower() in TITLE_WORDS and word[:1].isupper():
            # (the office may open further back, over its field: "Asisten Operasi Kapolri
            # Inspektur Jenderal Unggung Cahyono")
            for j in range(k - 1, max(-1, k - 4), -1):
                if in_entity.get(j) == "PER" or not tokens[j][:1].isupper():
                    break
                if tokens[j].lower() in TITLE_WORDS:
                    k = j
            return k
        if not (word[:1].isupper() or word.isdigit() or word == "/"):
            return None
    return None


# Words of saying, prepositions and a dateline's dash that a role set off before a name
# follows ("kata Kepala …, Budi"; "Menurut Ketua …, Budi"; "Jakarta - Anggota Komisi III DPR
# …, Gilang"; "vonis … kepada mantan Direktur Utama …, Hendro")
# Verbs of saying set off inside a sentence (", lanjut Kamaruddin, …"); not "menurut", whose
# name the office may follow (", menurut Adrian Li, Founder Convergence Ventures, …")
_INSERTED_CUES = frozenset(
    {"kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "imbuh", "tegas", "terang", "papar",
     "sebut", "tambah", "lanjut", "katanya", "ujarnya", "sambung", "tukas"}
)  # fmt: skip

# Prepositions before an office whose holder follows, set off by commas
_PREPOSITIONS_BEFORE_OFFICE = frozenset(
    {"bagi", "untuk", "dari", "pada", "atas", "buat", "melalui", "lewat"}
)

_ROLE_OPENERS = frozenset(
    {"kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "imbuh", "tegas", "terang", "papar",
     "sebut", "tambah", "lanjut", "menurut", "oleh", "dikatakan", "disampaikan", "diungkapkan",
     "dijelaskan", "kepada", "terhadap", "\n", '"', "”", "“", "-", "–", "—",
     # a connective opening the sentence: "Namun penulis biografi …, Penny Junior mengatakan"
     "namun", "sedangkan", "adapun", "tetapi", "tapi"}
)  # fmt: skip
# Words that open a concession, before its subject: "Meski …", "Walaupun …"
CONCESSIONS = frozenset({"meski", "meskipun", "walau", "walaupun", "kendati", "sekalipun"})
# What someone said, as a noun, before a capitalised office set off by a comma: "menanggapi
# pengakuan Kepala Kanwil DJP Jakarta Khusus, Muhammad Hanif yang menyebut …" (not "Menurut
# keterangan sang istri, Agus mengatakan …", a clause, then its subject)
_SAID_NOUNS = frozenset(
    {"pengakuan", "ucapan", "komentar", "kesaksian", "instruksi", "perintah", "arahan",
     "imbauan"}
)  # fmt: skip


# Heads of places and bodies named after people, opening what the tagger read as a person
# ("Menurut dia, [Bandara Soekarno-Hatta] sudah siap"): the place or body they name
_PLACE_NAMED_AFTER = frozenset(
    {"bandara", "bandar", "stadion", "stasiun", "pelabuhan", "terminal", "masjid", "gereja",
     "pura", "candi", "klenteng", "gedung", "lapangan", "taman", "lapas", "rutan", "jalan", "jl",
     "jln", "monumen", "tugu", "makam", "istana", "benteng", "museum", "bendungan", "waduk",
     "gelora", "gor", "kri", "kmp", "vihara", "kelenteng", "pagoda", "katedral", "kapel",
     "musala", "mushola", "musholla", "surau"}
)  # fmt: skip
_BODY_NAMED_AFTER = frozenset(
    {"universitas", "institut", "politeknik", "akademi", "sekolah", "yayasan", "rs", "rsud",
     "rsup", "rspad", "rsu", "rsia", "uin", "iain", "stain", "pesantren", "ponpes", "madrasah"}
)  # fmt: skip


def named_after_people(words: Sequence[str]) -> str | None:
    """LOC or ORG where `words`, read as a person's name, open with the head of a place or
    body named after someone ("Bandara Soekarno-Hatta", "Universitas Gadjah Mada")."""
    if len(words) < 2:
        return None
    head = words[0].lower().rstrip(".")
    if head in _PLACE_NAMED_AFTER:
        return "LOC"
    if head in _BODY_NAMED_AFTER or (head == "rumah" and words[1].lower() == "sakit"):
        return "ORG"
    return None


def split_titles(
    tokens: Sequence[str],
    spans: Sequence[TokenSpan],
    *,
    places: frozenset[str] = KNOWN_LOCS | _MORE_PLACES,
    gazetteer: Mapping[tuple[str, ...], str] | None = None,
) -> list[TokenSpan]:
    """Remove leading titles from person spans; split a leading place or body off a person.

    "Presiden Joko Widodo" → PER "Joko Widodo"; "AS Joe Biden" → LOC "AS" + PER "Joe Biden";
    "Gedung Putih Karine Jean-Pierre" → ORG + PER when "gedung putih" is in `gazetteer`.
    A split needs at least two name words to remain, so "Paris Hilton" stays a person.
    """
    known: Mapping[tuple[str, ...], str] = gazetteer or {}
    cased = not is_lower_case(tokens)
    out: list[TokenSpan] = []
    person_ends = {s.end for s in spans if s.label == "PER"}
    swallowed: set[int] = set()
    for span in _trim_punctuation(tokens, spans):
        if (
            span.label == "ORG"
            and span.end < len(tokens)
            and tokens[span.end].lower() in TITLE_WORDS
            and all(
                tokens[k].lower() in ENGLISH_TITLE_FIELDS | ENGLISH_PRE_TITLES
                for k in range(span.start, span.end)
            )
        ):
            continue  # "Branch Communication Manager …": the fields of a title, no body
        if (
            span.label == "ORG"
            and span.end - span.start >= 3
            and tokens[span.start].lower() in ENGLISH_PRE_TITLES
            and tokens[span.start + 1].lower() in TITLE_WORDS
            # (an English title, not a word of a firm's name: "Global Duta Mandiri", "Prime
            # Mitra Insurance")
            and tokens[span.start + 1].lower() in _ENGLISH_TITLES_AFTER_BODY | _ENGLISH_GRADED
        ):
            # "[Senior] [Vice President Indana] Steven Wijaya": the grade and title, then the
            # body (an English title's field is none: "Assistant Minister for Industry")
            if tokens[span.start + 2].lower() in {"for", "of", "to", "and"}:
                continue
            span = TokenSpan(span.start + 2, span.end, span.label)
        if span.label == "PER":
            label = named_after_people(tokens[span.start : span.end])
            lows = tuple(t.lower() for t in tokens[span.start : span.end])
            if label is not None and not any(lows[:k] in known for k in range(2, len(lows))):
                # (not a body warta knows, glued to a person: "Gedung Putih Karine …")
                out.append(TokenSpan(span.start, span.end, label))
                continue
        honorific = _burmese_honorific(tokens, span, places, known)
        if honorific is not None:
            # "Myanmar U Thaung Tun", "Myanmar Daw Aung San" read as one place: the country,
            # then the person its honorific opens (as the press writes "U Thant"; the
            # canonical name drops "Daw")
            out.append(TokenSpan(span.start, honorific, "LOC"))
            nxt = next((s for s in spans if s.start == span.end and s.label == "PER"), None)
            out.append(TokenSpan(honorific, nxt.end if nxt is not None else span.end, "PER"))
            if nxt is not None:
                swallowed.add(nxt.start)
            continue
        if span.start in swallowed:
            continue  # ("Suu Kyi", joined above to "Aung San")
        if span.label != "PER":
            out.extend(_split_place(tokens, span, cased, places, known))
            continue
        start = span.start
        if (
            span.end - start == 1
            and start >= 2
            and tokens[start - 1].lower() in NAME_TITLES
            and tokens[start - 1][:1].isupper()
            and _role_before(tokens, start - 1)
        ):
            # "Menteri Pemuda dan Olahraga Imam Nahrawi" tagged "Nahrawi": after a role,
            # "Imam" is his given name
            out.append(TokenSpan(start - 1, span.end, "PER"))
            continue
        while start < span.end - 1 and (
            tokens[start].lower() in _ROLE_OR_MODIFIER
            or (cased and tokens[start].islower() and tokens[start] not in _PARTICLES)
            # an English grade before a title: "[Vice President Indana Steven]"
            or (
                tokens[start].lower() in ENGLISH_PRE_TITLES
                and tokens[start + 1].lower() in TITLE_WORDS | ENGLISH_PRE_TITLES
            )
            # a corps after a rank: "Kolonel [Inf Ali Aspar]"
            or (
                tokens[start].lower() in CORPS
                and start > 0
                and tokens[start - 1].lower().rstrip(".") in _RANKS
            )
        ):
            if (
                tokens[start].lower() in NAME_TITLES
                and span.end - start >= 2
                and (
                    _role_before(tokens, span.start)
                    or (
                        # the role set off by a comma: "Sekretaris Jenderal PSSI, Ratu
                        # Tisha Destria"; not after another person ("Jokowi, Ratu Elizabeth")
                        span.start >= 2
                        and tokens[span.start - 1] == ","
                        and span.start - 1 not in person_ends
                        and _role_before(tokens, span.start - 1)
                    )
                )
            ):
                break  # "Sekjen PSSI Ratu Tisha Destria": after a role, "Ratu" is her name
            if (
                start == span.start
                and tokens[start].lower() in GIVEN_NAME_MODIFIERS
                and not (
                    start
                    and tokens[start - 1].lower() in _ROLE_OR_MODIFIER
                    and (not cased or tokens[start - 1][:1].isupper())
                )
            ):
                # a word that only qualifies a role opens none of its own: "Agung
                # Laksono", "Ketua DPR Agung Laksono", "Pemain muda Pratama Arhan" (but
                # "Jaksa [Agung Prasetyo]")
                break
            # In cased text a name does not open with a lower-case word ("tweet Zelenskiy").
            start += 1
        if span.end - start >= 4 and tuple(t.lower() for t in tokens[start : start + 2]) in (
            _HONORIFIC_PAIRS
        ):
            start += 2  # "Tan Sri Muhyiddin Yassin": a Malay honorific of two words
        rank = next(
            (i for i in range(start + 1, min(start + 4, span.end - 1))
             if tokens[i].lower().rstrip(".") in _RANKS),
            None,
        )  # fmt: skip
        if rank is not None and all(t[:1].isupper() for t in tokens[start : span.end]):
            # "Kapolsek Koja Kompol Supriyanto" tagged "Koja Kompol Supriyanto": the unit's
            # place and the rank belong to the role, the name follows the rank
            if span.start and tokens[span.start - 1].lower() in UNIT_HEADS:
                out.append(TokenSpan(start, rank, "LOC"))
            start = rank + 1
        if tokens[span.end - 1].lower().rstrip(".") in _RANKS and all(
            _ROMAN_NUMERAL.fullmatch(t) or t.lower().rstrip(".") in _RANKS
            for t in tokens[start : span.end]
        ):
            continue  # "Pangkoarmada [I Laksda] TNI Aan Kurnia": the unit's number and a rank
        if (
            span.end - start >= 3
            and tokens[start].rstrip(".") in ("H", "Hj", "KH")
            and all(t[:1].isupper() for t in tokens[start + 1 : span.end])
            # (not before an initial: "H B Jassin")
            and len(tokens[start + 1].rstrip(".")) > 1
        ):
            start += 1  # "Gubernur Sulsel H Syahrul Yasin Limpo": "H" is Haji, no initial
        honorific = max(
            (
                i
                for i in range(start + 1, span.end - 2)
                if tokens[i].lower().rstrip(".") in _INNER_HONORIFICS
            ),
            default=None,
        )
        if honorific is not None and not any(
            t[:1].islower() for t in tokens[honorific + 1 : span.end]
        ):
            start = honorific + 1  # "Arkeolog Aceh Dr Husaini Ibrahim": the name follows "Dr"
        if span.end - start >= 3 and brand_word(tokens[start]):
            # "CEO TikTok Shou Zi Chew": a camel-case brand glued before the name
            out.append(TokenSpan(start, start + 1, "ORG"))
            start += 1
        closer = next(
            (i for i in range(start + 1, span.end - 2) if tokens[i].lower() in ORG_LAST_WORDS),
            None,
        )
        if closer is not None and all(t[:1].isupper() for t in tokens[start : span.end]):
            # "Founder Visio Incubator Hendriko Firman": a company's name, then the person's
            out.append(TokenSpan(start, closer + 1, "ORG"))
            start = closer + 1
        for size in (4, 3, 2, 1):
            if span.end - start - size < 2:
                continue
            words = tuple(t.lower() for t in tokens[start : start + size])
            kind = known.get(words) or ("LOC" if size == 1 and words[0] in places else None)
            if kind is None and size == 1 and _MINISTRY.fullmatch(words[0]):
                kind = "ORG"  # "Kemenperin I Gusti Putu Suryawirawan": a ministry glued on
            if kind == "LOC" and size == 1 and words[0] not in places and not known_type(words[0]):
                # One word the gazetteer holds as some town ("Ahmad", "Buya Ahmad Syafii
                # Maarif") is a given name more often than a place set before one.
                kind = None
            if kind is not None:
                out.append(TokenSpan(start, start + size, kind))
                start += size
                break
        end = span.end
        if (
            end - start >= 3
            and tokens[end - 1][:1].isupper()
            and is_indonesian_place_name(tokens[end - 1])
            and " " not in tokens[end - 1]
        ):
            # "Paulo Dybala Turki": a country glued after the name ("… Dybala dari Turki")
            end -= 1
            out.append(TokenSpan(start, end, "PER"))
            out.append(TokenSpan(end, span.end, "LOC"))
            continue
        out.append(TokenSpan(start, end, "PER"))
    return out


def _aside_closes_before_predicate(
    tokens: Sequence[str], at: int, in_entity: Mapping[int, str]
) -> bool:
    """Whether the name at `at` closes an aside set off by a comma that the sentence's verb
    then follows: "Marsma Fadjar, Komandan Lanud Halim Perdanakusuma, memimpin …" (a place
    the tagger read as a person ends the first name's office, not opens another's)."""
    end = at
    while in_entity.get(end) == "PER":
        end += 1
    return (
        end + 1 < len(tokens)
        and tokens[end] == ","
        and tokens[end + 1].isalpha()
        and tokens[end + 1].islower()
        and tokens[end + 1] not in {"dan", "serta", "atau", "juga", "hingga", "sampai"}
        # (nor the next of a list of offices: "…, anggota Komisi V dari Golkar Budi, anggota …")
        and tokens[end + 1] not in ROLE_OPENING
    )


# Myanmar and its cities, whose people's names the honorifics open
_BURMESE_PLACES = frozenset(
    {"myanmar", "burma", "birma", "yangon", "rangoon", "naypyidaw", "naypyitaw", "mandalay"}
)


def _burmese_honorific(
    tokens: Sequence[str],
    span: TokenSpan,
    places: frozenset[str],
    known: Mapping[tuple[str, ...], str],
) -> int | None:
    """Where a Burmese honorific ("U", "Daw") opens a person's name inside a place or body
    span after a place: "Myanmar U Thaung Tun"."""
    if span.label == "PER":
        return None
    for i in range(span.start + 1, span.end - 1):
        if tokens[i] in ("U", "Daw") and tokens[i + 1][:1].isupper():
            before = tuple(t.lower() for t in tokens[span.start : i])
            if before[-1] not in _BURMESE_PLACES:
                return None  # (another country's: "Malaysia U Mobile", a firm)
            if known.get(before) == "LOC" or " ".join(before) in places:
                return i
            return None
    return None


# Nouns that head a place's own name ("Kota Kabupaten Sambas", "Uruguay Selatan" aside)
_PLACE_NOUNS = frozenset(
    {"kota", "kabupaten", "provinsi", "kecamatan", "desa", "kelurahan", "jalan", "jl",
     "gunung", "sungai", "pulau", "danau", "selat", "teluk", "pantai", "taman", "bandara",
     "stadion", "gedung", "kampung", "dusun", "distrik", "wilayah", "negara", "kepulauan",
     "laut", "samudra", "tanjung", "bukit", "lembah", "utara", "selatan", "barat", "timur",
     "tengah", "raya", "city", "island", "river", "street", "province", "state"}
)  # fmt: skip


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """One-word country names as Indonesian news writes them (babel's Indonesian names)."""
    from babel import Locale

    names = Locale("id").territories
    return frozenset(
        n.lower() for code, n in names.items() if code.isalpha() and " " not in n
    ) | frozenset({"palestina", "hongaria", "rusia", "tiongkok", "cina", "china"})


def _split_place(
    tokens: Sequence[str],
    span: TokenSpan,
    cased: bool,
    places: frozenset[str],
    known: Mapping[tuple[str, ...], str],
) -> list[TokenSpan]:
    """A place or body span without the lower-case noun before it ("kota Bandung", "harian
    KONI NTT"), and a country glued before a name split off it ("Uruguay Rodolfo Nin Novoa":
    LOC "Uruguay", PER "Rodolfo Nin Novoa")."""
    start = span.start
    while cased and start < span.end - 1 and tokens[start].islower():
        start += 1
    if cased and start == 0 and span.end > 2 and tokens[1].islower() and tokens[1].isalpha():
        # "Majelis hakim Pengadilan Negeri …" opening a sentence: the first word is
        # capitalised for the sentence, the words written small are no part of the name
        # ("Majelis hakim"); not "Jalan tol Kunciran", "Bank sentral Amerika Serikat"
        cut = 1
        while cut < span.end - 1 and tokens[cut].islower() and tokens[cut] not in _JOINS:
            cut += 1
        if (
            tokens[cut - 1] not in _JOINS
            and tokens[cut][:1].isupper()
            and any(t in ROLE_OPENING for t in tokens[1:cut])
        ):
            start = cut
    rest = [t.lower() for t in tokens[start + 1 : span.end]]
    if (
        span.label == "LOC"
        and cased
        and len(rest) >= 2
        and tokens[start].lower() in _countries()
        and all(tokens[i][:1].isupper() for i in range(start + 1, span.end))
        and not any(w in _PLACE_NOUNS for w in rest)
        and not any(w in places or (w,) in known for w in rest)
        and tuple(rest) not in known
    ):
        return [TokenSpan(start, start + 1, "LOC"), TokenSpan(start + 1, span.end, "PER")]
    if (
        span.label == "LOC"
        and span.end - start >= 2
        and tokens[span.end - 1].lower() in _countries()
        and (
            tokens[start].lower() in _PROVINCE_WORDS
            or known.get(tuple(t.lower() for t in tokens[start : span.end - 1])) == "LOC"
            or (
                # a town the gazetteer does not know, written with capitals ("Locarno
                # Swiss"); not a state's own name ("Republik Ceko", "New Mexico")
                cased
                and all(t[:1].isupper() for t in tokens[start : span.end - 1])
                and not {t.lower() for t in tokens[start : span.end - 1]} & _PLACE_NOUNS
                # ("Kantor Lingkaran Survei Indonesia": a body's office, the country part
                # of the body's name)
                and not (
                    tokens[span.end - 1].lower() == "indonesia"
                    and {t.lower() for t in tokens[start : span.end - 1]} & ORG_HEADS
                )
                and not {t.lower() for t in tokens[start : span.end - 1]} <= _STATE_WORDS
                and tuple(t.lower() for t in tokens[start : span.end]) not in known
            )
        )
    ):
        # "Provinsi Zhejiang Tiongkok", "Jakarta Indonesia": a place, then its country
        return [TokenSpan(start, span.end - 1, "LOC"), TokenSpan(span.end - 1, span.end, "LOC")]
    return [TokenSpan(start, span.end, span.label)]


# Small words inside a body's or place's name ("Kementerian Pemuda dan Olahraga", "Bank of
# America", "Rio de Janeiro")
_JOINS = frozenset(
    {"dan", "untuk", "serta", "of", "the", "and", "for", "de", "del", "da", "do", "dos", "la",
     "le", "du", "des", "van", "von", "der", "den", "y", "di", "bin", "al", "el", "on", "in"}
)  # fmt: skip
# Words that alone before a country's name make a name of their own: a state's ("Republik
# Ceko", "New Mexico"), a venue's or a body's ("Galeri Indonesia", "Bank Indonesia")
_STATE_WORDS = frozenset(
    {"republik", "kerajaan", "kekaisaran", "federasi", "persemakmuran", "new", "nueva",
     "demokratik", "rakyat", "sosialis", "federal", "islam",
     "nova", "great", "united", "south", "north", "east", "west", "galeri", "museum",
     "gedung", "hotel", "istana", "plaza", "mall", "mal", "pasar", "rumah", "kedutaan",
     "konsulat", "bank", "universitas", "sekolah", "institut", "masjid", "gereja", "pura",
     "candi", "monumen", "bandara", "pelabuhan", "terminal", "stasiun", "hutan", "festival",
     "pekan", "expo", "pameran", "timnas", "tim", "liga", "piala"}
)  # fmt: skip


# Heads of a region's name that a country may follow ("Provinsi Zhejiang Tiongkok")
_PROVINCE_WORDS = frozenset({"provinsi", "negara", "distrik", "prefektur", "kota", "kabupaten"})


_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|Di|De|Le|La|Da|Du|Van|Von|O')[A-Z]")


def brand_word(word: str) -> bool:
    """ "TikTok", "PlayStation", "YouTube": a capital inside the word ("McDonald", "DiCaprio"
    and "LeBron" are names)."""
    return _CAMEL_CASE.search(word) is not None and _NAME_PREFIX.match(word) is None


def _trim_punctuation(tokens: Sequence[str], spans: Sequence[TokenSpan]) -> list[TokenSpan]:
    # A name never starts or ends with a quote mark or a dash the tagger swept in.
    out: list[TokenSpan] = []
    for span in spans:
        start, end = span.start, span.end
        while start < end and not any(ch.isalnum() for ch in tokens[start]):
            start += 1
        while end > start and not any(ch.isalnum() for ch in tokens[end - 1]):
            end -= 1
        if start < end:
            out.append(TokenSpan(start, end, span.label))
    return out


_NUMBERED_UNITS = UNIT_HEADS | NUMBERED_UNITS
_ONE_OF = frozenset({"satu", "seorang"})
# Bodies numbered in Roman numerals ("Komisi III", "Kodam IV", "Wilayah II")
_ROMAN = re.compile(r"[IVX]{1,5}")
_ROMAN_NUMBERED = frozenset({"komisi", "kodam", "divisi", "wilayah", "regional", "seksi"})
# acting and interim offices, abbreviated with a full stop ("Plt. Kepala BPS …")
_ACTING = frozenset({"plt", "plh", "pj", "pjs"})
# a company's legal form, abbreviated with a full stop the tagger leaves out of its name
_LEGAL_FORMS = frozenset({"tbk", "inc", "ltd", "corp", "co", "bhd", "plc"})
FIELD_NOUN = re.compile(r"(?:pe[nmr]?|peng|peny|ke)[a-z]{3,}an")


# Words of kin that "dan" joins before a name: the name's relatives ("ayah dan saudara Abedi",
# "istri dan anak korban")
_RELATIVES = _KIN | frozenset(
    {"ayah", "ibu", "bapak", "saudara", "saudari", "keluarga", "kerabat", "paman", "bibi",
     "kakek", "nenek", "orang", "tua", "mertua", "menantu", "keponakan", "sepupu"}
)  # fmt: skip


def relatives_joined(words: Sequence[str]) -> bool:
    """Whether `words` are relatives joined by "dan" or "serta": "ayah dan saudara"."""
    low = [w.lower() for w in words]
    return (
        len(low) >= 3
        and any(w in {"dan", "serta"} for w in low)
        and all(w in _RELATIVES | {"dan", "serta", ","} for w in low)
    )


def find_role(
    tokens: Sequence[str], spans: Sequence[TokenSpan], index: int
) -> tuple[int, int] | None:
    """Token range of the role of person `spans[index]`, or None: see `_find_role`. A rank
    alone before the name gives way to an office set off after it ("kata Kompol Yhogi Hadi
    Setiawan, Kapolsek Dukuh Pakis")."""
    found = _find_role(tokens, spans, index)
    if found is not None and relatives_joined(tokens[found[0] : found[1]]):
        # "ayah dan saudara Abedi": the relatives of the name, not its role
        return None
    if found is not None and tokens[found[1] - 1].lower() in _LINKS | {"dengan"}:
        # "pemain drum di Whiplash": the name after a preposition is where the role is held,
        # not who holds it
        return None
    while found is not None and found[1] - found[0] > 1 and tokens[found[1] - 1].lower() in _PRAISE:
        found = (found[0], found[1] - 1)  # "aktris kondang Angelina Jolie": an actress
    if found is not None:
        found = _without_trailing_rank(tokens, found)
    if found is not None and found[1] - found[0] > 1 and tokens[found[0]].lower() in LED_BY:
        found = (found[0] + 1, found[1])  # "Dipimpin Managing Partner Eddy Chan": who leads
    if found is not None and found[1] - found[0] > 1 and tokens[found[1] - 1].lower() in _OTHER:
        found = (found[0], found[1] - 1)  # "Peneliti lain, Budi": another one, a researcher
    if found is None or not all(
        tokens[k].lower().rstrip(".") in _RANK_WORDS | {"pol", "polisi"}
        for k in range(found[0], found[1])
    ):
        return found
    blanked = [("" if found[0] <= k < found[1] else t) for k, t in enumerate(tokens)]
    after = _find_role(blanked, spans, index)
    if (
        after is None
        or after[0] < spans[index].end
        # an office, not what the sentence goes on to say ("Menurut Kompol Andi, korban …")
        # or someone's relation or calling ("…, ayah korban", "…, warga Desa Sukamaju")
        or tokens[after[0]].lower() not in TITLE_WORDS
        or tokens[after[0]].lower() in COMMON_CALLINGS | OF_SOMEONE | _NO_OFFICE_AFTER_RANK
    ):
        return found
    return after


_VERB_FORM = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}")

# The callings kept in a household: "ibu rumah tangga", "asisten rumah tangga"
_OF_THE_HOUSEHOLD = frozenset({"ibu", "bapak", "asisten", "pembantu", "pekerja"})


_ENDS = frozenset({",", ".", "!", "?", ";"})


# Words opening a predicate right after its subject ("penyidik KPK juga menjadwalkan")
_PREDICATE_OPENERS = frozenset({"juga", "akan", "telah", "sudah", "pun", "langsung", "segera"})


def _clause_goes_on(tokens: Sequence[str], k: int) -> bool:
    """Whether a lower-case word at `k` goes on to a verb before the next comma: the role
    run was the subject of a clause ("korban kecelakaan bus itu silih berganti datang")."""
    if not (tokens[k].isalpha() and tokens[k].islower()):
        return False
    for i, word in enumerate(tokens[k:], k):
        if word in {",", ".", "!", "?", ";"}:
            return False
        if word == "yang" and next((t for t in tokens[i:] if t in _ENDS), ".") == ",":
            # (a role with a relative clause set off: "Menurut Budi, kepala desa setempat
            # yang ditemui di rumahnya, banjir …"; not the subject's: "Menurut Tito, anggota
            # yang terlibat narkoba akan ditindak")
            return False
        if _VERB_FORM.fullmatch(word):
            return True
    return False


# Words after which a noun of pe-…-an or ke-…-an is no office's field ("sutradara di balik
# kesuksesan …", "anak sulung dari pernikahan …")
_NOT_BEFORE_A_FIELD = frozenset({"dalam", "luar", "balik", "atas", "bawah", "dan", "serta"})
# "another" after a role ("Warga lainnya, Budi"): no part of it
_OTHER = frozenset({"lain", "lainnya"})
# Passive verbs of leading or accompanying before an office ("Dipimpin Managing Partner
# Eddy Chan, …", "Didampingi Kapolres …"): no part of the role
LED_BY = frozenset(
    {"dipimpin", "diketuai", "dikomandoi", "dinakhodai", "didampingi", "diwakili", "dilatih",
     "diperkuat", "dibintangi", "disutradarai", "diprakarsai", "digawangi", "dimotori"}
)  # fmt: skip
# Words that open no office after a rank and a name ("…, anggota Polsek Tebet")
_NO_OFFICE_AFTER_RANK = frozenset({"anggota", "mantan", "eks", "bekas", "personel"})


def _field_of_calling(
    tokens: Sequence[str], i: int, in_entity: Mapping[int, str], *, next_to_name: bool
) -> bool:
    """Whether the lower-case word at `i` names the field of a calling or title at most three
    words before it, with only such words between ("atlet nasional lompat jauh", "pakar hukum
    tata negara"); not a verb, a clause or a time ("kata pelatih kemarin"), nor an act whose
    object the name is, right before it ("terdakwa korupsi pengadaan Alquran")."""
    if not (tokens[i].isalpha() and tokens[i].islower() and _FIELD_WORD.fullmatch(tokens[i])):
        return False
    if tokens[i] in _NOT_A_FIELD or (next_to_name and _ACT_NOUN.fullmatch(tokens[i])):
        return False
    for j in range(i - 1, max(-1, i - 4), -1):
        word = tokens[j].lower()
        if j in in_entity:
            return False
        if word in OF_SOMEONE or word in _NOT_A_FIELD:
            return False  # "mantan anak asuh Johan Cruyff": the pupil of the name after it
        if word in ROLE_OPENING:
            return True
        if not (
            tokens[j].isalpha()
            and tokens[j].islower()
            and _FIELD_WORD.fullmatch(tokens[j])
            and tokens[j] not in _NOT_A_FIELD
        ):
            return False
    return False


# Words of praise after a calling, no part of it: "artis cantik", "aktor kawakan"
_PRAISE = frozenset(
    {"cantik", "tampan", "ganteng", "kondang", "kawakan", "ternama", "terkenal", "populer",
     "seksi", "jelita", "manis", "papan", "atas", "legendaris", "hebat", "berbakat", "beken",
     "tenar", "top", "kenamaan", "tersohor", "favorit", "idola", "cilik", "mungil"}
)  # fmt: skip
# A noun of an act, whose object a name after it is: "pengadaan", "pembunuhan", "kematian"
_ACT_NOUN = re.compile(r"(?:pe|ke)[a-z]{3,}an")
# Lower-case words after a calling that name no field of it: times, places in general,
# quantities, and nouns of someone's
_NOT_A_FIELD = frozenset(
    {"kemarin", "tadi", "dulu", "lalu", "nanti", "besok", "hari", "malam", "pagi", "siang",
     "sore", "pukul", "jam", "sini", "situ", "sana", "semua", "para", "banyak", "beberapa",
     "sejumlah", "seluruh", "lain", "lainnya", "tersebut", "lokal", "setempat", "warga",
     # whose or what the name after them is: "pemilik nama lengkap Maudy …", "ketua tim
     # pemenangan pasangan Gus Ipul"
     "nama", "akun", "pasangan", "kubu", "keluarga", "milik", "pihak",
     # pointing back: "musisi legendaris itulah Petty"
     "itulah", "inilah",
     # words of grammar: "kontrak politik buruh dengan Anies"
     "dengan", "oleh", "bersama", "terhadap", "antara", "sebagai", "bagi", "tentang", "soal",
     "untuk", "dari", "sejak", "hingga", "sampai", "serta", "namun", "tetapi", "tapi", "karena",
     "agar", "supaya", "jika", "kalau", "bila", "apabila", "sang", "si", "kaum"}
)  # fmt: skip


# Titles that are also given names or words of kin: "Raja Juli Antoni", "Ayah Mertua …"
_NAME_OR_KIN_TITLES = NAME_TITLES | _KIN | {"ayah", "ibu", "bapak", "mertua", "artis"}


def _title_before_capitalised(
    tokens: Sequence[str], k: int, in_entity: Mapping[int, str]
) -> int | None:
    """Where a title word opens capitalised words outside any entity that run back from `k`
    (a number may close them), within six words: "Ketua Panitia Seleksi Nasional", "Ketua
    Umum Persaudaraan Alumni 212"; None if none, or where a word of the run is a title, a
    rank, a month, or the title is also a given name or a word of kin, or the sentence is a
    headline written in title case ("Pengacara Bantah …")."""
    if k >= 1 and tokens[k].isdigit() and tokens[k - 1][:1].isupper():
        k -= 1
    if not any(t.isalpha() and t.islower() and len(t) >= 5 for t in tokens):
        return None  # (a headline: no word but the smallest written small)
    for j in range(k, max(-1, k - 7), -1):
        word = tokens[j].lower()
        if tokens[j] in {"dan", "serta", "&"} and j < k and j > 0 and tokens[j - 1][:1].isupper():
            continue  # a field of two: "Direktur Industri Mesin dan Elektronika Budi Santoso"
        if j in in_entity or not tokens[j][:1].isupper() or not tokens[j].isalpha():
            return None
        if len(word) < 3 and not tokens[j].isupper():
            return None  # (a name's short word the tagger left out: "Presiden Xi Jinping")
        if word in _RANK_WORDS | _RANK_SUFFIXES | FULL_MONTHS or _rank_word(tokens, j):
            return None
        if j < k and word in TITLE_WORDS:
            return None if word in _NAME_OR_KIN_TITLES else j
        if word in TITLE_WORDS:
            return None
    return None


def _partner_titled(tokens: Sequence[str], i: int) -> bool:
    """A venture firm's or law firm's partner by title: "Managing Partner", "General Partner",
    "Founding Partner" (capitalised, the grade before it)."""
    return (
        tokens[i] == "Partner"
        and i > 0
        and tokens[i - 1].lower() in {"managing", "general", "founding", "senior", "venture"}
        and tokens[i - 1][:1].isupper()
    )


def _find_role(
    tokens: Sequence[str], spans: Sequence[TokenSpan], index: int
) -> tuple[int, int] | None:
    """Token range of the role of person `spans[index]`, or None.

    Looks left for a run of role words, role modifiers, links and ORG/LOC entities that starts
    with a role word ("Presiden Prancis", "Menteri Luar Negeri AS"); failing that, right for
    ", <role word> …" up to the next punctuation ("Jen Psaki, sekretaris pers AS").
    """
    span = spans[index]
    in_entity: dict[int, str] = {}
    for other in spans:
        for i in range(other.start, other.end):
            in_entity[i] = other.label
    role_start: int | None = None
    i = span.start - 1
    if (
        i >= 1
        and tokens[i].lower().rstrip(".") in ADDRESS_WORDS
        and (tokens[i - 1][:1].isupper() or tokens[i - 1] == ")")
    ):
        # "Kepala Dinkes Jatim dr Erwin": the form of address between an office and the name
        # (not "pengacara Dr David Dao", whose lawyer is meant)
        i -= 1
    i = _before_malay_honorific(tokens, i)
    # (the honorific is no part of the role: "Menteri … Industri Tengku Datuk Seri Zafrul")
    role_end = (
        i + 1 if i < span.start - 1 and tokens[i + 1].lower() in MALAY_HONORIFICS else span.start
    )
    head_run = -1
    if i >= 1 and i == span.start - 1 and tokens[i].lower() in _NAMING_WORDS:
        # "produser film Bluebell yakni Claudia Stefanus": the role, then "yakni", then the name
        role_end, i = i, i - 1
    elif (
        i >= 2
        and i == span.start - 1
        and tokens[i].lower() == "itu"
        and tokens[i - 1].lower() in _AT_THE_TIME
        and tokens[i - 2][:1].isupper()
    ):
        # "Menteri Kesehatan Kanada saat itu Rona Ambrose": the office she held then
        role_end, i = i - 1, i - 2
    while i >= 0:
        word = tokens[i].lower()
        kind = in_entity.get(i)
        if kind == "PER":
            break
        if word == "," and _listed_field(tokens, i, in_entity, span.start):
            i -= 1  # "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Yandri"
            continue
        if kind is None and _in_bidang_fields(tokens, i, span.start):
            i -= 1  # "Deputi Bidang Protokol, Pers dan Media Sekretariat Presiden Bey"
            continue
        if word == "." and i > 0 and tokens[i - 1].lower() in _LEGAL_FORMS:
            i -= 1  # "Kepala Ekonom PT Bank Central Asia Tbk. David Sumual"
            continue
        if (
            kind is None
            and word in ORG_HEADS | {"fraksi", "divisi", "biro"}
            and (
                in_entity.get(i + 1) == "ORG"
                or (i + 1 < span.start and head_run == i + 1)
                # (a field after the head, which also opens offices: "Divisi [Humas] Polri")
                or (role_start == i + 1 and in_entity.get(i + 2) == "ORG")
            )
            and (role_start is None or role_start == i + 1)
            and i > 0
            and (
                tokens[i - 1][:1].isupper()
                or tokens[i - 1] == ")"
                # "Ketua Komisi III dari fraksi Golkar Bambang Soesatyo"
                or (word == "fraksi" and tokens[i - 1].lower() == "dari")
            )
        ):
            # "Ketua Fraksi partai Demokrat MPR RI": body's heads the tagger left out
            head_run = i
            i -= 1
            continue
        if kind is None and _YEARS.fullmatch(word):
            term = i
            while term > 0 and _YEARS.fullmatch(tokens[term].lower()):
                term -= 1
            if tokens[term].lower() == "periode" and term > 0:
                i = term - 1  # "Ketua Fraksi Partai Demokrat MPR periode 2012-2014 Djafar"
                continue
        if kind is None and word in CORPS and i > 0 and tokens[i - 1].lower() in _RANK_WORDS:
            i -= 1  # "Letnan Kolonel Inf Budi Santoso": the corps after the rank
            continue
        if (
            kind is None
            and word == "tangga"
            and i >= 2
            and tokens[i - 1].lower() == "rumah"
            and tokens[i - 2].lower() in _OF_THE_HOUSEHOLD
            and (role_start is None or role_start == i + 1)
        ):
            role_start = i - 2  # "ibu rumah tangga Lydia Kristiana": a housewife
            i -= 3
            continue
        if word.rstrip(".") in _ACTING and role_start == i + 1:
            role_start = i  # "Plt. Kepala BPS Amalia": the acting office opens the role
            i -= 1
            continue
        if role_start == i + 1 and _acting_spelt_out(tokens, i):
            role_start = i - 4  # "Pelaksana tugas (Plt) Gubernur DKI Jakarta Sumarsono"
            i -= 5
            continue
        if (
            word in {"tugas", "harian"}
            and i > 0
            and tokens[i - 1].lower() == "pelaksana"
            and role_start == i + 1
        ):
            # "Pelaksana Tugas Bupati Banyumas Budhi Setiawan", "Pelaksana Harian Ketua …"
            role_start = i - 1
            i -= 2
            continue
        if (
            word == ")"
            and i >= 3
            and tokens[i - 2] == "("
            and _BRACKETED.fullmatch(tokens[i - 1])
            # (or a body's: "Presiden Persekutuan Pekilang-Pekilang Malaysia (FMM) Tan Sri …")
            and (
                tokens[i - 3].lower() in _ROLE_RUN
                or in_entity.get(i - 3) in ("ORG", "LOC")
                # "Deputi Bidang Protokol, Pers dan Media (PPM) Sekretariat Presiden Bey"
                or _in_bidang_fields(tokens, i - 3, span.start)
                # "Kepala Ekonom PT Bank Central Asia Tbk. (BBCA) David Sumual"
                or (i >= 4 and tokens[i - 3] == "." and tokens[i - 4].lower() in _LEGAL_FORMS)
            )
        ):
            i -= 3  # "Penjabat (Pj) Gubernur Jawa Tengah Nana Sudjana"
            continue
        if (
            word == ")"
            and i >= 3
            and tokens[i - 2] == "("
            and _BRACKETED.fullmatch(tokens[i - 1])
            # (also where a role word opened after it: "Kabag Penerangan Umum (Penum)
            # Divisi Humas Polri Kombes Martinus Sitompul")
            and (title := _title_before_capitalised(tokens, i - 3, in_entity)) is not None
        ) or (
            role_start is None
            and i == span.start - 1
            and kind is None
            and (title := _title_before_capitalised(tokens, i, in_entity)) is not None
        ):
            # a body the tagger left out, capitalised back to the office: "Ketua Panitia
            # Seleksi Nasional (Panselnas) A.S. Pudjoharsoyo", "Ketua Umum Persaudaraan
            # Alumni 212 Slamet Marif"
            i = title
            continue
        if (
            word == ")"
            and i >= 4
            and tokens[i - 3] == "("
            and tokens[i - 2].lower() in TITLE_WORDS
            and _BRACKETED.fullmatch(tokens[i - 1])
            and tokens[i - 4][:1].isupper()
            and role_start is None
        ):
            # a title's short form of two words in brackets: "Menteri Koordinator Bidang
            # Politik, Hukum, dan Keamanan (Menko Polhukam) Wiranto"
            i -= 4
            continue
        if i >= 5 and _short_form_of_two_words(tokens, i):
            # a body's short form of two words: "Ketua Pengurus Besar Ikatan Pencak Silat
            # Indonesia (PB IPSI) Prabowo Subianto", "Kepala Biro Penerangan Masyarakat (Karo
            # Penmas) Divisi Humas Polri Brigjen Rikwanto"
            # (a word of kin closes a body's name: "Komisi Perlindungan Anak (Komnas PA)")
            if (
                tokens[i - 4].lower() in _ROLE_RUN and tokens[i - 4].lower() not in _KIN
            ) or in_entity.get(i - 4) in ("ORG", "LOC"):
                i -= 4
                continue
            if (title := _title_before_capitalised(tokens, i - 4, in_entity)) is not None:
                i = title
                continue
        if word == ")" and i >= 3 and tokens[i - 2] == "(":
            spelled = _spelled_out(tokens, i - 2, tokens[i - 1])
            if spelled is not None:
                # "Direktur Jenderal Penyelenggaraan Haji dan Umrah (PHU) Kemenag Hilman": the
                # field the short form spells out, which no list holds
                i = spelled - 1
                continue
        if (
            kind is None
            and word not in _ROLE_RUN
            and word not in _LINKS
            # a short form the tagger left out: "Ketua RT Tono", "Juru bicara TPNPB-OPM Sebby"
            # (not after a rank: "AKBP AM Dicky Pastika", the name's initials)
            and not (
                SHORT_FORM.fullmatch(tokens[i])
                and not (i > 0 and tokens[i - 1].lower().rstrip(".") in _RANKS)
            )
            # a unit's number: "Danrem 061 Kolonel Inf Ali Aspar", "Kodim 0621"
            and not (tokens[i].isdigit() and i > 0 and tokens[i - 1].lower() in _NUMBERED_UNITS)
            # a body's Roman number: "Ketua Komisi III dari fraksi Golkar Bambang Soesatyo"
            and not (
                _ROMAN.fullmatch(tokens[i]) and i > 0 and tokens[i - 1].lower() in _ROMAN_NUMBERED
            )
            and not (
                word in _ROMAN_NUMBERED
                and tokens[i][:1].isupper()
                and i + 1 < len(tokens)
                and _ROMAN.fullmatch(tokens[i + 1]) is not None
            )
            # a field named by a capitalised noun of pe-…-an or ke-…-an: "Plt Deputi
            # Penindakan KPK Asep", "Direktur Penyidikan Bareskrim", "Kepala Bagian Kepegawaian"
            and not (tokens[i][:1].isupper() and FIELD_NOUN.fullmatch(word))
            # a ministry's field, capitalised: "Menteri Agraria dan Tata Ruang Nusron Wahid"
            # (not "anak perempuan Sunan Kalijaga")
            and not (tokens[i][:1].isupper() and word in MINISTRY_FIELDS)
            # an office's number: "Presiden ke-7 RI Joko Widodo", "Presiden keenam RI"
            # (not a child's: "putra pertama Presiden Joko Widodo" is no role of his)
            and not (ORDINAL.fullmatch(word) and i > 0 and tokens[i - 1].lower() not in _KIN)
            # a calling's field in lower case: "atlet nasional lompat jauh Maria Natalia Londa",
            # "pelatih bulu tangkis Rexy Mainaky"
            and not _field_of_calling(tokens, i, in_entity, next_to_name=i == span.start - 1)
        ):
            break
        if kind is None and _partner_titled(tokens, i):
            role_start = i - 1  # "Venture Partner Spiral Ventures David Soukhasing"
            i -= 2
            continue
        if kind is None and word in ROLE_OPENING and not _coordinating_ministry(tokens, i):
            role_start = i
        i -= 1
    if role_start is not None:
        # "Managing Director GrabPay …", "Bank Indonesia Governor Perry Warjiyo"
        role_start = _english_opening(tokens, role_start, in_entity)
        if all(
            tokens[k].lower().rstrip(".") in _RANKS | CORPS | _SET_OFF_ADDRESS | {"pol", "polisi"}
            or _inside_a_long_rank(tokens, k)
            # the navy's rank: "Kolonel Laut", "Letkol Laut"
            or (k > role_start and tokens[k] == "Laut")
            for k in range(role_start, span.start)
        ):
            # "Kapolsek Cipondoh, Kompol Bayu Suseno": the office set off before the rank (or
            # a form of address: "Dokter spesialis anak RSUD Tarakan, dr. Rina Kartika")
            office = _role_before_comma(tokens, role_start, in_entity, span.end)
            if office is not None:
                return office
            # "Kapen Koops Habema Letkol Inf Iwan", "Kapenrem 172/PWY Letkol Inf Yudha": the
            # office and its unit's name (capitalised, numbered) before the rank
            unit = _office_before_rank(tokens, role_start, in_entity)
            if unit is not None:
                return unit, role_end
        return role_start, role_end
    before_comma = _role_before_comma(tokens, span.start, in_entity, span.end)
    if before_comma is not None:
        return before_comma
    # Appositive: "Name, role words …" (after an age too: "Slamet (52), pedagang beras …")
    j = span.end
    if (
        j + 3 < len(tokens)
        and tokens[j] == "("
        and tokens[j + 1].isdigit()
        and tokens[j + 2] == ")"
    ):
        j += 3
    if j + 2 < len(tokens) and tokens[j].lower() == "dari" and in_entity.get(j + 1) == "ORG":
        # "kata Gongbo Zhao dari NAOC, pemimpin studi yang lain": the body the person is
        # from, then the calling set off after it
        k = j + 1
        while k < len(tokens) and in_entity.get(k) == "ORG":
            k += 1
        if k < len(tokens) and tokens[k] == ",":
            j = k
    # (or the office someone takes: "melantik Safrizal ZA sebagai Direktur Jenderal …")
    appointed = (
        j + 1 < len(tokens)
        and tokens[j].lower() in {"sebagai", "selaku"}
        and tokens[j + 1][:1].isupper()
        and tokens[j + 1].lower() in TITLE_WORDS
    )
    if (
        not appointed
        and j + 2 < len(tokens)
        and tokens[j].lower() in {"selaku", ","}
        and tokens[j + 1][:1].isupper()
        and any(
            tokens[k].lower() in TITLE_WORDS and _english_opening(tokens, k) == j + 1
            for k in range(j + 2, min(len(tokens), j + 6))
        )
        and (tokens[j] != "," or _plain_office_set_off(tokens, j + 1, in_entity))
    ):
        # "Olivia Lautner selaku Associate Country Manager Carousell Indonesia": an office
        # in English after "selaku" (or set off: "Olivia Lautner, Associate Country …")
        appointed = True
    # (or an office given in a relative clause: "Maman Sidikou, yang merupakan pemimpin
    # MONUSCO, …", "Habiburokhman yang juga Ketua Komisi III")
    relative = j + (tokens[j] == ",") if j < len(tokens) else j
    related = False
    if (
        not appointed
        and relative + 2 < len(tokens)
        and tokens[relative].lower() == "yang"
        and tokens[relative + 1].lower() in OFFICE_CLAUSE_OPENERS
    ):
        opening = relative + 2
        if tokens[opening].lower() == "sebagai" and opening + 1 < len(tokens):
            opening += 1
        if tokens[opening].lower() in ROLE_OPENING and in_entity.get(opening) is None:
            j, related = opening - 1, True
            appointed = tokens[opening][:1].isupper()
    if not appointed and not related and j + 2 < len(tokens) and tokens[j] == ",":
        # "Ipung, satu manager karaoke di kawasan BSD": one of many, then the calling
        article = (
            1
            if tokens[j + 1].lower() in _ONE_OF | {"satu"}
            else 2
            if tokens[j + 1].lower() == "salah" and tokens[j + 2].lower() in _ONE_OF
            else 0
        )
        if (
            article
            and j + article + 1 < len(tokens)
            # (not a relation, which says whose: "Malcolm Young, seorang suami, ayah, …")
            and tokens[j + article + 1].lower() not in OF_SOMEONE
        ):
            j, related = j + article, True
    # (not after a cue set off inside a sentence: "Yang membedakan, lanjut Kamaruddin, guru
    # PAI harus …": the comma closes the cue and the statement goes on)
    inserted_cue = (
        span.start >= 2
        and tokens[span.start - 1].lower() in _INSERTED_CUES
        and tokens[span.start - 2] == ","
    )
    if appointed or (
        j + 1 < len(tokens)
        and (tokens[j] == "," or related)
        and tokens[j + 1].lower() in ROLE_OPENING
        and not inserted_cue
    ):
        k, after_link = j + 1, False
        while k < len(tokens) and tokens[k] not in _STOP and in_entity.get(k) != "PER":
            word = tokens[k].lower()
            if tokens[k] == "lantas" and not (k + 1 < len(tokens) and tokens[k + 1][:1].isupper()):
                break  # "Fallon, sang pembawa acara lantas menunjukkan …": "then", no unit
            if (
                in_entity.get(k) is None
                and word not in _ROLE_OR_MODIFIER
                and word not in _LINKS
                # "Ichwan Persada, produser sekaligus penulis cerita": a second calling
                and not (
                    word in {"sekaligus", "merangkap"}
                    and k + 1 < len(tokens)
                    and tokens[k + 1].lower() in ROLE_OPENING
                )
                # "Wenny Yuniar, VP Home Living & Culinary Category Blibli": an ampersand
                # between the capitalised words of one office
                and not (
                    tokens[k] == "&"
                    and tokens[k - 1][:1].isupper()
                    and k + 1 < len(tokens)
                    and tokens[k + 1][:1].isupper()
                )
                # "Amir Hamidy, ahli herpetologi dari LIPI, …": a field in lower case
                and not (_FIELD_WORD.fullmatch(tokens[k]) and k - j <= 4)
                # (a ke-…-an or pe-…-an field, too: "deputi komisioner unit kejahatan siber")
                # (not after a preposition: "Sekjen UNWTO dalam pernyataan …"); capitalised,
                # anywhere: "anggota Bidang Penelitian dan Pengembangan Gizi"
                and not (
                    FIELD_NOUN.fullmatch(word)
                    and (k - j <= 5 or tokens[k][:1].isupper())
                    and tokens[k - 1].lower() not in _LINKS | _NOT_BEFORE_A_FIELD
                )
                and not (
                    FIELD_NOUN.fullmatch(word)
                    and tokens[k][:1].isupper()
                    and tokens[k - 1].lower() in {"dan", "serta"}
                    and tokens[k - 2][:1].isupper()
                )
                # a body's short form the tagger left out, closing the apposition ("Manuela
                # Schwesig, politisi SDP.")
                and not (
                    SHORT_FORM.fullmatch(tokens[k])
                    and k > j + 1
                    and (k + 1 >= len(tokens) or tokens[k + 1] in _STOP)
                )
                # and the body after "dari"/"di" that the tagger left out, up to the comma
                and not (
                    tokens[k][:1].isupper()
                    and (
                        tokens[k - 1].lower() in _LINKS | {"warga", "penduduk"}
                        or (after_link and k - j <= 8)
                    )
                )
            ):
                break
            after_link = tokens[k].lower() in _LINKS | {"warga", "penduduk"} or (
                after_link and tokens[k][:1].isupper()
            )
            k += 1
        if (
            k - 2 > j
            and k < len(tokens)
            and tokens[k - 2].lower() in {"sekaligus", "merangkap"}
            and tokens[k].islower()
            and tokens[k] not in _STOP
        ):
            # "Budi, guru sekaligus kepala sekolah, …": the second calling runs on past what the
            # role takes; not "guru sekaligus kepala", the first calling alone
            k -= 2
        if (
            not appointed
            and k < len(tokens)
            and in_entity.get(k) is None
            and tokens[k][:1].isupper()
            and tokens[k].lower() in ORG_HEADS
        ):
            # "…, Direktur Asosiasi Pendamping Perempuan Usaha Kecil kepada …": a body's
            # name the tagger left out, opened by its head, up to where the sentence goes on
            body_end = k + 1
            while (
                body_end < len(tokens)
                and tokens[body_end][:1].isupper()
                and in_entity.get(body_end) is None
            ):
                body_end += 1
            if body_end < len(tokens) and (tokens[body_end] in _STOP or tokens[body_end].islower()):
                k = body_end
        reach = k  # (over the capitalised words of an office the loop did not know: "DPP")
        while (
            reach < len(tokens)
            and tokens[reach] not in _STOP
            and in_entity.get(reach) != "PER"
            and (tokens[reach][:1].isupper() or tokens[reach].lower() in _LINKS)
        ):
            reach += 1
        if (
            reach + 1 < len(tokens)
            and tokens[reach].lower() in _NAMING_WORDS
            and in_entity.get(reach + 1) == "PER"
        ):
            return None  # "Senada dengan Yusuf, produser film Bluebell yakni Claudia …": hers
        if (
            not appointed
            and reach < len(tokens)
            and in_entity.get(reach) == "PER"
            and tokens[reach - 1][:1].isupper()
            # (the run ends with the office's body or field, not a title word before a name
            # the tagger misread: "Martin Lau, Presiden [Tencent], …")
            and tokens[reach - 1].lower() not in TITLE_WORDS
            and not any(tokens[m].lower() in OF_SOMEONE for m in range(j + 1, reach))
            and not _aside_closes_before_predicate(tokens, reach, in_entity)
        ):
            # "…, Nusron Wahid, Sekjen DPP Partai Golkar Idrus Marham, …": the office right
            # before the next name is that person's (not a relation: "Psaki, juru bicara
            # Presiden Joe Biden")
            return None
        while k > j + 1 and tokens[k - 1].lower() in _LINKS | _NOT_BEFORE_A_FIELD:
            k -= 1
        if not appointed:
            # "manager karaoke di kawasan": where, written small, is no part of the calling
            # (a place's name is: "petani sayuran di India")
            link = next(
                (m for m in range(k - 1, j + 1, -1) if tokens[m].lower() == "di"),
                None,
            )
            if link is not None and all(
                tokens[m].isalpha() and tokens[m].islower() and in_entity.get(m) is None
                for m in range(link + 1, k)
            ):
                k = link
        if (
            span.start > 0
            and tokens[span.start - 1].lower() in {"menurut", "lanjut"}
            and (k >= len(tokens) or tokens[k] in {".", "!", "?"} or _clause_goes_on(tokens, k))
        ):
            # "Menurut Tono, warga aman.", "Menurut Mamat, korban kecelakaan bus itu silih
            # berganti datang", "Lanjut Ita, korban bersama istri langsung membuat laporan":
            # what he says follows the comma (not "Menurut Tono, warga Desa
            # Sukamaju, …", "Menurut Alvian, adik sepupu Wiwit, …")
            return None
        if (
            not appointed
            and not related
            and span.start > 0
            and tokens[span.start - 1].isalpha()
            and tokens[span.start - 1].islower()
            and tokens[span.start - 1] not in _INSERTED_CUES | {"dan", "serta", "atau"}
            and k < len(tokens)
            and (re.fullmatch(r"me[a-z]{3,}", tokens[k]) or tokens[k] in _PREDICATE_OPENERS)
        ):
            # "Selain memeriksa Irvan, penyidik KPK juga menjadwalkan …", "dari tangan Aldi,
            # penyidik menemukan …": the name closes a phrase, and the calling after the
            # comma is the subject of the clause that goes on
            return None
        if (
            k == j + 2
            and tokens[j + 1][:1].isupper()
            and k < len(tokens)
            and tokens[k].isalpha()
            and tokens[k].islower()
        ):
            # "Menurut Prasetyo, Presiden juga akan melantik …": one capitalised title, then
            # a clause goes on, names the subject of what is said, not who the person is
            return None
        if appointed:
            # the office taken runs over its capitalised field ("… sebagai Direktur Jenderal
            # Bina Administrasi Kewilayahan"), joined by "dan"
            while (
                k < len(tokens)
                and in_entity.get(k) != "PER"
                and (
                    tokens[k][:1].isupper()
                    or (
                        tokens[k].lower() in {"dan", "serta", "untuk", "urusan"}
                        and k + 1 < len(tokens)
                        and tokens[k + 1][:1].isupper()
                    )
                )
            ):
                k += 1
            # (not "di", "pada": "… sebagai Menteri … di Istana Negara" is where)
            k = next(
                (m for m in range(j + 2, k) if tokens[m].lower() in {"di", "pada", "dalam"}), k
            )
            if k < len(tokens) and in_entity.get(k) == "PER":
                return None  # "Billy Magnussen sebagai Pangeran Anders": a part played
        return j + 1, k
    return None
