"""Round 4 regressions on real-news patterns: initials and clipped given names, cues after a
connective, passive agents, manner adverbials, noun objects, bracketed acronyms, "pihaknya"."""

from __future__ import annotations

from warta.extract.quotes import extract_quotes
from warta.extract.quotes.glue import trim_name


def _by_text(text: str) -> dict[str, dict[str, object]]:
    return {str(q["text"])[:30]: q for q in extract_quotes(text)}


def test_middle_initial_is_no_glued_word() -> None:
    words = ["Bupati", "Darmin", "A", "Sigilipu", "berkata", ".", "Darmin", "pergi"]
    assert trim_name(words, "Darmin A. Sigilipu", "Bupati") == ("Darmin A. Sigilipu", "Bupati")


def test_clipped_given_name_resolves_to_full_name() -> None:
    entities = [
        {"text": "Ratnawati Kusuma", "label": "PER", "start": 0, "end": 16},
        {"text": "Ratna", "label": "PER", "start": 70, "end": 75},
    ]
    text = (
        "Ratnawati Kusuma membuka pameran lukisan itu pagi tadi.\n\n"
        '"Kami bangga sekali dengan karya para pelukis muda," kata Ratna.'
    )
    (quote,) = extract_quotes(text, entities=entities)
    assert quote["speaker"] == "Ratnawati Kusuma"


def test_pronoun_cue_after_connective_opens_statement() -> None:
    text = (
        "Kuasa hukum korban, Azam Khan, yakin penyerangan itu direncanakan. "
        "Sebab menurutnya, luka yang dialami korban berada di titik mematikan.\n\n"
        "Namun, lanjutnya, polisi belum menetapkan satu pun tersangka."
    )
    quotes = _by_text(text)
    assert quotes["luka yang dialami korban berad"]["speaker"] == "Azam Khan"
    assert quotes["Namun, lanjutnya, polisi belum"]["speaker"] == "Azam Khan"


def test_passive_agent_without_commas_is_reported_speech() -> None:
    text = "Kebijakan itu dinilai Faisal Basri tidak akan efektif menekan inflasi tahun ini."
    (quote,) = extract_quotes(text)
    assert quote["kind"] == "indirect" and quote["speaker"] == "Faisal Basri"


def test_passive_that_names_a_place_is_not_a_quote() -> None:
    assert extract_quotes("Kawasan itu disebut Kampung Warna Warni sebagai ikon baru kota.") == []


def test_manner_adverbial_between_subject_and_verb() -> None:
    text = (
        "Menteri Keuangan Sri Mulyani mengunjungi pasar di Jakarta. "
        "Ia bahkan tanpa ragu menyebut bahwa defisit anggaran tahun ini masih aman."
    )
    quotes = extract_quotes(text)
    assert [q["speaker"] for q in quotes] == ["Sri Mulyani"]
    assert str(quotes[0]["text"]).startswith("defisit anggaran")


def test_feeling_as_object_is_not_reported_speech() -> None:
    text = "Pelatih Andi Wijaya mengungkapkan kekecewaannya atas hasil pertandingan semalam."
    assert extract_quotes(text) == []


def test_pihaknya_refers_to_the_person_in_focus() -> None:
    text = (
        '"Kami tidak menemukan bukti baru," kata anggota tim Effendi Gazali di Jakarta.\n\n'
        "Pihaknya mengakui bahwa pertemuan kedua orang itu memang terjadi pada 2014."
    )
    quotes = extract_quotes(text)
    assert [q["speaker"] for q in quotes] == ["Effendi Gazali", "Effendi Gazali"]


def test_menurut_role_with_relative_clause_then_name() -> None:
    text = (
        "Menurut dosen yang membimbing kedua mahasiswa itu, Lukito Prasetyo, jembatan kaca ini "
        "tidak hanya berfungsi sebagai penghubung."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Lukito Prasetyo"
    assert str(quote["text"]).startswith("jembatan kaca")


def test_org_speaker_drops_bracketed_acronym() -> None:
    text = (
        "Komisi Pemberantasan Korupsi (KPK) meminta masyarakat agar lebih berhati-hati terhadap "
        "oknum yang mengaku pegawai lembaga itu."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Komisi Pemberantasan Korupsi"


def test_possessed_subject_still_opens_reported_clause() -> None:
    text = "Kuasa hukum tersangka, Dimas Prasetyo, menyatakan kliennya akan kooperatif."
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Dimas Prasetyo" and str(quote["text"]).startswith("kliennya")
