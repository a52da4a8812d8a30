"""Session 20: fresh articles in today's styles (a Chinese foreign-ministry wire, a Malaysian
flood budget, a Sleman theft, a rice price report, a market close, a KPK prosecution, a
Cianjur quake): the entity, role and quote misses they showed."""

from __future__ import annotations

import pytest
from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities
from warta.extract.quotes.glue import trim_name
from warta.extract.summary import summarize
from warta.extract.tokenize import dateline_end

# --- entities ------------------------------------------------------------------------------


def test_a_given_name_right_after_an_office_field_opens_the_name() -> None:
    # the tagger found only "Lahadalia"; "Menteri Energi dan Sumber Daya Mineral" is a
    # whole office, so "Bahlil" can only be his given name
    roles = _roles("Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia berkata.")
    assert roles == {"Bahlil Lahadalia": "Menteri Energi dan Sumber Daya Mineral"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a grade, not a field, before the word: it may be a body's name
        ("Direktur Eksekutif Atnic Syauqy menjelaskan rencana itu.", "Atnic Syauqy"),
        # the tagger found a full name: nothing is missing before it
        ("Menteri Luar Negeri Australi Julie Bishop berkata.", "Julie Bishop"),
    ],
)
def test_no_given_name_is_opened_after_a_grade_or_before_a_full_name(text: str, name: str) -> None:
    people = [m for m, label in _mentions(text) if label == "PER"]
    assert "Australi Julie Bishop" not in people
    assert not any(p.startswith("Eksekutif") for p in people)
    if name == "Julie Bishop":
        assert name in people


@pytest.mark.parametrize(
    ("text", "body", "person", "role"),
    [
        ("Ekonom Indef Bhima Yudhistira menilai kebijakan itu.", "Indef", "Bhima Yudhistira",
         "Ekonom Indef"),
        ("Peneliti CSIS Arya Fernandes menyebut hal serupa.", "CSIS", "Arya Fernandes",
         "Peneliti CSIS"),
        ("Kepala PVMBG Kasbani Hadi mengatakan status gunung naik.", "PVMBG", "Kasbani Hadi",
         "Kepala PVMBG"),
    ],
)  # fmt: skip
def test_a_body_glued_before_a_name_after_a_title_is_split_off(
    text: str, body: str, person: str, role: str
) -> None:
    mentions = _mentions(text)
    assert (body, "ORG") in mentions
    assert (person, "PER") in mentions
    assert _roles(text)[person] == role


def test_a_rank_glued_before_a_name_is_no_body() -> None:
    assert "Budi Santoso" in _roles("Kapolres AKBP Budi Santoso hadir dalam acara itu.")


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Hujan lebat dijangka berterusan hingga Mac tahun depan.", "Mac"),
        ("Projek itu dijangka siap sepenuhnya pada Ogos ini.", "Ogos"),
        ("Monsun dijangka bermula sehingga Disember 2026.", "Disember"),
    ],
)
def test_malay_months_are_no_names(text: str, month: str) -> None:
    assert month not in {m for m, _ in _mentions(text)}


def test_a_korean_name_that_is_a_malay_month_stays_a_name() -> None:
    assert ("Jun Hyun-moo", "PER") in _mentions("Penyanyi Jun Hyun-moo hadir di Seoul.")


def test_malaysian_bodies_by_their_heads_and_their_short_forms() -> None:
    text = (
        "Menurut Jabatan Meteorologi Malaysia (MetMalaysia), hujan lebat dijangka. "
        "Suruhanjaya Pilihan Raya (SPR) berkata pilihan raya akan diadakan."
    )
    mentions = _mentions(text)
    assert ("Jabatan Meteorologi Malaysia", "ORG") in mentions
    assert ("MetMalaysia", "ORG") in mentions
    assert ("Suruhanjaya Pilihan Raya", "ORG") in mentions
    assert ("SPR", "ORG") in mentions


