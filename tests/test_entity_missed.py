"""Bodies the tagger leaves out, added by rule (warta.extract.entity_missed), and works and
groups told apart by their nouns (warta.extract.entity_works)."""

from __future__ import annotations

from typing import Any

from warta.extract.body_names import COMMON_WORD_BODIES, KNOWN_BODY_NAMES
from warta.extract.entities import find_entities, load_tagger
from warta.extract.entity_missed import bodies_by_their_heads, bodies_in_titles, known_bodies
from warta.extract.entity_rules import sports_news
from warta.extract.entity_works import (
    groups_are_bodies,
    products_are_no_entities,
    works_are_no_entities,
)


def _m(text: str, label: str, start: int) -> dict[str, Any]:
    return {"text": text, "label": label, "start": start, "end": start + len(text)}


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m["text"], m["label"]) for m in find_entities(text)]


def _spans_hold(text: str, found: list[dict[str, Any]]) -> bool:
    return all(text[m["start"] : m["end"]] == m["text"] for m in found)


def test_a_head_noun_opens_a_body_the_tagger_left_untagged() -> None:
    text = "Rencana itu belum dibahas dengan Kementerian Perindustrian dan Dewan Pers pekan ini."
    found: list[dict[str, Any]] = []
    bodies_by_their_heads(found, text)
    assert [(m["text"], m["label"]) for m in found] == [
        ("Kementerian Perindustrian", "ORG"),
        ("Dewan Pers", "ORG"),
    ]
    assert _spans_hold(text, found)


def test_a_body_name_absorbs_its_place_and_stops_at_a_person() -> None:
    text = "Kapolres itu melapor ke Polres Cilacap. Ketua Dewan Pers Budi Santoso hadir."
    found = [
        _m("Cilacap", "LOC", text.index("Cilacap")),
        _m("Budi Santoso", "PER", text.index("Budi")),
    ]
    bodies_by_their_heads(found, text)
    assert [(m["text"], m["label"]) for m in found] == [
        ("Polres Cilacap", "ORG"),
        ("Dewan Pers", "ORG"),
        ("Budi Santoso", "PER"),
    ]
    assert _spans_hold(text, found)


def test_fields_listed_in_a_name_stay_one_body_but_two_bodies_stay_two() -> None:
    text = (
        "Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), gempa terjadi. "
        "Lembaga Sandi Negara dan Direktorat Keamanan Informasi dilebur."
    )
    found: list[dict[str, Any]] = []
    bodies_by_their_heads(found, text)
    assert [m["text"] for m in found] == [
        "Badan Meteorologi, Klimatologi, dan Geofisika",
        "Lembaga Sandi Negara",
        "Direktorat Keamanan Informasi",
    ]


def test_kinds_of_bodies_and_boards_without_their_body_are_no_names() -> None:
    text = (
        "Dia menyebut Organisasi Massa dan Partai Politik untuk Pilpres. Majelis Hakim Ahmad "
        "menolak, Dewan Pembina setuju, Pengadilan Tinggi memutus."
    )
    found = [_m("Ahmad", "PER", text.index("Ahmad"))]
    bodies_by_their_heads(found, text)
    assert [m["text"] for m in found] == ["Ahmad"]


def test_a_title_names_the_body_its_holder_serves() -> None:
    text = "Hadir Menteri KKP Susi Pudjiastuti dan Rudi Hartono, anggota Ombudsman yang baru."
    found = [
        _m("Susi Pudjiastuti", "PER", text.index("Susi")),
        _m("Rudi Hartono", "PER", text.index("Rudi")),
    ]
    bodies_in_titles(found, text, load_tagger().gazetteer)
    assert [(m["text"], m["label"]) for m in found] == [
        ("KKP", "ORG"),
        ("Susi Pudjiastuti", "PER"),
        ("Rudi Hartono", "PER"),
        ("Ombudsman", "ORG"),
    ]


