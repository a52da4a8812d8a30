"""The committed samples exist, parse, and agree with their ground truth (samples/expected.json)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from lxml import etree, html
from warcio.archiveiterator import ArchiveIterator

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
LINE_KEYS = ("spam_lines", "boilerplate_lines", "headings", "keep_lines")
SUBSTRING_KEYS = ("speakers", "quantities", "dates", "must_contain")


def _expected() -> dict[str, Any]:
    return json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


def _jsonl() -> dict[str, dict[str, Any]]:
    lines = (SAMPLES / "jsonl" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return {record["id"]: record for record in records}


def _warc() -> dict[str, tuple[str, bytes]]:
    out: dict[str, tuple[str, bytes]] = {}
    with (SAMPLES / "warc" / "news.warc.gz").open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            mime = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            out[url] = (mime or "", record.content_stream().read())
    return out


def _feed_items() -> dict[str, etree._Element]:
    tree = etree.parse(str(SAMPLES / "feed.xml"))
    return {item.findtext("guid"): item for item in tree.iter("item")}


def _text_of(key: str) -> str:
    """The text a document's expected lines refer to."""
    path, _, record_id = key.partition("#")
    if path.endswith(".jsonl"):
        return str(_jsonl()[record_id]["text"])
    if path.endswith(".warc.gz"):
        return _warc()[record_id][1].decode("utf-8")
    if path == "feed.xml":
        return str(_feed_items()[record_id].findtext("description"))
    return (SAMPLES / path).read_text(encoding="utf-8")


def test_sample_files_exist() -> None:
    for name in ("README.md", "expected.json", "feed.xml", "make_warc.py", "jsonl/articles.jsonl"):
        assert (SAMPLES / name).is_file(), name
    assert len(list((SAMPLES / "txt").glob("*.txt"))) >= 5
    assert len(list((SAMPLES / "html").glob("*.html"))) == 2
    assert (SAMPLES / "warc" / "news.warc.gz").stat().st_size > 0


def test_txt_samples_have_title_line_then_blank_line() -> None:
    for path in sorted((SAMPLES / "txt").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].strip() and not lines[1].strip(), path.name
        assert _expected()["docs"][f"txt/{path.name}"]["title"] == lines[0]


def test_jsonl_records_have_the_contract_fields() -> None:
    records = _jsonl()
    assert len(records) >= 5
    for record in records.values():
        assert set(record) >= {"id", "title", "text", "url", "published", "source"}
        assert record["published"][:4] in {"2025", "2026"}


def test_html_samples_parse_with_title_date_and_canonical() -> None:
    for path in sorted((SAMPLES / "html").glob("*.html")):
        expected = _expected()["docs"][f"html/{path.name}"]
        tree = html.fromstring(path.read_bytes())
        published = tree.xpath('//meta[@property="article:published_time"]/@content')
        assert published == [expected["published"]]
        assert tree.xpath('//link[@rel="canonical"]/@href') == [expected["canonical"]]
        assert expected["title"] in tree.findtext(".//title")
        text = path.read_text(encoding="utf-8")
        for snippet in expected["must_not_contain"]:
            assert snippet in text, snippet  # present on the page, for extraction to leave out


def test_warc_has_html_and_non_html_responses() -> None:
    responses = _warc()
    html_urls = {url for url, (mime, _) in responses.items() if mime.startswith("text/html")}
    expected = _expected()
    warc_keys = {k.split("#", 1)[1] for k in expected["docs"] if k.startswith("warc/")}
    assert html_urls == warc_keys
    for other in expected["non_html_records"]:
        assert responses[other["url"]][0] == other["content_type"]


def test_make_warc_is_deterministic(tmp_path: Path) -> None:
    # Regenerating must not change the committed bytes (fixed dates and record ids).
    before = hashlib.sha256((SAMPLES / "warc" / "news.warc.gz").read_bytes()).hexdigest()
    copy = tmp_path / "samples"
    copy.mkdir()
    (copy / "make_warc.py").write_text((SAMPLES / "make_warc.py").read_text(encoding="utf-8"))
    subprocess.run([sys.executable, str(copy / "make_warc.py")], check=True)
    after = hashlib.sha256((copy / "warc" / "news.warc.gz").read_bytes()).hexdigest()
    assert before == after


def test_feed_is_rss2_with_html_descriptions() -> None:
    tree = etree.parse(str(SAMPLES / "feed.xml"))
    assert tree.getroot().get("version") == "2.0"
    items = _feed_items()
    assert len(items) == 2
    for item in items.values():
        assert "<p>" in item.findtext("description")
        assert item.findtext("pubDate")


@pytest.mark.parametrize("key", sorted(_expected()["docs"]))
def test_expected_lines_occur_in_their_document(key: str) -> None:
    doc = _expected()["docs"][key]
    text = _text_of(key)
    lines = text.splitlines()
    for field in LINE_KEYS:
        for line in doc.get(field, []):
            if doc["format"] in {"txt", "jsonl"}:
                assert line in lines, f"{field}: {line!r}"
            else:
                assert line in text, f"{field}: {line!r}"
    for inline in doc.get("spam_inline", []):
        assert inline["line"] in lines
        assert inline["line"].endswith(inline["spam"])
        assert inline["line"] != inline["spam"]
    for field in SUBSTRING_KEYS:
        for snippet in doc.get(field, []):
            assert snippet in text, f"{field}: {snippet!r}"


def test_planted_lines_are_not_also_marked_as_content() -> None:
    for key, doc in _expected()["docs"].items():
        removed = set(doc["spam_lines"]) | set(doc["boilerplate_lines"])
        kept = set(doc["headings"]) | set(doc["keep_lines"])
        assert not removed & kept, key


def test_hard_negative_articles_have_no_planted_spam_beyond_listed() -> None:
    docs = _expected()["docs"]
    raid = docs["txt/02-polda-bongkar-judi-online.txt"]
    assert raid["hard_negative"] and not raid["spam_lines"] and not raid["boilerplate_lines"]
    assert any(doc["hard_negative"] and doc["spam_lines"] for doc in docs.values())


def test_duplicate_pairs_point_at_real_documents() -> None:
    expected = _expected()
    docs = expected["docs"]
    records = _jsonl()
    for pair in expected["duplicates"] + expected["not_duplicates"]:
        assert pair["a"] in docs and pair["b"] in docs
    exact = [p for p in expected["duplicates"] if p["kind"] == "exact"]
    for pair in exact:
        a, b = (records[k.split("#", 1)[1]] for k in (pair["a"], pair["b"]))
        assert a["text"] == b["text"] and a["id"] != b["id"] and a["url"] != b["url"]
    near = [p for p in expected["duplicates"] if p["kind"] == "near"]
    for pair in near:
        assert _text_of(pair["a"]) != _text_of(pair["b"])


def test_every_sample_document_is_listed_in_expected() -> None:
    docs = _expected()["docs"]
    for path in (SAMPLES / "txt").glob("*.txt"):
        assert f"txt/{path.name}" in docs
    for path in (SAMPLES / "html").glob("*.html"):
        assert f"html/{path.name}" in docs
    for record_id in _jsonl():
        assert f"jsonl/articles.jsonl#{record_id}" in docs
    for guid in _feed_items():
        assert f"feed.xml#{guid}" in docs
