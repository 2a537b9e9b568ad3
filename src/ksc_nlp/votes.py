"""VOTE_COUNT spans: numerals that count votes, ballots or voting states."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.tokens import Doc, Span, Token

from .entity_set import add_entities
from .phrases import BULLETS, COUNT_ADVERBS, Phrases, lower_forms
from .resources import DataComponent
from .tokenization import aligned_table_cell, line_bounds, table_column_header, text_end

TALLY_HYPHENS = {"-", "\u2013", "-to-"}  # "143-48", "9-to-5" (one token)
TALLY_JOINERS = TALLY_HYPHENS | {"to", "against"}  # before the second count of a tally
DIGITS = re.compile(r"^\d{1,3}(,\d{3})*$|^\d+$")
FUNCTION_WORDS = {"in", "and", "or", "to", "of", "out", "from", "with", "while", "but", "for",
                  "against", "compared", "than", "at", "on", "as", "after", "respectively",
                  "each"}
LIST_SEPARATORS = {",", "and", ";"}
BODIES = {"council", "assembly", "board", "committee", "commission"}
TEXT_VOTE_VERBS = {"adopted", "approved", "passed", "rejected", "carried", "defeated", "turned"}
COPULAS = {"was", "were", "is", "are"}
THRESHOLD_SUBJECTS = {"he", "she", "it", "they", "we", "you"}  # "the 96 he needed"
BALLOT_LABEL_WORDS = {"ballots", "ballot", "abstentions", "abstention", "majority", "voting",
                      "present"}
BEATING_VERBS = {"beat", "beats", "beating", "defeated", "defeats", "defeating", "edged",
                 "led", "leads", "leading", "trailed", "trailing", "outpolled"}
CONTEST_NOUNS = {"run-off", "runoff", "vote", "ballot", "round", "race", "election", "contest"}
POSSESSIVE_MARKS = {"'s", "’s"}
CANDIDATE_PARTICIPLES = {"elected", "re-elected", "chosen", "selected", "running", "seeking",
                         "vying", "competing", "standing", "contesting", "joining", "leaving"}
TOTAL_VERBS = {"numbered", "totalled", "totaled"}
YES_NO = {"yes", "no", "yeas", "nays", "ayes", "noes"}
OUTCOME_VERBS = {"remained", "failed", "fell", "lost", "trailed", "finished", "came"}
TALLY_LEADS = {"prevailed", "ahead", "led", "leading"}  # before "30 to 22"
BULLET_MARKS = {"-", "\u2013", "\u2014", "\u2022", "*", "\u25aa", "\u00b7"}  # "• 190 — ..."
VOTER_WORDS = {"states", "delegations", "members", "countries"}  # "190 — states voting"
TIE_WORDS = {"level", "tied", "equal", "even", "deadlocked"}  # "finished level on 165"
PLACINGS = {"first", "second", "third", "fourth", "fifth", "sixth", "last", "top", "bottom"}
RESULT_LIST_WINDOW = 250  # tokens before a "Country: N" line that may announce the results
VOTING_VERBS = {"abstained", "voted", "supported", "backed", "opposed"}
BALLOT_STATES = {"valid", "invalid", "blank", "spoiled", "void"}

CANDIDATE_TYPES = {"COUNTRY", "PERSON"}  # who receives votes (a person's give no relation)
# "(151 in the Assembly, 13 in the Council)", "(118 in the first round, 131 in the second)"
PARENTHESIS_TALLY_WORDS = {"and", ",", "in", "the", "votes", "vote", "ballots", ";", "round",
                           "ballot", "first", "second", "third", "fourth", "fifth"}
RANK_WORDS = {"last", "first", "second", "third", "fourth", "fifth", "best", "weakest",
              "strongest", "lowest", "highest"}
WENT_VERBS = {"went", "go", "goes", "going"}  # "the run-off went to Azoulay, 31 to 25"
OFFICE_RACE_WORDS = {"presidency", "election", "elected", "re-elected", "post", "chair",
                     "chairmanship", "leadership"}  # "WINS ASSEMBLY PRESIDENCY, BEATING ..."
RIVAL_NOUNS = {"rival", "rivals", "opponent", "opponents", "challenger", "challengers"}
LEADING_VERBS = {"led", "leading", "leads", "trailed", "trailing", "trails"}
PASSING_VERBS = {"passed", "adopted", "carried", "approved", "rejected", "defeated", "won",
                 "lost", "failed"}  # "passed 140 to 5"
TALLY_HEADERS = {"votes", "vote", "ballots", "yes", "no", "favour", "favor", "against",
                 "abstentions", "abstained", "majority", "required", "cast", "valid",
                 "present"}  # table columns of counts
ROUND_ADJECTIVES = {"successive", "consecutive", "more", "further", "separate", "secret",
                    "inconclusive", "straight"}


def _line_start(doc: Doc, i: int) -> bool:
    """The entity holding token ``i`` opens its line."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i == 0 or "\n" in doc[i - 1].text + doc[i - 1].whitespace_


@dataclass(frozen=True)
class Numeral:
    start: int
    end: int
    value: int


