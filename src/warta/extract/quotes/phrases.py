"""Cut speaker phrases out of a sentence: the subject before a verb of saying, the phrase after a
post-quote cue (`kata X`), the apposition that gives a role (`X, sekretaris pers AS`).
"""

from __future__ import annotations

import re

from warta.extract.canonical import is_country
from warta.extract.ner.lexicon import MINISTRY_FIELDS, OFFICE_CLAUSE_OPENERS, ROLE_MODIFIERS
from warta.extract.ner.roles import CONCESSIONS, FIELD_NOUN
from warta.extract.place_names import PROVINCES
from warta.extract.quotes.lexicon import (
    ANAPHORS,
    AUXILIARIES,
    CLAUSE_STARTERS,
    DAYS,
    DEGREES,
    HONORIFICS,
    MET_BY_THE_PRESS,
    MONTHS,
    ORG_HEADS,
    POST_CUES,
    PREDICATE_OR_MODAL_OPENERS,
    PRONOUNS,
    SPEAKER_STOPS,
    SPEECH_VERBS,
    STATEMENT_ADJECTIVES,
    THROUGH,
    TITLES,
)
from warta.extract.quotes.speakers import (
    HUMAN_ROLES,
    KINDS_OF_BODIES,
    anonymity_clause,
    epithet_head,
    is_known_place,
)
from warta.extract.quotes.text import Tok, handle_end

# ber- words that modify a noun phrase ("tukang berusia 33 tahun"), not verbs.
_NOMINAL_BER = frozenset(
    {"berusia", "berumur", "bernama", "berinisial", "berasal", "berstatus", "bernomor"}
)
# Nouns that look like di-/me-/ber-/ter- verbs.
_PREFIXED_NOUNS = frozenset(
    {"diplomat", "diskusi", "distrik", "direksi", "dialog", "dimensi", "dinasti", "diktator",
     "media", "menteri", "merek", "metode", "mesin", "meteran", "medali", "mekanisme",
     "berita", "berkas", "beranda", "terminal", "teroris", "teori", "teritori", "terdakwa",
     "tersangka", "memori", "mentor", "mediator", "mereka", "tersebut",
     "teror", "terapi", "dinamika", "diagnosis", "disiplin", "distribusi", "diskon", "digital",
     "dividen", "diaspora", "berlian", "melodi", "meditasi"}
)  # fmt: skip
_STATEMENT_NOUNS = frozenset(
    {"pernyataan", "keterangan", "laporan", "rilis", "siaran", "unggahan", "cuitan", "akun",
     "situs", "laman", "data", "catatan", "dokumen", "surat", "informasi", "kutipan",
     "wawancara", "pesan"}
)  # fmt: skip


# Prepositions a relative clause's head noun follows inside a sentence, and nouns for what
# someone asked or stated ("tuntutan jaksa … yang meminta": the prosecutor asked)
_CLAUSE_PREPOSITIONS = frozenset(
    {"dari", "daripada", "oleh", "terhadap", "atas", "dibanding", "dibandingkan", "ketimbang",
     "sesuai", "seperti", "sebagaimana", "berdasarkan"}
)  # fmt: skip
_DEMAND_NOUNS = _STATEMENT_NOUNS | frozenset(
    {"tuntutan", "permintaan", "usulan", "desakan", "gugatan", "putusan", "keputusan"}
)
# Tokens a subject may run to: long offices with a bracketed short form and a body ("Direktur
# Penyidikan pada Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Kejagung Abdul Qohar")
_MAX_SUBJECT = 24


# Words after an office that are part of it, before the holder's name
_ELECT = frozenset({"terpilih", "nonaktif", "demisioner", "definitif"})


# Adjectives made superlative with ter- ("termuda", "terbesar"): no verbs
_SUPERLATIVES = frozenset(
    {"termuda", "tertua", "terbesar", "terkecil", "terbaik", "terburuk", "tertinggi",
     "terendah", "terkaya", "termiskin", "terkuat", "terlemah", "tercepat", "terlambat",
     "terpopuler", "terlaris", "terbanyak", "tersedikit", "terpanjang", "terpendek",
     "terluas", "terdalam", "termahal", "termurah", "tersukses", "terhebat", "terbaru",
     "terkini", "terdekat", "terjauh", "terlama", "terpenting", "terbesarnya"}
)  # fmt: skip


def is_verb_like(tok: Tok) -> bool:
    low = tok.low
    if not tok.is_word or tok.is_cap or low in TITLES or low in _NOMINAL_BER:
        return False
    if low in _PREFIXED_NOUNS or low.endswith("isme"):
        return False  # ("terorisme", "dinamisme": a noun of a doctrine)
    if low in _SUPERLATIVES:
        return False  # ("kata bakal presiden termuda itu": an adjective, most young)
    return low in SPEECH_VERBS or (
        len(low) > 5 and low.startswith(("me", "ber", "di", "ter", "mem", "men", "meng"))
    )


# English verbs of saying after a quote left in English (lower case only: "Said" is a name)
ENGLISH_POST_CUES = frozenset({"said", "says", "told", "added", "explained", "stated"})
# English words that end the speaker's name after such a cue
_ENGLISH_AFTER_NAME = frozenset(
    {"after", "during", "when", "before", "while", "at", "on", "in", "to", "as", "from"}
)


def post_cue(tok: Tok) -> tuple[str, bool] | None:
    """The cue word and whether it carries the "-nya" speaker (katanya, ujarnya)."""
    low = tok.low
    if low in POST_CUES:
        return low, False
    if low in ENGLISH_POST_CUES and not tok.is_cap:
        return low, False  # a quote left in English: '"…," said coach Patrick Kluivert'

    if low.endswith("nya") and low[:-3] in POST_CUES:
        return low, True
    if low in {"menurutnya"}:
        return low, True
    return None


# Words of manner after the speaker's name ("kata Hilman singkat", "ujar Budi sambil tertawa")
_MANNER_AFTER_NAME = frozenset(
    {"singkat", "tegas", "lugas", "santai", "pelan", "lirih", "enteng", "bangga", "haru", "penuh",
     "kesal", "geram", "yakin", "optimistis", "optimis", "pesimistis", "serius", "bercanda",
     "tersenyum", "tertawa", "sambil", "seraya", "sembari", "lantang", "datar", "mantap",
     "menambahkan", "melanjutkan", "menegaskan", "menjelaskan", "menutup", "terus",
     "berterus", "blak-blakan", "panjang", "lebar", "polos"}
)  # fmt: skip


# Marks around the title of a work inside a speaker's epithet
_TITLE_OPENERS = frozenset({"‘", "'", '"', "“"})
_TITLE_CLOSERS = frozenset({"’", "'", '"', "”"})


