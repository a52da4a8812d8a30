"""Round 55: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import mentions as _mentions


def test_a_capitalised_particle_after_a_small_word_opens_a_longer_name() -> None:
    text = (
        "Indonesia tidak memiliki wakil ganda putri setelah sebelumnya Della Destiara "
        "Haris/Rosyita Eka Putri Sari kalah dari unggulan kedua."
    )
    assert ("Della Destiara Haris", "PER") in _mentions(text)
