"""Session 40: what random IndoSum articles showed (an office read as a name, a driver run
into his team)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles


def test_jaksa_agung_is_an_office_and_agung_a_given_name() -> None:
    text = (
        "Jaksa Agung Sutrisno Hadi menegaskan jaksa itu dipecat.\n\n"
        "Menurut dia, forum itu dipimpin oleh seorang Jaksa Agung Muda (JAM) dan beranggotakan "
        "bidang pengawasan.\n\n"
        "Ketua DPR Agung Wibisono mengatakan parlemen mendukung langkah itu.\n\n"
        "Terkait pengawasan melekat, Jaksa Agung menyatakan sanksi berlaku kepada dua pejabat "
        "di atasnya."
    )
    found = _quotes(text)
    assert ("Agung Wibisono", "Ketua DPR", "parlemen mendukung langkah itu") in found
    # the office, written alone, is the one who holds it, not a man named Agung or "Muda"
    last = found[-1]
    assert last[2] == "sanksi berlaku kepada dua pejabat di atasnya"
    assert last[0] == "Sutrisno Hadi"
    # with no holder named, the office speaks as itself
    alone = (
        "Agung Wibisono mengatakan parlemen mendukung langkah itu.\n\nJaksa Agung menyatakan "
        "sanksi berlaku kepada dua pejabat di atasnya."
    )
    assert _quotes(alone)[-1][0] == "Jaksa Agung"


def test_a_driver_run_into_his_team_after_a_calling() -> None:
    text = (
        "Pebalap Mercedes, Lewis Hamilton, mencegah timnya melakukan protes terkait manuver "
        "pebalap Red Bull Racing Max Verstappen di balapan GP Jepang. Hamilton kesal dengan "
        "manuver Verstappen di tikungan terakhir."
    )
    found = _mentions(text)
    assert ("Red Bull Racing", "ORG") in found and ("Max Verstappen", "PER") in found
    assert _roles(text)["Max Verstappen"] == "pebalap Red Bull Racing"
    # a body named after a person, with no calling before it, stays whole
    named = (
        "Yayasan Bina Bangsa mendirikan sekolah baru. Kepala sekolah itu, Rudi Santoso, "
        "mengatakan Santoso sudah lama mengajar."
    )
    assert ("Yayasan Bina Bangsa", "ORG") in _mentions(named)
