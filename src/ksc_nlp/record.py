"""One JSON record per document (Prodigy-compatible), and its JSON Schema."""

from __future__ import annotations

import json
from typing import Any

import srsly
from spacy.attrs import IDX, LENGTH, ORTH, SPACY
from spacy.tokens import Doc, Span

from .resources import data_path
from .tokenization import text_from_rows

KB_LABELS = {"COUNTRY", "PERSON", "ORG"}
VALUE_LABELS = {"DATE", "VOTE_COUNT"}
SCHEMA_PATH = data_path("record.schema.json")
JSON_CACHE_LIMIT = 200_000  # words whose JSON string is kept (tokens_json)
_JSON_STRINGS: dict[int, str] = {}
# one token of tokens_json
TOKEN_TEMPLATE = '{"text": %s, "start": %d, "end": %d, "id": %d, "ws": %s}'


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
    strings = doc.vocab.strings
    return [
        {"text": strings[orth], "start": start, "end": start + length, "id": i, "ws": bool(space)}
        for i, (orth, start, length, space) in enumerate(_orth_rows(doc))
    ]


def tokens_json(doc: Doc, rows: list[list[int]] | None = None) -> str:
    """``json.dumps(token_records(doc), ensure_ascii=False)``, built faster: each word's
    JSON string is made once and cached, and one format call writes all the tokens.
    ``rows`` are ``doc``'s ORTH, IDX, LENGTH and SPACY columns if already read."""
    strings = doc.vocab.strings
    cache = _JSON_STRINGS
    if len(cache) > JSON_CACHE_LIMIT:
        cache.clear()
    if rows is None:
        rows = _orth_rows(doc)
    for orth in {row[0] for row in rows}.difference(cache):
        cache[orth] = json.dumps(strings[orth], ensure_ascii=False)
    fields: list[Any] = []
    add = fields.extend
    for i, (orth, start, length, space) in enumerate(rows):
        add((cache[orth], start, start + length, i, "true" if space else "false"))
    return "[" + ", ".join([TOKEN_TEMPLATE] * len(rows)) % tuple(fields) + "]"


def _orth_rows(doc: Doc) -> list[list[int]]:
    return doc.to_array([ORTH, IDX, LENGTH, SPACY]).tolist() if len(doc) else []


def doc_text(doc: Doc, rows: list[list[int]] | None = None) -> str:
    """``doc.text``, read from the token array instead of one Token per word."""
    return text_from_rows(doc, _orth_rows(doc) if rows is None else rows)


def relation_record(head: Span, child: Span, label: str) -> dict[str, Any]:
    """A relation in Prodigy's form: ``head``/``child`` are the spans' last tokens."""
    return {
        "head": head.end - 1,
        "child": child.end - 1,
        "head_span": span_reference(head),
        "child_span": span_reference(child),
        "label": label,
    }


def _span_records(doc: Doc, text: str, rows: list[list[int]]) -> list[dict[str, Any]]:
    """``span_record`` of every entity, with offsets and texts read from ``doc``'s ORTH,
    IDX, LENGTH and SPACY columns and the document's text."""
    records = []
    for ent in doc.ents:
        start, end, label = ent.start, ent.end, ent.label_
        start_char = rows[start][1]
        end_char = rows[end - 1][1] + rows[end - 1][2]
        record = {
            "start": start_char,
            "end": end_char,
            "token_start": start,
            "token_end": end - 1,
            "label": label,
            "text": text[start_char:end_char],
        }
        if label in KB_LABELS:
            record["kb_id"] = ent.kb_id_ or record["text"]
        if label in VALUE_LABELS:
            record["value"] = ent._.value
        records.append(record)
    return records


def doc_to_record(doc: Doc, id: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSONL record of an annotated ``doc``."""
    rows = _orth_rows(doc)
    text = doc_text(doc, rows)
    return {
        "id": id,
        "text": text,
        "meta": dict(meta or {}),
        "tokens": token_records(doc),
        "spans": _span_records(doc, text, rows),
        "relations": [
            relation_record(relation.head, relation.child, relation.label)
            for relation in doc._.relations or []
        ],
    }


def record_json(doc: Doc, id: str, meta: dict[str, Any] | None = None) -> str:
    """``json.dumps(doc_to_record(doc, id, meta), ensure_ascii=False)``, the same string,
    made about twice as fast (the tokens, most of a record, skip the dicts)."""
    relations = [
        relation_record(relation.head, relation.child, relation.label)
        for relation in doc._.relations or []
    ]
    rows = _orth_rows(doc)
    text = doc_text(doc, rows)
    return (
        f'{{"id": {_dumps(id)}, "text": {_dumps(text)}, "meta": {_dumps(dict(meta or {}))}, '
        f'"tokens": {tokens_json(doc, rows)}, '
        f'"spans": {_dumps(_span_records(doc, text, rows))}, '
        f'"relations": {_dumps(relations)}}}'
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def record_schema() -> dict[str, Any]:
    return srsly.read_json(SCHEMA_PATH)
