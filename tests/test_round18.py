"""Round 18: roles set off by a comma over bodies the tagger left out, names split or run on
by the tagger, pairs of people, untagged speakers after titles, countries in brackets after
a person, and the title words of courts, deputies, commissioners and Malay ministers."""

from __future__ import annotations

import pytest

from warta.extract.entities import find_entities
from warta.extract.quotes import extract_quotes


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(str(m["text"]), m.get("role")) for m in find_entities(text) if m["label"] == "PER"]


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(str(m["text"]), str(m["label"])) for m in find_entities(text)]


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # a role set off by a comma, over a relation that is the person's own
        (
            "Kuasa hukum terdakwa, Lisa Rachmat, mengatakan pihaknya akan pikir-pikir.",
            "Lisa Rachmat",
            "Kuasa hukum terdakwa",
        ),
        ("Ayah korban, Ismail, berharap jaksa mengajukan banding.", "Ismail", "Ayah korban"),
        # … and over a body the tagger did not find
        (
            "Juru bicara Komisi Eropa, Olof Gill, menyatakan Uni Eropa memantau.",
            "Olof Gill",
            "Juru bicara Komisi Eropa",
        ),
        # title words: deputies, courts, commissioners, corps after a rank
        (
            "Deputi Gubernur Senior BI Destry Damayanti menyebut likuiditas longgar.",
            "Destry Damayanti",
            "Deputi Gubernur Senior BI",
        ),
        (
            "Ketua majelis hakim Erintuah Damanik menyatakan terdakwa bersalah.",
            "Erintuah Damanik",
            "Ketua majelis hakim",
        ),
        ("Komisioner KPU Idham Holik mengatakan hal itu.", "Idham Holik", "Komisioner KPU"),
        (
            "Komandan Kodim 0501 Letkol Inf Budi Santoso hadir di lokasi.",
            "Budi Santoso",
            "Komandan Kodim 0501",  # (the rank before the name is no part: round 49)
        ),
        # a short form in capitals inside the role
        ("Menurut Ketua RT Tono Suharto, warga aman.", "Tono Suharto", "Ketua RT"),
        # a Malay minister's title; the honorific after it is a form of address, no office
        (
            "Menteri Kewangan II Datuk Seri Amir Hamzah Azizan berkata, bantuan akan dibayar.",
            "Amir Hamzah Azizan",
            "Menteri Kewangan II",
        ),
        (
            "Menurut Adrian Li, Founder & Managing Partner Convergence Ventures, investor masuk.",
            "Adrian Li",
            # (the whole office since round 61: an ampersand joins its capitalised words)
            "Founder & Managing Partner Convergence Ventures",
        ),
    ],
)
def test_roles(text: str, person: str, role: str) -> None:
    assert (person, role) in _people(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the clause after "Menurut X," is what X says, no role of X
        ("Menurut Tono Suharto, warga aman.", "Tono Suharto"),
        # after a rank, a short form is the name's initials, no role
        ("Kapolres Bogor AKBP AM Dicky Pastika mengatakan hal itu.", "Dicky Pastika"),
        # "Asisten Coleman" is Coleman's assistant
        ("Asisten Coleman di timnas, Kit Symons, juga pergi.", "Coleman"),
        # the relation "putra dari pendiri …, X": the founder's name, not the son's
        ("Kata putra dari pendiri Nahdlatul Ulama, KH Hasyim Asy'ari.", "Hasyim Asy'ari"),
    ],
)
def test_no_role(text: str, person: str) -> None:
    roles = dict(_people(text))
    assert person in roles
    assert roles[person] is None


