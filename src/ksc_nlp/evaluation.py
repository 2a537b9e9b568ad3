"""Score predicted entity and relation records against gold records.

Both inputs are JSONL files with one record per document (see ``load_records``).
Scoring follows ``ANNOTATION_GUIDELINES.md``:

* Entities are scored for the labels in ``ENTITY_LABELS`` only; spans with any
  other label (GPE, LOC, NORP, TIME, ...) in either file are ignored. A *strict*
  match needs the same ``(start, end, label)``; an *overlap* match needs the same
  label and overlapping character ranges, each span used at most once (greedy,
  largest overlap first). Identical ``(start, end, label)`` spans within one
  document count once.
* ``kb_id`` accuracy is measured over strictly matched COUNTRY/PERSON/ORG pairs,
  ``value`` accuracy over strictly matched DATE/VOTE_COUNT pairs. Values are
  compared as strings (``138`` equals ``"138"``), ``null`` only equals ``null``.
* Relations are scored on canonical ids: ``(label, canonical(head),
  canonical(child))`` with ``canonical(span) = (span label, kb_id or str(value))``,
  falling back to ``(span label, span text)`` when that field is missing or null.
  ``COMPETED_WITH`` is symmetric. Each document contributes a set of tuples.
* Precision, recall, F1 and accuracies are ``0.0`` whenever their denominator is
  zero (e.g. a label with no gold and no predicted spans); look at tp/fp/fn or
  ``total`` to tell such labels apart from real zeros.

Only documents present in gold are scored. A gold document missing from the
predictions counts all its gold items as false negatives and is listed in
``EvaluationReport.missing_documents``; predicted documents absent from gold are
ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENTITY_LABELS: tuple[str, ...] = ("COUNTRY", "PERSON", "ORG", "DATE", "VOTE_COUNT")
RELATION_LABELS: tuple[str, ...] = (
    "ELECTED_TO",
    "RECEIVED_VOTES",
    "OUT_OF",
    "COMPETED_WITH",
    "TERM",
    "POSITION_AT",
)
KB_LABELS: tuple[str, ...] = ("COUNTRY", "PERSON", "ORG")
VALUE_LABELS: tuple[str, ...] = ("DATE", "VOTE_COUNT")
SYMMETRIC_RELATIONS: frozenset[str] = frozenset({"COMPETED_WITH"})
MICRO = "micro"

SpanKey = tuple[int, int, str]
Canonical = tuple[str, str]
RelationTuple = tuple[str, Canonical, Canonical]


class EvaluationInputError(ValueError):
    """Raised when a gold or predicted record file or record is malformed."""


# --------------------------------------------------------------------------- #
# Loading
# --------------------------------------------------------------------------- #


def load_records(path: Path) -> dict[str, dict]:
    """Read a JSONL file of document records, keyed by their ``id``.

    Blank lines are skipped. A line that is not a JSON object, a record without a
    string ``id`` and a repeated ``id`` raise ``EvaluationInputError`` naming the
    file and the 1-based line number.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationInputError(f"{path}: cannot read file: {exc}") from exc
    records: dict[str, dict] = {}
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationInputError(f"{path}:{lineno}: invalid JSON: {exc.msg}") from exc
        if not isinstance(record, dict):
            raise EvaluationInputError(
                f"{path}:{lineno}: expected a JSON object, got {type(record).__name__}"
            )
        doc_id = record.get("id")
        if not isinstance(doc_id, str) or not doc_id:
            raise EvaluationInputError(f"{path}:{lineno}: record has no string 'id'")
        if doc_id in records:
            raise EvaluationInputError(f"{path}:{lineno}: duplicate id {doc_id!r}")
        records[doc_id] = record
    return records


# --------------------------------------------------------------------------- #
# Report data
# --------------------------------------------------------------------------- #


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


@dataclass
class Scores:
    """True positive / false positive / false negative counts with P, R, F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Scores) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    """Fraction of ``correct`` out of ``total`` compared pairs."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return _ratio(self.correct, self.total)

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    def to_dict(self) -> dict[str, float | int]:
        return {"accuracy": self.accuracy, "correct": self.correct, "total": self.total}


