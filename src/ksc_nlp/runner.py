"""The annotation run behind ``ksc-nlp annotate``: documents in, JSONL records out.

- Streaming: inputs are read lazily, documents go through ``nlp.pipe`` a batch at a time
  and every record is written as soon as its batch is done; memory does not grow with the
  corpus.
- Parallel: with ``n_process > 1`` worker processes load the pipeline once each and turn
  whole batches into JSON lines themselves; the parent writes them in input order, so the
  output is byte-identical to one process.
- Huge documents (longer than ``chunk_chars``) are annotated in chunks split at paragraph
  boundaries, offsets mapped back to the whole text, and written through a spool file.
- Robust: a document that breaks a component (or kills a worker) is reported and skipped;
  output files are written to ``OUT.partial`` and renamed when the run ends, Ctrl-C keeps
  the partial file for ``resume``.
"""

from __future__ import annotations

import configparser
import contextlib
import json
import multiprocessing
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from spacy.language import Language
from spacy.tokens import Doc

from . import DEFAULT_CONFIG, __version__, load
from .inputs import (
    STDIN,
    Document,
    InputError,
    ReadOptions,
    is_url,
    iter_sources,
    read_source,
    would_read,
)
from .record import record_json, relation_record, span_record, token_records

# Documents longer than this many characters are annotated in chunks.
DEFAULT_CHUNK_CHARS = 100_000
# Batches in flight per worker process (bounds the memory of a parallel run).
BATCHES_PER_WORKER = 4
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class PipelineError(ValueError):
    """The pipeline cannot be built; the message names the config or data file and line."""


class RunError(ValueError):
    """The run cannot start (an output that cannot be written, a bad option)."""


@dataclass(frozen=True)
class RunSettings:
    """Everything a worker needs to build the pipeline and annotate a batch."""

    config: str | None = None
    reference_date: str | None = None
    batch_size: int = 32
    chunk_chars: int = DEFAULT_CHUNK_CHARS
    spool_dir: str | None = None
    start_method: str | None = None  # multiprocessing start method (None: the default)


@dataclass
class Outcome:
    """One document's result: a JSON line, a spool file holding it, or an error."""

    source: str
    id: str
    line: str | None = None
    spool: str | None = None
    error: str | None = None


@dataclass
class Summary:
    done: int = 0
    skipped: int = 0
    failed: int = 0
    interrupted: bool = False

    def line(self) -> str:
        return f"{self.done} done, {self.skipped} skipped, {self.failed} failed"

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_FAILED if self.failed else EXIT_OK


# -- the pipeline ------------------------------------------------------------------------


def load_pipeline(config: str | Path | None = None, reference_date: str | None = None) -> (
    Language
):
    """``ksc_nlp.load`` with failures reported per document and errors naming the file.

    Raises ``PipelineError`` naming the config file (or data file) and line.
    """
    path = Path(config) if config else DEFAULT_CONFIG
    try:
        nlp = load(config, reference_date=reference_date)
    except Exception as error:  # noqa: BLE001  (any config problem becomes one message)
        raise PipelineError(describe_config_error(path, error)) from None
    nlp.set_error_handler(_record_failure)
    return nlp


def describe_config_error(path: Path, error: Exception) -> str:
    """``FILE:LINE: problem`` for a config error, the line found where we can."""
    message = str(error).strip()
    if re.match(r"\S+:\d+: ", message):  # a data file error, already located
        return message
    lineno = getattr(error, "lineno", None)
    found = re.search(r"\[line (\d+)\]", message)
    if found:
        lineno = int(found.group(1))
    if lineno is None:
        lineno = _line_of(path, _config_keys(error, message))
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith(("{", "Config validation error"))]
    problem = "; ".join(lines[:3]) or type(error).__name__
    if isinstance(error, configparser.Error):
        problem = re.sub(r"^While reading from '<string>' \[line +\d+\]: ", "", problem)
    where = f"{path}:{lineno}" if lineno else str(path)
    return f"{where}: {problem}"


