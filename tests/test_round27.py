"""Session 27: fresh articles in other styles (chilli prices in a Jakarta market, a Liga 1
match, a motorbike-theft ring in Bekasi, the Gaza truce, BPJS Kesehatan's deficit, an
edtech start-up's funding round) and the misses they showed."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.document import Document
from warta.extract.entities import EntityRecognizer, find_entities
from warta.extract.quotes import QuoteExtractor


def _pipeline_mentions(text: str) -> list[dict[str, object]]:
    """The entity mentions after both the entity and the quote step, which widens and splits
    speakers' mentions by the names the attribution read."""
    doc = Document(id="round27", raw=text, language="id")
    EntityRecognizer().process(doc)
    QuoteExtractor().process(doc)
    return list(doc.annotations["entities"])


# --- people ---------------------------------------------------------------------------------


def test_a_given_name_the_article_quotes_by_is_the_person() -> None:
    # the tagger reads "Gatra" alone as the news magazine; the quote then lost its speaker
    text = (
        "Kepala Bidang Pengembangan Usaha Perumda Pasar Jaya, Gatra Vaganza, mengatakan "
        "lonjakan harga dipicu pasokan yang berkurang dari sentra produksi di Jawa Tengah dan "
        "Jawa Timur akibat curah hujan tinggi.\n\n"
        '"Pasokan yang biasanya 80 ton sehari sekarang hanya 45 ton. Petani di Magelang dan '
        'Kediri banyak yang gagal panen," ujar Gatra saat ditemui di kantornya.'
    )
    assert ("Gatra", "PER") in _mentions(text)
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Gatra Vaganza", "Gatra Vaganza"]


def test_an_arabic_family_name_closes_the_name() -> None:
    text = (
        "Presiden Amerika Serikat Joe Biden dalam pernyataannya di Nantucket, Massachusetts, "
        "berterima kasih kepada Emir Qatar Sheikh Tamim bin Hamad Al Thani dan Presiden Mesir "
        "Abdel Fattah el-Sisi atas peran mereka."
    )
    found = _mentions(text)
    assert ("Abdel Fattah el-Sisi", "PER") in found
    assert _roles(text)["Abdel Fattah el-Sisi"] == "Presiden Mesir"


def test_an_emir_is_a_title_before_his_country() -> None:
    text = (
        "Presiden Joe Biden berterima kasih kepada Emir Qatar Sheikh Tamim bin Hamad Al Thani "
        "atas peran mereka."
    )
    found = _mentions(text)
    assert ("Qatar", "LOC") in found
    assert ("Sheikh Tamim bin Hamad Al Thani", "PER") in found
    assert _roles(text)["Sheikh Tamim bin Hamad Al Thani"] == "Emir Qatar"


def test_a_ruler_and_country_read_as_a_body_are_the_country() -> None:
    text = (
        "Pemberian penghargaan dari Emir Qatar, Sheikh Tamim Bin Hamad Al Thani, yang didukung "
        "oleh United Nations Office on Drugs and Crime itu diterima Ketua KPK."
    )
    found = _mentions(text)
    assert ("Emir Qatar", "ORG") not in found
    assert ("Qatar", "LOC") in found


def test_a_referee_is_a_role() -> None:
    text = (
        "Di sisi lain, juru taktik Bali United Stefano Cugurra menyoroti keputusan wasit "
        "Thoriq Alkatiri yang menganulir gol kedua timnya."
    )
    assert _roles(text)["Thoriq Alkatiri"] == "wasit"


# --- bodies and places ------------------------------------------------------------------------


def test_a_legal_form_the_tagger_left_out_opens_the_body() -> None:
    text = (
        "Kepala Bidang Pengembangan Usaha Perumda Pasar Jaya, Gatra Vaganza, mengatakan "
        "lonjakan harga dipicu pasokan yang berkurang dari sentra produksi di Jawa Tengah dan "
        "Jawa Timur akibat curah hujan tinggi."
    )
    found = _mentions(text)
    assert ("Perumda Pasar Jaya", "ORG") in found
    assert ("Pasar Jaya", "LOC") not in found


