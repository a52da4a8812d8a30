"""Session 25: fresh articles in other styles (illegal logging in Ketapang, a professor's
inauguration at IPB, the U-17 World Cup, rice prices and Bulog, an aftershock in Cianjur, a
toll-road corruption trial) and the misses they showed."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.document import Document
from warta.extract.entities import EntityRecognizer, find_entities
from warta.extract.quantities import extract_quantities
from warta.extract.quotes import QuoteExtractor


def _analysed(text: str) -> Document:
    doc = Document(id="t", raw=text, language="id")
    EntityRecognizer().process(doc)
    QuoteExtractor().process(doc)
    return doc


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


# --- people, places and bodies ----------------------------------------------------------------


def test_weather_phenomena_and_age_groups_are_no_entities() -> None:
    text = (
        "Menurut dia, kenaikan harga dipicu turunnya produksi akibat El Nino yang membuat "
        "petani gagal panen. Pelatih timnas U-17 Bima Sakti mengakui anak asuhnya kalah kelas."
    )
    found = _mentions(text)
    assert not [m for m in found if m[0] in {"El Nino", "U-17"}]
    assert ("Bima Sakti", "PER") in found


def test_a_road_named_after_a_person_is_one_place() -> None:
    text = (
        "Yudhi mengaku menerima uang dari kontraktor proyek Jalan Tol Layang Mohamed Bin Zayed "
        "(MBZ). Truk itu melintas di Jalan Tol Layang Sheikh Mohamed bin Zayed, Bekasi."
    )
    found = _mentions(text)
    assert ("Jalan Tol Layang Mohamed Bin Zayed", "LOC") in found
    assert ("MBZ", "LOC") in found
    assert ("Jalan Tol Layang Sheikh Mohamed bin Zayed", "LOC") in found
    assert not [m for m in found if m[1] == "PER" and "Zayed" in m[0]]


def test_an_aged_name_after_a_kinship_word_is_a_person() -> None:
    text = (
        "Dua warga mengalami luka ringan. Nenek Iyah (72), warga Kampung Ciherang, mengaku "
        "langsung berlari keluar rumah. Menurut Bu Sumi (60), guncangan terasa kuat."
    )
    found = _mentions(text)
    assert ("Iyah", "PER") in found
    assert ("Sumi", "PER") in found
    assert ("Nenek Iyah", "PER") not in found


def test_a_role_with_a_short_form_in_brackets_before_a_set_off_name() -> None:
    text = (
        "Kepala Balai Pengamanan dan Penegakan Hukum (Gakkum) KLHK Wilayah Kalimantan, David "
        "Muhammad, mengapresiasi langkah kepolisian."
    )
    assert _roles(text)["David Muhammad"] == (
        "Kepala Balai Pengamanan dan Penegakan Hukum (Gakkum) KLHK Wilayah Kalimantan"
    )


# --- quotes ---------------------------------------------------------------------------------------


def test_a_place_word_inside_a_set_off_name_keeps_the_role_clean() -> None:
    text = (
        "Kuasa hukum Djoko, Hotman Paris Hutapea, menyatakan keterangan saksi tidak menunjukkan "
        "keterlibatan kliennya."
    )
    ((speaker, role, _),) = _quotes(text)
    assert speaker == "Hotman Paris Hutapea"
    assert role is not None and role.lower() == "kuasa hukum djoko"


def test_a_person_called_by_name_after_where_they_are() -> None:
    text = (
        "Di Pasar Induk Beras Cipinang, Jakarta Timur, pedagang bernama Haji Rosidi mengaku "
        "penjualan turun hampir separuh."
    )
    assert _quotes(text) == [("Rosidi", "pedagang", "penjualan turun hampir separuh")]


def test_a_rank_grade_is_no_part_of_the_speakers_name() -> None:
    text = (
        "Juru bicara Pasukan Pertahanan Israel (IDF) Laksamana Muda Daniel Hagari mengatakan "
        "pasukannya menargetkan markas Hamas."
    )
    ((speaker, role, _),) = _quotes(text)
    assert speaker == "Daniel Hagari"
    # (the rank before the name is no part of the office)
    assert role == "juru bicara Pasukan Pertahanan Israel (IDF)"


def test_a_base_between_an_office_and_a_rank_is_nobody() -> None:
    text = (
        "Danlanud Halim Marsekal Pertama Budi Santoso mengatakan pesawat itu tiba pukul 10.00 WIB."
    )
    found = _mentions(text)
    assert not [m for m in found if m[1] == "PER" and "Halim" in m[0]]
    assert ("Budi Santoso", "PER") in found


def test_where_someone_comes_from_is_a_place() -> None:
    text = (
        "Seorang pengungsi asal Khan Younis, Umm Mohammed (45), mengatakan keluarganya sudah "
        "tiga kali berpindah tempat. Klub asal Andalusia sudah memulai negosiasi. Museum itu "
        "dibangun di negara asal Frank De Witte, Belgia."
    )
    found = _mentions(text)
    assert ("Khan Younis", "LOC") in found
    assert ("Andalusia", "LOC") in found
    assert ("Umm Mohammed", "PER") in found
    assert ("Frank De Witte", "PER") in found


def test_an_armed_group_is_a_body() -> None:
    text = "Juru bicara Brigade Al-Qassam, Abu Ubaidah, mengatakan serangan itu balasan."
    found = _mentions(text)
    assert ("Brigade Al-Qassam", "ORG") in found
    assert ("Abu Ubaidah", "PER") in found


def test_the_company_speaks_as_the_body_named_last() -> None:
    text = (
        "Jakarta, CNBC Indonesia - Perusahaan rintisan agritech asal Indonesia, Eden Farm, "
        "mengumumkan pendanaan Seri B senilai 25 juta dolar AS. Putaran pendanaan ini dipimpin "
        "oleh East Ventures Growth.\n\nEden Farm kini bermitra dengan lebih dari 4.000 petani "
        "di Jawa Barat. Perusahaan mengklaim pendapatannya tumbuh tiga kali lipat sepanjang 2023."
    )
    found = _quotes(text)
    assert ("Eden Farm", None, "pendapatannya tumbuh tiga kali lipat sepanjang 2023") in found


# --- quantities ----------------------------------------------------------------------------


def test_an_index_level_before_next_week_is_no_duration() -> None:
    text = "Ia memperkirakan IHSG berpeluang menguji level 7.300 pekan depan."
    (quantity,) = extract_quantities(text)
    assert quantity["text"] == "7.300"
    assert quantity["unit"] is None


def test_a_familiar_address_before_a_name_given_in_full_is_that_person() -> None:
    text = (
        "Menteri Agama Yaqut Cholil Qoumas mengatakan kenaikan dipengaruhi kurs riyal. "
        '"Kami sudah berupaya," kata Gus Yaqut, sapaan akrabnya. Ia mengutip Gus Dur.'
    )
    canonical = _canonical(text)
    assert canonical["Gus Yaqut"] == "Yaqut Cholil Qoumas"
    assert canonical["Gus Dur"] != "Yaqut Cholil Qoumas"


def test_a_cost_shortened_by_syllables_is_a_term() -> None:
    text = (
        "Pemerintah dan Komisi VIII DPR menyepakati Biaya Perjalanan Ibadah Haji (Bipih) "
        "sebesar Rp 56 juta. Pelunasan Bipih dibuka Januari, dan dana dikelola Badan "
        "Pengelola Keuangan Haji (BPKH)."
    )
    found = _mentions(text)
    assert not [m for m in found if m[0] == "Bipih"]
    assert ("BPKH", "ORG") in found


def test_an_index_named_with_where_it_trades_is_no_entity() -> None:
    text = (
        "Di kawasan Asia, indeks Nikkei 225 di Tokyo naik 0,8 persen, Hang Seng di Hong Kong "
        "menguat 1,5 persen."
    )
    found = _mentions(text)
    assert not [m for m in found if m[0] == "Hang Seng"]
    assert ("Hong Kong", "LOC") in found


def test_a_degree_set_off_after_a_name_is_nobody() -> None:
    text = (
        "Direktur Pencegahan dan Pengendalian Penyakit Menular Kementerian Kesehatan (Kemenkes) "
        "dr. Imran Pambudi, MPHM menyebutkan, lonjakan kasus terjadi hampir di seluruh "
        "Indonesia akibat musim hujan."
    )
    assert not [m for m in _mentions(text) if m[0] == "MPHM"]
    assert [q[0] for q in _quotes(text)] == ["Imran Pambudi"]


def test_two_mentions_the_article_writes_as_one_body_are_that_body() -> None:
    text = (
        "Di RSUD Al Ihsan, Kabupaten Bandung, sebanyak 63 pasien masih dirawat. Direktur RSUD "
        "Al Ihsan dr. Hj. Yani Sumarni menyebut pihaknya menambah 20 tempat tidur."
    )
    found = _mentions(text)
    assert found.count(("RSUD Al Ihsan", "ORG")) == 2
    assert ("Al Ihsan", "PER") not in found


def test_the_host_city_of_the_olympics_is_part_of_its_name() -> None:
    text = "Rionny menyebut hasil ini menjadi modal berharga menuju Olimpiade Paris 2024."
    assert ("Paris", "LOC") not in _mentions(text)


def test_an_english_possessive_is_no_part_of_a_name() -> None:
    text = (
        "David Sumual said BI was likely to hold rates. \"The Fed's timing is the key "
        "variable, and Indonesia's inflation is low,\" he said."
    )
    found = _mentions(text)
    assert ("The Fed", "ORG") in found
    assert not [m for m in found if m[0].endswith("'s")]


def test_a_field_of_an_office_does_not_open_the_name() -> None:
    text = (
        "Direktur Jenderal Perkeretaapian Risal Wasal memperkirakan jumlah pemudik mencapai 4,8 "
        "juta orang."
    )
    assert ("Risal Wasal", "PER") in _mentions(text)
    assert _quotes(text)[0][:2] == ("Risal Wasal", "Direktur Jenderal Perkeretaapian")


# --- quotes (continued) ------------------------------------------------------------------------


def test_a_ticket_of_two_candidates_is_no_speaker() -> None:
    text = (
        "Pasangan Agustina Wilujeng Pramestuti-Iswar Aminuddin yang diusung PDI Perjuangan "
        "mendapat nomor urut 1. Agustina, yang merupakan mantan anggota DPR RI, mengaku siap "
        "beradu gagasan."
    )
    assert [q[0] for q in _quotes(text)] == ["Agustina Wilujeng Pramestuti"]


def test_what_follows_said_in_english_is_the_statement() -> None:
    text = (
        "David Sumual, chief economist at Bank Central Asia, said BI was likely to hold rates "
        'for the rest of the year. "The Fed timing is the key variable," he said.'
    )
    doc = Document(id="t", raw=text, language="en")
    EntityRecognizer().process(doc)
    QuoteExtractor().process(doc)
    speakers = [q["speaker"] for q in doc.annotations["quotes"]]
    assert speakers == ["David Sumual", "David Sumual"]


def test_whom_a_request_names_does_not_speak() -> None:
    text = (
        "Direktur Jenderal Perkeretaapian Kementerian Perhubungan Risal Wasal memperkirakan "
        "jumlah pemudik mencapai 4,8 juta orang. Ia meminta KAI memastikan kesiapan sarana, "
        "terutama lokomotif yang sudah tua."
    )
    assert [q[0] for q in _quotes(text)] == ["Risal Wasal", "Risal Wasal"]


def test_a_person_named_mostly_by_initials_stays_a_person() -> None:
    text = (
        "Majelis hakim menjatuhkan vonis 10 tahun penjara kepada mantan Menteri Pertanian "
        "Syahrul Yasin Limpo (SYL) dalam kasus pemerasan. Selain itu, SYL juga dihukum membayar "
        'denda. "Menyatakan terdakwa Syahrul Yasin Limpo telah terbukti bersalah," kata hakim. '
        "Jaksa KPK meminta SYL dihukum 12 tahun penjara."
    )
    found = _mentions(text)
    assert ("Syahrul Yasin Limpo", "PER") in found
    assert ("SYL", "PER") in found
    assert not [m for m in found if "Syahrul" in m[0] and m[1] != "PER"]


def test_clinics_are_bodies_and_schools_stay_places() -> None:
    text = (
        "Bus itu membawa rombongan siswa SMK Lingga Kencana Depok. Korban dirawat di RSUD "
        "Subang dan Puskesmas Jalancagak."
    )
    found = _mentions(text)
    assert ("Puskesmas Jalancagak", "ORG") in found
    assert ("SMK Lingga Kencana Depok", "ORG") not in found


def test_a_model_after_a_vehicle_is_no_entity() -> None:
    text = (
        "Bus menabrak sebuah mobil Feroza dan tiga sepeda motor. Ia juga membeli mobil Toyota. "
        "Huawei menggempur pasar smartphone Indonesia."
    )
    found = _mentions(text)
    assert not [m for m in found if m[0] == "Feroza"]
    assert ("Toyota", "ORG") in found
    assert ("Indonesia", "LOC") in found


def test_sang_opens_a_balinese_name() -> None:
    text = (
        "Penjabat Gubernur Bali Sang Made Mahendra Jaya mengatakan dana pungutan akan digunakan "
        'untuk pelestarian budaya. "Bali milik dunia," ujar Mahendra.'
    )
    assert _roles(text)["Sang Made Mahendra Jaya"] == "Penjabat Gubernur Bali"
    assert [q[:2] for q in _quotes(text)] == [
        ("Sang Made Mahendra Jaya", "Penjabat Gubernur Bali"),
        ("Sang Made Mahendra Jaya", "Penjabat Gubernur Bali"),
    ]


def test_a_word_shared_with_another_persons_name_does_not_cut_a_name() -> None:
    text = (
        "Menteri Agama Yaqut Cholil Qoumas menanggapi fatwa tersebut. Ketua Umum Pengurus "
        "Besar Nahdlatul Ulama (PBNU) KH Yahya Cholil Staquf mengatakan perbedaan pandangan "
        'adalah hal yang wajar. "Gus Yahya", sapaan akrabnya, meminta masyarakat tenang.'
    )
    doc = _analysed(text)
    canonical = {str(m["text"]): str(m["canonical"]) for m in doc.annotations["entities"]}
    assert canonical["Gus Yahya"] == "Yahya Cholil Staquf"
    speakers = [q["speaker"] for q in doc.annotations["quotes"]]
    assert "Yahya Cholil Staquf" in speakers
    assert "Cholil Staquf" not in speakers


def test_a_clerics_form_of_address_keeps_his_office_as_the_role() -> None:
    text = (
        "Ketua MUI Bidang Fatwa Prof KH Asrorun Niam Sholeh menjelaskan, salam merupakan doa. "
        '"Penggabungan ucapan salam bukan implementasi toleransi," kata Kiai Niam.'
    )
    assert [q[:2] for q in _quotes(text)] == [
        ("Asrorun Niam Sholeh", "Ketua MUI Bidang Fatwa"),
        ("Asrorun Niam Sholeh", "Ketua MUI Bidang Fatwa"),
    ]


def test_a_relation_set_off_before_a_name_loses_its_comma() -> None:
    text = (
        "Istri korban Benny, Rosmawati br Ginting, mengatakan suaminya baru sepekan bekerja "
        "sebagai penggali pasir."
    )
    ((speaker, role, _),) = _quotes(text)
    assert speaker == "Rosmawati br Ginting"
    assert role == "istri korban Benny"


def test_a_speaker_takes_the_fuller_name_the_entity_step_found() -> None:
    from warta.extract.quotes import speakers_by_entity_names

    text = (
        "ujar Kabid Humas Polda Metro Jaya Kombes Raden Prabowo Argo Yuwono. Audi Agung Arianto "
        "memimpin Audi Indonesia."
    )
    entities = [
        {
            "text": "Raden Prabowo Argo Yuwono",
            "label": "PER",
            "canonical": "Raden Prabowo Argo Yuwono",
        },
        {"text": "Audi Agung Arianto", "label": "PER", "canonical": "Audi Agung Arianto"},
    ]
    quotes = [
        {"speaker": "Argo Yuwono", "text": "a"},
        {"speaker": "Agung Arianto", "text": "b"},
    ]
    speakers_by_entity_names(text, entities, quotes)
    # ("Audi" stands alone elsewhere: the maker, no part of his name)
    assert [q["speaker"] for q in quotes] == ["Raden Prabowo Argo Yuwono", "Agung Arianto"]


def test_a_surname_mention_takes_the_full_name_a_quote_adds() -> None:
    from warta.extract.quotes.mention_names import names_from_quotes

    text = "Penyanyi Dua Lipa merilis album. Lipa mengatakan album itu personal."
    entities = [{"text": "Lipa", "label": "PER", "start": 33, "end": 37, "canonical": "Lipa"}]
    quotes = [{"speaker": "Dua Lipa", "text": "album itu personal", "anonymous": False}]
    names_from_quotes(text, entities, quotes)
    assert [(m["text"], m["canonical"]) for m in entities] == [
        ("Dua Lipa", "Dua Lipa"),
        ("Lipa", "Dua Lipa"),
    ]


def test_a_ministrys_field_is_the_roles_not_the_name() -> None:
    text = (
        "Menteri Luar Negeri Sugiono mengatakan Indonesia siap bekerja sama dengan pemerintahan "
        'baru AS. "Hubungan kedua negara sudah sangat baik," ujar Sugiono di Jakarta.'
    )
    first = next(m for m in find_entities(text) if m["label"] == "PER")
    assert (first["text"], first.get("role")) == ("Sugiono", "Menteri Luar Negeri")
    assert [q[:2] for q in _quotes(text)] == [
        ("Sugiono", "Menteri Luar Negeri"),
        ("Sugiono", "Menteri Luar Negeri"),
    ]


def test_where_it_was_said_opens_no_speaker() -> None:
    text = (
        "Menteri Kelautan dan Perikanan Susi Pudjiastuti meninjau pelabuhan. Dalam sambutannya "
        "Menteri Kelautan dan Perikanan menyampaikan harapannya bahwa kapal itu segera beroperasi "
        "untuk menjaga perairan."
    )
    speakers = [q[0] for q in _quotes(text)]
    assert speakers and all(s == "Susi Pudjiastuti" for s in speakers)


def test_a_speech_given_is_no_statement() -> None:
    text = (
        "Kamala Harris menyampaikan pidato pengakuan kekalahan di Universitas Howard, "
        "Washington DC, sehari kemudian."
    )
    assert _quotes(text) == []


def test_units_differing_by_one_word_are_not_one_spelling() -> None:
    from warta.extract.canonical import _close_spelling

    assert not _close_spelling("Resmob Polrestabes Makassar", "Reskrim Polrestabes Makassar")
    assert _close_spelling("Indra J Piliang", "Indra Jaya Piliang")
    assert _close_spelling("Musa Rajekshah", "Musa Rajeckshah")


def test_taxes_and_documents_by_their_short_forms_are_no_bodies() -> None:
    text = (
        "Menurut Esther, kenaikan PPN menjadi 12 persen pada Januari 2025 berisiko menekan "
        "konsumsi. Seleksi CPNS dan ASN dibuka Kementerian PANRB."
    )
    found = _mentions(text)
    assert not [m for m in found if m[0] in {"PPN", "CPNS", "ASN"}]