@dataclass
class EvaluationReport:
    """Scores of one evaluation run.

    Every ``dict[str, Scores]`` / ``dict[str, Accuracy]`` holds one entry per label
    plus a ``"micro"`` entry summing the counts over all labels.
    """

    entities_strict: dict[str, Scores]
    entities_overlap: dict[str, Scores]
    kb_id_accuracy: dict[str, Accuracy]
    value_accuracy: dict[str, Accuracy]
    relations: dict[str, Scores]
    errors: list[dict[str, Any]] = field(default_factory=list)
    missing_documents: list[str] = field(default_factory=list)
    n_documents: int = 0

    @property
    def entity_f1(self) -> float:
        """Micro-averaged strict entity F1."""
        return self.entities_strict[MICRO].f1

    @property
    def relation_f1(self) -> float:
        """Micro-averaged relation F1."""
        return self.relations[MICRO].f1

    def to_dict(self) -> dict[str, Any]:
        def table(scores: Mapping[str, Scores | Accuracy]) -> dict[str, Any]:
            return {label: value.to_dict() for label, value in scores.items()}

        return {
            "documents": self.n_documents,
            "entities": {
                "strict": table(self.entities_strict),
                "overlap": table(self.entities_overlap),
            },
            "kb_id_accuracy": table(self.kb_id_accuracy),
            "value_accuracy": table(self.value_accuracy),
            "relations": table(self.relations),
            "errors": [dict(error) for error in self.errors],
            "missing_documents": list(self.missing_documents),
        }

    def format_text(self, verbose: bool = False) -> str:
        parts = [f"Documents scored: {self.n_documents}"]
        if self.missing_documents:
            parts.append(
                f"Missing from predictions ({len(self.missing_documents)}): "
                + ", ".join(self.missing_documents)
            )
        tables = [
            (_format_scores, "Entities (strict)", self.entities_strict),
            (_format_scores, "Entities (overlap)", self.entities_overlap),
            (_format_accuracy, "kb_id accuracy (strict matches)", self.kb_id_accuracy),
            (_format_accuracy, "value accuracy (strict matches)", self.value_accuracy),
            (_format_scores, "Relations (canonical ids)", self.relations),
        ]
        # A table with no label but the micro row was not scored (e.g. no relations).
        parts += [fmt(title, table) for fmt, title, table in tables if len(table) > 1]
        if verbose:
            lines = [f"Errors ({len(self.errors)})"]
            lines.extend("  " + format_error(error) for error in self.errors)
            parts.append("\n".join(lines))
        return "\n\n".join(parts) + "\n"


def _label_width(labels: Iterable[str]) -> int:
    return max([len("label"), *(len(label) for label in labels)])


def _format_scores(title: str, scores: Mapping[str, Scores]) -> str:
    width = _label_width(scores)
    header = f"{'label':<{width}}  {'P':>6}  {'R':>6}  {'F1':>6}  {'tp':>5}  {'fp':>5}  {'fn':>5}"
    lines = [title, header, "-" * len(header)]
    for label, s in scores.items():
        if label == MICRO:
            lines.append("-" * len(header))
        lines.append(
            f"{label:<{width}}  {s.precision:6.3f}  {s.recall:6.3f}  {s.f1:6.3f}"
            f"  {s.tp:5d}  {s.fp:5d}  {s.fn:5d}"
        )
    return "\n".join(lines)


def _format_accuracy(title: str, scores: Mapping[str, Accuracy]) -> str:
    width = _label_width(scores)
    header = f"{'label':<{width}}  {'acc':>6}  {'correct':>7}  {'total':>5}"
    lines = [title, header, "-" * len(header)]
    for label, a in scores.items():
        if label == MICRO:
            lines.append("-" * len(header))
        lines.append(f"{label:<{width}}  {a.accuracy:6.3f}  {a.correct:7d}  {a.total:5d}")
    return "\n".join(lines)


