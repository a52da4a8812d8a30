"""Which type an entity gets and where a name ends: names warta knows for sure, clubs in
match reports, units of bodies, places inside places, venues named after their town, and
the short forms of local places."""

from __future__ import annotations

from typing import Any

from warta.extract.canonical import canonical_key, canonical_name, known_type, resolve_in_document
from warta.extract.entities import find_entities
from warta.extract.entity_rules import (
    bracketed_aliases,
    known_names_keep_their_type,
    one_type_per_entity,
    places_in_capitals,
    split_places_at_heads,
    split_venue_and_city,
    teams_in_sports_news,
    units_of_bodies,
)
from warta.extract.ner.tagger import load_tagger

GAZETTEER = load_tagger().gazetteer


def _m(text: str, label: str, start: int, **extra: Any) -> dict[str, Any]:
    return {"text": text, "label": label, "start": start, "end": start + len(text), **extra}


def _at(text: str, name: str, label: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return _m(name, label, start, canonical=canonical_name(name))


# -- names warta knows for sure --------------------------------------------------------------


def test_alias_tables_and_countries_have_a_type() -> None:
    assert known_type("MA") == "ORG"  # Mahkamah Agung
    assert known_type("Barca") == "ORG"
    assert known_type("Perancis") == "LOC"
    assert known_type("Sumut") == "LOC"
    assert known_type("Myanmar") == "LOC"
    assert known_type("Jokowi") is None  # people's short names are no place or body
    assert known_type("Mercedes") is None  # a town somewhere, but nothing warta is sure of
    assert canonical_key("Perancis") == canonical_key("Prancis")


def test_a_town_in_the_gazetteer_does_not_retype_a_team() -> None:
    # "Mercedes" and "Swansea" are towns in geonames; tagged ORG, they stay ORG
    assert GAZETTEER.get(("mercedes",)) == "LOC"
    found = [_m("Mercedes", "ORG", 0), _m("Swansea", "ORG", 30), _m("Rusia", "ORG", 60)]
    known_names_keep_their_type(found, GAZETTEER)
    assert [m["label"] for m in found] == ["ORG", "ORG", "LOC"]


def test_an_acronym_tagged_as_a_person_takes_its_bodys_type() -> None:
    found = [
        _m("MA", "PER", 0, role="Ketua"),
        _m("SBY", "PER", 20),
        _m("Jordan", "PER", 40),
    ]
    known_names_keep_their_type(found, GAZETTEER)
    assert [m["label"] for m in found] == ["ORG", "PER", "PER"]
    assert "role" not in found[0]


def test_one_type_vote_trusts_only_sure_names() -> None:
    found = [
        _m("Mercedes", "ORG", 0, canonical="Mercedes"),
        _m("Mercedes", "ORG", 20, canonical="Mercedes"),
        _m("Prancis", "ORG", 40, canonical="Prancis"),
    ]
    one_type_per_entity(found, GAZETTEER)
    assert [m["label"] for m in found] == ["ORG", "ORG", "LOC"]


# -- short forms in brackets after a person ---------------------------------------------------


def test_a_country_code_or_office_in_brackets_is_no_nickname() -> None:
    text = (
        "Sayaka Hirota (JPN) menang. Hadi Kuncoro (CEO) hadir. "
        "Susilo Bambang Yudhoyono (SBY) datang."
    )
    found = [
        _at(text, "Sayaka Hirota", "PER"),
        _at(text, "Hadi Kuncoro", "PER"),
        _at(text, "Susilo Bambang Yudhoyono", "PER"),
    ]
    aliases = bracketed_aliases(found, text)
    assert aliases == {"SBY": "Susilo Bambang Yudhoyono"}
    assert [m["text"] for m in found] == [
        "Sayaka Hirota",
        "Hadi Kuncoro",
        "Susilo Bambang Yudhoyono",
        "SBY",
    ]


# -- where place names end ---------------------------------------------------------------------


def test_a_venue_named_after_its_town_stays_whole() -> None:
    text = "Laga digelar di Stadion Gelora Bangkalan dan di Masjid Raya Bandung."
    found = [_at(text, "Stadion Gelora Bangkalan", "LOC"), _at(text, "Masjid Raya Bandung", "LOC")]
    split_venue_and_city(found, GAZETTEER)
    assert [m["text"] for m in found] == ["Stadion Gelora Bangkalan", "Masjid Raya Bandung"]
    text = "Presiden menerima tamu di Istana Merdeka Jakarta."
    found = [_at(text, "Istana Merdeka Jakarta", "LOC")]
    split_venue_and_city(found, GAZETTEER)
    assert [m["text"] for m in found] == ["Istana Merdeka", "Jakarta"]


def test_an_administrative_head_opens_a_place_of_its_own() -> None:
    text = "Korban ditemukan di Jalan Pembangunan 2 Desa Sekip Kecamatan Lubuk Pakam kemarin."
    found = [_at(text, "Jalan Pembangunan 2 Desa Sekip Kecamatan Lubuk Pakam", "LOC")]
    split_places_at_heads(found)
    assert [(m["text"], m["label"]) for m in found] == [
        ("Jalan Pembangunan 2", "LOC"),
        ("Desa Sekip", "LOC"),
        ("Kecamatan Lubuk Pakam", "LOC"),
    ]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in found)
    # "Balai Kota DKI": a head after one word is part of the name; so is one after a
    # venue named by what kind it is
    text = "Warga berkumpul di Balai Kota DKI dan di Masjid Raya Kota Bogor."
    found = [_at(text, "Balai Kota DKI", "LOC"), _at(text, "Masjid Raya Kota Bogor", "LOC")]
    split_places_at_heads(found)
    assert [m["text"] for m in found] == ["Balai Kota DKI", "Masjid Raya Kota Bogor"]


