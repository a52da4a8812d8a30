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


def test_a_given_name_opens_the_first_naming_of_a_person_named_by_surname_after() -> None:
    text = (
        "Menjajal kemampuan berakting ternyata tidak cukup bagi Cara Delevingne. Setelah muncul "
        "dalam film Suicide Squad, model cantik tersebut kini menggarap novel.\n\n"
        "Delevingne menggambarkan ia akan mengangkat kisah remaja dalam novel tersebut."
    )
    assert ("Cara Delevingne", "PER") in _mentions(text)
    assert _canonical(text)["Delevingne"] == "Cara Delevingne"


def test_the_end_of_a_title_opens_no_first_naming() -> None:
    # after "dan", the office's field; after a capitalised rank, the rank's grade
    minister = (
        "Menteri Komunikasi dan Informatika Rudiantara mengatakan lelang ditujukan untuk "
        "mengatasi kepadatan trafik. Rudiantara menambahkan hal itu kemarin."
    )
    assert ("Informatika Rudiantara", "PER") not in _mentions(minister)
    assert ("Rudiantara", "PER") in _mentions(minister)
    police = (
        "Kepala Unit Reserse Kriminal Polsek Sukolilo Inspektur Polisi Satu Pujianto "
        "mengatakan pelaku datang membawa golok. Pujianto menyebut korban terluka."
    )
    assert not any(t.startswith("Satu") for t, _ in _mentions(police))
