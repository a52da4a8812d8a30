"""Session 36: what random IndoSum articles showed (ranks the role words missed, Malaysia's
"Dato'", a headline's capitals as a place's canonical name, Jakarta's cities)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def test_an_office_set_off_before_any_rank_is_the_role() -> None:
    # "Irjen", "Komjen", "AKP", "Marsda" … are ranks like "Kombes": the office set off before
    # them is the person's role, not the rank
    for rank in ("Irjen", "Komjen", "AKP", "Marsda", "Laksma"):
        text = (
            f"Kepala Polda Metro Jaya, {rank} Mochammad Iriawan mengatakan, semua pelanggar "
            "akan ditindak tegas."
        )
        assert _roles(text)["Mochammad Iriawan"] == "Kepala Polda Metro Jaya", rank


def test_a_rank_alone_is_still_the_role_where_no_office_stands() -> None:
    text = "Menurut Irjen Arman Depari, pelaku sudah lama diintai."
    assert _roles(text)["Arman Depari"] == "Irjen"


def test_a_malaysian_dato_opens_the_name_after_an_office_and_its_body() -> None:
    for title in ("Dato'", "Dato’", "Datuk", "Tan Sri"):
        text = (
            '"Kami menyesalkan kecelakaan itu," kata Sekretaris MASOC '
            f"{title} Low Beng Choo dalam pernyataan resmi."
        )
        found = _mentions(text)
        assert ("Low Beng Choo", "PER") in found, title
        # the body ends before the honorific, and no mention overlaps the person
        assert not [m for m, _ in found if title.split()[0] in m], title
        assert _roles(text)["Low Beng Choo"] == "Sekretaris MASOC", title
        assert _quotes(text) == [
            ("Low Beng Choo", "Sekretaris MASOC", "Kami menyesalkan kecelakaan itu")
        ], title


def test_a_dato_written_apart_from_its_apostrophe_is_still_the_title() -> None:
    # tokenised text writes "Dato ' Low"
    text = '"Kami menyesalkan kecelakaan itu," kata Sekretaris MASOC Dato \' Low Beng Choo kemarin.'
    assert _quotes(text) == [
        ("Low Beng Choo", "Sekretaris MASOC", "Kami menyesalkan kecelakaan itu")
    ]
    assert _roles(text)["Low Beng Choo"] == "Sekretaris MASOC"


def test_sri_after_dato_is_the_honorifics_and_dato_alone_is_no_one() -> None:
    text = '"Ya," ujar Dato\' Sri Najib Razak. Dato Sri Anwar juga hadir.'
    found = _mentions(text)
    assert ("Najib Razak", "PER") in found
    assert ("Anwar", "PER") in found
    assert not [m for m, _ in found if m.startswith(("Dato", "Sri"))]


def test_sri_and_tan_alone_stay_names() -> None:
    found = _mentions("Menurut Sri, hal itu benar. Tan juga hadir di sana.")
    assert ("Sri", "PER") in found
    assert ("Tan", "PER") in found


def test_a_place_in_a_headlines_capitals_is_named_as_the_article_writes_it() -> None:
    text = (
        "Sementara itu, pelanggaran juga terjadi di daerah lain.\n\nSEMAGAR & PULAU SERIBU\n\n"
        "Sementara itu, adanya politik uang tidak ditampik Bawaslu DKI. Dugaan itu terjadi di "
        "dua wilayah yakni di Semagar dan Kepulauan Seribu."
    )
    assert _canonical(text)["SEMAGAR"] == "Semagar"


def test_jakartas_cities_by_their_short_forms() -> None:
    canonical = _canonical(
        "Banjir melanda Jaksel dan Jakut. Di Jakarta Selatan air setinggi 1 meter."
    )
    assert canonical["Jaksel"] == "Jakarta Selatan"
    assert canonical["Jakut"] == "Jakarta Utara"


def test_an_office_given_in_a_relative_clause_is_the_role() -> None:
    text = (
        "Maman Sidikou, yang merupakan pemimpin MONUSCO, misi penjagaan perdamaian PBB di negara "
        "itu, mengatakan bahwa sedikitnya 36 pengungsi dilaporkan telah dibunuh."
    )
    assert _roles(text)["Maman Sidikou"] == "pemimpin MONUSCO"
    # the two clauses set off after the name stand between the subject and its verb
    assert [(s, r) for s, r, _ in _quotes(text)] == [("Maman Sidikou", "pemimpin MONUSCO")]
    also = "Habiburokhman yang juga Ketua Komisi III DPR meminta polisi bertindak cepat."
    assert _roles(also)["Habiburokhman"] == "Ketua Komisi III DPR"
    serving = "Budi, yang menjabat sebagai Kepala Desa Sukamaju, mengatakan banjir sudah surut."
    assert _roles(serving)["Budi"] == "Kepala Desa Sukamaju"


def test_a_relative_clause_of_no_office_gives_no_role() -> None:
    text = "Budi, yang juga hadir di lokasi, mengatakan bahwa banjir sudah surut."
    assert _roles(text)["Budi"] is None
    assert [s for s, _, _ in _quotes(text)] == ["Budi"]


def test_a_person_the_tagger_read_into_a_known_body_after_a_title_splits_off() -> None:
    text = "Meski Ketua The Fed Janet Yellen masih terlihat hawkish, dolar AS turun."
    found = _mentions(text)
    assert ("The Fed", "ORG") in found
    assert ("Janet Yellen", "PER") in found
    # the words of a body after a known body are no name ("Pertamina Hulu Energi")
    assert ("Pertamina Hulu Energi", "ORG") in _mentions(
        "Direktur Pertamina Hulu Energi mengatakan produksi naik."
    )


def test_a_sites_country_domain_is_part_of_its_name() -> None:
    found = _mentions("Dilansir dari dailymail.co.uk, penelitian itu menjelaskan hal tersebut.")
    assert ("dailymail.co.uk", "ORG") in found
    assert ("abc.net.au", "ORG") in _mentions("Menurut laman abc.net.au, hal itu benar.")


def test_a_quoted_title_holds_no_entity_wherever_it_is_written_again() -> None:
    text = (
        "Ia memenangkan kategori aktris terbaik melalui film ' Marlina Si Pembunuh dalam Empat "
        "Babak '.\n\n' Marlina Si Pembunuh dalam Empat Babak ' juga mampu mendapatkan special "
        "mention. Film Marlina si Pembunuh dalam Empat Babak juga melaju ke festival lain."
    )
    assert not [m for m, _ in _mentions(text) if m.startswith("Marlina")]


def test_a_one_word_quoted_title_still_leaves_the_name_elsewhere() -> None:
    text = "Film ' Habibie ' laris. Presiden Habibie menonton film itu bersama keluarganya."
    assert ("Habibie", "PER") in _mentions(text)


def test_the_navys_corps_after_a_rank_is_no_given_name() -> None:
    text = (
        "Komandan Pangkalan TNI AL Tanjungbalai Asahan, Letnan Kolonel Pelaut Bagus Amarullah, "
        "di Tanjungbalai, hari ini, mengatakan, kapal itu membawa delapan imigran."
    )
    assert ("Bagus Amarullah", "PER") in _mentions(text)
    assert [s for s, _, _ in _quotes(text)] == ["Bagus Amarullah"]


def test_a_misspelling_of_a_known_name_is_no_canonical_name_on_a_tie() -> None:
    text = (
        "Pembangunan harus dimulai dari desa karena di desalah sumber daya bangsa Indonesia. "
        "Televisi digital menuju sebuah kebangkitan ekonomi Indoneisa, kata dia."
    )
    found = {str(m["text"]): m for m in find_entities(text)}
    assert found["Indonesia"]["canonical"] == "Indonesia"
    if "Indoneisa" in found:
        assert found["Indoneisa"]["canonical"] == "Indonesia"


def test_a_vihara_named_like_a_person_is_a_place() -> None:
    text = "Aparat Kepolisian ketat menjaga Vihara Dharma Bhakti di kawasan Petak Sembilan."
    assert ("Vihara Dharma Bhakti", "LOC") in _mentions(text)


_OKKY = (
    "Pemerintah diimbau memanggil warga negara Indonesia yang memiliki keahlian di luar negeri."
    "\n\nHal itu disampaikan Anggota Komisi IX bidang Tenaga Kerja, Transmigrasi, "
    "Kependudukan, dan Kesehatan DPR RI Okky Asokawati menanggapi kebijakan pemerintah.\n\n"
    '"Kami sarankan pemerintah memanggil anak negeri yang memiliki kualifikasi," ujarnya.\n\n'
    "Sekretaris Dewan Pakar DPP PPP itu juga menyarankan pemerintah lebih fokus menambah "
    "lapangan kerja bagi masyarakat Indonesia."
)


def test_an_office_whose_fields_are_listed_with_commas_is_one_role() -> None:
    assert _roles(_OKKY)["Okky Asokawati"] == (
        "Anggota Komisi IX bidang Tenaga Kerja, Transmigrasi, Kependudukan, dan Kesehatan DPR RI"
    )


def test_a_passive_verbs_agent_after_a_long_office_is_in_focus() -> None:
    # "ujarnya" after "Hal itu disampaikan <office> Okky Asokawati", and "Sekretaris … itu"
    # (a title that also opens bodies' names) is the person in focus
    assert [s for s, _, _ in _quotes(_OKKY)] == ["Okky Asokawati", "Okky Asokawati"]


def test_offices_listed_with_commas_stay_apart() -> None:
    text = "Rapat itu dihadiri Ketua, Wakil Ketua, dan Staf Khusus Budi Santoso di Jakarta."
    assert _roles(text).get("Budi Santoso") != "Ketua, Wakil Ketua, dan Staf Khusus"


def test_a_name_set_off_after_a_cited_outlets_noun_is_the_outlet() -> None:
    text = (
        "Mengutip kantor berita lokal, Sanook, pria itu menghabiskan waktunya di toko. Dari "
        "penelusuran Sanook, lelaki itu bernama Lung Decha."
    )
    found = _mentions(text)
    assert ("Sanook", "ORG") in found
    assert ("Sanook", "PER") not in found
    # after "menurut", the name set off is the subject of what is said
    person = "Menurut media setempat, Budi Santoso, warga desa, meninggal dunia kemarin."
    assert ("Budi Santoso", "PER") in _mentions(person)


def test_harley_davidson_is_a_firm_without_its_hyphen() -> None:
    text = (
        "Pria itu membeli salah satu produk Harley Davidson di Thailand. Usai membeli motor "
        "mewah itu, dia langsung berganti baju layaknya seorang pengendara Harley."
    )
    found = _mentions(text)
    assert ("Harley Davidson", "ORG") in found
    # the firm's first word alone, the tagger's "person", is the firm
    assert ("Harley", "ORG") in found
    assert _canonical(text)["Harley"] == "Harley Davidson"


def test_a_closing_verb_with_its_own_bahwa_clause_is_no_inversion() -> None:
    text = (
        "Namun penulis biografi Keluarga Kerajaan, Penny Junior mengatakan kepada surat kabar "
        "itu bahwa anak Diana, William dan Harry, tak ingin rekaman itu tersiarkan kembali."
    )
    assert _quotes(text) == [
        (
            "Penny Junior",
            "penulis biografi Keluarga Kerajaan",
            "anak Diana, William dan Harry, tak ingin rekaman itu tersiarkan kembali",
        )
    ]


def test_a_calling_with_a_word_written_small_set_off_before_the_name_is_the_role() -> None:
    text = "Winger timnas Indonesia, Andik Vermansah mengaku ingin bermain di Liga Tiongkok."
    assert _roles(text)["Andik Vermansah"] == "Winger timnas Indonesia"
    # not a verb of the sentence: "Polisi menangkap pelaku, Budi …"
    verb = "Polisi menangkap pelaku, Budi Santoso, di rumahnya kemarin."
    assert _roles(verb).get("Budi Santoso") != "menangkap pelaku"


def test_a_friend_named_before_the_one_set_off_is_not_in_focus() -> None:
    text = (
        "Namun penulis biografi Keluarga Kerajaan, Penny Junior mengatakan kepada surat kabar "
        "itu bahwa anak Diana tak ingin rekaman itu tersiarkan.\n\n"
        "Tanggapan senada juga keluar dari sahabat Diana, Rosa Mockton. Ia dengan gamblang "
        "menyebut rekaman tersebut akan menyakiti keluarga."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Penny Junior", "Rosa Mockton"]


def test_a_word_of_the_language_the_article_capitalises_inside_sentences_is_a_surname() -> None:
    text = (
        "Liverpool dikabarkan selangkah lagi bakal mendapatkan penyerang sayap Roma, Mohamed "
        "Salah. Liverpool harus membayar 45 juta euro untuk mendapatkan Salah. Selama bermain "
        "untuk Basel dan Roma, Salah selalu dimainkan sebagai penyerang sayap kanan. Salah satu "
        "keunggulan utama Salah adalah kecepatannya, salah satu yang terbaik di liga."
    )
    found = find_entities(text)
    assert ("Mohamed Salah", "PER") in [(str(m["text"]), m["label"]) for m in found]
    salah = [m for m in found if m["text"] == "Salah"]
    assert len(salah) == 3 and all(m["canonical"] == "Mohamed Salah" for m in salah)
    # "Salah satu" opening a sentence is no name
    assert not any(text[int(m["start"]) : int(m["start"]) + 10] == "Salah satu" for m in salah)


def test_an_outlet_after_mengutip_is_a_body() -> None:
    text = (
        "Mengutip Science Alert, pada 2015, peneliti menemukan bahwa capcaisin memengaruhi "
        "membran sel kanker."
    )
    assert ("Science Alert", "ORG") in _mentions(text)


def test_an_office_set_off_after_the_name_runs_over_its_bodys_name() -> None:
    text = (
        '"Tenun biasanya sudah ada di satu daerah," ujar Mia Ariyana, Direktur Asosiasi '
        "Pendamping Perempuan Usaha Kecil kepada wartawan di acara itu."
    )
    assert _roles(text)["Mia Ariyana"] == "Direktur Asosiasi Pendamping Perempuan Usaha Kecil"


def test_a_surname_written_like_an_acronym_is_the_person() -> None:
    text = (
        "Dua pebalap mereka, Norman Nato (Prancis) dan Sean Gelael (Indonesia), gagal "
        "mendulang poin. Nato sudah harus meninggalkan lintasan saat balapan baru berjalan."
    )
    found = {str(m["start"]): m for m in find_entities(text)}
    nato = [m for m in found.values() if m["text"] == "Nato"]
    assert [(m["label"], m["canonical"]) for m in nato] == [("PER", "Norman Nato")]
    # the body in its capitals, or with no such person, stays the body
    assert ("NATO", "ORG") in _mentions("Sekjen NATO Jens Stoltenberg hadir di Brussels.")


def test_a_passive_verb_of_saying_after_a_quote_names_its_speaker() -> None:
    text = (
        '"Kami lebih percaya diri untuk bertarung dengan Samsung," ujar Marketing Director '
        "Advan Tjandra Lianto.\n\n"
        '"Advan lahir di Indonesia untuk konsumen Indonesia," ditambahkan Brand Director Advan '
        "Andy Gusena.\n\n"
        '"Kami siap," diungkapkan oleh Ketua Panitia Budi Santoso.'
    )
    assert [s for s, _, _ in _quotes(text)] == ["Tjandra Lianto", "Andy Gusena", "Budi Santoso"]


def test_a_family_name_is_not_the_relative_introduced_by_it() -> None:
    text = (
        "Saudara Lohan, Mike Lohan baru saja menikahi kekasihnya pekan lalu. Unggahan itu "
        "mengindikasikan Mike ikut datang. Namun tak diketahui tujuan Lohan ke sana."
    )
    lohan = [m for m in find_entities(text) if m["text"] == "Lohan"]
    assert lohan and all(m["canonical"] != "Mike Lohan" for m in lohan)


def test_a_given_name_quoted_by_tulis_opens_the_full_name_the_tagger_missed() -> None:
    text = (
        "Kali ini giliran Lindsay Lohan yang menginjakkan kakinya di Bali. "
        '"Selamat datang di Bali," tulis Lindsay pada keterangan video. Video itu diambil dari '
        "mobil yang ditumpangi Lohan di Bali. Namun tak diketahui tujuan Lohan ke sana."
    )
    found = find_entities(text)
    assert ("Lindsay Lohan", "PER") in [(str(m["text"]), m["label"]) for m in found]
    assert all(
        m["canonical"] == "Lindsay Lohan" for m in found if m["text"] in {"Lindsay", "Lohan"}
    )


def test_the_taggers_surname_joins_a_given_name_found_by_its_quotes() -> None:
    text = (
        "Kondisi pemain pengganti ilusionis Demian Aditya, Edison Wardhana, sudah membaik. "
        '"Terima kasih buat doanya," tulis Demian di akun Instagram miliknya. Demian juga '
        "meminta doa dari para penggemar."
    )
    found = find_entities(text)
    assert ("Demian Aditya", "PER") in [(str(m["text"]), m["label"]) for m in found]
    assert not [m for m in found if m["text"] == "Aditya"]


def test_the_answer_to_a_question_put_to_someone_is_theirs() -> None:
    text = (
        "Saksi Anton Taufik hadir di persidangan.\n\n"
        '"Tujuan Markus Nari minta saudara untuk mencari BAP Miryam?" tanya jaksa penuntut '
        "umum KPK, Kresno Anto Wibowo kepada Anton.\n\n"
        '"Saya tidak tahu," jawabnya.'
    )
    assert [s for s, _, _ in _quotes(text)] == ["Kresno Anto Wibowo", "Anton Taufik"]


def test_an_infants_age_in_months_makes_a_person() -> None:
    text = (
        "Longsor mengakibatkan dua orang, Ria Lestari (23) dan anaknya Venesia Aulia Andriani "
        "(2 bulan) tewas tertimbun. Saat Ramadan hingga Lebaran (1 bulan), kebutuhan naik."
    )
    found = _mentions(text)
    assert ("Venesia Aulia Andriani", "PER") in found
    assert ("Lebaran", "PER") not in found


def test_a_surname_the_article_writes_inside_its_sentences_closes_the_name() -> None:
    text = (
        "Armada Jurgen Klopp sempat tertinggal sebelum Mohamed Salah mampu menyamakan "
        "kedudukan. Liverpool kembali membuat kans lewat Daniel Sturridge dan Salah, namun "
        "gagal. Kemudian tembakan Salah dan Can masih bisa diamankan kiper."
    )
    found = find_entities(text)
    assert ("Mohamed Salah", "PER") in [(str(m["text"]), m["label"]) for m in found]
    # a product's second word written after its first is no such proof
    product = (
        "Suzuki siap meluncurkan Swift Sport terbaru. Seperti diketahui, Suzuki Swift Sport "
        "dibanding dari generasi sebelumnya lebih ringan. Bocoran Suzuki Swift Sport beredar."
    )
    assert ("Sport", "PER") not in _mentions(product)


def test_a_shorter_name_spelt_otherwise_is_the_fuller_one() -> None:
    text = (
        "Mantan gubernur Banten Ratu Atut Chosiyah menyebut kemenangan itu. Di sela sidang, "
        "Atut Choisiyah menyampaikan rasa syukur. Atut juga hadir."
    )
    canonical = _canonical(text)
    assert canonical["Atut Choisiyah"] == "Ratu Atut Chosiyah"
    assert canonical["Atut"] == "Ratu Atut Chosiyah"


def test_perdana_alone_is_no_role() -> None:
    text = "Diwarnai penampilan starter perdana Philippe Coutinho, Liverpool mendominasi."
    assert _roles(text)["Philippe Coutinho"] is None


def test_an_arabic_armed_groups_name_is_a_body() -> None:
    text = (
        '"Ini serangan terbesar," kata Mohammad Adnan, juru bicara Jaish Ahrar al Ashaer. '
        "Jaish Ahrar al Ashaer adalah sebuah kelompok pemberontak."
    )
    assert ("Jaish Ahrar al Ashaer", "ORG") in _mentions(text)
    assert _roles(text)["Mohammad Adnan"] == "juru bicara Jaish Ahrar al Ashaer"


def test_a_warning_followed_by_a_consequence_reports_nothing() -> None:
    text = (
        "Perbuatan pelaku diketahui korban dan korban mengingatkan pelaku sehingga pelaku "
        "merasa sakit hati."
    )
    assert _quotes(text) == []
    asked = "Budi mengingatkan warga agar tidak membuang sampah sembarangan di sungai."
    assert [s for s, _, _ in _quotes(asked)] == ["Budi"]


def test_asking_to_leave_and_then_being_let_go_reports_nothing() -> None:
    text = (
        "Jarang mendapatkan kesempatan bermain di Nice, Sneijder meminta pindah dan kemudian "
        "diizinkan hengkang tanpa biaya transfer."
    )
    assert _quotes(text) == []


def test_an_arabic_particle_inside_a_speakers_name_keeps_the_name_whole() -> None:
    text = (
        '"Kami memantau pelanggaran oleh rezim," kata Mayor Issam al Rayes, juru bicara koalisi '
        "Front Selatan, kelompok pemberontak."
    )
    assert [(s, r) for s, r, _ in _quotes(text)] == [
        ("Issam al Rayes", "juru bicara koalisi Front Selatan")
    ]


def test_ulas_names_the_speaker_and_a_long_relative_clause_stands_before_the_verb() -> None:
    text = (
        "Marlina tinggal sendirian di sebuah bukit di Sumba.\n\n"
        '"Tidak banyak film yang menceritakan pahlawan wanita seperti ini," ulas AFP.\n\n'
        "Mouly Surya yang diwawancarai setelah pemutaran perdana film tersebut mengungkapkan "
        "kebrutalan halus ala Indonesia adalah kunci dari film tersebut."
    )
    assert [s for s, _, _ in _quotes(text)] == ["AFP", "Mouly Surya"]


def test_an_english_venue_after_a_place_preposition_is_a_place() -> None:
    text = "Ia akan tampil dalam sebuah acara di Royal Albert Hall di London tahun depan."
    assert ("Albert Hall", "LOC") in _mentions(text)
    person = "Pelawak Arsenio Hall tampil di acara itu."
    assert ("Arsenio Hall", "PER") in _mentions(person)


def test_a_role_set_off_after_a_name_that_runs_into_yakni_is_the_next_persons() -> None:
    text = (
        "Senada dengan Yusuf, produser film Bluebell yakni Claudia Stefanus menyampaikan kalau "
        "film ini menarik dari sisi cerita."
    )
    assert _roles(text)["Yusuf"] is None
    named = "Pemilik rumah itu memiliki anak yakni Fachry Albar yang juga musisi."
    assert _roles(named)["Fachry Albar"] == "anak"


def test_a_long_relative_clause_on_a_source_after_menurut_is_no_statement() -> None:
    text = (
        "Di sisi lain, menurut Ruki yang menjabat sebagai pelaksana tugas (Plt) pimpinan KPK "
        "pada 2015, pernyataan yang disampaikan Romli keliru."
    )
    quotes = _quotes(text)
    assert [s for s, _, _ in quotes] == ["Ruki"]
    assert quotes[0][2].endswith("pernyataan yang disampaikan Romli keliru")
    # a clause on the statement's own subject is not the source's: no quote made of its end
    statement = (
        "Tapi kata Dirman sampah yang dibakar apalagi membakarnya di tepi jalan efeknya "
        "mengganggu kenyamanan, kesehatan, juga keselamatan para pengendara."
    )
    assert not [t for _, _, t in _quotes(statement) if t.startswith("kesehatan")]
