"""Round 58: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def test_saudara_written_small_is_no_role() -> None:
    text = (
        "Cuaca cerah.\n\n"
        '"Proses hukum terhadap saudara Basuki akan dilakukan secara tegas," kata Jokowi.\n\n'
        "Yang membuat hati saudara Kim Kardashian itu hancur adalah video itu.\n\n"
        "Mereka memenangi perang saudara atas Mohammad Ahsan di semifinal."
    )
    found = _roles(text)
    assert found["Basuki"] is None
    assert found["Kim Kardashian"] is None
    assert found["Mohammad Ahsan"] is None


def test_a_relation_before_a_name_stays_its_role() -> None:
    text = "Cuaca cerah.\n\nIa datang bersama Ketua DPR Setya Novanto ke lokasi."
    assert _roles(text)["Setya Novanto"] == "Ketua DPR"


def test_names_before_teams_in_brackets_are_people() -> None:
    text = (
        "Cuaca cerah.\n\n"
        "Jonas Folger (Yamaha Tech3) menggeser catatan waktu Vinales (Movistar Yamaha). "
        "Beberapa pebalap, Hamilton dan Valtteri Bottas (Mercedes), serta Sebastian Vettel "
        "(Ferrari), mengganti ban."
    )
    found = dict(_mentions(text))
    assert found["Jonas Folger"] == "PER"
    assert found["Valtteri Bottas"] == "PER"
    assert found["Mercedes"] == "ORG"


def test_a_body_before_its_short_form_stays_a_body() -> None:
    text = (
        "Cuaca cerah.\n\n"
        "Sebastian Vettel (Ferrari) dan Lewis Hamilton (Mercedes) hadir. "
        "Bank Mandiri (BM) ikut mensponsori."
    )
    found = dict(_mentions(text))
    assert found["Sebastian Vettel"] == "PER"
    assert found.get("Bank Mandiri") == "ORG"


def test_the_subject_after_a_jelang_adjunct_is_in_focus() -> None:
    text = (
        "Jelang pertandingan Persib Bandung melawan Persija Jakarta pada 22 Juli mendatang, "
        "Walikota Bandung Ridwan Kamil mengadakan pertemuan dengan perwakilan bobotoh.\n\n"
        '"Hari ini saya mengundang perwakilan Bobotoh," terangnya.'
    )
    assert [(q[0], q[1]) for q in _quotes(text)] == [("Ridwan Kamil", "Walikota Bandung")]


def test_a_dateline_after_the_headline_opens_the_body() -> None:
    text = (
        "Ridwan Kamil Temui Perwakilan Bobotoh\n\n"
        "Jakarta, CNN Indonesia -- Walikota Bandung Ridwan Kamil, Rabu (19/7), mengadakan "
        "pertemuan dengan perwakilan bobotoh di Pendopo.\n\n"
        '"Hari ini saya mengundang perwakilan Bobotoh," terangnya.'
    )
    assert [(q[0], q[1]) for q in _quotes(text)] == [("Ridwan Kamil", "Walikota Bandung")]


def test_a_firm_named_again_without_its_ending_is_the_firm() -> None:
    text = (
        "Garan kini bekerja untuk perusahaan World View Enterprises yang fokus pada misi "
        "antariksa.\n\nMengutip Sydney Morning Herald, balon pintar World View akan "
        "dilengkapi koneksi WiFi."
    )
    found = {(m["text"], m["label"], m.get("canonical")) for m in find_entities(text)}
    assert ("World View", "ORG", "World View Enterprises") in found


def test_a_firm_of_a_group_is_not_the_group() -> None:
    text = (
        "Hyundai Motor Group mengumumkan rencana baru.\n\n"
        "Sementara itu Hyundai Motor menjual 100 ribu mobil."
    )
    found = {(m["text"], m.get("canonical")) for m in find_entities(text)}
    assert ("Hyundai Motor", "Hyundai Motor") in found


def test_a_persons_surname_in_a_groups_name_is_not_the_group() -> None:
    text = (
        "Salim Group menolak tawaran itu.\n\n"
        "Menurut Anthony Salim, keputusan itu sudah final. Salim menambahkan hal itu."
    )
    labels = {(m["text"], m["label"]) for m in find_entities(text)}
    assert ("Salim", "ORG") not in labels


def test_whom_menurut_s_source_told_it_is_no_part_of_the_statement() -> None:
    text = (
        "Menurut Ketua KPPU Muhammad Syarkawi Rauf, kepada sejumlah wartawan, surat pemanggilan "
        "KPPU kepada dua operator sudah dikirimkan.\n\n"
        "Menurut Kapolres Bogor Andi Sinjaya, saat ditemui di Bogor, Senin (3/4), pelaku sudah "
        "ditangkap polisi kemarin."
    )
    found = _quotes(text)
    assert [q[2] for q in found] == [
        "surat pemanggilan KPPU kepada dua operator sudah dikirimkan",
        "pelaku sudah ditangkap polisi kemarin",
    ]


def test_a_statement_opening_on_kepada_after_menurut_stays_whole() -> None:
    text = "Menurut Budi Santoso, kepada pemerintah ia meminta bantuan dana segera dicairkan."
    assert _quotes(text)[0][2].startswith("kepada pemerintah ia meminta")


def test_a_relative_clause_on_whom_it_was_told_comes_before_bahwa() -> None:
    text = (
        "Seorang sumber mengatakan pada TMZ, yang kemudian dikutip Daily Mail, bahwa Cornell "
        "ditemukan meninggal di kamar hotel."
    )
    assert [q[2] for q in _quotes(text)] == ["Cornell ditemukan meninggal di kamar hotel"]


def test_a_panel_led_by_someone_speaks_not_its_leader() -> None:
    text = (
        "Majelis Hakim Pengadilan Negeri Bandung yang dipimpin hakim ketua M Saptono, "
        "menyatakan Buni Yani terbukti bersalah dalam perkara penyebaran ujaran kebencian."
    )
    assert [(q[0], q[1]) for q in _quotes(text)] == [
        ("Majelis Hakim Pengadilan Negeri Bandung", None)
    ]


def test_a_mayors_house_is_in_the_town_not_the_office() -> None:
    text = (
        "Lokasi yang digeledah yaitu di kantor Wali Kota Madiun, rumah dinas Wali Kota Madiun, "
        "dan rumah pribadi Wali Kota Madiun."
    )
    places = [(m["text"], m["label"]) for m in find_entities(text)]
    assert places and all(p == ("Madiun", "LOC") for p in places)


def test_a_pronoun_with_pun_glued_on_is_the_pronoun() -> None:
    text = (
        "Budi Santoso datang ke lokasi.\n\n"
        "Iapun mengatakan bahwa kasus itu sudah selesai diperiksa polisi.\n\n"
        '"Kami siap," tutur Diapun.'
    )
    assert [q[0] for q in _quotes(text)] == ["Budi Santoso", "Budi Santoso"]


def test_dan_inside_an_epithet_closed_by_ini_stays_in_it() -> None:
    text = (
        "Ia juga bertemu Lee Jung-Jin di Bali.\n\n"
        "laki-laki penggemar K-pop 2pm dan Twice ini mengatakan dirinya suka dengan Indonesia "
        "terutama makanannya."
    )
    assert [q[0] for q in _quotes(text)] == ["Lee Jung-Jin"]


def test_what_happened_next_after_a_verb_and_comma_is_no_statement() -> None:
    text = (
        "Coman, Lemar, dan Lacazette terus mengancam, lalu Paul Pogba ikut berspekulasi.\n\n"
        "Budi mengatakan, kemudian hari harga akan naik lagi."
    )
    assert [(q[0], q[2]) for q in _quotes(text)] == [("Budi", "kemudian hari harga akan naik lagi")]


def test_a_speaker_named_with_wide_spaces_has_one_space_between_words() -> None:
    text = "Kantor berita \xa0 Reuters melaporkan bahwa Tokyo dan Washington memiliki perjanjian."
    assert [q[0] for q in _quotes(text)] == ["Kantor berita Reuters"]


def test_a_nickname_in_quotes_inside_a_name_is_no_quote_and_no_cut() -> None:
    text = (
        'Walau, CEO Juventus, Giuseppe "Beppe" Marotta, mengaku siap melepas Sandro dengan '
        "harga yang cocok.\n\n"
        '"Kami siap," kata Budi "Ucok" Santoso.\n\n'
        "Pebalap Alessio 'Uccio' Salucci datang."
    )
    people = {(m["text"], m["canonical"]) for m in find_entities(text) if m["label"] == "PER"}
    assert ('Giuseppe "Beppe" Marotta', "Giuseppe Marotta") in people
    assert ('Budi "Ucok" Santoso', "Budi Santoso") in people
    assert ("Alessio 'Uccio' Salucci", "Alessio Salucci") in people
    assert [(q[0], q[2]) for q in _quotes(text)] == [
        ("Giuseppe Marotta", "siap melepas Sandro dengan harga yang cocok"),
        ("Budi Santoso", "Kami siap"),
    ]


def test_the_name_without_its_nickname_is_the_same_person() -> None:
    text = (
        'Kapten Chesley Burnett "Sully" Sullenberger mendaratkan pesawat itu.\n\n'
        "Chesley Burnett Sullenberger kini pensiun."
    )
    canon = {m["canonical"] for m in find_entities(text) if m["label"] == "PER"}
    assert canon == {"Chesley Burnett Sullenberger"}


def test_a_name_mentioned_after_a_verb_of_saying_is_no_statement() -> None:
    text = (
        "Sebelumnya, pemberitaan yang mengaitkan Antonio Conte dengan bursa transfer "
        "menyebutkan nama Leonardo Bonucci, bek Juventus dan timnas Italia.\n\n"
        "Budi mengatakan nama Jokowi sudah dikenal di dunia."
    )
    assert [(q[0], q[2]) for q in _quotes(text)] == [("Budi", "nama Jokowi sudah dikenal di dunia")]


def test_a_copulas_clause_in_narration_puts_no_one_in_focus() -> None:
    text = (
        '"Kami memang tidak akan meninggalkan kualitas makanan," kata Sezai Zorlu.\n\n'
        "Makanan idola dari pengunjung adalah Baby Lamb Baked in Salt, berupa bayi domba "
        "berumur empat bulan yang dibumbui.\n\n"
        '"Kami ada venue dan itu biasanya dipesan untuk berbuka puasa," tuturnya.'
    )
    assert [q[0] for q in _quotes(text)] == ["Sezai Zorlu", "Sezai Zorlu"]


def test_a_verb_after_dan_shares_the_subject_of_the_nearest_clause() -> None:
    text = (
        "Kedatangan Lee Jung Jin ke Indonesia bukan pertama kalinya, sebelumnya dia pernah "
        "datang ke Indonesia untuk berlibur di Pulau Dewata Bali, dan pada saat itu Lee "
        "Jung-Jin merasakan berbagai makanan khas lokal dan mengakui jatuh cinta pada Indonesia."
    )
    speakers = [q[0] for q in _quotes(text)]
    assert len(speakers) == 1 and speakers[0] in ("Lee Jung Jin", "Lee Jung-Jin")


def test_whose_view_a_bagi_sentence_gives_is_in_focus() -> None:
    text = (
        "Gede Widiade resmi jadi bagian dari kepengurusan Persija Jakarta.\n\n"
        "Buat Gede, Presiden Klub Persija Ferry Paulus telah meletakkan fondasi yang kuat di "
        "tim Ibu Kota. Ia mengaku tinggal melanjutkan jejak rekam yang positif dari Ferry."
    )
    assert [(q[0], q[1]) for q in _quotes(text)] == [("Gede Widiade", None)]


def test_a_full_name_then_its_calling_written_small_is_the_speaker() -> None:
    text = (
        "Reboot itu, kata Alan Taylor sutradara Thor, bakal punya sekuel.\n\n"
        "Menurut laporan Inquisitr, Simon Cowell produser mereka dilaporkan meminta para "
        "personel tampil.\n\n"
        '"Kami berharap bisa merekam secepatnya," kata Simon Cowell produser mereka.'
    )
    found = [(q[0], q[1]) for q in _quotes(text)]
    assert found[:1] == [("Alan Taylor", "sutradara Thor")]
    assert ("Simon Cowell", "produser mereka") in found


def test_a_firms_first_word_read_as_a_person_is_the_firm_by_its_full_name() -> None:
    text = "Perusahaan Acme Holdings menolak tawaran itu. Juru bicara Acme mengatakan hal itu."
    found = {(m["text"], m["label"], m["canonical"]) for m in find_entities(text)}
    assert ("Acme", "ORG", "Acme Holdings") in found


def test_a_firms_name_read_as_a_place_before_its_group_ending_is_the_firm() -> None:
    text = (
        "Perusahaan Lippo Group menolak tawaran itu.\n\n"
        "Menurut Lippo, harga saham sudah terlalu rendah. Harian Jakarta Post memberitakan "
        "hal itu dari Jakarta."
    )
    found = {(m["text"], m["label"], m["canonical"]) for m in find_entities(text)}
    assert ("Lippo", "ORG", "Lippo Group") in found
    assert ("Jakarta", "LOC", "Jakarta") in found


def test_an_office_with_no_name_that_adds_to_what_was_just_said_is_its_speaker() -> None:
    text = (
        "Ketua MPR Zulkifli Hasan menyesalkan kisruh itu.\n\n"
        '"Tidak hanya tarif tapi apa saja harus diatur," ucap Zulkifli di Gedung DPR.\n\n'
        "Ketua Umum PAN menambahkan bahwa hal ini harus diatur karena menyangkut mata "
        "pencaharian masyarakat.\n\n"
        "Ketua KPK mengatakan bahwa kasus itu masih diselidiki oleh penyidik."
    )
    assert [(q[0], q[1]) for q in _quotes(text)] == [
        ("Zulkifli Hasan", "Ketua MPR"),
        ("Zulkifli Hasan", "Ketua Umum PAN"),
        ("Ketua KPK", None),
    ]


def test_what_a_verb_points_to_before_a_colon_is_no_speaker() -> None:
    text = (
        "Seluruh alasan tersebut akan merujuk balik ke higher purpose: "
        "\u201c Why the company exists at the first place \u201d.\n\n"
        "Begitu pertandingan berakhir, Syamsul membanting botol air minum dan memaki para "
        "pemain PSM: \u201c Tidak ada semua paccemu main bola. \u201d"
    )
    assert [q[0] for q in _quotes(text) if q[0]] == ["Syamsul"]