def phrase_after(toks: list[Tok], index: int) -> list[Tok]:
    """The speaker phrase starting at `toks[index]`, up to a stop word or punctuation (and
    as long as a subject may be: "ujar Kepala Sub - Direktorat II Direktorat Reserse Kriminal
    Umum Polda Jatim Ajun Komisaris Besar Polisi Yudhistira")."""
    out: list[Tok] = []
    for pos in range(index, min(len(toks), index + _MAX_SUBJECT)):
        tok = toks[pos]
        low = tok.low
        if low == "juga" and out and out[-1].low == "yang":
            out.append(tok)
            continue
        if tok.text in {"(", ")"}:
            # keep "(OSCE)" after an organisation name, "(Menlu)" after a title
            nxt = toks[pos + 1] if pos + 1 < len(toks) else None
            if tok.text == "(" and out and _short_form_at(toks, pos + 1):
                out.append(tok)
                continue
            opened = next((j for j in range(len(out) - 1, -1, -1) if out[j].text == "("), -1)
            if tok.text == ")" and 0 < opened < len(out) - 1:
                out.append(tok)
                if nxt is not None and nxt.low in ANAPHORS:
                    out.append(nxt)  # "mantan Ketua DKPP (DKPP) itu": the epithet ends here
                elif nxt is not None and nxt.is_cap and nxt.is_word and out[0].is_cap:
                    # "kata Kepala Balai Taman Nasional Tambora (BTNT) Budi Kurniawan",
                    # "Menteri Luar Negeri (Menlu) Retno Marsudi": the name after the short form
                    continue
            break
        if (
            tok.text == "."
            and out
            and (
                (out[-1].is_cap and len(out[-1].text) == 1)
                # (a form of address written small too: "dr.", "drg.")
                or out[-1].low in HONORIFICS
            )
            and pos + 1 < len(toks)
            and toks[pos + 1].is_cap
        ):
            out.append(tok)  # "H." or "Dr." inside a name
            continue
        if (
            tok.text == "."
            and out
            and out[-1].end == tok.start
            and pos + 1 < len(toks)
            and toks[pos + 1].start == tok.end
            and toks[pos + 1].low in _DOMAIN_ENDINGS
        ):
            out.append(tok)  # "terang Founder Nikah.id Hariawan": a site's name, dot and all
            continue
        if tok.text == "@" and pos + 1 < len(toks) and toks[pos + 1].start == tok.end:
            # "akun @TMCPoldaMetro", "@rudi_santoso77": a social media account
            out.extend(toks[pos : handle_end(toks, pos)])
            break
        if (
            tok.text in {"'", "’"}
            and out
            and out[-1].low == "dato"
            and tok.start - out[-1].end <= 1
        ):
            out.append(tok)  # "kata Sekretaris MASOC Dato' Low Beng Choo": the title's
            continue
        if tok.text == "-" and out and pos + 1 < len(toks) and toks[pos + 1].is_word:
            out.append(tok)  # "U - 23"
            continue
        if (
            tok.text == "&"
            and out
            and out[-1].is_cap
            # (an office's fields, not two people: "kata Ahok & Djarot")
            and any(t.low in TITLES for t in out)
            and pos + 1 < len(toks)
            and toks[pos + 1].is_cap
            and toks[pos + 1].is_word
        ):
            out.append(tok)  # "ujar VP Sales & Marketing Telkomsel …": one office
            continue
        if (
            tok.text == "/"
            and out
            and out[-1].end == tok.start
            and pos + 1 < len(toks)
            and toks[pos + 1].start == tok.end
            and toks[pos + 1].is_cap
        ):
            out.append(tok)  # "tulis AC/DC": one name written with a slash
            continue
        if tok.text == "," and _fields_listed(toks, pos, out):
            # "kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto", "Deputi
            # Bidang Protokol, Pers dan Media …": an office's fields, listed
            out.append(tok)
            continue
        if tok.text in _TITLE_OPENERS and out and not out[-1].is_cap:
            # "ungkap bintang film 'Cinta Dalam Kardus' ini": the title of a work inside an
            # epithet, up to the anaphor that ends it
            close = next(
                (j for j in range(pos + 1, min(len(toks), pos + 10))
                 if toks[j].text in _TITLE_CLOSERS),
                None,
            )  # fmt: skip
            if close is not None and close + 1 < len(toks) and toks[close + 1].low in ANAPHORS:
                out.extend(toks[pos : close + 2])
            elif (
                close is not None
                and close + 1 < len(toks)
                and toks[close + 1].text == ","
                and any(t.low in TITLES for t in out)
            ):
                # "Menurut Rosa Rai Djalal selaku produser 'Guru Ngaji', film ini …": the
                # work closes the office, and the phrase with it
                out.extend(toks[pos : close + 1])
            break
        if not tok.is_word:
            break
        if (
            out
            and low == "lebih"
            and pos + 1 < len(toks)
            and toks[pos + 1].low in {"lanjut", "jauh"}
        ):
            break  # '," kata RM lebih lanjut': the speaker goes on, no part of the name
        if out and low == "ada" and not tok.is_cap:
            break  # "menurut publik ada tiga faktor": the predicate, "there are"
        if tok.text in _ENGLISH_AFTER_NAME and out and out[-1].is_cap:
            break  # '"…," said coach Patrick Kluivert after the match'
        if len(out) == 1 and low == "yang" and not out[0].is_cap:
            # "kata pria yang akrab disapa Emil itu": a described someone, up to the anaphor
            # (the clause may be long: "ujar pria yang sudah belasan kali mendapatkan tugas
            # meliput beberapa peristiwa penting di Indonesia itu")
            ahead = next(
                (j for j in range(pos + 1, min(len(toks), pos + 16)) if not toks[j].is_word), None
            )
            close = next(
                (j for j in range(pos + 1, ahead or min(len(toks), pos + 16))
                 if toks[j].low in ANAPHORS),
                None,
            )  # fmt: skip
            if close is not None:
                out.extend(toks[pos : close + 1])
                break
        if out and out[-1].is_cap and low in _MANNER_AFTER_NAME:
            break  # "kata Hilman singkat": how it was said, not who said it
        if out and out[-1].is_cap and out[-1].is_word and low in PREDICATE_OR_MODAL_OPENERS:
            break  # "kata Bayu belum bisa dimintai keterangan": the statement's predicate
        if out and out[-1].low in _STATEMENT_NOUNS | {"pers"} and low in {"tertulis", "resmi"}:
            out.append(tok)  # "menurut keterangan tertulis Polda …": written, not a verb
            continue
        if (
            out
            and low in _ELECT
            and out[0].low in TITLES
            and pos + 1 < len(toks)
            and toks[pos + 1].is_cap
        ):
            out.append(tok)  # "kata Gubernur DKI terpilih Anies Baswedan": the office elect
            continue
        if (
            out
            and low == "yang"
            and pos + 2 < len(toks)
            and toks[pos + 1].low == "juga"
            and toks[pos + 2].is_cap
        ):
            # "Ketua Panitia yang juga Kepala Dispora Padang Suardi": a second office, then
            # the name
            out.append(tok)
            continue
        if (
            out
            and (low in SPEAKER_STOPS or is_verb_like(tok))
            and epithet_head(out[0].low)
            # (not after a name: "kata Kepala Dinas Lien Dwiari pada kegiatan tersebut")
            and not out[-1].is_cap
        ):
            # "terang mantan pemain berkepala plontos tersebut": an epithet up to its
            # demonstrative
            close = next(
                (j for j in range(pos, min(len(toks), pos + 6)) if toks[j].low in ANAPHORS),
                None,
            )
            if close is not None and all(toks[j].is_word for j in range(pos, close)):
                out.extend(toks[pos : close + 1])
                break
        if (
            low == "dari"
            and len(out) == 1
            and out[0].low in _KIN_BEFORE_DARI
            and not out[0].is_cap
            and any(t.is_cap and t.is_word for t in toks[pos + 1 : pos + 4])
        ):
            out.append(tok)  # "tutur istri dari aktor Deddy Mahendra Desta": whose wife
            continue
        if out and (low in SPEAKER_STOPS or is_verb_like(tok)):
            first_cap = next((t for t in out if t.is_cap), None)
            inside_org = (
                first_cap is not None
                and first_cap.low in ORG_HEADS
                and low in {"untuk", "dan", "di"}
            )
            # "CEO dan Co-Founder Cashlez Teddy Setiawan": two titles of one person
            # "lanjut Swandajani Gunadi selaku Direktur SDM dan Marketing Adira Finance": so
            # too after "selaku" or "sebagai"
            capacity = next(
                (j for j, t in enumerate(out) if t.low in {"selaku", "sebagai"}), len(out)
            )
            joint_title = low in {"dan", "sekaligus", "&"} and (
                out[0].low in TITLES
                or (capacity + 1 < len(out) and out[capacity + 1].low in TITLES)
            )
            nxt = toks[pos + 1] if pos + 1 < len(toks) else None
            # "Menteri Dalam Negeri Ali Yerlikaya": a capitalised stop word inside a title;
            # "Komisaris Tinggi PBB untuk Pengungsi Filippo Grandi", "Duta Besar RI untuk
            # Jepang …": an office for a field or a country
            in_title = (tok.is_cap and out[-1].is_cap and low in SPEAKER_STOPS) or (
                low == "untuk" and out[-1].is_cap and any(t.low in TITLES for t in out)
            )
            # ("kata Menteri Dalam negeri Hamburg Andy Grote": the office written half small)
            home_affairs = (
                tok.is_cap and low in {"dalam", "luar"} and nxt is not None and nxt.low == "negeri"
            )
            if not (
                ((inside_org or joint_title or in_title) and nxt is not None and nxt.is_cap)
                or home_affairs
            ):
                break
        if out and (out[-1].low in PRONOUNS or out[-1].low in ANAPHORS):
            break
        if out and low in ANAPHORS:
            out.append(tok)  # "relawan tersebut": points back to an earlier speaker
            break
        out.append(tok)
        if low in PRONOUNS and len(out) == 1:
            break
    return out


# Relations an epithet may open with "dari" before whom they relate to
_KIN_BEFORE_DARI = frozenset(
    {"istri", "isteri", "suami", "anak", "putra", "putri", "ayah", "ibu", "kakak", "adik",
     "kekasih", "pacar", "tunangan", "cucu", "menantu"}
)  # fmt: skip


# The endings of sites' names written in a phrase: "Nikah.id", "Bisnis.com"
_DOMAIN_ENDINGS = frozenset({"id", "com", "net", "org", "co", "io", "tv", "my", "sg", "asia"})


def _fields_listed(toks: list[Tok], comma: int, out: list[Tok]) -> bool:
    """Whether the comma at `comma` lists the fields of an office ("Bidang Politik, Hukum,
    dan Keamanan"): the phrase so far holds "Bidang" and ends capitalised, and capitalised
    words and commas run from the comma to "dan" and a capitalised word."""
    if not (out and out[-1].is_cap and any(t.low == "bidang" for t in out)):
        return False
    for pos in range(comma + 1, min(len(toks) - 1, comma + 8)):
        tok = toks[pos]
        if tok.low in {"dan", "serta", "&"}:
            listed = [t for t in toks[comma + 1 : pos + 2] if t.is_word and t.is_cap]
            # (a field among them, not people: "Kepala Bidang Humas, Budi, dan Andi")
            return (
                toks[pos + 1].is_word
                and toks[pos + 1].is_cap
                and any(_field(t.low) for t in listed)
            )
        if not (tok.text == "," or (tok.is_word and tok.is_cap)):
            return False
    return False


def _field(low: str) -> bool:
    return low in ROLE_MODIFIERS or low in MINISTRY_FIELDS or FIELD_NOUN.fullmatch(low) is not None


def _short_form_at(toks: list[Tok], pos: int) -> bool:
    """Whether `toks[pos]` is a short form closed by a bracket: "BTNT)", "Menlu)", "Polda DIY)"."""
    nxt = toks[pos] if pos < len(toks) else None
    if nxt is None or not nxt.is_word:
        return False
    if nxt.text.isupper():
        return True  # "(OSCE" — the bracket may be left open by the phrase's end
    close = next((j for j in range(pos, min(len(toks), pos + 3)) if toks[j].text == ")"), None)
    return (
        close is not None
        and close > pos
        and all(
            toks[j].is_word and toks[j].is_cap and len(toks[j].text) <= 12
            for j in range(pos, close)
        )
    )


# Words that open a predicate, not an apposition, after a name set off by a comma
_NO_APPOSITION = frozenset(
    {"bukan", "tidak", "tak", "belum", "sudah", "telah", "masih", "akan", "adalah", "merupakan",
     "juga", "pun", "hanya", "bahkan", "tentu", "pasti", "memang", "sangat", "lebih", "paling",
     # conjunctions that go on with the statement: "Jika …, kata Desmond, maka opsi …"
     "maka", "namun", "tetapi", "tapi", "sehingga", "karena", "sebab", "jika", "kalau", "bila",
     "apabila", "agar", "supaya", "meski", "meskipun", "walau", "walaupun", "padahal",
     "sedangkan", "sementara", "atau", "lalu", "kemudian", "jadi",
     # "…, kata Yusri, ada tiga proyektil …": there is, the statement's verb
     "ada", "terdapat", "ini", "itu", "hal", "semua", "banyak", "sejumlah"}
)  # fmt: skip


# Nouns of what someone is called, set off after the name: ", sapaan akrab Djadjang"
_NICKNAME_NOUNS = frozenset({"sapaan", "panggilan", "julukan", "sebutan", "akrab"})


