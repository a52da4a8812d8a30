"""Session 22: fresh articles in today's styles (a volcano eruption, a regional election
count, car sales, a tin corruption verdict, a Liga 1 derby, the hajj quota, a market fire, a
phone launch, a shooting in Papua, a BI rate decision, a hilal decision, a bus crash, chilli
prices, a Bernama wire, a drug bust, dengue, a K-pop concert, a Gaza strike, a market close):
the misses they showed."""

from __future__ import annotations

from typing import Any

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities
from warta.extract.quantities import extract_quantities
from warta.extract.quotes import extract_quotes
from warta.extract.quotes.mention_roles import roles_from_quotes


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def _with_quote_roles(text: str) -> list[dict[str, Any]]:
    """The article's mentions after the quote step gave them the roles it read."""
    found = find_entities(text)
    roles_from_quotes(text, found, extract_quotes(text, entities=found))
    return found


def _amounts(text: str) -> list[tuple[str, float, str | None]]:
    return [(q["text"], q["value"], q["counts"]) for q in extract_quantities(text)]


# --- roles the quote attribution read ------------------------------------------------------


def test_a_speakers_role_read_by_the_attribution_is_the_mentions_role() -> None:
    text = (
        "Playmaker Real Madrid Luca Modric mengatakan timnya siap menghadapi laga final. "
        '"Kami sudah bekerja keras sepanjang musim," kata Modric.'
    )
    assert _roles(text)["Luca Modric"] is None  # the entity step's walk alone misses it
    people = [m for m in _with_quote_roles(text) if m["label"] == "PER"]
    assert people[0]["text"] == "Luca Modric"
    assert people[0]["role"] == "Playmaker Real Madrid"


def test_a_role_read_by_the_attribution_that_names_someone_elses_relation_is_left() -> None:
    text = (
        'Tim kuasa hukum Miryam S Haryani menyatakan kliennya akan hadir. "Kami hormati '
        'panggilan itu," kata tim kuasa hukum Miryam.'
    )
    people = [m for m in _with_quote_roles(text) if m["label"] == "PER"]
    assert all(m.get("role") is None for m in people)


def test_a_role_the_attribution_read_over_a_clause_is_left() -> None:
    found = [{"text": "Lewis Hamilton", "label": "PER", "start": 25, "end": 39}]
    text = "Keberhasilan pebalap Mercedes Lewis Hamilton mengatakan ia senang."
    found[0]["start"], found[0]["end"] = text.index("Lewis"), text.index("Lewis") + 14
    quote = {
        "speaker": "Lewis Hamilton",
        "role": "Keberhasilan pebalap Mercedes",
        "anonymous": False,
    }
    roles_from_quotes(text, found, [quote])
    assert "role" not in found[0]


def test_a_role_the_walk_cut_short_is_widened_by_the_attribution() -> None:
    text = (
        "Marketing Director PT Toyota-Astra Motor (TAM) Anton Jimmi Suwandy mengatakan model "
        "hybrid menjadi penopang penjualan."
    )
    people = [m for m in _with_quote_roles(text) if m["label"] == "PER"]
    assert people[0]["role"] == "Marketing Director PT Toyota-Astra Motor (TAM)"


# --- roles -----------------------------------------------------------------------------------


def test_an_english_title_set_off_before_the_name_keeps_its_field() -> None:
    roles = _roles(
        "MX Product Marketing Senior Manager Samsung Electronics Indonesia, Verry Octavianus, "
        "mengatakan fitur itu kini mendukung bahasa Indonesia."
    )
    assert roles["Verry Octavianus"] == (
        "MX Product Marketing Senior Manager Samsung Electronics Indonesia"
    )


def test_a_listed_companys_code_after_its_abbreviated_legal_form_stays_in_the_role() -> None:
    text = (
        "Senada, Kepala Ekonom PT Bank Central Asia Tbk. (BBCA) David Sumual menilai BI lebih "
        "memprioritaskan stabilitas."
    )
    assert _roles(text)["David Sumual"] == "Kepala Ekonom PT Bank Central Asia Tbk. (BBCA)"
    assert _canonical(text)["BBCA"] == "Bank Central Asia"