def test_names_the_tagger_split_are_one() -> None:
    text = (
        "Kapolda Papua Pegunungan Brigjen Pol Petrus Patrige Rudolf Renwarin menyatakan "
        "aparat masih memburu pelaku."
    )
    assert [p for p, _ in _people(text)] == ["Petrus Patrige Rudolf Renwarin"]
    # a father's name after "binti" stays his
    text = (
        '"Saya terima nikahnya dan jodohnya Kahiyang Ayu binti Joko Widodo dengan mas kawin '
        'seperangkat alat salat dan emas 80 gram dibayar tunai," kata Bobby.'
    )
    people = [p for p, _ in _people(text)]
    assert "Joko Widodo" in people
    assert not any("binti" in p for p in people)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "KPU menetapkan pasangan Pramono Anung-Rano Karno sebagai pemenang. Pramono "
            "mengucapkan terima kasih.",
            ["Pramono Anung", "Rano Karno"],
            ["Pramono Anung-Rano Karno"],
        ),
        (
            "Pasangan Ridwan Kamil-Suswono memperoleh 39,40 persen suara.",
            ["Ridwan Kamil", "Suswono"],
            ["Ridwan Kamil-Suswono"],
        ),
        ("Trent Alexander-Arnold mencetak gol kedua.", ["Trent Alexander-Arnold"], []),
        ("Jean-Claude Juncker datang ke Brussel.", ["Jean-Claude Juncker"], []),
    ],
)
def test_pairs_split_at_hyphens(text: str, expected: list[str], not_expected: list[str]) -> None:
    people = [p for p, _ in _people(text)]
    for name in expected:
        assert name in people
    for name in not_expected:
        assert name not in people
    if "Pramono " in text:
        assert _canonical(text)["Pramono"] == "Pramono Anung"


def test_slash_partners_in_doubles() -> None:
    text = (
        "Di final ganda putra, Fajar/Rian menghadapi pasangan tuan rumah Liang Weikeng/Wang "
        "Chang yang menyingkirkan unggulan pertama."
    )
    people = [p for p, _ in _people(text)]
    assert "Liang Weikeng" in people
    assert "Wang Chang" in people
    # outside sport a slash joins places and products
    text = "Kasus baru terkait kelompok Aljunied Crescent/Sims Drive di Singapura."
    assert "Sims Drive" not in [p for p, _ in _people(text)]


def test_speaker_after_title_is_a_person() -> None:
    text = "Juru bicara TPNPB-OPM Sebby Sambom mengklaim bertanggung jawab atas serangan tersebut."
    assert ("Sebby Sambom", "Juru bicara TPNPB-OPM") in _people(text)
    quotes = extract_quotes(text, entities=find_entities(text))
    assert [q["speaker"] for q in quotes] == ["Sebby Sambom"]


def test_given_name_between_titled_place_and_name() -> None:
    text = "Bupati Pegunungan Bintang Spei Yan Bidana meminta warga tetap tenang."
    assert ("Spei Yan Bidana", "Bupati Pegunungan Bintang") in _people(text)
    # an ordinal is part of the title, no given name
    text = "Presiden RI Pertama Soekarno membacakan teks proklamasi."
    assert "Pertama Soekarno" not in [p for p, _ in _people(text)]


def test_country_in_brackets_is_no_alias_of_the_person() -> None:
    text = (
        "Marcus/Kevin menang atas Bodin Isara/Savitree Amitrapai (Thailand) di babak kedua "
        "ganda campuran. Wakil Thailand itu kalah dua gim."
    )
    found = find_entities(text)
    thailand = [m for m in found if m["text"] == "Thailand"]
    assert thailand
    assert all(m["label"] == "LOC" and m["canonical"] == "Thailand" for m in thailand)


def test_court_without_the_bench_and_unit_numbers() -> None:
    text = "Majelis hakim Pengadilan Negeri (PN) Surabaya menjatuhkan vonis 12 tahun penjara."
    # (the court, its short form and its town are one body since round 55)
    assert ("Pengadilan Negeri (PN) Surabaya", "ORG") in _mentions(text)
    assert not any(t.startswith("Majelis") for t, _ in _mentions(text))
    # lower-case words that are no role stay in a place's name
    text = "Jalan tol Kunciran - Bandara dibuka untuk umum bulan depan."
    assert any(t.startswith("Jalan tol") for t, _ in _mentions(text))
    text = "Tiket yang dijual di Kodim 0621 ini merupakan kategori 3. Gerakan 30 September."
    mentions = _mentions(text)
    assert ("Kodim 0621", "ORG") in mentions
    assert ("Gerakan 30", "ORG") not in mentions


def test_terms_with_two_acronyms_are_no_entities() -> None:
    text = (
        "Menurut Perry Warjiyo, rasio alat likuid terhadap dana pihak ketiga (AL/DPK) "
        "mencapai 27,4 persen. Komisi Pemberantasan Korupsi (KPK) menahan tersangka."
    )
    mentions = [t for t, _ in _mentions(text)]
    assert "AL" not in mentions
    assert "DPK" not in mentions
    assert "KPK" in mentions