class VoteCounter(DataComponent):
    """Finds numerals that count votes and stores the integer in ``Span._.value``.

    A numeral is a vote count when it is followed by a vote noun ("55 votes"), by a voter
    noun in a voting context ("supported by 138 countries"), by a tally word ("9 against",
    "35 abstentions"), when it is the object of a receiving verb ("the Maldives received
    46"), the total or the threshold of another count ("out of 193", "majority of 129"),
    the other side of a tally ("113 votes to 77") or a member of a list whose last member
    is a vote count ("186, 187 and 182 votes"). Years, ``15-member``, rounds, seats and
    ordinals are not.
    """

    data_files = {"triggers": "triggers.json", "numbers": "numbers.json"}

    def compile(self) -> None:
        triggers = self.data["triggers"]
        self.vote_nouns = set(triggers["vote_nouns"])
        self.vote_adjectives = set(triggers["vote_adjectives"])
        self.voter_nouns = set(triggers["voter_nouns"])
        self.receive_verbs = set(triggers["receive_verbs"]) | {"voted", "by", "with"}
        self.non_vote_nouns = set(triggers["non_vote_nouns"])
        self.support_cues = Phrases(triggers["support_cues"])
        self.tally_cues = Phrases(triggers["tally_cues"])
        self.required_cues = {cue.split()[0].strip(",") for cue in triggers["required_cues"]}
        numbers = self.data["numbers"]
        self.units: dict[str, int] = numbers["units"]
        self.tens: dict[str, int] = numbers["tens"]
        self.scales: dict[str, int] = numbers["scales"]
        self.result_verbs = set(triggers["result_verbs"])
        self.seat_filling_verbs = set(triggers["seat_filling_verbs"])
        self.tally_nouns = set(triggers["tally_nouns"])
        self.tally_changes = set(triggers["tally_changes"])
        self._may_start: dict[int, bool] = {}  # per word (orth id): _may_start_numeral
        self.context_words = self.vote_nouns | {"voted", "voting", "elected", "ballot", "favour",
                                                "favor", "abstentions", "supported", "backed",
                                                "round", "rounds", "results", "tally", "seat",
                                                "slate", "race", "contest", "count",
                                                "tallies", "result", "seats", "candidates"}

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        numerals = [n for n in self._numerals(doc) if not _rank_among(doc, n.start)]
        counts = {numeral for numeral in numerals if self._is_vote_count(doc, numeral)}
        changed = True
        while changed:
            linked = {n for n in numerals if n not in counts and self._linked(doc, n, counts)}
            counts |= linked
            changed = bool(linked)
        spans = []
        for numeral in sorted(counts, key=lambda n: n.start):
            span = Span(doc, numeral.start, numeral.end, label="VOTE_COUNT")
            span._.value = numeral.value
            spans.append(span)
        add_entities(doc, spans)
        return doc

    # -- numerals --------------------------------------------------------------------

    def _numerals(self, doc: Doc) -> list[Numeral]:
        numerals = []
        may_start = self._may_start
        orths = doc.to_array(ORTH).tolist() if len(doc) else []
        vocab = doc.vocab
        for orth in set(orths).difference(may_start):
            may_start[orth] = self._may_start_numeral(vocab[orth])
        end = 0
        for i in [i for i, orth in enumerate(orths) if may_start[orth]]:
            if i < end:
                continue
            found = self._numeral_at(doc, i)
            if found is None or doc[i].ent_type_:
                continue
            numerals.append(found)
            end = found.end
        return numerals

    def _may_start_numeral(self, token: Token | Lexeme) -> bool:
        """Digits or a number word (cached per word)."""
        word = token.lower_
        return bool(DIGITS.match(token.text)) or word in self.units or word in self.tens

    def _numeral_at(self, doc: Doc, i: int) -> Numeral | None:
        text = doc[i].text
        if DIGITS.match(text):
            return Numeral(i, i + 1, int(text.replace(",", "")))
        return self._number_words(doc, i)

    def _number_words(self, doc: Doc, i: int) -> Numeral | None:
        total, current, j, last_word = 0, 0, i, None
        while j < len(doc):
            word = doc[j].lower_
            if word in self.units or word in self.tens:
                current += self.units.get(word, 0) + self.tens.get(word, 0)
            elif word in self.scales and current:
                current *= self.scales[word]
                if self.scales[word] >= 1000:
                    total, current = total + current, 0
            elif last_word is not None and j + 1 < len(doc) and (
                # "twenty-five", "one hundred and five"; not "five and three"
                word == "-" and doc[last_word].lower_ in self.tens
                and doc[j + 1].lower_ in self.units
                or word == "and" and doc[last_word].lower_ in self.scales
                and (doc[j + 1].lower_ in self.units or doc[j + 1].lower_ in self.tens)
            ):
                j += 1
                continue
            else:
                break
            last_word = j
            j += 1
        if last_word is None:
            return None
        return Numeral(i, last_word + 1, total + current)

    # -- classification --------------------------------------------------------------

    def _is_vote_count(self, doc: Doc, numeral: Numeral) -> bool:
        if self._is_compound_modifier(doc, numeral) or self._rounds_of_voting(doc, numeral):
            return False
        if self._share_of_voters(doc, numeral):
            return True
        following = self._next_word(doc, numeral.end)
        if following is not None and following.lower_ in self.vote_nouns:
            return True
        if following is not None and self._is_voter_noun(doc, following.i):
            return self._support_before(doc, numeral.start) or self._tally_after(
                doc, numeral.end
            ) or self._voters_casting(doc, following.i)
        if self._tally_after(doc, numeral.end, immediate=True) or self._yes_no_tally(doc, numeral):
            return True
        if self._received(doc, numeral) or self._tally_by(doc, numeral):
            return True
        if self._result_of_country(doc, numeral) or self._threshold_after(doc, numeral):
            return True
        if self._hyphen_tally(doc, numeral) or self._stated_tally(doc, numeral):
            return True
        if self._score_over_rival(doc, numeral):
            return True
        if self._labelled_ballot_figure(doc, numeral) or self._figure_box_line(doc, numeral):
            return True
        if self._result_line(doc, numeral) or self._voters_who_voted(doc, numeral):
            return True
        return self._in_parentheses_after_country(doc, numeral) or self._for_candidate(
            doc, numeral
        ) or self._table_cell(doc, numeral) or (
            numeral.end - numeral.start == 1 and country_result_row(doc, numeral.start)
        )

    def _table_cell(self, doc: Doc, numeral: Numeral) -> bool:
        """"| 1 | 95 | 52 |" under "| Round | Tedros (Ethiopia) | Nabarro (United Kingdom) |":
        a number alone in a table cell whose column is headed by a candidate or a vote word."""
        i, end = numeral.start, numeral.end
        before = i - 1 if i > 0 and not doc[i - 1].is_space else i - 2
        after = end if end < len(doc) and not doc[end].is_space else end + 1
        if before < 0 or after >= len(doc) or doc[before].text != "|" or doc[after].text != "|":
            # (padded cells: "| 191   |"); or a table aligned with spaces
            aligned = aligned_table_cell(doc, i) if DIGITS.match(doc[i].text) else None
            if aligned is None:
                return False
            cell, label = aligned
            if any(t.lower_ in {"round", "ballot"} for t in cell):
                # "Candidate  1st round  2nd round": a candidate's or a ballot figure's row
                return any(t.ent_type_ in CANDIDATE_TYPES for t in label) or not (
                    BALLOT_LABEL_WORDS | TALLY_HEADERS | BALLOT_STATES
                ).isdisjoint(t.lower_ for t in label)
            return any(t.ent_type_ in CANDIDATE_TYPES for t in cell) or not (
                TALLY_HEADERS | BALLOT_LABEL_WORDS
            ).isdisjoint(t.lower_ for t in cell)
        cell = table_column_header(doc, i)
        if cell and any(t.lower_ in {"round", "ballot"} for t in cell):
            # "| Norway | 140 | – |" under "| Candidate | First round | Second round |": a
            # candidate's (or a ballot figure's) row
            line_start = line_bounds(doc, i)[0]
            bar = next((m for m in range(line_start + 1, i) if doc[m].text == "|"), i)
            label = doc[line_start + 1 : bar]
            if not any(t.ent_type_ in CANDIDATE_TYPES for t in label) and any(
                t.ent_type_ == "COUNTRY" for t in doc[bar:i]
            ):
                return True  # "| African | Botswana | 186 |": the country in a later cell
            return any(t.ent_type_ in CANDIDATE_TYPES for t in label) or not (
                BALLOT_LABEL_WORDS | TALLY_HEADERS | BALLOT_STATES
            ).isdisjoint(t.lower_ for t in label)
        return bool(cell) and (
            any(t.ent_type_ in CANDIDATE_TYPES for t in cell)
            or not TALLY_HEADERS.isdisjoint(t.lower_ for t in cell)
        )

    def _for_candidate(self, doc: Doc, numeral: Numeral) -> bool:
        """"The vote was 113 for Kenya and 78 for Djibouti", "95 went to Tedros": a bare
        number, then "for" (or "went to") and a candidate, in a vote."""
        k = numeral.end
        if k + 2 < len(doc) and doc[k].lower_ in {"went", "go", "going"} and (
            doc[k + 1].lower_ == "to"
        ):
            k += 1  # "95 went to Tedros"
        if k + 1 >= len(doc) or doc[k].lower_ not in {"for", "to"} or (
            not DIGITS.match(doc[numeral.start].text)
            or doc[k].lower_ == "to" and k == numeral.end
        ):
            return False
        if doc[k + 1].lower_ == "the" and k + 2 < len(doc):
            k += 1
        return doc[k + 1].ent_type_ in CANDIDATE_TYPES and self._context(doc, numeral.start)

    def _linked(self, doc: Doc, numeral: Numeral, counts: set[Numeral]) -> bool:
        if self._is_compound_modifier(doc, numeral) or self._rounds_of_voting(doc, numeral):
            return False
        following = doc[numeral.end].lower_ if numeral.end < len(doc) else ""
        if following in self.non_vote_nouns and following not in self.voter_nouns:
            return False  # "turnout of 62 percent"
        second = doc[numeral.end + 1].lower_ if numeral.end + 1 < len(doc) else ""
        if following.isalpha() and following not in self.voter_nouns and (
            second in self.non_vote_nouns and second not in self.voter_nouns
        ):
            return False  # "the lowest of the four unopposed candidates"
        ends = {count.end for count in counts}
        starts = {count.start for count in counts}
        i = numeral.start
        sentence_start = doc[i].sent.start
        window = range(max(sentence_start, i - 8), i)
        before = [doc[j].lower_ for j in window]
        # "138 countries out of 193", "55 of the 193 votes", "113 votes to 77", "120-3"
        if before[-2:] == ["a", "possible"]:
            before = before[:-2]  # "187 votes out of a possible 193"
        if before[-2:] == ["out", "of"] or before[-1:] == ["of"] or before[-2:] == ["of", "the"]:
            if any(j + 1 in ends or doc[j].lower_ in self.vote_nouns for j in window):
                return True
        k = i  # "nine votes to Bhandari's five": read "to" before the owner's name
        if i - 2 > sentence_start and _possessive_mark(doc, i - 1) and doc[i - 2].is_title:
            k = i - 2
            while k - 1 > sentence_start and doc[k - 1].is_title:
                k -= 1
            if k - 1 > sentence_start and doc[k - 1].lower_ == "the":
                k -= 1  # "144 votes to the Maldives' 46"
        if k > sentence_start and doc[k - 1].lower_ in TALLY_JOINERS and any(
            j + 1 in ends or doc[j].lower_ in self.vote_nouns for j in range(k - 3, k - 1)
        ):
            return True
        earlier_count = any(count.end <= i and count.start >= sentence_start for count in counts)
        # "X won 189 votes and Y 185": a count right after a country, after another count;
        # also "and Y, endorsed by the African Group, 181"
        if i > sentence_start and earlier_count and (
            doc[i - 1].ent_type_ in CANDIDATE_TYPES or self._after_inserted_participle(doc, i)
            # "Norway collected 130 votes and Ireland exactly 128"
            or i - 1 > sentence_start and doc[i - 1].lower_ in COUNT_ADVERBS
            and doc[i - 2].ent_type_ in CANDIDATE_TYPES
        ):
            return True
        # "while Russia finished third with eighty-three": a number word where digits would
        # be a count, after another count of the sentence
        if earlier_count and not DIGITS.match(doc[i].text) and (
            self._received(doc, numeral, words=True)
            or self._result_of_country(doc, numeral, words=True)
        ):
            return True
        # "41 votes went to Thailand and 37 to Indonesia"
        following = doc[numeral.end : numeral.end + 3]
        if len(following) >= 2 and following[0].lower_ in {"to", "for"} and any(
            t.ent_type_ in CANDIDATE_TYPES for t in following[1:]
        ) and any(count.end <= i and count.start >= sentence_start for count in counts):
            return True
        # "obtained 130 and 128 respectively", "Morocco and Togo ... received 151 and 150.":
        # the last of a list of counts, ending the sentence
        if before[-1:] in (["and"], [","]) and (i - 1 in ends or i - 2 in ends) and (
            numeral.end < len(doc) and doc[numeral.end].lower_ in {"respectively", ".", ";"}
        ):
            return True
        # "Spain rose to 120 votes while Turkey fell to 73"
        if earlier_count and before[-2:-1] and before[-1] == "to" and (
            before[-2] in self.tally_changes
        ):
            return True
        # "186, 187 and 182 votes": a list ending in a vote count
        j = numeral.end
        while j < len(doc) and doc[j].lower_ in LIST_SEPARATORS:
            j += 1
        if j != numeral.end and j in starts:
            return True
        if self._parallel_count(doc, numeral, counts):
            return True
        # "leading 95 votes to 91 in the first and 106 to 81 in the second"
        if before[-1:] == ["and"] and numeral.end + 1 < len(doc) and doc[numeral.end].lower_ in {
            "to", "-"
        } and doc[numeral.end + 1].like_num and any(
            count.start >= sentence_start and count.end + 1 < i
            and doc[count.end].lower_ in {"to", "votes"} for count in counts
        ):
            return True
        # "Of the 190 ballots cast, 185 were valid"
        if earlier_count and numeral.end + 1 < len(doc) and doc[numeral.end].lower_ in COPULAS and (
            doc[numeral.end + 1].lower_ in BALLOT_STATES
        ):
            return True
        return any(word in self.required_cues for word in before[-3:])

    def _parallel_count(self, doc: Doc, numeral: Numeral, counts: set[Numeral]) -> bool:
        """"97 votes in the General Assembly and eight in the Security Council": a number
        after "and" with the same preposition as an earlier "N votes <preposition>"."""
        end = numeral.end
        start = numeral.start
        if start > 0 and doc[start - 1].lower_ in {"all", "only", "just"}:
            start -= 1  # "183 votes in the General Assembly and all 15 in the Council"
        if start == 0 or doc[start - 1].lower_ != "and" or end >= len(doc):
            return False
        preposition = doc[end].lower_
        if preposition not in {"in", "at", "on", "from"}:
            return False
        sentence_start = doc[numeral.start].sent.start
        return any(
            count.start >= sentence_start
            and count.end + 1 < numeral.start
            and (
                doc[count.end].lower_ in self.vote_nouns
                and doc[count.end + 1].lower_ == preposition
                or doc[count.end].lower_ == preposition  # "183 votes out of 193 in the GA"
            )
            for count in counts
        )

    def _share_of_voters(self, doc: Doc, numeral: Numeral) -> bool:
        """"Thirteen of the council's 15 members voted for the draft", "the support of at
        least 97 of the 193 member states": N of [the] [body's] M voters, in a vote."""
        i = numeral.end
        if i + 1 < len(doc) and doc[i].lower_ == "out" and doc[i + 1].lower_ == "of":
            i += 1  # "191 out of 193 member states backed the resolution"
        if i >= len(doc) or doc[i].lower_ != "of":
            return False
        window = doc[i + 1 : min(len(doc), i + 6)]
        first = next((t for t in window if t.like_num), None)
        total = self._numeral_at(doc, first.i) if first is not None else None
        if total is None or total.end >= len(doc) or not self._is_voter_noun(doc, total.end):
            return False
        if not all(t.lower_ in {"the", "'s", "’s"} or t.is_alpha for t in doc[i + 1 : total.start]):
            return False
        after = total.end + 1
        if after < len(doc) and doc[after].lower_ in CANDIDATE_PARTICIPLES:
            return False  # "one of the five countries elected to the Council": candidates
        if numeral.start > 0 and doc[numeral.start - 1].lower_ in self.seat_filling_verbs:
            return False  # "elected nine of the eighteen members of the Committee": seats
        return (
            self._context(doc, numeral.start)
            or self._support_before(doc, numeral.start)
            or self._tally_after(doc, total.end)
        )

    def _is_compound_modifier(self, doc: Doc, numeral: Numeral) -> bool:
        """``15-member``, ``two-year``: a numeral joined by a hyphen to a following word."""
        end = numeral.end
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
            return doc[end + 1].is_alpha
        return False

    def _next_word(self, doc: Doc, i: int) -> Token | None:
        while i < len(doc) and (doc[i].lower_ in self.vote_adjectives or doc[i].is_space):
            i += 1  # "valid votes", "138\u00a0votes" (a no-break space is a token of its own)
        return doc[i] if i < len(doc) else None

    def _is_voter_noun(self, doc: Doc, i: int) -> bool:
        j = i
        while j < len(doc) and (doc[j].ent_type_ in {"ORG", "NORP"} or doc[j].lower_ in BODIES):
            j += 1  # "13 Security Council members", "thirteen council members"
        if j < len(doc) and doc[j].lower_ == "member" and j + 1 < len(doc):
            j += 1
        return j < len(doc) and doc[j].lower_ in self.voter_nouns and doc[j].lower_ != "member"

    def _voters_casting(self, doc: Doc, i: int) -> bool:
        """"With 190 member states casting ballots", "with 191 states voting": the voters."""
        j = i
        while j < len(doc) and (doc[j].lower_ == "member" or doc[j].lower_ in self.voter_nouns):
            j += 1
        return j < len(doc) and doc[j].lower_ in {"voting", "casting", "present"}

    def _support_before(self, doc: Doc, i: int) -> bool:
        return self.support_cues.occurs_in(doc[max(doc[i].sent.start, i - 5) : i])

    def _tally_after(self, doc: Doc, i: int, *, immediate: bool = False) -> bool:
        sentence_end = doc[i - 1].sent.end
        if immediate:
            return self.tally_cues.starting_at(doc, i, sentence_end) is not None
        # not the "against" of a name ("the Committee against Torture")
        return any(
            doc[start].ent_type_ != "ORG"
            for start, _ in self.tally_cues.find(doc[i : min(sentence_end, i + 8)])
        )

    def _after_inserted_participle(self, doc: Doc, i: int) -> bool:
        """"Uganda, endorsed by the African Group, 181": a country, then ", <verb>ed by
        [the] NAME," right before token ``i``."""
        if i < 5 or doc[i - 1].text != ",":
            return False
        k = i - 2
        while k > 0 and doc[k].ent_type_:
            k -= 1
        if k == i - 2:
            return False
        if doc[k].lower_ == "the":
            k -= 1
        return (
            k >= 3
            and doc[k].lower_ == "by"
            and doc[k - 1].lower_.endswith("ed")
            and doc[k - 2].text == ","
            and doc[k - 3].ent_type_ == "COUNTRY"
        )

    def _received(self, doc: Doc, numeral: Numeral, *, words: bool = False) -> bool:
        j = numeral.start - 1
        while j >= 0 and doc[j].lower_ in {"only", "just", "some", "about", "nearly", "almost",
                                           "exactly", "barely", "precisely", "around"}:
            j -= 1
        tally = numeral.end + 1 < len(doc) and doc[numeral.end].lower_ in {"to", "-"} and (
            doc[numeral.end + 1].like_num
        )
        if tally and j > 1 and doc[j].lower_ in PLACINGS | {"final"} and (
            doc[j - 1].lower_ == "the"
        ):
            j -= 2  # "winning the second 31 to 16": the round by its ordinal alone
        if tally and j > 0:
            # "won it 31 to 25", "won the run-off 31 to 25" ("run-off" in three tokens)
            size = 3 if j > 2 and doc[j - 2 : j + 1].text.lower() in CONTEST_NOUNS else 1
            if size == 3 or doc[j].lower_ in {"it", "them"} | CONTEST_NOUNS:
                j -= size
                while j > 0 and doc[j].lower_ in {"the", "a", "final", "second", "third"}:
                    j -= 1
        if j > 0 and doc[j].lower_ in {"on", "at"} and doc[j - 1].lower_ == "tied" and (
            numeral.end < len(doc) and doc[numeral.end].lower_ in {"each", "apiece"}
        ):
            return self._context(doc, numeral.start)  # "were tied on 18 each"
        if tally and j > 0 and doc[numeral.end].lower_ == "to":  # (not a score: "beat Brazil 1-0")
            k = j
            while k > 0 and doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "COUNTRY":
                k -= 1
            if doc[j].lower_ in TALLY_LEADS or doc[j].ent_type_ == "COUNTRY" and (
                doc[k - 1].lower_ in BEATING_VERBS
            ):  # "Estonia prevailed 30 to 22", "edged ahead 27 to 25", "beat Belarus 30 to 22"
                return self._context(doc, numeral.start)
        if j < 0 or doc[j].lower_ not in self.receive_verbs:
            return False
        if not words and not DIGITS.match(doc[numeral.start].text) and not (
            self._part_of_total(doc, numeral.end) and self._context(doc, numeral.start)
        ):
            return False  # "they got one": number words need a vote noun (or a total after
            # them: "receiving one hundred and seventy-five of the 190 ballots cast")
        if doc[j].lower_ == "by" and not self._context(doc, numeral.start):
            return False
        if doc[j].lower_ in TOTAL_VERBS and not self._context_in(
            doc, doc[max(doc[j].sent.start, j - 8) : j]
        ):
            return False  # "the votes cast for Uzbekistan numbered 164", not "its staff numbered"

        if numeral.end < len(doc) and doc[numeral.end].lower_ == "for" and any(
            t.lower_ in {"seat", "seats", "allocated"} for t in doc[numeral.start].sent
        ):
            return False  # "seats are allocated by region, with 14 for African states"
        following = doc[numeral.end] if numeral.end < len(doc) else None
        if self._part_of_non_votes(doc, numeral.end):
            return False
        if following is None or following.is_punct or following.lower_ in FUNCTION_WORDS:
            return self._context(doc, numeral.start) or doc[j].lower_ != "by"
        return following.lower_ in self.vote_nouns

    def _part_of_total(self, doc: Doc, i: int) -> bool:
        """"... of the 190 ballots cast", "... out of 191" right after token ``i - 1``."""
        words = [t.lower_ for t in doc[i : i + 4]]
        if words[:2] == ["out", "of"]:
            words = words[2:]
        elif words[:1] == ["of"]:
            words = words[1:]
        else:
            return False
        if words[:1] == ["the"]:
            words = words[1:]
        return bool(words) and words[0].replace(",", "").isdigit()

    def _part_of_non_votes(self, doc: Doc, i: int) -> bool:
        """"76 of (the) 150 seats": a share of something that is not votes."""
        window = [t for t in doc[i : i + 4] if t.lower_ not in {"of", "the", "out"}]
        return (
            len(window) >= 2
            and i < len(doc)
            and doc[i].lower_ in {"of", "out"}
            and window[0].like_num
            and window[1].lower_ in self.non_vote_nouns
        )

    def _result_of_country(self, doc: Doc, numeral: Numeral, *, words: bool = False) -> bool:
        """"Chile, 171; Guyana, 140", "Nepal, on 12", "North Macedonia's 98", "Costa Rica
        finished on 96": a bare number after a country or a result verb, in a vote."""
        i = numeral.start
        if not (words or DIGITS.match(doc[i].text)) or not self._context(doc, i):
            return False
        following = doc[numeral.end] if numeral.end < len(doc) else None
        # "Romania's 58", "the Maldives' 46"
        possessed = i > 1 and doc[i - 2].ent_type_ == "COUNTRY" and _possessive_mark(doc, i - 1)
        if following is not None and following.lower_ in {"each", "apiece"} and i > 0 and (
            doc[i - 1].lower_ in {"on", "at", "with"}
            and not {"tied", "level", "tie"}.isdisjoint(lower_forms(doc)[max(0, i - 9) : i])
        ):
            return True  # "The Bahamas and Venezuela tied for the ninth seat on 104 each"
        if following is not None and following.is_alpha and following.lower_ not in FUNCTION_WORDS:
            if possessed and following.lower_ not in self.non_vote_nouns:
                return True  # "Croatia's 114 was just enough", "Finland's 108 fell short"
            if i > 1 and doc[i - 1].lower_ == "with" and doc[i - 2].ent_type_ == "COUNTRY" and (
                following.lower_ in self.result_verbs or following.lower_ in OUTCOME_VERBS
            ):
                return True  # "and Afghanistan with 12 remained outside"
            return following.lower_ in self.vote_nouns
        j = i - 1
        while j >= 0 and doc[j].lower_ in TIE_WORDS:
            j -= 1  # "finished level on 165 each"
        if j >= 0 and doc[j].lower_ in {"on", "at", "with"}:
            j -= 1
            tie = j >= 0 and doc[j].lower_ in TIE_WORDS
            while j >= 0 and doc[j].lower_ in TIE_WORDS | PLACINGS:
                j -= 1  # "Poland finished first on 158"
            if tie and j >= 0 and doc[j].lower_ in COPULAS:
                j -= 1  # "Kenya and Chile were deadlocked at 85"
        if j >= 0 and doc[j].lower_ in self.result_verbs:
            return True
        if j >= 0 and doc[j].text in {",", "'s", "’s", "\u2014", "\u2013"}:
            j -= 1  # "Chile, 171", "Iran — 61"
        if j < 0 or doc[j].ent_type_ not in CANDIDATE_TYPES:
            return False
        if doc[j].ent_type_ == "PERSON" and doc[j + 1].text == ",":
            return False  # "Sarr, 58, received 36 votes": an age
        return j < i - 1 or self._country_number_follows(doc, numeral.end) or (
            _after_outcome_label(doc, j)
        )

    def _country_number_follows(self, doc: Doc, i: int) -> bool:
        """"Estonia 132, Romania 58": another country and a number follow the list separator."""
        while i < len(doc) and doc[i].lower_ in LIST_SEPARATORS:
            i += 1
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1  # "Italy 95, the Netherlands 95"
        if i >= len(doc) or doc[i].ent_type_ not in CANDIDATE_TYPES:
            return False
        i += 1
        while i < len(doc) and doc[i].ent_iob_ == "I":
            i += 1
        return i < len(doc) and DIGITS.match(doc[i].text) is not None

    def _hyphen_tally(self, doc: Doc, numeral: Numeral) -> bool:
        """"beat Rassoul 143-48 in a vote": the first of two numbers joined by a hyphen,
        in a sentence about a vote (not a match score)."""
        end = numeral.end
        return (
            end + 1 < len(doc)
            and doc[end].text in TALLY_HYPHENS
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_digit
            and DIGITS.match(doc[numeral.start].text) is not None
            and (
                self._context_in(doc, doc[numeral.start].sent)
                or any(t.lower_ in TEXT_VOTE_VERBS for t in doc[numeral.start].sent)
                or self._beaten_person_before(doc, numeral.start)
                or self._beaten_rival_before(doc, numeral.start)
            )  # "it was approved 187-3", "beating Espinosa 23–10" (not a match score)
        )

    def _beaten_rival_before(self, doc: Doc, i: int) -> bool:
        """"BEATING AFGHAN RIVAL 143-48": a rival noun, a few words after a verb of
        beating, right before ``i``."""
        if i < 2 or doc[i - 1].lower_ not in RIVAL_NOUNS:
            return False
        return any(doc[k].lower_ in BEATING_VERBS for k in range(max(0, i - 5), i - 1)) and (
            self._context(doc, i) or not OFFICE_RACE_WORDS.isdisjoint(
                lower_forms(doc)[doc[i].sent.start : i]
            )
        )  # (not "beat its rival 3-1 in the final")

    def _beaten_person_before(self, doc: Doc, i: int) -> bool:
        """"beating Espinosa 23–10": a person after a verb of beating, right before ``i``."""
        if i < 2 or doc[i - 1].ent_type_ != "PERSON":
            return False
        k = i - 1
        while k > 0 and doc[k - 1].ent_type_ == "PERSON" and doc[k].ent_iob_ != "B":
            k -= 1
        return k > 0 and doc[k - 1].lower_ in BEATING_VERBS

    def _score_over_rival(self, doc: Doc, numeral: Numeral) -> bool:
        """"defeating Belarus 153 to 38", "Beat Thailand 138 To 55": the first of "N to M"
        right after a rival beaten in a vote (a seat or a ballot named in the sentence)."""
        i, end = numeral.start, numeral.end
        if i < 2 or end + 1 >= len(doc) or doc[end].lower_ != "to" or not doc[end + 1].like_num:
            return False
        k = i - 1
        if doc[k].lower_ in LEADING_VERBS and DIGITS.match(doc[i].text):
            return self._context(doc, i)  # "after leading 113 to 77 in the first"
        if (
            DIGITS.match(doc[i].text) and DIGITS.match(doc[end + 1].text)
            and doc[k].lower_ in PASSING_VERBS | {"ballot", "vote", "round"}
            or doc[k].lower_ in {"morning", "afternoon", "evening"}
            and doc[k - 1].ent_type_ == "DATE"
            and DIGITS.match(doc[i].text) and DIGITS.match(doc[end + 1].text)
        ):
            # "a text ... passed 140 to 5", "won a tie-break ballot on Friday morning 31 to 25"
            return self._context(doc, i)
        if k > 2 and doc[k].lower_ in {"candidate", "nominee"} and _possessive_mark(doc, k - 1):
            k -= 2  # "Beating China's Candidate 55 To 28"
        if doc[k].text == "," and DIGITS.match(doc[i].text):
            # "beat Finland in the second, 131 to 62", "beat Kyrgyzstan for the Asia-Pacific
            # seat in the second round, 129 to 55": past phrases naming the seat and round
            m = k - 1
            while m > k - 12 and doc[m].ent_type_ not in CANDIDATE_TYPES and (
                doc[m].is_lower or doc[m].text == "-" or doc[m - 1].lower_ in {"the", "-"}
            ):
                m -= 1
            if m < k - 1 and doc[m + 1].lower_ in {"in", "on", "after", "for"}:
                k = m
        if doc[k].text == "," and doc[k - 1].ent_type_ in CANDIDATE_TYPES and DIGITS.match(
            doc[i].text
        ):
            m = k - 1
            while m > 0 and doc[m].ent_iob_ == "I":
                m -= 1
            if m > 1 and doc[m - 1].lower_ == "to" and doc[m - 2].lower_ in WENT_VERBS:
                return self._context(doc, i)  # "The tie-break went to Azoulay, 31 to 25"
        rival = doc[k]
        if rival.ent_type_ not in CANDIDATE_TYPES:
            return False
        while k > 0 and doc[k].ent_iob_ == "I":
            k -= 1  # the rival's first token
        if k > 2 and doc[k - 1].lower_ == "of" and doc[k - 2].ent_type_ == "PERSON":
            k -= 2  # "edged Andreas Mavroyiannis of Cyprus 94 to 90": the person's country
            while k > 0 and doc[k].ent_iob_ == "I":
                k -= 1
        return k > 0 and doc[k - 1].lower_ in BEATING_VERBS and self._context(doc, i)

    def _rounds_of_voting(self, doc: Doc, numeral: Numeral) -> bool:
        """"after five ballots", "through 17 ballots", "Two ballots were needed": a number of
        rounds, not of votes."""
        i, end = numeral.start, numeral.end
        if end + 2 < len(doc) and doc[end].lower_ in {"ballots", "rounds"} and (
            doc[end + 1].lower_ in {"were", "was"}
            and doc[end + 2].lower_ in {"needed", "required", "necessary", "held"}
        ):
            return True  # "Two ballots were needed"
        k = end
        while k < len(doc) and doc[k].lower_ in ROUND_ADJECTIVES:
            k += 1  # "in three successive ballots"
        rounds = k < len(doc) and doc[k].lower_ in {"ballots", "rounds"}
        if rounds and k > end:
            return True
        # "It took two ballots": a few ballots that something took
        if rounds and i > 0 and doc[i - 1].lower_ in {"took", "take", "takes", "needed"} and (
            numeral.value <= 10
        ):
            return True
        return i > 0 and doc[i - 1].lower_ in {"after", "through", "over"} and rounds

    def _voters_who_voted(self, doc: Doc, numeral: Numeral) -> bool:
        """"Among the 35 that abstained", "the 128 who voted in favour", "down from the 180
        it won in 2016"."""
        end = numeral.end
        if end + 1 >= len(doc):
            return False
        if doc[end].lower_ in {"that", "who", "which"} and doc[end + 1].lower_ in VOTING_VERBS:
            return True
        return doc[end].lower_ in {"it", "they"} and doc[end + 1].lower_ in self.receive_verbs and (
            self._context(doc, numeral.start)
        )

    def _labelled_ballot_figure(self, doc: Doc, numeral: Numeral) -> bool:
        """"Number of ballots cast: 190", "Invalid ballots: 0", "Abstentions: 0", "Required
        majority: 127": a figure after a ballot label opening its line."""
        i = numeral.start
        if i < 2 or doc[i - 1].text != ":":
            return False
        k = i - 2
        while k > 0 and not _line_start(doc, k) and i - k < 8:
            k -= 1
        return _line_start(doc, k) and not (BALLOT_LABEL_WORDS | BALLOT_STATES).isdisjoint(
            lower_forms(doc)[k : i - 1]
        )  # ("• Valid: 188", "• Invalid: 2")

    def _figure_box_line(self, doc: Doc, numeral: Numeral) -> bool:
        """"- 192: member states entitled to vote", "• 190 — states voting in the first
        round", "• 96 — votes each for Montenegro": a box's line opening with a figure and a
        colon or dash, described as voters, votes or a majority in its first words."""
        i, end = numeral.start, numeral.end
        k = i - 1
        while k >= 0 and (
            doc[k].text in BULLET_MARKS or doc[k].is_space and "\n" not in doc[k].text
        ):
            k -= 1
        if k >= 0 and not _line_start(doc, k + 1) or end + 1 >= len(doc) or (
            doc[end].text not in {":", "\u2014", "\u2013", "-"}
        ) or k == i - 1:
            return False  # (a bullet or dash opens the line before the figure)
        words = [t.lower_ for t in doc[end + 1 : end + 6] if t.is_alpha]
        if words[:1] and words[0] in {"the", "a"}:
            words = words[1:]
        return bool(words) and words[0] not in {"ballots", "ballot", "rounds", "round"} and (
            words[0] in self.vote_nouns or "majority" in words[:3]
            or words[0] in VOTER_WORDS and words[1:2] in (["voting"], ["entitled"], ["present"])
            or words[:2] == ["member", "states"] and "vote" in words
        )  # (not "5 — ballots needed to settle the seat": rounds)

    def _result_line(self, doc: Doc, numeral: Numeral) -> bool:
        """"- Ghana: 183" on a line of its own, in a list of results announced a few lines
        before ("The results were as follows (191 ballots cast ...)")."""
        i, end = numeral.start, numeral.end
        line_end = end >= len(doc) or "\n" in doc[end].text or "\n" in doc[end - 1].whitespace_
        if i >= 4 and doc[i - 1].text == ")":
            # "Name (Country) 19": a candidate and its country in parentheses
            if not _bracketed_nationality(doc, i - 1):
                return False
        elif i >= 1 and doc[i - 1].ent_type_ == "COUNTRY" and _line_start(doc, i - 1):
            pass  # "Pakistan 169" on a line of its own
        elif not line_end or i < 2 or doc[i - 1].text not in {":", "-", "\u2013", "\u2014", ","}:
            return False
        elif doc[i - 2].ent_type_ not in CANDIDATE_TYPES and not _bracketed_nationality(doc, i - 2):
            return False  # "- Name (Country) – 141" passes
        if not line_end:
            return False
        window = lower_forms(doc)[max(0, i - RESULT_LIST_WINDOW) : i]
        return not self.context_words.isdisjoint(window)

    def _stated_tally(self, doc: Doc, numeral: Numeral) -> bool:
        """"Thailand's tally was 55", "its total stood at 60", "China's tally, 154, was the
        lowest", in a vote."""
        k = numeral.start - 1
        while k > 0 and numeral.start - k <= 2 and doc[k].lower_ in {
            "was", "is", "stood", "at", "of", "reached", ","
        }:
            k -= 1
        return (
            k < numeral.start - 1
            and doc[k].lower_ in self.tally_nouns
            and k > 0
            and (doc[k - 1].text in POSSESSIVE_MARKS or doc[k - 1].lower_ in {"its", "their"})
            and not (numeral.end < len(doc) and doc[numeral.end].lower_ in self.non_vote_nouns)
            and self._context(doc, numeral.start)
        )

    def _threshold_after(self, doc: Doc, numeral: Numeral) -> bool:
        """"the 27 needed", "the 97 required", "when 128 were required", "when 122 would
        have been enough", "or 129 if all 193 cast a ballot"."""
        k = numeral.end
        if k + 2 < len(doc) and doc[k].lower_ == "if" and doc[k + 1].lower_ in {
            "all", "every"
        } and doc[k + 2].like_num:
            return self._context(doc, numeral.start)
        i = numeral.start
        if i > 2 and doc[i - 1].lower_ in {"all", "every"} and doc[i - 2].lower_ == "if" and (
            doc[i - 3].like_num
        ):
            return self._context(doc, i)  # the voters of "129 if all 193 take part"
        while k + 1 < len(doc) and doc[k].lower_ in COPULAS | {"would", "have", "been"} and (
            self._context(doc, numeral.start)
        ):
            k += 1
        if i > 0 and doc[i - 1].lower_ == "the" and k + 1 < len(doc) and (
            doc[k].lower_ in THRESHOLD_SUBJECTS and self._context(doc, numeral.start)
        ):
            k += 1  # "above the 96 he needed", "the 29 she required"
        return k < len(doc) and doc[k].lower_ in {
            "needed", "required", "necessary", "enough", "sufficient"
        }

    def _yes_no_tally(self, doc: Doc, numeral: Numeral) -> bool:
        """"141 yes, 5 no": a number before "yes" or "no", with another such pair in the
        sentence."""
        if numeral.end >= len(doc) or doc[numeral.end].lower_ not in YES_NO:
            return False
        sentence = doc[numeral.start].sent
        return any(
            t.lower_ in YES_NO and t.i != numeral.end and t.i > sentence.start
            and doc[t.i - 1].like_num
            for t in sentence
        )

    def _tally_by(self, doc: Doc, numeral: Numeral) -> bool:
        """"adopted by 191 to 0", "by a vote of 120 to 3"."""
        i, end = numeral.start, numeral.end
        if i == 0 or end + 1 >= len(doc) or doc[end].lower_ not in {"to", "-"}:
            return False
        return doc[i - 1].lower_ in {"by", "of"} and doc[end + 1].is_digit

    def _in_parentheses_after_country(self, doc: Doc, numeral: Numeral) -> bool:
        """"Ghana (183)", and the figures of "Name of Chile (140 and 12)" and "(151 in the
        Assembly, 13 in the Council)": numbers alone in brackets after a country, in a vote."""
        opening = next(
            (k for k in range(numeral.start - 1, max(-1, numeral.start - 8), -1)
             if doc[k].text in {"(", ")", "[", "]"}),
            None,
        )
        if opening is None or opening < 1 or doc[opening].text not in {"(", "["}:
            return False  # "Ghana (183)", "Poland [149]"
        bracket = ")" if doc[opening].text == "(" else "]"
        if doc[opening - 1].ent_type_ != "COUNTRY" or not (
            self._context(doc, numeral.start) or self._vote_column(doc, numeral.start)
        ):
            return False
        closing = next(
            (k for k in range(opening + 1, min(len(doc), opening + 16)) if doc[k].text == bracket),
            None,
        )
        return closing is not None and all(
            t.like_num or t.ent_type_ == "ORG" or t.lower_ in PARENTHESIS_TALLY_WORDS | BODIES
            for t in doc[opening + 1 : closing]
        )

    def _context(self, doc: Doc, i: int) -> bool:
        """A vote is spoken of in this sentence or the one before; in a bulleted list, in
        the list's lines or the sentence that introduces them."""
        sentence = doc[i].sent
        previous = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        while previous.start > 0 and (_list_item(doc, previous) and _list_item(doc, sentence)
                                      or _part_heading_line(doc, previous)):
            # "• Asia-Pacific States: China (154)"; "Western Hemisphere —" over "- Brazil (131)"
            previous = doc[previous.start - 1].sent
        return self._context_in(doc, doc[previous.start : sentence.end])

    def _vote_column(self, doc: Doc, i: int) -> bool:
        """A table cell under a header speaking of votes ("| Elected (votes) |")."""
        header = table_column_header(doc, i) or []
        return not self.context_words.isdisjoint(t.lower_ for t in header)

    def _context_in(self, doc: Doc, span: Span) -> bool:
        """Does a vote word occur in ``span``?"""
        return not self.context_words.isdisjoint(lower_forms(doc)[span.start : span.end])


