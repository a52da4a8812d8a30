"""Entity-level (exact span and type) precision, recall and F1 of a tagger on labelled sentences."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from warta.extract.ner.corpus import Sentence, entity_spans

__all__ = ["Score", "score_sentences"]


@dataclass(slots=True, frozen=True)
class Score:
    """Counts and the derived precision / recall / F1 (0..1)."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_sentences(
    tag: Callable[[Sequence[str]], list[str]], sentences: Iterable[Sentence]
) -> Score:
    """Compare `tag(tokens)` with each sentence's gold labels."""
    tp = predicted = gold = 0
    for sent in sentences:
        guess = entity_spans(tag(sent.tokens))
        truth = entity_spans(sent.labels)
        tp += len(guess & truth)
        predicted += len(guess)
        gold += len(truth)
    return Score(tp, predicted, gold)
