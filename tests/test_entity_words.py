"""Rules on the words inside an entity mention (warta.extract.entity_words), on their own
and through find_entities: clause words end names, English heads type them, corporate
titles, citation words and legal forms are no part of them."""

from __future__ import annotations

from typing import Any

import pytest

from warta.extract.entities import find_entities
from warta.extract.entity_rules import hyphenated_names
from warta.extract.entity_words import (
    bodies_across_dan,
    clause_words_end_names,
    english_heads_type_names,
    no_titles_or_legal_forms,
    towns_with_their_country,
)

CASED = "Berita Ini Ditulis Dengan Huruf Besar. "


def _m(text: str, label: str, start: int = 0) -> dict[str, Any]:
    return {"text": text, "label": label, "start": start, "end": start + len(text)}


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m["text"], m["label"]) for m in find_entities(text)]


def test_a_clause_word_ends_a_name_and_a_known_surname_after_it_stays() -> None:
    body = "Warners Bros ingin DiCaprio"
    text = CASED + body
    found = [_m(body, "ORG", len(CASED)), _m("Leonardo DiCaprio", "PER", 0)]
    clause_words_end_names(found, text)
    assert [(m["text"], m["label"]) for m in found] == [
        ("Warners Bros", "ORG"),
        ("DiCaprio", "PER"),
        ("Leonardo DiCaprio", "PER"),
    ]
    assert found[0]["end"] - found[0]["start"] == len("Warners Bros")
    assert text[found[1]["start"] : found[1]["end"]] == "DiCaprio"


@pytest.mark.parametrize(
    ("span", "label", "want"),
    [
        ("Thurman seraya", "PER", "Thurman"),
        ("Kendall menimpali", "PER", "Kendall"),
        ("Palapa D milik Indosat", "ORG", "Palapa D"),
        # particles, joining words and small surnames are part of names
        ("Edwin van der Sar", "PER", "Edwin van der Sar"),
        ("Kementerian Hukum dan HAM", "ORG", "Kementerian Hukum dan HAM"),
        ("University of Edinburgh", "ORG", "University of Edinburgh"),
        ("Haruna soemitro", "PER", "Haruna soemitro"),
        ("Son Heung - min", "PER", "Son Heung - min"),
    ],
)
def test_what_ends_a_name(span: str, label: str, want: str) -> None:
    found = [_m(span, label, len(CASED))]
    clause_words_end_names(found, CASED + span)
    assert [m["text"] for m in found] == [want]


def test_a_bare_head_left_alone_is_dropped() -> None:
    found = [_m("Partai antara Tim Nasional", "ORG", len(CASED))]
    clause_words_end_names(found, CASED + "Partai antara Tim Nasional")
    assert found == []


def test_lower_case_text_is_left_alone() -> None:
    found = [_m("thurman seraya", "PER")]
    clause_words_end_names(found, "thurman seraya menyebut nama produser")
    assert [m["text"] for m in found] == ["thurman seraya"]


@pytest.mark.parametrize(
    ("span", "label", "want"),
    [
        ("Nida Rooms", "PER", "ORG"),
        ("Northumbria University", "LOC", "ORG"),
        ("New York Times", "LOC", "ORG"),
        ("University of Colorado", "LOC", "ORG"),
        ("Convention Exhibition", "PER", "LOC"),
        # a venue named after its owner stays a venue; surnames stay people
        ("Stadion Selayang Municipal Council", "LOC", "LOC"),
        ("Nathan Hall", "PER", "PER"),
        ("James Bay", "PER", "PER"),
        ("Asian Games", "PER", "PER"),
    ],
)
def test_english_heads(span: str, label: str, want: str) -> None:
    found = [_m(span, label)]
    english_heads_type_names(found, span)
    assert found[0]["label"] == want


def test_titles_citations_and_legal_forms() -> None:
    found = [
        _m("CMO Jakmall", "ORG", 10),
        _m("Lansiran Dailymail", "PER", 40),
        _m("Persero) Tbk", "ORG", 70),
        _m("Tbk", "ORG", 90),
    ]
    no_titles_or_legal_forms(found)
    assert [(m["text"], m["start"], m["end"]) for m in found] == [
        ("Jakmall", 14, 21),
        ("Dailymail", 49, 58),
    ]


def test_through_find_entities() -> None:
    assert ("Bandara Soekarno - Hatta", "LOC") in _pairs(
        "Jumlah pemudik di Bandara Soekarno - Hatta naik, kata PT Angkasa Pura II."
    )
    pairs = _pairs("Gugatan terhadap PT Semen Gresik (Persero) Tbk dikabulkan hakim.")
    assert pairs == [("PT Semen Gresik", "ORG")]
    assert ("Jakmall", "ORG") in _pairs(
        "Kepada DailySocial, CMO Jakmall Tommy Lim mengungkapkan target perusahaan."
    )


