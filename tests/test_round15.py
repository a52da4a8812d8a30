"""Round 15: people marked by their age or the name they go by; a person run on after a body
in a title, and roles over the bodies the rules found; countries and provinces the tagger
missed; terms spelled out in lower case; degrees and hospitals; Arabic name particles; a
place set off after a speaker's role, and a role set off by a comma before the name."""

from __future__ import annotations

from typing import Any

import pytest

from warta.extract.dates import extract_dates
from warta.extract.entities import find_entities
from warta.extract.entity_missed import plain_places
from warta.extract.entity_people import (
    people_after_bodies_in_titles,
    people_after_places_in_titles,
)
from warta.extract.quantities import extract_quantities
from warta.extract.quotes import extract_quotes


def _ents(text: str) -> list[tuple[str, str]]:
    return [(str(m["text"]), str(m["label"])) for m in find_entities(text)]


def _canon(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def test_a_name_with_an_age_in_brackets_is_a_person() -> None:
    text = (
        "Warga Desa Sarampad, Cugenang, Enah (52), mengaku panik saat gempa terjadi. "
        "Rumah Enah rusak berat."
    )
    assert ("Enah", "PER") in _ents(text)
    # known places counted in brackets stay places
    medals = "Indonesia di urutan kelima, di bawah Malaysia (145), Thailand (72), dan Vietnam (58)."
    assert ("Thailand", "LOC") in _ents(medals) and ("Vietnam", "LOC") in _ents(medals)


def test_the_name_a_person_goes_by_is_that_person() -> None:
    text = (
        "Wali Kota Makassar Munafri Arifuddin mengatakan penertiban dilakukan pekan depan. "
        'Munafri yang akrab disapa Appi menyebut lahan relokasi sudah siap. "Kami siap," '
        "kata Appi. Menurut Appi, pedagang akan dipindahkan secara bertahap."
    )
    found = find_entities(text)
    appi = [m for m in found if m["text"] == "Appi"]
    assert len(appi) == 3
    assert all(m["label"] == "PER" and m["canonical"] == "Munafri Arifuddin" for m in appi)
    alias = "Polisi menangkap Moch Ramuji alias Kapten di Bekasi. Kapten Budi memimpin."
    assert ("Kapten", "PER") not in _ents(alias)


def test_a_person_run_on_after_a_body_in_a_title_splits_off() -> None:
    text = (
        "Direktur PT Laba Forexindo Berjangka Ibrahim Assuaibi menilai rupiah melemah. "
        '"Data inflasi AS masih tinggi," ujar Ibrahim dalam risetnya.'
    )
    glued = "PT Laba Forexindo Berjangka Ibrahim Assuaibi"
    found: list[dict[str, Any]] = [
        {"text": glued, "label": "ORG", "start": 9, "end": 9 + len(glued)},
        {"text": "Ibrahim", "label": "PER", "start": text.rindex("Ibrahim"), "end": 0},
    ]
    found[1]["end"] = int(found[1]["start"]) + 7
    people_after_bodies_in_titles(found, text, {})
    assert [(m["text"], m["label"], m.get("role")) for m in found[:2]] == [
        ("PT Laba Forexindo Berjangka", "ORG", None),
        ("Ibrahim Assuaibi", "PER", "Direktur PT Laba Forexindo Berjangka"),
    ]
    # one last word splits off only after a place, an acronym or a known body
    ceo = "CEO Global Future Gurnek Bains mengatakan. Bains menambahkan."
    kept: list[dict[str, Any]] = [
        {"text": "Global Future Gurnek Bains", "label": "ORG", "start": 4, "end": 30},
        {"text": "Bains", "label": "PER", "start": 43, "end": 48},
    ]
    people_after_bodies_in_titles(kept, ceo, {})
    assert kept[0]["text"] == "Global Future Gurnek Bains"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Kasat Narkoba Polres Metro Bekasi AKBP Hadi Kristanto mengatakan pelaku ditangkap.",
            "Hadi Kristanto",
            "Kasat Narkoba Polres Metro Bekasi",
        ),
        (
            "Menteri Luar Negeri AS Antony Blinken hadir di Jakarta pada Senin.",
            "Antony Blinken",
            "Menteri Luar Negeri AS",
        ),
        ("CEO Traveloka Ferry Unardi hadir dalam acara itu.", "Ferry Unardi", "CEO Traveloka"),
        (
            "Manajer Raisa, Adryanto Pratono, membenarkan kabar itu.",
            "Adryanto Pratono",
            "Manajer Raisa",
        ),
    ],
)
def test_a_role_runs_over_the_bodies_the_rules_found(text: str, person: str, role: str) -> None:
    roles = {str(m["text"]): m.get("role") for m in find_entities(text)}
    assert roles[person] == role
    assert roles.get("Raisa") is None


