"""Session 39: what random IndoSum articles showed (a car's model read as a person)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
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


def test_a_physicians_specialty_after_the_name_is_no_entity() -> None:
    for degree in ("Sp.Rad(K)OnkRad", "Sp. Rad (K) OnkRad"):
        text = (
            "Spesialis onkologi radiasi dari RSCM, Prof. Dr. Soehartati Gondhowiardjo, "
            f"{degree} menyebut ada makanan tertentu yang bisa menjadi pencetus."
        )
        people = [t for t, label in _mentions(text) if label == "PER"]
        assert people == ["Soehartati Gondhowiardjo"]
    # a name after a word that opens with "Sp" is no specialty
    assert ("Marquez", "PER") in _mentions("Juara dunia asal Spanyol Marquez menang lagi.")


def test_degrees_unknown_to_warta_may_close_a_run_of_degrees() -> None:
    text = (
        "Ahli penyakit dalam dr. Ari Fahrial Syam, SpPD-KGEH, MMB mengatakan gejala itu umum "
        "pada musim hujan."
    )
    found = _quotes(text)
    assert found == [
        ("Ari Fahrial Syam", "ahli penyakit dalam", "gejala itu umum pada musim hujan")
    ]
    # capitals alone, with no degree among them, are still bodies that speak
    listed = "Ketua KPK, KSP, dan BPK mengatakan gejala itu umum pada musim hujan."
    assert _quotes(listed)[0][0] != "Syam"
