"""Round 53: acronyms of known bodies, firms past their legal form, hospitals and colleges,
units named by their heads' offices, staff and officers glued to their bosses' and firms'
names, roles that run over brackets and bodies, quotes with negated or copular verbs,
described speakers who go on, and name openings read into roles."""

from __future__ import annotations

from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities
from warta.extract.entity_people import known_bodies_named_in_offices
from warta.extract.quotes.detection import find_quoted_spans
from warta.extract.quotes.extract import names_cut_into_roles


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(str(m["text"]), str(m["label"])) for m in find_entities(text)]


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def test_acronyms_of_known_bodies_are_bodies() -> None:
    found = _mentions(
        "Polisi mencari tahu apakah dia telah berhubungan dengan ISIS di sana. Sebagian besar "
        "staf KJRI Melbourne sedang salat. Kendati begitu, FIGC yakin pada pelatihnya. Dia "
        "melapor ke LBH (Lembaga Bantuan Hukum) pekan lalu."
    )
    for body in ("ISIS", "KJRI", "FIGC", "LBH"):
        assert (body, "ORG") in found
    # the place of an embassy stays a place
    found = _mentions("Dia dijemput staf KBRI Ankara di bandara.")
    assert ("KBRI", "ORG") in found and ("Ankara", "LOC") in found


def test_a_firm_named_past_its_legal_form_is_no_person() -> None:
    text = (
        "Direktur PT Ramayana Lestari Sentosa Tbk, Suryanto, menilai daya beli melemah. Dia "
        "mencontohkan angka penjualan Ramayana pada 2015 turun 0,2 persen. Kioson "
        "mengakuisisi saham di PT Narindo Solusi Komunikasi. Narindo Solusi merupakan "
        "distributor produk digital."
    )
    found = _mentions(text)
    assert ("Ramayana", "ORG") in found
    assert ("Narindo Solusi", "ORG") in found
    assert _canonical(text)["Ramayana"] == "Ramayana Lestari Sentosa"
    # a person the firm is named after stays a person
    text = "Bos PT Salim Ivomas Pratama Tbk, Anthoni Salim, hadir. Salim mengatakan laba naik."
    assert _canonical(text)["Salim"] == "Anthoni Salim"


def test_a_hospital_keeps_its_closing_title_and_its_short_head() -> None:
    text = (
        "Panca mengapresiasi Rumah Sakit Kasih Ibu yang sudah memberikan respons cepat. "
        "Pihak RS Kasih Ibu juga memberikan keringanan bagi pasien."
    )
    found = _mentions(text)
    assert ("Rumah Sakit Kasih Ibu", "ORG") in found
    assert ("RS Kasih Ibu", "ORG") in found
    assert _canonical(text)["RS Kasih Ibu"] == "Rumah Sakit Kasih Ibu"
    # a title before a name still opens the person
    assert _roles("Hal itu dikatakan Kepala Dinas Kesehatan Bantul Ibu Ratna Dewi kemarin.") == {
        "Ratna Dewi": "Kepala Dinas Kesehatan Bantul"
    }


def test_a_body_named_after_its_kind_before_its_acronym() -> None:
    text = (
        "Pertunjukan yang disajikan grup Ramayana Ballet Purawisata (RBP) menarik sejuta "
        'penonton. "Penontonnya terus bertambah," kata Pimpinan RBP, Dahanan. Dari jumlah '
        'itu, kata dia, 40 persen turis asing. "Kami bersyukur," ungkap dia.'
    )
    found = _mentions(text)
    assert ("Ramayana Ballet Purawisata", "ORG") in found
    assert ("RBP", "ORG") in found
    assert {speaker for speaker, _, _ in _quotes(text)} == {"Dahanan"}


def test_who_did_not_say_it_after_a_quote_is_no_speaker() -> None:
    text = (
        'Warga bertanya-tanya, "Siapa sebenarnya pelaku pembakaran rumah itu?" Kapolres '
        "Budi Santoso tidak menjelaskan hal tersebut."
    )
    assert all(speaker != "Budi Santoso" for speaker, _, _ in _quotes(text))
    # not forgetting to add is adding
    assert (
        _quotes('"Kami siap bertanding besok malam," Budi Santoso juga tak lupa menambahkan.')[0][0]
        == "Budi Santoso"
    )


