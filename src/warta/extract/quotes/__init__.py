"""Quotes with speaker and role: who said what in an Indonesian news article."""

from __future__ import annotations

from typing import Any, ClassVar

from warta.document import Document
from warta.extract.ner.lexicon import TITLE_WORDS
from warta.extract.ner.roles import role_without_trailing_rank
from warta.extract.quotes.english import english_reported
from warta.extract.quotes.extract import QuoteOptions, extract_quotes
from warta.extract.quotes.lexicon import DEGREES
from warta.extract.quotes.mention_names import names_from_quotes, written_only_inside
from warta.extract.quotes.mention_roles import roles_from_quotes
from warta.extract.quotes.register import runs_inside
from warta.extract.quotes.speakers import RANKS
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
            speakers_by_entity_names(doc.text, people, quotes)


def speakers_by_entity_names(
    text: str, entities: list[dict[str, Any]], quotes: list[dict[str, Any]]
) -> None:
    """A speaker named as no entity of the article is, whose name runs inside exactly one
    person's canonical name ("Argo Yuwono" of "Raden Prabowo Argo Yuwono"), takes that name:
    the knowledge base files the quote under the person the entity step found. Not where the
    name's other words are a title, rank or degree, or stand elsewhere in the article without
    it ("Audi Agung Arianto", where "Audi" is the car maker the article is about)."""
    names = {str(e["canonical"]) for e in entities if e.get("label") == "PER"}
    known = names | {str(e["canonical"]) for e in entities} | {str(e["text"]) for e in entities}
    for quote in quotes:
        speaker = quote.get("speaker")
        if not speaker or quote.get("anonymous") or speaker in known:
            continue
        words = str(speaker).lower().split()
        fits = [
            name
            for name in names
            if len(name.split()) > len(words)
            and runs_inside(words, name.lower().split())
            and _own_words(text, name, str(speaker))
        ]
        if len(fits) == 1:
            quote["speaker"] = fits[0]
            role = str(quote.get("role") or "")
            at = fits[0].lower().find(" ".join(words))
            lead = fits[0][:at].strip() if at > 0 else ""
            if lead and role.endswith(" " + lead):
                # (the opening of the name, which the attribution read into the role: "Kabid
                # Humas Polda Metro Jaya Kombes Raden Prabowo")
                quote["role"] = role_without_trailing_rank(role[: -len(lead)].rstrip())


def _own_words(text: str, name: str, part: str) -> bool:
    """Whether the words of `name` outside `part` belong to the name: no title, rank or
    degree, and none written in the article apart from the name."""
    extra = [w for w in name.split() if w.lower() not in part.lower().split()]
    if any(
        w.lower().rstrip(".") in TITLE_WORDS | RANKS | DEGREES or not w[:1].isupper() for w in extra
    ):
        return False
    return written_only_inside(text, name, extra)


def quote_steps(options: QuoteOptions | None = None) -> list[Step]:
    """The quote stage: one step, after NER (if any) in the extract stage."""
    return [QuoteExtractor(options)]
