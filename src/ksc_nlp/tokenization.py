"""Tokeniser with extra splits for glued numbers, and line-aware sentence boundaries."""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import SENT_START
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import (
    compile_infix_regex,
    compile_prefix_regex,
    compile_suffix_regex,
    registry,
)

# A number glued to the end of a lower-case word ("Sultan29"), a capitalised word glued to
# the end of a number ("29June"), and an en or em dash between digits ("2019–2020").
EXTRA_INFIXES = [
    r"(?<=[a-z]{2})(?=[0-9])",
    r"(?<=[0-9])(?=[A-Z][a-z])",
    r"(?<=[0-9])[\u2013\u2014](?=[0-9])",
]

# A full stop after a mixed-case name ("told UzA."), and slashes around an agency name
# ("/NIAT Khovar/.").
EXTRA_SUFFIXES = [r"(?<=[a-z][A-Z])\.", r"(?<=[A-Za-z])/", r"(?<=[A-Za-z]/)\."]
EXTRA_PREFIXES = [r"/(?=[A-Za-z])"]

SENTENCE_END = {".", "!", "?", "…"}
CLOSING = {'"', "”", "’", "'", ")", "»"}


@registry.tokenizers("ksc_nlp.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        infixes = list(English.Defaults.infixes) + EXTRA_INFIXES
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        suffixes = list(English.Defaults.suffixes) + EXTRA_SUFFIXES
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        prefixes = list(English.Defaults.prefixes) + EXTRA_PREFIXES
        tokenizer.prefix_search = compile_prefix_regex(prefixes).search
        return tokenizer

    return make


class LineSentencer:
    """Sentence boundaries at line breaks and after sentence-final punctuation.

    Headline, dateline and byline lines thus become sentences of their own.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            starts = [1] + [1 if self._starts_sentence(doc, i) else -1 for i in range(1, len(doc))]
            values = numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1)
            doc.from_array([SENT_START], values)
        return doc

    @staticmethod
    def _starts_sentence(doc: Doc, i: int) -> bool:
        token = doc[i]
        previous = doc[i - 1]
        if token.is_space:
            return False
        if previous.is_space and "\n" in previous.text:
            return True
        if "\n" in previous.whitespace_:
            return True
        if token.text in CLOSING and not previous.whitespace_:
            return False
        j = i - 1
        while j > 0 and doc[j].text in CLOSING:
            j -= 1
        if doc[j].text not in SENTENCE_END:
            return False
        if doc[j].text == "." and j > 0 and doc[j - 1].text in SENTENCE_END:
            return False
        return not token.is_lower


def line_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token range [start, end) of the line holding token ``i`` (end after its newline)."""
    start = i
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    end = i
    while end < len(doc) and "\n" not in doc[end].text:
        if "\n" in doc[end].whitespace_:
            return start, end + 1
        end += 1
    return start, end


def skip_parenthesis(doc: Doc, end: int, floor: int = 0) -> int:
    """Where a short parenthesis ending right before ``end`` starts ("(OSCE)"), else ``end``."""
    if end - 1 > floor and doc[end - 1].text == ")":
        for k in range(end - 2, max(floor, end - 6) - 1, -1):
            if doc[k].text == "(":
                return k
    return end


@Language.factory("ksc_sentences")
def make_sentences(nlp: Language, name: str) -> LineSentencer:
    return LineSentencer(nlp, name)
