"""The knowledge the judgment reads (companies, regions, the wording of risks, the general
role pack) is data behind the one door: validated with errors that name the file and the
field, and used by the analysis as data: a reworded risk is a data change, a posting from
another employer gets the general pack, pay shows only where it applies."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.analysis.company import detect_company, pack_for, printed_pay, read_posting
from app.analysis.pipeline import analyze
from app.analysis.risks import CONDITIONS
from app.errors import KnowledgeError
from app.knowledge import load_knowledge
from app.models.knowledge import RISK_CONDITIONS
from app.models.resume import Bullet, JobDescription, Resume, Role, Section, SourceInfo

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"


@pytest.fixture()
def kcopy(tmp_path: Path) -> Path:
    dest = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, dest)
    return dest


def _edit(root: Path, rel: str, change: Callable[[Any], None]) -> None:
    path = root / rel
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _error(root: Path) -> str:  # each copy is a new folder: the loader's cache never serves it
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root)
    return info.value.message


BROKEN = [
    ("risks.json", lambda d: d["risks"][0].update(when="no-such-thing"),
     "knowledge/risks.json: risks[0].when 'no-such-thing' is not a risk condition"),
    ("risks.json", lambda d: d["risks"][1].update(title="Missing {colour}"),
     "knowledge/risks.json: risks[1].title placeholder {colour} is unknown"),
    ("risks.json", lambda d: d["risks"][2].update(probe=1.5),
     "knowledge/risks.json: risks[2].probe 1.5 is out of range"),
    ("risks.json", lambda d: d["risks"][3].update(packs=["amazon-nurse"]),
     "knowledge/risks.json: risks[3].packs[0] 'amazon-nurse' is not a role pack id"),
    ("risks.json", lambda d: d["risks"][4].pop("why"),
     "knowledge/risks.json: risks[4].why is missing"),
    ("companies.json", lambda d: d["companies"][1].update(founded="long ago"),
     "knowledge/companies.json: companies[1].founded must be a whole number"),
    ("companies.json", lambda d: d["companies"][2]["aliases"].append("google"),
     "knowledge/companies.json: companies[2].aliases"),
    ("regions.json", lambda d: d["regions"][0].update(markers=[]),
     "knowledge/regions.json: regions[0].markers needs at least 1 item"),
    ("countries.json", lambda d: d["countries"][5]["exact"].append("+6a"),
     "knowledge/countries.json: countries[5].exact"),
    ("countries.json", lambda d: d["countries"][1]["cities"].append("seattle"),
     "knowledge/countries.json: countries[1].cities"),
    ("countries.json", lambda d: d["countries"][2].update(pay_region="mars"),
     "knowledge/countries.json: countries[2].pay_region 'mars' is not a region id"),
    ("countries.json", lambda d: d["countries"][0].update(names=[]),
     "knowledge/countries.json: countries[0].names needs at least 1 item"),
    ("roles/amazon-sde.json", lambda d: d.update(company="amazn"),
     "knowledge/roles/amazon-sde.json: company 'amazn' is not a company id"),
    ("roles/general.json", lambda d: d.update(family="sales"),
     "knowledge/roles/general.json: family 'sales' is not a role family"),
    ("roles/amazon-mle.json", lambda d: d.update(pay_region="mars"),
     "knowledge/roles/amazon-mle.json: pay_region 'mars' is not a region id"),
]


@pytest.mark.parametrize("rel,change,expected", BROKEN, ids=[b[2].split(": ", 1)[1][:40] for b in BROKEN])
def test_broken_judgment_knowledge_is_named(kcopy: Path, rel: str, change: Callable[[Any], None],
                                            expected: str) -> None:
    _edit(kcopy, rel, change)
    assert _error(kcopy).startswith(expected)


def test_every_risk_condition_has_code_and_wording(knowledge) -> None:
    assert set(CONDITIONS) == set(RISK_CONDITIONS)
    worded = {r.when for r in knowledge.risk_rules}
    assert worded == set(RISK_CONDITIONS), set(RISK_CONDITIONS) - worded
    assert knowledge.roles["general"].company == "" and not knowledge.roles["general"].levels
    assert {p.company for p in knowledge.roles.values()} == {"amazon", ""}


def _resume(bullets: list[str]) -> Resume:
    return Resume(SourceInfo("r.txt", "txt"), sections=(Section("Experience", "experience"),),
                  roles=(Role("Software Engineer", "Initech", "Jan 2016 – Present", "Experience"),),
                  bullets=tuple(Bullet(f"b{i}", t, "Experience", 0) for i, t in enumerate(bullets)),
                  text="Experience\nSoftware Engineer, Initech, Jan 2016 – Present\n" + "\n".join(bullets))


def _job(title: str, text: str, company: str = "") -> JobDescription:
    return JobDescription(SourceInfo("j.txt", "txt"), title, company, {}, (), (), text)


def test_a_reworded_risk_is_a_data_change(kcopy: Path) -> None:
    def reword(d: Any) -> None:
        for r in d["risks"]:
            if r["when"] == "no-metrics":
                r["title"] = "Say how much: only {count} bullets carry a number"

    _edit(kcopy, "risks.json", reword)
    knowledge = load_knowledge(kcopy)
    report = analyze(_resume(["Wrote the billing service in Java", "Added tests to the API"]),
                     _job("Software Engineer", "Software Engineer. Build services."), knowledge,
                     role="amazon-sde")
    every = [r.title for r in report.risks] + [g.title for g in report.gap_scripts]
    assert any(t.startswith("Say how much: only 0 bullets") for t in every), every


def test_company_detection(knowledge) -> None:
    assert detect_company(_job("SDE", "x", "Amazon Web Services"), knowledge)[0] == "amazon"
    assert detect_company(_job("SDE", "x", "Acme Corp"), knowledge)[:2] == ("", "Acme Corp")
    # unnamed, but Amazon's own wording
    amazon_words = ("BASIC QUALIFICATIONS\n- 3+ years of non-internship professional software "
                    "development experience\nPREFERRED QUALIFICATIONS\n- Leadership Principles")
    assert detect_company(_job("SDE", amazon_words), knowledge)[0] == "amazon"
    # a product name is no sign of the employer
    skills = "Requirements: experience with Amazon S3, Amazon Redshift and AWS Lambda."
    assert detect_company(_job("Data Engineer", skills), knowledge)[0] == ""


def test_pack_follows_employer_and_family(knowledge) -> None:
    def pack(title: str, text: str, company: str = "") -> str:
        job = _job(title, text, company)
        return pack_for(read_posting(job, knowledge), knowledge, job).id

    assert pack("Software Development Engineer II", "Build services.", "Amazon") == "amazon-sde"
    assert pack("Senior Software Development Engineer", "Distributed systems.", "Amazon") == \
        "amazon-sde"
    assert pack("Machine Learning Engineer", "Train and deploy machine learning models.",
                "Amazon") == "amazon-mle"
    assert pack("Applied Scientist", "Build machine learning models.", "Amazon") == "amazon-mle"
    assert pack("Senior Backend Engineer", "Python, PostgreSQL.", "Acme") == "general"
    assert pack("Machine Learning Engineer", "Train models with PyTorch.", "Acme") == "general"


def test_pay_only_where_it_applies(knowledge) -> None:
    resume = _resume(["Built payment services in Java serving 2M users",
                      "Designed the order service with automatic failover"])
    text = ("Software Development Engineer II\nAmazon\nLocation: Hyderabad, Telangana, India\n"
            "BASIC QUALIFICATIONS\n- 3+ years of non-internship professional software "
            "development experience\n")
    india = analyze(resume, _job("Software Development Engineer II", text, "Amazon"), knowledge,
                    role="auto")
    assert india.role_pack == "amazon-sde" and not india.posting.show_level_pay
    assert "$" not in india.posting.pay
    us = "Machine Learning Engineer\nAmazon\nSeattle, WA, USA\nBuild machine learning models."
    report = analyze(resume, _job("Machine Learning Engineer", us, "Amazon"), knowledge,
                     role="auto")
    assert report.role_pack == "amazon-mle" and report.posting.show_level_pay
    printed = _job("SDE Intern", "The base pay for this position ranges from $47.84/hr up to "
                   "$96.15/hr.", "Amazon")
    assert printed_pay(printed) == "$47.84/hr to $96.15/hr"


def test_non_amazon_posting_gets_a_plain_line_and_no_level(knowledge) -> None:
    report = analyze(_resume(["Built payment services in Python serving 2M users"]),
                     _job("Senior Backend Engineer", "Senior Backend Engineer\nAcme\nPython.",
                          "Acme"), knowledge, role="auto")
    assert report.role_pack == "general" and report.fit.level is None
    assert report.posting.note.startswith("This posting is from Acme, not Amazon")
    assert not any(s.id == "bar-raiser" for s in knowledge.roles["general"].stages)
    data = report.to_dict()
    assert data["fit"]["level"] is None and data["fit"]["verdict"] in (
        "strong", "apply", "stretch", "not-yet")


def test_the_postings_own_pay_in_its_own_currency(knowledge, tmp_path) -> None:
    """A Toronto posting's "124,500.00 - 205,900.00 CAD annually" and a Japanese posting's yen
    range are the pay shown (the reader's range, currency and all): before, the kit said "No
    pay figures: the posting is in Canada" beside a posting that prints its pay."""
    from app.reading.jobs import read_job

    resume = _resume(["Built ranking models in PyTorch serving 2M users"])
    duties = ("You will build and run the models and services of our team, work with product "
              "and science partners, and own what you ship from design to operation.\n")
    for text, shown in (
            ("Machine Learning Engineer, Ads\nAmazon\nToronto, ON, CAN\n\nBASIC QUALIFICATIONS\n"
             "- 3+ years of non-internship professional software development experience\n\n"
             "The base pay for this position ranges from 124,500.00 - 205,900.00 CAD annually.\n",
             "CAD"),
            ("Edge AI Engineer\nHoshizora Devices\nNagoya, Japan\n\nMust\n- 3+ years of C++\n\n"
             "Salary: ¥6,500,000 – ¥10,000,000 per year\n", "¥")):
        path = tmp_path / "job.txt"
        path.write_text(duties + text + duties, encoding="utf-8")
        report = analyze(resume, read_job(path, knowledge), knowledge, role="auto")
        assert shown in report.posting.pay and "No pay figures" not in report.posting.pay
