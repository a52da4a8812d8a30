"""Site furniture removal: "Baca juga", ads, share/follow prompts, credits, bylines, pagination.

Rules look at the folded line; each names its kind in the reason ("boilerplate: baca-juga").
Section headings and the title match none of them: every rule needs a furniture phrase, not just
a short line.
"""

from __future__ import annotations

import re
from typing import ClassVar

from warta.clean.normalize import folded_lines
from warta.document import Document
from warta.pipeline import DocumentStep

_OPEN = r"^[\[(\s]*"
# (kind, pattern on the folded, lowercased line, longest line it may remove).
_RULES: tuple[tuple[str, re.Pattern[str], int], ...] = tuple(
    (kind, re.compile(pattern), limit)
    for kind, pattern, limit in (
        # "Baca juga: …", "[Baca Juga: …]", "SIMAK JUGA - …", "Baca_Juga", "Lihat juga: …"
        ("baca-juga", _OPEN + r"(baca|simak|lihat|cek|klik)[ _]juga\b", 300),
        ("baca-juga", _OPEN + r"(baca|read|baca selengkapnya|selengkapnya)\s*[:\-–»]", 300),
        (
            "baca-juga",
            _OPEN + r"(berita|artikel|topik|konten) (terkait|lainnya|pilihan|menarik)"
            r"\s*[:\-–»]?\s*(\S.*)?$",
            200,
        ),
        ("baca-juga", r"^(berita|artikel) terkait$|^terpopuler$|^pilihan (editor|redaksi)$", 40),
        (
            "video",
            _OPEN + r"(simak|tonton|saksikan|lihat|play)( juga| pula)?"
            r" (video|videonya|vidio|live streaming|siaran)\b",
            200,
        ),
        ("video", _OPEN + r"(tonton|saksikan)( juga| pula)?\s*[:\-–]", 200),
        ("video", r"^video\s*[:\-–]\s*\S|^\[?video\]?$|^(embed|play) video$", 150),
        (
            "ad",
            r"^(advertisement|iklan|ads|sponsored|konten sponsor|advertorial|promoted"
            r"|scroll to continue with content|scroll to resume content|lanjutkan membaca"
            r"|gulir (ke bawah )?untuk (melanjutkan|membaca)[\w ]*|scroll (ke bawah|down)[\w ]*"
            r"|continue reading below|content continues below)[.:!]*$",
            80,
        ),
        (
            "share",
            r"^(share|bagikan|bagikan artikel( ini)?|share (this|artikel)( article| ini)?"
            r"|share on \w+|tweet|kirim|salin link|copy link|sebarkan)\s*[:!.]*$",
            60,
        ),
        (
            "share",
            r"^(share|bagikan)\s*[:\-]?\s*(facebook|twitter|whatsapp|x|line|telegram|"
            r"linkedin|email|copy link)\b",
            150,
        ),
        (
            "follow",
            r"^(ikuti|follow|gabung|bergabung|join|subscribe|langganan|berlangganan"
            r"|dapatkan|pantau|simak)\b.*\b(google news|whatsapp channel|saluran whatsapp"
            r"|wa channel|grup telegram|channel telegram|kanal telegram|instagram|twitter|facebook"
            r"|tiktok|youtube|update berita|berita terkini|berita terbaru|breaking news|notifikasi"
            r"|newsletter)\b",
            300,
        ),
        (
            "follow",
            r"^(download|unduh|install|pasang)\b.*\b(aplikasi|app)\b.*"
            r"\b(kami|berita|news|[a-z]+\.(com|id))\b",
            200,
        ),
        ("follow", r"^(follow|ikuti) (us|kami)\b", 120),
        (
            "newsletter",
            r"\b(newsletter|buletin)\b.*\b(daftar|berlangganan|subscribe|email)\b"
            r"|^(daftar|berlangganan|subscribe)\b.*\b(newsletter|buletin|email)\b",
            200,
        ),
        ("newsletter", r"^klik (di ?sini|link|tautan)\b", 150),
        (
            "copyright",
            r"^(copyright|hak cipta|\(c\)|©)|©\s*(\d{4}|[a-z])|all rights reserved"
            r"|hak cipta dilindungi",
            200,
        ),
        (
            "credit",
            _OPEN + r"(foto|photo|gambar|image|ilustrasi foto|sumber foto|sumber gambar"
            r"|kredit foto|dok|dokumentasi|grafis|infografis|video|ilustrasi)\s*[:|]\s*\S",
            160,
        ),
        ("credit", r"^(foto|photo|dok)\s*/\s*\S", 100),
        (
            "byline",
            r"^(editor|penyunting|pewarta|penulis|reporter|kontributor|redaktur|jurnalis"
            r"|wartawan|penerjemah|penerjemahan|editing|teks|laporan|laporan wartawan|liputan"
            r"|writer"
            r"|written by|ditulis oleh|diterbitkan oleh|uploader|author)\s*[:|]\s*\S",
            120,
        ),
        # Editor initials closing an article: "(ard)", "(res/res)", "[sau]", "(ant/nat)".
        ("byline", r"^[\[(]\s*[a-z0-9.\- ]{2,12}(\s*/\s*[a-z0-9.\- ]{2,12}){0,3}\s*[\])]$", 40),
        (
            "pagination",
            r"^(halaman|hal\.?|page) (selanjutnya|berikutnya|sebelumnya|\d+)\b"
            r"|^(selanjutnya|berikutnya|sebelumnya|next|prev|previous)\s*[»>›]*$"
            r"|^(\d+\s+){1,}(selanjutnya|berikutnya|next|»|›|>)$|^load more$",
            60,
        ),
        (
            "source-note",
            r"^artikel ini (telah|sudah|pertama kali)? ?(tayang|terbit|dimuat|"
            r"diterbitkan)\b|^disclosure\s*:",
            250,
        ),
    )
)
# Kinds that are never a title, so they are removed even from the first line.
_CHROME = frozenset({"ad", "share", "follow", "newsletter", "copyright", "pagination"})
_INLINE = re.compile(
    r"\s*[\[(]\s*(?:baca|simak|lihat)(?: juga)?\s*[:\-][^\])]{3,200}[\])]"
    r"|\s*\((?:foto|photo|dok|gambar|ilustrasi)\s*:[^)]{1,80}\)",
    re.IGNORECASE,
)