def test_a_local_place_with_and_without_its_head_is_one_place() -> None:
    mentions = [("Kabupaten Asahan", "LOC"), ("Asahan", "LOC"), ("Air Batu", "ORG"),
                ("Kecamatan Air Batu", "LOC")]  # fmt: skip
    assert resolve_in_document(mentions) == [
        "Kabupaten Asahan",
        "Kabupaten Asahan",
        "Kecamatan Air Batu",
        "Kecamatan Air Batu",
    ]
    # two heads share the name: "Bogor" alone is left as it is
    mentions = [("Kodim 0621 Kabupaten Bogor", "ORG"), ("Bogor", "LOC"), ("Kota Bogor", "LOC")]
    assert resolve_in_document(mentions)[1] == "Bogor"


# -- units of bodies -------------------------------------------------------------------------


def test_a_unit_word_before_a_body_or_place_is_part_of_the_body() -> None:
    text = (
        "Polda Sumatera Utara menangkap pelaku. Bareskrim Mabes Polri dan Kapolda Jawa Barat hadir."
    )
    found = [
        _at(text, "Sumatera Utara", "LOC"),
        _at(text, "Bareskrim", "ORG"),
        _at(text, "Polri", "ORG"),
        _at(text, "Jawa Barat", "LOC"),
    ]
    units_of_bodies(found, text)
    assert [(m["text"], m["label"]) for m in found] == [
        ("Polda Sumatera Utara", "ORG"),
        ("Bareskrim Mabes Polri", "ORG"),
        ("Jawa Barat", "LOC"),  # "Kapolda" is an office, not a body
    ]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in found)


def test_a_unit_is_named_by_the_full_name_of_what_it_serves() -> None:
    assert canonical_name("Polda Sumut") == "Polda Sumatera Utara"
    assert canonical_key("Pemprov Jabar") == canonical_key("Pemprov Jawa Barat")
    assert canonical_name("Polres Cilacap") == "Polres Cilacap"


# -- clubs in match reports ---------------------------------------------------------------------

SPORTS = (
    "Barcelona akan menghadapi Alaves pada laga final, Minggu. Pelatih dan skuat siap menang, "
    "kata kiper klub itu. Sebelumnya Napoli menang tipis 1-0 atas tim tuan rumah Crotone di "
    "liga. AS Monaco juga bertanding. Prancis ditahan imbang kontra Luksemburg di Paris."
)


