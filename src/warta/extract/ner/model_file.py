"""The neural NER model file: member and shared arrays, int8 tables, merging an ensemble.

A model file is one .npz. Arrays of each ensemble member carry a leading member axis (a
trained model is an ensemble of one); the vocabularies and frozen word vectors are shared.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from warta.errors import ModelError

__all__ = [
    "MEMBER_ARRAYS",
    "QUANTIZED",
    "SCHEME_ARRAYS",
    "SHARED_ARRAYS",
    "dequantized",
    "merge_models",
    "quantized",
]

FloatArray = NDArray[np.float32]

# Arrays each ensemble member has (leading member axis); the rest is shared.
MEMBER_ARRAYS: tuple[str, ...] = (
    "feat_vectors", "char_vectors", "conv_w", "conv_b", "w_ih_f", "w_hh_f", "b_f",
    "w_ih_b", "w_hh_b", "b_b", "out_w", "out_b", "trans", "start", "end",
)  # fmt: skip
SHARED_ARRAYS: tuple[str, ...] = ("labels", "word_vocab", "word_vectors", "feat_vocab")
# Optional: one more output layer and CRF per labelled set ("schemes", shared, names them),
# trained on that set's own labels; member arrays with a scheme axis after the member axis.
SCHEME_ARRAYS: tuple[str, ...] = (
    "scheme_out_w", "scheme_out_b", "scheme_trans", "scheme_start", "scheme_end",
)  # fmt: skip


# Embedding tables stored as int8 with a float16 scale per row (see `merge_models`).
QUANTIZED: tuple[str, ...] = ("word_vectors", "feat_vectors")


def quantized(table: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows and their scales: row ≈ int8 × scale (symmetric, per row)."""
    table = table.astype(np.float32)
    scale = np.abs(table).max(axis=-1) / 127.0
    scale[scale == 0] = 1.0
    scale = scale.astype(np.float16)
    values = np.rint(table / scale.astype(np.float32)[..., None]).clip(-127, 127)
    return values.astype(np.int8), scale


def dequantized(arrays: Mapping[str, np.ndarray], key: str) -> FloatArray:
    table: FloatArray = arrays[key].astype(np.float32)
    scale = arrays.get(key + "_scale")
    if scale is not None:
        table *= scale.astype(np.float32)[..., None]
    return table


def merge_models(paths: Sequence[str | Path], out: str | Path, *, quantize: bool = True) -> None:
    """Write one ensemble model from several trained with the same data and settings (seeds
    differ): member arrays are stacked, shared ones must be equal. `quantize` stores the
    embedding tables as int8 with a scale per row (a quarter of float32's size)."""
    loaded = []
    for path in paths:
        with np.load(path, allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files}
        for key in QUANTIZED:  # members that were quantized already are compared as floats
            arrays[key] = dequantized(arrays, key)
            arrays.pop(key + "_scale", None)
        loaded.append(arrays)
    first = loaded[0]
    shared = SHARED_ARRAYS
    members = MEMBER_ARRAYS
    if any("schemes" in m for m in loaded):
        if not all("schemes" in m for m in loaded):
            raise ModelError("only some models have per-set output layers; cannot merge")
        shared += ("schemes",)
        members += SCHEME_ARRAYS
    for other, path in zip(loaded[1:], paths[1:], strict=True):
        for key in shared:
            if not np.array_equal(first[key], other[key]):
                raise ModelError(f"{path}: {key} differs from {paths[0]}; cannot merge")
    arrays = {key: first[key] for key in shared}
    for key in members:
        arrays[key] = np.concatenate([m[key] for m in loaded])
    if quantize:
        for key in QUANTIZED:
            arrays[key], arrays[key + "_scale"] = quantized(arrays[key])
    np.savez_compressed(out, **arrays)
