"""`python bench/same_outputs.py write DIR` then `python bench/same_outputs.py compare A B`.

A speed change must not change what the user gets. `write` runs the command line a user runs
(`python -m app analyze RESUME JD --json --report --cheatsheet --stories --paper P`) on four
pairs (the bundled sample; corpus PDF and DOCX resumes against three postings), letter and a4,
each in a fresh process, and keeps every output in DIR. `compare` says, file by file, whether
two such folders hold the same outputs: the JSON and both PDFs byte for byte, the stories DOCX
part by part (a DOCX is a zip whose member timestamps may differ; its parts must not).
Prints, asserts nothing; exit 1 when anything differs.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "app" / "resources" / "sample"
CORPUS = ROOT.parent / "shared" / "corpus"  # read-only, never committed (see BRIEF)

PAIRS = (
    ("sample", SAMPLE / "sample_resume.pdf", SAMPLE / "sample_job.txt"),
    ("harvey", CORPUS / "resumes/pdf/mle_harvey_dent__resume-matcher_moderncv.pdf",
     CORPUS / "jobs/amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"),
    ("tinglong", CORPUS / "resumes/docx/fullstack_ting-long_wei__word.docx",
     CORPUS / "jobs/nonamazon_senior_backend_engineer__resume-matcher_fixture.txt"),
    ("claud", CORPUS / "resumes/pdf/sre_claud_park__awesome-cv_cv_5pages.pdf",
     CORPUS / "jobs/amazon_sde2_selling_partner_services_case_mgmt_A10528516__full.txt"),
)
OUTPUTS = (("--json", "json"), ("--report", "report.pdf"), ("--cheatsheet", "cheat.pdf"),
           ("--stories", "stories.docx"))


def write(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for name, resume, job in PAIRS:
        if not resume.is_file() or not job.is_file():
            print(f"skipped {name}: {resume.name} or {job.name} not found")
            continue
        for paper in ("letter", "a4"):
            argv = [sys.executable, "-m", "app", "analyze", str(resume), str(job), "--paper", paper]
            for flag, ext in OUTPUTS:
                argv += [flag, str(folder / f"{name}_{paper}.{ext}")]
            done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
            if done.returncode:
                print(f"{name} {paper}: exit {done.returncode}: {done.stderr.strip()[-300:]}")
                return 1
    print(f"wrote {len(list(folder.iterdir()))} files to {folder}")
    return 0


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


def compare(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    bad = 0
    for name in names:
        pa, pb = a / name, b / name
        if not pa.is_file() or not pb.is_file():
            print(f"MISSING {name}")
            bad += 1
            continue
        same = (_parts(pa) == _parts(pb)) if name.endswith(".docx") else (
            pa.read_bytes() == pb.read_bytes())
        if not same:
            print(f"DIFFERS {name}")
            bad += 1
    print(f"{len(names) - bad} of {len(names)} outputs the same")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "write":
        return write(Path(argv[1]))
    if len(argv) == 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
