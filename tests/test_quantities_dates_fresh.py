"""Quantities and dates found missing or wrong on a fresh set of real articles (scored once
before these rules): units of screens and sound, list numbers, scores, parts of a group;
years in brackets and lists, decades, quarters and halves, parts of today, months of last
year, and a full stop after a month."""

from __future__ import annotations

from typing import Any

import pytest

from warta.extract.dates import extract_dates
from warta.extract.quantities import extract_quantities

PUB = "2017-10-18"  # a Wednesday


def _q(text: str) -> list[tuple[Any, ...]]:
    return [(q["text"], q["value"], q["unit"], q["counts"]) for q in extract_quantities(text)]


def _d(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract_dates(text, published=PUB)]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Ponsel itu memakai layar 6,2 inci yang tajam.", "6,2 inci", "inch"),
        ("Monitor 27-inci itu dijual murah.", "27-inci", "inch"),
        ("Monitor 34 - inci itu dijual murah.", "34 - inci", "inch"),
        ("Layarnya menyegarkan gambar pada 144 Hz.", "144 Hz", "Hz"),
        ("Prosesornya berlari hingga 2,8 GHz.", "2,8 GHz", "GHz"),
        ("Baterainya berkapasitas 4.000 mAh.", "4.000 mAh", "mAh"),
        ("Suhu turun ke 12 derajat Celcius.", "12 derajat Celcius", "celsius"),
        ("Kecerahan panelnya 600 nit.", "600 nit", "nit"),
    ],
)
def test_units_of_devices_and_weather(text: str, span: str, unit: str) -> None:
    found = extract_quantities(text)
    assert [(q["text"], q["unit"]) for q in found] == [(span, unit)]


def test_list_numbers_open_no_amount() -> None:
    text = "Berikut tandanya:\n\n1. Warna berubah\n\n2) Bau tak sedap\n\nAda 3 tanda lain."
    assert _q(text) == [("3", 3, None, "tanda")]


def test_scores_are_no_ranges() -> None:
    assert _q("Ia kalah 18-21, 21-16, 19-21 dari pemain Jepang.") == []
    assert _q("Kedua tim bermain imbang 2-2 di kandang.") == []
    # A range of something counted or measured stays an amount.
    assert _q("Harga naik 3-5 persen.") == [("3-5 persen", 3, "percent", None)]
    assert _q("Sebanyak 10-15 warga mengungsi.")[0][1:] == (10, "people", "warga")


def test_parts_of_a_group_are_counted() -> None:
    assert _q("Lima kapal tenggelam, dua di antaranya milik nelayan.") == [
        ("Lima", 5, None, "kapal"),
        ("dua", 2, None, None),
    ]
    assert _q("Ia memenangi enam dari sembilan laga.")[0] == ("enam", 6, None, "laga")


def test_years_in_brackets_and_lists() -> None:
    assert _d("Film itu menyusul Room (2015) dan Lion (2016).") == [
        ("2015", "2015-01-01/2015-12-31"),
        ("2016", "2016-01-01/2016-12-31"),
    ]
    assert [t for t, _ in _d("Ia juara dunia (2009, 2011, 2014).")] == ["2009", "2011", "2014"]
    assert [t for t, _ in _d("Pada tahun 1930 dan 1945 harga jatuh.")] == ["tahun 1930", "1945"]
    # A bracketed number that is no year alone, an age or a count, stays out.
    assert _d("Budi (45) dan 2015 orang lainnya.") == []


def test_years_inside_a_quantity_are_not_counted_twice() -> None:
    assert _q("Pada tahun 1930 dan 1945 harga jatuh.") == []


def test_scores_in_brackets_are_no_dates() -> None:
    assert _d("Mereka mengalahkan Malta (2-0) dan Spanyol (3-1).") == []
    assert _d("Laga digelar Jumat (25-8) malam.") == [("Jumat (25-8) malam", "2017-08-25")]


def test_full_stop_after_a_month_ends_the_sentence() -> None:
    assert _d("Laga digelar pada 4 Juni, 7 Juni. Setelah itu libur.") == [
        ("4 Juni", "2017-06-04"),
        ("7 Juni", "2017-06-07"),
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Resep itu dipakai sejak tahun 1980-an.", "tahun 1980-an", "1980-01-01/1989-12-31"),
        ("Lagu hits era 90 - an kembali populer.", "era 90 - an", "1990-01-01/1999-12-31"),
        ("Laba naik pada kuartal III 2017.", "kuartal III 2017", "2017-07-01/2017-09-30"),
        ("Laba naik pada triwulan pertama tahun ini.", "triwulan pertama tahun ini",
         "2017-01-01/2017-03-31"),
        ("Produk hadir di paruh kedua tahun depan.", "paruh kedua tahun depan",
         "2018-07-01/2018-12-31"),
        ("Rugi membengkak pada semester II/2016.", "semester II/2016", "2016-07-01/2016-12-31"),
        ("Album itu dirilis September tahun lalu.", "September tahun lalu",
         "2016-09-01/2016-09-30"),
        ("Konser digelar malam ini di Jakarta.", "malam ini", "2017-10-18"),
        ("Ia pindah ke sana sebulan lalu.", "sebulan lalu", "2017-09-01/2017-09-30"),
        ("Ia mulai balapan pada musim 2008.", "musim 2008", "2008-01-01/2008-12-31"),
        ("Mobil itu terjual di 2016, katanya.", "2016", "2016-01-01/2016-12-31"),
        ("Laga berakhir Selasa (17/10/2017) dinihari WIB.", "Selasa (17/10/2017) dinihari",
         "2017-10-17"),
    ],
)  # fmt: skip
def test_periods_in_news_writing(text: str, span: str, value: str) -> None:
    assert _d(text) == [(span, value)]