def test_a_place_in_brackets_after_a_body_stays_a_place() -> None:
    text = "Universitas Gadjah Mada (Yogyakarta) membuka pendaftaran."
    assert ("Yogyakarta", "LOC") in _mentions(text)


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Menteri Sumber Asli dan Kelestarian Alam Nik Nazmi Nik Ahmad berkata, projek itu "
         "siap.", "Nik Nazmi Nik Ahmad", "Menteri Sumber Asli dan Kelestarian Alam"),
        ("Menteri Agraria dan Tata Ruang Nusron Wahid berkata.", "Nusron Wahid",
         "Menteri Agraria dan Tata Ruang"),
        ("Kalaksa BPBD Cianjur Asep Sukma Wijaya mengimbau warga tetap tenang.",
         "Asep Sukma Wijaya", "Kalaksa BPBD Cianjur"),
        ("Kasatpol PP Kota Bandung Rasdian Setiadi menyebut razia digelar.", "Rasdian Setiadi",
         "Kasatpol PP Kota Bandung"),
        ("Head of Research Kiwoom Sekuritas Indonesia Liza Camelia Suryanata menilai tekanan "
         "jual.", "Liza Camelia Suryanata", "Head of Research Kiwoom Sekuritas Indonesia"),
        # a field of pe-…-an nouns the tagger left untagged
        ("Direktur Pencegahan dan Pengendalian Penyakit Menular Kemenkes Imran Pambudi "
         "menambahkan, vaksin dengue kini tersedia.", "Imran Pambudi",
         "Direktur Pencegahan dan Pengendalian Penyakit Menular Kemenkes"),
        # the person is the object of the verb before the role
        ("KPK menuntut mantan Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) "
         "Kabupaten Pemalang, Heru Sutrisno, dengan hukuman 8 tahun.", "Heru Sutrisno",
         "mantan Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Pemalang"),
    ],
)  # fmt: skip
def test_roles_over_more_offices(text: str, person: str, role: str) -> None:
    assert _roles(text)[person] == role


def test_a_number_before_a_unit_closes_no_name() -> None:
    text = "Jaksa Tuntut Eks Kadis PUPR 8 Tahun Penjara\n\nSemarang - Jaksa menuntut terdakwa."
    names = {m for m, _ in _mentions(text)}
    assert "PUPR 8" not in names
    assert "PUPR" in names


def test_a_numbered_unit_keeps_its_number() -> None:
    assert ("Kodim 0621", "ORG") in _mentions("Dandim meninjau Kodim 0621 pekan lalu.")


# --- quotes --------------------------------------------------------------------------------


def test_a_body_speaking_through_its_spokesperson_is_the_spokesperson() -> None:
    text = (
        "Kementerian Luar Negeri China melalui juru bicaranya, Lin Jian, mengatakan laporan "
        'tersebut "tidak berdasar dan bermotif politik". KPK melalui juru bicaranya Budi '
        "Prasetyo menyebut kasus itu terus berlanjut. Polda Metro Jaya melalui Kabid Humas "
        "Kombes Ade Ary Syam Indradi mengatakan pelaku sudah ditangkap."
    )
    said = {(who, role) for who, role, _ in _quotes(text)}
    assert ("Lin Jian", "juru bicara Kementerian Luar Negeri China") in said
    assert ("Budi Prasetyo", "juru bicara KPK") in said
    assert ("Ade Ary Syam Indradi", "Kabid Humas Polda Metro Jaya") in said


def test_a_body_speaking_through_a_statement_is_the_body() -> None:
    text = "BMKG melalui keterangan tertulisnya menyebut hujan lebat akan turun hingga sore."
    assert [who for who, _, _ in _quotes(text)] == ["BMKG"]


def test_a_title_case_headline_verb_after_a_comma_is_no_cue() -> None:
    text = (
        "China Tolak Tuduhan Spionase, Sebut Laporan Barat Tidak Berdasar\n\n"
        "Beijing (ANTARA) - Pemerintah China menolak tuduhan bahwa pihaknya melakukan kegiatan "
        "spionase terhadap sejumlah negara Eropa. Kementerian Luar Negeri China melalui juru "
        'bicaranya, Lin Jian, mengatakan laporan tersebut "tidak berdasar dan bermotif '
        'politik".'
    )
    speakers = [who for who, _, _ in _quotes(text)]
    assert "Barat Tidak Berdasar" not in speakers
    assert speakers == ["Pemerintah China", "Lin Jian"]


