"""Regression tests for speaker attribution on real-news patterns (round 3): names glued to
organisations, degrees and initials around names, abbreviated offices, accounts, multi-paragraph
quotes, and reported speech cues (requests, passive and mid-sentence cues, datelines)."""

from __future__ import annotations

from typing import Any

from warta.extract.quotes import extract_quotes


def _entities(text: str, spans: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """NER-like entities for every occurrence of each (surface, label)."""
    out: list[dict[str, Any]] = []
    for surface, label in spans:
        start = text.find(surface)
        while start >= 0:
            out.append(
                {"text": surface, "label": label, "start": start, "end": start + len(surface)}
            )
            start = text.find(surface, start + 1)
    return out


def _speakers(text: str, entities: list[dict[str, Any]] | None = None) -> list[tuple[str, Any]]:
    return [(q["kind"], q["speaker"]) for q in extract_quotes(text, entities=entities)]


def test_organisation_glued_before_name_resolves_to_fullest_name() -> None:
    text = (
        "Penyerang Persija Jakarta Marko Simic siap tampil melawan Persib. Persija Jakarta "
        "menjamu Persib di Stadion Utama.\n\n"
        '"Kami ingin menang di depan pendukung sendiri," kata Simic.'
    )
    entities = _entities(
        text, [("Persija Jakarta Marko Simic", "ORG"), ("Persija Jakarta", "ORG"), ("Simic", "PER")]
    )
    assert _speakers(text, entities) == [("direct", "Marko Simic")]


def test_organisation_words_glued_after_name_are_dropped() -> None:
    text = (
        "Pelatih Arema Joko Susilo menurunkan tim terbaik. Arema bermain di kandang.\n\n"
        "Menurut Joko Arema juga mengincar dua pemain muda untuk musim depan.\n\n"
        '"Kami masih mencari bek tengah," kata Joko.'
    )
    entities = _entities(text, [("Arema", "ORG"), ("Joko Arema", "PER")])
    assert ("direct", "Joko Susilo") in _speakers(text, entities)


def test_initial_with_dot_stays_in_the_name_after_a_long_title() -> None:
    text = (
        '"Seleksi guru dibuka bulan depan," kata Kepala Dinas Pendidikan dan Kebudayaan '
        "Kabupaten Bogor, R. Dadang Hermawan, di Cibinong, Senin."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "R. Dadang Hermawan"
    assert quote["role"] is not None and quote["role"].startswith("Kepala Dinas Pendidikan")


def test_degrees_after_name_are_not_the_speaker() -> None:
    text = (
        "Direktur RSUD Cempaka dr. Sri Wahyuni Sp. OG, FICS, mengatakan layanan persalinan "
        "kini buka selama 24 jam.\n\n"
        '"Kami menambah enam bidan jaga," jelas Direktur RSUD.'
    )
    quotes = extract_quotes(text)
    assert quotes[0]["kind"] == "indirect" and quotes[0]["speaker"] == "Sri Wahyuni"


def test_abbreviated_office_resolves_to_the_person_holding_it() -> None:
    text = (
        "Kadisdik Kota Depok Mohammad Thamrin mengatakan sekolah tetap buka selama banjir.\n\n"
        '"Siswa yang rumahnya terendam boleh belajar dari rumah," jelas Kadisdik.'
    )
    assert [s for _, s in _speakers(text)] == ["Mohammad Thamrin", "Mohammad Thamrin"]


def test_ministry_abbreviation_after_passive_agent_is_not_the_speaker() -> None:
    text = (
        "Hal itu diungkapkan oleh Asisten Deputi Bidang Pangan Kemenko Perekonomian, "
        "Budi Santoso, usai rapat koordinasi di Jakarta.\n\n"
        '"Stok beras aman sampai akhir tahun," ujarnya.'
    )
    entities = _entities(text, [("Kemenko Perekonomian", "PER"), ("Budi Santoso", "PER")])
    assert _speakers(text, entities) == [("direct", "Budi Santoso")]


def test_name_then_role_apposition_before_the_verb() -> None:
    text = (
        "Rina Marlina, Kepala Bagian Humas PT Maju Jaya menjelaskan kerja sama dengan mitra "
        "lama hanya berlaku untuk produk tahun lalu."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Rina Marlina"
    assert quote["role"] == "Kepala Bagian Humas PT Maju Jaya"


def test_quote_paragraph_takes_the_speaker_named_in_the_next_paragraph() -> None:
    text = (
        "Ketua Umum PSSI Andi Wijaya menilai timnas tampil baik.\n\n"
        "Pelatih timnas, Bambang Pamungkas, juga puas dengan hasil laga itu.\n\n"
        '"Sejauh ini para pemain menunjukkan semangat yang luar biasa."\n\n'
        '"Jadi kami akan mempertahankan komposisi yang sama," ujar Bambang.'
    )
    assert [s for k, s in _speakers(text) if k == "direct"] == ["Bambang Pamungkas"] * 2


def test_social_media_account_is_the_speaker() -> None:
    text = (
        '"Arus lalu lintas di tol dalam kota padat merayap," tulis akun @InfoLaluLintas, '
        "Senin (3/4).\n\n"
        '"Hindari ruas Cawang menuju Semanggi," cuitnya.'
    )
    quotes = extract_quotes(text)
    assert [q["speaker"] for q in quotes] == ["@InfoLaluLintas", "@InfoLaluLintas"]
    assert quotes[0]["role"] is None


def test_negated_speech_verb_is_not_a_quote() -> None:
    text = "Kapolres belum menyebutkan secara pasti kapan tersangka akan dilimpahkan ke kejaksaan."
    assert extract_quotes(text) == []


def test_request_with_agar_is_reported_speech_but_a_planned_request_is_not() -> None:
    text = (
        "Bupati Bogor Ade Yasin meminta warga agar tidak membakar sampah di pekarangan.\n\n"
        "Ia juga akan meminta camat agar memeriksa setiap desa."
    )
    quotes = extract_quotes(text)
    assert [(q["kind"], q["speaker"], q["cue"]) for q in quotes] == [
        ("indirect", "Ade Yasin", "meminta")
    ]


def test_mid_sentence_cue_splits_the_statement() -> None:
    text = (
        "Kepala BPBD Garut Dadi Djakaria meninjau lokasi longsor.\n\n"
        "Pembangunan tanggul di hulu sungai, kata dia, ditargetkan selesai pada Desember."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Dadi Djakaria"
    assert "ditargetkan selesai pada Desember" in quote["text"]


def test_passive_cue_between_commas_names_the_speaker() -> None:
    text = "Pihak klub itu, diakui Rudi Hartono, sempat menawarkan kontrak tiga tahun kepadanya."
    (quote,) = extract_quotes(text)
    assert (quote["kind"], quote["speaker"], quote["cue"]) == ("indirect", "Rudi Hartono", "diakui")


def test_closing_cue_followed_by_place_and_day_is_an_indirect_quote() -> None:
    text = (
        "Harga cabai rawit naik tajam menjelang Lebaran, kata Menteri Perdagangan, "
        "di Jakarta, Senin."
    )
    (quote,) = extract_quotes(text)
    assert quote["text"] == "Harga cabai rawit naik tajam menjelang Lebaran"


def test_menurut_after_a_conjunction_reports_the_speaker() -> None:
    text = "Tim itu batal bertanding karena menurut Hendra Wijaya, lapangan masih tergenang air."
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Hendra Wijaya"
    assert quote["text"].startswith("lapangan masih tergenang")


def test_menurut_role_then_name_with_place_and_day() -> None:
    text = (
        "Menurut dosen pembimbing kedua mahasiswa itu, Agus Salim di Malang, Jawa Timur, Senin, "
        "jembatan tersebut juga memiliki nilai estetika."
    )
    (quote,) = extract_quotes(text)
    assert (quote["speaker"], quote["role"]) == (
        "Agus Salim",
        "dosen pembimbing kedua mahasiswa itu",
    )
    assert quote["text"].startswith("jembatan tersebut")


def test_dateline_day_before_the_verb_leaves_the_subject() -> None:
    text = (
        "Siaran pers Kementerian Pertanian di Jakarta, Minggu menyebutkan produksi gabah "
        "naik lima persen."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Kementerian Pertanian"


def test_news_agency_writing_is_reported_speech() -> None:
    text = "Kantor berita Antara menulis jalur kereta telah dibuka kembali sejak pagi."
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Kantor berita Antara" and quote["cue"] == "menulis"


def test_two_word_name_keeps_given_name_used_alone_elsewhere() -> None:
    text = (
        "Ketua DPRD Agus Rahmat tidak memenuhi panggilan jaksa. Surat itu menyatakan Agus "
        "sedang bertugas di luar kota.\n\n"
        "Dalam suratnya, Rahmat mengaku tengah ada kegiatan reses di daerah pemilihannya."
    )
    entities = _entities(text, [("Agus Rahmat", "PER"), ("Rahmat", "PER")])
    quotes = extract_quotes(text, entities=entities)
    assert quotes[-1]["speaker"] == "Agus Rahmat"
