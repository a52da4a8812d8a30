"""Output writers for records (`Document.to_dict()`): JSON Lines (stdout or file) and Parquet."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from warta.errors import ConfigError, StoreError

FORMATS = ("jsonl", "parquet")

_REMOVED = pa.list_(
    pa.struct(
        [
            ("line", pa.int64()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("reason", pa.string()),
        ]
    )
)
# Typed columns for the core fields of a record, in output order.
_CORE: tuple[tuple[str, pa.DataType], ...] = (
    ("id", pa.string()),
    ("source", pa.string()),
    ("url", pa.string()),
    ("title", pa.string()),
    ("published", pa.string()),
    ("language", pa.string()),
    ("text", pa.string()),
    ("removed", _REMOVED),
    ("status", pa.string()),
    ("reason", pa.string()),
)
_CORE_NAMES = frozenset(name for name, _ in _CORE) | {"raw"}
EXTRA_COLUMN = "extra"


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
        if isinstance(path_or_stream, str | Path):
            path = Path(path_or_stream)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if path.name.endswith(".gz"):
                    self._stream: TextIO = io.TextIOWrapper(
                        gzip.open(path, "wb"),  # noqa: SIM115 - closed by close()
                        encoding="utf-8",
                        newline="\n",
                    )
                else:
                    self._stream = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
            except OSError as exc:
                raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
            self._owned = True
        else:
            self._stream = path_or_stream
            self._owned = False
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        self._stream.write(json.dumps(record, ensure_ascii=False, default=_json_default))
        self._stream.write("\n")
        self.count += 1

    def close(self) -> None:
        if self._owned:
            self._stream.close()
        else:
            self._stream.flush()


class ParquetWriter(_Closing):
    """Records to a Parquet file, streamed in row groups of `batch_size`.

    Core fields are typed columns (`removed` is list<struct<line, start, end, text,
    reason>>, `raw` a string column when the first batch carries it). Annotations vary
    in shape from step to step, so each is a string column holding its JSON encoding
    (decode with json.loads). The columns are fixed by the first batch; an annotation
    first seen later goes, with any others like it, into the JSON object of the
    `extra` column.
    """

    def __init__(self, path: str | Path, *, batch_size: int = 1000) -> None:
        if batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, got {batch_size}")
        self.path = Path(path)
        self.batch_size = batch_size
        self.count = 0
        self._pending: list[dict[str, Any]] = []
        self._schema: pa.Schema | None = None
        self._annotation_keys: list[str] = []
        self._has_raw = False
        self._writer: pq.ParquetWriter | None = None

    def write(self, record: dict[str, Any]) -> None:
        self._pending.append(record)
        self.count += 1
        if len(self._pending) >= self.batch_size:
            self._flush()

    def close(self) -> None:
        if self._pending or self._writer is None:
            self._flush()
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def _flush(self) -> None:
        if self._schema is None:
            self._schema = self._make_schema(self._pending)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._writer = pq.ParquetWriter(self.path, self._schema, compression="zstd")
            except OSError as exc:
                raise StoreError(f"cannot write {self.path}: {exc}") from exc
        assert self._writer is not None
        columns = self._columns(self._pending)
        self._writer.write_table(pa.Table.from_pydict(columns, schema=self._schema))
        self._pending = []

    def _make_schema(self, records: list[dict[str, Any]]) -> pa.Schema:
        keys: dict[str, None] = {}
        for record in records:
            for key in record:
                if key not in _CORE_NAMES:
                    keys.setdefault(key, None)
        self._annotation_keys = sorted(keys)
        self._has_raw = any("raw" in record for record in records)
        fields = [pa.field(name, kind) for name, kind in _CORE]
        if self._has_raw:
            fields.append(pa.field("raw", pa.string()))
        fields.extend(pa.field(key, pa.string()) for key in self._annotation_keys)
        fields.append(pa.field(EXTRA_COLUMN, pa.string()))
        return pa.schema(fields)

    def _columns(self, records: list[dict[str, Any]]) -> dict[str, list[Any]]:
        columns: dict[str, list[Any]] = {name: [] for name in self._schema_names()}
        known = set(self._annotation_keys)
        for record in records:
            for name, _ in _CORE:
                columns[name].append(record.get(name))
            if self._has_raw:
                columns["raw"].append(record.get("raw"))
            for key in self._annotation_keys:
                columns[key].append(_dumps(record[key]) if key in record else None)
            extra = {
                key: value
                for key, value in record.items()
                if key not in _CORE_NAMES and key not in known
            }
            columns[EXTRA_COLUMN].append(_dumps(extra) if extra else None)
        for index, value in enumerate(columns["removed"]):
            if value is None:
                columns["removed"][index] = []
        return columns

    def _schema_names(self) -> list[str]:
        assert self._schema is not None
        return list(self._schema.names)


def open_writer(path: str | None, fmt: str) -> JsonlWriter | ParquetWriter:
    """The writer for `fmt` ("jsonl" or "parquet"); None or "-" means stdout (JSONL only)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
    to_stdout = path is None or path == "-"
    if fmt == "parquet":
        if to_stdout:
            raise ConfigError("parquet output needs a file path (--output out.parquet)")
        assert path is not None
        return ParquetWriter(path)
    return JsonlWriter(sys.stdout if to_stdout else str(path))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> Any:
    # numpy scalars and arrays, sets and the like that an annotation step may leave behind
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
