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
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from warta.extract.body_names import KNOWN_BODY_NAMES
from warta.extract.ner.lexicon import NAME_TITLES, ORG_LAST_WORDS
from warta.extract.place_names import plain_place_names

__all__ = [
    "ALIASES",
    "BODY_ALIASES",
    "CLUB_ALIASES",
    "CLUB_NAMES",
    "FIRM_ENDS",
    "PEOPLE_ALIASES",
    "PEOPLE_ALIAS_FORMS",
    "PLACE_ALIASES",
    "SHORT_FORM_INSIDE",
    "UNIT_WORDS",
    "canonical_key",
    "canonical_name",
    "is_country",
    "is_indonesian_place_name",
    "is_known_name",
    "known_name_cut_into_role",
    "known_type",
    "org_short_form",
    "resolve_in_document",
    "spells_out",
    "swapped_neighbours",
    "typed_key",
    "typed_name",
]

# canonical (Indonesian news usage) → aliases, by the type of what they name. Country names in
# other languages come from babel below; these tables hold what babel does not know:
# abbreviations, city exonyms, organisations known by two names.
PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "Amerika Serikat": (
        "AS",
        "A.S.",
        "USA",
        "U.S.",
        "US",
        "Amerika",
        "United States",
        "Negeri Paman Sam",
    ),
    "Indonesia": ("RI", "Republik Indonesia", "NKRI"),
    "Inggris": ("UK", "Britania Raya", "United Kingdom", "Negeri Ratu Elizabeth"),
    "Tiongkok": ("China", "Cina", "RRT", "RRC", "Negeri Tirai Bambu"),
    "Korea Selatan": ("Korsel", "South Korea", "Negeri Ginseng"),
    "Korea Utara": ("Korut", "North Korea"),
    "Uni Emirat Arab": ("UEA", "UAE"),
    "Kyiv": ("Kiev", "Kiyv"),
    # Indonesian news spellings babel lacks, and babel's formal names news never writes
    "Belarus": ("Belarusia",),
    "Kazakhstan": ("Kazakstan",),
    "Kirgizstan": ("Kirgistan", "Kyrgyzstan"),
    "Makedonia Utara": ("Makedonia",),
    "Slovakia": ("Slowakia",),
    "Bosnia dan Herzegovina": ("Bosnia", "Bosnia-Herzegovina", "Bosnia Herzegovina"),
    "Hongaria": ("Hungaria",),
    "Sri Lanka": ("Srilanka",),
    "Pantai Gading": ("Côte d’Ivoire", "Cote d'Ivoire", "Ivory Coast"),
    "Palestina": ("Wilayah Palestina", "Palestine"),
    "Skotlandia": ("Scotland",),
    "Wales": (),
    "Hong Kong": ("Hong Kong DAK Tiongkok",),
    "Makau": ("Macau", "Macao", "Makau DAK Tiongkok"),
    "Kosta Rika": ("Kostarika", "Costa Rica"),
    # stadiums named in match reports (not after a town: those stay with the town)
    "Stamford Bridge": (),
    "Old Trafford": (),
    "Anfield": (),
    "Emirates Stadium": (),
    "Etihad Stadium": (),
    "Santiago Bernabeu": ("Bernabeu",),
    "Camp Nou": ("Nou Camp",),
    "Allianz Arena": (),
    "San Siro": ("Giuseppe Meazza",),
    "Signal Iduna Park": (),
    "Wembley": ("Stadion Wembley",),
    "Gelora Bung Karno": ("GBK", "Stadion Utama Gelora Bung Karno"),
    "Stadion Kanjuruhan": (),
    "Stadion Si Jalak Harupat": ("Si Jalak Harupat",),
    "Turf Moor": (),
    "Goodison Park": (),
    "Villa Park": (),
    "Selhurst Park": (),
    "Vicarage Road": (),
    "The Hawthorns": (),
    "St James' Park": ("St. James Park",),
    "King Power Stadium": (),
    "London Stadium": (),
    "Wanda Metropolitano": ("Metropolitano",),
    "Mestalla": (),
    "Allianz Stadium": ("Juventus Stadium",),
    "Parc des Princes": (),
    "Westfalenstadion": (),
    "Moskow": ("Moscow", "Moskwa"),
    "Kharkiv": ("Kharkov",),
    "Odesa": ("Odessa",),
    "Lviv": ("Lvov",),
    "Beijing": ("Peking",),
    "Den Haag": ("The Hague",),
    "Prancis": ("Perancis",),
    "Jakarta": ("DKI Jakarta", "Djakarta"),
    "Yogyakarta": ("Jogja", "Jogjakarta", "DIY", "Yogya"),
    "Sumatera Utara": ("Sumut", "Sumatra Utara", "Provinsi Sumatera Utara", "North Sumatra"),
    "Sumatera Barat": ("Sumbar", "Sumatra Barat", "Provinsi Sumatera Barat", "West Sumatra"),
    "Sumatera Selatan": (
        "Sumsel",
        "Sumatra Selatan",
        "Provinsi Sumatera Selatan",
        "South Sumatra",
    ),
    "Jawa Barat": ("Jabar", "Provinsi Jawa Barat", "West Java"),
    "Jawa Tengah": ("Jateng", "Provinsi Jawa Tengah", "Central Java"),
    "Jawa Timur": ("Jatim", "Provinsi Jawa Timur", "East Java"),
    "Sulawesi Selatan": ("Sulsel", "Provinsi Sulawesi Selatan", "South Sulawesi"),
    "Sulawesi Utara": ("Sulut", "Provinsi Sulawesi Utara", "North Sulawesi"),
    "Sulawesi Tengah": ("Sulteng", "Provinsi Sulawesi Tengah", "Central Sulawesi"),
    "Sulawesi Tenggara": ("Sultra", "Provinsi Sulawesi Tenggara", "Southeast Sulawesi"),
    "Kalimantan Timur": ("Kaltim", "Provinsi Kalimantan Timur", "East Kalimantan"),
    "Kalimantan Barat": ("Kalbar", "Provinsi Kalimantan Barat", "West Kalimantan"),
    "Kalimantan Selatan": ("Kalsel", "Provinsi Kalimantan Selatan", "South Kalimantan"),
    "Kalimantan Tengah": ("Kalteng", "Provinsi Kalimantan Tengah", "Central Kalimantan"),
    "Nusa Tenggara Barat": ("NTB", "Provinsi NTB", "West Nusa Tenggara"),
    "Nusa Tenggara Timur": ("NTT", "Provinsi NTT", "East Nusa Tenggara"),
    "Kepulauan Riau": ("Kepri", "Riau Islands"),
    "Kalimantan Utara": ("Kaltara", "Provinsi Kalimantan Utara", "North Kalimantan"),
    "Sulawesi Barat": ("Sulbar", "Provinsi Sulawesi Barat", "West Sulawesi"),
    "Maluku Utara": ("Malut", "Provinsi Maluku Utara", "North Maluku"),
    # Jakarta's cities by their short forms
    "Jakarta Utara": ("Jakut", "North Jakarta"),
    "Jakarta Selatan": ("Jaksel", "South Jakarta"),
    "Jakarta Barat": ("Jakbar", "West Jakarta"),
    "Jakarta Timur": ("Jaktim", "East Jakarta"),
    "Jakarta Pusat": ("Jakpus", "Central Jakarta"),
    "Daerah Istimewa Yogyakarta": ("Provinsi DIY",),
    # the nicknames Indonesian news gives countries ("Negeri Sakura" is Japan)
    "Jepang": ("Negeri Sakura", "Negeri Matahari Terbit"),
    "Malaysia": ("Negeri Jiran",),
    "Singapura": ("Negeri Singa",),
    "Thailand": ("Negeri Gajah Putih",),
    "Australia": ("Negeri Kanguru",),
    "Belanda": ("Negeri Kincir Angin",),
    "Spanyol": ("Negeri Matador",),
    "Brasil": ("Negeri Samba",),
    "Argentina": ("Negeri Tango",),
    "Rusia": ("Negeri Beruang Merah",),
    "Jerman": ("Negeri Panser",),
    "Italia": ("Negeri Pizza", "Negeri Pisa"),
    "India": ("Negeri Bollywood", "Negeri Hindustan"),
    "Arab Saudi": ("Negeri Petrodolar",),
}
BODY_ALIASES: dict[str, tuple[str, ...]] = {
    "Uni Eropa": ("UE", "EU", "European Union"),
    "PBB": ("Perserikatan Bangsa-Bangsa", "UN", "United Nations"),
    "Gedung Putih": ("White House",),
    "Kremlin": ("Istana Kremlin",),
    "Departemen Luar Negeri AS": ("Deplu AS", "State Department"),
    "NATO": ("Organisasi Pakta Atlantik Utara", "Pakta Pertahanan Atlantik Utara"),
    "KPK": ("Komisi Pemberantasan Korupsi",),
    "DPR": ("Dewan Perwakilan Rakyat", "DPR RI"),
    "MPR": ("Majelis Permusyawaratan Rakyat",),
    "Polri": ("Kepolisian Negara Republik Indonesia", "Kepolisian RI"),
    "Polda Metro Jaya": ("Polda Metro", "Kepolisian Daerah Metro Jaya"),
    "TNI": ("Tentara Nasional Indonesia",),
    "KPU": ("Komisi Pemilihan Umum", "KPU RI"),
    "Bawaslu": ("Badan Pengawas Pemilu", "Badan Pengawas Pemilihan Umum", "Bawaslu RI"),
    "Panwaslu": ("Panitia Pengawas Pemilu", "Panitia Pengawas Pemilihan Umum"),
    "Mahkamah Konstitusi": ("MK",),
    "Bank Indonesia": ("BI",),
    "WHO": ("Organisasi Kesehatan Dunia", "World Health Organization"),
    "IMF": ("Dana Moneter Internasional", "International Monetary Fund"),
    "The Fed": ("Federal Reserve", "The Federal Reserve", "Bank Sentral AS"),
    "PDI-P": ("PDIP", "PDI Perjuangan", "Partai Demokrasi Indonesia Perjuangan"),
    "Partai Golkar": ("Golkar", "Partai Golongan Karya"),
    "Partai Gerindra": ("Gerindra", "Partai Gerakan Indonesia Raya"),
    "AFP": ("Agence France-Presse", "Agence France Presse"),
    "Majelis Ulama Indonesia": ("MUI",),
    "Nahdlatul Ulama": ("NU",),
    "Pengurus Besar Nahdlatul Ulama": ("PBNU",),
    "Badan Narkotika Nasional": ("BNN",),
    "Badan Pemeriksa Keuangan": ("BPK",),
    "Badan Pusat Statistik": ("BPS",),
    "Otoritas Jasa Keuangan": ("OJK",),
    "Dewan Perwakilan Daerah": ("DPD", "DPD RI"),
    "Mahkamah Agung": ("MA",),
    "Kejaksaan Agung": ("Kejagung",),
    "Partai Nasdem": ("Nasdem", "NasDem", "Partai NasDem"),
    "Partai Demokrat": ("Demokrat",),
    "Partai Keadilan Sejahtera": ("PKS",),
    "Partai Amanat Nasional": ("PAN",),
    "Partai Kebangkitan Bangsa": ("PKB",),
    "Partai Persatuan Pembangunan": ("PPP",),
    "Partai Solidaritas Indonesia": ("PSI",),
    "Partai Hanura": ("Hanura",),
    "Partai Perindo": ("Perindo",),
    "PSSI": ("Persatuan Sepak Bola Seluruh Indonesia", "Persatuan Sepakbola Seluruh Indonesia"),
    "PBSI": ("Persatuan Bulu Tangkis Seluruh Indonesia", "Persatuan Bulutangkis Seluruh Indonesia"),
    "BWF": (
        "Badminton World Federation",
        "Federasi Bulu Tangkis Dunia",
        "Federasi Bulutangkis Dunia",
    ),
    "BMKG": (
        "Badan Meteorologi, Klimatologi, dan Geofisika",
        "Badan Meteorologi Klimatologi dan Geofisika",
    ),
    "Komnas HAM": ("Komisi Nasional Hak Asasi Manusia",),
    "Komisi Perlindungan Anak Indonesia": ("KPAI",),
    "Front Pembela Islam": ("FPI",),
    "Bareskrim Polri": ("Bareskrim Mabes Polri", "Badan Reserse Kriminal Polri", "Bareskrim"),
    "Pemprov DKI Jakarta": ("Pemprov DKI", "Pemprov Jakarta", "Pemerintah Provinsi DKI Jakarta"),
    "BNPB": ("Badan Nasional Penanggulangan Bencana",),
    "Basarnas": ("Badan SAR Nasional", "Badan Nasional Pencarian dan Pertolongan"),
    "LIPI": ("Lembaga Ilmu Pengetahuan Indonesia",),
    "BPPT": ("Badan Pengkajian dan Penerapan Teknologi",),
    "Bappenas": ("Badan Perencanaan Pembangunan Nasional",),
    "BKPM": ("Badan Koordinasi Penanaman Modal",),
    "BNPT": ("Badan Nasional Penanggulangan Terorisme",),
    "BPOM": ("Badan Pengawas Obat dan Makanan", "Badan POM"),
    "BSSN": ("Badan Siber dan Sandi Negara",),
    "Bakamla": ("Badan Keamanan Laut",),
    "Bulog": ("Badan Urusan Logistik", "Perum Bulog"),
    "PPATK": ("Pusat Pelaporan dan Analisis Transaksi Keuangan",),
    "LPSK": ("Lembaga Perlindungan Saksi dan Korban",),
    "Komisi Pengawas Persaingan Usaha": ("KPPU",),  # "KPPU" would key as "KPU"
    "Komisi Yudisial": (),
    "Ombudsman RI": ("Ombudsman Republik Indonesia",),
    "Lembaga Penjamin Simpanan": ("LPS",),
    "Bursa Efek Indonesia": ("BEI", "Indonesia Stock Exchange"),
    "BPJS Kesehatan": ("Badan Penyelenggara Jaminan Sosial Kesehatan",),
    "BPJS Ketenagakerjaan": ("Badan Penyelenggara Jaminan Sosial Ketenagakerjaan",),
    "Densus 88": ("Detasemen Khusus 88", "Densus 88 Antiteror", "Detasemen Khusus 88 Antiteror"),
    "TNI AD": ("TNI Angkatan Darat",),
    "TNI AL": ("TNI Angkatan Laut",),
    "TNI AU": ("TNI Angkatan Udara",),
    "Indonesia Corruption Watch": ("ICW",),
    "YLKI": ("Yayasan Lembaga Konsumen Indonesia",),
    "Walhi": (
        "Wahana Lingkungan Hidup Indonesia",
        "Wahana Lingkungan Hidup",
        "Yayasan Walhi",
        "Yayasan Wahana Lingkungan Hidup",
        "Yayasan Wahana Lingkungan Hidup Indonesia",
    ),
    "KontraS": ("Komisi untuk Orang Hilang dan Korban Tindak Kekerasan",),
    "Kadin": (
        "Kamar Dagang dan Industri",
        "Kamar Dagang dan Industri Indonesia",
        "Kadin Indonesia",
    ),
    "Apindo": ("Asosiasi Pengusaha Indonesia",),
    "Ikatan Dokter Indonesia": ("IDI",),
    "PWI": ("Persatuan Wartawan Indonesia",),
    "AJI": ("Aliansi Jurnalis Independen",),
    "KONI": ("Komite Olahraga Nasional Indonesia",),
    "KOI": ("Komite Olimpiade Indonesia",),
    "PP Muhammadiyah": ("Pimpinan Pusat Muhammadiyah",),
    "Garuda Indonesia": ("PT Garuda Indonesia",),
    # international bodies
    "UNICEF": ("Dana Anak-anak PBB",),
    "UNESCO": (),
    "UNHCR": ("Badan Pengungsi PBB", "Komisaris Tinggi PBB untuk Pengungsi"),
    "Dewan Keamanan PBB": ("DK PBB", "Dewan Keamanan Perserikatan Bangsa-Bangsa"),
    "Bank Dunia": ("World Bank",),
    "Bank Pembangunan Asia": ("ADB", "Asian Development Bank"),
    "OPEC": ("Organisasi Negara-negara Pengekspor Minyak",),
    "WTO": ("Organisasi Perdagangan Dunia", "World Trade Organization"),
    "OKI": ("Organisasi Kerja Sama Islam", "Organisasi Kerjasama Islam", "OIC"),
    "IAEA": ("Badan Energi Atom Internasional", "International Atomic Energy Agency"),
    "Mahkamah Pidana Internasional": ("ICC", "International Criminal Court"),
    "Komite Olimpiade Internasional": ("IOC", "International Olympic Committee"),
    "Komite Internasional Palang Merah": (
        "ICRC",
        "International Committee of the Red Cross",
        "Palang Merah Internasional",
    ),
    "Red Cross": ("Palang Merah",),
    "Palang Merah Indonesia": (),
    "Bulan Sabit Merah": ("Red Crescent",),
    "Amnesty International": ("Amnesti Internasional",),
    "Human Rights Watch": ("HRW",),
    "Save the Children": (),
    "Dokter Lintas Batas": ("Doctors Without Borders", "Medecins Sans Frontieres", "MSF"),
    "Program Pangan Dunia": ("WFP", "World Food Programme"),
    # ministries by the short forms news uses for them
    "Kementerian Keuangan": ("Kemenkeu",),
    "Kementerian Dalam Negeri": ("Kemendagri",),
    "Kementerian Luar Negeri": ("Kemenlu", "Kemlu"),
    "Kementerian Pertahanan": ("Kemhan", "Kemenhan"),
    "Kementerian Hukum dan HAM": ("Kemenkumham", "Kementerian Hukum dan Hak Asasi Manusia"),
    "Kementerian Agama": ("Kemenag",),
    "Kementerian Pendidikan dan Kebudayaan": ("Kemendikbud",),
    "Kementerian Riset, Teknologi, dan Pendidikan Tinggi": ("Kemenristekdikti", "Kemristekdikti"),
    "Kementerian Kesehatan": ("Kemenkes",),
    "Kementerian Sosial": ("Kemensos",),
    "Kementerian Ketenagakerjaan": ("Kemnaker", "Kemenaker"),
    "Kementerian Perindustrian": ("Kemenperin",),
    "Kementerian Perdagangan": ("Kemendag",),
    "Kementerian Pertanian": ("Kementan",),
    "Kementerian Lingkungan Hidup dan Kehutanan": ("KLHK",),
    "Kementerian Kelautan dan Perikanan": ("KKP",),
    "Kementerian Perhubungan": ("Kemenhub",),
    "Kementerian Pekerjaan Umum dan Perumahan Rakyat": (
        "Kementerian PUPR",
        "Kemen PUPR",
        "KemenPUPR",
    ),
    "Kementerian Energi dan Sumber Daya Mineral": ("Kementerian ESDM", "KESDM"),
    "Kementerian Komunikasi dan Informatika": ("Kemenkominfo", "Kominfo", "Kementerian Kominfo"),
    "Kementerian Pariwisata": ("Kemenpar",),
    "Kementerian Pemuda dan Olahraga": ("Kemenpora",),
    "Kementerian Badan Usaha Milik Negara": ("Kementerian BUMN",),
    "Kementerian Koperasi dan UKM": ("Kemenkop UKM", "Kemenkop"),
    "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi": (
        "Kemendes PDTT",
        "Kemendes",
    ),
    "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak": ("KemenPPPA", "Kementerian PPPA"),
    "Kementerian PAN-RB": (
        "KemenPAN-RB",
        "Kemenpan RB",
        "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    ),
    "Kementerian Sekretariat Negara": ("Kemensetneg", "Setneg"),
    "Kementerian Koordinator Bidang Perekonomian": ("Kemenko Perekonomian",),
    "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan": ("Kemenko Polhukam",),
    "Kementerian Koordinator Bidang Kemaritiman": ("Kemenko Maritim",),
    # the cabinet of October 2024 and the bodies formed since
    "Kementerian Komunikasi dan Digital": ("Komdigi", "Kemkomdigi", "Kementerian Komdigi"),
    "Kementerian Pendidikan Dasar dan Menengah": ("Kemendikdasmen", "Kemdikdasmen"),
    "Kementerian Pendidikan Tinggi, Sains, dan Teknologi": (
        "Kemendiktisaintek",
        "Kemdiktisaintek",
    ),
    "Kementerian Hak Asasi Manusia": ("Kementerian HAM", "KemenHAM"),
    "Kementerian Hukum": ("Kemenkum",),
    "Kementerian Imigrasi dan Pemasyarakatan": ("Kemenimipas", "Kementerian Imipas"),
    "Kementerian Pelindungan Pekerja Migran Indonesia": ("KP2MI", "Kementerian P2MI"),
    "Kementerian Kebudayaan": ("Kemenbud",),
    "Kementerian Ekonomi Kreatif": ("Kemenekraf",),
    "Kementerian Kependudukan dan Pembangunan Keluarga": ("Kemendukbangga",),
    "Kementerian Koordinator Bidang Politik dan Keamanan": ("Kemenko Polkam",),
    "Kementerian Koordinator Bidang Pangan": ("Kemenko Pangan",),
    "Kementerian Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan": (
        "Kemenko Infrastruktur",
        "Kemenko IPK",
    ),
    "Kementerian Koordinator Bidang Pemberdayaan Masyarakat": ("Kemenko PM",),
    "Kementerian Perumahan dan Kawasan Permukiman": ("Kementerian PKP", "Kemen PKP"),
    "Kementerian Pekerjaan Umum": ("Kementerian PU", "Kemen PU"),
    "Kementerian Usaha Mikro, Kecil, dan Menengah": ("Kementerian UMKM", "Kemen UMKM"),
    "Kementerian Lingkungan Hidup": ("KLH",),
    "Kementerian Kehutanan": ("Kemenhut",),
    "Kementerian Transmigrasi": ("Kementrans",),
    "Kementerian Haji dan Umrah": ("Kemenhaj",),
    "Direktorat Jenderal Pajak": ("Ditjen Pajak", "DJP"),
    "Direktorat Jenderal Bea dan Cukai": ("Ditjen Bea dan Cukai", "DJBC", "Bea Cukai"),
    "Badan Gizi Nasional": ("BGN",),
    "Badan Pangan Nasional": ("Bapanas",),
    "Danantara": (
        "BPI Danantara",
        "Danantara Indonesia",
        "Badan Pengelola Investasi Daya Anagata Nusantara",
    ),
    "Otorita Ibu Kota Nusantara": ("OIKN", "Otorita IKN"),
    "Badan Penyelenggara Haji": ("BP Haji",),
    "Perhimpunan Bank Nasional": ("Perbanas",),
    # Malaysia's state bodies, by the short forms Malay news writes
    "Polis Diraja Malaysia": ("PDRM",),
    "Suruhanjaya Pencegahan Rasuah Malaysia": ("SPRM", "MACC"),
    "Bank Negara Malaysia": ("BNM",),
    "Agensi Penguatkuasaan Maritim Malaysia": ("APMM", "Maritim Malaysia"),
    # companies and news agencies
    "Bernama": ("Pertubuhan Berita Nasional Malaysia",),
    "Antara": (
        "ANTARA News",
        "Antara News",
        "Antaranews",
        "Antaranews.com",
        "Kantor Berita Antara",
        "LKBN Antara",
    ),
    "PLN": ("Perusahaan Listrik Negara", "PT PLN", "PT PLN (Persero)"),
    "KAI": ("Kereta Api Indonesia", "PT Kereta Api Indonesia", "PT KAI"),
    "Telkom": ("Telkom Indonesia", "PT Telkom", "PT Telkom Indonesia"),
    "Indosat": ("Indosat Ooredoo", "Indosat Ooredoo Hutchison", "IOH"),
    "Freeport Indonesia": ("PT Freeport Indonesia", "PT Freeport", "PTFI"),
    "Aneka Tambang": ("Antam", "PT Antam", "PT Aneka Tambang", "ANTM"),
    "Bank Negara Indonesia": ("BNI",),
    "Bank Rakyat Indonesia": ("BRI",),
    "Bank Central Asia": ("BCA",),
    "AceShowbiz": ("Ace Showbiz",),
    # armed groups, whatever a sentence makes of them
    "Al Qaeda": ("Al-Qaeda", "Al Qaidah", "Al-Qaidah", "Alqaeda"),
    "ISIS": ("NIIS", "ISIL", "Daesh", "Negara Islam Irak dan Suriah", "Negara Islam Irak dan Syam"),
    "Taliban": (),
    "Hizbullah": ("Hezbollah", "Hizbolah"),
    "Boko Haram": (),
    "Jemaah Islamiyah": (),
    "Jamaah Ansharut Daulah": ("JAD",),
    "Ikhwanul Muslimin": ("Ikhwanul Muslimun", "Muslim Brotherhood", "Persaudaraan Muslim"),
}
# clubs by the short names sports news uses
# Clubs by their short names and the nicknames sports pages use for them ("Blaugrana",
# "Setan Merah", "Macan Kemayoran"), so a nickname is the club, not a person or a place.
CLUB_ALIASES: dict[str, tuple[str, ...]] = {
    "Manchester United": ("MU", "Man United", "Man Utd", "Setan Merah", "The Red Devils",
                          "Red Devils"),
    "Manchester City": ("Man City", "The Citizens", "The Cityzens", "The Citizen"),
    "Barcelona": ("Barca", "Barça", "Blaugrana", "Azulgrana", "El Barca", "FC Barcelona"),
    "Real Madrid": ("Los Blancos", "El Real", "Los Merengues", "Madridista"),
    "Juventus": ("Juve", "Bianconeri", "I Bianconeri", "La Vecchia Signora", "Si Nyonya Tua"),
    "Atletico Madrid": ("Atletico", "Atleti", "Los Colchoneros", "Los Rojiblancos"),
    "Tottenham Hotspur": ("Tottenham", "Spurs", "The Lilywhites"),
    "Paris Saint-Germain": ("PSG", "Les Parisiens", "Les Parisien"),
    "Bayern Muenchen": ("Bayern", "Bayern Munich", "Bayern Munchen", "Bayern München",
                        "Die Roten"),
    "Borussia Dortmund": ("Dortmund", "Die Borussen"),
    "Inter Milan": ("Inter", "Internazionale", "Nerazzurri", "I Nerazzurri", "La Beneamata"),
    "AC Milan": ("Rossoneri", "I Rossoneri"),
    "AS Roma": ("Giallorossi", "I Giallorossi", "Il Giallorossi", "Serigala Ibu Kota"),
    "Napoli": ("Partenopei", "Il Partenopei"),
    "Lazio": ("Biancocelesti", "I Biancocelesti"),
    "Arsenal": ("The Gunners", "Gunners", "Meriam London"),
    "Liverpool": ("The Reds", "Si Merah"),
    "Chelsea": ("The Blues",),
    "Everton": ("The Toffees",),
    "West Ham United": ("West Ham", "The Hammers"),
    "Newcastle United": ("Newcastle", "The Magpies"),
    "Leicester City": ("Leicester", "The Foxes"),
    "Crystal Palace": ("The Eagles",),
    "West Bromwich Albion": ("West Brom", "The Baggies"),
    "Stoke City": ("Stoke", "The Potters"),
    "Swansea City": ("The Swans",),
    "Sunderland": ("The Black Cats",),
    "AFC Bournemouth": ("Bournemouth", "The Cherries"),
    "Burnley": ("The Clarets",),
    "Watford": ("The Hornets",),
    "Aston Villa": ("The Villans",),
    "Southampton": ("Soton", "The Saints"),
    "Persija Jakarta": ("Persija", "Macan Kemayoran"),
    "Persib Bandung": ("Persib", "Maung Bandung", "Pangeran Biru"),
    "Persebaya Surabaya": ("Persebaya", "Bajul Ijo", "Bajol Ijo", "Green Force"),
    "PSM Makassar": ("PSM", "Juku Eja", "Pasukan Ramang"),
    "Persipura Jayapura": ("Persipura", "Mutiara Hitam"),
    "Arema": ("Singo Edan", "Arema FC", "Arema Cronus"),
    "Bali United": ("Serdadu Tridatu",),
    "Sriwijaya FC": ("Laskar Wong Kito",),
    "Madura United": ("Laskar Sape Kerrab",),
    # clubs whose names are no town's, so a tagger's person or place is the club
    "Atalanta": ("La Dea",), "Fiorentina": ("La Viola",), "Sampdoria": (), "Udinese": (),
    "Sassuolo": (), "Espanyol": (), "Getafe": (), "Schalke 04": ("Schalke",),
    "Bayer Leverkusen": ("Leverkusen",), "RB Leipzig": (), "Hoffenheim": (),
    "Werder Bremen": (), "Ajax Amsterdam": ("Ajax",), "PSV Eindhoven": ("PSV",),
    "Feyenoord": (), "Benfica": (), "Galatasaray": (), "Fenerbahce": (), "Besiktas": (),
    "Anderlecht": (), "Olympiakos": (), "Celtic": (),
    "Deportivo Alaves": ("Alaves", "Alavés", "Deportivo Alavés"), "Leganes": ("Leganés",),
    "Osasuna": (),
    # clubs named with their town, whose town alone is a place ("Celta Vigo" … "Vigo")
    "Celta Vigo": ("Celta",), "Real Sociedad": (), "Athletic Bilbao": ("Athletic Club",),
    "Real Betis": ("Betis",), "Deportivo La Coruna": (), "Rayo Vallecano": (),
    "Real Valladolid": (), "Olympique Lyon": ("Olympique Lyonnais",),
    "Olympique Marseille": ("Olympique de Marseille",), "AS Monaco": (),
    "AZ Alkmaar": (), "Borussia Moenchengladbach": ("Borussia Monchengladbach",
                                                    "Borussia Mönchengladbach", "Gladbach"),
    "Eintracht Frankfurt": (), "VfB Stuttgart": (), "Hertha Berlin": ("Hertha",),
    "Chievo Verona": ("Chievo",), "Hellas Verona": (), "Huddersfield Town": (),
    "Wolverhampton Wanderers": (), "Leeds United": (), "Nottingham Forest": (),
    "Sporting Lisbon": ("Sporting CP", "Sporting Lisboa"), "Zenit St Petersburg": ("Zenit",),
    "CSKA Moskow": ("CSKA Moscow",), "Spartak Moskow": ("Spartak Moscow",),
    "Dynamo Kiev": ("Dynamo Kyiv",), "Shakhtar Donetsk": ("Shakhtar",),
    "Red Bull Salzburg": (), "Club Brugge": (),
    "Persela Lamongan": ("Persela", "Laskar Joko Tingkir"), "Mitra Kukar": ("Naga Mekes",),
    "Barito Putera": ("Laskar Antasari",),
    "Borneo FC": ("Pusamania Borneo FC", "Pesut Etam"), "Bhayangkara FC": (),
    "PSIS Semarang": ("PSIS", "Laskar Mahesa Jenar"),
    "Persiba Balikpapan": ("Persiba",), "Semen Padang": (), "PS TNI": (),
    "Perseru Serui": ("Perseru",), "Persegres Gresik United": ("Persegres",),
    "PSS Sleman": (), "Persik Kediri": ("Persik", "Macan Putih"),
    "Persis Solo": ("Persis", "Laskar Sambernyawa"),
    "PSMS Medan": ("PSMS", "Ayam Kinantan"), "Persita Tangerang": ("Persita",),
    "Persiwa Wamena": ("Persiwa",), "Persiraja Banda Aceh": ("Persiraja",),
    "Persijap Jepara": ("Persijap",), "PSIM Yogyakarta": ("PSIM",),
    "PSPS Pekanbaru": ("PSPS",), "Deltras Sidoarjo": ("Deltras",),
    "Persisam Samarinda": ("Persisam",), "Persibo Bojonegoro": ("Persibo",),
    "Persema Malang": ("Persema",), "Kalteng Putra": (), "Gresik United": (),
    # NBA teams (short names only where no common word: "Heat", "Magic", "Jazz" are not)
    "Los Angeles Lakers": ("Lakers", "LA Lakers"), "Boston Celtics": ("Celtics",),
    "Golden State Warriors": ("Warriors",), "Houston Rockets": ("Rockets",),
    "Detroit Pistons": ("Pistons",), "Milwaukee Bucks": ("Bucks",),
    "Atlanta Hawks": ("Hawks",), "New Orleans Pelicans": ("Pelicans",),
    "Memphis Grizzlies": ("Grizzlies",), "Denver Nuggets": ("Nuggets",),
    "Los Angeles Clippers": ("Clippers", "LA Clippers"), "Toronto Raptors": ("Raptors",),
    "Cleveland Cavaliers": ("Cavaliers", "Cavs"), "New York Knicks": ("Knicks",),
    "Philadelphia 76ers": ("76ers", "Sixers"), "Indiana Pacers": ("Pacers",),
    "Dallas Mavericks": ("Mavericks", "Mavs"), "Minnesota Timberwolves": ("Timberwolves",),
    "Portland Trail Blazers": ("Trail Blazers", "Blazers"), "Brooklyn Nets": (),
    "Chicago Bulls": (), "Miami Heat": (), "Orlando Magic": (), "Utah Jazz": (),
    "Phoenix Suns": (), "Sacramento Kings": (), "Oklahoma City Thunder": (),
    "San Antonio Spurs": (), "Charlotte Hornets": (), "Washington Wizards": (),
    # IBL (Indonesian basketball) clubs, by the names without sponsor or town
    "Satria Muda Pertamina Jakarta": ("Satria Muda", "Satria Muda Pertamina"),
    "Pelita Jaya Jakarta": ("Pelita Jaya",), "Stapac Jakarta": ("Stapac",),
    "CLS Knights Surabaya": ("CLS Knights",), "Pacific Caesar Surabaya": ("Pacific Caesar",),
    "Hangtuah Sumsel": ("Hangtuah",), "Bima Perkasa Jogja": ("Bima Perkasa",),
    "Satya Wacana Salatiga": ("Satya Wacana",),
}  # fmt: skip

# Clubs by their names and short forms as written ("Persib", "Man United")
CLUB_NAMES: frozenset[str] = frozenset(CLUB_ALIASES) | frozenset(
    form for forms in CLUB_ALIASES.values() for form in forms if form[:1].isupper()
)
ALIASES: dict[str, tuple[str, ...]] = {**PLACE_ALIASES, **BODY_ALIASES, **CLUB_ALIASES}

# Units of a body named by the place or body they serve ("Polda Sumut", "Pemkot Bandung",
# "Bareskrim Polri"): the rest of the name resolves like a name of its own
UNIT_WORDS: frozenset[str] = frozenset(
    {"polda", "polres", "polresta", "polrestabes", "polrestro", "polsek", "polsekta", "mabes",
     "bareskrim",
     "baharkam", "korlantas", "densus", "brimob", "kodam", "korem", "kodim", "koramil",
     "lanud", "lantamal", "lanal", "pemprov", "pemkot", "pemko", "pemkab", "pemda", "dprd", "kpud",
     "bawaslu", "panwaslu", "kejati", "kejari", "rsud", "bpbd", "bappeda", "dispora",
     "dishub", "disdik", "dinkes", "kanwil", "resmob", "jatanras", "satreskrim", "reskrim",
     "ditreskrimum", "ditreskrimsus", "ditresnarkoba", "satresnarkoba", "satlantas",
     "ditlantas", "pn"}
)  # fmt: skip

# People Indonesian news calls by a short name: applied to person mentions only (so that no
# person called "Jordan" becomes the country)
PEOPLE_ALIASES: dict[str, tuple[str, ...]] = {
    "Joko Widodo": ("Jokowi",),
    "Susilo Bambang Yudhoyono": ("SBY",),
    "Basuki Tjahaja Purnama": ("Ahok", "BTP"),
    "Setya Novanto": ("Setnov",),
    "Jusuf Kalla": ("JK",),
    "Ahmad Heryawan": ("Aher",),
    "Abdurrahman Wahid": ("Gus Dur",),
    "Zulkifli Hasan": ("Zulhas",),
    "Bambang Soesatyo": ("Bamsoet",),
    "Muhaimin Iskandar": ("Cak Imin",),
    "Budi Waseso": ("Buwas",),
    "Agus Harimurti Yudhoyono": ("AHY",),
    "Megawati Soekarnoputri": ("Mega",),
    "Ridwan Kamil": ("Kang Emil", "RK"),
    "Tri Rismaharini": ("Risma",),
    # sportspeople by the nicknames sports pages use ("The Special One" … Mourinho)
    "Jose Mourinho": ("The Special One",),
    "Valentino Rossi": ("The Doctor",),
    "Lionel Messi": ("La Pulga",),
    # names a tagger splits into a place and a person ("Aung San" + "Suu Kyi")
    "Aung San Suu Kyi": ("Suu Kyi",),
    # presidents known by one name, whose children and wives carry it last ("Titiek
    # Soeharto", "Kartika Sari Dewi Soekarno"): the name alone is the president
    "Soekarno": ("Soekarno", "Sukarno", "Bung Karno"),
    "Soeharto": ("Soeharto", "Suharto", "Pak Harto"),
}
_PEOPLE_INDEX = {alias: name for name, forms in PEOPLE_ALIASES.items() for alias in forms}


def known_name_cut_into_role(name: str, role: str) -> tuple[str, str] | None:
    """(full name, role before it) where `role` ends with the first words of a person warta
    knows whose last words are `name` ("Suu Kyi", role "pemimpin Myanmar Aung San" →
    ("Aung San Suu Kyi", "pemimpin Myanmar")); None where it does not."""
    for known in PEOPLE_ALIASES:
        lead = known[: -len(name) - 1] if known.endswith(" " + name) else ""
        if lead and (role == lead or role.endswith(" " + lead)):
            return known, role[: -len(lead)].strip()
    return None


PEOPLE_ALIAS_FORMS = frozenset(_PEOPLE_INDEX)

# Spelling rules applied, in order, to a lower-cased, accent-free name. They fold old
# Indonesian spelling (Soekarno, Djakarta, Tjokro), German umlauts written out (Juergen) and
# Latin transliterations of Slavic and Arabic names (Zelenskiy/Zelenskyy, Tchaikovsky;
# Mohammad/Muhammad stays apart on purpose: vowels carry identity).
_SPELLING: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"oe", "u"),
        (r"ue", "u"),  # German umlauts written out: Juergen/Jürgen, Muenchen/München
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
_SITE = re.compile(r"([\w-]+)\.(?:com|net|id|co\.id|co|org|tv|news)", re.IGNORECASE)
_CLDR_NOTE = re.compile(r"\s*\([^)]*\)")
_SPACES = re.compile(r"\s+")
# A hyphen spaced inside a name by tokenised sources: "Jean - Michel", "Kim Jong - un"
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")


