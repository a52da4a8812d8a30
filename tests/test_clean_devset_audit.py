"""The dev-set audit rule (benchmarks/build_clean_devset.py) leaves out only ordinary comments."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from build_clean_devset import audit_is_ordinary


def test_audit_leaves_out_ordinary_comments() -> None:
    assert audit_is_ordinary("Ciri khas orang Medan makan pasti pakai sambal")
    assert audit_is_ordinary("wkwk lucu banget videonya 😂😂")


def test_audit_keeps_any_comment_with_a_gambling_sign() -> None:
    for comment in (
        "Gak pernah gagal,𝙎𝙂𝙄88🔥",  # styled brand
        "⭐ A L E X I S 1 7 ⭐ mantap",  # letters held apart
        "kemujuran sekali ♦",  # luck word, card suit
        "thanks udah JP 👇",  # jackpot slang
        "120jt bisa buat hidup setahun",  # money in chat form
        "Terima kasih ❤ DIORGAMING ❤",  # shouted brand
        "Temen gue main di sigap4d terus",  # letters+digits name
        "K̲U̲S̲U̲M̲A̲ emang beda",  # combining underline
    ):
        assert not audit_is_ordinary(comment), comment