def apposition(toks: list[Tok], index: int) -> list[Tok]:
    """`, sekretaris pers AS.` after a name: a lower-case (or title) phrase up to the next stop
    (also after an age: "Slamet (52), pedagang beras di pasar itu")."""
    if (
        index + 3 < len(toks)
        and toks[index].text == "("
        and toks[index + 1].text.isdigit()
        and toks[index + 2].text == ")"
    ):
        index += 3
    if index >= len(toks) or toks[index].text != ",":
        return []
    out: list[Tok] = []
    for at, tok in enumerate(toks[index + 1 : index + 16], start=index + 1):
        if tok.text == "," and out:
            out.append(tok)  # "Rina, 34 tahun, seorang ibu dari Cicaheum"
            continue
        if out and _initial_dot(toks, at):
            out.append(tok)  # "kepala pejabat teknologi U.S. Cellular"
            continue
        if (
            tok.text == "&"
            and out
            and out[-1].is_cap
            and at + 1 < len(toks)
            and toks[at + 1].is_cap
            and toks[at + 1].is_word
        ):
            out.append(tok)  # ", VP Home Living & Culinary Category Blibli": one office
            continue
        if not tok.is_word and tok.text not in {"-"}:
            break
        if out and out[-1].text == "," and (tok.is_cap or tok.low in SPEAKER_STOPS):
            out.pop()
            break
        if not out and (tok.is_cap and tok.low not in TITLES):
            return []
        if not out and tok.low in _NICKNAME_NOUNS:
            return []  # ", sapaan akrab Djadjang": what the person is called, no office
        if not out and (tok.low in SPEAKER_STOPS or is_verb_like(tok) or tok.low in _NO_APPOSITION):
            return []  # (", bukan tipe pemain yang …": the statement goes on, no role)
        if out and (tok.low in _CLOSE_APPOSITION or tok.low in _OCCASIONS | _AFTER_EVENTS):
            break  # ", pelatih PSMS Medan seusai pertandingan": the occasion, no role
        if is_verb_like(tok) or tok.low in AUXILIARIES:
            return []  # ", pihaknya juga meningkatkan …": a clause, not an apposition
        out.append(tok)
    while out and out[-1].text == ",":
        out.pop()
    if len(out) > 1 and out[0].low in {"sang", "selaku", "sebagai"}:
        out = out[1:]  # ", sang vokalis": "the" singer; ", selaku sutradara film": as one
    return out


def _initial_dot(toks: list[Tok], at: int) -> bool:
    """Whether the "." at `toks[at]` closes a capital initial inside a name ("U.S. Cellular",
    "J.P. Morgan") or a company's form ("PT."), not a sentence: it touches the initial, and
    the next word touches it or is capitalised."""
    if toks[at].text != "." or at + 1 >= len(toks):
        return False
    initial, after = toks[at - 1], toks[at + 1]
    if initial.text in {"PT", "CV"} and initial.end == toks[at].start:
        # ", Senior Manager PT. AEON Indonesia": a company's form, written with a dot
        return (
            after.is_cap
            and after.is_word
            and after.low not in PRONOUNS | CLAUSE_STARTERS | SPEAKER_STOPS
        )
    return (
        len(initial.text) == 1
        and initial.text.isupper()
        and initial.end == toks[at].start
        and after.is_word
        and (after.start == toks[at].end or after.is_cap)
    )


def _is_degree(tok: Tok) -> bool:
    low = tok.low.replace(".", "")
    return tok.is_cap and (
        low in DEGREES
        or (len(tok.text) == 1 and tok.text.isupper())
        or re.fullmatch(r"Sp\.?[A-Z][A-Za-z]{0,3}\.?(?:[-–][A-Z]{1,6})?", tok.text) is not None
        # ("SpPD", "SpOG", "SpPD-KGEH")
    )


def _skip_degrees(toks: list[Tok], pos: int) -> int:
    """ "dr. Hengky Setyahadi Sp. B, FINACS, FICS, mengatakan": step back over the degrees
    after a name to the name itself (only when a comma-separated degree is there)."""
    cursor = pos
    while cursor >= 0 and toks[cursor].text == ",":
        cursor -= 1
    seen = degree = False
    piece = ""  # the letters of the degree walked over, in pieces: "Ph" "." "D" → "phd"
    while cursor >= 0 and (
        toks[cursor].text in {",", ".", "(", ")", "-"}
        or _is_degree(toks[cursor])
        or (toks[cursor].text.isupper() and toks[cursor].is_word and len(toks[cursor].text) >= 1)
        # the field of a specialist degree: "Sp. Rad (K) OnkRad"
        or (
            toks[cursor].is_cap
            and toks[cursor].is_word
            and len(toks[cursor].text) <= 6
            and cursor >= 1
            and toks[cursor - 1].text in {".", "(", ")"}
        )
        # a degree's piece with its full stop: "Ph." of "Ph.D.", "Med." of "M.Med.Ed."
        or (
            toks[cursor].is_cap
            and toks[cursor].is_word
            and len(toks[cursor].text) <= 4
            and cursor + 1 < len(toks)
            and toks[cursor + 1].text == "."
        )
    ):
        if toks[cursor].text == ",":
            seen = True
            degree = degree or piece.lower() in DEGREES
            if not degree and not (piece.isupper() and 2 <= len(piece) <= 5):
                break  # the words between this comma and the verb hold no degree
            # (letters warta does not know as a degree may close a run of degrees:
            # "Ari Fahrial Syam, SpPD-KGEH, MMB mengatakan"; one must be known)
            piece = ""
        elif toks[cursor].is_word:
            piece = toks[cursor].text + piece
        # (a letter alone is an initial as often: "H.Saudin")
        degree = degree or (_is_degree(toks[cursor]) and len(toks[cursor].text) > 1)
        cursor -= 1
    if not seen or not degree or cursor < 1 or cursor == pos:
        return pos
    last = toks[cursor]
    if not (last.is_cap and last.is_word and not last.text.isupper()):
        return pos  # "Ketua KPK, KSP, dan …": no name before the letters
    return cursor


# "tanpa ragu", "dengan tegas": manner adverbials between a subject and its verb
_MANNER = frozenset({"tanpa", "dengan"})


def not_forgetting(toks: list[Tok], verb: int) -> bool:
    """ "tak lupa menambahkan", "tidak lupa mengingatkan": the negation is of forgetting, so
    the verb at `toks[verb]` did happen."""
    return (
        verb >= 2
        and toks[verb - 1].low == "lupa"
        and toks[verb - 2].low in {"tak", "tidak", "tanpa", "jangan"}
    )


def _age_opening(toks: list[Tok], close: int) -> int | None:
    """Index of the "(" of an age in brackets ("(54)", "(41 tahun)") that closes at `close`."""
    if close < 2 or toks[close].text != ")":
        return None
    inner = close - 1
    if toks[inner].low in {"tahun", "thn", "th"}:
        inner -= 1
    digits = toks[inner].text
    if inner < 1 or not (digits.isdigit() and len(digits) <= 3) or toks[inner - 1].text != "(":
        return None
    return inner - 1


# Heads of an administrative place's name ("Desa Wadas", "Kabupaten Purworejo")
_PLACE_HEADS = frozenset(
    {"desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi", "dusun", "kampung",
     "distrik", "nagari", "gampong", "rt", "rw", "jalan", "jl", "perumahan", "komplek",
     "kompleks"}
)  # fmt: skip


def _places_set_off(toks: list[Tok], last: int) -> int | None:
    """Where the subject ends before the places set off after it by commas, the last of them
    ending at `last` ("warga Desa Wadas, Kecamatan Bener, Jawa Tengah"): the index of its last
    word ("Wadas"), or None when `last` ends no place set off so."""
    end = last
    sure = False  # a place head or a place of two words or more among them
    while end >= 2:
        start = end
        while start > 0 and toks[start].is_cap and toks[start].is_word:
            start -= 1
        run = toks[start + 1 : end + 1]
        if not run or toks[start].text != ",":
            break
        name = " ".join(t.text for t in run)
        if run[0].low not in _PLACE_HEADS and not is_known_place(name):
            break
        sure = sure or run[0].low in _PLACE_HEADS or len(run) >= 2
        end = start - 1
    # (one word a town is named is also a given name: "staf ahli Anang, Aris, mengatakan")
    return end if sure and end >= 0 and toks[end].is_word else None


def _province_or_country(toks: list[Tok], start: int, end: int) -> bool:
    """Whether toks[start:end + 1] name a province or a country (not a town, which may be a
    given name)."""
    name = " ".join(t.text for t in toks[start : end + 1])
    return name in PROVINCES or is_country(name)


_PARENTHETICAL_MAX = 14


