"""Session 38: what random IndoSum articles showed (a quoted number naming an event, the doer
of a passive verb in focus, the verb of saying right before a quote, "Lanjut X, …", forms
of address before an office, a party's name run into its lawyer's)."""

from __future__ import annotations

from _extract_support import quotes as _quotes


def test_a_quoted_number_naming_an_event_is_no_quote() -> None:
    text = (
        "Ketua Umum MUI Maruf Amin meminta sejumlah elemen masyarakat tidak menggelar aksi "
        '"299" yang mengusung tema menolak PKI.'
    )
    found = _quotes(text)
    assert all(q != "299" for _, _, q in found)
    # the sentence itself is what he asked for
    assert [(s, q[:24]) for s, _, q in found] == [("Maruf Amin", "sejumlah elemen masyarak")]
    # a number that is someone's words, said alone, is still a quote
    said = '"Sembilan," kata Budi Santoso menjawab pertanyaan wartawan.'
    assert _quotes(said)[0][::2] == ("Budi Santoso", "Sembilan")


def test_a_clubs_release_after_a_quote_names_the_club() -> None:
    text = (
        'Ryan Mason memutuskan pensiun. "Dengan penyesalan mendalam klub harus mengumumkan '
        'bahwa Ryan Mason akan pensiun dari sepakbola," rilis Hull City.'
    )
    assert _quotes(text)[-1][0] == "Hull City"
