"""Dates: absolute and relative expressions, tense, the frozen fixture gate, the seed article."""

from __future__ import annotations

from pathlib import Path

from test_quantities import fixture_scores

from warta.document import Document
from warta.extract.dates import DateExtractor, DateOptions, extract_dates

SEED = Path(__file__).parents[1] / ".." / "shared" / "examples" / "seed-article.txt"
PUB = "2022-02-21"  # a Monday


def _values(text: str, published: str | None = PUB) -> dict[str, str | None]:
    return {d["text"]: d["value"] for d in extract_dates(text, published=published)}


def test_absolute_dates() -> None:
    found = _values("Putusan dibacakan pada 21 Februari 2022 dan diumumkan (21/10/2025).")
    assert found == {"21 Februari 2022": "2022-02-21", "21/10/2025": "2025-10-21"}


def test_weekday_with_day_month_takes_publication_year() -> None:
    assert _values("kata dia, Senin (27/3).", "2023-03-28") == {"Senin (27/3)": "2023-03-27"}


def test_time_zone_and_date_in_the_same_sentence() -> None:
    found = extract_dates("Rapat digelar Senin (27/3) pukul 10.30 WIB.", published="2023-03-28")
    assert found[1]["value"] == "2023-03-27T10:30:00+07:00"
    assert extract_dates("tiba pukul 08.00 WITA")[0]["value"] == "08:00:00+08:00"


def test_past_and_future_weekdays() -> None:
    assert _values("Prancis mengumumkan pada hari Senin") == {"hari Senin": "2022-02-21"}
    assert _values("persiapan akan dimulai pada Kamis") == {"Kamis": "2022-02-24"}
    assert _values("berbicara Minggu larut malam") == {"Minggu larut malam": "2022-02-20"}


def test_future_in_the_past_is_past() -> None:
    text = "Moskow sebelumnya mengatakan latihan itu, yang akan selesai pada hari Minggu"
    assert _values(text) == {"hari Minggu": "2022-02-20"}


def test_relative_periods() -> None:
    found = _values("kemarin, besok, minggu lalu, bulan depan, tahun lalu, tiga hari lalu")
    assert found == {
        "kemarin": "2022-02-20",
        "besok": "2022-02-22",
        "minggu lalu": "2022-02-14/2022-02-20",
        "bulan depan": "2022-03-01/2022-03-31",
        "tahun lalu": "2021-01-01/2021-12-31",
        "tiga hari lalu": "2022-02-18",
    }


def test_year_is_an_interval() -> None:
    assert _values("konflik pecah pada tahun 2014.") == {"tahun 2014": "2014-01-01/2014-12-31"}


def test_durations_are_not_dates() -> None:
    assert extract_dates("berkecamuk selama delapan tahun dan satu jam", published=PUB) == []


def test_relative_without_publication_date_is_listed_unresolved() -> None:
    assert _values("datang kemarin", None) == {"kemarin": None}
    assert extract_dates("datang kemarin", options=DateOptions(keep_unresolved=False)) == []


def test_step_uses_publication_date() -> None:
    doc = Document(id="d", raw="Ia tiba kemarin.", published="2022-02-21T08:00:00+07:00")
    DateExtractor().process(doc)
    assert doc.annotations["dates"][0]["value"] == "2022-02-20"


def test_fixture_gate() -> None:
    p, r, f1 = fixture_scores(
        "dates", lambda rec: extract_dates(rec["text"], published=rec["published"])
    )
    assert p >= 0.9 and r >= 0.88 and f1 >= 0.9, (p, r, f1)


def test_seed_article() -> None:
    if not SEED.exists():
        import pytest

        pytest.skip("seed article lives in ../shared (not in CI)")
    found = _values(SEED.read_text(encoding="utf-8"))
    assert found["hari Senin"] == "2022-02-21"
    assert found["Kamis"] == "2022-02-24"
    assert found["Minggu larut malam"] == "2022-02-20"
    assert found["minggu lalu"] == "2022-02-14/2022-02-20"
    assert found["tahun 2014"] == "2014-01-01/2014-12-31"
    assert "delapan tahun" not in found
