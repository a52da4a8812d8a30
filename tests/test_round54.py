"""Round 54: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import quotes as _quotes


def test_a_long_occasion_between_a_name_and_its_verb_keeps_the_name() -> None:
    text = (
        "Manajemen Sheila On Seven atau Sheila Management, Barkah ketika dihubungi via e - mail "
        "dari Kuala Lumpur, Rabu, membenarkan kalau mereka bakal menggelar konser di negeri "
        "jiran."
    )
    assert [q[0] for q in _quotes(text)] == ["Barkah"]


def test_a_long_occasion_opening_the_sentence_leaves_the_subject_after_it() -> None:
    text = (
        "Namun, saat dikonfirmasi, Program Director "
        "MCM Live, Oktoberi Surbakti, menjelaskan tak bisa menerima tanggal yang diajukan "
        "Paramore."
    )
    assert [(q[0], q[1]) for q in _quotes(text)] == [
        ("Oktoberi Surbakti", "Program Director MCM Live")
    ]
