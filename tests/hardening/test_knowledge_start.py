"""A knowledge folder with a mistake stops `python -m app analyze` at start with exit 4 and one
line naming the file and the field (tests/test_knowledge.py checks the loader's messages
in-process; this checks the command a user runs, including the classifier's own files)."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .helpers import RESUME_EN, ROOT, SAMPLE, assert_clean_refusal, child_env, run_measured


def _unknown_principle(root: Path) -> None:
    path = root / "questions.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["questions"][3]["principles"][0] = "customer-obssession"
    path.write_text(json.dumps(data), encoding="utf-8")


def _missing_field(root: Path) -> None:
    path = root / "principles.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["principles"][2]["name"]
    path.write_text(json.dumps(data), encoding="utf-8")


def _broken_lexicon(root: Path) -> None:
    path = root / "classifier" / "lexicon.json"
    path.write_text(path.read_text(encoding="utf-8")[:-40], encoding="utf-8")


def _broken_role(root: Path) -> None:
    path = root / "roles" / "amazon-mle.json"
    data: Any = json.loads(path.read_text(encoding="utf-8"))
    data.pop(next(iter(k for k in data if k not in ("id",))))
    path.write_text(json.dumps(data), encoding="utf-8")


CASES: dict[str, tuple[Callable[[Path], None], tuple[str, ...]]] = {
    "unknown principle id": (_unknown_principle, ("questions.json", "customer-obssession")),
    "missing field": (_missing_field, ("principles.json", "name")),
    "truncated classifier lexicon": (_broken_lexicon, ("lexicon.json",)),
    "role pack missing a field": (_broken_role, ("amazon-mle.json",)),
}


@pytest.mark.parametrize("case", list(CASES))
def test_broken_knowledge_stops_analyze_with_one_line(tmp_path: Path, case: str) -> None:
    root = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", root)
    breaker, words = CASES[case]
    breaker(root)
    resume = tmp_path / "resume.txt"
    resume.write_text(RESUME_EN, encoding="utf-8")
    run = run_measured([sys.executable, "-m", "app", "analyze", str(resume),
                        str(SAMPLE / "sample_job.txt"), "--json", str(tmp_path / "out.json")],
                       timeout=300, env=child_env(LOOPREADY_KNOWLEDGE=str(root)))
    line = assert_clean_refusal(run, code=4)
    for word in words:
        assert word in line, line
    assert not (tmp_path / "out.json").exists()
