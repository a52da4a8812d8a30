"""Round 57: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities
from warta.extract.quotes.text import paragraphs


def test_a_hard_wrapped_quote_is_one_quote() -> None:
    text = (
        "Cuaca cerah.\n\n"
        '"Tantangan ke depan masih besar, dengan perubahan iklim, perpindahan \r\n'
        " paksa, dan pandemi mengancam keuntungan yang telah kita raih untuk \n"
        ' memperbaiki kehidupan miliaran orang," kata Kim dalam sebuah pernyataan.'
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["Kim"]
    assert " ".join(found[0][2].split()).endswith("raih untuk memperbaiki kehidupan miliaran orang")


def test_lines_without_wrap_marks_stay_paragraphs() -> None:
    text = "Kata dia, \nBaca juga: berita lain\nsatu dua\n\n tiga empat"
    assert len(paragraphs(text)) == 4


def test_initials_with_dots_stay_in_a_role_set_off_after_the_name() -> None:
    text = (
        "Cuaca cerah.\n\n"
        '"Kami akan terus menyediakan jaringan cepat," kata Michael Irizarry, kepala pejabat '
        "teknologi U.S. Cellular.\n\n"
        '"Kami siap," kata Budi Santoso, direktur A. Ajie.'
    )
    found = _quotes(text)
    assert [(q[0], q[1]) for q in found] == [
        ("Michael Irizarry", "kepala pejabat teknologi U.S. Cellular"),
        ("Budi Santoso", "direktur A. Ajie"),
    ]


def test_an_office_set_off_after_bersama_before_a_name_closing_the_sentence() -> None:
    text = (
        "Cuaca cerah.\n\nRizieq terseret kasus itu bersama Ketua Yayasan Solidaritas Keluarga "
        "Cendana, Firzan Husein.\n\nIa buka suara dalam perbincangan dengan Presiden Turki, "
        "Recep Tayyip Erdogan."
    )
    found = _roles(text)
    assert found["Firzan Husein"] == "Ketua Yayasan Solidaritas Keluarga Cendana"
    assert found["Recep Tayyip Erdogan"] == "Presiden Turki"


def test_a_clause_after_dengan_then_its_subject_gives_no_role() -> None:
    text = "Cuaca cerah.\n\nDalam rapat dengan Menteri Keuangan, Sri Mulyani mengatakan hal itu."
    assert _roles(text).get("Sri Mulyani") is None


def test_an_accusation_reports_what_follows_bahwa_after_whom_it_accuses() -> None:
    text = (
        "Cuaca cerah.\n\nDonald Trump telah menuding FBI dan Kementerian Kehakiman melalui "
        "sebuah unggahan di media sosial bahwa mereka telah berpolitik dalam melakukan tugasnya."
    )
    found = _quotes(text)
    assert [(q[0], q[2]) for q in found] == [
        ("Donald Trump", "mereka telah berpolitik dalam melakukan tugasnya")
    ]


def test_a_saying_verb_with_its_object_glued_on_names_the_quotes_speaker() -> None:
    text = (
        'Cuaca cerah.\n\n"Saya berkomitmen penuh terhadap misi kita," kata Wray.\n\n'
        "FBI sebelumnya telah mengeluarkan peringatan luar biasa kepada publik ketika memo "
        'tersebut rilis dan menyebutnya mengandung "kelalaian materi fakta yang mempengaruhi '
        'akurasi memo tersebut secara fundamental".'
    )
    assert [q[0] for q in _quotes(text)] == ["Wray", "FBI"]


def test_a_conjunction_after_a_cue_inside_a_statement_is_no_role() -> None:
    text = (
        "Cuaca cerah.\n\nPolitikus Gerindra, Desmond Junaidi Mahesa, menilai wajar desakan "
        "itu.\n\nJika saat itu Arief tak dipilih kembali, kata Desmond, maka opsi paling kuat "
        "untuk ketua MK adalah Saldi Isra."
    )
    found = _quotes(text)
    assert [(q[0], q[1]) for q in found] == [
        ("Desmond Junaidi Mahesa", "Politikus Gerindra"),
        ("Desmond Junaidi Mahesa", "Politikus Gerindra"),
    ]


def test_a_source_whose_name_is_withheld_set_off_by_a_comma_speaks() -> None:
    text = (
        "Cuaca cerah.\n\nPemerintahan Benjamin Netanyahu menyebut petugas itu punya kekebalan."
        "\n\nSaksi lain, seorang insinyur perangkat lunak yang tak mau disebut namanya, "
        "mengatakan bahwa dia berjarak sekitar 1 km.\n\n“ Saya melihat api yang sangat besar, ” "
        "katanya."
    )
    found = _quotes(text)
    assert [q[0] for q in found][-2:] == [
        "seorang insinyur perangkat lunak",
        "seorang insinyur perangkat lunak",
    ]


def test_what_the_speaker_was_doing_after_saat_is_no_subject() -> None:
    text = (
        "Cuaca cerah.\n\nFarhat Abbas saat mendampingi pemeriksaan Elza pada Senin (17/4) "
        "mengatakan, Elza dikonfirmasi mengenai pertemuan dengan seorang pengacara."
    )
    assert [q[0] for q in _quotes(text)] == ["Farhat Abbas"]


def test_offices_of_numbered_commissions_from_a_party_in_a_list_are_each_names() -> None:
    text = (
        "Cuaca cerah.\n\nNama - nama anggota Komisi III itu menurut Novel adalah Ketua Komisi "
        "III dari fraksi Golkar Bambang Soesatyo, Wakil Ketua Komisi III dari fraksi Gerindra "
        "Desmond Junaidi Mahesa, dan anggota lain."
    )
    found = _roles(text)
    assert found["Bambang Soesatyo"] == "Ketua Komisi III dari fraksi Golkar"
    assert found["Desmond Junaidi Mahesa"] == "Wakil Ketua Komisi III dari fraksi Gerindra"


def test_a_body_that_spoke_in_the_paragraph_before_goes_on_after_a_nya_cue() -> None:
    text = (
        "Cuaca cerah.\n\nChannel 4 menyebut bahwa rekaman tersebut adalah sumber sejarah.\n\n"
        "Putri Diana curhat kepada pelatih vokalnya.\n\n"
        "“ Meskipun rekaman itu dibuat secara pribadi, subjek yang dibahas adalah bagian dari "
        "masalah publik, ” kata media tersebut dalam pernyataannya.\n\n"
        "“ Potret unik Diana ini memberikan dia suara dan tempat di depan, ” lanjutnya.\n\n"
        "Diana kemudian menangis.\n\n“ Saya amat jatuh cinta, ” katanya."
    )
    assert [q[0] for q in _quotes(text)] == [
        "Channel 4",
        "media tersebut",
        "media tersebut",
        "Putri Diana",
    ]


def test_verbs_of_denying_report_a_statement_but_not_what_they_name() -> None:
    text = (
        "Cuaca cerah.\n\nKepala Biro Humas Kemenag Mastuki menyanggah pihaknya melanggar "
        "kesepakatan.\n\nHappy pun menampik jika sang suami yang melarangnya.\n\n"
        "Budi menampik tudingan tersebut.\n\nPria itu menampik ketika ditanya apakah dirinya "
        "mengetahui pelecehan itu."
    )
    found = _quotes(text)
    assert [(q[0], q[2]) for q in found] == [
        ("Mastuki", "pihaknya melanggar kesepakatan"),
        ("Happy", "sang suami yang melarangnya"),
    ]


def test_a_firms_legal_name_runs_to_its_brand_in_brackets_and_the_brand_is_the_firm() -> None:
    text = (
        "Cuaca cerah.\n\nPT First Anugerah Kaya Wisata (First Travel) telah diputus izinnya "
        "oleh Kementerian Agama.\n\nKemenag melarang First Travel beroperasi."
    )
    found = [(m["text"], m["label"], m["canonical"]) for m in find_entities(text)]
    assert ("PT First Anugerah Kaya Wisata", "ORG", "First Anugerah Kaya Wisata") in found
    assert found.count(("First Travel", "ORG", "First Anugerah Kaya Wisata")) == 2


def test_a_place_in_brackets_after_a_firm_is_no_brand() -> None:
    text = "Cuaca cerah.\n\nPT Sinar Jaya Abadi (Surabaya) menambah armada bus tahun ini."
    found = [(m["text"], m["label"]) for m in find_entities(text)]
    assert ("Surabaya", "LOC") in found


def test_a_final_y_for_i_in_a_speakers_name_is_the_same_person() -> None:
    text = (
        "Cuaca cerah.\n\nKuasa hukum First Travel, Eggi Sudjana, menyatakan akan menggugat "
        "Kemenag.\n\nSebelumnya, klaim Eggy, pihaknya telah memberikan waktu kepada First "
        "Travel."
    )
    assert [q[0] for q in _quotes(text)] == ["Eggi Sudjana", "Eggi Sudjana"]


def test_a_short_noun_phrase_pointed_back_to_is_no_reported_statement() -> None:
    text = (
        "Cuaca cerah.\n\nDi sisi lain, Demian juga menyampaikan kondisi terkini rekannya "
        "tersebut.\n\nAngie lalu membeberkan pembagian jatah tersebut.\n\nBudi mengaku "
        "keberatan dengan penetapan tersangka kliennya itu."
    )
    assert [(q[0], q[2]) for q in _quotes(text)] == [
        ("Budi", "keberatan dengan penetapan tersangka kliennya itu")
    ]


def test_a_records_format_is_no_entity_but_initials_stay() -> None:
    text = (
        "Cuaca cerah.\n\nFebruari tahun ini Aaron baru saja merilis EP berjudul LøVë.\n\n"
        "Ada 10 orang yang ditetapkan sebagai pelaku, berinisial CD, N, D, RA, SA, BY, R, TT, "
        "A, dan S."
    )
    found = [m["text"] for m in find_entities(text)]
    assert "EP" not in found
    assert "CD" in found


def test_a_word_said_twice_after_a_songs_noun_is_its_title() -> None:
    text = (
        "Cuaca cerah.\n\nPerry mengganti beberapa lirik lagu Swish Swish yang diketahui "
        "ditujukan untuk Swift.\n\nIa menyanyikan lagu Raisa di panggung."
    )
    found = [m["text"] for m in find_entities(text)]
    assert "Swish Swish" not in found
    assert "Raisa" in found


def test_a_bodys_department_named_by_its_short_form_is_not_the_body() -> None:
    text = (
        "Cuaca cerah.\n\nSetiap departemen yang ada di INASGOC memiliki kebutuhan yang "
        "berbeda-beda.\n\nSemua proses rekrutmen akan dilakukan oleh HRD INASGOC."
    )
    found = {m["text"]: m["canonical"] for m in find_entities(text)}
    assert found["INASGOC"] == "INASGOC"


def test_a_calling_that_goes_by_a_nickname_is_the_one_named_with_that_calling() -> None:
    text = (
        "Cuaca cerah.\n\nSetelah resmi cerai dengan istri pertama, Rini S Bono, pada 1994, "
        "penyanyi senior Ahmad Albar (70) kembali menikah. Penyanyi yang kerap disapa Iyek ini "
        "resmi menikah pada 2009.\n\nIyek akhirnya dikaruniai bayi perempuan.\n\n"
        "Ada fakta menarik tentang pemain yang akrab disapa Daeng Sila ini, kata Robert Albert."
    )
    found = {(m["text"], m["canonical"]) for m in find_entities(text) if m["label"] == "PER"}
    assert ("Iyek", "Ahmad Albar") in found
    assert ("Daeng Sila", "Robert Albert") not in found


def test_kali_ini_giliran_opens_no_role() -> None:
    text = (
        "Cuaca cerah.\n\nKali ini giliran penyanyi Krisdayanti yang menjadi sorotan.\n\n"
        '"Happy Sunday all," tulis Krisdayanti.'
    )
    assert [(q[0], q[1]) for q in _quotes(text)] == [("Krisdayanti", "penyanyi")]
