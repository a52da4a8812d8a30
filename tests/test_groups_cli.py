"""Duplicate groups and stories through `warta run`, `warta dups` and `warta stories`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from warta import api
from warta.cli import app

runner = CliRunner()


def _doc_id(sample_ref: str, samples: Path) -> str:
    # expected.json names documents as "txt/x.txt" or "jsonl/articles.jsonl#<id>".
    if "#" in sample_ref:
        return sample_ref.split("#", 1)[1]
    return str(samples / sample_ref) if samples.is_absolute() else f"samples/{sample_ref}"


def test_planted_duplicates_are_grouped(tmp_path: Path, samples_dir: Path) -> None:
    db = tmp_path / "warta.db"
    assert runner.invoke(app, ["run", str(samples_dir), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["dups", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    groups = [json.loads(line) for line in result.stdout.splitlines()]
    members = [{g["canonical"], *g["duplicates"]} for g in groups]
    expected = json.loads((samples_dir / "expected.json").read_text(encoding="utf-8"))
    for pair in expected["duplicates"]:
        a, b = (_doc_id(pair[k], samples_dir) for k in ("a", "b"))
        assert any({a, b} <= group for group in members), (a, b, members)
    for pair in expected["not_duplicates"]:
        a, b = (_doc_id(pair[k], samples_dir) for k in ("a", "b"))
        assert not any({a, b} <= group for group in members), (a, b)
    stories = runner.invoke(app, ["stories", "--db", str(db), "--json"])
    assert [json.loads(line) for line in stories.stdout.splitlines()]


def test_a_later_better_copy_regroups_stored_records(tmp_path: Path) -> None:
    body = "\n\n".join(
        f"Paragraf {n}: Pemerintah Kota Surabaya membangun {n} taman baru di wilayah timur "
        f"kota dengan anggaran Rp {n},5 miliar tahun ini, kata Wali Kota."
        for n in range(1, 7)
    )
    first = tmp_path / "a"
    first.mkdir()
    late = {"id": "salinan", "title": "Taman Baru", "text": body, "published": "2026-05-02"}
    (first / "a.jsonl").write_text(json.dumps(late) + "\n", encoding="utf-8")
    second = tmp_path / "b"
    second.mkdir()
    early = {**late, "id": "asli", "published": "2026-05-01", "text": "Taman Baru\n\n" + body}
    (second / "b.jsonl").write_text(json.dumps(early) + "\n", encoding="utf-8")
    db = tmp_path / "warta.db"
    api.run([str(first)], db=db)
    report = api.run([str(second)], db=db)
    assert report.regrouped >= 1
    stored = api.show(db, "salinan")
    assert stored is not None
    assert stored["duplicate_of"] == "asli"
    assert api.show(db, "asli")["duplicate_of"] is None  # type: ignore[index]


def test_samples_copied_elsewhere_keep_their_groups(tmp_path: Path, samples_dir: Path) -> None:
    copy = tmp_path / "samples"
    shutil.copytree(samples_dir, copy)
    db = tmp_path / "w.db"
    api.run([str(copy)], db=db)
    groups = api.groups(db)
    assert len(groups) >= 2
