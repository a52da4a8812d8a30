"""The people an article names (from NER entities and capitalised runs), so a short form
("Febrio", "Modric") resolves to the fullest name the article uses ("Febrio Kacaribu").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from warta.extract.canonical import GENERATIONS, swapped_neighbours
from warta.extract.entity_works import INDEX_NAMES
from warta.extract.ner.lexicon import NAME_TITLES
from warta.extract.ner.roles import GIVEN_NAME_MODIFIERS, OF_SOMEONE
from warta.extract.quotes.glue import trim_name
from warta.extract.quotes.lexicon import (
    ABBREVIATED_OFFICE,
    ABBREVIATED_ORG,
    DAY_MARKED,
    DEGREES,
    HONORIFICS,
    ORG_HEADS,
    TITLES,
)
from warta.extract.quotes.speakers import (
    ENGLISH_LINKS,
    FOR_SOMEONE,
    SENTENCE_WORDS,
    is_acronym,
    name_like,
    parse_phrase,
)
from warta.extract.quotes.text import Tok, make_tok, tokens
from warta.extract.tokenize import headline_end

# Heads of a party's or faction's name ("Partai Gerindra", "Fraksi PKB")
_PARTY_HEADS = frozenset({"partai", "fraksi"})


@dataclass(slots=True)
class Person:
    name: str
    role: str | None
    first_seen: int
    aliases: set[str] = field(default_factory=set)
    # where the article names the person, first_seen included
    seen: list[int] = field(default_factory=list)
    # a one-word name the entity step keeps apart from a fuller one it fits ("Presiden
    # Soeharto --ayah kandung Titiek" beside "Titiek Soeharto")
    apart: bool = False


class Register:
    """The people an article names, for resolving short forms to the fullest one."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        # names NER tags as organisations or places: such a name never becomes a person
        self.orgs: set[str] = set()
        # the article's words outside quotes, for finding where a glued name starts
        self.words: list[str] = []
        # first and last words of the people NER names ("Ahmad" of "Ahmad Bustomi"): a name
        # part, even where NER also tags it as a place ("Jalan Ahmad Yani")
        self.name_starts: dict[str, set[str]] = {}
        self.name_ends: dict[str, set[str]] = {}
        # every word of the names NER tags as people ("gore" of "Gore")
        self.person_words: set[str] = set()

    def is_org(self, name: str) -> bool:
        """Whether NER saw `name` (or its first words, "Pertamina Hulu") as an ORG/LOC only."""
        low = name.lower()
        return low in self.orgs and self.resolve(name) is None

    def unglue(self, name: str) -> str | None:
        """The person's name in an organisation NER glued onto it ("Real Madrid Luca Modric"
        → "Luca Modric"), when the article writes the organisation words elsewhere alone."""
        trimmed, _ = trim_name(self.words, name, None)
        if trimmed == name or len(trimmed.split()) < 2 or trimmed.lower() in self.orgs:
            return None
        return trimmed

    def strip_orgs(self, name: str) -> str:
        """ "Real Madrid Isco" → "Isco", "Aji Arema" → "Aji": words NER knows as an organisation
        or place glued before or after a name."""
        parts = name.split()
        others = {name.lower()}
        for cut in range(1, len(parts)):
            # the shortest organisation: NER also glues a name word on ("Arema Aji")
            head = " ".join(parts[:cut]).lower()
            if head in self.orgs and not self.name_starts.get(head, others) - others:
                parts = parts[cut:]
                break
        else:
            parts = self._after_an_inner_org(parts)
        while (
            len(parts) > 1
            and parts[-1].lower() in self.orgs
            and not self.name_ends.get(parts[-1].lower(), others) - others
            # what stays must end a name NER saw ("Aji" of "Aji Arema"); "Teen" of "Teen
            # Vogue" ends none: the whole is the organisation NER only half tagged
            and (parts[-2].lower() in self.name_ends or self.resolve(" ".join(parts[:-1])))
        ):
            parts = parts[:-1]
        return " ".join(parts)

    def _after_an_inner_org(self, parts: list[str]) -> list[str]:
        """ "Development Logos Technologies Doug Rombough" → "Doug Rombough": the words of an
        office, a body NER knows, then a name of two words or more."""
        for i in range(1, len(parts) - 2):
            if parts[i - 1].lower() in self.person_words:
                return parts
            for j in range(len(parts) - 2, i, -1):
                if " ".join(parts[i:j]).lower() in self.orgs and " " in " ".join(parts[i:j]):
                    return parts[j:]
        return parts

    def add(self, name: str, role: str | None, position: int, apart: bool = False) -> Person:
        found = self.resolve(name)
        if apart and found is not None and found.name.lower() != name.lower():
            found = None  # (someone else than the fuller name it fits)
        if found is not None and len(found.name.split()) >= len(name.split()):
            if role and not found.role:
                found.role = role
            found.seen.append(position)
            return found
        person = Person(name, role, position, seen=[position], apart=apart)
        self.people.append(person)
        return person

    def resolve(self, name: str) -> Person | None:
        """The person with the fullest name containing `name`, or whose name ends `name`; one
        NER took that very form for comes first ("Ali" of "Ali Fikri", not of "Ahmad Muhdlor
        Ali", where the article's entities say so)."""
        words = name.lower().split()
        for person in self.people:
            if person.apart and person.name.lower() == name.lower():
                return person
        best = self._fullest(name, words)
        if best is not None and len(words) == 1:
            named = [p for p in self.people if name.lower() in {a.lower() for a in p.aliases}]
            if len(named) == 1 and not _same_person(named[0].name, best.name):
                return named[0]
        return best

    def _fullest(self, name: str, words: list[str]) -> Person | None:
        best: Person | None = None
        for person in self.people:
            full = person.name.lower().split()
            hit = any(full[i : i + len(words)] == words for i in range(len(full) - len(words) + 1))
            # "Keuangan Febrio Kacaribu" (a title word glued on) is "Febrio Kacaribu"
            hit = hit or (len(full) >= 2 and words[-len(full) :] == full)
            hit = hit or name.lower() in {a.lower() for a in person.aliases}
            # (a generation's mark adds no name: "Trump" is "Donald Trump", the one with the
            # role, sooner than "Donald Trump Jr")
            rank = (_name_length(full), bool(person.role))
            if hit and (
                best is None or rank > (_name_length(best.name.lower().split()), bool(best.role))
            ):
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
        if best is None and len(words) == 1 and len(words[0]) >= 4:
            # a clipped given name ("Enggar" for "Enggartiasto Lukita"), when only one
            # person's name starts that way
            clipped = [
                p
                for p in self.people
                if " " in p.name
                and len(p.name.split()[0]) > len(words[0])
                and p.name.split()[0].lower().startswith(words[0])
            ]
            if len(clipped) == 1:
                best = clipped[0]
        return best

    def by_role(self, role: str, before: int) -> Person | None:
        """A person introduced earlier with this role ("Ketua Umum PAN" → the chair; "Menlu"
        → the one introduced as "Menteri Luar Negeri")."""
        wanted = expand_office(role.lower())
        found: Person | None = None
        exact: Person | None = None
        for person in self.people:
            if not (person.first_seen < before and person.role):
                continue
            for had in _with_short_forms(expand_office(person.role.lower())):
                if wanted in had.split() if " " not in wanted else (wanted in had or had in wanted):
                    found = person
                if had == wanted:
                    exact = person
        # (the office as the article gave it whole wins over a longer one that holds it:
        # "kata Menlu" is "Menteri Luar Negeri Retno Marsudi", not "Menlu Inggris Boris
        # Johnson" named after her)
        if (
            exact is not None
            and found is not None
            and _last_seen(found, before) > _last_seen(exact, before)
        ):
            # (not over one named since with a longer office the article is now about:
            # "Gubernur Anies Baswedan …", then "Gubernur Jawa Barat Ridwan Kamil meninjau …
            # kata Gubernur" is Ridwan Kamil)
            return found
        return exact or found


