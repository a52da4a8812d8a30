"""Session 46: what random IndoSum articles showed (people called by their initials after
the article names them in full)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def _canonicals(text: str) -> dict[str, tuple[str, str]]:
    return {str(m["text"]): (str(m["label"]), str(m["canonical"])) for m in find_entities(text)}


def test_initials_of_someone_named_in_full_are_that_person() -> None:
    text = (
        'Hal itu dikonfirmasi oleh presiden klub Achsanul Qosasi. "Komunikasi kami dengan '
        'Lorenzo Pace memang sangat intens," ungkap AQ dikutip laman resmi klub.'
    )
    assert _canonicals(text)["AQ"] == ("PER", "Achsanul Qosasi")
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Achsanul Qosasi"]
    text = (
        'KPK memeriksa Miryam S. Haryani sebagai tersangka. "Sebenarnya kami harapkan ibu '
        'MSH bisa hadir," kata Febri.\n\nPolisi menahan Jennifer Dunn. "Ya dikhawatirkan JD '
        'melarikan diri," kata Argo.'
    )
    found = _canonicals(text)
    assert found["MSH"] == ("PER", "Miryam S. Haryani")
    assert found["JD"] == ("PER", "Jennifer Dunn")


def test_initials_that_open_or_close_a_longer_name_stay_out() -> None:
    # a tower, a firm, a club, a regnal number, a band's label: no one's initials
    text = (
        "Nurdin Tampubolon memancangkan tiang pertama NT Tower di Jakarta. Proyek itu digarap "
        "PT NT yang dipimpin Rico Dian Sari, bukan PT RDS. Alexis Sanchez melawan AS Monaco.\n\n"
        "Manajemen dari agensi Label SJ membenarkan kabar Super Junior."
    )
    found = dict(_mentions(text))
    assert found.get("NT") != "PER"
    assert found.get("RDS") != "PER"
    assert found.get("SJ") != "PER"
    assert ("AS Monaco", "ORG") in _mentions(text)


def test_initials_shared_by_two_people_or_defined_as_a_term_are_left_alone() -> None:
    text = (
        "Menurut Budi Santoso dan Bambang Soesatyo, penyidik memeriksa BS kemarin. Barang "
        "diklasifikasikan berkode (Harmonized System/HS) oleh Heru Santoso. Ada 5.299 HS."
    )
    found = _canonicals(text)
    assert found.get("BS", ("", "BS"))[1] == "BS"
    assert found.get("HS", ("", "HS"))[1] == "HS"


def test_a_continent_closing_a_federation_s_name_stays_a_place() -> None:
    text = (
        "Juventus, klub dengan gelar juara domestik paling banyak di Italia itu adalah tim jago "
        "kandang. Pasalnya, meski mampu menjuarai seluruh kejuaraan resmi yang pernah "
        "diselenggarkan Persatuan Asosiasi Sepak Bola Eropa (UEFA), rekam "
        "jejak Juventus tidak terlalu bagus.\n\nSampai saat ini, ada enam trofi kejuaraan "
        "antarklub Eropa di almari milik Juventus. Mereka ditundukkan Ajax dengan skor 0-1. "
        "Gol Johnny Rep saat laga baru memasuki menit kelima gagal dibalas."
    )
    assert _canonicals(text)["Eropa"] == ("LOC", "Eropa")


def test_a_ground_named_after_someone_is_a_place() -> None:
    text = (
        "Semen Padang menjamu Barito Putera di Stadion H Agus Salim, Padang. Real Madrid "
        "bertandang ke Estadio Ramon Sanchez Pizjuan. Pada laga pertama di Stadio Comunale "
        "(sekarang Stadio Olimpico Grande Torino), Juventus menang 1-0. Ceres menjamu Persija "
        "di Stadion Bacolod City."
    )
    found = _mentions(text)
    for ground in (
        "Stadion H Agus Salim",
        "Estadio Ramon Sanchez Pizjuan",
        "Stadio Olimpico Grande Torino",
        "Stadion Bacolod City",
    ):
        assert (ground, "LOC") in found
    assert not [name for name, label in found if label == "PER"]


def test_a_racing_team_after_its_driver_in_a_results_row_is_the_team() -> None:
    text = (
        "Hasil FP1 GP Jepang:\n1. Nico Rosberg Mercedes 1 menit 32,431 detik\n"
        "2. Lewis Hamilton Mercedes + 0,215 detik\n3. Daniel Ricciardo Red Bull + 1,681 detik\n"
        "4. Nico Hulkenberg Force India + 2,099 detik\n5. Valtteri Bottas Williams + 2,950 detik"
    )
    found = _mentions(text)
    for driver in ("Nico Rosberg", "Lewis Hamilton", "Daniel Ricciardo", "Nico Hulkenberg"):
        assert (driver, "PER") in found
    for team in ("Mercedes", "Red Bull", "Force India", "Williams"):
        assert (team, "ORG") in found
    assert ("Valtteri Bottas", "PER") in found


def test_a_name_ending_like_a_team_outside_a_results_row_stays_whole() -> None:
    text = (
        "Daftar petenis terbaik:\n1. Serena Williams, juara Wimbledon\n"
        "2. Venus Williams, kakaknya\n\nPengusaha Mark Anthony Williams hadir di acara itu."
    )
    names = {name for name, label in _mentions(text) if label == "PER"}
    assert {"Serena Williams", "Venus Williams", "Mark Anthony Williams"} <= names


def test_a_rider_typed_as_a_body_in_a_table_of_riders_is_a_person() -> None:
    text = (
        "Hasil kualifikasi MotoGP Jerman:\n1. Marc MARQUEZ (Repsol Honda) 1'27.302\n"
        "2. Danilo PETRUCCI (OCTO Pramac Racing) 1'27.462\n"
        "3. Dani PEDROSA (Repsol Honda) 1'27.949\n"
        "4. Jonas FOLGER (Monster Yamaha Tech 3) 1'28.210\n"
        "5. Jorge LORENZO (Ducati) 1'28.383"
    )
    assert ("Jonas FOLGER", "PER") in _mentions(text)


def test_a_club_after_its_country_splits_off_the_country() -> None:
    text = (
        "Atalanta menang tipis di markas klub Siprus Apollon. Sementara klub Kazakhstan "
        "Astana menang atas klub Israel Maccabi Tel Aviv. Partizan menang 2-0 atas klub "
        "Albania Skenderbeu. Meksiko adalah tim asal Amerika Tengah yang kuat."
    )
    found = _mentions(text)
    for country in ("Siprus", "Kazakhstan", "Israel", "Albania", "Amerika Tengah"):
        assert (country, "LOC") in found
    for club in ("Apollon", "Astana", "Maccabi Tel Aviv", "Skenderbeu"):
        assert (club, "ORG") in found


def test_a_club_before_a_player_after_his_position_splits_off() -> None:
    text = (
        "Gol tercipta saat Mantan penyerang Chelsea Bertrand Traore mengejar bola liar. "
        "Laga terhenti usai duel dengan winger Lyon Maxwell Cornet. Everton kalah di markas "
        "Olympique Lyon."
    )
    found = _mentions(text)
    assert ("Chelsea", "ORG") in found
    assert ("Bertrand Traore", "PER") in found
    assert ("Maxwell Cornet", "PER") in found
    roles = _roles(text)
    assert roles["Maxwell Cornet"] == "winger Lyon"
    assert roles["Bertrand Traore"] == "Mantan penyerang Chelsea"


def test_a_club_of_two_words_before_a_player_splits_off_whole() -> None:
    text = "Gol kedua dicetak oleh gelandang Persib Bandung Febri Hariyadi pada menit ke-70."
    found = _mentions(text)
    assert ("Febri Hariyadi", "PER") in found
    assert _roles(text)["Febri Hariyadi"] == "gelandang Persib Bandung"


def test_a_model_named_by_a_letter_is_no_person() -> None:
    text = (
        "Lenovo bersiap menggempur pasar dengan seri Moto Z. Moto Z sudah siap dipasarkan. "
        "Moto Z memiliki baterai 2.600 mAh.\n\nTokoh Malcolm X dibunuh pada 1965."
    )
    found = _mentions(text)
    assert not [name for name, _ in found if name.startswith("Moto")]
    assert ("Malcolm X", "PER") in found


def test_an_office_by_its_body_s_short_form_is_the_one_introduced_with_it() -> None:
    text = (
        "Wakil Ketua Majelis Permusyawaratan Rakyat (MPR) Mahyudin mengatakan generasi muda "
        'harus kuat.\n\n"Perlu dibangun kesadaran rasa nasionalisme," kata Wakil Ketua MPR.'
    )
    speakers = [speaker for speaker, _, _ in _quotes(text)]
    assert speakers == ["Mahyudin", "Mahyudin"]
    # the chief's office is not his deputy's
    text = (
        "Wakil Ketua Majelis Permusyawaratan Rakyat (MPR) Mahyudin hadir di kampus itu.\n\n"
        '"Perlu dibangun kesadaran rasa nasionalisme," kata Ketua MPR.'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] != ["Mahyudin"]


def test_works_in_brackets_after_nominees_are_no_entities() -> None:
    text = (
        "Gary Oldman mengalahkan bintang-bintang lain yang masuk dalam nominasi Aktor Terbaik "
        "yakni Timothée Chalamet (Call Me By Your Name), Daniel Day-Lewis (Phantom Thread), "
        "Tom Hanks (The Post), dan Denzel Washington (Roman J. Israel, ESQ)."
    )
    names = {name for name, _ in _mentions(text)}
    assert not names & {"Phantom Thread", "The Post", "Roman J.", "ESQ"}
    assert {"Gary Oldman", "Tom Hanks", "Denzel Washington"} <= names
    # a racer's team in brackets is no work
    text = "Hasil balapan: Sebastian Vettel (Ferrari), Lewis Hamilton (Mercedes) di posisi dua."
    assert ("Ferrari", "ORG") in _mentions(text)


def test_a_racing_team_in_brackets_after_a_driver_is_the_team() -> None:
    text = "Di posisi ketiga ada Kevin Magnussen (Haas) dan Lance Stroll (Williams)."
    found = _mentions(text)
    assert ("Haas", "ORG") in found
    assert ("Williams", "ORG") in found


def test_a_racing_team_named_alone_in_a_race_report_is_the_team() -> None:
    text = (
        "Bendera merah dikeluarkan menyusul insiden yang dialami pebalap Haas, Romain "
        "Grosjean, di GP Italia. Pebalap Scuderia Toro Rosso, Pierre Gasly, finis kesepuluh."
    )
    found = _mentions(text)
    assert ("Haas", "ORG") in found
    assert ("Romain Grosjean", "PER") in found
    assert ("Pierre Gasly", "PER") in found
    assert all(label == "ORG" for name, label in found if "Rosso" in name)


def test_whom_a_speaker_told_is_no_part_of_the_speaker_s_role() -> None:
    text = (
        "Kepada DailySocial Co-founder HelloBeauty Dennish Tjandra mengungkapkan, kegiatan "
        "ini menjadi wadah untuk para perias.\n\nKepada media hari ini (25/01) Founder dan CEO "
        "OnlinePajak Charles Guinot mengatakan, PajakPay aman dipakai."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Dennish Tjandra", "Co-founder HelloBeauty"),
        ("Charles Guinot", "founder dan CEO OnlinePajak"),
    ]


def test_a_sentence_telling_the_reader_what_to_do_has_no_speaker() -> None:
    text = (
        "7. Buat mereka yang mempromosikan kamu\n\nGunakan strategi dengan mengatakan bahwa "
        "pendapat kamu tidak sempurna dan masih butuh kritik.\n\nKebanyakan mereka mengaku "
        "menggilai mi instan ini. Bahkan dia mengatakan bahwa mi itu enak sekali."
    )
    speakers = [speaker for speaker, _, _ in _quotes(text)]
    assert not any(s and s.startswith("Gunakan") for s in speakers)
    assert "kebanyakan mereka" in [str(s).lower() for s in speakers]
