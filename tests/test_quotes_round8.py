"""Speaker attribution in Indonesian-written news (round 8): how it was said after the name,
time adverbials between the subject and its verb of saying."""

from __future__ import annotations

from typing import Any

from warta.extract.entities import find_entities
from warta.extract.quotes import extract_quotes


def _speakers(text: str) -> list[Any]:
    found = extract_quotes(text, entities=find_entities(text))
    return [q.get("speaker") for q in found]


def test_frankly_after_the_name_is_no_part_of_it() -> None:
    text = (
        "Produser Hendra Wicaksono menjelaskan rencana produksinya tahun depan.\n\n"
        "“Semua keuntungan kembali ke rumah produksi kami sendiri,” kata Wicaksono terus "
        "terang kepada wartawan."
    )
    assert _speakers(text)[-1] == "Hendra Wicaksono"


def test_a_time_adverbial_after_the_subject_is_no_part_of_it() -> None:
    text = (
        "Pemerintah Kota Malang beberapa waktu lalu menyatakan tidak akan menaikkan tarif "
        "parkir di pusat kota tahun ini.\n\n"
        "Wali Kota Malang Sutiaji beberapa hari lalu menegaskan bahwa retribusi pasar juga "
        "tidak naik."
    )
    speakers = _speakers(text)
    assert speakers[0] is not None and "waktu" not in speakers[0]
    assert speakers[-1] == "Sutiaji"


def test_menurut_before_a_verb_of_saying_is_no_part_of_the_speaker() -> None:
    text = (
        "Menteri Keuangan Sri Mulyani Indrawati menyoroti kepatuhan wajib pajak besar.\n\n"
        "Menurut mantan direktur Bank Dunia itu menjelaskan upaya mengoptimalkan pajak "
        "dilakukan melalui program pengampunan pajak."
    )
    assert _speakers(text)[-1] == "Sri Mulyani Indrawati"


def test_the_agent_of_a_passive_verb_of_saying_by_short_name_is_in_focus() -> None:
    text = (
        "Sutradara Rian Hartono membuka pemutaran perdana film itu di Jakarta.\n\n"
        "Sementara itu, pemeran utama Dewi Anggraini tampil di karpet merah bersama rekannya.\n\n"
        "Bukan hanya saat membuka acara, penghormatan kepada almarhumah juga diucapkan "
        "Hartono di karpet merah.\n\n"
        "“Dia akan selalu ada di hati kita semua,” katanya."
    )
    assert _speakers(text)[-1] == "Rian Hartono"


def test_a_described_someone_named_after_bernama_is_that_name() -> None:
    text = (
        "Seorang juru bicara perusahaan mengungkapkan kabar terbaru soal kesepakatan itu.\n\n"
        "Dilansir harian setempat, juru bicara yang bernama Matt Kowalski itu mengatakan "
        "investor sudah sepakat menanamkan dana besar."
    )
    speakers = _speakers(text)
    assert speakers[-1] == "Matt Kowalski"


def test_a_saints_name_closing_a_club_is_no_given_name() -> None:
    text = (
        "Jakarta - Striker Paris St Germain Edinson Cavani mencetak gol ke-100 bagi klubnya.\n\n"
        "“Ada banyak emosi hari ini,” kata Cavani seperti dikutip Soccerway."
    )
    names = [(e["text"], e["label"]) for e in find_entities(text)]
    assert ("Edinson Cavani", "PER") in names
    assert _speakers(text)[-1] == "Edinson Cavani"


def test_a_short_form_in_brackets_is_no_part_of_the_speakers_name() -> None:
    text = (
        "Menurut Lembaga Pengkajian Pangan Majelis Ulama Indonesia (LPPOM MUI), kolagen "
        "terbaik berasal dari bahan yang halal bagi konsumen.\n\n"
        "Pihak perusahaan menyebut mereka (PT Sawit Jaya) sudah mengajukan izin baru."
    )
    speakers = _speakers(text)
    assert speakers[0] == "Lembaga Pengkajian Pangan Majelis Ulama Indonesia"


def test_adverbs_and_months_between_subject_and_verb_are_no_part_of_it() -> None:
    text = (
        "Penyanyi Joko Santoso baru saja mengumumkan bahwa ia akan keliling Eropa tahun depan.\n\n"
        "Seorang pencuri motor tiba-tiba mengaku bahwa dirinya anggota polisi saat ditangkap."
    )
    speakers = _speakers(text)
    assert speakers[0] == "Joko Santoso"
    assert speakers[1] is not None and speakers[1].endswith("pencuri motor")


def test_a_month_is_never_the_person_in_focus() -> None:
    text = (
        "Penyanyi Joko Santoso sempat mengumumkan pensiun dari dunia musik pada 2011.\n\n"
        "Tapi tampil di dua konser amal pada Agustus lalu membuat Joko berubah pikiran.\n\n"
        "“Lagu-lagu saya akan menjadi permainan yang menyenangkan,” katanya."
    )
    assert _speakers(text)[-1] == "Joko Santoso"


def test_an_office_of_a_city_police_is_the_same_office() -> None:
    text = (
        "Kapolsekta Medan Barat Kompol Victor Ziliwu mengatakan pelaku sempat berputar-putar "
        "mencari sepeda motor.\n\n"
        "Menurut Kapolsek, pelaku mengaku anggota polisi untuk menghindari amukan massa."
    )
    assert _speakers(text)[-1] == "Victor Ziliwu"