def test_malay_honorifics() -> None:
    text = "Tan Sri Muhyiddin Yassin hadir. Menurut Tan Malaka, rakyat harus merdeka."
    people = [p for p, _ in _people(text)]
    assert "Muhyiddin Yassin" in people
    assert "Tan Malaka" in people
    text = "Menteri Kewangan II Datuk Seri Amir Hamzah Azizan berkata, bantuan akan dibayar."
    assert all(label != "ORG" for _, label in _mentions(text))


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # a body the tagger read from inside the title, run on into the name
        (
            "Menteri Luar Negeri RI Sugiono menyatakan Indonesia mengecam keras serangan itu.",
            "Sugiono",
            "Menteri Luar Negeri RI",
        ),
        # English titles of firms, and the words written before them
        (
            "Chief Financial Officer GoTo Simon Ho menambahkan, jumlah pengguna naik.",
            "Simon Ho",
            "Chief Financial Officer GoTo",
        ),
        (
            "Managing Director GrabPay Indonesia Ongki Kurniawan mengatakan layanan dihentikan.",
            "Ongki Kurniawan",
            "Managing Director GrabPay Indonesia",
        ),
        (
            "Humas Pengadilan Agama Jakarta Selatan Taslimah membenarkan adanya gugatan itu.",
            "Taslimah",
            "Humas Pengadilan Agama Jakarta Selatan",
        ),
        # a role set off after the name stops before "dalam …"
        (
            "Mamat Budirakhmat, Humas RSUD Kabupaten Subang dalam keterangannya, menyebut "
            "korban bertambah.",
            "Mamat Budirakhmat",
            "Humas RSUD Kabupaten Subang",
        ),
    ],
)
def test_more_roles(text: str, person: str, role: str) -> None:
    assert (person, role) in _people(text)


def test_firm_read_as_a_person() -> None:
    text = (
        "Analis Mirae Asset Sekuritas Indonesia Christopher Rusli menilai kinerja tersebut "
        "melampaui ekspektasi pasar."
    )
    assert ("Mirae Asset Sekuritas Indonesia", "ORG") in _mentions(text)
    assert ("Christopher Rusli", "Analis Mirae Asset Sekuritas Indonesia") in _people(text)
    # a surname that is also a firm's ending elsewhere stays a name
    text = "Pelatih Italia Giampiero Ventura kecewa dengan hasil itu. Ventura lalu mundur."
    assert ("Giampiero Ventura", "PER") in _mentions(text)


def test_title_words_alone_are_no_person() -> None:
    text = "Chief Technology Officer Walmart mengatakan robot itu membantu karyawan."
    assert [p for p, _ in _people(text)] == []
    # a given name that is also a word of a title stays a name
    text = "Agung mengatakan dirinya tidak tahu soal itu."
    assert ("Agung", "PER") in _mentions(text)


def test_role_over_a_body_the_tagger_left_out() -> None:
    text = (
        "Ketua Koperasi Pedagang Pasar Induk Beras Cipinang Zulkifli Rasyid mengatakan "
        "kenaikan dipicu berkurangnya pasokan."
    )
    assert (
        "Zulkifli Rasyid",
        "Ketua Koperasi Pedagang Pasar Induk Beras Cipinang",
    ) in _people(text)
    # a title's field before a body the rules found still opens the role
    text = "Direktur Jenderal Anggaran Kemenkeu Askolani mengungkapkan belanja modal naik."
    assert ("Askolani", "Direktur Jenderal Anggaran Kemenkeu") in _people(text)
    # capitalised words that name no body are no role: the sentence before stays out
    text = "Harga naik di Jakarta Utara. Febri mengatakan stok aman."
    assert dict(_people(text)).get("Febri") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suhu di puncak mencapai minus 2 derajat Celsius.", [("minus 2 derajat Celsius", -2)]),
        ("Ekonomi tumbuh negatif 17,79 persen.", [("negatif 17,79 persen", -17.79)]),
        # a range written with spaces keeps its sign
        ("Kenaikan berkisar 15% -25% per tahun.", [("15% -25%", 15)]),
        ("Tim mencari korban di ketinggian 3.200 mdpl.", [("3.200 mdpl", 3200)]),
    ],
)
def test_signed_quantities_and_heights(text: str, expected: list[tuple[str, float]]) -> None:
    from warta.extract.quantities import extract_quantities

    found = extract_quantities(text)
    assert [(q["text"], q["value"]) for q in found] == expected
    if "mdpl" in text:
        assert found[0]["unit"] == "m"


