"""The held-back set is intact: the committed files are what build.py makes from the sources,
every file reads back as text in the order a person reads it, and pairs.json points at real
files. These tests look at the inputs only; they never run the analysis on them."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pymupdf
import pytest
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("heldout_build", HERE / "build.py")
build = importlib.util.module_from_spec(_spec)
sys.modules["heldout_build"] = build  # dataclasses look their module up there
_spec.loader.exec_module(build)

SOURCES = sorted((HERE / "src" / "resumes").glob("*.txt"))


def _docx_text(path: Path) -> str:
    """Paragraphs and table cells in body order (a reader that skips tables would miss the
    whole body of the table-layout resume)."""
    out: list[str] = []

    def walk(parent, element) -> None:
        for child in element.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                for row in Table(child, parent).rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) not in seen:
                            seen.add(id(cell._tc))
                            walk(cell, cell._tc)

    doc = Document(path)
    walk(doc, doc.element.body)
    return "\n".join(out)


def read_back(path: Path) -> str:
    if path.suffix == ".pdf":
        with pymupdf.open(path) as d:
            return "\n".join(p.get_text() for p in d)
    if path.suffix == ".docx":
        return _docx_text(path)
    return path.read_text(encoding="utf-8")


LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})


def _norm(s: str) -> str:
    """Whitespace collapsed, lower case, and the fi/fl ligatures TeX-style PDFs keep undone."""
    return re.sub(r"\s+", " ", s.replace("**", "").translate(LIGATURES)).strip().lower()


def test_committed_files_are_what_the_sources_build(tmp_path: Path) -> None:
    resumes = build.build_resumes(tmp_path)
    jobs = build.build_jobs(tmp_path)
    build.build_pairs(resumes, jobs, tmp_path)
    for sub in ("resumes", "jobs"):
        built = sorted(p.name for p in (tmp_path / sub).iterdir())
        committed = sorted(p.name for p in (HERE / sub).iterdir())
        assert built == committed, f"{sub}/ differs from a fresh build; run build.py"
        for name in built:
            assert (tmp_path / sub / name).read_bytes() == (HERE / sub / name).read_bytes(), (
                f"{sub}/{name} is stale; run tests/heldout/build.py and commit"
            )
    assert (tmp_path / "pairs.json").read_bytes() == (HERE / "pairs.json").read_bytes()


@pytest.mark.parametrize("src", SOURCES, ids=[s.stem for s in SOURCES])
def test_resume_reads_back_in_reading_order(src: Path) -> None:
    r = build.parse_resume(src)
    path = HERE / "resumes" / r.meta["out"]
    text = _norm(read_back(path))
    assert len(text.split()) > 150, f"{path.name}: too little text read back"
    assert _norm(r.name.split(",")[0]) in text[:200], f"{path.name}: the name is not at the top"

    # sections come out in the order a person reads them: for a sidebar layout, the sidebar
    # column as a whole before (left) or after (right) the main column
    sections = r.sections
    if r.meta["format"] == "pdf-sidebar":
        side, main = r.split([x.strip() for x in r.meta["side"].split(",")])
        sections = side + main if r.meta.get("side_at", "left") == "left" else main + side
    pos = -1
    for s in sections:
        at = text.find(_norm(s.name), pos + 1)
        assert at > pos, f"{path.name}: section {s.name!r} missing or out of order"
        pos = at
        # within a section, entry titles, bullets and lines follow each other in order
        inner = pos
        for b in s.blocks:
            if isinstance(b, build.Entry):
                pieces = [b.title] + [t for _, t in b.bullets]
            elif b[0] == "kv":
                pieces = [b[2]]
            elif b[0] == "row":
                pieces = [b[1][0]]
            elif b[0] == "b":
                pieces = [b[2]]
            else:
                pieces = [b[1].removeprefix("~ ")]
            for piece in pieces:
                probe = _norm(" ".join(piece.split()[:4]))
                at = text.find(probe, inner)
                assert at >= inner, f"{path.name}: {piece[:50]!r} missing or out of order"
                inner = at


def test_pairs_point_at_built_files() -> None:
    pairs = json.loads((HERE / "pairs.json").read_text(encoding="utf-8"))
    assert len(pairs) == 30
    for p in pairs:
        assert set(p) == {"resume", "job"}
        assert (HERE / p["resume"]).is_file() and (HERE / p["job"]).is_file()
    resumes = {p["resume"] for p in pairs}
    assert len(resumes) == 18 == len(list((HERE / "resumes").iterdir()))
    assert sum(p["job"].startswith("jobs/amazon_") for p in pairs) == 18
