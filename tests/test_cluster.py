"""``ksc-nlp annotate --scheduler``: Dask workers write the same records as local mode.

Runs a ``distributed.LocalCluster`` of two worker processes. Needs the ``dask`` extra,
which CI installs (``.ci/run``); without it, outside CI, the module is skipped.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

if os.environ.get("CI"):
    import distributed
else:
    distributed = pytest.importorskip("distributed", reason="needs pip install '.[dask]'")

from ksc_nlp import cluster
from ksc_nlp.cli import app

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def local_cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as running:
        yield running


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    for path in sorted((CORPUS / "dev").glob("*.txt"))[:23]:
        (folder / "dev" / path.name).parent.mkdir(exist_ok=True)
        (folder / "dev" / path.name).write_bytes(path.read_bytes())
    (folder / "dev" / "binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "dev" / "empty.txt").write_text("", encoding="utf-8")
    return folder / "dev"


def invoke(*args: str):
    return CliRunner().invoke(app, ["annotate", *args], catch_exceptions=False)


def test_cluster_records_are_identical_to_local_mode(local_cluster, inputs, tmp_path):
    local = invoke(str(inputs))
    assert local.exit_code == 1
    out = tmp_path / "parts"
    result = invoke(str(inputs), "-o", str(out), "--scheduler", local_cluster.scheduler_address,
                    "--partition-size", "4")
    assert result.exit_code == 1, result.stderr
    assert "".join(cluster.read_parts(str(out))) == local.stdout
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [part["path"] for part in manifest["parts"]] == [f"part-{i:05d}.jsonl"
                                                           for i in range(7)]
    assert [part["sources"] for part in manifest["parts"]] == [4, 4, 4, 4, 4, 4, 1]
    assert [part["documents"] for part in manifest["parts"]] == [3, 4, 4, 4, 4, 4, 1]
    assert (manifest["documents"], manifest["failed"]) == (24, 1)
    for part in manifest["parts"]:
        lines = (out / part["path"]).read_text(encoding="utf-8").count("\n")
        assert lines == part["documents"]
    assert manifest["problems"] == [f"{inputs / 'binary.txt'}: binary file (contains NUL "
                                    "bytes), skipped"]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["manifest.json"] + [part["path"] for part in manifest["parts"]])
    assert manifest["problems"][0] in result.stderr
    assert result.stderr.splitlines()[-1] == "ksc-nlp: 24 done, 0 skipped, 1 failed"


def test_the_pipeline_is_loaded_once_per_worker(local_cluster, inputs, tmp_path):
    out = tmp_path / "parts"
    result = invoke(str(inputs), "-o", str(out), "--scheduler", local_cluster.scheduler_address,
                    "--partition-size", "2")
    assert result.exit_code == 1
    with distributed.Client(local_cluster) as client:
        loads = client.run(lambda: len(cluster.LOADS))
    assert len(loads) == 2
    assert all(count == 1 for count in loads.values()), loads  # 13 partitions, 2 pipelines


def test_fsspec_urls_address_the_corpus_and_the_output(local_cluster, inputs, tmp_path):
    url = f"file://{inputs}"
    out = f"file://{tmp_path}/url-parts"
    result = invoke(url, "-o", out, "--scheduler", local_cluster.scheduler_address)
    assert result.exit_code == 1
    records = [json.loads(line) for line in cluster.read_parts(out)]
    local = [json.loads(line) for line in invoke(str(inputs)).stdout.split("\n") if line]
    assert [r["id"] for r in records] == [r["id"] for r in local]
    assert [r["spans"] for r in records] == [r["spans"] for r in local]
    assert records[0]["meta"]["source"] == f"{url}/{records[0]['id']}.txt"


def test_a_non_empty_output_directory_is_refused(local_cluster, inputs, tmp_path):
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    result = invoke(str(inputs), "-o", str(tmp_path), "--scheduler",
                    local_cluster.scheduler_address)
    assert result.exit_code == 2
    assert "exists and is not empty" in result.stderr
    assert (tmp_path / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_scheduler_local_starts_its_own_cluster(inputs, tmp_path):
    out = tmp_path / "parts"
    result = invoke(str(inputs), "-o", str(out), "--scheduler", "local", "--n-process", "2",
                    "--partition-size", "10")
    assert result.exit_code == 1
    assert "".join(cluster.read_parts(str(out))) == invoke(str(inputs)).stdout


def test_an_unreachable_scheduler_is_a_usage_error(inputs, tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "2s")
    result = invoke(str(inputs), "-o", str(tmp_path / "p"), "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 2
    assert "cannot reach the scheduler tcp://127.0.0.1:9" in result.stderr
