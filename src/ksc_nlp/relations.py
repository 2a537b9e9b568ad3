"""Relations between entities, from sentence patterns over entities and trigger words."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .phrases import (
    BULLETS,
    COUNT_ADVERBS,
    OPENING_QUOTES,
    POSTING_STARTS,
    Phrases,
    lower_forms,
    skip_destination,
    title_before_portfolio,
)
from .resources import DataComponent
from .tokenization import (
    aligned_table_cell,
    line_bounds,
    skip_parenthesis,
    table_column_header,
    text_end,
)
from .votes import country_result_row

POSSESSIVES = {"'s", "’s", "'", "’"}
SINGULAR_ANAPHORS = {"it", "its"}
ARTICLES = {"the", "a", "an"}
LIST_JOINERS = {",", "and", "as", "well"}
RELATIVE_PRONOUNS = {"which", "that", "who", "whose"}
CANDIDACY_AUXILIARIES = {"would", "will", "to", "may", "might", "could", "plans", "not"}
CLAUSE_SPLITTERS = {"while", "whereas"}
BALLOT_ROUND_WORDS = {"ballot", "ballots", "round", "rounds", "run-off", "runoff"}
# sentences and table rows read after a count of candidates for their names
CANDIDATE_LINES = 48
# "chose Slovenia over Belarus", "choosing it over Romania"
OVER_CHOICES = {"chose", "chosen", "choose", "chooses", "choosing", "picked", "picking",
                "preferred", "preferring", "elected", "electing", "favoured", "favored"}
# "the three seats on the Board were taken by Algeria, Oman and Lebanon"
SEATS_TAKEN_PARTICIPLES = {"won", "taken", "filled", "claimed", "secured", "captured"}
# words after the seats won, before the body: "five of the six seats at stake on the Board"
SEAT_QUALIFIERS = (["at", "stake"], ["up", "for", "election"], ["available"], ["vacant"],
                   ["open"], ["on", "offer"])
# tokens of an apposition before its "who": ", a former deputy foreign minister of Norway who"
APPOSITION_WINDOW = 12
SEAT_NOUNS = {"seat", "seats", "term", "terms", "place", "places", "spot", "spots"}
RESEARCH_HEADS = {"Centre", "Center", "Institute", "University", "Foundation", "Academy",
                  "School", "College"}
UNCONTESTED = {"unopposed", "uncontested", "unchallenged"}
RETURN_VERBS = {"return", "returns", "returned", "returning"}
BODY_NEEDING_VERBS = RETURN_VERBS | {"remain", "remains", "remained", "remaining"}
MEMBERSHIP_WORDS = {"seat", "seats", "term", "place", "places", "council", "commission", "board",
                    "committee", "body", "member", "members", "membership"}
FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SEAT_HOLDING_VERBS = {"held", "sat", "served", "occupied"}  # "has held a seat six times:"
LEAVING_WORDS = {"leaving", "leave", "leaves", "outgoing", "departing", "retiring"}
TERM_SESSION_BOUNDS = {"beginning", "starting", "commencing", "expiring", "ending"}
SESSION_NOUNS = {"session", "meeting"}
HOSTILE_NOUNS = {"war", "aggression", "invasion", "sanctions", "embargo", "violence", "attack",
                 "attacks", "crimes", "measures", "discrimination", "campaign", "offensive",
                 "bias", "biased", "prejudice", "prejudiced", "hostility", "hostile"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth"}
FOUNDING_WORDS = {"founded", "established", "created", "formed", "born", "signed", "adopted"}
CLAUSE_LINKS = {"since", "before", "after", "until", "when", "while", "as", "than", "because",
                "but", "that", "which", "who", "by", "for", "with", "from", "to"}
DATE_CHAIN_WORDS = {"and", "to", "until", "through", "in", "most", "recently", "again", "later",
                    "then", "also", "finally", "before", "that"}  # "and most recently in"
TRAILING_WORDS = {"trailing", "trailed", "trails", "trail", "behind"}
CLAUSE_JOINERS = {"and", "while", "whereas", "but"}  # ", while Estonia won ..."
CONTEST_VERBS = {"beating", "defeating", "beat", "edging", "outpolling"}  # "... by beating
# Canada in 2010": the date of the contest
LOSING_OUTCOMES = {"lost", "lose", "loses", "failed", "withdrew", "withdrawn", "quit"}
ROTATING_OFFICES = {"presidency", "chairmanship", "chairship", "chair"}
HOSTED_EVENTS = {"summit", "meeting", "conference", "forum", "ceremony"}
BOUNDARY_SUBJECTS = {"voting", "balloting", "session", "meeting", "summit", "debate", "talks",
                     "conference", "election", "vote", "count", "counting"}
LOSS_ADVERBIALS = {"again", "once", "more", "this", "time", ",", "in", "out", "narrowly",
                   "also", "then"}
RUN_WORDS = {"run", "runs", "ran", "running"}
TERM_STARTS = {"beginning", "starting", "commencing", "effective"}
TERM_BEGIN_VERBS = {"begin", "begins", "start", "starts", "commence", "commences", "assume",
                    "assumes"}
# "completed the election of the 36-member ICAO Council", "fills the 48 seats of"
ANNOUNCED_FILLING = {"election", "filling", "fills", "fill", "elects", "elect", "choosing",
                     "electing"}
PAST_SEAT_FILLING = {"elected", "re-elected", "filled", "chose", "chosen", "selected"}
PROSPECTIVE_WORDS = {"to", "will", "would", "shall", "could", "may", "might", "be"}
DATE_LEAD_WORDS = ARTICLES | {  # "for the term 2021-2022", "for the triennium 1983-1986"
    "period", "years", "term", "biennium", "triennium", "quadrennium"
}
# "readmitted Syria, ending a suspension imposed in November 2011": no seat's date
NO_TERM_AFTER = LOSING_OUTCOMES | CONTEST_VERBS | {"suspension", "suspended", "expelled"}
HOST_VERBS = {"host", "hosts", "hosting", "hosted"}
HEAD_VERBS = {"head", "lead", "chair", "run", "direct"}
FACING_OFF = {"facing", "face", "faces", "faced"}  # before "off"
UNIT_NOUNS = {"programme", "program", "department", "division", "unit", "project", "team",
              "desk", "section", "initiative", "office"}  # parts of an organisation
COUNTRY_NOUNS = {"country", "government", "nation", "state"}
VOTER_NOUNS = {"states", "members", "countries", "nations", "delegations"}
EVENT_NOUNS = {"election", "elections", "vote", "votes", "ballot", "ballots", "poll", "polls",
               "summit", "meeting", "session", "talks", "conference", "round", "rounds",
               "referendum", "referendums", "plebiscite", "ceremony", "forum"}
LEADING_FORMS = {"leading", "led", "leads", "ahead"}  # "Costa Rica leading 112 to 76"
TALLY_LINKS = {"to", "at", "was", "is", "of", "reached", "totalled", "totaled", ","}
QUALIFIED_NOUNS = {"presidency", "chairmanship", "term", "seat", "membership", "mandate", "bid",
                   "candidacy", "mission", "delegation", "campaign", "accession"}
APPOSITION_STARTS = {"then", "a", "an", "once", "now", "formerly", "itself", "long"}
POSITION_PREPOSITIONS = {"of", "at", "in"}
OBJECT_MARKERS = {"with", "over", "than", "against", "to", "by", "from"}
TERM_PREPOSITIONS_ANY = {"for", "from", "until", "till", "through", "throughout", "to"}
TERM_PREPOSITIONS_START = {"on", "in", "during", "from", "starting", "beginning", "effective",
                           "of", "since"}
MODIFIER_WORDS = 3
FUNCTION_WORDS = {"by", "of", "to", "in", "on", "for", "with", "at", "from", "and", "or", "who",
                  "which", "that", "was", "is", "has", "had", "will", "as", "the", "a", "an"}
MEMBERSHIP_PREPOSITIONS = {"on", "to", "in", "into", "of", "for"}
BODY_FOLLOWERS = {"for", "in", "on", "from", "with", "and", "or", "as", "after", "since", "at",
                  "by", "until", "through", "during", "when", "while", "where", "which", "that",
                  "to", "of", "is", "was", "were", "are", "will", "has", "had", "last", "this",
                  "next", "only", "seat", "seats",  # "won a Security Council seat"
                  "today", "yesterday", "tomorrow",
                  "without", "despite", "following", "before", "a", "an", "the", "its", "their",
                  "once", "again", "unopposed", "alongside", "together", "along", "beginning",
                  "starting", "effective", "under", "over", "among", "amid", "earlier", "later",
                  "outright", "instead", "too", "alone", "first", "twice"}
CANDIDACY_GAP = {"had", "have", "has", "were", "are", "was", "put", "forward", "their", "the",
                 "both", "its", "main", "only", "rival", "announced", "submitted", "presented",
                 "declared", "registered", "all", "two", "three", "four", "five", "six", "each",
                 "a", "an", ","}  # "Italy and the Netherlands, rivals for the last seat"
NOT_RECEIVED = {"abstentions", "abstention", "abstaining", "abstained", "against"}
VOTER_WORDS = {"delegations", "countries", "states", "members", "nations", "governments"}
CHAIN_SEPARATORS = {",", "and", "-", "\u2013", "\u2014"}
FINITE_VERBS = {"was", "were", "is", "are", "had", "has", "have", "would", "will", "could",
                "won", "lost", "took", "beat", "wins", "loses", "takes"}
TENURE_NOUNS = {"term", "terms", "year", "years", "tenure", "time", "stint", "spell", "mandate",
                "days"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his", "himself", "herself"}
HONORIFIC_TITLES = {"sheikh", "sheikha", "shaikh", "shaikha", "shaykh", "prince", "princess"}
CHAIR_VERBS = {"chair", "chairs", "chairing", "preside", "presides", "presiding"}
PAIR_ANAPHOR_WORDS = {"the", "two", "both", "pair", "countries", "nations", "states", "sides",
                      "rivals", "candidates", "neighbours", "neighbors"}
ELLIPTICAL_VERBS = {"were", "was", "did", "has", "have", "had", "are", "is", "will", "would"}
MEMBERSHIP_VERBS = {"sat", "sits", "sit", "served", "serves", "serve", "serving", "sitting"}
SCHEDULE_WORDS = {"scheduled", "set", "planned", "slated", "due", "expected"}
BODY_NOUNS = {"council", "assembly", "board", "commission", "committee", "court", "tribunal"}
# posts at "the League", "the union" named before ("who has led the League since 2001")
POST_BODY_NOUNS = BODY_NOUNS | {"league", "union"}
ABSOLUTE_ADVERBS = {"later", "then", "also", "still", "eventually", "subsequently", "again",
                    "instead", "soon", "narrowly", "ultimately", "finally", "even"}
SPOILT_OR_ABSTAINING = {"invalid", "blank", "spoiled", "spoilt", "void", "abstention",
                        "abstentions", "abstained"}
PERCENT_WORDS = {"percent", "%", "pct"}
THRESHOLD_WORDS = {"majority", "required", "needed", "threshold", "necessary", "short"}
SEAT_BODIES = {"Council", "Commission", "Committee", "Board", "Court", "Tribunal", "Bureau"}
PASSIVE_AUXILIARIES = {"was", "were", "been", "be", "is", "are", "being", "not"}
AUXILIARIES_AND_QUANTIFIERS = PASSIVE_AUXILIARIES | {"also", "all", "each"}
CLAUSE_BREAKS = {";", ":", "but", "while", "whereas", "although"}
# what may follow a person's passive "was elected" that names no body or office
PASSIVE_WINNER_FOLLOWERS = {".", ",", "in", "with", "on", "after", "by", "and", "unopposed",
                            "for", "at", "only", "again"}
NEGATIONS = {"not", "no", "never", "failed"}
CAMPAIGN_VERBS = {"campaigned", "campaigning", "campaign", "campaigns", "lobbied", "lobbying",
                  "protested", "protesting", "warned", "argued", "spoke"}  # (not "voting against")
CONTEST_FOR_VERBS = {"vying", "vied", "competing", "competed", "contesting", "running", "ran",
                     "standing", "stood"}
# lower-case words of a group's label: "From the Asia-Pacific group, three seats went to"
REGION_NOUNS = {"region", "group", "category", "part"}
COUNTED_MEMBER_NOUNS = {"members", "states", "countries"}
COUNTED_CHOICE_VERBS = {"returned", "returns", "chose", "chooses", "selected", "picked"}
HEADING_COUNT_NOUNS = {"seat", "seats", "candidate", "candidates"}
RUN_OFF_WORDS = {"run", "runoff", "tie", "second", "restricted"}  # "run-off" is three tokens
WINNING_VERBS = {"cleared", "won", "made", "succeeded"}  # "Seven candidates cleared it:"
SERVING_VERBS = {"served", "serves", "serving"}  # "Name served two terms as ..."
SUCCESSION_MODIFIERS = {"next", "new", "first", "incoming", "interim"}  # "as its next ..."
SEEKING_VERBS = {"wanted", "sought", "chased", "coveted", "eyed"}  # "... the seat"
SPOILT_BALLOTS = {"blank", "invalid", "spoiled", "spoilt", "void", "null"}
WITHDRAWAL_WORDS = {"withdrew", "withdrawn", "withdraws", "pulled", "dropped"}
WINNING_WORDS = {"won", "win", "wins", "elected", "chosen"}  # "Who won?"
ELECTED_COLUMN_WORDS = {"elected", "re-elected", "winners", "winner"}
LOSING_COLUMN_WORDS = {"not", "unsuccessful", "defeated", "lost", "losers", "eliminated"}
LABEL_FUNCTION_WORDS = {"in", "from", "for", "the", "and", "of", "then", "first", "next", "with",
                        "had", "has", "here", "there"}
REGION_COUNT_NOUNS = {"seats", "seat", "places", "states", "members", "countries"}
REGION_LABEL_WORDS = REGION_NOUNS | {"from", "in", "for", "states", "countries", "electoral",
                                     "regional", "first", "next", "then", "had", "has", "with",
                                     "put", "up", "names", "candidates"}
HEADING_FUNCTION_WORDS = {"and", "other", "others", "of", "the", "seat", "seats", "one", "two",
                          "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
ACTIVE_ELECTS = {
    "elected", "elects", "re-elected", "re-elects", "admitted", "admits", "readmitted", "readmits",
    "elect",
}
# "voted A and B onto the Council", "picked A to fill a seat on X", "chosen to serve on X"
CHOICE_VERBS = {"voted", "picked", "chose", "chosen", "selected", "returned", "sent"}
SEATING_WORDS = {"onto", "into"}
SEATING_INFINITIVES = {"fill", "serve", "sit", "occupy"}
INVERTED = {"were", "are", "include", "included", "includes"}
DECLARING_VERBS = {"declare", "declares", "declared", "declaring"}
SEAT_COUNT_NOUNS = {"states", "countries", "members", "seats", "places"}  # "ten States"
SEAT_NOUN_PLURALS = {"seats", "places"}
# what may follow a bare "were elected" with no body: "were elected; Belarus was not"
BARE_ELECTION_FOLLOWERS = {";", ",", ".", "unopposed", "without", "by", "with", "outright", "for",
                           "comfortably", "easily", "in", "on", "too"}
DASHES = {"-", "\u2013", "\u2014"}
NOMINATING_WORDS = {"nominated", "proposed", "backed", "sponsored", "fielded", "forward",
                    "put", "presented", "endorsed"}
GROUP_CELL_WORDS = {"western", "eastern", "european", "african", "asian", "latin", "american",
                    "caribbean", "others", "group", "states", "region", "asia", "pacific"}
ADVERBIAL_CLAUSE_STARTS = {"before", "after", "while", "when", "until", "since", "becoming",
                           "having"}
ADVISER_WORDS = {"adviser", "advisor", "consultant", "counsel", "counsellor", "counselor"}
SEAT_WORDS = {"seat", "seats", "place", "places", "post", "posts"}
LISTED_HOLDER_WORDS = {"of", "the", "in", ",", "and", "former", "(", ")", ";"}
SOUGHT_WORDS = {"application", "applications", "applied", "request", "requested", "bid"}
OWNER_PRONOUNS = {"our", "its", "their", "his", "her", "my"}
ADMISSION_VERBS = {"admitted", "admits", "readmitted", "readmits"}  # the body joined
BALLOT_WORDS = {"ballot", "vote", "voting", "round", "session", "meeting"}
AFFILIATION_VERBS = {"teaches", "taught", "works", "worked", "lectures", "lectured", "researches"}
OFFICE_ADVERBS_AND_AUXILIARIES = {"now", "currently", "also", "still", "has", "had", "have",
                                  "was", "is", "been", "formerly", "previously", "once"}


@dataclass(frozen=True)
class Relation:
    head: Span
    child: Span
    label: str


class RelationExtractor(DataComponent):
    """Writes ``Doc._.relations``: ELECTED_TO, RECEIVED_VOTES, OUT_OF, COMPETED_WITH, TERM
    and POSITION_AT, each found by a sentence pattern (see ``docs/GUIDELINES.md``)."""

    data_files = {
        "triggers": "triggers.json", "titles": "titles.txt", "honorifics": "honorifics.txt",
        "numbers": "numbers.json",
    }

    def compile(self) -> None:
        triggers = self.data["triggers"]
        self.honorifics = set(self.data["honorifics"])
        numbers = self.data["numbers"]
        self.unit_words: dict[str, int] = numbers["units"]
        self.number_words = {  # "the five winners", "The forty members"
            word: value for word, value in (numbers["units"] | numbers["tens"]).items()
            if value >= 2
        }
        self.ordinal_words: dict[str, int] = numbers["ordinals"]  # "the ninth candidate"
        self.elected_cues = Phrases(triggers["elected_cues"])
        self.negative_cues = set(triggers["negative_cues"])
        self.competition_cues = Phrases(triggers["competition_cues"])
        self.between_cues = set(triggers["between_cues"])
        self.term_verbs = set(triggers["term_verbs"])
        self.period_nouns = set(triggers["term_nouns"]) | {"period"}  # "for the period ..."
        self.term_nouns = set(triggers["term_nouns"])
        self.term_boundary_verbs = set(triggers["term_boundary_verbs"])
        self.office_predicates = set(triggers["office_predicates"])
        self.led_by = Phrases(triggers["led_by"])
        self.office_adverbs = set(triggers["office_adverbs"])
        self.receive_verbs = (
            set(triggers["receive_verbs"]) | set(triggers["result_verbs"]) | {"with"}
        )
        self.support_cues = Phrases(triggers["support_cues"])
        self.titles = Phrases(self.data["titles"])
        self.speech_verbs = set(triggers["speech_verbs"])
        self.competing_words = set(triggers["competing_words"])
        self.person_nouns = Phrases(triggers["person_nouns"])
        self.title_modifiers = set(triggers["title_modifiers"])
        self.election_context = set(triggers["election_context"])
        self.candidate_nouns = set(triggers["candidate_nouns"])
        self.org_modifier_nouns = set(triggers["org_modifier_nouns"])
        self.join_verbs = {"join", "joins", "joined", "joining"}
        self.candidacy_words = set(triggers["candidacy_words"])
        self.plural_anaphors = set(triggers["plural_anaphors"])
        self.handover_words = set(triggers["handover_words"])
        self.winner_nouns = set(triggers["winner_nouns"])
        self.winner_qualifiers = set(triggers["winner_qualifiers"])
        self.uncontested_words = set(triggers["uncontested_words"])
        self.office_verbs = set(triggers["office_verbs"])
        self.national_offices = set(triggers["national_office_words"])
        self.resolution_nouns = set(triggers["resolution_nouns"])
        self.seat_words = set(triggers["seat_words"])
        self.seat_verbs = set(triggers["seat_verbs"])
        # "won a seat", "clinched a seat", "Estonia's election to" ("has failed to win a seat")
        self.seat_cue_words = Phrases(
            (self.receive_verbs | self.seat_verbs | {"election"}) - {"with", "has", "had"}
        )
        self.tally_nouns = set(triggers["tally_nouns"])
        self.tally_changes = set(triggers["tally_changes"])
        self.losing_verbs = set(triggers["losing_verbs"])
        self.region_losing_words = set(triggers["region_losing_words"])
        self.region_out_words = set(triggers["region_out_words"])
        self.region_winning_words = set(triggers["region_winning_words"])
        self.region_beating_verbs = set(triggers["region_beating_verbs"])
        self.headline_verbs = set(triggers["headline_verbs"])
        self.term_words = self.term_nouns | SEAT_NOUNS | {"mandate", "tenure"}
        self.race_nouns = set(triggers["race_nouns"])
        self.seat_filling_verbs = set(triggers["seat_filling_verbs"])
        self.person_seat_nouns = set(triggers["person_seat_nouns"])
        self.majority_nouns = set(triggers["majority_nouns"])
        self.tally_verbs = {"led", "leads", "won", "wins", "beat", "beats", "defeated", "trailed",
                            "prevailed", "prevails"}

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        all_ents = list(doc.ents)
        _CURRENT_ENTS[:] = [doc, all_ents, [ent.start for ent in all_ents]]
        _LIST_LINES.clear()
        _MARKED_LISTS.clear()
        try:
            return self._read_relations(doc, all_ents)
        finally:
            _CURRENT_ENTS[:] = [None, [], []]
            _LIST_LINES.clear()
            _MARKED_LISTS.clear()

    def _read_relations(self, doc: Doc, all_ents: list[Span]) -> Doc:
        relations: list[Relation] = []
        self._recent: list[Span] = []  # the countries last elected, for "They" and "the winners"
        self._rivals: dict[str, dict[str, Span]] = {}  # kb_id -> its rivals so far, by kb_id
        self._elected_all: dict[str, Span] = {}  # every country elected so far, by kb_id
        self._rival_pair: tuple[Span, ...] = ()  # the two countries of the last contest
        self._pair_here = False  # whether that contest is in the current sentence
        self._topic: Span | None = None  # the person the text is about, for "he" and "she"
        self._speaker: Span | None = None  # the country the text is about, for "we"
        self._elected_here: set[str] = set()  # the countries elected in this sentence
        self._all_ents: list[Span] = []  # the document's entities
        self._person_seat_body: Span | None = None  # "elected five members of the Court"
        listed_body: Span | None = None  # "The States elected to X are:" before bullet lines
        listed_terms: list[Span] = []  # the term dates of that election
        headed_results = False  # the list's body is a results heading above it
        self._elected_bodies: set[str] = set()  # the kb_ids of the bodies elected to so far
        self._last_elected_body: Span | None = None
        # the body of the last election of members naming no country ("The Executive Council
        # elected ten members of the Peace and Security Council")
        self._announced_body: Span | None = None
        starts = _CURRENT_ENTS[2]
        self._speaker = _dominant_country(all_ents)
        self._all_ents = all_ents
        self._starts = starts
        for sentence in doc.sents:
            ents = _ents_within(all_ents, starts, sentence)  # = sentence.ents, without a rescan
            if not ents:
                if listed_body is not None and not _list_line(doc, sentence) and not (
                    _group_heading(doc, sentence)
                ):
                    listed_body = None  # "Candidates not elected": the list has ended
                    headed_results = False
                relations += self._counted_contest_ahead(doc, sentence, ents)
                relations += self._candidates_for_seats(doc, sentence)
                relations += self._anaphor_elected(doc, sentence)
                continue
            before = len(relations)
            if not any(e.label_ == "COUNTRY" for e in ents):
                self._announce_body(doc, sentence)
            positions = self._positions(doc, sentence, ents) + _labelled_post(doc, sentence, ents)
            positions += self._table_row_posts(doc, sentence, ents, positions)
            if ents[0].label_ == "PERSON" and ents[0].start == _line_opening(doc, sentence) and (
                not _list_line(doc, sentence)
            ):  # a row aligned with spaces: "Hyo-jin Kwak   Republic of Korea   151   elected"
                positions += self._elected_person_row(doc, sentence, ents)
            relations += positions + self._gapped_posts(doc, sentence, ents, positions)
            relations += self._seat_body_winners(doc, sentence, ents)
            cues = self._election_cues(doc, sentence)
            elected = self._elected(doc, sentence, ents, cues)
            if not elected and cues:
                elected, colon_terms = self._colon_elected(doc, sentence, ents, cues)
                relations += colon_terms
            if not elected:
                elected = self._seats_went_to(doc, sentence, ents)
            if not elected:
                elected = self._winners_named(doc, sentence, ents)
            if elected:
                elected += self._regional_continuation(doc, sentence, ents, elected)
            headed = None if elected else self._headed_line(doc, sentence, ents)
            if headed is not None:
                head, listed, term_dates = headed
                elected = [Relation(country, head, "ELECTED_TO") for country in listed]
                relations += [Relation(c, date, "TERM") for date in term_dates for c in listed]
            if _list_line(doc, sentence):
                if listed_body is None:  # an introduction without entities of its own
                    intro = _list_introduction(doc, sentence)
                    listed_body = self._list_introduced(
                        doc, intro, _span_ents(intro), self._election_cues(doc, intro)
                    )
                    election = intro
                    if listed_body is None and (found := self._list_introduced_before(doc, intro)):
                        listed_body, election = found
                    if listed_body is None and intro is not sentence and doc[
                        text_end(doc, intro) - 1
                    ].text == "?" and (
                        self._election_cues(doc, intro)
                        or not WINNING_WORDS.isdisjoint(lower_forms(doc)[intro.start : intro.end])
                    ) and not _span_ents(intro):
                        # "Who won the two-year seats?" (or "Who won?") over "- Central Africa
                        # (two seats): Burundi and Equatorial Guinea, elected unopposed."
                        listed_body = self._announced_body or self._last_elected_body
                    if listed_body is None and intro is not sentence and (
                        heading_body := self._results_heading_body(doc, intro)
                        or self._results_heading_body(doc, _same_line_before(doc, intro))
                    ) is not None:
                        # "COMMISSION ON NARCOTIC DRUGS — twelve seats, for four-year terms
                        # beginning on 1 January 2031" over "- African States (three seats):
                        # Algeria, Kenya and Nigeria — elected by acclamation"
                        listed_body, election, headed_results = heading_body, intro, True
                    if listed_body is None and intro is not sentence and _heading_line(
                        doc, intro
                    ) and self._election_cues(doc, intro) and NEGATIONS.isdisjoint(
                        lower_forms(doc)[intro.start : intro.end]
                    ) and doc[text_end(doc, intro) - 1].text == ":" and not any(
                        e.label_ == "COUNTRY" for e in _span_ents(intro)
                    ):  # (not "Not elected:", not a headline naming the winners)
                        # "Eastern Mediterranean Region, two seats — elected without a vote:"
                        # after another group's results: the body those were elected to
                        listed_body = self._last_elected_body
                    # "elected 18 members of X for three-year terms beginning on 1 January
                    # 2028. ... The results by regional group were:": the listed winners' term
                    listed_terms = _term_dates(
                        doc, _span_ents(election), election.start, election.end
                    )
                losers = _not_elected_from(doc, sentence)
                winners = [e for e in ents if losers is None or e.end <= losers]
                if losers is not None and ";" in lower_forms(doc)[sentence.start : sentence.end]:
                    # "Georgia, with 31 votes, elected; Belarus, with 21, not elected": each
                    # part's own result
                    lost = {c.start for clause in self._result_clauses(doc, sentence)
                            for c, outcome in self._clause_outcomes(
                                doc, clause, [e for e in _span_ents(clause)
                                              if e.label_ == "COUNTRY"], None)
                            if outcome == "lost"}
                    winners = [e for e in ents if e.start not in lost]
                elif losers is not None and not any(
                    e.label_ == "COUNTRY" and e.start > losers for e in ents
                ):
                    winners = []  # "| Russian Federation | 74 | not elected |": a loser's row
                if headed_results and "elected" not in lower_forms(doc)[
                    sentence.start : sentence.end
                ] or _elected_cell(doc, sentence) is None and _marks_elected(doc, sentence):
                    # under a results heading, or in a list whose lines end "– elected", only
                    # the lines saying "elected" ("• Guatemala – 96 – second ballot" is not)
                    winners = []
                if listed_body is not None and any(e.label_ == "COUNTRY" for e in winners):
                    # "- Electoral Group II: Azerbaijan (121), ...; not elected: Albania (74)":
                    # the countries before the losers
                    line = self._listed_line(doc, winners, listed_body)
                    elected += line
                    relations += [Relation(r.head, date, "TERM") for r in line
                                  for date in listed_terms]
                else:  # "| Algeria | African | 186 | elected |" under "ECOSOC results"
                    row, row_terms = self._elected_row(doc, sentence, ents)
                    elected += row
                    relations += row_terms
            elif _elected_label_line(doc, sentence):
                # "Elected from the African Group: Cameroon (185), Kenya (183)": the list's
                # body, else the body last elected to
                body = listed_body or self._last_elected_body or self._body_above(doc, sentence)
                colon = _first_word(doc, sentence, ":")
                if body is not None:
                    elected += [Relation(e, body, "ELECTED_TO") for e in ents
                                if e.label_ == "COUNTRY" and e.start > colon]
            elif listed_body is None or not _group_heading(doc, sentence):
                # (an upper-case group heading between the bulleted lines keeps the list's
                # body: "ASIA-PACIFIC STATES (four seats)")
                listed_body = self._list_introduced(doc, sentence, ents, cues)
                headed_results = False
                # "The other States elected to the Security Council today for the 2034-2035
                # term were:": the listed winners' term
                listed_terms = [] if listed_body is None else _term_dates(
                    doc, ents, sentence.start, sentence.end
                )
            relations += elected
            self._elected_here = {relation.head.kb_id_ for relation in elected}
            self._elected_bodies.update(relation.child.kb_id_ for relation in elected)
            if elected:
                self._last_elected_body = elected[-1].child
            competed = self._competed(doc, sentence, ents) + self._counted_contest_ahead(
                doc, sentence, ents
            ) + self._candidates_for_seats(doc, sentence)
            competed += self._co_winners(doc, sentence, ents, competed)
            for relation in competed:
                self._rivals.setdefault(relation.head.kb_id_, {})[relation.child.kb_id_] = (
                    relation.child
                )
                self._rivals.setdefault(relation.child.kb_id_, {})[relation.head.kb_id_] = (
                    relation.head
                )
            contestants = {r.head.kb_id_: r.head for r in competed} | {
                r.child.kb_id_: r.child for r in competed
            }
            self._pair_here = len(contestants) == 2 and not elected
            if contestants:
                self._rival_pair = tuple(contestants.values()) if self._pair_here else ()
            terms = self._terms(doc, sentence, ents, cues)
            terms += _colon_list_terms(doc, sentence, ents, elected, terms)
            terms += _dated_list_line_terms(doc, sentence, ents)
            terms += _listed_past_terms(doc, sentence, ents)
            relations += terms
            gapped = self._gapped_terms_elected(doc, ents, elected, terms)
            relations += gapped
            elected += gapped
            received = self._received(doc, sentence, ents)
            relations += received
            relations += _tally_rivals(doc, received)
            if elected:
                self._recent = list(dict.fromkeys(relation.head for relation in elected))
                for country in self._recent:
                    self._elected_all.setdefault(country.kb_id_, country)
            relations += self._out_of(doc, sentence, ents)
            relations += competed
            self._update_topic(doc, sentence, ents)
            peers = self._elliptical_peers(doc, sentence, ents, relations[before:])
            for relation in peers:
                if relation.label == "ELECTED_TO" and relation.head not in self._recent:
                    self._recent.append(relation.head)
                    self._elected_all.setdefault(relation.head.kb_id_, relation.head)
            relations += peers
        relations += self._regional_results(doc, relations)
        relations += self._terms_of_body_elections(doc, relations)
        doc._.relations = _unique(relations)
        return doc

    def _table_row_posts(
        self, doc: Doc, sentence: Span, ents: list[Span], found: list[Relation]
    ) -> list[Relation]:
        """"| Efua Asantewaa Boakye | Permanent Representative of Ghana to the United Nations,
        New York | Director, Multilateral Affairs Bureau, Ministry of Foreign Affairs |": a
        table row opening with a person; each later cell opening with a title is a post:
        "Title of X ..." at X (decision 14: not the place it is accredited to), "Title, A, B"
        at the organisations after the comma."""
        lowers = lower_forms(doc)
        if lowers[sentence.start] != "|":
            return []
        bars = [k for k in range(sentence.start, sentence.end) if lowers[k] == "|"]
        cells = list(zip(bars, bars[1:], strict=False))
        if len(cells) < 2:
            return []
        first, *rest = cells
        person = next((e for e in ents if e.label_ == "PERSON"
                       and first[0] < e.start and e.end <= first[1]), None)
        if person is None:
            return []
        held = {(r.head.start, r.child.kb_id_) for r in found}
        posts: list[Relation] = []
        for start, end in rest:
            title = self._after_modifiers(doc, start + 1, end)
            title_end = self.titles.starting_at(doc, title, end)
            if title_end is None:
                continue
            inside = [e for e in ents if start < e.start and e.end <= end
                      and e.label_ in {"ORG", "COUNTRY"}]
            if lowers[title_end] == "of":
                places = [e for e in inside if e.start in {title_end + 1, title_end + 2}][:1]
            elif lowers[title_end] == ",":
                places = [e for e in inside if e.label_ == "ORG"]
            else:
                places = []
            posts += [Relation(person, place, "POSITION_AT") for place in places
                      if (person.start, place.kb_id_) not in held]
        return posts

    # -- results told region by region ----------------------------------------------------

    def _regional_results(self, doc: Doc, relations: list[Relation]) -> list[Relation]:
        """"Region B (Western Europe), eight seats. Here nine countries chased eight places.
        Germany topped the list with 161 votes, ahead of Italy with 158, ... Belgium, the
        ninth candidate, finished with 84 and was the only one left out.": after a sentence
        filling a body's seats, a paragraph opening with a group and its count of seats
        elects its candidates that no clause says lost, when they are exactly as many as
        the seats; when more stood, they competed with each other."""
        sentences = list(doc.sents)
        found: list[Relation] = []
        for number, sentence in enumerate(sentences):
            seats = self._region_seats(doc, sentence)
            if seats is None:
                seats = self._seats_after_group(doc, sentences, number)
            if seats is None:
                continue
            body = self._body_announced_before(doc, sentences, number)
            if body is None:
                continue
            block = self._region_block(doc, sentences, number)
            if "?" in block[-1].text and number + len(block) < len(sentences) and (
                self._region_seats(doc, sentences[number + len(block)]) is None
            ):
                # "And Category C, the twenty seats for ...?" and the answer below it
                block += self._region_block(doc, sentences, number + len(block))
            after = number + len(block)
            block += self._later_entries(doc, sentences, after, sentence)
            outcome = self._region_outcome(doc, block, seats)
            if outcome is None:
                continue
            candidates, winners = outcome
            counted = self._counted_candidates(doc, block)
            if len(winners) < seats:
                missing = max(0, (counted or 0) - len(candidates))
                winners, newcomers = self._run_off_winners(
                    doc, sentences, after, candidates, winners, seats, sentence, missing
                )
                candidates = candidates + newcomers
            if len(winners) != seats:
                continue
            if counted is not None and counted < len(candidates):
                # "Austria had withdrawn on Monday to avoid a ten-way race": no candidate
                candidates = [c for c in candidates if not self._withdrew_unvoted(doc, c)]
            if counted is not None and counted > len(candidates):
                # "Peru, with 58, and South Africa, with 66, dropped out after the second
                # round" in the next paragraph: the losers that complete the count
                candidates += self._losers_after(doc, sentences, number + len(block), seats,
                                                 candidates, counted - len(candidates))
            found += [Relation(country, body, "ELECTED_TO") for country in winners]
            if len(candidates) > seats and counted == len(candidates):
                # "Here nine countries chased eight places" (decision 192)
                found += [Relation(a, b, "COMPETED_WITH")
                          for n, a in enumerate(candidates) for b in candidates[n + 1 :]]
        return found

    def _withdrew_unvoted(self, doc: Doc, country: Span) -> bool:
        """The country's clause says it withdrew and gives it no votes ("Austria had
        withdrawn on Monday", "Honduras pulled out"): it was no candidate in the vote."""
        clause = next((c for c in self._result_clauses(doc, country.sent)
                       if c.start <= country.start < c.end), country.sent)
        return not WITHDRAWAL_WORDS.isdisjoint(lower_forms(doc)[clause.start : clause.end]) and (
            not any(e.label_ == "VOTE_COUNT" for e in _span_ents(clause))
        )

    def _seats_after_group(self, doc: Doc, sentences: list[Span], number: int) -> int | None:
        """"The closest race came in Electoral Group III. With four seats and five
        candidates, Brazil led ...", "With Category A, the ten states with ... Eleven
        candidates for ten seats": a paragraph opening with a sentence that names a group (its
        noun and label) and no country, whose next sentence counts the seats near its start."""
        sentence = sentences[number]
        if number + 1 >= len(sentences) or sentence.start == 0 or not _breaks_before(
            doc, sentence.start
        ):
            return None
        lowers = lower_forms(doc)
        start = _line_opening(doc, sentence)
        if not any(lowers[k] in REGION_NOUNS and (doc[k + 1].is_upper or doc[k + 1].like_num)
                   for k in range(start, min(sentence.end - 1, start + 10))):
            return None
        following = sentences[number + 1]
        if _breaks_before(doc, following.start) >= 2 or any(
            e.label_ == "COUNTRY" for e in _span_ents(sentence)
        ):
            return None  # (the next sentence in the same paragraph)
        counted = self._counted(lowers, following.start, min(following.end, following.start + 8),
                                {"seats", "seat", "places"})
        return counted[1] if counted is not None else None

    def _region_seats(self, doc: Doc, sentence: Span) -> int | None:
        """The count of seats in a sentence opening a line with a group's name: "Region A
        (Americas), nine seats.", "Region I (Africa), seven seats: Morocco, 131; ...",
        "ASIA-PACIFIC STATES (eight seats, ten candidates)"."""
        start = _line_opening(doc, sentence)
        line_start = sentence.start == 0 or _breaks_before(doc, sentence.start) > 0
        first = doc[start]
        if not (first.is_title or first.is_upper) or first.ent_type_ == "COUNTRY":
            return None
        lowers = lower_forms(doc)
        limit = min(sentence.end, start + 24)
        if REGION_COUNT_NOUNS.isdisjoint(lowers[start:limit]):
            return None  # (most sentences: no count of seats or members near their start)
        end = next((k for k in range(start, limit) if lowers[k] in {".", ";"}), limit)
        counted = self._counted(lowers, start, end, {"seats", "seat", "places"})
        if counted is None:
            # "Category C — twenty States with special interests ...": members after a dash
            counted = self._counted(lowers, start, end, {"states", "members", "countries"})
            if counted is None or lowers[counted[0] - 1] not in DASHES:
                return None
        if not line_start and REGION_NOUNS.isdisjoint(lowers[start : counted[0]]):
            return None  # (within a paragraph only a group's noun: "The same in Africa.
            # Electoral Group V(a) put up seven names for seven seats")
        asked = sentence.start > 0 and "?" in doc[sentence.start - 1].sent.text
        if counted[0] == start and not asked or any(
            e.label_ == "COUNTRY" or e.label_ == "ORG" and self._is_body(doc, e)
            for e in _span_ents(doc[start : counted[0]])
        ):
            return None  # (a group's label before the count, or in the question before it:
            # "And the Near East?" "Two seats, three candidates."; no country or body)
        if counted[0] > start and not any(
            doc[k].text[:1].isupper() and lowers[k] not in LABEL_FUNCTION_WORDS
            for k in range(start, counted[0])
        ):
            return None  # (no name in the label: "In three places.")
        # a label: no lower-case word outside brackets, but for a description after a dash
        # ("PART I - states of chief importance in air transport (11 seats)")
        depth, described = 0, False
        for k in range(start, counted[0]):
            depth += (lowers[k] == "(") - (lowers[k] == ")")
            # a description after a dash ("PART I - states of chief importance ...") or, after
            # a group's noun, a comma ("Category B, reserved for the ten states ..., drew
            # eleven candidates for its ten seats")
            described = described or depth == 0 and (lowers[k] in DASHES or lowers[k] == ","
                                                     and not REGION_NOUNS.isdisjoint(
                                                         lowers[start:k]))
            if depth == 0 and not described and doc[k].is_alpha and doc[k].is_lower and (
                lowers[k] not in HEADING_FUNCTION_WORDS | REGION_LABEL_WORDS
            ):
                return None
        return counted[1]

    def _body_announced_above(self, doc: Doc, sentence: Span, reach: int = 40) -> Span | None:
        """``_body_announced_before`` over the ``reach`` sentences just above ``sentence``."""
        above: list[Span] = []
        while sentence.start > 0 and len(above) < reach:
            sentence = doc[sentence.start - 1].sent
            above.append(sentence)
        return self._body_announced_before(doc, above[::-1], len(above))

    def _body_announced_before(
        self, doc: Doc, sentences: list[Span], number: int
    ) -> Span | None:
        """The body of the last sentence before ``number`` that fills its seats or elects
        its members ("filled all 48 seats of the ITU Council", "elected 27 members of the
        WMO Executive Council"), naming no country."""
        lowers = lower_forms(doc)
        for sentence in reversed(sentences[max(0, number - 40) : number]):
            words = lowers[sentence.start : sentence.end]
            filling = next((k for k, word in enumerate(words)
                            if word in PAST_SEAT_FILLING | ANNOUNCED_FILLING), None)
            if filling is None or not {"members", "seats", "member", "states", "countries"} & set(
                words[filling + 1 : filling + 6]
            ):
                continue
            ents = _span_ents(sentence)
            if any(e.label_ == "COUNTRY" and not _nationality_of_person(doc, e) for e in ents):
                continue
            body = next((e for e in ents if e.label_ == "ORG" and e.start > sentence.start
                         + filling and self._is_body(doc, e)), None)  # the first after the verb
            if body is not None:
                return body
        return None

    def _run_off_winners(
        self, doc: Doc, sentences: list[Span], number: int, candidates: list[Span],
        winners: list[Span], seats: int, heading: Span, missing: int,
    ) -> tuple[list[Span], list[Span]]:
        """"A restricted second ballot between Chile and Peru ... decided the twentieth seat.
        Chile won it by 83 votes to 72": the two paragraphs after a group's results, or a
        later one opening with the group's run-off ("The Region B run-off ...: Sweden 92,
        Portugal 80. Sweden takes the eighth Western European seat"), electing the candidates
        the results left out that fill the group's last seats; with them, the ``missing``
        candidates of the group's count first named there ("Kenya and Chile tied on 85 ...
        Kenya won it 84 to 80" after "Twenty-two candidates. Nineteen were elected ...").
        Else the winners as they were, and no new candidates."""
        paragraphs = []
        following = number
        for _ in range(2):
            if following >= len(sentences) or self._region_seats(doc, sentences[following]):
                break
            paragraphs.append(self._region_block(doc, sentences, following))
            following += len(paragraphs[-1])
        label = _group_label(doc, heading)
        lowers = lower_forms(doc)
        for later in range(following, len(sentences)):
            opening = lowers[sentences[later].start : sentences[later].start + 12]
            if label and not RUN_OFF_WORDS.isdisjoint(opening) and any(
                opening[k : k + len(label)] == label for k in range(len(opening))
            ) and _breaks_before(doc, sentences[later].start):  # a paragraph's opening
                paragraphs.append(self._region_block(doc, sentences, later))
        elected = {c.kb_id_ for c in winners}
        known = {c.kb_id_ for c in candidates}
        left_out = known - elected
        newcomers: dict[str, Span] = {}
        won: set[str] = set()
        for sentence in (s for paragraph in paragraphs for s in paragraph):
            for clause in self._result_clauses(doc, sentence):
                countries = [e for e in _span_ents(clause) if e.label_ == "COUNTRY"]
                for country, outcome in self._clause_outcomes(doc, clause, countries, None):
                    if country.kb_id_ not in known:
                        newcomers.setdefault(country.kb_id_, country)
                    if outcome == "won":
                        won.add(country.kb_id_)
        if len(newcomers) != missing:
            newcomers = {}
        elected |= won & (left_out | set(newcomers))
        if len(elected) != seats:
            return winners, []
        listed = candidates + list(newcomers.values())
        return [c for c in listed if c.kb_id_ in elected], list(newcomers.values())

    def _losers_after(
        self, doc: Doc, sentences: list[Span], number: int, seats: int, candidates: list[Span],
        missing: int,
    ) -> list[Span]:
        """The countries the paragraph after a group's results says lost, when they are the
        ``missing`` candidates of its count; else none."""
        if number >= len(sentences) or self._region_seats(doc, sentences[number]) is not None:
            return []
        paragraph = self._region_block(doc, sentences, number)
        if any(self._region_seats(doc, sentence) is not None for sentence in paragraph):
            return []
        known = {c.kb_id_ for c in candidates}
        lost: dict[str, Span] = {}
        for sentence in paragraph:
            for clause in self._result_clauses(doc, sentence):
                countries = [e for e in _span_ents(clause) if e.label_ == "COUNTRY"
                             and not self._attribute_of_person(doc, e, _span_ents(sentence))]
                for country, outcome in self._clause_outcomes(doc, clause, countries, seats):
                    if outcome == "lost" and country.kb_id_ not in known:
                        lost.setdefault(country.kb_id_, country)
        return list(lost.values()) if len(lost) == missing else []

    def _later_entries(
        self, doc: Doc, sentences: list[Span], number: int, heading: Span
    ) -> list[Span]:
        """Later paragraphs going on with the same group before any other group's heading:
        "▸ 12:50 | Region I, second ballot: Botswana withdrew ..." after "▸ 11:25 | Region I
        (Africa), 7 seats, 9 candidates."."""
        label = _group_label(doc, heading)
        if not label:
            return []
        later: list[Span] = []
        while number < len(sentences):
            sentence = sentences[number]
            if self._region_seats(doc, sentence) is not None:
                break
            paragraph = self._region_block(doc, sentences, number)
            if _group_label(doc, sentence) == label:
                later += paragraph
            number += len(paragraph)
        return later

    def _counted_candidates(self, doc: Doc, block: list[Span]) -> int | None:
        """The count of candidates a group's paragraph states ("seven candidates", "nine
        countries chased eight places")."""
        lowers = lower_forms(doc)
        for nouns in (self.candidate_nouns, {"countries", "states", "nations"}):
            for sentence in block[:2]:
                counted = self._counted(lowers, sentence.start, sentence.end, nouns)
                if counted is not None and lowers[counted[0] - 1] not in DASHES:
                    return counted[1]  # (not the seats: "Category C — twenty States")
        # "Belgium, the ninth candidate, finished with 84": the last of nine
        return next((self.ordinal_words[lowers[k]] for sentence in block
                     for k in range(sentence.start + 1, sentence.end - 1)
                     if lowers[k - 1] == "the" and lowers[k] in self.ordinal_words
                     and lowers[k + 1] == "candidate"), None)

    def _region_block(self, doc: Doc, sentences: list[Span], number: int) -> list[Span]:
        """The sentences of a group's paragraph: up to a blank line or the next group."""
        block = [sentences[number]]
        bulleted = doc[block[0].start].text in BULLETS
        for sentence in sentences[number + 1 :]:
            breaks = _breaks_before(doc, sentence.start)
            if breaks >= 2 or breaks and bulleted and doc[sentence.start].text in BULLETS or (
                self._region_seats(doc, sentence) is not None
            ):
                break  # (a bulleted group ends at the next bullet)
            block.append(sentence)
        return block

    def _region_outcome(
        self, doc: Doc, block: list[Span], seats: int
    ) -> tuple[list[Span], list[Span]] | None:
        """The candidates of a group's paragraph and those not said to have lost, in order
        (one mention per country; not a person's nationality or a post's country)."""
        state: dict[str, str] = {}
        candidates: dict[str, Span] = {}
        for sentence in block:
            countries: list[Span] = []
            carried: str | None = None  # "Not elected: Mali, 78; Sudan, 61; Benin, 58."
            for clause in self._result_clauses(doc, sentence):
                named = [e for e in _span_ents(clause) if e.label_ == "COUNTRY"
                         and not self._attribute_of_person(doc, e, _span_ents(sentence))]
                if not named:
                    # "Lebanon got 92, above the line but fifth", "Chile had 84 but was not
                    # elected": a clause without a country, about the countries before it
                    for country, outcome in self._clause_outcomes(doc, clause, countries, seats):
                        if outcome == "lost":
                            state[country.kb_id_] = outcome
                    continue
                countries = named
                for country in countries:
                    candidates.setdefault(country.kb_id_, country)
                outcomes = self._clause_outcomes(doc, clause, countries, seats)
                colon = next((t.i for t in clause if t.text == ":"), None)
                if colon is not None and outcomes:
                    # a label before a colon: "Elected:", "Not elected:" over the items after
                    carried = outcomes[-1][1] if all(c.start > colon for c in countries) else None
                elif not outcomes and carried is not None:
                    outcomes = [(country, carried) for country in countries]
                for country, outcome in outcomes:
                    state[country.kb_id_] = outcome
        if not candidates:
            return None
        listed = list(candidates.values())
        winners = [c for c in listed if state.get(c.kb_id_) != "lost"]
        if len(winners) != seats:
            # "Japan, India, the Philippines and Uzbekistan got the four seats": a clause
            # giving all the seats names the winners; the others lost
            lowers = lower_forms(doc)
            for sentence in block:
                for clause in self._result_clauses(doc, sentence):
                    named = {e.kb_id_ for e in _span_ents(clause) if e.label_ == "COUNTRY"}
                    words = lowers[clause.start : clause.end]
                    won = not self.region_winning_words.isdisjoint(words)
                    if len(named) == seats and won and any(
                        self._count_at(words, k, len(words)) == seats
                        and words[k + 1] in {"seats", "places"}
                        for k in range(len(words) - 1)
                    ):
                        return listed, [c for c in listed if c.kb_id_ in named]
        return listed, winners

    def _result_clauses(self, doc: Doc, sentence: Span) -> list[Span]:
        """``sentence`` cut at semicolons and before "while", "whereas" and "but"."""
        lowers = lower_forms(doc)
        cues = (self.region_losing_words | self.region_winning_words
                | self.region_beating_verbs | {"out"})
        cuts = []
        for k in range(sentence.start + 1, sentence.end):
            if lowers[k] == ";" or lowers[k] in {"while", "whereas", "but"} or (
                lowers[k] == "and" and lowers[k - 1] == ","
                and not cues.isdisjoint(lowers[cuts[-1] if cuts else sentence.start : k])
            ):  # (", and" after a clause with its own outcome: "Nepal withdrew, and ...")
                cuts.append(k)
        bounds = [sentence.start, *cuts, sentence.end]
        return [doc[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]

    def _clause_outcomes(
        self, doc: Doc, clause: Span, countries: list[Span], seats: int | None
    ) -> list[tuple[Span, str]]:
        """Who won and who lost in one clause: "Chile beat Peru" (before and after the
        verb), "went to Azerbaijan by 104 votes to 69 for Russia", "fell short", "were
        elected", "finished fourth" (for three seats; no rank counts when ``seats`` is not
        known)."""
        lowers = lower_forms(doc)
        words = lowers[clause.start : clause.end]
        placed = 0
        if seats is not None:
            placed = next((self.ordinal_words.get(following, seats + 1 if following == "last"
                                                  else 0)
                           for word, following in zip(words, words[1:], strict=False)
                           if word in {"finished", "came", "placed", "ended", "ranked"}), 0)
            placed = placed or next((self.ordinal_words[word] for word, following in zip(
                words, [*words[1:], "."], strict=True
            ) if word in self.ordinal_words and (not following.isalpha() or following in {
                "candidate", "place"})), 0)  # "but fifth.", "Ireland, the seventh candidate,"
        if seats is not None and placed > seats or any(
            word == "last" and (not self.candidate_nouns.isdisjoint(words[k + 1 : k + 8]) or (
                words[k + 1 : k + 3] == ["of", "the"] and seats is not None
                and (self._count_at(words, k + 3, len(words)) or 0) > seats
            ))
            for k, word in enumerate(words)
        ):  # "Jamaica, the last of the twenty-three candidates, took 71", "was last of the
            # twenty-two" for twenty seats (not "Zimbabwe, last of the thirteen" for thirteen)
            return [(c, "lost") for c in countries]
        beating = next((k for k in range(clause.start, clause.end)
                        if lowers[k] in self.region_beating_verbs), None)
        if beating is not None and lowers[beating - 1] not in {"was", "were", "been"}:
            return [(c, "won" if c.start < beating else "lost") for c in countries]
        went = next((k for k in range(clause.start, clause.end - 1)
                     if lowers[k] in {"went", "go", "goes"} and lowers[k + 1] == "to"), None)
        if went is not None and any(c.start > went for c in countries):
            # "three seats went to A (151), B (118) and C", "went to A by 104 votes to 69 for
            # B": those after the verb, up to the margin (not "it went to a second ballot")
            stop = next((k for k in range(went + 2, clause.end)
                         if lowers[k] in {"by", "over", "ahead", "against"}), clause.end)
            return [(c, "won" if c.start < stop else "lost") for c in countries
                    if c.start > went]
        tied = not {"tied", "tie"}.isdisjoint(words) or any(
            word == "level" and previous in {"finished", "ended", "were", "are", "stood"}
            for previous, word in zip(words, words[1:], strict=False)
        )
        if tied and self.region_winning_words.isdisjoint(words):
            return [(c, "lost") for c in countries]  # "A and B are tied on 119 votes each"
        out = any(word == "out" and previous in self.region_out_words and following != "of"
                  for previous, word, following in zip(
                      words[:-1], words[1:], [*words[2:], "."], strict=False
                  ))  # "missed out", "the odd one out" (not "one out of five"; a clause of
        # one word has no pair)
        if out or not self.region_losing_words.isdisjoint(words):
            return [(c, "lost") for c in countries]
        winning = next((k for k in range(clause.start, clause.end)
                        if lowers[k] in self.region_winning_words), None)
        if winning is not None:
            # "Paraguay took 97 votes to Peru's 89": the one after "to" lost
            return [(c, "lost" if c.start > winning and any(c.start < winning for c in countries)
                     and lowers[c.start - 1] in {"to", "over", "against"} else "won")
                    for c in countries]
        return []

    def _terms_of_body_elections(self, doc: Doc, relations: list[Relation]) -> list[Relation]:
        """"The Assembly on Friday elected the 40 members of the IMO Council for the
        2024-2025 biennium": a sentence electing a body's members, naming no country, gives
        its term to the countries elected to that body after it whose election states no
        term of its own."""
        found = [r for r in relations if r.label == "ELECTED_TO"]
        if not found:
            return []
        with_term = {r.head.start for r in relations if r.label == "TERM"}
        bodies = {r.child.kb_id_ for r in found}
        statements: list[tuple[int, str, list[Span]]] = []
        added = []
        for sentence in doc.sents:
            ents = _ents_within(self._all_ents, self._starts, sentence)
            if not any(e.label_ == "DATE" for e in ents) or any(
                e.label_ == "COUNTRY" for e in ents
            ):
                continue
            added += self._counted_members_term(doc, sentence, ents, found, with_term)
            body = self._body_in(doc, sentence)
            if body is None and sentence.start > 0:
                # "Who sits on the new ITU Council? Forty-eight Member States, chosen by region
                # for a term running from 2023 to 2026.": the body the question asks about
                asked = doc[sentence.start - 1].sent
                if doc[text_end(doc, asked) - 1].text == "?":
                    body = self._body_in(doc, asked)
            lowers = lower_forms(doc)
            if lowers[sentence.start] in {"they", "these"} and sentence.start > 0 and any(
                lowers[k] in self.term_verbs for k in range(sentence.start, sentence.end)
            ):
                # "... elected the 48 Member States of the ITU Council ... They will serve from
                # 2031 to 2034.": the members of the body the sentence before elected
                announced = self._body_announced_above(doc, sentence, reach=1)
                if announced is not None and announced.kb_id_ in bodies:
                    dates = _term_dates(doc, ents, sentence.start, sentence.end)
                    if dates:
                        statements.append((sentence.start, announced.kb_id_, dates))
                    continue
            if body is None or body.kb_id_ not in bodies or not any(
                lowers[k] in PAST_SEAT_FILLING and lowers[k - 1] not in PROSPECTIVE_WORDS
                for k in range(sentence.start + 1, sentence.end)
            ):
                continue  # (not "meets today to elect", "is electing": a result, not a plan)
            dates = [
                date for date in _term_dates(doc, ents, sentence.start, sentence.end)
                if "/" in str(date._.value) or not self.period_nouns.isdisjoint(
                    lowers[max(sentence.start, date.start - 6) : date.start]
                ) or lowers[date.end : date.end + 1] == ["biennium"]
                or _session_closing_term(doc, date.start - 1, sentence.start)
            ]  # a period, or a date after "terms" ("for terms beginning on 1 January") or
            # closing them ("who will serve ... until the twenty-first Congress in 2031"), not
            # the dates of the session ("meeting from 25 September to 14 October")
            if dates:
                statements.append((sentence.start, body.kb_id_, dates))
        with_term |= {r.head.start for r in added}
        for elected in found:
            if elected.head.start in with_term or any(
                e.label_ == "DATE" for e in _span_ents(elected.head.sent)
            ):
                continue  # (not "Canada lost in 2020 to Norway and Ireland, which won seats")
            statement = next((s for s in reversed(statements) if s[0] < elected.head.start
                              and s[1] == elected.child.kb_id_), None)
            if statement is not None:
                added += [Relation(elected.head, date, "TERM") for date in statement[2]]
        return added

    def _counted_members_term(
        self, doc: Doc, sentence: Span, ents: list[Span], found: list[Relation],
        with_term: set[int],
    ) -> list[Relation]:
        """"All 17 will serve on the Council from 1 July 2027 to 30 June 2030", "The 40
        countries elected to the Council of Administration and the eight members of the
        Postal Operations Council will sit for the 2030-2033 cycle": each body's counted
        members take the term; they are the countries elected to it before, with no term of
        their own, when there are no more of them than the count (some may have been
        missed). With no body in the sentence, all the countries the text elects, if they
        are exactly as many."""
        lowers = lower_forms(doc)
        if not any(lowers[k] in self.term_verbs for k in range(sentence.start, sentence.end)):
            return []
        that_date = _that_date(doc, sentence)
        dates = _term_dates(doc, ents, sentence.start, sentence.end) + that_date
        # each body as written in the sentence, and the body it names
        bodies = [(e, e) for e in ents if e.label_ == "ORG" and self._is_body(doc, e)] + list(
            self._bare_bodies(doc, sentence).items()
        )
        if not dates or self._persons_elected_on_line(doc, sentence):
            return []  # (not "... elected five judges to the court: A of Australia, ... The
            # five begin nine-year terms on 6 February 2024": the persons, not countries)
        # (countries elected in a sentence with another date were elected another time; the
        # vote's own day, "The 14 countries elected on Tuesday", is no other date)
        days = {str(e._.value) for e in ents + that_date if e.label_ == "DATE"}
        undated = [r for r in found if all(
            str(e._.value) in days for e in _span_ents(r.head.sent) if e.label_ == "DATE"
        )]
        start = _line_opening(doc, sentence)  # past a live blog's time stamp
        opening = lowers[start : start + 3]
        announced = None
        if opening in (["the", "newly", "elected"], ["the", "new", "members"]) and (
            sentence.start > 0
        ):
            # "The General Conference ... elected 29 of the 58 members of the Executive Board
            # on Wednesday. The newly elected members will serve four-year terms, until ...":
            # the members of the body whose election the sentence before announced
            announced = self._body_announced_above(doc, sentence, reach=1)
        if opening[:2] in (["everyone", "elected"], ["everybody", "elected"],
                           ["all", "elected"]) or opening in (
            ["all", "those", "elected"], ["whoever", "is", "elected"], ["whoever", "was", "elected"]
        ) or announced is not None:
            # "Everyone elected today serves a four-year term, until 2033", "Everyone elected
            # on Thursday sits on the Board until 2031": all the countries the text elects
            # (to the body named), uncounted
            named = {body.kb_id_ for _, body in bodies} if announced is None else {
                announced.kb_id_}
            members = {r.head.kb_id_: r.head for r in undated if r.head.start not in with_term
                       and (not named or r.child.kb_id_ in named)}
            return [Relation(m, d, "TERM") for m in members.values() for d in dates]
        if not bodies:
            return self._all_counted_members_term(doc, sentence, undated, with_term, dates)
        relations = []
        counted = False
        for written, body in bodies:
            # "All 17 will serve on the Council", "The 40 countries elected to the Council"
            count = next((n for k in range(written.start - 1,
                                           max(sentence.start, written.start - 9) - 1, -1)
                          if doc[k].ent_type_ != "DATE"  # (not "the 2028–2029 biennium")
                          and (n := self._count_at(lowers, k, written.start))
                          and (k == sentence.start or lowers[k - 1] in {"the", "all", "these"})),
                         None)
            if not count or count < 2:
                continue
            counted = True
            members = {
                r.head.kb_id_: r.head for r in found
                if r.child.kb_id_ == body.kb_id_ and r.head.start < sentence.start
                and r.head.start not in with_term
                and not any(e.label_ == "DATE" for e in _span_ents(r.head.sent))
            }
            if 2 <= len(members) <= count:
                relations += [Relation(m, d, "TERM") for m in members.values() for d in dates]
        if not counted:
            # "The twelve take up their seats on 29 May 2028, when the Board's 163rd session
            # opens": a count far from the body named, as if no body were named
            return self._all_counted_members_term(doc, sentence, undated, with_term, dates)
        return relations

    def _all_counted_members_term(
        self, doc: Doc, sentence: Span, undated: list[Relation], with_term: set[int],
        dates: list[Span],
    ) -> list[Relation]:
        """"All 29 will serve from the close of this session until 2031" opening a live blog
        whose results follow: all the countries the text elects, if that many."""
        lowers = lower_forms(doc)
        count = next((n for k in range(sentence.start, min(sentence.end, sentence.start + 3))
                      if (n := self._count_at(lowers, k, sentence.end))
                      and (k == sentence.start or lowers[k - 1] in {"the", "all"})), None) or (
            # "That completes the picture: the 18 new members take their seats on ..."
            next((n for k in range(sentence.start + 1, sentence.end - 2)
                  if lowers[k - 1] in {"the", "all"}
                  and not self.plural_anaphors.isdisjoint(lowers[k + 1 : k + 3])
                  and (n := self._count_at(lowers, k, sentence.end))), None)
        )
        members = {r.head.kb_id_: r.head for r in undated if r.head.start not in with_term}
        if count == len({r.head.kb_id_ for r in undated}):
            # "All 18 members elected today ... serve until 31 December 2030" when the text
            # elects exactly 18: each of them, also one whose own sentence gave a date
            members = {r.head.kb_id_: r.head for r in undated}
        # (one body; as many as the count, or a little fewer when some were missed)
        if count and count > 2 and len({r.child.kb_id_ for r in undated}) == 1 and (
            count - max(2, count // 8) <= len(members) <= count
            and len({r.head.kb_id_ for r in undated}) <= count
        ):
            return [Relation(m, d, "TERM") for m in members.values() for d in dates]
        return []

    def _persons_elected_on_line(self, doc: Doc, sentence: Span) -> bool:
        """Whether a sentence before ``sentence`` on its line elects persons ("elected five
        judges to the court: Hilary Charlesworth of Australia, ...")."""
        lowers = lower_forms(doc)
        start = sentence.start
        while start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
            start -= 1
        for k in range(start, sentence.start):
            if lowers[k] in {"elected", "re-elected"}:
                ents = _span_ents(doc[k].sent)
                first = next((e for e in ents if e.start > k and e.label_ in {
                    "PERSON", "COUNTRY"}), None)  # (past the body: "to the court:")
                return first is not None and first.label_ == "PERSON" and not any(
                    e.label_ == "COUNTRY" and e.end <= k for e in ents
                )
        return False

    # -- shared helpers --------------------------------------------------------------

    def _elliptical_peers(
        self, doc: Doc, sentence: Span, ents: list[Span], found: list[Relation]
    ) -> list[Relation]:
        """"A and B were elected to the council, as were C and D", "..., and so was C",
        "..., as did C": the countries after the elliptical clause share the ELECTED_TO
        and TERM relations of the countries before it."""
        lowers = lower_forms(doc)
        shared = [r for r in found if r.label in {"ELECTED_TO", "TERM"}]
        if not shared:
            return []
        peers: list[Relation] = []
        elected = [r for r in shared if r.label == "ELECTED_TO"]
        for term in [r for r in shared if r.label == "TERM"] if elected else []:
            # "Italy will sit on the council in 2017 and the Netherlands in 2018": the gapped
            # country joins the body too
            if self._gapped_holder(doc, ents, term.child) == term.head:
                peers += [
                    Relation(term.head, r.child, "ELECTED_TO")
                    for r in elected if r.head.end <= term.head.start
                ]
        if {"as", "so"}.isdisjoint(lowers[sentence.start : sentence.end]):
            return peers
        for i in range(sentence.start + 1, sentence.end - 2):
            if lowers[i] not in {"as", "so"} or lowers[i + 1] not in ELLIPTICAL_VERBS or not (
                lowers[i - 1] == "," or lowers[i] == "so" and lowers[i - 1] == "and"
            ):
                continue
            start = i + 3 if lowers[i + 2] in ARTICLES else i + 2
            first = next((e for e in ents if e.start == start and e.label_ == "COUNTRY"), None)
            if first is None:
                continue
            # "as were Georgia and Romania for Eastern Europe and Belgium and Germany for the
            # Western European and Others Group": each group's list
            group = self._regional_lists(
                doc, ents, [e for e in ents if e.start >= first.start and e.label_ == "COUNTRY"]
            )
            peers += [
                Relation(country, r.child, r.label)
                for r in shared if r.head.end <= i
                for country in group
            ]
        return peers

    def _is_object(self, doc: Doc, ent: Span, floor: int) -> bool:
        """A country right after "with", "defeating", "over"... is not a subject."""
        i = ent.start - 1
        while i >= floor and doc[i].lower_ in ARTICLES:
            i -= 1
        if i < floor:
            return False
        word = doc[i].lower_
        if word == "with" and ent.end < len(doc):
            k = ent.end
            while k + 1 < len(doc) and doc[k].is_lower and (
                doc[k].lower_.endswith("ly") or doc[k].lower_ in ABSOLUTE_ADVERBS
            ):
                k += 1  # "with Canada later withdrawing"
            if doc[k].lower_.endswith("ing"):
                return False  # "with Poland serving in 1960": the subject of the participle
        if word in OBJECT_MARKERS:
            return True
        if word == "of" and i > floor and doc[i - 1].lower_ in HOSTILE_NOUNS:
            return True  # "its invasion of Ukraine"
        if word.endswith("ed") and doc[i].is_lower and ent.end < len(doc) and (
            doc[ent.end].lower_ in POSSESSIVES
        ):
            return True  # "Amano joined Japan's foreign ministry ... and chaired": its owner
        if word not in self.competition_cues.last_words or word in self.between_cues:
            return False  # "defeated Japan", not "In the Asian race Japan beat Iran"
        start = self.competition_cues.ending_at(doc, i + 1, floor)
        # a whole cue ends there (not the "of" of "the activities of Greece"), and not a
        # noun such as "In the run-off Kenya secured 129 votes"
        return start is not None and doc[start : i + 1].text.lower() not in self.between_cues

    def _country_list(
        self, ents: list[Span], anchor: Span, doc: Doc, *, counted: bool = False
    ) -> list[Span]:
        """``anchor`` and the countries joined to it by commas and one "and", across an
        inserted ", backed by X," ("contested by Cuba, backed by the Soviet Union, and
        Colombia": Cuba and Colombia)."""
        countries = [ent for ent in ents if ent.label_ == "COUNTRY"]
        inserted = {
            later.start
            for earlier, later in zip(countries, countries[1:], strict=False)
            if _inserted_by(doc[earlier.end : later.start])
        }
        countries = [c for c in countries if c.start not in inserted or c == anchor]
        index = countries.index(anchor)
        members = [anchor]
        conjunctions = 0
        for step in (-1, 1):
            k = index
            while 0 <= k + step < len(countries):
                left, right = sorted((countries[k], countries[k + step]), key=lambda e: e.start)
                gap = [t for t in doc[left.end : right.start] if t.lower_ not in ARTICLES]
                gap = _without_insertion(gap, counted=counted)
                if gap and gap[0].text == "(" and (
                    len(gap) <= 5 or len(gap) == 6 and gap[3].lower_ == "each"
                ):
                    # "Indonesia (186 votes), Kuwait (183) and China (154)"
                    close = next((m for m, t in enumerate(gap) if t.text == ")"), None)
                    if close is not None and any(t.lower_ == "each" for t in gap[:close]):
                        conjunctions -= 1  # "Niger and Tunisia (191 votes each) and Chile"
                    gap = gap[close + 1 :] if close is not None else gap
                if not all(t.lower_ in LIST_JOINERS for t in gap):
                    break
                conjunctions += sum(t.lower_ == "and" for t in gap)
                if conjunctions > 1:  # "... over Costa Rica, and Brazil and Venezuela were"
                    break
                k += step
                members.append(countries[k])
        return sorted(members, key=lambda e: e.start)

    def _subjects_before(self, doc: Doc, sentence: Span, ents: list[Span], i: int) -> list[Span]:
        """The country (or list of countries) that is the subject of the cue at token ``i``."""
        floor = _after_dateline(doc, sentence, i)
        if doc[floor].lower_ == "as":
            # "As a republic of the Soviet Union, it had also served": past the fronted phrase
            comma = next((m for m in range(floor + 1, i) if doc[m].text == ","), None)
            floor = comma + 1 if comma is not None else floor
        k = i - 1
        while k > floor and doc[k].lower_ in AUXILIARIES_AND_QUANTIFIERS:
            k -= 1
        comma = k
        while comma > floor and doc[comma].is_lower and (
            doc[comma].lower_.endswith("ly") or doc[comma].lower_ in AUXILIARIES_AND_QUANTIFIERS
            or doc[comma].lower_ in {"will", "would", "shall", "can", "may", "must"}
        ):
            comma -= 1  # "..., will officially take up"
        if comma > floor and doc[comma].text == ",":
            # "All five new members, including Viet Nam, will take up their seats": past the
            # insertion naming one of them
            opening = next((m for m in range(comma - 1, max(floor, comma - 10), -1)
                            if doc[m].text == ","), None)
            if opening is not None and opening - 1 > floor and (
                doc[opening + 1].lower_ in {"including", "among"}
                and doc[opening - 1].lower_ in VOTER_NOUNS
            ):
                k = opening - 1
        if k >= floor and doc[k].lower_ in {"he", "she"}:
            return []  # "where he served as Sri Lanka's ambassador from 1979 to 1983"
        if k > floor and doc[k].lower_ in VOTER_NOUNS and (
            doc[k - 1].like_num or doc[k - 1].lower_ in ARTICLES | {"other", "new"}
        ):  # "a day after five countries win Security Council seats": not the U.S. before
            start = k - 1
            while start > floor and (
                doc[start - 1].like_num or doc[start - 1].lower_ in ARTICLES | {"all", "new"}
            ):
                start -= 1  # "All 14 new members begin their terms"
            m = start - 1
            if m > floor + 1 and doc[m].lower_ == "of" and doc[m - 1].lower_ == "one":
                m -= 1
            if m > floor + 1 and doc[m].lower_ in {"among", "one"} and (
                doc[m - 1].lower_ in {"was", "is", "were", "are"}
            ):
                # "Panama was among the five countries elected to the Council"
                subject = next((e for e in ents if e.end == m - 1 and e.label_ == "COUNTRY"), None)
                if subject is not None:
                    return self._country_list(ents, subject, doc)
            return self._antecedents(doc, start, k + 1)
        for k in range(i - 1, floor - 1, -1):
            if doc[k].lower_ in CLAUSE_BREAKS or (
                # "..., and a Soviet judge sat on the Court", "Bhutan then withdrew, and in
                # the second round the Republic of Korea won": a new subject
                doc[k].lower_ == "and" and k > floor and doc[k - 1].text == ","
                and k + 1 < i and (
                    doc[k + 1].lower_ in {"a", "an", "the", "his", "her", "our"}
                    or doc[k + 1].lower_ in {"in", "on", "at", "after", "then"}
                    and any(t.ent_type_ == "COUNTRY" for t in doc[k + 1 : i])
                )
            ):
                floor = k + 1
                break
        if floor == i and i - 1 > sentence.start and doc[i - 1].lower_ == "but":
            # "Turkey ran for a seat but lost to Spain": the subject is shared
            return self._subjects_before(doc, sentence, ents, i - 1)
        if i - 1 > floor and doc[i - 1].lower_ in {"that", "which"} and doc[i - 2].text != ",":
            # "a deadlock between Guatemala and Venezuela that ended in 2006": the clause is
            # about the noun before the list
            k = i - 2
            while k > floor and (doc[k].ent_type_ == "COUNTRY" or doc[k].lower_ in LIST_JOINERS
                                 or doc[k].lower_ in ARTICLES):
                k -= 1
            if doc[k].lower_ in {"between", "among"}:
                return []
        if i - 2 > floor and doc[i - 2].lower_ == "whose" and doc[i - 3].is_lower and (
            doc[i - 3].is_alpha and not doc[i - 3].ent_type_
        ):
            return []  # "will replace members whose terms expire on 31 December": not theirs
        inserted = self._closed_relative_clause(doc, floor, i)
        whose = next(
            (k for k in range(i - 1, floor, -1)
             if doc[k].lower_ == "whose" and doc[k - 1].text == ","),
            None,
        )
        if whose is not None and whose + 1 < i and not any(
            self._term_word(t) or t.lower_ in COUNTRY_NOUNS for t in doc[whose + 1 : whose + 5]
        ) and not any(t.text == ")" for t in doc[whose:i]):
            # "Canada, whose ambassador, Bob Rae, was elected President": the ambassador
            # closed only if its last comma does not just end the noun's apposition (", Bob
            # Rae,")
            closed = inserted[0] <= whose < inserted[1]
            if not closed or doc[inserted[1] - 1].ent_type_ == "PERSON":
                return []
        candidates = [
            ent
            for ent in ents
            if ent.label_ == "COUNTRY"
            and floor <= ent.start
            and ent.end <= i
            and not inserted[0] <= ent.start < inserted[1]
            and not self._is_object(doc, ent, floor)
            and not self._attribute_of_person(doc, ent, ents)
            and not _owner_of_organisation(doc, ent)
        ]
        if doc[i - 1].text == ",":
            # "India received 184 votes and Mexico, unopposed in Latin America, got 187": the
            # subject of the second clause, before its apposition
            opening = next((m for m in range(i - 2, floor, -1) if doc[m].text == ","), None)
            owner = next(
                (e for e in ents if e.end == opening and e.label_ == "COUNTRY"), None
            )
            if owner is not None and owner.start - 2 >= floor and (
                doc[owner.start - 1].lower_ == "and" and doc[owner.start - 2].is_alpha
                and not doc[owner.start - 2].ent_type_
            ):
                return [owner]
        if candidates:
            # "... over its invasion of Ukraine, as the General Assembly chose 15 states to sit
            # on the body for terms starting on 1 January": the counted states, not Ukraine
            counted = next(
                (m for m in range(i - 1, candidates[-1].end, -1)
                 if doc[m].lower_ in VOTER_NOUNS and doc[m - 1].like_num),
                None,
            )
            if counted is not None:
                return self._antecedents(doc, counted - 1, counted + 1)
        antecedent = self._relative_antecedent(doc, ents, floor, i)
        if antecedent is not None:
            return self._country_list(ents, antecedent, doc)
        represented = self._whose_country(doc, ents, floor, i)
        if represented is not None:
            return [represented]
        if not candidates:
            # "Its minister thanked member states and said the kingdom would take its seat":
            # the reported clause's subject, not the words before the speech verb
            said = next(
                (m for m in range(i - 2, floor, -1) if doc[m].lower_ in self.speech_verbs
                 and doc[m].is_lower and doc[m].lower_ not in VOTER_NOUNS),  # not "15 States"
                None,
            )
            if said is not None:
                # "said the kingdom would", "told reporters that the country would"
                that = next((m for m in range(said + 1, min(i, said + 4))
                             if doc[m].lower_ == "that"), None)
                floor = that + 1 if that is not None else said + 1
            comma = next((m for m in range(i - 1, floor, -1) if doc[m].text == ","), None)
            if comma is not None and self._rival_pair and (
                self._pair_anaphor(doc, comma + 1, i)
            ):
                # "Rather than keep balloting, the two agreed to split the term"
                return list(self._rival_pair)
            return self._antecedents(doc, floor, i) or self._singular_antecedent(doc, floor, i)
        person = next(
            (e for e in ents if e.label_ == "PERSON" and candidates[-1].end <= e.start < i), None
        )
        if person is not None and not any(t.text == "," for t in doc[person.end : i]):
            return []  # "Indonesia's envoy Name was elected President": the person is
        if person is not None and doc[person.end].text == "," and (
            person.start > 0 and doc[person.start - 1].lower_ in {"when", "as", "after", "while"}
        ):
            # "when Annalena Baerbock, Germany's former foreign minister, was elected ... with
            # 167 votes": the person's clause, after the apposition
            close = next((m for m in range(person.end + 1, i) if doc[m].text == ","), None)
            if close is not None and close + 1 < i and (
                doc[close + 1].lower_ in PASSIVE_AUXILIARIES | {"has", "had", "have"}
            ):
                return []
        members = self._country_list(ents, candidates[-1], doc)
        while len(candidates) > 1 and not self._opens_clause(doc, candidates[-1]) and (
            members[0].start < candidates[-1].start and self._is_object(doc, members[0], floor)
        ):
            # "Canada, which lost to Germany and Portugal in 2010 and last sat on the council":
            # a list that is an object as a whole is not the subject
            remaining = [c for c in candidates if c.start < members[0].start]
            if not remaining:
                break
            candidates = remaining
            members = self._country_list(ents, candidates[-1], doc)
        # "after Guinea-Bissau defeated Benin and Poland beat Albania": not Benin
        objects = [m for m in members if m.start < candidates[-1].start
                   and self._beaten(doc, m, floor)]
        return [m for m in members if not objects or m.start > objects[-1].start]

    def _participle_subject(
        self, doc: Doc, sentence: Span, ents: list[Span], end: int
    ) -> list[Span]:
        """"Yugoslavia was elected ... over the protests of the Soviet Union, defeating
        Czechoslovakia": the subject of the main clause of a ", V-ing" phrase ending at
        ``end`` (the token after the verb, or its object's start)."""
        k = end - 1
        while k > sentence.start and doc[k].lower_ in ARTICLES:
            k -= 1
        if k - 1 <= sentence.start or not doc[k].lower_.endswith("ing") or doc[k - 1].text != ",":
            return []
        floor = _after_dateline(doc, sentence, k)  # not "UNITED NATIONS, United States, ..."
        # "A and B took nine of the seats, and Sweden won the last, beating Argentina": the
        # subject of the clause the phrase closes
        floor = max(floor, next(
            (m + 1 for m in range(k - 2, floor, -1)
             if (doc[m].text == ";" or doc[m].lower_ in CLAUSE_JOINERS and doc[m - 1].text == ",")
             and any(e.label_ == "COUNTRY" and e.start in {m + 1, m + 2} for e in ents)),
            floor,
        ))
        first = next(
            (
                e for e in ents
                if e.label_ == "COUNTRY" and floor <= e.start and e.end <= k
                and not self._is_object(doc, e, sentence.start)
                and not self._attribute_of_person(doc, e, ents)
            ),
            None,
        )
        return self._country_list(ents, first, doc) if first is not None else []

    def _term_word(self, token: Token) -> bool:
        """"term", "terms", "seat", "mandate", "presidency": what a country holds."""
        return token.lower_ in self.term_words or token.lower_.rstrip("s") in self.term_words

    def _closed_relative_clause(self, doc: Doc, floor: int, i: int) -> tuple[int, int]:
        """The token range of a ", which ... ," clause closed before ``i`` (empty if none):
        in "A, which ran against B and C, received 90 votes" the subject is A."""
        for k in range(floor + 1, i):
            if doc[k - 1].text == "," and (
                doc[k].lower_ in RELATIVE_PRONOUNS
                # an apposition: "Cuba, then a close ally of the USSR, fought Colombia"
                or doc[k].lower_ in APPOSITION_STARTS
                and doc[k - 2].ent_type_ in {"COUNTRY", "PERSON"}
                # "Russia, the successor state of the Soviet Union, was a member": not a list
                # "Ghana and Kenya, the African Group's two candidates, were elected"
                or doc[k].lower_ == "the" and k + 1 < i
                and (doc[k + 1].is_lower or doc[k + 1].ent_type_ == "ORG")
                and doc[k - 2].ent_type_ == "COUNTRY"
                # "the Russian Federation, competing with Hungary and Croatia for two seats,
                # collected 112 votes"
                or doc[k].lower_.endswith("ing") and doc[k].is_lower
                and doc[k - 2].ent_type_ == "COUNTRY"
            ):
                close = next((m for m in range(i - 1, k, -1) if doc[m].text == ","), None)
                # "India, the endorsed candidate of the group, secured 184, and Mexico,
                # running unopposed, garnered 187": the clause closes before ", and Mexico"
                close = next(
                    (m for m in range(k + 1, close or k)
                     if doc[m].text == "," and doc[m + 1].lower_ == "and"
                     and doc[m + 2].ent_type_ == "COUNTRY"),
                    close,
                )
                if close is not None:
                    return k, close
        return i, i

    def _relative_antecedent(
        self, doc: Doc, ents: list[Span], floor: int, i: int
    ) -> Span | None:
        """"... from Vietnam, which has chaired the forum": the country before "which"."""
        for k in range(i - 1, max(floor, i - 6), -1):
            if doc[k].lower_ == "whose" and not any(
                self._term_word(t) for t in doc[k + 1 : min(i, k + 5)]
            ):
                continue  # "Canada, whose ambassador, Bob Rae, was elected": the person's
            if doc[k].lower_ in RELATIVE_PRONOUNS and doc[k - 1].text == ",":
                country = next(
                    (e for e in ents if e.label_ == "COUNTRY" and e.end == k - 1), None
                )
                if country is not None and doc[k].lower_ != "which" and (
                    self._attribute_of_person(doc, country, ents)
                ):
                    return None  # "Irina Bokova of Bulgaria, who has held the post"
                return country  # "President Name of Bolivia, which has become a member"
        return None

    def _whose_country(self, doc: Doc, ents: list[Span], floor: int, i: int) -> Span | None:
        """"Saudi Arabia's Crown Prince Name, whose country had held the presidency": the
        country of the person before ", whose country"."""
        lowers = lower_forms(doc)
        for k in range(i - 2, max(floor, i - 8), -1):
            if lowers[k] == "whose" and lowers[k + 1] in COUNTRY_NOUNS and doc[k - 1].text == ",":
                before = next((e for e in ents if e.end == k - 1), None)
                if before is not None and before.label_ == "COUNTRY" and (
                    self._attribute_of_person(doc, before, ents)
                ):
                    return before  # "Name of Somalia, whose country"
                if before is None or before.label_ != "PERSON":
                    return None
                return next(
                    (
                        e for e in reversed(ents)
                        if e.label_ == "COUNTRY" and floor <= e.start < k
                        and self._attribute_of_person(doc, e, ents)
                    ),
                    None,
                )
        return None

    def _singular_antecedent(self, doc: Doc, floor: int, i: int) -> list[Span]:
        """"It previously served in 1952-53": the one country of the previous sentence."""
        k = floor
        if k + 1 < i and doc[k].lower_ in {"in", "on"} and doc[k + 1].ent_type_ == "DATE":
            k += 1  # "in 2016 it was beaten by Hungary": past a fronted date
            while k < i and doc[k].ent_iob_ == "I" or doc[k].ent_type_ == "DATE" and k == floor + 1:
                k += 1
            if k < i and doc[k].text == ",":
                k += 1
        while k < i and doc[k].text in OPENING_QUOTES:
            k += 1
        if doc[k].lower_ in {"in", "on", "at", "after", "by"}:
            # "...; in the second it secured 138 votes": past a fronted phrase
            it = next((m for m in range(k + 1, min(i, k + 6)) if doc[m].lower_ == "it"), None)
            if it is not None and not any(doc[m].text == "," for m in range(k, it)) and all(
                doc[m].is_lower or doc[m].like_num for m in range(k + 1, it)
            ):  # (the preposition may open the sentence: "On the second it won 27 to 19")
                k = it
            else:
                # "In the 48th round, the first with Panama on the ballot, it received 164"
                it = next(
                    (m for m in range(k + 1, min(i, k + 16))
                     if doc[m].lower_ == "it" and doc[m - 1].text == ","),
                    None,
                )
                if it is not None and not any(
                    doc[m].lower_ in ELLIPTICAL_VERBS or doc[m].text in {";", ":"}
                    for m in range(k, it)
                ):
                    k = it
        clause = doc[k:i]
        if clause and clause[0].lower_ in {"we", "our"}:
            # "We were elected ...", "our term begins ...": the country the text speaks for
            return [self._speaker] if self._speaker is not None else []
        country_heads = COUNTRY_NOUNS | {"kingdom", "republic", "emirate", "sultanate"}
        described = False  # "The island nation": only when one country is named before
        if len(clause) >= 2 and clause[0].lower_ == "the" and clause[1].lower_ in country_heads:
            clause = doc[k + 1 : i]  # "The country had last served on the council in 2015"
        elif len(clause) >= 3 and clause[0].lower_ == "the" and clause[2].lower_ in (
            country_heads
        ) and clause[1].is_alpha and clause[1].ent_type_ in {"", "LOC", "NORP"}:
            clause = doc[k + 2 : i]  # "The island nation", "the Gulf state", "The Hashemite
            # kingdom won 178 votes"
            described = True
        elif not clause or clause[0].lower_ not in SINGULAR_ANAPHORS:
            return []
        sentence = doc[floor].sent
        # "Latvia has sat on the council before: it served from 2023 to 2025"
        earlier = doc[sentence.start : floor] if floor > sentence.start else None
        if earlier is not None and doc[sentence.start].lower_ == "as":
            earlier = None  # "As a republic of the Soviet Union, it had served": not the USSR
        if earlier is None or not any(e.label_ == "COUNTRY" for e in _span_ents(earlier)):
            if sentence.start == 0:
                return []
            earlier = doc[sentence.start - 1].sent
        countries = {e.kb_id_: e for e in _span_ents(earlier) if e.label_ == "COUNTRY"}
        if described and len(countries) != 1:
            return []
        if len(countries) == 1 or clause[0].lower_ == "it":
            if len(countries) <= 1:
                return list(countries.values())
            # "Kazakhstan, which became independent after the collapse of the USSR, has
            # taken on ... In June 2016 it won a seat": the subject opening the sentence
            first = min(countries.values(), key=lambda e: e.start)
            opening = earlier.start + (1 if doc[earlier.start].lower_ == "the" else 0)
            relative = first.end + 1 < len(doc) and doc[first.end].text == "," and (
                doc[first.end + 1].lower_ in {"which", "who"}
            )  # the others are inside its relative clause
            # "Slovenia won 153 votes to Belarus's 38 ... It last served ...": the subject
            # opening the sentence, when it is not an object of anything before
            if first.start == opening and (
                relative or first.end < len(doc) and doc[first.end].is_lower
                and doc[first.end].lower_ not in {"and", "or"}  # not "Russia and China"
            ):
                return [first]
            # "In the first round it led Thailand ...; in the second Kazakhstan secured 138
            # votes": the one country that is the subject of a clause
            subjects = {
                e.kb_id_: e for e in _span_ents(earlier)
                if e.label_ == "COUNTRY" and _clause_subject(doc, e, earlier.start)
            }
            return list(subjects.values()) if len(subjects) == 1 else []
        # "..., while the Russian Federation, which obtained 112, failed. Its current term
        # ends on 31 December 2016": the country named last
        last = [e for e in _span_ents(earlier) if e.label_ == "COUNTRY"]
        return [last[-1]] if last else []

    def _count_at(self, lowers: list[str], m: int, end: int) -> int | None:
        """The number a word at ``m`` starts: "five", "40", "thirty-three"."""
        value = self.number_words.get(lowers[m]) or (
            int(lowers[m]) if lowers[m].isdigit() else None
        )
        if value is not None and value % 10 == 0 and value >= 20 and m + 2 < end and (
            lowers[m + 1] == "-" and 0 < self.unit_words.get(lowers[m + 2], 0) < 10
        ):
            value += self.unit_words[lowers[m + 2]]  # "The thirty-three members"
        return value

    def _counted(
        self, lowers: list[str], start: int, end: int, nouns: set[str]
    ) -> tuple[int, int] | None:
        """The position and value of the first count in [start, end) right before one of
        ``nouns`` ("thirteen candidates", "ten seats", "twenty-two candidates")."""
        found = next(((k, n) for k in range(start, end - 1)
                      if lowers[k + 1] in nouns and (n := self._count_at(lowers, k, end))), None)
        if found is not None and found[0] - 2 >= start and lowers[found[0] - 1] == "-" and (
            (tens := self._count_at(lowers, found[0] - 2, end)) and tens != found[1]
        ):
            return found[0] - 2, tens  # "twenty-two" read from "twenty"
        return found

    def _antecedents(self, doc: Doc, start: int, end: int) -> list[Span]:
        """"They", "The five winners", "the new members": the countries last elected."""
        if self._persons_elected_on_line(doc, doc[start].sent):
            return []  # "... elected three judges to the court: A, B and C. The three begin"
        if start >= 2 and doc[start - 1].text == "-" and (
            self.number_words.get(doc[start - 2].lower_, 0) >= 20
        ):
            start -= 2  # "The thirty-three members", read from "three"
        words = {token.lower_ for token in doc[start:end] if not token.ent_type_}  # not "States"
        if "other" in words or not {"outgoing", "departing", "retiring"}.isdisjoint(words):
            return []  # "The 14 other countries elected ...", "The outgoing members": not the
            # ones just named
        if self._pair_here and (doc[start].lower_ == "they" or self._pair_anaphor(doc, start, end)):
            # "Italy and the Netherlands were tied ...; they agreed to split the term"
            return list(self._rival_pair)
        # "The five take their seats on 1 January": as many as were just elected, or as were
        # elected in the whole text ("All fifteen countries elected that day")
        # (a number after a determiner or before a word for the countries: "The terms of the
        # fifteen newly elected members", not "It was elected after two rounds")
        lowers = lower_forms(doc)
        counts = {
            self._count_at(lowers, m, end)
            for m in range(start, end)
            if not doc[m].ent_type_ and (
                m > start and lowers[m - 1] in {"the", "all", "these", "those"}
                or not self.plural_anaphors.isdisjoint(lowers[m + 1 : min(end, m + 6)])
            )
        }
        named_here = self._countries_between(doc[start].sent.start, start)
        if len(named_here) > 1 and len(named_here) in counts:
            # "a clean slate of Germany, Norway and Spain ..., and the three were elected"
            return list(named_here.values())
        if len(self._recent) > 1 and len(self._recent) in counts:
            return list(self._recent)
        if len(self._elected_all) > 1 and len(self._elected_all) in counts:
            return list(self._elected_all.values())
        latest = max((n for n in counts if n and n > 2 and n < len(self._elected_all)), default=0)
        if latest and "elected" in words:
            # "All 18 countries elected will serve from 2028": the last 18 elected (not Ghana,
            # elected to the body two years before)
            return list(self._elected_all.values())[-latest:]
        stated = max((n for n in counts if n and n > 2), default=0)
        if stated and stated - max(2, stated // 8) <= len(self._elected_all) < stated:
            # "The 14 countries elected on Tuesday will serve ..." when 13 were found: all
            # the countries the text elects (some were missed), not the last sentence's
            return list(self._elected_all.values())
        if words & {"they", "their"} and len(self._elected_all) > 1 and self._asked_of_winners(
            doc, start
        ):  # "When do the new members take their seats?" / "Their terms run from ...": all
            return list(self._elected_all.values())  # the countries the text elected
        pair = self._pair_anaphor(doc, start, end)
        if self._recent and len(self._recent) > 1 and words & self.plural_anaphors and not (
            pair and len(self._recent) != 2
        ):  # ("Both were elected" after three winners: a pair named since, below)
            return list(self._recent)
        counted_before = self._counted_in_sentences_before(doc, start, counts - {None, 0, 1, 2})
        if counted_before:
            # "Japan won 160, India 154, ... and Kazakhstan 117. Sri Lanka, with 95, misses
            # out. The six are declared elected to the Executive Board."
            return counted_before
        if pair:
            # "The Philippines received 114 votes and Mexico 109, and both were elected": the
            # two countries named before it in the sentence; "India ... received 184 votes and
            # Mexico ... got 187. Both were elected": the two of the sentence before, else the
            # rivals of the last contest ("Italy and the Netherlands tied ... The two agreed")
            if len(named_here) == 2:
                return list(named_here.values())
            pair = self._previous_sentence_pair(doc, start)
            return pair or list(self._rival_pair)
        return []

    def _counted_in_sentences_before(self, doc: Doc, start: int, counts: set) -> list[Span]:
        """The countries of one of the two sentences before ``start``'s that names as many
        of them as one of ``counts``."""
        sentence = doc[start].sent
        for _ in range(3):
            if not counts or sentence.start == 0:
                return []
            sentence = doc[sentence.start - 1].sent
            named = self._countries_between(sentence.start, sentence.end)
            if any(e.label_ == "PERSON" for e in _span_ents(sentence)):
                return []  # "Hilary Charlesworth of Australia, ...": the judges' countries
            if len(named) in counts:
                return list(named.values())
        return []

    def _answered_start(self, doc: Doc, sentence: Span, date: Span) -> list[Span]:
        """"When do they start?" answered by "On 1 January 2029.": a sentence of only a
        preposition and a date after a question about the winners' start or end gives the
        date to the countries the text elected."""
        opening = _line_opening(doc, sentence)
        if date.start != opening + 1 or lower_forms(doc)[opening] not in {
            "on", "from", "in", "until"
        } or date.end != text_end(doc, sentence) - 1 or not self._asked_of_winners(
            doc, sentence.start
        ) or len(self._elected_all) < 2:
            return []
        return list(self._elected_all.values())

    def _asked_of_winners(self, doc: Doc, start: int) -> bool:
        """The sentence before ``start``'s is a question about the winners ("When do the new
        members take their seats?", "Where do the winners sit?")."""
        asked = doc[start].sent
        for _ in range(2):  # the question, or the question before a short answer
            if asked.start == 0:
                return False
            asked = doc[asked.start - 1].sent
            if doc[text_end(doc, asked) - 1].text == "?":
                break
        else:
            return False
        words = lower_forms(doc)[_line_opening(doc, asked) : asked.end]
        return not self.winner_nouns.isdisjoint(words) or any(
            first in self.winner_qualifiers and second in COUNTED_MEMBER_NOUNS
            for first, second in zip(words, words[1:], strict=False)
        ) or "they" in words and not self.term_boundary_verbs.isdisjoint(words)
        # ("When do they start?": the winners' start)

    def _previous_sentence_pair(self, doc: Doc, start: int) -> list[Span]:
        """The two countries the sentence before ``start``'s names, if it names exactly two."""
        sentence = doc[start].sent
        if sentence.start == 0:
            return []
        previous = doc[sentence.start - 1].sent
        named = self._countries_between(previous.start, previous.end)
        if len(named) == 3:
            # "Lebanon pulled out ..., which left Egypt and Jordan as the only candidates":
            # the two that did not withdraw
            lowers = lower_forms(doc)
            named = {kb_id: e for kb_id, e in named.items()
                     if WITHDRAWAL_WORDS.isdisjoint(lowers[e.end : e.end + 3])}
        return list(named.values()) if len(named) == 2 else []

    def _ents_between(self, start: int, end: int) -> list[Span]:
        """The document's entities within tokens [start, end), found by bisection."""
        within = []
        for ent in self._all_ents[bisect_left(self._starts, start) :]:
            if ent.end > end:
                break
            within.append(ent)
        return within

    def _countries_between(self, start: int, end: int) -> dict[str, Span]:
        """The countries named within tokens [start, end), one per kb_id."""
        return {e.kb_id_: e for e in self._ents_between(start, end) if e.label_ == "COUNTRY"}

    def _event_subject(self, doc: Doc, sentence: Span, verb: int) -> bool:
        """"The contest between Guatemala and Venezuela began on 16 October": the subject of
        a start or end verb is an event ("the contest between A and B"), not a term."""
        lowers = lower_forms(doc)
        relative = next((m for m in range(verb - 1, max(sentence.start, verb - 4), -1)
                         if lowers[m] in {"that", "which"}), None)
        if relative is not None and relative - 1 > sentence.start and (
            lowers[relative - 1] in BOUNDARY_SUBJECTS | self.between_cues
        ):
            return True  # "ending a contest that had started on Friday"
        between = next(
            (m for m in range(verb - 1, max(sentence.start, verb - 14), -1)
             if lowers[m] in {"between", "among"} or lowers[m] in {",", ";"}),
            None,
        )
        return between is not None and lowers[between] in {"between", "among"} and (
            lowers[between - 1] in BOUNDARY_SUBJECTS | self.between_cues
        )

    def _pair_before(self, doc: Doc, sentence: Span, i: int) -> list[Span]:
        """"..., and in the fifth the pair were tied at 95 votes each": the two rivals of the
        last contest, for "the pair", "the two" or "both" opening the clause before ``i``."""
        if len(self._rival_pair) != 2:
            return []
        lowers = lower_forms(doc)
        for k in range(i - 1, max(sentence.start, i - 8) - 1, -1):
            if lowers[k] in {",", ";"} or doc[k].ent_type_ == "COUNTRY":
                return []
            if lowers[k] in {"pair", "both"} or lowers[k] == "two" and lowers[k - 1] == "the":
                return list(self._rival_pair)
        return []

    def _pair_anaphor(self, doc: Doc, start: int, end: int) -> bool:
        """"The two", "Both countries", "The pair" opening the clause before a verb (not
        "the two bodies elected")."""
        lowers = lower_forms(doc)
        k = start
        while k < end and lowers[k] in PAIR_ANAPHOR_WORDS:
            k += 1
        if k >= len(doc) or not {"two", "both", "pair"} & set(lowers[start:k]):
            return False
        following = lowers[k]  # (at ``end``: the cue's own verb, "The two will join")
        return following in OFFICE_ADVERBS_AND_AUXILIARIES | ELLIPTICAL_VERBS | {
            "will", "would", "then", "later", "eventually", "agreed", "decided"
        } or following.endswith("ed")

    def _attribute_of_person(self, doc: Doc, country: Span, ents: list[Span]) -> bool:
        """"Ghana's Kwame Asante", "Burundi's candidate", "Khaled Mansour of Egypt"."""
        after = country.end
        if after < len(doc) and doc[after].lower_ in POSSESSIVES:
            # "Ghana's Kwame Asante", "Burundi's candidate", "Indonesia's U.N. ambassador Name",
            # "the Maldives' foreign minister"
            following = doc[after + 1 : min(after + 5, doc[after].sent.end)]
            if after + 1 < len(doc) and doc[after + 1].ent_type_ == "VOTE_COUNT":
                return False  # "46 votes to Indonesia's 144. Shahid ...": its votes
            title = after + 1
            if title + 2 < len(doc) and doc[title].lower_ in self.title_modifiers and (
                doc[title + 1].text == "-"
            ):
                title += 2  # "China's Vice-Minister of ..., Qu Dongyu, took 108"
            if len(following) and (
                self.person_nouns.starting_at(doc, after + 1)
                or self.titles.starting_at(doc, self._after_modifiers(doc, title, len(doc)))
                or any(t.ent_type_ == "PERSON" for t in following)
            ):
                return True
        title_end = self.titles.starting_at(doc, self._after_modifiers(doc, after, len(doc)))
        if title_end is not None and any(
            t.ent_type_ == "PERSON" for t in doc[title_end : title_end + 3]
        ):
            return True  # "Maldives Foreign Minister Abdulla Shahid"
        before = country.start - 1
        if before > 0 and doc[before].text == "(" and doc[before - 1].ent_type_ == "PERSON" and (
            after < len(doc) and doc[after].text == ")"
        ):
            return True  # "Xue Hanqin (China)"
        if before > 0 and doc[before].lower_ in ARTICLES:
            before -= 1
        if before <= 0 or doc[before].lower_ != "of":
            return False
        if doc[before - 1].ent_type_ == "PERSON":
            return True
        # "Abdulla Shahid, the foreign minister of the Maldives,": an apposition's title
        floor = max(doc[before].sent.start, before - 8)
        comma = next((k for k in range(before - 1, floor, -1) if doc[k].text == ","), None)
        return (
            comma is not None
            and doc[comma - 1].ent_type_ == "PERSON"
            and (
                self.titles.ending_at(doc, before, comma + 1) is not None
                or self._title_with_portfolio(doc, before, comma + 1) is not None
            )
        )

    def _negated(self, doc: Doc, start: int, end: int) -> bool:
        return any(token.lower_ in self.negative_cues for token in doc[start:end])

    # -- POSITION_AT -----------------------------------------------------------------

    def _positions(self, doc: Doc, sentence: Span, ents: list[Span]) -> list[Relation]:
        relations = []
        # "a former President of the court", "the Assembly's President": a bare body noun
        # stands in for the body of that kind named before; its posts go to that body
        stand_ins = self._bare_bodies(doc, sentence, POST_BODY_NOUNS)
        by_end = {span.end: span for span in stand_ins} | {ent.end: ent for ent in ents}
        relations = self._positions_in(doc, sentence, ents, by_end)
        if not stand_ins:
            return relations
        named = {(span.start, span.end): body for span, body in stand_ins.items()}
        return [
            Relation(r.head, named.get((r.child.start, r.child.end), r.child), r.label)
            if r.child.label_ == "ORG" else r
            for r in relations
        ]

    def _bare_bodies(
        self, doc: Doc, sentence: Span, nouns: set[str] = BODY_NOUNS
    ) -> dict[Span, Span]:
        """Stand-in ORG spans for "the court", "the Assembly" (one of ``nouns`` after "the",
        not an entity, not "the board of ..."), each with the body of that kind named last."""
        lowers = lower_forms(doc)
        found: dict[Span, Span] = {}
        for k in range(sentence.start + 1, sentence.end):
            if lowers[k] not in nouns or doc[k].ent_type_ or (
                k + 1 < sentence.end and lowers[k + 1] == "of"
            ):
                continue
            before = k - 1
            if before - 3 >= sentence.start and lowers[before] == "member" and (
                lowers[before - 1] == "-" and doc[before - 2].like_num
            ):
                before -= 3  # "its 40-member Council"
            if lowers[before] != "the" and not (lowers[before] == "its" and before < k - 1):
                continue
            if lowers[k] in BODY_NOUNS:
                body = _body_of_kind(doc, k, [
                    e for e in self._all_ents
                    if e.label_ == "ORG" and e.end <= k and _body_head(e) == lowers[k]
                ])
            else:  # "the League", "the union": the last name holding the word, if its head
                # ("the union" after "the Assembly of the African Union" is no post there)
                body = next(
                    (e for e in reversed(self._all_ents) if e.label_ == "ORG" and e.end <= k
                     and lowers[k] in {t.lower_ for t in e}),
                    None,
                )
                body = body if body is not None and _body_head(body) == lowers[k] else None
            if body is not None:
                found[Span(doc, k, k + 1, label="ORG", kb_id=body.kb_id_)] = body
        return found

    def _positions_in(
        self, doc: Doc, sentence: Span, ents: list[Span], by_end: dict[int, Span]
    ) -> list[Relation]:
        relations = []
        for person in (ent for ent in ents if ent.label_ == "PERSON"):
            before = self._offices_before(doc, sentence, person, by_end)
            if not before:
                before = self._national_office_of(doc, sentence, person, ents)
            for place in before:
                relations.append(Relation(person, place, "POSITION_AT"))
            for place in self._offices_after(doc, sentence, person, by_end):
                relations.append(Relation(person, place, "POSITION_AT"))
            for place in self._joined(doc, sentence, person, by_end):
                relations.append(Relation(person, place, "POSITION_AT"))
            for place in (
                self._listed_country(doc, sentence, person, by_end),
                self._led_by(doc, sentence, person, by_end),
                self._whose_office(doc, sentence, person, by_end),
                self._who_heads(doc, sentence, person, by_end),
                self._and_headed(doc, sentence, person, by_end),
                self._listed_office_holder(doc, sentence, person, by_end),
                self._listed_officer_of(doc, sentence, person, by_end),
                self._office_of_its(doc, sentence, person, ents),
                self._of_institute(doc, sentence, person, by_end),
                self._elected_object_body(doc, sentence, person, by_end),
            ):
                if place is not None:
                    relations.append(Relation(person, place, "POSITION_AT"))
        relations += self._pronoun_offices(doc, sentence, ents, by_end)
        relations += self._tenure_offices(doc, sentence, ents, by_end)
        return relations

    def _tenure_offices(
        self, doc: Doc, sentence: Span, ents: list[Span], by_end: dict[int, Span]
    ) -> list[Relation]:
        """"Name's years as France's foreign minister", "Name, whose term as ICC prosecutor
        ends", "his first full year as Secretary General of the OSCE": the post held."""
        lowers = lower_forms(doc)
        relations: list[Relation] = []
        if "as" not in lowers[sentence.start : sentence.end]:
            return relations
        for i in range(sentence.start + 2, sentence.end - 1):
            if lowers[i] != "as" or lowers[i - 1] not in TENURE_NOUNS:
                continue
            k = i - 2
            while k > sentence.start and (doc[k].like_num or doc[k].is_lower and lowers[k] not in
                                          {"his", "her", "whose"} | POSSESSIVES | SERVING_VERBS):
                k -= 1  # "his first full year", "her two terms", "served two terms"
            person = None
            if lowers[k] in POSSESSIVES:
                person = by_end.get(k)
            elif lowers[k] == "whose" and k - 1 > sentence.start and lowers[k - 1] == ",":
                person = by_end.get(k - 1)
            elif lowers[k] in {"his", "her"}:
                here = [e for e in ents if e.label_ == "PERSON" and e.end <= k]
                person = here[-1] if here else self._topic
            elif lowers[k] in SERVING_VERBS:
                # "Luis Almagro of Uruguay served two terms as OAS secretary general"
                here = [e for e in ents if e.label_ == "PERSON" and e.end <= k]
                person = here[-1] if here and self._after_origin(
                    doc, sentence, here[-1].end, by_end) == k else None
            if person is None or person.label_ != "PERSON":
                continue
            place = self._predicate_office(doc, sentence, i, by_end)
            if place is not None:
                relations.append(Relation(person, place, "POSITION_AT"))
        return relations

    def _pronoun_offices(
        self, doc: Doc, sentence: Span, ents: list[Span], by_end: dict[int, Span]
    ) -> list[Relation]:
        """"Name joined the foreign ministry in 1987. In 2011 she was elected to the
        International Law Commission": "he"/"she" before an office predicate is the one
        person named before it in the sentence, else the person the text is about."""
        lowers = lower_forms(doc)
        relations: list[Relation] = []
        if {"he", "she"}.isdisjoint(lowers[sentence.start : sentence.end]):
            return relations
        opening = _line_opening(doc, sentence)  # (not a transcript's speaker: "NAME: she")
        for i in range(sentence.start, sentence.end - 1):
            if lowers[i] not in {"he", "she"}:
                continue
            here = {e.kb_id_: e for e in ents
                    if e.label_ == "PERSON" and opening <= e.start and e.end <= i}
            if len(here) == 1:
                person = next(iter(here.values()))
            elif self._topic is not None and (not here or self._topic.kb_id_ in here):
                person = here.get(self._topic.kb_id_, self._topic)
            else:
                continue
            place = self._predicate_office(doc, sentence, i + 1, by_end)
            if place is not None:
                relations.append(Relation(person, place, "POSITION_AT"))
        return relations

    def _seat_body_winners(self, doc: Doc, sentence: Span, ents: list[Span]) -> list[Relation]:
        """Persons elected to a body whose seats the text said were being filled ("elected
        five members of the International Court of Justice", "filled the 34 seats of the
        International Law Commission"): those listed right after it ("among them A of X
        and B of Y"), later "Mr. A was elected in the sixth round", and the list after
        "obtained the required majorities:"."""
        body = self._person_seat_body_in(doc, sentence, ents)
        people: list[Span] = []
        if body is not None:
            self._person_seat_body = body
            lowers = lower_forms(doc)
            marker = next(
                (k for k in range(body.end, sentence.end - 1)
                 if lowers[k : k + 2] == ["among", "them"] or lowers[k] in {"including", ":"}),
                None,
            )
            people = [] if marker is None else self._listed_people(doc, sentence, ents, marker)
        elif self._person_seat_body is not None:
            body = self._person_seat_body
            people = self._passive_winners(doc, sentence, ents) + self._majority_list(
                doc, sentence, ents
            ) + self._inverted_winners(doc, sentence, ents) + self._filled_among(
                doc, sentence, ents
            )
            if _list_line(doc, sentence) and self._announces_winners(
                doc, _list_introduction(doc, sentence)
            ):  # "- Mr. Masahiko Asada (Japan)" after "The other members elected were:", and
                # "- African States: A (Ghana), B (Senegal)": each with a bracketed nationality
                named = [e for e in ents if e.label_ == "PERSON"]
                people += named[:1] + [
                    e for e in named[1:] if e.end < len(doc) and doc[e.end].text == "("
                ]
        return [Relation(person, body, "POSITION_AT") for person in people if body is not None]

    def _announces_winners(self, doc: Doc, sentence: Span) -> bool:
        """"The other members elected from the Asia-Pacific Group were:" before list lines."""
        lowers = lower_forms(doc)
        ents = _span_ents(sentence)
        end = text_end(doc, sentence)
        words = lowers[sentence.start : end]
        besides = words[:1] in (["besides"], ["alongside"]) or words[:2] == ["apart", "from"]
        return words[-1:] == [":"] and not (
            self.seat_filling_verbs.isdisjoint(words) and WINNING_VERBS.isdisjoint(words)
        ) and "failed" not in words and not any(
            e.label_ == "COUNTRY" or e.label_ == "PERSON" and not besides for e in ents
        ) and NEGATIONS.isdisjoint(words)  # ("Besides Name, the Council elected to the
        # court:"; not "Not elected in the first round:")

    def _inverted_winners(self, doc: Doc, sentence: Span, ents: list[Span]) -> list[Span]:
        """"Also elected were A, Romania's former foreign minister; B of the United States,
        a professor; and C", "Elected in the first round were A of X (151) and B of Y", "Three
        further members were elected in the second ballot: A (X), with 110 votes; and B (Y)":
        the persons opening each part of the list after "were" or the colon."""
        lowers = lower_forms(doc)
        verb = None
        for i in range(sentence.start, sentence.end - 2):
            if lowers[i] not in {"elected", "re-elected"}:
                continue
            if lowers[i - 1] in {"were", "was"} and i > sentence.start:
                # "were elected in the second and third ballots: A (X), ..."
                colon = next(
                    (j for j in range(i + 1, min(sentence.end, i + 10)) if lowers[j] == ":"),
                    None,
                )
                if colon is not None and not any(doc[j].ent_type_ for j in range(i, colon)):
                    verb = colon
                    break
            # "Elected in the first round were": a short adjunct before the verb
            verb = next(
                (j for j in range(i + 1, min(sentence.end - 1, i + 7))
                 if lowers[j] in INVERTED or doc[j].ent_type_ or lowers[j] in {",", ";", ":"}),
                None,
            )
            if verb is not None and lowers[verb] in INVERTED:
                break
            verb = None
        if verb is None:
            return []
        k = verb + 1
        if ";" not in lowers[k : sentence.end]:
            return self._listed_people(doc, sentence, ents, k)
        people = []
        while k < sentence.end:
            part_end = next((m for m in range(k, sentence.end) if lowers[m] == ";"), sentence.end)
            # "; and, in the third ballot, C (Y)": the first person of each part
            person = next(
                (e for e in ents if k <= e.start < min(part_end, k + 8) and e.label_ == "PERSON"),
                None,
            )
            if person is None:
                break
            people.append(person)
            k = part_end + 1
        return people

    def _filled_among(self, doc: Doc, sentence: Span, ents: list[Span]) -> list[Span]:
        """"Four seats were filled on 9 November, among them A of France and B of Somalia"."""
        lowers = lower_forms(doc)
        words = lowers[sentence.start : sentence.end]
        if self.seat_filling_verbs.isdisjoint(words) or self.person_seat_nouns.isdisjoint(words):
            return []
        marker = next(
            (k for k in range(sentence.start, sentence.end - 1)
             if lowers[k : k + 2] == ["among", "them"] or lowers[k] == "including"),
            None,
        )
        return [] if marker is None else self._listed_people(doc, sentence, ents, marker)

    def _person_seat_body_in(self, doc: Doc, sentence: Span, ents: list[Span]) -> Span | None:
        """The body of "elected N members of BODY", "filled the N seats of BODY" (no
        country named before it in the sentence, no "non-permanent" members)."""
        lowers = lower_forms(doc)
        for body in ents:
            if body.label_ != "ORG":
                continue
            k = body.start - 1
            if k - 2 > sentence.start and lowers[k] in {"member", "members"} and (
                lowers[k - 1] == "-" and doc[k - 2].like_num
            ):
                k -= 3  # "four seats on the 13-member Executive Committee"
            if k > sentence.start and lowers[k] == "new":
                k -= 1  # "the eleven judges of the new African Court"
            if k > sentence.start and lowers[k] == "the":
                k -= 1
            if k - 1 <= sentence.start or lowers[k] not in {"of", "on", "to"} or (
                lowers[k - 1] not in self.person_seat_nouns
            ):
                continue  # ("elected four judges to the Inter-American Court")
            verb = next(
                (m for m in range(k - 2, max(sentence.start, k - 7) - 1, -1)
                 if lowers[m] in self.seat_filling_verbs),
                None,
            )
            if verb is None and lowers[body.end : body.end + 1] in (["were"], ["have"]) and (
                not self.seat_filling_verbs.isdisjoint(lowers[body.end + 1 : body.end + 3])
            ):  # "Nine members of the Committee on the Rights of the Child were chosen"
                verb = k - 1
            if verb is None or "non-permanent" in lowers[verb:k] or any(
                e.label_ in {"COUNTRY", "PERSON"} and e.start < k for e in ents
            ):
                continue
            return body
        # "filled all 34 seats of the Commission": the body of that kind named before
        for k in range(sentence.start + 2, sentence.end - 2):
            seats = lowers[k - 1] in self.person_seat_nouns or lowers[k] == "to" and (
                lowers[k - 1] in self.seat_filling_verbs and lowers[k - 2] in self.person_seat_nouns
            )  # "Five judges elected to the court in November 2023 ...: A of X, B of Y"
            if lowers[k] not in {"of", "to", "on"} or not seats or (
                lowers[k + 1] != "the" or lowers[k + 2] not in BODY_NOUNS or doc[k + 2].ent_type_
            ):
                continue
            if self.seat_filling_verbs.isdisjoint(lowers[max(sentence.start, k - 9) : k]):
                continue  # ("filled seven of the twenty-one seats on the Tribunal")
            if any(e.label_ in {"COUNTRY", "PERSON"} and e.start < k for e in ents):
                continue
            return next(
                (e for e in reversed(self._all_ents)
                 if e.label_ == "ORG" and e.end <= sentence.start
                 and _body_head(e) == lowers[k + 2]),
                None,
            )
        return self._judges_elected_in(doc, sentence, ents)

    def _judges_elected_in(self, doc: Doc, sentence: Span, ents: list[Span]) -> Span | None:
        """"Yesterday the General Assembly and the Security Council elected five judges" after
        "... on the International Court of Justice.": the court named in the sentence before
        (judges sit on a court), when this sentence names no court and no country first."""
        lowers = lower_forms(doc)
        if {"judges", "judge"}.isdisjoint(lowers[sentence.start : sentence.end]):
            return None
        judges = next((k for k in range(sentence.start + 2, sentence.end)
                       if lowers[k] in {"judges", "judge"}
                       and lowers[k - 2] in self.seat_filling_verbs
                       and self._count_at(lowers, k - 1, k)), None)
        if judges is None or sentence.start == 0 or any(
            e.label_ in {"COUNTRY", "PERSON"} and e.start < judges for e in ents
        ) or any(e.label_ == "ORG" and _body_head(e) in {"court", "tribunal"} for e in ents):
            return None
        above = _span_ents(doc[sentence.start - 1].sent)
        courts = {e.kb_id_: e for e in above
                  if e.label_ == "ORG" and _body_head(e) in {"court", "tribunal"}}
        return next(iter(courts.values())) if len(courts) == 1 else None

    def _listed_people(self, doc: Doc, sentence: Span, ents: list[Span], k: int) -> list[Span]:
        """Persons listed from ``k`` after ", among them", ", including" or ":"."""
        lowers = lower_forms(doc)
        while k < sentence.end and lowers[k] in {",", "among", "them", "others", "including", ":"}:
            k += 1  # (", among others, A of X")
        if lowers[k : k + 2] == ["one", "by"]:
            k += 2  # "three seats were filled, including one by A of X"
        by_end = {ent.end: ent for ent in ents}
        starts = {e.start for e in ents if e.label_ == "PERSON"}
        people: list[Span] = []
        while True:
            person = next((e for e in ents if e.start == k and e.label_ == "PERSON"), None)
            if person is None:
                return people
            people.append(person)
            k = self._after_origin(doc, sentence, person.end, by_end)
            if lowers[k : k + 2] in ([",", "who"], [",", "whose"], [",", "with"]):
                # "A of X, who topped the poll with 171 votes, B of Y (168)", "A of X, with
                # 162 votes, B of Y (158)"
                k = next(
                    (j + 1 for j in range(k + 2, sentence.end - 1)
                     if lowers[j] == "," and j + 1 in starts
                     or lowers[j] == "and" and j + 1 in starts),
                    sentence.end,
                )
            if k < sentence.end and lowers[k] == "(":  # "A of Australia (re-elected), B of X"
                k = next((j + 1 for j in range(k + 1, min(sentence.end, k + 6))
                          if lowers[j] == ")"), k)
            if k < sentence.end and lowers[k] == "," and k not in starts:
                # "A of France, the court's President; B of Somalia, its Vice-President; and
                # C": past an apposition to the semicolon before the next person
                semicolon = next((j for j in range(k + 1, sentence.end) if lowers[j] == ";"),
                                 None)
                if semicolon is not None and (
                    semicolon + 1 in starts
                    or lowers[semicolon + 1 : semicolon + 2] == ["and"] and semicolon + 2 in starts
                ):
                    k = semicolon
            while k < sentence.end and lowers[k] in {",", "and", ";"}:
                k += 1

    def _passive_winners(self, doc: Doc, sentence: Span, ents: list[Span]) -> list[Span]:
        """"Mr. A ... was elected in the sixth round", "B was re-elected with 160 votes":
        the last person named before a passive "elected" that names no body or office."""
        lowers = lower_forms(doc)
        by_end = {ent.end: ent for ent in ents}
        winners = []
        for i in range(sentence.start + 1, sentence.end - 1):
            if lowers[i] not in {"elected", "re-elected", "reelected"}:
                continue
            j = i - 3 if lowers[i - 2 : i] == ["re", "-"] else i - 1
            while j > sentence.start and lowers[j] in ABSOLUTE_ADVERBS:
                j -= 1
            # "were elected judges of the Court": the seats' own noun, then the body
            seat_noun = lowers[i + 1] in self.person_seat_nouns and lowers[i + 2] == "of" and (
                i + 3 < sentence.end
                and (lowers[i + 3] == "the" or doc[i + 3].ent_type_ == "ORG")
            )
            if lowers[j] not in {"was", "were", "is"} or not (
                lowers[i + 1] in PASSIVE_WINNER_FOLLOWERS or seat_noun
            ):
                continue
            if lowers[j - 1] == ",":
                # "A, who joined the court to finish the term of the late B, was re-elected"
                j = next(
                    (m for m in range(j - 2, sentence.start, -1)
                     if lowers[m] == "," and lowers[m + 1] in {"who", "which"}),
                    j,
                )
            people = [e for e in ents if e.end <= j and e.label_ == "PERSON"]
            if not people:
                continue
            person = people[-1]
            # no country after the person but its origin ("Mr. A of Qatar was elected")
            origin_end = self._after_origin(doc, sentence, person.end, by_end)
            if not any(
                e.label_ == "COUNTRY" and origin_end <= e.start < j for e in ents
            ) and not any(
                lowers[m] in {";", "who", "whom", "which", "that"} for m in range(
                    person.end, j - 2 if lowers[j - 2 : j] == [",", "who"] and not any(
                        e.label_ == "DATE" and e.start > i for e in ents
                    ) else j
                )  # ("Anders Holmqvist of Sweden, who was re-elected with 134": his own
            ):  # relative clause; not "..., who was re-elected in 2023": another election)
                listed = next(
                    (found for first in people[:-1]
                     if (found := self._listed_people(doc, sentence, ents, first.start))
                     and found[-1] == person),
                    [person],
                ) if lowers[j] == "were" else [person]  # "A of X, B of Y and C of Z were"
                winners += listed
        return winners

    def _majority_list(self, doc: Doc, sentence: Span, ents: list[Span]) -> list[Span]:
        """"Three candidates obtained the required majorities in the first round: A of X,
        B of Y and C of Z" (or "..., among them A of X"): the persons listed after the colon
        or "among them"."""
        lowers = lower_forms(doc)
        colon = next(
            (k for k in range(sentence.start, sentence.end - 1)
             if lowers[k] == ":" or lowers[k : k + 2] == ["among", "them"]),
            None,
        )
        if colon is None:
            return []
        if lowers[colon] == "among":
            colon += 1
        words = lowers[sentence.start : colon]
        if self.majority_nouns.isdisjoint(words) or self.receive_verbs.isdisjoint(words) or (
            not NEGATIONS.isdisjoint(words)
        ):
            return []
        return self._listed_people(doc, sentence, ents, colon + 1)

    def _update_topic(self, doc: Doc, sentence: Span, ents: list[Span]) -> None:
        """The person the text is about: the one person a sentence names, kept while later
        sentences refer to someone by "he", "him" or "his" (an obituary naming colleagues)."""
        lowers = lower_forms(doc)
        if self._topic is not None and not PERSONAL_PRONOUNS.isdisjoint(
            lowers[sentence.start : sentence.end]
        ):
            return
        people = {e.kb_id_: e for e in ents if e.label_ == "PERSON"}
        if people:
            self._topic = next(iter(people.values())) if len(people) == 1 else None

    def _elected_object_body(
        self, doc: Doc, sentence: Span, person: Span, by_end: dict[int, Span]
    ) -> Span | None:
        """"The two bodies elected A of France, B of Somalia and C of Lebanon to the Court":
        the body each person listed after an active "elected" goes to."""
        j = person.start
        while j > sentence.start and (
            doc[j - 1].text in {",", "(", ")"} or doc[j - 1].lower_ in {"and", "of", "the", "votes"}
            or doc[j - 1].ent_type_ in {"PERSON", "COUNTRY", "VOTE_COUNT"}
        ):
            j -= 1  # "elected A (Mexico), B (Belgium) and C (China) to the Board"
        together = j - 2 > sentence.start and doc[j - 1].lower_ == "with" and (
            doc[j - 2].lower_ in {"together", "along"}
        )
        if together:
            # "elected Aurescu to the court together with A of Australia and B of Mexico":
            # the body of the person elected before the list
            first = next((e for e in reversed(by_end.values()) if e.label_ == "PERSON"
                          and e.end <= j - 2 and e.start >= sentence.start), None)
            return self._elected_object_body(doc, sentence, first, by_end) if first else None
        if j == sentence.start or doc[j - 1].lower_ not in ACTIVE_ELECTS | {"appointed"}:
            return None
        k = self._after_origin(doc, sentence, person.end, by_end)
        end = self._person_list_end(doc, sentence, k, by_end) or k
        if end + 1 >= sentence.end or doc[end].lower_ != "to":
            return None
        m = end + 2 if doc[end + 1].lower_ in ARTICLES else end + 1
        body = next((e for e in by_end.values() if e.start == m), None)
        return body if body is not None and body.label_ == "ORG" else None

    def _of_institute(
        self, doc: Doc, sentence: Span, person: Span, by_end: dict[int, Span]
    ) -> Span | None:
        """"said J.M. Borg-Cardona of the Centre for Small States Diplomacy", "Richard Roe
        of the International Crisis Group": the organisation named right after the name is
        where the person works (a country there is only a nationality, decision 28)."""
        k = person.end
        if k + 1 >= sentence.end or doc[k].lower_ != "of":
            return None
        k += 2 if doc[k + 1].lower_ == "the" else 1
        place = next((e for e in by_end.values() if e.start == k), None)
        if place is None or place.label_ != "ORG":
            return None
        return place

    def _joined(
        self, doc: Doc, sentence: Span, person: Span, by_end: dict[int, Span]
    ) -> list[Span]:
        """"Name joined Peru's Ministry of Foreign Affairs in 1940": a member of the
        organisation (and, for a country's ministry, of the country's service)."""
        k = person.end
        while k < sentence.end and doc[k].lower_ in {"had", "has", "later", "then", "first"}:
            k += 1
        if k + 1 >= sentence.end or doc[k].lower_ not in self.join_verbs:
            return []
        k += 2 if doc[k + 1].lower_ in ARTICLES else 1
        first = next((e for e in by_end.values() if e.start == k), None)
        if first is None:
            return []
        if first.label_ == "ORG":
            return [first]
        if first.label_ == "COUNTRY" and first.end + 1 < sentence.end and (
            doc[first.end].lower_ in POSSESSIVES
        ):
            owned = next((e for e in by_end.values() if e.start == first.end + 1), None)
            return [owned, first] if owned is not None and owned.label_ == "ORG" else []
        return []

    def _office_of_its(
        self, doc: Doc, sentence: Span, person: Span, ents: list[Span]
    ) -> Span | None:
        """"The General Assembly elected Name, [apposition,] as President of its 73rd
        session" or "... to preside over its 73rd session": the organisation that is the
        sentence's subject."""
        k = self._after_origin(doc, sentence, person.end, {e.end: e for e in ents})
        if k + 1 < sentence.end and doc[k].text == "," and doc[k + 1].lower_ == "as":
            k += 1  # "elected Ecuador's foreign minister, Name, as President of its session"
        elif k < sentence.end and doc[k].text == ",":  # skip an apposition
            k = next((m + 1 for m in range(k + 1, min(sentence.end, k + 20))
                      if doc[m].text == ","), k)
        if doc[k : k + 2].text.lower() == "by acclamation":
            k += 2  # "elected Name of Cameroon by acclamation as President of its session"
        if k + 3 >= sentence.end:
            return None
        title = k + 2
        while title < sentence.end - 1 and doc[title].lower_ in SUCCESSION_MODIFIERS:
            title += 1  # "chose Name as its next secretary general"
        if doc[k].lower_ == "as" and doc[k + 1].lower_ == "its" and (
            self.titles.starting_at(doc, title, sentence.end) is not None
        ):
            its = k + 1  # "elected Name as its president for the 73rd session"
        elif doc[k].lower_ == "as":
            end = self.titles.starting_at(doc, k + 1, sentence.end)
            if end is None or end + 1 >= sentence.end or doc[end].lower_ != "of":
                return None
            its = end + 1
        elif doc[k].lower_ == "to" and doc[k + 1].lower_ in self.office_verbs:
            its = k + 3 if doc[k + 2].lower_ in {"over", "at"} else k + 2
        else:
            return None
        if its >= sentence.end or doc[its].lower_ != "its":
            return None
        bodies = [
            e for e in ents
            if e.label_ == "ORG" and sentence.start <= e.start and e.end <= person.start
        ]
        return bodies[-1] if bodies else None

    def _office_place(
        self, doc: Doc, end: int, floor: int, by_end: dict[int, Span]
    ) -> tuple[Span | None, int]:
        """Reading leftwards from ``end``: "<title> of [the] ENT" or "ENT['s] <title>".
        Returns the place and the start of the phrase (``end`` if none)."""
        title_start = self.titles.ending_at(doc, end, floor)
        if title_start is None and (
            doc[end - 1].ent_type_ in {"GPE", "ORG"} or doc[end - 1].is_lower
        ):
            # "Iran's envoy to Moscow, Name", "Egypt's ambassador to the league, Name",
            # "Malaysia's Representative on the Council of ICAO, Name": the title before its
            # posting or seat
            destination = skip_destination(doc, end, floor, starts=POSTING_STARTS)
            if destination != end and doc[destination].lower_ in {"to", "on"}:
                title_start = self.titles.ending_at(doc, destination, floor)
                if title_start is not None:
                    end = destination
        if title_start is None:
            # "Ghana's Minister for Foreign Affairs and Regional Integration, Name"
            title_start = title_before_portfolio(doc, self.titles, end, floor)
        if title_start is not None:
            j = title_start
            # "EU foreign policy chief", "Kazakhstan's deputy foreign minister"
            while j > floor and title_start - j < MODIFIER_WORDS and (
                doc[j - 1].is_alpha
                and not doc[j - 1].ent_type_  # "India's External Affairs Minister"
                and doc[j - 1].lower_ not in ARTICLES | POSITION_PREPOSITIONS
                and doc[j - 1].lower_ not in CLAUSE_LINKS  # "the United States since President"
                and not doc[j - 1].lower_.endswith("ed")  # not "the Assembly appointed"
                and doc[j - 1].lower_ not in self.office_predicates
                or doc[j - 1].lower_ in self.title_modifiers  # "India's Permanent Delegate"
                or doc[j - 1].text == "-" and j - 1 > floor
                and doc[j - 2].lower_ in self.title_modifiers  # "China's Vice-Minister"
            ):
                j -= 1
            if j > floor and doc[j - 1].lower_ in POSSESSIVES:
                j -= 1
            entity = by_end.get(j)
            if entity is not None and _preposition_before(doc, entity) == "to":
                # "Permanent Representative of Kazakhstan to the UN Ambassador Name"
                k = entity.start - 1
                while doc[k].lower_ != "to":
                    k -= 1
                place, start = self._office_place(doc, k, floor, by_end)
                if place is not None:
                    return place, start
                if entity.label_ != "COUNTRY" and start != k:
                    return None, title_start  # "Permanent Representative to the UN Name"
                # "a rebuke to U.S. President Name", "a successor to United Nations
                # Secretary-General Name": "to" belongs to the sentence
            if entity is not None and entity.label_ == "ORG" and entity.start > floor + 1:
                m = entity.start - 1
                while m > floor + 1 and doc[m].lower_ in self.title_modifiers:
                    m -= 1  # "Russia's deputy UN ambassador"
                owner = by_end.get(m if doc[m].lower_ in POSSESSIVES else -1)
                if owner is not None and owner.label_ == "COUNTRY":
                    return owner, owner.start  # "Israel's UN ambassador": the country's post
            if entity is not None and entity.kb_id_ == "United Nations" and (
                entity.start - 1 >= floor
                and doc[entity.start - 1].lower_ in {"its", "their", "our"}
            ):
                return None, title_start  # "Its UN advocacy director, Name", "Our United
                # Nations correspondent, Name": the post's field, not a UN post
            if entity is not None and entity.label_ in {"ORG", "COUNTRY"}:
                return entity, entity.start
            return None, title_start
        entity = by_end.get(skip_parenthesis(doc, end, floor))
        if entity is None or entity.label_ in {"GPE", "LOC"}:
            destination = skip_destination(doc, end, floor)
            entity = by_end.get(destination) if destination != end else None
        if entity is None or entity.label_ not in {"ORG", "COUNTRY"}:
            return None, end
        j = entity.start
        while j > floor + 1 and _ordinal(doc[j - 1]):
            j -= 1  # "president of the 56th U.N. General Assembly"
        if j > floor and doc[j - 1].lower_ == "based":  # "the Kuala Lumpur-based Institute"
            k = j - 1
            while k > floor and doc[k - 1].lower_ not in ARTICLES and j - k < 6:
                k -= 1
            j = k
        if j > floor and doc[j - 1].lower_ in ARTICLES:
            j -= 1
        if j > floor + 3 and doc[j - 1].lower_ == "of" and doc[j - 2].lower_ in SESSION_NOUNS:
            # "President of the 77th session of the UN General Assembly Name"
            k = j - 3
            while k > floor and (_ordinal(doc[k]) or doc[k].lower_ in ARTICLES):
                k -= 1
            if doc[k].lower_ == "of":
                title_start = self.titles.ending_at(doc, k, floor)
                if title_start is not None:
                    return entity, title_start
        if j > floor + 1 and doc[j - 1].lower_ == "of":
            title_start = self._title_with_portfolio(doc, j - 1, floor)
            if title_start is not None:
                return entity, title_start
        if j > floor + 1 and doc[j - 1].lower_ in POSITION_PREPOSITIONS:
            # "a former diplomat now at the Hague Forum"
            k = j - 1
            while k > floor and doc[k - 1].lower_ in self.office_adverbs:
                k -= 1
            if k != j - 1 and self.titles.ending_at(doc, k, floor) is not None:
                return entity, self.titles.ending_at(doc, k, floor) or k
            # "head of the international security department at the X Centre", "a professor
            # of international law at X", "Under-Secretary for Political Affairs at the
            # Ministry": a title, "of" and a field or unit before "at"
            for o in range(j - 2, max(floor, j - 8), -1):
                word = doc[o]
                if word.lower_ in {"of", "in", "for"}:  # "a lecturer in international relations at"
                    title_start = self.titles.ending_at(doc, o, floor)
                    if title_start is not None and o < j - 2:
                        return entity, title_start
                    break
                unit = by_end.get(o + 1) if o == j - 2 and word.ent_type_ == "ORG" else None
                if unit is not None and unit.label_ == "ORG":
                    # "head of the Department of Political Science at the University of
                    # Bahrain": a post in a unit is a post at the body it belongs to
                    held, start = self._office_place(doc, unit.end, floor, by_end)
                    if held is unit:
                        return entity, start
                if not word.is_alpha or word.ent_type_ in {"PERSON", "ORG", "COUNTRY"}:
                    break
        adviser = self._adviser_to(doc, j, floor) if entity.label_ == "ORG" else None
        if adviser is not None:
            return entity, adviser  # "a legal adviser to Chile's Ministry of Foreign Affairs"
        if j > floor and doc[j - 1].lower_ == "to":
            # "Permanent Representative of Kazakhstan to the UN": the country only
            place, start = self._office_place(doc, j - 1, floor, by_end)
            return (place, start) if place is not None else (None, end)
        if j > floor + 2 and doc[j - 1].lower_ in POSSESSIVES and entity.label_ == "ORG" and (
            doc[j - 2].ent_type_ in {"COUNTRY", "GPE"}
        ):
            m = j - 2
            while m > floor and doc[m - 1].ent_type_ == doc[j - 2].ent_type_:
                m -= 1
            if m > floor and doc[m - 1].lower_ in {"for", "with"}:
                j = m  # "a spokesman for China's Ministry of Foreign Affairs"
        if j > floor and (
            doc[j - 1].lower_ in POSITION_PREPOSITIONS
            # "spokeswoman for the Ministry", "a researcher with the Institute", not
            # "minister for European Union affairs"
            or doc[j - 1].lower_ in {"for", "with"} and entity.label_ == "ORG"
            and not _modifies_a_noun(doc, entity)
        ):
            title_start = self.titles.ending_at(doc, j - 1, floor)
            if title_start is None and doc[j - 1].lower_ == "with":
                title_start = self.person_nouns.ending_at(doc, j - 1, floor)
            if title_start is not None:
                return entity, title_start
        return None, end

    def _adviser_to(self, doc: Doc, j: int, floor: int) -> int | None:
        """The start of "adviser to [the] [Country's]" ending right before ``j``: an adviser
        works for the organisation named after "to"."""
        k = j - 1
        if k > floor and doc[k].lower_ in POSSESSIVES:
            k -= 1
            while k > floor and doc[k].ent_type_ in {"COUNTRY", "GPE"}:
                k -= 1
        if k > floor and doc[k].lower_ in ARTICLES:
            k -= 1
        if k - 1 <= floor or doc[k].lower_ != "to" or doc[k - 1].lower_ not in ADVISER_WORDS:
            return None
        return self.titles.ending_at(doc, k, floor)

    def _national_office_of(
        self, doc: Doc, sentence: Span, person: Span, ents: list[Span]
    ) -> list[Span]:
        """"Foreign Minister Name of the Russian Federation": a national office title with
        no owner before the name, and "of COUNTRY" after it (decision 28); any title and
        "of ORG" ("Analyst Name of the Jakarta Centre")."""
        named = person.start
        while named > sentence.start and (
            doc[named - 1].text in self.honorifics or doc[named - 1].lower_ in HONORIFIC_TITLES
        ):
            named -= 1  # "Prime Minister Dr Name of Saint Vincent and the Grenadines"
        title_start = self.titles.ending_at(doc, named, sentence.start)
        k = person.end
        if title_start is not None and title_start > sentence.start and (
            doc[title_start - 1].lower_ in BODY_NOUNS and doc[title_start - 1].is_title
            and not doc[title_start - 1].ent_type_
        ):
            # "Assembly President Sam Kutesa of Uganda": the post at the assembly named
            # before, not at the country
            noun = doc[title_start - 1].lower_
            body = next((e for e in reversed(self._all_ents) if e.label_ == "ORG"
                         and e.end <= title_start - 1 and _body_head(e) == noun), None)
            return [body] if body is not None else []
        if title_start is not None and doc[named - 1].lower_ in self.national_offices:
            represented = self._represented_by(doc, sentence, title_start, ents)
            if represented is not None:
                return [represented]
        if title_start is None or k + 1 >= sentence.end or doc[k].lower_ != "of":
            return []
        start = k + 2 if doc[k + 1].lower_ in ARTICLES else k + 1
        place = next((e for e in ents if e.start == start), None)
        if place is not None and place.label_ == "ORG":
            return [place]  # "Analyst Name of the Jakarta Centre for Regional Studies"
        national = doc[named - 1].lower_ in self.national_offices
        return [place] if place is not None and place.label_ == "COUNTRY" and national else []

    def _represented_by(
        self, doc: Doc, sentence: Span, title_start: int, ents: list[Span]
    ) -> Span | None:
        """"Oman was represented by Deputy Prime Minister Name": the country that a national
        office holder represents."""
        k = title_start - 1
        while k > sentence.start and doc[k].lower_ in self.title_modifiers:
            k -= 1  # "Deputy Prime Minister"
        if k < sentence.start + 2 or doc[k].lower_ != "by" or doc[k - 1].lower_ != "represented":
            return None
        k -= 2
        while k > sentence.start and doc[k].lower_ in PASSIVE_AUXILIARIES | {"will", "has", "had"}:
            k -= 1
        return next((e for e in ents if e.end == k + 1 and e.label_ == "COUNTRY"), None)

    def _whose_office(
        self, doc: Doc, sentence: Span, person: Span, by_end: dict[int, Span]
    ) -> Span | None:
        """"the United States, whose ambassador to the UN, Name, ...": the country."""
        end = person.start - 1 if doc[person.start - 1].text == "," else person.start
        for k in range(end - 1, max(sentence.start, end - 8), -1):
            if doc[k].lower_ in {"whose", "its", "their"}:
                title_end = k + 1
                while title_end < end and doc[title_end].lower_ in {
                    "then", "former", "current", "new", "acting", "outgoing", "incoming"
                }:
                    title_end += 1  # "whose then foreign minister, Name"
                if self.titles.ending_at(doc, title_end + 1, title_end) is None and (
                    self.titles.ending_at(doc, title_end + 2, title_end) is None
                ):
                    return None
                j = k - 1 if doc[k - 1].text == "," else k
                entity = by_end.get(j)
                if entity is not None and entity.label_ in {"ORG", "COUNTRY"}:
                    return entity
                return None
        return None

    def _offices_before(
        self, doc: Doc, sentence: Span, person: Span, by_end: dict[int, Span]
    ) -> list[Span]:
        places = []
        end = skip_parenthesis(doc, person.start, sentence.start)
        if end - 1 > sentence.start and doc[end - 1].lower_ in HONORIFIC_TITLES and (
            doc[end - 2].text in self.honorifics or doc[end - 2].text == ","
            or doc[end - 2].lower_ in self.titles.last_words
        ) or end - 2 > sentence.start and doc[end - 1].lower_ == "ambassador" and (
            doc[end - 2].text in self.honorifics and doc[end - 3].text == ","
            or doc[end - 2].text == "," and self.titles.ending_at(doc, end - 2, sentence.start)
            is None  # (not "the Council's president, Ambassador Name": handled as a title)
        ):
            # "Minister of Foreign Affairs, H.H. Sheikh Name", "Foreign Minister Sheikh Name",
            # "Permanent Representative to the United Nations, H.E. Ambassador Name",
            # "Permanent Representative in Geneva, Ambassador Name"
            end -= 1
        named_at = end
        while end > sentence.start and doc[end - 1].text in self.honorifics:
            end -= 1  # "Former Foreign Minister of Ethiopia Dr. Name", "Datuk Seri Name"
        if end < named_at and end - 1 > sentence.start and doc[end - 1].lower_ == "the":
            end -= 1  # "The Prime Minister of Saint Kitts and Nevis, the Hon. Dr. Name"
        if end > sentence.start and doc[end - 1].text == ",":
            end -= 1
            # "Mexico's ambassador at the time, Name"
            if [t.lower_ for t in doc[max(sentence.start, end - 3) : end]] == ["at", "the", "time"]:
                end -= 3
            # "Costa Rica's Permanent Representative in Geneva, Name": the post's seat
            for size in (1, 2):
                place = doc[max(sentence.start, end - size) : end]
                at = end - size - 1
                if at > sentence.start and doc[at].lower_ in {"in", "at"} and all(
                    t.is_title and t.ent_type_ in {"", "GPE"} for t in place
                ):
                    end = at
                    break
        title_start = None
        title_end = end
        while end > sentence.start:
            place, start = self._office_place(doc, end, sentence.start, by_end)
            if start == end:
                break
            title_start = start if title_start is None else title_start
            if place is not None:
                places.append(place)
            end = start
            if end > sentence.start and doc[end - 1].lower_ in CHAIN_SEPARATORS:
                end -= 1  # "Deputy Chairman of the Cabinet of Ministers – Minister of ..."
            else:
                break
        its = title_start - 1 if title_start is not None else -1
        national = its >= sentence.start and any(
            t.lower_ in self.national_offices for t in doc[its + 1 : title_end]
        )  # "its foreign minister", not "its judge"
        if not places and national and doc[its].lower_ == "its":
            if its == sentence.start:
                # "... won 185 votes. Its prime minister, Ralph Gonsalves, said": the one
                # country of the sentence before
                previous = doc[sentence.start - 1].sent if sentence.start > 0 else None
                named = self._countries_between(previous.start, previous.end) if previous else {}
                places = list(named.values()) if len(named) == 1 else []
            else:
                # "Syria, readmitted in May 2023, was represented by its foreign minister,
                # Name": the country opening the sentence
                opener = next(iter(self._ents_between(sentence.start, its)), None)
                if opener is not None and opener.label_ == "COUNTRY" and (
                    opener.start <= sentence.start + 1
                ):
                    places = [opener]
        return places

    def _offices_after(
        self, doc: Doc, sentence: Span, person: Span, by_end: dict[int, Span]
    ) -> list[Span]:
        """"Person, director of the X Institute and member of the Y Council, ..." and
        "Person, a diplomat, was elected President of the General Assembly"."""
        places: list[Span] = []
        k = self._after_origin(doc, sentence, person.end, by_end)
        if k + 1 < sentence.end and doc[k].text == "," and doc[k + 1].lower_ == "which":
            return places  # "President Name of Bolivia, which has become a member"
        listed_end = self._person_list_end(doc, sentence, k, by_end)
        if listed_end is not None:
            # "A of X, B of Y and C of Z were elected judges of the Court": each of them
            place = self._predicate_office(doc, sentence, listed_end, by_end)
            return [place] if place is not None else places
        if k + 4 < sentence.end and doc[k].text == "," and doc[k + 1].lower_ == "whose" and (
            doc[k + 2].lower_ in {"term", "mandate", "tenure"}
            and doc[k + 3].lower_ in {"on", "at", "in"}
        ):
            # "Dr. Name, whose term on the Commission ends on 31 December": a member
            member = self._body_at_or_named_before(doc, sentence, k + 4, by_end)
            return [member] if member is not None else places
        if k < sentence.end and doc[k].text == ",":
            k += 1
            while k < sentence.end and (
                doc[k].lower_ not in self.office_predicates or doc[k].lower_ in ARTICLES
            ):
                if doc[k].lower_ in ADVERBIAL_CLAUSE_STARTS or (
                    doc[k].is_lower and doc[k].lower_.endswith("ing")
                    and doc[k].lower_ not in self.titles.first_words
                ):
                    break  # "..., before becoming South Korea's foreign minister": not his;
                    # "Name, leaving a permanent member of the Council without a judge"
                segment_end = self._segment_end(doc, sentence, k)
                segment = doc[k:segment_end]
                later = next(
                    (
                        e
                        for e in by_end.values()
                        if k <= e.start < segment_end and e.label_ == "PERSON"
                    ),
                    None,
                )
                if later is not None:
                    # "A, director of X, member of Y B": the titles before B are B's
                    taken = self._offices_before(doc, sentence, later, by_end)
                    return [place for place in places if place not in taken]
                if any(t.lower_ in self.speech_verbs and not t.ent_type_ for t in segment):
                    break
                if not any(t.lower_ in self.titles.last_words for t in segment):
                    if segment_end < sentence.end and doc[segment_end].lower_ == "and" and (
                        len(segment) <= 4 and doc[segment_end + 1].lower_ not in ARTICLES
                    ):
                        k = segment_end + 1  # "a Jordanian jurist and former member of X"
                        continue
                    if segment_end < sentence.end and doc[segment_end].text == "," and (
                        len(segment) <= 3
                    ):
                        k = segment_end + 1  # ", aged 64," then "is a former governor of"
                    break
                owner = self._organisation_owner(doc, sentence, k, segment_end)
                if owner is not None:
                    # "Name, the organisation's UN director,": the organisation named before
                    places.append(owner)
                    k = segment_end + 1
                    if segment_end >= sentence.end or doc[segment_end].text not in {",", "and"}:
                        break
                    continue
                found = []
                for end in range(k + 1, segment_end + 1):
                    place, start = self._office_place(doc, end, k, by_end)
                    if place is not None and start >= k and place not in places + found:
                        found.append(place)
                if len(found) >= 2 and _portfolio_then_employer(doc, k, found[0], found[1]):
                    found = found[1:]  # "UN director at Human Rights Watch": the NGO's post
                elif len(found) >= 2 and _owner_then_posting(doc, found[0], found[1]):
                    found = found[:1]  # "Amnesty International's representative at the
                    # United Nations", "Kenya's representative to the UN": the owner's post
                places += found
                k = segment_end + 1
                if segment_end >= sentence.end or doc[segment_end].text not in {",", "and"}:
                    break
        place = self._predicate_office(doc, sentence, k, by_end)
        if place is None and k + 1 < sentence.end and doc[k - 1].text == "," and (
            doc[k].lower_ == "who"
        ):
            # "Name, who also leads the Socialist Party, becomes OSCE Chairperson-in-Office":
            # the predicate after the relative clause
            close = next(
                (m for m in range(k + 1, min(sentence.end, k + 15)) if doc[m].text == ","), None
            )
            if close is not None:
                place = self._predicate_office(doc, sentence, close + 1, by_end)
                # "Name, who served on the Supreme Court of India from 2005 to 2012, had ..."
                inside = self._predicate_office(doc, sentence, k + 1, by_end)
                if inside is not None and inside not in places and inside != place:
                    places.append(inside)
            if place is None and places:
                # "Name, President of X and head of Y, who led the OSCE in 2014"
                place = self._who_verb_place(doc, sentence, k + 1, by_end)
        if place is not None:
            places.append(place)
        return places

    def _organisation_owner(
        self, doc: Doc, sentence: Span, k: int, end: int
    ) -> Span | None:
        """"the organisation's UN director" (an apposition from ``k`` to ``end``): the
        organisation named last before the sentence owns the title."""
        lowers = lower_forms(doc)
        if k + 3 > end or lowers[k] != "the" or lowers[k + 1] not in ORGANISATION_NOUNS or (
            lowers[k + 2] not in {"'s", "\u2019s"}
        ) or not any(lowers[m] in self.titles.last_words for m in range(k + 3, end)):
            return None
        before = [
            e for e in self._all_ents if e.end <= sentence.start and e.label_ == "ORG"
            # (not a dateline's agency "(TASS)"; "the agency's": an agency)
            and not (e.start > 0 and doc[e.start - 1].text == "(")
            and (lowers[k + 1] != "agency" or "agency" in e.kb_id_.lower())
        ]
        return before[-1] if before and not _is_un_family(before[-1]) else None

    def _after_origin(
        self, doc: Doc, sentence: Span, k: int, by_end: dict[int, Span]
    ) -> int:
        """The token after a person's country: "Dennis Francis (Trinidad and Tobago)",
        "Khaled Mansour of [the] Egypt"; ``k`` itself if none follows."""
        if k < sentence.end and doc[k].text == "(":
            close = next((m for m in range(k + 1, min(sentence.end, k + 8)) if doc[m].text == ")"),
                         None)
            k = close + 1 if close is not None else k
        if k + 1 < sentence.end and doc[k].lower_ == "of":
            first = k + 2 if doc[k + 1].lower_ == "the" else k + 1
            origin = next((e for e in by_end.values() if e.start == first), None)
            if origin is not None and origin.label_ == "COUNTRY":
                k = origin.end
        if k + 2 < sentence.end and doc[k].text == "(" and (
            doc[k + 1].ent_type_ == "VOTE_COUNT" or doc[k + 1].like_num
        ):
            # "Amara Diallo of Senegal (118)", "(151 in the Assembly, 13 in the Council)": the
            # person's votes
            close = next((m for m in range(k + 2, min(sentence.end, k + 14)) if doc[m].text == ")"),
                         None)
            k = close + 1 if close is not None else k
        return k

    def _person_list_end(
        self, doc: Doc, sentence: Span, k: int, by_end: dict[int, Span]
    ) -> int | None:
        """The end of a list of persons that continues at ``k`` (", B of Y and C of Z"),
        ending with "and"; None if no such list follows."""
        joined_by_and = False
        while k + 1 < sentence.end and doc[k].lower_ in {",", "and"}:
            m = k + 2 if doc[k].text == "," and doc[k + 1].lower_ == "and" else k + 1
            following = next((e for e in by_end.values() if e.start == m), None)
            if following is None or following.label_ != "PERSON":
                break
            joined_by_and = "and" in lower_forms(doc)[k:m]
            k = self._after_origin(doc, sentence, following.end, by_end)
            if joined_by_and:
                return k
        return None

    def _title_with_portfolio(self, doc: Doc, of: int, floor: int) -> int | None:
        """Start of "<title> of|for <portfolio>" ending right before the "of" at ``of``:
        "Minister of Transport of", "Minister for Foreign Affairs and Human Mobility of", "a
        vice minister of agriculture and rural affairs of"."""
        k = of
        while k > floor and of - k < 6 and not doc[k - 1].ent_type_ and (
            doc[k - 1].is_title
            or doc[k - 1].is_lower and doc[k - 1].is_alpha and doc[k - 1].lower_ not in (
                FUNCTION_WORDS - {"and"}
            ) and (doc[k - 1].lower_ != "and" or k - 1 < of - 1)
        ):
            k -= 1
        if k < of and k > floor and doc[k - 1].lower_ in {"of", "for"}:
            return self.titles.ending_at(doc, k - 1, floor)
        return None

    def _segment_end(self, doc: Doc, sentence: Span, k: int) -> int:
        while k < sentence.end:
            token = doc[k]
            if token.text in {",", ";", ".", ")", "(", "—", "–", ":"}:
                return k
            if token.lower_ == "and" and not token.ent_type_ and not (
                # "Minister for Foreign Affairs and Cooperation of Angola": one portfolio
                doc[k - 1].is_title and not doc[k - 1].ent_type_
                and k + 1 < sentence.end and doc[k + 1].is_title
            ) and not self._lower_portfolio_continues(doc, sentence, k):
                return k
            k += 1
        return k

    def _lower_portfolio_continues(self, doc: Doc, sentence: Span, k: int) -> bool:
        """The "and" at ``k`` joins a lower-case portfolio that ends in "of <place>": "a
        vice minister of agriculture and rural affairs of China"."""
        m = k + 1
        while m < sentence.end and m - k <= 3 and doc[m].is_lower and doc[m].is_alpha and (
            doc[m].lower_ not in FUNCTION_WORDS
        ):
            m += 1
        if m == k + 1 or m + 1 >= sentence.end or doc[m].lower_ != "of":
            return False
        m += 2 if doc[m + 1].lower_ in ARTICLES else 1
        return m < sentence.end and doc[m].ent_type_ in {"COUNTRY", "ORG"} and (
            self._title_with_portfolio(doc, m - 1 if doc[m - 1].lower_ == "of" else m - 2,
                                       max(sentence.start, k - 10)) is not None
        )

    def _predicate_office(
        self, doc: Doc, sentence: Span, k: int, by_end: dict[int, Span]
    ) -> Span | None:
        """"... was elected President of the General Assembly" right after the person."""
        if k + 4 < sentence.end and doc[k].lower_ in {"won", "wins", "win"}:
            # "How Alain Berset Won The Race To Lead The Council Of Europe"
            m = k + 2 if doc[k + 1].lower_ in ARTICLES else k + 1
            if doc[m].lower_ in {"race", "bid", "contest", "election", "vote", "battle"} and (
                m + 2 < sentence.end and doc[m + 1].lower_ == "to"
            ):
                # "won the race to become Director General of X": past "to become"
                k = m + 2 if doc[m + 2].lower_ in self.office_predicates else m + 1
        while k < sentence.end and (
            doc[k].lower_ in self.office_predicates
            or doc[k].lower_.endswith("ly") and doc[k].is_lower and k + 1 < sentence.end
            and doc[k + 1].lower_ in self.office_predicates  # "was formally appointed"
            or doc[k].lower_ in {"re", "-"} and k + 1 < sentence.end  # "re-elected"
            and doc[k + 1].lower_ in self.office_predicates | {"-"}
            or doc[k].ent_type_ == "DATE"  # "was chosen on Friday as"
            or doc[k].lower_ == "in" and doc[k - 1].lower_ == "sworn"  # "was sworn in as"
            or doc[k].lower_ in {"all", "both", "each"}  # "were all elected to the ICJ"
            # "was elected by acclamation as President"
            or doc[k].lower_ == "by" and k + 1 < sentence.end
            and doc[k + 1].lower_ in {"acclamation", "consensus"}
            or doc[k].lower_ in {"acclamation", "consensus"} and doc[k - 1].lower_ == "by"
            # "took office five days later as Director-General"
            or doc[k].like_num and k + 2 < sentence.end and doc[k + 2].lower_ == "later"
            or doc[k].lower_ in {"days", "weeks", "months", "years"} and doc[k - 1].like_num
            # "took office as the fifth Secretary-General"
            or doc[k].lower_ == "office" and doc[k - 1].lower_ in {"took", "takes", "take"}
            or doc[k].lower_ in {"took", "takes", "take"} and k + 1 < sentence.end
            and doc[k + 1].lower_ == "office"
            or doc[k].lower_ in {"on", "in"}
            and k + 1 < sentence.end
            and doc[k + 1].ent_type_ == "DATE"
            # "went on to head the African Union Commission"
            or doc[k].lower_ in {"went", "goes", "go"} and k + 2 < sentence.end
            and doc[k + 1].lower_ == "on" and doc[k + 2].lower_ == "to"
            or doc[k].lower_ == "on" and doc[k - 1].lower_ in {"went", "goes", "go"}
        ):
            k += 1
        term_end = _for_a_term_end(doc, k, sentence.end)
        if term_end != k and term_end < sentence.end and doc[term_end].lower_ == "as":
            k = term_end + 1  # "appointed Name of France for a second term as Director-General"
        if k + 3 < sentence.end and doc[k - 2].lower_ in {"is", "was"} and (
            doc[k - 1].lower_ in ARTICLES
        ):
            # "is a veteran diplomat who served as Turkey's Permanent Representative"
            who = next(
                (m for m in range(k, min(sentence.end, k + 4)) if doc[m].lower_ == "who"), None
            )
            if who is not None and all(doc[m].is_lower for m in range(k, who)):
                k = who + 1
                while k < sentence.end and doc[k].lower_ in OFFICE_ADVERBS_AND_AUXILIARIES:
                    k += 1
                if k + 1 < sentence.end and doc[k].lower_ in {"served", "serves"} and (
                    doc[k + 1].lower_ == "as"
                ):
                    k += 2
        if k + 2 < sentence.end and doc[k].lower_ == "among" and doc[k - 1].lower_ in {
            "was", "is", "were", "are"
        }:
            k += 2 if doc[k + 1].like_num else 1  # "was among six judges of the ICC"
        # "will head its Telecommunication Standardization Bureau", "sat on the ICJ",
        # "won a seat on the ICJ": a post or a membership at the organisation
        member = k + 1 < sentence.end and doc[k + 1].lower_ != "of" and (
            # a verb: "will head", "heads", not the noun of "elected chair of"
            doc[k].lower_ in HEAD_VERBS and doc[k - 1].lower_ in {"will", "would", "to", "shall"}
            or doc[k].lower_ in {"heads", "leads", "directs"}
            # "Name of India led the Assembly in 1953": a body, not a delegation
            or doc[k].lower_ in {"led", "headed", "chaired"} and doc[k + 1].lower_ == "the"
            and k + 2 < sentence.end and doc[k + 2].lower_ in BODY_NOUNS
            or doc[k].lower_ in MEMBERSHIP_VERBS and doc[k + 1].lower_ == "on"
            # "will take over the Telecommunication Development Bureau"
            or doc[k].lower_ in {"take", "takes", "took"} and doc[k + 1].lower_ == "over"
        )
        if not member and k + 1 < sentence.end and doc[k].lower_ == "on" and (
            doc[k - 1].lower_ in MEMBERSHIP_VERBS  # "served on" (the loop passed "served")
        ):
            k, member = k - 1, True
        if not member and k + 3 < sentence.end and doc[k].lower_ in {"won", "wins"} and (
            doc[k + 1].lower_ == "a" and doc[k + 2].lower_ == "seat" and doc[k + 3].lower_ == "on"
        ):
            k, member = k + 3, True
        if member:
            m = k + 2 if doc[k + 1].lower_ in {"on", "over"} else k + 1
            if m < sentence.end and doc[m].lower_ in ARTICLES | {"its", "their", "his", "her"}:
                m += 1
            if m + 3 < sentence.end and doc[m + 1].lower_ == "session" and (
                doc[m + 2].lower_ == "of"
            ):  # "presided over the 73rd session of the General Assembly"
                m += 4 if doc[m + 3].lower_ in ARTICLES else 3
            body = next((e for e in by_end.values() if e.start == m), None)
            if body is None and doc[k].lower_ in {"led", "headed", "chaired"}:
                body = self._body_at_or_named_before(doc, sentence, m, by_end)
            if body is not None and body.label_ == "ORG" and not _modifies_a_noun(doc, body):
                return body
            return None
        if k + 1 < sentence.end and doc[k].lower_ in {"headed", "chaired", "directed"} and (
            doc[k + 1].ent_type_ == "GPE"
        ):
            return self._who_verb_place(doc, sentence, k, by_end)  # "headed Hong Kong's X"
        # "was chosen on Friday to head UNESCO"
        if k + 2 < sentence.end and doc[k].lower_ == "to" and doc[k + 1].lower_ in HEAD_VERBS:
            m = k + 3 if doc[k + 2].lower_ in ARTICLES else k + 2
            body = next((e for e in by_end.values() if e.start == m), None)
            if body is None or body.label_ != "ORG" or _modifies_a_noun(doc, body):
                return None  # not "wins race to lead UN telecom agency"
            return body
        # "Name has been re-elected to the International Court of Justice": a member
        if k + 1 < sentence.end and doc[k].lower_ == "to" and doc[k - 1].lower_ in {
            "elected", "appointed"
        }:
            m = k + 2 if doc[k + 1].lower_ in ARTICLES else k + 1
            body = next((e for e in by_end.values() if e.start == m), None)
            return body if body is not None and body.label_ == "ORG" else None
        # "was Uruguay's ambassador to France", "elected Name as ITU Secretary-General"
        owner = next((e for e in by_end.values() if e.start == k), None)
        if owner is not None and owner.label_ in {"ORG", "COUNTRY"} and owner.end < sentence.end:
            possessive = doc[owner.end].lower_ in POSSESSIVES
            if possessive or owner.label_ == "ORG":
                title_at = self._after_modifiers(doc, owner.end + possessive, sentence.end)
                if self.titles.starting_at(doc, title_at, sentence.end):
                    return owner
                return None
        k = self._after_modifiers(doc, k, sentence.end)
        j = self.titles.starting_at(doc, k, sentence.end - 1)
        if j is None and k < sentence.end and self._plural_title(doc[k]):
            j = k + 1  # "A and B were elected judges of the Court"
        while j is not None and (longer := self.titles.starting_at(doc, j, sentence.end - 1)):
            j = longer  # "Deputy Chairperson", "deputy foreign minister"
        if j is not None and doc[j].lower_ == "to" and doc[j - 1].lower_ in ADVISER_WORDS:
            # "is a former legal adviser to [Chile's] Ministry of Foreign Affairs"
            m = j + 1
            while m < sentence.end and (doc[m].lower_ in ARTICLES or doc[m].ent_type_ in {
                "COUNTRY", "GPE"
            }):
                m += 1
            if m < sentence.end and doc[m].lower_ in POSSESSIVES:
                m += 1
            body = next((e for e in by_end.values() if e.start == m), None)
            return body if body is not None and body.label_ == "ORG" else None
        if j is None or doc[j].lower_ not in POSITION_PREPOSITIONS:
            return None
        j += 1
        if j < sentence.end and doc[j].lower_ in ARTICLES:
            j += 1
        # "President of the 86th session of the General Assembly"
        k = j
        while k < min(sentence.end, j + 5) and doc[k].lower_ != "of" and (
            doc[k].is_lower or doc[k].text[:1].isdigit() or doc[k].text == "-"
        ):
            k += 1  # "the 76th session", "the sixty-first session"
        if k > j and k + 1 < sentence.end and doc[k].lower_ == "of":
            j = k + 2 if doc[k + 1].lower_ in ARTICLES else k + 1
        entity = next((e for e in by_end.values() if e.start == j), None)
        if entity is None:
            # "Director of Legal Affairs at the International Seabed Authority": a division
            # without a name of its own, then the organisation
            return _organisation_after_division(doc, j, sentence.end, by_end)
        if entity.label_ == "COUNTRY" and entity.end + 1 < sentence.end and (
            doc[entity.end].lower_ in POSSESSIVES
        ):
            # "inspector general of the UAE's Ministry of Interior": the ministry
            owned = next((e for e in by_end.values() if e.start == entity.end + 1), None)
            if owned is not None and owned.label_ == "ORG":
                return owned
        if entity.label_ == "ORG" and _modifies_a_noun(doc, entity):
            return None  # "elected head of UN food agency": the agency, not the UN
        if entity.label_ in {"ORG", "COUNTRY"}:
            return entity
        return None

    def _after_modifiers(self, doc: Doc, k: int, limit: int) -> int:
        """Skip up to three modifiers before a title ("former deputy")."""
        for step in range(MODIFIER_WORDS + 1):
            if k + step >= limit or self.titles.starting_at(doc, k + step, limit):
                return k + step
            if not self._title_modifier(doc, k + step, limit):
                break
        return k

    def _title_modifier(self, doc: Doc, i: int, limit: int) -> bool:
        """"former", "deputy", or one lower-case noun right before a title ("finance
        minister")."""
        if doc[i].lower_ in self.title_modifiers:
            return True
        return (
            doc[i].is_lower
            and doc[i].is_alpha
            and doc[i].lower_ not in FUNCTION_WORDS
            and self.titles.starting_at(doc, i + 1, limit) is not None
        )

    def _listed_country(
        self, doc: Doc, sentence: Span, person: Span, by_end: dict[int, Span]
    ) -> Span | None:
        """"the foreign ministers - Name (Türkiye), Name (Azerbaijan) ...": a country in
        parentheses after a person listed under a plural title; also "Foreign ministers
        Name of Guatemala and Name of Venezuela", "The foreign ministers of the two rivals,
        Name of Guatemala and Name of Venezuela"."""
        k = person.end
        if k + 2 < sentence.end and doc[k].text == "(" and doc[k + 2].text == ")":
            country = by_end.get(k + 2)
            if country is None or country.label_ != "COUNTRY" or country.start != k + 1:
                return None
            # a national office ("the foreign ministers"), not "candidates nominated by
            # Governments, it elected Name (Mexico)": a board member's nationality
            plural_title = any(
                self._plural_title(t) and t.lower_[:-1] in self.national_offices
                and not (t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "vice")
                for t in doc[sentence.start : person.start]
            )  # (not "its four Vice-Presidents: Name (Poland)": the officers of a body)
            return country if plural_title else None
        if k + 1 >= sentence.end or doc[k].lower_ != "of":
            return None
        first = k + 2 if doc[k + 1].lower_ == "the" else k + 1
        country = next((e for e in by_end.values() if e.start == first), None)
        if country is None or country.label_ != "COUNTRY":
            return None
        m = person.start - 1  # back over the list before the person to the plural title
        while m >= sentence.start and (
            doc[m].ent_type_ in {"PERSON", "COUNTRY"}
            or doc[m].lower_ in {"of", "the", ",", "and", ":", "-", "\u2013", "\u2014"}
        ):
            m -= 1
        if m >= sentence.start and not self._plural_title(doc[m]) and doc[m + 1].text == ",":
            # "The foreign ministers of the two rivals, A of X": a short complement
            n = m
            while n > max(sentence.start, m - 6) and doc[n].is_lower and doc[n].lower_ != "of":
                n -= 1
            m = n - 1 if doc[n].lower_ == "of" and n - 1 >= sentence.start else m
        return country if m >= sentence.start and self._plural_title(doc[m]) else None

    def _plural_title(self, token: Token) -> bool:
        """"Chairs", "Vice-Presidents", "chairmen"."""
        word = token.lower_
        if word.endswith("men") and word[:-3] + "man" in self.titles.last_words:
            return True
        return word.endswith("s") and word[:-1] in self.titles.last_words and (
            word not in self.headline_verbs  # not "Elects" ("president-elect")
        )

    def _who_heads(
        self, doc: Doc, sentence: Span, person: Span, by_end: dict[int, Span]
    ) -> Span | None:
        """"Name, who heads the Andean Institute of Law, ...", "Name of Chad, who has headed
        the AU Commission since 2017", "Name will chair the AU for a year"."""
        k = person.end
        origin = k + 2 < sentence.end and doc[k].lower_ == "of" and bool(
            doc[k + 1].ent_type_ or doc[k + 1].lower_ == "the" and doc[k + 2].ent_type_
        )
        if origin:  # "Name of [the] Country, who"
            k += 1
            while k < sentence.end and (
                doc[k].ent_type_ == "COUNTRY" or doc[k].lower_ in {"the", "former"}
            ):
                k += 1  # "Name of the former Yugoslav Republic of Macedonia, who"
        apposition_who = next(  # "Name, a former ambassador who now directs the Institute"
            (
                m for m in range(k + 2, min(sentence.end - 1, k + APPOSITION_WINDOW))
                if doc[m].lower_ == "who" and (
                    doc[m - 1].is_lower and doc[m - 1].is_alpha
                    or doc[m - 1].ent_type_ == "COUNTRY"  # "a former prime minister of Togo who"
                ) or doc[m].text == ","
            ),
            None,
        ) if k + 2 < sentence.end and doc[k].text == "," and doc[k + 1].lower_ in {
            "a", "an", "the"
        } else None
        if apposition_who is not None and doc[apposition_who].text == ",":
            apposition_who = None  # the apposition ends before any "who"
        if k + 2 < sentence.end and doc[k].text == "," and doc[k + 1].lower_ == "who":
            k += 2
        elif apposition_who is not None:
            k = apposition_who + 1
        elif not origin and k < sentence.end and doc[k].lower_ in {"will", "would"}:
            k += 1
        else:
            # "Name headed the Department of Health", "Name, 47, has headed the Office"
            if k + 3 < sentence.end and doc[k].text == "," and doc[k + 1].like_num and (
                doc[k + 2].text == ","
            ):
                k += 3
            m = k
            while m < sentence.end and doc[m].lower_ in OFFICE_ADVERBS_AND_AUXILIARIES:
                m += 1
            if m >= sentence.end or doc[m].lower_ not in self.office_verbs or not (
                doc[m].lower_.endswith(("ed", "s")) or doc[m].lower_ == "led"
            ):
                return None
            place = self._who_verb_place(doc, sentence, k, by_end)
            # not "led the UN delegation", "chairs UN Security Council meeting"
            return place if place is not None and not _names_a_thing_of(doc, place) else None
        return self._who_verb_place(doc, sentence, k, by_end)

    def _listed_office_holder(
        self, doc: Doc, sentence: Span, person: Span, by_end: dict[int, Span]
    ) -> Span | None:
        """"Three women had presided over the General Assembly before her: A of India in
        1953, B of Liberia in 1969 and C of Bahrain in 2006": each person listed after the
        colon holds the office named before it."""
        lowers = lower_forms(doc)
        colon = next(
            (k for k in range(person.start - 1, sentence.start, -1) if lowers[k] == ":"), None
        )
        if colon is None or not all(
            t.ent_type_ in {"PERSON", "COUNTRY", "DATE", "ORG"} or t.lower_ in LISTED_HOLDER_WORDS
            for t in doc[colon + 1 : person.start]
        ):
            return None
        if any(doc[k].ent_type_ == "PERSON" for k in range(sentence.start, colon)):
            return None
        verb = next(
            (k for k in range(sentence.start, colon) if lowers[k] in self.office_verbs
             and lowers[k - 1] not in OWNER_PRONOUNS | ARTICLES),  # not "their Chairs"
            None,
        )
        if any(self._plural_title(doc[k]) for k in range(sentence.start, colon)):
            # "The six Main Committees elected their Chairs: A (Bolivia), First Committee;
            # B (Senegal), Second Committee", "The chairmen of the Main Committees, chosen by
            # the committees this morning, are: A (Lebanon), First Committee; ...": the body
            # named after each person
            k = self._after_origin(doc, sentence, person.end, by_end)
            place = by_end.get(next(
                (e.end for e in by_end.values() if e.start == k + 1 and e.label_ == "ORG"), -1
            ))
            if k + 1 < sentence.end and doc[k].text == "," and place is not None and (
                place.end >= sentence.end or doc[place.end].text in {";", ",", ".", "and"}
            ):
                return place
            if verb is None:
                return None
        if verb is None or self._person_seat_body_in(doc, sentence, _span_ents(sentence)):
            return None  # ("elected six judges to the Court: A of X, ...": the Court's seats)
        place = self._who_verb_place(doc, sentence, verb, by_end)
        return place if place is not None and place.end <= colon else None

    def _listed_officer_of(
        self, doc: Doc, sentence: Span, person: Span, by_end: dict[int, Span]
    ) -> Span | None:
        """"The Council also elected four Vice-Presidents by acclamation: A (Korea), B
        (Netherlands)", "elected 21 Vice-Presidents of the General Assembly, among them A of
        Chile": each listed person becomes an officer of the electing body, or of the body
        named after the plural title."""
        lowers = lower_forms(doc)
        opening = None
        for k in range(person.start - 1, sentence.start, -1):
            if lowers[k] in {":", "including"} or lowers[k] == "them" and lowers[k - 1] == "among":
                opening = k - 1 if lowers[k] == "them" else k
                break
            if doc[k].ent_type_ not in {"PERSON", "COUNTRY"} and (
                lowers[k] not in LISTED_HOLDER_WORDS
            ):
                return None
        if opening is None:
            return None
        title = next(
            (k for k in range(opening - 1, max(sentence.start, opening - 14), -1)
             if self._plural_title(doc[k])),
            None,
        )
        if title is None:
            return None
        verb = title - 1
        while verb > sentence.start and (
            doc[verb].like_num or lowers[verb] in {"new", "its", "their", "-", "vice", "deputy"}
        ):
            verb -= 1  # "elected four Vice-Presidents", "elected its new Chairs"
        if lowers[verb] not in ACTIVE_ELECTS | CHOICE_VERBS | {"appointed", "named"}:
            return None
        if title + 2 < opening and lowers[title + 1] in {"of", "to", "on"}:
            k = title + 3 if lowers[title + 2] == "the" else title + 2
            named = next((e for e in by_end.values() if e.start == k and e.label_ == "ORG"), None)
            if named is not None:
                return named  # "21 Vice-Presidents of the General Assembly", "six judges to
                # the International Criminal Court"
        k = verb
        while k > sentence.start and lowers[k - 1] in ABSOLUTE_ADVERBS:
            k -= 1  # "The Council also elected"
        subject = by_end.get(k)
        if subject is None or subject.label_ != "ORG" or subject.start != sentence.start and (
            lowers[subject.start - 1] != "the" or subject.start - 1 != sentence.start
        ):
            return None
        return subject

    def _and_headed(
        self, doc: Doc, sentence: Span, person: Span, by_end: dict[int, Span]
    ) -> Span | None:
        """"Ms. Name served as an adviser to X and previously headed the Law Reform
        Commission": a second verb of the person who opens the sentence."""
        if person.start - sentence.start > 2:
            return None
        lowers = lower_forms(doc)
        for k in range(person.end + 1, sentence.end - 2):
            if doc[k].ent_type_ == "PERSON" or lowers[k] in {";", ":", "who", "which"}:
                return None
            if lowers[k] != "and":
                continue
            m = k + 1
            while m < sentence.end and lowers[m] in OFFICE_ADVERBS_AND_AUXILIARIES:
                m += 1
            if m < sentence.end and lowers[m] in self.office_verbs and lowers[m] != "represented":
                place = self._who_verb_place(doc, sentence, k + 1, by_end)
                return place if place is not None and not _names_a_thing_of(doc, place) else None
        return None

    def _body_at_or_named_before(
        self, doc: Doc, sentence: Span, k: int, by_end: dict[int, Span],
        *, elected: bool = False,
    ) -> Span | None:
        """The organisation at token ``k`` (after "the"), or for a bare body noun ("the
        Commission", "the council") the body of that kind the text named last."""
        if k < sentence.end and doc[k].lower_ == "the":
            k += 1
        if k + 3 < sentence.end and doc[k].like_num and doc[k + 1].text == "-" and (
            doc[k + 2].lower_ in {"member", "nation", "seat", "strong"}
        ):
            k += 3  # "the 15-member council", "the 15-nation council"
        place = next((e for e in by_end.values() if e.start == k), None)
        if place is not None:
            return place if place.label_ == "ORG" else None
        if k >= sentence.end or doc[k].lower_ not in BODY_NOUNS or doc[k].ent_type_ or (
            k + 1 < sentence.end and doc[k + 1].lower_ == "of"  # "the board of the Fund"
        ):
            return None
        named = [
            e for e in self._all_ents
            if e.label_ == "ORG" and e.end <= k and _body_head(e) == doc[k].lower_
        ]
        # (for "the five countries elected to the Council ... were:", the council elected to
        # before rather than the Gulf Cooperation Council named since)
        seats = [e for e in named if elected and e.kb_id_ in self._elected_bodies]
        return seats[-1] if seats else _body_of_kind(doc, k, named)

    def _who_verb_place(
        self, doc: Doc, sentence: Span, k: int, by_end: dict[int, Span]
    ) -> Span | None:
        """After "who" at ``k - 1``: "[has] headed the AU Commission", "teaches at X"."""
        while k < sentence.end and doc[k].lower_ in OFFICE_ADVERBS_AND_AUXILIARIES:
            k += 1
        if k < sentence.end and doc[k].lower_ in AFFILIATION_VERBS:
            # "who teaches diplomacy at the Lisbon Institute", "who works for the Centre"
            window = range(k + 1, min(sentence.end, k + 5))
            at = next((m for m in window if doc[m].lower_ in {"at", "for"}), None)
            if at is None or not all(t.is_lower for t in doc[k + 1 : at]):
                return None
            k = at
        elif k >= sentence.end or doc[k].lower_ not in self.office_verbs:
            return None
        else:
            # "who directs the international justice programme at the Hague Centre": a unit
            # of the organisation
            window = range(k + 1, min(sentence.end - 1, k + 7))
            unit = next(
                (m for m in window if doc[m].lower_ in UNIT_NOUNS and doc[m].is_lower), None
            )
            if unit is not None and doc[unit + 1].lower_ in {"at", "of"} and all(
                doc[m].is_lower or doc[m].is_punct or doc[m].ent_type_ in {"ORG", "GPE"}
                for m in range(k + 1, unit)
            ):  # "who directs the U.N. programme at the Lakeside Centre"
                k = unit + 1
        k += 1
        if k < sentence.end and doc[k].lower_ == "over":  # "presided over"
            k += 1
        if k < sentence.end and doc[k].lower_ in ARTICLES:
            k += 1
        if k + 3 < sentence.end and doc[k + 1].lower_ == "session" and doc[k + 2].lower_ == "of":
            k += 4 if doc[k + 3].lower_ in ARTICLES else 3  # "the 73rd session of the Assembly"
        if k + 2 < sentence.end and doc[k + 1].text == "-" and doc[k + 2].lower_ == "based":
            k += 3  # "the Amman-based Levant Policy Institute"
        m = k
        while m < sentence.end and doc[m].ent_type_ == "GPE":
            m += 1
        if k < m < sentence.end and doc[m].lower_ in POSSESSIVES:
            k = m + 1  # "headed Hong Kong's Department of Health"
        place = next((e for e in by_end.values() if e.start == k), None)
        if place is not None and place.end + 1 < sentence.end and (
            doc[place.end].lower_ in POSSESSIVES
        ):
            # "who heads the ITU's Telecommunication Development Bureau": the bureau
            owned = next((e for e in by_end.values() if e.start == place.end + 1), None)
            if owned is not None and owned.label_ == "ORG":
                return owned
        if place is None and k < sentence.end and doc[k].is_lower and (
            doc[k].lower_ in GENERIC_BODY_HEADS and doc[k - 1].lower_ == "the"
        ):
            # "Houlin Zhao, who has led the union since 2015": the Union named before
            heads = GENERIC_BODY_HEADS[doc[k].lower_]
            last = next(
                (e for e in reversed(self._all_ents) if e.end <= k and e.label_ == "ORG"
                 and not heads.isdisjoint(e.kb_id_.split())),
                None,
            )
            # the last body with that word, if it is its head: not "Assembly of the African
            # Union", "African Union Commission"
            return last if last is not None and (
                last.kb_id_.split(" of ")[0].split()[-1] in heads
            ) else None
        return place if place is not None and place.label_ in {"ORG", "COUNTRY"} else None

    def _led_by(
        self, doc: Doc, sentence: Span, person: Span, by_end: dict[int, Span]
    ) -> Span | None:
        """"Country X, led by Prime Minister Name": the title's place is the leader's; "The
        Ministry of X, headed by Name": an organisation's head needs no title."""
        title_start = self.titles.ending_at(doc, person.start, sentence.start)
        start = self.led_by.ending_at(
            doc, person.start if title_start is None else title_start, sentence.start + 1
        )
        if start is None and title_start is not None and title_start - 1 > sentence.start and (
            doc[title_start - 1].is_title and not doc[title_start - 1].ent_type_
        ):  # "headed by Cabinet Secretary Name": a capitalised modifier of the title
            start = self.led_by.ending_at(doc, title_start - 1, sentence.start + 1)
        if start is None:
            return None
        j = start - 1 if doc[start - 1].text == "," else start
        entity = by_end.get(j)
        if entity is not None and (
            entity.label_ == "ORG" or entity.label_ == "COUNTRY" and title_start is not None
        ):
            return entity
        return None

    # -- ELECTED_TO and TERM ---------------------------------------------------------

    def _elected(
        self, doc: Doc, sentence: Span, ents: list[Span], cues: list[tuple[int, int]]
    ) -> list[Relation]:
        relations = []
        lowers = lower_forms(doc)
        for cue in cues:
            before = lowers[max(sentence.start, cue[0] - 4) : cue[0]]
            if before and before[-1] in {"for", "towards", "toward"} or not SOUGHT_WORDS.isdisjoint(
                before
            ):
                continue  # "the application of Timor-Leste for accession to ASEAN": sought
            if not NEGATIONS.isdisjoint(lowers[max(sentence.start, cue[0] - 2) : cue[1]]) and (
                ":" in lowers[cue[1] : sentence.end]
            ):
                continue  # "Two states were not elected to the Board: Chad and Ghana"
            if cue[0] > sentence.start and lowers[cue[0] - 1] in {"are", "is"} and (
                lowers[cue[0]] == "elected"
            ) and not {"members", "member"}.isdisjoint(lowers[sentence.start : cue[0]]) and not any(
                e.label_ == "COUNTRY" and e.end <= cue[0] for e in ents
            ):
                continue  # "Its 47 members are elected by the General Assembly for staggered
                # three-year terms": how the body is made up, no election
            if lowers[cue[0]] == "elected" and cue[0] > sentence.start and lowers[
                cue[0] - 1
            ] in {"members", "states"} and lowers[cue[1] : cue[1] + 1] == ["by"] and not any(
                e.label_ == "COUNTRY" and e.end <= cue[0] for e in ents
            ):
                continue  # "... consists of 54 Member States elected by the General Assembly
                # for overlapping three-year terms": likewise
            subjects, body = self._elected_at(doc, sentence, ents, *cue)
            if body is None and not subjects:
                subjects, body = self._also_elected_objects(doc, sentence, ents, *cue)
            elif not subjects:
                subjects = self._objects_after_body(doc, sentence, ents, *cue, body)
            # not the nationality of an elected person ("elected six judges to the Court:
            # Joanna Korner of the United Kingdom, ...")
            subjects = [c for c in subjects if not _nationality_of_person(doc, c)]
            if body is not None:
                relations += [Relation(country, body, "ELECTED_TO") for country in subjects]
                for more in self._further_bodies(doc, sentence, ents, body) if subjects else []:
                    relations += [Relation(country, more, "ELECTED_TO") for country in subjects]
        return relations

    def _objects_after_body(
        self, doc: Doc, sentence: Span, ents: list[Span], cue_start: int, cue_end: int,
        body: Span,
    ) -> list[Span]:
        """"The Council also elected to the Board, by acclamation, Burundi, Morocco and Togo
        (African States); ...": an active "elected to BODY" whose countries follow the body,
        past an insertion between commas."""
        lowers = lower_forms(doc)
        if lowers[cue_start] not in {"elected", "re-elected"} or lowers[cue_end - 1] != "to":
            return []
        k = cue_end
        if sentence.start <= body.start and body.start - cue_end <= 2:
            k = body.end  # "elected to the Executive Board of UNICEF Burundi, ..."
        else:
            while k < sentence.end and lowers[k] in ARTICLES:
                k += 1
            if k >= sentence.end or lowers[k] not in BODY_NOUNS:
                return []
            k += 1  # "to the Board"
        if k < sentence.end and lowers[k] == ",":  # ", by acclamation,"
            k = next((m + 1 for m in range(k + 1, min(sentence.end, k + 6)) if lowers[m] == ","),
                     sentence.end)
        while k < sentence.end and lowers[k] in ARTICLES:
            k += 1
        first = next((e for e in ents if e.start == k and e.label_ == "COUNTRY"), None)
        if first is None or self._attribute_of_person(doc, first, ents):
            return []
        return self._regional_lists(doc, ents, [e for e in ents if e.label_ == "COUNTRY"
                                                and e.start >= first.start])

    def _anaphor_elected(self, doc: Doc, sentence: Span) -> list[Relation]:
        """"Egypt and Jordan were the only candidates for the two seats. Both were elected.":
        a sentence naming nobody whose subject is "Both" or "The two" elects the pair it
        stands for (the countries it names become the last elected)."""
        lowers = lower_forms(doc)
        if "both" not in lowers[sentence.start : sentence.end] and (
            "two" not in lowers[sentence.start : sentence.end]
        ):
            return []  # (most sentences naming nobody)
        opening = _line_opening(doc, sentence)
        if lowers[opening] != "both" and lowers[opening : opening + 2] != ["the", "two"]:
            return []
        elected = self._elected(doc, sentence, [], self._election_cues(doc, sentence))
        if elected:
            self._recent = list(dict.fromkeys(r.head for r in elected))
            for country in self._recent:
                self._elected_all.setdefault(country.kb_id_, country)
            self._last_elected_body = elected[-1].child
            self._elected_bodies.update(r.child.kb_id_ for r in elected)
        return elected

    def _also_elected_objects(
        self, doc: Doc, sentence: Span, ents: list[Span], cue_start: int, cue_end: int
    ) -> tuple[list[Span], Span | None]:
        """"At the same meeting the Council also elected, without a vote, Chad and Zambia
        from List A, Bangladesh from List B ...": an active "also elected" naming no body,
        its countries right after it, elected to the body elected to before."""
        lowers = lower_forms(doc)
        if lowers[cue_start] not in {"elected", "re-elected"} or cue_end != cue_start + 1 or (
            lowers[cue_start - 1] != "also" or self._last_elected_body is None
        ):
            return [], None
        k = cue_end
        if lowers[k] == ",":  # ", without a vote,", ", by acclamation,"
            k = next((m + 1 for m in range(k + 1, min(sentence.end, k + 6)) if lowers[m] == ","),
                     k)
        while k < sentence.end and lowers[k] in ARTICLES:
            k += 1
        first = next((e for e in ents if e.start == k and e.label_ == "COUNTRY"), None)
        if first is None or self._attribute_of_person(doc, first, ents):
            return [], None
        listed = [e for e in ents if e.label_ == "COUNTRY" and e.start >= first.start]
        return self._regional_lists(doc, ents, listed), self._last_elected_body

    def _announce_body(self, doc: Doc, sentence: Span) -> None:
        """Keep the body of an election of members that names no country ("The Executive
        Council elected ten members of the Peace and Security Council"): the body after the
        verb, not the electing council."""
        lowers = lower_forms(doc)
        filling = next((k for k in range(sentence.start, sentence.end)
                        if lowers[k] in PAST_SEAT_FILLING), None)
        if filling is not None and (
            announced := self._body_in(doc, doc[filling : sentence.end])
        ) is not None:
            self._announced_body = announced

    def _results_heading_body(self, doc: Doc, sentence: Span) -> Span | None:
        """"COMMISSION ON NARCOTIC DRUGS — twelve seats, for four-year terms ...": a heading
        line opening with a body and counting its seats, no country in it."""
        # past a live blog's stamp: "15:42 — ITU COUNCIL — Region C, 5 seats, 7 candidates"
        opening = _line_opening(doc, sentence)
        ents = [e for e in _span_ents(sentence) if e.start >= opening]
        if not ents or ents[0].label_ != "ORG" or ents[0].start != opening or any(
            e.label_ == "COUNTRY" for e in ents
        ) or not (
            _heading_line(doc, doc[opening : sentence.end])
            or _capitals_heading(doc, ents[0], sentence)
        ) or not self._is_body(doc, ents[0]):
            return None
        lowers = lower_forms(doc)
        return ents[0] if any(
            lowers[k] in {"seat", "seats"} for k in range(ents[0].end, sentence.end)
        ) else None

    def _elected_to_body_in_context(
        self, doc: Doc, sentence: Span, ents: list[Span], cue_start: int, cue_end: int
    ) -> tuple[list[Span], Span | None]:
        """"The Russian Federation (126), Poland (118) and Romania (93) were elected; Belarus
        was not", "Among those elected from the other regions were Brazil and Canada": a bare
        passive election, with no body and no office after it, elects to the body the two
        sentences before elect members of or have elected to, else to the body last elected
        to."""
        lowers = lower_forms(doc)
        if lowers[cue_start] not in {"elected", "re-elected"} or cue_end != cue_start + 1:
            return [], None
        after = lowers[cue_end] if cue_end < sentence.end else ""
        among = _among_elected(lowers, sentence.start, cue_start)
        fronted = among is None and lowers[cue_start - 1] == "those" and (
            cue_start > sentence.start
        ) or (
            # "Elected were Burundi, Côte d'Ivoire and Zimbabwe for the African States; ..."
            cue_start == _line_opening(doc, sentence) and after in INVERTED
        )
        # "— Western Hemisphere (eight seats, ten candidates): Brazil (131), ... and Colombia
        # (94) elected. Not elected: ...": a results line closed by a bare "elected"
        closing = after in {".", ";"} and (
            doc[cue_start - 1].text == ")" or doc[cue_start - 1].ent_type_ in {
                "COUNTRY", "VOTE_COUNT"}
        ) and any(t.text == ":" for t in doc[sentence.start : cue_start])
        aux = cue_start - 1 - (  # "Egypt, Morocco and Qatar were declared elected", "A, B
            # and C were all elected"
            lowers[cue_start - 1] in {"declared", "all", "both"} and lowers[cue_start - 2] == "were"
            or lowers[cue_start - 1] == "also" and lowers[cue_start - 2] in {"were", "was"}
        ) if among is None else among  # "Cabo Verde, Chile, Iceland and Spain were also
        # elected, all unopposed"; "Benin and Ghana were among the states elected"
        if not fronted and not closing and (lowers[aux] not in {"were", "was"} or not (
            after in BARE_ELECTION_FOLLOWERS or doc[cue_end].is_space
        ) or lowers[aux - 1] in {"which", "who", "that"}):
            return [], None  # (not "together with A and B, which were elected on the first
            # ballot": a remark on countries named for another purpose)
        if any(e.label_ == "DATE" for e in ents) and not set(
            e.start for e in ents if e.label_ == "DATE"
        ) <= {e.start for e in _term_dates(doc, ents, sentence.start, sentence.end)}:
            return [], None  # "Mexico was elected in January 1980": another, dated election
            # (not the term: "..., for terms beginning on 1 January 2033")
        body = self._last_elected_body
        colon = _first_word(doc, sentence, ":", sentence.start)
        named = [e for e in _span_ents(sentence) if e.label_ == "ORG" and e.end <= colon
                 and self._is_body(doc, e)]
        if closing:
            # the body heading the line: "COUNCIL OF ADMINISTRATION — Western Hemisphere ...:"
            if not named:
                return [], None
            subjects = self._subjects_before(doc, sentence, ents, cue_start)
            return [c for c in subjects if c.start > colon], named[-1]
        found = self._body_line_above(doc, sentence, limit=2)
        if found is not None and (found[0].kb_id_ in self._elected_bodies or any(
            lowers[k] in self.seat_filling_verbs for k in range(found[1].start, found[0].start)
        )):
            body = found[0]  # "the Congress elected 40 members of the Council ..."
        if body is None and (aux != cue_start - 1 or lowers[aux - 1] == "both"):
            # "Region B was a clean slate: France, Germany, ..., were all elected" paragraphs
            # below "elected the 48 Member States of the ITU Council" ("Both were elected")
            body = self._body_announced_above(doc, sentence)
        if body is None:
            return [], None
        if fronted:  # "Among those elected ... were A, B and C"
            verb = next((k for k in range(cue_end, sentence.end) if lowers[k] in INVERTED), None)
            named = [e for e in ents if e.label_ == "COUNTRY" and verb and e.start > verb]
            if not named or named[0].start - verb > 2:
                return [], None
            return self._regional_lists(doc, ents, named), body
        if lowers[aux - 1] == "both" or lowers[aux - 2 : aux] == ["the", "two"]:
            # "Uruguay obtained 47 ..., followed by Guatemala with 40, and both were elected":
            # the two countries named before in the sentence
            named = {e.kb_id_: e for e in ents if e.label_ == "COUNTRY" and e.end <= aux}
            if len(named) == 2:
                return list(named.values()), body
        # (not a country already elected, told again: "After Czechia was elected in the first
        # round, ...", which would end the list of the countries just elected)
        subjects = self._subjects_before(doc, sentence, ents, cue_start if among is None else aux)
        return [c for c in subjects if c.kb_id_ not in self._elected_all], body

    def _colon_contest(self, doc: Doc, sentence: Span, countries: list[Span]) -> list[Relation]:
        """"Six candidates were vying for the five Region C seats: Azerbaijan, Belarus, ...
        and Poland": the countries listed after the colon, each with each."""
        lowers = lower_forms(doc)
        colon = _first_word(doc, sentence, ":")
        if colon is None or any(c.start < colon for c in countries):
            return []
        words = lowers[sentence.start : colon]
        if not any(
            word in CONTEST_FOR_VERBS and following == "for"
            for word, following in zip(words, words[1:], strict=False)
        ):
            return []
        # "Five Asia-Pacific countries were vying for the region's four seats: A, B, ...":
        # counted countries, as many as are listed
        counted = next((n for k in range(sentence.start, colon - 1)
                        if (n := self._count_at(lowers, k, colon))
                        and not {"countries", "states", "nations"}.isdisjoint(
                            lowers[k + 1 : k + 6])), None)
        if self.candidate_nouns.isdisjoint(words) and counted is None:
            return []
        listed = [c for c in countries if c.start > colon]
        group = self._country_list(self._all_ents, listed[0], doc) if listed else []
        if self.candidate_nouns.isdisjoint(words) and len(group) != counted:
            return []
        return _all_pairs(group) if len(group) >= 2 else []

    def _colon_elected(
        self, doc: Doc, sentence: Span, ents: list[Span], cues: list[tuple[int, int]]
    ) -> tuple[list[Relation], list[Relation]]:
        """"The Assembly then elected the other 11 states to the Board by acclamation:
        Georgia and Norway for the European Region; Chad and Ghana for the African Region":
        an election to a body before a colon, no country before it, the countries after it
        (ELECTED_TO, and TERM when the body comes from the election's line above)."""
        colon = _first_word(doc, sentence, ":")
        if colon is None or not any(start < colon for start, _ in cues) or any(
            e.label_ == "COUNTRY" and e.start < colon for e in ents
        ):
            return [], []
        lowers = lower_forms(doc)
        if not NEGATIONS.isdisjoint(lowers[sentence.start : colon]):
            return [], []
        cue_start = next(start for start, _ in cues if start < colon)
        body = self._body_after_cue(doc, sentence, ents, cue_start, colon)
        line = None
        if body is None and (
            not SEAT_NOUNS.isdisjoint(lowers[sentence.start : cue_start])
            or _part_heading(doc, sentence)
            # "Elected by acclamation, for three-year terms ...:", "The following States were
            # elected by acclamation ...:" under the body's heading
            or cue_start == sentence.start or lowers[sentence.start : sentence.start + 2] == [
                "the", "following"]
        ):
            # "the ten candidates for its ten seats on the Council were declared elected
            # without a ballot: A, B, ...": the body of the seats before the cue
            body = self._body_in(doc, doc[sentence.start : cue_start])
            above = None if body is not None else self._body_line_above(doc, sentence, limit=2)
            if above is not None:  # "Who sits on the new ITU Council? ... In Region B the
                # eight candidates for the eight seats were all elected: A (151), B (148)"
                body, line = above
            elif body is None:  # "Southern Asia, ten seats — elected by acclamation: A, B"
                # after the results of another group: the body those were elected to
                body = self._last_elected_body
        if body is None:
            return [], []
        stop = next(
            (m for m in range(colon, sentence.end)
             if lowers[m] in {"while", "whereas", "but"} or lowers[m] in NEGATIONS),
            sentence.end,
        )
        if self._names_candidates(lowers[colon:stop]):
            return [], []  # "When the Assembly elects five members ...: A, B and C are
            # competing"
        listed = next((e for e in ents if e.start > colon), None)
        if listed is not None and listed.label_ == "PERSON":
            return [], []  # "elected four members of the Court: A of France, ...; and B of
            # Lebanon, Lebanon's former ambassador": persons, the countries theirs
        winners = [e for e in ents if e.label_ == "COUNTRY" and colon < e.start < stop
                   and not _nationality_of_person(doc, e)]
        return [Relation(e, body, "ELECTED_TO") for e in winners], (
            [] if line is None else self._terms_of_line(doc, line, winners)
        )

    def _further_bodies(
        self, doc: Doc, sentence: Span, ents: list[Span], body: Span
    ) -> list[Span]:
        """"elected Cuba to the Commission on the Status of Women for 2023-2027, to the UNICEF
        Executive Board for 2023-2025 and to the Committee on NGOs": the bodies after the
        first, each after ", to" or "and to"."""
        found = []
        last = body
        for ent in ents:
            if ent.label_ != "ORG" or ent.start <= last.end:
                continue
            k = ent.start - 1
            if k > last.end and doc[k].lower_ in ARTICLES:
                k -= 1
            if not (k > last.end and doc[k].lower_ == "to" and doc[k - 1].lower_ in {",", "and"}):
                break
            if any(t.ent_type_ == "COUNTRY" or t.text == ";" for t in doc[last.end : k]):
                break
            found.append(ent)
            last = ent
        return found

    def _election_cues(self, doc: Doc, sentence: Span) -> list[tuple[int, int]]:
        """Fixed cues ("was elected", "will join") and "won [its first] seat(s)"."""
        cues = list(self.elected_cues.find(sentence))
        lowers = lower_forms(doc)
        for i, _ in self.seat_cue_words.find(sentence):  # the words looked up once per document
            if lowers[i] != "election":
                # "won a seat", "clinched a seat", "won a two-year term", "earned a place"
                after = _words_after(doc, i, sentence.end, 6)
                if lowers[i + 2 : i + 3] == ["of"] and doc[i + 1].like_num:
                    # "won one of the two ...", "took nine of the ten seats on ..."
                    after = _words_after(doc, i, sentence.end, 10)
                seat = next((k for k in after if lowers[k] in SEAT_NOUNS), None)
                if seat is None and "and" in (lowers[k] for k in after):
                    # "won the three Latin American and Caribbean seats": a group's name with
                    # "and" in it, capitalised from "and" to the seat noun
                    joint = next(k for k in after if lowers[k] == "and")
                    seat = next((k for k in _words_after(doc, i, sentence.end, 9)
                                 if k > joint and lowers[k] in SEAT_NOUNS
                                 and all(doc[m].is_title for m in range(joint + 1, k))), None)
                if seat is None and lowers[i + 1] == "the" and (
                    lowers[i + 2] == "other" or lowers[i + 2] == "last" and (
                        i + 3 >= sentence.end or not doc[i + 3].is_alpha
                    )
                ) and not SEAT_NOUNS.isdisjoint(lowers[sentence.start : i]):
                    # "Romania took one of the two seats ..., and Russia won the other";
                    # "A and B took nine of the ten seats ..., and Sweden won the last,"
                    cues.append((i, i + 3))
                    continue
                if seat is None or lowers[seat] in {"place", "places"} and seat == i + 1:
                    continue  # "the vote took place"
                # "in its bid for a seat on the Council, in a vote in which A and B secured the
                # two places at stake": places of the seats named before
                places = lowers[seat] in {"place", "places"} and (
                    lowers[seat + 1 : seat + 3] == ["at", "stake"]
                )
                if lowers[seat] not in {"seat", "seats"} and not places and not self._body_at(
                    doc, i + 1, seat
                ):
                    continue  # "won an eighth term on the ITU Council": the body is named
                # not "won 55 votes for the seat"; "won their seats for 2018-2019" is a cue
                if "for" not in lowers[i + 1 : seat]:
                    cues.append((i, seat + 1))
            elif i > sentence.start + 1 and i + 1 < sentence.end and (
                lowers[i + 1] == "to" and doc[i - 1].lower_ in POSSESSIVES
                and doc[i - 2].ent_type_ == "COUNTRY"
            ):  # "Estonia's election to the Security Council"
                cues.append((i, i + 2))
        words = lowers[sentence.start + 1 : sentence.end - 1]
        if "elect" in words:
            # "the decision of the General Assembly to elect Denmark and Greece as members"
            i = sentence.start + 1 + words.index("elect")
            if lowers[i - 1] == "to" and doc[i + 1].ent_type_ == "COUNTRY" and (
                lowers[i - 2] not in {"failed", "refused", "not"}
            ):
                cues.append((i, i + 1))
        if not CHOICE_VERBS.isdisjoint(words):
            cues += self._choice_cues(doc, sentence)
        if "which" in words or "that" in words:
            # "the remaining seat on the Board, which Japan won"
            for k in range(sentence.start + 1, sentence.end - 2):
                if lowers[k] not in {"which", "that"} or doc[k + 1].ent_type_ != "COUNTRY":
                    continue
                end = k + 2
                while end < sentence.end and doc[end].ent_iob_ == "I":
                    end += 1
                country = Span(doc, k + 1, end, label="COUNTRY")
                if self._relative_seat_winner(doc, sentence, [country], end) is not None:
                    cues.append((end, end + 1))
        if not COUNTED_CHOICE_VERBS.isdisjoint(words):
            # "The Assembly returned all ten candidates to the Council by acclamation: ...",
            # "The Council chose six of the 36 members of the WFP Executive Board, ...: ..."
            for k in range(sentence.start + 1, sentence.end - 3):
                if lowers[k] not in COUNTED_CHOICE_VERBS:
                    continue
                m = k + 1 + (lowers[k + 1] in {"all", "the"})
                counted = self._count_at(lowers, m, sentence.end)
                if counted and (lowers[m + 1 : m + 3] in (
                    [noun, "to"] for noun in self.candidate_nouns | COUNTED_MEMBER_NOUNS
                ) or lowers[m + 1 : m + 3] == ["of", "the"] and m + 4 < sentence.end
                        and self._count_at(lowers, m + 3, sentence.end)
                        and lowers[m + 4] in COUNTED_MEMBER_NOUNS | {"seats"}):
                    cues.append((k, k + 1))
        if "join" in words:
            # "Norway and Ireland join the UNSC": a present "join" right after its
            # subject, not "bid to join", "could join"
            i = sentence.start + 1 + words.index("join")
            if doc[i - 1].ent_type_ == "COUNTRY" and doc[i + 1].ent_type_ in {"ORG", ""}:
                cues.append((i, i + 1))
        return sorted(set(cues))

    def _gapped_posts(
        self, doc: Doc, sentence: Span, ents: list[Span], found: list[Relation]
    ) -> list[Relation]:
        """"A of India led the Assembly in 1953, B of Liberia in 1969 and C of Bahrain in
        2006": each person after the first, with only an origin and a date, holds the first
        one's post at an organisation."""
        posts = [r for r in found if r.child.label_ == "ORG"]
        if not posts:
            return []
        by_end = {e.end: e for e in ents}
        first = posts[0].head
        gapped = []
        for person in (e for e in ents if e.label_ == "PERSON" and e.start > first.end):
            j = person.start - 1
            while j > sentence.start and (
                doc[j].lower_ in HONORIFIC_TITLES or doc[j].text in self.honorifics
            ):
                j -= 1  # "and Sheikha Haya Rashed Al Khalifa of Bahrain in 2006"
            before = doc[j].lower_ if j >= sentence.start else ""
            k = self._after_origin(doc, sentence, person.end, by_end)
            if before not in {",", "and"} or k + 1 >= sentence.end or doc[k].lower_ != "in" or (
                doc[k + 1].ent_type_ != "DATE"
            ):
                continue
            gapped += [Relation(person, r.child, "POSITION_AT") for r in posts
                       if r.head.kb_id_ == first.kb_id_]
        return gapped

    def _list_introduced(
        self, doc: Doc, sentence: Span, ents: list[Span], cues: list[tuple[int, int]]
    ) -> Span | None:
        """"The fifteen States elected today to the Human Rights Council ... are:": the body
        the countries of the bulleted lines that follow are elected to."""
        end = text_end(doc, sentence)
        if not cues or doc[end - 1].text != ":":
            return None
        cue_start = cues[0][0]
        if any(e.label_ == "COUNTRY" for e in ents):
            # "A, B, ... were the ten candidates, and the Congress elected nine of them to the
            # Council:": the countries only in the clause before the election of some of them
            lowers = lower_forms(doc)
            cue_start = cues[-1][0]
            last = max(e.end for e in ents if e.label_ == "COUNTRY")
            if last > cue_start or not any(
                lowers[m : m + 2] == [",", "and"] for m in range(last, cue_start)
            ) or ["of", "them"] not in [lowers[m : m + 2] for m in range(cue_start, end)]:
                return None
        return self._body_after_cue(doc, sentence, ents, cue_start, end) or (
            self._body_turned_to(doc, sentence, ents, cue_start)
        )

    def _body_turned_to(
        self, doc: Doc, sentence: Span, ents: list[Span], cue_start: int
    ) -> Span | None:
        """"the Conference turned to the FAO Council and elected the following members:": the
        body after "to" or "for" in the clause before a cue electing "the following"."""
        lowers = lower_forms(doc)
        if lowers[cue_start + 1 : cue_start + 3] != ["the", "following"]:
            return None
        bodies = [e for e in ents if e.label_ == "ORG" and e.end <= cue_start
                  and self._is_body(doc, e)]
        if not bodies:
            return None
        body = bodies[-1]
        before = body.start - (lowers[body.start - 1] == "the")
        between = lowers[body.end : cue_start]
        return body if lowers[before - 1] in {"to", "for"} and between in (
            [], ["and"], [","], [",", "and"]
        ) else None

    def _body_after_cue(
        self, doc: Doc, sentence: Span, ents: list[Span], cue_start: int, end: int,
        *, named_before: bool = True,
    ) -> Span | None:
        """The body elected to after the cue at ``cue_start`` and before ``end``: a named
        body, else (``named_before``) the body of "to the Council" named before ("The five
        states elected to the Council, with ..., were:")."""
        body = next(
            (e for e in ents
             if e.label_ == "ORG" and cue_start < e.start < end and self._is_body(doc, e)),
            None,
        )
        if body is None and named_before:
            to = next((m for m in range(cue_start, end) if doc[m].lower_ == "to"), None)
            if to is not None:
                body = self._body_at_or_named_before(doc, sentence, to + 1, {}, elected=True)
        return body

    def _list_introduced_before(self, doc: Doc, sentence: Span) -> tuple[Span, Span] | None:
        """"Fifteen states won seats on the Human Rights Council. ..., the results by
        regional group were:": a colon line without a body after a sentence electing
        countries to one."""
        end = text_end(doc, sentence)
        if sentence.start == 0 or doc[end - 1].text != ":" or any(
            e.label_ in {"COUNTRY", "ORG"} for e in _span_ents(sentence)
        ):
            return None
        previous = doc[sentence.start - 1].sent
        cues = self._election_cues(doc, previous) or self._seats_filled(doc, previous)

        def names_members(span: Span) -> bool:  # (not "presided over by Name of Morocco")
            return any(e.label_ == "COUNTRY" and not _nationality_of_person(doc, e)
                       for e in _span_ents(span))

        for _ in range(3):  # "... elected 18 members of X. Of the 188 ballots cast, ..."
            if names_members(previous):
                return None
            if cues:
                # "elected five states to the 15-member council": the council named before,
                # unless no one was ("No country ... has been elected to the Council more
                # often")
                negated = not NEGATIONS.isdisjoint(lower_forms(doc)[previous.start : previous.end])
                body = self._body_after_cue(doc, previous, _span_ents(previous), cues[0][0],
                                            previous.end, named_before=not negated)
                if body is not None:
                    return body, previous
                # (past "each candidate needed 97 votes ... to win a seat on the body")
            if previous.start == 0:
                return None
            previous = doc[previous.start - 1].sent
            cues = self._election_cues(doc, previous) or self._seats_filled(doc, previous)
        return None

    def _seats_filled(self, doc: Doc, sentence: Span) -> list[tuple[int, int]]:
        """"The General Assembly on Wednesday filled 18 of the 54 seats on the Council": a
        past verb filling seats (a cue for the results listed after the sentence)."""
        lowers = lower_forms(doc)
        return [
            (i, seat + 1) for i in range(sentence.start + 1, sentence.end - 1)
            if lowers[i] in {"filled", "fills"} and (seat := next(
                (k for k in range(i + 1, min(sentence.end, i + 6)) if lowers[k] in SEAT_NOUNS),
                None,
            )) is not None
        ]

    def _elected_row(
        self, doc: Doc, sentence: Span, ents: list[Span]
    ) -> tuple[list[Relation], list[Relation]]:
        """A table row whose cell says "elected" (not "not elected"): its country is elected
        to the body named last in the few lines above the table, for the term of the
        election stated there (ELECTED_TO and TERM relations)."""
        marked = _elected_cell(doc, sentence) is not None
        # "| Algeria | 186 | elected |", "Colombia         118     elected", "• Senegal – 181 –
        # elected"
        countries = [e for e in ents if e.label_ == "COUNTRY"]
        columns = _elected_columns(doc, sentence, countries)
        if columns is not None:
            # "| I — Western Europe | 4 | 5 | Italy (142), Canada (139), ... | Austria (97) |"
            # under "| Electoral group | Seats | Candidates | Elected (votes) | Not elected
            # (votes) |": the body whose members the text said were elected
            winners, losers = columns
            announced = self._body_announced_above(doc, sentence)
            found = (announced, announced.sent) if announced is not None else (
                self._body_line_above(doc, sentence, limit=3)
            )
        elif marked and any(e.label_ == "PERSON" for e in ents):
            return [], self._elected_person_row(doc, sentence, ents)
        elif not marked or len(countries) != 1:
            return [], []
        else:
            winners, losers = countries[:1], []
            # the lines above the table, its heading too ("Human Rights Council election,
            # Asia-Pacific Group (four seats)"), up to three lines of prose; else the body
            # whose members the text said were elected ("elected 14 members of the Human
            # Rights Council" paragraphs above)
            found = self._body_line_above(doc, sentence, limit=3)
            if found is None:
                announced = self._body_announced_above(doc, sentence)
                found = (announced, announced.sent) if announced is not None else None
        if found is None or not winners:
            return [], []
        body, line = found
        rivals = winners + losers if losers else []  # a row's candidates when some lost
        return [Relation(country, body, "ELECTED_TO") for country in winners], (
            self._terms_of_line(doc, line, winners) + [
                Relation(a, b, "COMPETED_WITH") for n, a in enumerate(rivals)
                for b in rivals[n + 1 :]
            ]
        )

    def _elected_person_row(self, doc: Doc, sentence: Span, ents: list[Span]) -> list[Relation]:
        """"Hyo-jin Kwak   Republic of Korea   151   elected" (or "| Name | Country | 151 |
        elected |") under "filled all 34 seats of the International Law Commission": the
        seat of the one person of a table row marked elected, at the body whose members the
        text announced (not at the nationality's country)."""
        lowers = lower_forms(doc)
        people = [e for e in ents if e.label_ == "PERSON"]
        marked = _elected_cell(doc, sentence)
        if len(people) != 1 or marked is None or "not" in lowers[sentence.start : marked]:
            return []
        announced = self._body_announced_above(doc, sentence)
        found = (announced, announced.sent) if announced is not None else (
            self._body_line_above(doc, sentence, limit=3)
        )
        return [] if found is None else [Relation(people[0], found[0], "POSITION_AT")]

    def _terms_of_line(self, doc: Doc, line: Span, countries: list[Span]) -> list[Relation]:
        """"The Assembly elected its 40-member Council for 2024-2025 on Friday.": the term of
        the election in ``line``, for countries listed below it (not the term of a country
        the line names: "Lithuania will serve on the council for three years from 1 January
        1999")."""
        if not self._election_cues(doc, line) or any(
            e.label_ == "COUNTRY" for e in _span_ents(line)
        ):
            return []
        dates = _term_dates(doc, _span_ents(line), line.start, line.end)
        return [Relation(country, date, "TERM") for country in countries for date in dates]

    def _body_above(self, doc: Doc, sentence: Span, limit: int = 3) -> Span | None:
        """The body named last in the few sentences before ``sentence`` (``limit`` of them,
        not counting the lines of a list or table and their headings)."""
        found = self._body_line_above(doc, sentence, limit)
        return found[0] if found is not None else None

    def _body_line_above(
        self, doc: Doc, sentence: Span, limit: int = 3
    ) -> tuple[Span, Span] | None:
        """``_body_above`` and the sentence naming the body."""
        above, prose = sentence, 0
        while above.start > 0 and prose < limit:
            above = doc[above.start - 1].sent
            body = self._body_in(doc, above)
            if body is not None:
                return body, above
            if not (_list_line(doc, above) or _group_heading(doc, above)
                    or _sublist_heading(doc, above) or not _span_ents(above)):
                prose += 1
        return None

    def _body_in(self, doc: Doc, span: Span) -> Span | None:
        """The body named last in ``span``: an entity one can be elected to, or a bare body
        noun standing for the body of that kind named before ("represented on the
        Council")."""
        named = [e for e in _span_ents(span) if e.label_ == "ORG" and (
            self._is_body(doc, e) or e.end == span.end and not _is_group(e)
        ) and not (e.start > 1 and doc[e.start - 1].text == "(" and doc[e.start - 2].ent_type_
                   == "ORG")]  # (the span may end before its verb: "the seats on the Council |
        # went to"; not an abbreviation in brackets: "the Executive Board of the United
        # Nations Children's Fund (UNICEF)")
        bare = [
            (stand_in.start, body) for stand_in, body in self._bare_bodies(doc, span).items()
        ]
        found = [(e.start, e) for e in named] + bare
        return max(found, key=lambda item: item[0])[1] if found else None

    def _listed_line(self, doc: Doc, ents: list[Span], body: Span) -> list[Relation]:
        """"• African States: Burundi (168), Ghana (183)": each country of a bulleted line
        after ``_list_introduced``; not the nationality in a row naming a person ("| José
        Gustavo Guerrero | El Salvador | 46 |" under "The fifteen judges elected were:")."""
        if any(e.label_ == "PERSON" for e in ents):
            return []
        return [Relation(e, body, "ELECTED_TO") for e in ents if e.label_ == "COUNTRY"]

    def _relative_seat_winner(
        self, doc: Doc, sentence: Span, ents: list[Span], i: int
    ) -> Span | None:
        """"... the remaining seat on the Executive Board of UNICEF, which Japan won by 33
        votes": the country of a relative clause whose object is a seat named before."""
        if i < 3 or doc[i].lower_ not in self.seat_verbs | {"won", "took", "secured", "got"}:
            return None
        country = next((e for e in ents if e.end == i and e.label_ == "COUNTRY"), None)
        if country is None or country.start < 2 or doc[country.start - 1].lower_ not in {
            "which", "that"
        }:
            return None
        lowers = lower_forms(doc)
        window = lowers[max(sentence.start, country.start - 14) : country.start - 1]
        return country if not SEAT_WORDS.isdisjoint(window) else None

    def _choice_cues(self, doc: Doc, sentence: Span) -> list[tuple[int, int]]:
        """"voted Ireland and Mexico onto the Council", "picked Brazil to fill a seat on X",
        "Sierra Leone was among five countries chosen on Tuesday to serve on X": a verb of
        choosing whose countries are seated by "onto", "into" or "to fill/serve/sit"."""
        lowers = lower_forms(doc)
        cues = []
        for i in range(sentence.start + 1, sentence.end - 2):
            if lowers[i] not in CHOICE_VERBS:
                continue
            k = i + 1
            while k < sentence.end and lowers[k] in ARTICLES:
                k += 1
            active = doc[k].ent_type_ == "COUNTRY"
            passive = lowers[i - 1] in PASSIVE_AUXILIARIES or lowers[i - 1] in {
                "countries", "states", "nations", "members"
            }
            if not (active or passive):
                continue
            listed = k  # past a long list of the countries chosen ("returned China, ..., the
            # Republic of Korea, the United Kingdom and the United States to the Council")
            while listed < sentence.end and (
                doc[listed].ent_type_ == "COUNTRY" or lowers[listed] in {",", "and", "the"}
            ):
                listed += 1
            for m in range(k, min(sentence.end - 1, max(i + 14, listed + 8))):
                if lowers[m] in CLAUSE_BREAKS or lowers[m] in CHOICE_VERBS and m > i:
                    break
                if lowers[m] in SEATING_WORDS or lowers[m] == "on" and lowers[m + 1] == "to" or (
                    lowers[m] == "to" and lowers[m + 1] in SEATING_INFINITIVES
                ) or (
                    lowers[i] == "returned" and active
                    # "sent Brazil and Mexico back to the Board", "were sent back to it"
                    or lowers[i] == "sent" and lowers[m - 1] == "back"
                ) and lowers[m] == "to" and (
                    # "the Assembly returned China and Greece, among others, to the Council"
                    doc[m + 1].ent_type_ == "ORG" or lowers[m + 1] == "the"
                    and m + 2 < sentence.end and (
                        doc[m + 2].ent_type_ == "ORG" or lowers[m + 2] in BODY_NOUNS
                    )
                ):
                    if active or m - i <= 5:
                        cues.append((i, i + 1))
                    break
        return cues

    def _title_destination(self, doc: Doc, body: Span) -> bool:
        """"China's permanent representative to the United Nations": the organisation a
        title is accredited to, not a body anyone is elected to."""
        k = body.start - 1
        if k > 0 and doc[k].lower_ in ARTICLES:
            k -= 1
        return k > 0 and doc[k].lower_ == "to" and doc[k - 1].lower_ in self.titles.last_words

    def _body_named_before(self, doc: Doc, sentence: Span, cue_end: int) -> Span | None:
        """"... were also elected to the 15-member council": a lower-case body noun after
        the cue names the body of that kind the text named last."""
        lowers = lower_forms(doc)
        k = cue_end
        if k + 1 < sentence.end and lowers[k] == "of":
            # "took the six seats of Electoral Group IV on the Board": past the group
            group = next((e for e in self._all_ents if e.start in {k + 1, k + 2} and _is_group(e)
                          and e.end < sentence.end), None)
            if group is not None:
                k = group.end
        # "secured five of the six seats at stake on the Board": past the seats' qualifier
        k += next((len(q) for q in SEAT_QUALIFIERS if lowers[k : k + len(q)] == q), 0)
        if k < sentence.end and lowers[k] in {"to", "on"}:
            k += 1
        if k >= sentence.end or lowers[k] not in {"the", "its"}:
            return None
        k += 1
        nouns = BODY_NOUNS | {"body", "organ"}
        while k < sentence.end and k - cue_end < 6 and lowers[k] not in nouns and (
            doc[k].is_lower or doc[k].like_num or lowers[k] == "-"
            or doc[k].ent_type_ in {"GPE", "LOC"}
        ):
            k += 1  # "the 15-member council", "the rights council", "the Geneva-based council"
        # "the Council" capitalised too, when no name goes on ("the Council of Europe" is one)
        if k >= sentence.end or lowers[k] not in nouns or doc[k].ent_type_ or not (
            doc[k].is_lower or doc[k].is_title and (
                k + 1 >= sentence.end or lowers[k + 1] != "of" and not doc[k + 1].is_title
            )
        ):
            return None
        named = [
            e for e in self._all_ents
            if e.label_ == "ORG" and e.end <= sentence.start and (
                _body_head(e) == lowers[k]
                # "was elected to the same body": the last body with seats named before
                or lowers[k] in {"body", "organ"} and _body_head(e).title() in SEAT_BODIES
            )
        ]
        # "were also elected to the Council": the council elected to before, rather than
        # another council named since ("endorsed by the OAU Council of Ministers")
        also = "also" in lowers[sentence.start : cue_end]
        elected_to = [e for e in named if also and e.kb_id_ in self._elected_bodies]
        return elected_to[-1] if elected_to else named[-1] if named else None

    def _fronted_body_objects(
        self,
        doc: Doc,
        sentence: Span,
        ents: list[Span],
        bodies: list[Span],
        cue_start: int,
        cue_end: int,
    ) -> tuple[list[Span], Span] | None:
        """"To the Statistical Commission, the Council elected by acclamation A, B and C",
        "A, B and C competed for two places on the Commission, and the Council elected A and
        B": an active "elected" with its body earlier in the sentence and the countries
        elected right after it."""
        if doc[cue_start].lower_ not in ACTIVE_ELECTS or cue_end != cue_start + 1:
            return None
        k = cue_end
        if doc[k : k + 2].text.lower() == "by acclamation":
            k += 2
        elif doc[k : k + 3].text.lower() == "by secret ballot":
            k += 3
        while k < sentence.end and doc[k].lower_ in ARTICLES:
            k += 1
        first = next((e for e in ents if e.start == k and e.label_ == "COUNTRY"), None)
        body = next((b for b in reversed(bodies) if b.end <= cue_start), None)
        if first is None or body is None:
            return None
        if self._attribute_of_person(doc, first, ents):
            return [], body  # "ASSEMBLY ELECTS ECUADOR'S FOREIGN MINISTER, NAME, PRESIDENT"
        return self._regional_lists(doc, ents, [first]), body

    def _body_at(self, doc: Doc, start: int, seat: int) -> bool:
        """An organisation between ``start`` and the seat noun ("their Council term") or
        right after it ("a term on the [UN] Security Council")."""
        if any(doc[k].ent_type_ == "ORG" for k in range(start, seat)):
            return True
        k = seat + 1
        if k < len(doc) and doc[k].lower_ in {"on", "in", "at", "of"}:
            k += 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            return k < len(doc) and doc[k].ent_type_ == "ORG"
        return False

    def _gapped_terms_elected(
        self, doc: Doc, ents: list[Span], elected: list[Relation], terms: list[Relation]
    ) -> list[Relation]:
        """"A and B were elected to the Council for three-year terms ending in 2007, and C,
        D and E for two-year terms ending in 2006": the countries of the gapped clause,
        given a term of their own, are elected to the same body."""
        bodies = {r.child.kb_id_: r.child for r in elected}
        if len(bodies) != 1:
            return []
        body = next(iter(bodies.values()))
        done = {r.head.kb_id_ for r in elected}
        found: dict[str, Span] = {}
        here = {(e.start, e.end) for e in ents if e.label_ == "COUNTRY"}
        for term in terms:
            country = term.head
            if country.kb_id_ in done or country.kb_id_ in found or country.start < body.end or (
                (country.start, country.end) not in here  # (a country named before)
            ):
                continue
            listed = self._country_list(ents, country, doc)
            first, last = listed[0], listed[-1]
            if first.start >= 2 and doc[first.start - 1].lower_ == "and" and (
                doc[first.start - 2].text == ","
            ) and last.end < len(doc) and doc[last.end].lower_ in {"for", "until", "from"}:
                found.update({c.kb_id_: c for c in listed if c.kb_id_ not in done})
        return [Relation(country, body, "ELECTED_TO") for country in found.values()]

    def _seats_went_to(self, doc: Doc, sentence: Span, ents: list[Span]) -> list[Relation]:
        """"the nine seats on the Council went to Argentina, Brazil, ... and Venezuela": the
        countries the seats of a body went to; also "were taken by", "were won by"."""
        lowers = lower_forms(doc)
        for k in range(sentence.start + 3, sentence.end - 2):
            passive = lowers[k] in SEATS_TAKEN_PARTICIPLES and lowers[k - 1] in {"were", "was"}
            if lowers[k] not in {"went", "go", "goes"} and not passive:
                continue
            verb = k - 1 if passive else k
            to = k + 1
            if passive and doc[to].lower_ == "on" and doc[to + 1].ent_type_ == "DATE":
                to += 1  # "were filled on Wednesday by"
                while to < sentence.end - 1 and doc[to].ent_type_ == "DATE":
                    to += 1
            if lowers[to] not in {",", "to"} and (comma := next(
                (m for m in range(to + 1, min(sentence.end - 1, to + 4)) if lowers[m] == ","),
                None,
            )) is not None and lowers[comma + 1] == "to" and all(
                doc[m].is_lower and doc[m].is_alpha for m in range(to, comma)
            ):
                to = comma + 1  # "went by consensus, to Kenya, Senegal and Zambia for Africa"
            elif not passive and lowers[to] not in {",", "to"} and (bare := next(
                (m for m in range(to + 1, min(sentence.end - 1, to + 4)) if lowers[m] == "to"),
                None,
            )) is not None and all(doc[m].is_lower and doc[m].is_alpha for m in range(to, bare)):
                to = bare  # "went without contest to Chile, Jamaica and Uruguay"
            elif lowers[to] == "," and (comma := next(
                (m for m in range(to + 1, min(sentence.end - 1, to + 5)) if lowers[m] == ","),
                None,
            )) is not None:
                to = comma + 1  # "went, without contest, to Côte d'Ivoire, ..."
            if lowers[to] != ("by" if passive else "to"):
                continue
            first = to + 2 if lowers[to + 1] == "the" else to + 1
            country = next((e for e in ents if e.start == first and e.label_ == "COUNTRY"), None)
            seat = next((m for m in range(verb - 1, max(sentence.start, verb - 20) - 1, -1)
                         if lowers[m] in {"seat", "seats"}), None)
            # no comma between the seats and the verb, or one insertion ending right before
            # it ("the seats on the Board, reserved for the Arab States, were taken by")
            if country is None or seat is None:
                continue
            commas = [m for m in range(seat, verb) if lowers[m] == ","]
            if not NEGATIONS.isdisjoint(
                lowers[seat:verb]
            ) or any(t.ent_type_ == "COUNTRY" or t.text == ";" for t in doc[seat:verb]) or (
                commas and (len(commas) != 2 or commas[1] != verb - 1)
            ):
                continue
            body = self._body_in(doc, doc[seat:verb])
            if body is not None:
                # "to A and B for Africa; C and D for Eastern Europe": each group's list
                listed = self._regional_lists(doc, ents, [e for e in ents if e.start >= first
                                                          and e.label_ == "COUNTRY"])
                return [Relation(c, body, "ELECTED_TO") for c in listed]
        return []

    def _winners_named(self, doc: Doc, sentence: Span, ents: list[Span]) -> list[Relation]:
        """"The winners were Denmark (184), Greece (182) and Panama (183)", "The countries
        elected are A, B and C", "A, B and C were the new members": a sentence naming the
        winners of the election announced just above, elected to its body."""
        lowers = lower_forms(doc)
        words = set(lowers[sentence.start : sentence.end])
        if words.isdisjoint(INVERTED | {":"}) or words.isdisjoint(
            self.winner_nouns | self.winner_qualifiers | {"those"}
        ) and not any(w.isdigit() or w in self.number_words for w in words):
            return []  # (no copula, or no word for the winners: most sentences)
        opening = max(_line_opening(doc, sentence), _after_dateline(doc, sentence, sentence.end))
        countries = [e for e in ents if e.label_ == "COUNTRY"
                     and not _nationality_of_person(doc, e)]
        if not countries:
            return []
        copula = next((k for k in range(opening + 1, min(sentence.end - 1, opening + 9))
                       if lowers[k] in INVERTED | {":"}), None)
        first = next((c for c in countries if copula is not None and c.start > copula), None)
        if first is not None and first.start - copula <= 2 and self._names_winners(
            doc, opening, copula, len(self._regional_lists(doc, ents, [first]))
        ):
            named = self._regional_lists(doc, ents, [c for c in countries if c.start > copula])
        elif countries[0].start == opening:  # "A and B were the winners"
            named = self._country_list(ents, countries[0], doc)
            copula = named[-1].end
            if copula >= sentence.end - 1 or lowers[copula] not in {"were", "are"} or (
                not self._names_winners(doc, copula + 1, text_end(doc, sentence) - 1, None)
            ):
                return []
        else:
            return []
        body = self._body_announced_above(doc, sentence, reach=6) or self._last_elected_body
        if body is None:
            return []
        return [Relation(country, body, "ELECTED_TO") for country in named]

    def _names_winners(self, doc: Doc, start: int, end: int, listed: int | None) -> bool:
        """Whether the words from ``start`` to ``end`` name the winners of an election:
        "the winners", "the five new members", "Those elected", "The states elected", or a
        bare count equal to the ``listed`` countries ("The five")."""
        lowers = lower_forms(doc)
        words = [w for w in lowers[start:end] if w not in ARTICLES | {"those", "these", "all"}]
        counts = [w for w in words if w.isdigit() or w in self.number_words]
        rest = [w for w in words if w not in counts]
        if not rest:  # "The five are ...": as many as are listed
            return bool(counts) and listed is not None and len(counts) == 1 and (
                int(counts[0]) if counts[0].isdigit() else self.number_words[counts[0]]
            ) == listed
        if any(doc[k].ent_type_ for k in range(start, end)) or not counts and listed is None and (
            lowers[start] not in ARTICLES
        ):
            return False
        if rest[-1] in self.winner_nouns:  # "the winners", "the two newcomers"
            return set(rest[:-1]) <= self.winner_qualifiers | {"other"}
        if rest == ["elected"] and lowers[start] == "those":
            return True  # "Those elected were ..."
        nouns = COUNTED_MEMBER_NOUNS | {"candidates", "nations"}
        return len(rest) == 2 and (
            rest[0] in self.winner_qualifiers and rest[1] in nouns  # "the new members"
            or rest[0] in nouns and rest[1] in {"elected", "chosen"}  # "the states elected"
        )

    def _headed_line(
        self, doc: Doc, sentence: Span, ents: list[Span]
    ) -> tuple[Span, list[Span], list[Span]] | None:
        """"• Commission on the Status of Women — the Council filled six seats for terms
        running from 1 January 2024 to 31 December 2027: A, B and C": the body heading a
        list line whose words before the colon fill seats, the countries after the colon
        and the dates of their terms."""
        colon = _first_word(doc, sentence, ":")
        if colon is None:
            return None
        bodies = [e for e in ents if e.label_ == "ORG" and self._is_body(doc, e)]
        head = self._list_line_body(doc, sentence, bodies, colon)
        if head is None or any(e.label_ == "COUNTRY" and e.start < colon for e in ents):
            return None
        lowers = lower_forms(doc)
        words = lowers[head.end : colon]
        if self.seat_filling_verbs.isdisjoint(words) or not NEGATIONS.isdisjoint(words):
            return None
        listed = [e for e in ents if e.label_ == "COUNTRY" and e.start > colon
                  and not _nationality_of_person(doc, e)]
        return (head, listed, _term_dates(doc, ents, head.end, colon)) if listed else None

    def _list_line_body(
        self, doc: Doc, sentence: Span, bodies: list[Span], cue_start: int
    ) -> Span | None:
        """"• Commission on Narcotic Drugs (CND) — ...": the body opening a list line,
        followed by a dash or colon, before the cue at ``cue_start``."""
        first = sentence.start + (doc[sentence.start].text in BULLETS)
        head = next((b for b in bodies if b.start == first and b.end < cue_start), None)
        if head is None:
            return None
        after = head.end
        if doc[after].text == "(":  # "(CND)"
            after = next((k + 1 for k in range(after, min(cue_start, after + 6))
                          if doc[k].text == ")"), after)
        return head if doc[after].text in DASHES | {":"} else None

    def _elected_at(
        self, doc: Doc, sentence: Span, ents: list[Span], cue_start: int, cue_end: int
    ) -> tuple[list[Span], Span | None]:
        """The countries elected by the cue at [cue_start, cue_end) and the body."""
        bodies = [ent for ent in ents if ent.label_ == "ORG" and self._is_body(doc, ent)]
        joined = next(
            (e for e in ents if e.start == cue_end and e.label_ == "COUNTRY"
             and doc[cue_start].lower_ in self.join_verbs),
            None,
        )
        if joined is not None and joined.end + 1 < sentence.end and (
            doc[joined.end].lower_ in {"on", "in"}
        ):
            # "Georgia won it 124 to 58 and joined Estonia on the Council": the subject joins
            # the body beside the country named
            body = self._body_at_or_named_before(
                doc, sentence, joined.end + 1, {e.end: e for e in ents}
            )
            if body is not None and self._is_body(doc, body):
                return self._subjects_before(doc, sentence, ents, cue_start), body
        clause_end = next(  # "elected to one committee after another, and a judge sat on X"
            (
                k for k in range(cue_end, sentence.end - 2)
                if doc[k].text == "," and doc[k + 1].lower_ == "and"
                and doc[k + 2].lower_ in {"a", "an", "the", "his", "her"}
            ),
            sentence.end,
        )
        inserted = _dash_insert(doc, cue_end, clause_end)
        body = next(  # "won Council seats"
            (b for b in bodies if b.start > cue_start and b.end <= clause_end
             # not "elected A and B – the permanent members of the Security Council – as
             # Vice-Presidents of the General Assembly"
             and not inserted[0] <= b.start < inserted[1]),
            None,
        )
        if body is not None and body.end + 1 < len(doc) and doc[body.end].lower_ in POSSESSIVES:
            # "elected to UN's ECOSOC", "to the African Union's new Peace and Security
            # Council": the body the parent owns
            body = next((b for b in bodies if b.start == body.end + 1 or b.start == body.end + 2
                         and doc[body.end + 1].is_lower), body)
        if body is not None and self._someone_else_between(doc, ents, cue_start, cue_end, body):
            body = None  # "accession to U.S. Secretary of State Name at the State Department"
        if body is not None and body.start >= 2 and lower_forms(doc)[body.start - 2] in {
            "bodies", "body", "organs", "subsidiaries"
        } or body is not None and body.start >= 3 and lower_forms(doc)[body.start - 3] in {
            "bodies", "body", "organs", "subsidiaries"
        } and doc[body.start - 1].lower_ in ARTICLES:
            return [], None  # "elected to four subsidiary bodies of ECOSOC": not ECOSOC
        if body is None and doc[cue_start].lower_ in CHOICE_VERBS | ACTIVE_ELECTS:
            # "returned China and Greece, among others, to the Council", "elected Brazil and
            # Japan among the 27 new members of the board": the body named before
            lowers = lower_forms(doc)
            to = next(
                (m for m in range(cue_end, sentence.end - 1) if lowers[m] in {"to", "onto"}
                 or lowers[m] == "of" and lowers[m - 1] in {"members", "member"}),
                None,
            )
            if to is not None:
                by_end = {e.end: e for e in ents}
                body = self._body_at_or_named_before(doc, sentence, to + 1, by_end)
                seat = next((m for m in range(to + 1, min(sentence.end - 2, to + 11))
                             if lowers[m] in SEAT_NOUNS), None)
                if body is None and seat is not None and lowers[seat + 1] in {"on", "of"}:
                    # "elected Australia and Luxembourg to the two Western European and
                    # Others Group places on the 15-member council": the seats' body
                    body = self._body_at_or_named_before(doc, sentence, seat + 2, by_end)
        named_before = self._body_named_before(doc, sentence, cue_end)
        if named_before is not None and (body is None or body.start > cue_end + 2):
            # "was elected to the 15-member council ..., securing 182 votes in the
            # 193-member General Assembly": the council right after the cue
            body = named_before
        if body is None:
            fronted = self._fronted_body_objects(doc, sentence, ents, bodies, cue_start, cue_end)
            if fronted is not None:
                return fronted
            # "... a seat on the Security Council, while Viet Nam, elected for 2020-2021"
            body = next(
                (
                    b
                    for b in reversed(bodies)
                    if b.end <= cue_start and _preposition_before(doc, b) in MEMBERSHIP_PREPOSITIONS
                    and not self._title_destination(doc, b)
                    # not the owner of "to the African Union's new Peace and Security Council"
                    and not (b.end < len(doc) and doc[b.end].lower_ in POSSESSIVES)
                ),
                None,
            )
            heading = None if body is not None else self._list_line_body(
                doc, sentence, bodies, cue_start
            )
            if heading is not None:
                # "• Statistical Commission — Kenya and the Republic of Korea were elected to
                # serve until 2027": the body heading the list line
                subjects = self._subjects_before(doc, sentence, ents, cue_start)
                if subjects:
                    return subjects, heading
            seats = any(t.lower_ in SEAT_NOUNS for t in doc[cue_start:cue_end])
            if body is None and seats:
                # "A and B won the four African seats on the council unopposed; C and D took
                # the four Asia-Pacific seats": the bare body of an election just before
                lowers = lower_forms(doc)
                article = next(  # "to the Council", "to the 15-member Council"
                    (a for k in range(cue_start - 1, sentence.start + 1, -1)
                     if lowers[k] in BODY_NOUNS and not doc[k].ent_type_
                     and (a := _article_before_modifiers(doc, k)) is not None
                     and lowers[a - 1] in MEMBERSHIP_PREPOSITIONS),
                    None,
                )
                bare = article + 1 if article is not None else None
                if bare is not None and any(  # (a cue may end with "to": "elected to")
                    c[1] <= bare - 1 for c in self._election_cues(doc, sentence)
                ):
                    body = self._body_at_or_named_before(
                        doc, sentence, bare - 1, {e.end: e for e in ents}
                    )
                    if body is not None:
                        subjects = self._subjects_before(doc, sentence, ents, cue_start)
                        if subjects and self._negated(doc, subjects[-1].end, cue_start):
                            return [], None  # "while Saudi Arabia ... failed to win a seat"
                        return subjects + self._gapped_seat_winners(
                            doc, sentence, ents, cue_end
                        ), body
                announced = self._body_announced_above(doc, sentence, reach=1)
                subjects = self._subjects_before(doc, sentence, ents, cue_start)
                if announced is not None and subjects and not self._negated(
                    doc, subjects[-1].end, cue_start
                ):
                    # "The General Assembly on Tuesday elected 14 members of the Human Rights
                    # Council. Algeria, Ethiopia, the Gambia and Morocco took the four African
                    # seats unopposed; Chile and Costa Rica the two Latin American ones": the
                    # body whose members the sentence before elected
                    return subjects + self._gapped_seat_winners(
                        doc, sentence, ents, cue_end
                    ), announced
            # "A and B were elected to the Human Rights Council ..., and China won a seat
            # with 154": a seat won after the body's election in the same sentence
            # "failed in its bid for a seat on the Council, in a vote in which A and B
            # secured the places at stake": the seats of the body just named
            seat_won = any(
                t.lower_ in SEAT_NOUNS | {"other", "last"} for t in doc[cue_start:cue_end]
            ) and (
                body is not None
                and (any(c[1] <= body.start for c in self._election_cues(doc, sentence))
                     or not SEAT_NOUNS.isdisjoint(lower_forms(doc)[body.start - 4 : body.start]))
            )
            won_seat = self._relative_seat_winner(doc, sentence, ents, cue_start)
            if body is not None and won_seat is not None:
                return [won_seat], body  # "the remaining seat on the Board, which Japan won"
            if body is not None and doc[cue_start].lower_ in {"joined", "joins"} and (
                cue_end == cue_start + 1 and cue_end < sentence.end
                and (doc[cue_end].lower_ == "it" or doc[cue_end].lower_ in {"in", "on"}
                     and cue_end + 1 < sentence.end and doc[cue_end + 1].ent_type_ == "DATE")
            ):
                # "Slovenia was elected to the Council, and Bosnia joined it after ...",
                # "the first new member of ASEAN since Cambodia joined in 1999"
                subjects = self._subjects_before(doc, sentence, ents, cue_start)
                return subjects, body
            if body is None:
                return self._elected_to_body_in_context(doc, sentence, ents, cue_start, cue_end)
            if doc[cue_start].lower_ not in ACTIVE_ELECTS and not seat_won:
                return [], None
        fronted = cue_start <= sentence.start + 1 or not any(
            e.label_ == "COUNTRY" and e.end <= cue_start for e in ents
        )  # "Elected to X were ...", "The countries elected to X were: ..."
        if fronted and (body.start >= cue_end or body is named_before):
            # "Elected to ECOSOC by secret ballot were A and B from Africa; C from Asia ...",
            # "Other countries elected to the council on Tuesday were A, B and C"
            verb = next(
                (t.i for t in doc[max(body.end, cue_end) : sentence.end] if t.lower_ in INVERTED),
                None,
            )
            named = [e for e in ents if e.label_ == "COUNTRY" and verb and e.start > verb]
            if named and named[0].start - verb <= 2:
                return self._regional_lists(doc, ents, named), body
            # "The other four countries elected to the council in October for 1980-1981 — A,
            # B, C and D — took their seats": the list set off by dashes
            dash = next(
                (t.i for t in doc[max(body.end, cue_end) : sentence.end]
                 if t.text in DASHES | {"--"} and not t.ent_type_ and doc[t.i - 1].whitespace_),
                None,
            )
            listed = [e for e in ents if e.label_ == "COUNTRY" and dash and e.start > dash]
            counted_subject = any(
                doc[m].lower_ in VOTER_NOUNS for m in range(sentence.start, cue_start)
            ) and not any(e.label_ == "PERSON" and e.start < cue_start for e in ents)
            if listed and listed[0].start - dash <= 2 and counted_subject:
                return self._country_list(ents, listed[0], doc), body
        colon = self._listed_after_colon(doc, sentence, ents, cue_start, cue_end, body)
        if colon:
            return colon, body
        list_end = body.start
        if body.start < cue_start and doc[cue_start].lower_ in CHOICE_VERBS | ACTIVE_ELECTS:
            # "returned China and Greece, among others, to the Council" named before
            list_end = next(
                (t.i for t in doc[cue_end : sentence.end]
                 if t.lower_ in {"to", "onto", "among", "as"}),
                sentence.end,
            )
        between = [
            e
            for e in ents
            if e.label_ == "COUNTRY"
            and cue_end <= e.start < list_end
            and not self._attribute_of_person(doc, e, ents)  # "elected Name, envoy of Qatar,"
        ]
        if doc[cue_end - 1].lower_ == "of" and between:
            return self._country_list(ents, between[0], doc), body
        passive = cue_start > sentence.start and doc[cue_start - 1].lower_ in PASSIVE_AUXILIARIES
        lead = cue_end
        while lead < body.start and doc[lead].lower_ in {
            "it", "them", "along", "together", "with", ","
        }:
            lead += 1  # "elected it along with Chad, Chile and Nigeria to the Council"
        if doc[cue_start].lower_ in ACTIVE_ELECTS | CHOICE_VERBS and between and not passive and (
            between[0].start - lead <= 1 and doc[cue_end].lower_ not in {"to", "as", "a", "an"}
        ):
            # "admitted A and B to the United Nations, together with C", "elected A to the
            # Security Council ..., alongside B and C"
            added = self._along_with(
                doc, sentence, ents, body.end, doc[cue_start].lower_.endswith("elected")
            )
            if doc[cue_end].lower_ == "it":
                # "when the General Assembly elected it along with Chad": its antecedent
                added += self._singular_antecedent(doc, cue_end, cue_end + 1)
            return self._regional_lists(doc, ents, between) + added, body
        k = cue_start - 1
        while k > sentence.start and doc[k].lower_ in PASSIVE_AUXILIARIES | {"will", "have"}:
            k -= 1
        both = k > sentence.start and doc[k].lower_ == "both" and doc[k - 1].lower_ in {
            ",", "and", ";"
        }
        if k - 2 > sentence.start and doc[k - 1].lower_ == "all" and (
            doc[k].lower_ in self.number_words or doc[k].is_digit
        ) and doc[k - 2].lower_ in {",", "and", ";"}:
            # "Pakistan won 169 votes, Uzbekistan 164, Nepal 150 and China 139, and all four
            # were elected": as many countries as counted, named before in the sentence
            counted = self._antecedents(doc, k - 1, cue_start)
            if counted:
                return counted, body
        if both and NEGATIONS.isdisjoint(lower_forms(doc)[k:cue_start]):
            # "The Philippines received 114 votes and Mexico 109, and both were elected"
            before = [e for e in ents if e.label_ == "COUNTRY" and e.end <= k]
            if len(before) >= 2 and "and" in lower_forms(doc)[before[-2].end : before[-1].start]:
                # "... lost to Bulgaria, with 160 votes, and Albania, with 123; both were
                # elected": the two countries joined last in the sentence
                pair = before[-2:]
            else:
                pair = self._antecedents(doc, k, cue_start)
            if len(pair) == 2:
                return pair, body
        subjects = self._subjects_before(doc, sentence, ents, cue_start)
        # (a subject from an earlier sentence: only this sentence's words can negate)
        if subjects and self._negated(
            doc, max(subjects[-1].end, _clause_start(doc, sentence, cue_start)), cue_start
        ):
            return [], body
        # (after a body named before the cue: "will join the 15-nation council on Jan 1 ...,
        # along with India, South Africa and Colombia"; not "A was elected to X together with
        # B, and it will take its seat")
        along = body.end if body.start >= cue_start else cue_end
        # "alongside" adds co-winners only to an election ("was re-elected ..., alongside A
        # and B"); "will join the Council alongside A" names members already sitting
        alongside = lower_forms(doc)[cue_start].endswith("elected")
        # "A and B took the two Eastern European seats on the Council; C and D the two
        # Western ones"
        gapped = self._gapped_seat_winners(doc, sentence, ents, max(cue_end, body.end)) if (
            not SEAT_NOUNS.isdisjoint(lower_forms(doc)[cue_start:cue_end])
        ) else []
        return subjects + self._along_with(
            doc, sentence, ents, along, alongside
        ) + gapped if subjects else [], body

    def _gapped_seat_winners(
        self, doc: Doc, sentence: Span, ents: list[Span], cue_end: int
    ) -> list[Span]:
        """"C and D took the four Asia-Pacific seats, and E and F the two Western ones; G
        and H the two African ones": the countries of each clause that leaves the verb out,
        before "the ... ones"."""
        winners: list[Span] = []
        k = cue_end
        while True:
            while k < sentence.end and doc[k].text not in {",", ";"}:
                k += 1
            if k >= sentence.end:
                return winners
            start = k + 1
            if start < sentence.end and doc[start].lower_ == "and":
                start += 1
            elif doc[k].text != ";":
                return winners  # after a comma only ", and E and F the two Western ones"
            if start + 1 >= sentence.end:
                return winners
            first = next((e for e in ents if e.start == start and e.label_ == "COUNTRY"), None)
            if first is None and doc[start].lower_ in ARTICLES:
                first = next(
                    (e for e in ents if e.start == start + 1 and e.label_ == "COUNTRY"), None
                )
            if first is None:
                return winners
            listed = self._country_list(ents, first, doc)
            m = listed[-1].end
            if m >= sentence.end or doc[m].lower_ != "the":
                return winners
            lowers = lower_forms(doc)
            rest = lowers[m : min(sentence.end, m + 8)]
            if not {"ones", "seats", "seat", "one"} & set(rest) and not self._count_at(
                lowers, m + 1, sentence.end
            ):  # "; and Denmark and New Zealand the two belonging to the WEOG"
                return winners
            winners += listed
            k = m

    def _along_with(
        self, doc: Doc, sentence: Span, ents: list[Span], start: int, alongside: bool = False
    ) -> list[Span]:
        """"Switzerland was elected to the Council ... on Thursday, along with Japan, Malta
        and Ecuador": the countries added after the body."""
        lowers = lower_forms(doc)
        k = next(
            (m for m in range(start, min(sentence.end - 2, start + 24))
             if lowers[m] in {"along", "together"} and lowers[m + 1] == "with"
             or alongside and lowers[m] == "alongside"),
            None,
        )
        if k is None or any(t.text in {";", ":"} for t in doc[start:k]):
            return []
        step = 1 if lowers[k] == "alongside" else 2
        first = next(
            (e for e in ents if e.label_ == "COUNTRY" and e.start in {k + step, k + step + 1}),
            None,
        )
        if first is None:
            # "together with seven other former republics of the USSR -- Armenia, ...": the
            # countries after a dash or colon that closes a counted description
            dash = next((m for m in range(k + step, min(sentence.end - 1, k + step + 10))
                         if doc[m].text in {"--", "\u2014", "\u2013", ":"}), None)
            if dash is not None and any(t.like_num for t in doc[k + step : dash]):
                first = next((e for e in ents if e.label_ == "COUNTRY"
                              and e.start in {dash + 1, dash + 2}), None)
        return self._country_list(ents, first, doc) if first is not None else []

    def _listed_after_colon(
        self, doc: Doc, sentence: Span, ents: list[Span], cue_start: int, cue_end: int,
        body: Span,
    ) -> list[Span]:
        """"elected 18 countries to the Council for three-year terms ...: Thailand, Cyprus
        ... from Asia-Pacific; Benin ... from Africa": the countries counted after the cue
        are listed after a colon."""
        counted = doc[cue_end : body.start]
        if not any(t.like_num for t in counted) and not any(
            t.ent_type_ == "COUNTRY" for t in doc[sentence.start : cue_start]
        ):  # "Four other countries also won seats on the Council ...: A and B for ..."
            counted = doc[sentence.start : cue_start]
        # "chose the following States, which will join the Council ...: A, B"
        announced = doc[max(sentence.start, cue_end - 8) : cue_end]
        following = any(t.lower_ == "following" for t in announced) and any(
            t.lower_ in {"countries", "states", "members", "nations"} for t in announced
        ) or any(t.lower_ in DECLARING_VERBS for t in doc[max(sentence.start, cue_start - 1)
                                                          : cue_end]) and any(
            t.lower_ in self.candidate_nouns for t in doc[body.end : sentence.end]
        )  # "declares elected to the Board, without a vote, the candidates of the four groups
        # with clean slates: A, B and C"
        if not following and (not any(t.like_num for t in counted) or not any(
            t.lower_ in {"countries", "states", "members", "nations"} for t in counted
        )):
            return []
        # (from the cue on, for a body named in an earlier line: "... Human Rights Council:")
        lowers = lower_forms(doc)
        colon = next(
            (t.i for t in doc[max(body.end, cue_end) : sentence.end] if t.text == ":"
             # "elected fifteen other countries to the Council, among them A, B and C"
             or lowers[t.i - 1] == "," and (lowers[t.i : t.i + 2] == ["among", "them"]
                                            or lowers[t.i] == "including")),
            None,
        )
        if colon is None:
            return []
        listed = [e for e in ents if e.label_ == "COUNTRY" and e.start > colon]
        if not listed or listed[0].start - colon > 2:
            return []
        if self._names_candidates(lower_forms(doc)[colon : sentence.end]):
            return []  # "When the Assembly elects five members ...: A, B and C are competing"
        number = next((self.number_words.get(t.lower_) or (int(t.text) if t.text.isdigit() else 0)
                       for t in counted if t.like_num), 0)
        if number == len({e.kb_id_ for e in listed}):
            # "Four other countries were elected ... unopposed: Viet Nam, which received 192
            # votes, Niger and Tunisia, with 191 each, and ...": as many as were counted
            return listed
        return self._regional_lists(doc, ents, listed)

    def _regional_lists(self, doc: Doc, ents: list[Span], between: list[Span]) -> list[Span]:
        """The countries elected by "elected A and B from Africa, C from Asia, and D and E
        from the Western European and Others Group to the Council": lists joined by commas
        and "and" after a "from REGION" phrase."""
        members = self._country_list(ents, between[0], doc, counted=True)
        for country in between:
            if country.start <= members[-1].start:
                continue
            gap = _without_insertion(
                [t for t in doc[members[-1].end : country.start] if t.lower_ not in ARTICLES],
                counted=True,
            )  # (after a count: "... and Pakistan with 168 for Asia; Lithuania ...")
            if len(gap) > 2 and gap[-1].lower_ == "to" and gap[-2].lower_ in LIST_JOINERS | {";"}:
                gap = gap[:-1]  # "to A and B for Latin America, and to C and D for ...", "; to"
            origin = gap[:1] and gap[0].lower_ in {"from", "(", "for"} and (
                gap[-1].lower_ in LIST_JOINERS | {";"}
            )  # "A and B from Africa; C ...", "A and B (African Group); C ...", "for Asia;"
            if not origin or any(t.ent_type_ == "COUNTRY" for t in gap):
                break
            members += self._country_list(ents, country, doc, counted=True)
        return members

    def _regional_continuation(
        self, doc: Doc, sentence: Span, ents: list[Span], elected: list[Relation]
    ) -> list[Relation]:
        """"Burundi and Ghana were elected to the council unopposed for Africa, China and
        Japan for Asia-Pacific, and France and the Netherlands for the Western European and
        Others Group": the lists after the first one's region share its election."""
        body = elected[0].child
        if any(r.child.kb_id_ != body.kb_id_ or not sentence.start <= r.head.start < sentence.end
               for r in elected):
            return []
        lowers = lower_forms(doc)
        last = max(r.head.end for r in elected)
        # past the verb and the body ("were elected to the council unopposed for Africa")
        k = next((m for m in range(last, min(sentence.end, last + 12))
                  if lowers[m] in {"for", "from"}), None)
        if k is None or any(t.ent_type_ == "COUNTRY" for t in doc[last:k]) or not (
            self._election_cues(doc, doc[last:k])
        ):
            return []
        comma = next((m for m in range(k + 1, min(sentence.end, k + 10)) if lowers[m] == ","),
                     None)
        region = [t for t in doc[k + 1 : comma] if t.lower_ not in ARTICLES]
        if comma is None or any(t.ent_type_ == "COUNTRY" for t in doc[k:comma]) or not (
            _group_cell(region)  # "for Africa", not "for a three-year term, Peru said"
        ):
            return []
        after = [e for e in ents if e.label_ == "COUNTRY" and e.start > comma]
        joined = doc[comma + 1 : after[0].start] if after else []
        if not after or any(t.lower_ not in ARTICLES | {"and"} for t in joined):
            return []  # (not "..., defeating Bangladesh")
        heads = {r.head.start for r in elected}
        return [Relation(c, body, "ELECTED_TO")
                for c in self._regional_lists(doc, ents, after) if c.start not in heads]

    def _seats_for(self, doc: Doc, sentence: Span, i: int) -> int:
        """The number of seats a group of candidates competes for ("running for the two
        Western European seats": 2), 1 when the sentence does not say."""
        lowers = lower_forms(doc)
        for k in range(i + 1, min(sentence.end, i + 10)):
            if lowers[k] in {"seat", "seats", "places"}:
                # the number after "for": "for the two seats", not "through 155 rounds"
                after_for = next((m for m in range(k - 1, i, -1) if lowers[m] == "for"), k)
                counts = [
                    self.number_words.get(lowers[m])
                    or (int(lowers[m]) if lowers[m].isdigit() else None)
                    for m in range(after_for + 1, k)
                ]
                return next((count for count in counts if count), 1)
        return 1

    def _candidate_list(
        self, doc: Doc, sentence: Span, ents: list[Span], countries: list[Span], noun: int
    ) -> list[Span]:
        """The list of countries named as the candidates by the noun at ``noun``."""
        introducers = {"were", "are", "included", "include", ":", "-", "\u2013", "\u2014", "(", ","}
        window = [  # seven tokens after the noun, an organisation's name counting as one
            t for t in doc[noun + 1 : sentence.end] if t.ent_type_ != "ORG" or t.ent_iob_ == "B"
        ][:7]
        # "candidates were vying for three seats: A, B, C and D": the introducer right
        # before the list
        for marker in window:
            # a free-standing dash, not the one in "Asia-Pacific"
            if marker.lower_ not in introducers or not (marker.whitespace_ or marker.text == ":"):
                continue
            right = [c for c in countries if c.start > marker.i]
            if right and right[0].start - marker.i <= 2:
                group = self._country_list(ents, right[0], doc)
                if len(group) >= 2:  # not "candidates: Serbia's Foreign Minister, Name, ..."
                    return group + self._counted_rest(doc, sentence, ents, countries, noun, group)
                break
        left = [c for c in countries if c.end <= noun]
        if left and all(
            t.lower_ in CANDIDACY_GAP or t.like_num or t.text in {"-", "\u2013", "\u2014"}
            for t in doc[left[-1].end : noun]
        ):
            return self._country_list(ents, left[-1], doc)
        return []

    def _counted_rest(
        self, doc: Doc, sentence: Span, ents: list[Span], countries: list[Span], noun: int,
        group: list[Span],
    ) -> list[Span]:
        """"five candidates sought four seats: A, B, C and D were elected; E, with 90, was
        not": the countries after a semicolon that make up the number of candidates."""
        word = doc[noun - 1].lower_ if noun > sentence.start else ""
        number = self.number_words.get(word) or (int(word) if word.isdigit() else 0)
        if number <= len(group):
            return []
        semicolon = next((t.i for t in doc[group[-1].end : sentence.end] if t.text == ";"), None)
        later = next((c for c in countries if semicolon is not None
                      and c.start in {semicolon + 1, semicolon + 2}), None)
        rest = self._country_list(ents, later, doc) if later is not None else []
        return rest if len(group) + len(rest) == number else []

    def _electoral(self, sentence: Span, ents: list[Span]) -> bool:
        """A contest for a seat, not a match: the sentence speaks of seats, votes or
        elections, or names an organisation."""
        return not self.election_context.isdisjoint(
            lower_forms(sentence.doc)[sentence.start : sentence.end]
        ) or any(
            ent.label_ in {"ORG", "VOTE_COUNT"} for ent in ents
        ) or "run-off" in sentence.text.lower()  # split into three tokens

    def _someone_else_between(
        self, doc: Doc, ents: list[Span], cue_start: int, cue_end: int, body: Span
    ) -> bool:
        """A person, or a country not elected by the cue ("elected X to", "election of X
        to"), stands between the cue and the body."""
        lists_countries = (
            doc[cue_start].lower_ in ACTIVE_ELECTS | CHOICE_VERBS or doc[cue_end - 1].lower_ == "of"
        )
        return any(
            e.label_ == "PERSON" or (e.label_ == "COUNTRY" and not lists_countries)
            for e in ents
            if cue_end <= e.start < body.start
        )

    def _is_body(self, doc: Doc, ent: Span) -> bool:
        """An organisation a country can be elected to: not the origin of a candidate
        ("from the African Group"), not a regional group ("the seat of the Eastern European
        Group") and not a modifier ("U.N. rights body")."""
        if _is_group(ent):  # "Electoral Group II", "CSW, Latin American and Caribbean seats"
            return False
        if ent.kb_id_ == "United Nations General Assembly" and ent.start > 1 and (
            doc[ent.start - 2 : ent.start].text.lower() == "in the"
        ):
            return False  # "balloting in the General Assembly": where the vote was held
        article = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else None
        before = doc[(article or ent.start) - 1] if (article or ent.start) > 0 else None
        if before is not None and before.lower_ in {"from", "by"}:
            return False
        k = ent.start - 1
        while k > 0 and (doc[k].lower_ in ARTICLES or doc[k].lower_ == "member" or doc[k].like_num
                         or doc[k].text == "-"):
            k -= 1  # "of the 193-member General Assembly"
        if k > 0 and doc[k].lower_ in {"of", "in", "at"} and doc[k - 1].lower_ in BALLOT_WORDS:
            return False  # "elected in a secret ballot of the General Assembly": the electors
        following = doc[ent.end] if ent.end < len(doc) else None
        if following is None or not following.is_lower or not following.is_alpha:
            return True
        # not "U.N. rights body", "UN women's"; an adverb may follow ("won the seat on the
        # Security Council instead", "... narrowly")
        return following.lower_ in BODY_FOLLOWERS or following.lower_.endswith("ly") or (
            following.lower_ in {"instead", "too", "also", "already", "now", "then", "twice"}
        ) or following.lower_ in ADMISSION_VERBS or (  # "the League of Arab States readmitted"
            following.lower_ in {"election", "elections", "race"}  # "Human Rights Council election"
        )

    def _terms(
        self, doc: Doc, sentence: Span, ents: list[Span], election_cues: list[tuple[int, int]]
    ) -> list[Relation]:
        """A seat's period ("for 2017-2018", "until 31 December 2023", "their 2020-2021
        term") or its start ("take their seats on 1 January 2021"), linked to the
        countries of the nearest election cue or term verb before the date."""
        relations, paired = self._respective_terms(doc, sentence, ents)
        previous: tuple[Span, list[Span]] | None = None
        for date in (ent for ent in ents if ent.label_ == "DATE"):
            if date.start in paired:
                continue
            if previous is not None and _continues_dates(
                _without_clause(doc[previous[0].end : date.start])
            ):
                # "served in 1952-1953, 1968-1969 and 2012-2013"
                relations += [Relation(country, date, "TERM") for country in previous[1]]
                if doc[date.end : date.end + 2].text.lower() == ", when":
                    # "... until November 2024, when it passed to Malta": the next holder
                    relations += [
                        Relation(country, date, "TERM") for country in self._handed_to(
                            doc, sentence, ents, date.end, sentence.end, any_word=True
                        )
                    ]
                previous = (date, previous[1])
                continue
            # "On March 1 the presidency passes to France", "Germany, holder of the April
            # presidency"
            holder = self._fronted_handover(doc, sentence, ents, date) or (
                self._holder_of_dated_office(doc, sentence, ents, date)
            )
            if holder is not None:
                relations.append(Relation(holder, date, "TERM"))
                previous = (date, [holder])
                continue
            headed = self._dated_item_holders(doc, sentence, ents, date)
            if headed:
                # "1 January 1984 – Upper Volta and India took their seats on the Council"
                relations += [Relation(country, date, "TERM") for country in headed]
                previous = (date, headed)
                continue
            named_after = self._named_after_term(doc, ents, date)
            if named_after:
                # "The members whose terms expire on 31 December 2023 are Ukraine and ..."
                relations += [Relation(country, date, "TERM") for country in named_after]
                previous = (date, named_after)
                continue
            subject = next(  # "Angola today took over", "Malta on Monday took over"
                (
                    e for e in ents if e.label_ == "COUNTRY" and (
                        e.end == date.start
                        or e.end == date.start - 1 and doc[e.end].lower_ == "on"
                    )
                ),
                None,
            )
            if subject is not None and date.end < sentence.end and (
                doc[date.end].lower_ in self.term_verbs
                and any(t.lower_ in self.term_nouns for t in doc[date.end + 1 : date.end + 5])
            ):
                # "Angola today took over the chairmanship": the date of the start
                relations.append(Relation(subject, date, "TERM"))
                previous = (date, [subject])
                continue
            # "Georgia today handed over ...", "President Name, who chaired the summit, today
            # handed the chairmanship of the SCO to China"
            handing = subject is not None or date.start > sentence.start and (
                doc[date.start - 1].text == "," or doc[date.start - 1].ent_type_ == "PERSON"
            )
            if handing and date.end < sentence.end and (
                doc[date.end].lower_ in self.handover_words
            ):
                # "Georgia today handed over the chairmanship ... to Greece": the receiver's
                to = next(
                    (k for k in range(date.end + 1, min(sentence.end - 1, date.end + 20))
                     if doc[k].lower_ == "to" and doc[k + 1].ent_type_ == "COUNTRY"
                     or doc[k].text in {",", ";"}),
                    None,
                )
                receivers = [
                    e for e in ents if to is not None and e.start == to + 1
                    and e.label_ == "COUNTRY" and self.term_nouns.intersection(
                        lower_forms(doc)[date.end : to]
                    )
                ]
                relations += [Relation(country, date, "TERM") for country in receivers]
                if receivers:
                    previous = (date, receivers)
                    continue
            receiver = self._handed_over_on(doc, sentence, ents, date)
            if receiver is not None:
                # "Uruguay handed the presidency of Mercosur to Argentina on Friday"
                relations.append(Relation(receiver, date, "TERM"))
                previous = (date, [receiver])
                continue
            holders = self._relative_year_term(doc, sentence, ents, date)
            if holders:
                # "Viet Nam also holds the rotating chairmanship of ASEAN this year"
                relations += [Relation(country, date, "TERM") for country in holders]
                previous = (date, holders)
                continue
            coming = date[0].lower_ == "next" and date._.value is not None  # "next month"
            if not (_is_calendar_date(date) or coming):
                continue
            owner = self._possessed_term(doc, sentence, ents, date)
            if owner is not None:
                # "the flagship event of Viet Nam's presidency of the council in January"
                relations.append(Relation(owner, date, "TERM"))
                previous = (date, [owner])
                continue
            named_for = self._term_for(doc, ents, date)
            if named_for is not None:
                # "most recently in 2003-2004 for Chile and 2010-2011 for Nigeria"
                relations.append(Relation(named_for, date, "TERM"))
                previous = (date, [named_for])
                continue
            gapped = self._gapped_holder(doc, ents, date) if previous is not None else None
            if gapped is not None:
                # "Czechoslovakia would serve in 1964 and Malaysia in 1965"
                relations.append(Relation(gapped, date, "TERM"))
                previous = (date, [gapped])
                continue
            agent = self._held_by(doc, sentence, ents, date)
            if agent is not None:
                relations.append(Relation(agent, date, "TERM"))
                previous = (date, [agent])
                continue
            j = date.start - 1
            while j >= sentence.start and doc[j].lower_ in DATE_LEAD_WORDS:
                j -= 1  # "for the term 2021-2022"
            word = doc[j].lower_ if j >= sentence.start else ""
            if j - 1 >= sentence.start and doc[j - 1].lower_ in FOUNDING_WORDS:
                continue  # "since it was founded in 1948": the body's birth, no seat
            if j - 1 >= sentence.start and doc[j - 1].lower_ in SCHEDULE_WORDS:
                continue  # "in the vote scheduled for June 2026": an event's date
            after = doc[date.end].lower_ if date.end < sentence.end else ""
            period = (
                word in TERM_PREPOSITIONS_ANY
                # "after the terms of 1968-1969, 1988-1989 and 2004-2005"
                or word == "of" and j - 1 >= sentence.start and self._term_word(doc[j - 1])
                or after in self.term_nouns
                # "in 2013-2015", "returns for a third time after 1996-1997"
                or word in {"in", "during", "after"} and "/" in str(date._.value)
                or word in {"running", "covering", "spanning"}  # "a term running 2025–2026"
                # "sat on the council between 2014 and 2019"
                or word == "between" and after == "and"
                # "will serve a three-year term, 2028–2031", "their term (2028-2031)"
                or word in {",", ":", "("} and "/" in str(date._.value)
                and j - 1 >= sentence.start and doc[j - 1].lower_ in self.term_nouns
            )
            # "Its current term ends Dec. 31": a start or end date right after the verb
            start = word in TERM_PREPOSITIONS_START or word in self.term_boundary_verbs or (
                coming and (word in self.term_nouns or word in SEAT_NOUNS)
            )  # "begin three-year terms next month"
            if not (period or start):
                continue
            cue = self._nearest_cue(doc, sentence, date.start, election_cues, nouns=period)
            if cue is None:
                cue = self._fronted_date_cue(doc, sentence, date)
            if cue is not None and word == "its" and any(
                t.text == ";" for t in doc[cue[2] : date.start]
            ):
                cue = None  # "...; Albania is completing its 2022–2023 term": its own clause
            if cue is None and (answered := self._answered_start(doc, sentence, date)):
                # "When do they start?" / "On 1 January 2029."
                relations += [Relation(country, date, "TERM") for country in answered]
                previous = (date, answered)
                continue
            if cue is None:
                owner = self._its_term_owner(doc, sentence, ents, date, word, after)
                if owner is not None:
                    # "removes Iran from the commission for the remainder of its 2022-2026 term"
                    relations.append(Relation(owner, date, "TERM"))
                    previous = (date, [owner])
                continue
            kind, cue_start, cue_end = cue
            lowers = lower_forms(doc)
            whose = next((k for k in range(max(sentence.start + 2, date.start - 7), date.start)
                          if lowers[k] == "whose"), None)
            if whose is not None and lowers[whose - 1] in COUNTED_MEMBER_NOUNS and (
                lowers[whose - 2] not in ARTICLES | {"new", "these", "those", "all"}
                and not self._count_at(lowers, whose - 2, whose)
                and lowers[whose + 1] in {"term", "terms", "seat", "seats", "mandate", "mandates"}
            ):
                continue  # "They replace members whose terms expire at the end of 2026": the
                # unnamed members' date (not "The 14 new members, whose terms start on ...")
            owner = whose - 2 if whose is not None and lowers[whose - 1] == "," and lowers[
                whose + 1] in {"term", "terms", "mandate", "mandates", "tenure"} else None
            if owner is not None and (doc[owner].ent_type_ == "PERSON" or any(
                e.end == owner + 1 and e.label_ == "COUNTRY" and _nationality_of_person(doc, e)
                for e in ents
            )):
                continue  # "the Court's President, Tomoko Akane of Japan, whose term ends on
                # 10 March": a person's term
            if coming and cue_start > sentence.start and doc[cue_start - 1].lower_ in ARTICLES:
                continue  # "will replace A and B at the start of next year": a noun, no verb
            lowers = lower_forms(doc)
            if any(
                lowers[m] in HOST_VERBS and not HOSTED_EVENTS.isdisjoint(lowers[m + 1 : m + 4])
                for m in range(cue_end, date.start - 3)
            ) or (
                cue_end < len(doc) and doc[cue_end].lower_ == "office"
            ) or (
                doc[cue_start].lower_ in self.term_boundary_verbs and cue_start > sentence.start
                and doc[cue_start - 1].is_lower and doc[cue_start - 1].is_alpha
                and doc[cue_start - 1].lower_ in BOUNDARY_SUBJECTS
            ) or (
                doc[cue_start].lower_ in self.term_boundary_verbs
                and self._event_subject(doc, sentence, cue_start)
            ):
                # "host the next summit in Samarkand in September 2022", "since taking office in
                # August" (a person's), "when voting began on Friday"
                continue
            earlier = [c for c in election_cues if c[1] <= date.start]
            body = next(
                (e for e in ents if earlier and e.label_ == "ORG" and earlier[-1][1] <= e.start
                 and e.end <= date.start),
                None,
            )
            if kind == "term-noun" and body is not None and period and not any(
                t.ent_type_ == "COUNTRY" or t.lower_ in CLAUSE_BREAKS
                for t in doc[earlier[-1][1] : body.start]
                if not (t.ent_type_ == "COUNTRY" and doc[earlier[-1][0]].lower_ in ACTIVE_ELECTS)
            ) and not any(
                t.ent_type_ == "COUNTRY" or t.lower_ in CLAUSE_BREAKS
                for t in doc[body.end : date.start]
            ):
                # "elected A, B ... and France to the Council for the 2024-2026 term": the
                # election's countries, not the last list before the noun
                kind, (cue_start, cue_end) = "elected", earlier[-1]
            if kind == "term-noun" and word in {"from", "since", "on"} and "for" in lower_forms(
                doc
            )[max(sentence.start, cue_start - 4) : cue_start]:
                continue  # "battled through 150 rounds for a seat from 26 October 1979"
            if not NO_TERM_AFTER.isdisjoint(lower_forms(doc)[cue_end : date.start]):
                continue  # "sat on the Council from 2006 to 2012 and has lost before: in 2016"
            between = set(lower_forms(doc)[cue_end : date.start])
            if word != "after" and {"after", "following"} & between and (
                (BALLOT_WORDS | {"rounds", "ballots", "votes"}) & between or word == "on"
            ):
                # "will split a term ... after five rounds of voting on Tuesday", "will sit on
                # the Council ... after the General Assembly chose it over Romania on Friday"
                continue
            if cue_start < date.start and any(
                t.lower_ in {"that", "which"} and not self._after_country(doc, t.i)
                for t in doc[cue_end : date.start]
            ):
                continue  # "won a term at the conference that Bucharest hosts until 14 October"
            # "has chaired ASEAN four times before, in 1977, 1997 and 2005": a comma right
            # before "in DATE" after a term verb
            fronted_comma = kind == "term" and date.start - 2 >= cue_end and (
                doc[date.start - 2].text == "," and word == "in"
            )
            if not period and (
                kind in {"elected", "term-noun"}
                or any(
                    t.text == "," and not _inside_country_list(doc, t.i)
                    and not (fronted_comma and t.i == date.start - 2)
                    for t in doc[cue_end : date.start]
                )
            ):
                continue
            if doc[cue_start].lower_ in BODY_NEEDING_VERBS and (
                "/" not in str(date._.value) or doc[cue_start].lower_ not in RETURN_VERBS
            ) and not any(
                e.label_ == "ORG" and cue_end <= e.start < date.start for e in ents
            ) and not any(t.lower_ in MEMBERSHIP_WORDS for t in doc[cue_end : date.start]):
                # "Fiji returned to parliamentary rule in September 2014", "remained part of
                # Ukraine after the USSR broke up in 1991": no body, no seat
                continue
            if doc[cue_start].lower_ in self.join_verbs and not self._seat_body_between(
                doc, ents, cue_end, date.start
            ) and not (
                # "joined the council on 1 January for 2022-2023": a seat's period
                any("/" in str(d._.value) for d in ents if d.label_ == "DATE"
                    and date.start <= d.start and d.start - date.end <= 2)
                and any(doc[m].text.title() in SEAT_BODIES and doc[m - 1].lower_ == "the"
                        and not doc[m].ent_type_ for m in range(cue_end, date.start))
            ):
                continue  # "joined the EU in 2004" is membership, not a term
            if (cue_start, cue_end) in election_cues:
                subjects, body = self._elected_at(doc, sentence, ents, cue_start, cue_end)
                if body is None:  # "Ghana will take its seat on 1 January 2017."
                    subjects = self._subjects_before(doc, sentence, ents, cue_start)
            else:
                when = doc[date.end : date.end + 2].text.lower() == ", when"
                # a later ", when it passes to X" belongs to the date before it ("from May
                # 2024 until November 2024, when it passed to Malta")
                later_when = next(
                    (k for k in range(date.end, sentence.end - 1)
                     if doc[k].text == "," and doc[k + 1].lower_ == "when"),
                    sentence.end,
                )
                handover_stop = date.start if when else later_when
                subjects = self._handed_to(doc, sentence, ents, cue_start, handover_stop) or (
                    # "India sat on the council in 2011-2012, holding the presidency in August
                    # 2011": the main clause's subject
                    self._participle_subject(doc, sentence, ents, cue_end)
                    or self._subjects_before(doc, sentence, ents, cue_start)
                )
                if when:
                    # "will hold the presidency until July 2025, when it passes to Brazil":
                    # the end of one term and the start of the next
                    subjects = subjects + self._handed_to(
                        doc, sentence, ents, date.end, sentence.end, any_word=True
                    )
                earlier = [c for c in election_cues if c[1] <= cue_start]
                if earlier:
                    # "elected 18 countries to the Council for terms beginning on D: A, B";
                    # "A and B join the Council together with C, all elected for terms
                    # beginning on D": the election's countries when they include these
                    elected = next(
                        (found for cue in reversed(earlier)
                         if (found := self._elected_at(doc, sentence, ents, *cue)[0])),
                        [],
                    )
                    owned = not OWNER_PRONOUNS.isdisjoint(
                        lower_forms(doc)[earlier[0][1] : cue_start]
                    )
                    if not owned and {e.start for e in subjects} < {e.start for e in elected}:
                        subjects = elected  # (not "... together with B, and our term begins")
                colon = _first_word(doc, sentence, ":")
                if earlier and colon is not None and colon >= date.end and all(
                    c.start < sentence.start for c in subjects
                ) and any(e.label_ == "COUNTRY" and e.start > colon for e in ents):
                    # "The Council elected twelve members of the Commission ..., all for
                    # four-year terms beginning on 1 January 2028: Algeria, ...": the countries
                    # listed after the colon (_colon_list_terms), not those elected before
                    continue
            # "a term running 2025-2026": the cue itself is no candidacy word
            stop = cue_start if doc[cue_start].lower_ in self.candidacy_words else date.start
            if doc[cue_start].lower_ in {"run", "runs", "running", "ran"} and (
                cue_end < len(doc) and doc[cue_end].lower_ == "for"
            ):
                continue  # "South Korea, which is running for a 2024-2025 seat": sought
            holders = [
                country
                for country in subjects
                if not self._place_of_a_person(doc, sentence, ents, country)
                # (a country named in an earlier sentence: only this clause's words count)
                and not self._candidacy(
                    doc, sentence, min(max(country.start, _clause_start(doc, sentence, cue_start)),
                                       cue_start), stop
                )
            ]
            if holders:
                holders += self._companions_after(doc, sentence, ents, date.end)
            relations += [Relation(country, date, "TERM") for country in holders]
            previous = (date, holders) if holders else None
        return relations

    def _co_winners(
        self, doc: Doc, sentence: Span, ents: list[Span], competed: list[Relation]
    ) -> list[Relation]:
        """"Bulgaria and Albania beat it to the two seats": two or more countries, named as
        one list, each competing with the same rival for seats (plural) competed with each
        other too."""
        if len(competed) < 2 or {"seats", "places"}.isdisjoint(
            lower_forms(doc)[sentence.start : sentence.end]
        ):
            return []
        rivals: dict[str, dict[str, Span]] = {}
        for relation in competed:
            rivals.setdefault(relation.head.kb_id_, {})[relation.child.kb_id_] = relation.child
            rivals.setdefault(relation.child.kb_id_, {})[relation.head.kb_id_] = relation.head
        added: list[Relation] = []
        for named in rivals.values():
            group = sorted(named.values(), key=lambda e: e.start)
            if len(group) < 2 or any(e not in ents for e in group):
                continue  # (rivals of this sentence only)
            listed = self._country_list(ents, group[0], doc)
            if {e.kb_id_ for e in listed} != {e.kb_id_ for e in group}:
                continue
            added += [Relation(a, b, "COMPETED_WITH") for n, a in enumerate(group)
                      for b in group[n + 1 :] if b.kb_id_ not in rivals.get(a.kb_id_, {})]
        return added

    def _companions_after(
        self, doc: Doc, sentence: Span, ents: list[Span], end: int
    ) -> list[Span]:
        """"will serve for 2011-2012 together with Germany, India, South Africa and Colombia":
        the countries serving the same term, right after the date (not "alongside", which
        may name countries already seated)."""
        lowers = lower_forms(doc)
        k = end
        if lowers[k : k + 2] != ["together", "with"]:
            return []
        k += 2
        first = next((e for e in ents if e.label_ == "COUNTRY" and e.start in {k, k + 1}), None)
        return [] if first is None else self._country_list(ents, first, doc)

    def _respective_terms(
        self, doc: Doc, sentence: Span, ents: list[Span]
    ) -> tuple[list[Relation], set[int]]:
        """"Niger and Tunisia last held seats in 1980-1981 and 2000-2001 respectively":
        the list of periods before "respectively" paired in order with the countries."""
        lowers = lower_forms(doc)[sentence.start : sentence.end]
        if "respectively" not in lowers:
            return [], set()
        marker = sentence.start + lowers.index("respectively")
        dates = [e for e in ents if e.label_ == "DATE" and e.end <= marker]
        if not dates or marker - dates[-1].end > 1:
            return [], set()
        k = len(dates) - 1
        while k > 0 and all(
            t.lower_ in LIST_JOINERS for t in doc[dates[k - 1].end : dates[k].start]
        ):
            k -= 1
        dates = dates[k:]
        countries = [e for e in ents if e.label_ == "COUNTRY" and e.end <= dates[0].start]
        if len(dates) < 2 or not countries:
            return [], set()
        holders = self._country_list(ents, countries[-1], doc)
        if len(holders) != len(dates) or not any(
            t.lower_ in self.term_verbs for t in doc[holders[-1].end : dates[0].start]
        ):
            return [], set()
        pairs = zip(holders, dates, strict=True)
        return [Relation(c, d, "TERM") for c, d in pairs], {d.start for d in dates}

    def _dated_item_holders(
        self, doc: Doc, sentence: Span, ents: list[Span], date: Span
    ) -> list[Span]:
        """A date heading an item of a digest ("1 January 1996 – The Republic of Korea began
        its first term on the Security Council"): the countries whose seat or term starts."""
        at_line_start = date.start == 0 or "\n" in doc[date.start - 1].text_with_ws
        if not at_line_start or date.end >= sentence.end or (
            doc[date.end].text not in DATELINE_DASHES
        ):
            return []
        lowers = lower_forms(doc)
        verb = next(
            (k for k in range(date.end + 1, sentence.end) if lowers[k] in self.term_verbs), None
        )
        if verb is None or not any(
            self._term_word(t) for t in doc[verb + 1 : min(sentence.end, verb + 5)]
        ):
            return []
        subjects = self._subjects_before(doc, sentence, ents, verb)
        return subjects + self._along_with(doc, sentence, ents, verb) if subjects else []

    def _relative_year_term(
        self, doc: Doc, sentence: Span, ents: list[Span], date: Span
    ) -> list[Span]:
        """A year named relative to the text's date ("this year", "next year") right after
        "holds the [rotating] chairmanship of X": the holder's term."""
        if len(date) != 2 or date[0].lower_ not in {"this", "next"} or date[1].lower_ != "year":
            return []
        window = range(date.start - 1, max(sentence.start, date.start - 16) - 1, -1)
        chair = next((k for k in window if doc[k].lower_ in CHAIR_VERBS), None)
        if chair is not None and date.start - chair <= 5:
            # "Argentina chairs CELAC this year", "which Laos will chair next year"
            return self._subjects_before(doc, sentence, ents, chair)
        noun = next((k for k in window if doc[k].lower_ in self.term_nouns), None)
        if noun is None or any(doc[k].text == "," for k in range(noun + 1, date.start)):
            return []  # not "serving its second term, for 2022-2024, did not stand this year"
        verb = next(
            (k for k in range(noun - 1, max(sentence.start, noun - 4) - 1, -1)
             if doc[k].lower_ in self.term_verbs),
            None,
        )
        return self._subjects_before(doc, sentence, ents, verb) if verb is not None else []

    def _possessed_term(
        self, doc: Doc, sentence: Span, ents: list[Span], date: Span
    ) -> Span | None:
        """"Viet Nam's presidency of the council in January": the country whose
        presidency or chairmanship is dated."""
        j = date.start - 1
        if j - 3 < sentence.start or doc[j].lower_ not in {"in", "during", "for"}:
            return None
        m = j - 1
        while m > sentence.start and j - m <= 5 and (
            doc[m].lower_ in {"of", "the"} or doc[m].is_lower and doc[m].lower_ not in
            self.term_nouns or doc[m].ent_type_ == "ORG"
        ):
            m -= 1
        if doc[m].lower_ not in ROTATING_OFFICES or m - 2 < sentence.start:
            return None  # not "suspended Russia's membership of the council in April 2022"
        if doc[m - 1].lower_ not in POSSESSIVES:
            return None
        return next((e for e in ents if e.end == m - 1 and e.label_ == "COUNTRY"), None)

    def _after_country(self, doc: Doc, i: int) -> bool:
        """Token ``i`` follows a country (past a comma): "A and B, which ran unopposed"."""
        k = i - 1 if i > 0 and doc[i - 1].text == "," else i
        return k > 0 and doc[k - 1].ent_type_ == "COUNTRY"

    def _named_after_term(self, doc: Doc, ents: list[Span], date: Span) -> list[Span]:
        """The countries named after "whose terms expire on DATE are"."""
        sentence = date.sent
        whose = [t.i for t in doc[sentence.start : date.start] if t.lower_ == "whose"]
        if not whose or date.end + 1 >= sentence.end or doc[date.end].lower_ not in {
            "are", "were", "include", "included"
        }:
            return []
        k = date.end + 1
        if doc[k].lower_ in ARTICLES:
            k += 1
        first = next((e for e in ents if e.start == k and e.label_ == "COUNTRY"), None)
        return self._country_list(ents, first, doc) if first is not None else []

    def _term_for(self, doc: Doc, ents: list[Span], date: Span) -> Span | None:
        """The country of "PERIOD for COUNTRY" in a sentence about serving or sitting."""
        sentence = date.sent
        if "/" not in str(date._.value) or date.end + 1 >= sentence.end:
            return None
        if doc[date.end].lower_ != "for" or not any(
            t.lower_ in self.term_verbs for t in doc[sentence.start : date.start]
        ):
            return None
        return next(
            (e for e in ents if e.start == date.end + 1 and e.label_ == "COUNTRY"), None
        )

    def _gapped_holder(self, doc: Doc, ents: list[Span], date: Span) -> Span | None:
        """The country of "and COUNTRY in DATE" after an earlier term in the sentence."""
        j = date.start - 1
        if j < 2 or doc[j].lower_ not in {"in", "for", "from", "until"}:
            return None
        country = next((e for e in ents if e.label_ == "COUNTRY" and e.end == j), None)
        if country is None:
            return None
        k = country.start - 1
        if k > 0 and doc[k].lower_ in ARTICLES:
            k -= 1
        return country if doc[k].lower_ in {"and", ","} else None

    def _held_by(self, doc: Doc, sentence: Span, ents: list[Span], date: Span) -> Span | None:
        """"the chairmanship has been held by Türkiye from 2010 to 2014 and China from
        2014 to 2018": the country right before the date, after "held by"."""
        j = date.start - 1
        if j <= sentence.start or doc[j].lower_ not in {"from", "in", "for"}:
            return None
        country = next((e for e in ents if e.label_ == "COUNTRY" and e.end == j), None)
        if country is None:
            return None
        if country.start > sentence.start and doc[country.start - 1].lower_ in {
            "after", "following"
        } and doc[j].lower_ == "in" and "/" in str(date._.value) and (
            not BODY_NOUNS.isdisjoint(lower_forms(doc)[sentence.start : country.start])
        ):
            # "would be the second Central Asian state on the council, after Kazakhstan in
            # 2017-2018": the term of the country that sat before
            return country
        for k in range(country.start - 1, max(sentence.start, country.start - 12), -1):
            if doc[k].lower_ == "by" and k > sentence.start and (
                doc[k - 1].lower_ in {"held", "chaired", "led"}
            ):
                return country
        return None

    def _its_term_owner(
        self, doc: Doc, sentence: Span, ents: list[Span], date: Span, word: str, after: str
    ) -> Span | None:
        """"its 2022-2026 term": the last country named before "its" in the sentence."""
        if word != "its" or after not in self.term_nouns:
            return None
        countries = [
            e for e in ents
            if e.label_ == "COUNTRY" and e.end <= date.start
            and not self._attribute_of_person(doc, e, ents)
        ]
        return countries[-1] if countries else None

    def _handed_over_on(
        self, doc: Doc, sentence: Span, ents: list[Span], date: Span
    ) -> Span | None:
        """"handed the rotating presidency of X to COUNTRY on DATE", "The presidency passes
        from A to B on July 1", "... to B yesterday": the country the term noun goes to; its
        term starts then."""
        j = date.start - 1
        if len(date) == 1 and date[0].is_alpha:  # "yesterday", "Friday": no "on" needed
            j = date.start if doc[j].lower_ != "on" else j
        country = next((e for e in ents if e.end == j and e.label_ == "COUNTRY"), None)
        if country is None or country.start - 1 <= sentence.start or (
            j < date.start and doc[j].lower_ != "on"
        ):
            return None
        k = country.start - 1
        if doc[k].lower_ == "the" and k - 1 > sentence.start:
            k -= 1  # "to the Lao People's Democratic Republic"
        if doc[k].lower_ != "to":
            return None
        window = lower_forms(doc)[max(sentence.start, k - 19) : k + 1]
        handed = any(word in self.handover_words for word in window)
        return country if handed and not self.term_nouns.isdisjoint(window) else None

    def _handed_to(
        self,
        doc: Doc,
        sentence: Span,
        ents: list[Span],
        cue: int,
        stop: int,
        *,
        any_word: bool = False,
    ) -> list[Span]:
        """"The chairmanship passed to Kyrgyzstan": the country it is handed to, by a
        handover word between the term noun at ``cue`` and ``stop``."""
        if not any_word and doc[cue].lower_ not in self.term_nouns:
            return []
        for token in doc[cue : min(stop, sentence.end - 1)]:
            if token.lower_ in self.handover_words:
                for k in range(token.i + 1, min(sentence.end - 1, token.i + 6)):
                    if doc[k].lower_ == "to" and doc[k + 1].ent_type_ == "COUNTRY":
                        country = next((e for e in ents if e.start == k + 1), None)
                        return [country] if country is not None else []
        return []

    def _candidacy(self, doc: Doc, sentence: Span, start: int, end: int) -> bool:
        """"the candidacy of X for ... 2027-2028": a term sought, not yet held (not in an
        apposition: "Viet Nam, the candidate of the group, previously served in 2008")."""
        first = max(sentence.start, start - 3)
        lowers = lower_forms(doc)[first:end]
        if self.candidacy_words.isdisjoint(lowers) and not RUN_WORDS.intersection(lowers):
            return False
        inside = self._closed_relative_clause(doc, sentence.start, end)
        window = [t for t in doc[first:end] if not inside[0] <= t.i < inside[1]]
        return any(t.lower_ in self.candidacy_words for t in window) or any(
            t.lower_ in RUN_WORDS and t.i + 1 < end
            and doc[t.i + 1].lower_ == "for"
            for t in window
        )

    def _fronted_handover(
        self, doc: Doc, sentence: Span, ents: list[Span], date: Span
    ) -> Span | None:
        """"On March 1 the presidency passes to France": a date opening the sentence, then
        an office handed over to a country."""
        opening = _after_dateline(doc, sentence, date.start)
        if date.start - opening > 1 or date.start > opening and doc[opening].lower_ not in {
            "on", "in", "from"
        }:
            return None
        k = date.end
        if k < sentence.end and doc[k].text == ",":
            k += 1
        if k + 4 >= sentence.end or doc[k].lower_ not in ARTICLES:
            return None
        m = k + 1
        while m < min(sentence.end, k + 4) and doc[m].lower_ not in self.term_nouns:
            m += 1
        if m + 3 >= sentence.end or doc[m].lower_ not in self.term_nouns:
            return None
        if doc[m + 1].lower_ not in self.handover_words or doc[m + 2].lower_ != "to":
            return None
        return next((e for e in ents if e.label_ == "COUNTRY" and e.start == m + 3), None)

    def _holder_of_dated_office(
        self, doc: Doc, sentence: Span, ents: list[Span], date: Span
    ) -> Span | None:
        """"Germany, holder of the April presidency": the country in apposition."""
        k = date.start - 1
        if k - 3 < sentence.start or date.end >= sentence.end:
            return None
        if doc[date.end].lower_ not in self.term_nouns or doc[k].lower_ != "the":
            return None
        if doc[k - 1].lower_ != "of" or doc[k - 2].lower_ not in {"holder", "holders"}:
            return None
        if doc[k - 3].text != ",":
            return None
        return next((e for e in ents if e.label_ == "COUNTRY" and e.end == k - 3), None)

    def _place_of_a_person(
        self, doc: Doc, sentence: Span, ents: list[Span], country: Span
    ) -> bool:
        """"Name studied in the then Soviet Union and served as Bulgaria's foreign minister
        in 1996-1997": a country after a preposition, with a person before it in the
        sentence, is a place in the person's story, not the subject of the term."""
        after = country.end
        while after < sentence.end and doc[after].lower_ in {"and"} | self.office_adverbs:
            after += 1
        if after == country.end or after >= sentence.end or (
            doc[after].lower_ not in self.term_verbs
        ):
            return False  # only "... in the then Soviet Union and served as ..."
        k = country.start - 1
        while k > sentence.start and doc[k].lower_ in ARTICLES | {"then", "former"}:
            k -= 1
        if k <= sentence.start or doc[k].lower_ not in {"in", "at", "from"}:
            return False
        return any(
            e.label_ == "PERSON" and sentence.start <= e.start and e.end <= k for e in ents
        )

    def _seat_body_between(self, doc: Doc, ents: list[Span], start: int, end: int) -> bool:
        """A body with elected seats (a council, commission, committee, board...)."""
        return any(
            ent.label_ == "ORG" and start <= ent.start < end and (
                ent[-1].text in SEAT_BODIES or ent.kb_id_.rpartition(" ")[2] in SEAT_BODIES
            )  # "the UNSC": its canonical name
            for ent in ents
        )

    def _fronted_date_cue(
        self, doc: Doc, sentence: Span, date: Span
    ) -> tuple[str, int, int] | None:
        """"In 2011 Lithuania will chair the organisation": a date opening the sentence,
        then the country and a term verb."""
        if date.start - sentence.start > 1:
            return None
        for token in doc[date.end : min(sentence.end, date.end + 6)]:
            if token.lower_ in self.term_verbs:
                return "term", token.i, token.i + 1
        return None

    def _nearest_cue(
        self,
        doc: Doc,
        sentence: Span,
        before: int,
        election_cues: list[tuple[int, int]],
        *,
        nouns: bool,
    ) -> tuple[str, int, int] | None:
        """The last election cue or term word before ``before``; term nouns ("term",
        "chairmanship") only count for periods."""
        cues = [
            (
                "term" if any(t.lower_ in self.term_verbs for t in doc[start:end]) else "elected",
                start,
                end,
            )
            for start, end in election_cues
            if start < before
        ]
        lowers = lower_forms(doc)
        cues += [
            ("term" if lowers[i] in self.term_verbs else "term-noun", i, i + 1)
            for i in range(sentence.start, before)
            if (lowers[i] in self.term_verbs or (nouns and lowers[i] in self.term_nouns))
            and not (i + 1 < len(doc) and doc[i + 1].text == "-")  # "run-off"
            and not (i + 1 < len(doc) and lowers[i + 1] == "part")  # "took part in"
            # "Colombia would run again in 2031": a candidacy, not a term running
            and not (lowers[i] == "run" and i > sentence.start and (
                lowers[i - 1] in CANDIDACY_AUXILIARIES
            ) and i + 1 < len(doc) and lowers[i + 1] in {"again", "for", "in"})

            # not a participle after its noun: "in elections held ... on Friday", nor holding
            # a meeting: "will hold its next regular session in February 2017"
            and not (i > sentence.start and lowers[i] == "held" and lowers[i - 1] in EVENT_NOUNS)
            # "a conference ... was held in Beijing on Monday", not "was held by Chile"
            and not (i > sentence.start and lowers[i] == "held" and lowers[i - 1] in {
                "was", "were", "is", "are", "be", "been", "being"
            } and (i + 1 >= len(doc) or lowers[i + 1] != "by"))
            and not (lowers[i] in {"hold", "holds", "held", "holding"}
                     and not EVENT_NOUNS.isdisjoint(lowers[i + 1 : min(before, i + 5)]))
        ]
        if not cues:
            return None
        return max(cues, key=lambda cue: cue[2])

    # -- RECEIVED_VOTES and OUT_OF ---------------------------------------------------

    def _received(self, doc: Doc, sentence: Span, ents: list[Span]) -> list[Relation]:
        counts = [
            ent
            for ent in ents
            if ent.label_ == "VOTE_COUNT"
            and not self._is_total(doc, ent)
            and not _abstaining(doc, ent.end)
            # "adopted with 100 in favour, 11 against": votes on a text
            and doc[ent.end : ent.end + 2].text.lower() not in {"in favour", "in favor"}
        ]
        if not counts:
            return []
        relations = self._respectively(doc, sentence, ents, counts)
        paired = {relation.child for relation in relations}
        for count in counts:
            if count in paired:
                continue
            after = doc[count.end : count.end + 2]
            cue = self._receive_cue(doc, sentence, count)
            tied = count.start - 2 > sentence.start and (
                doc[count.start - 1].lower_ in {"on", "at"}
                and doc[count.start - 2].lower_ in {"tied", "level", "deadlocked"}
            )  # "Kenya and Chile tied on 85"
            each = any(t.lower_ == "each" for t in after) and after[0].lower_ in {
                "each", "votes"
            } or cue is not None and cue > sentence.start and doc[cue - 1].lower_ == "each"
            if each or tied:  # "A and B were tied at 95 votes each", "A and B each received 167"
                holders = self._pair_before(doc, sentence, count.start) or (
                    self._subjects_before(doc, sentence, ents, cue or count.start)
                )
                if not each and (len(holders) < 2 or count.start - 2 - holders[-1].end > 2):
                    holders = []  # the tied pair right before: "A and B finished level on"
                relations += [  # not "Chile" of "A and B (191 votes each) and Chile (185)"
                    Relation(country, count, "RECEIVED_VOTES") for country in holders
                    if country.end <= count.start
                ]
                continue
            holder = self._vote_holder(doc, sentence, ents, count, counts)
            if holder is not None:
                relations.append(Relation(holder, count, "RECEIVED_VOTES"))
        # (not "the candidates nominated by Armenia and Portugal obtained 86 and 61 votes
        # respectively": the persons' votes, decision 17)
        return [r for r in relations if not _nominating(doc, r.head)]

    def _respectively(
        self, doc: Doc, sentence: Span, ents: list[Span], counts: list[Span]
    ) -> list[Relation]:
        """"A and B won 130 and 128 votes, respectively": the list of counts before
        "respectively" paired in order with the list of countries before (or after) it,
        or with the countries last elected ("They received 150, 140 and 130")."""
        marker = _first_word(doc, sentence, "respectively")
        implied = False
        if marker is None and len(counts) >= 2:
            # "Morocco and Togo, running ... without opposition, received 151 and 150.": the
            # counts closing the sentence after a verb of receiving
            last = sentence.end - 1
            while last > sentence.start and (doc[last].is_space or doc[last].is_punct):
                last -= 1
            if counts[-1].end == last + 1:
                marker, implied = last + 1, True
        listed = [c for c in counts if c.end <= marker] if marker is not None else []
        if not listed or marker - listed[-1].end > 8 or any(
            t.lower_ in CLAUSE_BREAKS for t in doc[listed[-1].end : marker]
        ):
            return []
        k = len(listed) - 1
        while k > 0 and all(
            t.lower_ in LIST_JOINERS for t in doc[listed[k - 1].end : listed[k].start]
        ):
            k -= 1
        listed = listed[k:]
        if len(listed) < 2 or implied and (
            doc[listed[0].start - 1].lower_ not in self.receive_verbs
        ):
            return []
        countries = [ent for ent in ents if ent.label_ == "COUNTRY"]
        before = [c for c in countries if c.end <= listed[0].start]
        after = [c for c in countries if listed[-1].end <= c.start < marker]
        for holders in (
            self._country_list(ents, before[-1], doc) if before else [],
            self._country_list(ents, after[0], doc) if after else [],
            [] if before else self._antecedents(doc, sentence.start, listed[0].start),
        ):
            if len(holders) == len(listed):
                pairs = zip(holders, listed, strict=True)
                return [Relation(c, n, "RECEIVED_VOTES") for c, n in pairs]
        return []

    def _is_total(self, doc: Doc, count: Span) -> bool:
        """"out of 193", "150 of the 190", "a majority of 97": a total or a threshold."""
        start = max(count.sent.start, count.start - 3)
        words = [t.lower_ for t in doc[start : count.start]]
        received = count.start > 0 and doc[count.start - 1].lower_ in self.receive_verbs
        if words[-2:] == ["out", "of"] or not received and any(
            word in {"majority", "required", "needed", "threshold"} for word in words
        ):  # (not "fell short of the 129 required with 128")
            return True
        after = [t.lower_ for t in doc[count.end : min(count.sent.end, count.end + 2)]]
        if after[:1] and after[0] in {"was", "were", "are", "is", "votes"}:
            after = after[1:]
        if after[:1] and after[0] in {"required", "needed", "necessary"}:
            return True  # "securing 80 votes when 86 were needed", "the 97 votes needed"
        k = count.end + (1 if after[:1] == ["member"] else 0)
        if k < count.sent.end and doc[k].lower_ in VOTER_NOUNS and k + 1 < len(doc) and (
            doc[k + 1].lower_ in {"voting", "present", "casting"}
        ):
            return True  # "with 190 (member) states voting": the voters, not anybody's votes
        if words[-1:] == ["of"] or words[-2:] == ["of", "the"]:
            before = doc[max(count.sent.start, count.start - 6) : count.start]
            return any(t.ent_type_ == "VOTE_COUNT" for t in before)
        return False

    def _vote_holder(
        self, doc: Doc, sentence: Span, ents: list[Span], count: Span, counts: list[Span]
    ) -> Span | None:
        if self._about_a_resolution(doc, sentence, count):
            return None
        if count.end < sentence.end and doc[count.end].lower_ in {"voting", "present"} and (
            doc[count.start - 1].lower_ == "with"
        ):
            return None  # "... 129 to 58, with 187 voting": the states voting, no one's
        if count.end < sentence.end and doc[count.end].lower_ in SPOILT_BALLOTS:
            return None  # "led 23 to 22, with two blank ballots": nobody's votes
        cell_start = count.start - 1
        while cell_start > 0 and doc[cell_start].is_space:
            cell_start -= 1
        if cell_start >= 0 and doc[cell_start].text == "|":
            # "| 1 | 145 | 121 |" under "| Round | New Zealand | Spain |": the column's country
            header = table_column_header(doc, count.start) or []
            starts = {t.i for t in header}
            named = [e for e in self._all_ents if e.start in starts]
            # (not "| Tedros (Ethiopia) |": a person's votes)
            if len(named) == 1 and named[0].label_ == "COUNTRY":
                return named[0]
            if named or not {"favour", "favor", "against", "abstentions", "yes", "no"}.isdisjoint(
                t.lower_ for t in header
            ):
                return None  # (not "| ES-11/1, aggression against Ukraine | 141 |" under "In
                # favour": votes on a text)
            # "| Eastern European Group | Estonia | 132 |" under "| Group | Candidate | Votes
            # |": the one country of the row
            row = [e for e in ents if e.label_ in {"COUNTRY", "PERSON"}
                   and line_bounds(doc, e.start) == line_bounds(doc, count.start)]
            return row[0] if len(row) == 1 and row[0].label_ == "COUNTRY" else None
        aligned = aligned_table_cell(doc, count.start)
        if aligned is not None:
            # "Round  Georgia  Lithuania" over "1  118  71": the column's country; under
            # "Votes", the country of the row ("Azerbaijan  141  elected"), not a person's
            header, label = aligned
            named = [e for e in self._all_ents if e.start in {t.i for t in header}]
            if len(named) == 1 and named[0].label_ == "COUNTRY":
                return named[0]
            if named or not {"favour", "favor", "against"}.isdisjoint(t.lower_ for t in header):
                return None
            row = [e for e in self._all_ents if e.start in {t.i for t in label}
                   and e.label_ in {"COUNTRY", "PERSON"}]
            if not row and _group_cell(label):
                # "Asia-Pacific   Bangladesh   138   elected" under "Seat  Candidate  Votes":
                # a group in the first column, the one country of the row
                row = [e for e in ents if e.label_ in {"COUNTRY", "PERSON"}
                       and line_bounds(doc, e.start) == line_bounds(doc, count.start)]
            return row[0] if len(row) == 1 and row[0].label_ == "COUNTRY" else None
        if country_result_row(doc, count.start):
            # "  Saudi Arabia  96   elected" with no header: the row's country
            return next((e for e in ents if e.label_ == "COUNTRY"
                         and line_bounds(doc, e.start) == line_bounds(doc, count.start)), None)
        if count.start > 1 and doc[count.start - 1].text == "," and (
            doc[count.start - 2].ent_type_ == "PERSON"
        ):
            return None  # "The tie-break went to Azoulay, 31 to 25": a person's votes
        loss = self._loss_tally(doc, sentence, ents, count, counts)
        if loss is not None:
            return loss
        rival = self._rival_of_second_count(doc, sentence, ents, count, counts)
        if rival is not None:
            return rival
        told = self._pronoun_tally(doc, sentence, ents, count, counts)
        if told is not None:
            return told
        opening = _after_dateline(doc, sentence, count.start)  # not a dateline's country
        before = [
            e
            for e in ents
            if e.label_ == "COUNTRY"
            and opening <= e.start and e.end <= count.start
            and not self._attribute_of_person(doc, e, ents)  # "Thomson of Fiji ... by 94"
        ]
        after = [e for e in ents if e.label_ == "COUNTRY" and e.start >= count.end]
        previous = [c for c in counts if c.end <= count.start]
        following = [c for c in counts if c.start >= count.end]
        j = count.start - 1
        people = [e for e in ents if e.label_ == "PERSON" and e.end <= count.start]
        # "Slovakia lost to Slovenia, which got 153 votes against 38": the relative clause's
        if before and self._relative_receiver(doc, before[-1], count):
            return before[-1]
        # "to get past Türkiye, whose 60 votes in the last round were barely half"
        if j - 1 > sentence.start and doc[j].lower_ == "whose" and doc[j - 1].text == ",":
            return next((e for e in before if e.end == j - 1), None)
        # "China collected 139, down from the 180 [votes] it won in 2016": the subject's
        k = count.end + 1 if count.end < sentence.end and doc[count.end].lower_ == "votes" else (
            count.end
        )
        if before and k + 1 < sentence.end and doc[k].lower_ == "it" and (
            doc[k + 1].lower_ in self.receive_verbs
        ):
            return before[0]
        # "Kazakhstan led by 113 votes to 77" after "the race between Kazakhstan and
        # Thailand": the first count is the subject's, the second its one rival's
        paired = bool(previous) and doc[count.start - 1].lower_ in {"to", "-", "against"} and (
            self._tally_pair(doc, previous[-1], count)
        )
        first = previous[-1] if paired else count
        lead = first.start - 1
        while lead > sentence.start and lead > first.start - 12 and (
            doc[lead].lower_ not in LEADING_FORMS
            and (doc[lead].is_lower or doc[lead].like_num or doc[lead].text == ",")
        ):
            lead -= 1  # "leading 112 to 76 in the first and 121 to 67 in the second"
        leader = next((e for e in before if e.end == lead), None) if (
            doc[lead].lower_ in LEADING_FORMS
            and (lead == first.start - 1 or doc[first.start - 1].lower_ == "and")
        ) else None
        if leader is not None and leader.label_ == "COUNTRY" and (
            paired or following and self._tally_pair(doc, count, following[0])
        ):
            # "with Costa Rica leading 112 to 76 in the first": the first count is the
            # leader's, the second its one rival's
            if not paired:
                return leader
            others = {e.kb_id_: e for e in before if e.kb_id_ != leader.kb_id_}
            return next(iter(others.values())) if len(others) == 1 else None
        if paired and first.start - 2 > sentence.start and doc[first.start - 1].lower_ == "it" and (
            doc[first.start - 2].lower_ in {"won", "wins", "took", "carried"}
        ):
            # "A restricted ballot between Georgia and Belarus followed: Georgia won it 124 to
            # 58": the ballot's other candidate has the second count
            subject = next((e for e in before if e.end == first.start - 2), None)
            others = {e.kb_id_: e for e in before
                      if subject is not None and e.kb_id_ != subject.kb_id_}
            if len(others) == 1:
                return next(iter(others.values()))
        by = first.start - 1
        rival = before[-1] if before and before[-1].end == by else None
        if rival is not None and rival.start - 2 > sentence.start and doc[by].lower_ == "by" and (
            doc[rival.start - 1].lower_ in self.tally_verbs and doc[rival.start - 2].lower_ == "it"
        ):
            # "it led Thailand by 113 votes to 77": the pronoun's antecedent, then the rival
            if paired:
                return rival
            if following and self._tally_pair(doc, count, following[0]):
                it = rival.start - 2
                antecedent = self._singular_antecedent(doc, it, it + 1)
                return antecedent[0] if antecedent else None
        pronoun = by - 2 > sentence.start and doc[by - 1].lower_ == "it"  # "Spain beat it by"
        verb = by - 2 if pronoun else by - 1
        if verb > sentence.start and doc[by].lower_ == "by" and (
            doc[verb].lower_ not in self.tally_verbs
        ):
            # "North Macedonia prevailed in the second by 121 votes to 58": past the round
            m = next((m for m in range(verb, max(sentence.start, verb - 5), -1)
                      if doc[m].lower_ in {"in", "on", "after"}), None)
            if m is not None and m - 1 > sentence.start and all(
                doc[j].is_lower for j in range(m, by)
            ) and doc[m - 1].lower_ in self.tally_verbs:
                verb = m - 1
        if verb > sentence.start and doc[by].lower_ == "by" and doc[verb].is_lower and (
            doc[verb].lower_ in self.tally_verbs
        ):
            k = verb
            while k - 1 > sentence.start and doc[k - 1].lower_ in {"had", "has", "have", "was"}:
                k -= 1
            subject = next((e for e in before if e.end == k), None)
            if subject is not None:
                if not paired:
                    return subject
                if pronoun:
                    antecedent = self._singular_antecedent(doc, by - 1, by)
                    return antecedent[0] if antecedent else None
                others = {e.kb_id_: e for e in before if e.kb_id_ != subject.kb_id_}
                rivals = self._rivals.get(subject.kb_id_, {})
                if len(others) == 1:
                    return next(iter(others.values()))
                return next(iter(rivals.values())) if len(rivals) == 1 else None
        # "Uruguay beat Honduras, 140 votes to 52" (but not "A's Name beat B's Name 143-48")
        trailing = bool(before) and _after_trailing(doc, before[-1])
        if following and before and trailing and self._tally_pair(doc, count, following[0]):
            return before[-1]  # "trailing Croatia by 114 votes to 112": Croatia's 114
        if previous and trailing and self._tally_pair(doc, previous[-1], count):
            subjects = self._subjects_before(doc, sentence, ents, before[-1].start - 1)
            if not subjects or subjects[0].kb_id_ == before[-1].kb_id_ or (
                subjects[0].start > 0 and doc[subjects[0].start - 1].lower_ == "by"
            ):
                return None  # "it was beaten by Hungary and Croatia, trailing Croatia ..."
            return subjects[0]
        if following and len(before) >= 2 and self._tally_pair(doc, count, following[0]) and (
            not people or people[-1].end <= before[-2].start
        ):
            cue = self._receive_cue(doc, sentence, count)
            m = before[-1].start - 1
            while m > sentence.start and doc[m].lower_ in ARTICLES:
                m -= 1
            if cue is not None and before[-1].end == cue and (
                doc[cue].lower_ in self.receive_verbs
                and doc[m].lower_ not in {"and", "between", ",", "or"}
            ):
                return before[-1]  # "Bhutan withdrew, and ... the Republic of Korea won 149"
            if self._coordinated_tally(doc, before, cue):
                return before[-1]  # "Mongolia led 121 to 68 ..., and won the second 131 to 58"
            main = self._participle_subject(doc, sentence, ents, before[-1].start)
            return main[0] if main else _subject_of_tally(before)
        # "X won 189 votes and Y 185", "Estonia 132, Romania 58", "Chile, 171;",
        # "Nepal, on 12", "North Macedonia's 98"
        if j >= sentence.start and doc[j].ent_type_ == "COUNTRY":
            return next((e for e in before if e.end == count.start), None)
        if j - 1 >= sentence.start and doc[j].lower_ in COUNT_ADVERBS and (
            doc[j - 1].ent_type_ == "COUNTRY"
        ):  # "and Ireland exactly 128"
            return next((e for e in before if e.end == j), None)
        k = j - 1 if j >= sentence.start and doc[j].lower_ in {"on", "with", "at"} else j
        rest = count.end + 1 if count.end < len(doc) and doc[count.end].lower_ in {
            "votes", "vote", "ballots"
        } else count.end  # "- Ghana: 183 votes" on its line
        line_end = rest >= len(doc) or "\n" in doc[rest - 1].whitespace_ + doc[rest].text
        separators = {",", "'s", "’s", ":"} if line_end else {",", "'s", "’s"}
        if line_end and k > sentence.start and doc[k].text in DASHES and (
            _listed_line_start(doc, k - 1)
        ):
            separators = separators | DASHES  # "• India – 188 votes"
        plural_owner = doc[k].text in {"'", "’"} and doc[k - 1].lower_.endswith("s")
        if k > sentence.start and (doc[k].text in separators or plural_owner) and (
            doc[k - 1].ent_type_ == "COUNTRY"  # "- Ghana: 183" lines, "the Maldives' 46"
        ):
            return next((e for e in before if e.end == k), None)
        if k != j and k > sentence.start and doc[k].text == "," and doc[j].lower_ == "with":
            # "followed by Switzerland, also a newcomer, with 187": past the apposition
            opening = next(
                (m for m in range(k - 1, max(sentence.start, k - 6), -1) if doc[m].text == ","),
                None,
            )
            if opening is not None and doc[opening - 1].ent_type_ == "COUNTRY" and all(
                t.is_lower for t in doc[opening + 1 : k]
            ):
                k = opening - 1
        if k != j and k >= sentence.start and doc[k].ent_type_ == "COUNTRY" and (
            doc[j].lower_ in {"on", "at"}
        ):
            # "..., with Finland on 108", "Finland at 108", "ahead of Georgia on 140"
            owner = next((e for e in before if e.end == k + 1), None)
            if owner is not None and owner.start > sentence.start and (
                doc[owner.start - 1].lower_ in {"with", ",", "and"}
                or doc[max(sentence.start, owner.start - 2) : owner.start].text.lower()
                in {"ahead of", "followed by"}
            ):
                return owner
        if k != j and k >= sentence.start and doc[k].ent_type_ == "COUNTRY" and (
            doc[j].lower_ == "with"
        ):  # "followed by the Maldives with 154, Vietnam with 145 and Kyrgyzstan with 126"
            listed = next((e for e in before if e.end == k + 1), None)
            m = listed.start - 1 if listed is not None else sentence.start
            while m > sentence.start and doc[m].lower_ in ARTICLES:
                m -= 1
            if listed is not None and m > sentence.start and (
                doc[m].lower_ in {",", "and"} or doc[m - 1 : m + 1].text.lower() == "followed by"
            ):
                return listed
        # "Japan beat Iran, its 158 votes dwarfing Iran's 32": the subject's votes
        if j > sentence.start and doc[j].lower_ == "its" and before:
            return before[0]
        # "COUNTRY (55)", "COUNTRY [55]", "COUNTRY — 55"
        if j > sentence.start and doc[j].text in {"(", "[", "\u2014", "\u2013"} and (
            doc[j - 1].ent_type_ == "COUNTRY"
        ):
            return next((e for e in before if e.end == j), None)
        # "55 votes for COUNTRY", "voted in favour of COUNTRY", "went to COUNTRY"
        for ent in after:
            gap = [t for t in doc[count.end : ent.start] if t.lower_ not in ARTICLES]
            if (
                gap
                and len(gap) <= 5
                and gap[-1].lower_ in {"for", "of", "to"}
                and not any(t.text in {",", ";"} or t.like_num for t in gap)
                and not any(t.ent_type_ == "PERSON" for t in gap)  # "90 for Name of Cyprus"
                # (not "received 83 votes and lost to Bulgaria": a clause of its own)
                and not any(t.lower_ in {"and", "but"} or t.lower_ in self.losing_verbs
                            for t in gap)
                and not (ent.end < len(doc) and doc[ent.end].lower_ in POSSESSIVES)
            ):
                return ent  # (not "129 votes to Djibouti's 62", a tally)
            break
        # "Turkey's tally fell to 60 votes", "Thailand's tally was 55", "its total of 60"
        m = j
        while m > sentence.start and j - m < 3 and (
            doc[m].lower_ in self.tally_changes or doc[m].lower_ in TALLY_LINKS
        ):
            m -= 1
        if m < j and m - 1 >= sentence.start and doc[m].lower_ in self.tally_nouns and (
            doc[m - 1].lower_ in POSSESSIVES
        ):
            return next((e for e in before if e.end == m - 1), None)
        # "Name, who was elected President ... with 143 votes": the person's votes
        who = next(
            (k for k in range(count.start - 1, sentence.start + 1, -1)
             if doc[k].lower_ == "who" or doc[k].text in {",", ";"}),
            None,
        )
        if who is not None and doc[who].lower_ == "who" and doc[who - 1].text == "," and (
            doc[who - 2].ent_type_ == "PERSON"
        ):
            return None
        # the subject of the receiving verb or of "supported by"
        cue = self._receive_cue(doc, sentence, count)
        if cue is not None and cue > sentence.start and doc[cue - 1].lower_ == "who":
            return None  # "Name of the United States, who won 139 of the 172 ballots"
        if cue is not None and cue > sentence.start and doc[cue - 1].lower_ in RELATIVE_PRONOUNS:
            holders = [e for e in before if e.end <= cue - 1]
            return holders[-1] if holders else None
        # "X led Y by 113 votes to 77": the counts go to subject and object in order
        if previous and doc[count.start - 1].lower_ in {"to", "-", "against"} and (
            self._tally_pair(doc, previous[-1], count)
            and len({e.kb_id_ for e in before}) < 2
        ):
            # "Kenya had led by 113 votes to 78": the rival is not named; the one rival
            # the text gave Kenya before, if there is only one
            rivals = self._rivals.get(before[0].kb_id_, {}) if before else {}
            return next(iter(rivals.values())) if len(rivals) == 1 else None
        if previous and doc[count.start - 1].lower_ in {"to", "-", "against"} and (
            len(before) >= 2 and self._coordinated_tally(
                doc, before, self._receive_cue(doc, sentence, previous[-1])
            )
        ):  # "..., and won the second 131 to 58": the second count is the subject's rival's
            rivals = {e.kb_id_: e for e in before if e.kb_id_ != before[-1].kb_id_}
            return next(iter(rivals.values())) if len(rivals) == 1 else None
        if previous and doc[count.start - 1].lower_ in {"to", "-", "against"} and len(before) >= 2:
            return before[-1] if not people or people[-1].end <= before[-2].start else None
        if following and len(before) >= 2 and self._tally_pair(doc, count, following[0]):
            return _subject_of_tally(before)
        if cue is None:
            return None
        if doc[cue].lower_.endswith("ing") and doc[cue - 1].text == ",":
            # "Kenya defeated Djibouti, winning 129 votes": the subject of the main clause
            # (a person's votes when a person opens it: "Name of Japan won the race ... in
            # Abidjan, Côte d'Ivoire, taking 102 votes")
            opener = next((e for e in ents if e.end <= cue), None)
            if opener is not None and opener.label_ == "PERSON" and opener.start <= (
                sentence.start + 1
            ):
                return None
            subject = next((e for e in before if not self._attribute_of_person(doc, e, ents)), None)
            if subject is not None and subject.start < cue:
                return subject
        subjects = self._subjects_before(doc, sentence, ents, cue)
        return subjects[-1] if len(subjects) == 1 else (subjects[0] if subjects else None)

    def _about_a_resolution(self, doc: Doc, sentence: Span, count: Span) -> bool:
        """The votes were cast on a text ("The US-drafted resolution ... was adopted with
        29 votes", "a Brazilian draft that won 12 votes"): a resolution noun before the
        count and no word of a seat election in the sentence."""
        lowers = lower_forms(doc)
        return not self.resolution_nouns.isdisjoint(
            lowers[sentence.start : count.start]
        ) and self.seat_words.isdisjoint(lowers[sentence.start : sentence.end])

    def _relative_receiver(self, doc: Doc, country: Span, count: Span) -> bool:
        """", which got 153 votes": the count right after a relative clause's receiving verb
        whose antecedent is ``country``."""
        gap = [t.lower_ for t in doc[country.end : count.start]]
        return (
            2 < len(gap) <= 5
            and gap[0] == ","
            and gap[1] in {"which", "who"}
            and gap[-1] in self.receive_verbs
            and all(word.isalpha() for word in gap[1:])
        )

    def _rival_of_second_count(
        self, doc: Doc, sentence: Span, ents: list[Span], count: Span, counts: list[Span]
    ) -> Span | None:
        """"A restricted second ballot between Chile and Peru decided the twentieth seat.
        Chile won it by 83 votes to 72": the second count of a tally, in a sentence naming
        one country, goes to the other of the two countries the sentence before names."""
        previous = [c for c in counts if c.end <= count.start]
        if not previous or not self._tally_pair(doc, previous[-1], count) or (
            sentence.start == 0
        ):
            return None
        named = {e.kb_id_: e for e in ents if e.label_ == "COUNTRY"}
        if len(named) != 1 or any(e.label_ == "PERSON" for e in ents):
            return None  # (not "defeating Qatar's Al-Kawari by 30 votes to 28": a person's)
        before = {e.kb_id_: e for e in _span_ents(doc[sentence.start - 1].sent)
                  if e.label_ == "COUNTRY"}
        if len(before) != 2 or not set(named) < set(before):
            return None
        return next(e for kb_id, e in before.items() if kb_id not in named)

    def _coordinated_tally(self, doc: Doc, before: list[Span], cue: int | None) -> bool:
        """The verb of a tally is the second of two verbs sharing the last country named as
        their subject ("Mongolia led 121 to 68 in the first round, ..., and won the second
        131 to 58")."""
        if cue is None or not before or doc[cue - 1].lower_ != "and":
            return False
        subject = before[-1]
        return subject.end < cue - 1 and doc[subject.end].is_lower and (
            doc[subject.end].lower_ in self.receive_verbs | self.tally_verbs
        )

    def _pronoun_tally(
        self, doc: Doc, sentence: Span, ents: list[Span], count: Span, counts: list[Span]
    ) -> Span | None:
        """"On the first ballot Pakistan led 23 to 22 ... On the second it won 27 to 19": in a
        sentence naming nobody, a tally after "it" and a verb of receiving gives the first
        count to the country "it" stands for and the second to its one rival (the rival of
        its contest, else the one other country of the two sentences before)."""
        previous = [c for c in counts if c.end <= count.start]
        following = [c for c in counts if c.start >= count.end]
        if following and self._tally_pair(doc, count, following[0]):
            first, lead = True, count
        elif previous and self._tally_pair(doc, previous[-1], count):
            first, lead = False, previous[-1]
        else:
            return None
        verb = lead.start - 1
        if verb - 1 <= sentence.start or doc[verb].lower_ not in self.receive_verbs or (
            doc[verb - 1].lower_ != "it"
        ) or any(e.label_ in {"COUNTRY", "PERSON"} for e in ents):
            return None
        antecedent = self._singular_antecedent(doc, sentence.start, verb)
        if len(antecedent) != 1:
            return None
        subject = antecedent[0]
        if first:
            return subject
        rivals = {kb_id: e for kb_id, e in self._rivals.get(subject.kb_id_, {}).items()}
        if not rivals and sentence.start > 0:
            above = doc[sentence.start - 1].sent
            before = [above] + ([doc[above.start - 1].sent] if above.start > 0 else [])
            rivals = {e.kb_id_: e for part in before for e in _span_ents(part)
                      if e.label_ == "COUNTRY" and e.kb_id_ != subject.kb_id_}
        return next(iter(rivals.values())) if len(rivals) == 1 else None

    def _loss_tally(
        self, doc: Doc, sentence: Span, ents: list[Span], count: Span, counts: list[Span]
    ) -> Span | None:
        """"Turkey ... was beaten by Spain ..., by 132 votes to 60", "Belarus ... lost to
        Slovenia by 153 votes to 38": the winner after the verb of losing has the first count,
        the loser before it the second."""
        previous = [c for c in counts if c.end <= count.start]
        following = [c for c in counts if c.start >= count.end]
        if following and self._tally_pair(doc, count, following[0]):
            first = True
        elif previous and self._tally_pair(doc, previous[-1], count):
            first = False
        else:
            return None
        lowers = lower_forms(doc)
        for k in range(sentence.start + 1, count.start - 1):
            loss = lowers[k : k + 2] in (["beaten", "by"], ["defeated", "by"], ["lost", "to"],
                                         ["outvoted", "by"])
            to = k + 1
            if not loss and lowers[k] == "lost":
                # "lost the last seat to the Czech Republic by 112 votes to 109"
                to = next((m for m in range(k + 2, min(count.start, k + 6))
                           if lowers[m] == "to"), 0)
                loss = bool(to) and all(
                    doc[m].is_lower and not doc[m].ent_type_ for m in range(k + 1, to)
                )
            if not loss:
                continue
            winner = next(
                (e for e in ents if e.label_ == "COUNTRY" and e.start in {to + 1, to + 2}), None
            )
            loser = next(
                (e for e in reversed(ents) if e.label_ == "COUNTRY" and e.end <= k
                 and not self._attribute_of_person(doc, e, ents)),
                None,
            )
            if winner is None or loser is None or any(
                t.text in {";"} or t.lower_ in {"while", "whereas"} for t in doc[k : count.start]
            ) or any(
                e.label_ == "COUNTRY" and winner.end <= e.start < count.start for e in ents
            ) or any(
                lowers[m] in RELATIVE_PRONOUNS or lowers[m] == "for"
                for m in range(winner.end, min(sentence.end, count.end + 1))
            ):
                # (not "beaten by Hungary and Croatia, trailing Croatia by 114", nor "lost to
                # Slovenia, which got 153 votes against 38 for Belarus")
                return None
            return winner if first else loser
        return None

    def _tally_pair(self, doc: Doc, first: Span, second: Span) -> bool:
        gap = [t.lower_ for t in doc[first.end : second.start]]
        return gap in (["votes", "to"], ["to"], ["-"], ["votes", "against"])

    def _receive_cue(self, doc: Doc, sentence: Span, count: Span) -> int | None:
        if count.start - 3 > sentence.start and doc[count.start - 1].lower_ == "or" and (
            doc[count.start - 2].text == ","
        ):
            # "obtained 96 percent of the votes, or 183 votes": the share's verb
            for k in range(count.start - 3, max(sentence.start, count.start - 10) - 1, -1):
                if doc[k].lower_ in self.receive_verbs:
                    return k
                if doc[k].text == ";" or doc[k].ent_type_ == "COUNTRY":
                    break
        for k in range(count.start - 1, max(sentence.start, count.start - 6) - 1, -1):
            word = doc[k].lower_
            if word in self.receive_verbs:
                return k
            if word == "to" and k - 1 > sentence.start and doc[k - 1].lower_ in self.tally_changes:
                return k - 1  # "Portugal climbed to 113 votes"
            if word in {",", ";"} or doc[k].ent_type_ == "COUNTRY":
                break
        for start, _ in self.support_cues.find(sentence):
            if start < count.start and count.start - start <= 6:
                return start
        return None

    def _out_of(self, doc: Doc, sentence: Span, ents: list[Span]) -> list[Relation]:
        counts = [ent for ent in ents if ent.label_ == "VOTE_COUNT"]
        relations = []
        for k, (part, total) in enumerate(zip(counts, counts[1:], strict=False)):
            gap = _without_share([t.lower_ for t in doc[part.end : total.start]])
            while len(gap) > 2 and gap[-1] in POSSESSIVES:
                gap = gap[:-2]  # "Thirteen of the council's 15"
            if gap[-2:] == ["a", "possible"]:
                gap = gap[:-2]  # "187 votes out of a possible 193"
            after = [t.lower_ for t in doc[total.end : min(len(doc), total.end + 2)]]
            if gap[-2:-1] and gap[-2] in {"ahead", "short", "behind"}:
                continue  # "with 151 votes, ahead of Austria's 133": two countries' counts
            if len(gap) <= 7 and not any(word in THRESHOLD_WORDS for word in gap + after) and (
                gap[-2:] in (["out", "of"], ["of", "the"]) or gap[-3:] == ["out", "of", "the"]
                or gap[-1:] == ["of"]
            ):
                # "150, 148 and 101 votes respectively out of 190": every count of the list
                parts = [part]
                for earlier in reversed(counts[:k]):
                    between = doc[earlier.end : parts[-1].start]
                    if not all(t.lower_ in LIST_JOINERS for t in between):
                        break
                    parts.append(earlier)
                relations += [Relation(p, total, "OUT_OF") for p in parts]
            elif "cast" in gap and (gap[-3:] == [",", "of", "which"] or gap[-1:] == ["and"]) and (
                [t.lower_ for t in doc[total.end : total.end + 2]] in (["were", "valid"],
                                                                      ["valid", "."])
                if gap[-1:] == ["and"] else SPOILT_OR_ABSTAINING.isdisjoint(after)
            ) and len(gap) <= 6:
                # "There were 188 ballots cast, of which 187 were valid", "188 ballots were
                # cast and 187 were valid": the valid part of the ballots cast
                relations.append(Relation(total, part, "OUT_OF"))
        comma = _fronted_total(doc, sentence, counts[0]) if len(counts) >= 2 else None
        if comma is not None:
            # "Of the 192 ballots cast, Norway and Ireland received 130 and 128 votes"
            lowers = lower_forms(doc)
            semicolon = next((k for k in range(comma, sentence.end) if lowers[k] == ";"),
                             sentence.end)
            relations += [
                Relation(part, counts[0], "OUT_OF") for part in counts[1:]
                if part.start < semicolon
                and THRESHOLD_WORDS.isdisjoint(lowers[max(comma, part.start - 3) : part.start])
                # not "seven were invalid", "one abstention"
                and SPOILT_OR_ABSTAINING.isdisjoint(lowers[part.end : part.end + 2])
            ]
        return relations

    # -- COMPETED_WITH ---------------------------------------------------------------

    def _counted_contest_ahead(
        self, doc: Doc, sentence: Span, ents: list[Span]
    ) -> list[Relation]:
        """"Thirteen candidates contested the twelve Part III seats. The ballot gave:" and a
        table or list of thirteen countries: more candidates than seats, each with each. So
        does a part's heading counting both: "Category A — ten States with the largest
        interest in ... (eleven candidates):"."""
        if any(e.label_ == "COUNTRY" for e in ents):
            return []
        lowers = lower_forms(doc)
        words = lowers[sentence.start : sentence.end]
        if self.candidate_nouns.isdisjoint(words) and self.competing_words.isdisjoint(words) and (
            "sought" not in words
        ):
            return []
        counts = [
            (k, self._count_at(lowers, k, sentence.end))
            for k in range(sentence.start, sentence.end - 1)
        ]
        counted = next((n for k, n in counts if n and lowers[k + 1] in self.candidate_nouns),
                       None)
        if counted and _heading_line(doc, sentence):
            # "Region B (Eastern Europe), 5 seats, 7 candidates": the seats are the States,
            # members or seats the heading counts
            candidates = counted
            seats = next((n for k, n in counts if n and lowers[k + 1] in SEAT_COUNT_NOUNS), None)
        elif self.competing_words.isdisjoint(words) and "sought" not in words:
            return []
        else:
            candidates = next((n for k, n in counts if n and lowers[k + 1]
                               in self.candidate_nouns | {"countries", "states"}), None)
            seats = next((n for k, n in counts if n and "seats" in lowers[k + 1 : k + 4]),
                         None)
        if not candidates or not seats or candidates <= seats:
            return []
        listed: dict[str, Span] = {}
        following = sentence
        started = False
        while following.end < len(doc):
            following = doc[following.end].sent
            countries = [e for e in _span_ents(following) if e.label_ == "COUNTRY"]
            if started and _part_heading(doc, following):
                break  # the next part: "Category B — ten States ...: Argentina, ..."
            if _list_line(doc, following) and countries:
                started = True
                for country in countries[:1]:
                    listed.setdefault(country.kb_id_, country)
            elif started or _span_ents(following) and not countries and not _sublist_heading(
                doc, following
            ) or countries:
                break  # (a colon line or a table header may come first)
        return _all_pairs(list(listed.values())) if len(listed) == candidates else []

    def _candidates_for_seats(self, doc: Doc, sentence: Span) -> list[Relation]:
        """"Part II drew thirteen candidates for twelve seats, and twelve of them were elected:
        A (160), ... Portugal, the thirteenth candidate, missed out", "Africa: ten seats,
        twelve candidates." then the elected and the losers: more candidates than seats, and
        exactly that many countries named from this sentence on (before the next count of
        candidates), each with each."""
        lowers = lower_forms(doc)
        words = lowers[sentence.start : sentence.end]
        if self.candidate_nouns.isdisjoint(words) or SEAT_NOUN_PLURALS.isdisjoint(words):
            return []
        counted = self._counted(lowers, sentence.start, sentence.end, self.candidate_nouns)
        seats = self._counted(lowers, sentence.start, sentence.end, SEAT_NOUN_PLURALS)
        if counted is None or seats is None or abs(counted[0] - seats[0]) > 6 or (
            counted[1] <= seats[1]
        ):
            return []
        candidates = counted[1]
        named: dict[str, Span] = {}
        following = sentence
        for _ in range(CANDIDATE_LINES):
            countries = {e.kb_id_: e for e in _span_ents(following) if e.label_ == "COUNTRY"
                         and not _nationality_of_person(doc, e)}
            later = lowers[following.start : following.end]
            # the candidates named as such (decision 15): in the counting sentence, in list
            # lines and "Elected:" / "Not elected:" lines, or in a sentence that calls them
            # candidates or losers ("Portugal, the thirteenth candidate, missed out")
            listed = following is sentence or _list_line(doc, following) or (
                not (self.candidate_nouns | {"candidate"}).isdisjoint(later)
                or not (NEGATIONS | LOSING_OUTCOMES).isdisjoint(later) or "elected" in later[:3]
                # the results of the contest: "Czechia came first with 128 votes, ..., and all
                # four won seats on the Board" (not one group's seat of several races: "won
                # the Asia-Pacific seat")
                or "seat" not in later and bool(self._election_cues(doc, following))
                # "Algeria (84), Tanzania (80) and Botswana (52) go to a second ballot"
                or not BALLOT_ROUND_WORDS.isdisjoint(later)
            )
            if not listed and countries.keys() - named.keys():
                break  # a sentence of prose naming other countries
            named.update(countries)
            if len(named) >= candidates or following.end >= len(doc):
                break
            following = doc[following.end].sent
            later = lowers[following.start : following.end]
            if _part_heading(doc, following) or not (
                self.candidate_nouns.isdisjoint(later) or SEAT_NOUN_PLURALS.isdisjoint(later)
            ):
                break  # the next part, or the next count of candidates
        return _all_pairs(list(named.values())) if len(named) == candidates else []

    def _named_candidates(
        self, doc: Doc, sentence: Span, ents: list[Span], countries: list[Span]
    ) -> list[Relation]:
        """"The eleven candidates were China, Greece, ... and the United States" under a
        heading of ten seats, "A, B, ... were the ten candidates, and the Congress elected
        nine of them": as many countries as the candidates counted, for fewer seats, each
        with each."""
        lowers = lower_forms(doc)
        counted = next(
            (k for k in range(sentence.start, sentence.end - 2)
             if lowers[k + 1] in self.candidate_nouns and self._count_at(lowers, k, k + 1)
             and ("were" in {lowers[k - 1] if k > sentence.start else "", lowers[k + 2]}
                  or lowers[k - 2 : k] == ["were", "the"])),
            None,
        )  # "The eleven candidates were", "were the ten candidates"
        if counted is None or len(countries) < 3:
            return []
        candidates = self._count_at(lowers, counted, counted + 1)
        group = self._country_list(ents, countries[0], doc)
        if len(group) != candidates:
            return []
        seats = next((self._count_at(lowers, k, k + 1) for k in range(counted + 2, sentence.end - 2)
                      if lowers[k + 1 : k + 3] == ["of", "them"]), None)  # "elected nine of them"
        if seats is None and sentence.start > 0:
            # "CATEGORY (A) — ten States with the largest interest in ... (eleven candidates)"
            above = doc[sentence.start - 1].sent
            if _heading_line(doc, above) and (
                found := self._counted(lowers, above.start, above.end, SEAT_COUNT_NOUNS)
            ):
                seats = found[1]
        return _all_pairs(group) if seats is not None and seats < candidates else []

    def _n_way_race(self, doc: Doc, sentence: Span, countries: list[Span]) -> list[Relation]:
        """"South Korea was edged out of a five-way race for four seats by Bangladesh, the
        Maldives, Viet Nam and Kyrgyzstan": a counted race naming exactly that many countries
        in the sentence, each against each."""
        lowers = lower_forms(doc)
        words = lowers[sentence.start : sentence.end]
        if "way" not in words:
            return []
        for k in range(sentence.start, sentence.end - 3):
            if lowers[k + 1 : k + 4] not in (["-", "way", "race"], ["-", "way", "contest"],
                                             ["-", "way", "battle"]):
                continue
            count = self._count_at(lowers, k, sentence.end)
            # a race told in a "while" clause holds the countries after "while" only: not
            # "Mongolia won ..., while Sweden was left out of a three-way race"
            start = max([m + 1 for m in range(sentence.start, k)
                         if lowers[m] in CLAUSE_SPLITTERS] + [sentence.start])
            field = list({c.kb_id_: c for c in countries if c.start >= start}.values())
            if count and count >= 2 and len(field) == count:
                return _all_pairs(field)
        return []

    def _chosen_over(self, doc: Doc, sentence: Span, countries: list[Span]) -> list[Relation]:
        """"the General Assembly chose Slovenia over Belarus", "elected Estonia ..., choosing
        it over Romania": the country chosen and the one it was preferred to competed."""
        lowers = lower_forms(doc)
        found: list[Relation] = []
        if "over" not in lowers[sentence.start : sentence.end]:
            return found
        for k in range(sentence.start + 2, sentence.end - 1):
            if lowers[k] != "over":
                continue
            first = k + 2 if lowers[k + 1] == "the" else k + 1
            loser = next((c for c in countries if c.start == first), None)
            if lowers[k - 1] == "it" and lowers[k - 2] in OVER_CHOICES:
                # "choosing it over Romania": the country the sentence named before
                chosen = next((c for c in reversed(countries) if c.end < k - 1), None)
            else:
                chosen = next((c for c in countries if c.end == k), None)
                verb = chosen.start - 1 if chosen is not None else k
                if verb > sentence.start and lowers[verb] == "the":
                    verb -= 1
                if lowers[verb] not in OVER_CHOICES:
                    continue
            if loser is None or chosen is None or chosen.kb_id_ == loser.kb_id_:
                continue
            found.append(Relation(chosen, loser, "COMPETED_WITH"))
        return found

    def _competed(self, doc: Doc, sentence: Span, ents: list[Span]) -> list[Relation]:
        countries = [ent for ent in ents if ent.label_ == "COUNTRY"]
        lowers = lower_forms(doc)
        if not countries or len(countries) == 1 and {"it", "candidate", "all"}.isdisjoint(lowers[
            sentence.start : sentence.end
        ]) or not self._electoral(sentence, ents):
            return []  # (one country may compete with the pronoun's: "it ... against Thailand",
            # or with those elected before: "Slovenia, the seventh candidate for the six seats",
            # "vying with all four")
        if self._about_a_resolution(doc, sentence, doc[sentence.end - 1 : sentence.end]):
            return []  # "the embargo imposed by the United States against Cuba" in a text
        counted = self._counted(lowers, sentence.start, sentence.end, self.candidate_nouns)
        seats = counted and self._counted(lowers, counted[0] + 2, sentence.end, SEAT_NOUN_PLURALS)
        if counted and seats and counted[1] <= seats[1]:
            return []  # "four candidates ran for four seats, and all were elected": no contest
        relations = self._colon_contest(doc, sentence, countries) + self._named_candidates(
            doc, sentence, ents, countries
        ) + self._chosen_over(doc, sentence, countries) + self._n_way_race(
            doc, sentence, countries
        )
        for cue_start, cue_end in self.competition_cues.find(sentence):
            if lowers[cue_start] == "against" and cue_start > sentence.start and (
                lowers[cue_start - 1] in CAMPAIGN_VERBS
            ):
                continue  # "Rights groups had campaigned against the candidacies of A, B"
            left = [c for c in countries if c.end <= cue_start]
            # not "defeating Afghanistan's Zalmai Rassoul": the person's race
            right = [
                c for c in countries
                if c.start >= cue_end and not self._attribute_of_person(doc, c, ents)
            ]
            if doc[cue_start].lower_ == "pitted" and right and right[0].start - cue_end <= 1:
                # "The race pitted Canada against Norway and Ireland": every pair
                group = self._country_list(ents, right[0], doc)
                versus = [c for c in right if c.start > group[-1].end]
                if versus and doc[group[-1].end].lower_ == "against":
                    group += self._country_list(ents, versus[0], doc)
                relations += _all_pairs(group)
                continue
            if doc[cue_start].lower_ == "contested" and right:
                # "contested by A, B and C", not "the only contested race, while A, B ..."
                between = lower_forms(doc)[cue_end : right[0].start]
                if right[0].start - cue_end <= 2 and "by" in between or between[-1:] == [":"]:
                    relations += _all_pairs(self._country_list(ents, right[0], doc))
                continue
            if right and cue_end < sentence.end and doc[cue_end].lower_ in {
                "between", "among", "amongst"
            } and right[0].start - cue_end <= 2:
                # "ending a 47-round contest between Guatemala and Venezuela": those two only
                relations += _all_pairs(self._country_list(ents, right[0], doc))
                continue
            if not left and right and right[0].start - cue_end <= 1:
                # "In June 2016 it won a seat ..., receiving 138 votes in a runoff against
                # Thailand": the pronoun's country
                subjects = self._subjects_before(doc, sentence, ents, cue_start)
                rivals = self._country_list(ents, right[0], doc)
                relations += [Relation(a, b, "COMPETED_WITH") for a in subjects for b in rivals
                              if a.kb_id_ != b.kb_id_]
                if subjects and len(rivals) >= 2:
                    relations += _all_pairs(rivals)  # rivals named together (decision 15)
                continue
            if left and not right and cue_end < sentence.end and doc[cue_end].lower_ == "it":
                # "Turkey, which ..., failed in 2014, when Spain beat it by 132 votes to 60"
                rivals = self._singular_antecedent(doc, cue_end, cue_end + 1)
                subjects = self._subjects_before(doc, sentence, ents, cue_start)
                relations += [Relation(a, b, "COMPETED_WITH") for a in subjects for b in rivals
                              if a.kb_id_ != b.kb_id_]
                continue
            if left and not right and cue_end + 1 < sentence.end and (
                doc[cue_end].lower_ in {"all", "the"} and self._count_at(
                    lowers, cue_end + 1, sentence.end
                )
            ):
                # "Saudi Arabia, which had been vying with all four for the region's places,
                # came up short": the countries just elected, as many as counted
                rivals = [c for c in self._antecedents(doc, cue_end, cue_end + 2)
                          if c.kb_id_ != left[-1].kb_id_]
                if len(rivals) == self._count_at(lowers, cue_end + 1, sentence.end):
                    relations += _all_pairs([*rivals, left[-1]])
                continue
            if left and not right and cue_end < sentence.end and doc[cue_end].lower_ == "both":
                # "Norway and Ireland took the two seats, while Canada, which lost to both,
                # finished with 108": the three competed
                others = {c.kb_id_: c for c in left if c.kb_id_ != left[-1].kb_id_}
                if len(others) == 2:
                    relations += _all_pairs([*others.values(), left[-1]])
                continue
            if not left or not right:
                continue
            if doc[cue_start].lower_ == "against" and (
                cue_end >= sentence.end or doc[cue_end].lower_ in {"and", ",", ";", "while"}
                or doc[cue_start - 1].lower_ in HOSTILE_NOUNS  # "the war against Ukraine"
            ):
                continue  # "the United States and Israel voting against and Brazil abstaining"
            round_of_voting = doc[cue_start - 1].lower_ == "voting" and (
                doc[cue_start - 2].lower_ == "of"
            )
            if doc[cue_start].lower_ == "against" and any(
                t.lower_ in {"voted", "vote", "votes", "voting"}
                and not (t.i > 0 and doc[t.i - 1].ent_type_ == "VOTE_COUNT")
                for t in doc[left[-1].end : cue_start]
            ) and not round_of_voting:
                continue  # "A voted against B's draft", not "a round of voting against B"
                # nor "A collected 138 votes against B's 55"
            gap = [t for t in doc[cue_end : right[0].start] if t.lower_ not in ARTICLES]
            if len(gap) > 2 or any(t.text in {",", ";"} or t.lower_ in CLAUSE_BREAKS for t in gap):
                continue  # not "in the only contested race, while Algeria, Guyana ..."
            if gap and self._opens_clause(doc, right[0]):
                continue  # "fought for the seat Japan was about to vacate"
            subjects = [
                country for country in (
                    self._participle_subject(doc, sentence, ents, cue_start + 1)
                    or self._subjects_before(doc, sentence, ents, cue_start)
                )
                if not (country.end < len(doc) and doc[country.end].lower_ in POSSESSIVES)
                and not _noun_adjunct(doc, country, cue_start)  # "US blockade against Cuba"
                # but "It was Canada's second failed bid, after it lost to Germany": "it"
                or doc[cue_start - 1].lower_ == "it"
            ]  # "Russia's war against Ukraine" is not a race
            if cue_start - 3 >= sentence.start and lowers[cue_start - 1] in {"which", "who"} and (
                lowers[cue_start - 2] == ","
            ):
                # "Also elected were Algeria, Guyana and Slovenia, which beat Belarus": the
                # relative clause is about the country right before it
                antecedent = [c for c in subjects if c.end == cue_start - 2]
                if antecedent and len({c.kb_id_ for c in subjects}) >= 3:
                    subjects = antecedent  # (a pair may have beaten the rival together)
            if not subjects:
                continue
            rivals = self._country_list(ents, right[0], doc)
            # "defeated Benin and Poland beat Albania": Poland starts a clause of its own
            clause = next((c for c in rivals[1:] if self._opens_clause(doc, c)), None)
            rivals = [c for c in rivals if clause is None or c.start < clause.start]
            relations += _all_pairs(rivals)  # "competing against Ecuador and Jamaica"
            relations += [Relation(a, b, "COMPETED_WITH") for a in subjects for b in rivals]
        relations += self._lost_race_to(doc, sentence, ents)
        lowers = lower_forms(doc)
        for winner in countries:
            # "Estonia's victory in the vote over Romania"
            k = winner.end
            if k + 2 < sentence.end and lowers[k] in POSSESSIVES and lowers[k + 1] in {
                "victory", "win", "triumph"
            }:
                over = next((m for m in range(k + 2, min(sentence.end - 1, k + 8))
                             if lowers[m] == "over"), None)
                loser = next((c for c in countries if over is not None and c.start in {
                    over + 1, over + 2} and not any(t.text == "," for t in doc[k:over])), None)
                if loser is not None and loser.kb_id_ != winner.kb_id_:
                    relations.append(Relation(winner, loser, "COMPETED_WITH"))
        # "The African Group's four candidates, A, B, C and D, ran unopposed"
        uncontested = not UNCONTESTED.isdisjoint(lowers[sentence.start : sentence.end]) or any(
            lowers[m] == "no" and lowers[m + 1] in {"contest", "race", "competition"}
            for m in range(sentence.start, sentence.end - 1)
        )  # "In the Asia-Pacific group, where there was no contest, ... four candidates"
        cues = self.candidate_nouns | self.competing_words | {"between", "among", "amongst",
                                                              "candidate"} | FACING_OFF
        cues = cues | SEEKING_VERBS
        for token in (doc[i] for i in range(sentence.start, sentence.end) if lowers[i] in cues):
            # "The candidates for the two seats were Chile, Peru and Togo", "Candidates from
            # the group - A, B and C - sought three seats", "A, B and C had put forward their
            # candidacies", "A and B were the two contenders"
            # "All five candidates of the group - A, B, C, D and E - won seats": no contest
            every = "all" in lowers[max(sentence.start, token.i - 3) : token.i]
            # "Ghana, Lesotho and the Gambia had each put forward a candidate"
            each_one = token.lower_ == "candidate" and "each" in lowers[token.i - 4 : token.i]
            if token.lower_ == "candidate" and token.i - 3 >= sentence.start and (
                lowers[token.i - 3 : token.i - 1] == [",", "the"]
                and lowers[token.i - 1] in CANDIDATE_ORDINALS
            ):
                # "A and B were elected ..., while Russia, the third candidate for the two
                # seats, garnered 83": the three competed
                third = next((c for c in countries if c.end == token.i - 3), None)
                elected = [c for c in countries if c.kb_id_ in self._elected_here]
                seats = lowers[token.i + 3] if token.i + 3 < sentence.end and lowers[
                    token.i + 1 : token.i + 3] == ["for", "the"] else ""
                if not elected and len(self._recent) == self.number_words.get(seats, -1):
                    # "A, B, C, D, E and F secured the region's six seats. G, the seventh
                    # candidate for the six seats, fell short": the six elected just before
                    elected = list(self._recent)
                elif elected and len({c.kb_id_ for c in elected + self._recent}) + 1 == (
                    self.ordinal_words.get(lowers[token.i - 1], 0)
                ):  # "A was elected ... with 184 votes. B ... was elected with 179, while
                    # Ecuador, the third candidate for the two seats, fell short": A too
                    elected = elected + self._recent
                if third is not None and elected and third.kb_id_ not in self._elected_here:
                    relations += _all_pairs(list({c.kb_id_: c for c in elected}.values())
                                            + [third])
            # "campaigned against the candidacies of A, B and C"
            window = lowers[max(sentence.start, token.i - 4) : token.i]
            opposed = not CAMPAIGN_VERBS.isdisjoint(window)
            clause_end = next((m for m in range(token.i, sentence.end) if lowers[m] == ";"),
                              sentence.end)
            clean_slate = any(  # "the other four candidates — A, B, C and D — are running on
                # clean slates" (its own clause; another may hold a contest)
                lowers[m] == "clean" and lowers[m + 1] in {"slate", "slates"}
                for m in range(token.i, clause_end - 1)
            )
            if (token.lower_ in self.candidate_nouns or each_one) and not uncontested and (
                not every and not opposed and not clean_slate
            ):
                group = self._candidate_list(doc, sentence, ents, countries, token.i)
                if group and group[0].start > 0 and doc[group[0].start - 1].lower_ == "from":
                    group = []  # "the four other candidates, from A, B, C and D": persons
                # "The other three candidates, A, B and C, were also elected", "A and B, the
                # only candidates from their regions": no contest
                all_elected = all(c.kb_id_ in self._elected_here for c in group) or (
                    "only" in lowers[max(sentence.start, token.i - 2) : token.i]
                    # (not "A and B were the only candidates in a contested race")
                    and "contested" not in lowers[token.i : sentence.end]
                )
                # "A and B, the two candidates of the African Group, received ...": the
                # group's slate, no contest unless fewer seats are named
                number = lowers[token.i - 1] if token.i - 1 > sentence.start else ""
                slate = token.i - 2 >= sentence.start and (
                    lowers[token.i - 2] in {"the", "its", "their"} | POSSESSIVES
                ) and (self.number_words.get(number) or (
                    int(number) if number.isdigit() else 0
                )) == len(group) and SEAT_WORDS.isdisjoint(lowers[token.i : sentence.end])
                if len(group) > self._seats_for(doc, sentence, token.i) and not all_elected and (
                    not slate
                ):
                    relations += _all_pairs(group)
            # "Kenya and Djibouti, competing for the African seat"; "Competing for the two
            # seats were Chile, Peru and Togo"
            facing_off = token.lower_ in FACING_OFF and token.i + 1 < sentence.end and (
                lowers[token.i + 1] == "off"
            )  # "Kyrgyzstan and the Philippines facing off for the seat"
            seeking = token.lower_ in SEEKING_VERBS and self._seeks_fewer_seats(
                doc, sentence, ents, countries, token.i
            )  # "Pakistan and the Philippines both wanted the single List B seat"
            if (token.lower_ in self.competing_words or facing_off or seeking) and not any(
                t.lower_ in self.uncontested_words for t in doc[token.i : token.i + 4]
            ) and not _term_running(doc, token):
                left = [c for c in countries if c.end <= token.i]
                group = self._country_list(ents, left[-1], doc) if left else []
                gap_end = token.i
                if left and doc[left[-1].end].text == "," and doc[token.i - 1].text == "," and (
                    (doc[left[-1].end + 1].lower_ in ARTICLES or doc[left[-1].end + 1].like_num)
                    and not any(t.text == "," for t in doc[left[-1].end + 1 : token.i - 1])
                ):  # "and Yugoslavia, a compromise candidate for the seat, battled"
                    gap_end = left[-1].end
                if left and gap_end - left[-1].end <= 4 and (  # "A and B – were in the race"
                    len(group) > self._seats_for(doc, sentence, token.i)
                ):  # not "Denmark and Greece, running for the two Western European seats"
                    relations += _all_pairs(group)
                elif listed := self._listed_after_cue_colon(doc, sentence, ents, token.i):
                    # "Five countries were vying for the four seats: A, B, C, D and E"
                    if len(listed) > self._seats_for(doc, sentence, token.i):
                        relations += _all_pairs(listed)
                elif token.is_sent_start:
                    verb = next((t for t in sentence if t.lower_ in {"were", "are"}), None)
                    right = [c for c in countries if verb is not None and c.start > verb.i]
                    if right and right[0].start - verb.i <= 2:
                        relations += _all_pairs(self._country_list(ents, right[0], doc))
            if token.lower_ in {"between", "among", "amongst"} and not uncontested and any(
                t.lower_ in self.between_cues for t in doc[sentence.start : token.i]
            ):
                right = [c for c in countries if c.start > token.i]
                if len(right) >= 2:
                    relations += _all_pairs(self._country_list(ents, right[0], doc))
        return relations

    def _seeks_fewer_seats(
        self, doc: Doc, sentence: Span, ents: list[Span], countries: list[Span], verb: int
    ) -> bool:
        """"A and B both wanted the single seat": the countries before a verb of seeking
        outnumber the seats named after it (not "A and B sought the two Asian seats", nor
        "has long sought a permanent seat")."""
        lowers = lower_forms(doc)
        seat = next((m for m in range(verb + 1, min(sentence.end, verb + 7))
                     if lowers[m] in {"seat", "seats"}), None)
        left = [c for c in countries if c.end <= verb]
        if seat is None or not left or "permanent" in lowers[verb:seat]:
            return False
        seats = max([1] + [self._count_at(lowers, m, seat) or 0 for m in range(verb + 1, seat)])
        return len(self._country_list(ents, left[-1], doc)) > seats

    def _names_candidates(self, words: list[str]) -> bool:
        """The words speak of candidates or a contest ("are competing", "contenders")."""
        return not self.candidacy_words.isdisjoint(words) or not (
            self.competing_words.isdisjoint(words)
        )

    def _listed_after_cue_colon(
        self, doc: Doc, sentence: Span, ents: list[Span], cue: int
    ) -> list[Span]:
        """The countries listed right after a colon that closes the cue's clause ("vying
        for the four seats: A, B and C")."""
        colon = next(
            (m for m in range(cue + 1, min(sentence.end, cue + 10)) if doc[m].text == ":"), None
        )
        if colon is None or any(t.ent_type_ == "COUNTRY" for t in doc[cue:colon]):
            return []
        first = next(
            (e for e in ents if e.label_ == "COUNTRY" and colon < e.start <= colon + 2), None
        )
        return self._country_list(ents, first, doc) if first is not None else []

    def _beaten(self, doc: Doc, country: Span, floor: int) -> bool:
        """The country is the object of a competition verb ("defeated Benin")."""
        i = country.start - 1
        while i >= floor and doc[i].lower_ in ARTICLES:
            i -= 1
        return i >= floor and doc[i].lower_ in self.competition_cues.last_words and (
            doc[i].lower_ not in OBJECT_MARKERS
        ) and self._is_object(doc, country, floor)

    def _opens_clause(self, doc: Doc, country: Span) -> bool:
        """The country is followed by its own verb ("Poland beat Albania", "the seat Japan
        was about to vacate")."""
        if country.end >= len(doc) or not doc[country.end].is_lower:
            return False
        word = doc[country.end].lower_
        return word in FINITE_VERBS or word in self.competition_cues.first_words or (
            word.endswith("ed") and word not in {"backed", "supported", "endorsed"}
        )

    def _lost_race_to(self, doc: Doc, sentence: Span, ents: list[Span]) -> list[Relation]:
        """"Russia, which lost a 2016 race for the council to Hungary and Croatia": the
        loser and the winners named after "to" competed, each with each."""
        lowers = lower_forms(doc)
        relations: list[Relation] = []
        if self.losing_verbs.isdisjoint(lowers[sentence.start : sentence.end]):
            return relations
        for i in range(sentence.start, sentence.end):
            if lowers[i] not in self.losing_verbs:
                continue
            # "lost the race for the two seats of the Eastern European Group to A and B"
            for k in range(i + 1, min(sentence.end - 1, i + 20)):
                # "lost again in 2020, this time to Norway and Ireland"
                adverbial = all(
                    doc[m].lower_ in LOSS_ADVERBIALS or doc[m].ent_type_ == "DATE"
                    for m in range(i + 1, k)
                )
                # "lost its race for a seat on the council, this time to Norway and Ireland"
                aside = lowers[k] == "," and next(
                    (lowers[m] == "to" for m in range(k + 1, min(sentence.end, k + 5))
                     if lowers[m] not in LOSS_ADVERBIALS),
                    False,
                )
                if lowers[k] == ";" or lowers[k] in CLAUSE_BREAKS or (
                    lowers[k] == "," and not adverbial and not aside
                ):
                    break
                if lowers[k] != "to" or (
                    self.race_nouns.isdisjoint(lowers[i + 1 : k]) and not adverbial
                ):
                    continue
                start = k + 2 if lowers[k + 1] in ARTICLES else k + 1
                first = next((e for e in ents if e.start == start and e.label_ == "COUNTRY"), None)
                if first is None and doc[start].ent_type_ == "ORG":
                    continue  # "lost a race for re-election to the U.N. Council to A and B"
                losers = self._subjects_before(doc, sentence, ents, i)
                if first is not None and losers:
                    relations += _all_pairs(losers + self._country_list(ents, first, doc))
                break
        return relations


def _dash_insert(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token range of a phrase set off by two free-standing dashes between ``start``
    and ``end`` (empty if none)."""
    dashes = [
        k for k in range(start, end)
        if doc[k].text in {"-", "\u2013", "\u2014"} and doc[k].whitespace_
        and k > 0 and doc[k - 1].whitespace_
    ]
    return (dashes[0], dashes[1]) if len(dashes) >= 2 else (end, end)


def _clause_subject(doc: Doc, country: Span, floor: int) -> bool:
    """The country opens a clause and a lower-case verb follows it: "; in the second
    Kazakhstan secured 138 votes", "In 2016 Chile won"."""
    before = doc[country.start - 1] if country.start > floor else None
    after = doc[country.end] if country.end < len(doc) else None
    opens = before is None or not before.is_alpha or before.ent_type_ == "DATE" or (
        before.lower_ in {"the", "first", "second", "third", "final", "then", "later"}
        # "In the Asia-Pacific contest Kazakhstan beat Thailand"
        or before.lower_ in {"contest", "race", "round", "ballot", "runoff", "voting"}
    )
    return opens and after is not None and after.is_lower and after.is_alpha and (
        after.lower_ not in FUNCTION_WORDS and after.lower_ not in {"and", "or"}
    )


def _after_trailing(doc: Doc, country: Span) -> bool:
    """"trailing Croatia", "behind the Netherlands": the country is ahead in the tally."""
    i = country.start - 1
    if i >= 0 and doc[i].lower_ in ARTICLES:
        i -= 1
    return i >= 0 and doc[i].lower_ in TRAILING_WORDS


DATELINE_DASHES = {"-", "--", "\u2013", "\u2014"}


def _for_a_term_end(doc: Doc, k: int, end: int) -> int:
    """The end of "for a second term", "for another four-year mandate" at ``k`` (``k`` if
    none is there)."""
    if k + 2 >= end or doc[k].lower_ != "for" or doc[k + 1].lower_ not in {
        "a", "an", "another", "his", "her", "its", "their"
    }:
        return k
    m = next((m for m in range(k + 2, min(end, k + 7))
              if doc[m].lower_ in {"term", "mandate", "tenure"}), None)
    if m is None or not all(doc[j].is_lower or doc[j].text == "-" or doc[j].like_num
                            for j in range(k + 2, m)):
        return k
    return m + 1


def _body_of_kind(doc: Doc, k: int, named: list[Span]) -> Span | None:
    """The body a bare noun at ``k`` stands for, among the bodies of its kind ``named``
    before it: the last one; for a capitalised noun ("the Court") in a text naming several,
    the one it names most ("the national groups of the Permanent Court of Arbitration ... a
    judge of the Court since 2009" in a text about the ICJ)."""
    if not named:
        return None
    if doc[k].is_title and len({e.kb_id_ for e in named}) > 1:
        counts = Counter(e.kb_id_ for e in named)
        top = max(counts.values())
        leaders = {e.kb_id_ for e in named if counts[e.kb_id_] == top}
        if top > 1 and len(leaders) == 1:
            return next(e for e in reversed(named) if e.kb_id_ in leaders)
    return named[-1]


def _body_head(ent: Span) -> str:
    """The head noun of an organisation's name, lower-case: "council" for "IMO Council" and
    for "Council of the International Maritime Organization"."""
    for token in ent:
        if token.lower_ in BODY_NOUNS:
            return token.lower_  # "Commission on the Status of Women"
        if token.i > ent.start and token.lower_ in {"of", "for"}:
            # "Coalition for the International Criminal Court": no court
            return ent.doc[token.i - 1].lower_
    if len(ent) == 1 and ent.kb_id_:  # "ICC": the head of its name, "court"
        for word in ent.kb_id_.lower().split():
            if word in BODY_NOUNS:
                return word
            if word in {"of", "for"}:
                break
    return ent[-1].lower_


def _nominating(doc: Doc, country: Span) -> bool:
    """Whether ``country`` is in a list after "nominated by" ("backed by", "put forward
    by"): a nominating state, not a candidate."""
    k = country.start - 1
    while k > max(0, country.start - 12) and (
        doc[k].ent_type_ == "COUNTRY" or doc[k].lower_ in {",", "and", "the"}
    ):
        k -= 1
    return k > 0 and doc[k].lower_ == "by" and doc[k - 1].lower_ in NOMINATING_WORDS


def _group_cell(cell: list[Token]) -> bool:
    """Whether a table cell names a regional group ("Asia-Pacific", "Western European"), not
    a person ("Layla Al-Mansouri")."""
    return bool(cell) and all(
        t.is_title or t.text == "-" or t.is_lower and t.is_alpha for t in cell
    ) and any(t.ent_type_ in {"LOC", "NORP", "ORG"} or t.lower_ in GROUP_CELL_WORDS for t in cell)


def _among_elected(lowers: list[str], start: int, cue: int) -> int | None:
    """The "were" of "Benin and Ghana were among the states elected" ("among those
    elected", "among the countries elected") before the cue at ``cue``; None otherwise."""
    k = cue - 1
    if k <= start or lowers[k] not in {"those", "states", "countries", "members", "nations"}:
        return None
    k -= 1 + (lowers[k - 1] == "the")
    return k - 1 if k - 1 > start and lowers[k] == "among" and lowers[k - 1] in {
        "were", "was"} else None


def _elected_cell(doc: Doc, sentence: Span) -> int | None:
    """The token of a row's cell saying "elected": after a bar or a run of spaces
    ("| 186 | elected |"), or after a spaced dash or a count and a comma as the line's last
    word ("Senegal – 181 – elected", "Japan — 171, elected"; not "re-elected"); never "not
    elected"."""
    lowers = lower_forms(doc)
    for k in range(sentence.start + 1, sentence.end):
        if lowers[k] not in {"elected", "re-elected"}:
            continue
        mark = k - 2 if k - 2 > sentence.start and lowers[k - 2 : k] == ["re", "-"] else k
        before = lowers[mark - 1]
        if before == "|" or doc[mark - 1].is_space or (
            before in DASHES and doc[mark - 1].whitespace_
            # "• Japan — 171, elected": after a count and a comma
            or before == "," and doc[mark - 2].ent_type_ == "VOTE_COUNT"
        ) and all(
            doc[j].is_punct or doc[j].is_space for j in range(k + 1, sentence.end)
        ):
            return k
    return None


def _marks_elected(doc: Doc, sentence: Span) -> bool:
    """Whether ``sentence`` is a bulleted line and another line of its list, with the same
    bullet, has a cell saying "elected" (``_elected_cell``); found once per list of the
    document being read."""
    bullet = doc[sentence.start].text
    if bullet not in BULLETS:
        return False
    key = (_list_introduction(doc, sentence).end, bullet)
    found = _MARKED_LISTS.get(key)
    if found is None:
        found, line = False, doc[key[0]].sent if key[0] < len(doc) else None
        while line is not None and (_list_line(doc, line) or _group_heading(doc, line)
                                    or _sublist_heading(doc, line)):
            if doc[line.start].text == bullet and _elected_cell(doc, line) is not None:
                found = True
                break
            line = doc[line.end].sent if line.end < len(doc) else None
        if _CURRENT_ENTS[0] is doc:
            _MARKED_LISTS[key] = found
    return found


def _elected_columns(
    doc: Doc, sentence: Span, countries: list[Span]
) -> tuple[list[Span], list[Span]] | None:
    """The countries of a table row under a column headed "Elected" and under one headed
    "Not elected" ("Unsuccessful", "Defeated"); None when no country's column says either."""
    if not countries or lower_forms(doc)[sentence.start] != "|":
        return None
    winners: list[Span] = []
    losers: list[Span] = []
    for country in countries:
        header = {t.lower_ for t in table_column_header(doc, country.start) or []}
        if not header.isdisjoint(LOSING_COLUMN_WORDS):
            losers.append(country)
        elif not header.isdisjoint(ELECTED_COLUMN_WORDS):
            winners.append(country)
    return (winners, losers) if winners or losers else None


def _breaks_before(doc: Doc, k: int) -> int:
    """The line breaks between token ``k`` and the token before it (0 for the first)."""
    return (doc[k - 1].text + doc[k - 1].whitespace_).count("\n") if k > 0 else 0


def _first_word(doc: Doc, sentence: Span, word: str, default: int | None = None) -> int | None:
    """The index of the first token of ``sentence`` whose lower-case form is ``word``."""
    try:
        return lower_forms(doc).index(word, sentence.start, sentence.end)
    except ValueError:
        return default


def _list_line(doc: Doc, sentence: Span) -> bool:
    """A bulleted or numbered line or a table row ("• Fiji – 187 votes", "2. Name (Senegal)
    – 147", "| Latvia | 178 |"); found once per line of the document being read."""
    if _CURRENT_ENTS[0] is not doc:
        return _is_list_line(doc, sentence)
    key = (sentence.start, sentence.end)
    found = _LIST_LINES.get(key)
    if found is None:
        found = _LIST_LINES[key] = _is_list_line(doc, sentence)
    return found


def _is_list_line(doc: Doc, sentence: Span) -> bool:
    first = doc[sentence.start].text
    if first == "*" and sentence.start + 1 < len(doc) and doc[sentence.start + 1].text == "*" and (
        not doc[sentence.start].whitespace_
    ):
        return False  # "**A new Executive Board.** PARIS, ...": bold, no bullet ("* **A**" is)
    return first in BULLETS or first[:1] == "|" or (
        first.isdigit() and len(first) <= 2 and sentence.start + 1 < sentence.end
        and doc[sentence.start + 1].text in {".", ")"}
    ) or _result_line(doc, sentence) or _part_line(doc, sentence)


def _result_line(doc: Doc, sentence: Span) -> bool:
    """A line holding only a country and its count: "Angola 184", "Croatia: 119"."""
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or first.ent_type_ != "COUNTRY":
        return False
    words = [t for t in sentence if not t.is_space]
    k = 0
    while k < len(words) and words[k].ent_type_ == "COUNTRY":
        k += 1
    rest = [t for t in words[k:] if t.text not in {":", "-", "\u2013", "\u2014"}]
    aligned = any(t.is_space for t in sentence[: len(sentence) - 1])
    if aligned:
        # a row aligned with spaces may hold a group column before the count: "Thailand
        # Asia-Pacific      170     elected"
        group = 0
        while group < min(4, len(rest)) and rest[group].is_title and rest[group].ent_type_ not in {
            "COUNTRY", "VOTE_COUNT", "PERSON"
        }:
            group += 1
        rest = rest[group:]
    return bool(rest) and rest[0].ent_type_ == "VOTE_COUNT" and all(
        t.lower_ in {"votes", "vote", "elected", "re-elected", "not"} or aligned and t.is_lower
        for t in rest[1:]
    )  # "Colombia         118     elected", "Bangladesh    118     second round": a row of a
    # table aligned with spaces


def _list_introduction(doc: Doc, sentence: Span) -> Span:
    """The sentence before the bulleted lines or table rows that ``sentence`` belongs to
    (past upper-case group headings and the headings of its parts between them)."""
    while sentence.start > 0 and (
        _list_line(doc, sentence) or _group_heading(doc, sentence)
        or _sublist_heading(doc, sentence)
    ):
        sentence = doc[sentence.start - 1].sent
    return sentence


def _part_line(doc: Doc, sentence: Span) -> bool:
    """A part of a list on one line: "Category C — twenty States with special interests
    ...: the Bahamas, Belgium, ..." (countries after the colon, none before it)."""
    if not _part_heading(doc, sentence):
        return False
    colon = _first_word(doc, sentence, ":")
    return colon is not None and any(
        t.ent_type_ == "COUNTRY" for t in doc[colon : sentence.end]
    ) and not any(t.ent_type_ == "COUNTRY" for t in doc[sentence.start : colon])


def _part_heading(doc: Doc, sentence: Span) -> bool:
    """A line opening with a part's label and a dash: "Category B — ten States with the
    largest interest in international seaborne trade, elected on a clean slate: ..."."""
    k = sentence.start
    while k < min(sentence.end, sentence.start + 4) and doc[k].text not in DASHES | {":"}:
        if not (doc[k].is_title or doc[k].is_upper or doc[k].like_num):
            return False
        k += 1
    return sentence.start < k < sentence.end and doc[k].text in DASHES


def _line_opening(doc: Doc, sentence: Span) -> int:
    """The first word of a sentence's own text: past a bullet, a live blog's time stamp
    ("▸ 10:15 | Region VI ...") and, at a line's start, a speaker ("OSTROWSKI-LANG: ...")."""
    start = sentence.start
    line_start = start == 0 or _breaks_before(doc, start) > 0
    while start + 1 < sentence.end and (
        doc[start].text in BULLETS or doc[start].is_punct or doc[start].is_space
        or not doc[start].text.isalnum() and not doc[start].is_alpha
    ):
        start += 1  # "- Africa, four seats: Ghana (148), ...", "▸ 10:15 | Region VI ..."
    if doc[start].ent_type_ == "TIME":
        while start + 1 < sentence.end and doc[start].ent_type_ == "TIME":
            start += 1
        if doc[start].text in DASHES | {"|"} and start + 1 < sentence.end:
            start += 1  # a live blog's time stamp
    if line_start and start + 2 < sentence.end and doc[start].is_upper and (
        doc[start + 1].text == ":" or doc[start + 1].text == "-" and start + 3 < sentence.end
        and doc[start + 3].text == ":"
    ):
        start += 2 if doc[start + 1].text == ":" else 4  # a speaker: "OSTROWSKI-LANG: ..."
    return start


def _group_label(doc: Doc, sentence: Span) -> list[str]:
    """The words naming a group at a line's opening, up to a bracket, comma, colon or
    dash ("Region I (Africa), 7 seats" -> ["region", "i"])."""
    start = _line_opening(doc, sentence)
    lowers = lower_forms(doc)
    end = next((k for k in range(start, min(sentence.end, start + 6))
                if lowers[k] in {"(", ",", ":", "|"} | DASHES), None)
    return lowers[start:end] if end is not None and end > start else []


def _listed_past_terms(doc: Doc, sentence: Span, ents: list[Span]) -> list[Relation]:
    """"Canada has held a seat six times: 1948–1949, 1958–1959 and 1999–2000": the one
    country before a colon that held, sat in or served a seat, each period after it."""
    colon = _first_word(doc, sentence, ":")
    if colon is None:
        return []
    before = [e for e in ents if e.start < colon]
    countries = {e.kb_id_ for e in before if e.label_ == "COUNTRY"}
    lowers = lower_forms(doc)
    words = lowers[sentence.start : colon]
    if len(countries) != 1 or SEAT_HOLDING_VERBS.isdisjoint(words) or not (
        {"times", "terms"} & set(words)
    ):
        return []
    country = next(e for e in before if e.label_ == "COUNTRY")
    periods = [e for e in ents if e.label_ == "DATE" and e.start > colon
               and "/" in str(e._.value)]
    return [Relation(country, period, "TERM") for period in periods]


def _dated_list_line_terms(doc: Doc, sentence: Span, ents: list[Span]) -> list[Relation]:
    """"• Non-permanent, until 31 December 2026: Denmark, Greece, ...", "• Leaving on 31
    December 2024: Ecuador, Japan, ...": a list line whose label before the colon ends a
    seat on a date gives the date as TERM to the countries after the colon."""
    if doc[sentence.start].text not in BULLETS:
        return []
    colon = _first_word(doc, sentence, ":")
    if colon is None or any(e.label_ == "COUNTRY" and e.start < colon for e in ents):
        return []
    lowers = lower_forms(doc)
    dates = [e for e in ents if e.label_ == "DATE" and e.end <= colon and (
        lowers[e.start - 1] in {"until", "till", "through"}
        or lowers[e.start - 1] == "on" and lowers[e.start - 2] in LEAVING_WORDS
    )]
    countries = [e for e in ents if e.label_ == "COUNTRY" and e.start > colon]
    return [Relation(c, d, "TERM") for d in dates for c in countries]


def _colon_list_terms(
    doc: Doc, sentence: Span, ents: list[Span], elected: list[Relation], terms: list[Relation]
) -> list[Relation]:
    """"The following States were elected to the UNICEF Executive Board for three-year terms
    beginning on 1 January 2028: Ghana and Malawi (African States); ...": the term before the
    colon, for the countries elected after it that have no term in the sentence."""
    colon = _first_word(doc, sentence, ":")
    if colon is None:
        return []
    listed = [r.head for r in elected
              if r.head.start > colon and sentence.start <= r.head.start < sentence.end]
    dated = {r.head.start for r in terms}
    dates = _term_dates(doc, ents, sentence.start, colon)
    return [Relation(country, date, "TERM") for country in dict.fromkeys(listed)
            if country.start not in dated for date in dates]


def _heading_line(doc: Doc, sentence: Span) -> bool:
    """A short line that is no sentence of prose: a part's heading ("Category A — ten
    States ... (eleven candidates):") or a line with no full stop ("Region B (Eastern
    Europe), 5 seats, 7 candidates")."""
    end = text_end(doc, sentence)
    return _part_heading(doc, sentence) or _group_heading(doc, sentence) or (
        sentence.start < end and end - sentence.start <= 25 and doc[end - 1].text != "."
        and (end == len(doc) or "\n" in doc[end - 1].whitespace_ or doc[end].is_space)
    )


def _capitals_heading(doc: Doc, body: Span, sentence: Span) -> bool:
    """"COMMISSION ON THE STATUS OF WOMEN — eleven seats, for four-year terms beginning
    ...": a line of any length opening with a body's name in capitals and a dash, with no
    full stop."""
    end = text_end(doc, sentence)
    return body.text.isupper() and body.end < end and doc[body.end].text in DASHES and (
        doc[end - 1].text != "." and (end == len(doc) or "\n" in doc[end - 1].whitespace_
                                      or doc[end].is_space)
    )


def _sublist_heading(doc: Doc, sentence: Span) -> bool:
    """"Category A — ten States with the largest interest in ...:": a line opening a part
    of a list, after the list's introduction or another part's lines (no country in it)."""
    end = text_end(doc, sentence)
    if sentence.start == 0 or end == sentence.start or any(
        e.label_ == "COUNTRY" for e in _span_ents(sentence)
    ):
        return False
    dashed = doc[end - 1].text in DASHES and end - sentence.start <= 8  # "Western Hemisphere —"
    if doc[end - 1].text != ":" and not dashed:
        return False
    words = set(lower_forms(doc)[sentence.start : end])
    if not (NEGATIONS | LOSING_OUTCOMES | {"candidates", "defeated", "unsuccessful"}).isdisjoint(
        words
    ):
        return False  # "Not elected:", "Unsuccessful candidates:": no part of the winners
    previous = doc[sentence.start - 1].sent
    last = text_end(doc, previous)
    return _list_line(doc, previous) or last > previous.start and doc[last - 1].text == ":"


def _not_elected_from(doc: Doc, sentence: Span) -> int | None:
    """Where the losers of a list line start: "* *Not elected:* Iraq 102", "...; not
    elected: Albania (74)"."""
    lowers = lower_forms(doc)
    return next(
        (k for k in range(sentence.start, sentence.end - 1)
         if lowers[k] in NEGATIONS and lowers[k + 1] in {"elected", "re-elected"}),
        None,
    )


def _elected_label_line(doc: Doc, sentence: Span) -> bool:
    """A line labelled "Elected ...:" ("Elected from the African Group: A (185), B (183)")."""
    first = doc[sentence.start]
    if first.text not in {"Elected", "Re-elected"} and not (
        first.text == "Re" and sentence.start + 2 < sentence.end
        and doc[sentence.start + 2].lower_ == "elected"
    ):
        return False
    colon = next((t.i for t in doc[sentence.start : sentence.start + 12] if t.text == ":"), None)
    return colon is not None and colon < sentence.end and not any(
        t.ent_type_ == "ORG" for t in doc[colon : sentence.end]
    )


def _group_heading(doc: Doc, sentence: Span) -> bool:
    """A short upper-case line naming a group of a list: "ASIA-PACIFIC STATES (four
    seats)" (not "NOT ELECTED")."""
    words = [t for t in sentence if t.is_alpha]
    if not (0 < len(sentence) <= 16 and words) or not NEGATIONS.isdisjoint(
        t.lower_ for t in words
    ):
        return False  # (16 tokens: "LATIN AMERICAN AND CARIBBEAN STATES (three seats, three
        # candidates)")
    last = next((t for t in reversed(sentence) if not t.is_space), sentence[-1])
    # "ASIA-PACIFIC STATES (five seats, six candidates)"
    if all(t.is_upper or t.lower_ in HEADING_COUNT_NOUNS or t.like_num for t in words):
        return last.text not in {".", ":"}
    # "African States (four seats)": capitalised words and a count of seats in brackets
    return last.text == ")" and any(t.lower_ in {"seat", "seats"} for t in words) and all(
        t.is_title or t.is_lower and t.lower_ in HEADING_FUNCTION_WORDS or t.like_num
        for t in words
    )


def _listed_line_start(doc: Doc, i: int) -> bool:
    """The entity ending at token ``i`` opens its line, after a bullet or dash at most."""
    k = i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    if k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    if k > 0 and doc[k - 1].text in BULLETS:
        k -= 1
    elif k > 1 and doc[k - 1].text in {".", ")"} and doc[k - 2].is_digit and len(doc[k - 2]) <= 2:
        k -= 2  # "1. Ghana – 183 votes"
    return k == 0 or "\n" in doc[k - 1].whitespace_ or "\n" in doc[k - 1].text


def _after_dateline(doc: Doc, sentence: Span, i: int) -> int:
    """The first token after a dateline that opens the sentence ("UNITED NATIONS, United
    States, July 25, 2024 (AFP) - ..."), else the sentence start: a date, an optional
    "(Agency)" and a dash within the first 15 tokens, before token ``i``."""
    start = sentence.start
    if start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        return start  # a dateline opens a line
    for k in range(start + 1, min(i, start + 15)):
        if doc[k].text in DATELINE_DASHES and doc[k].whitespace_ and (
            doc[k - 1].text == ")" or doc[k - 1].ent_type_ == "DATE"
        ) and any(t.text == "," for t in doc[start:k]):
            return k + 1
    return start


def _subject_of_tally(before: list[Span]) -> Span | None:
    """The country before the tally's object, itself another country: "Spain led Turkey
    ..., and won by defeating Turkey by 132 votes to 60" gives 132 to Spain."""
    rival = before[-1]
    return next((e for e in reversed(before[:-1]) if e.kb_id_ != rival.kb_id_), None)


def _names_a_thing_of(doc: Doc, ent: Span) -> bool:
    """The organisation modifies a noun, an event's included ("UN Security Council
    meeting")."""
    return _modifies_a_noun(doc, ent) or ent.end < len(doc) and doc[ent.end].lower_ in EVENT_NOUNS


def _modifies_a_noun(doc: Doc, ent: Span) -> bool:
    """An organisation's name used as a modifier: "UN food agency", "U.N. rights body"."""
    following = doc[ent.end] if ent.end < len(doc) else None
    return following is not None and following.is_lower and following.is_alpha and (
        following.lower_ not in FUNCTION_WORDS and following.lower_ not in BODY_FOLLOWERS
        and following.lower_ not in {"himself", "herself", "itself", "themselves"}
        and not following.lower_.endswith(("ed", "ing", "ly"))
    )


def _words_after(doc: Doc, i: int, limit: int, count: int) -> list[int]:
    """The next ``count`` tokens after token ``i`` (before ``limit``), an organisation's
    name counting as one ("won the Asia-Pacific Group's seats")."""
    found: list[int] = []
    for k in range(i + 1, limit):
        if doc[k].ent_iob_ != "I" or doc[k].ent_type_ != "ORG":
            if len(found) == count:
                break
            found.append(k)
    return found


def _span_ents(span: Span) -> list[Span]:
    """``span.ents``; while relations are read, from the document's entities found once
    (spaCy's ``Span.ents`` scans all of ``doc.ents`` on every call)."""
    doc, ents, starts = _CURRENT_ENTS
    if doc is span.doc:
        return _ents_within(ents, starts, span)
    return list(span.ents)


_CURRENT_ENTS: list = [None, [], []]  # the document being read, its entities, their starts
_LIST_LINES: dict[tuple[int, int], bool] = {}  # _list_line of its lines, by bounds
_MARKED_LISTS: dict[tuple[int, str], bool] = {}  # _marks_elected, by list start and bullet


def _same_line_before(doc: Doc, sentence: Span) -> Span:
    """The sentence before ``sentence`` on its line ("ITU COUNCIL — Region C, 5 seats. | Votes
    and result:"), else ``sentence`` itself."""
    if sentence.start == 0 or line_bounds(doc, sentence.start)[0] == sentence.start:
        return sentence
    return doc[sentence.start - 1].sent


def _organisation_after_division(
    doc: Doc, start: int, limit: int, by_end: dict[int, Span]
) -> Span | None:
    """The organisation after a title's capitalised division and "at": "Legal Affairs at
    the International Seabed Authority" (up to six words, none an entity)."""
    k = start
    while k < min(limit, start + DIVISION_WORDS) and not doc[k].ent_type_ and (
        doc[k].is_title or doc[k].lower_ in {"and", "of", "&"} and k > start
    ):
        k += 1
    if k == start or doc[k - 1].lower_ in {"and", "of", "&"} or k + 1 >= limit or (
        doc[k].lower_ != "at"
    ):
        return None
    k += 2 if doc[k + 1].lower_ in ARTICLES else 1
    body = next((e for e in by_end.values() if e.start == k), None)
    return body if body is not None and body.label_ == "ORG" else None


DIVISION_WORDS = 6


def _ents_within(ents: list[Span], starts: list[int], sentence: Span) -> list[Span]:
    """``sentence.ents`` from the document's entities (``starts``: their start tokens)."""
    within = []
    for ent in ents[bisect_left(starts, sentence.start) :]:
        if ent.end > sentence.end:
            break
        within.append(ent)
    return within


def _ordinal(token: Token) -> bool:
    """"56th", "sixty-sixth", "eighth"."""
    word = token.lower_
    return word[:1].isdigit() and word[-2:] in {"th", "st", "nd", "rd"} or word in ORDINALS


def _owner_of_organisation(doc: Doc, country: Span) -> bool:
    """"Slovakia's Civic Renewal Party won 76 seats": the party is the subject (but in
    "India's G20 presidency runs from ..." the organisation only qualifies the noun)."""
    k = country.end
    if not (k + 1 < len(doc) and doc[k].lower_ in POSSESSIVES and doc[k + 1].ent_type_ == "ORG"
            and doc[k + 1].ent_iob_ == "B"):
        return False
    end = k + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end >= len(doc) or doc[end].lower_ not in QUALIFIED_NOUNS


def _inside_country_list(doc: Doc, i: int) -> bool:
    """A comma between two countries: "replace Azerbaijan, Guatemala and Togo on 1 January"."""
    return 0 < i < len(doc) - 1 and doc[i - 1].ent_type_ == doc[i + 1].ent_type_ == "COUNTRY"


def _abstaining(doc: Doc, i: int) -> bool:
    """"9 against", "35 abstentions", "five delegations abstaining": not votes received."""
    if i < len(doc) and doc[i].lower_ in VOTER_WORDS:
        i += 1
    return i < len(doc) and doc[i].lower_ in NOT_RECEIVED


def _portfolio_then_employer(doc: Doc, start: int, first: Span, second: Span) -> bool:
    """An organisation opening an apposition's title and another after "at" ("UN director
    at Human Rights Watch"): the first names the post's field, the second the employer."""
    opening = start + 1 if doc[start].lower_ in ARTICLES else start
    before_second = second.start - 1
    if doc[before_second].lower_ in ARTICLES:
        before_second -= 1
    return first.label_ == "ORG" and first.start == opening and doc[before_second].lower_ == "at"


# a generic noun for a body named before and the words its name holds ("led the union")
GENERIC_BODY_HEADS = {
    "union": {"Union"}, "agency": {"Agency"}, "court": {"Court"}, "bank": {"Bank"},
    "fund": {"Fund"}, "organisation": {"Organization", "Organisation"},
    "organization": {"Organization", "Organisation"},
}
CANDIDATE_ORDINALS = {"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                      "tenth", "other", "losing"}  # "Slovenia, the seventh candidate for ..."
ORGANISATION_NOUNS = {"organisation", "organization", "group", "agency", "body"}


def _is_un_family(ent: Span) -> bool:
    """The United Nations or one of its organs ("UN", "Security Council")."""
    return ent.kb_id_.startswith("United Nations")


def _labelled_post(doc: Doc, sentence: Span, ents: list[Span]) -> list[Relation]:
    """"• First Committee (disarmament): Sabri Boukadoum of Algeria": a list line naming a
    body, then after a colon the person who chairs or leads it."""
    if not _list_line(doc, sentence) or len(ents) < 2:
        return []
    k = sentence.start + (doc[sentence.start].text in BULLETS)
    while k < sentence.end and doc[k].text in {"*", "**", "_"}:
        k += 1  # "- **First Committee** (disarmament): ..." in Markdown bold
    body = next((e for e in ents if e.start == k and e.label_ == "ORG"), None)
    if body is None:
        return []
    colon = body.end
    while colon < sentence.end and doc[colon].text in {"*", "**", "_"}:
        colon += 1
    if colon < sentence.end and doc[colon].text == "(":  # "(disarmament)"
        colon = next((m + 1 for m in range(colon, min(sentence.end, colon + 8))
                      if doc[m].text == ")"), colon)
    if colon >= sentence.end or doc[colon].text != ":":
        return []
    person = next((e for e in ents if e.start == colon + 1 and e.label_ == "PERSON"), None)
    return [Relation(person, body, "POSITION_AT")] if person is not None else []


def _term_dates(doc: Doc, ents: list[Span], start: int, end: int) -> list[Span]:
    """The dates of a seat's term between ``start`` and ``end``: "for terms running from 1
    January 2024 to 31 December 2027", "for the 2024-2025 biennium", "beginning on 1
    January" (not the day of the vote: "on Friday")."""
    found = []
    for date in (e for e in ents if e.label_ == "DATE" and start <= e.start and e.end <= end):
        k = date.start - 1
        if k - 2 > start and doc[k].lower_ == "of" and doc[k - 1].lower_ in {"end", "close"} and (
            doc[k - 2].lower_ == "the"
        ):
            k -= 3  # "running from 1 January 2031 to the end of 2033"
        if k > start and doc[k].lower_ == "the":
            k -= 1
        if k > start and doc[k].lower_ == "on" and doc[k - 1].lower_ in TERM_STARTS | {
            "seat", "seats"
        }:
            k -= 1  # "beginning on 1 January", "taking up their seats on 1 January 2030"
        elif k - 2 > start and doc[k].lower_ == "on" and doc[k - 1].lower_ in {
            "term", "terms"
        } and any(doc[m].lower_ in TERM_BEGIN_VERBS for m in range(max(start, k - 5), k - 1)):
            found.append(date)  # "All eighteen begin three-year terms on 1 January 2028"
            continue
        if doc[k].lower_ in TERM_PREPOSITIONS_ANY | TERM_STARTS | {"seat", "seats"} or (
            # "for the period 1 July 2027 to 30 June 2030", "for the term 2021-2022"
            doc[k].lower_ in DATE_LEAD_WORDS - ARTICLES and k - 1 > start
            and doc[k - 1].lower_ == "the"
        ) or _session_closing_term(doc, k, start):
            found.append(date)
    return found


def _that_date(doc: Doc, sentence: Span) -> list[Span]:
    """"... begin their terms on that date": the last date of the sentence before."""
    lowers = lower_forms(doc)
    if sentence.start == 0 or not any(
        lowers[k] == "that" and lowers[k + 1] in {"date", "day"} and lowers[k - 1] in {"on", "from"}
        for k in range(sentence.start + 1, sentence.end - 1)
    ):
        return []
    before = doc[sentence.start - 1].sent
    dates = [e for e in _span_ents(before) if e.label_ == "DATE"]
    return dates[-1:]


def _session_closing_term(doc: Doc, k: int, start: int) -> bool:
    """"a two-year term running from the close of the 71st regular session to the close of
    the 73rd regular session in 2029": the year of the session closing a term (``k`` is the
    "in" before it)."""
    if k - 2 > start and doc[k].lower_ == "in" and doc[k - 1].text == "," and (
        doc[k - 2].lower_ in SESSION_NOUNS
    ):
        k -= 1  # "expiring at the close of its seventy-seventh session, in 2033"
    if k - 1 <= start or doc[k].lower_ not in {"in", ","} or (
        doc[k - 1].lower_ not in SESSION_NOUNS
    ):
        return False
    lowers = lower_forms(doc)[max(start, k - 14) : k]
    # (also "until the twenty-first Congress in 2031": up to the session; "beginning at the
    # first meeting of its seventy-fourth session, in 2029", "expiring at the close of ...")
    return ("close" in lowers or "end" in lowers or "next" in lowers) and (
        "to" in lowers
    ) or "until" in lowers or "till" in lowers or not TERM_SESSION_BOUNDS.isdisjoint(lowers)


SESSION_NOUNS = {"session", "conference", "assembly", "congress", "plenipotentiary"}


def _is_group(ent: Span) -> bool:
    """A regional or electoral group ("the Asia-Pacific Group", "Electoral Group IV"), never
    a body elected to."""
    return ent[-1].text == "Group" or ent.kb_id_.endswith(" Group") or len(ent) > 1 and (
        ent[-2].text == "Group" and ent[-1].text.isupper()
    )


def _term_running(doc: Doc, token: Token) -> bool:
    """"for terms running from 1 January 2024": a term's course, no race."""
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return token.lower_ in RUN_WORDS and (
        following in {"from", "until", "till", "through", "to"}
        or token.i > 0 and doc[token.i - 1].lower_ in {"term", "terms", "mandate", "mandates"}
    )


def _nationality_of_person(doc: Doc, country: Span) -> bool:
    """"Name (Serbia)", "Name of Chile": a listed person's country, no member elected."""
    if country.end + 1 < len(doc) and doc[country.end].text == "," and (
        doc[country.end + 1].lower_ == "which"
    ):
        return False  # "President Name of Bolivia, which has become a full member of X"
    k = country.start
    if k > 2 and doc[k - 1].lower_ == "the" and doc[k - 2].lower_ == "of":
        k -= 1  # "Joanna Korner of the United Kingdom"
    return k > 1 and doc[k - 1].lower_ in {"(", "of"} and doc[k - 2].ent_type_ == "PERSON"


def _owner_then_posting(doc: Doc, owner: Span, second: Span) -> bool:
    """A possessive owner before a title and the United Nations after "at" or "to" ("Amnesty
    International's representative at the United Nations"): where the post is held, not for
    whom (decision 14)."""
    before_second = second.start - 1
    if doc[before_second].lower_ in ARTICLES:
        before_second -= 1
    return owner.end < len(doc) and doc[owner.end].lower_ in {"'s", "\u2019s", "'"} and (
        doc[before_second].lower_ in {"at", "to"} and second.kb_id_ == "United Nations"
    )


def _dominant_country(ents: list[Span]) -> Span | None:
    """The country a text is about (first person "we" in its quotes): named at least twice
    as often as any other, at least three times."""
    mentions: dict[str, list[Span]] = {}
    for ent in ents:
        if ent.label_ == "COUNTRY":
            mentions.setdefault(ent.kb_id_, []).append(ent)
    ranked = sorted(mentions.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < 3 or len(ranked) > 1 and len(ranked[0]) < 2 * len(ranked[1]):
        return None
    return ranked[0][0]


def _clause_start(doc: Doc, sentence: Span, i: int) -> int:
    """The first token of the clause holding token ``i``: after the last ";", ":" or
    ", and" before it, else the sentence start."""
    lowers = lower_forms(doc)
    for k in range(i - 1, sentence.start, -1):
        if lowers[k] in {";", ":"} or lowers[k] == "and" and lowers[k - 1] == ",":
            return k + 1
    return sentence.start


def _tally_rivals(doc: Doc, received: list[Relation]) -> list[Relation]:
    """"taking 138 votes out of 193 to Thailand's fifty-five": the two holders of a
    head-to-head tally competed."""
    lowers = lower_forms(doc)
    rivals = []
    for second in received:
        owner = second.head
        k = owner.start - 1
        if k > 0 and lowers[k] == "the":
            k -= 1  # "to the Maldives' 46"
        if k < 0 or lowers[k] != "to" or owner.end != second.child.start - 1 or (
            lowers[owner.end] not in POSSESSIVES
        ):
            continue
        first = next(
            (r for r in received if r.child.end <= k and k - r.child.end <= 5
             and r.head.kb_id_ != owner.kb_id_),
            None,
        )
        if first is not None:
            rivals.append(Relation(first.head, owner, "COMPETED_WITH"))
    return rivals


def _noun_adjunct(doc: Doc, country: Span, cue_start: int) -> bool:
    """The country names the owner of a noun right before the cue ("US blockade against
    Cuba", "Russian sanctions against"), not the subject of a verb."""
    if country.end + 1 != cue_start:
        return False
    word = doc[country.end]
    return word.is_lower and word.is_alpha and word.lower_ not in FINITE_VERBS and not (
        word.lower_.endswith(("ed", "ing")) or word.lower_.endswith("s")
        and word.lower_ not in {"sanctions", "forces", "troops"}
    )


def _fronted_total(doc: Doc, sentence: Span, total: Span) -> int | None:
    """"Of the 193 member states, 187 voted for Malta": a total opening the sentence; the
    comma that closes its phrase (the parts follow it)."""
    lowers = lower_forms(doc)
    if lowers[_after_time_stamp(doc, sentence.start, total.start) : total.start] not in (
        ["of"], ["of", "the"]
    ):
        return None
    # "Of the 180 valid ballots cast by member states in the final round, A won 92"
    comma = next((k for k in range(total.end, min(sentence.end, total.end + 12))
                  if lowers[k] == ","), None)
    if comma is None or comma == total.end or any(
        doc[k].like_num and doc[k].ent_type_ != "DATE" and not _ordinal(doc[k])
        or lowers[k] in THRESHOLD_WORDS
        for k in range(total.end, comma)
    ):  # (not the day of "cast in that June 6 election", "in the first round")
        return None
    return comma


def _after_time_stamp(doc: Doc, start: int, end: int) -> int:
    """The first token after a live-update time stamp opening a sentence ("15:05 GMT -"),
    else ``start``."""
    k = start
    while k < end and doc[k].ent_type_ == "TIME":
        k += 1
    if k == start:
        return start
    if k < end and doc[k].is_upper and doc[k].is_alpha and len(doc[k]) <= 4:
        k += 1  # "GMT", "UTC", "EDT"
    if k < end and doc[k].text in DATELINE_DASHES | {":"}:
        k += 1
    return k


def _without_share(gap: list[str]) -> list[str]:
    """The words between a count and its total without an inserted percentage: "165 votes,
    or 85 per cent of the 193 cast", "113 (59%) of the 191"."""
    for k, word in enumerate(gap):
        if k and (word in PERCENT_WORDS or word == "per" and gap[k + 1 : k + 2] == ["cent"]):
            start = k - 1  # the number before the percent word
            while start > 0 and gap[start - 1] in {",", "(", "or", "some", "about", "nearly"}:
                start -= 1
            end = k + (2 if word == "per" else 1)
            if gap[end : end + 1] == [")"]:
                end += 1
            return gap[:start] + gap[end:]
    return gap


def _inserted_by(gap: Span) -> bool:
    """", backed by [the]": a participle phrase inserted into a list."""
    words = [t.lower_ for t in gap if t.lower_ not in ARTICLES]
    return len(words) == 3 and words[0] == "," and words[1].endswith("ed") and words[2] == "by"


def _continues_dates(gap: list[Token]) -> bool:
    """The words between two dates continue a list of terms: "1952-1953, 1968-1969 and",
    "and most recently in", but not the "in" of "for 2021-2022 in June 2020"."""
    words = [t.lower_ for t in gap]
    if not gap:
        return False  # "for 2024–2025 yesterday": the day of the vote, not another term
    return all(t.text in {",", "-", "\u2013"} or t.lower_ in DATE_CHAIN_WORDS for t in gap) and (
        "in" not in words or "," in words or "and" in words
    )


def _without_clause(gap: Span) -> list[Token]:
    """The tokens of ``gap`` without one inserted ", when ... ," clause: "in 1965, when it
    shared a split term with Czechoslovakia, and in 1989-1990"."""
    tokens = list(gap)
    for k in range(len(tokens) - 1):
        if tokens[k].text == "," and tokens[k + 1].lower_ in {"when", "where"}:
            close = next((m for m in range(k + 2, len(tokens)) if tokens[m].text == ","), None)
            if close is not None:
                return tokens[:k] + tokens[close:]
    return tokens


DESCRIBING_NOUNS = {"newcomer", "newcomers", "debutant", "neighbour", "neighbor", "rival",
                    "incumbent", "holder", "favourite", "favorite", "outsider"}


def _without_insertion(gap: list[Token], *, counted: bool = False) -> list[Token]:
    """The gap between two list members without an inserted ", backed by COUNTRY" or
    ", with 160 votes," (and, ``counted``, a count right after the member: "Japan with 181,
    Indonesia", "Canada 179, France")."""
    lead = 1 if counted and gap and gap[0].ent_type_ == "VOTE_COUNT" else 0
    if counted and len(gap) >= 2 and gap[0].lower_ == "with" and (
        gap[1].ent_type_ == "VOTE_COUNT"
    ):
        lead = 2
    if lead and len(gap) > lead and gap[lead].lower_ == "votes":
        lead += 1
    if lead and len(gap) > lead:
        gap = gap[lead:]
    if len(gap) >= 4 and gap[0].text == "," and gap[1].lower_ == "with" and (
        gap[2].ent_type_ == "VOTE_COUNT"
    ):
        close = next((m for m in range(3, len(gap)) if gap[m].text == ","), None)
        if close is not None and close <= 5:
            return gap[close:]
    # "and first-timer Luxembourg", "and newcomer Latvia": a noun describing the next one
    words = [t.lower_ for t in gap]
    described = (
        words[-3:-1] == ["first", "-"] or len(gap) >= 2 and words[-1] in DESCRIBING_NOUNS
    )
    if described and all(w in LIST_JOINERS for w in words[: -3 if words[-2] == "-" else -1]):
        return gap[: -3 if words[-2] == "-" else -1]
    for k in range(len(gap) - 3):
        if gap[k].text == "," and gap[k + 1].lower_.endswith("ed") and gap[k + 2].lower_ == "by":
            m = k + 3
            while m < len(gap) and gap[m].ent_type_ == "COUNTRY":
                m += 1
            if m > k + 3:
                return gap[:k] + gap[m:]
    return gap


def _preposition_before(doc: Doc, ent: Span) -> str:
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ in ARTICLES:
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def _article_before_modifiers(doc: Doc, k: int) -> int | None:
    """The "the" before the body noun at ``k`` and its size ("the 15-member Council"), or
    None."""
    m = k - 1
    while m > 0 and (doc[m].like_num or doc[m].text == "-" or doc[m].lower_ in {
        "member", "nation", "seat"
    }):
        m -= 1
    return m if m > 0 and doc[m].lower_ == "the" else None


def _all_pairs(group: list[Span]) -> list[Relation]:
    return [
        Relation(a, b, "COMPETED_WITH") for k, a in enumerate(group) for b in group[k + 1 :]
    ]


def _is_calendar_date(ent: Span) -> bool:
    value = ent._.value
    # not "today" or "this week", but "1970s" and "mid-2017"; a weekday under a yearless
    # dateline has no value but is a day
    first = ent[0]
    spelled_day = len(ent) > 2 and ent[1].lower_ == "of" and bool(
        FULL_DAY.match(str(value or ""))
    )  # "the first of January 2024": a day spelled out
    return (value is not None or len(ent) == 1 and first.is_title) and not (
        first.is_alpha and first.is_lower and not spelled_day
    ) and first.lower_ not in {"today", "yesterday", "tomorrow"}


def _unique(relations: list[Relation]) -> list[Relation]:
    seen = set()
    unique = []
    for relation in relations:
        key = (relation.head.start, relation.head.end, relation.child.start, relation.label)
        same = relation.head.kb_id_ and relation.head.kb_id_ == relation.child.kb_id_
        if key not in seen and relation.head != relation.child and not same:
            seen.add(key)
            unique.append(relation)
    return unique


@Language.factory("ksc_relations")
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor(nlp, name)
