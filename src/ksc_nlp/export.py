"""Training data from JSONL records: spaCy DocBin, CoNLL-2003 IOB2, Prodigy tasks, splits.

* **DocBin** (``.spacy``): the record's tokens, entities (label, kb_id) and sentence starts;
  ``Span._.value`` and, under ``Doc.user_data``, the record's ``id``, ``meta`` and relations.
  ``docbin_to_records`` turns it back into the same JSONL records.
* **CoNLL**: one ``TOKEN TAG`` line per token with IOB2 tags, whitespace tokens left out, a
  blank line after each sentence (the pipeline's ``ksc_sentences`` boundaries) and a
  ``-DOCSTART- -X- O O`` line before each document (the delimiter ``spacy convert`` reads).
* **Prodigy**: the record with ``_input_hash`` and ``_task_hash`` (see ``input_hash``).
* **Splits**: ``split_of`` puts a document in a split by a hash of its id and text alone.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from murmurhash.mrmr import hash_bytes
from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

from .record import doc_to_record
from .relations import Relation
from .tokenization import LineSentencer

DOCSTART = "-DOCSTART- -X- O O"
SPLIT_NAME = re.compile(r"^[A-Za-z0-9_-]+$")


class ExportFormat(str, Enum):
    spacy = "spacy"
    conll = "conll"
    prodigy = "prodigy"


SUFFIXES = {ExportFormat.spacy: ".spacy", ExportFormat.conll: ".conll",
            ExportFormat.prodigy: ".jsonl"}


class ExportError(ValueError):
    """A record that cannot be exported; the message names the record and the problem."""


@cache
def english_vocab() -> Vocab:
    """The vocab of ``spacy.blank("en")`` (lexical attributes for the sentence splitter)."""
    return spacy.blank("en").vocab


@cache
def _sentencer() -> LineSentencer:
    """The pipeline's sentence splitter (it reads tokens and their whitespace only)."""
    return LineSentencer(spacy.blank("en"), "ksc_sentences")


def record_to_doc(record: Mapping[str, Any], vocab: Vocab | None = None) -> Doc:
    """A Doc with the record's tokens, sentences and entities (kb_id kept, values in
    ``Span._.value``); ``user_data`` holds ``id``, ``meta`` and ``relations`` (plain
    ``(head token_start, head token_end, head label, child token_start, child token_end,
    child label, label)`` tuples) so that ``restore_relations`` can set ``Doc._.relations``."""
    name = record.get("id", "<no id>")
    try:
        tokens = record["tokens"]
        doc = Doc(
            vocab or english_vocab(),
            words=[t["text"] for t in tokens],
            spaces=[bool(t["ws"]) for t in tokens],
        )
        if doc.text != record["text"]:
            raise ExportError(f"record {name!r}: its tokens do not spell its text")
        _sentencer()(doc)
        ents = []
        for span in record["spans"]:
            ent = _span(doc, span, name, span.get("kb_id", ""))
            if "value" in span:
                ent._.value = span["value"]
            ents.append(ent)
        doc.ents = ents
        relations = [
            (*_reference(doc, relation["head_span"], name),
             *_reference(doc, relation["child_span"], name), relation["label"])
            for relation in record["relations"]
        ]
        doc.user_data["id"] = record["id"]
        doc.user_data["meta"] = dict(record.get("meta", {}))
        doc.user_data["relations"] = relations
    except ExportError:
        raise
    except KeyError as error:
        raise ExportError(f"record {name!r}: missing field {error}") from None
    except (TypeError, ValueError) as error:
        raise ExportError(f"record {name!r}: {error}") from None
    return doc


def _span(doc: Doc, span: Mapping[str, Any], name: str, kb_id: str = "") -> Span:
    start, end = span["token_start"], span["token_end"] + 1
    if not 0 <= start < end <= len(doc):
        raise ExportError(f"record {name!r}: span {span!r} is outside the tokens")
    result = Span(doc, start, end, label=span["label"], kb_id=kb_id)
    if (result.start_char, result.end_char) != (span["start"], span["end"]):
        raise ExportError(
            f"record {name!r}: span {span['start']}-{span['end']} {span['label']} does not "
            f"match its tokens {start}-{end - 1} ({result.start_char}-{result.end_char})"
        )
    return result


def _reference(doc: Doc, span: Mapping[str, Any], name: str) -> tuple[int, int, str]:
    _span(doc, span, name)
    return span["token_start"], span["token_end"], span["label"]


def restore_relations(doc: Doc) -> Doc:
    """Set ``Doc._.relations`` from the tuples ``record_to_doc`` keeps in user_data."""
    doc._.relations = [
        Relation(Span(doc, hs, he + 1, label=hl), Span(doc, cs, ce + 1, label=cl), label)
        for hs, he, hl, cs, ce, cl, label in doc.user_data.get("relations", [])
    ]
    return doc


def records_to_docbin(records: Iterable[Mapping[str, Any]], vocab: Vocab | None = None) -> DocBin:
    """A DocBin for ``spacy train`` (``--paths.train file.spacy``), user data included."""
    docbin = DocBin(store_user_data=True)
    for record in records:
        docbin.add(record_to_doc(record, vocab))
    return docbin


def docbin_to_records(docbin: DocBin, vocab: Vocab | None = None) -> list[dict[str, Any]]:
    """The JSONL records a DocBin from ``records_to_docbin`` was made of."""
    return [
        doc_to_record(restore_relations(doc), doc.user_data["id"], _lists(doc.user_data["meta"]))
        for doc in docbin.get_docs(vocab or english_vocab())
    ]


