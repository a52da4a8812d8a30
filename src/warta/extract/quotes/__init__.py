"""Quotes with speaker and role: who said what in an Indonesian news article."""

from __future__ import annotations

from typing import ClassVar

from warta.document import Document
from warta.extract.quotes.english import english_reported
from warta.extract.quotes.extract import QuoteOptions, extract_quotes
from warta.extract.quotes.mention_names import names_from_quotes
from warta.extract.quotes.mention_roles import roles_from_quotes
from warta.pipeline import DocumentStep, Step

__all__ = ["QuoteExtractor", "QuoteOptions", "extract_quotes", "quote_steps"]


class QuoteExtractor(DocumentStep):
    """Sets `doc.annotations["quotes"]`; uses `doc.annotations["entities"]` when NER ran first,
    and gives its person mentions the roles the attribution read next to them."""

    name: ClassVar[str] = "quotes"
    parallel: ClassVar[bool] = True

    def __init__(self, options: QuoteOptions | None = None) -> None:
        self.options = options or QuoteOptions()

    def process(self, doc: Document) -> None:
        entities = doc.annotations.get("entities")
        people = entities if isinstance(entities, list) else None
        quotes = extract_quotes(doc.text, entities=people, options=self.options)
        if doc.language == "en" and people and self.options.indirect:
            # reported speech in English: "… said the road cost …", "According to Dody, …"
            quotes = sorted(
                [*quotes, *english_reported(doc.text, people, quotes)],
                key=lambda q: int(q["start"]),
            )
        doc.annotations["quotes"] = quotes
        if people:
            # a speaker's name the entity step ran on with the words before it, and a role
            # the attribution read next to a speaker's name, which the entity step missed
            names_from_quotes(doc.text, people, quotes)
            roles_from_quotes(doc.text, people, quotes)


def quote_steps(options: QuoteOptions | None = None) -> list[Step]:
    """The quote stage: one step, after NER (if any) in the extract stage."""
    return [QuoteExtractor(options)]
