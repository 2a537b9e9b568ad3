"""Throughput of ``ksc-nlp annotate`` against the bare spaCy tokenizer, on a synthetic
corpus of at least two million words, with peak memory and cold start (issue 5, section 3).

One run measures:

* words/s of ``spacy.blank("en").tokenizer`` on the corpus texts (in memory);
* words/s of the real ``ksc-nlp annotate DIR -o OUT.jsonl`` command (a subprocess: start-up,
  reading, the whole pipeline with relations and the JSONL writing included), with one
  process and with ``--n-process 2``;
* peak RSS of the one-process command on the first 200k words and on all 2M words;
* the wall time of ``ksc-nlp annotate ONE_SMALL_FILE -o OUT.jsonl`` (start-up included).

A *word* is a whitespace-separated token (``len(text.split())``); every figure uses it.

The corpus is built by shuffling the paragraphs (blocks separated by blank lines) of
``corpus/*.txt`` and ``corpus/dev/*.txt`` with a seeded RNG and cutting them into articles
whose lengths are drawn from the source articles' lengths; they are written as ``.txt``
files to a temporary folder. The same seed gives the same corpus.

Usage: python benchmarks/throughput.py [--words N] [--repeat R] [--output docs/performance.md]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import spacy
from bench_annotate import git_revision  # the same revision string as the other benchmark

import ksc_nlp
from ksc_nlp.record import record_json

REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("corpus/*.txt", "corpus/dev/*.txt")
SMALL_FILE = REPO_ROOT / "corpus" / "kazakhstan-unsc-2016.txt"
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
SUMMARY = re.compile(r"\d+ done, \d+ skipped, (\d+) failed")

NOTES_MARKER = "<!-- notes: kept when throughput.py rewrites this page -->"

# issue 5 targets
MIN_SHARE_OF_TOKENIZER = 1 / 15
MIN_TWO_PROCESS_SPEEDUP = 1.6
MAX_RSS_MB = 400.0
MAX_RSS_GROWTH = 0.10
MAX_COLD_START_S = 2.0


def count_words(text: str) -> int:
    """The one definition of a word used for every figure: a whitespace-separated token."""
    return len(text.split())


# -- the synthetic corpus ----------------------------------------------------------------


def source_articles() -> list[str]:
    files = sorted(path for pattern in SOURCES for path in REPO_ROOT.glob(pattern))
    if not files:
        sys.exit(f"throughput: no source articles under {REPO_ROOT}/corpus")
    return [path.read_text(encoding="utf-8") for path in files]


def build_corpus(target_words: int, seed: int) -> list[str]:
    """Articles of shuffled paragraphs, at least ``target_words`` words in all."""
    articles = source_articles()
    paragraphs = [
        paragraph.strip()
        for article in articles
        for paragraph in PARAGRAPH_BREAK.split(article)
        if paragraph.strip()
    ]
    lengths = [count_words(article) for article in articles]
    rng = random.Random(seed)
    pool: list[str] = []
    texts: list[str] = []
    total = 0
    while total < target_words:
        size = rng.choice(lengths)
        chosen: list[str] = []
        words = 0
        while words < size:
            if not pool:
                pool = paragraphs[:]
                rng.shuffle(pool)
            paragraph = pool.pop()
            chosen.append(paragraph)
            words += count_words(paragraph)
        texts.append("\n\n".join(chosen) + "\n")
        total += words
    return texts


def write_corpus(texts: list[str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(texts):
        (folder / f"article-{number:06d}.txt").write_text(text, encoding="utf-8")


def prefix_with_words(texts: list[str], words: int) -> list[str]:
    """The first articles that together hold at least ``words`` words."""
    total = 0
    for end, text in enumerate(texts, start=1):
        total += count_words(text)
        if total >= words:
            return texts[:end]
    return texts


# -- measurements ------------------------------------------------------------------------


def tokenizer_rate(texts: list[str], words: int, repeat: int) -> dict[str, Any]:
    """Words/s of ``spacy.blank("en")``'s tokenizer over ``texts`` (one warm-up pass)."""
    tokenizer = spacy.blank("en").tokenizer
    for _ in tokenizer.pipe(texts):
        pass
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in tokenizer.pipe(texts):
            pass
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    return {"median_s": median, "times_s": times, "words_per_s": words / median}