def test_a_name_repeating_a_word_is_not_cut_at_its_own_word() -> None:
    # "Nik" stands before "Ahmad" only inside the name itself
    words = ["Menteri", "Alam", "Nik", "Nazmi", "Nik", "Ahmad", "berkata"]
    assert trim_name(words, "Nik Nazmi Nik Ahmad", "Menteri")[0] == "Nik Nazmi Nik Ahmad"
    said = _quotes(
        "Menteri Sumber Asli dan Kelestarian Alam Nik Nazmi Nik Ahmad berkata, projek itu "
        "dijangka siap sepenuhnya menjelang 31 Ogos 2030."
    )
    assert said[0][:2] == ("Nik Nazmi Nik Ahmad", "Menteri Sumber Asli dan Kelestarian Alam")


def test_a_glued_place_is_still_cut_from_a_name() -> None:
    words = [
        "Bupati",
        "Garut",
        "Dadi",
        "Supriadi",
        "hadir",
        ".",
        "Warga",
        "Garut",
        "senang",
        ".",
        "Dadi",
        "Supriadi",
        "pergi",
    ]
    assert trim_name(words, "Garut Dadi Supriadi", "Bupati") == ("Dadi Supriadi", "Bupati Garut")


def test_an_english_title_opening_a_sentence_keeps_its_capital_in_the_quote_role() -> None:
    text = (
        "Head of Research Kiwoom Sekuritas Indonesia Liza Camelia Suryanata menilai tekanan "
        "jual dipicu kekhawatiran investor terhadap arah suku bunga."
    )
    assert _quotes(text)[0][1] == "Head of Research Kiwoom Sekuritas Indonesia"


# --- datelines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("KUALA LUMPUR: Kerajaan memperuntukkan RM5 bilion.", "Kerajaan"),
        ("PUTRAJAYA: Kabinet bersetuju.", "Kabinet"),
        ("JOHOR BAHRU: Polis menahan dua lelaki.", "Polis"),
    ],
)
def test_a_malaysian_dateline_ends_at_its_colon(line: str, rest: str) -> None:
    assert line[dateline_end(line, 0) :].startswith(rest)


@pytest.mark.parametrize("line", ["KPK: Tersangka segera ditahan.", "BMKG: Hujan lebat."])
def test_a_body_before_a_colon_is_no_dateline(line: str) -> None:
    assert dateline_end(line, 0) == 0


def test_a_quote_after_a_malaysian_dateline_starts_after_it() -> None:
    text = (
        "Peruntukan Banjir\n\nKUALA LUMPUR: Kerajaan memperuntukkan RM5 bilion bagi program "
        "tebatan banjir di seluruh negara, kata Perdana Menteri Datuk Seri Anwar Ibrahim."
    )
    quote = _quotes(text)[0]
    assert quote[0] == "Anwar Ibrahim"
    assert quote[2].startswith("Kerajaan memperuntukkan")
    start = summarize(text)[0][0]
    assert text[start:].startswith("Kerajaan memperuntukkan")


def test_a_name_set_off_after_a_cue_and_a_title_is_a_person_with_that_role() -> None:
    # the tagger read the reduplicated "Gun Gun Siswadi" as a body
    text = (
        '"Semuanya telah berjumlah 6.000 situs," kata Staf Ahli Menteri Komunikasi dan '
        "Informasi, Gun Gun Siswadi di Painan. Ia mengaku situs negatif terus bermunculan."
    )
    assert _roles(text)["Gun Gun Siswadi"] == "Staf Ahli Menteri Komunikasi dan Informasi"
    said = _quotes(text)
    assert {who for who, _, _ in said} == {"Gun Gun Siswadi"}
    assert len(said) == 2


