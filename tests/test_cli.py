"""The CLI end to end on real files and a real SQLite knowledge base."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from warta.cli import app

runner = CliRunner()


def _bad_inputs(root: Path) -> Path:
    folder = root / "campur"
    folder.mkdir()
    (folder / "kosong.txt").write_bytes(b"")
    (folder / "gambar.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "baik.txt").write_text(
        "Harga Beras Turun\n\nHarga beras di Pasar Induk Cipinang turun Rp 500 per kilogram "
        "pada Senin pagi, kata pedagang.\n",
        encoding="utf-8",
    )
    lines = ['{"id": "j1", "text": "Warga Bogor membersihkan sungai bersama."}', "{rusak"]
    (folder / "data.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    payload = gzip.compress(b'{"id": "g1", "text": "Berita satu."}\n' * 50)
    (folder / "potong.jsonl.gz").write_bytes(payload[: len(payload) // 2])
    return folder


def test_run_report_counts_every_record_once(tmp_path: Path, samples_dir: Path) -> None:
    folder = _bad_inputs(tmp_path)
    shutil.copytree(samples_dir / "txt", folder / "txt")
    db = tmp_path / "warta.db"
    result = runner.invoke(app, ["run", str(folder), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    dropped = sum(report["dropped"].values())
    errored = sum(report["errored"].values())
    assert report["docs_in"] == report["kept"] + dropped + errored
    assert {"empty-file", "binary-file", "invalid-json", "truncated-gzip"} <= set(report["errored"])
    assert report["removed"].get("spam", 0) > 0
    # Every record is in the knowledge base with its status, errors included.
    export = runner.invoke(app, ["export", "--db", str(db)])
    exported = [json.loads(line) for line in export.stdout.splitlines() if line.startswith("{")]
    assert len(exported) == report["docs_in"]


def test_search_show_and_export_parquet(tmp_path: Path, samples_dir: Path) -> None:
    db = tmp_path / "warta.db"
    assert runner.invoke(app, ["run", str(samples_dir), "--db", str(db)]).exit_code == 0
    found = runner.invoke(app, ["search", "banjir", "--db", str(db), "--json"])
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert hits
    shown = runner.invoke(app, ["show", hits[0]["id"], "--db", str(db)])
    assert json.loads(shown.stdout)["id"] == hits[0]["id"]
    out = tmp_path / "semua.parquet"
    exported = runner.invoke(
        app, ["export", "--db", str(db), "--format", "parquet", "--out", str(out)]
    )
    assert exported.exit_code == 0, exported.output
    assert pq.read_table(out).num_rows >= 12


def test_reading_a_missing_knowledge_base_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["search", "apa", "--db", str(tmp_path / "tidak-ada.db")])
    assert result.exit_code == 1
    assert "no knowledge base" in result.output
    assert not (tmp_path / "tidak-ada.db").exists()


def test_unknown_stage_is_a_usage_error(samples_dir: Path) -> None:
    result = runner.invoke(app, ["analyze", str(samples_dir), "--steps", "clean,sulap"])
    assert result.exit_code == 2
    assert "unknown stage" in result.output


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(tmp_path / "hilang.txt")])
    assert result.exit_code != 0
    assert "hilang.txt" in result.output


def test_steps_subset_runs_only_those_stages(samples_dir: Path) -> None:
    result = runner.invoke(app, ["analyze", str(samples_dir / "txt"), "--steps", "clean"])
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert records
    assert all("entities" not in record and "group" not in record for record in records)


def test_stdin_is_an_input() -> None:
    text = "Gempa Guncang Cianjur\n\nGempa bermagnitudo 5,2 mengguncang Cianjur pada Selasa.\n"
    result = runner.invoke(app, ["analyze", "-", "--steps", "clean"], input=text)
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert record["id"] == "stdin"
    assert "Cianjur" in record["text"]
