"""Print bullet P/R/F1, section and role recall for every generated layout.

Run: .venv/bin/python tests/reading/layouts/run.py [--keep DIR] [--only NAME] [--show]"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", help="write the files into DIR and keep them")
    parser.add_argument("--only", help="substring of layout names to run")
    parser.add_argument("--show", action="store_true", help="print misses and extras")
    args = parser.parse_args()

    from app.evaluation.reading import match_count, norm
    from tests.reading.layouts import all_layouts, build
    from tests.reading.layouts.truth import score

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="lr_layouts_"))
    folder.mkdir(parents=True, exist_ok=True)
    names = [n for n in all_layouts() if not args.only or args.only in n]
    w = max(len(n) for n in names)
    print(f"{'layout':<{w}}  P     R     F1    (found/exp)  sections  roles")
    rows = []
    for name in names:
        path, truth = build(name, folder)
        s, resume = score(name, path, truth)
        rows.append(s)
        print(
            f"{name:<{w}}  {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}  ({s.bullets_found:>3}/{s.bullets_expected:<3})"
            f"    {s.sections_matched:>2}/{s.sections_expected:<2}     {s.roles_matched:>2}/{s.roles_expected:<2}"
            + (f"  ERROR {s.error}" if s.error else "")
        )
        if args.show and resume is not None:
            found = [b.text for b in resume.bullets]
            for b in truth.bullets:
                if not match_count([b], found):
                    print("   MISS  ", b)
            for b in found:
                if not match_count([b], truth.bullets):
                    print("   EXTRA ", b)
            got = {norm(x.title) for x in resume.sections}
            for t in truth.sections:
                if norm(t) not in got:
                    print("   NOSEC ", t, "| got:", [x.title for x in resume.sections])
            for r in truth.roles:
                ok = any(
                    norm(r["title"]) == norm(g.title)
                    and norm(r["organization"]) == norm(g.organization)
                    for g in resume.roles
                )
                if not ok:
                    print("   NOROLE", r)
            if any(
                not any(norm(r["title"]) == norm(g.title) for r in truth.roles)
                for g in resume.roles
            ):
                print("   roles got:", [(g.title, g.organization, g.dates) for g in resume.roles])
    n = len(rows) or 1
    sec = sum(s.sections_matched for s in rows) / max(sum(s.sections_expected for s in rows), 1)
    rol = sum(s.roles_matched for s in rows) / max(sum(s.roles_expected for s in rows), 1)
    print(
        f"{'MEAN':<{w}}  {sum(s.precision for s in rows) / n:5.2f} {sum(s.recall for s in rows) / n:5.2f}"
        f" {sum(s.f1 for s in rows) / n:5.2f}   section recall {sec:.3f}  role recall {rol:.3f}"
    )
    print(f"files in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
