"""Speaker attribution (round 9, from a fresh set scored once before): a given name two
people share, a body named by two words, the source of a report, an epithet after a name
without a comma, royal titles that are given names."""

from __future__ import annotations

from typing import Any

from warta.extract.entities import find_entities
from warta.extract.quotes import extract_quotes


def _speakers(text: str) -> list[Any]:
    found = extract_quotes(text, entities=find_entities(text))
    return [q.get("speaker") for q in found]


def test_a_given_name_that_opens_two_names_stays_in_both() -> None:
    text = (
        "Vokal satu diisi Muhammad Rizki Ananda dan bass oleh Muhammad Fajar Hidayat.\n\n"
        "Rizki dan Fajar sudah berkawan sejak kuliah di Bandung.\n\n"
        "“Kami dulu manggung dari masjid ke masjid,” kata Fajar."
    )
    assert _speakers(text) == ["Muhammad Fajar Hidayat"]


def test_a_body_named_by_two_words_speaks_as_itself() -> None:
    text = (
        "Perusahaan itu meluncurkan empat ponsel baru di Barcelona.\n\n"
        "Menurut Nusa Telekom, bingkai ponsel ini dua kali lebih kuat dibandingkan "
        "aluminium biasa."
    )
    entities = find_entities(text)
    if not any(e["text"] == "Nusa Telekom" and e["label"] == "ORG" for e in entities):
        entities.append(
            {"text": "Nusa Telekom", "label": "ORG", "start": text.index("Nusa"),
             "end": text.index("Nusa") + len("Nusa Telekom"), "canonical": "Nusa Telekom"}
        )  # fmt: skip
    found = extract_quotes(text, entities=entities)
    assert [q["speaker"] for q in found] == ["Nusa Telekom"]


def test_the_source_of_a_report_is_who_speaks() -> None:
    assert _speakers(
        "Menurut keterangan pihak Basarnas, korban sudah ditemukan pada Senin pagi."
    ) == ["pihak Basarnas"]
    assert _speakers(
        "Menurut laporan Bloomberg via Detik, Samsung Electronics sukses menjual chip senilai "
        "US$ 69 miliar tahun lalu."
    ) == ["Bloomberg"]


def test_an_epithet_right_after_the_name() -> None:
    text = (
        "Timnas Thailand menang tipis atas Indonesia di Bangkok.\n\n"
        "“Maafkan saya,” kata Somchai mantan pemain nasional Thailand itu kepada wartawan."
    )
    assert _speakers(text)[-1] == "Somchai"


def test_a_royal_title_after_a_role_is_a_given_name() -> None:
    text = (
        "Hal itu dikonfirmasi Sekjen PSSI Ratu Dewi Anggraini kepada wartawan, Kamis.\n\n"
        "“Timnas futsal tetap berangkat,” kata Dewi."
    )
    assert _speakers(text) == ["Ratu Dewi Anggraini"]
    entities = find_entities(text)
    assert ("Ratu Dewi Anggraini", "Sekjen PSSI") in {
        (e["text"], e.get("role")) for e in entities if e["label"] == "PER"
    }


def test_a_nickname_clause_after_the_name() -> None:
    text = (
        "Pasangan itu menang dua gim langsung.\n\n"
        "Liliyana atau yang akrab disapa Butet, mengaku tampil lebih baik dari putaran "
        "pertama."
    )
    assert _speakers(text) == ["Liliyana"]


def test_a_specialist_degree_after_the_name() -> None:
    text = (
        "Spesialis onkologi dari RSCM, Prof. Dr. Ratna Wulandari, Sp. Rad (K) OnkRad "
        "menyebut ada makanan tertentu yang bisa menjadi pencetus."
    )
    assert _speakers(text) == ["Ratna Wulandari"]
    # an initial before the name is no degree: the name after the comma speaks
    text = (
        "Sekretaris Kelurahan Pulau Tidung, H.Saudin mengatakan, sejak tadi pagi sampah "
        "kiriman sudah mengepung perairan."
    )
    assert _speakers(text)[0] in {"H.Saudin", "Saudin"}


def test_a_statement_split_by_its_cue_starts_at_the_sentence_start() -> None:
    text = (
        "Ketua panitia Budi Santoso meninjau lokasi acara di Lapangan Banteng.\n\n"
        "Saat ini, kata Budi, panitia masih menunggu izin dari kepolisian setempat."
    )
    found = extract_quotes(text, entities=find_entities(text))
    assert found[-1]["text"].startswith("Saat ini, kata Budi, panitia masih")
    assert found[-1]["speaker"] == "Budi Santoso"


def test_a_balinese_name_keeps_its_i_after_a_ministry() -> None:
    text = (
        "Menurut Dirjen Ilmate Kementerian Perindustrian I Gusti Putu Suryawirawan, riset "
        "merupakan jantung dalam sebuah industri.\n\n"
        "“Beda dengan prakarya,” kata Putu."
    )
    entities = find_entities(text)
    assert ("Kementerian Perindustrian", "ORG") in {(e["text"], e["label"]) for e in entities}
    assert _speakers(text) == ["I Gusti Putu Suryawirawan", "I Gusti Putu Suryawirawan"]
    glued = find_entities("Hadir Dirjen Kemenperin I Gusti Putu Suryawirawan di Jakarta.")
    assert [(e["text"], e["label"]) for e in glued] == [
        ("Kemenperin", "ORG"),
        ("I Gusti Putu Suryawirawan", "PER"),
        ("Jakarta", "LOC"),
    ]