def test_towns_where_a_team_is_played_are_the_club() -> None:
    found = [_at(SPORTS, name, "LOC") for name in
             ("Alaves", "Crotone", "AS Monaco", "Prancis", "Luksemburg", "Paris")]  # fmt: skip
    teams_in_sports_news(found, SPORTS)
    labels = {m["text"]: m["label"] for m in found}
    assert labels == {
        "Alaves": "ORG",
        "Crotone": "ORG",
        "AS Monaco": "ORG",
        # countries stay places (national teams are named by them); a town with no match
        # around it too
        "Prancis": "LOC",
        "Luksemburg": "LOC",
        "Paris": "LOC",
    }


def test_outside_sports_news_towns_stay_places() -> None:
    text = "Delegasi bertemu di Alaves sebelum berangkat melawan arus ke Crotone."
    found = [_at(text, "Alaves", "LOC"), _at(text, "Crotone", "LOC")]
    teams_in_sports_news(found, text)
    assert [m["label"] for m in found] == ["LOC", "LOC"]


# -- datelines ---------------------------------------------------------------------------------


def test_a_dateline_place_tagged_as_a_body_is_the_place() -> None:
    text = "MANCHESTER, JUARA.net - Pelatih itu membantah tuduhan.\n\nLONDON - Klub itu menang."
    found = [_at(text, "MANCHESTER", "ORG"), _at(text, "LONDON", "LOC")]
    for mention in found:
        mention["canonical"] = mention["text"]
    places_in_capitals(found, GAZETTEER, text)
    assert [(m["label"], m["canonical"]) for m in found] == [
        ("LOC", "Manchester"),
        ("LOC", "London"),
    ]


def test_the_whole_article_types_units_and_places() -> None:
    text = (
        "Rimanews - Polda Sumatera Utara menangkap dua pelaku pembunuhan di Kabupaten Asahan. "
        "Polisi menyebut pelaku tinggal di Asahan sejak 2015. Kasus ini ditangani Polda Sumut "
        "bersama Bareskrim Polri."
    )
    entities = find_entities(text)
    names = {(e["canonical"], e["label"]) for e in entities}
    assert ("Polda Sumatera Utara", "ORG") in names
    assert ("Kabupaten Asahan", "LOC") in names
    assert ("Bareskrim Polri", "ORG") in names
    assert ("Sumatera Utara", "LOC") not in names
    assert ("Asahan", "LOC") not in names


def test_a_place_inside_an_event_name_is_no_mention() -> None:
    from warta.extract.entity_rules import places_in_event_names

    text = "Marquez menang di GP Ceko dan juara Liga Inggris, lalu ke Jerman untuk Pilkada DKI."
    found = [_at(text, name, "LOC") for name in ("Ceko", "Inggris", "Jerman", "DKI")]
    places_in_event_names(found, text)
    assert [m["text"] for m in found] == ["Jerman"]


def test_a_news_site_is_the_outlet_it_belongs_to() -> None:
    mentions = [("CNN Indonesia", "ORG"), ("CNNIndonesia.com", "ORG"), ("Kompas.com", "ORG")]
    assert resolve_in_document(mentions) == ["CNN Indonesia", "CNN Indonesia", "Kompas.com"]


def test_a_town_retyped_as_a_club_takes_the_clubs_full_name() -> None:
    text = (
        "AC Milan menang 2-0 di liga. Pelatih Milan memuji skuat yang bertanding di kandang. "
        "Laga melawan klub itu berakhir dengan gol penalti, dan Milan tetap juara."
    )
    found = [
        _at(text, "AC Milan", "ORG"),
        _at(text, "Milan", "LOC", 1),
        _at(text, "Milan", "LOC", 2),
    ]
    from warta.extract.entity_rules import clubs_in_sports_news

    clubs_in_sports_news(found, text)
    assert [(m["label"], m["canonical"]) for m in found] == [("ORG", "AC Milan")] * 3