def test_a_short_form_read_as_initials_after_its_body_is_the_body() -> None:
    text = "Pasangan yang diusung Koalisi Indonesia Maju (KIM) Plus itu meraih 59 persen suara."
    mentions = _mentions(text)
    assert ("Koalisi Indonesia Maju", "ORG") in mentions
    assert ("KIM", "ORG") in mentions


def test_a_brand_written_small_first_is_the_body_of_a_title() -> None:
    text = "Hal itu disampaikan CEO interim eFishery Adhy Wibisono dalam pernyataan resmi."
    assert ("eFishery", "ORG") in _mentions(text)
    assert _roles(text)["Adhy Wibisono"] == "CEO interim eFishery"


def test_a_title_alone_finds_the_one_person_holding_it() -> None:
    text = (
        "Paus Fransiskus kembali menyerukan gencatan senjata di Gaza.\n\n"
        '"Saya memikirkan komunitas Kristen di Israel dan Palestina," kata Paus di hadapan '
        "umat."
    )
    assert _quotes(text)[0][:2] == ("Fransiskus", "Paus")


@pytest.mark.parametrize(
    "text",
    [
        "Usai ditunjuk menjadi Ketua DPR, Bambang Soesatyo mengatakan akan bekerja keras.",
        "Meski sudah tidak berdampingan dalam mengurus ibu kota, Djarot mengatakan hubungannya "
        "baik.",
        "Ketika Edy datang meminta restu menjadi cagub, Prabowo langsung menyetujuinya.",
    ],
)
def test_a_clause_before_the_subject_gives_it_no_role(text: str) -> None:
    assert set(_roles(text).values()) == {None}


def test_an_office_in_title_case_after_jabatan_is_no_malaysian_body() -> None:
    text = "Marsekal Hadi Tjahjanto menyerahkan Jabatan Kepala Staf Angkatan Udara kepada Yuyu."
    assert not any(m.startswith("Jabatan") for m, _ in _mentions(text))


def test_a_place_set_off_after_a_cue_and_a_title_stays_a_place() -> None:
    text = (
        '"Kita tunggu keputusan," kata Sekretaris Fraksi Yandri Susanto di Gedung DPR, '
        "Kompleks Parlemen, Senayan, Jakarta Pusat, Selasa (6/6)."
    )
    assert ("Kompleks Parlemen", "PER") not in _mentions(text)


def test_a_name_after_alias_is_the_same_person_not_part_of_the_role() -> None:
    text = (
        "Ketua Umum Partai Kebangkitan Bangsa (PKB) Muhaimin Iskandar alias Cak Imin "
        "menegaskan partainya solid mendukung pemerintah."
    )
    assert _quotes(text)[0][:2] == (
        "Muhaimin Iskandar",
        "Ketua Umum Partai Kebangkitan Bangsa (PKB)",
    )


# --- quantities ----------------------------------------------------------------------------


def _amounts(text: str) -> list[tuple[str, str | None, str | None]]:
    from warta.extract.quantities import extract_quantities

    return [(q["text"], q.get("unit"), q.get("counts")) for q in extract_quantities(text)]


def test_a_headline_number_counts_nothing_on_the_next_line() -> None:
    text = "Kasus DBD Naik Tiga Kali Lipat\n\nTEMPO.CO, Jakarta - Wakil Menteri mengatakan."
    assert _amounts(text) == [("Tiga Kali Lipat", "times", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Kasus DBD sepanjang 2024 naik hampir tiga kali lipat.",
        "Pada 2023 kasus serupa juga terjadi di Bekasi.",
    ],
)
def test_a_year_after_a_word_of_time_is_no_amount(text: str) -> None:
    assert not any(q[0].isdigit() and len(q[0]) == 4 for q in _amounts(text))