def test_ages_in_their_nineties_are_no_decade() -> None:
    assert _d("Nenek itu berusia 90-an tahun.") == []
    assert _d("Ada semester V di kampus itu tahun ini.") == [("tahun ini", "2017-01-01/2017-12-31")]


# Second fresh set (scored once with the rules above, then these):


def test_ranges_with_the_unit_written_twice_are_one_range() -> None:
    found = extract_quantities("Harga saham Rp 280 sampai Rp 300, porsi 80% - 90% dari total.")
    assert [(q["text"], q["value"], q.get("value_max")) for q in found] == [
        ("Rp 280 sampai Rp 300", 280, 300),
        ("80% - 90%", 80, 90),
    ]
    assert _q("Tiket Rp 5.000-Rp 10.000 per orang.")[0][:3] == ("Rp 5.000-Rp 10.000", 5000, "IDR")
    # a formation is no range of amounts
    assert _q("Liverpool (4-3 - 3): Mignolet; Alexander-Arnold") == []


def test_bounds_spelled_with_a_spaced_hyphen() -> None:
    found = extract_quantities("Perseroan menjual sebanyak - banyaknya 150 juta lembar saham.")
    assert [(q["text"], q["approx"]) for q in found] == [
        ("sebanyak - banyaknya 150 juta", "sebanyak - banyaknya")
    ]


def test_dollars_in_us_notation() -> None:
    assert _q("Laptop itu dibanderol di kisaran $ 1,299.")[0][:3] == (
        "di kisaran $ 1,299",
        1299,
        "USD",
    )
    assert _q("Saham itu naik ke $ 1,5 juta.")[0][1] == 1500000


def test_storage_and_cameras() -> None:
    assert [t for t, *_ in _q("Konsol 1TB dengan kamera 16 MP dan 2 - terabyte.")] == [
        "1TB",
        "16 MP",
        "2 - terabyte",
    ]


def test_ranks_and_dimensions_are_no_amounts() -> None:
    assert _q("Indonesia gagal masuk empat besar dan tampil di posisi ke - dua.") == []
    assert _q("Mereka mencetak prototipe tiga dimensi.") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Film itu tayang pada 4 Mei 2018 mendatang.", "4 Mei 2018 mendatang", "2018-05-04"),
        ("Ia tampil di London 20 Februari yang lalu.", "20 Februari yang lalu", "2017-02-20"),
        ("Kantor itu disegel bulan Agustus silam.", "bulan Agustus silam", "2017-08-01/2017-08-31"),
        ("Album baru dirilis Januari nanti.", "Januari nanti", "2018-01-01/2018-01-31"),
        ("Ia dikenal sebagai penyanyi cilik di era 1990an.", "era 1990an",
         "1990-01-01/1999-12-31"),
        ("Warga terkejut saat pagi tadi polisi datang.", "pagi tadi", "2017-10-18"),
    ],
)  # fmt: skip
def test_dates_with_a_word_after_them(text: str, span: str, value: str) -> None:
    assert _d(text) == [(span, value)]


def test_an_age_before_ini_is_not_this_year() -> None:
    assert _d("Pelatih berusia 63 tahun ini datang ke Jakarta.") == []


# Third fresh set:


def test_squad_numbers_in_a_line_up_are_no_amounts() -> None:
    assert _q("REAL MADRID (4-3-3): 1 - Navas (K); 2 - Carvajal, 4 - Ramos; 9 - Benzema (P).") == []


def test_scale_words_with_an_are_approximate_scales() -> None:
    assert _q("Nilainya sekitar Rp 61 jutaan.")[0][:3] == ("sekitar Rp 61 jutaan", 61000000, "IDR")
    assert _q("Pulau berpenduduk 196 ribuan orang.")[0][:2] == ("196 ribuan", 196000)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Gajinya naik dua kali lipat.", "dua kali lipat", "times"),
        ("Pisang mengandung 105 kalori.", "105 kalori", "kcal"),
        ("Puing melaju 17.500 mil per jam.", "17.500 mil per jam", "mph"),
        ("Truk melaju 90 km per jam.", "90 km per jam", "km/h"),
        ("Luasnya tidak sampai 1 meter persegi.", "tidak sampai 1 meter persegi", "m2"),
    ],
)
def test_rates_calories_and_bounds(text: str, span: str, unit: str) -> None:
    assert [(q["text"], q["unit"]) for q in extract_quantities(text)] == [(span, unit)]


