"""Language identification per document and per line, with Indonesian vs Malay told apart.

Two stages. py3langid (a character n-gram naive Bayes over 140 languages) names the language;
when it says Indonesian or Malay, a second decision weighs word markers that separate the two
(`language_markers`) together with py3langid's own id/ms odds and a small prior for Indonesian,
because py3langid alone calls 2-3% of Indonesian news paragraphs Malay (IndoSum: 785 of
27,897 paragraphs; warta: 29).

Per line, only lines of at least `min_line_words` words are judged (short lines never are), and
only lines whose language differs from the document's, with confidence, are listed in
`doc.annotations["line_languages"]`: `[{"line": raw line number, "lang": "en", "score": 0.97}]`.
A line full of Indonesian/Malay (or English) function words is taken to be in its family without
running the model, which keeps per-line identification cheap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

from warta.clean.language_markers import (
    EN_FUNCTION_WORDS,
    ID_MS_FUNCTION_WORDS,
    function_word_ratio,
    id_ms_evidence,
    may_lean,
    word_count,
    words,
)
from warta.document import Document
from warta.errors import ConfigError, ModelError
from warta.pipeline import DocumentStep, Step

UNDETERMINED = "und"
_FAMILY = frozenset({"id", "ms"})
# Austronesian neighbours the n-gram model confuses with Indonesian on name-heavy or short text.
_NEIGHBOURS = frozenset({"jv", "ace", "bcl", "tl", "mg", "su"})


@dataclass(frozen=True, slots=True)
class LanguageOptions:
    """How language identification decides; the defaults suit Indonesian news."""

    min_doc_words: int = 3  # fewer words than this: "und"
    min_doc_score: float = 0.3  # best n-gram probability below this: "und"
    max_doc_chars: int = 2000  # the n-gram model reads this much of the text (speed)
    min_line_words: int = 6  # shorter lines are never judged on their own
    min_line_score: float = 0.9  # a line is listed only when this sure of a different language
    family_ratio: float = 0.2  # share of id/ms (or en) function words that settles a line cheaply
    id_prior: float = 1.0  # log-odds head start for Indonesian in the id/ms decision
    ngram_weight: float = 0.5  # weight of py3langid's id/ms log-odds next to the word markers
    line_switch_evidence: float = 4.0  # marker evidence needed to call a line id/ms against its doc
    keep: frozenset[str] | None = None  # languages to keep (`--keep-lang id`); None keeps all

    def __post_init__(self) -> None:
        if not 0.0 <= self.min_line_score <= 1.0 or not 0.0 <= self.min_doc_score <= 1.0:
            raise ConfigError("language scores must lie between 0 and 1")
        if self.min_line_words < 1 or self.min_doc_words < 1:
            raise ConfigError("language word minimums must be at least 1")
        if self.keep is not None and not self.keep:
            raise ConfigError("keep-lang needs at least one language code, e.g. 'id'")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A language code (ISO 639-1 where one exists, else the model's code, or "und") and a score."""

    lang: str
    score: float


DEFAULT_OPTIONS = LanguageOptions()


class _NGramModel:
    """py3langid's naive Bayes with normalised probabilities, read as one array per text."""

    def __init__(self, identifier: Any) -> None:
        self._identifier = identifier
        self.labels: list[str] = list(identifier.nb_classes)
        self._id = self.labels.index("id")
        self._ms = self.labels.index("ms")

    def probs(self, text: str) -> tuple[str, float, float, float]:
        """(best label, its probability, P(id), P(ms)) for `text`."""
        # `_decide` is the array behind `classify`/`rank` (pinned py3langid 0.4.0); `rank` would
        # build and sort a 140-entry list per call, which costs more than the model itself.
        scores = self._identifier._decide(text)
        best = int(scores.argmax())
        return (
            self.labels[best],
            float(scores[best]),
            float(scores[self._id]),
            float(scores[self._ms]),
        )