def test_a_field_its_short_form_spells_out_stays_in_the_role() -> None:
    roles = _roles(
        "Direktur Jenderal Penyelenggaraan Haji dan Umrah (PHU) Kemenag Hilman Latief "
        "menjelaskan, pembagian kuota sudah sesuai."
    )
    assert roles["Hilman Latief"] == (
        "Direktur Jenderal Penyelenggaraan Haji dan Umrah (PHU) Kemenag"
    )


def test_a_military_unit_by_number_and_name_is_one_body_in_the_role() -> None:
    text = (
        "Panglima TNI memerintahkan Pangdam XVII/Cenderawasih Mayjen TNI Rudi Puruwito "
        "menindak tegas pelaku. Danyon Yonif 500/Sikatan Letkol Inf Budi Santoso mengatakan "
        "kedua korban tewas."
    )
    found = _mentions(text)
    assert ("XVII/Cenderawasih", "ORG") in found
    assert ("Yonif 500/Sikatan", "ORG") in found
    assert ("Yonif", "PER") not in found
    roles = _roles(text)
    assert roles["Rudi Puruwito"] == "Pangdam XVII/Cenderawasih"
    assert roles["Budi Santoso"] == "Danyon Yonif 500/Sikatan"


def test_a_rank_that_is_also_a_brand_before_a_name_is_the_rank() -> None:
    text = "Kedua korban ialah Pratu Ardiansyah dan Prada Yohanis Kogoya dari Satgas."
    assert ("Prada", "ORG") not in _mentions(text)
    assert _roles(text)["Yohanis Kogoya"] == "Prada"


def test_a_polda_directors_short_office_opens_a_role() -> None:
    roles = _roles(
        "Dirresnarkoba Polda Riau Kombes Pol Putu Yudha Prawira mengatakan barang itu "
        "diselundupkan dari Malaysia."
    )
    assert roles["Putu Yudha Prawira"] == "Dirresnarkoba Polda Riau"


def test_an_english_titles_field_is_no_part_of_the_firm() -> None:
    text = "Head of Research Kiwoom Sekuritas Indonesia Sukarno Alatas menilai penguatan itu."
    assert ("Kiwoom Sekuritas Indonesia", "ORG") in _mentions(text)
    assert _roles(text)["Sukarno Alatas"] == "Head of Research Kiwoom Sekuritas Indonesia"


# --- names and types ---------------------------------------------------------------------------


def test_a_policy_rate_is_no_body_and_leaves_the_banks_short_form_alone() -> None:
    text = (
        "Bank Indonesia mempertahankan suku bunga acuan BI Rate sebesar 5,75%. Gubernur BI "
        'Perry Warjiyo menyatakan perubahan ke "BI 7 - day Reverse Repo Rate" relevan.'
    )
    found = find_entities(text)
    assert "BI Rate" not in {m["text"] for m in found}
    assert {m["canonical"] for m in found if m["text"] == "BI"} == {"Bank Indonesia"}


def test_the_republic_after_a_state_bodys_name_is_no_other_body() -> None:
    canonical = _canonical(
        "Angka itu dibahas bersama Komisi VIII DPR RI. Anggota Komisi VIII DPR Maman hadir. "
        "Kementerian Luar Negeri RI menyampaikan kecaman. Juru Bicara Kemlu RI Rolliansyah "
        "Soemirat menegaskan sikap itu. Kedutaan Besar RI di Kairo buka."
    )
    assert canonical["Komisi VIII DPR RI"] == canonical["Komisi VIII DPR"]
    assert canonical["Kemlu RI"] == canonical["Kementerian Luar Negeri RI"]
    assert canonical["Kedutaan Besar RI"] == "Kedutaan Besar RI"


def test_a_full_stop_after_a_closing_letter_ends_the_sentence_not_the_name() -> None:
    found = _mentions(
        "Api berasal dari korsleting di salah satu kios di Blok B. Tidak ada korban jiwa. "
        "Laga berlangsung di Stadion H. Agus Salim, Sabtu."
    )
    assert ("Blok B", "LOC") in found
    assert ("Blok B.", "LOC") not in found
    assert ("Stadion H", "LOC") not in found