def _lists(value: Any) -> Any:
    """JSON data back from msgpack, which reads arrays as tuples."""
    if isinstance(value, (list, tuple)):
        return [_lists(item) for item in value]
    if isinstance(value, dict):
        return {key: _lists(item) for key, item in value.items()}
    return value


def record_to_conll(record: Mapping[str, Any], vocab: Vocab | None = None) -> str:
    """CoNLL-2003-style IOB2 lines for one document (see the module docstring)."""
    doc = record_to_doc(record, vocab)
    lines = [DOCSTART, ""]
    for sentence in doc.sents:
        words = [token for token in sentence if not token.is_space]
        for token in words:
            tag = "O" if not token.ent_type_ else f"{token.ent_iob_}-{token.ent_type_}"
            lines.append(f"{token.text} {tag}")
        if words:
            lines.append("")
    return "\n".join(lines) + "\n"


def _canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def input_hash(record: Mapping[str, Any]) -> int:
    """Prodigy's ``_input_hash``: MurmurHash3 x86 32-bit, seed 0, as a signed int (what
    ``mmh3.hash`` returns) of the UTF-8 JSON ``{"text": ...}`` with sorted keys and no
    spaces. It depends on the text only."""
    return hash_bytes(_canonical_json({"text": record["text"]}))


def task_hash(record: Mapping[str, Any]) -> int:
    """Prodigy's ``_task_hash``: the same hash of ``"<_input_hash> "`` followed by the JSON
    ``{"relations": [...], "spans": [...]}`` (sorted keys, no spaces): it changes with the
    text and with any span or relation field, and with nothing else (not ``id``, ``meta``)."""
    annotations = {"relations": record["relations"], "spans": record["spans"]}
    return hash_bytes(f"{input_hash(record)} ".encode() + _canonical_json(annotations))


def record_to_prodigy(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record with ``_input_hash`` and ``_task_hash`` added."""
    name = record.get("id", "<no id>")
    try:
        return {**record, "_input_hash": input_hash(record), "_task_hash": task_hash(record)}
    except KeyError as error:
        raise ExportError(f"record {name!r}: missing field {error}") from None


def parse_split(spec: str) -> dict[str, float]:
    """``"train=0.8,dev=0.1,test=0.1"`` as ``{"train": 0.8, ...}``; the fractions must be
    positive and add up to 1, the names be distinct file-name words."""
    splits: dict[str, float] = {}
    for part in spec.split(","):
        name, sep, fraction = part.partition("=")
        name = name.strip()
        if not sep or not SPLIT_NAME.match(name):
            raise ValueError(f"split {part.strip()!r} is not NAME=FRACTION (e.g. train=0.8)")
        if name in splits:
            raise ValueError(f"split {name!r} is named twice")
        try:
            value = float(fraction)
        except ValueError:
            raise ValueError(f"split {name!r}: {fraction.strip()!r} is not a number") from None
        if not 0 < value <= 1:
            raise ValueError(f"split {name!r}: the fraction must be in (0, 1], not {value}")
        splits[name] = value
    if not math.isclose(sum(splits.values()), 1.0, abs_tol=1e-9):
        raise ValueError(f"the split fractions add up to {sum(splits.values()):g}, not 1")
    return splits


def split_point(record: Mapping[str, Any]) -> float:
    """A number in [0, 1) from the SHA-256 of the record's id and text."""
    key = f"{record['id']}\n{record['text']}".encode()
    return int.from_bytes(hashlib.sha256(key).digest()[:8], "big") / 2**64


def split_of(record: Mapping[str, Any], splits: Mapping[str, float]) -> str:
    """The split whose share of [0, 1), in the order given, holds ``split_point(record)``;
    it depends on the record and the fractions only, never on the other records."""
    point, upper = split_point(record), 0.0
    names = list(splits)
    for name in names:
        upper += splits[name]
        if point < upper:
            return name
    return names[-1]


def split_records(
    records: Iterable[Mapping[str, Any]], splits: Mapping[str, float]
) -> dict[str, list[Mapping[str, Any]]]:
    """The records of each split, in input order (every split present, maybe empty)."""
    result: dict[str, list[Mapping[str, Any]]] = {name: [] for name in splits}
    for record in records:
        result[split_of(record, splits)].append(record)
    return result


def export_bytes(records: Iterable[Mapping[str, Any]], format: ExportFormat) -> bytes:
    """The content of one export file holding ``records``."""
    if format is ExportFormat.spacy:
        return records_to_docbin(records).to_bytes()
    if format is ExportFormat.conll:
        return "".join(record_to_conll(r) for r in records).encode()
    lines = [json.dumps(record_to_prodigy(r), ensure_ascii=False) + "\n" for r in records]
    return "".join(lines).encode()


def export_files(
    records: Iterable[Mapping[str, Any]],
    format: ExportFormat,
    output: Path,
    splits: Mapping[str, float] | None = None,
) -> dict[Path, int]:
    """Write ``records`` to the file ``output``, or with ``splits`` to ``output/NAME.spacy``
    (``.conll``, ``.jsonl``) per split; the number of documents in each file written.
    Every record is converted before anything is written."""
    records = list(records)
    if splits is None:
        parts = {output: records}
    else:
        parts = {
            output / f"{name}{SUFFIXES[format]}": part
            for name, part in split_records(records, splits).items()
        }
    contents = {path: export_bytes(part, format) for path, part in parts.items()}
    if splits is not None:
        output.mkdir(parents=True, exist_ok=True)
    for path, content in contents.items():
        path.write_bytes(content)
    return {path: len(part) for path, part in parts.items()}