@lru_cache(maxsize=1 << 16)
def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = _SPACES.sub(" ", _NON_WORD.sub(" ", plain.replace("-", " "))).strip()
    return plain


@lru_cache(maxsize=1 << 16)
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
                    index.setdefault(
                        _spell(_fold(name)), _CLDR_NOTE.sub("", indonesian[code]).strip()
                    )
        for code, name in indonesian.items():
            if code.isalpha():
                # "Myanmar (Burma)", "Kongo - Kinshasa": CLDR's disambiguation is no part of
                # how news names the country
                plain = _CLDR_NOTE.sub("", name).strip()
                index[_spell(_fold(name))] = plain
                index.setdefault(_spell(_fold(plain)), plain)
    except ImportError:  # babel is a dependency, but names still resolve from the table
        pass
    for canonical, aliases in ALIASES.items():
        for form in (canonical, *aliases):
            if len(_fold(form)) > 4:
                index[_spell(_fold(form))] = canonical
            else:
                # a short form respelled may meet another's ("KPPU" → "kpu"): the first
                # keeps it (short forms resolve through `_short_alias_index`, as written)
                index.setdefault(_spell(_fold(form)), canonical)
    # babel's other-language names lead to the form news writes ("Hungary" -> "Hongaria",
    # not babel's "Hungaria")
    for key, name in index.items():
        if len(_fold(name)) > 4:  # a short name is itself ("PSSI"), whatever its respelling
            index[key] = index.get(_spell(_fold(name)), name)
    # The exact acronym "AS" must not swallow the word "as"; keys keep acronyms apart by
    # being built from the surface form, and lower-case matching happens only through here.
    return index


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    keys: set[str] = set()
    try:
        from babel import Locale

        for locale in ("id", "en"):
            for code, name in Locale(locale).territories.items():
                if code.isalpha() and len(code) == 2 and not code.startswith("X"):
                    keys.add(_spell(_fold(_CLDR_NOTE.sub("", name).strip())))
    except ImportError:
        pass
    for name, aliases in PLACE_ALIASES.items():
        forms = {_spell(_fold(form)) for form in (name, *aliases)}
        if forms & keys:  # "Inggris" by its alias "United Kingdom"
            keys |= forms
    return frozenset(keys)


