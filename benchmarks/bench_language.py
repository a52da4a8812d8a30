"""Language ID: accuracy of raw py3langid vs warta on IndoSum (all Indonesian) and on id/ms/en text.

    python benchmarks/bench_language.py --indosum ../shared/data/summarization/indosum.jsonl

Prints accuracy per set for three identifiers (py3langid over all its languages, py3langid
restricted to id/ms/en, warta's two-stage identifier), then throughput: paragraphs/s for each
identifier and lines/s and docs/s for the `LanguageIdentifier` step over whole articles (CPU time of
this process, so that other load on a shared machine does not skew the figures).
The ms/en set is the frozen test fixture plus the Malay and English sample articles (written for
warta; no Malay corpus ships offline), so its figures are small-sample figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from py3langid.langid import MODEL_FILE
from py3langid.langid import LanguageIdentifier as RawIdentifier

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.indosum import load_indosum  # noqa: E402
from warta.clean.language import LanguageIdentifier, identify  # noqa: E402
from warta.document import Document  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "lang" / "labelled.tsv"
SAMPLE_JSONL = ROOT / "samples" / "jsonl" / "articles.jsonl"
SAMPLE_LANGS = {
    "beritaharian-my-2026-0216-bas-awam": "ms",
    "wartawire-en-2026-0211-palm-levy": "en",
}

Identify = Callable[[str], str]


def _labelled_set() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, text = line.split("\t", 1)
            if lang in {"ms", "en"}:
                rows.append((lang, text))
    for line in SAMPLE_JSONL.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        lang = SAMPLE_LANGS.get(record["id"])
        if lang:
            rows.extend((lang, para) for para in record["text"].split("\n\n") if para.strip())
    return rows


def _accuracy(ident: Identify, rows: list[tuple[str, str]]) -> tuple[float, Counter[str]]:
    wrong: Counter[str] = Counter()
    hits = 0
    for lang, text in rows:
        got = ident(text)
        if got == lang:
            hits += 1
        else:
            wrong[got] += 1
    return hits / max(1, len(rows)), wrong


def _rate(ident: Identify, texts: list[str]) -> float:
    started = time.process_time()
    for text in texts:
        ident(text)
    return len(texts) / (time.process_time() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "data" / "summarization" / "indosum.jsonl"
    parser.add_argument("--indosum", default=str(default))
    parser.add_argument("--limit", type=int, default=1000, help="IndoSum articles to read")
    parser.add_argument("--min-words", type=int, default=6, help="paragraph set: at least N words")
    args = parser.parse_args()

    articles = list(load_indosum(args.indosum, limit=args.limit))
    paragraphs = [p for a in articles for p in a.paragraphs if len(p.split()) >= args.min_words]
    indosum_rows = [("id", p) for p in paragraphs]
    msen_rows = _labelled_set()

    full = RawIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    restricted = RawIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    restricted.set_languages(["id", "ms", "en"])
    identifiers: dict[str, Identify] = {
        "py3langid (all languages)": lambda text: str(full.classify(text)[0]),
        "py3langid (id/ms/en only)": lambda text: str(restricted.classify(text)[0]),
        "warta": lambda text: identify(text).lang,
    }
    identify("warm up the model")

    print(f"IndoSum: {len(articles)} articles, {len(paragraphs)} paragraphs of >= {args.min_words}")
    print(f"ms/en set: {Counter(lang for lang, _ in msen_rows)}")
    print()
    header = f"{'identifier':28} {'IndoSum para id':>16} {'IndoSum doc id':>15} {'ms/en set':>10}"
    print(header + f" {'para/s':>9}  wrong on IndoSum paragraphs")
    docs_rows = [("id", a.text) for a in articles]
    for name, ident in identifiers.items():
        para_acc, wrong = _accuracy(ident, indosum_rows)
        doc_acc, _ = _accuracy(ident, docs_rows)
        msen_acc, _ = _accuracy(ident, msen_rows)
        rate = _rate(ident, paragraphs[:3000])
        print(
            f"{name:28} {para_acc:16.4f} {doc_acc:15.4f} {msen_acc:10.4f} {rate:9.0f}  "
            f"{dict(wrong.most_common(4))}"
        )
    for lang in ("ms", "en"):
        subset = [row for row in msen_rows if row[0] == lang]
        acc = {name: _accuracy(ident, subset)[0] for name, ident in identifiers.items()}
        figures = ", ".join(f"{name} {value:.3f}" for name, value in acc.items())
        print(f"  {lang} only ({len(subset)}): {figures}")

    docs = [Document(id=a.id, raw=a.text) for a in articles]
    lines = sum(len(doc.lines) for doc in docs)
    pipeline = Pipeline([LanguageIdentifier()])
    started = time.process_time()
    out = list(pipeline.run(docs))
    seconds = time.process_time() - started
    flagged = sum(len(doc.annotations["line_languages"]) for doc in out)
    print()
    print(
        f"LanguageIdentifier step: {len(docs)} docs, {lines} raw lines in {seconds:.2f}s = "
        f"{len(docs) / seconds:.0f} docs/s, {lines / seconds:.0f} lines/s; "
        f"{flagged} lines listed in another language; "
        f"doc languages {dict(Counter(doc.language for doc in out).most_common(5))}"
    )


if __name__ == "__main__":
    main()
