"""Load IndoSum articles (tokenised paragraphs) as plain text, for development sets.

The data stays outside the repo; scripts pass its path (../shared/data/summarization/indosum.jsonl).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}])")
_NO_SPACE_AFTER = re.compile(r"([(\[{]) ")
_SLASH = re.compile(r" ?/ ?")
_HYPHEN_NUM = re.compile(r"(\d) - (\d)")


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    category: str
    source: str
    paragraphs: list[str]
    summary: str
    url: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def detokenize(tokens: list[str]) -> str:
    """Join IndoSum tokens back into readable text, quotes attached to what they enclose."""
    out: list[str] = []
    in_quote = False
    for tok in tokens:
        if tok == '"':
            if in_quote:
                out[-1:] = [out[-1] + '"'] if out else ['"']
            else:
                out.append('"')
            in_quote = not in_quote
            continue
        if out and out[-1] == '"' and in_quote:
            out[-1] = '"' + tok
        else:
            out.append(tok)
    text = " ".join(out)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    text = _SLASH.sub("/", text)
    text = _HYPHEN_NUM.sub(r"\1-\2", text)
    return text.replace(' "', ' "').replace('" ,', '",')


def load_indosum(path: str | Path, *, limit: int | None = None) -> Iterator[Article]:
    """Yield articles with detokenised paragraphs (one paragraph = one line of text)."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            record = json.loads(line)
            # Quotes span sentences, so detokenise a paragraph's tokens as one run.
            paragraphs = [
                detokenize([tok for sentence in paragraph for tok in sentence])
                for paragraph in record["paragraphs"]
            ]
            summary = detokenize(
                [tok for sentence in record.get("summary", []) for tok in sentence]
            )
            yield Article(
                id=str(record["id"]),
                category=str(record.get("category", "")),
                source=str(record.get("source", "")),
                paragraphs=[p for p in paragraphs if p.strip()],
                summary=summary,
                url=str(record.get("source_url", "")),
            )
