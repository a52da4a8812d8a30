"""Injected gambling-spam removal: whole lines, and spam appended to a real paragraph.

A cheap gate picks candidate lines; a small logistic-regression model (character n-grams plus
features of the line in its article, see spam_features) decides. Trained by scripts/train_spam.py.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from warta.clean.normalize import fold, folded_lines
from warta.clean.spam_features import (
    HAND_FEATURES,
    ArticleContext,
    brand_promotion,
    call_line,
    casual_words,
    gambling_word,
    hand_features,
    has_gambling_signal,
    icon_promotion,
    is_candidate,
    plain_news_line,
    promo_hint,
    reported_quote,
    seo_promotion,
    title_line,
    words,
)
from warta.document import Document
from warta.errors import ModelError
from warta.pipeline import DocumentStep

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "spam" / "model.json"

# Where an appended spam phrase may start: after the end of a sentence, or before a run of
# emoji/decorations that spam uses to mark its brand.
# A quote closed after a comma (',” kata dia.') is not the end of a sentence.
# A closed quote followed by a lower-case word ('Betul?" tanya Aldwin.') is one sentence with its
# attribution; ASCII marks such as "&" or "@handle" are not decorations; an initial ("Rosan P.
# Roeslani") does not end a sentence.
_BOUNDARY = re.compile(
    r"(?<=[.!?…])(?<!\b[A-Z]\.)\s+|(?<=[.!?…][\"”’)])\s+(?![a-z])|\s+(?=[^\x00-\x7f\w\s“”‘’])"
    # after a closed quotation, a lower-case word of promotion starts what was glued on
    # ('… dibuka mulai 10 Juni." login ZONAJP anti rungkad')
    r"|(?<=[.!?…][\"”’])\s+(?=(?:login|daftar|link|klik|situs|slot|bocoran|prediksi|rtp|gacor"
    r"|bonus|deposit|depo|main di)\b)"
)
_SENTENCE_START = re.compile(r"[\"“‘'(\[]?\s?[A-Z0-9]")
_ATTRIBUTION = re.compile(r"[”\"’],?\s+[^\W\d_]{2,}[^\"”]*[.!?]$")
_QUOTE_CHARS = frozenset('"“”')
_TERMINAL_END = re.compile(r"[.!?…\"”’)]\s*$")
# A real sentence before appended spam is at least this long, so that a two-part spam comment
# ("Gila sih. Main di AERO88 …") is not split into a kept half and a removed half.
_MIN_PREFIX_WORDS = 6
_LONG_SENTENCE_WORDS = 10
# A plain news sentence: long enough, no casual words, no disguise; the n-gram model is not asked.
_PLAIN_SENTENCE_WORDS = 10
_SHORT_PLAIN_WORDS = 4
# A sentence with this many chatty words ("banget", "nggak") leading into spam is the comment's own.
_CHATTY_WORDS = 2
_ON_TOPIC_SIMILARITY = 0.5
_LEADING_CLOSERS = re.compile(r"[”\"’)]+\s*")
_QUOTE_END = re.compile(r"[.!?…,]\s?[\"”]\s*$")
# A line inside a run of spam lines: comment-sized, off the article's vocabulary, with a sign of
# promotion, and a score (the model's run_threshold) that would not remove it alone.
_RUN_MAX_WORDS = 15
_RUN_MAX_SIMILARITY = 0.25
# Below this score a sentence inside a line counts as real text, ending a spam tail.
_SEGMENT_CONTENT_SCORE = 0.3


@dataclass(frozen=True, slots=True)
class SpamModel:
    """Logistic regression over sparse n-gram weights plus dense hand features."""

    weights: dict[str, float]
    hand: tuple[float, ...]
    bias: float
    threshold: float
    # Threshold for a line inside a run of spam lines (chosen on a training group).
    run_threshold: float = 0.5
    # Threshold for the tail of a line after a real sentence (appended spam).
    tail_threshold: float = 0.5

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SpamModel:
        if tuple(data.get("hand_features", ())) != HAND_FEATURES:
            raise ModelError("spam model was trained with other hand features; retrain it")
        return cls(
            weights={str(k): float(v) for k, v in data["ngrams"].items()},
            hand=tuple(float(v) for v in data["hand"]),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            run_threshold=float(data.get("run_threshold", data["threshold"])),
            tail_threshold=float(data.get("tail_threshold", data["threshold"])),
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
        self,
        raw: str,
        folded_lower: str,
        ctx: ArticleContext,
        *,
        position: float,
        is_last: bool,
        line: int = -1,
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
        feats = hand_features(raw, folded_lower, ctx, position=position, is_last=is_last, line=line)
        total += sum(w * f for w, f in zip(self.hand, feats, strict=True))
        return 1.0 / (1.0 + math.exp(-max(min(total, 30.0), -30.0)))


def _closes_quote(text: str) -> bool:
    """Does `text` end by closing a quotation opened earlier in the line ('… menyedihkan."')?

    Injected comments do not end in a quotation that the article's own line opened.
    """
    if not _QUOTE_END.search(text):
        return False
    straight = text.count('"')
    return (straight >= 2 and straight % 2 == 0) or ("“" in text and text.rstrip()[-1] == "”")


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
        # An explicit threshold moves the run and tail thresholds by the same amount.
        shift = self.threshold - self.model.threshold
        self.run_threshold = min(max(self.model.run_threshold + shift, 0.0), 1.0)
        self.tail_threshold = min(max(self.model.tail_threshold + shift, 0.0), 1.0)

    def process(self, doc: Document) -> None:
        lines = doc.lines
        lower = [f.lower() for f in folded_lines(doc)]
        content = [i for i, line in enumerate(lines) if line.strip()]
        if not content:
            return
        taken = doc.removed_lines()
        candidates = [i for i in content if i not in taken and is_candidate(lines[i], lower[i])]
        # A button of a promotion alone is judged by its form only: the model, trained on
        # comments, is not asked about two-word lines.
        buttons = [i for i in content if i not in taken and call_line(lower[i])]
        # Lines the boilerplate step took as items of a related-links list: spam hides there
        # too, and its reason should say so
        listed = {
            span.line: n
            for n, span in enumerate(doc.removed)
            if span.reason == "boilerplate: related"
            # named as gambling in words: a related headline with a brand-like name
            # ("Manajemen JKT48 …") is no spam
            and gambling_word(lower[span.line])
            and is_candidate(lines[span.line], lower[span.line])
        }
        if not candidates and not buttons and not listed:
            return
        ctx = ArticleContext.build(lower, lines, marked=set(candidates) | set(listed))
        for i in buttons:
            if i not in candidates and seo_promotion(lines[i], lower[i], ctx):
                doc.remove_line(i, "spam")
        last = content[-1]
        span = max(len(content) - 1, 1)
        rank = {line: n for n, line in enumerate(content)}
        for i, n in listed.items():
            if self._is_spam_line(lines[i], lower[i], ctx, i, position=rank[i] / span):
                doc.removed[n] = replace(doc.removed[n], reason="spam")
        for i in candidates:
            if i == content[0] and title_line(lines[i], lower[i]):
                continue  # the headline of a story about gambling
            position = rank[i] / span
            self._judge(doc, i, lower[i], ctx, position=position, is_last=i == last)
        self._complete_runs(doc, lower, ctx, [i for i in content if i not in taken])

    def _complete_runs(
        self, doc: Document, lower: list[str], ctx: ArticleContext, content: list[int]
    ) -> None:
        """Injected comments come in runs: a short line that does not belong to the article,
        inside a run of spam lines (between two, or with only spam after it up to the end),
        goes on a weaker score than a line standing alone."""
        spam = {s.line for s in doc.removed if s.reason == "spam"}
        if not spam:
            return
        span = max(len(content) - 1, 1)
        only_spam_after = True
        for n in range(len(content) - 1, -1, -1):
            i = content[n]
            if i in spam:
                continue
            between = 0 < n < len(content) - 1 and {content[n - 1], content[n + 1]} <= spam
            tail = only_spam_after and n < len(content) - 1
            if (tail or between) and self._run_member(doc.lines[i], lower[i], ctx, n / span, i):
                doc.remove_line(i, "spam")
                spam.add(i)
                continue
            only_spam_after = False

    def _run_member(
        self, raw: str, lower: str, ctx: ArticleContext, position: float, line: int
    ) -> bool:
        if len(raw.split()) > _RUN_MAX_WORDS or ctx.similarity(lower) >= _RUN_MAX_SIMILARITY:
            return False
        if not promo_hint(raw, lower):
            return False  # a list item or a short closing line of the article itself
        score = self.model.score(raw, lower, ctx, position=position, is_last=False, line=line)
        return score >= self.run_threshold

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
        line_score = self.model.score(raw, lower, ctx, position=position, is_last=is_last, line=i)
        cut = self._appended_start(raw, ctx, position=position, is_last=is_last, line=i)
        if cut and seo_promotion(raw[:cut], fold(raw[:cut]).lower(), ctx):
            cut = 0  # what reads as a sentence before the spam is itself promotion
        if cut == 0:
            doc.remove_line(i, "spam")
        elif cut is not None:
            doc.remove(i, cut, len(raw.rstrip()), "spam: inline")
        elif self._is_spam_line(raw, lower, ctx, i, score=line_score):
            doc.remove_line(i, "spam")

    def _is_spam_line(
        self,
        raw: str,
        lower: str,
        ctx: ArticleContext,
        i: int,
        *,
        score: float | None = None,
        position: float = 1.0,
    ) -> bool:
        """Whether the whole line is spam: the model's score or a promotion's form."""
        if score is None:
            score = self.model.score(raw, lower, ctx, position=position, is_last=False, line=i)
        return (
            (
                score >= self.threshold
                and not plain_news_line(raw, lower)
                and not reported_quote(lower)
            )
            or icon_promotion(raw, lower, ctx)
            or seo_promotion(raw, lower, ctx)
            or brand_promotion(raw, lower, ctx)
        )

    def _appended_start(
        self, raw: str, ctx: ArticleContext, *, position: float, is_last: bool, line: int
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
        chat = None  # start of the chatty segments just before the cut: the comment's lead-in
        for k in range(len(bounds) - 2, -1, -1):
            segment = raw[bounds[k] : bounds[k + 1]].strip()
            if segment and (
                _closes_quote(raw[: bounds[k + 1]])
                or self._real_sentence(segment, ctx, position, is_last)
            ):
                break
            if chat == bounds[k + 1] and casual_words(fold(segment).lower()) >= _CHATTY_WORDS:
                chat = bounds[k]
            if k == 0:
                # No real sentence at all: chat that ends in spam is a spam comment; otherwise
                # the line is judged as a whole.
                return 0 if chat == 0 else None
            tail = raw[bounds[k] :].rstrip()
            tail_lower = fold(tail).lower()
            if is_candidate(tail, tail_lower) and (
                icon_promotion(tail, tail_lower, ctx)
                or seo_promotion(tail, tail_lower, ctx)
                or brand_promotion(tail, tail_lower, ctx)
                or self.model.score(
                    tail, tail_lower, ctx, position=position, is_last=is_last, line=line
                )
                >= self.tail_threshold
            ):
                cut = chat = bounds[k]
        if cut is None or chat is None:
            return None
        cut = chat
        # A closing quotation mark left alone by the split belongs to the quotation before it.
        closing = _LEADING_CLOSERS.match(raw, cut)
        if closing and _closes_quote(raw[: closing.end()]):
            cut = closing.end()
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
        if not _TERMINAL_END.search(segment):
            return False
        if n_words < _MIN_PREFIX_WORDS:
            # A short plain sentence in the article's words ("Mereka bermain imbang tanpa gol.").
            lower = fold(segment).lower()
            return (
                n_words >= _SHORT_PLAIN_WORDS
                and segment[:1].isupper()
                and segment.endswith(".")
                and not casual_words(lower)
                and not promo_hint(segment, lower)
                and ctx.similarity(lower) >= _ON_TOPIC_SIMILARITY
            )
        # Tokenised news sometimes starts a sentence in lower case; only short ones must not.
        if n_words < _LONG_SENTENCE_WORDS and not _SENTENCE_START.match(segment):
            return False
        lower = fold(segment).lower()
        if not has_gambling_signal(segment, lower):
            # Plain, long sentences and sentences that reuse the article's words are the article's.
            if (
                n_words >= _PLAIN_SENTENCE_WORDS
                and segment.endswith(".")
                and not casual_words(lower)
            ):
                return True
            if ctx.similarity(lower) >= _ON_TOPIC_SIMILARITY:
                return True
        # Exclamations and questions outside quotes are how comments talk, rarely news.
        if n_words < 15 and segment.endswith(("!", "?")) and not _QUOTE_CHARS & set(segment):
            return False
        if casual_words(lower) > n_words // 10:
            return False
        if not is_candidate(segment, lower):
            return True
        score = self.model.score(segment, lower, ctx, position=position, is_last=is_last)
        return score < _SEGMENT_CONTENT_SCORE
