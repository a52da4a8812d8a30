"""The cleaning stage: step order, the empty-document check, and the repeated-line filter."""

from __future__ import annotations

from warta.clean.repeated import RepeatedLineFilter, RepeatedLineOptions
from warta.clean.stage import CleanOptions, EmptyDocumentFilter, clean_steps
from warta.document import Document
from warta.pipeline import Pipeline


def test_steps_come_in_order_and_are_parallel() -> None:
    names = [step.name for step in clean_steps(CleanOptions(language=False))]
    assert names == ["normalize", "boilerplate", "page-date", "spam", "empty-check"]
    assert all(step.parallel for step in clean_steps())


def test_document_of_only_spam_and_furniture_is_dropped() -> None:
    doc = Document(
        id="x", raw="ADVERTISEMENT\n\nslot gacor hari ini 𝐆𝐀𝐂𝐎𝐑𝟴𝟴 maxwin\n\nBaca juga: X"
    )
    pipeline = Pipeline(clean_steps(CleanOptions(language=False)))
    list(pipeline.run([doc]))
    assert doc.status == "dropped"
    assert doc.reason == "empty-after-cleaning"
    assert pipeline.stats[-1].dropped["empty-after-cleaning"] == 1


def test_empty_check_keeps_a_document_with_text() -> None:
    doc = Document(id="x", raw="Satu kalimat berita.")
    list(EmptyDocumentFilter().run([doc]))
    assert doc.kept


def test_keep_lang_passes_through_when_language_step_exists() -> None:
    steps = clean_steps(CleanOptions(keep_lang=frozenset({"id"})))
    names = [step.name for step in steps]
    assert names[:4] == ["normalize", "boilerplate", "page-date", "spam"]
    assert names[-1] == "empty-check"


def _site_doc(n: int, source: str) -> Document:
    body = f"Berita nomor {n} tentang harga cabai yang berbeda setiap hari, kata pedagang {n}."
    raw = f"Judul berita {n}\n\n{body}\n\nKlik untuk membaca berita lain dari redaksi kami\n"
    return Document(id=str(n), raw=raw, source=source)


def test_repeated_site_line_is_boilerplate() -> None:
    docs = [_site_doc(n, "situs-a") for n in range(6)]
    out = list(RepeatedLineFilter(RepeatedLineOptions(window=10, min_docs=5)).run(docs))
    assert all([s.reason for s in d.removed] == ["boilerplate: repeated"] for d in out)
    assert all("Berita nomor" in d.text for d in out)


def test_repeated_line_needs_the_same_source() -> None:
    docs = [_site_doc(n, f"situs-{n}") for n in range(6)]
    out = list(RepeatedLineFilter(RepeatedLineOptions(window=10, min_docs=5)).run(docs))
    assert all(d.removed == [] for d in out)


def test_duplicate_articles_are_not_emptied_by_the_repeated_line_filter() -> None:
    docs = [Document(id=str(n), raw="Sama\n\nIsi yang sama persis.", source="s") for n in range(6)]
    out = list(RepeatedLineFilter(RepeatedLineOptions(window=10, min_docs=5)).run(docs))
    assert all(d.removed == [] for d in out)
