"""Reading documents to annotate: folders, text files, JSONL files and stdin.

Inputs are read lazily: folders are walked one directory at a time (in sorted order), text
files are read when their turn comes and JSONL files one line at a time. A local path or an
fsspec URL (``s3://bucket/corpus/``, ``file:///data``; needs ``fsspec``) may be given.
Every unusable input gives an ``InputError`` naming the file (and line) and the problem,
and reading goes on with the next one.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import posixpath
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, BinaryIO

STDIN = "-"
DEFAULT_ENCODING = "utf-8"
# Documents longer than this are refused (``--max-chars``); 0 means no limit.
DEFAULT_MAX_CHARS = 100_000_000
# Bytes read from the start of a file to recognise a binary file.
SNIFF_BYTES = 8192
# A character takes at most this many bytes in any encoding we decode.
MAX_BYTES_PER_CHAR = 4


@dataclass
class Document:
    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class InputError:
    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


@dataclass(frozen=True)
class Source:
    """One input file (a local path, a URL or ``-``) and the id of its document.

    For a JSONL file ``id`` is the prefix of the ids of lines without an ``id`` field.
    """

    path: str
    id: str

    @property
    def is_jsonl(self) -> bool:
        return self.path.endswith(".jsonl")


@dataclass(frozen=True)
class ReadOptions:
    encoding: str = DEFAULT_ENCODING
    max_chars: int = DEFAULT_MAX_CHARS


def is_url(path: str) -> bool:
    return "://" in path


def check_encoding(encoding: str) -> str:
    """The canonical codec name; raises ``LookupError`` for an unknown encoding."""
    return codecs.lookup(encoding).name


def _is_wide(encoding: str) -> bool:
    """UTF-16 and UTF-32 text has NUL bytes; other encodings have none in text."""
    return check_encoding(encoding).startswith(("utf-16", "utf-32"))


def _codec(encoding: str) -> str:
    """UTF-8 is read with or without a byte order mark."""
    return "utf-8-sig" if check_encoding(encoding) == "utf-8" else encoding


def decode(data: bytes, encoding: str = DEFAULT_ENCODING) -> str:
    """The text of ``data``; raises ``ValueError`` naming the problem for binary or
    undecodable data. An empty or whitespace-only text is returned as it is."""
    wide = _is_wide(encoding)
    if not wide and b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes), skipped")
    try:
        text = data.decode(_codec(encoding))
    except UnicodeDecodeError as error:
        name = "UTF-8" if check_encoding(encoding) == "utf-8" else encoding
        raise ValueError(
            f"not valid {name} (byte {error.start}); choose the encoding with --encoding"
        ) from None
    if wide and "\x00" in text:
        raise ValueError("binary file (contains NUL characters), skipped")
    return text


def _too_long(length: int, max_chars: int) -> str | None:
    if max_chars and length > max_chars:
        return f"document has {length:,} characters, above --max-chars {max_chars:,}; skipped"
    return None


def read_text_file(path: Path, encoding: str = DEFAULT_ENCODING,
                   max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """The file's text; raises ``ValueError`` naming the problem for unusable files."""
    with open(path, "rb") as stream:
        return _read_text(stream, os.fstat(stream.fileno()).st_size, encoding, max_chars)


def _read_text(stream: BinaryIO, size: int | None, encoding: str, max_chars: int) -> str:
    if size is not None and max_chars and size > max_chars * MAX_BYTES_PER_CHAR:
        raise ValueError(f"file has {size:,} bytes, too many for --max-chars {max_chars:,}; "
                         "skipped")
    text = decode(stream.read(), encoding)
    problem = _too_long(len(text), max_chars)
    if problem:
        raise ValueError(problem)
    return text


# -- finding the files -------------------------------------------------------------------


def iter_sources(paths: list[str], pattern: str = "*.txt") -> Iterator[Source | InputError]:
    """The input files of ``paths`` in order, and an ``InputError`` for each unusable path.

    A folder is searched recursively for ``pattern`` in sorted order (the order of
    ``sorted(folder.rglob(pattern))``, without listing the whole tree first); the id of a
    file in a folder is its path relative to the folder without extension, of a file given
    by itself its stem.
    """
    for raw in paths:
        if raw == STDIN:
            yield Source(STDIN, "stdin")
        elif is_url(raw):
            yield from _url_sources(raw, pattern)
        else:
            yield from _local_sources(raw, pattern)


