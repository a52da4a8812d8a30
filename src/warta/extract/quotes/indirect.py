"""Indirect quotes: reported speech without marks (`X mengatakan bahwa …`, `menurut X, …`,
`…, kata X.`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise, takewhile

from warta.extract.body_names import NEWS_OUTLETS
from warta.extract.canonical import known_type
from warta.extract.ner.lexicon import COMMON_CALLINGS, OFFICE_CLAUSE_OPENERS, ORG_HEADS
from warta.extract.ner.roles import CONCESSIONS
from warta.extract.quotes.attribution import set_off_name, title_then_name
from warta.extract.quotes.lexicon import (
    ANAPHORS,
    AUXILIARIES,
    CLAUSE_STARTERS,
    CORE_SPEECH_VERBS,
    DAYS,
    DEGREES,
    HONORIFICS,
    MEDIA_NOUNS,
    MEDIA_VERBS,
    MET_BY_THE_PRESS,
    MONTHS,
    NEGATIONS,
    PASSIVE_CUES,
    PREDICATE_OR_MODAL_OPENERS,
    REQUEST_VERBS,
    SPEECH_VERBS,
    TITLES,
)
from warta.extract.quotes.phrases import (
    ENGLISH_POST_CUES,
    apposition,
    coordinated_subject,
    is_statement_anaphor,
    is_verb_like,
    not_forgetting,
    phrase_after,
    post_cue,
    reported_agent,
    strip_statement,
    subject_before,
)
from warta.extract.quotes.speakers import Phrase, is_known_place, parse_phrase
from warta.extract.quotes.text import Tok

_MIN_WORDS = 3
# Verbs by which a statement is issued: "siaran pers yang dirilis …", "… dikeluarkan …"
_ISSUED = frozenset(
    {"dirilis", "dikeluarkan", "diterbitkan", "disampaikan", "dikirim", "dikirimkan",
     "diunggah", "dibagikan", "disebarkan", "diturunkan", "dilansir", "dimuat", "ditulis",
     "dipublikasikan", "diberitakan", "dilaporkan"}
)  # fmt: skip
# "Menurut data BPS, …" cites a record, not a statement.
_DATA_NOUNS = frozenset(
    {"data", "catatan", "hasil", "survei", "penelitian", "riset", "studi", "statistik",
     "perhitungan", "prakiraan", "jadwal", "aturan", "undang-undang", "ketentuan", "peraturan",
     "pasal", "rilis", "situs", "laman", "kalender", "tradisi", "legenda", "sejarah",
     # a viewpoint or a teaching: "menurut perspektif Islam", "menurut ajaran agama"
     "perspektif", "kacamata", "sudut", "ajaran", "syariat", "kepercayaan", "keyakinan",
     "adat", "mitos", "primbon", "kitab"}
)  # fmt: skip
# What was mapped, watched or counted, a source only with whose it is ("Menurut temuan
# Twitter, …"; not "Menurut pemetaan, ia menjelaskan, …")
_FINDINGS = frozenset(
    {"pemetaan", "pantauan", "pengamatan", "pendataan", "temuan", "perkiraan", "estimasi",
     "hitungan", "analisis", "kajian"}
)  # fmt: skip


# What a request asks for rather than who it asks ("meminta maaf", "meminta keterangan")
_ASKED_FOR = frozenset(
    {"maaf", "izin", "bantuan", "keterangan", "waktu", "dukungan", "doa", "perlindungan",
     "penjelasan", "hal", "masukan", "pendapat", "restu", "ganti", "namanya", "identitasnya",
     "uang", "dana", "fee", "imbalan", "komisi", "jatah", "biaya", "kompensasi", "tebusan",
     "suap", "pinjaman", "jaminan", "tambahan"}
)  # fmt: skip
# Words shaped like verbs that are prepositions or determiners ("melalui", "terkait")
_PREPOSITION_LIKE = frozenset(
    {"melalui", "mengenai", "menjelang", "menuju", "menurut", "terhadap", "tersebut",
     "termasuk", "terkait", "terutama", "terhitung", "berdasarkan", "bersama", "berupa"}
)  # fmt: skip
# Verbs after which "jika"/"bila" stands for "bahwa" besides the core verbs of saying
_JIKA_VERBS = frozenset({"membenarkan", "mengklaim", "memastikan", "mengungkapkan"})
# What a denial names rather than states ("membantah tudingan itu")
_DENIED_NOUNS = frozenset(
    {"tudingan", "tuduhan", "kabar", "isu", "informasi", "laporan", "rumor", "anggapan",
     "pernyataan", "berita", "klaim", "keterlibatan", "hal", "hal itu", "itu", "hal tersebut",
     "adanya", "dugaan", "semua", "segala", "hasil", "data", "permintaan", "ajakan",
     "tawaran", "usulan", "penilaian", "kritik", "kritikan", "tuntutan", "gosip", "spekulasi",
     "tudingannya", "tuduhan-tuduhan"}
)  # fmt: skip
# Verbs of denying, reporting a statement unless they name what is denied
_DENIAL_VERBS = frozenset({"membantah", "menyanggah", "menampik", "menyangkal"})
# What a side "claims" when it takes it ("mengklaim kemenangan", "mengklaim gelar juara")
_CLAIMED_PRIZES = frozenset(
    {"kemenangan", "gelar", "trofi", "juara", "titel", "poin", "medali", "podium", "pole"}
)  # fmt: skip
# Words of manner between a negation and its verb of saying ("tidak secara khusus
# mengatakan", "belum secara resmi mengumumkan")
_MANNER_BEFORE_VERB = frozenset(
    {"secara", "khusus", "resmi", "langsung", "terbuka", "eksplisit", "gamblang", "rinci",
     "detail", "spesifik", "tegas", "jelas", "terang-terangan", "pasti"}
)  # fmt: skip
# What a side "secures" ("memastikan tiket ke final", "memastikan satu tempat")
_SECURED = frozenset({"tiket", "kelolosan"})
# What a side "secures" by doing it ("memastikan lolos ke semifinal", "memastikan meraih
# kemenangan")
_SECURED_BY_DOING = frozenset(
    {"lolos", "meraih", "merebut", "mengamankan", "menyegel", "mengunci", "menjuarai", "finis",
     "finish", "promosi", "degradasi", "terdegradasi", "melaju", "juara", "menggenggam",
     "mengantongi", "menembus"}
)  # fmt: skip
# Words that open an adjunct after a noun phrase ("kemenangan atas Persija di …")
_NOUN_ADJUNCTS = frozenset(
    {"atas", "di", "ke", "dari", "pada", "setelah", "usai", "seusai", "saat", "ketika", "dengan",
     "dalam", "untuk", "bagi", "melawan", "kontra", "sejak", ",", "."}
)  # fmt: skip


# Verbs of replying that also mean hitting back: they report words only before a quotation
# or "bahwa"
_REPLY_VERBS = frozenset({"membalas"})


def _clause_follows_noun(rest: list[Tok]) -> bool:
    """Whether the noun phrase that opens `rest`'s sentence goes on into a predicate (a verb
    or an auxiliary before any adjunct)."""
    for index, tok in enumerate(rest):
        if tok.low in _NOUN_ADJUNCTS:
            return False
        if (
            tok.low == "menjadi"
            and index + 1 < len(rest)
            and re.fullmatch(r"\d+[-–]\d+", rest[index + 1].text)
        ):
            return False  # "memastikan kemenangan menjadi 3-0": the score it grew to
        if (
            is_verb_like(tok)
            or tok.low in AUXILIARIES
            or tok.low in {"adalah", "merupakan", "ialah"}
            or (tok.low.startswith("ber") and len(tok.low) > 5 and not tok.is_cap)
        ):
            return True
    return False


# Words that may stand between a verb of saying and its "bahwa" ("mengatakan pula bahwa")
_BEFORE_BAHWA = frozenset({"pula", "juga", "lagi", "pun", "sekali", "kembali", ","})
# Verbs whose object is whom the statement is made to or about, before its "bahwa"
# ("menuding FBI bahwa …", "mengingatkan warga bahwa …")
_ADDRESSEE_VERBS = frozenset(
    {"menuding", "menuduh", "mengingatkan", "memperingatkan", "memberitahu", "memberitahukan",
     "meyakinkan", "menginformasikan"}
)  # fmt: skip
# Words that open an adjunct between a verb of saying and its "bahwa"
_ADJUNCT_OPENERS = frozenset(
    {"kepada", "dalam", "di", "melalui", "lewat", "saat", "ketika", "menjelang", "usai", "seusai",
     "setelah", "sebelum", "selepas", "sesudah", "pada", "sejak", "kemarin"}
)  # fmt: skip


@dataclass(slots=True)
class Reported:
    """One reported statement: the speaker phrase, the cue, and the content's offsets."""

    phrase: Phrase
    cue: str
    start: int
    end: int
    # where the speaker phrase stands, when it follows the statement ("…, kata X."): people
    # named in the statement are then already introduced
    at: int = -1


def _content_end(toks: list[Tok]) -> int:
    last = toks[-1]
    return last.start if last.text in {".", "!", "?"} else last.end


def _words(toks: list[Tok]) -> int:
    return sum(1 for t in toks if t.is_word)


_LEAD_WORDS = 3
# Words of a connective that may open a sentence before a mid-sentence cue ("Namun,
# katanya, …", "Di samping itu, menurutnya, …"): no part of the statement
_CONNECTIVE_WORDS = CLAUSE_STARTERS | frozenset(
    {"di", "samping", "itu", "lebih", "lanjut", "selain", "sementara", "oleh", "karena",
     "dengan", "demikian", "sebelumnya", "selanjutnya", "akhirnya", "intinya", "jadi", "nah",
     "namun", "tetapi", "tapi", "sedangkan", "lalu", "kemudian", "pun", "juga", "hal", "ini",
     "terkait", "soal", "mengenai", "untuk", "dalam", "kesempatan", "tersebut", "sisi", "lain",
     "pihak", "sebaliknya", "meski", "walau", "kendati", "begitu", "bahkan", "padahal"}
)  # fmt: skip


