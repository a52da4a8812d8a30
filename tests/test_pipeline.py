"""The step contract and the pipeline's counters."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from warta.document import Document
from warta.pipeline import DocumentStep, Pipeline, Step


class _DropShort(DocumentStep):
    name = "drop-short"

    def process(self, doc: Document) -> None:
        if len(doc.raw) < 5:
            doc.drop("too-short: under 5 characters")


class _RemoveSpam(DocumentStep):
    name = "spam"

    def process(self, doc: Document) -> None:
        for number, line in enumerate(doc.lines):
            if "gacor" in line:
                doc.remove_line(number, "spam")


class _Explodes(DocumentStep):
    name = "explodes"

    def process(self, doc: Document) -> None:
        if "boom" in doc.raw:
            raise RuntimeError("cannot handle boom")


class _Buffering:
    name = "buffering"
    parallel = False

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        buffered = list(docs)
        for doc in reversed(buffered):
            if doc.id == "b":
                doc.drop("duplicate: a")
            yield doc


def _docs() -> list[Document]:
    return [
        Document(id="a", raw="Berita panjang\nslot gacor"),
        Document(id="b", raw="pendek"),
        Document(id="c", raw="abc"),
        Document(id="d", raw="ada boom di sini"),
    ]


def test_steps_satisfy_the_protocol() -> None:
    assert isinstance(_RemoveSpam(), Step)
    assert isinstance(_Buffering(), Step)


def test_counters_per_step_and_reason() -> None:
    pipeline = Pipeline([_DropShort(), _RemoveSpam(), _Explodes(), _Buffering()])
    docs = list(pipeline.run(_docs()))
    assert [d.id for d in docs] == ["d", "c", "b", "a"]
    stats = {s.name: s for s in pipeline.stats}
    assert stats["drop-short"].dropped == {"too-short": 1}
    assert stats["spam"].removed == {"spam": 1}
    assert stats["explodes"].errored == {"explodes": 1}
    assert stats["buffering"].dropped == {"duplicate": 1}
    assert all(s.docs_in == 4 and s.docs_out == 4 for s in pipeline.stats)


def test_a_failing_document_does_not_stop_the_run() -> None:
    docs = list(Pipeline([_Explodes(), _RemoveSpam()]).run(_docs()))
    failed = [d for d in docs if d.status == "error"]
    assert [d.id for d in failed] == ["d"]
    assert failed[0].reason == "explodes: RuntimeError: cannot handle boom"
    assert docs[0].removed  # later steps still ran on the others


def test_dropped_documents_skip_later_steps() -> None:
    docs = list(Pipeline([_DropShort(), _Explodes()]).run([Document(id="x", raw="boom")]))
    assert docs[0].status == "dropped"


def test_split_puts_whole_stream_steps_after_the_parallel_prefix() -> None:
    head, tail = Pipeline([_DropShort(), _RemoveSpam(), _Buffering(), _Explodes()]).split()
    assert [s.name for s in head.steps] == ["drop-short", "spam"]
    assert [s.name for s in tail.steps] == ["buffering", "explodes"]
