"""Quotes with speaker and role: who said what in an Indonesian news article."""

from __future__ import annotations

from typing import ClassVar

from warta.document import Document
from warta.extract.quotes.extract import QuoteOptions, extract_quotes
from warta.pipeline import DocumentStep, Step

__all__ = ["QuoteExtractor", "QuoteOptions", "extract_quotes", "quote_steps"]


class QuoteExtractor(DocumentStep):
    """Sets `doc.annotations["quotes"]`; uses `doc.annotations["entities"]` when NER ran first."""

    name: ClassVar[str] = "quotes"
    parallel: ClassVar[bool] = True

    def __init__(self, options: QuoteOptions | None = None) -> None:
        self.options = options or QuoteOptions()

    def process(self, doc: Document) -> None:
        entities = doc.annotations.get("entities")
        doc.annotations["quotes"] = extract_quotes(
            doc.text,
            entities=entities if isinstance(entities, list) else None,
            options=self.options,
        )


def quote_steps(options: QuoteOptions | None = None) -> list[Step]:
    """The quote stage: one step, after NER (if any) in the extract stage."""
    return [QuoteExtractor(options)]
