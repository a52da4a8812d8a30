"""Session 25: fresh articles in other styles (illegal logging in Ketapang, a professor's
inauguration at IPB, the U-17 World Cup, rice prices and Bulog, an aftershock in Cianjur, a
toll-road corruption trial) and the misses they showed."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

# --- people, places and bodies ----------------------------------------------------------------


def test_weather_phenomena_and_age_groups_are_no_entities() -> None:
    text = (
        "Menurut dia, kenaikan harga dipicu turunnya produksi akibat El Nino yang membuat "
        "petani gagal panen. Pelatih timnas U-17 Bima Sakti mengakui anak asuhnya kalah kelas."
    )
    found = _mentions(text)
    assert not [m for m in found if m[0] in {"El Nino", "U-17"}]
    assert ("Bima Sakti", "PER") in found


def test_a_road_named_after_a_person_is_one_place() -> None:
    text = (
        "Yudhi mengaku menerima uang dari kontraktor proyek Jalan Tol Layang Mohamed Bin Zayed "
        "(MBZ). Truk itu melintas di Jalan Tol Layang Sheikh Mohamed bin Zayed, Bekasi."
    )
    found = _mentions(text)
    assert ("Jalan Tol Layang Mohamed Bin Zayed", "LOC") in found
    assert ("MBZ", "LOC") in found
    assert ("Jalan Tol Layang Sheikh Mohamed bin Zayed", "LOC") in found
    assert not [m for m in found if m[1] == "PER" and "Zayed" in m[0]]


def test_an_aged_name_after_a_kinship_word_is_a_person() -> None:
    text = (
        "Dua warga mengalami luka ringan. Nenek Iyah (72), warga Kampung Ciherang, mengaku "
        "langsung berlari keluar rumah. Menurut Bu Sumi (60), guncangan terasa kuat."
    )
    found = _mentions(text)
    assert ("Iyah", "PER") in found
    assert ("Sumi", "PER") in found
    assert ("Nenek Iyah", "PER") not in found


def test_a_role_with_a_short_form_in_brackets_before_a_set_off_name() -> None:
    text = (
        "Kepala Balai Pengamanan dan Penegakan Hukum (Gakkum) KLHK Wilayah Kalimantan, David "
        "Muhammad, mengapresiasi langkah kepolisian."
    )
    assert _roles(text)["David Muhammad"] == (
        "Kepala Balai Pengamanan dan Penegakan Hukum (Gakkum) KLHK Wilayah Kalimantan"
    )


# --- quotes ---------------------------------------------------------------------------------------


def test_a_place_word_inside_a_set_off_name_keeps_the_role_clean() -> None:
    text = (
        "Kuasa hukum Djoko, Hotman Paris Hutapea, menyatakan keterangan saksi tidak menunjukkan "
        "keterlibatan kliennya."
    )
    ((speaker, role, _),) = _quotes(text)
    assert speaker == "Hotman Paris Hutapea"
    assert role is not None and role.lower() == "kuasa hukum djoko"


def test_a_person_called_by_name_after_where_they_are() -> None:
    text = (
        "Di Pasar Induk Beras Cipinang, Jakarta Timur, pedagang bernama Haji Rosidi mengaku "
        "penjualan turun hampir separuh."
    )
    assert _quotes(text) == [("Rosidi", "pedagang", "penjualan turun hampir separuh")]
