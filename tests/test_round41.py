"""Session 41: what random IndoSum articles showed (a coach's office after "bagi", an outlet
written like a country, whose words a quote repeats, a judge the tagger missed, line-ups by
shirt number)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def test_an_office_after_a_preposition_with_its_holder_set_off() -> None:
    text = (
        "Derby itu sudah biasa bagi pelatih Persija, Bambang Nurdiansyah, di Liga 1.\n\n"
        '"Kami akan mencoba sesuatu yang baru," kata Bambang.'
    )
    assert _roles(text)["Bambang Nurdiansyah"] == "pelatih Persija"
    assert _quotes(text)[0][:2] == ("Bambang Nurdiansyah", "pelatih Persija")
    # not a clause, then its subject
    clause = "Bagi pemain muda, Bambang Nurdiansyah selalu memberi kesempatan."
    assert _roles(clause).get("Bambang Nurdiansyah") is None


def test_an_outlet_cited_by_a_country_s_short_form_is_the_outlet() -> None:
    text = (
        '"Kami akan menang," kata Zidane seperti dikutip dari AS.\n\n'
        "Presiden AS Donald Trump menonton laga itu."
    )
    found = find_entities(text)
    outlet, country = (m for m in found if m["text"] == "AS")
    assert (outlet["label"], outlet["canonical"]) == ("ORG", "AS")
    assert (country["label"], country["canonical"]) == ("LOC", "Amerika Serikat")
    assert not any(key.startswith("_") for m in found for key in m)


def test_a_quote_repeats_the_words_of_whom_it_comes_from() -> None:
    text = (
        "Budi Santoso diduga menyindir ayahnya.\n\n"
        'Aslinya, kalimat itu berasal dari investor Warren Buffett, "Honesty is a very '
        'expensive gift."\n\n'
        'Dalam pidatonya ia mengutip ucapan Presiden Soekarno: "Beri aku sepuluh pemuda, '
        'niscaya akan kuguncangkan dunia."'
    )
    found = _quotes(text)
    assert ("Warren Buffett", "investor", "Honesty is a very expensive gift.") in found
    assert found[-1][:2] == ("Soekarno", "Presiden")


def test_a_judge_named_after_a_quote_s_cue_and_again_by_his_given_name() -> None:
    text = (
        '"Apakah Anda kenal terdakwa?" tanya ketua majelis hakim Sahala Martua Sinaga di '
        "Pengadilan Tipikor Jakarta, Jumat.\n\n"
        '"Tidak kenal," jawab saksi.\n\n"Anda yakin?" tanya hakim Sahala.'
    )
    people = [(m["text"], m.get("role"), m["canonical"]) for m in find_entities(text)
              if m["label"] == "PER"]  # fmt: skip
    assert people[0] == ("Sahala Martua Sinaga", "ketua majelis hakim", "Sahala Martua Sinaga")
    assert ("Sahala", "Sahala Martua Sinaga") in {(name, canon) for name, _, canon in people}
    # a word the article writes small, or a title in lower case that is none, adds no one
    assert "Jawa Barat" not in {
        str(m["text"]) for m in find_entities('"Ya," kata warga asal Jawa Barat itu.')
        if m["label"] == "PER"
    }  # fmt: skip


def test_a_line_up_by_shirt_numbers_names_every_player_whole() -> None:
    text = (
        "Persikabo bermain imbang dengan Persela Lamongan.\n\n"
        "12 Teguh Aji Saputro; 22 Marvin Sandy Rumere, 45 Bio Lamak, 13 Rudolfus Yanto "
        "Sembiring, 11 Zulkarnain; 6 Yu Ji Hoon\n\n"
        "Cadangan: 51 Dikri Yusran Afandi, 31 Dominikus Faknik, 16 Yan Petrus K. Nasadi\n\n"
        "Tendangan itu ditepis kiper Persela Teguh Aji Saputro."
    )
    people = {m for m, label in _mentions(text) if label == "PER"}
    for name in ("Teguh Aji Saputro", "Marvin Sandy Rumere", "Bio Lamak",
                 "Rudolfus Yanto Sembiring", "Zulkarnain", "Yu Ji Hoon", "Dikri Yusran Afandi",
                 "Yan Petrus K. Nasadi"):  # fmt: skip
        assert name in people
    # the keeper after his club is the player of the line-up, the club his role's body
    assert ("Persela", "ORG") in _mentions(text)
    assert _roles(text)["Teguh Aji Saputro"] in {None, "kiper Persela"}
    # a table of clubs by rank is no line-up of players
    table = "Klasemen: 1 Persib Bandung, 2 Persija Jakarta, 3 Arema FC, 4 Bali United"
    assert not any(label == "PER" for _, label in _mentions(table))
    # nor a count of trophies in a sentence, nor of units
    trophies = (
        "Ia memenangkan 13 gelar dengan rincian 3 gelar La Liga, 2 Piala Super Spanyol, "
        "3 Liga Champions, 1 Piala Super Eropa, dan 2 Piala Dunia Antarklub."
    )
    assert not any(label == "PER" for _, label in _mentions(trophies))
    assert not any(label == "PER" for _, label in _mentions("Kapasitas: 2 TB, 4 TB, 6 TB"))
    # a label glued to the last player's name leaves the line a line-up
    glued = (
        "Chievo Verona: 90 - Andrea Seculin; 29 - Fabrizio Cacciatore, 12 - Bostjan Cesar, "
        "18 - Massimo Gobbi; 31 - Sergio PellissierPelatih: Rolando Maran"
    )
    assert ("Bostjan Cesar", "PER") in _mentions(glued)


def test_parts_played_in_brackets_are_no_nicknames_of_the_players() -> None:
    text = (
        "Film ini dibintangi Marsha Aruan (Nadia), Reza Rahadian (Bayu), dan Dian Sastro "
        "(Sekar).\n\nDi akhir cerita, Nadia membunuh Bayu."
    )
    canon = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canon["Nadia"] == "Nadia"
    assert canon["Bayu"] == "Bayu"
    # outside a cast, a short name in brackets is the person's nickname
    nick = "Basuki Tjahaja Purnama (Ahok) hadir. Ahok tersenyum."
    assert [m["canonical"] for m in find_entities(nick) if m["text"] == "Ahok"] == [
        "Basuki Tjahaja Purnama"
    ] * 2


def test_an_office_set_off_after_selaku_drops_the_word() -> None:
    text = (
        '"Sangat senang kalau film ini tayang di Indonesia," ujar Lina Marsudi, selaku '
        "sutradara film tersebut saat ditemui di Jakarta."
    )
    assert _quotes(text)[0][:2] == ("Lina Marsudi", "sutradara film tersebut")


def test_a_quote_paragraph_after_a_body_s_reported_statement_goes_on_with_the_body() -> None:
    text = (
        "Para peneliti mengkonfirmasi keberadaan anjing liar dataran tinggi Papua (New Guinea "
        "Highland Wild Dogs) yang lama dianggap punah. Anjing ini ditemukan pertama kali oleh "
        "Charles Walter De Vis.\n\n"
        "Yayasan Anjing Liar Papua menyatakan penelitian terhadap anjing-anjing itu sangat "
        "penting.\n\n"
        '"Studi lebih lanjut penting untuk memahami hubungan evolusi anjing dan migrasi '
        'manusia,"'
    )
    last = _quotes(text)[-1]
    assert last[2].startswith("Studi lebih lanjut")
    assert last[0] == "Yayasan Anjing Liar Papua"
    # narration in between: the body's statement is over
    told = text.replace(
        '\n\n"Studi', '\n\nPenelitian itu berlangsung dua tahun di Puncak Jaya.\n\n"Studi'
    )
    # (nor is a place or body the tagger found whole, read again as a capitalised run,
    # anyone: "Highland Wild Dogs")
    assert _quotes(told)[-1][0] not in {"Yayasan Anjing Liar Papua", "Highland Wild Dogs"}


def test_a_phrase_of_source_before_a_passive_verb_moves_no_focus() -> None:
    text = (
        "Direktur Reserse Narkoba Polda Metro Jaya Kombes Suwondo Nainggolan mengatakan "
        "pihaknya masih melakukan pengembangan terhadap Rina Kartika. Dari tangan Rina "
        'didapati sabu sebanyak dua gram.\n\n"Iya benar sabu dua gram," tuturnya.'
    )
    assert _quotes(text)[-1][0] == "Suwondo Nainggolan"


def test_a_name_tagged_as_a_body_then_a_calling_set_off_and_a_verb_is_a_person() -> None:
    text = (
        "Kepolisian menyebut penjaga kuil di Sargodha menyiksa jemaatnya.\n\n"
        "Pervaiz Haider, dokter di sebuah rumah sakit di Sargodha, memaparkan sebagian besar "
        'korban tewas ditikam.\n\n"Ada memar pada tubuh korban," tuturnya.'
    )
    found = find_entities(text)
    person = next(m for m in found if m["text"] == "Pervaiz Haider")
    assert (person["label"], person.get("role")) == (
        "PER",
        "dokter di sebuah rumah sakit di Sargodha",
    )
    # a body described after a comma stays a body
    bank = "Bank Mandiri, salah satu bank terbesar, mengatakan laba naik."
    assert ("Bank Mandiri", "ORG") in _mentions(bank)


def test_a_surname_with_the_doubled_letter_moved_is_the_same_person() -> None:
    text = (
        "Kepala kepolisian Punjab, Zulfiqar Hameed, mengatakan pelaku sudah ditangkap.\n\n"
        '"Tersangka nampaknya mengalami paranoia," kata Hammed.'
    )
    canon = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canon["Hammed"] == "Zulfiqar Hameed"


def test_a_toll_road_named_after_two_towns_spaced_around_its_dash_is_one_road() -> None:
    text = "Ruas jalan Tol Jakarta - Cikampek masih macet hingga Senin pagi."
    assert ("Tol Jakarta - Cikampek", "LOC") in _mentions(text)
    canon = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canon["Tol Jakarta - Cikampek"] == "Tol Jakarta-Cikampek"
    # two towns a route joins stay two
    route = "Kereta cepat Jakarta - Bandung diresmikan."
    assert ("Bandung", "LOC") in _mentions(route)


def test_a_source_after_menurut_from_a_body_is_a_person_and_whom_dia_means() -> None:
    text = (
        "Kunci utama seni ini adalah keberanian dan rasa, menurut Zamrud Setya Negara, dari "
        "Galeri Nasional Indonesia.\n\n"
        '"Salah kalau tidak berani mencoba menggambar sketsa," ujar dia dalam keterangan '
        "tertulis Galeri Nasional Indonesia, Sabtu."
    )
    assert ("Zamrud Setya Negara", "PER") in _mentions(text)
    assert _quotes(text)[-1][0] == "Zamrud Setya Negara"
    # a name closing on "Negara" that the tagger reads as a person is whom "dia" means
    plain = (
        "Menurut Ahmad Negara, kunci utama seni ini adalah keberanian.\n\n"
        '"Salah kalau tidak berani mencoba," ujar dia.'
    )
    assert _quotes(plain)[-1][0] == "Ahmad Negara"
    # a bank is no one
    bank = 'Menurut Bank Negara, inflasi naik.\n\n"Salah kalau tidak berani," ujar dia.'
    assert _quotes(bank)[-1][0] is None


def test_an_outlet_quoting_a_statement_is_not_its_source() -> None:
    text = (
        "“ Keputusan menaikkan suku bunga diambil setelah melihat indikator ekonomi, ” "
        "demikian dikutip Reuters dari pernyataan resmi The Fed.\n\n"
        "“ Kami akan menaikkan bunga, ” demikian dikutip Reuters."
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["The Fed", "Reuters"]


def test_a_scorer_by_the_minute_written_out_is_a_player_wherever_named() -> None:
    text = (
        "Kelima gol Barcelona dicetak oleh Rakitic menit ke - 59 dan Messi menit ke - 64.\n\n"
        "Suarez menyodorkan bola kepada Rakitic. Lewat sepakan kaki kiri Rakitic sukses "
        "memperdaya kiper. Rakitic berlari sendirian."
    )
    labels = {label for name, label in _mentions(text) if name == "Rakitic"}
    assert labels == {"PER"}
    # a club before the minute stays a club
    assert ("Barcelona", "ORG") in _mentions("Gol dicetak Barcelona menit ke - 59.")


def test_a_region_s_head_written_short_is_written_whole_in_the_canonical_name() -> None:
    text = (
        "Penelitian itu digelar di Kab. Pidie, Kab Lombok Timur, dan Kec. Cibeber, Prov. "
        "Jawa Barat."
    )
    canon = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canon["Kab. Pidie"] == "Kabupaten Pidie"
    assert canon["Kab Lombok Timur"] == "Kabupaten Lombok Timur"


def test_a_cue_set_off_inside_a_sentence_gives_the_speaker_no_role() -> None:
    text = (
        "Kamaruddin Amin menyebut penelitian itu tidak bisa menjadi bukti.\n\n"
        "Yang membedakan, lanjut Kamaruddin, guru PAI harus terus memperbarui pengetahuan."
    )
    assert _roles(text)["Kamaruddin"] is None
    # (not after "menurut": the office set off after the name is his)
    source = (
        "Seperti diungkapkan di Jakarta, menurut Adrian Li, Founder Convergence Ventures, "
        "investor asal Tiongkok patut dicermati."
    )
    assert _roles(source)["Adrian Li"] == "Founder Convergence Ventures"
    # a calling set off after the name at the end of a quote's cue is the role
    assert _roles('"Kami siap," kata Budi, pelatih Persib, kepada wartawan.')["Budi"] == (
        "pelatih Persib"
    )


def test_a_stock_index_is_no_one_in_focus() -> None:
    text = (
        "Kepala First Asia Capital David Sutyanto menyatakan, bursa saham Wall Street tadi "
        "malam bergerak bervariasi. Di mana Dow Jones menguat 0,2 persen di 20.090,29.\n\n"
        "Dia memperkirakan harga minyak mentah yang melemah akan berdampak pada IHSG."
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["David Sutyanto", "David Sutyanto"]
    # (the body's last word, run into his name in the cue, is his office's)
    assert found[0][1] == "Kepala First Asia Capital"


def test_a_speaker_who_goes_on_is_named_without_going_on() -> None:
    text = (
        "Badan Pusat Statistik merilis data inflasi.\n\n"
        '"Inflasi masih terkendali," tutur BPS lebih lanjut.'
    )
    assert _quotes(text)[-1][0] == "BPS"


def test_a_state_recognising_another_reports_nothing() -> None:
    text = (
        "Menteri Perindustrian Airlangga Hartarto menerima kunjungan Presiden Afghanistan.\n\n"
        "Afghanistan dekat dengan Indonesia karena merupakan salah satu negara yang mengakui "
        "awal kedaulatan Republik Indonesia.\n\n"
        '"Yang masih potensial antara lain sektor agrikultur," tuturnya.'
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["Airlangga Hartarto"]
    # an admission with its own verb or clause is a statement
    claimed = (
        "Jauh sebelum kasus itu terkuak, terdapat laporan seorang calon perawat yang mengakui "
        "menjadi korban pelecehan oleh oknum dokter."
    )
    assert [q[0] for q in _quotes(claimed)] == ["seorang calon perawat"]
    admitted = "Budi Santoso mengakui bahwa dirinya lalai dalam tugas itu."
    assert _quotes(admitted) == [("Budi Santoso", None, "dirinya lalai dalam tugas itu")]


def test_a_firm_s_local_arm_is_no_person_and_selaku_gives_the_office() -> None:
    text = (
        "Dituturkan oleh Olivia Lautner selaku Associate Country Manager Carousell Indonesia, "
        "barang preloved kini laku.\n\n"
        "Menurut Rina Kartika selaku Direktur Utama Tokoku Indonesia, pasar sedang naik."
    )
    found = {str(m["text"]): (m["label"], m.get("role")) for m in find_entities(text)}
    assert found["Carousell Indonesia"] == ("ORG", None)
    assert found["Rina Kartika"] == ("PER", "Direktur Utama Tokoku Indonesia")


def test_an_article_of_law_says_what_it_holds() -> None:
    text = (
        "Wakil Ketua DPR Agus Hermanto mengatakan UU MD3 tetap sah.\n\n"
        "Pasal 73 ayat 2 UU No 12 Tahun 2011 tentang Pembentukan Peraturan Perundang - "
        'undangan menyebutkan bahwa "Dalam hal RUU tidak ditandatangani oleh Presiden, RUU '
        'tersebut sah menjadi undang-undang."'
    )
    assert _quotes(text)[-1][0] == "Pasal 73 ayat 2 UU No 12 Tahun 2011"
