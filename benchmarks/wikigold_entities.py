"""How ksc-nlp's PERSON/ORG/place rules transfer to other text: WikiGold (CoNLL) spans.

WikiGold (Balasuriya et al. 2009; CC BY 4.0) is read from
``../shared/benchmarks/wikigold/wikigold.conll.txt`` (relative to the repo root) or
``--path``; nothing from it is copied into the project. The file has one ``TOKEN TAG`` pair
per line, blank lines between sentences and ``-DOCSTART- O`` lines between documents
(the first document has none); tags are IOB1 (``I-X``, ``B-X`` only to split two adjacent
entities of the same type) over PER, ORG, LOC and MISC.

Each sentence is rebuilt by joining its tokens with single spaces (``--unit document``
joins a document's sentences into one text instead) and run through ``ksc_nlp.load()``.
Our labels are mapped PERSON->PER, ORG->ORG, COUNTRY and GPE->LOC (others ignored) and
scored as strict character-offset spans (same start, end and type) over the whole set;
an overlap score (same type, any shared character) is given for reference.

Usage: python benchmarks/wikigold_entities.py [--path FILE] [--unit sentence|document] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ksc_nlp

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATH = REPO_ROOT.parent / "shared" / "benchmarks" / "wikigold" / "wikigold.conll.txt"
DOCSTART = "-DOCSTART-"
TAG = re.compile(r"^(O|([IB])-(PER|ORG|LOC|MISC))$")
LABEL_MAP = {"PERSON": "PER", "ORG": "ORG", "COUNTRY": "LOC", "GPE": "LOC", "LOC": "LOC"}
TYPES = ("PER", "ORG", "LOC")

Span = tuple[int, int, str]  # start char, end char, type


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]


@dataclass
class Unit:
    """One text to annotate (a sentence or a document) with its gold spans."""

    doc_index: int
    text: str
    gold: set[Span] = field(default_factory=set)
    misc: set[Span] = field(default_factory=set)  # gold MISC spans, only to explain errors


def read_conll(path: Path) -> list[list[Sentence]]:
    """Documents (lists of sentences) of a two-column CoNLL file; ``ValueError`` on bad lines."""
    documents: list[list[Sentence]] = [[]]
    current = Sentence([], [])
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            if current.tokens:
                documents[-1].append(current)
                current = Sentence([], [])
            continue
        parts = line.split(" ")
        if len(parts) != 2 or not TAG.match(parts[1]):
            raise ValueError(f"{path}:{number}: expected 'TOKEN TAG', got {line!r}")
        token, tag = parts
        if token == DOCSTART:
            if current.tokens:
                raise ValueError(f"{path}:{number}: {DOCSTART} inside a sentence")
            if documents[-1]:
                documents.append([])
            continue
        current.tokens.append(token)
        current.tags.append(tag)
    if current.tokens:
        documents[-1].append(current)
    return [doc for doc in documents if doc]


def iob_spans(sentence: Sentence, offset: int = 0) -> list[Span]:
    """Character spans of the IOB1/IOB2 tags of ``sentence`` (tokens joined by one space)."""
    spans: list[Span] = []
    start = 0
    open_span: tuple[int, str] | None = None  # (start char, type)
    previous_end = 0
    for token, tag in zip(sentence.tokens, sentence.tags, strict=True):
        end = start + len(token)
        kind = tag[2:] if tag != "O" else None
        begins = kind is not None and (
            tag.startswith("B-") or open_span is None or open_span[1] != kind
        )
        if open_span is not None and (kind is None or begins):
            spans.append((offset + open_span[0], offset + previous_end, open_span[1]))
            open_span = None
        if begins:
            open_span = (start, kind)
        previous_end = end
        start = end + 1
    if open_span is not None:
        spans.append((offset + open_span[0], offset + previous_end, open_span[1]))
    return spans


def build_units(documents: list[list[Sentence]], unit: str) -> list[Unit]:
    """Texts to annotate, with their gold PER/ORG/LOC spans (MISC is dropped)."""
    units: list[Unit] = []
    for index, sentences in enumerate(documents):
        if unit == "document":
            units.append(Unit(index, ""))
        for sentence in sentences:
            if unit == "sentence" or not units[-1].text:
                if unit == "sentence":
                    units.append(Unit(index, ""))
                offset = 0
            else:
                units[-1].text += " "
                offset = len(units[-1].text)
            units[-1].text += " ".join(sentence.tokens)
            for span in iob_spans(sentence, offset):
                (units[-1].gold if span[2] in TYPES else units[-1].misc).add(span)
    return units


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    """Counts with precision, recall and F1."""
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "p": precision, "r": recall, "f1": f1}


def overlaps(span: Span, others: set[Span]) -> bool:
    """Whether ``span`` shares a character with a span of the same type in ``others``."""
    return any(o[2] == span[2] and o[0] < span[1] and span[0] < o[1] for o in others)


def score(units: list[Unit], predictions: list[set[Span]]) -> dict[str, dict[str, Any]]:
    """Strict and overlap P/R/F per type and micro-averaged over PER, ORG and LOC."""
    counts: dict[str, Counter[str]] = {t: Counter() for t in TYPES}
    for unit, pred in zip(units, predictions, strict=True):
        for span in pred:
            counts[span[2]]["pred"] += 1
            counts[span[2]]["tp"] += span in unit.gold
            counts[span[2]]["pred_overlap"] += overlaps(span, unit.gold)
        for span in unit.gold:
            counts[span[2]]["gold"] += 1
            counts[span[2]]["gold_overlap"] += overlaps(span, pred)
    counts["micro"] = sum(counts.values(), Counter())
    results = {}
    for name, c in counts.items():
        strict = prf(c["tp"], c["pred"], c["gold"])
        p = c["pred_overlap"] / c["pred"] if c["pred"] else 0.0
        r = c["gold_overlap"] / c["gold"] if c["gold"] else 0.0
        overlap = {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
        results[name] = {"strict": strict, "overlap": overlap}
    return results


def error_examples(
    units: list[Unit], predictions: list[set[Span]], limit: int
) -> dict[str, list[str]]:
    """Up to ``limit`` false positives and false negatives per type, with their context."""
    found: dict[str, list[str]] = {}
    for unit, pred in zip(units, predictions, strict=True):
        for kind, spans, other in (
            ("FP", pred - unit.gold, unit.gold | unit.misc),
            ("FN", unit.gold - pred, pred),
        ):
            for start, end, label in sorted(spans):
                key = f"{kind} {label}"
                if len(found.setdefault(key, [])) >= limit:
                    continue
                near = [
                    f"{unit.text[s:e]!r}/{t}" for s, e, t in sorted(other) if s < end and start < e
                ]
                left = unit.text[max(0, start - 40) : start]
                right = unit.text[end : end + 40]
                found[key].append(
                    f"{unit.text[start:end]!r}  ...{left}[[{unit.text[start:end]}]]{right}..."
                    + (f"  (other side: {', '.join(near)})" if near else "")
                )
    return found


def format_report(results: dict[str, Any]) -> str:
    """A plain-text table of ``results``."""
    lines = [
        f"WikiGold: {results['documents']} documents, {results['sentences']} sentences, "
        f"{results['tokens']:,} tokens; {results['units']} texts ({results['unit']}s), "
        f"annotated in {results['seconds']:.1f} s",
        f"gold spans: {results['gold_counts']}  (MISC ignored)",
        f"predicted labels kept: {results['pred_label_counts']}; "
        f"ignored: {results['ignored_label_counts']}",
        "",
        f"{'type':<7}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}"
        f"{'overlap P':>11}{'R':>7}{'F1':>7}",
    ]
    for name in (*TYPES, "micro"):
        s = results["scores"][name]["strict"]
        o = results["scores"][name]["overlap"]
        lines.append(
            f"{name:<7}{s['gold']:>6}{s['pred']:>6}{s['tp']:>6}{s['p']:>8.3f}{s['r']:>8.3f}"
            f"{s['f1']:>8.3f}{o['p']:>11.3f}{o['r']:>7.3f}{o['f1']:>7.3f}"
        )
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH, help="wikigold.conll.txt")
    parser.add_argument(
        "--unit",
        choices=("sentence", "document"),
        default="sentence",
        help="annotate each sentence alone (default) or each document as one text",
    )
    parser.add_argument("--batch-size", type=int, default=64, help="nlp.pipe batch size")
    parser.add_argument("-v", "--verbose", action="store_true", help="show example errors")
    parser.add_argument("--examples", type=int, default=5, help="examples per error kind (-v)")
    parser.add_argument("--json", type=Path, help="also write the scores as JSON here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Read WikiGold, annotate it, print (and optionally write) the scores."""
    args = parse_args(argv)
    if not args.path.is_file():
        sys.exit(f"wikigold_entities: {args.path} not found (use --path)")
    try:
        documents = read_conll(args.path)
    except ValueError as error:
        sys.exit(f"wikigold_entities: {error}")
    units = build_units(documents, args.unit)

    nlp = ksc_nlp.load()
    start = time.perf_counter()
    docs = nlp.pipe((unit.text for unit in units), batch_size=args.batch_size)
    predictions: list[set[Span]] = []
    kept: Counter[str] = Counter()
    ignored: Counter[str] = Counter()
    for doc in docs:
        spans = set()
        for ent in doc.ents:
            if ent.label_ in LABEL_MAP:
                kept[ent.label_] += 1
                spans.add((ent.start_char, ent.end_char, LABEL_MAP[ent.label_]))
            else:
                ignored[ent.label_] += 1
        predictions.append(spans)
    seconds = time.perf_counter() - start

    sentences = [s for doc in documents for s in doc]
    results = {
        "path": str(args.path),
        "unit": args.unit,
        "documents": len(documents),
        "sentences": len(sentences),
        "tokens": sum(len(s.tokens) for s in sentences),
        "units": len(units),
        "seconds": seconds,
        "gold_counts": dict(Counter(s[2] for u in units for s in u.gold)),
        "pred_label_counts": dict(kept),
        "ignored_label_counts": dict(ignored),
        "scores": score(units, predictions),
    }
    print(format_report(results))
    if args.verbose:
        for key, examples in sorted(error_examples(units, predictions, args.examples).items()):
            print(f"\n{key}:")
            for example in examples:
                print(f"  {example}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