def test_a_field_or_a_place_after_a_title_is_no_body() -> None:
    text = "Direktur Kesehatan Masyarakat Veteriner Syamsul Maarif dan Ketua Umum Jawa Barat Ani."
    found = [
        _m("Syamsul Maarif", "PER", text.index("Syamsul")),
        _m("Ani", "PER", text.index("Ani")),
    ]
    bodies_in_titles(found, text, load_tagger().gazetteer)
    assert [m["text"] for m in found] == ["Syamsul Maarif", "Ani"]


def test_a_known_body_glued_to_a_person_after_a_company_title_splits_off() -> None:
    text = "Menurut CEO Traveloka Ferry Unardi, pasar tumbuh."
    found = [_m("Traveloka Ferry Unardi", "PER", text.index("Traveloka"))]
    bodies_in_titles(found, text, load_tagger().gazetteer)
    assert [(m["text"], m["label"]) for m in found] == [
        ("Traveloka", "ORG"),
        ("Ferry Unardi", "PER"),
    ]
    assert _spans_hold(text, found)


def test_known_bodies_are_added_only_as_whole_names() -> None:
    text = (
        "Barang itu dijual di Tokopedia dan Bukalapak. Peta dari Google Maps dipakai. "
        "Antara lain ada promo, kata Dewi kepada Antara."
    )
    found = [_m("Dewi", "PER", text.index("Dewi"))]
    known_bodies(found, text)
    added = [(m["text"], m["start"]) for m in found if m["label"] == "ORG"]
    assert added == [
        ("Tokopedia", text.index("Tokopedia")),
        ("Bukalapak", text.index("Bukalapak")),
        ("Antara", text.rindex("Antara")),
    ]


def test_a_known_name_that_is_a_persons_name_here_stays_the_person() -> None:
    text = "Penyanyi Nike Ardilla dikenang. Lagu Nike masih diputar."
    found = [_m("Nike Ardilla", "PER", text.index("Nike"))]
    known_bodies(found, text)
    assert [m["text"] for m in found] == ["Nike Ardilla"]


def test_the_name_lists_are_consistent() -> None:
    assert COMMON_WORD_BODIES <= KNOWN_BODY_NAMES
    assert all(name == name.strip() and name for name in KNOWN_BODY_NAMES)


def test_find_entities_adds_bodies_the_tagger_missed() -> None:
    pairs = _pairs(
        "Belum ada pembicaraan dengan Kementerian Perindustrian. Kepala Bappenas Bambang "
        "Brodjonegoro hadir, begitu pula Satpol PP."
    )
    assert ("Kementerian Perindustrian", "ORG") in pairs
    assert ("Bappenas", "ORG") in pairs
    assert ("Satpol PP", "ORG") in pairs
    assert ("Bambang Brodjonegoro", "PER") in pairs


def test_a_work_named_after_its_kind_is_no_entity_in_any_mention() -> None:
    text = (
        "Ia membintangi serial The Sopranos. Sejak itu The Sopranos terkenal, dan film "
        "Indonesia ikut maju. Lagu ' Angin Malam ' diputar."
    )
    found = [
        _m("The Sopranos", "ORG", text.index("The")),
        _m("The Sopranos", "ORG", text.index("The", text.index("Sejak"))),
        _m("Indonesia", "LOC", text.index("Indonesia")),
        _m("Angin Malam", "PER", text.index("Angin")),
    ]
    works_are_no_entities(found, text)
    assert [m["text"] for m in found] == ["Indonesia"]


def test_the_maker_after_a_song_or_a_film_noun_stays() -> None:
    text = "Lagu BTS dan album Raisa laris; film Garin Nugroho diputar, juga film Disney."
    found = [
        _m("BTS", "ORG", text.index("BTS")),
        _m("Raisa", "PER", text.index("Raisa")),
        _m("Garin Nugroho", "PER", text.index("Garin")),
        _m("Disney", "ORG", text.index("Disney")),
    ]
    works_are_no_entities(found, text)
    assert [m["text"] for m in found] == ["BTS", "Raisa", "Garin Nugroho", "Disney"]


def test_a_title_that_holds_a_persons_name_drops_only_that_mention() -> None:
    text = "Miley Cyrus merilis album dengan judul Miley Cyrus dan Kawan."
    found = [
        _m("Miley Cyrus", "PER", 0),
        _m("Miley Cyrus", "PER", text.rindex("Miley")),
    ]
    works_are_no_entities(found, text)
    assert [(m["text"], m["start"]) for m in found] == [("Miley Cyrus", 0)]