def is_country(name: str) -> bool:
    """Whether `name` is a country's, as Indonesian or its alias table writes it ("Inggris",
    "AS"); towns and provinces are not."""
    return _spell(_fold(name)) in _country_keys()


@lru_cache(maxsize=1)
def _indonesian_place_keys() -> frozenset[str]:
    keys = {_spell(_fold(name)) for name in PLACE_ALIASES}
    keys |= {_spell(_fold(alias)) for aliases in PLACE_ALIASES.values() for alias in aliases}
    try:
        from babel import Locale

        for code, name in Locale("id").territories.items():
            if code.isalpha():
                keys.add(_spell(_fold(_CLDR_NOTE.sub("", name).strip())))
    except ImportError:
        pass
    return frozenset(keys)


def is_indonesian_place_name(name: str) -> bool:
    """Whether `name` is how Indonesian writes a country or place of the alias tables
    ("Yordania", "Belarusia"), not another language's name for it ("Jordan")."""
    return _spell(_fold(name)) in _indonesian_place_keys()


@lru_cache(maxsize=1)
def _short_alias_index() -> dict[str, str]:
    """Names of up to four letters, keyed as folded but not respelled."""
    index = _alias_index()
    short: dict[str, str] = {}
    for canonical, aliases in ALIASES.items():
        # the canonical name as the long-name table resolves it; a short one as written
        # (respelled, "PSSI" would meet the party "PSI")
        resolved = (
            canonical
            if len(_fold(canonical)) <= 4
            else index.get(_spell(_fold(canonical)), canonical)
        )
        for form in (canonical, *aliases):
            if len(_fold(form)) <= 4:
                short[_fold(form)] = resolved
    try:
        from babel import Locale

        for locale in ("en", "fr", "de", "id"):
            for code, name in Locale(locale).territories.items():
                if code.isalpha() and len(_fold(name)) <= 4:
                    short.setdefault(_fold(name), index.get(_spell(_fold(name)), name))
    except ImportError:
        pass
    return short