def test_a_clipped_short_form_may_leave_out_the_head_word() -> None:
    text = (
        "Sidang digelar di Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri "
        "Jakarta Pusat. Majelis hakim Tipikor menunda sidang."
    )
    canon = _canon(text)
    assert canon["Tipikor"] == "Pengadilan Tindak Pidana Korupsi"
    assert all(label == "ORG" for name, label in _ents(text) if name == "Tipikor")


def test_a_name_cut_in_pieces_before_its_acronym_is_one_name() -> None:
    text = "Pemkot menyiapkan lahan relokasi di kawasan Center Point of Indonesia (CPI) Makassar."
    found = _ents(text)
    assert ("Center Point of Indonesia", "LOC") in found
    assert ("Indonesia", "LOC") not in found


def test_countries_and_provinces_the_tagger_missed_are_places() -> None:
    text = (
        "Israel dan kelompok Hamas menyepakati gencatan senjata. Pembebasan 33 sandera "
        "Israel ditukar dengan tahanan Palestina, kata pejabat Mesir."
    )
    found = _ents(text)
    assert found.count(("Israel", "LOC")) == 2 and ("Palestina", "LOC") in found
    # inside a longer name, or after a number or a particle, they are left alone
    for name in ("Liga Primer Inggris", "Liga 1 Indonesia", "Tour de Flores", "Giro d'Italia"):
        none: list[dict[str, Any]] = []
        plain_places(none, f"Ia tampil di {name} musim lalu.")
        assert none == [], name
    # "AS" only after a word that takes a country: elsewhere it may be initials
    assert ("AS", "LOC") in _ents("Nilai tukar rupiah melemah terhadap dolar AS hari ini.")
    assert ("AS", "LOC") not in _ents("Polisi menangkap seorang pria berinisial AS di Bekasi.")


def test_terms_spelled_out_in_lower_case_are_no_entities() -> None:
    text = (
        "Kasus demam berdarah dengue (DBD) meningkat. Dinas Kesehatan mencatat kasus DBD "
        "naik. Komisi Pemberantasan Korupsi (KPK) memeriksa pedagang kaki lima (PKL)."
    )
    names = [name for name, _ in _ents(text)]
    assert "DBD" not in names and "PKL" not in names
    assert "KPK" in names and "Dinas Kesehatan" in names


def test_degrees_close_no_names_and_hospitals_are_bodies() -> None:
    text = (
        "Kepala Dinkes Jateng dr Yunita Dyah Suminar MSc mengatakan kasus naik. Direktur "
        "RSUP dr Kariadi Semarang, dr Agus Akhmadi MKes, menyebut pasien bertambah. "
        "Ketua tim Prof Dr Bambang Sutrisno SH MH hadir bersama pelatih Ma Se Hong."
    )
    found = _ents(text)
    for person in ("Yunita Dyah Suminar", "Agus Akhmadi", "Bambang Sutrisno", "Ma Se Hong"):
        assert (person, "PER") in found, person
    assert ("RSUP dr Kariadi Semarang", "ORG") in found