def _skip_parenthetical(toks: list[Tok], pos: int) -> int:
    """ "Seorang pejabat AS, yang berbicara dengan syarat anonim, mengatakan", "Blinken,
    berbicara di Munich pada hari Sabtu, mengatakan": a clause set off by commas between the
    subject and its verb (a relative clause, a participle as in translated wire copy, or a
    role after a name) is skipped; returns the position of the subject's last word."""
    if pos < 2 or toks[pos].text != ",":
        return pos
    opened = next(
        (i for i in range(pos - 1, max(-1, pos - _PARENTHETICAL_MAX), -1) if toks[i].text == ","),
        None,
    )
    if opened is None or opened < 1 or opened + 1 >= pos:
        return pos
    lead = toks[opened + 1]
    if lead.low in THROUGH and through_someone(toks[opened + 2 : pos]):
        return pos  # "Polda Metro Jaya, lewat Kabid Humas Kombes Argo Yuwono, mengatakan": who
    if lead.low in DAYS and pos - opened <= 7:
        # "BPJS Kesehatan … dalam keterangan tertulis, Senin, menyatakan", "X di Jakarta,
        # Senin (12/5), mengatakan": the day the statement was made
        return _place_before(toks, opened - 1) if toks[opened - 1].is_word else pos
    # "Wahyudi (34), sopir truk, mengaku": a role after a name and its age
    aged = _age_opening(toks, opened - 1)
    name_end = opened - 1 if aged is None else aged - 1
    if name_end >= 2 and toks[name_end].text == ")" and toks[name_end - 2].text == "(":
        name_end -= 1  # "Juru bicara Bank Rakyat Indonesia (BRI), yang …, mengatakan"
    if name_end < 0 or not toks[name_end].is_word:
        return pos
    if lead.low == "yang" or (is_verb_like(lead) and lead.low not in SPEECH_VERBS):
        return opened - 1
    if lead.low in _AS_IN and any(t.low in _REPORTED_BY for t in toks[opened + 2 : opened + 4]):
        # "Seorang juru bicara klub, seperti dilansir The Guardian, berkata": where the
        # article read it, set off between the subject and its verb
        return opened - 1
    if (
        lead.low == "di"
        and 2 < pos - opened <= 5
        and all(t.is_cap for t in toks[opened + 2 : pos] if t.is_word)
    ):
        # "Ridwan Kamil, yang hadir dalam acara itu, di Bandung, mengatakan": where, set off
        return opened - 1
    if lead.low in NAMING_LINKS and toks[pos - 1].is_cap:
        # "Pelatih Persib, yakni Robert Alberts, mengatakan": the words set off name the
        # subject the words before them describe (read as "…, Robert Alberts, mengatakan")
        return pos
    if lead.text == "@" and pos - opened <= 4:
        # "Presiden Prabowo melalui akun Instagram resminya, @prabowo, menulis": the account
        # the subject writes from
        return opened - 1
    if (
        toks[name_end].is_cap
        and lead.is_word
        and not lead.is_cap
        and lead.low not in {"dan", "serta", "atau"}
        and lead.low.rstrip(".") not in HONORIFICS  # "…, dr. Rina Marlina, …" is a name
    ):
        # "Frans Timmermans, pemimpin aliansi Partai Buruh-Hijau, memperingatkan": a role
        # set off after the name
        return opened - 1
    if (
        toks[name_end].is_cap
        and lead.is_cap
        and lead.low in TITLES
        and any(
            toks[i].low in {"dalam", "melalui", "lewat"}
            and not toks[i].is_cap
            and _statement_stem(toks[i + 1].low) in _SAID_IN
            for i in range(opened + 2, pos - 1)
        )
    ):
        # "Taleb Rivai, Sekjen UNWTO dalam pernyataan yang diterima … dari KBRI Madrid,
        # mengungkapkan": the office and where the statement came from, set off after the
        # name
        return opened - 1
    return pos


# "seperti dilansir …", "sebagaimana yang dikutip …": the outlet a statement was read in
_AS_IN = frozenset({"seperti", "sebagaimana"})


# What a statement is made in or through ("dalam pernyataannya", "melalui siaran pers")
_SAID_IN = _STATEMENT_NOUNS | frozenset(
    {"paparan", "sambutan", "pidato", "konferensi", "jumpa", "wawancara", "diskusi", "acara",
     "rapat", "seminar", "pesan", "cuitan", "unggahan"}
)  # fmt: skip


def _statement_stem(word: str) -> str:
    return word[:-3] if word.endswith("nya") and len(word) > 6 else word


# Words that introduce the name of what was just described ("drummer band itu, yakni …")
NAMING_LINKS = frozenset({"yakni", "yaitu", "ialah"})


# "melalui", "lewat": through whom or what a body speaks
THROUGH = frozenset(THROUGH)


def through_someone(out: list[Tok]) -> bool:
    """Whether the words after "melalui" name someone by an office or calling, and a name
    follows ("juru bicaranya, Lin Jian", "Kabid Humas Kombes Ade Ary"; not "keterangan
    tertulisnya", "akun Instagram resminya")."""
    words = [t for t in out if t.is_word]
    if len(words) < 2:
        return False
    first = words[0].low
    head = first[:-3] if first.endswith("nya") else first
    if first == "juru" and words[1].low.startswith("bicara"):
        head = "jubir"
    return (head in TITLES or head in HUMAN_ROLES) and words[-1].is_cap


_DAY_PARTS = frozenset({"pagi", "siang", "sore", "malam", "dini"})
_PERIODS = frozenset({"pekan", "minggu", "bulan", "tahun", "hari"})
_AGO = _PERIODS | {"waktu"} | MONTHS


def _time_before(toks: list[Tok], pos: int) -> int | None:
    """Where the words before a time adverbial ending at `toks[pos]` end ("pada hari Jumat",
    "Selasa (12/3) malam", "pekan lalu", "kemarin"), or None when there is none there."""
    start = pos
    if toks[start].low in _DAY_PARTS and start > 0:
        start -= 1  # "Senin malam", "hari Kamis dini hari" is rare enough to leave
    if toks[start].text == ")":
        opened = next(
            (i for i in range(start - 1, max(-1, start - 12), -1) if toks[i].text == "("), None
        )
        if opened is None or opened == 0:
            return None
        if toks[opened - 1].low not in DAYS:
            inside = toks[opened + 1 : start]
            if (
                inside
                and inside[0].text.isdigit()
                and any(t.text == "/" for t in inside)  # (not an age: "Didier Drogba (39)")
                and all(
                    re.fullmatch(r"\d+(?:[-–]\d+)*", t.text) or t.text in {"/", "-", "–"}
                    for t in inside
                )
            ):
                # "di San Sebastian (7/5)", "(7/5 - 9/5)", "(7/5-9/5)": the date after the
                # place
                return _place_before(toks, opened - 1)
            return None
        start = opened - 1  # "Selasa (12/3)"
    low = toks[start].low
    if low in DAYS:
        if start > 0 and toks[start - 1].low == "hari":
            start -= 1
        if start > 0 and toks[start - 1].low == "pada":
            start -= 1
    elif low in {"lalu", "ini"} and start > 0 and toks[start - 1].low in _PERIODS | {"hari"}:
        if start > 1 and toks[start - 2].text.isdigit():
            return None  # "Pesinetron berusia 20 tahun ini": an age in an epithet
        start -= 1  # "pekan lalu", "hari ini"
        if start > 0 and toks[start - 1].low in {"beberapa", "dua", "tiga", "sepekan"}:
            start -= 1  # "beberapa hari lalu"
    elif low in {"lalu", "ini", "mendatang"} and start > 0 and toks[start - 1].low in MONTHS:
        start -= 1  # "pada Agustus lalu"
        if start > 0 and toks[start - 1].low in {"pada", "bulan", "sejak"}:
            start -= 1
    elif low == "lalu" and start > 1 and toks[start - 1].low == "waktu":
        start -= 2 if toks[start - 2].low in {"beberapa", "sebelumnya", "tak", "tidak"} else 1
        # "beberapa waktu lalu"
    elif (
        re.fullmatch(r"(?:19|20)\d\d", low)
        and start > 0
        and (
            toks[start - 1].low in {"pada", "sejak"}
            or (
                start > 1
                and toks[start - 1].low == "tahun"
                and toks[start - 2].low in {"pada", "sejak"}
            )
        )
    ):
        # "Porphant Ouyyanont pada 2014 telah melakukan …": when, not who (not "Alumni
        # angkatan tahun 2010")
        start -= 1 if toks[start - 1].low != "tahun" else 2
    elif (
        low == "ini"
        and start > 1
        and toks[start - 1].low == "lama"
        and toks[start - 2].low in {"belum", "tak", "tidak"}
    ):
        start -= 2  # "astronom asal Hawaii belum lama ini mengungkapkan": lately
    elif low == "ini" and start > 0 and toks[start - 1].low in {"baru-baru", "kali"}:
        start -= 1  # "baru-baru ini", "kali ini"
    elif low == "itu" and start > 0 and toks[start - 1].low in {"kala", "ketika", "waktu"}:
        start -= 1  # "Tamara kala itu mengaku": then
    elif low == "hari" and start > 0 and toks[start - 1].low == "jauh-jauh":
        start -= 1  # "manajemen Blaugrana sudah jauh-jauh hari mengumumkan": long before
    elif low not in {"kemarin", "sebelumnya", "kemudian"}:
        return None
    return _place_before(toks, start - 1)


# Words that close an apposition: where and to whom it was said ("…, pelatih PSMS, di …")
_CLOSE_APPOSITION = frozenset({"di", "pada", "kepada", "dalam"})

_OCCASIONS = frozenset({"saat", "ketika", "usai", "seusai", "sewaktu", "sesaat", "setelah"})
_MET = MET_BY_THE_PRESS | frozenset({"menjawab", "menanggapi", "berbincang", "berbicara"})


# Words for "after" an event the speaker attended ("usai rapat", "seusai sidang")
_AFTER_EVENTS = frozenset({"usai", "seusai", "selepas", "sehabis"})
_PRONOUNS = frozenset({"ia", "dia", "beliau", "mereka", "kami", "kita", "saya", "aku", "anda"})


def _occasion_before(toks: list[Tok], pos: int) -> int | None:
    """ "Wahyu Hidayat, saat dikonfirmasi usai debat, mengklaim", "Bahlil saat ditemui di
    kantornya menyebutkan": where and when the speaker was reached sits between the subject
    and its verb; returns the position before it (a comma before it too), or None."""
    for at in range(pos, max(0, pos - 14), -1):
        if toks[at].text in {".", ";", ":", '"', "“", "”"}:
            return None
        if (
            toks[at].low in _OCCASIONS
            # (a long one, "Barkah ketika dihubungi via e - mail dari Kuala Lumpur, Rabu,
            # membenarkan", right after the name: one after a comma opens the sentence,
            # "Namun, saat dikonfirmasi, Program Director MCM Live, Oktoberi Surbakti, …")
            and (pos - at < 9 or (at > 0 and toks[at - 1].is_cap and toks[at - 1].is_word))
            and at + 1 <= pos
            and (
                toks[at + 1].low in _MET
                # "… M Gunawan usai persidangan mengatakan", "… seusai latihan di Stadion
                # Madya mengatakan": after an event
                or (
                    toks[at].low in _AFTER_EVENTS
                    and toks[at + 1].is_word
                    and not toks[at + 1].is_cap
                    and toks[at + 1].low not in _PRONOUNS
                    # (the event runs up to the verb: "Kepada wartawan, saat … usai
                    # pelantikan, dia mengatakan" has its subject after the comma)
                    and not any(t.text == "," for t in toks[at + 1 : pos])
                    and at > 0
                    and (toks[at - 1].is_cap or toks[at - 1].text in {",", ")"})
                )
                # "Farhat Abbas saat mendampingi pemeriksaan Elza pada Senin (17/4)
                # mengatakan": what the speaker was doing, right after the name
                or (
                    toks[at].low in {"saat", "ketika", "sewaktu"}
                    and is_verb_like(toks[at + 1])
                    and toks[at + 1].low not in SPEECH_VERBS
                    and at > 0
                    and toks[at - 1].is_cap
                    and toks[at - 1].is_word
                    # (a comma only between a town and its country: "Macron saat berkunjung
                    # ke Tallinn, Estonia di pertemuan Uni Eropa mengatakan")
                    and not any(
                        toks[k].text == ","
                        and not (
                            toks[k - 1].is_cap
                            and toks[k + 1].is_cap
                            and any(t.low in {"ke", "di", "dari"} for t in toks[k - 3 : k - 1])
                        )
                        for k in range(at + 1, pos + 1)
                    )
                )
            )
        ):
            before = at - 1
            if before >= 0 and toks[before].text == ",":
                before -= 1
            return before if before >= 0 else None
    return None