_LONGEST = max(limit for _, _, limit in _RULES)
# One pass over the line decides for almost every line that no rule applies.
_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern, _ in _RULES))


def furniture_kind(folded_lower: str) -> str | None:
    """The kind of site furniture this (folded, lowercased) line is, or None for content."""
    if len(folded_lower) > _LONGEST or not _ANY.search(folded_lower):
        return None
    for kind, pattern, limit in _RULES:
        if len(folded_lower) <= limit and pattern.search(folded_lower):
            return kind
    return None


class BoilerplateFilter(DocumentStep):
    """Removes furniture lines ("boilerplate: <kind>") and inline "(Baca juga: …)" / "(Foto: …)"."""

    name: ClassVar[str] = "boilerplate"
    parallel: ClassVar[bool] = True

    def process(self, doc: Document) -> None:
        folded = folded_lines(doc)
        first = True
        for i, line in enumerate(doc.lines):
            if not line.strip():
                continue
            kind = furniture_kind(folded[i].lower())
            # The first line is the title ("VIDEO: Banjir Terjang Garut"), unless it is chrome.
            if first and kind not in _CHROME:
                kind = None
            first = False
            if kind is not None:
                doc.remove_line(i, f"boilerplate: {kind}")
                continue
            if "(" in line or "[" in line:
                for match in _INLINE.finditer(line):
                    doc.remove(i, match.start(), match.end(), "boilerplate: inline")
