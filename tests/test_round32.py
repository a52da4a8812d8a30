"""Session 32: what random IndoSum articles showed (a club's last word alone taken for a
person, club nicknames)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.canonical import resolve_in_document
from warta.extract.entity_people import list_items_take_the_lists_type
from warta.extract.ner.tagger import load_tagger


def test_a_clubs_last_word_alone_is_the_club_in_sports_news() -> None:
    text = (
        "Barcelona mengalahkan Deportivo Alavex dengan skor 3-1 dalam laga final di stadion. "
        "Gol Lionel Messi hanya dibalas satu gol. Alavex sempat menyamakan kedudukan lewat "
        "tendangan bebas, tetapi pelatih Alavex tak mampu mengubah hasil pertandingan."
    )
    found = _mentions(text)
    assert ("Alavex", "ORG") in found and ("Alavex", "PER") not in found
    # a club and its player run together is no club named after the player
    keeper = (
        "Persela kalah 1-2 dalam laga pekan ke-28. Tembakan Boaz dihalau penjaga gawang "
        "Persela Ferdiansyah. Pelatih Persela menyebut Ferdiansyah tampil apik di pertandingan."
    )
    assert ("Ferdiansyah", "ORG") not in _mentions(keeper)


def test_club_nicknames_name_the_club() -> None:
    text = (
        "Barcelona menang 3-1 atas Alaves di final. Kini Azulgrana mengoleksi 29 gelar juara "
        "dalam laga Copa del Rey."
    )
    found = _mentions(text)
    assert ("Azulgrana", "ORG") in found and ("Alaves", "ORG") in found


def test_a_role_after_menurut_and_a_name_is_set_off_by_a_comma_not_the_statements_subject() -> None:
    text = (
        "Menurut Mamat, korban kecelakaan bus pariwisata tersebut silih berganti berdatangan "
        "ke rumah sakit tersebut."
    )
    assert _roles(text) == {"Mamat": None}
    assert _quotes(text)[0][2].startswith("korban kecelakaan bus")
    kin = (
        "Menurut Alvian Nur Budi Prasetyo, adik sepupu Wiwit, keluarga terakhir kali mendapat "
        "kabar dari Wiwit pada Sabtu lalu."
    )
    assert _roles(kin)["Alvian Nur Budi Prasetyo"] == "adik"
    # the statement starts after the role set off
    assert _quotes(kin)[0][2].startswith("keluarga terakhir kali")


def test_a_source_after_menurut_is_a_person_and_degree_and_role_are_no_statement() -> None:
    text = (
        "Menurut peneliti Giuseppe Crippa, MD, direktur unit hipertensi di Rumah Sakit "
        "Saliceto Guglielmo Italia, keju mengandung dua senyawa yang dapat merelaksasi "
        "pembuluh darah."
    )
    assert ("Giuseppe Crippa", "PER") in _mentions(text)
    assert _quotes(text)[0][:2] == ("Giuseppe Crippa", "peneliti")
    assert _quotes(text)[0][2].startswith("keju mengandung")
    # a statement with a verb before its comma keeps its first words
    said = "Menurut Budi, warga desa banyak yang mengungsi, karena banjir besar datang."
    assert _quotes(said)[0][2].startswith("warga desa banyak")
    # a body after "Menurut" is no person
    body = "Menurut Badan Pusat Statistik, inflasi bulan ini naik tipis dibanding bulan lalu."
    assert ("Badan Pusat Statistik", "PER") not in _mentions(body)


def test_a_shared_surname_stays_with_the_one_the_article_calls_so() -> None:
    people = [
        ("Stan Lee", "PER"),
        ("Lee", "PER"),
        ("Lee", "PER"),
        ("Joan B. Lee", "PER"),
        ("Lee", "PER"),
    ]
    assert resolve_in_document(people)[-1] == "Stan Lee"
    # not for one named in full more often since ("Istri mendiang Chris Cornell, Vicky
    # Cornell" … "Cornell" … "kematian Chris Cornell" … "Cornell")
    cornell = [
        ("Chris Cornell", "PER"),
        ("Vicky Cornell", "PER"),
        ("Cornell", "PER"),
        ("Cornell", "PER"),
        ("Chris Cornell", "PER"),
        ("Cornell", "PER"),
    ]
    assert resolve_in_document(cornell)[-1] == "Chris Cornell"
    # nor for two forms of one name
    veloso = [
        ("Mary Jane Veloso", "PER"),
        ("Mary Jane", "PER"),
        ("Mary Jane", "PER"),
        ("Mary Jane Fiesta Veloso", "PER"),
        ("Mary Jane", "PER"),
    ]
    assert len(set(resolve_in_document(veloso))) == 1


def test_a_relative_set_off_is_a_person_though_the_tagger_read_a_body() -> None:
    text = (
        "Beyonce punya cara khusus menangani putrinya, Blue Ivy, agar tetap anteng saat "
        "mengikuti acara Grammy. Beyonce menyiapkan camilan favorit Blue Ivy."
    )
    found = _mentions(text)
    assert ("Blue Ivy", "PER") in found
    assert not any(label == "ORG" and "Ivy" in name for name, label in found)


def test_a_name_set_off_after_a_calling_and_its_origin_is_a_person() -> None:
    text = (
        "Rossi berhasil mengalahkan pebalap asal Jepang, Noboru Ueda, di Sirkuit Jerez pada "
        "musim 1997."
    )
    assert ("Noboru Ueda", "PER") in _mentions(text)
    # two places set off after a place stay places
    towns = "Ia bertemu wisatawan asal Jepang, Osaka Kyoto, di sana."
    assert ("Osaka Kyoto", "PER") not in _mentions(towns)


def test_a_body_named_before_its_kind_is_a_body() -> None:
    text = (
        "Menurut Patrick Ryan dari Eventellect, perusahaan penjual tiket dan inventori, harga "
        "murah bisa menjadi strategi penjualan."
    )
    found = _mentions(text)
    assert ("Eventellect", "ORG") in found and ("Patrick Ryan", "PER") in found


def test_an_epithet_of_a_calling_names_the_one_the_article_is_about_not_an_officer() -> None:
    text = (
        "Radja Nainggolan diincar banyak klub. Chelsea tertarik menawar Nainggolan musim ini. "
        "Masa depan Nainggolan akan lebih jelas pekan depan.\n\n"
        "Direktur Olahraga Roma, Monchi, akan menemui agen pemain pekan depan. Roma berharap "
        "kontrak baru itu bisa melindungi Nainggolan.\n\n"
        "“Sebagai pemain sepak bola, saya harus membuat banyak pilihan,” kata gelandang "
        "bertinggi 175 cm itu."
    )
    assert _quotes(text)[0][0] == "Radja Nainggolan"
    # someone named since the article's subject is whom the epithet means
    named = text.replace(
        "Roma berharap kontrak baru itu bisa melindungi Nainggolan.",
        "Pernyataan serupa disampaikan gelandang Roma, Daniele De Rossi.",
    )
    assert _quotes(named)[0][0] != "Radja Nainggolan"


def test_nama_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Nama Snada semakin dikenal masyarakat luas lewat album Neo Salawat.\n\n"
        "Lebih dari itu, anggota Snada menilai uang yang mereka dapat bukanlah segalanya."
    )
    assert all(not (q[0] or "").startswith("Nama") for q in _quotes(text))


def test_a_titles_short_form_of_two_words_in_brackets_stays_in_the_role() -> None:
    text = (
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam) Wiranto "
        "dijadwalkan mengunjungi Nauru pada Senin."
    )
    assert _roles(text)["Wiranto"] == (
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam)"
    )
    cleric = "Ketua Umum Majelis Ulama Indonesia (Ketum MUI) Maruf Amin hadir di acara itu."
    assert _roles(cleric)["Maruf Amin"] == "Ketua Umum Majelis Ulama Indonesia (Ketum MUI)"


def test_recognising_a_city_and_naming_an_abbreviation_are_no_statements() -> None:
    text = (
        "Presiden Amerika Serikat Donald Trump secara resmi mengakui Yerusalem sebagai ibu kota "
        "Israel. Hal itu memicu kecaman dari banyak negara."
    )
    assert _quotes(text) == []
    # an admission still reports what was admitted
    admitted = "Budi mengakui dirinya sebagai pelaku pembunuhan itu di depan penyidik."
    assert _quotes(admitted)[0][0] == "Budi"
    named = (
        'Menteri itu kerap menyebut aplikasi ini dengan singkatan "PS." Di tengah diskusi, '
        "Rudiantara mempromosikan aplikasi ini kepada para hadirin."
    )
    assert _quotes(named) == []


def test_an_unnamed_witness_speaks_for_themself_not_the_one_in_focus() -> None:
    text = (
        "Pelaku, Edgar Maddison Welch, memasuki restoran dan menodongkan senapan kepada "
        "seorang pegawai restoran tersebut.\n\n"
        "Seorang saksi mata di restoran tersebut mengatakan kepada Reuters bahwa keadaan kala "
        "itu sedang ramai.\n\n"
        '"Tampaknya dia membawa sebuah senapan. Kami lari berhamburan," ujar saksi yang tidak '
        "disebutkan namanya itu.\n\n"
        "Bisnis itu, menurut berita tersebut, dijalankan oleh Clinton."
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["seorang saksi mata di restoran tersebut"] * 2
    # a report with a source still has one
    sourced = (
        "Sebelumnya, menurut laporan seorang sumber kepada The Sun, pasangan tersebut memang "
        "belum menikah."
    )
    assert _quotes(sourced)[0][0] == "seorang sumber"


def test_a_verb_of_saying_after_demikian_is_no_part_of_the_speaker() -> None:
    text = (
        '"Mourinho tidak melaporkan penerimaan pendapatan atas hak citranya," demikian sebut '
        "salah seorang jaksa penuntut."
    )
    assert _quotes(text)[0][0] == "salah seorang jaksa penuntut"


def test_a_calling_a_country_and_a_name_run_together_split() -> None:
    text = (
        "Southampton, yang saham mayoritasnya dimiliki pengusaha China Jisheng Gao setelah ia "
        "menyelesaikan proses ambil alih pada Agustus, kehilangan pemain."
    )
    found = _mentions(text)
    assert ("Jisheng Gao", "PER") in found and ("China", "LOC") in found
    assert _roles(text)["Jisheng Gao"] == "pengusaha China"
    # a region after a country is no name
    region = "Ia bertemu warga Indonesia Timur Tengah di sana."
    assert not any(label == "PER" for _, label in _mentions(region))


def test_a_one_word_name_quoted_with_the_statement_going_on_is_a_person() -> None:
    text = (
        "Pelaksana tugas Kepala Balai Besar TNLL, Bustang di Palu, Selasa, menjelaskan rencana "
        "itu.\n\nMakanya, kata Bustang listrik dan air bersih sangat dibutuhkan di lokasi."
    )
    assert ("Bustang", "PER") in _mentions(text)


def test_profesor_closing_a_role_is_a_form_of_address() -> None:
    text = "Pansus mengundang ahli hukum pidana Profesor Romli Atmasasmita ke rapat itu."
    assert _roles(text)["Romli Atmasasmita"] == "ahli hukum pidana"


def test_a_nickname_after_an_epithet_with_beralias_is_the_subjects() -> None:
    text = (
        "Sementara itu, Bambang Pamungkas mengatakan bahwa Jakarta adalah miniatur Indonesia. "
        "Maka, pemain beralias Bepe itu berharap ibu kota menjadi contoh yang baik.\n\n"
        '"Selamat ulang tahun Kota Jakarta," tutur Bepe melalui akun instagramnya.'
    )
    assert _quotes(text)[0][0] == "Bambang Pamungkas"
    team = "Meski kalah, tim beralias I Bianconeri tetap melaju ke partai puncak musim ini."
    assert ("I", "PER") not in _mentions(team)


def test_whom_a_quote_calls_beliau_is_spoken_of_not_speaking() -> None:
    text = (
        '"Nasdem akhirnya mendukung Edy Rahmayadi karena Tengku Erry tidak mampu mencukupi '
        'kursi," kata Ketua DPP Partai Nasdem Irma Suryani Chaniago.\n\n'
        "Irma pun yakin, Tengku Erry yang notabene kader Nasdem tidak akan keluar dari partai. "
        "Padahal, semula Tengku Erry mengantongi dukungan 28 kursi. "
        '"Sebagai kader partai insyallah beliau bijak," pungkasnya.'
    )
    assert _quotes(text)[-1][0] == "Irma Suryani Chaniago"


def test_one_name_typed_a_place_in_a_list_of_people_is_a_person() -> None:
    text = "Tampil pula Dian Pelangi, Vivi Zubedi, Barli Asmara, dan Melia Wijaya di sana."
    names = ["Dian Pelangi", "Vivi Zubedi", "Barli Asmara", "Melia Wijaya"]
    found = [
        {
            "text": name,
            "label": "LOC" if name == "Vivi Zubedi" else "PER",
            "start": text.index(name),
            "end": text.index(name) + len(name),
        }
        for name in names
    ]
    list_items_take_the_lists_type(found, text, load_tagger().gazetteer)
    assert [m["label"] for m in found] == ["PER"] * 4
    # two people and a band stay as they are
    band = "Tampil pula Dian Pelangi, Snow Patrol, dan Melia Wijaya di sana."
    found = [
        {"text": n, "label": lab, "start": band.index(n), "end": band.index(n) + len(n)}
        for n, lab in (("Dian Pelangi", "PER"), ("Snow Patrol", "ORG"), ("Melia Wijaya", "PER"))
    ]
    list_items_take_the_lists_type(found, band, load_tagger().gazetteer)
    assert found[1]["label"] == "ORG"


def test_profesor_closing_a_speakers_role_is_a_form_of_address() -> None:
    text = (
        '"Hal itu keliru," ujar Guru Besar Universitas Indonesia Profesor Hikmahanto Juwana '
        "di Jakarta."
    )
    assert _quotes(text)[0][:2] == ("Hikmahanto Juwana", "Guru Besar Universitas Indonesia")


def test_a_deputy_heads_title_alone_is_the_one_introduced_with_it() -> None:
    text = (
        "Walaupun demikian, Wakapolri Komjen Syafruddin mengatakan pihaknya memastikan proses "
        'pengaduan itu tak akan dilanjutkan.\n\n"Tidak ada, itu mengada-ngada," kata Wakapolri '
        "menjawab pertanyaan pers."
    )
    assert _quotes(text)[-1][0] == "Syafruddin"
