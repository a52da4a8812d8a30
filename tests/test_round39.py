"""Session 39: what random IndoSum articles showed (a car's model read as a person)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import roles as _roles


def test_a_model_after_its_maker_is_no_person() -> None:
    text = (
        "PT Suzuki Indomobil Sales (SIS) mulai menjual Suzuki Jimny secara terbatas. Selain itu, "
        "Suzuki Baleno Hatchback juga dipasarkan bulan depan. Permintaan Jimny terus naik, "
        'kata Direktur Pemasaran SIS Donny Saputra. "Kami siapkan stok," ujar Marketing '
        "Director Suzuki Andy Wijaya."
    )
    found = _mentions(text)
    people = [t for t, label in found if label == "PER"]
    assert "Jimny" not in people and "Baleno Hatchback" not in people
    # the firm keeps its whole name, and a person after a title and the maker stays a person
    assert ("PT Suzuki Indomobil Sales", "ORG") in found
    assert "Andy Wijaya" in people
    assert _roles(text)["Andy Wijaya"] == "Marketing Director Suzuki"
