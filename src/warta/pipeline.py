"""The step contract and the pipeline: a plain list of steps, with per-step, per-reason counters."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, runtime_checkable

from warta.document import Document, reason_kind


@runtime_checkable
class Step(Protocol):
    """Anything with a `name` and `run(docs) -> docs` is a step.

    `parallel` says whether the step can run independently on each shard of the
    input (cleaning, extraction) or needs to see the whole stream (deduplication,
    storing): executors run the parallel prefix of a pipeline on workers and the
    rest on the driver.
    """

    @property
    def name(self) -> str: ...

    @property
    def parallel(self) -> bool: ...

    def run(self, docs: Iterable[Document]) -> Iterator[Document]: ...


class DocumentStep:
    """Base for steps that look at one kept document at a time.

    Subclasses implement `process(doc)`; dropped and errored documents pass through
    untouched. An exception inside `process` marks that document errored (naming the
    step and the message) and the run goes on.
    """

    name: ClassVar[str] = "step"
    parallel: ClassVar[bool] = True

    def process(self, doc: Document) -> None:
        raise NotImplementedError

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if doc.kept:
                try:
                    self.process(doc)
                except Exception as exc:
                    doc.fail(f"{self.name}: {type(exc).__name__}: {exc}")
            yield doc

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


@dataclass(slots=True)
class StepStats:
    """What one step did during a run."""

    name: str
    docs_in: int = 0
    docs_out: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    errored: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "docs_in": self.docs_in,
            "docs_out": self.docs_out,
            "dropped": dict(self.dropped),
            "errored": dict(self.errored),
            "removed": dict(self.removed),
            "seconds": round(self.seconds, 6),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StepStats:
        return cls(
            name=data["name"],
            docs_in=data["docs_in"],
            docs_out=data["docs_out"],
            dropped=Counter(data["dropped"]),
            errored=Counter(data["errored"]),
            removed=Counter(data["removed"]),
            seconds=data["seconds"],
        )

    def merge(self, other: StepStats) -> None:
        self.docs_in += other.docs_in
        self.docs_out += other.docs_out
        self.dropped.update(other.dropped)
        self.errored.update(other.errored)
        self.removed.update(other.removed)
        self.seconds += other.seconds


class _Observed:
    """Wraps one step and counts what changes in each document that passes through it."""

    def __init__(self, step: Step, stats: StepStats) -> None:
        self.step = step
        self.stats = stats
        self._before: dict[int, tuple[str, int]] = {}

    def _feed(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            self.stats.docs_in += 1
            self._before[id(doc)] = (doc.status, len(doc.removed))
            yield doc

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        inner = iter(self.step.run(self._feed(docs)))
        while True:
            started = time.perf_counter()
            try:
                doc = next(inner)
            except StopIteration:
                self.stats.seconds += time.perf_counter() - started
                return
            self.stats.seconds += time.perf_counter() - started
            status, n_removed = self._before.pop(id(doc), ("kept", 0))
            self.stats.docs_out += 1
            if doc.status != status:
                if doc.status == "dropped":
                    self.stats.dropped[reason_kind(doc.reason)] += 1
                elif doc.status == "error":
                    self.stats.errored[reason_kind(doc.reason)] += 1
            for span in doc.removed[n_removed:]:
                self.stats.removed[reason_kind(span.reason)] += 1
            yield doc


class Pipeline:
    """A plain list of steps run in order over a stream of documents."""

    def __init__(self, steps: Iterable[Step]) -> None:
        self.steps: list[Step] = list(steps)
        self.stats: list[StepStats] = [StepStats(step.name) for step in self.steps]

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        stream: Iterable[Document] = docs
        for step, stats in zip(self.steps, self.stats, strict=True):
            stream = _Observed(step, stats).run(stream)
        yield from stream

    def split(self) -> tuple[Pipeline, Pipeline]:
        """The parallel prefix (runs per shard) and the rest (runs on the whole stream)."""
        cut = len(self.steps)
        for index, step in enumerate(self.steps):
            if not getattr(step, "parallel", True):
                cut = index
                break
        return Pipeline(self.steps[:cut]), Pipeline(self.steps[cut:])

    def __len__(self) -> int:
        return len(self.steps)

    def __repr__(self) -> str:
        return f"Pipeline({[step.name for step in self.steps]})"
