"""Round 48: the knowledge base joins a short form stored before a document spelt it out,
whatever order documents come in; names the alias tables hold keep their meaning; a body
named without its legal form or club letters is the body."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from warta.extract.canonical import is_known_name, spells_out
from warta.store.entities import (
    add_document_entities,
    consolidate_entities,
    ensure_schema,
    get_entity,
    list_entities,
)


def _mention(text: str, label: str, canonical: str | None = None) -> dict[str, object]:
    return {"text": text, "label": label, "start": 0, "end": len(text), "canonical": canonical}


def _kb(tmp_path: Path, docs: list[tuple[str, list[dict[str, object]]]]) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "kb.db")
    ensure_schema(conn)
    for doc_id, mentions in docs:
        add_document_entities(conn, doc_id, mentions)
    consolidate_entities(conn)
    conn.commit()
    return conn


_PARTY = "Partai Keadilan dan Persatuan Indonesia"


@pytest.mark.parametrize("order", [1, -1])
def test_a_short_form_joins_the_name_a_later_document_spelt_out(tmp_path: Path, order: int) -> None:
    docs = [
        ("d1", [_mention("PKPI", "ORG")] * 3),
        ("d2", [_mention(_PARTY, "ORG"), _mention("PKPI", "ORG", _PARTY)]),
        ("d3", [_mention("BSD", "LOC")]),
        (
            "d4",
            [_mention("Bumi Serpong Damai", "LOC"), _mention("BSD", "LOC", "Bumi Serpong Damai")],
        ),
    ]
    conn = _kb(tmp_path, docs[::order])
    names = {(e.name, e.type): e.documents for e in list_entities(conn, limit=50)}
    assert names == {(_PARTY, "ORG"): 2, ("Bumi Serpong Damai", "LOC"): 2}
    pkpi = get_entity(conn, "PKPI")
    assert pkpi is not None and pkpi.name == _PARTY and len(pkpi.mentions) == 5


@pytest.mark.parametrize("order", [1, -1])
def test_a_short_form_of_two_names_stays_itself(tmp_path: Path, order: int) -> None:
    docs = [
        ("d1", [_mention("BPN", "ORG")]),
        ("d2", [_mention("BPN", "ORG", "Badan Pertanahan Nasional")]),
        ("d3", [_mention("BPN", "ORG", "Badan Pemenangan Nasional")]),
    ]
    conn = _kb(tmp_path, docs[::order])
    names = {e.name for e in list_entities(conn, limit=50)}
    assert "BPN" in names, names


@pytest.mark.parametrize("order", [1, -1])
def test_a_short_form_the_alias_tables_hold_keeps_its_meaning(tmp_path: Path, order: int) -> None:
    # "PBB" is the United Nations; one article's party "Partai Bulan Bintang (PBB)" takes
    # no other article's "PBB" with it
    docs = [
        (
            "d1",
            [
                _mention("Partai Bulan Bintang", "ORG"),
                _mention("PBB", "ORG", "Partai Bulan Bintang"),
            ],
        ),
        ("d2", [_mention("PBB", "ORG")] * 5),
        ("d3", [_mention("Perserikatan Bangsa-Bangsa", "ORG")]),
    ]
    conn = _kb(tmp_path, docs[::order])
    by_name = {e.name: e for e in list_entities(conn, limit=50)}
    assert by_name["Partai Bulan Bintang"].documents == 1
    assert by_name["Partai Bulan Bintang"].mentions == 2
    united = [e for e in by_name.values() if e.name != "Partai Bulan Bintang"]
    assert len(united) == 1 and united[0].mentions == 6 and united[0].documents == 2


def test_a_body_named_without_its_legal_form_or_club_letters_is_the_body(tmp_path: Path) -> None:
    docs = [
        ("d1", [_mention("Acer", "ORG")] * 2),
        ("d2", [_mention("Acer Inc", "ORG")] * 5),
        ("d3", [_mention("Liverpool", "ORG")] * 9),
        ("d4", [_mention("Liverpool FC", "ORG")] * 2),
        ("d5", [_mention("Telkom Group", "ORG")]),
        ("d6", [_mention("Telkom", "ORG")] * 3),
        # a body's product or branch is another entity; so is a place
        ("d7", [_mention("Google", "ORG")] * 3),
        ("d8", [_mention("Google Allo", "ORG")] * 3),
        ("d9", [_mention("Liverpool", "LOC")]),
    ]
    conn = _kb(tmp_path, docs)
    names = {(e.name, e.type): (e.mentions, e.documents) for e in list_entities(conn, limit=50)}
    assert names == {
        ("Liverpool", "ORG"): (11, 2),
        ("Acer Inc", "ORG"): (7, 2),
        ("Telkom", "ORG"): (4, 2),
        ("Google", "ORG"): (3, 1),
        ("Google Allo", "ORG"): (3, 1),
        ("Liverpool", "LOC"): (1, 1),
    }
    liverpool = get_entity(conn, "Liverpool FC")
    assert liverpool is not None and liverpool.name == "Liverpool"


def test_spelling_out_and_known_names() -> None:
    assert spells_out("PKPI", _PARTY)
    assert spells_out("JORR", "Jakarta Outer Ring Road")
    assert not spells_out("PBB", "Partai Bulan Bintang")  # the tables hold PBB
    assert not spells_out("PB", "PB Djarum Kudus")  # a name holding a short form
    assert not spells_out("PKPI", "Partai Keadilan Indonesia")
    assert is_known_name("PBB") and is_known_name("Amerika Serikat")
    assert not is_known_name("PKPI")


def test_a_run_in_either_order_gives_one_party(tmp_path: Path) -> None:
    from warta import api

    articles = [
        ("a1", "Ketua Umum PKPI menggelar rapat di Jakarta pada Senin. PKPI menolak usulan itu."),
        (
            "a2",
            "Partai Keadilan dan Persatuan Indonesia (PKPI) lolos verifikasi di Komisi "
            "Pemilihan Umum. PKPI menyambut putusan itu.",
        ),
    ]
    for order, name in ((1, "one.jsonl"), (-1, "two.jsonl")):
        inputs = tmp_path / name
        inputs.write_text(
            "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in articles[::order]),
            encoding="utf-8",
        )
        db = tmp_path / f"{name}.db"
        api.run([str(inputs)], db=db)
        parties = [
            e
            for e in api.entities(db, type="ORG")
            if "PKPI" in e["name"] or "Keadilan" in e["name"]
        ]
        assert [(p["name"], p["documents"]) for p in parties] == [(_PARTY, 2)], (order, parties)


def _quotes(text: str) -> list[tuple[str | None, str | None, str]]:
    from _extract_support import quotes

    return quotes(text)


@pytest.mark.parametrize(
    "subject",
    [
        "Polda Metro Jaya melalui Kabid Humas Kombes Argo Yuwono",
        "Polda Metro Jaya, melalui Kabid Humas Kombes Argo Yuwono",
        "Polda Metro Jaya, lewat Kabid Humas Kombes Argo Yuwono,",
    ],
)
def test_a_body_speaking_through_someone_set_off_by_commas_is_that_person(subject: str) -> None:
    found = _quotes(f"{subject} mengatakan pelaku sudah ditangkap di Bekasi.")
    assert found == [
        ("Argo Yuwono", "Kabid Humas Polda Metro Jaya", "pelaku sudah ditangkap di Bekasi")
    ]


def test_a_body_speaking_through_a_statement_is_the_body() -> None:
    found = _quotes(
        "Polda Metro Jaya, melalui keterangan tertulisnya, mengatakan pelaku sudah ditangkap."
    )
    assert [(s, r) for s, r, _ in found] == [("Polda Metro Jaya", None)]


@pytest.mark.parametrize("comma", ["", ","])
def test_who_a_body_acts_through_is_in_focus_for_a_pronoun_cue(comma: str) -> None:
    text = (
        "Larson dipastikan memerankan Carol Danvers setelah mengunggah foto di Twitter pada "
        "Juli 2016 lalu.\n\n"
        f"Marvel Studios{comma} melalui bosnya Kevin Feige memercayakan penggarapan film itu "
        "pada sutradara Anna Boden dan Ryan Fleck. Katanya, itu sudah melalui riset panjang."
    )
    assert [(s, t) for s, _, t in _quotes(text)] == [
        ("Kevin Feige", "itu sudah melalui riset panjang")
    ]


def test_a_body_set_off_before_whom_it_speaks_through_is_no_name() -> None:
    found = _quotes(
        "Marvel Studios, melalui bosnya Kevin Feige mengatakan film itu sudah melalui riset "
        "panjang."
    )
    assert found == [("Kevin Feige", "bos Marvel Studios", "film itu sudah melalui riset panjang")]


def test_a_role_keeps_no_word_of_the_speakers_name() -> None:
    text = (
        "PSSI melalui Sekretaris Jenderal Ratu Tisha Destria menyampaikan duka cita mendalam "
        'kepada Ricko Andrean. "Saya sangat prihatin akan insiden yang terjadi," kata Tisha.'
    )
    assert _quotes(text) == [
        (
            "Ratu Tisha Destria",
            "Sekretaris Jenderal PSSI",
            "Saya sangat prihatin akan insiden yang terjadi",
        )
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Hal itu disampaikan Sekretaris Jenderal Budi Santoso di Jakarta.",
            "Budi Santoso",
            "Sekretaris Jenderal",
        ),
        (
            "Hal itu disampaikan Direktur Jenderal Pajak Robert Pakpahan.",
            "Robert Pakpahan",
            "Direktur Jenderal Pajak",
        ),
        (
            "Konsul Jenderal RI di Hong Kong Tri Tharyat hadir.",
            "Tri Tharyat",
            "Konsul Jenderal RI di Hong Kong",
        ),
        # a rank between the office and the name is still no part of it
        (
            "Panglima TNI Jenderal TNI Gatot Nurmantyo hadir di Jakarta.",
            "Gatot Nurmantyo",
            "Panglima TNI",
        ),
    ],
)
def test_jenderal_completing_an_office_is_no_rank(text: str, name: str, role: str) -> None:
    from warta.extract.entities import find_entities

    roles = {m["text"]: m.get("role") for m in find_entities(text) if m["label"] == "PER"}
    assert roles == {name: role}


def test_a_role_keeps_no_run_of_the_speakers_opening_names() -> None:
    text = (
        "Pernyataan Komisaris Besar Raden Prabowo Argo Yuwono selaku Kepala Bidang Hubungan "
        "Masyarakat Polda Metro Jaya sudah keluar.\n\nArgo Yuwono mengatakan bahwa untuk "
        "menangani kasus itu, polisi akan melibatkan Toyota."
    )
    assert [(s, r) for s, r, _ in _quotes(text)] == [
        ("Raden Prabowo Argo Yuwono", "Komisaris Besar")
    ]


def test_an_office_for_home_or_foreign_affairs_written_half_small_is_one_title() -> None:
    text = (
        '"Kami semua gemetar, ketakutan," kata Menteri Dalam negeri Hamburg Andy Grote, '
        "dikutip dari CNN. Dia juga menyebut serangan itu sebagai tindakan barbar."
    )
    assert [(s, r) for s, r, _ in _quotes(text)] == [
        ("Andy Grote", "Menteri Dalam negeri Hamburg"),
        ("Andy Grote", "Menteri Dalam negeri Hamburg"),
    ]


def test_a_ministrys_short_name_with_kem_or_kemen_is_one_ministry() -> None:
    from warta.extract.canonical import canonical_name
    from warta.extract.entities import find_entities

    assert canonical_name("Kemdikbud") == canonical_name("Kemendikbud")
    assert canonical_name("Kemkes") == "Kementerian Kesehatan"
    # words that only look like one stay themselves
    for word in ("Kemang", "Kemal", "Kemenangan", "Kementerian"):
        assert canonical_name(word) == word
    text = (
        "Direktur Jenderal Pendidikan Dasar dan Menengah Kemdikbud, Hamid Muhammad, hadir di "
        "Jakarta. Kemendikbud mengeluarkan peraturan baru tentang hari sekolah."
    )
    canon = {m["text"]: m["canonical"] for m in find_entities(text) if m["label"] == "ORG"}
    assert canon["Kemdikbud"] == canon["Kemendikbud"] == "Kementerian Pendidikan dan Kebudayaan"
