"""Round 15, dates: a page's own timestamp line dates a document that came without a date,
a date line inside an article heads a chronology and stays, "Hingga Rabu pagi" opening a
sentence means as of that day, and Malay month names are dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.clean.boilerplate import BoilerplateFilter
from warta.clean.page_date import PageDate, timestamp_date, url_date
from warta.document import Document
from warta.extract.dates import extract_dates
from warta.extract.quantities import extract_quantities
from warta.io.dates import normalise_date
from warta.pipeline import Pipeline


def _dated(raw: str, published: str | None = None) -> Document:
    doc = Document(id="page", raw=raw, published=published)
    for step in (BoilerplateFilter(), PageDate()):
        step.process(doc)
    return doc


BODY = (
    "JAKARTA, KOMPAS.com - Jaksa menuntut terdakwa sembilan tahun penjara dalam sidang "
    "di Pengadilan Negeri Jakarta Pusat, Kamis (26/11/2026), dan sidang dilanjutkan "
    "pekan depan dengan agenda pembacaan pleidoi.\n"
)


def test_a_page_timestamp_becomes_the_publication_date() -> None:
    doc = _dated(
        "Jaksa Tuntut Eks Dirut 9 Tahun Penjara\n\nKompas.com - 27/11/2026, 16:42 WIB\n\n" + BODY
    )
    assert doc.published == "2026-11-27T16:42:00+07:00"
    assert doc.annotations["published_from"] == "page"
    assert "Kompas.com - 27/11/2026" not in doc.text
    # relative dates now resolve against it
    values = {d["text"]: d["value"] for d in extract_dates(doc.text, published=doc.published)}
    assert values["pekan depan"] == "2026-11-30/2026-12-06"


def test_a_date_the_input_gave_wins_and_an_update_counts_only_alone() -> None:
    given = _dated("Judul\n\nKompas.com - 27/11/2026, 16:42 WIB\n\n" + BODY, "2026-11-20")
    assert given.published == "2026-11-20" and "published_from" not in given.annotations
    both = _dated(
        "Judul\n\nDiperbarui 28/11/2026, 09:00 WIB\n\nJumat, 27 November 2026 | 16:42 WIB\n\n"
        + BODY
    )
    assert both.published == "2026-11-27T16:42:00+07:00"
    update = _dated("Judul\n\nDiperbarui 28/11/2026, 09:00 WIB\n\n" + BODY)
    assert update.published == "2026-11-28T09:00:00+07:00"


def test_no_timestamp_or_one_far_down_leaves_the_date_unknown() -> None:
    assert _dated("Judul\n\n" + BODY).published is None
    far = "Judul\n\n" + BODY * 14 + "\nKompas.com - 27/11/2026, 16:42 WIB\n"
    assert _dated(far).published is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Rabu, 25 Nov 2026 09:15 WIB", "2026-11-25T09:15:00+07:00"),
        ("CNN Indonesia | Jumat, 27/11/2026 10:05 WIB", "2026-11-27T10:05:00+07:00"),
        ("Tribunnews.com - Jumat, 27 November 2026 10:05 WIB", "2026-11-27T10:05:00+07:00"),
        ("Senin, 23 Nov 2026 14:05 WIB | Oleh: Rina Ayu", "2026-11-23T14:05:00+07:00"),
        ("Kamis, 26 Nov 2026 10:05 WITA", "2026-11-26T10:05:00+08:00"),
        ("Kamis, 26 November 2026", "2026-11-26"),
    ],
)
def test_timestamp_lines_of_news_sites(line: str, value: str) -> None:
    assert timestamp_date(line) == (value, False)
    doc = _dated(f"Judul Berita Hari Ini\n\n{line}\n\n{BODY}")
    assert doc.published == value and doc.removed[0].reason == "boilerplate: timestamp"


def test_the_wib_zone_is_kept_whichever_parser_reads_the_date() -> None:
    # the RFC 822 reader took this one and dropped the zone it does not know
    assert normalise_date("Rabu, 25 Nov 2026 09:15 WIB") == "2026-11-25T09:15:00+07:00"
    assert normalise_date("Wed, 25 Nov 2026 09:15:00 +0000") == "2026-11-25T09:15:00+00:00"


def test_a_date_line_inside_the_article_heads_a_chronology_and_stays() -> None:
    raw = (
        "Kronologi Kericuhan di Depan Istana\n\n"
        "Ribuan demonstran masih bertahan di depan Istana selepas batas waktu pukul 18.00 "
        "WIB, dan kericuhan terjadi ketika polisi membubarkan massa.\n\n"
        "Sabtu, 5 November 2016\n\n"
        "Pukul 06.12 WIB, polisi mengamankan 15 orang di Penjaringan.\n"
    )
    doc = _dated(raw)
    assert "Sabtu, 5 November 2016" in doc.text and doc.published is None


def test_the_page_date_step_runs_in_the_clean_stage() -> None:
    from warta.clean.stage import clean_steps

    doc = Document(id="p", raw="Judul Berita\n\nRabu, 25 Nov 2026 09:15 WIB\n\n" + BODY)
    list(Pipeline(clean_steps()).run([doc]))
    assert doc.published == "2026-11-25T09:15:00+07:00"


def test_hingga_opening_a_sentence_means_as_of_not_until() -> None:
    text = "Hingga Rabu pagi, BMKG mencatat 14 kali gempa susulan."
    values = {d["text"]: d["value"] for d in extract_dates(text, published="2026-11-27")}
    assert values["Rabu pagi"] == "2026-11-25"
    ahead = "Pameran itu digelar hingga Rabu."
    values = {d["text"]: d["value"] for d in extract_dates(ahead, published="2026-11-27")}
    assert values["Rabu"] == "2026-12-02"


def test_malay_month_names_are_dates_not_amounts() -> None:
    text = "Mereka boleh memohon mulai 1 Disember ini hingga 31 Ogos 2027."
    values = {d["text"]: d["value"] for d in extract_dates(text, published="2026-11-20")}
    assert values["1 Disember"] == "2026-12-01" and values["31 Ogos 2027"] == "2027-08-31"
    assert extract_quantities(text) == []


def test_unitless_numbers_side_by_side_are_no_duration() -> None:
    assert [q["value"] for q in extract_quantities("Skor akhir 1 3 untuk tim tamu.")] == [1, 3]
    duration = extract_quantities("Waktunya 1 menit 29,897 detik.")
    assert [(q["value"], q["unit"]) for q in duration] == [(89.897, "second")]


def test_a_caption_under_a_photo_button_and_bare_page_numbers_are_furniture() -> None:
    raw = (
        "Banjir Rob Rendam Pesisir Pekalongan\n\n"
        "TEMPO.CO, Pekalongan - Banjir rob kembali merendam sejumlah desa di pesisir "
        "Kabupaten Pekalongan sejak Kamis dini hari.\n\n"
        "Lihat Foto\n"
        "Warga menerobos banjir rob di Desa Jeruksari, Kecamatan Tirto, Kamis, 26 November "
        "2026. ANTARA/Harviyan Perdana Putra\n\n"
        "Ketinggian air mencapai 80 sentimeter di beberapa titik.\n\n"
        "Halaman\n1 2\nSelanjutnya\n"
    )
    doc = _dated(raw)
    reasons = [(span.reason, span.text[:12]) for span in doc.removed]
    assert ("boilerplate: caption", "Warga menero") in reasons
    assert ("boilerplate: pagination", "1 2") in reasons
    assert "Ketinggian air" in doc.text and "Warga menerobos" not in doc.text


def test_a_dot_co_outlet_is_no_sentence_end() -> None:
    from warta.extract.tokenize import sentences

    text = "TEMPO.CO, Pekalongan - Banjir rob kembali merendam desa. Air naik."
    assert [text[a:b] for a, b in sentences(text)] == [
        "TEMPO.CO, Pekalongan - Banjir rob kembali merendam desa.",
        "Air naik.",
    ]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://nasional.kompas.com/read/2026/11/28/16420001/jaksa-tuntut", "2026-11-28"),
        ("https://www.cnnindonesia.com/nasional/20261128123456-20-1234567/dpr", "2026-11-28"),
        ("https://makassar.tribunnews.com/2026/11/25/pemkot-makassar", "2026-11-25"),
        ("https://news.detik.com/berita/d-7654321/gempa", None),
        ("https://example.com/2026/13/45/not-a-day", None),
    ],
)
def test_the_day_an_article_url_carries(url: str, day: str | None) -> None:
    assert url_date(url) == day


def test_a_url_dates_a_page_without_a_timestamp_line() -> None:
    doc = Document(id="u", raw="Judul\n\n" + BODY, url="https://x.kompas.com/read/2026/11/28/1/a")
    PageDate().process(doc)
    assert (doc.published, doc.annotations["published_from"]) == ("2026-11-28", "url")
    # the removed "Artikel ini telah tayang di …" note names the article's own URL
    raw = (
        "Judul\n\n" + BODY + "\nArtikel ini telah tayang di Tribun-Timur.com dengan judul "
        "Pemkot Tertibkan PKL, https://makassar.tribunnews.com/2026/11/25/pemkot-tertibkan\n"
    )
    noted = _dated(raw)
    assert (noted.published, noted.annotations["published_from"]) == ("2026-11-25", "url")
    # a timestamp line, with its time of day, goes first
    both = Document(
        id="b",
        raw="Judul\n\nKompas.com - 27/11/2026, 16:42 WIB\n\n" + BODY,
        url="https://x.kompas.com/read/2026/11/28/1/a",
    )
    for step in (BoilerplateFilter(), PageDate()):
        step.process(both)
    assert both.published == "2026-11-27T16:42:00+07:00"


def test_a_press_release_dateline_dates_it_and_stays_out_of_the_summary() -> None:
    from warta.extract.summary import summarize

    raw = (
        "Bank Mandiri Salurkan KUR Rp 42 Triliun\n\n"
        "Jakarta, 27 November 2026 – PT Bank Mandiri (Persero) Tbk mencatat penyaluran "
        "Kredit Usaha Rakyat mencapai Rp 42 triliun hingga akhir Oktober 2026.\n\n"
        "Penyaluran difokuskan pada sektor produktif, terutama pertanian dan perikanan, "
        "kata manajemen bank dalam keterangan resminya.\n\n"
        "Kontak Media:\nTelp. (021) 5245000\nEmail: humas@bankmandiri.co.id\n"
    )
    doc = _dated(raw)
    assert (doc.published, doc.annotations["published_from"]) == ("2026-11-27", "dateline")
    assert "5245000" not in doc.text and "humas@" not in doc.text
    first = next(doc.text[a:b] for a, b in summarize(doc.text))
    assert first.startswith("PT Bank Mandiri")
    # a line that only begins like a contact label is content
    kept = _dated("Judul\n\n" + BODY + "\nKontak media pemerintah dibatasi sejak pekan lalu\n")
    assert "Kontak media pemerintah" in kept.text


def test_an_index_level_is_a_value_and_a_rank_a_label() -> None:
    level = extract_quantities("IHSG ditutup turun 0,8 persen ke level 7.112,45 pada sore ini.")
    assert [q["value"] for q in level] == [0.8, 7112.45]
    assert [q["value"] for q in extract_quantities("Indeks dolar naik ke posisi 106,8.")] == [106.8]
    assert extract_quantities("Tim itu naik ke posisi 3 klasemen sementara.") == []


def test_published_from_is_part_of_the_record_schema() -> None:
    import jsonschema

    from warta.schema import validate_record

    doc = _dated("Judul Berita\n\nKompas.com - 27/11/2026, 16:42 WIB\n\n" + BODY)
    validate_record(doc.to_dict())
    broken = {**doc.to_dict(), "published_from": "guess"}
    with pytest.raises(jsonschema.ValidationError):
        validate_record(broken)


def test_the_page_date_makes_the_original_the_canonical_copy(tmp_path: Path) -> None:
    import json

    from warta.api import analyze, make_options

    original = (
        "Jaksa Tuntut Eks Dirut Anak Usaha BUMN 9 Tahun Penjara\n\n"
        "Kompas.com - 28/11/2026, 16:42 WIB\n\n" + BODY * 3
    )
    copy = original.replace(
        "Kompas.com - 28/11/2026, 16:42 WIB", "Tribunnews.com - Sabtu, 29 November 2026 08:10 WIB"
    )
    src = tmp_path / "in.jsonl"
    # the copy arrives first; the page dates say which was published first
    src.write_text(
        json.dumps({"id": "tribun", "text": copy})
        + "\n"
        + json.dumps({"id": "kompas", "text": original})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    analyze([str(src)], options=make_options(steps="clean,dedup"), out=str(out))
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert records["tribun"]["duplicate_of"] == "kompas"
    assert records["kompas"]["duplicate_of"] is None


def test_a_url_dates_a_page_even_without_the_boilerplate_step() -> None:
    from warta.clean.stage import CleanOptions, clean_steps

    doc = Document(id="u", raw="Judul\n\n" + BODY, url="https://x.kompas.com/read/2026/11/28/1/a")
    list(Pipeline(clean_steps(CleanOptions(boilerplate=False, language=False))).run([doc]))
    assert (doc.published, doc.annotations["published_from"]) == ("2026-11-28", "url")