def test_a_particle_hyphened_to_a_name_stays_with_it() -> None:
    text = (
        "Sementara itu, pejabat senior Hamas, Khalil al-Hayya, mengatakan kepada stasiun "
        "televisi Al Jazeera bahwa kelompoknya akan menyerahkan daftar sandera."
    )
    assert ("Khalil al-Hayya", "PER") in _ents(text)
    quotes = extract_quotes(text)
    assert [(q["speaker"], q["role"]) for q in quotes] == [
        ("Khalil al-Hayya", "pejabat senior Hamas")
    ]


def test_a_place_set_off_after_a_role_belongs_to_the_role() -> None:
    text = (
        "Warga Desa Sarampad, Cugenang, Enah (52), mengaku panik saat gempa terjadi. "
        '"Lemari jatuh, saya langsung lari," tuturnya.'
    )
    quotes: list[dict[str, Any]] = extract_quotes(text)
    assert {q["speaker"] for q in quotes} == {"Enah"}
    assert {q["role"] for q in quotes} == {"Warga Desa Sarampad, Cugenang"}


def test_more_nouns_count_people() -> None:
    found = {q["text"]: q for q in extract_quantities("Sekitar 350 pedagang dan 33 sandera.")}
    assert found["Sekitar 350"]["unit"] == "people"
    assert found["33"]["unit"] == "people"


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Menteri Keuangan, Sri Mulyani Indrawati mengatakan, anggaran itu akan disalurkan "
            "secara bertahap.",
            "Sri Mulyani Indrawati",
            "Menteri Keuangan",
        ),
        (
            "Ketua MUI, KH Cholil Nafis mengatakan hal itu dilarang dalam agama.",
            "Cholil Nafis",
            "Ketua MUI",
        ),
        (
            "Sementara itu, Kepala BPBD Garut, Satria Budi mengatakan banjir sudah mulai surut "
            "sejak pagi.",
            "Satria Budi",
            "Kepala BPBD Garut",
        ),
        # a role after a preposition is someone else's
        (
            "Dalam rapat dengan Menteri Keuangan, Sri Mulyani mengatakan anggaran itu cukup besar.",
            "Sri Mulyani",
            None,
        ),
        # Malaysia: "berkata", and the titles Datuk Seri / Tan Sri are no part of the role
        (
            "Menteri Kewangan II, Datuk Seri Amir Hamzah Azizan berkata, bantuan itu akan "
            "disalurkan secara berperingkat.",
            "Amir Hamzah Azizan",
            "Menteri Kewangan II",
        ),
        (
            "Menteri Kewangan Datuk Seri Amir Hamzah Azizan berkata, bantuan itu akan "
            "disalurkan mulai bulan depan.",
            "Amir Hamzah Azizan",
            "Menteri Kewangan",
        ),
    ],
)
def test_a_role_set_off_by_a_comma_before_the_name(
    text: str, speaker: str, role: str | None
) -> None:
    quotes = extract_quotes(text, entities=find_entities(text))
    assert [(q["speaker"], q["role"]) for q in quotes] == [(speaker, role)]


def test_degrees_close_no_speaker_names() -> None:
    text = (
        "Direktur RSUP dr Kariadi Semarang, dr Agus Akhmadi MKes, menyebut jumlah pasien "
        'yang dirawat mencapai 126 orang. "Kami sudah menambah 40 tempat tidur," ujarnya.'
    )
    quotes = extract_quotes(text, entities=find_entities(text))
    assert {q["speaker"] for q in quotes} == {"Agus Akhmadi"}


def test_a_list_of_people_before_a_comma_is_no_role_and_an_initial_no_title() -> None:
    listed = (
        "Dalam acara jumpa media bersama Presiden Perancis, Francois Hollande, Walikota Paris "
        "Anne Hidalgo dan Gehry, Arnault mengatakan proyek tersebut selayaknya start-up."
    )
    quotes = extract_quotes(listed, entities=find_entities(listed))
    assert [(q["speaker"], q["role"]) for q in quotes] == [("Arnault", None)]
    initial = (
        "Di tempat yang sama, Direktur Jenderal Perhubungan Laut Kementerian Perhubungan, A "
        "Tonny Budiono mengatakan, salah satu struktur yang bisa dilakukan adalah efisiensi."
    )
    quotes = extract_quotes(initial, entities=find_entities(initial))
    assert [q["role"] for q in quotes] == [
        "Direktur Jenderal Perhubungan Laut Kementerian Perhubungan"
    ]


