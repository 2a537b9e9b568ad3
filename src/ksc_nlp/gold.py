"""Gold records from hand-written annotation files (``*.ann.json``).

An annotation file names a text file and lists its spans by character offsets, with the
relations pointing at spans by index. Tokens and token offsets are added from the
tokeniser, so the gold record has the same format as the pipeline's output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from .record import VALUE_LABELS, relation_record, span_record, token_records


class GoldFormatError(ValueError):
    pass


def _span(doc: Doc, item: dict[str, Any], where: str) -> Span:
    start, end = item["start"], item["end"]
    if doc.text[start:end] != item["text"]:
        raise GoldFormatError(f"{where}: {item['text']!r} is not at [{start}, {end})")
    span = doc.char_span(start, end, label=item["label"], kb_id=item.get("kb_id", ""))
    if span is None:
        raise GoldFormatError(f"{where}: [{start}, {end}) is not on token boundaries")
    if item["label"] in VALUE_LABELS:
        span._.value = item["value"]
    return span


def annotation_to_record(annotation: dict[str, Any], root: Path, nlp: Language) -> dict[str, Any]:
    """Turn one parsed ``.ann.json`` object into a gold record."""
    where = annotation.get("id", "?")
    text = (root / annotation["text_path"]).read_bytes().decode("utf-8")
    doc = nlp.make_doc(text)
    spans = [_span(doc, item, where) for item in annotation["spans"]]
    return {
        "id": annotation["id"],
        "text": text,
        "meta": {"source": annotation["text_path"], "gold": True},
        "tokens": token_records(doc),
        "spans": [span_record(span) for span in spans],
        "relations": [
            relation_record(spans[item["head"]], spans[item["child"]], item["label"])
            for item in annotation["relations"]
        ],
    }


def build_gold(annotation_path: Path, root: Path, nlp: Language) -> dict[str, Any]:
    return annotation_to_record(srsly.read_json(annotation_path), root, nlp)