def _relative_before(toks: list[Tok], pos: int) -> int | None:
    """ "Wakil Menteri PU Diana Kusumastuti yang turut hadir menyebut": a short relative clause
    after a name, right before the verb; returns the position of the name's last word."""
    role_clause = _role_clause_before(toks, pos)
    if role_clause is not None:
        return role_clause
    placed = False  # (a place the clause names: "… yang pernah bekerja di industri Hollywood")
    for at in range(pos, max(0, pos - 12), -1):
        tok = toks[at]
        if tok.is_word and tok.is_cap and tok.low != "yang" and not placed:
            placed = any(t.low in {"di", "ke", "dari"} for t in toks[max(0, at - 3) : at])
            if placed:
                continue
        if not tok.is_word or (tok.is_cap and tok.low != "yang" and not placed):
            return None
        if tok.low != "yang":
            continue
        name = at - 1
        if (
            placed
            and name >= 3
            and toks[name - 1].low == "asal"
            and toks[name].is_cap
            and toks[name - 2].is_cap
        ):
            name -= 2  # "Archangela Chelsea asal Surabaya yang …": where from, then who
        # a name: capitalised, no acronym ("AMT yang …" is an organisation), and more than a
        # sentence's capitalised first word ("Polisi yang menangani kasus itu mengatakan")
        if (
            name >= 1
            and toks[name].is_cap
            and toks[name].is_word
            and not toks[name].text.isupper()
            and toks[name - 1].is_cap
        ):
            return name
        return None
    return None


def _role_clause_before(toks: list[Tok], pos: int) -> int | None:
    """ "anggota Fraksi Partai Gerindra Habiburokhman yang juga Ketua Komisi III meminta": a
    relative clause that gives the person another office, right before the verb; returns the
    position of the name's last word."""
    for at in range(pos - 1, max(0, pos - 10), -1):
        if toks[at].low != "yang" or toks[at].is_cap:
            continue
        clause = toks[at + 1 : pos + 1]
        name = at - 1
        if (
            len(clause) >= 2
            and clause[0].low in OFFICE_CLAUSE_OPENERS
            and all(t.is_word or t.text in {"(", ")", "-"} for t in clause)
            and any(t.low in TITLES for t in clause[1:3])
            and name >= 1
            and toks[name].is_cap
            and toks[name].is_word
            and not toks[name].text.isupper()
        ):
            return name
        return None
    return None


def _spoke_in(toks: list[Tok], pos: int) -> int | None:
    """ "Kepala Balai … Agus Budi Santosa di Mataram mengatakan": a place after "di" right
    before the verb, after a capitalised name; the position of the name's last word."""
    at = next((i for i in range(pos, max(-1, pos - 4), -1) if toks[i].low == "di"), None)
    if (
        at is None
        or at < 1
        or at >= pos
        or not all(t.is_cap and t.is_word for t in toks[at + 1 : pos + 1])
        or not (toks[at - 1].is_cap and toks[at - 1].is_word)
        # (a name's last word, not "Warga di Mataram": who lives there)
        or toks[at - 1].low in TITLES | HUMAN_ROLES
        # a place warta knows ("di Indonesia Rodrigo Chaves" is the office's country, then
        # the name)
        or not is_known_place(" ".join(t.text for t in toks[at + 1 : pos + 1]))
    ):
        return None
    name = at - 1
    while name > 0 and toks[name - 1].is_cap and toks[name - 1].is_word:
        name -= 1
    if name > 0 and toks[name - 1].is_word and not toks[name - 1].is_cap:
        return None  # "Museum of Modern Art di New York": a body's name, where it is
    return at - 1


def _place_before(toks: list[Tok], pos: int) -> int:
    """ "Menteri X di Jakarta, Senin, mengatakan": the place and the comma before a day are
    where the speaker spoke, not who; returns the position of the last word before them."""
    if pos >= 0 and toks[pos].text == ",":
        pos -= 1
    at = next((i for i in range(pos, max(-1, pos - 8), -1) if toks[i].low == "di"), None)
    if (
        at is not None
        and at > 0
        and at < pos
        # (the town and its province: "di Palembang, Sumatera Selatan, Senin, mengatakan")
        and all(t.is_cap or t.text == "," for t in toks[at + 1 : pos + 1])
        and toks[at + 1].is_cap
    ):
        return at - 1
    return pos


_NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "al", "el", "da", "di"})
_ROLE_LINKS = frozenset({"dan", "dari", "untuk", "bidang", "urusan", "pada"})


def _body_before_comma(toks: list[Tok], comma: int, out: list[Tok]) -> int | None:
    """Start of a body's name set off by a comma before what kind of body it is, which runs
    on to the verb ("Insomniac, pengembang game Spider - Man (2017) menyatakan"): one to four
    capitalised words opening the sentence or a quotation. None where there are none."""
    if not out or out[0].is_cap or out[0].low not in KINDS_OF_BODIES:
        return None
    j = comma - 1
    while j >= 0 and comma - j <= 4 and toks[j].is_word and toks[j].is_cap:
        j -= 1
    if j == comma - 1 or (j >= 0 and toks[j].text not in {".", "“", '"', "”", ":"}):
        return None
    return j + 1


def _role_before_comma(toks: list[Tok], comma: int, out: list[Tok]) -> int | None:
    """Start of a role set off by a comma before a name that runs on to the verb ("Menteri
    Keuangan, Sri Mulyani mengatakan", "Ketua MUI, KH Cholil Nafis mengatakan"): capitalised
    words opened by a title word, opening the sentence or a clause. None when `out` is not a
    bare name or no such role is there."""
    if not out or len(out) > 6 or not out[0].is_cap:
        return None
    if out[0].low in TITLES and out[0].low.rstrip(".") not in HONORIFICS:
        return None
    if not all(t.is_word and (t.is_cap or t.low in _NAME_PARTICLES) for t in out):
        return None
    start = None
    j = comma - 1
    skipped = 0
    while j >= 0 and comma - j - skipped <= 8:
        tok = toks[j]
        if tok.text == ")" and j >= 2 and toks[j - 2].text == "(" and toks[j - 1].is_cap:
            j -= 3  # a body's short form in brackets: "Pengarah Jabatan … (JSJK) Bukit Aman, …"
            skipped += 3
            continue
        if not tok.is_word or not (tok.is_cap or tok.low in _ROLE_LINKS):
            break
        if tok.is_cap and tok.low in TITLES:
            start = j
        j -= 1
    if start is None or (start > 0 and toks[start - 1].text not in {",", ".", "“", '"', "”", ":"}):
        return None
    if start > 1 and toks[start - 1].text == "," and toks[start - 2].is_cap:
        return None  # "bersama Presiden Perancis, Francois Hollande, Walikota Paris …": a list
    return start


def _place_of_role(toks: list[Tok], comma: int, out: list[Tok]) -> bool:
    """Whether the comma at `toks[comma]` opens a place set off after a person's role: "Warga
    Desa Sarampad, Cugenang, Enah (52), mengaku" (what stands between it and the name's comma
    is capitalised words, and a human role opens the words before it)."""
    cut = next((i for i, t in enumerate(out) if t.text == ","), None)
    if cut is None or not 1 <= cut <= 3 or not all(t.is_cap for t in out[:cut]):
        return False
    if "," in (t.text for t in out[cut + 1 :]) or comma < 2 or not toks[comma - 1].is_cap:
        return False
    start = comma - 1
    while start > 0 and toks[start - 1].is_word and comma - start < 6:
        start -= 1
    return toks[start].low in HUMAN_ROLES and all(t.is_cap for t in toks[start + 1 : comma])


# Verbs that make someone do something: their object is the subject of the next verb
_CAUSATIVES = frozenset(
    {"membuat", "membikin", "menyebabkan", "memaksa", "mendorong", "memicu", "mengakibatkan"}
)


# "… dengan menambahkan", "… sambil mengatakan": a verb of a manner clause, whose subject
# is the main clause's
_WHILE_DOING = frozenset({"dengan", "sambil", "seraya", "sembari"})
# words that open no passive's agent: "dibantah dalam …", "ditanggapi secara …"
_NOT_AGENTS = frozenset(
    {"di", "ke", "dari", "dalam", "pada", "secara", "saat", "ketika", "usai", "setelah",
     "sebelum", "untuk", "juga", "pun", "lagi", "kembali", "langsung", "itu", "ini"}
)  # fmt: skip


def _manner_main(toks: list[Tok], verb: int) -> int | None:
    """The verb of the main clause before the manner clause whose verb is at `toks[verb]`
    ("… meretweet postingan Alonso tersebut dengan menambahkan"), or None."""
    if verb < 2 or toks[verb - 1].low not in _WHILE_DOING:
        return None
    verbs = [i for i in range(verb - 2, -1, -1) if is_verb_like(toks[i]) and not toks[i].is_cap]
    # (not a relative clause's verb: "menjawab kritik yang dilontarkan Fadli Zon dengan
    # mengatakan", "menegur pegawai yang datang terlambat sambil berkata")
    relative = next(
        (j for j in range(verb - 2, -1, -1) if toks[j].low == "yang" or toks[j].text == ","),
        None,
    )
    if relative is not None and toks[relative].low == "yang":
        verbs = [i for i in verbs if i < relative]
    if not verbs:
        return None
    main = verbs[0]
    if toks[main].low.startswith("di"):
        # a passive after the clause's own verb says how it was done: "Presiden Joko Widodo
        # meninjau lokasi banjir didampingi Ridwan Kamil sambil mengatakan …" (the president
        # says it, not who went with him)
        active = [i for i in verbs[1:] if not toks[i].low.startswith("di")]
        if active and (active[0] == 0 or toks[active[0] - 1].low != "yang"):
            return active[0]
    return main


