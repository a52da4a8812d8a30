"""Who a speaker phrase names: person (name + role), organisation, anonymous source, pronoun,
epithet or title; and which capitalised words can be part of a person's name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from typing import Literal

from warta.extract.body_names import KNOWN_BODY_NAMES
from warta.extract.entity_bodies import LEGAL_FORMS
from warta.extract.ner.lexicon import CORPS, LOC_HEADS, ORG_LAST_WORDS
from warta.extract.ner.roles import LED_BY, brand_word
from warta.extract.numbers import NUMBER_WORD
from warta.extract.quotes.lexicon import (
    ABBREVIATED_OFFICE,
    ABBREVIATED_ORG,
    ANAPHORS,
    ANONYMOUS_MARKERS,
    BALINESE_NAMES,
    DEGREES,
    HONORIFICS,
    INSTITUTION_WORDS,
    MET_BY_THE_PRESS,
    NAME_CONNECTORS,
    ORG_HEADS,
    PRONOUNS,
    STATEMENT_ADJECTIVES,
    THROUGH,
    TITLES,
    is_degree,
)
from warta.extract.quotes.text import Tok, handle_end, make_tok

Kind = Literal["person", "org", "anonymous", "pronoun", "elided", "anaphor", "title", "generic"]

# Seats of power that speak for a government in news ("Kremlin said").
_METONYMS = frozenset(
    {"kremlin", "elysee", "élysée", "pentagon", "vatikan", "downing", "whitehall", "istana",
     "gedung", "senayan", "zhongnanhai", "knesset", "bundestag", "duma"}
)  # fmt: skip
# Capitalised at a sentence start but never part of a name.
SENTENCE_WORDS = frozenset(
    {"menurut", "kata", "ujar", "dalam", "di", "pada", "namun", "tetapi", "tapi", "sementara",
     "sedangkan", "selain", "itu", "ini", "dan", "karena", "sebab", "bahkan", "kemudian",
     "lalu", "saat", "ketika", "setelah", "sebelum", "jika", "kalau", "meski", "sejak",
     "sebelumnya", "adapun", "baik", "oleh", "bagi", "untuk", "dengan", "seperti", "kini",
     "hal", "pihak", "para", "kedua", "sang", "si", "sebagai", "terkait", "soal", "atas",
     "yang", "apa", "siapa", "tak", "tidak", "juga", "pun", "ya", "nah", "oh", "wah",
     "salah", "satu", "seorang", "sebuah", "ia", "dia", "beliau", "mereka", "kami", "kita",
     "anda", "saya", "aku", "kamu", "engkau", "kalian", "selaku", "begitu", "demikian",
     "itulah", "maka", "kali", "giliran",
     # sentence adverbs ("Misalnya, …") and day names ("di Jakarta, Minggu menyebutkan")
     "misalnya", "contohnya", "rencananya", "akhirnya", "sayangnya", "untungnya", "rupanya",
     "ternyata",
     "selanjutnya", "apalagi", "padahal", "tentunya", "intinya", "artinya", "pasalnya",
     "biasanya", "umumnya", "khususnya", "terutama", "tampaknya", "nampaknya", "kabarnya",
     "konon", "katanya", "nama", "pernyataan", "keterangan", "laporan", "kabar", "unggahan",
     "termasuk", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
     # conjunctions, times and questions that open a sentence ("Kendati Samsung …", "Awal
     # Januari lalu, …", "Apakah Anda …")
     "kendati", "walau", "walaupun", "meskipun", "sekalipun", "biarpun", "apabila", "sehingga",
     "supaya", "agar", "awal", "awalnya", "terakhir", "pertengahan", "apakah", "mengapa",
     "kenapa", "bagaimana", "kapan", "ada",
     # passive verbs that open a sentence ("Dinilai Indra, faktor fisik …")
     "dinilai", "dikatakan", "disebut", "diakui", "ditanya", "dikutip", "dilansir", "diketahui",
     "diduga", "dijelaskan", "ditegaskan", "diungkapkan", "disampaikan", "menurutnya",
     # active verbs that name a source ("Mengutip Ace Showbiz, Hyoyeon …")
     "mengutip", "melansir", "merujuk", "mengacu", "menukil", "mencuplik",
     # days relative to today ("Kemarin Tjahjo mengemukakan, …")
     "kemarin", "besok", "lusa", "semalam", "tadi",
     # prepositions opening a sentence's adverbial ("Seiring berjalannya waktu, Miryam …")
     "seiring", "sejalan", "sesuai", "berdasarkan", "mengenai", "tentang", "usai", "seusai",
     "sesudah", "menjelang", "jelang", "sambil", "sembari", "guna", "demi", "berkat",
     "akibat", "lantaran", "sebagaimana", "selama", "sepanjang", "hingga", "sampai",
     # numbering words of laws and documents ("Peraturan Presiden Nomor 9 Tahun 2016")
     "nomor", "tahun", "pasal", "ayat", "pukul", "halaman", "jilid", "bab"}
)  # fmt: skip


# Sentence connectives a subject phrase may start with ("Lebih lanjut X mengatakan").
_CONNECTIVES = frozenset(
    {"lebih", "lanjut", "selanjutnya", "sementara", "sedangkan", "namun", "tetapi", "tapi",
     "kemudian", "lalu", "adapun", "selain", "itu", "samping", "sebelumnya", "pasalnya",
     "bahkan", "kini", "padahal", "akhirnya"}
)  # fmt: skip


_ACCOUNT_WORDS = frozenset(
    {"akun", "resmi", "twitter", "instagram", "facebook", "tiktok", "x", "media", "sosial",
     "medsos", "pribadi", "milik", "pengguna", "warganet", "netizen"}
)  # fmt: skip


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    from babel import Locale

    # single-word country names only: the words of "Sri Lanka" are also given names
    words = {n.lower() for n in Locale("id").territories.values() if " " not in n}
    words.update(
        {"as", "amerika", "rusia", "ukraina", "eropa", "asia", "afrika", "barat", "timur",
         "utara", "selatan", "tengah", "jakarta", "surabaya", "bandung", "medan", "makassar",
         "semarang", "yogyakarta", "moskow", "washington", "kyiv", "kiev", "beijing",
         "london", "paris", "tokyo", "teheran", "jawa", "sumatra", "sumatera", "kalimantan",
         "sulawesi", "papua", "bali", "nusa", "tenggara", "daerah", "istimewa", "ri", "dki",
         "jabar", "jateng", "jatim", "sumut", "sulsel", "belarus", "belarusia", "prancis",
         "inggris", "korea", "arab", "saudi", "timteng", "aceh", "riau", "jambi", "bengkulu",
         "lampung", "banten", "gorontalo", "maluku", "sumsel", "sumbar", "kaltim", "kalbar",
         "kalsel", "kalteng", "kaltara", "sulut", "sulteng", "sultra", "sulbar", "ntb", "ntt",
         "diy", "kepri", "babel", "bekasi", "bogor", "depok", "tangerang", "malang", "solo",
         "palembang", "pekanbaru", "padang", "batam", "pontianak", "balikpapan", "samarinda",
         "manado", "denpasar", "mataram", "kupang", "ambon", "jayapura", "sorong", "cirebon",
         # spellings Indonesian news uses besides CLDR's, and administrative areas
         "hongaria", "distrik", "provinsi", "kabupaten", "kota", "kecamatan", "wilayah",
         "kelurahan", "desa", "dusun", "kampung", "gampong", "nagari"}
    )  # fmt: skip
    return frozenset(words)


def _gazetteer() -> Mapping[tuple[str, ...], str]:
    """warta's gazetteer (token tuple → type), read once per process."""
    from warta.extract.ner.tagger import shipped_gazetteer

    return shipped_gazetteer()


def is_known_place(name: str) -> bool:
    """Whether `name` is a place warta knows ("Hong Kong", "Asia Tenggara", "Jakarta")."""
    words = tuple(name.lower().split())
    return _gazetteer().get(words) == "LOC" or all(w in place_words() for w in words)


@lru_cache(maxsize=1)
def _known_place_words() -> frozenset[str]:
    return place_words() | gazetteer_words("LOC")


@lru_cache(maxsize=2)
def gazetteer_words(kind: str | None = None) -> frozenset[str]:
    """One-word names warta's gazetteer knows ("Batang", "Semarang"), of one type or all."""
    gazetteer = _gazetteer()
    return frozenset(k[0] for k, v in gazetteer.items() if len(k) == 1 and kind in {None, v})


# Suffixes closing a name ("Ferdinand Marcos Jr.", "Martin Luther King III")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Title words that are also common name parts ("Arya Perdana", "Dewi Ratu").
_NAME_OR_TITLE = frozenset(
    {"perdana", "raja", "ratu", "agung", "utama", "bintang", "besar", "putra", "putri", "jaya",
     "mulia", "mas", "pangeran", "anak", "senior", "legenda", "muda", "khusus", "tinggi"}
)  # fmt: skip


# Words that close the name of a body, never a person's (a venue's name speaks for its body)
_ORG_CLOSERS = ORG_LAST_WORDS | {
    "centre",
    "center",
    "ministry",
    "department",
    "office",
    "board",
    "club",
    "museum",
    "service",
}


@dataclass(slots=True)
class Phrase:
    """What a speaker phrase names. `name` is the person name part (persons only)."""

    kind: Kind
    mention: str
    name: str | None = None
    role: str | None = None


# Offices named after the region they head ("Bupati Poso", "Kapolres Bogor")
REGIONAL_OFFICES = frozenset(
    {"bupati", "walikota", "gubernur", "camat", "lurah", "kades", "kapolres", "kapolresta",
     "kapolrestro", "kapolda", "kapolsek", "dandim", "danrem", "pangdam", "kajati", "kajari",
     "sekda", "wabup", "wagub", "wawali"}
)  # fmt: skip
# Words for those who live somewhere, before the place ("warga Kampung Melayu")
_RESIDENTS = frozenset({"warga", "penduduk", "penghuni", "masyarakat", "orang", "asal"})


def _names_a_body(tok: Tok) -> bool:
    """An organisation or seat-of-power word ("Bank Dunia itu", "Kremlin"), or an acronym."""
    low = tok.low
    return _org_word(low) or low in INSTITUTION_WORDS or low in _METONYMS or is_acronym(tok.text)


def _org_word(low: str) -> bool:
    return low in ORG_HEADS or ABBREVIATED_ORG.fullmatch(low) is not None


def is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


# "al-Ansari", "el-Sisi", "as-Sudais": an Arabic article glued to a name part
_PREFIXED_NAME = re.compile(r"(?:al|el|ad|ar|as|at|az|an|ash|ul|abd|abu)-[A-Z][\w'-]+")
# Lower-case particles inside a name: "Mohammed bin Salman", "Ursula von der Leyen", Batak
# "br" (boru) before a woman's clan name ("Rosmaida br Simatupang")
NAME_PARTICLES = frozenset(
    {"bin", "binti", "ibn", "van", "von", "der", "den", "de", "da", "dos", "du", "la", "le",
     "br", "boru", "del", "della", "dei", "degli", "ter", "al", "el"}
)  # fmt: skip