def test_jika_and_bila_stand_for_bahwa_after_verbs_of_saying() -> None:
    text = "Fahmi pun mengakui bila memang ada pertemuan yang dilakukan anak buahnya di ruko itu."
    (quote,) = extract_quotes(text, entities=find_entities(text))
    assert quote["text"].startswith("memang ada pertemuan") and quote["speaker"] == "Fahmi"
    text = "Peneliti Rafif Imawan membenarkan jika partai itu kehilangan banyak pemilih tahun ini."
    (quote,) = extract_quotes(text, entities=find_entities(text))
    assert quote["text"].startswith("partai itu kehilangan")


def test_belief_with_bahwa_is_reported_speech() -> None:
    assert _speakers("Guardiola yakin bahwa tim asuhannya akan jauh lebih baik musim depan.") == [
        "Guardiola"
    ]
    assert _speakers("Ia yakin timnya menang karena latihan keras.") == []


def test_menurutnya_without_a_comma() -> None:
    text = (
        "Komisioner KPU Evi Novida Ginting berharap partai berbenah.\n\n"
        "Menurutnya partai politik memiliki peranan yang penting dalam kehidupan berbangsa.\n\n"
        "Menurutnya juga, pemilih muda harus dirangkul sejak sekarang."
    )
    found = extract_quotes(text, entities=find_entities(text))
    assert [(q["text"][:20], q["speaker"]) for q in found] == [
        ("partai politik memil", "Evi Novida Ginting"),
        ("pemilih muda harus d", "Evi Novida Ginting"),
    ]


def test_a_passive_cue_opening_the_sentence() -> None:
    text = (
        "Ketua KPPU Syarkawi Rauf memanggil dua operator seluler.\n\n"
        "Dijelaskan Syarkawi, kesepakatan harga yang dimaksud melibatkan kedua operator itu."
    )
    found = extract_quotes(text, entities=find_entities(text))
    assert [(q["text"][:20], q["speaker"]) for q in found] == [
        ("kesepakatan harga ya", "Syarkawi Rauf")
    ]


def test_an_invitation_to_act_is_a_request() -> None:
    text = "Ma'ruf Amin mengajak masyarakat untuk terus menjaga persatuan bangsa."
    (quote,) = extract_quotes(text, entities=find_entities(text))
    assert quote["text"].startswith("masyarakat untuk terus menjaga")
    assert quote["speaker"] == "Ma'ruf Amin"


def test_imam_after_a_role_is_a_given_name() -> None:
    text = (
        "Menteri Pemuda dan Olahraga Imam Nahrawi gembira atas kemenangan timnas.\n\n"
        "“Timnas harus terus semangat dan kompak,” kata Imam."
    )
    entities = find_entities(text)
    assert ("Imam Nahrawi", "Menteri Pemuda dan Olahraga") in {
        (e["text"], e.get("role")) for e in entities if e["label"] == "PER"
    }
    assert _speakers(text) == ["Imam Nahrawi"]


def test_a_specialist_degree_written_as_one_word() -> None:
    text = (
        "Dokter spesialis penyakit dalam, dr. Ratna Sari, SpPD, mengatakan bahwa pasien kanker "
        "perlu asupan gizi yang cukup."
    )
    assert _speakers(text) == ["Ratna Sari"]


def test_a_role_glued_before_an_honorific_and_a_name() -> None:
    text = (
        "“Proyek itu harus dihentikan,” kata Arkeolog Aceh Dr Husaini Ibrahim di Banda Aceh, Senin."
    )
    assert _speakers(text) == ["Husaini Ibrahim"]
    found = find_entities("Hadir pula Arkeolog Aceh Dr Husaini Ibrahim dalam diskusi itu.")
    assert "Husaini Ibrahim" in {m["text"] for m in found if m["label"] == "PER"}


def test_a_sentence_adverb_with_nya_is_no_part_of_the_subject() -> None:
    text = (
        "Komisioner KPAI Retno Listyarti hadir dalam rapat.\n\n"
        "Rencananya Retno mengatakan bahwa sekolah harus aman bagi semua murid."
    )
    assert _speakers(text) == ["Retno Listyarti"]


def test_an_adjunct_of_time_between_the_verb_and_bahwa() -> None:
    for text in (
        "Kremlin menyatakan menjelang kunjungan itu bahwa kedua pemimpin akan membahas Suriah.",
        "Menteri Keuangan Sri Mulyani menegaskan pada Senin bahwa defisit anggaran masih aman.",
        "Wali Kota Budi Santoso mengatakan usai rapat bahwa anggaran sudah disetujui dewan.",
    ):
        (quote,) = extract_quotes(text, entities=find_entities(text))
        assert not quote["text"].startswith(("menjelang", "pada", "usai")), quote["text"]
