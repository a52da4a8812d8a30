"""Injected gambling spam goes (whole lines and appended tails); news about gambling stays whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.clean.spam import SpamLineFilter, SpamModel
from warta.clean.stage import CleanOptions, clean_steps
from warta.document import Document
from warta.errors import ModelError
from warta.pipeline import Pipeline

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "seed-article.txt"

NEWS = [
    "Polisi Bongkar Sindikat Judi Online di Surabaya",
    "Polda Jawa Timur membongkar sindikat judi online yang mengelola situs slot dan togel dengan "
    "omzet miliaran rupiah per bulan, Kamis (7/3).",
    "Direktur Reserse Siber mengatakan para tersangka menyebarkan link alternatif setiap kali "
    "situs mereka diblokir oleh pemerintah.",
    '"Mereka memakai nama seperti hoki88 agar mudah diingat pemain," ujarnya.',
    "Polisi menyita 30 telepon genggam dan membekukan 120 rekening penampung dana taruhan.",
]


def _clean(lines: list[str]) -> Document:
    doc = Document(id="t", raw="\n\n".join(lines))
    list(Pipeline(clean_steps(CleanOptions(language=False))).run([doc]))
    return doc


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/examples/seed-article.txt")
def test_seed_article_loses_exactly_its_two_spam_lines() -> None:
    doc = Document(id="seed", raw=SEED.read_text(encoding="utf-8"))
    list(Pipeline(clean_steps(CleanOptions(language=False))).run([doc]))
    assert [(s.text, s.reason) for s in doc.removed] == [
        ("sbobet mobile", "spam"),
        ("By gacor88", "spam"),
    ]
    assert doc.kept


def test_police_raid_on_judi_online_is_kept_whole() -> None:
    doc = _clean(NEWS)
    assert doc.removed == []


def test_spam_planted_in_gambling_news_is_removed_and_news_kept() -> None:
    doc = _clean([*NEWS, "𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖 gampang maxwin, depo 10rb langsung wd 🔥", "By hoki777"])
    assert sorted(s.reason for s in doc.removed) == ["spam", "spam"]
    assert all(line in doc.text for line in NEWS)


def test_appended_spam_removes_only_the_appended_part() -> None:
    real = (
        "Pemerintah kota menambah 40 bus listrik untuk melayani rute baru mulai bulan depan, "
        "kata kepala dinas perhubungan."
    )
    doc = _clean(
        [
            "Kota Tambah Armada Bus Listrik",
            f"{real} Main di 𝐀𝐄𝐑𝐎𝟖𝟖 auto jackpot, link alternatif di bio 🔥🔥",
            "Tarif bus listrik sama dengan bus biasa, yakni Rp 3.500 per perjalanan.",
        ]
    )
    assert [s.reason for s in doc.removed] == ["spam: inline"]
    assert real in doc.text
    assert "AERO" not in doc.text and "𝐀𝐄𝐑𝐎" not in doc.text


def test_parking_slot_and_meeting_slot_are_not_spam() -> None:
    doc = _clean(
        [
            "Mal Baru Sediakan 2.000 Slot Parkir",
            "Pengelola mal menyediakan 2.000 slot parkir mobil dan 3.000 slot parkir motor.",
            "Rapat pemegang saham mendapat slot waktu pukul 14.00 WIB di ruang utama.",
            "Manajer mal menyebut tingkat hunian penyewa sudah mencapai 90 persen.",
        ]
    )
    assert doc.removed == []


def test_short_byline_with_brand_digits_is_spam() -> None:
    doc = _clean([*NEWS[:3], "By maxwin303"])
    assert [s.text for s in doc.removed] == ["By maxwin303"]


def test_model_with_other_features_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(
        '{"hand_features": ["x"], "hand": [1], "bias": 0, "threshold": 0.5, "ngrams": {}}'
    )
    with pytest.raises(ModelError):
        SpamModel.load(path)


def test_threshold_option_changes_what_is_removed() -> None:
    lines = [*NEWS[:3], "sbobet mobile"]
    strict = Document(id="a", raw="\n\n".join(lines))
    list(SpamLineFilter(threshold=1.0).run([strict]))
    assert strict.removed == []


def test_quote_attribution_before_appended_spam_is_kept() -> None:
    real = (
        '"Kami akan menambah petugas di setiap pintu masuk stadion. Ini demi keamanan," '
        "kata Kapolres."
    )
    doc = _clean(
        [
            "Polisi Siagakan 1.000 Personel untuk Laga Final",
            f"{real} 😂𝐀𝐄𝐑𝐎𝟖𝟖 menang terus, wd lancar jaya",
            "Laga final akan digelar Minggu malam di Stadion Utama.",
        ]
    )
    assert [s.reason for s in doc.removed] == ["spam: inline"]
    assert real in doc.text


def test_casual_lead_in_of_a_spam_comment_goes_with_it() -> None:
    doc = _clean([*NEWS[:3], "Ga heran kalau jadi favorit banyak orang! 𝗕𝗘𝗥𝗞𝗔𝗛𝟵𝟵"])
    assert [s.reason for s in doc.removed] == ["spam"]


def test_title_case_heading_about_winning_is_not_spam() -> None:
    doc = _clean([*NEWS[:3], "Pengemudi Ojek Online Menang di Mahkamah Agung", NEWS[4]])
    assert doc.removed == []
