"""Write samples/warc/news.warc.gz: three HTML news responses, a robots.txt and a PNG image.

Deterministic: record ids are uuid5 of the URL, dates are fixed, and zlib's gzip members
carry no timestamp, so rerunning gives the same bytes. Run: python samples/make_warc.py
"""

from __future__ import annotations

import uuid
import zlib
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).parent / "warc" / "news.warc.gz"

PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{title} - Lintas Kabar</title>
<meta property="article:published_time" content="{published}">
<link rel="canonical" href="{url}"></head>
<body><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/daerah">Daerah</a>
<a href="/ekonomi">Ekonomi</a></nav>
<div class="ads">ADVERTISEMENT</div>
<article><h1>{title}</h1><div class="date">{date_line}</div>
{body}
</article>
<aside><h3>Terpopuler</h3><ul><li><a href="/a">Cuaca Ekstrem Landa Pesisir Selatan Jawa</a></li>
<li><a href="/b">Jadwal KRL Jabodetabek Berubah Mulai Bulan Depan</a></li></ul></aside>
<footer><p>Copyright © 2026 Lintas Kabar. All rights reserved.</p></footer></body></html>
"""

ARTICLES = [
    {
        "url": "https://lintaskabar.example/daerah/2026/03/10/gempa-cianjur-m-5-6",
        "title": "Gempa M 5,6 Guncang Cianjur, 1.240 Rumah Rusak",
        "published": "2026-03-10T14:30:00+07:00",
        "date_line": "Selasa, 10 Maret 2026 14:30 WIB",
        "paragraphs": [
            "CIANJUR — Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada "
            "Selasa (10/3/2026) pukul 09.12 WIB. Badan Nasional Penanggulangan Bencana (BNPB) "
            "mencatat 1.240 rumah rusak, 87 di antaranya rusak berat.",
            "Kepala Pusat Gempa Bumi dan Tsunami BMKG Dian Kurniawati mengatakan gempa dipicu "
            "aktivitas Sesar Cugenang pada kedalaman 10 kilometer. \u201cGempa ini tidak "
            "berpotensi tsunami, tetapi warga perlu mewaspadai gempa susulan,\u201d kata Dian.",
            "Bupati Cianjur Andi Kusnadi menetapkan status tanggap darurat selama 14 hari. "
            "Sebanyak 3.600 warga mengungsi ke tenda-tenda di lapangan desa.",
            "Baca juga: Cara Menyiapkan Tas Siaga Bencana untuk Keluarga",
            "Hingga Selasa sore, BMKG mencatat 23 kali gempa susulan dengan magnitudo "
            "terbesar 4,1.",
        ],
    },
    {
        "url": "https://lintaskabar.example/ekonomi/2026/03/11/tarif-krl-naik",
        "title": "Tarif KRL Jabodetabek Naik Rp 1.000 Mulai April 2026",
        "published": "2026-03-11T10:05:00+07:00",
        "date_line": "Rabu, 11 Maret 2026 10:05 WIB",
        "paragraphs": [
            "JAKARTA — Tarif dasar KRL Commuter Line Jabodetabek untuk 25 kilometer pertama naik "
            "dari Rp 3.000 menjadi Rp 4.000 mulai 1 April 2026, kenaikan pertama sejak 2016.",
            "Direktur Jenderal Perkeretaapian Kementerian Perhubungan Rudi Setiadi mengatakan "
            "kenaikan tarif diperlukan untuk menambah perjalanan dan merawat sarana. \u201cSubsidi "
            "tetap ada. Penumpang hanya menanggung sebagian kecil dari biaya operasional,\u201d "
            "ujarnya di Jakarta, Rabu (11/3/2026).",
            "KRL Jabodetabek mengangkut rata-rata 1,1 juta penumpang per hari pada 2025.",
        ],
    },
    {
        "url": "https://lintaskabar.example/nasional/2026/03/12/festival-danau-toba",
        "title": "Festival Danau Toba 2026 Targetkan 150.000 Wisatawan",
        "published": "2026-03-12T18:45:00+07:00",
        "date_line": "Kamis, 12 Maret 2026 18:45 WIB",
        "paragraphs": [
            "MEDAN — Pemerintah Provinsi Sumatera Utara menargetkan 150.000 wisatawan datang ke "
            "Festival Danau Toba yang digelar pada 20\u201326 Juli 2026 di Balige dan Parapat.",
            "Kepala Dinas Pariwisata Sumatera Utara Maria Sitorus mengatakan festival tahun ini "
            "menampilkan lomba solu bolon, pergelaran ulos, dan konser musik di tepi danau. "
            "\u201cKami ingin wisatawan tinggal lebih lama, bukan hanya datang untuk foto,\u201d "
            "kata Maria, Kamis (12/3/2026).",
            "Selama festival, perputaran uang diperkirakan mencapai Rp 180 miliar.",
        ],
    },
]

ROBOTS = b"User-agent: *\nDisallow: /cari\nSitemap: https://lintaskabar.example/sitemap.xml\n"


def _png_1x1() -> bytes:
    """A valid 1x1 grey PNG, built here so the sample has no binary source file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    pixels = zlib.compress(b"\x00\x80")
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


def _headers(url: str, date: str) -> dict[str, str]:
    record_id = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}>"
    return {"WARC-Record-ID": record_id, "WARC-Date": date}


def _response(writer: WARCWriter, url: str, date: str, mime: str, body: bytes) -> None:
    http = StatusAndHeaders(
        "200 OK",
        [("Content-Type", mime), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        url,
        "response",
        payload=BytesIO(body),
        length=len(body),
        http_headers=http,
        warc_headers_dict=_headers(url, date),
    )
    writer.write_record(record)


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        info = b"software: warta samples/make_warc.py\r\nformat: WARC File Format 1.0\r\n"
        writer.write_record(
            writer.create_warc_record(
                "",
                "warcinfo",
                payload=BytesIO(info),
                length=len(info),
                warc_headers_dict={
                    **_headers("warcinfo:news.warc.gz", "2026-03-13T00:00:00Z"),
                    "WARC-Filename": "news.warc.gz",
                    "Content-Type": "application/warc-fields",
                },
            )
        )
        _response(
            writer,
            "https://lintaskabar.example/robots.txt",
            "2026-03-13T00:00:01Z",
            "text/plain",
            ROBOTS,
        )
        for number, article in enumerate(ARTICLES):
            body = "\n".join(f"<p>{p}</p>" for p in article["paragraphs"])
            html = PAGE.format(body=body, **{k: v for k, v in article.items() if k != "paragraphs"})
            _response(
                writer,
                str(article["url"]),
                f"2026-03-13T00:00:{10 + number:02d}Z",
                "text/html; charset=utf-8",
                html.encode("utf-8"),
            )
        _response(
            writer,
            "https://lintaskabar.example/img/logo.png",
            "2026-03-13T00:00:20Z",
            "image/png",
            _png_1x1(),
        )


if __name__ == "__main__":
    main()
