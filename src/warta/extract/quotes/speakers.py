"""Who a speaker phrase names: person (name + role), organisation, anonymous source or pronoun;
and the article's register of people, so "Febrio" resolves to "Febrio Kacaribu".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from warta.extract.quotes.glue import trim_name
from warta.extract.quotes.lexicon import (
    ANAPHORS,
    ANONYMOUS_MARKERS,
    HONORIFICS,
    INSTITUTION_WORDS,
    NAME_CONNECTORS,
    ORG_HEADS,
    PRONOUNS,
    TITLES,
)
from warta.extract.quotes.text import Tok, tokens

Kind = Literal["person", "org", "anonymous", "pronoun", "elided", "anaphor", "title", "generic"]

# Seats of power that speak for a government in news ("Kremlin said").
_METONYMS = frozenset(
    {"kremlin", "elysee", "élysée", "pentagon", "vatikan", "downing", "whitehall", "istana",
     "gedung", "senayan", "zhongnanhai", "knesset", "bundestag", "duma"}
)  # fmt: skip
# Capitalised at a sentence start but never part of a name.
_SENTENCE_WORDS = frozenset(
    {"menurut", "kata", "ujar", "dalam", "di", "pada", "namun", "tetapi", "tapi", "sementara",
     "sedangkan", "selain", "itu", "ini", "dan", "karena", "sebab", "bahkan", "kemudian",
     "lalu", "saat", "ketika", "setelah", "sebelum", "jika", "kalau", "meski", "sejak",
     "sebelumnya", "adapun", "baik", "oleh", "bagi", "untuk", "dengan", "seperti", "kini",
     "hal", "pihak", "para", "kedua", "sang", "si", "sebagai", "terkait", "soal", "atas",
     "yang", "apa", "siapa", "tak", "tidak", "juga", "pun", "ya", "nah", "oh", "wah",
     "salah", "satu", "seorang", "sebuah", "ia", "dia", "beliau", "mereka", "kami", "kita",
     "anda", "saya", "aku", "kamu", "engkau", "kalian",
     # sentence adverbs ("Misalnya, …") and day names ("di Jakarta, Minggu menyebutkan")
     "misalnya", "contohnya", "akhirnya", "sayangnya", "untungnya", "rupanya", "ternyata",
     "selanjutnya", "apalagi", "padahal", "tentunya", "intinya", "artinya", "pasalnya",
     "biasanya", "umumnya", "khususnya", "terutama", "tampaknya", "nampaknya", "kabarnya",
     "konon", "katanya", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"}
)  # fmt: skip


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    from babel import Locale

    # single-word country names only: the words of "Sri Lanka" are also given names
    words = {n.lower() for n in Locale("id").territories.values() if " " not in n}
    words.update(
        {"as", "amerika", "rusia", "ukraina", "eropa", "asia", "afrika", "barat", "timur",
         "utara", "selatan", "tengah", "jakarta", "surabaya", "bandung", "medan", "makassar",
         "semarang", "yogyakarta", "moskow", "washington", "kyiv", "kiev", "beijing",
         "london", "paris", "tokyo", "teheran", "jawa", "sumatra", "sumatera", "kalimantan",
         "sulawesi", "papua", "bali", "nusa", "tenggara", "daerah", "istimewa", "ri", "dki",
         "jabar", "jateng", "jatim", "sumut", "sulsel", "belarus", "belarusia", "prancis",
         "inggris", "korea", "arab", "saudi", "timteng", "aceh", "riau", "jambi", "bengkulu",
         "lampung", "banten", "gorontalo", "maluku", "sumsel", "sumbar", "kaltim", "kalbar",
         "kalsel", "kalteng", "kaltara", "sulut", "sulteng", "sultra", "sulbar", "ntb", "ntt",
         "diy", "kepri", "babel", "bekasi", "bogor", "depok", "tangerang", "malang", "solo",
         "palembang", "pekanbaru", "padang", "batam", "pontianak", "balikpapan", "samarinda",
         "manado", "denpasar", "mataram", "kupang", "ambon", "jayapura", "sorong", "cirebon"}
    )  # fmt: skip
    return frozenset(words)


# Title words that are also common name parts ("Arya Perdana", "Dewi Ratu").
_NAME_OR_TITLE = frozenset(
    {"perdana", "raja", "ratu", "agung", "utama", "bintang", "besar", "putra", "putri", "jaya",
     "mulia", "mas", "pangeran", "anak", "senior", "legenda", "muda", "khusus", "tinggi"}
)  # fmt: skip


@dataclass(slots=True)
class Phrase:
    """What a speaker phrase names. `name` is the person name part (persons only)."""

    kind: Kind
    mention: str
    name: str | None = None
    role: str | None = None


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _name_like(tok: Tok, common: frozenset[str]) -> bool:
    low = tok.low.rstrip(".")
    return (
        tok.is_cap
        and tok.is_word
        and not any(ch.isdigit() for ch in tok.text)
        and not _is_acronym(tok.text)
        and sum(ch.isupper() for ch in tok.text[1:]) < 2  # "GoToMalls" is a brand
        and low not in TITLES
        and low not in ORG_HEADS
        and low not in INSTITUTION_WORDS
        and low not in _place_words()
        and low not in _METONYMS
        and low not in _SENTENCE_WORDS
        and low not in common
    )


def _join(text: str, toks: list[Tok]) -> str:
    return text[toks[0].start : toks[-1].end] if toks else ""


def _lower_first(phrase: str) -> str:
    words = phrase.split()
    if len(words) >= 2 and not _is_acronym(words[0]) and words[1][:1].islower():
        return phrase[:1].lower() + phrase[1:]
    return phrase


def _role(text: str, toks: list[Tok]) -> str | None:
    toks = [t for t in toks if t.text != "."]
    while toks and toks[-1].low in HONORIFICS:
        toks.pop()  # "Pak", "H." before a name are forms of address, not roles
    while toks and toks[0].low in _SENTENCE_WORDS:
        toks = toks[1:]
    return _lower_first(_join(text, toks)) if toks else None


def parse_phrase(text: str, toks: list[Tok], *, common: frozenset[str]) -> Phrase | None:
    """Classify the speaker phrase `toks` (already cut at its ends)."""
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    if commas and all(_name_like(t, common) for t in toks[commas[-1] + 1 :] if t.is_word):
        # "Warga Pulau Barrang Lompo, Hasna": the name is set off after the comma
        name = [t for t in toks[commas[-1] + 1 :] if t.is_word]
        if name:
            role = _role(text, [t for t in toks[: commas[-1]] if t.text != ","])
            return Phrase("person", _join(text, toks), _join(text, name), role)
    toks = [t for t in toks if t.text not in {",", "–", "—"}]
    while toks and not (toks[-1].is_word or toks[-1].text == ")"):
        toks.pop()
    if not toks:
        return None
    mention = _join(text, toks)
    if all(t.low in _SENTENCE_WORDS - PRONOUNS for t in toks if t.is_word):
        return None  # "Minggu", "Misalnya": a day or an adverb, nobody speaking
    if len(toks) == 1 and toks[0].low in PRONOUNS:
        return Phrase("pronoun", toks[0].text)
    if (
        len(toks) >= 2
        and toks[-1].low in ANAPHORS
        and (not toks[0].is_cap or toks[0].low in common or toks[0].low in TITLES)
    ):
        # "mantan bos PT Perkebunan Nasional III ini", "Ketua Progres 98 itu": an epithet
        return Phrase("anaphor", _lower_first(mention))
    # the trailing run of name tokens is the person's name; what precedes it is the role
    cut = len(toks)
    if len(toks) >= 2 and toks[-1].low in _NAME_OR_TITLE and toks[-2].is_cap:
        cut -= 1  # "Arya Perdana": a title word closing a name is part of the name
    while cut > 0 and (
        _name_like(toks[cut - 1], common)
        or (toks[cut - 1].text == "." and cut > 1 and len(toks[cut - 2].text) == 1)
        or (len(toks[cut - 1].text) == 1 and toks[cut - 1].is_cap and cut < len(toks))
    ):
        cut -= 1
    name_toks = [t for t in toks[cut:] if t.text != "."]
    while len(name_toks) > 1 and name_toks[0].low in HONORIFICS:
        name_toks = name_toks[1:]
    head = toks[: cut + (len(toks) - cut - len(name_toks))] if name_toks else toks[:cut]
    if len(name_toks) >= 3 and head and head[-1].low in ORG_HEADS:
        # "Universitas Padjadjaran Firman Manan": an organisation head takes a proper name
        head, name_toks = [*head, name_toks[0]], name_toks[1:]
    lows = {t.low for t in toks}
    if name_toks and head and head[-1].low in {"dan", "serta", "&"}:
        # "Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti": the word after "dan" closes
        # the coordinated title
        head, name_toks = [*head, name_toks[0]], name_toks[1:]
    if name_toks and len(name_toks) <= 5:
        if head and head[-1].low in NAME_CONNECTORS:
            name_toks = []  # "Organisasi untuk Keamanan": an organisation name, not a person
        elif (
            len(name_toks) == 1
            and any(t.low in ORG_HEADS for t in head)
            and not any(t.low in TITLES for t in head)
        ):
            name_toks = []  # "Gedung Putih", "Kantor Staf"
        elif len(name_toks) == 1 and head and head[-1].low in {"dari", "di", "of"}:
            name_toks = []
    first = toks[0].low
    if (
        len(name_toks) == 1
        and first in ANONYMOUS_MARKERS
        and head
        and not head[-1].is_cap
        and head[-1].low not in {"bernama", "berinisial"}
    ):
        name_toks = []  # "salah satu pengguna Youtube": one of a group, not a name
    if name_toks and len(name_toks) <= 5:
        return Phrase("person", mention, _join(text, name_toks), _role(text, head))
    if first in ANONYMOUS_MARKERS or "sumber" in lows or "anonim" in lows:
        return Phrase("anonymous", _lower_first(mention))
    if any(t.low in TITLES for t in toks) and not any(t.low in ORG_HEADS for t in toks):
        return Phrase("title", _lower_first(mention))
    if any(t.is_cap and t.low not in common for t in toks):
        return Phrase("org", mention)
    return Phrase("generic", _lower_first(mention))


@dataclass(slots=True)
class Person:
    name: str
    role: str | None
    first_seen: int
    aliases: set[str] = field(default_factory=set)


class Register:
    """The people an article names, for resolving short forms to the fullest one."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        # names NER tags as organisations or places: such a name never becomes a person
        self.orgs: set[str] = set()

    def is_org(self, name: str) -> bool:
        """Whether NER saw `name` (or its first words, "Pertamina Hulu") as an ORG/LOC only."""
        low = name.lower()
        return low in self.orgs and self.resolve(name) is None

    def add(self, name: str, role: str | None, position: int) -> Person:
        found = self.resolve(name)
        if found is not None and len(found.name.split()) >= len(name.split()):
            if role and not found.role:
                found.role = role
            return found
        person = Person(name, role, position)
        self.people.append(person)
        return person

    def resolve(self, name: str) -> Person | None:
        """The person with the fullest name containing `name`, or whose name ends `name`."""
        words = name.lower().split()
        best: Person | None = None
        for person in self.people:
            full = person.name.lower().split()
            hit = any(full[i : i + len(words)] == words for i in range(len(full) - len(words) + 1))
            # "Keuangan Febrio Kacaribu" (a title word glued on) is "Febrio Kacaribu"
            hit = hit or (len(full) >= 2 and words[-len(full) :] == full)
            hit = hit or name.lower() in {a.lower() for a in person.aliases}
            rank = (len(full), bool(person.role))
            if hit and (best is None or rank > (len(best.name.split()), bool(best.role))):
                best = person
        if best is None and len(words) == 1 and len(words[0]) >= 4:
            # a typo of a name the article spells right elsewhere ("Yursi" for "Yusri")
            close = [
                p
                for p in self.people
                if any(_one_edit(words[0], w) for w in p.name.lower().split())
            ]
            if len(close) == 1:
                best = close[0]
        return best

    def by_role(self, role: str, before: int) -> Person | None:
        """A person introduced earlier with this role ("Ketua Umum PAN" → the chair)."""
        wanted = role.lower()
        found: Person | None = None
        for person in self.people:
            if (
                person.first_seen < before
                and person.role
                and (
                    wanted in person.role.lower().split()
                    if " " not in wanted
                    else (wanted in person.role.lower() or person.role.lower() in wanted)
                )
            ):
                found = person
        return found


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one swap of neighbouring letters, same first letter: a typo
    ("Yursi"/"Yusri"); a changed letter may be another name ("Budi"/"Bude"), so it is not one."""
    if len(a) != len(b) or a == b or a[0] != b[0] or len(b) < 4:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        return a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    return False


_ALIAS_RE = re.compile(
    r"\(([A-Z][\w'’-]+)\)|(?:akrab disapa|disapa|alias|dikenal sebagai) ([A-Z][\w'’-]+)"
)


def build_register(
    text: str,
    entities: list[dict[str, Any]] | None,
    *,
    common: frozenset[str],
    quoted: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> Register:
    """People from NER entities when given, and from capitalised runs outside quotes."""
    register = Register()
    per_names = {
        str(e.get("canonical") or e.get("text") or "").lower()
        for e in entities or []
        if e.get("label") == "PER"
    }
    for entity in entities or []:
        if entity.get("label") in {"ORG", "LOC"}:
            for form in (entity.get("text"), entity.get("canonical")):
                if form and str(form).lower() not in per_names:
                    register.orgs.add(str(form).lower())
    for entity in entities or []:
        if entity.get("label") == "PER":
            name = str(entity.get("canonical") or entity.get("text") or "")
            if " " not in name and not _name_like(Tok(name, 0, len(name)), common):
                continue  # "Kremlin", "Washington" tagged PER: a seat of power, not a person
            if name:
                person = register.add(name, entity.get("role"), int(entity.get("start", 0)))
                surface = str(entity.get("text") or "")
                if surface and surface != person.name:
                    person.aliases.add(surface)
    blank = list(text)
    for start, end in quoted:
        blank[start:end] = " " * (end - start)
    plain = "".join(blank)
    toks = tokens(plain)
    run: list[Tok] = []
    for tok in [*toks, Tok("\n", len(text), len(text))]:
        same_line = not run or "\n" not in text[run[-1].end : tok.start]
        dot = tok.text == "." and run and len(run[-1].text) <= 2
        if same_line and ((tok.is_cap and tok.is_word) or dot):
            run.append(tok)
            continue
        _register_run(text, run, register, common)
        run = [tok] if tok.is_cap and tok.is_word else []
    words = [t.text for t in toks if t.is_word]
    for person in register.people:
        person.name, person.role = trim_name(words, person.name, person.role)
    for match in _ALIAS_RE.finditer(text):
        alias = match.group(1) or match.group(2)
        head = [t for t in tokens(text, max(0, match.start() - 60), match.start()) if t.is_word]
        if head and alias and not _is_acronym(alias):
            named = register.resolve(head[-1].text)
            if named is not None:
                named.aliases.add(alias)
    return register


def _register_run(text: str, run: list[Tok], register: Register, common: frozenset[str]) -> None:
    while run and run[0].low in _SENTENCE_WORDS:
        run = run[1:]
    if len(run) < 2:
        return  # one capitalised word is neither a full name nor a title with a name
    phrase = parse_phrase(text, run, common=common)
    if phrase is None or phrase.kind != "person" or phrase.name is None:
        return
    if register.is_org(phrase.name):
        return
    if any(phrase.name.endswith(" " + p.name) for p in register.people):
        return  # NER cut the name off a glued organisation ("Sinar Tani Bambang Wirawan")
    role = (
        phrase.role
        if phrase.role and any(w.lower() in TITLES for w in phrase.role.split())
        else None
    )
    if len(phrase.name.split()) >= 2 or role:
        register.add(phrase.name, role, run[0].start)


def common_words(text: str) -> frozenset[str]:
    """Words the article writes in lower case: capitalised, they start a sentence, not a name."""
    return frozenset(m.group() for m in re.finditer(r"\b[a-z][a-z'-]+\b", text))
