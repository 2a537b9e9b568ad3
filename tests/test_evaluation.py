"""Tests for ksc_nlp.evaluation on small hand-made gold/pred records."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from ksc_nlp.evaluation import (
    ENTITY_LABELS,
    RELATION_LABELS,
    EvaluationInputError,
    EvaluationReport,
    evaluate,
    load_records,
)

TEXT = (
    "Kazakhstan won 138 votes out of 193 and was elected to the UN Security Council "
    "for 2017-2018, defeating Thailand. Kazakhstan thanked Nur-Sultan."
)


def span(text: str, label: str, occurrence: int = 0, **extra: Any) -> dict[str, Any]:
    """A span over the ``occurrence``-th appearance of ``text`` in TEXT."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return {
        "start": start,
        "end": start + len(text),
        "token_start": 0,
        "token_end": 0,
        "label": label,
        "text": text,
        **extra,
    }


def ref(s: dict[str, Any]) -> dict[str, Any]:
    return {k: s[k] for k in ("start", "end", "token_start", "token_end", "label")}


def rel(head: dict[str, Any], child: dict[str, Any], label: str) -> dict[str, Any]:
    return {
        "head": 0,
        "child": 0,
        "head_span": ref(head),
        "child_span": ref(child),
        "label": label,
    }


KAZ = span("Kazakhstan", "COUNTRY", kb_id="KAZ")
KAZ2 = span("Kazakhstan", "COUNTRY", 1, kb_id="KAZ")
V138 = span("138", "VOTE_COUNT", value=138)
V193 = span("193", "VOTE_COUNT", value=193)
UNSC = span("UN Security Council", "ORG", kb_id="United Nations Security Council")
TERM = span("2017-2018", "DATE", value="2017/2018")
THA = span("Thailand", "COUNTRY", kb_id="THA")
CITY = span("Nur-Sultan", "GPE")


def record(spans: list[dict], relations: list[dict] | None = None, doc_id: str = "d1") -> dict:
    return {
        "id": doc_id,
        "text": TEXT,
        "meta": {},
        "tokens": [],
        "spans": copy.deepcopy(spans),
        "relations": copy.deepcopy(relations or []),
    }


GOLD_SPANS = [KAZ, V138, V193, UNSC, TERM, THA, KAZ2, CITY]
GOLD_RELATIONS = [
    rel(KAZ, V138, "RECEIVED_VOTES"),
    rel(V138, V193, "OUT_OF"),
    rel(KAZ, UNSC, "ELECTED_TO"),
    rel(KAZ, TERM, "TERM"),
    rel(KAZ, THA, "COMPETED_WITH"),
]


def gold_docs() -> dict[str, dict]:
    return {"d1": record(GOLD_SPANS, GOLD_RELATIONS)}


def run(pred_spans: list[dict], pred_relations: list[dict] | None = None) -> EvaluationReport:
    return evaluate(gold_docs(), {"d1": record(pred_spans, pred_relations)})


def test_perfect_match_scores_one() -> None:
    report = evaluate(gold_docs(), gold_docs())
    assert report.entity_f1 == 1.0
    assert report.relation_f1 == 1.0
    strict = report.entities_strict
    assert (strict["micro"].tp, strict["micro"].fp, strict["micro"].fn) == (7, 0, 0)
    assert strict["COUNTRY"].tp == 3
    assert report.entities_overlap["micro"].f1 == 1.0
    assert report.kb_id_accuracy["micro"].accuracy == 1.0
    assert report.kb_id_accuracy["micro"].total == 4
    assert report.value_accuracy["micro"].total == 3
    assert report.relations["micro"].tp == 5
    assert report.errors == []
    assert report.missing_documents == []


def test_boundary_error_is_strict_fp_fn_but_overlap_tp() -> None:
    wide = span("UN Security Council for", "ORG", kb_id="United Nations Security Council")
    pred = [s for s in GOLD_SPANS if s is not UNSC] + [wide]
    report = run(pred, GOLD_RELATIONS)
    org = report.entities_strict["ORG"]
    assert (org.tp, org.fp, org.fn) == (0, 1, 1)
    assert report.entities_strict["micro"].precision == pytest.approx(6 / 7)
    assert report.entity_f1 == pytest.approx(6 / 7)
    overlap = report.entities_overlap["ORG"]
    assert (overlap.tp, overlap.fp, overlap.fn) == (1, 0, 0)
    fp = next(e for e in report.errors if e["type"] == "entity_fp")
    assert fp["kind"] == "boundary"
    assert fp["overlapping"][0]["text"] == "UN Security Council"
    fn = next(e for e in report.errors if e["type"] == "entity_fn")
    assert fn["kind"] == "boundary"
    assert (fn["start"], fn["end"]) == (UNSC["start"], UNSC["end"])


