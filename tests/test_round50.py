"""Round 50: callings shared by the names listed after them, housewives, and what closes a
role read before a name ("adalah", "macam")."""

from __future__ import annotations

from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities

_WITNESSES = (
    "Sembilan saksi tersebut berasal dari unsur pengusaha yakni Gunawan dan Lie Samsudin, ibu "
    "rumah tangga Lydia Kristiana, Merry Pardi, Novi Widyana, dan Ranti Widowati, karyawan "
    "swasta Siman Tanoto, serta pengacara Otto de Ruitter dan Nino Sukarna."
)


def test_a_calling_before_a_list_of_names_is_each_ones() -> None:
    roles = _roles(_WITNESSES)
    assert roles["Gunawan"] == roles["Lie Samsudin"] == "pengusaha"
    for name in ("Lydia Kristiana", "Merry Pardi", "Novi Widyana", "Ranti Widowati"):
        assert roles[name] == "ibu rumah tangga", name
    assert roles["Siman Tanoto"] == "karyawan swasta"
    assert roles["Otto de Ruitter"] == roles["Nino Sukarna"] == "pengacara"


def test_the_calling_before_the_next_name_is_not_the_one_before() -> None:
    # the housewife is Lydia, not Gunawan before the comma
    roles = _roles(
        "Penyidik KPK memeriksa Gunawan Wibisono, ibu rumah tangga Lydia Kristiana, serta "
        "pengusaha Siman Tanoto."
    )
    assert roles["Gunawan Wibisono"] is None
    assert roles["Lydia Kristiana"] == "ibu rumah tangga"


def test_an_office_or_a_relation_before_a_pair_is_the_first_ones() -> None:
    roles = _roles("Acara itu dihadiri anak Budi Santoso dan Ani Lestari dari Bogor.")
    assert roles.get("Ani Lestari") is None
    roles = _roles("Hadir pula Presiden Joko Widodo dan Iriana Joko Widodo di sana.")
    assert roles["Joko Widodo"] == "Presiden"
    assert roles.get("Iriana Joko Widodo") is None


def test_a_squad_listed_after_a_keeper_holds_no_keeper_but_one() -> None:
    text = (
        "Nyaris seluruh pemain inti Persib ada di latihan tersebut, seperti kiper I Made "
        "Wirawan, Supardi Nasir, Vladimir Vujovic, Kim Kurniawan, dan Atep."
    )
    roles = _roles(text)
    assert roles["I Made Wirawan"] == "kiper"
    assert roles["Supardi Nasir"] is None and roles["Atep"] is None
    # two of a position joined by "dan" are both
    roles = _roles("Bayern tampil tanpa dua bek tangguh Jerome Boateng dan Mats Hummels.")
    assert roles["Jerome Boateng"] == roles["Mats Hummels"] == "bek tangguh"


def test_the_last_name_with_its_own_calling_after_it_keeps_apart() -> None:
    roles = _roles("Hadir petani Budi Santoso dan Ahmad Fauzi, guru SD setempat, di acara itu.")
    assert roles["Budi Santoso"] == "petani"
    assert roles.get("Ahmad Fauzi") != "petani"


def test_a_copula_or_such_as_closes_no_role() -> None:
    roles = _roles(
        '"Sudah jelas bahwa inisiator sekaligus pelaku utama adalah Ali Fahmi, dan Eko '
        'melakukan tindak pidana atas perintah atasannya," ucap Soesilo.'
    )
    assert roles["Ali Fahmi"] == "pelaku utama"
    assert roles.get("Eko") is None
    roles = _roles(
        "China bimbang mengandalkan Lin Dan atau percaya pada pemain muda macam Shi Yuqi dan "
        "Tian Houwei untuk menemani Chen Long."
    )
    assert roles["Shi Yuqi"] == roles["Tian Houwei"] == "pemain muda"