def _capitalised(name: str) -> bool:
    return name[:1].isupper() and not name.isupper()


# Acronyms of the tables that are also given names: written capitalised ("Aji", "Oki",
# "Idi") they are the names; in capitals, or in lower-case text, the bodies. Other short
# acronyms match capitalised too ("Nato", as some papers write NATO).
_NAME_LIKE_ACRONYMS = frozenset({"aji", "oki", "idi", "koi", "koni", "pan"})


@lru_cache(maxsize=1 << 16)
def _known_name(name: str) -> bool:
    """Whether the alias table or the country list knows `name` as written."""
    return is_country(name) or _fold(name) in _table_forms()


def _headline_capitals(name: str, label: str) -> bool:
    """Whether `name` is written in a headline's capitals ("JAKUT", "SOLO", "LION AIR"): not
    an acronym, which a body of one word in capitals may be ("ASEAN" … "Asean")."""
    if not name.isupper() or (label == "ORG" and re.fullmatch(r"[A-Z0-9]{2,6}", name)):
        return False  # (a site or a hyphened name is no acronym: "JUARA.NET", "GO-JEK")
    return len(name.replace(" ", "")) >= 4


# A region's head written short: "Kab. Pidie" is "Kabupaten Pidie"
# (without its dot only "Kab": "Kel Mitchell" is a person)
_SHORT_REGION_HEAD = re.compile(r"^(?:(Kab|Kec|Kel)\.\s*|(Kab)\s+)(?=[A-Z])")
_REGION_HEADS = {"Kab": "Kabupaten", "Kec": "Kecamatan", "Kel": "Kelurahan"}
# A hospital's head written short: "RS Sumber Waras" is "Rumah Sakit Sumber Waras"
_SHORT_HOSPITAL_HEAD = re.compile(r"^RS\.?\s+(?=[A-Z])")
# A unit's head spelt out, before the place or body it serves: "Kepolisian Daerah Jawa
# Barat" is "Polda Jawa Barat", as "Polda Jabar" is (the longest head first)
_UNIT_HEADS_SPELT_OUT: dict[str, str] = {
    "Kepolisian Daerah": "Polda", "Kepolisian Resor Kota Besar": "Polrestabes",
    "Kepolisian Resor Kota": "Polresta", "Kepolisian Resort Kota": "Polresta",
    "Kepolisian Resor": "Polres", "Kepolisian Resort": "Polres",
    "Kepolisian Sektor": "Polsek", "Komando Daerah Militer": "Kodam",
    "Komando Resor Militer": "Korem", "Komando Distrik Militer": "Kodim",
    "Komando Rayon Militer": "Koramil",
    "Pemerintah Provinsi": "Pemprov", "Pemerintah Kota": "Pemkot",
    "Pemerintah Kabupaten": "Pemkab", "Dewan Perwakilan Rakyat Daerah": "DPRD",
    "Badan Pengawas Pemilu": "Bawaslu", "Badan Pengawas Pemilihan Umum": "Bawaslu",
    "Kejaksaan Tinggi": "Kejati", "Kejaksaan Negeri": "Kejari", "Pengadilan Negeri": "PN",
    "Rumah Sakit Umum Daerah": "RSUD", "Badan Penanggulangan Bencana Daerah": "BPBD",
    "Badan Perencanaan Pembangunan Daerah": "Bappeda",
    "Dinas Pemuda dan Olahraga": "Dispora", "Dinas Perhubungan": "Dishub",
    "Dinas Pendidikan": "Disdik", "Dinas Kesehatan": "Dinkes", "Kantor Wilayah": "Kanwil",
    "Direktorat Reserse Kriminal Umum": "Ditreskrimum",
    "Direktorat Reserse Kriminal Khusus": "Ditreskrimsus",
    "Direktorat Reserse Narkoba": "Ditresnarkoba", "Satuan Reserse Kriminal": "Satreskrim",
    "Satuan Reserse Narkoba": "Satresnarkoba", "Satuan Lalu Lintas": "Satlantas",
    "Direktorat Lalu Lintas": "Ditlantas",
}  # fmt: skip
_UNIT_HEAD_SPELT_OUT = re.compile(
    r"^("
    + "|".join(re.escape(h) for h in sorted(_UNIT_HEADS_SPELT_OUT, key=len, reverse=True))
    + r")\s+(?=[A-Z])"
)


# A ministry's short name: "Kemdikbud", "Kemenkes" (not "Kementerian" itself)
_MINISTRY_SHORT = re.compile(r"Kem(en)?(?!terian)([a-z]{2,14})")


_QUOTED_NICKNAME = re.compile(r"(?<=[A-Za-z]) ['‘\"“] ?([A-Z][a-z]+) ?['’\"”] (?=[A-Z])")


def quoted_nickname(name: str) -> tuple[str, str] | None:
    """The nickname a person's name holds in quotes, and the name without it: ("Uccio",
    "Alessio Salucci") of "Alessio 'Uccio' Salucci"."""
    found = _QUOTED_NICKNAME.search(name)
    if found is None:
        return None
    return found.group(1), _SPACES.sub(" ", name[: found.start()] + " " + name[found.end() :])


# A short form in brackets inside a unit's name, before the rest of the name: "Kepolisian
# Daerah (Polda) Metro Jaya", "Dinas Perhubungan (Dishub) DKI Jakarta"
SHORT_FORM_INSIDE = re.compile(r"[ \t]\(([A-Z][A-Za-z]{1,10})\)[ \t]+(?=[A-Z])")


@lru_cache(maxsize=1 << 16)
def canonical_name(name: str) -> str:
    """The preferred display name for `name` (alias table), or `name` with spaces tidied."""
    name = _SPACED_HYPHEN.sub("-", _SPACES.sub(" ", name).strip())  # "Kim Jong - un"
    # a short form in brackets inside a unit's name: "Kepolisian Daerah (Polda) Metro Jaya"
    name = SHORT_FORM_INSIDE.sub(" ", name)
    # a nickname in quotes inside a name: "Andrew 'Andy' Cole" is Andrew Cole
    name = _QUOTED_NICKNAME.sub(" ", name)
    name = _SHORT_REGION_HEAD.sub(lambda m: _REGION_HEADS[m.group(1) or m.group(2)] + " ", name)
    name = _SHORT_HOSPITAL_HEAD.sub("Rumah Sakit ", name)
    if name.lower().startswith("tim nasional ") and name[13:14].isupper():
        name = "timnas " + name[13:]  # "tim nasional U-22": the national team, "Timnas U-22"
    if name.startswith("timnas ") and name[7:8].isupper():
        name = "T" + name[1:]  # "timnas Indonesia" is "Timnas Indonesia", as most write it
    name = _UNIT_HEAD_SPELT_OUT.sub(lambda m: _UNIT_HEADS_SPELT_OUT[m.group(1)] + " ", name)
    folded = _fold(name)
    # a short name matches the table as written ("NTT"), not through the old-spelling fold
    # ("Moe" is no "MU")
    if len(folded) > 4:
        key = _spell(folded)
        found = _alias_index().get(key)
        if (
            found is not None
            and key in _short_single_keys()
            and _DOUBLED.search(folded)
            and folded not in _table_forms()
            and key not in _country_keys()  # "Russia": babel's English name of "Rusia"
        ):
            found = None  # "Jabbar" (Kareem Abdul-Jabbar) is no "Jabar" (Jawa Barat)
    elif folded in _NAME_LIKE_ACRONYMS and _capitalised(name):
        found = None
    else:
        found = _short_alias_index().get(folded)
    if found is None and (ministry := _MINISTRY_SHORT.fullmatch(name)) is not None:
        # a ministry's short name is written with "Kem" and with "Kemen" alike: "Kemdikbud"
        # is "Kemendikbud", "Kemkes" is "Kemenkes"
        other = "Kem" + ministry.group(2) if ministry.group(1) else "Kemen" + ministry.group(2)
        found = _alias_index().get(_spell(_fold(other)))
        if found is not None and not found.startswith("Kementerian "):
            found = None
    if found is not None:
        return found
    unit, _, rest = name.partition(" ")
    if rest and unit.lower() in UNIT_WORDS:
        # "Polda Sumut" → "Polda Sumatera Utara"; "DPRD DKI" is "DPRD DKI Jakarta", whose
        # province is "Jakarta"
        rest = "DKI Jakarta" if rest == "DKI" else rest
        return f"{unit} {_alias_index().get(_spell(_fold(rest)), rest)}"
    if rest and unit in _PARTY_BOARDS:
        return _party_board(unit, rest.split()) or name
    return name