def test_a_year_like_count_is_still_an_amount() -> None:
    assert ("2024", "people", "peserta") in _amounts("Sebanyak 2024 peserta ikut lomba.")


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Putusan itu dibacakan majelis yang dipimpin hakim agung, Irfan Fachruddin, pada "
         "Selasa.", "Irfan Fachruddin", "hakim agung"),
        ("KPK juga memeriksa dokter RS Medika Permata Hijau, Bimanesh Sutarjo, sebagai "
         "tersangka.", "Bimanesh Sutarjo", "dokter RS Medika Permata Hijau"),
    ],
)  # fmt: skip
def test_a_role_set_off_after_a_verb_is_the_persons(text: str, person: str, role: str) -> None:
    assert _roles(text)[person] == role


def test_a_known_body_tagged_with_the_coach_after_his_title_is_split_off() -> None:
    text = (
        "Persib Bandung menang 2-1 atas Persija Jakarta.\n\n"
        "Pelatih Persib Bojan Hodak mengaku puas dengan penampilan anak asuhnya. "
        '"Kami bermain disiplin," ujar pelatih asal Kroasia itu seusai laga.'
    )
    assert _roles(text)["Bojan Hodak"] == "Pelatih Persib"
    assert {who for who, _, _ in _quotes(text)} == {"Bojan Hodak"}


def test_the_bench_of_a_court_is_no_part_of_its_name() -> None:
    text = (
        "Jakarta - Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) Jakarta "
        "menjatuhkan vonis 6 tahun penjara kepada Harvey Moeis."
    )
    assert ("Pengadilan Tindak Pidana Korupsi", "ORG") in _mentions(text)


def test_tim_is_a_given_name_before_a_surname() -> None:
    text = (
        "CEO Apple Tim Cook sempat bertemu Presiden Joko Widodo di Istana Merdeka. Saat itu, "
        "Cook mengatakan Apple tengah menjajaki kemungkinan membangun pabrik di Indonesia."
    )
    assert _quotes(text)[0][:2] == ("Tim Cook", "CEO Apple")


def test_a_cleft_copula_opens_no_name() -> None:
    text = (
        "Adalah Stefano Boeri, arsitek tata kota asal Italia yang dipercaya pemerintah untuk "
        "membuat rancangan kota itu. Menurut Boeri, kota hutan itu akan menyerap karbon."
    )
    assert {who for who, _, _ in _quotes(text)} == {"Stefano Boeri"}


def test_the_grade_of_a_police_rank_written_out_is_no_name() -> None:
    text = (
        '"Ancaman pidananya paling lama 10 tahun penjara," ucap Kepala Unit Reserse Kriminal '
        "Polsek Sukolilo Inspektur Polisi Satu Pujianto kepada wartawan."
    )
    assert _quotes(text)[0][0] == "Pujianto"


def test_an_office_set_off_before_a_rank_is_the_role_and_finds_its_holder_later() -> None:
    text = (
        "Kapolsek Cipondoh, Kompol Bayu Suseno mengatakan, peristiwa itu bermula dari "
        "perselisihan antara TH dan NL.\n\nPukul 01.00 WIB dini hari, polisi mendapat laporan "
        'dari warga. "Petugas berusaha membujuk pelaku keluar," kata Kapolsek.'
    )
    assert _roles(text)["Bayu Suseno"] == "Kapolsek Cipondoh"
    assert [who for who, _, _ in _quotes(text)] == ["Bayu Suseno", "Bayu Suseno"]


def test_a_body_set_off_inside_a_title_after_the_cue() -> None:
    text = (
        '"Lokasinya di perumahan, tapi dibuat gudang," ujar Direktur Tindak Pidana Narkotika, '
        "Bareskrim Mabes Polri, Kombes Pol John Turman Panjaitan di Cimahi, Senin."
    )
    assert _quotes(text)[0][:2] == (
        "John Turman Panjaitan",
        "Direktur Tindak Pidana Narkotika, Bareskrim Mabes Polri",
    )


def test_berkomentar_introduces_a_quote() -> None:
    text = (
        "Produser Simon Kinberg pernah berkomentar soal sekuel itu, “Saya pikir Deadpool 2 "
        "akan berkomentar tentang apa pun yang terjadi.”"
    )
    assert _quotes(text)[0][:2] == ("Simon Kinberg", "Produser")