def _canon(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_entities(text):
        out.setdefault(str(m["text"]), set()).add(str(m["canonical"]))
    return out


def test_a_word_clipping_a_fuller_name_is_that_person() -> None:
    text = (
        "Calon Wakil Gubernur DKI Jakarta Sandiaga Salahuddin Uno mengungkapkan solusi "
        'kebakaran. "Ini usulan relawan," kata Sandiaga Uno kepada wartawan. Menurut Sandi, '
        "Damkar roda tiga tersebut mudah bergerak."
    )
    assert _canon(text)["Sandi"] == {"Sandiaga Salahuddin Uno"}
    text = (
        "Sekjen PBSI, Achmad Budiharto, mengakui kekalahan di Piala Sudirman. Kekalahan itu "
        'diakui oleh Budi bukan karena percaya diri. "Ada catatan penting," kata Budi.'
    )
    assert _canon(text)["Budi"] == {"Achmad Budiharto"}


def test_a_word_some_name_holds_whole_clips_no_other() -> None:
    text = (
        "Sekjen PBSI, Achmad Budiharto, mengakui kekalahan di Piala Sudirman. Pelatih Budi "
        'Santoso juga hadir. "Ada catatan penting," kata Budi.'
    )
    assert _canon(text)["Budi"] == {"Budi Santoso"}
    # nor two people whose names it clips
    text = "Rapat dihadiri Sandiaga Uno dan Sandiman Hartono. Menurut Sandi, rapat berjalan baik."
    assert "Sandiaga Uno" not in _canon(text).get("Sandi", {"Sandi"})


def test_a_doubles_name_runs_over_a_word_of_the_language_to_the_slash() -> None:
    text = (
        "Mereka menang atas pasangan ganda campuran Taiwan, Lee Yang/Hsu Ya Ching, dalam "
        "pertandingan dua game."
    )
    names = {str(m["text"]) for m in find_entities(text) if m["label"] == "PER"}
    assert {"Lee Yang", "Hsu Ya Ching"} <= names


def test_a_calling_after_one_of_set_off_after_the_name() -> None:
    text = (
        '"Saya maunya ada revisi Perda," kata Ipung, satu manager karaoke di kawasan, BSD, '
        "Serpong. Pria itu teridentifikasi bernama Kevin Janson Neal, seorang warga lokal yang "
        "pernah ditahan."
    )
    roles = _roles(text)
    assert roles["Ipung"] == "manager karaoke"
    assert roles["Kevin Janson Neal"] == "warga lokal"
    assert [(s, r) for s, r, _ in _quotes(text)] == [("Ipung", "manager karaoke")]
    # not a relation, which names no one here
    roles = _roles(
        "Kami informasikan kematian Malcolm Young, seorang suami, ayah, kakek, dan saudara."
    )
    assert roles["Malcolm Young"] is None


def test_where_written_small_closes_no_calling_set_off() -> None:
    roles = _roles(
        "Hal itu disampaikan Wiwid, guru di wilayah Singosari. Menurut Deepshikha Agarwal, "
        "ahli gizi di Mumbai, sarapan itu penting. Ujar Budi Hartono, pedagang di pasar, kemarin."
    )
    assert roles["Deepshikha Agarwal"] == "ahli gizi di Mumbai"
    assert roles["Budi Hartono"] == "pedagang"


def _labels(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["label"]) for m in find_entities(text)}


def test_a_club_named_in_full_is_a_body_outside_sports_news_too() -> None:
    text = (
        "Jakarta, CNN Indonesia - - Bintang Oklahoma City Thunder, Russell Westbrook, meraih "
        "gelar itu. Pemain Milwaukee Bucks Malcolm Brogdon terpilih sebagai pendatang baru. "
        "Laga itu mempertemukan Philadelphia 76ers dan Sacramento Kings."
    )
    labels = _labels(text)
    for club in ("Oklahoma City Thunder", "Milwaukee Bucks", "Philadelphia 76ers"):
        assert labels.get(club) == "ORG", club
    assert "Thunder" not in labels
    roles = _roles(text)
    assert roles["Russell Westbrook"] == "Bintang Oklahoma City Thunder"
    assert roles["Malcolm Brogdon"] == "Pemain Milwaukee Bucks"


def test_a_role_is_read_again_for_people_the_rules_found() -> None:
    # the tagger's reading of "Thunder" as a person closed the role; a star's calling too
    roles = _roles(
        "Sementara itu penghargaan diberikan kepada bintang Golden State, Draymond Green."
    )
    assert roles["Draymond Green"] == "bintang Golden State"


