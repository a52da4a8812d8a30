"""NER benchmark: entity-level (exact span + type) P/R/F1 on the public splits, speed, size.

    python benchmarks/bench_ner.py --data ../shared/data/ner \
        --indosum ../shared/data/summarization/indosum.jsonl \
        --seed ../shared/examples/seed-article.txt [--warta]

Scores are against each set's own gold labels (mapped to PER/ORG/LOC; NERP's EVT/FNB → O).
"policy" scores apply warta's ORG policy (parties, state bodies are ORG) to the gold labels
too, which is what the model is trained to do; both are printed. Where the model also has an
output layer trained on each set's own labels (`train_ner_neural.py --schemes`), the last
column scores that layer against the set's own gold: the comparison with models trained on
one set alone. warta itself always tags by its policy.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

# One core, as the issue asks: numpy's BLAS must not spread a matmul over threads.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.indosum import load_indosum  # noqa: E402
from warta.extract.entities import find_entities  # noqa: E402
from warta.extract.ner.base import BioTagger  # noqa: E402
from warta.extract.ner.corpus import Sentence, entity_spans, read_conll  # noqa: E402
from warta.extract.ner.evaluate import Score, score_sentences  # noqa: E402
from warta.extract.ner.policy import relabelled  # noqa: E402
from warta.extract.ner.tagger import MODEL_DIR, NEURAL_FILE, NerTagger  # noqa: E402

SPLITS = {
    "NERP test": "nerp/test.txt",
    "NERGrit test": "nergrit/test.txt",
    "idner-news-2k dev": "idner-news-2k/dev.txt",
}
# The splits rules are developed on (`--warta`); the test splits are only reported.
VALID_SPLITS = {"NERP valid": "nerp/valid.txt", "NERGrit valid": "nergrit/valid.txt"}
# The output layer trained on each split's own set (where the model has one).
OWN_LAYER = {"NERP test": "nerp", "NERGrit test": "nergrit", "idner-news-2k dev": "idner"}


def open_tagger(model_dir: Path, kind: str) -> BioTagger:
    """A fresh tagger (empty caches) of the requested kind from `model_dir`."""
    if kind == "neural" or (kind == "auto" and (model_dir / NEURAL_FILE).is_file()):
        from warta.extract.ner.neural import NeuralTagger

        return NeuralTagger(model_dir / NEURAL_FILE)
    return NerTagger(model_dir)


def score_warta(tagger: BioTagger, sents: list[Sentence]) -> Score:
    """Entity-level score of `find_entities` on each sentence's tokens joined with spaces. A
    mention that does not start and end at token boundaries ("Jokowi" of "Jokowi-Kalla")
    counts as predicted and wrong."""
    tp = predicted = gold = 0
    for sent in sents:
        starts, ends, at = {}, {}, 0
        for i, token in enumerate(sent.tokens):
            starts[at], ends[at + len(token)] = i, i + 1
            at += len(token) + 1
        mentions = find_entities(" ".join(sent.tokens), tagger=tagger, roles=False)
        guess = {
            (starts[m["start"]], ends[m["end"]], str(m["label"]))
            for m in mentions
            if m["start"] in starts and m["end"] in ends
        }
        truth = entity_spans(sent.labels)
        tp += len(guess & truth)
        predicted += len(mentions)
        gold += len(truth)
    return Score(tp, predicted, gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--indosum", type=Path, help="IndoSum jsonl for end-to-end speed")
    parser.add_argument("--seed", type=Path, help="seed article to list its entities")
    parser.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    parser.add_argument(
        "--kind", choices=["auto", "neural", "crf"], default="auto", help="auto: what warta loads"
    )
    parser.add_argument(
        "--warta",
        action="store_true",
        help="also score warta's entity output (tagger + rules) on the valid and test splits",
    )
    args = parser.parse_args()

    tagger = open_tagger(args.model_dir, args.kind)
    gc.collect()  # as for the cold runs below
    print(f"model: {type(tagger).__name__} from {args.model_dir}")
    schemes = getattr(tagger, "schemes", ())
    own = "   own-set layer P / R / F1" if schemes else ""
    print(f"{'split':20} {'P':>6} {'R':>6} {'F1':>6}   policy F1{own}")
    total_tokens = 0
    total_seconds = 0.0
    for name, rel in SPLITS.items():
        sents = list(read_conll(args.data / rel))
        started = time.process_time()
        for i in range(0, len(sents), 30):  # about a document's worth of sentences at a time
            tagger.tag_many([s.tokens for s in sents[i : i + 30]])
        total_seconds += time.process_time() - started
        score = score_sentences(tagger.tag, sents)
        total_tokens += sum(len(s.tokens) for s in sents)
        policy = score_sentences(tagger.tag, relabelled(sents))
        line = (
            f"{name:20} {score.precision * 100:6.1f} {score.recall * 100:6.1f} "
            f"{score.f1 * 100:6.1f}   {policy.f1 * 100:9.1f}"
        )
        if OWN_LAYER[name] in schemes:
            from warta.extract.ner.neural import NeuralTagger

            layer = NeuralTagger(args.model_dir / NEURAL_FILE, scheme=OWN_LAYER[name])
            s = score_sentences(layer.tag, sents)
            line += f"   {s.precision * 100:.1f} / {s.recall * 100:.1f} / {s.f1 * 100:.1f}"
        print(line)
    print(
        f"tagging the three splits, first pass (features + model, CPU time of one core): "
        f"{total_tokens / total_seconds:,.0f} tokens/s"
    )
    # Again with the word cache filled: the steady state of a long run over news.
    started = time.process_time()
    for rel in SPLITS.values():
        sents = list(read_conll(args.data / rel))
        for i in range(0, len(sents), 30):
            tagger.tag_many([s.tokens for s in sents[i : i + 30]])
    print(
        f"tagging the three splits, second pass (warm word cache): "
        f"{total_tokens / (time.process_time() - started):,.0f} tokens/s"
    )

    # A fresh tagger each time (empty word cache: the first-document speed), five times: one
    # run is a fraction of a second, so one garbage collection or a busy neighbour moves it.
    sents = list(read_conll(args.data / "nergrit/test.txt"))
    n = sum(len(s.tokens) for s in sents)
    speeds = []
    for _ in range(5):
        cold = open_tagger(args.model_dir, args.kind)
        # Loading leaves tens of thousands of new objects; the full collection they soon set
        # off belongs to loading, not to tagging the first document.
        gc.collect()
        started = time.process_time()
        for i in range(0, len(sents), 30):
            cold.tag_many([s.tokens for s in sents[i : i + 30]])
        speeds.append(n / (time.process_time() - started))
    speeds.sort()
    print(
        f"tagging NERGrit test, cold word cache, 5 fresh taggers: median {speeds[2]:,.0f} "
        f"tokens/s (range {speeds[0]:,.0f}–{speeds[-1]:,.0f})"
    )

    if args.indosum:
        texts = [a.text for a in load_indosum(args.indosum, limit=300)]
        from warta.extract.tokenize import tokenize

        tokens = sum(len(tokenize(t)) for t in texts)
        fresh = open_tagger(args.model_dir, args.kind)
        gc.collect()
        for label in ("first pass", "second pass"):
            started = time.process_time()
            mentions = sum(len(find_entities(t, tagger=fresh)) for t in texts)
            took = time.process_time() - started
            print(
                f"end to end (sentences, tokens, tagging, roles, canonical) on {len(texts)} "
                f"IndoSum articles, {label}: {tokens / took:,.0f} tokens/s, {mentions} mentions"
            )

    if args.warta:
        print(
            "warta's entity output (tagger + the rules after it; each sentence's tokens joined "
            "with spaces), against the ORG-policy gold:"
        )
        print(f"{'split':20} {'P':>6} {'R':>6} {'F1':>6}   tagger alone F1")
        for name, rel in {**VALID_SPLITS, **SPLITS}.items():
            sents = relabelled(list(read_conll(args.data / rel)))
            rules = score_warta(tagger, sents)
            alone = score_sentences(tagger.tag, sents)
            print(
                f"{name:20} {rules.precision * 100:6.1f} {rules.recall * 100:6.1f} "
                f"{rules.f1 * 100:6.1f}   {alone.f1 * 100:15.1f}"
            )

    size = sum(p.stat().st_size for p in args.model_dir.iterdir() if p.is_file())
    print(f"model folder size: {size / 1e6:.1f} MB (all files, both models)")
    neural = not isinstance(tagger, NerTagger)
    meta = args.model_dir / ("neural.json" if neural else "meta.json")
    if neural:
        print(f"neural model file: {(args.model_dir / NEURAL_FILE).stat().st_size / 1e6:.1f} MB")
    if meta.exists():
        card = json.loads(meta.read_text(encoding="utf-8"))
        print(f"training: {card['training_seconds']} s on {card['trained_sentences']} sentences")
    if args.seed and args.seed.exists():
        ents = find_entities(args.seed.read_text(encoding="utf-8"), tagger=tagger)
        for label in ("PER", "ORG", "LOC"):
            names = sorted({e["text"] for e in ents if e["label"] == label})
            print(f"seed {label}: {', '.join(names)}")


if __name__ == "__main__":
    main()
