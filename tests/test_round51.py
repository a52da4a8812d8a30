"""Round 51: long offices before a written-out rank, ..."""

from __future__ import annotations

from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def test_a_long_office_before_a_written_out_rank_is_the_role() -> None:
    roles = _roles(
        "Hal itu dikatakan Kepala Divisi Hubungan Masyarakat Polri Inspektur Jenderal Setyo "
        "Wasisto di Polda Metro Jaya, Minggu (20/8)."
    )
    assert roles["Setyo Wasisto"] == "Kepala Divisi Hubungan Masyarakat Polri"
    roles = _roles(
        "Hal itu dikatakan Kepala Kepolisian Daerah Metro Jaya Inspektur Jenderal M Iriawan."
    )
    assert roles["M Iriawan"] == "Kepala Kepolisian Daerah Metro Jaya"


def test_a_town_opening_a_coach_or_directors_name_is_the_club() -> None:
    found = find_entities("Direktur Olahraga Lille Luis Campos punya pendapat sendiri.")
    assert [(m["text"], m["label"]) for m in found] == [("Lille", "ORG"), ("Luis Campos", "PER")]
    assert _roles("Pelatih Lille Christophe Galtier kecewa.")["Christophe Galtier"] == (
        "Pelatih Lille"
    )
    # a known club of two words before a one-word name
    roles = _roles("Direktur Olahraga AS Roma Monchi kecewa.")
    assert roles == {"Monchi": "Direktur Olahraga AS Roma"}
    # a performer's name that opens with a town's stays whole
    assert _roles("Aktris Chelsea Islan hadir.") == {"Chelsea Islan": "Aktris"}
