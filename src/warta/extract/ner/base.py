"""What every NER tagger offers: BIO labels per sentence and entity spans over tokens."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from warta.extract.ner.corpus import entity_spans

__all__ = ["BioTagger", "TokenSpan"]


@dataclass(slots=True, frozen=True)
class TokenSpan:
    """An entity over tokens `start:end` (end exclusive) of a sentence."""

    start: int
    end: int
    label: str


class BioTagger(ABC):
    """A PER / ORG / LOC tagger over pre-tokenised sentences."""

    @property
    @abstractmethod
    def gazetteer(self) -> Mapping[tuple[str, ...], str]:
        """The lower-cased name → type list the model was trained with."""

    @abstractmethod
    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels for several sentences (a document): faster than one by one."""

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO labels for one sentence."""
        return self.tag_many([tokens])[0]

    def spans_many(self, sentences: Sequence[Sequence[str]]) -> list[list[TokenSpan]]:
        """Entity spans of each sentence, in order."""
        return [
            [TokenSpan(s, e, k) for s, e, k in sorted(entity_spans(labels))]
            for labels in self.tag_many(sentences)
        ]

    def spans(self, tokens: Sequence[str]) -> list[TokenSpan]:
        """Entity spans of one sentence, in order."""
        return self.spans_many([tokens])[0]
