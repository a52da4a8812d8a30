"""Bad input: every unreadable file or record ends as an errored Document and the run goes on."""

from __future__ import annotations

import gzip
import json
import os
import random
from pathlib import Path

import pytest
import zstandard
from _io_support import PARAGRAPHS, news_page, write_warc

from warta.document import Document
from warta.io import ERROR_KINDS, ReadOptions, read_inputs


def _docs(*inputs: Path, options: ReadOptions | None = None) -> list[Document]:
    return list(read_inputs([str(p) for p in inputs], options=options or ReadOptions()))


def _kind(doc: Document) -> str:
    assert doc.status == "error" and doc.reason is not None
    return doc.reason.split(":", 1)[0]


def _jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def test_binary_file_is_an_error_document(tmp_path: Path) -> None:
    path = tmp_path / "gambar.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    [doc] = _docs(path)
    assert _kind(doc) == "binary-file" and doc.id == path.as_posix()
    assert path.as_posix() in (doc.reason or "") and "PNG" in (doc.reason or "")


def test_random_bytes_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "acak.html"
    path.write_bytes(random.Random(7).randbytes(5000))
    [doc] = _docs(path)
    assert _kind(doc) == "binary-file"


@pytest.mark.parametrize("name", ["kosong.txt", "kosong.jsonl", "kosong.html", "kosong.rss"])
def test_empty_file_is_an_error_document(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    [doc] = _docs(path)
    assert _kind(doc) == "empty-file"


def test_whitespace_only_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "spasi.txt"
    path.write_bytes(b" \r\n\t\n\x00\n")
    [doc] = _docs(path)
    assert _kind(doc) == "empty-file"


def test_undecodable_garbage_errors_clearly(tmp_path: Path) -> None:
    path = tmp_path / "rusak.txt"
    path.write_bytes(bytes(b | 0x80 for b in random.Random(3).randbytes(4000)))
    [doc] = _docs(path)
    assert _kind(doc) == "decode-error"


def test_cp1252_and_latin1_files_decode(tmp_path: Path) -> None:
    text = "Wali kota berkata “banjir surut” – warga kembali ke Café Melati.\n\nIsi lanjutan."
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "b.txt").write_bytes("Kafé dan naïve.\n\nIsi.".encode("latin-1"))
    first, second = _docs(tmp_path)
    assert first.raw == text and second.raw == "Kafé dan naïve.\n\nIsi."


def test_broken_jsonl_lines_do_not_stop_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "campur.jsonl"
    path.write_bytes(
        _jsonl({"id": "a", "text": "Berita pertama."})
        + b'{"id": "b", "text": "tanpa penutup\n'
        + b"[1, 2, 3]\n"
        + b'"hanya string"\n'
        + _jsonl({"id": "c", "title": "Tanpa isi"}, {"id": "d", "text": 42})
        + _jsonl({"id": "e", "text": "   "}, {"id": "f", "html": ""})
        + b"\xff\xfe{bukan json}\n"
        + _jsonl({"id": "g", "text": "Berita terakhir."})
    )
    docs = _docs(path)
    assert [d.id for d in docs if d.kept] == ["a", "g"]
    errors = [(d.id.rsplit("#", 1)[-1], _kind(d)) for d in docs if not d.kept]
    assert errors == [
        ("L2", "invalid-json"),
        ("L3", "invalid-json"),
        ("L4", "invalid-json"),
        ("L5", "missing-text"),
        ("L6", "missing-text"),
        ("L7", "missing-text"),
        ("L8", "missing-text"),
        ("L9", "invalid-json"),
    ]
    assert all(f"{path.as_posix()} line " in (d.reason or "") for d in docs if not d.kept)
    # a record that carries its own id is named by it too
    reasons = {d.id.rsplit("#", 1)[-1]: d.reason or "" for d in docs if not d.kept}
    assert "(record id 'd')" in reasons["L6"]
    assert "record id" not in reasons["L2"]


def test_truncated_gzip_yields_records_then_one_error(tmp_path: Path) -> None:
    records = [{"id": f"r{i}", "text": " ".join(PARAGRAPHS) + f" {i}"} for i in range(400)]
    packed = gzip.compress(_jsonl(*records))
    path = tmp_path / "potong.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    docs = _docs(path)
    assert all(d.kept for d in docs[:-1]) and len(docs) > 10
    assert [d.id for d in docs[:-1]] == [f"r{i}" for i in range(len(docs) - 1)]
    assert _kind(docs[-1]) == "truncated-gzip"
    assert docs[-1].id == f"{path.as_posix()}#L{len(docs)}"


