"""Round 16: a quote's role names an office, a calling or a relation, or there is none; a
speaker after the cue may run as long as a subject before the verb."""

from __future__ import annotations

import pytest

from warta.extract.entities import find_entities
from warta.extract.quotes import extract_quotes
from warta.extract.quotes.speakers import names_a_role


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.get("speaker"), q.get("role"))
        for q in extract_quotes(text, entities=find_entities(text))
    ]


@pytest.mark.parametrize(
    "role",
    [
        "Menteri Keuangan",
        "Kapolda Metro Jaya Irjen",
        "vokalis Java Jive",
        "istri korban",
        "putrinya",
        "Komisioner Komnas HAM",
        "head of Corporate Communication CMNP",
        "Juru Bicara KPK",
        "kuasa hukum",
    ],
)
def test_offices_callings_and_relations_are_roles(role: str) -> None:
    assert names_a_role(role)


@pytest.mark.parametrize(
    "phrase",
    ["pengakuan", "Keyakinan", "pertandingan", "tangan", "KTP", "(12/6)", "Pers", "sang", "com"],
)
def test_what_merely_stood_before_a_name_is_no_role(phrase: str) -> None:
    assert not names_a_role(phrase)


def test_a_quote_keeps_no_role_that_names_none() -> None:
    text = (
        "Menurut pengakuan Brawn pada The Guardian, dirinya masih sering mengunjungi "
        "Schumacher.\n\n"
        "Usai pertandingan Mourinho mengaku puas dengan penampilan timnya.\n\n"
        'Menteri Keuangan Sri Mulyani mengatakan, "Defisit tetap aman."'
    )
    said = _speakers(text)
    assert ("Brawn", None) in said
    assert ("Mourinho", None) in said
    assert ("Sri Mulyani", "Menteri Keuangan") in said


def test_a_long_office_after_the_cue_keeps_its_name() -> None:
    text = (
        '"Setelah beberapa kali menggelar perkaranya, kami nyatakan hasilnya belum cukup '
        'bukti," ujar Kepala Sub - Direktorat II Direktorat Reserse Kriminal Umum Polda Jatim '
        "Ajun Komisaris Besar Polisi Yudhistira di Surabaya, Sabtu (30/9)."
    )
    assert _speakers(text) == [
        (
            "Yudhistira",
            "Kepala Sub - Direktorat II Direktorat Reserse Kriminal Umum Polda Jatim",
        )
    ]


def _ents(text: str) -> list[tuple[str, str]]:
    return [(str(m["text"]), str(m["label"])) for m in find_entities(text)]


def test_a_regency_the_gazetteer_lacks_is_a_place() -> None:
    assert ("Luwu", "LOC") in _ents("Banjir bandang melanda warga Luwu sejak kemarin.")
    # (the unit spelt out, its short form and the regency are one body since round 55)
    assert ("Badan Penanggulangan Bencana Daerah (BPBD) Luwu", "ORG") in _ents(
        "Badan Penanggulangan Bencana Daerah (BPBD) Luwu mencatat 12 orang meninggal dunia."
    )
    assert ("BPBD Luwu", "ORG") in _ents(
        "Kepala Pelaksana BPBD Luwu, Andi Baso Tenriesa, mengatakan air naik."
    )
    found = _ents("Bupati Luwu Utara Indah Putri Indriani meninjau lokasi banjir.")
    assert ("Luwu Utara", "LOC") in found and ("Indah Putri Indriani", "PER") in found
    # coal is no regency, though one is named after it
    assert not any(
        text == "Batubara" for text, _ in _ents("Undang-Undang Pertambangan Mineral dan Batubara.")
    )


def test_a_regency_ending_a_misread_name_stays_a_place() -> None:
    text = (
        "Dinny Jusuf memperkenalkan Tenun Mamasa sejak 2014. Tenun Mamasa dibuat ibu-ibu. "
        "Mamasa merupakan daerah terpencil. Untuk ke Mamasa butuh waktu 10 jam."
    )
    assert all(label == "LOC" for text_, label in _ents(text) if text_ == "Mamasa")
    assert ("Mamasa", "LOC") in _ents(text)


