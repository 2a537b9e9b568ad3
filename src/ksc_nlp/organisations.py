"""Organisation names found by shape: head nouns with modifiers or complements, websites,
and abbreviations defined in parentheses."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, IS_TITLE, LIKE_URL, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .entity_set import add_entities
from .gazetteers import FACILITY_WORDS
from .people import is_initial
from .phrases import Phrases, lower_forms
from .resources import DataComponent
from .tokenization import in_title_case_line, line_bounds, line_starts

COMPLEMENT_PREPOSITIONS = {"of", "for", "on", "under"}
COMPLEMENT_NAME_WORDS = {"Government", "Governments", "Heads", "State"}  # not names elsewhere
JOINERS = {"and", "&"}
LOWERCASE_COMPLEMENT_LIMIT = 4
ABBREVIATION_MAX_LENGTH = 8
ROMAN_NUMERAL = re.compile(r"^[IVXLCDM]+$")
MISSION_HEADS = {"Mission", "Delegation"}
ORDINAL_MODIFIERS = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
                     "Eighth", "Ninth", "Tenth"}
EMBASSY_HEADS = {"Embassy", "Consulate"}
FUNCTION_WORDS = {"to", "with", "by", "at", "which", "that", "who", "is", "was", "are", "were",
                  "has", "have", "had", "will", "would", "as", "other", "its", "their", "his",
                  "her"}


UN_PREFIXES = ("UN ", "U.N. ")
UN_BODY_HEADS = {"Commission", "Committee", "Council", "Conference", "Office", "Programme",
                 "Fund", "Mission", "Assembly", "Agency", "Secretariat", "Statistical",
                 "Peacebuilding", "Economic", "Human", "Development", "Environment", "Population"}
BEGIN = 3  # Token.ent_iob of an entity's first token


def canonical_org_name(span: Span) -> str:
    """The kb_id of an organisation not in the lexicon: its name as written, single-spaced,
    with a leading "UN" spelled out ("UN Commission on ..." -> "United Nations Commission
    on ...")."""
    name = " ".join(span.text.split())
    for prefix in UN_PREFIXES:
        # "UN Commission on ..." is the United Nations', "UN Watch" is a name of its own
        if name.startswith(prefix) and name[len(prefix) :].split(" ")[0] in UN_BODY_HEADS:
            return "United Nations " + name[len(prefix) :]
    return name


def _plain(name: str) -> str:
    return name.lower().replace("\u2019", "'")


def _in_normal_case(tokens: Iterable[Token]) -> str:
    """An upper-case name as an id: words in title case, small words after the first and
    the word after a glued hyphen in lower case, spacing as written ("Ministry of Foreign
    Affairs, African Cooperation", "Correio do Planalto", "Co-operation", "Committee on
    ...")."""
    return "".join(
        (t.lower_ if k and t.lower_ in NAME_CONNECTORS | {"on"} or _after_glued_hyphen(t)
         else t.text.title()) + (t.whitespace_ and " ")
        for k, t in enumerate(tokens)
    ).strip()


def _after_glued_hyphen(token: Token) -> bool:
    """The word after a prefix and a hyphen glued to both ("OPERATION" of "CO-OPERATION";
    not "TOO" of "ALA-TOO", a name)."""
    doc, i = token.doc, token.i
    return i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and (
        not doc[i - 2].whitespace_ and doc[i - 2].lower_ in HYPHEN_PREFIXES
    )


def _upper_case_name_end(doc: Doc, start: int, limit: int, allowed: set[str]) -> int:
    """End of the upper-case words from ``start`` (entity types in ``allowed``), with the
    joiners of a name between them: a glued hyphen ("SEINE-INFO"), "&", a possessive
    apostrophe ("WORKERS' VOICE") and "OF", "ON", "FOR", "AND" before another word."""
    def word(k: int) -> bool:
        return k < limit and doc[k].is_upper and doc[k].is_alpha and doc[k].ent_type_ in allowed

    end = start
    while word(end):
        end += 1
        if end + 1 < limit and word(end + 1) and (
            doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
            or doc[end].text == "&"
            or doc[end].text in UPPER_NAME_CONNECTORS and doc[end].is_upper
        ):
            end += 1
        elif end < limit and doc[end].text in {"'", "\u2019"} and not doc[end - 1].whitespace_:
            end += 1
    return end


HYPHEN_PREFIXES = {"co", "re", "pre"}
UPPER_NAME_CONNECTORS = {"OF", "ON", "FOR", "AND"}
SECTION_DASHES = {"\u2014", "\u2013", "--"}
CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")  # "11:40"
MASTHEAD_SEPARATORS = {"|", "\u2014", "\u2013", "-", "--", "(", "\u00b7"}
NAME_CONNECTORS = {"of", "the", "and", "for", "do", "da", "de", "del", "di", "du", "des", "dos"}


# Words that join the parts of a name in Spanish, Portuguese, Italian, French and German
FOREIGN_CONNECTORS = {"de", "del", "della", "delle", "degli", "dei", "di", "des", "du", "da", "do",
                      "dos", "das", "la", "las", "los", "le", "y", "e", "et", "für"}


class OrganisationFinder(DataComponent):
    """Finds ORG spans from the shape of their names.

    * ``[Modifier...] Head [of|for|on|under [the] Complement]...`` where Head is a capitalised
      organisation noun (Ministry, Institute, Council, Bank...) and the name has at least a
      capitalised modifier or a complement: "Steppe Council of the Ministry of Justice of
      Mongolia". A complement is capitalised words (joined by "and"), or one
      country or organisation; after "the <Head> of" it may be a short lower-case phrase
      ("the Fund of regional water projects").
    * Capitalised names ending in a media word ("Kazinform News Agency") and web addresses
      used as names ("Diplomat24.org").
    * An abbreviation in parentheses after an ORG ("(CSTO)"), or made of the initials of an
      ORG in the document, and its later mentions; an agency in parentheses after a
      dateline's date ("(MTI)").
    * After a title ("head of the ... University Aliya Serikova") a person's name at the end
      of the name is cut off.
    """

    data_files = {
        "heads": "org_heads.txt",
        "media_heads": "media_heads.txt",
        "titles": "titles.txt",
        "triggers": "triggers.json",
        "stopwords": "name_stopwords.txt",
        "calendar": "calendar.json",
        "org_words": "org_words.txt",
        "foreign_heads": "foreign_org_heads.txt",
    }

    def compile(self) -> None:
        self.heads = set(self.data["heads"])
        self.media_heads = set(self.data["media_heads"])
        name_friendly = set(self.data["triggers"]["titles_in_names"])
        self.titles = Phrases(self.data["titles"])
        single_word_titles = {title for title in self.data["titles"] if " " not in title}
        self.person_titles = single_word_titles - name_friendly
        calendar = self.data["calendar"]
        self.stopwords = (
            set(self.data["stopwords"]) | set(calendar["months"]) | set(calendar["weekdays"])
        )
        self.org_words = set(self.data["org_words"])
        self.months = set(calendar["months"])
        self.speech_auxiliaries = set(self.data["triggers"]["speech_auxiliaries"])
        self.speech_verbs = set(self.data["triggers"]["speech_verbs"])
        self.headline_verbs = set(self.data["triggers"]["headline_verbs"])
        self.generic_organs = set(self.data["triggers"]["generic_organs"])
        self.section_words = set(self.data["triggers"]["masthead_section_words"])
        self.section_heads = set(self.data["triggers"]["masthead_section_heads"])
        self.function_words = set(self.data["triggers"]["term_cues"]) | JOINERS | FUNCTION_WORDS
        self._initials: dict[int, bool] = {}  # orth id -> is_initial
        self._head_orths = {
            self.nlp.vocab.strings[word] for word in self.heads | self.media_heads
        }
        self._foreign_head_orths = {
            self.nlp.vocab.strings.add(word) for word in self.data["foreign_heads"]
        }

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        spans = [span for span in self._named_organisations(doc)]
        spans += [span for span in self._web_names(doc)]
        spans += self._upper_case_headers(doc)
        spans += self._foreign_names(doc)
        mastheads = self._separated_masthead(doc)
        spans += mastheads
        add_entities(doc, [span for span in spans if not self._masthead_section(span)])
        # the outlets named in capitals at the top ("THE STEPPE DIPLOMAT |", "ACCRA WIRE
        # SERVICE") and their later mentions ("told the Steppe Diplomat", "the Herald")
        outlets = mastheads + [
            span for span in spans if span.text.isupper() and span[-1].text.title() in (
                self.media_heads
            ) and doc[span.start].idx <= HEADER_CHARACTERS
        ]
        if outlets:
            add_entities(doc, self._outlet_mentions(doc, outlets))
        abbreviations = list(self._abbreviations(doc))
        renamed = [span for span in abbreviations if span[0].ent_type_ == "ORG"]
        add_entities(doc, [span for span in abbreviations if span[0].ent_type_ != "ORG"])
        if renamed:  # the same one-word entity with the document's own name as its id
            doc.set_ents(renamed, default="unmodified")
        return doc

    def _outlet_mentions(self, doc: Doc, outlets: list[Span]) -> list[Span]:
        """Later mentions of an outlet named in capitals at the top: its name in normal case
        ("told the Steppe Diplomat") or "the" and its last word ("told the Herald")."""
        found: list[Span] = []
        orths = doc.to_array(ORTH).tolist()
        strings = doc.vocab.strings
        for kb_id, end in {outlet.kb_id_: outlet.end for outlet in outlets}.items():
            words = [strings[word] for word in kb_id.split()]  # hashes, nothing added
            last = kb_id.split()[-1] if len(words) > 1 and kb_id.split()[-1] in (
                self.media_heads
            ) else None
            for i in range(end, len(orths)):
                if orths[i] not in {words[0], words[-1]} or found and i < found[-1].end:
                    continue
                if orths[i : i + len(words)] == words and not any(
                    t.ent_type_ for t in doc[i : i + len(words)]
                ):
                    found.append(Span(doc, i, i + len(words), label="ORG", kb_id=kb_id))
                elif last is not None and orths[i] == words[-1] and not doc[i].ent_type_ and (
                    doc[i - 1].lower_ == "the" and not (i + 1 < len(doc) and doc[i + 1].is_title)
                ):
                    found.append(Span(doc, i, i + 1, label="ORG", kb_id=kb_id))
        return found

    def _masthead_section(self, span: Span) -> bool:
        """"English Service" in "Huaxia News Agency · English Service · 2019-06-08": an
        edition or section of the outlet on a masthead line, between separators or at a
        line's start, not an organisation of its own."""
        doc = span.doc
        if span.end - span.start != 2 or doc[span.start].idx > HEADER_CHARACTERS or (
            span[0].text not in self.section_words or span[1].text not in self.section_heads
        ):
            return False
        line_start, line_end = line_bounds(doc, span.start)
        before = span.start - 1
        while before >= line_start and doc[before].is_space:
            before -= 1
        return (before < line_start or doc[before].text in MASTHEAD_SEPARATORS) and (
            span.end >= line_end or doc[span.end].is_space
            or doc[span.end].text in MASTHEAD_SEPARATORS
        )

    def _outlet_named(self, doc: Doc, agency: Token) -> str | None:
        """The id of the outlet named before a dateline's agency, whose first word it is
        ("(Huaxia)" under "Huaxia News Agency · English Service")."""
        for entity in doc.ents:
            if entity.start >= agency.i:
                break
            if entity.label_ == "ORG" and len(entity) > 1 and (
                entity[0].lower_ == agency.lower_ and entity[-1].text.title() in self.media_heads
            ):
                return entity.kb_id_
        return None

    def _separated_masthead(self, doc: Doc) -> list[Span]:
        """"THE BALTIC LEDGER — OPINION", "DIARIO LA COSTA | International", "HORN WIRE
        SERVICE (HWS)": the first line opening with two to four upper-case words (no place
        or country among them) and a separator followed by a short section name."""
        start = 0
        while start < len(doc) and doc[start].is_space:
            start += 1
        if start >= len(doc):
            return []
        line_end = line_bounds(doc, start)[1]
        if doc[start].text == "THE" and doc[start].ent_type_ not in {"GPE", "COUNTRY"}:
            start += 1  # (not of "THE GAMBIA TODAY", "THE HAGUE ...")
        end = _upper_case_name_end(doc, start, line_end, {"", "LOC"})
        words = sum(1 for t in doc[start:end] if t.is_alpha)
        if not 2 <= words <= 5 or end >= line_end or doc[end].text not in MASTHEAD_SEPARATORS:
            return []
        section = [t for t in doc[end + 1 : line_end] if t.is_alpha]
        if len(section) > 5 or any(t.is_lower for t in section[:1]):
            return []  # "NEW YORK — the Council ...": a dateline and its sentence
        return [Span(doc, start, end, label="ORG", kb_id=_in_normal_case(doc[start:end]))]

    def _foreign_names(self, doc: Doc) -> list[Span]:
        """"Universidad de San Carlos de Guatemala", "Pontificia Universidad Católica del
        Ecuador", "Istituto Affari Internazionali": a head that opens a name in another
        language, then capitalised words (a country among them) joined by its connectors."""
        heads = self._foreign_head_orths
        orths = doc.to_array([ORTH]).tolist() if len(doc) else []
        spans: list[Span] = []
        end = 0
        for i, orth in enumerate(orths):
            if orth not in heads or i < end:
                continue
            limit = doc[i].sent.end
            end = k = i + 1
            while k < limit:
                while k < limit and doc[k].lower_ in FOREIGN_CONNECTORS and doc[k].is_lower:
                    k += 1  # "de", "de la", "del"
                if k >= limit or not (doc[k].is_title and doc[k].is_alpha) or (
                    doc[k].ent_type_ not in {"", "COUNTRY", "GPE", "LOC", "PERSON"}
                ):
                    break
                k = end = self._entity_end(doc, k) if doc[k].ent_type_ else k + 1
                while k + 1 < limit and doc[k].text == "-" and not doc[k - 1].whitespace_ and (
                    not doc[k].whitespace_ and doc[k + 1].is_title
                ):
                    k = end = k + 2  # "Université Saint-Joseph"
            if end - i < 2:
                end = i + 1
                continue
            spans.append(Span(doc, i, end, label="ORG", kb_id=doc[i:end].text))
        return spans

    def _upper_case_headers(self, doc: Doc) -> list[Span]:
        """"MINISTRY OF FOREIGN AFFAIRS" on a line of its own at the top of a release: an
        upper-case head noun, "of" or "for" and upper-case words to the end of the line."""
        spans = []
        # the letterhead, and a release's closing block ("MINISTRY OF FOREIGN AFFAIRS /
        # KUALA LUMPUR / 9 OCTOBER 1998")
        if not len(doc):
            return spans
        starts = doc.to_array(IDX).tolist()
        header_end = bisect_right(starts, HEADER_CHARACTERS)
        footer_start = max(header_end, bisect_left(starts, starts[-1] - FOOTER_CHARACTERS))
        # and a section heading anywhere ("COUNCIL OF ADMINISTRATION — results by group")
        headings = [k for k in line_starts(doc) if header_end <= k < footer_start]
        headings += [k + 2 for k in headings if k + 2 < len(doc) and CLOCK_TIME.fullmatch(
            doc[k].text) and doc[k + 1].text in SECTION_DASHES]  # "11:40 — COUNCIL OF ..."
        for i in [*range(header_end), *headings, *range(footer_start, len(doc))]:
            token = doc[i]
            if token.is_upper and token.text.title() in self.media_heads and i < header_end:
                masthead = self._upper_case_masthead(doc, token)
                if masthead is not None:
                    spans.append(masthead)
                continue
            if not token.is_upper or len(token) < 4 or token.text.title() not in self.heads:
                continue
            line_start, line_end = line_bounds(doc, token.i)
            dash = next((t.i for t in doc[token.i : line_end] if t.text in SECTION_DASHES), None)
            if dash is not None:
                line_end = dash  # the heading's name, before its dash
            elif header_end <= i < footer_start:
                continue
            words = [t for t in doc[line_start:line_end] if not t.is_space]
            if len(words) > 2 and CLOCK_TIME.fullmatch(words[0].text) and (
                words[1].text in SECTION_DASHES
            ):
                words = words[2:]  # a live blog's "11:40 — COUNCIL OF ADMINISTRATION — ..."
            if not words or words[0].i != token.i or len(words) > 12 or len(words) < 3:
                continue
            if words[1].lower_ not in {"of", "for", "on"} or any(
                t.ent_type_ not in {"", "COUNTRY", "GPE"} or t.is_alpha and not t.is_upper
                for t in words
            ):
                continue
            kb_id = _in_normal_case(words)
            spans.append(Span(doc, token.i, words[-1].i + 1, label="ORG", kb_id=kb_id))
        return spans

    def _upper_case_masthead(self, doc: Doc, head: Token) -> Span | None:
        """"THE HARBOUR COURIER | WORLD IN BRIEF": upper-case words ending in a news
        outlet's head word, opening the first lines and ending the line or a bar segment."""
        line_start, line_end = line_bounds(doc, head.i)
        after = head.i + 1
        if not (after >= line_end or doc[after].is_space or doc[after].text in MASTHEAD_SEPARATORS):
            return None
        start = line_start + (doc[line_start].lower_ == "the")
        # "BALTIC COURIER", "VIỆT NAM DIPLOMATIC BULLETIN", "ALA-TOO HERALD | Diplomacy"
        if _upper_case_name_end(doc, start, after, {"", "LOC", "GPE", "COUNTRY"}) != after:
            start = head.i
        if start < line_start + 1 and doc[start].lower_ == "the":
            start += 1
        if start == head.i or start > line_start + 1 or start == line_start + 1 and (
            doc[line_start].lower_ != "the"
        ):
            return None  # two words or more from the start of the line
        if start == line_start + 1 and doc[line_start].ent_type_ in {"GPE", "COUNTRY"}:
            start = line_start  # "THE HAGUE GAZETTE": "The" of the city's name
        kb_id = _in_normal_case(doc[start : head.i + 1])
        return Span(doc, start, head.i + 1, label="ORG", kb_id=kb_id)

    # -- head-noun names -------------------------------------------------------------

    def _named_organisations(self, doc: Doc) -> list[Span]:
        found: list[Span] = []
        surnames = self._known_surnames(doc)
        # only the first tokens of lexicon ORGs and head words can start anything here
        org = doc.vocab.strings["ORG"]
        orths = doc.to_array([ORTH, ENT_IOB, ENT_TYPE]).tolist() if len(doc) else []
        heads = self._head_orths
        positions = [
            k
            for k, (orth, iob, label) in enumerate(orths)
            if label == org and iob == BEGIN or orth in heads
        ]
        i = 0
        for position in positions:
            if position < i:
                continue
            i = position
            token = doc[i]
            if token.ent_type_ == "ORG" and token.ent_iob_ == "B":
                extended = self._extend_known(doc, i)
                if extended is not None:
                    found.append(extended)
            if not self._is_head(token) or token.ent_type_ in {"ORG", "COUNTRY"}:
                i += 1  # (not "Soviet Union on the Security Council": a country's last word)
                continue
            start = self._extend_left(doc, i)
            while start < i and doc[start].lower_.endswith(("ed", "ing")) and (
                doc[start].text not in self.org_words and in_title_case_line(doc, start)
                and doc[start].lower_ not in ING_NOUNS
            ):
                start += 1  # "How Deadlocked Council Races Ended": a verb form, not a name
            end = self._extend_right(
                doc, i + 1, lowercase_allowed=self._definite(doc, start), surnames=surnames
            )
            end = self._without_trailing_name(doc, start, i, end)
            end = _mission_to(doc, i, end)
            if end == i + 1 and end < len(doc) and token.text == "Group" and start < i and (
                ROMAN_NUMERAL.match(doc[end].text) and len(doc[end]) <= 4
            ):
                end += 1  # "Electoral Group II" of UNESCO
            if token.text in self.media_heads and start == i and (
                end == i + 1 or doc[i + 1].lower_ not in {"for", "of"}
            ):  # a news agency needs its name first, but "the Agency for Statistics"
                i += 1
                continue
            if end < len(doc) and doc[end].text in FACILITY_WORDS or (
                token.text in {"Centre", "Center"} and i > start
                and doc[i - 1].text in VENUE_MODIFIERS
            ):
                i = end  # "the General Assembly Hall" is a room, "Kuala Lumpur Convention
                continue  # Centre" a venue
            if start > 0 and doc[start - 1].lower_ in {"a", "an"}:
                i = end  # "Votes Show A Thinning Coalition": a name takes no indefinite article
                continue
            if start < i or end > i + 1:
                span = Span(doc, start, end, label="ORG")
                found.append(Span(doc, start, end, label="ORG", kb_id=canonical_org_name(span)))
                i = end
            else:
                i += 1
        return found

    def _extend_known(self, doc: Doc, start: int) -> Span | None:
        """A lexicon name with capitalised modifiers joined by "and" before it:
        "Peace and Security Council" (not just "Security Council"), or a generic organ's name
        after the one-word name of the organisation it belongs to: "Interpol General
        Assembly" (not the UN's General Assembly)."""
        end = start
        while end < len(doc) and doc[end].ent_iob_ == "I" or end == start:
            end += 1
        owner = doc[start - 1] if start > 0 else None
        if owner is not None and owner.ent_type_ == "ORG" and owner.ent_iob_ == "B" and (
            owner.is_alpha and owner.text[:1].isupper() and owner.whitespace_
            and owner.ent_kb_id_ not in {"United Nations", doc[start].ent_kb_id_}
            and end - start >= 2 and doc[start:end].text in self.generic_organs
        ):
            span = Span(doc, start - 1, end, label="ORG")
            return Span(doc, start - 1, end, label="ORG", kb_id=canonical_org_name(span))
        if start < 2 or doc[start - 1].lower_ != "and" or not self._is_modifier(doc[start - 2]):
            return None
        if doc[start - 2].ent_type_:
            return None
        end = start
        while end < len(doc) and doc[end].ent_iob_ == "I" or end == start:
            end += 1
        new_start = self._extend_left(doc, start - 1)
        span = Span(doc, new_start, end, label="ORG")
        return Span(doc, new_start, end, label="ORG", kb_id=canonical_org_name(span))

    def _without_trailing_name(self, doc: Doc, start: int, head: int, end: int) -> int:
        """"head of the Department of ... of the Eurasian National University Aliya
        Serikova": after a title, two final words that no organisation name ends with are
        the name of the person the title belongs to."""
        if end - head < 4 or not self._after_title(doc, start):
            return end
        last_two = doc[end - 2 : end]
        if all(
            t.is_title
            and not t.ent_type_
            and t.text not in self.heads | self.org_words | self.stopwords
            and t.text not in self.media_heads
            for t in last_two
        ) and doc[end - 3].text in self.heads | self.org_words:
            return end - 2
        return end

    def _after_title(self, doc: Doc, start: int) -> bool:
        i = start
        if i > 0 and doc[i - 1].lower_ == "the":
            i -= 1
        return i > 0 and doc[i - 1].lower_ in {"of", "at"} and (  # "Secretary of State at"
            self.titles.ending_at(doc, i - 1) is not None
        )

    def _is_head(self, token: Token) -> bool:
        if token.text not in self.heads and token.text not in self.media_heads:
            return False
        return token.i == 0 or token.doc[token.i - 1].text != "-"  # "Chairperson-in-Office"

    def _definite(self, doc: Doc, start: int) -> bool:
        return start > 0 and doc[start - 1].lower_ == "the" and not doc[start].is_sent_start

    def _is_modifier(self, token: Token) -> bool:
        if token.ent_type_ in {"COUNTRY", "DATE", "PERSON"}:
            return False
        if token.is_sent_start and token.text in self.stopwords:
            return False
        if token.lower_ in self.person_titles or token.text in self.stopwords:
            return False
        if token.lower_.endswith("s") and token.lower_[:-1] in self.person_titles:
            return False  # "Chooses Vice-Presidents And Main Committee Chairs"
        if token.lower_ in self.headline_verbs and not token.is_upper:
            return False  # "Djibouti's Youssouf Wins Commission Race": a verb ends the name
        if token.text == "-":
            return True
        return token.is_alpha and (token.is_title or token.is_upper) or token.ent_type_ == "ORG"

    def _extend_left(self, doc: Doc, head: int) -> int:
        """Capitalised modifiers ("Peace and Security"), and a leading country name
        ("Kazakhstan Council of ...")."""
        start = head
        sentence_start = doc[head].sent.start
        if start > sentence_start and doc[start - 1].text in ORDINAL_MODIFIERS:
            start -= 1  # "First Committee", "Second Committee" (stop words elsewhere)
        while start > sentence_start:
            previous = doc[start - 1]
            if self._is_modifier(previous):
                start -= 1
            elif (
                previous.lower_ == "and"
                and start - 2 >= sentence_start
                and start < head
                and self._is_modifier(doc[start - 2])
            ):
                start -= 2
            else:
                break
        if self._comma_modifier(doc, start, head, sentence_start):
            start -= 2  # "the Foreign, Commonwealth and Development Office"
        if start > sentence_start and doc[start - 1].ent_type_ in {"COUNTRY", "GPE", "LOC"}:
            country_start = start - 1
            while doc[country_start].ent_iob_ == "I":
                country_start -= 1
            leads_on = start == head or doc[start].text in self.org_words or (
                doc[start].ent_type_ == "ORG"
            ) or (  # "the Horn of Africa Policy Centre", not in a title-case headline
                doc[start - 1].ent_type_ == "LOC" and not in_title_case_line(doc, start)
            )  # not "S. Korea Wins Council Seat"
            if leads_on and (
                country_start == sentence_start
                or doc[country_start - 1].lower_ == "the"
                or not doc[country_start - 1].is_title
            ):
                start = country_start
        while doc[start].text == "-" or doc[start].lower_ == "and":
            start += 1
        return start

    def _comma_modifier(self, doc: Doc, start: int, head: int, sentence_start: int) -> bool:
        """A capitalised word and a comma before modifiers joined by "and": "Foreign," in
        "the Foreign, Commonwealth and Development Office" (a word after "the" or "of", with
        no entity of its own)."""
        if start - 3 < sentence_start or doc[start - 1].text != ",":
            return False
        word = doc[start - 2]
        return (
            "and" in lower_forms(doc)[start:head]
            and not word.ent_type_
            and self._is_modifier(word)
            and doc[start - 3].lower_ in {"the", "of"}
        )

    def _extend_right(
        self, doc: Doc, end: int, *, lowercase_allowed: bool, surnames: set[str]
    ) -> int:
        sentence_end = doc[end - 1].sent.end
        while end < sentence_end and (
            doc[end].lower_ in COMPLEMENT_PREPOSITIONS
            # "OSCE Special Monitoring Mission to Ukraine": a mission's destination
            or doc[end].lower_ == "to" and doc[end - 1].text in MISSION_HEADS
        ):
            j = end + 1
            if j < sentence_end and doc[j].lower_ == "the":
                j += 1
            complement_end = self._complement(
                doc, j, sentence_end, lowercase_allowed and doc[end].lower_ == "of", surnames,
                under=doc[end].lower_ == "under",
            )
            if complement_end == j:
                break
            end = complement_end
        return end

    def _complement(
        self,
        doc: Doc,
        j: int,
        limit: int,
        lowercase_allowed: bool,
        surnames: set[str],
        *,
        under: bool = False,
    ) -> int:
        if j >= limit:
            return j
        first = doc[j]
        if under and first.lower_ in self.person_titles | {"government", "cabinet"} and (
            first.is_title
        ):
            # "Commission ... under the President of the Republic of Kazakhstan"
            return self._extend_right(doc, j + 1, lowercase_allowed=False, surnames=surnames)
        if under and first.ent_type_ not in {"COUNTRY", "ORG", "GPE"} and (
            first.text not in self.heads
        ):
            return j  # "the Council under Category C": a list of the body, not its name
        if first.ent_type_ == "GPE" and self._entity_end(doc, j) < limit and (
            self._is_name_word(doc[self._entity_end(doc, j)])
        ):
            first = doc[self._entity_end(doc, j)]  # "of the Astana Institute of ..."
            j = first.i
        if first.ent_type_ in {"COUNTRY", "ORG", "GPE"}:
            end = self._entity_end(doc, j)
            # "Centre for UN Studies", "Centre for ASEAN-Eurasia Studies"
            while end < limit and first.ent_type_ == "ORG":
                if doc[end].text in self.org_words or (
                    # "Center for UN Accountability"
                    doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_
                    and self._is_name_word(doc[end])
                    and not self._starts_person(doc, end, limit, surnames)
                ):
                    end += 1
                elif doc[end].text == "-" and end + 1 < limit and doc[end + 1].is_title and not (
                    doc[end - 1].whitespace_ or doc[end].whitespace_
                ):
                    end += 2
                else:
                    break
            return end
        if self._is_name_word(first) or first.text in COMPLEMENT_NAME_WORDS:
            end = j
            while end < limit:
                token = doc[end]
                if token.text in COMPLEMENT_NAME_WORDS and not token.ent_type_:
                    end += 1  # "School of Government", "Conference of Heads of Government"
                elif self._is_name_word(token) and (
                    doc[end - 1].lower_ in JOINERS  # "Foreign Affairs and Human Mobility said"
                    or not self._starts_person(doc, end, limit, surnames)
                ):
                    end += 1
                elif (
                    # "Foreign Affairs and Trade", "Elimination of Discrimination against Women"
                    token.lower_ in JOINERS | {"against"}
                    and end + 1 < limit
                    and (self._is_name_word(doc[end + 1])
                         or doc[end + 1].text in COMPLEMENT_NAME_WORDS)
                    and doc[end + 1].ent_type_ != "COUNTRY"
                ):
                    end += 1
                elif token.text == "," and self._comma_list_end(doc, end, limit) > end:
                    # "Committee on Economic, Social and Cultural Rights", "Center for
                    # Strategic, International and Energy Studies"
                    end = self._comma_list_end(doc, end, limit)
                elif token.text == "-" and end + 1 < limit and (
                    self._is_name_word(doc[end + 1])
                    and not doc[end - 1].whitespace_ and not token.whitespace_
                ):
                    end += 1  # "Centre for Small-State Diplomacy"
                elif token.text == "-" and end + 1 < limit and doc[end - 1].text == "Co" and (
                    doc[end + 1].is_lower and not doc[end - 1].whitespace_
                    and not token.whitespace_
                ):
                    end += 2  # "Regional Co-operation"
                elif token.is_title and end + 2 < limit and doc[end + 1].text in {
                    "'s", "’s"
                } and self._is_name_word(doc[end + 2]) and end - j == 1:
                    end += 1  # a title owning the name's head: "High Commissioner's Programme"
                elif token.text in {"'s", "’s"} and end + 1 < limit and (
                    self._is_name_word(doc[end + 1]) and end - j <= 2
                ):
                    # "Ministry of People's Power for Foreign Affairs", "Executive Committee
                    # of the High Commissioner's Programme"
                    end += 1
                elif token.text in {"'", "’"} and end + 1 < limit and (
                    doc[end - 1].text.endswith("s") and not doc[end - 1].whitespace_
                    and self._is_name_word(doc[end + 1])
                ):
                    end += 1  # "African Court on Human and Peoples' Rights"
                else:
                    break
            return end
        if lowercase_allowed and first.is_lower and first.is_alpha:
            end = j
            while (
                end < limit
                and end - j < LOWERCASE_COMPLEMENT_LIMIT
                and (doc[end].is_alpha and doc[end].is_lower or doc[end].text == "-")
                and doc[end].lower_ not in self.function_words
            ):
                end += 1
            while end > j and doc[end - 1].text == "-":
                end -= 1
            return end
        return j

    def _comma_list_end(self, doc: Doc, comma: int, limit: int) -> int:
        """After a comma inside a name: the end of "Social and Cultural" (name words, more
        commas, then "and" and a name word) when the name goes on after it ("Rights",
        "Studies"), else ``comma``."""
        k = comma
        while k < limit and doc[k].text == "," and k + 1 < limit and (
            self._is_name_word(doc[k + 1]) and not doc[k + 1].ent_type_
        ):
            k += 2  # ", Social"
            while k < limit and self._is_name_word(doc[k]) and not doc[k].ent_type_:
                k += 1  # ", Foreign Trade"
        if k == comma or k + 1 >= limit or doc[k].lower_ not in JOINERS:
            return comma
        k += 1
        while k < limit and self._is_name_word(doc[k]) and not doc[k].ent_type_:
            k += 1  # "and Cultural Rights", "and Energy Studies"
        tail = doc[k - 1].text
        return k if tail in self.org_words or tail in self.heads or k - comma >= 5 and (
            doc[k - 1].is_title
        ) else comma

    def _entity_end(self, doc: Doc, j: int) -> int:
        end = j + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return end

    def _is_name_word(self, token: Token) -> bool:
        if token.ent_type_ in {"DATE", "PERSON", "COUNTRY"} or token.text in self.stopwords:
            return False
        if token.lower_ in self.person_titles:
            return False
        if is_initial(token):
            return False
        return token.is_alpha and (token.is_title or token.is_upper)

    def _starts_person(self, doc: Doc, i: int, limit: int, surnames: set[str]) -> bool:
        """Does a person's name start at ``i``? Two to four name words right before a
        speech verb ("... Studies Ruslan Zhumabekov said", "... Affairs Lê Thị Thu Hằng
        answered"), or a given name and a surname that the document uses elsewhere as a name
        ("N. Yusupova", "Yusupova said")."""
        words = 0
        j = i
        while j < limit and words < 4 and self._person_word(doc[j]):
            if j > i and is_initial(doc[j]) and not is_initial(doc[j - 1]):
                return False
            j += 1
            words += 1
            k = j
            while k < limit and doc[k].lower_ in self.speech_auxiliaries:
                k += 1
            if words >= 2 and k < limit and doc[k].lower_ in self.speech_verbs:
                return True
        return i + 1 < limit and self._person_word(doc[i]) and (
            doc[i + 1].text in surnames
        )

    def _person_word(self, token: Token) -> bool:
        return (
            token.is_title
            and token.text not in self.heads
            and token.text not in self.org_words
            and token.text not in self.stopwords
            and not token.ent_type_
        )

    def _known_surnames(self, doc: Doc) -> set[str]:
        """Words used as surnames elsewhere: after an initial or before a speech verb."""
        surnames = set()
        rows = doc.to_array([ORTH, IS_TITLE]).tolist() if len(doc) else []
        lowers = lower_forms(doc)
        strings = doc.vocab.strings
        colon = strings[":"]
        initials = self._initials
        for orth in {orth for orth, _ in rows}.difference(initials):
            initials[orth] = is_initial(doc.vocab[orth])
        speech = self.speech_verbs
        last = len(rows) - 1
        candidates = [  # title words after an initial, or before a speech verb or a colon
            i
            for i, (_, title) in enumerate(rows)
            if title
            and (
                initials[rows[i - 1][0] if i else rows[i][0]]
                or i < last and (lowers[i + 1] in speech or rows[i + 1][0] == colon)
            )
        ]
        for i in candidates:
            text = strings[rows[i][0]]
            previous = rows[i - 1] if i else rows[i]  # (orth, is_title)
            if initials[previous[0]]:
                surnames.add(text)
            if (
                not previous[1]
                and i + 1 < len(rows)
                and (
                    lowers[i + 1] in self.speech_verbs
                    or rows[i + 1][0] == colon and doc[i].is_sent_start
                )
                and text not in self.org_words | self.heads | self.stopwords
            ):
                surnames.add(text)
        return surnames

    # -- websites and abbreviations --------------------------------------------------

    def _web_names(self, doc: Doc) -> list[Span]:
        spans = []
        urls = doc.to_array(LIKE_URL).tolist() if len(doc) else []
        for token in (doc[i] for i, url in enumerate(urls) if url):
            if token.like_url and not token.ent_type_ and any(c.isalpha() for c in token.text):
                span = Span(doc, token.i, token.i + 1, label="ORG")
                spans.append(Span(doc, token.i, token.i + 1, label="ORG", kb_id=span.text))
        return spans

    def _abbreviations(self, doc: Doc) -> list[Span]:
        """Abbreviations defined in parentheses ("... Organization (CSTO)") or made of the
        initials of an organisation named in the document ("CCPCJ", "ODIHR")."""
        expansions: dict[str, str] = {}
        spelled: dict[str, str] = {}  # the text each abbreviation stands for
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            initials = "".join(t.text[0] for t in ent if t.is_title or t.is_upper)
            if len(initials) >= 3 and len(ent) > len(initials) - 1:
                expansions.setdefault(initials, ent.kb_id_ or ent.text)
                spelled.setdefault(initials, ent.text)
            if ent.end + 2 >= len(doc):
                continue
            opening, abbreviation, closing = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
            if opening.text == "(" and closing.text == ")" and (
                _is_abbreviation(abbreviation) or _mixed_case_initials(abbreviation, initials)
                # "Bahrain Center for ... Studies (Derasat)": a short name, for a long name
                or abbreviation.is_title and abbreviation.is_alpha and len(ent) >= 4
                and not abbreviation.ent_type_ and abbreviation.text not in self.stopwords
            ):
                expansions[abbreviation.text] = ent.kb_id_ or ent.text
                spelled[abbreviation.text] = ent.text
        orths = doc.to_array(ORTH).tolist() if expansions else []
        wanted = {doc.vocab.strings[text] for text in expansions}
        # (a lexicon abbreviation the document spells out otherwise takes the document's
        # name: "Agence de Presse Sénégalaise ... APS", not the Algeria Press Service)
        spans = [
            Span(doc, token.i, token.i + 1, label="ORG", kb_id=expansions[token.text])
            for token in (doc[i] for i, orth in enumerate(orths) if orth in wanted)
            if token.text in expansions and (
                not token.ent_type_ or token.ent_type_ == "ORG" and token.ent_iob_ == "B"
                and (token.i + 1 == len(doc) or token.doc[token.i + 1].ent_iob_ != "I")
                and token.ent_kb_id_ != expansions[token.text]
                # (not "Council of the Universal Postal Union (UPU)": the parent's own)
                and _plain(token.ent_kb_id_) not in _plain(spelled[token.text])
            )
        ]
        agencies = self._dateline_agencies(doc)
        named = {agency.text: agency.kb_id_ for agency in agencies}
        taken = {agency.start for agency in agencies} | {span.start for span in spans}
        later = [  # "he told AKP": the agency's later mentions
            Span(doc, token.i, token.i + 1, label="ORG", kb_id=named[token.text])
            for token in doc
            if token.text in named and token.i not in taken and not token.ent_type_
        ] if named else []
        return spans + agencies + later

    def _dateline_agencies(self, doc: Doc) -> list[Span]:
        """"Budapest, 30 June 2024 (MTI) -", "Amman, October 28 (Petra) --": an abbreviation,
        or a capitalised word before a dash, in parentheses right after a date is the news
        agency."""
        spans = []
        orths = doc.to_array(ORTH).tolist() if len(doc) else []
        opening, closing = doc.vocab.strings["("], doc.vocab.strings[")"]
        for i in [i for i in range(2, len(orths) - 1) if orths[i - 1] == opening]:
            if orths[i + 1] != closing:
                continue
            token = doc[i]
            before = doc[token.i - 2]
            if (
                doc[token.i - 1].text == "("
                and doc[token.i + 1].text == ")"
                and (
                    _is_abbreviation(token)
                    # "(Petra) --", "(HealthWire) —"
                    or token.text.isalnum() and token.text[:1].isupper()
                    and _dash_after(doc, token.i + 2)
                    and token.text not in self.heads | self.media_heads  # not "(Agency)"
                )
                and not token.ent_type_
                and not ROMAN_NUMERAL.match(token.text)  # "resolution 1991 (XVIII)": a session
                and (before.like_num or before.text in self.months or before.ent_type_ == "GPE")
            ):
                kb_id = self._outlet_named(doc, token) or token.text
                spans.append(Span(doc, token.i, token.i + 1, label="ORG", kb_id=kb_id))
        # "Phnom Penh, October 19, 2012 AKP --": the initials between the date and the dash
        strings = doc.vocab.strings
        dash_orths = {orth for orth in set(orths) if _is_dash(strings[orth])}
        dashes = [i for i in range(3, len(orths)) if orths[i] in dash_orths]
        for i in (i - 1 for i in dashes):  # (a token before a dash, read only there)
            token = doc[i]
            if (
                _is_abbreviation(token) and not token.ent_type_
                and (doc[i - 1].like_num and doc[i - 2].text in self.months | {","}
                     or doc[i - 1].text in self.months and doc[i - 2].like_num)
                and _line_start_near(doc, i)
            ):
                spans.append(Span(doc, i, i + 1, label="ORG", kb_id=token.text))
        return spans


# -ing words that are not verb forms ("Working Group")
ING_NOUNS = {"evening", "morning", "spring", "king", "building", "sterling", "working"}
VENUE_MODIFIERS = {"Convention", "Conference", "Exhibition", "Congress", "Trade", "Shopping",
                   "Press", "Media", "Visitor", "Visitors", "Sports"}  # "... Convention Centre"
HEADER_CHARACTERS = 600  # where a release's letterhead can be
FOOTER_CHARACTERS = 200  # where its closing block can be


def _line_start_near(doc: Doc, i: int, words: int = 12) -> bool:
    """A line starts within ``words`` tokens before ``i`` (a dateline is short)."""
    return any(
        k == 0 or "\n" in doc[k - 1].text or "\n" in doc[k - 1].whitespace_
        for k in range(max(0, i - words), i)
    )


def _dash_after(doc: Doc, i: int) -> bool:
    """A dateline dash at ``i``: "(Petra) --", "(Kabar) —"."""
    return i < len(doc) and _is_dash(doc[i].text)


def _is_dash(text: str) -> bool:
    return text.strip("-–—") == "" and bool(text.strip())


def _is_abbreviation(token: Token) -> bool:
    text = token.text.replace(".", "")
    return 2 <= len(text) <= ABBREVIATION_MAX_LENGTH and text.isalpha() and text.isupper()


def _mission_to(doc: Doc, head: int, end: int) -> int:
    """"Permanent Mission of Viet Nam to the United Nations": a mission's name goes on to
    the organisation it is accredited to."""
    if doc[head].text in MISSION_HEADS and end + 1 < len(doc) and doc[end].lower_ == "in" and (
        head > 0 and doc[head - 1].ent_type_ == "ORG"
        and doc[end + 1].ent_type_ in {"COUNTRY", "GPE"}
        or head > 0 and doc[head - 1].is_title and doc[end + 1].ent_type_ == "COUNTRY"
    ):
        # "United Nations Mission in South Sudan", "African Union Mission in Somalia",
        # "United Nations Assistance Mission in Afghanistan"
        k = end + 2
        while k < len(doc) and doc[k].ent_iob_ == "I":
            k += 1
        return k
    if doc[head].text in EMBASSY_HEADS and end + 1 < len(doc) and doc[end].lower_ in {"to", "in"}:
        # "Embassy of the Republic of Lithuania to the United Kingdom"
        k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        if k < len(doc) and doc[k].ent_type_ in {"COUNTRY", "GPE"} and doc[k].ent_iob_ == "B":
            k += 1
            while k < len(doc) and doc[k].ent_iob_ == "I":
                k += 1
            return k
        return end
    if doc[head].text not in MISSION_HEADS or end + 1 >= len(doc) or doc[end].lower_ != "to":
        return end
    k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    if k < len(doc) and doc[k].ent_type_ == "ORG" and doc[k].ent_iob_ == "B":
        k += 1
        while k < len(doc) and doc[k].ent_iob_ == "I":
            k += 1
        return k
    return end


def _mixed_case_initials(token: Token, initials: str) -> bool:
    """"MoFAIC" for "Ministry of Foreign Affairs and International Cooperation": its capitals
    are the name's initials, its small letters the small words."""
    text = token.text
    capitals = "".join(char for char in text if char.isupper())
    return (
        len(capitals) >= 3 and len(text) <= ABBREVIATION_MAX_LENGTH and text.isalpha()
        and text[0].isupper() and capitals == initials
    )


@Language.factory("ksc_organisations")
def make_organisations(nlp: Language, name: str) -> OrganisationFinder:
    return OrganisationFinder(nlp, name)
