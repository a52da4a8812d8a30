"""Round 52: camps and prisons named by places, numbered bodies, capes that close no
names, clipped surnames in canonical names."""

from __future__ import annotations

from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(str(m["text"]), str(m["label"])) for m in find_entities(text)]


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def test_a_camp_or_prison_is_named_by_a_place() -> None:
    found = _mentions(
        "Kini, mereka sedang berada di Kamp Ain Issa dan ingin pulang. Lima laki-laki "
        "lainnya mendekam di penjara Kobane."
    )
    assert ("Ain Issa", "LOC") in found
    assert ("Kobane", "LOC") in found
    # the one who heads a prison is a person
    assert _roles("Hal itu dikatakan Kepala Rutan Purworejo Cahyono kemarin.") == {
        "Cahyono": "Kepala Rutan Purworejo"
    }


def test_a_numbered_body_read_as_a_person_is_the_body() -> None:
    text = (
        "Pelabuhan Tegal akan dikembangkan oleh Pelindo III menjadi pelabuhan terpadu. "
        '"Pelabuhan Tegal tidak hanya untuk perikanan," kata General Manager Pelindo III '
        "Tanjung Emas, Agus Hermawan, seperti dikutip bumn.go.id hari ini."
    )
    found = _mentions(text)
    assert ("Pelindo III Tanjung Emas", "ORG") in found
    assert ("Pelindo III", "ORG") in found
    assert not [name for name, label in found if label == "PER" and "Pelindo" in name]
    assert _roles(text)["Agus Hermawan"] == "General Manager Pelindo III Tanjung Emas"
    assert _quotes(text)[0][0] == "Agus Hermawan"
    # a monarch's numeral closes the name
    assert ("Ratu Elizabeth II", "PER") not in _mentions("Ratu Elizabeth II hadir.")
    assert _roles("Ratu Elizabeth II hadir di London.") == {"Elizabeth II": "Ratu"}


def test_a_cape_closes_no_place() -> None:
    found = _mentions("Pelabuhan itu terintegrasi dengan Pelabuhan Tanjung Emas di Semarang.")
    assert ("Pelabuhan Tanjung Emas", "LOC") in found
    # no unit of money after it
    found = _mentions("Jalur Kereta Api Bandar Tinggi Kuala Tanjung Rp 163 miliar.")
    assert not [name for name, _ in found if name.endswith("Rp")]


def test_a_clipped_surname_is_the_full_name() -> None:
    canonical = _canonical(
        "Bos MNC Group Hary Tanoesoedibjo datang. Ia bertemu Harry Tanoe di sana. Ada main "
        "mata antara Sambo dengan Hary Tanoe."
    )
    assert canonical["Hary Tanoe"] == "Hary Tanoesoedibjo"
    assert canonical["Harry Tanoe"] == "Hary Tanoesoedibjo"
    # a different given name is someone else
    canonical = _canonical("Joko Widodo datang. Lalu Budi Wido berbicara.")
    assert canonical["Budi Wido"] == "Budi Wido"


def test_a_regency_after_an_office_of_a_region_is_the_place() -> None:
    text = "Partai itu menyandingkan Khofifah dengan Bupati Trenggalek Emil Dardak."
    assert _roles(text)["Emil Dardak"] == "Bupati Trenggalek"
    assert ("Trenggalek", "LOC") in _mentions(text)
    # a one-word name after the place
    roles = _roles("Hal itu dikatakan Kepala Rutan Purworejo Cahyono kemarin.")
    assert roles == {"Cahyono": "Kepala Rutan Purworejo"}
    # a name that opens with no regency stays whole
    assert _roles("Kata Wali Kota Bogor Bima Arya kemarin.") == {"Bima Arya": "Wali Kota Bogor"}


def test_a_unit_heads_place_before_a_rank_is_no_person() -> None:
    text = (
        "Kepolisian Resor Jember melalui anggota Kepolisian Sektor Sukowono menangkap tiga "
        'pelaku. "Ketiganya sudah ditahan," kata Kapolsek Sukowono AKP Hardjito di Mapolsek '
        "Sukowono, hari ini."
    )
    found = _mentions(text)
    assert ("Sukowono", "PER") not in found
    assert ("Sukowono", "LOC") in found
    assert _roles(text) == {"Hardjito": "Kapolsek Sukowono"}
    assert _quotes(text)[0][:2] == ("Hardjito", "Kapolsek Sukowono")
    text = "Menurut Kapolsek Antang Kalang, Iptu Afif Hasan, pembunuhan itu terjadi pada Rabu."
    assert ("Antang Kalang", "LOC") in _mentions(text)
    assert _roles(text) == {"Afif Hasan": "Kapolsek Antang Kalang"}


