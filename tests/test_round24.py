"""Session 24: fresh articles in today's styles (a regent's arrest by the KPK, rice prices
before Christmas, an AFF semi-final, a quake in Sukabumi, an Israeli strike in Lebanon, the
finance minister's growth forecast, a gold-shop murder in Medan, a rural bank closed by OJK,
deputy ministers sworn in, a flood in Bandung, Apple's research centre in Batam, Semeru's
alert) and IndoSum's speakers that no entity matched: the misses they showed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.document import Document
from warta.extract.canonical import resolve_in_document
from warta.extract.entities import EntityRecognizer, find_entities
from warta.extract.quantities import extract_quantities
from warta.extract.quotes import QuoteExtractor


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def _analysed(text: str) -> Document:
    doc = Document(id="t", raw=text, language="id")
    EntityRecognizer().process(doc)
    QuoteExtractor().process(doc)
    return doc


# --- people, places and bodies ----------------------------------------------------------------


def test_a_name_with_the_minute_of_a_goal_is_a_player() -> None:
    text = (
        "Gol Indonesia dicetak Marselino Ferdinan pada menit ke-34. Vietnam membalas lewat "
        "Nguyen Tien Linh (51') dan Nguyen Xuan Son (88')."
    )
    found = _mentions(text)
    assert ("Nguyen Tien Linh", "PER") in found
    assert ("Nguyen Xuan Son", "PER") in found
    assert ("Vietnam", "LOC") in found


def test_a_natural_features_head_opens_a_place() -> None:
    text = (
        "Gempa dipicu aktivitas subduksi Lempeng Indo-Australia di bawah Lempeng Eurasia, "
        "kata Daryono."
    )
    found = _mentions(text)
    assert ("Lempeng Indo-Australia", "LOC") in found
    assert ("Lempeng Eurasia", "LOC") in found


def test_a_mountain_named_with_and_without_its_head_is_one_place() -> None:
    text = (
        "PVMBG menaikkan status Gunung Semeru di Kabupaten Lumajang. Kenaikan status dilakukan "
        "setelah Semeru mengeluarkan awan panas guguran."
    )
    assert _canonical(text)["Semeru"] == "Gunung Semeru"


def test_a_name_after_a_title_and_its_bracketed_short_form_is_a_person() -> None:
    text = (
        "Jakarta, Kompas.com - Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa optimistis "
        "pertumbuhan ekonomi Indonesia dapat mencapai 5,4 persen pada 2027, lebih tinggi dari "
        "proyeksi sejumlah lembaga internasional."
    )
    assert ("Purbaya Yudhi Sadewa", "PER") in _mentions(text)
    assert _roles(text)["Purbaya Yudhi Sadewa"] == "Menteri Keuangan"


def test_a_given_name_after_a_title_goes_with_the_surname_the_article_quotes() -> None:
    text = (
        "Perdana Menteri Lebanon Nawaf Salam mengutuk serangan tersebut. "
        '"Kami tidak akan menerima serangan terus-menerus," kata Salam dalam pernyataan '
        "tertulis."
    )
    found = find_entities(text)
    people = {str(m["text"]): m for m in found if m["label"] == "PER"}
    assert "Nawaf Salam" in people
    assert people["Nawaf Salam"].get("role") == "Perdana Menteri Lebanon"
    assert people["Salam"]["canonical"] == "Nawaf Salam"


def test_a_regency_with_its_head_before_a_name_splits_from_the_person() -> None:
    text = (
        "Sekretaris Daerah Kabupaten Bandung Cakra Amiyana mengatakan sekitar 12.000 jiwa "
        'terpaksa mengungsi. "Dapur umum sudah kami dirikan," kata Cakra, Minggu.'
    )
    found = _mentions(text)
    assert ("Kabupaten Bandung", "LOC") in found
    assert ("Cakra Amiyana", "PER") in found
    assert _roles(text)["Cakra Amiyana"] == "Sekretaris Daerah Kabupaten Bandung"


def test_a_kind_of_place_announcing_a_list_makes_every_item_a_place() -> None:
    text = (
        "Kecamatan yang terdampak yaitu Dayeuhkolot, Baleendah, Bojongsoang, Rancaekek, dan "
        "Majalaya. Banjir juga melanda tiga desa, yakni Sukamaju, Sukasari, dan Cibodas."
    )
    found = _mentions(text)
    for name in ("Dayeuhkolot", "Baleendah", "Bojongsoang", "Majalaya", "Sukamaju", "Sukasari"):
        assert (name, "LOC") in found
    # a list no kind of place announces is left to the tagger's types
    assert ("Jokowi", "LOC") not in _mentions(
        "Hadir dalam acara itu antara lain Jokowi, Prabowo, dan Gibran."
    )


def test_research_and_development_is_no_body() -> None:
    text = "Apple Inc. akan membangun pusat riset dan pengembangan (R&D) di Batam."
    assert "R&D" not in [t for t, _ in _mentions(text)]


# --- roles ------------------------------------------------------------------------------------


def test_a_role_set_off_after_a_linking_phrase_opening_the_sentence() -> None:
    text = (
        "Sementara itu, Wakil Ketua Komisi IX DPR dari Fraksi PDI Perjuangan, Charles Honoris, "
        "berharap wamenkes baru dapat segera bekerja."
    )
    assert _roles(text)["Charles Honoris"] == (
        "Wakil Ketua Komisi IX DPR dari Fraksi PDI Perjuangan"
    )


def test_an_office_set_off_after_dengan_is_the_persons_role() -> None:
    text = (
        "Rencana ini diumumkan setelah pertemuan Menteri Perindustrian Agus Gumiwang dengan "
        "Wakil Presiden Apple untuk Asia Pasifik, Ryan Chen, di Jakarta."
    )
    assert _roles(text)["Ryan Chen"] == "Wakil Presiden Apple untuk Asia Pasifik"
    # not a clause that "dengan" opens, before the subject of the sentence
    assert (
        _roles("Dalam berkomunikasi dengan warga, Sylvi tampak begitu luwes.").get("Sylvi") is None
    )


# --- canonical names --------------------------------------------------------------------------


def test_numbers_tell_units_apart() -> None:
    names = resolve_in_document([("Komisi IX DPR", "ORG"), ("Komisi I DPR", "ORG")])
    assert names == ["Komisi IX DPR", "Komisi I DPR"]
    names = resolve_in_document([("Kodam IV", "ORG"), ("Kodam V", "ORG")])
    assert names == ["Kodam IV", "Kodam V"]
    # spelling variants still meet
    names = resolve_in_document([("Musa Rajekshah", "PER"), ("Musa Rajeckshah", "PER")] * 2)
    assert len(set(names)) == 1


# --- quotes and the entities they name ----------------------------------------------------------


def test_a_speakers_name_run_on_after_a_place_and_a_body_splits_off_the_mention() -> None:
    text = (
        "Badan Pengusahaan (BP) Batam menyiapkan lahan seluas 12 hektare. Kepala BP Batam "
        "Amsakar Achmad mengatakan perizinan dapat rampung dalam 30 hari."
    )
    doc = _analysed(text)
    people = {str(m["text"]): m for m in doc.annotations["entities"] if m["label"] == "PER"}
    assert "Amsakar Achmad" in people
    assert people["Amsakar Achmad"]["canonical"] == "Amsakar Achmad"
    assert people["Amsakar Achmad"].get("role") == "Kepala BP Batam"
    assert "Achmad" not in people


def test_a_body_the_attribution_took_for_a_person_stays_whole() -> None:
    text = (
        "Badan Direksi Eksekutif Bank Dunia menyetujui pinjaman itu. Menurut Badan Direksi "
        "Eksekutif Bank Dunia, dana itu akan dipakai untuk membangun jalan."
    )
    doc = _analysed(text)
    labels = {str(m["text"]): m["label"] for m in doc.annotations["entities"]}
    assert labels.get("Bank Dunia") != "PER"


def test_a_time_or_a_source_opening_the_sentence_is_no_speaker() -> None:
    text = (
        "Awal November, Presiden AS Barack Obama memerintahkan Kemenhan AS untuk mengerahkan "
        "lebih banyak pesawat tanpa awak."
    )
    assert _quotes(text)[0][:2] == ("Barack Obama", "Presiden AS")
    text = (
        "Mengutip ZDnet, Direktur Intel untuk Client Graphics Marketing John Webb menyatakan "
        "cip baru ini menyeimbangkan sisi performa dan mobilitas."
    )
    assert _quotes(text)[0][:2] == ("John Webb", "Direktur Intel untuk Client Graphics Marketing")
    # a name before its role still is the speaker's
    text = "Suryadi Willim, Head of Marketing Luna Indonesia menjelaskan bahwa produk itu laris."
    assert _quotes(text)[0][:2] == ("Suryadi Willim", "Head of Marketing Luna Indonesia")


def test_a_word_capitalised_for_opening_its_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Bergabungnya Idrus ke dalam kabinet tidak mensyaratkan dukungan, kata Mahyudin. "
        '"Kalau dukungan itu diberikan bukan atas jatah jabatan, itu bagus," ucapnya.'
    )
    speakers = {q[0] for q in _quotes(text)}
    assert "Bergabungnya Idrus" not in speakers


# --- numbers ----------------------------------------------------------------------------------


def _values(text: str) -> list[tuple[str, object, object]]:
    return [(q["text"], q["value"], q.get("unit")) for q in extract_quantities(text)]


def test_a_magnitude_with_an_adjective_between() -> None:
    text = "Tercatat 14 kali gempa susulan dengan magnitudo terbesar 4,2."
    assert ("4,2", 4.2, "magnitude") in _values(text)


def test_a_number_closing_a_brand_written_small_is_its_name() -> None:
    assert _values("Agar iPhone 18 dapat dijual di Indonesia.") == []
    assert _values("Penjualan iPhone 16 sempat dilarang.") == []


# --- second round: a badminton final, a Tipikor verdict, a Malay fraud wire, an English
# market report -------------------------------------------------------------------------------


def test_a_malay_honorific_and_given_name_tagged_apart_are_no_other_entity() -> None:
    text = (
        "Pengarah Jabatan Siasatan Jenayah Komersial (JSJK) Bukit Aman, Datuk Seri Ramli "
        "Mohamed Yoosuf berkata, kesemua suspek ditahan. Ramli menasihatkan orang ramai."
    )
    found = _mentions(text)
    assert ("Ramli Mohamed Yoosuf", "PER") in found
    assert not any(t.startswith("Datuk") for t, _ in found)
    # the role set off before the honorific, with the body's bracketed short form inside it
    doc = Document(id="m", raw=text, language="ms")
    EntityRecognizer().process(doc)
    QuoteExtractor().process(doc)
    assert doc.annotations["quotes"][0]["role"] == (
        "Pengarah Jabatan Siasatan Jenayah Komersial (JSJK) Bukit Aman"
    )
    person = next(m for m in doc.annotations["entities"] if m["text"] == "Ramli Mohamed Yoosuf")
    assert person["role"] == "Pengarah Jabatan Siasatan Jenayah Komersial (JSJK) Bukit Aman"


def test_malay_weekdays_and_months() -> None:
    from warta.extract.dates import extract_dates

    def dates(text: str) -> list[tuple[str, str | None]]:
        return [(d["text"], d["value"]) for d in extract_dates(text, published="2026-11-28")]

    assert dates("Suspek ditahan pada Khamis lalu.") == [("Khamis lalu", "2026-11-26")]
    assert dates("Laporan dibuat sejak Ogos lalu.") == [("Ogos lalu", "2026-08-01/2026-08-31")]
    assert dates("Isnin (30/11)") == [("Isnin (30/11)", "2026-11-30")]


def test_malaysias_police_by_its_short_form() -> None:
    text = "Polis Diraja Malaysia (PDRM) menahan 14 individu. PDRM berkata kes itu disiasat."
    assert _canonical(text)["PDRM"] == "Polis Diraja Malaysia"


def test_an_english_report_shares_titles_and_per_cent() -> None:
    text = (
        "Shares of Bank Central Asia rose 2.8 percent. Bank Indonesia Governor Perry Warjiyo "
        "said last week the bank still saw room for one more rate cut."
    )
    assert ("Bank Central Asia", "ORG") in _mentions(text)
    assert _roles(text)["Perry Warjiyo"] == "Bank Indonesia Governor"
    from warta.extract.quantities import QuantityOptions

    found = extract_quantities(text, options=QuantityOptions(english=True))
    assert [(q["text"], q["value"], q["unit"]) for q in found] == [("2.8 percent", 2.8, "percent")]
    # English unit words in an Indonesian text are a name's ("30 Seconds to Mars")
    assert ("7 Days", 7, "day") not in _values("Suku bunga BI 7 Days Reverse Repo Rate naik.")


def test_the_name_the_subject_goes_by() -> None:
    text = (
        "Tunggal putra Indonesia Jonatan Christie menjadi juara. Gelar ini menjadi yang ketiga "
        "bagi Jojo, sapaan akrabnya, sepanjang musim 2026."
    )
    assert _canonical(text)["Jojo"] == "Jonatan Christie"
    # whose: the person the nickname is made from, not the last one named
    text = (
        "Ketua Umum Perbanas Kartika Wirjoatmodjo menilai, peninjauan kembali peran Ketua OJK "
        "menjadi penting. Dia menilai Ketua DK OJK Muliaman D. Hadad bekerja baik. "
        '"Kalau masih seperti sekarang, tidak integratif," ujar Tiko, sapaan akrabnya.'
    )
    assert _canonical(text)["Tiko"] == "Kartika Wirjoatmodjo"


def test_bapak_shortened_is_no_audit_board() -> None:
    found = _mentions("Undangan dari Bpk Presiden Jokowi datang kemarin. Audit BPK selesai.")
    assert ("Bpk", "ORG") not in found
    assert ("BPK", "ORG") in found


def test_a_speakers_name_splits_only_off_words_sure_to_be_no_given_name() -> None:
    from warta.extract.quotes.mention_names import names_from_quotes

    def entity(text: str, label: str, start: int) -> dict[str, object]:
        return {"text": text, "label": label, "start": start, "end": start + len(text),
                "canonical": text}  # fmt: skip

    text = "Boca Juniors setuju. Presiden Juniors Horacio Paolini mengatakan Tevez pulang."
    entities = [
        entity("Boca Juniors", "ORG", 0),
        entity("Juniors Horacio Paolini", "PER", text.index("Juniors Horacio")),
    ]
    quotes = [{"speaker": "Horacio Paolini", "anonymous": False}]
    names_from_quotes(text, entities, quotes)
    assert [(e["text"], e["label"]) for e in entities] == [
        ("Boca Juniors", "ORG"),
        ("Horacio Paolini", "PER"),
    ]
    # a form of address and a possible given name stay with the name
    for before in ("KH", "Agus"):
        text = f"Kata {before} Salahuddin Wahid, itu benar."
        entities = [entity(f"{before} Salahuddin Wahid", "PER", 5)]
        names_from_quotes(text, entities, [{"speaker": "Salahuddin Wahid", "anonymous": False}])
        assert entities[0]["text"] == f"{before} Salahuddin Wahid"


# --- third round: the minimum wage, a smelter blast in Morowali, an animated film, a fire in
# Penjaringan --------------------------------------------------------------------------------


def test_a_body_and_a_province_by_its_short_form_before_a_name_split_off() -> None:
    text = (
        "Berdasarkan catatan Jaringan Advokasi Tambang (Jatam) Sulawesi Tengah, sedikitnya 23 "
        "pekerja tewas sejak 2023. Koordinator Jatam Sulteng Moh Taufik menilai pemerintah "
        "lamban menindak perusahaan."
    )
    found = _mentions(text)
    assert ("Moh Taufik", "PER") in found
    assert ("Sulteng", "LOC") in found
    # a short word warta knows as a place may be a name's ("Menlu Korut Ri Yong-ho"), and a
    # place of two words goes whole ("Gubernur Jawa Barat Dedi Mulyadi")
    from warta.extract.entity_roles import places_open_no_names

    for text, name, expected in (
        ("Menlu Korut Ri Yong Ho bertemu Retno.", "Ri Yong Ho", ["Ri Yong Ho"]),
        ("Gubernur Jawa Barat Dedi Mulyadi datang.", "Jawa Barat Dedi Mulyadi",
         ["Jawa Barat", "Dedi Mulyadi"]),
    ):  # fmt: skip
        start = text.index(name)
        person = {"text": name, "label": "PER", "start": start, "end": start + len(name),
                  "role": text[: start - 1]}  # fmt: skip
        found = [person]
        places_open_no_names(found, text)
        assert [m["text"] for m in found] == expected


def test_a_firm_cut_in_two_before_its_short_form_is_one_body() -> None:
    text = (
        "Ledakan terjadi di kawasan PT Indonesia Morowali Industrial Park (IMIP), Kabupaten "
        "Morowali. Korban dievakuasi ke RS IMIP. Media Relations Head PT IMIP Dedy Kurniawan "
        "mengatakan perusahaan menghentikan operasional tungku."
    )
    canonical = _canonical(text)
    assert canonical["PT Indonesia Morowali Industrial Park"] == (
        "Indonesia Morowali Industrial Park"
    )
    assert canonical["IMIP"] == "Indonesia Morowali Industrial Park"
    assert canonical["PT IMIP"] == "Indonesia Morowali Industrial Park"
    assert canonical["RS IMIP"] == "Rumah Sakit IMIP"


def test_a_bodys_short_form_in_brackets_is_no_person() -> None:
    text = (
        "Kepala Suku Dinas Penanggulangan Kebakaran dan Penyelamatan (Sudin Gulkarmat) Jakarta "
        "Utara Abdul Wahid mengatakan api berasal dari korsleting listrik."
    )
    assert ("Sudin Gulkarmat", "ORG") in _mentions(text)
    # a person set off after an office, or a person's short name, stays a person
    assert ("Sarallah", "PER") in _mentions(
        "Komandan Korps Penjaga Provinsi Kerman (Sarallah) mengatakan 80 perusuh ditangkap."
    )
    assert ("Said", "ORG") not in _mentions("Ketua Badan Anggaran Said Abdullah (Said) datang.")


def test_an_average_and_a_titles_number_count_nothing() -> None:
    assert _values("Pemerintah menetapkan kenaikan UMP 2027 rata-rata sebesar 6,5 persen.") == [
        ("6,5 persen", 6.5, "percent")
    ]
    assert _values('Film animasi "Jumbo 2" tayang di bioskop mulai pekan depan.') == []


def test_indonesian_words_open_no_english_role() -> None:
    from warta.extract.quotes.mention_roles import _entity_role

    assert not _entity_role("media CEO Mimpi")
    assert _entity_role("Media Relations Head PT IMIP")
    assert _entity_role("senior marketing manajer Skyscanner")


def test_words_opening_a_sentence_are_no_name_a_pronoun_resolves_to() -> None:
    text = (
        "Pelatih Manchester City Pep Guardiola menjawab dengan sengit. Awal Januari lalu, ketika "
        "ditanya soal kartu merah Fernandinho, Guardiola pun sempat meradang. Bahkan, ketika itu "
        "dia menyebut akhir kariernya sudah dekat."
    )
    assert _quotes(text)[0][0] == "Pep Guardiola"
    text = (
        "Djarot Saiful Hidayat meninjau bus itu. Awalnya Djarot ingin bus dipakai ke Setu "
        'Babakan. "Tapi Setu Babakan terlalu kecil," kata dia.'
    )
    assert _quotes(text)[0][0] == "Djarot Saiful Hidayat"


# --- fourth round: dengue in Central Java, the MotoGP finale, the hajj quota, an AI start-up ----


def test_a_given_name_tagged_as_a_body_between_a_body_and_a_surname() -> None:
    text = (
        "Bos Ducati Corse Gigi Dall'Igna mengatakan timnya akan fokus mengembangkan motor baru "
        "untuk regulasi 2027."
    )
    found = _mentions(text)
    assert ("Gigi Dall'Igna", "PER") in found
    assert ("Gigi", "ORG") not in found
    assert _roles(text)["Gigi Dall'Igna"] == "Bos Ducati Corse"


def test_holy_sites_listed_after_a_preposition_of_place() -> None:
    text = (
        "Ketua Komisi VIII DPR Marwan Dasopang meminta pemerintah memperbaiki layanan di Arafah, "
        "Muzdalifah, dan Mina yang dikeluhkan jemaah."
    )
    found = _mentions(text)
    for place in ("Arafah", "Muzdalifah", "Mina"):
        assert (place, "LOC") in found


def test_a_hijri_year_counts_nothing() -> None:
    text = "Indonesia mendapat kuota haji sebanyak 221.000 jemaah untuk musim haji 1448 H/2027 M."
    assert [q[0] for q in _values(text)] == ["221.000"]


def test_a_company_named_by_its_domain() -> None:
    text = "Perusahaan rintisan asal Bandung, Nalar.ai, meraih pendanaan seri A."
    assert ("Nalar.ai", "ORG") in _mentions(text)


def test_a_persons_mention_runs_on_to_the_name_the_attribution_read() -> None:
    from warta.extract.quotes.mention_names import names_from_quotes

    text = (
        "Managing Partner East Ventures Willson Cuaca menilai pasar AI masih besar. "
        "Willson lalu pergi."
    )
    start = text.index("Willson")
    later = text.index("Willson", start + 1)
    entities = [
        {"text": "Willson", "label": "PER", "start": start, "end": start + 7,
         "canonical": "Willson"},
        {"text": "Willson", "label": "PER", "start": later, "end": later + 7,
         "canonical": "Willson"},
    ]  # fmt: skip
    names_from_quotes(text, entities, [{"speaker": "Willson Cuaca", "anonymous": False}])
    assert [(e["text"], e["canonical"]) for e in entities] == [
        ("Willson Cuaca", "Willson Cuaca"),
        ("Willson", "Willson Cuaca"),
    ]


# --- fifth round: a tariff threat, a commuter-line breakdown ------------------------------------


def test_a_lines_way_to_a_place_splits_the_place_off() -> None:
    text = (
        "Perjalanan KRL Commuter Line lintas Bogor dan Bekasi terganggu pada Senin (30/11/2026) "
        "pagi akibat gangguan listrik aliran atas (LAA) di antara Stasiun Cawang dan Stasiun "
        "Tebet."
    )
    found = _mentions(text)
    assert ("Bogor", "LOC") in found
    assert not any("lintas" in t for t, _ in found)


def test_the_spokesman_a_body_speaks_through() -> None:
    text = (
        "Komisi Eropa melalui juru bicaranya, Olof Gill, menyatakan Uni Eropa siap merespons. "
        "Menurut Gill, pembicaraan masih berlangsung."
    )
    assert _roles(text)["Olof Gill"] == "juru bicara Komisi Eropa"


def test_people_from_a_group_listed_after_dari_stay_people() -> None:
    text = (
        "Acara ini diisi pesta kostum. Musisi dari Club Eighties, Lembu dan Desta, juga akan "
        "datang memeriahkan suasana."
    )
    found = _mentions(text)
    assert ("Lembu", "LOC") not in found
    assert ("Desta", "LOC") not in found


# --- sixth round: a Constitutional Court ruling, gold prices, a transfer rumour ----------------


def test_a_club_the_noun_klub_names_and_the_club_a_player_leaves() -> None:
    text = (
        "Kiper Timnas Indonesia Emil Audero dikabarkan akan hengkang dari Cremonese ke klub Liga "
        "Pro Arab Saudi, Al-Qadsiah, pada bursa transfer Januari 2027. Menurut Di Marzio, "
        "Al-Qadsiah telah mengajukan tawaran kepada Cremonese."
    )
    found = _mentions(text)
    assert ("Al-Qadsiah", "ORG") in found
    assert ("Cremonese", "ORG") in found
    # a clause opened by "Di klub …," is no apposition
    text = (
        "Martunis pernah berlatih di Sporting Lisbon. Di klub Portugal yang membesarkan "
        "Cristiano Ronaldo itu, Martunis tetap mendapatkan uang saku."
    )
    assert ("Martunis", "ORG") not in _mentions(text)


def test_antam_is_aneka_tambang() -> None:
    text = (
        "Harga emas batangan PT Aneka Tambang Tbk (ANTM) atau Antam turun Rp 12.000. Harga emas "
        "Antam sempat menyentuh rekor."
    )
    assert _canonical(text)["Antam"] == "Aneka Tambang"


# --- seventh round: an airport bus page in HTML, a Papua clash, a Reuters inflation wire --------


def test_a_routes_two_ends() -> None:
    text = "Pemprov meluncurkan bus rute Blok M - Bandara Soekarno-Hatta pada Jumat (27/11/2026)."
    found = _mentions(text)
    assert ("Blok M", "LOC") in found
    assert ("Bandara Soekarno-Hatta", "LOC") in found
    # a hyphen a source spaces inside a name is no route
    found = _mentions("Warga salat di Masjid Al - Huda, Kecamatan Cimenyan, pada Jumat.")
    assert ("Huda", "LOC") not in found


def test_an_expectation_already_past_puts_no_month_ahead() -> None:
    from warta.extract.english_dates import extract_english_dates

    text = "Economists polled by Reuters had expected November inflation of 2.38%."
    assert [
        (d["text"], d["value"]) for d in extract_english_dates(text, published="2026-12-01")
    ] == [("November", "2026-11-01/2026-11-30")]


def test_a_speakers_full_name_the_tagger_missed() -> None:
    from warta.extract.quotes.mention_names import names_from_quotes

    text = (
        "Astronot Jing Haipeng tiba di stasiun antariksa. Menurut Jing Haipeng, kondisinya "
        "baik. Haipeng telah tiga kali terbang."
    )
    later = text.rindex("Haipeng")
    entities = [{"text": "Haipeng", "label": "PER", "start": later, "end": later + 7,
                 "canonical": "Haipeng"}]  # fmt: skip
    names_from_quotes(text, entities, [{"speaker": "Jing Haipeng", "anonymous": False}])
    assert [(e["text"], e["start"]) for e in entities] == [
        ("Jing Haipeng", text.index("Jing")),
        ("Jing Haipeng", text.index("Jing Haipeng,")),
        ("Haipeng", later),
    ]
    # not a name no part of which the article names alone as a person (nor writes alone:
    # "Haipeng telah …" would be proof enough since round 63)
    alone_nowhere = text[: text.index(" Haipeng telah")]
    entities = []
    names_from_quotes(alone_nowhere, entities, [{"speaker": "Jing Haipeng", "anonymous": False}])
    assert entities == []


def test_a_name_inside_a_publications_title_is_no_entity() -> None:
    text = (
        "Dalam laporan East Asia and Pacific Economic Update edisi Desember 2026, Bank Dunia "
        "memperkirakan ekonomi Indonesia tumbuh 5,0 persen."
    )
    found = _mentions(text)
    assert ("East Asia", "ORG") not in found
    assert ("Bank Dunia", "ORG") in found


def test_entertainment_callings_are_roles() -> None:
    text = (
        "Pesinetron Adjie Pangestu dikabarkan melepas status dudanya hari ini. "
        '"Saya bahagia," kata Adjie.'
    )
    assert ("Adjie Pangestu", "PER") in _mentions(text)
    assert _roles(text)["Adjie Pangestu"] == "Pesinetron"


def test_a_nickname_opening_with_a_title_and_an_interjection() -> None:
    found = _mentions("Glenn berbicara seperti dilansir laman resmi Pangeran Biru.")
    assert ("Pangeran Biru", "ORG") in found
    assert (
        _canonical("Glenn berbicara seperti dilansir laman resmi Pangeran Biru.")["Pangeran Biru"]
        == "Persib Bandung"
    )
    found = _mentions("Tersangka berinisial AH ditangkap. Ah, semuanya masih menjadi misteri.")
    assert ("AH", "PER") in found
    assert ("Ah", "PER") not in found


def test_initials_in_capitals_join_no_longer_name_in_the_knowledge_base(tmp_path: Path) -> None:
    from warta.store.entities import (
        add_document_entities,
        consolidate_entities,
        ensure_schema,
        list_entities,
    )

    conn = sqlite3.connect(tmp_path / "kb.db")
    ensure_schema(conn)

    def mention(text: str, label: str) -> dict[str, object]:
        return {"text": text, "label": label, "start": 0, "end": len(text), "canonical": text}

    add_document_entities(conn, "d1", [mention("AH", "PER")])
    add_document_entities(conn, "d2", [mention("Shin Min Ah", "PER")] * 2)
    add_document_entities(conn, "d3", [mention("AFC", "ORG")])
    add_document_entities(conn, "d4", [mention("AFC Bournemouth", "ORG")] * 2)
    add_document_entities(conn, "d5", [mention("Macron", "PER")])
    add_document_entities(conn, "d6", [mention("Emmanuel Macron", "PER")] * 2)
    assert consolidate_entities(conn) == 1  # only the surname
    names = {e.name for e in list_entities(conn, limit=100)}
    assert {"AH", "Shin Min Ah", "AFC", "AFC Bournemouth", "Emmanuel Macron"} <= names
