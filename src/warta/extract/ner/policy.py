"""warta's labelling policy for training data: parties, state bodies and agencies are ORG.

NERP leaves most of them O while idner-news-2k tags them ORG; the repair relabels known
institutions that a set left unlabelled, so every set follows one policy.
"""

from __future__ import annotations

from warta.extract.ner.corpus import Sentence
from warta.extract.ner.lexicon import KNOWN_ORGS

__all__ = ["AMBIGUOUS_ORGS", "relabelled", "repair_org_policy"]

# Known organisations that are also ordinary words or name parts in lower-case text
# ("bin" = son of, "pan", "mandiri" = independent): never relabelled from O.
AMBIGUOUS_ORGS: frozenset[str] = frozenset(
    {
        "bin", "ap", "who", "meta", "apple", "amazon", "mandiri", "demokrat", "nu", "pan", "bi",
        "mk", "eu", "antara", "tempo", "kompas", "detik", "psi", "telkom", "bumn", "dprd",
    }
)  # fmt: skip

_NAMES: tuple[tuple[str, ...], ...] = tuple(
    sorted((tuple(n.split()) for n in KNOWN_ORGS - AMBIGUOUS_ORGS), key=len, reverse=True)
)


def repair_org_policy(sent: Sentence) -> int:
    """Label known institutions ORG where all their tokens are O; returns how many changed."""
    lowered = [t.lower() for t in sent.tokens]
    changed = 0
    i = 0
    while i < len(lowered):
        for name in _NAMES:
            size = len(name)
            if tuple(lowered[i : i + size]) == name and all(
                label == "O" for label in sent.labels[i : i + size]
            ):
                sent.labels[i] = "B-ORG"
                for j in range(i + 1, i + size):
                    sent.labels[j] = "I-ORG"
                changed += 1
                i += size - 1
                break
        i += 1
    return changed


def relabelled(sentences: list[Sentence]) -> list[Sentence]:
    """Copies of `sentences` with the ORG policy applied (to score gold labels by it)."""
    out = []
    for sent in sentences:
        copy = Sentence(list(sent.tokens), list(sent.labels), sent.source)
        repair_org_policy(copy)
        out.append(copy)
    return out
