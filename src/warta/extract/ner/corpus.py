"""Read the public NER sets (CoNLL-like files) and map their labels onto PER / ORG / LOC.

Shared by the training script and the benchmark so that both see the same label mapping.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warta.errors import InputError

__all__ = [
    "LABEL_MAP",
    "Sentence",
    "entity_spans",
    "lower_case_copies",
    "read_conll",
    "read_jsonl",
    "sentence_key",
]

# NERP's events and food & beverage are not entity types warta keeps.
LABEL_MAP: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "IND": "ORG",
    "LOC": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
    "GPE": "LOC",
    "EVT": "O",
    "FNB": "O",
}


@dataclass(slots=True)
class Sentence:
    """Tokens with BIO labels over PER/ORG/LOC, and the set they come from.

    `source_labels` keeps the labels as the set gave them where warta's policy changed them
    (`warta.extract.ner.policy`); None when they are the same as `labels` or unknown.
    """

    tokens: list[str]
    labels: list[str]
    source: str = ""
    source_labels: list[str] | None = None

    @property
    def as_given(self) -> list[str]:
        """The labels as the source set gave them."""
        return self.labels if self.source_labels is None else self.source_labels


def _map_label(label: str) -> str:
    if label == "O" or "-" not in label:
        return "O"
    prefix, kind = label.split("-", 1)
    mapped = LABEL_MAP.get(kind.upper(), "O")
    return "O" if mapped == "O" else f"{prefix.upper()}-{mapped}"


def _repair_bio(labels: list[str]) -> list[str]:
    # Mapping EVT to O can leave an I- without its B-; a dangling I- starts a new entity.
    out: list[str] = []
    prev = "O"
    for label in labels:
        if label.startswith("I-") and prev[2:] != label[2:]:
            label = "B-" + label[2:]
        out.append(label)
        prev = label
    return out


def read_conll(path: str | Path, *, source: str = "") -> Iterator[Sentence]:
    """Sentences of a file with one token per line (token, optional columns, BIO tag last)."""
    tokens: list[str] = []
    labels: list[str] = []
    try:
        handle = open(path, encoding="utf-8")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise InputError(f"cannot read NER file {path}: {exc}") from exc
    with handle:
        for lineno, line in enumerate(handle, 1):
            parts = line.split()
            if not parts:
                if tokens:
                    yield Sentence(tokens, _repair_bio(labels), source)
                    tokens, labels = [], []
                continue
            if len(parts) < 2:
                raise InputError(f"{path}:{lineno}: expected 'token ... TAG', got {line!r}")
            tokens.append(parts[0])
            labels.append(_map_label(parts[-1]))
    if tokens:
        yield Sentence(tokens, _repair_bio(labels), source)


def sentence_key(tokens: list[str]) -> str:
    """Case- and spacing-insensitive identity of a sentence, to find duplicates across sets."""
    return " ".join(tokens).lower()


def entity_spans(labels: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) token spans of a BIO sequence (end exclusive)."""
    spans: set[tuple[int, int, str]] = set()
    start = -1
    kind = ""
    for i, label in enumerate([*labels, "O"]):
        if label == "O" or label.startswith("B-") or (label.startswith("I-") and label[2:] != kind):
            if start >= 0:
                spans.add((start, i, kind))
                start = -1
            if label != "O":
                start, kind = i, label[2:]
    return spans


def read_jsonl(path: str | Path, *, source: str = "") -> list[Sentence]:
    """Sentences written one per line as {"tokens", "labels", "source"} (the prepared
    training data, machine-labelled data); `source` fills a missing source."""
    try:
        with open(path, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle]
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read NER sentences {path}: {exc}") from exc
    return [
        Sentence(r["tokens"], r["labels"], r.get("source", source), r.get("source_labels"))
        for r in rows
    ]


def lower_case_copies(
    sentences: list[Sentence], share: float, rng: random.Random
) -> list[Sentence]:
    """Lower-cased copies of about `share` of the cased sentences (NERP is lower-case
    already), so a model also learns to read lower-case text."""
    return [
        Sentence(
            [t.lower() for t in s.tokens], list(s.labels), s.source + "-lower", s.source_labels
        )
        for s in sentences
        if s.source != "nerp" and rng.random() < share
    ]