@Language.factory("ksc_votes")
def make_votes(nlp: Language, name: str) -> VoteCounter:
    return VoteCounter(nlp, name)


def _rank_among(doc: Doc, i: int) -> bool:
    """"Zimbabwe, last of the thirteen": a rank among candidates, no count of votes."""
    return i > 2 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ == "of" and (
        doc[i - 3].lower_ in RANK_WORDS
    )


def country_result_row(doc: Doc, i: int) -> bool:
    """"  Saudi Arabia  96   elected", "Iran    71   not elected": a row naming a country,
    its count (token ``i``) and an election result, without a header naming the columns."""
    line_start, line_end = line_bounds(doc, i)
    words = [t for t in doc[line_start:line_end] if not t.is_space]
    if words and words[0].text in BULLETS and len(words) > 1 and DIGITS.match(doc[i].text):
        # "- Romania 160 — elected", "• Belarus: 44 – not elected": a bulleted result line
        rest = words[1:]
        k = next((n for n, t in enumerate(rest) if t.i >= i), None)
        if k is None or rest[0].ent_type_ != "COUNTRY":
            return False
        before, after = rest[1:k], rest[k + 1 :]
        return all(t.ent_type_ == "COUNTRY" or t.text == ":" for t in before) and (
            len(after) >= 2 and after[0].text in {"\u2014", "\u2013", "-", ","}
        ) and all(t.is_lower for t in after[1:]) and any(t.lower_ == "elected" for t in after[1:])
    if not words or words[0].ent_type_ != "COUNTRY" or not DIGITS.match(doc[i].text) or not any(
        t.is_space for t in doc[line_start:i]
    ):
        return False
    k = next(n for n, t in enumerate(words) if t.i >= i)
    before, after = words[1:k], words[k + 1 :]
    labels = all(
        t.ent_type_ == "COUNTRY" or t.is_title or t.text in {"(", ")", "-"} for t in before
    )  # a group column may stand between: "Thailand    Asia-Pacific    170    elected"
    return labels and bool(after) and all(t.is_lower or t.text == "-" for t in after) and any(
        t.lower_ == "elected" for t in after
    )  # "elected", "re-elected", "not elected"