def test_a_mountains_name_alone_is_the_mountain() -> None:
    text = (
        "Gunung Lewotobi Laki-laki kembali erupsi. Petugas Pos Pengamatan Gunung Api (PGA) "
        "Lewotobi, Herman Yosef Mboro, menyebut hujan abu turun."
    )
    assert ("Lewotobi", "LOC") in _mentions(text)
    assert ("Lewotobi", "PER") not in _mentions(text)


def test_a_company_written_without_its_legal_form_ends_before_the_person() -> None:
    text = (
        "Vonis dijatuhkan kepada mantan Direktur Utama PT Timah Tbk Mochtar Riza Pahlevi "
        "Tabrani. Dalam perkara yang sama, mantan Direktur Keuangan PT Timah Emil Ermindra "
        "divonis 8 tahun penjara."
    )
    assert ("PT Timah", "ORG") in _mentions(text)
    assert _roles(text)["Emil Ermindra"] == "mantan Direktur Keuangan PT Timah"


def test_a_body_defined_by_a_short_form_of_syllables_is_a_body() -> None:
    text = (
        "Penjualan turun menurut data Gabungan Industri Kendaraan Bermotor Indonesia "
        "(Gaikindo). Data Asosiasi Pengusaha Ritel Indonesia (Aprindo) juga turun, kata Ketua "
        "Umum Aprindo Solihin."
    )
    found = _mentions(text)
    assert ("Gabungan Industri Kendaraan Bermotor Indonesia", "ORG") in found
    assert ("Gaikindo", "ORG") in found
    assert ("Aprindo Solihin", "PER") not in found
    assert _roles(text)["Solihin"] == "Ketua Umum Aprindo"


def test_one_word_after_a_defined_short_form_is_no_name_where_more_capitals_follow() -> None:
    found = _mentions(
        "Malaysia Organising Committee (MASOC) hadir. Menurut Sekretaris MASOC Sports & "
        "Technical Committee Dato' Low Beng Choo, bus itu rusak."
    )
    assert ("Sports", "PER") not in found


def test_a_given_name_after_its_title_takes_the_capitalised_word_after_it() -> None:
    found = _mentions(
        "Di kubu lawan, pelatih Persija Carlos Pena kecewa dengan keputusan wasit. Ia "
        "menerima hasil itu."
    )
    assert ("Carlos Pena", "PER") in found


def test_feasts_and_hijri_dates_are_no_names() -> None:
    found = _mentions(
        "Adapun 1 Syawal 1448 H jatuh pada Sabtu, 20 Maret 2027, dan Idul Adha (10 Zulhijah) "
        "pada Kamis. Pemain Ramadhan Sananta hadir saat libur Natal."
    )
    assert ("Ramadhan Sananta", "PER") in found
    assert not {name for name, _ in found} & {"Idul Adha", "Zulhijah", "Natal"}


def test_a_name_with_an_age_the_tagger_left_out_is_a_person() -> None:
    found = _mentions(
        "Korban meninggal dunia masing-masing Suharti (54), Rina Marlina (41), dan Agus "
        "Setiawan (38). Kakek (70) itu tewas. Warga Bekasi (30) hadir."
    )
    assert ("Suharti", "PER") in found
    assert ("Kakek", "PER") not in found
    assert ("Bekasi", "PER") not in found


def test_a_town_only_geonames_knows_that_the_article_quotes_someone_by_is_a_person() -> None:
    found = _mentions(
        "Salah satunya, Nadia Putri (22), mahasiswi asal Depok, mengaku sudah menunggu. "
        '"Sudah antre dari jam 11," kata Nadia. "Macet," kata Bogor.'
    )
    assert ("Nadia Putri", "PER") in found
    assert ("Nadia", "PER") in found
    assert ("Bogor", "LOC") in found


def test_initials_listed_between_semicolons_are_people() -> None:
    found = _mentions(
        "Ketiga tersangka masing-masing berinisial RH (34), warga Bengkalis; MZ (29), warga "
        "Dumai; dan SA alias Ucok (41), warga Medan."
    )
    assert {("RH", "PER"), ("MZ", "PER"), ("SA", "PER")} <= set(found)


def test_a_venue_named_by_its_kind_takes_the_name_after_it() -> None:
    found = _mentions(
        "Harga cabai di Pasar Induk Caringin melonjak. Konferensi pers digelar di Kantor PP "
        "Muhammadiyah, Jalan Cik Di Tiro, Yogyakarta."
    )
    assert ("Pasar Induk Caringin", "LOC") in found
    assert ("Jalan Cik Di Tiro", "LOC") in found


