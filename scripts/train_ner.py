"""Train the shipped NER CRF from build/ner/train.jsonl (see scripts/prepare_ner_data.py).

    nice -n 5 python scripts/train_ner.py --train build/ner/train.jsonl \
        --dev ../shared/data/ner

Deterministic: L-BFGS has no randomness and augmentation is seeded. Writes
src/warta/models/ner/ner.npz (CRFsuite weights converted for numpy decoding) and prints
dev scores (valid splits only).
"""

from __future__ import annotations

import argparse
import json
import random
import time
import zlib
from pathlib import Path

import pycrfsuite

from warta.extract.ner.clusters import load_clusters
from warta.extract.ner.corpus import Sentence, lower_case_copies, read_conll, read_jsonl
from warta.extract.ner.crf import CrfWeights
from warta.extract.ner.evaluate import score_sentences
from warta.extract.ner.features import FeatureExtractor
from warta.extract.ner.policy import repair_org_policy
from warta.extract.ner.tagger import (
    CLUSTERS_FILE,
    GAZETTEER_FILE,
    MODEL_DIR,
    MODEL_FILE,
    NerTagger,
    load_gazetteer,
    load_optional_stats,
)
from warta.extract.ner.wordstats import WordStats

ROOT = Path(__file__).resolve().parents[1]
DEV = {
    "nerp valid": "nerp/valid.txt",
    "nergrit valid": "nergrit/valid.txt",
    "idner dev": "idner-news-2k/dev.txt",
}


def augment(train: list[Sentence], *, lower_share: float, seed: int) -> list[Sentence]:
    """Add lower-cased copies of cased sentences so the model also reads lower-case text."""
    return train + lower_case_copies(train, lower_share, random.Random(seed))


def _drop_stats(stats: WordStats | None, share: float) -> WordStats | None:
    # New names in news have no statistics: hiding those of some training words (chosen by
    # a hash, so reruns agree) keeps the model from relying on statistics being there.
    if stats is None or share <= 0:
        return stats
    cut = int(share * 1000)
    return {w: c for w, c in stats.items() if zlib.crc32(w.encode("utf-8")) % 1000 >= cut}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", type=Path, default=ROOT / "build/ner/train.jsonl")
    parser.add_argument("--dev", type=Path, help="folder with nerp/, nergrit/ … for dev scores")
    parser.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    parser.add_argument("--work", type=Path, default=ROOT / "build/ner", help="CRFsuite model")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--lower-share", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--stats-dropout",
        type=float,
        default=0.0,
        help="share of word forms whose statistics training does not see",
    )
    args = parser.parse_args()

    train = augment(read_jsonl(args.train), lower_share=args.lower_share, seed=args.seed)
    extractor = FeatureExtractor(
        clusters=load_clusters(args.model_dir / CLUSTERS_FILE),
        gazetteer=load_gazetteer(args.model_dir / GAZETTEER_FILE),
        stats=_drop_stats(load_optional_stats(args.model_dir), args.stats_dropout),
    )
    trainer = pycrfsuite.Trainer(verbose=False)
    for sent in train:
        trainer.append(extractor.sentence(sent.tokens), sent.labels)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 1,
        }
    )
    started = time.perf_counter()
    args.work.mkdir(parents=True, exist_ok=True)
    crfsuite_path = args.work / "ner.crfsuite"
    trainer.train(str(crfsuite_path))
    took = time.perf_counter() - started
    CrfWeights.from_crfsuite(crfsuite_path).save(args.model_dir / MODEL_FILE)
    size = (args.model_dir / MODEL_FILE).stat().st_size
    print(f"trained on {len(train)} sentences in {took:.0f} s; model {size / 1e6:.1f} MB")
    card = {
        "trained_sentences": len(train),
        "training_seconds": round(took, 1),
        "params": {
            k: v for k, v in vars(args).items() if k not in ("train", "dev", "model_dir", "work")
        },
    }
    (args.model_dir / "meta.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    if args.dev:
        tagger = NerTagger(args.model_dir)
        for name, rel in DEV.items():
            sents = list(read_conll(args.dev / rel))
            score = score_sentences(tagger.tag, sents)
            for sent in sents:
                repair_org_policy(sent)
            policy = score_sentences(tagger.tag, sents)
            print(
                f"{name}: P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}"
                f" (gold with ORG policy: F1 {policy.f1:.3f})"
            )


if __name__ == "__main__":
    main()
