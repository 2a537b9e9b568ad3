"""Small helpers that turn a Doc into plain, comparable Python values."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span


def spans(doc: Doc, label: str | None = None) -> list[tuple[str, str]]:
    """``(text, label)`` of every entity (of ``label`` if given), in order."""
    return [(ent.text, ent.label_) for ent in doc.ents if label is None or ent.label_ == label]


def linked(doc: Doc, label: str) -> list[tuple[str, str]]:
    """``(text, kb_id)`` of every entity with ``label``, in order."""
    return [(ent.text, ent.kb_id_) for ent in doc.ents if ent.label_ == label]


def values(doc: Doc, label: str) -> list[tuple[str, Any]]:
    """``(text, value)`` of every entity with ``label``, in order."""
    return [(ent.text, ent._.value) for ent in doc.ents if ent.label_ == label]


def entity(doc: Doc, text: str, label: str) -> Span:
    """The single entity with this text and label (fails if there is not exactly one)."""
    found = [ent for ent in doc.ents if ent.text == text and ent.label_ == label]
    assert len(found) == 1, f"expected one {label} {text!r}, got {spans(doc)}"
    return found[0]


def relations(doc: Doc, label: str | None = None) -> set[tuple[str, str, str]]:
    """``(head text, label, child text)`` of every relation (of ``label`` if given)."""
    return {
        (relation.head.text, relation.label, relation.child.text)
        for relation in doc._.relations or []
        if label is None or relation.label == label
    }


def sentences(doc: Doc) -> list[str]:
    """The text of every sentence, without surrounding whitespace."""
    return [sentence.text.strip() for sentence in doc.sents]


def pairs(doc: Doc) -> set[frozenset[str]]:
    """COMPETED_WITH relations as unordered pairs of texts (the relation is symmetric)."""
    return {
        frozenset((relation.head.text, relation.child.text))
        for relation in doc._.relations or []
        if relation.label == "COMPETED_WITH"
    }


def canonical(span: Span) -> str:
    """A span's canonical id as the evaluation uses it: kb_id, else value, else text."""
    if span.kb_id_:
        return span.kb_id_
    if span._.value is not None:
        return str(span._.value)
    return span.text


def canonical_relations(doc: Doc) -> set[tuple[str, str, str]]:
    """Relations on canonical ids; COMPETED_WITH is written with the ids in sorted order."""
    found = set()
    for relation in doc._.relations or []:
        head, child = canonical(relation.head), canonical(relation.child)
        if relation.label == "COMPETED_WITH":
            head, child = sorted((head, child))
        found.add((head, relation.label, child))
    return found


# -- the command line ----------------------------------------------------------------------

_PIPELINES: dict[tuple[str | None, str | None], Any] = {}


def cached_load(config: Any = None, *, reference_date: str | None = None) -> Any:
    """``ksc_nlp.load`` built once per (config, reference_date) for the whole test session;
    CLI tests patch it in for ``load`` so that each command does not rebuild the pipeline."""
    import ksc_nlp

    key = (str(config) if config else None, reference_date)
    if key not in _PIPELINES:
        _PIPELINES[key] = ksc_nlp.load(config, reference_date=reference_date)
    return _PIPELINES[key]


def run(runner: Any, *args: str, input: str | bytes | None = None) -> Any:
    """Invoke ``ksc-nlp`` with ``args`` through typer's CliRunner."""
    from ksc_nlp.cli import app

    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def records_of(output: str) -> list[dict]:
    """The JSONL records of ``output``; lines end at "\\n" only, since records may hold
    U+2028, which ``splitlines()`` breaks at."""
    import json

    return [json.loads(line) for line in output.split("\n") if line.strip()]
