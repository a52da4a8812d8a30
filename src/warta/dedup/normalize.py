"""Text normalisation for duplicate detection: casefold, drop punctuation, keep paragraph breaks.

Line breaks survive (one paragraph per line) so shingles can stay inside paragraphs, which
makes signatures insensitive to paragraph reordering. Runs of spaces are left in place: the
shingler splits on them anyway, and collapsing costs more than the rest of normalisation.
"""

from __future__ import annotations

import unicodedata

# ASCII goes through one bytes.translate: letters lowercased, digits and "\n" kept, every
# other ASCII character (punctuation, "_", tabs) becomes a space. Bytes >= 128 pass through.
_ASCII_TABLE = bytes(
    code + 32
    if 65 <= code <= 90
    else code
    if 48 <= code <= 57 or 97 <= code <= 122 or code == 10 or code >= 128
    else 32
    for code in range(256)
)
# The typographic punctuation of ordinary news text, replaced by spaces with str.replace.
_TYPOGRAPHIC = (
    "\u2018",
    "\u2019",
    "\u201c",
    "\u201d",
    "\u2013",
    "\u2014",
    "\u2026",
    "\u00a0",
    "\u00ab",
    "\u00bb",
    "\u2022",
    "\u00b7",
)


def normalize(text: str) -> str:
    """NFKC-normalised, casefolded words; one paragraph per line; punctuation turned to spaces."""
    return normalize_utf8(text).decode("utf-8")


def normalize_utf8(text: str) -> bytes:
    """`normalize(text)` as UTF-8 bytes, without the decode and re-encode: the shingler works
    on bytes, and encoding texts one by one avoids widening a whole batch to UCS-2."""
    if not text.isascii():
        # Typographic punctuation goes first: most articles have no other non-ASCII
        # character and then skip NFKC. (Of these, only "…" and NBSP change under NFKC, to
        # "..." and " ", which end as spaces too: the words are the same either way.)
        for char in _TYPOGRAPHIC:
            text = text.replace(char, " ")
    if not text.isascii():  # ASCII is already NFKC: skip the costly call for most articles
        text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        # Accented letters and rarer symbols stay part of their words: a regex over every
        # character would cost more than the whole signature. NFKC (above) already folded
        # the look-alike letters spammers use (𝐌𝐄𝐆𝐀 → MEGA).
        text = text.casefold()
    data = text.encode("utf-8", "surrogatepass").translate(_ASCII_TABLE)
    if b"\xed" in data:  # maybe a lone surrogate: make it U+FFFD, as a str round trip would
        data = data.decode("utf-8", "replace").encode("utf-8")
    return data
