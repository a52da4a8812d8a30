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
