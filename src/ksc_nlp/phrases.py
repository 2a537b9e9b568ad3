"""Lower-case word sequences (titles, trigger phrases) matched against a Doc's tokens."""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from spacy.attrs import LOWER
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
        # the phrases by first and by last word, longest first
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.phrases:
            self.by_first.setdefault(phrase[0], []).append(phrase)
            self.by_last.setdefault(phrase[-1], []).append(phrase)
        self.last_words = set(self.by_last)
        self.first_words = set(self.by_first)

    def ending_at(self, doc: Doc, end: int, floor: int = 0) -> int | None:
        """Start of the longest phrase that ends right before token ``end``."""
        if end <= floor:
            return None
        lowers = lower_forms(doc)
        for phrase in self.by_last.get(lowers[end - 1], ()):
            start = end - len(phrase)
            if start >= floor and tuple(lowers[start:end]) == phrase:
                return start
        return None

    def starting_at(self, doc: Doc, start: int, limit: int | None = None) -> int | None:
        """End of the longest phrase that starts at token ``start``."""
        limit = len(doc) if limit is None else limit
        if start >= limit:
            return None
        lowers = lower_forms(doc)
        for phrase in self.by_first.get(lowers[start], ()):
            end = start + len(phrase)
            if end <= limit and tuple(lowers[start:end]) == phrase:
                return end
        return None

    def find(self, span: Span) -> Iterator[tuple[int, int]]:
        """(start, end) of the longest phrase starting at each token of ``span``."""
        doc = span.doc
        positions = _forms(doc)[1]
        starts = positions.get(self)
        if starts is None:  # the tokens that are a first word, found once per document
            first_words = self.by_first
            starts = positions[self] = [
                i for i, word in enumerate(lower_forms(doc)) if word in first_words
            ]
        for i in starts[bisect_left(starts, span.start) : bisect_left(starts, span.end)]:
            end = self.starting_at(doc, i, span.end)
            if end is not None:
                yield i, end

    def occurs_in(self, span: Span) -> bool:
        return next(self.find(span), None) is not None


# a weak reference to the last document, its lower-case forms and, per Phrases, the
# tokens that are a first word of a phrase
_FORMS: list = [None, [], {}]


def _forms(doc: Doc) -> tuple[list[str], dict[Phrases, list[int]]]:
    cached, lowers, positions = _FORMS
    if cached is None or cached() is not doc or len(lowers) != len(doc):
        strings = doc.vocab.strings
        lowers = [strings[lower] for lower in doc.to_array(LOWER).tolist()] if len(doc) else []
        positions = {}
        _FORMS[:] = [weakref.ref(doc), lowers, positions]
    return lowers, positions


def lower_forms(doc: Doc) -> list[str]:
    """``token.lower_`` of every token of ``doc``, computed once per document."""
    return _forms(doc)[0]


OPENING_QUOTES = {'"', "\u201c", "'", "\u2018", "\u00ab"}
BULLETS = {"•", "-", "*", "\u2013", "\u2014", "·", "▪", "‣"}  # open a list line
COUNT_ADVERBS = {"exactly", "only", "just", "precisely", "nearly", "almost", "about", "some"}
DESTINATION_STARTS = {"to", "in", "at"}
POSTING_STARTS = DESTINATION_STARTS | {"on"}  # "representative on the Council of ICAO"
DESTINATION_WORDS = {"the", "of", "in", "at", "to", "and"}


def skip_destination(
    doc: Doc, end: int, floor: int, limit: int = 7, starts: set[str] = DESTINATION_STARTS
) -> int:
    """Start of a short "to the international organizations in Vienna" phrase ending right
    before ``end`` (lower-case words and places after one of ``starts``), else ``end``."""
    found = end
    for start in range(end - 1, max(floor, end - limit) - 1, -1):
        token = doc[start]
        if token.lower_ in starts and start < end - 1:
            found = start  # keep going: "to the organizations in Vienna" starts at "to"
            continue
        if not (
            token.is_lower and token.is_alpha
            or token.ent_type_ in {"GPE", "ORG", "LOC"}
            or token.lower_ in DESTINATION_WORDS
        ):
            break
    return found


PORTFOLIO_ENTITIES = {"", "LOC", "GPE"}  # "Minister for Europe and Foreign Affairs"


def title_before_portfolio(doc: Doc, titles: Phrases, end: int, floor: int) -> int | None:
    """Start of "<title> for|of <Capitalised Portfolio>" ending right before ``end``:
    "Ghana's Minister for Foreign Affairs and Regional Integration, Name"."""
    k = end
    while k > floor and end - k < 7 and doc[k - 1].ent_type_ in PORTFOLIO_ENTITIES and (
        doc[k - 1].is_title and doc[k - 1].is_alpha or doc[k - 1].lower_ in {"and", "&"}
    ):
        k -= 1
    if k == end or k - 1 <= floor or not doc[k].is_title or doc[k - 1].lower_ not in {"for", "of"}:
        return None
    return titles.ending_at(doc, k - 1, floor)

