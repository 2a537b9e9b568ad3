"""Annotation on a Dask cluster: ``ksc-nlp annotate PATH... --scheduler tcp://HOST:PORT``.

The client lists the input files (local paths or fsspec URLs) and sends them in
partitions of ``partition_size`` files to the workers with ``distributed``. Each worker
builds the pipeline once (per worker thread), reads its files itself, and writes one JSONL
part per partition (``part-00000.jsonl``, ...) into the output directory (a path or an
fsspec URL every worker can reach), through a ``.partial`` name renamed when the part is
complete. When all parts are done the client writes ``manifest.json``: the parts in input
order with their counts, and every problem. Concatenating the parts in manifest order gives
byte for byte what ``ksc-nlp annotate`` writes on one machine.

Needs the ``dask`` extra: ``pip install 'ksc-nlp[dask]'``.
"""

from __future__ import annotations

import json
import posixpath
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from spacy.language import Language

from . import __version__
from .inputs import InputError, ReadOptions, Source, is_url, iter_sources, read_source
from .runner import (
    RunError,
    RunSettings,
    Summary,
    annotate_batch,
    batched,
    load_pipeline,
    write_outcome,
)

PART = "part-{:05d}.jsonl"
MANIFEST = "manifest.json"
LOCAL = "local"
# Partitions in flight per worker (bounds the client's memory for huge corpora).
PARTITIONS_PER_WORKER = 2
CONNECT_TIMEOUT = "30s"

_PIPELINES: dict[tuple[str | None, str | None, int], Language] = {}
_LOCK = threading.Lock()
LOADS: list[int] = []  # one entry per pipeline built in this process (read by the tests)


class ClusterError(RunError):
    """The cluster run cannot start (no Dask, an unusable output directory, ...)."""


def worker_pipeline(settings: RunSettings) -> Language:
    """The pipeline of this worker thread, built on first use."""
    key = (settings.config, settings.reference_date, threading.get_ident())
    with _LOCK:
        if key not in _PIPELINES:
            _PIPELINES[key] = load_pipeline(settings.config, settings.reference_date)
            LOADS.append(1)
        return _PIPELINES[key]


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'ksc-nlp[dask]'") from None
    return url_to_fs(url)


def annotate_partition(index: int, sources: list[Source], output: str, settings: RunSettings,
                       read: ReadOptions) -> dict[str, Any]:
    """Annotate one partition on a worker into its part file; the part's counts."""
    nlp = worker_pipeline(settings)
    fs, root = _filesystem(output)
    name = PART.format(index)
    final = posixpath.join(root, name)
    problems: list[str] = []
    done = 0

    def documents() -> Iterator[Any]:
        for source in sources:
            for item in read_source(source, read):
                if isinstance(item, InputError):
                    problems.append(str(item))
                else:
                    yield item

    with fs.open(final + ".partial", "w", encoding="utf-8", newline="\n") as out:
        for batch in batched(documents(), settings.batch_size):
            for outcome in annotate_batch(nlp, batch, settings):
                if outcome.error is not None:
                    problems.append(f"{outcome.source}: {outcome.error}")
                else:
                    write_outcome(out, outcome)
                    done += 1
    fs.mv(final + ".partial", final)
    return {"index": index, "path": name, "sources": len(sources), "documents": done,
            "failed": len(problems), "problems": problems}


@contextmanager
def _client(scheduler: str, n_workers: int) -> Iterator[Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'ksc-nlp[dask]'") from None
    if scheduler == LOCAL:
        with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                          dashboard_address=":0") as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the scheduler {scheduler}: {error}") from None
    with client:
        yield client


def annotate_on_cluster(
    paths: list[str],
    output: str,
    scheduler: str,
    settings: RunSettings,
    *,
    pattern: str = "*.txt",
    read: ReadOptions | None = None,
    partition_size: int = 100,
    n_workers: int = 2,
    report: Callable[[str], None] = lambda message: None,
) -> Summary:
    """Annotate ``paths`` on the cluster at ``scheduler`` (``local``: a LocalCluster of
    ``n_workers`` processes) into parts and a manifest under ``output``."""
    read = read or ReadOptions()
    fs, root = _filesystem(output)
    if fs.exists(root) and (not fs.isdir(root) or fs.ls(root)):
        raise ClusterError(f"output directory {output} exists and is not empty")
    fs.makedirs(root, exist_ok=True)
    target = output if is_url(output) else root  # workers get an absolute local path
    summary = Summary()
    parts: dict[int, dict[str, Any]] = {}
    problems: list[str] = []

    def note(problem: str) -> None:
        problems.append(problem)
        summary.failed += 1
        report(problem)

    def partitions() -> Iterator[list[Source]]:
        pending: list[Source] = []
        for source in iter_sources(paths, pattern):
            if isinstance(source, InputError):
                note(str(source))
                continue
            pending.append(source)
            if len(pending) == partition_size:
                yield pending
                pending = []
        if pending:
            yield pending

    def take(future: Any, index: int, size: int) -> None:
        try:
            part = future.result()
        except Exception as error:  # noqa: BLE001  (a lost partition is reported, not fatal)
            parts[index] = {"index": index, "path": None, "sources": size, "documents": 0,
                            "failed": size, "error": repr(error)}
            note(f"part {PART.format(index)}: failed on the cluster: {error!r}")
            return
        parts[index] = part
        summary.done += part["documents"]
        for problem in part.pop("problems"):
            note(problem)

    with _client(scheduler, n_workers) as client:
        from distributed import as_completed

        limit = PARTITIONS_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
        running = as_completed()
        in_flight: dict[str, tuple[Any, int, int]] = {}

        def finish(future: Any) -> None:
            _, index, size = in_flight.pop(future.key)
            take(future, index, size)

        try:
            for index, sources in enumerate(partitions()):
                future = client.submit(annotate_partition, index, sources, target, settings,
                                       read, pure=False)
                in_flight[future.key] = (future, index, len(sources))
                running.add(future)
                while running.count() >= limit:
                    finish(next(running))
            for future in running:
                finish(future)
        except KeyboardInterrupt:
            summary.interrupted = True
            client.cancel([future for future, _, _ in in_flight.values()])
            return summary
    _write_manifest(fs, root, paths, pattern, parts, summary, problems)
    return summary


def _write_manifest(fs: Any, root: str, paths: list[str], pattern: str,
                    parts: dict[int, dict[str, Any]], summary: Summary,
                    problems: list[str]) -> None:
    ordered = [parts[index] for index in sorted(parts)]
    for part in ordered:
        part.pop("index", None)
    manifest = {
        "ksc_nlp": __version__,
        "inputs": paths,
        "glob": pattern,
        "documents": summary.done,
        "failed": summary.failed,
        "parts": ordered,
        "problems": problems,
    }
    path = posixpath.join(root, MANIFEST)
    with fs.open(path + ".partial", "w", encoding="utf-8") as out:
        out.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    fs.mv(path + ".partial", path)


def read_parts(output: str) -> Iterator[str]:
    """The record lines of a cluster run, in input order, from its manifest."""
    fs, root = _filesystem(output)
    with fs.open(posixpath.join(root, MANIFEST), "r", encoding="utf-8") as stream:
        manifest = json.load(stream)
    for part in manifest["parts"]:
        if part.get("path"):
            with fs.open(posixpath.join(root, part["path"]), "r", encoding="utf-8",
                         newline="\n") as stream:
                yield from stream