def _epithet_set_off(toks: list[Tok], comma: int, verb: int) -> bool:
    """Whether the sentence opens with an epithet closed by "ini"/"itu"/"tersebut" and a
    comma right before the verb ("Pria asal Bandung ini, menjelaskan …"): the comma sets off
    the subject, not an aside."""
    return (
        comma == verb - 1
        and 2 <= comma <= 8
        and toks[comma].text == ","
        and toks[0].is_cap
        and toks[comma - 1].low in {"ini", "itu", "tersebut"}
        and all(t.is_word and not is_verb_like(t) for t in toks[: comma - 1])
    )


_COORDINATORS = frozenset({"dan", "serta", "tetapi", "namun", "lalu", "kemudian", "sekaligus"})


def coordinated_subject(toks: list[Tok], verb: int) -> list[Tok]:
    """ "The Fed mempertahankan suku bunga … dan mengatakan bahwa …", "Lin menolak tuduhan itu
    dan menuduh Manila …": a second verb joined to the first shares its subject."""
    pos = verb - 1
    while pos >= 0 and toks[pos].low in AUXILIARIES:
        pos -= 1
    if pos < 1 or toks[pos].low not in _COORDINATORS:
        return []
    # (not a verb inside a relative clause: "Mengenai gerakan #MeToo yang merangkum …,
    # Douglas menyatakan dukungannya dan mengatakan …")
    # (but "Guardiola sendiri yang menampik rumor dan menyatakan …": a cleft, its verb)
    verbs = [i for i in range(pos) if is_verb_like(toks[i])]
    main = [i for i in verbs if not (i > 0 and toks[i - 1].low == "yang")]
    first: int | None = (main or verbs)[0] if verbs else None
    if first is None or first == 0:
        return []
    if any(t.low in _CLAUSE_SUBORDINATORS for t in toks[:first]):
        # "… agar hak-hak gay serta homofobia resmi diakui dan bersikeras bahwa …": the
        # subject of a clause inside the sentence does not take the main clause's verb
        return []
    nearest = next((i for i in reversed(main) if toks[i].low.startswith("me")), first)
    if nearest > first and any(
        toks[i].low in _COORDINATORS or toks[i].text == "," for i in range(first + 1, nearest)
    ):
        # "… dia pernah datang ke Indonesia …, dan pada saat itu Lee Jung-Jin merasakan …
        # dan mengakui …": the verb joined is the nearest clause's, whose subject is named
        subject = subject_before(toks, nearest)
        if subject and subject[0].is_cap and subject[0].is_word:
            return subject
    return subject_before(toks, first)


# Words that open a clause inside a sentence, before its subject
_CLAUSE_SUBORDINATORS = CONCESSIONS | frozenset(
    {"agar", "supaya", "bahwa", "karena", "jika", "kalau", "bila", "apabila", "sehingga"}
)


# Words before a site's name that say whom the subject told ("kepada Suara.com")
_TO_THE_SITE = frozenset({"kepada", "ke", "pada", "dengan"})


# Last words of a clause that withholds a source's name ("yang enggan disebutkan namanya")
_NAME_WITHHELD = frozenset({"namanya", "identitasnya", "anonim"})