def _config_keys(error: Exception, message: str) -> list[str]:
    """Names the error mentions (a setting, a quoted value) to look for in the file."""
    keys = []
    for item in getattr(error, "errors", None) or []:
        loc = item.get("loc") if isinstance(item, dict) else None
        if loc:
            keys.append(str(loc[-1]))
    keys += re.findall(r"'([^'\s]+)'", message)
    keys += re.findall(r"^(\w+)\t", message, flags=re.M)
    return keys


def _line_of(path: Path, keys: list[str]) -> int | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for key in keys:
        for number, line in enumerate(lines, start=1):
            if re.match(rf"\s*{re.escape(key)}\s*=", line) or f'"{key}"' in line:
                return number
    return None


@dataclass
class _Slot:
    """The context of a document in ``nlp.pipe``; the error handler notes failures here."""

    error: str | None = None


def _record_failure(name: str, component: Any, docs: list[Doc], error: Exception) -> None:
    for doc in docs:
        slot = getattr(doc, "_context", None)
        if not isinstance(slot, _Slot):
            raise error
        slot.error = f"annotation failed in {name}: {error!r}"


def record_line(doc: Doc, document: Document) -> str:
    """The JSONL line (with its newline) of an annotated document."""
    meta = {**document.meta, "ksc_nlp": __version__}
    return record_json(doc, document.id, meta) + "\n"


def _source_name(document: Document) -> str:
    return str(document.meta.get("source", document.id))


# -- annotating a batch ------------------------------------------------------------------


def annotate_batch(nlp: Language, documents: list[Document], settings: RunSettings) -> (
    list[Outcome]
):
    """One outcome per document, in order; nothing raised for a bad document."""
    outcomes: list[Outcome | None] = [None] * len(documents)
    whole = [i for i, document in enumerate(documents)
             if len(document.text) <= settings.chunk_chars]
    for i in set(range(len(documents))) - set(whole):
        outcomes[i] = annotate_chunked(nlp, documents[i], settings)
    try:
        results = _pipe(nlp, [documents[i] for i in whole], settings.batch_size)
    except Exception:  # noqa: BLE001  (a failure outside a component: one at a time)
        results = [_one(nlp, documents[i], settings.batch_size) for i in whole]
    for i, outcome in zip(whole, results, strict=True):
        outcomes[i] = outcome
    return [outcome for outcome in outcomes if outcome is not None]


def _pipe(nlp: Language, documents: list[Document], batch_size: int) -> list[Outcome]:
    slots = [_Slot() for _ in documents]
    lines: dict[int, str] = {}
    index = {id(slot): i for i, slot in enumerate(slots)}
    made = nlp.pipe(
        ((document.text, slot) for document, slot in zip(documents, slots, strict=True)),
        as_tuples=True,
        batch_size=batch_size,
    )
    outcomes: list[Outcome] = []
    errors: dict[int, str] = {}
    for doc, slot in made:
        i = index[id(slot)]
        try:
            lines[i] = record_line(doc, documents[i])
        except Exception as error:  # noqa: BLE001
            errors[i] = f"writing the record failed: {error!r}"
    for i, (document, slot) in enumerate(zip(documents, slots, strict=True)):
        source = _source_name(document)
        if i in lines:
            outcomes.append(Outcome(source, document.id, line=lines[i]))
        else:
            problem = errors.get(i) or slot.error or "annotation failed"
            outcomes.append(Outcome(source, document.id, error=problem))
    return outcomes


def _one(nlp: Language, document: Document, batch_size: int) -> Outcome:
    try:
        return _pipe(nlp, [document], batch_size)[0]
    except Exception as error:  # noqa: BLE001
        return Outcome(_source_name(document), document.id,
                       error=f"annotation failed: {error!r}")


# -- huge documents ----------------------------------------------------------------------

_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")
_LINE = re.compile(r"\n\s*")
_SPACE = re.compile(r"\s+")
_TEXT_PIECE = 1 << 20


