"""Reported speech in articles written in English (wire copy, English-language outlets): "Public
Works Minister Dody Hanggodo said the road cost …", "Perry Warjiyo told a news conference that
…", "According to Dody, …", "…, he said." The speaker is the person the entity step found right
before the verb (or after "According to"); "he" and "she" are the person last named.
"""

from __future__ import annotations

import re
from typing import Any

from warta.extract.tokenize import sentences

__all__ = ["english_reported"]

_VERBS = r"said|says|told|added|noted|stated|warned|explained|argued|insisted|acknowledged"
# "<subject> said (that) …", "<subject> told reporters (on Monday) that …"
_SAID = re.compile(
    rf"[ \t]*,?[ \t]+(?P<cue>{_VERBS})(?:[ \t]+(?:on|in)[ \t]+[A-Z]\w+)?"
    rf"(?P<object>(?<=told)[ \t]+[^,.;\"“”]{{1,60}}?[ \t]+that)?(?:[ \t]+that)?[ \t,]+"
)
_ACCORDING = re.compile(r"[Aa]ccording[ \t]+to[ \t]+")
_SAID_AFTER = re.compile(rf",[ \t]+(?P<who>he|she|[A-Z][^,.;]{{1,60}}?)[ \t]+(?P<cue>{_VERBS})\.?$")
_PRONOUNS = {"he", "she"}
_MIN_WORDS = 4


def english_reported(
    text: str, entities: list[dict[str, Any]], quotes: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Indirect quotes of an English article, outside the quotes found already."""
    people = [m for m in entities if m.get("label") == "PER"]
    taken = [(int(q["start"]), int(q["end"])) for q in quotes]
    out: list[dict[str, Any]] = []
    last: dict[str, Any] | None = None  # the person last named, for "he" and "she"
    for start, end in sentences(text):
        sentence = text[start:end]
        if any(ch in sentence for ch in '"“”'):
            last = _last_person(people, start, end) or last
            continue  # direct speech, or a scare quote: left to the quote step
        record = _according(text, start, end, people)
        record = record or _subject_said(text, start, end, people, last)
        record = record or _said_after(text, start, end, people, last)
        if record is not None and not any(
            a < record["end"] and record["start"] < b for a, b in taken
        ):
            out.append(record)
        last = _last_person(people, start, end) or last
    return out


def _last_person(people: list[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
    inside = [m for m in people if start <= int(m["start"]) < end]
    return inside[-1] if inside else None


def _record(
    text: str, start: int, end: int, who: dict[str, Any], mention: str, cue: str
) -> dict[str, Any] | None:
    while end > start and text[end - 1] in " .,;":
        end -= 1
    while start < end and text[start] in " \t":
        start += 1
    if len(text[start:end].split()) < _MIN_WORDS:
        return None
    return {
        "text": text[start:end],
        "kind": "indirect",
        "speaker": str(who.get("canonical") or who["text"]),
        "speaker_mention": mention,
        "role": who.get("role"),
        "anonymous": False,
        "cue": cue,
        "start": start,
        "end": end,
    }


def _according(
    text: str, start: int, end: int, people: list[dict[str, Any]]
) -> dict[str, Any] | None:
    opening = _ACCORDING.search(text, start, end)
    if opening is None or not (
        opening.start() == start or text[max(start, opening.start() - 2) : opening.start()] == ", "
    ):
        return None  # at the head of the sentence or of a clause
    who = next((m for m in people if int(m["start"]) == opening.end()), None)
    comma = text.find(",", opening.end(), end)
    if who is None or comma < 0 or int(who["end"]) > comma:
        return None
    return _record(text, comma + 1, end, who, str(who["text"]), "according to")


def _subject_said(
    text: str,
    start: int,
    end: int,
    people: list[dict[str, Any]],
    last: dict[str, Any] | None,
) -> dict[str, Any] | None:
    pronoun = re.match(r"(?:He|She)\b", text[start:end])
    if pronoun is not None and last is not None:
        said = _SAID.match(text, start + pronoun.end())
        if said is not None:
            # "He said the bank …": the person last named
            return _record(text, said.end(), end, last, pronoun.group(), said.group("cue"))
    for who in people:
        if not start <= int(who["start"]) < end:
            continue
        after = int(who["end"])
        # (the person's role set off after the name: "Enrico Tanuwidjaja, an economist at …,")
        appositive = re.match(r",[^,.;]{2,80},", text[after:end])
        if appositive is not None and not _SAID.match(text, after):
            after += appositive.end()
        said = _SAID.match(text, after)
        if said is None:
            continue
        return _record(text, said.end(), end, who, str(who["text"]), said.group("cue"))
    return None


def _said_after(
    text: str,
    start: int,
    end: int,
    people: list[dict[str, Any]],
    last: dict[str, Any] | None,
) -> dict[str, Any] | None:
    sentence = text[start:end].rstrip(" .")
    closing = _SAID_AFTER.search(sentence)
    if closing is None:
        return None
    who_text = closing.group("who")
    if who_text in _PRONOUNS:
        who = last
    else:
        at = start + closing.start("who")
        who = next((m for m in people if int(m["start"]) == at), None)
    if who is None:
        return None
    return _record(text, start, start + closing.start(), who, who_text, closing.group("cue"))
