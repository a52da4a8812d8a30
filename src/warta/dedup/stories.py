"""Stories: articles reporting the same developing event, clustered over a sliding time window.

Single-pass clustering in date order (documents without a date take the time of the one before
them in run order): an article joins the most similar story that was active within the window,
by cosine similarity of TF-IDF vectors of content words and entities; otherwise it opens a new
story. Copies (`duplicate_of`) follow their canonical. Each story has a label (top entities and
terms) and a time span; with a `DedupIndex` stories and term statistics persist across runs.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from warta.dedup.groups import published_timestamp
from warta.dedup.index import DedupIndex, StoredStory
from warta.dedup.options import StoryOptions
from warta.dedup.terms import content_terms, cosine, entity_terms, label_of, tfidf
from warta.document import Document

_DAY = 86400.0


@dataclass(slots=True)
class Story:
    """A developing event: its label, first and last publication (ISO or None), articles."""

    id: str
    label: str
    start: str | None
    end: str | None
    members: list[str] = field(default_factory=list)


def story_id(first_member: str) -> str:
    return "s-" + hashlib.blake2b(first_member.encode("utf-8"), digest_size=6).hexdigest()


class StoryClusterer:
    """Sets the public annotation `story` on every kept document."""

    name = "stories"
    parallel = False

    def __init__(self, options: StoryOptions | None = None, *, index: DedupIndex | None = None):
        self.options = options or StoryOptions()
        self.index = index
        self._touched: dict[str, StoredStory] = {}
        self._members: dict[str, list[str]] = {}

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        buffered = list(docs)
        self.assign([doc for doc in buffered if doc.kept])
        yield from buffered

    def stories(self) -> list[Story]:
        """The stories this clusterer created or extended, largest first."""
        out = [
            Story(s.id, s.label, s.start_text, s.end_text, list(self._members.get(s.id, [])))
            for s in self._touched.values()
        ]
        return sorted(out, key=lambda story: (-len(story.members), story.id))

    def assign(self, docs: list[Document]) -> None:
        o = self.options
        counts = [
            content_terms(doc.text, min_length=o.min_term_length)
            + entity_terms(doc.annotations.get("entities") or [])
            for doc in docs
        ]
        total, df = self.index.term_frequencies() if self.index is not None else (0, {})
        run_df: Counter[str] = Counter()
        for terms in counts:
            run_df.update(terms.keys())
        df = dict(Counter(df) + run_df)
        total += len(docs)
        times = _effective_times(docs)
        order = sorted(range(len(docs)), key=lambda row: (times[row], row))
        window = o.window_days * _DAY
        stories: dict[str, StoredStory] = {}
        if self.index is not None and docs:
            stories = {s.id: s for s in self.index.load_stories(min(times) - window)}
        by_term: dict[str, set[str]] = {}
        for story in stories.values():
            for term in story.centroid:
                by_term.setdefault(term, set()).add(story.id)
        story_of: dict[str, str] = {}
        for row in order:
            doc = docs[row]
            when = times[row]
            canonical = doc.annotations.get("duplicate_of")
            vector = tfidf(
                counts[row],
                df=df,
                total=total,
                entity_weight=o.entity_weight,
                max_terms=o.max_terms,
            )
            chosen = story_of.get(str(canonical)) if canonical else None
            if chosen is None:
                chosen = self._best_story(vector, when, window, stories, by_term)
            if chosen is None:
                chosen = story_id(doc.id)
                stories[chosen] = StoredStory(chosen, "", when, when, None, None, 0, {})
            story = stories[chosen]
            self._absorb(story, vector, when, doc.published)
            for term in story.centroid:
                by_term.setdefault(term, set()).add(chosen)
            story_of[doc.id] = chosen
            doc.annotations["story"] = chosen
            self._touched[chosen] = story
            self._members.setdefault(chosen, []).append(doc.id)
        for story in self._touched.values():
            story.label = label_of(story.centroid, size=o.label_terms)
        if self.index is not None:
            self.index.save_stories(self._touched.values())
            self.index.add_term_frequencies(len(docs), dict(run_df))

    def _best_story(
        self,
        vector: dict[str, float],
        when: float,
        window: float,
        stories: dict[str, StoredStory],
        by_term: dict[str, set[str]],
    ) -> str | None:
        nearby = {sid for term in vector for sid in by_term.get(term, ())}
        best, best_score = None, self.options.threshold
        for sid in sorted(nearby):
            story = stories[sid]
            if story.end < when - window or story.start > when + window:
                continue
            score = cosine(vector, story.centroid)
            if score >= best_score:
                best, best_score = sid, score
        return best

    def _absorb(
        self, story: StoredStory, vector: dict[str, float], when: float, published: str | None
    ) -> None:
        # The centroid is the normalised mean of member vectors, trimmed to its strongest terms.
        merged = Counter({term: w * story.size for term, w in story.centroid.items()})
        merged.update(vector)
        top = sorted(merged.items(), key=lambda item: (-item[1], item[0]))
        top = top[: 2 * self.options.max_terms]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        story.centroid = {term: w / norm for term, w in top}
        story.size += 1
        story.start, story.end = min(story.start, when), max(story.end, when)
        if published and math.isfinite(published_timestamp(published)):
            moment = published_timestamp(published)
            if story.start_text is None or moment <= published_timestamp(story.start_text):
                story.start_text = published
            if story.end_text is None or moment >= published_timestamp(story.end_text):
                story.end_text = published


def _effective_times(docs: list[Document]) -> list[float]:
    """Publication time, or for undated documents the time of the document before them."""
    times: list[float] = []
    last = 0.0
    for doc in docs:
        moment = published_timestamp(doc.published)
        if math.isfinite(moment):
            last = moment
        times.append(last)
    return times


def stories_from_records(records: Iterable[dict[str, Any]]) -> list[Story]:
    """Rebuild stories from output records (`story`, `published`, `title`, `text`, `entities`).

    The label is computed from the records themselves (top entities, then terms distinctive
    of the story against the other records), so it needs no index.
    """
    members: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        sid = record.get("story")
        if sid:
            members.setdefault(str(sid), []).append(record)
    story_terms: dict[str, Counter[str]] = {}
    df: Counter[str] = Counter()
    for sid, items in members.items():
        terms: Counter[str] = Counter()
        for record in items:
            text = f"{record.get('title') or ''}\n{record.get('text') or ''}"
            terms.update(content_terms(text))
            terms.update(entity_terms(record.get("entities") or []))
        story_terms[sid] = terms
        df.update(terms.keys())
    out: list[Story] = []
    for sid, items in members.items():
        vector = tfidf(story_terms[sid], df=df, total=len(members), entity_weight=3.0, max_terms=20)
        dates = sorted(
            (published_timestamp(r.get("published")), str(r["published"]))
            for r in items
            if math.isfinite(published_timestamp(r.get("published")))
        )
        out.append(
            Story(
                id=sid,
                label=label_of(vector, size=4),
                start=dates[0][1] if dates else None,
                end=dates[-1][1] if dates else None,
                members=[str(r["id"]) for r in items],
            )
        )
    return sorted(out, key=lambda story: (-len(story.members), story.id))
