"""Scoring on CoNLL NER files: reading IOB1/IOB2, rebuilding texts, the label map, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ksc_nlp.cli import app
from ksc_nlp.conll import (
    evaluate_conll,
    gold_record,
    parse_label_map,
    read_conll,
    relabel,
    tagged_spans,
)
from ksc_nlp.evaluation import EvaluationInputError

SAMPLE = Path(__file__).parent / "data" / "sample.conll"


def test_documents_and_sentences_are_read():
    documents = read_conll(SAMPLE)
    assert [len(document.sentences) for document in documents] == [2, 1]
    tokens, tags = documents[1].sentences[0]
    assert tokens == ["The", "Riverside", "Band", "played", "in", "Chile", "."]
    assert tags[-2] == "B-LOC"


def test_iob1_and_iob2_runs_become_character_spans():
    tokens = ["Maria", "Quispe", "Ana", "Lee", "in", "Lima"]
    # IOB1: B- only splits two adjacent spans of one type; IOB2: B- opens every span
    assert list(tagged_spans(tokens, ["I-PER", "I-PER", "B-PER", "I-PER", "O", "I-LOC"], 0)) == [
        (0, 12, "PER"),
        (13, 20, "PER"),
        (24, 28, "LOC"),
    ]
    assert list(tagged_spans(tokens, ["B-PER", "I-PER", "B-PER", "I-PER", "O", "B-LOC"], 5)) == [
        (5, 17, "PER"),
        (18, 25, "PER"),
        (29, 33, "LOC"),
    ]


def test_gold_text_joins_tokens_with_single_spaces_and_keeps_mapped_labels():
    record = gold_record("d1", read_conll(SAMPLE)[0], ["PER", "LOC"])
    text = record["text"]
    assert text.startswith("Foreign Ministry spokesman Tomasz Wierzbicki visited Peru . Wierzbicki")
    assert [text[s["start"] : s["end"]] for s in record["spans"]] == [
        "Tomasz Wierzbicki",
        "Peru",
        "Wierzbicki",
        "Maria Quispe",
        "Lima",
    ]


def test_relabel_maps_and_drops_labels():
    record = {
        "id": "x",
        "text": "Peru and Lima",
        "spans": [
            {"start": 0, "end": 4, "label": "COUNTRY", "kb_id": "PER"},
            {"start": 9, "end": 13, "label": "GPE"},
            {"start": 5, "end": 8, "label": "DATE"},
        ],
        "relations": [{"head": 0, "child": 1, "label": "X"}],
    }
    mapped = relabel(record, {"COUNTRY": "LOC"})
    assert mapped["spans"] == [{"start": 0, "end": 4, "label": "LOC"}]
    assert mapped["relations"] == []


def test_parse_label_map():
    assert parse_label_map("PERSON=PER, COUNTRY=LOC") == {"PERSON": "PER", "COUNTRY": "LOC"}
    with pytest.raises(ValueError, match="'PERSON' is not OURS=THEIRS"):
        parse_label_map("PERSON")


def test_malformed_line_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.conll"
    bad.write_text("Peru I-LOC\nvisited\n", encoding="utf-8")
    with pytest.raises(EvaluationInputError, match=r"bad\.conll:2: expected"):
        read_conll(bad)


def test_evaluate_conll_scores_the_mapped_spans(nlp):
    report = evaluate_conll(nlp, SAMPLE, {"PERSON": "PER", "COUNTRY": "LOC"})
    per, loc = report.entities_strict["PER"], report.entities_strict["LOC"]
    # all three person mentions are found; countries are found, cities are not mapped
    assert (per.tp, per.fp, per.fn) == (3, 0, 0)
    assert (loc.tp, loc.fp, loc.fn) == (2, 0, 1)
    assert report.relations["micro"].tp == 0 and len(report.relations) == 1


def test_cli_evaluate_conll():
    result = CliRunner().invoke(app, ["evaluate", "--conll", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert "Documents scored: 2" in result.output
    assert "Relations" not in result.output
    per_row = next(line for line in result.output.splitlines() if line.startswith("PER "))
    assert per_row.split()[1:4] == ["1.000", "1.000", "1.000"]


def test_cli_evaluate_needs_gold_and_pred_or_conll():
    result = CliRunner().invoke(app, ["evaluate"])
    assert result.exit_code == 2
    assert "give either GOLD and PRED, or --conll FILE" in result.output
