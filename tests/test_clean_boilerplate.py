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
        ("[Gambas:Video 20detik]", "embed"),
        ("[Gambas:Instagram]", "embed"),
        ("Scroll untuk membaca", "ad"),
        ("Gulir ke bawah untuk melanjutkan", "ad"),
        ("Lanjutkan Membaca ↓", "ad"),
        ("Gabung Kompas.com+", "ad"),
        ("Laporan Wartawan Tribunnews.com, Abdul Majid", "byline"),
        ("Kontributor Yogyakarta, Wijaya Kusuma", "byline"),
        ("Rep: Muhyiddin Red: Ani Nursalikah", "byline"),
        ("Redaktur & Reporter : Boy", "byline"),
        ("(mdk/fik)", "byline"),
        ("IDN Times/Larasati Rey", "credit"),
        ("Sumber : Antara", "source-note"),
        ("Pilihan Editor: KPK Tetapkan Tiga Tersangka Baru", "baca-juga"),
        ("Simak! Video Pilihan Redaksi:", "video"),
        ("Jangan Lewatkan Video Terbaru:", "video"),
        ("Follow Berita Okezone di Google News", "follow"),
        ("Cek Berita dan Artikel yang lain di Google News dan WA Channel", "baca-juga"),
        ("BACA HALAMAN BERIKUTNYA", "pagination"),
        ("Kompas.com - 14/03/2025, 10:15 WIB", "timestamp"),
        ("Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.", "consent"),
        ("Tulis komentar...", "comments"),
        ("COPYRIGHT © ANTARA 2025", "copyright"),
        ("*) Penulis adalah dosen Linguistik di Universitas Gadjah Mada.", "author-note"),
        ("DailySocial.id adalah portal berita startup dan inovasi teknologi.", "source-note"),
        ("Berita Terkait", "related"),
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
        "JAKARTA, KOMPAS.com - Badan Pangan Nasional mencatat harga beras naik di 12 provinsi.",
        "Jakarta, CNN Indonesia -- Bank Indonesia menahan suku bunga acuan.",
        "Berita terkait penangkapan tim sukses itu juga menjadi bahan perdebatan.",
        "Simak juga penjelasan peneliti mengenai habitat katak tersebut dalam laporan lengkapnya.",
        "Tonton videonya sampai habis untuk melihat prosesnya, kata pemilik kanal YouTube itu.",
        "Video itu viral di media sosial sejak Rabu pagi.",
        "Sumber air bersih dan irigasi juga menjadi perhatian.",
        "Halaman sekolah dasar di Kecamatan Genuk terendam banjir setinggi 40 sentimeter.",
        "Editor senior majalah itu meninggal dunia di Yogyakarta.",
        "Polisi membaca dakwaan tambahan terhadap salah satu pelaku.",
        "Kronologi Kejadian",
        "Sumber Dana Kampanye Dipersoalkan Bawaslu",
        "Foto udara memperlihatkan rumah warga yang tertimbun lumpur.",
        "Cek Fakta: Unggahan di Facebook soal Vaksin Itu Hoaks",
        "Baca selengkapnya laporan BPK tentang dana desa di laman resminya.",
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


def _clean(*lines: str) -> Document:
    doc = Document(id="d", raw="\n\n".join(lines))
    list(BoilerplateFilter().run([doc]))
    return doc


def test_related_headlines_under_a_header_go_and_the_next_paragraph_stays() -> None:
    doc = _clean(
        "Judul Berita",
        "Suara.com - Seorang pria mengembalikan dompet berisi uang kepada pemiliknya.",
        "Baca Juga:",
        "Kisah Tukang Parkir Kembalikan HP Milik Turis Asing",
        "Viral Bocah SD Serahkan Uang Temuan ke Polisi",
        "Video kejadian itu direkam oleh kamera pengawas toko.",
    )
    assert [s.reason for s in doc.removed] == [
        "boilerplate: baca-juga",
        "boilerplate: related",
        "boilerplate: related",
    ]
    assert doc.text.endswith("Video kejadian itu direkam oleh kamera pengawas toko.")


def test_a_bare_baca_header_takes_its_list_and_a_blank_line_ends_it() -> None:
    doc = Document(
        id="d",
        raw=(
            "Judul Berita\n"
            "Rimanews - Seorang astronaut mengaku mendengar suara aneh di luar angkasa.\n\n"
            "baca: \r\n Tiongkok Luncurkan Misi Luar Angkasa \r\n Catatan Invasi Alien ke Bumi\n\n"
            "Ratna Sari Dewi Soekarno \r\n"
            " Ibu negara itu pernah tinggal di Jepang selama bertahun-tahun.\n"
        ),
    )
    BoilerplateFilter().process(doc)
    assert [s.reason for s in doc.removed] == [
        "boilerplate: baca-juga",
        "boilerplate: related",
        "boilerplate: related",
    ]
    assert "Ratna Sari Dewi Soekarno" in doc.text  # the section heading after the blank line


