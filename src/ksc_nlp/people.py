"""PERSON spans from name shapes in context: titles, honorifics, appositions, speech verbs,
initials, bylines, and surname propagation within the document."""

from __future__ import annotations

import re
from string import ascii_uppercase

from spacy.attrs import ENT_TYPE, ORTH
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.tokens import Doc, Span, Token

from .entity_set import add_entities
from .phrases import (
    OPENING_QUOTES,
    Phrases,
    lower_forms,
    skip_destination,
    title_before_portfolio,
)
from .resources import DataComponent
from .tokenization import (
    DIGRAPH_INITIALS,
    in_title_case_line,
    line_bounds,
    line_starts,
    skip_parenthesis,
    strip_accents,
)

NAME_PARTICLES = {"de", "van", "von", "der", "den", "al", "el", "bin", "ibn", "da", "dos", "del",
                  "la", "le", "di", "du", "do", "das", "ter", "ten", "y", "vel",
                  # Turkic patronymic words ("Elnur Rafig oglu Mammadli")
                  "oglu", "ogly", "oğlu", "qizi", "kyzy", "gyzy", "uulu", "uly", "kizi"}
MODIFIER_LIMIT = 3
ELIDED_PARTICLE = re.compile(r"^[dl]['’](?=[A-Z])")
NOT_BEFORE_NAMES = {"a", "an", "in", "at", "near", "across", "outside", "inside", "from"}
NOT_AFTER_NAMES = {"states", "countries", "nations", "members", "seat", "seats", "group",
                   "groups", "region", "regions", "bloc"}
MAX_NAME_TOKENS = 6
TITLE_SURNAMES = {"King", "Bishop", "Judge"}  # title words that are also family names
PATRONYMIC_SUFFIXES = {"kyzy", "uulu", "ogly", "oglu", "qizi", "ugli", "kizi"}
CLOSING_QUOTES = {'"', "\u201d", "'", "\u2019", "\u00bb"}
BYLINE_LINES = 3
ARTICLES = {"the", "a", "an"}
LINKING_PREPOSITIONS = {"of", "at", "in", "to", "for"}


def _upper_line(doc: Doc, i: int) -> bool:
    """Whether every word of the line holding token ``i`` is in upper case."""
    start, end = line_bounds(doc, i)
    words = [t for t in doc[start:end] if t.is_alpha]
    return len(words) >= 3 and all(t.is_upper for t in words)


def _particle_before(doc: Doc, start: int) -> int:
    """Where a name starting at ``start`` really starts: two tokens earlier after a
    lower-case particle glued by a hyphen ("al-Harthy"), else ``start``."""
    if start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and (
        doc[start - 2].lower_ in NAME_PARTICLES and doc[start - 2].is_lower
    ) and not doc[start - 1].whitespace_:
        return start - 2
    return start


def is_bare_initial(token: Token) -> bool:
    """A capital letter without a full stop that leads on to a name ("M J Akbar")."""
    doc, i = token.doc, token.i
    return (
        len(token.text) == 1
        and token.is_upper
        and token.text not in {"A", "I"}
        and i + 1 < len(doc)
        and (is_bare_initial(doc[i + 1]) or is_name_shaped(doc[i + 1].text))
    )


def is_initial(token: Token) -> bool:
    """"M.", "J.R." and "Ts." style initials."""
    text = token.text
    return len(text) >= 2 and text.endswith(".") and text.replace(".", "").isalpha() and all(
        part.isupper() and len(part) == 1 or part in DIGRAPH_INITIALS
        for part in text.rstrip(".").split(".")
    )


def is_name_shaped(text: str) -> bool:
    """Capitalised letters, possibly with an apostrophe or an inner capital: "Lajčák",
    "O'Brien", "N’Guessan", "McDonald", "d'Escoto" (not "UN", not "Diplomat24")."""
    if ELIDED_PARTICLE.match(text):
        text = text[2:]  # "d'Escoto", "dell’Acqua" keep their capitalised stem
    letters = text.replace("'", "").replace("’", "")
    return (
        len(letters) > 1
        and letters.isalpha()
        and text[0].isupper()
        and text[-1].isalpha()
        and any(char.islower() for char in letters)
    )


