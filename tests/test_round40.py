"""Session 40: what random IndoSum articles showed (an office read as a name, a driver run
into his team)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def test_jaksa_agung_is_an_office_and_agung_a_given_name() -> None:
    text = (
        "Jaksa Agung Sutrisno Hadi menegaskan jaksa itu dipecat.\n\n"
        "Menurut dia, forum itu dipimpin oleh seorang Jaksa Agung Muda (JAM) dan beranggotakan "
        "bidang pengawasan.\n\n"
        "Ketua DPR Agung Wibisono mengatakan parlemen mendukung langkah itu.\n\n"
        "Terkait pengawasan melekat, Jaksa Agung menyatakan sanksi berlaku kepada dua pejabat "
        "di atasnya."
    )
    found = _quotes(text)
    assert ("Agung Wibisono", "Ketua DPR", "parlemen mendukung langkah itu") in found
    # the office, written alone, is the one who holds it, not a man named Agung or "Muda"
    last = found[-1]
    assert last[2] == "sanksi berlaku kepada dua pejabat di atasnya"
    assert last[0] == "Sutrisno Hadi"
    # with no holder named, the office speaks as itself
    alone = (
        "Agung Wibisono mengatakan parlemen mendukung langkah itu.\n\nJaksa Agung menyatakan "
        "sanksi berlaku kepada dua pejabat di atasnya."
    )
    assert _quotes(alone)[-1][0] == "Jaksa Agung"


def test_a_driver_run_into_his_team_after_a_calling() -> None:
    text = (
        "Pebalap Mercedes, Lewis Hamilton, mencegah timnya melakukan protes terkait manuver "
        "pebalap Red Bull Racing Max Verstappen di balapan GP Jepang. Hamilton kesal dengan "
        "manuver Verstappen di tikungan terakhir."
    )
    found = _mentions(text)
    assert ("Red Bull Racing", "ORG") in found and ("Max Verstappen", "PER") in found
    assert _roles(text)["Max Verstappen"] == "pebalap Red Bull Racing"
    # a body named after a person, with no calling before it, stays whole
    named = (
        "Yayasan Bina Bangsa mendirikan sekolah baru. Kepala sekolah itu, Rudi Santoso, "
        "mengatakan Santoso sudah lama mengajar."
    )
    assert ("Yayasan Bina Bangsa", "ORG") in _mentions(named)


def test_prosecutors_sections_and_the_province_set_off_are_part_of_the_office() -> None:
    text = (
        "Jaksa Agung Sutrisno Hadi menegaskan Kasi Intel Kejari Balikpapan, Kaltim Bramantyo "
        "dipecat sebagai jaksa. Kejaksaan Agung juga mengenakan sanksi kepada Kasi "
        "Pidsus Darwin Hasibuan selain Kajari dan Kasi Intel Balikpapan."
    )
    found = _mentions(text)
    people = [t for t, label in found if label == "PER"]
    assert "Bramantyo" in people and "Darwin Hasibuan" in people
    assert ("Kaltim", "LOC") in found
    assert _roles(text)["Bramantyo"] == "Kasi Intel Kejari Balikpapan, Kaltim"
    # the section is no chip maker, and the body after it stands alone
    assert ("Kejari Balikpapan", "ORG") in found
    assert not any(t.startswith("Intel") for t, _ in found)
    # the chip maker after a firm's office stays a firm
    assert ("Intel", "ORG") in _mentions("CEO Intel Brian Krzanich mengatakan chip baru dirilis.")


def test_a_body_run_over_its_address_is_the_body_then_the_places() -> None:
    text = (
        "Polisi merekayasa arus lalu lintas di sekitar Kementerian Pertanian Ragunan Jakarta "
        "Selatan tempat berlangsungnya sidang. Polisi menutup jalan di depan Kementerian "
        "Pertanian. Warga di Ragunan diminta mencari jalan lain."
    )
    found = _mentions(text)
    assert found[:3] == [
        ("Kementerian Pertanian", "ORG"),
        ("Ragunan", "LOC"),
        ("Jakarta Selatan", "LOC"),
    ]
    # a regional office keeps its region, and a ministry its country
    office = (
        "Kepala Dinas Pendidikan Jawa Barat Dewi Sartika mengatakan sekolah dibuka. Dinas "
        "Pendidikan menyiapkan guru. Juru bicara Kementerian Luar Negeri Rusia mengatakan hal "
        "itu. Kementerian Luar Negeri menolak."
    )
    bodies = [t for t, label in _mentions(office) if label == "ORG"]
    assert "Dinas Pendidikan Jawa Barat" in bodies
    assert "Kementerian Luar Negeri Rusia" in bodies


def test_an_outlet_after_its_kind_is_a_body() -> None:
    text = (
        "Namun, harian Sacramento Bee melaporkan bahwa pria itu bernama Kevin Neal. Sacramento "
        "Bee juga menulis bahwa pelaku pernah ditahan."
    )
    found = _mentions(text)
    assert ("Sacramento Bee", "ORG") in found and ("Sacramento Bee", "PER") not in found
    assert ("Kevin Neal", "PER") in found


def test_a_comment_of_nya_opening_a_sentence_is_no_name() -> None:
    text = (
        "Tim membawa dua set jersey untuk berjaga-jaga. Lucunya, jersey yang dikenakan pemain "
        "Puerto Riko sama persis. Anehnya, Budi diam saja."
    )
    people = [t for t, label in _mentions(text) if label == "PER"]
    assert people == ["Budi"]


def test_an_office_in_brackets_after_a_name_is_the_role() -> None:
    text = (
        "Itu tanya Bu Ani (Menkeu), Pak Jonan (Menteri ESDM), dan Bu Rini (Menteri BUMN). "
        "Mereka yang memutuskan. Budi (45), warga Bogor, ikut hadir bersama Hasan (Bogor)."
    )
    found = _roles(text)
    assert found["Ani"] == "Menkeu"
    assert found["Jonan"] == "Menteri ESDM"
    assert found["Rini"] == "Menteri BUMN"
    # an age or a place in brackets is no office
    assert found["Budi"] == "warga Bogor"
    assert found["Hasan"] is None


def test_a_verb_inside_an_open_quotation_reports_nothing() -> None:
    text = (
        "Istilah 'jangan menilai orang dari tampak luarnya', nampaknya berlaku bagi setiap "
        "pemilik dan pegawai toko di seluruh dunia."
    )
    assert _quotes(text) == []
    # a nickname in quotation marks inside the subject is closed before the verb
    named = "Pria yang akrab disapa 'Kang Emil' itu menilai pembangunan jalan harus dipercepat."
    assert _quotes(named)[0][2] == "pembangunan jalan harus dipercepat"


def test_a_name_written_only_with_a_year_in_brackets_is_a_work() -> None:
    text = (
        "Larson pernah bermain di film laga. Ia juga terlibat dalam King: Skull Island (2017) "
        "bersama Tom Hiddleston dan Trainwreck (2015)."
    )
    people = [t for t, label in _mentions(text) if label == "PER"]
    assert "Trainwreck" not in people and "Tom Hiddleston" in people
    # a titled person or a known club with a year stays
    other = "Klub Persija (1928) adalah klub tertua. Presiden Soeharto (1998) lengser."
    found = _mentions(other)
    assert ("Persija", "ORG") in found and ("Soeharto", "PER") in found


def test_the_fields_of_an_office_listed_with_commas_stay_in_the_role() -> None:
    text = (
        '"Bukan rombongan kepresidenan," kata Deputi Bidang Protokol, Pers dan Media (PPM) '
        "Sekretariat Presiden Bey Machmudin seperti dikutip dari laman Setkab."
    )
    role = "Deputi Bidang Protokol, Pers dan Media (PPM) Sekretariat Presiden"
    assert _quotes(text) == [("Bey Machmudin", role, "Bukan rombongan kepresidenan")]
    assert _roles(text)["Bey Machmudin"] == role
    menko = (
        '"Pemerintah tidak akan mundur," kata Menteri Koordinator Bidang Politik, Hukum, dan '
        "Keamanan Wiranto di Jakarta."
    )
    assert _quotes(menko)[0][:2] == (
        "Wiranto",
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
    )
    # people listed after an office are no fields of it
    listed = '"Pemerintah tidak akan mundur," kata Kepala Bidang Humas, Budi, dan Andi.'
    assert _quotes(listed)[0][:2] == ("Budi", "Kepala Bidang Humas")
    # a rank set off after the office is no field of it
    ranked = (
        "Kepala Bidang Humas Polda Jawa Barat, Komisaris Besar Polisi Yusri Yunus mengatakan "
        "pelaku ditangkap."
    )
    assert _roles(ranked)["Yusri Yunus"] == "Kepala Bidang Humas Polda Jawa Barat"


def test_a_nickname_set_off_after_the_cue_keeps_the_persons_role() -> None:
    text = (
        "Pelatih Persib Djadjang Nurdjaman mengatakan pemain itu belum bugar. "
        '"Dia memang kegemukan," kata Djanur, sapaan akrab Djadjang, Jumat (31/3/2017).'
    )
    assert _quotes(text)[-1] == ("Djadjang Nurdjaman", "Pelatih Persib", "Dia memang kegemukan")


def test_a_short_form_in_title_case_is_the_person_of_the_capitals() -> None:
    text = (
        "Ketua Umum Partai Hanura Oesman Sapta Odang (OSO) diduga menggelapkan uang partai. "
        "Sudewo mengatakan OSO harus diperiksa. Benny menyebut tuduhan kepada Oso adalah "
        "kebohongan."
    )
    canonical = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canonical["Oso"] == canonical["OSO"] == "Oesman Sapta Odang"


def test_a_name_set_off_after_a_calling_with_a_dentists_title_and_degrees() -> None:
    text = (
        '"Kanker dalam rongga mulut bisa terjadi karena iritasi," ujar spesialis gigi dari '
        "RSCM, drg. Djamilah Tohirah, Sp. Pros, MPH di Jakarta, Kamis."
    )
    assert _quotes(text) == [
        (
            "Djamilah Tohirah",
            "spesialis gigi dari RSCM",
            "Kanker dalam rongga mulut bisa terjadi karena iritasi",
        )
    ]
    # the degrees after the name are no body
    assert ("MPH", "ORG") not in _mentions(text)


def test_a_name_set_off_where_the_reporter_met_the_speaker() -> None:
    text = (
        '"Kami juga menuntut harga eceran tertinggi gula pasir dinaikkan," kata salah seorang '
        "petani tebu asal Kudus, Agus ditemui di sela-sela persiapan menuju Jakarta."
    )
    assert _quotes(text)[0][:2] == ("Agus", "petani tebu asal Kudus")


def test_a_double_mark_typed_for_an_apostrophe_inside_a_word_opens_no_quote() -> None:
    text = (
        'Timnas Indonesia U-16 menjalani laga keduanya pada Jum"at (16/6) sore waktu setempat. '
        'Pada laga ini, Timnas bermain imbang. "Kami senang," kata pelatih Budi Santoso.'
    )
    assert _quotes(text) == [("Budi Santoso", "pelatih", "Kami senang")]
    # a closing mark written against the next word still closes the title
    titled = (
        'Bintang serial drama "Boys Over Flower"itu mengatakan sangat menyukai lawan mainnya. '
        '"Kami menjadi sangat dekat," kata Lee Min Ho.'
    )
    assert _quotes(titled) == [("Lee Min Ho", None, "Kami menjadi sangat dekat")]


def test_a_nickname_of_the_openings_of_two_names_is_that_person() -> None:
    text = (
        'Pelatih Persela Lamongan Herry Kiswanto puas. "Ini hasil terbaik," kata Herkis. '
        "Ketua MPR Zulkifli Hasan hadir. Zulhas tersenyum. Pemain Budi Manurung dan Budiman "
        "mencetak gol."
    )
    canonical = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canonical["Herkis"] == "Herry Kiswanto"
    assert canonical["Zulhas"] == "Zulkifli Hasan"
    # a whole given name and more is another person's name
    assert canonical["Budiman"] == "Budiman"


def test_a_team_after_tim_closing_with_a_makers_name_is_no_person() -> None:
    text = (
        "Manajer tim Ecstar Suzuki, Davide Brivio, memuji Maverick Vinales. Vinales membawa "
        "Suzuki ke podium. Brivio senang."
    )
    found = _mentions(text)
    assert ("Ecstar Suzuki", "ORG") in found and ("Suzuki", "ORG") in found
    assert ("Davide Brivio", "PER") in found
    # a person who bears the maker's name stays a person
    honda = "Gelandang asal Jepang Keisuke Honda mencetak gol. Honda senang bermain di sana."
    assert ("Keisuke Honda", "PER") in _mentions(honda)


def test_a_sites_name_with_its_dot_stays_in_the_speakers_office() -> None:
    text = (
        "“Strategi ini menjadi langkah monetisasi kami,” terang Founder Nikah.id Hariawan "
        "Bangun Saputra kepada DailySocial."
    )
    assert _quotes(text)[0][:2] == ("Hariawan Bangun Saputra", "Founder Nikah.id")


def test_the_words_an_acronym_spells_out_are_no_people() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Ketua DPR Bambang Soesatyo menyatakan akan mundur dari "
        "jabatannya jika DPR mendukung legalisasi Lesbian, Gay, Biseksual, dan Transgender "
        "(LGBT) dalam Rancangan Kitab Undang-Undang Hukum Pidana (RKUHP)."
    )
    people = [t for t, label in _mentions(text) if label == "PER"]
    assert people == ["Bambang Soesatyo"]
    # people listed before initials that are not theirs stay people
    listed = "Ketua KPK Agus Rahardjo, Laode Syarif, dan Basaria Panjaitan (ARL) hadir."
    assert {"Agus Rahardjo", "Laode Syarif", "Basaria Panjaitan"} <= {
        t for t, label in _mentions(listed) if label == "PER"
    }
    # a person's name before the initials it spells stays a person
    named = (
        "Ketua Umum Hanura Oesman Sapta Odang (OSO) hadir bersama Susilo Bambang Yudhoyono (SBY)."
    )
    assert {"Oesman Sapta Odang", "Susilo Bambang Yudhoyono"} <= {
        t for t, label in _mentions(named) if label == "PER"
    }


def test_a_person_run_into_a_company_past_its_ending_word() -> None:
    text = (
        '"Ini film besar, yang harus digarap dengan serius," kata produser MD Pictures Manoj '
        "Punjabi dalam siaran pers."
    )
    found = _mentions(text)
    assert ("MD Pictures", "ORG") in found and ("Manoj Punjabi", "PER") in found
    assert _quotes(text)[0][:2] == ("Manoj Punjabi", "produser MD Pictures")
    # a company's name that goes on past the ending word stays whole
    whole = "Sony Pictures Entertainment Japan merilis film baru."
    assert ("Sony Pictures Entertainment Japan", "ORG") in _mentions(whole)
    # nor a firm with its legal form, whose first word may end other firms' names
    firm = (
        "Direktur Utama PT Food Station Tjipinang Jaya Arief Prasetyo mengatakan stok beras "
        "aman. Food Station Tjipinang Jaya mendatangkan beras."
    )
    assert ("PT Food Station Tjipinang Jaya", "ORG") in _mentions(firm)
