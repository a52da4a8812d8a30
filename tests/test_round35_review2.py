"""Session 35, second review: where the round's new rules misfired (a clause's subject after
a work's noun, two people in a headline joined into one, a place named "… Gate", a nickname
of someone new, a day after a firm's name, a body and its kind, a Malaysian firm read as a
Burmese name, an aside that closes before the verb)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def test_the_subject_after_a_clause_ending_in_a_works_noun_stays() -> None:
    album = "Di album keduanya, Raisa banyak menulis lagu sendiri. Album itu dirilis pada 2016."
    assert ("Raisa", "PER") in _mentions(album)
    film = (
        "Dalam film terbarunya, Reza Rahadian berperan sebagai seorang pengacara. Film itu "
        "tayang bulan depan."
    )
    assert ("Reza Rahadian", "PER") in _mentions(film)
    book = (
        "Lewat buku terbarunya, Susilo Bambang Yudhoyono menuliskan pengalamannya memimpin "
        "Indonesia."
    )
    assert ("Susilo Bambang Yudhoyono", "PER") in _mentions(book)


def test_two_people_in_a_headline_are_not_one_name() -> None:
    for text, first, second in (
        ("Ahok Dan Djarot Kompak Hadiri Sidang", "Ahok", "Djarot"),
        ("Anies Vs Ahok di Putaran Kedua Pilkada DKI", "Anies", "Ahok"),
        ("Ahok Minta Anies Lanjutkan Program Normalisasi Sungai", "Ahok", "Anies"),
        ("Sandi Atau Anies, Siapa yang Lebih Populer?", "Sandi", "Anies"),
    ):
        names = [t for t, label in _mentions(text) if label == "PER"]
        assert first in names, text
        assert not any(first in n and second in n for n in names), text


def test_a_place_named_gate_is_no_scandal() -> None:
    text = (
        "Wisatawan berfoto di Jembatan Golden Gate, San Francisco. Golden Gate menjadi ikon "
        "kota itu."
    )
    assert any("Golden Gate" in t for t, _ in _mentions(text))


def test_a_nickname_of_someone_new_or_of_a_relation_is_not_the_person_named_before() -> None:
    stranger = (
        "Gubernur DKI Jakarta Anies Baswedan mengunjungi rumah seorang nenek yang akrab disapa "
        "Ani di Tanah Abang. Ani tinggal sendirian di rumah itu."
    )
    assert _canonical(stranger)["Ani"] != "Anies Baswedan"
    daughter = (
        "Anies Baswedan datang bersama putrinya yang akrab disapa Ani. Ani kini kuliah di luar "
        "negeri."
    )
    assert _canonical(daughter)["Ani"] != "Anies Baswedan"
    partner = (
        "Tontowi Ahmad dan rekannya yang akrab disapa Owi itu berlatih di Cipayung. Owi "
        "mengaku siap."
    )
    assert _canonical(partner)["Owi"] != "Tontowi Ahmad"


def test_a_day_after_a_firms_one_word_name_is_no_part_of_it() -> None:
    text = (
        "Saham PT Timah Senin kemarin ditutup melemah. Direktur Utama PT Timah Riza Pahlevi "
        "mengaku tidak khawatir."
    )
    assert ("PT Timah", "ORG") in _mentions(text)
    assert not any("Senin" in t for t, _ in _mentions(text))


def test_a_body_after_the_word_for_its_kind_is_the_body() -> None:
    bank = (
        "Bank Danamon mencatat laba bersih Rp 3 triliun. Danamon menargetkan pertumbuhan kredit "
        "10 persen."
    )
    assert _canonical(bank)["Danamon"] == _canonical(bank)["Bank Danamon"]
    daily = "Harian Kompas menggelar diskusi publik. Kompas mengundang sejumlah pakar."
    assert _canonical(daily)["Kompas"] == _canonical(daily)["Harian Kompas"]


def test_u_after_another_country_opens_no_burmese_name() -> None:
    text = "Operator seluler Malaysia U Mobile menggandeng Huawei untuk jaringan 5G."
    assert ("U Mobile", "PER") not in _mentions(text)


def test_an_aside_closing_before_the_verb_keeps_its_office() -> None:
    base = "Marsma Fadjar Prasetyo, Komandan Lanud Halim Perdanakusuma, memimpin upacara."
    # ("Marsma" is a rank, no part of the name)
    assert _roles(base)["Fadjar Prasetyo"]
    station = "Kuncoro, Kepala Stasiun Meteorologi Sultan Hasanuddin, mengatakan cuaca cerah."
    assert _roles(station)["Kuncoro"]