def component_shares(texts: list[str], words: int) -> dict[str, Any]:
    """CPU time of each step of annotating ``texts`` in this process (``nlp.pipe`` with
    every component timed, then the record and its JSON as ``ksc-nlp annotate`` makes
    them), after one untimed pass; the rest is tokenizing and ``nlp.pipe`` itself."""
    nlp = ksc_nlp.load()
    nlp.set_error_handler(lambda *args: None)  # a failing document is counted by the CLI runs
    spent: dict[str, float] = {}

    def timed(name: str, component: Any) -> Any:
        def call(doc: Any) -> Any:
            start = time.process_time()
            try:
                return component(doc)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start

        return call

    nlp._components = [(name, timed(name, component)) for name, component in nlp._components]
    for _ in nlp.pipe(texts):
        pass
    spent.clear()
    start = time.process_time()
    for doc in nlp.pipe(texts):
        began = time.process_time()
        record_json(doc, "id", {"source": "x"})
        spent["record + JSON"] = spent.get("record + JSON", 0.0) + time.process_time() - began
    total = time.process_time() - start
    spent["tokenizer and nlp.pipe"] = total - sum(spent.values())
    return {"total_s": total, "words_per_s": words / total, "steps_s": spent}


def cli_command() -> list[str]:
    script = Path(sys.executable).with_name("ksc-nlp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ksc_nlp.cli"]


def has_option(option: str) -> bool:
    help_text = subprocess.run(
        [*cli_command(), "annotate", "--help"], capture_output=True, text=True, check=False
    ).stdout
    return option in help_text


def run_cli(arguments: list[str]) -> tuple[float, float, int]:
    """Wall time (s), peak RSS (MB) and failed documents of ``ksc-nlp annotate ARGUMENTS``.

    The RSS is the main process's own ``ru_maxrss`` (``os.wait4``), so with worker
    processes it does not include the workers. Exit code 1 with a summary line ("N done,
    S skipped, F failed") is accepted and F is returned; any other failure stops the run."""
    command = [*cli_command(), "annotate", *arguments]
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = code = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        message = errors.read().decode("utf-8", "replace")
    summary = SUMMARY.search(message)
    if code not in (0, 1) or code == 1 and summary is None:
        sys.exit(f"throughput: {' '.join(command)} exited {code}:\n{message}")
    failed = int(summary.group(1)) if summary else 0
    if failed:
        log(f"{failed} document(s) failed:\n{message.strip()}")
    return seconds, usage.ru_maxrss / 1024, failed  # Linux reports KiB


def cli_rate(
    folder: Path, words: int, out: Path, repeat: int, extra: list[str]
) -> dict[str, Any]:
    runs = [run_cli([str(folder), "-o", str(out), *extra]) for _ in range(repeat)]
    times = [seconds for seconds, _, _ in runs]
    median = statistics.median(times)
    return {
        "median_s": median,
        "times_s": times,
        "words_per_s": words / median,
        "peak_rss_mb": max(rss for _, rss, _ in runs),
        "failed": max(failed for _, _, failed in runs),
    }