def _local_sources(raw: str, pattern: str) -> Iterator[Source | InputError]:
    path = Path(raw)
    if path.is_dir():
        found = False
        for item in _walk(path, pattern):
            if isinstance(item, Path):
                found = True
                doc_id = item.relative_to(path).with_suffix("").as_posix()
                yield Source(str(item), doc_id)
            else:
                yield item
        if not found:
            yield InputError(raw, f"no files matching {pattern!r}")
    elif path.is_file():
        yield Source(raw, path.stem)
    elif path.is_symlink():
        yield InputError(raw, "broken symbolic link")
    else:
        yield InputError(raw, "no such file or directory")


def _walk(folder: Path, pattern: str) -> Iterator[Path | InputError]:
    """Files under ``folder`` matching ``pattern``, one directory listed at a time."""
    if "/" in pattern or "**" in pattern:  # a path pattern: let pathlib match it
        yield from sorted(p for p in folder.rglob(pattern) if p.is_file())
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield InputError(str(folder), f"cannot list folder: {error.strerror or error}")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path), pattern)
        elif fnmatchcase(entry.name, pattern):
            if entry.is_file():
                yield Path(entry.path)
            elif entry.is_symlink() and not os.path.exists(entry.path):
                yield InputError(entry.path, "broken symbolic link")


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise ValueError("reading URLs needs fsspec: pip install 'ksc-nlp[dask]'") from None
    return url_to_fs(url)


def _url_sources(url: str, pattern: str) -> Iterator[Source | InputError]:
    try:
        fs, root = _filesystem(url)
        if fs.isdir(root):
            names = [p for p in fs.find(root) if fnmatchcase(posixpath.basename(p), pattern)]
            if not names:
                yield InputError(url, f"no files matching {pattern!r}")
            for name in sorted(names, key=lambda p: p.split("/")):
                relative = posixpath.relpath(name, root)
                yield Source(fs.unstrip_protocol(name), posixpath.splitext(relative)[0])
        elif fs.isfile(root):
            stem = posixpath.splitext(posixpath.basename(root.rstrip("/")))[0]
            yield Source(url, stem)
        else:
            yield InputError(url, "no such file or directory")
    except (OSError, ValueError) as error:
        yield InputError(url, f"cannot list: {error}")


def would_read(paths: list[str], pattern: str, target: Path) -> bool:
    """Whether ``target`` is one of the inputs, or would be found in an input folder."""
    target = target.resolve()
    for raw in paths:
        if raw == STDIN or is_url(raw):
            continue
        path = Path(raw).resolve()
        if path == target:
            return True
        if path.is_dir() and target.is_relative_to(path):
            if "/" in pattern or "**" in pattern:
                if target.relative_to(path).match(pattern):
                    return True
            elif fnmatchcase(target.name, pattern):
                return True
    return False


# -- reading the documents ---------------------------------------------------------------


def iter_documents(
    paths: list[str],
    pattern: str = "*.txt",
    *,
    encoding: str = DEFAULT_ENCODING,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Document | InputError]:
    """Documents from each path in order, and an ``InputError`` for each unusable input.

    A folder is searched recursively for ``pattern`` (sorted); a ``.jsonl`` file gives one
    document per line with a ``text`` field; ``-`` reads stdin.
    """
    options = ReadOptions(encoding, max_chars)
    for source in iter_sources(paths, pattern):
        if isinstance(source, InputError):
            yield source
        else:
            yield from read_source(source, options)


def read_source(source: Source, options: ReadOptions = ReadOptions()) -> Iterator[
    Document | InputError
]:
    """The document(s) of one input file."""
    if source.path == STDIN:
        yield from _stdin(options)
        return
    try:
        stream, size = _open(source.path)
    except (OSError, ValueError) as error:
        yield InputError(source.path, _os_problem(error))
        return
    with stream:
        if source.is_jsonl:
            yield from _jsonl(stream, source, options)
            return
        try:
            text = _read_text(stream, size, options.encoding, options.max_chars)
        except (OSError, ValueError) as error:
            yield InputError(source.path, _os_problem(error))
            return
    yield Document(source.id, text, {"source": source.path})


