"""Review of session 36's later rules (b2e840e..f707b84): adversarial probes that misfired."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes

from warta.extract.entities import find_entities


def _canonicals(text: str) -> list[tuple[str, str]]:
    return [(str(m["text"]), str(m["canonical"])) for m in find_entities(text)]


def test_a_person_cited_after_mengutip_and_named_again_stays_a_person() -> None:
    text = (
        "Mengutip Sri Mulyani, defisit anggaran masih terkendali. Sri Mulyani juga meminta "
        "kementerian berhemat."
    )
    assert _mentions(text) == [("Sri Mulyani", "PER"), ("Sri Mulyani", "PER")]


def test_a_person_cited_after_mengutip_with_an_honorific_stays_a_person() -> None:
    text = "Mengutip Bung Karno, Megawati meminta kader tidak melupakan sejarah."
    assert ("Bung Karno", "PER") in _mentions(text)


def test_a_body_someones_office_names_is_no_surname() -> None:
    text = (
        "Pebalap Prancis Norman Nato finis kelima. Sementara itu Sekjen Nato Jens Stoltenberg "
        "mengecam serangan itu. Nato juga mengirim pasukan."
    )
    found = _mentions(text)
    assert ("Norman Nato", "PER") in found
    assert ("Nato", "PER") not in found
    assert found.count(("Nato", "ORG")) == 2


def test_a_sum_after_a_passive_verb_of_saying_is_no_speaker() -> None:
    text = (
        'Pemerintah menyiapkan dana tambahan. "Dana itu untuk rehabilitasi," ditambahkan Rp 5 '
        "miliar lagi oleh Pemprov."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == [None]
    text = '"Itu harus diperbaiki," dikatakan US$ 10 juta dana bantuan tak cukup.'
    assert [speaker for speaker, _, _ in _quotes(text)] == [None]


def test_an_article_of_law_after_a_passive_verb_of_saying_is_no_speaker() -> None:
    text = (
        'Aturan itu tegas. "Setiap orang dilarang merokok di ruang publik," disebutkan Pasal 5 '
        "Perda tersebut."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == [None]


def test_the_asker_goes_on_after_a_question_put_to_someone() -> None:
    text = (
        '"Apakah Anda siap?" tanya Budi kepada Andi. "Kalau siap, kita berangkat sekarang," '
        "lanjutnya."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Budi", "Budi"]
    text = (
        '"Kenapa diam saja?" tanya Budi kepada Andi sambil tertawa. "Saya juga heran," '
        "imbuhnya lagi."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Budi", "Budi"]


def test_the_one_asked_still_answers_and_goes_on() -> None:
    text = (
        '"Apakah Anda siap?" tanya Budi kepada Andi. "Saya siap," jawabnya. "Kami berangkat '
        'besok," lanjutnya.'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Budi", "Andi", "Andi"]


def test_a_name_ending_otherwise_is_another_person() -> None:
    text = (
        "Irma Suryani, warga Bekasi, melapor ke polisi. Tetangganya, Dewi Irma Suryana, "
        "membantah tuduhan itu. Irma Suryani mengaku rugi Rp 10 juta."
    )
    assert ("Irma Suryani", "Irma Suryani") in _canonicals(text)
    assert ("Irma Suryani", "Dewi Irma Suryana") not in _canonicals(text)
    text = "Ketua DPRD Ahmad Yani hadir bersama Muhammad Ahmad Yanis. Ahmad Yani memberi sambutan."
    assert ("Ahmad Yani", "Muhammad Ahmad Yanis") not in _canonicals(text)


def test_a_name_spelt_otherwise_inside_is_still_the_fuller_one() -> None:
    text = "Gubernur Banten Ratu Atut Chosiyah diperiksa KPK. Atut Choisiyah membantah tuduhan itu."
    assert ("Atut Choisiyah", "Ratu Atut Chosiyah") in _canonicals(text)