# -- the machine -------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    memory_gb = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory_gb = int(line.split()[1]) / 1024**2
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "load_average": os.getloadavg(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "ksc_nlp": ksc_nlp.__version__,
        "git": git_revision(),
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


# -- the run -----------------------------------------------------------------------------


def run(args: argparse.Namespace) -> dict[str, Any]:
    texts = build_corpus(args.words, args.seed)
    small = prefix_with_words(texts, args.small_words)
    words = sum(count_words(text) for text in texts)
    small_words = sum(count_words(text) for text in small)
    two_processes = has_option("--n-process")
    results: dict[str, Any] = {
        "machine": machine(),
        "corpus": {
            "seed": args.seed,
            "articles": len(texts),
            "words": words,
            "characters": sum(len(text) for text in texts),
            "small_articles": len(small),
            "small_words": small_words,
        },
        "repeat": args.repeat,
    }
    with tempfile.TemporaryDirectory(prefix="ksc-throughput-") as tmp:
        root = Path(tmp)
        write_corpus(texts, root / "corpus")
        write_corpus(small, root / "small")
        log(f"corpus: {len(texts)} articles, {words:,} words in {root / 'corpus'}")

        results["tokenizer"] = tokenizer_rate(texts, words, args.repeat)
        log(f"bare tokenizer: {results['tokenizer']['words_per_s']:,.0f} words/s")
        results["components"] = component_shares(small, small_words)
        log(f"in-process steps: {results['components']['words_per_s']:,.0f} words/s (CPU)")

        results["cold_start"] = cli_rate(SMALL_FILE, count_words(SMALL_FILE.read_text()),
                                         root / "one.jsonl", args.cold_repeat, [])
        log(f"one small file: {results['cold_start']['median_s']:.2f} s")

        results["small_one_process"] = cli_rate(
            root / "small", small_words, root / "small.jsonl", args.repeat, []
        )
        log(f"{small_words:,} words, 1 process: peak RSS "
            f"{results['small_one_process']['peak_rss_mb']:.0f} MB")

        out_one = root / "one-process.jsonl"
        results["one_process"] = cli_rate(root / "corpus", words, out_one, args.repeat, [])
        log(f"{words:,} words, 1 process: {results['one_process']['words_per_s']:,.0f} words/s, "
            f"peak RSS {results['one_process']['peak_rss_mb']:.0f} MB")
        records = sum(1 for _ in out_one.open(encoding="utf-8"))
        if records + results["one_process"]["failed"] != len(texts):
            sys.exit(f"throughput: {records} records for {len(texts)} articles")

        if two_processes:
            out_two = root / "two-processes.jsonl"
            results["two_processes"] = cli_rate(
                root / "corpus", words, out_two, args.repeat, ["--n-process", "2"]
            )
            results["two_processes"]["same_output"] = (
                out_two.read_bytes() == out_one.read_bytes()
            )
            log(f"{words:,} words, 2 processes: "
                f"{results['two_processes']['words_per_s']:,.0f} words/s")
        else:
            results["two_processes"] = None
            log("ksc-nlp annotate has no --n-process option: 2 processes not measured")
    results["targets"] = targets(results)
    return results


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    tokenizer = results["tokenizer"]["words_per_s"]
    one = results["one_process"]
    two = results["two_processes"]
    small_rss = results["small_one_process"]["peak_rss_mb"]
    share = one["words_per_s"] / tokenizer
    growth = one["peak_rss_mb"] / small_rss - 1
    rows = [
        {
            "target": "1 process >= 1/15 of the bare tokenizer's words/s",
            "measured": f"1/{1 / share:.1f} ({one['words_per_s']:,.0f} vs {tokenizer:,.0f})",
            "met": share >= MIN_SHARE_OF_TOKENIZER,
        },
        {
            "target": "2 processes >= 1.6x one process",
            "measured": f"{two['words_per_s'] / one['words_per_s']:.2f}x" if two else "n/a",
            "met": two["words_per_s"] / one["words_per_s"] >= MIN_TWO_PROCESS_SPEEDUP
            if two
            else None,
        },
        {
            "target": "peak RSS <= 400 MB",
            "measured": f"{max(one['peak_rss_mb'], small_rss):.0f} MB",
            "met": max(one["peak_rss_mb"], small_rss) <= MAX_RSS_MB,
        },
        {
            "target": "peak RSS at 2M words within 10% of the figure at 200k",
            "measured": f"{growth:+.1%}",
            "met": abs(growth) <= MAX_RSS_GROWTH,
        },
        {
            "target": "one small file <= 2 s wall, start-up included",
            "measured": f"{results['cold_start']['median_s']:.2f} s",
            "met": results["cold_start"]["median_s"] <= MAX_COLD_START_S,
        },
    ]
    return rows


# -- the report --------------------------------------------------------------------------


def report(results: dict[str, Any], command: str) -> str:
    m = results["machine"]
    c = results["corpus"]
    one, two = results["one_process"], results["two_processes"]
    small, cold = results["small_one_process"], results["cold_start"]
    steps = results["components"]
    tokenizer = results["tokenizer"]
    memory = f"{m['memory_gb']:.1f} GB" if m["memory_gb"] else "unknown"
    load = ", ".join(f"{value:.2f}" for value in m["load_average"])

    def yes_no(met: bool | None) -> str:
        return "n/a" if met is None else ("yes" if met else "**no**")

    def rate(row: dict[str, Any] | None) -> str:
        return f"{row['words_per_s']:,.0f}" if row else "n/a"

    def share(row: dict[str, Any] | None) -> str:
        return f"1/{tokenizer['words_per_s'] / row['words_per_s']:.1f}" if row else "n/a"

    def seconds(row: dict[str, Any] | None) -> str:
        return f"{row['median_s']:.2f}" if row else "n/a"

    def times(row: dict[str, Any] | None) -> str:
        return ", ".join(f"{t:.2f}" for t in row["times_s"]) if row else "n/a"

    two_note = ""
    if two:
        two_note = (
            f"Two-process output identical to one-process output: "
            f"{'yes' if two['same_output'] else '**no**'}.\n"
        )
    else:
        two_note = "`ksc-nlp annotate` had no `--n-process` option: two processes not measured.\n"
    failures = max(row["failed"] for row in (one, two, small) if row)
    if failures:
        two_note += (
            f"\n**{failures} document(s) failed** to annotate in a run (reported by "
            "`ksc-nlp annotate` on stderr); the figures include them as read but not "
            "annotated.\n"
        )
    lines = [
        "# Performance",
        "",
        f"Written by `{command}` (`benchmarks/throughput.py`; see `benchmarks/README.md`).",
        "Re-run it to refresh this page; figures move by 10-20 % between runs on a shared "
        "machine.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        f"| CPU | {m['cpu']}, {m['cores']} cores |",
        f"| RAM | {memory} |",
        f"| OS | {m['os']} |",
        f"| Python | {m['python']} |",
        f"| spaCy | {m['spacy']} |",
        f"| ksc-nlp | {m['ksc_nlp']} (git {m['git']}) |",
        f"| date | {m['date']} |",
        f"| load average at start | {load} |",
        "",
        "## Corpus",
        "",
        f"{c['articles']:,} synthetic articles, {c['words']:,} words, "
        f"{c['characters']:,} characters: the paragraphs of `corpus/*.txt` and "
        f"`corpus/dev/*.txt` shuffled (seed {c['seed']}) into articles of the source "
        f"articles' lengths. The 200k-word run uses its first {c['small_articles']:,} "
        f"articles ({c['small_words']:,} words). **A word is a whitespace-separated token** "
        "(`len(text.split())`), in every figure below.",
        "",
        f"## Results (median of {results['repeat']} runs)",
        "",
        "| measurement | words/s | share of bare tokenizer | wall time (s) | peak RSS (MB) |",
        "|---|---:|---:|---:|---:|",
        f"| bare `spacy.blank(\"en\")` tokenizer (in memory, warm) | {rate(tokenizer)} | 1 | "
        f"{tokenizer['median_s']:.2f} | |",
        f"| `ksc-nlp annotate`, 1 process, {c['words']:,} words | {rate(one)} | {share(one)} | "
        f"{one['median_s']:.2f} | {one['peak_rss_mb']:.0f} |",
        f"| `ksc-nlp annotate --n-process 2`, {c['words']:,} words | {rate(two)} | "
        f"{share(two)} | {seconds(two)} | |",
        f"| `ksc-nlp annotate`, 1 process, {c['small_words']:,} words | {rate(small)} | "
        f"{share(small)} | {small['median_s']:.2f} | {small['peak_rss_mb']:.0f} |",
        f"| `ksc-nlp annotate` of one small file (`{SMALL_FILE.name}`) | | | "
        f"{cold['median_s']:.2f} | {cold['peak_rss_mb']:.0f} |",
        "",
        "The `ksc-nlp annotate` figures are wall times of the real command as a subprocess "
        "(interpreter start-up, imports, pipeline load, reading the files, all components "
        "with relations, and writing the JSONL file), words/s = words / wall time. Peak RSS "
        "is the command's own `ru_maxrss`. All runs (s): tokenizer "
        f"{times(tokenizer)}; 1 process {times(one)}; 2 processes {times(two)}; 200k words "
        f"{times(small)}; one file {times(cold)}.",
        "",
        two_note,
        "## Where the time goes",
        "",
        f"CPU time of each step over the {c['small_words']:,}-word part, in this process "
        f"(one process, after a warm-up pass): {steps['words_per_s']:,.0f} words/s of CPU "
        f"time in all, 1/{tokenizer['words_per_s'] / steps['words_per_s']:.1f} of the bare "
        "tokenizer.",
        "",
        "| step | CPU s | share |",
        "|---|---:|---:|",
        *[
            f"| {name} | {seconds:.2f} | {seconds / steps['total_s']:.0%} |"
            for name, seconds in sorted(steps["steps_s"].items(), key=lambda item: -item[1])
        ],
        "",
        "## Targets (issue 5)",
        "",
        "| target | measured | met |",
        "|---|---|---|",
    ]
    lines += [
        f"| {row['target']} | {row['measured']} | {yes_no(row['met'])} |"
        for row in results["targets"]
    ]
    return "\n".join(lines) + "\n"


def log(message: str) -> None:
    print(f"throughput: {message}", file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=2_000_000, help="corpus size (words)")
    parser.add_argument("--small-words", type=int, default=200_000,
                        help="size of the smaller run for peak RSS (words)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement")
    parser.add_argument("--cold-repeat", type=int, default=5, help="runs of the small file")
    parser.add_argument("--output", type=Path, default=REPO_ROOT / "docs" / "performance.md",
                        help="the Markdown report ('-' for stdout only)")
    parser.add_argument("--json", type=Path, help="also write all figures as JSON here")
    args = parser.parse_args()
    command = "python benchmarks/throughput.py " + " ".join(sys.argv[1:])
    results = run(args)
    text = report(results, command.strip())
    print(text)
    if str(args.output) != "-":
        kept = ""
        if args.output.exists():  # the hand-written notes after the marker stay
            old = args.output.read_text(encoding="utf-8")
            kept = old[old.index(NOTES_MARKER) :] if NOTES_MARKER in old else ""
        args.output.write_text(text + ("\n" + kept if kept else ""), encoding="utf-8")
        log(f"wrote {args.output}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