def test_initials_of_a_suspect_are_a_person() -> None:
    from warta.extract.entity_rules import initials_are_people

    text = "Polisi menangkap pelaku berinisial IY (18). Barang diserahkan kepada IY oleh SN."
    found = [_at(text, "IY", "ORG", 1), _at(text, "SN", "ORG")]
    initials_are_people(found, text)
    assert [(m["text"], m["label"], m["start"]) for m in found] == [
        ("IY", "PER", text.index("IY")),  # missed by the tagger: added
        ("IY", "PER", text.index("IY", text.index("IY") + 1)),
        ("SN", "ORG", text.index("SN")),  # never introduced as initials
    ]


def test_a_racing_team_printed_after_a_driver_splits_off() -> None:
    text = (
        "Hasil kualifikasi: 1. Lewis Hamilton Mercedes 1:23.4, 2. Sebastian Vettel Ferrari "
        "1:23.9. Mercedes dan Ferrari bersaing ketat. Tim Mercedes puas, Ferrari kecewa."
    )
    found = [
        _at(text, "Lewis Hamilton Mercedes", "PER"),
        _at(text, "Sebastian Vettel Ferrari", "PER"),
        _at(text, "Mercedes", "ORG", 1),
        _at(text, "Ferrari", "ORG", 1),
        _at(text, "Mercedes", "ORG", 2),
        _at(text, "Ferrari", "ORG", 2),
    ]
    from warta.extract.entity_rules import glued_bodies

    glued_bodies(found, GAZETTEER, text)
    assert [(m["text"], m["label"]) for m in found[:4]] == [
        ("Lewis Hamilton", "PER"),
        ("Mercedes", "ORG"),
        ("Sebastian Vettel", "PER"),
        ("Ferrari", "ORG"),
    ]


def test_products_are_no_organisations() -> None:
    from warta.extract.entity_rules import no_lower_case_names

    text = "Samsung Galaxy S8, Oppo F5 dan Google Assistant; Samsung Electronics dan Oppo."
    found = [
        _at(text, name, "ORG")
        for name in ("Samsung Galaxy S8", "Oppo F5", "Google Assistant", "Samsung Electronics")
    ] + [_at(text, "Oppo", "ORG", 1)]
    no_lower_case_names(found, text)
    assert [m["text"] for m in found] == ["Samsung Electronics", "Oppo"]


def test_a_town_then_its_country_are_two_places() -> None:
    text = (
        "Film itu diputar di Locarno Swiss, di Republik Ceko, di New Mexico dan di Galeri "
        "Indonesia."
    )
    names = [(e["text"], e["label"]) for e in find_entities(text)]
    assert ("Locarno", "LOC") in names and ("Swiss", "LOC") in names
    assert ("Republik Ceko", "LOC") in names
    assert ("New Mexico", "LOC") in names
    assert not any(name == "Galeri" for name, _ in names)


def test_news_sites_in_capitals_or_lower_case_but_no_addresses() -> None:
    from warta.extract.entity_rules import news_sites

    text = (
        "JUARA.NET melaporkan, padangkita.com juga. Kirim ke humas@polri.go.id atau www.kompas.com."
    )
    found: list[dict[str, Any]] = []
    news_sites(found, text)
    assert [m["text"] for m in found] == ["JUARA.NET", "padangkita.com"]
    assert all(m["label"] == "ORG" for m in found)


def test_a_model_with_a_code_or_a_product_line_anywhere_is_a_product() -> None:
    from warta.extract.entity_rules import no_lower_case_names

    text = "Intel Core i7-7500U, Nvidia GeForce, Windows Hello dan Intel Indonesia."
    found = [
        _at(text, name, "ORG")
        for name in ("Intel Core i7-7500U", "Nvidia GeForce", "Windows Hello", "Intel Indonesia")
    ]
    no_lower_case_names(found, text)
    assert [m["text"] for m in found] == ["Intel Indonesia"]


def test_a_month_where_a_date_is_is_no_name() -> None:
    from warta.extract.entity_rules import months_are_no_names

    text = "Konser pada Agustus lalu dan tur Juni 2017 ramai; Juni Rahman hadir, Mei juga."
    found = [_at(text, "Agustus", "PER"), _at(text, "Juni", "LOC"), _at(text, "Juni Rahman", "PER")]
    months_are_no_names(found, text)
    assert [m["text"] for m in found] == ["Juni Rahman"]