def subject_before(toks: list[Tok], verb: int) -> list[Tok]:
    """The noun phrase that is the subject of the verb at `toks[verb]`."""
    main = _manner_main(toks, verb)
    if main is not None:
        # "Jenson Button meretweet postingan Alonso tersebut dengan menambahkan …": who adds
        # while doing is the subject of what is done
        agent = toks[main + 1 : verb - 1]
        by = next((k for k, t in enumerate(agent[:3]) if t.low == "oleh"), None)
        if by is not None:
            agent = agent[by + 1 :]  # "diejek oleh suporter …", "dijawab singkat oleh Kapolda"
        if toks[main].low.startswith("di") and agent and agent[0].is_word:
            # "… diejek suporter tuan rumah dengan menyebut …": a passive's agent does it
            return [] if agent[0].low in _NOT_AGENTS else agent
        return subject_before(toks, main)
    pos = verb - 1
    if (
        pos >= 3
        and toks[pos].text == ","
        and toks[pos - 1].low in _NAME_WITHHELD
        and any(
            t.low == "yang" and k > 0 and toks[k - 1].text != ","
            for k, t in enumerate(toks[: pos - 1])
            if k >= pos - 7
        )
    ):
        pos -= 1  # "Sumber … yang enggan disebutkan namanya, mengatakan": the source, set off
    relative = False  # "… jaksa penuntut umum (JPU) yang meminta …": a relative clause's verb
    while pos >= 0:
        relative = relative or toks[pos].low == "yang"
        if (
            (
                toks[pos].low in AUXILIARIES
                # "beberapa waktu lalu", "dua hari lalu": a time adverbial, not "then"
                and not (toks[pos].low == "lalu" and pos > 0 and toks[pos - 1].low in _AGO)
                # "Selandia Baru meminta": a capital word closing a name
                and not (toks[pos].is_cap and pos > 0 and toks[pos - 1].is_cap)
            )
            or toks[pos].low == "yang"
            or (toks[pos].low == "beberapa" and pos + 1 < len(toks) and toks[pos + 1].low == "kali")
        ):
            pos -= 1
        elif (
            pos >= 1 and toks[pos - 1].low in _MANNER and toks[pos].is_word and not toks[pos].is_cap
        ):
            pos -= 2  # "Ia bahkan tanpa ragu menyebut": a manner adverbial, not the subject
        elif not_forgetting(toks, pos + 1):
            pos -= 2  # "SteelSeries tak lupa menambahkan": did not forget to add, it added
        elif toks[pos].low == "untuk" and pos == verb - 1 and pos >= 1 and toks[pos - 1].is_cap:
            pos -= 1  # "… digunakan An untuk menekankan bahwa …": An is who stresses it
        elif (earlier := _time_before(toks, pos)) is not None:
            pos = earlier  # "Kylian Mbappe pada hari Jumat mengonfirmasi": when, not who
        elif (
            toks[pos].text == ","
            and pos == verb - 1
            and pos > 0
            and toks[pos - 1].text in {")", "itu"}
            and (earlier := _time_before(toks, pos - 1)) is not None
        ):
            # "… di San Sebastian (7/5), mengungkapkan", "Tamara kala itu, mengaku": the
            # date, then a comma
            pos = earlier
        elif (earlier := _occasion_before(toks, pos)) is not None:
            pos = earlier  # "Bahlil saat ditemui di kantornya menyebutkan": the occasion
        elif (earlier := _relative_before(toks, pos)) is not None:
            pos = earlier  # "Diana Kusumastuti yang turut hadir menyebut": who she is
        elif (earlier := _spoke_in(toks, pos)) is not None:
            pos = earlier  # "Agus Budi Santosa di Mataram mengatakan": where, not who
        elif (
            toks[pos].text == ","
            and pos == verb - 1
            and (earlier := _spoke_in(toks, pos - 1)) is not None
        ):
            pos = earlier  # "… Agus Budi Santosa di Mataram, mengatakan": so too set off
        elif (
            pos == verb - 1
            and pos >= 2
            and toks[pos].is_cap
            and len(toks[pos].text.replace(".", "")) >= 2
            and toks[pos].low.replace(".", "") in DEGREES
            and toks[pos - 1].is_cap
            and toks[pos - 1].is_word
            and toks[pos - 2].is_cap
            and toks[pos - 2].is_word
        ):
            pos -= 1  # "dr. I Gusti Ngurah Rai MM mengatakan": a degree with no comma
        else:
            break
    pos = _skip_degrees(toks, pos)
    before_clause = pos
    pos = _skip_parenthetical(toks, pos)
    if pos != before_clause and pos + 1 < len(toks) and toks[pos + 1].text == ",":
        # two clauses set off in a row: "Maman Sidikou, yang merupakan pemimpin MONUSCO, misi
        # penjagaan perdamaian PBB di negara itu, mengatakan"
        earlier = _skip_parenthetical(toks, pos + 1)
        if earlier != pos + 1:
            pos = earlier
    # "…, yang enggan disebut namanya, mengatakan": a clause that withholds the name stays
    # with the subject, which it makes anonymous
    withheld = (
        toks[pos + 1 : before_clause] if anonymity_clause(toks[pos + 1 : before_clause]) else []
    )
    named = pos - 1
    places_end = _places_set_off(toks, named) if pos > 0 and toks[pos].text == "," else None
    if places_end is None and pos > 2 and toks[pos].is_cap and toks[pos].is_word:
        # "Majelis Ulama Indonesia (MUI) Kota Sukabumi, Jawa Barat mengimbau": the province
        # set off after the body, with no comma before the verb
        places_end = _places_set_off(toks, pos)
        if places_end is not None and not (
            toks[places_end].is_cap and _province_or_country(toks, places_end + 2, pos)
        ):
            places_end = None
    if places_end is not None:
        # "puluhan warga Desa Wadas, Kecamatan Bener, Kabupaten Purworejo, mengaku": the
        # places set off after the subject say where it lives; none of them speaks. What is
        # left reads as if the first place's comma came before the verb.
        pos, named = places_end + 1, places_end
    if pos > 0 and toks[pos].text == ",":
        # "Warga Tambak Lorok, Suparmi (54), mengaku": an age in brackets after the name
        opened = _age_opening(toks, named)
        if opened is not None:
            named = opened - 1
    bracketed = pos > 0 and toks[pos].text == "," and named >= 0 and toks[named].is_cap
    if _epithet_set_off(toks, pos, verb):
        pos = named  # "Mantan Kapolrestabes Bandung ini, menjelaskan": a comma, no aside
    if bracketed:
        pos = named  # "Salah satu warga, Pak Sarno, mengaku": the name between commas
    set_off = bracketed
    out: list[Tok] = []
    in_list = False
    while pos >= 0 and len(out) < _MAX_SUBJECT:
        tok = toks[pos]
        if out and "." in tok.text and pos > 0 and toks[pos - 1].low in _TO_THE_SITE:
            break  # "kepada CNNIndonesia.com Telkom menerangkan": the site told, not speaking
        if (
            tok.text == ","
            and out
            and pos > 0
            and toks[pos - 1].is_cap
            and (
                in_list
                or out[0].low in {"dan", "serta"}
                # (without the comma before "dan": "Menteri Pelaburan, Perdagangan dan
                # Industri Tengku Datuk Seri Zafrul …")
                or (out[0].is_cap and [t.low for t in out[1:3]].count("dan") == 1)
            )
        ):
            # "Badan Meteorologi, Klimatologi, dan Geofisika": a list inside one name
            in_list = True
            out.insert(0, tok)
            pos -= 1
            continue
        if tok.low in THROUGH and not tok.is_cap and through_someone(out):
            # "Kementerian Luar Negeri China melalui juru bicaranya, Lin Jian, mengatakan":
            # the person speaks for the body, which goes into the role
            out.insert(0, tok)
            pos -= 1
            continue
        if tok.low == "dalam" and pos > 0 and toks[pos - 1].low == "penyakit":
            out.insert(0, tok)  # "Ahli penyakit dalam dr. X mengatakan": internal medicine
            pos -= 1
            continue
        if tok.low in {"dalam", "melalui", "lewat", "kepada"} and not tok.is_cap:
            out = []  # "X dalam pernyataannya mengatakan": an adverbial, not the subject
            pos -= 1
            continue
        if (
            tok.low in _CAUSATIVES
            and any(t.is_cap for t in out)
            # (not the verb of a relative clause: "Pihak yang mendorong Setya Novanto mundur
            # … menyatakan")
            and not (pos > 0 and toks[pos - 1].low == "yang")
        ):
            # "protes yang telat dari Mercedes membuat pihak FIA menyatakan": what made the
            # body speak is no part of it
            break
        if tok.low in {"berdarah", "berasal"} and out and out[0].is_cap and pos > 0:
            out.insert(0, tok)  # "Artis berdarah Buli …": where from, inside the epithet
            pos -= 1
            continue
        if is_verb_like(tok):
            # "BMKG dalam keterangan tertulisnya menyatakan": skip the adverbial phrase
            adverbial = next(
                (
                    i
                    for i in range(pos - 1, max(-1, pos - 4), -1)
                    if toks[i].low in {"dalam", "melalui", "lewat"} and not toks[i].is_cap
                ),
                None,
            )
            if adverbial is not None and not out:
                pos = adverbial - 1
                continue
            # "Seorang relawan yang enggan disebutkan namanya mengatakan": skip the relative clause
            back = next(
                (i for i in range(pos - 1, max(-1, pos - 6), -1) if toks[i].low == "yang"), None
            )
            # (after a bracketed short form too: "Seorang petugas … (BB TNBTS) yang …")
            if (
                back is not None
                and back > 0
                and (toks[back - 1].is_word or toks[back - 1].text == ")")
            ):
                out = toks[back : pos + 1] + out
                pos = back - 1
                continue
        if tok.low in NAMING_LINKS and out and pos > 0 and toks[pos - 1].text == ",":
            pos -= 1  # "Pelatih Persib, yakni Robert Alberts": read as "…, Robert Alberts"
            continue
        if tok.text == "," and bracketed and out:
            bracketed = False  # the phrase before the bracketed name is its role
            out.insert(0, tok)
            pos -= 1
            continue
        if (
            tok.text == ","
            and out
            and out[0].low in THROUGH
            and through_someone(out[1:])
            and pos > 0
            and toks[pos - 1].is_cap
        ):
            out.insert(0, tok)  # "Marvel Studios, melalui bosnya Kevin Feige mengatakan": the
            pos -= 1  # body, through whom it speaks
            continue
        opened = _role_before_comma(toks, pos, out) if tok.text == "," and not in_list else None
        if opened is None and tok.text == "," and not in_list:
            opened = _body_before_comma(toks, pos, out)
        if opened is not None:
            # "Menteri Keuangan, Sri Mulyani mengatakan": the role set off before the name
            out = toks[opened : pos + 1] + out
            pos = opened - 1
            break
        if (
            tok.text == ","
            and len(out) >= 3
            and out[0].low in _PLACE_HEADS
            and out[-1].low in {"itu", "ini", "tersebut"}
            and pos > 0
            and toks[pos - 1].is_cap
        ):
            # "Artis berdarah Buli, Kecamatan Maba, Kabupaten Halmahera Timur itu mengaku":
            # the places set off inside an epithet that a demonstrative closes
            out.insert(0, tok)
            pos -= 1
            continue
        if tok.text == "," and _place_of_role(toks, pos, out):
            out.insert(0, tok)  # "Warga Desa Sarampad, Cugenang, Enah (52)": where, of the role
            pos -= 1
            continue
        if (
            tok.text == "-"
            and out
            and out[0].is_word
            and not out[0].is_cap
            and pos > 0
            and toks[pos - 1].is_word
            and toks[pos - 1].is_cap
        ):
            out.insert(0, tok)  # "Perundang - undangan": one word, spaced around its hyphen
            pos -= 1
            continue
        if (
            tok.text == "-"
            and out
            and out[0].is_word
            and out[0].is_cap
            and pos > 1
            and toks[pos - 1].is_word
            and toks[pos - 1].is_cap
            and toks[pos - 2].is_word
            and not toks[pos - 2].is_cap
        ):
            # "pengembang game Spider - Man (2017) menyatakan": a name spaced around its
            # hyphen, inside running words (not a dateline's dash: "CNN Indonesia - Menteri")
            out.insert(0, tok)
            pos -= 1
            continue
        if (
            tok.text == ","
            and out
            and out[0].low in {"sebagai", "selaku"}
            and pos > 0
            and toks[pos - 1].is_cap
        ):
            out.insert(0, tok)  # "Younger, sebagai sutradara mengatakan": the name, as what
            pos -= 1
            continue
        if tok.text in {",", ":", ";", "“", "”", '"', "‘", "’", "!", "?", "–", "—", "-", "|"}:
            break  # a dash also ends a dateline ("CNN Indonesia -- Menteri …")
        if tok.text == "." and not (
            pos > 0 and len(toks[pos - 1].text) <= 3 and (out or toks[pos - 1].low in {"jr", "sr"})
        ):
            break  # "Ferdinand Marcos Jr. mengatakan": the dot of a name suffix
        list_before = pos > 1 and toks[pos - 1].text == "," and toks[pos - 2].is_cap
        if (
            tok.low in {"dan", "serta", "atau", "maupun"}
            and out
            and (
                (pos > 0 and toks[pos - 1].is_cap)
                or list_before
                # "laki-laki penggemar K-pop 2pm dan Twice ini": a demonstrative closes the
                # whole epithet, whose words "dan" joins
                or (
                    out[-1].low in {"ini", "itu", "tersebut"}
                    and len(out) <= 4
                    and pos > 1
                    and toks[pos - 1].is_word
                    and not is_verb_like(toks[pos - 1])
                )
            )
        ):
            out.insert(0, tok)  # coordinated subjects: "Washington dan ibu kota Barat"
            pos -= 1
            continue
        if tok.low in CLAUSE_STARTERS and (not tok.is_cap or pos == 0):
            break
        if tok.low == "sama" and pos > 0 and toks[pos - 1].low == "yang" and out:
            break  # "dalam kesempatan yang sama pejabat Kemlu mengatakan": the same occasion
        if tok.low in _AFTER_EVENTS and (pos == 0 or toks[pos - 1].text == ","):
            break  # "…, usai pemain Barcelona menuding …": a clause opens the subject
        if relative and out and not tok.is_cap and tok.low in _CLAUSE_PREPOSITIONS:
            # "Vonis itu lebih ringan dari tuntutan jaksa … yang meminta": the relative
            # clause's head noun, not the sentence it ends
            while len(out) > 1 and out[0].low in _DEMAND_NOUNS:
                out = out[1:]  # (what the prosecutor asked for: the prosecutor asked)
            break
        if tok.low in _ACCOMPANIED and out and pos > 0:
            # "Kapolsek Sewon Kompol Suyanto didampingi Kanit Reskrim Iptu Dwi Rahmanto
            # mengatakan": who speaks is the one accompanied
            before = subject_before(toks, pos)
            if before:
                return before
        if (
            tok.low == "yang"
            and len(out) >= 3
            and out[0].low in {"ada", "berada", "tinggal", "bermukim"}
            and out[1].low in {"di", "dalam"}
            and pos > 0
            and toks[pos - 1].is_word
            and not is_verb_like(toks[pos - 1])
        ):
            # "seorang guru yang ada di wilayah Singosari, Kabupaten Malang, yang mengaku":
            # where the one who speaks is, not who
            out = []
            pos -= 1
            continue
        if is_verb_like(tok) or tok.low == "yang":
            if (
                set_off
                and out
                and toks[verb - 1].text == ","
                and tok.low.startswith("me")
                and pos > 0
                and toks[pos - 1].low != "yang"
                and not any(t.text == "," for t in out)
            ):
                # "Variety menindaklanjuti kabar penahanan Aaron, menyebut bahwa …": what the
                # verb before the comma acts on is no subject; its own subject goes on
                return subject_before(toks, pos)
            break
        out.insert(0, tok)
        pos -= 1
    if len(out) > 2 and out[0].low == "baik" and any(t.low in {"dan", "maupun"} for t in out):
        out = out[1:]  # "Baik Siti Aisyah dan Doan mengaku": both of them
    if (
        len(out) > 1
        and out[0].low in {"itu", "ini"}
        and not out[0].is_cap
        and out[1].is_cap
        and pos >= 0
        and toks[pos].low in {"sementara", "selain", "setelah", "usai", "dengan", "karena"}
    ):
        out = out[1:]  # "Sementara itu Sulaeman … mengatakan": the linking phrase's "itu"
    if (
        len(out) > 1
        and out[0].low == "juga"
        and out[1].low in TITLES
        and pos >= 1
        and toks[pos].low == "yang"
        and toks[pos - 1].is_cap
        and toks[pos - 1].is_word
    ):
        # "Fathur yang juga Rektor Universitas Negeri Semarang menegaskan": the name before
        # the office it also holds
        start = pos - 1
        while start > 0 and toks[start - 1].is_cap and toks[start - 1].is_word and pos - start < 4:
            start -= 1
        out = toks[start : pos + 1] + out
        pos = start - 1
    if (
        len(out) >= _MAX_SUBJECT
        and pos >= 0
        and toks[pos].is_word
        and toks[pos].low not in CLAUSE_STARTERS | {"yang"}
        and not is_verb_like(toks[pos])
    ):
        # the words run on past the longest subject: no phrase to read, only its tail ("…
        # Secretary General`s Special Advocate (UNSGSA) for Financial Inclusion")
        return []
    while (
        len(out) > 1
        and out[0].low in {"ini", "itu"}
        and pos >= 0
        and toks[pos].low in {"saat", "sejauh", "hingga", "sampai", "kala", "waktu", "ketika"}
    ):
        out = out[1:]  # "Saat ini MyNurz mengklaim": a time adverbial, not the subject
    on = 1 if out and out[0].low in {"pada", "tanggal"} else 0
    if (
        len(out) >= on + 3
        and out[on].text.isdigit()
        and len(out[on].text) <= 2
        and out[on + 1].low in MONTHS
        and any(t.is_cap and t.is_word and t.low not in MONTHS for t in out[on + 2 :])
    ):
        # "Pada 14 Februari 2018 PKPI telah menyampaikan": the date the subject acted on
        at = on + 2
        if re.fullmatch(r"\d{4}", out[at].text):
            at += 1
        out = out[at:]
    if out and out[0].low == "yang":
        return []  # a relative clause with no head noun before it
    if (
        len(out) >= 3
        and out[0].is_cap
        and (
            re.fullmatch(r"(?:me[mnr]?|meng|meny)[a-z]{3,}", out[0].low) is not None
            or out[0].low in {"berbicara", "bertemu", "berkunjung"}
        )
        and out[0].low not in _PREFIXED_NOUNS | TITLES | _FRONTED_PREPOSITIONS
        and out[-1].is_cap
        and out[-1].is_word
    ):
        # "Membahas masalah perizinan dengan Bank Indonesia Ongki menjelaskan": a fronted
        # clause without its comma; the subject is the name closing it, not a place before it
        at = len(out) - 1
        while at > 1 and out[at - 1].is_cap and out[at - 1].is_word:
            at -= 1
        while at < len(out) - 1 and is_known_place(out[at].text):
            at += 1
        out = out[at:]
    if len(out) > 1 and out[0].low == "menurut":
        # "Menurut mantan direktur itu menjelaskan …": the writer mixed two openings; the
        # speaker is who follows "menurut"
        out = out[1:]
    if len(out) == 1 and out[0].low in DAYS and pos > 0 and toks[pos].text == ",":
        # "Siaran pers Kementerian ESDM di Jakarta, Minggu menyebutkan": the day closes a
        # dateline adjunct; the subject stands before it
        before = subject_before(toks, pos)
        cut = next(
            (
                i
                for i, t in enumerate(before)
                if t.low == "di" and all(u.is_cap for u in before[i + 1 :])
            ),
            len(before),
        )
        return before[:cut] if cut > 0 else out
    subject = _name_before_role(toks, pos, out)
    return [*subject, *withheld] if subject and withheld else subject


