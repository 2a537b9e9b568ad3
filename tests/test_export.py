"""Silver-data export: spaCy DocBin and CoNLL BIO lines."""

from __future__ import annotations

import json

import spacy
from spacy.tokens import DocBin
from typer.testing import CliRunner

from ksc_nlp.cli import app
from ksc_nlp.export import record_to_conll, records_to_docbin
from ksc_nlp.record import doc_to_record

TEXT = "Chile won 150 votes on 3 June 2025.\nNepal lost."


def test_docbin_keeps_entities_kb_ids_and_values(nlp) -> None:
    record = json.loads(json.dumps(doc_to_record(nlp(TEXT), "doc-1")))
    vocab = spacy.blank("en").vocab
    docbin = records_to_docbin([record], vocab)
    (doc,) = list(DocBin(store_user_data=True).from_bytes(docbin.to_bytes()).get_docs(vocab))
    assert doc.text == TEXT
    assert doc.user_data["id"] == "doc-1"
    assert [(e.text, e.label_, e.kb_id_, e._.value) for e in doc.ents] == [
        ("Chile", "COUNTRY", "CHL", None),
        ("150", "VOTE_COUNT", "", 150),
        ("3 June 2025", "DATE", "", "2025-06-03"),
        ("Nepal", "COUNTRY", "NPL", None),
    ]


def test_conll_lines_use_bio_tags_and_break_at_new_lines(nlp) -> None:
    record = doc_to_record(nlp(TEXT), "doc-1")
    assert record_to_conll(record) == (
        "-DOCSTART-\tO\n\n"
        "Chile\tB-COUNTRY\nwon\tO\n150\tB-VOTE_COUNT\nvotes\tO\non\tO\n"
        "3\tB-DATE\nJune\tI-DATE\n2025\tI-DATE\n.\tO\n\n"
        "Nepal\tB-COUNTRY\nlost\tO\n.\tO\n\n"
    )


def test_export_command_writes_both_formats(nlp, tmp_path) -> None:
    source = tmp_path / "records.jsonl"
    source.write_text(json.dumps(doc_to_record(nlp(TEXT), "doc-1")) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["export", str(source), "-o", str(tmp_path / "out.spacy")])
    assert result.exit_code == 0, result.output
    assert len(DocBin().from_disk(tmp_path / "out.spacy")) == 1
    result = runner.invoke(
        app, ["export", str(source), "-o", str(tmp_path / "out.conll"), "-f", "conll"]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.conll").read_text(encoding="utf-8").startswith("-DOCSTART-\tO\n")


def test_export_reports_a_malformed_line(tmp_path) -> None:
    source = tmp_path / "records.jsonl"
    source.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["export", str(source), "-o", str(tmp_path / "x.spacy")])
    assert result.exit_code == 2
    assert f"{source}:1" in result.output