def test_a_weekday_date_with_ini_and_a_lower_case_time_zone() -> None:
    assert _d("Kontraknya diresmikan pada Rabu (18/10) ini.") == [
        ("Rabu (18/10) ini", "2017-10-18")
    ]
    found = extract_dates("Laga dimulai pukul 01.45 WiB.", published=PUB)
    assert [(d["text"], d["value"]) for d in found] == [
        ("pukul 01.45 WiB", "2017-10-18T01:45:00+07:00")
    ]


# Fourth fresh set:


def test_a_duration_in_two_units_is_one_amount() -> None:
    assert _q("Ia mencatat putaran terbaik 1 menit 29,897 detik.") == [
        ("1 menit 29,897 detik", 89.897, "second", "detik")
    ]
    assert _q("Rapat berlangsung 2 jam 30 menit.")[0][:3] == ("2 jam 30 menit", 150, "minute")
    # a minute of a match is a label, not an amount
    assert _q("Gol tercipta pada menit 90.") == []


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Ia pindah dengan harga 40 juta pounds.", "40 juta pounds", "GBP"),
        ("Mesin itu menghasilkan 120 PS pada 6.600 rpm.", "120 PS", "PS"),
        ("Usia pernikahan mereka belum genap setahun.", "belum genap setahun", "year"),
        ("Ada sekitar 300 lebih pengaduan masuk.", "sekitar 300 lebih", None),
    ],
)
def test_more_units_and_bounds(text: str, span: str, unit: str | None) -> None:
    found = extract_quantities(text)[0]
    assert (found["text"], found["unit"]) == (span, unit)


def test_ranks_labels_and_clock_words_are_no_amounts() -> None:
    assert _q("Album itu masuk 10 besar dan tim naik ke peringkat tiga.") == []
    assert _q("Ia terjatuh di tikungan 19 dekat koridor 6.") == []
    assert _q("Pasar dibuka pukul lima pagi.") == []


def test_clock_times_in_words() -> None:
    found = extract_dates(
        "Pasar buka pukul lima pagi dan tutup pukul delapan malam.", published=PUB
    )
    assert [(d["text"], d["value"]) for d in found] == [
        ("pukul lima pagi", "2017-10-18T05:00:00+07:00"),
        ("pukul delapan malam", "2017-10-18T20:00:00+07:00"),
    ]
    assert _d("Sidang digelar 5 Oktober kemarin.") == [("5 Oktober kemarin", "2017-10-05")]


# Fifth fresh set:


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Kontraknya habis pada 2019 nanti.", "2019 nanti", "2019-01-01/2019-12-31"),
        ("Hal itu ia sampaikan pada Januari 2017 lalu.", "Januari 2017 lalu",
         "2017-01-01/2017-01-31"),
        ("Turnamen besar ada di paruh awal 2018.", "paruh awal 2018", "2018-01-01/2018-06-30"),
        ("Sisanya digelar pada paruh akhir 2018.", "paruh akhir 2018", "2018-07-01/2018-12-31"),
    ],
)  # fmt: skip
def test_dates_closed_by_nanti_lalu_and_halves(text: str, span: str, value: str) -> None:
    assert _d(text) == [(span, value)]


def test_a_year_in_a_name_with_nanti_is_no_date_or_amount() -> None:
    assert _d("Persiapan upacara Asian Games 2018 nanti terus dikebut.") == []
    assert _q("Ia bermain di Liga 1 2018 nanti.") == []


# Sixth fresh set:


def test_a_weekday_of_last_or_next_week() -> None:
    # PUB is a Wednesday: last week's Friday, next week's Monday
    assert _d("Jumat pekan lalu, partai itu memutuskan mendukungnya.") == [
        ("Jumat pekan lalu", "2017-10-13")
    ]
    assert _d("Rapat digelar Senin pekan depan.") == [("Senin pekan depan", "2017-10-23")]


def test_an_age_set_off_after_a_name_is_no_amount() -> None:
    assert _q("Pelaku Satoshi Katsudara, 56, dan Yoshinori Kawamura, 46, ditangkap.") == []
    assert _q("Di Jakarta, 12 orang hadir.")[0][:2] == ("12", 12)


def test_ke_with_a_space_is_to_not_an_ordinal() -> None:
    assert _q("Acara itu disiarkan ke tiga platform sekaligus.") == [("tiga", 3, None, "platform")]
    assert _q("Negara itu penghasil terbesar ke - dua di dunia.") == []


def test_lebih_dulu_is_no_bound() -> None:
    found = extract_quantities("Tim itu menyentuh angka 21 lebih dulu.")
    assert [(q["text"], q["approx"]) for q in found] == [("21", None)]
