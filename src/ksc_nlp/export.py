"""Silver annotations for training tools: spaCy DocBin and CoNLL (BIO) from JSONL records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab


def record_to_doc(record: dict[str, Any], vocab: Vocab) -> Doc:
    """A Doc with the record's tokens and entities (kb_id kept, DATE/VOTE_COUNT values in
    ``Span._.value``)."""
    tokens = record["tokens"]
    doc = Doc(vocab, words=[t["text"] for t in tokens], spaces=[t["ws"] for t in tokens])
    ents = []
    for span in record["spans"]:
        ent = Span(
            doc, span["token_start"], span["token_end"] + 1, label=span["label"],
            kb_id=span.get("kb_id", ""),
        )
        if "value" in span:
            ent._.value = span["value"]
        ents.append(ent)
    doc.ents = ents
    doc.user_data["id"] = record["id"]
    return doc


def records_to_docbin(records: Iterable[dict[str, Any]], vocab: Vocab) -> DocBin:
    """A DocBin for ``spacy train`` (``--paths.train file.spacy``)."""
    docbin = DocBin(store_user_data=True)
    for record in records:
        docbin.add(record_to_doc(record, vocab))
    return docbin


def record_to_conll(record: dict[str, Any]) -> str:
    """CoNLL-2003-style lines, ``TOKEN<TAB>BIO-LABEL``; a blank line at each line break of
    the text, and a ``-DOCSTART-`` line per document."""
    tags = ["O"] * len(record["tokens"])
    for span in record["spans"]:
        for i in range(span["token_start"], span["token_end"] + 1):
            prefix = "B" if i == span["token_start"] else "I"
            tags[i] = f"{prefix}-{span['label']}"
    lines = ["-DOCSTART-\tO", ""]
    for token, tag in zip(record["tokens"], tags, strict=True):
        if token["text"].isspace():
            if lines[-1] != "":
                lines.append("")
            continue
        lines.append(f"{token['text']}\t{tag}")
    if lines[-1] != "":
        lines.append("")
    return "\n".join(lines) + "\n"
