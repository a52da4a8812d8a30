"""Round 65: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def test_a_coachs_squad_opening_a_sentence_is_no_part_of_his_name() -> None:
    text = (
        "Cuaca cerah.\n\nPersela bermain bertahan. Armada Aji Santoso lebih banyak menunggu "
        "datangnya bola.\n\nPelatih: Aji Santoso."
    )
    found = _mentions(text)
    assert ("Aji Santoso", "PER") in found
    assert not any(name.startswith("Armada") for name, _ in found)


def test_a_word_opening_a_sentence_stays_in_a_name_the_article_never_gives_shorter() -> None:
    text = (
        "Cuaca cerah.\n\nArmada Putra Wijaya menjadi juara lomba lari. Panitia memuji Armada "
        "Putra Wijaya."
    )
    assert _mentions(text) == [("Armada Putra Wijaya", "PER")] * 2


def test_a_misspelt_coordinator_is_the_speakers_office() -> None:
    text = (
        "Cuaca cerah.\n\nKordinator Tim Relawan Anies Sandi, Awaluddin mengatakan pihaknya "
        'menerima banyak laporan.\n\n"Kita masuk dalam kondisi darurat," kata Awaluddin.'
    )
    found = _quotes(text)
    assert [(speaker, role) for speaker, role, _ in found] == [
        ("Awaluddin", "Kordinator Tim Relawan Anies Sandi")
    ] * 2


def test_an_epithet_that_names_someone_is_not_the_person_named_first() -> None:
    text = (
        "Cuaca cerah.\n\nPemerintah mendakwa 13 warga Rusia yang membantu Donald Trump. "
        "Dakwaan itu disusun pengacara khusus Robert Mueller.\n\n"
        '"Terdakwa mendukung kampanye calon presiden Donald J Trump," tulis dakwan pimpinan '
        "Mueller itu."
    )
    speaker = _quotes(text)[0][0]
    assert speaker is not None
    assert "Trump" not in speaker


def test_an_epithet_with_no_name_still_means_the_person_named_first() -> None:
    text = (
        "Cuaca cerah.\n\nEd Sheeran memutuskan rehat dari media sosial.\n\n"
        '"Saya ingin melihat dunia," ucap pelantun lagu itu.'
    )
    assert _quotes(text)[0][0] == "Ed Sheeran"


def test_a_persons_epithet_that_names_a_relative_still_means_the_person_named_first() -> None:
    text = (
        "Cuaca cerah.\n\nKhloe Kardashian mengumumkan kabar kehamilannya. Melalui Instagram, "
        "adik kandung Kim Kardashian ini memamerkan perutnya.\n\n"
        '"Mimpi terbesar saya terwujud," tulisnya.'
    )
    assert _quotes(text)[0][0] == "Khloe Kardashian"


def test_a_given_name_that_is_a_clubs_before_an_unknown_surname_in_a_list_of_people() -> None:
    text = (
        "Cuaca cerah.\n\nAcara itu dihadiri Fedi Nuril, Tatjana Saphira, Dewi Sandra, dan "
        "Chelsea Islan."
    )
    assert ("Chelsea Islan", "PER") in _mentions(text)


def test_a_club_closing_a_list_of_people_stays_a_club() -> None:
    text = (
        "Cuaca cerah.\n\nAcara itu dihadiri Fedi Nuril, Tatjana Saphira, Dewi Sandra, dan "
        "Persib Bandung."
    )
    assert ("Persib Bandung", "ORG") in _mentions(text)


def test_whom_he_reports_on_by_name_is_not_who_reports() -> None:
    text = (
        'Cuaca cerah.\n\n"Hai, this is Kim Kardashian," ucap Syahrini dalam video tersebut. Dan '
        'kemudian Kim mengatakan, "Hai", sambil melambaikan tangan.\n\nPertemuan tanpa sengaja '
        "ini menjadi amat berkesan bagi seorang Syahrini. Dalam akun Instagramnya, ia bahkan "
        "mengatakan jika Kim merupakan wanita yang ramah."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == [
        "Syahrini",
        "Kim Kardashian",
        "Syahrini",
    ]


def test_a_speaker_may_name_himself_inside_what_he_is_reported_to_say() -> None:
    text = (
        "Cuaca cerah.\n\nDjanur mengaku lelah. Manajer Persib Umuh Muchtar meminta sang pelatih "
        "untuk memikirkan kembali keinginannya.\n\nMenurutnya, seusai jumpa pers, Djanur "
        "menyatakan dirinya mundur di hadapan Umuh dan para pemain."
    )
    assert _quotes(text)[-1][0] == "Umuh Muchtar"


def test_a_one_word_name_clipped_by_three_letters_or_more_is_the_same_person() -> None:
    text = (
        'Cuaca cerah.\n\n"Sudah padam jam 12.00 WIB," kata Kepala Suku Dinas Penanggulangan '
        "Kebakaran Jakarta Pusat Hardisiswan.\n\nMenurut Hardi, penyebab kebakaran diduga "
        "akibat hubungan arus pendek."
    )
    found = find_entities(text)
    assert {str(m["canonical"]) for m in found if m["label"] == "PER"} == {"Hardisiswan"}
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Hardisiswan", "Hardisiswan"]


def test_a_one_word_name_two_letters_longer_stays_another_person() -> None:
    text = (
        "Cuaca cerah.\n\nRudini menjadi ketua panitia, sedangkan Rudi menjadi bendahara. "
        "Rudini mengaku senang."
    )
    canonicals = {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}
    assert canonicals["Rudi"] == "Rudi"


def test_a_common_noun_before_a_place_is_no_given_name() -> None:
    text = (
        "Cuaca cerah.\n\nDinny Jusuf berjuang memperkenalkan Tenun Mamasa sejak 2014. Untuk ke "
        "Mamasa butuh waktu 10 jam. Kain tenun itu berwarna merah.\n\n"
        '"Ada motif bunga saka," tuturnya.'
    )
    found = _mentions(text)
    assert not any(label == "PER" and "Tenun" in name for name, label in found)
    assert found.count(("Mamasa", "LOC")) == 2
    assert _quotes(text)[0][0] == "Dinny Jusuf"


def test_a_given_name_the_article_writes_small_before_no_place_stays_a_name() -> None:
    text = (
        "Cuaca cerah.\n\nArtis Intan Nuraini membeli kalung intan di Jakarta. Intan Nuraini "
        "tersenyum."
    )
    assert _mentions(text).count(("Intan Nuraini", "PER")) == 2


def test_a_name_closing_a_sentence_after_a_coach_of_a_club_is_the_coach() -> None:
    text = (
        "Cuaca cerah.\n\nCengiz juga bermain untuk timnas Turki besutan mantan pelatih AC "
        "Milan, Fatih Terim."
    )
    assert ("Fatih Terim", "PER") in _mentions(text)
    assert _roles(text)["Fatih Terim"] == "mantan pelatih AC Milan"


def test_a_body_set_off_after_an_office_and_a_country_stays_a_body() -> None:
    text = (
        "Cuaca cerah.\n\nIa kini menjadi presiden dari lembaga akademis terkenal Amerika "
        "Serikat, Dartmouth College."
    )
    assert not any(label == "PER" for _, label in _mentions(text))


def test_his_club_set_off_before_its_name_is_a_club() -> None:
    text = (
        "Cuaca cerah.\n\nMusim lalu dia mencetak tujuh gol untuk membantu klubnya, Istanbul "
        "Basaksehir, menjadi runner-up Super Lig."
    )
    assert ("Istanbul Basaksehir", "ORG") in _mentions(text)


def test_a_person_set_off_after_the_word_club_stays_a_person() -> None:
    text = 'Cuaca cerah.\n\n"Kami kecewa," kata ketua klub, John Williams, di laman resmi klub.'
    assert ("John Williams", "PER") in _mentions(text)


def test_songs_listed_after_a_verb_of_releasing_them_are_no_entities() -> None:
    text = (
        "Cuaca cerah.\n\nSebelum merilis album, penyanyi asal negeri Kiwi ini telah merilis "
        "empat lagu, yaitu Green Light, Liability, Perfect Places, dan Sober."
    )
    names = {name for name, _ in _mentions(text)}
    assert not names & {"Green Light", "Perfect Places"}


def test_people_listed_after_a_film_in_a_sentence_about_artists_stay_people() -> None:
    text = (
        "Cuaca cerah.\n\nAda beberapa artis kenamaan Indonesia lainnya yang juga turut menjadi "
        "pengisi suara di film berdurasi 90 menit itu, seperti Bunga Citra Lestari, Tyson "
        "Lynch, Arie Kriting, dan Tio Pakusadewo."
    )
    found = _mentions(text)
    assert ("Tyson Lynch", "PER") in found
    assert ("Tio Pakusadewo", "PER") in found


def test_lyrics_rapped_by_someone_are_his() -> None:
    text = (
        "Cuaca cerah.\n\nPutra aktor Will Smith, Jaden Smith meluncurkan lagu Batman. Ada "
        "Superman sampai Batman lain yang ia temui.\n\n"
        '"Batman, Batman, Batman/We need to settle the scores," rap Jaden di tengah kerumunan.'
    )
    assert _quotes(text)[0][0] == "Jaden Smith"


def test_a_call_name_set_off_by_dashes_or_brackets_is_the_person_it_names() -> None:
    for aside in ("— sapaan Surono —", "(sapaan Surono)"):
        text = (
            "Cuaca cerah.\n\nMantan Kepala Badan Geologi Surono menegaskan, kawasan itu karst."
            f"\n\nPenegasan itu disampaikan Mbah Rono {aside} berdasarkan datanya.\n\n"
            '"Itu memang karst," kata Mbah Rono.'
        )
        assert _quotes(text)[-1][0] == "Surono"


def test_the_head_of_the_geological_agency_is_named_after_its_field() -> None:
    text = "Cuaca cerah.\n\nKepala Badan Geologi Surono menegaskan, kawasan itu karst."
    assert _quotes(text)[0][:2] == ("Surono", "Kepala Badan Geologi")


def test_a_sea_the_tagger_left_is_a_place() -> None:
    text = (
        "Cuaca cerah.\n\nWalau bernama Laut Hitam, perairan ini tetap biru. Saat ini perairan "
        "Laut Hitam berubah warna, seperti di Samudra Atlantik."
    )
    found = _mentions(text)
    assert found.count(("Laut Hitam", "LOC")) == 2
    assert ("Samudra Atlantik", "LOC") in found


def test_a_sea_word_inside_a_bodys_name_is_no_sea() -> None:
    text = (
        "Cuaca cerah.\n\nIa berkoordinasi dengan jajaran Gugus Keamanan Laut Barat Laksma TNI "
        "Bambang Irawanto dan Angkatan Laut Amerika Serikat."
    )
    assert not any(name.startswith("Laut") for name, _ in _mentions(text))


def test_a_sundanese_form_of_address_before_a_name_is_no_part_of_whom_it_names() -> None:
    text = (
        "Cuaca cerah.\n\nKetua umum PARFI, Gatot Brajamusti, diciduk polisi. Pria yang akrab "
        "disapa AA Gatot ini ditangkap di Lombok.\n\nAa Gatot baru saja terpilih kembali."
    )
    canonicals = {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}
    assert canonicals["AA Gatot"] == canonicals["Aa Gatot"] == "Gatot Brajamusti"


def test_a_person_opening_the_lead_after_a_dateline_is_found() -> None:
    text = (
        "Cuaca cerah.\n\nJakarta, CNN Indonesia - - Usain Bolt menang mudah dan berhasil masuk "
        "final kejuaraan dunia di London, Inggris, Sabtu (5/8).\n\nIni akan menjadi "
        "pertandingan terakhir bagi Bolt."
    )
    found = find_entities(text)
    assert ("Usain Bolt", "PER") in [(m["text"], m["label"]) for m in found]
    assert {str(m["canonical"]) for m in found if m["label"] == "PER"} == {"Usain Bolt"}
    assert ("CNN Indonesia", "ORG") in [(m["text"], m["label"]) for m in found]


def test_a_calling_opening_the_lead_after_a_dateline_is_no_one() -> None:
    text = (
        "Cuaca cerah.\n\nJakarta (ANTARA News) - Animator dan sutradara legendaris asal "
        "Jepang, Hayao Miyazaki, mengumumkan bahwa dia akan pensiun."
    )
    assert not any(name == "Animator" for name, _ in _mentions(text))


def test_a_team_opening_the_lead_after_a_dateline_keeps_its_whole_name() -> None:
    text = (
        "Cuaca cerah.\n\nMerdeka.com - Timnas Indonesia U - 16 melanjutkan hasil apik yang "
        "selama ini mereka raih di beberapa laga uji coba. Timnas U - 16 meraih kemenangan "
        "pada laga pertamanya."
    )
    assert ("Timnas Indonesia U - 16", "ORG") in _mentions(text)
