"""Machine-label unlabelled news for self-training the neural NER tagger (seeded).

    python scripts/pseudo_label_ner.py --model a.npz --model b.npz \
        --indosum ../shared/data/summarization/indosum.jsonl --out build/ner/pseudo.jsonl

Tags every sentence with each model and keeps the sentences on which all models agree
token by token (disagreement marks the sentences the models are unsure of).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.indosum import load_indosum  # noqa: E402
from warta.extract.ner.neural import NeuralFeatures, NeuralTagger  # noqa: E402
from warta.extract.ner.tagger import MODEL_DIR  # noqa: E402
from warta.extract.tokenize import tokenize_sentences  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, action="append", required=True)
    parser.add_argument("--indosum", type=Path, required=True)
    parser.add_argument("--features", type=Path, default=MODEL_DIR, help="clusters, gazetteer")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    features = NeuralFeatures.from_model_dir(args.features)
    taggers = [NeuralTagger(m, features=features) for m in args.model]
    kept = seen = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for article in load_indosum(args.indosum):
            sents = [[t.text for t in s] for s in tokenize_sentences(article.text)]
            sents = [s for s in sents if 3 <= len(s) <= 80]
            if not sents:
                continue
            tagged = [t.tag_many(sents) for t in taggers]
            for i, tokens in enumerate(sents):
                seen += 1
                labels = tagged[0][i]
                if all(other[i] == labels for other in tagged[1:]):
                    kept += 1
                    row = {"tokens": tokens, "labels": labels, "source": "pseudo"}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"kept {kept} of {seen} sentences ({kept / max(seen, 1):.1%}) where the models agree")


if __name__ == "__main__":
    main()
