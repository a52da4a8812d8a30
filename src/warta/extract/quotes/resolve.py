"""Turn a speaker phrase into the record's speaker fields, using the article's register of
people and the discourse state (who spoke or acted last) for pronouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.extract.ner.lexicon import MINISTRY_FIELDS, NAME_TITLES, ROLE_MODIFIERS, TITLE_WORDS
from warta.extract.ner.roles import GIVEN_NAME_MODIFIERS
from warta.extract.quotes.glue import joined_role, trim_name
from warta.extract.quotes.lexicon import (
    ABBREVIATED_OFFICE,
    CLERICAL_ADDRESS,
    HONORIFICS,
    INSTITUTION_WORDS,
    ORG_HEADS,
    TITLES,
    without_degrees,
)
from warta.extract.quotes.register import OFFICE_WORDS, Person, Register, holds_office
from warta.extract.quotes.speakers import (
    BODY_NOUNS,
    FOR_SOMEONE,
    HUMAN_ROLES,
    KIN_WORDS,
    NAME_PARTICLES,
    RANKS,
    Phrase,
    gazetteer_words,
    only_rank_words,
    someone_elses,
)


@dataclass(slots=True)
class Speaker:
    """The speaker fields of one quote record."""

    speaker: str | None
    mention: str | None
    role: str | None
    anonymous: bool = False
    person: Person | None = None


class Discourse:
    """Who the article is talking about: the antecedent for "ia", "dia", "-nya"."""

    __slots__ = ("_focus", "earlier", "history", "last_speaker")

    def __init__(self) -> None:
        self.last_speaker: Speaker | None = None
        # the human in focus: a named person or an anonymous source ("seorang kepala sekolah")
        self._focus: Speaker | None = None
        # the named person in focus before the one now in focus
        self.earlier: Speaker | None = None
        self.history: list[Speaker] = []

    @property
    def focus(self) -> Speaker | None:
        return self._focus

    @focus.setter
    def focus(self, who: Speaker | None) -> None:
        old = self._focus
        if (
            who is not None
            and old is not None
            and old.person is not None
            and who.person is not old.person
        ):
            self.earlier = old
        self._focus = who


# legal-form suffixes that are no part of how the article names the organisation
_LEGAL_FORM = re.compile(r"\s*(?:\((?:Persero|Tbk|Perum|Perseroda)\)|,?\s+Tbk\.?)\s*$", re.I)
# "Komisi Pemberantasan Korupsi (KPK)": the acronym in brackets repeats the name
_ACRONYM_AFTER = re.compile(
    r"(?<=\w)\s*\([A-Z][A-Za-z0-9&-]{1,9}(?: [A-Z][A-Za-z0-9&-]{1,9}){0,2}\)\s*$"
)


# A role glued before an honorific inside a speaker's name ("Arkeolog Aceh Dr Husaini …")
# (and Malaysia's titles: "Menteri Kewangan Datuk Seri Amir Hamzah Azizan")
_INNER_HONORIFIC = re.compile(
    r"^(.+?)\s+(?:Dr|DR|Prof|Ir|Drs|Dra|Drg|KH|(?:Datuk|Dato['’]?|Tan)\s+S(?:e)?ri|Datuk|Dato['’]?"
    r"|Datin|Tun)\.?\s+(?=\S+\s+\S)"
)
# heads of anaphors that point back to an institution or a text ("surat kabar tersebut"),
# never to the person in focus
_THING_HEADS = (
    ORG_HEADS
    | INSTITUTION_WORDS
    | frozenset(
        {"surat", "media", "harian", "koran", "situs", "laman", "laporan", "dokumen", "kantor",
         "lembaga", "perusahaan", "partai", "klub", "organisasi", "kelompok", "pemerintah",
         "negara", "pernyataan", "keterangan", "unggahan", "akun", "tim", "pihak",
         # documents of a court or an inquiry: "tulis dakwaan pimpinan Mueller itu"
         "dakwaan", "tuntutan", "putusan", "vonis", "gugatan", "memo", "catatan", "rilis",
         "siaran", "buku", "artikel", "editorial", "tajuk", "kolom", "studi", "riset",
         "penelitian", "survei", "kajian",
         # a call, a message or a recording: "Panggilan pagi itu melaporkan …"
         "panggilan", "telepon", "pesan", "surel", "email", "rekaman", "video", "tayangan",
         "cuitan", "kicauan", "postingan", "tulisan", "kabar", "berita", "informasi",
         # an event that presents something: "acara ini juga menyampaikan materi …"
         "acara", "ajang", "festival", "konferensi", "seminar", "pameran", "kegiatan"}
    )
)  # fmt: skip
# (but a person's titles that also open bodies' names: "Sekretaris Dewan Pakar DPP PPP itu")
_EPITHET_THING_HEADS = _THING_HEADS - {"sekretaris", "koordinator"}


_DIVINE = frozenset({"tuhan", "allah"})
# one-word titles of a single office ("Gubernur", "Kadiskes"), unlike professions ("Ekonom")
_OFFICES = frozenset(
    {"presiden", "wapres", "gubernur", "wagub", "bupati", "wabup", "walikota", "camat", "lurah",
     "menteri", "dirut", "sekjen", "panglima", "kapolri", "jubir", "rektor", "ketum", "ceo",
     "cfo", "cto", "coo", "presdir", "paus", "kanselir", "raja", "ratu", "sultan", "uskup"}
)  # fmt: skip
# "Kadiskes", "Kapolres", "Kabid": abbreviated "Kepala …" titles
_KEPALA = re.compile(r"ka(?:bag|bid|dis|sat|sub|pol|ro|den|kan|nwil|si|jati|jari|rum)\w*")
_WAKA = re.compile(r"waka(?:pol\w+|sad|sal|sau|bin|bais|bareskrim|jati|jari)")


def _one_office(word: str) -> bool:
    low = word.lower()
    return (
        low in _OFFICES
        or low in OFFICE_WORDS
        or (low in TITLES and _KEPALA.fullmatch(low) is not None)
        or ABBREVIATED_OFFICE.fullmatch(low) is not None
        # "Wakapolri", "Wakapolda", "Wakasad": a deputy head's abbreviated title
        or _WAKA.fullmatch(low) is not None
    )


# rank abbreviations written between a rank and the name ("Kombes Pol Arief Nugroho")
_RANK_WORDS = frozenset({"pol", "polisi", "tni", "purn", "inf", "mar", "kav", "czi", "pnb"})


_SAINT_NAME = re.compile(r"\b(?:st\.?|saint|sint|san|santa|santo|sao|são) \S+$")


_PLACE_OPENERS = frozenset({"kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan"})


def _given_name(word: str, name: str, register: Register, role: str | None) -> bool:
    """Whether `word`, written before `name`, is the name's first word (not a glued title,
    body or place): a capitalised word the article never writes apart from the name, after
    a place that ends a body's name ("Kabupaten Banyumas Deskart Sotyo Jatmiko"), not after
    an office, which takes its region ("Kapolres Batang Hendra Gunawan")."""
    low = word.lower()
    before = role.split()[-1].lower() if role else ""
    tail = f"{before} {low}"
    if before and any(
        (org == tail or org.endswith(" " + tail)) and org.split()[0] not in _PLACE_OPENERS
        for org in register.orgs
    ):
        # "CEO PT Juni Records Adryanto Pratono": the last word of a body (a place the
        # tagger ran on into the name is no proof: "Kabupaten Banyumas Deskart …")
        return False
    if before in RANKS or before in {"jenderal", "brigadir", "kolonel", "polisi"}:
        # "Brigadir Jenderal Agung Setya": after a rank comes the name, whatever else the
        # word can be ("Jaksa Agung")
        return (
            word[:1].isupper()
            and low not in RANKS
            and low not in _RANK_WORDS
            and low not in register.orgs
            and " " not in word
        )
    if (
        not before
        or before in TITLES
        or _one_office(before)
        or low in _RANK_WORDS
        or low in gazetteer_words()
        or " " in word
        or not word[:1].isupper()
        or word.isupper()
        or low in TITLES
        # "Menteri Sumber Asli dan Kelestarian Alam Nik Nazmi": a word of the office's field
        or low in (ROLE_MODIFIERS | MINISTRY_FIELDS) - GIVEN_NAME_MODIFIERS
        or low in ORG_HEADS
        or low in INSTITUTION_WORDS
        or low in register.orgs
        # "Paris St Germain Edinson Cavani": a saint's name closing a body's name
        or any(_SAINT_NAME.search(o) and o.endswith(f" {low}") for o in register.orgs)
        or _one_office(word)
    ):
        return False
    first = name.split()[0]
    words = register.words
    seen = [i for i, w in enumerate(words) if w == word]
    return bool(seen) and all(i + 1 < len(words) and words[i + 1] == first for i in seen)


def one_office(phrase: Phrase) -> bool:
    """Whether a title phrase names one office ("Ketua Umum PAN", "Mendagri"), unlike a bare
    noun of a calling ("Ekonom", "Warga")."""
    words = phrase.mention.split()
    return (
        phrase.kind == "title"
        and bool(words)
        # "Ketua Umum PAN", "Mendagri"; not "tidak secara khusus" (an adverb that some title
        # word closes)
        and (words[0].lower() in TITLES or _one_office(words[0]))
        and (len(words) >= 2 or _one_office(phrase.mention))
    )


def office_of_body(phrase: Phrase) -> bool:
    """Whether an organisation phrase is an office within the body ("Juru bicara Kementerian
    Luar Negeri", "Kepala Bidang Humas Polda Metro Jaya"): someone, unnamed, who speaks for it."""
    words = phrase.mention.split()
    return (
        phrase.kind == "org"
        and len(words) >= 2
        and (words[0].lower() in TITLES or _one_office(words[0]))
    )


def _own_of_pair(role: str | None, register: Register, person: Person) -> str | None:
    """ "Penyanyi Raisa Andriana dan aktor" before "Hamish Daud": two people with their roles
    joined by "dan"; the person's own is the part after it ("aktor")."""
    if not role or (" dan " not in role and " maupun " not in role):
        return role
    # (or "maupun": "Baik Menteri Keuangan Sri Mulyani maupun Gubernur BI")
    head, _, own = max(
        (role.rpartition(" dan "), role.rpartition(" maupun ")), key=lambda p: len(p[0])
    )
    last = head.split()[-1].lower() if head.split() else ""
    # (what comes before "dan" ends with the full name of someone NER found)
    named = any(
        head.lower().endswith(full) and full != person.name.lower()
        for full in register.name_ends.get(last, ())
    )
    return own if named and own else role


def org_name(mention: str) -> str:
    """ "PT Pertamina (Persero)" → "PT Pertamina": the organisation without its legal form."""
    cleaned = _LEGAL_FORM.sub("", mention).strip()
    bare = _ACRONYM_AFTER.sub("", cleaned).strip()
    if bare[:1].isupper():
        cleaned = bare  # not "mereka (PT Duta Palma)", where the brackets name them
    return cleaned or mention


# "media Turki, DHA": an outlet's or a body's noun, what it is, then its name set off
_NOUN_SET_OFF_NAME = re.compile(
    r"(?i:media|kantor[ \t]+berita|surat[ \t]+kabar|harian|koran|situs|laman|majalah|tabloid"
    r"|stasiun[ \t]+(?:televisi|tv)|lembaga|perusahaan|organisasi)\b[^,]{0,40}?[ \t]*,[ \t]*"
    r"(?P<name>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,4})"
)


def _org(phrase: Phrase) -> Speaker:
    set_off = _NOUN_SET_OFF_NAME.fullmatch(phrase.mention)
    if set_off is not None:
        return Speaker(set_off.group("name"), phrase.mention, None)
    name = org_name(phrase.mention)
    return Speaker(name, phrase.mention, None)


def _outside_name(role: str | None, name: str, own: str | None = None) -> str | None:
    """`role` without the opening words of `name` taken into it: "Gubernur Banten Ratu" of
    "Ratu Atut Chosiyah" is "Gubernur Banten"; "Ratu" of "Ratu Tisha Destria" is no role.
    Not the role NER read before the person's whole name (`own`): "pengamat politik dari
    Universitas Gadjah Mada, Mada Sukmajati" took no word of the name."""
    if role and role.rsplit(" ", 1)[-1].lower() in _CONJUNCTIONS:
        return None  # "Pasangan selebriti Raffi Ahmad dan Nagita Slavina": two subjects
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        lead = " ".join(words[:size])
        if role == lead:
            return None
        if role and role.endswith(" " + lead) and role != own:
            # ("Kuasa hukum Djoko, Hotman Paris": the comma set the name off)
            return role[: -len(lead)].strip().rstrip(",").rstrip() or None
    return role


def _rank_alone(role: str) -> bool:
    """Whether `role` is a rank or form of address only ("Komisaris Besar Polisi", "AKBP")."""
    return only_rank_words(role.split())


_CONJUNCTIONS = frozenset({"dan", "serta", "atau", "maupun", "bersama", "dengan"})


def resolve(
    phrase: Phrase, register: Register, state: Discourse, *, position: int
) -> Speaker | None:
    """Speaker fields for `phrase`; pronouns take the last person in focus."""
    if phrase.kind == "elided":
        # "…, menambahkan bahwa …": the subject is the one who just spoke
        last = state.last_speaker
        if last is None:
            return None
        return Speaker(last.speaker, last.mention, last.role, last.anonymous, last.person)
    if phrase.kind == "pronoun":
        last = state.last_speaker
        if (
            "mereka" in phrase.mention.lower().split()
            and last is not None
            and last.person is None
            and last.speaker
        ):
            # "kata mereka", "bunyi pernyataan pers mereka" right after a body or a group
            # spoke: they, not one person in focus
            return Speaker(last.speaker, phrase.mention, last.role, last.anonymous)
        focus = state.focus
        if focus is None:
            return None
        return Speaker(focus.speaker, phrase.mention, focus.role, focus.anonymous, focus.person)
    if phrase.kind == "anaphor" and phrase.name:
        # "istri dari aktor Deddy Mahendra Desta": the person in focus, whom the article
        # relates to the one named; someone unnamed where that one is in focus
        focus = state.focus
        if focus is None or focus.person is None or phrase.name in (focus.speaker or ""):
            return Speaker(phrase.mention, phrase.mention, None, anonymous=True)
        return Speaker(focus.speaker, phrase.mention, focus.role, focus.anonymous, focus.person)
    if phrase.kind == "anaphor":
        # "relawan tersebut", "diplomat itu": the last speaker described by that noun
        words = phrase.mention.lower().split()
        head = words[1] if words[0] in ("sang", "the") and len(words) > 1 else words[0]
        focus = state.focus
        if (
            focus is not None
            and focus is not state.last_speaker
            and focus.person is not None
            and head in " ".join(filter(None, [focus.speaker, focus.role])).lower().split()
        ):
            # "… pelatih Persija Carlos Pena kecewa … "…," ucap pelatih asal Spanyol itu": the
            # one the narration turned to since the last quote, not the coach quoted before
            return Speaker(focus.speaker, phrase.mention, focus.role, focus.anonymous, focus.person)
        # the names the epithet gives ("Direktur PT Laba Forexindo Berjangka itu"): an
        # earlier speaker whose role lacks them is someone else with that title
        # (not the title of a work: "pemain sinetron 'Muslimah' tersebut")
        titled_work = any(q in phrase.mention for q in "'\"“”‘’")
        body_words = (
            []
            if titled_work
            else [w.lower() for w in phrase.mention.split()[1:] if w[:1].isupper()]
        )
        for earlier in reversed(state.history):
            described = " ".join(filter(None, [earlier.speaker, earlier.role])).lower()
            if head in described.split() and all(w in described.split() for w in body_words):
                return Speaker(
                    earlier.speaker, phrase.mention, earlier.role, earlier.anonymous, earlier.person
                )
        if head in BODY_NOUNS:
            # "Kelompok itu juga menyatakan …", "organisasi itu": the organisation that spoke last
            body = next((s for s in reversed(state.history) if s.person is None and s.speaker
                         and not s.anonymous and s.speaker != phrase.mention), None)  # fmt: skip
            if body is not None:
                return Speaker(body.speaker, phrase.mention, body.role)
        focus = state.focus
        # (an epithet naming a body, "Ketua Umum PBNU itu": someone the article gave that
        # office; someone else's office in that body is not the person in focus's)
        bodies = [w for w in body_words if w not in TITLE_WORDS | ROLE_MODIFIERS]
        if bodies and head not in _EPITHET_THING_HEADS:
            holders = [
                p
                for p in register.people
                if p.first_seen < position
                and p.role
                and all(w in p.role.lower().split() for w in bodies)
            ]
            same_office = [
                p
                for p in holders
                if _holds_calling(head, p.role.lower())  # type: ignore[union-attr]
                and all(w in p.role.lower().split() for w in body_words)  # type: ignore[union-attr]
            ]
            if same_office and (focus is None or focus.person not in same_office):
                person = max(same_office, key=lambda p: p.first_seen)
                return Speaker(person.name, phrase.mention, person.role, person=person)
            if (
                focus is not None
                and focus.person is not None
                and focus.person not in holders
                and not all(w in (focus.role or "").lower().split() for w in bodies)
                and any(p is not focus.person for p in holders)
            ):
                return Speaker(phrase.mention, phrase.mention, None)
        # (the capitalised words of bodies, not of an origin or a school, "atlet asal Bali
        # tersebut", "aktor lulusan Tisch School of Arts NYU ini", nor after a preposition,
        # "anak sulung dari pernikahan KD dan Anang ini")
        body_names: list[str] = []
        mention_words = phrase.mention.split()
        for w in mention_words[1:]:
            if w.lower() in _PREPOSITIONS | _ORIGIN_WORDS:
                break
            if w[:1].isupper():
                body_names.append(w.lower())
        holder = _described_by(head, [] if titled_work else body_names, register, focus, position)
        if holder is not None:
            # "… kabar itu tak sampai ke atlet Maria Natalia Londa. Atlet asal Bali tersebut
            # mengaku …": the one the article gave that calling, not the minister in focus
            return Speaker(holder.name, phrase.mention, holder.role, person=holder)
        if (
            focus is not None
            and words[0] == "sang"
            and len(words) == 2
            and head in KIN_WORDS
            and head not in (focus.role or "").lower().split()
        ):
            # "Sang istri mengaku …": the wife of the one in focus, not he (an epithet with
            # whose relation it is, "ibu dua anak ini", "suami dari Zaskia Adya Mecca ini",
            # names the one in focus)
            return Speaker(phrase.mention, phrase.mention, None, anonymous=True)
        if focus is not None and head not in _EPITHET_THING_HEADS:
            # an epithet ("mantan pelatih timnas itu") names the person in focus
            return Speaker(focus.speaker, phrase.mention, focus.role, focus.anonymous, focus.person)
        # (capitalised words of the epithet itself may have been registered as a name)
        so_far = [
            p for p in register.people if p.first_seen < position and p.name not in phrase.mention
        ]
        # (an epithet for no one, "dakwan pimpinan Mueller itu", that names someone is of that
        # one's making: not the person the article named first; a person's epithet that names
        # someone, "adik kandung Kim Kardashian ini", still is)
        names_someone = head not in TITLES | HUMAN_ROLES | KIN_WORDS | TITLE_WORDS and any(
            word in phrase.mention.split()
            for p in register.people
            for word in [p.name, *p.aliases, p.name.split()[-1]]
            if word[:1].isupper()
        )
        if focus is None and head not in _EPITHET_THING_HEADS and so_far and not names_someone:
            # nobody in focus yet: the person the article named first, its lead's subject
            # ("… Ed Sheeran memutuskan … Pelantun Shape of You itu mengaku …")
            person = min(so_far, key=lambda p: p.first_seen)
            return Speaker(person.name, phrase.mention, person.role, person=person)
        # ("sumber tersebut": an unnamed source, whom a "dia" after the next quote means)
        return Speaker(phrase.mention, phrase.mention, None, anonymous=head in _SOURCES)
    if (
        phrase.kind == "person"
        and phrase.name
        and phrase.role
        and register.is_org(phrase.mention)
        and not any(w.lower() in HUMAN_ROLES | TITLES for w in phrase.role.split())
    ):
        # "Menurut HMD Global": NER knows the whole phrase as a body; its first word is no
        # role of a person called "Global"
        return Speaker(org_name(phrase.mention), phrase.mention, None)
    if phrase.kind == "person" and phrase.name and phrase.name.split()[0].lower() in _DIVINE:
        return None  # "takdir Tuhan berkata lain": no one the article quotes
    if (
        phrase.kind == "person"
        and phrase.role
        and phrase.role.split()[0].lower() == "kantor"
        and len(phrase.role.split()) >= 2
    ):
        # "Kantor Perdana Menteri Israel Benjamin Netanyahu menyatakan": his office speaks
        return Speaker(phrase.role, phrase.mention, None)
    if (
        phrase.kind == "person"
        and phrase.name
        and " " not in phrase.name
        and phrase.name.lower() in NAME_TITLES
        and register.resolve(phrase.name) is None
    ):
        # "Menurut Sultan, …" after "Sultan Hamengku Buwono X": the title that is also a
        # given name, alone, is the office of someone the article named with it
        holder = register.by_role(phrase.name, position)
        if holder is not None:
            return Speaker(holder.name, phrase.mention, holder.role, person=holder)
    if phrase.kind == "person" and phrase.name:
        # "Lembaga Pengkajian … Indonesia (LPPOM MUI)": the short form in brackets is no
        # part of the name
        mention, role = phrase.name, phrase.role
        inner = _INNER_HONORIFIC.match(mention)
        if inner is not None:
            # "Arkeolog Aceh Dr Husaini Ibrahim": the name starts after the honorific
            role = f"{role} {inner.group(1)}" if role else inner.group(1)
            mention = mention[inner.end() :]
        bare = _ACRONYM_AFTER.sub("", mention).strip()
        if bare[:1].isupper():
            mention = bare  # (not "mereka (PT Duta Palma)": there the brackets name them)
        if register.is_org(mention):
            mention = register.unglue(mention) or mention
        else:
            stripped = register.strip_orgs(mention)
            if role and stripped != mention and mention.endswith(stripped):
                # "CEO Promogo Andrew Tanyono": the body glued before the name is the role's
                role = joined_role(role, mention[: -len(stripped)].strip())
            mention = stripped
        human = bool(role) and str(role).split()[0].lower() in HUMAN_ROLES
        if mention.lower() in register.orgs and str(role or "").lower().split()[-1:] in (
            ["warga"],
            ["penduduk"],
        ):
            # "Warga Kramat Lontar menuturkan": residents of a place NER knows, unnamed
            described = phrase.mention[:1].lower() + phrase.mention[1:]
            return Speaker(described, phrase.mention, None, anonymous=True)
        if register.is_org(mention) and not human:
            # NER knows "Pertamina" as an organisation: it speaks as one, never as a person
            # (unless the phrase describes a human: "Wisatawan asal Jakarta, Nadia Putri")
            return Speaker(org_name(mention), phrase.mention, None)
        found = register.resolve(mention)
        if found is None:
            # "Indana Steven": a glued organisation word before a name the article uses alone
            trimmed, _ = trim_name(register.words, mention, None)
            words = mention.split()
            if trimmed == mention and len(words) == 2:
                # "Indana Steven" where the article names "Steven Antonius Sugiharto": a name
                # that starts with the second word cannot have the first before it
                named = register.resolve(words[1])
                if (
                    named is not None
                    and named.name.split()[0] == words[1]
                    and (
                        " " in named.name
                        # "Gerindra Habiburokhman": the last word of a body the article names
                        # ("Fraksi Partai Gerindra") before a one-word name
                        or any(org.split()[-1] == words[0].lower() for org in register.orgs)
                    )
                ):
                    trimmed = words[1]
            found = register.resolve(trimmed) if trimmed != mention else None
            if found is not None:
                role = joined_role(role, mention[: -len(trimmed)].strip()) if role else None
                mention = trimmed
        if (
            found is not None
            and role
            and role.lower() in FOR_SOMEONE
            and " " not in mention
            and " " in found.name
            and role.lower() not in (found.role or "").lower()
            and _for_a_client(register, mention, found)
        ) or (
            found is not None
            and role
            and role.lower() == "perwakilan"
            and phrase.mention.lower().startswith("perwakilan")
            and _for_a_client(register, mention, found)
        ):
            # "Omar Khadr ditangkap …" … "Pengacara Khadr mengatakan, kliennya …": someone
            # named in full before, called by one word after those who speak for them, is
            # their client; their lawyer, unnamed, speaks ("pengacara Otto Hasibuan" … "Otto"
            # is the lawyer himself); "perwakilan Gordon" is Gordon's representative
            described = phrase.mention[:1].lower() + phrase.mention[1:]
            return Speaker(described, phrase.mention, None, anonymous=True)
        if found is None:
            found = register.add(mention, role, position)
        elif (
            len(mention) > len(found.name)
            and mention.endswith(found.name)
            and mention[: -len(found.name)].strip() in {"I", "Ni"}
        ):
            # "I Ketut Mertayasa" where NER found "Ketut Mertayasa": the Balinese "I" is the
            # name's first word
            found.name = mention
        elif (
            len(mention) > len(found.name)
            and mention.endswith(found.name)
            and _given_name(mention[: -len(found.name)].strip(), found.name, register, role)
        ):
            # "Kabupaten Banyumas Deskart Sotyo Jatmiko", where NER took "Deskart" into the
            # place: a word no title, body or place, that the article never writes apart from
            # this name, is its given name
            found.name = mention
        elif len(mention) > len(found.name) and mention.endswith(found.name):
            # words of a title glued before the name ("Klaten Hamenang Wajar Ismoyo")
            glued = mention[: -len(found.name)].strip().rstrip(",;:").rstrip()
            if not re.fullmatch(r"[A-Z]\.?", glued):  # "A Tonny Budiono": an initial, no title
                role = joined_role(role, glued) if role else None
            mention = found.name
        if (
            found.name.endswith(" " + mention)
            and phrase.mention.endswith(found.name)
            and (role or "").endswith(found.name[: -len(mention)].strip())
        ):
            # "Kuasa hukum Djoko, Hotman Paris Hutapea": a place word inside the name
            # ("Paris") ended the phrase's name early; the article names him in full
            mention = found.name
        if role and role.lower() in CLERICAL_ADDRESS and found.role:
            role = None  # "kata Kiai Niam": how he is addressed; his office stays his role
        if role and found.role and _rank_alone(role) and not _rank_alone(found.role):
            # "Komisaris Besar Polisi Yusri Yunus mengatakan": his rank; the office the
            # article gave him ("Kepala Bidang Humas Polda Jawa Barat") stays his role
            role = None
        role = _own_of_pair(_outside_name(role, found.name, found.role), register, found)
        if role and (
            not found.role or (len(role) > len(found.role) and found.role.lower() in role.lower())
        ):
            # (a fuller role than NER's: "Kapolsekta Medan Barat Kompol" over "Kompol", so
            # that "Kapolsek" later finds him)
            found.role = role
        own_role = _outside_name(role or found.role, name=found.name, own=found.role)
        return Speaker(found.name, mention, own_role, person=found)
    if phrase.kind in ("title", "org", "anonymous"):
        titled = _titled_person(phrase.mention, register)
        if titled is not None:
            return titled
    if phrase.kind == "title":
        if " " not in phrase.mention and phrase.mention[:1].isupper():
            # "kenang Agung": a title word that is also a name the article gives in full
            named = register.resolve(phrase.mention)
            if named is not None and " " in named.name:
                return Speaker(named.name, phrase.mention, named.role, person=named)
        found = register.by_role(phrase.mention, position) if one_office(phrase) else None
        if found is None and phrase.mention.lower() in _HEAD_OF_STATE:
            # "tutur Kepala Negara": the president the article named, when it names one
            # ("Presiden", "Presiden RI"; not a party's, a firm's or a foreign one)
            heads = {
                p.name: p
                for p in register.people
                if p.first_seen < position and (p.role or "").lower() in _PRESIDENT_ROLES
            }
            found = next(iter(heads.values())) if len(heads) == 1 else None
        if found is not None:
            return Speaker(found.name, phrase.mention, found.role or phrase.mention, person=found)
        return Speaker(phrase.mention, phrase.mention, None)
    if phrase.kind == "org" and phrase.mention.split()[0].lower() in TITLES:
        # "kata Wakil Ketua MPR": an office of a body, which one person the article named
        # before holds ("Wakil Ketua Majelis Permusyawaratan Rakyat (MPR) Mahyudin")
        holders = [
            p
            for p in register.people
            if p.first_seen < position and holds_office(p, phrase.mention)
        ]
        if len(holders) == 1:
            return Speaker(holders[0].name, phrase.mention, holders[0].role, person=holders[0])
    if phrase.kind == "org":
        # (NER's body speaks as the body: "Acer menjelaskan", not a capitalised run of a
        # subheading, "Predator Triton 700 Jawaban Acer")
        found = None if register.is_org(phrase.mention) else register.resolve(phrase.mention)
        if found is not None and len(phrase.mention.split()) == 1:
            return Speaker(found.name, phrase.mention, found.role, person=found)
        return _org(phrase)
    return Speaker(phrase.mention, phrase.mention, None, anonymous=phrase.kind == "anonymous")


# Epithets of a head of state, which name the president the article speaks of
_HEAD_OF_STATE = frozenset({"kepala negara", "kepala negara ri", "orang nomor satu di indonesia"})
_PRESIDENT_ROLES = frozenset(
    {"presiden", "presiden ri", "presiden republik indonesia", "presiden indonesia"}
)
# Words before a described speaker: "salah seorang saksi mata …", "seorang warga …"
_DESCRIBED = frozenset({"salah", "satu", "seorang", "sang"})


_SOURCES = frozenset({"sumber", "narasumber", "informan"})
_ORIGIN_WORDS = frozenset(
    {"asal", "kelahiran", "keturunan", "berdarah", "lulusan", "alumnus", "alumni", "jebolan"}
)
_PREPOSITIONS = frozenset({"dari", "di", "pada", "untuk", "dengan", "bersama", "of"})


# Offices whose holder an epithet with "diplomat" means ("Diplomat Tertinggi RI itu": the
# foreign minister the article named)
_DIPLOMATS = ("luar negeri", "menlu", "duta besar", "dubes")


def _holds_calling(head: str, role: str) -> bool:
    """Whether `role` (lower case) is of the calling `head` names."""
    return head in role.split() or (head == "diplomat" and any(o in role for o in _DIPLOMATS))


def _described_by(
    head: str, names: list[str], register: Register, focus: Speaker | None, position: int
) -> Person | None:
    """The person named earlier with the calling an epithet opens on ("atlet asal Bali
    tersebut" after "atlet Maria Natalia Londa"), where the person in focus has another, if
    only one has it; an epithet that names a body (`names`, its capitalised words: "Direktur
    PT Laba Forexindo Berjangka itu") needs them in that person's role or name too
    ("Kasubdit … Kemendikbud Lien Dwiari Ratnawati pada kegiatan tersebut")."""
    if head in _EPITHET_THING_HEADS or head in HONORIFICS:
        return None  # (a form of address, "Bapak itu", says nothing of a calling)
    said = " ".join(filter(None, [focus.speaker, focus.role])) if focus is not None else ""
    if head in said.lower().split():
        return None  # (the person in focus has that calling)
    holders = [
        p
        for p in register.people
        if p.first_seen < position
        and p.role
        and head in p.role.lower().split()
        and all(w in p.role.lower().split() or w in p.name.lower().split() for w in names)
        and (focus is None or p is not focus.person)
    ]
    if len(holders) != 1:
        return None  # (two athletes named: which one the epithet means is not clear)
    return holders[0]


def _for_a_client(register: Register, mention: str, person: Person) -> bool:
    """Whether "pengacara <mention>" is someone else's lawyer: the article speaks of a
    client ("kliennya", outside quotes), or names the person in full or by the family name
    ("Pengacara Khadr" of Omar Khadr); not "Pengacara Hotman", the lawyer Hotman Paris
    Hutapea called by his given name."""
    return (
        " " in mention
        or mention == person.name.split()[-1]
        or any(word.lower().startswith("klien") for word in register.words)
    )


def _titled_person(mention: str, register: Register) -> Speaker | None:
    """ "Direktur Jenderal Anggaran Kemenkeu Askolani": a long office whose last words are
    a person the article names (NER's "Askolani") is that person, with the office as role."""
    # ("Arkeolog Aceh Dr Husaini Ibrahim MA": the degrees after the name are no part of it)
    words = without_degrees(mention).split()
    # "salah seorang saksi mata Maizarni": someone described, then named
    while len(words) > 2 and words[0].lower() in _DESCRIBED:
        words = words[1:]
    first = words[0].lower() if words else ""
    if len(words) < 3 or not (first in TITLES or ABBREVIATED_OFFICE.fullmatch(first)):
        return None
    if "yang" in words:
        return None  # "pengacara yang mewakili Budi": the name is the clause's object
    for size in (4, 3, 2, 1):
        tail = words[-size:]
        if (
            size >= len(words) - 1
            or not tail[0][:1].isupper()
            # (a name's particles: "Rosmaida br Simatupang", "Yusuf bin Ahmad")
            or not all(w[:1].isupper() or w in NAME_PARTICLES for w in tail)
        ):
            continue
        wanted = [w.lower() for w in tail]
        person = next((p for p in register.people if p.name.lower().split() == wanted), None)
        if person is not None and someone_elses(words[:-size]):
            return None  # "juru bicara Presiden Prabowo Subianto": not Prabowo who speaks
        if person is not None:
            name = " ".join(tail)
            office = words[:-size]
            while len(office) > 1 and office[-1].lower().strip(".'’") in HONORIFICS:
                office = office[:-1]  # "Menteri Kewangan Datuk Seri": the title is no office
            role = " ".join(office)
            if not person.role:
                person.role = role
            return Speaker(person.name, name, role, person=person)
    return None
