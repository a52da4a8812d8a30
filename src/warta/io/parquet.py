"""Parquet output: records streamed into row groups with typed core columns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from warta.errors import ConfigError, StoreError
from warta.io.writers import _Closing, _dumps

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