# Conjunctions that open a sentence: never its subject ("Jadi, sebelum memprediksi, …")
_CONJUNCTIONS = frozenset(
    {"jadi", "maka", "makanya", "nah", "namun", "tetapi", "tapi", "sedangkan", "lalu",
     "kemudian", "jadinya", "sehingga"}
)  # fmt: skip
# Words pointing at what was just said, before "yang": the cause, not who says it
_POINTERS = frozenset({"inilah", "itulah", "ini", "itu", "hal", "halini", "hal-hal"})


# "sisi", "lain", "pihak" link only after "di" ("Di sisi lain", "Di pihak lain"): opening the
# sentence they are its subject ("Pihak lain, menurut Budi, harus ikut bertanggung jawab")
_LINKING_AFTER_DI = frozenset({"sisi", "lain", "pihak"})


def _only_connectives(words: list[Tok]) -> bool:
    """Whether these words only link the sentence to the one before ("Di sisi lain", "Meski
    begitu"), no part of its statement."""
    lows = [t.low for t in words if t.is_word]
    return all(w in _CONNECTIVE_WORDS for w in lows) and not (lows and lows[0] in _LINKING_AFTER_DI)


# Pronouns a source may be ("menurut dia", "kata mereka")
_SOURCE_PRONOUNS = frozenset({"dia", "ia", "beliau", "mereka", "kami", "saya", "aku"})
# The writer, outside quotation marks, giving their own view ("menurut saya")
_THE_WRITER = frozenset({"saya", "aku", "kita"})
# Words after "menurut dia" that go on with the source, not open the statement ("menurut dia
# dan kuasa hukumnya, …", "menurut dia sendiri, …")
_SOURCE_GOES_ON = frozenset(
    {"dan", "serta", "atau", "dengan", "bersama", "beserta", "sendiri", "pribadi", "juga",
     "pula", "pun", "lho", "sih", "kok"}
)  # fmt: skip
# Prepositions before "kata" make it the noun ("dengan kata lain", "dalam kata sambutannya")
_NOUN_GOVERNORS = frozenset({"dengan", "dalam", "untuk", "oleh", "di", "soal", "mengenai"})


def _named_speaker_before(toks: list[Tok], pos: int) -> bool:
    """Whether a capitalised name right before a verb of saying ("Fahmi mengakui", "Fahmi
    pun mengakui") comes before `toks[pos]`."""
    for k, tok in enumerate(toks[:pos]):
        if tok.low not in CORE_SPEECH_VERBS or tok.is_cap or k < 1:
            continue
        name = k - 2 if toks[k - 1].low == "pun" and k >= 2 else k - 1
        if toks[name].is_cap and toks[name].is_word and toks[name].low not in _SOURCE_PRONOUNS:
            return True
    return False


def _after_cue(toks: list[Tok], cue: int) -> list[Tok] | None:
    """The clause after a mid-sentence cue (`…, kata dia, jumlah polisi …`), if any."""
    comma = next((i for i in range(cue + 1, min(len(toks), cue + 12)) if toks[i].text == ","), None)
    if comma is None:
        return None
    rest = toks[comma + 1 :]
    # (not a name set off at the sentence's end: "…, menurut spesialis bedah …, dr Didik
    # Librianto.")
    return rest if _words(rest) >= _MIN_WORDS and not _name_only(rest) else None


_ADJUNCT_STOPS = frozenset({"di", "pada", "kepada"})


# Words that go on with a name's phrase after "menurut", no statement's first word
_NAME_GOES_ON = _SOURCE_GOES_ON | frozenset(
    {"dari", "di", "untuk", "asal", "bidang", "pada", "kepada", "yang", "selaku", "sebagai",
     "bin", "binti", "van", "von", "de", "da", "dos", "del", "al", "el", "melalui",
     "lewat", "via", "saat", "ketika", "usai", "seusai", "setelah", "sebelum", "dalam", "itu",
     "ini", "tersebut", "bahwa"}
)  # fmt: skip


def _named_then_statement(toks: list[Tok], head: int, words: list[Tok]) -> int | None:
    """Where the statement opens in `words` (the phrase after "menurut" at `head`) when a
    capitalised name closes the source and the statement follows with no comma: "Menurut
    Direktur Ippudo Indonesia Amanda Sihombing perbedaan cara makan … dipengaruhi oleh
    budaya"; None where the words go on with the source or no statement follows."""
    first_cap = next((k for k, t in enumerate(words) if t.is_cap and t.is_word), None)
    if (
        first_cap is None
        or not _only_connectives(toks[:head])
        # (not a report or a law: "Menurut data Kementerian Perindustrian nilai …")
        or words[0].low in _DATA_NOUNS | _UNSOURCED_REPORTS | {"siaran", "keterangan"}
    ):
        return None
    cut = next(
        (
            k
            for k in range(first_cap + 1, len(words))
            if words[k].is_word and not words[k].is_cap and words[k - 1].is_cap
        ),
        None,
    )
    if cut is None or words[cut].low in _NAME_GOES_ON | SPEECH_VERBS:
        return None
    if any(t.low in ORG_HEADS for t in words[first_cap + 1 : cut]) and not any(
        t.low in TITLES for t in words[: first_cap + 1]
    ):
        # "Menurut Erwan Partai Demokrat perlu …": a body after the name opens the statement
        return None
    rest = toks[head + 1 + cut :]
    if any(t.text == "," for t in words[:cut]) or _words(rest) < _MIN_WORDS:
        return None
    if not any(is_verb_like(t) for t in rest):
        return None
    return cut


def _skip_adjunct(toks: list[Tok], index: int) -> int:
    """ "menurut X di Malang, Jawa Timur, Senin, …": step over a place and day after the
    speaker to the comma before the statement (`index` when there is no such adjunct)."""
    if index >= len(toks) or toks[index].low not in _ADJUNCT_STOPS:
        return index
    pos = index + 1
    while pos < min(len(toks), index + 12):
        tok = toks[pos]
        if tok.text == ",":
            nxt = toks[pos + 1] if pos + 1 < len(toks) else None
            if nxt is None or not nxt.is_cap or nxt.low in {"ia", "dia", "mereka", "kami"}:
                return pos
        elif not (tok.is_cap or tok.text in {"(", ")", "/"} or tok.text.isdigit()):
            return index
        pos += 1
    return index


_NOT_CLAUSE = frozenset(
    {"di", "pada", "saat", "ketika", "usai", "seusai", "dalam", "kepada", "seperti", "senin",
     "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "kemarin", "sebagaimana", "dikutip",
     "yang", "melalui", "lewat", "dilansir", "belum", "sembari", "sambil"}
)  # fmt: skip


def _clause_follows(tail: list[Tok]) -> bool:
    """Whether what follows a mid-sentence cue is the rest of the statement, not an adjunct
    ("…, kata X, di Jakarta, Senin.")."""
    rest = tail[1:] if tail and tail[0].text == "," else tail
    return bool(rest) and rest[0].low not in _NOT_CLAUSE and _words(rest) >= _MIN_WORDS


def _runs_on(tail: list[Tok]) -> bool:
    """Whether words that are no closing adjunct follow: the sentence goes on."""
    words = [t for t in tail if t.is_word]
    return bool(words) and not _adjuncts_only(tail)


def _adjuncts_only(tail: list[Tok]) -> bool:
    """ ", di Jakarta, Senin." after a closing cue: only place and time follow."""
    rest = [t for t in tail if t.is_word]
    if rest and all(
        t.low.replace(".", "") in DEGREES or (t.text.isupper() and len(t.text) <= 3) for t in rest
    ):
        return True  # "…, dr Didik Librianto, Sp. OT.": the name's degrees
    if len(rest) >= 2 and rest[0].low == "saat" and rest[1].low == "ini":
        return False  # "menyatakan saat ini polisi masih …": now, the statement's first words
    return bool(rest) and rest[0].low in {
        "di",
        "pada",
        "saat",
        "usai",
        "seusai",
        "kepada",
        "ketika",
        "dalam",
        "dikutip",
        "seperti",
    }


# The first word of one who speaks for someone ("kuasa hukum Novel", "juru bicara Polri")
_SPEAKS_FOR = frozenset({"kuasa", "pengacara", "juru", "jubir", "penasihat", "tim"})
# verbs that take a noun object as often as a clause ("menyampaikan apresiasinya")
_NOUN_OBJECT_VERBS = frozenset(
    {
        "mengungkapkan",
        "menyampaikan",
        "menyatakan",
        "mengutarakan",
        "mengekspresikan",
        "mengakui",
        "menuturkan",
    }
)
# "-nya" words that are the subject of a reported clause ("menyatakan pihaknya akan …")
_NYA_SUBJECTS = frozenset({"dirinya", "pihaknya", "timnya", "partainya", "keduanya", "semuanya"})


def _owned_noun(toks: list[Tok], index: int) -> bool:
    """Whether `toks[index]` is a possessed noun ("tekadnya", "kekecewaannya") opening an object."""
    if index >= len(toks):
        return False
    low = toks[index].low
    nxt = toks[index + 1] if index + 1 < len(toks) else None
    # "kliennya akan kooperatif" is a clause; "tekadnya untuk …", "kekecewaannya atas …" are not
    return (
        toks[index].is_word
        and not toks[index].is_cap
        and low.endswith("nya")
        and len(low) > 6
        and low not in _NYA_SUBJECTS
        and (nxt is None or not nxt.is_word or nxt.low in _OBJECT_LINKS)
    )