# A body's short form in brackets after its name in an office ("wakil ketua majelis
# permusyawaratan rakyat (mpr)")
_BRACKETED_SHORT = re.compile(r"[ \t]*\(([^()]{2,12})\)")
# Words a body's short form leaves out
_SHORT_FORM_SKIPS = frozenset({"dan", "serta", "untuk", "atas", "of", "and", "the"})


def _with_short_forms(role: str) -> list[str]:
    """An office as given, without a body's short form in brackets, and with the short form
    for the body's spelled-out name ("wakil ketua majelis permusyawaratan rakyat (mpr)" →
    also "wakil ketua majelis permusyawaratan rakyat" and "wakil ketua mpr"), so that an
    article's later "kata Wakil Ketua MPR" finds the one introduced so."""
    match = _BRACKETED_SHORT.search(role)
    if match is None:
        return [role]
    short = match.group(1).strip()
    before, after = role[: match.start()].split(), role[match.end() :].split()
    forms = [role, " ".join(before + after)]
    letters = [ch for ch in short if ch.isalnum()]
    for size in range(2, len(before) + 1):
        initials = [w[0] for w in before[-size:] if w not in _SHORT_FORM_SKIPS]
        if initials == letters:
            forms.append(" ".join([*before[:-size], short, *after]))
            break
    return forms