def test_the_end_of_a_route_is_a_place_and_a_name_after_merek_a_brand() -> None:
    found = _mentions(
        "Jalan di pedalaman Sabah akan dinaik taraf, termasuk laluan Keningau ke Nabawan. "
        "Sabu dikemas dalam bungkus teh bermerek Guanyinwang. Produk merek Indonesia laris."
    )
    assert ("Nabawan", "LOC") in found
    assert ("Guanyinwang", "ORG") in found
    assert ("Indonesia", "LOC") in found


def test_a_country_then_a_bodys_short_form_is_two_names() -> None:
    found = _mentions("Merek asal China BYD mencatat 4.018 unit bulan lalu.")
    assert ("China", "LOC") in found
    assert ("BYD", "ORG") in found


def test_a_lower_case_word_closing_a_body_is_no_part_of_it_unless_it_names_one() -> None:
    found = _mentions(
        "Toyota Kijang Innova Zenix hybrid menjadi penopang. Ia tinggal di Kebon jeruk dan "
        "Jakarta pusat. Kredit dari Bank bjb naik."
    )
    assert ("Toyota Kijang Innova Zenix", "ORG") in found
    assert ("Jakarta pusat", "LOC") in found
    assert ("Kebon jeruk", "LOC") in found
    assert ("Bank bjb", "ORG") in found


def test_a_hospital_named_after_a_doctor_stays_one_body() -> None:
    found = _mentions(
        "Dokter spesialis anak RSUP Dr. Hasan Sadikin, dr. Djatnika Setiabudi, Sp.A(K), "
        "mengingatkan orang tua."
    )
    assert ("RSUP Dr. Hasan Sadikin", "ORG") in found
    assert ("Djatnika Setiabudi", "PER") in found


def test_a_body_run_into_a_name_ends_where_the_article_calls_the_person_alone() -> None:
    text = (
        "Promotor Mecimapro melalui akun resminya menyebut tiket habis. CEO Mecimapro "
        'Fransiska Dimitri Inkiriwang mengatakan pihaknya bernegosiasi. "Kami usahakan," '
        "ujar Fransiska."
    )
    assert ("Mecimapro", "ORG") in _mentions(text)
    assert _roles(text)["Fransiska Dimitri Inkiriwang"] == "CEO Mecimapro"


# --- quotes ------------------------------------------------------------------------------------


def test_a_relative_clauses_head_after_a_preposition_is_the_speaker() -> None:
    quotes = _quotes(
        "Vonis tersebut lebih ringan dari tuntutan jaksa penuntut umum (JPU) yang meminta "
        "hakim menjatuhkan pidana 12 tahun penjara."
    )
    assert quotes[0][0] == "jaksa penuntut umum (JPU)"


def test_an_epithet_names_the_one_the_narration_turned_to_since_the_last_quote() -> None:
    quotes = _quotes(
        'Pelatih Persib Bojan Hodak memuji anak asuhnya. "Kami tahu Persija tim bagus," kata '
        "Hodak.\n\nDi kubu lawan, pelatih Persija Carlos Pena kecewa dengan keputusan wasit. "
        '"Saya lihat tayangan ulang, kontaknya sangat minim," ucap pelatih asal Spanyol itu.'
    )
    assert [q[0] for q in quotes] == ["Bojan Hodak", "Carlos Pena"]


def test_a_double_prime_after_a_number_opens_no_quote() -> None:
    quotes = _quotes(
        "Sekretaris Umum PP Muhammadiyah Abdul Mu'ti mengatakan, tinggi bulan di Yogyakarta "
        "sudah mencapai +3° 12' 40\"."
    )
    assert [q[2][:6] for q in quotes] == ["tinggi"]


def test_words_before_a_speakers_role_are_no_part_of_it() -> None:
    quotes = _quotes(
        '"Kami adalah tim kompetitif," ungkap Stefano Pioli, begitu pelatih Inter disapa. '
        '"Kami belajar," ujar Sunil Soraya selaku produser film.'
    )
    assert quotes[1][1] == "produser film"


