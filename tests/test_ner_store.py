"""Entity tables on a real SQLite file: idempotent storing, listing, aliases and lookup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from warta.store.entities import add_document_entities, ensure_schema, get_entity, list_entities


def _mention(text: str, label: str, start: int, canonical: str | None = None) -> dict[str, object]:
    return {
        "text": text,
        "label": label,
        "start": start,
        "end": start + len(text),
        "canonical": canonical or text,
    }


def _db(tmp_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "kb.db")
    ensure_schema(conn)
    ensure_schema(conn)  # idempotent
    return conn


def test_storing_a_document_twice_replaces_its_mentions(tmp_path: Path) -> None:
    conn = _db(tmp_path)
    ents = [_mention("Vladimir Putin", "PER", 0), _mention("Putin", "PER", 40, "Vladimir Putin")]
    add_document_entities(conn, "d1", ents)
    add_document_entities(conn, "d1", ents)
    conn.commit()
    [summary] = list_entities(conn)
    assert (summary.name, summary.type, summary.mentions, summary.documents) == (
        "Vladimir Putin",
        "PER",
        2,
        1,
    )


def test_aliases_and_spelling_variants_are_one_entity(tmp_path: Path) -> None:
    conn = _db(tmp_path)
    add_document_entities(conn, "d1", [_mention("Kiev", "LOC", 0), _mention("Zelenskiy", "PER", 9)])
    add_document_entities(conn, "d2", [_mention("Kyiv", "LOC", 3), _mention("Zelensky", "PER", 20)])
    add_document_entities(conn, "d3", [_mention("AS", "LOC", 0, "Amerika Serikat")])
    add_document_entities(conn, "d4", [_mention("Amerika Serikat", "LOC", 0)])
    conn.commit()
    kyiv = get_entity(conn, "Kiev")
    assert kyiv is not None and kyiv.name == "Kyiv" and kyiv.type == "LOC"
    assert [d.doc_id for d in kyiv.documents] == ["d1", "d2"]
    zel = get_entity(conn, "Zelenskyy")
    assert zel is not None and len(zel.mentions) == 2
    us = get_entity(conn, "AS")
    assert us is not None and us.name == "Amerika Serikat" and len(us.documents) == 2
    assert "AS" in us.aliases


def test_bare_surname_joins_the_known_full_name_across_documents(tmp_path: Path) -> None:
    conn = _db(tmp_path)
    add_document_entities(conn, "d1", [_mention("Emmanuel Macron", "PER", 0)])
    add_document_entities(conn, "d2", [_mention("Macron", "PER", 5)])
    conn.commit()
    people = list_entities(conn, type="PER")
    assert [(p.name, p.mentions, p.documents) for p in people] == [("Emmanuel Macron", 2, 2)]


def test_list_filters_by_type_and_unknown_entity_is_none(tmp_path: Path) -> None:
    conn = _db(tmp_path)
    add_document_entities(
        conn,
        "d1",
        [_mention("NATO", "ORG", 0), _mention("Rusia", "LOC", 10), _mention("Rusia", "LOC", 30)],
    )
    conn.commit()
    assert [e.name for e in list_entities(conn, type="LOC")] == ["Rusia"]
    assert [e.name for e in list_entities(conn)] == ["Rusia", "NATO"]
    assert get_entity(conn, "Atlantis") is None


def test_role_is_kept_with_the_mention(tmp_path: Path) -> None:
    conn = _db(tmp_path)
    ent = _mention("Emmanuel Macron", "PER", 17)
    ent["role"] = "Presiden Prancis"
    add_document_entities(conn, "d1", [ent])
    conn.commit()
    detail = get_entity(conn, "emmanuel macron")
    assert detail is not None and detail.mentions[0].role == "Presiden Prancis"


def test_names_seen_in_part_are_joined_across_documents(tmp_path: Path) -> None:
    from warta.store.entities import consolidate_entities

    conn = _db(tmp_path)
    # the surname comes first: storing alone cannot know whose it is
    add_document_entities(conn, "d1", [_mention("Macron", "PER", 0)])
    add_document_entities(conn, "d2", [_mention("Emmanuel Macron", "PER", 0)] * 2)
    add_document_entities(conn, "d3", [_mention("Anies Baswedan", "PER", 0)] * 3)
    add_document_entities(conn, "d4", [_mention("Anies Rasyid Baswedan", "PER", 0)])
    add_document_entities(conn, "d5", [_mention("Persekat", "ORG", 0)])
    add_document_entities(conn, "d6", [_mention("Persekat Tegal", "ORG", 0)] * 2)
    # not joined: a body and its branch or product, two people sharing a surname, a
    # given name alone, places
    add_document_entities(conn, "d7", [_mention("Google", "ORG", 0)] * 3)
    add_document_entities(conn, "d8", [_mention("Google Allo", "ORG", 0)] * 3)
    add_document_entities(conn, "d9", [_mention("Widodo", "PER", 0)])
    add_document_entities(conn, "d10", [_mention("Joko Widodo", "PER", 0)] * 2)
    add_document_entities(conn, "d11", [_mention("Agus Widodo", "PER", 0)] * 2)
    add_document_entities(conn, "d12", [_mention("Emmanuel", "PER", 0)])
    add_document_entities(
        conn, "d13", [_mention("Jawa", "LOC", 0), _mention("Jawa Barat", "LOC", 9)]
    )
    assert consolidate_entities(conn) == 3
    conn.commit()
    names = {(e.name, e.type): e.documents for e in list_entities(conn, limit=100)}
    assert names[("Emmanuel Macron", "PER")] == 2
    assert names[("Anies Baswedan", "PER")] == 2  # the more mentioned name is kept
    assert names[("Persekat Tegal", "ORG")] == 2
    for kept in ("Google", "Google Allo", "Widodo", "Joko Widodo", "Emmanuel", "Jawa"):
        assert any(name == kept for name, _ in names), kept
    anies = get_entity(conn, "Anies Rasyid Baswedan")
    assert anies is not None and anies.name == "Anies Baswedan"
    assert {"Anies Baswedan", "Anies Rasyid Baswedan"} <= set(anies.aliases)
    # a later document finds the joined entity by its short name
    add_document_entities(conn, "d14", [_mention("Persekat", "ORG", 0)])
    assert consolidate_entities(conn) == 0
    persekat = get_entity(conn, "Persekat")
    assert persekat is not None and persekat.name == "Persekat Tegal"
    assert len(persekat.documents) == 3
    # a short name the alias table knows joins its club when stored ("Persib")
    add_document_entities(conn, "d15", [_mention("Persib", "ORG", 0)])
    add_document_entities(conn, "d16", [_mention("Persib Bandung", "ORG", 0)])
    persib = get_entity(conn, "Persib")
    assert persib is not None and persib.name == "Persib Bandung" and len(persib.documents) == 2


def test_a_run_joins_entities_and_reports_it(tmp_path: Path) -> None:
    import json

    from warta import api

    inputs = tmp_path / "in.jsonl"
    articles = [
        ("a1", "Kemarin Macron berbicara kepada wartawan di Paris tentang pajak."),
        ("a2", "Presiden Prancis Emmanuel Macron tiba di Berlin. Macron bertemu Olaf Scholz."),
    ]
    inputs.write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in articles), encoding="utf-8"
    )
    report = api.run([str(inputs)], db=tmp_path / "kb.db")
    assert report.entities_joined >= 1
    people = api.entities(tmp_path / "kb.db", type="PER")
    macron = [p for p in people if "Macron" in p["name"]]
    assert len(macron) == 1 and macron[0]["documents"] == 2


def test_a_place_does_not_join_a_longer_place_by_alias(tmp_path: Path) -> None:
    conn = _db(tmp_path)
    # a document that named the city both ways keeps "Bandung" as an alias of "Kota
    # Bandung"; a later "Bandung" stays the place it names, not the city's formal name
    add_document_entities(
        conn,
        "d1",
        [_mention("Kota Bandung", "LOC", 0), _mention("Bandung", "LOC", 30, "Kota Bandung")],
    )
    add_document_entities(conn, "d2", [_mention("Bandung", "LOC", 0)])
    conn.commit()
    assert sorted(e.name for e in list_entities(conn, type="LOC")) == ["Bandung", "Kota Bandung"]


def test_a_shared_surname_joins_the_far_better_known_bearer(tmp_path: Path) -> None:
    from warta.store.entities import consolidate_entities

    conn = _db(tmp_path)
    add_document_entities(conn, "d1", [_mention("Trump", "PER", 0)] * 2)
    add_document_entities(conn, "d2", [_mention("Donald Trump", "PER", 0)] * 25)
    add_document_entities(conn, "d3", [_mention("Ivanka Trump", "PER", 0)] * 2)
    # two bearers about as well known: the surname stays alone
    add_document_entities(conn, "d4", [_mention("Widodo", "PER", 0)])
    add_document_entities(conn, "d5", [_mention("Joko Widodo", "PER", 0)] * 12)
    add_document_entities(conn, "d6", [_mention("Agus Widodo", "PER", 0)] * 3)
    # a surname mentioned about as often as the best-known bearer is someone in its own right
    add_document_entities(conn, "d7", [_mention("Wiranto", "PER", 0)] * 6)
    add_document_entities(conn, "d8", [_mention("Ahmad Wiranto", "PER", 0)] * 12)
    add_document_entities(conn, "d9", [_mention("Budi Wiranto", "PER", 0)])
    # a word that opens another name is a given name too: anyone's
    add_document_entities(conn, "d10", [_mention("James", "PER", 0)])
    add_document_entities(conn, "d11", [_mention("LeBron James", "PER", 0)] * 40)
    add_document_entities(conn, "d12", [_mention("Reece James", "PER", 0)])
    add_document_entities(conn, "d13", [_mention("James Rodriguez", "PER", 0)] * 2)
    assert consolidate_entities(conn) == 1
    conn.commit()
    trump = get_entity(conn, "Trump")
    assert trump is not None and trump.name == "Donald Trump" and len(trump.documents) == 2
    names = {e.name for e in list_entities(conn, limit=100)}
    assert {"Ivanka Trump", "Widodo", "Wiranto", "James"} <= names


def test_an_initial_and_a_surname_join_the_full_name_with_that_initial(tmp_path: Path) -> None:
    from warta.store.entities import consolidate_entities

    conn = _db(tmp_path)
    add_document_entities(conn, "d1", [_mention("M. VINALES", "PER", 0)] * 3)
    add_document_entities(conn, "d2", [_mention("Maverick Vinales", "PER", 0)])
    add_document_entities(conn, "d3", [_mention("A. Marquez", "PER", 0)])
    add_document_entities(conn, "d4", [_mention("Marc Marquez", "PER", 0)] * 5)
    # Balinese names open with "I", no initial
    add_document_entities(conn, "d5", [_mention("I Gojali", "PER", 0)])
    add_document_entities(conn, "d6", [_mention("Imam Gojali", "PER", 0)] * 4)
    assert consolidate_entities(conn) == 1
    conn.commit()
    vinales = get_entity(conn, "M. VINALES")
    assert vinales is not None and vinales.name == "Maverick Vinales"
    assert len(vinales.documents) == 2
    names = {e.name for e in list_entities(conn, limit=100)}
    assert {"A. Marquez", "Marc Marquez", "I Gojali", "Imam Gojali"} <= names


def test_a_name_first_stored_in_capitals_is_shown_as_running_text_writes_it(
    tmp_path: Path,
) -> None:
    conn = _db(tmp_path)
    add_document_entities(conn, "d1", [_mention("DANILO PETRUCCI", "PER", 0)])
    add_document_entities(conn, "d2", [_mention("Danilo Petrucci", "PER", 0)])
    add_document_entities(conn, "d3", [_mention("BPJS TK", "ORG", 0)])  # acronyms stay
    conn.commit()
    names = {e.name: e.documents for e in list_entities(conn, limit=100)}
    assert names == {"Danilo Petrucci": 2, "BPJS TK": 1}


def test_a_name_first_stored_in_lower_case_is_shown_capitalised(tmp_path: Path) -> None:
    conn = _db(tmp_path)
    add_document_entities(conn, "d1", [_mention("timnas Indonesia", "ORG", 0)])
    add_document_entities(conn, "d2", [_mention("Timnas Indonesia", "ORG", 0)])
    add_document_entities(conn, "d3", [_mention("timnas Indonesia", "ORG", 0)])
    add_document_entities(conn, "d4", [_mention("Haruna soemitro", "PER", 0)])
    add_document_entities(conn, "d5", [_mention("Haruna Soemitro", "PER", 0)])
    add_document_entities(conn, "d6", [_mention("Fatima al Fihri", "PER", 0)])
    conn.commit()
    names = {e.name: e.documents for e in list_entities(conn, limit=100)}
    assert names == {"Timnas Indonesia": 3, "Haruna Soemitro": 2, "Fatima al Fihri": 1}


def test_initials_of_a_person_are_no_body_the_alias_table_knows(tmp_path: Path) -> None:
    conn = _db(tmp_path)
    # "MK", the initials of a victim, next to the court that goes by the same short form
    add_document_entities(conn, "d1", [_mention("MK", "PER", 0), _mention("MU", "PER", 10)])
    add_document_entities(conn, "d2", [_mention("MK", "ORG", 5), _mention("Moe", "PER", 30)])
    names = {(e.name, e.type) for e in list_entities(conn)}
    assert ("MK", "PER") in names
    assert ("MU", "PER") in names  # no old-spelling fold onto "Moe"
    assert ("Mahkamah Konstitusi", "ORG") in names
    assert ("Mahkamah Konstitusi", "PER") not in names
    found = get_entity(conn, "MU")
    assert found is not None and (found.name, found.type) == ("MU", "PER")
