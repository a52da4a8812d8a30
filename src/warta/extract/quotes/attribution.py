"""Attribution of one direct quote: the cue around it (`," kata X`, `X mengatakan: "`, `menurut X`,
`tweet X`, `X: "`) and the speaker phrase it points to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from warta.extract.canonical import known_type
from warta.extract.ner.lexicon import LOC_HEADS, VENUE_HEADS
from warta.extract.quotes.lexicon import (
    ANAPHORS,
    CLAUSE_ONLY_VERBS,
    DAYS,
    NEGATIONS,
    PASSIVE_CUES,
    QUOTE_ONLY_CUES,
    SPEECH_VERBS,
    TITLES,
)
from warta.extract.quotes.phrases import (
    apposition,
    coordinated_subject,
    is_statement_anaphor,
    is_statement_noun,
    is_verb_like,
    not_forgetting,
    phrase_after,
    post_cue,
    reported_agent,
    said_after_demikian,
    strip_statement,
    subject_before,
)
from warta.extract.quotes.speakers import (
    Phrase,
    epithet_head,
    is_known_place,
    only_rank_words,
    parse_phrase,
)
from warta.extract.quotes.text import Tok

_SKIP = frozenset({",", ".", "!", "?", "-", "–", "—", "…"})


@dataclass(slots=True)
class Cue:
    """A speaker phrase, the cue word that introduced it and how strongly it binds."""

    phrase: Phrase
    cue: str
    immediate: bool  # the cue touches the quote (`," kata X`) rather than sitting further on


def _join(text: str, toks: list[Tok]) -> str:
    return text[toks[0].start : toks[-1].end] if toks else ""


def _with_role(text: str, phrase: Phrase | None, appos: list[Tok]) -> Phrase | None:
    if phrase is not None and appos and phrase.kind in {"person", "org"}:
        role = _join(text, appos)
        phrase.role = role if not phrase.role else phrase.role
    return phrase


# Heads of places and buildings: a name they open, set off after a title, is where it was said
_VENUE_HEADS = (
    LOC_HEADS
    | VENUE_HEADS
    | frozenset(
        {"kompleks", "komplek", "kantor", "gelora", "menara", "markas", "mabes", "perumahan"}
    )
)
_TITLE_BREAKS = frozenset({"“", "”", '"', "‘", "’", ";", ":", "!", "?"})
# Words that follow a speaker ("kata X kepada wartawan di Nantucket, Massachusetts"), never
# part of a title running up to a comma
_AFTER_SPEAKER = frozenset(
    {"kepada", "saat", "ketika", "usai", "seusai", "setelah", "sebelum", "melalui", "lewat"}
)


def _spelt_like_a_day(low: str) -> bool:
    """Whether a word is a day, perhaps misspelt ("Mingggu", "Seninn", "Slasa"); not a name
    near one ("Ahmad", "Kamisah")."""
    return any(SequenceMatcher(None, low, day).ratio() >= 0.85 for day in DAYS - {"ahad"})


def title_then_name(
    text: str, toks: list[Tok], index: int, common: frozenset[str]
) -> tuple[Phrase, int] | None:
    """`kata Manajer tim bulu tangkis Indonesia, Susy Susanti`: a title that runs up to a comma,
    then the name. The title may hold stop words ("dan", "di") that end a plain speaker phrase,
    and places set off by commas ("Manajer Negara Airbnb Asia Tenggara, Hong Kong & Taiwan,
    Robin Kwok"). Returns the phrase and the index after the name."""
    for pos in range(index + 1, min(len(toks) - 1, index + 24)):
        tok = toks[pos]
        if tok.text in _TITLE_BREAKS or is_verb_like(tok) or tok.low in _AFTER_SPEAKER:
            return None
        if tok.text == "." and len(toks[pos - 1].text) > 3:
            return None
        if tok.text != ",":
            continue
        name = phrase_after(toks, pos + 1)
        close = pos + 1 + len(name)
        if (
            name
            and close + 1 < len(toks)
            and toks[close].low in {"dan", "serta"}
            and toks[close + 1].is_cap
        ):
            # "kata Dirjen Industri Kimia, Tekstil dan Aneka, Kementerian Perindustrian
            # Achmad Sigit Dwiwahjono": the fields of the title listed, not a name
            continue
        if (
            len(name) == 1
            and close + 1 < len(toks)
            and toks[close].text == ","
            and toks[close + 1].is_cap
            and _list_closes(toks, close + 1)
        ):
            # "ujar Deputi Bidang Usaha Energi, Logistik, Kawasan dan Pariwisata Kementerian
            # BUMN, Edwin Abdullah Hidayat": one field of a list the title names
            continue
        if (
            len(name) == 1
            and close + 1 < len(toks)
            and toks[close].text == "("
            and toks[close + 1].text[:1].isdigit()
            and close + 2 < len(toks)
            and toks[close + 2].text == "/"
            # (a word spelt nearly like a day, not a one-word name: "kata Kepala Desa
            # Sukamaju, Sutrisno (12/3/2018)")
            and _spelt_like_a_day(name[0].low)
        ):
            # "kata Kabid Humas Polda Metro Jaya Komisaris Besar Argo Yuwono, Mingggu
            # (18/2/2018)": a day, misspelt, before its date
            return None
        if name and name[0].low in _VENUE_HEADS:
            if any(t.low in {"di", "ke"} for t in toks[index:pos]):
                # "kata Sekretaris Fraksi Yandri Susanto di Gedung DPR, Kompleks Parlemen, …":
                # where it was said, set off, not a name after the title
                return None
            # "kata Kepala Desa Cibodas, Kecamatan Pasirjambu, Budi Santoso": a place the
            # title covers, then the name
            continue
        alone = parse_phrase(text, name, common=common) if name else None
        ranked = bool(
            alone is not None and alone.role and only_rank_words(alone.role.split())
        )  # "…, Kombes (Pol) Martinus Sitompul", "…, Komisaris Besar Polisi Yusri Yunus": a
        # rank before the name
        if (
            alone is not None
            and alone.kind == "person"
            and alone.name
            and is_known_place(alone.name)
        ):
            continue  # "…, Hong Kong & Taiwan, Robin Kwok": a place the title covers
        if (
            alone is not None
            and alone.kind == "org"
            and pos + 1 + len(name) < len(toks)
            and toks[pos + 1 + len(name)].text == ","
        ):
            # "ujar Direktur Tindak Pidana Narkotika, Bareskrim Mabes Polri, Kombes Pol John
            # Turman Panjaitan": the body of the title, set off too
            continue
        # "kata Direktur Pengawasan Bank II, Otoritas Jasa Keuangan (OJK) Anung Herlianto":
        # the title's body set off, then the name
        body = bool(
            alone is not None
            and alone.kind == "person"
            and alone.name
            and alone.role
            and not ranked
            and alone.role.split()[0].lower() not in TITLES
            and known_type(alone.role.split(" (")[0]) == "ORG"
        )
        if not body and (
            alone is None
            or alone.kind != "person"
            or (alone.role and not ranked)
            or (alone.name != alone.mention and not ranked)
        ):
            return None
        assert alone is not None
        title = [t for t in toks[index:pos] if t.text != "."]
        role = text[title[0].start : title[-1].end] if title else None
        if body and role:
            role = f"{role}, {alone.role}"
        phrase = Phrase("person", text[toks[index].start : name[-1].end], alone.name, role)
        return phrase, pos + 1 + len(name)
    return None


def _list_closes(toks: list[Tok], at: int) -> bool:
    """Whether capitalised words from `toks[at]` run, over commas, into "dan"/"serta" and
    one more capitalised word: the rest of a list."""
    for pos in range(at, min(len(toks) - 1, at + 12)):
        tok = toks[pos]
        if tok.low in {"dan", "serta"} and not tok.is_cap:
            return pos > at and toks[pos + 1].is_cap
        if not (tok.is_cap or tok.text == ","):
            return False
    return False


def _comma_after_description(toks: list[Tok], after: int) -> int | None:
    """The comma that sets a name off after a description ending at `after`, also past the
    body or place the description names ("… dari University of Florida, Dr. …")."""
    pos = after
    if pos < len(toks) and toks[pos].low in {"dari", "di", "asal"}:
        pos += 1
        while (
            pos < min(len(toks), after + 9)
            and toks[pos].is_word
            and (toks[pos].is_cap or toks[pos].low in {"of", "dan", "de"})
        ):
            pos += 1
        if pos == after + 1:
            return None
    if pos + 1 < len(toks) and toks[pos].text == ",":
        return pos
    return None


def set_off_name(
    text: str,
    toks: list[Tok],
    start: int,
    words: list[Tok],
    phrase: Phrase | None,
    common: frozenset[str],
) -> tuple[Phrase, int] | None:
    """The person named after a comma that follows a description of the speaker (`words`
    from `toks[start]`), and the token index after the name: "kata pedagang sembako, Hj
    Rosmiati (52), kepada …", "ujar gitaris God Bless, Ian Antono", "ungkap ahli entomologi
    dari University of Florida, Dr. Jonathan Day". A name with its title first ("kata
    Presiden Jokowi, Senin") is described already."""
    if phrase is None or not words or phrase.kind in {"pronoun", "anaphor"}:
        return None
    if phrase.kind not in {"generic", "anonymous", "title"} and words[0].is_cap:
        return None
    after = start + len(words)
    comma = _comma_after_description(toks, after)
    if comma is None:
        return None
    more = phrase_after(toks, comma + 1)
    end = comma + 1 + len(more)
    if end < len(toks) and toks[end].is_word and toks[end].low not in _AFTER_SET_OFF_NAME:
        return None  # "kata dia, Cahyono menerima …": a clause, not a name set off
    set_off = parse_phrase(text, [*words, *toks[after : comma + 1], *more], common=common)
    if (
        set_off is not None
        and set_off.kind == "person"
        and set_off.name
        and more
        and set_off.name in text[more[0].start : more[-1].end]
    ):
        return set_off, end
    return None


# Words that may follow a speaker's name set off at the end of an attribution
_AFTER_SET_OFF_NAME = frozenset(
    {"kepada", "di", "dalam", "saat", "seusai", "usai", "ketika", "pada", "dari", "melalui",
     "lewat", "via", "seperti", "sebagaimana", "sambil", "seraya",
     # where the reporter met the speaker ("…, Agus ditemui di sela-sela persiapan")
     "ditemui", "dijumpai", "dihubungi", "dikonfirmasi", "diwawancarai",
     # the act of speaking itself ("…, Kholidin Achmad membacakan nota pledoi")
     "membacakan", "menyampaikan", "berbicara", "berpidato"}
)  # fmt: skip


def _statement_source(toks: list[Tok], index: int, words: list[Tok]) -> list[Tok] | None:
    """For a cue followed by a statement ("demikian (bunyi|isi) pernyataan tertulis
    Kemenlu", "… pernyataan resmi yang dikeluarkan (oleh) Kemenlu"), the words naming its
    source (empty when none is named); None when no statement noun follows the cue."""
    lead = words[1:] if words[0].low in {"bunyi", "isi"} else words
    if not lead or not is_statement_noun(lead[0]):
        return None
    if is_statement_anaphor(lead):
        return []  # "bunyi pernyataan tersebut": the source is whoever the article is about
    source = strip_statement(lead)
    if source and source[0].low != "yang":
        return source
    after = index + len(words) - len(source)
    while after < len(toks) and strip_statement(toks[after : after + 1]) == []:
        after += 1  # "pernyataan tertulis", where the phrase stopped at "tertulis"
    if after + 1 < len(toks) and toks[after].low == "dari" and toks[after + 1].is_cap:
        return phrase_after(toks, after + 1)  # "demikian keterangan pers dari LBH Pers"
    if after + 2 < len(toks) and toks[after].low == "yang" and toks[after + 1].low in _ISSUED:
        after += 2
        if toks[after].low == "oleh":
            after += 1
        return phrase_after(toks, after)
    return []  # "keterangan tertulis yang diterima Kompas.com": the receiver says nothing


# How a statement comes from its source ("pernyataan yang dikeluarkan Kemenlu"); not how it
# reached the newsroom ("yang diterima", "yang diperoleh")
_ISSUED = frozenset(
    {"dikeluarkan", "disampaikan", "diucapkan", "dirilis", "diterbitkan", "dibacakan",
     "ditulis", "diunggah", "dikirim", "dikirimkan", "disebarkan", "dipublikasikan",
     "diumumkan", "dibuat"}
)  # fmt: skip


# How far an epithet may run past its first phrase to its demonstrative
_EPITHET_TAIL = 24


def _cue_at(text: str, toks: list[Tok], index: int, common: frozenset[str]) -> Cue | None:
    """A post-quote cue (`kata X`, `katanya`, `menurut X`) at `toks[index]`."""
    tok = toks[index]
    if tok.low == "menurut":
        words = phrase_after(toks, index + 1)
        source = strip_statement(words)
        if not source:
            return None
        statement = len(source) < len(words)
        phrase = parse_phrase(text, source, common=common)
        return Cue(phrase, "menurut", not statement) if phrase else None
    found = post_cue(tok)
    if found is None and index <= 1 and tok.low in QUOTE_ONLY_CUES and not tok.is_cap:
        found = (tok.low, False)  # '"Halo, Singapura!" sapa Ryota'
    if (
        found is None
        and tok.low in PASSIVE_CUES
        and index + 1 < len(toks)
        and (toks[index + 1].is_cap or toks[index + 1].low in TITLES | {"oleh"})
        # (not a sum or an article of law: `," ditambahkan Rp 5 miliar`, "disebutkan Pasal 5")
        and toks[index + 1].low not in {"rp", "us", "pasal", "ayat", "bab"}
        and not any(t.text[:1].isdigit() for t in toks[index + 2 : index + 4])
    ):
        # `," ditambahkan Brand Director Advan Andy Gusena.`: a passive verb of saying and
        # its agent (after "oleh" too)
        found = (tok.low, False)
        if toks[index + 1].low == "oleh":
            index += 1
    if (
        found is None
        and tok.low in {"bunyi", "isi"}
        and index + 1 < len(toks)
        and is_statement_noun(toks[index + 1])
    ):
        found = ("bunyi", False)  # `," bunyi pernyataan kementerian tersebut.`
    if (
        found is None
        and index <= 1
        and tok.low in {"pernyataan", "keterangan"}
        and not tok.is_cap
        and index + 1 < len(toks)
        and toks[index + 1].is_word
    ):
        # `," pernyataan perwakilan Cornell, Brian Bumberry.`: the statement's source, with
        # the verb of saying left out
        found = (tok.low, False)
    if found is None or (
        index + 1 < len(toks) and (tok.low, toks[index + 1].low) in _NOUN_COMPOUNDS
    ):
        return None  # (`," puji syukur petani …`: a noun, no cue)
    word, nya = found
    if nya:
        return Cue(Phrase("pronoun", "-nya"), word, True)
    if word == "demikian" and (at := reported_agent(toks, index + 1)) < len(toks):
        said = post_cue(toks[at])
        if said is not None and said[1]:
            return Cue(Phrase("pronoun", "-nya"), word, True)  # '," demikian katanya kepada …'
    agent_at = said_after_demikian(toks, index + 1) if word == "demikian" else index + 1
    words = phrase_after(toks, agent_at)
    if not words:
        return None
    cited = agent_at + len(words)
    if (
        toks[agent_at - 1].low in {"dikutip", "dilansir"}
        and cited + 1 < len(toks)
        and toks[cited].low == "dari"
        and (quoted := phrase_after(toks, cited + 1))
        and (source_of := _statement_source(toks, cited + 1, quoted))
    ):
        # '," demikian dikutip Reuters dari pernyataan resmi The Fed': whose statement the
        # outlet quotes, not the outlet
        phrase = parse_phrase(text, source_of, common=common)
        if phrase is not None:
            return Cue(phrase, word, False)
    source_words = _statement_source(toks, index + 1, words)
    if source_words is not None:
        # `," demikian bunyi pernyataan resmi yang diucapkan Van Dijk`: the statement's source
        at = next((k for k, t in enumerate(toks) if source_words and t is source_words[0]), -1)
        if at >= 0 and source_words[0].low in TITLES:
            # (an office set off before the name: `," demikian pernyataan pelatih
            # Liverpool, Jurgen Klopp.`)
            named = title_then_name(text, toks, at, common)
            if named is not None:
                return Cue(named[0], word, False)
        phrase = parse_phrase(text, source_words, common=common) if source_words else None
        return Cue(phrase, word, False) if phrase else None
    phrase = parse_phrase(text, words, common=common)
    after = index + 1 + len(words)
    named = (
        title_then_name(text, toks, index + 1, common)
        if words[0].low in TITLES
        # (not after a title and a name, then where it was said: "kata Ketua … PKPI M Mahfuz
        # Abdullah di Hotel Mercure, Harmoni, Jakarta Pusat": the place set off is no name)
        and not (
            phrase is not None
            and phrase.kind == "person"
            and len((phrase.name or "").split()) >= 2
            and phrase.role
            and after < len(toks)
            and toks[after].low in _WHERE_OR_WHEN_SAID
        )
        else None
    )
    if named is not None:
        return Cue(named[0], word, True)
    if (
        epithet_head(words[0].low)
        and after + 1 < len(toks)
        and (toks[after].text == "," or toks[after].low == "yang")
    ):
        # "tandas cucu mursyid Shiddiqiyah Jombang, KH Muchtar Mu'ti ini", "terang presenter
        # … kelahiran Hannover, Jerman, 8 Mei 1984 ini", "beber Putri Indonesia 2005 yang
        # pernah mewakili Indonesia … ini": an epithet that runs over commas or a relative
        # clause to its demonstrative at the sentence's end
        end = next(
            (
                k
                for k in range(after, min(len(toks), after + _EPITHET_TAIL))
                if toks[k].text in {".", "!", "?", "(", '"', "“", "”"}
            ),
            None,
        )
        if end is not None and end - after >= 2 and toks[end - 1].low in ANAPHORS:
            whole = parse_phrase(text, [*words, *toks[after:end]], common=common)
            if whole is not None and whole.kind == "anaphor":
                return Cue(whole, word, True)
    if not any(t.is_cap for t in words) and after < len(toks) and toks[after].low in {"di", "dari"}:
        # "kata pemenang emas di nomor 100 meter … di Olimpiade Rio de Janeiro tersebut": an
        # epithet whose place runs to its demonstrative at the sentence's end
        end = next(
            (k for k in range(after, len(toks)) if toks[k].text in {".", ",", "“", '"'}), len(toks)
        )
        tail = toks[after:end]
        if 2 <= len(tail) <= 14 and tail[-1].low in ANAPHORS:
            whole = parse_phrase(text, [*words, *tail], common=common)
            if whole is not None and whole.kind == "anaphor":
                return Cue(whole, word, True)
    named_after = set_off_name(text, toks, index + 1, words, phrase, common)
    if named_after is not None:
        return Cue(named_after[0], word, True)
    phrase = _with_role(text, phrase, apposition(toks, after))
    return Cue(phrase, word, True) if phrase else None


# Words after a speaker that say where or when it was said
_WHERE_OR_WHEN_SAID = frozenset({"di", "dalam", "saat", "ketika", "usai", "seusai", "sesudah"})


# A cue word that opens a noun with the word after it: "puji syukur", "buka puasa"
_NOUN_COMPOUNDS = frozenset(
    {("puji", "syukur"), ("keluh", "kesah"), ("buka", "puasa"), ("buka", "bersama")}
)


def cue_after(text: str, post: list[Tok], common: frozenset[str]) -> Cue | None:
    """The cue right after the closing mark, or later in the sentence after a comma."""
    index = 0
    while index < len(post) and post[index].text in _SKIP and index < 2:
        index += 1
    if index < len(post):
        cue = _cue_at(text, post, index, common)
        if cue is not None:
            return cue
        # `"…!" Perawat berusia 31 tahun Anna Tikhonova mengatakan kepada AFP`
        commas = 0
        for verb in range(index, min(len(post), index + 16)):
            if post[verb].text == ",":
                # `"…," Diane Swonk, kepala ekonom di KPMG, mengatakan.`: a role set off
                # between the name and the verb
                commas += 1
                if commas > 2:
                    break
                continue
            if post[verb].text in {".", "“", '"'}:
                break
            if (
                post[verb].low in SPEECH_VERBS
                and not post[verb].is_cap
                # "Penyidik … mengungkap kasus tersebut": uncovers, says nothing
                and not (
                    post[verb].low in CLAUSE_ONLY_VERBS
                    and (verb + 1 >= len(post) or post[verb + 1].low not in {"bahwa", ","})
                )
            ):
                subject = subject_before(post, verb)
                if (
                    subject
                    and any(
                        t.low in NEGATIONS and t.low != "enggan"
                        for t in post[post.index(subject[-1]) + 1 : verb]
                    )
                    and not not_forgetting(post, verb)
                ):
                    # '"…?" Sayang Apple sama sekali tidak menyinggung …': who did not say
                    # it says nothing of the quote
                    break
                if subject and subject[0].start == post[index].start:
                    phrase = parse_phrase(text, subject, common=common)
                    if phrase is not None:
                        return Cue(phrase, post[verb].low, True)
                break
    for pos in range(index, len(post) - 1):
        if post[pos].text == ",":
            cue = _cue_at(text, post, pos + 1, common)
            if cue is not None:
                cue.immediate = False
                return cue
    return _verb_left_out(text, post, common)


def _verb_left_out(text: str, post: list[Tok], common: frozenset[str]) -> Cue | None:
    """`"… bersangkutan, ” Juru Bicara Arrmanatha Nasir di Gedung Kemlu RI, …`: a quote closed
    by a comma, then a title and a name with no verb of saying, the writer having left it out;
    the titled person is the speaker."""
    if not post or not post[0].is_cap or post[0].low not in TITLES:
        return None
    if not re.search(r",[ \t]*[”\"’']?[ \t]*$", text[max(0, post[0].start - 5) : post[0].start]):
        return None
    words = phrase_after(post, 0)
    after = len(words)
    if not words or (after < len(post) and post[after].low not in _AFTER_LEFT_OUT_VERB):
        return None
    phrase = parse_phrase(text, words, common=common)
    if phrase is None or phrase.kind != "person" or not phrase.name or not phrase.role:
        return None
    return Cue(phrase, "", True)


# What follows a speaker whose verb of saying the writer left out: where, when, a stop
_AFTER_LEFT_OUT_VERB = frozenset({"di", "saat", "ketika", "usai", "seusai", ",", ".", "("})


# Words between a verb of saying and the quote it opens: "menyebut bahwa: "…""
_LEADS_TO_A_QUOTE = frozenset({"bahwa", ":", ","})


# "memberikan komentarnya, "…"", "menyampaikan tanggapan: "…"": a verb of giving and a
# noun of saying, right before the quote
_GIVING = frozenset({"memberikan", "memberi", "menyampaikan", "melontarkan", "mengeluarkan"})
_SAID_NOUNS = frozenset(
    {"komentar", "tanggapan", "keterangan", "penjelasan", "pernyataan", "jawaban", "respons",
     "respon", "pendapat", "pesan", "sambutan", "testimoni", "kesaksian"}
)  # fmt: skip


def _comment_given(pre: list[Tok]) -> int | None:
    """The position of the verb in "X memberikan komentarnya, "…"" (the noun, with "-nya"
    or not, and only a comma or a colon after it before the quote); None when not so."""
    end = len(pre)
    while end > 0 and pre[end - 1].text in {",", ":"}:
        end -= 1
    if end == len(pre) or end < 2:
        return None
    noun = pre[end - 1].low
    noun = noun[:-3] if noun.endswith("nya") else noun
    if noun in _SAID_NOUNS and pre[end - 2].low in _GIVING:
        return end - 2
    return None


# Words that name whose words a quote repeats, right before the name: "kalimat itu berasal
# dari Warren Buffett, "…"", "mengutip ucapan Soekarno: "…""
_SOURCE_WORDS = frozenset(
    {"ucapan", "perkataan", "kata-kata", "kutipan", "petuah", "pesan", "nasihat", "wejangan"}
)
_COMES_FROM = frozenset({"berasal", "bersumber"})


def _source_named(text: str, pre: list[Tok], common: frozenset[str]) -> Cue | None:
    """The person a quote comes from, named last before it after "berasal dari", "bersumber
    dari" or a noun of words said ("ucapan (dari) X, "…""); only a name set off by a comma or
    a colon right before the quote."""
    if len(pre) < 3 or pre[-1].text not in {",", ":"}:
        return None
    for index in range(len(pre) - 2, 0, -1):
        tok = pre[index]
        if tok.text in {".", "!", "?", ",", ":", ";", '"', "“", "”"}:
            return None
        names_source = (
            tok.low == "dari" and pre[index - 1].low in _COMES_FROM | _SOURCE_WORDS
        ) or tok.low in _SOURCE_WORDS
        if not names_source or index + 1 >= len(pre) - 1:
            continue
        words = pre[index + 1 : len(pre) - 1]
        if words[0].low == "dari":
            words = words[1:]
        if not words or (words[-1].is_word and not words[-1].is_cap):
            return None
        phrase = parse_phrase(text, words, common=common)
        return Cue(phrase, "berasal", True) if phrase is not None else None
    return None


def cue_before(text: str, pre: list[Tok], common: frozenset[str]) -> Cue | None:
    """`X mengatakan (bahwa|:) "…"`, `X: "…"`, `Menurut X, "…"` in the sentence before the quote."""
    if not pre:
        return None
    for index, tok in enumerate(pre):
        if tok.low == "menurut":
            words = phrase_after(pre, index + 1)
            phrase = parse_phrase(text, strip_statement(words), common=common)
            if phrase is not None:
                return Cue(phrase, "menurut", True)
    # (a verb with its object glued on counts: "… dan menyebutnya mengandung "…"")
    verbs = [
        i
        for i, tok in enumerate(pre)
        if (tok.low in SPEECH_VERBS or (tok.low.endswith("nya") and tok.low[:-3] in SPEECH_VERBS))
        and not tok.is_cap
    ]
    if len(verbs) > 1 and all(t.low in _LEADS_TO_A_QUOTE for t in pre[verbs[-1] + 1 :]):
        # "Calvo menyebut terdapat … dukungan dari Washington yang menyebut "…"": the verb
        # right before the quote says whose words it holds, where it names them
        subject = subject_before(pre, verbs[-1])
        phrase = (
            parse_phrase(text, subject, common=common)
            if subject and not is_statement_anaphor(subject)
            else None
        )
        if phrase is not None:
            return Cue(phrase, pre[verbs[-1]].low, True)
    for index in verbs:
        tok = pre[index]
        subject = subject_before(pre, index)
        if (not subject and index > 0 and pre[index - 1].text == ",") or (
            subject and is_statement_anaphor(subject)
        ):
            # "…, menambahkan: …"; "pernyataan resmi itu menyebutkan bahwa …": the one
            # who just spoke
            return Cue(Phrase("elided", ""), tok.low, True)
        phrase = parse_phrase(text, subject, common=common) if subject else None
        if phrase is None and (shared := coordinated_subject(pre, index)):
            # "Scooter Braun, manajer Grande, memberikan komentar … dan berkata, "…"": the
            # first verb's subject says it
            phrase = parse_phrase(text, shared, common=common)
        if phrase is not None:
            return Cue(phrase, tok.low, True)
    if (given := _comment_given(pre)) is not None:
        subject = subject_before(pre, given)
        phrase = parse_phrase(text, subject, common=common) if subject else None
        if phrase is not None:
            return Cue(phrase, pre[given].low, True)
    if (source := _source_named(text, pre, common)) is not None:
        return source
    if pre[-1].text == ":":
        spoke_in = next(
            (
                i
                for i in range(len(pre) - 2, max(0, len(pre) - 5), -1)
                if pre[i].low == "berbahasa"
                and all(t.is_cap and t.is_word for t in pre[i + 1 : len(pre) - 1])
            ),
            None,
        )
        if spoke_in is not None:
            # "Onew pun berbahasa Indonesia: "…"": the language it was said in, not who said it
            subject = subject_before(pre, spoke_in)
            phrase = parse_phrase(text, subject, common=common) if subject else None
            return Cue(phrase, "berbahasa", True) if phrase is not None else None
        subject = subject_before(pre, len(pre) - 1)
        opened = pre.index(subject[0]) if subject else 0
        if (
            subject
            and not any(is_verb_like(t) for t in subject)
            # (not what a verb before it points to: "akan merujuk balik ke higher purpose:
            # "Why the company exists …"")
            and not any(is_verb_like(t) for t in pre[:opened])
        ):
            phrase = parse_phrase(text, subject, common=common)
            if phrase is not None:
                return Cue(phrase, ":", True)
    return None
