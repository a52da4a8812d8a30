"""Session 21: fresh articles in today's styles (a regional-head inauguration, a gold price
list, a drug bust at Bakauheni, a World Cup qualifier, a BMKG warning, the Pertamina import
case, a Tuban road complaint, a rupiah close): the misses they showed."""

from __future__ import annotations

from typing import Any

import pytest
from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities
from warta.extract.entity_rules import surnames_are_people
from warta.extract.quantities import extract_quantities


def _amounts(text: str) -> list[tuple[str, float, str | None]]:
    return [(q["text"], q["value"], q["counts"]) for q in extract_quantities(text)]


# --- roles ---------------------------------------------------------------------------------


def test_a_role_stops_at_the_comma_of_a_list_of_office_holders() -> None:
    roles = _roles(
        "Ketujuh kepala daerah itu antara lain Gubernur Papua Mathius Fakhiri, Bupati "
        "Kepulauan Talaud Welly Titah, dan Wali Kota Banjarbaru Erna Lisa Halaby."
    )
    assert roles["Mathius Fakhiri"] == "Gubernur Papua"
    assert roles["Welly Titah"] == "Bupati Kepulauan Talaud"
    assert roles["Erna Lisa Halaby"] == "Wali Kota Banjarbaru"


def test_a_firm_ending_after_a_firm_is_the_firm_not_a_given_name() -> None:
    text = (
        "Pengamat komoditas dan Direktur PT Laba Forexindo Berjangka Ibrahim Assuaibi "
        "mengatakan kenaikan harga emas dipicu ekspektasi pemangkasan suku bunga."
    )
    assert ("PT Laba Forexindo Berjangka", "ORG") in _mentions(text)
    assert _roles(text) == {"Ibrahim Assuaibi": "Direktur PT Laba Forexindo Berjangka"}


def test_a_field_in_english_joined_by_and_before_a_firm_is_part_of_the_role() -> None:
    roles = _roles(
        "Penyidik juga menetapkan enam tersangka lain, di antaranya Direktur Feedstock and "
        "Product Optimization PT Kilang Pertamina Internasional Sani Dinar Saifuddin."
    )
    assert roles["Sani Dinar Saifuddin"] == (
        "Direktur Feedstock and Product Optimization PT Kilang Pertamina Internasional"
    )


def test_a_short_form_in_brackets_not_in_capitals_stays_inside_a_role_set_off() -> None:
    roles = _roles(
        "Direktur Penyidikan pada Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Kejagung, "
        "Abdul Qohar, mengatakan penetapan tersangka dilakukan setelah pemeriksaan."
    )
    assert roles["Abdul Qohar"] == (
        "Direktur Penyidikan pada Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Kejagung"
    )


# --- names ---------------------------------------------------------------------------------


def test_a_given_name_the_tagger_read_as_a_place_is_the_person() -> None:
    text = (
        "Kejaksaan Agung menetapkan mantan Direktur Utama PT Pertamina Patra Niaga, Riva "
        "Siahaan, sebagai tersangka. Selain Riva, penyidik juga menetapkan enam tersangka lain."
    )
    assert ("Riva", "LOC") not in _mentions(text)
    assert ("Riva", "PER") in _mentions(text)


def test_a_place_run_into_a_name_after_a_title_is_no_given_name() -> None:
    text = (
        "Badai menghantam pesisir Queensland antara Bowen dan Pantai Airlie, Selasa.\n\n"
        "Perdana Menteri Queensland Annastacia Palaszczuk mengatakan masih terlalu dini. "
        "Palaszczuk khawatir."
    )
    mentions = _mentions(text)
    assert ("Queensland", "PER") not in mentions
    assert _roles(text)["Annastacia Palaszczuk"] == "Perdana Menteri Queensland"


def _at(text: str, phrase: str, name: str, label: str) -> dict[str, Any]:
    start = text.index(phrase) + phrase.index(name)
    return {"text": name, "label": label, "start": start, "end": start + len(name)}


