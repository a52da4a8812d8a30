"""Regression tests for speaker errors seen on real news (issue 6): pronouns and epithets that
must reach the person in focus, organisations that must not, and junk reported speech."""

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
                {"text": surface, "label": label, "canonical": surface, "start": start,
                 "end": start + len(surface)}
            )  # fmt: skip
            start = text.find(surface, start + 1)
    return sorted(out, key=lambda e: e["start"])


def _speakers(text: str, spans: list[tuple[str, str]] | None = None) -> list[tuple[str, Any]]:
    found = extract_quotes(text, entities=_entities(text, spans or []))
    return [(q["text"][:25], q["speaker"]) for q in found]


ARTICLE = (
    "Direktur Utama Sinar Tani Bambang Wirawan mengatakan, perusahaan akan membuka pabrik baru.\n\n"
    "Dalam rencana itu, Sinar Tani berharap bisa menambah produksi beras nasional.\n\n"
    '"Kami sudah menyiapkan lahan seluas sepuluh hektare di Karawang," lanjutnya.\n\n'
    "Meski demikian, ia mengaku pembangunan pabrik membutuhkan dana yang besar.\n\n"
    '"Kalau izin keluar bulan depan, kami langsung mulai," pungkas mantan bos PT Pupuk '
    "Sejahtera ini."
)


def test_nya_pronoun_skips_organisation_to_person_in_focus() -> None:
    found = _speakers(ARTICLE, [("Sinar Tani", "ORG"), ("Bambang Wirawan", "PER")])
    by_text = dict(found)
    assert by_text["Kami sudah menyiapkan lah"] == "Bambang Wirawan"
    assert by_text["pembangunan pabrik membut"] == "Bambang Wirawan"


def test_epithet_ending_in_ini_refers_to_person_in_focus() -> None:
    found = _speakers(ARTICLE, [("Sinar Tani", "ORG"), ("Bambang Wirawan", "PER")])
    assert dict(found)["Kalau izin keluar bulan d"] == "Bambang Wirawan"


def test_menurutnya_mid_sentence_reports_the_clause_after_it() -> None:
    text = (
        "Ketua Koperasi Maju Bersama Siti Aminah menjelaskan, anggota koperasi terus bertambah.\n\n"
        "Di samping itu, menurutnya, koperasi tidak perlu meminjam modal dari bank."
    )
    found = extract_quotes(text, entities=_entities(text, [("Siti Aminah", "PER")]))
    second = [q for q in found if "bank" in q["text"]]
    assert second and second[0]["text"].startswith("Di samping itu, menurutnya, koperasi")
    assert second[0]["speaker"] == "Siti Aminah"
    assert not any(q["text"] == "Di samping itu" for q in found)


def test_generic_subject_with_modal_is_not_a_reported_speaker() -> None:
    text = "Lewat fitur baru ini, pengguna dapat menambahkan catatan rapat langsung di kalender."
    assert extract_quotes(text) == []


def test_title_then_comma_then_name_after_cue_gives_the_name() -> None:
    text = (
        '"Kami datang untuk menang, bukan sekadar ikut," kata Manajer tim voli putri '
        "Indonesia, Rina Kusumawati."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Rina Kusumawati"
    assert quote["role"] == "Manajer tim voli putri Indonesia"


def test_swapped_letter_typo_resolves_to_the_named_person() -> None:
    text = (
        "Kepala Bidang Humas Polda Banten Komisaris Besar Yusri Harahap menyebut massa berjumlah "
        "sekitar seratus orang.\n\n"
        "Yursi mengatakan, polisi sudah berjaga sejak pagi di lokasi."
    )
    found = extract_quotes(text)
    assert [q["speaker"] for q in found] == ["Yusri Harahap", "Yusri Harahap"]


def test_organisation_speaker_drops_its_legal_form() -> None:
    text = "PT Kereta Nusantara (Persero) menyatakan jadwal perjalanan kembali normal pekan depan."
    (quote,) = extract_quotes(text, entities=_entities(text, [("PT Kereta Nusantara", "ORG")]))
    assert quote["speaker"] == "PT Kereta Nusantara"


def test_one_of_a_group_of_users_is_anonymous_not_a_name() -> None:
    text = (
        "Dalam kolom komentar, salah satu pengguna Instagram mengaku kagum dengan foto itu.\n\n"
        '"Foto ini indah sekali dan membuat saya rindu pulang kampung," katanya.'
    )
    found = extract_quotes(text)
    assert found and all(q["speaker"] != "Instagram" for q in found)


def test_agent_after_oleh_becomes_the_person_in_focus() -> None:
    text = (
        "Hal tersebut diungkapkan oleh Kepala Dinas Pertanian, Joko Prasetyo, usai rapat di "
        "kantor bupati.\n\n"
        '"Tahun ini kami menargetkan panen dua kali lipat dari tahun lalu," ujarnya.'
    )
    found = extract_quotes(text)
    assert found[-1]["speaker"] == "Joko Prasetyo"


def test_day_name_before_speech_verb_is_not_a_speaker() -> None:
    text = (
        "Siaran pers Kementerian Pertanian di Jakarta, Minggu menyebutkan stok pupuk aman "
        "hingga akhir tahun."
    )
    found = extract_quotes(text)
    assert all(q["speaker"] != "Minggu" for q in found)


def test_speech_verb_before_a_name_is_not_a_role() -> None:
    from warta.extract.quotes import extract_quotes

    text = (
        "Macron juga berbicara dengan Volodymyr Zelenskiy dari Ukraina.\n\n"
        "“Kami mendukung intensifikasi proses perdamaian,” tweet Zelenskiy, menambahkan bahwa "
        "dia telah memberi tahu Macron tentang “penembakan provokatif baru” di garis depan."
    )
    quotes = extract_quotes(text)
    assert [q["speaker"] for q in quotes] == ["Volodymyr Zelenskiy", "Volodymyr Zelenskiy"]
    assert all(q["role"] is None for q in quotes)