def test_short_form_of_two_words_is_an_alias() -> None:
    text = (
        "Balai Besar Taman Nasional Bromo Tengger Semeru (BB TNBTS) menutup jalur. Kepala "
        "BB TNBTS Rudijanta Tjahja Nugraha membantah hal itu."
    )
    names = _canonical(text)
    assert names["BB TNBTS"] == "Balai Besar Taman Nasional Bromo Tengger Semeru"


def test_anonymous_source_after_a_bracketed_short_form() -> None:
    text = (
        "Seorang petugas Balai Besar Taman Nasional Bromo Tengger Semeru (BB TNBTS) yang "
        "enggan disebut namanya mengatakan jalur pendakian sudah ditutup sejak 15 November."
    )
    quotes = extract_quotes(text, entities=find_entities(text))
    assert len(quotes) == 1
    assert quotes[0]["anonymous"] is True
    assert quotes[0]["text"].startswith("jalur pendakian sudah ditutup")


def test_day_without_year_dated_by_its_weekday() -> None:
    from warta.extract.dates import extract_dates

    text = (
        "Gempa terjadi Senin (23/11/2026). Presiden meninjau lokasi pada Rabu (25/11). "
        "Sidang digelar Kamis, 3 Desember. Jumat (25/11) libur."
    )
    values = {d["text"]: d["value"] for d in extract_dates(text)}
    assert values["Rabu (25/11)"] == "2026-11-25"
    assert values["Kamis, 3 Desember"] == "2026-12-03"
    # a weekday that does not fit the article's years leaves the day unresolved
    assert values["Jumat (25/11)"] is None
    # without a full date in the article there is nothing to date it by
    assert extract_dates("Presiden meninjau lokasi pada Rabu (25/11).")[0]["value"] is None


def test_name_first_then_whose_it_is() -> None:
    text = (
        "Gus Ipul, sapaan akrab Menteri Sosial Saifullah Yusuf, meninjau penyaluran bantuan. "
        "Dalam kunjungan itu, Gus Ipul didampingi Wali Kota Surabaya Eri Cahyadi."
    )
    names = _canonical(text)
    assert names["Gus Ipul"] == "Saifullah Yusuf"
    assert names["Eri Cahyadi"] == "Eri Cahyadi"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # a given name the body's name ran over, after its place
        (
            "Kepala Dinas Sosial Jawa Timur Restu Novi Widiani hadir dalam acara itu.",
            "Restu Novi Widiani",
            "Kepala Dinas Sosial Jawa Timur",
        ),
        # a body's short form in brackets inside the role
        (
            "Presiden Konfederasi Serikat Pekerja Indonesia (KSPI) Said Iqbal menyambut baik "
            "keputusan tersebut.",
            "Said Iqbal",
            "Presiden Konfederasi Serikat Pekerja Indonesia (KSPI)",
        ),
        (
            "Promotor iMe Indonesia, Michael Rusli, mengatakan pihaknya menyiapkan kursi.",
            "Michael Rusli",
            "Promotor iMe Indonesia",
        ),
    ],
)
def test_roles_around_bodies(text: str, person: str, role: str) -> None:
    assert (person, role) in _people(text)


def test_address_words_are_no_part_of_the_speaker() -> None:
    text = (
        'Salah satu penerima, Mbah Sumiati (78), mengaku bersyukur. "Alhamdulillah, bisa '
        'buat makan sebulan," kata Mbah Sumiati sambil tersenyum.'
    )
    quotes = extract_quotes(text, entities=find_entities(text))
    assert [q["speaker"] for q in quotes] == ["Sumiati"]


def test_role_set_off_after_a_dateline() -> None:
    text = (
        "Jakarta - Anggota Komisi III DPR dari Fraksi PDI-P, Gilang Dhielafararez, menilai "
        "vonis itu terlalu ringan."
    )
    assert (
        "Gilang Dhielafararez",
        "Anggota Komisi III DPR dari Fraksi PDI-P",
    ) in _people(text)


def test_a_derived_word_opening_a_sentence_is_no_given_name_of_the_speaker() -> None:
    text = (
        "Neymar membantah keputusannya ke klub kaya Ligue 1 itu lantaran uang.\n\n"
        "Kepergian Neymar dari Barca ibarat letupan besar dalam sepak bola dunia.\n\n"
        "Namun Neymar tetap membantah bahwa ia pindah ke Paris karena uang."
    )
    quotes = extract_quotes(text, entities=find_entities(text))
    assert [q["speaker"] for q in quotes] == ["Neymar", "Neymar"]


