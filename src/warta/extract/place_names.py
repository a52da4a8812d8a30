"""Names of countries and of Indonesia's provinces and main islands, as Indonesian news writes
them: what a reader knows to be a place without any context.

Countries come from babel's Indonesian territory names (CLDR), less territories that are
also common words or given names ("Georgia", "Chad", "Jersey", "Mali"). Provinces and
islands are listed here (38 provinces since 2022, with their usual short forms)."""

from __future__ import annotations

from functools import lru_cache

PROVINCES: frozenset[str] = frozenset(
    {"Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
     "Sumatera Selatan", "Bangka Belitung", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung",
     "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah", "DI Yogyakarta",
     "Daerah Istimewa Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat",
     "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan",
     "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah",
     "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Maluku Utara",
     "Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan", "Papua Tengah",
     "Papua Pegunungan",
     # the short forms news writes
     "Sumut", "Sumbar", "Sumsel", "Kepri", "Jabar", "Jateng", "Jatim", "DIY", "NTB", "NTT",
     "Kalbar", "Kalteng", "Kalsel", "Kaltim", "Kaltara", "Sulut", "Sulteng", "Sulbar",
     "Sulsel", "Sultra", "Malut"}
)  # fmt: skip
ISLANDS: frozenset[str] = frozenset(
    {"Jawa", "Sumatera", "Sumatra", "Kalimantan", "Sulawesi", "Madura", "Lombok", "Flores",
     "Sumba", "Halmahera", "Nias", "Bangka", "Belitung", "Borneo"}
)  # fmt: skip
# CLDR territories that are also words or given names, or not places news means by them
_NOT_PLAIN_COUNTRIES = frozenset(
    {"Georgia", "Chad", "Jersey", "Guernsey", "Sark", "Mali", "Niue", "Tonga", "Samoa",
     "Palau", "Togo", "Benin", "Dominika", "Grenada", "Montserrat", "Niger", "Guinea",
     "Sahara Barat", "Uni Eropa", "Zona Euro", "Oseania Luar", "Aksen Asing", "Pseudo-Bidi",
     "Diego Garcia", "Saint Martin", "Saint Helena", "Saint Lucia", "Wilayah Tidak Dikenal",
     "Perserikatan Bangsa-Bangsa"}
)  # fmt: skip
_MORE_COUNTRIES = frozenset(
    {"Inggris", "China", "Cina", "Palestina", "Myanmar", "Korsel", "Korut", "Belarusia",
     "Rusia", "Amerika", "Hongaria", "Vietnam", "Taiwan", "Hong Kong", "Makau"}
)  # fmt: skip


# Words a country's name follows ("Menteri Luar Negeri AS", "warga AS", "dolar AS", "ke AS"):
# after them "AS" is the United States, not someone's initials
COUNTRY_TAKERS: frozenset[str] = frozenset(
    {"di", "ke", "dari", "asal", "negeri", "negara", "pemerintah", "presiden", "wapres",
     "dolar", "warga", "militer", "kedubes", "dubes", "senat", "kongres", "tentara",
     "pasukan", "menlu"}
)  # fmt: skip


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Countries by their Indonesian names ("Israel", "Amerika Serikat", "Korea Selatan")."""
    from babel import Locale

    names = {
        name
        for code, name in Locale("id").territories.items()
        if code.isalpha()
        and name[:1].isupper()
        and not any(ch in name for ch in "()&-–.")
        and not name.startswith(("Pulau ", "Kepulauan ", "Wilayah "))
        and "DAK" not in name
    }
    return frozenset((names - _NOT_PLAIN_COUNTRIES) | _MORE_COUNTRIES)


@lru_cache(maxsize=1)
def plain_place_names() -> frozenset[str]:
    """Every name here: countries, provinces and islands."""
    return country_names() | PROVINCES | ISLANDS