def _format_canonical(canonical: Sequence[str]) -> str:
    return f"{canonical[0]}:{canonical[1]}"


def format_error(error: Mapping[str, Any]) -> str:
    """One readable line for an entry of ``EvaluationReport.errors``."""
    kind = error["type"]
    doc = error["doc_id"]
    if kind in ("entity_fp", "entity_fn"):
        side = "FP" if kind == "entity_fp" else "FN"
        line = (
            f"[{doc}] entity {side} ({error['kind']}) {error['label']} "
            f"{error['text']!r} [{error['start']}:{error['end']}]"
        )
        if error["overlapping"]:
            other = "gold" if kind == "entity_fp" else "pred"
            spans = ", ".join(
                f"{s['label']} {s['text']!r} [{s['start']}:{s['end']}]"
                for s in error["overlapping"]
            )
            line += f"; overlapping {other}: {spans}"
        return line
    if kind in ("kb_id_mismatch", "value_mismatch"):
        field_name = "kb_id" if kind == "kb_id_mismatch" else "value"
        return (
            f"[{doc}] {field_name} mismatch {error['label']} {error['text']!r} "
            f"[{error['start']}:{error['end']}]: gold {error['gold']!r} != pred {error['pred']!r}"
        )
    if kind in ("relation_fp", "relation_fn"):
        side = "FP" if kind == "relation_fp" else "FN"
        return (
            f"[{doc}] relation {side} {_format_canonical(error['head'])} "
            f"-{error['label']}-> {_format_canonical(error['child'])}"
        )
    return f"[{doc}] {kind}: {error}"


# --------------------------------------------------------------------------- #
# Span and relation extraction
# --------------------------------------------------------------------------- #


def _span_key(span: Any, doc_id: str, what: str) -> SpanKey:
    if not isinstance(span, Mapping):
        raise EvaluationInputError(f"{doc_id}: {what} is not an object: {span!r}")
    start, end, label = span.get("start"), span.get("end"), span.get("label")
    if not isinstance(start, int) or not isinstance(end, int) or not isinstance(label, str):
        raise EvaluationInputError(
            f"{doc_id}: {what} needs integer 'start'/'end' and a string 'label': {span!r}"
        )
    return (start, end, label)


def _spans_by_key(record: Mapping[str, Any], doc_id: str) -> dict[SpanKey, Mapping[str, Any]]:
    """All spans of a record (any label) by (start, end, label); first occurrence wins."""
    spans: dict[SpanKey, Mapping[str, Any]] = {}
    for span in record.get("spans") or []:
        spans.setdefault(_span_key(span, doc_id, "span"), span)
    return spans


def _span_text(record: Mapping[str, Any], span: Mapping[str, Any], key: SpanKey) -> str:
    text = span.get("text")
    if isinstance(text, str):
        return text
    doc_text = record.get("text")
    return doc_text[key[0] : key[1]] if isinstance(doc_text, str) else ""


def _normalise_value(value: Any) -> str | None:
    return None if value is None else str(value)


def _canonical(
    record: Mapping[str, Any],
    spans: Mapping[SpanKey, Mapping[str, Any]],
    ref: Any,
    doc_id: str,
    what: str,
) -> Canonical:
    key = _span_key(ref, doc_id, what)
    span = spans.get(key, ref)
    label = key[2]
    ident: Any = None
    if label in KB_LABELS:
        ident = span.get("kb_id")
    elif label in VALUE_LABELS:
        ident = _normalise_value(span.get("value"))
    if ident is None or ident == "":
        ident = _span_text(record, span, key)
    return (label, str(ident))


def _relation_tuples(
    record: Mapping[str, Any] | None, doc_id: str, labels: Sequence[str]
) -> set[RelationTuple]:
    if record is None:
        return set()
    spans = _spans_by_key(record, doc_id)
    tuples: set[RelationTuple] = set()
    for rel in record.get("relations") or []:
        if not isinstance(rel, Mapping):
            raise EvaluationInputError(f"{doc_id}: relation is not an object: {rel!r}")
        label = rel.get("label")
        if label not in labels:
            continue
        head = _canonical(record, spans, rel.get("head_span"), doc_id, f"{label} head_span")
        child = _canonical(record, spans, rel.get("child_span"), doc_id, f"{label} child_span")
        if label in SYMMETRIC_RELATIONS and child < head:
            head, child = child, head
        tuples.add((label, head, child))
    return tuples


