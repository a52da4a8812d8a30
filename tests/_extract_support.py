"""Short views of warta's extraction for tests: mentions, people's roles, quotes."""

from __future__ import annotations

from warta.extract.entities import find_entities
from warta.extract.quotes import extract_quotes


def mentions(text: str) -> list[tuple[str, str]]:
    """(text, label) of every entity mention, in order."""
    return [(str(m["text"]), str(m["label"])) for m in find_entities(text)]


def roles(text: str) -> dict[str, str | None]:
    """Each person mention's role by its text."""
    return {str(m["text"]): m.get("role") for m in find_entities(text) if m["label"] == "PER"}


def quotes(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, role, text) of every quote, in order."""
    return [
        (q.get("speaker"), q.get("role"), str(q["text"]))
        for q in extract_quotes(text, entities=find_entities(text))
    ]
