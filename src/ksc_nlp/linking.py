"""Canonical ids: one kb_id per person (the fullest name in the document) and per
organisation; every COUNTRY, PERSON and ORG span gets one."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

KB_LABELS = {"COUNTRY", "PERSON", "ORG"}


def _name_parts(span: Span) -> list[str]:
    return [token.text for token in span if not token.is_punct or token.text == "-"]


def _compatible(short: list[str], full: list[str]) -> bool:
    """"M. Bashimov", "Bashimov" and "Byrne Nason" fit "Marat Bashimov" and "Geraldine
    Byrne Nason": aligned from the surname, each word is equal or an initial of it."""
    if not short or not full or short[-1] != full[-1] or len(short) > len(full):
        return False
    for part, full_part in zip(reversed(short), reversed(full), strict=False):
        if part.endswith(".") and len(part) <= 3:
            if not full_part.startswith(part.rstrip(".")[:1]):
                return False
        elif part != full_part:
            return False
    return True


def _fullness(parts: list[str]) -> tuple[int, int]:
    words = [part for part in parts if not part.endswith(".")]
    return len(words), len(" ".join(parts))


class Linker:
    """Assigns kb_ids. People: the fullest compatible name with the same surname.
    Others keep the id their finder gave them, or their text."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        names = [(_name_parts(ent), " ".join(ent.text.split())) for ent in people]
        linked = []
        for ent in doc.ents:
            kb_id = ent.kb_id_
            if ent.label_ == "PERSON":
                own = _name_parts(ent)
                matches = [name for name in names if _compatible(own, name[0])]
                kb_id = max(matches, key=lambda name: _fullness(name[0]))[1]
            elif ent.label_ in KB_LABELS and not kb_id:
                kb_id = " ".join(ent.text.split())
            linked.append(Span(doc, ent.start, ent.end, label=ent.label_, kb_id=kb_id))
        doc.ents = linked
        return doc


@Language.factory("ksc_linking")
def make_linking(nlp: Language, name: str) -> Linker:
    return Linker(nlp, name)