def test_a_derived_word_opening_a_sentence_is_no_part_of_its_subject() -> None:
    text = (
        "Sutradara Tim Miller meninggalkan tim produksi. Aktor Ryan Reynolds bertemu Leitch.\n\n"
        "Keputusan Reynolds menawari Leitch itu tidak sesuai dengan permintaan penggemar. "
        "Ia menambahkan, “Kami tidak punya pilihan lain.”"
    )
    speakers = {who for who, _, _ in _quotes(text)}
    assert "Keputusan Reynolds" not in speakers


def test_a_unit_after_a_number_is_no_name() -> None:
    text = "Galaxy S25 Ultra dibekali RAM 12 GB dan memori internal hingga 1 TB."
    assert "TB" not in {m for m, _ in _mentions(text)}


def test_a_wife_named_with_her_husbands_name_is_not_him() -> None:
    text = (
        "Presiden Joko Widodo didampingi Ibu Negara Iriana Joko Widodo meninjau pasar. "
        "Wapres Jusuf Kalla dan istri Mufidah Jusuf Kalla hadir. Kalla berkata. Mufidah "
        "tersenyum."
    )
    canonical = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canonical["Joko Widodo"] == "Joko Widodo"
    assert canonical["Iriana Joko Widodo"] == "Iriana Joko Widodo"
    assert canonical["Kalla"] == "Jusuf Kalla"
    assert canonical["Mufidah"] == "Mufidah Jusuf Kalla"


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Ketua DPR Sufmi Dasco Ahmad hadir. Sufmi Dasco berkata. Dasco menambahkan.",
         "Sufmi Dasco Ahmad"),
        # no spouse named: a full name at the end of a fuller one is that person
        ("Bupati Banyuwangi Abdullah Azwar Anas hadir. Azwar Anas berkata. Anas menambahkan.",
         "Abdullah Azwar Anas"),
    ],
)  # fmt: skip
def test_a_shorter_form_of_a_fuller_name_is_still_that_person(text: str, full: str) -> None:
    assert {m["canonical"] for m in find_entities(text) if m["label"] == "PER"} == {full}


def test_a_known_body_after_a_title_and_its_field_splits_off() -> None:
    text = "Direktur Olahraga Ducati Paolo Ciabatti menegaskan mereka tidak akan menjual timnya."
    assert ("Ducati", "ORG") in _mentions(text)
    assert _roles(text)["Paolo Ciabatti"] == "Direktur Olahraga Ducati"


def test_an_english_headline_in_sentence_case_is_no_name() -> None:
    text = (
        "Indonesia's central bank holds rate steady as rupiah weakens\n\n"
        "JAKARTA (Reuters) - Bank Indonesia kept its benchmark interest rate unchanged."
    )
    names = {m for m, _ in _mentions(text)}
    assert not any(" holds " in n for n in names)
    assert "Bank Indonesia" in names


def test_a_name_with_small_joining_words_stays_whole() -> None:
    text = "Dinas Pekerjaan Umum dan Penataan Ruang menyiapkan alat berat."
    assert ("Dinas Pekerjaan Umum dan Penataan Ruang", "ORG") in _mentions(text)


def test_a_malaysian_office_set_off_before_a_form_of_address() -> None:
    text = (
        "Ketua Polis Johor, Datuk M Kumar berkata, suspek ditahan kira-kira jam 3 petang di "
        "Ibu Pejabat Polis Kontinjen (IPK) Johor."
    )
    assert _roles(text)["M Kumar"] == "Ketua Polis Johor"
    assert ("Ibu Pejabat Polis Kontinjen", "ORG") in _mentions(text)


def test_agung_after_a_rank_opens_the_name() -> None:
    roles = _roles("Kapolda Brigjen Pol Agung Budi Maryoto menyebut. Jaksa Agung Prasetyo hadir.")
    assert roles["Agung Budi Maryoto"] == "Kapolda"
    assert roles["Prasetyo"] == "Jaksa Agung"


