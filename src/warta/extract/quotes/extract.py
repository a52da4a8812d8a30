"""Quotes of one article: direct quotes with their attribution, reported speech, and the
discourse state that resolves "ia", "dia" and "-nya" to the person in focus.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from typing import Any

from warta.extract.canonical import (
    canonical_name,
    known_name_cut_into_role,
    known_type,
    one_letter_off,
)
from warta.extract.ner.lexicon import COMMON_CALLINGS, ORG_LAST_WORDS
from warta.extract.ner.roles import (
    SUBORDINATORS,
    role_without_praise,
    role_without_trailing_rank,
)
from warta.extract.place_names import country_names
from warta.extract.quotes.attribution import Cue, cue_after, cue_before
from warta.extract.quotes.detection import (
    INVISIBLE_MARKS,
    QuotedSpan,
    find_quoted_spans,
    is_heading,
    is_teaser,
    is_title,
    quote_words,
)
from warta.extract.quotes.indirect import find_reported
from warta.extract.quotes.lexicon import (
    CLAUSE_STARTERS,
    CORE_SPEECH_VERBS,
    HONORIFICS,
    MET_BY_THE_PRESS,
    PASSIVE_CUES,
    POST_CUES,
    PREDICATE_OPENERS,
    SPEECH_VERBS,
    THROUGH,
    TITLES,
    without_degrees,
)
from warta.extract.quotes.phrases import (
    is_verb_like,
    post_cue,
    subject_before,
    through_someone,
)
from warta.extract.quotes.register import (
    DERIVED_OPENER,
    Person,
    build_register,
    own_short_form,
)
from warta.extract.quotes.resolve import (
    Discourse,
    Speaker,
    office_of_body,
    one_office,
    org_name,
    resolve,
)
from warta.extract.quotes.speakers import (
    HUMAN_ROLES,
    INTRODUCED_HUMANS,
    KIN_WORDS,
    Phrase,
    common_words,
    names_a_role,
    only_rank_words,
    parse_phrase,
)
from warta.extract.quotes.text import (
    Tok,
    is_sentence_end,
    make_tok,
    paragraphs,
    sentence_spans,
    tokens,
)
from warta.extract.tokenize import dateline_end, headline_end

_CONTINUED_MARK = re.compile(r"\s*\n\s*[\"“„«]?")
# "…, kata X, seraya menambahkan bahwa …": the same speaker adds a statement in the same
# sentence (translated wire copy's "adding that …")
_ADDED = re.compile(
    r",\s+(?:(?:seraya|sambil)\s+)?(menambahkan|mengatakan|menegaskan|menyatakan|menjelaskan"
    r"|mengungkapkan|memperingatkan|menekankan)(?:\s+(?:pula|juga))?\s+(?:bahwa\s+)?(?=\S)"
)
_MIN_ADDED_WORDS = 3


# a speaker phrase starting with these is a reader, a preposition or a clause, not a source
_NOT_SPEAKERS = frozenset({"anda", "kamu", "kita", "di", "dengan", "ke", "dari", "pada", "untuk"})


@dataclass(frozen=True, slots=True)
class QuoteOptions:
    """What to extract. Short quotes without a speaker are scare quotes and are left out."""

    indirect: bool = True
    max_scare_words: int = 8  # a quote this short, mid-sentence and unattributed is not speech


# "seperti (tertulis) dalam …", "sebagaimana tercantum di …": where a document holds it
_AS_IN = frozenset({"seperti", "sebagaimana"})
_WRITTEN = frozenset({"tertulis", "tercantum", "tertuang", "termuat", "tersurat", "disebutkan"})


# '"…." Demikian dikutip Reuters': an outlet that carried the words, not who said them
_CARRIED = frozenset({"dikutip", "dilansir", "dilaporkan", "diberitakan", "melansir", "mengutip"})


def _cited_by_outlet(post: list[Tok]) -> bool:
    """Whether the words after a quote name only the outlet that carried it ("Demikian
    dikutip Reuters", "seperti dilansir AFP")."""
    words = [t for t in post if t.is_word]
    return (
        len(words) >= 3
        and words[0].low in {"demikian", "seperti", "sebagaimana"}
        and words[1].low in _CARRIED
    )


def _in_a_document(post: list[Tok]) -> bool:
    """Whether the words after a quote's closing mark say a document holds it ("…,"
    seperti dalam petikan permohonan; "sebagaimana tertulis dalam surat itu")."""
    words = [t for t in post[:6] if t.is_word]
    if len(words) < 3 or words[0].low not in _AS_IN:
        return False
    at = 2 if words[1].low in _WRITTEN else 1
    return (
        at + 1 < len(words)
        and words[at].low in {"dalam", "di"}
        and not words[at + 1].is_cap
        # (not where someone says it: "seperti tertulis dalam keterangan resmi Susi",
        # "seperti di akun Twitter resminya", "seperti tertuang dalam siaran pers PSSI")
        and not _SAYING_CHANNELS.fullmatch(words[at + 1].low)
    )


# Where someone speaks in writing: a statement, a release, a post
_SAYING_CHANNELS = re.compile(
    r"(?:keterangan|pernyataan|siaran|rilis|unggahan|akun|cuitan|kicauan|postingan|"
    r"pidato|sambutan|wawancara)\w*"
)


def _sentence_start(text: str, pos: int, floor: int, mask: bytearray) -> int:
    for cursor in range(pos - 1, floor - 1, -1):
        if not mask[cursor] and is_sentence_end(text, cursor):
            return cursor + 1
    return floor


def _sentence_end(text: str, pos: int, ceiling: int, mask: bytearray) -> int:
    for cursor in range(pos, ceiling):
        if mask[cursor]:
            return cursor  # another quote opens: this sentence's attribution ends there
        if is_sentence_end(text, cursor):
            return cursor + 1
    return ceiling


# A headline giving its speaker before a colon: "Prabowo: Harga BBM Tidak Naik"
_HEADLINE_QUOTE = re.compile(
    r"(?P<who>[A-Z][^\n:\"“”'‘’]{1,60}?)[ \t]*:[ \t]+(?P<open>[\"“'‘]?)(?P<what>[^\n]+?)"
    r"(?P<close>[\"”'’]?)[ \t]*"
)
# A quotation mark that is no apostrophe inside a word ("Ma'ruf") nor an English
# possessive, which news may write apart ("LION 's Club", "Assassin ’s Creed")
_OPEN_MARK = re.compile(r"[\"“”‘]|(?<!\w)['’](?!s\b)|['’](?!\w)")
_MIN_HEADLINE_WORDS = 3
_MAX_HEADLINE_WORDS = 30


_MIN_NARRATION_WORDS = 5


def _narrates(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], before a quote in the same sentence, is a sentence of its own:
    it ends with a full stop and runs to several words ("… tingkat I. ")."""
    before = text[start:end].rstrip()
    toks = tokens(text, start, end)
    if before.endswith((",", ":")) and len(before.split()) >= _MIN_NARRATION_WORDS:
        # "Kasubag Humas …, AKP Rolly Sahelangi, saat dikonfirmasi membenarkan adanya
        # kejadian tersebut, "…," ungkapnya": a clause on someone's saying, set before the
        # quote with a comma for a colon, puts its subject in focus too
        return any(t.low in SPEECH_VERBS for t in toks)
    return (
        before.endswith((".", "!", "?"))
        and len(before.split()) >= _MIN_NARRATION_WORDS
        # (a clause with its verb, not a fragment a mis-split left: "F. Durfort Jr. dalam
        # acara … di Washington, D.C."; or one about someone: "Bagi Gunawan, batik bukan
        # sekadar komoditas.")
        and (
            any(is_verb_like(t) for t in toks)
            or (toks[0].low in {"bagi", "buat"} and len(toks) > 2 and toks[1].is_cap)
        )
    )


# Words that may stand before a subordinator opening a clause ("Sebab jika …, maka …")
# An active verb's form ("menyoal", "mengenakan"), and words of that form that are none
_ACTIVE_VERB = re.compile(r"me(?:ng|ny|m|n)?[a-z]{4,}")
_NO_ACTIVE_VERBS = frozenset(
    {"menurut", "mengenai", "melalui", "menjelang", "meski", "meskipun", "memang", "mengapa",
     "mereka", "media", "menuju", "mendatang", "menengah", "mentah", "merah", "melayu",
     "meksiko", "mekkah", "melbourne", "medan", "merauke"}
)  # fmt: skip
_CLAUSE_LEADS = frozenset({"sebab", "karena", "namun", "tetapi", "tapi", "dan", "lalu"})
# ("Jelang laga …, Walikota Bandung Ridwan Kamil mengadakan …": ahead of what, an adjunct)
_MORE_SUBORDINATORS = frozenset(
    {"sebab", "kendati", "seandainya", "andai", "andaikan", "jelang", "menjelang"}
)


# Verbs of saying that go on with what was just said
_GOES_ON_VERBS = frozenset({"menambahkan", "menambah", "melanjutkan", "imbuh", "tambah"})


def _dateline_after_headline(text: str) -> int:
    """Where the body's text begins after the dateline of its first paragraph, which follows
    the headline where the text opens with one ("Ridwan Kamil Temui Bobotoh\n\nJakarta, CNN
    Indonesia -- …"); 0 where there is none."""
    start = 0
    headline = headline_end(text)
    if headline:
        start = headline + len(text[headline:]) - len(text[headline:].lstrip())
    end = dateline_end(text, start)
    return end if end > start else 0


def _record(
    text: str, kind: str, start: int, end: int, who: Speaker | None, cue: str | None
) -> dict[str, Any]:
    # (and the invisible marks scraped pages leave: U+200E before "Mereka …")
    while end > start and (text[end - 1] in " ,\n" or text[end - 1] in INVISIBLE_MARKS):
        end -= 1
    while start < end and (text[start] in " \n" or text[start] in INVISIBLE_MARKS):
        start += 1
    if (
        kind == "indirect"
        and (start == 0 or text[start - 1] == "\n")
        # (a dateline opens the story, after a headline at most: further down, "Ridwan - Uu
        # dan Deddy - Dedi, kata Eko …" opens on a pair of names)
        and sum(1 for line in text[:start].split("\n") if line.strip()) <= 1
    ):
        # "Magelang (ANTARA News) - Pemerintah …": the dateline opening the paragraph is
        # no part of the statement
        start = dateline_end(text, start, end)
    return {
        "text": _CONTINUED_MARK.sub(" ", text[start:end]).strip(),
        "kind": kind,
        # (one space between words: "Kantor berita \xa0 Reuters" as scraped pages space it)
        "speaker": " ".join(without_degrees(who.speaker).split()) if who and who.speaker else None,
        "speaker_mention": who.mention if who else None,
        "role": _role(who.role, who.speaker, who.person.role if who.person else None)
        if who
        else None,
        "anonymous": who.anonymous if who else False,
        "cue": cue,
        "start": start,
        "end": end,
    }


def _trimmed(text: str, record: dict[str, Any], end: int) -> dict[str, Any]:
    """The record with its statement ending at `end` (before what the speaker added)."""
    while end > record["start"] and text[end - 1] in " ,\n":
        end -= 1
    span = text[record["start"] : end]
    return {**record, "text": _CONTINUED_MARK.sub(" ", span).strip(), "end": end}


def _role(role: str | None, speaker: str | None = None, own: str | None = None) -> str | None:
    # A speech verb caught before a name ("tweet Zelenskiy, menambahkan …") is not a role,
    # nor is anything else with no word for an office, calling or relation in it
    # ("Menurut pengakuan Brawn", "Usai pertandingan Mourinho mengaku").
    if role is None or role.strip().lower() in POST_CUES | SPEECH_VERBS | _NO_ROLES:
        return None
    # "seorang pengungsi asal Nabatieh", "salah seorang warga": the calling, not its article;
    # "Presiden FMM Tan Sri": Malaysia's honorifics before the name, no office
    role = _MALAY_HONORIFIC_AFTER.sub("", role)
    # (not from the role NER read before the whole name: "pengamat politik dari Universitas
    # Gadjah Mada, Mada Sukmajati")
    names = (speaker or "").split() if role != own else []
    for size in range(len(names) - 1, 0, -1):
        # "Kabid Humas Polda Metro Jaya Kombes Raden Prabowo" of "Raden Prabowo Argo Yuwono":
        # the opening of the name the speaker was first read without
        lead = " ".join(names[:size])
        if role.endswith(" " + lead):
            role = role[: -len(lead)].rstrip()
            break
    copula = _COPULA.search(role)
    if copula is not None:
        # "Pembangunan kembali Jalur Sutra adalah visi ambisius Presiden China [Xi Jinping]":
        # what the sentence says before the copula is no role, nor the words before an
        # office after it
        rest = role[copula.end() :].split()
        opening = next((i for i, w in enumerate(rest) if w.lower() in TITLES | HUMAN_ROLES), None)
        role = " ".join(rest[opening:]) if opening is not None else ""
        if not role:
            return None
    # "Kapolda Lampung Irjen Pol": the office, without the rank before the name
    role = role_without_praise(role_without_trailing_rank(role))
    # "Komisaris Utama Nusantara TV itu": the pointer back to someone named, after a name,
    # is no office's word (not "ketua organisasi tersebut", which says which body)
    words = role.split()
    if len(words) > 1 and words[-1].lower() in _POINTERS and words[-2][:1].isupper():
        role = " ".join(words[:-1])
    if " dengan " in role and names_a_role(role.rsplit(" dengan ", 1)[1]):
        # "Mikha Tambayong dengan aktor [Chicco Jerikho]": another person, then the calling
        role = role.rsplit(" dengan ", 1)[1]
    return _ARTICLE.sub("", role) if names_a_role(role) else None


_ARTICLE = re.compile(r"^(?:[Ss]alah\s+(?:seorang|satu)|[Ss]eorang|[Ss]atu)\s+(?=\S+\s*\S)")
# A copula inside what was read as a role: the sentence's predicate, no office
_COPULA = re.compile(r"(?:^|\s)(?:adalah|merupakan|ialah)\s+")
# Words for a person that alone name no role ("sosok Keylor Navas", "pria bernama …")
_NO_ROLES = frozenset({"sosok", "pria", "wanita", "perempuan", "lelaki", "laki-laki"})
_MALAY_HONORIFIC_AFTER = re.compile(
    r"(?<=\S)\s+(?:(?:Tengku|Tunku)\s+)?(?:(?:Tan|Puan|Datuk|Dato(?:\s?['’])?)\s+S(?:e)?ri|Datuk"
    r"|Dato(?:\s?['’])?|Datin|Tun|Tengku|Tunku)(?:\s+(?:Datuk|Dato(?:\s?['’])?)(?:\s+S(?:e)?ri)?)?$"
)


# A verb's form with its prefix ("Mewakili", "Berbicara", "Ditemui"): a clause, no name
_VERB_FORM = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}")

# Passive verbs of sharing news whose agent the narration turns to, as after a passive verb
# of saying ("Kabar bahagia itu dibagikan Raffi melalui akun Instagram-nya"); no cues
_SHARED_BY = frozenset({"dibagikan", "diunggah", "diumumkan", "diposting", "dibagikannya"})
# Nouns of -an for people, which do name a speaker ("Perwakilan Lion Air Fikriyansyah")
_HYPHEN = re.compile(r"[ \t]*-[ \t]*")
# Roles of one who speaks for a body, not an office of it ("perwakilan Samyang Foods")
_FOR_THE_BODY = frozenset({"perwakilan", "juru bicara", "jubir", "humas", "pihak"})
_PEOPLE_NOUNS = frozenset({"perwakilan", "keluarga", "kerabat", "kawan", "rekan"})


# A company's own word for itself, opening a sentence: "Perseroan menyatakan …"
_THE_COMPANY = frozenset({"perusahaan", "perseroan", "emiten"})
_POINTERS = frozenset({"itu", "ini", "tersebut"})


# Words that make a short phrase a clause: negations, aspects, copulas
_PREDICATE_WORDS = frozenset(
    {"tidak", "tak", "bukan", "belum", "akan", "sudah", "telah", "sedang", "masih", "adalah",
     "merupakan", "ada", "bisa", "dapat", "harus", "perlu", "ingin", "mau", "pernah", "sangat",
     "lebih", "paling", "terlalu", "cukup", "hanya"}
)  # fmt: skip
# Nouns of a state or a topic that open a noun phrase, no statement ("kondisi terkini …")
_THING_HEADS = frozenset(
    {"kondisi", "keadaan", "soal", "tentang", "mengenai", "terkait", "perihal", "dampak",
     "seluruh", "semua", "untuk", "hasil", "isi", "rincian", "detail"}
)  # fmt: skip
# What is set out rather than stated ("memaparkan wacana yang …", "menjelaskan rencana …")
_SAID_THINGS = frozenset(
    {"wacana", "gagasan", "usulan", "ide", "rencana", "pernyataan", "informasi", "kabar",
     "pendapat", "pandangan", "program", "visi", "misi", "materi", "konsep", "langkah"}
)  # fmt: skip
_NOMINAL = re.compile(r"(?:pe[mnr]?|peng|peny|ketidak|per)[a-z]{3,}an")


def _names_a_thing(toks: list[Tok]) -> bool:
    """Whether a reported "statement" is only a short noun phrase pointed back to, no clause:
    "kondisi terkini rekannya tersebut", "pembagian jatah tersebut", "soal program itu"."""
    words = [t for t in toks if t.is_word]
    if (
        4 <= len(words) <= 7
        and (words[0].low in _THING_HEADS | _SAID_THINGS or _NOMINAL.fullmatch(words[0].low))
        and words[1].low == "yang"
        and words[2].low.startswith("di")
        and is_verb_like(words[2])
        # (then only who gave it: not "pernyataan yang disampaikan Romli keliru")
        and all(t.is_cap or t.low == "oleh" for t in words[3:])
    ):
        return True  # "memaparkan wacana yang diutarakan Gatot": the idea someone gave
    return (
        2 <= len(words) <= 7
        and words[-1].low in {"itu", "tersebut", "ini"}
        and (words[0].low in _THING_HEADS or _NOMINAL.fullmatch(words[0].low) is not None)
        and not any(
            (is_verb_like(t) and t.low not in _SUPERLATIVES) or t.low in _PREDICATE_WORDS
            for t in words
        )
    )


# Superlatives shaped like ter- verbs: no predicate ("kondisi terkini …")
_SUPERLATIVES = frozenset(
    {"terkini", "terbaru", "terakhir", "terbesar", "terbaik", "tertinggi", "terendah",
     "terpadu", "terdahulu", "terdekat", "terlama", "tercepat"}
)  # fmt: skip


def _the_company(mention: str) -> bool:
    """ "Perusahaan", "Perseroan", or such a noun described and pointed back with "itu":
    "Perusahaan manufaktur teknologi itu" (the company the article is about)."""
    words = mention.lower().split()
    return bool(words) and (
        mention.lower() in _THE_COMPANY
        or (
            words[0] in _THE_COMPANY | {"pabrikan", "produsen", "raksasa"}
            and len(words) <= 5
            and words[-1] in _POINTERS
        )
    )


class _Article:
    def __init__(self, text: str, entities: list[dict[str, Any]] | None, options: QuoteOptions):
        self.text = text
        self.options = options
        self.common = common_words(text)
        # quoted titles, teasers and headings are no speech: they neither come out as quotes
        # nor hide the reported speech around them (`mengatakan aplikasi "PerahuKu" itu …`)
        self.spans = [
            s
            for s in find_quoted_spans(text)
            if not (is_teaser(text, s) or is_heading(text, s) or is_title(text, s))
        ]
        quoted = [(s.outer_start, s.outer_end) for s in self.spans]
        self.entities = entities or []
        self._bodies: set[str] | None = None
        self._people_words: set[str] = set()
        self._dateline = _dateline_after_headline(text)
        self.register = build_register(text, entities, common=self.common, quoted=quoted)
        self.state = Discourse()
        # paragraph of the last direct quote that named its speaker (-1: none)
        self._last_quote_para = -1
        self._last_quote_para_end = -1  # (and where that paragraph ends)
        self._focus_at_last_quote: Speaker | None = None
        # who put the question the last quote asked someone else ('"…?" tanya Budi kepada Andi')
        self._asker: Speaker | None = None
        # where the sentence of the last quote ends (-1: none yet)
        self._said_until = -1
        # the last reported statement a body made, and where its paragraph ends
        self._body_said: tuple[int, dict[str, Any]] | None = None
        self.mask = bytearray(len(text) + 1)
        for span in self.spans:
            self.mask[span.outer_start : span.outer_end] = b"\x01" * (
                span.outer_end - span.outer_start
            )

    def run(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        by_start = sorted(self.spans, key=lambda s: s.outer_start)
        pending = list(by_start)
        for p_start, p_end in paragraphs(self.text):
            for s_start, s_end in sentence_spans(self.text, p_start, p_end, masked=self.mask):
                inside = [q for q in pending if q.outer_start < s_end]
                pending = [q for q in pending if q.outer_start >= s_end]
                if inside and _narrates(self.text, s_start, inside[0].outer_start):
                    # "Ketua Komisi I DPR Utut Adianto menyampaikan laporan … tingkat I.
                    # "…," kata politikus PDI-P itu": a sentence of narration the splitter
                    # joined to the quote still puts its subject in focus
                    self._update_subject(s_start, inside[0].outer_start)
                direct = [r for r in map(self._direct, inside) if r is not None]
                out.extend(direct)
                if direct:
                    self._said_until = s_end
                if (
                    direct
                    and self.options.indirect
                    and not any(self.mask[inside[-1].outer_end : s_end])
                ):
                    added = self._added(inside[-1].outer_end, s_end, direct[-1])
                    if added is not None:
                        out.append(added[0])
                    elif (after := self._sentence_after(inside[-1].outer_end, s_end)) is not None:
                        out.append(after)
                if not any(self.mask[s_start:s_end]):
                    if self.options.indirect:
                        record = self._indirect(s_start, s_end)
                        if record is not None:
                            self._said_until = s_end
                            added = self._added(record["start"], s_end, record)
                            if added is not None and added[1] < record["end"]:
                                record = _trimmed(self.text, record, added[1])
                            out.append(record)
                            if added is not None:
                                out.append(added[0])
                            # (only in an article where no person has spoken: a body's
                            # words reported amid a spokesman's are his frame)
                            self._body_said = (
                                (p_end, record)
                                if record["speaker"]
                                and self.register.is_org(record["speaker"])
                                and not any(
                                    r["speaker"] and self.register.resolve(r["speaker"])
                                    for r in out
                                )
                                else None
                            )
                            continue
                    self._update_subject(s_start, s_end)
        headline = self._headline(out) if self.options.indirect else None
        if headline is not None:
            out.append(headline)
        out.sort(key=lambda r: r["start"])
        return out

    def _headline(self, quotes: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The claim of a headline that gives its speaker before a colon ("Prabowo: Harga BBM
        Tidak Naik", "Menkeu: Defisit Masih Aman", "KPK: …"), attributed as reported speech
        to the person or office, or to a body that speaks in the article; not "Video: …",
        "Profil Prabowo: …", "Liga Inggris: Arsenal Menang"."""
        text = self.text
        lead = len(text) - len(text.lstrip())
        line_end = text.find("\n", lead)
        line_end = len(text) if line_end < 0 else line_end
        match = _HEADLINE_QUOTE.fullmatch(text, lead, line_end)
        if match is None or not text[line_end:].strip():
            return None  # (a text of one line is no article with a headline)
        if any(int(q["start"]) < line_end and int(q["end"]) > lead for q in quotes):
            return None  # (a line whose quote the article already attributes)
        who_start, who_end = match.span("who")
        what = match.group("what")
        if not _MIN_HEADLINE_WORDS <= len(what.split()) <= _MAX_HEADLINE_WORDS:
            return None
        toks = tokens(text, who_start, who_end)
        phrase = parse_phrase(text, toks, common=self.common) if toks else None
        if phrase is None:
            return None
        named = [
            e
            for e in self.entities
            if e["label"] in {"PER", "ORG"}
            and who_start <= int(e["start"])
            and int(e["end"]) == who_end
        ]
        person = next((e for e in named if e["label"] == "PER"), None)
        body = next((e for e in named if int(e["start"]) == who_start), None)
        before = text[who_start : int(person["start"])].strip() if person else ""
        speaks = [f"{q.get('speaker') or ''} {q.get('role') or ''}" for q in quotes]
        if not (
            # the person alone, or after a role ("Menkeu Sri Mulyani"; not "Profil Prabowo")
            (
                phrase.kind == "person"
                and person is not None
                and (not before or names_a_role(before))
            )
            or (
                body is not None
                and body["label"] == "ORG"
                and any(str(body["text"]) in said for said in speaks)
            )
            or one_office(phrase)
            or office_of_body(phrase)
        ):
            return None
        who = resolve(phrase, self.register, Discourse(), position=len(text))
        if who is None:
            return None
        # ('Sri Mulyani: "Defisit Masih Aman"': in quotation marks, the words are hers)
        kind = "direct" if match.group("open") and match.group("close") else "indirect"
        return _record(text, kind, match.start("what"), match.end("what"), who, ":")

    def _added(self, lo: int, hi: int, first: dict[str, Any]) -> tuple[dict[str, Any], int] | None:
        """The statement the same speaker adds after a comma in text[lo:hi] ("…, seraya
        menambahkan bahwa …") as an indirect quote, and where the first statement ends."""
        match = _ADDED.search(self.text, lo, hi)
        if match is None or first.get("speaker") is None:
            return None
        end = hi
        while end > match.end() and self.text[end - 1] in " .\n":
            end -= 1
        if len(self.text[match.end() : end].split()) < _MIN_ADDED_WORDS:
            return None
        who = self.state.last_speaker
        return _record(self.text, "indirect", match.end(), end, who, match.group(1)), match.start()

    def _someone_introduced_since(self, mention: str, person: Person, position: int) -> bool:
        """Whether "sang X" ("X tersebut") means someone the article introduced as "seorang X"
        after it last named `person`, and whose calling is not the person's."""
        words = mention.lower().split()
        if len(words) == 2 and words[1] in {"tersebut", "itu", "ini"}:
            words = ["sang", words[0]]  # "petugas tersebut", as "sang petugas"
        if len(words) != 2 or words[0] != "sang" or words[1] not in INTRODUCED_HUMANS:
            return False
        if words[1] in (person.role or "").lower().split():
            return False
        introduced = max(
            (m.start() for m in _introduced(words[1]).finditer(self.text, 0, position)),
            default=-1,
        )
        named = max((at for at in person.seen if at < position), default=person.first_seen)
        return introduced > named

    def _speaker(self, cue: Cue, position: int) -> Speaker | None:
        if (
            cue.phrase.kind == "org"
            and cue.phrase.mention.rsplit(" ", 1)[-1] in _POINTING
            # (not a document: "PP itu menyatakan …", "Inpres itu …")
            and cue.phrase.mention.split()[0].lower() not in _DOCUMENTS
        ):
            # "Diplomat Tertinggi RI itu menyebutkan …": an epithet written in capitals,
            # pointing back like "diplomat tertinggi RI itu"
            lowered = cue.phrase.mention[:1].lower() + cue.phrase.mention[1:]
            toks = tokens(lowered)
            epithet = parse_phrase(lowered, toks, common=self.common) if toks else None
            if epithet is not None and epithet.kind == "anaphor":
                cue = Cue(Phrase("anaphor", cue.phrase.mention), cue.cue, cue.immediate)
        if (
            cue.phrase.kind == "org"
            and (as_person := self.register.resolve(cue.phrase.mention)) is not None
            and as_person.name == cue.phrase.mention
            and not self.register.is_org(cue.phrase.mention)
        ):
            # "menurut Zamrud Setya Negara": a name closing on a word bodies close on, that
            # the article names as a person
            phrase = Phrase("person", cue.phrase.mention, as_person.name)
            cue = Cue(phrase, cue.cue, cue.immediate)
        if (
            cue.phrase.kind == "person"
            and cue.phrase.name
            and (named_in := self._glued_to_a_person(cue.phrase.name)) is not None
        ):
            # "Kepala First Asia Capital David Sutyanto": the body's last word ran into the
            # name of someone the article names; it belongs to the office
            extra = cue.phrase.name[: -len(named_in)].strip()
            office = f"{cue.phrase.role} {extra}" if cue.phrase.role else extra
            phrase = Phrase("person", cue.phrase.mention, named_in, office)
            cue = Cue(phrase, cue.cue, cue.immediate)
        if self._names_a_body(cue.phrase):
            cue = Cue(Phrase("org", cue.phrase.mention), cue.cue, cue.immediate)
        elif self._office_of_a_body(cue.phrase):
            # "kata juru bicara Brigade Ezzedine al - Qassam": an office of a body the entity
            # step found, no person's name after a role
            cue = Cue(Phrase("title", cue.phrase.mention), cue.cue, cue.immediate)
        elif (body := self._body_cut_at_a_particle(cue.phrase)) is not None:
            # "pengurus Masjid Al - [Hikmah] melaporkan": the subject cut at the hyphen of a
            # body's name the entity step found
            cue = Cue(Phrase("org", body), cue.cue, cue.immediate)
        if (small := self._name_written_small(cue.phrase)) is not None:
            cue = Cue(Phrase("person", cue.phrase.mention, small), cue.cue, cue.immediate)
        titled = self._titled_one_word_name(cue.phrase, position)
        if titled is not None:
            cue = Cue(titled, cue.cue, cue.immediate)
        named = self._named_before_stray_words(cue.phrase)
        if named is not None:
            cue = Cue(Phrase("person", cue.phrase.mention, named), cue.cue, cue.immediate)
        who = resolve(cue.phrase, self.register, self.state, position=position)
        last = self.state.last_speaker
        if (
            cue.phrase.kind == "title"
            and cue.cue.lower() in _GOES_ON_VERBS
            and (who is None or who.person is None)
            and last is not None
            and last.person is not None
            and not any(
                p is not last.person and p.role and cue.phrase.mention.lower() in p.role.lower()
                for p in self.register.people
            )
        ):
            # '"…," ucap Zulkifli. ¶ Ketua Umum PAN menambahkan bahwa …': an office with no
            # name that adds to what was just said is the one who said it, by another office
            who = Speaker(last.speaker, cue.phrase.mention, cue.phrase.mention, person=last.person)
        kin = self._kin_in_focus(cue.phrase)
        if kin is not None:
            who = kin
        if cue.phrase.kind == "anaphor" and who is not None and who.person is not None:
            who = self._calling_of_the_subject(cue.phrase, who, position)
        if (
            cue.phrase.kind == "anaphor"
            and who is not None
            and who.person is not None
            and self._someone_introduced_since(cue.phrase.mention, who.person, position)
        ):
            # "… dituduh melecehkan seorang wanita. ¶ … sang wanita mengaku …": the woman
            # the article brought in after naming the one in focus, unnamed
            who = Speaker(cue.phrase.mention, cue.phrase.mention, None, anonymous=True)
        if cue.phrase.kind == "person" and who is not None and who.person is not None:
            who = self._whom_the_entities_mean(cue.phrase, who, position)
        if (
            who is not None
            and who.person is None
            and _the_company(cue.phrase.mention)
            and (company := self._last_body(position)) is not None
        ):
            # "Perseroan menyatakan …", "Perusahaan mengklaim …": the company named last
            who = Speaker(company, cue.phrase.mention, None)
        if who is not None and (
            who.person is not None
            or who.anonymous
            or one_office(cue.phrase)
            or office_of_body(cue.phrase)
            # ("ujar perwakilan Samyang Foods": someone of the body, read as a role and a name,
            # or as the body after the word for who speaks for it)
            or (
                cue.phrase.kind == "person"
                and (cue.phrase.role or "").lower() in _FOR_THE_BODY
                and who.speaker is not None
            )
            or (
                cue.phrase.kind == "org"
                and who.speaker is not None
                and self._spoken_for(cue.phrase.mention, position)
            )
        ):
            # (an office without its holder's name, "Mendagri mengatakan …", "Juru bicara
            # Kementerian Luar Negeri mengatakan …", is whom a following "Ia …" means)
            self.state.focus = who
        if who is not None:
            self.state.last_speaker = who
            self.state.history.append(who)
        return who

    def _spoken_for(self, body: str, position: int) -> bool:
        """Whether the words for someone who speaks for a body stand right before its name
        near `position` ("ujar perwakilan Samyang Foods")."""
        lo, hi = max(0, position - 400), min(len(self.text), position + 400)
        return (
            re.search(
                r"(?i)\b(?:"
                + "|".join(sorted(_FOR_THE_BODY))
                + r")[ \t]+"
                + re.escape(body)
                + r"(?![\w-])",
                self.text[lo:hi],
            )
            is not None
        )

    def _kin_in_focus(self, phrase: Phrase) -> Speaker | None:
        """ "Putera sulung mantan Gubernur DKI Jakarta Ali Sadikin menegaskan …" after Boy
        Sadikin spoke: a relative of someone named, who bears the family name of the person
        in focus, is that person."""
        focus = self.state.focus
        words = phrase.mention.split()
        if (
            phrase.kind != "anonymous"
            or focus is None
            or focus.person is None
            or len(words) < 3
            or words[0].lower() not in KIN_WORDS
        ):
            return None
        own = focus.person.name.split()
        if len(own) < 2 or words[-1] != own[-1] or focus.person.name in phrase.mention:
            return None
        return Speaker(focus.person.name, phrase.mention, focus.person.role, person=focus.person)

    def _titled_one_word_name(self, phrase: Phrase, position: int) -> Phrase | None:
        """ "kata Petugas Call Center NTMC Polri Dimas": a title and its body read as one
        body, whose last word the entity step tagged a person right there: that person, with
        the title and body as the role."""
        words = phrase.mention.split()
        if phrase.kind != "org" or len(words) < 3 or words[0].lower() not in TITLES | HUMAN_ROLES:
            return None
        last = words[-1]
        office = phrase.mention[: -len(last)].strip()
        for entity in self.entities:
            start = int(entity.get("start", -1))
            if (
                entity.get("label") == "PER"
                and entity.get("text") == last
                and abs(start - position) < 600
                and self.text[:start].rstrip().endswith(office)
            ):
                return Phrase("person", phrase.mention, last, office)
        return None

    def _glued_to_a_person(self, name: str) -> str | None:
        """The full name (two words or more) of a person the article names that `name` ends
        with after the last words of that person's office, words that close a body's name
        ("Capital"), when `name` is no one's own."""
        known = self.register.resolve(name)
        if known is not None and known.name == name:
            return None
        for person in self.register.people:
            full = person.name
            if (
                " " in full
                and name.endswith(" " + full)
                and (known is None or known is person)
                # (words the entity step gave the person's office: not a given name it left
                # out, "Purbaya" of "Purbaya Yudhi Sadewa", nor an initial, "A Tonny Budiono")
                and person.role is not None
                and person.role.endswith(" " + name[: -len(full)].strip())
                and all(w.lower() in ORG_LAST_WORDS for w in name[: -len(full)].split())
                and not any(
                    w.lower() in self.register.person_words for w in name[: -len(full)].split()
                )
            ):
                return full
        return None

    def _name_written_small(self, phrase: Phrase) -> str | None:
        """A one-word "generic" speaker that is the name of someone the entity step found,
        written small only here ('," kata eko.' of "Eko, salah satu pemudik …")."""
        word = phrase.mention
        if phrase.kind != "generic" or not word.isalpha() or not word.islower() or len(word) < 3:
            return None
        if len(re.findall(r"(?<![\w-])" + word + r"(?![\w-])", self.text)) != 1:
            return None
        named = {
            str(e["text"])
            for e in self.entities
            if e.get("label") == "PER" and str(e.get("text") or "").lower() == word
        }
        return named.pop() if len(named) == 1 else None

    def _whom_the_entities_mean(self, phrase: Phrase, who: Speaker, position: int) -> Speaker:
        """A one-word name two people share ("Neville" of Gary and of Phil Neville) is the one
        the entity step resolved it to where it is written nearest the quote."""
        name = phrase.name or ""
        if " " in name or not name or who.person is None:
            return who
        near = [
            e
            for e in self.entities
            if e.get("label") == "PER"
            and e.get("text") == name
            and abs(int(e["start"]) - position) < 400
        ]
        if not near:
            return who
        meant = str(min(near, key=lambda e: abs(int(e["start"]) - position)).get("canonical"))
        theirs = _HYPHEN.sub("-", meant).split()
        mine = _HYPHEN.sub("-", who.person.name).split()
        if len(theirs) < 2 or theirs[-1] != mine[-1] or theirs[0] == mine[0] or name != mine[-1]:
            return who  # (only two people by one family name)
        person = self.register.resolve(meant)
        if person is None or person is who.person or person.name != meant:
            return who
        return Speaker(person.name, phrase.mention, person.role, person=person)

    def _calling_of_the_subject(self, phrase: Phrase, who: Speaker, position: int) -> Speaker:
        """An epithet of a calling ("kata gelandang bertinggi 175 cm itu") that does not fit
        the office of the one in focus ("Direktur Olahraga Roma, Monchi") names the person
        the article is about: the one it has named far more often so far."""
        words = phrase.mention.lower().split()
        head = words[1] if words[0] in ("sang", "the") and len(words) > 1 else words[0]
        role = (who.role or "").lower().split()
        if head not in COMMON_CALLINGS or not role or head in role or role[0] not in TITLES:
            return who
        named = [
            str(e.get("canonical") or e["text"])
            for e in self.entities
            if e.get("label") == "PER" and int(e["start"]) < position
        ]
        counts = Counter(named)
        if not counts or who.person is None:
            return who
        name, count = counts.most_common(1)[0]
        if named[-1] != name:
            return who  # (someone named since: "… shooting guard Spurs, Manu Ginobili.
            # Pebasket asal Argentina itu mengatakan …")
        person = self.register.resolve(name)
        own = counts.get(who.person.name, 0)
        if (
            person is None
            or person is who.person
            or count < 3
            or count < 3 * max(own, 1)
            or (person.role and head not in person.role.lower().split())
        ):
            return who
        return Speaker(person.name, phrase.mention, person.role, person=person)

    def _named_before_stray_words(self, phrase: Phrase) -> str | None:
        """The person a speaker phrase read as a capitalised run names, where the subject's
        cut left words of no name on it: "Griezmann sepertik", "Nicki dengan", "Alex tanpa"
        (the article names the person; a body's name is no such run)."""
        if phrase.kind != "org":
            return None
        words = phrase.mention.split()
        lead = list(takewhile(lambda w: w[:1].isupper(), words))
        rest = words[len(lead) :]
        if not lead or not rest or any(not w.islower() for w in rest):
            return None
        name = " ".join(lead)
        if self.register.is_org(name):
            return None
        person = self.register.resolve(name)
        return name if person is not None else None

    def _names_a_body(self, phrase: Phrase) -> bool:
        """Whether a phrase read as a title and a name is, by the entity step, one
        organisation's name and no person's: "Pusat Intelijen Bisnis Fung memperkirakan …"
        (not "Pusat Intelijen" and a Mr "Bisnis Fung")."""
        if phrase.kind != "person" or not phrase.name:
            return False
        if self._bodies is None:
            self._bodies = {str(e["text"]) for e in self.entities if e.get("label") == "ORG"}
            self._people_words = {
                word
                for e in self.entities
                if e.get("label") == "PER"
                for form in (e.get("text"), e.get("canonical"))
                if form
                for word in str(form).split()
            }
        # (no word of the name is a word of a person the entity step found)
        return phrase.mention in self._bodies and not (
            set(phrase.name.split()) & self._people_words
        )

    def _body_cut_at_a_particle(self, phrase: Phrase) -> str | None:
        """The one body of the entity step whose name ends with a particle or hyphen and then
        the phrase, a lone word read as a person ("Hikmah" of "Masjid Al - Hikmah")."""
        if phrase.kind != "person" or phrase.role or not phrase.name or " " in phrase.name:
            return None
        self._names_a_body(Phrase("person", "", phrase.name))  # (fills the caches)
        assert self._bodies is not None
        if phrase.name in self._people_words:
            return None
        cut = _cut_after_particle(phrase.name)
        bodies = [b for b in self._bodies if b != phrase.name and cut.search(b) is not None]
        return bodies[0] if len(bodies) == 1 else None

    def _office_of_a_body(self, phrase: Phrase) -> bool:
        """Whether a phrase read as a role and a name is an office, then the name of a body
        of two words or more that the entity step found, and the name is inside it."""
        if phrase.kind != "person" or not phrase.name or not phrase.role:
            return False
        self._names_a_body(Phrase("person", "", phrase.name))  # (fills the caches)
        assert self._bodies is not None
        # (the name cut off after a particle or hyphen of the body's name: "… Ezzedine al -
        # [Qassam]"; not a person glued to a body, "Dinas … Padang [Suardi]")
        cut = _cut_after_particle(phrase.name)
        return (
            phrase.role.split()[0].lower() in TITLES
            and not set(phrase.name.split()) & self._people_words
            and any(
                body != phrase.name
                and cut.search(body) is not None
                and phrase.mention.endswith(" " + body)
                for body in self._bodies
            )
        )

    def _pair_in(self, lo: int, hi: int) -> bool:
        """Whether two people joined by a hyphen ("A-B", a ticket) stand between lo and hi."""
        ends = {
            int(e["end"])
            for e in self.entities
            if e.get("label") == "PER" and lo <= int(e["start"]) and int(e["end"]) <= hi
        }
        return any(
            e.get("label") == "PER"
            and int(e["start"]) - 1 in ends
            and self.text[int(e["start"]) - 1] == "-"
            and int(e["end"]) <= hi
            for e in self.entities
        )

    def _last_body(self, position: int) -> str | None:
        """The organisation the text is about before `position`: the one named most often."""
        bodies = [
            e
            for e in self.entities
            # (not the outlet of the dateline: "Jakarta, CNBC Indonesia -")
            if e.get("label") == "ORG"
            and self._dateline <= int(e["start"])
            and int(e["end"]) <= position
        ]
        if not bodies:
            return None
        # the body the article is about: named most often so far, the latest of equals
        count = Counter(str(e.get("canonical") or e["text"]) for e in bodies)
        latest = {str(e.get("canonical") or e["text"]): int(e["start"]) for e in bodies}
        best = max(count, key=lambda name: (count[name], latest[name]))
        return org_name(best)

    def _direct(self, span: QuotedSpan) -> dict[str, Any] | None:
        text = self.text
        inner = [t for t in tokens(text, span.start, span.end) if t.is_word]
        if len(inner) == 1 and (inner[0].low in {"dan", "atau"} or post_cue(inner[0])):
            # '…, terbaik, "katanya." Dia punya …': a cue between marks set the wrong way
            # round, quoting nothing
            return None
        s_start = _sentence_start(text, span.outer_start, span.para_start, self.mask)
        s_end = _sentence_end(text, span.outer_end, span.para_end, self.mask)
        pre = tokens(text, s_start, span.outer_start)
        post = tokens(text, span.outer_end, s_end)
        cue = cue_after(text, post, self.common)
        # the words between an earlier quote of the sentence and this one attribute it first
        # ('"A," kata X, "B."': the verbs inside A say nothing about who speaks B)
        earlier = self.mask.rfind(b"\x01", s_start, span.outer_start)
        before = None
        if earlier >= 0:
            between = tokens(text, earlier + 1, span.outer_start)
            # ('"A," kata X, presiden …, "B."': the earlier quote's attribution is B's too)
            before = cue_before(text, between, self.common) or cue_after(text, between, self.common)
        before = before or cue_before(text, pre, self.common)
        if before is None and cue is not None and _cited_by_outlet(post):
            cue = self._subject_opening(pre) or cue
        if before is None and cue is None and not pre:
            before = self._verb_closing_the_sentence_before(s_start, span.para_start)
        if before is not None and (
            cue is None
            or not cue.immediate
            or cue.cue == "menurut"
            # ('Coldplay juga menulis, "…" Mereka menambahkan, "…"': the plural pronoun
            # after it only points back)
            or (cue.phrase.kind == "pronoun" and cue.phrase.mention.lower() == "mereka")
        ):
            cue = before
        if (
            cue is not None
            and cue.phrase.kind == "pronoun"
            and cue.phrase.mention.lower() == "mereka"
            and (self._said_until < 0 or text[self._said_until : span.outer_start].strip())
        ):
            # "Ribuan suporter Persija juga meluapkan kekecewaan … "…," kata mereka": a group
            # the narration turned to since the last quote, not the body that spoke
            cue = None
        if (
            cue is not None
            and cue.phrase.kind == "pronoun"
            and earlier < 0
            and sum(1 for t in pre if t.is_word) >= 3
            # (a sentence that opens the paragraph, not the rest of one a dot cut: "…
            # Joseph. F. Durfort Jr. dalam acara …")
            and s_start == span.para_start
            and pre[0].is_cap
            and pre[0].is_word
            # (only where no one named is in focus: the one who spoke before goes on, and a
            # paragraph may open on whom the speaker talks about, "Tersangka Ahmad …")
            and (self.state.focus is None or self.state.focus.person is None)
        ):
            # "Tierney mengaku senang …, dengan ia mengatakan: '…,' ujarnya": the pronoun is
            # the subject of the quote's own sentence, who opens it
            self._update_subject(s_start, span.outer_start)
        short = quote_words(text, span) <= self.options.max_scare_words
        if cue is None:
            if short and (
                pre or not text[span.start : span.end].rstrip().endswith((".", "!", "?", ","))
            ):
                return None  # scare quote or a quoted term
            if _in_a_document(post):
                # '"Pemohon menganggap …," seperti dalam petikan permohonan.': words a
                # document holds, not those of whoever the article was about
                return _record(text, "direct", span.start, span.end, None, None)
            ahead = self._cue_ahead(span) if not pre and not post else None
            if ahead is not None:
                # a quote paragraph continued by the next one, which names the speaker
                who = self._speaker(ahead, span.start)
                return _record(text, "direct", span.start, span.end, who, ahead.cue)
            focus = self.state.focus
            last = self.state.last_speaker
            who = None
            body_said = self._body_said
            if (
                body_said is not None
                and not pre
                and not post
                and not text[body_said[0] : span.outer_start].strip()
            ):
                # 'NGHWDF menyatakan penelitian … sangat penting. ¶ "Studi lebih lanjut …,"':
                # a quote paragraph right after a body's reported statement goes on with it
                said = body_said[1]
                who = Speaker(said["speaker"], said["speaker_mention"], said["role"])
                return _record(text, "direct", span.start, span.end, who, None)
            if (
                last is not None
                and (
                    self._last_quote_para == span.para_start
                    or (
                        # '"A," tulis pernyataan resmi Man United. ¶ "B."': a quote paragraph right
                        # after a body's, with no narration since, goes on with the body's words
                        focus is self._focus_at_last_quote
                        and not text[span.para_start : span.outer_start].strip()
                        and last.person is None
                        and last.speaker is not None
                        # (a body, or whoever a description names: "tulis kedua agensi", "terang
                        # penelitian ini"; a name the register did not place is left to the focus)
                        and (self.register.is_org(last.speaker) or last.speaker[:1].islower())
                        and self._last_quote_para_end >= 0
                        and not text[self._last_quote_para_end : span.para_start].strip()
                    )
                )
            ):
                # '"A," kata X. "B."': the next quote in the paragraph is X's too, whoever X
                # is (a person, or a name NER took for an organisation)
                who = Speaker(last.speaker, None, last.role, last.anonymous, last.person)
            elif focus is not None:
                who = Speaker(focus.speaker, None, focus.role, focus.anonymous, focus.person)
            return _record(text, "direct", span.start, span.end, who, None)
        if cue.phrase.kind == "pronoun" and self._talked_about(span.para_start, span.outer_start):
            # '"Pelaku dua orang, yaitu Eka Fitra …," kata Kapolda …. Eka Fitra berasal dari
            # … "Jasad kedua pelaku …," kata dia.': someone first named inside a quote, who
            # has not spoken, is whom the quoted speaker talks about; the "dia" closing the
            # next quote is that speaker (a sentence of narration, "Ia mengaku …", may still
            # make the person talked about speak)
            self.state.focus = self.state.last_speaker
        elif cue.phrase.kind == "pronoun" and self._named_in_quote(span.start, span.end):
            # '"…," kata Kasat Reskrim. Mahasiswi itu, Lutviah Sari (Vivi), … "Orang tua
            # Vivi kita panggil …," tuturnya.': the one in focus, who has not spoken, is named
            # in the quote; who speaks of them is the one who spoke before
            self.state.focus = self.state.last_speaker
        elif (
            cue.phrase.kind == "pronoun"
            and self.state.last_speaker is None
            and self.state.earlier is not None
            and self._addressed_in_quote(span.start, span.end)
        ):
            # "Presiden Jokowi mengucap syukur … Novel menjalani perawatan … "Kita bersyukur,
            # Pak Novel sudah sembuh …," tuturnya': the one in focus is spoken of with
            # "Pak", so the one the lead put in focus before speaks
            self.state.focus = self.state.earlier
        elif (
            cue.phrase.kind == "pronoun"
            and (last := self.state.last_speaker) is not None
            and last.person is not None
            and (focus := self.state.focus) is not None
            and focus.person is not None
            and focus.person is not last.person
            and re.search(r"(?<![\w-])[Bb]eliau(?![\w-])", text[span.start : span.end])
        ):
            # 'Irma pun yakin, Tengku Erry … "Sebagai kader partai insyallah beliau bijak,"
            # pungkasnya': whom the quote calls "beliau" is spoken of; who spoke before speaks
            self.state.focus = last
        asker, self._asker = self._asker, None
        if (
            asker is not None
            and cue.phrase.kind == "pronoun"
            and cue.cue.removesuffix("nya") in _GOES_ON
        ):
            # '"…?" tanya Budi kepada Andi. "Kalau siap, kita berangkat," lanjutnya.': who goes
            # on speaking is the one who asked, not whom the question was put to
            self.state.focus = asker
        elif (
            cue.phrase.kind == "pronoun"
            and cue.cue.endswith("nya")
            and cue.cue.removesuffix("nya") in _GOES_ON - {"tanya"}
            and (last := self.state.last_speaker) is not None
            and last.person is not None
            and (focus := self.state.focus) is not None
            and focus.person is not None
            and focus.person is not last.person
            and not any(s.person is focus.person for s in self.state.history)
            and not self._reported_at_last_mention(focus.person, span.outer_start)
        ):
            # 'Sukiati dan bayinya kemudian dibawa ke Rumah Sakit Siloam. "Bayinya berjenis
            # kelamin perempuan," lanjutnya.': who goes on speaking has spoken before; one
            # the narration turned to, who has not, does not go on
            self.state.focus = last
        who = self._body_goes_on(cue, span) or self._speaker(cue, span.start)
        if cue.cue == "tanya" and who is not None:
            # '"…?" tanya jaksa …, Kresno Anto Wibowo kepada Anton. "…," jawabnya.': whom the
            # question is put to is whom the answer's "-nya" means
            asked = _ASKED.match(text, span.end, min(len(text), span.end + 200))
            addressee = self.register.resolve(asked.group(1)) if asked is not None else None
            if addressee is not None and addressee is not who.person:
                self._focus_on(addressee)
                self._asker = who
        self._last_quote_para = span.para_start if who is not None else -1
        self._last_quote_para_end = span.para_end if who is not None else -1
        self._focus_at_last_quote = self.state.focus
        return _record(text, "direct", span.start, span.end, who, cue.cue)

    def _reported_at_last_mention(self, person: Person, before: int) -> bool:
        """Whether the article's last naming of `person` before `before` is the subject of a
        verb of saying ("Rahmad mengungkap pemilihan TCash …"): their words reported."""
        last = max((p for p in person.seen if p < before), default=None)
        if last is None:
            return False
        toks = tokens(self.text, last, min(before, last + 160))
        head = list(takewhile(lambda t: t.text not in {".", ",", "!", "?"}, toks))[:7]
        return any(t.low in SPEECH_VERBS for t in head)

    def _body_goes_on(self, cue: Cue, span: QuotedSpan) -> Speaker | None:
        """'"A," kata media tersebut dalam pernyataannya. ¶ "B," lanjutnya.': a body or a
        description that spoke in the paragraph right before goes on speaking ("-nya" means
        no person the narration follows)."""
        last = self.state.last_speaker
        if (
            cue.phrase.kind != "pronoun"
            or not cue.cue.endswith("nya")
            or cue.cue == "tanyanya"
            or last is None
            or last.person is not None
            or last.speaker is None
            or not (self.register.is_org(last.speaker) or last.speaker[:1].islower())
            or self._last_quote_para_end < 0
            or self.text[self._last_quote_para_end : span.para_start].strip()
            or self.text[span.para_start : span.outer_start].strip()
        ):
            return None
        return Speaker(last.speaker, None, last.role, last.anonymous, None)

    def _verb_closing_the_sentence_before(self, s_start: int, para_start: int) -> Cue | None:
        """ "Dalam pernyataannya, Facebook mengatakan. “ …”": the sentence right before the
        quote ends on a verb of saying with nothing said, the writer having put a full stop
        for the colon; its subject speaks the quote."""
        prev_end = s_start
        while prev_end > para_start and self.text[prev_end - 1].isspace():
            prev_end -= 1
        if prev_end <= para_start or self.text[prev_end - 1] != ".":
            return None
        prev_start = _sentence_start(self.text, prev_end - 1, para_start, self.mask)
        toks = tokens(self.text, prev_start, prev_end - 1)
        if len(toks) < 2 or toks[-1].low not in CORE_SPEECH_VERBS or toks[-1].is_cap:
            return None
        return cue_before(self.text, [*toks, make_tok(":", prev_end - 1, prev_end)], self.common)

    def _named_in_quote(self, start: int, end: int) -> bool:
        """Whether the person in focus, who has not spoken yet, is named in text[start:end]
        while someone else has spoken before."""
        focus, last = self.state.focus, self.state.last_speaker
        if (
            focus is None
            or last is None
            or focus is last
            or focus.person is None
            or last.person is None
            or focus.person is last.person
            or any(s.person is focus.person for s in self.state.history)
        ):
            return False
        person = focus.person
        names = _names_of(person)
        said = self.text[start:end]
        return any(
            len(name) >= 3 and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", said)
            for name in names
        )

    def _addressed_in_quote(self, start: int, end: int) -> bool:
        """Whether the person in focus is named in text[start:end] after a form of address
        ("Pak Novel", "Bu Susi"): spoken of, not speaking."""
        focus = self.state.focus
        if focus is None or focus.person is None:
            return False
        person = focus.person
        names = {person.name, *person.aliases, *person.name.split()}
        said = self.text[start:end]
        return any(
            len(name) >= 3
            and re.search(
                r"(?<![\w-])(?:Pak|Bu|Bapak|Ibu|Mas|Mbak|Bang|Kak) "
                + re.escape(name)
                + r"(?![\w-])",
                said,
            )
            for name in names
        )

    def _talked_about(self, para_start: int, quote_start: int) -> bool:
        """The person in focus was first named inside a quote, has not spoken since, and is
        not named in the quote's own paragraph ("Direktur …, Hasan Salihamidzic, kemudian
        menyanjung …. "…," ujarnya": the paragraph introduces its speaker)."""
        focus, last = self.state.focus, self.state.last_speaker
        if focus is None or focus.person is None or last is None or last.person is None:
            return False
        person = focus.person
        if person.name in self.text[para_start:quote_start]:
            return False
        if person is last.person or any(s.person is person for s in self.state.history):
            return False
        return any(q.start <= person.first_seen < q.end for q in self.spans)

    def _subject_opening(self, pre: list[Tok]) -> Cue | None:
        """The person who opens the sentence as the subject of its first verb: "Rutte
        mendeklarasikan kesuksesannya sebagai "…." Demikian dikutip Reuters" (the outlet
        only carried the words)."""
        verb = next((i for i, t in enumerate(pre) if is_verb_like(t)), None)
        subject = subject_before(pre, verb) if verb else []
        if not subject or subject[0] is not pre[0]:
            return None
        phrase = parse_phrase(self.text, subject, common=self.common)
        if phrase is None or phrase.kind != "person":
            return None
        return Cue(phrase, pre[verb].low if verb else "", False)

    def _cue_ahead(self, span: QuotedSpan) -> Cue | None:
        """The named attribution of the quote opening the next paragraph, if there is one."""
        text = self.text
        nxt = next((q for q in self.spans if q.outer_start > span.outer_end), None)
        if nxt is None or text[span.outer_end : nxt.outer_start].strip():
            return None
        end = _sentence_end(text, nxt.outer_end, nxt.para_end, self.mask)
        cue = cue_after(text, tokens(text, nxt.outer_end, end), self.common)
        if cue is None or cue.phrase.kind not in {"person", "org", "anonymous"}:
            return None  # "…," katanya: the pronoun takes the person in focus anyway
        return cue

    def _sentence_after(self, lo: int, hi: int) -> dict[str, Any] | None:
        """Reported speech in a sentence after a quote that closed with its own full stop
        ("…pengguna." Lebih lanjut, Daniel menjelaskan bahwa …), which the splitter keeps
        with the quote; not words that attribute the quote ('"…." Demikian kata X.')."""
        if not re.search(r"[.!?][\"”’']+$", self.text[max(0, lo - 3) : lo]):
            return None
        start = lo + len(self.text[lo:hi]) - len(self.text[lo:hi].lstrip())
        if start >= hi or not self.text[start].isupper():
            return None
        record = self._indirect(start, hi)
        if record is not None:
            self._said_until = hi
        return record

    def _indirect(self, s_start: int, s_end: int) -> dict[str, Any] | None:
        toks = tokens(self.text, s_start, s_end)
        found = find_reported(self.text, toks, self.common)
        if found is None or found.phrase.kind == "generic":
            return None  # "pengguna dapat menambahkan …": no one is reported as saying it
        if found.phrase.mention and found.phrase.mention.split()[0].lower() in _NOT_SPEAKERS:
            return None
        if found.phrase.kind == "pronoun" and found.phrase.mention.lower() == "mereka":
            return None  # "Mereka menuntut …": a group the narration follows, no source
        if found.start > s_start and len(_OPEN_MARK.findall(self.text, s_start, found.start)) % 2:
            return None  # "Istilah 'jangan menilai orang …'": the verb is inside a quotation
        if (
            self.text[found.end : found.end + 1] in {"", ".", "\n"}
            # (what is denied may be a thing: "membantah penilaian miring tersebut")
            and found.cue not in {"membantah", "menyanggah", "menampik", "menyangkal"}
            and _names_a_thing(tokens(self.text, found.start, found.end))
        ):
            return None  # "Demian juga menyampaikan kondisi terkini rekannya tersebut."
        at = found.at if found.at >= 0 else found.start
        if found.phrase.kind == "pronoun":
            self._focus_on(self._opening_subject(toks))
            self._turn_from_whom_it_names(at, found.start)
        who = self._speaker(Cue(found.phrase, found.cue, True), at)
        if who is None:
            return None
        if _SAID_IT_WHEN.match(self.text, found.start, found.end) or _THE_SAME.fullmatch(
            self.text, found.start, found.end
        ):
            # "Misbakhun mengatakan hal itu menanggapi pengakuan …", "Sumber lain juga
            # menyebut hal yang serupa": no statement of its own, but the one who said it is
            # whom the article now follows
            return None
        return _record(self.text, "indirect", found.start, found.end, who, found.cue)

    def _heading(self, s_start: int, s_end: int, toks: list[Tok]) -> bool:
        """Whether text[s_start:s_end] is a line of its own, short and with no full stop: a
        section's heading ("Karier Akting", "Dapat Peran Berkat Beyonce")."""
        line = self.text[s_start:s_end].strip()
        return (
            sum(t.is_word for t in toks) <= 8
            and not line.endswith((".", "!", "?", ",", ":", ";", '"', "”"))
            and self.text[max(0, s_start - 1) : s_start] in {"", "\n"}
            and self.text[s_end : s_end + 1] in {"", "\n"}
        )

    def _turn_from_whom_it_names(self, cue_at: int, said_at: int) -> None:
        """ "Kim mengatakan, "Hai". … berkesan bagi seorang Syahrini. … ia bahkan mengatakan
        jika Kim merupakan wanita yang ramah": the one in focus, named as the subject of what
        "ia" reports, is spoken of; "ia" is the one who spoke before and whom the narration
        named last before it (within 300 characters)."""
        focus = self.state.focus
        if focus is None or focus.person is None:
            return
        person = focus.person
        opening = _SAID_OPENS.match(self.text, said_at)
        if opening is None or not any(
            len(name) >= 3
            and self.text.startswith(name, opening.end())
            and not self.text[opening.end() + len(name) : opening.end() + len(name) + 1].isalnum()
            for name in _names_of(person)
        ):
            return
        spoke = [
            s.person for s in self.state.history if s.person is not None and s.person is not person
        ]
        lo = max(0, cue_at - 300)
        last: tuple[int, Person] | None = None
        for other in spoke:
            for name in _names_of(other):
                if len(name) < 3:
                    continue
                pattern = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
                for match in re.finditer(pattern, self.text[lo:cue_at]):
                    if last is None or match.start() > last[0]:
                        last = (match.start(), other)
        if last is not None:
            self._focus_on(last[1])

    def _opening_subject(self, toks: list[Tok]) -> Person | None:
        """The person named as the subject of a sentence's first clause when a pronoun after
        "…, namun ia" opens the second: "Xavi tidak meragukan …, namun ia menegaskan …"."""
        run = list(takewhile(lambda t: t.is_cap and t.is_word, toks[:4]))
        if not run or len(run) >= len(toks) or toks[len(run)].is_cap:
            return None
        for k in range(len(run) + 1, len(toks) - 1):
            if (
                toks[k].low in {"ia", "dia", "beliau"}
                and toks[k - 1].low in _BUT
                and toks[k - 2].text == ","
            ):
                return self.register.resolve(_join_toks(self.text, run))
            if toks[k].low in {"ia", "dia", "beliau"} or toks[k].text in {".", ";"}:
                return None
        return None

    def _update_subject(self, s_start: int, s_end: int) -> None:
        if s_start < self._dateline < s_end:
            # "Jakarta, CNN Indonesia -- Kepala BPAD … Achmad Firdaus membenarkan …": the
            # sentence's subject comes after the dateline
            s_start = self._dateline
        toks = tokens(self.text, s_start, s_end)
        if not toks:
            return
        withheld = _WITHHELD_SOURCE.search(self.text, s_start, s_end)
        if withheld is not None:
            # "… kumparan dapatkan dari salah satu petugas Pengadilan Agama Jakarta Timur yang
            # enggan disebutkan namanya.": that unnamed source is whom "Menurutnya" and
            # "petugas tersebut" then mean
            source = withheld.group("source").strip()
            self.state.focus = Speaker(source, source, None, anonymous=True)
            return
        first_comma = next((i for i, t in enumerate(toks) if t.text == ","), len(toks))
        if len(toks) > 2 and toks[0].low == "menurut" and toks[1].is_cap:
            # "Menurut Alexander dana kemitraan … sekitar 600 ribu euro.": whom the sentence
            # reports is the one the article now follows, comma or not
            according = self.register.resolve(toks[1].text)
            if according is not None:
                self._focus_on(according)
                return
        if (
            len(toks) > 3
            and toks[0].low in {"bagi", "buat"}
            and toks[1].is_cap
            and (
                comma := next((i for i in range(2, min(len(toks), 6)) if toks[i].text == ","), None)
            )
            is not None
            and all(t.is_cap and t.is_word for t in toks[1:comma])
        ):
            # "Buat Gede, Presiden Klub Persija Ferry Paulus telah meletakkan fondasi …": the
            # sentence gives that person's view; they are whom the article follows
            topic = self.register.resolve(_join_toks(self.text, toks[1:comma]))
            if topic is not None:
                self._focus_on(topic)
                return
        if not any(is_verb_like(t) for t in toks):
            if self._heading(s_start, s_end, toks):
                return  # "Dapat Peran Berkat Beyonce": a section's heading follows no one
            # "Salah satunya Dimas Prasetyo (26), karyawan swasta …": a sentence without a
            # verb that opens by introducing someone puts them in focus (as does one about
            # someone: "Bagi Gunawan, batik bukan sekadar komoditas.")
            topic = (
                self.register.resolve(toks[1].text)
                if len(toks) > 2 and toks[0].low in {"bagi", "buat"} and toks[1].is_cap
                else None
            )
            # "Tanggapan senada juga keluar dari sahabat Diana, Rosa Mockton.": the one set off
            # after a relative's name is whom the sentence introduces
            set_off = _SET_OFF_AFTER_RELATIVE.search(self.text, s_start, s_end)
            named = self.register.resolve(set_off.group(1)) if set_off else None
            self._focus_on(
                named or topic or self._person_in(s_start, toks[min(len(toks) - 1, 7)].end)
            )
            return
        # "Saat perihal kejutan tersebut disinggung, Mikha pun enggan berkomentar": the
        # clause before the comma has a subject of its own; the sentence's comes after it
        # ("Sebab jika memang Hazard ingin …, maka …": a conjunction before the subordinator)
        subordinators = SUBORDINATORS | _MORE_SUBORDINATORS
        clause = (
            (toks[0].low in subordinators and not (len(toks) > 1 and toks[1].low == "ini"))
            or (len(toks) > 1 and toks[0].low in _CLAUSE_LEADS and toks[1].low in subordinators)
        ) and first_comma < len(toks)  # ("Saat ini sudah ada …": now, no clause)
        # (a sentence opening with a long office reaches its verb later: "Ketua Umum Ikatan
        # Dokter Anak Indonesia (IDAI) dr Piprim Basarah Yanuarso, SpA(K) menyambut …")
        reach = 24 if toks[0].low in TITLES | HUMAN_ROLES else 16
        if clause:
            # ("Saat ditanya soal … pengacara Rudi Alfonso, yang juga menjabat Ketua …, Anton
            # tak membantah": a relative clause set off inside it goes on to its next comma)
            while first_comma + 1 < len(toks) and toks[first_comma + 1].low == "yang":
                after = next(
                    (i for i in range(first_comma + 2, len(toks)) if toks[i].text == ","), None
                )
                if after is None:
                    break
                first_comma = after
            # ("Saat disinggung tentang rencana pemakaman …, Adi belum bisa memberikan …":
            # the main clause's subject is reached from the comma)
            reach = max(reach, first_comma + 12)
        met_until = 0
        if (
            _ACTIVE_VERB.fullmatch(toks[0].low)
            and toks[0].low not in SPEECH_VERBS | TITLES | HUMAN_ROLES | _NO_ACTIVE_VERBS
            and 2 < first_comma < min(len(toks) - 1, 20)
            and toks[first_comma + 1].is_cap
        ):
            # "Menyoal santer Sekda Purwakarta Fadil Karsoma akan diusung Golkar …, Sarip
            # menepisnya": a clause opening on an active verb, with no subject of its own,
            # leads to the sentence's subject after the comma
            met_until = first_comma
            reach = max(reach, first_comma + 12)
        for verb, tok in enumerate(toks[:reach]):
            if tok.low in THROUGH and through_someone(
                list(takewhile(lambda t: not is_verb_like(t), toks[verb + 1 : verb + 12]))
            ):
                continue  # "Marvel Studios melalui bosnya Kevin Feige memercayakan …"
            if is_verb_like(tok) or (
                # "Austin tak buang-buang waktu untuk mengomentari …": a negation or an aspect
                # right after a name opens the predicate, where a verb of saying follows (not
                # a state: "…, Asma Dewi sudah tidak aktif lagi")
                tok.low in PREDICATE_OPENERS
                and verb > 0
                and toks[verb - 1].is_cap
                and toks[verb - 1].is_word
                and any(t.low in SPEECH_VERBS for t in toks[verb + 1 : verb + 8])
            ):
                if verb < met_until:
                    continue
                if (
                    tok.low in MET_BY_THE_PRESS
                    and verb > 0
                    and toks[verb - 1].low in {"saat", "ketika", "sewaktu", "usai", "seusai"}
                    and (
                        comma := next(
                            (
                                k
                                for k in range(verb + 1, min(len(toks), verb + 8))
                                if toks[k].text == ","
                            ),
                            None,
                        )
                    )
                    is not None
                ):
                    # "Juni lalu, saat ditemui di Jakarta, Kapolda Papua … menyatakan …":
                    # how the press met the subject, who is named after the comma
                    met_until = comma
                    continue
                subject = subject_before(toks, verb)
                if any(
                    t.low in {"adalah", "merupakan", "ialah"}
                    and k > 0
                    and subject[k - 1].low != "yang"
                    for k, t in enumerate(subject)
                ):
                    # "Makanan idola dari pengunjung adalah Baby Lamb Baked in Salt, berupa …":
                    # a copula's clause says what a thing is; no one new is in focus
                    return
                if (not subject or clause or _passive_opening(subject)) and (
                    verb < first_comma < len(toks)
                ):
                    # "Dikonfirmasi terpisah, Direktur …, dr Ratna, membantah …" ("terpisah"
                    # is verb-like too: its subject would be "Dikonfirmasi")
                    continue
                if (
                    tok.low in PASSIVE_CUES | _SHARED_BY
                    and (agent_at := _passive_agent(toks, verb)) is not None
                ):
                    # "Keluhan serupa disampaikan Andi Baso Tenri (38), …": the agent of a
                    # passive verb of saying, without "oleh"
                    spoken_by = self._person_in(
                        toks[agent_at].start, toks[_agent_end(toks, agent_at)].end
                    ) or self.register.resolve(toks[agent_at].text)
                    # ("diucapkan Johnson": the short name of someone named in full before)
                    if spoken_by is not None:
                        self._focus_on(spoken_by)
                        return
                if (
                    tok.low.startswith("di")
                    and verb + 1 < len(toks)
                    and toks[verb + 1].is_cap
                    # (or no subject but a modal: "Bisa dipastikan Bony akan semakin sulit
                    # …", about him)
                    and (subject or all(t.low in _MODALS for t in toks[:verb]))
                    and not any(
                        (t.is_cap and not (k == 0 and t.low in self.common | CLAUSE_STARTERS))
                        or t.low.removesuffix("nya") in _NO_THING_SUBJECT
                        for k, t in enumerate(toks[:verb])
                    )
                ):
                    # "Namun, hal ini diluruskan Ausilio. Menurutnya, …": a thing done by
                    # someone named right after the passive verb; the doer is whom the
                    # article follows now
                    run = list(takewhile(lambda t: t.is_cap, toks[verb + 1 : verb + 5]))
                    doer = next(
                        (
                            named
                            for n in range(len(run), 0, -1)
                            if (named := self.register.resolve(_join_toks(self.text, run[:n])))
                        ),
                        None,
                    )
                    # (someone the article named before: "Persija dilatih Teco Cugurra"
                    # brings in a new name, not the one it follows)
                    if doer is not None and doer.first_seen < toks[verb].start:
                        self._focus_on(doer)
                        return
                if (
                    len(subject) > 1
                    and subject[0] is toks[0]
                    and DERIVED_OPENER.fullmatch(subject[0].text)
                    and subject[0].low not in TITLES | HUMAN_ROLES | _PEOPLE_NOUNS
                ):
                    subject = subject[1:]  # "Keputusan Reynolds menawari Leitch …": whose
                if len(subject) > 1 and subject[0].text == "Hari" and subject[1].is_cap:
                    subject = []  # "Peringatan Hari Kartini … disambut oleh artis Tina Toon"
                if subject and subject[0].low in _PREPOSITIONS and tok.low.startswith("di"):
                    # "Dari tangan Roro didapati sabu dua gram": a phrase of place or source
                    # before a passive verb, no subject; the focus stays
                    return
                lead = next((i for i, t in enumerate(subject) if t.text == ","), None)
                if (
                    lead is not None
                    and subject[0].is_cap
                    and _VERB_FORM.fullmatch(subject[0].low)
                    and lead + 1 < len(subject)
                ):
                    # "Mewakili Indonesia, seniman Tintin Wulia menampilkan …": a clause
                    # fronted before the subject
                    subject = subject[lead + 1 :]
                phrase = parse_phrase(self.text, subject, common=self.common) if subject else None
                if (
                    phrase is not None
                    and phrase.kind == "anaphor"
                    # (not a thing of someone named in it: "Permintaan maaf Cahill tersebut")
                    and not any(
                        t.is_cap
                        and subject[i - 1].low in _NOT_SUBJECT_BEFORE
                        and self.register.resolve(t.text) is not None
                        for i, t in enumerate(subject)
                        if i
                    )
                ):
                    # "Pelantun Hotline Bling itu memang …": an epithet for someone named
                    # before; the focus stays on (or moves to) that person
                    who = resolve(phrase, self.register, self.state, position=s_start)
                    if who is not None and who.person is not None:
                        self.state.focus = who
                    return
                if (
                    phrase is not None
                    and phrase.kind == "person"
                    and phrase.name == toks[0].text
                    and self.register.resolve(phrase.name) is None
                ):
                    return  # "Upaya yang dilakukan …": one capitalised word opening a
                    # sentence, that no one in the article is called, is no new focus
                if (
                    verb >= 16
                    and phrase is not None
                    and (phrase.name is None or self.register.resolve(phrase.name) is None)
                ):
                    break  # (that far in, only someone the article names already)
                if (
                    phrase is not None
                    and phrase.kind == "person"
                    and subject
                    and self._pair_in(subject[0].start, subject[-1].end)
                ):
                    return  # "Pasangan Agustina Wilujeng Pramestuti-Iswar Aminuddin …": two
                    # candidates, no one person the article now follows
                # ("Jalur Puncak akan ditutup": a capitalised word no one in the article is
                # called, without an office, is no new focus by itself)
                unknown = (
                    phrase is not None
                    and phrase.kind == "person"
                    and bool(phrase.name)
                    and self.register.resolve(str(phrase.name)) is None
                    and not (phrase.role and names_a_role(phrase.role))
                    # (nor a form of address: "Ibu Bunga mengaku …")
                    and phrase.mention.split()[0].lower().rstrip(".") not in HONORIFICS
                )
                if subject and self._quoted_title(subject):
                    # "Maka, ' Merah Putih Memanggil ' menjadi film pertama Restu": a work's
                    # title between quote marks is no one
                    return
                if subject and self._several_people(subject):
                    # "Apalagi, mantan pejabat Kemendagri Irman dan Sugiharto serta Andi
                    # Narogong sudah dibawa ke pengadilan": several people, no one of them
                    # the article now follows
                    return
                if phrase is not None and phrase.kind in {"person", "title"} and not unknown:
                    who = resolve(phrase, self.register, self.state, position=s_start)
                    if who is not None and who.person is not None:
                        self.state.focus = who
                        return
                # "Seniman Butet Kartaredjasa untuk pertama kalinya akan memamerkan …",
                # "… diungkapkan oleh Deputi …, Ridwan Djamaludin": a person named before the
                # verb, or as the agent after "oleh", is the one the article now follows
                agent = next((i for i, t in enumerate(toks) if t.low == "oleh"), None)
                # (after a subordinate clause, only its main clause: "Apabila produksi …
                # tercapai …, Indonesia diklaim …")
                opened = toks[first_comma].end if clause and first_comma < verb else s_start
                if met_until:
                    opened = toks[met_until].end  # (after how the press met them)
                spans = [(opened, tok.start)]
                if agent is not None and agent >= verb:
                    spans.append((toks[agent].end, toks[min(len(toks) - 1, agent + 16)].end))
                for lo, hi in spans:
                    person = self._person_in(lo, hi)
                    if person is not None:
                        if lo == opened and self._not_the_subject(lo, hi, person):
                            return  # "… kondisi kesehatan Sheila sendiri …": whose, not who
                        if lo != opened and self._owned_by(lo, hi, person):
                            return  # "… dilakukan oleh para pendukung Rizieq": theirs
                        self._focus_on(person)
                        return
                return
        self._set_off_subject(toks)

    def _quoted_title(self, subject: list[Tok]) -> bool:
        """Whether the capitalised words of a subject stand between single quote marks."""
        named = [t for t in subject if t.is_cap and t.is_word]
        if not named:
            return False
        before = self.text[max(0, named[0].start - 3) : named[0].start].rstrip()
        after = self.text[named[-1].end : named[-1].end + 3].lstrip()
        return before[-1:] in {"'", "‘"} and after[:1] in {"'", "’"}

    def _several_people(self, subject: list[Tok]) -> bool:
        """Whether a subject joins two or more registered people with "dan"/"serta"."""
        if not any(t.low in {"dan", "serta"} for t in subject):
            return False
        people: set[int] = set()
        part: list[Tok] = []
        for tok in [*subject, None]:
            if tok is None or tok.low in {"dan", "serta"} or tok.text == ",":
                if part:
                    person = self._person_in(part[0].start, part[-1].end)
                    if person is not None:
                        people.add(id(person))
                part = []
            else:
                part.append(tok)
        return len(people) >= 2

    def _set_off_subject(self, toks: list[Tok]) -> None:
        """ "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR) Kabupaten Tuban, Agung
        Supriyadi, saat dikonfirmasi membenarkan …": a title so long that no verb comes in
        the first words, then the name set off by commas, is the subject in focus."""
        if not toks or toks[0].low not in TITLES | HUMAN_ROLES:
            return
        for i, tok in enumerate(toks[:24]):
            if tok.text != "," or i + 1 >= len(toks) or not toks[i + 1].is_cap:
                continue
            close = next(
                (j for j in range(i + 2, min(len(toks), i + 7)) if toks[j].text == ","), None
            )
            if close is None:
                return
            person = self._person_in(toks[i + 1].start, toks[close - 1].end)
            if person is not None:
                self._focus_on(person)
            return

    def _not_the_subject(self, lo: int, hi: int, person: Person) -> bool:
        """Whether the person's first name word in text[lo:hi] follows a preposition or a
        noun the person only owns ("dengan Barli", "kondisi kesehatan Sheila")."""
        region = self.text[lo:hi]
        at = _first_named_at(region, person)
        if at <= 0:
            return False
        before = region[:at].split()
        return bool(before) and (
            before[-1] in _NOT_SUBJECT_BEFORE
            # "Peringatan Hari Kartini …": a day named after the person
            or before[-1] == "Hari"
            # "Mantan Menteri Perhubungan era Presiden Susilo Bambang Yudhoyono itu, …": the
            # era's president, not the subject
            or before[-1].lower() in _ERA_WORDS
            or (
                len(before) >= 2
                and before[-2].lower() in _ERA_WORDS
                and before[-1].lower() in TITLES
            )
        )

    def _owned_by(self, lo: int, hi: int, person: Person) -> bool:
        """Whether the person's name in the agent phrase text[lo:hi] after "oleh" follows a
        noun written small that is no calling, whose the person only is ("oleh para
        pendukung Rizieq"; not "oleh pengacara Hotman")."""
        region = self.text[lo:hi]
        at = _first_named_at(region, person)
        before = region[:at].split() if at > 0 else []
        if not before or not (before[-1].islower() and before[-1].isalpha()):
            return False
        # (the lower-case words right before the name: no calling among them, "oleh bintang
        # televisi Ashley Iaconetti")
        run: list[str] = []
        for word in reversed(before[-3:]):
            if not (word.islower() and word.isalpha()):
                break
            run.append(word)
        return not any(word in TITLES | HUMAN_ROLES for word in run)

    def _focus_on(self, person: Person | None) -> None:
        if person is not None:
            self.state.focus = Speaker(person.name, person.name, person.role, person=person)

    def _person_in(self, lo: int, hi: int) -> Person | None:
        """The registered person whose full name appears first in text[lo:hi]."""
        region = self.text[lo:hi]
        found: tuple[int, Person] | None = None
        for person in self.register.people:
            at = region.find(person.name)
            for nick in person.aliases - set(person.name.split()) - {person.name}:
                # (or a name the person goes by, that NER joined to them: "tanggapan Jedar?")
                match = re.search(r"(?<![\w-])" + re.escape(nick) + r"(?![\w-])", region)
                if match is not None and (at < 0 or match.start() < at):
                    at = match.start()
            if at >= 0 and (found is None or at < found[0]):
                found = (at, person)
        if found is None:
            return None
        # "Griezmann" found in the text is "Antoine Griezmann" when the article says so elsewhere
        return self.register.resolve(found[1].name) or found[1]


def _names_of(person: Person) -> set[str]:
    """What the article may call a person by: the full name, its aliases and the surname."""
    return {person.name, *person.aliases, person.name.split()[-1]}


# What may open a reported statement before its subject ("bahwa", "jika", "kalau")
_SAID_OPENS = re.compile(r"(?:(?:bahwa|jika|kalau|apabila)[ \t]+)?")


# Modals before an impersonal passive ("Bisa dipastikan …", "Dapat diduga …")
_MODALS = frozenset({"bisa", "dapat", "sudah", "telah", "kini", "tentu", "pasti"})


# Words written small inside an office before a name ("Anggota Komisi IX bidang Tenaga
# Kerja, Transmigrasi, Kependudukan, dan Kesehatan DPR RI Okky Asokawati")
_INSIDE_AN_OFFICE = frozenset({"dan", "serta", "bidang", "urusan", "dari", "untuk", ",", "(", ")"})


# Prepositions that open a phrase before the verb, not a subject
_PREPOSITIONS = frozenset(
    {"dari", "di", "ke", "kepada", "pada", "terhadap", "dengan", "oleh", "untuk", "bagi"}
)


# Conjunctions that open a second clause about the first one's subject
_BUT = frozenset({"namun", "tetapi", "tapi", "dan", "lalu", "kemudian", "sehingga"})


def _join_toks(text: str, toks: list[Tok]) -> str:
    return text[toks[0].start : toks[-1].end]


def _passive_agent(toks: list[Tok], verb: int) -> int | None:
    """Where the agent of the passive verb at `toks[verb]` is named right after it, without
    "oleh": "disampaikan Andi Baso Tenri", "disampaikan putranya, Muhammad Wirajuda" (the
    agent by a relation or calling, then the name), "diungkapkan, personel lainnya,
    Jonghyun"; None when no name follows so."""
    at = verb + 1
    if at + 1 < len(toks) and toks[at].text == "," and not toks[at + 1].is_cap:
        at += 1  # (the description set off from the verb by a comma too)
    if at >= len(toks):
        return None
    if toks[at].is_cap:
        return at
    described = list(takewhile(lambda t: t.is_word and not t.is_cap, toks[at : at + 4]))
    comma = at + len(described)
    if (
        1 <= len(described) <= 3
        and (
            described[0].low in TITLES | HUMAN_ROLES
            or any(t.low.endswith("nya") for t in described)
        )
        and comma + 1 < len(toks)
        and toks[comma].text == ","
        and toks[comma + 1].is_cap
    ):
        return comma + 1
    return None


def _agent_end(toks: list[Tok], at: int) -> int:
    """The last token of a passive verb's agent opening at `toks[at]`: at least five tokens
    on, and over an office written out before the name, up to 24 tokens."""
    end = at
    while (
        end + 1 < len(toks)
        and end + 1 - at < 24
        and (
            toks[end + 1].is_cap
            or toks[end + 1].low in TITLES | HUMAN_ROLES
            or toks[end + 1].text in _INSIDE_AN_OFFICE
        )
    ):
        end += 1
    return max(end, min(len(toks) - 1, at + 5))


# Words after which a name is no subject: prepositions, and what someone has or undergoes
# Relatives and friends of someone named ("mantan suami Nia Daniati itu", "sahabat Diana")
_RELATIVES = frozenset(
    {"suami", "istri", "isteri", "ayah", "ayahanda", "ibunda", "kakak", "adik", "cucu",
     "kekasih", "pacar", "tunangan", "menantu", "mertua", "keponakan", "sepupu", "sahabat",
     "kerabat", "ipar"}
)  # fmt: skip


def _first_named_at(region: str, person: Person) -> int:
    """Where `region` first names the person, by name or alias; -1 where it does not."""
    return min(
        (
            m.start()
            for name in (person.name, *person.aliases)
            if name
            for m in [re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", region)]
            if m is not None
        ),
        default=-1,
    )


_NOT_SUBJECT_BEFORE = _RELATIVES | frozenset(
    {"dengan", "kepada", "untuk", "bagi", "dari", "terhadap", "atas", "tentang", "soal",
     "mengenai", "bersama", "kondisi", "keadaan", "kesehatan", "nasib", "jenazah", "kasus",
     "status", "akun", "karier", "keluarga", "kepergian", "kematian", "kabar",
     # whose data or study: "Berdasarkan data Jambeck di 2015, diperkirakan …"
     "data", "riset", "penelitian", "studi", "survei", "laporan", "catatan", "temuan",
     "analisis", "berdasarkan",
     # whose words or deeds: "Permintaan maaf Cahill tersebut dikonfirmasi oleh …"
     "maaf", "permintaan", "permohonan", "pernyataan", "ucapan", "sikap", "ulah", "cedera"}
)  # fmt: skip


# Words that make a passive verb's subject someone, not a thing ("Pemain itu dipuji Wenger"):
# then the subject, not the doer after the verb, is whom the article follows
_NO_THING_SUBJECT = (
    TITLES
    | HUMAN_ROLES
    | COMMON_CALLINGS
    | _PEOPLE_NOUNS
    | _RELATIVES
    | frozenset({"ia", "dia", "mereka", "beliau", "kami", "kita", "saya", "aku", "pihak"})
)

# Verbs of going on speaking: after a question put to someone, the asker's ("lanjutnya")
_GOES_ON = frozenset({"lanjut", "imbuh", "tambah", "sambung", "tanya"})


# Whom a question is put to, in the attribution after it: '"…?" tanya X kepada Anton.'
_ASKED = re.compile(
    r"[^.\n!?]*?\bkepada[ \t]+(?:[a-z]+[ \t]+)?([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
)


# A relative or friend of someone named, then a name set off after a comma: the second is
# the one introduced ("sahabat Diana, Rosa Mockton")
_SET_OFF_AFTER_RELATIVE = re.compile(
    r"\b(?:" + "|".join(sorted(_RELATIVES | {"ibu", "anak", "teman", "rekan"})) + r")"
    r"[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]*,[ \t]*"
    r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
)


# "mengatakan hal yang serupa": the same as someone said, no statement of its own
_THE_SAME = re.compile(r"[Hh]al[ \t]+(?:yang[ \t]+)?(?:serupa|sama|senada)[ \t.]*")


# Someone brought in without a name, who asked that it be withheld
_WITHHELD_SOURCE = re.compile(
    r"(?i)(?<![\w-])(?:seorang|salah[ \t]+(?:satu|seorang))[ \t]+"
    r"(?P<source>[a-z]+(?:[ \t]+[^\s,.;:!?\"“”]+){0,6}?)[ \t]+yang[ \t]+"
    r"(?:enggan|tak[ \t]+mau|tidak[ \t]+mau|tak[ \t]+ingin|tidak[ \t]+ingin|minta)[ \t]+"
    r"(?:di)?(?:sebut|tulis|ungkap)(?:kan)?[ \t]+(?:nama|identitas)(?:nya)?\b"
)


_POINTING = frozenset({"itu", "tersebut", "ini"})
_DOCUMENTS = frozenset(
    {"inpres", "pp", "perpres", "keppres", "perppu", "uu", "undang-undang", "perda", "permen",
     "pergub", "perwal", "perbup", "putusan", "surat", "laporan", "dokumen", "survei", "studi",
     "penelitian", "riset", "data", "rilis", "pernyataan", "keputusan", "peraturan"}
)  # fmt: skip


@lru_cache(maxsize=64)
def _cut_after_particle(name: str) -> re.Pattern[str]:
    """A body's name that ends with an Arabic particle or a hyphen, then `name`."""
    return re.compile(
        r"(?:^|\s)(?:[Aa]l|[Ee]l|[Aa]d|[Aa]r|[Aa]s|bin|ibn|-)[ \t]*" + re.escape(name) + "$"
    )


@lru_cache(maxsize=64)
def _introduced(noun: str) -> re.Pattern[str]:
    return re.compile(
        r"(?i)(?<![\w-])(?:seorang|salah[ \t]+(?:seorang|satu))[ \t]+" + re.escape(noun) + r"\b"
    )


# "hal itu" said, then when, where or to whom: the statement is one the article gave before
# ("Misbakhun mengatakan hal itu menanggapi pengakuan …", "… hal tersebut di sela rapat")
_SAID_IT_WHEN = re.compile(
    r"[Hh]al[ \t]+(?:itu|tersebut|ini)[ \t]+(?:menanggapi|merespons|merespon|saat|ketika|usai"
    r"|seusai|selepas|di[ \t]+sela|dalam[ \t]+(?:acara|rapat|diskusi|konferensi|jumpa|seminar"
    r"|keterangan|sambutan|wawancara)|kepada|sebelum|setelah|sesudah|sambil|seraya)\b"
)


# Words for a time named after someone ("era Presiden SBY", "pemerintahan Jokowi")
_ERA_WORDS = frozenset({"era", "zaman", "pemerintahan", "kepemimpinan", "kabinet"})


def extract_quotes(
    text: str, *, entities: list[dict[str, Any]] | None = None, options: QuoteOptions | None = None
) -> list[dict[str, Any]]:
    """Direct and indirect quotes in `text` (clean text), offsets into it."""
    quotes = _Article(text, entities, options or QuoteOptions()).run()
    if entities:
        roles_glued_after_speakers(entities, quotes)
        roles_glued_before_speakers(entities, quotes)
        names_cut_into_roles(entities, quotes)
        offices_by_their_short_forms(entities, quotes)
        honorifics_kept_in_roles(entities, quotes)
        speakers_by_their_canonical_names(entities, quotes)
        roles_the_article_gives_elsewhere(entities, quotes)
    roles_without_the_speakers_name(quotes, entities or [])
    known_people_out_of_roles(quotes)
    for quote in quotes:
        if quote.get("role"):
            # "(Jatanwil)   Dittipidum": the page's runs of spaces are no part of a role
            quote["role"] = " ".join(str(quote["role"]).split())
    return quotes


def roles_without_the_speakers_name(
    quotes: list[dict[str, Any]], entities: list[dict[str, Any]]
) -> None:
    """A role keeps no word that opens its speaker's name: "PSSI melalui Sekretaris Jenderal
    Ratu Tisha Destria" read the given name "Ratu" (also a queen's title) into the office
    before the speaker took the full name ("Sekretaris Jenderal PSSI"). Not a role the
    person's own mention holds whole, set off from the name: "pengamat politik dari
    Universitas Gadjah Mada, Mada Sukmajati"."""
    held = {
        (str(m.get("canonical") or m["text"]), str(m["role"]))
        for m in entities
        if m["label"] == "PER" and m.get("role")
    }
    for quote in quotes:
        speaker, role = str(quote.get("speaker") or ""), str(quote.get("role") or "")
        names, words = speaker.split(), role.split()
        if len(names) < 2 or len(words) < 2 or not names[0][:1].isupper():
            continue
        if (speaker, role) in held:
            continue
        # the longest run of the name's opening words, past the role's first word
        # ("Komisaris Besar Raden Prabowo" of "Raden Prabowo Argo Yuwono")
        for size in range(len(names) - 1, 0, -1):
            at = next(
                (i for i in range(1, len(words) - size + 1) if words[i : i + size] == names[:size]),
                None,
            )
            if at is not None:
                quote["role"] = " ".join(words[:at] + words[at + size :])
                break


def offices_by_their_short_forms(
    entities: list[dict[str, Any]], quotes: list[dict[str, Any]]
) -> None:
    """A speaker that is an office's short form the article gave in brackets in one person's
    role ("Kepala Staf Angkatan Darat (KSAD) TNI Jenderal Mulyono" … "KSAD menegaskan …",
    "kata KSAD") is that person, with that role."""
    holders: dict[str, set[tuple[str, str]]] = {}
    for entity in entities:
        role = str(entity.get("role") or "")
        if entity.get("label") != "PER" or not role:
            continue
        # (the office's own short form, not a body's: "Ketua Komisi Pemberantasan Korupsi
        # (KPK)" is the commission's, which speaks for itself)
        short = own_short_form(role)
        if short is not None:
            holders.setdefault(short, set()).add(
                (str(entity.get("canonical") or entity["text"]), role)
            )
    for quote in quotes:
        held = holders.get(str(quote.get("speaker") or ""))
        if held and len(held) == 1 and not quote.get("role"):
            quote["speaker"], quote["role"] = next(iter(held))


def speakers_by_their_canonical_names(
    entities: list[dict[str, Any]], quotes: list[dict[str, Any]]
) -> None:
    """A speaker named as the entity step writes one person's mention ("Anies Rasyid
    Baswedan") goes by that person's canonical name ("Anies Baswedan"), as the knowledge base
    lists the person; a form that stands for two people stays as it is."""
    meant: dict[str, set[str]] = {}
    for entity in entities:
        if entity.get("label") == "PER" and entity.get("canonical"):
            meant.setdefault(str(entity["text"]), set()).add(str(entity["canonical"]))
    # words of the article's bodies and places, which the register cut off names they were
    # glued to ("Chelsea Willian", "MA Sunarto")
    body_words = {
        w.lower()
        for e in entities
        if e.get("label") in ("ORG", "LOC")
        for w in str(e.get("text") or "").split()
    }
    said_by = {str(q.get("speaker")) for q in quotes if q.get("speaker")}
    for quote in quotes:
        speaker = str(quote.get("speaker") or "")
        names = meant.get(speaker)
        if not names or len(names) != 1:
            continue
        name = next(iter(names))
        if any(other not in (name, speaker) and name.endswith(" " + other) for other in said_by):
            continue  # a name the register cut, glued to someone else's ("Buni Yani Aldwin …")
        mine, theirs = canonical_name(speaker).split(), name.split()
        added = [w for w in theirs if w not in mine]
        if canonical_name(speaker) == name or (
            all(w in theirs for w in mine)
            and not any(w.isupper() or w.lower() in body_words for w in added)
        ):
            quote["speaker"] = name


def roles_glued_after_speakers(
    entities: list[dict[str, Any]], quotes: list[dict[str, Any]]
) -> None:
    """A speaker read as a person's name run on into a role without a comma ("kata Edi
    Syahputra asisten pelatih PSMS Medan"): the person the entity step found, with that role."""
    names = sorted(
        {str(e[key]) for e in entities if e.get("label") == "PER" for key in ("text", "canonical")
         if e.get(key) and " " in str(e[key])},
        key=len,
        reverse=True,
    )  # fmt: skip
    for quote in quotes:
        speaker = str(quote.get("speaker") or "")
        if not speaker or quote.get("anonymous") or quote.get("role"):
            continue
        for name in names:
            rest = speaker[len(name) + 1 :].split()
            if (
                speaker.startswith(name + " ")
                and rest
                and rest[0].islower()
                and rest[0] in HUMAN_ROLES | TITLES
            ):
                quote["speaker"], quote["role"] = name, " ".join(rest)
                break


def known_people_out_of_roles(quotes: list[dict[str, Any]]) -> None:
    """A speaker warta knows whose first words the role took ("Suu Kyi", role "Tokoh pro
    demokrasi Myanmar Aung San"): the full name, and the role before it."""
    for quote in quotes:
        speaker, role = str(quote.get("speaker") or ""), str(quote.get("role") or "")
        if not speaker or not role:
            continue
        cut = known_name_cut_into_role(speaker, role)
        if cut is not None:
            quote["speaker"], quote["role"] = cut[0], cut[1] or None


def roles_glued_before_speakers(
    entities: list[dict[str, Any]], quotes: list[dict[str, Any]]
) -> None:
    """A speaker read with the last word of the role before the name ("Denhaag Azis
    Nurwahyudi" of "Konselor … KBRI Denhaag Azis Nurwahyudi"): the person the entity step
    found there, with the role it read."""
    people = [
        e
        for e in entities
        if e.get("label") == "PER" and e.get("role") and " " in str(e.get("text") or "")
    ]
    named = {
        str(e[key])
        for e in entities
        if e.get("label") == "PER"
        for key in ("text", "canonical")
        if e.get(key)
    }
    # (not where a place or body the tagger ran on into the word touches the name, written
    # so only there: "Kabupaten Banyumas Deskart Sotyo Jatmiko" is Deskart Sotyo Jatmiko; but
    # "Sinar Mas Land", named alone too, closes the office of "… Sinar Mas Land Michael …")
    written = Counter(str(e["text"]) for e in entities if e.get("label") in ("LOC", "ORG"))
    touching = {
        int(e["end"]) + 1
        for e in entities
        if e.get("label") in ("LOC", "ORG") and written[str(e["text"])] == 1
    }
    people = [p for p in people if int(p["start"]) not in touching]
    bodies_end = {int(e["end"]) for e in entities if e.get("label") in ("LOC", "ORG")}
    for quote in quotes:
        speaker = str(quote.get("speaker") or "")
        if not speaker or speaker in named or quote.get("anonymous"):
            continue
        for person in people:
            name, role = str(person["text"]), str(person["role"])
            glued = speaker[: -len(name) - 1] if speaker.endswith(" " + name) else ""
            if (
                glued
                and (role == glued or role.endswith(" " + glued))
                # (a place, however written, or a body named elsewhere too: "Purbaya Yudhi
                # Sadewa" is a name of three words)
                and (_a_place_misspelt(glued) or int(person["start"]) - 1 in bodies_end)
            ):
                quote["speaker"] = str(person.get("canonical") or name)
                quote["role"] = role
                break


# An initial or a noble's title opening a name ("R Agus Budi Santosa", "Raden Prabowo …")
_OPENS_A_NAME = re.compile(r"(?:[A-Z]\.?|Raden|Rd\.?|Tengku|Teuku|Andi|Gusti)(?: |$)")


def names_cut_into_roles(entities: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> None:
    """A speaker read with the first words of the name in the role ("Argo Yuwono", role "…
    Polda Metro Jaya Komisaris Besar Raden Prabowo", of "Raden Prabowo Argo Yuwono"): the
    person the entity step found there, with the role it read."""
    people = [
        e
        for e in entities
        if e.get("label") == "PER" and e.get("role") and " " in str(e.get("text") or "")
    ]
    for quote in quotes:
        speaker = str(quote.get("speaker") or "")
        role = str(quote.get("role") or "")
        if not speaker or not role:
            continue
        for person in people:
            name, theirs = str(person["text"]), str(person["role"])
            cut = name[: -len(speaker) - 1] if name.endswith(" " + speaker) else ""
            if not cut or not role.endswith(" " + cut):
                continue
            office = role[: -len(cut) - 1]
            # (the words cut open a name: after a rank, or an initial or a noble's title; not
            # a body's word glued to it, "Chelsea Willian", "MA Sunarto")
            if (office == theirs and _OPENS_A_NAME.match(cut)) or (
                office != theirs and role_without_trailing_rank(office) == theirs
            ):
                quote["speaker"] = str(person.get("canonical") or name)
                quote["role"] = theirs
                break


def roles_the_article_gives_elsewhere(
    entities: list[dict[str, Any]], quotes: list[dict[str, Any]]
) -> None:
    """A named speaker whose words come with no role takes the one role the entity step read
    next to that person elsewhere in the article ("Manajer Manchester United Jose Mourinho"
    … '"…," kata Mourinho'); not where the article gives the person several."""
    roles: dict[str, set[str]] = {}
    for entity in entities:
        if entity.get("label") == "PER" and entity.get("role"):
            name = str(entity.get("canonical") or entity["text"])
            roles.setdefault(name, set()).add(str(entity["role"]))
    for quote in quotes:
        speaker = quote.get("speaker")
        if not speaker or quote.get("role") or quote.get("anonymous"):
            continue
        given = roles.get(str(speaker), set())
        # (a rank alone is how the person is addressed, no office: "Brigjen Rikwanto")
        if len(given) == 1 and not only_rank_words(next(iter(given)).split()):
            quote["role"] = next(iter(given))


def honorifics_kept_in_roles(entities: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> None:
    """A speaker's role that lost a word of a body's name read as a form of address ("CEO
    Grup Sinar Land" of "CEO Grup Sinar Mas Land"): the role the entity step read."""
    roles: dict[str, set[str]] = {}
    for e in entities:
        if e.get("label") == "PER" and e.get("role"):
            for key in ("text", "canonical"):
                if e.get(key):
                    roles.setdefault(str(e[key]), set()).add(str(e["role"]))
    for quote in quotes:
        mine = str(quote.get("role") or "").split()
        theirs = roles.get(str(quote.get("speaker") or ""), set())
        if not mine or len(theirs) != 1:
            continue
        full = next(iter(theirs))
        words = full.split()
        missing = _missing_words(mine, words)
        if missing and all(w.lower() in HONORIFICS for w in missing):
            quote["role"] = full


def _missing_words(part: list[str], whole: list[str]) -> list[str] | None:
    """The words of `whole` that `part` leaves out, where `part` is `whole` with some words
    taken out (in order); None otherwise."""
    missing: list[str] = []
    i = 0
    for word in whole:
        if i < len(part) and part[i] == word:
            i += 1
        else:
            missing.append(word)
    return missing if i == len(part) else None


def _a_place_misspelt(word: str) -> bool:
    """Whether a word is a place warta knows, written as one word ("Denhaag" of "Den
    Haag") or a letter off a country's name ("Australi")."""
    if known_type(word) == "LOC":
        return True
    if " " in word or not word.isalpha():
        return False
    if any(
        known_type(f"{word[:i]} {word[i:].capitalize()}") == "LOC" for i in range(2, len(word) - 1)
    ):
        return True
    low = word.lower()
    return any(one_letter_off(low, country.lower()) for country in country_names())


def _passive_opening(subject: list[Tok]) -> bool:
    """ "Dikonfirmasi", "Ditemui", "Dihubungi" opening a sentence: a passive verb of the
    clause before the comma, no one who does something."""
    return (
        len(subject) == 1
        and re.fullmatch(
            r"di(?:konfirmasi|temui|hubungi|wawancarai|tanya|minta)\w*", subject[0].low
        )
        is not None
    )
