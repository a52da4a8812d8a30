"""Per-word case and proper-noun statistics from cased text, for case-blind NER features.

In lower-cased text ("jokowi bertemu golkar") the tagger cannot see capitals; what it can
still know is how often each word form is written capitalised mid-sentence in ordinary cased
news, and how often a POS-tagged corpus tags it a proper noun (NNP). Both are per word form,
so they cost nothing at tagging time (the tagger caches per-word scores).
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from warta.errors import InputError, ModelError

__all__ = ["WordStats", "build_word_stats", "load_word_stats", "read_postag", "save_word_stats"]

WordStats = dict[str, tuple[str, ...]]

# Member of the nlp-id wheel that holds its POS-tagged corpus (word<TAB>tag, blank line between
# sentences): kumparan news text, cased.
POSTAG_MEMBER = "nlp_id/data/dataset_postag.txt"

# Ratio buckets: the edges matter more than the middle (always / never capitalised).
_EDGES = (0.02, 0.15, 0.5, 0.85, 0.98)


def _bucket(part: int, whole: int) -> int:
    ratio = part / whole
    return sum(ratio >= edge for edge in _EDGES)


def _count_bucket(count: int) -> int:
    # Rare forms are more often names; frequency in a few log steps.
    return 0 if count < 5 else 1 if count < 30 else 2 if count < 300 else 3


def read_postag(path: str | Path) -> Iterator[list[tuple[str, str]]]:
    """(word, tag) sentences of nlp-id's corpus, from its wheel or the extracted text file."""
    path = Path(path)
    try:
        if path.suffix == ".whl":
            with zipfile.ZipFile(path) as wheel:
                text = wheel.read(POSTAG_MEMBER).decode("utf-8")
        else:
            text = path.read_text(encoding="utf-8")
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise InputError(f"cannot read POS-tagged corpus {path}: {exc}") from exc
    sent: list[tuple[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) != 2:
            if sent:
                yield sent
                sent = []
            continue
        sent.append((parts[0].strip(), parts[1].strip()))
    if sent:
        yield sent


def build_word_stats(
    cased: Iterable[list[str]],
    tagged: Iterable[list[tuple[str, str]]],
    *,
    min_count: int = 3,
) -> WordStats:
    """Map lower-cased word forms to feature codes: capitalised share, NNP share, frequency.

    `cased` are sentences of ordinary cased text; the first word of each is skipped (it is
    capitalised anyway). `tagged` are POS-tagged sentences (tag "NNP" = proper noun).
    """
    seen: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for sent in cased:
        for word in sent[1:]:
            if not word[:1].isalpha():
                continue
            lower = word.lower()
            seen[lower] += 1
            if word[:1].isupper():
                capital[lower] += 1
    tag_seen: Counter[str] = Counter()
    proper: Counter[str] = Counter()
    for tagged_sent in tagged:
        for word, tag in tagged_sent:
            lower = word.lower()
            tag_seen[lower] += 1
            if tag == "NNP":
                proper[lower] += 1
    out: WordStats = {}
    for word in sorted(set(seen) | set(tag_seen)):
        codes: list[str] = []
        if seen[word] >= min_count:
            codes.append(f"cap{_bucket(capital[word], seen[word])}")
            codes.append(f"frq{_count_bucket(seen[word])}")
        if tag_seen[word] >= 2:
            codes.append(f"nnp{_bucket(proper[word], tag_seen[word])}")
        if codes:
            out[word] = tuple(codes)
    return out


def save_word_stats(stats: WordStats, path: str | Path) -> None:
    """Write stats as compact JSON: {word: "code code"}."""
    Path(path).write_text(
        json.dumps({w: " ".join(c) for w, c in stats.items()}, ensure_ascii=False),
        encoding="utf-8",
    )


def load_word_stats(path: str | Path) -> WordStats:
    """Read stats written by `save_word_stats`."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read word statistics {path}: {exc}") from exc
    return {str(w): tuple(str(c).split()) for w, c in raw.items()}
