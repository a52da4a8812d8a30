"""Speakers' names the quote attribution read, given back to entity mentions that ran them on.

The entity step sometimes tags a person's name together with the words before it: a body
("Kementerian Perdagangan Oke Nurwan"), a short form in capitals ("JEK Ajey Gore"), a calling
the article also writes in lower case ("Pesinetron Adjie Pangestu"). The quote step parses the
subject of the speech verb and reads the name alone. Where a mention ends with the name a quote
gives its speaker, and the words before it are sure not to be a given name, the mention splits:
the person keeps the name, and the words before stay a mention only where warta knows them as a
body or place or the article tags them so elsewhere.
"""

from __future__ import annotations

import re
from typing import Any

from warta.extract.canonical import canonical_name, known_type
from warta.extract.entity_bodies import LEGAL_FORMS
from warta.extract.ner.lexicon import (
    COMMON_CALLINGS,
    NAME_TITLES,
    ORG_HEADS,
    ORG_LAST_WORDS,
    TITLE_WORDS,
)
from warta.extract.quotes.lexicon import HONORIFICS
from warta.extract.quotes.speakers import is_known_place

__all__ = ["names_from_quotes", "written_only_inside"]

# A name word: capitalised, maybe with an apostrophe or hyphen ("Ma'ruf", "Al-Jassim")
_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+|[A-Z]\.?")


def _sure_no_given_name(
    words: list[str],
    text: str,
    others: dict[str, str],
    elsewhere: frozenset[str] = frozenset(),
    seen: bool = True,
) -> str | None:
    """What the words before a speaker's name are, where they are sure to be no part of it:
    "ORG"/"LOC" for a body or place, "" for words to drop; None where they may be a name."""
    before = " ".join(words)
    if words[-1].lower().rstrip(".") in HONORIFICS | NAME_TITLES:
        return None  # a form of address stays with the name: "KH Salahuddin Wahid"
    kind = others.get(before) or known_type(before)
    if kind in ("ORG", "LOC"):
        return kind
    last = words[-1]
    if last.isupper() and len(last) >= 2:
        return ""  # a short form in capitals: "JEK Ajey Gore", "UE Margrethe Vestager"
    low = last.lower()
    if low in TITLE_WORDS or low in COMMON_CALLINGS:
        return ""  # a calling: "Pesinetron Adjie Pangestu"
    if seen and re.search(r"(?<![\w-])" + re.escape(low) + r"(?![\w-])", text):
        # a word the article also writes small, before a name it writes alone elsewhere:
        # "Pesinetron Adjie Pangestu" … "Adjie" (not "Mario Teguh Golden Ways": a brand)
        return ""
    if words[0].lower() in ORG_HEADS and len(words) >= 2:
        return "ORG"  # a body by its head: "Kementerian Perdagangan"
    if last in elsewhere:
        # a word of a body or place the article names, or another person's surname: "Boca
        # Juniors" … "Juniors Horacio Paolini", "juru bicara Rodrigo Duterte, Harry Roque"
        return ""
    return None


def _names_run_on_to_the_speakers(
    text: str, entities: list[dict[str, Any]], speakers: set[str]
) -> None:
    """A person's mention that stops short of the name the attribution read, the rest of
    which follows it untagged, takes the rest: "Managing Partner East Ventures [Willson] Cuaca
    menilai …"; or that starts after the name's first words, untagged before it, takes them:
    "Menteri Keuangan [Purbaya] Yudhi Sadewa menilai …"."""
    starts = {int(m["start"]) for m in entities}
    for mention in entities:
        name = str(mention["text"])
        if mention["label"] != "PER":
            continue
        end = int(mention["end"])
        for speaker in speakers:
            rest = speaker[len(name) :]
            if (
                speaker.startswith(name + " ")
                and text.startswith(rest, end)
                # (name words, not a title's "V": "Batman V Superman")
                and all(len(w) >= 2 for w in rest.split())
                and not text[end + len(rest) : end + len(rest) + 1].isalnum()
                and not any(end < s < end + len(rest) for s in starts)
            ):
                mention["end"] = end + len(rest)
                _take_the_speakers_name(mention, entities, speaker)
                break
            lead = speaker[: -len(name)]
            start = int(mention["start"])
            if (
                # "Menteri Keuangan [Purbaya] Yudhi Sadewa menilai …": the given name the
                # tagger left out before the mention
                speaker.endswith(" " + name)
                and text.startswith(lead, start - len(lead))
                and all(_given_word(w, text) for w in lead.split())
                and _titled_before(text, start - len(lead))
                # (nor after a body, whose name it may close: "PT Indo Beras [Unggul] Jo …")
                and not any(start - len(lead) - 1 <= int(m["end"]) < start for m in entities)
            ):
                mention["start"] = start - len(lead)
                role = str(mention.get("role") or "")
                if role.endswith(" " + lead.strip()):
                    mention["role"] = role[: -len(lead.strip()) - 1]
                _take_the_speakers_name(mention, entities, speaker)
                break