_OBJECT_LINKS = frozenset(
    {"untuk", "atas", "terhadap", "kepada", "dalam", "soal", "terkait", "mengenai", "pada",
     "bagi", "tentang", "saat", "ketika", "lewat", "melalui", "yang", "sebagai"}
)  # fmt: skip
# Nouns of feeling and courtesy that such verbs take as their object.
_FEELINGS = frozenset(
    {"rasa", "apresiasi", "terima", "ucapan", "belasungkawa", "duka", "selamat", "permintaan",
     "permohonan", "keprihatinan", "kekecewaan", "kebahagiaan", "kegembiraan", "kesedihan",
     "kekaguman", "penghargaan", "dukungan", "simpati", "empati", "keberatan", "kekhawatiran",
     # an address given, not a statement: "menyampaikan pidato pengakuan kekalahan"
     "pidato", "sambutan", "orasi", "ceramah", "khotbah", "salam", "doa", "ungkapan", "syukur"}
)  # fmt: skip


# Reports that may name no source ("menurut berita tersebut")
_UNSOURCED_REPORTS = frozenset(
    {"berita", "laporan", "kabar", "informasi", "pemberitaan", "artikel", "tulisan", "isu",
     "rumor", "desas-desus", "spekulasi"}
)  # fmt: skip


def _unsourced(after: list[Tok]) -> bool:
    """Whether the words after a report's noun name no one ("berita tersebut", "laporan yang
    beredar"; not "laporan seorang sumber", "laporan Reuters")."""
    return not after or after[0].low in ANAPHORS | {"yang", "terbaru", "terakhir", "beredar"}


# What someone is called by: "menyebut aplikasi ini dengan singkatan 'PS'"
_NAMED_BY = frozenset(
    {"nama", "julukan", "istilah", "singkatan", "sebutan", "panggilan", "akronim", "sapaan"}
)


def _recognised_as(toks: list[Tok], index: int) -> bool:
    """Whether a name, then "sebagai", follows "mengakui": a state recognising something
    ("mengakui Yerusalem sebagai ibu kota Israel"), not an admission ("mengakui dirinya
    sebagai pelaku")."""
    end = index
    while end < len(toks) and end - index < 5 and toks[end].is_cap and toks[end].is_word:
        end += 1
    if not (end > index and end < len(toks) and toks[end].low == "sebagai"):
        return False
    # (a place or a state, not a person: "Saksi mengakui Budi sebagai orang yang …")
    name = " ".join(t.text for t in toks[index:end])
    return (
        is_known_place(name)
        or known_type(name) is not None
        # (one recognised as an office or a government: "mengakui Juan Guaido sebagai presiden
        # sementara Venezuela", "mengakui Dewan Transisi Nasional sebagai pemerintah sah")
        or (end + 1 < len(toks) and toks[end + 1].low in _RECOGNISED_AS)
    )


# What a state recognises ("mengakui kedaulatan Indonesia")
_RECOGNISED = frozenset(
    {"kedaulatan", "kemerdekaan", "keberadaan", "eksistensi", "status", "yurisdiksi",
     "kedudukan", "legitimasi", "wilayah",
     # a defeat conceded: "mengakui keunggulan Bali United dengan skor 1-2"
     "keunggulan", "kekalahan", "kehebatan"}
)  # fmt: skip

_RECOGNISED_AS = frozenset(
    {"presiden", "pemerintah", "pemerintahan", "pemimpin", "kepala", "perdana", "raja", "ratu",
     "wakil", "perwakilan", "negara", "organisasi", "ibu", "ibukota", "penguasa"}
)  # fmt: skip


def _apposition_skipped(rest: list[Tok]) -> list[Tok]:
    """What follows "Menurut <name>," without the degree and the role set off after the name
    ("Menurut peneliti Giuseppe Crippa, MD, direktur unit hipertensi di …, keju …"): a role
    word, no verb, then a comma (not "Menurut Mamat, korban kecelakaan itu berdatangan …")."""
    start = 0
    while (
        start + 1 < len(rest)
        and rest[start].low.replace(".", "") in DEGREES
        and rest[start + 1].text == ","
    ):
        start += 2
    if (
        start + 2 < len(rest)
        and rest[start].low == "yang"
        and rest[start + 1].low in OFFICE_CLAUSE_OPENERS
    ):
        # "Menurut Andi, yang juga Ketua RT, pelaku …": an office given in a relative clause
        close = next(
            (i for i in range(start + 2, min(len(rest), start + 16)) if rest[i].text == ","), None
        )
        if close is not None and _words(rest[close + 1 :]) >= _MIN_WORDS:
            return rest[close + 1 :]
    if (
        start >= len(rest)
        # (a title, or a calling: "Menurut Vellen Roeslan, pemerhati sneaker di Indonesia, …")
        or (rest[start].low not in TITLES and rest[start].low not in COMMON_CALLINGS)
        or (rest[start].is_cap and start == 0)
    ):
        return rest[start:] if start else rest
    close = next(
        (i for i in range(start + 1, min(len(rest), start + 16)) if rest[i].text == ","), None
    )
    if close is None or any(
        is_verb_like(t) or t.low in AUXILIARIES or t.low in NEGATIONS for t in rest[start:close]
    ):
        return rest[start:] if start else rest
    after = rest[close + 1 :]
    return after if _words(after) >= _MIN_WORDS else rest


# Words after a verb and its comma that tell what happened next, no statement
_NEXT_EVENT = frozenset({"lalu", "kemudian", "lantas"})


def _relative_aside_end(toks: list[Tok], comma: int) -> int | None:
    """The comma closing a relative clause set off after a name at `comma` (", yang
    kemudian dikutip Daily Mail,"), if one closes it within a few words."""
    if comma + 1 >= len(toks) or toks[comma + 1].low != "yang":
        return None
    return next(
        (i for i in range(comma + 2, min(len(toks), comma + 10)) if toks[i].text == ","), None
    )


def _press_adjunct_skipped(rest: list[Tok]) -> list[Tok]:
    """What follows "Menurut <name>," without whom the source told it or when the press met
    them, set off by commas ("Menurut Ketua KPPU Muhammad Syarkawi Rauf, kepada sejumlah
    wartawan, surat pemanggilan …", "…, saat ditemui di Jakarta, Senin (3/4), …"): no
    verb but the press's meeting in it, and the statement after it."""
    if not rest:
        return rest
    if rest[0].low in DAYS:
        # "Menurut Kadiv Humas Polri Irjen Boy Rafli Amar, Senin (29/8/2016), penangkapan …":
        # the day it was said, set off alone
        close = next((i for i in range(1, min(len(rest), 12)) if rest[i].text == ","), None)
        if close is not None and all(not t.is_word or t.text[:1].isdigit() for t in rest[1:close]):
            after = rest[close + 1 :]
            return after if _words(after) >= _MIN_WORDS else rest
    opener = rest[0].low
    met = (
        opener in {"saat", "ketika", "sewaktu", "usai", "seusai"}
        and len(rest) > 1
        and rest[1].low in MET_BY_THE_PRESS
    )
    if opener != "kepada" and not met:
        return rest
    close = next((i for i in range(1, min(len(rest), 10)) if rest[i].text == ","), None)
    if close is None or any(
        (is_verb_like(t) and not (met and k == 1)) or t.low in AUXILIARIES | NEGATIONS
        for k, t in enumerate(rest[:close])
    ):
        return rest
    after = rest[close + 1 :]
    while after and after[0].low in DAYS:
        # ("…, Senin (3/4), …"): the day the press met them
        day = next((i for i in range(1, min(len(after), 8)) if after[i].text == ","), None)
        if day is None:
            break
        after = after[day + 1 :]
    return after if _words(after) >= _MIN_WORDS else rest


# Conjunctions that open a new clause after a request verb's object
_CLAUSE_JOINERS = frozenset(
    {"sehingga", "karena", "lalu", "kemudian", "tetapi", "namun", "hingga", "sebelum", "setelah"}
)


# Legal steps declared in court ("menyatakan banding", "menyatakan pikir-pikir")
_LEGAL_STEPS = frozenset({"banding", "kasasi", "pikir-pikir"})
# Papers handed over, not statements: "menyampaikan surat pengajuan sengketa ke Bawaslu"
_PAPERS = frozenset(
    {"surat", "berkas", "dokumen", "proposal", "draf", "draft", "naskah", "nota", "memorandum",
     "petisi", "lampiran", "salinan", "formulir", "kuesioner"}
)  # fmt: skip


def _feeling(toks: list[Tok], index: int) -> bool:
    if index >= len(toks) or toks[index].is_cap:
        return False
    low = toks[index].low
    if low in _FEELINGS:
        return True
    if low in _LEGAL_STEPS:
        # "menyatakan banding atas putusan …": a step taken; not "menyatakan banding
        # diajukan karena …", a statement about it
        nxt = toks[index + 1] if index + 1 < len(toks) else None
        return nxt is None or not nxt.is_word or nxt.low in _OBJECT_LINKS
    if low in _PAPERS and index > 0 and toks[index - 1].low == "menyampaikan":
        # (handed over; not "menyatakan berkas perkara … telah mencapai 70 persen", whose
        # predicate comes after an adjunct)
        return not _clause_follows_noun(toks[index + 1 :])
    # ("menyampaikan pidatonya di sana", "mengungkapkan keprihatinannya dan …"; not
    # "menyampaikan kekhawatirannya lonjakan kasus bisa terjadi lagi", a statement)
    rest = toks[index + 1 :]
    return (
        low.endswith("nya")
        and low[:-3] in _FEELINGS
        and (
            not rest
            or is_verb_like(rest[0])
            or rest[0].low in {"dan", "serta"}
            or not _clause_follows_noun(rest)
        )
        # ("menyampaikan permintaannya agar para menteri …": what was asked)
        and not (rest and rest[0].low in {"agar", "supaya", "bahwa", "kalau", "jika", "bila"})
    )


# English auxiliaries and clause words: after "said" they make a statement, not a speaker
_ENGLISH_CLAUSE_WORDS = frozenset(
    {"was", "is", "were", "are", "will", "would", "had", "has", "have", "could", "should",
     "may", "might", "can", "did", "does", "do", "not", "that", "it", "they", "we", "there"}
)  # fmt: skip


