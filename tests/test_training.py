"""The silver data really trains: export the corpus, `spacy train` configs/train_ner.cfg (the
README's commands), load the model and run it on a sentence."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.language import Language
from typer.testing import CliRunner

from ksc_nlp.cli import app
from ksc_nlp.inputs import Document, iter_documents
from ksc_nlp.record import doc_to_record

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "configs" / "train_ner.cfg"
SENTENCE = "Nepal received 120 votes in the General Assembly."


def test_exported_silver_annotations_train_a_spacy_ner_model(
    nlp: Language, tmp_path: Path
) -> None:
    documents = [i for i in iter_documents([str(ROOT / "corpus")]) if isinstance(i, Document)]
    docs = nlp.pipe([document.text for document in documents])
    records = [doc_to_record(doc, d.id, d.meta) for d, doc in zip(documents, docs, strict=True)]
    silver = tmp_path / "annotations.jsonl"
    silver.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    data = tmp_path / "corpus_spacy"
    result = CliRunner().invoke(
        app, ["export", str(silver), "--split", "train=0.8,dev=0.2", "-o", str(data)]
    )
    assert result.exit_code == 0, result.output

    model = tmp_path / "model"
    command = [
        sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(model),
        "--paths.train", str(data / "train.spacy"), "--paths.dev", str(data / "dev.spacy"),
    ]
    trained = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert trained.returncode == 0, trained.stdout + trained.stderr

    ner_model = spacy.load(model / "model-last")
    assert ner_model.pipe_names == ["tok2vec", "ner"]
    labels = {span["label"] for record in records for span in record["spans"]}
    assert set(ner_model.get_pipe("ner").labels) == labels
    assert {"COUNTRY", "PERSON", "ORG", "DATE", "VOTE_COUNT"} <= labels
    # 300 steps give a dev F1 of about 0.7-0.76 on the silver labels (seeds 0-3).
    meta = json.loads((model / "model-last" / "meta.json").read_text(encoding="utf-8"))
    assert meta["performance"]["ents_f"] > 0.5
    doc = ner_model(SENTENCE)
    assert [token.text for token in doc] == [token.text for token in nlp.make_doc(SENTENCE)]
    found = {(ent.text, ent.label_) for ent in doc.ents}
    assert {("Nepal", "COUNTRY"), ("120", "VOTE_COUNT")} <= found
