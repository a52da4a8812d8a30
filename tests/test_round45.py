"""Session 45: what random IndoSum articles showed (a specialist's degrees after the name, an
athlete sharing a firm's name, letters that are a one-word name's own)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes


def test_a_specialist_s_degrees_are_neither_bodies_nor_part_of_the_name() -> None:
    text = (
        '"Malnutrisi memperlambat proses penyembuhan," jelas DR. Dr. Noorwat S. SpPD, KHOM '
        "saat ditemui di Hotel JS Luwansa, Jakarta Selatan, Selasa (29/8).\n\n"
        "Kadiskes Kolinlamil Letkol Laut (K) dr. Hengky Setyahadi Sp. B, FINACS, FICS, "
        "mengatakan fumigasi adalah salah satu cara pengendalian hama."
    )
    found = _mentions(text)
    assert ("Noorwat S.", "PER") in found
    assert ("Hengky Setyahadi", "PER") in found
    assert not {"KHOM", "FINACS", "FICS", "SpPD"} & {name for name, _ in found}
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Noorwat S.", "Hengky Setyahadi"]


def test_letters_after_someone_who_is_no_person_stay_names() -> None:
    # suspects named by their initials: "AK" opens no list of degrees
    text = "Dia menjelaskan, kelima pelaku yakni Yudi, AK, AR, SH, dan R memiliki peran berbeda."
    assert "AR" in {name for name, _ in _mentions(text)}


def test_degrees_trimmed_from_a_speaker_keep_two_name_words() -> None:
    text = '"Putusan itu final," kata Ketua MK Mahfud MD di Jakarta.'
    assert _quotes(text) == [("Mahfud MD", "Ketua MK", "Putusan itu final")]
    text = '"Kami siap," kata dr. Budi Santoso Sp. OG (K) kepada wartawan.'
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Budi Santoso"]


def test_a_quoted_athlete_who_shares_a_firm_s_name_is_a_person() -> None:
    text = (
        "JUARA.NET, FUZHOU - Pebulu tangkis tunggal putra Indonesia, Sony Dwi Kuncoro, harus "
        "angkat kopor lebih awal pada China Open 2017.\n\n"
        "Sony langsung kalah pada babak final kualifikasi. Sony gagal memanfaatkan "
        'kesempatan tersebut.\n\n"Lawan mainnya bagus," ujar Sony.'
    )
    found = _mentions(text)
    assert ("Sony Dwi Kuncoro", "PER") in found
    assert ("Sony", "ORG") not in found
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Sony Dwi Kuncoro"]


def test_a_firm_named_after_the_word_kata_stays_a_firm() -> None:
    # "pada kata ThinkPad": "kata" is the word, no cue of a quote
    text = (
        "Lenovo tetap mempertahankan desain ThinkPad. Ada LED merah di huruf i pada kata "
        "ThinkPad. Lenovo merayakan ulang tahun ThinkPad ke-25. Meski Thinkpad Anniversary "
        "Edition 25 disiapkan sebagai laptop kerja, Lenovo menjual ThinkPad itu."
    )
    assert all(label != "PER" for name, label in _mentions(text) if "hink" in name)