# A party's boards: central, regional, branch ("DPD Partai Golkar Jabar")
_PARTY_BOARDS = frozenset({"DPP", "DPD", "DPW", "DPC"})


def _party_board(board: str, words: list[str]) -> str | None:
    """A party's board by the party's and the region's canonical names: "DPD Golkar
    Provinsi Jawa Barat" and "DPD Partai Golkar Jabar" are "DPD Partai Golkar Jawa Barat"
    (a regency or city keeps its head: "DPC PDI-P Kota Solo"); Golkar's level numbers say
    no more than the region does ("DPD I Partai Golkar Jateng" is "DPD Partai Golkar Jawa
    Tengah")."""
    if words[:1] in (["I"], ["II"]):
        words = words[1:]
    for size in range(len(words), 0, -1):
        party = _alias_index().get(_spell(_fold(" ".join(words[:size]))))
        if party is None or not party.startswith(("Partai ", "PDI")):
            continue
        region = words[size:]
        if region[:1] == ["Provinsi"]:
            region = region[1:]
        place = " ".join(region)
        if not place:
            return f"{board} {party}"
        return f"{board} {party} {_alias_index().get(_spell(_fold(place)), place)}"
    return None


@lru_cache(maxsize=1)
def _table_forms() -> frozenset[str]:
    return frozenset(
        _fold(form) for canonical, aliases in ALIASES.items() for form in (canonical, *aliases)
    )


_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")


@lru_cache(maxsize=1)
def _short_single_keys() -> frozenset[str]:
    """Keys of the tables' one-word forms of five or six letters without a doubled
    consonant ("Jabar", "Jatim"): a name meets them only as written, not by undoubling."""
    return frozenset(
        _spell(_fold(form))
        for canonical, aliases in ALIASES.items()
        for form in (canonical, *aliases)
        if 5 <= len(_fold(form)) <= 6
        and " " not in _fold(form)
        and not _DOUBLED.search(_fold(form))
    )


def canonical_key(name: str) -> str:
    """Normalised key under which spelling variants and aliases of one entity meet. A short
    form in capitals of up to four letters is keyed as written: the folds for spelling
    variants ("ss" → "s") would make "PBB" the "PB" of a club, "PSSI" the party "PSI",
    "BSSN" the "BSN" ("OPPO" is then another key than "Oppo": a rare split, not a join)."""
    return _key_of_canonical(canonical_name(name))


def _key_of_canonical(canonical: str) -> str:
    words = canonical.split()
    if not any(_is_short_form(word) for word in words) or (
        len(words) > 1 and canonical.isupper()  # "MARC MARQUEZ" from a results table
    ):
        return _spell(_fold(canonical))
    # a short form, as `_short_alias_index` keys it, also inside a longer name ("PPP Jateng")
    keys = (_fold(word) if _is_short_form(word) else _spell(_fold(word)) for word in words)
    return " ".join(key for key in keys if key)


def _is_short_form(word: str) -> bool:
    return (
        word.isupper()
        and word.isalnum()
        and 2 <= len(word) <= 4
        and _ROMAN.fullmatch(word) is None  # "Elizabeth II"
    )


_ROMAN = re.compile(r"[IVX]+")


def typed_name(name: str, label: str) -> str:
    """`canonical_name` for a mention of type `label`: a person's initials or name that the
    alias tables hold for a body or place ("MK", the initials of a victim, is no Mahkamah
    Konstitusi) keep their own spelling."""
    if label == "PER" and known_type(name) in ("ORG", "LOC"):
        return _SPACED_HYPHEN.sub("-", _SPACES.sub(" ", name).strip())
    return canonical_name(name)


def typed_key(name: str, label: str) -> str:
    """`canonical_key` for a mention of type `label` (see `typed_name`). Such a person's key
    is the name as written, marked so that no spelling fold joins it to another ("MU", a
    suspect's initials, is no "Moe")."""
    if label == "PER" and known_type(name) in ("ORG", "LOC"):
        return "=" + _fold(typed_name(name, label))
    return canonical_key(name)


@lru_cache(maxsize=1)
def _type_index() -> dict[str, str]:
    index = {_key_of_canonical(name): "LOC" for name in set(_alias_index().values())}
    for table, kind in ((BODY_ALIASES, "ORG"), (CLUB_ALIASES, "ORG")):
        for name in table:
            index[_key_of_canonical(name)] = kind
    return index


@lru_cache(maxsize=1 << 14)
def known_type(name: str) -> str | None:
    """The type of a place or body the alias tables or babel's country names know ("MA" →
    ORG, "Perancis" → LOC); None for any other name. People's short names are not here."""
    if _fold(name) in _NAME_LIKE_ACRONYMS and _capitalised(name):
        return None  # "Aji", "Oki": given names, not the acronyms AJI and OKI
    return _type_index().get(canonical_key(name))


# Forms of address and religious or academic honorifics before a person's name ("KH. Ma'ruf
# Amin", "Hj. Rosmiati", "Prof. Dr. Jimly …"): no part of the canonical name
_HONORIFIC = re.compile(
    r"^(?:(?:KH|K\.H|H|Hj|Dr|dr|drg|Prof|Ir|Drs|Dra|Habib|Syekh|Sheikh|Syeikh|Ustaz|Ustad|"
    r"Kiai|Tuan|Nyonya|Bapak|Pak|Ibu|Bu|Sir|Mr|Mrs|Ms|Daw)\.?\s+)+"
)


# Familiar forms of address that often stay with a name ("Gus Dur", "Cak Nun", "Kang Emil"):
# dropped only to find the full name the article also gives
_SOFT_HONORIFIC = re.compile(
    r"(?:Gus|Cak|Kang|Akang|Aa|AA|Teh|Teteh|Mas|Mbak|Bung|Abah|Buya|Uda|Uni|Daeng|Bli)\s+"
)


# "Provinsi Jiangsu" is Jiangsu (a regency or city keeps its word: "Kota Bogor" and
# "Kabupaten Bogor" are two places)
_PROVINCE = re.compile(r"^(?:Provinsi|Propinsi|Prov\.?|Province of)\s+(?=\S)")
# legal forms: "PT KAI", "PT Kereta Api Indonesia (Persero) Tbk" name the company without them
_LEGAL = re.compile(
    # (not "PT TUN", "PT DKI": a high court, Pengadilan Tinggi)
    r"^(?:PT\.?(?!\s+(?:TUN|Tipikor|Agama|DKI)\b)|CV\.?|Perum|Persero)\s+(?=\S)"
    r"|\s*(?:\(Persero\)|,?\s*Tbk\.?)$"
)


# First words of a club's name ("AS Monaco", "Real Betis", "PS TNI")
CLUB_FIRST_WORDS = frozenset(
    {"as", "ac", "fc", "ss", "ssc", "us", "cf", "sc", "real", "atletico", "athletic",
     "sporting", "olympique", "borussia", "hellas", "dynamo", "dinamo", "deportivo", "racing",
     "stade", "vfb", "vfl", "bayer", "rb", "psv", "persatuan"}
)  # fmt: skip
# A firm's group before its name ("Grup Alibaba", "Lippo Group" opens no name)
_GROUP_OPENERS = frozenset({"grup", "group", "kelompok"})
# Words for the kind of body it is before its own name ("Bank Danamon", "Harian Kompas",
# "Maskapai Citilink", "Scuderia Ferrari"): the body itself, not one named after it
_KIND_OPENERS = frozenset({"bank", "harian", "majalah", "tabloid", "maskapai", "scuderia"})
_CLUB_OPENERS = CLUB_FIRST_WORDS | {"ps"}  # (and "PS TNI", which names a body too)
# Units named after their body ("Divisi Humas Polri", "Fraksi Partai Golkar"): the body's
# name alone is the body, not the unit
_UNIT_HEADS = frozenset(
    {"divisi", "biro", "bagian", "direktorat", "subdit", "komisi", "fraksi", "dewan",
     "majelis", "komite", "bidang", "seksi", "unit", "satuan", "satgas", "kantor",
     "sekretariat", "kanwil", "cabang", "tim", "panitia", "pengurus", "sayap", "badan",
     # centres and institutes of a body: "Pusat Bantuan Kemanusiaan ASEAN"
     "pusat", "balai", "lembaga", "akademi",
     # its staff and departments: "HRD INASGOC", "Humas Persib", "Manajemen Arema"
     "hrd", "humas", "departemen", "department", "manajemen", "direksi", "redaksi"}
)  # fmt: skip


# Words after a body's name that make a unit or a product of it: an operating area, regional
# office or branch ("KAI Daop 8", "PLN UID Jatim", "BRI Kanwil Malang")
_SUB_UNITS = frozenset(
    {"daop", "divre", "drive", "kanwil", "cabang", "kc", "kcp", "wilayah", "regional", "area",
     "unit", "uid", "uiw", "up3", "ulp", "kantor", "perwakilan", "divisi", "distrik", "sektor",
     "korwil", "branch",
     # the armed forces' branches ("TNI AL Sorong", "TNI AD")
     "al", "ad", "au",
     # and its apps, cards and subsidiaries ("KAI Access", "KAI Commuter", "BRI Mobile")
     "access", "app", "apps", "mobile", "online", "pay", "card", "commuter", "logistik",
     "logistics", "services"}
)  # fmt: skip


# Words that close a firm's or club's fuller name after its bare one ("Garuda Indonesia",
# "Lion Air", "Samsung Electronics", "Newcastle United")
_FULLER_NAME_ENDS = ORG_LAST_WORDS | frozenset(
    {"international", "internasional", "global", "city", "united", "town", "athletic",
     "rovers", "albion", "hotspur", "wanderers", "fa", "sc", "cf", "electronics", "motor",
     "sports", "finance", "financial", "insurance", "asuransi", "persero"}
)  # fmt: skip


def _is_known_place(word: str) -> bool:
    from warta.extract.quotes.speakers import is_known_place  # (it imports this module)

    return is_known_place(word)


def _same_body_named_longer(name: str, longer: str) -> bool:
    """Whether `longer` is the fuller name of the body `name` names bare: a club's name with
    its town ("Persib Bandung"), or a firm's with a word that closes firms' names or its
    country ("Garuda Indonesia", "Samsung Electronics"); not a product or service of it
    ("Microsoft Word", "Google Maps", "Apple Music"). A short form's unit named by its place
    is the one the article means ("BPBD" of "BPBD Jember")."""
    if longer in CLUB_NAMES:
        return True
    extra = longer.split()[1:]
    if extra[0] in {"-", "‑"}:
        return True  # "Mercedes - Benz": one name, hyphenated
    if all(w.lower() in _FULLER_NAME_ENDS or is_country(w) for w in extra):
        return True
    if extra[-1].lower() in _FULLER_NAME_ENDS and all(
        w[:1].isupper() or w in {"and", "&", "of", "dan"} for w in extra
    ):
        return True  # "Brighton and Hove Albion", "Suzuki Motor Corporation"
    if name.isupper():
        # a state or party body's unit where the article is about it: "BPBD Jember", "DPD
        # Golkar Jawa Timur" (not a product of a firm so named: "HP Spectre", "LG X Power")
        # (or by the body it serves: "DPD Golkar", "PP Muhammadiyah", "LPPOM MUI")
        return any(_is_known_place(w) or known_type(w) == "ORG" for w in extra)
    # a club's name with its town: "Persikabo Bogor"
    return len(extra) == 1 and _is_known_place(extra[0])


