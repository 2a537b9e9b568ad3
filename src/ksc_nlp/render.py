"""A review page for JSONL records: one self-contained, offline HTML file.

At the top a summary counts the spans per label and the relations per label. Each document
then gets displaCy's entity view (a colour per label from ``data/label_colors.json``; the
kb_id, or the value, next to the label) and a table of its relations. The page skeleton
and its CSS are ``data/review.html``; nothing is loaded from the network.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from string import Template
from typing import Any

from spacy import displacy

from . import __version__
from .resources import data_path, read_data

TEMPLATE_PATH = data_path("review.html")
COLORS_PATH = data_path("label_colors.json")
DEFAULT_COLOR = "#dddddd"


class RenderError(ValueError):
    """A record that cannot be rendered; the message names the record and the problem."""


def label_colors() -> dict[str, str]:
    return read_data(COLORS_PATH)


def shown_id(span: Mapping[str, Any]) -> str:
    """What the page shows next to a span's label: its kb_id, else its value (``null``
    for a value that could not be normalised), else nothing."""
    if span.get("kb_id"):
        return str(span["kb_id"])
    if "value" in span:
        return "null" if span["value"] is None else str(span["value"])
    return ""


def _tag(label: str, colors: Mapping[str, str]) -> str:
    color = colors.get(label, DEFAULT_COLOR)
    return f'<span class="tag" style="background: {color}">{escape(label)}</span>'


def _ordered(counts: Counter[str], order: Iterable[str]) -> list[str]:
    known = [label for label in order if label in counts]
    return known + sorted(label for label in counts if label not in known)


def summary_html(records: Sequence[Mapping[str, Any]], colors: Mapping[str, str]) -> str:
    """The counts per span label and per relation label over all records."""
    spans = Counter(span["label"] for record in records for span in record["spans"])
    relations = Counter(rel["label"] for record in records for rel in record["relations"])
    span_rows = "".join(
        f'<tr><td>{_tag(label, colors)}</td><td class="count">{spans[label]}</td></tr>'
        for label in _ordered(spans, colors)
    )
    relation_rows = "".join(
        f'<tr><td>{escape(label)}</td><td class="count">{relations[label]}</td></tr>'
        for label in sorted(relations)
    )
    contents = "".join(
        f'<li><a href="#doc-{i}">{escape(record["id"])}</a> '
        f'<span class="muted">{len(record["spans"])} spans, '
        f'{len(record["relations"])} relations</span></li>'
        for i, record in enumerate(records)
    )
    return (
        '<section class="summary" id="summary">'
        f"<p><b>{len(records)}</b> document(s), <b>{sum(spans.values())}</b> spans, "
        f"<b>{sum(relations.values())}</b> relations</p>"
        '<table class="span-counts"><thead><tr><th>span label</th><th>count</th></tr></thead>'
        f"<tbody>{span_rows}</tbody></table>"
        '<table class="relation-counts"><thead><tr><th>relation</th><th>count</th></tr>'
        f"</thead><tbody>{relation_rows}</tbody></table>"
        f'<ol class="contents">{contents}</ol></section>'
    )


def entities_html(record: Mapping[str, Any], colors: Mapping[str, str]) -> str:
    """displaCy's entity view of one record (kb_id or value as the span's link text)."""
    ents = [
        {
            "start": span["start"],
            "end": span["end"],
            "label": escape(span["label"]),
            # displaCy puts kb_id into the markup as it is.
            "kb_id": escape(shown_id(span)),
            "kb_url": "#",
        }
        for span in record["spans"]
    ]
    parsed = {"text": record["text"], "ents": ents}
    options = {"colors": dict(colors)}
    return displacy.render(parsed, style="ent", manual=True, options=options, jupyter=False)


def _span_cell(
    record: Mapping[str, Any], reference: Mapping[str, Any], colors: Mapping[str, str]
) -> str:
    key = (reference["start"], reference["end"], reference["label"])
    span = next(
        (s for s in record["spans"] if (s["start"], s["end"], s["label"]) == key), reference
    )
    text = escape(record["text"][reference["start"]:reference["end"]])
    shown = shown_id(span)
    kb = f' <span class="kb">{escape(shown)}</span>' if shown and shown != span.get("text") else ""
    return f"{text} {_tag(reference['label'], colors)}{kb}"


def relations_html(record: Mapping[str, Any], colors: Mapping[str, str]) -> str:
    """A table of the record's relations: head, relation label, child."""
    if not record["relations"]:
        return '<p class="muted relations-none">No relations.</p>'
    rows = "".join(
        f"<tr><td class=\"count\">{i}</td>"
        f"<td>{_span_cell(record, rel['head_span'], colors)}</td>"
        f"<td><b>{escape(rel['label'])}</b></td>"
        f"<td>{_span_cell(record, rel['child_span'], colors)}</td></tr>"
        for i, rel in enumerate(record["relations"], start=1)
    )
    return (
        '<table class="relations"><thead><tr><th>#</th><th>head</th><th>relation</th>'
        f"<th>child</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def document_html(index: int, record: Mapping[str, Any], colors: Mapping[str, str]) -> str:
    source = record.get("meta", {}).get("source")
    where = f" · {escape(str(source))}" if source else ""
    return (
        f'<section class="document" id="doc-{index}">'
        f'<h2>{escape(record["id"])}</h2>'
        f'<p class="muted">{len(record["spans"])} spans, {len(record["relations"])} '
        f'relations{where} · <a href="#summary">summary</a></p>'
        f"{entities_html(record, colors)}"
        f"<h3>Relations</h3>{relations_html(record, colors)}</section>"
    )


def render_records(
    records: Iterable[Mapping[str, Any]], title: str = "ksc-nlp annotation review"
) -> str:
    """The review page for ``records`` as one HTML string."""
    records = list(records)
    colors = label_colors()
    documents = []
    for index, record in enumerate(records):
        try:
            documents.append(document_html(index, record, colors))
        except (KeyError, TypeError, IndexError) as error:
            name = record.get("id", f"#{index + 1}")
            raise RenderError(f"record {name!r}: missing or malformed field {error}") from None
    try:
        summary = summary_html(records, colors)
    except (KeyError, TypeError) as error:
        raise RenderError(f"a record has a missing or malformed field {error}") from None
    page = Template(TEMPLATE_PATH.read_text(encoding="utf-8"))
    return page.substitute(
        title=escape(title),
        generator=f"ksc-nlp {__version__}",
        summary=summary,
        documents="\n".join(documents),
    )
