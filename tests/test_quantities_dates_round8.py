"""Quantities and dates found missing or wrong on an eighth fresh set of real articles
(scored once before these rules): weekends, seasons over two years, decades written with an
apostrophe, a date closed by "besok", a year before a relative period, squad numbers, and a
year before the amount it names ("kontrak baru 2017 sebesar Rp …")."""

from __future__ import annotations

import pytest

from warta.extract.dates import extract_dates
from warta.extract.quantities import extract_quantities

PUB = "2017-11-17"  # a Friday


def _d(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract_dates(text, published=PUB)]


def _q(text: str) -> list[tuple[str, object]]:
    return [(q["text"], q["value"]) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kapal itu berlatih pada akhir pekan lalu.",
            ("akhir pekan lalu", "2017-11-11/2017-11-12"),
        ),
        (
            "Konser digelar akhir pekan ini di Bandung.",
            ("akhir pekan ini", "2017-11-18/2017-11-19"),
        ),
        ("Akhir minggu depan mereka berangkat.", ("Akhir minggu depan", "2017-11-25/2017-11-26")),
    ],
)
def test_a_weekend_is_saturday_and_sunday_of_its_week(text: str, want: tuple[str, str]) -> None:
    assert _d(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ia melatih Barcelona di musim 2014/2015 lalu.",
            ("musim 2014/2015", "2014-01-01/2015-12-31"),
        ),
        ("Gelar juara musim 2016/17 jatuh ke Chelsea.", ("musim 2016/17", "2016-01-01/2017-12-31")),
        (
            "Pendaftaran tahun ajaran 2017/2018 dibuka.",
            ("tahun ajaran 2017/2018", "2017-01-01/2018-12-31"),
        ),
    ],
)
def test_a_season_spans_two_years(text: str, want: tuple[str, str]) -> None:
    assert _d(text) == [want]


def test_two_years_a_slash_apart_are_no_season_unless_they_follow() -> None:
    assert _d("Data 2014/2016 itu hilang.") == []
    assert _d("Surat Nomor 12/2016 itu hilang.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ada pesta di rumah saya di tahun ’90 - an.", ("tahun ’90 - an", "1990-01-01/1999-12-31")),
        ("Musik rock era '70-an kembali.", ("era '70-an", "1970-01-01/1979-12-31")),
    ],
)
def test_a_decade_with_an_apostrophe(text: str, want: tuple[str, str]) -> None:
    assert _d(text) == [want]


def test_besok_closes_a_date_ahead() -> None:
    assert _d("Film ini akan dirilis 29 November besok.") == [("29 November besok", "2017-11-29")]


def test_a_year_before_a_relative_period_is_no_amount() -> None:
    text = "Huami akan memamerkannya di ajang CES 2018 bulan depan."
    assert _q(text) == []
    assert _d(text) == [("bulan depan", "2017-12-01/2017-12-31")]
    # An age before "tahun ini" is still no date.
    assert _d("Pelatih berusia 63 tahun ini masih bugar.") == []


def test_a_squad_number_is_no_amount() -> None:
    assert _q("Pemain bernomor punggung 11 itu mencetak dua gol.") == [("dua", 2)]
    assert _q("Ia mengenakan nomor punggung 7 di Madrid.") == []
    # The back as a body part still takes a measure.
    assert _q("Lengkungan punggung di atas 10 derajat perlu diperiksa.") == [
        ("di atas 10 derajat", 10)
    ]


def test_a_year_before_the_amount_it_names_is_no_count() -> None:
    assert _q("Target kontrak baru 2017 sebesar Rp 40,6 triliun tercapai.") == [
        ("Rp 40,6 triliun", 40600000000000)
    ]
    assert _q("Jumlah pendaki pada 2016 sebanyak 1.331 orang.") == [("1.331", 1331)]


def test_a_unit_with_the_possessive() -> None:
    assert _q("Varian 13,5 incinya mengemas layar tajam, dan 70 persennya dijual.") == [
        ("13,5 inci", 13.5),
        ("70 persen", 70),
    ]
    # a short unit does not swallow a word: "ha" of "hanya"
    assert _q("Ia bertanding di TAFISA Games 2016 hanya sebentar.") == []