# --- quantities ---------------------------------------------------------------------------------


def test_an_adverb_after_a_classifier_is_no_noun_counted() -> None:
    assert _amounts("Penjualan tercatat 74.512 unit secara wholesales.") == [
        ("74.512", 74512, "unit")
    ]
    assert _amounts("Tujuh penumpang tewas dan 23 lainnya luka-luka.")[1][2] is None


# --- the fourth batch: a Constitutional Court ruling, floods, badminton, a tax rule -------------


def test_a_given_name_only_geonames_knows_as_a_town_is_the_person_quoted_by_it() -> None:
    text = (
        "Direktur Jenderal Pajak Kementerian Keuangan Bimo Wijayanto menjelaskan kebijakan "
        "itu. Menurut Bimo, penerimaan tambahan diperkirakan kecil."
    )
    assert ("Bimo", "PER") in _mentions(text)
    assert [q[0] for q in _quotes(text)] == ["Bimo Wijayanto"]


def test_a_sentences_first_word_with_a_demonstrative_after_it_is_no_name() -> None:
    found = _mentions(
        "Beleid itu diteken Presiden Prabowo Subianto pada 14 November. Berdasarkan beleid "
        "tersebut, tarif naik."
    )
    assert ("Beleid", "PER") not in found
    assert ("Prabowo Subianto", "PER") in found


def test_a_count_of_people_after_a_place_is_no_part_of_its_name() -> None:
    found = _mentions(
        "Korban terbanyak di Kabupaten Agam sebanyak 17 orang, disusul Kabupaten Tanah Datar "
        "9 orang."
    )
    assert ("Kabupaten Tanah Datar", "LOC") in found


def test_a_tournament_named_after_its_place_is_no_place() -> None:
    found = _mentions(
        "Jonatan Christie menjuarai China Masters 2026 setelah juara Indonesia Open. Ia "
        "kembali ke Indonesia."
    )
    assert ("China Masters", "LOC") not in found
    assert found.count(("Indonesia", "LOC")) == 1


def test_a_team_of_lawyers_before_a_name_gives_the_person_no_role_of_theirs() -> None:
    roles = _roles(
        "Tim kuasa hukum mantan Menteri Kesehatan Siti Fadilah Supari mengklaim uang itu "
        "bukan suap. Tim kuasa hukum Miryam S Haryani hadir."
    )
    assert roles["Siti Fadilah Supari"] == "mantan Menteri Kesehatan"
    assert roles["Miryam S Haryani"] is None


# --- English articles ---------------------------------------------------------------------------

_REUTERS = (
    "JAKARTA, Nov 19 (Reuters) - Bank Indonesia kept its benchmark rate unchanged at 5.75% on "
    "Wednesday, as expected, as the central bank sought to support the rupiah, which has "
    "fallen since early October.\n\n"
    "Economists polled by Reuters last week had expected a hold.\n\n"
    '"The decision signals stability," said Enrico Tanuwidjaja, an economist at Bank UOB '
    "Indonesia. He expects the next cut in the first quarter of 2027. The rupiah traded at "
    "16,745 per dollar at 0800 GMT."
)


def test_an_english_articles_dates_are_read_against_the_publication_date() -> None:
    from warta.extract.dates import extract_dates

    found = {
        d["text"]: d["value"] for d in extract_dates(_REUTERS, published="2026-11-19", english=True)
    }
    assert found["Nov 19"] == "2026-11-19"
    assert found["Wednesday"] == "2026-11-18"
    assert found["early October"] == "2026-10-01/2026-10-10"
    assert found["last week"] == "2026-11-09/2026-11-15"
    assert found["the first quarter of 2027"] == "2027-01-01/2027-03-31"
    assert found["0800 GMT"] == "08:00:00+00:00"


def test_english_dates_ahead_and_may_the_verb() -> None:
    from warta.extract.dates import extract_dates

    found = {
        d["text"]: d["value"]
        for d in extract_dates(
            "The talks will resume on Monday and may end in March. He may go in May 2027.",
            published="2026-11-19",
            english=True,
        )
    }
    assert found == {
        "Monday": "2026-11-23",
        "March": "2027-03-01/2027-03-31",
        "May 2027": "2027-05-01/2027-05-31",
    }


