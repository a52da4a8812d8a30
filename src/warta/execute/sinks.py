"""Sink steps: the end of a pipeline writes records to a file or into the knowledge base."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from warta.document import Document


class RecordSink(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...


class RecordWriter:
    """Writes each document's output record (JSONL or Parquet writer) and passes it on."""

    name = "write"
    parallel = False

    def __init__(self, writer: RecordSink) -> None:
        self.writer = writer

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            self.writer.write(doc.to_dict())
            yield doc


class KnowledgeBaseWriter:
    """Adds documents to the knowledge base in batches (one transaction per batch)."""

    name = "store"
    parallel = False

    def __init__(self, kb: Any, *, batch_size: int = 500) -> None:
        self.kb = kb
        self.batch_size = batch_size
        self.inserted = 0
        self.updated = 0
        self.unchanged = 0

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._flush(batch)
                batch = []
        if batch:
            yield from self._flush(batch)

    def _flush(self, batch: list[Document]) -> Iterator[Document]:
        result = self.kb.add([doc.to_dict(include_raw=True) for doc in batch])
        self.inserted += result.inserted
        self.updated += result.updated
        self.unchanged += result.unchanged
        yield from batch
