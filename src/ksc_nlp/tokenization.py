"""Tokeniser with extra splits for glued numbers, and line-aware sentence boundaries."""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Callable, Iterator
from typing import Any

import numpy
from spacy.attrs import IS_LOWER, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.lang.char_classes import ALPHA_LOWER, ALPHA_UPPER, CONCAT_QUOTES
from spacy.lang.en import English
from spacy.lang.tokenizer_exceptions import emoticons as EMOTICONS
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import (
    compile_infix_regex,
    compile_prefix_regex,
    compile_suffix_regex,
    registry,
)

# Initials of two letters for one sound, in romanised Mongolian and Russian names ("Ts.",
# "Kh.", "Yu."): an initial like "M." (the full stop is not split off after them).
DIGRAPH_INITIALS = frozenset({"Ch", "Kh", "Sh", "Ts", "Ya", "Ye", "Yo", "Yu", "Zh"})
LOWER_DOT_UPPER = rf"(?<=[{ALPHA_LOWER}{CONCAT_QUOTES}])\.(?=[{ALPHA_UPPER}{CONCAT_QUOTES}])"
DIGRAPHS = "|".join(sorted(DIGRAPH_INITIALS))  # "Ch|Kh|...": one alternative each

# A number glued to the end of a lower-case word ("Sultan29") or of an upper-case word of
# four letters or more ("BERN12"), a capitalised word glued to
# the end of a number ("29June"), and an en or em dash between digits ("2019–2020").
EXTRA_INFIXES = [
    r"(?<=[a-z]{2})(?=[0-9])",
    r"(?<=[A-Z]{4})(?=[0-9])",  # an upper-case dateline city glued to its day ("BERN12")
    r"(?<=[0-9])(?=[A-Z][a-z])",
    r"(?<=[0-9])[\u2013\u2014](?=[0-9])",
    r"(?<=[A-Z]\.)-(?=[a-z])",  # "U.S.-backed": the country, a hyphen, the participle
    r"\|",  # a bar between masthead fields with no space ("Xinhua|2020-10-14")
    # initials glued to a surname, as Central Asian agencies write them ("K.Tokayev",
    # "A.B.Karimov", "Ts.Altangerel"): the initials, then the name
    r"(?<=^[A-Z]\.)(?=[A-Z][a-zà-ÿ])",
    r"(?<=^[A-Z]\.[A-Z]\.)(?=[A-Z][a-zà-ÿ])",
    rf"(?<=^(?:{DIGRAPHS})\.)(?=[A-Z][a-zà-ÿ])",
]

# A tally written "9-to-5" is "9", "-to-", "5" (before spaCy's hyphen rule, which would
# split it into "9", "-", "to-5").
TALLY_INFIX = r"(?<=[0-9])-to-(?=[0-9])"

# A full stop after a mixed-case name ("told UzA."), slashes around an agency name
# ("/NIAT Khovar/."), bars of a masthead ("Xinhua| ", " |17.06.2020") and the Spanish
# dateline's ".-" ("(EFE).- ", "Mexico City, June 17, 2020.- ").
EXTRA_SUFFIXES = [
    r"(?<=[a-z][A-Z])\.", r"(?<=[A-Za-z])/", r"(?<=[A-Za-z]/)\.", r"\|", r"(?<=[)0-9])\.-",
]
EXTRA_PREFIXES = [r"/(?=[A-Za-z])", r"\|"]

SENTENCE_END = {".", "!", "?", "…"}
CLOSING = {'"', "”", "’", "'", ")", "»"}