def test_a_band_named_after_its_kind_is_a_body_in_all_its_mentions() -> None:
    text = (
        "Vokalis band rock Radiohead tampil. Radiohead lalu pulang. Personel SHINee Taemin "
        "datang, personel Budi Santoso berjaga, boyband asal Korea hadir."
    )
    found = [
        _m("Radiohead", "PER", text.index("Radiohead")),
        _m("Radiohead", "PER", text.rindex("Radiohead")),
        _m("SHINee", "PER", text.index("SHINee")),
        _m("Taemin", "PER", text.index("Taemin")),
        _m("Budi Santoso", "PER", text.index("Budi")),
        _m("Korea", "LOC", text.index("Korea")),
    ]
    groups_are_bodies(found, text)
    assert [m["label"] for m in found] == ["ORG", "ORG", "ORG", "PER", "PER", "LOC"]


def test_a_known_body_tagged_as_a_person_or_place_is_a_body() -> None:
    text = "Saham Tencent naik. Penyanyi Nike Ardilla dikenang, lagu Nike diputar."
    found = [
        _m("Tencent", "PER", text.index("Tencent")),
        _m("Nike Ardilla", "PER", text.index("Nike")),
        _m("Nike", "PER", text.rindex("Nike")),
    ]
    known_bodies(found, text)
    assert [m["label"] for m in found] == ["ORG", "PER", "PER"]


def test_clubs_are_added_in_sports_news_only() -> None:
    sports = (
        "Pelatih itu puas usai timnya menang 2-1 di kandang. Gol dicetak pada menit akhir babak "
        "kedua, dan klub itu naik ke posisi ketiga klasemen liga sebelum menjamu Fiorentina."
    )
    found: list[dict[str, Any]] = []
    known_bodies(found, sports, sports_news(sports))
    assert [(m["text"], m["label"]) for m in found] == [("Fiorentina", "ORG")]
    found = []
    other = "Harga rumah di kawasan Fiorentina naik tahun ini."
    known_bodies(found, other, sports_news(other))
    assert found == []
    # and through find_entities, which decides once per article
    assert ("Fiorentina", "ORG") in _pairs(sports)


def test_a_known_body_takes_over_the_piece_the_tagger_found() -> None:
    text = "Maskapai Garuda Indonesia dan GO - JEK hadir, kata Pos Indonesia Budi Santoso."
    found = [
        _m("Indonesia", "LOC", text.index("Indonesia")),
        _m("JEK", "ORG", text.index("JEK")),
        _m("Pos Indonesia Budi Santoso", "PER", text.index("Pos")),
    ]
    known_bodies(found, text)
    # (a name the tagger found longer than the body is left to the other rules)
    assert [(m["text"], m["label"]) for m in found] == [
        ("Garuda Indonesia", "ORG"),
        ("GO - JEK", "ORG"),
        ("Pos Indonesia Budi Santoso", "PER"),
    ]


def test_a_name_with_a_model_number_is_a_product() -> None:
    text = (
        "Laptop HP Envy x360 dan chip MediaTek MT6735; Lion Air JT610; Terminal 1B; 3M Indonesia."
    )
    found = [
        _m("HP Envy x360", "ORG", text.index("HP")),
        _m("MediaTek MT6735", "ORG", text.index("MediaTek")),
        _m("Lion Air JT610", "ORG", text.index("Lion")),
        _m("Terminal 1B", "LOC", text.index("Terminal")),
        _m("3M Indonesia", "ORG", text.index("3M")),
    ]
    products_are_no_entities(found)
    # a body warta knows keeps its name without the number; a place keeps its number
    assert [(m["text"], m["label"]) for m in found] == [
        ("MediaTek", "ORG"),
        ("Lion Air", "ORG"),
        ("Terminal 1B", "LOC"),
        ("3M Indonesia", "ORG"),
    ]
    assert _spans_hold(text, found)
