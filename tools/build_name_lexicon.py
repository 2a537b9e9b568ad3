"""Derive src/ksc_nlp/data/name_lexicon.json from spacy-lookups-data's English tables.

    python tools/build_name_lexicon.py

``en_lexeme_prob`` holds case-sensitive log-probabilities of 1M words, ``en_lexeme_cluster``
their Brown clusters. Two word sets come out of them:

* ``common_words``: lower-case words that are frequent (log-prob above ``COMMON_LOGPROB``)
  and at least about as frequent as their capitalised form (``CASE_MARGIN``): "band",
  "creek", "railway". A capitalised word whose lower-case form is not among them is rare as
  a common word, so a candidate proper noun ("Quispe", "Wicaksono", "Serikbayev").
* ``given_names``: the capitalised words of the Brown clusters that hold given names. The
  clusters are chosen by our own hand-made gold (``corpus/gold``), not by hand: a cluster
  qualifies when at least ``MIN_FIRST_WORDS`` distinct first words of multi-word PERSON
  spans fall in it and it holds more than twice as many first words as last words (so
  surname clusters, which hold last words, do not).

Loading the full tables takes seconds; the derived file loads in milliseconds.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import spacy_lookups_data
import srsly

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "ksc_nlp" / "data" / "name_lexicon.json"
TABLES = Path(spacy_lookups_data.__file__).parent / "data"
COMMON_LOGPROB = -15.0
CASE_MARGIN = 1.0
MIN_FIRST_WORDS = 10
UNKNOWN = -25.0


def gold_name_words() -> tuple[Counter[str], Counter[str]]:
    """First and last words of the multi-word PERSON spans of the hand-made gold."""
    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    for path in sorted((ROOT / "corpus" / "gold").glob("*.jsonl")):
        for record in srsly.read_jsonl(path):
            for span in record["spans"]:
                words = record["text"][span["start"] : span["end"]].split()
                if span["label"] == "PERSON" and len(words) >= 2:
                    first[words[0]] += 1
                    last[words[-1]] += 1
    return first, last


def given_name_clusters(clusters: dict[str, int]) -> set[int]:
    first, last = gold_name_words()
    first_hits = Counter(clusters[w] for w in first if clusters.get(w))
    last_hits = Counter(clusters[w] for w in last if clusters.get(w))
    return {
        cluster
        for cluster, hits in first_hits.items()
        if hits >= MIN_FIRST_WORDS and hits > 2 * last_hits[cluster]
    }


def main() -> None:
    probs: dict[str, float] = srsly.read_gzip_json(TABLES / "en_lexeme_prob.json.gz")
    clusters: dict[str, int] = srsly.read_gzip_json(TABLES / "en_lexeme_cluster.json.gz")
    common = sorted(
        word
        for word, logprob in probs.items()
        if word.isalpha()
        and word.islower()
        and logprob > COMMON_LOGPROB
        and logprob >= probs.get(word.capitalize(), UNKNOWN) - CASE_MARGIN
    )
    chosen = given_name_clusters(clusters)
    given = sorted(
        word
        for word, cluster in clusters.items()
        if cluster in chosen and word.isalpha() and word.istitle() and len(word) > 1
    )
    TARGET.write_text(
        json.dumps(
            {
                "source": "spacy-lookups-data en_lexeme_prob / en_lexeme_cluster, "
                "derived by tools/build_name_lexicon.py",
                "clusters": sorted(chosen),
                "given_names": given,
                "common_words": common,
            },
            ensure_ascii=False,
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{TARGET.relative_to(ROOT)}: clusters {sorted(chosen)}, {len(given)} given names, "
          f"{len(common)} common words")


if __name__ == "__main__":
    main()
