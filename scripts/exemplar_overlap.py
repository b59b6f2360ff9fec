"""Check exemplar lines we wrote for near-duplicates of lines we must never train on.

    .venv/bin/python scripts/exemplar_overlap.py                 # every exemplar without a source
    .venv/bin/python scripts/exemplar_overlap.py --from 4256      # exemplars from line 4,256 on
    .venv/bin/python scripts/exemplar_overlap.py --file new.jsonl  # candidate lines, not yet added

The references: every labelled line of the held-back sets promoted to development data
(tests/heldout, tests/heldout2 ... heldout7) and the source text of their resumes, the corpus
dev file (`lp_bullets_dev.jsonl`) and the corpus resumes' ground-truth bullets, and our own
held-back lines (tests/data/lp_heldback.jsonl). Held-back set 8 is never read.

A candidate is a near-duplicate of a reference line when their content words (3+ letters,
not a stop word) overlap by Jaccard >= 0.5, or their normalised texts have a difflib ratio
>= 0.75, or they share a run of four content words in the same order. Exit 1 when any candidate is one (each is printed with the
reference and where it comes from), so a line written after studying a set's misses can be
shown to be our own wording, not a copy or a paraphrase.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SET_DIRS = ["heldout"] + [f"heldout{n}" for n in range(2, 8)]  # never heldout8
JACCARD = 0.5
RATIO = 0.75
RUN = 4

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("the and for with from into onto over under our their his her its that this "
                  "which who was were are has have had been by per via all each every than "
                  "then also about using used use".split())


def norm(text: str) -> str:
    return " ".join(re.sub(r"\d+", "0", w) for w in _WORD.findall(text.lower()))


def _content_words(text: str) -> list[str]:
    return [w for w in norm(text).split() if len(w) >= 3 and w not in _STOP and w.isalpha()]


def content(text: str) -> frozenset[str]:
    return frozenset(_content_words(text))


def runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    words = _content_words(text)
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def near(a: str, b: str) -> bool:
    """Whether two lines are near-duplicates (see the module docstring)."""
    ca, cb = content(a), content(b)
    if ca and cb and len(ca & cb) / len(ca | cb) >= JACCARD:
        return True
    if runs(a) & runs(b):
        return True
    na, nb = norm(a), norm(b)
    return bool(na and nb) and difflib.SequenceMatcher(None, na, nb, autojunk=False).ratio() >= RATIO


def _jsonl_texts(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield str(json.loads(line)["text"])


def references(root: Path = ROOT, corpus: Path = CORPUS) -> list[tuple[str, str]]:
    """(line, where it comes from) for every line we must not copy."""
    out: list[tuple[str, str]] = []
    for name in SET_DIRS:
        folder = root / "tests" / name
        labels = folder / "labels" / "lp_heldout.jsonl"
        if labels.is_file():
            out += [(t, f"{name} labels") for t in _jsonl_texts(labels)]
        for src in sorted((folder / "src" / "resumes").glob("*")):
            if src.is_file():
                out += [(t, f"{name}/{src.name}") for t in _lines(src.read_text(encoding="utf-8"))]
    held = root / "tests" / "data" / "lp_heldback.jsonl"
    if held.is_file():
        out += [(t, "our held-back") for t in _jsonl_texts(held)]
    dev = corpus / "lp_bullets_dev.jsonl"
    if dev.is_file():
        out += [(t, "corpus dev file") for t in _jsonl_texts(dev)]
    for gt in sorted((corpus / "groundtruth").glob("*/*.json")):
        if gt.parent.name == "jobs":
            continue
        doc = json.loads(gt.read_text(encoding="utf-8"))
        out += [(str(b.get("text", b)) if isinstance(b, dict) else str(b), f"corpus {gt.name}")
                for b in doc.get("bullets", [])]
    return [(t, w) for t, w in out if len(content(t)) >= 3]


def _lines(text: str) -> Iterable[str]:
    return (line.strip(" -*\u2022\t") for line in text.splitlines() if len(line.split()) >= 4)


def check(candidates: Sequence[tuple[int, str]], refs: Sequence[tuple[str, str]]
          ) -> list[tuple[int, str, str, str]]:
    """(line number, candidate, reference, where) for every near-duplicate found."""
    indexed = [(content(t), runs(t), t, w) for t, w in refs]
    by_word: dict[str, list[int]] = {}
    for i, (rc, _, _, _) in enumerate(indexed):
        for word in rc:
            by_word.setdefault(word, []).append(i)
    found = []
    for n, text in candidates:
        c, r = content(text), runs(text)
        if len(c) < 3:  # "Skills", "Education": too short to be anyone's line
            continue
        shared: dict[int, int] = {}
        for word in c:
            for i in by_word.get(word, ()):
                shared[i] = shared.get(i, 0) + 1
        for i in sorted(k for k, v in shared.items() if v >= 2):
            rc, rr, ref, where = indexed[i]
            inter = shared[i]
            if inter / len(c | rc) >= JACCARD or r & rr or (
                    inter / min(len(c), len(rc)) >= 0.4 and near(text, ref)):
                found.append((n, text, ref, where))
                break
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="start", type=int, default=1,
                        help="first exemplar line number to check")
    parser.add_argument("--file", type=Path, help="check this JSON Lines file's lines instead")
    args = parser.parse_args(argv)
    path = args.file or ROOT / "knowledge" / "classifier" / "exemplars.jsonl"
    candidates = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if n < args.start or not line.strip():
            continue
        row = json.loads(line)
        if not row.get("source"):  # imported lines are the labelled sets' own
            candidates.append((n, str(row["text"])))
    refs = references()
    found = check(candidates, refs)
    for n, text, ref, where in found:
        print(f"line {n}: {text}\n   near {where}: {ref}")
    print(f"{len(candidates)} lines checked against {len(refs)} reference lines: "
          f"{len(found)} near-duplicates")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