def test_a_headline_in_title_case_counts_people() -> None:
    from warta.extract.quantities import extract_quantities

    found = extract_quantities("Banjir Terjang Luwu, 12 Orang Meninggal dan 3 Pendaki Hilang")
    assert [(q["text"], q["unit"]) for q in found] == [("12", "people"), ("3", "people")]


def test_an_abbreviated_muhammad_opens_a_name_and_ends_no_sentence() -> None:
    from warta.extract.tokenize import sentences

    text = "Kuasa hukum terdakwa, Muh. Aris, menyatakan pikir-pikir selama tujuh hari."
    assert len(sentences(text)) == 1
    assert ("Muh. Aris", "PER") in _ents(text)
    assert len(sentences("Hadir pula Moch. Sholeh dan Mohd. Najib di acara itu.")) == 1


def test_a_mention_keeps_no_role_that_names_none() -> None:
    roles = {
        str(m["text"]): m.get("role")
        for m in find_entities(
            "Pertemuan itu dihadiri sang Raffi Ahmad dan Menteri Keuangan Sri Mulyani."
        )
    }
    assert roles.get("Raffi Ahmad") is None
    assert roles.get("Sri Mulyani") == "Menteri Keuangan"


def test_german_umlauts_written_out_meet_their_plain_spelling() -> None:
    from warta.extract.canonical import canonical_key

    assert canonical_key("Juergen Klopp") == canonical_key("Jürgen Klopp")
    assert canonical_key("Juergen Klopp") == canonical_key("Jurgen Klopp")
    assert canonical_key("Bayern Muenchen") == canonical_key("Bayern München")


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("Hyundai Kona dijual mulai Rp 500 juta di Jakarta.", "Hyundai"),
        ("Suzuki Jimny generasi terbaru akhirnya diperkenalkan di Jepang.", "Suzuki"),
        ("Mitsubishi Xpander menjadi mobil terlaris bulan lalu.", "Mitsubishi"),
        ("Panasonic Eluga C dijual dengan harga terjangkau.", "Panasonic"),
    ],
)
def test_a_product_taken_for_a_person_names_its_maker(text: str, maker: str) -> None:
    found = _ents(text)
    assert (maker, "ORG") in found
    assert not any(name.startswith(maker + " ") for name, _ in found)


def test_a_makers_company_and_namesakes_stay() -> None:
    assert ("Hyundai Motor Indonesia", "ORG") in _ents(
        "Hyundai Kona dijual oleh Hyundai Motor Indonesia mulai bulan depan."
    )
    assert ("Keisuke Honda", "PER") in _ents("Gelandang Keisuke Honda mencetak dua gol.")
    assert ("Volkswagen Arena", "LOC") in _ents("Laga digelar di Volkswagen Arena, Wolfsburg.")


@pytest.mark.parametrize(
    "text",
    [
        "Nikmatnya bulan suci Ramadhan juga dimanfaatkan Aura untuk berlibur.",
        "Dinas Sosial mengantisipasi lonjakan pengemis selama Ramadhan.",
        "Ramadhan tahun lalu Glenn Fredly merilis album religi.",
    ],
)
def test_the_month_of_fasting_is_no_person(text: str) -> None:
    assert not any("Ramadhan" in name for name, _ in _ents(text))


def test_someone_named_ramadhan_stays_a_person() -> None:
    text = "Striker Ramadhan Sananta mencetak gol. Saat Ramadhan mencetak gol kedua, stadion riuh."
    assert ("Ramadhan", "PER") in _ents(text)


def test_a_place_after_a_common_word_opening_the_sentence_is_found() -> None:
    text = "Banjir melanda. Warga Gowa mengungsi ke tempat aman. Para warga menunggu bantuan."
    assert ("Gowa", "LOC") in _ents(text)
    # a body's or a competition's head keeps the place inside its name
    assert ("Inggris", "LOC") not in _ents(
        "Liga Inggris kembali bergulir. Pertandingan liga berlangsung seru."
    )
