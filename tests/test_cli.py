"""The ``ksc-nlp`` command line: annotate, evaluate, info."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import ksc_nlp
import ksc_nlp.cli
import ksc_nlp.runner
from helpers import cached_load, records_of, run
from ksc_nlp import DEFAULT_CONFIG
from ksc_nlp.cli import app


@pytest.fixture(autouse=True)
def fast_load(monkeypatch):
    monkeypatch.setattr(ksc_nlp.cli, "load", cached_load)
    monkeypatch.setattr(ksc_nlp.runner, "load", cached_load)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    write(folder / "b.txt", "Kenya won 140 votes.\n")
    write(folder / "a.txt", "Zambia received 60 votes.\n")
    write(folder / "sub" / "c.txt", "Ghana was elected to the Security Council.\n")
    write(folder / "sub" / "deeper" / "d.txt", "Peru led Chile by 113 votes to 77.\n")
    write(folder / "notes.md", "Mongolia abstained.\n")
    return folder


# -- annotate: inputs --------------------------------------------------------------------


def test_annotate_folder_recursively_with_sorted_relative_ids(runner, corpus):
    result = run(runner, "annotate", str(corpus))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "ksc-nlp: 4 done, 0 skipped, 0 failed\n"
    records = records_of(result.stdout)
    assert [record["id"] for record in records] == ["a", "b", "sub/c", "sub/deeper/d"]
    assert records[0]["text"] == "Zambia received 60 votes.\n"
    assert records[0]["meta"]["source"] == str(corpus / "a.txt")
    assert records[0]["meta"]["ksc_nlp"] == ksc_nlp.__version__
    spans = [(s["text"], s["label"]) for s in records[1]["spans"]]
    assert spans == [("Kenya", "COUNTRY"), ("140", "VOTE_COUNT")]


def test_annotate_glob(runner, corpus):
    result = run(runner, "annotate", str(corpus), "--glob", "*.md")
    assert result.exit_code == 0, result.stderr
    records = records_of(result.stdout)
    assert [record["id"] for record in records] == ["notes"]
    assert [(s["text"], s["kb_id"]) for s in records[0]["spans"]] == [("Mongolia", "MNG")]


def test_annotate_single_file_uses_its_stem(runner, corpus):
    result = run(runner, "annotate", str(corpus / "sub" / "c.txt"))
    assert result.exit_code == 0, result.stderr
    assert [record["id"] for record in records_of(result.stdout)] == ["c"]


def test_annotate_jsonl_with_a_malformed_line(runner, tmp_path):
    source = write(
        tmp_path / "batch.jsonl",
        '{"id": "one", "text": "Peru won 10 votes.", "meta": {"lang": "en"}}\n'
        "{not json\n"
        "\n"
        '{"text": "Chile won 5 votes."}\n'
        '{"id": "four", "text": "Norway abstained."}\n',
    )
    result = run(runner, "annotate", str(source))
    assert result.exit_code == 1
    assert f"{source}:2" in result.stderr
    assert "malformed JSON" in result.stderr
    records = records_of(result.stdout)
    assert [record["id"] for record in records] == ["one", "batch:4", "four"]
    assert records[0]["meta"] == {"lang": "en", "source": str(source),
                                  "ksc_nlp": ksc_nlp.__version__}
    assert records[0]["text"] == "Peru won 10 votes."
    counts = [(s["text"], s["value"]) for s in records[1]["spans"] if s["label"] == "VOTE_COUNT"]
    assert counts == [("5", 5)]


def test_annotate_jsonl_line_without_text(runner, tmp_path):
    source = write(
        tmp_path / "batch.jsonl",
        '{"id": "one", "body": "Peru won 10 votes."}\n'
        '{"id": "two", "text": "Chile won 5 votes."}\n',
    )
    result = run(runner, "annotate", str(source))
    assert result.exit_code == 1
    assert f"{source}:1" in result.stderr
    assert "text" in result.stderr
    assert [record["id"] for record in records_of(result.stdout)] == ["two"]


def test_annotate_stdin(runner):
    result = run(runner, "annotate", "-", input="Kenya won 140 votes.\n")
    assert result.exit_code == 0, result.stderr
    records = records_of(result.stdout)
    assert len(records) == 1
    assert records[0]["id"] == "stdin"
    assert records[0]["text"] == "Kenya won 140 votes.\n"
    assert [(s["text"], s["label"]) for s in records[0]["spans"]] == [
        ("Kenya", "COUNTRY"),
        ("140", "VOTE_COUNT"),
    ]


def test_annotate_missing_path(runner, corpus, tmp_path):
    missing = tmp_path / "missing.txt"
    result = run(runner, "annotate", str(missing), str(corpus / "b.txt"))
    assert result.exit_code == 1
    assert str(missing) in result.stderr
    assert "no such file or directory" in result.stderr
    assert [record["id"] for record in records_of(result.stdout)] == ["b"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"Caf\xe9 in Kenya.\n", "not valid UTF-8"),
        (b"PK\x03\x04\x00\x00binary\x00data", "binary file"),
    ],
    ids=["latin-1", "binary"],
)
def test_annotate_unusable_file_in_a_folder(runner, corpus, content, problem):
    bad = write(corpus / "bad.txt", content)
    result = run(runner, "annotate", str(corpus))
    assert result.exit_code == 1
    assert str(bad) in result.stderr
    assert problem in result.stderr
    assert [record["id"] for record in records_of(result.stdout)] == [
        "a", "b", "sub/c", "sub/deeper/d",
    ]


@pytest.mark.parametrize("content", [b"", b"  \n\n"], ids=["empty", "blank"])
def test_annotate_empty_file_gives_a_record_without_spans(runner, corpus, content):
    write(corpus / "blank.txt", content)
    result = run(runner, "annotate", str(corpus))
    assert result.exit_code == 0, result.stderr
    records = records_of(result.stdout)
    assert [record["id"] for record in records] == ["a", "b", "blank", "sub/c", "sub/deeper/d"]
    assert (records[2]["text"], records[2]["spans"]) == (content.decode(), [])


def test_annotate_reports_every_problem_and_keeps_going(runner, corpus, tmp_path):
    write(corpus / "empty.txt", b"")
    write(corpus / "latin.txt", b"Caf\xe9\n")
    missing = tmp_path / "nowhere"
    result = run(runner, "annotate", str(missing), str(corpus))
    assert result.exit_code == 1
    for name in (str(missing), "latin.txt"):
        assert name in result.stderr
    assert result.stderr.splitlines()[-1] == "ksc-nlp: 5 done, 0 skipped, 2 failed"
    assert len(records_of(result.stdout)) == 5


# -- annotate: options -------------------------------------------------------------------


def test_annotate_output_file(runner, corpus, tmp_path):
    out = tmp_path / "out" / "annotations.jsonl"
    out.parent.mkdir()
    result = run(runner, "annotate", str(corpus), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    records = records_of(out.read_text(encoding="utf-8"))
    assert [record["id"] for record in records] == ["a", "b", "sub/c", "sub/deeper/d"]


def test_annotate_output_is_utf8_without_escapes(runner, tmp_path):
    source = write(tmp_path / "civ.txt", "C\u00f4te d\u2019Ivoire abstained.\n")
    out = tmp_path / "out.jsonl"
    result = run(runner, "annotate", str(source), "--output", str(out))
    assert result.exit_code == 0, result.stderr
    raw = out.read_text(encoding="utf-8")
    assert "C\u00f4te d\u2019Ivoire" in raw
    record = records_of(raw)[0]
    assert [(s["text"], s["kb_id"]) for s in record["spans"]] == [
        ("C\u00f4te d\u2019Ivoire", "CIV")
    ]


def test_annotate_reference_date(runner, tmp_path):
    source = write(tmp_path / "meeting.txt", "The ministers will meet on 30 June.\n")
    without = records_of(run(runner, "annotate", str(source)).stdout)[0]
    with_date = records_of(
        run(runner, "annotate", str(source), "--reference-date", "2016-06-28").stdout
    )[0]
    assert [s["value"] for s in without["spans"]] == ["XXXX-06-30"]
    assert [s["value"] for s in with_date["spans"]] == ["2016-06-30"]


def test_annotate_batch_size_does_not_change_the_output(runner, corpus):
    default = run(runner, "annotate", str(corpus))
    one = run(runner, "annotate", str(corpus), "--batch-size", "1")
    assert one.exit_code == 0, one.stderr
    assert one.stdout == default.stdout


@pytest.mark.parametrize("processes", ["2", "auto"])
def test_annotate_n_process_gives_the_same_bytes(runner, corpus, processes):
    one = run(runner, "annotate", str(corpus), "--batch-size", "1")
    several = run(runner, "annotate", str(corpus), "--batch-size", "1", "--n-process", processes)
    assert several.exit_code == 0, several.stderr
    assert several.stdout == one.stdout
    assert several.stderr == "ksc-nlp: 4 done, 0 skipped, 0 failed\n"


def test_annotate_rejects_batch_size_zero(runner, corpus):
    result = runner.invoke(app, ["annotate", str(corpus), "--batch-size", "0"])
    assert result.exit_code == 2


def test_annotate_with_a_config_file(runner, tmp_path):
    text = DEFAULT_CONFIG.read_text(encoding="utf-8")
    assert "[paths]\nreference_date = null" in text
    config = write(
        tmp_path / "dated.cfg",
        text.replace("[paths]\nreference_date = null", '[paths]\nreference_date = "2019-03-01"'),
    )
    source = write(tmp_path / "meeting.txt", "The ministers will meet on 5 March.\n")
    result = run(runner, "annotate", str(source), "--config", str(config))
    assert result.exit_code == 0, result.stderr
    record = records_of(result.stdout)[0]
    assert [(s["text"], s["value"]) for s in record["spans"]] == [("5 March", "2019-03-05")]


def test_annotate_with_a_missing_config_file(runner, corpus, tmp_path):
    result = runner.invoke(app, ["annotate", str(corpus), "--config", str(tmp_path / "x.cfg")])
    assert result.exit_code == 2


# -- evaluate ----------------------------------------------------------------------------


@pytest.fixture
def annotations(runner, corpus, tmp_path) -> Path:
    out = tmp_path / "pred.jsonl"
    result = run(runner, "annotate", str(corpus), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    return out


def test_evaluate_a_file_against_itself(runner, annotations, tmp_path):
    scores = tmp_path / "scores.json"
    result = run(runner, "evaluate", str(annotations), str(annotations), "--json", str(scores))
    assert result.exit_code == 0, result.stderr
    assert "Documents scored: 4" in result.stdout
    report = json.loads(scores.read_text(encoding="utf-8"))
    assert report["documents"] == 4
    assert report["entities"]["strict"]["micro"]["f1"] == 1.0
    assert report["entities"]["strict"]["micro"]["tp"] == 10
    assert report["relations"]["micro"]["f1"] == 1.0
    assert report["relations"]["micro"]["tp"] == 6
    assert report["errors"] == []


def test_evaluate_threshold_above_the_score_exits_1(runner, annotations, tmp_path):
    records = records_of(annotations.read_text(encoding="utf-8"))
    records[0]["spans"] = []
    records[0]["relations"] = []
    worse = write(
        tmp_path / "worse.jsonl", "".join(json.dumps(r) + "\n" for r in records)
    )
    scores = tmp_path / "scores.json"
    passing = run(runner, "evaluate", str(annotations), str(worse), "--min-entity-f", "0.5")
    assert passing.exit_code == 0, passing.stderr
    failing = run(
        runner, "evaluate", str(annotations), str(worse), "--min-entity-f", "0.95",
        "--json", str(scores),
    )
    assert failing.exit_code == 1
    assert "below threshold" in failing.stderr
    report = json.loads(scores.read_text(encoding="utf-8"))
    strict = report["entities"]["strict"]["micro"]
    assert (strict["tp"], strict["fp"], strict["fn"]) == (8, 0, 2)


def test_evaluate_relation_threshold(runner, annotations, tmp_path):
    records = records_of(annotations.read_text(encoding="utf-8"))
    for record in records:
        record["relations"] = []
    worse = write(tmp_path / "worse.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    result = run(runner, "evaluate", str(annotations), str(worse), "--min-relation-f", "0.1")
    assert result.exit_code == 1
    assert "relation F1 0.000" in result.stderr


def test_evaluate_verbose_lists_errors(runner, annotations, tmp_path):
    records = records_of(annotations.read_text(encoding="utf-8"))
    records[1]["spans"] = []
    worse = write(tmp_path / "worse.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    result = run(runner, "evaluate", str(annotations), str(worse), "-v")
    assert result.exit_code == 0, result.stderr
    assert "Errors (" in result.stdout


def test_evaluate_malformed_gold(runner, annotations, tmp_path):
    gold = write(tmp_path / "gold.jsonl", '{"id": "a", "text": ""}\n[1, 2]\n')
    result = run(runner, "evaluate", str(gold), str(annotations))
    assert result.exit_code == 2
    assert f"{gold}:2" in result.stderr


# -- info and help -----------------------------------------------------------------------


def test_info(runner):
    result = run(runner, "info")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"ksc-nlp {ksc_nlp.__version__}"
    assert lines[1] == (
        "components: ksc_sentences, ksc_gazetteer, ksc_organisations, ksc_dates, ksc_people, "
        "ksc_votes, ksc_linking, ksc_relations"
    )


@pytest.mark.parametrize("command", ["annotate", "evaluate", "info"])
def test_help_shows_an_example(runner, command):
    result = runner.invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert f"ksc-nlp {command}" in result.stdout


def test_no_arguments_shows_help(runner):
    result = runner.invoke(app, [])
    assert "annotate" in result.output
    assert "evaluate" in result.output


def test_a_document_that_breaks_a_component_is_reported_and_skipped(runner, tmp_path, monkeypatch):
    from ksc_nlp.votes import VoteCounter

    original = VoteCounter.__call__

    def fragile(self, doc):
        if "EXPLODE" in doc.text:
            raise RuntimeError("rule failure")
        return original(self, doc)

    monkeypatch.setattr(VoteCounter, "__call__", fragile)
    folder = tmp_path / "docs"
    write(folder / "a.txt", "Chile won 55 votes.\n")
    write(folder / "b.txt", "EXPLODE Peru won 5 votes.\n")
    write(folder / "c.txt", "Togo won 7 votes.\n")
    result = run(runner, "annotate", str(folder))
    assert result.exit_code == 1
    assert [record["id"] for record in records_of(result.stdout)] == ["a", "c"]
    assert f"{folder / 'b.txt'}: annotation failed in ksc_votes" in result.stderr