def _name_only(rest: list[Tok]) -> bool:
    """Whether `rest` is only a name set off at the sentence's end, after a form of address
    ("…, menurut spesialis bedah ortopedi …, dr Didik Librianto."): no statement."""
    words = [t for t in rest if t.is_word]
    return (
        1 <= len(words) <= 5
        and all(t.is_cap or t.low.rstrip(".") in HONORIFICS for t in words)
        and all(t.is_word or t.text in {".", ","} for t in rest)
    )


def _speaker_says(rest: list[Tok]) -> bool:
    """Whether `rest` opens with someone named (a capitalised word) then a verb of saying
    within its first words: "Presiden Program HBO Casey Bloys mengatakan …"."""
    for i, tok in enumerate(rest[:14]):
        if tok.text == ",":
            return False
        if i and tok.low in CORE_SPEECH_VERBS - {"mengaku", "mengakui"}:
            return rest[i - 1].is_cap and rest[i - 1].is_word
    return False


def _read_in(text: str, words: list[Tok]) -> bool:
    """Whether the source after "menurut" is where the statement was read, a report or an
    outlet ("menurut laporan The Morning Call", "menurut The Guardian via SBS"), which names
    who says it in a clause of its own."""
    if not words:
        return False
    via = next((i for i, t in enumerate(words) if t.low == "via"), len(words))
    return words[0].low in _UNSOURCED_REPORTS | {"media", "situs", "laman", "harian"} or (
        via > 0 and text[words[0].start : words[via - 1].end] in NEWS_OUTLETS
    )


def _a_name_only(words: list[Tok]) -> bool:
    """Whether the words after "menurut" are a name alone (capitalised, no title)."""
    named = [t for t in words if t.is_word]
    return (
        bool(named)
        and all(t.is_cap and not t.text.isupper() for t in named)
        and named[0].low not in TITLES
    )


