"""A pipeline saved with ``nlp.to_disk`` and reloaded with ``spacy.load`` in a fresh
process gives the same records as the pipeline in memory."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ksc_nlp.record import doc_to_record

PARAGRAPHS = [
    "Kenya joins council\n"
    "NAIROBI, 28 June 2016 - Kenya was elected to the UN Security Council for 2017-2018, "
    "defeating Zambia. Kenya was supported by 138 countries out of 193 member states.\n"
    "\u201cWe are proud,\u201d said Foreign Minister Amina Wanjiru. Wanjiru thanked the "
    "Eastern European group and the Public Council of the Ministry of Justice of Kenya.",
    "Peru fought with Chile for a seat on the Security Council, which won 55 votes. "
    "The struggle between Norway and Ireland went to a second round on Friday.",
    "The ministers will meet on 30 June, said D. Sarsenbayev of the Baltic Institute of "
    "Security Studies (BISS). The BISS published the text on Strategy2050.kz at 12:46.",
    "Ghana, Oman and Fiji received 186, 187 and 182 votes, respectively, in the 1960s "
    "and again in 2024\u20132025.\r\nC\u00f4te d\u2019Ivoire abstained.",
]

# Runs in a fresh interpreter: spacy.load must find the components through the package's
# entry points, before anything from ksc_nlp is imported by the script itself.
RELOAD_SCRIPT = textwrap.dedent(
    """
    import json
    import sys

    import spacy

    request = json.load(sys.stdin)
    output = {}
    for name, path in request["pipelines"].items():
        nlp = spacy.load(path)
        from ksc_nlp.record import doc_to_record

        output[name] = {
            "pipe_names": nlp.pipe_names,
            "records": [
                doc_to_record(doc, str(i), {})
                for i, doc in enumerate(nlp.pipe(request["texts"]))
            ],
        }
    json.dump(output, sys.stdout, ensure_ascii=False)
    """
)


@pytest.fixture(scope="module")
def reloaded(nlp, nlp_ref, tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("pipelines")
    paths = {"default": folder / "default", "reference": folder / "reference"}
    nlp.to_disk(paths["default"])
    nlp_ref.to_disk(paths["reference"])
    request = {"pipelines": {k: str(v) for k, v in paths.items()}, "texts": PARAGRAPHS}
    result = subprocess.run(
        [sys.executable, "-c", RELOAD_SCRIPT],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=folder,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def in_memory(nlp) -> list[dict]:
    return [doc_to_record(doc, str(i), {}) for i, doc in enumerate(nlp.pipe(PARAGRAPHS))]


def test_saved_pipeline_has_every_component(nlp, tmp_path):
    nlp.to_disk(tmp_path)
    saved = sorted(path.name for path in Path(tmp_path).iterdir())
    for name in ("config.cfg", "meta.json", "tokenizer", "vocab"):
        assert name in saved
    for name in ("ksc_gazetteer", "ksc_organisations", "ksc_dates", "ksc_votes", "ksc_people",
                 "ksc_relations"):
        assert (tmp_path / name / "data.json").is_file()


def test_reloaded_pipeline_has_the_same_components(nlp, reloaded):
    assert reloaded["default"]["pipe_names"] == nlp.pipe_names
    assert reloaded["reference"]["pipe_names"] == nlp.pipe_names


def test_reloaded_pipeline_gives_identical_records(nlp, reloaded):
    expected = in_memory(nlp)
    assert any(record["relations"] for record in expected)
    for got, want in zip(reloaded["default"]["records"], expected, strict=True):
        assert got == want


def test_reloaded_pipeline_keeps_the_reference_date(nlp_ref, reloaded):
    expected = in_memory(nlp_ref)
    for got, want in zip(reloaded["reference"]["records"], expected, strict=True):
        assert got == want
    dates = [
        (span["text"], span["value"])
        for span in reloaded["reference"]["records"][2]["spans"]
        if span["label"] == "DATE"
    ]
    assert dates == [("30 June", "2016-06-30")]
