"""Lines repeated across many documents of one site are furniture ("boilerplate: repeated").

Needs corpus-level counts, so it is a whole-stream step (parallel = False): it buffers a bounded
window of documents, counts each line once per document and source, then removes the lines seen
in at least `min_docs` documents of the same source.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from warta.clean.normalize import fold
from warta.document import Document
from warta.errors import ConfigError


@dataclass(frozen=True, slots=True)
class RepeatedLineOptions:
    """`window` documents are held at once (the memory bound); `min_docs` of one source must share
    a line for it to count as furniture; a document that would lose more than `max_share` of its
    lines is a near-duplicate (deduplication's job), not a page full of furniture, and is left."""

    window: int = 2000
    min_docs: int = 5
    min_chars: int = 8
    max_share: float = 0.5

    def __post_init__(self) -> None:
        if self.window < 2 or self.min_docs < 2:
            raise ConfigError("repeated-line filter needs window >= 2 and min_docs >= 2")
        if not 0.0 < self.max_share <= 1.0:
            raise ConfigError("repeated-line max_share must lie in (0, 1]")


def _key(source: str, line: str) -> bytes:
    # A digest keeps memory per distinct line small and fixed.
    return hashlib.blake2b(f"{source}\x00{fold(line).lower()}".encode(), digest_size=12).digest()


class RepeatedLineFilter:
    """Whole-stream step: removes lines that many documents of the same source share."""

    name: ClassVar[str] = "repeated-lines"
    parallel: ClassVar[bool] = False

    def __init__(self, options: RepeatedLineOptions | None = None) -> None:
        self.options = options or RepeatedLineOptions()

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        buffer: list[Document] = []
        for doc in docs:
            buffer.append(doc)
            if len(buffer) >= self.options.window:
                yield from self._flush(buffer)
                buffer = []
        yield from self._flush(buffer)

    def _eligible(self, doc: Document) -> list[tuple[int, bytes]]:
        if not doc.kept or not doc.source:
            return []
        taken = doc.removed_lines()
        return [
            (i, _key(doc.source, line))
            for i, line in enumerate(doc.lines)
            if i not in taken and len(line.strip()) >= self.options.min_chars
        ]

    def _flush(self, buffer: list[Document]) -> Iterator[Document]:
        keyed = [self._eligible(doc) for doc in buffer]
        counts: Counter[bytes] = Counter()
        for lines in keyed:
            counts.update({key for _, key in lines})
        for doc, lines in zip(buffer, keyed, strict=True):
            repeated = [i for i, key in lines if counts[key] >= self.options.min_docs]
            if repeated and len(repeated) <= self.options.max_share * max(len(lines), 1):
                for i in repeated:
                    doc.remove_line(i, "boilerplate: repeated")
            yield doc
