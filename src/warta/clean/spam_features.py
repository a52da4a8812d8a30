"""Features of a line, in the context of its article, for the injected-spam classifier.

Shared by the runtime filter and scripts/train_spam.py so that training and inference cannot drift.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from warta.clean.normalize import disguise_count

# Words that only gambling promotion (or news about gambling) uses; a line without any of them,
# without disguised letters, emoji or a brand+digits name is not even scored.
_GAMBLING = (
    r"judi|judol|slot\w*|gacor\w*|maxwin|max win|togel|toto\w*|sbobet\w*|casino|kasino|poker|rtp"
    r"|scatter|jackpot|jp|jepe\w*|jpe|wd|wede\w*|withdraw\w*|depo\w*|bet\w*|taruhan|bandar"
    r"|link alternatif|alternatif|login|daftar|bonus|cuan|hoki|zeus|olympus|mahjong|pragmatic"
    r"|pgsoft|spin|parlay|freebet|rungkad|modal|receh|saldo|menang\w*|situs|admin|pola|member"
    r"|gampang|jitu|anti ?rungkad|terpercaya|88|77|99|4d|kemenangan|rezeki\w*|hadiah|main di"
)
_GAMBLING_RE = re.compile(rf"\b(?:{_GAMBLING})\b")
_CORE_TOPIC_RE = re.compile(r"\b(?:judi|judol|togel|kasino|casino|taruhan|slot|bandar|sbobet)\b")
_PROMO_RE = re.compile(
    r"\b(?:gw|gua|gue|aku|ak|lu|lo|bro|bre|wkwk\w*|mantap\w*|mantul|auto|gas|cuy|bang|ges|guys"
    r"|nih|deh|sih|dong|banget|bgt|yg|gak|ga|gk|ngga|nggak|aja|aj|lgsg|langsung|bikin|coba"
    r"|cobain|join|yuk|ayo|buruan|sekarang|disini|di sini|dsini|kalian|kamu|anda|terbaik"
    r"|terpercaya|asli|serius|beneran|emang|pasti|dijamin|hari ini|tiap hari|setiap hari)\b"
)
_NEWS_RE = re.compile(
    r"\b(?:kata|ujar|ungkap\w*|jelas\w*|menurut|polisi|polda|polres|polsek|kapolri|kapolda"
    r"|kapolres|tersangka|ditangkap|menangkap|penangkapan|pemerintah|menteri|kementerian|kominfo"
    r"|komdigi|ppatk|ojk|pidana|pasal|undang|rekening|blokir|memblokir|diblokir|pemblokiran"
    r"|pemberantasan|kasus|pelaku|warga|presiden|dpr|bareskrim|penyidik|hukum|pengadilan|jaksa"
    r"|terdakwa|korban|masyarakat|pihak|sejumlah|tahun|rupiah|miliar|juta|persen)\b"
)
_BRAND_DIGITS_RE = re.compile(
    r"\b[a-z]{3,}[_-]?\d{2,4}\b|\b\d{2,4}[a-z]{4,}\b|\b[a-z]{2,}\d{1,3}[a-z]+\d*\b"
)
# "A L E X I S 1 7", "P.R.O.B.E.T.8.5.5", "[P][U][L][A][U]": single characters held apart.
_SPACED_RE = re.compile(r"(?:(?<![a-z0-9])[a-z0-9][^a-z0-9]{1,3}){4,}[a-z0-9](?![a-z0-9])")
# Site names built like brands: GUNUNGWIN, SRIWIJAYATOTO, DOISLOT, DOMINOQQ.
_BRAND_SUFFIX_RE = re.compile(r"\b[a-z]{3,}(?:win|toto|slot|bet|gacor|hoki|qq|4d|jp)\b")
_CAPS_WORD_RE = re.compile(r"\b[A-Z]{6,}\b")
_WORD_RE = re.compile(r"[a-z0-9]+")
_TERMINAL = frozenset(".!?\"”’'):;")
_QUOTES = frozenset("\"“”‘’'")

HAND_FEATURES: tuple[str, ...] = (
    "brand_digits",
    "spaced_letters",
    "disguised_any",
    "disguised_ratio",
    "symbol_ratio",
    "gambling_words",
    "promo_words",
    "news_words",
    "log_len",
    "few_words",
    "terminal_punct",
    "starts_upper",
    "has_quote",
    "topic_gambling",
    "similarity",
    "rel_pos",
    "is_last",
    "gambling_offtopic",
    "brand_offtopic",
    "gambling_dissimilar",
)


# Words that news uses too ("kemenangan", "situs", "daftar"): they make a line a candidate only
# near its end, where injected spam sits (a whole comment, or one appended to a paragraph).
_STRONG_RE = re.compile(
    r"\b(?:judi|judol|slot\w*|gacor\w*|maxwin|max win|togel|toto\w*|sbobet\w*|casino|kasino"
    r"|poker|rtp|scatter|jackpot|jp|jepe\w*|jpe|wd|wede\w*|withdraw\w*|depo|deposit|bet|taruhan"
    r"|bandar|link alternatif|zeus|olympus|mahjong|pragmatic|pgsoft|parlay|freebet|rungkad"
    r"|anti ?rungkad|88|77|99|4d)\b"
)
_TAIL_CHARS = 160


def is_candidate(raw: str, folded_lower: str) -> bool:
    """Cheap gate: could this line be gambling spam at all? (High recall, not precision.)"""
    if _STRONG_RE.search(folded_lower) or _BRAND_DIGITS_RE.search(folded_lower):
        return True
    if _SPACED_RE.search(folded_lower):
        return True
    tail = folded_lower[-_TAIL_CHARS:]
    if _looks_like_heading(raw):
        return False
    if _GAMBLING_RE.search(tail) or _BRAND_SUFFIX_RE.search(tail):
        return True
    if _CAPS_WORD_RE.search(raw[-_TAIL_CHARS:]):
        return True
    if raw.isascii():
        return False
    # Disguised letters or emoji: news text rarely has either.
    return disguise_count(raw) > 0 or any(unicodedata.category(ch) == "So" for ch in raw)


def _looks_like_heading(raw: str) -> bool:
    """A short title-case line ("Pengemudi Online Menang di MA") is a news heading, not a comment.

    Only reached when no strong gambling word, brand+digits name or spaced-out brand was found.
    """
    tokens = raw.split()
    if not 1 <= len(tokens) <= 12 or raw.rstrip().endswith(("!", "?")) or not raw.isascii():
        return False
    return all(t[:1].isupper() or t[:1].isdigit() for t in tokens if len(t) >= 4 and t.isalpha())


def casual_words(folded_lower: str) -> int:
    """How many chatty, second-person or promotional words the line has (news has few)."""
    return len(_PROMO_RE.findall(folded_lower))


def words(folded_lower: str) -> list[str]:
    return _WORD_RE.findall(folded_lower)


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What a line is compared with: the article's vocabulary and how much it is about gambling."""

    vocab: dict[str, int]
    topic_lines: int
    n_lines: int

    @classmethod
    def build(cls, folded_lower_lines: Sequence[str]) -> ArticleContext:
        vocab: dict[str, int] = {}
        topic = 0
        for line in folded_lower_lines:
            if _CORE_TOPIC_RE.search(line):
                topic += 1
            for word in set(words(line)):
                if len(word) >= 4:
                    vocab[word] = vocab.get(word, 0) + 1
        return cls(vocab=vocab, topic_lines=topic, n_lines=len(folded_lower_lines))

    def similarity(self, folded_lower: str) -> float:
        """Share of the line's longer words that some other line of the article also uses."""
        long_words = {w for w in words(folded_lower) if len(w) >= 4}
        if not long_words:
            return 0.0
        return sum(1 for w in long_words if self.vocab.get(w, 0) >= 2) / len(long_words)


