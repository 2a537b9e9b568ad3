"""Lexicon lookup: countries (COUNTRY), known organisations (ORG), demonyms (NORP),
capitals and other cities (GPE) and regions (LOC)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .entity_set import add_entities
from .resources import DataComponent
from .tokenization import in_title_case_line

SEPARATOR = "|"


class Gazetteer(DataComponent):
    """Case-sensitive phrase lookup of the country and organisation lexicons.

    Names are matched as written and, when longer than three letters, in upper case
    (headlines); organisation types listed in
    ``case_insensitive_types`` (UN regional groups, often written "the African group") are
    also matched in any case. Names flagged ``ambiguous`` (Chad, Jordan) are skipped when
    they are part of a person's name ("Michael Jordan", "Jordan Hale").
    """

    data_files = {
        "countries": "countries.jsonl",
        "organisations": "organisations.jsonl",
        "regions": "regions.txt",
        "cities": "cities.txt",
    }

    def __init__(
        self, nlp: Language, name: str, *, case_insensitive_types: list[str]
    ) -> None:
        super().__init__(nlp, name)
        self.case_insensitive_types = set(case_insensitive_types)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.ambiguous: set[str] = set()

    def compile(self) -> None:
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.lower_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.ambiguous = set()
        self.abbreviations: set[str] = set()
        self._keys: dict[int, list[str]] = {}  # match id -> [label, kb_id]
        for entry in self.data.get("countries", []):
            names = [entry["name"], *entry.get("aliases", [])]
            self._add("COUNTRY", entry["id"], names, upper=True)
            if entry.get("ambiguous"):
                self.ambiguous.add(entry["id"])
                # "PRC" is never a word or a given name
                self.abbreviations.update(name for name in names if name.isupper())
            self._add("NORP", "", entry.get("demonyms", []), upper=False)
            self._add("GPE", "", entry.get("capital", []), upper=True)
        self._add("LOC", "", self.data.get("regions", []), upper=True)
        self._add("GPE", "", self.data.get("cities", []), upper=True)
        for entry in self.data.get("organisations", []):
            aliases = entry.get("aliases", [entry["id"]])
            if entry.get("type") in UN_FAMILY_TYPES:
                # "United Nations Food and Agriculture Organization", "UN FAO"
                aliases = aliases + [
                    f"{prefix} {alias}" for alias in aliases for prefix in UN_PREFIXES
                    if not any(word in alias for word in ("United Nations", "UN", "U.N."))
                ]
            self._add("ORG", entry["id"], aliases, upper=True)
            if entry.get("type") in self.case_insensitive_types:
                key = SEPARATOR.join(("ORG", entry["id"]))
                # "the African group" in any case, but not "the Latin American and Caribbean
                # states" (a description of countries, no group noun)
                grouped = [alias for alias in aliases if "group" in alias.lower()]
                self.lower_matcher.add(key, list(self.nlp.tokenizer.pipe(grouped)))

    def _add(self, label: str, kb_id: str, names: list[str], *, upper: bool) -> None:
        forms = set(names)
        if upper:
            forms.update(name.upper() for name in names if len(name) > 3)
            # title-case headlines: "Bosnia And Herzegovina", "Republic Of Korea"
            forms.update(TITLE_CASE_WORDS.sub(lambda m: m[0].title(), name) for name in names)
        if forms:
            key = SEPARATOR.join((label, kb_id))
            self.matcher.add(key, list(self.nlp.tokenizer.pipe(sorted(forms))))

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        spans: list[Span] = []
        headline_only: list[Span] = []
        for span, certain in self._matches(doc):
            (spans if certain else headline_only).append(span)
        # "How Jordan Ended Up On The Security Council": a name the text uses for the
        # country elsewhere is the country in a title-case line too
        named = {span.kb_id for span in spans}
        spans += [span for span in headline_only if span.kb_id in named]
        add_entities(doc, filter_spans(spans))
        return doc

    def _matches(self, doc: Doc) -> Iterator[tuple[Span, bool]]:
        """Each match, and whether it stands on its own (False: an ambiguous name inside
        a title-case line, kept only if the text names that country elsewhere)."""
        for matcher in (self.matcher, self.lower_matcher):
            for match_id, start, end in matcher(doc):
                key = self._keys.get(match_id)
                if key is None:
                    name = self.nlp.vocab.strings[match_id]
                    key = self._keys[match_id] = name.split(SEPARATOR, 1)
                label, kb_id = key
                if label == "ORG" and _opens_dateline(doc, start, end) or (
                    label == "COUNTRY" and _country_opens_dateline(doc, start, end)
                ):
                    # "UNITED NATIONS, June 8 (Reuters) -", "Singapore, 5 March 2020 -"
                    label, kb_id = "GPE", ""
                if label == "ORG" and end < len(doc) and doc[end].text in FACILITY_WORDS:
                    continue  # "the General Assembly Hall" is a room
                span = Span(doc, start, end, label=label, kb_id=kb_id)
                if kb_id in self.ambiguous and end - start == 1 and (
                    doc[start].text not in self.abbreviations
                ):
                    # in an upper- or title-case headline, a listed name is the country:
                    # "ELECTS AUSTRIA, TURKEY", "Assembly Elects Chad, Chile, Lithuania"
                    if doc[start].is_upper:
                        if not _listed(doc, start, end):
                            continue
                    elif _inside_longer_name(doc, start, end) and not _listed(doc, start, end):
                        if in_title_case_line(doc, start):
                            yield span, False
                        continue
                    elif _inside_longer_name(doc, start, end):
                        if not in_title_case_line(doc, start):
                            continue
                yield span, True

    def lexicon_sizes(self) -> dict[str, Any]:
        return {
            "countries": len(self.data.get("countries", [])),
            "country_names": sum(
                1 + len(entry.get("aliases", [])) for entry in self.data.get("countries", [])
            ),
            "organisations": len(self.data.get("organisations", [])),
        }


UN_FAMILY_TYPES = {"un_agency", "un_organ"}
UN_PREFIXES = ("United Nations", "UN", "U.N.")


def _opens_dateline(doc: Doc, start: int, end: int) -> bool:
    """A name that opens a line and is followed by "(Agency)", a colon, or a comma and a
    date ("June 8", "8 June"): the place of a dateline."""
    at_line_start = start == 0 or "\n" in doc[start - 1].text + doc[start - 1].whitespace_
    if not at_line_start or end >= len(doc):
        return False
    if doc[end].text == "(":
        # not "African Union (AU) states": the name's own initials in the brackets
        initials = "".join(t.text[0] for t in doc[start:end] if t.is_title or t.is_upper)
        return end + 1 >= len(doc) or doc[end + 1].text != initials
    if doc[end].text == ":":  # "UNITED NATIONS: ...", not a headline's "IMO Council: ..."
        return all(t.is_upper for t in doc[start:end] if t.is_alpha)
    k = end
    if doc[k].text == ",":  # "UNITED NATIONS, United States, July 25": a place's country
        m = k + 1
        while m < len(doc) and m - k <= 3 and doc[m].is_title and not doc[m].like_num:
            m += 1
        if m > k + 1 and m + 2 < len(doc) and doc[m].text == "," and doc[m + 1].is_title and (
            doc[m + 2].like_num
        ):
            k = m
    after = doc[k + 1 : k + 3]
    return doc[k].text == "," and len(after) == 2 and (
        after[0].like_num or after[0].is_title and after[1].like_num
    )


def _country_opens_dateline(doc: Doc, start: int, end: int) -> bool:
    """A city-state named at the start of one of the first lines, then a comma and a date
    in digits ("Singapore, 5 March 2020 -"): the place of the dateline."""
    if start > 100 or end + 2 >= len(doc) or doc[end].text != ",":
        return False
    after = doc[end + 1 : end + 3]
    if not (after[0].is_digit or after[0].is_title and after[1].is_digit):
        return False
    lines = sum(t.text.count("\n") + t.whitespace_.count("\n") for t in doc[:start])
    return lines <= 3 and _opens_dateline(doc, start, end)


TITLE_CASE_WORDS = re.compile(r"(?<= )(and|of|the|for|on)(?= )")
FACILITY_WORDS = {"Hall", "Building", "Chamber", "Plaza", "Room", "Library", "Lawn"}


def _listed(doc: Doc, start: int, end: int) -> bool:
    """An upper-case word that stands in a list or next to punctuation ("ELECTS AUSTRIA,
    TURKEY, UGANDA TO"), where an ambiguous name ("TURKEY", "CHAD") is the country."""
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    return before in {",", "and", "&"} or after in {",", "and", "&", ":"}


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """A given name or surname: after a capitalised word inside a sentence ("Michael
    Jordan"), or before a capitalised word when not after a preposition or article
    ("Jordan Hale said", but "President of Chad Idriss Deby")."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_title and not before.is_sent_start:
        return True
    after = doc[end] if end < len(doc) else None
    if after is None or not after.is_title or not after.is_alpha:
        return False
    if before is None or before.lower_ == "the":
        return True
    return not (before.is_lower or before.text in {"'s", "’s", ","})


@Language.factory(
    "ksc_gazetteer",
    default_config={"case_insensitive_types": ["un_regional_group"]},
)
def make_gazetteer(nlp: Language, name: str, case_insensitive_types: list[str]) -> Gazetteer:
    return Gazetteer(nlp, name, case_insensitive_types=case_insensitive_types)
