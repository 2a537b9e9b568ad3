"""The review page: its content, that it is self-contained, and how headless Chromium shows it."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from ksc_nlp.cli import app
from ksc_nlp.inputs import Document, iter_documents
from ksc_nlp.record import doc_to_record
from ksc_nlp.render import label_colors, render_records, shown_id

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
]
WINDOW = (1280, 1400)


class PageReader(HTMLParser):
    """Per document section: the entity marks (label, kb link text) and relation rows;
    plus the summary's count tables and every resource reference."""

    def __init__(self) -> None:
        super().__init__()
        self.documents: list[dict] = []
        self.summary: dict[str, dict[str, int]] = {"span-counts": {}, "relation-counts": {}}
        self.references: list[str] = []
        self._table: str | None = None
        self._cells: list[str] | None = None
        self._mark: list[str] | None = None
        self._in_link = False
        self._in_tbody = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        for name in ("src", "href"):
            if attributes.get(name) is not None:
                self.references.append(attributes[name] or "")
        if tag == "section" and "document" in classes:
            self.documents.append({"id": attributes["id"], "marks": [], "relations": 0})
        elif tag == "mark" and "entity" in classes:
            self._mark = []
        elif tag == "a" and self._mark is not None:
            self._in_link = True
        elif tag == "table":
            self._table = classes[0] if classes else None
        elif tag == "tbody":
            self._in_tbody = True
        elif tag == "tr" and self._in_tbody:
            if self._table == "relations":
                self.documents[-1]["relations"] += 1
            self._cells = []
        elif tag == "td" and self._cells is not None:
            self._cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._mark is not None:
            text = " ".join("".join(self._mark).split())
            self.documents[-1]["marks"].append(text)
            self._mark = None
        elif tag == "a":
            self._in_link = False
        elif tag == "tbody":
            self._in_tbody = False
        elif tag == "tr" and self._cells is not None:
            if self._table in self.summary:
                label, count = (" ".join(cell.split()) for cell in self._cells)
                self.summary[self._table][label] = int(count)
            self._cells = None

    def handle_data(self, data: str) -> None:
        if self._mark is not None:
            self._mark.append(f"[{data.strip()}]" if self._in_link else data)
        if self._cells:
            self._cells[-1] += data


def read_page(html: str) -> PageReader:
    reader = PageReader()
    reader.feed(html)
    reader.close()
    return reader


def expected_mark(record: dict, span: dict) -> str:
    """A mark's text as the reader collects it: span text, label, [kb_id or value]."""
    text = " ".join(record["text"][span["start"]:span["end"]].split())
    shown = shown_id(span)
    return f"{text} {span['label']}" + (f" [{shown}]" if shown else "")


@pytest.fixture(scope="module")
def records(nlp: Language) -> list[dict]:
    """The pipeline's records for the seed and the held-out folder."""
    paths = [str(CORPUS / "kazakhstan-unsc-2016.txt"), str(CORPUS / "heldout")]
    documents = [item for item in iter_documents(paths) if isinstance(item, Document)]
    docs = nlp.pipe([document.text for document in documents])
    return [
        json.loads(json.dumps(doc_to_record(doc, document.id, document.meta)))
        for document, doc in zip(documents, docs, strict=True)
    ]


@pytest.fixture(scope="module")
def page(records: list[dict]) -> str:
    return render_records(records)


def test_every_span_is_a_mark_with_its_label_and_kb_id_or_value(
    records: list[dict], page: str
) -> None:
    reader = read_page(page)
    assert [d["id"] for d in reader.documents] == [f"doc-{i}" for i in range(len(records))]
    for record, document in zip(records, reader.documents, strict=True):
        assert document["marks"] == [expected_mark(record, s) for s in record["spans"]]
    assert sum(len(d["marks"]) for d in reader.documents) > 400
    assert "Kazakhstan COUNTRY [KAZ]" in reader.documents[0]["marks"]
    assert "2017-2018 DATE [2017/2018]" in reader.documents[0]["marks"]


def test_each_document_has_a_table_of_its_relations(records: list[dict], page: str) -> None:
    reader = read_page(page)
    assert [d["relations"] for d in reader.documents] == [len(r["relations"]) for r in records]
    assert (
        "<td>Kazakhstan <span class=\"tag\" style=\"background: #feca74\">COUNTRY</span> "
        "<span class=\"kb\">KAZ</span></td><td><b>ELECTED_TO</b></td>"
    ) in page