@pytest.mark.parametrize(
    ("extra", "label"),
    [
        ("", "PER"),  # a town only geonames knows is no proof of a place
        (" Pameran itu digelar di Jeddah.", "LOC"),  # the article puts it where places stand
    ],
)
def test_a_surname_that_is_a_geonames_town_is_the_person_unless_the_article_places_it(
    extra: str, label: str
) -> None:
    text = "Konsul R.I Jeddah hadir. Jeddah ramai." + extra
    found = [
        _at(text, "R.I Jeddah hadir", "R.I Jeddah", "PER"),
        _at(text, "Jeddah ramai", "Jeddah", "LOC"),
    ]
    surnames_are_people(found, text, {("jeddah",): "LOC"})
    assert found[1]["label"] == label


def test_a_club_read_as_a_person_gives_no_surname() -> None:
    text = "Nama Lacazette (Olympique Lyon) disebut. Arsenal dan Lyon sepakat."
    found = [
        _at(text, "Olympique Lyon", "Olympique Lyon", "PER"),
        _at(text, "Lyon sepakat", "Lyon", "LOC"),
    ]
    surnames_are_people(found, text, {("lyon",): "LOC"})
    assert found[1]["label"] == "LOC"


# --- quotes --------------------------------------------------------------------------------


def test_a_subject_set_off_after_a_long_title_is_who_the_pronoun_then_names() -> None:
    text = (
        "Hal senada disampaikan Siti Aminah (35), pedagang di pinggir jalan. Menurutnya, debu "
        "membuat dagangannya sepi.\n\n"
        "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR) Kabupaten Tuban, Agung "
        "Supriyadi, saat dikonfirmasi membenarkan kerusakan tersebut. Ia menyebut jalan itu "
        "berstatus jalan nasional.\n\n"
        '"Kami sudah bersurat ke BBPJN sejak Oktober," jelasnya.'
    )
    quotes = _quotes(text)
    assert [q[0] for q in quotes] == ["Siti Aminah", "Agung Supriyadi", "Agung Supriyadi"]


# --- quantities ----------------------------------------------------------------------------


def test_a_price_list_with_bullets_keeps_every_weight_and_price() -> None:
    text = (
        "Berikut rincian harga emas Antam hari ini:\n"
        "- 0,5 gram: Rp1.209.000\n"
        "- 1 gram: Rp2.318.000\n"
        "• 5 gram: Rp11.365.000\n\n"
        "Harga tersebut belum termasuk pajak."
    )
    assert [(t, v) for t, v, _ in _amounts(text)] == [
        ("0,5 gram", 0.5),
        ("Rp1.209.000", 1209000),
        ("1 gram", 1),
        ("Rp2.318.000", 2318000),
        ("5 gram", 5),
        ("Rp11.365.000", 11365000),
    ]


def test_a_sign_before_a_number_mid_line_is_still_a_sign() -> None:
    assert _amounts("Suhu turun ke minus 2 derajat Celsius.")[0][1] == -2


def test_money_counts_no_days_before_a_date() -> None:
    assert _amounts("Harganya Rp11.365.000 hari ini.") == [("Rp11.365.000", 11365000, None)]
    assert _amounts("Harganya Rp5 juta tahun lalu.") == [("Rp5 juta", 5000000, None)]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Lubang sedalam 20 sentimeter tersebar di sepanjang jalan.", None),
        ("Polisi menangkap 5 tersangka.", "tersangka"),
        ("Densus menangkap 3 terduga teroris.", "terduga"),
        ("Ada 12 terowongan di jalur itu.", "terowongan"),
    ],
)
def test_a_verb_of_state_after_a_number_is_counted_by_nothing(
    text: str, counts: str | None
) -> None:
    assert _amounts(text)[0][2] == counts


