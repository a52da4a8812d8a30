"""Bytes to clean Unicode text: BOMs, UTF-8 first then detection, newlines and control chars."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from warta.io.records import ReadError

# Magic numbers of formats that are never news text (checked before any decoding).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document"),
    (b"\xca\xfe\xba\xbe", "Java class / Mach-O"),
    (b"\x00asm", "WebAssembly"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 65_536
# Bytes that are control characters in every ASCII-compatible encoding (tab, LF, VT, FF, CR
# and ESC are common enough in real text files not to count).
_CONTROL_BYTES = frozenset(set(range(32)) - {9, 10, 11, 12, 13, 27}) | {127}

# Characters that `str.splitlines()` treats as line breaks: turned into "\n" so that line
# numbers mean the same thing to every step. Other C0/C1 controls are removed.
_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_TRANSLATE: dict[int, str | None] = {ord(ch): "\n" for ch in _LINE_BREAKS}
_TRANSLATE.update(
    {
        code: None
        for code in [*range(32), 127, *range(0x80, 0xA0)]
        if code not in (9, 10) and chr(code) not in _LINE_BREAKS
    }
)
_TRANSLATE[0xFEFF] = None  # a BOM or zero-width no-break space carries no text
_CRLF = re.compile(r"\r\n?")
# str.translate with a dict is slow on long texts; most texts need no change at all, and a
# regex search finds that out at C speed.
_NEEDS_TRANSLATE = re.compile("[" + re.escape("".join(chr(code) for code in _TRANSLATE)) + "]")


# UTF-8 read as cp1252 or latin-1 ("â€œ" for “, "Ã©" for é): a lead byte's character
# followed by a continuation byte's. A cheap test; ftfy decides and repairs.
_CP1252_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CP1252_CONTINUATION}]")
# "â€" left from a right quote (E2 80 9D) whose last byte, undefined in cp1252, was lost
# before the text reached us: the quote is all it can have been, so the byte is put back
# for ftfy (which would otherwise read "â€ " as a dagger, E2 80 A0).
_LOST_RIGHT_QUOTE = re.compile(f"\u00e2\u20ac(?![{_CP1252_CONTINUATION}])")


def fix_mojibake(text: str) -> str:
    """Repair text that was UTF-8 decoded as cp1252 or latin-1 ("â€œKami" → "“Kami") with
    ftfy; text without the tell-tale character pairs comes back as it is."""
    if _MOJIBAKE.search(text) is None:
        return text
    import ftfy

    return ftfy.fix_encoding(_LOST_RIGHT_QUOTE.sub("\u00e2\u20ac\u009d", text))


def clean_text(text: str) -> str:
    """Normalise newlines to "\\n", repair mojibake, and drop control characters other than
    \\n and \\t."""
    if "\r" in text:
        text = _CRLF.sub("\n", text)
    if not text.isascii():
        text = fix_mojibake(text)  # before the controls go: C1 bytes can be part of mojibake
    if _NEEDS_TRANSLATE.search(text) is None:
        return text
    return text.translate(_TRANSLATE)


def binary_kind(data: bytes) -> str | None:
    """A short description of why `data` looks binary, or None if it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    sample = data[:_SAMPLE]
    if not sample:
        return None
    if _utf16_without_bom(sample) is not None:
        return None
    nuls = sample.count(0)
    if nuls > 2 and nuls / len(sample) > 0.01:  # a stray NUL or two is damage, not binary
        return f"{nuls} NUL bytes in the first {len(sample)}"
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if controls > 3 and controls / len(sample) > 0.05:
        return f"{controls / len(sample):.0%} control bytes"
    return None


def decode_bytes(data: bytes, *, where: str, declared: str | None = None) -> str:
    """Decode `data` (the content of `where`) to clean text, or raise ReadError.

    Order: BOM, the `declared` charset (HTTP header or HTML meta) if it decodes
    cleanly, UTF-8, cp1252 for mostly-ASCII text, then charset-normalizer; binary
    content raises "binary-file" and undecodable content "decode-error".
    """
    kind = binary_kind(data)
    if kind is not None:
        raise ReadError("binary-file", f"{where} looks binary ({kind})")
    return clean_text(_decode(data, where=where, declared=declared))


def _decode(data: bytes, *, where: str, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    utf16 = _utf16_without_bom(data[:_SAMPLE])
    if utf16 is not None:
        return data.decode(utf16, "replace")
    if declared:
        try:
            return data.decode(_codec_name(declared))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration is common on the web: detect instead
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    high = sum(1 for byte in data[:_SAMPLE] if byte >= 0x80)
    # Indonesian web text is mostly ASCII; its legacy encoding is overwhelmingly
    # cp1252/latin-1, which charset-normalizer often mistakes for cp1250 or cp775.
    if high / max(1, min(len(data), _SAMPLE)) < 0.1:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    best = from_bytes(data[: _SAMPLE * 4]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    if bad / max(1, len(text)) < 0.02:
        return text  # a few stray bytes in otherwise good text
    raise ReadError("decode-error", f"{where}: no text encoding fits ({bad} undecodable bytes)")


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs on every other byte (for Latin-script text)."""
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > 0.9 * (len(sample) // 2) and even == 0:
        return "utf-16-le"
    if even > 0.9 * (len(sample) // 2) and odd == 0:
        return "utf-16-be"
    return None


def _codec_name(declared: str) -> str:
    name = codecs.lookup(declared.strip().strip("\"'").lower()).name
    # Browsers decode "iso-8859-1" and "ascii" as windows-1252 (WHATWG encoding standard).
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name
