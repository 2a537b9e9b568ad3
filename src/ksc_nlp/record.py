"""One JSON record per document (Prodigy-compatible), and its JSON Schema."""

from __future__ import annotations

from typing import Any

import srsly
from spacy.tokens import Doc, Span

from .resources import data_path

KB_LABELS = {"COUNTRY", "PERSON", "ORG"}
VALUE_LABELS = {"DATE", "VOTE_COUNT"}
SCHEMA_PATH = data_path("record.schema.json")


def span_reference(span: Span) -> dict[str, Any]:
    return {
        "start": span.start_char,
        "end": span.end_char,
        "token_start": span.start,
        "token_end": span.end - 1,
        "label": span.label_,
    }


def span_record(span: Span) -> dict[str, Any]:
    record = span_reference(span)
    record["text"] = span.text
    if span.label_ in KB_LABELS:
        record["kb_id"] = span.kb_id_ or span.text
    if span.label_ in VALUE_LABELS:
        record["value"] = span._.value
    return record


def token_records(doc: Doc) -> list[dict[str, Any]]:
    return [
        {
            "text": token.text,
            "start": token.idx,
            "end": token.idx + len(token.text),
            "id": token.i,
            "ws": bool(token.whitespace_),
        }
        for token in doc
    ]


def relation_record(head: Span, child: Span, label: str) -> dict[str, Any]:
    """A relation in Prodigy's form: ``head``/``child`` are the spans' last tokens."""
    return {
        "head": head.end - 1,
        "child": child.end - 1,
        "head_span": span_reference(head),
        "child_span": span_reference(child),
        "label": label,
    }


def doc_to_record(doc: Doc, id: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSONL record of an annotated ``doc``."""
    return {
        "id": id,
        "text": doc.text,
        "meta": dict(meta or {}),
        "tokens": token_records(doc),
        "spans": [span_record(ent) for ent in doc.ents],
        "relations": [
            relation_record(relation.head, relation.child, relation.label)
            for relation in doc._.relations or []
        ],
    }


def record_schema() -> dict[str, Any]:
    return srsly.read_json(SCHEMA_PATH)
