"""Session 39: what random IndoSum articles showed (a car's model read as a person)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles


def test_a_model_after_its_maker_is_no_person() -> None:
    text = (
        "PT Suzuki Indomobil Sales (SIS) mulai menjual Suzuki Jimny secara terbatas. Selain itu, "
        "Suzuki Baleno Hatchback juga dipasarkan bulan depan. Permintaan Jimny terus naik, "
        'kata Direktur Pemasaran SIS Donny Saputra. "Kami siapkan stok," ujar Marketing '
        "Director Suzuki Andy Wijaya."
    )
    found = _mentions(text)
    people = [t for t, label in found if label == "PER"]
    assert "Jimny" not in people and "Baleno Hatchback" not in people
    # the firm keeps its whole name, and a person after a title and the maker stays a person
    assert ("PT Suzuki Indomobil Sales", "ORG") in found
    assert "Andy Wijaya" in people
    assert _roles(text)["Andy Wijaya"] == "Marketing Director Suzuki"


def test_a_physicians_specialty_after_the_name_is_no_entity() -> None:
    for degree in ("Sp.Rad(K)OnkRad", "Sp. Rad (K) OnkRad"):
        text = (
            "Spesialis onkologi radiasi dari RSCM, Prof. Dr. Soehartati Gondhowiardjo, "
            f"{degree} menyebut ada makanan tertentu yang bisa menjadi pencetus."
        )
        people = [t for t, label in _mentions(text) if label == "PER"]
        assert people == ["Soehartati Gondhowiardjo"]
    # a name after a word that opens with "Sp" is no specialty
    assert ("Marquez", "PER") in _mentions("Juara dunia asal Spanyol Marquez menang lagi.")


def test_degrees_unknown_to_warta_may_close_a_run_of_degrees() -> None:
    text = (
        "Ahli penyakit dalam dr. Ari Fahrial Syam, SpPD-KGEH, MMB mengatakan gejala itu umum "
        "pada musim hujan."
    )
    found = _quotes(text)
    assert found == [
        ("Ari Fahrial Syam", "ahli penyakit dalam", "gejala itu umum pada musim hujan")
    ]
    # capitals alone, with no degree among them, are still bodies that speak
    listed = "Ketua KPK, KSP, dan BPK mengatakan gejala itu umum pada musim hujan."
    assert _quotes(listed)[0][0] != "Syam"


def test_a_comment_given_before_the_quote_names_its_giver() -> None:
    text = (
        "Bank Sentosa menggandeng dua situs jual beli daring. Rina Hapsari selaku Direktur "
        "Bisnis Digital Sentosa, memberikan komentarnya, “Kerja sama ini membuka jalan bagi "
        "nasabah kami untuk membeli kendaraan dengan lebih mudah.”"
    )
    assert _quotes(text) == [
        (
            "Rina Hapsari",
            "Direktur Bisnis Digital Sentosa",
            "Kerja sama ini membuka jalan bagi nasabah kami untuk membeli kendaraan dengan "
            "lebih mudah.",
        )
    ]


def test_reported_speech_right_after_a_quote_that_closed_its_sentence() -> None:
    text = (
        "Kerja sama itu diresmikan di Jakarta pada Selasa. “Kami ingin menjangkau lebih banyak "
        "pengguna.” Lebih lanjut, Rina menjelaskan bahwa layanan kredit akan dibuka bulan depan."
    )
    found = _quotes(text)
    assert ("Rina", None, "layanan kredit akan dibuka bulan depan") in found
    # words that attribute the quote before them are no quote of their own
    said = "“Kami ingin menjangkau lebih banyak pengguna.” Demikian kata Rina kepada wartawan."
    assert [q[2] for q in _quotes(said)] == ["Kami ingin menjangkau lebih banyak pengguna."]


def test_a_quoted_headline_is_quoted_once_and_one_line_is_no_headline() -> None:
    text = (
        'Menteri Keuangan Sri Mulyani: "Defisit anggaran masih aman tahun ini"\n'
        "Jakarta - Pemerintah menyatakan defisit anggaran tetap terkendali hingga akhir tahun.\n"
    )
    said = [q for q in _quotes(text) if q[0] == "Sri Mulyani"]
    assert said == [("Sri Mulyani", "Menteri Keuangan", "Defisit anggaran masih aman tahun ini")]
    # a text of one line (and its line break) is no article with a headline
    assert _quotes("Menteri Keuangan Sri Mulyani: Defisit anggaran masih aman tahun ini\n") == []


def test_a_joint_office_after_selaku_is_one_role() -> None:
    text = (
        "“Kerja sama ini memudahkan mitra dealer kami,” lanjut Rina Hapsari selaku Direktur SDM "
        "dan Marketing Bank Sentosa."
    )
    assert _quotes(text)[0][:2] == ("Rina Hapsari", "Direktur SDM dan Marketing Bank Sentosa")
    # a lower-case word after "dan" is no second field of the office
    other = (
        "“Kerja sama ini memudahkan mitra kami,” kata Rina Hapsari selaku Direktur SDM dan "
        "juga dosen."
    )
    assert _quotes(other)[0][:2] == ("Rina Hapsari", "Direktur SDM")