def test_a_start_up_named_after_its_office_is_a_body() -> None:
    text = (
        "Perusahaan rintisan teknologi pendidikan asal Bandung, Kelasku, meraih pendanaan "
        "Seri A yang dipimpin East Ventures.\n\n"
        "Co-founder sekaligus CEO Kelasku, Rizky Aditya Pratama, mengatakan dana segar akan "
        "digunakan untuk memperluas layanan.\n\n"
        "Sebelumnya, Kelasku menerima pendanaan awal dari Google for Startups Accelerator."
    )
    found = _mentions(text)
    assert [label for name, label in found if name == "Kelasku"] == ["ORG", "ORG", "ORG"]
    assert str(_roles(text)["Rizky Aditya Pratama"]).endswith("CEO Kelasku")


def test_a_town_of_two_words_after_a_preposition_is_a_place() -> None:
    text = (
        "Bantuan dikirim ke Rafah dan Khan Yunis pekan ini.\n\n"
        "Serangan di Khan Younis menewaskan 20 orang."
    )
    found = _mentions(text)
    assert ("Khan Yunis", "LOC") in found
    assert ("Khan Younis", "LOC") in found


def test_a_place_after_a_body_set_off_stays_a_place() -> None:
    # (the start-up rule is for a firm's phrase ending with where it is from)
    text = (
        "Syaiful dijemput paksa Densus 88 dari Lembaga Pemasyarakatan Permisan, Nusakambangan, "
        "Cilacap, Jawa Tengah pada awal 2016.\n\n"
        "Pesangon dari perusahaan tempat dia bekerja di kawasan Ciganjur, Jakarta Selatan, "
        "belum ia dapatkan."
    )
    found = _mentions(text)
    assert ("Jakarta Selatan", "LOC") in found
    assert ("Nusakambangan", "ORG") not in found


def test_a_town_in_capitals_before_the_outlet_is_a_place() -> None:
    # (Serang is no town the gazetteer holds: "serang" is also the verb "attack")
    text = (
        "SERANG, iNews.id - Majelis hakim Pengadilan Tipikor Serang menjatuhkan vonis enam "
        "tahun penjara."
    )
    assert ("SERANG", "LOC") in _mentions(text)


def test_a_title_does_not_reach_across_a_phrase_of_place() -> None:
    text = (
        "SHENZHEN, Bolasport.com - Tunggal putra Indonesia, Jonatan Christie, melaju ke final "
        "setelah menundukkan wakil Jepang, Kodai Naraoka, di Shenzhen Bay Gymnasium, Sabtu "
        "(28/11/2026)."
    )
    found = _mentions(text)
    assert ("Shenzhen Bay Gymnasium", "LOC") in found
    assert ("Bay Gymnasium", "PER") not in found


def test_a_chinese_family_name_opens_the_name() -> None:
    text = (
        "Di final, Jojo akan menghadapi pemenang laga antara Shi Yu Qi dan Anders Antonsen.\n\n"
        "Ganda putra Liang Wei Keng/Wang Chang menang."
    )
    found = _mentions(text)
    assert ("Shi Yu Qi", "PER") in found
    assert ("Liang Wei Keng", "PER") in found
    assert ("Wang Chang", "PER") in found


def test_a_short_name_after_atau_is_the_persons() -> None:
    text = (
        "Ketua Perhimpunan Hotel dan Restoran Indonesia (PHRI) Bali Tjokorda Oka Artha Ardana "
        "Sukawati atau Cok Ace menyebut tingkat hunian hotel di kawasan Nusa Dua mencapai 85 "
        'persen.\n\n"Kami berharap penerbangan langsung dari Eropa ditambah," kata Cok Ace di '
        "Denpasar."
    )
    canonical = {str(m["text"]): (m["label"], m["canonical"]) for m in find_entities(text)}
    assert canonical["Cok Ace"] == ("PER", "Tjokorda Oka Artha Ardana Sukawati")
    assert {speaker for speaker, _, _ in _quotes(text)} == {"Tjokorda Oka Artha Ardana Sukawati"}


def test_two_people_joined_by_atau_stay_two() -> None:
    text = "Yang akan maju adalah Prabowo Subianto atau Gibran, kata sumber itu."
    canonical = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    # (a two-word name and a short name made from neither of its words: no nickname)
    assert canonical["Gibran"] == "Gibran"


# --- quotes -------------------------------------------------------------------------------------