def own_short_form(role: str) -> str | None:
    """The short form in brackets that spells the whole office before it, as the office's own
    ("Kepala Staf Angkatan Darat (KSAD) TNI" → "KSAD"); None for a body's short form inside
    the office ("Ketua Komisi Pemberantasan Korupsi (KPK)")."""
    match = _BRACKETED_SHORT.search(role)
    forms = _with_short_forms(role.lower())
    if match is None or len(forms) < 3:
        return None
    short = match.group(1).strip()
    return short if forms[2].split()[0] == short.lower() else None


def holds_office(person: Person, office: str) -> bool:
    """Whether `person` was given exactly this office, spelled out or by its body's short
    form ("Wakil Ketua MPR" of the one introduced as "Wakil Ketua Majelis Permusyawaratan
    Rakyat (MPR)"); a deputy's office is not the chief's."""
    wanted = expand_office(office.lower())
    return bool(person.role) and wanted in _with_short_forms(
        expand_office(str(person.role).lower())
    )


def _last_seen(person: Person, before: int) -> int:
    """Where the article last named a person before a position."""
    return max((p for p in person.seen if p < before), default=person.first_seen)


# Abbreviated offices of Indonesian news, spelled out, so "Menlu" finds the person introduced
# as "Menteri Luar Negeri Retno Marsudi" and "Menteri Keuangan" the one called "Menkeu …"
OFFICE_WORDS = {
    "menlu": "menteri luar negeri", "mendagri": "menteri dalam negeri",
    "menkeu": "menteri keuangan", "menhan": "menteri pertahanan", "menhub": "menteri perhubungan",
    "menkes": "menteri kesehatan", "mentan": "menteri pertanian", "menag": "menteri agama",
    "mendag": "menteri perdagangan", "menperin": "menteri perindustrian",
    "menpora": "menteri pemuda dan olahraga", "menpar": "menteri pariwisata",
    "mensos": "menteri sosial", "menaker": "menteri ketenagakerjaan",
    "mendikbud": "menteri pendidikan dan kebudayaan", "menkominfo":
    "menteri komunikasi dan informatika", "menkumham": "menteri hukum dan ham",
    "mensesneg": "menteri sekretaris negara", "menristekdikti":
    "menteri riset, teknologi, dan pendidikan tinggi", "menlhk":
    "menteri lingkungan hidup dan kehutanan", "menpupr": "menteri pupr",
    "menkopolhukam": "menteri koordinator politik hukum dan keamanan",
    "menko polhukam": "menteri koordinator politik hukum dan keamanan",
    "menko perekonomian": "menteri koordinator perekonomian",
    "menko pmk": "menteri koordinator pembangunan manusia dan kebudayaan",
    "menko marves": "menteri koordinator kemaritiman dan investasi",
    "menko pangan": "menteri koordinator pangan",
    "wapres": "wakil presiden", "wagub": "wakil gubernur",
    "wabup": "wakil bupati", "wawali": "wakil wali kota", "walkot": "wali kota",
    "walikota": "wali kota", "kapolri": "kepala kepolisian ri", "kapolda": "kepala polda",
    "kapolres": "kepala polres", "kapolsek": "kepala polsek", "kapolresta": "kepala polres",
    "kapolrestabes": "kepala polres", "kapolrestro": "kepala polres",
    "kapolsekta": "kepala polsek", "jubir": "juru bicara",
    "ketum": "ketua umum", "sekjen": "sekretaris jenderal", "dirut": "direktur utama",
    "kasad": "kepala staf angkatan darat", "mendes": "menteri desa",
    # the 2024 cabinet's new ministries
    "menkomdigi": "menteri komunikasi dan digital", "menham": "menteri hak asasi manusia",
    "menkum": "menteri hukum", "mendikdasmen": "menteri pendidikan dasar dan menengah",
    "mendiktisaintek": "menteri pendidikan tinggi, sains, dan teknologi",
    "menimipas": "menteri imigrasi dan pemasyarakatan", "menbud": "menteri kebudayaan",
    "menhut": "menteri kehutanan", "menlh": "menteri lingkungan hidup",
    "menekraf": "menteri ekonomi kreatif", "menpkp": "menteri perumahan dan kawasan permukiman",
    "wamenaker": "wakil menteri ketenagakerjaan", "wamenkeu": "wakil menteri keuangan",
    "wamenlu": "wakil menteri luar negeri",
}  # fmt: skip
_OFFICE_RE = re.compile(r"\b(?:" + "|".join(OFFICE_WORDS) + r")\b")


def _name_length(words: list[str]) -> int:
    """Words of a name, without a generation's mark ("Jr", "III")."""
    return sum(1 for w in words if w.rstrip(".") not in GENERATIONS)


