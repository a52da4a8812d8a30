"""Every record `warta analyze` writes matches the published JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from warta.cli import app
from warta.document import Document
from warta.schema import RECORD_SCHEMA, validate_record


def _analyze(*inputs: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["analyze", *inputs])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(RECORD_SCHEMA)


def test_sample_records_are_valid(samples_dir: Path) -> None:
    records = _analyze(str(samples_dir))
    assert len(records) >= 12
    for record in records:
        validate_record(record)
    assert {r["status"] for r in records} == {"kept"}


def test_seed_article_record_is_valid(seed_article: Path) -> None:
    (record,) = _analyze(str(seed_article))
    validate_record(record)
    assert record["language"] == "id"
    assert [span["text"] for span in record["removed"]] == ["sbobet mobile", "By gacor88"]


def test_error_record_is_valid(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.jsonl"
    bad.write_text('{"id": "a", "text": "Berita baik."}\n{tidak json\n', encoding="utf-8")
    records = _analyze(str(bad))
    assert [r["status"] for r in records] == ["kept", "error"]
    for record in records:
        validate_record(record)
    assert "rusak.jsonl" in str(records[1]["reason"])


def test_a_broken_record_fails_validation() -> None:
    record = Document(id="x", raw="teks").to_dict()
    record["status"] = "deleted"
    with pytest.raises(jsonschema.ValidationError):
        validate_record(record)
