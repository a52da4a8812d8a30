"""Round 12, from a read of whole records of unseen articles and fresh gold sets scored once
before: names inside one article (a name without its middle words, a spelling variant of an
alias, a title word that is a given name, a unit named after its body), company names glued
before a person, statements as speakers ("demikian bunyi pernyataan …"), and counted
occasions ("sembilan kali")."""

from __future__ import annotations

from typing import Any

from warta.extract.canonical import resolve_in_document
from warta.extract.entities import find_entities
from warta.extract.entity_rules import chinese_yang
from warta.extract.entity_words import professions_name_people
from warta.extract.entity_works import works_are_no_entities
from warta.extract.ner.base import TokenSpan
from warta.extract.ner.roles import split_titles
from warta.extract.quantities import extract_quantities
from warta.extract.quotes import extract_quotes
from warta.extract.summary import summarize
from warta.extract.tokenize import dateline_end


def _quotes(text: str) -> list[dict[str, Any]]:
    return extract_quotes(text, entities=find_entities(text))


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.get("speaker"), q.get("role")) for q in _quotes(text)]


# -- names inside one article ------------------------------------------------------------


def test_a_name_without_its_middle_names_is_the_full_name() -> None:
    mentions = [
        ("Juan Carlos Rodriguez Belencoso", "PER"),
        ("Juan Belencoso", "PER"),
        ("Belencoso", "PER"),
        ("Susilo Bambang Yudhoyono", "PER"),
        ("Susilo Yudhoyono", "PER"),
    ]
    assert resolve_in_document(mentions) == [
        "Juan Carlos Rodriguez Belencoso",
        "Juan Carlos Rodriguez Belencoso",
        "Juan Carlos Rodriguez Belencoso",
        "Susilo Bambang Yudhoyono",
        "Susilo Bambang Yudhoyono",
    ]
    # the same first and last word around other middle names is someone else
    assert resolve_in_document([("Ahmad Yani Siregar", "PER"), ("Ahmad Budi Siregar", "PER")]) == [
        "Ahmad Yani Siregar",
        "Ahmad Budi Siregar",
    ]


def test_a_spelling_variant_joins_the_place_its_alias_became() -> None:
    names = resolve_in_document(
        [("Kyrgyzstan", "LOC"), ("Kyrgystan", "LOC"), ("Kyrgyzstan", "LOC"), ("Australia", "LOC")]
    )
    assert names[0] == names[1] == names[2] != names[3]


def test_a_given_name_that_is_a_title_word_still_takes_the_short_form() -> None:
    names = resolve_in_document([("Ratu Tisha Destria", "PER"), ("Tisha", "PER")])
    assert names == ["Ratu Tisha Destria", "Ratu Tisha Destria"]


def test_a_known_body_is_not_the_unit_named_after_it() -> None:
    mentions = [
        ("Divisi Humas Polri", "ORG"),
        ("Polri", "ORG"),
        ("Bareskrim Polri", "ORG"),
        ("Komisi III DPR", "ORG"),
        ("DPR", "ORG"),
        ("Manchester City", "ORG"),
        ("City", "ORG"),
    ]
    assert resolve_in_document(mentions) == [
        "Divisi Humas Polri",
        "Polri",
        "Bareskrim Polri",
        "Komisi III DPR",
        "DPR",
        "Manchester City",
        "Manchester City",
    ]
    # a known club is still the short form of its full name
    assert resolve_in_document([("SSC Napoli", "ORG"), ("Napoli", "ORG")]) == ["SSC Napoli"] * 2
    # one body's unit only: the body alone is still the body
    assert resolve_in_document([("Divisi Humas Polri", "ORG"), ("Polri", "ORG")])[1] == "Polri"


