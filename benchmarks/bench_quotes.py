"""Quote extraction: scores on the frozen fixture (and the seed article) against a naive regex
baseline, and speed on real IndoSum articles (per article, and on one long page of 30
articles joined).

    python benchmarks/bench_quotes.py [--indosum ../shared/data/summarization/indosum.jsonl]
        [--seed ../shared/examples/seed-article.txt] [--limit 500]
        [--gold-file /tmp/heldout_real.json [--show-errors]]

`--gold-file` scores a gold file kept outside the repo: {"articles": [{"id": IndoSum id,
"quotes": [{"text": a distinctive part of the quote, "kind", "speaker": name or accepted
names}], "not_quotes": [...]}]}. The articles are read from `--indosum` (or from the
article's own "text", when the gold file carries it) and run through the whole pipeline
(clean, extract: NER, then quotes), as `warta analyze --steps clean,extract` does.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.indosum import load_indosum
from warta.extract.entities import find_entities
from warta.extract.quotes import extract_quotes
from warta.extract.quotes.evaluate import QuoteScores, score_article

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "quotes"
_QUOTE_RE = re.compile(r"\"([^\"\n]+)\"|“([^”\n]+)”|‘([^’\n]+)’")
_NAME_RE = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*")

Extractor = Callable[[str], list[dict[str, Any]]]


def naive_quotes(text: str) -> list[dict[str, Any]]:
    """The baseline a user would write: quoted text, speaker = nearest capitalised name."""
    out: list[dict[str, Any]] = []
    for match in _QUOTE_RE.finditer(text):
        line_end = text.find("\n", match.end())
        after = text[match.end() : line_end if line_end >= 0 else len(text)]
        before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        names = _NAME_RE.findall(after)
        speaker = names[0] if names else (_NAME_RE.findall(before) or [None])[-1]
        quote = next(g for g in match.groups() if g is not None)
        out.append({"text": quote.strip(" ,"), "kind": "direct", "speaker": speaker})
    return out


def fixture_scores(extract: Extractor, kinds: frozenset[str], seed: Path | None) -> QuoteScores:
    scores = QuoteScores()
    articles = [
        article
        for name in ("gold.json", "heldout.json")
        for article in json.loads((FIXTURES / name).read_text(encoding="utf-8"))["articles"]
    ]
    for article in articles:
        text = (FIXTURES / article["file"]).read_text(encoding="utf-8")
        score_article(
            extract(text), article["quotes"], article["not_quotes"], kinds=kinds, scores=scores
        )
    if seed is not None and seed.exists():
        from tests.test_quotes_gate import SEED_GOLD

        text = seed.read_text(encoding="utf-8")
        score_article(extract(text), SEED_GOLD, ["Lihat lagi"], kinds=kinds, scores=scores)
    return scores


def pipeline_scores(
    articles: Iterable[tuple[str, str, dict[str, Any]]],
    kinds: frozenset[str] = frozenset({"direct", "indirect"}),
) -> QuoteScores:
    """Run (id, text, gold item) articles through the whole pipeline (clean, NER, quotes), as
    `warta analyze --steps clean,extract` does, and score their quotes."""
    from warta import api

    options = api.make_options(steps="clean,extract", keep_lang=None)
    scores = QuoteScores()
    for doc_id, text, item in articles:
        record = api.analyze_text(text, options=options, doc_id=doc_id)
        score_article(
            record.get("quotes") or [],
            item["quotes"],
            item.get("not_quotes", []),
            kinds=kinds,
            scores=scores,
            label=doc_id[:40],
        )
    return scores


def gold_file_scores(gold_path: Path, indosum: Path, kinds: frozenset[str]) -> QuoteScores:
    """Score the full pipeline on a gold file's articles: written out in it ("text"), or
    IndoSum articles named by id."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
    articles = [(item["id"], item["text"], item) for item in gold if "text" in item]
    wanted = {item["id"]: item for item in gold if "text" not in item}
    if wanted:
        for article in load_indosum(indosum):
            item = wanted.pop(article.id, None)
            if item is not None:
                articles.append((article.id, article.text, item))
            if not wanted:
                break
    if wanted:
        print(f"warning: {len(wanted)} gold articles not found in {indosum}", file=sys.stderr)
    return pipeline_scores(articles, kinds)


def _line(name: str, s: QuoteScores) -> str:
    return (
        f"{name:<28} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
        f"speaker={s.speaker_accuracy:.3f} role={s.role_accuracy:.3f} "
        f"(tp={s.true_pos} fp={s.false_pos} fn={s.false_neg})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--indosum", type=Path, default=None)
    parser.add_argument(
        "--seed", type=Path, default=ROOT.parent / "shared/examples/seed-article.txt"
    )
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--gold-file", type=Path, default=None)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()

    if args.gold_file is not None:
        indosum = args.indosum or ROOT.parent / "shared/data/summarization/indosum.jsonl"
        print(f"{args.gold_file} (whole pipeline: clean, extract):")
        for label, kinds in (
            ("direct", frozenset({"direct"})),
            ("indirect", frozenset({"indirect"})),
            ("all", frozenset({"direct", "indirect"})),
        ):
            scores = gold_file_scores(args.gold_file, indosum, kinds)
            print(_line(f"  warta {label}", scores))
            if args.show_errors and label == "all":
                print("\n".join(f"    {e}" for e in scores.errors))
        return

    direct = frozenset({"direct"})
    both = frozenset({"direct", "indirect"})
    print("fixture + seed article, direct quotes:")
    print(_line("  warta", fixture_scores(lambda t: extract_quotes(t), direct, args.seed)))
    print(_line("  naive regex", fixture_scores(naive_quotes, direct, args.seed)))
    print("fixture only (the seed gold lists direct quotes), direct and indirect quotes:")
    print(_line("  warta", fixture_scores(lambda t: extract_quotes(t), both, None)))

    if args.indosum is not None and args.indosum.exists():
        texts = [a.text for a in load_indosum(args.indosum, limit=args.limit)]
        chars = sum(len(t) for t in texts)
        for name, extract in (("warta", extract_quotes), ("naive regex", naive_quotes)):
            started = time.perf_counter()
            found = sum(len(extract(t)) for t in texts)
            seconds = time.perf_counter() - started
            print(
                f"IndoSum {name:<12} {len(texts)} docs ({chars / 1e6:.2f} M chars): "
                f"{len(texts) / seconds:.0f} docs/s, {found} quotes"
            )
        # One long page (30 articles joined, as a live blog or a digest runs): attribution
        # over the article's people must stay near-linear in the page's length.
        long_text = "\n\n".join(texts[:30])
        entities = find_entities(long_text)
        started = time.perf_counter()
        found = len(extract_quotes(long_text, entities=entities))
        print(
            f"one long page ({len(long_text) / 1000:.0f} K chars, 30 articles joined, "
            f"{len(entities)} mentions): quote step {time.perf_counter() - started:.1f} s, "
            f"{found} quotes"
        )


if __name__ == "__main__":
    main()
