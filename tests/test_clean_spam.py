"""Injected gambling spam goes (whole lines and appended tails); news about gambling stays whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.clean.spam import SpamLineFilter, SpamModel
from warta.clean.spam_features import (
    ArticleContext,
    has_gambling_signal,
    icon_promotion,
    is_candidate,
    strong_gambling,
)
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


# A news story with nothing about gambling: planted comments after it are off-topic.
MARKET = [
    "Harga Cabai Rawit di Pasar Induk Naik Dua Kali Lipat",
    "Harga cabai rawit merah di Pasar Induk Kramat Jati naik menjadi Rp 90.000 per kilogram, "
    "dua kali lipat dibanding pekan lalu, Senin (12/2).",
    "Pedagang menyebut pasokan cabai dari Jawa Tengah berkurang karena hujan deras merusak "
    "tanaman di sentra produksi.",
    '"Kalau cuaca membaik, harga cabai biasanya turun lagi dalam dua minggu," kata Slamet, '
    "pedagang di pasar tersebut.",
    "Dinas Perdagangan berencana menggelar operasi pasar untuk menahan kenaikan harga cabai.",
]


def test_styled_brand_in_a_short_comment_is_spam() -> None:
    doc = _clean([*MARKET, "Gak pernah rugi,𝙈𝘼𝙉𝙏𝘼𝙋77🔥"])
    assert [s.reason for s in doc.removed] == ["spam"]
    assert all(line in doc.text for line in MARKET)


def test_short_comment_inside_a_trailing_spam_run_is_removed() -> None:
    run = ["𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖 gacor parah, wd lancar terus", "hoki banget hari ini ♠", "By slot777"]
    doc = _clean([*MARKET, *run])
    assert sorted(s.text for s in doc.removed) == sorted(run)
    assert all(line in doc.text for line in MARKET)


def test_list_items_before_trailing_spam_are_kept() -> None:
    items = ["Daftar pemain inti:", "1. Ahmad Bachrain", "2. Evan Dimas", "Wasit: Budi Santoso"]
    doc = _clean([*MARKET[:3], *items, "𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖 gacor parah, wd lancar terus", "By slot777"])
    assert sorted(s.reason for s in doc.removed) == ["spam", "spam"]
    assert all(item in doc.text for item in items)


def test_social_media_handle_with_digits_is_not_a_brand() -> None:
    line = '"Semoga Pak Polisi sehat selalu, terima kasih sudah menolong," tulis @rudi_santoso77.'
    doc = _clean([*MARKET[:3], line, MARKET[4]])
    assert doc.removed == []


def test_verb_menyabet_is_not_a_betting_brand() -> None:
    line = (
        "Di sisi lain, pebulu tangkis muda itu menyabet gelar terbaik dan penghargaan Pemain "
        "Muda Tahun Ini untuk penampilannya, Jaya & Sentosa."
    )
    doc = _clean([*MARKET[:3], f"Ia menjadi pemenang terbesar malam itu. {line}", MARKET[4]])
    assert doc.removed == []


def test_attribution_after_a_closed_question_is_not_cut_off() -> None:
    real = (
        '"Kami mengajukan banding, jadi klien kami tidak ditahan. Betul?" tanya pengacara itu '
        "yang lalu dibenarkan oleh hakim."
    )
    doc = _clean([*MARKET[:3], f"{real} Main di 𝐆𝐀𝐂𝐎𝐑𝟖𝟖 pasti maxwin!", MARKET[4]])
    assert [s.reason for s in doc.removed] == ["spam: inline"]
    assert real in doc.text


def test_closing_quote_stays_with_its_quotation() -> None:
    real = "Direktur itu menambahkan, “ Peluncuran ini langkah penting bagi kami dan mitra. ”"
    doc = _clean([*MARKET[:3], f"{real} ●𝗠𝗮𝗻𝘁𝘂𝗹𝟴𝟴●selalu bagi rezeki", MARKET[4]])
    assert [s.reason for s in doc.removed] == ["spam: inline"]
    assert real in doc.text


def test_initial_in_a_name_does_not_end_the_real_sentence() -> None:
    real = (
        "Rapat tersebut juga dihadiri Menteri Perdagangan dan Ketua Umum Kadin Rosan P. Roeslani."
    )
    doc = _clean([*MARKET[:3], f"{real} 👈D𝑂RA77👈 bіkin mekswin makin gampang", MARKET[4]])
    assert [s.reason for s in doc.removed] == ["spam: inline"]
    assert real in doc.text


def test_chatty_lead_in_is_removed_with_the_spam_it_introduces() -> None:
    real = "Operasi pasar akan digelar di lima kecamatan mulai Kamis pekan ini."
    comment = (
        "Penting banget buat ngerti cara atur uang biar nggak gampang ketipu. Sama kayak di "
        "Ambil4D yang paham pola biasanya lebih gampang cuan! 😊🔥"
    )
    doc = _clean([*MARKET[:3], f"{real} {comment}", MARKET[4]])
    assert [s.text.strip() for s in doc.removed] == [comment]
    assert real in doc.text


def test_event_name_with_a_year_is_not_a_brand() -> None:
    doc = _clean(
        [
            *MARKET[:3],
            "Pameran bus InaBUS2017 sendiri masih berlangsung hingga 1 April mendatang.",
            MARKET[4],
        ]
    )
    assert doc.removed == []


def test_brand_patterns_skip_menyabet_handles_and_years() -> None:
    assert not has_gambling_signal("Ia menyabet gelar juara.", "ia menyabet gelar juara.")
    assert has_gambling_signal("Main di MEGABET", "main di megabet")
    assert not strong_gambling("tulis akun @rudi_santoso77.")
    assert strong_gambling("main di santoso77 aja")
    assert not strong_gambling("pameran inabus2017 berlangsung")


def test_brand_with_its_number_spelled_out_is_spam() -> None:
    # "TUJUHTUJUH" hides the digits of a brand like "DORA77" from digit patterns.
    doc = _clean(
        [
            "Harga Cabai Rawit Naik Menjelang Lebaran",
            "Harga cabai rawit di pasar induk naik menjadi Rp 80.000 per kilogram, kata pedagang.",
            "Dinas perdagangan akan menggelar operasi pasar pekan depan.",
            "SAKTI-DELAPANDELAPAN😴bikin saldo nambah tiap hari 🦴",
        ]
    )
    assert [s.reason for s in doc.removed] == ["spam"]
    assert "SAKTI" not in doc.text
    assert strong_gambling("sakti-delapandelapan gampang banget")


def test_spelled_numbers_in_news_are_not_brands() -> None:
    for line in (
        "Ia satu-satunya atlet yang meraih dua puluh tujuh medali.",
        "Kelima tersangka ditahan selama dua puluh hari.",
    ):
        assert not strong_gambling(line.lower())


def test_menangkap_menangani_menangis_are_not_win_talk() -> None:
    # "menang" (to win) is a prefix of arresting, handling and crying: none is winning talk.
    line = "Polisi menangkap pelaku dan menangani korban yang menangis di lokasi."
    assert not has_gambling_signal(line, line.lower())


def test_headline_of_a_gambling_story_is_kept() -> None:
    doc = _clean(
        [
            "OJK Minta Bank Tutup Rekening Penampung Judol",
            "Otoritas Jasa Keuangan meminta perbankan menutup rekening yang dipakai menampung "
            "dana judi online, Senin (12/8).",
            "Menurut OJK, ribuan rekening itu dibeli dari warga dengan harga murah.",
            "Bank diminta melaporkan transaksi mencurigakan dalam waktu tiga hari.",
        ]
    )
    assert doc.removed == []


def test_results_table_with_shouted_names_is_kept() -> None:
    doc = _clean(
        [
            "Hasil Balapan Seri Kedelapan",
            "Pebalap tuan rumah memenangi balapan dengan selisih tipis dari rival terdekatnya.",
            "1. R. FERNANDEZ 41 menit 12,405 detik",
            "2. K. SASAKIMOTO + 0.231 detik",
            "3. B. WIRAATMADJA + 1.870 detik",
        ]
    )
    assert doc.removed == []
    line = "2. K. SASAKIMOTO + 0.231 detik"
    assert not is_candidate(line, line.lower())


FLOOD = [
    "Banjir Rendam Ratusan Rumah di Bandung Selatan",
    "Banjir merendam ratusan rumah warga di Kecamatan Dayeuhkolot setelah hujan deras "
    "mengguyur sejak Minggu malam, kata petugas BPBD.",
    "Petugas mengevakuasi warga lanjut usia dan anak-anak ke posko pengungsian terdekat.",
]


def test_short_line_with_money_icon_and_win_talk_is_spam() -> None:
    # No brand at all: the form (money/card icon + winning talk, off the story) gives it away.
    for comment in ("untung terus tiap hari ♣", "cuan lagi hari ini 💰"):
        doc = _clean([*FLOOD, comment])
        assert [s.reason for s in doc.removed] == ["spam"], comment
        lower = [line.lower() for line in [*FLOOD, comment]]
        assert icon_promotion(comment, lower[-1], ArticleContext.build(lower))


def test_money_icon_in_a_caption_about_the_story_is_kept() -> None:
    doc = _clean(
        [
            "Persib Menang Tipis atas Persija",
            "Persib Bandung menang 1-0 atas Persija Jakarta dalam laga yang digelar di stadion "
            "Gelora Bandung Lautan Api, Sabtu malam.",
            "Manajemen klub menulis di akun resminya: Kemenangan untuk Persib dan bobotoh 💎",
            "Pelatih Persib memuji kerja keras para pemain sepanjang laga.",
        ]
    )
    assert doc.removed == []


def test_brand_split_from_its_digits_by_a_decoration_is_a_brand() -> None:
    assert strong_gambling("seru banget main di sakti⭐21⭐ tiap malam")
    assert strong_gambling("hoki~77 gampang")


def test_covid_19_and_pukul_times_are_not_brands() -> None:
    # Hyphenated names of diseases and models, and clock times, are how news writes numbers.
    for line in ("pasien covid-19 bertambah", "jet tempur mig-29 mendarat", "pukul 10:30 wib"):
        assert not strong_gambling(line)


def test_regulation_number_is_not_a_gambling_number() -> None:
    from warta.clean.stage import clean_steps
    from warta.document import Document
    from warta.pipeline import Pipeline

    raw = (
        "Pemerintah Siapkan Aturan Baru Remisi Narapidana\n\n"
        "Kementerian Hukum menyiapkan perubahan aturan remisi bagi narapidana kasus korupsi "
        "setelah menerima masukan dari berbagai pihak, kata juru bicara kementerian.\n\n"
        "Revisi PP 99/2012\n\n"
        "Peraturan Pemerintah Nomor 99 Tahun 2012 mengatur syarat remisi yang lebih ketat "
        "bagi narapidana korupsi, narkotika, dan terorisme."
    )
    (doc,) = Pipeline(clean_steps()).run([Document(id="pp", raw=raw)])
    assert doc.removed == []