def test_a_dateline_place_is_not_merged_into_the_club_of_its_name() -> None:
    names = resolve_in_document(
        [("WOLFSBURG", "ORG"), ("VfL Wolfsburg", "ORG"), ("Wolfsburg", "ORG")]
    )
    assert names == ["WOLFSBURG", "VfL Wolfsburg", "VfL Wolfsburg"]


# -- titles and bodies glued to names ----------------------------------------------------


def _split(words: str, span: tuple[int, int]) -> list[tuple[str, str]]:
    tokens = words.split()
    out = split_titles(tokens, [TokenSpan(span[0], span[1], "PER")])
    return [(" ".join(tokens[s.start : s.end]), s.label) for s in out]


def test_a_title_word_after_a_role_set_off_by_a_comma_is_the_given_name() -> None:
    words = "ucap Sekretaris Jenderal PSSI , Ratu Tisha Destria , di situs resmi"
    assert _split(words, (5, 8)) == [("Ratu Tisha Destria", "PER")]
    # the queen: no role before her
    assert _split("Kunjungan Ratu Elizabeth II ke Skotlandia", (1, 4)) == [("Elizabeth II", "PER")]
    # after another person and a comma, the title word is a title again
    words = "kata Presiden Joko Widodo , Ratu Elizabeth II , dan lainnya"
    tokens = words.split()
    out = split_titles(tokens, [TokenSpan(2, 4, "PER"), TokenSpan(5, 8, "PER")])
    assert [" ".join(tokens[s.start : s.end]) for s in out] == ["Joko Widodo", "Elizabeth II"]


def test_a_company_name_closed_by_its_kind_is_split_off_the_person() -> None:
    assert _split("Founder Visio Incubator Hendriko Firman mengatakan", (1, 5)) == [
        ("Visio Incubator", "ORG"),
        ("Hendriko Firman", "PER"),
    ]
    assert _split("CEO East Ventures Willson Cuaca mengatakan", (1, 5))[0] == (
        "East Ventures",
        "ORG",
    )
    # the kind word needs two name words after it
    assert _split("kata Nabil Group hari ini", (1, 3)) == [("Nabil Group", "PER")]


# -- statements as speakers --------------------------------------------------------------


def test_a_statement_speaks_for_who_issued_it() -> None:
    text = (
        '"Dengan rasa menyesal saya sampaikan bahwa saya ingin dijual," demikian bunyi '
        "pernyataan resmi yang diucapkan Van Dijk.\n\n"
        '"Kami siap membantu warga kami di sana," demikian pernyataan tertulis yang dikeluarkan '
        "Kementerian Luar Negeri.\n\n"
        '"Kami terus memantau situasi," demikian isi pernyataan Presiden Joko Widodo.'
    )
    assert _speakers(text) == [
        ("Van Dijk", None),
        ("Kementerian Luar Negeri", None),
        ("Joko Widodo", "Presiden"),
    ]


def test_the_newsroom_that_received_a_statement_did_not_say_it() -> None:
    text = (
        'Juru bicara Kemenlu Arrmanatha Nasir mengatakan, "Kami memantau situasi di sana."\n\n'
        '"Warga diminta tetap tenang," demikian keterangan tertulis yang diterima Kompas.com.'
    )
    speakers = [s for s, _ in _speakers(text)]
    assert "Kompas.com" not in speakers


def test_a_reported_statement_after_demikian_names_its_agent() -> None:
    text = (
        "Sistem pengawasan radiasi di pembangkit listrik Chernobyl kini dijalankan secara "
        "manual, demikian dilaporkan pemerintah Ukraina.\n\n"
        '"Kami siap menghadapi serangan berikutnya," demikian dilansir AFP.'
    )
    assert [s for s, _ in _speakers(text)] == ["pemerintah Ukraina", "AFP"]


