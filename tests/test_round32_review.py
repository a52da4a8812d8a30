"""Session 32, a helper's review of the session's rules: sentences written to make each one
misfire (statement openings read as appositions, people read as outlets, a priest's title
read as a person, relative clauses read as predicates, recognition of a person, lawyers
named by their given name, the officer who spoke last, a brother introduced by title,
suspects' initials read as a noble title)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities
from warta.extract.entity_people import days_are_no_people


def test_a_statement_opening_on_a_kind_of_body_keeps_the_source_a_person() -> None:
    text = (
        "Menurut Budi Karya, maskapai yang terlambat akan dikenai sanksi. Budi Karya "
        "menyampaikan hal itu di Jakarta, Kamis."
    )
    assert ("Budi Karya", "ORG") not in _mentions(text)
    owner = "Polisi memeriksa Bambang, perusahaan miliknya diduga menampung barang curian."
    assert ("Bambang", "ORG") not in _mentions(owner)


def test_the_one_who_released_a_survey_is_no_outlet() -> None:
    text = (
        "Hasil survei yang dilansir Denny JA pekan lalu menunjukkan elektabilitas petahana "
        "menurun. Denny JA mengatakan hasil itu valid."
    )
    assert ("Denny JA", "ORG") not in _mentions(text)


def test_a_priests_title_before_i_opens_no_second_person() -> None:
    text = (
        "Upacara dipimpin Jero Mangku I Wayan Sudarsa di Pura Besakih. Jero Mangku I Wayan "
        "Sudarsa mengatakan upacara berlangsung khidmat."
    )
    assert ("Jero Mangku", "PER") not in _mentions(text)


def test_a_role_with_a_relative_clause_after_menurut_is_still_the_role() -> None:
    text = (
        "Menurut Budi, kepala desa setempat yang ditemui di rumahnya, banjir sudah surut "
        "sejak pagi."
    )
    assert _roles(text)["Budi"] is not None
    said = (
        "Menurut Budi, menteri keuangan saat ini sudah tepat, sehingga tidak perlu ada "
        "perombakan kabinet dalam waktu dekat."
    )
    assert _quotes(said)[0][2].startswith("menteri keuangan saat ini")


def test_a_body_after_menurut_is_no_person() -> None:
    text = "Menurut Transparency International, indeks persepsi korupsi Indonesia naik."
    assert ("Transparency International", "PER") not in _mentions(text)


def test_a_phone_call_and_a_witness_recognising_someone_are_still_statements() -> None:
    call = (
        "Kapolres Jakarta Selatan Kombes Indra Jafar mengatakan pihaknya menerima laporan. Ia "
        "menyebut panggilan darurat itu diterima pukul 03.00 WIB dari seorang warga."
    )
    assert any(q[2].startswith("panggilan darurat") for q in _quotes(call))
    witness = "Saksi mengakui Budi sebagai orang yang menyerahkan uang kepadanya di hotel."
    assert _quotes(witness) != []


def test_a_lawyer_or_spokesman_called_by_the_given_name_is_himself() -> None:
    text = (
        "Hotman Paris Hutapea mendatangi Polda Metro Jaya, Senin. Pengacara Hotman mengatakan "
        'laporan itu sudah lengkap. "Kami serahkan semua bukti," kata Hotman.'
    )
    assert {q[0] for q in _quotes(text)} == {"Hotman Paris Hutapea"}
    spokesman = (
        "Febri Diansyah hadir dalam konferensi pers di gedung KPK. Jubir Febri mengatakan "
        "penyidik masih memeriksa saksi."
    )
    assert _quotes(spokesman)[0][0] == "Febri Diansyah"
    representative = (
        "Perwakilan Yayasan Kanker Indonesia, Dian Sastro, hadir dalam acara itu. Perwakilan "
        "Dian mengatakan yayasan akan terus membantu."
    )
    assert _quotes(representative)[0][0] == "Dian Sastro"


def test_the_officer_named_last_is_whom_an_epithet_means() -> None:
    text = (
        "Mauro Icardi kembali mencetak gol untuk Inter Milan. Icardi kini sudah mengoleksi 20 "
        "gol musim ini. Kontrak Icardi akan habis pada 2021. Presiden Inter Milan, Erick "
        'Thohir, memastikan klub tak akan menjualnya. "Kami tidak akan melepas pemain terbaik '
        'kami," kata pengusaha asal Indonesia itu.'
    )
    assert _quotes(text)[0][0] == "Erick Thohir"


def test_a_brother_introduced_with_a_title_is_whom_the_surname_means_next() -> None:
    text = (
        "Gary Neville mengkritik performa Manchester United. Neville menilai tim kurang "
        "agresif. Menurut Neville, pelatih harus berbenah. Adiknya, pelatih timnas putri "
        'Inggris Phil Neville, justru optimistis. "Kami masih punya waktu," kata Neville.'
    )
    assert [q[0] for q in _quotes(text)] == ["Gary Neville", "Gary Neville", "Phil Neville"]


def test_initials_of_a_suspect_are_no_noble_title() -> None:
    text = (
        "Polisi menangkap tersangka berinisial RA di Bekasi. RA Sutrisno, kakak tersangka, "
        "mengatakan adiknya tidak bersalah."
    )
    assert ("Sutrisno", "PER") not in _mentions(text)


def test_ni_opens_a_balinese_name_too() -> None:
    text = "Sidang dihadiri kuasa hukum Ahok Ni Luh Putu Ayu di Pengadilan Negeri Denpasar."
    assert ("Ni Luh Putu Ayu", "PER") in _mentions(text)


def test_a_person_called_hari_welcomed_is_a_person() -> None:
    text = "Warga menyambut Hari Sabarno yang datang meninjau lokasi banjir di desa itu."
    found = [{"text": "Hari Sabarno", "label": "PER", "start": 16, "end": 28}]
    days_are_no_people(found, text)
    assert found, "a person welcomed is no day"
    day = "Warga memperingati Hari Kartini di balai desa."
    found = [{"text": "Hari Kartini", "label": "PER", "start": 19, "end": 31}]
    days_are_no_people(found, day)
    assert found == []


def test_second_review_a_titled_newcomer_takes_no_surname_from_a_titled_subject() -> None:
    text = (
        "Presiden Amerika Serikat Donald Trump tiba di Singapura. Trump disambut hangat. "
        "Trump lalu menuju hotel. Penasihat senior Gedung Putih Ivanka Trump juga ikut dalam "
        'rombongan. "Pertemuan ini akan sangat sukses," kata Trump.'
    )
    assert _quotes(text)[0][0] == "Donald Trump"


def test_second_review_a_nickname_newly_named_is_no_ones_alias() -> None:
    text = (
        "Kapolsek Budi Santoso mengatakan polisi masih memburu seorang pria beralias Kevin "
        "yang diduga menjadi penadah. Kevin kini masuk daftar pencarian orang."
    )
    assert all(
        canonical != "Budi Santoso" for name, canonical in _canonicals(text) if name == "Kevin"
    )


def test_second_review_demikian_and_a_pronoun_cue_is_the_one_in_focus() -> None:
    text = (
        'Presiden Joko Widodo meninjau lokasi banjir. "Kita akan bantu semua warga," '
        "demikian ujarnya di lokasi."
    )
    assert _quotes(text)[0][0] == "Joko Widodo"


def test_second_review_recognising_someone_as_an_office_is_no_statement() -> None:
    text = (
        "Amerika Serikat dan puluhan negara lain mengakui Juan Guaido sebagai presiden "
        "sementara Venezuela."
    )
    assert _quotes(text) == []


def test_second_review_the_subject_with_a_relative_clause_is_no_role() -> None:
    text = "Menurut Budi Karya, pengemudi yang melanggar aturan akan ditilang polisi."
    assert _roles(text)["Budi Karya"] is None


def test_second_review_a_word_spoken_of_is_no_person() -> None:
    text = (
        "Malaysia melarang penggunaan kata Allah oleh media Katolik. Menurut gereja, Allah "
        "adalah kata yang sudah lama dipakai umat Kristen di sana."
    )
    assert ("Allah", "PER") not in _mentions(text)


def _canonicals(text: str) -> list[tuple[str, str]]:
    return [(str(m["text"]), str(m.get("canonical"))) for m in find_entities(text)]
