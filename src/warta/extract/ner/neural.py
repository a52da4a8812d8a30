"""The neural NER tagger at run time: a BiLSTM-CRF decoded in plain numpy.

Trained by `scripts/train_ner_neural.py` (torch, training only). A token's input is a frozen
word vector, a summed bag of learned feature vectors (the CRF's word features plus the
sentence's gazetteer marks) and a character CNN. All of it but the gazetteer marks depends on
the word form only, so each form's LSTM input projection is computed once and cached; a
document then costs a table lookup per token, one small matmul per LSTM step (all of its
sentences at once) and a batched Viterbi pass.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import repeat
from pathlib import Path

import numpy as np
from scipy import sparse
from threadpoolctl import threadpool_limits

from warta.errors import ModelError
from warta.extract.ner.base import BioTagger
from warta.extract.ner.clusters import load_clusters
from warta.extract.ner.crf import CrfWeights, FloatArray
from warta.extract.ner.features import FeatureExtractor, is_lower_case
from warta.extract.ner.model_file import dequantized

__all__ = ["LABELS", "NeuralFeatures", "NeuralTagger", "char_grid", "char_ids"]

LABELS: tuple[str, ...] = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
MAX_CHARS = 24
# Memory for cached word-form projections (each row is 8 × hidden × members floats): about
# 20,000 forms for a two-member ensemble, which covers most tokens of news text.
_CACHE_BYTES = 128 * 2**20
# New word forms go through the character CNN in groups of about this many, sorted by length.
_CHAR_CHUNK = 512
# Marks a form of lower-case text in the word cache (cleaned text holds no NUL).
_LOWER = "\0"


def char_ids(word: str) -> list[int]:
    """Character ids 1..255 of a word as written (code points above 254 share 255)."""
    if len(word) > MAX_CHARS:
        word = word[: MAX_CHARS // 2] + word[-MAX_CHARS // 2 :]
    return [min(ord(ch), 254) + 1 for ch in word] or [1]


def char_grid(words: Sequence[str]) -> np.ndarray:
    """`char_ids` of several words as one padded (words, longest + 2) array, id 0 padding on
    both sides; built in one pass over the words' UTF-32 code points, not per word."""
    half = MAX_CHARS // 2
    clipped = [w if len(w) <= MAX_CHARS else w[:half] + w[-half:] for w in words]
    width = max([1, *map(len, clipped)])
    codes = np.frombuffer(
        "".join(w.ljust(width, "\0") for w in clipped).encode("utf-32-le"), dtype=np.uint32
    ).reshape(len(clipped), width)
    grid = np.zeros((len(clipped), width + 2), np.intp)
    body = grid[:, 1:-1]
    np.minimum(codes, 254, out=body, casting="unsafe")
    body += 1
    body[codes == 0] = 0  # padding (text never holds NUL: cleaning drops control characters)
    grid[[i for i, w in enumerate(clipped) if not w], 1] = 1  # "" is [1], as in char_ids
    return grid


class NeuralFeatures:
    """Sparse features of the neural tagger: per word form, plus gazetteer marks per sentence."""

    def __init__(self, extractor: FeatureExtractor) -> None:
        self.extractor = extractor

    @classmethod
    def from_model_dir(cls, model_dir: str | Path) -> NeuralFeatures:
        from warta.extract.ner.tagger import load_gazetteer, load_optional_stats

        model_dir = Path(model_dir)
        return cls(
            FeatureExtractor(
                clusters=load_clusters(model_dir / "clusters.json"),
                gazetteer=load_gazetteer(model_dir / "gazetteer.json"),
                stats=load_optional_stats(model_dir),
            )
        )

    @property
    def gazetteer(self) -> Mapping[tuple[str, ...], str]:
        return self.extractor.gazetteer

    def word(self, word: str, lower_case_text: bool) -> list[str]:
        """Features of the form itself (the same in every sentence)."""
        return self.extractor.word_features(word, lower_case_text=lower_case_text)

    def marks(self, tokens: Sequence[str]) -> list[tuple[int, str]]:
        """(position, feature) of what depends on the sentence: edges and gazetteer marks."""
        return self.extractor.sentence_marks(tokens)

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """All sparse features of each token (what training sees)."""
        lower = is_lower_case(tokens)
        out = [self.word(w, lower) for w in tokens]
        for i, feature in self.marks(tokens):
            out[i].append(feature)
        return out


