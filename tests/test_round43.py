"""Session 43: what random IndoSum articles showed (a calling's field in lower case, an
epithet naming the one the article gave that calling, an issuing office inside a letter's
number)."""

from __future__ import annotations

import pytest
from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.document import Document
from warta.extract.entities import find_entities
from warta.extract.quotes import QuoteExtractor, extract_quotes


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Kabar itu tak sampai kepada atlet nasional lompat jauh Maria Natalia Londa kemarin.",
         "Maria Natalia Londa", "atlet nasional lompat jauh"),
        ("Hal itu disampaikan pelatih bulu tangkis Rexy Mainaky di Jakarta.",
         "Rexy Mainaky", "pelatih bulu tangkis"),
        ("Hal itu disampaikan pakar hukum tata negara Refly Harun di Jakarta.",
         "Refly Harun", "pakar hukum tata negara"),
        # praise is no part of a calling
        ("Hal itu disampaikan aktris kondang Angelina Jolie di Jakarta.",
         "Angelina Jolie", "aktris"),
        ("Hal itu disampaikan artis papan atas Melly Goeslaw di Jakarta.",
         "Melly Goeslaw", "artis"),
    ],
)  # fmt: skip
def test_a_calling_s_field_in_lower_case_belongs_to_the_role(
    sentence: str, name: str, role: str
) -> None:
    assert _roles(sentence)[name] == role


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # whose pupil, whose full name, whose pair: the name after it is no holder
        ("Lebih lanjut, mantan anak asuh Johan Cruyff ini mengatakan bahwa hasil itu biasa.",
         "Johan Cruyff"),
        ("Hal itu disampaikan pemilik nama lengkap Maudy Ayunda di Jakarta.", "Maudy Ayunda"),
        ("Said Iqbal merobek kontrak politik buruh dengan Anies Baswedan saat kampanye lalu.",
         "Anies Baswedan"),
        ("Setelah dikenalkan sang paman pada musisi legendaris itulah Tom Petty terinspirasi.",
         "Tom Petty"),
    ],
)  # fmt: skip
def test_lower_case_words_that_are_no_field_give_no_role(sentence: str, name: str) -> None:
    assert _roles(sentence)[name] is None


def test_an_act_before_a_name_makes_it_no_holder_of_the_calling() -> None:
    text = "Terdakwa korupsi proyek pengadaan Alquran, Fahd El Fouz, mendapat julukan baru."
    assert _roles(text).get("Alquran") is None


def test_an_epithet_names_the_one_given_that_calling_not_the_person_in_focus() -> None:
    text = (
        "Kenaikan honorarium ini ditetapkan oleh Menteri Keuangan Sri Mulyani pada 13 Maret "
        "lalu.\n\n"
        "Akan tetapi kabar tersebut tak sampai kepada atlet nasional lompat jauh Maria Natalia "
        "Londa. Mirisnya, atlet asal Bali tersebut mengaku belum menerima gajinya sejak awal "
        "tahun ini."
    )
    ((speaker, role, said),) = _quotes(text)
    assert (speaker, role) == ("Maria Natalia Londa", "atlet nasional lompat jauh")
    assert said.startswith("belum menerima gajinya")
    # the person in focus keeps an epithet that fits them
    focus = (
        "Pelatih Persija Stefano Cugurra kecewa. Pemain Persija Marko Simic juga kecewa.\n\n"
        '"Kami kalah," kata Marko Simic.\n\n'
        "Stefano Cugurra lalu menyebut timnya lelah. Pelatih asal Brasil itu mengatakan bahwa "
        "jadwal terlalu padat."
    )
    assert _quotes(focus)[-1][0] == "Stefano Cugurra"


def test_two_holders_of_the_calling_leave_the_epithet_to_the_person_in_focus() -> None:
    text = (
        "Menteri Keuangan Sri Mulyani menetapkan kenaikan itu.\n\n"
        "Atlet Maria Natalia Londa dan atlet Eko Yuli Irawan belum menerima kabar. Sri Mulyani "
        "mengatakan dana sudah siap. Atlet tersebut mengaku belum menerima gajinya."
    )
    assert _quotes(text)[-1][0] != "Maria Natalia Londa"


