"""Read throughput and peak memory of warta's streaming readers on a generated news-like corpus.

    python benchmarks/bench_readers.py [--docs 10000] [--txt 2000] [--html 200] [--seed 13]

The corpus (seeded, Indonesian-news-like sentences) is written to a temp dir and removed
afterwards. For each input kind it prints docs/s for warta and for the plain loop a user
would write instead (json.loads per line, Path.read_text, trafilatura.extract), and the
peak Python memory (tracemalloc) of the warta pass against the corpus size.
The WARC (gzip, one HTTP response per record) holds the same pages as the HTML folder.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable
from io import BytesIO
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta.io import read_inputs

_SUBJECTS = ["Pemerintah", "Gubernur Jawa Barat", "Polda Metro Jaya", "Bank Indonesia", "Warga"]
_VERBS = ["mengumumkan", "menolak", "meninjau", "menyetujui", "membahas", "mengkritik"]
_OBJECTS = [
    "rencana pembangunan jalan tol",
    "kenaikan harga beras",
    "program vaksinasi lanjutan",
    "anggaran pendidikan tahun depan",
    "penertiban pedagang kaki lima",
]
_PLACES = ["di Jakarta", "di Surabaya", "di Medan", "di Makassar", "di Bandung", "di Denpasar"]
_TAILS = ["pada Senin (4/3/2024).", "kepada wartawan.", "dalam rapat terbatas.", "pekan lalu."]


def _sentence(rng: random.Random) -> str:
    parts = (_SUBJECTS, _VERBS, _OBJECTS, _PLACES, _TAILS)
    return " ".join(rng.choice(words) for words in parts)


def _article(rng: random.Random) -> tuple[str, str]:
    title = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS).title()} {rng.choice(_OBJECTS).title()}"
    paragraphs = [
        " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
        for _ in range(rng.randint(4, 10))
    ]
    return title, "\n\n".join(paragraphs)


def _build(root: Path, *, docs: int, txt: int, html: int, seed: int) -> dict[str, Path]:
    rng = random.Random(seed)
    jsonl = root / "corpus.jsonl"
    with open(jsonl, "w", encoding="utf-8") as out:
        for i in range(docs):
            title, body = _article(rng)
            record = {"id": f"d{i}", "title": title, "text": body, "published": "2024-03-04"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    packed = root / "corpus.jsonl.gz"
    packed.write_bytes(gzip.compress(jsonl.read_bytes(), compresslevel=6))
    txt_dir = root / "txt"
    txt_dir.mkdir()
    for i in range(txt):
        title, body = _article(rng)
        (txt_dir / f"{i:05d}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    html_dir = root / "html"
    html_dir.mkdir()
    for i in range(html):
        title, body = _article(rng)
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        page = (
            f"<html><head><title>{title}</title></head><body><nav>Beranda | Nasional</nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article><footer>Hak cipta</footer>"
            "</body></html>"
        )
        (html_dir / f"{i:05d}.html").write_text(page, encoding="utf-8")
    warc = root / "crawl.warc.gz"
    with open(warc, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for i, page in enumerate(sorted(html_dir.iterdir())):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            url = f"https://contoh.id/berita/{i}"
            payload = BytesIO(page.read_bytes())
            writer.write_record(
                writer.create_warc_record(url, "response", payload=payload, http_headers=headers)
            )
    return {"jsonl": jsonl, "jsonl.gz": packed, "txt": txt_dir, "html": html_dir, "warc": warc}


def _naive_jsonl(path: Path) -> Iterable[object]:
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            yield json.loads(line)


def _naive_jsonl_gz(path: Path) -> Iterable[object]:
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        for line in stream:
            yield json.loads(line)


def _naive_txt(path: Path) -> Iterable[object]:
    for file in sorted(path.glob("*.txt")):
        yield file.read_text(encoding="utf-8")


def _naive_html(path: Path) -> Iterable[object]:
    from trafilatura import extract

    for file in sorted(path.glob("*.html")):
        yield extract(file.read_text(encoding="utf-8"))


def _naive_warc(path: Path) -> Iterable[object]:
    from trafilatura import extract

    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                yield extract(record.content_stream().read().decode("utf-8"))


def _rate(run: Callable[[], Iterable[object]]) -> tuple[int, float]:
    start = time.perf_counter()
    count = sum(1 for _ in run())
    return count, count / max(time.perf_counter() - start, 1e-9)


def _peak_mib(path: Path) -> float:
    tracemalloc.start()
    for _ in read_inputs([str(path)]):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def _size_mib(path: Path) -> float:
    files = [path] if path.is_file() else list(path.iterdir())
    return sum(f.stat().st_size for f in files) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--txt", type=int, default=2_000)
    parser.add_argument("--html", type=int, default=200)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    baselines = {
        "jsonl": _naive_jsonl,
        "jsonl.gz": _naive_jsonl_gz,
        "txt": _naive_txt,
        "html": _naive_html,
        "warc": _naive_warc,
    }
    with tempfile.TemporaryDirectory(prefix="warta-bench-") as tmp:
        inputs = _build(Path(tmp), docs=args.docs, txt=args.txt, html=args.html, seed=args.seed)
        _rate(lambda: read_inputs([str(inputs["html"])]))  # warm up trafilatura's imports
        print(
            f"{'input':<9} {'docs':>6} {'size MiB':>9} {'warta/s':>9} {'naive/s':>9} "
            f"{'ratio':>6} {'peak MiB':>9}"
        )
        for kind, path in inputs.items():
            count, rate = _rate(lambda p=path: read_inputs([str(p)]))
            naive_count, naive = _rate(lambda p=path, f=baselines[kind]: f(p))
            assert count == naive_count, (kind, count, naive_count)
            print(
                f"{kind:<9} {count:>6} {_size_mib(path):>9.1f} {rate:>9.0f} {naive:>9.0f} "
                f"{rate / naive:>6.2f} {_peak_mib(path):>9.2f}"
            )
    print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
