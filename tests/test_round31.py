"""Session 31: what random IndoSum articles showed (a client's lawyer read as the client, a
Balinese name run into the name before it, money asked for read as a request to act, the
one a quote speaks of read as its speaker, an outlet cited read as a person)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes

# --- requests ------------------------------------------------------------------------------


def test_what_is_asked_for_is_no_request_to_act() -> None:
    for text in (
        "Ali Fahmi meminta uang muka 6 persen dari nilai anggaran untuk membantu PT Merial Esa.",
        "Budi meminta maaf untuk kesalahan yang terjadi pada acara itu kemarin.",
    ):
        assert _quotes(text) == [], text
    # who is asked to act still makes a request; a body named "Komisi …" is no money asked for
    asked = "Aliansi meminta Komisi Pemberantasan Korupsi untuk memeriksa Susi terkait hal itu."
    assert _quotes(asked)[0][2].startswith("Komisi Pemberantasan Korupsi untuk memeriksa")


def test_a_legal_step_declared_is_no_statement() -> None:
    text = "Banding diajukan karena kuasa hukum Ahok menyatakan banding atas putusan itu."
    assert _quotes(text) == []
    said = "Jaksa menyatakan banding diajukan karena putusan itu mengabaikan fakta persidangan."
    assert _quotes(said)[0][2].startswith("banding diajukan karena")


# --- lawyers and clients -------------------------------------------------------------------

_KHADR = "Omar Khadr ditangkap tentara AS di Afghanistan pada 2002 saat berusia 15 tahun.\n\n"


def test_the_lawyer_of_someone_named_before_is_no_client() -> None:
    text = _KHADR + "Pengacara Khadr mengatakan, kliennya dipaksa ke medan tempur oleh ayahnya."
    assert _quotes(text) == [
        ("pengacara Khadr", None, "kliennya dipaksa ke medan tempur oleh ayahnya")
    ]
    after = _KHADR + '"Dia masih anak-anak saat itu," kata pengacara Khadr.'
    assert _quotes(after)[0][:2] == ("pengacara Khadr", None)


def test_a_lawyer_named_first_with_the_office_is_the_lawyer() -> None:
    text = (
        "Pengacara Otto Hasibuan mengatakan kliennya tidak bersalah dalam kasus itu.\n\n"
        '"Kami akan banding," kata Otto.\n\n'
        "Pengacara Otto mengatakan banding akan diajukan pekan depan."
    )
    assert [q[0] for q in _quotes(text)] == ["Otto Hasibuan"] * 3


def test_the_lawyer_named_after_menurut_and_the_client_says_it() -> None:
    text = (
        "Tetapi menurut kuasa hukum Novel, Haris Azhar mengatakan hasil pemeriksaan kliennya "
        "kemarin bisa ditelaah kembali."
    )
    assert _quotes(text) == [
        (
            "Haris Azhar",
            "kuasa hukum Novel",
            "hasil pemeriksaan kliennya kemarin bisa ditelaah kembali",
        )
    ]
    # an office, then the subject of the statement: the office speaks
    subject = "Menurut Kapolsek, S mengaku anggota polisi untuk menghindari amukan massa."
    assert _quotes(subject)[0][2].startswith("S mengaku anggota polisi")
    reported = "Menurut Budi, Presiden Jokowi menyatakan bahwa harga BBM tidak akan naik."
    assert _quotes(reported)[0][:1] == ("Budi",)


# --- Balinese names --------------------------------------------------------------------------


def test_a_balinese_name_run_into_the_name_before_it_is_a_person_of_its_own() -> None:
    text = (
        "Basuki Tjahaja Purnama alias Ahok berulang tahun hari ini. Sementara itu, kuasa "
        "hukum Ahok I Wayan Sudirta mengatakan keluarga akan datang ke Mako Brimob."
    )
    # (round 62: "mengatakan hal yang serupa" reports no statement of its own)
    assert ("I Wayan Sudirta", "PER") in _mentions(text)
    assert ("Ahok I Wayan Sudirta", "PER") not in _mentions(text)
    assert _quotes(text)[0][:2] == ("I Wayan Sudirta", "kuasa hukum Ahok")


# --- who speaks of whom ------------------------------------------------------------------------


def test_the_one_spoken_of_with_pak_is_not_the_speaker() -> None:
    text = (
        "Presiden Jokowi mengucap syukur ketika mengetahui penyidik KPK, Novel Baswedan, akan "
        "kembali ke Tanah Air.\n\n"
        "Novel menjalani perawatan di Singapura selama sepuluh bulan terakhir.\n\n"
        '"Kita bersyukur, Pak Novel sudah sembuh dan kembali ke Tanah Air," tuturnya di Istana.'
    )
    assert _quotes(text)[0][0] == "Joko Widodo"
    # named without a form of address, the one in focus still speaks
    own = (
        "Presiden Jokowi meninjau lokasi banjir.\n\n"
        "Novel Baswedan menjalani perawatan di Singapura selama sepuluh bulan terakhir.\n\n"
        '"Saya bersyukur sudah sembuh dan kembali ke Tanah Air," tuturnya.'
    )
    assert _quotes(own)[0][0] == "Novel Baswedan"


# --- outlets ---------------------------------------------------------------------------------


def test_an_outlet_cited_is_no_person() -> None:
    text = '"Itu risiko di dunia tinju," kata Pacquiao seperti dikutip dari Boxingscene.'
    assert _mentions(text) == [("Pacquiao", "PER"), ("Boxingscene", "ORG")]
    lansir = "Hal itu disampaikan Pacquiao, dilansir Science Alert, Senin."
    assert ("Science Alert", "ORG") in _mentions(lansir)


# --- titles, days and representatives ---------------------------------------------------------


def test_raden_ajeng_opens_no_body_and_a_day_named_after_her_is_no_person() -> None:
    text = (
        "JAKARTA (Pos Kota) – Peringatan Hari Kartini yang jatuh setiap tanggal 21 April, "
        "disambut antusias oleh artis Tina Toon. Mantan penyanyi cilik ini mengatakan, berkat "
        "perjuangan RA Kartini, perempuan Indonesia saat ini sudah merasakan kesetaraan gender."
    )
    assert ("Kartini", "PER") in _mentions(text)
    assert not any(name.startswith(("RA", "Hari")) for name, _ in _mentions(text))
    assert _quotes(text)[0][:2] == ("Tina Toon", "artis")
    judge = '"Keberatan itu tidak diterima," kata Hakim RA Suharni di Pengadilan Negeri.'
    assert _quotes(judge)[0][:2] == ("Suharni", "Hakim")


def test_a_representative_of_a_person_speaks_for_them_a_companys_for_it() -> None:
    text = (
        "Perwakilan Jose Mourinho membantah tudingan Pemerintah Spanyol bahwa kliennya telah "
        "melakukan penggelapan pajak."
    )
    assert _quotes(text)[0][:2] == ("perwakilan Jose Mourinho", None)
    company = (
        'Apple resmi menghentikan iPod Nano. "Hari ini kami menyederhanakan jajaran iPod '
        'kami," kata perwakilan Apple.'
    )
    assert _quotes(company)[0][0] == "Apple"


def test_an_epithet_with_a_works_title_names_the_one_in_focus() -> None:
    for title in ("'Cinta Dalam Kardus'", "‘ Cinta Dalam Kardus’", '"Cinta Dalam Kardus"'):
        text = (
            "Artis Tina Toon merayakan ulang tahun di Jakarta. “Semangat kesetaraan gender "
            f"itu memang dari kecil,” ungkap bintang film {title} ini."
        )
        assert _quotes(text)[0][:2] == ("Tina Toon", "Artis"), title


def test_a_name_ending_in_a_companys_word_is_a_company_and_its_spokesman_goes_on() -> None:
    text = (
        "Samyang Green adalah produk baru yang laris di Korea Selatan.\n\n"
        '"Sertifikasi ini langkah awal kami," ujar perwakilan Samyang Foods kepada wartawan.\n\n'
        '"Jumlah konsumen Muslim meningkat," lanjutnya.'
    )
    assert ("Samyang Foods", "ORG") in _mentions(text)
    assert [q[0] for q in _quotes(text)] == ["Samyang Foods", "Samyang Foods"]
    # a person's name before the company word stays a person where another names them so
    person = "Lee Samyang memimpin rapat. Samyang Foods lalu mengumumkan produk baru."
    assert ("Lee Samyang", "PER") in _mentions(person)
