"""Data files shipped with the package and the base class of components that own data."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.training import Example

DATA_DIR = Path(__file__).parent / "data"


def data_path(name: str) -> Path:
    return DATA_DIR / name


class DataFileError(ValueError):
    """A data file cannot be read; the message is ``FILE:LINE: problem``."""


def read_data(path: str | Path) -> Any:
    """Read a ``.json``, ``.jsonl`` or ``.txt`` (one entry a line, ``#`` comments) data file.

    Raises ``DataFileError`` naming the file and line of a problem.
    """
    path = Path(path)
    try:
        if path.suffix == ".json":
            return srsly.read_json(path)
        if path.suffix == ".jsonl":
            return list(srsly.read_jsonl(path))
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError) as error:
        raise DataFileError(_locate(path, error)) from None
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _locate(path: Path, error: Exception) -> str:
    """``FILE:LINE: problem`` for a data file that srsly could not read."""
    if isinstance(error, OSError):
        return f"{path}: cannot read: {error.strerror or error}"
    if isinstance(error, UnicodeDecodeError):
        return f"{path}: not valid UTF-8 (byte {error.start})"
    text = path.read_text(encoding="utf-8")
    chunks = text.splitlines() if path.suffix == ".jsonl" else [text]
    for number, chunk in enumerate(chunks, start=1):
        try:
            if chunk.strip():
                json.loads(chunk)
        except json.JSONDecodeError as bad:
            line = number if path.suffix == ".jsonl" else bad.lineno
            return f"{path}:{line}: invalid JSON: {bad.msg}"
    return f"{path}: {error}"


class DataComponent:
    """A pipeline component whose rules come from data files.

    ``data_files`` maps a key to a default file name in the package's ``data`` folder.
    ``initialize`` reads them (or the paths given in the ``[initialize]`` config block),
    ``to_disk``/``from_disk`` save and restore them with the pipeline.
    """

    data_files: dict[str, str] = {}

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.data: dict[str, Any] = {}

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        data_paths: dict[str, str] | None = None,
    ) -> None:
        paths = {key: data_path(file) for key, file in self.data_files.items()}
        paths.update({key: Path(value) for key, value in (data_paths or {}).items()})
        self.set_data({key: read_data(path) for key, path in paths.items()})

    def set_data(self, data: dict[str, Any]) -> None:
        self.data = data
        self.compile()

    def compile(self) -> None:
        """Build matchers and lookup tables from ``self.data``."""

    def require_data(self) -> None:
        if not self.data:
            raise ValueError(
                f"Component '{self.name}' has no data: call nlp.initialize() "
                "or load a saved pipeline with spacy.load()."
            )

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(self.data)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> DataComponent:
        self.set_data(srsly.msgpack_loads(bytes_data))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "data.json", self.data)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> DataComponent:
        self.set_data(srsly.read_json(Path(path) / "data.json"))
        return self