def test_the_office_coded_in_a_letter_s_number_is_no_entity() -> None:
    text = (
        "Kenaikan ini ditetapkan dalam surat bernomor S-217/MK.02/2017 dan surat Nomor "
        "45/KPU/2018 pada 13 Maret lalu. Putusan MK Nomor 1/PUU-XVIII/2020 dibacakan kemarin."
    )
    found = _mentions(text)
    assert ("KPU", "ORG") not in found
    assert [m for m in found if m[0] == "MK"] == [("MK", "ORG")]  # the one outside the number
    # two places joined by a slash are still places
    assert ("Bandung", "LOC") in _mentions("Dia tinggal di Jakarta/Bandung/Bogor sejak 2010.")


def test_a_given_name_the_tagger_took_for_a_body_is_the_person_named_in_full() -> None:
    text = (
        "Kondisi Melodya Vanesha membaik setelah kecelakaan bersama Sheila Marcia.\n\n"
        "Sheila bersama dua rekannya mengalami kecelakaan di jalan tol. Hidung Sheila retak."
    )
    found = find_entities(text)
    alone = [m for m in found if m["text"] == "Sheila"]
    assert alone and all((m["label"], m["canonical"]) == ("PER", "Sheila Marcia") for m in alone)


def test_a_work_named_with_its_maker_after_it_is_no_entity() -> None:
    text = (
        "Sebelumnya hanya lagu One Dance milik Drake yang mencapai itu. Dia bercerita lewat "
        "video musik Galway Girl. Dia suka lagu Raisa dan novel Laskar Pelangi karya Andrea "
        "Hirata."
    )
    found = _mentions(text)
    assert not {name for name, _ in found} & {"One Dance", "Galway Girl", "Laskar Pelangi"}
    # the makers stay, and so does a singer after "lagu"
    assert {("Drake", "PER"), ("Raisa", "PER"), ("Andrea Hirata", "PER")} <= set(found)


def test_a_name_closed_or_opened_on_a_particle_takes_the_words_on_its_other_side() -> None:
    text = (
        "Madrid juga mengangkat Ronaldo da Lima dan Luis Figo sebagai duta klub. Pemain "
        "Vinicius de Paula dan Bas van Dijk hadir. Menurut van Gaal, timnya siap."
    )
    found = _mentions(text)
    assert ("Ronaldo da Lima", "PER") in found
    assert ("Bas van Dijk", "PER") in found
    assert not any(name == "Lima" for name, _ in found)
    # a capitalised word that opens the sentence is no given name
    assert ("van Gaal", "PER") in found


def test_a_role_that_ends_on_a_preposition_is_where_it_is_held() -> None:
    text = "Teller sebelumnya tampil dengan baik sebagai pemain drum di Whiplash dua tahun lalu."
    assert _roles(text).get("Whiplash") is None


def test_an_epithet_s_capitalised_words_may_be_its_holder_s_name_or_a_parentage() -> None:
    named = (
        "Kasubdit Warisan Budaya Tak Benda Kemendikbud Lien Dwiari Ratnawati pada kegiatan "
        "tersebut mengatakan, noken Papua sudah diakui UNESCO sejak tahun 2012."
    )
    assert _quotes(named)[0][0] == "Lien Dwiari Ratnawati"
    parentage = (
        "Diva Indonesia Krisdayanti mengaku telah mendengar kabar tentang anak sulungnya Aurel "
        "Hermansyah yang telah memiliki tambatan hati.\n\n"
        '"Belum dikenalin ke saya," ungkap Krisdayanti.\n\n'
        "Saat hal tersebut dikonfirmasi langsung ke Aurel, anak sulung dari pernikahan KD dan "
        "Anang ini membenarkan kalau memang belum mengenalkan pacarnya itu ke ibu kandungnya."
    )
    assert _quotes(parentage)[-1][0] == "Aurel Hermansyah"


