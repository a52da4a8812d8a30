"""The quote step in a pipeline: annotations on clean text, serialisable records."""

from __future__ import annotations

import json

from warta.document import Document
from warta.extract.quotes import QuoteExtractor, quote_steps
from warta.pipeline import Pipeline


def test_step_annotates_clean_text_offsets() -> None:
    raw = 'iklan judi online\n"Kami siap bertanding," kata Budi Santoso.\n'
    doc = Document(id="d1", raw=raw)
    doc.remove_line(0, "spam")
    (out,) = list(Pipeline(quote_steps()).run([doc]))
    (quote,) = out.annotations["quotes"]
    assert out.text[quote["start"] : quote["end"]] == "Kami siap bertanding"
    assert quote["speaker"] == "Budi Santoso"
    record = out.to_dict()
    assert json.loads(json.dumps(record))["quotes"][0]["kind"] == "direct"


def test_step_contract() -> None:
    step = QuoteExtractor()
    assert step.name == "quotes" and step.parallel is True
    dropped = Document(id="d2", raw='"Halo," kata Budi.', status="dropped")
    (out,) = list(step.run([dropped]))
    assert "quotes" not in out.annotations