# English words that close the name of a competition or an event, never a person's
_EVENT_LAST_WORDS = frozenset(
    {"tour", "open", "cup", "league", "championship", "championships", "series", "masters",
     "games", "awards", "festival", "prix", "expo", "summit", "forum", "conference"}
)  # fmt: skip


def _full_name_edges(entities: Sequence[Mapping[str, Any]]) -> frozenset[str]:
    """The first and last words (lower case) of the fuller people's canonical names: a
    one-word name the entity step kept as its own canonical name although it stands there
    ("Soeharto" beside "Titiek Soeharto", as his daughter) is someone else."""
    edges: set[str] = set()
    for entity in entities:
        words = str(entity.get("canonical") or "").lower().split()
        if entity.get("label") == "PER" and len(words) >= 2:
            edges.update((words[0], words[-1]))
    return frozenset(edges)


def expand_office(role: str) -> str:
    """ "menlu ri" → "menteri luar negeri ri": abbreviated offices spelled out (lower case),
    without the words a field may be written with or without ("Bidang Politik, Hukum, dan
    Keamanan" = "Politik, Hukum dan Keamanan") and a firm's legal form ("Dirut IKT" = "Direktur
    Utama PT IKT")."""
    spelled = _OFFICE_RE.sub(lambda m: OFFICE_WORDS[m.group()], _FIELD_EXTRAS.sub(" ", role))
    return " ".join(_FIELD_EXTRAS.sub(" ", spelled).split())