def _os_problem(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"cannot read: {error.strerror}"
    return str(error)


def _open(path: str) -> tuple[BinaryIO, int | None]:
    if is_url(path):
        fs, inner = _filesystem(path)
        return fs.open(inner, "rb"), fs.size(inner)
    stream = open(path, "rb")  # noqa: SIM115  (closed by the caller)
    return stream, os.fstat(stream.fileno()).st_size


def _stdin(options: ReadOptions) -> Iterator[Document | InputError]:
    stream = getattr(sys.stdin, "buffer", None)
    try:
        if stream is not None:
            text = _read_text(stream, None, options.encoding, options.max_chars)
        else:
            text = sys.stdin.read()
    except (OSError, ValueError) as error:
        yield InputError("<stdin>", _os_problem(error))
        return
    yield Document("stdin", text, {"source": "<stdin>"})


def _jsonl(stream: BinaryIO, source: Source, options: ReadOptions) -> Iterator[
    Document | InputError
]:
    """One document per line; a bad line is reported with its number and skipped."""
    head = stream.read(SNIFF_BYTES)
    if not _is_wide(options.encoding) and b"\x00" in head:
        yield InputError(source.path, "binary file (contains NUL bytes), skipped")
        return
    stream.seek(0)
    limit = options.max_chars * MAX_BYTES_PER_CHAR + 65536 if options.max_chars else -1
    lines = _wide_lines(stream, options) if _is_wide(options.encoding) else _byte_lines(
        stream, options, limit
    )
    for lineno, line in lines:
        where = f"{source.path}:{lineno}"
        if isinstance(line, InputError):
            yield InputError(where, line.problem)
            continue
        if not line.strip():
            continue
        yield _jsonl_document(line, where, source, lineno, options.max_chars)


def _byte_lines(stream: BinaryIO, options: ReadOptions, limit: int) -> Iterator[
    tuple[int, str | InputError]
]:
    codec = _codec(options.encoding)
    lineno = 0
    while True:
        raw = stream.readline(limit)
        if not raw:
            return
        lineno += 1
        if limit > 0 and len(raw) >= limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                raw = stream.readline(1 << 20)
            yield lineno, InputError("", f"line too long for --max-chars {options.max_chars:,}")
            continue
        try:
            yield lineno, raw.decode(codec if lineno == 1 else _plain(codec))
        except UnicodeDecodeError as error:
            yield lineno, InputError("", f"not valid {options.encoding} (byte {error.start})")


def _plain(codec: str) -> str:
    return "utf-8" if codec == "utf-8-sig" else codec


def _wide_lines(stream: BinaryIO, options: ReadOptions) -> Iterator[tuple[int, str | InputError]]:
    text = io.TextIOWrapper(stream, encoding=options.encoding, newline="\n")
    lineno = 0
    try:
        for lineno, line in enumerate(text, start=1):  # noqa: B007  (used after the loop)
            yield lineno, line
    except UnicodeDecodeError as error:
        yield lineno + 1, InputError("", f"not valid {options.encoding} ({error.reason}); "
                                         "rest of the file skipped")


def _jsonl_document(line: str, where: str, source: Source, lineno: int, max_chars: int) -> (
    Document | InputError
):
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(where, f"malformed JSON ({error.msg})")
    except RecursionError:
        return InputError(where, "malformed JSON (nested too deeply)")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return InputError(where, "line has no 'text' string field")
    meta = record.get("meta")
    if meta is not None and not isinstance(meta, dict):
        return InputError(where, "'meta' is not an object")
    problem = _too_long(len(record["text"]), max_chars)
    if problem:
        return InputError(where, problem)
    doc_id = record.get("id")
    if doc_id is None or doc_id == "":
        doc_id = f"{source.id}:{lineno}"
    elif not isinstance(doc_id, str | int):
        return InputError(where, "'id' is not a string or a number")
    meta = dict(meta or {})
    meta.setdefault("source", source.path)
    return Document(str(doc_id), record["text"], meta)

