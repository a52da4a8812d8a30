"""Score extracted quotes against hand-annotated gold: detection P/R/F1, speaker and role accuracy.

Gold quotes give the start of the quote's text, its kind and speaker (a list gives accepted
forms); `not_quotes` lists quoted strings that must not come out as quotes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


def _norm(text: str) -> str:
    return " ".join(text.replace("\u201c", '"').replace("\u201d", '"').split()).casefold()


@dataclass(slots=True)
class QuoteScores:
    """Counts over a set of articles; the figures are properties."""

    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    speaker_right: int = 0
    role_checked: int = 0
    role_right: int = 0
    negatives_hit: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_pos + self.false_neg
        return self.true_pos / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Right speakers over gold quotes found (a missed quote counts as a wrong speaker)."""
        wanted = self.true_pos + self.false_neg
        return self.speaker_right / wanted if wanted else 1.0

    @property
    def role_accuracy(self) -> float:
        return self.role_right / self.role_checked if self.role_checked else 1.0


def _speaker_ok(predicted: Any, gold: Any) -> bool:
    accepted = gold if isinstance(gold, list) else [gold]
    return predicted is not None and _norm(str(predicted)) in {_norm(str(g)) for g in accepted}


def score_article(
    predicted: Iterable[dict[str, Any]],
    gold: list[dict[str, Any]],
    not_quotes: Iterable[str] = (),
    *,
    kinds: frozenset[str] = frozenset({"direct", "indirect"}),
    scores: QuoteScores | None = None,
    label: str = "",
) -> QuoteScores:
    """Add one article's counts to `scores` (a new one when None)."""
    out = scores if scores is not None else QuoteScores()
    pending = [q for q in predicted if q.get("kind") in kinds]
    for item in gold:
        if item["kind"] not in kinds:
            continue
        # (a gold text may end with the sentence's full stop, which a quote's text leaves out)
        want = _norm(item["text"]).rstrip(".,;:!? ")
        match = next(
            (q for q in pending if q["kind"] == item["kind"] and want in _norm(q["text"])), None
        )
        if match is None:
            out.false_neg += 1
            out.errors.append(f"{label}: missed {item['kind']} {item['text']!r}")
            continue
        pending.remove(match)
        out.true_pos += 1
        if _speaker_ok(match.get("speaker"), item["speaker"]):
            out.speaker_right += 1
        else:
            out.errors.append(
                f"{label}: {item['text']!r} speaker {match.get('speaker')!r}, "
                f"want {item['speaker']!r}"
            )
        if "role" in item:
            out.role_checked += 1
            if _speaker_ok(match.get("role"), item["role"]):
                out.role_right += 1
            else:
                out.errors.append(f"{label}: {item['text']!r} role {match.get('role')!r}")
        if "anonymous" in item and bool(match.get("anonymous")) != bool(item["anonymous"]):
            out.errors.append(f"{label}: {item['text']!r} anonymous {match.get('anonymous')!r}")
    for extra in pending:
        out.false_pos += 1
        out.errors.append(f"{label}: extra {extra['kind']} {extra['text'][:50]!r}")
    negatives = [_norm(n) for n in not_quotes]
    out.negatives_hit += sum(1 for q in predicted if _norm(q["text"]) in negatives)
    return out