_ACCOMPANIED = frozenset({"didampingi", "ditemani", "diapit"})
# me- words that are prepositions or conjunctions, no fronted clause's verb
_FRONTED_PREPOSITIONS = frozenset(
    {
        "menurut",
        "mengenai",
        "menjelang",
        "menuju",
        "melalui",
        "meski",
        "meskipun",
        "mengingat",
        "menyusul",
        "mengikuti",
        "menanggapi",
        "merujuk",
    }
)

# Capitalised words that start a sentence or a clause: never the first word of a name.
_LEAD_STOPS = frozenset(
    {"di", "pada", "dalam", "menurut", "kepada", "sementara", "selain", "sebelumnya", "namun",
     "saat", "ketika", "usai", "setelah", "bahkan", "sedangkan", "adapun", "kini", "hal",
     "awal", "akhir", "pertengahan", "lebih", "mengutip", "dikutip", "melansir", "dilansir",
     "seperti", "sebagaimana", "terkait", "soal", "tentang", "mengenai", "sejak", "hingga"}
)  # fmt: skip


def _name_before_role(toks: list[Tok], pos: int, out: list[Tok]) -> list[Tok]:
    """ "Suryadi Willim, Head of Marketing Luna Indonesia menjelaskan": the subject found is a
    role set off after the name; take the name along ("Name, role")."""
    if not out or pos < 2 or toks[pos].text != ",":
        return out
    if out[0].is_cap and out[0].low not in TITLES:
        return out
    start = pos
    while start > 0 and toks[start - 1].is_cap and toks[start - 1].is_word and pos - start < 4:
        start -= 1
    titled = start
    while titled > 0 and toks[titled - 1].is_cap and toks[titled - 1].is_word and pos - titled < 10:
        titled -= 1
    if (
        titled < start
        and toks[titled].low in TITLES
        and anaphoric(out)
        and (titled == 0 or toks[titled - 1].text in {",", "."})
    ):
        # "Wakil Ketua DPRD DKI Jakarta M Taufik, politisi Gerindra itu mengaku …": a titled
        # name, then an epithet that points back to it
        return toks[titled:pos]
    lead = toks[start:pos]
    if not 2 <= len(lead) <= 4 or lead[0].low in _LEAD_STOPS:
        return out
    if any(t.low in MONTHS or t.low in DAYS or is_verb_like(t) for t in lead):
        return out  # "Awal November, Presiden AS …", "Mengutip ZDnet, Direktur Intel …"
    if start > 0 and toks[start - 1].text not in {",", "."}:
        return out  # the name must start the sentence or a clause
    if any(t.text.isupper() for t in lead):
        return out
    return [*lead, toks[pos], *out]


def anaphoric(out: list[Tok]) -> bool:
    """Whether a phrase is an epithet closed by a demonstrative ("politisi Gerindra itu")."""
    return len(out) >= 2 and out[-1].low in ANAPHORS and not out[0].is_cap


# Passive verbs of reporting after "demikian", before who reported
_REPORTED = frozenset(
    {"dilaporkan", "dikatakan", "disampaikan", "diungkapkan", "dijelaskan", "dilansir",
     "dikutip", "diberitakan", "disebutkan", "dinyatakan", "diumumkan"}
)  # fmt: skip
# and the active forms, for an aside on the source ("seperti dilansir …", "mengutip …")
_REPORTED_BY = _REPORTED | frozenset({"melansir", "mengutip", "dinukil"})


# Where a statement stands written ("tertulis dalam situs …")
_WRITTEN_IN = frozenset({"tertulis", "tercantum", "tertuang", "termuat", "tersurat"})
# Verbs of saying between "demikian" and the speaker
_SAID_AFTER_DEMIKIAN = frozenset(
    {"kata", "ujar", "sebut", "tulis", "ucap", "tutur", "ungkap", "jelas", "tegas", "papar",
     "terang", "imbuh", "tambah", "lanjut", "pungkas"}
)  # fmt: skip


# How near a report comes to the words: "demikian kurang lebih …"
_HEDGES = frozenset({("kurang", "lebih"), ("lebih", "kurang")})


def said_after_demikian(toks: list[Tok], index: int) -> int:
    """Where the speaker starts in '"…," demikian kata salah seorang jaksa penuntut'; a hedge
    and a translation before it are skipped ('demikian kurang lebih terjemahan cuitan akun
    resmi Kings')."""
    if index + 2 < len(toks) and (toks[index].low, toks[index + 1].low) in _HEDGES:
        index += 2
    elif index + 1 < len(toks) and toks[index].low in {"kira-kira", "kurang-lebih"}:
        index += 1
    if index + 1 < len(toks) and toks[index].low == "terjemahan":
        index += 1 + (index + 2 < len(toks) and toks[index + 1].low == "dari")
    index = reported_agent(toks, index)
    if index + 1 < len(toks) and toks[index].low in _SAID_AFTER_DEMIKIAN:
        return index + 1
    return index


def reported_agent(toks: list[Tok], index: int) -> int:
    """Where the agent starts in "(demikian) dilaporkan (oleh) pemerintah Ukraina",
    "dilansir (dari) AFP"; `index` itself when no such verb is there."""
    if index + 1 < len(toks) and toks[index].low in _REPORTED:
        return index + 1 + (toks[index + 1].low in {"oleh", "dari"})
    if (
        index + 2 < len(toks)
        and toks[index].low in _WRITTEN_IN
        and toks[index + 1].low in {"dalam", "di", "pada"}
        # (a source named there, not a thing: "di salah satu sisi flashdisk itu")
        and any(t.is_cap for t in toks[index + 2 : index + 5])
    ):
        return index + 2  # "demikian tertulis dalam situs HITS Daily Double": where it stands
    if index < len(toks) and toks[index].low in _WRITTEN_IN:
        return len(toks)  # "demikian tertulis di salah satu sisi flashdisk itu": no one
    return index


def is_statement_anaphor(toks: list[Tok]) -> bool:
    """ "pernyataan resmi itu", "keterangan tersebut": the statement just quoted, whose
    source spoke last."""
    rest = strip_statement(toks)
    return len(rest) == 1 < len(toks) and rest[0].low in ANAPHORS


def is_statement_noun(tok: Tok) -> bool:
    """`pernyataan`, `keterangan`, `rilis` …: what a source put out, not who."""
    return tok.low in _STATEMENT_NOUNS


def strip_statement(toks: list[Tok]) -> list[Tok]:
    """`pernyataan Kremlin` → `Kremlin`: the source behind a statement noun (and the words
    that describe the statement: "Pernyataan kontroversial sutradara Hanung Bramantyo")."""
    if any(t.low in {"bernomor", "nomor"} for t in toks[1:4]):
        return toks  # "Laporan polisi bernomor 742/VI/2017 itu": a document, by its number
    stripped = False
    while toks and (
        toks[0].low in _STATEMENT_NOUNS
        or toks[0].low in {"resmi", "pers", "tertulis"}
        or (stripped and not toks[0].is_cap and toks[0].low in STATEMENT_ADJECTIVES)
    ):
        stripped = True
        toks = toks[1:]
    return toks