def _take_the_speakers_name(
    mention: dict[str, Any], entities: list[dict[str, Any]], speaker: str
) -> None:
    """`mention`, widened to `speaker`, takes that name as its text and canonical name, and
    so do the person's other mentions that had resolved to the short name."""
    old = str(mention["text"])
    mention["text"] = speaker
    if mention.get("canonical") in (None, old):
        mention["canonical"] = speaker
    for other in entities:
        if other["label"] == "PER" and other.get("canonical") == old:
            other["canonical"] = speaker


def _given_word(word: str, text: str) -> bool:
    """Whether `word` may be a given name: no title, calling or form of address, nothing
    warta knows, and no word the article also writes small ("Pantas Gantikan Neymar")."""
    low = word.lower()
    return (
        len(word) >= 3
        and word[:1].isupper()
        and known_type(word) is None
        and low not in TITLE_WORDS | COMMON_CALLINGS | NAME_TITLES | HONORIFICS
        and re.search(r"(?<![\w-])" + re.escape(low) + r"(?![\w-])", text) is None
    )


def _titled_before(text: str, at: int) -> bool:
    """Whether a title word stands among the four words right before `at`, in the same
    sentence: "Menteri Keuangan [Purbaya] …", "kurator pameran [Wicaksono] …"."""
    before = re.split(r"[.!?\n\"“”,;:]", text[max(0, at - 60) : at])[-1].split()[-4:]
    return (
        bool(before)
        and any(w.lower() in TITLE_WORDS | COMMON_CALLINGS for w in before)
        # (not after a firm's legal form, whose name the word may close: "Direktur PT Indo
        # Beras [Unggul] Jo Tjong Seng")
        and not any(w.rstrip(".") in LEGAL_FORMS for w in before)
    )


def _speakers_the_tagger_missed(
    text: str, entities: list[dict[str, Any]], speakers: set[str]
) -> None:
    """A speaker's full name that no entity mention covers, wherever the article writes it, is
    a person ("Statistics Indonesia (BPS) official Pudji Ismartini told …"): not a name warta
    knows as a body or place, nor one with a word the article writes small."""
    taken = [(int(m["start"]), int(m["end"])) for m in entities]
    named: set[str] = set()
    body_words = {
        w for m in entities if m["label"] in ("ORG", "LOC") for w in str(m["text"]).split()
    }
    added = False
    for speaker in speakers:
        words = speaker.split()
        if (
            known_type(speaker) is not None
            # a body's word opening it: "Truecaller Android", "Ralali Marseka Citra"
            or words[0] in body_words
            or any(
                re.search(r"(?<![\w-])" + re.escape(w.lower()) + r"(?![\w-])", text)
                for w in words
                if len(w.rstrip(".")) > 1  # (an initial: "A Chenchu Reddy")
            )
            or any(w.lower() in ORG_HEADS | ORG_LAST_WORDS | TITLE_WORDS for w in words)
        ):
            continue
        for match in re.finditer(r"(?<![\w-])" + re.escape(speaker) + r"(?![\w-])", text):
            begin, end = match.span()
            if any(a < end and begin < b for a, b in taken):
                continue
            entities.append(
                {"text": speaker, "label": "PER", "start": begin, "end": end, "canonical": speaker}
            )
            taken.append((begin, end))
            added = True
            named.add(speaker)
    if added:
        entities.sort(key=lambda m: int(m["start"]))
    for mention in entities:
        # the person's other mentions by a part of the name that found no fuller name
        # ("Reddy", once the article's "A Chenchu Reddy" is a mention)
        short = str(mention["text"])
        fits = [
            full
            for full in named
            if full != short
            and (full.endswith(" " + short) or full.startswith(short + " "))
            and written_only_inside(text, full, [w for w in full.split() if w not in short.split()])
        ]
        if mention["label"] == "PER" and mention.get("canonical") == short and len(fits) == 1:
            mention["canonical"] = fits[0]