@registry.tokenizers("ksc_nlp.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        # built once with the final affix rules: each later change of a rule would reload
        # every special case (a tenth of a second at start-up)
        infixes = [TALLY_INFIX] + [
            _keep_digraph_initials(rule) for rule in English.Defaults.infixes
        ]
        infixes += EXTRA_INFIXES
        suffixes = list(English.Defaults.suffixes) + EXTRA_SUFFIXES
        prefixes = list(English.Defaults.prefixes) + EXTRA_PREFIXES
        return Tokenizer(
            nlp.vocab,
            rules=news_exceptions(nlp.Defaults.tokenizer_exceptions),
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=nlp.Defaults.token_match,
            url_match=nlp.Defaults.url_match,
        )

    return make


def _keep_digraph_initials(rule: str) -> str:
    """spaCy's rule splitting a full stop between a lower-case and a capital letter
    ("word.Next"), made to keep "Ts." of "Ts.Altangerel" whole."""
    if rule != LOWER_DOT_UPPER:
        return rule
    return rule.replace(r"\.(?=", rf"(?<!^(?:{DIGRAPHS}))\.(?=", 1)


# Contractions written without an apostrophe that are words in news: "Wed, Jun 17, 2020"
# (not "We" "d"), "Id al-Adha".
NEWS_WORDS = {"Wed", "wed", "Id", "id"}
NEWS_ABBREVIATIONS = {"Hon.", "Amb.", "Rt."}


def news_exceptions(exceptions: dict[str, Any]) -> dict[str, Any]:
    """spaCy's special cases without its emoticons: news text has none, and "):" after an
    agency in a dateline ("Oct 14 (RSS): ...") must split like any other punctuation; nor
    the apostrophe-less contractions of ``NEWS_WORDS``."""
    kept = {
        text: value for text, value in exceptions.items()
        if text not in EMOTICONS and text not in NEWS_WORDS
    }
    # honorifics of diplomatic releases that keep their full stop ("Hon. Name", "Amb. Name")
    kept.update({text: [{ORTH: text}] for text in NEWS_ABBREVIATIONS})
    return kept


class LineSentencer:
    """Sentence boundaries at line breaks and after sentence-final punctuation.

    Headline, dateline and byline lines thus become sentences of their own. It also sets
    the document's ``sent``/``sents`` user hooks, which look the sentence up in a table
    instead of scanning the tokens (``Token.sent`` is O(sentence length) otherwise).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            starts = sentence_starts(doc)
            values = numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1)
            doc.from_array([SENT_START], values)
            set_sentence_hooks(doc, starts)
        return doc


def sentence_starts(doc: Doc) -> list[int]:
    """1 for a token that starts a sentence, -1 for the others.

    A sentence starts after a whitespace token holding a line break, or after
    sentence-final punctuation (and closing quotes or brackets) when the token is not in
    lower case. Only the tokens after a line break, a closing mark or a final mark are
    examined; the token arrays say where they are. (A token's own trailing whitespace is
    at most one space, so line breaks are always whitespace tokens.)"""
    strings = doc.vocab.strings
    closing = {strings[text] for text in CLOSING}
    final = {strings[text] for text in SENTENCE_END}
    period = strings["."]
    rows = doc.to_array([ORTH, IS_SPACE, IS_LOWER]).tolist()
    orths = [row[0] for row in rows]
    line_break = [bool(row[1]) and "\n" in strings[row[0]] for row in rows]
    marks = closing | final
    openers = {strings[word] for word in SENTENCE_OPENERS}
    labels = {strings[word] for word in LETTERED_LABELS}
    starts = [1] + [-1] * (len(rows) - 1)
    for i in range(1, len(rows)):
        if _letter_with_stop(strings[orths[i - 1]]) and (
            orths[i] in openers or i > 1 and orths[i - 2] in labels and not rows[i][2]
            and not rows[i][1]
        ):
            starts[i] = 1  # "... and Hungary from List E. The FAO Council elects ...", "in
            continue  # Region B. Members elected ...": no initial before "The" or after "Region"
        if not (line_break[i - 1] or orths[i - 1] in marks) or rows[i][1]:
            continue  # not after a break or a mark, or a whitespace token
        if line_break[i - 1]:
            starts[i] = 1
            continue
        if orths[i] in closing and not doc[i - 1].whitespace_:
            continue
        j = i - 1
        while j > 0 and orths[j] in closing:
            j -= 1
        if orths[j] in final and not (orths[j] == period and j > 0 and orths[j - 1] in final):
            if orths[j] == period and j > 0 and (j == 1 or line_break[j - 2]) and (
                doc[j - 1].is_digit and len(doc[j - 1]) <= 2
            ):
                continue  # "1. Aiko Tanaka (Japan) – 151": a numbered line goes on
            starts[i] = -1 if rows[i][2] else 1
    return starts


# capitalised words that open sentences and never follow an initial inside a name
SENTENCE_OPENERS = {"The", "This", "These", "Those", "They", "It", "Its", "In", "On", "At",
                    "But", "And", "There", "After", "Before", "When", "While", "He", "She", "We",
                    "All", "Both", "Each", "Only", "Of", "With", "For", "As", "Their", "Our",
                    "His", "Her", "Then", "Whoever", "Elected", "Voting", "Under", "Since",
                    "During", "Among", "Also", "Not", "No"}


LETTERED_LABELS = {"Region", "List", "Group", "Category", "Part", "Section", "Annex", "Table",
                   "Schedule", "Appendix"}  # "Region B." ends a sentence before a capital


def _letter_with_stop(text: str) -> bool:
    """A capital letter and a full stop ("E."), as an initial or a list's letter is written."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def set_sentence_hooks(doc: Doc, starts: list[int]) -> None:
    """``Token.sent``, ``Span.sent`` and ``Doc.sents`` from a table of sentence bounds.

    The hooks hold only integers (no reference back to the doc). If the document's length
    changes afterwards (merged or split tokens), they remove themselves and spaCy's own
    lookup answers."""
    size = len(starts)
    first = [i for i, start in enumerate(starts) if start == 1]
    bounds = list(zip(first, first[1:] + [size], strict=True))
    index: list[int] = []
    for number, (start, end) in enumerate(bounds):
        index.extend([number] * (end - start))

    def token_sent(token: Token) -> Span:
        if len(token.doc) != size:
            return _without_hooks(token.doc, lambda: token.sent)
        return Span(token.doc, *bounds[index[token.i]])

    def span_sent(span: Span) -> Span:
        if len(span.doc) != size:
            return _without_hooks(span.doc, lambda: span.sent)
        return Span(span.doc, *bounds[index[span.start]])

    def sents(doc: Doc) -> Iterator[Span]:
        if len(doc) != size:
            return _without_hooks(doc, lambda: iter(list(doc.sents)))
        return (Span(doc, start, end) for start, end in bounds)

    doc.user_token_hooks["sent"] = token_sent
    doc.user_span_hooks["sent"] = span_sent
    doc.user_hooks["sents"] = sents


def _without_hooks(doc: Doc, answer: Callable[[], Any]) -> Any:
    doc.user_token_hooks.pop("sent", None)
    doc.user_span_hooks.pop("sent", None)
    doc.user_hooks.pop("sents", None)
    return answer()


def line_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token range [start, end) of the line holding token ``i`` (end after its newline; a
    token holding a newline ends the line before it). A table per document."""
    cached, starts, ends = _LINES
    if cached is None or cached() is not doc or len(starts) != len(doc):
        starts, ends = _line_table(doc)
        _LINES[:] = [weakref.ref(doc), starts, ends]
    return starts[i], ends[i]


_LINES: list = [None, [], []]  # a weak reference to the last document, its line table


def document_text(doc: Doc) -> str:
    """``doc.text``, built once per document from the token array (spaCy's ``Doc.text``
    makes a Token per word on every call)."""
    cached, text = _TEXT
    if cached is None or cached() is not doc:
        rows = doc.to_array([ORTH, SPACY]).tolist() if len(doc) else []
        text = text_from_rows(doc, rows)
        _TEXT[:] = [weakref.ref(doc), text]
    return text


_TEXT: list = [None, ""]  # a weak reference to the last document, its text


def text_from_rows(doc: Doc, rows: list[list[int]]) -> str:
    """The text of tokens given as rows starting ``[ORTH, ..., SPACY]`` of ``doc``."""
    strings = doc.vocab.strings
    return "".join([strings[row[0]] + " " if row[-1] else strings[row[0]] for row in rows])


def line_starts(doc: Doc) -> list[int]:
    """The first token of every line, from the same table as ``line_bounds``."""
    if not len(doc):
        return []
    line_bounds(doc, 0)
    return sorted(set(_LINES[1]))


def _line_table(doc: Doc) -> tuple[list[int], list[int]]:
    """Line start and end of every token. Only whitespace tokens hold line breaks (a token's
    own trailing whitespace is at most one space)."""
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_SPACE]).tolist() if len(doc) else []
    breaks = [k for k, (orth, space) in enumerate(rows) if space and "\n" in strings[orth]]
    starts: list[int] = []
    ends: list[int] = []
    start = 0
    for k in [*breaks, len(rows)]:
        # tokens start..k-1 and the break k itself: the line is [start, k); after it, k + 1
        starts.extend([start] * (min(k + 1, len(rows)) - start))
        ends.extend([k] * (min(k + 1, len(rows)) - start))
        start = k + 1
    return starts, ends


def in_title_case_line(doc: Doc, i: int, share: float = 0.8) -> bool:
    """Whether token ``i`` is on a title-case line such as a headline: no final full stop,
    at least three words longer than three letters, ``share`` of them capitalised. The
    answer is kept per line of the last document."""
    start, end = line_bounds(doc, i)
    answers = _TITLE_LINES[1] if _TITLE_LINES[0] is not None and _TITLE_LINES[0]() is doc else {}
    key = (start, end, share)
    if key not in answers:
        answers[key] = _title_case(doc, start, end, share)
        _TITLE_LINES[:] = [weakref.ref(doc), answers]
    return answers[key]


_TITLE_LINES: list = [None, {}]  # a weak reference to the last document, its answers


def _title_case(doc: Doc, start: int, end: int, share: float) -> bool:
    last = next((t for t in reversed(doc[start:end]) if not t.is_space), None)
    if last is None or last.text in {".", "!", "?"}:
        return False  # a headline has no final full stop
    words = [t for t in doc[start:end] if t.is_alpha and len(t) > 3]
    capitalised = sum(1 for t in words if not t.is_lower)
    return len(words) >= 3 and capitalised >= share * len(words)


def skip_parenthesis(doc: Doc, end: int, floor: int = 0) -> int:
    """Where a short parenthesis ending right before ``end`` starts ("(OSCE)"), else ``end``."""
    if end - 1 > floor and doc[end - 1].text == ")":
        for k in range(end - 2, max(floor, end - 6) - 1, -1):
            if doc[k].text == "(":
                return k
    return end


def text_end(doc: Doc, span: Span) -> int:
    """The end of ``span`` without its trailing whitespace tokens (the line break after a
    sentence), so that ``doc[text_end(doc, span) - 1]`` is its last mark."""
    end = span.end
    while end > span.start and doc[end - 1].is_space:
        end -= 1
    return end


@Language.factory("ksc_sentences")
def make_sentences(nlp: Language, name: str) -> LineSentencer:
    return LineSentencer(nlp, name)


def strip_accents(text: str) -> str:
    """``text`` without combining accents: "Jeremić" -> "Jeremic"."""
    if text.isascii():
        return text
    return "".join(
        char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
    )


def table_column_header(doc: Doc, i: int) -> list[Token] | None:
    """The header cell of the column holding token ``i`` in a table written with bars ("|
    Round | Spain | Turkey |" over "| 1 | 121 | 109 |"), or None outside a table's body."""
    line_start, _ = line_bounds(doc, i)
    if doc[line_start].text[:1] != "|":
        return None
    column = sum(1 for t in doc[line_start:i] if t.text == "|")
    header = line_start
    while header > 0:  # the first line of the table
        above, _ = line_bounds(doc, header - 1)
        while above < header and doc[above].is_space:
            above += 1
        if above >= header or doc[above].text[:1] != "|":
            break
        header = above
    if header == line_start:
        return None
    cells: list[list[Token]] = [[]]
    for token in doc[header : line_bounds(doc, header)[1]]:
        if token.text == "|":
            cells.append([])
        else:
            cells[-1].append(token)
    return cells[column] if column < len(cells) else None


ALIGNED_FIELD = re.compile(r"\S+(?: \S+)*")  # a cell: words joined by single spaces


def aligned_table_cell(doc: Doc, i: int) -> tuple[list[Token], list[Token]] | None:
    """The header cell and the row label of token ``i`` in a table aligned with spaces
    ("Round  Georgia  Lithuania" over "    1      118         71"): every line of the table
    has the same number of cells, separated by two or more spaces, and the first line holds
    no number cell. ``i`` must fill its cell. None outside such a table, and for the row
    label itself."""
    text = document_text(doc)
    token = doc[i]
    row_start = text.rfind("\n", 0, token.idx) + 1
    row_end = _line_end(text, token.idx)
    row = _aligned_fields(text[row_start:row_end])
    if len(row) < 2:
        return None
    header_start = row_start
    while header_start > 0:
        above_start = text.rfind("\n", 0, header_start - 1) + 1
        if len(_aligned_fields(text[above_start : header_start - 1])) != len(row):
            break
        header_start = above_start
    if header_start == row_start:
        return None
    header = _aligned_fields(text[header_start : _line_end(text, header_start)])
    if any(text[header_start + a : header_start + b].replace(",", "").isdigit() for a, b in header):
        return None
    column_start, column_end = token.idx - row_start, token.idx + len(token) - row_start
    if row[0][0] <= column_start < row[0][1] or (column_start, column_end) not in row:
        return None  # the row label, or a word inside a longer cell (prose)
    # the header cell over the token, or the one whose end is nearest (right-aligned figures)
    overlap = [min(b, column_end) - max(a, column_start) for a, b in header]
    best = max(range(len(header)), key=lambda k: (overlap[k], -abs(header[k][1] - column_end)))
    cell = doc.char_span(header_start + header[best][0], header_start + header[best][1],
                         alignment_mode="expand")
    label = doc.char_span(row_start + row[0][0], row_start + row[0][1], alignment_mode="expand")
    if cell is None or label is None:
        return None
    return list(cell), list(label)


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _aligned_fields(line: str) -> list[tuple[int, int]]:
    """Cells of a line separated by two or more spaces (none if a cell holds a bar)."""
    if "  " not in line.strip() or "|" in line:
        return []
    return [(m.start(), m.end()) for m in ALIGNED_FIELD.finditer(line)]
