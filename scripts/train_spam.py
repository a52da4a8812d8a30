"""Train the injected-spam model shipped in src/warta/models/spam/model.json (seeded, reproducible).

    python scripts/train_spam.py --indosum ../shared/data/summarization/indosum.jsonl \
        --spam ../shared/data/spam/judol-comments-dataset.csv \
        --normal ../shared/data/spam/judol-comments-normal.csv --seed 13

Training documents are IndoSum articles and comment videos of groups 1–4 only (group 0 is the dev
set of benchmarks/build_clean_devset.py). Spam comments are planted into articles exactly as in the
dev set, so the context features (position, similarity to the article, gambling topic) are learnt
from realistic documents. Only lines passing the runtime gate are training examples. Negative
comments that carry promotion (label noise in the "normal" files) are left out. The line threshold,
the threshold for lines inside spam runs and the one for appended tails are chosen on group 1 with a
model fit on groups 2-4, within a content-loss budget (see _thresholds); each part plants only the
comments of its own videos, so thresholds are set on videos the fit never saw. `train()` is also
what benchmarks/cv_spam.py calls for its leave-one-group-out folds.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from scipy import optimize, sparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from build_clean_devset import (  # noqa: E402
    DEV_GROUP,
    GAMBLING_TOPIC,
    GoldDoc,
    articles,
    comments_by_group,
    group_of,
    plant,
)

from warta.clean.normalize import fold  # noqa: E402
from warta.clean.spam import SpamLineFilter, SpamModel  # noqa: E402
from warta.clean.spam_features import (  # noqa: E402
    HAND_FEATURES,
    ArticleContext,
    hand_features,
    is_candidate,
    ngrams,
    strong_gambling,
    styled_word,
)
from warta.document import Document  # noqa: E402

CONTENT_BUDGET = 0.001
# Penalty on the hand features (n-grams: --l2); chosen by benchmarks/cv_spam.py.
L2_HAND = 1e-3
TRAIN_GROUPS = {g for g in range(5) if g != DEV_GROUP}

# Gambling news for training only (the dev set and the test fixtures have their own texts).
TRAIN_HARD_NEGATIVES: tuple[tuple[str, ...], ...] = (
    (
        "Bareskrim Tangkap Bandar Judi Online Jaringan Internasional",
        "Bareskrim Polri menangkap tujuh tersangka yang mengoperasikan situs judi online "
        "dengan server di Kamboja, Kamis (3/8).",
        "Situs tersebut menawarkan permainan slot, togel, dan taruhan bola kepada ribuan "
        "anggota di Indonesia.",
        '"Mereka mempromosikan situsnya lewat komentar di media sosial dengan nama-nama '
        'seperti hoki99 dan zeus88," kata Direktur Tindak Pidana Siber.',
        "Polisi membekukan 300 rekening dengan saldo total Rp 12 miliar.",
    ),
    (
        "Kominfo Blokir 800 Ribu Situs Judi Sepanjang 2023",
        "Kementerian Komunikasi dan Informatika memblokir sekitar 800 ribu situs dan konten "
        "judi online sepanjang 2023.",
        "Juru bicara kementerian mengatakan situs judol terus berganti alamat dengan link "
        "alternatif sehingga pemblokiran harus dilakukan setiap hari.",
        "Masyarakat diminta melaporkan situs judi melalui kanal aduan konten.",
    ),
    (
        "Ekonom: Judi Online Gerus Daya Beli Rumah Tangga",
        "Ekonom menilai maraknya judi online menggerus daya beli rumah tangga berpenghasilan "
        "rendah.",
        "Banyak pemain mengira bisa mendapat jackpot atau maxwin dengan modal kecil, padahal "
        "sistem permainan dirancang agar bandar selalu untung.",
        "Ia mendorong OJK dan bank memperketat pengawasan transaksi ke rekening penampung.",
    ),
    (
        "Kasino Makau Catat Pendapatan Tertinggi Sejak Pandemi",
        "Pendapatan kasino di Makau naik 40 persen pada kuartal kedua, tertinggi sejak "
        "pandemi, menurut data pemerintah setempat.",
        "Operator kasino besar menambah kamar hotel dan meja permainan untuk wisatawan dari "
        "daratan Tiongkok.",
        "Analis memperkirakan pemulihan berlanjut hingga akhir tahun.",
    ),
    (
        "Bandara Soekarno-Hatta Tambah Slot Penerbangan",
        "Bandara Soekarno-Hatta menambah slot penerbangan pada jam sibuk menjelang libur Lebaran.",
        "Maskapai dapat mengajukan slot tambahan hingga dua pekan sebelum keberangkatan.",
        "Otoritas bandara memastikan penambahan slot tidak mengganggu keselamatan.",
    ),
    (
        "Warga Keluhkan Spanduk Promosi Judi di Jalan Protokol",
        "Warga mengeluhkan spanduk yang mempromosikan situs judi di sejumlah jalan protokol.",
        "Satpol PP mencopot 25 spanduk bertuliskan ajakan daftar dan deposit di situs slot gacor.",
        '"Kami akan menelusuri siapa yang memasang spanduk-spanduk itu," ujar Kepala Satpol PP.',
    ),
    (
        "Sidang Kasus Judi Togel, Terdakwa Dituntut 2 Tahun",
        "Jaksa menuntut terdakwa kasus judi togel dengan hukuman dua tahun penjara di "
        "Pengadilan Negeri Medan.",
        "Terdakwa terbukti menjadi pengepul taruhan togel di tiga kecamatan.",
        "Majelis hakim akan membacakan putusan pekan depan.",
    ),
)


Row = tuple[str, str, ArticleContext, float, bool, int, int]  # raw, folded, ctx, pos, last, line, y


def _examples(doc: GoldDoc) -> list[Row]:
    """Candidate lines (and inline halves) of one planted document, with labels."""
    lower = [fold(line).lower() for line in doc.lines]
    ctx = ArticleContext.build(lower, doc.lines)
    content = [i for i, line in enumerate(doc.lines) if line.strip()]
    if not content:
        return []
    last, span = content[-1], max(len(content) - 1, 1)
    out = []
    for rank, i in enumerate(content):
        label = doc.labels[i]
        if label not in ("content", "spam"):
            continue
        pos, is_last = rank / span, i == last
        raw = doc.lines[i]
        parts: list[tuple[str, int]]
        if i in doc.inline:
            start = doc.inline[i][0]
            parts = [(raw[: start - 1], 0), (raw[start:], 1)]
        else:
            parts = [(raw, 1 if label == "spam" else 0)]
        for text, y in parts:
            low = fold(text).lower()
            if is_candidate(text, low):
                out.append((text, low, ctx, pos, is_last, i, y))
    return out


def _docs(
    indosum: str, spam: list[str], normal: list[str], rng: random.Random, groups: set[int]
) -> list[GoldDoc]:
    docs = []
    for article in articles(indosum, dev=False):
        if group_of(article.id) not in groups:
            continue
        paragraphs = list(article.paragraphs)
        # Casual comments without gambling are negatives: the model must not learn "casual = spam".
        if rng.random() < 0.3:
            for _ in range(rng.randint(1, 2)):
                paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(normal))
        hard = bool(GAMBLING_TOPIC.search(article.text))
        docs.append(plant(article.id, paragraphs, rng, spam, hard_negative=hard))
    for n, written in enumerate(TRAIN_HARD_NEGATIVES):
        for _ in range(6):
            docs.append(plant(f"train-hand-{n}", list(written), rng, spam, hard_negative=True))
    return docs


def _label_normal(docs: list[GoldDoc], normal: set[str]) -> None:
    for doc in docs:
        for i, line in enumerate(doc.lines):
            if line in normal:
                doc.labels[i] = "content"


def _matrix(rows: list[Row], vocab: dict[str, int]) -> tuple[sparse.csr_matrix, np.ndarray]:
    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    n_vocab = len(vocab)
    for raw, low, ctx, pos, is_last, line, _y in rows:
        counts = Counter(vocab[g] for g in ngrams(low) if g in vocab)
        for j, c in counts.items():
            indices.append(j)
            data.append(float(c))
        for k, value in enumerate(
            hand_features(raw, low, ctx, position=pos, is_last=is_last, line=line)
        ):
            if value:
                indices.append(n_vocab + k)
                data.append(value)
        indptr.append(len(indices))
    shape = (len(rows), n_vocab + len(HAND_FEATURES))
    x = sparse.csr_matrix((data, indices, indptr), shape=shape)
    y = np.array([r[6] for r in rows], dtype=np.float64)
    return x, y


def _fit(x: sparse.csr_matrix, y: np.ndarray, *, l2: float, l2_hand: float) -> np.ndarray:
    """Weighted logistic regression. The hand features (the last columns) get their own, weaker
    penalty: they describe the form of promotion and carry over to unseen videos, while n-grams
    memorise the wording of the training comments."""
    reg = np.full(x.shape[1], l2)
    reg[x.shape[1] - len(HAND_FEATURES) :] = l2_hand
    pos_weight = (len(y) - y.sum()) / max(y.sum(), 1.0)
    sample_w = np.where(y == 1, pos_weight, 1.0)
    sample_w /= sample_w.mean()

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[:-1] + w[-1]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        ll = -(sample_w * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))).mean()
        g = sample_w * (p - y) / len(y)
        grad = np.concatenate([x.T @ g + reg * w[:-1], [g.sum()]])
        return ll + 0.5 * float((reg * w[:-1]) @ w[:-1]), grad

    w0 = np.zeros(x.shape[1] + 1)
    result = optimize.minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 400})
    return np.asarray(result.x)


def _vocab(rows: list[Row]) -> dict[str, int]:
    df: Counter[str] = Counter()
    for row in rows:
        df.update(set(ngrams(row[1])))
    kept = sorted(g for g, c in df.items() if c >= 3)
    return {g: i for i, g in enumerate(kept)}


def _threshold(p: np.ndarray, y: np.ndarray, *, recall: float) -> float:
    """Highest threshold keeping spam recall at `recall` on held-out training groups."""
    spam_scores = np.sort(p[y == 1])
    k = int(np.floor((1 - recall) * len(spam_scores)))
    return float(min(spam_scores[k], 0.5)) if len(spam_scores) else 0.5


def _as_model(w: np.ndarray, vocab: dict[str, int], threshold: float) -> SpamModel:
    n_vocab = len(vocab)
    return SpamModel(
        weights={g: float(w[i]) for g, i in vocab.items() if w[i]},
        hand=tuple(float(v) for v in w[n_vocab:-1]),
        bias=float(w[-1]),
        threshold=threshold,
    )


def _filter_counts(model: SpamModel, docs: list[GoldDoc]) -> tuple[int, int]:
    """(spam units caught, content lines touched) of the spam filter on planted documents."""
    spam_filter = SpamLineFilter(model=model)
    caught = lost = 0
    for gold in docs:
        doc = Document(id=gold.id, raw="\n".join(gold.lines))
        spam_filter.process(doc)
        starts: dict[int, int] = {}
        for span in doc.removed:
            starts[span.line] = min(span.start, starts.get(span.line, span.start))
        for i, label in enumerate(gold.labels):
            if i not in starts:
                continue
            if i in gold.inline:
                caught += 1
                lost += starts[i] < gold.inline[i][0] - 1
            else:
                caught += label == "spam"
                lost += label == "content"
    return caught, lost


def _with(model: SpamModel, field_name: str, value: float) -> SpamModel:
    """The model with a new line threshold (which also caps the run threshold) or run threshold."""
    if field_name == "threshold":
        return replace(model, threshold=value, run_threshold=value, tail_threshold=value)
    if field_name == "tail_threshold":
        return replace(model, tail_threshold=value)
    return replace(model, run_threshold=value)


def _thresholds(
    model: SpamModel, docs: list[GoldDoc], log: Callable[[str], None]
) -> tuple[float, float, float]:
    """The line threshold, then those for lines inside spam runs and for appended tails, chosen
    in turn on a training group.

    Each is lowered in steps of 0.05 while the validation documents lose no more content lines
    than CONTENT_BUDGET of them or than at the starting point, whichever is more: the issue
    allows 0.3% content loss; two thirds of it are left for text unlike the training articles.
    """
    n_content = sum(label == "content" for gold in docs for label in gold.labels)
    budget = int(CONTENT_BUDGET * n_content)
    chosen = []
    for field_name in ("threshold", "run_threshold", "tail_threshold"):
        best = model.threshold
        base = _filter_counts(_with(model, field_name, best), docs)[1]
        for step in range(int(best * 20) - 1, 3, -1):
            value = step / 20
            trial = _with(model, field_name, value)
            caught, lost = _filter_counts(trial, docs)
            log(f"  {field_name} {value:.2f}: {caught} spam units caught, {lost} content lines")
            if lost > max(base, budget):
                break
            best = value
        model = _with(model, field_name, best)
        chosen.append(best)
    return chosen[0], chosen[1], chosen[2]


def _promotion_free(comments: list[str]) -> list[str]:
    # The "normal" comments hold promotion too (label noise: "loyalbet88 gacor pisan bre"); a
    # negative must be an ordinary comment, so any with a gambling word, brand+digits name or
    # styled letters is left out of training altogether.
    return [c for c in comments if not (strong_gambling(fold(c).lower()) or styled_word(c))]


def train(
    indosum: str,
    spam_by_group: dict[int, list[str]],
    normal_by_group: dict[int, list[str]],
    *,
    groups: set[int],
    seed: int,
    l2: float,
    l2_hand: float,
    recall: float,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """The model (as written to model.json) trained on articles and comment videos of `groups`.

    Thresholds are chosen on the lowest group with a model fit on the others; the final fit uses
    all of `groups`. Each part plants only the comments of its own video groups, so threshold
    choice sees comments of videos the fit never saw (as the hidden evaluation will).
    """
    rng = random.Random(seed)
    val_group = min(groups)

    def rows_for(part: set[int]) -> tuple[list[Row], list[GoldDoc]]:
        spam = sorted({s for g in part for s in spam_by_group.get(g, [])})
        normal = _promotion_free(sorted({s for g in part for s in normal_by_group.get(g, [])}))
        docs = _docs(indosum, spam, normal, rng, part)
        _label_normal(docs, set(normal))
        # Every spam comment of these groups appears in some article at least once.
        bodies = [a.paragraphs for a in articles(indosum, dev=False) if group_of(a.id) in part]
        extra = [
            plant(f"extra-{n}", rng.choice(bodies)[:6], rng, [s], hard_negative=False)
            for n, s in enumerate(spam)
        ]
        return [r for d in docs + extra for r in _examples(d)], docs

    (fit_rows, _), (val_rows, val_docs) = rows_for(groups - {val_group}), rows_for({val_group})
    vocab = _vocab(fit_rows)
    x, y = _matrix(fit_rows, vocab)
    w = _fit(x, y, l2=l2, l2_hand=l2_hand)
    xv, yv = _matrix(val_rows, vocab)
    pv = 1 / (1 + np.exp(-(xv @ w[:-1] + w[-1])))
    threshold = _threshold(pv, yv, recall=recall)
    fp = float(((pv >= threshold) & (yv == 0)).sum()) / max(float((yv == 0).sum()), 1.0)
    log(
        f"validation (group {val_group}): {int(yv.sum())} spam, {int((yv == 0).sum())} "
        f"negatives, threshold {threshold:.3f}, candidate false-positive rate {fp:.4f}"
    )
    model_val = _as_model(w, vocab, threshold)
    threshold, run_threshold, tail_threshold = _thresholds(model_val, val_docs, log)
    log(f"thresholds: line {threshold:.3f}, run {run_threshold:.3f}, tail {tail_threshold:.3f}")

    all_rows = fit_rows + val_rows
    vocab = _vocab(all_rows)
    x, y = _matrix(all_rows, vocab)
    w = _fit(x, y, l2=l2, l2_hand=l2_hand)
    n_vocab = len(vocab)
    grams = {g: round(float(w[i]), 4) for g, i in vocab.items() if abs(w[i]) >= 0.005}
    log(f"{len(grams)} n-grams, {len(all_rows)} examples")
    return {
        "version": 1,
        "seed": seed,
        "groups": sorted(groups),
        "hand_features": list(HAND_FEATURES),
        "hand": [round(float(v), 5) for v in w[n_vocab:-1]],
        "bias": round(float(w[-1]), 5),
        "threshold": round(threshold, 4),
        "run_threshold": round(run_threshold, 4),
        "tail_threshold": round(tail_threshold, 4),
        "ngrams": dict(sorted(grams.items())),
    }


def comment_groups(spam_path: str, normal_path: str) -> tuple[dict[int, list[str]], ...]:
    """(spam, ordinary) comments by video group; ordinary ones come from both files."""
    spam = comments_by_group(spam_path)
    normal = comments_by_group(normal_path, label="0")
    for group, texts in comments_by_group(spam_path, label="0").items():
        normal[group] = sorted(set(normal.get(group, [])) | set(texts))
    return spam, normal


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indosum", required=True)
    parser.add_argument("--spam", required=True)
    parser.add_argument("--normal", required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--l2-hand", type=float, default=L2_HAND)
    parser.add_argument("--recall", type=float, default=0.995)
    parser.add_argument("--out", default=str(ROOT / "src/warta/models/spam/model.json"))
    args = parser.parse_args()
    spam, normal = comment_groups(args.spam, args.normal)
    model = train(
        args.indosum,
        spam,
        normal,
        groups=TRAIN_GROUPS,
        seed=args.seed,
        l2=args.l2,
        l2_hand=args.l2_hand,
        recall=args.recall,
    )
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