def test_an_epithet_naming_another_body_is_not_an_earlier_speakers() -> None:
    text = (
        "Direktur Eksekutif Departemen Komunikasi Bank Indonesia (BI) Ramdan Denny Prakoso "
        "menyatakan bank sentral telah melakukan intervensi di pasar spot.\n\n"
        "Pengamat pasar uang Ibrahim Assuaibi menilai pelemahan dipicu rilis data tenaga kerja "
        "AS yang lebih kuat dari perkiraan.\n\n"
        '"Rupiah masih berpotensi tertekan hingga akhir pekan," ujar Direktur PT Laba '
        "Forexindo Berjangka itu."
    )
    said = {text_[:6]: speaker for speaker, _, text_ in _quotes(text)}
    assert said["Rupiah"] == "Ibrahim Assuaibi"


def test_a_title_word_inside_a_name_does_not_split_it() -> None:
    text = (
        "Tim yang beranggotakan Nadia Putri Ramadhani, Fajar Nugroho dan Kevin Wijaya itu menang."
    )
    found = _mentions(text)
    assert ("Nadia Putri Ramadhani", "PER") in found
    assert ("Nadia", "LOC") not in found
    # a daughter before her father's name is no given name of his
    text = "Tangisan Putri Amien Rais pecah saat membacakan surat itu."
    assert ("Tangisan Putri Amien Rais", "PER") not in _mentions(text)


def test_a_body_that_lists_its_fields_runs_to_the_lists_end() -> None:
    text = (
        "Kementerian Pendidikan Tinggi, Sains, dan Teknologi (Kemendiktisaintek) berencana "
        "memberikan beasiswa kepada ketiga mahasiswa tersebut."
    )
    assert ("Kementerian Pendidikan Tinggi, Sains, dan Teknologi", "ORG") in _mentions(text)
    # a list of bodies stays a list
    text = "Rapat dihadiri Kementerian Keuangan, Bappenas, dan BI (Bank Indonesia) pagi ini."
    assert ("Kementerian Keuangan", "ORG") in _mentions(text)


def test_an_offices_number_stays_in_the_role() -> None:
    text = (
        "Presiden ke-7 RI Joko Widodo menghadiri resepsi itu.\n\n"
        "Presiden keenam RI Susilo Bambang Yudhoyono juga hadir."
    )
    roles = _roles(text)
    assert roles["Joko Widodo"] == "Presiden ke-7 RI"
    assert roles["Susilo Bambang Yudhoyono"] == "Presiden keenam RI"
    # a child's number is no part of the father's role
    text = (
        "Luhut mengungkap keengganan putra pertama Presiden Joko Widodo (Jokowi), Gibran "
        "Rakabuming Raka, untuk terlibat dalam proyek pemerintah."
    )
    assert _roles(text)["Joko Widodo"] == "Presiden"


def test_a_title_that_is_also_a_name_alone_quotes_its_holder() -> None:
    text = (
        "Sultan Hamengku Buwono X melayat ke rumah duka bersama GKR Hemas. Menurut Sultan, "
        "almarhum adalah seniman yang berani menyuarakan kritik lewat wayang."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Hamengku Buwono X", "Sultan")
    ]


def test_a_speaker_set_off_after_a_title_with_a_short_form_is_a_person() -> None:
    text = (
        "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Bogor, Ajat Rochmat "
        "Jatnika, mengatakan jembatan sepanjang 60 meter itu ditargetkan rampung Februari 2027."
    )
    assert ("Ajat Rochmat Jatnika", "PER") in _mentions(text)
    assert _roles(text)["Ajat Rochmat Jatnika"] == (
        "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Bogor"
    )


def test_a_place_after_a_titles_short_form_is_no_part_of_the_name() -> None:
    text = (
        "Kepala Kantor Pencarian dan Pertolongan (Basarnas) Gorontalo Heriyanto mengatakan "
        "korban bertambah."
    )
    found = _mentions(text)
    assert ("Gorontalo", "LOC") in found
    assert ("Heriyanto", "PER") in found
    assert _roles(text)["Heriyanto"] == (
        "Kepala Kantor Pencarian dan Pertolongan (Basarnas) Gorontalo"
    )