def test_a_place_joins_a_person_across_a_hyphen_but_two_places_stay_two() -> None:
    text = "Bandara Soekarno - Hatta dan Jakarta - Bandung"
    found = [
        _m("Bandara Soekarno", "LOC", 0),
        _m("Hatta", "PER", 19),
        _m("Jakarta", "LOC", 29),
        _m("Bandung", "LOC", 39),
    ]
    hyphenated_names(found, text)
    assert [(m["text"], m["label"]) for m in found] == [
        ("Bandara Soekarno - Hatta", "LOC"),
        ("Jakarta", "LOC"),
        ("Bandung", "LOC"),
    ]


def test_a_score_between_two_teams_splits_them() -> None:
    pairs = _pairs("Hasil NBA: Phoenix Suns 122-114 Brooklyn Nets, Lakers menang lagi.")
    assert ("Phoenix Suns", "ORG") in pairs
    assert ("Brooklyn Nets", "ORG") in pairs
    assert not any("122" in name for name, _ in pairs)


def test_a_body_joining_two_fields_with_dan_is_one_name() -> None:
    pairs = _pairs(
        "Tim dari Dinas Peternakan dan Kesehatan Hewan Provinsi Bali serta Dinas Pertanian "
        "Kabupaten Karangasem datang ke lokasi pengungsian."
    )
    assert ("Dinas Peternakan dan Kesehatan Hewan Provinsi Bali", "ORG") in pairs
    # two bodies stay two; a person named after the body stays a person
    pairs = _pairs("Menurut Kementerian Keuangan dan Bank Indonesia, inflasi turun tahun ini.")
    assert ("Kementerian Keuangan", "ORG") in pairs and ("Bank Indonesia", "ORG") in pairs
    text = "Kementerian Pemuda dan Olahraga Gatot Dewa Broto hadir."
    found = [
        _m("Kementerian Pemuda", "ORG", 0),
        _m("Gatot Dewa Broto", "PER", text.index("Gatot")),
    ]
    bodies_across_dan(found, text)
    assert [(m["text"], m["label"]) for m in found] == [
        ("Kementerian Pemuda dan Olahraga", "ORG"),
        ("Gatot Dewa Broto", "PER"),
    ]


def test_a_town_before_its_country_is_the_town() -> None:
    found = [_m("Liverpool", "ORG", 11), _m("Inggris", "LOC", 22)]
    towns_with_their_country(found, "roker asal Liverpool, Inggris itu", {("liverpool",): "LOC"})
    assert [m["label"] for m in found] == ["LOC", "LOC"]
    found = [_m("Instagram", "ORG", 0), _m("Australia", "LOC", 11)]
    towns_with_their_country(found, "Instagram, Australia", {("liverpool",): "LOC"})
    assert [m["label"] for m in found] == ["ORG", "LOC"]


def test_known_bodies_teams_and_country_nicknames() -> None:
    assert ("Al Qaeda", "ORG") in _pairs("Anggota Al Qaeda di Afghanistan ditangkap pasukan AS.")
    assert ("Los Angeles Lakers", "ORG") in _pairs(
        "Los Angeles Lakers kalah dari Milwaukee Bucks di laga NBA, Minggu."
    )
    found = find_entities("Ia tinggal di Negeri Sakura dua tahun. Jepang memang indah.")
    assert {m["canonical"] for m in found} == {"Jepang"}


def test_scores_and_prices_are_no_part_of_names() -> None:
    pairs = _pairs(
        "Tommy kalah dari Marc Zwiebler 21-15, 21-18 di babak kedua. Harga tiket SGD 248 "
        "untuk kelas festival."
    )
    assert ("Marc Zwiebler", "PER") in pairs
    assert not any(name.startswith("SGD") for name, _ in pairs)


def test_korean_given_names_across_a_hyphen_but_not_particles() -> None:
    assert ("Ahn Byung - keon", "PER") in _pairs("Gol kedua dicetak Ahn Byung - keon di menit 70.")
    pairs = _pairs("Ia mengidap penyakit yang sama seperti aktor Robert De Niro - yang sudah tua.")
    assert ("Robert De Niro", "PER") in pairs


def test_a_venue_named_after_a_saint_and_a_police_rank() -> None:
    assert ("Stadion Saint Petersburg", "LOC") in _pairs(
        "Final digelar di Stadion Saint Petersburg, Rusia, Minggu malam."
    )
    assert ("Alwin", "PER") in _pairs("Anggota Brimob Barada Alwin terluka di Tembagapura.")


def test_the_first_half_of_a_score_is_no_part_of_a_team() -> None:
    pairs = _pairs("Hasil laga: Crystal Palace 1-2 Tottenham Hotspur di Selhurst Park.")
    assert ("Crystal Palace", "ORG") in pairs
    assert ("RSB Sitti Khadijah", "ORG") in _pairs(
        "Bayi itu kini dirawat di RSB Sitti Khadijah, kata polisi."
    )