def org_short_form(text: str, orgs: Sequence[str]) -> str:
    """An organisation's name without its legal form; one word that opens or closes exactly
    one longer organisation name of the article ("City" of "Manchester City", "Alibaba" of
    "Grup Alibaba") is that organisation."""
    name = _LEGAL.sub("", text).strip()
    if not any(ch.isalnum() for ch in name):
        name = text  # ("Persero ) Tbk", cut from a spaced "( Persero ) Tbk": signs only)
    # "Komisi VIII DPR RI" is "Komisi VIII DPR": the republic after a state body's short form
    if name.endswith(" RI") and (
        re.search(r"\b[A-Z]{2,5} RI$", name) or known_type(name[:-3]) == "ORG"
    ):
        # (or a body warta knows: "Kemlu RI", "Kementerian Luar Negeri RI")
        name = name[:-3]
    if " " not in name:
        # (not a name cut before a number: "BI 7" of "BI 7-day Reverse Repo Rate")
        plain = {
            o
            for o in (_LEGAL.sub("", o).strip() for o in orgs)
            if not o.split()[-1].isdigit() and o != f"{name} RI"
        }
        longer = {
            o
            for o in plain
            if " " in o
            and (
                # (not a unit of it: "KAI" is not "KAI Daop 8 Surabaya"; nor a body warta
                # knows by its own name, as the other is: "Pertamina Patra Niaga", "TNI AL")
                (
                    name == o.split()[0]
                    and o.split()[1].lower() not in _SUB_UNITS
                    and not (name in KNOWN_BODY_NAMES and o in KNOWN_BODY_NAMES)
                    # (nor a known body's branch in a place: "PPP Jateng", "KPK Jakarta")
                    and not (
                        known_type(name) == "ORG"
                        and known_type(o.split()[1]) == "LOC"
                        and known_type(o) is None
                        and o not in KNOWN_BODY_NAMES
                    )
                )
                or (
                    name == o.split()[-1]
                    and o.split()[0].lower() not in _UNIT_HEADS
                    # "Polri" is not "Bareskrim Polri": a body known by its own name, unless
                    # the longer name is its club ("SSC Napoli", "PS TNI")
                    and (
                        (known_type(name) != "ORG" and name not in KNOWN_BODY_NAMES)
                        or o.split()[0].lower() in _CLUB_OPENERS | _GROUP_OPENERS | _KIND_OPENERS
                    )
                )
            )
        }
        # (a known firm's arm in a country, "Freeport Indonesia", is no branch to leave out
        # where another of its names opens on it too: "PT Freeport" is either, so neither)
        arms = {
            o
            for o in plain
            if len(o.split()) == 2
            and o.split()[0] == name
            and o not in longer
            and is_country(o.split()[1])
        }
        if arms and any(o.split()[0] == name for o in longer):
            longer = set()
        site = _SITE.fullmatch(name)
        if site is not None:
            # a news site and the outlet it belongs to: "CNNIndonesia.com" is "CNN Indonesia"
            stem = _fold(site.group(1)).replace(" ", "")
            longer = {o for o in plain if "." not in o and _fold(o).replace(" ", "") == stem}
        if len(longer) > 1 and len({canonical_name(o) for o in longer}) == 1:
            # two spellings of one body: "United" of "Manchester United" and "Man United"
            longer = {min(longer, key=lambda o: (canonical_name(o) != o, o))}
        if len(longer) == 1:
            fuller = longer.pop()
            if (
                fuller.split()[0] != name
                or _LEGAL.sub("", text).strip() != text.strip()
                # (the article gives the fuller name with its legal form: a firm's name,
                # "PT Angkasa Pura II (Persero)" … "Angkasa")
                or any(_LEGAL.sub("", o).strip() == fuller != o.strip() for o in orgs)
                or _same_body_named_longer(name, fuller)
                # (a firm warta knows by its full name only: "Harley" of "Harley Davidson")
                or (fuller in KNOWN_BODY_NAMES and name not in KNOWN_BODY_NAMES)
            ):
                # (a product or branch it opens is not it: "Microsoft" is not "Microsoft
                # Word"; a name with its legal form is the firm's: "PT Waskita")
                name = fuller
    else:
        # "World View" of "World View Enterprises": a firm's name the article wrote once
        # with its legal or group ending, and one such name only
        plain = {_LEGAL.sub("", o).strip() for o in orgs}
        ended = {
            o
            for o in plain
            if o.startswith(name + " ")
            and len(o.split()) == len(name.split()) + 1
            and o.split()[-1].lower().rstrip(".") in FIRM_ENDS
            # (not a firm of a group: "Hyundai Motor" is no "Hyundai Motor Group")
            and not (
                o.split()[-1].lower() in _GROUP_ENDS
                and name.split()[-1].lower() in _FULLER_NAME_ENDS
            )
        }
        if len(ended) == 1:
            name = ended.pop()
    return canonical_name(name)


# A firm's legal or group ending after its name, which articles drop after naming it in full
# ("World View Enterprises" … "World View", "Acme Holdings" … "Acme")
FIRM_ENDS = frozenset(
    {"enterprises", "enterprise", "inc", "corp", "corporation", "ltd", "llc", "holdings",
     "holding", "group", "company", "co", "tbk", "plc", "limited", "incorporated", "gmbh"}
)  # fmt: skip
_GROUP_ENDS = frozenset({"group", "holdings", "holding"})


def _without_honorific(name: str) -> str:
    name = _SPACED_HYPHEN.sub("-", name)
    stripped = _HONORIFIC.sub("", name)
    return stripped if len(stripped.split()) >= 1 and stripped else name


_NUMBER_WORD = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})|\d+[a-z]?|\d+/\d+", re.IGNORECASE)


def _spelt_inside(short: str, full: str) -> bool:
    """Whether the last words of `full` are another spelling of `short`, a name of two words
    or more: "Atut Choisiyah" of "Ratu Atut Chosiyah"."""
    words = short.split()
    end = " ".join(full.split()[-len(words) :])
    return (
        len(words) >= 2
        and len(full.split()) > len(words)
        and _fold(end) != _fold(short)  # (the same words: a spouse's or a fuller name's)
        and _close_spelling(end, short)
        # (each word ends alike: "Irma Suryani" and "Irma Suryana", "Ahmad Yani" and "Ahmad
        # Yanis" are other people)
        and all(
            a[-2:] == b[-2:] for a, b in zip(_fold(end).split(), _fold(short).split(), strict=True)
        )
    )


# The sides and reaches of a place's name, which two places may differ by alone
_SIDES = frozenset(
    {"utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya", "laut", "hulu",
     "hilir", "ilir", "ulu", "atas", "bawah", "kidul", "lor", "wetan", "kulon", "north",
     "south", "east", "west", "central", "northern", "southern", "eastern", "western"}
)  # fmt: skip


def _close_spelling(a: str, b: str) -> bool:
    """Two spellings of one name in one article ("Musa Rajekshah" / "Musa Rajeckshah",
    "Sumatera Utara" / "sumatra Utara"): same first letter and word count, and nearly the
    same letters (a ratio that a different name, "Jawa Barat" / "Jawa Timur", never has)."""
    fa, fb = _spell(_fold(a)), _spell(_fold(b))
    if fa == fb:
        return True
    # (a name of signs only, "-", folds to nothing)
    if len(fa) < 6 or not fb or fa[0] != fb[0] or len(fa.split()) != len(fb.split()):
        return False
    from difflib import SequenceMatcher

    if any(
        x[0] != y[0]
        # numbers tell units apart: "Komisi IX DPR" is not "Komisi I DPR", "Kodam IV" not "V"
        or (x != y and (_NUMBER_WORD.fullmatch(x) or _NUMBER_WORD.fullmatch(y)))
        for x, y in zip(fa.split(), fb.split(), strict=True)
    ):
        return False
    if any(
        x != y and x in _SIDES and y in _SIDES
        for x, y in zip(_fold(a).split(), _fold(b).split(), strict=False)
    ):
        return False  # sides tell places apart: "Sulawesi Tengah" is not "Sulawesi Tenggara"
    # (each word that differs must be a spelling of the other: "Resmob Polrestabes Makassar"
    # is not "Reskrim Polrestabes Makassar", however much the rest shares)
    if any(
        x != y
        and (
            SequenceMatcher(None, x, y).ratio() < 0.7
            # (a word of another length that is not much alike, and neither runs on into the
            # other: "Roger" is not "Robert" of the same surname, a father and his son)
            or (
                max(SequenceMatcher(None, x, y).ratio(), SequenceMatcher(None, u, v).ratio()) < 0.8
                and len(x) != len(y)
                and not x.startswith(y)
                and not y.startswith(x)
            )
        )
        and not _abbreviates(x, y)
        and not _abbreviates(y, x)
        for x, y, u, v in zip(
            fa.split(), fb.split(), _fold(a).split(), _fold(b).split(), strict=False
        )
    ):
        return False
    if len(a.split()) == len(b.split()) and any(
        _camel_compound(x, y) or _camel_compound(y, x)
        for x, y in zip(a.split(), b.split(), strict=True)
    ):
        return False  # a word that runs on into a compound: "Grab" is not "GrabPay"
    return SequenceMatcher(None, fa, fb).ratio() >= 0.88


def _doubled_next_door(word: str, other: str, i: int) -> bool:
    """Whether `word` doubles the letter before `i` where `other` doubles the one after."""
    return 0 < i < len(word) - 1 and word[i] == word[i - 1] and other[i] == other[i + 1]


def swapped_neighbours(a: str, b: str) -> bool:
    """Whether `a` and `b` differ only by two letters next to each other swapped ("yursi" /
    "yusri", "wancyzk" / "wanczyk")."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def one_letter_off(word: str, other: str) -> bool:
    """Whether two folded words of five letters or more differ by one slip of the keys past
    their first letter: a vowel ("ghalib" / "ghalieb", "prasetyo" / "prasetio"), a letter
    doubled ("welbeck" / "wellbeck"), an "h" ("chacha" / "cacha"), the last letter ("arifi" /
    "arifin"), a key next to it on its row ("feltscher" / "felrscher") or a letter spelt alike
    ("viktor" / "victor"), two letters next to each other swapped ("wancyzk" / "wanczyk");
    not a consonant of another name ("ivana" / "ivanka", "soekarno" / "soemarno"). Past the
    first two letters but for an "h"."""
    if word == other or min(len(word), len(other)) < 5 or word[0] != other[0]:
        return False
    if len(word) == len(other):
        diff = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
        if swapped_neighbours(word, other) and diff[0] >= 2:
            return True  # two letters next to each other swapped: "wancyzk" / "wanczyk"
        if len(diff) != 1 or word[1] != other[1]:
            return False
        i = diff[0]
        pair = (word[i], other[i])
        return (
            set(pair) <= _VOWELS
            or frozenset(pair) in _NEXT_KEYS | _SPELT_ALIKE
            # the letter doubled moved to its neighbour ("hammed" / "hameed")
            or _doubled_next_door(word, other, i)
            or _doubled_next_door(other, word, i)
        )
    short, long = sorted((word, other), key=len)
    if len(long) - len(short) != 1:
        return False
    return any(
        long[:i] + long[i + 1 :] == short
        and (
            long[i] in _VOWELS
            or long[i] == long[i - 1]
            or long[i] == "h"
            # (the word cut short, not run on: "Victorian" is no "Victoria")
            or (i == len(long) - 1 and word == short)
            # (a consonant dropped inside a long name: "Wesbrook" / "Westbrook")
            or (len(short) >= 7 and 3 <= i < len(long) - 1 and long[i - 1] not in _VOWELS)
        )
        and (i >= 2 or long[i] == "h")
        for i in range(1, len(long))
    )


_VOWELS = frozenset("aeiouy")
# Letters names are spelt with either way ("Viktor" / "Victor"), or that look alike
_SPELT_ALIKE = frozenset({frozenset("ck"), frozenset("fv"), frozenset("li")})
# Keys next to each other on a row of the keyboard
_NEXT_KEYS = frozenset(
    frozenset(pair) for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm") for pair in pairwise(row)
)


def _camel_compound(short: str, word: str) -> bool:
    """Whether `word` is `short` run on into a compound with a capital: "GrabPay" of "Grab"."""
    return (
        len(word) > len(short) >= 3
        and word.lower().startswith(short.lower())
        and word[len(short)].isupper()
    )


def _abbreviates(short: str, word: str) -> bool:
    """Whether `short` is an initial or short form of `word` ("j" of "jaya", "st" of
    "saint"): three letters at most, its first letter opening the word, all in order."""
    short = short.rstrip(".")
    if not short or len(short) > 3 or len(short) >= len(word) or short[0] != word[0]:
        return False
    rest = iter(word)
    return all(ch in rest for ch in short)


# Heads of a local place's name, which news drops after the first mention
_PLACE_HEADS = frozenset(
    {"kabupaten", "kab.", "kota", "kecamatan", "kec.", "kelurahan", "desa", "dusun", "kampung",
     # and a mountain's, island's, river's or lake's ("Gunung Semeru" … "Semeru"); not a sea,
     # bay or strait's, which is no other name for the land it is named after ("Laut Jawa")
     "gunung", "pulau", "sungai", "danau", "kawah"}
)  # fmt: skip


# Heads of the smallest units, often named after the town or province they lie in
_SMALL_UNIT_HEADS = frozenset({"kecamatan", "kec.", "kelurahan", "desa", "dusun", "kampung"})


# A generation's mark closing a name: "Jr", "Sr", "III" (folded, without the full stop)
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _son_of(words: list[str], father: list[str] | None = None) -> bool:
    """Whether folded name `words` are a son's named after his father, given and family name
    and a generation's mark ("Donald Trump Jr"; not a regnal number, "Charles III"); of
    `father` where given."""
    return len(words) >= 3 and words[-1] in GENERATIONS and (father is None or words[:-1] == father)


def _at_edge(words: list[str], cand_words: list[str]) -> bool:
    """Whether a person's (folded) name words stand at the edge of a fuller name's: "Putin" of
    "Vladimir Putin", "Tisha" of "Ratu Tisha Destria" (a name that opens with a title word)."""
    n = len(words)
    if _son_of(cand_words, words):
        return False  # "Donald Trump" is not his son "Donald Trump Jr"
    return (
        cand_words[-n:] == words
        or cand_words[:n] == words
        or (cand_words[0] in NAME_TITLES and cand_words[1 : n + 1] == words)
    )


def _inside(short: str, full: str) -> bool:
    """Whether the words of one name run on inside another's ("Sufmi Dasco" in "Sufmi Dasco
    Ahmad")."""
    a, b = _fold(short).split(), _fold(full).split()
    if _son_of(b, a):
        return False  # a son named after his father: "Donald Trump Jr"
    return len(a) < len(b) and any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))


