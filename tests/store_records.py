"""Builders of output records for the store tests (from the frozen fixture and generated)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from warta.document import Document

FIXTURE = Path(__file__).parent / "fixtures" / "store" / "articles.json"


def fixture_documents() -> list[Document]:
    docs = []
    for item in json.loads(FIXTURE.read_text(encoding="utf-8")):
        doc = Document(
            id=item["id"],
            raw=item["raw"],
            source=item["source"],
            url=item["url"],
            title=item["title"],
            published=item["published"],
            language=item["language"],
            annotations=dict(item["annotations"]),
        )
        for line, reason in item["remove"]:
            doc.remove_line(line, reason)
        if item.get("status") == "dropped":
            doc.drop(item["reason"])
        elif item.get("status") == "error":
            doc.fail(item["reason"])
        docs.append(doc)
    return docs


def fixture_records() -> list[dict[str, Any]]:
    return [doc.to_dict(include_raw=True) for doc in fixture_documents()]


def generated_record(number: int, *, word: str = "berita") -> dict[str, Any]:
    raw = (
        f"Judul {word} nomor {number}\n"
        f"Paragraf pertama tentang {word} dan kota nomor {number}.\n"
        "Baca juga: artikel lain"
    )
    doc = Document(id=f"gen-{number:06d}", raw=raw, source="gen.example", title=f"Judul {number}")
    doc.remove_line(2, "boilerplate: baca juga")
    return doc.to_dict(include_raw=True)
