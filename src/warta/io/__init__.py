"""Readers (txt, JSONL, HTML, WARC, RSS/Atom, stdin) to Documents, and JSONL/Parquet writers."""

from warta.io.decode import decode_bytes
from warta.io.options import ReadOptions
from warta.io.readers import read_inputs, read_source, read_stdin
from warta.io.records import ERROR_KINDS, ReadError
from warta.io.sources import Source, discover
from warta.io.writers import JsonlWriter, Writer, open_writer

__all__ = [
    "ERROR_KINDS",
    "JsonlWriter",
    "ParquetWriter",
    "ReadError",
    "ReadOptions",
    "Source",
    "Writer",
    "decode_bytes",
    "discover",
    "open_writer",
    "read_inputs",
    "read_source",
    "read_stdin",
]


def __getattr__(name: str) -> object:
    # ParquetWriter pulls in pyarrow: import it on first use, not with warta.io.
    if name == "ParquetWriter":
        from warta.io.parquet import ParquetWriter

        return ParquetWriter
    raise AttributeError(f"module 'warta.io' has no attribute {name!r}")
