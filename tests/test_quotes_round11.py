"""Speaker attribution (round 11, from fresh sets scored once before): a passive verb after a
comma that names no agent, and the "dia" closing a quote after someone the previous quote
only talked about."""

from __future__ import annotations

from typing import Any

from warta.extract.entities import find_entities
from warta.extract.quotes import extract_quotes


def _quotes(text: str) -> list[dict[str, Any]]:
    return extract_quotes(text, entities=find_entities(text))


def test_a_passive_without_its_agent_after_the_cue_names_no_speaker() -> None:
    text = (
        "Ketua Komisi X DPR Teguh Prasetyo meminta dana sekolah segera dicairkan.\n\n"
        "Surat itu, lanjutnya, disampaikan langsung ke Presiden Joko Widodo, Wakil Presiden "
        "Jusuf Kalla, hingga para menteri."
    )
    quotes = _quotes(text)
    assert quotes[-1]["text"].startswith("Surat itu")
    assert quotes[-1].get("speaker") == "Teguh Prasetyo"


def test_the_passive_with_its_agent_after_a_comma_still_names_it() -> None:
    for text in (
        "Pembangunan jalan tol itu ditargetkan selesai pada akhir tahun depan, dijelaskan Budi "
        "Karya Sumadi di Jakarta.",
        "Pembangunan jalan tol itu ditargetkan selesai pada akhir tahun depan, diungkapkan oleh "
        "Menteri Perhubungan Budi Karya Sumadi di Jakarta.",
    ):
        assert [q.get("speaker") for q in _quotes(text)] == ["Budi Karya Sumadi"]


def test_dia_after_a_quote_is_the_speaker_not_whom_the_quote_named() -> None:
    text = (
        '"Pelakunya dua orang, yaitu Ahmad Sutisna dan Dedi Kurnia, keduanya warga Jambi," '
        "kata Kapolda Sumatera Barat Irjen Pol Fakhrizal di Padang, Minggu.\n\n"
        "Ahmad Sutisna berasal dari Kota Bungo.\n\n"
        '"Keduanya akan kami periksa untuk mendalami kasus ini," kata dia.'
    )
    assert [q.get("speaker") for q in _quotes(text)] == ["Fakhrizal", "Fakhrizal"]


def test_narration_may_still_make_the_person_talked_about_speak() -> None:
    text = (
        '"Kami juga memeriksa sejumlah saksi, termasuk Rudi Hartono," kata juru bicara KPK, '
        "Febri Diansyah.\n\n"
        "Pekan lalu, Rudi Hartono yang merupakan mantan menteri diperiksa di Gedung KPK. Ia "
        "mengaku ditanya soal penerbitan surat keterangan lunas."
    )
    assert [q.get("speaker") for q in _quotes(text)] == ["Febri Diansyah", "Rudi Hartono"]


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Pebalap Yamaha Valentino Rossi punya pandangan sendiri soal rivalnya, Marc Marquez.\n\n"
        "Marquez kini unggul lima poin dari Maverick Vinales usai menang di Jerman.\n\n"
        "Buat Rossi, sukses yang diraih Marquez itu adalah buah dari ketekunan selama ini.\n\n"
        '"Ketika dia harus menang dan yakin, ia bisa menang," kata Rossi dikutip Autosport.'
    )
    assert [q.get("speaker") for q in _quotes(text)][-1] == "Valentino Rossi"


def test_a_person_noun_cut_from_its_relative_clause_is_the_person_named_before() -> None:
    text = (
        "Walikota Bandung, Ridwan Kamil mengatakan pihaknya tengah bernegosiasi dengan sebuah "
        "perusahaan asal Nevada.\n\n"
        "Pria yang akrab disapa Kang Emil ini ingin mengajak perusahaan tersebut untuk "
        "membangun pusat data di Bandung.\n\n"
        '"Saya lupa nama perusahaannya," ungkapnya.'
    )
    assert [q.get("speaker") for q in _quotes(text)] == ["Ridwan Kamil"] * 3


def test_a_person_the_paragraph_introduces_speaks_its_quote() -> None:
    text = (
        '"Diskusi saya dengan Hasan Salihamidzic telah menunjukkannya," tutur Karl Rummenigge.\n\n'
        "Direktur olahraga Bayern, Hasan Salihamidzic, kemudian menyanjung Heynckes. "
        '"Jupp Heynckes adalah master dari kepemimpinan," ujarnya.'
    )
    assert [q.get("speaker") for q in _quotes(text)][-1] == "Hasan Salihamidzic"


def test_only_an_auxiliary_closing_a_speaker_phrase_is_cut() -> None:
    # "Slamet telah …" loses "telah"; "sebuah studi baru" keeps "baru"
    text = (
        "Sebagian besar kebakaran hutan di Amerika Serikat disebabkan ulah manusia, menurut "
        "sebuah studi baru."
    )
    assert [q.get("speaker") for q in _quotes(text)] == ["sebuah studi baru"]


def test_a_body_glued_before_the_name_stays_in_the_role() -> None:
    text = (
        "Promogo terus tumbuh. CEO Promogo Andrew Tanyono memandang ini sebagai bukti.\n\n"
        '"Sejauh ini Promogo sudah ada di 18 kota," kata Andrew.'
    )
    assert [(q.get("speaker"), q.get("role")) for q in _quotes(text)] == [
        ("Andrew Tanyono", "CEO Promogo")
    ]