def test_one_word_led_by_or_a_relation_alone_is_no_role() -> None:
    roles = _roles(
        "Kelompok penyidik di bawah komando Aris tak pernah akur dengan geng penyidik pimpinan "
        "Novel Baswedan. Saudara Lohan, Mike Lohan baru saja menikah."
    )
    assert roles["Novel Baswedan"] is None
    assert roles.get("Lohan") is None


def test_an_office_alone_after_menurut_closes_before_the_name() -> None:
    text = "Menurut Kapolsek, S mengaku anggota polisi untuk menghindari amukan massa."
    assert _roles(text).get("S") is None
    # set off on both sides, the office is the person's
    roles = _roles("Menurut Kapolsek, Kompol Bayu Suseno, pelaku sudah ditangkap.")
    assert roles["Bayu Suseno"] in ("Kapolsek", "Kompol")


def test_then_after_a_calling_set_off_is_no_unit() -> None:
    roles = _roles(
        '"Saya kehilangan gigi," ungkap Moore. Jimmy Fallon, sang pembawa acara lantas '
        "menunjukkan sebuah foto."
    )
    assert roles["Jimmy Fallon"] == "pembawa acara"


def test_a_document_pointed_back_to_is_no_person_in_focus() -> None:
    text = (
        "Trump menyerang Direktur FBI dengan mengeluarkan dokumen empat halaman dari Partai "
        "Republik.\n\nMemo itu mengklaim, penyelidikan yang didanai Demokrat mendorong FBI "
        "untuk memata-matai Carter Page.\n\n"
        '"Operasi terdakwa termasuk mendukung kampanye calon presiden Donald J Trump," tulis '
        "dakwaan pimpinan Mueller itu."
    )
    speakers = [s for s, _, _ in _quotes(text)]
    assert speakers == ["Memo itu", "dakwaan pimpinan Mueller itu"]


def test_a_body_read_without_its_first_words_is_the_whole_name_written_before() -> None:
    text = (
        "Warga Rusia itu adalah anggota perusahaan yang berbasis di St Petersburg, bernama "
        'Internet Research Agency LLC.\n\n"Organisasi ini (Internet Research Agency LLC) '
        'memiliki tujuan strategis," tulis dakwaan itu.'
    )
    bodies = [str(m["text"]) for m in find_entities(text) if m["label"] == "ORG"]
    assert bodies == ["Internet Research Agency LLC", "Internet Research Agency LLC"]


def test_english_office_words_alone_are_no_person() -> None:
    text = (
        "\u201c Jika anda mondar-mandir di antara rak, manusia kurang bisa melakukannya, \u201d "
        "ujar Chief Technology Officer (CTO) Jeremy King kepada Reuters (26/10)."
    )
    people = [str(m["text"]) for m in find_entities(text) if m["label"] == "PER"]
    assert people == ["Jeremy King"]


def test_a_body_closed_on_a_saints_word_runs_over_the_name_after_it() -> None:
    labels = _labels(
        "Ramirez yang melatih tim catur Universitas Saint Louis itu tak ragu menyebut Kasparov."
    )
    assert labels.get("Universitas Saint Louis") == "ORG"
    assert "Louis" not in labels


def test_a_chess_or_badminton_player_is_a_calling() -> None:
    roles = _roles(
        "Pebulutangkis tunggal putra Indonesia Tommy Sugiarto menang. Pecatur Rusia Sergey "
        "Karjakin kalah."
    )
    assert roles["Tommy Sugiarto"] == "Pebulutangkis tunggal putra Indonesia"
    assert roles["Sergey Karjakin"] == "Pecatur Rusia"


def test_an_office_after_what_someone_said_as_a_noun_is_the_next_persons() -> None:
    roles = _roles(
        "Misbakhun menanggapi pengakuan Kepala Kantor Wilayah Direktorat Jenderal Pajak Jakarta "
        "Khusus, Muhammad Hanif yang menyebut Google menolak diperiksa."
    )
    assert roles["Muhammad Hanif"] == (
        "Kepala Kantor Wilayah Direktorat Jenderal Pajak Jakarta Khusus"
    )
    # not a clause, then its subject
    roles = _roles(
        "Menurut keterangan sang istri, Agus Santoso mengatakan Atim sering meninggalkan rumah."
    )
    assert roles["Agus Santoso"] is None
