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
from spacy.tokens import Doc

from .record import KB_LABELS, VALUE_LABELS


class GoldFormatError(ValueError):
    pass


def _token_bounds(doc: Doc, start: int, end: int, where: str) -> tuple[int, int]:
    span = doc.char_span(start, end)
    if span is None:
        raise GoldFormatError(f"{where}: [{start}, {end}) is not on token boundaries")
    return span.start, span.end - 1


def annotation_to_record(annotation: dict[str, Any], root: Path, nlp: Language) -> dict[str, Any]:
    """Turn one parsed ``.ann.json`` object into a gold record."""
    where = annotation.get("id", "?")
    text = (root / annotation["text_path"]).read_bytes().decode("utf-8")
    doc = nlp.make_doc(text)
    spans = []
    for item in annotation["spans"]:
        start, end = item["start"], item["end"]
        if text[start:end] != item["text"]:
            raise GoldFormatError(f"{where}: {item['text']!r} is not at [{start}, {end})")
        token_start, token_end = _token_bounds(doc, start, end, where)
        span = {"start": start, "end": end, "token_start": token_start,
                "token_end": token_end, "label": item["label"], "text": item["text"]}
        if item["label"] in KB_LABELS:
            span["kb_id"] = item["kb_id"]
        if item["label"] in VALUE_LABELS:
            span["value"] = item["value"]
        spans.append(span)
    relations = []
    for item in annotation["relations"]:
        head, child = spans[item["head"]], spans[item["child"]]
        relations.append({
            "head": head["token_end"],
            "child": child["token_end"],
            "head_span": {key: head[key] for key in
                          ("start", "end", "token_start", "token_end", "label")},
            "child_span": {key: child[key] for key in
                           ("start", "end", "token_start", "token_end", "label")},
            "label": item["label"],
        })
    return {
        "id": annotation["id"],
        "text": text,
        "meta": {"source": annotation["text_path"], "gold": True},
        "tokens": [
            {"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i,
             "ws": bool(t.whitespace_)}
            for t in doc
        ],
        "spans": spans,
        "relations": relations,
    }


def build_gold(annotation_path: Path, root: Path, nlp: Language) -> dict[str, Any]:
    return annotation_to_record(srsly.read_json(annotation_path), root, nlp)
