"""Build the dedup development sets from IndoSum articles (seeded, reproducible).

    python benchmarks/build_dedup_devset.py --indosum ../shared/data/summarization/indosum.jsonl \
        --spam ../shared/data/spam/judol-comments-dataset.csv --out /tmp/dedup-dev --seed 7

Writes `main.jsonl` (a few thousand documents: originals, copies made by structural edits,
follow-up stories that reuse 1-2 paragraphs, and IndoSum's own same-event articles from other
outlets as natural hard negatives) and `scale.jsonl` (tens of thousands, by perturbation).
Each record has id, title, text, source, published and `gold` (the cluster of true copies).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.indosum import Article, load_indosum

CITIES = ["JAKARTA", "BANDUNG", "SURABAYA", "MEDAN", "MAKASSAR", "YOGYAKARTA", "SEMARANG"]
OUTLETS = ["KOMPAS.com", "Tribunnews.com", "ANTARA", "Okezone", "Liputan6.com", "detikNews"]
FOOTERS = [
    "Editor: {name}",
    "Sumber: {outlet}",
    "(ant/{initials})",
    "Simak berita lainnya di {outlet}",
    "Ikuti kami di Google News",
    'Artikel ini telah tayang di {outlet} dengan judul "{title}"',
]
NAMES = ["Sandro Gatra", "Bayu Galih", "Fidel Ali", "Dian Maharani", "Krisiandi", "Amir Sodikin"]
# Light re-editing a copy desk does: the same statement, another verb.
SYNONYMS = {
    "mengatakan": "menyatakan",
    "menyatakan": "mengatakan",
    "ujar": "kata",
    "kata": "ujar",
    "sebanyak": "sejumlah",
    "namun": "tetapi",
    "tetapi": "namun",
    "telah": "sudah",
    "sudah": "telah",
    "saat": "ketika",
    "ketika": "saat",
    "menurut": "kata",
    "agar": "supaya",
    "dapat": "bisa",
    "bisa": "dapat",
    "tersebut": "itu",
}


def _spam_lines(path: Path | None) -> list[str]:
    if path is None:
        return ["Daftar sekarang di SLOT88 bonus 100% tiap hari, WD pasti cair!"]
    with open(path, encoding="utf-8") as handle:
        return [row["comment"] for row in csv.DictReader(handle) if row["label"] == "1"]


def _reword(paragraph: str, rng: random.Random, count: int) -> str:
    words = paragraph.split(" ")
    spots = [i for i, w in enumerate(words) if w.lower() in SYNONYMS]
    for i in rng.sample(spots, min(count, len(spots))):
        words[i] = SYNONYMS[words[i].lower()]
    return " ".join(words)


def make_copy(art: Article, rng: random.Random, spam: list[str], titles: list[str]) -> list[str]:
    """A syndicated copy: at least two realistic edits of the original's paragraphs."""
    paras = list(art.paragraphs)
    edits = rng.sample(["drop", "reorder", "header", "footer", "spam", "reword", "truncate"], 3)
    if "truncate" in edits and len(paras) >= 5:
        paras = paras[: max(3, round(len(paras) * rng.uniform(0.6, 0.85)))]
    if "drop" in edits and len(paras) >= 4:
        for _ in range(rng.randint(1, max(1, len(paras) // 4))):
            paras.pop(rng.randrange(1, len(paras)))
    if "reorder" in edits and len(paras) >= 3:
        i = rng.randrange(len(paras) - 1)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
        if rng.random() < 0.5:
            tail = paras[1:]
            rng.shuffle(tail)
            paras = [paras[0], *tail]
    if "reword" in edits:
        paras = [_reword(p, rng, rng.randint(1, 2)) for p in paras]
    if "header" in edits:
        dateline = f"{rng.choice(CITIES)}, {rng.choice(OUTLETS)} - "
        paras[0] = dateline + paras[0]
        if len(paras) >= 3:
            paras.insert(rng.randrange(1, len(paras)), f"Baca juga: {rng.choice(titles)}")
    if "footer" in edits:
        footer = rng.choice(FOOTERS).format(
            name=rng.choice(NAMES),
            outlet=rng.choice(OUTLETS),
            initials=rng.choice(["fz", "dn", "ak"]),
            title=rng.choice(titles),
        )
        paras.append(footer)
    if "spam" in edits:
        for _ in range(rng.randint(1, 2)):
            paras.insert(rng.randrange(len(paras) + 1), rng.choice(spam))
    return paras


def make_follow_up(art: Article, fresh: Article, rng: random.Random) -> list[str]:
    """A follow-up story: reuses 1-2 paragraphs of the original, adds 2-5 new ones."""
    reused = rng.sample(art.paragraphs, min(len(art.paragraphs), rng.randint(1, 2)))
    new = fresh.paragraphs[: rng.randint(2, 5)]
    paras = [*new[:1], *reused, *new[1:]]
    return paras


def _date(rng: random.Random) -> datetime:
    return datetime(2017, 1, 1, 6) + timedelta(minutes=rng.randrange(365 * 24 * 60))


def _record(doc_id: str, title: str, paras: list[str], source: str, when: datetime, gold: str):
    return {
        "id": doc_id,
        "title": title,
        "text": "\n\n".join(paras),
        "source": source,
        "published": when.isoformat(timespec="minutes"),
        "gold": gold,
    }


def _title(art: Article) -> str:
    return " ".join(art.paragraphs[0].split()[:10])


def build_main(articles: list[Article], rng: random.Random, spam: list[str]) -> Iterator[dict]:
    rng.shuffle(articles)
    # Sources of the "new" paragraphs of follow-ups: each used once, never in the set itself.
    pool = iter(articles[:800])
    base = articles[800:]
    titles = [_title(a) for a in base]
    for number, art in enumerate(base):
        when = _date(rng)
        yield _record(art.id, _title(art), art.paragraphs, art.source, when, art.id)
        if number % 3 == 0:  # a third of the stories are syndicated, 1-3 copies each
            for copy in range(rng.randint(1, 3)):
                later = when + timedelta(minutes=rng.randint(-120, 2 * 24 * 60))
                paras = make_copy(art, rng, spam, titles)
                yield _record(
                    f"{art.id}~c{copy}", _title(art), paras, rng.choice(OUTLETS), later, art.id
                )
        if number % 5 == 1:  # a fifth get a follow-up that reuses paragraphs: not a copy
            fresh = next(pool)
            paras = make_follow_up(art, fresh, rng)
            later = when + timedelta(hours=rng.randint(3, 72))
            yield _record(f"{art.id}~f", _title(fresh), paras, art.source, later, f"{art.id}~f")


def build_scale(
    articles: list[Article], rng: random.Random, spam: list[str], size: int
) -> Iterator[dict]:
    """Unique articles by heavy word perturbation of real ones, plus copies of them (~25%)."""
    vocab = sorted({w for a in articles for p in a.paragraphs for w in p.split()})
    titles = [_title(a) for a in articles]
    made = 0
    serial = 0
    while made < size:
        art = rng.choice(articles)
        serial += 1
        # Half of the words replaced: a new text with the length and layout of a real one.
        paras = [
            " ".join(w if rng.random() < 0.5 else rng.choice(vocab) for w in p.split())
            for p in art.paragraphs
        ]
        fake = Article(f"s{serial}", art.category, art.source, paras, "")
        when = _date(rng)
        yield _record(fake.id, _title(fake), paras, art.source, when, fake.id)
        made += 1
        if rng.random() < 0.25 and made < size:
            later = when + timedelta(hours=rng.randint(0, 48))
            yield _record(
                f"{fake.id}~c",
                _title(fake),
                make_copy(fake, rng, spam, titles),
                rng.choice(OUTLETS),
                later,
                fake.id,
            )
            made += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indosum", type=Path, required=True)
    parser.add_argument("--spam", type=Path, default=None, help="judol comments CSV (label 1)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scale-size", type=int, default=40000)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    articles = [a for a in load_indosum(args.indosum) if len(a.paragraphs) >= 2]
    spam = _spam_lines(args.spam)
    for name, records in (
        ("main", build_main(list(articles), random.Random(args.seed), spam)),
        ("scale", build_scale(articles, random.Random(args.seed + 1), spam, args.scale_size)),
    ):
        count = 0
        with open(args.out / f"{name}.jsonl", "w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
        print(f"{name}: {count} documents -> {args.out / f'{name}.jsonl'}")


if __name__ == "__main__":
    main()
