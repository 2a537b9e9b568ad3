"""ksc-nlp: a rule-based spaCy pipeline for diplomatic news."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from spacy import util
from spacy.language import Language

from . import (  # noqa: F401  (importing registers the factories)
    dates,
    gazetteers,
    linking,
    organisations,
    people,
    relations,
    tokenization,
    votes,
)
from .extensions import register_extensions
from .record import doc_to_record
from .resources import data_path

try:
    __version__ = version("ksc-nlp")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

DEFAULT_CONFIG = data_path("pipeline.cfg")

register_extensions()


def load(config: str | Path | None = None, *, reference_date: str | None = None) -> Language:
    """Build and initialise the pipeline from ``config`` (default: ``configs/pipeline.cfg``).

    ``reference_date`` (``YYYY-MM-DD``) resolves dates without a year when a document has
    no dateline of its own.
    """
    overrides = {"paths.reference_date": reference_date} if reference_date else {}
    cfg = util.load_config(Path(config or DEFAULT_CONFIG), overrides=overrides, interpolate=False)
    nlp = util.load_model_from_config(cfg, auto_fill=True, validate=True)
    nlp.initialize()
    return nlp


__all__ = ["DEFAULT_CONFIG", "__version__", "doc_to_record", "load"]
