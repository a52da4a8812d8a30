"""Entity rules from a fresh set of real articles (scored once before these rules): offices
written as one word, club nicknames, natural features with their head noun, wire agencies
credited in brackets, names with a spaced hyphen, and given names that are also towns."""

from __future__ import annotations

import pytest

from warta.extract.canonical import canonical_name, known_type
from warta.extract.entities import find_entities


def _ents(text: str) -> set[tuple[str, str]]:
    return {(m["canonical"], m["label"]) for m in find_entities(text)}


def test_abbreviated_offices_are_no_part_of_a_name() -> None:
    found = find_entities("Hadir Menkominfo Rudiantara dan Mendikbud Muhadjir Effendy.")
    people = {m["text"]: m.get("role") for m in found if m["label"] == "PER"}
    assert people == {"Rudiantara": "Menkominfo", "Muhadjir Effendy": "Mendikbud"}


def test_an_office_alone_is_no_entity() -> None:
    found = find_entities("Mendikbud meminta sekolah bersiap. Menurut Mendikbud, anggaran cukup.")
    assert not any(m["text"] == "Mendikbud" for m in found)


def test_a_given_name_the_gazetteer_knows_as_a_town_stays_in_the_name() -> None:
    found = find_entities("Hadir pula Buya Ahmad Syafii Maarif dalam acara tersebut.")
    assert [(m["text"], m["label"]) for m in found] == [("Ahmad Syafii Maarif", "PER")]


@pytest.mark.parametrize(
    ("nickname", "club"),
    [("Blaugrana", "Barcelona"), ("Giallorossi", "AS Roma"), ("Setan Merah", "Manchester United"),
     ("Macan Kemayoran", "Persija Jakarta"), ("Persib", "Persib Bandung")],
)  # fmt: skip
def test_club_nicknames_are_the_club(nickname: str, club: str) -> None:
    assert canonical_name(nickname) == club
    assert known_type(nickname) == "ORG"


def test_a_nickname_in_a_match_report_joins_its_club() -> None:
    text = (
        "Barcelona menang 2-0 atas Espanyol. Keberhasilan Blaugrana lolos berkat gol Luis Suarez."
    )
    ents = _ents(text)
    assert ("Barcelona", "ORG") in ents
    assert not any(name == "Blaugrana" for name, _ in ents)


def test_natural_features_keep_their_head() -> None:
    text = "Bangkai kapal ditemukan di Laut Jawa, dekat Selat Sunda."
    assert {("Laut Jawa", "LOC"), ("Selat Sunda", "LOC")} <= _ents(text)
    assert ("Jawa", "LOC") not in _ents(text)


def test_wire_agencies_credited_in_brackets() -> None:
    text = "Korban dibawa ke rumah sakit terdekat oleh warga setempat. (Antara)"
    assert ("Antara", "ORG") in _ents(text)
    assert ("Reuters", "ORG") in _ents("Harga minyak naik tipis pada Senin. (Antara/Reuters)")


def test_a_spaced_hyphen_inside_a_name() -> None:
    found = find_entities("Presiden klub, Jean - Michel Aulas, menolak tawaran itu.")
    people = [(m["text"], m["canonical"]) for m in found if m["label"] == "PER"]
    assert people == [("Jean - Michel Aulas", "Jean-Michel Aulas")]
    # Two names set against each other stay two people.
    rivals = find_entities("Duel Ronaldo - Messi kembali tersaji di Madrid.")
    assert {m["text"] for m in rivals if m["label"] == "PER"} == {"Ronaldo", "Messi"}


def test_every_name_in_a_line_up_is_a_player() -> None:
    text = (
        "Liverpool bermain imbang dengan Burnley.\n\n"
        "Susunan Pemain:\n\n"
        "Liverpool (4-3-3): Mignolet; Matip, Klavan, Robertson; Milner, Can, Coutinho "
        "(Solanke 78’); Salah, Firmino (Oxlade-Chamberlain 79’), Sturridge.\n\n"
        "Real Madrid (4-3 - 3): 1 - Navas (K); 2 - Carvajal, 4 - Ramos; 9 - Benzema (P)."
    )
    found = find_entities(text)
    players = {m["text"] for m in found if m["label"] == "PER"}
    assert {"Salah", "Can", "Firmino", "Oxlade-Chamberlain", "Navas", "Benzema"} <= players
    assert not players & {"K", "P", "Liverpool"}
    assert ("Real Madrid", "ORG") in _ents(text)


def test_a_club_nickname_tagged_as_a_person_is_the_club() -> None:
    text = (
        "Teco pernah membantu Persebaya Surabaya pada 2004. Kala itu ia menjadi bagian tim "
        "Bajul Ijo saat juara Liga Indonesia."
    )
    ents = _ents(text)
    assert ("Persebaya Surabaya", "ORG") in ents
    assert not any(name == "Bajul Ijo" for name, _ in ents)


