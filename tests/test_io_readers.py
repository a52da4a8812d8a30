"""Readers on well-formed inputs: discovery, each kind, dates, decoding, stdin."""

from __future__ import annotations

import gzip
import json
from io import BytesIO
from pathlib import Path

import pytest
import zstandard
from _io_support import news_page, write_warc

from warta.errors import InputError
from warta.io import ReadOptions, Source, decode_bytes, discover, read_inputs, read_source
from warta.io.dates import normalise_date
from warta.io.readers import guess_title, read_stdin

FIXTURES = Path(__file__).parent / "fixtures" / "io"


def _docs(*inputs: str | Path) -> list:
    return list(read_inputs([str(p) for p in inputs]))


def test_discover_walks_directories_sorted_and_skips_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in [
        "z.txt",
        "a.jsonl.gz",
        "b/c.html",
        "b/d.warc.gz",
        "e.rss",
        ".hidden.txt",
        ".git/x.txt",
        "notes.md",
        "f.ndjson",
        "g.atom",
        "h.jsonl.zst",
        "i.htm",
    ]:
        (tmp_path / name).write_bytes(b"x")
    found = discover([str(tmp_path)])
    names = [Path(s.path).relative_to(tmp_path).as_posix() for s in found]
    assert names == [
        "a.jsonl.gz",
        "b/c.html",
        "b/d.warc.gz",
        "e.rss",
        "f.ndjson",
        "g.atom",
        "h.jsonl.zst",
        "i.htm",
        "z.txt",
    ]
    assert [s.kind for s in found] == [
        "jsonl",
        "html",
        "warc",
        "feed",
        "jsonl",
        "feed",
        "jsonl",
        "html",
        "txt",
    ]
    assert discover(["-"]) == [Source("-", "stdin")]


def test_discover_missing_path_raises_input_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"tidak-ada\.txt"):
        discover([str(tmp_path / "tidak-ada.txt")])


def test_discover_sniffs_files_without_known_extension(tmp_path: Path) -> None:
    samples = {
        "page": b"<!DOCTYPE html><html><body><p>x</p></body></html>",
        "feed": b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>',
        "records": b'\n{"id": 1, "text": "x"}\n',
        "archive": b"WARC/1.0\r\nWARC-Type: warcinfo\r\n",
        "plain": b"Berita biasa tanpa tanda apa pun.",
        "zipped": gzip.compress(b'{"id": 1, "text": "x"}\n'),
    }
    for name, data in samples.items():
        (tmp_path / name).write_bytes(data)
    kinds = {Path(s.path).name: s.kind for s in discover([str(tmp_path / n) for n in samples])}
    assert kinds == {
        "page": "html",
        "feed": "feed",
        "records": "jsonl",
        "archive": "warc",
        "plain": "txt",
        "zipped": "jsonl",
    }


def test_txt_reader_keeps_title_line_in_raw() -> None:
    [doc] = _docs(FIXTURES / "artikel.txt")
    assert doc.id == (FIXTURES / "artikel.txt").as_posix()
    assert doc.source == "file" and doc.kept
    assert doc.title == "Pemerintah Percepat Pembangunan Jalan Tol Trans Sumatra"
    assert doc.raw.startswith(doc.title + "\n\nJAKARTA - ")


def test_sentence_first_line_is_not_a_title() -> None:
    assert guess_title("Hujan turun sejak pagi di Bogor.\nWarga memilih di rumah.") is None
    assert guess_title("Satu baris saja tanpa titik") is None
    assert guess_title("Mengapa Harga Cabai Melonjak?\n\nIsi berita.") == (
        "Mengapa Harga Cabai Melonjak?"
    )


def test_jsonl_reader_fields_dates_html_and_default_ids() -> None:
    docs = _docs(FIXTURES / "berita.jsonl")
    assert [d.id for d in docs] == [
        "kompas-001",
        "2",
        (FIXTURES / "berita.jsonl").as_posix() + "#L4",
    ]
    first, page, bare = docs
    assert first.source == "contoh.id" and first.url == "https://contoh.id/ekonomi/beras"
    assert first.published == "2024-03-04T09:30:00+07:00"
    assert first.raw.split("\n\n")[1].startswith("Pedagang di Pasar Induk")
    assert page.title == "Gempa Guncang Cianjur" and page.published == "2022-11-21"
    assert "CIANJUR - Gempa bermagnitudo 5,6" in page.raw and "Hak cipta" not in page.raw
    # relative dates depend on the day warta runs: kept raw, never guessed
    assert bare.published is None and bare.annotations["published_raw"] == "kemarin sore"


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst"])
def test_compressed_jsonl_reads_like_plain(tmp_path: Path, suffix: str) -> None:
    data = (FIXTURES / "berita.jsonl").read_bytes()
    packed = gzip.compress(data) if suffix.endswith("gz") else zstandard.compress(data)
    path = tmp_path / f"berita{suffix}"
    path.write_bytes(packed)
    assert [d.raw for d in _docs(path)] == [d.raw for d in _docs(FIXTURES / "berita.jsonl")]