def test_the_statement_referred_back_to_speaks_for_its_source() -> None:
    text = (
        "Kementerian Pertahanan Sipil Selandia Baru meminta warga di pesisir pantai untuk "
        "pergi ke tempat yang lebih tinggi.\n\n"
        '"Gelombang pertama mungkin bukan yang paling besar," bunyi pernyataan kementerian '
        "tersebut.\n\n"
        'Pernyataan resmi itu juga menyebutkan bahwa "warga tidak boleh kembali sebelum ada '
        'pemberitahuan".'
    )
    speakers = [s for s, _ in _speakers(text)]
    assert speakers == ["Kementerian Pertahanan Sipil Selandia Baru"] * 3


def test_a_statement_referred_back_to_alone_leaves_the_speaker_to_the_article() -> None:
    text = (
        "Penyanyi Zayn Malik membatalkan konsernya di Dubai, kata promotor yang mengutip "
        "pesan dari Zayn.\n\n"
        '"Saya sudah berjuang selama tiga bulan untuk mengatasi kecemasan ini," bunyi '
        "pernyataan tersebut."
    )
    assert _speakers(text)[-1][0] == "Zayn Malik"


def test_an_english_body_name_is_no_person() -> None:
    text = (
        "Sebelumnya Pacific Tsunami Warning Centre mengatakan bahwa gempa akbar itu tak "
        "berpotensi tsunami."
    )
    assert _speakers(text) == [("Pacific Tsunami Warning Centre", None)]


def test_a_speaker_whose_name_opens_with_a_title_word_keeps_it() -> None:
    text = (
        '"PSSI berinisiatif untuk mendatangkan wasit asing," ucap Sekretaris Jenderal PSSI, '
        "Ratu Tisha Destria, di situs resmi PSSI.\n\n"
        '"Kami siap," kata Gubernur Banten Ratu Atut Chosiyah.'
    )
    assert _speakers(text) == [
        ("Ratu Tisha Destria", "Sekretaris Jenderal PSSI"),
        ("Ratu Atut Chosiyah", "Gubernur Banten"),
    ]


# -- counted occasions -------------------------------------------------------------------


def _q(text: str) -> list[tuple[str, Any, str | None, str | None]]:
    return [
        (q["text"], q["value"], q.get("unit"), q.get("counts")) for q in extract_quantities(text)
    ]


def test_occasions_are_counted_with_the_noun_outside_the_span() -> None:
    assert _q("Dia main sembilan kali musim ini.") == [("sembilan", 9, "times", "kali")]
    assert _q("Film itu dibajak 1,03 miliar kali.") == [
        ("1,03 miliar", 1030000000, "times", "kali")
    ]
    assert _q("Ia baru satu kali tampil.") == [("satu", 1, "times", "kali")]
    # a multiple is a measure: its words stay in the span
    assert _q("Harga naik dua kali lipat.") == [("dua kali lipat", 2, "times", None)]


# -- datelines ---------------------------------------------------------------------------


def test_datelines_of_news_sites_end_where_the_news_starts() -> None:
    for text in (
        "Jakarta, CNN Indonesia - - Sistem pengawasan radiasi diserang peretas.",
        "Jakarta, CNN Indonesia -- Sistem pengawasan radiasi diserang peretas.",
        "JUARA.net – Sistem pengawasan radiasi diserang peretas.",
        "Magelang (ANTARA News) - Sistem pengawasan radiasi diserang peretas.",
        "REPUBLIKA.CO.ID, JAKARTA -- Sistem pengawasan radiasi diserang peretas.",
    ):
        assert text[dateline_end(text, 0) :].startswith("Sistem"), text
    text = "Presiden Joko Widodo mengatakan - dalam pidatonya - bahwa ia setuju."
    assert dateline_end(text, 0) == 0


def test_a_summary_leaves_out_the_dateline() -> None:
    text = (
        "JUARA.net – Striker asal Spanyol Juan Belencoso gagal menyelamatkan klubnya dari "
        "degradasi musim ini.\n\n"
        "Klub yang dibelanya sejak Maret itu finis di posisi 18 dari 20 klub di grupnya.\n\n"
        "Belencoso main sembilan kali dan mencetak tiga gol bagi klub tersebut."
    )
    spans = summarize(text)
    assert text[spans[0][0] :].startswith("Striker asal Spanyol")


