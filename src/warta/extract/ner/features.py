"""Token features for the NER tagger, cached per word form so tagging stays fast.

Features of a word never depend on its sentence, so each distinct form is described once
(lower-cased form, affixes, shape, word clusters, lexicon membership) and every sentence
only concatenates cached lists; gazetteer matches are the one per-sentence pass.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from warta.extract.ner.lexicon import LOC_HEADS, ORG_HEADS, ROLE_WORDS

__all__ = ["FeatureExtractor", "Gazetteer", "is_lower_case", "word_shape"]

Gazetteer = Mapping[tuple[str, ...], str]

_SHAPE_RE = [(re.compile(r"[A-Z]+"), "A"), (re.compile(r"[a-z]+"), "a"), (re.compile(r"\d+"), "0")]
_OFFSETS = (-2, -1, 1, 2)


# ASCII letters and digits to their class; a run of one class then becomes one mark.
_ASCII_CLASSES = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "A" * 26 + "a" * 26 + "0" * 10
)
_CLASS_REPEATS = re.compile(r"(?<=A)A+|(?<=a)a+|(?<=0)0+")


def word_shape(word: str) -> str:
    """Compressed character-class shape: "Putin" → "Aa", "COVID-19" → "A-0", "kpk" → "a"."""
    if word.isascii():  # most words: one translation and one substitution
        return _CLASS_REPEATS.sub("", word.translate(_ASCII_CLASSES))[:6]
    shape = word
    for pattern, mark in _SHAPE_RE:
        shape = pattern.sub(mark, shape)
    # Non-ASCII letters (diacritics) count as letters of their case.
    return "".join(
        ("A" if ch.isupper() else "a") if ch.isalpha() and ch not in "Aa" else ch for ch in shape
    )[:6]


def _lexicon_marks(lower: str) -> list[str]:
    """Which of the hand-made word lists (role words, organisation and place heads) hold it."""
    marks = []
    if lower in ROLE_WORDS:
        marks.append("role")
    if lower in ORG_HEADS:
        marks.append("orghead")
    if lower in LOC_HEADS:
        marks.append("lochead")
    return marks


def is_lower_case(tokens: Sequence[str]) -> bool:
    """True for a sentence without a single capital letter (lower-cased text, as in NERP)."""
    return not any(ch.isupper() for word in tokens for ch in word)


class FeatureExtractor:
    """Turns a token sequence into CRF feature lists (strings)."""

    def __init__(
        self,
        *,
        clusters: Mapping[str, Sequence[int]],
        gazetteer: Gazetteer,
        stats: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self._clusters = clusters
        self._stats: Mapping[str, Sequence[str]] = stats or {}
        self.gazetteer = gazetteer
        self._max_gaz = max((len(k) for k in gazetteer), default=0)
        # First word of each gazetteer name → its longest length: most tokens start none.
        self._gaz_starts: dict[str, int] = {}
        for key in gazetteer:
            self._gaz_starts[key[0]] = max(self._gaz_starts.get(key[0], 0), len(key))
        self._cache: dict[str, tuple[list[str], tuple[list[str], ...]]] = {}
        self._cluster_cache: dict[str, list[str]] = {}

    def describe_word(
        self, word: str, *, lower_case_text: bool = False
    ) -> tuple[list[str], tuple[list[str], ...]]:
        """Uncached `describe`: for callers that cache something derived instead.

        In all-lower-case sentences the word's own features are also emitted with an "L"
        prefix, so the model learns lower-case-specific weights next to shared ones
        (domain adaptation by feature augmentation) instead of blurring the two.
        """
        own, lower, shape, ids, codes = self._own(word, lower_case_text)
        # What a neighbour contributes: its form, shape and a mid-size cluster.
        base = ["w=" + lower, "sh=" + shape]
        if ids is not None:
            base += [f"c{i}={cid}" for i, cid in enumerate(ids)]
        base += _lexicon_marks(lower)
        if codes is not None:
            # Neighbours add their case habits only; their frequency says little about this word.
            base += ["Lws=" + code for code in codes if code[:3] in ("cap", "nnp")]
        context = tuple([f"{off}{feat}" for feat in base] for off in _OFFSETS)
        return own, context

    def word_features(self, word: str, *, lower_case_text: bool = False) -> list[str]:
        """The features of the word itself: `describe_word(...)[0]` without the neighbours'."""
        return self._own(word, lower_case_text)[0]

    def _cluster_features(self, lower: str) -> list[str]:
        """ "c0=12", "c1=40", … of a word's clusters (formatted once per word)."""
        feats = self._cluster_cache.get(lower)
        if feats is None:
            ids = self._clusters.get(lower)
            feats = ["c=none"] if ids is None else [f"c{i}={cid}" for i, cid in enumerate(ids)]
            if len(self._cluster_cache) < 500_000:
                self._cluster_cache[lower] = feats
        return feats

    def _own(
        self, word: str, lower_case_text: bool
    ) -> tuple[list[str], str, str, Sequence[int] | None, Sequence[str] | None]:
        lower = word.lower()
        shape = word_shape(word)
        ids = self._clusters.get(lower)
        own = [
            "b",
            "w=" + lower,
            "s2=" + lower[-2:],
            "s3=" + lower[-3:],
            "s4=" + lower[-4:],
            "p2=" + lower[:2],
            "p3=" + lower[:3],
            "sh=" + shape,
        ]
        if word[:1].isupper():
            own.append("title")
            if word.isupper() and len(word) > 1:
                own.append("upper")
        if not word.isalpha() and any(ch.isdigit() for ch in word):
            own.append("digit")
        if "-" in word:
            own.append("hyphen")
        if len(word) <= 3:
            own.append("short")
        own += self._cluster_features(lower)
        own += _lexicon_marks(lower)
        # How cased news writes this form: the one capital cue left in lower-case text. Only
        # there: in cased text they took weight from capitals and the gazetteer, and new
        # names ("pasukan Kyiv") were missed. Unseen forms get no mark.
        codes = self._stats.get(lower) if lower_case_text else None
        if lower_case_text:
            own += ["L" + feat for feat in own]
        if codes is not None:
            own += ["Lws=" + code for code in codes]
        return own, lower, shape, ids, codes

    def _gazetteer_marks(self, lowered: list[str]) -> list[str | None]:
        marks: list[str | None] = [None] * len(lowered)
        starts = self._gaz_starts
        i = 0
        n = len(lowered)
        while i < n:
            longest = starts.get(lowered[i])
            if longest is None:
                i += 1
                continue
            for size in range(min(longest, n - i), 0, -1):
                kind = self.gazetteer.get(tuple(lowered[i : i + size]))
                if kind is not None:
                    marks[i] = "gB=" + kind
                    for j in range(i + 1, i + size):
                        marks[j] = "gI=" + kind
                    i += size
                    break
            else:
                i += 1
        return marks

    def describe(
        self, word: str, *, lower_case_text: bool = False
    ) -> tuple[list[str], tuple[list[str], ...]]:
        """Features of `word` itself, and what it contributes at offsets -2, -1, +1, +2."""
        key = ("\x00" + word) if lower_case_text else word
        entry = self._cache.get(key)
        if entry is None:
            entry = self.describe_word(word, lower_case_text=lower_case_text)
            if len(self._cache) < 500_000:
                self._cache[key] = entry
        return entry

    def sentence_marks(self, tokens: Sequence[str]) -> list[tuple[int, str]]:
        """(token position, feature) of the sentence edges and of the gazetteer marks on each
        token and its neighbours, in token order; sparse, as most tokens have none of them."""
        marks = self._gazetteer_marks([w.lower() for w in tokens])
        n = len(tokens)
        out: list[tuple[int, str]] = []
        for i in range(n):
            if i == 0:
                out.append((i, "BOS"))
            if i + 1 == n:
                out.append((i, "EOS"))
            if marks[i] is not None:
                out.append((i, str(marks[i])))
            if i + 1 < n and marks[i + 1] is not None:
                out.append((i, "+1" + str(marks[i + 1])))
            if i >= 1 and marks[i - 1] is not None:
                out.append((i, "-1" + str(marks[i - 1])))
        return out

    def sentence_level(self, tokens: Sequence[str]) -> list[list[str]]:
        """Per token, the features that depend on the sentence: bigrams, `sentence_marks`."""
        lowered = [w.lower() for w in tokens]
        n = len(tokens)
        out = [
            [
                "bg=" + lowered[i - 1] + "|" + lowered[i] if i else "BOS",
                "EOS" if i + 1 == n else "bg+=" + lowered[i] + "|" + lowered[i + 1],
            ]
            for i in range(n)
        ]
        for i, feature in self.sentence_marks(tokens):
            if feature not in ("BOS", "EOS"):
                out[i].append(feature)
        return out

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """One feature list per token (what training sees)."""
        lower = is_lower_case(tokens)
        described = [self.describe(word, lower_case_text=lower) for word in tokens]
        dynamic = self.sentence_level(tokens)
        n = len(tokens)
        out: list[list[str]] = []
        for i in range(n):
            feats = list(described[i][0])
            if i >= 2:
                feats += described[i - 2][1][0]
            if i >= 1:
                feats += described[i - 1][1][1]
            if i + 1 < n:
                feats += described[i + 1][1][2]
            if i + 2 < n:
                feats += described[i + 2][1][3]
            out.append(feats + dynamic[i])
        return out
