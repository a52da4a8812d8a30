"""Round 59: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def _canon(text: str) -> dict[str, tuple[str, str]]:
    return {str(m["text"]): (str(m["label"]), str(m["canonical"])) for m in find_entities(text)}


_FIRM = (
    "Jakarta, CNN Indonesia -- PT Marga Abhinaya Abadi Tbk (MABA) mengklaim okupansi tiga "
    "hotelnya naik.\n\n"
    "Direktur Operasional Marga Abhinaya Indra Setiawan mengatakan, tingkat hunian hotel "
    "melesat.\n\n"
    "Saham MABA naik 5 persen."
)


def test_a_firms_short_form_read_as_a_place_is_the_firm() -> None:
    found = _canon(_FIRM)
    assert found["MABA"] == ("ORG", found["PT Marga Abhinaya Abadi Tbk"][1])


def test_an_office_runs_on_over_the_firms_opening_words() -> None:
    found = _roles(_FIRM)
    assert found["Indra Setiawan"] == "Direktur Operasional Marga Abhinaya"
    assert "Abhinaya Indra Setiawan" not in found


def test_a_place_after_an_office_is_no_part_of_the_name() -> None:
    text = (
        "Cuaca cerah.\n\nPT Bank Mandiri Tbk mencatat laba. "
        "Direktur Mandiri Jakarta Budi Santoso mengatakan laba naik."
    )
    assert _roles(text).get("Budi Santoso") is not None


def test_workers_callings_set_off_after_a_name_are_roles() -> None:
    text = (
        "Cuaca cerah.\n\n"
        '"Ini sampah warga," kata Budi, pegawai Dinas Kebersihan.\n\n'
        '"Jalan ditutup," kata Rudi, petugas parkir di pasar itu.\n\n'
        "Sumadi, pensiunan anggota polisi, datang ke sana."
    )
    found = _roles(text)
    assert found["Budi"] == "pegawai Dinas Kebersihan"
    assert found["Rudi"] == "petugas parkir"
    assert found["Sumadi"] == "pensiunan anggota polisi"
