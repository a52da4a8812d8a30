"""Full-text search over the knowledge base: Indonesian words, diacritics, unsafe input."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_records import fixture_records, generated_record

from warta.errors import StoreError
from warta.store import KnowledgeBase, plain_query


@pytest.fixture()
def kb(tmp_path: Path) -> KnowledgeBase:
    base = KnowledgeBase.open(tmp_path / "kb.sqlite")
    base.add(fixture_records())
    return base


def _ids(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [hit.id for hit in hits]


def test_search_finds_word_in_text(kb: KnowledgeBase) -> None:
    hits = kb.search("Dayeuhkolot")
    assert _ids(hits) == ["kompas-0001"]
    assert "«Dayeuhkolot»" in hits[0].snippet
    assert hits[0].url == "https://kompas.example/2024/02/14/banjir-bandung"
    assert hits[0].published == "2024-02-14T08:30:00+07:00"


def test_search_finds_word_in_title(kb: KnowledgeBase) -> None:
    assert _ids(kb.search("menjamur")) == ["tempo-0003"]


def test_search_is_case_and_diacritic_insensitive(kb: KnowledgeBase) -> None:
    assert _ids(kb.search("KAFE")) == ["tempo-0003"]
    assert _ids(kb.search("kafé")) == ["tempo-0003"]
    assert _ids(kb.search("citarum")) == ["kompas-0001"]


def test_all_words_must_match(kb: KnowledgeBase) -> None:
    assert _ids(kb.search("debat jakarta")) == ["detik-0002"]
    assert kb.search("debat citarum") == []


def test_title_match_ranks_above_text_match(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        in_text = generated_record(1, word="bandung")
        in_title = {**generated_record(2), "title": "Bandung Macet Total"}
        kb.add([in_text, in_title])
        hits = kb.search("bandung")
    assert _ids(hits) == ["gen-000002", "gen-000001"]
    assert hits[0].rank < hits[1].rank


def test_removed_spans_are_not_searchable(kb: KnowledgeBase) -> None:
    # "gacor" only occurs in a removed spam line of a kept article (and in a dropped page).
    assert kb.search("gacor") == []
    assert kb.search("baca juga") == []


def test_dropped_and_errored_documents_are_not_searchable(kb: KnowledgeBase) -> None:
    assert "spam-0004" not in _ids(kb.search("slot"))
    assert _ids(kb.search("banjir")) == ["kompas-0001"]  # not the dropped or errored doc


@pytest.mark.parametrize(
    "query",
    [
        '"banjir',
        'banjir"',
        "banjir AND",
        "OR banjir",
        "NOT",
        "NEAR(banjir rumah)",
        "title:banjir",
        "banjir-bandung",
        "(banjir",
        "banjir)",
        "banjir*",
        "*banjir",
        "^banjir",
        "banjir + rumah",
        "rumah; DROP TABLE documents; --",
        "{title text}: banjir",
        "'banjir'",
        "banjir\x00rumah",
        "!!!",
        "",
        "   ",
    ],
)
def test_nasty_plain_queries_do_not_crash(kb: KnowledgeBase, query: str) -> None:
    hits = kb.search(query)
    assert set(_ids(hits)) <= {"kompas-0001"}
    assert kb.counts()["total"] == 5


def test_plain_query_keeps_phrases_and_hyphenated_words(kb: KnowledgeBase) -> None:
    assert _ids(kb.search('"sungai citarum"')) == ["kompas-0001"]
    assert kb.search('"citarum sungai"') == []
    assert _ids(kb.search("Jawa-Barat")) == ["kompas-0001"]
    assert _ids(kb.search("AND debat")) == []  # "and" is a word to find, not an operator


def test_plain_query_prefix(kb: KnowledgeBase) -> None:
    assert _ids(kb.search("mengevak*")) == ["kompas-0001"]


def test_plain_query_escaping() -> None:
    assert plain_query('banjir "Jawa Barat" AND x*') == '"banjir" "Jawa Barat" "AND" "x"*'
    assert plain_query('a"b') == '"a""b"'
    assert plain_query("--- !!") == ""


def test_raw_query_uses_fts_syntax(kb: KnowledgeBase) -> None:
    assert set(_ids(kb.search("citarum OR debat", raw=True))) == {"detik-0002", "kompas-0001"}
    assert _ids(kb.search("title:kpu", raw=True)) == ["detik-0002"]
    assert kb.search("title:jakarta", raw=True) == []


def test_broken_raw_query_is_store_error(kb: KnowledgeBase) -> None:
    with pytest.raises(StoreError, match="invalid search query"):
        kb.search('"banjir AND (', raw=True)
    with pytest.raises(StoreError, match="invalid search query"):
        kb.search("nosuchcolumn:banjir", raw=True)


def test_limit_and_offset_page_through_hits(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add(generated_record(n, word="pemilu") for n in range(25))
        first = kb.search("pemilu", limit=10)
        second = kb.search("pemilu", limit=10, offset=10)
        everything = kb.search("pemilu", limit=100)
    assert len(first) == len(second) == 10
    assert len(everything) == 25
    assert not set(_ids(first)) & set(_ids(second))


def test_snippet_is_one_line(kb: KnowledgeBase) -> None:
    [hit] = kb.search("citarum")
    assert "\n" not in hit.snippet


def test_custom_snippet_markers(kb: KnowledgeBase) -> None:
    hits = kb.search("citarum", markers=("<mark>", "</mark>"))
    assert "<mark>Citarum</mark>" in hits[0].snippet
