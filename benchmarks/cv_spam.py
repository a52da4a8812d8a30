"""Leave-one-group-out cross-validation of the whole spam decision (model, thresholds and rules).

    python benchmarks/cv_spam.py --indosum ../shared/data/summarization/indosum.jsonl \
        --spam ../shared/data/spam/judol-comments-dataset.csv \
        --normal ../shared/data/spam/judol-comments-normal.csv --seed 13 [--folds 1,2,3,4]

Comments are grouped by video (the split of build_clean_devset.group_of); the hidden evaluation
uses comments of videos never seen here, so this is the figure that predicts it. For each fold a
model is trained exactly as scripts/train_spam.py does, on the other training groups only (their
videos and their articles); comments of the held-out videos are planted into held-out articles
and the gambling-news hard negatives, and the cleaning stage (with that model) is scored as
benchmarks/bench_clean.py scores it. Content and hard-negative loss count the lines the spam
filter removed (the boilerplate filter has its own benchmark). Also: false positives per 1,000
real lines of held-out articles with nothing planted, and recall on planted comments whose text
never occurs in the training videos (spam bots repeat texts across videos).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
from bench_clean import evaluate  # noqa: E402
from build_clean_devset import (  # noqa: E402
    GAMBLING_TOPIC,
    HANDWRITTEN_HARD_NEGATIVES,
    articles,
    group_of,
    plant,
)
from train_spam import L2_HAND, TRAIN_GROUPS, comment_groups, train  # noqa: E402

from warta.clean.stage import CleanOptions, clean_steps  # noqa: E402
from warta.document import Document  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402


def _planted(indosum: str, spam: list[str], group: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    docs = []
    for article in articles(indosum, dev=False):
        if group_of(article.id) == group:
            hard = bool(GAMBLING_TOPIC.search(article.text))
            docs.append(plant(article.id, article.paragraphs, rng, spam, hard_negative=hard))
    for n, paragraphs in enumerate(HANDWRITTEN_HARD_NEGATIVES):
        docs.append(plant(f"hand-{n}", list(paragraphs), rng, spam, hard_negative=True))
    return [d.to_dict() for d in docs]


def _clean(indosum: str, group: int) -> list[dict[str, Any]]:
    rng = random.Random(0)
    return [
        plant(a.id, a.paragraphs, rng, [], hard_negative=False, with_spam=False).to_dict()
        for a in articles(indosum, dev=False)
        if group_of(a.id) == group
    ]


def _spam_tool(
    docs: list[dict[str, Any]], model_path: str
) -> tuple[list[list[str]], list[list[str]]]:
    """What the cleaning stage kept of each line: everything it removed, and only what it removed
    as spam (so that content loss is the spam filter's, not the boilerplate filter's)."""
    documents = [Document(id=d["id"], raw=d["raw"]) for d in docs]
    list(Pipeline(clean_steps(CleanOptions(language=False, spam_model=model_path))).run(documents))
    full, spam_only = [], []
    for doc in documents:
        kept, kept_spam = list(doc.lines), list(doc.lines)
        for span in sorted(doc.removed, key=lambda s: -s.start):
            for out, wanted in ((kept, True), (kept_spam, span.reason.startswith("spam"))):
                if wanted:
                    line = out[span.line]
                    out[span.line] = line[: span.start] + line[span.end :]
        full.append(kept)
        spam_only.append(kept_spam)
    return full, spam_only


def _missed(docs: list[dict[str, Any]], kept: list[list[str]]) -> list[str]:
    """Planted spam (whole lines and appended tails) that the cleaning stage left in."""
    out = []
    for d, k in zip(docs, kept, strict=True):
        raw = d["raw"].split("\n")
        for i, label in enumerate(d["labels"]):
            left = " ".join(k[i].split())
            if str(i) in d["inline"]:
                start = d["inline"][str(i)][0]
                if len(left) > len(" ".join(raw[i][:start].split())) + 2:
                    out.append(raw[i][start:])
            elif label == "spam" and len(left) > 0.1 * len(raw[i].strip()):
                out.append(raw[i])
    return out


def _lost_lines(docs: list[dict[str, Any]], kept: list[list[str]]) -> list[str]:
    lost = []
    for d, k in zip(docs, kept, strict=True):
        raw = d["raw"].split("\n")
        for i, label in enumerate(d["labels"]):
            start = d["inline"].get(str(i), [len(raw[i]) + 1])[0]
            real = " ".join(raw[i][: start - 1].split()) if str(i) in d["inline"] else None
            if (
                label == "content"
                and real is None
                and " ".join(k[i].split()) != " ".join(raw[i].split())
            ) or (real is not None and not " ".join(k[i].split()).startswith(real)):
                lost.append(raw[i])
    return lost


def fold_scores(
    indosum: str, spam: list[str], held_out: int, seed: int, model_path: str
) -> tuple[dict[str, float], list[str], list[str]]:
    """Scores of the cleaning stage with the model at `model_path` on the held-out group, and
    the real lines the spam filter removed, and the planted spam it left in."""
    planted = _planted(indosum, spam, held_out, seed)
    full, spam_only = _spam_tool(planted, model_path)
    scores = evaluate(planted, full)
    by_spam = evaluate(planted, spam_only)
    scores["content loss"] = by_spam["content loss"]
    scores["hard-neg loss"] = by_spam["hard-neg loss"]
    clean = _clean(indosum, held_out)
    lost = _lost_lines(clean, _spam_tool(clean, model_path)[1])
    n_lines = sum(label == "content" for d in clean for label in d["labels"])
    scores["FP / 1k real lines"] = 1000 * len(lost) / max(n_lines, 1)
    return scores, lost + _lost_lines(planted, spam_only), _missed(planted, full)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indosum", required=True)
    parser.add_argument("--spam", required=True)
    parser.add_argument("--normal", required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--folds", default=",".join(str(g) for g in sorted(TRAIN_GROUPS)))
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--l2-hand", type=float, default=L2_HAND)
    parser.add_argument("--recall", type=float, default=0.995)
    args = parser.parse_args()
    spam_groups, normal_groups = comment_groups(args.spam, args.normal)
    folds = [int(g) for g in args.folds.split(",")]
    rows = []
    for held_out in folds:
        groups = TRAIN_GROUPS - {held_out}
        model = train(
            args.indosum,
            spam_groups,
            normal_groups,
            groups=groups,
            seed=args.seed,
            l2=args.l2,
            l2_hand=args.l2_hand,
            recall=args.recall,
            log=lambda _line: None,
        )
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            json.dump(model, handle)
        held = spam_groups[held_out]
        seen = {s for g in groups for s in spam_groups.get(g, [])}
        unseen = [s for s in held if s not in seen]
        scores, lost, missed = fold_scores(args.indosum, held, held_out, args.seed, handle.name)
        scores["recall unseen texts"] = fold_scores(
            args.indosum, unseen, held_out, args.seed + 1, handle.name
        )[0]["spam recall"]
        for line in lost:
            print(f"  fold {held_out} lost: {line[:160]!r}")
        for line in missed:
            print(f"  fold {held_out} missed: {line[:160]!r}")
        rows.append((held_out, len(held), scores))
        print(f"fold {held_out}: {json.dumps({k: round(v, 4) for k, v in scores.items()})}")
        sys.stdout.flush()
    metrics = [
        "spam recall",
        "spam rec. audited",
        "recall unseen texts",
        "content loss",
        "hard-neg loss",
        "FP / 1k real lines",
        "docs correct",
    ]
    print(f"{'held-out group':>15}{'comments':>10}" + "".join(f"{m:>21}" for m in metrics))
    for held_out, n, scores in rows:
        print(f"{held_out:>15}{n:>10}" + "".join(f"{scores[m]:>21.4f}" for m in metrics))
    mean = {m: sum(r[2][m] for r in rows) / len(rows) for m in metrics}
    print(f"{'mean':>15}{'':>10}" + "".join(f"{mean[m]:>21.4f}" for m in metrics))


if __name__ == "__main__":
    main()
