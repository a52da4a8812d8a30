"""Session 46: what random IndoSum articles showed (people called by their initials after
the article names them in full)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes

from warta.extract.entities import find_entities


def _canonicals(text: str) -> dict[str, tuple[str, str]]:
    return {str(m["text"]): (str(m["label"]), str(m["canonical"])) for m in find_entities(text)}


def test_initials_of_someone_named_in_full_are_that_person() -> None:
    text = (
        'Hal itu dikonfirmasi oleh presiden klub Achsanul Qosasi. "Komunikasi kami dengan '
        'Lorenzo Pace memang sangat intens," ungkap AQ dikutip laman resmi klub.'
    )
    assert _canonicals(text)["AQ"] == ("PER", "Achsanul Qosasi")
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Achsanul Qosasi"]
    text = (
        'KPK memeriksa Miryam S. Haryani sebagai tersangka. "Sebenarnya kami harapkan ibu '
        'MSH bisa hadir," kata Febri.\n\nPolisi menahan Jennifer Dunn. "Ya dikhawatirkan JD '
        'melarikan diri," kata Argo.'
    )
    found = _canonicals(text)
    assert found["MSH"] == ("PER", "Miryam S. Haryani")
    assert found["JD"] == ("PER", "Jennifer Dunn")


def test_initials_that_open_or_close_a_longer_name_stay_out() -> None:
    # a tower, a firm, a club, a regnal number, a band's label: no one's initials
    text = (
        "Nurdin Tampubolon memancangkan tiang pertama NT Tower di Jakarta. Proyek itu digarap "
        "PT NT yang dipimpin Rico Dian Sari, bukan PT RDS. Alexis Sanchez melawan AS Monaco.\n\n"
        "Manajemen dari agensi Label SJ membenarkan kabar Super Junior."
    )
    found = dict(_mentions(text))
    assert found.get("NT") != "PER"
    assert found.get("RDS") != "PER"
    assert found.get("SJ") != "PER"
    assert ("AS Monaco", "ORG") in _mentions(text)


def test_initials_shared_by_two_people_or_defined_as_a_term_are_left_alone() -> None:
    text = (
        "Menurut Budi Santoso dan Bambang Soesatyo, penyidik memeriksa BS kemarin. Barang "
        "diklasifikasikan berkode (Harmonized System/HS) oleh Heru Santoso. Ada 5.299 HS."
    )
    found = _canonicals(text)
    assert found.get("BS", ("", "BS"))[1] == "BS"
    assert found.get("HS", ("", "HS"))[1] == "HS"


def test_a_continent_closing_a_federation_s_name_stays_a_place() -> None:
    text = (
        "Juventus, klub dengan gelar juara domestik paling banyak di Italia itu adalah tim jago "
        "kandang. Pasalnya, meski mampu menjuarai seluruh kejuaraan resmi yang pernah "
        "diselenggarkan Persatuan Asosiasi Sepak Bola Eropa (UEFA), rekam "
        "jejak Juventus tidak terlalu bagus.\n\nSampai saat ini, ada enam trofi kejuaraan "
        "antarklub Eropa di almari milik Juventus. Mereka ditundukkan Ajax dengan skor 0-1. "
        "Gol Johnny Rep saat laga baru memasuki menit kelima gagal dibalas."
    )
    assert _canonicals(text)["Eropa"] == ("LOC", "Eropa")


def test_a_ground_named_after_someone_is_a_place() -> None:
    text = (
        "Semen Padang menjamu Barito Putera di Stadion H Agus Salim, Padang. Real Madrid "
        "bertandang ke Estadio Ramon Sanchez Pizjuan. Pada laga pertama di Stadio Comunale "
        "(sekarang Stadio Olimpico Grande Torino), Juventus menang 1-0. Ceres menjamu Persija "
        "di Stadion Bacolod City."
    )
    found = _mentions(text)
    for ground in (
        "Stadion H Agus Salim",
        "Estadio Ramon Sanchez Pizjuan",
        "Stadio Olimpico Grande Torino",
        "Stadion Bacolod City",
    ):
        assert (ground, "LOC") in found
    assert not [name for name, label in found if label == "PER"]