# --- batch 2: an inflation release, a Garut blast, Gaza, a celebrity denial, a Malay wire ----


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Budi Gunawan berkata.",
            "Budi Gunawan",
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
        ),
        (
            "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Yandri Susanto hadir.",
            "Yandri Susanto",
            "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
        ),
        (
            "Menteri Pelaburan, Perdagangan dan Industri Tengku Datuk Seri Zafrul Tengku Abdul "
            "Aziz pula berkata pasukan akan ke Washington.",
            "Zafrul Tengku Abdul Aziz",
            "Menteri Pelaburan, Perdagangan dan Industri",
        ),
        (
            "Presiden Persekutuan Pekilang-Pekilang Malaysia (FMM) Tan Sri Soh Thian Lai "
            "menggesa kerajaan menyediakan bantuan.",
            "Soh Thian Lai",
            "Presiden Persekutuan Pekilang-Pekilang Malaysia (FMM)",
        ),
    ],
)
def test_offices_with_listed_fields_and_malaysian_honorifics(
    text: str, name: str, role: str
) -> None:
    assert _roles(text)[name] == role


def test_a_comma_before_another_title_still_ends_the_office() -> None:
    roles = _roles("Hadir pula Menteri BUMN, Menteri Keuangan Sri Mulyani Indrawati.")
    assert roles["Sri Mulyani Indrawati"] == "Menteri Keuangan"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Suami Nagita Slavina itu mengatakan dirinya tidak mengambil gaji.",
            "Nagita Slavina",
            None,
        ),
        ("Kedatangan Putri Charlotte disambut warga.", "Charlotte", "Putri"),
        ("Ibu Negara Iriana Joko Widodo hadir.", "Iriana Joko Widodo", "Ibu Negara"),
    ],
)
def test_a_relation_right_before_a_name_is_no_role_of_it(
    text: str, name: str, role: str | None
) -> None:
    assert _roles(text)[name] == role


def test_a_malay_minister_after_a_listed_field_speaks_and_keeps_the_focus() -> None:
    text = (
        "Menteri Pelaburan, Perdagangan dan Industri Tengku Datuk Seri Zafrul Tengku Abdul Aziz "
        "pula berkata, pasukan perunding Malaysia akan ke Washington minggu depan.\n\n"
        "Katanya, eksport Malaysia ke Amerika Syarikat bernilai RM198 bilion tahun lalu.\n\n"
        "Sementara itu, Presiden Persekutuan Pekilang-Pekilang Malaysia (FMM) Tan Sri Soh Thian "
        "Lai menggesa kerajaan menyediakan bantuan kepada pengeksport kecil."
    )
    assert [(q[0], q[1]) for q in _quotes(text)] == [
        ("Zafrul Tengku Abdul Aziz", "Menteri Pelaburan, Perdagangan dan Industri"),
        ("Zafrul Tengku Abdul Aziz", "Menteri Pelaburan, Perdagangan dan Industri"),
        ("Soh Thian Lai", "Presiden Persekutuan Pekilang-Pekilang Malaysia (FMM)"),
    ]


def test_a_short_coordinating_office_finds_the_minister_named_in_full() -> None:
    text = (
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto mengatakan kerja sama "
        "penting.\n\n"
        '"Konektivitas kelautan merupakan agenda penting," jelas Menko Polhukam.'
    )
    assert _quotes(text)[-1][0] == "Wiranto"


def test_a_new_province_cut_by_the_tagger_runs_to_its_full_name() -> None:
    mentions = _mentions(
        "Inflasi tertinggi terjadi di Provinsi Papua Pegunungan, sedangkan warga Papua Barat "
        "Daya juga terdampak. Gubernur Papua Barat Dominggus Mandacan hadir."
    )
    places = [m for m, label in mentions if label == "LOC"]
    assert "Papua Pegunungan" in places
    assert "Papua Barat Daya" in places
    assert "Papua Barat" in places


def test_plus_minus_is_no_sign() -> None:
    assert [(t, v) for t, v, _ in _amounts("Sasaran inflasi 2,5 plus minus 1 persen.")] == [
        ("2,5", 2.5),
        ("1 persen", 1),
    ]


# --- batch 3: one KPK story on three sites (HTML, wire, rewritten) -------------------------