def _scored_spans(
    record: Mapping[str, Any] | None, doc_id: str, labels: Sequence[str]
) -> dict[SpanKey, Mapping[str, Any]]:
    if record is None:
        return {}
    return {key: span for key, span in _spans_by_key(record, doc_id).items() if key[2] in labels}


# --------------------------------------------------------------------------- #
# Matching
# --------------------------------------------------------------------------- #


def _overlap(a: SpanKey, b: SpanKey) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _overlap_matches(
    gold: Iterable[SpanKey], pred: Iterable[SpanKey]
) -> list[tuple[SpanKey, SpanKey]]:
    """Greedy one-to-one matching of same-label overlapping spans, largest overlap first."""
    candidates = sorted(
        (-_overlap(g, p), g, p) for g in gold for p in pred if g[2] == p[2] and _overlap(g, p) > 0
    )
    used_gold: set[SpanKey] = set()
    used_pred: set[SpanKey] = set()
    matches = []
    for _, g, p in candidates:
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        matches.append((g, p))
    return matches


def _error_kind(key: SpanKey, others: Iterable[SpanKey], unmatched: str) -> str:
    kinds = set()
    for other in others:
        if other[:2] == key[:2]:
            kinds.add("label")
        elif other[2] == key[2]:
            kinds.add("boundary")
        else:
            kinds.add("label+boundary")
    for kind in ("label", "boundary", "label+boundary"):
        if kind in kinds:
            return kind
    return unmatched


def _entity_error(
    error_type: str,
    doc_id: str,
    key: SpanKey,
    record: Mapping[str, Any],
    span: Mapping[str, Any],
    other_record: Mapping[str, Any] | None,
    other_spans: Mapping[SpanKey, Mapping[str, Any]],
) -> dict[str, Any]:
    overlapping = sorted(k for k in other_spans if _overlap(k, key) > 0)
    unmatched = "spurious" if error_type == "entity_fp" else "missing"
    return {
        "type": error_type,
        "doc_id": doc_id,
        "label": key[2],
        "text": _span_text(record, span, key),
        "start": key[0],
        "end": key[1],
        "kind": _error_kind(key, overlapping, unmatched),
        "overlapping": [
            {
                "label": k[2],
                "text": _span_text(other_record or {}, other_spans[k], k),
                "start": k[0],
                "end": k[1],
            }
            for k in overlapping
        ],
    }


def _empty_scores(labels: Sequence[str]) -> dict[str, Scores]:
    return {label: Scores() for label in labels}


def _with_micro(table: dict[str, Any], factory: type) -> dict[str, Any]:
    micro = factory()
    for value in table.values():
        micro.add(value)
    table[MICRO] = micro
    return table


# --------------------------------------------------------------------------- #
# Evaluation
# --------------------------------------------------------------------------- #


