"""Throughput of ksc-nlp compared with the bare spaCy tokenizer, on the same texts.

Measures, in one run: (a) ``spacy.blank("en")`` tokenizer, (b) the ksc-nlp tokenizer
(``nlp.make_doc``), (c) the full pipeline (``nlp.pipe``), (d) record creation
(``doc_to_record`` + ``json.dumps``), the pipeline load time (``ksc_nlp.load()``) and the
wall time of a ``ksc-nlp annotate PATH ... -o /dev/null`` subprocess (start-up included).

Each stage runs once to warm up, then ``--repeat`` times; the median is reported.

Usage: python benchmarks/bench_annotate.py [--repeat N] [--scale K] [--json FILE] [PATH ...]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import ksc_nlp
from ksc_nlp.inputs import Document, InputError, iter_documents
from ksc_nlp.record import doc_to_record

REPO_ROOT = Path(__file__).resolve().parents[1]
CLI_TARGET_SECONDS = 3.0


def median_time(
    run: Callable[[], object],
    repeat: int,
    warmup: bool = True,
    setup: Callable[[], object] | None = None,
) -> tuple[float, list[float]]:
    """Median wall time of ``run()`` over ``repeat`` calls (after one untimed warm-up call).

    ``setup()``, if given, runs untimed before each timed call.
    """
    if warmup:
        run()
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def read_documents(paths: list[str], glob: str) -> list[Document]:
    """The documents the CLI would annotate for ``paths``; exits on unusable inputs."""
    documents: list[Document] = []
    for item in iter_documents(paths, glob):
        if isinstance(item, InputError):
            sys.exit(f"bench_annotate: {item}")
        documents.append(item)
    if not documents:
        sys.exit("bench_annotate: no documents")
    return documents


def cli_command() -> list[str]:
    """The ``ksc-nlp`` console script of this interpreter's environment (or ``-m`` fallback)."""
    script = Path(sys.executable).with_name("ksc-nlp")
    if script.exists():
        return [str(script)]
    found = shutil.which("ksc-nlp")
    return [found] if found else [sys.executable, "-m", "ksc_nlp.cli"]


