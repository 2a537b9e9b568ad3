"""Custom attributes, registered once at import."""

from spacy.tokens import Doc, Span


def register_extensions() -> None:
    """Register ``Span._.value``, ``Doc._.relations`` and ``Doc._.document_date``."""
    if not Span.has_extension("value"):
        Span.set_extension("value", default=None)
    if not Doc.has_extension("relations"):
        Doc.set_extension("relations", default=None)
    if not Doc.has_extension("document_date"):
        Doc.set_extension("document_date", default=None)


register_extensions()