def test_a_nickname_the_alias_table_knows_keeps_the_table_s_person() -> None:
    text = (
        "Kasus itu menjerat Gubernur DKI Jakarta Basuki Tjahja Purnama alias Ahok. Menanggapi "
        "hal ini, Gubernur DKI Jakarta Basuki Tjahaja Purnama berterima kasih. Ahok datang."
    )
    canon = {(str(m["text"]), str(m["canonical"])) for m in find_entities(text)}
    assert ("Ahok", "Basuki Tjahaja Purnama") in canon


def test_initials_listed_with_what_they_are_are_people() -> None:
    text = (
        "Abdul Qohar menyebut ketiga tersangka masing-masing berinisial HL selaku pemilik "
        "manfaat PT Tinindo Internusa, SG selaku direktur CV Venus Inti Perkasa, dan RI "
        "selaku komisaris PT Refined Bangka Tin."
    )
    found = _ents(text)
    assert ("HL", "PER") in found and ("SG", "PER") in found and ("RI", "PER") in found
    # a country's code listed as initials is the person only there
    both = "Tersangka berinisial AS ditangkap. Pemerintah AS mengecam serangan itu."
    assert [label for name, label in _ents(both) if name == "AS"] == ["PER", "LOC"]


def test_a_long_office_with_a_bracketed_short_form_stays_whole() -> None:
    text = (
        "Direktur Penyidikan pada Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Kejagung "
        "Abdul Qohar menyebut ketiga tersangka langsung ditahan di rumah tahanan."
    )
    quotes = extract_quotes(text, entities=find_entities(text))
    assert [q["role"] for q in quotes] == [
        "Direktur Penyidikan pada Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Kejagung"
    ]


def test_two_subjects_give_neither_a_role() -> None:
    text = (
        "Pasangan selebriti Raffi Ahmad dan Nagita Slavina merayakan ulang tahun putra sulung "
        "mereka di Bali.\n\nNagita mengaku sengaja tidak menggelar pesta besar tahun ini."
    )
    quotes = extract_quotes(text, entities=find_entities(text))
    assert [(q["speaker"], q["role"]) for q in quotes] == [("Nagita Slavina", None)]


def test_a_camel_case_name_is_a_company() -> None:
    text = "Saat ini, eFishery mengklaim telah melayani lebih dari 200.000 pembudidaya ikan."
    assert ("eFishery", "ORG") in _ents(text)


def test_sebut_saja_gives_a_pseudonym_not_a_speaker() -> None:
    text = (
        "Seorang siswi SMP berusia 14 tahun, sebut saja Mawar (bukan nama sebenarnya), menjadi "
        "korban pencabulan oleh tetangganya di Kecamatan Cibinong."
    )
    assert extract_quotes(text) == []
    cue = "Harga cabai naik tajam menjelang Natal, sebut Kepala Dinas Perdagangan Budi Santoso."
    assert [q["speaker"] for q in extract_quotes(cue)] == ["Budi Santoso"]


def test_a_place_after_a_title_run_on_into_a_name_splits_off() -> None:
    text = (
        "Kepastian itu disampaikan setelah pertemuan Menteri Agama Nasaruddin Umar dengan "
        "Menteri Haji dan Umrah Arab Saudi Tawfiq F. Al-Rabiah di Jeddah, Minggu (22/11)."
    )
    found = {str(m["text"]): m for m in find_entities(text)}
    assert found["Arab Saudi"]["label"] == "LOC"
    assert found["Tawfiq F. Al-Rabiah"]["label"] == "PER"
    assert found["Tawfiq F. Al-Rabiah"]["role"] == "Menteri Haji dan Umrah Arab Saudi"
    # a police unit's place name runs on: no person is cut out of it
    glued = "Kapolsek Metro Tanah Abang"
    unit: list[dict[str, Any]] = [
        {"text": "Metro Tanah Abang", "label": "LOC", "start": 9, "end": 26},
    ]
    people_after_places_in_titles(unit, glued + " AKBP Suwarno menjelaskan.", {("metro",): "LOC"})
    assert [m["text"] for m in unit] == ["Metro Tanah Abang"]


