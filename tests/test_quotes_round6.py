"""Round 6: an age in brackets after a name, and a clause set off by commas between a subject
and its verb of saying (as translated wire copy writes "X, speaking in Munich, said")."""

from __future__ import annotations

from warta.extract.entities import find_entities
from warta.extract.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str | None, str | None, str]]:
    found = extract_quotes(text, entities=find_entities(text))
    return [(q["speaker"], q.get("role"), str(q["text"])) for q in found]


def test_age_in_brackets_does_not_hide_the_name_set_off_by_commas() -> None:
    text = (
        "Banjir merendam permukiman di pesisir Demak sejak Senin malam.\n\n"
        'Warga Sayung, Karsinah (61), mengaku belum bisa pulang. "Rumah saya masih terendam '
        'sepinggang," ujarnya.'
    )
    quotes = _quotes(text)
    assert [speaker for speaker, _, _ in quotes] == ["Karsinah", "Karsinah"]
    assert quotes[0][1] == "Warga Sayung"


def test_age_with_tahun_after_the_name() -> None:
    text = (
        "Seorang sopir angkot di Terminal Kampung Rambutan, Sutrisno (47 tahun), mengatakan "
        "penumpang berkurang sejak tarif naik."
    )
    ((speaker, role, statement),) = _quotes(text)
    assert speaker == "Sutrisno"
    assert role == "sopir angkot di Terminal Kampung Rambutan"
    assert statement.startswith("penumpang berkurang")


def test_relative_clause_between_commas_before_the_verb() -> None:
    text = (
        "Seorang diplomat Eropa, yang berbicara dengan syarat anonim, mengatakan perundingan "
        "akan dilanjutkan pekan depan."
    )
    ((speaker, _, statement),) = _quotes(text)
    assert speaker is not None and speaker.lower() == "seorang diplomat eropa"
    assert statement.startswith("perundingan akan")


def test_participle_clause_between_commas_before_the_verb() -> None:
    text = (
        "Menteri Luar Negeri Jerman Annalena Baerbock tiba di Kyiv pada hari Senin.\n\n"
        "Baerbock, berbicara di depan parlemen pada hari Selasa, mengatakan bahwa bantuan "
        "akan terus mengalir."
    )
    ((speaker, _, statement),) = _quotes(text)
    assert speaker == "Annalena Baerbock"
    assert statement.startswith("bantuan akan")


def test_a_list_between_commas_is_not_skipped_as_a_clause() -> None:
    text = "Jepang, Korea Selatan, dan Australia mengatakan latihan bersama akan digelar."
    ((speaker, _, _),) = _quotes(text)
    assert speaker == "Jepang, Korea Selatan, dan Australia"
