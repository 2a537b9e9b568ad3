"""DATE spans with ISO 8601 values, resolved against the document's own date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.tokens import Doc, Span, Token

from .entity_set import add_entities
from .phrases import BULLETS, Phrases, lower_forms
from .resources import DataComponent
from .tokenization import line_bounds, line_starts

YEAR_SLASH_RANGE = re.compile(r"^(\d{4})[/\u2013\u2014-](\d{2}|\d{4})$")
DECADE = re.compile(r"^(\d{3})0s$")
YEAR = re.compile(r"(1[89]|20)\d\d")  # a year alone: "2000 — In October, ..."
NUMERIC_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
FULL_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ROMAN_MONTH_DATE = re.compile(r"^(\d{1,2})\.([IVX]{1,4})\.(\d{4})$")  # 14.XII.1955
ROMAN_MONTHS = {numeral: k for k, numeral in enumerate(
    ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"], start=1)}
YEAR_FIRST_DATE = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")  # 2023.06.07
SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")  # day or month first
PART_OF_YEAR = re.compile(r"^(?:mid|early|late)-(\d{4})$", re.IGNORECASE)
ORDINAL_DAY = re.compile(r"^(\d{1,2})(st|nd|rd|th)?$")
TIME_OF_DAY = re.compile(r"^\d{1,2}[:.]\d{2}$")
RANGE_DASHES = {"-", "\u2013", "\u2014", "/"}
MERIDIEM = {"am", "pm", "a.m.", "p.m."}
DATE_PREPOSITIONS = {"on", "in", "by", "since", "from", "until", "at", "after", "before", "of"}
UNKNOWN_YEAR = "XXXX"
RESULT_NOUNS = {"votes", "result", "results", "outcome", "tally", "tallies"}  # counted, so past
SCHEDULED_EVENT_NOUNS = {"debate", "session", "summit", "meeting", "conference", "election",
                         "elections", "vote", "talks", "assembly", "forum", "congress", "ceremony"}
LEAP_YEAR = 2000  # stands in for an unknown year in day arithmetic
DATELINE_LINES = 10
LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # where str.splitlines breaks
RANGE_WORDS = {"to", "until", "till", "through", "-", "\u2013"}  # "1 January to 31 December"
DETERMINERS = {"the", "its", "their", "his", "her", "our", "my", "your", "'s", "’s"}
RECURRING_WORDS = {"each", "every"}  # "meets each March": no one month
MONTH_HEADING_MARKS = {"\u2014", "\u2013", "-", ":"}  # "MARCH — A new face at the League"
# ".-": the Spanish stop of "Santiago, May 2, 2005.- Chile's ..."
DASHES = {"-", "--", "\u2013", "\u2014"}
EVENT_PRESENT = {"meets", "opens", "closes", "begins", "starts", "convenes", "resumes"}
EVENT_PARTICIPLES = {"opening", "starting", "beginning", "closing", "ending", "convening"}
NOTE_WORDS = {"postscript", "update", "updated", "addendum", "note", "correction"}
TERM_YEAR_LEADS = {"from", "since", "until", "to", "through", "for", "-", "\u2013", "\u2014"}
DATELINE_FOLLOWERS = {
    "(", "-", "--", "\u2013", "\u2014", ":", ",", "/", "|", ".", "\u00b7", "*", ".-"
}
PARTICIPLE_LEADS = {"be", "been", "being", "is", "are", "was", "were", "to", "will", "would",
                    "get", "gets", "has", "have", "had", "not"}
RELEASE_VERBS = {"broadcast", "aired", "published", "posted", "updated", "filed", "issued"}
DESIGNATING_VERBS = {"declared", "proclaimed", "designated", "named", "made"}
YEAR_OFFSETS = {"last": -1, "next": 1, "this": 0}  # "Last year ...": the year a sentence opens with
ANSWER_OPENERS = {"on", "in", "from", "by", "until", "after", "before", "starting"}
NUMBERED_TEXTS = {"resolution", "resolutions", "decision", "article", "rule"}  # "resolution 1973"


RELEASE_NUMBER = re.compile(r"^\d+/\d+$")  # "No. 187/2022"
REPORTING_VERBS = {"inform", "informs", "announce", "announces", "announced", "said", "says",
                   "stated", "noted", "reported", "confirmed", "confirms", "recalled", "recalls",
                   "stressed", "added", "explained", "told", "pointed", "emphasised",
                   "emphasized", "underlined", "observed", "remarked"}
DATED_EVENTS = {"election", "elections", "vote", "poll", "polls", "referendum", "ballot"}
MODALS = {"will", "would", "shall", "must"}  # future words that are no present verb


@dataclass(frozen=True)
class PartialDate:
    """A calendar date whose year, month or day may be unknown."""

    year: int | None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        year = f"{self.year:04d}" if self.year is not None else UNKNOWN_YEAR
        if self.month is None:
            return year
        if self.day is None:
            return f"{year}-{self.month:02d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"

    def shifted(self, days: int) -> PartialDate:
        base = dt.date(self.year or LEAP_YEAR, self.month or 1, self.day or 1)
        moved = base + dt.timedelta(days=days)
        year = moved.year if self.year is not None else None
        return PartialDate(year, moved.month, moved.day)


@dataclass
class DateMatch:
    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    offset: int = 0
    weekday: int | None = None
    year_offset: int | None = None  # "1 January next year": the year from the text's date


Recogniser = Callable[[Doc, int], DateMatch | None]


def _range_years(doc: Doc, matches: list[DateMatch]) -> list[DateMatch]:
    """"from 1 January to 31 December 2025": a range's first date without a year takes the
    year of its second (the year before if its month comes later)."""
    fixed = list(matches)
    for k, (first, second) in enumerate(zip(matches, matches[1:], strict=False)):
        if first.kind not in {"date", "month"} or first.year is not None or first.month is None:
            continue  # ("from May to November 2018": months too)
        if second.year is None or second.month is None or second.start != first.end + 1:
            continue
        if doc[first.end].lower_ in RANGE_WORDS or doc[first.end].lower_ == "and" and (
            first.start > 0 and doc[first.start - 1].lower_ == "between"
        ):  # "between Oct. 16 and Nov. 1, 2006"
            year = second.year if first.month <= second.month else second.year - 1
            fixed[k] = replace(first, year=year)
    return fixed


def parse_iso_date(text: str) -> PartialDate:
    """Parse ``YYYY-MM-DD`` (as given to ``--reference-date``)."""
    parsed = dt.date.fromisoformat(text)
    return PartialDate(parsed.year, parsed.month, parsed.day)


class DateFinder(DataComponent):
    """Finds calendar expressions and normalises them into ``Span._.value``.

    Formats: ``29 June``, ``1 January 2017``, ``June 8, 2018``, ``January 2017``, ``2017``,
    ``29.06.2016``, ``2016-06-29``, ``mid-2017``, ``29th of June``,
    ``2017-2018`` / ``2019–2020`` / ``2017/18``, ``the 1960s``, weekdays and relative words
    (``today``, ``next year``). A missing year comes from the document's own date (a
    dateline near the top) or else from ``reference_date``; otherwise it is ``XXXX``.
    Times of day become TIME spans, which are not scored.
    """

    data_files = {"calendar": "calendar.json"}

    def __init__(self, nlp: Language, name: str, *, reference_date: str | None) -> None:
        super().__init__(nlp, name)
        self.reference_date = parse_iso_date(reference_date) if reference_date else None

    def compile(self) -> None:
        calendar = self.data["calendar"]
        self.months: dict[str, int] = calendar["months"]
        self.weekdays: dict[str, int] = calendar["weekdays"]
        self.ordinal_days: dict[str, int] = calendar["ordinal_days"]
        self.weekday_abbreviations = set(calendar["weekday_abbreviations"])
        # joined to a date after them: "Fri 14 Oct 2022", "COLOMBO, SATURDAY, MAY 14, 1983"
        self.weekday_prefixes = self.weekday_abbreviations | {day.upper() for day in self.weekdays}
        self.relative_days: dict[str, int] = calendar["relative_days"]
        # "next year", "last month": (unit, offset) per phrase
        self.relative_offsets: dict[str, tuple[str, int]] = {
            phrase: (unit, offset)
            for unit in ("year", "month")
            for phrase, offset in calendar[f"relative_{unit}s"].items()
        }
        self.relative_years = Phrases(self.relative_offsets)
        self.future_cues = set(calendar["future_cues"])
        self.past_cues = set(calendar["past_cues"])
        self.first_year, self.last_year = calendar["year_range"]
        self.non_date_nouns = set(calendar["non_date_nouns"])
        self.masthead_words = set(calendar["masthead_words"])
        self._recognisers: dict[int, tuple[Recogniser, ...]] = {}  # per orth id

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        matches = _range_years(
            doc, _days_of_relative_years(
                _joined_weekdays(doc, self._scan(doc), self.weekday_prefixes)
            )
        )
        document_date = self._document_date(doc, matches)
        doc._.document_date = document_date.iso() if document_date else None
        spans = []
        later: tuple[int, PartialDate] | None = None  # a full date after the document's
        inner: PartialDate | None = None  # a dateline in the text, or a dated heading
        headings: list[int] = []  # upper-case heading lines after it, which end its section
        inner_end = len(doc)  # a dated line's anchor holds to the end of its paragraph
        for match in matches:
            while headings and headings[0] <= match.start:
                inner = None  # "LOOKING AHEAD", "TUESDAY TO THURSDAY": a new section
                headings.pop(0)
            if match.start >= inner_end:
                inner, inner_end = None, len(doc)
            label = "TIME" if match.kind == "time" else "DATE"
            span = Span(doc, match.start, match.end, label=label)
            if label == "DATE":
                anchor = inner or document_date
                line_start = line_bounds(doc, match.start)[0]
                if later is not None and match.year is None and (
                    match.kind in {"date", "month", "weekday"} and line_start == later[0]
                ):
                    # "Transcript note, added 13 October 2016: ... adopted on 6 October", "Update,
                    # 12 March 2026: The Ministry said on Thursday": a note dated after the text
                    # reads its days from its own date
                    anchor = later[1]
                span._.value = self._value(doc, match, anchor)
                if match.year is None and match.month and _of_that_year(doc, match.end):
                    # "a post he took up in April of that year" after "In 1990 ...": the
                    # year named last before it
                    year = next((value[:4] for value in (
                        str(earlier._.value) for earlier in reversed(spans)
                        if earlier.label_ == "DATE" and earlier.start >= _previous_sentence_start(
                            doc, match.start) and earlier._.value != doc._.document_date
                    ) if value[:4].isdigit()), None)  # (not the dateline's own date)
                    if year is not None and span._.value:
                        span._.value = year + str(span._.value)[4:]
                if match.kind == "date" and match.day and match.month and match.year is None and (
                    document_date is not None and document_date.year is not None
                    and doc[line_start].lower_ in NOTE_WORDS and match.start - line_start <= 4
                ):
                    # "Postscript (25 November): Meeting in San José, ...": a note added after
                    # the text, on or after its date
                    year = _nearest_year(match.month, match.day, document_date, tense="future")
                    span._.value = PartialDate(year, match.month, match.day).iso()
                    later = (line_start, PartialDate(year, match.month, match.day))
                if match.kind == "date" and match.day and (
                    document_date is not None
                ) and FULL_ISO_DATE.match(span._.value or "") and (
                    match.year is None and (
                        self._in_dateline(doc, match) or self._date_heading(doc, match)
                    ) or match.year not in {None, document_date.year} and (
                        self._dated_line(doc, match) or self._in_dateline(doc, match)
                        and doc[match.end].text in DASHES
                        and not _bulleted(doc, line_bounds(doc, match.start)[0])
                    )
                ):
                    # "UNITED NATIONS, Nov. 3 —" under "Saturday, 4th November, 1961", a
                    # heading "FRIDAY, 13 OCTOBER", a reprinted dispatch's "UNITED NATIONS,
                    # 7th January, 1980 —", a digest's "3 November 1961 – A Burmese diplomat
                    # takes the top job": the section's "today", weekdays and months
                    inner = parse_iso_date(span._.value)
                    headings = _heading_lines(doc, line_bounds(doc, match.start)[1])
                    dated = match.year is not None and self._dated_line(doc, match)
                    inner_end = _paragraph_end(doc, match.end) if dated else len(doc)
                if match.year and match.month and match.day and document_date and (
                    match.end < len(doc) and doc[match.end].text == ":"  # a dated note
                    # opening its line ("Update, 12 March 2026:"; not "for terms starting on 1
                    # January 2028: Sudan, ...")
                    and match.start - line_bounds(doc, match.start)[0] <= 6
                    and document_date.year is not None
                    and (match.year, match.month, match.day) > (
                        document_date.year, document_date.month or 0, document_date.day or 0
                    )
                ):
                    later = (
                        line_bounds(doc, match.start)[0],
                        PartialDate(match.year, match.month, match.day),
                    )
            spans.append(span)
        add_entities(doc, spans)
        return doc

    # -- recognition -----------------------------------------------------------------

    def _scan(self, doc: Doc) -> list[DateMatch]:
        """Dates from left to right; only words that can start a date are tried, each with
        the recognisers that can start with it (looked up once per word)."""
        table = self._recognisers
        orths = doc.to_array(ORTH).tolist() if len(doc) else []
        vocab = doc.vocab
        for orth in set(orths).difference(table):
            table[orth] = self._recognisers_for(vocab[orth])
        matches: list[DateMatch] = []
        end = 0
        relative_only = (self._relative,)
        relative_starts: set[int] | None = None  # where a relative year ("next year") starts
        lowers = lower_forms(doc)
        for i in [i for i, orth in enumerate(orths) if table[orth]]:
            if i < end or i > 0 and lowers[i - 1] in NUMBERED_TEXTS:
                continue  # "resolution 1991 (XVIII)", "Resolution 1973": a number
            recognisers = table[orths[i]]
            if recognisers == relative_only:  # mostly "the": skip it unless a phrase starts
                if relative_starts is None:
                    relative_starts = {start for start, _ in self.relative_years.find(doc[:])}
                if i not in relative_starts and lower_forms(doc)[i] not in self.relative_days:
                    continue
            match = self._match_at(doc, i, recognisers)
            if match is not None:
                matches.append(match)
                end = match.end
        return matches

    def _month_of(self, token: Token | Lexeme) -> int | None:
        """The month a token names: "June", "Jun.", and "JUNE" in capitals ("MAY" only with
        a day: "COLOMBO, SATURDAY, MAY 14, 1983", never a month alone)."""
        if token.text in self.months:
            return self.months[token.text]
        if token.is_upper and (len(token.text) > 3 or token.text == "MAY"):
            return self.months.get(token.text.title())
        return None

    def _recognisers_for(self, word: Lexeme) -> tuple[Recogniser, ...]:
        """The recognisers that can match a date starting with ``word``, in the order they
        are tried (each of them returns None for any other first word)."""
        text = word.text
        year = self._year_of(word) is not None
        possible = [
            (self._numeric_date, bool(
                NUMERIC_DATE.match(text) or SLASH_DATE.match(text) or PART_OF_YEAR.match(text)
                or YEAR_FIRST_DATE.match(text) or ROMAN_MONTH_DATE.match(text)
            )
             or year),
            (self._day_month_year, self._day(word) is not None),
            (self._ordinal_of_month, word.lower_ in self.ordinal_days
             or word.lower_ in {"twenty", "thirty"}),
            (self._month_day_year, self._month_of(word) is not None),
            (self._month_year, text in self.months),
            (self._year_range, bool(YEAR_SLASH_RANGE.match(text)) or year),
            (self._decade, bool(DECADE.match(text))),
            (self._year, year),
            (self._month, text in self.months),
            (self._month_heading, word.is_upper and text.title() in self.months),
            (self._weekday, text in self.weekdays),
            (self._relative, word.lower_ in self.relative_days
             or word.lower_ in self.relative_years.first_words),
            (self._time, bool(TIME_OF_DAY.match(text))),
        ]
        return tuple(recogniser for recogniser, can_match in possible if can_match)

    def _match_at(
        self, doc: Doc, i: int, recognisers: tuple[Recogniser, ...]
    ) -> DateMatch | None:
        for recogniser in recognisers:
            match = recogniser(doc, i)
            if match is not None:
                return match
        return None

    def _day(self, token: Token | Lexeme) -> int | None:
        found = ORDINAL_DAY.match(token.text)
        if found and 1 <= int(found.group(1)) <= 31:
            return int(found.group(1))
        return None

    def _year_at(self, doc: Doc, i: int) -> int | None:
        return self._year_of(doc[i]) if i < len(doc) else None

    def _year_of(self, token: Token | Lexeme) -> int | None:
        if not (token.is_digit and len(token.text) == 4):
            return None
        year = int(token.text)
        return year if self.first_year <= year <= self.last_year else None

    def _skip_comma(self, doc: Doc, i: int) -> int:
        return i + 1 if i < len(doc) and doc[i].text == "," else i

    def _numeric_date(self, doc: Doc, i: int) -> DateMatch | None:
        """"29.06.2016" (day first), "2016-06-29" (ISO) and "mid-2017"."""
        found = NUMERIC_DATE.match(doc[i].text)
        roman = ROMAN_MONTH_DATE.match(doc[i].text)
        if roman and roman.group(2) in ROMAN_MONTHS:
            day, month, year = int(roman.group(1)), ROMAN_MONTHS[roman.group(2)], int(roman[3])
            if 1 <= day <= 31:
                return DateMatch(i, i + 1, "date", year, month, day)
        if found:
            day, month, year = (int(part) for part in found.groups())
            if 1 <= day <= 31 and 1 <= month <= 12:
                return DateMatch(i, i + 1, "date", year, month, day)
        year_first = YEAR_FIRST_DATE.match(doc[i].text)
        if year_first:
            year, month, day = (int(part) for part in year_first.groups())
            if 1 <= day <= 31 and 1 <= month <= 12 and self.first_year <= year <= self.last_year:
                return DateMatch(i, i + 1, "date", year, month, day)
        slashed = SLASH_DATE.match(doc[i].text)
        if slashed:
            return self._slash_date(doc, i, *(int(part) for part in slashed.groups()))
        part = PART_OF_YEAR.match(doc[i].text)
        if part:
            return DateMatch(i, i + 1, "year", int(part.group(1)))
        year = self._year_at(doc, i)
        if year is None or i + 4 >= len(doc) or doc[i + 1].text != "-" or doc[i + 3].text != "-":
            return None
        month_text, day_text = doc[i + 2].text, doc[i + 4].text
        if len(month_text) == 2 and len(day_text) == 2 and month_text.isdigit() and (
            day_text.isdigit() and 1 <= int(month_text) <= 12 and 1 <= int(day_text) <= 31
        ):
            return DateMatch(i, i + 5, "date", year, int(month_text), int(day_text))
        return None

    def _slash_date(self, doc: Doc, i: int, first: int, second: int, year: int) -> DateMatch | None:
        """"17/10/2019" (day first when the first number cannot be a month), "05/10/2006"
        after "Wed," (the reading whose weekday agrees), else day first."""
        readings = []
        for day, month in ((first, second), (second, first)):
            try:
                readings.append(dt.date(year, month, day))
            except ValueError:
                continue
        if not readings:
            return None
        k = i - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        named = doc[k].text if k >= 0 else ""
        weekday = self.weekdays.get(named)
        if weekday is None and named in self.weekday_abbreviations:
            weekday = next(
                (n for name, n in self.weekdays.items() if name.startswith(named[:3])), None
            )
        chosen = next((d for d in readings if d.weekday() == weekday), readings[0])
        return DateMatch(i, i + 1, "date", chosen.year, chosen.month, chosen.day)

    def _day_month_year(self, doc: Doc, i: int) -> DateMatch | None:
        day = self._day(doc[i])
        if day is None or i + 1 >= len(doc):
            return None
        offset = 2 if doc[i + 1].lower_ == "of" and i + 2 < len(doc) else 1  # "29th of June"
        month = self._month_of(doc[i + offset])
        if month is None:
            return None
        j = self._skip_comma(doc, i + offset + 1)  # "1st of January 2019", "29 June, 2016"
        if offset == 2:
            year = self._year_at(doc, j)
            return DateMatch(i, j + 1 if year is not None else i + 3, "date", year, month, day)
        year = self._year_at(doc, j)
        if year is not None:
            return DateMatch(i, j + 1, "date", year, month, day)
        return DateMatch(i, i + 2, "date", None, month, day)

    def _ordinal_of_month(self, doc: Doc, i: int) -> DateMatch | None:
        """"the first of January 2024", "the twenty-first of June": a day in words, "of" and
        the month (and year)."""
        day, k = self.ordinal_days.get(doc[i].lower_), i + 1
        if day is None and i + 3 < len(doc) and doc[i + 1].text == "-" and (
            doc[i + 2].lower_ in self.ordinal_days and self.ordinal_days[doc[i + 2].lower_] < 10
        ):
            day, k = (20 if doc[i].lower_ == "twenty" else 30) + self.ordinal_days[
                doc[i + 2].lower_
            ], i + 3  # "twenty-first"
        if day is None or day > 31 or k + 1 >= len(doc) or doc[k].lower_ != "of":
            return None
        month = self._month_of(doc[k + 1])
        if month is None or doc[k + 1].lower_ == "may" and not doc[k + 1].is_title:
            return None
        year = self._year_at(doc, k + 2)
        if year is not None:
            return DateMatch(i, k + 3, "date", year, month, day)
        return DateMatch(i, k + 2, "date", None, month, day)

    def _month_day_year(self, doc: Doc, i: int) -> DateMatch | None:
        month = self._month_of(doc[i])
        if month is None or i + 1 >= len(doc):
            return None
        day = self._day(doc[i + 1])
        if day is None or self._year_at(doc, i + 1) is not None:
            return None
        j = self._skip_comma(doc, i + 2)
        year = self._year_at(doc, j)
        if year is not None:
            return DateMatch(i, j + 1, "date", year, month, day)
        return DateMatch(i, i + 2, "date", None, month, day)

    def _month_year(self, doc: Doc, i: int) -> DateMatch | None:
        if doc[i].text not in self.months:
            return None
        j = self._skip_comma(doc, i + 1)
        year = self._year_at(doc, j)
        if year is None:
            return None
        return DateMatch(i, j + 1, "month", year, self.months[doc[i].text])

    def _year_range(self, doc: Doc, i: int) -> DateMatch | None:
        glued = YEAR_SLASH_RANGE.match(doc[i].text)
        if glued:
            first, second = int(glued.group(1)), glued.group(2)
            return self._range(i, i + 1, first, second)
        first_year = self._year_at(doc, i)
        if first_year is None or i + 2 >= len(doc) or doc[i + 1].text not in RANGE_DASHES:
            return None
        if doc[i + 1].whitespace_ or doc[i].whitespace_:
            return None
        second = doc[i + 2].text
        if not second.isdigit() or len(second) not in (2, 4):
            return None
        return self._range(i, i + 3, first_year, second)

    def _range(self, start: int, end: int, first: int, second: str) -> DateMatch | None:
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if not (self.first_year <= first < last <= self.last_year):
            return None
        return DateMatch(start, end, "range", first, end_year=last)

    def _decade(self, doc: Doc, i: int) -> DateMatch | None:
        found = DECADE.match(doc[i].text)
        if not found:
            return None
        return DateMatch(i, i + 1, "decade", int(found.group(1)) * 10)

    def _year(self, doc: Doc, i: int) -> DateMatch | None:
        year = self._year_at(doc, i)
        if year is None:
            return None
        following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if following in self.non_date_nouns or (i > 0 and doc[i - 1].is_currency):
            return None
        return DateMatch(i, i + 1, "year", year)

    def _month(self, doc: Doc, i: int) -> DateMatch | None:
        token = doc[i]
        if token.text not in self.months or len(token.text) <= 3 or token.text.endswith("."):
            if token.text != "May":
                return None
        if token.text == "May" and (token.is_sent_start or doc[i - 1].is_punct):
            return None
        if i > 0 and doc[i - 1].lower_ in RECURRING_WORDS:
            return None  # "the commission meets each March": no one month
        if i > 0 and doc[i - 1].lower_ in {"last", "next"} and doc[i - 1].is_lower:
            return DateMatch(i - 1, i + 1, "month", None, self.months[token.text])  # "last June"
        return DateMatch(i, i + 1, "month", None, self.months[token.text])

    def _month_heading(self, doc: Doc, i: int) -> DateMatch | None:
        """"MARCH — A new face at the League.": a month in capitals opening a line, before
        a dash or a colon (a digest's heading; "MAY" too, there)."""
        line_start = i == 0 or "\n" in doc[i - 1].text + doc[i - 1].whitespace_
        if not line_start or i + 1 >= len(doc) or doc[i + 1].text not in MONTH_HEADING_MARKS:
            return None
        return DateMatch(i, i + 1, "month", None, self.months[doc[i].text.title()])

    def _weekday(self, doc: Doc, i: int) -> DateMatch | None:
        if doc[i].text not in self.weekdays:
            return None
        start = i - 1 if i > 0 and doc[i - 1].lower_ in {"last", "next"} and (
            doc[i - 1].is_lower
        ) else i  # "last Friday", like "last June"
        return DateMatch(start, i + 1, "weekday", weekday=self.weekdays[doc[i].text])

    def _relative(self, doc: Doc, i: int) -> DateMatch | None:
        if doc[i].lower_ in self.relative_days:
            return DateMatch(i, i + 1, "relative_day", offset=self.relative_days[doc[i].lower_])
        end = self.relative_years.starting_at(doc, i)
        if end is None:
            return None
        if i > 0 and doc[i - 1].lower_ in DETERMINERS or end < len(doc) and doc[end].lower_ == "of":
            return None  # "the last month of its term", "in its last year": an ordinal
        unit, offset = self.relative_offsets[" ".join(t.lower_ for t in doc[i:end])]
        return DateMatch(i, end, f"relative_{unit}", offset=offset)

    def _time(self, doc: Doc, i: int) -> DateMatch | None:
        if not TIME_OF_DAY.match(doc[i].text):
            return None
        end = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ in MERIDIEM else i + 1
        return DateMatch(i, end, "time")

    # -- the document's own date and normalisation -----------------------------------

    def _document_date(self, doc: Doc, matches: list[DateMatch]) -> PartialDate | None:
        """The date of a dateline: a day-and-month date near the top of the document that
        is preceded on its line only by capitalised words and punctuation."""
        dateline = None
        top = None
        for match in matches:
            if match.kind != "date":
                continue
            if top is None:
                top = _top_offset(doc, DATELINE_LINES)
            if doc[match.start].idx >= top:
                break
            line_start, line_end = line_bounds(doc, match.start)
            # "Tehran, Ordibehesht 1, 1400 (April 21, 2021) –": the Gregorian date in
            # brackets after a date of another calendar
            bracketed = match.start > line_start and match.end < line_end and (
                doc[match.start - 1].text == "(" and doc[match.end].text == ")"
            )
            # "THE MERIDIAN BRIEF | World in Brief | Saturday, 9 June 2018": a full date in
            # the last segment of a masthead line, whatever the segments before it say
            last_segment = match.year is not None and match.start > line_start and (
                # "Daily briefing — Wednesday, June 4, 2025": a dash before it too
                doc[match.start - 1].text in {"|", "\u00b7", "\u2014", "\u2013"}
                # "World at Six — transcript, broadcast 8 October 1998"
                or doc[match.start - 1].lower_ in RELEASE_VERBS
            ) and all(t.is_space for t in doc[match.end : line_end])
            if last_segment or all(
                self._dateline_token(token) or bracketed and token.like_num
                for token in doc[line_start : match.start]
            ) and (
                bracketed or match.end >= line_end or doc[match.end].is_space
                or doc[match.end].text in DATELINE_FOLLOWERS
                or TIME_OF_DAY.match(doc[match.end].text)  # "May 05, 2024 18:22"
                # "Phnom Penh, October 19, 2012 AKP --": an agency's initials, then a dash
                or doc[match.end].is_upper and match.end + 1 < line_end
                and doc[match.end + 1].text in DATELINE_FOLLOWERS
                # "Posted 11 May 2022 by Name": a byline after the date
                or doc[match.end].lower_ == "by" and match.end + 1 < line_end
                and doc[match.end + 1].is_title
                # "Published: 29 Jun 2016 at 06:00": the time after "at"
                or doc[match.end].lower_ == "at" and match.end + 1 < line_end
                and TIME_OF_DAY.match(doc[match.end + 1].text) is not None
                # "Published 16.03.2011 in Nation": the section after the date
                or doc[match.end].lower_ == "in" and match.end + 1 < line_end
                and all(t.is_title or t.is_punct or t.is_space
                        for t in doc[match.end + 1 : line_end])
            ):  # not "General Assembly Designates 11 July As Day ..." in a headline
                dateline = match
                break
        reference = self.reference_date
        if dateline is None:
            return reference
        year = dateline.year
        if year is None and reference is not None:
            year = reference.year
        return PartialDate(year, dateline.month, dateline.day)

    def _in_dateline(self, doc: Doc, match: DateMatch) -> bool:
        """The date closes a dateline: capitalised words and punctuation before it on its
        line, or after a bold lead-in ("**A Bulgarian at UNESCO.** PARIS, 15 October —"),
        a dateline follower after it ("NEW YORK, Nov. 20: ...")."""
        line_start = line_bounds(doc, match.start)[0]
        if match.start <= line_start or match.end >= len(doc) or (
            doc[match.end].text not in DATELINE_FOLLOWERS
        ):
            return False
        if doc[match.end].text == "(" and match.end + 1 < len(doc) and doc[match.end + 1].like_num:
            return False  # a table's caption: "JULY SUMMIT, 15 July (34 votes needed)"
        place = match.start - 1
        while place > line_start and doc[place].text == ",":
            place -= 1
        start = place
        while start > line_start and (doc[start - 1].is_upper or doc[start - 1].text == ","):
            start -= 1  # "PARIS, 15 October —", "LA MALBAIE, Quebec, June 9 —"
        if start <= place and doc[start - 1].text in {"*", "**", "."} and doc[place].is_upper:
            return True
        return all(self._dateline_token(t) for t in doc[line_start : match.start])

    def _dated_line(self, doc: Doc, match: DateMatch) -> bool:
        """A line opening with a day and a dash ("12 October – CICA summit in Astana"): a
        dated entry of a diary or a week's review."""
        return match.start == line_bounds(doc, match.start)[0] and match.end < len(doc) and (
            doc[match.end].text in {"-", "--", "\u2013", "\u2014"}
        )

    def _date_heading(self, doc: Doc, match: DateMatch) -> bool:
        """An upper-case line holding only a day ("FRIDAY, 13 OCTOBER" in a week's
        review)."""
        line_start, line_end = line_bounds(doc, match.start)
        return doc[match.start : match.end].text.isupper() and all(
            t.is_punct or t.text.title() in self.weekdays for t in doc[line_start : match.start]
        ) and all(t.is_space for t in doc[match.end : line_end])

    def _dateline_token(self, token: Token) -> bool:
        if token.lower_ in DATE_PREPOSITIONS and not token.is_upper:  # "WORLD IN BRIEF |"
            return False
        if token.lower_.rstrip(".") in self.masthead_words or token.is_space:
            return True  # "Geneva edition |", "Name  |13.10.2026"
        if TIME_OF_DAY.match(token.text) or token.lower_ in RELEASE_VERBS:
            return True  # "Updated 5:12 PM EDT, October 11, 2022", "broadcast 25 October 2011"
        if token.like_num and token.i > 0:  # "Vol. 12, No. 23 —", "Issue 41 |"
            before = token.doc[token.i - 1]
            before = token.doc[token.i - 2] if before.text == "." and token.i > 1 else before
            return before.lower_.rstrip(".") in self.masthead_words
        # "Copenhagen and Athens, 7 June 2024", "Press Release No. 187/2022, 9 June 2022"
        # "GENEVA (HealthWire) —": any capitalised word, mixed case included
        return token.is_punct or token.text in DATELINE_FOLLOWERS or token.text[:1].isupper() or (
            token.ent_type_ in {"GPE", "ORG"} or token.lower_ == "and"
            or RELEASE_NUMBER.match(token.text) is not None
        )

    def _value(self, doc: Doc, match: DateMatch, anchor: PartialDate | None) -> str | None:
        if match.kind == "range":
            return f"{match.year}/{match.end_year}"
        if match.kind == "decade":
            return f"{str(match.year)[:3]}X"
        if match.kind == "relative_day":
            return anchor.shifted(match.offset).iso() if anchor else None
        if match.kind == "relative_year":
            if anchor is None or anchor.year is None:
                return None
            return PartialDate(anchor.year + match.offset).iso()
        if match.kind == "relative_month":
            if anchor is None or anchor.month is None:
                return None
            if anchor.year is None:  # a yearless dateline: "next month" under "Oct 13"
                return PartialDate(None, (anchor.month - 1 + match.offset) % 12 + 1).iso()
            months = anchor.year * 12 + anchor.month - 1 + match.offset
            return PartialDate(months // 12, months % 12 + 1).iso()
        if match.kind == "weekday":
            return self._weekday_value(doc, match, anchor)
        if match.year_offset is not None:
            year = anchor.year + match.year_offset if anchor and anchor.year else None
            return PartialDate(year, match.month, match.day).iso()
        year = match.year
        if year is None and match.month is not None:
            # "the general debate in September": an event's month is the nearest one
            tense = self._tense_near(doc, match.start, regular_past=match.day is None)
            heading_end = doc[match.start].sent.end
            if doc[match.start].is_upper and match.day is None and (
                heading_end < len(doc) and "\n" not in doc[heading_end - 1].whitespace_
                and not doc[heading_end - 1].is_space
            ):  # "MAY — Beirut takes the summit presidency. Kuwait ... handed it": the tense
                # of the item's first sentence, not of its headline (past when it has none:
                # a digest's items are mostly told after the fact)
                tense = self._tense_near(doc, heading_end, regular_past=True) or "past"
            if tense == "past" and self._event_month(doc, match.start) and not (
                self._hosting_event(doc, match.start)
            ):
                tense = ""  # "the theme he had chosen for the general debate in September"
            if match.day is None and self._past_right_before(doc, match.start):
                tense = "past"  # "the Court, which ruled in April that it can hear the case"
            if match.day is not None and (
                self._in_dateline(doc, match) or self._dated_line(doc, match)
            ):
                tense = ""  # "NEW YORK, Nov. 20: ...", "12 October – CICA summit": the nearest
            k = match.start - 1 - (match.start > 0 and doc[match.start - 1].lower_ == "the")
            if k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_ == "ahead":
                tense = "future"  # "closely watched ahead of the October vote"
            said_year = self._year_said_before(doc, match.start, anchor)
            if said_year is not None:
                return PartialDate(said_year, match.month, match.day).iso()
            if match.kind == "month" and doc[match.start].lower_ in {"last", "next"}:
                tense = "past" if doc[match.start].lower_ == "last" else "future"
                if anchor is not None and anchor.month == match.month and anchor.year:
                    # "next June" written in June: a year on
                    year = anchor.year + (1 if tense == "future" else -1)
                    return PartialDate(year, match.month, match.day).iso()
            year = _nearest_year(match.month, match.day, anchor, tense=tense)
        return PartialDate(year, match.month, match.day).iso()

    def _year_said_before(self, doc: Doc, i: int, anchor: PartialDate | None) -> int | None:
        """The year a sentence opens with ("Last year Russia was also defeated ... in April"),
        for a month or day without one."""
        if anchor is None or anchor.year is None:
            return None
        start = doc[i].sent.start
        words = [t.lower_ for t in doc[start : min(i, start + 2)]]
        if len(words) == 2 and words[0] in YEAR_OFFSETS and words[1] == "year":
            return anchor.year + YEAR_OFFSETS[words[0]]
        opening = _line_first_word(doc, i)
        if opening is not None and opening + 1 < i and YEAR.fullmatch(doc[opening].text) and (
            doc[opening + 1].text in {"\u2014", "\u2013", "-", ":"}
        ):
            return int(doc[opening].text)  # a timeline's entry: "2000 — In October, Norway ..."
        dated = self._date_before_after(doc, i)
        if dated is not None:
            # "hands over to Portugal on 1 January 2028, after the Ministerial Council in
            # December": the last such month before that date
            year, month = dated
            return year if self.months.get(doc[i].text.title(), 13) <= month else year - 1
        if i > 0 and doc[i - 1].lower_ == "that":
            # "chosen in Dubai in 2018 ... vanished on a trip home that September": the year
            # of an event named last in this sentence or the one before (not "from 2016",
            # "for 2024-2025": a term's)
            floor = doc[start - 1].sent.start if start > 0 else start
            return next(
                (year for k in range(i - 1, floor - 1, -1)
                 if (year := self._year_at(doc, k)) is not None
                 and doc[k - 1].lower_ not in TERM_YEAR_LEADS),
                None,
            )
        return None

    def _date_before_after(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """(year, month) of a full date before ", after" ahead of the month at ``i`` in its
        sentence ("on 1 January 2028, after the Ministerial Council in Tallinn in
        December")."""
        sentence = doc[i].sent
        after = next((k for k in range(i - 1, max(sentence.start, i - 12), -1)
                      if doc[k].lower_ in {"after", "following"}), None)
        if after is None or after - 4 < sentence.start or doc[after - 1].text != ",":
            return None
        year = self._year_at(doc, after - 2)
        month = self._month_of(doc[after - 3])
        if year is None or month is None:
            return None
        return year, month

    def _hosting_event(self, doc: Doc, i: int) -> bool:
        """"endorsed the candidacy at its summit in February": the act happened at the
        event (not "chosen for the general debate in September")."""
        return i > 3 and any(
            doc[k].lower_ in {"at", "during"} for k in range(max(0, i - 5), i - 2)
        )

    def _past_right_before(self, doc: Doc, i: int) -> bool:
        """A regular past form right before "in" and the month: "ruled in April"."""
        if i < 2 or doc[i - 1].lower_ != "in":
            return False
        verb = doc[i - 2]
        return _regular_past(doc, verb) and (
            i < 3 or doc[i - 3].lower_ not in {"is", "are", "will", "be"}
        )

    def _event_month(self, doc: Doc, i: int) -> bool:
        """"the general debate in September", "the summit in March": a month after an
        event noun and "in"."""
        return i > 1 and doc[i - 1].lower_ == "in" and doc[i - 2].lower_ in SCHEDULED_EVENT_NOUNS

    def _tense_near(self, doc: Doc, i: int, *, regular_past: bool = False) -> str:
        """"future" or "past" from the tense word nearest before token ``i`` in its sentence
        (the verb that governs the date: "will serve ..., starting on 1 January, and
        previously sat"), else the nearest after it."""
        sentence = doc[i].sent
        # a verb of an earlier coordinated clause does not govern the date ("X signed ...,
        # and Y said his country would finish before a summit in September")
        clause = next(
            (k for k in range(i - 1, sentence.start, -1)
             if doc[k].text == ";" or doc[k].lower_ == "and" and doc[k - 1].text == ","
             # "Brazil on Thursday put forward a candidate for the FAO, where the incumbent
             # completes his term on 31 July": a relative clause holding the date
             or doc[k].lower_ in {"where", "whose"} and doc[k - 1].text == ","
             # "is pleased to inform that on Wednesday ... elected": the reported clause
             # ("inform the general public that on Tuesday ...")
             or doc[k].lower_ == "that" and any(
                 doc[m].lower_ in REPORTING_VERBS for m in range(max(sentence.start, k - 4), k)
             )),
            sentence.start,
        )
        cues = self._tense_cues(doc, sentence, i, clause)
        if not cues and clause > sentence.start and doc[clause].lower_ == "and" and (
            doc[clause + 1].is_lower and doc[clause + 1].lower_ not in DETERMINERS | {"a", "an"}
        ):
            # "The winners will replace A, whose terms end on Dec. 31, and take their seats on
            # Jan. 1": a verb sharing the subject and auxiliary of the first clause
            cues = self._tense_cues(doc, sentence, i, sentence.start)
        if not any(not after for after, _, _ in cues) and sentence.start > 0 and all(
            t.is_punct or t.is_upper or t.lower_ in ANSWER_OPENERS for t in doc[sentence.start : i]
        ):
            # "When does he start? On 1 October.": an answer without a verb takes the tense
            # of the question before it
            question = doc[sentence.start - 1].sent
            if question.start > 0 and not any(t.is_alpha for t in question):
                question = doc[question.start - 1].sent  # "**When do they start?**" "**"
            last = question.end - 1
            while last > question.start and (doc[last].is_space or doc[last].text in {"*", "**"}):
                last -= 1  # "**When do they start?**"
            if last > question.start and "?" in doc[last].text:
                cues = self._tense_cues(doc, question, question.start, question.start)
        if not regular_past:
            return min(cues)[2] if cues else ""
        if cues and not min(cues)[0]:
            nearest = min(cues)[1]
            if min(cues)[2] == "future" and any(  # "the diplomat who will speak for it
                _regular_past(doc, t) and doc[t.i - 1].lower_ not in PARTICIPLE_LEADS
                and doc[t.i + 1].lower_ != "by"  # ("seat, contested by A and B, on Friday")
                for t in doc[i - nearest + 1 : i]  # presented her credentials ... on
            ):  # Tuesday": a past form between the future word and the date (not "will be
                # elected", "is expected")
                return "past"
            return min(cues)[2]  # a tense word before the date
        # no tense word before the date: a regular past form before it ("captured the mood
        # ... in February", "who completed his assignment in January and to whom ... is
        # grateful"), not an adjective after a determiner ("the expected vote in May")
        past = any(_regular_past(doc, t) for t in doc[max(clause, sentence.start + 1) : i])
        if past:
            return "past"
        ahead = [cue for cue in cues if cue[0]]
        if ahead and min(ahead)[2] == "future" and any(
            _regular_past(doc, t) and doc[t.i + 1].lower_ != "by"
            and not (doc[t.i - 1].is_lower and doc[t.i - 1].text.endswith("ly"))  # "newly"
            and doc[t.i - 1].lower_ not in PARTICIPLE_LEADS
            for t in doc[i + 1 : i + min(ahead)[1]]
        ):
            # "announce that on Monday the General Assembly appointed Ms Name ... for a term
            # beginning on 1 January": the past verb right after the date governs it
            return "past"
        return min(cues)[2] if cues else ""

    def _tense_cues(
        self, doc: Doc, sentence: Span, i: int, clause: int
    ) -> list[tuple[bool, int, str]]:
        """(after the date, distance, tense) of each tense word from ``clause`` on, up to a
        relative clause after the date ("in Skopje on 30 November and 1 December, where they
        also agreed that Finland would chair"): its verbs tell their own time ("when"
        clauses still count: "follow on Thursday, when A and B are contesting ...")."""
        end = next(
            (k for k in range(i + 1, sentence.end - 1)
             if doc[k].text == "," and doc[k + 1].lower_ in {"where", "which", "who"}),
            sentence.end,
        )
        bracketed: set[int] = set()  # "An article on Thursday ("New faces on ...", page 19)
        depth = 0  # misreported": words in brackets after the date are not its verb
        for k in range(i + 1, end):
            depth += (doc[k].text == "(") - (doc[k].text == ")")
            if depth > 0:
                bracketed.add(k)
        coming = [(False, 0, "future")] if self._ahead_by_wording(doc, sentence, i) else []
        return coming + [
            (t.i > i, abs(t.i - i), self._tense_of(t))
            for t in doc[clause:end]
            if (t.lower_ in self.future_cues or t.lower_ in self.past_cues)
            and t.i not in bracketed
            # "would work ... after Russia's invasion in February", "will sit on the Council
            # ... after winning the seat on Thursday": the date is before
            and not (t.lower_ == "would" and t.i < i and any(
                w.lower_ in {"after", "since", "following"} for w in doc[t.i : i]
            ))
            # ("will take its seat after the vote on Thursday" may be a coming vote); any
            # future word before "after winning" ("will take a seat ... after winning")
            and not (t.lower_ in self.future_cues and t.i < i and any(
                w.lower_ in {"after", "since"} and w.i + 1 < i
                and doc[w.i + 1].lower_.endswith("ing")
                for w in doc[t.i : i]
            ))
            # "Matsuura, Director-General since 1999, on 15 November": "since" dates its year
            and not (t.lower_ == "since" and t.i + 1 < i and doc[t.i + 1].like_num)
            # "would have condemned the attacks of 7 October": a past that did not happen
            and not (t.lower_ == "would" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "have")
            # "would take up the dispute over the March 2 general election": the event's day
            and not (t.lower_ in self.future_cues and t.i < i and any(
                w.lower_ in DATED_EVENTS for w in doc[i : min(sentence.end, i + 5)]
            ))
            # "Russia tried to return to the Council on 10 October": an infinitive after a
            # past verb tells no future
            and not (t.lower_ in self.future_cues and t.i - 2 >= sentence.start
                     and doc[t.i - 1].lower_ == "to" and _regular_past(doc, doc[t.i - 2]))
            # not a noun: "at the end of November"
            and not (t.i > sentence.start and doc[t.i - 1].lower_ in {
                "the", "its", "their", "a", "an"  # "an open debate"
            })
            # "On Friday the Governing Body, the council ... that runs the ILO between its
            # conferences, elected": a relative clause after the date tells its own time
            and not (t.i > i and t.lower_ in self.future_cues and t.lower_ not in MODALS
                     and doc[t.i - 1].lower_ in {"that", "which", "who"})
        ]

    def _ahead_by_wording(self, doc: Doc, sentence: Span, i: int) -> bool:
        """"two seats falling vacant on 31 December" (seats still to be vacated), "Nominations
        have closed for October's election" (the event nominated for): a date ahead whatever
        the verbs around it."""
        k = i - 1
        if k - 2 >= sentence.start and doc[k].lower_ == "on" and doc[k - 1].lower_ == "vacant":
            return doc[k - 2].lower_ in {"falling", "fall", "falls", "become", "becomes",
                                         "becoming"}
        return k >= sentence.start and doc[k].lower_ == "for" and i + 1 < len(doc) and (
            self._month_of(doc[i]) is not None and doc[i + 1].text in {"'s", "\u2019s"}
        )

    def _tense_of(self, token: Token) -> str:
        """"future" for a future cue, or a past form after one ("will be held")."""
        if token.lower_ in self.future_cues:
            return "future"
        doc = token.doc
        if token.lower_ == "have" and token.i > 0 and doc[token.i - 1].lower_ in {
            "would", "could", "should", "might", "must"
        }:
            return "past"  # "would have condemned"
        before = doc[max(token.sent.start, token.i - 3) : token.i]  # "must still be approved"
        if any(t.lower_ in {"could", "might"} and doc[t.i + 1].lower_ == "be" for t in before):
            return "future"  # "whether a session could be held in September": still to come
        return "future" if any(t.lower_ in self.future_cues for t in before) else "past"

    def _told_ahead_later(self, doc: Doc, match: DateMatch) -> bool:
        """A weekday without a tense ("Assembly confirms Name; oath on Friday") whose next
        mention in the text is ahead ("will administer the oath of office on Friday")."""
        word = doc[match.end - 1].text
        later = next((k for k in range(match.end, len(doc)) if doc[k].text == word), None)
        return later is not None and self._tense_near(doc, later, regular_past=True) == "future"

    def _told_past_before(self, doc: Doc, match: DateMatch) -> bool:
        """The same weekday was mentioned earlier in the text, after a past form."""
        word = doc[match.end - 1].text
        earlier = next((k for k in range(match.start - 1, -1, -1) if doc[k].text == word), None)
        return earlier is not None and self._tense_near(doc, earlier, regular_past=True) == "past"

    def _weekday_value(self, doc: Doc, match: DateMatch, anchor: PartialDate | None) -> str | None:
        if anchor is None or anchor.year is None or anchor.day is None or anchor.month is None:
            return None
        anchor_date = dt.date(anchor.year, anchor.month, anchor.day)
        # "was elected Thursday"
        tense = self._tense_near(doc, match.start, regular_past=True)
        future = tense == "future" or not tense and self._told_ahead_later(doc, match) or (
            _event_opening_on(doc, match.start)  # the participle governs the day
        )
        if match.start > 1 and doc[match.start - 1].lower_ == "of" and (
            doc[match.start - 2].lower_ in RESULT_NOUNS
        ):
            future = False  # "the 128 votes of Tuesday are a useful map": a result, past
        following = doc[match.end] if match.end < len(doc) else None
        if future and following is not None and following.text in {"'s", "\u2019s"} and (
            not self._told_ahead_later(doc, match)
            and self._told_past_before(doc, match)
        ):
            future = False  # "the last ballot, held on Monday, ... Monday's ballot is best
            # told region by region": the event told before, in the past
        if match.start > 0 and doc[match.start - 1].lower_ in DESIGNATING_VERBS and (
            following is not None and following.lower_ in {"a", "an"}
        ):
            future = True  # "declared Monday a day of thanksgiving": the coming Monday
        if match.start > 1 and doc[match.start - 1].lower_ == "on" and (
            doc[match.start - 2].lower_ in {"follow", "follows"}
        ):
            future = True  # "ECOSOC's subsidiary-body elections follow on Tuesday"
        sentence_start = doc[match.start].sent.start
        if future and any(
            doc[k].lower_ == "as" and _regular_past(doc, doc[k + 1])
            for k in range(max(sentence_start, match.start - 8), match.start - 1)
        ):
            future = False  # "Numbers are as announced in the Assembly hall on Thursday"
        if future and match.start > 0 and doc[match.start - 1].lower_ == "on" and (
            match.start - 1 == doc[match.start].sent.start
        ):
            # "On Thursday the General Assembly filled the 34 seats": the verb after the
            # fronted day and its subject
            verb = next((t for t in doc[match.end : min(len(doc), match.end + 6)]
                         if t.is_lower and t.is_alpha and t.lower_ not in {"the", "a", "an"}),
                        None)
            if verb is not None and (
                len(verb) > 4 and verb.lower_.endswith("ed") or verb.lower_ in self.past_cues
            ):
                future = False
        if future and following is not None and following.is_lower and (
            len(following) > 4 and following.lower_.endswith("ed")
            or following.lower_ in self.past_cues and following.lower_ not in {"has", "have"}
        ):
            # "on Friday filled the seats ... for a term beginning 1 January", "will chair
            # the body next year, after ministers meeting on Thursday broke the deadlock"
            future = False
        delta = (match.weekday - anchor_date.weekday()) % 7
        if match.start > 0 and doc[match.start - 1].lower_ in {"until", "till"}:
            # "the Assembly adjourned until Monday"; not "it took until Friday", "why did it
            # take until Friday?" (the wait is over)
            before = {t.lower_ for t in doc[max(0, match.start - 6) : match.start - 1]}
            future = not ("took" in before or "take" in before and not before.isdisjoint(
                {"did", "had"}
            ))
        word = doc[match.start].lower_
        if word == "next":  # "next Monday": after the text's date, never that day
            delta = delta or 7
        elif word == "last":  # "last Friday": before it
            delta = delta - 7 if delta else -7
        elif not future and delta:
            delta -= 7
        found = anchor_date + dt.timedelta(days=delta)
        return found.isoformat()


def _of_that_year(doc: Doc, end: int) -> bool:
    """"April of that year", "in May of the same year" after a date."""
    words = [t.lower_ for t in doc[end : min(len(doc), end + 4)]]
    return words[:3] == ["of", "that", "year"] or words[:4] == ["of", "the", "same", "year"]


def _previous_sentence_start(doc: Doc, i: int) -> int:
    sentence = doc[i].sent
    return doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start


def _event_opening_on(doc: Doc, i: int) -> bool:
    """"the summit of heads of state opening here on Tuesday", "the new Council meets on
    Monday": an event that opens, closes or meets on the day, told in the present (ahead)."""
    k = i - 1
    if k < 1 or doc[k].lower_ != "on":
        return False
    k -= 1
    if doc[k].lower_ in {"here", "there"}:
        k -= 1
    if k >= 1 and doc[k].lower_ in EVENT_PRESENT:
        return True  # "the new Council meets on Monday", "the session opens on Tuesday"
    if k >= 1 and doc[k].lower_ == "vote" and doc[k - 1].text == ",":
        return True  # "Region D and Region E, with 13 seats each, vote on Thursday" (a verb)
    return k >= 1 and doc[k].lower_ in EVENT_PARTICIPLES and doc[k - 1].lower_ not in {
        "before", "after", "since", "when", "while", "on", "by"
    } | DETERMINERS  # not "Before closing on Tuesday, the Conference elected", nor the noun
    # of "who was elected its President at the opening on Monday"


def _regular_past(doc: Doc, token: Token) -> bool:
    """A regular past form ("presented", "completed"), not an adjective after a determiner
    ("the expected vote")."""
    return token.is_lower and len(token) > 4 and token.lower_.endswith("ed") and (
        token.i > 0 and doc[token.i - 1].lower_ not in DETERMINERS | {"a", "an", "this", "that"}
    )


def _days_of_relative_years(matches: list[DateMatch]) -> list[DateMatch]:
    """"1 January next year" is one date: a day without a year and the relative year right
    after it."""
    joined: list[DateMatch] = []
    for match in matches:
        previous = joined[-1] if joined else None
        if previous is not None and previous.kind == "date" and previous.year is None and (
            previous.day is not None and match.kind == "relative_year"
            and match.start == previous.end
        ):
            joined[-1] = replace(previous, end=match.end, year_offset=match.offset)
            continue
        joined.append(match)
    return joined


def _paragraph_end(doc: Doc, start: int) -> int:
    """The first token of the blank line that closes the paragraph holding ``start``."""
    return next(
        (k for k in range(start, len(doc)) if doc[k].is_space and doc[k].text.count("\n") >= 2),
        len(doc),
    )


def _heading_lines(doc: Doc, start: int) -> list[int]:
    """The first tokens of the upper-case lines from token ``start`` on ("LOOKING AHEAD")."""
    starts = []
    for line_start in line_starts(doc):
        if line_start < start:
            continue
        line_end = line_bounds(doc, line_start)[1]
        words = [t for t in doc[line_start:line_end] if t.is_alpha]
        if words and len(words) <= 8 and all(t.is_upper for t in words) and any(
            len(t) > 2 for t in words
        ):
            starts.append(line_start)
    return starts


def _joined_weekdays(
    doc: Doc, matches: list[DateMatch], prefixes: set[str]
) -> list[DateMatch]:
    """"Tuesday, October 16, 2029", "Tuesday 14 June 2016" and "Fri 14 Oct 2022" are one
    date: a weekday (abbreviated or in capitals only here, ``prefixes``), an optional comma
    and a date with its day become one match with the date's value."""
    joined: list[DateMatch] = []
    for match in matches:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind == "weekday"
            and match.day is not None
            and (match.start == previous.end or match.start == previous.end + 1
                 and doc[previous.end].text == ",")
        ):
            joined[-1] = replace(match, start=previous.start)
            continue
        k = match.start - 1
        if k >= 0 and doc[k].text in {".", ","}:
            k -= 1  # "Fri. 14 Oct", "Sat, 3 May"
        if match.day is not None and k >= 0 and doc[k].text in prefixes and (
            previous is None or previous.end <= k
        ):
            match = replace(match, start=k)
        joined.append(match)
    return joined


def _nearest_year(
    month: int, day: int | None, anchor: PartialDate | None, *, tense: str = ""
) -> int | None:
    """The year that puts month/day closest to the anchor date: on or after it when the
    sentence speaks of the future, on or before it when it speaks of the past."""
    if anchor is None or anchor.year is None:
        return None
    if anchor.month is None:
        return anchor.year
    anchor_date = dt.date(anchor.year, anchor.month, anchor.day or 1)

    def distance(year: int) -> int:
        try:
            candidate = dt.date(year, month, day or 1)
        except ValueError:
            return 10**6
        return abs((candidate - anchor_date).days)

    candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    anchor_key = (anchor_date.year, anchor_date.month, anchor_date.day if day else 0)

    def on_the_right_side(year: int) -> bool:
        key = (year, month, day or 0)
        return key >= anchor_key if tense == "future" else key <= anchor_key

    if tense:
        candidates = [
            year for year in candidates if distance(year) < 10**6 and on_the_right_side(year)
        ] or candidates
    return min(candidates, key=distance)


def _top_offset(doc: Doc, lines: int) -> int:
    """``_top_lines_end(doc.text, lines)``, read from the tokens: line breaks are only in
    whitespace tokens (a token's own trailing whitespace is at most one space), and a line
    is non-empty when a non-whitespace token is on it."""
    if not len(doc):
        return 0
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_SPACE, IDX])
    seen = 0
    content = False
    previous = -1
    for k in numpy.flatnonzero(rows[:, 1]).tolist():  # the whitespace tokens
        content = content or k - previous > 1  # a word since the last whitespace token
        previous = k
        orth, _, idx = rows[k].tolist()
        offset = idx
        for piece in strings[orth].splitlines(keepends=True):
            offset += len(piece)
            if piece[-1] in LINE_BREAKS:
                if content:
                    seen += 1
                    if seen == lines:
                        return offset
                content = False
    return doc[-1].idx + len(doc[-1].text_with_ws)


def _top_lines_end(text: str, lines: int) -> int:
    """Character offset where the first ``lines`` non-empty lines of ``text`` end."""
    seen = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        offset += len(line)
        if line.strip():
            seen += 1
            if seen == lines:
                return offset
    return offset


@Language.factory("ksc_dates", default_config={"reference_date": None})
def make_dates(nlp: Language, name: str, reference_date: str | None) -> DateFinder:
    return DateFinder(nlp, name, reference_date=reference_date)


def _bulleted(doc: Doc, line_start: int) -> bool:
    """The line opens with a bullet, not with a bold lead-in ("**Fifteen seats filled.**")."""
    first = doc[line_start]
    bold = first.text == "*" and not first.whitespace_ and line_start + 1 < len(doc) and (
        doc[line_start + 1].text == "*"
    )
    return first.text in BULLETS and not bold


def _line_first_word(doc: Doc, i: int) -> int | None:
    """The first token of the line holding token ``i`` that is not whitespace."""
    k = i
    while k > 0 and not ("\n" in doc[k - 1].whitespace_ or "\n" in doc[k - 1].text):
        k -= 1
    while k < i and doc[k].is_space:
        k += 1
    return k if k < i else None

