"""The second held-back set is intact and readable.

* the committed resumes/, jobs/ and pairs.json are exactly what build.py makes from src/;
* every pair names a resume and a posting that exist, and every file is used;
* every resume opens and reads back with its content in the order a person reads it;
* the writer's notes in src/ never reach a built file.

These tests look at the inputs only. They never run the analysis on the set, so they say
nothing about how the app scores it (see README.md: nobody reads per-pair results while
developing).
"""

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
_spec = importlib.util.spec_from_file_location("heldout2_build", HERE / "build.py")
build = importlib.util.module_from_spec(_spec)
sys.modules["heldout2_build"] = build  # dataclasses resolve their module through sys.modules
_spec.loader.exec_module(build)

CVS = {p.stem: build.parse_cv(p) for p in sorted((HERE / "src" / "resumes").glob("*.cv"))}
PAIRS = json.loads((HERE / "pairs.json").read_text(encoding="utf-8"))


def committed(folder: str) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((HERE / folder).iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("heldout2")
    build.build(out)
    return out


@pytest.mark.parametrize("folder", ["resumes", "jobs"])
def test_committed_files_equal_a_fresh_build(fresh: Path, folder: str) -> None:
    built = {p.name: p.read_bytes() for p in sorted((fresh / folder).iterdir())}
    have = committed(folder)
    assert sorted(have) == sorted(built), "files added or missing: rebuild and commit"
    changed = [name for name in built if built[name] != have[name]]
    assert not changed, f"differ from a fresh build (run tests/heldout2/build.py): {changed}"


def test_pairs_json_equals_a_fresh_build(fresh: Path) -> None:
    assert (HERE / "pairs.json").read_bytes() == (fresh / "pairs.json").read_bytes()


def test_rebuilding_twice_gives_the_same_bytes(fresh: Path, tmp_path: Path) -> None:
    build.build(tmp_path)
    for folder in ("resumes", "jobs"):
        for p in (fresh / folder).iterdir():
            assert (tmp_path / folder / p.name).read_bytes() == p.read_bytes(), p.name


def test_every_pair_points_at_real_files_and_every_file_is_used() -> None:
    assert len(PAIRS) == 28
    assert all(set(p) == {"resume", "job"} for p in PAIRS)
    for p in PAIRS:
        assert (HERE / p["resume"]).is_file(), p["resume"]
        assert (HERE / p["job"]).is_file(), p["job"]
        assert p["resume"].startswith("resumes/") and p["job"].startswith("jobs/")
    assert len({(p["resume"], p["job"]) for p in PAIRS}) == len(PAIRS), "duplicate pair"
    assert {p["resume"].split("/", 1)[1] for p in PAIRS} == set(committed("resumes"))
    assert {p["job"].split("/", 1)[1] for p in PAIRS} == set(committed("jobs"))
    per_resume: dict[str, int] = {}
    for p in PAIRS:
        per_resume[p["resume"]] = per_resume.get(p["resume"], 0) + 1
    assert set(per_resume.values()) <= {1, 2}
    amazon = sum(p["job"].startswith("jobs/amazon_") for p in PAIRS)
    assert 14 <= amazon <= 18


def test_the_set_has_sixteen_people_in_three_file_types() -> None:
    assert len(CVS) == 16
    assert len({cv.name for cv in CVS.values()}) == 16
    assert len({cv.meta["layout"] for cv in CVS.values()}) == 16
    kinds = {Path(cv.meta["out"]).suffix for cv in CVS.values()}
    assert kinds == {".pdf", ".docx", ".txt"}


# --------------------------------------------------------------------------- reading back


def _docx_text(path: Path) -> str:
    """Paragraphs and table cells in body order."""
    out: list[str] = []

    def walk(parent, element) -> None:
        for child in element.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                for row in Table(child, parent).rows:
                    for cell in row.cells:
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


def norm(s: str) -> str:
    s = s.replace("**", "").replace("*", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def reading_groups(cv) -> list[list[str]]:
    """Strings that must appear in this order, per block of the page read as a unit
    (a sidebar is read on its own, before or after the main column)."""
    side, main = cv.split()
    groups = []
    for secs in (side, main):
        seq: list[str] = []
        for sec in secs:
            seq.append(sec.title)
            for b in sec.blocks:
                if isinstance(b, build.Item):
                    seq += [t for _, t in b.bullets]
                elif b[0] in ("p", "n"):
                    seq.append(b[1])
                elif b[0] == "li":
                    seq.append(b[2])
                elif b[0] == "kv" and not b[1].startswith("chips"):
                    seq.append(b[2])
        if seq:
            groups.append(seq)
    return groups


def anywhere(cv) -> list[str]:
    """Strings that must appear somewhere: names, fields of entries, table cells, chips."""
    out = [cv.name] + cv.contact_items
    for sec in cv.sections:
        for b in sec.blocks:
            if isinstance(b, build.Item):
                out += [f for f in b.fields if f] + b.subs + [v for _, v in b.kvs]
            elif b[0] == "row":
                out += b[1]
            elif b[0] == "kv" and b[1].startswith("chips"):
                out += [w.strip() for w in b[2].split(",")]
    return out


@pytest.mark.parametrize("ident", sorted(CVS))
def test_resume_reads_back_in_reading_order(ident: str) -> None:
    cv = CVS[ident]
    path = HERE / cv.meta["out"]
    text = norm(read_back(path))
    missing = [s for s in anywhere(cv) if norm(s) not in text]
    assert not missing, f"{path.name}: not found in the text read back: {missing[:5]}"
    for group in reading_groups(cv):
        pos = 0
        for s in group:
            at = text.find(norm(s), pos)
            assert at >= 0, f"{path.name}: {s!r} missing or out of reading order"
            pos = at + 1


@pytest.mark.parametrize("ident", sorted(CVS))
def test_resume_length_and_no_writer_notes(ident: str) -> None:
    cv = CVS[ident]
    path = HERE / cv.meta["out"]
    if path.suffix == ".pdf":
        with pymupdf.open(path) as d:
            assert 1 <= d.page_count <= 2, f"{path.name}: {d.page_count} pages"
            meta = " ".join(v or "" for v in d.metadata.values())
            assert not d.metadata.get("subject") and not d.metadata.get("keywords")
    elif path.suffix == ".docx":
        cp = Document(path).core_properties
        meta = " ".join(x or "" for x in (cp.title, cp.subject, cp.keywords, cp.comments,
                                          cp.author, cp.category))
        assert not cp.comments and not cp.subject and not cp.keywords
    else:
        meta = ""
    assert cv.notes, f"{ident}: the source should say who this person is (for reviewers)"
    blob = norm(read_back(path) + " " + meta)
    assert "%%" not in blob
    for note in cv.notes:  # notes summarise the person, so only whole clauses count as leaks
        for chunk in re.split(r"[.;:]\s", note):
            chunk = norm(chunk)
            if len(chunk) > 50:
                assert chunk not in blob, f"{path.name}: writer's note leaked: {chunk!r}"


@pytest.mark.parametrize("name", sorted(p.name for p in (HERE / "src" / "jobs").glob("*.txt")))
def test_postings_drop_the_notes_and_keep_the_rest(name: str) -> None:
    src = (HERE / "src" / "jobs" / name).read_text(encoding="utf-8").splitlines()
    built = (HERE / "jobs" / name).read_text(encoding="utf-8")
    assert "%%" not in built
    kept = "\n".join(ln for ln in src if not ln.startswith("%%")).strip("\n") + "\n"
    assert built == kept
    if name.startswith("amazon_"):
        assert "BASIC QUALIFICATIONS" in built.upper() and "PREFERRED QUALIFICATIONS" in built.upper()