def test_the_date_step_reads_english_where_the_article_is_english() -> None:
    from warta.document import Document
    from warta.extract.dates import DateExtractor

    doc = Document(id="r", raw=_REUTERS, published="2026-11-19", language="en")
    DateExtractor().process(doc)
    assert {d["text"] for d in doc.annotations["dates"]} >= {"Nov 19", "Wednesday"}


def test_an_english_role_after_its_article_goes_to_the_speakers_mention() -> None:
    people = [m for m in _with_quote_roles(_REUTERS) if m["label"] == "PER"]
    assert people[0]["text"] == "Enrico Tanuwidjaja"
    assert people[0]["role"] == "economist at Bank UOB Indonesia"


# --- the fifth batch: MotoGP at Mandalika, exports ---------------------------------------------


def test_lomboks_noble_title_opens_the_name_not_the_role() -> None:
    text = (
        "Gubernur Nusa Tenggara Barat Lalu Muhamad Iqbal mengatakan perputaran ekonomi naik. "
        "Lalu Budi Santoso pergi."
    )
    assert _roles(text) == {
        "Lalu Muhamad Iqbal": "Gubernur Nusa Tenggara Barat",
        "Budi Santoso": None,
    }


def test_an_acting_office_abbreviated_with_a_full_stop_opens_the_role() -> None:
    roles = _roles(
        "Plt. Kepala BPS Amalia Adininggar Widyasanti mengatakan ekspor naik. Menurut Plh. "
        "Kepala Dinas Kesehatan Budi Santoso, kasus turun."
    )
    assert roles["Amalia Adininggar Widyasanti"] == "Plt. Kepala BPS"
    assert roles["Budi Santoso"] == "Plh. Kepala Dinas Kesehatan"
    set_off = _roles(
        "Surat itu ditandatangani Plt. Sekjen PSSI, Joko Driyono, itu memuat empat poin."
    )
    assert set_off["Joko Driyono"] == "Plt. Sekjen PSSI"


def test_a_circuit_is_a_venue() -> None:
    found = _mentions("Balapan di Pertamina Mandalika International Street Circuit ramai.")
    assert ("Pertamina Mandalika International Street Circuit", "LOC") in found


def test_a_role_set_off_before_a_form_of_address_goes_to_the_mention() -> None:
    text = (
        'Anak korban, Pak Joko (45), mengaku mendengar suara keras. "Simbok sudah tidak '
        'bergerak," tutur Joko.'
    )
    people = [m for m in _with_quote_roles(text) if m["label"] == "PER"]
    assert (people[0]["text"], people[0].get("role")) == ("Joko", "Anak korban")


def test_a_role_set_off_after_one_among_many_and_a_brand_written_small() -> None:
    roles = _roles(
        "Salah satu pendiri eFishery, Gibran Huzaifah, telah dinonaktifkan dari jabatannya."
    )
    assert roles["Gibran Huzaifah"] == "pendiri eFishery"


# --- the sixth batch: a university's quota, a live report ---------------------------------------


def test_degrees_in_dotted_pieces_after_a_name_end_no_sentence_and_no_subject() -> None:
    from warta.extract.tokenize import sentences

    text = (
        "Rektor UGM Prof. dr. Ova Emilia, M.Med.Ed., Sp.OG(K), Ph.D. mengatakan kebijakan itu "
        'diambil untuk memperluas akses. "Kami ingin UGM tetap menjadi kampus kerakyatan," '
        "ujarnya."
    )
    assert len(sentences(text)) == 2
    assert [q[0] for q in _quotes(text)] == ["Ova Emilia", "Ova Emilia"]
    typo = "Harga naik.Pemerintah diam."
    assert [typo[a:b] for a, b in sentences(typo)] == [
        "Harga naik.",
        "Pemerintah diam.",
    ]


def test_a_forecaster_is_a_calling() -> None:
    roles = _roles("Prakirawan BMKG Rizky Yudha mengimbau masyarakat mewaspadai genangan.")
    assert roles["Rizky Yudha"] == "Prakirawan BMKG"


# --- the seventh batch: a celebrity birth, a church anniversary in Jayapura ---------------------


