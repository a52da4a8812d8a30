"""Session 44: what random IndoSum articles showed (a region's leadership forum, dotted
stage names, an epithet or a time set off by a comma before the verb)."""

from __future__ import annotations

import pytest
from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes

from warta.extract.tokenize import tokenize


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Kepala BPBD Garut, Dadi Djakaria bersama Muspika Pangatikan melakukan takziah.",
         "Muspika Pangatikan"),
        ("Rapat Forkopimda Jawa Timur digelar di Surabaya pada Senin.", "Forkopimda Jawa Timur"),
        ("Upacara itu diikuti para Forkopimka Taman dan jajaran Polresta Sidoarjo.",
         "Forkopimka Taman"),
    ],
)  # fmt: skip
def test_a_region_s_leadership_forum_is_a_body(sentence: str, body: str) -> None:
    assert (body, "ORG") in _mentions(sentence)
    assert all(label != "PER" for text, label in _mentions(sentence) if body in text)


def test_dotted_capitals_stay_one_token() -> None:
    words = [t.text for t in tokenize("Dukungan untuk T.O.P terus datang. B.J. Habibie hadir.")]
    assert "T.O.P" in words
    assert "B.J." in words  # an initial's dot still closes it
    assert words[-1] == "."  # and the sentence's full stop stays its own


def test_an_epithet_set_off_by_a_comma_is_the_subject() -> None:
    text = (
        "Komandan Korps Brimob, Brigjen Abdul Rahman Baso membenarkan kabar itu.\n\n"
        "Mantan Kapolrestabes Bandung ini, menjelaskan pihaknya akan melakukan investigasi "
        "untuk mengetahui motifnya."
    )
    speakers = [speaker for speaker, _, said in _quotes(text) if "investigasi" in said]
    assert speakers == ["Abdul Rahman Baso"]


def test_a_time_set_off_by_a_comma_is_no_part_of_the_subject() -> None:
    text = (
        "Mike Lewis datang ke pengadilan pada Senin.\n\n"
        "Tamara kala itu , mengaku telah dijambak Wayan Sobrat saat diboncengi sahabatnya."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Tamara"]
    without_comma = text.replace("itu , mengaku", "itu mengaku")
    assert [speaker for speaker, _, _ in _quotes(without_comma)] == ["Tamara"]


def test_a_demonstrative_with_no_comma_is_still_no_epithet_subject() -> None:
    # "Belakangan ini ia mengaku": the pronoun is the subject, no comma sets anything off
    text = "Susi Susanti kembali dibicarakan. Belakangan ini ia mengaku ingin melatih pemain muda."
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Susi Susanti"]