def test_initials_after_a_word_of_a_case_are_a_person() -> None:
    text = (
        'Komisi Pemberantasan Korupsi (KPK) menahan bupati itu. "Tersangka AAZ diduga menerima '
        'fee," kata Asep. Tersangka KPK lain ditahan. Pelaku UMKM mengeluh.'
    )
    mentions = _mentions(text)
    assert ("AAZ", "PER") in mentions
    assert ("KPK", "PER") not in mentions  # the body spelled out in brackets
    assert ("UMKM", "PER") not in mentions  # a kind of people, no initials


def test_a_hospital_short_form_alone_is_a_body() -> None:
    text = "Suap pembangunan Rumah Sakit Umum Daerah (RSUD) Kolaka Timur. Korban dibawa ke RSUD."
    assert ("RSUD", "LOC") not in _mentions(text)
    assert ("RSUD", "ORG") in _mentions(text)


def test_a_story_label_names_people_in_full() -> None:
    from warta.dedup.terms import label_of

    centroid = {"e:KPK": 0.9, "e:Kolaka Timur": 0.8, "e:Abdul Azis": 0.5, "abdul": 0.7, "suap": 0.6}
    assert label_of(centroid, size=4) == "KPK, Kolaka Timur, Abdul Azis, suap"


# --- batch 4: a corruption verdict, a badminton final, a startup round, a Sukabumi flood ----


def test_a_given_name_of_an_alias_is_the_person_named_in_full() -> None:
    text = (
        "Hakim menjatuhkan vonis kepada mantan Menteri Perdagangan Thomas Trikasih Lembong alias "
        "Tom Lembong. Selain pidana badan, Tom juga dihukum membayar denda."
    )
    canon = {str(m["text"]): m.get("canonical") for m in find_entities(text)}
    assert canon["Tom"] == "Thomas Trikasih Lembong"


def test_a_two_word_place_whose_last_word_the_article_takes_for_a_person_is_that_person() -> None:
    text = (
        "Jonatan mengalahkan wakil tuan rumah Kodai Naraoka di final. Pertandingan tidak mudah "
        "karena Naraoka bermain sangat sabar, kata Jonatan."
    )
    assert ("Kodai Naraoka", "PER") in _mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # a province opens it
        "Anggota geng motor Sulawesi Vixen tewas. Vixen dikenal sering berulah.",
        # a title opens it
        "Hal itu disampaikan Camat Kutabaharu. Kutabaharu dikenal karena danau.",
    ],
)
def test_a_place_or_title_opening_the_name_keeps_it_no_person(text: str) -> None:
    first = text.split(" ")[3] if text.startswith("Anggota") else "Camat"
    assert not any(label == "PER" and m.startswith(first) for m, label in _mentions(text))


def test_a_singles_or_doubles_player_keeps_the_whole_calling() -> None:
    roles = _roles("Tunggal putra Indonesia Jonatan Christie menjadi juara Japan Open.")
    assert roles["Jonatan Christie"] == "Tunggal putra Indonesia"


def test_a_model_number_before_this_year_is_no_amount_of_years() -> None:
    assert _amounts("Ini gelar pertamanya di turnamen BWF Super 750 tahun ini.") == []
    assert _amounts("Inflasi 3 bulan ini naik.")[0][:2] == ("3 bulan", 3)


# --- batch 5: a human-interest story, lists and site furniture -----------------------------


def _canon(text: str) -> dict[str, str | None]:
    return {str(m["text"]): m.get("canonical") for m in find_entities(text)}


def test_a_nickname_given_by_an_epithet_is_the_subject_named_before() -> None:
    text = (
        "Sutrisno (58) sudah berjualan bakso keliling sejak 1991.\n\n"
        '"Dulu saya cuma lulusan SD," tutur pria yang akrab disapa Pak Tris itu.\n\n'
        "Setiap hari, Tris mulai meracik bakso sejak pukul 03.00 WIB."
    )
    assert _canon(text)["Tris"] == "Sutrisno"
    assert [q[0] for q in _quotes(text)] == ["Sutrisno"]


