"""Binary streams over plain, gzip and zstd files, and bounded line reading for huge records."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

import zstandard

from warta.io.records import ReadError

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_CHUNK = 1 << 20


class _ZstdRaw(io.RawIOBase):
    """A zstd-decompressing raw stream that notices a truncated file.

    zstandard's own stream_reader returns a short read at the end of a cut-off frame
    without complaint; here the end of the input inside a frame raises ReadError.
    Concatenated frames (pzstd, `cat a.zst b.zst`) are read one after another.
    """

    def __init__(self, raw: BinaryIO, *, name: str) -> None:
        self._raw = raw
        self._name = name
        self._dctx = zstandard.ZstdDecompressor()
        self._obj = self._dctx.decompressobj()
        self._pending = b""
        self._in_frame = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = self._raw.read(_CHUNK)
            if not chunk:
                if self._in_frame:
                    raise ReadError("truncated-zstd", f"{self._name}: file ends inside a frame")
                return 0
            self._pending = self._feed(chunk)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def _feed(self, chunk: bytes) -> bytes:
        out: list[bytes] = []
        while chunk:
            try:
                out.append(self._obj.decompress(chunk))
            except zstandard.ZstdError as exc:
                raise ReadError("truncated-zstd", f"{self._name}: corrupt data ({exc})") from exc
            self._in_frame = not self._obj.eof
            if not self._obj.eof:
                break
            chunk = self._obj.unused_data
            self._obj = self._dctx.decompressobj()
            self._in_frame = bool(chunk)
        return b"".join(out)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _GzipChecked(io.RawIOBase):
    """gzip decompression whose truncation and corruption errors become ReadError."""

    def __init__(self, raw: BinaryIO, *, name: str) -> None:
        self._gz = gzip.GzipFile(fileobj=raw, mode="rb")
        self._raw = raw
        self._name = name

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            # read1: one decompression step, so the text before a truncation is returned
            # before the EOFError comes (a full read would lose it with the exception).
            data = self._gz.read1(len(buffer))
        except EOFError as exc:
            raise ReadError("truncated-gzip", f"{self._name}: {exc}") from exc
        except (gzip.BadGzipFile, zlib.error) as exc:
            raise ReadError("truncated-gzip", f"{self._name}: corrupt data ({exc})") from exc
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._gz.close()
        self._raw.close()
        super().close()


class _RangeRaw(io.RawIOBase):
    """Bytes `start` to `end` of a file, as a raw stream (one shard of a large JSONL file)."""

    def __init__(self, path: str, start: int, end: int) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._file.seek(start)
        self._left = end - start if end >= 0 else -1

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        size = len(buffer) if self._left < 0 else min(len(buffer), self._left)
        if size == 0:
            return 0
        data = self._file.read(size)
        buffer[: len(data)] = data
        if self._left >= 0:
            self._left -= len(data)
        return len(data)

    def close(self) -> None:
        self._file.close()
        super().close()


def open_range(path: str, start: int, end: int) -> BinaryIO:
    """Bytes `start`..`end` of an uncompressed file (`end` -1: to its end), buffered."""
    return io.BufferedReader(_RangeRaw(path, start, end), buffer_size=_CHUNK)


def open_binary(path: str) -> BinaryIO:
    """Open `path` for reading, decompressing gzip or zstd (recognised by magic bytes)."""
    raw = open(path, "rb")  # noqa: SIM115 - the returned stream owns and closes it
    return wrap_compressed(raw, name=path)


def wrap_compressed(raw: BinaryIO, *, name: str) -> io.BufferedReader:
    """`raw` itself, or a decompressing buffered stream over it when it is gzip or zstd."""
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(_Passthrough(raw))
    head = buffered.peek(4)[:4]
    if head.startswith(GZIP_MAGIC):
        return io.BufferedReader(_GzipChecked(buffered, name=name), buffer_size=_CHUNK)
    if head.startswith(ZSTD_MAGIC):
        return io.BufferedReader(_ZstdRaw(buffered, name=name), buffer_size=_CHUNK)
    return buffered


class _Passthrough(io.RawIOBase):
    """Any binary stream as a raw stream, so io.BufferedReader (with peek) can wrap it."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._stream.close()
        super().close()


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line: its 1-based number and bytes, or `too_long` with its size."""

    number: int
    data: bytes
    too_long: bool = False
    size: int = 0


def bounded_lines(stream: BinaryIO, *, limit: int, first_line: int = 1) -> Iterator[Line]:
    """Lines of `stream`; a line over `limit` bytes is skipped (never held whole in memory)."""
    number = first_line - 1
    while True:
        data = stream.readline(limit + 1)
        if not data:
            return
        number += 1
        if len(data) <= limit or data.endswith(b"\n"):
            yield Line(number, data)
            continue
        size = len(data)
        del data
        while True:  # skip the rest of the oversized line in bounded pieces
            rest = stream.readline(_CHUNK)
            size += len(rest)
            if not rest or rest.endswith(b"\n"):
                break
        yield Line(number, b"", too_long=True, size=size)


def read_bounded(stream: BinaryIO, *, limit: int) -> bytes:
    """All of `stream`, or ReadError("too-large") as soon as it holds more than `limit` bytes.

    Read in pieces: `stream.read(limit + 1)` would allocate the whole limit up front.
    """
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise ReadError("too-large", f"more than max_doc_bytes {limit}")
