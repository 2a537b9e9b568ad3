"""Training-data export: spaCy DocBin, CoNLL-2003 IOB2, Prodigy hashes and splits."""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from murmurhash.mrmr import hash_bytes
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training.converters import conll_ner_to_docs
from typer.testing import CliRunner

from ksc_nlp.cli import app
from ksc_nlp.evaluation import load_records
from ksc_nlp.export import (
    ExportError,
    docbin_to_records,
    english_vocab,
    input_hash,
    parse_split,
    record_to_conll,
    record_to_doc,
    record_to_prodigy,
    records_to_docbin,
    split_of,
    task_hash,
)
from ksc_nlp.inputs import Document, iter_documents
from ksc_nlp.record import doc_to_record

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "kazakhstan-unsc-2016.txt"
TEXT = "Chile won 150 votes on 3 June 2025.\nNepal lost. It was close."


def annotate(nlp: Language, path: Path) -> list[dict]:
    """Records for every document under ``path``, as they are after a trip through JSON."""
    documents = [item for item in iter_documents([str(path)]) if isinstance(item, Document)]
    docs = nlp.pipe([document.text for document in documents])
    return [
        json.loads(json.dumps(doc_to_record(doc, document.id, document.meta)))
        for document, doc in zip(documents, docs, strict=True)
    ]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


@pytest.fixture(scope="module")
def silver(nlp: Language) -> dict[str, list[dict]]:
    """The pipeline's records for the seed, the held-out folder and the development folder."""
    return {
        "seed": annotate(nlp, SEED),
        "heldout": annotate(nlp, CORPUS / "heldout"),
        "dev": annotate(nlp, CORPUS / "dev"),
    }


@pytest.fixture(scope="module")
def gold_records() -> list[dict]:
    paths = sorted((CORPUS / "gold").glob("*.jsonl"))
    return [record for path in paths for record in load_records(path).values()]


@pytest.fixture()
def record(nlp: Language) -> dict:
    meta = {"source": "doc-1.txt", "tags": ["a", {"b": [1, 2]}]}
    return json.loads(json.dumps(doc_to_record(nlp(TEXT), "doc-1", meta)))


# --------------------------------------------------------------------------- #
# DocBin
# --------------------------------------------------------------------------- #


def test_docbin_keeps_entities_kb_ids_values_and_user_data(record: dict) -> None:
    vocab = english_vocab()
    data = records_to_docbin([record]).to_bytes()
    (doc,) = list(DocBin().from_bytes(data).get_docs(vocab))
    assert doc.text == TEXT
    assert doc.user_data["id"] == "doc-1"
    assert doc.user_data["meta"]["source"] == "doc-1.txt"
    assert [(e.text, e.label_, e.kb_id_, e._.value) for e in doc.ents] == [
        ("Chile", "COUNTRY", "CHL", None),
        ("150", "VOTE_COUNT", "", 150),
        ("3 June 2025", "DATE", "", "2025-06-03"),
        ("Nepal", "COUNTRY", "NPL", None),
    ]
    assert list(doc.user_data["relations"]) == [
        (0, 0, "COUNTRY", 2, 2, "VOTE_COUNT", "RECEIVED_VOTES")
    ]
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "Chile won 150 votes on 3 June 2025.", "Nepal lost.", "It was close."
    ]


def test_round_trip_jsonl_docbin_doc_jsonl_is_equal(record: dict) -> None:
    docbin = DocBin().from_bytes(records_to_docbin([record]).to_bytes())
    assert docbin_to_records(docbin) == [record]


@pytest.mark.parametrize("name", ["seed", "heldout", "dev"])
def test_round_trip_of_the_silver_corpus_is_equal(silver: dict, name: str) -> None:
    records = silver[name]
    assert sum(len(r["relations"]) for r in records) > 0
    docbin = DocBin().from_bytes(records_to_docbin(records).to_bytes())
    assert docbin_to_records(docbin) == records