def evaluate(
    gold: Mapping[str, dict],
    pred: Mapping[str, dict],
    scored_labels: Sequence[str] = ENTITY_LABELS,
    relation_labels: Sequence[str] = RELATION_LABELS,
    compare_ids: bool = True,
) -> EvaluationReport:
    """Score ``pred`` against ``gold`` (both as returned by ``load_records``); without
    ``compare_ids``, kb_ids and values are not compared."""
    scored_labels = tuple(scored_labels)
    relation_labels = tuple(relation_labels)
    compared = scored_labels if compare_ids else ()
    kb_labels = tuple(label for label in compared if label in KB_LABELS)
    value_labels = tuple(label for label in compared if label in VALUE_LABELS)

    strict = _empty_scores(scored_labels)
    overlap = _empty_scores(scored_labels)
    relations = _empty_scores(relation_labels)
    kb_accuracy = {label: Accuracy() for label in kb_labels}
    value_accuracy = {label: Accuracy() for label in value_labels}
    errors: list[dict[str, Any]] = []
    missing = sorted(doc_id for doc_id in gold if doc_id not in pred)

    for doc_id in sorted(gold):
        gold_record = gold[doc_id]
        pred_record = pred.get(doc_id)
        gold_spans = _scored_spans(gold_record, doc_id, scored_labels)
        pred_spans = _scored_spans(pred_record, doc_id, scored_labels)

        # Entities, strict.
        for key in sorted(gold_spans.keys() | pred_spans.keys()):
            in_gold, in_pred = key in gold_spans, key in pred_spans
            scores = strict[key[2]]
            if in_gold and in_pred:
                scores.tp += 1
            elif in_pred:
                scores.fp += 1
                error = _entity_error(
                    "entity_fp",
                    doc_id,
                    key,
                    pred_record or {},
                    pred_spans[key],
                    other_record=gold_record,
                    other_spans=gold_spans,
                )
                errors.append(error)
            else:
                scores.fn += 1
                error = _entity_error(
                    "entity_fn",
                    doc_id,
                    key,
                    gold_record,
                    gold_spans[key],
                    other_record=pred_record,
                    other_spans=pred_spans,
                )
                errors.append(error)

        # Entities, overlap.
        matches = _overlap_matches(gold_spans, pred_spans)
        for label in scored_labels:
            n_matched = sum(1 for g, _ in matches if g[2] == label)
            n_gold = sum(1 for k in gold_spans if k[2] == label)
            n_pred = sum(1 for k in pred_spans if k[2] == label)
            overlap[label].add(Scores(n_matched, n_pred - n_matched, n_gold - n_matched))

        # kb_id / value accuracy over strict matches.
        for key in sorted(gold_spans.keys() & pred_spans.keys()):
            label = key[2]
            if label in kb_accuracy:
                table, field_name, error_type = kb_accuracy, "kb_id", "kb_id_mismatch"
                gold_value = gold_spans[key].get("kb_id")
                pred_value = pred_spans[key].get("kb_id")
                equal = gold_value == pred_value
            elif label in value_accuracy:
                table, field_name, error_type = value_accuracy, "value", "value_mismatch"
                gold_value = gold_spans[key].get("value")
                pred_value = pred_spans[key].get("value")
                equal = _normalise_value(gold_value) == _normalise_value(pred_value)
            else:
                continue
            table[label].add(Accuracy(int(equal), 1))
            if not equal:
                errors.append(
                    {
                        "type": error_type,
                        "doc_id": doc_id,
                        "label": label,
                        "text": _span_text(gold_record, gold_spans[key], key),
                        "start": key[0],
                        "end": key[1],
                        "field": field_name,
                        "gold": gold_value,
                        "pred": pred_value,
                    }
                )

        # Relations on canonical ids.
        gold_rels = _relation_tuples(gold_record, doc_id, relation_labels)
        pred_rels = _relation_tuples(pred_record, doc_id, relation_labels)
        for rel in sorted(gold_rels | pred_rels):
            label, head, child = rel
            if rel in gold_rels and rel in pred_rels:
                relations[label].tp += 1
                continue
            if rel in pred_rels:
                relations[label].fp += 1
                error_type = "relation_fp"
            else:
                relations[label].fn += 1
                error_type = "relation_fn"
            errors.append(
                {
                    "type": error_type,
                    "doc_id": doc_id,
                    "label": label,
                    "head": list(head),
                    "child": list(child),
                }
            )

    return EvaluationReport(
        entities_strict=_with_micro(strict, Scores),
        entities_overlap=_with_micro(overlap, Scores),
        kb_id_accuracy=_with_micro(kb_accuracy, Accuracy),
        value_accuracy=_with_micro(value_accuracy, Accuracy),
        relations=_with_micro(relations, Scores),
        errors=errors,
        missing_documents=missing,
        n_documents=len(gold),
    )
