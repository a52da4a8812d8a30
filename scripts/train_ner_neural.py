"""Train the neural NER tagger (BiLSTM-CRF over cached word features) and export it to numpy.

    pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
    python scripts/train_ner_neural.py --train build/ner/train.jsonl \
        --dev ../shared/data/ner --indosum ../shared/data/summarization/indosum.jsonl

Each token is the concatenation of
- a frozen word vector (PPMI-SVD over IndoSum and the training text, lower-cased forms),
- a summed bag of the CRF's word features (form, affixes, shape, clusters, lexicon marks, the
  lower-case-text copies) and the sentence's gazetteer marks, learned,
- a character CNN over the word as written,
fed to a one-layer BiLSTM with a CRF on top. Everything before the LSTM depends on the word
form only (gazetteer marks aside), so tagging in numpy caches it per form
(`warta.extract.ner.neural`). Seeded; torch is needed only here, never to tag.
Epochs are chosen on NERP valid + NERGrit valid; idner-news-2k dev is only reported.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from warta.extract.ner.corpus import (  # noqa: E402
    Sentence,
    lower_case_copies,
    read_conll,
    read_jsonl,
)
from warta.extract.ner.evaluate import score_sentences  # noqa: E402
from warta.extract.ner.model_file import MEMBER_ARRAYS, SCHEME_ARRAYS, merge_models  # noqa: E402
from warta.extract.ner.neural import LABELS, NeuralFeatures, NeuralTagger, char_ids  # noqa: E402
from warta.extract.ner.policy import relabelled  # noqa: E402

SELECT = {"nerp valid": "nerp/valid.txt", "nergrit valid": "nergrit/valid.txt"}
REPORT = {"idner dev": "idner-news-2k/dev.txt"}
# The labelled sets, in the order of their output layers (--schemes).
SCHEMES = ("nerp", "nergrit", "idner")


def unlabeled_sentences(indosum: Path | None, train: list[Sentence]) -> list[list[str]]:
    out = [s.tokens for s in train]
    if indosum is None:
        return out
    from benchmarks.indosum import load_indosum
    from warta.extract.tokenize import tokenize_sentences

    for article in load_indosum(indosum):
        out.extend([t.text for t in sent] for sent in tokenize_sentences(article.text))
    return out


def build_vectors(
    sentences: list[list[str]], dims: int, cache: Path
) -> tuple[list[str], np.ndarray]:
    if cache.is_file():
        data = np.load(cache, allow_pickle=False)
        if data["vectors"].shape[1] == dims:
            return [str(w) for w in data["vocab"]], data["vectors"]
    from warta.extract.ner.clusters import word_vectors

    vocab, vectors = word_vectors(
        sentences, min_count=3, max_vocab=50000, contexts=3000, dims=dims, window=2, seed=13
    )
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, vocab=np.array(vocab), vectors=vectors)
    return vocab, vectors


class Model(nn.Module):
    def __init__(
        self,
        vectors: np.ndarray,
        n_feats: int,
        n_chars: int,
        *,
        fdim: int,
        cdim: int,
        filters: int,
        hidden: int,
        dropout: float,
        schemes: int = 0,
    ) -> None:
        super().__init__()
        self.word = nn.Embedding.from_pretrained(torch.tensor(vectors), freeze=True)
        self.feat = nn.EmbeddingBag(n_feats, fdim, mode="sum")
        nn.init.normal_(self.feat.weight, std=0.05)
        self.char = nn.Embedding(n_chars, cdim, padding_idx=0)
        self.conv = nn.Conv1d(cdim, filters, 3, padding=1)
        size = vectors.shape[1] + fdim + filters
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(size, hidden, bidirectional=True, batch_first=True)
        self.out = nn.Linear(2 * hidden, len(LABELS))
        n = len(LABELS)
        self.trans = nn.Parameter(torch.zeros(n, n))
        self.start = nn.Parameter(torch.zeros(n))
        self.end = nn.Parameter(torch.zeros(n))
        # One more output layer and CRF per labelled set, trained on the labels as that set
        # gave them (before warta's policy repair): see --schemes.
        self.schemes = schemes
        if schemes:
            self.scheme_out = nn.Linear(2 * hidden, n * schemes)
            self.scheme_trans = nn.Parameter(torch.zeros(schemes, n, n))
            self.scheme_start = nn.Parameter(torch.zeros(schemes, n))
            self.scheme_end = nn.Parameter(torch.zeros(schemes, n))

    def chars(self, char_batch: torch.Tensor) -> torch.Tensor:
        # (forms, max_chars) → (forms, filters): max over positions of a width-3 CNN.
        x = self.char(char_batch).transpose(1, 2)
        h = torch.relu(self.conv(x))
        h = h.masked_fill((char_batch == 0).unsqueeze(1), -1e4)
        return h.max(dim=2).values

    def states(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        """BiLSTM states (after dropout) of every token: (B, T, 2H)."""
        words = self.word(batch["words"])  # (B, T, wdim)
        feats = self.feat(batch["feat_ids"], batch["feat_offsets"])  # (B*T, fdim)
        feats = feats.view(words.shape[0], words.shape[1], -1)
        chars = self.chars(batch["chars"])[batch["form_index"]]  # (B, T, filters)
        x = self.drop(torch.cat([words, feats, chars], dim=-1))
        packed = nn.utils.rnn.pack_padded_sequence(
            x, batch["lengths"], batch_first=True, enforce_sorted=False
        )
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
        return self.drop(h)

    def nll(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        h = self.states(batch)
        loss = crf_nll(self.out(h), batch, batch["tags"], self.trans, self.start, self.end)
        if self.schemes:
            rows = (batch["scheme"] >= 0).nonzero().squeeze(1)
            if len(rows):
                s = batch["scheme"][rows]
                t = h.shape[1]
                em = self.scheme_out(h[rows]).view(len(rows), t, self.schemes, len(LABELS))
                em = em[torch.arange(len(rows))[:, None], torch.arange(t)[None, :], s[:, None]]
                sub = {"mask": batch["mask"][rows], "lengths": batch["lengths"][rows]}
                loss = loss + crf_nll(
                    em,
                    sub,
                    batch["source_tags"][rows],
                    self.scheme_trans[s],
                    self.scheme_start[s],
                    self.scheme_end[s],
                )
        return loss


def crf_nll(
    em: torch.Tensor,
    batch: dict[str, torch.Tensor],
    tags: torch.Tensor,
    trans: torch.Tensor,
    start: torch.Tensor,
    end: torch.Tensor,
) -> torch.Tensor:
    """Summed negative log-likelihood of `tags` under a linear-chain CRF; `trans`, `start`
    and `end` are shared (n, n), (n,), (n,) or per sentence (B, n, n), (B, n), (B, n)."""
    mask = batch["mask"]
    b, t, _ = em.shape
    ar = torch.arange(b)
    per_row = trans.dim() == 3
    # Gold path score.
    score = (start[ar, tags[:, 0]] if per_row else start[tags[:, 0]]) + em[ar, 0, tags[:, 0]]
    for i in range(1, t):
        move = (
            trans[ar, tags[:, i - 1], tags[:, i]] if per_row else trans[tags[:, i - 1], tags[:, i]]
        )
        step = move + em[ar, i, tags[:, i]]
        score = score + step * mask[:, i]
    last = tags[ar, batch["lengths"] - 1]
    score = score + (end[ar, last] if per_row else end[last])
    # Partition function.
    alpha = start + em[:, 0]
    for i in range(1, t):
        nxt = torch.logsumexp(alpha.unsqueeze(2) + trans + em[:, i].unsqueeze(1), dim=1)
        alpha = torch.where(mask[:, i].unsqueeze(1) > 0, nxt, alpha)
    log_z = torch.logsumexp(alpha + end, dim=1)
    return (log_z - score).sum()


_MEMO: dict[tuple[str, ...], list[list[int]]] = {}


def encode(
    sents: list[Sentence],
    features: NeuralFeatures,
    feat_index: dict[str, int],
    word_index: dict[str, int],
    *,
    rng: random.Random | None = None,
    feature_dropout: float = 0.0,
    schemes: tuple[str, ...] = (),
) -> dict[str, torch.Tensor]:
    """One padded batch."""
    lengths = [len(s.tokens) for s in sents]
    t = max(lengths)
    b = len(sents)
    words = torch.zeros((b, t), dtype=torch.long)
    tags = torch.zeros((b, t), dtype=torch.long)
    source_tags = torch.zeros((b, t), dtype=torch.long)
    scheme = torch.full((b,), -1, dtype=torch.long)  # -1: machine labels, no set of its own
    mask = torch.zeros((b, t), dtype=torch.float32)
    form_index = torch.zeros((b, t), dtype=torch.long)
    forms: dict[str, int] = {"": 0}
    ids: list[int] = []
    offsets: list[int] = []
    label_index = {label: i for i, label in enumerate(LABELS)}
    for r, sent in enumerate(sents):
        key = tuple(sent.tokens)
        per_token = _MEMO.get(key)
        if per_token is None:
            per_token = [
                [feat_index[f] for f in feats if f in feat_index]
                for feats in features.sentence(sent.tokens)
            ]
            _MEMO[key] = per_token
        origin = sent.source.removesuffix("-lower")
        if origin in schemes:
            scheme[r] = schemes.index(origin)
        given = sent.as_given
        for c, word in enumerate(sent.tokens):
            words[r, c] = word_index.get(word.lower(), 1)
            tags[r, c] = label_index[sent.labels[c]]
            source_tags[r, c] = label_index[given[c]]
            mask[r, c] = 1.0
            form_index[r, c] = forms.setdefault(word, len(forms))
        for c in range(t):
            offsets.append(len(ids))
            if c < len(sent.tokens):
                if rng is not None and feature_dropout > 0:
                    ids.extend(f for f in per_token[c] if rng.random() >= feature_dropout)
                else:
                    ids.extend(per_token[c])
    chars = [char_ids(w) for w in forms]
    width = max(len(c) for c in chars)
    char_batch = torch.zeros((len(chars), width), dtype=torch.long)
    for i, c in enumerate(chars):
        char_batch[i, : len(c)] = torch.tensor(c, dtype=torch.long)
    return {
        "words": words,
        "tags": tags,
        "mask": mask,
        "lengths": torch.tensor(lengths),
        "feat_ids": torch.tensor(ids, dtype=torch.long),
        "feat_offsets": torch.tensor(offsets, dtype=torch.long),
        "chars": char_batch,
        "form_index": form_index,
        "source_tags": source_tags,
        "scheme": scheme,
    }


def export(
    model: Model,
    vocab: list[str],
    feat_vocab: list[str],
    out: Path,
    schemes: tuple[str, ...] = (),
) -> None:
    """Weights as float16/float32 numpy arrays in one .npz (see NeuralTagger)."""
    sd = {k: v.detach().cpu().numpy() for k, v in model.state_dict().items()}
    member = {
        "feat_vectors": sd["feat.weight"].astype(np.float16),
        "char_vectors": sd["char.weight"],
        "conv_w": sd["conv.weight"],
        "conv_b": sd["conv.bias"],
        "w_ih_f": sd["lstm.weight_ih_l0"],
        "w_hh_f": sd["lstm.weight_hh_l0"],
        "b_f": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "w_ih_b": sd["lstm.weight_ih_l0_reverse"],
        "w_hh_b": sd["lstm.weight_hh_l0_reverse"],
        "b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"],
        "out_b": sd["out.bias"],
        "trans": sd["trans"],
        "start": sd["start"],
        "end": sd["end"],
    }
    assert tuple(member) == MEMBER_ARRAYS
    shared = {}
    if schemes:
        n = len(LABELS)
        shared["schemes"] = np.array(schemes)
        member |= {
            "scheme_out_w": sd["scheme_out.weight"].reshape(len(schemes), n, -1),
            "scheme_out_b": sd["scheme_out.bias"].reshape(len(schemes), n),
            "scheme_trans": sd["scheme_trans"],
            "scheme_start": sd["scheme_start"],
            "scheme_end": sd["scheme_end"],
        }
        assert tuple(member)[len(MEMBER_ARRAYS) :] == SCHEME_ARRAYS
    arrays = {
        **shared,
        "labels": np.array(LABELS),
        "word_vocab": np.array(vocab),
        "word_vectors": sd["word.weight"].astype(np.float16),
        "feat_vocab": np.array(feat_vocab),
        # One member: an ensemble of one (see merge_models).
        **{k: v[None] for k, v in member.items()},
    }
    np.savez_compressed(out, **arrays)


def _portable(value: object) -> object:
    """A path relative to the repository where it lies inside it (for the model card)."""
    if isinstance(value, Path):
        try:
            return str(value.resolve().relative_to(ROOT))
        except ValueError:
            return str(value)
    return value


def evaluate(tagger: NeuralTagger, dev: dict[str, list[Sentence]]) -> dict[str, float]:
    return {name: score_sentences(tagger.tag, sents).f1 for name, sents in dev.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", type=Path, default=ROOT / "build/ner/train.jsonl")
    parser.add_argument(
        "--dev", type=Path, help="folder with nerp/, nergrit/ … (required to train)"
    )
    parser.add_argument(
        "--merge",
        type=Path,
        nargs="+",
        help="instead of training, merge these trained models into one ensemble at --out",
    )
    parser.add_argument("--indosum", type=Path, help="unlabelled text for the word vectors")
    parser.add_argument("--model-dir", type=Path, default=ROOT / "src/warta/models/ner")
    parser.add_argument("--out", type=Path, help="model file (default: MODEL_DIR/neural.npz)")
    parser.add_argument("--work", type=Path, default=ROOT / "build/ner")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--dims", type=int, default=100, help="word vector size")
    parser.add_argument("--fdim", type=int, default=64)
    parser.add_argument("--cdim", type=int, default=24)
    parser.add_argument("--filters", type=int, default=40)
    parser.add_argument("--hidden", type=int, default=96)
    parser.add_argument("--dropout", type=float, default=0.5)
    parser.add_argument("--feature-dropout", type=float, default=0.1)
    parser.add_argument("--feat-min-count", type=int, default=2)
    parser.add_argument("--lower-share", type=float, default=0.5)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument(
        "--pseudo",
        type=Path,
        help="machine-labelled sentences (jsonl: tokens, labels) mixed into each epoch",
    )
    parser.add_argument("--pseudo-per-epoch", type=int, default=3000)
    parser.add_argument(
        "--schemes",
        action="store_true",
        help="also train one output layer per labelled set on the labels as the set gave them"
        " (before the ORG policy repair), for scoring against each set's own conventions",
    )
    parser.add_argument(
        "--ema", type=float, default=0.0, help="export an exponential moving average of weights"
    )
    args = parser.parse_args()
    if args.merge:
        out = args.out or args.model_dir / "neural.npz"
        merge_models(args.merge, out)
        cards = [json.loads(m.with_suffix(".json").read_text(encoding="utf-8")) for m in args.merge]
        card = {
            "model": out.name,
            "members": [{k: v for k, v in c.items() if k != "history"} for c in cards],
            "trained_sentences": cards[0]["trained_sentences"],
            "training_seconds": round(sum(c["training_seconds"] for c in cards), 1),
        }
        out.with_suffix(".json").write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
        print(f"merged {len(args.merge)} models into {out}")
        return
    if args.dev is None:
        parser.error("--dev is required to train")

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    started = time.perf_counter()

    base = read_jsonl(args.train)
    vocab, vectors = build_vectors(
        unlabeled_sentences(args.indosum, base), args.dims, args.work / f"vectors{args.dims}.npz"
    )
    vocab = ["<pad>", "<unk>", *vocab]
    vectors = np.concatenate([np.zeros((2, vectors.shape[1]), np.float32), vectors])
    word_index = {w: i for i, w in enumerate(vocab)}

    features = NeuralFeatures.from_model_dir(args.model_dir)
    counts: Counter[str] = Counter()
    for sent in base + lower_case_copies(base, 1.0, random.Random(0)):
        for feats in features.sentence(sent.tokens):
            counts.update(feats)
    feat_vocab = ["<none>", *sorted(f for f, c in counts.items() if c >= args.feat_min_count)]
    feat_index = {f: i for i, f in enumerate(feat_vocab)}
    print(f"{len(base)} sentences, {len(vocab)} words, {len(feat_vocab)} features", flush=True)

    model = Model(
        vectors,
        len(feat_vocab),
        256,
        fdim=args.fdim,
        cdim=args.cdim,
        filters=args.filters,
        hidden=args.hidden,
        dropout=args.dropout,
        schemes=len(SCHEMES) if args.schemes else 0,
    )
    schemes = SCHEMES if args.schemes else ()
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    dev = {n: list(read_conll(args.dev / rel)) for n, rel in {**SELECT, **REPORT}.items()}
    policy_dev = {name + " (policy)": relabelled(sents) for name, sents in dev.items()}
    out = args.out or args.model_dir / "neural.npz"
    best = -1.0
    history = []
    pseudo = read_jsonl(args.pseudo, source="pseudo") if args.pseudo else []
    ema = None
    if args.ema > 0:
        import copy

        ema = copy.deepcopy(model)
    for epoch in range(1, args.epochs + 1):
        model.train()
        train = base + lower_case_copies(base, args.lower_share, rng)
        if pseudo:
            sample = rng.sample(pseudo, min(args.pseudo_per_epoch, len(pseudo)))
            train += sample + lower_case_copies(sample, args.lower_share, rng)
        rng.shuffle(train)
        # Similar lengths together: less padding in the CRF loops.
        chunks = [train[i : i + 50 * args.batch] for i in range(0, len(train), 50 * args.batch)]
        batches = []
        for chunk in chunks:
            chunk.sort(key=lambda s: len(s.tokens))
            batches += [chunk[i : i + args.batch] for i in range(0, len(chunk), args.batch)]
        rng.shuffle(batches)
        total = 0.0
        t0 = time.perf_counter()
        for sents in batches:
            batch = encode(
                sents,
                features,
                feat_index,
                word_index,
                rng=rng,
                feature_dropout=args.feature_dropout,
                schemes=schemes,
            )
            loss = model.nll(batch) / len(sents)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            if ema is not None:
                with torch.no_grad():
                    for averaged, live in zip(ema.parameters(), model.parameters(), strict=True):
                        averaged.mul_(args.ema).add_(live, alpha=1 - args.ema)
            total += loss.item() * len(sents)
        model.eval()
        tmp = out.with_suffix(".tmp.npz")
        export(ema or model, vocab, feat_vocab, tmp, schemes)
        tagger = NeuralTagger(tmp, features=features)
        scores = evaluate(tagger, dev)
        pol = evaluate(tagger, policy_dev)
        for name in schemes:  # each set's own output layer on its own held-out split
            own = NeuralTagger(tmp, features=features, scheme=name)
            pol |= {f"{n} [{name}]": f for n, f in evaluate(own, dev).items() if name in n}
        select = sum(scores[n] for n in SELECT) / len(SELECT)
        history.append({"epoch": epoch, **scores, **pol})
        print(
            f"epoch {epoch:2d} loss {total / len(train):7.3f} ({time.perf_counter() - t0:4.0f} s) "
            + " ".join(f"{k} {v:.4f}" for k, v in {**scores, **pol}.items()),
            flush=True,
        )
        if select > best:
            best = select
            tmp.replace(out)
            print(f"  best so far (mean select F1 {select:.4f})", flush=True)
        else:
            tmp.unlink()
    took = time.perf_counter() - started
    card = {
        "model": out.name,
        "trained_sentences": len(base),
        "training_seconds": round(took, 1),
        "best_select_f1": round(best, 4),
        "params": {k: _portable(v) for k, v in vars(args).items() if k != "merge"},
        "history": history,
    }
    out.with_suffix(".json").write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
    print(f"done in {took:.0f} s; best mean select F1 {best:.4f}; model {out}")


if __name__ == "__main__":
    main()