def test_a_family_name_before_a_hyphenated_given_name() -> None:
    found = [
        {"text": "Moon Jae-in", "label": "PER", "start": 0, "end": 11},
        {"text": "Moon", "label": "LOC", "start": 30, "end": 34},
    ]
    from warta.extract.entity_rules import short_forms_of_people

    short_forms_of_people(found, {("moon",): "LOC"}, "")
    assert found[1]["label"] == "PER"


@pytest.mark.parametrize(
    ("name", "canonical"),
    [("Belarusia", "Belarus"), ("Hungaria", "Hongaria"), ("Hungary", "Hongaria"),
     ("Wilayah Palestina", "Palestina"), ("Bosnia", "Bosnia dan Herzegovina"),
     ("Skotlandia", "Skotlandia"), ("Srilanka", "Sri Lanka")],
)  # fmt: skip
def test_country_spellings_of_indonesian_news(name: str, canonical: str) -> None:
    assert canonical_name(name) == canonical
    assert known_type(name) == "LOC"


def test_a_country_tagged_as_a_person_is_the_country() -> None:
    found = [{"text": "Belarusia", "label": "PER", "start": 0, "end": 9}]
    from warta.extract.entity_rules import known_names_keep_their_type

    known_names_keep_their_type(found, {})
    assert found[0]["label"] == "LOC"
    # not where it is part of a person's name in the article
    found = [
        {"text": "Georgia May Jagger", "label": "PER", "start": 0, "end": 18},
        {"text": "Georgia", "label": "PER", "start": 30, "end": 37},
    ]
    known_names_keep_their_type(found, {})
    assert found[1]["label"] == "PER"


def test_a_house_number_splits_an_address() -> None:
    ents = _ents("Toko itu berada di Jalan Halimun No. 6 Bogor Tengah, Kota Bogor.")
    assert {("Jalan Halimun", "LOC"), ("Bogor Tengah", "LOC")} <= ents


def test_a_police_rank_closing_a_place_belongs_to_the_person() -> None:
    found = find_entities("Kapolres Metro Tangerang Kota Kombespol Harry Kurniawan melarang razia.")
    assert ("Harry Kurniawan", "PER") in {(m["text"], m["label"]) for m in found}
    assert not any("Kombespol" in str(m["text"]) for m in found)


def test_stadiums_and_clubs_the_tables_know() -> None:
    assert (canonical_name("Bernabeu"), known_type("Bernabeu")) == ("Santiago Bernabeu", "LOC")
    assert known_type("Atalanta") == "ORG"
    found = [
        {"text": "Stamford Bridge", "label": "PER", "start": 0, "end": 15},
        {"text": "Atalanta", "label": "PER", "start": 30, "end": 38},
    ]
    from warta.extract.entity_rules import known_names_keep_their_type

    known_names_keep_their_type(found, {})
    assert [m["label"] for m in found] == ["LOC", "ORG"]


def test_police_units_join_their_body() -> None:
    assert canonical_name("Resmob Polda Metro Jaya") == "Resmob Polda Metro Jaya"
    found = find_entities("Tim Resmob Polda Metro Jaya menangkap pelaku. CTO perusahaan itu hadir.")
    assert not any(m["text"] in {"Resmob", "CTO"} for m in found)


def test_racing_teams_in_a_race_report() -> None:
    text = (
        "Lewis Hamilton memenangi balapan GP Italia di sirkuit Monza. Mercedes unggul atas "
        "Ferrari, sementara Renault tertinggal jauh di klasemen konstruktor."
    )
    ents = _ents(text)
    assert {("Mercedes", "ORG"), ("Ferrari", "ORG")} <= ents


def test_degrees_and_a_country_glued_after_a_name() -> None:
    found = find_entities("Menteri Kelautan Susi Pudjiastuti, S.E., M.M. hadir di acara itu.")
    assert [m["text"] for m in found if m["label"] == "PER"] == ["Susi Pudjiastuti"]
    assert not any(m["text"] in {"S.E.", "M.M."} for m in found)
    found = find_entities("Gaya bermain Paulo Dybala Turki itu memukau penonton.")
    assert {("Paulo Dybala", "PER"), ("Turki", "LOC")} <= {(m["text"], m["label"]) for m in found}


def test_short_names_match_the_alias_table_as_written() -> None:
    # the old-spelling fold ("oe" -> "u") must not make "Moe" the acronym "MU"
    assert canonical_name("Moe") == "Moe"
    assert canonical_name("MU") == "Manchester United"
    assert canonical_name("NTT") == "Nusa Tenggara Timur"
    assert canonical_name("Cuba") == "Kuba"
    found = find_entities("Penampil malam itu: DJ L, Yaksa, Moe, Ray Ray dan Toni Varga.")
    assert not any(m["canonical"] == "Manchester United" for m in found)


def test_military_ranks_and_a_regency_after_a_community_name() -> None:
    found = find_entities("Korban tewas Pratu Didi Hardianto dan Pratu Ibnu Hidayat.")
    assert {m["text"] for m in found if m["label"] == "PER"} == {"Didi Hardianto", "Ibnu Hidayat"}
    found = find_entities("Komunitas Lima Gunung Kabupaten Magelang ikut tampil.")
    assert not any(str(m["text"]).startswith("Gunung Kabupaten") for m in found)