def test_the_minute_of_a_goal_is_no_amount() -> None:
    text = "Gol dicetak Diego Costa (60 '), Willian (70 ') dan Ronaldo (76 ', 105 ')."
    assert _q(text) == []


def test_a_season_over_two_years_and_a_final_year() -> None:
    assert _d("Ia juara pada musim 2016-2017 bersama Chelsea.") == [
        ("musim 2016-2017", "2016-01-01/2017-12-31")
    ]
    assert _d("Kekalahan itu terjadi pada final 2012 melawan Chelsea.") == [
        ("2012", "2012-01-01/2012-12-31")
    ]


def test_a_span_of_clock_time() -> None:
    assert _d("Laga digelar Jumat (17/11) pukul 14.00-16.00 WIB di GOR Sahabat.") == [
        ("Jumat (17/11)", "2017-11-17"),
        ("pukul 14.00-16.00 WIB", "2017-11-17T14:00:00+07:00/2017-11-17T16:00:00+07:00"),
    ]
    assert _d("Rapat pukul 08.00 - 10.00 WIB.") == [
        ("pukul 08.00 - 10.00 WIB", "2017-11-17T08:00:00+07:00/2017-11-17T10:00:00+07:00")
    ]


def test_a_weekday_date_and_a_quarter_closed_by_mendatang() -> None:
    assert _d("Film itu akan tayang Kamis (23/11) mendatang.") == [
        ("Kamis (23/11) mendatang", "2017-11-23")
    ]
    assert _d("Konsep ini diumumkan pada kuartal III/2018 mendatang.") == [
        ("kuartal III/2018 mendatang", "2018-07-01/2018-09-30")
    ]


def test_an_abbreviated_month_alone_is_no_date() -> None:
    assert _d("Melania berpesta di Mar - a - largo resort pada malam itu.") == []
    assert _d("Ia lahir pada Mar 2015 di Bali.") == [("Mar 2015", "2015-03-01/2015-03-31")]


def test_a_clock_time_takes_the_day_its_story_names() -> None:
    def dated(text: str, published: str | None = "2022-12-12") -> list[tuple[str, str]]:
        return [(d["text"], d["value"]) for d in extract_dates(text, published=published)]

    # the day its sentence names after it, the day named earlier, else publication, in WIB
    assert dated("Acara dibuka pukul 17.00 WIB, Sabtu (10/12).")[0] == (
        "pukul 17.00 WIB",
        "2022-12-10T17:00:00+07:00",
    )
    assert dated(
        "Kapal tenggelam di Selayar, Minggu (11/12). Pencarian dilanjutkan besok.\n"
        "Kapal itu berangkat pukul 07.00 WITA."
    )[-1] == ("pukul 07.00 WITA", "2022-12-11T07:00:00+08:00")
    assert dated("Rapat dimulai pukul 09.30.") == [("pukul 09.30", "2022-12-12T09:30:00+07:00")]
    # a clock abroad keeps its unwritten zone; without a publication day, a time stays a time
    assert dated("Laga pada 9 Mei 2024 dijadwalkan pukul 20.00 waktu setempat.")[-1] == (
        "pukul 20.00",
        "2024-05-09T20:00:00",
    )
    assert dated("Rapat dimulai pukul 09.30.", published=None) == [("pukul 09.30", "09:30:00")]


def test_ringgit_glued_to_its_amount_and_belasan_from_eleven() -> None:
    found = extract_quantities("Tiket dijual RM315 dan RM 85.")
    assert [(q["text"], q["value"], q["unit"]) for q in found] == [
        ("RM315", 315, "MYR"),
        ("RM 85", 85, "MYR"),
    ]
    assert _q("Ia sudah belasan tahun bekerja di sana.") == [("belasan tahun", 11)]
    assert _q("Kode PRM2 tertulis di kotak itu.") == []