def find_reported(text: str, toks: list[Tok], common: frozenset[str]) -> Reported | None:
    """The reported statement in one sentence (tokens without any quotation marks)."""
    if len(toks) < _MIN_WORDS + 2:
        return None
    # "Menurut X, …" at the head of the sentence or of a clause ("…, karena menurut X, …")
    for head in range(len(toks) - 2):
        low = toks[head].low
        if low not in {"menurut", "kata"} and not (
            head == 0
            and (
                low == "dinilai"
                or (low in PASSIVE_CUES and toks[1].is_cap)
                # "Lanjut Gatot, meskipun …": he went on
                or (low == "lanjut" and toks[0].is_cap and toks[1].is_cap)
            )
        ):
            continue  # "Dinilai Indra, faktor fisik …", "Dijelaskan Syarkawi, price fixing …"
        if head >= 3 and not (toks[head - 1].text == "," or toks[head - 1].low in CLAUSE_STARTERS):
            continue
        if low == "kata" and (
            head >= 3
            or any(t.low in _NOUN_GOVERNORS for t in toks[:head])
            or toks[head + 1].low == "lain"
        ):
            continue  # "Dengan kata lain, Rudy mengakui …", "Dalam kata sambutannya, …": a noun
        words = phrase_after(toks, head + 1)
        if low == "menurut" and words and words[0].low in _THE_WRITER:
            break  # "…, menurut saya Huawei Nova 2i bisa menjadi …": the writer's own view
        after = _skip_adjunct(toks, head + 1 + len(words))
        if (
            words
            and after < len(toks)
            and toks[after].low == "yang"
            # (not a name then a noun written small: "kata Dirman sampah yang dibakar …" is
            # the statement's subject)
            and not any(
                a.is_cap and a.is_word and b.is_word and not b.is_cap for a, b in pairwise(words)
            )
        ):
            # "Menurut USGS yang dilaporkan Reuters, …": a relative clause on the source
            # (up to 15 words: "menurut Ruki yang menjabat sebagai pelaksana tugas (Plt)
            # pimpinan KPK pada 2015, …")
            comma = next(
                (i for i in range(after + 1, min(len(toks), after + 16)) if toks[i].text == ","),
                None,
            )
            if comma is not None and comma + 1 < len(toks):
                agent = toks[after + 1 : comma]
                if (
                    len(agent) >= 2
                    and agent[0].low in _ISSUED
                    and not strip_statement(words)
                    and any(t.is_cap for t in agent[1:])
                ):
                    # "Menurut siaran pers yang dirilis penyelenggara Popcon Asia 2017, …":
                    # who issued the statement is its source
                    words = agent[2:] if agent[1].low == "oleh" else agent[1:]
                after = comma
        if (
            low == "menurut"
            and len(words) == 1
            and words[0].low in _SOURCE_PRONOUNS
            and after < len(toks)
            and toks[after].is_word
            and toks[after].low not in _SOURCE_GOES_ON
            and _words(toks[after:]) >= _MIN_WORDS
            and _only_connectives(toks[:head])
            # (not where the words report someone else's: "menurut dia pemerintah Myanmar
            # menyatakan …")
            and not any(t.low in SPEECH_VERBS for t in toks[after : after + 6])
        ):
            # "Menurut dia kejadian itu menyebabkan …": a pronoun, then the statement with
            # no comma between
            source = parse_phrase(text, words, common=common)
            if source is not None:
                return Reported(source, low, toks[after].start, _content_end(toks))
        if (
            words
            and (after >= len(toks) or toks[after].text != ",")
            # (not a pronoun, then the statement: "Menurut dia kejadian itu menyebabkan arus
            # lalu lintas dari Simpang Alai ke Limau Manih, Kecamatan Pauh terputus")
            and not (len(words) == 1 and words[0].low in _SOURCE_PRONOUNS)
        ):
            # "Menurut dosen yang mendesain jembatan itu, Lukito Prasetyo, …": a role with a
            # relative clause, up to the comma before the name
            comma = next(
                (i for i in range(head + 2, min(len(toks), head + 16)) if toks[i].text == ","),
                None,
            )
            if (
                comma is not None
                and toks[comma + 1 : comma + 2]
                and toks[comma + 1].is_cap
                and toks[comma + 1].low not in DAYS
                and not any(t.low in _ADJUNCT_STOPS for t in toks[head + 1 : comma])
            ):
                words, after = toks[head + 1 : comma], comma
        if words and after < len(toks) and toks[after].text == ",":
            # "Menurut dosen pembimbing, Lukito Prasetyo di Malang, Senin, …": the name set off
            # after the role, then the statement
            name = phrase_after(toks, after + 1)
            close = _skip_adjunct(toks, after + 1 + len(name))
            alias = next((i for i, t in enumerate(name) if i and t.low == "alias"), len(name))
            if (
                1 <= _words(name[:alias]) <= 4
                and _words(name[alias + 1 :]) <= 3
                # ("…, Ucup Nirin alias Bang Ocit, …": another name for the same after "alias")
                and all(t.is_cap for i, t in enumerate(name) if t.is_word and i != alias)
                and close < len(toks)
                and toks[close].text == ","
                and _words(toks[close + 1 :]) >= _MIN_WORDS
                # (not after a name: "Menurut Fifi, Veronica Tan, istri Ahok bakal …" sets
                # off the statement's subject)
                and not _a_name_only(words)
            ):
                words, after = [*words, toks[after], *name], close
        data = (
            words
            and (
                words[0].low in _DATA_NOUNS
                # "menurut berita tersebut", "menurut laporan yang beredar": a report no one is
                # named behind
                or (words[0].low in _UNSOURCED_REPORTS and _unsourced(words[1:]))
                or (words[0].low in _FINDINGS and not any(t.is_cap for t in words[1:]))
            )
        )
        if words and not data and after < len(toks) and toks[after].text == ",":
            source = parse_phrase(text, words, common=common)
            rest = toks[after + 1 :]
            name_len = 0
            while name_len < min(len(rest), 5) and rest[name_len].is_cap and rest[name_len].is_word:
                name_len += 1
            if (
                1 <= name_len <= 4
                and name_len < len(rest) - 1
                and rest[name_len].low in CORE_SPEECH_VERBS - {"mengaku", "mengakui"}
                and low == "menurut"
                # (one who speaks for someone, whom the name gives: not "Menurut Budi, Presiden
                # Jokowi menyatakan …", who reports another's words, nor "Menurut Kapolsek, S
                # mengaku …", the statement's subject)
                and words[0].low in _SPEAKS_FOR
            ):
                # "Menurut kuasa hukum Novel, Haris Azhar mengatakan hasil …": the name set
                # off after the role says it; the statement follows the verb
                source = parse_phrase(text, [*words, toks[after], *rest[:name_len]], common=common)
                rest = rest[name_len + 1 :]
                if rest and rest[0].low == "bahwa":
                    rest = rest[1:]
            if low == "menurut" and _read_in(text, words) and _speaker_says(rest):
                break  # "Menurut laporan The Morning Call, Presiden HBO Casey Bloys
                # mengatakan …": the report's source names who says it, in a clause of its own
            if low == "menurut":
                rest = _press_adjunct_skipped(_apposition_skipped(rest))
            if rest and rest[0].low == "demikian":
                # "Menurut Nita, demikian dia kerap disapa, timnya …": the aside on the name
                # is no part of the statement
                aside = next((i for i, t in enumerate(rest[:8]) if t.text == ","), None)
                if aside is not None:
                    rest = rest[aside + 1 :]
            if source is not None and _words(rest) >= _MIN_WORDS and not _name_only(rest):
                opening = [t for t in toks[:head] if t.is_word]
                if opening and toks[head - 1].text == "," and not _only_connectives(opening):
                    # "Indonesia, menurut dia, memiliki …": the words before the cue open
                    # the statement
                    return Reported(source, low, toks[0].start, _content_end(toks))
                return Reported(source, low, rest[0].start, _content_end(toks))
        opens = _named_then_statement(toks, head, words) if low == "menurut" else None
        if opens is not None:
            # "Menurut Direktur Ippudo Indonesia Amanda Sihombing perbedaan cara makan …":
            # a name, then the statement with no comma between
            source = parse_phrase(text, words[:opens], common=common)
            if source is not None and source.kind == "person" and source.name is not None:
                return Reported(source, low, words[opens].start, _content_end(toks))
        break
    # "Sebab menurutnya, …", "Namun katanya, …": a connective, then the cue, then the statement
    lead = next((i for i in range(min(3, len(toks))) if toks[i].low not in CLAUSE_STARTERS), 0)
    if lead < len(toks) - 1 and toks[lead + 1].text == ",":
        cue = post_cue(toks[lead])
        rest = toks[lead + 2 :]
        if cue is not None and cue[1] and _words(rest) >= _MIN_WORDS:
            return Reported(Phrase("pronoun", "-nya"), cue[0], rest[0].start, _content_end(toks))
    if lead < len(toks) - 1 and toks[lead].low in {"menurutnya", "menurutmu"}:
        # "Menurutnya pendidikan ke Monas …", "Menurutnya juga, bangsa Indonesia …": no comma
        # needed after "menurutnya"
        at = lead + 1
        while at < len(toks) and (toks[at].low in {"juga", "pula", "lagi"} or toks[at].text == ","):
            at += 1
        rest = toks[at:]
        if _words(rest) >= _MIN_WORDS and rest[0].is_word:
            return Reported(Phrase("pronoun", "-nya"), "menurut", rest[0].start, _content_end(toks))
    # "…, kata X." / "…, katanya." at the tail; "Namun, lanjutnya, …" near the head
    for pos in range(len(toks) - 2, 0, -1):
        if toks[pos].text != "," or toks[pos + 1].is_cap:
            continue  # (a capitalised cue is a title-case headline's verb: "…, Sebut Laporan")
        cue = post_cue(toks[pos + 1])
        if (
            cue is None
            and toks[pos + 1].low in PASSIVE_CUES
            and pos + 2 < len(toks)
            and (toks[pos + 2].is_cap or toks[pos + 2].low == "oleh")
        ):
            # "…, diakui Martunis, …"; not "…, lanjutnya, disampaikan langsung ke Presiden
            # …", where the passive has no agent
            cue = (toks[pos + 1].low, False)
        if (
            cue is None
            and toks[pos + 1].low == "menurut"
            and pos + 2 < len(toks)
            and (toks[pos + 2].low not in _DATA_NOUNS or toks[pos + 2].is_cap)
            # (not "…, menurut berita tersebut, …": a report no one is named behind)
            and not (
                toks[pos + 2].low in _UNSOURCED_REPORTS and _unsourced(phrase_after(toks, pos + 3))
            )
        ):
            cue = ("menurut", False)  # "…, menurut Survei Geologi AS (USGS)." closing it
            source_end = next(
                (i for i in range(pos + 2, min(len(toks), pos + 12)) if toks[i].text == ","),
                None,
            )
            if (
                source_end is not None
                and _read_in(text, toks[pos + 2 : source_end])
                and _speaker_says(toks[source_end + 1 :])
            ):
                # "Merespons kontroversi itu, menurut The Guardian via SBS, Macklemore berkata
                # …": the outlet names who says it next
                continue
        if cue is None:
            continue
        if toks[pos + 1].low == "sebut" and pos + 2 < len(toks) and toks[pos + 2].low == "saja":
            continue  # "…, sebut saja Mawar (bukan nama sebenarnya), …": a pseudonym, not a cue
        word, nya = cue
        if nya and _named_speaker_before(toks, pos):
            # "…, Fahmi pun mengakui bila …, menurutnya dirinyalah …": the sentence names its
            # speaker before the "-nya" cue
            break
        if nya:
            phrase: Phrase | None = Phrase("pronoun", "-nya")
        else:
            at = pos + 2
            if word == "demikian":
                at = reported_agent(toks, at)
            elif word in PASSIVE_CUES and toks[at].low == "oleh":
                at += 1  # "…, diterangkan oleh WHO, …": the agent after "oleh"
            words = phrase_after(toks, at)
            if word == "menurut":
                words = strip_statement(words) or words  # "menurut pernyataan Kremlin"
                if words and words[0].low in _THE_WRITER:
                    break  # "…, menurut saya Huawei Nova 2i bisa …": the writer's own view
            if word in ENGLISH_POST_CUES and any(t.low in _ENGLISH_CLAUSE_WORDS for t in words):
                # "…, chief economist at BCA, said BI was likely to …": what follows "said"
                # is the statement, no speaker after it
                break
            phrase = parse_phrase(text, words, common=common) if words else None
            named = (
                title_then_name(text, toks, pos + 2, common)
                if words and words[0].low in TITLES
                else None
            )
            if named is not None:
                # "…, kata Sekretaris Atase Pers … di Indonesia, Alexander Thielitz."
                phrase, words = named[0], toks[pos + 2 : named[1]]
            elif (set_off := set_off_name(text, toks, pos + 2, words, phrase, common)) is not None:
                # "…, ungkap ahli entomologi dari University of Florida, Dr. Jonathan Day."
                phrase, words = set_off[0], toks[pos + 2 : set_off[1]]
            appos = apposition(toks, pos + 2 + len(words))
            tail = toks[pos + 2 + len(words) + (len(appos) + 1 if appos else 0) :]
            lead = _words(toks[:pos]) <= _LEAD_WORDS
            if any(t.text == "," for t in tail) and not lead:
                if phrase is not None and _clause_follows(tail):
                    # "Pembangunan bandara, kata dia, ditargetkan …": the cue splits the statement
                    return Reported(phrase, word, toks[0].start, _content_end(toks))
                if phrase is None or not _adjuncts_only(tail):
                    break
                # "…, kata X, di Jakarta, Senin.": place and day close the attribution
                return Reported(
                    phrase, word, toks[0].start, toks[pos].start
                )  # the cue sits mid-sentence ("…, kata X, …"): not a closing attribution
            if (
                phrase is not None
                and appos
                and phrase.kind == "person"
                and not phrase.role
                # "Dari data yang didapat, kata Edy, total volume penumpang … mencapai …":
                # words running on after it make it the statement, not a role
                and not _runs_on(toks[pos + 2 + len(words) + 1 + len(appos) :])
            ):
                phrase.role = text[appos[0].start : appos[-1].end]
        clause = _after_cue(toks, pos + 1)
        if phrase is not None and clause is not None and _words(toks[:pos]) <= _LEAD_WORDS:
            # "Belanda, lanjutnya, memiliki 18 juta penduduk …", "Sejauh ini, lanjut Agus,
            # PayRide …", "Namun, lanjut dia, …": the words before the cue open the statement,
            # a connective too (the gold of five fresh sets starts there)
            return Reported(phrase, word, toks[0].start, _content_end(toks))
        if nya:
            tail = toks[pos + 2 :]
        if (
            phrase is not None
            # ("Dari POJK fintech, menurutnya setidaknya bakal ada …": the statement runs on
            # after a "-nya" cue too)
            and (not nya or word in {"menurutnya", "katanya"})
            and clause is None
            and tail
            and tail[0].is_word
            and not tail[0].is_cap
            and (_clause_follows(tail) or tail[0].low in PREDICATE_OR_MODAL_OPENERS)
            and (
                _words(toks[:pos]) <= _LEAD_WORDS
                # (a longer subject where a predicate opens the words after the cue:
                # "Sementara istri korban NL, kata Bayu belum bisa dimintai keterangan")
                or (tail[0].low in PREDICATE_OR_MODAL_OPENERS and _words(toks[:pos]) <= 8)
            )
            # (not the words of someone the statement reports: "Namun, menurut dia pemerintah
            # Myanmar menyatakan …")
            and not any(t.low in SPEECH_VERBS for t in tail[:6])
        ):
            # "Di wilayah Sulteng, kata Sunaryo banyak berkeliaran orang asing …": no comma
            # after the speaker, the statement runs on past the cue
            return Reported(phrase, word, toks[0].start, _content_end(toks))
        if phrase is not None and _words(toks[:pos]) >= _MIN_WORDS:
            end = _content_end(toks) if clause is not None else toks[pos].start
            return Reported(phrase, word, toks[0].start, end, toks[pos + 1].start)
        break
    inverted = _inverted(text, toks, common)
    if inverted is not None:
        return inverted
    # "X mengatakan (kepada …) bahwa …" / "X menegaskan …"
    for verb, tok in enumerate(toks):
        if tok.is_cap or tok.low not in SPEECH_VERBS:
            continue
        if tok.low in _REPLY_VERBS and not any(t.low == "bahwa" for t in toks[verb + 1 : verb + 4]):
            continue  # "Liverpool membalas, Salah mencetak gol …": hit back, no statement
        manner = verb
        while manner > 0 and verb - manner < 3 and toks[manner - 1].low in _MANNER_BEFORE_VERB:
            manner -= 1  # "tidak secara khusus mengatakan": how it was (not) said
        if any(t.low in NEGATIONS for t in toks[max(0, manner - 2) : verb]) and not (
            not_forgetting(toks, verb)
        ):
            continue  # "Budi belum menyebutkan kapan …": nothing was said
        if verb >= 2 and toks[verb - 1].low in {"demi", "guna"}:
            continue  # "… dengan Nvidia demi memastikan …": a purpose, no one reporting
        if (
            verb >= 1
            and toks[verb - 1].low == "yang"
            and tok.low in {"mengaku", "mengklaim"}
            and _short_aside(toks, verb + 1)
        ):
            # "… munculnya Kiswinar, lelaki yang mengaku anak biologis Mario, di acara …":
            # what someone set off claims to be, no statement of the sentence's
            continue
        if (
            verb >= 1
            and toks[verb - 1].low == "yang"
            and tok.low in {"mengaku", "mengklaim"}
            and any(
                t.low in SPEECH_VERBS and not t.is_cap and toks[k - 1].low != "yang"
                for k, t in enumerate(toks[verb + 2 : verb + 14], start=verb + 2)
            )
        ):
            # "Sumber yang mengaku dekat dengan keluarga Gomez mengonfirmasi … bahwa …": the
            # clause says who the source is; the sentence's own verb of saying comes after
            continue
        if (
            tok.low in {"mengakui", "diakui"}
            and not any(t.low == "bahwa" for t in toks[verb + 1 : verb + 6])
            and (
                # (not an admission with its own verb: "calon perawat yang mengakui menjadi
                # korban …")
                (
                    verb >= 1
                    and toks[verb - 1].low == "yang"
                    and not (verb + 1 < len(toks) and is_verb_like(toks[verb + 1]))
                )
                or any(t.low in _RECOGNISED for t in toks[verb + 1 : verb + 3])
            )
        ):
            # "salah satu negara yang mengakui awal kedaulatan Republik Indonesia": a state
            # recognising one, no statement
            continue
        if (
            verb >= 1
            and toks[verb - 1].low in {"dapat", "bisa", "mampu"}
            and not any(t.low == "bahwa" for t in toks[verb + 1 : verb + 6])
        ):
            continue  # "pengguna akan dapat menambahkan hingga tiga akun": what one can do
        if (
            verb >= 2
            and toks[verb - 1].low == "untuk"
            and not (
                toks[verb - 2].is_cap
                and any(t.low == "bahwa" for t in toks[verb + 1 : verb + 6])
                # (the agent of a passive: "… digunakan An untuk menekankan bahwa"; not a
                # name that closes the object, "mengusung tema Tari Melayu untuk
                # mengingatkan bahwa")
                and _agent_before(toks, verb - 2)
            )
        ):
            # "diberikan kesempatan untuk menyampaikan visi", "… untuk memastikan output":
            # a purpose, no one reporting ("digunakan An untuk menekankan bahwa …" reports)
            continue
        subject = subject_before(toks, verb) or coordinated_subject(toks, verb)
        if not subject:
            continue
        lows = [t.low for t in subject if t.is_word]
        if lows[:2] == ["untung", "saja"] and len(lows) > 2:
            # "Untung saja sang kekasih mengingatkan …": luckily, then who reminded her
            subject = [t for t in subject if t.is_word][2:]
            lows = lows[2:]
        if (
            any(a in {"belum", "tidak", "tak"} and b == "ada" for a, b in pairwise(lows))
            # "Sejauh ini belum ada yang berani memperkirakan …": nobody did
            or all(w in _CONJUNCTIONS for w in lows)
            # "… tak mau memastikan kapan lembaga itu akan menyampaikan …": a question
            or lows[:1] in (["kapan"], ["bagaimana"], ["apakah"], ["mengapa"], ["kenapa"])
            # "Inilah yang membuat orang sering menyebut …": the cause, no speaker
            or (len(lows) > 1 and lows[0] in _POINTERS and lows[1] == "yang")
            # "Jadi pastikan anda menambahkan …": the reader, told what to do
            or lows[-1:] in (["anda"], ["kamu"], ["kalian"])
        ):
            continue  # "Jadi, sebelum memprediksi, kita andaikan dulu bahwa …": no one
        first = toks.index(subject[0])
        if any(
            toks[i].low in {"belum", "tidak", "tak", "tiada"} and toks[i + 1].low == "ada"
            for i in range(max(0, first - 2), first)
        ) or (
            subject[0].low in {"belum", "tidak", "tak"} and subject[1:2] and subject[1].low == "ada"
        ):
            continue  # "Belum ada pihak yang mengaku …": nobody said it
        if first > 0 and toks[first - 1].low in REQUEST_VERBS and len(subject) <= 3:
            # "mereka juga meminta hakim menyatakan penetapan … tidak sah": what someone is
            # asked to declare, not what they said
            continue
        if any(
            t.low in {"adalah", "merupakan", "ialah"} and i > 0 and subject[i - 1].low != "yang"
            for i, t in enumerate(subject)
        ):
            # "Salah satunya adalah kemampuan mengatur formatting dan menambahkan link …": a
            # copula's clause, whose verb adds a thing, no one's words (not "Adalah X yang
            # mengingatkan", "X yang merupakan ketua harian KONI, menyatakan")
            continue
        nxt = verb + 1
        while nxt < len(toks) and toks[nxt].text == ",":
            nxt += 1
        if (
            nxt > verb + 1
            and nxt < len(toks)
            and toks[nxt].low in _NEXT_EVENT
            # ("mengatakan, kemudian hari harga …": in time to come, the statement's words)
            and not (nxt + 1 < len(toks) and toks[nxt + 1].low == "hari")
        ):
            # "Coman, Lemar, dan Lacazette terus mengancam, lalu Paul Pogba ikut …": what
            # happened next, no statement of theirs
            continue
        if (
            nxt + 1 < len(toks)
            and toks[nxt].low in {"nama", "nama-nama"}
            and toks[nxt + 1].is_cap
            and not any(is_verb_like(t) for t in toks[nxt + 1 :])
        ):
            # "pemberitaan … menyebutkan nama Leonardo Bonucci, bek Juventus": a name it
            # mentions, no statement
            continue
        bahwa = next(
            (i for i in range(nxt, min(len(toks), nxt + 6)) if toks[i].low == "bahwa"), None
        )
        if bahwa is None and nxt < len(toks) and toks[nxt].low in _ADJUNCT_OPENERS:
            # "mengatakan kepada wartawan dalam konferensi pers rutin bahwa …": adjuncts
            # (no verb, no comma) between the verb and "bahwa"
            i, reach = nxt + 1, min(len(toks), nxt + 14)
            while i < reach:
                if toks[i].low == "bahwa" or (
                    # "mengungkapkan kepada People bila …": "bila" for "bahwa" here too
                    toks[i].low in {"jika", "kalau", "bila"}
                    and tok.low in CORE_SPEECH_VERBS | _JIKA_VERBS
                ):
                    bahwa = i
                    break
                aside = (
                    _relative_aside_end(toks, i)
                    if toks[i].text == "," and toks[i - 1].is_cap
                    else None
                )
                if aside is not None:
                    # "mengatakan pada TMZ, yang kemudian dikutip Daily Mail, bahwa …": a
                    # relative clause on whom it was said to, set off by commas
                    i, reach = aside + 1, min(len(toks), aside + 4)
                    continue
                if toks[i].text in {",", ".", ";"} or is_verb_like(toks[i]):
                    break
                i += 1
        addressed = bahwa is None and tok.low in _ADDRESSEE_VERBS
        if addressed:
            # "menuding FBI dan Kementerian Kehakiman melalui sebuah unggahan … bahwa …":
            # whom it is said to or of, then what is said
            for i in range(nxt, min(len(toks), nxt + 16)):
                if toks[i].low == "bahwa":
                    bahwa = i
                    break
                if toks[i].text in {",", ".", ";", ":"} or toks[i].low == "yang":
                    break
                if i > nxt and is_verb_like(toks[i]) and toks[i].low not in _ADJUNCT_OPENERS:
                    break
        if (
            bahwa is None
            and (tok.low in _NOUN_OBJECT_VERBS or tok.low == "menegaskan")
            and _owned_noun(toks, nxt)
        ):
            continue  # "mengungkapkan tekadnya untuk …": voices a feeling, reports no statement
        if (
            bahwa is None
            and tok.low in _DENIAL_VERBS
            and nxt < len(toks)
            # (or when it was denied: "menampik ketika ditanya apakah …")
            and toks[nxt].low in _DENIED_NOUNS | {"ketika", "saat", "sewaktu", "tatkala"}
        ):
            continue  # "membantah tudingan …": names what is denied, reports no statement
        if (
            bahwa is None
            and tok.low in {"mengklaim", "memastikan"}
            and nxt < len(toks)
            and (
                toks[nxt].low in _CLAIMED_PRIZES | _SECURED
                # "memastikan langkah ke semifinal", "… tempat di final"
                or (
                    toks[nxt].low in {"langkah", "tempat"}
                    and nxt + 1 < len(toks)
                    and toks[nxt + 1].low in {"ke", "di", "menuju"}
                )
            )
            and not _clause_follows_noun(toks[nxt + 1 :])
        ):
            # "mengklaim kemenangan 2-1": takes a prize, reports no statement (not
            # "mengklaim poin kesepakatan itu sudah disetujui")
            continue
        # (whose it is may come between: "mengakui pernyataan La Nyalla tersebut")
        whose = 0
        while (
            whose < 3
            and nxt + 1 + whose < len(toks)
            and toks[nxt + 1 + whose].is_cap
            and toks[nxt + 1 + whose].is_word
        ):
            whose += 1
        pointer = nxt + 1 + whose
        if (
            bahwa is None
            and pointer < len(toks)
            and toks[nxt].low in _POINTED_NOUNS
            and toks[pointer].low in {"itu", "ini", "tersebut", "serupa", "senada"}
            and (
                pointer + 1 >= len(toks)
                or not toks[pointer + 1].is_word
                or toks[pointer + 1].low in _ADJUNCT_OPENERS
            )
        ):
            # "Marquez mengatakan hal tersebut dalam konferensi pers": points back, states
            # nothing ("mengatakan hal itu bukan masalah" does)
            continue
        if (
            bahwa is None
            and nxt < len(toks)
            and toks[nxt].low in {"itu", "ini", "tersebut"}
            and (
                nxt + 1 >= len(toks)
                or not toks[nxt + 1].is_word
                or toks[nxt + 1].low in _ADJUNCT_OPENERS
            )
            and not _predicate_follows(toks, nxt + 1)
        ):
            continue  # "Jo mengatakan itu dalam konferensi pers di Senayan": points back too
        if bahwa is None and tok.low in _NOUN_OBJECT_VERBS and _feeling(toks, nxt):
            continue  # "menyampaikan rasa terima kasih …", "menyatakan permintaan maaf …"
        if bahwa is None and tok.low in {"mengakui", "diakui"} and _recognised_as(toks, nxt):
            continue  # "mengakui Yerusalem sebagai ibu kota Israel": recognition, no statement
        if (
            bahwa is not None
            and bahwa > nxt
            and toks[nxt].low not in _ADJUNCT_OPENERS | _BEFORE_BAHWA
            and tok.low in CORE_SPEECH_VERBS
            and not addressed
        ):
            bahwa = None  # "menegaskan peringatan itu bukan prediksi bahwa …": inside the clause
        if bahwa is not None:
            start = bahwa + 1
        elif (
            nxt == verb + 1
            and nxt < len(toks)
            and toks[nxt].low in {"jika", "kalau", "bila"}
            and tok.low in CORE_SPEECH_VERBS | _JIKA_VERBS
        ):
            # "Alves menyebut jika …", "Fahmi mengakui bila …": news writes "jika" for "bahwa"
            start = nxt + 1
        elif (
            tok.low in CORE_SPEECH_VERBS
            and nxt < len(toks)
            and toks[nxt].low != "kepada"
            # ("mengatakan pada Ed Woodward untuk segera …": whom it was asked of, then the
            # request; not "mengatakan pada tahap awal …", the statement's own adverbial)
            and not _asked_of(toks, nxt)
            # "… memastikan kemenangan Bajol Ijo": a noun, no statement, after "memastikan"
            and not (tok.low == "memastikan" and not _statement_follows(toks, nxt))
            # "memastikan diri promosi": secured a place, said nothing
            and not (tok.low == "memastikan" and toks[nxt].low == "diri")
            # "memastikan lolos ke semifinal", "memastikan meraih kemenangan": secured it
            and not (tok.low == "memastikan" and toks[nxt].low in _SECURED_BY_DOING)
            # "membocorkan episode ke-enam kepada pelanggan", "membocorkan gagasan utama yang
            # akan diusung": what was leaked, no statement ("membocorkan saat ini Promogo
            # sedang melakukan …" is one)
            and not (tok.low == "membocorkan" and not _leak_is_a_statement(toks, nxt))
        ):
            start = nxt
            occasion = _occasion_end(toks, nxt)
            if occasion is not None:
                # "Djan Faridz menyampaikan dalam pidatonya di Rapat Koordinasi …, Minggu
                # (25/2/2018), seperti dikutip …": the occasion, then the statement after its
                # comma, if any
                start = occasion + 1
                if _words(toks[start:]) < _MIN_WORDS or toks[start].low in _AS_QUOTED:
                    continue
        elif (
            nxt > verb + 1  # a comma right after the verb
            and nxt < len(toks)
            # a hope, a belief, a statistic: not a claim
            and tok.low
            not in {"berharap", "mencatat", "meyakini", "yakin", "menduga", "menganggap"}
            and (
                not toks[nxt].is_cap
                or toks[nxt].low in {"ia", "dia", "mereka"}
                # "Martinus melanjutkan, Polri juga tengah menghitung …": a name opening the
                # statement (not a day, nor a name set off by another comma)
                or (
                    toks[nxt].low not in DAYS
                    and nxt + 2 < len(toks)
                    and toks[nxt + 1].text != ","
                    and toks[nxt + 1].is_word
                    and not toks[nxt + 1].is_cap
                )
            )
        ):
            # "Tjahjo mengemukakan, pertemuan sempat terhambat …": a comma after a verb of
            # saying opens the statement
            start = nxt
        elif (
            tok.low in REQUEST_VERBS
            and toks[verb - 1].low != "akan"
            and (
                any(t.low in {"agar", "supaya"} for t in toks[nxt : nxt + 8])
                # ("meminta maaf untuk …", "meminta uang muka … untuk membantu …": what is
                # asked for, not who is asked to act)
                or (
                    nxt < len(toks)
                    and (toks[nxt].is_cap or toks[nxt].low not in _ASKED_FOR)
                    and any(t.low == "untuk" for t in toks[nxt : nxt + 8])
                )
                # "meminta seluruh warga menjaga kondusivitas": who is asked, then the act
                or (
                    nxt < len(toks)
                    and (toks[nxt].is_cap or toks[nxt].low not in _ASKED_FOR)
                    and any(
                        is_verb_like(t) and t.low not in SPEECH_VERBS | _PREPOSITION_LIKE
                        # (not a clause a conjunction opens: "korban mengingatkan pelaku
                        # sehingga pelaku merasa sakit hati" says what followed)
                        for t in takewhile(
                            lambda t: t.low not in _CLAUSE_JOINERS, toks[nxt + 1 : nxt + 5]
                        )
                    )
                )
                # "meminta KAI memastikan kesiapan sarana": a body asked, then the act
                or (
                    nxt + 1 < len(toks)
                    and toks[nxt].is_cap
                    and toks[nxt + 1].low in CORE_SPEECH_VERBS
                    and toks[nxt + 1].low not in {"mengatakan", "menyatakan", "berkata"}
                )
            )
        ):
            start = nxt  # "X meminta TNI untuk segera memberi keterangan"
        elif tok.low in MEDIA_VERBS and any(t.low in MEDIA_NOUNS for t in subject):
            start = nxt  # "Kantor berita ISNA menulis pemblokiran … telah dicabut"
        else:
            continue
        while start < len(toks) and toks[start].text in {",", ":"}:
            start += 1  # "mengatakan bahwa, AMA hadir …": a stray comma opens no statement
        if (
            start + 2 < len(toks)
            and toks[start].low in {"dan", "serta"}
            and toks[start + 1].low in SPEECH_VERBS
            and toks[start + 2].low == "bahwa"
        ):
            # "Park sudah mengaku dan membenarkan bahwa dirinya …": a second verb of saying
            # joined to the first; the statement follows its "bahwa"
            start += 3
        rest = toks[start:]
        if tok.low == "menyebut" and any(
            t.low in {"nama", "julukan", "istilah"}
            or (t.low in _NAMED_BY and k > 0 and rest[k - 1].low in {"dengan", "sebagai"})
            for k, t in enumerate(rest[:6])
        ):
            break  # "menyebut gerakan itu dengan nama …" names something; it reports nothing
        # "Siaran pers Kementerian ESDM menyebutkan": the ministry speaks through its release;
        # "pernyataan resmi itu menyebutkan": the source quoted last
        phrase = (
            Phrase("elided", "")
            if is_statement_anaphor(subject)
            else parse_phrase(text, strip_statement(subject) or subject, common=common)
        )
        if phrase is not None and rest and _words(rest) >= _MIN_WORDS:
            comma = max((i for i in range(first, verb) if toks[i].text == ","), default=-1)
            if (
                comma >= 2
                and nxt > verb + 1
                and phrase.kind == "pronoun"
                and not _only_connectives(toks[:comma])
            ):
                # "Komite Nasional Keselamatan Transportasi, ia melanjutkan, akan …": the
                # attribution sits inside the statement, which opens the sentence
                return Reported(phrase, tok.low, toks[0].start, _content_end(toks))
            closes = _concession_end(toks, rest, first)
            if closes is None:
                break
            return Reported(phrase, tok.low, rest[0].start, closes)
        break
    return _passive_agent(text, toks, common)