_FIELD_EXTRAS = re.compile(r"\bbidang\b|,|\bpt\b\.?|\btbk\b\.?|\(persero\)")


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one swap of neighbouring letters, same first letter: a typo
    ("Yursi"/"Yusri"), or by a final "i" and "y"; another changed letter may be another name
    ("Budi"/"Bude"), so it is not one."""
    return (
        a[:1] == b[:1]
        and len(b) >= 4
        # (or a final "i" spelt "y", the same name: "Eggy" for "Eggi", "Rudy" for "Rudi")
        and (swapped_neighbours(a, b) or (a[:-1] == b[:-1] and {a[-1], b[-1]} == {"i", "y"}))
    )


_ALIAS_RE = re.compile(
    r"\(([A-Z][\w'’-]+)\)|(?:akrab disapa|disapa|alias|dikenal sebagai) ([A-Z][\w'’-]+)"
    r"(?: ([A-Z][\w'’-]+))?"
)


def _same_person(short: str, full: str) -> bool:
    """Whether one name's words all occur in another's ("Mikha Tambayong" of "Mikha Maria
    Tambayong", "Jean-Pierre Rivere" of "Jean - Pierre Rivere")."""
    return set(short.lower().replace("-", " ").split()) <= set(
        full.lower().replace("-", " ").split()
    )


# Words right before a fictional character's name: whom an actor plays ("pemeran Jon Snow",
# "berperan sebagai Ygritte", "karakter Joker"); not "diperankan oleh", the actor after it
_CHARACTER_CUE = re.compile(
    r"(?:\b(?:pemeran|memerankan|perankan|karakter|perannya sebagai|peran sebagai"
    r"|berperan sebagai|berperan menjadi|tokoh fiksi)[ \t]+)$",
    re.IGNORECASE,
)


def _only_a_character(text: str, name: str) -> bool:
    """Whether the article writes `name` only as a character someone plays."""
    spots = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    return bool(spots) and all(
        _CHARACTER_CUE.search(text, max(0, at - 30), at) is not None for at in spots
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
    # a word NER tags PER anywhere ("Messi") is a name, even where it also tags it ORG
    per_names = {
        str(form).lower()
        for e in entities or []
        if e.get("label") == "PER"
        for form in (e.get("canonical"), e.get("text"))
        if form
    }
    # the forms NER tags PER for each full name ("Dian" → "Dian Ayu Lestari")
    per_forms: dict[str, set[str]] = {}
    for e in entities or []:
        if e.get("label") == "PER" and e.get("canonical") and e.get("text"):
            per_forms.setdefault(str(e["canonical"]), set()).add(str(e["text"]).lower())
            register.person_words.update(str(e["text"]).lower().split())
    for entity in entities or []:
        if entity.get("label") in {"ORG", "LOC"}:
            for form in (entity.get("text"), entity.get("canonical")):
                if form and str(form).lower() not in per_names:
                    register.orgs.add(str(form).lower())
            words = str(entity.get("text") or "").lower().split()
            if (
                entity.get("label") == "ORG"
                and len(words) >= 2
                and words[0] in _PARTY_HEADS
                and words[-1] not in per_names
            ):
                # "Fraksi Partai Gerindra": the party by its bare name too, which a tagger
                # glues to the member after it ("… Gerindra Habiburokhman")
                register.orgs.add(words[-1])
    for entity in entities or []:
        words = str(entity.get("text") or "").lower().split()
        if entity.get("label") == "PER" and len(words) >= 2:
            full = " ".join(words)
            for k in range(1, len(words)):
                register.name_starts.setdefault(" ".join(words[:k]), set()).add(full)
            register.name_ends.setdefault(words[-1], set()).add(full)
    blank = list(text)
    for start, end in quoted:
        blank[start:end] = " " * (end - start)
    starts = {int(e["start"]) for e in entities or [] if e.get("label") == "PER"}
    for entity in entities or []:
        end = int(entity.get("end", 0))
        if entity.get("label") == "PER" and text[end : end + 1] == "-" and end + 1 in starts:
            # a pair of candidates joined by a hyphen ("Agustina Wilujeng Pramestuti-Iswar
            # Aminuddin"): two people, not one run of name words
            blank[end] = ","
    plain = "".join(blank)
    toks = tokens(plain)
    words = [t.text for t in toks if t.is_word]
    register.words = words
    title_end = headline_end(text)
    full_name_edges = _full_name_edges(entities or [])
    for entity in entities or []:
        if entity.get("label") == "PER" and int(entity.get("start", 0)) >= title_end:
            # (a title-case headline glues verbs to names: "Sinner Kalahkan Alcaraz"; the
            # body names the same people properly)
            name = str(entity.get("canonical") or entity.get("text") or "")
            if " - " in str(entity.get("text")):
                # the register reads the article's words: "Jean - Michel" as tokenised text
                # writes what the canonical name joins ("Jean-Michel")
                name = name.replace("-", " - ")
            parts = name.split()
            if not (len(parts) >= 2 and parts[0].lower() in NAME_TITLES) and not (
                # (the entity step split the role off and kept the word in the name: "CEO
                # Djaring [Laksamana Mustika]", whom the article calls "Laksamana" after)
                entity.get("role")
                and len(parts) >= 2
                and parts[0] == str(entity.get("text") or "").split(" ")[0]
                and re.search(rf"(?<![\w-]){re.escape(parts[0])}(?![\w-])(?![ \t]+[A-Z])", text)
            ):
                # (NER kept "Ratu" of "Sekjen PSSI(,) Ratu Tisha Destria" after her role: a
                # name; it takes the title off "Ratu Elizabeth II")
                name = _strip_titles(name)
            name = register.strip_orgs(name)
            if " " not in name and not name_like(make_tok(name, 0, len(name)), common):
                continue  # "Kremlin", "Washington" tagged PER: a seat of power, not a person
            if any(ABBREVIATED_ORG.fullmatch(w.lower()) for w in name.split()):
                continue  # "Kemenko Maritim" tagged PER: a ministry
            if name:
                role = entity.get("role")
                if role and all(w.lower().strip(".") in HONORIFICS for w in str(role).split()):
                    role = None  # "dr.": a form of address, no role to find the person by
                # (where the entity step kept the one word its own canonical name)
                apart = (
                    entity.get("canonical") == name
                    and " " not in name
                    and name.lower() in full_name_edges
                )
                person = register.add(name, role, int(entity.get("start", 0)), apart=apart)
                surface = str(entity.get("text") or "")
                if surface and surface != person.name:
                    person.aliases.add(surface)
    per_spans = [
        (int(e["start"]), int(e["end"])) for e in entities or [] if e.get("label") == "PER"
    ]
    # (the entity step's bodies and places of several words, which a word written small
    # inside splits into runs: "Apple Research and Development Center")
    body_spans = [
        (int(e["start"]), int(e["end"]))
        for e in entities or []
        if e.get("label") in ("ORG", "LOC") and " " in str(e.get("text") or "")
    ]
    run: list[Tok] = []
    for tok in [*toks, make_tok("\n", len(text), len(text))]:
        if tok.end <= title_end:
            continue  # "Sinner Kalahkan Alcaraz di Final": a title-case headline names no one
        same_line = not run or "\n" not in text[run[-1].end : tok.start]
        dot = tok.text == "." and run and len(run[-1].text) <= 2
        if same_line and ((tok.is_cap and tok.is_word) or dot):
            run.append(tok)
            continue
        if run and tok.text.isdigit() and tok.start == run[-1].end + 1:
            run = run[:-1]  # "Humas KAI Daop 1 Edy": a numbered unit ("Daop 1") is no name
        if (
            run
            and _title_case_heading(text, run[0].start)
            and any(
                run[0].start <= a and b <= run[-1].end and (a, b) != (run[0].start, run[-1].end)
                for a, b in per_spans
            )
        ):
            # "Kepergok Jalan dengan Pria Muda, Ely Sugigi Kena Semprot": a heading's capitals
            # run the name the entity step read there on into its verbs
            run = []
        if run and any(
            a <= run[0].start and run[-1].end <= b and (a, b) != (run[0].start, run[-1].end)
            for a, b in body_spans
        ):
            run = []  # "Apple Research" of "Apple Research and Development Center": a body's
        ner_cut = next(
            (
                b
                for a, b in per_spans
                if run and a == run[0].start and b < run[-1].end and " " in text[a:b]
            ),
            None,
        )
        if ner_cut is not None:
            # "acara Jimmy Kimmel Live": the entity step cut a full name off the show's (or
            # body's) after it (one word it found may be a given name: "Ronaldo Lima")
            run = [t for t in run if t.end <= ner_cut]
        _register_run(text, run, register, common)
        run = [tok] if tok.is_cap and tok.is_word else []
    # (characters an actor plays, "pemeran Jon Snow", never speak: whoever is quoted is the
    # actor, and "aktor itu" is never the character)
    register.people = [p for p in register.people if not _only_a_character(text, p.name)]
    positions = word_positions(words)
    for person in register.people:
        full = person.name
        # (another person's full name is no evidence of a glued word: "Cholil" of "Yaqut
        # Cholil Qoumas" does not cut "Yahya Cholil Staquf")
        others = [
            o.name.split()
            for o in register.people
            if o is not person
            and " " in o.name
            and o.name.lower() in per_names  # (people NER found, not capitalised runs)
            and not _one_inside(o.name, full)
        ]
        name, role = trim_name(
            words,
            person.name,
            person.role,
            register.name_starts,
            _without_names(words, others, positions),
        )
        if (
            name != full
            and (
                _written_together(words, full, name)
                # (a name set off whole, after a comma or a bracket, has nothing glued to it:
                # "Pebulu tangkis asal India, Pusarla Venkata Sindhu, …" … "kata Pusarla")
                or _set_off_whole(text, full)
                or (
                    full[: -len(name)].strip().lower() in per_forms.get(full, set())
                    and not (person.role and person.role.split()[-1].lower() in OF_SOMEONE)
                    # (nor where the article calls someone by a word of the name kept, alone:
                    # "Agen Pogba Mino Raiola … kata Raiola. Pogba sendiri memilih bungkam" names
                    # two people, the agent and his client)
                    and not _called_alone(text, name)
                )
            )
        ):
            # "Dian" of "Dian Ayu Lestari", which the article writes with the name's next word
            # elsewhere too ("Ananda Omesh dan Dian Ayu menikah"), is her given name, no
            # organisation or title glued to it (as "Duterte" is, of "Juru bicara Duterte
            # Harry Roque", written apart from "Harry" everywhere else)
            name, role = full, person.role
        person.name, person.role = name, role
        if person.name != full:
            # an alias that was the glued organisation ("M Cash") is no name of the person
            glued = set(full[: -len(person.name)].split())
            person.aliases = {a for a in person.aliases if not set(a.split()) <= glued}
    for match in _ALIAS_RE.finditer(text):
        alias = match.group(1) or match.group(2)
        if match.group(3) and alias.lower() in HONORIFICS:
            alias = match.group(3)  # "alias Bang Ocit": the name after the form of address
        head = [t for t in tokens(text, max(0, match.start() - 60), match.start()) if t.is_word]
        if head and alias and not is_acronym(alias):
            named = register.resolve(head[-1].text)
            if named is not None:
                named.aliases.add(alias)
    return register


def _set_off_whole(text: str, full: str) -> bool:
    """Whether every place `text` writes the name `full` follows a comma or an opening
    bracket: no word of a body or place before it could have run into it (a line's start
    may be a related headline's, which runs verbs into names)."""
    spots = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(full) + r"(?![\w-])", text)]
    return bool(spots) and all(re.search(r"[,(][ \t]*$", text[max(0, at - 5) : at]) for at in spots)


