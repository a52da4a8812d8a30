"""Output writers for records (`Document.to_dict()`): JSON Lines (stdout or file) and Parquet.

The Parquet writer lives in `warta.io.parquet`, imported only when asked for.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Protocol, TextIO, cast

import orjson

from warta.errors import ConfigError, StoreError

FORMATS = ("jsonl", "parquet")


class Writer(Protocol):
    """A sink for output records; a context manager that closes what it opened."""

    def write(self, record: dict[str, Any]) -> None: ...

    def close(self) -> None: ...

    def __enter__(self) -> Writer: ...

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


class _Closing:
    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Any:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class JsonlWriter(_Closing):
    """One JSON object per line, UTF-8, non-ASCII kept as is; ".gz" paths are gzip-compressed.

    Given a text stream (stdout), it writes there and leaves the stream open.
    """

    def __init__(self, path_or_stream: str | Path | TextIO) -> None:
        # Files are written in binary: orjson makes UTF-8 bytes, and a text stream would
        # decode and re-encode every record.
        self._file: BinaryIO | None = None
        self._stream: TextIO | None = None
        if isinstance(path_or_stream, str | Path):
            path = Path(path_or_stream)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if path.name.endswith(".gz"):
                    self._file = cast(BinaryIO, gzip.open(path, "wb"))  # noqa: SIM115
                else:
                    self._file = open(path, "wb")  # noqa: SIM115 - closed by close()
            except OSError as exc:
                raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
        else:
            self._stream = path_or_stream
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        if self._file is not None:
            self._file.write(_dumps_line(record))
        else:
            assert self._stream is not None
            self._stream.write(_dumps(record))
            self._stream.write("\n")
        self.count += 1

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        elif self._stream is not None:
            self._stream.flush()


def open_writer(path: str | None, fmt: str) -> Writer:
    """The writer for `fmt` ("jsonl" or "parquet"); None or "-" means stdout (JSONL only)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
    to_stdout = path is None or path == "-"
    if fmt == "parquet":
        if to_stdout:
            raise ConfigError("parquet output needs a file path (--output out.parquet)")
        assert path is not None
        # pyarrow takes a noticeable share of start-up time: load it only for Parquet.
        from warta.io.parquet import ParquetWriter

        return ParquetWriter(path)
    return JsonlWriter(sys.stdout if to_stdout else str(path))


def _dumps(value: Any) -> str:
    # orjson: UTF-8 output, several times faster than json.dumps; json handles what it refuses
    # (integers beyond 64 bits, non-string keys).
    try:
        return orjson.dumps(value, default=_json_default).decode("utf-8")
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(value, ensure_ascii=False, default=_json_default)


def _dumps_line(value: Any) -> bytes:
    """`_dumps(value)` and a newline, as UTF-8 bytes."""
    try:
        return orjson.dumps(value, default=_json_default, option=orjson.OPT_APPEND_NEWLINE)
    except (TypeError, orjson.JSONEncodeError):
        return (json.dumps(value, ensure_ascii=False, default=_json_default) + "\n").encode()


def _json_default(value: Any) -> Any:
    # numpy scalars and arrays, sets and the like that an annotation step may leave behind
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
