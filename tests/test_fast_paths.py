"""The speed-ups give the same results as the plain ways of computing the same things."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ksc_nlp.dates import _top_lines_end, _top_offset
from ksc_nlp.entity_set import add_entities
from ksc_nlp.phrases import Phrases, lower_forms
from ksc_nlp.record import (
    doc_text,
    doc_to_record,
    record_json,
    span_record,
    token_records,
    tokens_json,
)
from ksc_nlp.relations import (
    _CURRENT_ENTS,
    _LIST_LINES,
    _first_word,
    _is_list_line,
    _list_line,
    _span_ents,
)
from ksc_nlp.tokenization import (
    CLOSING,
    LETTERED_LABELS,
    SENTENCE_END,
    SENTENCE_OPENERS,
    document_text,
    line_bounds,
    sentence_starts,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ODD_TEXTS = [
    'He said: "Done." \\ back\tslash\x01 \u2028 é 日本 — “quoted” ',
    "a",
    "\n\n x \n",
    "UNITED NATIONS, June 8 (Reuters) - Ireland won.",
    "Germany and Italy won in Region B. Members elected serve until 2030. John F. Kennedy",
    "In Group C. all. List E. (x) Region D.\nCategory A. 12",
]


@pytest.fixture(scope="module")
def docs(nlp: Language) -> list[Doc]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.rglob("*.txt"))]
    return list(nlp.pipe(texts[:20] + ODD_TEXTS))


def test_record_json_is_json_dumps_of_the_record(docs: list[Doc]) -> None:
    for number, doc in enumerate(docs):
        meta = {"source": f"dir/é{number}.txt", "values": [1, 2.5, None, "\u2028"]}
        record = doc_to_record(doc, f"id-{number}", meta)
        assert record["spans"] == [span_record(ent) for ent in doc.ents]
        expected = json.dumps(record, ensure_ascii=False)
        assert record_json(doc, f"id-{number}", meta) == expected


def test_tokens_json_is_json_dumps_of_the_token_records(docs: list[Doc]) -> None:
    for doc in docs:
        records = token_records(doc)
        assert records == [
            {
                "text": token.text,
                "start": token.idx,
                "end": token.idx + len(token.text),
                "id": token.i,
                "ws": bool(token.whitespace_),
            }
            for token in doc
        ]
        assert tokens_json(doc) == json.dumps(records, ensure_ascii=False)


def test_text_and_lower_forms_from_token_arrays_equal_the_token_attributes(
    docs: list[Doc], nlp: Language
) -> None:
    for doc in [*docs, nlp.make_doc("")]:
        assert doc_text(doc) == doc.text
        assert document_text(doc) == doc.text
        assert lower_forms(doc) == [token.lower_ for token in doc]


def test_the_cached_text_follows_the_document_asked_about(nlp: Language) -> None:
    first, second = nlp.make_doc("Kenya won 150 votes."), nlp.make_doc("Chile won.")
    assert document_text(first) == "Kenya won 150 votes."
    assert document_text(second) == "Chile won."
    assert document_text(first) == "Kenya won 150 votes."


def test_sentence_hooks_give_the_sentences_of_the_sentence_starts(docs: list[Doc]) -> None:
    for doc in docs:
        hooked = [(s.start, s.end) for s in doc.sents]
        of_tokens = [(t.sent.start, t.sent.end) for t in doc]
        of_spans = [(doc[i : i + 2].sent.start, doc[i : i + 2].sent.end) for i in range(len(doc))]
        doc.user_hooks.pop("sents")
        doc.user_token_hooks.pop("sent")
        doc.user_span_hooks.pop("sent")
        assert hooked == [(s.start, s.end) for s in doc.sents]
        assert of_tokens == [(t.sent.start, t.sent.end) for t in doc]
        assert of_spans == [
            (doc[i : i + 2].sent.start, doc[i : i + 2].sent.end) for i in range(len(doc))
        ]


def _add_entities_in_full(doc: Doc, spans: list[Span]) -> None:
    """The policy written out plainly: longest first, existing entities win ties."""
    candidates = [(span, 0) for span in doc.ents] + [(span, 1) for span in spans]
    candidates.sort(key=lambda item: (-(item[0].end - item[0].start), item[1], item[0].start))
    taken: set[int] = set()
    kept = []
    for span, _ in candidates:
        if not taken.intersection(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    doc.ents = sorted(kept, key=lambda span: span.start)


def test_add_entities_equals_setting_all_entities() -> None:
    nlp = spacy.blank("en")
    rng = random.Random(7)
    for _ in range(2000):
        n = rng.randint(0, 12)
        text = " ".join(f"w{i}" for i in range(n))
        fast, plain = nlp(text), nlp(text)
        for _ in range(rng.randint(1, 5)):
            specs = []
            for _ in range(rng.randint(0, 4) if n else 0):
                start = rng.randrange(n)
                end = rng.randint(start + 1, min(n, start + 4))
                specs.append((start, end, rng.choice("ABC"), rng.choice(["", "k1", "k2"])))
            add_entities(fast, [Span(fast, s, e, label=lb, kb_id=k) for s, e, lb, k in specs])
            _add_entities_in_full(
                plain, [Span(plain, s, e, label=lb, kb_id=k) for s, e, lb, k in specs]
            )
            assert [(e.start, e.end, e.label_, e.kb_id_) for e in fast.ents] == [
                (e.start, e.end, e.label_, e.kb_id_) for e in plain.ents
            ]
            assert [(t.ent_iob_, t.ent_type_) for t in fast] == [
                (t.ent_iob_, t.ent_type_) for t in plain
            ]


def test_phrases_find_the_longest_phrase_at_each_side() -> None:
    doc = spacy.blank("en")("The deputy foreign minister and the foreign minister met.")
    phrases = Phrases(["foreign minister", "deputy foreign minister", "minister"])
    assert phrases.ending_at(doc, 4) == 1
    assert phrases.ending_at(doc, 4, floor=2) == 2
    assert phrases.starting_at(doc, 1) == 4
    assert phrases.starting_at(doc, 6, limit=7) is None
    assert list(phrases.find(doc[:])) == [(1, 4), (2, 4), (3, 4), (6, 8), (7, 8)]
    assert lower_forms(doc)[0] == "the"
    other = spacy.blank("en")("Minister")
    assert lower_forms(other) == ["minister"]


def _plain_sentence_starts(doc: Doc) -> list[int]:
    """The sentence rule token by token (as it was written before the fast path)."""
    texts = [token.text for token in doc]
    starts = [1]
    for i in range(1, len(doc)):
        token, previous = doc[i], doc[i - 1]
        if token.is_space:
            start = False
        elif len(previous.text) == 2 and previous.text[0].isupper() and (
            previous.text[1] == "."
        ) and (
            token.text in SENTENCE_OPENERS or i > 1 and doc[i - 2].text in LETTERED_LABELS
            and not token.is_lower and not token.is_space
        ):
            start = True  # "List E. The FAO Council", "Region B. Members": no initial
        elif previous.is_space and "\n" in previous.text or "\n" in previous.whitespace_:
            start = True
        elif token.text in CLOSING and not previous.whitespace_:
            start = False
        else:
            j = i - 1
            while j > 0 and texts[j] in CLOSING:
                j -= 1
            numbered = texts[j] == "." and j > 0 and doc[j - 1].is_digit and (
                len(texts[j - 1]) <= 2 and (j == 1 or "\n" in texts[j - 2])
            )  # "1. Name": a numbered line goes on
            start = (
                texts[j] in SENTENCE_END
                and not (texts[j] == "." and j > 0 and texts[j - 1] in SENTENCE_END)
                and not numbered
                and not token.is_lower
            )
        starts.append(1 if start else -1)
    return starts


def _plain_line_bounds(doc: Doc, i: int) -> tuple[int, int]:
    start = i
    while start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        start -= 1
    end = i
    while end < len(doc) and "\n" not in doc[end].text:
        if "\n" in doc[end].whitespace_:
            return start, end + 1
        end += 1
    return start, end


def _random_texts(count: int) -> list[str]:
    rng = random.Random(11)
    pieces = ["A", "b", ".", "!", "?", "…", '"', "”", "’", ")", "»", " ", "\n", "\n\n", "  ",
              "Mr.", "U.S.", "(", "1", "-", "\t", "\r\n", " \n "]
    return [
        "".join(rng.choice(pieces) + rng.choice(["", " ", "\n"]) for _ in range(rng.randint(1, 30)))
        for _ in range(count)
    ]


def test_sentence_starts_and_line_bounds_follow_the_plain_rules(nlp: Language) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.rglob("*.txt"))[:10]]
    for doc in nlp.tokenizer.pipe(texts + ODD_TEXTS + _random_texts(1500)):
        if not len(doc):
            continue
        assert sentence_starts(doc) == _plain_sentence_starts(doc), doc.text
        assert [line_bounds(doc, i) for i in range(len(doc))] == [
            _plain_line_bounds(doc, i) for i in range(len(doc))
        ], doc.text


def test_sentence_hooks_step_aside_when_tokens_are_merged(nlp: Language) -> None:
    doc = nlp("Kazakhstan was elected to the UN Security Council. Thailand lost.\nBy Erlan Karin")
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[6:8])
    starts = [i for i, token in enumerate(doc) if token.is_sent_start]
    expected = list(zip(starts, starts[1:] + [len(doc)], strict=True))
    assert [(s.start, s.end) for s in doc.sents] == expected
    assert [t.sent.text for t in doc[6:9]] == [
        "Kazakhstan was elected to the UN Security Council.",
        "Kazakhstan was elected to the UN Security Council.",
        "Thailand lost.\n",
    ]
    assert "sent" not in doc.user_token_hooks


def test_dateline_bound_from_tokens_equals_the_one_from_the_text(nlp: Language) -> None:
    rng = random.Random(5)
    pieces = ["a", " ", "\n", "\n\n", "b.", " \n ", "\t", "\r\n", "\r", "\x0b", "\x0c", "\x1c",
              "\x85", "\u2028", "\u2029", "x y z", "  ", "\u200b", "\xa0"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))) for _ in range(2000)]
    texts += [path.read_text(encoding="utf-8") for path in sorted(CORPUS.rglob("*.txt"))[:10]]
    for doc in nlp.tokenizer.pipe(texts):
        for lines in (1, 3, 10):
            assert _top_offset(doc, lines) == _top_lines_end(doc.text, lines), repr(doc.text)


def test_span_entities_read_once_per_document_equal_span_ents(docs: list[Doc]) -> None:
    """While relations are read, a span's entities come from the document's entities found
    once; they are spaCy's ``Span.ents`` for every sentence and every stretch of tokens,
    and outside that read (no document cached) ``Span.ents`` itself."""
    rng = random.Random(0)
    for doc in docs:
        ents = list(doc.ents)
        spans = list(doc.sents) + [
            doc[start : rng.randint(start, len(doc))]
            for start in (rng.randrange(len(doc)) for _ in range(20))
        ]
        assert [_span_ents(span) for span in spans] == [list(span.ents) for span in spans]
        _CURRENT_ENTS[:] = [doc, ents, [ent.start for ent in ents]]
        try:
            assert [_span_ents(span) for span in spans] == [list(span.ents) for span in spans]
        finally:
            _CURRENT_ENTS[:] = [None, [], []]


def test_relations_leave_no_document_cached(nlp: Language) -> None:
    doc = nlp("Kazakhstan was elected to the Security Council with 138 votes.")
    assert doc._.relations
    assert _CURRENT_ENTS == [None, [], []]
    assert _LIST_LINES == {}


def test_first_word_equals_the_first_matching_token(docs: list[Doc]) -> None:
    """A word's first index in a sentence, from the lower-case forms, is that of the first
    token whose text is the word (":") or whose ``lower_`` is ("respectively")."""
    for doc in docs:
        for sentence in doc.sents:
            assert _first_word(doc, sentence, ":") == next(
                (t.i for t in sentence if t.text == ":"), None
            )
            assert _first_word(doc, sentence, ":", sentence.start) == next(
                (t.i for t in sentence if t.text == ":"), sentence.start
            )
            assert _first_word(doc, sentence, "respectively") == next(
                (t.i for t in sentence if t.lower_ == "respectively"), None
            )


def test_list_lines_found_once_per_document_equal_the_plain_test(docs: list[Doc]) -> None:
    """While relations are read, whether a line is a list line is found once per line; the
    answers are those of the plain test, asked twice, and nothing is kept afterwards."""
    for doc in docs:
        plain = [_is_list_line(doc, sentence) for sentence in doc.sents]
        assert [_list_line(doc, sentence) for sentence in doc.sents] == plain
        ents = list(doc.ents)
        _CURRENT_ENTS[:] = [doc, ents, [ent.start for ent in ents]]
        try:
            for _ in range(2):
                assert [_list_line(doc, sentence) for sentence in doc.sents] == plain
        finally:
            _CURRENT_ENTS[:] = [None, [], []]
            _LIST_LINES.clear()