def paragraph_chunks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of chunks of at most ``size`` characters covering ``text``.

    A chunk ends after a blank line where there is one in its second half, else after a
    line break, else after a space, else at ``size``.
    """
    start = 0
    while len(text) - start > size:
        limit = start + size
        floor = start + size // 2
        cut = (_last_end(_PARAGRAPH, text, floor, limit) or _last_end(_LINE, text, floor, limit)
               or _last_end(_SPACE, text, floor, limit) or limit)
        yield start, cut
        start = cut
    yield start, len(text)


def _last_end(pattern: re.Pattern[str], text: str, low: int, high: int) -> int | None:
    end = None
    for match in pattern.finditer(text, low, high):
        end = match.end()
    return end


def annotate_chunked(nlp: Language, document: Document, settings: RunSettings) -> Outcome:
    """A huge document annotated chunk by chunk, its record written to a spool file.

    Relations and surname links across chunk boundaries are not found; a dateline
    only dates the first chunk.
    """
    source = _source_name(document)
    spool = tempfile.NamedTemporaryFile(  # noqa: SIM115  (handed over to the writer)
        "w", encoding="utf-8", newline="\n", suffix=".jsonl", dir=settings.spool_dir,
        delete=False,
    )
    try:
        with spool, _scratch(settings) as spans, _scratch(settings) as relations:
            _write_chunked(nlp, document, spool, spans, relations, settings)
    except Exception as error:  # noqa: BLE001
        os.unlink(spool.name)
        return Outcome(source, document.id, error=str(error) if isinstance(error, _ChunkError)
                       else f"annotation failed: {error!r}")
    return Outcome(source, document.id, spool=spool.name)


class _ChunkError(Exception):
    pass


def _scratch(settings: RunSettings) -> TextIO:
    return tempfile.TemporaryFile(  # noqa: SIM115
        "w+", encoding="utf-8", newline="\n", dir=settings.spool_dir
    )


def _write_chunked(nlp: Language, document: Document, out: TextIO, spans: TextIO,
                   relations: TextIO, settings: RunSettings) -> None:
    text = document.text
    meta = {**document.meta, "ksc_nlp": __version__}
    out.write('{"id": ' + json.dumps(document.id, ensure_ascii=False) + ', "text": "')
    for i in range(0, len(text), _TEXT_PIECE):
        out.write(json.dumps(text[i : i + _TEXT_PIECE], ensure_ascii=False)[1:-1])
    out.write('", "meta": ' + json.dumps(meta, ensure_ascii=False) + ', "tokens": [')
    bounds = list(paragraph_chunks(text, settings.chunk_chars))
    contexts = [(_Slot(), start) for start, _ in bounds]
    chunks = ((text[start:end], context)
              for (start, end), context in zip(bounds, contexts, strict=True))
    token_offset = 0
    counts = {"tokens": 0, "spans": 0, "relations": 0}

    def put(stream: TextIO, kind: str, item: dict[str, Any]) -> None:
        stream.write((", " if counts[kind] else "") + json.dumps(item, ensure_ascii=False))
        counts[kind] += 1

    for doc, (_, start) in nlp.pipe(chunks, as_tuples=True, batch_size=1):
        if any(earlier.error for earlier, _ in contexts):  # a failed chunk is dropped
            break
        for token in token_records(doc):
            put(out, "tokens", _shift(token, start, token_offset))
        for ent in doc.ents:
            put(spans, "spans", _shift(span_record(ent), start, token_offset))
        for relation in doc._.relations or []:
            item = relation_record(relation.head, relation.child, relation.label)
            put(relations, "relations", _shift(item, start, token_offset))
        token_offset += len(doc)
    failed = next((slot.error for slot, _ in contexts if slot.error), None)
    if failed:
        raise _ChunkError(failed)
    out.write('], "spans": [')
    spans.seek(0)
    shutil.copyfileobj(spans, out)
    out.write('], "relations": [')
    relations.seek(0)
    shutil.copyfileobj(relations, out)
    out.write("]}\n")


_CHAR_KEYS = ("start", "end")
_TOKEN_KEYS = ("id", "token_start", "token_end", "head", "child")


def _shift(item: dict[str, Any], chars: int, tokens: int) -> dict[str, Any]:
    for key in _CHAR_KEYS:
        if key in item:
            item[key] += chars
    for key in _TOKEN_KEYS:
        if key in item:
            item[key] += tokens
    for key in ("head_span", "child_span"):
        if key in item:
            _shift(item[key], chars, tokens)
    return item


# -- parallel workers --------------------------------------------------------------------

_WORKER: dict[str, Language] = {}


def _worker_init(settings: RunSettings) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (fork)
    _WORKER["nlp"] = load_pipeline(settings.config, settings.reference_date)


def _worker_batch(documents: list[Document], settings: RunSettings) -> list[Outcome]:
    return annotate_batch(_WORKER["nlp"], documents, settings)


class _Workers:
    """A process pool that is started again when a worker dies."""

    def __init__(self, settings: RunSettings, n_process: int) -> None:
        self.settings = settings
        self.n_process = n_process
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(self.settings.start_method)
        return ProcessPoolExecutor(self.n_process, mp_context=context,
                                   initializer=_worker_init, initargs=(self.settings,))

    def submit(self, documents: list[Document]) -> Future[list[Outcome]]:
        return self.executor.submit(_worker_batch, documents, self.settings)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


def parallel_outcomes(batches: Iterable[list[Document]], settings: RunSettings,
                      n_process: int) -> Iterator[list[Outcome]]:
    """The outcomes of each batch, in order, from ``n_process`` worker processes."""
    workers = _Workers(settings, n_process)
    pending: deque[list[Any]] = deque()
    try:
        for batch in batches:
            pending.append([batch, workers.submit(batch)])
            if len(pending) >= BATCHES_PER_WORKER * n_process:
                yield _collect(workers, pending)
        while pending:
            yield _collect(workers, pending)
    finally:
        workers.close()


def _collect(workers: _Workers, pending: deque[list[Any]]) -> list[Outcome]:
    batch, future = pending.popleft()
    try:
        return future.result()
    except BrokenProcessPool:
        workers.restart()
        outcomes = [_isolated(workers, document) for document in batch]
        for item in pending:  # batches lost with the pool go to the new one
            if not (item[1].done() and item[1].exception() is None):
                item[1] = workers.submit(item[0])
        return outcomes


def _isolated(workers: _Workers, document: Document) -> Outcome:
    """One document of a batch whose worker died, alone, to find the one that kills it."""
    try:
        return workers.submit([document]).result()[0]
    except BrokenProcessPool:
        workers.restart()
        return Outcome(_source_name(document), document.id,
                       error="the worker process died while annotating it (out of memory?)")


# -- output ------------------------------------------------------------------------------

_RECORD_ID = re.compile(r'\{"id": ("(?:[^"\\]|\\.)*")')


def partial_path(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def record_id(line: str) -> str | None:
    """The id of a complete record line, or None for a truncated or foreign line."""
    if not line.endswith("}\n"):
        return None
    found = _RECORD_ID.match(line)
    try:
        if found:
            return str(json.loads(found.group(1)))
        doc_id = json.loads(line).get("id")
    except (ValueError, AttributeError):
        return None
    return doc_id if isinstance(doc_id, str) else None


class StreamSink:
    """Records to a stream (stdout): written as made, nothing to commit."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def open(self) -> set[str]:
        return set()

    def write(self, outcome: Outcome) -> None:
        write_outcome(self.stream, outcome)

    def flush(self) -> None:
        self.stream.flush()

    def commit(self) -> None:
        self.stream.flush()

    def keep_partial(self) -> None:
        self.stream.flush()


