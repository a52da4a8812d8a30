"""Names with an organisation or place glued on ("Garut Dadi Supriadi"): find where the name
starts, from how the article writes the same words elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping

from warta.extract.ner.roles import MALAY_HONORIFICS
from warta.extract.quotes.lexicon import BALINESE_NAMES

_REGIONAL_TITLES = frozenset(
    {"bupati", "gubernur", "kota", "walikota", "kapolda", "kapolres", "kapolresta", "kapolrestro",
     "camat",
     "lurah", "kades", "kajati", "kajari", "pangdam", "danrem", "dandim", "wagub", "wabup",
     "wawali", "kapolsek", "kadinkes", "sekda"}
)  # fmt: skip


_PLACE_BEFORE = frozenset(
    {"di", "ke", "dari", "Kabupaten", "Kota", "Provinsi", "Kecamatan", "Desa", "warga", "wilayah"}
)


def _placey(words: list[str], word: str) -> bool:
    """Whether the article uses `word` as a place somewhere ("di Sambas", "Kabupaten Sambas")."""
    return any(w == word and i > 0 and words[i - 1] in _PLACE_BEFORE for i, w in enumerate(words))


def _standalone(
    words: list[str], word: str, *, after: str | None = None, before: str | None = None
) -> bool:
    """Whether `word` occurs other than followed by `after` / preceded by `before`."""
    for index, current in enumerate(words):
        if current != word:
            continue
        nxt = words[index + 1] if index + 1 < len(words) else None
        prv = words[index - 1] if index > 0 else None
        if after is not None and nxt != after:
            return True
        if before is not None and prv != before:
            return True
    return False


def _prefix_standalone(words: list[str], parts: list[str], cut: int) -> bool:
    """Whether `parts[:cut]` occurs in `words` followed by something other than `parts[cut]`."""
    head = parts[:cut]
    for index in range(len(words) - cut + 1):
        if words[index : index + cut] == head:
            nxt = words[index + cut] if index + cut < len(words) else None
            if nxt != parts[cut]:
                return True
    return False


def trim_name(
    words: list[str],
    name: str,
    role: str | None,
    name_starts: Mapping[str, set[str]] | None = None,
    later_words: list[str] | None = None,
) -> tuple[str, str | None]:
    """Drop leading words of an organisation or place glued to a name ("Garut Dadi Supriadi"):
    the article writes them elsewhere without the name, and the name elsewhere without them.

    `name_starts` (opening words → full names of the article's people, lower case): a given
    name that also opens another person's name ("Muhammad Lukman …" and "Muhammad Iqbal …")
    is why it stands apart elsewhere, so it stays."""
    shown = name.split()
    if any(p.lower() in {"bin", "binti", "ibn", "bint"} for p in shown[1:-1]):
        # "Mohammed bin Abdulrahman Al Thani": a patronymic holds the name together, whatever
        # short form the article uses ("kata Al Thani")
        return name, role
    # the article's words come without the dot of an initial ("Gatot S. Dewa Broto")
    parts = [p.rstrip(".") or p for p in shown]
    # the name's own words are no evidence: "Nik" of "Nik Nazmi Nik Ahmad" stands before
    # "Ahmad" only inside the name
    size = len(parts)
    # (in any case: "Alessandro del Piero" and "Alessandro Del Piero" are one name)
    low = [p.lower() for p in parts]
    lowered = [w.lower() for w in words]
    own = [i for i in range(len(words) - size + 1) if lowered[i : i + size] == low]
    if own:
        words = list(words)
        for i in own:
            words[i : i + size] = [""] * size
    # (the evidence that a later word of the name stands apart leaves out other people's
    # names: "Cholil" of "Yaqut Cholil Qoumas" says nothing of "Yahya Cholil Staquf")
    later = list(later_words) if later_words is not None else words
    if later_words is not None:
        later_lowered = [w.lower() for w in later]
        for i in [i for i in range(len(later) - size + 1) if later_lowered[i : i + size] == low]:
            later[i : i + size] = [""] * size
    cut = 0
    # after a regional title ("Bupati Sambas Atbah Romin") the region alone is evidence enough
    regional = bool(role and role.split()[-1].lower() in _REGIONAL_TITLES)
    for i in range(1, len(parts) - 1 if len(parts) > 2 else len(parts)):
        if _standalone(words, parts[i - 1], after=parts[i]) and (
            (regional and i == 1 and _placey(words, parts[0]))
            # a two-word name keeps its given name: "Setya" alone is how articles say "Setya
            # Novanto" too
            or (
                len(parts) > 2
                and any(
                    _standalone(later, parts[j], before=parts[j - 1])
                    for j in range(i, len(parts))
                    # ("Zafrul Tengku Abdul Aziz" after "Tengku Datuk Seri": an honorific
                    # standing elsewhere proves nothing)
                    if parts[j].lower() not in MALAY_HONORIFICS
                )
            )
        ):
            cut = i
        else:
            break
    if cut == 0 and len(parts) >= 4:
        # the article's short form starts the name ("kata Umi" in "Kampanye Walhi Riau Umi
        # Ma'rufah"); a standalone last word is a surname ("Blinken") and proves nothing
        cut = next(
            (
                i
                for i in range(len(parts) - 3, len(parts) - 1)
                if i > 0
                and parts[i].lower() not in MALAY_HONORIFICS
                and _standalone(words, parts[i], before=parts[i - 1])
            ),
            0,
        )
    if cut == 0 and len(parts) >= 4:
        # a glued organisation of several words ("M Cash Martin Suharlie"): the article writes
        # those words elsewhere as a unit without the name that follows here
        cut = next(
            (i for i in range(len(parts) - 2, 1, -1) if _prefix_standalone(words, parts, i)), 0
        )
    if cut > 0 and shown[cut - 1] in {"I", "Ni"} and shown[cut].lower() in BALINESE_NAMES:
        cut = 0  # "I Gede Suardana": the Balinese "I" opens the name
    if cut > 0 and shown[0] in {"I", "Ni", "Sang"} and shown[1].lower() in BALINESE_NAMES:
        cut = 0  # "Sang Made Mahendra Jaya", called "Mahendra": the whole is his name
    opener = next(
        (
            i
            for i in range(cut)
            if shown[i] in {"I", "Ni"}
            and i + 1 < len(shown)
            and shown[i + 1].lower() in BALINESE_NAMES
        ),
        None,
    )
    if opener is not None:
        cut = opener  # "… I Gusti Putu Suryawirawan": the cut keeps the Balinese "I"
    if cut > 0 and (_initial(shown[cut]) or not shown[cut][:1].isupper()):
        # a middle initial follows a given name ("Darmin A. Sigilipu"), and a particle
        # ("Sheikh Mohammed bin Abdulrahman Al Thani") continues one: no name starts there
        cut = 0
    if cut > 0 and name_starts is not None:
        others = name_starts.get(shown[0].lower(), set()) - {name.lower()}
        if any(other.split()[1:2] != [shown[1].lower()] for other in others):
            cut = 0
    if cut == 0:
        return name, role
    glued = " ".join(shown[:cut])
    return " ".join(shown[cut:]), joined_role(role, glued) if role else None


def joined_role(role: str, glued: str) -> str:
    """The role with the words NER glued before the name after it, unless it closes on them
    already ("Manager Maggie Couture" and "Maggie Couture" is no "… Couture Maggie Couture")."""
    if not glued or role.lower() == glued.lower() or role.lower().endswith(" " + glued.lower()):
        return role
    return f"{role} {glued}"


def _initial(word: str) -> bool:
    """ "A.", "S": one letter standing for a name."""
    letters = word.rstrip(".")
    return len(letters) == 1 and letters.isupper()