# Words that go on with a clause after its comma, no main clause
_GOES_ON = frozenset(
    {"sehingga", "karena", "dan", "serta", "atau", "yang", "agar", "supaya", "hingga", "bahkan",
     "termasuk", "seperti", "yakni", "yaitu", "apalagi", "kecuali"}
)  # fmt: skip


def _concession_end(toks: list[Tok], rest: list[Tok], first: int) -> int | None:
    """Where a statement ends: the sentence's end, or, where the statement is reported in a
    concession opening the sentence, the comma before the main clause ("Meski direktur
    olahraga Roma, Monchi, menegaskan bahwa pemain Belgia akan bertahan di klub, laporan
    yang beredar di Italia mengklaim …"); not where the concession closed before the
    speaker (`toks[first]`) came ("Meski begitu, Ian menjelaskan bahwa …", "Meski turun
    dibanding bulan sebelumnya, Suhariyanto mengatakan, …"). None where the concession
    closes right after its verb: what follows is the main clause, no statement ("Meski Trump
    sudah mendesak, sejumlah senator … tetap tidak setuju")."""
    if (
        toks[0].low not in CONCESSIONS
        or toks[1].low in {"demikian", "begitu", "pun"}
        or any(is_verb_like(t) and not t.is_cap for t in toks[1:first])
    ):
        return _content_end(toks)
    opens = toks.index(rest[0])
    if toks[opens - 1].text == ",":
        return None
    for k, tok in enumerate(rest):
        if tok.text != "," or k + 1 >= len(rest) or rest[k + 1].low in _GOES_ON:
            continue
        clause = list(takewhile(lambda t: t.text not in {",", ";"}, rest[k + 1 :]))
        if len(clause) >= 3 and any(is_verb_like(t) and not t.is_cap for t in clause[1:]):
            return tok.start
    return _content_end(toks)


