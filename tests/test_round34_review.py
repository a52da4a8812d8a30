"""Session 34: a helper's adversarial sentences against the session's rules, each a misfire
the rules made before their guards."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import roles as _roles

from warta.extract.canonical import org_short_form
from warta.extract.entities import find_entities


def test_a_count_set_off_by_commas_after_a_place_or_club_is_no_age() -> None:
    places = (
        "Pasien positif tersebar di Kecamatan Cilandak, 12, kemudian Kebayoran Lama, 8, dan "
        "Tebet, 5."
    )
    assert not [m for m in find_entities(places) if m["label"] == "PER"]
    table = "Di posisi kedua, Borneo, 42, disusul Bali United."
    assert ("Borneo", "PER") not in _mentions(table)


def test_a_relation_inside_a_clause_before_the_subject_is_no_role_of_it() -> None:
    text = "Usai menjenguk ayah Ferdy Sambo, Kuat mengaku tidak tahu soal kejadian itu."
    assert _roles(text).get("Kuat") is None
    court = "Dalam sidang cerai anak Ustaz Arifin Ilham, Pengadilan Agama menolak gugatan itu."
    assert ("Pengadilan Agama", "PER") not in _mentions(court)


def test_a_family_name_after_goods_or_prizes_is_the_firm_or_prize() -> None:
    text = (
        "Pendiri perusahaan itu, Michael Dell, berbicara di Austin. Penjualan laptop Dell naik "
        "tahun ini."
    )
    assert [m["text"] for m in find_entities(text) if m["label"] == "PER"] == ["Michael Dell"]
    prize = "Sesuai wasiat Alfred Nobel, penghargaan Nobel bidang sastra diumumkan di Stockholm."
    assert [m["text"] for m in find_entities(prize) if m["label"] == "PER"] == ["Alfred Nobel"]


def test_the_holder_of_an_office_at_a_place_named_after_people_stays_a_person() -> None:
    text = "Imam Masjid Raya Baiturrahman Tgk Faizal Adnan memimpin salat Idul Fitri."
    assert [m for m in find_entities(text) if m["label"] == "PER"]


def test_a_firms_short_name_is_the_firm_the_article_names_with_its_legal_form() -> None:
    assert org_short_form("Angkasa", ["PT Angkasa Pura II (Persero)", "Angkasa"]) == (
        "Angkasa Pura II"
    )
    assert org_short_form("Barito", ["Barito Putera", "Barito"]) == "Barito Putera"
    text = (
        "PT Angkasa Pura II (Persero) mencatat lonjakan penumpang. Menurut Angkasa, jumlah "
        "penumpang naik 10 persen."
    )
    assert {m["canonical"] for m in find_entities(text)} == {"Angkasa Pura II"}


def test_a_relative_the_tagger_found_takes_the_relation_as_role() -> None:
    text = "Istri mendiang Chris Cornell, Vicky Cornell mengaku terpukul atas kabar itu."
    assert _roles(text)["Vicky Cornell"] == "Istri mendiang Chris Cornell"
    # the aide of someone, set off after the husband's relation, is not the husband
    aide = "Mantan suami dari ajudan Hillary Clinton, Huma Abedin, ditangkap polisi."
    assert _roles(aide).get("Huma Abedin") is None
    aged = "Otak ngeres membuat Satim, 45 tahun, lupa diri. Satim mengaku khilaf."
    assert _mentions(aged).count(("Satim", "PER")) == 2


def test_second_review_a_lawyers_client_and_people_named_like_venues() -> None:
    lawyer = (
        "Hal itu disampaikan pengacara istri mendiang Vanessa Angel, Hotman Paris dalam jumpa "
        "pers di Jakarta."
    )
    assert _roles(lawyer).get("Hotman Paris") is None
    stadium = (
        "Persipura kini bermarkas di Stadion Lukas Enembe, Jayapura. Lukas Enembe meninggal "
        "dunia pada Desember 2023 saat menjalani masa hukuman."
    )
    assert ("Lukas Enembe", "PER") in _mentions(stadium)
    hero = (
        "Pesawat mendarat di Bandara Halim Perdanakusuma, Jakarta Timur. Nama bandara itu "
        "diambil dari pahlawan nasional Abdul Halim Perdanakusuma. Halim Perdanakusuma gugur "
        "dalam kecelakaan pesawat pada 1947."
    )
    assert ("Halim Perdanakusuma", "PER") in _mentions(hero)
