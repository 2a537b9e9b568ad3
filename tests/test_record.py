"""The JSON record of an annotated document: schema, offsets, token indices, fields."""

from __future__ import annotations

import copy
import json

import pytest
from jsonschema import Draft202012Validator

from ksc_nlp.record import doc_to_record, record_schema

CRLF_ARTICLE = (
    "C\u00f4te d\u2019Ivoire joins council\r\n"
    "ABIDJAN, 28 June 2016 \u2013 C\u00f4te d\u2019Ivoire was elected to the UN Security "
    "Council for 2017-2018, defeating T\u00fcrkiye. "
    "C\u00f4te d\u2019Ivoire won 150 votes out of 191.\r\n"
    "\u201cWe are proud,\u201d said A\u00efssata Kon\u00e9.\r\n"
    "Kon\u00e9 thanked Viet Nam and S\u00e3o Tom\u00e9 and Pr\u00edncipe.\r\n"
)

DOCUMENTS = {
    "crlf": CRLF_ARTICLE,
    "plain": (
        "Kenya was supported by 138 countries out of 193 member states.\n"
        "President of Kenya Uhuru Kenyatta said the vote was fair.\n"
    ),
    "nothing": "Nothing of note happened here.",
    "glued": "Nur-Sultan29 June , 12:46 - The talks resumed.",
}


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = record_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def records(nlp) -> dict[str, dict]:
    return {
        doc_id: doc_to_record(nlp(text), doc_id, {"source": f"{doc_id}.txt"})
        for doc_id, text in DOCUMENTS.items()
    }


@pytest.mark.parametrize("doc_id", sorted(DOCUMENTS))
def test_record_validates_against_the_schema(validator, records, doc_id):
    errors = [error.message for error in validator.iter_errors(records[doc_id])]
    assert errors == []


@pytest.mark.parametrize("doc_id", sorted(DOCUMENTS))
def test_record_is_json_serialisable_and_round_trips(records, doc_id):
    record = records[doc_id]
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record


def test_schema_rejects_a_country_without_kb_id(validator, records):
    broken = copy.deepcopy(records["crlf"])
    country = next(span for span in broken["spans"] if span["label"] == "COUNTRY")
    del country["kb_id"]
    assert not validator.is_valid(broken)


def test_schema_rejects_a_vote_count_with_a_string_value(validator, records):
    broken = copy.deepcopy(records["plain"])
    count = next(span for span in broken["spans"] if span["label"] == "VOTE_COUNT")
    count["value"] = "138"
    assert not validator.is_valid(broken)


def test_id_text_and_meta(records):
    record = records["crlf"]
    assert record["id"] == "crlf"
    assert record["text"] == CRLF_ARTICLE
    assert record["meta"] == {"source": "crlf.txt"}


@pytest.mark.parametrize("doc_id", sorted(DOCUMENTS))
def test_token_offsets_index_into_the_unchanged_text(records, doc_id):
    record = records[doc_id]
    text = record["text"]
    for index, token in enumerate(record["tokens"]):
        assert token["id"] == index
        assert text[token["start"] : token["end"]] == token["text"]
        following = text[token["end"] : token["end"] + 1]
        assert token["ws"] == (following == " ")


@pytest.mark.parametrize("doc_id", sorted(DOCUMENTS))
def test_span_offsets_and_inclusive_token_end(records, doc_id):
    record = records[doc_id]
    tokens = record["tokens"]
    for span in record["spans"]:
        assert record["text"][span["start"] : span["end"]] == span["text"]
        assert tokens[span["token_start"]]["start"] == span["start"]
        assert tokens[span["token_end"]]["end"] == span["end"]
        assert span["token_start"] <= span["token_end"]


def test_crlf_curly_quotes_and_non_ascii_offsets(records):
    record = records["crlf"]
    found = {
        (span["text"], span["label"]): (span["start"], span["end"], span["token_start"],
                                        span["token_end"])
        for span in record["spans"]
    }
    text = CRLF_ARTICLE
    civ = text.index("C\u00f4te d\u2019Ivoire was")
    assert found[("UN Security Council", "ORG")][:2] == (
        text.index("UN Security"),
        text.index("UN Security") + len("UN Security Council"),
    )
    assert ("C\u00f4te d\u2019Ivoire", "COUNTRY") in found
    spans_at = {(s["start"], s["end"]): s for s in record["spans"]}
    assert spans_at[(civ, civ + 13)]["kb_id"] == "CIV"
    assert spans_at[(civ, civ + 13)]["token_end"] - spans_at[(civ, civ + 13)]["token_start"] == 1
    turkey = text.index("T\u00fcrkiye")
    assert spans_at[(turkey, turkey + 7)]["kb_id"] == "TUR"
    viet_nam = text.index("Viet Nam")
    assert spans_at[(viet_nam, viet_nam + 8)]["kb_id"] == "VNM"
    stp = text.index("S\u00e3o Tom\u00e9")
    assert spans_at[(stp, stp + len("S\u00e3o Tom\u00e9 and Pr\u00edncipe"))]["kb_id"] == "STP"
    date = text.index("28 June 2016")
    assert spans_at[(date, date + 12)]["value"] == "2016-06-28"


