"""The run report: every input record counted once as kept, dropped or errored, with reasons."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from warta.document import Document, reason_kind
from warta.pipeline import StepStats

# Annotations whose items the report counts (entities found, quotes, …).
_COUNTED = ("entities", "quotes", "quantities", "dates")


@dataclass(slots=True)
class RunReport:
    """Totals of one run; `observe` wraps the final stream of documents."""

    docs_in: int = 0
    kept: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    errored: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    steps: list[StepStats] = field(default_factory=list)
    shards: int = 0
    shards_skipped: int = 0
    regrouped: int = 0
    entities_joined: int = 0
    duplicates: int = 0
    annotations: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.time)
    seconds: float = 0.0
    max_errors_listed: int = 50

    def observe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            self.add(doc)
            yield doc

    def add(self, doc: Document) -> None:
        self.docs_in += 1
        if doc.status == "kept":
            self.kept += 1
        elif doc.status == "dropped":
            self.dropped[reason_kind(doc.reason)] += 1
        else:
            self.errored[reason_kind(doc.reason)] += 1
            if len(self.errors) < self.max_errors_listed:
                self.errors.append(f"{doc.id}: {doc.reason}")
        for span in doc.removed:
            self.removed[reason_kind(span.reason)] += 1
        if doc.annotations.get("duplicate_of"):
            self.duplicates += 1
        for key in _COUNTED:
            found = doc.annotations.get(key)
            if isinstance(found, list):
                self.annotations[key] += len(found)

    @property
    def n_dropped(self) -> int:
        return sum(self.dropped.values())

    @property
    def n_errored(self) -> int:
        return sum(self.errored.values())

    @property
    def docs_per_second(self) -> float:
        return self.docs_in / self.seconds if self.seconds > 0 else 0.0

    def merge_steps(self, stats: Iterable[StepStats]) -> None:
        by_name = {s.name: s for s in self.steps}
        for stat in stats:
            if stat.name in by_name:
                by_name[stat.name].merge(stat)
            else:
                copy = StepStats.from_dict(stat.to_dict())
                self.steps.append(copy)
                by_name[copy.name] = copy

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs_in": self.docs_in,
            "kept": self.kept,
            "dropped": dict(self.dropped),
            "errored": dict(self.errored),
            "removed": dict(self.removed),
            "errors": list(self.errors),
            "steps": [s.to_dict() for s in self.steps],
            "shards": self.shards,
            "shards_skipped": self.shards_skipped,
            "regrouped": self.regrouped,
            "entities_joined": self.entities_joined,
            "duplicates": self.duplicates,
            "annotations": dict(self.annotations),
            "started": self.started,
            "seconds": round(self.seconds, 3),
            "docs_per_second": round(self.docs_per_second, 1),
        }
