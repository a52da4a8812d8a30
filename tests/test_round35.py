"""Session 35: what random IndoSum articles showed (a club's short form with two spellings of
its full name, a given name the tagger left out of a first naming, works' English titles,
"-e-" names, relatives in a subject, a given name the register cut, a manner clause's
speaker)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes

from warta.extract.entities import find_entities


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def test_a_clubs_short_form_is_the_club_however_its_full_name_is_spelt() -> None:
    text = (
        "Manchester United tumbang di kandang Tottenham Hotspur 2-0. United langsung merespons "
        "ketertinggalan. Memasuki babak kedua, Man United terus mencari gol."
    )
    assert _canonical(text)["United"] == "Manchester United"


def test_a_given_name_opens_the_first_naming_of_a_person_named_by_surname_after() -> None:
    text = (
        "Menjajal kemampuan berakting ternyata tidak cukup bagi Cara Delevingne. Setelah muncul "
        "dalam film Suicide Squad, model cantik tersebut kini menggarap novel.\n\n"
        "Delevingne menggambarkan ia akan mengangkat kisah remaja dalam novel tersebut."
    )
    assert ("Cara Delevingne", "PER") in _mentions(text)
    assert _canonical(text)["Delevingne"] == "Cara Delevingne"


def test_the_end_of_a_title_opens_no_first_naming() -> None:
    # after "dan", the office's field; after a capitalised rank, the rank's grade
    minister = (
        "Menteri Komunikasi dan Informatika Rudiantara mengatakan lelang ditujukan untuk "
        "mengatasi kepadatan trafik. Rudiantara menambahkan hal itu kemarin."
    )
    assert ("Informatika Rudiantara", "PER") not in _mentions(minister)
    assert ("Rudiantara", "PER") in _mentions(minister)
    police = (
        "Kepala Unit Reserse Kriminal Polsek Sukolilo Inspektur Polisi Satu Pujianto "
        "mengatakan pelaku datang membawa golok. Pujianto menyebut korban terluka."
    )
    assert not any(t.startswith("Satu") for t, _ in _mentions(police))


def test_a_works_english_title_is_no_person() -> None:
    text = (
        '"Harry tidak berencana menyanyikan lagu lama," kata orang yang mengaku dekat dengan '
        "penyanyi Sign of the Times itu. Film Fifty Shades of Grey meraih penghargaan."
    )
    people = [t for t, label in _mentions(text) if label == "PER"]
    assert "Sign of the Times" not in people
    assert "Fifty Shades of Grey" not in people
    # a hyphened syllable of a name is no preposition
    moon = "Presiden Korea Selatan Moon Jae - in menyambut usulan itu."
    assert ("Moon Jae - in", "PER") in _mentions(moon)


def test_a_name_joined_by_e_is_one_name() -> None:
    text = (
        "Serangan ini, menurut militer Pakistan, berkaitan dengan Lashkar - e - Jhangvi al - "
        "Alami, kelompok ekstremis Sunni. Kelompok Jaish-e-Mohammed mengaku bertanggung jawab."
    )
    found = _mentions(text)
    assert ("Lashkar - e - Jhangvi al - Alami", "ORG") in found
    assert ("Jaish-e-Mohammed", "ORG") in found
    assert not any(t == "Lashkar" for t, _ in found)


def test_a_relative_of_the_one_named_is_not_that_person() -> None:
    # "mantan suami Nia Daniati itu" is her former husband: she is not whom the article
    # follows, and the pronoun closing the next quote is not hers
    text = (
        'Penyidik KPK akan memeriksa pengacara Farhat Abbas. "Mereka akan diperiksa sebagai '
        'saksi," ujar Juru Bicara KPK Febri Diansyah.\n\n'
        "Pada pemeriksaan Senin lalu, mantan suami Nia Daniati itu juga hadir mendampingi "
        'Elza Syarief.\n\n"Pokoknya dalam pemeriksaan lalu, Ibu Elza ini diperiksa," tegasnya.'
    )
    assert "Nia Daniati" not in [s for s, _, _ in _quotes(text)]


def test_a_given_name_the_article_writes_with_the_next_word_stays_in_the_speakers_name() -> None:
    text = (
        "Pasangan selebriti Ananda Omesh dan Dian Ayu Lestari sedang berbahagia. Btara Langit "
        "Ayu lahir pada Sabtu (13/5) kemarin.\n\n"
        "Dian baru saja menceritakan pengalaman melahirkan Btara. Dian merasakan ingin buang "
        'air kecil. Saat itu dia sudah bersiap ingin tidur.\n\n"Tapi enggak teratur, jadi saya '
        'acuh aja awalnya," tulis dia.\n\nAnanda Omesh dan Dian Ayu menikah pada 8 Juli 2012.'
    )
    assert [s for s, _, _ in _quotes(text)] == ["Dian Ayu Lestari"]


def test_who_says_while_doing_is_the_subject_of_what_is_done() -> None:
    caption = (
        "Juara dunia F1 lainnya, Jenson Button (Inggris Raya) meretweet postingan Alonso "
        'tersebut dengan menambahkan caption "Masa-masa spesial kawan, terus berjuang Michael".'
    )
    assert [s for s, _, _ in _quotes(caption)] == ["Jenson Button"]
    # a passive's agent says it
    passive = (
        "Pemain pinjaman dari Chelsea ini diejek suporter tuan rumah dengan menyebut "
        '"dasar monyet, pulang saja kau ke negaramu". Cuitan ini direspons Nicki dengan '
        "mengatakan ia akan membayar biaya pendidikan siswa tersebut."
    )
    assert [s for s, _, _ in _quotes(passive)] == ["suporter tuan rumah", "Nicki"]


def test_a_double_surname_is_one_name_and_a_pair_named_apart_is_two() -> None:
    text = (
        "Gol Arsenal dicetak oleh Alex Oxlade - Chamberlain (menit ke-70) dan Harry Kane. "
        "Untuk bisa menggaet Oxlade - Chamberlain, Chelsea harus menyiapkan gaji besar."
    )
    found = _mentions(text)
    assert ("Alex Oxlade - Chamberlain", "PER") in found
    assert ("Oxlade - Chamberlain", "PER") in found
    assert _canonical(text)["Oxlade - Chamberlain"] == "Alex Oxlade-Chamberlain"
    # a pair after a word that names one, or with both tagged, stays two
    pair = "Pasangan Ridwan Kamil - Suswono menang di Jakarta."
    assert ("Ridwan Kamil", "PER") in _mentions(pair)
    # the article names "Anies" apart: "Anies - Sandiaga Uno" is a pair, not one person
    anies = (
        "Elektabilitas Anies - Sandiaga Uno mencapai 49,7 persen. Suara Anies dan Ahok "
        "sama-sama naik."
    )
    assert _canonical(anies)["Anies"] != "Sandiaga Uno"
    # a hyphened given name the article also writes without its hyphen stays one name
    hans = (
        "Bali United resmi melepas Hans Peter Schaller. Kontrak Hans - Peter Schaller "
        "berakhir bulan ini."
    )
    assert ("Hans - Peter Schaller", "PER") in _mentions(hans)


def test_a_one_word_name_the_article_quotes_is_the_person_wherever_it_stands_alone() -> None:
    text = (
        "Baru dua pekan Lorde merilis Melodrama secara resmi, kini ia tampaknya antusias "
        'memproduksi album baru.\n\n"Album baru saya nanti akan jauh dari musik yang bikin '
        'bergoyang," kata Lorde menanggapi unggahan penggemar.\n\nDalam albumnya kini, Lorde '
        "dibantu produser Jack Antonoff."
    )
    assert [t for t, label in _mentions(text) if label == "PER"].count("Lorde") == 3
    # an office's short form the article quotes is no one's name
    office = (
        "Kadiskes Kolinlamil Letkol Laut (K) dr. Hengky Setyahadi memimpin fumigasi. "
        '"Kapal harus sehat," jelas Kadiskes. Lebih lanjut Kadiskes mengatakan fumigasi rutin.'
    )
    assert _mentions(office).count(("Kadiskes", "PER")) <= 1


def test_a_work_set_off_after_its_noun_and_whose_it_is_is_no_entity() -> None:
    text = (
        "Album ini rilis empat tahun dari album debutnya, Pure Heroine. Fergie merilis dua "
        "single jelang rilis album solo keduanya, Double Dutchess, dan usai perceraiannya."
    )
    names = [t for t, _ in _mentions(text)]
    assert "Pure Heroine" not in names
    assert "Double Dutchess" not in names
    # a clause's end before a person is no such noun
    clause = "Namun sebelum merilis album baru, Avril memilih genre lain. Avril senang."
    assert ("Avril", "PER") in _mentions(clause)


def test_a_word_for_the_dead_opens_no_name() -> None:
    text = (
        "Konser amal digelar untuk Mendiang Glenn di Ambon. Lagu-lagu Glenn dinyanyikan "
        "sepanjang malam. Glenn dikenang sebagai musisi besar."
    )
    assert not any(t.startswith("Mendiang") for t, _ in _mentions(text))


def test_a_three_part_name_broken_at_a_word_is_one_name() -> None:
    text = (
        '"Termasuk Kwik Kian Gie yang diminta keterangan minggu lalu," kata juru bicara KPK, '
        "Febri Diansyah. Pada minggu lalu, Kwik diminta keterangannya di Gedung KPK."
    )
    assert ("Kwik Kian Gie", "PER") in _mentions(text)
    assert _canonical(text)["Kwik"] == "Kwik Kian Gie"


def test_a_scandal_named_after_someone_is_no_person() -> None:
    text = (
        "Rapat paripurna DPR membacakan usulan hak angket penonaktifan Gubernur DKI Basuki "
        "Tjahaja Purnama atau Ahok Gate. Ahok Gate dibacakan sebagai surat masuk."
    )
    assert not any(t == "Ahok Gate" for t, _ in _mentions(text))


def test_a_police_rank_glued_to_pol_is_a_rank_in_a_speakers_phrase() -> None:
    text = (
        "Kapolres Metro Tangerang Kota, Kombespol Harry Kurniawan menegaskan akan menindak "
        'tegas pihak yang melakukan sweeping. "Semuanya telah sepakat menjaga keamanan '
        'selama bulan puasa," kata Harry.'
    )
    assert {r for _, r, _ in _quotes(text)} == {"Kapolres Metro Tangerang Kota"}


def test_a_nickname_after_any_noun_goes_to_the_name_it_is_made_from() -> None:
    text = (
        "Pasangan ganda campuran Indonesia, Tontowi Ahmad/Liliyana Natsir dipastikan absen. "
        "Menurut pelatih Richard Mainaky, pebulutangkis yang akrab disapa Owi itu kurang "
        "fokus. Owi juga menyampaikan ia ragu untuk bertanding."
    )
    assert _canonical(text)["Owi"] == "Tontowi Ahmad"


def test_an_office_elect_is_part_of_the_speakers_role() -> None:
    text = (
        '"Pak Prabowo tadi memaparkan pandangan tentang Indonesia ke depan," kata Gubernur DKI '
        "terpilih Anies Baswedan usai mengikuti pertemuan di Kertanegara."
    )
    assert _quotes(text)[0][:2] == ("Anies Baswedan", "Gubernur DKI terpilih")


def test_a_firms_name_runs_on_after_its_legal_form_and_a_second_surname_read_as_a_body() -> None:
    firm = "Polisi mengusut penipuan yang dilakukan PT First Travel terhadap jemaah umrah."
    assert ("PT First Travel", "ORG") in _mentions(firm)
    spurs = "Aurier bergabung dengan pemain muda Kyle Walker - Peters sebagai bek kanan."
    assert ("Kyle Walker - Peters", "PER") in _mentions(spurs)
    # the whole first name written alone elsewhere: a person of its own
    both = spurs + " Sebelumnya Spurs menjual Kyle Walker ke Manchester City."
    assert ("Kyle Walker - Peters", "PER") not in _mentions(both)


def test_a_body_known_by_its_own_name_is_not_a_centre_named_after_it() -> None:
    text = (
        "Krisis kemanusiaan di Myanmar akan dibahas dalam pertemuan menteri luar negeri ASEAN. "
        "Bantuan disalurkan lewat Pusat Bantuan Kemanusiaan ASEAN (AHA Centre). ASEAN siap."
    )
    assert {c for t, c in _canonical_all(text) if t == "ASEAN"} == {"ASEAN"}


def test_a_name_run_on_into_a_compound_is_no_spelling_of_it() -> None:
    from warta.extract.canonical import _close_spelling

    assert not _close_spelling("Grab Indonesia", "GrabPay Indonesia")
    assert _close_spelling("Gunungapi Agung", "Gunung Agung") == _close_spelling(
        "gunungapi agung", "gunung agung"
    )


def _canonical_all(text: str) -> list[tuple[str, str]]:
    return [(str(m["text"]), str(m["canonical"])) for m in find_entities(text)]


def test_a_burmese_honorific_after_a_country_opens_a_person() -> None:
    text = (
        "Menlu Retno telah menghubungi Penasihat Keamanan Nasional Myanmar U Thaung Tun untuk "
        "mendorong percepatan proses. Penasihat Negara Myanmar Daw Aung San Suu Kyi hadir. "
        "Suu Kyi mengatakan hal itu."
    )
    found = _mentions(text)
    assert ("Myanmar", "LOC") in found
    assert ("U Thaung Tun", "PER") in found
    assert _canonical(text)["Suu Kyi"] == "Aung San Suu Kyi"


def test_an_office_set_off_after_a_name_and_before_the_next_name_is_the_next_ones() -> None:
    text = (
        "Pengajian dihadiri Ketua Umum DPP Partai Golkar Setya Novanto, Koordinator Bidang "
        "Pemenangan Pemilu Partai Golkar Wilayah Indonesia I, Nusron Wahid, Sekjen DPP Partai "
        "Golkar Idrus Marham, dan tokoh lainnya."
    )
    roles = {str(m["text"]): m.get("role") for m in find_entities(text) if m["label"] == "PER"}
    assert roles["Nusron Wahid"] != "Sekjen"
    assert roles["Idrus Marham"] == "Sekjen DPP Partai Golkar"
    # a relation's role runs up to whose it is; a title before a misread name stays
    other = (
        "Jen Psaki, juru bicara Presiden Joe Biden, mengatakan hal itu. Martin Lau, Presiden "
        "Tencent, mengabarkan kami."
    )
    roles = {str(m["text"]): m.get("role") for m in find_entities(other) if m["label"] == "PER"}
    assert roles["Jen Psaki"] == "juru bicara Presiden"


def test_a_shirt_number_glued_to_a_name_is_no_part_of_it() -> None:
    text = "Susunan pemain: 89 - Lee Yoo Joon, 6Evan Dimas, 23 - Wahyu Subo Seto."
    assert ("Evan Dimas", "PER") in _mentions(text)


def test_buka_and_puji_after_a_quote_name_its_speaker() -> None:
    text = (
        "Sebelumnya, Alves menyebut Maradona bukan teladan yang baik.\n\n"
        '"Dani Alves adalah orang yang idiot," buka Maradona kepada TyC Sports.\n\n'
        '"Istri idaman, jago masak dan juga cantik," puji akun @rioaditriwibowo'
    )
    assert [s for s, _, _ in _quotes(text)][-2:] == ["Maradona", "@rioaditriwibowo"]


def test_a_person_after_a_venues_head_is_the_venue_the_article_names_elsewhere() -> None:
    text = (
        "Pesawat mendarat di Bandara Soekarno-Hatta kemarin. Kepala Humas Bandara "
        "Soekarno-Hatta, Dewandono mengatakan hal itu."
    )
    assert ("Soekarno-Hatta", "PER") not in _mentions(text)
    assert _mentions(text).count(("Bandara Soekarno-Hatta", "LOC")) == 2


def test_a_cue_word_that_opens_a_noun_is_no_cue() -> None:
    text = '"Alhamdulillah panen tahun ini melimpah," puji syukur petani terdengar di desa.'
    assert [s for s, _, _ in _quotes(text)] != ["syukur petani"]
