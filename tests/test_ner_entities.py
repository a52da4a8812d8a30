"""The entity step: offsets into the clean text, roles apart from names, canonical names."""

from __future__ import annotations

import pickle

from warta.document import Document
from warta.extract.entities import EntityRecognizer, extract_entity_steps, find_entities
from warta.extract.ner.roles import find_role, split_titles
from warta.extract.ner.tagger import TokenSpan


def _by_text(text: str) -> dict[str, dict[str, object]]:
    return {str(e["text"]): e for e in find_entities(text)}


def test_title_is_a_role_not_part_of_the_name() -> None:
    found = _by_text("Presiden Prancis Emmanuel Macron menelepon Vladimir Putin.")
    assert found["Emmanuel Macron"]["label"] == "PER"
    assert found["Emmanuel Macron"]["role"] == "Presiden Prancis"
    assert "Presiden Prancis Emmanuel Macron" not in found


def test_counterpart_from_country_splits_place_and_person() -> None:
    found = _by_text("Presiden Rusia Vladimir Putin dan timpalannya dari AS Joe Biden bertemu.")
    assert found["Joe Biden"]["label"] == "PER"
    assert found["AS"]["label"] == "LOC"
    assert "AS Joe Biden" not in found


def test_split_titles_keeps_two_word_names_with_a_place_word() -> None:
    tokens = ["bersama", "Paris", "Hilton"]
    assert split_titles(tokens, [TokenSpan(1, 3, "PER")]) == [TokenSpan(1, 3, "PER")]
    tokens = ["Menteri", "Luar", "Negeri", "Retno", "Marsudi"]
    assert split_titles(tokens, [TokenSpan(0, 5, "PER")]) == [TokenSpan(3, 5, "PER")]


def test_appositive_role_after_the_name() -> None:
    tokens = ["kata", "Jen", "Psaki", ",", "sekretaris", "pers", "AS", "."]
    spans = [TokenSpan(1, 3, "PER"), TokenSpan(6, 7, "LOC")]
    assert find_role(tokens, spans, 0) == (4, 7)


def test_offsets_point_into_the_clean_text_after_removals() -> None:
    doc = Document(
        id="d", raw="IKLAN judi online\nMenteri Luar Negeri AS Antony Blinken tiba di Kyiv."
    )
    doc.remove_line(0, "spam")
    list(EntityRecognizer().run([doc]))
    ents = doc.annotations["entities"]
    assert ents, doc.reason
    for ent in ents:
        assert doc.text[ent["start"] : ent["end"]] == ent["text"]
    assert ("Kyiv", "LOC") in {(e["text"], e["label"]) for e in ents}
    # (The name itself: see test_first_name_that_is_also_a_town.)


def test_first_name_that_is_also_a_town() -> None:
    # The tagger alone reads "Antony" (also a French town) as the name and leaves "Blinken"
    # out; a given name after its title takes the capitalised word after it.
    ents = find_entities("Menteri Luar Negeri AS Antony Blinken tiba di Kyiv.")
    assert ("Antony Blinken", "PER") in {(e["text"], e["label"]) for e in ents}


def test_surname_gets_the_full_name_as_canonical() -> None:
    ents = find_entities("Vladimir Putin berbicara dengan Macron. Putin menolak tuduhan itu.")
    putin = [e for e in ents if e["text"] == "Putin"]
    assert putin and putin[0]["canonical"] == "Vladimir Putin"


def test_lowercase_text_still_finds_entities() -> None:
    found = _by_text("presiden joko widodo berkunjung ke surabaya bersama menteri keuangan.")
    labels = {str(v["label"]) for v in found.values()}
    assert {"PER", "LOC"} <= labels


def test_step_pickles_without_the_model_and_is_named() -> None:
    [step] = extract_entity_steps()
    assert step.name == "entities" and step.parallel
    clone = pickle.loads(pickle.dumps(step))
    doc = Document(id="d", raw="Joko Widodo tiba di Jakarta.")
    list(clone.run([doc]))
    assert doc.status == "kept"
    assert any(e["label"] == "PER" for e in doc.annotations["entities"])


def test_empty_text_gives_no_entities() -> None:
    assert find_entities("") == []


def test_known_body_glued_to_a_person_is_split_off() -> None:
    tokens = ["Juru", "bicara", "Gedung", "Putih", "Karine", "Jean-Pierre"]
    gazetteer = {("gedung", "putih"): "ORG"}
    spans = split_titles(tokens, [TokenSpan(2, 6, "PER")], gazetteer=gazetteer)
    assert spans == [TokenSpan(2, 4, "ORG"), TokenSpan(4, 6, "PER")]


def test_lower_case_sentence_detection() -> None:
    from warta.extract.ner.features import is_lower_case

    assert is_lower_case(["presiden", "joko", "widodo"])
    assert not is_lower_case(["presiden", "Joko", "widodo"])


def test_a_known_body_tagged_as_a_person_is_the_body() -> None:
    from warta.extract.entity_rules import places_are_not_people

    gazetteer = {("kremlin",): "ORG", ("mandiri",): "ORG", ("moskow",): "LOC"}
    found = [
        {"text": "Kremlin", "label": "PER", "start": 0, "end": 7, "role": "juru bicara"},
        {"text": "Mandiri", "label": "PER", "start": 10, "end": 17},  # also "independent"
        {"text": "Moskow", "label": "PER", "start": 20, "end": 26},
    ]
    places_are_not_people(found, gazetteer)
    assert [(m["text"], m["label"]) for m in found] == [
        ("Kremlin", "ORG"),
        ("Mandiri", "PER"),
        ("Moskow", "LOC"),
    ]
    assert "role" not in found[0]
    # A document naming a person with the word keeps the person.
    people = [
        {"text": "Pentagon Smith", "label": "PER", "start": 0, "end": 14},
        {"text": "Pentagon", "label": "PER", "start": 20, "end": 28},
    ]
    places_are_not_people(people, {("pentagon",): "ORG"})
    assert [m["label"] for m in people] == ["PER", "PER"]
