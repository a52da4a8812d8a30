"""Session 26: fresh articles in other styles (a regional election in Papua, a football match
report, the stock market, dengue in Sikka, the Gaza ceasefire, a flood in Demak, a
corruption verdict, edtech lay-offs, rice stocks, an earthquake in Sumedang) and the misses
they showed."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


# --- places and bodies --------------------------------------------------------------------------


def test_a_place_keeps_its_compass_word_before_a_name() -> None:
    text = "Ketua Bawaslu Papua Tengah Markus Madai mengatakan pihaknya telah menerima laporan."
    found = _mentions(text)
    assert ("Bawaslu Papua Tengah", "ORG") in found
    assert ("Markus Madai", "PER") in found
    assert _roles(text)["Markus Madai"] == "Ketua Bawaslu Papua Tengah"


def test_a_headline_word_does_not_reach_into_the_dateline() -> None:
    text = (
        "Ratusan Rumah Terendam, Ini Respons Pemkab\n\nDemak - Banjir merendam ratusan rumah "
        "warga di Kecamatan Karanganyar sejak Senin pagi."
    )
    found = _mentions(text)
    assert ("Demak", "LOC") in found
    assert not [m for m in found if "\n" in m[0]]


def test_an_exchange_is_a_body() -> None:
    text = "Harga timah di London Metal Exchange (LME) turun tajam pada perdagangan Jumat."
    found = _mentions(text)
    assert ("London Metal Exchange", "ORG") in found
    assert ("LME", "ORG") in found


def test_a_body_spelled_out_before_its_acronym_is_named_in_full() -> None:
    text = (
        "Balai Besar Wilayah Sungai (BBWS) Pemali Juana menurunkan pompa. Asosiasi Modal "
        "Ventura untuk Startup Indonesia (Amvesindo) mencatat pendanaan turun."
    )
    canonical = _canonical(text)
    assert canonical["BBWS"] == "Balai Besar Wilayah Sungai"
    assert canonical["Amvesindo"] == "Asosiasi Modal Ventura untuk Startup Indonesia"
    assert ("Indonesia", "LOC") not in _mentions(text)


def test_a_unit_is_told_apart_from_the_body_spelled_with_list_commas() -> None:
    text = (
        "Kepala Pusat Gempa Bumi dan Tsunami Badan Meteorologi, Klimatologi, dan Geofisika "
        "(BMKG) Daryono mengatakan gempa tidak berpotensi tsunami."
    )
    found = _mentions(text)
    assert ("Pusat Gempa Bumi dan Tsunami", "ORG") in found
    assert ("Badan Meteorologi, Klimatologi, dan Geofisika", "ORG") in found
    assert _canonical(text)["Badan Meteorologi, Klimatologi, dan Geofisika"] == "BMKG"


def test_international_bodies_written_in_indonesian_are_bodies() -> None:
    text = (
        "Direktur Pelaksana Dana Moneter Internasional Kristalina Georgieva mengatakan ekonomi "
        "melambat. Organisasi Kesehatan Dunia menyatakan wabah itu darurat."
    )
    canonical = _canonical(text)
    assert canonical["Dana Moneter Internasional"] == "IMF"
    assert canonical["Organisasi Kesehatan Dunia"] == "WHO"
    assert _roles(text)["Kristalina Georgieva"] == "Direktur Pelaksana Dana Moneter Internasional"


def test_a_department_opening_a_sentence_is_a_body() -> None:
    text = (
        "Departemen Kehakiman AS menggugat perusahaan itu. Polisi berkoordinasi dengan "
        "Departemen Kesejahteraan Sosial."
    )
    found = _mentions(text)
    assert ("Departemen Kehakiman AS", "ORG") in found
    assert ("Departemen Kesejahteraan Sosial", "ORG") in found


def test_a_regions_acronym_may_leave_out_its_head() -> None:
    text = "Pasokan dari Kabupaten Timor Tengah Selatan (TTS) berkurang. Petani di TTS gagal panen."
    canonical = _canonical(text)
    assert canonical["TTS"] == "Kabupaten Timor Tengah Selatan"
    assert [m for m in _mentions(text) if m[0] == "TTS"] == [("TTS", "LOC"), ("TTS", "LOC")]


# --- roles ------------------------------------------------------------------------------------


def test_an_envoy_for_a_region_is_the_second_persons_role() -> None:
    text = (
        "Utusan khusus Trump untuk Timur Tengah, Steve Witkoff, mengatakan perundingan "
        "berjalan baik."
    )
    roles = _roles(text)
    assert roles["Steve Witkoff"] == "Utusan khusus Trump untuk Timur Tengah"
    assert roles["Trump"] is None


def test_an_office_set_off_before_the_name_keeps_its_last_word() -> None:
    text = (
        "Staf Khusus Menteri Agama untuk Urusan Haji, Ali Mahmud, mengatakan kuota tambahan "
        "sudah dibagi."
    )
    role = "Staf Khusus Menteri Agama untuk Urusan Haji"
    assert _roles(text)["Ali Mahmud"] == role
    assert _quotes(text) == [("Ali Mahmud", role, "kuota tambahan sudah dibagi")]


def test_a_malay_title_set_off_before_a_name_is_still_no_office() -> None:
    text = "Menteri Kewangan II Datuk Seri Amir Hamzah Azizan berkata kerajaan akan bertindak."
    assert _roles(text)["Amir Hamzah Azizan"] == "Menteri Kewangan II"


def test_a_person_after_the_office_of_a_post_holds_the_post() -> None:
    text = (
        "Kantor Perdana Menteri Israel Benjamin Netanyahu menyatakan delegasi akan berangkat "
        "ke Kairo. Warga mendatangi Kantor Gubernur Jawa Barat Dedi Mulyadi."
    )
    roles = _roles(text)
    assert roles["Benjamin Netanyahu"] == "Perdana Menteri Israel"
    assert roles["Dedi Mulyadi"] == "Gubernur Jawa Barat"
    assert [q[0] for q in _quotes(text)][:1] == ["Kantor Perdana Menteri Israel"]


# --- quotes ---------------------------------------------------------------------------------------


def test_a_comparison_is_no_part_of_the_speaker() -> None:
    text = (
        "Vonis itu lebih ringan dibanding tuntutan jaksa penuntut umum KPK yang meminta "
        "terdakwa dihukum 12 tahun penjara."
    )
    assert [q[0] for q in _quotes(text)] == ["jaksa penuntut umum KPK"]


# --- canonical names ------------------------------------------------------------------------


def test_a_mention_of_signs_only_breaks_no_canonical_names() -> None:
    from warta.extract.canonical import resolve_in_document

    mentions = [("-", "ORG"), ("-", "ORG"), ("Semen Indonesia", "ORG"), ("Persero ) Tbk", "ORG")]
    assert resolve_in_document(mentions) == ["-", "-", "Semen Indonesia", "Persero ) Tbk"]


def test_a_person_after_a_bodys_short_form_in_a_title_is_split_off() -> None:
    text = (
        'Peneliti LIPI Hurriyah mengatakan koalisi itu rapuh. "Koalisi ini rapuh," kata '
        "Hurriyah. Kepala BPBD Sleman Joko Supriyanto mengatakan banjir surut."
    )
    found = _mentions(text)
    assert ("LIPI", "ORG") in found
    assert ("LIPI Hurriyah", "ORG") not in found
    roles = [m.get("role") for m in find_entities(text) if m["text"] == "Hurriyah"]
    assert roles[0] == "Peneliti LIPI"
    assert ("BPBD Sleman", "ORG") in found
