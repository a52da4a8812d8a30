"""Session 29: misses seen in news of other kinds (a lawyer speaking for his client, a
police spokesman set off before his rank, a film's casting news, a band's charity concert,
a cleric's office)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.document import Document
from warta.extract.entities import EntityRecognizer, find_entities
from warta.extract.quotes import QuoteExtractor

# --- roles of someone's relation -----------------------------------------------------------


def test_a_relation_before_a_name_then_a_second_name_is_the_second_ones_role() -> None:
    # no comma closes the apposition: the predicate follows the lawyer's name
    text = (
        "Kuasa hukum Rizieq Shihab, Sugito Atmo Pawiro menyebut penetapan tersangka "
        "kliennya adalah pintu masuk pemerintah."
    )
    roles = _roles(text)
    assert roles["Sugito Atmo Pawiro"] == "Kuasa hukum Rizieq Shihab"
    assert roles["Rizieq Shihab"] is None
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Sugito Atmo Pawiro", "Kuasa hukum Rizieq Shihab")
    ]
    wife = "Istri Budi Hartono, Ani Lestari mengaku tidak tahu keberadaan suaminya."
    assert _roles(wife) == {"Budi Hartono": None, "Ani Lestari": "Istri Budi Hartono"}


def test_a_relation_followed_by_a_list_or_an_epithet_moves_no_role() -> None:
    # a list after the comma: who is whose lawyer is unclear, nothing moves
    listed = "Kuasa hukum Setya Novanto, Otto Hasibuan dan Maqdir Ismail hadir di sidang."
    assert _roles(listed)["Otto Hasibuan"] is None
    # "sang istri Vicky": the wife herself, named; Cornell is nobody's relation
    wife = "Menurut sang istri Vicky, Cornell memang sesekali mengonsumsi obat penenang."
    assert _roles(wife).get("Cornell") is None


# --- ranks and forms of address --------------------------------------------------------------


def test_an_office_set_off_before_a_rank_of_several_words_is_the_role() -> None:
    said = (
        '"Kami sudah menangkap pelaku," kata Kepala Bidang Humas Polda Jawa Barat, '
        "Komisaris Besar Polisi Yusri Yunus."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(said)] == [
        ("Yusri Yunus", "Kepala Bidang Humas Polda Jawa Barat")
    ]
    assert _roles(said)["Yusri Yunus"] == "Kepala Bidang Humas Polda Jawa Barat"
    # the subject of a reporting verb, and a military rank with its corps
    subject = (
        "Kepala Bidang Humas Polda Jawa Barat, Komisaris Besar Polisi Yusri Yunus "
        "mengatakan pelaku sudah ditangkap."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(subject)] == [
        ("Yusri Yunus", "Kepala Bidang Humas Polda Jawa Barat")
    ]
    corps = '"Tiket sudah habis," kata Dandim 0621 Bogor, Letkol Czi Dwi Bima Nurahmat.'
    assert [(speaker, role) for speaker, role, _ in _quotes(corps)] == [
        ("Dwi Bima Nurahmat", "Dandim 0621 Bogor")
    ]


def test_a_rank_the_speaker_phrase_reads_gives_way_to_the_office_named_before() -> None:
    text = (
        "Kasat Reserse Narkoba Polresta Depok Kompol Putu Kholis Aryana menjelaskan pelaku "
        "ditangkap di rumahnya.\n\n"
        '"Sejauh ini masih kami dalami," kata Kompol Putu Kholis Aryana.'
    )
    assert [role for _, role, _ in _quotes(text)] == [
        "Kasat Reserse Narkoba Polresta Depok",
        "Kasat Reserse Narkoba Polresta Depok",
    ]


def test_set_off_tails_that_are_no_office_leave_the_quote_role() -> None:
    band = '"Kami mengagumi kinerja mereka," kata punggawa Muse, sang vokalis Matt Bellamy.'
    assert [(speaker, role) for speaker, role, _ in _quotes(band)] == [
        ("Matt Bellamy", "punggawa Muse")
    ]
    general = (
        '"Kami akan menyelidikinya," kata Menteri Pertahanan Meksiko, Jendral Salvador Cienfuegos.'
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(general)] == [
        ("Salvador Cienfuegos", "Menteri Pertahanan Meksiko")
    ]


def test_a_clerics_form_of_address_after_an_office_is_no_role() -> None:
    text = (
        "Turut hadir mantan Ketua Umum PP Muhammadiyah Buya Ahmad Syafii Maarif dalam acara "
        "itu. Ustaz Abdul Somad juga hadir."
    )
    roles = _roles(text)
    assert roles["Ahmad Syafii Maarif"] == "mantan Ketua Umum PP Muhammadiyah"
    assert roles["Abdul Somad"] == "Ustaz"  # alone, the calling


def test_an_office_a_quote_reads_before_a_clerics_address_is_the_mentions_role() -> None:
    doc = Document(
        id="x",
        raw='"Yang datang dari mana-mana," kata Pengurus FKDT Jakarta Selatan, Ustadz Ahmad '
        "Munthoi.",
    )
    EntityRecognizer().process(doc)
    QuoteExtractor().process(doc)
    person = next(m for m in doc.annotations["entities"] if m["text"] == "Ahmad Munthoi")
    assert person["role"] == "Pengurus FKDT Jakarta Selatan"


def test_the_article_of_an_epithet_is_no_part_of_the_role() -> None:
    text = "Hal ini diungkapkan sang pelatih, John Kavanagh yang menginginkan pertarungan itu."
    assert _roles(text)["John Kavanagh"] == "pelatih"


# --- types ---------------------------------------------------------------------------------


def test_a_place_name_the_article_takes_for_a_persons_surname_is_that_person() -> None:
    # "Selain Phoenix," read as a body: the article takes "Phoenix" alone for the actor
    # more often than not
    text = (
        "Tertera pula nama aktor Joaquin Phoenix yang baru-baru ini menjadi pembicaraan dan "
        "dirumorkan akan memerankan tokoh utamanya.\n\n"
        "Namun, dalam laporan tersebut status Phoenix masih tertulis interested, yang artinya "
        "belum resmi. Status Phoenix dipertimbangkan dan masih bisa digantikan aktor lain.\n\n"
        "Scott Silver membantu sebagai penulis naskah. Selain Phoenix, belum ada nama lain "
        "yang dirumorkan.\n\n"
        "Sebelum mengincar Phoenix untuk memerankan Joker, dilaporkan bahwa Leonardo DiCaprio "
        "sempat mengaku tertarik berperan sebagai penjahat."
    )
    assert [label for name, label in _mentions(text) if name == "Phoenix"] == ["PER"] * 4


def test_a_known_body_run_into_a_name_the_article_uses_alone_splits() -> None:
    text = (
        "Gelandang Real Madrid Isco berharap segera menandatangani kontrak baru dengan klub.\n\n"
        "Masa depan Isco sempat menjadi teka-teki dalam beberapa pekan terakhir."
    )
    assert _mentions(text)[:2] == [("Real Madrid", "ORG"), ("Isco", "PER")]
    first = next(m for m in find_entities(text) if m["text"] == "Isco")
    assert first["role"] == "Gelandang Real Madrid"


def test_technical_terms_in_capitals_are_no_bodies() -> None:
    text = (
        "Laptop itu dibekali SSD 512 GB, port HDMI dan fitur AI untuk kamera. Mobil jenis "
        "SUV dan MPV masih laris, sementara bunga KPR naik. Samsung merilis perangkat IoT."
    )
    found = _mentions(text)
    assert ("Samsung", "ORG") in found
    assert not {name for name, _ in found} & {"SSD", "HDMI", "AI", "SUV", "MPV", "KPR", "IoT"}


# --- quotes --------------------------------------------------------------------------------


def test_claiming_a_victory_reports_no_statement() -> None:
    sport = "Persib mengklaim kemenangan atas Persija di Stadion GBLA."
    assert _quotes(sport) == []
    # a claim about something is a statement
    claim = (
        "Tim kuasa hukum itu mengklaim uang Rp 600 juta yang mengalir ke rekening Amien Rais "
        "tak terkait dengan kasus itu."
    )
    assert len(_quotes(claim)) == 1


def test_a_title_set_off_after_a_name_with_where_the_statement_came_from() -> None:
    text = (
        "Taleb Rivai, Sekjen UNWTO dalam pernyataan yang diterima CNNIndonesia.com dari KBRI "
        "Madrid, mengungkapkan bahwa hubungan antara makanan dan budaya telah menjadi "
        "motivasi besar."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Taleb Rivai", "Sekjen UNWTO")
    ]


def test_a_date_in_brackets_after_the_place_is_no_subject() -> None:
    comma = (
        "Menteri Pariwisata Arief Yahya dalam paparannya di San Sebastian (7/5), mengungkapkan "
        "bahwa pemerintah memiliki target meningkatkan jumlah wisatawan."
    )
    span = (
        "Menteri Pariwisata Arief Yahya di San Sebastian (7 / 5 - 9 / 5) mengungkapkan bahwa "
        "pemerintah memiliki target meningkatkan jumlah wisatawan."
    )
    for text in (comma, span):
        assert [speaker for speaker, _, _ in _quotes(text)] == ["Arief Yahya"]
    # an age in brackets is no date: the role set off before the name stays the speaker's
    aged = (
        "Striker legendaris Chelsea, Didier Drogba (39), membuat heboh penggemar.\n\n"
        "Didier Drogba mengaku ingin kembali memperkuat Chelsea musim depan."
    )
    # (as the article writes it: the entity step reads the role set off before the name)
    assert [role for _, role, _ in _quotes(aged)] == ["Striker legendaris Chelsea"]


def test_lawyers_of_someone_with_an_office_are_not_that_someone() -> None:
    team = (
        "Tim kuasa hukum mantan Menteri Kesehatan Siti Fadilah Supari mengklaim uang itu tak "
        "terkait dengan kasus dugaan korupsi."
    )
    assert [speaker for speaker, _, _ in _quotes(team)] == [
        "tim kuasa hukum mantan Menteri Kesehatan Siti Fadilah Supari"
    ]
    office = "Kuasa hukum Menteri Kesehatan Siti Fadilah mengatakan uang itu tak terkait."
    assert [speaker for speaker, _, _ in _quotes(office)] == [
        "kuasa hukum Menteri Kesehatan Siti Fadilah"
    ]
    # the spokesperson's own body is no one else's office
    spokesman = "Juru Bicara KPK Febri Diansyah mengatakan uang itu tak terkait."
    assert [speaker for speaker, _, _ in _quotes(spokesman)] == ["Febri Diansyah"]


def test_the_lawyer_set_off_after_the_team_speaks_while_reading() -> None:
    text = (
        '"Tidak ada aliran dana ke Bapak Amien Rais," kata tim kuasa hukum Siti Fadilah, '
        "Kholidin Achmad membacakan nota pledoi di Pengadilan Tipikor Jakarta, Rabu (7/6)."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Kholidin Achmad", "tim kuasa hukum Siti Fadilah")
    ]


def test_a_film_title_no_place_list_knows_is_no_place() -> None:
    text = (
        "Film Shanghai Noon 2 yang dibintanginya seharusnya mengambil tempat syuting di "
        "Hungaria. Ia juga membintangi film Hollywood."
    )
    found = _mentions(text)
    assert ("Shanghai Noon", "LOC") not in found
    assert ("Hungaria", "LOC") in found
    assert ("Hollywood", "LOC") in found  # a place: the film industry named by its town


def test_clubs_named_with_their_town_are_clubs() -> None:
    text = (
        "Real Madrid ditahan imbang 2-2 saat berkunjung ke markas Celta Vigo. Fokus penuh "
        "menggempur pertahanan Celta Vigo, Madrid justru kecolongan. Kevin-Prince Boateng "
        "resmi bergabung dengan Eintracht Frankfurt."
    )
    found = _mentions(text)
    assert ("Celta Vigo", "ORG") in found
    assert ("Eintracht Frankfurt", "ORG") in found


def test_a_purpose_clause_reports_nothing() -> None:
    text = "Square Enix bekerja sama dengan Nvidia demi memastikan game itu menjadi versi terbaik."
    assert _quotes(text) == []


def test_uttering_before_a_quote_names_its_speaker() -> None:
    text = (
        "Ketua panitia Acep Kusumahady mengungkapkan, pihaknya senang dengan penyelenggaraan "
        "tahun ini. Sementara Business Executive Manager PT Nestlé Indonesia Prawitya "
        'Soemadijo mengucapkan, " Selamat bertanding kepada para peserta. "'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == [
        "Acep Kusumahady",
        "Prawitya Soemadijo",
    ]


def test_a_name_after_a_preposition_does_not_take_the_focus() -> None:
    text = (
        "Namun saat menghadiri sebuah acara bincang-bincang, Hugh Jackman menuturkan bahwa itu "
        "bukan akhir kemunculan karakter Wolverine.\n\n"
        '" Ya, kecuali malam Minggu di rumah saya, " katanya.\n\n'
        "Saking identiknya dia dengan Wolverine, setiap anak-anaknya bersantai di rumah ia "
        "akan berkostum ala karakter mutan itu.\n\n"
        '" Ketika anak-anak saya sedang tidak mengerjakan PR, saya berkostum, " ceritanya.'
    )
    assert {speaker for speaker, _, _ in _quotes(text)} == {"Hugh Jackman"}


def test_competitions_and_their_sponsors_are_no_entities() -> None:
    text = (
        "Tim itu kalah di Gojek Traveloka Liga 1. Laga Eredivisie antara Utrecht dan AZ "
        "Alkmaar berakhir imbang. Barcelona mengalahkan Real Madrid di El Clasico."
    )
    names = {name for name, _ in _mentions(text)}
    assert not names & {"Gojek Traveloka", "Eredivisie", "El Clasico"}
    assert {"AZ Alkmaar", "Barcelona", "Real Madrid"} <= names


def test_the_subject_after_a_long_subordinate_clause_takes_the_focus() -> None:
    text = (
        'Manajer Sule, Adi, membenarkan kabar itu. " Iya betul ayahnya Sule meninggal, " kata '
        "Adi.\n\n"
        "Sule sendiri sempat bertemu dengan ayahnya sebelum akhirnya dipanggil oleh Tuhan.\n\n"
        "Saat disinggung tentang rencana pemakaman dan lokasi tempat jenazah akan dibaringkan "
        "di peristirahatan terakhirnya, Adi belum bisa memberikan informasi. Ia hanya "
        "memastikan bahwa komedian berusia 40 tahun itu sudah berada di rumah duka."
    )
    assert [speaker for speaker, _, _ in _quotes(text)][-1] == "Adi"


def test_now_before_the_subject_is_no_part_of_it() -> None:
    text = "Saat ini MyNurz mengklaim telah bermitra lebih dari 1.000 tenaga perawat."
    assert [speaker for speaker, _, _ in _quotes(text)] == ["MyNurz"]


def test_giving_a_speech_or_voicing_a_feeling_reports_nothing() -> None:
    speech = "Barack Obama akan menyampaikan pidatonya di sana pada Sabtu malam."
    assert _quotes(speech) == []
    feeling = (
        "Menteri Luar Negeri Julie Bishop mengungkapkan keprihatinannya dan memastikan akan "
        "memburu pelaku."
    )
    assert [said for _, _, said in _quotes(feeling)] == ["akan memburu pelaku"]


def test_a_second_verb_of_saying_shares_the_main_clauses_subject() -> None:
    text = (
        "Mengenai gerakan #MeToo yang merangkum pengakuan korban, Douglas menyatakan "
        "dukungannya dan mengatakan kalau dukungannya dilatarbelakangi oleh rasa cintanya."
    )
    assert [(speaker, said) for speaker, _, said in _quotes(text)] == [
        ("Douglas", "dukungannya dilatarbelakangi oleh rasa cintanya")
    ]


# --- guards found in review ----------------------------------------------------------------


def test_a_relation_inside_a_fronted_adverbial_is_nobody_elses_role() -> None:
    text = (
        "Didampingi istri Ani Yudhoyono, Susilo Bambang Yudhoyono tiba di TPS pukul 09.00 "
        "WIB. Usai menjenguk istri Sutan Bhatoegana, Setya Novanto mengatakan bahwa "
        "kondisinya sudah membaik."
    )
    roles = _roles(text)
    assert roles["Susilo Bambang Yudhoyono"] is None
    assert roles["Setya Novanto"] is None


def test_the_one_whose_spokesperson_speaks_keeps_an_office_of_their_own() -> None:
    text = "Juru bicara Wakil Presiden Jusuf Kalla, Husain Abdullah mengatakan hal itu."
    assert _roles(text) == {
        "Jusuf Kalla": "Wakil Presiden",
        "Husain Abdullah": "Juru bicara Wakil Presiden Jusuf Kalla",
    }


def test_an_office_of_a_rank_and_a_unit_opens_at_its_first_title() -> None:
    text = (
        "Kepala Polri Jenderal Tito Karnavian memerintahkan Asisten Operasi Kapolri "
        "Inspektur Jenderal Unggung Cahyono menggeser pasukan."
    )
    assert _roles(text)["Unggung Cahyono"] == "Asisten Operasi Kapolri"


def test_a_company_office_set_off_is_no_rank() -> None:
    text = (
        '"Kinerja perseroan membaik tahun ini," kata mantan Menteri BUMN, Komisaris Utama '
        "Pertamina Tanri Abeng."
    )
    assert [role for _, role, _ in _quotes(text)] == [
        "mantan Menteri BUMN, Komisaris Utama Pertamina"
    ]


def test_a_claim_whose_noun_opens_a_clause_is_a_statement() -> None:
    for text in (
        "Ketua BPN Djoko Santoso mengklaim poin kesepakatan itu sudah disetujui kedua pihak.",
        "Menteri Enggartiasto Lukita mengklaim juara dunia kopi berasal dari Indonesia.",
    ):
        assert len(_quotes(text)) == 1, text


def test_places_listed_after_a_film_stay_places() -> None:
    text = (
        "Film itu mengambil gambar di lokasi seperti Pantai Tanjung Tinggi, Bukit Berbunga "
        "dan Danau Kaolin di Belitung. Klub-klub Indonesia Liga 1 wajib memainkan pemain muda."
    )
    found = _mentions(text)
    assert ("Pantai Tanjung Tinggi", "LOC") in found
    assert ("Danau Kaolin", "LOC") in found
    assert ("Indonesia", "LOC") in found


def test_a_team_in_brackets_after_two_people_is_no_nickname() -> None:
    text = (
        "Bottas membukukan putaran terbaik, disusul Lewis Hamilton (Mercedes), dan Sebastian "
        "Vettel (Ferrari). Kimi Raikkonen (Ferrari) membuka awal sesi."
    )
    assert [label for name, label in _mentions(text) if name == "Ferrari"] == ["ORG", "ORG"]
    # a nickname in brackets, which the tagger took for a place, follows its owner's type
    nick = (
        "Mahasiswi Universitas Indonesia, Lutviah Sari (Vivi) yang menghilang selama hampir "
        "sebulan, telah ditemukan. Orang tua Vivi kita panggil lantaran anaknya telah ditemukan."
    )
    assert {label for name, label in _mentions(nick) if name in {"Lutviah Sari", "Vivi"}} == {"PER"}


def test_a_year_after_the_subject_is_no_part_of_it() -> None:
    text = (
        "Seorang akademisi Thailand, Porphant Ouyyanont pada 2014 telah melakukan penelitian "
        "terkait CPB dan memperkirakan nilai kekayaan kerajaan mencapai US$ 59,4 miliar."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Porphant Ouyyanont"]


def test_a_makers_numbered_product_line_names_the_maker() -> None:
    text = (
        "Dell XPS 13 merupakan salah satu laptop berdesain teranggun. Untuk tahun ini, Dell "
        "rupanya sudah siap dengan XPS 13 berdesain baru. Salah satu kelemahan XPS 13 selama "
        "ini adalah posisi webcam."
    )
    assert _mentions(text) == [("Dell", "ORG"), ("Dell", "ORG")]


def test_the_president_of_an_era_in_an_epithet_takes_no_focus() -> None:
    text = (
        '" Persahabatan kedua negara diharapkan lebih meningkat, " ujar Mangindaan usai '
        "menerima Phu Trong di Kompleks Parlemen.\n\n"
        "Mantan Menteri Perhubungan era Presiden Susilo Bambang Yudhoyono itu, mengatakan dalam "
        "konteks ASEAN, jika ada persoalan, maka harus diselesaikan dengan saling menghormati."
        '\n\n" Saya juga singgung batas ZEE kedua negara, " katanya.'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Mangindaan", "Mangindaan"]


def test_there_is_ends_a_source_after_menurut() -> None:
    text = "Dalam survei tersebut, menurut publik ada tiga faktor utama terjadi TPPT."
    assert _quotes(text) == []


def test_a_name_after_a_calling_keeps_a_surname_that_is_also_a_maker() -> None:
    text = (
        "Gelandang asal Jepang Keisuke Honda mengkonfirmasikan bahwa ia akan meninggalkan AC "
        "Milan.\n\nSetelah mengalami musim yang sulit itu, Honda akhirnya memutuskan untuk "
        "angkat kaki. Honda bermain selama tiga setengah tahun di Milan."
    )
    assert ("Keisuke Honda", "PER") in _mentions(text)


def test_a_place_head_repeated_inside_a_name_splits_two_places() -> None:
    text = "Kawasan Pulau Batam Pulau Bintan dan Pulau Karimun dibahas dalam rapat itu."
    assert [name for name, label in _mentions(text) if label == "LOC"] == [
        "Pulau Batam",
        "Pulau Bintan",
        "Pulau Karimun",
    ]


def test_a_calling_of_a_known_body_names_no_person_of_that_name() -> None:
    office = '"Kami siap menghadapi laga nanti," kata Pelatih Persib.'
    assert [speaker for speaker, _, _ in _quotes(office)] == ["Pelatih Persib"]
    spokesman = '"Investasi ini memberi peluang bagi kami," kata juru bicara Tencent.'
    assert [speaker for speaker, _, _ in _quotes(spokesman)] == ["juru bicara Tencent"]
    # written small, a calling is the epithet of the one in focus
    epithet = (
        "Tony Cascarino mengatakan bahwa The Blues akan membuat kesalahan.\n\n"
        '" Menggantikan seseorang seperti Costa tidak mudah, " tutur eks striker Chelsea di FFT.'
    )
    assert [speaker for speaker, _, _ in _quotes(epithet)] == ["Tony Cascarino"] * 2


def test_after_opens_a_clause_before_the_subject() -> None:
    clause = (
        "Arda Turan dan manajer Turki, Fatih Terim, terlibat adu argumen di media, usai "
        "pemain Barcelona menuding pria 63 tahun berbicara buruk soal dirinya."
    )
    assert [speaker for speaker, _, _ in _quotes(clause)] != ["Barcelona"]
    # after an event of several words, between the subject and the verb
    for text, speaker in (
        (
            "Kapolda Metro Jaya Irjen Fadil Imran usai konferensi pers mengatakan pelaku sudah "
            "ditangkap.",
            "Fadil Imran",
        ),
        (
            "Pelatih Shin Tae-yong seusai latihan di Stadion Madya mengatakan para pemain dalam "
            "kondisi bugar.",
            "Shin Tae-yong",
        ),
        # (not a clause with a subject of its own after the comma)
        (
            "Kepada wartawan, saat hendak meninggalkan Istana Negara usai pelantikan, Setya "
            "Novanto mengatakan masih dalam proses pemulihan kesehatan.",
            "Setya Novanto",
        ),
    ):
        assert [s for s, _, _ in _quotes(text)] == [speaker], text
    # after an event, between the subject and the verb
    event = (
        "Sementara itu penasehat hukum terdakwa M Gunawan usai persidangan mengatakan pihaknya "
        "masih pikir-pikir sebelum memutuskan."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(event)] == [
        ("M Gunawan", "penasehat hukum terdakwa")
    ]


def test_a_quote_that_names_the_one_in_focus_is_the_last_speakers() -> None:
    text = (
        '"Ya betul korban telah ditemukan," ujar Kasat Reskrim Polresta Depok Kompol Putu '
        "Kholis Aryana.\n\n"
        "Mahasiswi itu, Lutviah Sari, menghilang selama hampir sebulan sebelum ditemukan di "
        "Lenteng Agung.\n\n"
        '"Orang tua Lutviah kita panggil lantaran anaknya telah ditemukan," tuturnya.'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Putu Kholis Aryana"] * 2


def test_review_guards_for_callings_and_eras() -> None:
    # a company named after its founder is also the person
    founder = '"Properti sedang lesu," kata pengusaha Ciputra di Jakarta.'
    assert [speaker for speaker, _, _ in _quotes(founder)] == ["Ciputra"]
    # "masa pandemi", "era 80-an": no one's era
    for text, speaker in (
        (
            "Erick Thohir membuka acara. Pada masa pandemi Budi Gunadi Sadikin untuk pertama "
            'kalinya tampil memimpin vaksinasi massal. "Kami kejar target," ujarnya.',
            "Budi Gunadi Sadikin",
        ),
        (
            "Erick Thohir hadir. Seniman era 80-an Butet Kartaredjasa untuk pertama kalinya "
            'akan memamerkan lukisannya. "Saya gugup," katanya.',
            "Butet Kartaredjasa",
        ),
    ):
        assert [s for s, _, _ in _quotes(text)] == [speaker], text


def test_a_statement_from_a_body_named_after_dari_is_the_bodys() -> None:
    text = (
        "Acho menulis di blognya pada 2014.\n\n"
        '" Maksud Acho berbagi kisah di blog itu agar tidak ada korban lain, " demikian '
        "keterangan pers dari LBH Pers yang mendampingi Acho, Sabtu (5/8)."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["LBH Pers"]


def test_review_guards_for_feelings_commitments_and_years() -> None:
    # a feeling followed by what is feared or asked is a statement
    for text in (
        "Menteri Kesehatan Budi Gunadi Sadikin menyampaikan kekhawatirannya lonjakan kasus "
        "bisa terjadi lagi.",
        "Presiden Jokowi menyampaikan permintaannya agar para menteri bekerja keras.",
    ):
        assert len(_quotes(text)) == 1, text
    # a commitment stressed reports nothing
    assert (
        _quotes("Bupati Bogor Ade Yasin sejak 2018 menegaskan komitmennya terhadap pendidikan.")
        == []
    )
    # "tahun 2010" of a cohort is no time adverbial
    cohort = "Alumni angkatan tahun 2010 mengatakan acara itu meriah."
    assert [speaker for speaker, _, _ in _quotes(cohort)] == ["Alumni angkatan tahun 2010"]


def test_a_rank_before_the_name_gives_way_to_an_office_set_off_after_it() -> None:
    text = (
        '"Operasi yustisi ini dilaksanakan untuk ketertiban," kata Kompol Yhogi Hadi Setiawan, '
        "Kapolsek Dukuh Pakis."
    )
    assert _roles(text)["Yhogi Hadi Setiawan"] == "Kapolsek Dukuh Pakis"
    assert [role for _, role, _ in _quotes(text)] == ["Kapolsek Dukuh Pakis"]
    # a rank alone stays the role
    assert _roles("AKBP Andi Saputra mengatakan pelaku sudah ditangkap.")["Andi Saputra"] == "AKBP"


def test_the_head_of_state_is_the_president_named() -> None:
    text = (
        "Presiden Joko Widodo membuka acara itu.\n\n"
        '" Prestasi seperti ini memang harus dimunculkan, " tutur Kepala Negara.'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Joko Widodo"]


def test_a_capitalised_word_no_one_is_called_takes_no_focus() -> None:
    text = (
        "Kapolres Bogor Kabupaten AKBP A M Dicky saat ditemui di Pos Polisi Gadog, Sabtu, "
        "mengatakan malam pergantian tahun jalur Puncak akan diberlakukan car free night.\n\n"
        "Jalur Puncak akan ditutup untuk kendaraan roda empat atau lebih mulai dari pukul "
        "18.00 WIB pada 31 Desember 2017.\n\n"
        '" Bus akan bergerak dari Gadog menuju Riung Gunung, " katanya.'
    )
    assert [speaker for speaker, _, _ in _quotes(text)][-1] == "A M Dicky"


def test_a_vehicle_with_its_number_plate_names_its_maker() -> None:
    text = (
        "Tabrakan melibatkan sepeda motor Honda Vario B 4446 SBC dan mobil Daihatsu Ayla F "
        "1423 NH di Jalan Raya Puncak."
    )
    assert _mentions(text) == [("Honda", "ORG"), ("Daihatsu", "ORG"), ("Jalan Raya Puncak", "LOC")]


def test_a_place_in_brackets_after_a_player_is_no_nickname() -> None:
    text = "Ganda putra Kim Jungjun (Korea) kalah dari pasangan Indonesia."
    assert ("Korea", "LOC") in _mentions(text)


def test_review_guards_for_ranks_heads_of_state_and_address() -> None:
    # what follows a rank and a name set off is no office
    for text, role in (
        ("Menurut Kompol Andi Wijaya, korban mengalami luka bakar di bagian tangan.", "Kompol"),
        ('"Kami masih menyelidiki," kata AKBP Arif Rahman, ayah korban.', "AKBP"),
    ):
        assert [r for _, r, _ in _quotes(text)] == [role], text
    # a party's president is no head of state
    party = 'Presiden PKS Ahmad Syaikhu hadir. "Kami mendukung," kata Kepala Negara.'
    assert [speaker for speaker, _, _ in _quotes(party)] == ["Kepala Negara"]
    # a form of address opens a name the tagger may miss; its owner takes the focus
    address = (
        'Bupati Bogor Rudy Susmanto meninjau lokasi longsor. "Kami kirim alat berat," kata '
        'Rudy.\n\nIbu Bunga mengaku kehilangan rumahnya. "Semua barang kami tertimbun," '
        "ujarnya."
    )
    assert [speaker for speaker, _, _ in _quotes(address)][-1] == "Bunga"


def test_a_province_short_form_after_a_title_opens_no_name() -> None:
    text = (
        "Jaksa Agung M Prasetyo memecat Kasi Intel Kejari Samarinda Kaltim Bramantyo karena "
        "terlibat kasus itu. Kiper Jordan Pickford tampil gemilang."
    )
    assert ("Bramantyo", "PER") in _mentions(text)
    assert ("Jordan Pickford", "PER") in _mentions(text)


def test_a_club_named_after_its_league_speaks_as_the_club() -> None:
    text = (
        "Klub Liga Primer Skotlandia Celtic mengonfirmasi bahwa fullback Kieran Tierney telah "
        "meneken kontrak baru. Klub Liga Inggris Arsenal mengumumkan bahwa Alexis Sanchez "
        "tetap bertahan."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Celtic", "Arsenal"]


def test_shouting_and_joking_name_their_speaker() -> None:
    text = (
        '"Kita hanya punya dua lagu terakhir!" teriak Taka disambut riuh sorak penonton. '
        '"Jangan-jangan saya yang salah," canda Joko Santoso.'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Taka", "Joko Santoso"]


def test_a_pronoun_cue_takes_the_subject_opening_its_own_paragraph() -> None:
    text = (
        "Klub Liga Primer Skotlandia Celtic mengonfirmasi bahwa fullback Kieran Tierney telah "
        "meneken kontrak baru.\n\n"
        "Pemuda berusia 20 tahun itu diganjar perpanjangan kontrak setelah membawa Celtic "
        "meraih treble.\n\n"
        "Tierney mengaku senang bisa memperpanjang masa tinggalnya di Celtic Park, dengan ia "
        'mengatakan: " Saya harus berterima kasih kepada manajer yang percaya pada saya, " '
        "ujarnya di laman resmi klub."
    )
    assert [speaker for speaker, _, _ in _quotes(text)][-1] == "Kieran Tierney"


def test_review_guards_for_clubs_cues_and_paragraph_subjects() -> None:
    # the club's staff speak, not the club
    staff = '"Kami kecewa dengan keputusan itu," kata Manajer Tim Persib.'
    assert [speaker for speaker, _, _ in _quotes(staff)] == ["Manajer Tim Persib"]
    # "keluh kesah", "puji syukur": nouns, no cue
    sigh = '"Sekarang sepi sekali," keluh kesah pedagang terdengar di mana-mana.'
    assert [speaker for speaker, _, _ in _quotes(sigh)] != ["kesah pedagang"]
    # a paragraph that opens on whom the speaker talks about keeps the speaker
    suspect = (
        "Kapolres Bogor AKBP Iman Imanuddin mengatakan pelaku sudah ditangkap, Senin.\n\n"
        'Tersangka Ahmad Fauzi ditangkap di rumahnya di Cibinong karena "diduga kuat menjadi '
        'otak pembunuhan," ujarnya.'
    )
    assert [speaker for speaker, _, _ in _quotes(suspect)][-1] == "Iman Imanuddin"