def test_a_dia_after_an_unnamed_source_s_quote_is_that_source() -> None:
    text = (
        "“Pasukan rezim mengambil alih pangkalan itu,” kata Rami Abdel Rahman, Direktur "
        "Observatorium Suriah, dikutip AFP.\n\n"
        "Pernyataan Observatorium itu juga dikonfirmasi oleh sumber militer yang tidak ingin "
        "disebutkan namanya.\n\n"
        "“Tentara Suriah sudah menguasai kawasan itu,” ujar sumber tersebut.\n\n"
        "“Mereka akan terus berusaha merebut wilayah itu,” dia menambahkan."
    )
    found = extract_quotes(text, entities=find_entities(text))
    assert [(q["speaker"], q["anonymous"]) for q in found] == [
        ("Rami Abdel Rahman", False),
        ("sumber tersebut", True),
        ("sumber tersebut", True),
    ]


def test_a_name_set_off_before_sebagai_and_a_calling_is_the_speaker() -> None:
    text = (
        "Film Bleed for This disutradarai Ben Younger.\n\n"
        "Younger, sebagai sutradara mengatakan film tersebut bertujuan memberi inspirasi.\n\n"
        "PSSI, sebagai induk organisasi, mengatakan liga tetap jalan."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Ben Younger", "sutradara"),
        ("PSSI", None),
    ]


def test_a_school_in_an_epithet_is_not_a_body_the_holder_s_role_must_name() -> None:
    text = (
        "Aktor Hollywood Miles Teller tampil memukau di film terbarunya.\n\n"
        '"Saya berlatih setiap hari," ujar Teller.\n\n'
        "Teller sebelumnya tampil sebagai pemain drum di Whiplash.\n\n"
        '"Saya selalu takjub dengan orang yang berani," ujar aktor lulusan Tisch School of Arts '
        "NYU ini."
    )
    assert _quotes(text)[-1][0] == "Miles Teller"


def test_a_father_after_bin_is_his_own_person_and_a_family_name_after_it_is_the_name() -> None:
    text = "Muhammad Afif Bobby Nasution bin Ir Erwin Nasution menikah hari ini."
    people = [name for name, label in _mentions(text) if label == "PER"]
    assert "Muhammad Afif Bobby Nasution" in people and "Erwin Nasution" in people
    assert not any("bin" in name.split() for name in people)
    # a family name the tagger left out after "bin" joins the name
    assert ("Mohammed bin Salman", "PER") in _mentions("Putra mahkota Mohammed bin Salman hadir.")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Dalam jumpa pers, Kapolda Lampung Irjen Pol Suntana menyampaikan hal itu.",
         "Suntana", "Kapolda Lampung"),
        ("Hal itu disampaikan Panglima TNI Jenderal TNI Gatot Nurmantyo di Jakarta.",
         "Gatot Nurmantyo", "Panglima TNI"),
        ("Hal itu disampaikan Kabid Humas Polda Metro Jaya Komisaris Besar Polisi Argo Yuwono.",
         "Argo Yuwono", "Kabid Humas Polda Metro Jaya"),
        # a rank alone stays, and "muda" after a calling is no rank's grade
        ("Menurut Kompol Andi Santoso, korban sudah dibawa ke rumah sakit.",
         "Andi Santoso", "Kompol"),
        ("Pemain muda Pratama Arhan mencetak gol kemenangan.", "Pratama Arhan", "Pemain muda"),
    ],
)  # fmt: skip
def test_the_rank_between_an_office_and_the_name_is_no_part_of_the_role(
    sentence: str, name: str, role: str
) -> None:
    assert _roles(sentence)[name] == role


