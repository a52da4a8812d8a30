"""Dedup quality gate on the frozen fixture, canonical rule, robustness, drop option."""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from pathlib import Path

import pytest

from warta.dedup import Deduplicator, DedupOptions, MinHashSignature, dedup_steps
from warta.dedup.groups import groups_from_records
from warta.document import Document
from warta.errors import ConfigError
from warta.pipeline import Pipeline

FIXTURE = Path(__file__).parent / "fixtures" / "dedup" / "articles.jsonl"
F1_FLOOR = 0.95


def _records() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


def _dedup(docs: list[Document], **options: object) -> list[Document]:
    return list(Pipeline(dedup_steps(DedupOptions(**options))).run(docs))  # type: ignore[arg-type]


def _pairs(mapping: dict[str, str]) -> set[tuple[str, str]]:
    clusters: dict[str, list[str]] = defaultdict(list)
    for doc_id, cluster in mapping.items():
        clusters[cluster].append(doc_id)
    return {
        tuple(sorted(pair))  # type: ignore[misc]
        for members in clusters.values()
        for pair in itertools.combinations(members, 2)
    }


def _by_id(docs: list[Document]) -> dict[str, Document]:
    return {doc.id: doc for doc in docs}


def test_fixture_pair_f1_meets_floor() -> None:
    records = _records()
    out = _dedup([Document.from_dict(r) for r in records])
    gold = _pairs({r["id"]: r["gold"] for r in records})
    found = _pairs({d.id: d.annotations["group"] for d in out})
    hits = len(gold & found)
    precision, recall = hits / len(found), hits / len(gold)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= F1_FLOOR, f"pair F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"


def test_every_kept_document_gets_a_group_and_singletons_point_nowhere() -> None:
    out = _by_id(_dedup([Document.from_dict(r) for r in _records()]))
    assert all(doc.annotations["group"].startswith("g-") for doc in out.values())
    assert out["banjir-b"].annotations["duplicate_of"] is None
    assert out["banjir-b"].annotations["group"] != out["banjir-a"].annotations["group"]


def test_reordered_and_spammed_copies_join_the_original() -> None:
    out = _by_id(_dedup([Document.from_dict(r) for r in _records()]))
    for copy in ("banjir-a-reorder", "banjir-a-spam"):
        assert out[copy].annotations["duplicate_of"] == "banjir-a"


def test_follow_up_sharing_a_paragraph_is_not_a_copy() -> None:
    out = _by_id(_dedup([Document.from_dict(r) for r in _records()]))
    assert out["gempa-followup"].annotations["group"] != out["gempa"].annotations["group"]
    assert out["timnas-followup"].annotations["duplicate_of"] is None


def test_canonical_is_the_earliest_published_copy_even_when_it_arrives_later() -> None:
    # kpk-early comes second in the stream but was published an hour before kpk.
    out = _by_id(_dedup([Document.from_dict(r) for r in _records()]))
    assert out["kpk"].annotations["duplicate_of"] == "kpk-early"
    assert out["kpk-early"].annotations["duplicate_of"] is None


def test_canonical_ties_on_date_go_to_the_longer_text() -> None:
    # festival-2 is a cut-down copy published at the same minute.
    out = _by_id(_dedup([Document.from_dict(r) for r in _records()]))
    assert out["festival-2"].annotations["duplicate_of"] == "festival"


def test_source_priority_breaks_ties_between_equal_copies() -> None:
    text = "\n\n".join(_records()[0]["text"].split("\n\n"))
    docs = [
        Document(id="a", raw=text, source="blog.example", published="2024-01-01T08:00"),
        Document(id="b", raw=text, source="antaranews.com", published="2024-01-01T08:00"),
    ]
    out = _by_id(_dedup(docs, source_priority=("antaranews.com",)))
    assert out["a"].annotations["duplicate_of"] == "b"


def test_undated_copy_is_never_preferred_over_a_dated_one() -> None:
    out = _by_id(_dedup([Document.from_dict(r) for r in _records()]))
    assert out["ponsel-spam"].annotations["duplicate_of"] == "ponsel"


def test_drop_duplicates_drops_copies_with_the_canonical_in_the_reason() -> None:
    out = _by_id(_dedup([Document.from_dict(r) for r in _records()], drop_duplicates=True))
    assert out["bi-rate-exact"].status == "dropped"
    assert out["bi-rate-exact"].reason == "duplicate: bi-rate"
    assert out["bi-rate"].kept


def test_duplicates_stay_kept_by_default() -> None:
    out = _dedup([Document.from_dict(r) for r in _records()])
    assert all(doc.kept for doc in out)


def test_dropped_documents_pass_through_without_a_group() -> None:
    docs = [Document.from_dict(r) for r in _records()[:3]]
    docs[1].drop("spam: test")
    out = _by_id(_dedup(docs))
    assert "group" not in out[docs[1].id].annotations
    assert out[docs[2].id].annotations["duplicate_of"] == docs[0].id


def test_internal_signature_is_not_in_the_output_record_but_survives_the_hand_off() -> None:
    doc = Document.from_dict(_records()[0])
    [signed] = MinHashSignature().run([doc])
    record = signed.to_dict()
    assert "_minhash" not in record and "_exact" not in record
    shipped = json.loads(json.dumps(signed.to_dict(include_raw=True, include_internal=True)))
    assert shipped["_minhash"] == signed.annotations["_minhash"]


def test_signatures_computed_on_separate_shards_group_like_one_stream() -> None:
    """The Ray path: shards signed apart, serialised, grouped on the driver."""
    records = _records()
    shards = [records[0::2], records[1::2]]
    shipped: list[dict] = []
    for shard in shards:
        signer = MinHashSignature()
        for doc in signer.run([Document.from_dict(r) for r in shard]):
            shipped.append(
                json.loads(json.dumps(doc.to_dict(include_raw=True, include_internal=True)))
            )
    driver = list(Deduplicator().run([Document.from_dict(r) for r in shipped]))
    local = _dedup([Document.from_dict(r) for r in records])
    assert {d.id: d.annotations["group"] for d in driver} == {
        d.id: d.annotations["group"] for d in local
    }


def test_groups_from_records_lists_canonical_and_copies() -> None:
    out = _dedup([Document.from_dict(r) for r in _records()])
    groups = groups_from_records(doc.to_dict() for doc in out)
    by_canonical = {group.canonical: group for group in groups}
    assert set(by_canonical["banjir-a"].members) == {
        "banjir-a",
        "banjir-a-reorder",
        "banjir-a-spam",
    }
    assert by_canonical["banjir-a"].duplicates == ["banjir-a-reorder", "banjir-a-spam"]
    assert len(groups[0].members) >= len(groups[-1].members)


def test_bands_beyond_permutations_are_a_config_error() -> None:
    with pytest.raises(ConfigError):
        DedupOptions(num_perm=64, bands=40, rows=2)