def test_the_summary_counts_labels_and_relations(records: list[dict], page: str) -> None:
    reader = read_page(page)
    assert reader.summary["span-counts"] == dict(
        Counter(s["label"] for r in records for s in r["spans"])
    )
    assert reader.summary["relation-counts"] == dict(
        Counter(rel["label"] for r in records for rel in r["relations"])
    )
    assert set(reader.summary["span-counts"]) >= {"COUNTRY", "PERSON", "ORG", "DATE", "VOTE_COUNT"}
    assert page.index('id="summary"') < page.index('class="document"')


def test_the_page_is_self_contained(records: list[dict], page: str) -> None:
    reader = read_page(page)
    documents = {f"#doc-{i}" for i in range(len(records))}
    assert set(reader.references) == {"#"} | documents | {"#summary"}
    assert not re.search(r"https?:|//[a-z]|url\(|@import|<link|<script", page, re.IGNORECASE)


def test_each_label_has_its_own_colour(page: str) -> None:
    colors = label_colors()
    assert len(set(colors.values())) == len(colors)
    for label in ("COUNTRY", "PERSON", "ORG", "DATE", "VOTE_COUNT"):
        assert f'<mark class="entity" style="background: {colors[label]};' in page


def test_text_and_ids_are_escaped() -> None:
    text = "<b>Chile</b> & co"
    record = {
        "id": "x<y", "text": text, "meta": {}, "tokens": [],
        "spans": [{"start": 3, "end": 8, "token_start": 1, "token_end": 1, "label": "ORG",
                   "text": "Chile", "kb_id": "A&B <i>"}],
        "relations": [],
    }
    html = render_records([record])
    assert "&lt;b&gt;" in html and "<b>Chile" not in html
    assert "A&amp;B &lt;i&gt;" in html and "<i>" not in html
    assert "<h2>x&lt;y</h2>" in html
    assert read_page(html).documents[0]["marks"] == ["Chile ORG [A&B <i>]"]


def test_render_command(records: list[dict], tmp_path: Path) -> None:
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records[:2]), encoding="utf-8")
    out = tmp_path / "review.html"
    result = CliRunner().invoke(app, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == render_records(records[:2])
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps({"id": "d1", "text": "x"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(broken), "-o", str(tmp_path / "b.html")])
    assert result.exit_code == 2
    assert f"{broken}: record 'd1': missing or malformed field 'spans'" in result.output
    assert not (tmp_path / "b.html").exists()


# --------------------------------------------------------------------------- #
# In a real browser
# --------------------------------------------------------------------------- #


def chromium(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [CHROMIUM or "chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *arguments]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def png_rows(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB rows of an 8-bit RGB or RGBA, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, compressed = 8, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            compressed += body
    assert (depth, interlace) == (8, 0) and color in (2, 6)
    bpp = 3 if color == 2 else 4
    raw, stride = zlib.decompress(compressed), width * bpp
    previous, rows = bytearray(stride), []
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride) if kind else ():
            a = line[x - bpp] if x >= bpp else 0
            b, c = previous[x], previous[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            else:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(b"".join(bytes(line[x:x + 3]) for x in range(0, stride, bpp)))
        previous = line
    return width, height, rows


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs "
                    "Debian's chromium: apt-get install --no-install-recommends chromium)")
def test_headless_chromium_renders_one_mark_per_span(
    records: list[dict], page: str, tmp_path: Path
) -> None:
    html = tmp_path / "review.html"
    html.write_text(page, encoding="utf-8")
    dom = chromium(tmp_path, "--dump-dom", html.as_uri()).stdout
    reader = read_page(dom)
    assert [len(d["marks"]) for d in reader.documents] == [len(r["spans"]) for r in records]
    assert sum(len(d["marks"]) for d in reader.documents) == sum(len(r["spans"]) for r in records)
    assert [d["relations"] for d in reader.documents] == [len(r["relations"]) for r in records]

    # The screenshot shows the seed alone: on the full page the index of the held-out
    # documents above it grows with the corpus and would push its marks off the first screen.
    seed_page = tmp_path / "seed.html"
    seed_page.write_text(render_records(records[:1]), encoding="utf-8")
    shot = tmp_path / "review.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size={},{}".format(*WINDOW),
             "--hide-scrollbars", seed_page.as_uri())
    width, height, rows = png_rows(shot.read_bytes())
    assert (width, height) == WINDOW
    pixels = Counter(row[x:x + 3] for row in rows for x in range(0, len(row), 3))
    colors = label_colors()
    # The label colours are painted: the seed's first screen has marks of every main label.
    for label in ("COUNTRY", "PERSON", "ORG", "DATE", "VOTE_COUNT"):
        assert pixels[bytes.fromhex(colors[label][1:])] > 300, label
    assert pixels[bytes.fromhex(colors["COUNTRY"][1:])] > 20000