@pytest.mark.parametrize(
    ("text", "nick", "owner"),
    [
        # the subject of the sentence before, not the last name written
        (
            "Salah satunya Jessica Iskandar. Kendati belum melihat kondisi terakhir Julia "
            "Perez, namun perempuan yang akrab dipanggil Jedar ini mengaku selalu mendoakan.",
            "Jedar",
            "Jessica Iskandar",
        ),
        # initials go to the name they abbreviate
        (
            "Aksi itu mendapat apresiasi dari Achsanul Qosasi. Ketua panitia Munadi hadir.\n\n"
            '"Kami bangga," kata pria yang karib disapa AQ tersebut.',
            "AQ",
            "Achsanul Qosasi",
        ),
    ],
)
def test_whom_an_epithet_nickname_names(text: str, nick: str, owner: str) -> None:
    assert _canon(text)[nick] == owner


def test_no_nickname_goes_to_the_first_of_a_list() -> None:
    text = (
        "Pemain inti ada di latihan, seperti kiper I Made Wirawan, Supardi Nasir, dan Atep.\n\n"
        "Melawan PSMS, pria yang akrab dipanggil Djanur itu akan memainkan pemain muda."
    )
    assert _canon(text).get("Djanur") in (None, "Djanur")


def test_a_question_naming_someone_by_a_nickname_puts_them_in_focus() -> None:
    text = (
        "Salah satunya Jessica Iskandar. Namun perempuan yang akrab dipanggil Jedar ini "
        "mengaku selalu mendoakan Julia Perez.\n\n"
        "Ruben Onsu menjenguk Julia Perez kemarin.\n\n"
        "Lalu bagaimana tanggapan Jedar?\n\n"
        '"Aku sih enggak pernah bertanya ya."'
    )
    assert _quotes(text)[-1][0] == "Jessica Iskandar"


# --- batch 6: an English wire on an Indonesian site ----------------------------------------


def test_english_numbers_are_read_in_english_notation_in_an_english_article() -> None:
    from warta.document import Document
    from warta.extract.quantities import QuantityExtractor

    doc = Document(id="en", raw="The rupiah weakened 0.4% to 16,720 per dollar.", language="en")
    QuantityExtractor().process(doc)
    got = [(q["text"], q["value"]) for q in doc.annotations["quantities"]]
    assert got == [("0.4%", 0.4), ("16,720", 16720)]
    # the same figures in an Indonesian article keep the Indonesian notation
    assert _amounts("Rupiah melemah ke 16.720 per dolar.")[0][:2] == ("16.720", 16720)


def test_an_english_pronoun_after_a_quote_names_the_person_in_focus() -> None:
    text = (
        "Governor Perry Warjiyo told a news conference the bank would intervene.\n\n"
        '"Our focus in the short term is rupiah stability," he said.'
    )
    assert _quotes(text)[-1][0] == "Perry Warjiyo"


# --- batch 7: a celebrity birth announcement, a budget release ------------------------------


def test_a_relative_set_off_after_the_relation_is_a_person() -> None:
    text = (
        "Aktor laga Iko Uwais mengumumkan kelahiran anak ketiganya bersama sang istri, Audy "
        "Item. Audy juga membagikan momen haru tersebut."
    )
    assert ("Audy Item", "PER") in _mentions(text)


def test_a_name_read_as_a_body_beside_a_person_in_a_pair_is_a_person() -> None:
    mentions = _mentions(
        "Sejumlah selebritas memberikan ucapan selamat, di antaranya Joe Taslim dan Chelsea Islan."
    )
    assert ("Chelsea Islan", "PER") in mentions


def test_a_band_beside_a_person_stays_a_body() -> None:
    mentions = _mentions("Lagu itu dinyanyikan ulang oleh Bryan Adams dan The Beatles.")
    assert ("The Beatles", "PER") not in mentions


def test_a_social_media_handle_makes_no_common_word_of_a_name() -> None:
    text = (
        "Aktor laga Iko Uwais mengumumkan kabar itu melalui akun Instagram pribadinya, "
        "@iko.uwais, Selasa.\n\n"
        '"Alhamdulillah, telah lahir putra kami," tulis Iko dalam keterangan unggahannya.'
    )
    assert _quotes(text)[0][0] == "Iko Uwais"


