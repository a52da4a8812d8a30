"""Site furniture is removed with a reason; headings, titles and real sentences are not."""

from __future__ import annotations

import pytest

from warta.clean.boilerplate import BoilerplateFilter, furniture_kind
from warta.clean.normalize import fold
from warta.document import Document


def _kind(line: str) -> str | None:
    return furniture_kind(fold(line).lower())


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Baca juga: Harga Cabai Melonjak Jelang Lebaran", "baca-juga"),
        ("[Baca Juga: Timnas Lolos ke Semifinal]", "baca-juga"),
        ("SIMAK JUGA - Klasemen Liga 1 Terbaru", "baca-juga"),
        ("Baca_Juga", "baca-juga"),
        ("SCROLL TO CONTINUE WITH CONTENT", "ad"),
        ("ADVERTISEMENT", "ad"),
        ("Simak video berikut ini:", "video"),
        ("Tonton juga: Detik-detik Banjir Bandang", "video"),
        ("Bagikan artikel ini:", "share"),
        ("Ikuti kami di Google News", "follow"),
        (
            "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. "
            "Mari bergabung di Kompas.com WhatsApp Channel.",
            "follow",
        ),
        ("Copyright © 2024 PT Warta Kita", "copyright"),
        ("Foto: ANTARA/Dhemas Reviyanto", "credit"),
        ("(Foto: Dok. Istimewa)", "credit"),
        ("Editor: Rina", "byline"),
        ("Pewarta: Budi Santoso", "byline"),
        ("(ant/nat)", "byline"),
        ("Halaman selanjutnya", "pagination"),
        ("Daftar newsletter kami lewat email.", "newsletter"),
        ("Artikel ini telah tayang di Tribunnews.com dengan judul X", "source-note"),
    ],
)
def test_furniture_is_recognised(line: str, kind: str) -> None:
    assert _kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Enklave yang diduduki",
        "‘Lihat lagi’",
        "Simak tips berikut ini:",
        "Putin, Biden pada prinsipnya setuju untuk mengadakan pertemuan puncak",
        "Sumber: Badan Pusat Statistik.",
        "Penyidik membaca ulang berkas perkara sebelum menyerahkannya ke jaksa.",
        "Editor majalah itu ditahan polisi karena laporannya, kata kuasa hukumnya kepada wartawan.",
        "Dapatkan subsidi pupuk dengan mendaftar di kelompok tani setempat, kata dinas pertanian.",
    ],
)
def test_heading_and_news_sentence_are_not_furniture(line: str) -> None:
    assert _kind(line) is None


def test_inline_baca_juga_removes_only_the_bracket() -> None:
    line = "Harga beras naik 5 persen. (Baca juga: Stok Beras Aman) Pemerintah menambah impor."
    doc = Document(id="d", raw=f"Judul\n\n{line}")
    list(BoilerplateFilter().run([doc]))
    assert [s.reason for s in doc.removed] == ["boilerplate: inline"]
    assert doc.text == "Judul\n\nHarga beras naik 5 persen. Pemerintah menambah impor."


def test_removed_lines_carry_the_boilerplate_reason() -> None:
    doc = Document(id="d", raw="Judul berita\n\nIsi berita yang panjang.\n\nADVERTISEMENT\n")
    list(BoilerplateFilter().run([doc]))
    assert [(s.line, s.reason) for s in doc.removed] == [(4, "boilerplate: ad")]
    assert "ADVERTISEMENT" not in doc.text


def test_video_title_on_the_first_line_is_kept() -> None:
    raw = "VIDEO: Banjir Bandang Terjang Garut\n\nAir setinggi dua meter merendam rumah warga.\n"
    doc = Document(id="d", raw=raw)
    list(BoilerplateFilter().run([doc]))
    assert doc.removed == []


def test_advertisement_on_the_first_line_is_still_removed() -> None:
    doc = Document(id="d", raw="ADVERTISEMENT\n\nJudul Berita\n\nIsi berita.")
    list(BoilerplateFilter().run([doc]))
    assert [s.line for s in doc.removed] == [0]