# the verbs of a statement-first sentence closed by its source ("…, AIU mengumumkan pada hari
# Selasa."), as translated wire copy writes "…, the agency announced on Tuesday"
_CLOSING_VERBS = frozenset(
    {"mengatakan", "mengumumkan", "menyatakan", "melaporkan", "menyebutkan", "menegaskan",
     "menjelaskan", "mengonfirmasi", "memperingatkan", "menambahkan", "menulis", "mengklaim"}
)  # fmt: skip


# Where one speaks: "dalam pidatonya", "dalam konferensi pers", "saat sambutan"
_OCCASIONS = re.compile(
    r"(?:pidato|sambutan|keterangan|konferensi|jumpa|wawancara|siaran|rilis|acara|rapat|"
    r"diskusi|seminar|dialog|sidang|orasi|ceramah|unggahan|akun)\w*"
)
# "seperti dikutip …", "sebagaimana dilansir …": how the article got it, no statement
_AS_QUOTED = frozenset({"seperti", "sebagaimana", "demikian"})


def _predicate_follows(toks: list[Tok], at: int) -> bool:
    """Whether "itu"/"ini" after a verb of saying is the subject of a statement, the words
    after it a predicate: "mengatakan itu di luar kewenangan … sehingga harus …", "ini pada
    dasarnya bukan masalah", "ini saat yang tepat", "itu sejak awal sudah menjadi …"."""
    if at >= len(toks) or not toks[at].is_word:
        return False  # "Untuk memastikan itu, Taufiq mengaku, …"
    if at + 1 < len(toks) and toks[at + 1].low in {"luar", "atas", "dasarnya", "yang"}:
        return True
    for tok in toks[at:]:
        if tok.text in {".", "!", "?", ";", ","}:
            return False
        if tok.low in AUXILIARIES | NEGATIONS | {"sehingga", "adalah", "merupakan", "menjadi"}:
            return True
    return False