def test_a_given_name_the_tagger_ran_a_known_body_over_goes_to_the_person() -> None:
    text = "Hal itu disampaikan ketua umum Persipura Benhur Tommy Mano kepada wartawan."
    assert ("Persipura", "ORG") in _mentions(text)
    assert _roles(text)["Benhur Tommy Mano"] == "ketua umum Persipura"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ('"Kami harap jalan di Sambas mulus," ujar Bupati Sambas Atbah Romin Suhaili.',
         "Atbah Romin Suhaili", "Bupati Sambas"),
        ("Gubernur Jawa Barat Ahmad Heryawan hadir.", "Ahmad Heryawan", "Gubernur Jawa Barat"),
        ("Gubernur Sulawesi Tenggara Nur Alam hadir.", "Nur Alam", "Gubernur Sulawesi Tenggara"),
    ],
)  # fmt: skip
def test_a_given_name_the_tagger_ran_a_place_over(text: str, person: str, role: str) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    "text",
    [
        "Manajer Newcastle United Rafa Benitez kecewa dengan hasil itu.",
        "Manajer Newcastle United Rafa Benitez kecewa. Newcastle United kalah lagi.",
    ],
)
def test_a_clubs_last_word_is_no_given_name(text: str) -> None:
    assert "Rafa Benitez" in _roles(text)


def test_a_cost_written_in_capitals_with_its_acronym_is_a_term() -> None:
    text = (
        "Kementerian Agama (Kemenag) bersama Komisi VIII DPR RI menyepakati Biaya "
        "Penyelenggaraan Ibadah Haji (BPIH) tahun 1446 H/2025 M sebesar Rp 89.410.258 per "
        "jemaah. BPIH tahun ini turun."
    )
    assert "BPIH" not in {m for m, _ in _mentions(text)}


# --- dates ---------------------------------------------------------------------------------


def test_days_listed_before_a_month_are_each_a_date() -> None:
    from warta.extract.dates import extract_dates

    text = (
        "Tiket untuk tanggal 21 dan 22 Desember 2024 hampir habis. Libur pada 24, 25, dan 26 "
        "Mei 2025."
    )
    found = [(d["text"], d["value"]) for d in extract_dates(text, published="2024-12-11")]
    assert found == [
        ("21", "2024-12-21"),
        ("22 Desember 2024", "2024-12-22"),
        ("24", "2025-05-24"),
        ("25", "2025-05-25"),
        ("26 Mei 2025", "2025-05-26"),
    ]
    assert not [q for q in _amounts(text) if q[0] in {"21", "24", "25"}]
    # the day of a month only: no listed day before a span of years
    spans = extract_dates("KPK tinggal 2,5 tahun lagi.", published="2017-08-20")
    assert spans == []  # (nor "5 tahun lagi", the decimals of a number)


def test_the_agent_of_a_passive_named_by_a_relation_then_set_off_speaks_next() -> None:
    text = (
        "Mantan Menteri Luar Negeri RI Hassan Wirajuda meninggal dunia di Jakarta, Sabtu.\n\n"
        "Kabar duka itu disampaikan putranya, Muhammad Wirajuda, melalui pesan singkat kepada "
        'wartawan. "Bapak berpulang dengan tenang setelah dirawat selama dua pekan," katanya.'
    )
    assert _quotes(text)[0][0] == "Muhammad Wirajuda"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Wamenaker Immanuel Ebenezer hadir dalam acara itu.", "Immanuel Ebenezer", "Wamenaker"),
        ("Menkomdigi Meutya Hafid berkata situs judi diblokir.", "Meutya Hafid", "Menkomdigi"),
    ],
)
def test_the_new_cabinets_short_offices_are_roles(text: str, person: str, role: str) -> None:
    assert _roles(text)[person] == role


def test_a_new_short_office_finds_the_minister_named_in_full() -> None:
    text = (
        "Menteri Komunikasi dan Digital Meutya Hafid mengatakan pemblokiran situs judi terus "
        'dilakukan.\n\n"Kami tidak akan berhenti," kata Menkomdigi.'
    )
    assert [who for who, _, _ in _quotes(text)] == ["Meutya Hafid", "Meutya Hafid"]


