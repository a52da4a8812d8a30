"""Session 34: what random IndoSum articles showed (an office's units and fields inside a
long role; roles read in a truecased headline)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.canonical import org_short_form, resolve_in_document
from warta.extract.entities import find_entities


def test_a_role_runs_over_the_units_and_fields_of_one_office() -> None:
    text = (
        '"Tercatat 219 pengendara yang ditindak," kata Kepala Subdirektorat Pembinaan dan '
        "Penegakan Hukum Direktorat Lalu Lintas Polda Metro Jaya Ajun Komisaris Besar Polisi "
        "Budiyanto di Jakarta, Selasa.\n\nBudiyanto mengatakan polisi menyita barang bukti."
    )
    role = (
        "Kepala Subdirektorat Pembinaan dan Penegakan Hukum Direktorat Lalu Lintas Polda Metro "
        "Jaya"
    )  # (the rank before the name is no part of the office)
    assert _all_roles(text)[0] == role
    # the later quote takes the whole role, not one cut at "Hukum"
    assert [r for _, r, _ in _quotes(text)] == [role, role]
    bps = "Direktur Pembinaan dan Pengawasan Hukum Badan Pusat Statistik Rahmat Hidayat hadir."
    assert _roles(bps)["Rahmat Hidayat"] == (
        "Direktur Pembinaan dan Pengawasan Hukum Badan Pusat Statistik"
    )
    kemenag = (
        "Julukan ini dilontarkan Kasubag Perlengkapan Umum Ditjen Pendidikan Islam Kemenag "
        "Bagus Natanegara saat melihat Fahd meminta uang."
    )
    assert _roles(kemenag)["Bagus Natanegara"] == (
        "Kasubag Perlengkapan Umum Ditjen Pendidikan Islam Kemenag"
    )


def test_two_offices_joined_by_dan_are_two_peoples() -> None:
    text = "Menteri Pertahanan Prabowo dan Menteri Luar Negeri Retno Marsudi hadir di Istana."
    found = _roles(text)
    assert found["Prabowo"] == "Menteri Pertahanan"
    assert found["Retno Marsudi"] == "Menteri Luar Negeri"


def test_a_role_in_a_title_case_headline_keeps_the_articles_spelling() -> None:
    text = (
        "Menteri Keuangan Sri Mulyani Indrawati mengirimkan surat kepada Menteri Energi dan "
        "Sumber Daya Mineral Ignasius Jonan soal risiko gagal bayar utang PT PLN (Persero)\n\n"
        "Dalam surat yang diteken Sri Mulyani, dijelaskan risiko keuangan negara atas penugasan "
        "infrastruktur. Kondisi keuangan PLN terus menurun karena beban bunga pinjaman, kata "
        "juru bicara Nufransa Wira Sakti kepada Jonan."
    )
    roles = _all_roles(text)
    assert roles[:2] == ["Menteri Keuangan", "Menteri Energi dan Sumber Daya Mineral"]


def _all_roles(text: str) -> list[str | None]:
    return [m.get("role") for m in find_entities(text) if m["label"] == "PER"]


def test_an_age_set_off_by_commas_marks_a_person_named_again_later() -> None:
    text = (
        "KEBAYORAN BARU - Otak ngeres membuat Satim, 45, lupa diri. Anak gadisnya digerayangi. "
        "Satim yang sudah kesetanan mengancam anaknya."
    )
    found = _mentions(text)
    assert found.count(("Satim", "PER")) == 2
    # numbers in a list are no ages of a name
    assert ("Blok", "PER") not in _mentions("Rumah di Blok, 12, dan 14 terbakar semalam.")


def test_a_relative_set_off_after_the_person_they_relate_to() -> None:
    text = (
        "Putra aktor Will Smith, Jadon meluncurkan video musik terbaru. Dalam video itu Jadon "
        "berubah wujud menjadi pahlawan super."
    )
    people = [m for m in find_entities(text) if m["label"] == "PER"]
    assert [(m["text"], m.get("role")) for m in people] == [
        ("Will Smith", "aktor"),
        ("Jadon", "Putra aktor Will Smith"),
        ("Jadon", None),
    ]
    wife = "Tim juga telah menemui istri Atimo, Sanyia, untuk dimintai keterangan."
    assert ("Sanyia", "PER") in _mentions(wife)
    # a name's word is no relation, and a place closes the sentence after the comma
    bali = (
        "Upacara dipimpin Ida Pedanda Gede Wayahan Jelantik Pradnya Putra dari Geriya "
        "Wanasari, Sidemen."
    )
    assert ("Sidemen", "PER") not in _mentions(bali)


def test_a_person_the_tagger_found_once_is_the_person_where_named_again() -> None:
    text = (
        "Kanselir Jerman Angela Merkel bertemu Presiden Joko Widodo. Dalam pertemuan itu Merkel "
        "membahas perdagangan. Setelah itu Merkel terbang ke Beijing."
    )
    people = [(m["text"], m["canonical"]) for m in find_entities(text) if m["label"] == "PER"]
    assert people.count(("Merkel", "Angela Merkel")) == 2
    star = "Aktor Harrison Ford memerankan Han Solo lagi. Kota Solo menggelar festival film."
    assert ("Solo", "PER") not in _mentions(star)[2:]
    # no support beyond the tagger's reading (no role, no fuller name): nothing is spread;
    # a word the article writes small is no name; a street named after someone is no person
    street = (
        "Pengendara melintas di Jalan Sudirman sejak pagi. Menurut Kapolres Bambang Sudirman, "
        "arus lancar. Sudirman mengatakan polisi berjaga."
    )
    spans = [(m["text"], m["label"]) for m in find_entities(street)]
    assert ("Sudirman", "PER") not in spans[:2]


def test_a_place_named_after_people_is_no_person() -> None:
    text = "Menurut dia, Bandara Soekarno-Hatta sudah siap melayani pemudik."
    assert ("Bandara Soekarno-Hatta", "LOC") in _mentions(text)
    role = (
        "Branch Communication Manager Bandara Soekarno-Hatta, Dewandono Prasetyo Nugroho, "
        "mengatakan kegiatan ini penting."
    )
    assert _roles(role)["Dewandono Prasetyo Nugroho"] == (
        "Branch Communication Manager Bandara Soekarno-Hatta"
    )
    assert ("Branch Communication", "ORG") not in _mentions(role)


def test_a_role_set_off_after_a_name_runs_over_the_body_after_it() -> None:
    text = (
        '"Martin Lau, Presiden Tencent, mengabarkan kami bahwa mereka tertarik," ujar Evan '
        "Spiegel dalam sebuah surat."
    )
    assert _roles(text)["Martin Lau"] == "Presiden Tencent"
    # not over a body that goes on into the sentence
    plain = "Budi Santoso, Direktur Utama, PT Maju Jaya menjelaskan rencana itu kemarin."
    assert _roles(plain).get("Budi Santoso") in (None, "Direktur Utama")


def test_a_bodys_bare_name_is_not_a_product_or_branch_it_opens() -> None:
    assert org_short_form("Microsoft", ["Microsoft", "Microsoft Word", "Microsoft"]) == "Microsoft"
    assert org_short_form("Google", ["Google", "Google Maps"]) == "Google"
    assert org_short_form("HP", ["HP", "HP Spectre"]) == "HP"
    assert org_short_form("BPBD", ["BPBD", "BPBD Jember"]) == "BPBD Jember"
    # a firm's fuller name, a club's with its town, a name given with its legal form
    assert org_short_form("Garuda", ["Garuda Indonesia", "Garuda"]) == "Garuda Indonesia"
    assert org_short_form("Samsung", ["Samsung Electronics", "Samsung"]) == "Samsung Electronics"
    assert org_short_form("Persikabo", ["Persikabo Bogor", "Persikabo"]) == "Persikabo Bogor"
    assert org_short_form("PT Waskita", ["PT Waskita Karya", "PT Waskita"]) == "Waskita Karya"
    assert org_short_form("Brighton", ["Brighton and Hove Albion", "Brighton"]) == (
        "Brighton and Hove Albion"
    )


def test_a_sites_name_read_as_a_person_is_the_body() -> None:
    text = (
        "Layanan pembuat situs Djarung kini hadir untuk pelaku UKM. Djarung menyediakan "
        "domain dan hosting. Informasi lengkap tersedia di Djarung.id."
    )
    found = _mentions(text)
    assert ("Djarung", "PER") not in found
    assert found.count(("Djarung", "ORG")) >= 1


def test_a_speakers_role_run_on_without_a_comma() -> None:
    text = (
        '"Sisanya enggak bisa ikut latihan fisik," kata Edi Syahputra asisten pelatih PSMS Medan.'
    )
    assert _quotes(text)[0][:2] == ("Edi Syahputra", "asisten pelatih PSMS Medan")
    people = [m for m in find_entities(text) if m["label"] == "PER"]
    assert people[0]["text"] == "Edi Syahputra"


def test_a_firm_cut_between_its_legal_forms_is_one() -> None:
    text = (
        "Bank peserta sindikasi antara lain PT Bank Permata Tbk, PT Bank China Construction "
        "Bank Indonesia Tbk, dan PT Bank SBI Indonesia."
    )
    found = find_entities(text)
    assert "Bank Indonesia" not in {m["canonical"] for m in found}
    assert ("PT Bank China Construction Bank Indonesia Tbk", "ORG") in _mentions(text)


def test_a_pronoun_reporting_whose_words_opens_no_speakers_name() -> None:
    text = (
        "Menteri Kiren Rijiju mengatakan India akan mengusir pengungsi. Namun, menurut dia "
        "pemerintah Myanmar menyatakan tidak mau menerima begitu saja orang Rohingya."
    )
    assert _quotes(text)[1][0] == "pemerintah Myanmar"


def test_bad_luck_is_no_city() -> None:
    text = "Malang tak dapat ditolak, Fikri terjepit lift di lantai dua. Ia lahir di Malang."
    assert _mentions(text).count(("Malang", "LOC")) == 1


def test_a_son_named_after_his_father_is_not_the_father() -> None:
    names = resolve_in_document(
        [("Donald Trump", "PER"), ("Trump", "PER"), ("Donald Trump Jr", "PER"), ("Trump", "PER")]
    )
    assert names == ["Donald Trump", "Donald Trump", "Donald Trump Jr", "Donald Trump"]
    # a regnal number is no son's mark
    king = resolve_in_document([("King Charles III", "PER"), ("Charles", "PER")])
    assert king[1] == king[0]
    text = (
        'Presiden Amerika Serikat Donald Trump merilis memo itu. "Ini memalukan," kata Trump. '
        "Sedangkan Donald Trump Jr menyebut dokumen tersebut mengakhiri penyelidikan."
    )
    assert [q[0] for q in _quotes(text)] == ["Donald Trump", "Donald Trump Jr"]


def test_a_nickname_after_a_bare_yang_disapa_and_an_airport_by_its_name_alone() -> None:
    text = (
        "Kepala BPS Suhariyanto menyebut kunjungan naik. Peningkatan tercatat di Bandar Udara "
        'Soekarno Hatta. "Kenaikan tertinggi ada di Soekarno Hatta," ujar pria yang disapa '
        "Ketjuk ini."
    )
    found = find_entities(text)
    assert {m["canonical"] for m in found if m["text"] == "Ketjuk"} == {"Suhariyanto"}
    assert ("Soekarno Hatta", "PER") not in _mentions(text)
    # a university's name alone is more often its namesake's
    campus = (
        "Upacara digelar di Universitas Bung Karno. Teks diperdengarkan dari rekaman suara "
        "asli Bung Karno."
    )
    assert ("Bung Karno", "PER") in _mentions(campus)
