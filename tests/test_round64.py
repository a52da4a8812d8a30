"""Round 64: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from itertools import pairwise

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes

from warta.extract.entities import find_entities, no_overlapping_mentions


def test_a_person_after_an_airports_head_the_tagger_left_out_names_the_airport() -> None:
    text = (
        "Cuaca cerah.\n\nPenayangan film ini sejalan dengan program Bandara Soekarno - Hatta "
        "yang terus berupaya memberikan hiburan."
    )
    found = _mentions(text)
    assert ("Bandara Soekarno - Hatta", "LOC") in found
    assert not any(label == "PER" for _, label in found)


def test_a_square_named_after_a_leader_is_a_place() -> None:
    text = (
        "Cuaca cerah.\n\nRibuan warga terlihat memenuhi Lapangan Kim Il - sung sambil membawa "
        "poster propaganda."
    )
    assert ("Lapangan Kim Il - sung", "LOC") in _mentions(text)


def test_a_person_after_a_head_that_names_nothing_after_people_stays_a_person() -> None:
    text = "Cuaca cerah.\n\nPenyanyi Raisa Andriana tampil di Jakarta, kata Manajer Budi Santoso."
    found = _mentions(text)
    assert ("Raisa Andriana", "PER") in found
    assert ("Budi Santoso", "PER") in found


def test_a_company_set_off_after_the_words_for_its_kind_is_the_source() -> None:
    text = (
        "Cuaca cerah.\n\nPerusahaan konstruksi pelat merah, PT PP (Persero) Tbk, memperkirakan "
        "dapat meraup laba bersih hingga Rp 625 miliar sepanjang semester I 2017."
    )
    assert _quotes(text)[0][0] == "PT PP"


def test_a_body_named_with_commas_stays_whole_as_a_source() -> None:
    text = (
        "Cuaca cerah.\n\nBadan Meteorologi, Klimatologi, dan Geofisika menyatakan gempa itu "
        "tidak berpotensi menimbulkan tsunami."
    )
    assert _quotes(text)[0][0] == "Badan Meteorologi, Klimatologi, dan Geofisika"


def test_an_alias_after_a_form_of_address_is_the_name_after_it() -> None:
    text = (
        "Cuaca cerah.\n\nUcup Nirin alias Bang Ocit datang ke rumah duka.\n\n"
        '"Coba ke alternatif, medis juga," kata Bang Ocit dihubungi hari ini.'
    )
    assert _quotes(text)[0][0] == "Ucup Nirin"


def test_a_name_set_off_after_a_relation_with_its_alias_is_the_source() -> None:
    text = (
        "Cuaca cerah.\n\nMenurut menantu Malih, Ucup Nirin alias Bang Ocit, ibu mertuanya "
        "sudah sekitar empat tahun mengidap penyakit maag kronis."
    )
    assert _quotes(text) == [
        (
            "Ucup Nirin",
            "menantu Malih",
            "ibu mertuanya sudah sekitar empat tahun mengidap penyakit maag kronis",
        )
    ]
    # a lone "alias" with no name after it sets off nothing
    text = "Cuaca cerah.\n\nMenurut Budi, Ani alias, ibu mertuanya sudah lama sakit di rumah."
    assert _quotes(text)[0][0] == "Budi"


def test_a_clubs_town_set_off_then_speaking_is_the_club() -> None:
    text = (
        "Cuaca cerah.\n\nBintang Real Madrid, Cristiano Ronaldo, jengah setelah menerima "
        "tudingan itu. Seperti dilansir AFP pada 14 Juni lalu, Madrid menilai Ronaldo tak "
        "bersalah."
    )
    assert ("Madrid", "LOC") not in _mentions(text)
    assert ("Madrid", "ORG") in _mentions(text)


def test_two_forms_of_one_clubs_name_still_name_one_club() -> None:
    text = (
        "Cuaca cerah.\n\nOlympique Marseille resmi menjatuhkan sanksi kepada Patrice Evra.\n\n"
        "Marseille menyatakan akan melakukan wawancara dengan Evra.\n\n"
        '"Presiden Olympique de Marseille bertemu dengan Evra," demikian bunyi rilis resmi '
        "Marseille."
    )
    found = _mentions(text)
    assert ("Marseille", "LOC") not in found
    assert ("Marseille", "ORG") in found


def test_a_clubs_town_after_di_luar_stays_the_town() -> None:
    text = (
        "Cuaca cerah.\n\nDjadjang belum dipastikan hengkang dari Persib Bandung. Ia sudah "
        "tidak melatih tim Maung Bandung pada latihan. Banyak pelatih sukses di luar Bandung, "
        "tapi ketika melatih Persib tidak bisa berbuat banyak."
    )
    assert ("Bandung", "LOC") in _mentions(text)


def _no_two_share_a_character(found: list[dict[str, object]]) -> bool:
    spans = sorted((int(str(m["start"])), int(str(m["end"]))) for m in found)
    return all(b[0] >= a[1] for a, b in pairwise(spans))


def test_a_short_form_in_brackets_leaves_no_mention_inside_it() -> None:
    text = (
        "Cuaca cerah.\n\nBerdasarkan keterangan Dinas Pemadam Kebakaran dan Penanggulangan "
        "Bencana (Damkar PB) Kabupaten Tangerang, insiden ini diduga akibat hubungan arus "
        "pendek listrik."
    )
    found = find_entities(text)
    assert _no_two_share_a_character(found)
    assert ("Damkar PB", "ORG") in [(m["text"], m["label"]) for m in found]


def test_a_unit_run_into_a_body_named_with_its_town_ends_before_it() -> None:
    text = (
        "Cuaca cerah.\n\nOleh karena itu, dia pun segera menyiagakan personel TRC BPBD "
        "Banyumas guna mengantisipasi jika terjadi bencana."
    )
    found = find_entities(text)
    assert _no_two_share_a_character(found)
    assert ("BPBD Banyumas", "ORG") in [(m["text"], m["label"]) for m in found]


def test_overlapping_mentions_are_settled_whatever_made_them() -> None:
    text = "Grup 1: Persib PS TNI dan Aung San Suu Kyi."
    found: list[dict[str, object]] = [
        {"text": "Persib PS", "label": "ORG", "start": 8, "end": 17, "canonical": "Persib PS"},
        {"text": "PS TNI", "label": "ORG", "start": 15, "end": 21, "canonical": "PS TNI"},
        {"text": "Aung San", "label": "PER", "start": 26, "end": 34},
        {"text": "Aung San Suu Kyi", "label": "PER", "start": 26, "end": 42},
    ]
    no_overlapping_mentions(found, text)
    assert [(m["text"], m.get("canonical")) for m in found] == [
        ("Persib", "Persib"),
        ("PS TNI", "PS TNI"),
        ("Aung San Suu Kyi", None),
    ]
    assert text[26:42] == "Aung San Suu Kyi" and text[8:14] == "Persib"


def test_a_name_spaced_around_its_hyphen_stays_whole_in_a_subject() -> None:
    text = (
        "Cuaca cerah.\n\nCEO dan Co - Founder Modalku Reynold Wijaya menuturkan pihaknya "
        "merasa aturan escrow account tersebut kurang menguntungkan."
    )
    assert _quotes(text)[0][:2] == ("Reynold Wijaya", "CEO dan Co - Founder Modalku")
    # a dateline's dash still ends the subject
    text = (
        "Jakarta, CNN Indonesia - Menteri Keuangan Sri Mulyani mengatakan ekonomi tumbuh "
        "pesat tahun ini."
    )
    assert _quotes(text)[0][:2] == ("Sri Mulyani", "Menteri Keuangan")


def test_a_body_set_off_before_the_kind_of_body_it_is_speaks() -> None:
    text = (
        "Cuaca cerah.\n\nInsomniac, pengembang game Spider - Man (2017) menyatakan bakal "
        "menampilkan kemampuan akrobatik dari sang manusia laba-laba."
    )
    assert _quotes(text)[0][0] == "Insomniac"


def test_a_word_closing_an_office_in_a_firm_is_the_firm_wherever_it_stands_alone() -> None:
    text = (
        "Cuaca cerah.\n\nMDI Ventures mengumumkan investasi di startup komunikasi Singapura "
        "Wavecell senilai $ 8,15 juta. Wavecell saat ini sedang memperluas layanannya.\n\n"
        "Founder dan CEO Wavecell Olivier Gerhardt datang ke Jakarta.\n\n"
        "Kami sangat senang menyambut Wavecell sebagai bagian portofolio kami."
    )
    found = _mentions(text)
    assert ("Wavecell", "PER") not in found
    assert ("Wavecell", "ORG") in found
    assert ("Olivier Gerhardt", "PER") in found


def test_a_persons_surname_closing_a_firms_office_stays_a_person() -> None:
    text = (
        "Cuaca cerah.\n\nBudi Santoso mendirikan usahanya pada 2010. Pendiri Santoso "
        "Andi Wijaya datang kemarin. Santoso mengatakan usahanya terus tumbuh."
    )
    assert ("Santoso", "ORG") not in _mentions(text)


def test_football_news_is_told_by_more_of_its_words() -> None:
    text = (
        "Cuaca cerah.\n\nAC Milan mengalahkan Fiorentina dalam pertandingan semalam. Pemain "
        "Fiorentina gagal menjaga gawang dari tendangan penalti.\n\nMilan kini kembali ke empat "
        "besar klasemen setelah mencetak dua angka."
    )
    found = _mentions(text)
    assert ("Milan", "LOC") not in found
    assert ("Milan", "ORG") in found


def test_a_father_and_his_son_of_one_surname_stay_two_people() -> None:
    text = (
        "Cuaca cerah.\n\nRobert Federer mengaku masih merasa tegang ketika menyaksikan anaknya, "
        "Roger Federer, bertanding.\n\nRobert selalu hadir untuk mendukung Roger."
    )
    canonical = {(str(m["text"]), str(m["canonical"])) for m in find_entities(text)}
    assert ("Roger Federer", "Roger Federer") in canonical
    assert ("Roger", "Roger Federer") in canonical
    assert ("Robert", "Robert Federer") in canonical


def test_two_spellings_of_one_name_still_meet() -> None:
    text = (
        "Cuaca cerah.\n\nGubernur Basuki Tjahaja Purnama datang ke Balai Kota. Basuki Tjahaja "
        "Purnama menyapa warga. Kemudian Basuki Tjahja Purnama pulang."
    )
    canonical = {(str(m["text"]), str(m["canonical"])) for m in find_entities(text)}
    assert ("Basuki Tjahja Purnama", "Basuki Tjahaja Purnama") in canonical


def test_a_ministrys_short_form_after_di_is_still_a_body() -> None:
    text = (
        "Cuaca cerah.\n\nKPK menetapkan Charles Jones Mesang sebagai tersangka dalam kasus di "
        "Kemnakertrans itu pada Kamis. Dinas Pariwisata Daerah yakni Dispar Aceh ikut hadir."
    )
    found = _mentions(text)
    assert ("Kemnakertrans", "ORG") in found
    assert ("Dispar Aceh", "ORG") in found


def test_a_ministrys_short_form_after_its_building_names_the_ministry() -> None:
    text = (
        "Cuaca cerah.\n\nAcara itu digelar di Gedung Kementerian Pariwisata (Kemenpar), pada "
        "11 November."
    )
    kemenpar = [m for m in find_entities(text) if m["text"] == "Kemenpar"]
    assert [(m["label"], m["canonical"]) for m in kemenpar] == [("ORG", "Kemenpar")]
