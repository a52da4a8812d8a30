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
            "Kepala Sub - Direktorat II Direktorat Reserse Kriminal Umum Polda Jatim "
            "Ajun Komisaris Besar Polisi",
        )
    ]
