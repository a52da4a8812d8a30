"""Session 37: what random IndoSum articles showed (a firm closing an office set off after a
name, politicians' callings, where a title was said, connectives before "menurut")."""

from __future__ import annotations

from _extract_support import quotes as _quotes
from _extract_support import roles as _roles


def test_politicians_and_other_callings_open_a_role() -> None:
    text = (
        "Sugiharto menegaskan telah memberikan uang kepada politikus Hanura, Miryam S. Haryani. "
        "Politisi Partai Demokrat Nurul Iman Mustofa diperiksa penyidik KPK."
    )
    roles = _roles(text)
    assert roles["Miryam S. Haryani"] == "politikus Hanura"
    assert roles["Nurul Iman Mustofa"] == "Politisi Partai Demokrat"
    assert (
        _roles("Munir Said Thalib, aktivis HAM, meninggal di pesawat.")["Munir Said Thalib"]
        == "aktivis HAM"
    )


def test_a_superlative_stays_in_the_role() -> None:
    for text in (
        "Pemain termahal Arsenal, Pierre-Emerick Aubameyang dianggap tidak siap tampil.",
        "Pemain termahal Arsenal Pierre-Emerick Aubameyang dianggap tidak siap tampil.",
    ):
        assert _roles(text)["Pierre-Emerick Aubameyang"] == "Pemain termahal Arsenal", text


def test_another_is_no_part_of_a_role() -> None:
    text = (
        "Peneliti lain, Chris Colwell, menyebut kemampuan manusia akan menurun. Ulama lainnya, "
        "KH Ateng Jaelani menambahkan, ulama di Jabar mengapresiasi pencalonan itu."
    )
    roles = _roles(text)
    assert roles["Chris Colwell"] == "Peneliti"
    assert roles["Ateng Jaelani"] == "Ulama"


def test_a_short_form_closing_an_apposition_stays_in_the_role() -> None:
    text = "“ Kami ingin masuk sebagai oposisi, ” ucap Manuela Schwesig, politisi SDP."
    assert _roles(text)["Manuela Schwesig"] == "politisi SDP"
    assert _quotes(text) == [
        ("Manuela Schwesig", "politisi SDP", "Kami ingin masuk sebagai oposisi")
    ]


def test_a_field_of_pe_an_or_ke_an_stays_in_a_role_set_off_after_the_name() -> None:
    text = (
        "“ Kami menerima komplain soal bocornya episode empat, ” kata Akbar Pathan, deputi "
        "komisioner unit kejahatan siber Kepolisian Mumbai, yang menindaklanjutinya."
    )
    role = "deputi komisioner unit kejahatan siber Kepolisian Mumbai"
    assert _roles(text)["Akbar Pathan"] == role
    # not a noun after a preposition: what the sentence goes on to say
    said = (
        "Hal itu disampaikan Taleb Rivai, Sekjen UNWTO dalam pernyataan resminya di Bali. "
        "Film itu digarap Guy Ritchie, sutradara di balik kesuksesan Sherlock Holmes."
    )
    roles = _roles(said)
    assert roles["Taleb Rivai"] == "Sekjen UNWTO"
    assert roles["Guy Ritchie"] == "sutradara"


def test_an_office_held_at_the_time_is_the_role() -> None:
    text = (
        "Sebelumnya pada Oktober 2013, Menteri Kesehatan Kanada saat itu Rona Ambrose "
        "menghapuskan zat itu dari program akses khusus. Pada saat itu Budi Santoso datang."
    )
    roles = _roles(text)
    assert roles["Rona Ambrose"] == "Menteri Kesehatan Kanada"
    assert roles["Budi Santoso"] is None