def test_one_word_name_the_tagger_missed_but_quotes_are_by() -> None:
    text = (
        "Neymar membantah keputusannya lantaran uang. Ia mengaku sedih.\n\n"
        '"Saya bukan pria yang termotivasi uang," terang Neymar.'
    )
    assert [p for p, _ in _people(text)].count("Neymar") == 2
    # a nickname after "pria yang akrab disapa"
    text = (
        "Juru Bicara Kementerian Luar Negeri, Armantha Tahir memastikan kabar itu. Armantha, "
        "pria yang akrab disapa Tata ini tengah mendalami kasus. Menurut Tata, hal itu wajar."
    )
    assert _canonical(text)["Tata"] == "Armantha Tahir"


def test_initials_take_the_calling_before_them() -> None:
    text = (
        "Polisi menyebut kedua tersangka berinisial AV (34) dan DK (29) ditangkap di vila. "
        "Korban berinisial RS mengaku dipukul. Seorang pria berinisial GH ikut diperiksa."
    )
    roles = dict(_people(text))
    assert roles["AV"] == roles["DK"] == "tersangka"
    assert roles["RS"] == "Korban"
    assert roles["GH"] is None


def test_a_role_ending_with_dari_or_dan_is_someone_elses() -> None:
    text = "Adik dari Nia Ramadhani datang ke lokasi. Peneliti dari LIPI Siti Zuhro menilai."
    roles = dict(_people(text))
    assert roles["Nia Ramadhani"] is None
    assert roles["Siti Zuhro"] == "Peneliti dari LIPI"


def test_account_set_off_between_subject_and_verb() -> None:
    text = (
        "Ekonom senior Indef, Aviliani, menyambut baik keputusan itu.\n\n"
        "Presiden Prabowo Subianto melalui akun Instagram resminya, @prabowo, menulis bahwa "
        "keputusan itu diambil demi rakyat kecil."
    )
    quotes = extract_quotes(text, entities=find_entities(text))
    assert [q["speaker"] for q in quotes] == ["Prabowo Subianto"]


def test_place_of_a_title_glued_before_the_name() -> None:
    text = (
        "Sebanyak 45 rumah di Kecamatan Cilawu rusak. Camat Cilawu Dede Suryana menyebut 163 "
        "jiwa dievakuasi."
    )
    assert ("Dede Suryana", "Camat Cilawu") in _people(text)
    # a role after a name that runs over a place into the next name is the next one's
    text = (
        "Acara dihadiri Yanuar Budi Hartanto, Bupati Sambas Atbah Romin Suhaili, dan Anggota "
        "Komisi VII DPR Katherine Angela Oendoen. Kota Kabupaten Sambas jauh."
    )
    roles = dict(_people(text))
    assert roles["Yanuar Budi Hartanto"] is None
    assert roles["Atbah Romin Suhaili"] == "Bupati Sambas"


def test_heads_of_households_are_counted_as_such() -> None:
    from warta.extract.quantities import extract_quantities

    found = extract_quantities("Sebanyak 163 jiwa dari 45 kepala keluarga dievakuasi.")
    assert [(q["value"], q["counts"]) for q in found] == [(163, "jiwa"), (45, "kepala keluarga")]


def test_a_title_opening_its_paragraph_still_titles_the_place_after_it() -> None:
    text = (
        "Aparat masih berjaga di Kabupaten Pegunungan Bintang, Rabu (25/11/2026).\n\n"
        "Bupati Pegunungan Bintang Spei Yan Bidana meminta warga tetap tenang."
    )
    assert ("Spei Yan Bidana", "Bupati Pegunungan Bintang") in _people(text)


def test_a_passive_verb_after_an_amount_is_nothing_counted() -> None:
    from warta.extract.quantities import extract_quantities

    text = (
        "Jarak 1.200 kilometer ditempuh. Barang bukti 1,2 kg diamankan. Sebanyak 5.000 liter "
        "diesel disalurkan ke empat divisi."
    )
    found = [(q["text"], q["counts"]) for q in extract_quantities(text)]
    assert found == [
        ("1.200 kilometer", None),
        ("1,2 kg", None),
        ("5.000 liter", "diesel"),
        ("empat", "divisi"),
    ]