class FileSink:
    """Records to ``OUT.partial``, renamed to ``OUT`` when the run ends.

    An interrupted run leaves ``OUT`` as it was and ``OUT.partial`` with every finished
    record; with ``resume`` the records of ``OUT.partial`` (else of ``OUT``) are kept and
    their ids returned by ``open`` so that their documents are skipped.
    """

    def __init__(self, path: Path, resume: bool = False) -> None:
        self.path = path
        self.partial = partial_path(path)
        self.resume = resume
        self.stream: TextIO | None = None
        self.kept = 0

    def open(self) -> set[str]:
        ids: set[str] = set()
        base = None
        if self.resume:
            base = next((p for p in (self.partial, self.path) if p.is_file()), None)
        try:
            if base is not None:
                ids = self._keep_records(base)
            self.stream = open(  # noqa: SIM115  (closed by commit or keep_partial)
                self.partial, "a" if base else "w", encoding="utf-8", newline="\n"
            )
        except OSError as error:
            raise RunError(f"cannot write {self.partial}: {error.strerror or error}") from None
        return ids

    def _keep_records(self, base: Path) -> set[str]:
        """Copy the complete records of ``base`` to the partial file; their ids."""
        ids: set[str] = set()
        fresh = self.partial.with_name(self.partial.name + ".tmp")
        options: dict[str, Any] = {"encoding": "utf-8", "errors": "surrogateescape",
                                   "newline": "\n"}
        with open(base, **options) as old, open(fresh, "w", **options) as new:
            for line in old:
                doc_id = record_id(line)
                if doc_id is not None:
                    ids.add(doc_id)
                    new.write(line)
                    self.kept += 1
        os.replace(fresh, self.partial)
        return ids

    def write(self, outcome: Outcome) -> None:
        assert self.stream is not None
        write_outcome(self.stream, outcome)

    def flush(self) -> None:
        assert self.stream is not None
        self.stream.flush()

    def commit(self) -> None:
        """Make the output complete: sync the partial file and rename it over ``OUT``."""
        assert self.stream is not None
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.replace(self.partial, self.path)
        with contextlib.suppress(OSError):  # make the rename itself durable
            directory = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)

    def keep_partial(self) -> None:
        if self.stream is not None and not self.stream.closed:
            self.stream.flush()
            self.stream.close()