def test_a_nickname_after_atau_yang_akrab_disapa_is_the_person() -> None:
    found = _canonical("Sementara itu, Rayyanza atau yang akrab disapa Cipung tampak tertidur.")
    assert found["Cipung"] == "Rayyanza"


def test_a_clerics_form_of_address_inside_a_place_opens_a_person() -> None:
    found = _mentions(
        "Ketua Sinode GKI di Tanah Papua Pdt. Andrikus Mofu mengajak umat menjaga kedamaian. "
        "Ia tinggal di Jalan KH Ahmad Dahlan, Yogyakarta."
    )
    assert ("Andrikus Mofu", "PER") in found
    assert ("Jalan KH Ahmad Dahlan", "LOC") in found


def test_the_agent_of_a_passive_verb_of_sharing_is_in_focus() -> None:
    quotes = _quotes(
        "Pasangan selebritas Raffi Ahmad dan Nagita Slavina mengumumkan kelahiran anak ketiga. "
        "Kabar bahagia itu dibagikan Raffi melalui akun Instagram pribadinya. "
        '"Alhamdulillah, telah lahir putra ketiga kami," tulis suami Gigi tersebut.'
    )
    assert quotes[0][0] == "Raffi Ahmad"


def test_one_word_after_a_spouse_is_a_person_not_a_body() -> None:
    found = _mentions('"Alhamdulillah," tulis suami Gigi tersebut.')
    assert ("Gigi", "PER") in found


def test_an_office_before_the_place_it_serves_and_a_calling_with_what_it_serves() -> None:
    roles = _roles(
        "Kelian Banjar Tegal I Ketut Suarsa mengatakan warga siap. Takmir masjid, Haji "
        "Muhammad Rofiq, mengatakan kotak amal dibobol."
    )
    assert roles["I Ketut Suarsa"] == "Kelian Banjar Tegal"
    assert roles["Muhammad Rofiq"] == "Takmir masjid"


def test_one_word_for_someone_named_in_full_after_their_lawyer_is_the_client() -> None:
    roles = _roles(
        "Gubernur DKI Basuki Tjahaja Purnama alias Ahok divonis. Kuasa hukum Ahok menyatakan "
        "banding. Pengacara Otto Hasibuan hadir."
    )
    assert roles["Ahok"] is None
    assert roles["Otto Hasibuan"] == "Pengacara"
    coach = _roles(
        "Stoke City menunjuk manajer Paul Lambert. Menurut manajer Lambert, timnya siap."
    )
    assert coach["Lambert"] == "manajer"


def test_english_province_names_and_the_president_in_an_english_article() -> None:
    text = (
        "PENAJAM PASER UTARA, East Kalimantan (Antara) - President Prabowo Subianto on "
        "Thursday inaugurated the first section of the toll road.\n\n"
        '"This road is proof that the development of Nusantara continues," the President said.'
    )
    assert _canonical(text)["East Kalimantan"] == "Kalimantan Timur"
    assert ("East Kalimantan", "LOC") in _mentions(text)
    assert _quotes(text)[0][:2] == ("Prabowo Subianto", "President")


def test_reported_speech_in_an_english_article() -> None:
    from warta.document import Document
    from warta.extract.entities import EntityRecognizer
    from warta.extract.quotes import QuoteExtractor

    doc = Document(
        id="e",
        raw=(
            "Governor Perry Warjiyo told a news conference that the bank would continue to "
            "intervene in the currency market.\n\nAccording to Perry Warjiyo, inflation will "
            "stay low this year. Inflation will stay within the target range next year, he "
            "said.\n\nThe head of the authority, Basuki Hadimuljono, said about 12,000 civil "
            "servants would move to the new capital."
        ),
        language="en",
    )
    EntityRecognizer().process(doc)
    QuoteExtractor().process(doc)
    found = [(q["speaker"], q["cue"], q["text"][:20]) for q in doc.annotations["quotes"]]
    assert found == [
        ("Perry Warjiyo", "told", "the bank would conti"),
        ("Perry Warjiyo", "according to", "inflation will stay "),
        ("Perry Warjiyo", "said", "Inflation will stay "),
        ("Basuki Hadimuljono", "said", "about 12,000 civil s"),
    ]


