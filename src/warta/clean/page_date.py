"""The publication date a page prints in its timestamp line, for documents that came without one.

Plain text and many scraped records carry no publication date, yet the page printed it:
"Kompas.com - 28/11/2026, 16:42 WIB", "Rabu, 27 Nov 2026 09:15 WIB". The boilerplate step
removes such lines as "boilerplate: timestamp"; this step reads the first of them into
`doc.published` (and records `published_from: "page"`), so relative dates in the article
("Selasa (26/11) malam", "pekan depan") resolve. A date the input already had always wins.
A line that only says when the page was updated ("Diperbarui …") is used when no other
timestamp line is there. Failing a timestamp, a dateline with a date ("Jakarta, 27 November
2026 – …", `published_from: "dateline"`), and failing that the day the article's URL carries
("kompas.com/read/2026/11/28/…", "cnnindonesia.com/nasional/20261128123456-20-…"), its own
or the one a removed "Artikel ini telah tayang di …" note gives, dates it
(`published_from: "url"`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar

from warta.document import Document
from warta.io.dates import DATELINE_DATE, normalise_date
from warta.pipeline import DocumentStep

TIMESTAMP_REASON = "boilerplate: timestamp"
SOURCE_NOTE_REASON = "boilerplate: source-note"
# Only the top of a page prints its date; a timestamp further down belongs to a comment,
# a related story or an update log.
_MAX_LINE = 12
_OUTLET = re.compile(r"^([\w.\-]+(\s+[\w.\-]+){0,2}\s*[-–—|]\s*(?=\w)|[\w.\-]+\s*,\s*(?=\d))")
_UPDATE = re.compile(
    r"^(update|updated|pembaruan|diperbarui|terakhir diperbarui|update terakhir)\b\s*:?\s*",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"\s*[|\-–]\s*(oleh|penulis|reporter|editor)\b.*$", re.IGNORECASE)
_LABEL = re.compile(r"^(dipublikasikan|diterbitkan|published|terbit)\b\s*:?\s*", re.IGNORECASE)


def timestamp_date(line: str) -> tuple[str | None, bool]:
    """(ISO date or datetime, is-an-update) of a timestamp line; (None, False) when unreadable."""
    text = " ".join(line.split())
    update = bool(_UPDATE.match(text))
    text = _UPDATE.sub("", text)
    text = _LABEL.sub("", text)
    text = _BYLINE.sub("", text)
    if not text[:1].isdigit() and not _weekday_first(text):
        text = _OUTLET.sub("", text, count=1)
    return normalise_date(text), update


# "/2026/11/28/", "/20261128123456-20-" (CNN and CNBC Indonesia), "/2026-11-28/"
_URL_DAY = re.compile(
    r"/(20\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)|/(20\d\d)(\d\d)(\d\d)\d{6}-|/(20\d\d)-(\d\d)-(\d\d)/"
)
_URL = re.compile(r"https?://\S+")
_DATELINE_DATE = re.compile(
    r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3},\s*(" + DATELINE_DATE + r")\s*[-–—]"
)


def _dateline_date(text: str) -> str | None:
    """The date a dateline opening one of the first paragraphs gives ("Jakarta, 27 November
    2026 – PT Bank Mandiri …", as press releases write it)."""
    for line in [line for line in text.splitlines() if line.strip()][:3]:
        match = _DATELINE_DATE.match(line)
        if match is not None:
            value = normalise_date(match.group(1).strip("() "))
            if value is not None:
                return value[:10]
    return None


def url_date(url: str | None) -> str | None:
    """The day an article's URL carries ("…/read/2026/11/28/…"), as ISO, or None."""
    match = _URL_DAY.search(url or "")
    if match is None:
        return None
    year, month, day = (int(g) for g in match.groups() if g is not None)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _weekday_first(text: str) -> bool:
    return bool(re.match(r"(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\b", text, re.I))


class PageDate(DocumentStep):
    """Sets `published` from the page's own timestamp line when the input gave none."""

    name: ClassVar[str] = "page-date"
    parallel: ClassVar[bool] = True

    def process(self, doc: Document) -> None:
        if doc.published:
            return
        update: str | None = None
        for span in doc.removed:
            if span.reason != TIMESTAMP_REASON or span.line >= _MAX_LINE:
                continue
            value, is_update = timestamp_date(span.text)
            if value is None:
                continue
            if not is_update:
                self._set(doc, value)
                return
            update = update or value
        if update is not None:
            self._set(doc, update)
            return
        dated = _dateline_date(doc.text)
        if dated is not None:
            self._set(doc, dated, "dateline")
            return
        urls = [doc.url] + [
            link.group()
            for span in doc.removed
            if span.reason == SOURCE_NOTE_REASON
            for link in _URL.finditer(span.text)
        ]
        for url in urls:
            day = url_date(url)
            if day is not None:
                self._set(doc, day, "url")
                return

    @staticmethod
    def _set(doc: Document, value: str, source: str = "page") -> None:
        doc.published = value
        doc.annotations["published_from"] = source