def test_round_trip_of_the_gold_records_is_equal(gold_records: list[dict]) -> None:
    # one gold record per hand annotation (98 when issue 3 was closed)
    assert len(gold_records) == len(list((CORPUS / "gold" / "src").glob("*.ann.json")))
    docbin = DocBin().from_bytes(records_to_docbin(gold_records).to_bytes())
    assert docbin_to_records(docbin) == gold_records


@pytest.mark.parametrize("name", ["seed", "heldout", "dev"])
def test_every_span_is_in_the_docbin_export_with_its_label_and_kb_id(
    silver: dict, name: str, tmp_path: Path
) -> None:
    records = silver[name]
    source = write_jsonl(tmp_path / "silver.jsonl", records)
    result = CliRunner().invoke(app, ["export", str(source), "-o", str(tmp_path / "out.spacy")])
    assert result.exit_code == 0, result.output
    docs = list(DocBin().from_disk(tmp_path / "out.spacy").get_docs(english_vocab()))
    assert [doc.user_data["id"] for doc in docs] == [r["id"] for r in records]
    for record, doc in zip(records, docs, strict=True):
        expected = [
            (s["start"], s["end"], s["label"], s.get("kb_id", "")) for s in record["spans"]
        ]
        exported = [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents]
        assert exported == expected, record["id"]
    assert sum(len(doc.ents) for doc in docs) == sum(len(r["spans"]) for r in records) > 0


def test_a_span_off_its_tokens_is_an_error_naming_the_record(record: dict) -> None:
    broken = copy.deepcopy(record)
    broken["spans"][0]["end"] += 1
    with pytest.raises(ExportError, match=r"record 'doc-1': span 0-6 COUNTRY does not match"):
        record_to_doc(broken)
    broken = copy.deepcopy(record)
    broken["tokens"][0]["text"] = "Chili"
    with pytest.raises(ExportError, match="record 'doc-1': its tokens do not spell its text"):
        record_to_doc(broken)


# --------------------------------------------------------------------------- #
# CoNLL
# --------------------------------------------------------------------------- #


def test_conll_is_iob2_with_docstart_and_a_blank_line_after_each_sentence(record: dict) -> None:
    assert record_to_conll(record) == (
        "-DOCSTART- -X- O O\n\n"
        "Chile B-COUNTRY\nwon O\n150 B-VOTE_COUNT\nvotes O\non O\n"
        "3 B-DATE\nJune I-DATE\n2025 I-DATE\n. O\n\n"
        "Nepal B-COUNTRY\nlost O\n. O\n\n"
        "It O\nwas O\nclose O\n. O\n\n"
    )


@pytest.mark.parametrize("name", ["seed", "heldout", "dev"])
def test_conll_has_one_b_tag_per_span_and_reads_back_in_spacy(silver: dict, name: str) -> None:
    records = silver[name]
    conll = "".join(record_to_conll(r) for r in records)
    b_tags = Counter(line.split(" ")[1][2:] for line in conll.splitlines()
                     if line.split(" ")[-1].startswith("B-"))
    assert b_tags == Counter(s["label"] for r in records for s in r["spans"])
    assert conll.count("-DOCSTART- -X- O O\n") == len(records)
    # spaCy's own CoNLL-2003 reader finds the same entities, document by document.
    docs = list(conll_ner_to_docs(conll, n_sents=0, no_print=True))
    assert len(docs) == len(records)
    for record, doc in zip(records, docs, strict=True):
        tokens = [t["text"] for t in record["tokens"]]
        assert [([t.text for t in e], e.label_) for e in doc.ents] == [
            (tokens[s["token_start"]:s["token_end"] + 1], s["label"]) for s in record["spans"]
        ], record["id"]