def written_only_inside(text: str, name: str, words: list[str]) -> bool:
    """Whether the article writes `words` nowhere but inside `name` ("Android" of "Truecaller
    Android" stands alone elsewhere: a product, no part of a person's name)."""
    rest = text.replace(name, " ")
    return not any(
        re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", rest) for w in words if len(w) > 1
    )


def _elsewhere(entities: list[dict[str, Any]], mention: dict[str, Any]) -> frozenset[str]:
    """Words of the other bodies and places the article names, and other people's surnames."""
    words: set[str] = set()
    for other in entities:
        if other is mention or other["text"] == mention["text"]:
            continue
        parts = str(other["text"]).replace("-", " ").split()
        if other["label"] in ("ORG", "LOC"):
            words.update(parts)
        elif other["label"] == "PER" and len(parts) >= 2:
            words.add(parts[-1])
    return frozenset(words)


def _a_person(speaker: str, text: str, people: set[str]) -> bool:
    """Whether a speaker's name run on at the end of a body's or place's mention is sure to be
    a person's: no name warta knows as a body or place, no word the article writes small, and
    a part of it the article names as a person elsewhere ("UE Margrethe Vestager" …
    "Margrethe")."""
    words = speaker.split()
    return (
        known_type(speaker) is None
        and not any(
            re.search(r"(?<![\w-])" + re.escape(w.lower()) + r"(?![\w-])", text) for w in words
        )
        and _named_in_part(speaker, people)
    )


def _titled_in_a_body(speaker: str, words: list[str], role: str | None, text: str) -> bool:
    """Whether the attribution read a calling, then a body by its head, then the speaker:
    "pakar hukum tata negara [Universitas Andalas Feri Amsari] menyebut" — the calling
    before the body's head makes the words after the body a person's, where none of them is
    a word the article writes small."""
    return (
        role is not None
        and len(words) >= 2
        and words[0].lower() in ORG_HEADS
        and role.split()[0].lower() in TITLE_WORDS | COMMON_CALLINGS
        and role.endswith(" " + " ".join(words))
        and known_type(speaker) is None
        and not any(
            re.search(r"(?<![\w-])" + re.escape(w.lower()) + r"(?![\w-])", text)
            for w in speaker.split()
        )
    )


def _named_in_part(speaker: str, people: set[str]) -> bool:
    """Whether the article names a part of `speaker` alone as a person ("Margrethe")."""
    words = speaker.split()
    return any(
        " ".join(words[i:j]) in people
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
        if (i, j) != (0, len(words))
    )


_ENGLISH_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "like", "to", "in", "on", "my", "your", "you", "me", "is"}
)


