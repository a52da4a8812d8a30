"""Session 30: misses seen where warta's rules part from the public NER sets' gold spans
(a station, a district, a survey body's office) and in news of other kinds (clubs of the
English leagues, badminton doubles, a Haji's name, a basketball player quoted)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

# --- places --------------------------------------------------------------------------------


def test_a_station_named_after_its_district_stays_one_place() -> None:
    text = "Stasiun MRT Jurong East ditutup sementara oleh operator SMRT."
    assert ("Stasiun MRT Jurong East", "LOC") in _mentions(text)
    # a venue with a name of its own still sheds its town
    stadium = "Laga digelar di Stadion Manahan Solo, Minggu."
    assert _mentions(stadium)[:2] == [("Stadion Manahan", "LOC"), ("Solo", "LOC")]


def test_a_bodys_office_keeps_the_country_of_the_bodys_name() -> None:
    text = "Konferensi pers digelar di Kantor Lingkaran Survei Indonesia, Jalan Pramuka."
    assert _mentions(text)[0] == ("Kantor Lingkaran Survei Indonesia", "LOC")
    # a town, then its country, still splits
    town = "Pertemuan digelar di Provinsi Zhejiang Tiongkok."
    assert _mentions(town) == [("Provinsi Zhejiang", "LOC"), ("Tiongkok", "LOC")]


def test_a_place_after_the_noun_of_its_area_is_no_persons_surname() -> None:
    text = "Pertempuran terjadi di distrik Isa. Isa Tomomune kemudian memimpin wilayah itu."
    assert _mentions(text) == [("Isa", "LOC"), ("Isa Tomomune", "PER")]


# --- sports --------------------------------------------------------------------------------

_SPORTS = " Pelatih mengaku gol dan laga itu berat bagi klub yang juara liga."


def test_clubs_of_other_leagues_named_like_their_town_are_clubs_in_sports_news() -> None:
    text = (
        "Cole juga pernah berseragam Arsenal, Bristol City, Blackburn, Fulham, Portsmouth, "
        "Birmingham, dan Sunderland sebelum gantung sepatu." + _SPORTS
    )
    labels = dict(_mentions(text))
    assert labels["Blackburn"] == labels["Portsmouth"] == labels["Birmingham"] == "ORG"
    indonesian = "Erick memulai karier bersama Persiwa Wamena. Selain Persiwa, ia main di PSIM."
    assert ("Persiwa Wamena", "ORG") in _mentions(indonesian + _SPORTS)


def test_the_town_where_a_final_is_played_stays_a_place() -> None:
    text = "Juventus kalah 1-4 dari Madrid di Cardiff, Wales." + _SPORTS
    assert ("Cardiff", "LOC") in _mentions(text)
    # a player plays for the club
    played = "Ia bermain di Liverpool selama lima musim." + _SPORTS
    assert ("Liverpool", "ORG") in _mentions(played)


def test_a_clubs_nickname_before_a_dash_aside_keeps_the_player_after_it() -> None:
    text = "Selain bersama The Red Devils - julukan United - Cole juga pernah berseragam Arsenal."
    assert _mentions(text) == [("The Red Devils", "ORG"), ("Cole", "PER"), ("Arsenal", "ORG")]
    # a place named after two people still joins at its hyphen
    airport = "Ia lalu mendarat di Bandara Soekarno - Hatta."
    assert _mentions(airport) == [("Bandara Soekarno - Hatta", "LOC")]


def test_a_doubles_partner_read_as_a_body_is_a_person() -> None:
    text = (
        "Tontowi / Liliyana menang atas Anders Skaarup Rasmussen / Line Hojmark Kjaersfeldt "
        "(Denmark) dengan skor 21-15, 21-8." + _SPORTS
    )
    labels = dict(_mentions(text))
    assert labels["Anders Skaarup Rasmussen"] == labels["Line Hojmark Kjaersfeldt"] == "PER"


def test_a_body_whose_last_word_the_article_quotes_alone_is_that_person() -> None:
    text = (
        '"Mereka bermain lebih keras," tutur big man Knicks, Enes Kanter. "Mereka banyak '
        'mendapatkan offensive rebound," kata Kanter yang menyumbang 12 poin.'
    )
    assert ("Enes Kanter", "PER") in _mentions(text)
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Enes Kanter", "Enes Kanter"]


# --- names ---------------------------------------------------------------------------------


def test_haji_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Hadir Asisten II Sekretariat Provinsi Sulsel mewakili Gubernur Sulsel H Syahrul "
        "Yasin Limpo yang berhalangan hadir karena berada di Solo, Jateng."
    )
    assert _roles(text) == {"Syahrul Yasin Limpo": "Gubernur Sulsel"}
    kiai = "Acara itu dihadiri KH Abdullah Gymnastiar dan ratusan santri."
    assert ("Abdullah Gymnastiar", "PER") in _mentions(kiai)


# --- quotes --------------------------------------------------------------------------------


def test_what_someone_leaks_is_no_statement_unless_a_clause_follows() -> None:
    leaked = (
        "HBO Spanyol dan Eropa tidak sengaja membocorkan episode keenam kepada pelanggan "
        "on-demand mereka, empat hari sebelum jadwal tayang."
    )
    assert _quotes(leaked) == []
    idea = (
        "Salah satu personel BTS, Suga, sudah membocorkan gagasan utama yang akan diusung "
        "dalam proyek tersebut."
    )
    assert _quotes(idea) == []
    said = (
        "Andrew juga membocorkan saat ini Promogo sedang melakukan pengembangan terhadap "
        "produk-produk yang akan segera diluncurkan."
    )
    assert [speaker for speaker, _, _ in _quotes(said)] == ["Andrew"]


def test_thanks_expressed_are_no_statement() -> None:
    text = (
        "Dea Rizkita, menyampaikan ungkapan terima kasihnya pada publik lewat akun "
        "Instagram miliknya setelah pemungutan suara ditutup."
    )
    assert _quotes(text) == []


def test_how_the_press_met_someone_is_no_part_of_the_role() -> None:
    text = (
        "Dihubungi DailySocial, Vice President of Product and Marketing TuringSense Chris Lim "
        "mengatakan bahwa saat ini belum ada produk baru yang diluncurkan."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Chris Lim", "Vice President of Product and Marketing TuringSense")
    ]


def test_a_surname_two_people_share_goes_to_the_one_named_before_it() -> None:
    text = (
        "Pada era 90-an, Madonna dan mendiang Tupac Shakur pernah memadu kasih.\n\n"
        "Dalam surat itu, Tupac sedikit bercerita soal perjalanan cintanya dengan Madonna.\n\n"
        '"Bersama pria kulit hitam sama sekali tidak akan menghancurkan karirmu," tulis '
        "Shakur.\n\n"
        "Madonna mengklaim bahwa hubungannya telah disepakati ibunda Tupac, Mopreme Shakur."
    )
    assert _quotes(text)[0][0] == "Tupac Shakur"


def test_a_side_securing_a_win_or_a_ticket_states_nothing() -> None:
    text = (
        "Setelah Los Blancos memastikan kemenangan 2-0 atas tuan rumah Malaga, berdasarkan "
        "video yang diunggah Marca, Ronaldo dan kawan-kawan larut dalam kebahagiaan. Persib "
        "memastikan tiket ke final setelah menang atas Persija yang bermain dengan sepuluh "
        "orang."
    )
    assert _quotes(text) == []
    # a statement after the prize's noun is still one
    said = "Pelatih memastikan kemenangan itu akan menjadi modal penting bagi timnya."
    assert len(_quotes(said)) == 1


_RESORT = (
    "Perdana Menteri Annastacia Palaszczuk mengatakan masih terlalu dini untuk menghitung "
    "dampak kerusakan.\n\nDaydream Island Resort menyatakan mengalami kerusakan signifikan, "
    "termasuk pada dermaga dan bagian sayap akomodasinya.\n\n"
    '"Kondisi sangat ekstrem dengan hujan deras dan angin kencang mengakibatkan kerusakan '
    'pada resort," '
)


def test_they_after_a_body_spoke_are_that_body() -> None:
    for cue in ("bunyi pernyataan pers mereka.", "kata mereka."):
        assert _quotes(_RESORT + cue)[-1][0] == "Daydream Island Resort"
    group = (
        "Puluhan warga mengaku rumah mereka rusak parah akibat angin kencang semalam.\n\n"
        '"Kondisi sangat ekstrem, atap rumah kami terbang semua," kata mereka.'
    )
    assert _quotes(group)[-1][0] == "puluhan warga"
    # a body named before the quote keeps it; "Mereka menambahkan" after it only points back
    band = (
        'Coldplay juga menulis, "Terima kasih dan selamat malam Mumbai, kalian luar biasa." '
        'Mereka menambahkan, "India, terima kasih untuk salah satu malam terhebat kami."\n\n'
        "Vokalis Chris Martin mengibarkan bendera India."
    )
    assert [speaker for speaker, _, _ in _quotes(band)] == ["Coldplay", "Coldplay"]


def test_what_made_a_body_speak_is_no_part_of_the_speaker() -> None:
    text = (
        "Namun, protes yang telat dari Mercedes membuat pihak FIA menyatakan akan membahas "
        "insiden pada balapan di Austin, Texas, 23 Oktober mendatang."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["pihak FIA"]


def test_aid_and_rights_bodies_named_bare_are_bodies() -> None:
    text = (
        "Beras - beras tersebut nantinya akan diberikan kepada organisasi-organisasi sosial, "
        "misalnya Red Cross, sebelum akhirnya disumbangkan kepada pihak yang membutuhkan."
    )
    assert _mentions(text) == [("Red Cross", "ORG")]


def test_an_office_joined_by_an_ampersand_is_one_role() -> None:
    text = (
        '"Ke depannya merchant yang sudah bekerja sama akan bertambah," ujar VP Sales & '
        "Marketing Telkomsel Area Jabotabek-Jabar Agus Mulyadi."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Agus Mulyadi", "VP Sales & Marketing Telkomsel Area Jabotabek-Jabar")
    ]


def test_led_by_is_no_part_of_the_role() -> None:
    text = (
        "Intudo Ventures mengumpulkan dana. Dipimpin Managing Partner Eddy Chan (berbasis di "
        "Silicon Valley) dan Patrick Yip, fokusnya melahirkan bisnis. Eddy Chan menerangkan "
        "bahwa tahun ini berkonsentrasi pada 12 startup tahap awal di Indonesia."
    )
    assert [role for _, role, _ in _quotes(text)] == ["Managing Partner"]


def test_a_quote_paragraph_right_after_a_bodys_goes_on_with_the_body() -> None:
    text = (
        "Cole menjalani operasi di Rumah Sakit Manchester Royal Infirmary.\n\n"
        '"Selama masa penyembuhan, Andrew tidak akan menjalani kegiatan apa pun," tulis '
        "pernyataan resmi Man United.\n\n"
        '"Andrew dan keluarganya mengucapkan terima kasih kepada klub dan fans."'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Man United", "Man United"]
    # narration after the body's quote turns to someone else: the next quote is theirs
    turned = (
        "Cole menjalani operasi di Rumah Sakit Manchester Royal Infirmary.\n\n"
        '"Selama masa penyembuhan, Andrew tidak akan menjalani kegiatan apa pun," tulis '
        "pernyataan resmi Man United. Cole sendiri mengaku siap.\n\n"
        '"Saya berterima kasih kepada klub dan fans atas dukungan mereka."'
    )
    assert [speaker for speaker, _, _ in _quotes(turned)] == ["Man United", "Cole"]


def test_famous_venues_are_places_and_editor_codes_no_entities() -> None:
    text = (
        "Sir Alex Ferguson nyaris menjadi manajer di White Hart Lane sebelum pria Skotlandia "
        "itu merapat ke Old Trafford.\n\n(T.K010/R010)"
    )
    assert _mentions(text) == [
        ("Sir Alex Ferguson", "PER"),
        ("White Hart Lane", "LOC"),
        ("Skotlandia", "LOC"),
        ("Old Trafford", "LOC"),
    ]
    dateline = (
        "TERMAS DE RIO HONDO, JUARA.net - Pebalap Movistar Yamaha MotoGP, Valentino Rossi, "
        "mengawali musim ini dengan naik podium."
    )
    assert _mentions(dateline)[0] == ("TERMAS DE RIO HONDO", "LOC")


# --- review guards ---------------------------------------------------------------------------


def test_review_guards_towns_of_venues_and_births_stay_places() -> None:
    text = (
        "Juventus akan menghadapi Real Madrid di National Stadium, Cardiff, Sabtu (3/6). "
        "Pertandingan dimulai pukul 19.45 waktu Cardiff. Pria kelahiran Stuttgart itu siap."
        + _SPORTS
    )
    labels = [label for name, label in _mentions(text) if name in ("Cardiff", "Stuttgart")]
    assert labels == ["LOC", "LOC", "LOC"]


def test_review_guards_quotes() -> None:
    # a causative verb inside a relative clause is no cut
    pushed = (
        "Pihak yang mendorong Setya Novanto mundur dari kursi Ketua DPR menyatakan akan terus "
        "mengawal kasus tersebut."
    )
    assert _quotes(pushed)[0][0] == "pihak yang mendorong Setya Novanto mundur dari kursi Ketua DPR"
    # "mereka" after narration turned to another group is not the body that spoke
    fans = (
        '"Kami kecewa dengan keputusan wasit," tulis pernyataan resmi Persija Jakarta.\n\n'
        "Ribuan suporter Persija juga meluapkan kekecewaan di media sosial. "
        '"Wasit harus diganti," kata mereka.'
    )
    assert [speaker for speaker, _, _ in _quotes(fans)] == ["Persija Jakarta", None]
    # a position secured only in sport; the police's "posisi korban" is a statement
    police = "Polisi memastikan posisi korban saat kejadian berada di lantai dua."
    assert [speaker for speaker, _, _ in _quotes(police)] == ["Polisi"]
    # a relative clause in what was leaked, then its predicate: a statement
    leak = (
        "Sumber internal membocorkan perusahaan yang dipimpin Elon Musk itu akan meluncurkan "
        "mobil baru pada Juli."
    )
    assert [speaker for speaker, _, _ in _quotes(leak)] == ["sumber internal"]
    # "&" between two names joins no speakers
    pair = '"Kami siap bekerja," kata Ahok & Djarot di Balai Kota.'
    assert _quotes(pair)[0][0] != "Ahok & Djarot"


def test_review_guards_names() -> None:
    assert ("H B Jassin", "PER") in _mentions("Sastrawan H B Jassin dikenal luas di Jakarta.")
    doubles = (
        "Pasangan ganda campuran Korea, Park Kyung - hoon / Baek Ha - na, kalah dalam laga "
        "ganda." + _SPORTS
    )
    assert all(name != "Baek Ha" for name, _ in _mentions(doubles))


def test_a_name_closing_the_object_before_a_purpose_is_no_speaker() -> None:
    text = (
        "Komite Tari Dewan Kesenian Jakarta (DKJ) menyelenggarakan program Telisik Tari dengan "
        "mengusung tema Tari Melayu untuk mengingatkan kembali bahwa banyak budaya Indonesia "
        "berdasar pada budaya Melayu."
    )
    assert _quotes(text) == []
    # the agent of a passive still reports
    agent = "Istilah itu digunakan An untuk menekankan bahwa ekonomi China masih kuat."
    assert [speaker for speaker, _, _ in _quotes(agent)] == ["An"]


def test_a_software_makers_product_read_as_a_person_is_the_maker() -> None:
    text = "Adobe Spark kini bisa dipakai usaha kecil. Adobe menyebut Adobe Creative Cloud murah."
    assert _mentions(text) == [("Adobe", "ORG")] * 3
    # the maker's national company stays whole
    assert _mentions("Microsoft Indonesia membuka kantor baru.") == [("Microsoft Indonesia", "ORG")]


def test_a_states_full_name_is_not_split_before_its_country() -> None:
    text = "Ekspor ke Republik Rakyat Tiongkok naik tajam pada Februari."
    assert _mentions(text) == [("Republik Rakyat Tiongkok", "LOC")]


def test_a_fronted_clause_without_its_comma_is_no_part_of_the_speaker() -> None:
    text = (
        "Membahas masalah proses perizinan dengan bank Indonesia Ongki menjelaskan, saat ini "
        "masih terjadi diskusi intensif pihak Grab dengan regulator."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Ongki"]
    # "Berbagai", "Mengenai" open no such clause
    groups = "Berbagai kelompok HAM menilai China mengekang hak beragama warga Tibet."
    assert [speaker for speaker, _, _ in _quotes(groups)] == ["Berbagai kelompok HAM"]
    about = (
        "Mengenai hal ini Kepala Biro Hukum dan Humas MA Abdullah mengatakan bahwa pihaknya "
        "belum tahu."
    )
    assert [role for _, role, _ in _quotes(about)] == ["Kepala Biro Hukum dan Humas MA"]


def test_what_a_user_can_do_is_no_statement() -> None:
    text = (
        "Dimulai dengan versi 4.7, pengguna Telegram akan dapat menambahkan hingga tiga akun "
        "dengan nomor telepon yang berbeda ke aplikasi mereka."
    )
    assert _quotes(text) == []
    said = "Saya bisa memastikan bahwa tidak ada korban jiwa dalam kejadian itu, kata Kapolres."
    assert len(_quotes(said)) == 1


def test_review_guards_second_batch() -> None:
    # an agent after "bagi" still speaks after "untuk"
    occasion = (
        "Pertemuan itu menjadi ajang bagi Jokowi untuk menegaskan bahwa pemerintah tidak akan "
        "menaikkan harga BBM."
    )
    assert [speaker for speaker, _, _ in _quotes(occasion)] == ["Joko Widodo"]
    # a person written right after a chip maker is no product
    assert ("Nvidia Jensen Huang", "PER") in _mentions(
        "Nvidia Jensen Huang mengatakan bahwa permintaan chip terus meningkat."
    )
    # "Arab" before a country is a place of its own
    conflict = "Konflik Arab Israel kembali memanas setelah serangan udara di Gaza."
    assert _mentions(conflict)[:2] == [("Arab", "LOC"), ("Israel", "LOC")]
