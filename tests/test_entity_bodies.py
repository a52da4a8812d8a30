"""Rules that build a body's whole name from the tagger's pieces (warta.extract.entity_bodies),
on their own and through find_entities."""

from __future__ import annotations

from typing import Any

from warta.extract.entities import find_entities
from warta.extract.entity_bodies import (
    businesses_are_bodies,
    clubs_named_with_their_town,
    local_governments,
    national_teams,
    organs_of_bodies,
    party_branches,
)
from warta.extract.entity_words import english_heads_type_names


def _m(text: str, label: str, start: int) -> dict[str, Any]:
    return {"text": text, "label": label, "start": start, "end": start + len(text)}


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m["text"], m["label"]) for m in find_entities(text)]


def test_an_organ_joins_its_body() -> None:
    text = "Resolusi Dewan Keamanan PBB dan sikap Komisi III DPR dibahas."
    found = [_m("PBB", "ORG", text.index("PBB")), _m("DPR", "ORG", text.index("DPR"))]
    organs_of_bodies(found, text)
    assert [m["text"] for m in found] == ["Dewan Keamanan PBB", "Komisi III DPR"]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in found)


def test_a_board_of_the_body_or_a_person_between_is_left_alone() -> None:
    text = "Ketua Dewan Pembina Gerindra hadir. Komisi Irjen Budi Polri datang."
    found = [
        _m("Gerindra", "ORG", text.index("Gerindra")),
        _m("Irjen Budi", "PER", text.index("Irjen")),
        _m("Polri", "ORG", text.index("Polri")),
    ]
    organs_of_bodies(found, text)
    assert [m["text"] for m in found] == ["Gerindra", "Irjen Budi", "Polri"]


def test_a_national_team_is_no_country() -> None:
    text = "Pemain timnas Argentina itu dan Timnas Indonesia U-19 berlatih di Jakarta."
    found = [
        _m("Argentina", "LOC", text.index("Argentina")),
        _m("Indonesia", "LOC", text.index("Indonesia")),
        _m("Jakarta", "LOC", text.index("Jakarta")),
    ]
    national_teams(found, text)
    assert [(m["text"], m["label"]) for m in found] == [
        ("timnas Argentina", "ORG"),
        ("Timnas Indonesia U-19", "ORG"),
        ("Jakarta", "LOC"),
    ]


def test_indonesian_clubs_with_their_town_in_sports_news() -> None:
    text = (
        "Persewangi Banyuwangi, PSBK Kota Blitar dan Mojokerto Putra kalah. PT X (Persero) Depok."
    )
    found = [
        _m("Banyuwangi", "LOC", text.index("Banyuwangi")),
        _m("PSBK", "ORG", text.index("PSBK")),
        _m("Kota Blitar", "LOC", text.index("Kota Blitar")),
        _m("Mojokerto Putra", "LOC", text.index("Mojokerto")),
        _m("Depok", "LOC", text.index("Depok")),
    ]
    clubs_named_with_their_town(found, text, sports=True)
    assert [(m["text"], m["label"]) for m in found] == [
        ("Persewangi Banyuwangi", "ORG"),
        ("PSBK Kota Blitar", "ORG"),
        ("Mojokerto Putra", "ORG"),
        ("Depok", "LOC"),
    ]
    unchanged = [_m("Banyuwangi", "LOC", text.index("Banyuwangi"))]
    clubs_named_with_their_town(unchanged, text, sports=False)
    assert unchanged[0]["label"] == "LOC" and unchanged[0]["text"] == "Banyuwangi"


def test_a_venue_named_after_a_person_is_not_split_at_a_town() -> None:
    assert _pairs("Laga digelar di Stadion Gelora Bung Karno, Jakarta, Minggu malam.") == [
        ("Stadion Gelora Bung Karno", "LOC"),
        ("Jakarta", "LOC"),
    ]
    assert ("Makassar", "LOC") in _pairs("Pesawat mendarat di Bandara Sultan Hasanuddin Makassar.")


def test_a_party_regional_board_is_its_own_body() -> None:
    pairs = _pairs(
        "DPD Golkar Jawa Timur menggelar rapat. Sekjen DPP Partai Golkar hadir. "
        "Ketua DPD menolak usulan itu."
    )
    assert ("DPD Golkar Jawa Timur", "ORG") in pairs
    found = find_entities("DPD Golkar Jawa Timur menggelar rapat. Ketua DPD menolak usulan itu.")
    # "DPD" alone is the party board the article named, not the Dewan Perwakilan Daerah
    assert {m["canonical"] for m in found if m["text"] == "DPD"} == {"DPD Partai Golkar Jawa Timur"}
    text = "Ketua DPC Partai Demokrat Solo datang."
    found = [
        _m("Partai Demokrat", "ORG", text.index("Partai")),
        _m("Solo", "LOC", text.index("Solo")),
    ]
    party_branches(found, text)
    assert [(m["text"], m["label"]) for m in found] == [("DPC Partai Demokrat Solo", "ORG")]


def test_a_local_government_is_a_body() -> None:
    text = "Pemerintah Kabupaten Jombang menunjuk pelaksana tugas di Kabupaten Kediri."
    found = [
        _m("Kabupaten Jombang", "LOC", text.index("Kabupaten Jombang")),
        _m("Kabupaten Kediri", "LOC", text.index("Kabupaten Kediri")),
    ]
    local_governments(found, text)
    assert [(m["text"], m["label"]) for m in found] == [
        ("Pemerintah Kabupaten Jombang", "ORG"),
        ("Kabupaten Kediri", "LOC"),
    ]


def test_shops_named_by_their_kind_are_bodies() -> None:
    found = [_m("Apotek Roxy", "PER", 0), _m("Warung Kopi Kulo", "PER", 20), _m("Budi", "PER", 40)]
    businesses_are_bodies(found)
    assert [m["label"] for m in found] == ["ORG", "ORG", "PER"]


def test_a_venue_head_needs_a_place_preposition_to_make_a_body_a_venue() -> None:
    text = "Konser digelar di Microsoft Theater. Band Dream Theater tampil."
    found = [
        _m("Microsoft Theater", "ORG", text.index("Microsoft")),
        _m("Dream Theater", "ORG", text.index("Dream")),
    ]
    english_heads_type_names(found, text)
    assert [m["label"] for m in found] == ["LOC", "ORG"]


def test_a_short_form_that_spells_the_whole_name_joins_it_across_dan() -> None:
    pairs = _pairs(
        "Presiden membentuk Badan Siber dan Sandi Negara (BSSN) pada Mei. Kepala BSSN "
        "Djoko Setiadi dilantik hari ini."
    )
    assert ("Badan Siber dan Sandi Negara", "ORG") in pairs
    assert not any(label == "PER" and "Negara" in name for name, label in pairs)


def test_stadiums_of_the_alias_table_are_places() -> None:
    found = find_entities("Manchester City ditahan imbang Burnley 1-1 di Turf Moor, Sabtu.")
    assert ("Turf Moor", "LOC") in [(m["text"], m["label"]) for m in found]