def _surname_alone(speaker: str, text: str) -> bool:
    """Whether the article writes the speaker's last word alone too, as news names a
    person the second time ("… Matti Littunen di London." … "Pernyataan Littunen …")."""
    words = speaker.split()
    last = words[-1]
    if (
        len(words) < 2
        or len(last) < 4
        or not last[:1].isupper()
        # (not a place: "Otoritas Arab Saudi", "Penuntut Kashan")
        or known_type(last) is not None
        or is_known_place(last)
        # (nor a song's or a book's title: "I Feel Like A Woman")
        or any(w.lower() in _ENGLISH_SMALL_WORDS for w in words[1:])
        or words[0] in {"I", "The"}
    ):
        return False
    return any(
        not text[: match.start()].rstrip().endswith(words[-2])
        for match in re.finditer(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", text)
    )


def names_from_quotes(
    text: str, entities: list[dict[str, Any]], quotes: list[dict[str, Any]]
) -> None:
    """Split mentions that run words on before a speaker's name (see the module's docstring);
    the person's part takes the speaker's name as its canonical name."""
    speakers = {
        str(q["speaker"])
        for q in quotes
        if q.get("speaker")
        and not q.get("anonymous")
        and len(str(q["speaker"]).split()) >= 2
        and all(_NAME_WORD.fullmatch(w) for w in str(q["speaker"]).split())
    }
    if not speakers:
        return
    _names_run_on_to_the_speakers(text, entities, speakers)
    # (a person for sure: the article names part of it alone as a person; a role the
    # attribution read is no proof, "Skill Share, Digital Marketing …")
    people = {str(m["text"]) for m in entities if m["label"] == "PER"}
    _speakers_the_tagger_missed(
        text,
        entities,
        {
            str(q["speaker"])
            for q in quotes
            if str(q.get("speaker")) in speakers
            and (
                _named_in_part(str(q["speaker"]), people) or _surname_alone(str(q["speaker"]), text)
            )
            and not str(q["speaker"]).startswith("The ")
        },
    )
    others = {str(m["text"]): str(m["label"]) for m in entities if m["label"] in ("ORG", "LOC")}
    people = {str(m["text"]) for m in entities if m["label"] == "PER"}
    titled = {str(q["speaker"]): str(q["role"]) for q in quotes if q.get("role")}
    out: list[dict[str, Any]] = []
    changed: dict[str, str] = {}
    index = 0
    while index < len(entities):
        mention = entities[index]
        start = int(mention["start"])
        # the name may run on over the next mention too: "Kepala BP [Batam Amsakar] [Achmad]"
        after = entities[index + 1] if index + 1 < len(entities) else None
        joined = (
            after is not None
            and after["label"] == "PER"
            and text[int(mention["end"]) : int(after["start"])] == " "
        )
        end = int(after["end"]) if joined and after is not None else int(mention["end"])
        name = text[start:end]
        # (over both, the name must start inside the first: "Amsakar Achmad", not "Achmad")
        inside = end - int(after["start"]) if joined and after is not None else 0
        speaker = next(
            (s for s in speakers if name.endswith(" " + s) and len(s) > inside),
            None,
        ) if not (mention["label"] == "PER" and joined) else None  # fmt: skip
        if speaker is None and joined:
            joined, end, name = False, int(mention["end"]), str(mention["text"])
            speaker = next((s for s in speakers if name.endswith(" " + s)), None)
        words = name[: -len(speaker) - 1].split() if speaker is not None else []
        kind = (
            _sure_no_given_name(
                words,
                text,
                others,
                _elsewhere(entities, mention),
                seen=_named_in_part(str(speaker), people),
            )
            if words
            else None
        )
        if (
            speaker is not None
            and not joined
            and mention["label"] != "PER"
            and not _a_person(speaker, text, people)
            and not _titled_in_a_body(speaker, words, titled.get(speaker), text)
        ):
            kind = None  # a body's or place's name the attribution took for a person's
        if speaker is None or kind is None:
            out.append(mention)
            index += 1
            continue
        if kind:
            before = " ".join(words)
            out.append(
                {"text": before, "label": kind, "start": start, "end": start + len(before),
                 "canonical": canonical_name(before)}
            )  # fmt: skip
        changed[str(mention.get("canonical") or mention["text"])] = speaker
        # (a role read from the run-on words is no role; the quote's is given back after this)
        source = after if joined and after is not None else mention
        person = {k: v for k, v in source.items() if k != "role"}
        if joined and after is not None:
            changed[str(after.get("canonical") or after["text"])] = speaker
        person.update(
            {"text": speaker, "label": "PER", "start": end - len(speaker), "end": end,
             "canonical": speaker}
        )  # fmt: skip
        out.append(person)
        index += 2 if joined else 1
    if not changed:
        return
    named = {str(m["text"]) for m in out if m["label"] == "PER"}
    for mention in out:
        # the person's other mentions by a part of the name: those that had joined the run-on
        # name ("Nurwan"; not "Maggie" of "Maggie Couture Jessica Oey"), and those that had
        # found no fuller name in the article ("Storari", of no "Marco Storari" here)
        if mention["label"] != "PER":
            continue
        short = str(mention["text"])
        canonical = str(mention.get("canonical") or short)
        for full in changed.values():
            if (
                short != full
                and (full.startswith(short + " ") or full.endswith(" " + short))
                and (canonical in changed or canonical == short or canonical not in named)
            ):
                mention["canonical"] = full
                break
        else:
            if canonical in changed:
                mention["canonical"] = short  # the run-on name it had joined is gone
    entities[:] = out
