"""Session 45: what random IndoSum articles showed (a specialist's degrees after the name, an
athlete sharing a firm's name, letters that are a one-word name's own)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes


def test_a_specialist_s_degrees_are_neither_bodies_nor_part_of_the_name() -> None:
    text = (
        '"Malnutrisi memperlambat proses penyembuhan," jelas DR. Dr. Noorwat S. SpPD, KHOM '
        "saat ditemui di Hotel JS Luwansa, Jakarta Selatan, Selasa (29/8).\n\n"
        "Kadiskes Kolinlamil Letkol Laut (K) dr. Hengky Setyahadi Sp. B, FINACS, FICS, "
        "mengatakan fumigasi adalah salah satu cara pengendalian hama."
    )
    found = _mentions(text)
    assert ("Noorwat S.", "PER") in found
    assert ("Hengky Setyahadi", "PER") in found
    assert not {"KHOM", "FINACS", "FICS", "SpPD"} & {name for name, _ in found}
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Noorwat S.", "Hengky Setyahadi"]


def test_letters_after_someone_who_is_no_person_stay_names() -> None:
    # suspects named by their initials: "AK" opens no list of degrees
    text = "Dia menjelaskan, kelima pelaku yakni Yudi, AK, AR, SH, dan R memiliki peran berbeda."
    assert "AR" in {name for name, _ in _mentions(text)}


def test_degrees_trimmed_from_a_speaker_keep_two_name_words() -> None:
    text = '"Putusan itu final," kata Ketua MK Mahfud MD di Jakarta.'
    assert _quotes(text) == [("Mahfud MD", "Ketua MK", "Putusan itu final")]
    text = '"Kami siap," kata dr. Budi Santoso Sp. OG (K) kepada wartawan.'
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Budi Santoso"]


def test_a_quoted_athlete_who_shares_a_firm_s_name_is_a_person() -> None:
    text = (
        "JUARA.NET, FUZHOU - Pebulu tangkis tunggal putra Indonesia, Sony Dwi Kuncoro, harus "
        "angkat kopor lebih awal pada China Open 2017.\n\n"
        "Sony langsung kalah pada babak final kualifikasi. Sony gagal memanfaatkan "
        'kesempatan tersebut.\n\n"Lawan mainnya bagus," ujar Sony.'
    )
    found = _mentions(text)
    assert ("Sony Dwi Kuncoro", "PER") in found
    assert ("Sony", "ORG") not in found
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Sony Dwi Kuncoro"]


def test_a_firm_named_after_the_word_kata_stays_a_firm() -> None:
    # "pada kata ThinkPad": "kata" is the word, no cue of a quote
    text = (
        "Lenovo tetap mempertahankan desain ThinkPad. Ada LED merah di huruf i pada kata "
        "ThinkPad. Lenovo merayakan ulang tahun ThinkPad ke-25. Meski Thinkpad Anniversary "
        "Edition 25 disiapkan sebagai laptop kerja, Lenovo menjual ThinkPad itu."
    )
    assert all(label != "PER" for name, label in _mentions(text) if "hink" in name)


def test_a_song_s_title_is_no_body_when_its_maker_follows_the_whole_title() -> None:
    text = "Dia mendengarkan lagu Who Run the World milik Beyonce. Ia suka lagu BTS."
    found = _mentions(text)
    assert ("Who", "ORG") not in found
    assert ("Beyonce", "PER") in found
    assert ("BTS", "ORG") in found  # a maker after "lagu" stays


def test_a_section_heading_puts_no_one_in_focus() -> None:
    text = (
        "Gal Gadot dinobatkan menjadi Miss Israel pada 2004.\n\n"
        "Dapat Peran Berkat Beyonce\n\n"
        "Ketika mengikuti audisi, dia tidak mengetahui bahwa itu untuk peran Wonder Woman. "
        "Pada saat audisi, dia sempat bercerita kepada majalah W bahwa dia diminta menunggu "
        "lama dan merasa bosan.\n\n"
        '"Saya mulai menari untuk melepaskan kegelisahan saya. Terima kasih, Beyonce!" katanya.'
    )
    assert {speaker for speaker, _, _ in _quotes(text)} == {"Gal Gadot"}


def test_a_win_secured_to_a_score_reports_nothing() -> None:
    text = (
        "Arema akhirnya memastikan kemenangan menjadi 3-0 setelah sontekan Dedik Setiawan "
        "menyambut umpan Adam Alis dari sisi kanan serangan."
    )
    assert _quotes(text) == []


def test_a_game_publisher_is_a_body() -> None:
    text = (
        '"Bersiaplah untuk merasakan petualangan fantasi canggih," tulis Square Enix di page '
        "resmi FFXV di Steam."
    )
    assert ("Square Enix", "ORG") in _mentions(text)


def test_a_noun_of_a_doctrine_is_no_verb_ending_the_subject() -> None:
    text = (
        "Syaiful Anam ditangkap pada 2005.\n\n"
        "Pengamat terorisme dari Institute for International Peace Building Taufik Andrie juga "
        "membenarkan bahwa Hatf merupakan anak Syaiful.\n\n"
        "Menurutnya, informasi terkait langkah Syaiful memberangkatkan anggota keluarganya ke "
        "Suriah sudah tersebar sejak 2015."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Taufik Andrie", "Taufik Andrie"]


def test_a_subheading_s_verb_splits_the_names_around_it() -> None:
    text = (
        "Ayah Hatf Saiful Rasul adalah seorang narapidana kasus terorisme, Syaiful Anam.\n\n"
        "Syaiful sempat dijemput paksa Densus 88 pada awal 2016.\n\n"
        "Syaiful Berangkatkan Hatf\n\n"
        "Pengamat terorisme Taufik Andrie membenarkan bahwa Hatf merupakan anak Syaiful."
    )
    names = {name for name, label in _mentions(text) if label == "PER"}
    assert not any("Berangkatkan" in name for name in names)
    assert {"Syaiful", "Hatf"} <= names


def test_a_subheading_keeps_a_full_name_given_only_there() -> None:
    text = (
        "Istri Nicolas Sarkozy pernah berpose tanpa busana.\n\n"
        "Model Carla Bruni Sarkozy\n\n"
        "Bruni berpose untuk sebuah majalah pada 1993."
    )
    assert ("Carla Bruni Sarkozy", "PER") in _mentions(text)


def test_a_name_written_after_a_mountain_range_is_a_place() -> None:
    text = (
        "Sembilan perempuan petani Kendeng memulai aksi menabuh lesung.\n\n"
        "JMPPK mengatakan petani Kendeng sudah meminta lembaga terkait dengan pembangunan "
        "pabrik di sepanjang pegunungan Kendeng."
    )
    assert {label for name, label in _mentions(text) if name == "Kendeng"} == {"LOC"}
    # "di situ": there, no lake
    assert ("Ahmad", "PER") in _mentions("Saya bertemu di situ Ahmad dan Budi kemarin.")


def test_the_name_someone_is_known_by_is_their_canonical_name() -> None:
    from warta.extract.entities import find_entities

    text = (
        "Capaian ini telah dibuktikan oleh Ramdoni atau yang lebih dikenal dengan Haji Doni. "
        'Kini Haji Doni menjadi pengusaha sapi.\n\n"Sapi termurah Rp 14 juta," kata Haji Doni.'
    )
    canonicals = {m["text"]: m["canonical"] for m in find_entities(text) if m["label"] == "PER"}
    assert canonicals["Ramdoni"] == canonicals["Haji Doni"] == "Haji Doni"
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Haji Doni"]


def test_a_body_named_after_a_date_keeps_its_month() -> None:
    text = (
        "Universitas Negeri Sebelas Maret, Surakarta dan Institut Teknologi 10 November (ITS) "
        "akan mewakili Indonesia di London. Pada 10 Maret lalu, Budi Santoso tiba."
    )
    found = _mentions(text)
    assert ("Universitas Negeri Sebelas Maret", "ORG") in found
    assert ("Institut Teknologi 10 November", "ORG") in found


def test_a_year_before_the_speaker_is_no_part_of_it() -> None:
    text = (
        "Uni Eropa (UE) menjatuhkan denda. Pada 2004 UE menyatakan bahwa Microsoft Corp "
        "menyalahgunakan posisi dominannya."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["UE"]


def test_badminton_event_codes_in_results_name_no_one() -> None:
    text = (
        "Hasil babak pertama:\n\n"
        "MS: Tommy Sugiarto vs Wong Wing Ki Vincent (HKG) 20-22, 13-21\n\n"
        "WD: Greysia Polii/Apriani Rahayu vs Jongkolphan Kititharakul (THA) 21-15\n\n"
        "Polisi menangkap pelaku berinisial MS di rumahnya."
    )
    found = _mentions(text)
    assert ("WD", "ORG") not in found
    assert [name for name, _ in found].count("MS") <= 1  # the suspect's initials may stay
    assert ("Tommy Sugiarto", "PER") in found


def test_an_office_s_short_form_that_is_someone_s_surname_stays_a_name() -> None:
    text = (
        "Penyanyi Shawn Mendes merilis album baru. Album itu, kata Mendes, ditulis selama "
        "tur dunia."
    )
    assert ("Mendes", "PER") in _mentions(text)
    # the minister's short form before a name is his office
    office = "Mendes Eko Putro Sandjojo meninjau desa. Menurut Mendes, dana desa naik."
    assert ("Mendes", "PER") not in _mentions(office)


def test_the_actor_of_a_character_is_who_plays_it() -> None:
    text = (
        "Juli lalu, Kit Harington pun sempat mengungkapkan bahwa mereka memfilmkan beberapa "
        "adegan palsu selama produksi. Menurut sang pemeran Jon Snow, itu dilakukan untuk "
        "mengelabui paparazi yang mengikuti mereka selama proses syuting."
    )
    assert {speaker for speaker, _, _ in _quotes(text)} == {"Kit Harington"}


def test_a_report_s_source_gives_way_to_the_one_who_says_it() -> None:
    text = (
        "Menurut laporan The Morning Call, Presiden Program HBO Casey Bloys mengatakan tim "
        "produksi Game of Thrones akan membuat beberapa alternatif akhir cerita."
    )
    assert [(s, r) for s, r, _ in _quotes(text)] == [("Casey Bloys", "Presiden Program HBO")]


def test_a_body_quoted_by_its_last_word_is_a_person_and_a_syndrome_no_one() -> None:
    text = (
        "Kabar buruk datang dari Jonas Folger. Pebalap Yamaha Tech 3 itu memutuskan mundur. "
        "Folger diketahui didiagnosis Sindrom Gilbert atau penyakit gangguan hati ringan.\n\n"
        '"Saya sangat sedih untuk mengatakan ini," kata Folger dilansir Crash.'
    )
    found = _mentions(text)
    assert ("Jonas Folger", "ORG") not in found
    assert not any("Gilbert" in name for name, _ in found)
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Jonas Folger"]


def test_a_fault_line_is_a_place_and_speaks_no_words() -> None:
    text = (
        "Kepala Pusat Data Informasi dan Humas BNPB Sutopo Purwo Nugroho mengatakan pendataan "
        "masih dilakukan.\n\n"
        "Kepala BPBD Poso bertugas sebagai komandan tanggap darurat.\n\n"
        "Sumber gempa berasal dari aktivitas Sesar Palolo. Sesar Palolo memanjang 70 kilometer "
        "dan membentuk lembah Palolo.\n\n"
        '"Penataan ruang dan penerapan code building harus ditegakkan," katanya.'
    )
    assert ("Sesar Palolo", "PER") not in _mentions(text)
    assert [speaker for speaker, _, _ in _quotes(text)][-1] == "Sutopo Purwo Nugroho"


def test_a_given_name_typed_as_a_body_is_the_person_named_in_full() -> None:
    text = (
        "Kepolisian belum memeriksa artis Sheila Marcia dan rekannya Melodya Vanesha.\n\n"
        "Sementara itu, kondisi kesehatan Sheila sendiri saat ini masih perlu mendapat "
        "perawatan medis di Rumah Sakit Medistra.\n\n"
        "Akibatnya, Sheila dan Venesha mengalami luka di beberapa bagian tubuh."
    )
    assert {label for name, label in _mentions(text) if name == "Sheila"} <= {"PER"}
    # a body the article defines by that word stays one
    firm = (
        "Hadir Vice Presiden PT Inti Daya Guna Aneka Warna (Indana) Steven Antonius.\n\n"
        "Mereka difasilitasi oleh Indana, pemilik produk Mix One.\n\n"
        "Sementara itu, Vice President Indana Steven mengaku biaya pembuatan jembatan besar."
    )
    assert ("Indana", "PER") not in _mentions(firm)


def test_a_calling_written_in_capitals_before_a_name_is_no_body() -> None:
    text = "Menurut Perencana Keuangan Ahmad Gozali, saat berpuasa perilaku konsumtif tinggi."
    found = _mentions(text)
    assert ("Perencana Keuangan", "ORG") not in found
    assert ("Ahmad Gozali", "PER") in found


def test_a_captain_s_short_title_is_a_form_of_address() -> None:
    text = (
        '"Juklak dan juknis ini sangat diperlukan," kata Presiden KPI Capt. Hasudungan '
        "Tambunan di Jakarta.\n\n"
        "Menurut Capt. Hasudungan, saat ini sudah banyak ketentuan nasional yang merujuk pada "
        "MLC."
    )
    assert {speaker for speaker, _, _ in _quotes(text)} == {"Hasudungan Tambunan"}
    assert not any(name.startswith("Capt") for name, _ in _mentions(text))
