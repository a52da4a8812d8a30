"""The vectorised fast paths of dedup and JSONL I/O agree with plain reference code."""

from __future__ import annotations

import gzip
import itertools
import random
from pathlib import Path

import numpy as np
import orjson

from warta.dedup.minhash import candidate_pairs
from warta.dedup.normalize import normalize, normalize_utf8
from warta.dedup.shingles import shingle_hashes
from warta.dedup.verify import shingle_set
from warta.io.decode import clean_text
from warta.io.jsonl import read_jsonl_stream
from warta.io.options import ReadOptions
from warta.io.writers import JsonlWriter

_MASK = 2**64 - 1
_P = 0x100000001B3
_MIX = [
    0x9E3779B97F4A7C15,
    0xBF58476D1CE4E5B9,
    0x94D049BB133111EB,
    0xD6E8FEB86659FD93,
    0xA0761D6478BD642F,
    0xE7037ED1A0B428DB,
    0x8EBC6AF09C88C6E3,
    0x589965CC75374CC3,
]


def _fmix(value: int) -> int:
    value ^= value >> 33
    value = (value * 0xFF51AFD7ED558CCD) & _MASK
    value ^= value >> 33
    value = (value * 0xC4CEB9FE1A85EC53) & _MASK
    return value ^ (value >> 33)


def _reference_shingles(text: str, k: int) -> list[int]:
    """The documented shingle hashes, one word and one shingle at a time."""
    out: list[int] = []
    for paragraph in text.split("\n"):
        words = []
        for word in paragraph.split(" "):
            if not word:
                continue
            value = 0
            for byte in word.encode("utf-8"):
                value = (value * _P + byte) & _MASK
            words.append(_fmix(value ^ len(word.encode("utf-8"))))
        if not words:
            continue
        windows = range(len(words) - k + 1) if len(words) >= k else [0]
        for start in windows:
            window = words[start : start + k]
            out.append(_fmix(sum(w * m for w, m in zip(window, _MIX, strict=False)) & _MASK))
    return out


def test_vectorised_shingle_hashes_match_the_reference() -> None:
    rng = random.Random(7)
    vocab = ["jakarta", "presiden", "é", "kota", "rp1", "x", "ßa", "2024", "tol", "jalan"]
    texts = [
        "\n".join(
            " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 9))) + " " * rng.randint(0, 2)
            for _ in range(rng.randint(0, 5))
        )
        for _ in range(60)
    ]
    texts += ["", "\n\n", " a", "a b c d e f"]
    for k in (1, 3, 5):
        hashes, offsets = shingle_hashes(texts, k=k)
        for number, text in enumerate(texts):
            got = hashes[offsets[number] : offsets[number + 1]].tolist()
            assert got == _reference_shingles(text, k), (k, text)


def test_shingle_hashes_keep_their_frozen_values() -> None:
    # Values from before the vectorised rewrite: persisted indexes depend on them.
    hashes, offsets = shingle_hashes(["satu dua tiga empat lima enam\nkota"])
    assert hashes.tolist() == [17812371149744876051, 1833207576274207058, 2243770024798147034]
    assert offsets.tolist() == [0, 3]


def test_normalize_utf8_is_normalize_encoded() -> None:
    texts = ["Kata “Dia” — 𝐌𝐄𝐆𝐀…\u00a0ß", "lone \ud800 surrogate", "plain ascii, TEXT.", ""]
    for text in texts:
        assert normalize_utf8(text).split() == normalize(text).encode("utf-8").split()
    # A lone surrogate ends as U+FFFD replacement bytes, exactly as the str round trip gives.
    expected = "a\ud800b".encode("utf-8", "surrogatepass").decode("utf-8", "replace").encode()
    assert normalize_utf8("a\ud800b") == expected


def test_shingle_set_matches_numpy_unique() -> None:
    rng = np.random.default_rng(3)
    for size in (0, 1, 2, 50, 400):
        values = rng.integers(0, 40, size).astype(np.uint64)
        assert np.array_equal(shingle_set(values), np.unique(values.astype(np.uint32)))


def test_candidate_pairs_match_brute_force() -> None:
    rng = np.random.default_rng(5)
    keys = rng.integers(0, 30, size=(80, 4)).astype(np.uint64)
    keys ^= np.arange(4, dtype=np.uint64) << np.uint64(40)  # bands never share a key
    expected = {
        (i, j) for i, j in itertools.combinations(range(80), 2) if (keys[i] == keys[j]).any()
    }
    found = candidate_pairs(keys, max_bucket=1000)
    assert [tuple(pair) for pair in found.tolist()] == sorted(expected)


def _read(tmp_path: Path, lines: list[bytes]) -> list[dict[str, object]]:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    with path.open("rb") as stream:
        docs = list(read_jsonl_stream(stream, path=str(path), options=ReadOptions()))
    return [{"raw": doc.raw, "title": doc.title} for doc in docs]


def test_jsonl_fast_path_still_cleans_escaped_and_invisible_characters(tmp_path: Path) -> None:
    texts = [
        "a\u000bb\rc",  # escaped controls and CR
        "nel\u0085here \u2028 and \ufeff bom",  # raw UTF-8 characters clean_text changes
        "del\x7f",
        "plain “quoted” text é",  # needs no change
        "tab\tand\\backslash \\u0041",
    ]
    lines = []
    for text in texts:
        lines.append(orjson.dumps({"text": text, "title": text}))  # raw UTF-8
        lines.append(orjson.dumps({"text": text}).replace(b"\xc2\x85", b"\\u0085"))
    for line, doc in zip(lines, _read(tmp_path, lines), strict=True):
        text = orjson.loads(line)["text"]
        assert doc["raw"] == clean_text(text).strip("\n")
        if b"title" in line:
            assert doc["title"] == " ".join(clean_text(text).split())


def test_jsonl_writer_writes_utf8_lines_to_plain_and_gzip_files(tmp_path: Path) -> None:
    records = [{"id": "1", "text": "Kata “dia” é"}, {"id": "2", "big": 2**70}]
    # The second record is beyond orjson (a 71-bit integer): the json fallback writes it.
    expected = orjson.dumps(records[0]) + b'\n{"id": "2", "big": 1180591620717411303424}\n'
    for name in ("out.jsonl", "out.jsonl.gz"):
        with JsonlWriter(tmp_path / name) as writer:
            for record in records:
                writer.write(record)
        data = (tmp_path / name).read_bytes()
        assert (gzip.decompress(data) if name.endswith(".gz") else data) == expected
