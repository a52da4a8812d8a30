"""Word evidence that tells Indonesian from Malay, and function words for a cheap language check.

Character n-gram detectors (py3langid included) split Indonesian and Malay poorly: the two share
most of their vocabulary, so formal Indonesian prose is often called Malay. What separates them
are a few hundred spelling and word-choice differences (karena/kerana, uang/wang, persen/peratus,
polisi/polis, pemerintah/kerajaan, Rp/RM …). Each marker below carries a weight in log-odds units:
positive for Indonesian, negative for Malay. Words both varieties use often (beliau, pejabat,
negeri, bandar, jabatan, didakwa …) are left out on purpose: Indonesian news uses them too, with
other meanings.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable

# Letters only (Unicode aware), hyphenated reduplications kept whole: "kanak-kanak", "anak-anak".
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_RUPIAH_RE = re.compile(r"\bRp\.?\s?\d")
_RINGGIT_RE = re.compile(r"\bRM\s?\d")
# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Chinese, Japanese).
_UNSPACED_RE = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]"
)

INDONESIAN_MARKERS: dict[str, float] = {
    # spelling and word choice that Malay writes differently
    "bisa": 2.0,
    "karena": 2.0,
    "uang": 2.0,
    "bahwa": 2.0,
    "yaitu": 2.0,
    "yakni": 1.5,
    "persen": 2.0,
    "miliar": 2.0,
    "triliun": 2.0,
    "polisi": 2.0,
    "kepolisian": 2.0,
    "pemerintah": 1.5,
    "kantor": 2.0,
    "kasus": 2.0,
    "kemarin": 2.0,
    "ujar": 2.0,
    "ujarnya": 2.0,
    "tuturnya": 1.5,
    "pihaknya": 1.5,
    "kendaraan": 2.0,
    "pertandingan": 2.0,
    "pelatih": 2.0,
    "perusahaan": 2.0,
    "gratis": 1.5,
    "mau": 1.5,
    "layanan": 1.5,
    "pelayanan": 1.5,
    "tersangka": 1.0,
    "korban": 1.0,
    "berhasil": 1.0,
    "usai": 1.0,
    "jelang": 1.0,
    "menjelang": 0.5,
    "terkait": 1.0,
    "mengatakan": 1.0,
    "setelah": 1.0,
    "saat": 1.0,
    "sudah": 0.5,
    "saja": 0.5,
    "baru": 0.5,
    "pekan": 0.5,
    "warga": 0.5,
    "dirinya": 0.5,
    "dinas": 1.5,
    "presiden": 1.0,
    "delapan": 1.5,
    "sepeda": 1.0,
    "ribu": 0.3,
    # administrative units and institutions that only Indonesia has
    "kabupaten": 2.0,
    "kecamatan": 2.0,
    "kelurahan": 2.0,
    "provinsi": 2.0,
    "gubernur": 2.0,
    "bupati": 2.0,
    "dprd": 2.0,
    "dpr": 1.5,
    "kpk": 2.0,
    "polri": 2.0,
    "tni": 2.0,
    "dki": 2.0,
    "wib": 2.0,
    "wita": 2.0,
    # colloquial Indonesian (quotes, social media)
    "nggak": 2.0,
    "enggak": 2.0,
    "gak": 1.5,
    "banget": 2.0,
    "gimana": 2.0,
    "sih": 1.5,
    "dong": 1.0,
    "kok": 1.0,
}

MALAY_MARKERS: dict[str, float] = {
    "kerana": 2.0,
    "wang": 2.0,
    "bahawa": 2.0,
    "iaitu": 2.0,
    "peratus": 2.0,
    "bilion": 2.0,
    "trilion": 2.0,
    "polis": 2.0,
    "kerajaan": 1.0,  # also "kingdom" in Indonesian (Kerajaan Inggris)
    "berkata": 1.0,
    "ialah": 1.0,
    "daripada": 0.7,
    "boleh": 0.5,
    "universiti": 2.0,
    "teksi": 2.0,
    "bas": 1.0,
    "syarikat": 2.0,
    "kenderaan": 2.0,
    "perkhidmatan": 2.0,
    "kenyataan": 1.5,
    "selepas": 1.0,
    "manakala": 1.5,
    "bagaimanapun": 1.0,
    "tempoh": 2.0,
    "sahaja": 2.0,
    "baharu": 2.0,
    "lapan": 1.5,
    "cadangan": 1.0,
    "siasatan": 2.0,
    "disyaki": 2.0,
    "suspek": 1.5,
    "mangsa": 1.5,
    "hospital": 1.0,
    "kanak-kanak": 2.0,
    "jurulatih": 2.0,
    "perlawanan": 0.5,
    "kejohanan": 2.0,
    "berjaya": 2.0,
    "mahu": 2.0,
    "sebarang": 2.0,
    "percuma": 2.0,
    "kempen": 2.0,
    "tentera": 2.0,
    "askar": 1.5,
    "menerusi": 1.5,
    "sekiranya": 1.0,
    "memandangkan": 1.5,
    "berhubung": 1.0,
    "awam": 1.0,
    "tempatan": 1.5,
    "lelaki": 1.0,
    "semalam": 1.0,
    "rasmi": 2.0,
    "maklumat": 2.0,
    "talian": 1.5,
    "amaran": 2.0,
    "dijangka": 1.5,
    "setakat": 1.5,
    "cuba": 1.5,
    "berhampiran": 1.5,
    "samun": 2.0,
    "terjejas": 2.0,
    "rawatan": 2.0,
    "lepasan": 0.5,
    "hujung": 1.5,
    "menewaskan": 1.0,
    "ringgit": 1.0,
    "datuk": 1.0,
    "dato": 1.0,
    "kos": 1.0,
    "dinasihatkan": 2.0,
}

# Two-word markers, matched on the lower-cased word sequence.
INDONESIAN_BIGRAMS: dict[tuple[str, str], float] = {
    ("rumah", "sakit"): 2.0,
    ("konferensi", "pers"): 2.0,
    ("wali", "kota"): 2.0,
    ("saat", "ini"): 1.0,
}
MALAY_BIGRAMS: dict[tuple[str, str], float] = {
    ("orang", "ramai"): 2.0,
    ("sidang", "media"): 2.0,
    ("pihak", "berkuasa"): 2.0,
    ("menteri", "besar"): 2.0,
    ("luar", "bandar"): 2.0,
    ("dalam", "talian"): 1.0,
    ("separuh", "akhir"): 2.0,
    ("tan", "sri"): 1.5,
}

# Frequent words of Indonesian and Malay news alike (function words and common news words, none of
# them English): a line rich in them is in the same family as an Indonesian/Malay document and
# needs no n-gram model to say so.
ID_MS_FUNCTION_WORDS = frozenset(
    """
    ada adalah agar akan akhirnya anda antara atau babak bagi bagian bahawa bahkan bahwa baik
    bakal banyak baru beberapa beliau belum berbagai berdasarkan berikut bersama besar bisa
    boleh bukan cukup dalam dan dapat dari daripada demikian dengan di dia diri dua hal hanya
    hari harus hingga ia iaitu ini itu jika juga juta kalau kali kami kamu karena kata katanya
    ke kedua kembali kemudian kepada kerana ketiga kini kita kondisi laga lagi lain lalu lebih
    lewat lima masa masih melalui memang menit menjadi menurut mereka misalnya mulai namun nanti
    oleh orang pada para perlu pertama pihak pun ribu saat salah sama sangat satu saya sebagai
    sebanyak sebelum sebelumnya sedang sehingga sejak sejumlah sekali sekitar selain selama
    selepas sementara semua sendiri seperti serta setelah setiap sudah supaya tahun tak tanpa
    telah tempat tengah tentang terhadap tersebut terus tetapi tidak tiga ujar ujarnya untuk
    usai waktu yaitu yakin yakni yang
    """.split()  # noqa: SIM905 - a word list reads better as text
)
EN_FUNCTION_WORDS = frozenset(
    """
    a about after also an and are as at be been but by for from had has have he her his in into
    is it its more not of on or over said she than that the their they this to was we were which
    who will with would
    """.split()  # noqa: SIM905
)


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters only; hyphenated reduplications kept whole)."""
    return [match.lower() for match in WORD_RE.findall(text)]