def test_related_headlines_separated_by_blank_lines_still_go() -> None:
    doc = _clean(
        "Judul Berita",
        "Suara.com - Seorang pria mengembalikan dompet berisi uang kepada pemiliknya.",
        "Baca Juga:",
        "",
        "Kisah Tukang Parkir Kembalikan HP Milik Turis Asing",
        "",
        "Viral Bocah SD Serahkan Uang Temuan ke Polisi",
        "",
        "Video kejadian itu direkam oleh kamera pengawas toko.",
    )
    assert [s.reason for s in doc.removed][1:] == ["boilerplate: related"] * 2


def test_section_heading_after_a_paragraph_is_not_a_related_headline() -> None:
    doc = _clean(
        "Judul Berita",
        "Berita Terkait",
        "Harga Tiket Timnas Mulai Rp 250 Ribu",
        "Isi berita yang panjang dan lengkap.",
        "Kronologi Kejadian",
    )
    assert "Kronologi Kejadian" in doc.text
    assert "Harga Tiket" not in doc.text


def test_kompas_pagination_numbers_go_with_their_header() -> None:
    doc = _clean("Judul", "Isi berita.", "Halaman:", "1", "2", "Selanjutnya")
    assert doc.text == "Judul\n\nIsi berita."


def test_numbered_heading_in_a_listicle_is_kept() -> None:
    doc = _clean("Judul", "Berikut faktanya.", "1. Ditangkap di rumah kontrakan", "Isi.")
    assert doc.removed == []


def test_photo_caption_with_credit_is_removed_whole() -> None:
    doc = _clean(
        "Judul",
        "Isi berita.",
        "Petugas memadamkan api di gedung kejaksaan, Sabtu (22/8/2025). (KOMPAS.com/Rahel N)",
        "Pedagang menata cabai di Pasar Terong, Senin (3/3/2025). ANTARA FOTO/Arnas Padda/tom.",
    )
    assert [s.reason for s in doc.removed] == ["boilerplate: caption"] * 2


def test_paragraph_ending_in_an_agency_credit_keeps_its_text() -> None:
    line = '"Kami puas dengan hasilnya," ujar Riri kepada wartawan. (ANTARA/les)'
    doc = _clean("Judul", line)
    assert [s.reason for s in doc.removed] == ["boilerplate: inline"]
    assert doc.text.endswith("ujar Riri kepada wartawan.")


def test_source_note_goes_only_at_the_end_of_the_article() -> None:
    doc = _clean("Judul", "Sumber: The Verge.", "Isi berita.", "Sumber: The Verge.")
    assert [s.line for s in doc.removed] == [6]


def test_sentence_about_a_source_at_the_end_is_kept() -> None:
    doc = _clean("Judul", "Isi berita.", "Sumber dana relokasi berasal dari APBD kota.")
    assert doc.removed == []


def test_byline_on_the_first_line_is_removed() -> None:
    doc = _clean("Reporter: M. Yazid", "Judul", "Isi berita.")
    assert [s.line for s in doc.removed] == [0]


def test_cookie_notice_takes_its_buttons() -> None:
    doc = _clean(
        "Judul",
        "Isi berita.",
        "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda "
        "menyetujui penggunaan cookie.",
        "Setuju",
    )
    assert [s.reason for s in doc.removed] == ["boilerplate: consent"] * 2


def test_source_note_before_a_paragraph_with_a_trailing_credit_is_kept() -> None:
    doc = _clean("Judul", "Sumber: BPS", "Korban tewas mencapai 13 orang. (Antara/Reuters)")
    assert [(s.line, s.reason) for s in doc.removed] == [(4, "boilerplate: inline")]
    assert doc.text == "Judul\n\nSumber: BPS\n\nKorban tewas mencapai 13 orang."


def test_markup_inside_a_line_goes_and_the_sentence_stays() -> None:
    doc = _clean(
        "Judul",
        'Pemain itu <img src="a.jpg" alt="foto"> datang ke stadion pada Senin malam.<br/>',
    )
    assert {s.reason for s in doc.removed} == {"boilerplate: markup"}
    assert doc.text == "Judul\n\nPemain itu datang ke stadion pada Senin malam."


def test_an_image_caption_left_in_its_markup_goes_whole() -> None:
    # a tag whose "<" the extraction lost, around the image's caption
    caption = (
        'Alessandro Del Piero "src="https://cdns.example.net/upload/piero_f8bd1e4.jpg" '
        'style="height: 234 px; width: 468 px; "/>'
    )
    doc = _clean("Judul", "Del Piero menyarankan Ronaldo datang ke Turin.", caption, "Isi lain.")
    assert [(s.line, s.reason) for s in doc.removed] == [(4, "boilerplate: markup")]


@pytest.mark.parametrize(
    "line",
    [
        "Nilai x < 5 dan y > 3 tetap berlaku, kata dia.",
        "Rumus a=b berlaku di semua kelas, ujar guru itu.",
        "Skor akhir 3 <> 2 tidak dihitung oleh wasit.",
    ],
)
def test_signs_that_are_no_markup_stay(line: str) -> None:
    assert _clean("Judul", line).removed == []
