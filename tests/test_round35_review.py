"""Session 35 review: where the round's new rules misfired (a date word before a name, a pair
read as a double surname, a client's name kept in an agent's, a relative clause's or an
accompanying passive's verb taken as the main one)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes

from warta.extract.entities import find_entities


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def test_a_date_word_before_a_first_naming_is_no_given_name() -> None:
    month = (
        "Kondisi itu sudah berlangsung lama. Menurut sumber kepolisian, sejak Maret Novanto "
        "sudah beberapa kali mangkir dari panggilan penyidik. Novanto beralasan sedang sakit."
    )
    assert ("Novanto", "PER") in _mentions(month)
    assert not any(t.startswith("Maret") for t, _ in _mentions(month))
    day = (
        "Perkara itu sudah bergulir sejak lama. Dalam sidang yang digelar Kamis Ahok tampak "
        "tenang mendengarkan dakwaan jaksa. Ahok mengenakan kemeja batik."
    )
    assert not any(t.startswith("Kamis") for t, _ in _mentions(day))
    fast = (
        "Konser itu sempat tertunda. Selain itu, sebelum Ramadan Raisa juga merilis single "
        "baru. Raisa mengaku ingin fokus beribadah selama bulan puasa."
    )
    assert not any(t.startswith("Ramadan") for t, _ in _mentions(fast))


def test_a_pair_whose_first_is_named_apart_is_no_double_surname() -> None:
    duel = (
        "Duel Cristiano Ronaldo - Messi kembali tersaji dalam laga El Clasico. Ronaldo "
        "mencetak dua gol."
    )
    assert ("Cristiano Ronaldo", "PER") in _mentions(duel)
    assert _canonical(duel)["Ronaldo"] == "Cristiano Ronaldo"
    song = (
        "Lagu ciptaan Afgan Syahreza - Sabar kembali populer di media sosial. Afgan mengaku "
        "tidak menyangka."
    )
    assert ("Afgan Syahreza", "PER") in _mentions(song)
    # the first name's first word paired again with the second: two people
    poll = (
        "Elektabilitas Prabowo Subianto - Sandi naik tiga persen menurut survei terbaru. "
        "Sementara itu, elektabilitas Jokowi - Ma'ruf masih unggul. Kubu Prabowo - Sandi "
        "optimistis bisa mengejar."
    )
    assert ("Prabowo Subianto", "PER") in _mentions(poll)
    # a doubles pair
    doubles = (
        "Ganda putra Hendra Setiawan - Ahsan melaju ke babak final All England. Hendra "
        "Setiawan - Ahsan akan menghadapi wakil Jepang di final."
    )
    assert ("Hendra Setiawan - Ahsan", "PER") not in _mentions(doubles)
    # a double surname's first half written again before its hyphen stays one name
    text = (
        "Gol Arsenal dicetak oleh Alex Oxlade - Chamberlain (menit ke-70) dan Harry Kane. "
        "Untuk bisa menggaet Oxlade - Chamberlain, Chelsea harus menyiapkan gaji besar."
    )
    assert ("Alex Oxlade - Chamberlain", "PER") in _mentions(text)


def test_a_client_named_alone_is_not_kept_in_the_agents_name() -> None:
    text = (
        'Agen Pogba Mino Raiola menegaskan kliennya tidak akan pindah musim ini. "Paul '
        'bahagia di Manchester," kata Raiola. Pogba sendiri memilih bungkam.'
    )
    assert {s for s, _, _ in _quotes(text)} == {"Mino Raiola"}
    lawyer = (
        "Penasihat hukum Buni Yani Aldwin Rahadian menyebut kliennya tidak bersalah. "
        '"Tidak ada unsur pidana," kata Aldwin. Buni menilai dakwaan jaksa tidak berdasar.'
    )
    assert "Buni Yani Aldwin Rahadian" not in [s for s, _, _ in _quotes(lawyer)]


def test_who_says_while_doing_is_not_a_relative_clauses_or_companions_subject() -> None:
    relative = (
        "Menteri Keuangan Sri Mulyani menjawab kritik yang dilontarkan Fadli Zon dengan "
        "mengatakan utang pemerintah masih aman."
    )
    assert [s for s, _, _ in _quotes(relative)] == ["Sri Mulyani"]
    report = (
        "Ahok menanggapi santai laporan yang dibuat Habib Novel dengan mengatakan dirinya "
        "tidak pernah menistakan agama."
    )
    assert [s for s, _, _ in _quotes(report)] == ["Basuki Tjahaja Purnama"]
    companion = (
        "Presiden Joko Widodo meninjau lokasi banjir di Bekasi didampingi Gubernur Jawa Barat "
        "Ridwan Kamil sambil mengatakan pemerintah akan segera membantu para korban."
    )
    assert [s for s, _, _ in _quotes(companion)] == ["Joko Widodo"]
    # a manner word before "oleh" is no part of the agent's role
    answered = (
        "Pertanyaan wartawan itu dijawab singkat oleh Kapolda Metro Jaya Irjen Idham Azis "
        "dengan mengatakan kasus tersebut masih didalami."
    )
    assert [(s, r) for s, r, _ in _quotes(answered)] == [("Idham Azis", "Kapolda Metro Jaya")]
