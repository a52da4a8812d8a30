"""The cleaning stage: normalise/fold → boilerplate → page date → spam → language → empty check."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, ClassVar

from warta.clean.boilerplate import BoilerplateFilter
from warta.clean.normalize import LineNormalizer
from warta.clean.page_date import PageDate
from warta.clean.spam import SpamLineFilter, SpamModel
from warta.document import Document
from warta.pipeline import DocumentStep, Step


@dataclass(frozen=True, slots=True)
class CleanOptions:
    """What the cleaning stage does.

    `keep_lang` (e.g. frozenset({"id"})) drops documents in other languages; None keeps all
    with their language recorded. `spam_model` is a path to a model written by
    scripts/train_spam.py (None: the shipped one); `spam_threshold` overrides its threshold.
    """

    boilerplate: bool = True
    spam: bool = True
    language: bool = True
    keep_lang: frozenset[str] | None = None
    spam_model: str | None = None
    spam_threshold: float | None = None


class EmptyDocumentFilter(DocumentStep):
    """Drops a document that cleaning left without any text ("empty-after-cleaning")."""

    name: ClassVar[str] = "empty-check"
    parallel: ClassVar[bool] = True

    def process(self, doc: Document) -> None:
        if not any(ch.isalnum() for ch in doc.text):
            doc.drop("empty-after-cleaning")


def _language_steps(options: CleanOptions) -> list[Step]:
    # The language steps live in a colleague's module; it may be missing from a checkout.
    try:
        module = importlib.import_module("warta.clean.language")
    except ModuleNotFoundError:
        return []
    language_options: Any = module.LanguageOptions(keep=options.keep_lang)
    steps: list[Step] = module.language_steps(language_options)
    return steps


def clean_steps(options: CleanOptions | None = None) -> list[Step]:
    """The ordered steps of the cleaning stage (all shard-parallel)."""
    options = options or CleanOptions()
    steps: list[Step] = [LineNormalizer()]
    if options.boilerplate:
        steps.append(BoilerplateFilter())
    steps.append(PageDate())  # (a dateline or the URL dates a page without its furniture too)
    if options.spam:
        model = SpamModel.load(options.spam_model) if options.spam_model else None
        steps.append(SpamLineFilter(model=model, threshold=options.spam_threshold))
    if options.language:
        steps.extend(_language_steps(options))
    steps.append(EmptyDocumentFilter())
    return steps
