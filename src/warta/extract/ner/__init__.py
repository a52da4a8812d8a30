"""Indonesian named-entity recognition: PER / ORG / LOC with a small shipped CRF model."""

from warta.extract.ner.tagger import NerTagger, load_tagger

__all__ = ["NerTagger", "load_tagger"]