@cache
def _model() -> _NGramModel:
    """py3langid's model, loaded once per process (about 1.5 s)."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError as exc:  # a core dependency: reaching this means a broken install
        raise ModelError(f"py3langid cannot be imported: {exc}") from exc
    try:
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    except (OSError, ValueError) as exc:
        raise ModelError(f"py3langid model cannot be loaded from {MODEL_FILE}: {exc}") from exc
    return _NGramModel(identifier)


def _sigmoid(value: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, value))))


def _id_vs_ms(
    text: str, tokens: list[str], p_id: float, p_ms: float, options: LanguageOptions
) -> LanguageGuess:
    """Second stage: Indonesian or Malay, from word markers, n-gram odds and a prior."""
    ngram = math.log((p_id + 1e-6) / (p_ms + 1e-6))
    ngram = max(-4.0, min(4.0, ngram))
    logit = id_ms_evidence(text, tokens) + options.ngram_weight * ngram + options.id_prior
    family = min(1.0, p_id + p_ms)
    p_indonesian = _sigmoid(logit)
    if p_indonesian >= 0.5:
        return LanguageGuess("id", family * p_indonesian)
    return LanguageGuess("ms", family * (1.0 - p_indonesian))


def identify(text: str, *, options: LanguageOptions = DEFAULT_OPTIONS) -> LanguageGuess:
    """The language of a text: "id", "ms", "en", another code, or "und" when too short/unclear."""
    tokens = words(text)
    if word_count(text, tokens) < options.min_doc_words:
        return LanguageGuess(UNDETERMINED, 0.0)
    best, p_best, p_id, p_ms = _model().probs(text[: options.max_doc_chars])
    in_family = best in _FAMILY or p_id + p_ms >= 0.5
    if not in_family and best in _NEIGHBOURS:
        # Name lists and short formal sentences drift to Javanese & co.; Indonesian markers or a
        # strong share of id/ms function words bring them back.
        in_family = (
            id_ms_evidence(text, tokens) >= 2.0
            or function_word_ratio(tokens, ID_MS_FUNCTION_WORDS) >= 0.25
        )
    if in_family:
        return _id_vs_ms(text, tokens, p_id, p_ms, options)
    if p_best < options.min_doc_score:
        return LanguageGuess(UNDETERMINED, p_best)
    return LanguageGuess(best, p_best)


def _line_guess(text: str, doc_lang: str, options: LanguageOptions) -> LanguageGuess | None:
    """The language of one line when it differs from the document's with confidence, else None."""
    tokens = words(text)
    if word_count(text, tokens) < options.min_line_words:
        return None
    if doc_lang in _FAMILY and function_word_ratio(tokens, ID_MS_FUNCTION_WORDS) >= (
        options.family_ratio
    ):
        # Same family as the document: switch between id and ms only on strong word evidence,
        # since a single Malay-looking word in an Indonesian quote is common.
        other = "ms" if doc_lang == "id" else "id"
        if not may_lean(text, tokens, towards=other):
            return None
        evidence = id_ms_evidence(text, tokens)
        if doc_lang == "id" and evidence <= -options.line_switch_evidence:
            return LanguageGuess("ms", round(_sigmoid(-evidence), 4))
        if doc_lang == "ms" and evidence >= options.line_switch_evidence:
            return LanguageGuess("id", round(_sigmoid(evidence), 4))
        return None
    if doc_lang == "en" and function_word_ratio(tokens, EN_FUNCTION_WORDS) >= options.family_ratio:
        return None
    guess = identify(text, options=options)
    if guess.lang in (doc_lang, UNDETERMINED) or guess.score < options.min_line_score:
        return None
    return LanguageGuess(guess.lang, round(guess.score, 4))


def line_languages(
    lines: list[str], doc_lang: str, *, options: LanguageOptions = DEFAULT_OPTIONS
) -> list[dict[str, Any]]:
    """`[{"line": i, "lang": code, "score": p}]` for the lines in another language than the doc."""
    found: list[dict[str, Any]] = []
    for number, text in enumerate(lines):
        guess = _line_guess(text, doc_lang, options)
        if guess is not None:
            found.append({"line": number, "lang": guess.lang, "score": guess.score})
    return found


def _kept_lines(doc: Document) -> list[str]:
    """Raw lines with removed spans cut out, numbered as in the raw text."""
    cuts: dict[int, list[tuple[int, int]]] = {}
    for span in doc.removed:
        cuts.setdefault(span.line, []).append((span.start, span.end))
    kept: list[str] = []
    for number, line in enumerate(doc.lines):
        spans = cuts.get(number)
        if spans:
            chars = list(line)
            for start, end in spans:
                chars[start:end] = [" "] * (end - start)
            line = "".join(chars)
        kept.append(line)
    return kept


class LanguageIdentifier(DocumentStep):
    """Sets `doc.language`, `language_score` and `line_languages` (see the module docstring).

    Judges the clean text, so it belongs after spam and boilerplate removal; a language a reader
    took from page metadata (`<html lang>`) is replaced, since sites often declare it wrongly.
    """

    name: ClassVar[str] = "language"
    parallel: ClassVar[bool] = True

    def __init__(self, options: LanguageOptions = DEFAULT_OPTIONS) -> None:
        self.options = options

    def process(self, doc: Document) -> None:
        guess = identify(doc.text, options=self.options)
        doc.language = guess.lang
        doc.annotations["language_score"] = round(guess.score, 4)
        if guess.lang == UNDETERMINED:
            doc.annotations["line_languages"] = []
            return
        doc.annotations["line_languages"] = line_languages(
            _kept_lines(doc), guess.lang, options=self.options
        )


class LanguageFilter(DocumentStep):
    """Drops documents whose language is not kept, with reason "language: <code>"."""

    name: ClassVar[str] = "language-filter"
    parallel: ClassVar[bool] = True

    def __init__(self, keep: frozenset[str] = frozenset({"id"})) -> None:
        if not keep:
            raise ConfigError("LanguageFilter needs at least one language to keep")
        self.keep = frozenset(code.strip().lower() for code in keep)

    def process(self, doc: Document) -> None:
        if doc.language not in self.keep:
            doc.drop(f"language: {doc.language or UNDETERMINED}")


def language_steps(options: LanguageOptions = DEFAULT_OPTIONS) -> list[Step]:
    """The language steps of the clean stage: identify, then filter only when `keep` is set."""
    steps: list[Step] = [LanguageIdentifier(options)]
    if options.keep is not None:
        steps.append(LanguageFilter(options.keep))
    return steps