def test_zstd_with_concatenated_frames_reads_every_frame(tmp_path: Path) -> None:
    path = tmp_path / "multi.jsonl.zst"
    one = json.dumps({"id": "a", "text": "Satu"}).encode() + b"\n"
    two = json.dumps({"id": "b", "text": "Dua"}).encode() + b"\n"
    path.write_bytes(zstandard.compress(one) + zstandard.compress(two))
    assert [(d.id, d.status) for d in _docs(path)] == [("a", "kept"), ("b", "kept")]


def test_html_reader_main_text_metadata_and_paragraph_lines() -> None:
    [doc] = _docs(FIXTURES / "halaman.html")
    assert doc.kept and doc.source == "html"
    assert doc.url == "https://contoh.id/megapolitan/banjir-jakarta-timur"
    assert doc.published == "2024-02-20"
    assert doc.title is not None and doc.title.startswith("Banjir Rendam Ribuan Rumah")
    paragraphs = doc.raw.split("\n\n")
    assert any(p.startswith("Sebanyak 1.250 warga kini mengungsi") for p in paragraphs)
    assert all("\n" not in p for p in paragraphs)
    assert "Seluruh hak dilindungi" not in doc.raw and "Masuk" not in doc.lines


def test_rss_and_atom_items_become_documents() -> None:
    rss = _docs(FIXTURES / "umpan.rss")
    assert [d.id for d in rss] == ["contoh-nasional-101", "https://contoh.id/nasional/bbm"]
    assert rss[0].published == "2022-09-20T14:05:00+07:00"
    assert rss[0].raw.endswith("tonggak penting & bersejarah.")  # content:encoded wins
    assert rss[1].raw.startswith("Pemerintah memastikan harga")  # escaped HTML description
    assert rss[1].published == "2022-09-21"
    [atom] = _docs(FIXTURES / "umpan.atom")
    assert atom.url == "https://contoh.id/tekno/startup-seri-b"
    assert atom.published == "2023-06-01T10:00:00+07:00"  # published, not updated
    assert atom.raw.split("\n\n") == [
        "Perusahaan rintisan asal Bandung meraih pendanaan Seri B senilai 30 juta dolar AS.",
        "Dana akan dipakai untuk ekspansi ke Asia Tenggara.",
    ]


def test_feed_never_expands_external_entities(tmp_path: Path) -> None:
    secret = tmp_path / "rahasia.txt"
    secret.write_text("KATA-SANDI-RAHASIA")
    feed = tmp_path / "jahat.rss"
    feed.write_text(
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss><channel><item><title>T</title><description>Isi &x; berita</description>"
        "</item></channel></rss>"
    )
    docs = _docs(feed)
    assert all("KATA-SANDI-RAHASIA" not in d.raw for d in docs)


