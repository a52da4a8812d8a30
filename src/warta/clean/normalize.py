"""Look-alike folding of lines for detection only: the clean text keeps the original characters.

Spam hides brand names behind Mathematical Alphanumerics, Enclosed Alphanumerics, fullwidth forms,
Cyrillic/Greek homoglyphs and combining strokes ("AЕR𝐎𝟴𝟴" → "AERO88"); detectors look at the folded
form, while removed spans still index the raw line.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import ClassVar

from warta.document import Document
from warta.pipeline import DocumentStep

# Cyrillic and Greek letters that render like Latin ones (NFKC leaves them alone).
_HOMOGLYPHS = {
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "Ѕ": "S", "І": "I", "Ј": "J", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s", "і": "i",
    "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ѵ": "v", "к": "k", "м": "m", "т": "t",
    "н": "h", "в": "b", "Я": "R", "я": "r", "п": "n", "г": "r", "л": "n", "Л": "N", "И": "N",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v", "α": "a", "ι": "i",
    "κ": "k", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ε": "e", "ω": "w", "Ϲ": "C", "ϲ": "c",
    "Ꭺ": "A", "Ᏼ": "B", "Ꮯ": "C", "Ꭰ": "D", "Ꭼ": "E", "Ꮐ": "G", "Ꮋ": "H", "Ꮃ": "W", "Ꮪ": "S",
    "Ꭲ": "T", "Ꮮ": "L", "Ꮇ": "M", "Ꮲ": "P", "Ꮶ": "K", "Ꮩ": "V", "Ꮓ": "Z", "ꓴ": "U",
    "𐊗": "T", "ꓚ": "C", "ꓐ": "B", "ꓓ": "D", "ꓰ": "E", "ꓝ": "F", "ꓖ": "G", "ꓧ": "H",
    "ꓲ": "I", "ꓙ": "J", "ꓗ": "K", "ꓡ": "L", "ꓟ": "M", "ꓠ": "N", "ꓑ": "P", "ꓣ": "R",
    "ꓢ": "S", "ꓔ": "T", "ꓦ": "V", "ꓪ": "W", "ꓫ": "X", "ꓬ": "Y", "ꓜ": "Z", "ɑ": "a",
    "ɡ": "g", "ı": "i", "ℓ": "l", "ø": "o", "Ø": "O", "ß": "ss", "Ꞩ": "S", "ʀ": "R",
    "Λ": "A", "λ": "A", "Σ": "E", "Π": "N", "Ɲ": "N", "ᆢ": "",
    # Armenian letters that pass for Latin ones ("𝐄𝐗𝐎էօէօ" reads EXOTOTO).
    "օ": "o", "Օ": "O", "ս": "u", "Ս": "U", "ո": "n", "Ո": "N", "հ": "h", "ց": "g", "զ": "q",
    "ա": "w", "է": "t", "Տ": "S", "ɩ": "i",
}  # fmt: skip

# Small capitals (ᴀʙᴄ…) are a favourite of spam; NFKC does not fold them.
_SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {ord(k): v for k, v in _HOMOGLYPHS.items()}
    for offset, char in enumerate(_SMALL_CAPS):
        if char != "x":
            table[ord(char)] = chr(ord("A") + offset)
    # Squared, negative circled, negative squared Latin capitals and regional indicators
    # have no compatibility decomposition, so NFKC keeps them.
    for base in (0x1F130, 0x1F150, 0x1F170, 0x1F1E6):
        for offset in range(26):
            table[base + offset] = chr(ord("A") + offset)
    # Zero-width characters split words apart ("S\u200bLOT") without being seen.
    for char in "\u200b\u200c\u200d\u2060\ufeff\u00ad":
        table[ord(char)] = ""
    return table


_TABLE = _build_table()
_SPACES = re.compile(r"\s+")


# Mathematical Alphanumerics (U+1D400–U+1D7FF) that lost the plane bit on the way
# ("헔헟험헫헜헦17" was "𝗔𝗟𝗘𝗫𝗜𝗦17") land on Hangul syllables U+D400–U+D7A3.
# Real Korean text also uses other syllables, so a line is restored only when all of its
# Hangul is in that band.
_TRUNCATED_MATH = re.compile("[\ud400-\ud7a3]")
_OTHER_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud3ff]")


def restore_truncated(line: str) -> str:
    """The line with truncated Mathematical Alphanumerics put back (unchanged when none)."""
    if line.isascii() or not _TRUNCATED_MATH.search(line) or _OTHER_HANGUL.search(line):
        return line
    return _TRUNCATED_MATH.sub(lambda m: chr(ord(m.group(0)) + 0x10000), line)


@lru_cache(maxsize=4096)  # repeated furniture lines across documents
def fold(line: str) -> str:
    """The detection form of a line: NFKC, look-alikes mapped to Latin, marks and spaces flattened.

    Case is kept (brand names in capitals are a signal); callers lowercase when they need to.
    """
    if line.isascii():
        return _SPACES.sub(" ", line).strip()
    text = unicodedata.normalize("NFKC", restore_truncated(line)).translate(_TABLE)
    # Combining strokes and underlines ("S̶L̶O̶T̶", "K̲U̲S̲U̲M̲A̲") decorate letters; drop them.
    text = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFC", text).translate(_TABLE)
    return _SPACES.sub(" ", text).strip()


def is_styled(ch: str) -> bool:
    """A styled form of a Latin letter or digit (Mathematical, enclosed, fullwidth, small caps)."""
    code = ord(ch)
    return (
        0x1D400 <= code <= 0x1D7FF  # Mathematical Alphanumerics
        or 0x2460 <= code <= 0x24FF  # Enclosed Alphanumerics
        or 0x1F100 <= code <= 0x1F1FF  # Enclosed Alphanumeric Supplement
        or 0xFF10 <= code <= 0xFF5A  # fullwidth digits and letters
        or 0x1D00 <= code <= 0x1D2B  # small capitals
        or 0xE000 <= code <= 0xF8FF  # private use: styled fonts that lost their mapping
    )


def disguise_count(line: str) -> int:
    """How many characters of the line are disguised Latin (styled or foreign-script look-alikes).

    News text writes names in plain letters; a run of 𝐉𝐔𝐍𝐈𝐎𝐑 or a Cyrillic "Е" inside a Latin
    word is a strong sign of evasion.
    """
    if line.isascii():
        return 0
    count = 0
    for ch in restore_truncated(line):
        code = ord(ch)
        if code < 0x250:
            continue
        if is_styled(ch) or 0xFF01 <= code <= 0xFF5E or code in _TABLE:
            count += 1
    return count


def folded_lines(doc: Document) -> list[str]:
    """The folded form of each raw line of `doc`, computed once and cached in `doc.meta`."""
    cached = doc.meta.get("folded")
    if isinstance(cached, list) and len(cached) == len(doc.lines):
        return cached
    result = [fold(line) for line in doc.lines]
    doc.meta["folded"] = result
    return result


class LineNormalizer(DocumentStep):
    """Folds every line once for the detectors that follow; removes nothing."""

    name: ClassVar[str] = "normalize"
    parallel: ClassVar[bool] = True

    def process(self, doc: Document) -> None:
        folded_lines(doc)
