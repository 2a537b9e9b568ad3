"""Reading documents to annotate: folders, text files, JSONL files and stdin."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STDIN = "-"


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


def read_text_file(path: Path) -> str:
    """The file's text; raises ``ValueError`` naming the problem for unusable files."""
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("empty file")
    if b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"not valid UTF-8 (byte {error.start})") from None


def iter_documents(
    paths: list[str], pattern: str = "*.txt"
) -> Iterator[Document | InputError]:
    """Documents from each path in order, and an ``InputError`` for each unusable input.

    A folder is searched recursively for ``pattern`` (sorted); a ``.jsonl`` file gives one
    document per line with a ``text`` field; ``-`` reads stdin.
    """
    for raw in paths:
        if raw == STDIN:
            yield from _stdin()
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob(pattern) if p.is_file())
            if not files:
                yield InputError(raw, f"no files matching {pattern!r}")
            for file in files:
                doc_id = file.relative_to(path).with_suffix("").as_posix()
                yield from _file(file, doc_id)
        elif path.is_file():
            yield from _file(path, path.stem)
        else:
            yield InputError(raw, "no such file or directory")


def _stdin() -> Iterator[Document | InputError]:
    text = sys.stdin.read()
    if not text.strip():
        yield InputError("<stdin>", "empty input")
    else:
        yield Document("stdin", text, {"source": "<stdin>"})


def _file(path: Path, doc_id: str) -> Iterator[Document | InputError]:
    try:
        text = read_text_file(path)
    except (OSError, ValueError) as error:
        yield InputError(str(path), str(error))
        return
    if path.suffix == ".jsonl":
        yield from _jsonl(path, text, doc_id)
    else:
        yield Document(doc_id, text, {"source": str(path)})


def _jsonl(path: Path, content: str, doc_id: str) -> Iterator[Document | InputError]:
    for lineno, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(where, f"malformed JSON ({error.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputError(where, "line has no 'text' string field")
            continue
        if not record["text"].strip():
            yield InputError(where, "empty 'text'")
            continue
        meta = dict(record.get("meta") or {})
        meta.setdefault("source", str(path))
        yield Document(str(record.get("id") or f"{doc_id}:{lineno}"), record["text"], meta)
