"""`python -m app analyze RESUME JD --json OUT` end to end, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from analysis_helpers import MLE_JOB, resume_path

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ("resume", "job", "principles", "bullet_principles", "fit", "risks", "questions",
            "stories", "gap_scripts", "questions_to_ask", "checklist", "technical_topics")


def _run(*args: str, seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=180, env=env)


def test_cli_writes_the_contract_json_byte_identical_across_processes(
        corpus: Path, tmp_path: Path) -> None:
    outs = []
    for seed in ("1", "2"):  # a different hash seed per process: no set-order leaks
        out = tmp_path / f"report-{seed}.json"
        proc = _run("analyze", str(resume_path(corpus, "mle_harvey_dent")),
                    str(corpus / "jobs" / MLE_JOB), "--json", str(out), seed=seed)
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    data = json.loads(outs[0].decode("utf-8"))
    for key in CONTRACT:
        assert key in data, key
    fit = data["fit"]
    for key in ("overall", "skills", "experience", "culture"):
        assert 0 <= fit[key] <= 100
    assert fit["level"] in ("L4", "L5", "L6", "below") and fit["reasons"]
    assert {p["strength"] for p in data["principles"]} <= {"strong", "thin", "none"}
    assert len(data["principles"]) == 16
    assert len(data["risks"]) == 3
    for q in data["questions"]:
        assert {"text", "principles", "round", "why", "story_id", "angle"} <= set(q)
    for s in data["stories"]:
        assert {"id", "title", "principles", "bullet_ids", "situation", "task", "action",
                "result", "probes"} <= set(s)


def test_cli_unknown_role_is_one_line_and_non_zero(corpus: Path, tmp_path: Path) -> None:
    proc = _run("analyze", str(resume_path(corpus, "mle_harvey_dent")),
                str(corpus / "jobs" / MLE_JOB), "--role", "nope", "--json", str(tmp_path / "x.json"))
    assert proc.returncode == 4
    assert proc.stderr.count("\n") == 1 and "amazon-mle" in proc.stderr
    assert not (tmp_path / "x.json").exists()