def test_a_clause_before_the_comma_leaves_the_subject_after_it_in_focus() -> None:
    text = (
        "Chicco Jerikho menulis ucapan terima kasih untuk Mikha Tambayong.\n\n"
        "Saat perihal kejutan tersebut disinggung, Mikha Tambayong pun enggan berkomentar. "
        "Ia hanya mengaku memberikan sebuah doa."
    )
    assert _quotes(text)[-1][0] == "Mikha Tambayong"


def test_a_body_the_tagger_knows_speaks_as_itself_not_as_a_run_of_a_subheading() -> None:
    text = (
        "Acer memperkenalkan laptop baru di New York.\n\n"
        "Predator Triton 700 Jawaban Acer untuk Razer Blade\n\n"
        "Acer menjelaskan bahwa teknologi anti panas membawa kipas logam."
    )
    assert _quotes(text)[-1][0] == "Acer"


# --- batch 8: a mosque charity-box theft in Bantul ------------------------------------------


def test_the_speaker_is_the_one_accompanied_not_who_accompanies() -> None:
    text = (
        "Kapolsek Sewon Kompol Suyanto didampingi Kanit Reskrim Iptu Dwi Rahmanto mengatakan, "
        "aksi pelaku terekam kamera pengawas."
    )
    assert _quotes(text)[0][0] == "Suyanto"
    assert _roles(text)["Dwi Rahmanto"] == "Kanit Reskrim"


def test_a_registration_plate_names_no_one() -> None:
    mentions = _mentions("Polisi menyita sepeda motor bernomor polisi AB 4521 JK. Wapres JK hadir.")
    assert ("JK", "PER") in mentions  # the Vice President, once
    assert len([m for m, _ in mentions if m == "JK"]) == 1
    assert not any(m == "AB" for m, _ in mentions)


def test_a_pilgrims_title_is_no_part_of_the_speakers_name() -> None:
    text = (
        "Takmir masjid, Haji Muhammad Rofiq (63), mengaku baru menyadari kotak amal dibobol.\n\n"
        '"Isinya sekitar Rp2,5 juta," ujar Rofiq.'
    )
    assert {q[0] for q in _quotes(text)} == {"Muhammad Rofiq"}


# --- batch 9: a Gulf diplomacy wire --------------------------------------------------------


def test_a_country_after_an_office_field_before_a_title_or_name_is_a_place_of_the_role() -> None:
    roles = _roles(
        "Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan Al Saud menerima kunjungan "
        "itu. Putra Mahkota Arab Saudi Mohammed bin Salman dijadwalkan datang."
    )
    assert roles["Faisal bin Farhan Al Saud"] == "Menteri Luar Negeri Arab Saudi"
    assert roles["Mohammed bin Salman"] == "Putra Mahkota Arab Saudi"


def test_a_royal_title_alone_stays_the_role() -> None:
    assert _roles("Pangeran William mengunjungi Kenya.")["William"] == "Pangeran"


def test_a_country_inside_a_league_or_a_book_title_is_not_split_off() -> None:
    mentions = _mentions(
        "Tim itu memiliki 21 pemain untuk Indonesia Super League. Arsenal finis di empat besar "
        "Liga Primer Inggris."
    )
    assert ("Indonesia", "LOC") not in mentions


def test_a_word_of_the_language_after_a_case_word_in_a_capitals_headline_is_no_initials() -> None:
    text = (
        "SELAIN TUSUK POLISI PELAKU JUGA LEMPAR BENDA MIRIP BOM KE POSPOL\n\n"
        "Seorang pria menyerang polisi di pos polisi. Pelaku melempar benda mirip bom."
    )
    assert not any(m == "JUGA" for m, _ in _mentions(text))


# --- batch 10: a drowning at Kuta --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Sementara itu, Bendesa Adat Kuta Komang Alit Ardana mengimbau pengelola usaha.",
            "Komang Alit Ardana",
            "Bendesa Adat Kuta",
        ),
    ],
)
def test_a_balinese_name_run_into_a_village_office_is_the_person(
    text: str, name: str, role: str
) -> None:
    assert _roles(text)[name] == role