def test_an_indirect_quote_opening_the_article_leaves_out_the_dateline() -> None:
    text = (
        "Jakarta, CNN Indonesia - - Sistem pengawasan radiasi di pembangkit listrik Chernobyl "
        "kini dijalankan secara manual, demikian dilaporkan pemerintah Ukraina."
    )
    (quote,) = _quotes(text)
    assert quote["text"].startswith("Sistem pengawasan")


def test_a_capital_yang_before_a_name_is_the_family_name() -> None:
    found = [
        {"text": "Liwei", "label": "PER", "start": 43, "end": 48},
        {"text": "Liwei", "label": "PER", "start": 69, "end": 74},
    ]
    text = "Seorang astronot berkebangsaan China, Yang Liwei mengaku. Hakim yang Liwei pilih."
    chinese_yang(found, text)
    assert [m["text"] for m in found] == ["Yang Liwei", "Liwei"]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in found)


def test_a_name_closed_by_a_business_word_is_a_body() -> None:
    pairs = [
        (m["text"], m["label"], m.get("role"))
        for m in find_entities(
            "Hal itu dikatakan analis Indosurya Sekuritas, William S Wijaya, di Jakarta."
        )
    ]
    assert ("Indosurya Sekuritas", "ORG", None) in pairs


def test_a_body_after_the_noun_for_its_kind_speaks_as_the_body() -> None:
    text = (
        "Dua remaja tak diperbolehkan masuk pesawat maskapai itu. Menurut perusahaan United "
        "Airlines, pakaian itu tidak sesuai dengan aturan pakaian bagi penumpang."
    )
    assert [s for s, _ in _speakers(text)] == ["United Airlines"]


def test_more_verbs_of_setting_out_report_a_statement() -> None:
    for text in (
        "Kepala Humas Polda Jateng Budi Santoso menjabarkan, pihaknya mendata jumlah warga "
        "yang pernah berangkat ke Suriah.",
        "Kepala Humas Polda Jateng Budi Santoso mengungkap bahwa pihaknya mendata jumlah "
        "warga yang pernah berangkat ke Suriah.",
    ):
        (quote,) = _quotes(text)
        assert quote["speaker"] == "Budi Santoso"
        assert quote["text"].startswith("pihaknya mendata")
    # uncovering a case reports nothing, and gives no speaker to a quoted phrase before it
    assert _quotes("Polisi mengungkap kasus peredaran narkoba di Semarang.") == []
    text = (
        "Setidaknya 547 anak menjadi korban di sekolah paduan suara itu, yang disebut korban "
        'layaknya "penjara, neraka atau kamp konsentrasi." Penyidik yang ditunjuk gereja '
        "mengungkap kasus tersebut pada Selasa."
    )
    assert "Penyidik" not in [q.get("speaker") for q in _quotes(text)]


def test_a_relative_of_the_person_named_is_the_speaker() -> None:
    text = (
        '"Suami saya orang baik," kata istri Budi Santoso.\n\n'
        '"Bapak sudah tidur," ujar ajudan Gubernur Anies Baswedan.\n\n'
        '"Anak saya sudah pulang," ujar ayah Rina, Slamet.\n\n'
        '"Kami siap," kata Ibu Susi Pudjiastuti.\n\n'
        '"Dia sempat mengonsumsi obat itu," kata sang istri Vicky Cornell.'
    )
    assert [s for s, _ in _speakers(text)] == [
        "istri Budi Santoso",
        "ajudan Gubernur Anies Baswedan",
        "Slamet",  # named after the comma
        "Susi Pudjiastuti",  # "Ibu": a form of address
        "Vicky Cornell",  # "sang istri": the wife herself
    ]