def _part_heading_line(doc: Doc, sentence: Span) -> bool:
    """A short line naming a part of a list and ending with a colon or a dash ("Western
    Hemisphere —", "Region II (Asia):")."""
    end = text_end(doc, sentence)
    return 0 < end - sentence.start <= 8 and doc[end - 1].text in {
        ":", "-", "\u2013", "\u2014"
    } and not any(t.is_digit for t in doc[sentence.start : end])


def _bracketed_nationality(doc: Doc, closing: int) -> bool:
    """Is ``doc[closing]`` the ")" of "Name (Country)"?"""
    if doc[closing].text != ")" or closing < 3 or doc[closing - 1].ent_type_ != "COUNTRY":
        return False
    k = closing - 1
    while k > 0 and doc[k].ent_type_ == "COUNTRY" and not doc[k].ent_iob_ == "B":
        k -= 1
    return doc[k - 1].text == "(" and k >= 2 and doc[k - 2].ent_type_ == "PERSON"


def _possessive_mark(doc: Doc, i: int) -> bool:
    """"'s" or the bare apostrophe after a plural name ("the Maldives' 46")."""
    return doc[i].text in POSSESSIVE_MARKS or (
        doc[i].text in {"'", "’"} and i > 0 and doc[i - 1].lower_.endswith("s")
    )


def _after_outcome_label(doc: Doc, j: int) -> bool:
    """The candidate ending at token ``j`` opens the items after an outcome's label: "Not
    elected: Iran 86", "Elected: Kuwait 119"."""
    while j > 0 and doc[j].ent_iob_ == "I":
        j -= 1
    if j < 2 or doc[j - 1].text != ":":
        return False
    return lower_forms(doc)[j - 2] in {"elected", "re-elected"}


def _list_item(doc: Doc, sentence: Span) -> bool:
    """A line opening with a bullet or an item's number ("• Fiji (187)", "2. Botswana (179)")."""
    first = doc[sentence.start]
    return first.text in BULLETS or first.is_digit and len(first) <= 2 and (
        sentence.start + 1 < len(doc) and doc[sentence.start + 1].text in {".", ")"}
    )