def _called_alone(text: str, kept: str) -> bool:
    """Whether a word of the name `kept` stands in `text` with no capitalised word next to it
    ("kata Raiola."): the article calls the person by that word alone."""
    for word in kept.split():
        for match in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
            before = re.search(r"(\S+) $", text[max(0, match.start() - 40) : match.start()])
            after = re.match(r" (\S+)", text[match.end() :])
            if not (before and before.group(1)[:1].isupper()) and not (
                after and after.group(1)[:1].isupper()
            ):
                return True
    return False


def _written_together(words: list[str], full: str, kept: str) -> bool:
    """Whether the words cut off `full` and the first word kept are written together in
    `words` other than in the full name."""
    cut = full[: -len(kept)].split()
    run = [w.lower() for w in [*cut, kept.split()[0]]]
    whole = [w.lower() for w in full.split()]
    low = [w.lower() for w in words]
    n = len(run)
    return any(
        low[i : i + n] == run and low[i : i + len(whole)] != whole for i in range(len(low) - n + 1)
    )


def _one_inside(a: str, b: str) -> bool:
    """Whether either name's words run inside the other's ("Horacio Paolini" in "Juniors
    Horacio Paolini"): forms of one person, not two people."""
    x, y = a.lower().split(), b.lower().split()
    return runs_inside(x, y) if len(x) <= len(y) else runs_inside(y, x)