def test_a_title_may_close_with_a_bracketed_short_form_before_the_place() -> None:
    text = (
        "Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian (KPKP) DKI Jakarta Hasudungan "
        "Sidabalok memastikan stok pangan di Jakarta aman."
    )
    found = {str(m["text"]): m for m in find_entities(text)}
    assert found["DKI Jakarta"]["label"] == "LOC"
    assert found["Hasudungan Sidabalok"]["label"] == "PER"
    unit: list[dict[str, Any]] = [
        {"text": "Jakarta Pusat Hardisiswan", "label": "LOC", "start": 15, "end": 40}
    ]
    people_after_places_in_titles(unit, "Kepala Sudin X Jakarta Pusat Hardisiswan hadir.", {})
    assert [m["text"] for m in unit] == ["Jakarta Pusat Hardisiswan"]


def test_a_given_name_the_tagger_left_out_opens_the_name() -> None:
    text = (
        "Menteri Keuangan Purbaya Yudhi Sadewa memperkirakan defisit APBN mencapai 2,8 persen. "
        '"Defisit masih di bawah batas 3 persen," kata Purbaya dalam konferensi pers.'
    )
    people = {(str(m["text"]), str(m["canonical"])) for m in find_entities(text)}
    assert ("Purbaya Yudhi Sadewa", "Purbaya Yudhi Sadewa") in people
    assert ("Purbaya", "Purbaya Yudhi Sadewa") in people
    # a sentence's first word, a title's field or a form of address is no given name
    for glued in (
        "Namun Andi Wijaya menolak tuduhan itu. Namun, kata Andi, ia tidak bersalah.",
        "Menko Polhukam Wiranto hadir. Hal itu, jelas Menko Polhukam, penting.",
        "Mbah Ponco Sutiyem menang. Hal itu, kata Mbah Sutiyem, tidak disangka.",
    ):
        found = find_entities(glued)
        assert not any(
            str(m["text"]).split()[0] in ("Namun", "Polhukam", "Mbah") and m["label"] == "PER"
            for m in found
        ), glued


def test_a_clipped_short_form_of_the_name_s_last_words() -> None:
    text = (
        "Pemerintah meluncurkan Badan Pengelola Investasi Daya Anagata Nusantara (Danantara) "
        "pada Februari 2025. Danantara merupakan lembaga superholding yang membawahi BUMN."
    )
    found = [(str(m["label"]), str(m["canonical"])) for m in find_entities(text)]
    # (one body, named as the alias table names it since session 23, so that articles that
    # only write "Danantara" meet it too)
    assert found.count(("ORG", "Danantara")) == 3


def test_a_casualty_list_with_ages() -> None:
    text = (
        "Korban meninggal dunia masing-masing Rizky Maulana (17), Putri Amelia (16), dan Dimas "
        "Saputra (17). Sopir bus, AS (45), selamat dan kini diperiksa. Bus itu milik PO Trans "
        "Jaya Abadi. Kasat Lantas Polres Subang AKP Ilham Ramadhan mengatakan rem bus blong."
    )
    found = {str(m["text"]): m for m in find_entities(text)}
    assert found["Putri Amelia"]["label"] == "PER" and "role" not in found["Putri Amelia"]
    assert found["AS"]["label"] == "PER"
    assert found["PO Trans Jaya Abadi"]["label"] == "ORG"
    assert found["Ilham Ramadhan"]["role"] == "Kasat Lantas Polres Subang"
    # Ramadhan in a name after a rank is no Hijri month
    assert extract_dates(text, published="2026-11-23") == []