def test_a_quote_s_role_leaves_out_the_rank_before_the_name() -> None:
    text = (
        '"Panglima akan berangkat lagi atas perintah Presiden," kata Kepala Pusat Penerangan '
        "TNI Mayjen Wuryanto kepada wartawan."
    )
    assert _quotes(text)[0][:2] == ("Wuryanto", "Kepala Pusat Penerangan TNI")


def test_a_line_up_by_formation_lines_names_every_player() -> None:
    text = (
        "Susunan pemain:\n"
        "Manchester United: De Gea; Valencia, Smalling, Jones, Young; Matic, Pogba; Martial, "
        "Lingard, Alexis\n"
    )
    found = _mentions(text)
    assert ("Manchester United", "ORG") in found
    assert ("De Gea", "PER") in found and ("Valencia", "PER") in found
    # a list with words in lower case between is no line-up
    listed = "Peserta: Jakarta; Bandung, Bogor dan sekitarnya; Surabaya, Malang, Kediri; Solo"
    assert ("Jakarta", "LOC") in _mentions(listed)


def test_a_speaker_named_in_full_later_leaves_the_name_s_opening_out_of_the_role() -> None:
    text = (
        '"Ada dua WNA," ujar Kabid Humas Polda Metro Jaya Kombes Raden Prabowo Argo Yuwono, di '
        "Mapolda Metro Jaya.\n\nArgo mengatakan, pelaku ditangkap."
    )
    doc = Document(id="t", raw=text)
    doc.annotations["entities"] = find_entities(doc.text)
    QuoteExtractor().process(doc)
    first = doc.annotations["quotes"][0]
    assert (first["speaker"], first["role"]) == (
        "Raden Prabowo Argo Yuwono",
        "Kabid Humas Polda Metro Jaya",
    )


def test_the_writer_s_sign_off_closing_the_article_is_no_person() -> None:
    text = "Cristiano Ronaldo sudah kecewa dengan Florentino Perez. (Tri)"
    assert ("Tri", "PER") not in _mentions(text)
    assert ("Dimas", "PER") not in _mentions("Ronaldo kecewa.\n\n[Dimas]")
    # the agency a story is credited to stays, and so does a short form after a name
    assert ("Reuters", "ORG") in _mentions("Ronaldo kecewa dengan Perez. (Reuters)")
    assert ("Jokowi", "PER") in _mentions("Pertemuan itu dihadiri Presiden Joko Widodo (Jokowi)")


def test_a_relative_of_someone_named_after_dari_is_the_person_in_focus() -> None:
    text = (
        "Chacha, sapaan akrab Natasha Rizky, mengaku rajin berolahraga.\n\n"
        '"Olahraga itu penting," tutur istri dari aktor Deddy Mahendra Desta.\n\n'
        '"Harus rajin," kata istri Deddy Mahendra Desta.'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == [
        "Natasha Rizky",
        "istri Deddy Mahendra Desta",  # (without "dari": someone of his, unnamed)
    ]
    # where the one named is in focus, the relative is someone unnamed
    about_him = (
        "Aktor Deddy Mahendra Desta mengaku rajin berolahraga.\n\n"
        '"Olahraga itu penting," tutur istri dari aktor Deddy Mahendra Desta.'
    )
    found = extract_quotes(about_him, entities=find_entities(about_him))
    assert [(q["speaker"], q["anonymous"]) for q in found] == [
        ("istri dari aktor Deddy Mahendra Desta", True)
    ]


def test_whose_data_the_narration_cites_is_not_the_person_in_focus() -> None:
    text = (
        '"Kami melakukan uji coba," kata Kepala Badan Litbang Kementerian PUPR, Danis '
        "Sumadilaga.\n\n"
        "Danis menambahkan, aspal plastik merupakan inovasi. Berdasarkan data Jambeck di 2015, "
        "diperkirakan 3,32 juta ton limbah plastik belum terkelola.\n\n"
        "“Menurut data itu pula, 0,48 juta ton masuk ke laut,” paparnya."
    )
    assert _quotes(text)[-1][0] == "Danis Sumadilaga"


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # initials in brackets after the name are an alias, not a body
        ("JAKARTA (Pos Kota) - Ketua Umum Partai Demokrat Susilo Bambang Yudhoyono (SBY) "
         "menyatakan Menteri Sosial Khofifah Indar Parawansa sudah mundur dari kabinet.",
         "Susilo Bambang Yudhoyono", "Ketua Umum Partai Demokrat"),
        # where the speaker spoke, set off by a comma before the verb
        ("Kepala Balai Taman Nasional Gunung Rinjani (TNGR) R Agus Budi Santosa di Mataram, "
         "mengatakan peristiwa kebakaran pertama kali terjadi pada Minggu sore.",
         "R Agus Budi Santosa", "Kepala Balai Taman Nasional Gunung Rinjani (TNGR)"),
        # a degree after the name with no comma
        ("Direktur RS Kasih Ibu Denpasar, dr. I Gusti Ngurah Rai MM mengatakan kondisi pasien "
         "itu merupakan keberuntungan bagi perusahaan.",
         "I Gusti Ngurah Rai", "Direktur RS Kasih Ibu Denpasar"),
    ],
)  # fmt: skip
def test_what_follows_a_speaker_s_name_before_the_verb_is_no_part_of_it(
    text: str, speaker: str, role: str
) -> None:
    assert _quotes(text)[0][:2] == (speaker, role)


