"""Word tables for quantities: approximation markers, currencies, units, counted nouns.

Kept apart from the extractor so the rules in quantities.py stay readable.
"""

from __future__ import annotations

__all__ = [
    "APPROX",
    "CLASSIFIERS",
    "CURRENCY_PREFIX",
    "CURRENCY_SUFFIX",
    "MEASURE",
    "NOT_COUNTS",
    "PEOPLE",
    "PERCENT",
    "SE_TIME",
    "TIME",
    "UNITS",
]

# Approximation and bound markers, longest first so "lebih dari" wins over "lebih".
APPROX = sorted(
    [
        "lebih dari", "lebih daripada", "kurang dari", "kurang lebih", "lebih kurang",
        "sekitar", "sekira", "kira-kira", "hampir", "nyaris", "sedikitnya", "setidaknya",
        "setidak-tidaknya", "paling sedikit", "paling tidak", "paling banyak", "maksimal",
        "minimal", "maksimum", "minimum", "di atas", "di bawah", "mendekati",
        "tidak kurang dari", "tak kurang dari", "tidak lebih dari", "tak lebih dari",
        "paling lama", "paling cepat", "sebanyak-banyaknya", "sebanyak-banyak",
        "sekurang-kurangnya", "di kisaran", "kisaran", "tidak sampai", "tak sampai",
        "belum genap",
    ],
    key=len,
    reverse=True,
)  # fmt: skip

CURRENCY_PREFIX: dict[str, str] = {
    "rp": "IDR", "idr": "IDR", "us$": "USD", "usd": "USD", "$": "USD", "s$": "SGD",
    "sgd": "SGD", "€": "EUR", "eur": "EUR", "£": "GBP", "rm": "MYR",
}  # fmt: skip
CURRENCY_SUFFIX: dict[str, str] = {
    "rupiah": "IDR", "dolar as": "USD", "dollar as": "USD", "dolar amerika serikat": "USD",
    "dolar amerika": "USD", "dolar singapura": "SGD", "dolar australia": "AUD",
    "dolar": "USD", "dollar": "USD", "euro": "EUR", "yen": "JPY", "yuan": "CNY",
    "ringgit": "MYR", "won": "KRW", "poundsterling": "GBP", "pound": "GBP", "riyal": "SAR",
    "rupee": "INR", "baht": "THB", "peso": "PHP", "pounds": "GBP", "paun": "GBP",
}  # fmt: skip
PERCENT: dict[str, str] = {
    "%": "percent", "persen": "percent", "basis poin": "bps",
}  # fmt: skip
MEASURE: dict[str, str] = {
    "km2": "km2", "km²": "km2", "kilometer persegi": "km2", "km": "km", "kilometer": "km",
    "meter persegi": "m2", "m2": "m2", "m²": "m2", "meter": "m", "m": "m", "cm": "cm",
    "sentimeter": "cm", "mm": "mm", "milimeter": "mm", "hektare": "ha", "hektar": "ha",
    "ha": "ha", "kg": "kg", "kilogram": "kg", "gram": "g", "ton": "t", "liter": "l",
    "barel": "barrel", "megawatt": "MW", "mw": "MW", "gw": "GW", "kwh": "kWh", "mil": "mile",
    "knot": "knot", "derajat celsius": "celsius", "°c": "celsius", "derajat": "degree",
    "nm": "nm", "mb": "MB", "gb": "GB", "tb": "TB", "mbps": "Mbps", "cc": "cc",
    "derajat celcius": "celsius", "derajat fahrenheit": "fahrenheit", "°f": "fahrenheit",
    "inci": "inch", "inch": "inch", "hz": "Hz", "khz": "kHz", "mhz": "MHz", "ghz": "GHz",
    "nit": "nit", "watt": "W", "kilowatt": "kW", "kw": "kW", "mah": "mAh", "mg": "mg",
    "miligram": "mg", "ml": "ml", "mililiter": "ml", "ons": "ons", "kuintal": "quintal",
    "kbps": "kbps", "gbps": "Gbps", "fps": "fps", "megapiksel": "MP", "piksel": "pixel",
    "mp": "MP", "terabyte": "TB", "gigabyte": "GB", "megabyte": "MB", "kalori": "kcal",
    "kkal": "kcal", "kilokalori": "kcal", "mil per jam": "mph", "km per jam": "km/h",
    "km/jam": "km/h", "kilometer per jam": "km/h", "kali lipat": "times",
    "rpm": "rpm", "ps": "PS", "tenaga kuda": "hp",
}  # fmt: skip
TIME: dict[str, str] = {
    "detik": "second", "menit": "minute", "jam": "hour", "hari": "day", "pekan": "week",
    "minggu": "week", "bulan": "month", "tahun": "year", "dekade": "decade", "abad": "century",
}  # fmt: skip
# "setahun", "sepekan": one unit of time, written as one word.
SE_TIME = ("hari", "minggu", "pekan", "bulan", "tahun", "jam", "menit", "abad", "dekade")
UNITS: dict[str, str] = {**CURRENCY_SUFFIX, **PERCENT, **MEASURE, **TIME}

