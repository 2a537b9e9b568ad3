"""Canonical ids: one kb_id per person (the fullest name in the document) and per
organisation; every COUNTRY, PERSON and ORG span gets one."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .entity_set import annotation_complete
from .resources import DataComponent
from .tokenization import strip_accents

KB_LABELS = {"COUNTRY", "PERSON", "ORG"}


def _name_parts(span: Span) -> list[str]:
    return [token.text for token in span if not token.is_punct or token.text == "-"]


def _folded(word: str) -> str:
    """Lower case, with the Turkish dotless i that upper-case headlines lose ("BOZKIR") and
    without accents ("Jeremic" for "Jeremić")."""
    return strip_accents(word.lower().replace("ı", "i"))


def _compatible(short: list[str], full: list[str]) -> bool:
    """"A. Serikbayev", "Serikbayev", "Byrne Nason", "Rodríguez" and "John Ashe" fit "Aidos
    Serikbayev", "Geraldine Byrne Nason", "Bruno Rodríguez Parrilla" and "John William Ashe":
    the short form is a run of the full name's words (case aside), its first and last words,
    or its surname with initials that fit."""
    short_lower = [_folded(part) for part in short]
    full_lower = [_folded(part) for part in full]
    if not short or len(short) > len(full):
        return False
    n = len(short)
    if any(full_lower[k : k + n] == short_lower for k in range(len(full) - n + 1)):
        return True
    if n >= 2 and short_lower[0] == full_lower[0] and short_lower[1:] == full_lower[1 - n :]:
        # "John Ashe" of "John William Ashe", "Ana de Silva" of "Ana Maria de Silva": the
        # middle names left out
        return True
    initials = short[:-1]
    if short_lower[-1] == full_lower[0] and len(full) > len(initials) and _initials_of(
        initials, full[1:]
    ):
        return True  # "A.Yusupov" of "Yusupov Akmal Rustamovich": surname written first
    if short_lower[-1] != full_lower[-1]:
        return False
    if _initials_of(initials, full):
        return True  # "E. Mammadli", "Ts.Altangerel": the initials of the first given names
    for part, full_part in zip(reversed(short), reversed(full), strict=False):
        if part.endswith(".") and len(part) <= 3:
            if not full_part.startswith(part.rstrip(".")[:1]):
                return False
        elif _folded(part) != _folded(full_part):
            return False
    return True


def _initials_of(initials: list[str], names: list[str]) -> bool:
    """Every one of ``initials`` ("E.", "Ts.") begins the name in the same place."""
    return bool(initials) and all(
        part.endswith(".") and len(part) <= 3 and word.startswith(part.rstrip("."))
        for part, word in zip(initials, names, strict=False)
    )


def _fullness(parts: list[str]) -> int:
    """The number of words of a name, initials aside."""
    return len([part for part in parts if not part.endswith(".")])


FORMER_NAME_CUES = (("under", "the", "name", "of"), ("then", "known", "as"),
                    ("formerly", "known", "as"), ("then", "called"), ("under", "the", "name"))


def _former_name(doc: Doc, ent: Span) -> bool:
    """The country name follows "under the name of", "then known as" or similar."""
    k = ent.start
    if k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    if k == 0 or doc[k - 1].lower_ not in {"of", "as", "called", "name"}:
        return False  # the cheap test first: most countries follow none of these
    words = tuple(t.lower_ for t in doc[max(0, k - 4) : k])
    return any(words[-len(cue) :] == cue for cue in FORMER_NAME_CUES)


class Linker(DataComponent):
    """Assigns kb_ids. People: the fullest compatible name with the same surname. A body
    named without its parent ("the Board of Governors") takes the id of that body of an
    organisation the document names ("IAEA Board of Governors" after "the IAEA"). Others
    keep the id their finder gave them, or their text."""

    data_files = {"organisations": "organisations.jsonl"}

    def compile(self) -> None:
        alias_ids = self.alias_ids = {
            alias: entry["id"] for entry in self.data["organisations"] for alias in entry["aliases"]
        }
        # "General Conference" -> {"United Nations Educational, ...": "UNESCO General Conference"}
        self.bodies: dict[str, dict[str, str]] = {}
        self.parent_of: dict[str, str] = {}  # "UNESCO Executive Board" -> UNESCO's id
        for entry in self.data["organisations"]:
            # "UNESCO Executive Board", or a body with its parent and bare name given
            parent, _, body = entry["id"].partition(" ")
            if "parent" in entry and "body" in entry:
                parent, body = entry["parent"], entry["body"]
            if body and parent in alias_ids and alias_ids[parent] != entry["id"]:
                self.bodies.setdefault(body, {})[alias_ids[parent]] = entry["id"]
                self.parent_of[entry["id"]] = alias_ids[parent]

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        ents = list(doc.ents)
        named = {ent.kb_id_ for ent in ents if ent.label_ == "ORG"}
        parents = named | {self.parent_of[kb_id] for kb_id in named if kb_id in self.parent_of}
        people = [ent for ent in ents if ent.label_ == "PERSON"]
        names = [(_name_parts(ent), " ".join(ent.text.split())) for ent in people]
        own_parts = {ent.start: name[0] for ent, name in zip(people, names, strict=True)}
        changed = []
        for ent in ents:
            kb_id = ent.kb_id_
            if ent.label_ == "PERSON":
                own = own_parts[ent.start]
                matches = [
                    (number, name) for number, name in enumerate(names)
                    if _compatible(own, name[0])
                ]
                # the fullest name (words, then initials too), as written in running text
                # rather than an upper-case headline; between equally full names of different
                # people (a father and his son), the one named first
                kb_id = max(
                    matches,
                    key=lambda match: (
                        _fullness(match[1][0]),
                        len(match[1][0]),
                        not match[1][1].isupper(),
                        -match[0],
                    ),
                )[1][1]
                if kb_id.isupper():
                    kb_id = kb_id.title()  # "MAJA ZORN" of a speaker label: "Maja Zorn"
            elif ent.label_ == "COUNTRY" and _former_name(doc, ent):
                # "the Republic of Zaire, ... admitted under the name of the Republic of the
                # Congo": the state the sentence is about, under its former name
                earlier = [
                    e for e in ents
                    if e.label_ == "COUNTRY" and ent.sent.start <= e.start < ent.start
                    and e.kb_id_ != kb_id
                ]
                kb_id = earlier[-1].kb_id_ if len({e.kb_id_ for e in earlier}) == 1 else kb_id
            elif ent.label_ in KB_LABELS and not kb_id:
                kb_id = " ".join(ent.text.split())
            if ent.label_ == "ORG" and kb_id in self.bodies:
                named = [body for parent, body in self.bodies[kb_id].items() if parent in parents]
                if len(named) == 1:
                    kb_id = named[0]
            elif ent.label_ == "ORG" and " of " in kb_id:
                # "Executive Board of the United Nations Educational, Scientific and Cultural
                # Organization": a body named with its parent after "of"
                body, _, parent = kb_id.partition(" of ")
                parent_id = self.alias_ids.get(parent.removeprefix("the "))
                kb_id = self.bodies.get(body, {}).get(parent_id, kb_id)
            if kb_id != ent.kb_id_:
                changed.append(Span(doc, ent.start, ent.end, label=ent.label_, kb_id=kb_id))
        if annotation_complete(doc):
            doc.set_ents(changed, default="unmodified")  # only the entities whose id changes
        else:
            new = {span.start: span for span in changed}
            doc.ents = [new.get(ent.start, ent) for ent in ents]
        return doc


@Language.factory("ksc_linking")
def make_linking(nlp: Language, name: str) -> Linker:
    return Linker(nlp, name)
