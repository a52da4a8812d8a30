"""Session 19: warta's entity output scored against the public sets' gold (tagger + rules),
where the rules undid what the tagger had right."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from _extract_support import mentions as _mentions
from _extract_support import roles as _roles

from warta.extract.entities import find_entities
from warta.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Pengawasan harus ditingkatkan," ujar Nelson.', "Nelson"),
        ("Dengan empat gelar juara dunia, Hamilton menjadi pebalap tersukses di F1.", "Hamilton"),
        ("Anggota Komisi III melihat Bambang memiliki kemampuan teknis.", "Bambang"),
        ("Ia merupakan anak dari Haji Ahmad, ulama Minangkabau.", "Ahmad"),
        ("Obama meminta Warren memberikan doa berkat pada pelantikannya.", "Warren"),
        ("Pada upacara itu Ratu Elizabeth didampingi Pangeran Charles.", "Elizabeth"),
    ],
)
def test_a_given_name_that_is_also_some_town_stays_a_person(text: str, name: str) -> None:
    # the gazetteer holds these as geonames towns; the tagger read them as people
    assert (name, "PER") in _mentions(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ribuan warga mengungsi ke Hamilton setelah banjir.", "Hamilton"),
        ("Pemkot Bima telah menyalurkan 1.500 nasi bungkus kepada para pengungsi.", "Bima"),
        ("Jalur dibangun bersama Kabupaten Dompu serta Bima. Selain itu, ada pihak lain.", "Bima"),
        ("Presiden Vladimir Putin tiba di Moskow. Moskow menolak tuduhan itu.", "Moskow"),
    ],
)
def test_a_town_in_a_place_context_is_a_place(text: str, name: str) -> None:
    labels = {label for mention, label in _mentions(text) if name in mention}
    assert labels and "PER" not in labels, _mentions(text)


def test_country_codes_in_results_are_places() -> None:
    text = (
        "Kevin Sanjaya Sukamuljo/Marcus Fernaldi Gideon (INA) mengalahkan pasangan Jepang. "
        "Hasil lengkap: Anthony Ginting (INA) menang atas Lee Zii Jia (MAS)."
    )
    assert ("INA", "PER") not in _mentions(text)


def test_a_club_in_a_list_of_clubs_or_as_the_opponent() -> None:
    text = (
        "Nilai skuat itu cuma kalah dari Bayern Muenchen (566 juta euro), Borussia Dortmund "
        "(376,3), Schalke (216,6), dan Moenchengladbach (163,5)."
    )
    assert ("Moenchengladbach", "PER") not in _mentions(text)
    assert ("Hull", "PER") not in _mentions("Menjelang laga melawan Hull, Kane berambisi.")


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Ketua DPR Agung Laksono mengatakan hal itu di Jakarta.", "Agung Laksono", "Ketua DPR"),
        ("Agung Laksono mengatakan hal itu di Jakarta.", "Agung Laksono", None),
        ("Pemain muda Pratama Arhan mencetak gol kemenangan.", "Pratama Arhan", "Pemain muda"),
        ("Jaksa Agung Prasetyo mengatakan hal itu.", "Prasetyo", "Jaksa Agung"),
        ("Menteri Luar Negeri Retno Marsudi tiba di Kyiv.", "Retno Marsudi", "Menteri Luar Negeri"),
        ("Datuk Seri Anwar Ibrahim tiba di Jakarta.", "Anwar Ibrahim", None),
    ],
)
def test_a_word_that_only_qualifies_a_role_opens_no_role(
    text: str, person: str, role: str | None
) -> None:
    roles = _roles(text)
    assert person in roles, roles
    assert roles[person] == role


def test_a_sites_domain_is_no_role_word() -> None:
    text = (
        "Sebelumnya kepada Suara.com staf ahli Anang, Aris, mengatakan pencalonan itu sudah "
        "dibahas internal partai."
    )
    roles = _roles(text)
    assert not str(roles.get("Aris") or "").startswith("com")
    ((quote),) = extract_quotes(text, entities=find_entities(text))
    assert (quote["speaker"], quote["role"]) == ("Aris", "staf ahli Anang")


def test_a_place_the_tagger_ran_over_a_lower_case_head_is_two() -> None:
    text = (
        "Kelurahan Sampangan berada di kecamatan Gajahmungkur kota Semarang dan kantornya "
        "berada di Jalan Menoreh Raya."
    )
    mentions = _mentions(text)
    assert ("Gajahmungkur", "LOC") in mentions
    assert ("Semarang", "LOC") in mentions
    assert not any(" kota " in name for name, _ in mentions)


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            '"Tersangka ditahan 20 hari," kata Plt Deputi Penindakan KPK Asep Guntur Rahayu '
            "dalam konferensi pers.",
            "Asep Guntur Rahayu",
            "Plt Deputi Penindakan KPK",
        ),
        (
            "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Demak, Agus Nugroho "
            "Luhur Pambudi, mengatakan banjir dipicu jebolnya tanggul.",
            "Agus Nugroho Luhur Pambudi",
            "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Demak",
        ),
        (
            "Bupati Demak Eisti'anah meminta warga tetap waspada.",
            "Eisti'anah",
            "Bupati Demak",
        ),
    ],
)
def test_roles_over_fields_brackets_and_one_word_names(text: str, person: str, role: str) -> None:
    roles = _roles(text)
    assert roles.get(person) == role, roles


def test_a_country_after_a_title_is_not_split_before_a_verb() -> None:
    mentions = _mentions("Presiden terpilih Amerika Serikat menyatakan siap bekerja sama.")
    assert ("Amerika Serikat", "LOC") in mentions
    assert not any(label == "PER" for _, label in mentions)


def test_initials_closing_a_sentence_end_it() -> None:
    from warta.extract.tokenize import sentences

    text = (
        "Suap diberikan Direktur PT Karya Bumi Sejahtera berinisial RW dan Komisaris CV Lintas "
        "Andalas berinisial TN. Keduanya juga telah ditetapkan sebagai tersangka."
    )
    assert len(sentences(text)) == 2
    assert ("TN", "PER") in _mentions(text)
    # abbreviations written in capitals still hold the sentence together
    assert len(sentences("Hadir KH. Ma'ruf Amin dan direksi PT. Freeport Indonesia.")) == 1
    assert len(sentences("Menurut Tn. Smith, itu benar.")) == 1


def test_short_forms_in_capitals_keep_their_own_key() -> None:
    from warta.extract.canonical import canonical_key

    # the spelling folds ("ss" → "s", "c" → "k") must not join different bodies
    assert canonical_key("PBB") != canonical_key("PB")
    assert canonical_key("PSSI") != canonical_key("PSI")
    assert canonical_key("BSSN") != canonical_key("BSN")
    assert canonical_key("CBS") != canonical_key("KBS")
    assert canonical_key("PPP Jateng") != canonical_key("PP Jateng")
    # aliases still meet, and names from a results table in capitals still join running text
    assert canonical_key("Perserikatan Bangsa-Bangsa") == canonical_key("PBB")
    assert canonical_key("MARC MARQUEZ") == canonical_key("Marc Marquez")
    assert canonical_key("Ratu Elizabeth II") == canonical_key("Ratu Elizabeth Ii")
    assert canonical_key("Zelenskyy") == canonical_key("Zelensky")


def test_the_knowledge_base_keeps_the_un_apart_from_a_club(tmp_path: Path) -> None:
    from warta.store.entities import add_document_entities, ensure_schema, get_entity

    conn = sqlite3.connect(tmp_path / "kb.db")
    ensure_schema(conn)
    texts = {
        "a": "Klub PB Bandung mencari pemilik baru. Pengurus PB menolak berkomentar.",
        "b": "Sekretaris Jenderal PBB Antonio Guterres tiba di Jakarta. PBB menyerukan damai.",
    }
    for doc_id, text in texts.items():
        add_document_entities(conn, doc_id, find_entities(text))
    conn.commit()
    un = get_entity(conn, "PBB")
    assert un is not None and un.name == "PBB"
    assert {d.doc_id for d in un.documents} == {"b"}


def test_a_patronymic_holds_a_quoted_name_together() -> None:
    text = (
        "Perdana Menteri Qatar Sheikh Mohammed bin Abdulrahman Al Thani mengatakan kesepakatan "
        'itu mencakup pembebasan sandera.\n\n"Kami berharap kesepakatan ini membuka jalan," kata '
        "Al Thani dalam konferensi pers di Doha."
    )
    quotes = extract_quotes(text, entities=find_entities(text))
    assert [q["speaker"] for q in quotes] == ["Sheikh Mohammed bin Abdulrahman Al Thani"] * 2


def test_a_leaders_office_speaks_for_itself() -> None:
    text = (
        "Kantor Perdana Menteri Israel Benjamin Netanyahu menyatakan kabinet keamanan akan "
        "memberikan suara atas kesepakatan itu pada Senin malam."
    )
    ((quote),) = extract_quotes(text, entities=find_entities(text))
    assert quote["speaker"] == "Kantor Perdana Menteri Israel"


def test_a_given_name_after_a_body_with_its_unit_and_field() -> None:
    text = (
        "Direktur Eksekutif Departemen Komunikasi BI Ramdan Denny Prakoso mengatakan BI "
        "melakukan intervensi di pasar spot."
    )
    roles = _roles(text)
    assert roles.get("Ramdan Denny Prakoso") == "Direktur Eksekutif Departemen Komunikasi BI"


def test_english_wire_copy() -> None:
    text = (
        "JAKARTA, Nov 19 (Reuters) - Bank Indonesia kept its benchmark rate unchanged. "
        '"The decision is consistent," Governor Perry Warjiyo told reporters. Finance Minister '
        "Sri Mulyani Indrawati said the budget is safe."
    )
    mentions = _mentions(text)
    assert not any(name.startswith("Nov") for name, _ in mentions)
    roles = _roles(text)
    assert roles.get("Perry Warjiyo") == "Governor"
    assert roles.get("Sri Mulyani Indrawati") == "Finance Minister"


def test_initials_with_an_age_after_a_calling_are_people() -> None:
    text = (
        "Polisi menangkap pria berinisial DS (27) yang membunuh pemilik warung kelontong, SR "
        "(54), di Bekasi. Korban ditemukan oleh anaknya, RA (19)."
    )
    people = [name for name, label in _mentions(text) if label == "PER"]
    assert people == ["DS", "SR", "RA"]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Kasat Reskrim Polres Metro Bekasi AKBP Sang Ngurah Wiratama menambahkan, polisi "
            "menyita barang bukti.",
            "Sang Ngurah Wiratama",
            "Kasat Reskrim Polres Metro Bekasi",
        ),
        (
            "Kepala Dinkes Jatim dr Erwin Astha Triyono mengatakan, kasus tertinggi di Jember.",
            "Erwin Astha Triyono",
            "Kepala Dinkes Jatim",
        ),
    ],
)
def test_a_rank_or_form_of_address_ends_the_body_before_a_name(
    text: str, person: str, role: str
) -> None:
    roles = _roles(text)
    assert roles.get(person) == role, roles
    assert not any(person in name and label == "ORG" for name, label in _mentions(text))


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Nana didampingi Kapolda Jawa Tengah Irjen Pol Ribut Hari Wibowo.",
            "Ribut Hari Wibowo",
            "Kapolda Jawa Tengah",
        ),
        ("Danrem 061 Kolonel Inf Ali Aspar juga hadir.", "Ali Aspar", "Danrem 061"),
        (
            "Plt Kepala Pelaksana BPBD Banjarnegara Andri Sulistyo mengatakan warga mengungsi.",
            "Andri Sulistyo",
            "Plt Kepala Pelaksana BPBD Banjarnegara",
        ),
    ],
)
def test_names_and_roles_after_ranks_corps_units_and_places(
    text: str, person: str, role: str
) -> None:
    roles = _roles(text)
    assert roles.get(person) == role, roles


def test_a_headline_verb_the_body_writes_with_its_prefix_is_no_name() -> None:
    text = (
        "Pj Gubernur Jateng Tinjau Lokasi Longsor di Banjarnegara\n\n"
        "BANJARNEGARA - Penjabat Gubernur Jawa Tengah Nana Sudjana meninjau lokasi tanah longsor "
        "di Kabupaten Banjarnegara, Sabtu."
    )
    headline = [name for name, _ in _mentions(text) if text.index(name) < 60]
    assert "Jateng" in headline
    assert not any("Tinjau" in name for name in headline)


def test_a_role_runs_over_a_short_form_in_brackets_inside_it() -> None:
    roles = _roles(
        "Penjabat (Pj) Gubernur Jawa Tengah Nana Sudjana meninjau lokasi longsor. Menteri "
        "Pariwisata (Menpar) Arief Yahya hadir."
    )
    assert roles.get("Nana Sudjana") == "Penjabat (Pj) Gubernur Jawa Tengah"
    assert roles.get("Arief Yahya") == "Menteri Pariwisata (Menpar)"


def test_a_partys_seats_in_brackets_leave_it_a_party() -> None:
    text = (
        "Kursi dibagi kepada Golkar, PKB (47) dan PDIP (58). Sopir bus, AS (45), selamat. "
        "Korban SR (54) tewas di lokasi."
    )
    mentions = _mentions(text)
    assert ("PKB", "ORG") in mentions
    assert ("AS", "PER") in mentions
    assert ("SR", "PER") in mentions
    roles = _roles("Mereka adalah Bripka AS (33), Bripka DR (33) dan Bripka DM (35).")
    assert roles == {"AS": "Bripka", "DR": "Bripka", "DM": "Bripka"}


def test_a_bodys_last_word_is_no_given_name_of_the_speaker() -> None:
    text = (
        "Raisa merilis album baru.\n\nCEO PT Juni Records Adryanto Pratono menyebut album "
        "terbaru Raisa tetap dirilis sesuai jadwal pada Februari 2027."
    )
    ((quote),) = extract_quotes(text, entities=find_entities(text))
    assert (quote["speaker"], quote["role"]) == ("Adryanto Pratono", "CEO PT Juni Records")