def test_an_adverb_or_the_same_occasion_before_the_subject_is_no_part_of_it() -> None:
    text = (
        "Meski sudah memiliki tiga satelit yang beroperasi, Telkom memang mengaku masih butuh "
        "slot orbit baru untuk memenuhi kebutuhan.\n\n"
        "Sementara itu, dalam kesempatan yang sama pejabat Kementerian Luar Negeri RI "
        "mengatakan keputusan PCA tidak cukup untuk menghentikan China."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == [
        "Telkom",
        "pejabat Kementerian Luar Negeri RI",
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Seorang astronom asal Hawaii belum lama ini mengungkapkan bahwa komet itu berasal "
         "dari luar tata surya.", "seorang astronom asal Hawaii", None),
        ("Manajemen Blaugrana sudah jauh-jauh hari mengumumkan bahwa pemain itu akan pergi "
         "musim depan.", "Manajemen Blaugrana", None),
        ("Kepala Dinas Pariwisata dan Kebudayaan Ida Hernida selaku penyelenggara mengatakan "
         "acara itu akan digelar setiap tahun.",
         "Ida Hernida", "Kepala Dinas Pariwisata dan Kebudayaan"),
        ("Biarlah masyarakat bebas memilih, kata Prof. Dr. Fathur Rokhman di Semarang.\n\n"
         "Fathur yang juga Rektor Universitas Negeri Semarang menegaskan bahwa media massa "
         "merupakan media penyebarluasan informasi yang efektif.",
         "Fathur Rokhman", "Rektor Universitas Negeri Semarang"),
        ("Sementara itu Sulaeman salah seorang warga di utara Kabupaten Sukabumi tepatnya di "
         "Kecamatan Cidahu mengatakan getaran gempa bumi tersebut ia rasakan cukup kencang.",
         "Sulaeman", "warga"),
    ],
)  # fmt: skip
def test_what_surrounds_a_speaker_s_name_in_the_subject_is_read_apart(
    text: str, speaker: str, role: str | None
) -> None:
    assert _quotes(text)[-1][:2] == (speaker, role)


def test_what_someone_said_judged_or_passed_on_is_no_report() -> None:
    text = (
        "Apa yang dikatakan Pochettino memang benar. Musim lalu, Spurs terpeleset.\n\n"
        "Budi sudah menyampaikan keinginan tersebut kepada pihak Madura United.\n\n"
        "Kebijakan itu dikatakan Jokowi sudah berjalan dengan baik sejak tahun lalu."
    )
    assert [(speaker, said[:16]) for speaker, _, said in _quotes(text)] == [
        ("Joko Widodo", "Kebijakan itu di")
    ]


