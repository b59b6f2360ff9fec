"""The role pack follows the posting unless the user names one: a new role is data only."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.analysis.pipeline import analyze
from app.errors import KnowledgeError
from app.reading.jobs import read_job
from app.reading.resume import read_resume

SAMPLE = Path(__file__).resolve().parents[2] / "app" / "resources" / "sample"


@pytest.fixture(scope="module")
def resume():
    return read_resume(SAMPLE / "sample_resume.pdf")


def test_auto_picks_the_pack_matching_the_title(resume, knowledge, corpus) -> None:
    sde = read_job(corpus / "jobs" / "amazon_sde2_selling_partner_services_case_mgmt_A10528516__full.txt", knowledge)
    mle = read_job(SAMPLE / "sample_job.txt", knowledge)
    assert analyze(resume, sde, knowledge, role="auto").role_pack == "amazon-sde"
    assert analyze(resume, mle, knowledge, role="auto").role_pack == "amazon-mle"


def test_named_role_wins_and_unknown_role_names_the_known_ones(resume, knowledge, corpus) -> None:
    sde = read_job(corpus / "jobs" / "amazon_sde2_selling_partner_services_case_mgmt_A10528516__full.txt", knowledge)
    report = analyze(resume, sde, knowledge, role="amazon-mle")
    assert report.role_pack == "amazon-mle"
    with pytest.raises(KnowledgeError, match="amazon-mle"):
        analyze(resume, sde, knowledge, role="amazon-nurse")