def runs_inside(short: list[str], long: list[str]) -> bool:
    """Whether the words `short` stand together, in order, inside `long`."""
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def word_positions(words: list[str]) -> dict[str, list[int]]:
    """Where each word stands in `words`."""
    at: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        at.setdefault(word, []).append(i)
    return at


def _without_names(
    words: list[str], names: list[list[str]], at: dict[str, list[int]] | None = None
) -> list[str]:
    """`words` with every occurrence of the given names blanked after their first word (which
    still shows a word that opens names: "Ratu" of "Ratu Tisha Destria")."""
    if not names:
        return words
    out = list(words)
    # (only where a name's first word stands: a long article has thousands of words and
    # hundreds of names)
    if at is None:
        at = word_positions(words)
    for name in names:
        size = len(name)
        for i in at.get(name[0], ()):
            if out[i : i + size] == name:
                out[i + 1 : i + size] = [""] * (size - 1)
    return out


def _strip_titles(name: str) -> str:
    """ "Vice President Indana Steven" → "Indana Steven": NER spans may take the title along
    ("Agung Laksono" keeps his given name: NER strips "Jaksa Agung" itself)."""
    parts = name.split()
    while (
        len(parts) > 1
        and parts[0].lower() not in GIVEN_NAME_MODIFIERS
        # "Tim Cook", "Tim Duncan": the given name, not "tim" (a team) before a name
        and not (parts[0] == "Tim" and len(parts) == 2)
        and (
            parts[0].lower() in TITLES
            or parts[0].lower() in ORG_HEADS
            or ABBREVIATED_OFFICE.fullmatch(parts[0].lower()) is not None
        )
    ):
        parts = parts[1:]
    while len(parts) > 2 and parts[-1][:1].isupper() and parts[-1].lower().strip(".") in DEGREES:
        parts = parts[:-1]  # "Hengky Setyahadi Sp": a degree after the name
    return " ".join(parts)


DERIVED_OPENER = re.compile(
    r"(?:Ke|Pe[nmr]?|Pem|Peng|Peny|Per)[a-z]{3,}an|Di[a-z]{3,}(?:kan|i)|Adalah|Merupakan"
)


_CLITIC_OPENER = re.compile(r"[A-Z][a-z]{3,}nya|[A-Z][a-z]{2,}(?:kah|lah)")


def _opens_sentence(text: str, at: int) -> bool:
    head = text[max(0, at - 3) : at].rstrip(" \t")
    return not head or head.endswith(("\n", ".", "!", "?", '"', "”"))


# Stock indices and markets, capitalised like names
_MARKETS = INDEX_NAMES | {"wall street"}


# Words a title-case heading leaves small
_SMALL_IN_HEADINGS = frozenset(
    {"dan", "di", "ke", "dari", "yang", "untuk", "dengan", "atau", "pada", "dalam", "soal",
     "jadi", "bagi", "oleh", "usai", "saat", "demi", "ala", "vs"}
)  # fmt: skip


