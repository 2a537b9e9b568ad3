"""Lower-case word sequences (titles, trigger phrases) matched against a Doc's tokens."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span

HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")  # split as the tokenizer does: "secretary - general"


class Phrases:
    """A set of phrases such as ``"foreign minister"`` or ``"supported by"``, matched
    case-insensitively on whole tokens, the longest first."""

    def __init__(self, phrases: Iterable[str]) -> None:
        words = {
            tuple(HYPHEN.sub(" - ", phrase.lower()).split()) for phrase in phrases if phrase.strip()
        }
        self.phrases = sorted(words, key=len, reverse=True)
        self.last_words = {phrase[-1] for phrase in self.phrases}
        self.first_words = {phrase[0] for phrase in self.phrases}

    def ending_at(self, doc: Doc, end: int, floor: int = 0) -> int | None:
        """Start of the longest phrase that ends right before token ``end``."""
        if end <= floor or doc[end - 1].lower_ not in self.last_words:
            return None
        for phrase in self.phrases:
            start = end - len(phrase)
            if start >= floor and all(
                doc[start + k].lower_ == word for k, word in enumerate(phrase)
            ):
                return start
        return None

    def starting_at(self, doc: Doc, start: int, limit: int | None = None) -> int | None:
        """End of the longest phrase that starts at token ``start``."""
        limit = len(doc) if limit is None else limit
        if start >= limit or doc[start].lower_ not in self.first_words:
            return None
        for phrase in self.phrases:
            end = start + len(phrase)
            if end <= limit and all(
                doc[start + k].lower_ == word for k, word in enumerate(phrase)
            ):
                return end
        return None

    def find(self, span: Span) -> Iterator[tuple[int, int]]:
        """(start, end) of the longest phrase starting at each token of ``span``."""
        for i in range(span.start, span.end):
            end = self.starting_at(span.doc, i, span.end)
            if end is not None:
                yield i, end

    def occurs_in(self, span: Span) -> bool:
        return next(self.find(span), None) is not None


DESTINATION_STARTS = {"to", "in", "at"}
DESTINATION_WORDS = {"the", "of", "in", "at", "to", "and"}


def skip_destination(doc: Doc, end: int, floor: int, limit: int = 7) -> int:
    """Start of a short "to the international organizations in Vienna" phrase ending right
    before ``end`` (lower-case words and places after "to"/"in"/"at"), else ``end``."""
    found = end
    for start in range(end - 1, max(floor, end - limit) - 1, -1):
        token = doc[start]
        if token.lower_ in DESTINATION_STARTS and start < end - 1:
            found = start  # keep going: "to the organizations in Vienna" starts at "to"
            continue
        if not (
            token.is_lower and token.is_alpha
            or token.ent_type_ in {"GPE", "ORG", "LOC"}
            or token.lower_ in DESTINATION_WORDS
        ):
            break
    return found
