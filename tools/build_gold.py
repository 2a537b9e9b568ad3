"""Rebuild corpus/gold/*.jsonl from the hand-written corpus/gold/src/*.ann.json files.

    python tools/build_gold.py
"""

from pathlib import Path

import srsly

import ksc_nlp
from ksc_nlp.gold import build_gold

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold"


def main() -> None:
    nlp = ksc_nlp.load()
    for annotation in sorted((GOLD / "src").glob("*.ann.json")):
        record = build_gold(annotation, ROOT, nlp)
        target = GOLD / (annotation.name.removesuffix(".ann.json") + ".jsonl")
        srsly.write_jsonl(target, [record])
        print(f"{annotation.relative_to(ROOT)} -> {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