def test_english_offices_with_their_field_and_a_role_set_off_after_the() -> None:
    roles = _roles(
        "Public Works Minister Dody Hanggodo said the road cost Rp 9.2 trillion. The head of "
        "the Nusantara Capital City Authority, Basuki Hadimuljono, said civil servants would "
        "move."
    )
    assert roles["Dody Hanggodo"] == "Public Works Minister"
    assert roles["Basuki Hadimuljono"] == "head of the Nusantara Capital City Authority"


def test_a_sentence_about_someone_puts_them_in_focus_for_the_quote_after_it() -> None:
    quotes = _quotes(
        "Gunawan Setiawan (58), pemilik usaha batik, menuturkan penjualan turun. Wali Kota Solo "
        "Respati Ardi mengakui persoalan tersebut.\n\n"
        'Bagi Gunawan, batik bukan sekadar komoditas. "Ini soal identitas," ujarnya.'
    )
    assert quotes[-1][0] == "Gunawan Setiawan"


def test_what_an_owner_set_off_after_a_person_owns_is_a_business() -> None:
    text = (
        "Gunawan Setiawan (58), pemilik Batik Putra Laweyan, sudah tiga generasi menekuni usaha "
        "ini. Roman Abramovich, pemilik Chelsea, hadir."
    )
    found = _mentions(text)
    assert ("Batik Putra Laweyan", "ORG") in found
    assert ("Laweyan", "PER") not in found
    assert _roles(text)["Gunawan Setiawan"] == "pemilik Batik Putra Laweyan"


def test_a_day_up_to_three_months_ahead_is_this_years() -> None:
    from warta.extract.dates import extract_dates

    found = extract_dates(
        "Untuk lawan Indonesia pada 5 Juni masih dalam pembicaraan. Konser digelar di "
        "Surabaya, 6 Desember.",
        published="2017-05-03",
    )
    assert [(d["text"], d["value"]) for d in found] == [
        ("5 Juni", "2017-06-05"),
        ("6 Desember", "2016-12-06"),
    ]


def test_a_weekday_settles_the_year_of_a_day_far_from_publication_only() -> None:
    from warta.extract.dates import extract_dates

    near = extract_dates("Rapat digelar Senin (1/12).", published="2026-11-20")
    assert near[0]["value"] == "2026-12-01"  # (a slip of the weekday, near publication)
    far = extract_dates("Pameran itu digelar Jumat (1/12).", published="2017-03-01")
    assert far[0]["value"] == "2017-12-01"  # (1 December 2016 was a Thursday)


def test_a_malaysian_report_about_a_gambling_law_is_no_spam() -> None:
    from warta.clean.spam import SpamLineFilter
    from warta.document import Document

    line = (
        "Beliau berkata, kes disiasat mengikut Seksyen 4B(a) Akta Rumah Judi Terbuka 1953 dan "
        "semua suspek direman selama tujuh hari bermula hari ini."
    )
    doc = Document(
        id="m",
        raw=(
            "Polis tahan 12 individu disyaki terbabit sindiket judi dalam talian\n\n"
            "KUALA LUMPUR: Polis menahan 12 individu dalam serbuan di sebuah kondominium di "
            "Cheras, semalam.\n\n" + line
        ),
    )
    SpamLineFilter().process(doc)
    assert doc.removed == []


def test_malaysian_promotion_in_chat_words_is_still_spam() -> None:
    from warta.clean.spam import SpamLineFilter
    from warta.document import Document

    doc = Document(
        id="m",
        raw=(
            "Polis tahan 12 individu disyaki terbabit sindiket judi dalam talian\n\n"
            "KUALA LUMPUR: Polis menahan 12 individu dalam serbuan di sebuah kondominium di "
            "Cheras, semalam.\n\n"
            "Polis tahan suspek, jom main slot maxwin di ZEUS777 sekarang juga bosku."
        ),
    )
    SpamLineFilter().process(doc)
    assert [span.reason for span in doc.removed] == ["spam"]


def test_a_given_name_after_a_malaysian_honorific_is_the_persons() -> None:
    roles = _roles(
        "Sementara itu, Timbalan Ketua Polis Negara Datuk Seri Ayob Khan Mydin Pitchay berkata "
        "polis menahan 1,045 individu."
    )
    assert roles == {"Ayob Khan Mydin Pitchay": "Timbalan Ketua Polis Negara"}
