"""Canonical names: within a document (fullest form) and across documents (aliases, spelling)."""

from __future__ import annotations

from warta.extract.canonical import canonical_key, canonical_name, resolve_in_document


def test_surname_takes_fullest_form_in_document() -> None:
    mentions = [("Vladimir Putin", "PER"), ("Putin", "PER"), ("Biden", "PER"), ("Joe Biden", "PER")]
    assert resolve_in_document(mentions) == [
        "Vladimir Putin",
        "Vladimir Putin",
        "Joe Biden",
        "Joe Biden",
    ]


def test_surname_without_full_form_stays() -> None:
    assert resolve_in_document([("Macron", "PER")]) == ["Macron"]


def test_place_aliases_meet_on_one_key() -> None:
    for a, b in [("AS", "Amerika Serikat"), ("Kiev", "Kyiv"), ("Moskow", "Moscow")]:
        assert canonical_key(a) == canonical_key(b), (a, b)
    assert canonical_name("AS") == "Amerika Serikat"


def test_country_names_in_english_resolve_through_babel() -> None:
    assert canonical_name("Russia") == "Rusia"
    assert canonical_name("Germany") == "Jerman"


def test_transliteration_variants_meet() -> None:
    keys = {canonical_key(n) for n in ("Zelenskiy", "Zelensky", "Zelenskyy", "ZELENSKY")}
    assert len(keys) == 1
    assert canonical_key("Soekarno") == canonical_key("Sukarno")
    assert canonical_key("Tikhonova") == canonical_key("Tichonova")
    assert canonical_key("Pelé") == canonical_key("Pele")


def test_different_people_stay_apart() -> None:
    assert canonical_key("Joko Widodo") != canonical_key("Joko Susilo")
    assert canonical_key("Putin") != canonical_key("Puting")


def test_ministries_bodies_and_agencies_meet_their_short_forms() -> None:
    for short, full in [
        ("Kemenkeu", "Kementerian Keuangan"),
        ("Kominfo", "Kementerian Komunikasi dan Informatika"),
        ("Kementerian ESDM", "Kementerian Energi dan Sumber Daya Mineral"),
        ("PSSI", "Persatuan Sepakbola Seluruh Indonesia"),
        ("PSSI", "Persatuan Sepak Bola Seluruh Indonesia"),
        ("Antara", "ANTARA News"),
        ("KPU", "KPU RI"),
        ("FPI", "Front Pembela Islam"),
    ]:
        assert canonical_key(short) == canonical_key(full), (short, full)
    assert canonical_name("Kemenkeu") == "Kementerian Keuangan"
    assert canonical_key("PSSI") != canonical_key("PSI")  # the party is another body
    assert canonical_key("Kemenkeu") != canonical_key("Kemendag")


def test_no_two_names_of_the_alias_tables_share_a_key() -> None:
    """Keys fold spelling ("kppu" -> "kpu"): two bodies of the tables must never meet."""
    from warta.extract.canonical import ALIASES

    by_key: dict[str, set[str]] = {}
    for name, aliases in ALIASES.items():
        for form in (name, *aliases):
            by_key.setdefault(canonical_key(form), set()).add(canonical_name(form))
    assert {k: v for k, v in by_key.items() if len(v) > 1} == {}


def test_given_names_spelled_like_acronyms_stay_names() -> None:
    from warta.extract.canonical import known_type

    for name in ("Aji", "Oki", "Koni"):
        assert canonical_name(name) == name
        assert known_type(name) is None
    assert canonical_name("IDI") == "Ikatan Dokter Indonesia"
    assert known_type("AJI") == known_type("OKI") == "ORG"
    assert known_type("kpk") == "ORG"  # lower-case text keeps its acronyms
