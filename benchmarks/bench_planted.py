"""Planted-line benchmark: single lines of spam, furniture and hard news put into real articles.

    python benchmarks/bench_planted.py tests/fixtures/clean/planted_*.json \
        [--indosum ../shared/data/summarization/indosum.jsonl] [--show-misses]

Each set file (JSON) holds lists of lines by kind: "spam" (injected gambling promotion, one line),
"spam_appended" ({"news", "spam"}: a real sentence with spam after it on the same line),
"boilerplate" (site furniture), "news_hard" (real article lines that look like either) and,
optionally, "news_plain" (ordinary paragraphs). Every line is planted alone, at a seeded random
position after the first line, into a host article: an IndoSum article of the dev split when
--indosum is given, else one built from the sets' "news_plain" paragraphs. A planted line is
right when the cleaner removes it whole (spam, boilerplate), keeps it whole (news_hard), or cuts
it where the spam starts (appended, ±2 characters). "Collateral" counts host lines removed only
because of the planted line (compared with the host cleaned alone).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.clean.stage import CleanOptions, clean_steps
from warta.document import Document
from warta.pipeline import Pipeline

KINDS = ("spam", "spam_appended", "boilerplate", "news_hard")


@dataclass
class KindScore:
    right: int = 0
    total: int = 0
    collateral: int = 0  # planted documents that lost a host line
    misses: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


def host_articles_from_paragraphs(paragraphs: Sequence[str], *, seed: int = 13) -> list[str]:
    """Articles of five paragraphs each, drawn from ordinary news paragraphs (seeded)."""
    rng = random.Random(seed)
    hosts = []
    for _ in range(max(len(paragraphs), 10)):
        hosts.append("\n\n".join(rng.sample(list(paragraphs), min(5, len(paragraphs)))))
    return hosts


def host_articles_from_indosum(path: str | Path, *, limit: int = 400) -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from indosum import load_indosum

    hosts = []
    for article in load_indosum(path, limit=4000):
        if zlib.crc32(article.id.encode()) % 5 == 0 and len(article.paragraphs) >= 5:
            hosts.append("\n\n".join(article.paragraphs))
            if len(hosts) >= limit:
                break
    return hosts


def _clean(texts: list[str]) -> list[Document]:
    docs = [Document(id=f"d{n}", raw=text) for n, text in enumerate(texts)]
    list(Pipeline(clean_steps(CleanOptions(language=False))).run(docs))
    return docs


def score_sets(
    sets: Sequence[dict[str, Any]], hosts: Sequence[str], *, seed: int = 7
) -> dict[str, KindScore]:
    """Plant every line of every set into a host article and score the cleaner per kind."""
    rng = random.Random(seed)
    host_removed = [
        {doc.lines[s.line] for s in doc.removed if s.start == 0} for doc in _clean(list(hosts))
    ]
    texts: list[str] = []
    plans: list[tuple[str, int, str, int | None]] = []  # kind, host, planted line, spam start
    for data in sets:
        for kind in KINDS:
            for item in data.get(kind, []):
                h = rng.randrange(len(hosts))
                paras = hosts[h].split("\n\n")
                pos = rng.randrange(1, len(paras))
                if kind == "spam_appended":
                    line, cut = f"{item['news']} {item['spam']}", len(item["news"]) + 1
                    paras[pos] = line
                else:
                    line, cut = item, None
                    paras.insert(pos, line)
                texts.append("\n\n".join(paras))
                plans.append((kind, h, line, cut))
    scores = {kind: KindScore() for kind in KINDS}
    for doc, (kind, h, line, cut) in zip(_clean(texts), plans, strict=True):
        at = doc.lines.index(line)
        spans = [s for s in doc.removed if s.line == at]
        if kind in ("spam", "boilerplate"):
            right = any(s.start == 0 and s.end >= len(line.rstrip()) for s in spans)
        elif kind == "news_hard":
            right = not spans
        else:
            assert cut is not None
            right = any(s.reason.startswith("spam") and abs(s.start - cut) <= 2 for s in spans)
        lost = {
            doc.lines[s.line]
            for s in doc.removed
            if s.line != at and doc.lines[s.line] not in host_removed[h]
        }
        score = scores[kind]
        score.total += 1
        score.right += right
        score.collateral += bool(lost)
        if not right:
            reasons = sorted({s.reason for s in spans}) or ["kept"]
            score.misses.append(f"{line[:110]!r} -> {', '.join(reasons)}")
    return scores


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", help="planted-line set files (JSON)")
    parser.add_argument("--indosum", help="IndoSum JSONL: host articles from its dev split")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    sets = [json.loads(Path(p).read_text(encoding="utf-8")) for p in args.sets]
    if args.indosum:
        hosts, where = host_articles_from_indosum(args.indosum), "IndoSum dev articles"
    else:
        paragraphs = [p for data in sets for p in data.get("news_plain", [])]
        if not paragraphs:
            parser.error("no set has news_plain paragraphs: pass --indosum")
        hosts, where = host_articles_from_paragraphs(paragraphs), "news_plain paragraphs"
    scores = score_sets(sets, hosts, seed=args.seed)
    print(f"{len(hosts)} host articles from {where}; sets: {', '.join(args.sets)}")
    print(f"{'kind':<16}{'right':>8}{'total':>8}{'share':>9}{'collateral':>12}")
    for kind, score in scores.items():
        print(
            f"{kind:<16}{score.right:>8}{score.total:>8}{score.share:>9.3f}{score.collateral:>12}"
        )
    if args.show_misses:
        for kind, score in scores.items():
            for miss in score.misses:
                print(f"MISS {kind}: {miss}")


if __name__ == "__main__":
    main()
