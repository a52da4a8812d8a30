"""Session 25: fresh articles in other styles (illegal logging in Ketapang, a professor's
inauguration at IPB, the U-17 World Cup, rice prices and Bulog, an aftershock in Cianjur, a
toll-road corruption trial) and the misses they showed."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities
from warta.extract.quantities import extract_quantities


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


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


def test_a_rank_grade_is_no_part_of_the_speakers_name() -> None:
    text = (
        "Juru bicara Pasukan Pertahanan Israel (IDF) Laksamana Muda Daniel Hagari mengatakan "
        "pasukannya menargetkan markas Hamas."
    )
    ((speaker, role, _),) = _quotes(text)
    assert speaker == "Daniel Hagari"
    assert role is not None and role.endswith("Laksamana Muda")


def test_a_base_between_an_office_and_a_rank_is_nobody() -> None:
    text = (
        "Danlanud Halim Marsekal Pertama Budi Santoso mengatakan pesawat itu tiba pukul 10.00 WIB."
    )
    found = _mentions(text)
    assert ("Halim", "PER") not in found
    assert ("Budi Santoso", "PER") in found


def test_where_someone_comes_from_is_a_place() -> None:
    text = (
        "Seorang pengungsi asal Khan Younis, Umm Mohammed (45), mengatakan keluarganya sudah "
        "tiga kali berpindah tempat. Klub asal Andalusia sudah memulai negosiasi. Museum itu "
        "dibangun di negara asal Frank De Witte, Belgia."
    )
    found = _mentions(text)
    assert ("Khan Younis", "LOC") in found
    assert ("Andalusia", "LOC") in found
    assert ("Umm Mohammed", "PER") in found
    assert ("Frank De Witte", "PER") in found


def test_an_armed_group_is_a_body() -> None:
    text = "Juru bicara Brigade Al-Qassam, Abu Ubaidah, mengatakan serangan itu balasan."
    found = _mentions(text)
    assert ("Brigade Al-Qassam", "ORG") in found
    assert ("Abu Ubaidah", "PER") in found


def test_the_company_speaks_as_the_body_named_last() -> None:
    text = (
        "Jakarta, CNBC Indonesia - Perusahaan rintisan agritech asal Indonesia, Eden Farm, "
        "mengumumkan pendanaan Seri B senilai 25 juta dolar AS. Putaran pendanaan ini dipimpin "
        "oleh East Ventures Growth.\n\nEden Farm kini bermitra dengan lebih dari 4.000 petani "
        "di Jawa Barat. Perusahaan mengklaim pendapatannya tumbuh tiga kali lipat sepanjang 2023."
    )
    found = _quotes(text)
    assert ("Eden Farm", None, "pendapatannya tumbuh tiga kali lipat sepanjang 2023") in found


# --- quantities ----------------------------------------------------------------------------


def test_an_index_level_before_next_week_is_no_duration() -> None:
    text = "Ia memperkirakan IHSG berpeluang menguji level 7.300 pekan depan."
    (quantity,) = extract_quantities(text)
    assert quantity["text"] == "7.300"
    assert quantity["unit"] is None


def test_a_familiar_address_before_a_name_given_in_full_is_that_person() -> None:
    text = (
        "Menteri Agama Yaqut Cholil Qoumas mengatakan kenaikan dipengaruhi kurs riyal. "
        '"Kami sudah berupaya," kata Gus Yaqut, sapaan akrabnya. Ia mengutip Gus Dur.'
    )
    canonical = _canonical(text)
    assert canonical["Gus Yaqut"] == "Yaqut Cholil Qoumas"
    assert canonical["Gus Dur"] != "Yaqut Cholil Qoumas"


def test_a_cost_shortened_by_syllables_is_a_term() -> None:
    text = (
        "Pemerintah dan Komisi VIII DPR menyepakati Biaya Perjalanan Ibadah Haji (Bipih) "
        "sebesar Rp 56 juta. Pelunasan Bipih dibuka Januari, dan dana dikelola Badan "
        "Pengelola Keuangan Haji (BPKH)."
    )
    found = _mentions(text)
    assert not [m for m in found if m[0] == "Bipih"]
    assert ("BPKH", "ORG") in found


def test_an_index_named_with_where_it_trades_is_no_entity() -> None:
    text = (
        "Di kawasan Asia, indeks Nikkei 225 di Tokyo naik 0,8 persen, Hang Seng di Hong Kong "
        "menguat 1,5 persen."
    )
    found = _mentions(text)
    assert not [m for m in found if m[0] == "Hang Seng"]
    assert ("Hong Kong", "LOC") in found
