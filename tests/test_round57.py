"""Round 57: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import quotes as _quotes

from warta.extract.quotes.text import paragraphs


def test_a_hard_wrapped_quote_is_one_quote() -> None:
    text = (
        "Cuaca cerah.\n\n"
        '"Tantangan ke depan masih besar, dengan perubahan iklim, perpindahan \r\n'
        " paksa, dan pandemi mengancam keuntungan yang telah kita raih untuk \n"
        ' memperbaiki kehidupan miliaran orang," kata Kim dalam sebuah pernyataan.'
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["Kim"]
    assert " ".join(found[0][2].split()).endswith("raih untuk memperbaiki kehidupan miliaran orang")


def test_lines_without_wrap_marks_stay_paragraphs() -> None:
    text = "Kata dia, \nBaca juga: berita lain\nsatu dua\n\n tiga empat"
    assert len(paragraphs(text)) == 4


def test_initials_with_dots_stay_in_a_role_set_off_after_the_name() -> None:
    text = (
        "Cuaca cerah.\n\n"
        '"Kami akan terus menyediakan jaringan cepat," kata Michael Irizarry, kepala pejabat '
        "teknologi U.S. Cellular.\n\n"
        '"Kami siap," kata Budi Santoso, direktur A. Ajie.'
    )
    found = _quotes(text)
    assert [(q[0], q[1]) for q in found] == [
        ("Michael Irizarry", "kepala pejabat teknologi U.S. Cellular"),
        ("Budi Santoso", "direktur A. Ajie"),
    ]
