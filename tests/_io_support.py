"""Builders for io test inputs (WARC files, news-like pages) generated inside tmp_path."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PARAGRAPHS = [
    "JAKARTA - Pemerintah provinsi mengumumkan program vaksinasi lanjutan bagi warga lanjut "
    "usia yang akan dimulai pekan depan di seluruh puskesmas.",
    "Kepala dinas kesehatan mengatakan stok vaksin mencukupi untuk tiga bulan ke depan dan "
    "warga cukup membawa kartu tanda penduduk saat datang ke lokasi.",
    "Program serupa tahun lalu menjangkau lebih dari dua juta orang di wilayah tersebut.",
]


def news_page(title: str, *, charset: str = "utf-8", extra: str = "") -> str:
    """A small Indonesian news page with navigation, an article and a footer."""
    body = "".join(f"<p>{p} {extra}</p>" for p in PARAGRAPHS)
    return (
        f'<html><head><meta charset="{charset}"><title>{title}</title></head><body>'
        '<nav><a href="/">Beranda</a> | <a href="/nasional">Nasional</a></nav>'
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Hak cipta 2024 Contoh Media</footer></body></html>"
    )


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], *, gzip: bool = False) -> None:
    """A WARC of HTTP responses: (url, payload, content type) each, plus one request record."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for url, payload, content_type in pages:
            status = "404 Not Found" if "404" in url else "200 OK"
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(payload),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-03-05T01:02:03Z"},
            )
            writer.write_record(record)
        request = writer.create_warc_record(
            "https://contoh.id/", "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)
