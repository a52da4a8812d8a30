"""Round 17: the name after a bracketed short form is the speaker; an unnamed office of a body
is whom "-nya" means; scholars' callings are roles; "Menurut X" quotes X by a given name."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.extract.entities import find_entities
from warta.extract.entity_people import names_quoted_alone
from warta.extract.ner.roles import own_role
from warta.extract.quantities import extract_quantities
from warta.extract.quotes import extract_quotes
from warta.extract.quotes.phrases import phrase_after
from warta.extract.quotes.text import tokens


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.get("speaker"), q.get("role"))
        for q in extract_quotes(text, entities=find_entities(text))
    ]


def _phrase(text: str) -> list[str]:
    return [t.text for t in phrase_after(tokens(text, 0, len(text)), 0)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Kepala Balai Taman Nasional Rinjani (BTNR) Dedy Asriady, di Mataram",
            [
                "Kepala",
                "Balai",
                "Taman",
                "Nasional",
                "Rinjani",
                "(",
                "BTNR",
                ")",
                "Dedy",
                "Asriady",
            ],
        ),
        (
            "Menteri Luar Negeri (Menlu) Sugiono di Jakarta",
            ["Menteri", "Luar", "Negeri", "(", "Menlu", ")", "Sugiono"],
        ),
        (
            "Kabid Humas Polda (Polda DIY) Ihsan dalam keterangannya",
            ["Kabid", "Humas", "Polda", "(", "Polda", "DIY", ")", "Ihsan"],
        ),
        (
            "Organisasi Kesehatan Dunia (WHO).",
            ["Organisasi", "Kesehatan", "Dunia", "(", "WHO", ")"],
        ),
        ("mantan Ketua KPU (KPU) itu", ["mantan", "Ketua", "KPU", "(", "KPU", ")", "itu"]),
    ],
)
def test_the_speaker_phrase_runs_past_a_bracketed_short_form(text: str, words: list[str]) -> None:
    assert _phrase(text) == words


def test_the_name_after_a_short_form_speaks_and_stays_in_focus() -> None:
    text = (
        "Pendaki yang hilang di Gunung Rinjani akhirnya ditemukan dalam keadaan selamat.\n\n"
        '"Korban ditemukan di jalur Torean dan langsung dievakuasi," kata Kepala Balai Taman '
        "Nasional Gunung Rinjani (BTNGR) Dedy Asriady di Mataram, Senin.\n\n"
        "Menurut dia, cuaca buruk membuat pencarian tertunda dua hari.\n\n"
        '"Kami mengimbau pendaki selalu lewat jalur resmi," ujarnya.'
    )
    said = _speakers(text)
    assert len(said) == 3
    assert {who for who, _ in said} == {"Dedy Asriady"}
    assert said[0][1] == "Kepala Balai Taman Nasional Gunung Rinjani (BTNGR)"


def test_an_unnamed_office_of_a_body_is_whom_nya_means() -> None:
    text = (
        "Juru bicara Presiden, Prasetyo Hadi, mengatakan pemerintah belum menerima laporan "
        "resmi soal insiden itu.\n\n"
        "Juru bicara Kementerian Luar Negeri mengatakan, pemerintah memantau situasi di "
        "Timur Tengah.\n\n"
        '"Kami terus berkoordinasi dengan KBRI di Teheran," ujarnya.'
    )
    said = _speakers(text)
    assert said[-1] == ("Juru bicara Kementerian Luar Negeri", None)
    assert said[0][0] == "Prasetyo Hadi"


def test_a_named_person_stays_in_focus_after_a_quote_from_an_organisation() -> None:
    # (an organisation speaking is no office: the person before it keeps "-nya")
    text = (
        'Bupati Sleman Harda Kiswaya mengatakan jalan itu akan diperbaiki. "Anggarannya '
        'sudah siap," kata Harda.\n\n'
        "Pertamina menyatakan pasokan BBM aman selama libur panjang.\n\n"
        '"Kami juga menyiapkan jalur alternatif," ujarnya.'
    )
    said = _speakers(text)
    assert said[-1][0] == "Harda Kiswaya"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Sejarawan Universitas Gadjah Mada Sri Margana menilai temuan itu penting.",
            "Sri Margana",
            "Sejarawan Universitas Gadjah Mada",
        ),
        (
            "Psikolog klinis Tara Adhisti mengingatkan orang tua soal gawai.",
            "Tara Adhisti",
            "Psikolog klinis",
        ),
        ("Budayawan Sujiwo Tejo hadir dalam acara itu.", "Sujiwo Tejo", "Budayawan"),
    ],
)
def test_a_scholars_calling_is_the_role_not_the_name(text: str, name: str, role: str) -> None:
    people = [e for e in find_entities(text) if e["label"] == "PER"]
    assert [(e["text"], e.get("role")) for e in people][:1] == [(name, role)]


def test_a_calling_a_place_an_honorific_and_degrees_around_the_speakers_name() -> None:
    text = (
        "Pembangunan di kawasan makam kuno itu terus menuai kritik.\n\n"
        '"Proyek ini harus dihentikan untuk menyelamatkan situs," kata Arkeolog Aceh '
        "Dr Husaini Ibrahim MA di Banda Aceh, Selasa.\n\n"
        "Menurut dosen Universitas Syiah Kuala (USK) ini, bukti sejarah di lokasi itu banyak.\n\n"
        '"Penelitian sudah beberapa kali dilakukan," jelasnya.'
    )
    said = _speakers(text)
    assert said == [("Husaini Ibrahim", "Arkeolog Aceh")] * 3


def test_menurut_opening_a_sentence_quotes_the_person_by_a_given_name() -> None:
    text = (
        "Menteri Keuangan Purbaya Yudhi Sadewa menyebut anggaran subsidi energi cukup.\n\n"
        "Menurut Purbaya, dana itu bertahan hingga akhir tahun."
    )
    people = [e for e in find_entities(text) if e["label"] == "PER"]
    assert people[0]["text"] == "Purbaya Yudhi Sadewa"
    assert people[0].get("role") == "Menteri Keuangan"
    assert all(e["text"] != "Yudhi Sadewa" for e in people)


def _roles(text: str) -> dict[str, str | None]:
    return {e["text"]: e.get("role") for e in find_entities(text) if e["label"] == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Temuan itu dicatat oleh Evy Arida, ahli herpetologi dari Universitas Airlangga, "
            "bersama timnya.",
            "Evy Arida",
            "ahli herpetologi dari Universitas Airlangga",
        ),
        (
            "Hendra Wijaya, pengamat pasar modal, menilai IHSG menguat.",
            "Hendra Wijaya",
            "pengamat pasar modal",
        ),
        ("Menurut Rina Sari, pelatih dan saya sudah sepakat.", "Rina Sari", "pelatih"),
        (
            "Kata Ana Lestari, profesor ilmu gizi dan rekan-rekannya.",
            "Ana Lestari",
            "profesor ilmu gizi",
        ),
    ],
)
def test_a_role_set_off_after_the_name_runs_over_its_field(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


def test_a_role_set_off_after_a_name_that_runs_into_the_next_name_is_the_next_ones() -> None:
    roles = _roles(
        "Acara itu dihadiri Bambang Pamungkas, Gubernur Jawa Tengah Ahmad Luthfi, dan para bupati."
    )
    assert roles["Bambang Pamungkas"] is None
    assert roles["Ahmad Luthfi"] == "Gubernur Jawa Tengah"


def test_the_one_a_relation_is_of_does_not_take_the_relation_as_a_role() -> None:
    roles = _roles(
        "Menurut Maqdir Ismail, kuasa hukum Budi Santoso Wijaya, kliennya sakit. "
        "Gibran Rakabuming, putra Presiden Joko Widodo, hadir di sana."
    )
    assert roles["Maqdir Ismail"] == "kuasa hukum"
    assert roles["Budi Santoso Wijaya"] is None
    assert roles["Gibran Rakabuming"] == "putra Presiden"
    assert roles["Joko Widodo"] == "Presiden"


_BODY = (
    "\n\nJAKARTA - Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit anggaran masih "
    'terkendali. "Kami menjaga defisit di bawah tiga persen," kata Sri Mulyani. '
    "Komisi Pemberantasan Korupsi (KPK) menyatakan akan memanggil saksi. Juru bicara KPK "
    "Budi Prasetyo mengatakan pemeriksaan dijadwalkan pekan depan."
)


def _headline_quotes(headline: str) -> list[tuple[str | None, str]]:
    text = headline + _BODY
    quotes = extract_quotes(text, entities=find_entities(text))
    return [(q["speaker"], q["text"]) for q in quotes if q["cue"] == ":"]


@pytest.mark.parametrize(
    ("headline", "speaker", "said"),
    [
        (
            "Sri Mulyani: Defisit APBN Masih Aman",
            "Sri Mulyani Indrawati",
            "Defisit APBN Masih Aman",
        ),
        ("Menkeu: Defisit APBN Masih Aman", "Sri Mulyani Indrawati", "Defisit APBN Masih Aman"),
        ("KPK: Kami Panggil Saksi Pekan Depan", "KPK", "Kami Panggil Saksi Pekan Depan"),
        ('Sri Mulyani: "Defisit Masih Aman"', "Sri Mulyani Indrawati", "Defisit Masih Aman"),
    ],
)
def test_a_headline_that_names_its_speaker_before_a_colon_is_a_quote(
    headline: str, speaker: str, said: str
) -> None:
    assert _headline_quotes(headline) == [(speaker, said)]


@pytest.mark.parametrize(
    "headline",
    [
        "Video: Defisit APBN Masih Aman",
        "Profil Sri Mulyani: Dari Bank Dunia ke Kementerian",
        "Liga Inggris: Arsenal Menang Telak atas Chelsea",
        "Update Corona: Kasus Baru Bertambah 500 Orang",
        "Bank Dunia: Ekonomi Asia Tumbuh Melambat",  # a body that says nothing in the article
    ],
)
def test_a_colon_headline_without_a_speaker_is_no_quote(headline: str) -> None:
    assert _headline_quotes(headline) == []


def test_the_only_line_of_a_text_is_no_headline() -> None:
    text = "Sri Mulyani: defisit APBN masih aman dan terkendali tahun ini"
    assert [q for q in extract_quotes(text, entities=find_entities(text)) if q["cue"] == ":"] == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"Kami kalah," kata pelatih Timnas Indonesia, Patrick Kluivert, usai laga.',
            "Patrick Kluivert",
            "pelatih Timnas Indonesia",
        ),
        ("Ketua KPK, Setyo Budiyanto, mengatakan hal itu.", "Setyo Budiyanto", "Ketua KPK"),
        ("Kapten tim Jay Idzes menambahkan para pemain akan bangkit.", "Jay Idzes", "Kapten tim"),
        ("CEO Apple Tim Cook mengatakan penjualan naik.", "Tim Cook", "CEO Apple"),
        ("Tim Miller, warga setempat, melihat kejadian itu.", "Tim Miller", "warga"),
        (
            '"Turbulensi akan datang," kata putra dari pendiri Nahdlatul Ulama, KH Hasyim '
            "Asy'ari ini.",
            "Hasyim Asy'ari",
            None,
        ),
    ],
)
def test_a_role_set_off_before_the_name_by_a_comma(text: str, name: str, role: str | None) -> None:
    assert _roles(text)[name] == role


@pytest.mark.parametrize(
    ("role", "own"),
    [
        ("putra Presiden", "Presiden"),
        ("saksi untuk terdakwa", "terdakwa"),
        ("penasihat hukum terdakwa", "terdakwa"),
        ("Istri Bupati Kupang", "Bupati Kupang"),
        ("Duta Besar RI untuk Jepang", "Duta Besar RI untuk Jepang"),
        ("Juru Bicara KPK", "Juru Bicara KPK"),
        ("kuasa hukum", "kuasa hukum"),
        ("Pemain Mojokerto Putra Sdr.", "Pemain Mojokerto Putra Sdr."),
        ("saksi untuk", ""),
        ("istri", ""),
    ],
)
def test_the_part_of_a_role_before_a_name_that_is_the_persons_own(role: str, own: str) -> None:
    assert own_role(role) == own


def test_relations_and_callings_in_roles_before_names() -> None:
    roles = _roles(
        "Jaksa menghadirkan saksi untuk terdakwa Andi Agustinus. Kaesang datang bersama "
        "putra Presiden Joko Widodo. Menurut istri Budi Santoso, rumah itu kosong. "
        '"Pembeli berkurang," kata Slamet (52), pedagang beras di pasar itu.'
    )
    assert roles["Andi Agustinus"] == "terdakwa"
    assert roles["Joko Widodo"] == "Presiden"
    assert roles["Budi Santoso"] is None
    assert roles["Slamet"] == "pedagang"


def test_callings_that_name_a_bodys_members_still_close_its_name() -> None:
    text = (
        "Pemimpin oposisi mengatakan Partai Buruh akan menang. Partai Buruh meraih suara "
        "besar, kata Serikat Petani Indonesia."
    )
    bodies = [e["text"] for e in find_entities(text) if e["label"] == "ORG"]
    assert bodies.count("Partai Buruh") == 2


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Anak Agung Gede Ngurah hadir di sana.", "Anak Agung Gede Ngurah", None),
        (
            "Bupati Badung Anak Agung Gede Agung hadir di sana.",
            "Anak Agung Gede Agung",
            "Bupati Badung",
        ),
        (
            "Kepala Dinas Kesehatan Bali I Ketut Suarjaya hadir di sana.",
            "I Ketut Suarjaya",
            "Kepala Dinas Kesehatan Bali",
        ),
    ],
)
def test_balinese_titles_open_the_name_not_the_role(text: str, name: str, role: str | None) -> None:
    assert _roles(text) == {name: role}


def test_a_body_the_article_names_opens_no_persons_name() -> None:
    roles = _roles(
        "Badan Pangan Nasional (Bapanas) mencatat stok beras aman. Kepala Bapanas Arief "
        "Prasetyo Adi menyatakan operasi pasar dimulai."
    )
    assert roles == {"Arief Prasetyo Adi": "Kepala Bapanas"}


def test_someone_given_by_initials_speaks_as_those_initials() -> None:
    text = (
        "Polisi menangkap dua pelaku penipuan lowongan kerja di Bekasi.\n\n"
        "Korban berinisial RS (29) mengaku tertipu setelah mentransfer uang. "
        '"Saya percaya karena mereka kirim bukti pembayaran," tutur RS.'
    )
    assert [(who, (role or "").lower()) for who, role in _speakers(text)] == [("RS", "korban")] * 2


def test_initials_someone_is_talked_about_by_take_no_focus() -> None:
    text = (
        'Kepala Dinas Pendidikan Budi Santoso mengatakan sekolah sudah bertindak. "Kami '
        'memanggil orang tua murid," kata Budi.\n\n'
        "Tindakan guru berinisial AK itu menjadi perhatian dinas.\n\n"
        '"Kami akan mengevaluasi semua guru," katanya.'
    )
    assert _speakers(text)[-1][0] == "Budi Santoso"


def test_a_given_name_the_article_quotes_the_person_by_is_that_person() -> None:
    text = (
        "Ketua Dewan Kehormatan PAN Muhammad Amien Rais mengkritik praktik hukum. "
        '"Hukum itu diskriminatif," kata Amien dalam diskusi di Jakarta.\n\n'
        "Jika dibiarkan terjadi, kata Amien, Indonesia akan bernasib buruk."
    )
    amien = [e["label"] for e in find_entities(text) if e["text"] == "Amien"]
    assert amien == ["PER", "PER"]


def test_a_place_named_like_a_persons_given_name_stays_a_place() -> None:
    text = (
        "Perdana Menteri Queensland Annastacia Palaszczuk meninjau banjir. Banjir di "
        "Queensland merendam ratusan rumah."
    )
    labels = {e["text"]: e["label"] for e in find_entities(text)}
    assert labels["Queensland"] == "LOC"


@pytest.mark.parametrize(
    ("text", "speaker", "anonymous"),
    [
        (
            "Juru bicara Presiden Prabowo Subianto mengatakan pemerintah tidak akan menaikkan "
            "harga BBM tahun ini.",
            "juru bicara Presiden Prabowo Subianto",
            True,
        ),
        (
            '"Klien kami kooperatif dan akan hadir," kata kuasa hukum terdakwa Budi Santoso.',
            "kuasa hukum terdakwa Budi Santoso",
            True,
        ),
        (
            "Juru Bicara KPK Febri Diansyah mengatakan pemeriksaan terhadap saksi terus berlanjut.",
            "Febri Diansyah",
            False,
        ),
    ],
)
def test_a_spokesperson_or_lawyer_before_someone_elses_office_is_no_one_named(
    text: str, speaker: str, anonymous: bool
) -> None:
    quotes = extract_quotes(text, entities=find_entities(text))
    assert [(q["speaker"], q["anonymous"]) for q in quotes] == [(speaker, anonymous)]


def test_a_short_name_two_people_share_is_the_one_named_last_before_it() -> None:
    text = (
        "Komisi Pemberantasan Korupsi menetapkan Bupati Sidoarjo Ahmad Muhdlor Ali sebagai "
        "tersangka.\n\n"
        '"KPK menemukan bukti permulaan yang cukup," ujar Kepala Bagian Pemberitaan KPK Ali '
        "Fikri di Jakarta.\n\n"
        "Ali menjelaskan, total potongan insentif mencapai Rp 2,7 miliar sepanjang 2023."
    )
    entities = find_entities(text)
    ali = [e["canonical"] for e in entities if e["text"] == "Ali"]
    assert ali == ["Ali Fikri"]
    quotes = extract_quotes(text, entities=entities)
    assert [q["speaker"] for q in quotes] == ["Ali Fikri", "Ali Fikri"]


def test_a_shorter_form_of_a_fuller_name_is_still_the_fuller_name() -> None:
    text = (
        "Wakil Ketua DPR Sufmi Dasco Ahmad memimpin rapat. Sufmi Dasco kemudian menutup "
        "sidang. Menurut Dasco, rapat berjalan lancar."
    )
    dasco = [e["canonical"] for e in find_entities(text) if e["text"] == "Dasco"]
    assert dasco == ["Sufmi Dasco Ahmad"]


def test_a_noun_of_state_opening_a_sentence_is_no_given_name() -> None:
    text = "Bek Brasil Dani Alves kecewa. Kegeraman Alves memuncak usai laga."
    people = [(e["text"], e["canonical"]) for e in find_entities(text) if e["label"] == "PER"]
    assert people == [("Dani Alves", "Dani Alves"), ("Alves", "Dani Alves")]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Analis Mirae Asset Sekuritas Indonesia Nafan Aji Gusta menilai saham itu menarik.",
            "Mirae Asset Sekuritas Indonesia",
        ),
        (
            "Kepala Riset Samuel Sekuritas Indonesia Prasetya Gunadi menilai pasar stabil.",
            "Samuel Sekuritas Indonesia",
        ),
    ],
)
def test_a_firm_keeps_the_country_it_trades_in(text: str, firm: str) -> None:
    found = find_entities(text)
    assert firm in [e["text"] for e in found if e["label"] == "ORG"]
    assert "Indonesia" not in [e["text"] for e in found if e["label"] == "LOC"]


def test_narration_the_splitter_joined_to_a_quote_still_sets_the_focus() -> None:
    text = (
        "Rapat dipimpin Ketua DPR Puan Maharani dan dihadiri 293 anggota dewan.\n\n"
        "Ketua Komisi I DPR Utut Adianto menyampaikan laporan hasil pembahasan tingkat I. "
        '"Seluruh fraksi telah menyampaikan pandangan mini fraksi," kata politikus PDI-P itu.'
    )
    assert _speakers(text) == [("Utut Adianto", "Ketua Komisi I DPR")]


def test_a_person_run_into_a_body_the_article_names_alone_splits_off() -> None:
    text = (
        "Persib menang 2-1 atas Persija. Pelatih Persib Bojan Hodak memuji mental anak "
        'asuhnya. "Kami disiplin," kata Hodak.'
    )
    found = [(e["text"], e["label"], e.get("role")) for e in find_entities(text)]
    assert ("Bojan Hodak", "PER", "Pelatih Persib") in found
    assert all(text != "Persib Bojan Hodak" for text, _, _ in found)


def test_a_body_whose_name_runs_on_is_not_split() -> None:
    text = (
        "IPB membangun pusat riset. Direktur IPB Science Techno Park Meika Syahbana Rusli "
        'mengatakan "Science Techno Park" terbuka untuk umum.'
    )
    people = [e["text"] for e in find_entities(text) if e["label"] == "PER"]
    assert "Science Techno" not in people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gempa bermagnitudo 6,2 mengguncang Kabupaten Cianjur.", [("6,2", "magnitude", None)]),
        (
            "Gempa berkekuatan 7 skala Richter melanda Palu.",
            [("7 skala Richter", "magnitude", None)],
        ),
        ("Gempa 5,6 SR mengguncang Lombok.", [("5,6 SR", "magnitude", None)]),
        ("Snapdragon 636 mengusung CPU baru.", []),
        ("Alumni 212 menggelar Kongres Nasional.", []),
    ],
)
def test_magnitudes_and_no_verb_is_counted(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    found = [(q["text"], q["unit"], q["counts"]) for q in extract_quantities(text)]
    assert found == expected


def test_a_surname_the_tagger_left_out_that_the_article_quotes_by_closes_the_name() -> None:
    with open(Path(__file__).parent / "fixtures" / "entities" / "round17_sports.txt") as handle:
        text = handle.read()
    people = {e["text"]: e["canonical"] for e in find_entities(text) if e["label"] == "PER"}
    assert people["Carlos Pena"] == "Carlos Pena"
    assert people["Pena"] == "Carlos Pena"
    assert "Carlos" not in people


def test_of_two_people_joined_by_dan_each_keeps_only_their_own_role() -> None:
    text = (
        "Penyanyi Raisa Andriana dan aktor Hamish Daud resmi bercerai pekan ini.\n\n"
        "Hamish melalui unggahan di Instagram menulis bahwa ia menghormati keputusan tersebut."
    )
    assert _speakers(text) == [("Hamish Daud", "aktor")]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Menteri Ketenagakerjaan Yassierli meminta perusahaan memenuhi hak pekerja.",
            "Yassierli",
            "Menteri Ketenagakerjaan",
        ),
        (
            "Menteri Pendidikan dan Kebudayaan Muhadjir Effendy meninjau sekolah.",
            "Muhadjir Effendy",
            "Menteri Pendidikan dan Kebudayaan",
        ),
        (
            "Menteri Koordinator Bidang Kemaritiman Luhut Binsar Pandjaitan hadir.",
            "Luhut Binsar Pandjaitan",
            "Menteri Koordinator Bidang Kemaritiman",
        ),
    ],
)
def test_a_ministrys_field_is_part_of_the_role(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


def test_a_part_of_a_full_name_the_article_quotes_by_alone_is_that_person() -> None:
    text = (
        "Di kubu lawan, pelatih Persija Carlos Pena mengakui timnya kalah kualitas. "
        "Pena menyebut wasit memimpin laga dengan baik."
    )
    people = [(e["text"], e["canonical"]) for e in find_entities(text) if e["label"] == "PER"]
    assert people == [("Carlos Pena", "Carlos Pena"), ("Pena", "Carlos Pena")]


def test_a_name_part_the_article_also_writes_small_is_no_one_alone() -> None:
    text = "Pelari Titik Hartati meraih emas. Titik menyebut cuaca panas. Di titik itu ia berhenti."
    found = [{"text": "Titik Hartati", "label": "PER", "start": 7, "end": 20}]
    names_quoted_alone(found, text, {})
    assert [m["text"] for m in found] == ["Titik Hartati"]
    found = [{"text": "Titik Hartati", "label": "PER", "start": 7, "end": 20}]
    names_quoted_alone(found, text.replace("titik", "tempat"), {})
    assert [m["text"] for m in found] == ["Titik Hartati", "Titik"]


def test_a_town_after_a_players_position_is_the_club() -> None:
    text = (
        "Jay Idzes kini menjadi bek Venezia sejak musim lalu. Ia mencetak gol saat timnya "
        "menang 2-0 di Liga Italia, sementara penyerang Amerika Latin di tim lawan gagal "
        "memanfaatkan peluang."
    )
    labels = {e["text"]: e["label"] for e in find_entities(text)}
    assert labels["Venezia"] == "ORG"
    assert labels.get("Amerika Latin", "LOC") == "LOC"


def test_an_amount_with_its_currency_glued_on_is_no_name() -> None:
    found = find_entities("Harga petrol turun kepada RM1.99 seliter mulai bulan depan.")
    assert [e["text"] for e in found] == []
