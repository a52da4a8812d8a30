"""Entities as a reader of the knowledge base sees them: the distinct people, organisations
and places of each article, scored against a per-document gold kept outside the repo.

    python benchmarks/bench_entities_doc.py --gold /tmp/ent_gold.json \\
        --indosum ../shared/data/summarization/indosum.jsonl [--show-errors]
    python benchmarks/bench_entities_doc.py --gold tests/fixtures/entities/docs.json

Gold: {"articles": [{"id": IndoSum id, "entities": [{"name", "type": PER|ORG|LOC,
"forms": [every surface form the article uses]}]}]}; an article may carry its own "text".
Each article runs through the whole pipeline (clean, extract), as `warta analyze` does. warta's
entities of a document are its distinct (canonical, label) groups, each with the mention
texts it groups. A group matches a gold entity of the same type when its canonical name or one
of its mention texts is one of the gold forms (one-to-one, greedy). Scores are
precision/recall/F1 over entities, per type and overall, and "untyped" (any type).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.indosum import load_indosum

TYPES = ("PER", "ORG", "LOC")


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (
            f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.tp} fp={self.fp} fn={self.fn})"
        )


@dataclass(slots=True)
class Scores:
    typed: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    untyped: Counts = field(default_factory=Counts)
    errors: list[str] = field(default_factory=list)

    def overall(self) -> Counts:
        out = Counts()
        for c in self.typed.values():
            out.tp, out.fp, out.fn = out.tp + c.tp, out.fp + c.fp, out.fn + c.fn
        return out


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def predicted_groups(entities: list[dict[str, Any]]) -> list[tuple[str, str, set[str]]]:
    """(canonical, label, normalised mention texts) of each distinct entity of a record."""
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for mention in entities:
        key = (str(mention.get("canonical") or mention["text"]), str(mention["label"]))
        groups[key].add(_norm(str(mention["text"])))
    return [(canon, label, forms | {_norm(canon)}) for (canon, label), forms in groups.items()]


def _match(
    predicted: list[tuple[str, str, set[str]]],
    gold: list[dict[str, Any]],
    typed: bool,
) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    """Greedy one-to-one matching: (unmatched predicted, unmatched gold, pairs)."""
    free = set(range(len(predicted)))
    pairs: list[tuple[int, int]] = []
    missed: list[int] = []
    for g, item in enumerate(gold):
        forms = {_norm(f) for f in [item["name"], *item.get("forms", [])]}
        hit = next(
            (
                p
                for p in sorted(free)
                if (not typed or predicted[p][1] == item["type"]) and predicted[p][2] & forms
            ),
            None,
        )
        if hit is None:
            missed.append(g)
        else:
            free.discard(hit)
            pairs.append((hit, g))
    return sorted(free), missed, pairs


def score_article(
    entities: list[dict[str, Any]], gold: list[dict[str, Any]], scores: Scores, label: str
) -> None:
    predicted = predicted_groups(entities)
    extra, missed, pairs = _match(predicted, gold, typed=True)
    for _, g in pairs:
        scores.typed[gold[g]["type"]].tp += 1
    for g in missed:
        scores.typed[gold[g]["type"]].fn += 1
    for p in extra:
        if predicted[p][1] in scores.typed:
            scores.typed[predicted[p][1]].fp += 1
    u_extra, u_missed, u_pairs = _match(predicted, gold, typed=False)
    scores.untyped.tp += len(u_pairs)
    scores.untyped.fp += len(u_extra)
    scores.untyped.fn += len(u_missed)
    for p in extra:
        canon, kind, _ = predicted[p]
        typo = next((gold[g] for q, g in u_pairs if q == p), None)
        why = f"(gold {typo['type']})" if typo else ""
        scores.errors.append(f"{label}: extra {kind} {canon!r} {why}")
    for g in missed:
        scores.errors.append(f"{label}: missed {gold[g]['type']} {gold[g]['name']!r}")


def run(gold_path: Path, indosum: Path | None) -> Scores:
    from warta import api

    data = json.loads(gold_path.read_text(encoding="utf-8"))
    texts: dict[str, str] = {}
    if indosum is not None:
        wanted = {a["id"] for a in data["articles"] if "text" not in a}
        texts = {a.id: a.text for a in load_indosum(indosum) if a.id in wanted}
    options = api.make_options(steps="clean,extract", keep_lang=None)
    scores = Scores()
    for item in data["articles"]:
        text = item.get("text") or texts.get(item["id"])
        if text is None:
            raise SystemExit(f"article {item['id']} has no text: pass --indosum")
        record = api.analyze_text(text, options=options, doc_id=item["id"])
        score_article(record.get("entities") or [], item["entities"], scores, item["id"][:40])
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--indosum", type=Path)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    scores = run(args.gold, args.indosum)
    print(f"{args.gold} (whole pipeline: clean, extract), distinct entities per document:")
    for kind in TYPES:
        print(f"  {kind:8} {scores.typed[kind].line()}")
    print(f"  {'all':8} {scores.overall().line()}")
    print(f"  {'untyped':8} {scores.untyped.line()}")
    if args.show_errors:
        for error in scores.errors:
            print("   ", error)


if __name__ == "__main__":
    main()