def _occasion_end(toks: list[Tok], at: int) -> int | None:
    """Where an occasion of speaking opening at `at` ends ("dalam pidatonya di Rapat
    Koordinasi …, Minggu (25/2/2018),"): the comma closing it and the day after it; None
    when no occasion opens there."""
    if not (
        at + 1 < len(toks)
        and toks[at].low in {"dalam", "saat", "ketika", "pada"}
        and _OCCASIONS.fullmatch(toks[at + 1].low)
    ):
        return None
    comma = next((i for i in range(at + 2, min(len(toks), at + 16)) if toks[i].text == ","), None)
    if any(
        (is_verb_like(tok) and toks[i - 1].low != "yang")
        or tok.low in AUXILIARIES | NEGATIONS | {"ada", "hadir", "muncul"}
        for i, tok in enumerate(toks[at + 2 : comma], start=at + 2)
    ):
        # a clause, not the occasion: "mengatakan dalam rapat koordinasi itu disepakati
        # penutupan jalan …", "… dalam rapat tersebut dibahas tiga hal, yakni …" (not "saat
        # konferensi pers yang digelar di Mapolda, …")
        return None
    if comma is None:
        return len(toks) - 1
    if comma + 1 < len(toks) and toks[comma + 1].low in DAYS:
        after = next(
            (i for i in range(comma + 2, min(len(toks), comma + 10)) if toks[i].text == ","),
            None,
        )
        return after if after is not None else len(toks) - 1
    return comma


def _short_aside(toks: list[Tok], at: int) -> bool:
    """Whether the words from `at` run, without "bahwa", over five words at most to a comma
    the sentence goes on after: the end of a clause set off inside the sentence."""
    for i in range(at, min(len(toks), at + 6)):
        if toks[i].low == "bahwa" or not (toks[i].is_word or toks[i].text == ","):
            return False
        if toks[i].text == ",":
            return i > at and _words(toks[i + 1 :]) >= 3
    return False


def _inverted(text: str, toks: list[Tok], common: frozenset[str]) -> Reported | None:
    """ "Kipchumba telah diskors empat tahun …, Unit Integritas Atletik (AIU) mengumumkan pada
    hari Selasa, sehingga …": the statement first, then its source and the verb with nothing
    after it but time, place or a new clause."""
    for verb in range(4, len(toks)):
        tok = toks[verb]
        if tok.is_cap or tok.low not in _CLOSING_VERBS:
            continue
        subject = subject_before(toks, verb)
        if not subject:
            continue
        first = toks.index(subject[0])
        if first < 1 or toks[first - 1].text != "," or _words(toks[: first - 1]) < _MIN_WORDS + 2:
            continue
        tail = toks[verb + 1 :]
        words = [t for t in tail if t.is_word]
        if words and (not _adjuncts_only(tail) or any(t.low == "bahwa" for t in tail)):
            continue  # "…, X mengatakan akan …", "Ketua X, Budi mengatakan, …": the verb
            # has its own statement ("…, Penny Junior mengatakan kepada surat kabar itu
            # bahwa …": after an adjunct too)
        phrase = parse_phrase(text, strip_statement(subject) or subject, common=common)
        if phrase is None or phrase.kind not in {"person", "org", "title", "anonymous", "pronoun"}:
            continue
        return Reported(phrase, tok.low, toks[0].start, toks[first - 1].start, subject[0].start)
    return None


def _asked_of(toks: list[Tok], at: int) -> bool:
    """ "pada Ed Woodward untuk …", "pada Jokowi agar …": "pada" and a name, then what the
    person was asked to do."""
    if toks[at].low != "pada":
        return False
    name = list(takewhile(lambda t: t.is_cap and t.is_word, toks[at + 1 : at + 5]))
    after = at + 1 + len(name)
    return (
        bool(name)
        and not any(t.low in DAYS or t.low in MONTHS for t in name)
        and after < len(toks)
        and toks[after].low in {"untuk", "agar", "supaya"}
    )


# Nouns for what was said that "itu"/"tersebut" points back with ("menyampaikan keinginan
# tersebut kepada pihak Madura United": conveys it, states nothing new)
_POINTED_NOUNS = frozenset(
    {"hal", "keinginan", "harapan", "pendapat", "pernyataan", "informasi", "kabar", "rencana",
     "usulan", "permintaan", "keluhan", "pesan", "klaim", "tuduhan", "tudingan", "keputusan",
     "alasan", "kritik", "permohonan", "imbauan", "ajakan"}
)  # fmt: skip


# "… disebut Lorenzo bisa jadi pengingat …": a passive verb of saying with its agent right after
_AGENT_PASSIVES = frozenset(
    {"disebut", "dinilai", "dianggap", "diyakini", "diakui", "dikatakan", "diklaim"}
)
# Heads of a relative clause that is what was said ("Apa yang dikatakan …", "Hal yang …")
_WHAT = frozenset({"apa", "hal", "semua", "segala", "seperti", "sesuai", "itulah", "inilah"})
_AFTER_AGENT = AUXILIARIES | NEGATIONS | frozenset({"sangat", "cukup", "menjadi", "jadi"})


def _passive_agent(text: str, toks: list[Tok], common: frozenset[str]) -> Reported | None:
    for index in range(2, len(toks) - 3):
        if toks[index].low not in _AGENT_PASSIVES or toks[index].is_cap:
            continue
        if toks[index - 1].low == "yang" and toks[index - 2].low in _WHAT:
            continue  # "Apa yang dikatakan Pochettino memang benar": what he said, judged
        after = index + 1
        while (
            after < len(toks) and after - index <= 4 and toks[after].is_cap and toks[after].is_word
        ):
            after += 1
        name = toks[index + 1 : after]
        if not name:
            continue
        if after >= len(toks) or toks[after].low not in _AFTER_AGENT:
            continue  # "disebut Kampung Warna": a passive that names, not one that reports
        phrase = parse_phrase(text, name, common=common)
        if phrase is not None and phrase.kind == "person" and _words(toks[after:]) >= 2:
            return Reported(phrase, toks[index].low, toks[0].start, _content_end(toks))
    return None


def _agent_before(toks: list[Tok], last: int) -> bool:
    """Whether the capitalised name ending at `toks[last]` may be who speaks after "untuk":
    not a name that closes a noun of a title or theme ("mengusung tema Tari Melayu untuk
    mengingatkan bahwa …")."""
    at = last
    while at > 0 and toks[at - 1].is_cap and toks[at - 1].is_word:
        at -= 1
    return at == 0 or toks[at - 1].low not in _TITLED_NOUNS


# Nouns a title or theme follows: the name after them is what is called so, not an agent
_TITLED_NOUNS = frozenset(
    {"tema", "bertema", "judul", "berjudul", "tajuk", "bertajuk", "program", "nama",
     "bernama", "lagu", "film", "album", "buku", "acara", "slogan", "motto", "gerakan",
     "kampanye", "festival"}
)  # fmt: skip


def _leak_is_a_statement(toks: list[Tok], at: int) -> bool:
    """Whether a clause, not a noun phrase, follows "membocorkan" at `at` (after a time
    adverbial: "membocorkan saat ini Promogo sedang …")."""
    if [t.low for t in toks[at : at + 2]] in (["saat", "ini"], ["untuk", "saat"]):
        at += 2
    while at < len(toks) and toks[at].low in {"kini", "sekarang", "nantinya", "ini"}:
        at += 1
    first = _first_verb(toks, at)
    relative = next((i for i in range(at, first) if toks[i].low == "yang"), None)
    if relative is None:
        return _clause_follows_noun(toks[at:])
    # "gagasan utama yang akan diusung dalam proyek": the relative clause's verbs, then
    # an adjunct, no predicate; "perusahaan yang dipimpin Elon Musk itu akan meluncurkan …"
    # goes on into one
    rest = first
    while rest < len(toks) and (is_verb_like(toks[rest]) or toks[rest].low in AUXILIARIES):
        rest += 1
    return _clause_follows_noun(toks[rest:])


def _first_verb(toks: list[Tok], at: int) -> int:
    """Index of the first verb, auxiliary or copula from `at` (the end if none)."""
    return next(
        (
            i
            for i in range(at, len(toks))
            if is_verb_like(toks[i])
            or toks[i].low in AUXILIARIES
            or toks[i].low in {"adalah", "merupakan", "ialah"}
        ),
        len(toks),
    )


def _statement_follows(toks: list[Tok], at: int) -> bool:
    """Whether a statement, not a noun, follows at `at`: a verb, an auxiliary or a copula in
    the next words ("memastikan tak akan ada aksi", not "memastikan tiket putaran dua")."""
    return any(
        is_verb_like(t) or t.low in AUXILIARIES or t.low in {"adalah", "ada", "merupakan", "bahwa"}
        for t in toks[at : at + 12]
    )