def test_a_numbered_bodys_office_goes_on_after_dari() -> None:
    text = (
        "Sebaliknya, Wakil Ketua Komisi I dari Fraksi Partai Golkar Dave Akbarshah Fikarno "
        "Laksono menilai revisi diperlukan untuk mengatur platform digital."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Dave Akbarshah Fikarno Laksono"]


def test_pemko_is_a_citys_government() -> None:
    # Sumatra's papers write "Pemko" for "Pemerintah Kota"
    text = (
        "Ia mengingatkan aparatur sipil negara (ASN) di lingkungan Pemko Medan untuk menjaga "
        "netralitas."
    )
    assert ("Pemko Medan", "ORG") in _mentions(text)


def test_a_kilometre_post_is_no_part_of_the_roads_name() -> None:
    text = (
        "Kecelakaan beruntun melibatkan tujuh kendaraan terjadi di Tol Cipularang Km 92 arah "
        "Jakarta, Kabupaten Purwakarta, Jawa Barat, Senin (30/11/2026) sore."
    )
    found = _mentions(text)
    assert ("Tol Cipularang", "LOC") in found
    assert not [name for name, _ in found if "Km" in name]


def test_a_team_named_by_its_sponsors_is_one_body_and_the_riders() -> None:
    text = (
        "LOMBOK TENGAH, Detiksport - Pebalap Ducati Lenovo Team Marc Marquez menjuarai MotoGP "
        "Indonesia 2026 di Pertamina Mandalika International Street Circuit."
    )
    found = _mentions(text)
    assert ("Ducati Lenovo Team", "ORG") in found
    assert _roles(text)["Marc Marquez"] == "Pebalap Ducati Lenovo Team"
    # a team the tagger missed altogether, and one whose words it tagged apart
    text = (
        "Pebalap Monster Energy Yamaha MotoGP Team Fabio Quartararo finis keenam.\n\n"
        "Pebalap Gresini Racing Alex Marquez naik podium."
    )
    found = _mentions(text)
    assert ("Monster Energy Yamaha MotoGP Team", "ORG") in found
    assert ("Gresini Racing", "ORG") in found
    assert not [name for name, _ in found if name in ("Energy Yamaha", "MotoGP", "Yamaha")]
    # a title before the team is no sponsor
    text = "Konsultan Red Bull Racing, Dr Helmut Marko, memastikan Kvyat tidak akan kembali."
    assert ("Red Bull Racing", "ORG") in _mentions(text)


def test_a_name_after_a_javanese_court_title_is_a_person() -> None:
    text = (
        "Sultan Hamengku Buwono X melayat ke rumah duka bersama GKR Hemas.\n\n"
        "Acara itu dihadiri KGPAA Mangkunegara X dan GKR Mangkubumi."
    )
    found = _mentions(text)
    assert ("GKR Hemas", "PER") in found
    assert ("KGPAA Mangkunegara X", "PER") in found
    assert ("GKR Mangkubumi", "PER") in found
    # a body's short form of the same letters stays a body
    text = "Anggota Komite BPH Migas M Ibnu Fajar mengatakan pasokan aman."
    assert ("BPH Migas", "PER") not in _mentions(text)


def test_a_speaker_after_a_calling_and_a_body_is_split_from_the_body() -> None:
    text = (
        "Sementara itu, pakar hukum tata negara Universitas Andalas Feri Amsari menyebut "
        "putusan itu memberi kepastian hukum menjelang Pilkada 2029."
    )
    found = [(str(m["text"]), str(m["label"])) for m in _pipeline_mentions(text)]
    assert ("Universitas Andalas", "ORG") in found
    assert ("Feri Amsari", "PER") in found


def test_a_given_name_the_tagger_left_out_before_a_speaker_joins_the_name() -> None:
    def people(text: str) -> dict[str, object]:
        return {
            str(m["text"]): m.get("role") for m in _pipeline_mentions(text) if m["label"] == "PER"
        }

    text = (
        "Menteri Keuangan Purbaya Yudhi Sadewa menilai proyeksi itu terlalu pesimistis. "
        '"Kami masih yakin ekonomi bisa tumbuh di atas 5 persen," ujarnya di Kantor '
        "Kementerian Keuangan, Jakarta."
    )
    assert people(text) == {"Purbaya Yudhi Sadewa": "Menteri Keuangan"}
    # a word that may close a firm's name after its legal form stays out
    text = (
        "Direktur PT Indo Beras Unggul Jo Tjong Seng mengklarifikasi dugaan beras premium "
        "palsu itu."
    )
    assert "Unggul Jo Tjong Seng" not in people(text)