def test_overlap_matching_is_one_to_one() -> None:
    # Two predicted pieces of one gold span: only one can be an overlap match.
    pieces = [span("UN Security", "ORG"), span("Council", "ORG")]
    pred = [s for s in GOLD_SPANS if s is not UNSC] + pieces
    overlap = run(pred).entities_overlap["ORG"]
    assert (overlap.tp, overlap.fp, overlap.fn) == (1, 1, 0)


def test_wrong_label_is_fp_and_fn() -> None:
    as_org = span("Thailand", "ORG", kb_id="THA")
    pred = [s for s in GOLD_SPANS if s is not THA] + [as_org]
    report = run(pred, GOLD_RELATIONS)
    assert report.entities_strict["COUNTRY"].fn == 1
    assert report.entities_strict["ORG"].fp == 1
    assert report.entities_overlap["COUNTRY"].fn == 1
    assert report.entities_overlap["ORG"].fp == 1
    kinds = {e["type"]: e["kind"] for e in report.errors if e["type"].startswith("entity")}
    assert kinds == {"entity_fp": "label", "entity_fn": "label"}


def test_unscored_labels_are_ignored() -> None:
    pred = [s for s in GOLD_SPANS if s is not CITY] + [span("Security", "NORP")]
    report = run(pred, GOLD_RELATIONS)
    assert report.entity_f1 == 1.0
    assert "GPE" not in report.entities_strict
    assert report.errors == []


def test_kb_id_mismatch_lowers_accuracy_not_f1() -> None:
    pred = [s for s in GOLD_SPANS if s is not THA] + [span("Thailand", "COUNTRY", kb_id="TWN")]
    report = run(pred)
    assert report.entity_f1 == 1.0
    assert report.kb_id_accuracy["COUNTRY"].accuracy == pytest.approx(2 / 3)
    assert report.kb_id_accuracy["ORG"].accuracy == 1.0
    assert report.kb_id_accuracy["micro"].accuracy == pytest.approx(3 / 4)
    mismatch = [e for e in report.errors if e["type"] == "kb_id_mismatch"]
    assert mismatch == [
        {
            "type": "kb_id_mismatch",
            "doc_id": "d1",
            "label": "COUNTRY",
            "text": "Thailand",
            "start": THA["start"],
            "end": THA["end"],
            "field": "kb_id",
            "gold": "THA",
            "pred": "TWN",
        }
    ]


def test_value_accuracy_compares_as_strings() -> None:
    pred = [s for s in GOLD_SPANS if s not in (V193, TERM)]
    pred += [span("193", "VOTE_COUNT", value="193"), span("2017-2018", "DATE", value="2017")]
    report = run(pred)
    assert report.value_accuracy["VOTE_COUNT"].accuracy == 1.0
    assert report.value_accuracy["DATE"].accuracy == 0.0
    assert report.value_accuracy["micro"].accuracy == pytest.approx(2 / 3)


def test_relations_deduplicate_across_mentions() -> None:
    # The second Kazakhstan mention has the same kb_id: same canonical tuple.
    pred_relations = GOLD_RELATIONS + [
        rel(KAZ2, V138, "RECEIVED_VOTES"),
        rel(KAZ2, UNSC, "ELECTED_TO"),
    ]
    report = run(GOLD_SPANS, pred_relations)
    assert report.relation_f1 == 1.0
    assert report.relations["RECEIVED_VOTES"].tp == 1
    assert report.relations["micro"].tp == 5


def test_competed_with_is_symmetric() -> None:
    pred_relations = [r for r in GOLD_RELATIONS if r["label"] != "COMPETED_WITH"]
    pred_relations.append(rel(THA, KAZ, "COMPETED_WITH"))
    report = run(GOLD_SPANS, pred_relations)
    assert report.relations["COMPETED_WITH"].tp == 1
    assert report.relation_f1 == 1.0


def test_direction_matters_for_other_relations() -> None:
    pred_relations = [r for r in GOLD_RELATIONS if r["label"] != "OUT_OF"]
    pred_relations.append(rel(V193, V138, "OUT_OF"))
    out_of = run(GOLD_SPANS, pred_relations).relations["OUT_OF"]
    assert (out_of.tp, out_of.fp, out_of.fn) == (0, 1, 1)


def test_relation_head_with_other_kb_id_is_fp_and_fn() -> None:
    kaz_wrong = span("Kazakhstan", "COUNTRY", kb_id="KGZ")
    pred = [s for s in GOLD_SPANS if s is not KAZ] + [kaz_wrong]
    pred_relations = [r for r in GOLD_RELATIONS if r["label"] != "RECEIVED_VOTES"]
    pred_relations.append(rel(kaz_wrong, V138, "RECEIVED_VOTES"))
    report = run(pred, pred_relations)
    received = report.relations["RECEIVED_VOTES"]
    assert (received.tp, received.fp, received.fn) == (0, 1, 1)
    rel_errors = {(e["type"], tuple(e["head"])) for e in report.errors if "relation" in e["type"]}
    assert rel_errors == {("relation_fp", ("COUNTRY", "KGZ")), ("relation_fn", ("COUNTRY", "KAZ"))}
    # Every relation headed by that mention changes canonical id; only OUT_OF still matches.
    micro = report.relations["micro"]
    assert (micro.tp, micro.fp, micro.fn) == (1, 4, 4)


