"""Turn a plain user query into a safe FTS5 expression (words AND-ed, "quoted phrases" kept)."""

from __future__ import annotations

import re
import unicodedata

# A double-quoted phrase, or a run of non-space characters. An unbalanced quote falls
# through to the second branch and is treated as an ordinary character.
_CHUNK = re.compile(r'"([^"]*)"|(\S+)')


def plain_query(query: str) -> str:
    """Escape `query` so that no character has FTS5 meaning.

    Each whitespace-separated chunk becomes a quoted FTS5 string, which the index's own
    tokenizer splits: "Jawa-Barat" is the phrase jawa barat, "AND" is the word and, a colon
    or bracket is just a separator. A trailing "*" on a chunk asks for a prefix match. Chunks
    with no letter or digit are dropped; an empty result means nothing to search for.
    """
    terms: list[str] = []
    # FTS5 reads a NUL as the end of the query; control characters are never search terms.
    query = "".join(" " if unicodedata.category(char) == "Cc" else char for char in query)
    for match in _CHUNK.finditer(query):
        phrase, word = match.group(1), match.group(2)
        chunk = phrase if phrase is not None else word
        prefix = phrase is None and chunk.endswith("*")
        chunk = chunk.rstrip("*") if prefix else chunk
        if not any(char.isalnum() for char in chunk):
            continue
        term = '"' + chunk.replace('"', '""') + '"'
        terms.append(term + "*" if prefix else term)
    return " ".join(terms)
