"""Session 35: what random IndoSum articles showed (a club's short form with two spellings of
its full name, a given name the tagger left out of a first naming, works' English titles,
"-e-" names, relatives in a subject, a given name the register cut, a manner clause's
speaker)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes

from warta.extract.entities import find_entities


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def test_a_clubs_short_form_is_the_club_however_its_full_name_is_spelt() -> None:
    text = (
        "Manchester United tumbang di kandang Tottenham Hotspur 2-0. United langsung merespons "
        "ketertinggalan. Memasuki babak kedua, Man United terus mencari gol."
    )
    assert _canonical(text)["United"] == "Manchester United"