def test_works_listed_after_their_noun_are_no_entities() -> None:
    text = (
        "Beberapa game legendaris pun dirilis, seperti Super Mario, The Legend of Zelda dan "
        "Mario Kart. Tiga film itu, mengutip Independent, adalah The War with Grandpa, Mary "
        "Magdalene dan The Upside. Eminem menjadi produser untuk film komedi Bodied."
    )
    found = [
        {"text": t, "label": label, "start": text.index(t), "end": text.index(t) + len(t)}
        for t, label in [
            ("Super Mario", "PER"), ("The Legend of Zelda", "ORG"), ("Mario Kart", "PER"),
            ("Independent", "ORG"), ("The War with Grandpa", "ORG"), ("Mary Magdalene", "PER"),
            ("The Upside", "ORG"), ("Eminem", "PER"), ("Bodied", "PER"),
        ]
    ]  # fmt: skip
    works_are_no_entities(found, text)
    assert [m["text"] for m in found] == ["Independent", "Eminem"]


def test_people_listed_after_a_film_noun_stay() -> None:
    text = "Film yang dibintangi aktor seperti Reza Rahadian dan Dian Sastro itu laris."
    found = [
        {"text": t, "label": "PER", "start": text.index(t), "end": text.index(t) + len(t)}
        for t in ("Reza Rahadian", "Dian Sastro")
    ]
    works_are_no_entities(found, text)
    assert len(found) == 2
    text = (
        "Festival ini menampilkan para penyanyi yang menempati posisi pertama di tangga lagu "
        "sepanjang 2017 seperti BTS, EXO dan Red Velvet."
    )
    found = [
        {"text": t, "label": "ORG", "start": text.index(t), "end": text.index(t) + len(t)}
        for t in ("BTS", "EXO", "Red Velvet")
    ]
    works_are_no_entities(found, text)
    assert len(found) == 3
    text = "Film terbaru Garin Nugroho tayang pekan depan."
    found = [{"text": "Garin Nugroho", "label": "PER", "start": 13, "end": 26}]
    works_are_no_entities(found, text)
    assert len(found) == 1


def test_a_name_after_a_profession_of_one_person_is_a_person() -> None:
    text = "Aktris Chelsea Islan hadir. Chelsea Islan tampil. Pemain Chelsea Eden Hazard cedera."
    found = [
        {"text": t, "label": label, "start": text.index(t, at), "end": text.index(t, at) + len(t)}
        for t, label, at in [
            ("Chelsea Islan", "ORG", 0), ("Chelsea Islan", "ORG", 20), ("Chelsea", "ORG", 50),
            ("Eden Hazard", "PER", 0),
        ]
    ]  # fmt: skip
    professions_name_people(found, text)
    assert [m["label"] for m in found] == ["PER", "PER", "ORG", "PER"]


def test_a_name_may_open_a_statement_after_a_verb_and_its_comma() -> None:
    text = (
        "Kepala Bagian Penerangan Umum Polri Martinus Sitompul melanjutkan, Polri juga tengah "
        "menghitung jumlah warga yang keberangkatannya digagalkan."
    )
    (quote,) = _quotes(text)
    assert quote["speaker"] == "Martinus Sitompul"
    assert quote["text"].startswith("Polri juga tengah")


def test_a_role_leaves_out_the_name_words_glued_to_it() -> None:
    from warta.extract.quotes.resolve import _outside_name

    assert _outside_name("Anggota Komisi VIII DPR Khatibul", "Khatibul Umam Wiranu") == (
        "Anggota Komisi VIII DPR"
    )
    assert _outside_name("Gubernur Banten Ratu", "Ratu Atut Chosiyah") == "Gubernur Banten"
    assert _outside_name("Ratu", "Ratu Tisha Destria") is None
    assert _outside_name("Menteri Agama", "Lukman Hakim Saifuddin") == "Menteri Agama"
