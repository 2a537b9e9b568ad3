"""Adding spans to ``doc.ents`` with one overlap policy shared by every component."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span


def add_entities(doc: Doc, spans: Iterable[Span]) -> None:
    """Add ``spans`` to ``doc.ents``. Where spans overlap, the longest wins; on a tie the
    entity already in the document stays."""
    existing = list(doc.ents)
    candidates = [(span, 0) for span in existing] + [(span, 1) for span in spans]
    candidates.sort(key=lambda item: (-(item[0].end - item[0].start), item[1], item[0].start))
    taken: set[int] = set()
    kept: list[Span] = []
    for span, _ in candidates:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        kept.append(span)
        taken.update(range(span.start, span.end))
    doc.ents = sorted(kept, key=lambda span: span.start)