def hand_features(
    raw: str, folded_lower: str, ctx: ArticleContext, *, position: float, is_last: bool
) -> list[float]:
    """The hand-made features of one line (order = HAND_FEATURES)."""
    toks = words(folded_lower)
    n = max(len(raw), 1)
    disguised = disguise_count(raw)
    symbols = 0 if raw.isascii() else sum(1 for ch in raw if unicodedata.category(ch) == "So")
    gambling = len(_GAMBLING_RE.findall(folded_lower))
    brand = 1.0 if _BRAND_DIGITS_RE.search(folded_lower) else 0.0
    if _BRAND_SUFFIX_RE.search(folded_lower):
        brand = max(brand, 0.5)
    own_topic = 1 if _CORE_TOPIC_RE.search(folded_lower) else 0
    # Other lines about gambling make the article a gambling story (the line itself excluded).
    topic = min(max(ctx.topic_lines - own_topic, 0), 5) / 5.0
    similarity = ctx.similarity(folded_lower)
    stripped = raw.rstrip()
    offtopic = 1.0 - topic
    return [
        brand,
        1.0 if _SPACED_RE.search(folded_lower) else 0.0,
        1.0 if disguised else 0.0,
        min(disguised / n * 4, 1.0),
        min(symbols / n * 10, 1.0),
        min(gambling, 5) / 5.0,
        min(len(_PROMO_RE.findall(folded_lower)), 5) / 5.0,
        min(len(_NEWS_RE.findall(folded_lower)), 5) / 5.0,
        math.log1p(len(raw)) / 6.0,
        1.0 if len(toks) <= 4 else 0.0,
        1.0 if stripped and stripped[-1] in _TERMINAL else 0.0,
        1.0 if stripped[:1].isupper() else 0.0,
        1.0 if any(ch in _QUOTES for ch in raw) else 0.0,
        topic,
        similarity,
        position,
        1.0 if is_last else 0.0,
        (1.0 if gambling else 0.0) * offtopic,
        brand * offtopic,
        (1.0 if gambling else 0.0) * (1.0 - similarity),
    ]


def ngrams(folded_lower: str) -> list[str]:
    """Character 3–5-grams of the padded line plus word unigrams: the sparse part of the model."""
    text = f" {folded_lower} "
    grams = [text[i : i + k] for k in (3, 4, 5) for i in range(len(text) - k + 1)]
    grams.extend("w:" + w for w in words(folded_lower))
    return grams