def test_person_with_non_ascii_letters(records):
    record = records["crlf"]
    people = [
        (s["text"], s["kb_id"], s["start"], s["end"])
        for s in record["spans"]
        if s["label"] == "PERSON"
    ]
    first = CRLF_ARTICLE.index("A\u00efssata")
    second = CRLF_ARTICLE.index("Kon\u00e9 thanked")
    assert people == [
        ("A\u00efssata Kon\u00e9", "A\u00efssata Kon\u00e9", first, first + 12),
        ("Kon\u00e9", "A\u00efssata Kon\u00e9", second, second + 4),
    ]


@pytest.mark.parametrize("doc_id", sorted(DOCUMENTS))
def test_kb_id_and_value_fields(records, doc_id):
    for span in records[doc_id]["spans"]:
        if span["label"] in {"COUNTRY", "PERSON", "ORG"}:
            assert isinstance(span["kb_id"], str) and span["kb_id"]
            assert "value" not in span
        if span["label"] in {"DATE", "VOTE_COUNT"}:
            assert "value" in span
            assert "kb_id" not in span
        if span["label"] == "VOTE_COUNT":
            assert isinstance(span["value"], int)


def test_exact_spans_of_a_plain_document(records):
    spans = [
        (s["text"], s["label"], s["start"], s["end"], s["token_start"], s["token_end"],
         s.get("kb_id", s.get("value")))
        for s in records["plain"]["spans"]
    ]
    assert spans == [
        ("Kenya", "COUNTRY", 0, 5, 0, 0, "KEN"),
        ("138", "VOTE_COUNT", 23, 26, 4, 4, 138),
        ("193", "VOTE_COUNT", 44, 47, 8, 8, 193),
        ("Kenya", "COUNTRY", 76, 81, 15, 15, "KEN"),
        ("Uhuru Kenyatta", "PERSON", 82, 96, 16, 17, "Uhuru Kenyatta"),
    ]


@pytest.mark.parametrize("doc_id", sorted(DOCUMENTS))
def test_relation_head_and_child_are_last_token_indices(records, doc_id):
    record = records[doc_id]
    references = [
        {key: span[key] for key in ("start", "end", "token_start", "token_end", "label")}
        for span in record["spans"]
    ]
    for relation in record["relations"]:
        assert relation["head"] == relation["head_span"]["token_end"]
        assert relation["child"] == relation["child_span"]["token_end"]
        assert relation["head_span"] in references
        assert relation["child_span"] in references


def test_exact_relations_of_a_plain_document(records):
    record = records["plain"]
    by_end = {span["token_end"]: span["text"] for span in record["spans"]}
    found = {
        (relation["head"], relation["label"], relation["child"])
        for relation in record["relations"]
    }
    assert found == {(0, "RECEIVED_VOTES", 4), (4, "OUT_OF", 8), (17, "POSITION_AT", 15)}
    assert {(by_end[h], label, by_end[c]) for h, label, c in found} == {
        ("Kenya", "RECEIVED_VOTES", "138"),
        ("138", "OUT_OF", "193"),
        ("Uhuru Kenyatta", "POSITION_AT", "Kenya"),
    }


def test_relations_of_the_crlf_article(records):
    record = records["crlf"]
    text = record["text"]
    found = {
        (
            text[r["head_span"]["start"] : r["head_span"]["end"]],
            r["label"],
            text[r["child_span"]["start"] : r["child_span"]["end"]],
        )
        for r in record["relations"]
    }
    assert found == {
        ("C\u00f4te d\u2019Ivoire", "ELECTED_TO", "UN Security Council"),
        ("C\u00f4te d\u2019Ivoire", "TERM", "2017-2018"),
        ("C\u00f4te d\u2019Ivoire", "COMPETED_WITH", "T\u00fcrkiye"),
        ("C\u00f4te d\u2019Ivoire", "RECEIVED_VOTES", "150"),
        ("150", "OUT_OF", "191"),
    }


def test_document_without_entities(records):
    record = records["nothing"]
    assert record["spans"] == []
    assert record["relations"] == []
    assert [token["text"] for token in record["tokens"]] == [
        "Nothing", "of", "note", "happened", "here", ".",
    ]


def test_glued_dateline_offsets(records):
    record = records["glued"]
    assert [
        (s["text"], s["label"], s["start"], s["end"], s.get("value")) for s in record["spans"]
    ] == [
        ("Nur-Sultan", "GPE", 0, 10, None),
        ("29 June", "DATE", 10, 17, "XXXX-06-29"),
        ("12:46", "TIME", 20, 25, None),
    ]
