"""Review of session 36's rules: sentences on which they misfire."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.canonical import canonical_name
from warta.extract.entities import find_entities


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def test_a_person_described_after_a_cited_outlets_noun_stays_a_person() -> None:
    # an apposition closed by a comma describes a person, and an outlet the phrase names
    # already is not the name set off after it
    for text, name in (
        ("Dikutip dari media setempat, Budi Santoso, warga desa, meninggal dunia kemarin.",
         "Budi Santoso"),
        ("Melansir media Thailand, Prayuth, perdana menteri, berjanji menggelar pemilu.",
         "Prayuth"),
        ("Mengutip surat kabar The Guardian, Boris Johnson, Perdana Menteri Inggris, mundur.",
         "Boris Johnson"),
        ("Dilansir media Jepang, Shinzo Abe, mantan perdana menteri, ditembak saat berpidato.",
         "Shinzo Abe"),
    ):  # fmt: skip
        found = _mentions(text)
        assert (name, "PER") in found, text
        assert (name, "ORG") not in found, text


def test_a_firm_named_in_full_after_a_title_does_not_split_into_a_person() -> None:
    for firm, title in (
        ("Toyota Astra Motor", "Presiden Direktur"),  # a name warta knows
        ("Honda Prospect Motor", "Direktur"),
        ("Yamaha Music Foundation", "Ketua"),
    ):
        text = f"{title} {firm} mengatakan penjualan naik tahun ini."
        found = _mentions(text)
        assert (firm, "ORG") in found, firm
        assert not [m for m, label in found if label == "PER"], firm


def test_a_quoted_title_of_names_leaves_the_people_written_later_without_quotes() -> None:
    text = (
        "Buku ' Habibie dan Ainun ' laris di pasaran. Habibie dan Ainun menikah pada 1962 di "
        "Yogyakarta."
    )
    found = _mentions(text)
    assert ("Habibie", "PER") in found
    assert ("Ainun", "PER") in found


def test_an_acronym_in_capitals_keeps_its_capitals_as_the_canonical_name() -> None:
    canonical = _canonical("Negara anggota ASEAN bertemu di Jakarta. Sekjen Asean hadir.")
    assert canonical["ASEAN"] == "ASEAN"
    assert canonical["Asean"] == "ASEAN"


def test_a_four_letter_place_in_a_headlines_capitals_loses_the_tie() -> None:
    canonical = _canonical("Gempa mengguncang ACEH. Warga Aceh mengungsi ke tempat aman.")
    assert canonical["ACEH"] == "Aceh"
    assert canonical["Aceh"] == "Aceh"


def test_canonical_names_are_still_cached() -> None:
    # the tie-break's helper took canonical_name's lru_cache decorator
    assert hasattr(canonical_name, "cache_info")


def test_an_epithet_naming_a_body_is_whoever_holds_that_office() -> None:
    text = (
        "Menteri Sosial Khofifah Indar Parawansa bertemu Ketua Umum PBNU Said Aqil Siradj. "
        '"Kami bersepakat," kata Ketua Umum PBNU itu.'
    )
    assert [(s, r) for s, r, _ in _quotes(text)] == [("Said Aqil Siradj", "Ketua Umum PBNU")]
    # another office of a body someone else holds is no epithet of the minister in focus
    other = (
        "Menteri Sosial Khofifah Indar Parawansa bertemu Ketua Umum PBNU Said Aqil Siradj. "
        '"Kami bersepakat," kata Sekretaris Jenderal PBNU itu.'
    )
    assert [s for s, _, _ in _quotes(other)] != ["Khofifah Indar Parawansa"]


def test_offices_listed_with_commas_each_with_its_body_stay_apart() -> None:
    text = (
        "Ketua Komisi Pendidikan, Wakil Ketua Komisi Kesehatan, dan Anggota Komisi Hukum "
        "Budi Santoso hadir dalam rapat itu."
    )
    assert _roles(text)["Budi Santoso"] == "Anggota Komisi Hukum"


def test_a_malaysian_honorific_after_a_body_opens_one_person() -> None:
    text = "Menteri Besar Johor Datuk Onn Hafiz Maghribi mengatakan hal itu kepada wartawan."
    people = [m for m, label in _mentions(text) if label == "PER"]
    assert people == ["Onn Hafiz Maghribi"]
    assert _roles(text)["Onn Hafiz Maghribi"] == "Menteri Besar Johor"


def test_dato_sri_after_a_bank_opens_the_person() -> None:
    text = "Pemilik Bank Mayapada Dato Sri Tahir mengatakan bank itu sehat."
    found = _mentions(text)
    assert ("Tahir", "PER") in found
    assert not [m for m, _ in found if "Dato" in m]


def test_a_relative_clause_then_a_place_between_subject_and_verb() -> None:
    text = (
        "Ridwan Kamil, yang hadir dalam acara itu, di Bandung, mengatakan bahwa vaksinasi di "
        "wilayahnya berjalan lancar."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Ridwan Kamil"]


def test_a_relative_clause_after_menurut_is_no_part_of_what_is_said() -> None:
    text = "Menurut Andi, yang juga Ketua RT, pelaku sudah kabur sejak pagi tadi."
    assert _quotes(text) == [("Andi", "Ketua RT", "pelaku sudah kabur sejak pagi tadi")]


def test_a_rank_after_an_office_and_its_number_is_no_name() -> None:
    text = (
        "Pangkoarmada I Laksda TNI Aan Kurnia mengatakan kapal itu sudah ditangkap di "
        "perairan Natuna."
    )
    found = _mentions(text)
    assert ("I Laksda", "PER") not in found
    assert ("Aan Kurnia", "PER") in found
