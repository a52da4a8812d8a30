"""Round 54: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import quotes as _quotes
from _extract_support import roles as _roles


def test_a_long_occasion_between_a_name_and_its_verb_keeps_the_name() -> None:
    text = (
        "Manajemen Sheila On Seven atau Sheila Management, Barkah ketika dihubungi via e - mail "
        "dari Kuala Lumpur, Rabu, membenarkan kalau mereka bakal menggelar konser di negeri "
        "jiran."
    )
    assert [q[0] for q in _quotes(text)] == ["Barkah"]


def test_a_long_occasion_opening_the_sentence_leaves_the_subject_after_it() -> None:
    text = (
        "Namun, saat dikonfirmasi, Program Director "
        "MCM Live, Oktoberi Surbakti, menjelaskan tak bisa menerima tanggal yang diajukan "
        "Paramore."
    )
    assert [(q[0], q[1]) for q in _quotes(text)] == [
        ("Oktoberi Surbakti", "Program Director MCM Live")
    ]


def test_a_second_verb_of_saying_shares_the_first_verbs_subject() -> None:
    text = (
        "Penyanyi asal Amerika Serikat, Ariana Grande, mengunjungi korban bom Manchester.\n\n"
        'Scooter Braun, manajer Grande, memberikan komentar pada foto tersebut dan berkata, "Kamu '
        'menjadi kekuatan untuk banyak orang hari ini."\n\n'
        'Polisi Kopenhagen mengonfirmasi insiden itu melalui akun Twitter dan menulis: "Patung '
        'itu dijadikan objek vandalisme."'
    )
    assert [q[0] for q in _quotes(text)] == ["Scooter Braun", "Polisi Kopenhagen"]


def test_a_clause_inside_the_sentence_lends_no_subject_to_a_second_verb() -> None:
    text = (
        'Juru bicara pemerintah Kanada Josh Bueckert mengatakan pemerintah Kanada "berjuang '
        'keras" agar hak-hak gay serta homofobia resmi diakui dan bersikeras bahwa "yang paling '
        'rentan dan kurang beruntung" harus diperhatikan.'
    )
    assert "homofobia" not in {q[0] for q in _quotes(text)}


def test_a_standing_held_as_something_is_no_report() -> None:
    text = (
        "Di musim ini, Sanchez terus menegaskan statusnya sebagai pemain penting The Gunners "
        "dengan sudah mengemas 15 gol dari 26 penampilan di semua ajang.\n\n"
        "Nick mengungkapkan perasaannya sebagai kakak, di Twitter."
    )
    assert _quotes(text) == []


def test_a_bodys_short_form_of_two_words_in_brackets_stays_in_the_role() -> None:
    roles = _roles(
        "Ketua Pengurus Besar Ikatan Pencak Silat Indonesia (PB IPSI) pusat, Prabowo Subianto "
        "secara resmi membuka acara itu. Kepala Biro Penerangan Masyarakat (Karo Penmas) Divisi "
        "Humas Polri Brigjen Rikwanto mengatakan hal itu. Ketua Umum Persatuan Sepakbola "
        "Seluruh Indonesia (Ketum PSSI), Edy Rahmayadi menegaskan hal itu."
    )
    assert roles["Prabowo Subianto"] == (
        "Ketua Pengurus Besar Ikatan Pencak Silat Indonesia (PB IPSI) pusat"
    )
    assert roles["Rikwanto"] == "Kepala Biro Penerangan Masyarakat (Karo Penmas) Divisi Humas Polri"
    assert roles["Edy Rahmayadi"] == (
        "Ketua Umum Persatuan Sepakbola Seluruh Indonesia (Ketum PSSI)"
    )


def test_a_word_of_kin_before_two_bracketed_words_is_the_bodys() -> None:
    roles = _roles(
        "Ketua Komisi Perlindungan Anak (Komnas PA) Arist Merdeka Sirait mengatakan hal itu."
    )
    assert roles.get("Arist Merdeka Sirait") != "Anak (Komnas PA)"


def test_a_bodys_head_written_small_is_no_verb_before_a_set_off_name() -> None:
    roles = _roles(
        "Kepala biro penerangan masyarakat divisi humas (Karopenmas Divhumas) Polri, Brigjen "
        "Rikwanto mengatakan, mutasi itu bentuk apresiasi."
    )
    assert roles.get("Rikwanto") != "humas (Karopenmas Divhumas) Polri"


def test_a_units_head_spelt_out_is_the_same_body_as_its_short_form() -> None:
    from warta.extract.canonical import canonical_key, canonical_name

    for full, short in [
        ("Badan Penanggulangan Bencana Daerah NTB", "BPBD NTB"),
        ("Kepolisian Daerah Jawa Barat", "Polda Jabar"),
        ("Kejaksaan Tinggi DKI Jakarta", "Kejati DKI Jakarta"),
        ("Pemerintah Kota Bandung", "Pemkot Bandung"),
        ("Kepolisian Resor Kota Besar Medan", "Polrestabes Medan"),
        ("Direktorat Reserse Kriminal Khusus Polda Metro Jaya", "Ditreskrimsus Polda Metro Jaya"),
    ]:
        assert canonical_name(full) == canonical_name(short), full
        assert canonical_key(full) == canonical_key(short), full
    assert canonical_name("Polda Jabar") == "Polda Jawa Barat"
    assert canonical_name("DPRD DKI") == canonical_name("DPRD DKI Jakarta") == "DPRD Jakarta"
    # (a foreign air base is no Indonesian "Lanud"; a head alone is no unit)
    assert canonical_name("Pangkalan Udara Jarrah") == "Pangkalan Udara Jarrah"
    assert canonical_name("Kepolisian Daerah") == "Kepolisian Daerah"


def test_a_units_two_spellings_in_one_article_are_one_entity() -> None:
    from warta.extract.entities import find_entities

    found = find_entities(
        "Badan Penanggulangan Bencana Daerah NTB menyebut banjir terjadi sejak Jumat. Kepala "
        "BPBD NTB Muhammad Rum mengungkapkan banjir itu."
    )
    assert {str(m["canonical"]) for m in found if m["label"] == "ORG"} == {
        "BPBD Nusa Tenggara Barat"
    }


def test_a_startups_products_named_after_it_are_no_people() -> None:
    from _extract_support import mentions

    found = mentions(
        "Untuk itulah startup Grammarly telah mengembangkan tool pengecek grammar. Namanya "
        "Grammarly Keyboard, dan sepintas tampilannya tidak jauh berbeda. Khusus untuk "
        "pelanggan Grammarly Premium, keyboard ini memberi analisis."
    )
    assert ("Grammarly", "ORG") in found
    assert not [m for m in found if m[1] == "PER"]


def test_a_statement_reported_in_a_concession_ends_before_the_main_clause() -> None:
    text = (
        "Meski direktur olahraga Roma, Monchi, belum lama ini menegaskan bahwa pemain Belgia akan "
        "bertahan di klub, laporan yang beredar di Italia mengklaim bahwa Inter sudah mengambil "
        "langkah maju."
    )
    found = [q for q in _quotes(text) if q[0] == "Monchi"]
    assert [q[2] for q in found] == ["pemain Belgia akan bertahan di klub"]


def test_a_concession_closed_before_its_speaker_leaves_the_statement_whole() -> None:
    text = (
        "Meski begitu, Ian Purnomo juga menjelaskan bahwa jika pengunjung roadshow "
        "memperlihatkan ketertarikan yang tinggi, ada kemungkinan Sony akan melaksanakan Play "
        "Everything di kota-kota lain."
    )
    assert [q[2] for q in _quotes(text)] == [
        "jika pengunjung roadshow memperlihatkan ketertarikan yang tinggi, ada kemungkinan Sony "
        "akan melaksanakan Play Everything di kota-kota lain"
    ]


def test_a_concession_closed_right_after_its_verb_reports_nothing() -> None:
    text = (
        "Meski Trump sudah mendesak, sejumlah senator Partai Republik, seperti Susan Collins, "
        "Lisa Murkowski, dan Shelley Moore Capito, tetap tidak setuju Obamacare dicabut."
    )
    assert "Donald Trump" not in {q[0] for q in _quotes(text)}
    assert "Trump" not in {q[0] for q in _quotes(text)}


def test_an_office_set_off_in_a_concession_opening_the_sentence_is_the_names() -> None:
    roles = _roles(
        "Meski direktur olahraga Roma, Monchi, belum lama ini menegaskan bahwa pemain Belgia "
        "akan bertahan di klub, laporan di Italia menyebut sebaliknya."
    )
    assert roles["Monchi"] == "direktur olahraga Roma"


def test_a_clubs_town_after_a_post_and_before_a_name_is_the_club() -> None:
    from _extract_support import mentions

    found = mentions(
        "Meski direktur olahraga Roma, Monchi, menegaskan bahwa pemain Belgia akan bertahan, "
        "Inter tetap menawar. Monchi tinggal di Roma sejak tahun lalu."
    )
    assert found[0] == ("Roma", "ORG")
    # (the city elsewhere stays the city)
    assert found[-1] == ("Roma", "LOC")


def test_airlines_named_after_their_country_are_bodies() -> None:
    from _extract_support import mentions

    found = mentions(
        "Maskapai penerbangan Air India menetapkan aturan baru, setelah dua politisi India "
        "terlambat datang. Qatar Airways dan Malaysia Airlines belum berkomentar."
    )
    assert ("Air India", "ORG") in found
    assert ("India", "LOC") in found
    assert ("Qatar Airways", "ORG") in found and ("Malaysia Airlines", "ORG") in found


def test_a_partner_by_title_holds_an_office() -> None:
    roles = _roles(
        "Pendanaan dipimpin oleh East Ventures. Managing Partner East Ventures Willson Cuaca "
        "mengatakan pihaknya yakin. Kepada DailySocial, salah satu Venture Partner Spiral "
        "Ventures David Soukhasing mengungkapkan rencana itu."
    )
    assert roles["Willson Cuaca"] == "Managing Partner East Ventures"
    assert roles["David Soukhasing"] == "Venture Partner Spiral Ventures"


def test_a_known_firm_glued_before_its_officer_goes_to_the_office() -> None:
    roles = _roles("Vice President Garmin Asia Scott Lin mengatakan Vivofit 4 perangkat ideal.")
    assert roles == {"Scott Lin": "Vice President Garmin Asia"}


def test_an_acting_office_spelt_out_with_its_short_form_stays_in_the_role() -> None:
    roles = _roles(
        "Rimanews - Pelaksana tugas (Plt) Gubernur DKI Jakarta, Sumarsono memberikan "
        "penghargaan. Pelaksana Harian (Plh) Kepala Biro Humas KPK Yuyuk Andriati mengatakan "
        "hal itu."
    )
    assert roles["Sumarsono"] == "Pelaksana tugas (Plt) Gubernur DKI Jakarta"
    assert roles["Yuyuk Andriati"] == "Pelaksana Harian (Plh) Kepala Biro Humas KPK"


def test_a_call_name_given_without_a_comma_is_the_persons() -> None:
    from warta.extract.entities import find_entities

    found = find_entities(
        "Kombes Pol Syafi'in sodorkan sembilan program unggulan. Gus Syaf sapaan akrab "
        "Syafi'in - mengambil formulir penjaringan. Padahal, kata Soni sapaan karib Sumarsono, "
        "ketika itu ia sedang tidak bertugas."
    )
    canonical = {str(m["text"]): m["canonical"] for m in found if m["label"] == "PER"}
    assert canonical["Gus Syaf"] == "Syafi'in"
    assert canonical["Soni"] == "Sumarsono"


def test_an_account_speaks_for_whose_it_is() -> None:
    text = (
        '"Polri amankan pelaku percobaan penusukan terhadap petugas," unggah akun instagram resmi '
        "TMC Polda Metro Jaya, Jumat (1/12).\n\n"
        '"Bayi itu diberi nama Bhayangkari," tulis Instagram TMC Polda Metro Jaya.'
    )
    assert [q[0] for q in _quotes(text)] == ["TMC Polda Metro Jaya", "TMC Polda Metro Jaya"]


def test_the_subject_after_how_the_press_met_them_is_in_focus() -> None:
    text = (
        "Komisioner Komnas HAM Natalius Pigai menyebut setidaknya terdapat sembilan kasus "
        "pelanggaran HAM.\n\nJuni lalu, saat ditemui di Jakarta, Kapolda Papua Brigjen Paulus "
        "Waterpauw telah menyatakan sikapnya terhadap gerakan kemerdekaan Papua.\n\n"
        '"Dengan alasan apapun, kalau menggunakan label KNPB, akan kami larang," ucapnya tentang '
        "gerakan tersebut."
    )
    assert _quotes(text)[-1][:2] == ("Paulus Waterpauw", "Kapolda Papua")


def test_a_role_named_after_yakni_is_the_office() -> None:
    roles = _roles(
        "Mulai hari ini Djarot pun digantikan oleh pelaksana tugas harian Gubernur yakni "
        "Sekretaris Daerah DKI Jakarta Saefullah."
    )
    assert roles["Saefullah"] == "Sekretaris Daerah DKI Jakarta"


def test_a_bodys_name_without_its_english_article_is_the_body() -> None:
    from warta.extract.entities import find_entities

    found = find_entities(
        "Persija dengan The Jakmania -nya sudah sengit.\n\nSekarang setiap ada Jakmania tanya "
        "sama saya, apa kita akan ke Bandung?"
    )
    assert [(m["text"], m["label"], m["canonical"]) for m in found if "Jakmania" in m["text"]] == [
        ("The Jakmania", "ORG", "The Jakmania"),
        ("Jakmania", "ORG", "The Jakmania"),
    ]


def test_a_left_mark_after_a_size_is_inches_no_quote() -> None:
    text = (
        "Di bagian belakangnya, Anda akan menemukan setup kamera ganda dengan sensor 13MP (1/2.6 "
        "“, 1.12μm, f/1.8) ditambah lensa sudut lebar (135 °/10 mm, f/2.4) dengan sensor 8MP. "
        "Sedangkan kamera selfie yang dihadirkan memiliki resolusi 5MP."
    )
    assert _quotes(text) == []


def test_callings_of_the_taggers_lists_are_roles() -> None:
    roles = _roles(
        "Menurut Vellen Roeslan, pemerhati sneaker di Indonesia, hal tersebut diperkuat dengan "
        "adanya kolaborasi. Kemarin polisi menangkap selebritas Fachri Albar terkait narkotik."
    )
    assert roles["Vellen Roeslan"] == "pemerhati sneaker di Indonesia"
    assert roles["Fachri Albar"] == "selebritas"


def test_a_calling_set_off_after_menurut_and_the_name_is_no_part_of_the_statement() -> None:
    text = (
        "Menurut Vellen Roeslan, pemerhati sneaker di Indonesia, hal tersebut diperkuat dengan "
        "adanya kolaborasi."
    )
    assert _quotes(text) == [
        (
            "Vellen Roeslan",
            "pemerhati sneaker di Indonesia",
            "hal tersebut diperkuat dengan adanya kolaborasi",
        )
    ]


def test_a_national_team_is_written_capitalised() -> None:
    from warta.extract.canonical import canonical_key, canonical_name

    assert canonical_name("timnas Indonesia") == "Timnas Indonesia"
    assert canonical_key("timnas Thailand") == canonical_key("Timnas Thailand")
    assert canonical_name("timnas") == "timnas"


def test_through_an_office_set_off_its_holder_speaks_and_a_pointed_statement_is_none() -> None:
    text = (
        "Melalui Wakil Ketua Umum PSSI, Joko Driyono, pihaknya mengakui pernyataan La Nyalla "
        "tersebut."
    )
    assert _roles(text)["Joko Driyono"] == "Wakil Ketua Umum PSSI"
    assert _quotes(text) == []


def test_an_offices_short_form_as_speaker_is_its_holder() -> None:
    text = (
        "Kepala Staf Angkatan Darat (KSAD) TNI Jenderal Mulyono mengatakan pasukan TNI menangani "
        "kelompok itu.\n\nKSAD menegaskan bahwa para prajurit tidak ditugaskan untuk berperang "
        'dengan mereka.\n\n"Tujuan utama bukan perang," kata KSAD.'
    )
    assert {q[:2] for q in _quotes(text)} == {("Mulyono", "Kepala Staf Angkatan Darat (KSAD) TNI")}
    # (a body's short form in a role speaks for the body)
    text = (
        "Ketua Komisi Pemberantasan Korupsi (KPK) Agus Rahardjo mengatakan hal itu.\n\nKPK "
        "menegaskan bahwa para tersangka akan segera ditahan oleh penyidik."
    )
    assert _quotes(text)[-1][0] == "KPK"


def test_whom_a_request_was_put_to_opens_no_statement() -> None:
    text = (
        "Dan sang manajer Jose Mourinho konon sudah mengatakan pada Ed Woodward untuk segera "
        "mendapatkan target yang ia inginkan."
    )
    assert _quotes(text) == []
    # ("pada" opening the statement's own adverbial keeps it)
    text = (
        "Tri mengatakan pada tahap awal Pemerintah Kota Bekasi telah menganggarkan dana Rp 200 "
        "miliar."
    )
    assert [q[2] for q in _quotes(text)] == [
        "pada tahap awal Pemerintah Kota Bekasi telah menganggarkan dana Rp 200 miliar"
    ]
