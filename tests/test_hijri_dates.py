"""Dates in the Islamic calendar (warta.extract.hijri_dates), through extract_dates."""

from __future__ import annotations

from warta.extract.dates import extract_dates


def _d(text: str, published: str | None = "2017-06-09") -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract_dates(text, published=published)]


def test_a_hijri_month_is_the_occurrence_the_publication_date_points_to() -> None:
    ramadan_1438 = "2017-05-27/2017-06-24"
    assert _d("Di bulan Ramadhan ini ia tetap bekerja.") == [("bulan Ramadhan ini", ramadan_1438)]
    assert _d("Selama bulan puasa, ia tidak syuting.") == [("bulan puasa", ramadan_1438)]
    # named in August: the Ramadan just past; "mendatang": the next one
    assert _d("Pada Ramadan lalu, ia hadir.", "2017-08-22") == [("Ramadan lalu", ramadan_1438)]
    assert _d("Ramadan mendatang ia pulang.", "2017-08-22") == [
        ("Ramadan mendatang", "2018-05-16/2018-06-14")
    ]


def test_a_hijri_day_month_and_year() -> None:
    assert _d("Sidang isbat menetapkan awal Zulhijjah 1438 H.", "2017-08-22") == [
        ("awal Zulhijjah 1438 H", "2017-08-23")
    ]
    assert _d("Acara digelar 6 Rabiul Akhir 1439.", "2017-12-25") == [
        ("6 Rabiul Akhir 1439", "2017-12-24")
    ]
    assert _d("Operasi digelar menjelang Ramadan 2017.", "2018-01-05") == [
        ("Ramadan 2017", "2017-05-27/2017-06-24")
    ]


def test_a_given_name_is_no_month() -> None:
    assert _d("Gelandang Ramadhan Sananta mencetak gol.") == []
    assert _d("Pelatih memuji Muhammad Ramadhan pada laga itu.") == []
    assert _d("Karya itu ditulis oleh Ramadhan K.H. tahun lalu.")[0][0] == "tahun lalu"