@pytest.mark.parametrize(
    "text",
    [
        "Laga digelar di Stadion Kapten I Wayan Dipta Gianyar, Sabtu.",
        "Kantor itu berada di Jalan Ki Gede Sebayu, Kota Tegal.",
    ],
)
def test_a_place_named_after_a_balinese_or_javanese_person_stays_whole(text: str) -> None:
    assert not any(label == "PER" for _, label in _mentions(text))


def test_a_hospital_named_after_a_professor_is_one_body() -> None:
    mentions = _mentions("Jenazah korban kini berada di RSUP Prof Ngoerah Denpasar.")
    assert mentions == [("RSUP Prof Ngoerah Denpasar", "ORG")]


# --- batch 11: a market close with stock codes --------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        (
            "Saham PT Bank Rakyat Indonesia (Persero) Tbk (BBRI) naik 2,1%. BBRI masih menarik.",
            "BBRI",
            "Bank Rakyat Indonesia",
        ),
        (
            "Saham PT Indofood Sukses Makmur Tbk (INDF) naik. Analis menilai INDF murah.",
            "INDF",
            "Indofood Sukses Makmur",
        ),
    ],
)
def test_a_stock_code_after_a_listed_company_is_that_company(
    text: str, code: str, name: str
) -> None:
    canon = {str(m["text"]): m.get("canonical") for m in find_entities(text)}
    assert canon[code] == name


# --- batch 12: a dengue briefing ----------------------------------------------------------


def test_a_long_short_form_in_brackets_stays_inside_the_office() -> None:
    roles = _roles(
        "Wakil Menteri Kesehatan (Wamenkes) Dante Saksono Harbuwono mengungkapkan kasus naik. "
        "Ketua Umum Ikatan Dokter Anak Indonesia (IDAI) dr Piprim Basarah Yanuarso, SpA(K) "
        "menyambut baik rencana tersebut."
    )
    assert roles["Dante Saksono Harbuwono"] == "Wakil Menteri Kesehatan (Wamenkes)"
    assert roles["Piprim Basarah Yanuarso"] == "Ketua Umum Ikatan Dokter Anak Indonesia (IDAI)"


def test_a_speaker_named_after_a_long_office_and_degrees_takes_the_focus() -> None:
    text = (
        "Wakil Menteri Kesehatan Dante Saksono Harbuwono mengungkapkan kasus naik 40 persen.\n\n"
        "Ketua Umum Ikatan Dokter Anak Indonesia (IDAI) dr Piprim Basarah Yanuarso, SpA(K) "
        'menyambut baik rencana tersebut. "Vaksin bukan pengganti 3M," katanya.'
    )
    assert _quotes(text)[-1][0] == "Piprim Basarah Yanuarso"


# --- batch 13: a Liga 1 match report ----------------------------------------------------


def test_ensuring_a_win_is_no_statement() -> None:
    text = (
        "Gol bunuh diri bek Arema, Bayu Aji, pada menit ke-81 memastikan kemenangan Bajol Ijo. "
        "Presiden Joko Widodo memastikan tak akan ada aksi demonstrasi lanjutan."
    )
    quotes = _quotes(text)
    assert [q[0] for q in quotes] == ["Joko Widodo"]


def test_a_clubs_nickname_in_another_spelling_is_the_club() -> None:
    mentions = _mentions("Gol itu memastikan kemenangan Bajol Ijo atas Arema FC di Surabaya.")
    assert ("Bajol Ijo", "PER") not in mentions


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Presiden Prabowo menerima kunjungan timpalannya dari AS Joe Biden di Jakarta.",
            "Joe Biden",
            "timpalannya dari AS",
        ),
        (
            "Menteri Luar Negeri Arab Saudi menerima kunjungan timpalannya dari Iran, Abbas "
            "Araghchi, di Riyadh.",
            "Abbas Araghchi",
            "timpalannya dari Iran",
        ),
    ],
)
def test_a_counterpart_is_a_role(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role