def test_conll_sentences_are_the_pipeline_sentences(nlp: Language, silver: dict) -> None:
    (record,) = silver["seed"]
    conll = record_to_conll(record)
    sentences = [
        [line.split(" ")[0] for line in block.splitlines()]
        for block in conll.split("\n\n")[1:] if block.strip()
    ]
    expected = [
        [token.text for token in sentence if not token.is_space]
        for sentence in nlp(record["text"]).sents
    ]
    assert sentences == [words for words in expected if words]
    assert len(sentences) > 20


# --------------------------------------------------------------------------- #
# Prodigy
# --------------------------------------------------------------------------- #


def test_the_hash_is_murmurhash3_x86_32_as_mmh3_returns_it() -> None:
    # Reference values of mmh3.hash (MurmurHash3 x86 32-bit, seed 0, signed).
    assert hash_bytes(b"foo") == -156908512
    assert hash_bytes(b"hello") == 613153351


def test_prodigy_hashes_are_stable_integers(record: dict) -> None:
    task = record_to_prodigy(record)
    assert {k: v for k, v in task.items() if not k.startswith("_")} == record
    # The documented recipe, spelled out.
    text_json = json.dumps({"text": TEXT}, ensure_ascii=False, separators=(",", ":"))
    assert task["_input_hash"] == hash_bytes(text_json.encode())
    annotations = json.dumps(
        {"relations": record["relations"], "spans": record["spans"]},
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    assert task["_task_hash"] == hash_bytes(f"{task['_input_hash']} {annotations}".encode())
    # Fixed numbers: the hashes must not change between runs, processes or versions.
    assert (task["_input_hash"], task["_task_hash"]) == (-1418302391, -438865896)


def test_prodigy_hashes_do_not_depend_on_the_process(record: dict, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "r.jsonl", [record])
    code = (
        "import json, sys; from ksc_nlp.export import input_hash, task_hash; "
        "r = json.loads(open(sys.argv[1]).read()); print(input_hash(r), task_hash(r))"
    )
    for seed in ("1", "2"):
        output = subprocess.run(
            [sys.executable, "-c", code, str(source)], capture_output=True, text=True,
            check=True, env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout.split()
        assert [int(x) for x in output] == [input_hash(record), task_hash(record)]


def test_task_hash_follows_text_spans_and_relations_only(record: dict) -> None:
    def hashes(r: dict) -> tuple[int, int]:
        return input_hash(r), task_hash(r)

    same = copy.deepcopy(record)
    same["id"], same["meta"] = "other-id", {"source": "elsewhere.txt"}
    assert hashes(same) == hashes(record)
    changed_kb = copy.deepcopy(record)
    changed_kb["spans"][0]["kb_id"] = "PER"
    no_relation = copy.deepcopy(record)
    no_relation["relations"] = []
    for changed in (changed_kb, no_relation):
        assert input_hash(changed) == input_hash(record)
        assert task_hash(changed) != task_hash(record)
    other_text = copy.deepcopy(record)
    other_text["text"] = TEXT.replace("close", "tight")
    assert input_hash(other_text) != input_hash(record)


def test_export_command_writes_prodigy_jsonl(record: dict, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "records.jsonl", [record])
    out = tmp_path / "tasks.jsonl"
    result = CliRunner().invoke(app, ["export", str(source), "-f", "prodigy", "-o", str(out)])
    assert result.exit_code == 0, result.output
    (task,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert task == {**record, "_input_hash": -1418302391, "_task_hash": -438865896}


# --------------------------------------------------------------------------- #
# Splits
# --------------------------------------------------------------------------- #


def test_parse_split() -> None:
    assert parse_split("train=0.8,dev=0.1,test=0.1") == {"train": 0.8, "dev": 0.1, "test": 0.1}
    for spec, problem in [
        ("train=0.8,dev=0.1", "add up to 0.9, not 1"),
        ("train", "'train' is not NAME=FRACTION"),
        ("train=0.5,train=0.5", "'train' is named twice"),
        ("train=x,dev=1", "'x' is not a number"),
        ("a/b=1", "'a/b=1' is not NAME=FRACTION"),
        ("train=1.2,dev=-0.2", "must be in (0, 1]"),
    ]:
        with pytest.raises(ValueError, match=problem.replace("(", r"\(").replace("]", r"\]")):
            parse_split(spec)


def test_a_document_keeps_its_split_when_the_corpus_grows() -> None:
    splits = parse_split("train=0.8,dev=0.1,test=0.1")
    rng = random.Random(7)
    corpus = [{"id": f"doc-{i}", "text": f"text {rng.random()}"} for i in range(3000)]
    before = {r["id"]: split_of(r, splits) for r in corpus[:1000]}
    after = {r["id"]: split_of(r, splits) for r in reversed(corpus)}
    assert all(after[doc_id] == name for doc_id, name in before.items())
    shares = Counter(after.values())
    assert abs(shares["train"] / 3000 - 0.8) < 0.03
    assert abs(shares["dev"] / 3000 - 0.1) < 0.03
    assert abs(shares["test"] / 3000 - 0.1) < 0.03
    # The split depends on the text too: the same id with another text may move.
    moved = [r for r in corpus[:200] if split_of({**r, "text": r["text"] + "!"}, splits)
             != before[r["id"]]]
    assert moved


def test_export_split_writes_one_file_per_split(silver: dict, tmp_path: Path) -> None:
    records = silver["dev"] + silver["heldout"]
    source = write_jsonl(tmp_path / "silver.jsonl", records)
    out = tmp_path / "corpus_spacy"
    result = CliRunner().invoke(
        app, ["export", str(source), "--split", "train=0.8,dev=0.1,test=0.1", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["dev.spacy", "test.spacy", "train.spacy"]
    splits = parse_split("train=0.8,dev=0.1,test=0.1")
    seen: list[str] = []
    for name in splits:
        ids = [doc.user_data["id"]
               for doc in DocBin().from_disk(out / f"{name}.spacy").get_docs(english_vocab())]
        assert ids == [r["id"] for r in records if split_of(r, splits) == name]
        assert f"{len(ids)} document(s) written to {out / f'{name}.spacy'}" in result.output
        seen += ids
    assert sorted(seen) == sorted(r["id"] for r in records)
    conll = tmp_path / "corpus_conll"
    arguments = ["-f", "conll", "--split", "train=0.8,dev=0.2", "-o", str(conll)]
    result = CliRunner().invoke(app, ["export", str(source), *arguments])
    assert result.exit_code == 0, result.output
    docstarts = [
        (conll / f"{name}.conll").read_text("utf-8").count("-DOCSTART-")
        for name in ("train", "dev")
    ]
    assert sum(docstarts) == len(records) and min(docstarts) > 0


# --------------------------------------------------------------------------- #
# Command-line errors
# --------------------------------------------------------------------------- #


def test_export_reports_a_malformed_line(tmp_path: Path) -> None:
    source = tmp_path / "records.jsonl"
    source.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["export", str(source), "-o", str(tmp_path / "x.spacy")])
    assert result.exit_code == 2
    assert f"{source}:1" in result.output


def test_export_reports_a_bad_record_and_writes_nothing(record: dict, tmp_path: Path) -> None:
    broken = copy.deepcopy(record)
    broken["id"] = "doc-2"
    del broken["tokens"]
    source = write_jsonl(tmp_path / "records.jsonl", [record, broken])
    out = tmp_path / "x.spacy"
    result = CliRunner().invoke(app, ["export", str(source), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{source}: record 'doc-2': missing field 'tokens'" in result.output
    assert not out.exists()


def test_export_reports_a_bad_split(record: dict, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "records.jsonl", [record])
    result = CliRunner().invoke(
        app, ["export", str(source), "--split", "train=0.7,dev=0.2", "-o", str(tmp_path / "s")]
    )
    assert result.exit_code == 2
    assert "--split train=0.7,dev=0.2: the split fractions add up to 0.9, not 1" in result.output
    assert not (tmp_path / "s").exists()
