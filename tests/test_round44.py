"""Session 44: what random IndoSum articles showed (a region's leadership forum, dotted
stage names, an epithet or a time set off by a comma before the verb)."""

from __future__ import annotations

import pytest
from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes

from warta.extract.tokenize import tokenize


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Kepala BPBD Garut, Dadi Djakaria bersama Muspika Pangatikan melakukan takziah.",
         "Muspika Pangatikan"),
        ("Rapat Forkopimda Jawa Timur digelar di Surabaya pada Senin.", "Forkopimda Jawa Timur"),
        ("Upacara itu diikuti para Forkopimka Taman dan jajaran Polresta Sidoarjo.",
         "Forkopimka Taman"),
    ],
)  # fmt: skip
def test_a_region_s_leadership_forum_is_a_body(sentence: str, body: str) -> None:
    assert (body, "ORG") in _mentions(sentence)
    assert all(label != "PER" for text, label in _mentions(sentence) if body in text)


def test_dotted_capitals_stay_one_token() -> None:
    words = [t.text for t in tokenize("Dukungan untuk T.O.P terus datang. B.J. Habibie hadir.")]
    assert "T.O.P" in words
    assert "B.J." in words  # an initial's dot still closes it
    assert words[-1] == "."  # and the sentence's full stop stays its own


def test_an_epithet_set_off_by_a_comma_is_the_subject() -> None:
    text = (
        "Komandan Korps Brimob, Brigjen Abdul Rahman Baso membenarkan kabar itu.\n\n"
        "Mantan Kapolrestabes Bandung ini, menjelaskan pihaknya akan melakukan investigasi "
        "untuk mengetahui motifnya."
    )
    speakers = [speaker for speaker, _, said in _quotes(text) if "investigasi" in said]
    assert speakers == ["Abdul Rahman Baso"]


def test_a_time_set_off_by_a_comma_is_no_part_of_the_subject() -> None:
    text = (
        "Mike Lewis datang ke pengadilan pada Senin.\n\n"
        "Tamara kala itu , mengaku telah dijambak Wayan Sobrat saat diboncengi sahabatnya."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Tamara"]
    without_comma = text.replace("itu , mengaku", "itu mengaku")
    assert [speaker for speaker, _, _ in _quotes(without_comma)] == ["Tamara"]


def test_a_demonstrative_with_no_comma_is_still_no_epithet_subject() -> None:
    # "Belakangan ini ia mengaku": the pronoun is the subject, no comma sets anything off
    text = "Susi Susanti kembali dibicarakan. Belakangan ini ia mengaku ingin melatih pemain muda."
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Susi Susanti"]


def test_the_agent_after_oleh_of_a_passive_cue_is_the_speaker() -> None:
    text = (
        "Namun, diterangkan oleh WHO, kontras dengan HIV dan TB, kematian akibat hepatitis "
        "bertambah tinggi, bertambah 22 persen selama tahun 2000 hingga 2014."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["WHO"]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Angka itu hampir sama dengan angka kematian karena HIV dan tuberculosis (TB). "
         "Kontras dengan HIV dan TB, kematian akibat hepatitis bertambah.", "TB"),
        ("Kasus demam berdarah dengue (DBD) naik. Dinas Kesehatan mencatat 40 kasus DBD.", "DBD"),
        ("Ribuan aparatur sipil negara (ASN) ikut apel. Para ASN itu datang pagi.", "ASN"),
    ],
)  # fmt: skip
def test_a_short_form_of_words_written_small_is_no_entity(text: str, short: str) -> None:
    assert all(mention != short for mention, _ in _mentions(text))


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # known bodies stay, however the article writes their long form
        ("Hal itu disampaikan badan pusat statistik (BPS) di Jakarta pada Senin.", "BPS"),
        # a body named small whose words spell no short form
        ("Kasus itu ditangani lembaga antirasuah (KPK) sejak tahun lalu.", "KPK"),
    ],
)  # fmt: skip
def test_bodies_named_small_keep_their_short_form(text: str, short: str) -> None:
    assert (short, "ORG") in _mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dua gol Ronaldo di final memastikan Bianconeri pulang ke Turin dengan kepala tertunduk.",
        "Kemenangan ini memastikan Roma menempati peringkat kedua klasemen akhir Serie A.",
        "Tembakan dua angka Arki memastikan Indonesia memimpin 77-74 dengan sisa waktu 41 detik.",
    ],
)
def test_a_feat_that_secures_something_reports_nothing(text: str) -> None:
    assert _quotes(text) == []


def test_a_study_s_findings_still_report() -> None:
    text = (
        "Hasil studi tim peneliti Northumbria University menyebutkan bahwa dalam jangka "
        "panjang bahan kimia beracun ini bisa merusak otak."
    )
    assert len(_quotes(text)) == 1