def word_count(text: str, tokens: list[str]) -> int:
    """Words in `text`; scripts written without spaces count one word per two characters."""
    if _UNSPACED_RE.search(text) is None:
        return len(tokens)
    return len(tokens) + len(_UNSPACED_RE.findall(text)) // 2


def id_ms_evidence(text: str, tokens: Iterable[str] | None = None) -> float:
    """Log-odds evidence that `text` is Indonesian rather than Malay (negative: Malay)."""
    toks = list(tokens) if tokens is not None else words(text)
    score = 0.0
    # A marker repeated through an article (a name such as "Kerajaan Inggris", "Polis Diraja")
    # says little more than the first few times: each word counts at most twice its weight.
    for tok, count in Counter(toks).items():
        weight = INDONESIAN_MARKERS.get(tok, 0.0) - MALAY_MARKERS.get(tok, 0.0)
        if weight:
            score += weight * min(2.0, 1.0 + 0.5 * (count - 1))
    for pair in itertools.pairwise(toks):
        score += INDONESIAN_BIGRAMS.get(pair, 0.0) - MALAY_BIGRAMS.get(pair, 0.0)
    # Currency is a strong tell (rupiah vs ringgit amounts), but an Indonesian line may list
    # Malaysian prices: it counts once, so that it cannot outvote the words on its own.
    rupiah = _RUPIAH_RE.search(text) is not None
    ringgit = _RINGGIT_RE.search(text) is not None
    return score + 2.0 * (int(rupiah) - int(ringgit))


_INDONESIAN_WORDS = frozenset(INDONESIAN_MARKERS) | {first for first, _ in INDONESIAN_BIGRAMS}
_MALAY_WORDS = frozenset(MALAY_MARKERS) | {first for first, _ in MALAY_BIGRAMS}


def may_lean(text: str, tokens: list[str], *, towards: str) -> bool:
    """Cheap pre-check: can `text` hold any evidence for Indonesian ("id") or Malay ("ms")?"""
    if towards == "ms":
        return not _MALAY_WORDS.isdisjoint(tokens) or _RINGGIT_RE.search(text) is not None
    return not _INDONESIAN_WORDS.isdisjoint(tokens) or _RUPIAH_RE.search(text) is not None


def function_word_ratio(tokens: list[str], vocabulary: frozenset[str]) -> float:
    """Share of tokens that are frequent function words of one language (family)."""
    if not tokens:
        return 0.0
    return sum(1 for tok in tokens if tok in vocabulary) / len(tokens)
