"""Session 32: what random IndoSum articles showed (a club's last word alone taken for a
person, club nicknames)."""

from __future__ import annotations

from _extract_support import mentions as _mentions


def test_a_clubs_last_word_alone_is_the_club_in_sports_news() -> None:
    text = (
        "Barcelona mengalahkan Deportivo Alavex dengan skor 3-1 dalam laga final di stadion. "
        "Gol Lionel Messi hanya dibalas satu gol. Alavex sempat menyamakan kedudukan lewat "
        "tendangan bebas, tetapi pelatih Alavex tak mampu mengubah hasil pertandingan."
    )
    found = _mentions(text)
    assert ("Alavex", "ORG") in found and ("Alavex", "PER") not in found
    # a club and its player run together is no club named after the player
    keeper = (
        "Persela kalah 1-2 dalam laga pekan ke-28. Tembakan Boaz dihalau penjaga gawang "
        "Persela Ferdiansyah. Pelatih Persela menyebut Ferdiansyah tampil apik di pertandingan."
    )
    assert ("Ferdiansyah", "ORG") not in _mentions(keeper)


def test_club_nicknames_name_the_club() -> None:
    text = (
        "Barcelona menang 3-1 atas Alaves di final. Kini Azulgrana mengoleksi 29 gelar juara "
        "dalam laga Copa del Rey."
    )
    found = _mentions(text)
    assert ("Azulgrana", "ORG") in found and ("Alaves", "ORG") in found