def test_truncated_zstd_yields_records_then_one_error(tmp_path: Path) -> None:
    records = [{"id": f"r{i}", "text": " ".join(PARAGRAPHS) + f" {i}"} for i in range(3000)]
    packed = zstandard.ZstdCompressor(level=1).compress(_jsonl(*records))
    path = tmp_path / "potong.jsonl.zst"
    path.write_bytes(packed[: len(packed) // 2])
    docs = _docs(path)
    assert len(docs) > 1 and all(d.kept for d in docs[:-1])
    assert _kind(docs[-1]) == "truncated-zstd"


def test_malformed_html_still_extracts(tmp_path: Path) -> None:
    path = tmp_path / "rusak.html"
    page = news_page("Judul Berita").replace("</p>", "").replace("</article>", "<div><b>")
    path.write_text(page[: -len("</body></html>")] + "<p <<< &&& </tabel>")
    [doc] = _docs(path)
    assert doc.kept and "stok vaksin mencukupi" in doc.raw


def test_html_without_main_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "kosong.html"
    path.write_text(
        "<html><head><title>Beranda</title><script>var x = 1;</script></head>"
        "<body><nav><a href='/'>Beranda</a></nav><img src='a.png'></body></html>"
    )
    [doc] = _docs(path)
    assert _kind(doc) == "html-extraction-failed"
    assert "no main text" in (doc.reason or "")


def _pages(count: int) -> list[tuple[str, bytes, str]]:
    return [
        (f"https://contoh.id/{i}", news_page(f"Berita Nomor {i}").encode(), "text/html")
        for i in range(count)
    ]


def test_warc_with_corrupt_record_header(tmp_path: Path) -> None:
    path = tmp_path / "rusak.warc"
    write_warc(path, _pages(4))
    data = path.read_bytes()
    third = data.index(b"WARC/1.0", data.index(b"WARC/1.0", 1) + 1)
    path.write_bytes(data[:third] + b"XXXX/9.9 sampah\r\n" + data[third + 8 :])
    docs = _docs(path)
    assert [(d.url, d.status) for d in docs] == [
        ("https://contoh.id/0", "kept"),
        ("https://contoh.id/1", "kept"),
        (None, "error"),
        ("https://contoh.id/3", "kept"),  # reading resumes at the next record
    ]
    assert _kind(docs[2]) == "warc-record-error" and docs[2].id == f"{path.as_posix()}#R3"


def test_warc_with_corrupt_payload_errors_that_record_only(tmp_path: Path) -> None:
    path = tmp_path / "digest.warc"
    write_warc(path, _pages(3))
    data = path.read_bytes()
    spot = data.index(b"Berita Nomor 1")
    path.write_bytes(data[:spot] + b"Xerita" + data[spot + 6 :])
    docs = _docs(path)
    assert [d.status for d in docs] == ["kept", "error", "kept"]
    assert _kind(docs[1]) == "warc-record-error" and "digest" in (docs[1].reason or "")


def test_truncated_warc_gz_keeps_earlier_records(tmp_path: Path) -> None:
    path = tmp_path / "potong.warc.gz"
    write_warc(path, _pages(4), gzip=True)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.6)])
    docs = _docs(path)
    assert docs[0].kept and docs[0].url == "https://contoh.id/0"
    assert _kind(docs[-1]) == "warc-record-error"
    assert [d.status for d in docs].count("error") == 1


def test_warc_gz_with_garbled_member_resumes_at_the_next_member(tmp_path: Path) -> None:
    path = tmp_path / "rusak.warc.gz"
    write_warc(path, _pages(3), gzip=True)
    data = bytearray(path.read_bytes())
    second = data.index(b"\x1f\x8b\x08", 1)
    data[second + 40 : second + 200] = bytes(160)  # zero out the middle of record 2
    path.write_bytes(bytes(data))
    docs = _docs(path)
    assert [(d.url, d.status) for d in docs] == [
        ("https://contoh.id/0", "kept"),
        (None, "error"),
        ("https://contoh.id/2", "kept"),
    ]


def test_50mb_text_file_is_too_large_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    with open(path, "wb") as stream:
        stream.truncate(50_000_000)  # sparse: no 50 MB written
    [doc] = _docs(path)
    assert _kind(doc) == "too-large" and "50000000" in (doc.reason or "")


