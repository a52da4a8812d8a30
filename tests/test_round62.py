"""Round 62: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles


def test_a_speaker_after_a_quotation_with_an_office_set_off_is_a_person() -> None:
    text = (
        "Cuaca cerah.\n\n"
        '"Kami akan memberikan produk baru yang menarik," sambut Petra Barus, CTO UrbanIndo.'
    )
    assert ("Petra Barus", "PER") in _mentions(text)
    assert _roles(text)["Petra Barus"] == "CTO UrbanIndo"
    assert _quotes(text)[0][:2] == ("Petra Barus", "CTO UrbanIndo")


def test_a_capitalised_short_office_set_off_after_a_subject_names_a_person() -> None:
    text = "Cuaca cerah.\n\nPetra Barus, CTO UrbanIndo, mengatakan bahwa produk baru akan datang."
    assert ("Petra Barus", "PER") in _mentions(text)
    assert _roles(text)["Petra Barus"] == "CTO UrbanIndo"
