"""Extractive summary: the 2–3 sentences of the clean text that best stand for the article.

Score = lead bias (news puts the point first) blended with TF-IDF centrality (similarity of a
sentence to the whole article); quote fragments and very short sentences are passed over.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

from warta.document import Document
from warta.errors import ConfigError
from warta.pipeline import DocumentStep

__all__ = ["ExtractiveSummarizer", "SummaryOptions", "summarize", "summarize_steps"]

SentenceSplitter = Callable[[str], list[tuple[int, int]]]


def _dateline_end(text: str, start: int, end: int) -> int:
    try:
        from warta.extract.tokenize import dateline_end
    except ImportError:  # pragma: no cover - only when the tokenizer's dependency is absent
        return start
    return dateline_end(text, start, end)


def _default_splitter() -> SentenceSplitter:
    # The shared tokenizer is the house splitter; the fallback keeps this step usable alone.
    try:
        from warta.extract.tokenize import sentences
    except ImportError:  # pragma: no cover - only when the tokenizer's dependency is absent
        return _simple_sentences
    return sentences


def _simple_sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\n]*?(?:[.!?]+[\"”’)]*(?=\s+[A-Z\"“(])|[^\n]$|(?=\n))", text):
        stripped = m.group().strip()
        if stripped:
            start = m.start() + m.group().index(stripped)
            spans.append((start, start + len(stripped)))
    return spans


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryOptions:
    """How many sentences, how strongly the lead counts, and which splitter to use.

    `lead_weight` in [0, 1]: 1 is pure lead-k, 0 pure centrality. Defaults were chosen on
    IndoSum (benchmarks/bench_summary.py).
    """

    sentences: int = 3
    lead_weight: float = 0.75
    min_words: int = 6
    splitter: SentenceSplitter | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.sentences < 1:
            raise ConfigError(f"summary sentences must be at least 1, got {self.sentences}")
        if not 0.0 <= self.lead_weight <= 1.0:
            raise ConfigError(f"summary lead_weight must be within [0, 1], got {self.lead_weight}")


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Sentences that open a quotation or a teaser read badly out of context.
_SKIP = re.compile(
    r"^(?:[\"“‘']|baca juga|lihat juga|tonton juga|simak juga|saksikan|berita terkait|"
    r"\(?[a-z]{2,6}/[a-z]{2,6}\)?$)",
    re.IGNORECASE,
)


def _usable(sentence: str, min_words: int) -> bool:
    words = _WORD.findall(sentence)
    if len(words) < min_words or _SKIP.match(sentence):
        return False
    quoted = sum(len(q) for q in re.findall(r"[\"“][^\"”]*[\"”]", sentence))
    return quoted < 0.6 * len(sentence)  # mostly quotation: a fragment of speech


def _centrality(bags: list[Counter[str]]) -> list[float]:
    n = len(bags)
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    vectors = [{w: tf * math.log(1 + n / df[w]) for w, tf in bag.items()} for bag in bags]
    centroid: Counter[str] = Counter()
    for vec in vectors:
        centroid.update(vec)
    c_norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    scores = []
    for vec in vectors:
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        scores.append(sum(v * centroid[w] for w, v in vec.items()) / (norm * c_norm))
    return scores


def _headline_end(text: str, title: str | None) -> int:
    """End offset of a headline opening the text (0 if none): a summary must not repeat it."""
    first = text.split("\n", 1)[0].strip()
    if not first or "\n" not in text:
        return 0
    is_title = title is not None and first.casefold() == title.strip().casefold()
    if is_title or not first.endswith((".", "!", "?", '"', "”", "’")):
        return len(text.split("\n", 1)[0])
    return 0


def summarize(
    text: str, *, title: str | None = None, options: SummaryOptions | None = None
) -> list[tuple[int, int]]:
    """Spans (start, end) in `text` of the summary sentences, in text order.

    A headline line at the top (the title, or a first line without final punctuation) is
    never chosen: the summary sits next to the title wherever it is shown.
    """
    opts = options or SummaryOptions()
    split = opts.splitter or _default_splitter()
    headline = _headline_end(text, title)
    spans = [(s, e) for s, e in split(text) if s >= headline]
    if not spans:
        return []
    usable = [i for i, (s, e) in enumerate(spans) if _usable(text[s:e], opts.min_words)]
    if not usable:
        usable = list(range(len(spans)))
    bags = [Counter(w.lower() for w in _WORD.findall(text[s:e])) for s, e in spans]
    central = _centrality(bags)
    top = max(central[i] for i in usable) or 1.0
    scores = {}
    for rank, i in enumerate(usable):
        lead = 1.0 / (1.0 + rank)  # by position among usable sentences
        scores[i] = opts.lead_weight * lead + (1 - opts.lead_weight) * central[i] / top
    chosen = sorted(sorted(scores, key=lambda i: -scores[i])[: opts.sentences])
    out = []
    for i in chosen:
        start, end = spans[i]
        if start == 0 or text[start - 1] == "\n":
            # "JUARA.net – Masih ingat …": the dateline opening a paragraph says nothing
            start = _dateline_end(text, start, end)
        out.append((start, end))
    return out


class ExtractiveSummarizer(DocumentStep):
    """Annotates `doc.annotations["summary"]`: the chosen sentences joined by spaces."""

    name: ClassVar[str] = "summary"
    parallel: ClassVar[bool] = True

    def __init__(self, options: SummaryOptions | None = None) -> None:
        self.options = options or SummaryOptions()

    def process(self, doc: Document) -> None:
        text = doc.text
        doc.annotations["summary"] = " ".join(
            text[s:e] for s, e in summarize(text, title=doc.title, options=self.options)
        )


def summarize_steps(options: SummaryOptions | None = None) -> list[DocumentStep]:
    """The "summarize" stage of a pipeline."""
    return [ExtractiveSummarizer(options)]
