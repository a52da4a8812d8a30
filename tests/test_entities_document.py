"""One entity, one name and one type per article: short forms defined in brackets, known
nicknames, spelling variants, forms of address, lower-case misreads, products, glued names."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_entities_doc import Scores, score_article
from warta.extract.canonical import canonical_name, resolve_in_document
from warta.extract.entities import find_entities
from warta.extract.entity_rules import (
    bracketed_aliases,
    no_lower_case_names,
    one_type_per_entity,
    short_forms_of_people,
)
from warta.extract.ner.roles import split_titles
from warta.extract.ner.tagger import TokenSpan


def _m(text: str, label: str, start: int) -> dict[str, Any]:
    return {"text": text, "label": label, "start": start, "end": start + len(text)}


def test_acronym_in_brackets_is_the_organisation() -> None:
    text = "Institut Pertanian Bogor (IPB) membuka pusat riset. Rektor IPB hadir."
    found = [_m("Institut Pertanian Bogor", "ORG", 0), _m("IPB", "ORG", 60)]
    aliases = bracketed_aliases(found, text)
    assert aliases == {"IPB": "Institut Pertanian Bogor"}
    # the acronym inside the brackets, missed by the tagger, becomes a mention of the body
    assert [(m["text"], m["start"]) for m in found] == [
        ("Institut Pertanian Bogor", 0),
        ("IPB", 26),
        ("IPB", 60),
    ]
    names = resolve_in_document([(m["text"], m["label"]) for m in found], aliases)
    assert names == ["Institut Pertanian Bogor"] * 3


def test_bracket_after_a_place_dateline_is_no_alias() -> None:
    # "JAKARTA (ANTARA)": the agency's letters do not abbreviate the place
    text = "JAKARTA (ANTARA) - Harga cabai naik."
    found = [_m("JAKARTA", "LOC", 0)]
    assert bracketed_aliases(found, text) == {}
    assert len(found) == 1


def test_nickname_in_brackets_is_the_person() -> None:
    text = "Bambang Wiratmaja (Bewe) datang. Bewe tersenyum."
    found = [_m("Bambang Wiratmaja", "PER", 0), _m("Bewe", "PER", 33)]
    aliases = bracketed_aliases(found, text)
    names = resolve_in_document([(m["text"], m["label"]) for m in found], aliases)
    assert set(names) == {"Bambang Wiratmaja"}


def test_age_in_brackets_is_no_nickname() -> None:
    text = "Rosmiati (52) berjualan sayur."
    found = [_m("Rosmiati", "PER", 0)]
    assert bracketed_aliases(found, text) == {}


def test_spelling_variants_and_forms_of_address_meet() -> None:
    mentions = [
        ("Musa Rajekshah", "PER"),
        ("Musa Rajeckshah", "PER"),
        ("Musa Rajekshah", "PER"),
        ("KH. Ma'ruf Amin", "PER"),
        ("Ma'ruf Amin", "PER"),
        ("Sumatera Utara", "LOC"),
        ("sumatra Utara", "LOC"),
        ("Sumut", "LOC"),
        ("Jawa Barat", "LOC"),
        ("Jawa Timur", "LOC"),
    ]
    assert resolve_in_document(mentions) == [
        "Musa Rajekshah",
        "Musa Rajekshah",
        "Musa Rajekshah",
        "Ma'ruf Amin",
        "Ma'ruf Amin",
        "Sumatera Utara",
        "Sumatera Utara",
        "Sumatera Utara",
        "Jawa Barat",
        "Jawa Timur",
    ]


def test_known_nicknames_apply_to_people_only() -> None:
    mentions = [("Jokowi", "PER"), ("Joko Widodo", "PER"), ("Jordan", "PER"), ("Ahok", "PER")]
    assert resolve_in_document(mentions) == [
        "Joko Widodo",
        "Joko Widodo",
        "Jordan",
        "Basuki Tjahaja Purnama",
    ]
    found = [_m("Aher", "LOC", 0)]
    short_forms_of_people(found, {}, "")
    assert found[0]["label"] == "PER"


def test_surname_tagged_as_a_body_is_the_person() -> None:
    found = [_m("Michael Essien", "PER", 0), _m("Essien", "ORG", 40), _m("Chelsea", "ORG", 60)]
    short_forms_of_people(found, {("chelsea",): "ORG"}, "")
    assert [m["label"] for m in found] == ["PER", "PER", "ORG"]


def test_cldr_disambiguation_is_no_part_of_a_country_name() -> None:
    assert canonical_name("Myanmar") == "Myanmar"
    assert canonical_name("Myanmar (Burma)") == "Myanmar"


def test_lower_case_names_and_products_dropped_in_cased_text() -> None:
    text = "Pengguna Android di Jakarta dan Bandung memakai manik."
    found = [_m("Android", "ORG", 9), _m("Jakarta", "LOC", 20), _m("manik", "PER", 47)]
    no_lower_case_names(found, text)
    assert [m["text"] for m in found] == ["Jakarta"]
    lower = "pengguna di jakarta dan bandung memakai manik."
    found = [_m("jakarta", "LOC", 12)]
    no_lower_case_names(found, lower)
    assert [m["text"] for m in found] == ["jakarta"]  # lower-case text: names are lower case


def test_one_type_per_entity_by_majority() -> None:
    found = [
        {**_m("Napoli", "ORG", 0), "canonical": "Napoli"},
        {**_m("Napoli", "LOC", 10), "canonical": "Napoli"},
        {**_m("Napoli", "ORG", 20), "canonical": "Napoli"},
        {**_m("Roma", "LOC", 30), "canonical": "Roma"},
    ]
    one_type_per_entity(found)
    assert [m["label"] for m in found] == ["ORG", "ORG", "ORG", "LOC"]


def test_country_glued_before_a_name_and_lower_case_nouns_split_off() -> None:
    tokens = ["Menlu", "Uruguay", "Rodolfo", "Nin", "Novoa", "tiba", "di", "kota", "Bandung"]
    spans = [TokenSpan(1, 5, "LOC"), TokenSpan(7, 9, "LOC")]
    out = split_titles(tokens, spans)
    assert [(" ".join(tokens[s.start : s.end]), s.label) for s in out] == [
        ("Uruguay", "LOC"),
        ("Rodolfo Nin Novoa", "PER"),
        ("Bandung", "LOC"),
    ]
    # a place's own name is never split: "Kota Kabupaten Sambas", "Korea Selatan Raya"
    tokens = ["warga", "Kota", "Kabupaten", "Sambas", "dan", "Korea", "Selatan", "Raya"]
    spans = [TokenSpan(1, 4, "LOC"), TokenSpan(5, 8, "LOC")]
    assert split_titles(tokens, spans) == spans


def test_whole_pipeline_one_entity_per_name() -> None:
    text = (
        "Institut Pertanian Bogor (IPB) meresmikan pusat riset baru di Bogor, Jawa Barat.\n\n"
        "Presiden Joko Widodo hadir dalam acara itu. Jokowi memuji peneliti IPB."
    )
    entities = find_entities(text)
    groups = {(e["canonical"], e["label"]) for e in entities}
    assert ("Institut Pertanian Bogor", "ORG") in groups
    assert ("Joko Widodo", "PER") in groups
    assert not any(name in {"IPB", "Jokowi"} for name, _ in groups)


def test_document_benchmark_counts_each_entity_once() -> None:
    gold = [
        {"name": "Joko Widodo", "type": "PER", "forms": ["Joko Widodo", "Jokowi"]},
        {"name": "Bogor", "type": "LOC", "forms": ["Bogor"]},
        {"name": "IPB", "type": "ORG", "forms": ["IPB"]},
    ]
    predicted = [
        {"text": "Joko Widodo", "label": "PER", "canonical": "Joko Widodo"},
        {"text": "Jokowi", "label": "PER", "canonical": "Jokowi"},  # a second group: extra
        {"text": "Bogor", "label": "ORG", "canonical": "Bogor"},  # wrong type
    ]
    scores = Scores()
    score_article(predicted, gold, scores, "t")
    overall = scores.overall()
    assert (overall.tp, overall.fp, overall.fn) == (1, 2, 2)
    assert (scores.untyped.tp, scores.untyped.fp, scores.untyped.fn) == (2, 1, 1)


def test_bare_title_is_no_person_and_clipped_given_name_is_the_person() -> None:
    from warta.extract.entity_rules import no_bare_titles

    found = [_m("Konsul", "PER", 0), _m("Koki", "PER", 10), _m("Sandiaga Uno", "PER", 20)]
    no_bare_titles(found, "")
    assert [m["text"] for m in found] == ["Sandiaga Uno"]
    names = resolve_in_document([("Sandiaga Uno", "PER"), ("Sandi", "PER"), ("Prabowo", "PER")])
    assert names == ["Sandiaga Uno", "Sandiaga Uno", "Prabowo"]


def test_city_after_a_venue_is_a_place_of_its_own() -> None:
    from warta.extract.entity_rules import split_venue_and_city

    found = [_m("Istana Merdeka Jakarta", "LOC", 5), _m("Kota Kabupaten Sambas", "LOC", 40)]
    split_venue_and_city(found, {("jakarta",): "LOC", ("sambas",): "LOC"})
    assert [(m["text"], m["start"], m["end"]) for m in found] == [
        ("Istana Merdeka", 5, 19),
        ("Jakarta", 20, 27),
        ("Kota Kabupaten Sambas", 40, 61),
    ]


def test_news_site_named_as_a_source_is_an_organisation() -> None:
    from warta.extract.entity_rules import news_sites

    text = "Dilansir Merdeka.com, polisi menangkap dua orang di Bogor."
    found = [_m("Merdeka", "ORG", 9), _m("Bogor", "LOC", 52)]
    news_sites(found, text)
    assert [(m["text"], m["label"]) for m in found] == [("Merdeka.com", "ORG"), ("Bogor", "LOC")]


def test_gazetteer_type_of_the_canonical_name_wins() -> None:
    found = [
        {**_m("Perserikatan Bangsa-Bangsa", "LOC", 0), "canonical": "PBB"},
        {**_m("PBB", "LOC", 40), "canonical": "PBB"},
    ]
    one_type_per_entity(found, {("pbb",): "ORG"})
    assert [m["label"] for m in found] == ["ORG", "ORG"]


def test_legal_forms_provinces_and_short_club_names() -> None:
    mentions = [
        ("PT KAI", "ORG"),
        ("KAI", "ORG"),
        ("Manchester City", "ORG"),
        ("City", "ORG"),
        ("Real Madrid", "ORG"),
        ("Atletico Madrid", "ORG"),
        ("Madrid", "ORG"),
        ("Provinsi Jiangsu", "LOC"),
        ("Kota Bogor", "LOC"),
        ("RI", "LOC"),
        ("Sheikh Mansour", "PER"),
        ("Gus Dur", "PER"),
    ]
    assert resolve_in_document(mentions) == [
        "KAI",
        "KAI",
        "Manchester City",
        "Manchester City",
        "Real Madrid",
        "Atletico Madrid",
        "Madrid",  # two clubs end with it: no guess
        "Jiangsu",
        "Kota Bogor",
        "Indonesia",
        "Mansour",
        "Abdurrahman Wahid",
    ]


def test_clubs_named_like_cities_are_clubs_in_sports_news_only() -> None:
    from warta.extract.entity_rules import clubs_in_sports_news

    sports = (
        "Liverpool menang 2-0 atas Benfica. Pelatih Juergen Klopp memuji skuat yang tampil "
        "tanpa kiper utama di laga kandang itu, sementara striker mereka mencetak gol kedua."
    )
    found = [_m("Liverpool", "LOC", 0), _m("Benfica", "LOC", 28)]
    clubs_in_sports_news(found, sports)
    assert [m["label"] for m in found] == ["ORG", "ORG"]
    travel = "Liverpool dikenal sebagai kota pelabuhan dan kota kelahiran The Beatles."
    found = [_m("Liverpool", "LOC", 0)]
    clubs_in_sports_news(found, travel)
    assert found[0]["label"] == "LOC"


def test_country_after_a_province_is_a_place_of_its_own() -> None:
    tokens = ["di", "Provinsi", "Zhejiang", "Tiongkok", "dan", "Kawasan", "Timur", "Indonesia"]
    spans = [TokenSpan(1, 4, "LOC"), TokenSpan(5, 8, "LOC")]
    out = split_titles(tokens, spans)
    assert [(" ".join(tokens[s.start : s.end]), s.label) for s in out] == [
        ("Provinsi Zhejiang", "LOC"),
        ("Tiongkok", "LOC"),
        ("Kawasan Timur Indonesia", "LOC"),
    ]


def test_agency_in_a_dateline_is_an_organisation() -> None:
    text = (
        "Jakarta (ANTARA) - Harga cabai naik di pasar tradisional.\n\n"
        "MANILA (Reuters) - Gempa mengguncang Pulau Mindanao."
    )
    found = [_m("Jakarta", "LOC", 0), _m("MANILA", "LOC", 60)]
    from warta.extract.entity_rules import news_sites

    news_sites(found, text)
    assert [(m["text"], m["label"]) for m in found] == [
        ("Jakarta", "LOC"),
        ("ANTARA", "ORG"),
        ("MANILA", "LOC"),
        ("Reuters", "ORG"),
    ]


def test_body_glued_to_a_name_splits_off_only_when_known_as_a_body() -> None:
    from warta.extract.entity_rules import glued_bodies

    found = [
        _m("Cashlez", "ORG", 0),
        _m("Cashlez", "ORG", 20),
        _m("Cashlez Teddy Setiawan", "PER", 40),
        _m("Arema", "ORG", 80),
        _m("Arema", "ORG", 90),
        _m("Aji Arema", "PER", 100),
        _m("Mbappe", "ORG", 120),
        _m("Mbappe", "ORG", 130),
        _m("Kylian Mbappe", "PER", 140),
    ]
    glued_bodies(found, {("arema",): "ORG"}, "")
    assert [(m["text"], m["label"], m["start"]) for m in found[2:4]] == [
        ("Cashlez", "ORG", 40),
        ("Teddy Setiawan", "PER", 48),
    ]
    assert ("Aji", "PER", 100) in [(m["text"], m["label"], m["start"]) for m in found]
    # NER tags surnames as bodies too: an unknown body never splits a name it closes
    assert ("Kylian Mbappe", "PER", 140) in [(m["text"], m["label"], m["start"]) for m in found]


def test_events_are_no_entities_and_dateline_places_read_as_news_writes_them() -> None:
    text = "NEW YORK - Tim itu tampil di MotoGP dan Liga Champions musim ini."
    found = [_m("NEW YORK", "LOC", 0), _m("MotoGP", "ORG", 29), _m("Liga Champions", "ORG", 40)]
    no_lower_case_names(found, text)
    assert [m["text"] for m in found] == ["NEW YORK"]
    from warta.extract.entity_rules import places_in_capitals

    found[0]["canonical"] = "NEW YORK"
    places_in_capitals(found, {("new", "york"): "LOC"})
    assert found[0]["canonical"] == "New York"


def test_courts_hospitals_and_police_units_are_bodies() -> None:
    from warta.extract.entity_rules import institutions_are_bodies

    found = [
        _m("Pengadilan Negeri Jakarta Utara", "LOC", 0),
        _m("RS Kramat Jati", "LOC", 40),
        _m("Rumah Sakit Fatmawati", "LOC", 60),
        _m("Jakarta Utara", "LOC", 90),
        _m("Markas Polda", "LOC", 110),
    ]
    institutions_are_bodies(found)
    assert [m["label"] for m in found] == ["ORG", "ORG", "ORG", "LOC", "LOC"]