# Heads of anaphors that point back to an organisation ("Kelompok itu", "partai tersebut")
BODY_NOUNS = frozenset(
    {"kelompok", "organisasi", "lembaga", "partai", "perusahaan", "badan", "kementerian",
     "klub", "pihak", "aliansi", "serikat", "komisi", "otoritas", "institusi"}
)  # fmt: skip
# Lower-case role nouns that take a name right after them ("kepala sekolah Nurhasanah",
# "ketua RT Budi", "guru SD Siti")
_LOWER_ROLES = frozenset(
    {"kepala", "ketua", "guru", "dosen", "direktur", "manajer", "pemilik", "petugas", "warga",
     "pedagang", "pengemudi", "sopir", "dokter", "perawat", "bidan", "camat", "lurah", "kades"}
)  # fmt: skip
# Nouns that describe a human being: a name set off after one is a person's, whatever NER
# tagged it ("Wisatawan asal Jakarta, Nadia Putri")
HUMAN_ROLES = _LOWER_ROLES | frozenset(
    {"wisatawan", "pengunjung", "penumpang", "siswa", "mahasiswa", "mahasiswi", "pelajar",
     "ibu", "bapak", "pengendara", "petani", "nelayan", "buruh", "karyawan", "saksi", "korban",
     "pembeli", "penjual", "peserta", "pemudik", "pasien", "orang", "seorang", "salah", "anak",
     "remaja", "pemuda", "kakek", "nenek", "suami", "istri"}
)  # fmt: skip
# Nouns for someone the article brings in without a name ("seorang wanita", "salah satu
# petugas"), whom "sang wanita" or "petugas tersebut" then means
INTRODUCED_HUMANS = frozenset(
    {"wanita", "perempuan", "pria", "lelaki", "laki-laki", "gadis", "bocah", "remaja",
     "pemuda", "pemudi", "korban", "pelaku", "nenek", "kakek", "siswa", "siswi", "mahasiswa",
     "mahasiswi", "sopir", "pengemudi", "pelapor", "saksi", "penumpang", "pasien", "warga",
     # ("salah satu petugas … yang enggan disebutkan namanya" … "ujar petugas tersebut")
     "petugas", "pegawai", "karyawan", "staf", "pejabat", "tetangga", "pedagang"}
)  # fmt: skip
# What a match's feats are called: a goal "memastikan" (secures) a win, it reports nothing
_FEATS = frozenset(
    {"gol", "brace", "hattrick", "hat-trick", "assist", "sundulan", "tendangan", "tembakan",
     "penalti", "kemenangan", "kekalahan", "skor", "poin", "raihan", "torehan"}
)  # fmt: skip
# Counts before a feat besides number words ("Dua gol", "Sebuah tendangan")
_COUNTS = frozenset({"sebuah", "sepasang", "kedua", "ketiga", "keempat", "kelima"})
_QUANTIFIERS = frozenset(
    {"sejumlah", "beberapa", "para", "banyak", "semua", "seluruh", "kedua", "belasan",
     "puluhan", "ratusan", "ribuan", "jutaan", "sebagian", "mayoritas", "kebanyakan"}
)  # fmt: skip
# Lower-case nouns that say what the person named right before them is ("Lia perwakilan
# dari LPPOM", "Budi warga setempat")
_ROLE_AFTER_NAME = HUMAN_ROLES - {"orang", "seorang", "salah", "ibu", "bapak", "anak"} | frozenset(
    {"perwakilan", "wakil", "anggota", "pengurus", "staf", "juru", "pendiri", "pengamat",
     "pakar", "ahli", "peneliti", "aktivis", "relawan", "koordinator"}
)  # fmt: skip
# Head nouns of an epithet for someone named before ("pria kelahiran Bandung itu", "aktor
# berusia 38 tahun", "pemain asal Brasil"): people by sex, age or calling.
_EPITHET_HEADS = (HUMAN_ROLES - ANONYMOUS_MARKERS - {"orang", "seorang", "salah"}) | (
    _CALLING_EPITHETS := frozenset(
    {"pria", "wanita", "perempuan", "lelaki", "laki-laki", "sosok", "pemudi", "gadis", "bocah",
     "aktor", "aktris", "artis", "penyanyi", "pemain", "pebalap", "pembalap", "petenis",
     "pebulu", "pesepak", "pegolf", "atlet", "pelatih", "politikus", "politisi", "pengusaha",
     "musisi", "komedian", "model", "sutradara", "produser", "penulis", "rapper", "kiper",
     "striker", "penyerang", "gelandang", "bek", "winger", "juara", "legenda", "mantan",
     "eks", "bekas", "bintang", "jenderal", "perwira", "purnawirawan", "ekonom", "pengamat",
     "pakar", "ahli", "tokoh", "ulama", "kiai", "pendeta", "biarawati", "pedangdut", "selebriti",
     "selebgram", "youtuber", "presenter", "pembawa", "desainer", "koki", "chef", "pianis",
     "gitaris", "vokalis", "drummer", "pelari", "perenang", "pegulat", "petinju", "pesilat"}
    )
)  # fmt: skip
# Positions and callings that are not among the titles before names above
_MORE_ROLE_WORDS = frozenset(
    {"pengungsi", "pendaki", "turis", "penonton", "penyintas", "santri", "jemaah", "peziarah",
     # callings the tagger's lists hold ("pemerhati sneaker di Indonesia", "pegiat
     # lingkungan", "praktisi hukum")
     "pemerhati", "pegiat", "penggiat", "praktisi", "pebisnis", "bankir", "miliarder",
     "konglomerat", "caleg", "fungsionaris", "mediator", "negosiator", "pelukis", "penari",
     "biduan", "selebritas", "lifter", "pemanah", "pesenam", "pekerja", "siswi", "kolektor",
     "penjaga",
     "takmir", "marbot",
     "nasabah", "penghuni", "peternak", "personel", "perwakilan", "komisioner", "konsultan",
     "perencana", "veteran", "seniman",
     "agen", "penata", "arsitek", "kurator", "psikolog", "psikiater", "pemeran", "diva",
     "penerbit", "pelaku", "pemandu", "pejabat", "punggawa", "pepanah", "polisi", "aparat",
     "tentara", "prajurit", "wasekjen", "sesmenpora", "cmo", "cto", "cio", "vp", "pembina",
     "penggagas", "inisiator", "penggemar", "fans", "pendukung", "simpatisan", "penyidik",
     "penyelidik", "auditor", "notaris", "apoteker", "teknisi", "pilot", "pramugari",
     "masinis", "kru", "awak", "operator", "kontraktor", "investor",
     "pengamen", "pemulung", "satpam", "sekertaris", "seketaris", "putra", "putri",
     "mitra", "kolega", "pengelola", "penanggung", "penyelenggara", "panitia", "pengrajin",
     "perajin", "penyair", "sastrawan", "budayawan", "sejarawan", "ilmuwan", "akademisi",
     "rohaniwan", "pewarta", "jurnalis", "editor", "kolumnis", "blogger", "influencer",
     "astronaut", "petinggi", "pemenang", "utusan", "atase", "supir", "menantu", "majikan",
     "penggebuk", "spesialis", "promotor", "pembesut", "informan", "trainer", "pentolan",
     "suporter", "warganet", "konsumen", "imam", "sultan", "advokat", "timpalan"}
)  # fmt: skip
# Title words that only qualify an office: alone they name none ("Pers", "Besar")
_QUALIFIERS = frozenset(
    {"besar", "bidang", "hukum", "umum", "utama", "khusus", "harian", "tugas", "hubungan",
     "grand", "general", "masyarakat", "pers", "bicara", "direktorat", "divisi", "senior",
     "business", "financial", "operating", "operations", "product", "technology", "country",
     "managing", "vice", "polhukam", "perekonomian", "kemaritiman", "pmk", "agung", "mantan",
     "eks", "bekas", "sang", "brand"}
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_](?:[\w'-]*\w)?")


# Police and military ranks written before a name
RANKS = frozenset(
    {"kombes", "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol",
     "briptu", "bripda", "irjen", "brigjen", "mayjen", "letjen", "jenderal", "kolonel",
     "letkol", "mayor", "kapten", "lettu", "letda", "serka", "sertu", "serda", "kopda",
     "pratu", "laksamana", "laksma", "laksda", "marsekal", "marsma", "marsda", "komjen",
     # police ranks glued to "Pol": "Kombespol Harry Kurniawan"
     "kombespol", "brigjenpol", "irjenpol", "komjenpol"}
)  # fmt: skip
# Words a name follows directly: ranks, "Brigadir Jenderal", "Komisaris Besar Polisi"
_RANKS_BEFORE_NAMES = RANKS | {"jenderal", "brigadir", "polisi", "pol"}
# Grades written after a rank ("Laksamana Muda", "Marsekal Madya", "Laksamana Pertama")
_RANK_GRADES = frozenset({"muda", "madya", "pertama", "utama"})
# Corps written after a military rank ("Letkol Czi", "Mayor Inf", "Kolonel Laut (P)")
# (the entity step's, "Pol" of police ranks, and the force itself: "Brigjen TNI Budi Santoso")
_CORPS = CORPS | frozenset({"psk", "kal", "pol", "tni", "polri"})
# Kin of someone named: "cucu mursyid Shiddiqiyah Jombang, KH Muchtar Mu'ti ini" is the
# grandchild (the person in focus), not the grandfather the epithet names
_KIN_HEADS = frozenset(
    {"cucu", "anak", "putra", "putri", "adik", "kakak", "ayah", "ibu", "istri", "suami",
     "menantu", "keponakan", "mertua", "sepupu", "ipar", "cicit", "buah"}
)  # fmt: skip
# What describes such a head in an epithet: origin, age, birth, descent, schooling
_EPITHET_MODIFIERS = frozenset(
    {"asal", "berusia", "berumur", "kelahiran", "berdarah", "keturunan", "berkebangsaan",
     "kebangsaan", "berpaspor", "lulusan", "jebolan", "alumnus", "alumni", "didikan"}
)  # fmt: skip


# Balinese names open with "I" (men) or "Ni" (women) before a birth-order name: "I Gede
# Suardana", "Ni Luh Putu Ayu"
_BALINESE_MARKERS = frozenset({"i", "ni", "sang"})  # ("Sang Made Mahendra Jaya")


def balinese_marker(toks: list[Tok], index: int) -> bool:
    """Whether toks[index] is the "I"/"Ni" that opens a Balinese name."""
    return (
        toks[index].low in _BALINESE_MARKERS
        and toks[index].is_cap
        and index + 1 < len(toks)
        and toks[index + 1].low in BALINESE_NAMES
    )


def name_like(tok: Tok, common: frozenset[str]) -> bool:
    if _PREFIXED_NAME.fullmatch(tok.text):
        return True
    low = tok.low.rstrip(".")
    return (
        tok.is_cap
        and tok.is_word
        and not any(ch.isdigit() for ch in tok.text)
        and not is_acronym(tok.text)
        and sum(ch.isupper() for ch in tok.text[1:]) < 2  # "GoToMalls" is a brand
        and not brand_word(tok.text)  # "TikTok", "PlayStation"
        and low not in TITLES
        and ABBREVIATED_OFFICE.fullmatch(low) is None
        and ABBREVIATED_ORG.fullmatch(low) is None
        and low not in ORG_HEADS
        and low not in INSTITUTION_WORDS
        and low not in place_words()
        and low not in _METONYMS
        and low not in SENTENCE_WORDS
        and low not in common
        # a field, capitalised in an office ("Direktur Jenderal Perkeretaapian Risal Wasal")
        and _FIELD_NOUN.fullmatch(low) is None
    )


# A title word that is also a common given name, which opens the name after no other title
_GIVEN_OR_TITLE = frozenset({"agung"})
# Two words of one office, the second of which may be a name elsewhere ("Agung")
_OFFICE_PAIRS = frozenset({("jaksa", "agung"), ("hakim", "agung"), ("agung", "muda")})
# Offices named "… Jenderal" ("Direktur Jenderal Pajak"): no military rank
_GENERAL_OFFICES = frozenset({"direktur", "sekretaris", "inspektur", "jaksa", "konsul"})
# Nouns of pe-…-an and ke-…-an, nine letters at least: fields of an office, never names
_FIELD_NOUN = re.compile(r"(?:pe[nmr]?|peng|peny|ke)[a-z]{4,}an")


def _join(text: str, toks: list[Tok]) -> str:
    return text[toks[0].start : toks[-1].end] if toks else ""


def _lower_first(phrase: str) -> str:
    words = phrase.split()
    if len(words) >= 2 and not is_acronym(words[0]) and words[1][:1].islower():
        if words[1] in {"of", "for"}:
            return phrase  # an English title: "Head of Research Kiwoom Sekuritas"
        if words[0] in KNOWN_BODY_NAMES:
            return phrase  # a body's name opens it: "Danantara chief investment officer"
        return phrase[:1].lower() + phrase[1:]
    return phrase


def _role(text: str, toks: list[Tok]) -> str | None:
    if any(t.low in {"sapaan", "panggilan"} for t in toks[-2:]) and (
        toks[-1].low in {"sapaan", "panggilan", "akrab", "karib"}
    ):
        return None  # "Soni sapaan karib Sumarsono": a call name, then the name; no role
    if (
        len(toks) > 1
        and toks[0].start >= 2
        and text[toks[0].start - 1] == "."
        and text[toks[0].start - 2].isalnum()
    ):
        # "kepada Suara.com staf ahli Anang, Aris": a domain's ending (alone it stays: the
        # resolver reads a role-less phrase's first word as a glued title, "situs
        # Arrahmah.com, Muhammad Jibriel")
        toks = toks[1:]
    toks = [t for t in toks if t.text != "."]
    # (an office set off before the name keeps its last word: "… untuk Urusan Haji, Ali
    # Mahmud")
    set_off = bool(toks) and text[toks[-1].end : toks[-1].end + 2].lstrip().startswith(",")
    while (
        toks
        and (toks[-1].low in HONORIFICS or (toks[-1].low == "profesor" and len(toks) > 1))
        and not set_off
    ):
        # "Pak", "H." before a name are forms of address, not roles; so is "Profesor"
        # closing one ("ahli hukum pidana Profesor Romli Atmasasmita")
        toks.pop()
    through = next(
        (i for i, t in enumerate(toks) if 0 < i < len(toks) - 1 and t.low in THROUGH),
        None,
    )
    if through is not None:
        # "Kementerian Luar Negeri China melalui juru bicaranya" → "juru bicara Kementerian
        # Luar Negeri China"; "Polda Metro Jaya melalui Kabid Humas Kombes" → "Kabid Humas
        # Polda Metro Jaya"
        body = _join(text, toks[:through])
        office = [t for t in toks[through + 1 :] if t.text != ","]
        while len(office) > 1 and office[-1].low in RANKS:
            office.pop()
        words = _join(text, office).split()
        if words and words[-1].lower().endswith("nya"):
            words[-1] = words[-1][:-3]
        return " ".join([*words, body]) if words else None
    return _role_words(text, toks)


# Words of a rank or form of address set off after an office, before the name ("Kepala
# Bidang Humas Polda Jawa Barat, Komisaris Besar Polisi Yusri Yunus"): no office
RANK_OR_ADDRESS = (
    RANKS
    | _RANKS_BEFORE_NAMES
    | _RANK_GRADES
    | _CORPS
    | HONORIFICS
    | {
        "komisaris",
        "besar",
        "inspektur",
        "ajun",
        "jendral",
        "ustadz",
        "ustaz",
        "ustad",
        "kiai",
        "kyai",
        "letnan",
        "sersan",
        "kopral",
        "prajurit",
        "laut",
        "udara",
        "(",
        ")",
        "p",
        "k",
    }
) - {"utama"}  # fmt: skip  ("Komisaris Utama": a company's office)


def only_rank_words(words: list[str]) -> bool:
    """Whether `words` are a rank or form of address only ("Komisaris Besar Polisi", "AKBP",
    "Letkol Czi"), not an office ("Komisaris", "Komisaris Utama Pertamina")."""
    lows = [w.lower().strip(".()") for w in words]
    return (
        bool(lows)
        and all(w in RANK_OR_ADDRESS for w in lows)
        and ("komisaris" not in lows or bool({"besar", "polisi", "pol", "ajun"} & set(lows)))
    )


def _set_off_tail(text: str, toks: list[Tok]) -> int | None:
    """Where a part set off by a comma at the end of a role starts that is no office: a rank
    or form of address ("…, Komisaris Besar Polisi", "…, Letkol Czi", "…, Ustadz"), the
    epithet of someone named before ("punggawa Muse, sang vokalis"), or a source ("personel
    Backstreet Boys, menurut penuturan")."""
    # (the comma may be a token or, where the caller dropped it, between two tokens)
    cut = max(
        (
            i
            for i in range(1, len(toks))
            if toks[i].text != "," and "," in text[toks[i - 1].end : toks[i].start + 1]
        ),
        default=None,
    )
    if cut is None:
        return None
    tail = toks[cut:]
    if only_rank_words([t.text for t in tail]) or tail[0].low in _NO_OFFICE_OPENERS:
        while cut > 0 and toks[cut - 1].text == ",":
            cut -= 1
        return cut
    return None


_NO_OFFICE_OPENERS = frozenset({"sang", "menurut", "kata", "ujar"})
# Words a rank of several words opens with
_RANK_OPENERS = RANKS | {"komisaris", "ajun", "inspektur", "brigadir", "letnan", "sersan"}


def _role_words(text: str, toks: list[Tok]) -> str | None:
    while toks and toks[0].low in SENTENCE_WORDS:
        toks = toks[1:]
    while len(toks) > 1 and not toks[0].is_cap and toks[0].low in STATEMENT_ADJECTIVES:
        toks = toks[1:]  # "(Pernyataan) kontroversial sutradara Hanung": the statement's
    if len(toks) > 1 and toks[0].low in LED_BY:
        toks = toks[1:]  # "Dipimpin Managing Partner Eddy Chan": who leads it
    met = next((i for i, t in enumerate(toks[:2]) if t.low in MET_BY_THE_PRESS), None)
    if met is not None:
        # "Dihubungi DailySocial, Vice President …": how the press met him, then his office
        # (the comma may have been taken out of `toks`)
        comma = next(
            (
                i
                for i in range(met, len(toks) - 1)
                if toks[i].text == "," or "," in text[toks[i].end : toks[i + 1].start]
            ),
            None,
        )
        if comma is not None:
            toks = toks[comma + 1 :]
            while toks and toks[0].text == ",":
                toks = toks[1:]
    while toks and toks[-1].text in {",", ";", ":", "–", "—", "-"}:
        toks = toks[:-1]  # "Istri korban Benny, Rosmawati br Ginting": the comma set her off
    tail = _set_off_tail(text, toks)
    while tail is not None and tail > 0:
        toks = toks[:tail]
        tail = _set_off_tail(text, toks)
    return _lower_first(_join(text, toks)) if toks else None


_QUOTE_MARKS = frozenset({"'", '"', "‘", "’", "“", "”"})


def _quoted_nickname(toks: list[Tok], common: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) token indices of a nickname in quotation marks between the given name and
    the surname ("Alessio 'Uccio' Salucci"), if the phrase has one."""
    for i, tok in enumerate(toks):
        if tok.text not in _QUOTE_MARKS or i == 0 or not name_like(toks[i - 1], common):
            continue
        close = next(
            (j for j in range(i + 2, min(len(toks), i + 5)) if toks[j].text in _QUOTE_MARKS),
            None,
        )
        if (
            close is not None
            and close + 1 < len(toks)
            and all(t.is_word and t.is_cap for t in toks[i + 1 : close])
            and name_like(toks[close + 1], common)
        ):
            return i, close + 1
        return None
    return None


_AGE_UNITS = frozenset({"tahun", "thn", "th", "tahunan"})


def _initials_before(toks: list[Tok], bracket: int, common: frozenset[str]) -> bool:
    """Whether the short form in brackets at `bracket` spells the initials of the capitalised
    words right before it: "Susilo Bambang Yudhoyono (SBY)", "Basuki Tjahaja Purnama (BTP)"."""
    short = toks[bracket + 1].text
    if not (2 <= len(short) <= 4 and short.isupper() and short.isalpha()):
        return False
    words = toks[max(0, bracket - len(short)) : bracket]
    return len(words) == len(short) and all(
        name_like(t, common) and t.text[0] == c for t, c in zip(words, short, strict=True)
    )


def _without_alias(toks: list[Tok], common: frozenset[str]) -> list[Tok]:
    """ "Ketua MPR Bambang Soesatyo (Bamsoet)": a short name in brackets after the full one is
    an alias, no part of it."""
    if (
        len(toks) >= 5
        and toks[-1].text == ")"
        and toks[-3].text == "("
        # not "(KPK)", "(EDRi)": an acronym names a body, unless it is the initials of the
        # name before it ("Susilo Bambang Yudhoyono (SBY)")
        and (name_like(toks[-2], common) or _initials_before(toks, len(toks) - 3, common))
        and toks[-4].is_cap
        and toks[-4].is_word
    ):
        return toks[:-3]
    alias = next((i for i in range(len(toks) - 2, 1, -1) if toks[i].low == "alias"), None)
    if (
        alias is not None
        and toks[alias - 1].is_cap
        and toks[alias + 1].is_cap
        and all(t.is_cap and t.is_word for t in toks[alias + 1 :])
        and len(toks) - alias - 1 <= 3
    ):
        # "Ketua Umum PKB Muhaimin Iskandar alias Cak Imin": the name before "alias" is the
        # person's, what follows it another name for the same
        return toks[:alias]
    return toks


def _without_ages(toks: list[Tok]) -> list[Tok]:
    """ "Suparmi (54)", "Ahmad (41 tahun)": an age in brackets after a name is no part of it."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        if toks[i].text == "(" and i + 2 < len(toks) and toks[i + 1].text.isdigit():
            close = i + 2
            if toks[close].low in _AGE_UNITS and close + 1 < len(toks):
                close += 1
            if toks[close].text == ")" and len(toks[i + 1].text) <= 3:
                i = close + 1
                continue
        out.append(toks[i])
        i += 1
    return out


def _name_size(name: list[Tok]) -> int:
    """Words of a name, its particles not counted ("Mohammed bin Abdulrahman Al Thani": 4)."""
    return sum(1 for t in name if t.low not in NAME_PARTICLES)


def _without_affiliation(toks: list[Tok], common: frozenset[str]) -> list[Tok]:
    """ "Verstappen dari Red Bull", "Volodymyr Zelenskiy dari Ukraina": a name, then the team or
    country it comes from; the speaker is the name."""
    at = next((i for i, t in enumerate(toks) if t.low == "dari"), None)
    if (
        at is None
        or at == 0
        or at + 1 >= len(toks)
        or not name_like(toks[at - 1], common)
        # (a numbered body's office goes on: "Wakil Ketua Komisi I dari Fraksi Partai Golkar
        # Dave Laksono")
        or re.fullmatch(r"[IVX]+", toks[at - 1].text) is not None
        or not all(t.is_cap for t in toks[at + 1 :] if t.is_word)
    ):
        return toks
    return toks[:at]


_ANONYMITY = (
    ("enggan", "disebutkan"), ("enggan", "disebut"), ("tidak", "bersedia"), ("tak", "bersedia"),
    ("menolak", "disebutkan"), ("minta", "namanya"), ("berbicara", "dengan"),
    ("tidak", "mau"), ("tak", "mau"), ("enggan", "namanya"), ("meminta", "namanya"),
)  # fmt: skip


def _anonymity_at(toks: list[Tok]) -> int | None:
    """Where a clause withholding the source's name starts ("yang enggan disebut …")."""
    for i, tok in enumerate(toks[:-2]):
        if tok.low == "yang" and (toks[i + 1].low, toks[i + 2].low) in _ANONYMITY:
            return i
    return None


def anonymity_clause(toks: list[Tok]) -> bool:
    """Whether `toks` hold a clause that withholds the source's name."""
    return _anonymity_at(toks) is not None


def _without_anonymity(toks: list[Tok]) -> list[Tok]:
    """ "seorang pejabat Israel yang tidak bersedia disebutkan namanya", "… yang berbicara
    dengan syarat anonim": the clause says the source is anonymous; it names no one."""
    at = _anonymity_at(toks)
    if not at:
        return toks
    while at > 1 and toks[at - 1].text == ",":
        at -= 1
    return toks[:at]


def _before_relative_clause(toks: list[Tok], common: frozenset[str]) -> list[Tok]:
    """ "Julie Ohana yang merupakan ahli terapi kuliner", "CGT yang didukung komunis": a
    relative clause describes the named speaker and is no part of the name. An unnamed
    speaker keeps it ("seorang yang mengaku sopir taksi" is all there is), and so does a
    description with the name set off after a comma."""
    cut = next((i for i, t in enumerate(toks) if t.low == "yang"), None)
    if (
        cut
        and cut + 2 < len(toks)
        and toks[cut + 1].low == "juga"
        and name_like(toks[-1], common)
        # ("Fadli Zon yang juga menjabat Wakil Ketua Umum Partai Gerindra": a clause)
        and toks[cut + 2].low not in {"menjabat", "merupakan", "adalah", "sebagai", "selaku"}
    ):
        # "Ketua Panitia yang juga Kepala Dispora Padang Suardi": a second office, then the
        # name; both offices are the role
        return toks
    if (
        cut
        and toks[0].low not in ANONYMOUS_MARKERS
        # "dosen … yang mendesain jembatan itu, Lukito Prasetyo": the name comes after
        and not any(t.text == "," for t in toks[cut:])
        and any(name_like(t, common) or is_acronym(t.text) for t in toks[:cut])
    ):
        return toks[:cut]
    return toks


# me-/di- verbs after "yang" whose object is the subject itself ("yang menjabat Ketua KPK
# Agus") or that give the subject's name ("yang disapa Bani"); other words after "yang"
# ("akrab", "juga", "bernama") never read as a clause with an object here
_SUBJECT_CLAUSE_VERBS = frozenset(
    {"menjabat", "menjadi", "merupakan", "memerankan", "disapa", "dipanggil", "dikenal"}
)


def _named_in_relative_clause(toks: list[Tok], common: frozenset[str]) -> bool:
    """Whether the only names in a phrase are the object of the relative clause after an
    unnamed noun: "agensi yang menaungi Rain", "perusahaan yang didirikan Jack Ma" (not a
    name set off after a comma, nor a clause that names the subject itself)."""
    cut = next((i for i, t in enumerate(toks) if t.low == "yang"), None)
    if not cut or cut + 2 >= len(toks) or any(t.text == "," for t in toks[cut:]):
        return False
    verb = toks[cut + 1].low
    return (
        not any(t.is_cap for t in toks[:cut])
        and toks[0].low not in ANONYMOUS_MARKERS
        and re.fullmatch(r"(?:me|di)[a-z]{3,}", verb) is not None
        and verb not in _SUBJECT_CLAUSE_VERBS
        and any(name_like(t, common) for t in toks[cut + 2 :])
    )


def epithet_head(word: str) -> bool:
    """Whether `word` (lower case) can head an epithet for someone named before."""
    return word in _EPITHET_HEADS or word in _KIN_HEADS


def _is_epithet(toks: list[Tok], common: frozenset[str]) -> bool:
    """Whether `toks` describe a person named before by what they are, without naming them:
    a human head noun, then a demonstrative at the end or an origin/age modifier after it."""
    first = next((t for t in toks if t.is_word), None)
    if first is None or not epithet_head(first.low):
        return False
    words = [t for t in toks if t.is_word]
    if len(words) >= 3 and words[0].low in _KIN_HEADS and words[-1].low in ANAPHORS:
        return True
    if len(words) < 2 or words[0].low not in _EPITHET_HEADS:
        return False
    if words[0].is_cap and words[0].low in common and words[0].low not in _EPITHET_HEADS:
        return False
    if any(t.text == "," for t in toks) and words[-1].low not in ANAPHORS:
        return False  # "Warga asal Jakarta, Nadia Putri": the name is set off after the comma
    if words[-1].low in ANAPHORS:
        # a name before the demonstrative is the one described ("pelatih Persib, Robert ini"
        # keeps its name: only a run without a person's name word is an epithet)
        inner = words[1:-1]
        return not (
            inner
            and inner[-1].is_cap
            and name_like(inner[-1], common)
            and words[-2].low not in place_words()
            and not any(t.low in _EPITHET_MODIFIERS or t.low == "yang" for t in inner)
        )
    rest = words[1:]
    if all(t.is_cap for t in rest) and is_known_place(" ".join(t.text for t in rest)):
        return True  # "pria Kosta Rika", "pebalap Belanda": by nationality
    # "aktor berusia 38 tahun", "pemain asal Brasil": a modifier right after the head (or
    # after "muda"/"senior"), and no name after it but the place of origin ("Perawat berusia
    # 31 tahun Anna Tikhonova" names her)
    at = 1 + (words[1].low in {"muda", "senior", "cantik", "tampan", "gaek"})
    places = _known_place_words()
    return (
        at < len(words)
        and words[at].low in _EPITHET_MODIFIERS
        and all(t.low in places for t in words[at + 1 :] if t.is_cap)
    )


# What a source said rather than who: "Menurut keterangan pihak SPLA", "laporan Bloomberg"
_SOURCE_NOUNS = frozenset(
    {"keterangan", "laporan", "catatan", "rilis", "pernyataan", "penjelasan", "informasi",
     "data", "siaran", "kabar", "pemberitaan", "publikasi", "unggahan", "cuitan", "rumor",
     "isu", "gosip", "desas-desus", "spekulasi", "kutipan", "wawancara"}
)  # fmt: skip


# Words whose ending makes them abstract nouns, never names of people or bodies
_NOUN_BY_FORM = re.compile(r"[a-z]{3,}(?:asi|nsi|isme|itas)")
# "ketiga", "kelima": all three, all five of a group
_ALL_OF = re.compile(r"ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)")
# Research that "shows" something: what it found, no one's statement
_STUDY_NOUNS = frozenset({"penelitian", "studi", "riset", "survei", "kajian", "hasil", "analisis"})


def _degree_like(tok: Tok) -> bool:
    """ "Sp.", "SpOG", "M.Kes", "S.H.", "PhD": an academic or medical degree."""
    low = tok.low.replace(".", "")
    return low in DEGREES or (low.startswith("sp") and len(low) <= 6 and tok.text[:1] == "S")


# Words that open a sentence before its topic, capitalised there ("Buat Rossi, sukses …"), and
# words that follow a subject ("Slamet telah …"): no part of a speaker's name
_LEADING_PREPOSITIONS = frozenset(
    {"buat", "bagi", "untuk", "kepada", "dengan", "oleh", "pada", "dari", "soal", "tentang",
     "terkait", "mengenai",
     # a cleft's copula: "Adalah Stefano Boeri, arsitek … yang dipercaya …"
     "adalah", "merupakan"}
)  # fmt: skip
# Words in -kan that join clauses, no verbs telling the reader what to do
_CONJUNCTIONS_IN_KAN = frozenset(
    {"bahkan", "sedangkan", "melainkan", "misalkan", "andaikan", "jangankan"}
)
# Those a speaker tells something to, after "Kepada" ("Kepada awak media, …")
_TOLD_TO = frozenset(
    {"wartawan", "para", "awak", "media", "jurnalis", "pers", "reporter", "pewarta", "redaksi",
     "kami"}
)  # fmt: skip
# Prepositions of setting opening a subject phrase: the speaker comes after them
_SETTING_PREPOSITIONS = frozenset({"dalam"})
# Nouns for a person that open a sentence about someone named before
_PERSON_NOUNS = frozenset(
    {"pria", "wanita", "perempuan", "lelaki", "laki-laki", "sosok", "gadis", "pemuda", "bocah",
     "remaja", "sang"}
)  # fmt: skip
# When it was said, after who said it: "kutipan wawancara Xavi belum lama ini"
_TRAILING_TIMES = (
    ("belum", "lama", "ini"), ("baru-baru", "ini"), ("beberapa", "waktu", "lalu"),
    ("beberapa", "hari", "lalu"), ("pekan", "lalu"), ("minggu", "lalu"), ("bulan", "lalu"),
    ("tahun", "lalu"), ("kemarin",), ("tadi",), ("hari", "ini"),
)  # fmt: skip


# Natural features opening a place's name ("Gunung Merapi", "Sesar Palolo")
NATURAL_FEATURES = frozenset(
    {"gunung", "pegunungan", "sungai", "danau", "pulau", "selat", "teluk", "sesar", "lembah",
     "bukit", "tanjung", "pantai", "kawah", "samudra", "samudera"}
)  # fmt: skip


# Who plays a character, before the character's name ("pemeran Jon Snow", "pemeran tokoh
# Dilan")
_PLAYS = frozenset({"pemeran", "pemerannya"})
_CHARACTERS = frozenset({"karakter", "tokoh", "sosok"})


def _without_trailing_degrees(toks: list[Tok]) -> list[Tok]:
    """ "DR. Dr. Noorwat Sutanto SpPD", "dr. Hengky Setyahadi Sp. B", "… Sp. OG (K)": a
    specialist's or a graduate's degree closing the name is no part of it. Two name words
    stay ("kata Mahfud MD": the letters are his name)."""
    end = len(toks)
    while end:
        cut = end - 1
        if toks[cut].text == ")" and cut >= 2 and toks[cut - 2].text == "(":
            cut -= 3  # "(K)", a consultant's mark
        if cut >= 2 and toks[cut - 1].text == "." and toks[cut - 2].text == "Sp":
            if not (toks[cut].is_cap and toks[cut].is_word and len(toks[cut].text) <= 5):
                break
            cut -= 2  # "Sp. B", "Sp. OG": the specialty written apart
        elif cut == end - 1 and toks[cut].text == "Sp":
            pass  # "Sp" cut off at its dot: "kata dr. Budi Santoso Sp. OG (K)"
        elif not (cut == end - 1 and is_degree(toks[cut].text)):
            break
        # (the name's own words right before it, not a body's letters: "Ketua MK Mahfud MD")
        names = 0
        for tok in reversed(toks[:cut]):
            if tok.text == ".":
                continue
            if not (tok.is_cap and tok.is_word) or tok.low in HONORIFICS | TITLES:
                break
            if tok.text.isupper() and len(tok.text) > 1:
                break
            names += 1
        if names < 2:
            break
        end = cut
    return toks[:end]


def _without_trailing_time(toks: list[Tok]) -> list[Tok]:
    """The phrase without a time adverbial closing it after a name ("Xavi belum lama ini")."""
    for words in _TRAILING_TIMES:
        size = len(words)
        if (
            len(toks) > size
            and tuple(t.low for t in toks[-size:]) == words
            and not any(t.is_cap for t in toks[-size:])
        ):
            if toks[-size - 1].is_cap:
                return toks[:-size]
            if len(toks) > size + 1 and toks[-size - 1].text == "," and toks[-size - 2].is_cap:
                return toks[: -size - 1]  # "… Jonfis Fandy, belum lama ini": set off
    return toks


_TRAILING_AUXILIARIES = frozenset(
    {"telah", "sudah", "tidak", "tak", "belum", "masih", "akan", "juga", "pun", "pernah",
     "sedang", "bisa", "dapat", "harus", "tetap", "ingin", "hendak", "tampaknya"}
)  # fmt: skip


# Nouns for someone of a person (family, friends, aides): before a name, the speaker is that
# someone, not the person named ("istri Budi", "ajudan Gubernur Anies"); not lawyers and
# spokespeople, whom news also names in apposition ("pengacara Otto Hasibuan")
_RELATIONS = frozenset(
    {"istri", "suami", "anak", "ayah", "ibu", "ayahanda", "ibunda", "kakak", "adik",
     "keluarga", "kerabat", "sahabat", "teman", "tetangga", "ajudan", "kekasih", "pacar",
     "tunangan", "mertua", "cucu", "paman", "bibi", "keponakan", "sepupu", "orangtua",
     "orang tua", "anak buah"}
)  # fmt: skip


# English words written small inside a title ("The Thrill of It All", "Fast and Furious")
ENGLISH_LINKS = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "by", "with"})


# How close a friend or relative is, after the word for them ("teman dekat", "sahabat karib")
_HOW_CLOSE = frozenset({"dekat", "karib", "akrab", "lama", "baik", "setia", "jauh"})


# A son or daughter ("Putra sulung Presiden …"), a relation only before which child or whose:
# "Putri Diana" is a princess, "Putra Mahkota" a crown prince
_CHILD_WORDS = frozenset({"putra", "putera", "putri", "puteri"})
# Which child: "anak sulung", "putra bungsu", "putri kedua"
_BIRTH_ORDER = frozenset(
    {"sulung", "bungsu", "tertua", "termuda", "pertama", "kedua", "ketiga", "keempat", "tunggal"}
)


# Words opening a phrase for someone's relative ("istri", "putera sulung …")
KIN_WORDS = _RELATIONS | _CHILD_WORDS


def someone_elses(words: list[str]) -> bool:
    """Whether the words before a name make the speaker someone of the person named ("juru
    bicara Presiden", "istri", "kuasa hukum terdakwa"), as `_relation_of` reads them."""
    return _relation_of([make_tok(w, 0, len(w)) for w in words])


def _relation_of(head: list[Tok]) -> bool:
    """Whether `head` ends in a relation noun (titles may follow it: "ajudan Gubernur"),
    written small or opening the phrase ("Ibu Susi" is a form of address)."""
    for i in range(len(head) - 1, -1, -1):
        tok = head[i]
        pair = f"{head[i - 1].low} {tok.low}" if i else ""
        child = (
            tok.low in _CHILD_WORDS
            and i + 1 < len(head)
            and (head[i + 1].low in _BIRTH_ORDER or not head[i + 1].is_cap)
        )
        if (tok.low in _RELATIONS or pair in _RELATIONS or child) and (
            not tok.is_cap or (i == 0 and tok.low != "ibu")
        ):
            # "sang istri Vicky": the wife herself, named
            return not (i and head[i - 1].low == "sang")
        if tok.low in _BIRTH_ORDER and i > 0 and (head[i - 1].low in _RELATIONS | _CHILD_WORDS):
            continue  # "Putera sulung mantan Gubernur …": which child, after the relation
        if tok.low in _HOW_CLOSE and i > 0 and head[i - 1].low in _RELATIONS:
            continue  # "teman dekat Harry": how close, after the relation
        opening = i - 1 if pair in FOR_SOMEONE else i
        if (
            (tok.low in FOR_SOMEONE or pair in FOR_SOMEONE)
            and opening > 0
            and (head[opening - 1].low in {"tim", "para"})
        ):
            return True  # "tim kuasa hukum Siti Fadilah": her lawyers, not she
        if (tok.low in FOR_SOMEONE or pair in FOR_SOMEONE) and i < len(head) - 1:
            # "Juru bicara Presiden Prabowo Subianto", "kuasa hukum terdakwa Budi": the
            # office after the spokesperson is the named one's (not "Juru Bicara KPK Febri
            # Diansyah": a body, no office, comes between)
            return True
        if tok.low not in TITLES or not (tok.is_cap or tok.low in _ACCUSED):
            if _field_after_a_title(head, i) or (
                tok.low in {"mantan", "eks", "bekas"} and i + 1 < len(head) and head[i + 1].is_cap
            ):
                continue  # "kuasa hukum mantan Menteri Kesehatan": the office's field
            return False
    return False


def _field_after_a_title(head: list[Tok], i: int) -> bool:
    """Whether head[i] is a capitalised word of the field of a title before it, after a
    relation ("… Menteri [Kesehatan]", "… Gubernur [Jawa Barat]")."""
    if not head[i].is_cap or not head[i].is_word:
        return False
    for k in range(i - 1, -1, -1):
        word = head[k]
        if word.low in _FOR_SOMEONE_WORDS or word.low in _RELATIONS:
            return False  # "Juru Bicara KPK": the spokesperson's own body
        if word.low in TITLES and word.is_cap:
            return any(
                t.low in _RELATIONS | _CHILD_WORDS or t.low in _FOR_SOMEONE_WORDS for t in head[:k]
            )
        if not (word.is_cap and word.is_word):
            return False
    return False


# Those a lawyer speaks for, written small before their name ("kuasa hukum terdakwa Budi")
_ACCUSED = frozenset({"terdakwa", "tersangka", "terpidana", "terlapor", "tergugat", "penggugat"})
# Who speaks for someone: named in apposition as often ("pengacara Otto Hasibuan"), so only
# an office between them and the name makes the name someone else's
FOR_SOMEONE = frozenset(
    {"juru bicara", "jubir", "kuasa hukum", "pengacara", "penasihat hukum", "sekretaris pribadi"}
)


_FOR_SOMEONE_WORDS = frozenset(w for phrase in FOR_SOMEONE for w in phrase.split()) - {"hukum"}


def names_a_role(role: str) -> bool:
    """Whether `role` holds a word for an office, calling or relation ("Menteri Keuangan",
    "vokalis Java Jive", "istri korban", "Kapolda Metro Jaya Irjen"): not a phrase that only
    stood before a name ("Keyakinan", "Usai pertandingan", "di tangan", "KTP", "(12/6)")."""
    for word in _WORD.findall(role.lower()):
        stem = word[:-3] if word.endswith("nya") and len(word) > 5 else word
        for w in {word, stem} - _QUALIFIERS:
            if (
                w in TITLES
                or w in HUMAN_ROLES
                or w in _ROLE_AFTER_NAME
                or w in _EPITHET_HEADS
                or w in _RELATIONS
                or w in RANKS
                or w in _MORE_ROLE_WORDS
            ):
                return True
    return False


# Heads of a law or an article of one, before its number
_LAW_HEADS = frozenset(
    {"pasal", "uu", "undang-undang", "perpres", "perppu", "perda", "permen", "pp", "perma",
     "perkap", "perpol", "kuhp", "kuhap", "ayat"}
)  # fmt: skip


# Verbs of who leads a panel, team or unit ("yang dipimpin hakim ketua …")
_LED_BY = frozenset(
    {"dipimpin", "diketuai", "dikomandoi", "dikomandani", "dinakhodai", "dikepalai", "dilatih",
     "diasuh", "diarsiteki", "diawaki"}
)  # fmt: skip


def parse_phrase(text: str, toks: list[Tok], *, common: frozenset[str]) -> Phrase | None:
    """Classify the speaker phrase `toks` (already cut at its ends)."""
    toks = [
        t for i, t in enumerate(toks)
        if not (t.text == "," and 0 < i < len(toks) - 1 and toks[i + 1].low in THROUGH)
    ]  # fmt: skip
    # ("Marvel Studios, melalui bosnya Kevin Feige": the body and through whom it speaks,
    # as without the comma)
    if len(toks) >= 2 and toks[0].is_cap and toks[0].low in NATURAL_FEATURES and toks[1].is_cap:
        return None  # "Sesar Palolo memanjang …", "Gunung Merapi": a place, no one speaking
    if (
        len(toks) >= 2
        and toks[0].is_cap
        and len(toks[0].low) >= 6
        and toks[0].low.endswith("kan")
        and toks[0].low not in _CONJUNCTIONS_IN_KAN
        # (nouns of ke-…-an and pe-…-an on a root in k: "Kebanyakan mereka", "Penegakan")
        and not toks[0].low.startswith(("ke", "pe"))
        and toks[1].is_word
        and not toks[1].is_cap
        and re.search(
            r"(?:^|[.!?\n])[ \t\"'“”]*$", text[max(0, toks[0].start - 10) : toks[0].start]
        )
    ):
        # "Gunakan strategi dengan mengatakan bahwa …": a sentence that opens with a verb
        # telling the reader what to do has no speaker
        return None
    while len(toks) > 1 and toks[0].is_cap and toks[0].low in _LEADING_PREPOSITIONS:
        told = toks[0].low == "kepada"
        toks = toks[1:]
        if len(toks) > 1 and re.fullmatch(r"(?:1[89]|20)\d\d", toks[0].text):
            toks = toks[1:]  # "Pada 2004 UE menyatakan …": the year, then who
        # "Kepada wartawan Ketua KPU …", "Kepada DailySocial Co-founder HelloBeauty …": whom
        # it was told to, before the one who speaks
        while (
            told
            and len(toks) > 2
            and (
                toks[0].low in _TOLD_TO
                # (and when: "Kepada media hari ini (25/01) Founder dan CEO …")
                or toks[0].low in {"hari", "ini", "kemarin", "tadi", "(", ")", "/"}
                or toks[0].text.isdigit()
            )
        ):
            toks = toks[1:]
        if (
            told
            and len(toks) > 2
            and toks[0].is_cap
            and toks[0].low not in TITLES
            and toks[1].low in TITLES
        ):
            toks = toks[1:]
    if (
        len(toks) >= 3
        and toks[0].low in _RELATIONS
        and not toks[0].is_cap
        and toks[1].low == "dari"
        and toks[-1].is_cap
    ):
        # "tutur istri dari aktor Deddy Mahendra Desta": an epithet, by whom they are related
        # to, of the one the article is about (resolved to the person in focus)
        run = len(toks)
        while run > 2 and toks[run - 1].is_cap and toks[run - 1].is_word:
            run -= 1
        return Phrase("anaphor", _join(text, toks), _join(text, toks[run:]))
    if (
        len(toks) > 1
        and toks[0].low in {"dia", "ia", "beliau"}
        and (toks[1].is_cap or toks[1].low in HUMAN_ROLES | TITLES | BODY_NOUNS | {"pemerintah"})
    ):
        # "menurut dia pemerintah Myanmar menyatakan …": whose words "dia" reports, not a
        # name that opens with a pronoun
        toks = toks[1:]
    led = next(
        (
            i
            for i in range(1, len(toks) - 2)
            if toks[i].low == "yang" and toks[i + 1].low in _LED_BY and toks[i - 1].is_word
        ),
        None,
    )
    if led is not None:
        # "Majelis Hakim Pengadilan Negeri Bandung yang dipimpin hakim ketua M Saptono": the
        # panel or unit speaks, not the one who leads it
        return parse_phrase(text, toks[:led], common=common)
    club = _club_of_a_league(toks)
    if club is not None:
        return Phrase("org", _join(text, club))
    if toks and toks[0].low in _SETTING_PREPOSITIONS:
        # "dalam sambutannya Menteri Kelautan …", "Dalam amar putusannya hakim …": where it
        # was said, then who said it
        # ("Dalam kesempatan yang sama, wanita berdarah Sunda ini …": after the comma)
        comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
        cap = next((i for i, t in enumerate(toks[:6]) if i and t.is_cap and t.is_word), None)
        if comma is not None and (cap is None or comma < cap) and comma + 1 < len(toks):
            toks = toks[comma + 1 :]
        elif cap is not None:
            toks = toks[cap:]
        else:
            return None
    while len(toks) > 1 and not toks[-1].is_cap and toks[-1].low in _TRAILING_AUXILIARIES:
        toks = toks[:-1]
    toks = _without_trailing_degrees(_without_trailing_time(toks))
    counted_from = int(
        bool(toks)
        and (
            toks[0].low in _COUNTS
            or toks[0].text.isdigit()
            or NUMBER_WORD.fullmatch(toks[0].low) is not None
        )
    )
    if len(toks) > counted_from and toks[counted_from].low.removesuffix("nya") in _FEATS:
        return None  # "Dua gol Ronaldo di final memastikan …": a feat, which says nothing
    if toks and toks[0].low in {"sesuai", "berdasarkan"}:
        # "Sesuai Instruksi Gubernur 16 Tahun 2015 … menyebutkan": a rule's text, no speaker
        return Phrase("generic", _lower_first(_join(text, toks)))
    if (
        len(toks) > 1
        and toks[0].is_cap
        and toks[0].low in _LAW_HEADS
        and any(t.text[:1].isdigit() for t in toks[1:4])
    ):
        # "Pasal 73 ayat 2 UU No 12 Tahun 2011 tentang Pembentukan Peraturan Perundang -
        # undangan menyebutkan": the law's article says it, named up to what it is about
        about = next((i for i, t in enumerate(toks) if t.low == "tentang"), len(toks))
        return Phrase("org", _join(text, toks[:about]))
    counted = bool(toks) and (
        toks[0].low in _QUANTIFIERS or _ALL_OF.fullmatch(toks[0].low) is not None
    )
    described = list(takewhile(lambda t: t.low != "yang", toks[1:]))
    if (
        toks
        and toks[0].low in _SOURCE_NOUNS | _STUDY_NOUNS
        and not any(
            t.low in HUMAN_ROLES | ANONYMOUS_MARKERS | TITLES | {"sumber", "pihak"}
            or t.low in ORG_HEADS | BODY_NOUNS  # ("pernyataan kepolisian Myanmar")
            for t in described
        )
        # (a body named anywhere in it speaks: "Survei yang digelar Survation"; a place
        # says only where: "Rumor yang santer beredar di Inggris")
        and not any(t.is_cap and not is_known_place(t.text) for t in toks[1:])
    ):
        # "Rumor yang berkembang menyebutkan …", "Data resmi …", "Hasil penelitian …": what
        # a source says, no one's statement (not "Laporan Bank Dunia", "keterangan pihak
        # Basarnas" nor "keterangan saksi", whose body or person speaks)
        if toks[-1].low == "mereka" and toks[0].low in _SOURCE_NOUNS:
            # "bunyi pernyataan pers mereka": theirs, whom the pronoun points back to
            return Phrase("pronoun", _lower_first(_join(text, toks)))
        return Phrase("generic", _lower_first(_join(text, toks)))
    if len(toks) == 1 and (
        counted
        # (a noun by its form: "Spekulasi", "Agensi"; not a body's or a person's noun, which
        # points back to one: "Organisasi menyatakan …")
        or (
            _NOUN_BY_FORM.fullmatch(toks[0].low) is not None
            and toks[0].low not in BODY_NOUNS | HUMAN_ROLES | TITLES
        )
    ):
        # "Banyak yang bilang …", "Spekulasi menyebutkan …": a quantity or an abstract noun,
        # capitalised for opening its sentence, is nobody
        return Phrase("generic", toks[0].low)
    if counted and toks[0].is_cap and len(toks) > 1 and not toks[1].is_cap:
        # "Ketiga menteri luar negeri itu meminta …": a group, described, not named
        return Phrase("anonymous", _lower_first(_join(text, toks)))
    handle = next(
        (i for i, t in enumerate(toks[:-1]) if t.text == "@" and toks[i + 1].start == t.end), None
    )
    if handle is not None:
        # an account speaks as itself ("tulis akun @TMCPoldaMetro"); the words before it say
        # whose account it is.
        end = handle_end(toks, handle)
        account = _join(text, toks[handle:end])
        role = _role(text, toks[:handle])
        if role and all(w in _ACCOUNT_WORDS for w in role.lower().split()):
            role = None  # "akun resmi Twitter": where it was written, not who wrote it
        return Phrase("person", _join(text, toks), account, role)
    if toks[0].low in {"akun", "instagram", "twitter", "facebook", "tiktok"} and len(toks) > 1:
        # "akun instagram resmi TMC Polda Metro Jaya": the account speaks for whose it is
        owner = next((i for i, t in enumerate(toks) if t.low not in _ACCOUNT_WORDS), len(toks))
        if owner < len(toks) and toks[owner].is_cap:
            return parse_phrase(text, toks[owner:], common=common)
    called_at = next(
        (i for i, t in enumerate(toks[:-1]) if t.low in {"bernama", "berinisial"}), None
    )
    if called_at is not None:
        # "juru bicara yang bernama Matt Kallman itu", "korban berinisial RS": the name the
        # phrase gives (a nickname after "disapa" is left to the person in focus)
        at = called_at + 1 + (toks[called_at + 1].low == "lengkap")
        given = list(takewhile(lambda t: t.is_cap and t.is_word, toks[at:]))
        while len(given) > 1 and given[0].low.rstrip(".") in HONORIFICS:
            given = given[1:]  # "pedagang bernama Haji Rosidi": the form of address
        described = (
            toks[: called_at - 1]
            if called_at and toks[called_at - 1].low == "yang"
            else toks[:called_at]
        )
        last_comma = max((i for i, t in enumerate(described) if t.text == ","), default=-1)
        # ("Di Pasar Induk Cipinang, Jakarta Timur, pedagang bernama …": where, then who)
        described = described[last_comma + 1 :]
        kinds = [t.low for t in described if t.low not in {"seorang", "salah", "satu", "sang"}]
        if toks[called_at].low == "berinisial" and not (
            kinds and kinds[0] != "orang" and (kinds[0] in HUMAN_ROLES or kinds[0] in TITLES)
        ):
            given = []  # "tindakan guru berinisial AK": whom the words are about, no speaker
        if given:
            return Phrase("person", _join(text, toks), _join(text, given), _role(text, described))
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    for candidate in (toks, toks[commas[-1] + 1 :] if commas else []):
        if _is_epithet(candidate, common):
            # "Pria yang kerap disapa Bani ini", "aktor berusia 38 tahun", "Artis berdarah
            # Buli, Kecamatan Maba, … itu", "Dilansir NME, aktor berusia 38 tahun": someone
            # named before, described by calling and origin
            return Phrase("anaphor", _lower_first(_join(text, candidate)))
    if _named_in_relative_clause(toks, common):
        # "agensi yang menaungi Rain dan Tae Hee", "pengacara yang mewakili Budi": the
        # names are the clause's object; the speaker is whom the noun describes, unnamed
        return Phrase("anonymous", _lower_first(_join(text, toks)))
    withheld = anonymity_clause(toks)
    also = next((i for i, t in enumerate(toks) if t.low == "yang"), None)
    if (
        also is not None
        and 1 <= also <= 4
        and also + 2 < len(toks)
        and toks[also + 1].low == "juga"
        and toks[also + 2].low in TITLES
        and toks[0].low not in TITLES
        and all(name_like(t, common) for t in toks[:also])
    ):
        # "Fathur yang juga Rektor Universitas Negeri Semarang": the name, then the office
        # the person also holds
        return Phrase(
            "person", _join(text, toks), _join(text, toks[:also]), _role(text, toks[also + 2 :])
        )
    one_of = next(
        (i for i, t in enumerate(toks) if t.low in {"salah", "seorang"} and not t.is_cap), None
    )
    if (
        one_of is not None
        and 1 <= one_of <= 4
        and all(name_like(t, common) for t in toks[:one_of])
        and toks[0].low not in TITLES
    ):
        # "Sulaeman salah seorang warga di utara Kabupaten Sukabumi": the name, then who the
        # person is, with no comma between
        after = one_of + (2 if toks[one_of].low == "salah" else 1)
        described = []
        for tok in toks[after:]:
            if tok.low in {"di", "dari", "yang", "asal", ","}:
                break
            described.append(tok)
        if described and described[0].low in HUMAN_ROLES | TITLES:
            return Phrase(
                "person", _join(text, toks), _join(text, toks[:one_of]), _role(text, described)
            )
    toks = _without_affiliation(
        _before_relative_clause(
            _without_anonymity(_without_alias(_without_ages(toks), common)), common
        ),
        common,
    )
    while len(toks) > 1 and toks[-1].low in {"atau", "alias"}:
        toks = toks[:-1]  # "Liliyana atau (yang akrab disapa Butet)": the name before it
    if len(toks) == 1 and toks[0].low in _PERSON_NOUNS:
        # "Pria yang akrab disapa Kang Emil ini ingin …", cut to its head: someone named before
        return Phrase("anaphor", toks[0].low)
    capacity = next((i for i, t in enumerate(toks) if t.low in {"selaku", "sebagai"}), None)
    if (
        capacity is not None
        and 1 <= capacity <= 5
        and capacity + 1 < len(toks)
        and all(t.is_cap for t in toks[:capacity])
        and not all(name_like(t, common) for t in toks[:capacity])
    ):
        # "Amerika Serikat sebagai salah satu anggota tetap DK PBB": the body (or country)
        # speaks; what it is "as" describes it
        return parse_phrase(text, toks[:capacity], common=common)
    named = capacity - 1 if capacity and toks[capacity - 1].text == "," else capacity
    if (
        capacity is not None
        and named is not None
        and 1 <= named <= 5
        and capacity + 1 < len(toks)
        and all(name_like(t, common) for t in toks[:named])
    ):
        # "Debby Chynthia Dewi selaku Ketua Dewan Pembina": the name, then the capacity (set
        # off or not: "Mouly Surya, selaku sutradara film tersebut")
        role = _role(text, toks[capacity + 1 :])
        return Phrase("person", _join(text, toks), _join(text, toks[:named]), role)
    if (
        capacity is not None
        and named is not None
        and named >= 2
        and capacity + 1 < len(toks)
        and name_like(toks[named - 1], common)
    ):
        before = parse_phrase(text, toks[:named], common=common)
        if before is not None and before.kind == "person" and before.name:
            # "Kepala Dinas Pariwisata dan Kebudayaan Ida Hernida selaku penyelenggara": an
            # office and a name, then what the person is there as
            role = before.role or _role(text, toks[capacity + 1 :])
            return Phrase("person", _join(text, toks), before.name, role)
    nickname = _quoted_nickname(toks, common)
    if nickname is not None:
        # "Alessio 'Uccio' Salucci": the person is "Alessio Salucci"; the nickname is an alias
        lo, hi = nickname
        run = lo
        while run > 0 and name_like(toks[run - 1], common):
            run -= 1
        if all(name_like(t, common) for t in toks[hi:]):
            role = _role(text, [t for t in toks[:run] if t.text != ","])
            full = f"{_join(text, toks[run:lo])} {_join(text, toks[hi:])}"
            return Phrase("person", _join(text, toks), full, role)
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    set_off = [t for t in toks[commas[-1] + 1 :] if t.is_word] if commas else []
    if commas and set_off and _degree_like(set_off[0]) and commas[-1] > 0:
        # "Prof. Dr. Soehartati Gondhowiardjo, Sp. Rad (K) OnkRad": degrees after the name
        toks = toks[: commas[-1]]
        commas = commas[:-1]
        set_off = [t for t in toks[commas[-1] + 1 :] if t.is_word] if commas else []
    while len(set_off) > 1 and (
        set_off[0].low.rstrip(".") in HONORIFICS
        or (set_off[0].low in RANKS and name_like(set_off[1], common))
    ):
        # "Direktur RSUD Sayang, dr. Rina Marlina": the form of address; "…, Kombes
        # Martinus Sitompul": the rank
        set_off = set_off[1:]
    rank = next((i for i, t in enumerate(set_off) if t.low not in RANK_OR_ADDRESS), 0)
    if (
        rank > 1
        and only_rank_words([t.text for t in set_off[:rank]])
        and any(t.low in _RANK_OPENERS for t in set_off[:rank])
        and all(name_like(t, common) for t in set_off[rank:])
    ):
        # "…, Komisaris Besar Polisi Yusri Yunus", "…, Letkol Czi Dwi Bima": a rank of
        # several words
        set_off = set_off[rank:]
    if commas and all(
        name_like(t, common)
        or (i == 0 and len(set_off) > 1 and t.low in _NAME_OR_TITLE)
        or (i == 0 and balinese_marker(set_off, 0))
        # ("Legenda Juventus, Alessandro del Piero": a particle inside the name)
        or (0 < i < len(set_off) - 1 and t.low in NAME_PARTICLES)
        for i, t in enumerate(set_off)
    ):
        # "Warga Pulau Barrang Lompo, Hasna": the name is set off after the comma ("…, Agung
        # Prasetya": a word that is also a title opens it)
        name = set_off
        if name:
            role = _role(text, [t for t in toks[: commas[-1]] if t.text != ","])
            return Phrase("person", _join(text, toks), _join(text, name), role)
    if (
        commas
        and len(set_off) >= 2
        and set_off[0].text in LEGAL_FORMS - {"Tbk"}
        and all(t.is_cap for t in set_off)
        and any(t.is_word and not t.is_cap for t in toks[: commas[-1]])
    ):
        # "Perusahaan konstruksi pelat merah, PT PP (Persero) Tbk": the company set off after
        # the words for its kind is the one that speaks
        return Phrase("org", _join(text, toks[commas[-1] + 1 :]))
    if (
        commas
        and 1 <= commas[0] <= 4
        and all(t.is_cap and t.is_word for t in toks[: commas[0]])
        and commas[0] + 1 < len(toks)
        and toks[commas[0] + 1].low in KINDS_OF_BODIES
    ):
        # "Insomniac, pengembang game Spider - Man (2017)", "Google, raksasa mesin pencari":
        # a body by its name, then what kind of body it is
        return Phrase("org", _join(text, toks[: commas[0]]))
    if commas and toks[0].is_cap:
        # "Suryadi Willim, Head of Marketing …": the name first, its role set off after it
        lead, rest = toks[: commas[0]], toks[commas[0] + 1 :]
        if (
            2 <= len(lead) <= 4
            and all(name_like(t, common) for t in lead)
            and rest
            and (not rest[0].is_cap or rest[0].low in TITLES)
        ):
            return Phrase("person", _join(text, toks), _join(text, lead), _role(text, rest))
    if not commas and toks[0].is_cap:
        # "Alan Taylor sutradara Thor": a full name, then its calling written small (and
        # the work or body it serves); the name is the person's
        lead_end = 0
        while lead_end < len(toks) and toks[lead_end].is_word and name_like(toks[lead_end], common):
            lead_end += 1
        if (
            2 <= lead_end <= 4
            and lead_end + 1 < len(toks)
            and not toks[lead_end].is_cap
            and toks[lead_end].low in HUMAN_ROLES | TITLES
            and not any(t.low in TITLES for t in toks[:lead_end])
        ):
            return Phrase(
                "person",
                _join(text, toks),
                _join(text, toks[:lead_end]),
                _role(text, toks[lead_end:]),
            )
    toks = [t for t in toks if t.text not in {",", "–", "—"}]
    while toks and not (toks[-1].is_word or toks[-1].text == ")"):
        toks.pop()
    while len(toks) > 1 and toks[0].low in _CONNECTIVES:
        toks = toks[1:]  # "Lebih lanjut Kadiskes mengatakan": a connective, not the speaker
    numbered = any(t.low in {"bernomor", "nomor"} for t in toks[1:4])
    while len(toks) > 1 and toks[0].low in _SOURCE_NOUNS and not numbered:
        # ("Laporan polisi bernomor 742/VI/2017 itu": a document, by its number, says it)
        toks = toks[1:]  # "Menurut keterangan pihak SPLA": the body, not its statement
        while len(toks) > 1 and (
            toks[0].low in {"pers", "resmi", "tertulis"}
            or (not toks[0].is_cap and toks[0].low in STATEMENT_ADJECTIVES)
        ):
            toks = toks[1:]  # "siaran pers Kementerian Luar Negeri": the ministry
    via = next((i for i, t in enumerate(toks) if i and t.low == "via"), None)
    if via is not None:
        toks = toks[:via]  # "laporan Bloomberg via PhoneArena": who reported it first
    if not toks:
        return None
    mention = _join(text, toks)
    if len(toks) == 1 and toks[0].low == "mereka":
        return Phrase("pronoun", toks[0].text)  # "kata mereka": a body or group, see resolve
    if all(t.low in SENTENCE_WORDS - PRONOUNS for t in toks if t.is_word):
        return None  # "Minggu", "Misalnya": a day or an adverb, nobody speaking
    if len(toks) == 1 and toks[0].low in PRONOUNS:
        return Phrase("pronoun", toks[0].text)
    if toks[-1].low in {"ia", "dia", "beliau"} and len(toks) <= 5:
        # "Pasalnya baru-baru ini ia mengaku", "Belakangan ini ia …": adverbials, then the
        # pronoun that speaks (a name never stands right before "ia")
        return Phrase("pronoun", toks[-1].text)
    first_lower = next((i for i, t in enumerate(toks) if t.is_word and not t.is_cap), None)
    if (
        len(toks) >= 3
        and toks[-1].low in ANAPHORS
        and first_lower is not None
        and first_lower >= 1
        and toks[first_lower].low in TITLES | {"mantan", "eks", "bekas"}
        and all(name_like(t, common) for t in toks[:first_lower])
        and toks[0].low not in TITLES
    ):
        # "kata Kiatisuk mantan pemain nasional Thailand itu": the name, then an epithet
        # about him (no comma between)
        return Phrase("person", mention, _join(text, toks[:first_lower]), None)
    if (
        first_lower is not None
        and 1 <= first_lower <= 4
        and toks[first_lower].low in _ROLE_AFTER_NAME
        and all(name_like(t, common) for t in toks[:first_lower])
        and toks[0].low not in TITLES
        and toks[0].low not in ANONYMOUS_MARKERS | _QUANTIFIERS
    ):
        # "kata Lia perwakilan dari LPPOM MUI", "kata Budi warga setempat": the name, then
        # what the person is (no comma between)
        return Phrase(
            "person", mention, _join(text, toks[:first_lower]), _role(text, toks[first_lower:])
        )
    if (
        len(toks) >= 2
        and toks[-1].low in ANAPHORS
        # (not one introduced: "Seorang saksi mata di restoran tersebut", whose anaphor is
        # the place's; "seorang jenderal tersebut" points back)
        and not (
            toks[0].low in {"seorang", "salah", "sejumlah", "beberapa", "seseorang"}
            and any(t.low in {"di", "dari", "pada", "dalam", "ke", "yang"} for t in toks[1:-1])
        )
        and (
            not toks[0].is_cap
            or toks[0].low in common
            or toks[0].low in TITLES
            or (len(toks) == 2 and toks[0].low in BODY_NOUNS)
            or (len(toks) >= 3 and not any(_names_a_body(t) for t in toks))
        )
    ):
        # "mantan bos PT Perkebunan Nasional III ini", "Ketua Progres 98 itu", "Pelantun
        # Hotline Bling itu" (the singer): an epithet for someone named before
        return Phrase("anaphor", _lower_first(mention))
    if (
        len(toks) >= 2
        and toks[0].low == "sang"
        and not any(name_like(t, common) or is_acronym(t.text) for t in toks[1:])
    ) or (len(toks) >= 2 and toks[0].text == "the" and all(t.low in TITLES for t in toks[1:])):
        # "sang manajer", "sang pelatih", English "the President": the definite epithet of
        # someone named before
        return Phrase("anaphor", _lower_first(mention))
    # the trailing run of name tokens is the person's name; what precedes it is the role
    cut = len(toks)
    if len(toks) >= 3 and toks[-1].text == "." and toks[-2].low in _SUFFIXES:
        cut -= 2  # "Ferdinand Marcos Jr.": the suffix and its dot close the name
    elif len(toks) >= 2 and toks[-1].low in _SUFFIXES and toks[-2].is_cap:
        cut -= 1
    elif (
        len(toks) >= 2
        and toks[-1].text.isupper()
        and is_degree(toks[-1].text)
        and name_like(toks[-2], common)
    ):
        cut -= 1  # "Mahfud MD", "Addie MS": letters closing a one-word name are its own
    if (
        len(toks) >= 2
        and toks[-1].low in _NAME_OR_TITLE
        and toks[-2].is_cap
        # (written small it is no name's: "Aktor senior yang …")
        and toks[-1].is_cap
        # (not the second word of an office: "Jaksa Agung", "Hakim Agung")
        and (toks[-2].low, toks[-1].low) not in _OFFICE_PAIRS
    ):
        cut -= 1  # "Arya Perdana": a title word closing a name is part of the name
    while cut > 0 and (
        (
            name_like(toks[cut - 1], common)
            # (not a rank's grade: "Laksamana Muda Daniel Hagari", "Marsekal Madya Tonny")
            and not (
                toks[cut - 1].low in _RANK_GRADES
                and cut > 1
                and toks[cut - 2].low in _RANKS_BEFORE_NAMES
            )
        )
        or (cut < len(toks) and balinese_marker(toks, cut - 1))
        or (
            toks[cut - 1].low in NAME_PARTICLES
            and cut < len(toks)
            and cut > 1
            and (name_like(toks[cut - 2], common) or toks[cut - 2].low in NAME_PARTICLES)
        )
        or (toks[cut - 1].text == "." and cut > 1 and len(toks[cut - 2].text) == 1)
        or (len(toks[cut - 1].text) == 1 and toks[cut - 1].is_cap and cut < len(toks))
        or (
            # "Iqbal Lalu Muhammad": Sasak nobility ("Lalu", "Baiq") inside a name
            toks[cut - 1].text in {"Lalu", "Baiq"}
            and cut < len(toks)
            and name_like(toks[cut], common)
        )
        or (
            # "Brigadir Jenderal Agung Setya": after a rank, a title word opens the name
            cut < len(toks)
            and cut > 1
            and toks[cut - 1].is_cap
            and toks[cut - 1].low not in _RANKS_BEFORE_NAMES | _RANK_GRADES
            and toks[cut - 2].low in _RANKS_BEFORE_NAMES
            and _FIELD_NOUN.fullmatch(toks[cut - 1].low) is None
            # ("Direktur Jenderal", "Sekretaris Jenderal": an office, no rank)
            and not (cut > 2 and toks[cut - 3].low in _GENERAL_OFFICES)
        )
    ):
        cut -= 1
    if (
        0 < cut < len(toks)
        and toks[cut - 1].low in _GIVEN_OR_TITLE
        and toks[cut - 1].is_cap
        and (cut == 1 or (toks[cut - 2].low not in TITLES and toks[cut - 2].is_cap))
    ):
        cut -= 1  # "Agung Laksono", "Ketua DPR Agung Laksono"; not "Jaksa Agung Prasetyo"
    name_toks = [t for t in toks[cut:] if t.text != "."]
    while len(name_toks) > 1 and (name_toks[0].low in HONORIFICS or name_toks[0].low in _CORPS):
        name_toks = name_toks[1:]  # "dr.", and a corps after a rank ("Letkol Czi Dwi Bima")
    if (
        len(name_toks) > 1
        and name_toks[0].low in {"satu", "dua"}
        and any(
            t.end <= name_toks[0].start and t.low == "polisi" for t in toks[-len(name_toks) - 1 :]
        )
    ):
        # "Inspektur Polisi Satu Pujianto": a police rank written out ends with its grade
        name_toks = name_toks[1:]
    # the role is what precedes the first name word (honorifics dropped above belong to it);
    # the dots of initials ("R. Soes") are inside the name, not before it
    head = [t for t in toks if t.start < name_toks[0].start] if name_toks else toks[:cut]
    if (
        len(name_toks) >= 3
        and head
        and head[-1].low in ORG_HEADS
        # (not a word that closes a name: "Kementerian BUMN Aloysius Kiik Ro", "Kantor
        # Imigrasi Jakarta Pusat Tato J Hidyawn")
        and not (len(head) >= 2 and head[-2].is_cap and head[-2].low not in TITLES)
    ):
        # "Universitas Padjadjaran Firman Manan": an organisation head takes a proper name
        head, name_toks = [*head, name_toks[0]], name_toks[1:]
    if (
        len(name_toks) >= 2
        and name_toks[0].text in {"I", "II", "III", "IV", "V"}
        and name_toks[1].low not in BALINESE_NAMES
        and head
        and head[-1].is_cap
    ):
        # "Project Manager PT Angkasa Pura I Sujiastono": the numeral ends the company
        head, name_toks = [*head, name_toks[0]], name_toks[1:]
    lows = {t.low for t in toks}
    if name_toks and head and head[-1].low in {"dan", "serta", "maupun", "&"}:
        # "Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti": the word after "dan" closes
        # the coordinated title
        head, name_toks = [*head, name_toks[0]], name_toks[1:]
    if name_toks and _name_size(name_toks) <= 5:
        if head and head[-1].low in NAME_CONNECTORS:
            name_toks = []  # "Organisasi untuk Keamanan": an organisation name, not a person
        elif head and not head[-1].is_cap and head[0].low in _LOWER_ROLES:
            pass  # "kepala sekolah Nurhasanah": a role in lower case, then the name
        elif (
            len(name_toks) == 1
            and any(t.low in ORG_HEADS for t in head)
            and (
                not any(t.low in TITLES for t in head)
                # ("Biro hukum Shenyang": a body's head, capitalised first, then its town)
                or (
                    head[0].is_cap
                    and head[0].low in ORG_HEADS
                    and is_known_place(name_toks[0].text)
                )
            )
        ):
            name_toks = []  # "Gedung Putih", "Kantor Staf"
        elif (
            len(head) >= 2
            and head[-1].is_cap
            and head[-1].low in LOC_HEADS
            and head[-2].low in _RESIDENTS
        ):
            name_toks = []  # "seorang warga Kampung Melayu": where someone lives, not who
        elif (
            head
            and (
                head[-1].low in REGIONAL_OFFICES
                or [t.low for t in head[-2:]] == ["wali", "kota"]
                # "Kepala BPBD Poso": the head of a body's branch in a place, unnamed
                or (len(head) >= 2 and is_acronym(head[-1].text) and head[0].low in TITLES)
            )
            and is_known_place(" ".join(t.text for t in name_toks))
        ):
            name_toks = []  # "Bupati Poso mengatakan": the regent of Poso, an office
        elif len(name_toks) == 1 and head and head[-1].low in {"dari", "di", "of"}:
            name_toks = []
        elif (
            len(name_toks) == 1
            and head
            and _org_word(head[-1].low)
            # "Kepala BPS Suharyanto": a title, the body's acronym, then the person
            and not (
                (is_acronym(head[-1].text) or head[-1].low in {"tbk", "persero"})
                and any(t.low in TITLES for t in head)
            )
        ):
            name_toks = []  # "Kemenko Maritim", "Polda Metro": the word ends the organisation
    first = toks[0].low
    if (
        len(name_toks) == 1
        and first in ANONYMOUS_MARKERS
        and head
        and not head[-1].is_cap
        and head[-1].low not in {"bernama", "berinisial"}
    ):
        name_toks = []  # "salah satu pengguna Youtube": one of a group, not a name
    body_head = any(t.low in ORG_HEADS for t in head)
    if (
        len(name_toks) >= 2
        and (body_head or any(t.low in TITLES for t in head))
        and (
            _gazetteer().get(tuple(t.low for t in name_toks)) == "LOC"
            or (
                # "Kementerian Pertahanan Sipil Selandia Baru": a body, then its country
                body_head
                and any(
                    _gazetteer().get(tuple(t.low for t in name_toks[-k:])) == "LOC"
                    for k in (2, 3)
                    if k < len(name_toks)
                )
            )
        )
    ):
        # "Duta Besar Korea Utara untuk PBB New York": the post, not a name (a one-word
        # town is also a given name: "Kombes Kamal", "Dr. Damar"); "Kementerian pertahanan
        # sipil Selandia Baru": the body of a country
        name_toks = []
    if name_toks and name_toks[-1].low in _ORG_CLOSERS and not commas:
        # "Pacific Tsunami Warning Centre": a body's name, not a person's; "perusahaan United
        # Airlines": the body, after the noun for its kind
        if head and not head[-1].is_cap:
            return Phrase("org", _join(text, name_toks))
        name_toks = []
    epithet = bool(head) and not head[0].is_cap and head[-1].low in _CALLING_EPITHETS
    if (
        len(name_toks) == 1
        and head
        and (head[-1].low in TITLES or head[-1].low in HUMAN_ROLES)
        and _known_body(name_toks[0].text, sure=epithet)
    ):
        # "kata Pelatih Persib", "usai pemain Barcelona menuding …": a calling of a body
        # warta knows, no one named (written small, the epithet of someone named before:
        # "tutur eks striker Chelsea di FFT"; there only a club, party or agency of the
        # alias tables: "pengusaha Ciputra", "gelandang Honda" are people)
        return Phrase("anaphor" if epithet else "title", _lower_first(mention))
    if name_toks and _name_size(name_toks) <= 5:
        if head and (
            head[-1].low in _PLAYS
            or (len(head) >= 2 and head[-2].low in _PLAYS and head[-1].low in _CHARACTERS)
        ):
            # "sang pemeran Jon Snow": who plays the character, named before; not the
            # character
            return Phrase("anaphor", _lower_first(mention))
        if _relation_of(head):
            # "kata istri Budi Santoso": someone of the person named, unnamed, is the speaker
            # ("…, Ani" set off after it names them)
            return Phrase("anonymous", _lower_first(mention))
        if head and head[-1].low in {"asal", "kelahiran"} and not head[0].is_cap:
            # "astronom asal Hawaii": where the calling is from, no name (written small: not
            # "Astronom asal Hawaii" opening a sentence either)
            return Phrase("anonymous", _lower_first(mention))
        if head and head[-1].low in {"asal", "kelahiran"} and len(name_toks) == 1:
            return Phrase("anonymous", _lower_first(mention))
        if (
            head
            and head[-1].text in ENGLISH_LINKS
            and head[0].is_cap
            and all(t.is_cap or t.text in ENGLISH_LINKS for t in head)
        ):
            # "Centers for Disease Control and Prevention", "The Thrill of It All": a body's
            # name or a work's title in English, no one's
            return Phrase("org", mention)
        written = _join(text, name_toks)
        if (
            len(name_toks) >= 2
            and len(name_toks[-1].text) == 1
            and text[name_toks[-1].end :][:1] == "."
        ):
            written += "."  # "Noorwat S.": an initial closing the name keeps its full stop
        return Phrase("person", mention, written, _role(text, head))
    if first in ANONYMOUS_MARKERS or "sumber" in lows or "anonim" in lows or withheld:
        return Phrase("anonymous", _lower_first(mention))
    if any(
        t.low in TITLES or ABBREVIATED_OFFICE.fullmatch(t.low) is not None for t in toks
    ) and not any(t.low in ORG_HEADS for t in toks):
        return Phrase("title", _lower_first(mention))
    if any(t.is_cap and t.low not in common for t in toks):
        return Phrase("org", mention)
    if toks[0].low in _UNNAMED_BODIES or (
        # "tim medis", "tim SAR", "tim kuasa hukum"; not "tim pertama yang …"
        toks[0].low == "tim" and len(toks) > 1 and toks[1].low.removesuffix("nya") in _TEAMS
    ):
        # "Menurut polisi, …", "pemerintah menyatakan": a body speaks, whom no "dia" after it
        # means (not the police spokesman quoted around it)
        return Phrase("org", _lower_first(mention))
    if toks[0].low in _UNNAMED_SOURCES:
        # "…, sementara saksi mengatakan …": someone unnamed
        return Phrase("anonymous", _lower_first(mention))
    return Phrase("generic", _lower_first(mention))


# Nouns written small for those who speak though unnamed ("menurut polisi", "kata saksi");
# not those the statement is about ("pengguna dapat menambahkan …")
_UNNAMED_SOURCES = HUMAN_ROLES - {"orang", "seorang", "salah", "anak", "ibu", "bapak"} | {
    "pejabat", "jaksa", "hakim", "pengacara", "ahli", "pakar", "pengamat", "peneliti",
    "ilmuwan", "analis", "ekonom", "keluarga", "kerabat", "tetangga", "relawan",
}  # fmt: skip
# Teams of people who speak as one: "tim medis", "tim pengembangnya"
_TEAMS = frozenset(
    {"medis", "dokter", "sar", "penyidik", "kuasa", "pengacara", "peneliti", "ahli",
     "forensik", "pengembang", "pencipta", "investigasi", "gabungan", "advokasi"}
)  # fmt: skip
# ... and bodies, named by what they are
_UNNAMED_BODIES = frozenset(
    {"polisi", "kepolisian", "aparat", "penyidik", "pemerintah", "otoritas", "militer",
     "tentara", "pasukan", "panitia", "penyelenggara", "manajemen"}
)  # fmt: skip


# Words that describe a club by its league before its name ("klub Liga Inggris Arsenal")
_LEAGUE_WORDS = frozenset({"klub", "liga", "tim", "kesebelasan"})


def _club_of_a_league(toks: list[Tok]) -> list[Tok] | None:
    """The club a phrase names after its league ("Klub Liga Primer Skotlandia Celtic" →
    "Celtic"): its last words, a club warta knows, after a word for a club or league."""
    from warta.extract.canonical import CLUB_NAMES  # (canonical's tables load on first use)

    league = next((i for i, t in enumerate(toks[:-1]) if t.low in _LEAGUE_WORDS), None)
    if len(toks) < 3 or league is None or any(t.low in TITLES for t in toks[:league]):
        return None  # ("kata Manajer Tim Persib": the club's manager, who speaks)
    for size in (3, 2, 1):
        tail = toks[-size:]
        if size < len(toks) and all(t.is_word for t in tail):
            name = " ".join(t.text for t in tail)
            if name in CLUB_NAMES and toks[-size - 1].is_cap:
                return tail
    return None


# Nouns for a kind of body, set off after its name ("Google, raksasa mesin pencari")
KINDS_OF_BODIES = frozenset(
    {"perusahaan", "pengembang", "produsen", "pabrikan", "raksasa", "startup",
     "platform", "situs", "aplikasi", "operator", "maskapai", "penerbit", "distributor",
     "peritel", "emiten", "lembaga", "organisasi", "yayasan", "firma", "developer", "badan"}
)  # fmt: skip


def _known_body(name: str, *, sure: bool = False) -> bool:
    """Whether `name` is a body warta's lists know ("Persib", "Barcelona", "KPK"); `sure`:
    one of the alias tables, not a company named after its founder ("Ciputra")."""
    from warta.extract.canonical import known_type  # (canonical's tables load on first use)

    return known_type(name) == "ORG" or (not sure and name in KNOWN_BODY_NAMES)


def common_words(text: str) -> frozenset[str]:
    """Words the article writes in lower case: capitalised, they start a sentence, not a name.
    (Not inside a handle, address or link: "@iko.uwais", "kompas.com".)"""
    return frozenset(
        m.group() for m in re.finditer(r"(?<![@./\w-])[a-z][a-z'-]+\b(?![.@/][a-z0-9])", text)
    )
