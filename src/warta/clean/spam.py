"""Injected gambling-spam removal: whole lines, and spam appended to a real paragraph.

A cheap gate picks candidate lines; a small logistic-regression model (character n-grams plus
features of the line in its article, see spam_features) decides. Trained by scripts/train_spam.py.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from warta.clean.normalize import fold, folded_lines
from warta.clean.spam_features import (
    HAND_FEATURES,
    ArticleContext,
    casual_words,
    hand_features,
    is_candidate,
    words,
)
from warta.document import Document
from warta.errors import ModelError
from warta.pipeline import DocumentStep

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "spam" / "model.json"

# Where an appended spam phrase may start: after the end of a sentence, or before a run of
# emoji/decorations that spam uses to mark its brand.
# A quote closed after a comma (',” kata dia.') is not the end of a sentence.
_BOUNDARY = re.compile(
    r"(?<=[.!?…])\s+|(?<=[.!?…][\"”’)])\s+|\s+(?=[^\w\s.,;:!?\"'“”‘’()\[\]-]{1,})"
)
_SENTENCE_START = re.compile(r"[\"“‘'(\[]?\s?[A-Z0-9]")
_ATTRIBUTION = re.compile(r"[”\"’],?\s+[^\W\d_]{2,}[^\"”]*[.!?]$")
_QUOTE_CHARS = frozenset('"“”')
_TERMINAL_END = re.compile(r"[.!?…\"”’)]\s*$")
# A real sentence before appended spam is at least this long, so that a two-part spam comment
# ("Gila sih. Main di AERO88 …") is not split into a kept half and a removed half.
_MIN_PREFIX_WORDS = 6
_LONG_SENTENCE_WORDS = 10
# Below this score a sentence inside a line counts as real text, ending a spam tail.
_SEGMENT_CONTENT_SCORE = 0.3


@dataclass(frozen=True, slots=True)
class SpamModel:
    """Logistic regression over sparse n-gram weights plus dense hand features."""

    weights: dict[str, float]
    hand: tuple[float, ...]
    bias: float
    threshold: float

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SpamModel:
        if tuple(data.get("hand_features", ())) != HAND_FEATURES:
            raise ModelError("spam model was trained with other hand features; retrain it")
        return cls(
            weights={str(k): float(v) for k, v in data["ngrams"].items()},
            hand=tuple(float(v) for v in data["hand"]),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
        )

    @classmethod
    def load(cls, path: str | Path | None = None) -> SpamModel:
        """The shipped model, or one written by scripts/train_spam.py at `path`."""
        try:
            text = Path(path or DEFAULT_MODEL_PATH).read_text(encoding="utf-8")
            return cls.from_dict(json.loads(text))
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(
                f"cannot load spam model {path or 'warta/models/spam'}: {exc}"
            ) from exc

    def score(
        self, raw: str, folded_lower: str, ctx: ArticleContext, *, position: float, is_last: bool
    ) -> float:
        """Probability that the line is injected spam."""
        get = self.weights.get
        total = self.bias
        # Same grams as spam_features.ngrams, summed without building the list (hot loop).
        text = f" {folded_lower} "
        for k in (3, 4, 5):
            for i in range(len(text) - k + 1):
                total += get(text[i : i + k], 0.0)
        for word in words(folded_lower):
            total += get("w:" + word, 0.0)
        feats = hand_features(raw, folded_lower, ctx, position=position, is_last=is_last)
        total += sum(w * f for w, f in zip(self.hand, feats, strict=True))
        return 1.0 / (1.0 + math.exp(-max(min(total, 30.0), -30.0)))


@lru_cache(maxsize=4)
def _default_model() -> SpamModel:
    return SpamModel.load()


class SpamLineFilter(DocumentStep):
    """Removes gambling spam lines ("spam") and spam appended to a real line ("spam: inline")."""

    name: ClassVar[str] = "spam"
    parallel: ClassVar[bool] = True

    def __init__(self, *, model: SpamModel | None = None, threshold: float | None = None) -> None:
        self.model = model if model is not None else _default_model()
        self.threshold = threshold if threshold is not None else self.model.threshold

    def process(self, doc: Document) -> None:
        lines = doc.lines
        lower = [f.lower() for f in folded_lines(doc)]
        content = [i for i, line in enumerate(lines) if line.strip()]
        if not content:
            return
        taken = doc.removed_lines()
        candidates = [i for i in content if i not in taken and is_candidate(lines[i], lower[i])]
        if not candidates:
            return
        ctx = ArticleContext.build(lower)
        last = content[-1]
        span = max(len(content) - 1, 1)
        rank = {line: n for n, line in enumerate(content)}
        for i in candidates:
            position = rank[i] / span
            self._judge(doc, i, lower[i], ctx, position=position, is_last=i == last)

    def _judge(
        self,
        doc: Document,
        i: int,
        lower: str,
        ctx: ArticleContext,
        *,
        position: float,
        is_last: bool,
    ) -> None:
        raw = doc.lines[i]
        line_score = self.model.score(raw, lower, ctx, position=position, is_last=is_last)
        cut = self._appended_start(raw, ctx, position=position, is_last=is_last)
        if cut is not None:
            doc.remove(i, cut, len(raw.rstrip()), "spam: inline")
        elif line_score >= self.threshold:
            doc.remove_line(i, "spam")

    def _appended_start(
        self, raw: str, ctx: ArticleContext, *, position: float, is_last: bool
    ) -> int | None:
        """Start of a spam tail after real sentences, or None when there is none.

        Walks back from the end of the line over segments that do not read as news, and stops
        at the first real-looking sentence; the cut is the earliest segment start from which
        the rest of the line scores as spam (so a diluted longer tail does not hide it).
        """
        starts = [m.end() for m in _BOUNDARY.finditer(raw)]
        if not starts:
            return None
        bounds = [0, *starts, len(raw)]
        cut = None
        for k in range(len(bounds) - 2, -1, -1):
            segment = raw[bounds[k] : bounds[k + 1]].strip()
            if segment and self._real_sentence(segment, ctx, position, is_last):
                break
            if k == 0:
                return None  # no real sentence at all: the line is judged as a whole
            tail = raw[bounds[k] :].rstrip()
            tail_lower = fold(tail).lower()
            if is_candidate(tail, tail_lower) and (
                self.model.score(tail, tail_lower, ctx, position=position, is_last=is_last)
                >= self.threshold
            ):
                cut = bounds[k]
        if cut is None:
            return None
        prefix = raw[:cut].rstrip()
        if len(prefix.split()) < _MIN_PREFIX_WORDS or not _TERMINAL_END.search(prefix):
            return None
        return cut

    def _real_sentence(
        self, segment: str, ctx: ArticleContext, position: float, is_last: bool
    ) -> bool:
        """Does this sentence read as news rather than a comment? Spam lead-ins are casual
        ("Ga heran kalau jadi favorit banyak orang!") or start in lower case."""
        if _ATTRIBUTION.search(segment):
            return True  # the end of a quotation: ', kata Lukman.'
        n_words = len(segment.split())
        if n_words < _MIN_PREFIX_WORDS or not _TERMINAL_END.search(segment):
            return False
        # Tokenised news sometimes starts a sentence in lower case; only short ones must not.
        if n_words < _LONG_SENTENCE_WORDS and not _SENTENCE_START.match(segment):
            return False
        # Exclamations and questions outside quotes are how comments talk, rarely news.
        if n_words < 15 and segment.endswith(("!", "?")) and not _QUOTE_CHARS & set(segment):
            return False
        lower = fold(segment).lower()
        if casual_words(lower) > n_words // 10:
            return False
        if not is_candidate(segment, lower):
            return True
        score = self.model.score(segment, lower, ctx, position=position, is_last=is_last)
        return score < _SEGMENT_CONTENT_SCORE
