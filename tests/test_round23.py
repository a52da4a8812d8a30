"""Session 23: fresh articles in today's styles (a flash flood in Tapanuli, the state budget,
a drug bust in Riau, the MotoGP finale, Christmas train tickets, peace talks in Geneva, a
cosmetics recall, an under-22 friendly, a Malay immigration wire, chilli prices, a minister's
inauguration, a land dispute, a quake page in HTML, a Reuters wire, a tax crackdown, a level
crossing crash): the misses they showed."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.clean.boilerplate import BoilerplateFilter
from warta.document import Document
from warta.extract.canonical import canonical_name
from warta.extract.dates import extract_dates
from warta.extract.entities import find_entities
from warta.extract.quantities import QuantityExtractor, QuantityOptions, extract_quantities


def _dates(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract_dates(text, published=published)]


# --- dates ---------------------------------------------------------------------------------


def test_a_span_across_new_year_takes_its_first_days_year() -> None:
    text = "KAI memberikan diskon bagi perjalanan 22 Desember hingga 10 Januari."
    assert _dates(text, "2025-11-29") == [
        ("22 Desember hingga 10 Januari", "2025-12-22/2026-01-10")
    ]
    text = "Periode 15 Desember hingga 10 Januari lalu."
    assert _dates(text, "2026-02-10") == [
        ("15 Desember hingga 10 Januari", "2025-12-15/2026-01-10")
    ]


def test_data_up_to_a_month_just_past_is_this_years() -> None:
    text = "Ia menjelaskan, penerimaan pajak hingga Oktober baru Rp 1.459 triliun."
    assert _dates(text, "2025-11-20") == [("Oktober", "2025-10-01/2025-10-31")]
    # an end point months ahead still is ahead
    assert _dates("Pameran digelar hingga Januari.", "2025-11-20") == [
        ("Januari", "2026-01-01/2026-01-31")
    ]
    # and a word of the future puts even a month just past ahead
    assert _dates("Program akan berjalan hingga Oktober.", "2025-11-20") == [
        ("Oktober", "2026-10-01/2026-10-31")
    ]


# --- a body's short form, then the person ---------------------------------------------------


def test_a_given_name_after_a_short_form_is_the_persons_where_the_article_quotes_it() -> None:
    text = (
        "Kepala BPOM Taruna Ikrar mengatakan, sebagian besar produk dijual secara daring. "
        '"Konsumen jangan mudah tergiur," tegas Taruna di Jakarta.'
    )
    found = _mentions(text)
    assert ("BPOM", "ORG") in found and ("Taruna Ikrar", "PER") in found
    assert _roles(text)["Taruna Ikrar"] == "Kepala BPOM"


def test_a_title_with_its_field_before_a_body_run_into_a_name() -> None:
    text = (
        "Kepala Pelaksana BPBD Sumatera Utara Tuahta Ramajaya Saragih mengatakan tim gabungan "
        'masih menyisir sungai. "Akses terputus," kata Tuahta kepada wartawan.'
    )
    assert ("BPBD Sumatera Utara", "ORG") in _mentions(text)
    assert _roles(text)["Tuahta Ramajaya Saragih"] == "Kepala Pelaksana BPBD Sumatera Utara"


def test_the_words_that_go_with_a_short_form_are_the_bodys() -> None:
    text = (
        "Warga menuding Balai Besar Wilayah Sungai (BBWS) Serayu Opak lamban membayar. "
        "Dikonfirmasi terpisah, Kepala BBWS Serayu Opak Maryadi membantah tudingan itu."
    )
    found = _mentions(text)
    assert ("BBWS Serayu Opak", "ORG") in found and ("Maryadi", "PER") in found
    assert _roles(text)["Maryadi"] == "Kepala BBWS Serayu Opak"


# --- speakers ---------------------------------------------------------------------------------


def test_a_batak_womans_name_keeps_its_br() -> None:
    text = (
        "Salah seorang pengungsi, Rosmaida br Simatupang (46), mengaku kehilangan seluruh harta "
        'bendanya. "Air datang tengah malam," tuturnya.'
    )
    assert [(s, r) for s, r, _ in _quotes(text)] == [
        ("Rosmaida br Simatupang", "pengungsi"),
        ("Rosmaida br Simatupang", "pengungsi"),
    ]


def test_places_set_off_after_the_subject_do_not_speak() -> None:
    text = (
        "Puluhan warga Desa Wadas, Kecamatan Bener, Kabupaten Purworejo, Jawa Tengah, mengaku "
        "belum menerima ganti rugi atas tanah mereka."
    )
    assert [s for s, _, _ in _quotes(text)] == ["puluhan warga Desa Wadas"]
    text = (
        "Ani Suryani (45), warga Desa Sukamaju, Kecamatan Cibeber, mengaku rumahnya terendam "
        "sejak kemarin malam."
    )
    assert [(s, r) for s, r, _ in _quotes(text)] == [("Ani Suryani", "warga Desa Sukamaju")]
    text = (
        "Seorang warga Kampung Melayu, Jakarta Timur, mengatakan banjir sudah surut sejak "
        "kemarin sore di wilayahnya."
    )
    assert [s for s, _, _ in _quotes(text)] == ["seorang warga Kampung Melayu"]
    # one word a town is named is also a given name
    text = (
        "Sebelumnya staf ahli Anang, Aris, mengatakan pencalonan itu sudah dibahas internal partai."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Aris"]


# --- roles ----------------------------------------------------------------------------------


def test_a_capitalised_title_opening_a_clause_after_menurut_is_no_role() -> None:
    text = (
        "Menteri Sekretaris Negara Prasetyo Hadi menjelaskan, Presiden memilih Djamari. Menurut "
        "Prasetyo, Presiden juga akan melantik sejumlah wakil menteri dalam waktu dekat."
    )
    found = find_entities(text)
    assert [m.get("role") for m in found if m["text"] == "Prasetyo"] == [None]
    # a role set off after the name stays
    assert _roles("Jen Psaki, Juru Bicara Gedung Putih, mengatakan hal itu.") == {
        "Jen Psaki": "Juru Bicara Gedung Putih"
    }


def test_ranks_written_out_are_whole_roles() -> None:
    text = (
        "Presiden melantik Letnan Jenderal TNI (Purn) Djamari Chaniago sebagai menteri. Hadir "
        "pula Letnan Kolonel Inf Budi Santoso, Laksamana Madya TNI Erwin Aldedharma dan "
        "Marsekal Muda Andi Kustoro."
    )
    assert _roles(text) == {
        "Djamari Chaniago": "Letnan Jenderal TNI (Purn)",
        "Budi Santoso": "Letnan Kolonel Inf",
        "Erwin Aldedharma": "Laksamana Madya TNI",
        "Andi Kustoro": "Marsekal Muda",
    }


def test_a_role_keeps_no_comma_before_a_malay_honorific() -> None:
    text = (
        "Sementara itu, kata Menteri Dalam Negeri, Datuk Seri Saifuddin Nasution Ismail, "
        "operasi akan diteruskan."
    )
    assert _roles(text)["Saifuddin Nasution Ismail"] == "Menteri Dalam Negeri"


def test_a_racer_set_off_after_his_team_has_it_as_role() -> None:
    text = "VALENCIA - Pembalap Ducati Lenovo, Marc Marquez, menutup musim dengan gelar."
    assert _roles(text) == {"Marc Marquez": "Pembalap Ducati Lenovo"}


def test_a_body_opening_an_english_role_keeps_its_capital() -> None:
    text = (
        "Danantara chief investment officer Pandu Sjahrir told reporters last week the fund "
        'was "looking at all options" to diversify its funding.'
    )
    assert _quotes(text)[0][:2] == ("Pandu Sjahrir", "Danantara chief investment officer")


# --- names and types ------------------------------------------------------------------------


def test_words_of_the_language_the_tagger_took_for_people() -> None:
    text = (
        "Ketua Pengarah Imigresen, Datuk Zakaria Shaaban berkata, sebanyak 18 depoh imigresen "
        "kini penuh. Kapasiti depoh imigresen itu terhad."
    )
    assert ("Imigresen", "PER") not in _mentions(text)
    # a name written once carelessly in lower case stays a name
    text = (
        "Kedatangan Barack obama ke Indonesia disambut warga. Obama sempat mencicipi laklak di "
        "Bali. Presiden ke-44 AS itu juga berkunjung ke Yogyakarta bersama keluarganya."
    )
    assert ("Obama", "PER") in _mentions(text)


def test_a_team_named_racing_is_a_body() -> None:
    text = (
        "Di klasemen akhir, Marquez unggul 78 poin dari adiknya, Alex Marquez (Gresini Racing). "
        "Bezzecchi menempati posisi ketiga."
    )
    assert ("Gresini Racing", "ORG") in _mentions(text)


def test_an_english_article_is_no_entity() -> None:
    text = (
        "JAKARTA, Nov 27 (Reuters) - Indonesia's sovereign wealth fund is planning a bond sale, "
        "sources said. The fund, which manages assets of more than $900 billion, has hired "
        "banks including HSBC and JPMorgan for the deal, the sources said on Thursday."
    )
    assert not [m for m in _mentions(text) if m[0].split()[0] == "The"]


def test_a_headline_name_takes_the_type_the_body_gives_it_most() -> None:
    text = (
        "Marc Marquez Juara Dunia, Bagnaia Frustrasi di Valencia\n\n"
        "VALENCIA - Marc Marquez menutup musim MotoGP 2025 dengan gelar juara dunia. Pada seri "
        "pamungkas di Sirkuit Ricardo Tormo, Valencia, Minggu, gelar dirayakan ribuan penggemar."
    )
    assert {m["label"] for m in find_entities(text) if m["text"].lower() == "valencia"} == {"LOC"}


# --- canonical names ------------------------------------------------------------------------


def test_a_unit_of_a_body_is_not_the_body() -> None:
    text = (
        "PT Kereta Api Indonesia (Persero) Daerah Operasi 8 Surabaya menyiapkan tempat duduk. "
        "Manager Humas KAI Daop 8 Surabaya Luqman Arif mengatakan tiket terjual. Ia menyebut "
        "KAI juga mengoperasikan 6 kereta tambahan."
    )
    canon = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canon["KAI"] == "KAI" and canon["KAI Daop 8 Surabaya"] == "KAI Daop 8 Surabaya"


def test_the_bodies_of_the_2024_cabinet_go_by_their_short_forms() -> None:
    assert canonical_name("Komdigi") == "Kementerian Komunikasi dan Digital"
    assert canonical_name("Kemendikdasmen") == "Kementerian Pendidikan Dasar dan Menengah"
    assert canonical_name("BPI Danantara") == "Danantara"
    assert canonical_name("BGN") == "Badan Gizi Nasional"


# --- Malay numbers --------------------------------------------------------------------------


def test_malay_groups_thousands_with_commas() -> None:
    def amounts(text: str) -> list[tuple[str, float, str | None]]:
        found = extract_quantities(text, options=QuantityOptions(comma_thousands=True))
        return [(q["text"], q["value"], q["unit"]) for q in found]

    assert amounts("Warga Indonesia mencatatkan jumlah tertinggi iaitu 512,300 orang.") == [
        ("512,300", 512300, "people")
    ]
    assert amounts("Depoh menempatkan kira-kira 14,000 tahanan.") == [
        ("kira-kira 14,000", 14000, "people")
    ]
    assert amounts("Ekonomi tumbuh 4,5 persen dan eksport naik 2.5 peratus.") == [
        ("4,5 persen", 4.5, "percent"),
        ("2.5 peratus", 2.5, "percent"),
    ]


def test_a_malay_document_reads_malay_numbers() -> None:
    doc = Document(
        id="ms", raw="Seramai 1,214,560 pendatang asing diusir sejak 2020.", language="ms"
    )
    QuantityExtractor().process(doc)
    assert [q["value"] for q in doc.annotations["quantities"]][:1] == [1214560]


# --- second batch: a DPR hearing, a verdict, badminton, a weather warning, Gaza ---------------


def test_a_forecast_puts_a_bare_weekday_ahead() -> None:
    text = (
        "Gelombang tinggi 2,5 hingga 4 meter berpotensi terjadi di Samudra Hindia pada Sabtu dan "
        "Minggu."
    )
    assert _dates(text, "2025-11-28") == [("Sabtu", "2025-11-29"), ("Minggu", "2025-11-30")]
    # (a noun of chance is no forecast: "Ada potensi lokasi baru … dan sebuah kasus baru lagi
    # pada hari Rabu" reports a day past)
    text = "Ada potensi lokasi baru terinfeksi dan sebuah kasus baru lagi pada hari Rabu."
    assert _dates(text, "2016-09-09") == [("hari Rabu", "2016-09-07")]
    assert _dates("Polisi menangkap pelaku pada Sabtu.", "2025-11-28") == [("Sabtu", "2025-11-22")]


def test_a_relative_clause_giving_another_office_leaves_the_speaker() -> None:
    text = (
        "Senada, anggota Fraksi Partai Gerindra Habiburokhman yang juga Ketua Komisi III meminta "
        "Propam Polri memeriksa seluruh penyidik yang terlibat. Menurut dia, kasus seperti ini "
        "merusak kepercayaan publik terhadap Polri."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Habiburokhman", "Habiburokhman"]


def test_a_passive_opening_leaves_the_subject_after_the_comma_in_focus() -> None:
    text = (
        "Kuasa hukum warga, Julian Dwi Prasetya, menyebut sedikitnya 27 bidang tanah masih "
        "bermasalah. Dikonfirmasi terpisah, Kepala Balai Maryadi Utama membantah tudingan itu. "
        "Menurutnya, pembayaran tertunda karena sengketa kepemilikan di antara ahli waris."
    )
    assert [s for s, _, _ in _quotes(text)][-1] == "Maryadi Utama"


def test_a_former_office_set_off_after_kepada() -> None:
    text = (
        "SEMARANG - Majelis hakim menjatuhkan vonis 9 tahun penjara kepada mantan Direktur Utama "
        "Perusahaan Daerah Bhakti Praja, Hendro Wibisono (57), dalam kasus korupsi."
    )
    assert ("Perusahaan Daerah Bhakti Praja", "ORG") in _mentions(text)
    assert _roles(text) == {
        "Hendro Wibisono": "mantan Direktur Utama Perusahaan Daerah Bhakti Praja"
    }


def test_officials_envoys_and_their_grades_are_roles() -> None:
    text = (
        "Hamas mengecam serangan tersebut. Pejabat senior Hamas, Hossam Badran, mendesak para "
        "mediator menekan Israel. Dari pihak AS hadir pula utusan khusus Steve Witkoff."
    )
    assert _roles(text) == {
        "Hossam Badran": "Pejabat senior Hamas",
        "Steve Witkoff": "utusan khusus",
    }


def test_gaza_after_a_body_noun_is_the_place() -> None:
    text = (
        "Serangan udara Israel menewaskan 12 warga Palestina di Khan Younis, menurut badan "
        "pertahanan sipil Gaza. Sejak gencatan senjata berlaku, 340 warga tewas, menurut "
        "Kementerian Kesehatan Gaza."
    )
    found = find_entities(text)
    gaza = [m for m in found if m["text"] == "Gaza"]
    assert [(m["label"], m["canonical"]) for m in gaza] == [("LOC", "Gaza")]


def test_a_dateline_place_the_tagger_took_for_a_person() -> None:
    text = (
        "Fajar/Fikri Melaju ke Final BWF World Tour Finals 2025\n\n"
        "Hangzhou - Ganda putra Indonesia, Fajar Alfian/Muhammad Shohibul Fikri, melaju ke final "
        "usai mengalahkan pasangan Malaysia."
    )
    assert ("Hangzhou", "LOC") in _mentions(text)


def test_a_body_written_in_capitals_then_small_letters_before_a_name() -> None:
    text = (
        "Direktur Eksekutif SAFEnet Nenden Sekar Arum mengingatkan agar aturan tersebut tidak "
        "dipakai untuk membungkam kritik."
    )
    assert _mentions(text) == [("SAFEnet", "ORG"), ("Nenden Sekar Arum", "PER")]


def test_translated_terms_and_phenomena_are_no_entities() -> None:
    text = (
        "Komdigi tengah merampungkan peraturan tentang tata kelola kecerdasan artifisial (AI). "
        "Aturan itu mewajibkan label pada konten AI buatan Google. Menurut BMKG, hujan dipicu "
        "aktifnya Madden-Julian Oscillation (MJO). MJO diperkirakan bertahan sepekan."
    )
    names = {m for m, _ in _mentions(text)}
    assert not names & {"AI", "MJO", "Madden-Julian Oscillation"}
    assert {"Google", "BMKG"} <= names


# --- cleaning -------------------------------------------------------------------------------


def _boilerplate(raw: str) -> list[tuple[str, str]]:
    doc = Document(id="d", raw=raw)
    list(BoilerplateFilter().run([doc]))
    return [(s.reason, s.text) for s in doc.removed]


def test_headlines_closing_the_page_without_their_header_are_related_links() -> None:
    raw = (
        "Harga Emas Antam Naik\n\nHarga emas batangan Antam naik Rp 15.000 per gram hari ini.\n\n"
        "Pembelian emas batangan dikenakan PPh 22 bagi pemilik NPWP.\n\n"
        "- Harga Emas Turun\n\n- Tips Investasi Emas untuk Pemula\n"
    )
    assert _boilerplate(raw) == [
        ("boilerplate: related", "- Tips Investasi Emas untuk Pemula"),
        ("boilerplate: related", "- Harga Emas Turun"),
    ]


def test_a_list_the_article_introduces_is_content() -> None:
    raw = (
        "Banjir Rendam Sukamaju\n\nWarga mengungsi ke dua lokasi berikut karena banjir besar:\n\n"
        "- Masjid Agung Kota\n- Balai Desa Sukamaju\n"
    )
    assert _boilerplate(raw) == []
    # nor is one item, or items that are sentences
    raw = "Judul\n\nIsi berita yang panjang sekali di sini.\n\n- Harga Emas Turun\n"
    assert _boilerplate(raw) == []


def test_the_office_someone_is_appointed_to_is_their_role() -> None:
    text = (
        "Tito melantik 16 pejabat. Berikut namanya:\n\n"
        "1. Safrizal ZA sebagai Direktur Jenderal Bina Administrasi Kewilayahan\n"
        "2. Restuardy Daud sebagai Direktur Jenderal Bina Pembangunan Daerah\n\n"
        "Presiden melantik Budi Santoso sebagai Menteri Sosial di Istana Negara, Jakarta, Rabu."
    )
    roles = _roles(text)
    assert roles["Safrizal ZA"] == "Direktur Jenderal Bina Administrasi Kewilayahan"
    assert roles["Restuardy Daud"] == "Direktur Jenderal Bina Pembangunan Daerah"
    assert roles["Budi Santoso"] == "Menteri Sosial"
    # not a part an actor plays
    text = "Film itu dibintangi Billy Magnussen sebagai Pangeran Anders."
    assert _roles(text).get("Billy Magnussen") is None


def test_a_malay_ministrys_field_is_no_given_name() -> None:
    text = (
        "Menteri Sumber Manusia Steven Sim pula berkata pihaknya akan mengadakan sesi libat urus "
        "dengan persatuan majikan minggu depan."
    )
    assert _roles(text) == {"Steven Sim": "Menteri Sumber Manusia"}


def test_a_headline_verb_glued_to_a_known_body() -> None:
    text = (
        "Ditjen Pajak Bidik 2.000 Wajib Pajak Besar yang Belum Lapor SPT\n\n"
        "Liputan6.com, Jakarta - Direktorat Jenderal Pajak (DJP) menyiapkan langkah penegakan "
        "hukum terhadap sekitar 2.000 wajib pajak besar."
    )
    found = find_entities(text)
    assert (found[0]["text"], found[0]["canonical"]) == (
        "Ditjen Pajak",
        "Direktorat Jenderal Pajak",
    )


def test_a_name_set_off_after_a_title_is_a_person() -> None:
    text = (
        "Pelatih Persib Bandung, Bojan Hodak, menutup musim dengan gelar juara. Sementara itu, "
        "pelatih Persija Mauricio Souza kecewa."
    )
    assert ("Bojan Hodak", "PER") in _mentions(text)
    assert _roles(text)["Bojan Hodak"] == "Pelatih Persib Bandung"


def test_a_year_before_a_word_of_state_counts_nothing() -> None:
    found = extract_quantities("Purbaya Pastikan Defisit APBN 2025 Tetap di Bawah 3 Persen\n\nIsi.")
    assert [q["text"] for q in found] == ["di Bawah 3 Persen"]
    found = extract_quantities("Sebanyak 341 saham naik, 267 turun, dan 190 stagnan.")
    assert [(q["value"], q["counts"]) for q in found] == [(341, "saham"), (267, None), (190, None)]


def test_initials_named_after_yakni_are_suspects() -> None:
    text = (
        "Selain Djoko, penyidik menetapkan tiga tersangka lain, yakni YM, TBS dan SHW. Dua "
        "tersangka, yaitu RS dan MT, ditahan."
    )
    people = [m for m, label in _mentions(text) if label == "PER"]
    assert people == ["Djoko", "YM", "TBS", "SHW", "RS", "MT"]


def test_the_nusantara_authority_by_its_full_name() -> None:
    text = (
        "Jakarta - Kepala Otorita Ibu Kota Nusantara (OIKN) Basuki Hadimuljono optimistis IKN "
        "siap menjadi ibu kota politik pada 2028."
    )
    assert ("Otorita Ibu Kota Nusantara", "ORG") in _mentions(text)


def test_a_text_in_lower_case_throughout_keeps_its_one_word_people() -> None:
    # (NERP's sentences are lower case: every name there is "written small")
    text = "presiden jokowi meresmikan jalan tol baru . warga menyambut jokowi di lokasi .\n"
    people = [m["text"] for m in find_entities(text) if m["label"] == "PER"]
    assert people == ["jokowi", "jokowi"]


def test_places_the_speaker_spoke_in_and_offices_named_after_places() -> None:
    text = (
        "Liga 3 bergulir pada 2019. Anggota Exco PSSI Papat Yunisal di Palembang, Sumatera "
        "Selatan, Senin, mengatakan, liga itu untuk merespons permintaan sejumlah daerah."
    )
    assert _quotes(text)[0][:2] == ("Papat Yunisal", "Anggota Exco PSSI")
    text = (
        "Festival itu digelar di Danau Poso. Bupati Poso mengatakan, festival ini untuk "
        "menggaet lebih banyak wisatawan."
    )
    assert _quotes(text)[0][0] == "Bupati Poso"
    text = (
        "Saat kejadian, situasi di sekitar lokasi mencekam. Warga Kramat Lontar menuturkan bahwa "
        "penyerangan terjadi pukul 02.00 dini hari."
    )
    assert _quotes(text)[0][:2] == ("warga Kramat Lontar", None)


def test_a_handle_with_underscores_writes_as_one() -> None:
    text = (
        '"Mi instan merek lain harus diberi bumbu tambahan," tulis west_tn_galon. Lainnya setuju.'
    )
    assert _quotes(text)[0][0] == "west_tn_galon"


def test_where_a_named_speaker_spoke_is_no_part_of_the_name() -> None:
    text = (
        "Kepala Balai Taman Nasional Gunung Rinjani (TNGR) Agus Budi Santosa di Mataram "
        "mengatakan, jalur pendakian ditutup sementara mulai pekan depan."
    )
    assert _quotes(text)[0][0] == "Agus Budi Santosa"
    # an office's country stays in the office
    text = (
        "Kepala Perwakilan Bank Dunia di Indonesia Rodrigo Chaves mengatakan sebagian "
        "pendanaan ini akan mendukung skema bantuan."
    )
    assert _quotes(text)[0][:2] == ("Rodrigo Chaves", "Kepala Perwakilan Bank Dunia di Indonesia")


def test_a_bodys_name_runs_over_dan_and_a_specialty_is_no_entity() -> None:
    text = (
        "Ketua Umum Asosiasi Industri Besi dan Baja Indonesia (IISIA) Akbar Djohan memperkirakan "
        "15.000 pekerja terdampak. Menurut dokter spesialis dari RS Cipto Mangunkusumo, dr Aida "
        "Lydia, SpPD-KGH, garam harus dibatasi."
    )
    found = _mentions(text)
    assert ("Asosiasi Industri Besi dan Baja Indonesia", "ORG") in found
    assert not [m for m in found if m[0].startswith("SpPD")]


def test_a_weekday_closing_a_range_follows_its_start() -> None:
    text = "Puncak arus keluar terjadi pada Kamis (27/11) malam hingga Jumat dini hari."
    assert _dates(text, "2025-11-28") == [
        ("Kamis (27/11) malam", "2025-11-27"),
        ("Jumat dini hari", "2025-11-28"),
    ]
    assert _dates("Pameran digelar Senin (1/12) hingga Sabtu.", "2025-11-28") == [
        ("Senin (1/12)", "2025-12-01"),
        ("Sabtu", "2025-12-06"),
    ]


def test_a_scheduled_weekday_on_the_day_of_publication_is_that_day() -> None:
    text = "Daud dijadwalkan menghadiri sidang keimigrasian pada Rabu waktu setempat."
    assert _dates(text, "2017-06-28") == [("Rabu", "2017-06-28")]
    assert _dates("Rapat akan digelar Rabu depan.", "2017-06-28") == [("Rabu depan", "2017-07-05")]


def test_an_office_and_its_units_name_before_a_rank() -> None:
    text = (
        "Klaim itu dibantah Kapen Koops Habema Letkol Inf Iwan Dwi Prihartono. Kapenrem 172/PWY "
        "Letkol Inf Yudha Mahendra membenarkan. Presiden Prabowo Letnan Jenderal Budi hadir."
    )
    roles = _roles(text)
    assert roles["Iwan Dwi Prihartono"] == "Kapen Koops Habema"
    assert roles["Yudha Mahendra"] == "Kapenrem 172/PWY"
    assert roles["Budi"] == "Letnan Jenderal"  # not over the person before


def test_a_state_companys_subsidiary_is_its_own_body() -> None:
    text = (
        "PT Pertamina (Persero) menaikkan harga Pertamax. Pjs Corporate Secretary PT Pertamina "
        "Patra Niaga Roberth MV Dumatubun mengatakan penyesuaian mengikuti harga minyak dunia."
    )
    found = find_entities(text)
    canon = {str(m["text"]): m["canonical"] for m in found}
    assert canon["PT Pertamina Patra Niaga"] == "Pertamina Patra Niaga"
    assert canon["PT Pertamina"] == "Pertamina"
    assert (
        _roles(text)["Roberth MV Dumatubun"] == "Pjs Corporate Secretary PT Pertamina Patra Niaga"
    )


def test_two_bodies_warta_knows_whole_stay_two() -> None:
    text = (
        "TNI mengerahkan kapal perang. Panglima TNI menyebut TNI AL telah menyiapkan tiga KRI "
        "untuk mencari korban."
    )
    canon = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canon["TNI"] == "TNI" and canon["TNI AL"] == "TNI AL"
    assert canonical_name("Indosat Ooredoo") == "Indosat"
    assert canonical_name("Bareskrim") == "Bareskrim Polri"


def test_clock_times_before_another_things_day() -> None:
    text = (
        "Misa Malam Natal digelar Rabu (24/12/2025) malam. Misa digelar empat kali, yakni pukul "
        "17.00 dan 22.00 WIB, serta Misa Natal pagi pada Kamis (25/12)."
    )
    values = dict(_dates(text, "2025-12-24"))
    assert values["pukul 17.00"] == "2025-12-24T17:00:00+07:00"
    assert values["Kamis (25/12)"] == "2025-12-25"
    # a day right after the time is its day
    text = "Laga digelar pukul 19.00 WIB, Sabtu (21/10), di Stadion GBK."
    assert dict(_dates(text, "2025-10-20"))["pukul 19.00 WIB"] == "2025-10-21T19:00:00+07:00"


def test_a_cardinal_and_currency_codes() -> None:
    text = (
        "Misa dipimpin Uskup Agung Jakarta Kardinal Ignatius Suharyo Hardjoatmodjo. Dalam "
        "homilinya, Kardinal Suharyo mengajak umat merawat persaudaraan.\n\n"
        "Berikut kurs di Bank Central Asia (BCA):\n- USD: Rp 16.650\n- SGD: Rp 12.815\n"
    )
    found = find_entities(text)
    assert {m["canonical"] for m in found if m["label"] == "PER"} == {
        "Ignatius Suharyo Hardjoatmodjo"
    }
    assert not [m for m in found if m["text"] in ("USD", "SGD")]


def test_a_residents_town_the_tagger_left_out_is_in_the_role() -> None:
    text = (
        "Polisi merilis identitas korban, masing-masing:\n"
        "1. Siti Rohmah (45), warga Brebes\n2. Nur Aini (31), warga Pemalang\n"
        "3. Kasno (60), warga Batang\n"
    )
    roles = _roles(text)
    assert roles["Nur Aini"] == "warga Pemalang" and roles["Kasno"] == "warga Batang"


def test_a_residents_town_the_tagger_left_out_is_a_place() -> None:
    text = "Korban keenam adalah Kasno (60), warga Batang. Pemain asal Chile itu sudah tiba."
    found = _mentions(text)
    assert ("Batang", "LOC") in found and ("Chile", "LOC") in found