def test_a_firms_word_inside_a_name_makes_it_a_body() -> None:
    found = _mentions(
        "Neal H. Moritz berlaku sebagai produser, bersama dengan perwakilan Marza Animation "
        "Planet, yakni Takeshi Ito dan Mie Onishi."
    )
    assert ("Marza Animation Planet", "ORG") in found
    assert ("Takeshi Ito", "PER") in found


def test_a_korean_family_name_opens_the_name() -> None:
    text = (
        "Setelah kunjungan Song Joong Ki dan Song Hye Kyo yang menghebohkan, kali ini "
        "giliran Lindsay Lohan. Joong Ki sempat berfoto."
    )
    found = _mentions(text)
    assert ("Song Joong Ki", "PER") in found
    assert ("Song Hye Kyo", "PER") in found
    assert _canonical(text)["Joong Ki"] == "Song Joong Ki"


def test_an_outlet_that_carried_the_words_is_not_the_speaker() -> None:
    text = (
        'Rutte mendeklarasikan kesuksesannya sebagai "malam di mana Belanda menyatakan '
        'tidak kepada populisme yang salah." Demikian dikutip Reuters pada Kamis (16/3).'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Rutte"]
    # the outlet stays the source where no one opens the sentence
    text = '"Kami akan terus berjuang sampai akhir." Demikian dikutip Reuters pada Kamis.'
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Reuters"]


def test_a_clerics_honorific_opens_a_persons_name() -> None:
    text = (
        'Buya Abdul Majid hadir. "Laskar berjaga di markas FPI dan rumah Abuya Majid," tulis Alby.'
    )
    found = find_entities(text)
    majid = [m for m in found if m["text"] == "Majid"]
    assert [(m["label"], m.get("role"), m["canonical"]) for m in majid] == [
        ("PER", "Abuya", "Abdul Majid")
    ]


def test_an_office_before_a_navy_rank_is_the_role() -> None:
    roles = _roles("Atase Pertahanan KBRI Washington Kolonel Laut Budi Santoso mengatakan itu.")
    assert roles == {"Budi Santoso": "Atase Pertahanan KBRI Washington"}
    # a rank alone stays the role
    assert _roles("Kolonel Laut Budi Santoso mengatakan itu.") == {"Budi Santoso": "Kolonel Laut"}


def test_a_word_of_the_role_glued_before_the_speakers_name() -> None:
    text = (
        '"Mereka ingin berfoto bersama Riri Riza," kata Konselor Penerangan Sosial dan Budaya '
        "KBRI Denhaag Azis Nurwahyudi, Minggu (20/11)."
    )
    role = "Konselor Penerangan Sosial dan Budaya KBRI Denhaag"
    assert _roles(text)["Azis Nurwahyudi"] == role
    assert _quotes(text)[0][:2] == ("Azis Nurwahyudi", role)


def test_a_body_named_by_a_copula_before_its_kind() -> None:
    found = _mentions(
        "Namanya terdengar baru. Atnic merupakan nama perusahaan pengembang Blumbangreksa."
    )
    assert ("Atnic", "ORG") in found
    # someone who owns a firm is a person
    assert ("Budi Santoso", "PER") in _mentions(
        "Budi Santoso adalah pemilik perusahaan itu sejak 2010."
    )


def test_an_office_set_off_with_a_number_closing_the_body() -> None:
    roles = _roles("Ketua Umum Persaudaraan Alumni 212, Slamet Marif meminta aparat bertindak.")
    assert roles == {"Slamet Marif": "Ketua Umum Persaudaraan Alumni 212"}
    # a date set off before the subject is no office
    assert _roles("Pada Januari 2017, Slamet Marif meminta aparat bertindak.") == {
        "Slamet Marif": None
    }


def test_the_second_office_after_yang_juga_is_set_off_next_to_the_name() -> None:
    text = (
        "Ketua Umum Persaudaraan Alumni 212 yang juga Juru Bicara DPP Front Pembela Islam, "
        "Slamet Marif meminta aparat kepolisian untuk tidak menangkap pemimpin mereka."
    )
    assert _roles(text)["Slamet Marif"] == "Juru Bicara DPP Front Pembela Islam"
    text = "Penasihat spiritual yang juga ketua umum PARFI, Gatot Brajamusti, diciduk polisi."
    assert _roles(text)["Gatot Brajamusti"] == "ketua umum PARFI"


def test_a_stage_races_words_are_no_names() -> None:
    text = (
        "TdS menduduki peringkat 5 setelah Tour de France, Giro d’Italia (8 juta), Vuelta a "
        "Espana (5 juta) dan Santos Tour Down Under. Pebalap Prancis ikut di Sumatera Barat."
    )
    found = _mentions(text)
    assert not [name for name, _ in found if name in ("Giro", "Vuelta a Espana", "Santos")]
    assert ("Prancis", "LOC") in found
    assert ("Sumatera Barat", "LOC") in found


def test_a_heading_runs_no_name_on_into_its_verbs() -> None:
    text = (
        "Ely Sugigi resmi bercerai dari Feri Anggara.\n\nKepergok Jalan dengan Pria Muda, Ely "
        'Sugigi Kena Semprot\n\n"Ya, udah putusan, udah resmi aku jadi janda," ucap Ely saat '
        "dihubungi, Rabu (10/5) sore.\n"
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Ely Sugigi"]


def test_a_speakers_name_written_small_once_is_the_person() -> None:
    text = (
        "Eko, salah satu pemudik dari Jawa Barat, memang saban tahun lewat jalur itu.\n\n"
        '"Saya merasa nyaman saja beristirahat di sini," kata eko.\n'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Eko"]
    # a common noun written small stays what it is
    text = 'Budi datang.\n\n"Saya merasa nyaman di sini," kata warga.\n'
    assert [speaker for speaker, _, _ in _quotes(text)] == ["warga"]


def test_a_companys_first_word_names_its_brand_not_a_person() -> None:
    text = (
        "Bagi kamu penggemar Samyang kini tak perlu khawatir. Hari ini, Samyang Foods "
        "mengumumkan sertifikasi halal untuk tiga merek. Produk ini dikenal dengan nama "
        "Samyang Green. Sertifikasi itu diberikan Majelis Ulama Indonesia."
    )
    labels = {name: label for name, label in _mentions(text) if name.startswith("Samyang")}
    assert "PER" not in labels.values()
    # a person a foundation is named after, and a surname a body shares, stay people
    text = (
        "Sutrisno Bachir Foundation didirikan Sutrisno Bachir. Tanoto Foundation didirikan "
        "Sukanto Tanoto. Kata Tanoto, yayasan itu terus tumbuh."
    )
    people = {name for name, label in _mentions(text) if label == "PER"}
    assert {"Sutrisno Bachir", "Sukanto Tanoto", "Tanoto"} <= people


def test_a_word_of_a_body_read_as_a_form_of_address_stays_in_the_role() -> None:
    text = (
        "Sinar Mas Land memproyeksi pembangunan itu. CEO Grup Sinar Mas Land Michael Widjaja "
        "mengatakan, pembangunan Digital Hub untuk mengakomodir industri."
    )
    assert _quotes(text)[0][:2] == ("Michael Widjaja", "CEO Grup Sinar Mas Land")


def test_a_run_inside_a_bodys_name_is_no_speaker() -> None:
    text = (
        "Michael Widjaja mengklaim, ada beberapa tenant. Antara lain, Huawei, Apple Research "
        'and Development Center, MyRepublic, serta Plug and Play.\n\n"Kami berharap, jumlah '
        'tenant terus bertambah," imbuhnya.\n'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Michael Widjaja", "Michael Widjaja"]


def test_a_club_the_article_names_alone_opens_a_one_word_players_name() -> None:
    text = (
        "Persela tampil buruk. Bola itu masih mampu dihalau penjaga gawang Persela "
        "Ferdiansyah. Ferdiansyah tampil baik."
    )
    found = _mentions(text)
    assert ("Persela Ferdiansyah", "ORG") not in found
    assert found.count(("Ferdiansyah", "PER")) == 2


def test_a_callings_field_is_no_body() -> None:
    text = "Es dan gigi terdiri dari kristal. Dokter Gigi, Matthew Messina menjelaskan hal itu."
    assert _mentions(text) == [("Matthew Messina", "PER")]
    assert _roles(text) == {"Matthew Messina": "Dokter Gigi"}


def test_perwira_opens_an_office() -> None:
    text = (
        '"Api berhasil dipadamkan selama 1 jam 55 menit," kata Perwira Piket Sudin PKP '
        "Jakarta Barat Rahmat Kartolo di lokasi kejadian, Senin (3/10)."
    )
    assert _roles(text) == {"Rahmat Kartolo": "Perwira Piket Sudin PKP Jakarta Barat"}


def test_a_statements_source_set_off_after_an_office() -> None:
    text = (
        'Pemain baru Liverpool, Mohamed Salah belum bisa bermain.\n\n"Dia sudah ada di sini '
        'menjalani latihan," demikian pernyataan pelatih Liverpool, Jurgen Klopp.\n'
    )
    assert _quotes(text)[0][:2] == ("Jurgen Klopp", "pelatih Liverpool")


def test_a_nickname_in_quotes_is_no_part_of_the_canonical_name() -> None:
    canonical = _canonical(
        "Sahabat Valentino Rossi, Alessio 'Uccio' Salucci datang. Uccio berharap ada kontrak baru."
    )
    assert canonical["Alessio 'Uccio' Salucci"] == "Alessio Salucci"
    assert canonical["Uccio"] == "Alessio Salucci"
    # a son who shares his father's surname keeps the name as written (the nickname tells
    # the two apart)
    canonical = _canonical(
        "Jimmy Kimmel menangis. Putranya, William 'Billy' Kimmel, lahir dengan penyakit jantung."
    )
    assert canonical["William 'Billy' Kimmel"] == "William 'Billy' Kimmel"
    assert canonical["Jimmy Kimmel"] == "Jimmy Kimmel"


def test_roma_by_its_italian_nickname() -> None:
    text = (
        "Juventus ingin membajak Kevin Strootman dari AS Roma. Gelandang Belanda itu masih "
        "betah di Il Giallorossi."
    )
    canonical = {str(m["text"]): (m["label"], m["canonical"]) for m in find_entities(text)}
    assert canonical["Il Giallorossi"] == ("ORG", "AS Roma")
    text = (
        "Neymar resmi berseragam PSG. Dalam konferensi pers perdananya di Les Parisien, ia senang."
    )
    canonical = {str(m["text"]): (m["label"], m["canonical"]) for m in find_entities(text)}
    assert canonical["Les Parisien"] == ("ORG", "Paris Saint-Germain")
    # a street named after an officer keeps the word
    found = _mentions("Massa bergerak ke Jalan Perwira dan Lapangan Banteng.")
    assert ("Jalan Perwira", "LOC") in found


def test_indonesian_clubs_by_their_nicknames() -> None:
    text = "PSMS Medan menang 7-0 di Kota Medan. Ayam Kinantan bermain bagus melawan Naga Mekes."
    canonical = {str(m["text"]): (m["label"], m["canonical"]) for m in find_entities(text)}
    assert canonical["Ayam Kinantan"] == ("ORG", "PSMS Medan")
    assert canonical["Naga Mekes"] == ("ORG", "Mitra Kukar")


def test_a_chain_of_aliases_is_one_person() -> None:
    canonical = _canonical(
        "Mereka adalah Saulihun alias Abu Nusaibah alias Abu Hilyah alias Abu Husnia alias "
        "Abu Faqih; Reno Suharsono alias Kholid alias Jack alias Alex; dan Wahyu Widada."
    )
    assert {canonical[n] for n in ("Abu Hilyah", "Abu Husnia", "Abu Faqih")} == {"Abu Nusaibah"}
    assert {canonical[n] for n in ("Kholid", "Jack", "Alex")} == {"Reno Suharsono"}
    assert canonical["Wahyu Widada"] == "Wahyu Widada"


def test_a_body_the_alias_tables_hold_whole_runs_over_dan() -> None:
    text = "Australia membantu perekrut Negara Islam Irak dan Syam (ISIS) Neil Prakash."
    found = find_entities(text)
    assert [(m["text"], m["canonical"]) for m in found if m["label"] == "ORG"] == [
        ("Negara Islam Irak dan Syam", "ISIS"),
        ("ISIS", "ISIS"),
    ]
    assert "Syam" not in {m["text"] for m in found}


def test_a_famous_persons_nickname_is_the_person_the_article_names() -> None:
    text = (
        "Valentino Rossi finis ketiga. Dovizioso tampil makin agresif jelang akhir balapan. Ia "
        "mampu menyalip Rossi tiga lap jelang balapan berakhir. The Doctor lalu kembali "
        "disalip oleh rekan setimnya, Vinales tak berapa lama kemudian."
    )
    found = find_entities(text)
    doctor = [(m["label"], m["canonical"]) for m in found if m["text"] == "The Doctor"]
    assert doctor == [("PER", "Valentino Rossi")]
    # the nickname read as a body becomes the person only where the article names him
    from warta.extract.entity_words import nicknames_of_people_named

    mentions = [
        {"text": "Valentino Rossi", "label": "PER", "start": 0, "end": 15},
        {"text": "The Doctor", "label": "ORG", "start": 30, "end": 40},
    ]
    nicknames_of_people_named(mentions)
    assert mentions[1]["label"] == "PER"
    mentions = [{"text": "The Doctor", "label": "ORG", "start": 30, "end": 40}]
    nicknames_of_people_named(mentions)
    assert mentions[0]["label"] == "ORG"


def test_a_generation_by_its_letter_is_no_body() -> None:
    text = (
        "Album itu tidak mendapat respon dari generasi Y dan Z, di era milenial ini. IDN Media "
        "menyasar Gen Z dan milenial."
    )
    names = {name for name, _ in _mentions(text)}
    assert not names & {"Y", "Z", "Gen Z"}
    assert "IDN Media" in names