# Nouns that make the quantity a head count.
PEOPLE = frozenset(
    [
        "orang",
        "jiwa",
        "warga",
        "penduduk",
        "tentara",
        "prajurit",
        "personel",
        "pasukan",
        "polisi",
        "siswa",
        "mahasiswa",
        "murid",
        "guru",
        "pekerja",
        "karyawan",
        "buruh",
        "pegawai",
        "pasien",
        "korban",
        "peserta",
        "anggota",
        "pengungsi",
        "penumpang",
        "wisatawan",
        "pengunjung",
        "pemilih",
        "petani",
        "nelayan",
        "anak",
        "balita",
        "tersangka",
        "narapidana",
        "napi",
        "relawan",
        "dokter",
        "perawat",
        "pemain",
        "atlet",
        "jemaah",
        "pendukung",
        "demonstran",
        "pengunjuk",
    ]
)
# Classifiers join the noun after them: "50 unit rumah", "3 ekor sapi".
CLASSIFIERS = frozenset(
    [
        "unit",
        "buah",
        "ekor",
        "biji",
        "batang",
        "lembar",
        "helai",
        "butir",
        "pucuk",
        "bidang",
        "petak",
    ]
)
NOT_COUNTS = frozenset(
    [
        "yang",
        "dan",
        "atau",
        "di",
        "ke",
        "dari",
        "pada",
        "untuk",
        "dengan",
        "dalam",
        "itu",
        "ini",
        "lebih",
        "per",
        "lalu",
        "sejak",
        "oleh",
        "akan",
        "telah",
        "sudah",
        "tersebut",
        "saja",
        "pun",
        "adalah",
        "ialah",
        "sebagai",
        "hingga",
        "sampai",
        "kurang",
        "lagi",
        "silam",
        "mendatang",
        "nanti",
        "terakhir",
        "pertama",
        "sebelumnya",
        "kemudian",
        "setelah",
        "sebelum",
        "saat",
        "ketika",
        "bagi",
        "tahun",
        "antara",
        "tanpa",
        "juga",
        "masih",
        "belum",
        "tidak",
        "tak",
        "bisa",
        "dapat",
        "harus",
        "sekitar",
        "hampir",
        "karena",
        "agar",
        "diantara",
        "antaranya",
        "termasuk",
        "sangat",
        "barat",
        "timur",
        "utara",
        "selatan",
        "tenggara",
        "daya",
        "laut",
        "kedua",
        "besar",  # "empat besar": a rank, the top four
        "dimensi",
        # "target kontrak baru 2017 sebesar Rp 40,6 triliun": an amount follows, none is counted
        "sebesar",
        "senilai",
        "sebanyak",
        "mencapai",
        # "tiga dimensi": 3D
    ]
)