def _ifog(weights: np.ndarray) -> FloatArray:
    """torch's LSTM gate blocks (input, forget, candidate, output) → (input, forget, output,
    candidate), so the three sigmoid gates are one slice."""
    i, f, g, o = np.split(weights.astype(np.float32), 4)
    out: FloatArray = np.ascontiguousarray(np.concatenate([i, f, o, g]))
    return out


def _output_layer(
    arrays: Mapping[str, np.ndarray], path: Path, scheme: str | None, schemes: tuple[str, ...]
) -> dict[str, np.ndarray]:
    """The output layer and CRF weights to tag with: warta's labelling policy, or the one
    trained on a labelled set's own conventions (`scheme`, for benchmarks on that set)."""
    keys = ("out_w", "out_b", "trans", "start", "end")
    if scheme is None:
        return {k: arrays[k] for k in keys}
    if scheme not in schemes:
        have = ", ".join(schemes) or "none"
        raise ModelError(f"NER model {path} has no output layer for {scheme!r} (has: {have})")
    c = schemes.index(scheme)
    return {k: arrays["scheme_" + k][:, c] for k in keys}


class NeuralTagger(BioTagger):
    """BIO tagger for PER / ORG / LOC: one BiLSTM-CRF, or an ensemble of several trained with
    different seeds (their label scores are averaged), exported by the training script.

    Member arrays carry a leading member axis; the word vectors and vocabularies are shared.
    By default it tags by warta's labelling policy (parties, state bodies and agencies are
    ORG). A model trained with per-set output layers can instead tag the way one of the
    public sets labels (`scheme="nerp"`): for comparing with models trained on that set only.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        features: NeuralFeatures | None = None,
        scheme: str | None = None,
    ) -> None:
        path = Path(path)
        # Tagging is thousands of small matmuls: BLAS threads only add overhead (2× slower
        # measured on 2 cores), and warta parallelises over worker processes instead.
        threadpool_limits(limits=1, user_api="blas")
        try:
            with np.load(path, allow_pickle=False) as data:
                arrays = {k: data[k] for k in data.files}
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot read NER model {path}: {exc}") from exc
        try:
            self.labels = [str(x) for x in arrays["labels"]]
            words = [str(x) for x in arrays["word_vocab"]]
            feats = [str(x) for x in arrays["feat_vocab"]]
            self._word_vectors = dequantized(arrays, "word_vectors")
            feat_vectors = dequantized(arrays, "feat_vectors")  # (K, feats, fdim)
            char_vectors = arrays["char_vectors"].astype(np.float32)  # (K, 256, cdim)
            conv_w = arrays["conv_w"].astype(np.float32)  # (K, filters, cdim, 3)
            conv_b = arrays["conv_b"].astype(np.float32)  # (K, filters)
            # Per member, input weights of both directions side by side: (K, in, 8H).
            w_ih = np.stack(
                [
                    np.concatenate([_ifog(f), _ifog(b)]).T
                    for f, b in zip(arrays["w_ih_f"], arrays["w_ih_b"], strict=True)
                ]
            )
            bias = np.stack(
                [
                    np.concatenate([_ifog(f), _ifog(b)])
                    for f, b in zip(arrays["b_f"], arrays["b_b"], strict=True)
                ]
            )
            # Recurrent weights, forward directions of all members, then backward: (2K, H, 4H).
            self._w_hh = np.stack(
                [_ifog(w).T for w in arrays["w_hh_f"]] + [_ifog(w).T for w in arrays["w_hh_b"]]
            )
            self.schemes = tuple(str(x) for x in arrays.get("schemes", ()))
            head = _output_layer(arrays, path, scheme, self.schemes)
            out_w = head["out_w"].astype(np.float32)  # (K, labels, 2H)
            out_b = head["out_b"].astype(np.float32)  # (K, labels)
            start = head["start"].astype(np.float32).mean(axis=0)
            end = head["end"].astype(np.float32).mean(axis=0)
            trans = head["trans"].astype(np.float32).mean(axis=0)
        except KeyError as exc:
            raise ModelError(f"NER model {path} lacks {exc}") from exc
        except (ValueError, IndexError) as exc:
            raise ModelError(f"NER model {path} has malformed arrays: {exc}") from exc
        # Halve the sigmoid gates' pre-activations once here instead of at every step.
        gate_scale = np.ones(4 * self._w_hh.shape[1], np.float32)
        gate_scale[: 3 * self._w_hh.shape[1]] = 0.5
        self._w_hh = self._w_hh * gate_scale
        w_ih = w_ih * np.tile(gate_scale, 2)
        bias = bias * np.tile(gate_scale, 2)
        members = len(feat_vectors)
        if (
            tuple(self.labels) != LABELS
            or len(words) != len(self._word_vectors)
            or feat_vectors.shape[1] != len(feats)
            or not (len(w_ih) == len(out_w) == len(char_vectors) == members)
        ):
            raise ModelError(f"NER model {path} has inconsistent shapes")
        self.members = members
        wdim = self._word_vectors.shape[1]
        fdim = feat_vectors.shape[2]
        self.hidden = self._w_hh.shape[1]
        # A form's LSTM input projection, per member: [word vector | feature bag | character
        # CNN | 1] @ (input weights with the bias as last row), one matmul per member.
        self._w_in = np.concatenate([w_ih, bias[:, None, :]], axis=1)  # (K, in + 1, 8H)
        self._w_feat = w_ih[:, wdim : wdim + fdim].copy()  # (K, fdim, 8H): gazetteer marks
        # The character CNN is linear before its ReLU, so each character's contribution at
        # each of the three window positions is a table row: (256, K × filters) per position,
        # all members side by side.
        self._char_windows = [
            np.concatenate([c @ w[:, :, k].T for c, w in zip(char_vectors, conv_w, strict=True)], 1)
            for k in range(3)
        ]
        self._conv_b = conv_b.reshape(-1)
        self._filters = conv_w.shape[1]
        self._feat_vectors = feat_vectors  # (K, features, fdim)
        # All members' vectors of a feature side by side: (features + 1, K × fdim); the last
        # row is zeros, for features the model never saw.
        self._feat_table = np.concatenate(
            [np.concatenate(list(feat_vectors), axis=1), np.zeros((1, members * fdim), np.float32)]
        )
        # Output layer over (2K, H) hidden states of a token: forward blocks, then backward.
        hsize = self.hidden
        self._out_w = np.concatenate([out_w[:, :, :hsize], out_w[:, :, hsize:]]).transpose(0, 2, 1)
        # The recurrence keeps twice the hidden state (see `_bilstm`): halve what reads it.
        self._out_w = self._out_w / (2 * members)  # (2K, H, labels): the mean of the members
        # Recurrent weights one block per gate, (2K, 4, H, H), so that each step's gates come
        # out as contiguous blocks.
        self._w_gates = np.ascontiguousarray(
            (self._w_hh / 2).reshape(2 * members, hsize, 4, hsize).transpose(0, 2, 1, 3)
        )
        self._out_b = out_b.mean(axis=0)
        self._word_index = {w: i for i, w in enumerate(words)}
        self._feat_index = {f: i for i, f in enumerate(feats)}
        self.features = features or NeuralFeatures.from_model_dir(path.parent)
        # Invalid moves (O → I-PER, B-ORG → I-LOC) are ruled out; start/end go on the emissions.
        n = len(LABELS)
        for j, label in enumerate(LABELS):
            if label.startswith("I-"):
                start[j] = -1e4
                for i, prev in enumerate(LABELS):
                    if prev[2:] != label[2:]:
                        trans[i, j] = -1e4
        self._start = start
        self._end = end
        self._crf = CrfWeights(list(LABELS), {}, np.zeros((0, n), np.float32), trans)
        # Table row of each form: the word itself, or "\0" + word in lower-case text.
        self._rows: dict[str, int] = {}
        row_bytes = members * 8 * hsize * 4
        self._max_rows = max(4096, _CACHE_BYTES // row_bytes)
        # Allocated once, never copied: memory is only touched as rows are filled.
        self._table: FloatArray = np.empty((self._max_rows, members * 8 * hsize), np.float32)
        self._marks: dict[str, FloatArray] = {}

    @property
    def gazetteer(self) -> Mapping[tuple[str, ...], str]:
        return self.features.gazetteer

    # -- per form -----------------------------------------------------------------------
    def _char_features(self, grid: np.ndarray) -> FloatArray:
        """Character-CNN outputs of all members for padded char ids: (words, K × filters)."""
        # conv1d of width 3 with padding 1: out[t] = b + sum_k W_k · x[t + k - 1]
        left, mid, right = self._char_windows
        h = left[grid[:, :-2]]
        h += mid[grid[:, 1:-1]]
        h += right[grid[:, 2:]]
        h += self._conv_b
        np.maximum(h, 0.0, out=h)
        # Positions past a word's end see only padding: zero them (ReLU output is never
        # below zero, so the max over the real positions is unchanged).
        h[grid[:, 1:-1] == 0] = 0.0
        out: FloatArray = h.max(axis=1)
        return out

    def _char_features_of(self, words: list[str]) -> FloatArray:
        """`_char_features` of words in groups of similar length: one grid padded to the
        longest word would make every short word pay for the long ones."""
        lengths = np.fromiter(map(len, words), np.intp, len(words))
        order = np.argsort(lengths, kind="stable")
        out = np.empty((len(words), self._char_windows[0].shape[1]), np.float32)
        for chunk in np.array_split(order, max(1, len(order) // _CHAR_CHUNK)):
            out[chunk] = self._char_features(char_grid([words[i] for i in chunk]))
        return out

    def _add_forms(self, keys: list[str]) -> None:
        """Compute and cache the LSTM input projection of new forms (`_rows` keys)."""
        forms = [(key[1:], True) if key[:1] == _LOWER else (key, False) for key in keys]
        first = len(self._rows)
        need = first + len(forms)
        if need > len(self._table):  # one text with more new forms than the cache holds
            grown = np.empty((need, self._table.shape[1]), np.float32)
            grown[:first] = self._table[:first]
            self._table = grown
        get = self._feat_index.get
        unknown = repeat(len(self._feat_table) - 1)  # the zero row
        word_features = self.features.word
        rows: list[int] = []
        starts = [0]
        for word, lower in forms:
            rows += map(get, word_features(word, lower), unknown)
            starts.append(len(rows))
        # Each form's bag of feature vectors, all members side by side, as one sparse product
        # (a row of ones per form): gathering the vectors row by row costs ten times more.
        picks = sparse.csr_matrix(
            (np.ones(len(rows), np.float32), rows, starts),
            shape=(len(forms), len(self._feat_table)),
        )
        bags = picks @ self._feat_table  # (forms, K × fdim)
        chars = self._char_features_of([w for w, _ in forms])
        words = self._word_vectors[[self._word_index.get(w.lower(), 1) for w, _ in forms]]
        ones = np.ones((len(forms), 1), np.float32)
        block = self._table[first:need]
        width = 8 * self.hidden
        filters = self._filters
        fdim = self._w_feat.shape[1]
        for m in range(self.members):
            inputs = np.concatenate(
                [
                    words,
                    bags[:, m * fdim : (m + 1) * fdim],
                    chars[:, m * filters : (m + 1) * filters],
                    ones,
                ],
                axis=1,
            )
            np.matmul(inputs, self._w_in[m], out=block[:, m * width : (m + 1) * width])
        for offset, key in enumerate(keys):
            self._rows[key] = first + offset

    def _mark_vector(self, feature: str) -> FloatArray:
        """The LSTM input projection (all members) of one sentence-level feature."""
        vector = self._marks.get(feature)
        if vector is None:
            row = self._feat_index.get(feature)
            width = 8 * self.hidden
            vector = np.zeros(self.members * width, np.float32)
            if row is not None:
                for m in range(self.members):
                    vector[m * width : (m + 1) * width] = (
                        self._feat_vectors[m][row] @ self._w_feat[m]
                    )
            self._marks[feature] = vector
        return vector

    # -- per document -------------------------------------------------------------------
    def _inputs(self, sentences: Sequence[Sequence[str]]) -> FloatArray:
        keys: list[str] = []
        for tokens in sentences:
            keys += [_LOWER + w for w in tokens] if is_lower_case(tokens) else tokens
        known = self._rows
        new = {key: None for key in keys if key not in known}
        if len(known) + len(new) > self._max_rows:
            known.clear()  # a long-running worker on open-ended text: start over
            new = dict.fromkeys(keys)
        if new:
            self._add_forms(list(new))
        x: FloatArray = self._table[[known[key] for key in keys]]
        # Sentence-dependent features (`NeuralFeatures.marks`): edges and gazetteer marks.
        # A token has each feature at most once, so one indexed add per feature.
        at: dict[str, list[int]] = {}
        base = 0
        for tokens in sentences:
            for i, feature in self.features.marks(tokens):
                at.setdefault(feature, []).append(base + i)
            base += len(tokens)
        for feature, positions in at.items():
            x[positions] += self._mark_vector(feature)
        return x

    def _bilstm(self, x: FloatArray, lengths: np.ndarray) -> FloatArray:
        """Every member's two LSTM directions over the concatenated tokens of sentences of
        `lengths`; returns (tokens, 2K, H) of twice the hidden states: forward states of the K
        members, then backward."""
        order = np.argsort(-lengths, kind="stable")
        sorted_len = lengths[order]
        steps = int(sorted_len[0])
        starts = (np.cumsum(lengths) - lengths)[order]
        # Padded (batch, time) token indices, longest sentence first; the backward direction
        # reads each sentence reversed within its own length.
        pos = np.arange(steps)
        valid = pos[None, :] < sorted_len[:, None]
        fwd = np.where(valid, starts[:, None] + pos[None, :], 0)
        bwd = np.where(valid, starts[:, None] + sorted_len[:, None] - 1 - pos[None, :], 0)
        hsize = self.hidden
        k = self.members
        # Inputs in time-major order (all sentences' step 0, then step 1 …) and one block per
        # gate, so that each step's inputs and outputs are contiguous: (2K, 4, N, H), forward
        # directions of the K members, then backward.
        by_part = x.reshape(len(x), k, 2, 4, hsize)
        time_f = fwd.T[valid.T]
        time_b = bwd.T[valid.T]
        parts = np.empty((2, k, 4, len(x), hsize), np.float32)
        parts[0] = by_part[time_f, :, 0].transpose(1, 2, 0, 3)
        parts[1] = by_part[time_b, :, 1].transpose(1, 2, 0, 3)
        xs = parts.reshape(2 * k, 4, len(x), hsize)
        outs = np.empty((2 * k, len(x), hsize), np.float32)
        c = np.zeros((2 * k, len(lengths), hsize), np.float32)
        w_gates = self._w_gates
        actives = (sorted_len[None, :] > pos[:, None]).sum(axis=1).tolist()
        # Gates are stored (input, forget, output | candidate) with the sigmoid gates' weights
        # halved: sigmoid(z) = (tanh(z / 2) + 1) / 2, so one tanh serves all four. The "/ 2"
        # is left out: the cell sum is halved once instead, and the state written is twice
        # the hidden state (the recurrent and output weights are halved to match). A step
        # reads the previous step's states in place: sentences still running are a prefix.
        lo = 0
        prev = 0
        for active in actives:
            hi = lo + active
            if lo:
                g = np.matmul(outs[:, None, prev : prev + active], w_gates)  # (2K, 4, a, H)
                g += xs[:, :, lo:hi]
            else:
                g = xs[:, :, :hi].copy()
            np.tanh(g, out=g)
            ifo = g[:, :3]
            ifo += 1.0
            cand = g[:, 3]
            cand *= g[:, 0]
            cell = c[:, :active]
            cell *= g[:, 1]
            cell += cand
            cell *= 0.5
            state = outs[:, lo:hi]
            np.tanh(cell, out=state)
            state *= g[:, 2]
            prev = lo
            lo = hi
        hidden = np.empty((len(x), 2 * k, hsize), np.float32)
        hidden[time_f, :k] = outs[:k].transpose(1, 0, 2)
        hidden[time_b, k:] = outs[k:].transpose(1, 0, 2)
        return hidden

    def emissions_many(self, sentences: Sequence[Sequence[str]]) -> FloatArray:
        """Per-token label scores of all sentences, concatenated: (tokens, labels)."""
        hidden = self._bilstm(self._inputs(sentences), np.array([len(s) for s in sentences]))
        em: FloatArray = np.einsum("nkh,khl->nl", hidden, self._out_w) + self._out_b
        return em

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels for several sentences (a document)."""
        if not sentences:
            return []
        keep = [i for i, s in enumerate(sentences) if len(s)]
        out: list[list[str]] = [[] for _ in sentences]
        if not keep:
            return out
        live = [sentences[i] for i in keep]
        em = self.emissions_many(live)
        lengths = [len(s) for s in live]
        firsts = np.cumsum(lengths) - lengths
        em[firsts] += self._start
        em[firsts + np.array(lengths) - 1] += self._end
        for i, labels in zip(keep, self._crf.decode_batch(em, lengths), strict=True):
            out[i] = labels
        return out