def test_a_calling_from_a_place_names_no_one_and_praise_is_no_part_of_a_role() -> None:
    text = (
        "Jakarta, CNN Indonesia - - Astronom asal Hawaii belum lama ini mengumumkan bahwa "
        "dirinya sempat menangkap meteor melintasi langit Mauna Kea.\n\n"
        "SEMENJAK menikah, artis cantik Happy Salma memang sudah mengatakan dirinya akan fokus "
        "mengurus keluarga."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("astronom asal Hawaii", None),
        ("Happy Salma", "artis"),
    ]


def test_an_arabic_article_spaced_around_its_hyphen_closes_the_name() -> None:
    text = "Warga menjauhi daerah yang dilarang pemerintahan Presiden Abdel Fattah el - Sisi."
    found = find_entities(text)
    assert [(m["text"], m["canonical"]) for m in found if m["label"] == "PER"] == [
        ("Abdel Fattah el - Sisi", "Abdel Fattah el-Sisi")
    ]


def test_a_parent_the_article_names_apart_stays_apart_after_binti() -> None:
    text = (
        "Presiden Joko Widodo menikahkan putrinya Kahiyang Ayu di Solo.\n\n"
        '"Saya terima nikahnya Kahiyang Ayu binti Joko Widodo dengan mas kawin emas," kata '
        "Bobby Nasution."
    )
    found = find_entities(text)
    people = {(m["text"], m["canonical"]) for m in found if m["label"] == "PER"}
    assert ("Kahiyang Ayu", "Kahiyang Ayu") in people
    assert not any(canonical == "Joko Widodo" and "Kahiyang" in name for name, canonical in people)


def test_a_pair_spaced_around_its_hyphen_after_a_word_for_a_pair_is_two_people() -> None:
    text = (
        "Gelandang Alex Oxlade - Chamberlain mencetak gol.\n\n"
        "Kahiyang Ayu menikah dengan Bobby Nasution. Mpok Atiek menunjukkan foto undangan "
        "pernikahan Kahiyang - Bobby. Pasangan Anies - Sandi menang."
    )
    people = [m["text"] for m in find_entities(text) if m["label"] == "PER"]
    assert "Kahiyang - Bobby" not in people and "Anies - Sandi" not in people
    assert {"Kahiyang", "Bobby", "Anies", "Sandi", "Alex Oxlade - Chamberlain"} <= set(people)


def test_a_korean_name_spaced_around_its_hyphen_stays_whole_in_a_numbered_line_up() -> None:
    text = (
        "Susunan pemain:\n"
        "Persipura (3-5 - 2): 1 - Yoo Jae - hoon; 21 - Yustinus Pae, 31 - Dominggus Fakdawer, "
        "4 - Ricardo Salampessy\n"
    )
    assert ("Yoo Jae - hoon", "PER") in _mentions(text)


def test_a_dateline_s_city_that_a_club_shares_the_name_of_is_a_place() -> None:
    text = (
        "BARCELONA, JUARA.net - Barcelona menang 3-0 atas Real Madrid. Pemain Barcelona, "
        "Lionel Messi, mencetak dua gol."
    )
    found = find_entities(text)
    labels = [(m["text"], m["label"]) for m in found if m["text"].lower() == "barcelona"]
    assert labels == [("BARCELONA", "LOC"), ("Barcelona", "ORG"), ("Barcelona", "ORG")]
    assert not any(key.startswith("_") for m in found for key in m)


def test_a_short_form_of_an_office_alone_is_no_person() -> None:
    text = (
        "Wakasal bersama Kabareskrim Polri, Kepala BNN, Kadispamal dan Kadispenal akan "
        "melakukan konferensi pers pada Sabtu. Kadir Santoso juga hadir."
    )
    people = [name for name, label in _mentions(text) if label == "PER"]
    assert "Kadispamal" not in people and "Kadispenal" not in people
    assert "Kadir Santoso" in people