class PersonFinder(DataComponent):
    """Finds people by the shape of their names where the context marks them as people."""

    data_files = {
        "titles": "titles.txt",
        "honorifics": "honorifics.txt",
        "triggers": "triggers.json",
        "stopwords": "name_stopwords.txt",
        "heads": "org_heads.txt",
        "media_heads": "media_heads.txt",
        "calendar": "calendar.json",
        "org_words": "org_words.txt",
        "lexicon": "name_lexicon.json",
    }

    def compile(self) -> None:
        self.titles = Phrases(self.data["titles"])
        self.title_words = {word for title in self.titles.phrases for word in title}
        self.title_heads = {title[-1] for title in self.titles.phrases}  # "member", "judge"
        self.honorifics = set(self.data["honorifics"])
        triggers = self.data["triggers"]
        self.speech_verbs = set(triggers["speech_verbs"])
        # verbs that end a name in a title-case headline ("Jeremić Beat Čekuolis")
        self.headline_verbs = self.speech_verbs | set(triggers["receive_verbs"]) | set(
            triggers["headline_verbs"]
        ) | {
            cue for cue in triggers["competition_cues"] + triggers["elected_cues"]
            if " " not in cue
        }
        self.speech_auxiliaries = set(triggers["speech_auxiliaries"])
        self.credit_cues = Phrases(triggers["credit_cues"])
        self.person_nouns = Phrases(triggers["person_nouns"])
        self.person_noun_words = {phrase[-1] for phrase in self.person_nouns.phrases}
        self.regnal_numbers = set(triggers["regnal_numbers"])
        self.given_names = frozenset(self.data["lexicon"]["given_names"])
        self.speaker_roles = set(triggers["speaker_roles"])
        self._capital_letters = {self.nlp.vocab.strings.add(c) for c in ascii_uppercase}
        self._possessive_orths = {self.nlp.vocab.strings.add(p) for p in ("'S", "'s", "’S", "’s")}
        self.common_words = frozenset(self.data["lexicon"]["common_words"])
        self.title_modifiers = set(triggers["title_modifiers"])
        calendar = self.data["calendar"]
        self.not_names = (
            set(self.data["stopwords"])
            | set(self.data["heads"])
            | set(self.data["media_heads"])
            | {month for month in calendar["months"] if len(month) > 3 and month.isalpha()}
            | set(calendar["weekdays"])
            | set(self.data["org_words"])
            | self.honorifics
        )
        self._name_shaped_words: dict[int, bool] = {}  # orth id -> _name_shaped_word

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        found = self._candidates(doc) + self._upper_case_headline_names(doc)
        found += self._upper_case_labels(doc, found)
        found = [(self._undotted_initials_before(doc, start, end), end) for start, end in found]
        found = [(start + _opening_modal(doc, start, end), end) for start, end in found]
        add_entities(doc, [Span(doc, start, end, label="PERSON") for start, end in found])
        add_entities(doc, self._propagate(doc))
        return doc

    def _undotted_initials_before(self, doc: Doc, start: int, end: int) -> int:
        """"Prime Minister KP Sharma Oli": two or three capitals without full stops before a
        name of two words or more are its initials (not an organisation, a country or a
        title's abbreviation such as "PM")."""
        k = start - 1
        if end - start < 2 or k < 0:
            return start
        token = doc[k]
        text = token.text
        if not (2 <= len(text) <= 3 and text.isalpha() and text.isupper()) or token.ent_type_ or (
            token.lower_ in self.title_words or token.lower_ in self.titles.first_words
            or text in self.not_names or _upper_line(doc, k)
        ):
            return start
        return k

    # -- name shapes -----------------------------------------------------------------

    def is_name_word(self, token: Token) -> bool:
        if token.ent_type_ == "GPE":
            return self._given_name_like_place(token)
        if token.ent_type_:
            return False
        if len(token.text) == 1 and is_bare_initial(token):
            return True
        shaped = self._name_shaped_words.get(token.orth)
        if shaped is None:
            shaped = self._name_shaped_words[token.orth] = self._name_shaped_word(token)
        return shaped

    def _name_shaped_word(self, token: Token | Lexeme) -> bool:
        """The part of ``is_name_word`` that depends on the word only (cached per word)."""
        if token.text in self.not_names:
            return False
        if token.lower_ in self.title_words and not token.is_title:
            return False
        if token.lower_ in self.titles.first_words:
            return False
        if is_initial(token):
            return True
        return is_name_shaped(token.text)

    def _given_name_like_place(self, token: Token) -> bool:
        """A one-word place used as a given name ("Sofia Andersson", "Victoria Lee")."""
        doc = token.doc
        if token.i + 1 >= len(doc) or token.ent_iob_ != "B" or doc[token.i + 1].ent_type_:
            return False
        previous = doc[token.i - 1] if token.i > 0 else None
        if previous is not None and (previous.is_lower or previous.ent_type_) and (
            previous.lower_ not in self.speech_verbs  # "said Sofia Lindqvist"
            # "Outgoing member Sofia Lindqvist"
            and previous.lower_ not in self.person_noun_words
            and previous.lower_ not in self.title_heads
            and not (previous.lower_ in {"elected", "re-elected"} and _origin_after(doc, token.i))
        ):
            return False
        following = doc[token.i + 1]
        return following.is_alpha and following.is_title and following.text not in self.not_names

    def name_end(self, doc: Doc, start: int) -> int:
        """End of the name that starts at ``start`` (``start`` if there is none)."""
        limit = doc[start].sent.end
        end = start
        # hyphens, apostrophes and particles do not count: "Alya Ahmed bin Saif Al-Thani",
        # "Sabah Al-Ahmad Al-Jaber Al-Sabah"
        uncounted = 0  # hyphens, apostrophes and particles so far
        while end < limit and end - start - uncounted < MAX_NAME_TOKENS:
            token = doc[end]
            if end > start and (token.text in {"-", "'"} or token.lower_ in NAME_PARTICLES):
                uncounted += 1
            if self.is_name_word(token):
                end += 1
            elif (
                token.text in {"-", "'"}
                and end > start
                and not doc[end - 1].whitespace_
                and end + 1 < limit
                and (self.is_name_word(doc[end + 1]) or doc[end + 1].lower_ in NAME_PARTICLES)
            ):
                end += 1
            elif (
                token.text == "-"
                and end > start
                and not doc[end - 1].whitespace_
                and not token.whitespace_
                and end + 1 < limit
                and doc[end + 1].is_lower
                and doc[end + 1].is_alpha
                and len(doc[end + 1]) <= 4
            ):
                end += 2  # "Kim Soo-yeon", "Han Duck-soo"
            elif token.lower_ in NAME_PARTICLES and end > start and self._particle_leads_on(
                doc, end + 1, limit
            ):
                end += 1
            elif token.text in TITLE_SURNAMES and end - start >= 2 and (
                end + 1 >= limit or not doc[end + 1].is_title
            ):
                end += 1  # "Ambassador Inga Rhonda King, ...": a title word as surname
            else:
                break
        if end - start >= 2 and in_title_case_line(doc, start):
            # "Csaba Kőrösi Welcomes Vote": in a title-case line a common word ends the name
            common = (
                k
                for k in range(start + 1, end)
                if (doc[k].lower_ in self.common_words or doc[k].lower_ in self.headline_verbs)
                and doc[k].lower_ not in NAME_PARTICLES
                and doc[k - 1].text not in {"-", "'"}  # not inside "Mbeki-Hall"
                and doc[k - 1].lower_ not in NAME_PARTICLES  # nor "Pieter van Loon"
            )
            end = next(common, end)
        while end > start and (
            is_initial(doc[end - 1]) or doc[end - 1].lower_ in NAME_PARTICLES
            or doc[end - 1].text in {"-", "'"}
        ):
            end -= 1
        if end > start and end < limit and doc[end].text in self.regnal_numbers:
            end += 1  # "Charles III", "Martin Luther King Jr."
        elif end > start and end < limit and doc[end].lower_ in PATRONYMIC_SUFFIXES:
            end += 1  # "Aizada Marat kyzy", "Bakyt uulu"
        return end

    def _particle_leads_on(self, doc: Doc, i: int, limit: int) -> bool:
        """A particle ("van", "der", "bin", "al-") is part of a name when more name follows."""
        while i < limit and (doc[i].lower_ in NAME_PARTICLES and doc[i].is_lower or (
            doc[i].text == "-" and doc[i - 1].lower_ in NAME_PARTICLES
        )):
            i += 1
        return i < limit and self.is_name_word(doc[i])

    def _full_name(self, doc: Doc, start: int, end: int) -> bool:
        """Two or more words, or an initial before a surname."""
        return end - start >= 2

    # -- contexts --------------------------------------------------------------------

    def _candidates(self, doc: Doc) -> list[tuple[int, int]]:
        candidates = []
        names = self._name_flags(doc)  # entities do not change here
        lowers = lower_forms(doc)
        headline_verbs = self.headline_verbs
        for i in [
            i for i, word in enumerate(lowers)
            if word in headline_verbs or word[-1:] == "s" and self._verb_form(word)
        ]:
            # "General Assembly Elects Annalena Baerbock": a headline verb is no name word
            if names[i] and in_title_case_line(doc, i):
                names[i] = False
        for start in [i for i, name in enumerate(names) if name]:
            if start > 0 and names[start - 1] and not doc[start].is_sent_start:
                continue  # inside a name that starts earlier in the sentence
            particle = _particle_before(doc, start)  # "al-Harthy", "el-Sisi"
            if not names[start] or (  # inside "Mbeki-Hall", not after a dash "ministers - Name"
                start > 0 and doc[start - 1].text == "-" and particle == start
                and not doc[start - 1].whitespace_
            ):
                continue
            end = self.name_end(doc, start)
            if end == start or end < len(doc) and doc[end].lower_ in NOT_AFTER_NAMES:
                continue  # "for Eastern European states", "the Nordic group"
            if start > 0 and doc[start - 1].lower_ in NOT_BEFORE_NAMES:
                if self._cued_person(doc, start, end):
                    candidates.append((start, end))
                continue
            if self._inside_portfolio(doc, start) or self._whole_quotation(doc, start, end):
                continue
            if self._is_person(doc, start, end) or particle < start and self._is_person(
                doc, particle, end
            ):
                candidates.append((particle, end))
        return candidates

    def _whole_quotation(self, doc: Doc, start: int, end: int) -> bool:
        """"Vande Mataram," Swaraj said: capitalised words that are all of a quotation."""
        if start == 0 or doc[start - 1].text not in OPENING_QUOTES:
            return False
        k = end
        while k < len(doc) and doc[k].is_punct and doc[k].text not in CLOSING_QUOTES:
            k += 1
        return k < len(doc) and doc[k].text in CLOSING_QUOTES

    def _inside_portfolio(self, doc: Doc, start: int) -> bool:
        """"Minister for Foreign Affairs and Human Mobility of Ecuador": capitalised words
        after "and" that continue an office's portfolio."""
        k = start - 1
        if k < 2 or doc[k].lower_ not in {"and", "&"}:
            return False
        k -= 1
        while k > 0 and doc[k].is_title and not doc[k].ent_type_:
            k -= 1
        return k < start - 2 and doc[k].lower_ in {"for", "of"} and (
            self.titles.ending_at(doc, k) is not None
        )

    def _name_flags(self, doc: Doc) -> list[bool]:
        """``is_name_word`` of every token, from token arrays and the per-word cache."""
        shaped = self._name_shaped_words
        gpe = doc.vocab.strings["GPE"]
        rows = doc.to_array([ORTH, ENT_TYPE]).tolist() if len(doc) else []
        vocab = doc.vocab
        for orth in {orth for orth, label in rows if not label}.difference(shaped):
            shaped[orth] = self._name_shaped_word(vocab[orth])
        return [
            (shaped[orth] or orth in self._capital_letters and is_bare_initial(doc[i]))
            if not label
            else label == gpe and self.is_name_word(doc[i])
            for i, (orth, label) in enumerate(rows)
        ]

    def _is_person(self, doc: Doc, start: int, end: int) -> bool:
        full = self._full_name(doc, start, end)
        if is_initial(doc[start]) and end - start >= 2:
            return True
        title = self._title_before(doc, start)
        if title is not None and (
            full or doc[title].is_title or doc[title].text in self.honorifics
        ):
            return True
        after_article = start > 0 and doc[start - 1].lower_ in ARTICLES
        if full and not after_article and (
            self._speech_after(doc, end) or self._speech_before(doc, start)
        ):
            return True  # not "from the Eastern European states"
        if end - start == 1 and self._speech_before(doc, start) and self._apposition_after(
            doc, end
        ) and doc[start].lower_ not in self.common_words:
            return True  # "said Darmawan, a researcher at ...": a single name
        if full and self._credited(doc, start):
            return True
        if self._foreign_name_shape(doc, start, end):
            return True
        if full and start > 1 and doc[start - 1].text in {"'s", "’s"} and (
            doc[start - 2].ent_type_ == "COUNTRY"
        ):
            return True  # "Afghanistan's Zalmai Rassoul"
        if full and start > 2 and doc[start - 1].lower_ == "for" and (
            doc[start - 2].like_num and doc[start - 3].lower_ in {"to", "against"}
            or doc[start - 2].lower_ in {"votes", "vote"}
        ):
            return True  # "109 votes to 78 for Altangerel Bold", "121 against 68 for Name"
        if full and (self._apposition_after(doc, end) or self._as_title_after(doc, end)):
            return True
        if full and self._life_or_office_after(doc, end):
            return True
        if full and end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who":
            return True  # "Rosa Quispe, who heads ..."
        if full and end + 2 < len(doc) and doc[end].text == "(" and (
            doc[end + 1].ent_type_ == "COUNTRY"
        ):
            return True  # "Maria Telalian (Greece)"
        if full and end + 1 < len(doc) and doc[end].lower_ == "of" and (
            doc[end + 1].ent_type_ == "COUNTRY"
        ):
            return True  # "elected Ana Lucia Ferreira of Brazil"
        if full and self.person_nouns.ending_at(doc, self._skip_back_comma(doc, start)):
            return True
        return full and (self._byline(doc, start, end) or self._lexical_name(doc, start, end))

    def _upper_case_labels(
        self, doc: Doc, found: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Names in capitals at the start of a line: a byline ("By DANIEL OKAFOR") and a
        transcript's speaker labels ("PRESENTER (MAJA ZORN):", "BREGAR:"); a label of one
        word only when it is the surname of a person named elsewhere."""
        labels: list[tuple[int, int]] = []
        single: list[tuple[int, int]] = []
        for i in line_starts(doc):
            while i < len(doc) and doc[i].is_space:
                i += 1
            if i + 1 >= len(doc):
                continue
            if doc[i].lower_ == "by" and doc[i].text in {"By", "BY"}:
                end = self._upper_name_end(doc, i + 1)
                line_end = line_bounds(doc, i)[1]
                if end - (i + 1) >= 2 and (end >= line_end or doc[end].text in {",", "|", "and"}):
                    labels.append((i + 1, end))  # "By DANIEL OKAFOR"
                continue
            start = i
            if doc[i].lower_ in self.speaker_roles and doc[i].is_upper and (
                doc[i + 1].text == "("
            ):
                start = i + 2  # "PRESENTER (MAJA ZORN):"
                close = next((m for m in range(start + 1, min(len(doc) - 1, start + 6))
                              if doc[m].text == ")"), None)
                if close is not None and doc[close + 1].text == ":" and all(
                    t.is_upper and t.is_alpha or t.text == "-" for t in doc[start:close]
                ):
                    labels.append((start, close))  # any capitals: "PRESENTER (ALLA MOROZOVA):"
                    continue
            end = self._upper_name_end(doc, start)
            if end == start or end >= len(doc):
                continue
            closing = end + 1 if start > i and doc[end].text == ")" else end
            if closing + 2 < len(doc) and doc[closing].text == "(" and doc[closing + 2].text == ")":
                closing += 3  # "FAJON (recording):"
            if closing >= len(doc) or doc[closing].text != ":":
                continue
            if start == i and doc[start].lower_ in self.speaker_roles:
                continue
            (single if start == i and end - start == 1 else labels).append((start, end))
        # "ZORN:", "BREGAR:": a surname of a person named elsewhere ("UPDATE:" is none)
        surnames = {doc[end - 1].lower_ for _, end in found + labels}
        return labels + [(start, end) for start, end in single if doc[start].lower_ in surnames]

    def _upper_name_end(self, doc: Doc, start: int) -> int:
        """The end of capitalised words (six tokens at most) from ``start`` ("MAJA ZORN",
        "CARVALHO-MARSH", "REBELO DE SOUSA") that are no entity and no common word."""
        end = start
        while end < len(doc) and end - start < 6 and (
            doc[end].is_upper and doc[end].is_alpha and len(doc[end]) > 1
            and not doc[end].ent_type_ and doc[end].lower_ not in self.title_words
            and (doc[end].lower_ not in self.common_words  # but "PROVIDENCE-JACK"
                 or end > start + 1 and doc[end - 1].text == "-" and not doc[end - 1].whitespace_)
            or doc[end].text == "-" and end > start and not doc[end].whitespace_
            and not doc[end - 1].whitespace_
            or doc[end].lower_ in NAME_PARTICLES and doc[end].is_upper and end > start
        ):
            end += 1
        while end > start and (doc[end - 1].text == "-" or doc[end - 1].lower_ in NAME_PARTICLES):
            end -= 1
        return end

    def _upper_case_headline_names(self, doc: Doc) -> list[tuple[int, int]]:
        """"SERBIA'S JEREMIĆ ELECTED ...": in an upper-case line, a word after a country's
        possessive that is neither a common word nor a title is a surname."""
        found = []
        orths = doc.to_array(ORTH).tolist() if len(doc) else []
        possessive = self._possessive_orths
        lowers = lower_forms(doc)
        after_titles = {  # the first word after an upper-case title, "DIPLOMAT", "MINISTER"
            i + 2 for i in range(len(orths) - 2)
            if (lowers[i + 1] in self.title_words or lowers[i + 1] in self.person_noun_words)
            and doc[i + 1].is_upper and doc[i + 2].is_upper and doc[i + 2].is_alpha
        } if len(doc) else set()
        # only the words right after a possessive or an upper-case title are looked at
        starts = [i + 1 for i, orth in enumerate(orths[1:-1], start=1) if orth in possessive]
        for k in sorted(set(starts) | after_titles):
            token = doc[k]
            if not (token.is_upper and token.is_alpha) or token.ent_type_:
                continue
            # after a country's possessive, or after a title or person noun: "TURKISH
            # DIPLOMAT VOLKAN BOZKIR ELECTED"
            if doc[k - 2].ent_type_ != "COUNTRY" and k not in after_titles:
                continue
            end = k + 1
            while end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].is_upper and not (
                doc[end - 1].whitespace_ or doc[end].whitespace_
            ):
                end += 2  # "AL-NASSER"
            while k in after_titles and end < len(doc) and end - k < 3 and doc[end].is_upper and (
                doc[end].is_alpha and not self._headline_word(doc[end].lower_)
            ):
                end += 1  # "VOLKAN BOZKIR"
            if k in after_titles and self._headline_word(doc[k].lower_):
                continue
            word = doc[end - 1].lower_
            if len(doc[k:end].text) <= 2 or not _upper_line(doc, k):
                continue
            if word in self.common_words or word in self.title_words:
                continue
            found.append((k, end))
        return found

    def _verb_form(self, word: str) -> bool:
        """A headline verb, or a common verb's third person ("Withdraws", "Names")."""
        return word in self.headline_verbs or (
            len(word) > 4 and word.endswith("s") and word[:-1] in self.common_words
            and word not in self.common_words
        )

    def _headline_word(self, word: str) -> bool:
        return word in self.common_words or word in self.title_words or word in self.headline_verbs

    def _cued_person(self, doc: Doc, start: int, end: int) -> bool:
        """After a word that usually introduces a place ("from", "in"), only a name of two
        or more words followed by its country or a relative "who" is a person ("took over
        from Nassir Al-Nasser of Qatar"; not "In New York, India's envoy ...")."""
        if end - start < 2 or end + 1 >= len(doc):
            return False
        if doc[end].lower_ == "of" or doc[end].text == "(":
            return doc[end + 1].ent_type_ == "COUNTRY"
        # "took over from Name, a former Prime Minister of Cameroon"
        return doc[end].text == "," and (
            doc[end + 1].lower_ == "who"
            or doc[end + 1].lower_ in {"a", "an", "the"} and self._title_ahead(doc, end + 1)
        )

    def _lexical_name(self, doc: Doc, start: int, end: int) -> bool:
        """A name the word statistics alone mark: its last word is rare as a common word and
        its first word is a given name ("Maria Quispe") or rare too ("Haryo Wicaksono")."""
        if start > 0 and doc[start - 1].lower_ in ARTICLES:
            return False
        words = [t.text for t in doc[start:end] if t.is_alpha and not t.is_lower]
        if not words or words[-1].lower() in self.common_words:
            return False
        return words[0] in self.given_names or all(
            word.lower() not in self.common_words for word in words
        )

    def _title_before(self, doc: Doc, start: int) -> int | None:
        """Start of a title or honorific right before ``start``, or of a title followed by
        entities in prepositional phrases: "Permanent Representative of Kazakhstan to the UN"."""
        sentence_start = doc[start].sent.start
        i = skip_parenthesis(doc, start, sentence_start)
        if i > sentence_start and doc[i - 1].text == ",":
            i -= 1
        crossed_entity = False
        destination = skip_destination(doc, i, sentence_start)  # "... to the organizations in"
        if destination != i and doc[destination - 1].ent_type_ in {"ORG", "COUNTRY"}:
            i = destination
        while i > sentence_start and doc[i - 1].ent_type_ in {"ORG", "COUNTRY", "GPE"}:
            j = i - 1
            while j > sentence_start and doc[j].ent_iob_ == "I":
                j -= 1
            if j > sentence_start and doc[j - 1].lower_ in ARTICLES:
                j -= 1
            if j <= sentence_start or doc[j - 1].lower_ not in LINKING_PREPOSITIONS:
                return None
            i = j - 1
            crossed_entity = True
        if not crossed_entity and i > sentence_start and doc[i - 1].text in self.honorifics:
            return i - 1
        title = self.titles.ending_at(doc, i, sentence_start)
        if title is None and not crossed_entity and doc[i].text == ",":
            # "Ghana's Minister for Foreign Affairs and Regional Integration, Name"
            title = title_before_portfolio(doc, self.titles, i, sentence_start)
        if title is None and not crossed_entity:
            title = self._title_of_common_noun(doc, i, sentence_start)
        return title

    def _title_of_common_noun(self, doc: Doc, i: int, floor: int) -> int | None:
        """"The head of the presidential administration Name": a title, "of [the]" and up
        to three lower-case words."""
        j = i
        while j > floor and i - j < 3 and doc[j - 1].is_lower and doc[j - 1].is_alpha and (
            doc[j - 1].lower_ not in ARTICLES | LINKING_PREPOSITIONS
        ):
            j -= 1
        if j == i:
            return None
        if j > floor and doc[j - 1].lower_ in ARTICLES:
            j -= 1
        if j > floor and doc[j - 1].lower_ == "of":
            return self.titles.ending_at(doc, j - 1, floor)
        return None

    def _foreign_name_shape(self, doc: Doc, start: int, end: int) -> bool:
        """Three or more name words joined by a hyphen or a lower-case particle:
        "Jean-Yves Le Drian", "Pieter van der Berg"."""
        words = [t for t in doc[start:end] if t.text not in {"-", "'"}]
        if len(words) < 3 or (start > 0 and doc[start - 1].lower_ in ARTICLES):
            return False
        # a hyphen only in the given name: "Jean-Yves", not "Nuclear-Weapon-Free"
        hyphens = [t.i for t in doc[start:end] if t.text == "-"]
        hyphenated = hyphens == [start + 1]
        if hyphens == [start + 2] and end == start + 4 and doc[start + 3].is_lower and (
            doc[start].is_title and doc[start + 1].is_title
            and not (doc[start + 1].whitespace_ or doc[start + 2].whitespace_)
        ):
            return True  # a Korean name: family name, then a two-part given name "Ji-ho"
        particle = any(t.is_lower and t.lower_ in NAME_PARTICLES for t in doc[start:end])
        return hyphenated or particle

    def _credited(self, doc: Doc, start: int) -> bool:
        """"Reporting by Name", "Editing by Name"."""
        return self.credit_cues.ending_at(doc, start) is not None

    def _speech_after(self, doc: Doc, end: int) -> bool:
        i = end
        if i < len(doc) and doc[i].text == ",":
            return False
        while i < len(doc) and doc[i].lower_ in self.speech_auxiliaries:
            i += 1
        return i < len(doc) and doc[i].lower_ in self.speech_verbs

    def _speech_before(self, doc: Doc, start: int) -> bool:
        """"said Name", "according to Name"."""
        if start > 0 and doc[start - 1].lower_ in self.speech_verbs:
            return True
        return start > 1 and (doc[start - 2].lower_, doc[start - 1].lower_) == ("according", "to")

    def _skip_back_comma(self, doc: Doc, start: int) -> int:
        return start - 1 if start > 0 and doc[start - 1].text == "," else start

    def _title_ahead(self, doc: Doc, i: int) -> bool:
        """A title at ``i`` after at most a few modifiers ("a former Portuguese foreign
        minister", "Djibouti's former foreign minister", "the architect")."""
        while i < len(doc) and (
            doc[i].lower_ in ARTICLES or doc[i].ent_type_ or doc[i].text in {"'s", "’s"}
        ):
            i += 1
        for _ in range(MODIFIER_LIMIT + 1):
            if i >= len(doc):
                return False
            if self.titles.starting_at(doc, i) or self.person_nouns.starting_at(doc, i):
                return True
            generic_noun = doc[i].is_alpha and not doc[i].ent_type_ and (
                self.titles.starting_at(doc, i + 1) is not None
            ) and doc[i].lower_ not in ARTICLES | LINKING_PREPOSITIONS
            if not (
                doc[i].lower_ in self.title_modifiers or doc[i].ent_type_ == "NORP" or generic_noun
            ):
                return False
            i += 1
        return False

    def _apposition_after(self, doc: Doc, end: int) -> bool:
        """"Name, [a] [former] director ...", "Name, Kazakhstan's ambassador", "Name of
        Egypt, a former deputy secretary-general"."""
        if end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "COUNTRY":
            end += 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        if end >= len(doc) or doc[end].text != ",":
            return False
        if end + 3 < len(doc) and doc[end + 1].lower_ in {"a", "an"} and (
            doc[end + 2].ent_type_ == "NORP" and doc[end + 3].lower_ == "who"
        ):
            return True  # "Name, an Australian who serves as ..."
        return self._title_ahead(doc, end + 1)

    def _life_or_office_after(self, doc: Doc, end: int) -> bool:
        """"Name was born in", "Name died on", "Name later became Secretary-General"."""
        i = end
        while i < len(doc) and doc[i].lower_ in self.speech_auxiliaries:
            i += 1
        if i + 1 >= len(doc):
            return False
        word = doc[i].lower_
        if word in {"born", "died", "dies"} or word == "passed" and doc[i + 1].lower_ == "away":
            return True
        return word in {"became", "becomes"} and self._title_ahead(doc, i + 1)

    def _as_title_after(self, doc: Doc, end: int) -> bool:
        """"elected Name as deputy chairperson", "Name as ambassador"."""
        return end < len(doc) and doc[end].lower_ == "as" and self._title_ahead(doc, end + 1)

    def _byline(self, doc: Doc, start: int, end: int) -> bool:
        """A line holding only the name (after an optional "By"), among the first
        ``BYLINE_LINES`` non-empty lines or as the last one."""
        line_start, line_end = line_bounds(doc, start)
        words = [t for t in doc[line_start:line_end] if not t.is_space]
        if words and words[0].lower_ == "by":
            words = words[1:]
            if words and words[0].i == start:
                return True  # "By Name", "By Name – Agency:", "By Name in World on 5 May"
        if words and words[0].i == start and end <= words[-1].i and doc[end].text in {
            ",", "-", "–", "—", "/"
        }:
            words = words[: end - start]  # "Name, UzA" as the last line
        elif words and words[0].i == start and end + 1 <= words[-1].i and (
            doc[end].lower_ == "in" and all(t.ent_type_ == "GPE" for t in words[end - start + 1 :])
        ):
            words = words[: end - start]  # "Name in New York" under the headline
        if not words or words[0].i != start or words[-1].i != end - 1:
            return False
        lines_before = [line for line in doc[:line_start].text.splitlines() if line.strip()]
        return len(lines_before) < BYLINE_LINES or not doc[line_end:].text.strip()

    # -- propagation -----------------------------------------------------------------

    def _propagate(self, doc: Doc) -> list[Span]:
        """Other mentions of a known person: the full name again, its surname or last
        words ("Serikbayev", "Byrne Nason", "Van der Berg") or a run of its later words
        ("bin Zayed", "Rodríguez" of "Bruno Rodríguez Parrilla")."""
        forms: set[tuple[str, ...]] = set()
        lowers = lower_forms(doc)
        entity_types = doc.to_array(ENT_TYPE).tolist() if len(doc) else []  # fixed here
        person = doc.vocab.strings["PERSON"]
        place_words = {  # words that name a place or body elsewhere in the document
            lowers[k] for ent in doc.ents if ent.label != person for k in range(ent.start, ent.end)
        }
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent) < 2:
                continue
            words = [t.lower_ for t in ent if t.text != "-"]
            if "-" not in ent.text:
                forms.add(tuple(words))  # "ANNALENA BAERBOCK" in an upper-case headline
            for a in range(1, len(words)):
                for b in range(a + 1, min(len(words), a + 3) + 1):
                    if words[b - 1] not in NAME_PARTICLES:
                        forms.add(tuple(words[a:b]))
            first = ent[0]
            # "Ban Ki-moon", "Moon Jae-in": a hyphenated given name follows the family name
            family_first = len(ent) == 4 and ent[2].text == "-" and ent[3].is_lower
            if (
                len(first) > 1 and first.is_title and first.lower_ not in NAME_PARTICLES
                and first.lower_ not in place_words  # not "Jordan" of "Jordan Hale"
                and (family_first or first.text not in self.given_names
                     and first.lower_ not in self.common_words)
            ):
                # "Anwar" of "Anwar Ibrahim", "Hwang" of "Hwang Joon-kook": a first word that
                # is no common given name is used alone (family names first, Asian given names)
                forms.add((first.lower_,))
        # "Jeremic" in a headline for "Vuk Jeremić": the unaccented spelling too
        forms |= {tuple(strip_accents(w) for w in form) for form in forms if not all(
            w.isascii() for w in form
        )}
        longest = max((len(form) for form in forms), default=0)
        spans = []
        firsts = {form[0] for form in forms}
        i = 0
        for position in [k for k, word in enumerate(lowers) if word in firsts]:
            if position < i:
                continue
            i = position  # a mention starts with the first word of a form
            # the cheap word tests first, then _is_mention
            match = next(
                (
                    doc[i : i + n]
                    for n in range(longest, 0, -1)
                    if i + n <= len(lowers)
                    and tuple(lowers[i : i + n]) in forms
                    and not any(entity_types[i : i + n])
                    and self._is_mention(doc[i : i + n], n, forms)
                ),
                None,
            )
            if match is None:
                i += 1
                continue
            start = match.start
            while start > 0 and self.is_name_word(doc[start - 1]) and (
                doc[start - 1].sent == match.sent
            ) and not (  # "How Jeremić Beat Čekuolis": a headline verb is no first name,
                # nor a common word ("Britain Withdraws Greenwood, Leaving Bhandari ...")
                (self._verb_form(lowers[start - 1]) or lowers[start - 1] in self.common_words)
                and in_title_case_line(doc, start - 1)
            ):
                start -= 1
            end = match.end
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and (
                not doc[end].whitespace_ and doc[end + 1].is_alpha
            ):
                end += 2  # "Ban Ki-moon" in a headline: the whole hyphenated given name
            spans.append(Span(doc, start, end, label="PERSON"))
            i = end
        return spans

    def _is_mention(self, window: Span, n: int, forms: set[tuple[str, ...]]) -> bool:
        if len(window) != n or any(t.ent_type_ for t in window):
            return False
        if tuple(t.lower_ for t in window) not in forms:
            return False
        if all(t.is_upper and t.is_alpha for t in window) and _upper_line(window.doc, window.start):
            # "JEREMIĆ ELECTED PRESIDENT": a known surname in an upper-case headline
            return all(
                len(t) > 2 and t.lower_ not in self.common_words
                and t.lower_ not in self.title_words
                for t in window
            )
        return is_name_shaped(window[-1].text) and (
            is_name_shaped(window[0].text) or window[0].lower_ in NAME_PARTICLES
        )


@Language.factory("ksc_people")
def make_people(nlp: Language, name: str) -> PersonFinder:
    return PersonFinder(nlp, name)


def _origin_after(doc: Doc, i: int) -> bool:
    """"elected Sofia Lindgren-Ek of Sweden": a country of origin within a few tokens."""
    return any(
        doc[k].lower_ in {"of", "("} and doc[k + 1].ent_type_ == "COUNTRY"
        for k in range(i + 2, min(len(doc) - 1, i + 6))
    )


QUESTION_MODALS = {"Will", "Can", "May", "Should", "Would", "Could", "Must", "Shall"}


def _opening_modal(doc: Doc, start: int, end: int) -> int:
    """1 when a name of two words or more opens a question with a modal ("Will Pérez de
    Cuéllar accept?"), else 0."""
    if end - start < 2 or doc[start].text not in QUESTION_MODALS or not doc[start].is_sent_start:
        return 0
    sentence = doc[start].sent
    last = sentence.end - 1
    while last > start and doc[last].is_space:
        last -= 1
    return int(doc[last].text == "?")

