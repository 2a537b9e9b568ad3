"""Scoring ksc-nlp on CoNLL-style NER files (WikiGold, CoNLL-2003) under a label map.

A file has one ``TOKEN TAG`` line per token (extra middle columns are ignored), blank lines
between sentences and ``-DOCSTART-`` lines between documents. Tags are IOB1 or IOB2. Each
document's text is its tokens joined by single spaces; gold spans are the tagged runs whose
type is a target of the label map, and predicted spans are the pipeline's spans relabelled
through the map (labels outside it are dropped).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from .evaluation import EvaluationInputError, EvaluationReport, evaluate
from .record import doc_to_record

DOCSTART = "-DOCSTART-"
DEFAULT_LABEL_MAP: dict[str, str] = {
    "PERSON": "PER",
    "ORG": "ORG",
    "COUNTRY": "LOC",
    "GPE": "LOC",
    "LOC": "LOC",
}


@dataclass
class ConllDocument:
    """One document: its sentences as parallel token and tag lists."""

    sentences: list[tuple[list[str], list[str]]] = field(default_factory=list)


def parse_label_map(text: str) -> dict[str, str]:
    """``"PERSON=PER,ORG=ORG"`` as a dict; ``ValueError`` on a malformed item."""
    mapping = {}
    for item in text.split(","):
        ours, sep, theirs = item.strip().partition("=")
        if not sep or not ours or not theirs:
            raise ValueError(f"label map item {item.strip()!r} is not OURS=THEIRS")
        mapping[ours.strip()] = theirs.strip()
    return mapping


def read_conll(path: Path) -> list[ConllDocument]:
    """The documents of a CoNLL file; ``EvaluationInputError`` names the file and line."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise EvaluationInputError(f"{path}: cannot read file: {error}") from None
    documents = [ConllDocument()]
    tokens: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(lines, start=1):
        columns = line.split()
        if not columns:
            if tokens:
                documents[-1].sentences.append((tokens, tags))
                tokens, tags = [], []
            continue
        if columns[0] == DOCSTART:
            if tokens:
                raise EvaluationInputError(f"{path}:{number}: {DOCSTART} inside a sentence")
            if documents[-1].sentences:
                documents.append(ConllDocument())
            continue
        tag = columns[-1]
        if len(columns) < 2 or not (tag == "O" or tag[:2] in {"B-", "I-"} and len(tag) > 2):
            raise EvaluationInputError(f"{path}:{number}: expected 'TOKEN ... TAG', got {line!r}")
        tokens.append(columns[0])
        tags.append(tag)
    if tokens:
        documents[-1].sentences.append((tokens, tags))
    return [document for document in documents if document.sentences]


def tagged_spans(tokens: list[str], tags: list[str], offset: int) -> Iterator[tuple[int, int, str]]:
    """Character spans of the IOB1/IOB2 runs of one sentence whose text starts at ``offset``
    and joins ``tokens`` with single spaces."""
    run: tuple[int, str] | None = None
    end = offset
    for token, tag in zip(tokens, tags, strict=True):
        start = end + (end > offset)
        kind = None if tag == "O" else tag[2:]
        if run is not None and (kind != run[1] or tag.startswith("B-")):
            yield run[0], end, run[1]
            run = None
        if kind is not None and run is None:
            run = (start, kind)
        end = start + len(token)
    if run is not None:
        yield run[0], end, run[1]


def gold_record(doc_id: str, document: ConllDocument, labels: Iterable[str]) -> dict[str, Any]:
    """A record of the document's text and its gold spans of the given labels."""
    keep = set(labels)
    parts: list[str] = []
    spans = []
    offset = 0
    for tokens, tags in document.sentences:
        spans += [
            {"start": s, "end": e, "label": label}
            for s, e, label in tagged_spans(tokens, tags, offset)
            if label in keep
        ]
        parts.append(" ".join(tokens))
        offset += len(parts[-1]) + 1
    return {"id": doc_id, "text": " ".join(parts), "spans": spans, "relations": []}


def relabel(record: Mapping[str, Any], label_map: Mapping[str, str]) -> dict[str, Any]:
    """``record`` with its spans relabelled through ``label_map`` and its relations dropped."""
    spans = [
        {"start": span["start"], "end": span["end"], "label": label_map[span["label"]]}
        for span in record["spans"]
        if span["label"] in label_map
    ]
    return {"id": record["id"], "text": record["text"], "spans": spans, "relations": []}


def evaluate_conll(
    nlp: Language, path: Path, label_map: Mapping[str, str] = DEFAULT_LABEL_MAP
) -> EvaluationReport:
    """Annotate every document of a CoNLL file and score its mapped spans (strict and
    overlap P/R/F per target label)."""
    labels = sorted(set(label_map.values()))
    documents = read_conll(path)
    gold = {
        f"{Path(path).name}#{index}": gold_record(f"{Path(path).name}#{index}", document, labels)
        for index, document in enumerate(documents, start=1)
    }
    pred = {
        doc_id: relabel(doc_to_record(doc, doc_id), label_map)
        for doc_id, doc in zip(gold, nlp.pipe(r["text"] for r in gold.values()), strict=True)
    }
    return evaluate(gold, pred, scored_labels=labels, relation_labels=(), compare_ids=False)
