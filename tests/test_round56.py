"""Round 56: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import quotes as _quotes
from _extract_support import roles as _roles


def test_a_stray_comma_after_bahwa_opens_no_reported_statement() -> None:
    text = (
        "Di tempat yang sama, Marfiandi mengatakan bahwa, AMA hadir sebagai wadah kreatifitas "
        "anak muda di dunia modelling."
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["Marfiandi"]
    assert found[0][2].startswith("AMA hadir")


def test_an_english_title_in_its_field_set_off_after_a_phrase_is_the_names_role() -> None:
    text = (
        "Di tempat yang sama, Promotion Manager AMA 2017, Marfiandi mengatakan bahwa AMA "
        "hadir sebagai wadah kreatifitas anak muda."
    )
    assert _roles(text)["Marfiandi"] == "Promotion Manager AMA 2017"
