"""``ksc-nlp annotate --n-process N``: the same bytes as one process, in the same order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import ksc_nlp
import ksc_nlp.runner
from ksc_nlp.cli import app
from ksc_nlp.inputs import Document
from ksc_nlp.runner import RunSettings, Summary, parallel_outcomes, resolve_n_process

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """The dev corpus, a JSONL file with a bad line, a huge and an empty document."""
    folder = tmp_path_factory.mktemp("mixed")
    for path in sorted((CORPUS / "dev").glob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "zz.jsonl").write_text(
        '{"id": "j1", "text": "Peru won 10 votes."}\n{broken\n{"text": "Chile won 5 votes."}\n',
        encoding="utf-8",
    )
    seed = (CORPUS / "kazakhstan-unsc-2016.txt").read_text(encoding="utf-8")
    (folder / "huge.txt").write_text((seed + "\n\n") * 4, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def annotate(folder: Path, *args: str):
    result = CliRunner().invoke(
        app, ["annotate", str(folder), "--chunk-chars", "5000", *args],
        catch_exceptions=False,
    )
    return result


def test_two_processes_write_the_same_bytes_in_the_same_order(mixed):
    one = annotate(mixed, "--glob", "*")
    two = annotate(mixed, "--glob", "*", "--n-process", "2", "--batch-size", "3")
    assert one.exit_code == two.exit_code == 1
    assert two.stdout == one.stdout
    lines = one.stdout.split("\n")
    assert len(lines) - 1 == len(list(mixed.glob("*.txt"))) + 2
    assert f"{mixed / 'zz.jsonl'}:2: malformed JSON" in two.stderr
    assert two.stderr.splitlines()[-1] == one.stderr.splitlines()[-1]
    assert one.stderr.splitlines()[-1] == f"ksc-nlp: {len(lines) - 1} done, 0 skipped, 1 failed"


def test_parallel_output_file_is_identical(mixed, tmp_path):
    outputs = []
    for processes in ("1", "2"):
        out = tmp_path / f"out{processes}.jsonl"
        result = annotate(mixed, "--glob", "*.txt", "-o", str(out), "--n-process", processes)
        assert result.exit_code == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") == len(list(mixed.glob("*.txt")))


def test_auto_is_the_number_of_cpus():
    assert resolve_n_process("auto") == (os.cpu_count() or 1)
    assert resolve_n_process("3") == 3


def _crash_on_marker(self, doc):  # replaces VoteCounter.__call__ in forked workers
    if "KILLWORKER" in doc.text:
        os._exit(9)
    return _ORIGINAL(self, doc)


_ORIGINAL = None


def test_a_worker_that_dies_loses_only_its_document(monkeypatch):
    """A document that kills its worker process (a segfault, the OOM killer) is reported;
    the pool is started again and every other document is annotated, in order."""
    global _ORIGINAL
    from ksc_nlp.votes import VoteCounter

    _ORIGINAL = VoteCounter.__call__
    monkeypatch.setattr(VoteCounter, "__call__", _crash_on_marker)
    texts = [f"Peru won {i} votes." for i in range(10)]
    texts[4] = "KILLWORKER Chile won 1 vote."
    documents = [Document(str(i), text, {"source": f"{i}.txt"}) for i, text in enumerate(texts)]
    batches = [documents[i : i + 3] for i in range(0, 10, 3)]
    settings = RunSettings(start_method="fork")  # workers inherit the patched component
    outcomes = [o for batch in parallel_outcomes(batches, settings, 2) for o in batch]
    assert [o.id for o in outcomes] == [str(i) for i in range(10)]
    assert [o.id for o in outcomes if o.error] == ["4"]
    assert "worker process died" in outcomes[4].error
    assert all('"text": "Peru won' in o.line for o in outcomes if not o.error)


def test_summary_exit_codes():
    assert Summary(done=3).exit_code == 0
    assert Summary(done=3, failed=1).exit_code == 1
    assert Summary(done=3, interrupted=True).exit_code == 130
    assert ksc_nlp.runner.EXIT_USAGE == 2