def test_an_office_set_off_before_a_doctors_form_of_address() -> None:
    text = (
        "Jakarta - Kasus ISPA meningkat. Dokter spesialis anak RSUD Tarakan, dr. Rina Kartika, "
        "Sp.A, mengatakan jumlah pasien naik."
    )
    assert _roles(text)["Rina Kartika"] == "Dokter spesialis anak RSUD Tarakan"
    assert _quotes(text)[0][:2] == ("Rina Kartika", "Dokter spesialis anak RSUD Tarakan")


def test_a_grade_after_a_title_is_no_part_of_the_body() -> None:
    text = (
        "Direktur Eksekutif Center of Economic and Law Studies (Celios) Bhima Yudhistira "
        "menyebut ekonomi melambat. Pengamat pasar uang Ariston Tjendra memprediksi rupiah "
        "melemah."
    )
    assert ("Center of Economic and Law Studies", "ORG") in _mentions(text)
    assert _roles(text)["Ariston Tjendra"] == "Pengamat pasar uang"


def test_a_village_head_set_off_with_the_district_and_by_the_village_named_before() -> None:
    text = (
        "Kepala Desa Sukamaju, Kecamatan Cibeber, Asep Saepudin, ditahan Kejari Cianjur. "
        "Kades Sukamaju Asep menolak berkomentar."
    )
    mentions = find_entities(text)
    roles = [(str(m["text"]), m.get("role")) for m in mentions if m["label"] == "PER"]
    assert roles == [
        ("Asep Saepudin", "Kepala Desa Sukamaju, Kecamatan Cibeber"),
        ("Asep", "Kades Sukamaju"),
    ]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Ketua RT 05/RW 03 Kelurahan Cempaka Putih, Slamet Riyadi, mengatakan warga panik.",
         "Slamet Riyadi", "Ketua RT 05/RW 03 Kelurahan Cempaka Putih"),
        ("Koordinator Indonesia Corruption Watch (ICW) Agus Sunaryanto menilai vonis ringan.",
         "Agus Sunaryanto", "Koordinator Indonesia Corruption Watch (ICW)"),
        ("Menteri Koordinator Bidang Perekonomian Airlangga Hartarto hadir.",
         "Airlangga Hartarto", "Menteri Koordinator Bidang Perekonomian"),
    ],
)  # fmt: skip
def test_neighbourhood_heads_and_coordinators(text: str, person: str, role: str) -> None:
    assert _roles(text)[person] == role


def test_a_coordinating_ministry_opens_no_coordinators_role() -> None:
    text = (
        "Deputi Kementerian Koordinator Bidang Perekonomian Bambang Wijanarko menuturkan hal "
        "itu. Koordinator KontraS Yati Andriyati menilai vonis ringan."
    )
    roles = _roles(text)
    assert roles["Yati Andriyati"] == "Koordinator KontraS"
    assert not str(roles.get("Bambang Wijanarko") or "").startswith("Koordinator")


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Dokter spesialis jantung dr. Budi Santoso menyebut pasien bertambah.", "Budi Santoso",
         "Dokter spesialis jantung"),
        ("Dokter spesialis penyakit dalam RS Cipto Mangunkusumo dr. Ari Fahrial Syam "
         "mengingatkan.", "Ari Fahrial Syam",
         "Dokter spesialis penyakit dalam RS Cipto Mangunkusumo"),
    ],
)  # fmt: skip
def test_a_specialists_field_in_lower_case_is_the_role(text: str, person: str, role: str) -> None:
    assert _roles(text)[person] == role


def test_a_part_of_a_name_read_as_a_body_where_the_article_quotes_by_it_is_the_person() -> None:
    text = (
        "Kasat Lantas Polres Metro Depok AKBP Multazam Lisendra membenarkan kejadian itu. "
        '"Kami sudah mengantongi identitas pengendara dari pelat nomornya," ujar Multazam saat '
        "dihubungi, Rabu (27/11/2024)."
    )
    assert ("Multazam", "PER") in _mentions(text)
    assert _quotes(text)[0][0] == "Multazam Lisendra"
