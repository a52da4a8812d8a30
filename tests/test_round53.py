"""Round 53: acronyms of bodies the tagger leaves out, ..."""

from __future__ import annotations

from warta.extract.entities import find_entities


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(str(m["text"]), str(m["label"])) for m in find_entities(text)]


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def test_acronyms_of_known_bodies_are_bodies() -> None:
    found = _mentions(
        "Polisi mencari tahu apakah dia telah berhubungan dengan ISIS di sana. Sebagian besar "
        "staf KJRI Melbourne sedang salat. Kendati begitu, FIGC yakin pada pelatihnya. Dia "
        "melapor ke LBH (Lembaga Bantuan Hukum) pekan lalu."
    )
    for body in ("ISIS", "KJRI", "FIGC", "LBH"):
        assert (body, "ORG") in found
    # the place of an embassy stays a place
    found = _mentions("Dia dijemput staf KBRI Ankara di bandara.")
    assert ("KBRI", "ORG") in found and ("Ankara", "LOC") in found
