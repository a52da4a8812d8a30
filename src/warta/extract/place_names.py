"""Names of countries and of Indonesia's provinces, main islands, regencies and cities, as
Indonesian news writes them: what a reader knows to be a place without any context.

Countries come from babel's Indonesian territory names (CLDR), less territories that are
also common words or given names ("Georgia", "Chad", "Jersey", "Mali"). Provinces,
islands, regencies and cities are listed here (38 provinces since 2022, with their usual
short forms)."""

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
     "Sulsel", "Sultra", "Malut",
     # former names history pieces still write
     "Irian Jaya", "Irian Barat"}
)  # fmt: skip
ISLANDS: frozenset[str] = frozenset(
    {"Jawa", "Sumatera", "Sumatra", "Kalimantan", "Sulawesi", "Madura", "Lombok", "Flores",
     "Sumba", "Halmahera", "Nias", "Bangka", "Belitung", "Borneo"}
)  # fmt: skip
# Indonesia's regencies and cities as news names them ("BPBD Luwu", "warga Gowa"), without
# the ones that are also words or given names ("Batang", "Pati", "Kudus", "Serang", "Bima",
# "Buru", "Muna", "Bone", "Karo", "Toba", "Samosir", "Agam", "Malang", "Batu", "Metro",
# "Puncak", "Landak", "Sigi", "Belu", "Alor", "Malaka", "Kaur", "Lahat", "Tebo", "Bungo",
# "Banjar", "Paser", "Siak", "Batubara")
REGENCIES: frozenset[str] = frozenset(
    {
     # Aceh, Sumatra
     "Aceh Besar", "Aceh Utara", "Aceh Timur", "Aceh Barat", "Aceh Selatan", "Aceh Tengah",
     "Aceh Tenggara", "Aceh Barat Daya", "Aceh Jaya", "Aceh Singkil", "Aceh Tamiang",
     "Bener Meriah", "Gayo Lues", "Nagan Raya", "Pidie", "Pidie Jaya", "Bireuen", "Simeulue",
     "Lhokseumawe", "Langsa", "Sabang", "Subulussalam", "Banda Aceh",
     "Langkat", "Deli Serdang", "Serdang Bedagai", "Labuhanbatu", "Labuhanbatu Selatan",
     "Labuhanbatu Utara", "Asahan", "Simalungun", "Dairi", "Tapanuli Utara",
     "Tapanuli Tengah", "Tapanuli Selatan", "Humbang Hasundutan", "Pakpak Bharat",
     "Mandailing Natal", "Padang Lawas", "Padang Lawas Utara", "Nias Selatan", "Nias Utara",
     "Nias Barat", "Gunungsitoli", "Sibolga", "Tanjungbalai", "Pematangsiantar",
     "Tebing Tinggi", "Binjai", "Padangsidimpuan", "Medan",
     "Padang Pariaman", "Pariaman", "Pesisir Selatan", "Tanah Datar", "Lima Puluh Kota",
     "Payakumbuh", "Sijunjung", "Sawahlunto", "Solok", "Solok Selatan", "Dharmasraya",
     "Pasaman", "Pasaman Barat", "Kepulauan Mentawai", "Mentawai", "Bukittinggi",
     "Padang Panjang", "Kampar", "Bengkalis", "Pelalawan", "Indragiri Hulu",
     "Indragiri Hilir", "Kuantan Singingi", "Rokan Hulu", "Rokan Hilir", "Kepulauan Meranti",
     "Dumai", "Pekanbaru", "Batam", "Bintan", "Karimun", "Natuna", "Lingga", "Anambas",
     "Tanjungpinang", "Muaro Jambi", "Batanghari", "Tanjung Jabung Barat",
     "Tanjung Jabung Timur", "Kerinci", "Merangin", "Sarolangun", "Sungai Penuh",
     "Ogan Ilir", "Ogan Komering Ulu", "Ogan Komering Ilir", "Muara Enim", "Musi Rawas",
     "Musi Banyuasin", "Banyuasin", "Empat Lawang", "Pagar Alam", "Prabumulih",
     "Lubuklinggau", "Palembang", "Bangka Barat", "Bangka Tengah", "Bangka Selatan",
     "Belitung Timur", "Pangkalpinang", "Rejang Lebong", "Kepahiang", "Lebong", "Mukomuko",
     "Seluma", "Bengkulu Utara", "Bengkulu Selatan", "Bengkulu Tengah", "Lampung Selatan",
     "Lampung Tengah", "Lampung Utara", "Lampung Barat", "Lampung Timur", "Tulang Bawang",
     "Tanggamus", "Way Kanan", "Pesawaran", "Pringsewu", "Mesuji", "Pesisir Barat",
     "Bandar Lampung",
     # Java
     "Pandeglang", "Lebak", "Tangerang", "Tangerang Selatan", "Cilegon", "Bogor",
     "Sukabumi", "Cianjur", "Bandung Barat", "Garut", "Tasikmalaya", "Ciamis",
     "Pangandaran", "Kuningan", "Cirebon", "Majalengka", "Sumedang", "Indramayu", "Subang",
     "Purwakarta", "Karawang", "Bekasi", "Depok", "Cimahi", "Cilacap", "Banyumas",
     "Purbalingga", "Banjarnegara", "Kebumen", "Purworejo", "Wonosobo", "Magelang",
     "Boyolali", "Klaten", "Sukoharjo", "Wonogiri", "Karanganyar", "Sragen", "Grobogan",
     "Blora", "Rembang", "Jepara", "Demak", "Semarang", "Temanggung", "Kendal",
     "Pekalongan", "Pemalang", "Tegal", "Brebes", "Salatiga", "Surakarta", "Sleman",
     "Bantul", "Gunungkidul", "Gunung Kidul", "Kulon Progo", "Kulonprogo", "Pacitan",
     "Ponorogo", "Trenggalek", "Tulungagung", "Blitar", "Kediri", "Lumajang", "Jember",
     "Banyuwangi", "Bondowoso", "Situbondo", "Probolinggo", "Pasuruan", "Sidoarjo",
     "Mojokerto", "Jombang", "Nganjuk", "Madiun", "Magetan", "Ngawi", "Bojonegoro", "Tuban",
     "Lamongan", "Gresik", "Bangkalan", "Sampang", "Pamekasan", "Sumenep", "Surabaya",
     # Bali, Nusa Tenggara
     "Badung", "Gianyar", "Tabanan", "Buleleng", "Jembrana", "Karangasem", "Klungkung",
     "Bangli", "Denpasar", "Lombok Barat", "Lombok Tengah", "Lombok Timur", "Lombok Utara",
     "Sumbawa Barat", "Dompu", "Mataram", "Manggarai", "Manggarai Barat", "Manggarai Timur",
     "Ngada", "Nagekeo", "Ende", "Sikka", "Flores Timur", "Lembata", "Timor Tengah Selatan",
     "Timor Tengah Utara", "Kupang", "Rote Ndao", "Sabu Raijua", "Sumba Barat",
     "Sumba Timur", "Sumba Tengah", "Sumba Barat Daya", "Labuan Bajo",
     # Kalimantan
     "Sambas", "Bengkayang", "Singkawang", "Mempawah", "Sanggau", "Sekadau", "Sintang",
     "Melawi", "Kapuas Hulu", "Ketapang", "Kayong Utara", "Kubu Raya", "Pontianak",
     "Kotawaringin Barat", "Kotawaringin Timur", "Katingan", "Seruyan", "Sukamara",
     "Lamandau", "Gunung Mas", "Pulang Pisau", "Barito Selatan", "Barito Timur",
     "Barito Utara", "Murung Raya", "Palangka Raya", "Tanah Laut", "Tanah Bumbu",
     "Kotabaru", "Barito Kuala", "Tapin", "Hulu Sungai Selatan", "Hulu Sungai Tengah",
     "Hulu Sungai Utara", "Balangan", "Tabalong", "Banjarbaru", "Banjarmasin",
     "Kutai Kartanegara", "Kutai Barat", "Kutai Timur", "Mahakam Ulu", "Penajam Paser Utara",
     "Berau", "Bontang", "Samarinda", "Balikpapan", "Bulungan", "Malinau", "Nunukan",
     "Tana Tidung", "Tarakan",
     # Sulawesi
     "Minahasa", "Minahasa Utara", "Minahasa Selatan", "Minahasa Tenggara",
     "Bolaang Mongondow", "Kepulauan Sangihe", "Sangihe", "Kepulauan Talaud", "Talaud",
     "Bitung", "Tomohon", "Kotamobagu", "Manado", "Boalemo", "Pohuwato", "Bone Bolango",
     "Gorontalo Utara", "Donggala", "Poso", "Banggai", "Morowali", "Morowali Utara",
     "Parigi Moutong", "Tolitoli", "Buol", "Tojo Una-Una", "Palu", "Mamuju", "Mamuju Tengah",
     "Pasangkayu", "Majene", "Polewali Mandar", "Mamasa", "Luwu", "Luwu Utara",
     "Luwu Timur", "Wajo", "Soppeng", "Sidenreng Rappang", "Sidrap", "Pinrang", "Enrekang",
     "Tana Toraja", "Toraja Utara", "Gowa", "Takalar", "Jeneponto", "Bantaeng", "Bulukumba",
     "Sinjai", "Kepulauan Selayar", "Selayar", "Pangkajene dan Kepulauan", "Pangkep",
     "Barru", "Maros", "Palopo", "Parepare", "Makassar", "Kolaka", "Kolaka Utara",
     "Kolaka Timur", "Konawe", "Konawe Selatan", "Konawe Utara", "Konawe Kepulauan", "Buton",
     "Buton Utara", "Buton Tengah", "Buton Selatan", "Bombana", "Wakatobi", "Baubau",
     "Kendari",
     # Maluku, Papua
     "Maluku Tengah", "Maluku Tenggara", "Maluku Barat Daya", "Seram Bagian Barat",
     "Seram Bagian Timur", "Kepulauan Aru", "Kepulauan Tanimbar", "Buru Selatan", "Ambon",
     "Tual", "Halmahera Utara", "Halmahera Barat", "Halmahera Tengah", "Halmahera Timur",
     "Halmahera Selatan", "Pulau Morotai", "Morotai", "Kepulauan Sula", "Ternate", "Tidore",
     "Tidore Kepulauan", "Jayapura", "Jayawijaya", "Mimika", "Nabire", "Merauke", "Keerom",
     "Sarmi", "Biak Numfor", "Biak", "Kepulauan Yapen", "Waropen", "Mamberamo Raya",
     "Puncak Jaya", "Paniai", "Dogiyai", "Deiyai", "Intan Jaya", "Tolikara", "Yahukimo",
     "Lanny Jaya", "Nduga", "Yalimo", "Pegunungan Bintang", "Boven Digoel", "Mappi", "Asmat",
     "Supiori", "Manokwari", "Manokwari Selatan", "Sorong", "Sorong Selatan", "Fakfak",
     "Kaimana", "Teluk Bintuni", "Teluk Wondama", "Raja Ampat", "Maybrat", "Tambrauw",
     "Pegunungan Arfak"}
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
    """Every name here: countries, provinces, islands, regencies and cities."""
    return country_names() | PROVINCES | ISLANDS | REGENCIES