def write_outcome(stream: TextIO, outcome: Outcome) -> None:
    if outcome.line is not None:
        stream.write(outcome.line)
    elif outcome.spool is not None:
        with open(outcome.spool, encoding="utf-8", newline="\n") as spool:
            shutil.copyfileobj(spool, stream, 1 << 20)
        os.unlink(outcome.spool)


# -- the run -----------------------------------------------------------------------------


def usage_problem(paths: list[str], output: str | None, pattern: str, *, resume: bool = False,
                  scheduler: str | None = None) -> str | None:
    """Why these annotate options cannot work together, or None."""
    if scheduler:
        if not output:
            return "--scheduler needs -o DIRECTORY for the parts"
        if resume:
            return "--resume is not supported with --scheduler"
        if STDIN in paths:
            return "stdin (-) cannot be read with --scheduler"
        targets = [] if is_url(output) else [Path(output) / "part-00000.jsonl"]
    elif output:
        if is_url(output):
            return "-o must be a local file (URLs are for --scheduler output directories)"
        if Path(output).is_dir():
            return f"-o {output} is a directory"
        targets = [Path(output), partial_path(Path(output))]
    else:
        return "--resume needs -o FILE" if resume else None
    if any(would_read(paths, pattern, target) for target in targets):
        return f"-o {output} is one of the inputs: write the output elsewhere"
    return None


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def resolve_n_process(value: str | int) -> int:
    """A number of processes from ``N`` or ``auto`` (the number of CPUs)."""
    if str(value).strip().lower() == "auto":
        return os.cpu_count() or 1
    try:
        number = int(value)
    except ValueError:
        raise RunError(f"--n-process must be a number or 'auto', not {value!r}") from None
    if number < 1:
        raise RunError(f"--n-process must be at least 1, not {number}")
    return number