def time_subprocess(command: list[str], repeat: int) -> dict[str, Any]:
    """Median wall time of running ``command`` ``repeat`` times (no warm-up run)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            sys.exit(
                f"bench_annotate: {' '.join(command)} exited {result.returncode}:\n{result.stderr}"
            )
    return {"command": " ".join(command), "median_s": statistics.median(times), "times_s": times}


def time_cli(inputs: list[str], repeat: int, batch_size: int) -> dict[str, Any]:
    """Median wall time of ``ksc-nlp annotate INPUTS -o /dev/null``, start-up included."""
    command = [*cli_command(), "annotate", *inputs, "-o", os.devnull]
    return time_subprocess(command + ["--batch-size", str(batch_size)], repeat)


def time_import(module: str, repeat: int) -> dict[str, Any]:
    """Median wall time of ``python -c "import MODULE"`` (interpreter start-up included)."""
    return time_subprocess([sys.executable, "-c", f"import {module}"], repeat)


def time_components(nlp: Language, texts: list[str], repeat: int) -> list[dict[str, Any]]:
    """Median time of each pipeline component over all ``texts`` (fresh docs each run)."""
    times: dict[str, list[float]] = {name: [] for name in nlp.pipe_names}
    for run in range(repeat + 1):  # run 0 is the warm-up
        docs = [nlp.make_doc(text) for text in texts]
        for name, component in nlp.pipeline:
            start = time.perf_counter()
            docs = [component(doc) for doc in docs]
            if run:
                times[name].append(time.perf_counter() - start)
    return [
        {"component": name, "median_s": statistics.median(values), "times_s": values}
        for name, values in times.items()
    ]


def git_revision() -> str | None:
    """``git describe --always --dirty`` of the repo (None outside a git checkout)."""
    try:
        result = subprocess.run(
            ["git", "-C", str(REPO_ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return result.stdout.strip() or None


def stage(name: str, seconds: float, times: list[float], docs: int, chars: int) -> dict[str, Any]:
    """One result row: sizes, median time and throughput."""
    return {
        "stage": name,
        "docs": docs,
        "chars": chars,
        "median_s": seconds,
        "times_s": times,
        "chars_per_s": chars / seconds if seconds else float("inf"),
        "docs_per_s": docs / seconds if seconds else float("inf"),
    }


def run_benchmark(args: argparse.Namespace) -> dict[str, Any]:
    """Run every measurement and return the results as a JSON-able dict."""
    base = read_documents(args.paths, args.glob)
    documents = base * args.scale
    texts = [document.text for document in documents]
    chars = sum(len(text) for text in texts)
    n_docs = len(texts)

    load_first_start = time.perf_counter()
    nlp: Language = ksc_nlp.load()
    load_first = time.perf_counter() - load_first_start
    load_median, load_times = median_time(ksc_nlp.load, args.repeat, warmup=False)

    batch = args.batch_size
    # Warm (default): the warm-up run fills the tokenizer cache and the vocab, as in a
    # long-running process. Cold (--cold): fresh pipelines before every timed run.
    fresh = {"blank": spacy.blank("en"), "ksc": nlp}

    def renew() -> None:
        fresh["blank"] = spacy.blank("en")
        fresh["ksc"] = ksc_nlp.load()

    def bare_tokenizer() -> None:
        for _ in fresh["blank"].tokenizer.pipe(texts, batch_size=batch):
            pass

    def ksc_tokenizer() -> None:
        make_doc = fresh["ksc"].make_doc
        for text in texts:
            make_doc(text)

    last_docs: list[Doc] = []

    def full_pipeline() -> None:
        last_docs[:] = list(fresh["ksc"].pipe(texts, batch_size=batch))

    def records() -> None:
        for doc, document in zip(last_docs, documents, strict=True):
            meta = {**document.meta, "ksc_nlp": ksc_nlp.__version__}
            json.dumps(doc_to_record(doc, document.id, meta), ensure_ascii=False)

    stages = []
    for name, run, cacheable in [
        ("a. spaCy blank('en') tokenizer.pipe", bare_tokenizer, True),
        ("b. ksc-nlp tokenizer (make_doc)", ksc_tokenizer, True),
        ("c. ksc-nlp full pipeline (nlp.pipe)", full_pipeline, True),
        ("d. records (doc_to_record + json.dumps)", records, False),
    ]:
        if args.cold and cacheable:
            seconds, times = median_time(run, args.repeat, warmup=False, setup=renew)
        else:
            seconds, times = median_time(run, args.repeat)
        stages.append(stage(name, seconds, times, n_docs, chars))
    components = time_components(nlp, texts, args.repeat) if args.components else []
    tokens = sum(len(doc) for doc in last_docs)
    entities = sum(len(doc.ents) for doc in last_docs)

    cli: dict[str, Any] | None = None
    cli_scaled: dict[str, Any] | None = None
    imports: dict[str, Any] = {}
    if not args.no_cli:
        imports = {module: time_import(module, args.cli_repeat) for module in ("spacy", "ksc_nlp")}
        cli = time_cli(args.paths, args.cli_repeat, batch)
        if args.scale > 1:
            with tempfile.TemporaryDirectory() as tmp:
                scaled = Path(tmp) / "scaled.jsonl"
                with scaled.open("w", encoding="utf-8") as out:
                    for i, text in enumerate(texts):
                        out.write(json.dumps({"id": f"doc{i}", "text": text}) + "\n")
                cli_scaled = time_cli([str(scaled)], args.cli_repeat, batch)

    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "spacy": spacy.__version__,
            "ksc_nlp": ksc_nlp.__version__,
            "git": git_revision(),
        },
        "inputs": {
            "paths": args.paths,
            "glob": args.glob,
            "base_docs": len(base),
            "scale": args.scale,
            "docs": n_docs,
            "chars": chars,
            "tokens": tokens,
            "entities": entities,
            "batch_size": batch,
            "repeat": args.repeat,
            "cold": args.cold,
        },
        "python_import": imports,
        "load": {"first_s": load_first, "median_s": load_median, "times_s": load_times},
        "stages": stages,
        "ratio_pipeline_to_bare_tokenizer": stages[2]["median_s"] / stages[0]["median_s"],
        "ratio_pipeline_to_ksc_tokenizer": stages[2]["median_s"] / stages[1]["median_s"],
        "components": components,
        "cli": cli,
        "cli_scaled": cli_scaled,
        "cli_target_s": CLI_TARGET_SECONDS,
    }


def format_report(results: dict[str, Any]) -> str:
    """A plain-text table of ``results``."""
    inputs = results["inputs"]
    lines = [
        f"inputs: {' '.join(inputs['paths'])} x{inputs['scale']} = {inputs['docs']} docs, "
        f"{inputs['chars']:,} chars, {inputs['tokens']:,} tokens, {inputs['entities']:,} "
        f"entities (median of {inputs['repeat']} "
        + ("cold runs, fresh pipelines each)" if inputs["cold"] else "runs after a warm-up)"),
        f"machine: {results['machine']['cpus']} cpus, Python {results['machine']['python']}, "
        f"spaCy {results['machine']['spacy']}, ksc-nlp {results['machine']['ksc_nlp']} "
        f"({results['machine']['git']})",
        "",
        f"{'stage':<42}{'docs':>7}{'chars':>12}{'time (s)':>11}{'chars/s':>13}",
    ]
    for row in results["stages"]:
        lines.append(
            f"{row['stage']:<42}{row['docs']:>7}{row['chars']:>12,}"
            f"{row['median_s']:>11.4f}{row['chars_per_s']:>13,.0f}"
        )
    if results["components"]:
        total = sum(row["median_s"] for row in results["components"]) or 1.0
        lines += ["", f"{'component (--components)':<42}{'time (s)':>11}{'share':>8}"]
        for row in results["components"]:
            lines.append(
                f"{row['component']:<42}{row['median_s']:>11.4f}{row['median_s'] / total:>8.1%}"
            )
    lines += [
        "",
        f"ratio full pipeline / bare spaCy tokenizer: "
        f"{results['ratio_pipeline_to_bare_tokenizer']:.1f}x",
        f"ratio full pipeline / ksc-nlp tokenizer:    "
        f"{results['ratio_pipeline_to_ksc_tokenizer']:.1f}x",
        f"ksc_nlp.load(): first {results['load']['first_s']:.3f} s, "
        f"median {results['load']['median_s']:.3f} s",
    ]
    target = results["cli_target_s"]
    for module, timing in results["python_import"].items():
        lines.append(f"python -c 'import {module}' wall time: {timing['median_s']:.3f} s")
    for key, label in [("cli", "CLI"), ("cli_scaled", "CLI on scaled JSONL")]:
        cli = results.get(key)
        if cli:
            # The < 3 s target is for a folder of a few articles, not for scaled workloads.
            verdict = "OK" if cli["median_s"] < target else "OVER"
            note = f" (target < {target:g} s: {verdict})" if key == "cli" else ""
            lines.append(
                f"{label} wall time: {cli['median_s']:.3f} s median of {len(cli['times_s'])}"
                f"{note}  [{cli['command']}]"
            )
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options; PATH defaults to corpus/ (here, else in the repo root)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="folders, .txt or .jsonl files (default: corpus/)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per stage (median)")
    parser.add_argument(
        "--scale", type=int, default=1, help="repeat the texts K times for a bigger workload"
    )
    parser.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size")
    parser.add_argument("--glob", default="*.txt", help="file pattern inside folders")
    parser.add_argument("--cli-repeat", type=int, default=3, help="timed CLI subprocess runs")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="fresh pipelines (empty tokenizer cache and vocab) before each timed run of a-c",
    )
    parser.add_argument(
        "--components", action="store_true", help="also time each pipeline component"
    )
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI subprocess timing")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.scale < 1 or args.cli_repeat < 1 or args.batch_size < 1:
        parser.error("--repeat, --scale, --cli-repeat and --batch-size must be >= 1")
    if not args.paths:
        local = Path("corpus")
        args.paths = ["corpus/" if local.is_dir() else str(REPO_ROOT / "corpus")]
    return args


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark, print the report and optionally write JSON."""
    args = parse_args(argv)
    results = run_benchmark(args)
    print(format_report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