def test_warc_keeps_only_html_responses(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(
        path,
        [
            ("https://contoh.id/a", news_page("Vaksinasi Lansia Dimulai").encode(), "text/html"),
            ("https://contoh.id/logo.png", b"\x89PNG\r\n\x1a\nxxxx", "image/png"),
            ("https://contoh.id/404", news_page("Tidak ditemukan").encode(), "text/html"),
        ],
        gzip=True,
    )
    [doc] = _docs(path)
    assert doc.kept and doc.source == "warc" and doc.url == "https://contoh.id/a"
    assert doc.id.startswith("urn:uuid:")
    assert doc.title == "Vaksinasi Lansia Dimulai"
    assert doc.annotations["crawled"] == "2024-03-05T01:02:03+00:00"
    assert doc.published is None  # the crawl date is not a publication date


def test_warc_uses_http_charset(tmp_path: Path) -> None:
    page = news_page("Kafé “Kopi” Ramai", charset="windows-1252").encode("cp1252")
    path = tmp_path / "cp.warc"
    write_warc(path, [("https://contoh.id/k", page, "text/html; charset=windows-1252")])
    [doc] = _docs(path)
    assert doc.title == "Kafé “Kopi” Ramai"


def test_stdin_jsonl_and_plain_text() -> None:
    lines = b'\n{"id": "s1", "text": "Satu"}\n{"text": "Dua"}\n'
    assert [d.id for d in read_stdin(BytesIO(lines))] == ["s1", "stdin#L3"]
    [doc] = read_stdin(BytesIO(b"Judul Berita\r\n\r\nIsi berita di sini."))
    assert doc.id == "stdin" and doc.title == "Judul Berita"
    assert doc.raw == "Judul Berita\n\nIsi berita di sini."


def test_read_source_stdin_reads_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class _Stdin:
        buffer = BytesIO(b"Teks dari pipa.")

    monkeypatch.setattr("sys.stdin", _Stdin())
    [doc] = read_source(Source("-", "stdin"), options=ReadOptions())
    assert doc.raw == "Teks dari pipa."


def test_decode_bytes_boms_newlines_and_controls() -> None:
    assert decode_bytes(b"\xef\xbb\xbfA\r\nB\rC", where="x") == "A\nB\nC"
    assert decode_bytes("Berita\r\n".encode("utf-16"), where="x") == "Berita\n"
    assert decode_bytes("Berita hari ini".encode("utf-16-le"), where="x") == "Berita hari ini"
    assert decode_bytes(b"a\x00b\x07c\td\x0ce\xc2\x85f", where="x") == "abc\td\ne\nf"
    long_text = b"Berita panjang. " * 100
    assert decode_bytes(long_text + b"\x00\x00" + long_text, where="x") == (long_text * 2).decode()
    assert decode_bytes("ja\u2028lan".encode(), where="x") == "ja\nlan"


def test_legacy_encodings_decode_as_cp1252() -> None:
    text = "Presiden berkata “kita harus bersatu” di Café Batavia – kata warga. Naïve.\n" * 3
    assert decode_bytes(text.encode("cp1252"), where="x") == text
    latin = "Kafé di Jakarta ramai pengunjung.\n"
    assert decode_bytes(latin.encode("latin-1"), where="x") == latin


def test_mojibake_is_repaired_and_good_text_left_alone(tmp_path: Path) -> None:
    from warta.io.decode import clean_text

    good = "“Kami senang,” kata Tâm di São Paulo – café naïve, Zürich 25°C, £5."
    # UTF-8 bytes once decoded as cp1252 (and again as text: what scraped pages carry).
    broken = good.encode("utf-8").decode("cp1252", errors="ignore")
    assert broken != good and clean_text(broken) == good
    # The right quote's last byte (0x9d) is undefined in cp1252 and often already lost.
    assert clean_text("â€œKami senang.â€ kata dia") == "“Kami senang.” kata dia"
    assert clean_text(good) == good
    assert clean_text("Nguyễn Tâm, âge, Ñandú") == "Nguyễn Tâm, âge, Ñandú"
    # The readers apply it: a JSONL record whose text was decoded twice upstream.
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": broken}) + "\n", encoding="utf-8")
    (doc,) = read_inputs([str(path)])
    assert doc.raw == good


def test_declared_charset_is_used_when_it_decodes() -> None:
    text = "Harga naik ¥ dan € turun"
    assert decode_bytes(text.encode("cp1252"), where="x", declared="iso-8859-1") == text
    assert decode_bytes(text.encode(), where="x", declared="bogus-charset") == text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-12", "2024-03-12"),
        ("2024-03-12T10:15:00+07:00", "2024-03-12T10:15:00+07:00"),
        ("2024-03-12T03:15:00Z", "2024-03-12T03:15:00+00:00"),
        ("Tue, 20 Sep 2022 14:05:00 +0700", "2022-09-20T14:05:00+07:00"),
        ("Senin, 12 Maret 2024 10:15 WIB", "2024-03-12T10:15:00+07:00"),
        ("12 Agustus 2017 | 14.30 WITA", "2017-08-12T14:30:00+08:00"),
        ("Selasa, 5 Des 2023", "2023-12-05"),
        ("12/03/2024", "2024-03-12"),
        (1700000000, "2023-11-14T22:13:20+00:00"),
        ("kemarin", None),
        ("12 Maret", None),
        ("bukan tanggal 2024 sama sekali xyz", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_sources_and_options_pickle_for_worker_processes(tmp_path: Path) -> None:
    import pickle

    sources = discover([str(FIXTURES)])
    options = ReadOptions(max_doc_bytes=1234)
    assert pickle.loads(pickle.dumps((sources, options))) == (sources, options)