def annotate(
    nlp: Language,
    paths: list[str],
    sink: StreamSink | FileSink,
    settings: RunSettings,
    *,
    pattern: str = "*.txt",
    read: ReadOptions | None = None,
    n_process: int = 1,
    report: Callable[[str], None] = lambda message: None,
    progress: Callable[[int, str], None] | None = None,
) -> Summary:
    """Annotate every document of ``paths`` into ``sink``; problems go to ``report``.

    ``nlp`` annotates in this process when ``n_process`` is 1; otherwise each of the
    ``n_process`` workers builds its own pipeline from ``settings``. Ctrl-C (or SIGTERM)
    stops the run with ``summary.interrupted`` set and the finished records kept.
    """
    summary = Summary()
    done_ids = sink.open()

    def documents() -> Iterator[Document]:
        for source in iter_sources(paths, pattern):
            if isinstance(source, InputError):
                summary.failed += 1
                report(str(source))
                continue
            if not source.is_jsonl and source.id in done_ids:
                summary.skipped += 1
                continue
            for item in read_source(source, read or ReadOptions()):
                if isinstance(item, InputError):
                    summary.failed += 1
                    report(str(item))
                elif item.id in done_ids:
                    summary.skipped += 1
                else:
                    yield item

    batches = batched(documents(), settings.batch_size)
    if n_process > 1:
        outcomes: Iterator[list[Outcome]] = parallel_outcomes(batches, settings, n_process)
    else:
        outcomes = (annotate_batch(nlp, batch, settings) for batch in batches)
    try:
        with _signals_as_interrupt() as interrupts, contextlib.closing(  # type: ignore[type-var]
            outcomes
        ):
            for batch_outcomes in outcomes:
                for outcome in batch_outcomes:
                    if outcome.error is not None:
                        summary.failed += 1
                        report(f"{outcome.source}: {outcome.error}")
                    else:
                        with interrupts.deferred():  # a record written is a record counted
                            sink.write(outcome)
                            summary.done += 1
                        if progress:
                            progress(summary.done, outcome.id)
                sink.flush()
    except KeyboardInterrupt:
        summary.interrupted = True
        sink.keep_partial()
        return summary
    except BaseException:
        sink.keep_partial()
        raise
    sink.commit()
    return summary


class _Interrupts:
    """Ctrl-C and SIGTERM as ``KeyboardInterrupt``, held back inside ``deferred()`` until
    its block has finished (so that writing a record and counting it are never split)."""

    def __init__(self) -> None:
        self._holding = False
        self._pending = False

    def handle(self, signum: int, frame: Any) -> None:
        if self._holding:
            self._pending = True
        else:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        self._holding = True
        try:
            yield
        finally:
            self._holding = False
        if self._pending:
            raise KeyboardInterrupt


@contextlib.contextmanager
def _signals_as_interrupt() -> Iterator[_Interrupts]:
    """Ctrl-C and SIGTERM stop the run (main thread only), even when the process was
    started with SIGINT ignored, as background jobs of a shell script are."""
    interrupts = _Interrupts()
    if threading.current_thread() is not threading.main_thread():
        yield interrupts
        return
    previous = {number: signal.signal(number, interrupts.handle)
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield interrupts
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def progress_line(stream: TextIO = sys.stderr) -> Callable[[int, str], None]:
    def show(count: int, doc_id: str) -> None:
        stream.write(f"\rannotated {count} document(s): {doc_id[:60]:<60}")

    return show


__all__ = [
    "DEFAULT_CHUNK_CHARS",
    "FileSink",
    "Outcome",
    "PipelineError",
    "RunError",
    "RunSettings",
    "StreamSink",
    "Summary",
    "annotate",
    "annotate_batch",
    "annotate_chunked",
    "load_pipeline",
    "paragraph_chunks",
    "record_line",
    "resolve_n_process",
]
