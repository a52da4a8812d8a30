"""Round 64: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import mentions as _mentions


def test_a_person_after_an_airports_head_the_tagger_left_out_names_the_airport() -> None:
    text = (
        "Cuaca cerah.\n\nPenayangan film ini sejalan dengan program Bandara Soekarno - Hatta "
        "yang terus berupaya memberikan hiburan."
    )
    found = _mentions(text)
    assert ("Bandara Soekarno - Hatta", "LOC") in found
    assert not any(label == "PER" for _, label in found)


def test_a_square_named_after_a_leader_is_a_place() -> None:
    text = (
        "Cuaca cerah.\n\nRibuan warga terlihat memenuhi Lapangan Kim Il - sung sambil membawa "
        "poster propaganda."
    )
    assert ("Lapangan Kim Il - sung", "LOC") in _mentions(text)


def test_a_person_after_a_head_that_names_nothing_after_people_stays_a_person() -> None:
    text = "Cuaca cerah.\n\nPenyanyi Raisa Andriana tampil di Jakarta, kata Manajer Budi Santoso."
    found = _mentions(text)
    assert ("Raisa Andriana", "PER") in found
    assert ("Budi Santoso", "PER") in found
