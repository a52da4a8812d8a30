"""Indonesian named-entity recognition: PER / ORG / LOC with small shipped models (an
ensemble of BiLSTM-CRF taggers decoded in numpy, and a CRF baseline)."""

from warta.extract.ner.base import BioTagger, TokenSpan
from warta.extract.ner.tagger import NerTagger, load_tagger

__all__ = ["BioTagger", "NerTagger", "TokenSpan", "load_tagger"]
