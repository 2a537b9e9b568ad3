"""Robustness (issue 6): bad, huge and hostile input, interrupted runs, fuzzing.

The property tests run ``KSC_FUZZ_EXAMPLES`` examples each (default 60, derandomised so
that CI is repeatable); a long fuzz session is
``KSC_FUZZ_EXAMPLES=20000 python -m pytest tests/test_robustness.py -k fuzz``
(random seeds then, see docs/reliability.md).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ksc_nlp
import ksc_nlp.cli
import ksc_nlp.runner
from helpers import cached_load, records_of, run
from ksc_nlp import DEFAULT_CONFIG
from ksc_nlp.cli import app
from ksc_nlp.inputs import Document, InputError, ReadOptions, Source, iter_documents, read_source
from ksc_nlp.record import doc_to_record, record_schema
from ksc_nlp.runner import (
    RunSettings,
    annotate_batch,
    annotate_chunked,
    paragraph_chunks,
    record_line,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ARTICLES = sorted((CORPUS / "dev").glob("*.txt"))[:12] + [CORPUS / "kazakhstan-unsc-2016.txt"]
EXAMPLES = int(os.environ.get("KSC_FUZZ_EXAMPLES", "60"))
LONG_RUN = "KSC_FUZZ_EXAMPLES" in os.environ
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not LONG_RUN,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
VALIDATOR = jsonschema.Draft202012Validator(record_schema())
DATE_VALUE = re.compile(r"^([0-9X]{4}(-[0-9]{2}(-[0-9]{2})?)?|[0-9]{3}X|[0-9]{4}/[0-9]{4})$")

@pytest.fixture(autouse=True)
def fast_load(monkeypatch):
    monkeypatch.setattr(ksc_nlp.runner, "load", cached_load)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def check_record(record: dict) -> None:
    """Every invariant a record must keep, whatever the input."""
    VALIDATOR.validate(record)
    text = record["text"]
    for token in record["tokens"]:
        assert text[token["start"] : token["end"]] == token["text"]
    assert [t["id"] for t in record["tokens"]] == list(range(len(record["tokens"])))
    spans = record["spans"]
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
        assert record["tokens"][span["token_start"]]["start"] == span["start"]
        assert record["tokens"][span["token_end"]]["end"] == span["end"]
        if span["label"] == "VOTE_COUNT":
            assert type(span["value"]) is int
        if span["label"] == "DATE":
            assert span["value"] is None or DATE_VALUE.match(span["value"])
        if span["label"] in {"COUNTRY", "PERSON", "ORG"}:
            assert isinstance(span["kb_id"], str) and span["kb_id"]
    ordered = sorted(spans, key=lambda s: s["start"])
    for before, after in zip(ordered, ordered[1:], strict=False):
        assert before["end"] <= after["start"], (before, after)
    keys = {(s["start"], s["end"], s["token_start"], s["token_end"], s["label"]) for s in spans}
    for relation in record["relations"]:
        for end in ("head", "child"):
            ref = relation[f"{end}_span"]
            assert (ref["start"], ref["end"], ref["token_start"], ref["token_end"],
                    ref["label"]) in keys
            assert relation[end] == ref["token_end"]


def check_doc(nlp, text: str) -> dict:
    doc = nlp(text)
    assert doc.text == text
    ents = list(doc.ents)
    for before, after in zip(ents, ents[1:], strict=False):
        assert before.end <= after.start
    for ent in ents:
        assert text[ent.start_char : ent.end_char] == ent.text
    record = doc_to_record(doc, "fuzz", {"source": "fuzz"})
    check_record(record)
    json.dumps(record, ensure_ascii=False)
    return record


# -- fuzzing -----------------------------------------------------------------------------

ODD = ["\u00a0", "\u200b", "\u200d", "\ufeff", "\u2028", "\r\n", "\r", "\t", "\x00", "\u0301",
       "\U0001f600", "\ud7ff", "  ", "\n\n", "-", "–", ".", "’", "(", ")", "\"", "%", "1"]


def _article_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in ARTICLES]


@st.composite
def mutated_article(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(_article_texts()))
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "duplicate", "case", "cut", "odd"]))
        if action == "insert":
            text = text[:position] + draw(st.text(max_size=12)) + text[position:]
        elif action == "odd":
            text = text[:position] + draw(st.sampled_from(ODD)) + text[position:]
        elif action == "delete":
            text = text[:position] + text[position + draw(st.integers(1, 40)) :]
        elif action == "duplicate":
            size = draw(st.integers(1, 200))
            text = text[:position] + text[position : position + size] * 2 + text[position + size:]
        elif action == "case":
            size = draw(st.integers(1, 80))
            piece = text[position : position + size]
            piece = piece.upper() if draw(st.booleans()) else piece.lower()
            text = text[:position] + piece + text[position + size :]
        else:
            text = text[:position] if draw(st.booleans()) else text[position:]
    return text


WORDS = st.sampled_from(
    ["Kazakhstan", "Thailand", "UN", "Security", "Council", "General", "Assembly", "elected",
     "votes", "received", "138", "out", "of", "193", "for", "2017-2018", "Mr.", "President",
     "Minister", "Foreign", "said", "the", "and", "January", "1", "Ambassador", "of", ",", ".",
     "\n", "\n\n", "by", "to", "77", "won", "seat", "term", "ASTANA", "-", "(", ")", "Karin",
     "N.", "Nazarbayev", "Ireland", "'s", "between", "on", "2016", "June", "28", "non-permanent"]
)


@FUZZ
@given(text=st.text(max_size=400))
def test_fuzz_random_unicode(nlp, text):
    check_doc(nlp, text)


@FUZZ
@given(words=st.lists(WORDS, max_size=80), seps=st.lists(st.sampled_from([" ", "", "  ", "\n"])))
def test_fuzz_random_diplomatic_words(nlp, words, seps):
    text = "".join(word + (seps[i % len(seps)] if seps else " ") for i, word in enumerate(words))
    check_doc(nlp, text)


@FUZZ
@given(text=mutated_article())
def test_fuzz_mutated_articles(nlp, text):
    check_doc(nlp, text)


@FUZZ
@given(text=mutated_article(), size=st.integers(1000, 4000))
def test_fuzz_chunked_records_keep_offsets(nlp, text, size, tmp_path_factory):
    settings_ = RunSettings(chunk_chars=size, spool_dir=str(tmp_path_factory.getbasetemp()))
    outcome = annotate_chunked(nlp, Document("fuzz", text, {"source": "fuzz"}), settings_)
    assert outcome.error is None
    with open(outcome.spool, encoding="utf-8") as spool:
        record = json.loads(spool.read())
    os.unlink(outcome.spool)
    assert record["text"] == text
    check_record(record)


@FUZZ
@given(data=st.binary(max_size=300), jsonl=st.booleans())
def test_fuzz_random_file_contents_never_crash_the_run(nlp, data, jsonl, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bytes")
    path = write(folder / ("x.jsonl" if jsonl else "x.txt"), data)
    items = list(iter_documents([str(path)], "*"))
    documents = [item for item in items if isinstance(item, Document)]
    for outcome in annotate_batch(nlp, documents, RunSettings()):
        assert outcome.error is None
        check_record(json.loads(outcome.line))
    assert all(isinstance(item, Document | InputError) for item in items)


def test_regression_empty_and_space_only_texts(nlp):
    for text in ["", " ", "\n", "\u00a0", "\u200b", "\r\n\r\n", "\x00"]:
        record = check_doc(nlp, text)
        assert record["spans"] == []


# -- input: paths ------------------------------------------------------------------------


@pytest.fixture
def good(tmp_path) -> Path:
    folder = tmp_path / "in"
    write(folder / "a.txt", "Zambia received 60 votes.\n")
    write(folder / "b.txt", "Kenya won 140 votes.\n")
    return folder


def test_missing_path_is_named_and_the_rest_annotated(runner, good, tmp_path):
    missing = tmp_path / "nowhere.txt"
    result = run(runner, "annotate", str(missing), str(good))
    assert result.exit_code == 1
    assert f"ksc-nlp: {missing}: no such file or directory" in result.stderr
    assert [r["id"] for r in records_of(result.stdout)] == ["a", "b"]
    assert result.stderr.splitlines()[-1] == "ksc-nlp: 2 done, 0 skipped, 1 failed"


def test_folder_without_matching_files(runner, tmp_path, good):
    empty = tmp_path / "empty"
    empty.mkdir()
    write(empty / "notes.md", "Mongolia abstained.\n")
    result = run(runner, "annotate", str(empty), str(good))
    assert result.exit_code == 1
    assert f"{empty}: no files matching '*.txt'" in result.stderr
    assert len(records_of(result.stdout)) == 2


def test_unreadable_file(runner, good, monkeypatch):
    locked = write(good / "locked.txt", "Peru won 5 votes.\n")
    real_open = ksc_nlp.inputs._open

    def refuse(path):
        if path == str(locked):
            raise PermissionError(13, "Permission denied", path)
        return real_open(path)

    monkeypatch.setattr(ksc_nlp.inputs, "_open", refuse)
    result = run(runner, "annotate", str(good))
    assert result.exit_code == 1
    assert f"{locked}: cannot read: Permission denied" in result.stderr
    assert [r["id"] for r in records_of(result.stdout)] == ["a", "b"]


def test_broken_symlink(runner, good):
    (good / "gone.txt").symlink_to(good / "deleted.txt")
    result = run(runner, "annotate", str(good))
    assert result.exit_code == 1
    assert f"{good / 'gone.txt'}: broken symbolic link" in result.stderr
    assert [r["id"] for r in records_of(result.stdout)] == ["a", "b"]


def test_folder_walk_keeps_the_sorted_rglob_order(tmp_path):
    folder = tmp_path / "tree"
    for name in ["b.txt", "a.txt", "a/z.txt", "a-b/c.txt", "a.txt.d/x.txt", "A/q.txt", "c.md"]:
        write(folder / name, "x")
    ids = [item.id for item in iter_documents([str(folder)])]
    expected = sorted(p for p in folder.rglob("*.txt") if p.is_file())
    assert ids == [p.relative_to(folder).with_suffix("").as_posix() for p in expected]
    assert ids == ["A/q", "a/z", "a-b/c", "a", "a.txt.d/x", "b"]


# -- input: encodings --------------------------------------------------------------------


def test_utf8_with_and_without_bom(runner, tmp_path):
    write(tmp_path / "in" / "bom.txt", b"\xef\xbb\xbfGhana abstained.\n")
    write(tmp_path / "in" / "plain.txt", b"Ghana abstained.\n")
    result = run(runner, "annotate", str(tmp_path / "in"))
    assert result.exit_code == 0, result.stderr
    bom, plain = records_of(result.stdout)
    assert bom["text"] == plain["text"] == "Ghana abstained.\n"
    assert bom["spans"] == plain["spans"]
    assert bom["spans"][0]["start"] == 0


def test_non_utf8_file_is_named_and_encoding_option_reads_it(runner, tmp_path, good):
    latin = write(good / "latin.txt", "Côte d’Ivoire abstained.\n".replace("’", "'")
                  .encode("latin-1"))
    result = run(runner, "annotate", str(good))
    assert result.exit_code == 1
    assert f"{latin}: not valid UTF-8 (byte 1); choose the encoding with --encoding" in (
        result.stderr
    )
    assert [r["id"] for r in records_of(result.stdout)] == ["a", "b"]
    fixed = run(runner, "annotate", str(latin), "--encoding", "latin-1")
    assert fixed.exit_code == 0, fixed.stderr
    record = records_of(fixed.stdout)[0]
    assert record["text"] == "Côte d'Ivoire abstained.\n"
    assert [(s["text"], s["kb_id"]) for s in record["spans"]] == [("Côte d'Ivoire", "CIV")]


def test_utf16_with_encoding_option_is_not_binary(runner, tmp_path):
    path = write(tmp_path / "wide.txt", "Kenya won 140 votes.\n".encode("utf-16"))
    refused = run(runner, "annotate", str(path))
    assert refused.exit_code == 1
    assert "binary file" in refused.stderr
    result = run(runner, "annotate", str(path), "--encoding", "utf-16")
    assert result.exit_code == 0, result.stderr
    record = records_of(result.stdout)[0]
    assert [(s["text"], s["label"]) for s in record["spans"]] == [
        ("Kenya", "COUNTRY"), ("140", "VOTE_COUNT")]


def test_unknown_encoding_is_a_usage_error(runner, good):
    result = run(runner, "annotate", str(good), "--encoding", "klingon-8")
    assert result.exit_code == 2
    assert "unknown encoding 'klingon-8'" in result.stderr


def test_binary_file_is_skipped_with_a_message(runner, good):
    binary = write(good / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run(runner, "annotate", str(good))
    assert result.exit_code == 1
    assert f"{binary}: binary file (contains NUL bytes), skipped" in result.stderr
    assert [r["id"] for r in records_of(result.stdout)] == ["a", "b"]


# -- input: edge texts -------------------------------------------------------------------


@pytest.mark.parametrize("content", ["", "   \n\t\n", "\r\n", "\u00a0\u200b"],
                         ids=["empty", "blank", "crlf-only", "odd-space"])
def test_empty_or_whitespace_file_gives_a_record_without_spans(runner, tmp_path, content):
    path = write(tmp_path / "blank.txt", content)
    result = run(runner, "annotate", str(path))
    assert result.exit_code == 0, result.stderr
    (record,) = records_of(result.stdout)
    assert record["id"] == "blank"
    assert record["text"] == content
    assert record["spans"] == [] and record["relations"] == []
    check_record(record)


def test_empty_jsonl_text_and_stdin_give_records_without_spans(runner, tmp_path):
    path = write(tmp_path / "b.jsonl", '{"id": "e", "text": ""}\n{"id": "w", "text": "  "}\n')
    result = run(runner, "annotate", str(path))
    assert result.exit_code == 0, result.stderr
    assert [(r["id"], r["text"], r["spans"]) for r in records_of(result.stdout)] == [
        ("e", "", []), ("w", "  ", [])]
    stdin = run(runner, "annotate", "-", input="")
    assert stdin.exit_code == 0, stdin.stderr
    assert [(r["id"], r["text"]) for r in records_of(stdin.stdout)] == [("stdin", "")]


ARTICLE = (
    "ALMATY, 12 June 2024 - Kazakhstan received 151 votes and was elected to the UN Security "
    "Council for 2025-2026, said Foreign Minister Erlan Karin.\n"
    "\n"
    "Thailand won 55 votes.\n"
)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "mixed"])
def test_crlf_and_mixed_line_ends_keep_offsets_exact(runner, tmp_path, newline):
    lf = write(tmp_path / "lf.txt", ARTICLE)
    if newline == "mixed":
        text = ARTICLE.replace("\n", "\r\n", 1)
    else:
        text = ARTICLE.replace("\n", newline)
    other = write(tmp_path / "other.txt", text)
    base, result = (records_of(run(runner, "annotate", str(p)).stdout)[0] for p in (lf, other))
    assert result["text"] == text
    check_record(result)
    assert [(s["text"], s["label"]) for s in result["spans"]] == [
        (s["text"], s["label"]) for s in base["spans"]]
    if newline != "\r":  # a lone CR is not a line break for the sentencer
        assert [r["label"] for r in result["relations"]] == [r["label"] for r in base["relations"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kazakhstan\u00a0received 151 votes.", ["Kazakhstan", "151"]),
        ("Kazakhstan received 151\u00a0votes.", ["Kazakhstan", "151"]),
        ("Kazakhstan received 151 votes. \u200bThailand won 5 votes.", ["Kazakhstan", "151", "5"]),
        ("Thailand\u200d won 5 votes.", ["5"]),
        ("Ghana \u2028abstained \ufeffin Gen\u0301eva \U0001f600.\x0c\nPeru and Chile\u00ad voted.",
         ["Ghana", "Peru"]),
    ],
    ids=["nbsp-word", "nbsp-count", "zwsp", "zwj", "odd"],
)
def test_nbsp_zero_width_and_odd_unicode_are_harmless(runner, tmp_path, text, found):
    path = write(tmp_path / "odd.txt", text)
    result = run(runner, "annotate", str(path))
    assert result.exit_code == 0, result.stderr
    record = records_of(result.stdout)[0]
    assert record["text"] == text
    check_record(record)
    # An odd character glued to a word makes it another word (docs/reliability.md); a
    # no-break space is a token of its own and is skipped; offsets stay exact either way.
    assert [s["text"] for s in record["spans"]] == found


# -- input: huge documents ---------------------------------------------------------------


def test_paragraph_chunks_cut_after_blank_lines():
    text = "".join(f"Paragraph {i} is here.\n\n" for i in range(100))
    bounds = list(paragraph_chunks(text, 100))
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(end - start <= 100 for start, end in bounds)
    assert all(text[end - 2 : end] == "\n\n" for _, end in bounds[:-1])
    no_breaks = "word " * 100
    assert all(no_breaks[end - 1] == " " for _, end in list(paragraph_chunks(no_breaks, 64))[:-1])
    solid = "x" * 250
    assert list(paragraph_chunks(solid, 100)) == [(0, 100), (100, 200), (200, 250)]


def test_a_document_in_one_chunk_is_byte_identical(nlp, tmp_path):
    document = Document("one", ARTICLE, {"source": "one.txt"})
    outcome = annotate_chunked(nlp, document, RunSettings(chunk_chars=10_000,
                                                         spool_dir=str(tmp_path)))
    assert Path(outcome.spool).read_text(encoding="utf-8") == record_line(nlp(ARTICLE), document)


def test_huge_document_is_annotated_in_chunks_with_offsets_mapped_back(runner, tmp_path, nlp):
    articles = [p.read_text(encoding="utf-8") for p in ARTICLES]
    text = "\n\n".join(articles) * 2
    path = write(tmp_path / "huge.txt", text)
    result = run(runner, "annotate", str(path), "--chunk-chars", "4000")
    assert result.exit_code == 0, result.stderr
    record = records_of(result.stdout)[0]
    assert record["text"] == text
    check_record(record)
    whole = doc_to_record(nlp(text), "huge")
    assert [t["text"] for t in record["tokens"]] == [t["text"] for t in whole["tokens"]]

    def countries(r):
        return [(s["start"], s["text"], s["kb_id"]) for s in r["spans"] if s["label"] == "COUNTRY"]

    assert countries(record) == countries(whole)
    assert len(countries(record)) > 100
    assert record["relations"]


def test_documents_above_max_chars_are_refused(runner, tmp_path, good):
    long = write(good / "long.txt", "Kenya won 140 votes. " * 100)
    result = run(runner, "annotate", str(good), "--max-chars", "1000")
    assert result.exit_code == 1
    assert f"{long}: document has 2,100 characters, above --max-chars 1,000; skipped" in (
        result.stderr)
    assert [r["id"] for r in records_of(result.stdout)] == ["a", "b"]
    huge_file = write(good / "huger.txt", "x" * 5000)
    result = run(runner, "annotate", str(huge_file), "--max-chars", "1000")
    assert "file has 5,000 bytes, too many for --max-chars 1,000; skipped" in result.stderr


def _peak_rss_mb(text_path: Path, tmp_path: Path) -> float:
    script = (
        "import resource, sys\n"
        "from ksc_nlp.cli import app\n"
        "try:\n"
        "    app(sys.argv[1:] + ['--chunk-chars', '20000'])\n"
        "except SystemExit as stop:\n"
        "    assert stop.code == 0, stop.code\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    out = tmp_path / (text_path.stem + ".jsonl")
    command = [sys.executable, "-c", script, "annotate", str(text_path), "-o", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    record = json.loads(out.read_text(encoding="utf-8"))
    assert len(record["text"]) == len(text_path.read_text(encoding="utf-8"))
    return float(done.stdout.strip().splitlines()[-1])


def test_memory_of_a_huge_document_stays_bounded(tmp_path):
    paragraph = ("The committee met on Monday and discussed the budget, the agenda and the "
                 "calendar of the next session in some detail.\n\n")
    small = write(tmp_path / "small.txt", paragraph * 2_000)  # 0.25 MB
    large = write(tmp_path / "large.txt", paragraph * 16_000)  # 2 MB
    small_rss, large_rss = _peak_rss_mb(small, tmp_path), _peak_rss_mb(large, tmp_path)
    # 8x the text costs the text itself a few times over (input, JSON), not 8x the memory
    assert large_rss - small_rss < 60, (small_rss, large_rss)


# -- input: JSONL, config and pattern files ----------------------------------------------


def test_malformed_jsonl_lines_are_named_by_line_number(runner, tmp_path):
    source = write(tmp_path / "batch.jsonl",
                   '{"id": "one", "text": "Peru won 10 votes."}\n'
                   "{not json\n"
                   '{"id": "three", "text": "Chile won 5 votes.", "meta": [1]}\n'
                   '{"id": "four", "text": 7}\n'
                   '"just a string"\n'
                   '{"id": "six", "text": "Norway abstained."}\n')
    result = run(runner, "annotate", str(source))
    assert result.exit_code == 1
    assert f"{source}:2: malformed JSON (Expecting property name enclosed in double quotes)" in (
        result.stderr)
    assert f"{source}:3: 'meta' is not an object" in result.stderr
    assert f"{source}:4: line has no 'text' string field" in result.stderr
    assert f"{source}:5: line has no 'text' string field" in result.stderr
    assert [r["id"] for r in records_of(result.stdout)] == ["one", "six"]
    assert result.stderr.splitlines()[-1] == "ksc-nlp: 2 done, 0 skipped, 4 failed"


def test_jsonl_line_with_bad_bytes_is_named_and_the_rest_read(tmp_path):
    source = write(tmp_path / "b.jsonl",
                   b'\xef\xbb\xbf{"id": "a", "text": "x"}\n{"id": "b", "text": "caf\xe9"}\n'
                   b'{"id": "c", "text": "y\xe2\x80\xa8z"}\n')
    items = list(read_source(Source(str(source), "b"), ReadOptions()))
    assert [str(i) if isinstance(i, InputError) else i.id for i in items] == [
        "a", f"{source}:2: not valid utf-8 (byte 24)", "c"]
    assert items[2].text == "y\u2028z"


def test_a_config_error_names_the_file_and_line(runner, tmp_path, good, monkeypatch):
    monkeypatch.setattr(ksc_nlp.runner, "load", ksc_nlp.load)
    text = DEFAULT_CONFIG.read_text(encoding="utf-8")
    lines = text.splitlines()
    broken = write(tmp_path / "broken.cfg", text.replace("[nlp]\n", "[nlp]\nthis is junk\n"))
    result = run(runner, "annotate", str(good), "--config", str(broken))
    assert result.exit_code == 2
    junk_line = lines.index("[nlp]") + 2
    assert f"cannot build the pipeline: {broken}:{junk_line}: " in result.stderr
    typo = write(tmp_path / "typo.cfg", text.replace('factory = "ksc_votes"',
                                                     'factory = "ksc_votez"'))
    result = run(runner, "annotate", str(good), "--config", str(typo))
    assert result.exit_code == 2
    factory_line = lines.index('factory = "ksc_votes"') + 1
    assert f"{typo}:{factory_line}: [E002]" in result.stderr
    bad_value = write(tmp_path / "value.cfg", text.replace("batch_size = 64", 'batch_size = "x"'))
    result = run(runner, "annotate", str(good), "--config", str(bad_value))
    assert result.exit_code == 2
    assert f"{bad_value}:{lines.index('batch_size = 64') + 1}: batch_size" in result.stderr


def test_a_pattern_file_error_names_the_file_and_line(runner, tmp_path, good, monkeypatch):
    monkeypatch.setattr(ksc_nlp.runner, "load", ksc_nlp.load)
    numbers = write(tmp_path / "numbers.json", '{\n  "one": 1,\n  "two": \n}\n')
    text = DEFAULT_CONFIG.read_text(encoding="utf-8").replace(
        "[initialize.components.ksc_votes]\ndata_paths = {}",
        f'[initialize.components.ksc_votes]\ndata_paths = {{"numbers": "{numbers}"}}')
    config = write(tmp_path / "data.cfg", text)
    result = run(runner, "annotate", str(good), "--config", str(config))
    assert result.exit_code == 2
    assert f"cannot build the pipeline: {numbers}:4: " in result.stderr
    people = write(tmp_path / "orgs.jsonl", '{"name": "A"}\n{"name": \n')
    text = DEFAULT_CONFIG.read_text(encoding="utf-8").replace(
        "[initialize.components.ksc_gazetteer]\ndata_paths = {}",
        f'[initialize.components.ksc_gazetteer]\ndata_paths = {{"organisations": "{people}"}}')
    config = write(tmp_path / "orgs.cfg", text)
    result = run(runner, "annotate", str(good), "--config", str(config))
    assert result.exit_code == 2
    assert f"cannot build the pipeline: {people}:2: " in result.stderr


# -- output and exit status --------------------------------------------------------------


@pytest.fixture
def stop_at(monkeypatch):
    """Make the pipeline raise KeyboardInterrupt (as Ctrl-C would) on a text with a word."""
    from ksc_nlp.votes import VoteCounter

    original = VoteCounter.__call__

    def arm(word: str) -> None:
        def interrupted(self, doc):
            if word in doc.text:
                raise KeyboardInterrupt
            return original(self, doc)

        monkeypatch.setattr(VoteCounter, "__call__", interrupted)

    yield arm
    monkeypatch.setattr(VoteCounter, "__call__", original)


@pytest.fixture
def five(tmp_path) -> Path:
    folder = tmp_path / "five"
    for i, country in enumerate(["Chile", "Peru", "Togo", "Mali", "Iran"]):
        write(folder / f"{i}.txt", f"{country} won {i + 10} votes.\n")
    return folder


def test_an_interrupted_run_keeps_the_old_output_and_a_partial_file(runner, five, tmp_path,
                                                                    stop_at):
    out = tmp_path / "out.jsonl"
    out.write_text("the previous good output\n", encoding="utf-8")
    stop_at("Mali")
    result = run(runner, "annotate", str(five), "-o", str(out), "--batch-size", "1")
    assert result.exit_code == 130
    assert out.read_text(encoding="utf-8") == "the previous good output\n"
    partial = tmp_path / "out.jsonl.partial"
    assert [r["id"] for r in records_of(partial.read_text(encoding="utf-8"))] == ["0", "1", "2"]
    assert result.stderr.splitlines()[-1] == (
        f"ksc-nlp: interrupted: 3 done, 0 skipped, 0 failed; finished records kept in "
        f"{out}.partial (rerun with --resume)")


def test_resume_continues_an_interrupted_run(runner, five, tmp_path, stop_at):
    fresh = run(runner, "annotate", str(five))
    out = tmp_path / "out.jsonl"
    stop_at("Mali")
    assert run(runner, "annotate", str(five), "-o", str(out), "--batch-size", "1").exit_code == 130
    assert not out.exists()
    partial = tmp_path / "out.jsonl.partial"
    with open(partial, "a", encoding="utf-8") as stream:  # a record cut by a hard kill
        stream.write('{"id": "3", "text": "Mali w')
    stop_at("no such word")
    result = run(runner, "annotate", str(five), "-o", str(out), "--resume")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == "ksc-nlp: 2 done, 3 skipped, 0 failed"
    assert out.read_text(encoding="utf-8") == fresh.stdout
    assert not partial.exists()


def test_resume_after_a_finished_run_only_adds_new_documents(runner, five, tmp_path):
    out = tmp_path / "out.jsonl"
    assert run(runner, "annotate", str(five), "-o", str(out)).exit_code == 0
    write(five / "9.txt", "Fiji won 3 votes.\n")
    result = run(runner, "annotate", str(five), "-o", str(out), "--resume")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == "ksc-nlp: 1 done, 5 skipped, 0 failed"
    ids = [r["id"] for r in records_of(out.read_text(encoding="utf-8"))]
    assert ids == ["0", "1", "2", "3", "4", "9"]


def test_resume_needs_an_output_file(runner, five):
    result = run(runner, "annotate", str(five), "--resume")
    assert result.exit_code == 2
    assert "--resume needs -o FILE" in result.stderr


def test_the_output_file_is_replaced_atomically(runner, five, tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    renames = []
    real_replace = os.replace

    def spy(source, target):
        renames.append((Path(source).name, Path(target).name, out.read_text(encoding="utf-8")))
        return real_replace(source, target)

    monkeypatch.setattr(ksc_nlp.runner.os, "replace", spy)
    assert run(runner, "annotate", str(five), "-o", str(out)).exit_code == 0
    assert renames == [("out.jsonl.partial", "out.jsonl", "old\n")]
    assert len(records_of(out.read_text(encoding="utf-8"))) == 5


def _wait_for_lines(path: Path, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_text(encoding="utf-8").count("\n") >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"{path} did not get {count} lines")


@pytest.mark.parametrize("processes", ["1", "2"])
def test_ctrl_c_stops_cleanly_with_a_summary(tmp_path, processes):
    folder = tmp_path / "many"
    articles = [p.read_text(encoding="utf-8") for p in ARTICLES]
    for i in range(400):
        write(folder / f"{i:03d}.txt", articles[i % len(articles)])
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "ksc_nlp.cli", "annotate", str(folder), "-o", str(out),
               "--n-process", processes, "--batch-size", "4"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    _wait_for_lines(tmp_path / "out.jsonl.partial", 8)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    summary = stderr.strip().splitlines()[-1]
    assert re.fullmatch(r"ksc-nlp: interrupted: (\d+) done, 0 skipped, 0 failed; finished "
                        r"records kept in .*out\.jsonl\.partial \(rerun with --resume\)", summary)
    kept = records_of((tmp_path / "out.jsonl.partial").read_text(encoding="utf-8"))
    assert len(kept) == int(re.search(r"(\d+) done", summary).group(1)) >= 8
    assert [r["id"] for r in kept] == [f"{i:03d}" for i in range(len(kept))]
    assert not out.exists()


def test_exit_code_0_and_the_summary_line(runner, five):
    result = run(runner, "annotate", str(five))
    assert result.exit_code == 0
    assert result.stderr == "ksc-nlp: 5 done, 0 skipped, 0 failed\n"


@pytest.mark.parametrize(
    "args",
    [["--batch-size", "0"], ["--n-process", "0"], ["--n-process", "many"], ["--max-chars", "-1"],
     ["--encoding", "nope"], ["--scheduler", "local"], ["-o", "s3://bucket/out.jsonl"]],
)
def test_usage_errors_exit_2(runner, five, args):
    result = runner.invoke(app, ["annotate", str(five), *args])
    assert result.exit_code == 2


@pytest.mark.parametrize("target", ["file", "folder", "partial"])
def test_output_pointing_at_an_input_is_refused(runner, five, target):
    original = (five / "0.txt").read_bytes()
    if target == "file":
        args = [str(five / "1.txt"), str(five / "0.txt"), "-o", str(five / "0.txt")]
    elif target == "folder":
        args = [str(five), "-o", str(five / "out.txt")]
    else:
        args = [str(five), "--glob", "*", "-o", str(five.parent / "x.jsonl")]
        args[0] = str(five.parent)
    result = run(runner, "annotate", *args)
    assert result.exit_code == 2
    assert "is one of the inputs: write the output elsewhere" in result.stderr
    assert (five / "0.txt").read_bytes() == original
    assert not (five / "out.txt").exists()


# -- done when ---------------------------------------------------------------------------


def test_a_folder_of_good_and_bad_files(runner, tmp_path):
    """Good files with a binary, a non-UTF-8, an empty and a CRLF file: every good file
    is annotated with exact offsets, each bad one named, exit 1."""
    folder = tmp_path / "mixed"
    good_texts = {
        "good1": "Kazakhstan received 151 votes and was elected to the UN Security Council.\n",
        "good2": (CORPUS / "kazakhstan-unsc-2016.txt").read_text(encoding="utf-8"),
        "crlf": "ASTANA, 28 June 2016 - Thailand won 55 votes.\r\nIreland abstained.\r\n",
        "empty": "",
    }
    for name, text in good_texts.items():
        write(folder / f"{name}.txt", text)
    binary = write(folder / "binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00")
    latin = write(folder / "latin1.txt", "Réunion in São Tomé.\n".encode("latin-1"))
    result = run(runner, "annotate", str(folder))
    assert result.exit_code == 1
    assert f"{binary}: binary file (contains NUL bytes), skipped" in result.stderr
    assert f"{latin}: not valid UTF-8" in result.stderr
    assert result.stderr.splitlines()[-1] == "ksc-nlp: 4 done, 0 skipped, 2 failed"
    records = {r["id"]: r for r in records_of(result.stdout)}
    assert sorted(records) == sorted(good_texts)
    for name, text in good_texts.items():
        assert records[name]["text"] == text
        check_record(records[name])
    assert records["empty"]["spans"] == []
    assert [(s["text"], s["start"]) for s in records["crlf"]["spans"]] == [
        ("ASTANA", 0), ("28 June 2016", 8), ("Thailand", 23), ("55", 36), ("Ireland", 47)]
    assert len(records["good2"]["spans"]) > 20


def test_an_interrupt_waits_for_the_record_being_written_and_counted() -> None:
    from ksc_nlp.runner import _Interrupts

    interrupts = _Interrupts()
    steps = []
    with pytest.raises(KeyboardInterrupt):
        with interrupts.deferred():
            steps.append("written")
            interrupts.handle(signal.SIGINT, None)  # arrives between writing and counting
            steps.append("counted")
    assert steps == ["written", "counted"]
    with pytest.raises(KeyboardInterrupt):
        interrupts.handle(signal.SIGTERM, None)  # outside a record: at once
