"""Canonical entity names: one name per entity within a document and across the knowledge base.

Within a document a short mention ("Putin") takes the fullest form that contains it
("Vladimir Putin"). Across documents names meet on a normalised key that folds case,
diacritics, old Indonesian spelling and common transliteration variants (Zelenskiy /
Zelensky / Zelenskyy), after an alias table (AS = Amerika Serikat, Kiev = Kyiv, and the
English and Indonesian names of every country from babel).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["ALIASES", "canonical_key", "canonical_name", "resolve_in_document"]

# canonical (Indonesian news usage) → aliases. Country names in other languages come from
# babel below; this table holds what babel does not know: abbreviations, city exonyms,
# organisations known by two names.
ALIASES: dict[str, tuple[str, ...]] = {
    "Amerika Serikat": ("AS", "A.S.", "USA", "U.S.", "US", "Amerika", "United States"),
    "Inggris": ("UK", "Britania Raya", "United Kingdom"),
    "Uni Eropa": ("UE", "EU", "European Union"),
    "PBB": ("Perserikatan Bangsa-Bangsa", "UN", "United Nations"),
    "Tiongkok": ("China", "Cina", "RRT", "RRC"),
    "Korea Selatan": ("Korsel", "South Korea"),
    "Korea Utara": ("Korut", "North Korea"),
    "Uni Emirat Arab": ("UEA", "UAE"),
    "Kyiv": ("Kiev", "Kiyv"),
    "Moskow": ("Moscow", "Moskwa"),
    "Kharkiv": ("Kharkov",),
    "Odesa": ("Odessa",),
    "Lviv": ("Lvov",),
    "Beijing": ("Peking",),
    "Den Haag": ("The Hague",),
    "Jakarta": ("DKI Jakarta", "Djakarta"),
    "Yogyakarta": ("Jogja", "Jogjakarta", "DIY", "Yogya"),
    "Gedung Putih": ("White House",),
    "Kremlin": ("Istana Kremlin",),
    "Departemen Luar Negeri AS": ("Deplu AS", "State Department"),
    "NATO": ("Organisasi Pakta Atlantik Utara", "Pakta Pertahanan Atlantik Utara"),
    "KPK": ("Komisi Pemberantasan Korupsi",),
    "DPR": ("Dewan Perwakilan Rakyat", "DPR RI"),
    "MPR": ("Majelis Permusyawaratan Rakyat",),
    "Polri": ("Kepolisian Negara Republik Indonesia", "Kepolisian RI"),
    "TNI": ("Tentara Nasional Indonesia",),
    "KPU": ("Komisi Pemilihan Umum",),
    "Bawaslu": ("Badan Pengawas Pemilu", "Badan Pengawas Pemilihan Umum"),
    "Mahkamah Konstitusi": ("MK",),
    "Bank Indonesia": ("BI",),
    "WHO": ("Organisasi Kesehatan Dunia", "World Health Organization"),
    "IMF": ("Dana Moneter Internasional", "International Monetary Fund"),
    "PDI-P": ("PDIP", "PDI Perjuangan", "Partai Demokrasi Indonesia Perjuangan"),
    "Partai Golkar": ("Golkar", "Partai Golongan Karya"),
    "Partai Gerindra": ("Gerindra", "Partai Gerakan Indonesia Raya"),
    "AFP": ("Agence France-Presse", "Agence France Presse"),
}

# Spelling rules applied, in order, to a lower-cased, accent-free name. They fold old
# Indonesian spelling (Soekarno, Djakarta, Tjokro) and Latin transliterations of Slavic and
# Arabic names (Zelenskiy/Zelenskyy, Tchaikovsky, Mohammad/Muhammad stays apart on purpose:
# vowels carry identity).
_SPELLING: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"oe", "u"),
        (r"dj", "j"),
        (r"tj", "c"),
        (r"ph", "f"),
        (r"kh", "h"),
        (r"ch", "h"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"q", "k"),
        (r"w(?=\b)", "v"),
        (r"iy\b", "y"),
        (r"yy\b", "y"),
        (r"ij\b", "y"),
        (r"ii\b", "y"),
        (r"(?<=[aeiou])j(?=[aeiou])", "y"),
        (r"([b-df-hj-np-tv-z])\1", r"\1"),
    )
)
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = _SPACES.sub(" ", _NON_WORD.sub(" ", plain.replace("-", " "))).strip()
    return plain


def _spell(folded: str) -> str:
    for pattern, repl in _SPELLING:
        folded = pattern.sub(repl, folded)
    return folded


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    try:
        from babel import Locale

        indonesian = Locale("id").territories
        for locale in ("en", "fr", "de"):
            for code, name in Locale(locale).territories.items():
                if code.isalpha() and code in indonesian:
                    index.setdefault(_spell(_fold(name)), indonesian[code])
        for code, name in indonesian.items():
            if code.isalpha():
                index[_spell(_fold(name))] = name
    except ImportError:  # babel is a dependency, but names still resolve from the table
        pass
    for canonical, aliases in ALIASES.items():
        index[_spell(_fold(canonical))] = canonical
        for alias in aliases:
            index[_spell(_fold(alias))] = canonical
    # The exact acronym "AS" must not swallow the word "as"; keys keep acronyms apart by
    # being built from the surface form, and lower-case matching happens only through here.
    return index


def canonical_name(name: str) -> str:
    """The preferred display name for `name` (alias table), or `name` with spaces tidied."""
    return _alias_index().get(_spell(_fold(name)), _SPACES.sub(" ", name).strip())


def canonical_key(name: str) -> str:
    """Normalised key under which spelling variants and aliases of one entity meet."""
    return _spell(_fold(canonical_name(name)))


def resolve_in_document(mentions: Sequence[tuple[str, str]]) -> list[str]:
    """Canonical name per (text, label) mention of one document.

    A person mention whose words all occur, in order, at the edge of a fuller person
    mention ("Putin" in "Vladimir Putin", "Biden" in "Joe Biden") takes the fuller form;
    where several fuller forms fit, the most frequent wins. Other types go through the alias
    table only.
    """
    people = Counter(text for text, label in mentions if label == "PER")
    full_forms = sorted(people, key=lambda t: (-len(t.split()), -people[t], t))
    out: list[str] = []
    for text, label in mentions:
        if label != "PER":
            out.append(canonical_name(text))
            continue
        words = _fold(text).split()
        best = text
        for candidate in full_forms:
            cand_words = _fold(candidate).split()
            if len(cand_words) <= len(words):
                break
            n = len(words)
            if cand_words[-n:] == words or cand_words[:n] == words:
                best = candidate
                break
        out.append(_SPACES.sub(" ", best).strip())
    return out
