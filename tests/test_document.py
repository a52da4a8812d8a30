"""The Document model: spans, clean text, status, serialisation."""

from __future__ import annotations

import pytest

from warta.document import Document, RemovedSpan, reason_kind

RAW = "Judul berita\n\nParagraf satu.\n\nBaca juga: lain\n\nParagraf dua. slot gacor\n\nBy gacor88"


def test_clean_text_drops_removed_lines_and_collapses_blank_runs() -> None:
    doc = Document(id="d", raw=RAW)
    doc.remove_line(4, "boilerplate: baca-juga")
    doc.remove_line(8, "spam")
    assert doc.text == "Judul berita\n\nParagraf satu.\n\nParagraf dua. slot gacor"


def test_inline_span_removes_only_the_appended_part() -> None:
    doc = Document(id="d", raw=RAW)
    line = doc.lines[6]
    start = line.index(" slot gacor")
    span = doc.remove(6, start, len(line), "spam")
    assert span.text == " slot gacor"
    assert "Paragraf dua." in doc.text
    assert "slot gacor" not in doc.text


def test_span_outside_line_is_rejected_with_message() -> None:
    doc = Document(id="d", raw="abc")
    with pytest.raises(ValueError, match="outside line 0"):
        doc.remove(0, 1, 10, "spam")


def test_blank_line_removal_is_a_no_op() -> None:
    doc = Document(id="d", raw="a\n\nb")
    assert doc.remove_line(1, "boilerplate") is None
    assert doc.removed == []


def test_round_trip_with_raw_keeps_everything() -> None:
    doc = Document(id="d", raw=RAW, url="https://x.id/a", title="Judul", published="2026-01-02")
    doc.remove_line(8, "spam")
    doc.annotations["entities"] = [
        {"text": "X", "label": "PER", "start": 0, "end": 1, "canonical": "X"}
    ]
    doc.annotations["_minhash"] = [1, 2, 3]
    back = Document.from_dict(doc.to_dict(include_raw=True, include_internal=True))
    assert back.raw == doc.raw
    assert back.text == doc.text
    assert back.removed == doc.removed
    assert back.annotations == doc.annotations


def test_internal_annotations_stay_out_of_the_output_record() -> None:
    doc = Document(id="d", raw="teks")
    doc.annotations["_minhash"] = [1]
    doc.annotations["group"] = "g-1"
    record = doc.to_dict()
    assert "_minhash" not in record
    assert record["group"] == "g-1"


def test_record_without_raw_keeps_its_clean_text() -> None:
    doc = Document(id="d", raw=RAW)
    doc.remove_line(8, "spam")
    back = Document.from_dict(doc.to_dict())
    assert back.text == doc.text
    assert back.removed == [RemovedSpan(8, 0, 10, "By gacor88", "spam")]


def test_drop_and_fail_set_status_and_reason() -> None:
    doc = Document(id="d", raw="x")
    doc.drop("language: ms")
    assert (doc.status, doc.reason, doc.kept) == ("dropped", "language: ms", False)
    doc.fail("invalid-json: f.jsonl#L2: bad")
    assert doc.to_dict()["text"] == ""


def test_reason_kind_keys_on_prefix() -> None:
    assert reason_kind("invalid-json: a.jsonl#L3: Expecting value") == "invalid-json"
    assert reason_kind("spam") == "spam"
    assert reason_kind(None) == "unspecified"


def test_content_hash_depends_on_raw_only() -> None:
    a = Document(id="a", raw="sama")
    b = Document(id="b", raw="sama", title="lain")
    assert a.content_hash == b.content_hash
    assert a.content_hash != Document(id="c", raw="beda").content_hash


def test_fast_clean_text_matches_line_by_line_assembly() -> None:
    import random

    from warta.document import _assemble, _tidy

    rng = random.Random(3)
    pieces = ["Kata", "dua kata", "", " ", "\t", "\u00a0", "akhir  ", "  awal", "\u2003"]
    for _ in range(2000):
        raw = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert _tidy(raw) == _assemble(raw.split("\n"), []), repr(raw)
