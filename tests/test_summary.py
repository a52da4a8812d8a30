"""Extractive summary: sentence choice, quote fragments passed over, options validated."""

from __future__ import annotations

import pytest

from warta.document import Document
from warta.errors import ConfigError
from warta.extract.summary import ExtractiveSummarizer, SummaryOptions, summarize, summarize_steps

ARTICLE = (
    "Pemerintah menaikkan harga bahan bakar minyak bersubsidi mulai Sabtu pekan ini.\n"
    '"Kami tidak punya pilihan lain," kata menteri itu.\n'
    "Kenaikan harga bahan bakar minyak itu diperkirakan mendorong inflasi naik hingga dua persen.\n"
    "Cuaca di Jakarta cerah berawan sepanjang hari tanpa hujan sama sekali.\n"
    "Ekonom menilai kenaikan harga bahan bakar minyak akan menekan daya beli masyarakat miskin.\n"
    "Baca juga: harga bahan bakar minyak di negara tetangga lebih murah dari Indonesia.\n"
)


def test_off_topic_sentence_loses_to_central_one() -> None:
    spans = summarize(ARTICLE, options=SummaryOptions(lead_weight=0.5))
    chosen = [ARTICLE[s:e] for s, e in spans]
    assert chosen[0].startswith("Pemerintah menaikkan")
    assert len(chosen) == 3
    assert not any("Cuaca" in c for c in chosen)


def test_quote_fragment_is_not_a_summary_sentence() -> None:
    chosen = [ARTICLE[s:e] for s, e in summarize(ARTICLE)]
    assert not any(c.startswith('"') for c in chosen)
    assert not any(c.startswith("Baca juga") for c in chosen)


def test_step_writes_summary_annotation() -> None:
    doc = Document(id="d", raw=ARTICLE)
    (step,) = summarize_steps(SummaryOptions(sentences=2))
    step.run([doc]).__next__()
    assert doc.annotations["summary"].startswith("Pemerintah menaikkan")
    assert isinstance(step, ExtractiveSummarizer)


def test_short_text_still_summarised() -> None:
    assert summarize("Satu kalimat pendek.") == [(0, 20)]


def test_invalid_options_raise_config_error() -> None:
    with pytest.raises(ConfigError):
        SummaryOptions(sentences=0)
    with pytest.raises(ConfigError):
        SummaryOptions(lead_weight=1.5)


def test_summary_does_not_repeat_the_headline() -> None:
    from warta.document import Document
    from warta.extract.summary import ExtractiveSummarizer

    text = (
        "Karhutla Meluas di Riau, Kapolda Tetapkan 9 Tersangka\n\n"
        "PEKANBARU — Kebakaran hutan dan lahan di Provinsi Riau meluas hingga 2.140 hektare "
        "sepanjang Juli 2025. Satelit mendeteksi 318 titik panas di Riau pada Selasa.\n\n"
        "Kapolda Riau mengatakan polisi telah menetapkan sembilan tersangka perorangan dan "
        "satu korporasi perkebunan kelapa sawit di wilayah itu."
    )
    doc = Document(id="d", raw=text, title="Karhutla Meluas di Riau, Kapolda Tetapkan 9 Tersangka")
    ExtractiveSummarizer().process(doc)
    assert doc.annotations["summary"]
    assert not doc.annotations["summary"].startswith("Karhutla Meluas")
    # (the dateline "PEKANBARU — " opening the lead is left out too)
    assert doc.annotations["summary"].startswith("Kebakaran hutan")