def test_a_quote_paragraph_after_a_described_speakers_goes_on_with_them() -> None:
    text = (
        "Song Joong Ki dan Song Hye Kyo akan menikah pada 31 Oktober nanti.\n\n"
        '"Pernikahan adalah pertemuan antara dua keluarga," tulis kedua agensi dalam '
        "pernyataannya.\n\n"
        '"Kami meminta Anda untuk mengirim pasangan ini ucapan selamat. Terima kasih."'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["kedua agensi", "kedua agensi"]
    # a named speaker's next quote paragraph stays theirs
    text = (
        'Eks penggawa Chelsea itu senang. "Kami ada di jalan yang benar," tutur Kevin de '
        'Bruyne.\n\n"Semoga kami bisa tampil bagus melawan Tottenham akhir pekan ini."'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Kevin de Bruyne"] * 2


def test_a_rank_written_out_with_its_force_inside_closes_no_office() -> None:
    assert _roles(
        "Hal itu dikatakan Kepala Unit Reserse Kriminal Polsek Sukolilo Surabaya Inspektur "
        "Polisi Satu Pujianto kepada wartawan."
    ) == {"Pujianto": "Kepala Unit Reserse Kriminal Polsek Sukolilo Surabaya"}
    assert _roles("Kata Kepala Polisi Sektor Koja Ajun Komisaris Polisi Supriyanto, Senin.") == {
        "Supriyanto": "Kepala Polisi Sektor Koja"
    }


def test_a_kind_in_small_letters_before_a_one_word_name() -> None:
    text = (
        "Polisi menangkap pengurus grup Saracen pekan lalu. Saracen diduga menyebarkan "
        "ujaran kebencian. Warga juga ramai memainkan game Airmash di peramban. Airmash "
        "dibuat dengan HTML5."
    )
    found = _mentions(text)
    assert found.count(("Saracen", "ORG")) == 2
    assert not any(name == "Airmash" for name, _ in found)
    # a person named after a kind word keeps their name
    assert ("Eko Patrio", "PER") in _mentions("Pelawak grup Eko Patrio tampil di televisi.")


def test_a_rank_or_a_form_of_address_closes_no_role() -> None:
    assert _roles(
        '"Kondisinya stabil," kata Kabid Dokkes Polda Papua Kombes drg. Raymond, Kamis.'
    ) == {"Raymond": "Kabid Dokkes Polda Papua"}
    assert _roles(
        "Komdis menghukum pemain PSM Makassar Sdr. Marc Anthony Klok. Pemain PS TNI Saudara "
        "Manahati Lestusen juga dihukum."
    ) == {"Marc Anthony Klok": "pemain PSM Makassar", "Manahati Lestusen": "Pemain PS TNI"}


def test_a_commission_and_a_faction_are_two_bodies_and_the_court_no_place() -> None:
    text = (
        "Mantan anggota Komisi IX DPR Fraksi Partai Golkar Charles Jones Mesang ditahan. "
        "Dia disidang di pengadilan Tindak Pidana Korupsi Jakarta, Rabu."
    )
    found = _mentions(text)
    assert ("Komisi IX DPR", "ORG") in found
    assert ("Fraksi Partai Golkar", "ORG") in found
    assert ("Charles Jones Mesang", "PER") in found
    assert ("Tindak Pidana Korupsi Jakarta", "ORG") in found


def test_a_copulas_clause_reports_no_statement() -> None:
    text = (
        "Calendar versi baru mengemas sejumlah fitur. Salah satunya adalah kemampuan mengatur "
        "formatting dan menambahkan link pada undangan, sehingga agenda lebih rinci."
    )
    assert _quotes(text) == []
    # a cleft or a relative clause with a copula still names the speaker
    text = (
        "Andre Koreh yang merupakan ketua harian KONI NTT, menyatakan bahwa ini sudah jadi "
        "kebiasaan gubernur."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Andre Koreh"]


def test_a_boss_glued_before_their_staffs_name() -> None:
    text = (
        "Filipina di bawah Presiden Rodrigo Duterte keluar dari program itu. Juru bicara "
        "Duterte Harry Roque mengatakan Manila tidak berunding lagi. Duterte marah."
    )
    assert _roles(text)["Harry Roque"] == "Juru bicara Duterte"
    canonical = _canonical(text)
    assert canonical["Duterte"] == "Rodrigo Duterte"
    # a name that opens with no one else's surname stays whole
    assert _roles("Presiden Joko Widodo hadir. Juru bicara Johan Budi Sapto mengatakan itu.") == {
        "Joko Widodo": "Presiden",
        "Johan Budi Sapto": "Juru bicara",
    }


def test_a_hospital_by_its_short_form_is_a_body() -> None:
    found = _mentions("Korban dirujuk ke RSCM, lalu dipindah ke RSPP di Jakarta Selatan.")
    assert ("RSCM", "ORG") in found
    assert ("RSPP", "ORG") in found


def test_a_left_mark_before_a_comma_closes_the_quote() -> None:
    text = (
        "Dewasa ini juga muncul istilah “ data is the new currency “, mengisyaratkan betapa "
        "bernilainya data untuk berbagai kebutuhan strategis."
    )
    spans = find_quoted_spans(text)
    assert [text[s.start : s.end].strip() for s in spans] == ["data is the new currency"]


def test_a_misspelt_body_joins_the_spelling_warta_knows() -> None:
    text = "Anggota Paspampers berjaga di depan istana. Pasukan Paspampres membubarkan massa."
    assert set(_canonical(text).values()) == {"Paspampres"}


def test_a_speakers_name_opening_read_into_the_role() -> None:
    text = (
        '"Kami masih tunggu dari labfor," kata Kepala Bidang Hubungan Masyarakat Polda Metro '
        "Jaya Komisaris Besar Raden Prabowo Argo Yuwono di Polda Metro Jaya, Jumat.\n\n"
        "Menurut Argo, polisi masih menutup jalan."
    )
    assert {(speaker, role) for speaker, role, _ in _quotes(text)} == {
        ("Raden Prabowo Argo Yuwono", "Kepala Bidang Hubungan Masyarakat Polda Metro Jaya")
    }
    # a body's word the entity step glued to a name stays the quote's role
    entities = [
        {
            "text": "Chelsea Willian",
            "label": "PER",
            "role": "bintang",
            "canonical": "Chelsea Willian",
        }
    ]
    quotes = [{"speaker": "Willian", "role": "bintang Chelsea"}]
    names_cut_into_roles(entities, quotes)
    assert quotes == [{"speaker": "Willian", "role": "bintang Chelsea"}]


def test_a_firms_word_glued_before_its_officers_name() -> None:
    text = (
        "PT Waskita Karya meraih pinjaman Rp 5 triliun. Hal itu dikatakan Direktur Utama "
        "Waskita Muhammad Choliq di Jakarta. Choliq optimistis."
    )
    assert _roles(text)["Muhammad Choliq"] == "Direktur Utama Waskita"
    assert _canonical(text)["Choliq"] == "Muhammad Choliq"


def test_a_relation_of_someone_named_before_an_apposition_closing_the_sentence() -> None:
    text = (
        "Petinju Vinny Pazienza bangkit setelah kecelakaan. Aaron Eckhart berperan sebagai "
        "pelatih Pazienza, Kevin Rooney. Eckhart mengaku senang."
    )
    roles = _roles(text)
    assert roles["Kevin Rooney"] == "pelatih Pazienza"
    assert roles.get("Pazienza") is None
    text = "Informasi tersebut diketahui dari manajer Tamara, Riri Djalil."
    assert _roles(text)["Riri Djalil"] == "manajer Tamara"


def test_an_office_runs_back_over_a_short_form_in_brackets_and_a_body_the_tagger_cut() -> None:
    text = (
        '"Besok Syahrini sekitar jam 11.00 WIB akan hadir memenuhi panggilan," kata Kabag '
        "Penerangan Umum (Penum) Divisi Humas Polri Kombes Martinus Sitompul, Selasa."
    )
    assert _roles(text)["Martinus Sitompul"] == "Kabag Penerangan Umum (Penum) Divisi Humas Polri"


def test_a_college_is_a_body() -> None:
    found = _mentions(
        "Dia lulusan Perguruan Tinggi Ilmu Kepolisian dan kini mengajar di Sekolah Tinggi "
        "Hukum Indonesia Jentera."
    )
    assert ("Sekolah Tinggi Hukum Indonesia Jentera", "ORG") in found


def test_a_units_place_after_its_heads_office_is_the_unit() -> None:
    text = "Kapolres Metro Bekasi Kombes Asep Adi Saputra membenarkan penangkapan itu."
    assert _canonical(text)["Metro Bekasi"] == "Polres Metro Bekasi"


def test_a_firm_cut_at_its_hyphen_and_run_into_a_person() -> None:
    text = (
        "Hal ini diungkapkan CTO GO - JEK Ajey Gore kepada Reuters. Gore mengatakan ekspansi "
        "akan dimulai tahun depan."
    )
    found = _mentions(text)
    assert ("GO - JEK", "ORG") in found
    assert ("Ajey Gore", "PER") in found
    assert _canonical(text)["Gore"] == "Ajey Gore"


def test_a_role_set_off_after_a_name_takes_the_body_after_it() -> None:
    text = (
        "Alvin Lie, anggota Ombudsman yang juga pengamat penerbangan Indonesia, merespons "
        "tweet itu dengan bertanya soal kapan peristiwa terjadi."
    )
    assert _roles(text)["Alvin Lie"] == "anggota Ombudsman"


def test_a_known_body_an_office_names_is_no_person() -> None:
    found = [
        {"text": "Starbucks", "label": "PER", "role": "CEO"},
        {"text": "Howard Schultz", "label": "PER", "role": "CEO Starbucks"},
        {"text": "Roastery Starbucks", "label": "PER"},
        {"text": "Marc Marquez SPA Honda", "label": "PER"},
        {"text": "Marc Marquez", "label": "PER", "role": "pebalap Honda"},
    ]
    known_bodies_named_in_offices(found)
    assert [(m["text"], m["label"], m.get("role")) for m in found] == [
        ("Starbucks", "ORG", None),
        ("Howard Schultz", "PER", "CEO Starbucks"),
        ("Roastery Starbucks", "ORG", None),
        # a person's name a body's runs on into stays a person's
        ("Marc Marquez SPA Honda", "PER", None),
        ("Marc Marquez", "PER", "pebalap Honda"),
    ]


def test_a_chinese_family_name_before_a_given_name_written_as_one_word() -> None:
    text = (
        "Video itu memuat pandangan Partai Komunis China, nilai-nilai inti sosialisme, dan visi "
        "Presiden Xi Jinping tentang ' impian publik China '."
    )
    assert _roles(text) == {"Xi Jinping": "Presiden"}


def test_the_badminton_federation_by_its_names() -> None:
    text = (
        "Federasi Bulu Tangkis Dunia (BWF) merilis peringkat terbaru. Menurut BWF, Marcus "
        "Fernaldi Gideon tetap di puncak."
    )
    assert set(_canonical(text)[name] for name in ("Federasi Bulu Tangkis Dunia", "BWF")) == {"BWF"}


def test_a_pointer_after_a_name_closes_no_role() -> None:
    text = (
        "Kasie Humas Polsek Tambun Selatan Itu Tri Mulyono mengatakan kebakaran terjadi di "
        'pasar tersebut.\n\n"Setelah dicek api berasal dari kios di blok D," kata Tri.'
    )
    assert {r for _, r, _ in _quotes(text)} == {"Kasie Humas Polsek Tambun Selatan"}