def _title_case_heading(text: str, at: int) -> bool:
    """Whether the line holding `at` is a heading in title case: a line of its own, three
    words or more, every word capitalised but small function words, no full stop, colon or
    list of commas ("Kepergok Jalan dengan Pria Muda, Ely Sugigi Kena Semprot")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return (
        len(words) >= 3
        and len(words) <= 14
        and not line.endswith((".", "!", "?", '"', "”", ":", ";"))
        and ":" not in line
        and line.count(",") <= 1
        and all(w[:1].isupper() or w in _SMALL_IN_HEADINGS for w in words)
        and sum(1 for w in words if w[:1].isupper()) >= 3
    )


# An English title going on after capitalised words ("The Thrill| of It All")
_LINK = "(?:" + "|".join(sorted(ENGLISH_LINKS)) + ")"
_ENGLISH_TITLE_GOES_ON = re.compile(r"[ \t]+" + _LINK + r"[ \t]+[A-Z]")


_ENGLISH_TITLE_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+" + _LINK + r"[ \t]+$")


# A noun for an event right before a run of capitals: the run is the event's name
_EVENT_BEFORE = re.compile(
    r"(?<![\w-])(?:acara|ajang|festival|konferensi|pagelaran|gelaran|turnamen|kompetisi"
    r"|kejuaraan|pameran|seminar|lokakarya|workshop|konser)[ \t]+$"
)


def _register_run(text: str, run: list[Tok], register: Register, common: frozenset[str]) -> None:
    while run and (
        run[0].low in SENTENCE_WORDS
        # a derived word capitalised only for opening its sentence: "Kepergian Neymar dari
        # Barca …", "Ditambahkan Rantala, …", "Adalah Stefano Boeri, …"
        or (DERIVED_OPENER.fullmatch(run[0].text) and _opens_sentence(text, run[0].start))
        # a word the article also writes small, or one with a suffix no name has, capitalised
        # for opening its sentence: "Awal November, Presiden …", "Bergabungnya Idrus ke …",
        # "Apakah Anda …", "Peran Foxconn …"
        or (
            _opens_sentence(text, run[0].start)
            and (run[0].low in common or _CLITIC_OPENER.fullmatch(run[0].text) is not None)
        )
    ):
        run = run[1:]
    if len(run) < 2:
        return  # one capitalised word is neither a full name nor a title with a name
    whole = text[run[0].start : run[-1].end]
    if _ENGLISH_TITLE_GOES_ON.match(text, run[-1].end) or _ENGLISH_TITLE_BEFORE.search(
        text, max(0, run[0].start - 40), run[0].start
    ):
        return  # "The Thrill of It All": an English title, no one's name
    if _EVENT_BEFORE.search(text, max(0, run[0].start - 24), run[0].start):
        return  # "acara Digital Marketing Skill Share": an event's name, no one's
    if whole.lower() in _MARKETS:
        return  # "Di mana Dow Jones menguat 0,2 persen": an index or a market, no one
    unglued = register.unglue(whole) if whole.lower() in register.orgs else None
    if whole.lower() in register.orgs and (
        unglued is None or not any(w in register.person_words for w in unglued.lower().split())
    ):
        # "(New Guinea Highland Wild Dogs)", "Yayasan Qoirum Umah": a place or body NER found
        # whole, no one (but a name NER glued to a body, a word of which it tags as a person
        # alone: "GO - JEK Ajey Gore" … "Gore", "Kemenpar Nia Niscaya" … "Nia")
        return
    day = next((t for t in run if t.text == "Hari"), None)
    if day is not None and DAY_MARKED.search(text, max(0, day.start - 16), day.start):
        return  # "Peringatan Hari Kartini": a day named after someone
    phrase = parse_phrase(text, run, common=common)
    if phrase is None or phrase.kind != "person" or phrase.name is None:
        return
    if not register.is_org(phrase.name):
        phrase.name = register.strip_orgs(phrase.name)
    if register.is_org(phrase.name):
        unglued = register.unglue(phrase.name)
        if unglued is None:
            return
        phrase.name = unglued
    if any(phrase.name.endswith(" " + p.name) and " " in p.name for p in register.people):
        return  # NER cut the name off a glued organisation ("Sinar Tani Bambang Wirawan")
    words = phrase.name.lower().split()
    if words[-1] in _EVENT_LAST_WORDS:
        return  # "peringkat ATP World Tour", "turnamen Rotterdam Open": a competition
    if phrase.name.lower() in register.orgs:
        return  # "Warga Kramat Lontar": a place (or body) NER found whole, no person
    low = phrase.name.lower()
    if any(" " in o and (low.endswith(" " + o) or low.startswith(o + " ")) for o in register.orgs):
        return  # "Royal Albert Hall" where NER found "Albert Hall": a place, its word before
    if any(w in register.orgs for w in words) and not any(
        w in register.name_ends or any(w in s.split() for s in register.name_starts) for w in words
    ):
        return  # "Predator Triton 700 Jawaban Acer": a body NER knows, in no name NER saw
    role = (
        phrase.role
        if phrase.role and any(w.lower() in TITLES for w in phrase.role.split())
        else None
    )
    if (
        role
        and role.lower() in FOR_SOMEONE
        and " " not in phrase.name
        and " " in getattr(register.resolve(phrase.name), "name", "")
    ):
        # "Pengacara Khadr" after "Omar Khadr": the lawyer of the one named in full before,
        # no role of theirs
        role = None
    if len(phrase.name.split()) >= 2 or role:
        register.add(phrase.name, role, run[0].start)
