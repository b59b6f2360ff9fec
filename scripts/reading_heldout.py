"""Bullet F1 of the resume reader on a built held-back set (tests/heldout2 to heldout5):
the bullets written in each source `.cv` against what `read_resume` finds in the built PDF,
DOCX or TXT, matched as `python -m app eval reading` matches them (one-to-one, exact first,
then difflib ratio >= 0.9). Prints a row per resume and the mean; `--misses` lists what was
missed or invented. Those sets were written by people who never saw the reader's rules.

    .venv/bin/python scripts/reading_heldout.py tests/heldout2 [--misses]
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.evaluation.reading import match_count  # noqa: E402
from app.reading.resume import read_resume  # noqa: E402


def load_build(folder: Path):  # noqa: ANN201
    spec = importlib.util.spec_from_file_location(f"{folder.name}_build", folder / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def expected_bullets(cv, build) -> tuple[list[str], list[str]]:  # noqa: ANN001
    """(the bullets of each job and project entry, the other lines a reader may fairly take
    either way: a section's own list items such as certifications or skill chips, numbered
    publications, paragraphs). Only the first list is scored; a found line that is one of the
    second is neither a hit nor a false alarm."""
    scored: list[str] = []
    either: list[str] = []
    for sec in cv.sections:
        for b in sec.blocks:
            if isinstance(b, build.Item):
                scored += [t for _lvl, t in b.bullets]
            elif isinstance(b, tuple) and b and b[0] == "li":
                either.append(b[2])
            elif isinstance(b, tuple) and b and b[0] in ("n", "p"):
                either.append(b[1])
    clean = [re.sub(r"\*+", "", t) for t in scored]
    return clean, [re.sub(r"\*+", "", t) for t in either]


def expected_bullets_res(res) -> tuple[list[str], list[str]]:  # noqa: ANN001
    """The same split for the `.res` sources of tests/heldout3 to heldout5: bullets
    after an entry (a job, a project) are scored; other bullets and lines are either way."""
    scored: list[str] = []
    either: list[str] = []
    for sec in res.sections:
        in_entry = False
        for item in sec.items:
            if item.kind == "entry":
                in_entry = True
            elif item.kind == "bullet":
                (scored if in_entry else either).append(re.sub(r"\*+", "", item.text))
            elif item.text:
                either.append(item.text)
    return scored, either


def _sources(folder: Path, build):  # noqa: ANN001, ANN202
    """(expected, either, built file) per source resume, for either source format."""
    for src in sorted((folder / "src" / "resumes").glob("*.cv")):
        cv = build.parse_cv(src)
        exp, either = expected_bullets(cv, build)
        yield exp, either, folder / cv.meta["out"]
    for src in sorted((folder / "src" / "resumes").glob("*.res")):
        res = build.parse_resume(src)
        exp, either = expected_bullets_res(res)
        yield exp, either, folder / res.meta["output"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    folder = args.folder.resolve()
    build = load_build(folder)
    f1s = []
    for exp, either, path in _sources(folder, build):
        if not exp:
            continue
        found = [b.text for b in read_resume(path).bullets]
        found = [f for f in found if not (match_count(either, [f]) and not match_count(exp, [f]))]
        hit = match_count(exp, found)
        p = hit / len(found) if found else 0.0
        r = hit / len(exp)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f1)
        print(f"{path.name:48s} expected {len(exp):3d} found {len(found):3d} "
              f"P {p:.2f} R {r:.2f} F1 {f1:.2f}")
        if args.misses and f1 < 1.0:
            from app.evaluation.text import norm
            fn = {norm(x) for x in found}
            en = {norm(x) for x in exp}
            for e in exp:
                if norm(e) not in fn:
                    print("    missed:  ", e[:110])
            for f in found:
                if norm(f) not in en:
                    print("    found:   ", f[:110])
    if f1s:
        print(f"mean bullet F1 {sum(f1s) / len(f1s):.3f} over {len(f1s)} resumes, "
              f"lowest {min(f1s):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
