"""Stories: same-event articles cluster, unrelated ones do not, copies follow canonicals."""

from __future__ import annotations

import json
from pathlib import Path

from warta.dedup import StoryOptions, dedup_steps, stories_from_records, story_steps
from warta.dedup.stories import StoryClusterer
from warta.document import Document
from warta.pipeline import Pipeline

FIXTURE = Path(__file__).parent / "fixtures" / "dedup" / "articles.jsonl"


def _run() -> tuple[dict[str, Document], StoryClusterer]:
    records = [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines()]
    steps = [*dedup_steps(), *story_steps()]
    out = {d.id: d for d in Pipeline(steps).run(Document.from_dict(r) for r in records)}
    clusterer = steps[-1]
    assert isinstance(clusterer, StoryClusterer)
    return out, clusterer


def _story(out: dict[str, Document], doc_id: str) -> str:
    return str(out[doc_id].annotations["story"])


def test_two_outlets_on_the_same_flood_share_a_story() -> None:
    out, _ = _run()
    assert _story(out, "banjir-a") == _story(out, "banjir-b")


def test_follow_up_joins_the_story_of_the_event() -> None:
    out, _ = _run()
    assert _story(out, "gempa-followup") == _story(out, "gempa")
    assert _story(out, "timnas-followup") == _story(out, "timnas")


def test_unrelated_events_get_separate_stories() -> None:
    out, _ = _run()
    stories = {_story(out, i) for i in ("banjir-a", "gempa", "bi-rate", "kpk", "festival")}
    assert len(stories) == 5


def test_copies_are_in_their_canonicals_story() -> None:
    out, _ = _run()
    for doc in out.values():
        canonical = doc.annotations.get("duplicate_of")
        if canonical:
            assert doc.annotations["story"] == out[canonical].annotations["story"]


def test_story_outside_the_window_starts_afresh() -> None:
    text = "Gempa bumi mengguncang Cianjur, warga mengungsi ke tenda darurat di alun-alun."
    docs = [
        Document(id="a", raw=text, published="2024-01-01T10:00:00+07:00"),
        Document(id="b", raw=text + " Bantuan datang.", published="2024-03-01T10:00:00+07:00"),
    ]
    out = {d.id: d for d in StoryClusterer(StoryOptions(window_days=3)).run(docs)}
    assert out["a"].annotations["story"] != out["b"].annotations["story"]


def test_stories_have_a_label_and_a_time_span() -> None:
    _, clusterer = _run()
    gempa = next(s for s in clusterer.stories() if "gempa" in s.members)
    assert "gempa" in gempa.label
    assert gempa.start == "2024-03-04T13:00:00+07:00"
    assert gempa.end == "2024-03-05T07:00:00+07:00"


def test_stories_from_records_rebuilds_members_label_and_span() -> None:
    out, _ = _run()
    stories = stories_from_records(doc.to_dict() for doc in out.values())
    flood = next(s for s in stories if "banjir-b" in s.members)
    assert {"banjir-a", "banjir-a-spam", "banjir-a-reorder", "banjir-b"} <= set(flood.members)
    assert flood.label
    assert flood.start is not None and flood.start <= (flood.end or "")
