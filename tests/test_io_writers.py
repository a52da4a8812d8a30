"""JSONL and Parquet writers round-trip Document records."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from warta.document import Document
from warta.errors import ConfigError
from warta.io import JsonlWriter, ParquetWriter, open_writer


def _record(doc_id: str, **annotations: object) -> dict:
    doc = Document(id=doc_id, raw="Judul Berita\nBaca juga: lainnya\nIsi berita “penting”.")
    doc.remove_line(1, "boilerplate: baca juga")
    doc.annotations.update(annotations)
    return doc.to_dict()


def test_jsonl_writer_keeps_unicode_one_record_per_line(tmp_path: Path) -> None:
    path = tmp_path / "keluar" / "hasil.jsonl"
    records = [_record("a", entities=[{"text": "Jakarta", "label": "LOC"}]), _record("b")]
    with JsonlWriter(path) as writer:
        for record in records:
            writer.write(record)
    text = path.read_text(encoding="utf-8")
    assert "“penting”" in text and "\\u201c" not in text
    assert [json.loads(line) for line in text.splitlines()] == records


def test_jsonl_writer_gzip_path(tmp_path: Path) -> None:
    path = tmp_path / "hasil.jsonl.gz"
    with JsonlWriter(path) as writer:
        writer.write(_record("a"))
    assert json.loads(gzip.decompress(path.read_bytes()))["id"] == "a"


def test_open_writer_stdout_for_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    with open_writer("-", "jsonl") as writer:
        writer.write({"id": "x", "text": "Ini berita."})
    assert json.loads(capsys.readouterr().out) == {"id": "x", "text": "Ini berita."}


def test_open_writer_rejects_parquet_to_stdout_and_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="parquet"):
        open_writer(None, "parquet")
    with pytest.raises(ConfigError, match="csv"):
        open_writer(str(tmp_path / "x.csv"), "csv")
    assert isinstance(open_writer(str(tmp_path / "x.parquet"), "parquet"), ParquetWriter)


def test_parquet_round_trip_typed_core_and_json_annotations(tmp_path: Path) -> None:
    path = tmp_path / "hasil.parquet"
    records = [
        _record(f"d{i}", entities=[{"text": "Jakarta", "start": i}], summary="Ringkas.")
        for i in range(5)
    ]
    errored = Document(id="rusak.txt", raw="")
    errored.fail("binary-file: rusak.txt: looks binary")
    records.append(errored.to_dict())
    with ParquetWriter(path, batch_size=2) as writer:
        for record in records:
            writer.write(record)
    table = pq.read_table(path)
    assert table.num_rows == 6
    assert str(table.schema.field("removed").type) == (
        "list<element: struct<line: int64, start: int64, end: int64, text: string, reason: string>>"
    )
    rows = table.to_pylist()
    assert rows[0]["removed"] == records[0]["removed"]
    assert rows[0]["text"] == "Judul Berita\nIsi berita “penting”."
    assert json.loads(rows[3]["entities"]) == [{"text": "Jakarta", "start": 3}]
    assert json.loads(rows[0]["summary"]) == "Ringkas."
    assert rows[5]["status"] == "error" and rows[5]["entities"] is None
    assert rows[5]["removed"] == [] and rows[5]["text"] == ""


def test_parquet_annotation_first_seen_after_first_batch_goes_to_extra(tmp_path: Path) -> None:
    path = tmp_path / "hasil.parquet"
    with ParquetWriter(path, batch_size=1) as writer:
        writer.write(_record("a", topics=["ekonomi"]))
        writer.write(_record("b", topics=["politik"], quotes=[{"speaker": "Menteri"}]))
    rows = pq.read_table(path).to_pylist()
    assert rows[0]["extra"] is None
    assert json.loads(rows[1]["extra"]) == {"quotes": [{"speaker": "Menteri"}]}
    assert json.loads(rows[1]["topics"]) == ["politik"]


def test_parquet_with_no_records_is_a_valid_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "kosong.parquet"
    ParquetWriter(path).close()
    assert pq.read_table(path).num_rows == 0
