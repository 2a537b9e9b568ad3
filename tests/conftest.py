"""Shared fixtures: the pipeline is built once per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language
from typer.testing import CliRunner

import ksc_nlp

REFERENCE_DATE = "2016-06-28"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default pipeline (no reference date)."""
    return ksc_nlp.load()


@pytest.fixture(scope="session")
def nlp_ref() -> Language:
    """The pipeline with ``reference_date="2016-06-28"`` (a Tuesday)."""
    return ksc_nlp.load(reference_date=REFERENCE_DATE)


@pytest.fixture
def runner() -> CliRunner:
    """Typer's runner for the ``ksc-nlp`` command line."""
    return CliRunner()
