"""The ``ksc-nlp`` command line: thin typer commands over the library."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from . import __version__, load, runner
from .conll import DEFAULT_LABEL_MAP, evaluate_conll, parse_label_map
from .evaluation import EvaluationInputError, evaluate, load_records
from .export import ExportError, ExportFormat, export_files, parse_split
from .inputs import DEFAULT_ENCODING, DEFAULT_MAX_CHARS, ReadOptions, check_encoding
from .render import RenderError, render_records

app = typer.Typer(
    help="Annotate diplomatic news with countries, people, organisations, dates, vote counts "
    "and their relations.",
    no_args_is_help=True,
    add_completion=False,
)


def _report(message: str) -> None:
    typer.echo(f"ksc-nlp: {message}", err=True)


@contextmanager
def _usage_errors(*errors: tuple[type[Exception], str]) -> Iterator[None]:
    """Report the first matching (exception type, message prefix) of ``errors``, exit 2."""
    try:
        yield
    except tuple(kind for kind, _ in errors) as error:
        prefix = next(prefix for kind, prefix in errors if isinstance(error, kind))
        _report(f"{prefix}{error}")
        raise typer.Exit(2) from None


@app.command()
def annotate(
    paths: Annotated[
        list[str],
        typer.Argument(help="Folders, .txt or .jsonl files, fsspec URLs, or - for stdin."),
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o",
            help="Write JSONL here instead of stdout (atomically: OUT.partial, then renamed). "
            "With --scheduler: the directory (path or fsspec URL) for the parts.",
        ),
    ] = None,
    glob: Annotated[str, typer.Option(help="File pattern inside folders.")] = "*.txt",
    reference_date: Annotated[
        str | None,
        typer.Option(help="YYYY-MM-DD used for dates without a year when a text has no dateline."),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per nlp.pipe batch.")] = 32,
    config: Annotated[
        Path | None, typer.Option(exists=True, dir_okay=False, help="A pipeline .cfg file.")
    ] = None,
    encoding: Annotated[
        str, typer.Option(help="Encoding of the input files (UTF-8: with or without BOM).")
    ] = DEFAULT_ENCODING,
    max_chars: Annotated[
        int, typer.Option(min=0, help="Refuse documents longer than this (0: no limit).")
    ] = DEFAULT_MAX_CHARS,
    chunk_chars: Annotated[
        int,
        typer.Option(
            min=1000,
            help="Annotate longer documents in chunks split at paragraphs (no relations across "
            "chunks).",
        ),
    ] = runner.DEFAULT_CHUNK_CHARS,
    resume: Annotated[
        bool,
        typer.Option(help="Continue an interrupted run into the same -o file, skipping the ids "
                     "already there."),
    ] = False,
    n_process: Annotated[
        str, typer.Option(help="Worker processes: a number, or auto for one per CPU.")
    ] = "1",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Run on Dask: tcp://HOST:PORT or local (pip install 'ksc-nlp[dask]')."),
    ] = None,
    partition_size: Annotated[
        int, typer.Option(min=1, help="With --scheduler: input files per part.")
    ] = 100,
) -> None:
    """Annotate documents and write one JSON record per document.

    Exit codes: 0 all annotated; 1 some inputs or documents failed (each named on stderr,
    the others annotated); 2 usage error; 130 interrupted (finished records kept in
    OUT.partial: rerun with --resume). A last stderr line counts done, skipped, failed.

    Example: ksc-nlp annotate corpus/ -o annotations.jsonl --n-process auto
    """
    try:
        check_encoding(encoding)
        processes = runner.resolve_n_process(n_process)
    except LookupError:
        _report(f"unknown encoding {encoding!r}")
        raise typer.Exit(2) from None
    except runner.RunError as error:
        _report(str(error))
        raise typer.Exit(2) from None
    problem = runner.usage_problem(paths, output, glob, resume=resume, scheduler=scheduler)
    if problem:
        _report(problem)
        raise typer.Exit(2)
    try:
        nlp = runner.load_pipeline(config, reference_date)
    except runner.PipelineError as error:
        _report(f"cannot build the pipeline: {error}")
        raise typer.Exit(2) from None
    settings = runner.RunSettings(
        str(config) if config else None, reference_date, batch_size, chunk_chars
    )
    read = ReadOptions(encoding, max_chars)
    progress = runner.progress_line() if sys.stderr.isatty() else None
    try:
        if scheduler:
            from . import cluster

            summary = cluster.annotate_on_cluster(
                paths, str(output), scheduler, settings, pattern=glob, read=read,
                partition_size=partition_size, n_workers=processes, report=_report,
            )
        else:
            sink = runner.FileSink(Path(output), resume) if output else runner.StreamSink(
                sys.stdout
            )
            summary = runner.annotate(
                nlp, paths, sink, settings, pattern=glob, read=read, n_process=processes,
                report=_report, progress=progress,
            )
    except runner.RunError as error:
        _report(str(error))
        raise typer.Exit(2) from None
    finally:
        if progress:
            sys.stderr.write("\n")
    if summary.interrupted:
        kept = f"; finished records kept in {output}.partial (rerun with --resume)" if output \
            and not scheduler else ""
        _report(f"interrupted: {summary.line()}{kept}")
    else:
        _report(summary.line())
    raise typer.Exit(summary.exit_code)


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[
        Path | None, typer.Argument(help="Gold JSONL (hand-made annotations).")
    ] = None,
    pred: Annotated[
        Path | None, typer.Argument(help="Predicted JSONL (ksc-nlp annotate output).")
    ] = None,
    conll: Annotated[
        Path | None,
        typer.Option(help="Instead of GOLD and PRED: annotate this CoNLL NER file and score it."),
    ] = None,
    label_map: Annotated[
        str,
        typer.Option(help="With --conll: our labels to the file's, OURS=THEIRS,..."),
    ] = ",".join(f"{ours}={theirs}" for ours, theirs in DEFAULT_LABEL_MAP.items()),
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every error.")] = False,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Also write the scores as JSON here.")
    ] = None,
    min_entity_f: Annotated[
        float, typer.Option(help="Exit 1 when strict micro entity F1 is below this.")
    ] = 0.0,
    min_relation_f: Annotated[
        float, typer.Option(help="Exit 1 when micro relation F1 is below this.")
    ] = 0.0,
) -> None:
    """Score predictions against gold: entity P/R/F (strict and overlap), kb_id and value
    accuracy, relation P/R/F on canonical ids. With --conll, annotate a CoNLL NER file
    (each document's tokens joined by single spaces) and score the mapped labels.

    Examples: ksc-nlp evaluate corpus/gold/kazakhstan-unsc-2016.jsonl out.jsonl -v;
    ksc-nlp evaluate --conll wikigold.conll.txt
    """
    if (conll is None) == (gold is None or pred is None) or (conll and (gold or pred)):
        _report("give either GOLD and PRED, or --conll FILE")
        raise typer.Exit(2)
    with _usage_errors((ValueError, "")):  # EvaluationInputError is a ValueError
        if conll is not None:
            report = evaluate_conll(load(), conll, parse_label_map(label_map))
        else:
            report = evaluate(load_records(gold), load_records(pred))
    typer.echo(report.format_text(verbose=verbose))
    if json_path:
        json_path.write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
    if report.entity_f1 < min_entity_f or report.relation_f1 < min_relation_f:
        _report(
            f"below threshold: entity F1 {report.entity_f1:.3f} (min {min_entity_f}), "
            f"relation F1 {report.relation_f1:.3f} (min {min_relation_f})"
        )
        raise typer.Exit(1)


@app.command()
def export(
    records: Annotated[Path, typer.Argument(help="JSONL records (ksc-nlp annotate output).")],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="File to write; with --split, a folder for them."),
    ],
    format: Annotated[
        ExportFormat,
        typer.Option(
            "--format", "-f",
            help="spacy (DocBin), conll (CoNLL-2003 IOB2) or prodigy (JSONL with hashes).",
        ),
    ] = ExportFormat.spacy,
    split: Annotated[
        str | None,
        typer.Option(
            help="Fractions per split, e.g. train=0.8,dev=0.1,test=0.1: one file per split, "
            "OUT/NAME.spacy|.conll|.jsonl; a document's split depends on its id and text only."
        ),
    ] = None,
) -> None:
    """Export silver annotations for training: a spaCy DocBin, CoNLL-2003 IOB2 lines or
    Prodigy tasks, optionally split into train/dev/test files.

    Example: ksc-nlp export annotations.jsonl --split train=0.8,dev=0.2 -o corpus_spacy/
    """
    with _usage_errors((EvaluationInputError, ""), (ValueError, f"--split {split}: ")):
        loaded = load_records(records)
        splits = parse_split(split) if split else None
    with _usage_errors((ExportError, f"{records}: "), (OSError, f"cannot write {output}: ")):
        written = export_files(loaded.values(), format, output, splits)
    for path, count in written.items():
        typer.echo(f"{count} document(s) written to {path}", err=True)


@app.command()
def render(
    records: Annotated[Path, typer.Argument(help="JSONL records (ksc-nlp annotate output).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")],
    title: Annotated[str, typer.Option(help="Page title.")] = "ksc-nlp annotation review",
) -> None:
    """Write one self-contained HTML review page (works offline): label and relation counts,
    then each document's entities (displaCy) and a table of its relations.

    Example: ksc-nlp render annotations.jsonl -o review.html
    """
    with _usage_errors((EvaluationInputError, ""), (RenderError, f"{records}: ")):
        page = render_records(load_records(records).values(), title=title)
    with _usage_errors((OSError, f"cannot write {output}: ")):
        output.write_text(page, encoding="utf-8")
    typer.echo(f"review page written to {output}", err=True)


@app.command()
def info() -> None:
    """Show the version, the pipeline's components and the lexicon sizes.

    Example: ksc-nlp info
    """
    nlp = load()
    typer.echo(f"ksc-nlp {__version__}")
    typer.echo(f"components: {', '.join(nlp.pipe_names)}")
    for name, component in nlp.pipeline:
        sizes = getattr(component, "lexicon_sizes", None)
        if sizes is not None:
            for key, value in sizes().items():
                typer.echo(f"{key}: {value}")
        elif getattr(component, "data", None):
            summary = ", ".join(f"{key} {len(value)}" for key, value in component.data.items())
            typer.echo(f"{name}: {summary}")


if __name__ == "__main__":
    app()