def _spouse_of(spouse: str, words: list[str], edge: list[str]) -> bool:
    """Whether a spouse's name ends with the folded `words` of two or more (the other's full
    name), or with another name that fits them too ("Widodo": "Joko Widodo")."""
    full = _fold(spouse).split()
    if len(words) >= 2 and full[-len(words) :] == words:
        return True
    return any(
        other != spouse
        and 2 <= len(_fold(other).split()) < len(full)
        and full[-len(_fold(other).split()) :] == _fold(other).split()
        for other in edge
    )


def _last_before(
    mentions: Sequence[tuple[str, str]], aliases: Mapping[str, str], name: str, index: int
) -> int | None:
    """Index of the last mention written as `name` before `index`, if any."""
    for i in range(index - 1, -1, -1):
        text, label = mentions[i]
        if label == "PER" and _without_honorific(aliases.get(text, text)) == name:
            return i
    return None


def _initials(name: str) -> str:
    """The capitals opening the words of `name`, past the small words that link them ("Partai
    Keadilan dan Persatuan Indonesia" → "PKPI", "The Football Association of Wales" → "FAW")."""
    words = [w for w in name.split() if w[:1].isalpha()]
    if words and words[0] in {"The", "La", "Le", "El"}:
        words = words[1:]
    return "".join(w[0] for w in words if w[0].isupper())


def _unknown_acronym(text: str) -> bool:
    """A short form in capitals (2 to 6 letters) that the alias tables do not hold."""
    return text.isalpha() and text.isupper() and 2 <= len(text) <= 6 and not is_known_name(text)


def _spelled_by(full: str) -> bool:
    """A longer name whose initials a short form may spell: several words, none of them a
    short form itself ("PB Bandung" is no "PB")."""
    return " " in full.strip() and not any(w.isupper() and len(w) > 1 for w in full.split())


def spells_out(short: str, full: str) -> bool:
    """Whether `short`, a short form in capitals the alias tables do not hold, spells the
    initials of the longer name `full` ("PKPI" / "Partai Keadilan dan Persatuan Indonesia");
    "PBB", which the tables hold for the United Nations, spells no "Partai Bulan Bintang"."""
    return _unknown_acronym(short) and _spelled_by(full) and _initials(full) == short


def is_known_name(name: str) -> bool:
    """Whether the alias tables or the country list hold `name` ("PBB", "KPK", "AS")."""
    return _known_name(name) or _spell(_fold(name)) in _alias_index()


def _acronyms_spelled_out(
    mentions: Sequence[tuple[str, str]], aliases: Mapping[str, str]
) -> dict[str, str]:
    """Short forms in capitals ("PKPI", "LCS") that spell the initials of exactly one longer
    name of the same type in the article ("Partai Keadilan dan Persatuan Indonesia", "Laut
    China Selatan"), though no brackets tie them; a short form the alias tables hold keeps
    its own meaning ("KPK" is no "Kementerian Pendidikan dan Kebudayaan")."""
    longer = {
        (text, label) for text, label in mentions if label in ("ORG", "LOC") and _spelled_by(text)
    }
    out: dict[str, str] = {}
    for text, label in set(mentions):
        if label not in ("ORG", "LOC") or text in aliases or not _unknown_acronym(text):
            continue
        spelled = {full for full, kind in longer if kind == label and _initials(full) == text}
        if len(spelled) == 1:
            out[text] = spelled.pop()
    return out


# A one-letter initial between two words of a name: "Egy M Vikri", "Miryam S. Haryani"
_INITIAL_INSIDE = re.compile(r"\S \w\.? \S|^[A-Z]\.? [A-Z][a-zA-Z]")


def _clipped_names(
    mentions: Sequence[tuple[str, str]], aliases: Mapping[str, str]
) -> dict[str, set[str]]:
    """For one word a person is called by that clips a word of fuller names the article gave
    before ("Sandiaga Salahuddin Uno" … "kata Sandi", "Ilija Spasojevic" … "Spaso", "Mark
    Zuckerberg" … "Zuck"), those names, where no name holds the word whole."""
    out: dict[str, set[str]] = {}
    seen: list[str] = []
    for text, label in mentions:
        if label != "PER":
            continue
        if (
            " " not in text
            and len(text) >= 4
            and text not in aliases
            and text not in _PEOPLE_INDEX
            and text.isalpha()
            and text[:1].isupper()
            and text not in out
        ):
            word = _fold(text)
            whole = any(word in _fold(other).split() for other in seen if other != text)
            # (a name of one word clipped by three letters or more, too: "Hardisiswan" …
            # "Menurut Hardi")
            clipped = {
                other
                for other in seen
                if any(
                    len(w) > len(word) + (0 if " " in other else 2) and w.startswith(word)
                    for w in _fold(other).split()
                )
            }
            if not whole and clipped:
                out[text] = clipped
        elif text not in out and (clipped := _clipping_last_word(text, seen)):
            out[text] = clipped
        seen.append(aliases.get(text, text))
    return out


def _clipping_last_word(text: str, seen: Sequence[str]) -> set[str]:
    """Fuller names of as many words whose last word `text`'s last word clips, the words
    before spelt alike: "Hary Tanoe" of "Hary Tanoesoedibjo" (four letters at least)."""
    words = _spell(_fold(text)).split()
    if not 2 <= len(words) <= 3 or len(words[-1]) < 4 or not text.replace(" ", "").isalpha():
        return set()
    out = set()
    for other in seen:
        others = _spell(_fold(other)).split()
        if (
            len(others) == len(words)
            and others[:-1] == words[:-1]
            and len(others[-1]) > len(words[-1]) + 2
            and others[-1].startswith(words[-1])
        ):
            out.add(other)
    return out


