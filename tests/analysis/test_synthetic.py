"""The years, level, verdict and requirement logic on synthetic resumes with designed truth
(tests/analysis/synthetic.py): real TXT and DOCX files read by the real reader, four postings
written for the test. The tuning seeds were used while building the rules; the held-back seeds
were not, and must do as well. `python tests/analysis/synthetic.py --verbose` prints both."""

from __future__ import annotations

from pathlib import Path

import pytest
import synthetic

THRESHOLDS = {"years_within_0.35": 0.95, "level_ok": 0.95, "verdict_ok": 0.9, "req_ok": 0.95,
              "risk_found": 0.9}


@pytest.mark.parametrize("name,seeds", [("tune", synthetic.TUNE_SEEDS),
                                        ("held", synthetic.HELD_SEEDS)])
def test_synthetic_truth(tmp_path: Path, name: str, seeds: tuple[int, ...]) -> None:
    summary, results = synthetic.evaluate(seeds, tmp_path)
    print(f"synthetic {name}: {summary}")
    for key, floor in THRESHOLDS.items():
        value = summary[key]
        assert isinstance(value, float) and value >= floor, (key, summary)
    over, total = (int(x) for x in str(summary["level_over"]).split("/"))
    assert over <= max(1, total // 50), summary
    # every persona is represented
    assert len({r.seed % len(synthetic.PERSONAS) for r in results}) == len(synthetic.PERSONAS)


def test_determinism_on_a_synthetic_resume(tmp_path: Path, knowledge) -> None:
    import json
    import random

    from app.analysis.pipeline import analyze
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    rng = random.Random(7)
    persona = synthetic.PERSONAS[3](rng)
    path = synthetic.write(synthetic.render(persona, rng), tmp_path / "r", docx_file=False)
    job_path = tmp_path / "job.txt"
    job_path.write_text(synthetic.POSTINGS["sde2"], encoding="utf-8")
    resume, job = read_resume(path), read_job(job_path, knowledge)
    first = json.dumps(analyze(resume, job, knowledge, role="auto", today=synthetic.TODAY).to_dict(),
                       sort_keys=True)
    again = json.dumps(analyze(resume, job, knowledge, role="auto", today=synthetic.TODAY).to_dict(),
                       sort_keys=True)
    assert first == again