def test_oversized_jsonl_line_is_skipped_to_the_next_line(tmp_path: Path) -> None:
    path = tmp_path / "besar.jsonl"
    big = {"id": "besar", "text": "kata " * 300_000}  # ~1.5 MB
    path.write_bytes(_jsonl({"id": "a", "text": "Sebelum."}, big, {"id": "b", "text": "Sesudah."}))
    docs = _docs(path, options=ReadOptions(max_doc_bytes=100_000))
    assert [d.status for d in docs] == ["kept", "error", "kept"]
    assert docs[1].id == f"{path.as_posix()}#L2" and _kind(docs[1]) == "too-large"
    assert [d.raw for d in docs if d.kept] == ["Sebelum.", "Sesudah."]


def test_oversized_warc_record_and_feed_item_are_too_large(tmp_path: Path) -> None:
    warc = tmp_path / "besar.warc"
    big = news_page("Besar", extra="x" * 50_000).encode()
    pages = [*_pages(1), ("https://contoh.id/besar", big, "text/html")]
    write_warc(warc, pages)
    feed = tmp_path / "besar.rss"
    feed.write_text(
        "<rss><channel><item><title>A</title><description>Pendek.</description></item>"
        f"<item><title>B</title><description>{'y' * 50_000}</description></item>"
        "</channel></rss>"
    )
    docs = _docs(warc, feed, options=ReadOptions(max_doc_bytes=20_000))
    assert [d.status for d in docs] == ["kept", "error", "kept", "error"]
    assert _kind(docs[1]) == "too-large" and _kind(docs[3]) == "too-large"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_permission_denied_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "rahasia.txt"
    path.write_text("Isi berita.")
    path.chmod(0)
    try:
        [doc] = _docs(path)
    finally:
        path.chmod(0o644)
    assert _kind(doc) == "unreadable-file"


def test_dangling_link_and_directory_named_like_a_file_are_unreadable(tmp_path: Path) -> None:
    (tmp_path / "hilang.txt").symlink_to(tmp_path / "tidak-ada.txt")
    (tmp_path / "folder.html").mkdir()
    (tmp_path / "folder.html" / "dalam.txt").write_text("Judul\n\nIsi berita dalam folder.")
    docs = _docs(tmp_path)
    assert [(Path(d.id).name, d.status) for d in docs] == [
        ("dalam.txt", "kept"),
        ("hilang.txt", "error"),
    ]
    assert _kind(docs[1]) == "unreadable-file"


def test_feed_with_syntax_error_keeps_items_around_it(tmp_path: Path) -> None:
    path = tmp_path / "rusak.rss"
    path.write_text(
        "<rss><channel>"
        "<item><title>Satu</title><description>Berita satu.</description></item>"
        "<item><title>Dua & Tiga</title><description>Berita dua.</description></item>"
        "<item><title>Empat</title><description>Berita empat.</description></item>"
        "</channel></rss>"
    )
    docs = _docs(path)
    assert docs[0].kept and docs[0].raw == "Berita satu."
    assert _kind(docs[1]) == "feed-parse-error"
    assert docs[-1].kept and docs[-1].raw == "Berita empat."


def test_xml_that_is_not_a_feed_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "peta.xml"
    path.write_text(
        '<?xml version="1.0"?><urlset><url><loc>https://contoh.id/</loc></url></urlset>'
    )
    [doc] = _docs(path)
    assert _kind(doc) == "feed-parse-error"


def test_directory_mixing_every_kind_reads_all_and_reports_all(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "fixtures" / "io"
    for name in ["artikel.txt", "berita.jsonl", "halaman.html", "umpan.rss", "umpan.atom"]:
        (tmp_path / name).write_bytes((fixtures / name).read_bytes())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "arsip.warc.gz").write_bytes(b"")
    write_warc(tmp_path / "sub" / "arsip.warc.gz", _pages(2), gzip=True)
    (tmp_path / "sub" / "zip.jsonl.gz").write_bytes(gzip.compress(_jsonl({"text": "Isi."})))
    (tmp_path / "sub" / "biner.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(100))
    (tmp_path / "sub" / "kosong.html").write_bytes(b"")
    (tmp_path / "sub" / "abaikan.md").write_text("bukan input")
    docs = _docs(tmp_path)
    kept = [d for d in docs if d.kept]
    errors = sorted(_kind(d) for d in docs if not d.kept)
    assert len(kept) == 1 + 3 + 1 + 2 + 1 + 2 + 1
    assert errors == ["binary-file", "empty-file"]
    assert {d.source for d in kept} >= {"file", "jsonl", "html", "feed", "warc"}
    assert {_kind(d) for d in docs if not d.kept} <= ERROR_KINDS
    assert [d.id for d in docs] == [d.id for d in _docs(tmp_path)]  # deterministic