# Heads of venues and works that a shorter mention names by their head and last words
_VENUE_HEADS = frozenset(
    {"sirkuit", "stadion", "bandara", "bandar", "jalan", "jl", "jl.", "gedung", "bendungan",
     "pelabuhan", "terminal", "stasiun", "gelanggang", "lapangan", "taman", "pasar"}
)  # fmt: skip


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Whether `words` stand in `longer` in order, others between them allowed."""
    it = iter(longer)
    return all(w in it for w in words)


def resolve_in_document(
    mentions: Sequence[tuple[str, str]],
    aliases: Mapping[str, str] | None = None,
    spouses: frozenset[str] = frozenset(),
    titled: frozenset[str] = frozenset(),
    relatives: Mapping[str, frozenset[str]] | None = None,
    kin_of: Mapping[str, frozenset[str]] | None = None,
    kin_by_role: Mapping[str, frozenset[str]] | None = None,
) -> list[str]:
    """Canonical name per (text, label) mention of one document.

    - `aliases` maps a mention text to the fuller one it stands for in this document (the
      acronym or nickname given in brackets: "Institut Pertanian Bogor (IPB)").
    - A person mention whose words all occur, in order, at the edge of a fuller person
      mention ("Putin" in "Vladimir Putin", "Biden" in "Joe Biden") takes the fuller form;
      where several fuller forms fit, the most frequent wins. Forms of address ("KH.",
      "Prof.") are dropped.
    - Every name goes through the alias table (AS = Amerika Serikat, Jokowi = Joko Widodo).
    - Spelling variants of one name in the article meet on its most frequent spelling.
    - `relatives`: for a name, the people introduced as its relatives ("Saudara Lohan, Mike
      Lohan"), whom it does not stand for.
    - `kin_of`: for a name set off as someone's relative, the names of whom ("Soeharto --ayah
      kandung Titiek"): it stands for no fuller name at whose edge they stand.
    - `kin_by_role`: for a name, the people introduced by a role as its relatives ("Istri
      mendiang Chris Cornell, Vicky Cornell"): a surname both fit is the name's.
    - `spouses`: names introduced as someone's wife or husband ("Ibu Negara Iriana Joko
      Widodo"): a full name at their end ("Joko Widodo") is the other spouse's, and a surname
      both fit ("Widodo") too.
    """
    aliases = dict(aliases or {})
    # a call name the article gives someone, written again one slip off: "Chacha, sapaan
    # akrab Natasha" … "ungkap Cacha" stands for whom "Chacha" does
    nicks = [c for c in aliases if " " not in c]
    for text, label in mentions:
        if label != "PER" or " " in text or text in aliases or len(text) < 5:
            continue
        slips = {aliases[c] for c in nicks if one_letter_off(_fold(text), _fold(c))}
        if len(slips) == 1:
            aliases[text] = slips.pop()
    # "Gigihadid" … "Gigi Hadid": a full name written as one word, as in a handle
    run_together = {
        _fold(text).replace(" ", ""): text
        for text, label in mentions
        if label == "PER" and 2 <= len(text.split()) <= 3
    }
    for text, label in mentions:
        if label == "PER" and " " not in text and text not in aliases:
            full = run_together.get(_fold(text))
            if full is not None:
                aliases[text] = full
    for short, full in _acronyms_spelled_out(mentions, aliases).items():
        aliases.setdefault(short, full)
    # "The Jakmania" … "Jakmania": a body's name without its English article is the body
    bodies_with_the = {
        text[4:]: text for text, label in mentions if label == "ORG" and text.startswith("The ")
    }
    for text, _label in mentions:
        if text in bodies_with_the and text not in aliases:
            aliases[text] = bodies_with_the[text]
    # "Sirkuit Mandalika" … "Sirkuit Internasional Pertamina Mandalika": a venue named by its
    # head and its last words, the words between left out, is the one longer_venues venue so named
    headed_places = {text for text, label in mentions if label == "LOC" and " " in text}
    for text in headed_places:
        words = text.split()
        if text in aliases or words[0].lower() not in _VENUE_HEADS:
            continue
        longer_venues = [
            v
            for v in headed_places
            if len(v.split()) > len(words)
            and v.split()[0] == words[0]
            and v.split()[-1] == words[-1]
            and _in_order(words, v.split())
        ]
        if len(longer_venues) == 1:
            aliases[text] = longer_venues[0]
    # "Egy M Vikri" … "Egy Maulana Vikri": a name with an initial for a word of a fuller
    # name the article gives, word for word, is that name
    named_people = {text for text, label in mentions if label == "PER"}
    for text in named_people:
        if text in aliases or not _INITIAL_INSIDE.search(text):
            continue
        words = _fold(text).split()
        fuller = {
            other
            for other in named_people
            if other != text
            and not _INITIAL_INSIDE.search(other)
            and len(theirs := _fold(other).split()) == len(words)
            and all(
                a == b or (len(a.rstrip(".")) == 1 and _abbreviates(a, b))
                for a, b in zip(words, theirs, strict=True)
            )
        }
        if len(fuller) == 1:
            aliases[text] = fuller.pop()
    for text in named_people:
        words = _fold(text).split()
        if (
            len(words) == 2
            and words[0] == words[1]
            and any(
                other != text
                and len(_fold(other).split()) >= 2
                and words[0] in _fold(other).split()
                for other in named_people
            )
        ):
            # "Suryo Utomo" … "mobil Suryo Suryo sempat terlacak": a name written twice by
            # mistake, where the article names the person in full ("Malih Tong Tong" alone
            # stays)
            aliases.setdefault(text, text.split()[0])
    people = Counter(
        _without_honorific(aliases.get(text, text)) for text, label in mentions if label == "PER"
    )
    full_forms = sorted(people, key=lambda t: (-len(t.split()), -people[t], t))
    first: list[str] = []
    # whom each short form stood for so far ("Lee" → "Stan Lee" twice)
    short_for: dict[str, Counter[str]] = {}
    # full names spelt otherwise where the article writes a word of theirs more often alone
    respelt: dict[str, str] = {}
    orgs = [t for t, label in mentions if label == "ORG"]
    org_texts = frozenset(orgs)
    for index, (text, label) in enumerate(mentions):
        said = text
        text = aliases.get(text, text)
        # (a short form the tagger read as a place stands for the body it was defined for:
        # "PT Marga Abhinaya Abadi Tbk (MABA)")
        if label == "ORG" or (label == "LOC" and text != said and text in org_texts):
            # ("PT IMIP" is the firm the article defines "IMIP" for)
            bare = _LEGAL.sub("", text).strip()
            first.append(org_short_form(aliases.get(bare, text), orgs))
            continue
        if label != "PER":
            first.append(canonical_name(_PROVINCE.sub("", text)))
            continue
        if text in _PEOPLE_INDEX:
            first.append(_PEOPLE_INDEX[text])
            continue
        text = _without_honorific(text)
        words = _fold(text).split()
        best = text
        edge = [
            c
            for c in full_forms
            if len(_fold(c).split()) > len(words) and _at_edge(words, _fold(c).split())
        ]
        if spouses:
            # "Joko Widodo" of "Iriana Joko Widodo", his wife: not her; "Widodo" of both: him
            edge = [c for c in edge if not (c in spouses and _spouse_of(c, words, edge))]
        if relatives and text in relatives:
            # "Lohan" is not "Mike Lohan", whom the article introduced as "Saudara Lohan"
            edge = [c for c in edge if c not in relatives[text]]
        if kin_of and text in kin_of:
            # nor the one whose relative it is, named there by any form: "Soeharto --ayah
            # kandung Titiek" is not "Titiek Soeharto"
            kin = [_fold(r).split() for r in kin_of[text]]
            edge = [c for c in edge if not any(k and _at_edge(k, _fold(c).split()) for k in kin)]
        # (a shorter form of a fuller one is that person: "Sufmi Dasco" of "Sufmi Dasco Ahmad")
        # (and one spelt otherwise at its edge: "Atut Choisiyah" of "Ratu Atut Chosiyah")
        edge = [
            c
            for c in edge
            if not any(c != d and (_inside(c, d) or _spelt_inside(c, d)) for d in edge)
        ]
        # (a son named after his father is meant only where the father is not named:
        # "Trump" is "Donald Trump" sooner than "Donald Trump Jr")
        edge = [c for c in edge if not _son_of(_fold(c).split())] or edge
        if edge:
            # (two people the name fits, "Ali" of "Ali Fikri" and of "Ahmad Muhdlor Ali": the
            # one named last before it)
            seen = {c: _last_before(mentions, aliases, c, index) for c in edge}
            before = {c: at for c, at in seen.items() if at is not None}
            # (one named before it: that one, "Shakur" of "Tupac Shakur" before "Mopreme
            # Shakur" is named)
            best = max(before, key=before.__getitem__) if before else edge[0]
            if len(before) == 1 and people[edge[0]] > people[best]:
                best = edge[0]  # (one named more often is the one the article is about)
            if kin_by_role:
                # (one introduced as the other's relative: "Istri mendiang Chris Cornell,
                # Vicky Cornell" … "Cornell ditemukan tidak bernyawa" is Chris)
                by = [c for c in edge if c != best and best in kin_by_role.get(c, ())]
                if len(by) == 1:
                    best = by[0]
            taken = short_for.get(text, Counter())
            if len(before) >= 2 and taken[best] == 0 and people[best] == 1:
                # ("Stan Lee" … "Lee" … "Lee" … "suami mendiang Joan B. Lee" … "tutur Lee":
                # the one the article has called so twice, not one named once, in passing,
                # since)
                usual = [
                    c
                    for c in before
                    if taken[c] >= 2
                    # (and named in full no less often: "Chris Cornell" twice is the one meant
                    # after him, not "Vicky Cornell" named once)
                    and people[c] >= people[best]
                    # (two people, not two forms of one: "Mary Jane Veloso", "Mary Jane
                    # Fiesta Veloso")
                    and _fold(c).split()[0] != _fold(best).split()[0]
                ]
                # (not over one introduced with a title, "pelatih timnas putri Inggris Phil
                # Neville", unless the usual one was titled too: "Presiden Amerika Serikat
                # Donald Trump" … "Ibu Negara Melania Trump" … "kata Trump")
                if len(usual) == 1 and (best not in titled or usual[0] in titled):
                    best = usual[0]
            short_for.setdefault(text, Counter())[best] += 1
        if not edge:
            # "Tom" of "Thomas Trikasih Lembong alias Tom Lembong": at the edge of the alias
            targets = {
                aliases[form]
                for form in aliases
                if aliases[form] in people
                and len(_fold(form).split()) > len(words)
                and _at_edge(words, _fold(form).split())
            }
            if len(targets) == 1:
                best = targets.pop()
                edge = [best]
        soft = _SOFT_HONORIFIC.match(text) if not edge and len(words) >= 2 else None
        if soft is not None:
            # "Gus Yaqut" of "Yaqut Cholil Qoumas": a familiar form of address before a name
            # the article gives in full (alone, "Gus Dur" stays whole)
            soft_words = _fold(text[soft.end() :]).split()
            fits = [
                c
                for c in full_forms
                if len(_fold(c).split()) > len(soft_words)
                and _at_edge(soft_words, _fold(c).split())
                and not _SOFT_HONORIFIC.match(c)
            ]
            if len(fits) == 1:
                best = fits[0]
                edge = fits
        if not edge and len(words) >= 2:
            # a fuller name whose last words are another spelling of these: "Atut Choisiyah" of
            # "Ratu Atut Chosiyah"
            spelt = [c for c in full_forms if _spelt_inside(text, c)]
            if len(spelt) == 1:
                best = spelt[0]
                edge = spelt
        n = len(words)
        for candidate in full_forms if not edge else ():
            cand_words = _fold(candidate).split()
            if len(cand_words) <= n:
                break
            if n >= 2 and cand_words[0] == words[0] and cand_words[-1] == words[-1]:
                # the given and family name without the middle ones: "Juan Belencoso" of
                # "Juan Carlos Rodriguez Belencoso", "Susilo Yudhoyono" of "Susilo Bambang
                # Yudhoyono"
                rest = iter(cand_words[1:-1])
                if all(word in rest for word in words[1:-1]):
                    best = candidate
                    break
        if best == text and len(words) == 1 and len(words[0]) >= 4:
            # a clipped given name ("Sandi" of "Sandiaga Uno"), when only one person's name
            # in the article opens that way
            clipped = [
                c
                for c in full_forms
                if " " in c
                and len(_fold(c).split()[0]) > len(words[0])
                and _fold(c).split()[0].startswith(words[0])
            ]
            if len(clipped) == 1:
                best = clipped[0]
        if best == text and len(words) == 1 and len(words[0]) >= 4:
            # a middle name the article calls the person by ("Fickar" of "Abdul Fickar
            # Hadjar"), when only one person's full name has it inside
            middle = [c for c in full_forms if words[0] in _fold(c).split()[1:-1]]
            if len(middle) == 1:
                best = middle[0]
        if best == text and len(words) == 1 and len(words[0]) >= 5:
            # one letter off the first or last name of one person the article names, a typo:
            # "Arifi" … "Arifin", "Wellbeck" … "Danny Welbeck", "Prasetyo" … "Prasetio Edi
            # Marsudi" (not where the word is a name of its own in the article)
            typo = {
                c
                for c in full_forms
                if c != text
                # (the spelling the article uses more, or a fuller name)
                and (" " in c or people[c] > people[text])
                and any(
                    one_letter_off(words[0], w) for w in {_fold(c).split()[0], _fold(c).split()[-1]}
                )
            }
            # (a short form of a fuller one the word fits is that one: "Melania" of "Melania
            # Knauss" for "Melanie")
            typo = {
                c
                for c in typo
                if not any(d != c and _at_edge(_fold(c).split(), _fold(d).split()) for d in typo)
            }
            if len(typo) == 1 and not any(
                words[0] in _fold(c).split() for c in full_forms if c != text
            ):
                best = typo.pop()
                slip = next((w for w in best.split() if one_letter_off(words[0], _fold(w))), None)
                # (the article's own spelling where it writes that one more: "Smalling"
                # twice, "Chris Smailing" once is "Chris Smalling"; not a short call name,
                # "Anggi" of "Nia Anggia")
                if (
                    slip is not None
                    and not _fold(slip).startswith(words[0])
                    and people[text] > sum(people[c] for c in people if slip in c.split())
                ):
                    respelt[best] = " ".join(text if w == slip else w for w in best.split())
        best = _SPACES.sub(" ", best).strip()
        first.append(_PEOPLE_INDEX.get(best, best))
    first = [
        respelt.get(name, name) if label == "PER" else name
        for name, (_, label) in zip(first, mentions, strict=True)
    ]
    # a place named once with its head and once without ("Kabupaten Asahan" … "Asahan") is
    # one place, named in full; not where two heads share the name ("Kota Bogor",
    # "Kabupaten Bogor")
    headed: dict[str, set[str]] = {}
    for name, (_, label) in zip(first, mentions, strict=True):
        head, _, bare = name.partition(" ")
        if label == "LOC" and bare and head.lower() in _PLACE_HEADS:
            if head.lower() in _SMALL_UNIT_HEADS and bare in plain_place_names():
                continue  # "Kecamatan Jambi" … "Jambi (ANTARA News)": the city, a bigger place
            headed.setdefault(bare, set()).add(name)
    for text, _ in mentions:  # heads named inside other names ("Kodim 0621 Kabupaten Bogor")
        words = text.split()
        for i, word in enumerate(words[1:-1], 1):
            bare = " ".join(words[i + 1 :])
            if word.lower() in _PLACE_HEADS and bare in headed:
                headed[bare].add(f"{word} {bare}")
    first = [
        next(iter(headed[name])) if label != "PER" and len(headed.get(name, ())) == 1 else name
        for name, (_, label) in zip(first, mentions, strict=True)
    ]
    # spelling variants: each name joins the most frequent close spelling of its label
    # (places and full names compared as written too: "Kyrgystan" is close to "Kyrgyzstan",
    # not to the alias table's "Kirgizstan" it became; not one-word forms of people, which
    # already joined a fuller name: "Saiful" is not "Syaiful Bahri" for being close to his
    # "Syaiful"; nor bodies, whose short form may stand for several)
    counts = Counter(zip(first, (label for _, label in mentions), strict=True))
    written: dict[tuple[str, str], set[str]] = {}
    for name, (text, label) in zip(first, mentions, strict=True):
        forms = written.setdefault((name, label), {name})
        if label == "LOC" or (label == "PER" and " " in text.strip()):
            forms.add(text)
    # (on a tie, not a spelling in capitals, from a headline: "JAKUT" … "Jakut" is "Jakut")
    # and not a misspelling of a name warta knows: "Indoneisa" … "Indonesia" is "Indonesia",
    # "Paspampers" … "Paspampres" is "Paspampres" (a body's name, not its acronym, which
    # leaves its full name first))
    ranked = sorted(
        counts,
        key=lambda k: (
            -counts[k],
            _headline_capitals(*k),
            not _known_name(k[0]),
            not (k[0] in KNOWN_BODY_NAMES and not k[0].isupper()),
            k,
        ),
    )
    merged: dict[tuple[str, str], str] = {}
    for i, (name, label) in enumerate(ranked):
        target = next(
            (
                merged[other]
                for other in ranked[:i]
                if other[1] == label
                and any(
                    _close_spelling(a, b) for a in written[(name, label)] for b in written[other]
                )
            ),
            name,
        )
        merged[(name, label)] = target
    resolved = [merged[(name, label)] for name, (_, label) in zip(first, mentions, strict=True)]
    # a word that clips a fuller name, which nothing else resolved: that person (after the
    # rest, so the clipped form adds no weight to one spelling of the name)
    clips = _clipped_names(mentions, aliases)
    if clips:
        whose: dict[str, str] = {}
        for (text, label), name in zip(mentions, resolved, strict=True):
            if label == "PER":
                whose.setdefault(aliases.get(text, text), name)
        moved: dict[str, str] = {}
        for index, (text, label) in enumerate(mentions):
            # (or resolved to another clipped form: "Harry Tanoe" / "Hary Tanoe")
            if label == "PER" and text in clips and resolved[index] in (text, *clips):
                # (one person, however the article wrote the fuller name)
                people_clipped = {whose.get(full, full) for full in clips[text]}
                if len(people_clipped) == 1:
                    moved[resolved[index]] = people_clipped.pop()
        for index, (_, label) in enumerate(mentions):
            if label == "PER" and resolved[index] in moved:
                resolved[index] = moved[resolved[index]]
    return resolved