def test_a_character_an_actor_plays_never_speaks() -> None:
    text = (
        "Jalinan asmara pemeran Jon Snow di Game of Thrones, Kit Harington dan lawan mainnya "
        "Rose Leslie bukan hanya berlangsung di layar televisi.\n\n"
        "Sebulan setelah mengumumkan hubungannya, aktor berusia 30 tahun itu mulai membuka "
        "awal asmara mereka.\n\n"
        '"Di sanalah saya jatuh cinta," katanya.'
    )
    assert {speaker for speaker, _, _ in _quotes(text)} == {"Kit Harington"}


def test_a_faith_named_alone_is_no_entity_and_no_source() -> None:
    text = (
        "Ketua MUI menegaskan Indonesia bukan negara Islam. Menurut perspektif Islam, negara "
        "ini adalah negara kesepakatan. Partai Islam itu menang di Universitas Kristen "
        "Indonesia."
    )
    found = _mentions(text)
    assert ("Islam", "ORG") not in found and all(m != "Islam" for m, _ in found)
    assert ("Partai Islam", "ORG") in found
    assert ("Universitas Kristen Indonesia", "ORG") in found
    assert all(speaker != "Islam" for speaker, _, _ in _quotes(text))


def test_a_role_keeps_the_place_the_tagger_cut_short() -> None:
    from _extract_support import roles

    text = "Kiper Puerto Riko Cody Laurendi tampil buruk pada laga itu."
    assert roles(text)["Cody Laurendi"] == "Kiper Puerto Riko"
    assert ("Puerto Riko", "LOC") in _mentions(text)


def test_who_issued_a_statement_is_its_source() -> None:
    text = (
        "Yuma Ishigaki datang ke Jakarta.\n\n"
        "Menurut siaran pers yang dirilis penyelenggara Popcon Asia 2017, ia sekaligus "
        "merayakan 35 tahun Gavan, karakter yang didapatnya.\n\n"
        "Menurut siaran pers Kementerian Luar Negeri, ia juga bertemu para penggemarnya."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == [
        "penyelenggara Popcon Asia 2017",
        "Kementerian Luar Negeri",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Menurut polisi, jumlah korban banjir di Jakarta bertambah menjadi 20 orang.", "polisi"),
        ("Korban, menurut polisi, menenggak minuman keras dan ditelantarkan temannya.",
         "polisi"),
        ("Sementara itu, saksi mata menyebutkan pelaku kabur ke arah utara dengan sepeda motor.",
         "saksi mata"),
    ],
)  # fmt: skip
def test_sources_written_small_are_sources(text: str, speaker: str) -> None:
    assert [who for who, _, _ in _quotes(text)] == [speaker]


def test_the_police_speaking_leave_the_spokesman_in_focus() -> None:
    text = (
        "Hal itu dikonfirmasi Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigadir "
        "Jenderal Rikwanto.\n\n"
        "Rikwanto menyebut transaksi uang yang besar menjadi incaran perampok. Oleh sebab itu, "
        "polisi mengimbau agar nasabah meminta pengawalan saat mengambil uang di bank.\n\n"
        "“Kami berikan pengawalan cuma-cuma, gratis,” tuturnya."
    )
    quotes = _quotes(text)
    assert quotes[-1][0] == "Rikwanto"
    assert ("polisi", None) in [(who, role) for who, role, _ in quotes]


def test_users_able_to_do_something_report_nothing() -> None:
    text = "Dengan fitur ini pengguna dapat menambahkan hingga tiga akun sekaligus di aplikasi."
    assert _quotes(text) == []


def test_an_interview_quoted_names_its_speaker_and_cetus_is_a_cue() -> None:
    text = (
        "Mega bintang Real Madrid Cristiano Ronaldo tampaknya tidak terima dengan komentar "
        "Xavi Hernandez.\n\n"
        "“Ronaldo luar biasa, tapi Messi nomor satu,” demikian kutipan wawancara Xavi belum "
        "lama ini.\n\n"
        "Namun Ronaldo tidak terkesan dengan komentar tersebut.\n\n"
        "“Semua orang tahu, siapa pun yang ingin masuk halaman utama harus bicara tentang "
        "saya,” cetus Ronaldo."
    )
    quotes = _quotes(text)
    assert [speaker for speaker, _, _ in quotes] == ["Xavi Hernandez", "Cristiano Ronaldo"]
    # (the modal before the verb is no part of the subject: the role is found)
    assert quotes[1][1] == "bintang Real Madrid"  # (and no praise: "mega bintang")


def test_a_quoted_message_is_its_sender_s() -> None:
    text = (
        "Dalam percakapan di WhatsApp, Fayakhun meminta Erwin membayar US$ 300 ribu terlebih "
        "dulu.\n\n"
        '"Apa bisa dipecah yang cash US$ 300 ribu, diperlukan segera," demikian kutipan pesan '
        "tersebut."
    )
    assert _quotes(text)[-1][0] == "Fayakhun"


def test_ia_after_namun_is_the_subject_of_the_first_clause() -> None:
    text = (
        "Cristiano Ronaldo tidak terima dengan komentar Xavi Hernandez.\n\n"
        "Xavi tidak meragukan kemampuan Ronaldo, namun ia menegaskan kapten Portugal itu tak "
        "bisa dibandingkan dengan Messi."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Xavi Hernandez"]