def test_canonical_falls_back_to_text_without_kb_id() -> None:
    no_kb = {k: v for k, v in THA.items() if k != "kb_id"}
    gold = {"d1": record([KAZ, no_kb], [rel(KAZ, no_kb, "COMPETED_WITH")])}
    pred = {"d1": record([KAZ, no_kb], [rel(no_kb, KAZ, "COMPETED_WITH")])}
    report = evaluate(gold, pred)
    assert report.relation_f1 == 1.0
    assert report.kb_id_accuracy["COUNTRY"].accuracy == pytest.approx(1.0)


def test_missing_document_counts_gold_as_false_negatives() -> None:
    gold = gold_docs()
    gold["d2"] = record([THA], [], doc_id="d2")
    pred = {"d1": record(GOLD_SPANS, GOLD_RELATIONS), "extra": record([KAZ], [], "extra")}
    report = evaluate(gold, pred)
    assert report.missing_documents == ["d2"]
    micro = report.entities_strict["micro"]
    assert (micro.tp, micro.fp, micro.fn) == (7, 0, 1)
    assert report.relations["micro"].fn == 0

    report = evaluate(gold_docs(), {})
    assert report.missing_documents == ["d1"]
    assert report.entities_strict["micro"].fn == 7
    assert report.relations["micro"].fn == 5
    assert report.entity_f1 == 0.0
    assert report.relation_f1 == 0.0


def test_empty_label_reports_zero() -> None:
    report = evaluate({"d1": record([KAZ])}, {"d1": record([KAZ])})
    person = report.entities_strict["PERSON"]
    assert (person.precision, person.recall, person.f1, person.tp) == (0.0, 0.0, 0.0, 0)
    assert report.entity_f1 == 1.0
    assert report.relation_f1 == 0.0


def test_to_dict_is_json_serialisable_with_stable_keys() -> None:
    pred = [s for s in GOLD_SPANS if s is not THA] + [span("Thailand", "COUNTRY", kb_id="TWN")]
    data = run(pred, GOLD_RELATIONS[:2]).to_dict()
    json.dumps(data)
    assert set(data["entities"]) == {"strict", "overlap"}
    assert list(data["entities"]["strict"]) == [*ENTITY_LABELS, "micro"]
    assert list(data["relations"]) == [*RELATION_LABELS, "micro"]
    assert set(data["relations"]["micro"]) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert data["kb_id_accuracy"]["COUNTRY"] == {"accuracy": 2 / 3, "correct": 2, "total": 3}
    assert "DATE" in data["value_accuracy"]
    assert data["missing_documents"] == []
    assert {e["type"] for e in data["errors"]} == {"kb_id_mismatch", "relation_fn"}


def test_format_text_shows_errors_only_when_verbose() -> None:
    pred = [s for s in GOLD_SPANS if s is not THA]
    report = run(pred, GOLD_RELATIONS)
    quiet = report.format_text(verbose=False)
    loud = report.format_text(verbose=True)
    for title in ("Entities (strict)", "Entities (overlap)", "Relations", "kb_id accuracy"):
        assert title in quiet
    assert "VOTE_COUNT" in quiet and "COMPETED_WITH" in quiet
    assert "Thailand" not in quiet
    assert "entity FN (missing) COUNTRY 'Thailand'" in loud
    # The predicted relation points at a span missing from pred["spans"]: it falls back to text.
    assert "relation FN COUNTRY:KAZ -COMPETED_WITH-> COUNTRY:THA" in loud
    assert "relation FP COUNTRY:KAZ -COMPETED_WITH-> COUNTRY:Thailand" in loud


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_records_keys_by_id(tmp_path: Path) -> None:
    path = write(tmp_path / "gold.jsonl", [json.dumps(record([KAZ])), "", json.dumps({"id": "d2"})])
    records = load_records(path)
    assert list(records) == ["d1", "d2"]
    assert records["d1"]["spans"][0]["kb_id"] == "KAZ"


def test_load_records_malformed_line_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "pred.jsonl", [json.dumps({"id": "a"}), '{"id": "b", '])
    with pytest.raises(EvaluationInputError, match=r"pred\.jsonl:2: "):
        load_records(path)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([json.dumps({"text": "no id"})], r"x\.jsonl:1: .*id"),
        ([json.dumps({"id": "a"}), json.dumps({"id": "a"})], r"x\.jsonl:2: duplicate id 'a'"),
        (["[1, 2]"], r"x\.jsonl:1: expected a JSON object"),
    ],
)
def test_load_records_rejects_bad_records(tmp_path: Path, lines: list[str], message: str) -> None:
    with pytest.raises(EvaluationInputError, match=message):
        load_records(write(tmp_path / "x.jsonl", lines))
