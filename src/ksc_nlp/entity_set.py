"""Adding spans to ``doc.ents`` with one overlap policy shared by every component."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span

INSIDE, OUTSIDE = 1, 2  # Token.ent_iob values (3 begins an entity, 0 is "missing")


def add_entities(doc: Doc, spans: Iterable[Span]) -> None:
    """Add ``spans`` to ``doc.ents``. Where spans overlap, the longest wins; on a tie the
    entity already in the document stays.

    Only the entities that overlap a new span can lose, so only they are looked at and
    only the changed tokens are written (``set_ents`` with ``default="unmodified"``); a
    document whose entity annotation is not complete yet gets ``doc.ents`` set in full,
    which marks every other token as outside."""
    new = list(spans)
    iob = _complete_iob(doc)
    if iob is None:
        _set_all(doc, new)
        return
    if not new:
        return
    existing = set()
    for span in new:
        for i in range(span.start, span.end):
            if iob[i] != OUTSIDE:
                existing.add(_entity_bounds(iob, i))
    candidates = [(start, end, 0, None) for start, end in existing]
    candidates += [(span.start, span.end, 1, span) for span in new]
    candidates.sort(key=lambda item: (-(item[1] - item[0]), item[2], item[0]))
    taken: set[int] = set()
    kept: list[Span] = []
    dropped: list[tuple[int, int]] = []
    for start, end, is_new, span in candidates:
        if any(i in taken for i in range(start, end)):
            if not is_new:
                dropped.append((start, end))
            continue
        if is_new:
            kept.append(span)
        taken.update(range(start, end))
    outside = [
        Span(doc, i, i + 1) for start, end in dropped for i in range(start, end) if i not in taken
    ]
    if kept or outside:
        doc.set_ents(kept, outside=outside, default="unmodified")


def annotation_complete(doc: Doc) -> bool:
    """Is every token in an entity or outside one (none missing, none blocked)? Then
    ``doc.set_ents(..., default="unmodified")`` leaves the document as setting
    ``doc.ents`` in full would."""
    return _complete_iob(doc) is not None


def _complete_iob(doc: Doc) -> list[int] | None:
    """The tokens' ``ent_iob`` values if the annotation is complete, else None."""
    if not len(doc):
        return None
    annotation = doc.to_array([ENT_IOB, ENT_TYPE])
    iob = annotation[:, 0].tolist()
    if 0 in iob:
        return None
    labels = annotation[:, 1]
    if not labels.all() and ((annotation[:, 0] != OUTSIDE) & (labels == 0)).any():
        return None
    return iob


def _entity_bounds(iob: list[int], i: int) -> tuple[int, int]:
    """(start, end) of the entity holding token ``i``."""
    start = i
    while iob[start] == INSIDE:
        start -= 1
    end = i + 1
    while end < len(iob) and iob[end] == INSIDE:
        end += 1
    return start, end


def _set_all(doc: Doc, spans: list[Span]) -> None:
    existing = list(doc.ents) if doc.has_annotation("ENT_IOB") else []
    candidates = [(span, 0) for span in existing] + [(span, 1) for span in spans]
    candidates.sort(key=lambda item: (-(item[0].end - item[0].start), item[1], item[0].start))
    taken: set[int] = set()
    kept: list[Span] = []
    for span, _ in candidates:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        kept.append(span)
        taken.update(range(span.start, span.end))
    # what the doc.ents setter does, without rebuilding every span first
    doc.set_ents(sorted(kept, key=lambda span: span.start), default="outside")
